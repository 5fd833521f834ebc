"""Held-out corpus 31's first-score errors, each as the general case it stands for."""

from __future__ import annotations

from selfaudit.models import FindingKind

from .helpers import MORAG, all_may_not_be_you, html_page, values

SOLICITOR = (
    "<h1>Morag Kelly</h1><p>Associate Solicitor · Family Law · Glasgow</p>"
    "<p>Morag joined Clyde Quay Legal in 2019 after qualifying with a Leith practice. She"
    " advises parents on child arrangements and represents clients in care proceedings.</p>"
    "<p>Originally from Oban, Morag now lives in Paisley with her husband.</p>"
)
STAFF_URL = "https://www.clydequaylegal.example.org/our-people/morag-kelly/"


def test_a_same_name_solicitor_who_trained_in_her_town_is_still_someone_else() -> None:
    assert all_may_not_be_you(html_page(SOLICITOR, url=STAFF_URL))


def test_a_town_that_names_a_business_or_club_is_not_where_she_lives() -> None:
    page = html_page(
        "<p>I trained with a Leith practice and play shinty for an Edinburgh club.</p>"
    )
    assert values(page, MORAG, FindingKind.LOCATION) == []
