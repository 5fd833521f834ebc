"""The gazetteer: a town counts as where someone is only where the words make it a place."""

from __future__ import annotations

import pytest

from selfaudit import places


def written(text: str) -> list[str]:
    return [w for w, _, _ in places.places_in_context(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("David Smith, 34, of Studfall Avenue, Corby, was jailed", ["Corby"]),
        ("Ceramicist · Studio & shop in Hebden Bridge · commissions open", ["Hebden Bridge"]),
        ("a Corby man was fined", ["Corby"]),
        ("a Leek-based florist", ["Leek"]),
        ("moved to Canada, now living in Stratford-upon-Avon", ["Stratford-upon-Avon"]),
        ("Golden Lotus, Holbeach – menu and reviews", ["Holbeach"]),
        ("Office: Engineering Building 3, Taipei.", ["Taipei"]),
        ("a ceremony in Abeokuta on Monday", ["Abeokuta"]),
        ("Born in Corby.", ["Corby"]),  # a capitalised word before the preposition
        ("In Corby, a man was fined", ["Corby"]),
        ("moved to a flat in St. Ives", ["St. Ives"]),  # the gazetteer writes "St Ives"
        ("now living in Stratford upon Avon.", ["Stratford upon Avon"]),
    ],
)
def test_a_town_in_a_place_context_is_found(text, expected):
    assert written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Corby and Kettering are near",  # no word makes it a place
        "In March we went walking",  # a month, and a town of the same name is left out
        "Full of Hope for the new year",  # a word and a given name
        "the Bath and West show",  # a common word
        "Graduation 2004 - BSc Nursing - University of Plymouth",  # where she studied
        "the Bishop of Durham spoke",  # a see, not a home
        "lives near Corby Road",  # a street named after a town
        '"Sorted my knee out." — Paula, Werrington',  # where the reviewer lives
        "in corby",  # not written as a name
        "Subs not used: Smith, Jones, Corby.",  # the end of a list of names
    ],
)
def test_no_place_without_a_place_context(text):
    assert "Corby" not in written(text)
    assert not [w for w in written(text) if w in ("March", "Hope", "Bath", "Plymouth", "Durham",
                                                   "Werrington", "corby")]


def test_working_at_a_university_still_places_someone():
    text = "Joanna Bloggs is a lecturer at the University of Leeds"
    start = text.index("Leeds")
    assert not places.is_institution_place(text, start, start + len("Leeds"))


def test_the_gazetteer_knows_small_towns_but_not_common_words():
    known = places.gazetteer()
    assert {"corby", "hebden bridge", "truro", "thomastown", "holbeach"} <= known
    assert not {"march", "street", "hope", "bath", "reading", "deal"} & known


def test_studying_is_read_near_the_university_not_anywhere_on_the_page() -> None:
    text = "Joanna Bloggs is a lecturer at the University of Leeds." + " x" * 500 + (
        " Our graduate scheme opens in May."
    )
    start = text.index("Leeds")
    assert not places.is_institution_place(text, start, start + len("Leeds"))
