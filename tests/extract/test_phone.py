"""Phone numbers: Ofcom drama numbers found, look-alikes (dates, codes, references) not."""

from __future__ import annotations

import pytest

from selfaudit.extract.filters import not_a_phone, phone_context
from selfaudit.models import FindingKind, Severity

from .helpers import MORAG, PLAIN, findings, html_page, values

KIND = FindingKind.PHONE


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # VALID numbers count anywhere
        ("<p>Call me on 0131 496 0123 any time.</p>", ["+441314960123"]),
        ("<p>Office: 020 7946 0999</p>", ["+442079460999"]),
        ("<p>Glasgow desk (0141) 496 0123.</p>", ["+441414960123"]),
        ("<p>International: +44 131 496 0456</p>", ["+441314960456"]),
        ("<p>0131 496 0123 / 0141 496 0001</p>", ["+441314960123", "+441414960001"]),
        # drama mobiles are only POSSIBLE: they need a phone word just before them
        ("<p>Mob: 07700 900123</p>", ["+447700900123"]),
        ("<p>WhatsApp me: 07700 900124</p>", ["+447700900124"]),
        ("<p>or text me on +44 7700 900125</p>", ["+447700900125"]),
        ("<p>Give me a ring 07700900126</p>", ["+447700900126"]),
        ("<p>my number is 07700 900127</p>", ["+447700900127"]),
        ("<p>Tel <b>07700 900128</b></p>", ["+447700900128"]),
        # tel: links and structured fields are phones by definition
        ('<a href="tel:+447700900321">Text or call</a>', ["+447700900321"]),
        ('<a href="tel:07700%20900322">call</a>', ["+447700900322"]),
        (
            '<div class="h-card"><span class="p-name">Morag Kelly</span>'
            '<span class="p-tel">07700 900323</span></div>',
            ["+447700900323"],
        ),
        (
            '<script type="application/ld+json">{"@type":"Person","name":"Morag Kelly",'
            '"telephone":"07700 900324"}</script>',
            ["+447700900324"],
        ),
    ],
)
def test_phone_found(body: str, expected: list[str]) -> None:
    assert values(html_page(body), PLAIN, KIND) == expected


@pytest.mark.parametrize(
    "body",
    [
        "<p>Order 07700 900555 has shipped.</p>",  # possible only, no phone context
        "<p>Something 07700 900556 happened a long while ago, and then I called</p>",
        "<p>Sort code 12-34-56, account 12345678.</p>",
        "<p>Scottish Charity SC012345.</p>",
        "<p>Registered charity 1234567.</p>",
        "<p>Company number 01234567.</p>",
        "<p>Case ref 0131 496 0123.</p>",
        "<p>Reference: 0141 496 0999</p>",
        "<p>Invoice 44 1314 960 123</p>",
        "<p>Born 12/03/1985, started 2019-04-01.</p>",
        "<p>Open 10:00-14:00 and 17:30–19:30.</p>",
        "<p>Worked there 1998 - 2004 and 2004–2024.</p>",
        "<p>We packed 4,520 parcels, up 12.5% on 2023.</p>",
        "<p>ID 123456789012</p>",
        "<p>Tel: 0131</p>",  # too short to be anything
        '<nav><a href="tel:01314960999">Office</a> call 0131 496 0998</nav>',  # site chrome
        "<footer>Call the newsdesk on 0131 496 0555</footer>",
        '<div class="comments"><p>call me on 0131 496 0999</p></div>',  # someone else's
        # an event listing's number is the venue's
        "<table><tr><td>Sat 14 June 2025</td><td>The Grove Inn</td><td>9pm – late</td>"
        "<td>0131 496 0219</td></tr></table>",
        # a service's round-the-clock line
        "<p>Hostels and outreach. Registered charity 1172846. 24hr line: 0131 496 0551.</p>",
    ],
)
def test_not_a_phone(body: str) -> None:
    assert values(html_page(body), PLAIN, KIND) == []


def test_the_subjects_own_number_needs_no_phone_word() -> None:
    """The number the user asked us to look for, bare in a page's intro, is theirs on show;
    another number only possible (a drama mobile) still needs a word saying it is a phone."""
    body = "<ul><li>Arts &amp; crafts store</li><li>07700 900123</li><li>07700 900124</li></ul>"
    assert values(html_page(body), MORAG, KIND) == ["+447700900123"]
    assert values(html_page(body), PLAIN, KIND) == []


def test_phone_is_always_high_even_on_an_anonymous_page() -> None:
    [finding] = findings(html_page("<p>Mob: 07700 900123</p>"), PLAIN, KIND)
    assert finding.severity is Severity.HIGH
    assert "07700 900123" in finding.evidence


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12-34-56", "sort code"),
        ("12/03/2024", "date"),
        ("2019-2023", "year"),
        ("10:30", "time"),
        ("Ref 0131 496 0123", "reference number"),
        ("SC012345", "part of a code"),
        ("0131 496 0123", None),
        ("Phone ref 0131 496 0123", "reference number"),
    ],
)
def test_filter_reasons(text: str, reason: str | None) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert not_a_phone(text, start, len(text)) == reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 07700 900123", True),
        ("mob 07700 900123", True),
        ("WhatsApp: 07700 900123", True),
        ("Order 07700 900123", False),
        ("Call me about the long thing we discussed at length 07700 900123", False),
        ("recall 07700 900123", False),  # a phone word must be a whole word
    ],
)
def test_phone_context(text: str, expected: bool) -> None:
    assert phone_context(text, text.index("07700")) is expected
