"""Held-out corpus 27's first-score errors, each as the general case it stands for."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind

from .helpers import MORAG, findings, html_page, values

LOCATION = FindingKind.LOCATION


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Visited 9 cities · Leith · Glasgow · Stirling · Perth", []),  # a travel map
        ("Support worker · knitter · Leith", ["Leith"]),  # a bio with a home among its parts
    ],
)
def test_a_dotted_list_of_places_is_not_a_home(line: str, expected: list[str]) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><p>{line}</p>")
    assert values(page, MORAG, LOCATION) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Ship Inn Leith, Edinburgh",  # a reviewed place's name, then its town
        "Three nights in Leith for the festival, and the breakfast was superb.",
        "We stayed in Leith for the weekend.",
    ],
)
def test_a_reviewed_place_or_a_stay_is_not_where_she_lives(said: str) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><div class='review'><p>{said}</p></div>")
    assert values(page, MORAG, LOCATION) == []


def test_a_profile_whose_own_place_line_is_elsewhere_is_a_namesakes() -> None:
    """A retired teacher's review profile names the subject's town only as a trip's."""
    photo = "https://media.example.com/photo-o/castle.jpg"
    body = (
        "<h1>Morag Kelly</h1><span>@MoragKelly62</span><ul><li><span>Aberystwyth, United"
        " Kingdom</span></li><li>Joined in Jun 2014</li></ul><p>Retired primary headteacher."
        " Walking the coast path one café at a time.</p><div class='review'><p>Three nights"
        " in Leith for the festival.</p></div>"
        f"<img src='{photo}' alt='Morag Kelly at the castle'>"
    )
    page = html_page(body, url="https://www.tripadvisor.co.uk/Profile/MoragKelly62")
    found = findings(page, MORAG, FindingKind.TAGGED_PHOTO)
    assert [f.value for f in found] == [photo]
    assert all(f.may_not_be_you for f in found)


def lemmy_comment(shown: str, account: str, said: str, replies: str = "") -> str:
    """A Lemmy comment: a display name linking to the account, the words in paragraphs."""
    return (
        f"<li class='comment' role='comment'><article class='comment-node'><div><span>"
        f"<a title='{account}' href='/u/{account}'><span>{shown}</span></a></span> 5h</div>"
        f"<div class='md-div'><p>{said}</p></div></article><ul class='comments'>{replies}</ul>"
        "</li>"
    )


@pytest.mark.parametrize(("account", "hers"), [("moragk", True), ("mo_kerr", False)])
def test_a_comment_by_her_account_under_a_display_name_is_hers(account: str, hers: bool) -> None:
    said = "Our team lead is brilliant but she’s getting squeezed as much as we are."
    other = "Wales here, 35ish on our caseload and the ceiling has been a myth for years."
    comments = lemmy_comment("cwm_sw", "cwm_sw", other, lemmy_comment("Pip", account, said))
    body = (
        "<h1>Anyone else’s caseload creeping past 40?</h1><div class='post-listing'><a"
        " href='/u/someone_else'>Sam</a><p>Genuinely curious.</p></div>"
        f"<ul class='comments'>{comments}</ul>"
    )
    page = html_page(body, url="https://feddit.uk/post/2248713")
    assert values(page, MORAG, FindingKind.WORK_TALK) == ([said] if hers else [])
