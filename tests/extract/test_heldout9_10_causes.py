"""The general causes behind held-out corpora 9 and 10's errors, one test (or row) each."""

from __future__ import annotations

from selfaudit.models import FindingKind

from .helpers import MORAG, html_page, values


def test_a_first_person_place_in_someone_elses_reddit_post_is_not_the_subjects() -> None:
    body = (
        '<div class="thing link self" data-author="leith_lass">'
        '<p class="tagline">submitted by <a class="author" href="/user/leith_lass">leith_lass</a>'
        "</p><div class='md'><p>Anyone had the Dunmore Council duty team? I live in Leith and"
        " have waited six months.</p></div></div>"
    )
    page = html_page(body, url="https://old.reddit.com/r/Leith/comments/1/anyone/")
    assert values(page, MORAG, FindingKind.LOCATION) == []
