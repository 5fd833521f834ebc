"""The general causes behind held-out corpus 13's errors, one test each."""

from __future__ import annotations

import json

import pytest

from selfaudit.extract.names import looks_like_subject
from selfaudit.extract.orgs import clean_org
from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind, Page, Subject

from .helpers import FIXTURES, MORAG, all_may_not_be_you, html_page, values

EILIDH = Subject(name="Eilidh MacPhail", handles=("eilidh_runs_north",),
                 employers=("Highland Families First",))  # fmt: skip


def test_the_employers_own_name_is_not_talk_about_families() -> None:
    """A bare job title and employer is a workplace: "Families" is part of the name."""
    employers = ["Highland Families First"]
    assert not is_work_talk("I’m a family support worker at Highland Families First.", employers)
    assert is_work_talk("The families I see this week have all been in crisis.", employers)


@pytest.mark.parametrize(
    ("sentence", "talk"),
    [
        ("Any parents who can help with lifts to the away match, ring me and I’ll sort the"
         " rota.", False),
        ("My manager at the football club picked me for Saturday, first time in a month!", False),
        ("Took the young people I support to the football and they sang all the way home.",
         True),
    ],
)
def test_a_clubs_rota_and_manager_are_not_a_jobs(sentence: str, talk: bool) -> None:
    assert is_work_talk(sentence) is talk


def test_pointing_people_elsewhere_is_not_work_talk() -> None:
    assert not is_work_talk(
        "If you’re worried about a child right now, don’t message me, phone the child protection"
        " line or 999 if it’s an emergency."
    )
    assert not is_work_talk(
        "Please don’t message me here, I can’t discuss anyone’s care online; ring the duty line."
    )


def test_tiktoks_creator_and_sound_are_not_part_of_the_caption() -> None:
    caption = "Things nobody tells you about working in a secure children’s home"
    page = html_page(
        "<h1>Morag Kelly</h1>"
        f"<img src='/v.jpg' alt='{caption} 🧵 created by Morag | SW with Morag | SW’s original"
        " sound'>", url="https://www.tiktok.com/@moragk/video/1")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [caption]


def test_a_cut_and_quoted_description_is_not_said_twice() -> None:
    said = "Needed this after a week of home visits and a pile of case notes I’m behind on."
    head = (f"<meta property='og:description' content='12 likes - moragk on May 16, 2024:"
            f" &quot;{said[:-4]}...&quot;'>")  # fmt: skip
    page = html_page(f"<h1>Morag Kelly</h1><p>{said} Back on Monday.</p>", head=head,
                     url="https://www.instagram.com/p/C1/")  # fmt: skip
    assert values(page, MORAG, FindingKind.WORK_TALK) == [said]


def test_a_username_that_starts_like_an_alias_is_not_the_subject() -> None:
    names = ["Callum Pryce", "Cal Pryce"]
    assert not looks_like_subject("calum_price_resi", names, ["callumpryce"])
    assert looks_like_subject("callumpryce", names, ["callumpryce"])
    assert looks_like_subject("Cal", names, ["callumpryce"])


def test_a_threads_description_is_the_first_posters_not_the_subjects() -> None:
    """A forum thread's description is its first post, by whoever started it."""
    head = ("<meta name='description' content='I have been doing detached youth work for three"
            " years and I have an interview at a secure children’s home next month.'>")
    def post(user: str, said: str) -> str:
        return (
            "<div class='topic-body crawler-post'><div class='crawler-post-meta'>"
            "<span class='creator' itemprop='author' itemscope"
            " itemtype='http://schema.org/Person'><a itemprop='url'"
            f" href='https://forum.example.org/u/{user}'><span itemprop='name'>{user}</span>"
            f"</a></span></div><div class='post' itemprop='text'><p>{said}</p></div></div>"
        )

    body = post("jadeb", "I have been doing detached youth work for three years and I have an"
                " interview at a secure children’s home next month.") + post(
        "moragk", "Honestly the hardest bit for me was the case notes every shift.")
    page = html_page(body, head=head, url="https://forum.example.org/t/secure-care/4821")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [
        "Honestly the hardest bit for me was the case notes every shift."
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Biscuits from the Leith office crew, thank you all.",  # the employer's premises
        "A retired driver talked me through every roundabout between Leith and Leeds.",
        "Drove from Leith to Perth for a review.",
    ],
)
def test_a_town_they_gave_in_an_office_or_a_route_is_not_where_they_live(said: str) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><p>{said}</p>")
    assert values(page, MORAG, FindingKind.LOCATION) == []


def test_a_town_they_gave_is_still_found_in_their_own_words() -> None:
    page = html_page("<h1>Morag Kelly</h1><p>I learned to knit at my gran’s table in Leith and"
                     " I’ve never stopped.</p>")  # fmt: skip
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]


def test_a_numbered_line_of_a_service_is_not_their_phone() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>If you are worried about a child, phone the Child Protection line"
        " on 0131 496 0517 or 999.</p>"
    )
    assert values(page, MORAG, FindingKind.PHONE) == []


def test_a_team_is_not_an_employer() -> None:
    assert clean_org("Hospital Discharge Team") is None
    assert clean_org("Yare Valley Council") == "Yare Valley Council"


def test_a_repost_on_a_threads_profile_is_the_other_accounts() -> None:
    def post(header: str, who: str, said: str) -> str:
        return (
            f"<div class='x1a2a7pz' data-pressable-container='true'>{header}"
            f"<div><img alt=\"{who}'s profile picture\" src='/{who}.jpg'></div>"
            f"<div><span dir='auto'><span>{said}</span></span></div></div>"
        )

    body = (
        "<h1>Morag Kelly</h1>"
        + post("<div><span>moragk reposted</span></div>", "dunmorecouncil",
               "We’re recruiting! Join Dunmore Council’s social work team. Call 0131 496 0555.")
        + post("", "moragk", "Team lunch for Mel’s leaving do, the calmest person on the team.")
    )  # fmt: skip
    page = html_page(body, url="https://www.threads.net/@moragk")
    assert values(page, MORAG, FindingKind.PHONE) == []
    assert values(page, MORAG, FindingKind.WORKPLACE) == []


def test_a_head_baker_in_another_town_may_not_be_you() -> None:
    body = (
        "<h1>Sourdough for Beginners with Morag Kelly</h1><p>Join our head baker Morag Kelly for"
        " a relaxed introduction to sourdough. Morag has been baking in Leeds for twelve"
        " years.</p><img src='/m.jpg' alt='Morag Kelly shaping a loaf'>"
    )
    page = html_page(body, url="https://www.eventbrite.co.uk/e/sourdough-tickets-1")
    assert all_may_not_be_you(page)


def test_a_tiktok_creators_bio_is_read_from_the_page_data_but_only_theirs() -> None:
    data = (
        '{"__DEFAULT_SCOPE__": {"webapp.video-detail": {"itemInfo": {"itemStruct": {"author":'
        ' {"uniqueId": "moragk", "nickname": "Morag", "signature": "SW | Leith\\\\n📩'
        ' morag.kelly@example.org"}}}, "recommendations": [{"author": {"uniqueId": "someoneelse",'
        ' "signature": "📩 other.person@example.org"}}]}}}'
    )
    body = (f"<script id='__UNIVERSAL_DATA_FOR_REHYDRATION__' type='application/json'>{data}"
            "</script>")
    page = html_page(body, url="https://www.tiktok.com/@moragk/video/7356981234567890123")
    assert values(page, MORAG, FindingKind.EMAIL) == ["morag.kelly@example.org"]


def test_a_colleague_with_the_same_first_name_keeps_her_own_card() -> None:
    """Corpus 13's council team page: Sophie Bunting's card says "Sophie B. ... lives in
    Dereham"; the subject is Sophie Bultitude, whose card comes before it in the grid."""
    name = "c_council_team_page.html"
    label = json.loads((FIXTURES / "heldout13" / "labels.json").read_text("utf-8"))["files"][name]
    page = Page(url=label["url"], content_type=label["content_type"],
                body=(FIXTURES / "heldout13" / "corpus" / name).read_bytes())  # fmt: skip
    subject = Subject(**{k: tuple(v) if isinstance(v, list) else v
                         for k, v in label["subject"].items()})  # fmt: skip
    places = values(page, subject, FindingKind.LOCATION)
    assert "Dereham" not in places and "Lowestoft" in places


def test_the_authors_reply_under_a_readers_substack_comment_is_theirs() -> None:
    """The reply's first link is an avatar with no label; its author is in "commenter-name"."""

    def comment(handle: str, name: str, said: str, children: str = "") -> str:
        return (
            "<div class='comment' data-testid='comment'><div class='comment-content'>"
            f"<div class='comment-author'><a href='https://substack.com/@{handle}'>"
            "<img src='/a.png' alt=''></a><a class='commenter-name'"
            f" href='https://substack.com/@{handle}'>{name}</a></div>"
            f"<div class='comment-body'><p>{said}</p></div></div>"
            f"<div class='comment-children'>{children}</div></div>"
        )

    reply = comment("moragk", "Morag Kelly", "Thanks Kirsty, half my week is spent driving"
                    " between visits and our mileage claims are a work of fiction.")
    body = ("<article><h1>Kitchen table notes</h1><p>A post.</p></article>"
            "<div class='comments-section'>"
            + comment("kirstyf", "Kirsty Fraser", "Same at our place in Wick.", reply)
            + "</div>")  # fmt: skip
    page = html_page(body, url="https://moragk.substack.com/p/rural-family-support")
    said = values(page, MORAG, FindingKind.WORK_TALK)
    assert said == ["Thanks Kirsty, half my week is spent driving between visits and our mileage"
                    " claims are a work of fiction."]  # fmt: skip


def test_a_wordpress_commenters_says_is_not_part_of_their_name() -> None:
    reply = (
        "<li class='comment depth-2'><article class='comment-body'><footer class='comment-meta'>"
        "<div class='comment-author vcard'><img alt='' src='/g.png'><b class='fn'>"
        "<a href='https://moragk.example.org'>moragk</a></b> <span class='says'>says:</span>"
        "</div></footer><div class='comment-content'><p>Ach Deirdre, your review was the easiest"
        " of my caseload this year.</p></div></article></li>"
    )
    body = ("<article><h1>Panel week</h1><p>A post.</p></article><ol class='comment-list'>"
            "<li class='comment depth-1'><article class='comment-body'><footer><div"
            " class='comment-author vcard'><b class='fn'>Deirdre Healy</b> <span class='says'>"
            "says:</span></div></footer><div class='comment-content'><p>Thank you!</p></div>"
            f"</article><ol class='children'>{reply}</ol></li></ol>")  # fmt: skip
    page = html_page(body, url="https://blog.example.org/2024/10/14/panel-week/")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [
        "Ach Deirdre, your review was the easiest of my caseload this year."
    ]
