"""The general causes behind held-out corpus 41's errors, one test each."""

from __future__ import annotations

from selfaudit.models import Subject

from .helpers import all_may_not_be_you, html_page

CLODAGH = Subject(
    name="Clodagh McCaffrey", handles=("clodaghcasts",),
    employers=("Erne Valley Health and Social Care Trust",),
    locations=("Enniskillen", "Lisnaskea"),
)  # fmt: skip


def test_a_salons_colour_director_of_the_same_name_in_another_city_is_a_namesake() -> None:
    """A salon's team page: "Owner & Colour Director", "opening her own salon", from Paisley,
    lives in Dennistoun. Another trade and other towns: none of it is the social worker's."""
    body = (
        "<h2>Meet the team</h2><figure><img src='https://salon.example.org/team-clodagh.jpg'"
        " alt='Clodagh McCaffrey, salon owner'></figure>"
        "<h3>Clodagh McCaffrey – Owner &amp; Colour Director</h3><p>Clodagh worked in the West"
        " End for twelve years before opening her own salon on Argyle Street. Originally from"
        " Paisley, she now lives in Dennistoun.</p>"
    )
    page = html_page(body, url="https://www.clodaghhair.example.org/team/")
    assert all_may_not_be_you(page, CLODAGH)
