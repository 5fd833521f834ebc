"""Held-out corpus 26's first-score errors, each as the general case it stands for."""

from __future__ import annotations

import pytest

from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind

from .helpers import MORAG, html_page, values

WORK_TALK = FindingKind.WORK_TALK
LOCATION = FindingKind.LOCATION


def test_a_page_headed_with_her_name_after_a_cookie_walls_heading_is_hers() -> None:
    """Google Maps' contributions page opens with its consent wall's own <h1>."""
    said = "I visit clients on the wards most weeks and this café has saved me more than once."
    body = (
        "<div class='consent'><h1>Before you continue to Google</h1><p>We use cookies.</p>"
        "</div><h1 class='fontHeadlineLarge'>Mo Kelly</h1><p>Local Guide · Level 6</p>"
        f"<div class='review'><p>{said}</p></div>"
    )
    page = html_page(body, url="https://www.google.com/maps/contrib/1048/reviews")
    assert values(page, MORAG, WORK_TALK) == [said]


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        ("Best chippy in Edinburgh by a mile, the haddock was perfect.", []),
        ("Best chippy in Edinburgh, and I’ve lived here twelve years so I’ve tried them all.",
         ["Edinburgh"]),
        ("Grew up round the corner from here in Leith and it’s still the best café.", ["Leith"]),
    ],
)
def test_a_reviews_verdict_on_a_towns_place_is_not_the_reviewers_home(
    review: str, expected: list[str]
) -> None:
    body = f"<h1>Morag Kelly</h1><p>Local Guide</p><div class='review'><p>{review}</p></div>"
    page = html_page(body, url="https://www.google.com/maps/contrib/1048/reviews")
    assert values(page, MORAG, LOCATION) == expected


@pytest.mark.parametrize(("athlete", "hers"), [("Mo Kelly", True), ("Dafydd Rowlands", False)])
def test_a_strava_activitys_athlete_card_names_whose_description_it_is(
    athlete: str, hers: bool
) -> None:
    said = "Needed this after four nights on the unit with our young people, honestly."
    body = (
        "<h1 class='activity-name'>Padarn dawn dip</h1><div class='activity-description'>"
        f"<p>{said}</p></div><div class='section athlete-card'><div class='athlete-name'>"
        f"<a href='/athletes/9031'>{athlete}</a></div><div class='athlete-location'>Bala,"
        " Wales</div></div>"
    )
    page = html_page(body, url="https://www.strava.com/activities/12419876503")
    assert values(page, MORAG, WORK_TALK) == ([said] if hers else [])


def chat_message(said: str, who: str | None = None) -> str:
    """One message of a DiscordChatExporter page; a follow-up carries no name."""
    header = (
        f"<div class='chatlog__header'><span class='chatlog__author' title='{who}'>{who}</span>"
        " <span class='chatlog__timestamp'>03/10/2024 18:29</span></div>"
        if who
        else ""
    )
    return (
        "<div class='chatlog__message-container'><div class='chatlog__message'>"
        f"<div class='chatlog__message-primary'>{header}<div class='chatlog__content'>"
        f"<span>{said}</span></div></div></div></div>"
    )


def test_a_chat_exports_grouped_follow_ups_are_the_first_messages_writers() -> None:
    """Discord groups one person's messages under the first one's name; a friend's number in
    her own message, and her follow-up, must each stay with their writer."""
    mine = "Might be a bit late mind, I'm on a sleep-in at work Saturday and handover can drag."
    body = (
        "<div class='preamble'><h1>Wild Swimmers</h1></div><div class='chatlog'>"
        + chat_message("Safety cover confirmed for Sunday at the Flash.", "Glyn")
        + chat_message("Anyone heading to the Flash Sunday? I can take two.", "Mo Kelly")
        + chat_message(mine)
        + chat_message("Save me a seat! Ring me on 07700 900972 if I'm late.", "Emily")
        + chat_message("Still sleeping off my night shift at the bakery, see you there.")
        + "</div>"
    )
    page = html_page(body, url="https://chat-exports.example.org/wild-swimmers/lifts.html")
    assert values(page, MORAG, WORK_TALK) == [mine]
    assert values(page, MORAG, FindingKind.PHONE) == []


@pytest.mark.parametrize(
    ("label", "hers"),
    [
        ("Advocacy duty line (not me!): 01632 960118", False),
        ("Call me: 01632 960118 (Mon–Fri, 9–5)", True),
    ],
)
def test_a_tel_links_own_label_can_give_its_number_to_someone_else(
    label: str, hers: bool
) -> None:
    """Her Linktree's buttons: her own number, and her employer's duty line beside it."""
    body = (
        "<h1>Mo Kelly</h1><div data-testid='LinkContainer'><a data-testid='LinkButton'"
        f" href='tel:+441632960118'><p>{label}</p></a></div>"
    )
    page = html_page(body, url="https://linktr.ee/moragk")
    assert values(page, MORAG, FindingKind.PHONE) == (["+441632960118"] if hers else [])


def pin_comment(author: str, handle: str, said: str, creator: bool = False) -> str:
    """One comment under a Pinterest pin: the site marks its parts by ``data-test-id``."""
    badge = " <span class='creator-badge'>Creator</span>" if creator else ""
    return (
        f"<div data-test-id='comment-item' class='Jea zI7'><a href='/{handle}/'><img alt=''"
        f" src='https://i.pinimg.com/30x30_RS/{handle}.jpg'></a><div><a href='/{handle}/'"
        f" data-test-id='comment-author'><span>{author}</span></a>{badge}"
        f"<span data-test-id='comment-text'>{said}</span><span>5w</span></div></div>"
    )


def pin_page(creator: str, description: str, comments: str = "") -> str:
    return (
        "<div data-test-id='closeup-title'><h1>Speckled mugs, fresh out of the kiln</h1></div>"
        f"<div data-test-id='truncated-description'><span>{description}</span></div>"
        "<div data-test-id='creator-profile'><a href='/creator/'><img alt='' src='/a.jpg'></a>"
        f"<div data-test-id='creator-profile-name'><a href='/creator/'>{creator}</a></div>"
        f"</div><div data-test-id='comment-list'>{comments}</div>"
    )


PIN_URL = "https://uk.pinterest.com/pin/918734561234567890/"


@pytest.mark.parametrize(("creator", "hers"), [("Mo Kelly", True), ("Rosa Fenwick", False)])
def test_a_pins_creator_card_names_whose_description_it_is(creator: str, hers: bool) -> None:
    said = "These are going to the residents at the home where I work, their old mugs were sad."
    page = html_page(pin_page(creator, said), url=PIN_URL)
    assert values(page, MORAG, WORK_TALK) == ([said] if hers else [])


def test_on_her_own_pin_her_replies_are_hers_and_the_comments_she_answers_are_not() -> None:
    theirs = "We had a staff shortage on the ward all week and my manager never noticed."
    mine = "Not these ones, they’re for work: the night shift gets through so much tea."
    comments = pin_comment("Rosa Fenwick", "wildclay", theirs) + pin_comment(
        "Mo Kelly", "moragk", mine, creator=True
    )
    page = html_page(pin_page("Mo Kelly", "Third firing this month.", comments), url=PIN_URL)
    assert values(page, MORAG, WORK_TALK) == [mine]  # no "Creator" badge in front of it


def test_a_linkedin_posts_commentary_is_the_post_not_a_comment() -> None:
    """LinkedIn's public post marks its text ``main-feed-activity-card__commentary``."""
    said = "Proud of our reablement team, who got four people home from hospital this week."
    body = (
        "<h1>Mo Kelly</h1><article class='main-feed-activity-card'>"
        "<p data-test-id='main-feed-activity-card__commentary'>"
        f"{said}</p></article>"
    )
    page = html_page(body, url="https://www.linkedin.com/posts/moragk_reablement-activity-7")
    assert values(page, MORAG, WORK_TALK) == [said]


@pytest.mark.parametrize(("alt", "tagged"), [("Mo Kelly at the wall, chalk everywhere", True),
                                             ("The purple problem at the wall", False)])
def test_a_photo_shown_in_a_button_to_open_it_full_size_is_read(alt: str, tagged: bool) -> None:
    """Bluesky puts a post's picture in a labelled button that opens it full size."""
    src = "https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:4xk2/bafkreia2@jpeg"
    body = (
        "<h1>Mo Kelly</h1><div data-testid='postText'>Off to the wall for two hours.</div>"
        f"<div data-testid='contentHider-embed'><button aria-label='{alt}' role='button'"
        f" data-testid='imageEmbed'><img alt='{alt}' src='{src}'></button></div>"
    )
    page = html_page(body, url="https://bsky.app/profile/moragk.bsky.social/post/3lc2w7")
    assert values(page, MORAG, FindingKind.TAGGED_PHOTO) == ([src] if tagged else [])


@pytest.mark.parametrize(
    ("said", "talk"),
    [
        ("Where I work: Dunmore Council (make a referral)", False),  # a link page's label
        ("My day job: Dunmore Council adult social work", False),
        ("Where I work: nights are long and the residents need us all.", True),
    ],
)
def test_a_label_pointing_at_the_employer_is_not_talk_about_work(said: str, talk: bool) -> None:
    assert is_work_talk(said, ["Dunmore Council"]) is talk
