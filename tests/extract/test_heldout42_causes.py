"""The general causes behind held-out corpus 42's errors, one test each."""

from __future__ import annotations

from dataclasses import replace

import pytest

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

FFION = Subject(
    name="Ffion Bevan-Rees", handles=("ffionsurfs",), employers=("Tŷ Newydd Youth Housing",),
    locations=("Bridgend", "Maesteg"),
)  # fmt: skip


def test_a_same_name_lecturers_staff_profile_in_another_town_is_a_namesake() -> None:
    """A university staff page: "Lecturer in Coastal Oceanography", an office in Aberystwyth,
    grew up in Cardigan. An academic's trade and other towns: not the support worker."""
    body = (
        "<h1>Dr Ffion Bevan-Rees</h1><p>Lecturer in Coastal Oceanography</p>"
        "<dl><dt>Email</dt><dd>ffion.bevan-rees@example.net</dd><dt>Telephone</dt>"
        "<dd>029 2018 0990</dd><dt>Office</dt><dd>Room 2.14, Marine Building, Aberystwyth</dd>"
        "</dl><h2>Biography</h2><p>Ffion joined the department in 2019. She grew up in"
        " Cardigan and is a keen surfer.</p>"
    )
    page = html_page(body, url="https://www.uni.example.ac.uk/staff/ffion-bevan-rees/")
    assert all_may_not_be_you(page, FFION)


JODIE = Subject(
    name="Jodie Marchbank", handles=("jodiemclimbs",), aliases=("Jo Marchbank", "Jodes"),
    locations=("Derby",),
)  # fmt: skip


def test_a_reply_from_another_surname_is_not_hers_for_fitting_her_nickname() -> None:
    """"Jo Marchant" fits the nickname "Jodes" (Jo...), but her full names say Marchbank:
    the reply's nurse story is Jo Marchant's, not the subject's work talk."""
    body = (
        "<h1>jodiemclimbs</h1><article class='rc'><p>Best wall in the Midlands.</p>"
        "<div class='rc-replies'><div class='reply'><a class='who' href='/climbers/jom/'>"
        "Jo Marchant</a><p>I'm a nurse at the Royal Derby and I do the same after a night"
        " shift on the ward.</p></div></div></article>"
    )
    page = html_page(body, url="https://www.craglog.example/climbers/jodiemclimbs/")
    assert values(page, JODIE, FindingKind.WORK_TALK) == []


def _talk_comment(user: str, stamp: str, *paragraphs: str) -> str:
    """A Wikipedia talk-page comment as DiscussionTools marks it: a start mark naming the
    signer, the words (perhaps over several indents), the signature, the end mark."""
    ident = f"c-{user}-{stamp}-Caseload_figures"
    sign = (
        f"<a href='/wiki/User:{user}' title='User:{user}'>{user.replace('_', ' ')}</a>"
        f" (<a href='/wiki/User_talk:{user}'>talk</a>)"
        f" <a href='#{ident}' class='ext-discussiontools-init-timestamplink'>21:14, 3 March"
        f" 2024 (UTC)</a><span data-mw-comment-end='{ident}'></span>"
    )
    first, *rest = paragraphs
    opened = f"<dd><span data-mw-comment-start='' id='{ident}'></span>{first}"
    return "<dl>" + "</dd>".join([opened, *(f"<dd>{p}" for p in rest)]) + f" {sign}</dd></dl>"


def test_on_a_wiki_talk_page_the_comments_she_signed_are_her_words() -> None:
    """Only the signature marks whose comment is whose; her reply runs over two indents."""
    body = (
        "<h2>Caseload figures</h2>"
        + _talk_comment(
            "Keswick_Fellwalker", "20240304083100",
            "I was an IDVA in Leicester and in my service our caseloads were over 100.",
        )
        + _talk_comment(
            "Jodiemclimbs", "20240304192000", "Yes, the survey has a national figure.",
            "Honestly, the hardest part of my job is when a client goes back.",
        )
    )  # fmt: skip
    url = "https://en.wikipedia.org/wiki/Talk:Independent_domestic_violence_advisor"
    assert values(html_page(body, url=url), JODIE, FindingKind.WORK_TALK) == [
        "Honestly, the hardest part of my job is when a client goes back."
    ]


CALLUM = Subject(
    name="Callum Threipland", handles=("cal_threip",), employers=("Nithbank House",),
    locations=("Dumfries",),
)  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        (CALLUM, "Came straight off a night at Nithbank, handed over at eight."),
        (FFION, "I work with young people moving on from supported housing at Tŷ Newydd."),
    ],
)
def test_a_workplace_called_by_its_own_name_alone_is_named(subject: Subject, words: str) -> None:
    """Staff call a care home "Nithbank" and a housing project "Tŷ Newydd", not by the
    "House" or "Youth Housing" of the full name."""
    handle = subject.handles[0]
    page = html_page(f"<h1>{handle}</h1><p>{words}</p>", url=f"https://blog.example/{handle}")
    assert values(page, subject, FindingKind.WORKPLACE) == list(subject.employers)


@pytest.mark.parametrize(
    "words", ["Came straight off the nithbank path.", "Came straight off a night at Dumfries."]
)
def test_a_homes_first_word_names_it_only_as_a_name_and_not_a_town(words: str) -> None:
    subject = replace(CALLUM, employers=("Nithbank House", "Dumfries House"))
    page = html_page(f"<h1>cal_threip</h1><p>{words}</p>", url="https://blog.example/cal_threip")
    assert values(page, subject, FindingKind.WORKPLACE) == []
