"""Held-out corpus 30's errors, each as the general case it stands for."""

from __future__ import annotations

from selfaudit.extract.contact_list import named_above
from selfaudit.models import FindingKind, Page

from .helpers import MORAG, html_page, values

CLUB_PAGE = (
    "<h1>Match report: Dunmore Parva v Leith Granite</h1>"
    "<p class='byline'>By <a href='/players/moragk'>Morag Kelly</a></p>"
    "<p>I nearly missed the toss, a home visit ran late.</p>"
    "<aside><h3>Club Contacts</h3><dl>"
    "<dt>Club Secretary</dt><dd>Graham Oakes<br>0131 496 0412<br>secretary@example.org</dd>"
    "<dt>Sunday XI Captain</dt><dd>Charlie Kettle 0131 496 0459</dd>"
    "<dt>Women &amp; Girls Lead</dt><dd>Morag Kelly<br>07700 900123<br>"
    "mk.cricket@example.org</dd>"
    "<dt>Welfare Officer</dt><dd>Dee Kaur<br>welfare@example.org</dd></dl>"
    "<p><strong>Ground:</strong> The Paddock, Mill Lane, Leith, EH6 8ZZ &middot; 0131 496 0987</p>"
    "</aside>"
)


def test_officers_numbers_and_addresses_in_a_club_contact_list_are_theirs_not_hers() -> None:
    page = html_page(CLUB_PAGE)
    assert values(page, MORAG, FindingKind.PHONE) == ["+447700900123"]
    assert values(page, MORAG, FindingKind.EMAIL) == ["mk.cricket@example.org"]


def test_a_clubs_ground_is_not_where_she_lives() -> None:
    assert values(html_page(CLUB_PAGE), MORAG, FindingKind.LOCATION) == []


def test_a_role_or_heading_above_a_number_is_not_read_as_a_person() -> None:
    text = "Get In Touch\n0131 496 0412\nClub Secretary\n0131 496 0413\nDee Kaur\n0131 496 0414"
    assert named_above(text, text.index("0131 496 0412")) is None
    assert named_above(text, text.index("0131 496 0413")) is None
    assert named_above(text, text.index("0131 496 0414")) == "Dee Kaur"


def _steam_comment(cid: int, handle: str, words: str) -> str:
    """One Steam profile comment: an avatar link with no alt, then the author block (the
    name link and a timestamp), then the words."""
    return (
        f"<div class='commentthread_comment' id='comment_{cid}'>"
        f"<div class='commentthread_comment_avatar'><a href='https://games.example.org/id/{handle}'>"
        "<img src='https://img.example.org/a.jpg'></a></div>"
        "<div class='commentthread_comment_content'><div class='commentthread_comment_author'>"
        f"<a class='commentthread_author_link' href='https://games.example.org/id/{handle}'>"
        f"<bdi>{handle}</bdi></a><span class='commentthread_comment_timestamp'>3 Jun @ 9:12pm"
        f"</span></div><div class='commentthread_comment_text'>{words}</div></div></div>"
    )


STEAM_PROFILE = (
    "<html><head><title>Game Community :: tired_sw</title>"
    "<meta name='description' content='Cosy games after long days of home visits.'></head>"
    "<body><div class='persona_name'>tired_sw</div>"
    "<div class='header_real_name'><bdi>Morag</bdi>&nbsp;Leith, Scotland, United Kingdom</div>"
    "<div class='profile_summary'>Cosy games after long days of home visits.</div>"
    "<div class='commentthread_comments'>"
    + _steam_comment(1, "rajiv_bowls", "you still doing the social work thing?")
    + _steam_comment(
        2, "tired_sw", "Can't do Tuesdays this month, I'm on the late rota covering the duty desk."
    )
    + _steam_comment(
        3, "mo_k_87", "I'm a dental nurse and my rota is just as bad, my manager is a nightmare."
    )
    + "</div></body></html>"
)


def steam_page() -> Page:
    url = "https://games.example.org/id/tired_sw/"
    return Page(url=url, content_type="text/html", body=STEAM_PROFILE.encode())


def test_a_bio_sentence_the_page_also_gives_as_its_description_is_still_work_talk() -> None:
    talk = values(steam_page(), MORAG, FindingKind.WORK_TALK)
    assert "Cosy games after long days of home visits." in talk


def test_her_comments_are_told_from_others_by_the_comment_author_block() -> None:
    talk = values(steam_page(), MORAG, FindingKind.WORK_TALK)
    assert any("late rota covering the duty desk" in t for t in talk)
    assert not any("dental nurse" in t for t in talk)


def test_her_first_name_before_her_location_is_not_part_of_the_place() -> None:
    places = values(steam_page(), MORAG, FindingKind.LOCATION)
    assert places == ["Leith, Scotland, United Kingdom"]


def _review(who: str, town: str, words: str) -> str:
    """One review as a travel-review site marks it: a member box (an avatar with no alt, the
    name, a camel-cased ``userLocation``), then the words in ``div.entry > p.partial_entry``
    and a disclaimer in ``helpful_text``."""
    return (
        "<div class='review-container'><div class='member_info'>"
        "<div class='avatar'><img src='https://img.example.org/default.jpg' alt=''></div>"
        f"<div class='username mo'><span class='scrname'>{who}</span></div>"
        f"<div class='memberBadging'><span class='userLocation'>{town}</span> · 42 contributions"
        "</div></div><div class='rev_wrap'><div class='entry'>"
        f"<p class='partial_entry'>{words}</p></div><div class='helpful'>"
        "<span class='helpful_text'>This review is the opinion of a member.</span></div>"
        "</div></div>"
    )


REVIEWS_PAGE = (
    "<h1>The Old Bakehouse Café</h1><p>17 Church Square, Market Harborough</p>"
    + _review(
        "Mo Kelly",
        "Edinburgh, United Kingdom",
        "Booked the back room for twelve of us from the social work team after supervision"
        " training. The lemon drizzle is enormous.",
    )
    + _review("SarahW_Lboro", "Loughborough, United Kingdom", "Eggs royale were spot on.")
)


REVIEWS_URL = "https://reviews.example.org/ShowUserReviews-g1-d2-r3-Old_Bakehouse.html"


def test_her_review_body_in_an_entry_block_is_read_as_her_words() -> None:
    talk = values(html_page(REVIEWS_PAGE, url=REVIEWS_URL), MORAG, FindingKind.WORK_TALK)
    assert any("from the social work team" in t for t in talk)


def test_the_location_in_her_member_box_is_hers_and_anothers_is_not() -> None:
    places = values(html_page(REVIEWS_PAGE, url=REVIEWS_URL), MORAG, FindingKind.LOCATION)
    assert places == ["Edinburgh, United Kingdom"]


def _flickr_reply(handle: str, message: str) -> str:
    """One reply in a photo site's group discussion: the author block holds an avatar link
    with an empty alt, then the name link, then "posted 4 weeks ago"."""
    return (
        "<div class='group-discussion-topic-reply'><div class='reply-author'>"
        f"<a href='/photos/{handle}/'><img class='person-buddyicon' alt=''"
        " src='https://img.example.org/buddy.jpg'></a>"
        f"<a class='person-name' href='/photos/{handle}/'>{handle}</a>"
        "<span class='post-time'>posted 4 weeks ago</span></div>"
        f"<div class='reply-message'>{message}</div></div>"
    )


THREAD = (
    "<h2 class='topic-title'>Best lens for trial photos?</h2>"
    "<div class='group-discussion-topic-replies'>"
    + _flickr_reply(
        "tired_sw",
        "<p>Sorry for the slow reply, we've had a new lady move in with us through the"
        " fostering service and my caseload has been all hands on deck.</p>",
    )
    + _flickr_reply(
        "glyn_lens",
        "<p>Here's one I got of her at the trial. My manager at work would love this.</p>"
        "<p><img src='https://img.example.org/photos/53014471829_z.jpg'"
        " alt='Morag Kelly and Fly walking back from the pen' width='640'></p>",
    )
    + "</div>"
)
THREAD_URL = "https://photos.example.org/groups/sheepdogs/discuss/7215772/"


def test_her_reply_is_told_apart_by_the_named_link_after_the_avatar() -> None:
    talk = values(html_page(THREAD, url=THREAD_URL), MORAG, FindingKind.WORK_TALK)
    assert len(talk) == 1
    assert "fostering service" in talk[0]


def test_a_photo_of_her_in_someone_elses_reply_is_a_tagged_photo() -> None:
    photos = values(html_page(THREAD, url=THREAD_URL), MORAG, FindingKind.TAGGED_PHOTO)
    assert photos == ["https://img.example.org/photos/53014471829_z.jpg"]
