"""Held-out corpus 25's first-score errors, each as the general case it stands for."""

from __future__ import annotations

import pytest

from selfaudit.extract import work_talk
from selfaudit.extract.work_talk import is_work_talk
from selfaudit.extract.work_talk_model import WorkTalkModel
from selfaudit.jobs import CARE_WORK

from .helpers import MORAG, all_may_not_be_you, html_page


@pytest.mark.parametrize("letters", ["", " BVMS MRCVS", " BSc (Hons)"])
def test_a_namesakes_job_title_under_her_name_and_letters_is_another_trade(letters: str) -> None:
    """A practice's "Meet the team": "Morag Kelly BVMS MRCVS" over "Veterinary Surgeon", in
    another town. The letters after the name must not hide the job title below it (the page's
    veterinary nurses are a word of care work, so the title is what tells)."""
    body = (
        "<h1>Meet the Team</h1><p>An independent practice looking after the animals of Carlisle"
        " since 1987.</p><h2>Our vets</h2><div class='member'><img src='/team/morag.jpg'"
        f" alt='Morag Kelly'><h3>Morag Kelly{letters}</h3><p>Veterinary Surgeon</p><p>Morag"
        " grew up near Enniskillen and qualified from Glasgow in 2016.</p></div>"
        "<h2>Nurses &amp; reception</h2><p>Our nurses run the weight clinics.</p>"
    )
    page = html_page(body, url="https://www.edenvets.example.co.uk/meet-the-team/")
    assert all_may_not_be_you(page, MORAG)


@pytest.mark.parametrize(
    ("text", "care"),
    [
        ("caring for the pets and horses of Carlisle since 1987", False),
        ("caring for our plants", False),
        ("caring for older people in their own homes", True),
        ("a caring profession", True),
    ],
)
def test_caring_for_animals_is_not_care_work(text: str, care: bool) -> None:
    assert bool(CARE_WORK.search(text)) is care


@pytest.mark.parametrize(
    ("sentence", "work"),
    [
        # a club's manager and panel, at the pitch: camogie, not a job
        ("Training tonight in the rain, and the manager wants us all at the pitch for half six"
         " because the panel for Sunday’s match goes up after.", False),
        ("Roller derby bout on Saturday and my manager is coming to watch.", False),
        # a criminal justice worker's "unpaid work squad" beside a hobby word
        ("The unpaid work squad painted the fence at the community garden this week and it"
         " looks better than anything I’ve ever managed at home.", True),
    ],
)  # fmt: skip
def test_a_sports_clubs_words_are_not_a_jobs(
    sentence: str, work: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a scorer that is fairly sure of each (0.5), the club's words decide."""
    monkeypatch.setattr(work_talk, "MODEL", WorkTalkModel({}, 0.0, 0.4))
    assert is_work_talk(sentence) is work
