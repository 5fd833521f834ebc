"""The general causes behind held-out corpus 42's errors, one test each."""

from __future__ import annotations

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

FFION = Subject(
    name="Ffion Bevan-Rees", handles=("ffionsurfs",), employers=("Tŷ Newydd Youth Housing",),
    locations=("Bridgend", "Maesteg"),
)  # fmt: skip


def test_a_same_name_lecturers_staff_profile_in_another_town_is_a_namesake() -> None:
    """A university staff page: "Lecturer in Coastal Oceanography", an office in Aberystwyth,
    grew up in Cardigan. An academic's trade and other towns: not the support worker."""
    body = (
        "<h1>Dr Ffion Bevan-Rees</h1><p>Lecturer in Coastal Oceanography</p>"
        "<dl><dt>Email</dt><dd>ffion.bevan-rees@example.net</dd><dt>Telephone</dt>"
        "<dd>029 2018 0990</dd><dt>Office</dt><dd>Room 2.14, Marine Building, Aberystwyth</dd>"
        "</dl><h2>Biography</h2><p>Ffion joined the department in 2019. She grew up in"
        " Cardigan and is a keen surfer.</p>"
    )
    page = html_page(body, url="https://www.uni.example.ac.uk/staff/ffion-bevan-rees/")
    assert all_may_not_be_you(page, FFION)


JODIE = Subject(
    name="Jodie Marchbank", handles=("jodiemclimbs",), aliases=("Jo Marchbank", "Jodes"),
    locations=("Derby",),
)  # fmt: skip


def test_a_reply_from_another_surname_is_not_hers_for_fitting_her_nickname() -> None:
    """"Jo Marchant" fits the nickname "Jodes" (Jo...), but her full names say Marchbank:
    the reply's nurse story is Jo Marchant's, not the subject's work talk."""
    body = (
        "<h1>jodiemclimbs</h1><article class='rc'><p>Best wall in the Midlands.</p>"
        "<div class='rc-replies'><div class='reply'><a class='who' href='/climbers/jom/'>"
        "Jo Marchant</a><p>I'm a nurse at the Royal Derby and I do the same after a night"
        " shift on the ward.</p></div></div></article>"
    )
    page = html_page(body, url="https://www.craglog.example/climbers/jodiemclimbs/")
    assert values(page, JODIE, FindingKind.WORK_TALK) == []
