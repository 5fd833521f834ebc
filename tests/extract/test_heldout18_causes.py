"""The general causes behind held-out corpus 18's errors, one test each."""

from __future__ import annotations

import pytest

from selfaudit.models import Subject

from .helpers import all_may_not_be_you, html_page

CLODAGH = Subject(
    name="Clodagh McAteer", handles=("clodagh_mc",),
    employers=("Eastern Shore Health and Social Care Trust",), locations=("Belfast", "Newry"),
)  # fmt: skip


@pytest.mark.parametrize(
    "bio",
    [
        "Celebration cakes from Darling Street, Enniskillen. Orders by DM.",
        "PGA golf professional in Enniskillen. Lessons for all ages.",
    ],
)
def test_a_same_name_profile_in_another_trade_and_town_is_a_namesakes(bio: str) -> None:
    body = (
        "<h1>Clodagh McAteer</h1>"
        f"<div class='bio'><p>{bio}</p><p>☎️ 028 9649 6871</p></div>"
        "<img src='/p1.jpg' alt='Photo by Clodagh McAteer on November 16, 2024.'>"
    )
    page = html_page(body, url="https://www.instagram.com/clodaghbakes/")
    assert all_may_not_be_you(page, CLODAGH)
