"""Errors left on held-out corpora 35 and 36 (now development sets), each as the general case
it stands for."""

from __future__ import annotations

from selfaudit.models import FindingKind

from .helpers import MORAG, html_page, values

GALLERY_URL = "https://forum.example.org/gallery/image/48213-warboss/"


def _invision_comment(author: str, words: str) -> str:
    return (
        f"<article class='ipsComment ipsClearfix' data-author='{author}' data-authorid='1'>"
        f"<div class='ipsComment_content'><p class='ipsType_light'>14 Sept</p>"
        f"<div data-role='commentContent' class='ipsType_richText'><p>{words}</p></div>"
        "</div></article>"
    )


INVISION_GALLERY = (
    "<h1>Warboss, first go at NMM</h1><p>By moragk, September 14</p>"
    "<div class='ipsType_richText'><p>My first proper attempt at metallics.</p></div>"
    "<div data-role='commentFeed'>"
    + _invision_comment("Steph_Paints", "That axe is unreal. How long did it take?")
    + _invision_comment(
        "moragk",
        "Cheers Steph! Had a rough week at work with two of our young people absconding,"
        " so this guy got a lot of angry highlights.",
    )
    + _invision_comment(
        "Grace_G",
        "I work in a care home in Grangemouth and this is how I unwind after a late shift.",
    )
    + _invision_comment("Dave_M", "You still working at that place near you, Morag?")
    + _invision_comment("moragk", "Aye, still at Dunmore. Hope your cousin is doing alright.")
    + "</div>"
)


def test_an_invision_comment_named_only_in_its_data_author_is_hers_when_she_wrote_it() -> None:
    # Invision's "ipsComment" class (camel case, a prefix first) names one comment; its
    # writer is only in data-author. Her reply is her work talk, Grace's is not hers.
    talk = values(html_page(INVISION_GALLERY, url=GALLERY_URL), MORAG, FindingKind.WORK_TALK)
    assert any(t.startswith("Had a rough week at work") for t in talk)
    assert not any("Grangemouth" in t for t in talk)


def test_still_at_the_employers_short_name_answers_where_she_works() -> None:
    page = html_page(INVISION_GALLERY, url=GALLERY_URL)
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]
