"""Held-out corpus 27's first-score errors, each as the general case it stands for."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind

from .helpers import MORAG, findings, html_page, values

LOCATION = FindingKind.LOCATION


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Visited 9 cities · Leith · Glasgow · Stirling · Perth", []),  # a travel map
        ("Support worker · knitter · Leith", ["Leith"]),  # a bio with a home among its parts
    ],
)
def test_a_dotted_list_of_places_is_not_a_home(line: str, expected: list[str]) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><p>{line}</p>")
    assert values(page, MORAG, LOCATION) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Ship Inn Leith, Edinburgh",  # a reviewed place's name, then its town
        "Three nights in Leith for the festival, and the breakfast was superb.",
        "We stayed in Leith for the weekend.",
        "Visiting family in Leith over Christmas, so a gentle one for a change.",
    ],
)
def test_a_reviewed_place_or_a_stay_is_not_where_she_lives(said: str) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><div class='review'><p>{said}</p></div>")
    assert values(page, MORAG, LOCATION) == []


def test_a_profile_whose_own_place_line_is_elsewhere_is_a_namesakes() -> None:
    """A retired teacher's review profile names the subject's town only as a trip's."""
    photo = "https://media.example.com/photo-o/castle.jpg"
    body = (
        "<h1>Morag Kelly</h1><span>@MoragKelly62</span><ul><li><span>Aberystwyth, United"
        " Kingdom</span></li><li>Joined in Jun 2014</li></ul><p>Retired primary headteacher."
        " Walking the coast path one café at a time.</p><div class='review'><p>Three nights"
        " in Leith for the festival.</p></div>"
        f"<img src='{photo}' alt='Morag Kelly at the castle'>"
    )
    page = html_page(body, url="https://www.tripadvisor.co.uk/Profile/MoragKelly62")
    found = findings(page, MORAG, FindingKind.TAGGED_PHOTO)
    assert [f.value for f in found] == [photo]
    assert all(f.may_not_be_you for f in found)


def lemmy_comment(shown: str, account: str, said: str, replies: str = "") -> str:
    """A Lemmy comment: a display name linking to the account, the words in paragraphs."""
    return (
        f"<li class='comment' role='comment'><article class='comment-node'><div><span>"
        f"<a title='{account}' href='/u/{account}'><span>{shown}</span></a></span> 5h</div>"
        f"<div class='md-div'><p>{said}</p></div></article><ul class='comments'>{replies}</ul>"
        "</li>"
    )


@pytest.mark.parametrize(("account", "hers"), [("moragk", True), ("mo_kerr", False)])
def test_a_comment_by_her_account_under_a_display_name_is_hers(account: str, hers: bool) -> None:
    said = "Our team lead is brilliant but she’s getting squeezed as much as we are."
    other = "Wales here, 35ish on our caseload and the ceiling has been a myth for years."
    comments = lemmy_comment("cwm_sw", "cwm_sw", other, lemmy_comment("Pip", account, said))
    body = (
        "<h1>Anyone else’s caseload creeping past 40?</h1><div class='post-listing'><a"
        " href='/u/someone_else'>Sam</a><p>Genuinely curious.</p></div>"
        f"<ul class='comments'>{comments}</ul>"
    )
    page = html_page(body, url="https://feddit.uk/post/2248713")
    assert values(page, MORAG, FindingKind.WORK_TALK) == ([said] if hers else [])


def telegram_message(said: str, signed: str | None) -> str:
    """One post of a Telegram channel's public preview (t.me/s/...), signed or not."""
    signature = (
        f"&nbsp;<span class='tgme_widget_message_from_author'>{signed}</span>" if signed else ""
    )
    return (
        "<div class='tgme_widget_message_wrap'><div class='tgme_widget_message'>"
        "<div class='tgme_widget_message_bubble'><div class='tgme_widget_message_author'><a"
        " class='tgme_widget_message_owner_name' href='https://t.me/leithsessions'><span>Leith"
        f" Trad Sessions</span></a>{signature}</div><div class='tgme_widget_message_text'>"
        f"{said}</div></div></div></div>"
    )


def test_a_telegram_channels_posts_are_read_by_who_signed_them() -> None:
    mine = "Apologies, I won’t make Thursday: I’m covering the duty rota and can’t get away."
    theirs = "Long week of home visits with my clients, so tonight is strictly slow reels."
    body = (
        "<div class='tgme_channel_info'><div class='tgme_channel_info_header_title'>Leith Trad"
        " Sessions</div></div><section class='tgme_channel_history'>"
        + telegram_message(theirs, "Aoife Byrne")
        + telegram_message("Session back at The Plough from 8 with the long fiddle set.", None)
        + telegram_message(mine, "Morag Kelly")
        + "</section>"
    )
    page = html_page(body, url="https://t.me/s/leithsessions")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [mine]


@pytest.mark.parametrize(
    "bio",
    [
        "Wedding & events filmmaker. Drone-licensed, tiny kit, no fuss.",
        "Outdoor instructor and Mountain Leader at a Lochaber outdoor centre.",
    ],
)
def test_a_same_name_profile_in_another_trade_and_town_is_a_namesakes(bio: str) -> None:
    photo = "https://media.example.com/portrait/48211937.jpg"
    body = (
        f"<h1>Morag Kelly</h1><p>Fort William, Highland, Scotland</p><p>{bio}</p>"
        f"<img src='{photo}' alt='Morag Kelly'>"
    )
    page = html_page(body, url="https://www.alltrails.com/members/morag-kelly")
    found = findings(page, MORAG, FindingKind.TAGGED_PHOTO)
    assert [f.value for f in found] == [photo]
    assert all(f.may_not_be_you for f in found)


@pytest.mark.parametrize(("by", "hers"), [("Mo Kelly", True), ("Fraser McLean", False)])
def test_an_outdoor_apps_hike_by_line_names_whose_tour_it_is(by: str, hers: bool) -> None:
    said = "Did this on my one day off in nine, after a week of double-up calls with a client."
    body = (
        f"<h1>Kinnoull Hill birding loop</h1><span>Hike by <a href='/user/48'>{by}</a></span>"
        f"<h2>Tour description</h2><p>{said}</p>"
    )
    page = html_page(body, url="https://www.komoot.com/tour/1987654321")
    assert values(page, MORAG, FindingKind.WORK_TALK) == ([said] if hers else [])


def test_a_list_of_observation_places_is_not_where_she_lives() -> None:
    observations = "".join(
        f"<li><p>{species}</p><p>{where}</p></li>"
        for species, where in [
            ("Eurasian Wren", "Figgate Park, Edinburgh"),
            ("Sand Martin", "Water of Leith, Leith"),
            ("Common Goldeneye", "Loch of the Lowes, Dunkeld"),
        ]
    )
    page = html_page(
        "<h1>Morag Kelly</h1><p>Birder. I’m a knitter based in Leith, but I grew up in"
        f" Edinburgh.</p><h2>Recent observations</h2><ul>{observations}</ul>",
        url="https://www.inaturalist.org/people/moragk",
    )
    assert sorted(values(page, MORAG, FindingKind.LOCATION)) == ["Edinburgh", "Leith"]
