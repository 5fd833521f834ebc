"""Held-out corpus 29's first-score errors, each as the general case it stands for."""

from __future__ import annotations

from selfaudit.models import FindingKind, Page

from .helpers import MORAG, values

REVIEW_PAGE = (
    "<!doctype html><html><head><title>Review</title></head>"
    "<body class='viewing review-page body-review'>"
    "<header><h1><a href='/'>Filmsite — Your life in film</a></h1></header>"
    "<div class='film-poster'><a href='/film/x/'>The Film</a></div>"
    "<div class='person-summary'><a class='avatar' href='/moragk/'>"
    "<img src='https://img.example.org/avatars/moragk.jpg' alt='Morag'></a></div>"
    "<div class='review body-text'><p>Watched this with two of the people I support on our"
    " film night, and my caseload has never been so quiet. As someone from Leith, I loved"
    " it.</p></div>"
    "<aside><section><h2>{heading}</h2><ul><li><a href='/mkelly_films/'>"
    "<img src='https://img.example.org/avatars/mkelly.jpg' alt='Morag K'></a></li></ul>"
    "</section></aside></body></html>"
)


def review_page(heading: str) -> Page:
    body = REVIEW_PAGE.format(heading=heading).encode()
    return Page(url="https://films.example.org/moragk/film/x/", content_type="text/html", body=body)


def test_a_review_page_whose_body_is_classed_as_a_review_is_still_read() -> None:
    page = review_page("Popular reviews")
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]
    assert len(values(page, MORAG, FindingKind.WORK_TALK)) == 1


def test_others_who_also_reviewed_it_are_not_tagged_photos_of_her() -> None:
    page = review_page("Also reviewed by")
    photos = values(page, MORAG, FindingKind.TAGGED_PHOTO)
    assert photos == ["https://img.example.org/avatars/moragk.jpg"]
