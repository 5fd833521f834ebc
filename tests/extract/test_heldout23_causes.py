"""The general causes behind held-out corpus 23's errors, one test each."""

from __future__ import annotations

import json

import pytest

from selfaudit.models import FindingKind, Subject

from .helpers import html_page, values

LEONIE = Subject(
    name="Leonie Braithwaite", aliases=("Thimble & Thorn",),
    handles=("thimbleandthorn", "leoniebraithwaite"), employers=("Ridgeway Park Family Hub",),
    phones=("+447700900582",), locations=("Swindon", "Chippenham"),
)  # fmt: skip


def _event_page(organiser: str) -> str:
    ld = {
        "@context": "https://schema.org", "@type": "Event", "name": "Cosplay Weekender 2025",
        "organizer": {"@type": "Organization", "name": organiser},
        "performer": [{"@type": "Person", "name": "Leonie Braithwaite"}],
    }  # fmt: skip
    return (
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        "<h1>Leonie Braithwaite (Thimble &amp; Thorn)</h1>"
        "<p>Leonie Braithwaite is a Swindon-based costumer who has been sewing since she was"
        " nine.</p><img src='https://cdn.example.org/guests/leonie-800.jpg'"
        " alt='Leonie Braithwaite as Ahsoka Tano'>"
        "<h2>More 2025 guests</h2><p>Kit Okafor, armour and props · Cardiff</p>"
        "<p>Questions? Ring 0117 496 0550 or email"
        " <a href='mailto:access@weekender.example.org'>access@weekender.example.org</a></p>"
    )


def test_a_guest_page_on_an_events_site_is_the_organisers_not_hers() -> None:
    page = html_page(_event_page("Cosplay Weekender CIC"),
                     url="https://www.weekender.example.org/guests/leonie-braithwaite")  # fmt: skip
    assert values(page, LEONIE, FindingKind.PHONE) == []
    assert values(page, LEONIE, FindingKind.EMAIL) == []
    assert values(page, LEONIE, FindingKind.LOCATION) == ["Swindon"]
    assert values(page, LEONIE, FindingKind.TAGGED_PHOTO) == [
        "https://cdn.example.org/guests/leonie-800.jpg"
    ]


@pytest.mark.parametrize("organiser", ["Leonie Braithwaite", "Thimble & Thorn"])
def test_an_event_she_organises_is_hers(organiser: str) -> None:
    page = html_page(_event_page(organiser), url="https://www.eventbrite.co.uk/e/cosplay-123")
    assert values(page, LEONIE, FindingKind.PHONE) == ["+441174960550"]
