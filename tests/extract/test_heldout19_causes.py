"""The general causes behind held-out corpus 19's errors, one test each."""

from __future__ import annotations

from selfaudit.models import FindingKind, Subject

from .helpers import html_page, values

WENDY = Subject(
    name="Wendy Brimblecombe", handles=("brimblebees", "wendybrim"),
    employers=("Coombe Meadow Care Home",), locations=("Tiverton", "Bampton"),
)  # fmt: skip


def test_a_card_headed_by_the_subjects_handle_in_words_is_theirs() -> None:
    """A market's stallholders page: her stall's card is headed "Brimble Bees" (she is
    @brimblebees) and calls her by her given name only."""

    def card(heading: str, said: str) -> str:
        return f"<div class='stall-card'><h3>{heading}</h3><p>{said}</p></div>"

    body = (
        "<h1>Our stallholders</h1>"
        + card("Hembury Cheese", "Tom Hembury makes cheddar on the family farm at Bampton.")
        + card("Brimble Bees", "Raw honey and cut comb. Wendy is based in Tiverton and has"
               " kept bees for eleven years.")
    )  # fmt: skip
    page = html_page(body, url="https://www.cullomptonfarmersmarket.example.org/stallholders/")
    assert values(page, WENDY, FindingKind.LOCATION) == ["Tiverton"]
