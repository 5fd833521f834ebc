"""Held-out corpus 30's errors, each as the general case it stands for."""

from __future__ import annotations

from selfaudit.extract.contact_list import named_above
from selfaudit.models import FindingKind

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
