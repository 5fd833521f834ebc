"""The general causes behind held-out corpus 12's errors, one test each."""

from __future__ import annotations

import pytest

from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind, Subject

from .helpers import MORAG, all_may_not_be_you, findings, html_page, values


def test_a_posts_title_is_not_work_talk_even_in_the_first_person() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><article><h2><a href='/2024/06/visits'>Why I still love my"
        " caseload visits</a></h2><p>Walked the dog along the shore at Leith today.</p>"
        "</article>"
    )
    assert values(page, MORAG, FindingKind.WORK_TALK) == []


def test_a_long_post_set_in_a_heading_is_still_read() -> None:
    said = "My caseload doubled this month and I have not had supervision since June."
    page = html_page(f"<h1>Morag Kelly</h1><h2>{said}</h2>")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [said]


def test_a_line_of_tags_is_not_a_sentence() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>Walked the dog along the shore today.</p>"
        "<div class='tags'><a href='/tagged/care%20work'>#care work</a>"
        " <a href='/tagged/night%20shift'>#night shift</a></div>"
    )
    assert values(page, MORAG, FindingKind.WORK_TALK) == []


def test_a_disclaimer_is_not_work_talk() -> None:
    assert not is_work_talk(
        "Everything here is my own view and not that of my employer, and any details of the"
        " people I visit have been changed."
    )
    assert is_work_talk("The people I visit this week have all been brilliant.")


def test_the_places_of_the_people_they_visit_are_not_where_they_live() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>Most of my week is spent visiting foster carers around Falkirk."
        " We need more carers across Stirling.</p><p>Social worker in Leith.</p>"
    )
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]


def test_a_discover_similar_profiles_box_is_other_people() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>Social worker in Leith.</p><section><h3>Discover similar"
        " profiles</h3><ul><li>Rachel Okafor Paediatric OT · Manchester</li>"
        "<li>Morag Kelley Wedding Photographer · Blackpool</li></ul></section>"
    )
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]


def test_a_youtube_videos_full_description_is_read_from_its_page_data() -> None:
    """YouTube keeps the description whole only in ytInitialPlayerResponse; <meta> cuts it."""
    description = (
        "Five things I check on a home visit.\\n\\nI work for Dunmore Council, but this channel"
        " is my own.\\n\\nFilmed at home in Leith."
    )
    body = (
        "<span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<link itemprop='url' href='http://www.youtube.com/@tired_sw'>"
        "<link itemprop='name' content='Tired SW'></span>"
        "<script>var ytInitialPlayerResponse = {\"videoDetails\": {\"videoId\": \"x\","
        f" \"shortDescription\": \"{description}\"}}}};</script>"
    )
    head = "<meta name='description' content='Five things I check on a home visit. I work f'>"
    page = html_page(body, head=head, url="https://www.youtube.com/watch?v=x")
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]


def test_a_youtube_channels_about_text_is_read_from_its_page_data() -> None:
    body = (
        "<script>var ytInitialData = {\"metadata\": {\"channelMetadataRenderer\":"
        " {\"title\": \"Tired SW\", \"description\": \"Walks and knitting.\\nContact:"
        " morag.kelly@example.org\"}}};</script>"
    )
    page = html_page(f"<h1>Morag Kelly</h1>{body}", url="https://www.youtube.com/@tired_sw/about")
    assert values(page, MORAG, FindingKind.EMAIL) == ["morag.kelly@example.org"]


def test_a_retired_tradesman_under_the_name_on_a_qa_page_may_not_be_you() -> None:
    """The page talks about occupational therapy, but the answer is by a retired joiner."""
    body = (
        "<div class='answer'><div>Morag Kelly</div><div>Retired joiner, 40 years in the trade"
        " in Carlisle · Answered Feb 12</div><p>When my mother-in-law struggled, the"
        " occupational therapist recommended a second rail.</p></div>"
        "<img src='/thumb.jpg' alt='Profile photo for Morag Kelly'>"
    )
    page = html_page(body, url="https://www.quora.com/What-is-the-best-way-to-fit-a-handrail")
    assert all_may_not_be_you(page)


def test_a_race_report_about_a_teacher_elsewhere_may_not_be_you() -> None:
    body = (
        "<article><p>14 October 2024 by Gethin Lloyd</p><p>The run of the day goes to Morag"
        " Kelly, who won her category in 44:37. Morag, who teaches PE at Glen High School in"
        " Carlisle, has been building back after an injury.</p>"
        "<figure><img src='/m.jpg' alt='Morag Kelly crossing the finish line'>"
        "<figcaption>Morag Kelly</figcaption></figure></article>"
    )
    page = html_page(body, url="https://roadrunners.example.org/2024/10/results")
    assert all_may_not_be_you(page)


def test_a_race_report_about_the_subject_in_her_own_town_is_hers() -> None:
    body = (
        "<article><p>14 October 2024 by Gethin Lloyd</p><p>The run of the day goes to Morag"
        " Kelly, who won her category in 44:37. Morag, a social worker in Leith, has been"
        " building back after an injury.</p>"
        "<figure><img src='/m.jpg' alt='Morag Kelly crossing the finish line'></figure>"
        "</article>"
    )
    page = html_page(body, url="https://roadrunners.example.org/2024/10/results")
    assert not any(f.may_not_be_you for f in findings(page, MORAG))


CARYS = Subject(
    name="Carys Pritchard",
    handles=("carys_pritch",),
    employers=("Plas Ithon Care Home",),
    locations=("Rhayader",),
)


@pytest.mark.parametrize(
    "said",
    [
        "PA + bank carer @plasithoncarehome",  # a role beside the employer's account
        "Sleep-in at Plas Ithon last night and the only thing that woke me was Mr P singing.",
    ],
)
def test_staff_name_the_employer_by_its_short_name_in_a_line_about_the_job(said: str) -> None:
    page = html_page(f"<h1>Carys Pritchard</h1><p>{said}</p>",
                     url="https://www.instagram.com/carys_pritch/")  # fmt: skip
    assert values(page, CARYS, FindingKind.WORKPLACE) == ["Plas Ithon Care Home"]


def test_a_services_line_on_the_subjects_own_blog_is_not_their_phone() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>If you are thinking about fostering, the agency duty line is"
        " 0131 496 0000 and someone friendly will pick up. My mobile is 07700 900123.</p>"
    )
    assert values(page, MORAG, FindingKind.PHONE) == ["+447700900123"]


def test_a_carer_they_visit_is_not_where_they_live_but_their_own_role_is() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>Tuesday was supervision visits: a respite carer in Falkirk,"
        " then a family in Stirling.</p><p>I'm a fostering social worker in Leith.</p>"
    )
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]
