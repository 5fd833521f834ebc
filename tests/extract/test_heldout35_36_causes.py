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


NEWSLETTER = (
    "<article class='newsletter-post post'><div class='post-header'>"
    "<h1 class='post-title'>Issue 23: contrast paints and a bad week</h1>"
    "<div class='byline-wrapper'><a href='https://substack.com/@weebrushes'"
    " class='profile-img-wrap'><img src='https://cdn.example.org/a.jpg' alt=''></a>"
    "<div class='byline-names'><a href='https://substack.com/@weebrushes'>{author}</a></div>"
    "</div></div><div class='body markup'>"
    "<p>This week's issue is late because work has been relentless. We had a new admission"
    " on Tuesday and I spent most of the night sitting outside her door.</p>"
    "<h3>Elsewhere</h3><div class='embedded-post-wrap'><div class='embedded-post'>"
    "<div class='embedded-post-header'><span class='embedded-post-publication-name'>The"
    " Night Shift Diaries</span></div>"
    "<div class='embedded-post-body'>Eleven hours on a unit and not one cup of tea.</div>"
    "<div class='embedded-post-meta'>a month ago · K. Aitken</div></div></div>"
    "<p><em>Wee Brushes is a letter about painting tiny orcs. Views my own, not"
    " Dunmore's.</em></p></div></article>"
)
LETTER_URL = "https://weebrushes.substack.example.org/p/issue-23"


def test_a_newsletter_bylined_with_her_name_is_hers_whatever_its_handle() -> None:
    # The avatar and the byline link to the newsletter's handle, not one of hers; the
    # byline's text names her. Someone else's byline makes it someone else's.
    page = html_page(NEWSLETTER.format(author="Morag Kelly"), url=LETTER_URL)
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert any(t.startswith("We had a new admission on Tuesday") for t in talk)
    other = html_page(NEWSLETTER.format(author="Kirsty Aitken"), url=LETTER_URL)
    assert values(other, MORAG, FindingKind.WORK_TALK) == []


def test_a_post_embedded_in_her_newsletter_is_not_her_words() -> None:
    page = html_page(NEWSLETTER.format(author="Morag Kelly"), url=LETTER_URL)
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert not any("Night Shift" in t or "Eleven hours" in t for t in talk)


def test_a_views_my_own_disclaimer_names_her_employer() -> None:
    page = html_page(NEWSLETTER.format(author="Morag Kelly"), url=LETTER_URL)
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]


MEMBER_PROFILE = (
    "<h1>Morag Kelly</h1><table class='profile-fields'>"
    "<tr><td class='label'>Role</td><td class='data'>Social worker</td></tr>"
    "<tr><td class='label'>Previous roles</td><td class='data'><p>Support Worker, Causeway"
    " Care Homes Ltd (2015–2019)</p></td></tr>"
    "<tr><td class='label'>Interests</td><td class='data'>Carer, Leith</td></tr></table>"
    "<h2>Recent activity</h2><ul><li class='activity-item'><p>Morag Kelly posted an update</p>"
    "<div class='activity-inner'><p>Three home visits, two ramps assessed, and one very cross"
    " cat who did not want a perching stool in his kitchen.</p></div></li></ul>"
)
MEMBER_URL = "https://community.example.org/members/morag-kelly/"


def test_a_role_then_a_comma_then_an_employers_name_is_a_workplace() -> None:
    page = html_page(MEMBER_PROFILE, url=MEMBER_URL)
    assert "Causeway Care Homes Ltd" in values(page, MORAG, FindingKind.WORKPLACE)
    assert "Leith" not in values(page, MORAG, FindingKind.WORKPLACE)


def test_his_after_an_animal_she_names_is_the_animals_not_a_bio_in_the_third_person() -> None:
    talk = values(html_page(MEMBER_PROFILE, url=MEMBER_URL), MORAG, FindingKind.WORK_TALK)
    assert any(t.startswith("Three home visits, two ramps assessed") for t in talk)
