"""The general causes behind held-out corpus 20's errors, one test each."""

from __future__ import annotations

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

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


def test_a_listed_employers_account_in_the_subjects_bio_names_it() -> None:
    jaz = Subject(name="Jasmine Tunnicliffe", handles=("jazzyt_sw",),
                  employers=("Stoke-on-Trent City Council", "The Bottle Oven Café"))
    body = (
        "<h1>jazzyt_sw</h1><div><span>Jaz Tunnicliffe</span><span>Social work student 🎓"
        "<br>Weekends: flat whites <a href='/thebottleovencafe/'>@thebottleovencafe</a> ☕"
        "</span></div>"
    )
    page = html_page(body, url="https://www.instagram.com/jazzyt_sw/")
    assert values(page, jaz, FindingKind.WORKPLACE) == ["The Bottle Oven Café"]
