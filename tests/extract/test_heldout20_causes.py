"""The general causes behind held-out corpus 20's errors, one test each."""

from __future__ import annotations

from selfaudit.models import Subject

from .helpers import all_may_not_be_you, html_page

DIONNE = Subject(
    name="Dionne Ackroyd", handles=("dionne_ack", "dartsdee"), aliases=("Dee Ackroyd",),
    employers=("Hull City Council",), locations=("Hull", "Hessle"),
)  # fmt: skip


def test_a_nail_tech_of_the_same_name_in_another_town_is_a_namesake() -> None:
    body = (
        "<h1>nailsbydionne.donny</h1><h2>Dionne Ackroyd</h2>"
        "<h2 data-e2e='user-bio'>Nail tech 💅 Doncaster. BIAB, gel-x and nail art.</h2>"
        "<img src='https://p16.example/v1.jpg' alt='Salon tour! #doncaster created by Dionne"
        " Ackroyd with original sound'>"
    )
    page = html_page(body, url="https://www.tiktok.com/@nailsbydionne.donny")
    assert all_may_not_be_you(page, DIONNE)
