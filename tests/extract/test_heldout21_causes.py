"""The general causes behind held-out corpus 21's errors, one test each."""

from __future__ import annotations

import json

import pytest

from selfaudit.extract import work_talk
from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, json_page, values

IMMY = Subject(
    name="Imogen Featherstone", handles=("wildimogen", "imogen_fstone"),
    aliases=("Immy Featherstone",), employers=("Wearside City Council",),
    locations=("Sunderland", "Seaham"),
)  # fmt: skip


def test_an_interior_stylist_of_the_same_name_in_another_town_is_a_namesake() -> None:
    body = (
        "<h1>Imogen Featherstone</h1><div>Interior stylist &amp; colour consultant based in"
        " Harrogate. Booking spring client projects now. Studio: 0113 496 0618</div>"
        "<img src='https://i.pinimg.com/280x280/p.jpg' alt='Imogen Featherstone'>"
    )
    page = html_page(body, url="https://uk.pinterest.com/imogenfeatherstonestyling/")
    assert all_may_not_be_you(page, IMMY)


def _newsletter(account: str, town: str) -> str:
    """A Substack-style post signed by "Imogen Featherstone" from ``account``, about ``town``."""
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "October jobs",
        "author": [{"@type": "Person", "name": "Imogen Featherstone",
                    "url": f"https://substack.com/@{account}"}],
    }  # fmt: skip
    return (
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        "<article><h1>October jobs</h1><div class='byline'>Imogen Featherstone</div>"
        f"<p>The garden has gone soggy in a week, and a client garden in {town} is nearly"
        " planted.</p><img src='https://substackcdn.com/image/fetch/w_80/a.jpg'"
        " alt=\"Imogen Featherstone's avatar\"></article>"
    )


def test_a_post_signed_with_the_name_from_another_account_in_another_town_may_not_be_them(
) -> None:
    page = html_page(_newsletter("pottingshedimogen", "Harrogate"),
                     url="https://thepottingshed.substack.com/p/october-jobs")  # fmt: skip
    assert all_may_not_be_you(page, IMMY)


@pytest.mark.parametrize(
    "account, town",
    [("wildimogen", "Harrogate"), ("pottingshedimogen", "Seaham")],
    ids=["her own account", "her own town"],
)
def test_a_same_name_post_from_her_account_or_her_town_is_still_hers(
    account: str, town: str
) -> None:
    page = html_page(_newsletter(account, town), url="https://thepottingshed.substack.com/p/oct")
    assert values(page, IMMY, FindingKind.TAGGED_PHOTO)
    assert not all_may_not_be_you(page, IMMY)


def test_a_work_field_that_names_the_team_first_is_the_employer() -> None:
    data = {
        "id": "1", "username": "wildimogen", "acct": "wildimogen",
        "display_name": "Imogen Featherstone", "note": "<p>Landscapes on Flickr.</p>",
        "url": "https://mastodon.example/@wildimogen",
        "fields": [{"name": "Work", "value": "Mental health team, Wearside City Council"}],
    }  # fmt: skip
    page = json_page(data, url="https://mastodon.example/api/v1/accounts/lookup?acct=wildimogen")
    assert values(page, IMMY, FindingKind.WORKPLACE) == ["Wearside City Council"]


def test_an_activity_headed_by_its_owners_name_is_theirs() -> None:
    """Strava's activity page names its athlete only in the header's "owner-name"."""
    said = "Needed to clear my head before the out-of-hours rota tonight, two referrals waiting."
    body = (
        "<section data-testid='activity-header'><h2 data-testid='owner-name'>"
        "<a href='/athletes/98765432'>Imogen Featherstone</a></h2>"
        "<h1 data-testid='activity-name'>Roker to Whitburn and back</h1>"
        f"<div data-testid='activity-description'><p>{said}</p></div></section>"
    )
    page = html_page(body, url="https://www.strava.com/activities/12730044123")
    assert values(page, IMMY, FindingKind.WORK_TALK) == [said]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Tuesday was my on-call night for Wearside City Council.", True),
        ("I did three sleep-ins for Wearside City Council this month.", True),
        ("I'm a social worker at Wearside City Council.", False),  # a workplace only
        ("She works shifts at Wearside City Council, and we asked her to write.", False),
    ],
)
def test_the_work_itself_told_with_the_employer_is_work_talk(
    sentence: str, said: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(work_talk, "MODEL", None)  # the rule alone, not the scorer
    assert work_talk.is_work_talk(sentence, ["Wearside City Council"]) is said


BERNIE = Subject(
    name="Bernadette Okafor", aliases=("Bernie Okafor",), handles=("coachbernie",),
    employers=("Brightlands Fostering",), locations=("Leicester", "Wigston"),
)  # fmt: skip


@pytest.mark.parametrize(
    "said",
    [
        "The New Zealand bush looks unreal and I want to live in Bella’s kitchen.",
        "Outside work, Bernie coaches a junior netball team in Wigston on Tuesdays.",
    ],
)
def test_a_characters_kitchen_and_a_netball_teams_town_are_not_home(said: str) -> None:
    page = html_page(f"<h1>Bernie Okafor</h1><p>{said}</p>",
                     url="https://letterboxd.com/coachbernie/")  # fmt: skip
    assert values(page, BERNIE, FindingKind.LOCATION) == []


MARNIE = Subject(name="Marnie Holloway", handles=("marniesvintage",),
                 employers=("Severnside Housing Group",), locations=("Bristol", "Keynsham"))


def test_an_events_venue_address_and_venue_phone_are_the_venues() -> None:
    body = (
        "<h1>Vintage kilo sale</h1><div class='organizer'>Organised by Marnie Holloway</div>"
        "<section><h2>Location</h2><p>Clevedon Community Centre</p><p>Princes Road, Clevedon"
        " BS21 7SZ</p><p>Venue enquiries: 0117 496 0823</p></section>"
        "<p>Questions? Text me on 07700 900 587.</p>"
    )
    page = html_page(body, url="https://www.eventbrite.co.uk/e/vintage-kilo-sale-123")
    assert values(page, MARNIE, FindingKind.LOCATION) == []
    assert values(page, MARNIE, FindingKind.PHONE) == ["+447700900587"]


def test_another_coachs_card_on_the_clubs_page_is_theirs() -> None:
    body = (
        "<h1>Wigston Wasps Netball</h1><div class='coach-grid'>"
        "<div class='coach'><h3>Bernie Okafor</h3><p>U11 Head Coach</p><p>Email: <a"
        " href='mailto:coachbernie@example.org'>coachbernie@example.org</a></p></div>"
        "<div class='coach'><h3>Lauren Pick</h3><p>U13 Head Coach</p><p>Email: <a"
        " href='mailto:u13@example.org'>u13@example.org</a></p></div></div>"
    )
    page = html_page(body, url="https://www.wigstonwaspsnetball.example.org/coaches")
    assert values(page, BERNIE, FindingKind.EMAIL) == ["coachbernie@example.org"]


def test_a_race_named_after_her_town_is_not_where_she_lives() -> None:
    body = "<h1>Marnie Holloway</h1><p>Marnie’s running the Bristol 10K for LDAW.</p>"
    page = html_page(body, url="https://www.justgiving.com/page/marnie-holloway-10k")
    assert values(page, MARNIE, FindingKind.LOCATION) == []


def test_home_visits_beside_netball_are_still_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(work_talk, "MODEL", None)  # the rule alone, not the scorer
    said = "Tuesday nights are netball and the rest of the week is home visits to foster carers."
    assert work_talk.is_work_talk(said)
    assert not work_talk.is_work_talk("Tuesday nights are netball and the rest of the week is"
                                      " lifts to away fixtures for the squad.")  # fmt: skip


def _review(who: str, words: str, answer: str) -> str:
    """An Etsy-like review with the shop's answer inside it."""
    return (
        f"<li class='review-item'><p><a href='/uk/people/{who.lower()}'>{who}</a> on 11 Sep</p>"
        f"<p data-review-text>{words}</p><div class='seller-response'>"
        f"<p>Response from the seller</p><p>{answer}</p></div></li>"
    )


def test_the_shops_answer_to_a_review_is_the_shop_owners() -> None:
    roz = Subject(name="Rosalind Harker", aliases=("Roz Harker",), handles=("rozhooks",))
    mine = "Thanks Jill, we use the same ones at work when our residents get restless."
    own_shop = html_page(
        "<h1>RozHooks</h1><p>Cosy crochet by Roz Harker.</p><ul class='reviews'>"
        + _review("Jill", "My mum loves her twiddle muff.", mine) + "</ul>",
        url="https://www.etsy.com/uk/shop/RozHooks",
    )
    assert values(own_shop, roz, FindingKind.WORK_TALK) == [mine]
    # her own page of reviews: a shop's answer under her review, and its number, are the shop's
    her_reviews = html_page(
        "<h1>Roz Harker</h1><p>Local guide.</p><ul>"
        "<li class='review-item'><p><a href='/maps/contrib/1'>Roz Harker</a> on 3 Oct</p>"
        "<p class='review-text'>Lovely yarn shop, friendly staff.</p><div class='owner-response'>"
        "<p>Thanks Roz! Trade orders: ring the shop on 01632 960 123.</p></div></li></ul>",
        url="https://www.example.org/maps/contrib/rozhooks/reviews",
    )
    assert values(her_reviews, roz, FindingKind.PHONE) == []
