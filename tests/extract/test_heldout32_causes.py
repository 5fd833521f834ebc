"""Held-out corpus 32's first-score errors, each as the general case it stands for."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind

from .helpers import MORAG, all_may_not_be_you, findings, html_page, values

SCHOOL_STAFF = (
    "<h1>Our Staff</h1><h2>Teachers</h2>"
    "<div class='staff'><img src='/media/staff/morag-kelly.jpg' alt='Mrs Morag Kelly'>"
    "<h3>Mrs Morag Kelly</h3><p>Year 4 · Gaelic Lead</p>"
    "<p>Mrs Kelly grew up in Stornoway and has taught at Bayview Primary since 2012.</p></div>"
    "<h2>Safeguarding</h2><p>If you are worried about a child, contact children's services.</p>"
)


def test_a_school_staff_entry_for_a_same_name_teacher_is_someone_else() -> None:
    page = html_page(SCHOOL_STAFF, url="https://www.bayview.example.org/our-staff/")
    assert all_may_not_be_you(page)


ESTATE_AGENT = (
    "<h1>Morag Kelly</h1><p>Senior Sales Negotiator · Aberdeen West End branch</p>"
    "<p>Morag grew up in Montrose and has sold homes across Aberdeen for eleven years. Many"
    " of her clients are families selling after a parent's move into a care home.</p>"
    "<p>Direct line: <a href='tel:01314960391'>0131 496 0391</a></p>"
)


def test_a_same_name_estate_agent_who_sells_care_home_families_houses_is_someone_else() -> None:
    page = html_page(ESTATE_AGENT, url="https://www.agents.example.org/team/morag-kelly")
    assert all_may_not_be_you(page)


BAND_PLAYERS = (
    "<h1>Our Players</h1><h3>Morag Kelly – Principal Cornet</h3>"
    "<p>Morag joined the band in 2016. She grew up in Leith and works at Dunmore Council.</p>"
    "<h3>Morven Kell – Repiano</h3><p>Yes, we have a Morag and a Morven on the front row."
    " Morven is a primary school teacher in Crosby and has played longest after Morag.</p>"
    "<p>Player of the Year: Morag Kelly, seen here in Blackpool.</p>"
)


def test_a_club_page_naming_another_players_trade_beside_her_first_name_is_still_hers() -> None:
    found = findings(html_page(BAND_PLAYERS, url="https://band.example.org/players/"), MORAG)
    assert found and not any(f.may_not_be_you for f in found)


def _shop(member_caption: str) -> str:
    return (
        "<h1>KellyKnits</h1>"
        "<p class='shop-location'><span class='wt-screen-reader-only'>Shop location</span>"
        "Edinburgh, United Kingdom</p>"
        "<p>Yarn is hand-dyed in my kitchen. My mum buys the undyed skeins at Leith market.</p>"
        "<div class='shop-member'><img src='/m1.jpg' alt='Morag Kelly'>"
        "<p><strong>Morag Kelly</strong></p><p>Owner, Maker</p></div>"
        "<div class='shop-member'><img src='/m2.jpg' alt='Alan Kelly'>"
        f"<p><strong>Alan Kelly</strong></p><p>{member_caption}</p></div>"
    )


SHOP_URL = "https://www.etsy.example.org/shop/moragk"


def test_a_location_field_with_a_hidden_screen_reader_label_is_read_as_the_place() -> None:
    page = html_page(_shop("Labels and packing"), url=SHOP_URL)
    assert values(page, MORAG, FindingKind.LOCATION) == ["Edinburgh, United Kingdom"]


def test_a_relatives_card_on_her_own_shop_page_gives_his_town_not_hers() -> None:
    page = html_page(_shop("Labels, packing and moral support (my dad, Leith)"), url=SHOP_URL)
    assert values(page, MORAG, FindingKind.LOCATION) == ["Edinburgh, United Kingdom"]


ABOUT_ME = (
    "<h1>Morag Kelly</h1><p>Children's practitioner &amp; surf coach</p>"
    "<p class='location'>Safeguarding · Edinburgh, UK</p>"
    "<p>I'm a social worker at Dunmore Council. At weekends I volunteer with Portobello Surf"
    " Club. I also volunteer with Leith Food Bank on Saturdays.</p>"
)


def test_a_location_field_stringing_a_trade_and_a_town_gives_the_town() -> None:
    page = html_page(ABOUT_ME)
    assert values(page, MORAG, FindingKind.LOCATION) == ["Edinburgh, UK"]


def test_volunteering_at_a_club_is_a_pastime_and_a_food_bank_ends_before_its_days() -> None:
    workplaces = values(html_page(ABOUT_ME), MORAG, FindingKind.WORKPLACE)
    assert sorted(workplaces) == ["Dunmore Council", "Leith Food Bank"]


def _profile_with_box(heading: str) -> str:
    return (
        "<h1>moragk</h1><p class='location'>Edinburgh</p><p>Selling my old surf kit.</p>"
        f"<section><h2>{heading}</h2><ul>"
        "<li><a href='/u/fifewetsuits'>fifewetsuits</a>"
        " <span class='location'>Kirkcaldy</span></li>"
        "<li><a href='/u/perthpreloved'>perthpreloved · Perth</a></li>"
        "</ul></section>"
    )


@pytest.mark.parametrize("heading", ["Similar shops", "Members you may like", "followers"])
def test_towns_in_boxes_of_other_members_are_theirs(heading: str) -> None:
    page = html_page(_profile_with_box(heading))
    assert values(page, MORAG, FindingKind.LOCATION) == ["Edinburgh"]
