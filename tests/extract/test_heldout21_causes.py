"""The general causes behind held-out corpus 21's errors, one test each."""

from __future__ import annotations

from selfaudit.models import Subject

from .helpers import all_may_not_be_you, html_page

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
