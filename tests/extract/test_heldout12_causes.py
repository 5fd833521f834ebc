"""The general causes behind held-out corpus 12's errors, one test each."""

from __future__ import annotations

from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind

from .helpers import MORAG, html_page, values


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
