"""Held-out corpus 28's first-score errors, each as the general case it stands for."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind

from .helpers import MORAG, findings, html_page, values


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


def _phpbb2_post(poster: str, body: str) -> str:
    """One phpBB 2 (subSilver) post: a table row, the poster's name its only mark."""
    return (
        f"<tr><td class='row1' valign='top'><span class='name'><a name='1'></a><b>{poster}</b>"
        "</span><br><span class='postdetails'>Joined: 02 Sep 2014<br>Posts: 61</span></td>"
        "<td class='row1'><table><tr><td><span class='postdetails'>Posted: Tue Mar 04, 2025"
        f"</span></td></tr><tr><td colspan='2'><span class='postbody'>{body}</span></td></tr>"
        "</table></td></tr>"
    )


PHPBB2_TOPIC = (
    "<table><tr><td><span class='mainmenu'><a href='login.php'>Register</a> "
    "<a href='login.php'>Log in to check your private messages</a></span></td></tr></table>"
    "<table class='forumline'>"
    + _phpbb2_post(
        "Big_Eck",
        "Games night is Thursday. My caseload at the hospital is mad this week, so I may be"
        " late. If you can't get in, ring me on 01632 960 344.",
    )
    + _phpbb2_post(
        "tired_sw",
        "I'm in. Just back from a late home visit and my caseload is through the roof.",
    )
    + "</table><div align='center'><span class='copyright'>Club nights: Thursdays."
    " Contact the secretary on 01632 960 911.</span></div>"
)


def test_a_phpbb2_topic_reads_the_subjects_posts_as_theirs_and_nothing_else() -> None:
    page = html_page(PHPBB2_TOPIC, url="https://club.example.org/forum/viewtopic.php?t=9")
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert len(talk) == 1 and "late home visit" in talk[0]  # hers; not the other's caseload
    assert values(page, MORAG, FindingKind.PHONE) == []  # the member's and the club's numbers


QUORA_ANSWER = (
    "<div class='q-box'><div class='q-text'>Morag Kelly</div>"
    "<p>Most days start with the duty rota, a pile of referrals and a coffee that goes cold."
    " The paperwork is relentless: chronologies, plans and reports for the panel.</p></div>"
)


def test_a_page_titled_as_the_subjects_answer_is_hers() -> None:
    title = "<title>Morag Kelly's answer to What is social work really like? - Quora</title>"
    page = html_page(QUORA_ANSWER, head=title, url="https://www.quora.com/x/answer/Morag-Kelly-3")
    assert len(values(page, MORAG, FindingKind.WORK_TALK)) == 2
    other = title.replace("Morag Kelly", "Ailsa Gray")
    page = html_page(QUORA_ANSWER, head=other, url="https://www.quora.com/x/answer/Ailsa-Gray")
    assert values(page, MORAG, FindingKind.WORK_TALK) == []


@pytest.mark.parametrize("mark", ["data-promoted='true'", "class='ad-slot'", "id='sponsored'"])
def test_an_advert_on_the_subjects_page_is_not_hers(mark: str) -> None:
    ad = f"<div {mark}><p>Sponsored. Free taster sessions. Call 0131 496 0277 to book.</p></div>"
    page = html_page(f"<h1>Morag Kelly</h1><p>Knitter in Leith.</p>{ad}")
    assert values(page, MORAG, FindingKind.PHONE) == []
