"""Held-out corpus 28's first-score errors, each as the general case it stands for."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind

from .helpers import MORAG, findings, html_page


@pytest.mark.parametrize(
    "about",
    [
        "<h3>Morag Kelly</h3><p>Head Veterinary Nurse</p><p>Morag lives in Nairn.</p>",
        "<h1>Meet Morag</h1><p>Hi, I’m Morag Kelly! I grew up in Penrith and specialise in"
        " colour: balayage and grey blending. My clients are the best part of the job.</p>",
    ],
)
def test_a_same_name_vet_nurse_or_hair_colourist_elsewhere_is_a_namesake(about: str) -> None:
    photo = "https://www.example.com/media/team/morag-kelly.jpg"
    page = html_page(
        f"{about}<img src='{photo}' alt='Morag Kelly'>", url="https://www.example.com/team/"
    )
    found = findings(page, MORAG, FindingKind.TAGGED_PHOTO)
    assert [f.value for f in found] == [photo]
    assert all(f.may_not_be_you for f in found)
