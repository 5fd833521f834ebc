"""Held-out corpus 31's first-score errors, each as the general case it stands for."""

from __future__ import annotations

from dataclasses import replace

from selfaudit.models import FindingKind

from .helpers import MORAG, all_may_not_be_you, html_page, values

SOLICITOR = (
    "<h1>Morag Kelly</h1><p>Associate Solicitor · Family Law · Glasgow</p>"
    "<p>Morag joined Clyde Quay Legal in 2019 after qualifying with a Leith practice. She"
    " advises parents on child arrangements and represents clients in care proceedings.</p>"
    "<p>Originally from Oban, Morag now lives in Paisley with her husband.</p>"
)
STAFF_URL = "https://www.clydequaylegal.example.org/our-people/morag-kelly/"


def test_a_same_name_solicitor_who_trained_in_her_town_is_still_someone_else() -> None:
    assert all_may_not_be_you(html_page(SOLICITOR, url=STAFF_URL))


def test_a_town_that_names_a_business_or_club_is_not_where_she_lives() -> None:
    page = html_page(
        "<p>I trained with a Leith practice and play shinty for an Edinburgh club.</p>"
    )
    assert values(page, MORAG, FindingKind.LOCATION) == []


def _xenforo_post(author: str, words: str) -> str:
    return (
        f"<article class='message message--post js-post' data-author='{author}'>"
        f"<section class='message-user'><h4 class='message-name'>{author}</h4></section>"
        f"<div class='message-content'><article class='message-body'>{words}</article>"
        "<aside class='message-signature'><div class='bbWrapper'>"
        f"{'Leith born, Edinburgh based.' if author == 'tired_sw' else 'Hull and proud.'}"
        "</div></aside></div></article>"
    )


FORUM_THREAD = (
    "<h1 class='p-title-value'>Traybakes that survive a houseful of teenagers?</h1>"
    "<div class='block-body js-replyNewMessageContainer'>"
    + _xenforo_post(
        "tired_sw",
        "I work in a children's home and Saturday baking is the one activity all five of our"
        " young people will come downstairs for.",
    )
    + _xenforo_post("MaryBerryFan_Hull", "My caseload at the surgery would love these.")
    + "</div>"
)
FORUM_URL = "https://forum.bakefans.example.org/threads/traybakes.18842/"


def test_a_thread_inside_a_script_hook_for_new_replies_is_still_read() -> None:
    talk = values(html_page(FORUM_THREAD, url=FORUM_URL), MORAG, FindingKind.WORK_TALK)
    assert len(talk) == 1
    assert "children's home" in talk[0]


def test_her_forum_signature_is_hers_and_anothers_is_not() -> None:
    places = values(html_page(FORUM_THREAD, url=FORUM_URL), MORAG, FindingKind.LOCATION)
    assert "Leith" in places
    assert not any("Hull" in p for p in places)


def test_a_pin_used_as_a_bullet_before_a_hobby_is_not_a_place() -> None:
    page = html_page("<p>Social worker in Leith 📍 Ladies football, bakes and a greyhound.</p>")
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]


def test_a_pin_before_a_town_is_still_a_place() -> None:
    page = html_page("<p>Tired social worker 📍 Portobello and proud</p>")
    assert values(page, MORAG, FindingKind.LOCATION) == ["Portobello"]


def test_from_wikipedia_is_not_a_hometown() -> None:
    page = html_page(
        "<h1>User:Moragk</h1><div>From Wikipedia, the free encyclopedia</div>"
        "<p>This user lives in Leith.</p>"
    )
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]


SQUAD_PAGE = (
    "<h1>Ladies squad 2024</h1>"
    "<div class='player-card'><h3>Morag Kelly</h3><p>Half-back. A Leith native and a social"
    " worker off the pitch.</p></div>"
    "<div class='player-card'><h3>Shona Kelly</h3><p>Corner-forward. Morag's cousin, works as"
    " a staff nurse and lives in Musselburgh.</p></div>"
)


def test_a_relatives_card_that_names_her_is_still_the_relatives() -> None:
    places = values(html_page(SQUAD_PAGE, url=STAFF_URL), MORAG, FindingKind.LOCATION)
    assert "Leith" in places
    assert "Musselburgh" not in places


def test_a_number_given_as_her_employers_reception_is_not_hers() -> None:
    page = html_page(
        "<p>Questions about access? Call or text Morag on 07700 900123. For group bookings"
        " please call Dunmore House reception on 0131 496 0488.</p>"
    )
    assert values(page, MORAG, FindingKind.PHONE) == ["+447700900123"]


def _tune_comment(cid: int, title: str, words: str, who: str, replies: str = "") -> str:
    """A tune site's comment: a title linking to the comment itself, the words, then the
    byline under them ("# Posted by <a>who</a> two years ago.")."""
    return (
        f"<li class='comment' id='comment{cid}'><h3><a href='#comment{cid}'>{title}</a></h3>"
        f"<p>{words}</p><p class='manifest'># Posted by <a href='/members/{cid}'>{who}</a>"
        f" <span class='date'>two years ago</span>.</p>{replies}</li>"
    )


TUNE_PAGE = (
    "<h1>The Lass o' the Moray Firth</h1><ol class='comments'>"
    + _tune_comment(
        1,
        "Friday afternoons",
        "I play this every Friday for the residents where I work and they get up to dance.",
        "moragk",
        "<ol class='replies'>"
        + _tune_comment(
            2, "Re: Friday afternoons", "My mum's care home had a music night too.", "Fraser"
        )
        + _tune_comment(
            3,
            "Re: Friday afternoons",
            "Dunmore House in Leith, a wee care home. We do a music afternoon every week.",
            "moragk",
        )
        + "</ol>",
    )
    + _tune_comment(4, "Setting #3", "This is how we play it at the Edinburgh session.", "moragk")
    + _tune_comment(5, "Re: Setting #3", "I work nights in a care home and hum this.", "Mags")
    + "</ol>"
)
TUNE_URL = "https://tunes.example.org/tunes/21877"


def test_comments_signed_under_their_words_are_told_apart() -> None:
    talk = values(html_page(TUNE_PAGE, url=TUNE_URL), MORAG, FindingKind.WORK_TALK)
    assert any("for the residents where I work" in t for t in talk)
    assert not any("hum this" in t or "My mum" in t for t in talk)


def test_the_town_of_her_employer_or_of_a_session_is_not_where_she_lives() -> None:
    carer = replace(MORAG, employers=("Dunmore House Care Home",))
    page = html_page(
        "<p>Activities at Dunmore House in Leith, a wee care home on the shore.</p>"
        "<p>This is how we play it at the Edinburgh session on a Tuesday.</p>"
    )
    assert values(page, carer, FindingKind.LOCATION) == []
