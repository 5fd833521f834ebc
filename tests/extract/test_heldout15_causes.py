"""The general causes behind held-out corpus 15's errors, one test each."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

WORK_TALK = FindingKind.WORK_TALK
ADE = Subject(
    name="Adrian Pocklington", handles=("adepock",), aliases=("Ade Pocklington",),
    employers=("Hadrian Vale Council",),
    locations=("Whitley Bay", "North Shields"),
)  # fmt: skip


@pytest.mark.parametrize(
    "trade",
    ["Wedding, party & corporate DJ", "Sports physio and running coach", "Taxi driver, 24/7"],
)
def test_a_link_page_of_someone_in_another_trade_is_a_namesakes(trade: str) -> None:
    body = (
        "<h1>Adrian Pocklington</h1>"
        f"<p>{trade} across Northamptonshire · Kettering based</p>"
        "<a href='tel:07700900146'>📞 Call or WhatsApp 07700 900146</a>"
        "<img src='/me.jpg' alt='Adrian Pocklington at a wedding'>"
    )
    page = html_page(body, url="https://linktr.ee/adrianpocklington")
    assert all_may_not_be_you(page, ADE)


def test_a_podcast_guest_in_json_ld_does_not_own_the_episode_page() -> None:
    """A PodcastEpisode names its guest as "actor": the host's blurb is not his words."""
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"PodcastEpisode","name":"Ep 42: Sectioned","actor":[{"@type":"Person",'
        '"name":"Adrian Pocklington"}]}</script>'
    )
    said = "We talk about what an AMHP actually does and why the waiting is the hardest part."
    body = f"<h1>Ep 42: Sectioned</h1><p>{said}</p>"
    page = html_page(body, head=ld, url="https://www.thedutydesk.example/episodes/42")
    assert values(page, ADE, WORK_TALK) == []


GEMMA = Subject(name="Gemma Threlfall", handles=("gemthrelfall",), locations=("Sleaford",))


def test_a_single_response_under_an_article_is_its_writers() -> None:
    """Medium marks each response "response"; one holding the subject's reply is still
    someone else's words (and number)."""
    body = (
        "<article><h1>A coordinator's day</h1><p>By Gemma Threlfall</p><p>Lovely day.</p>"
        "</article><div data-testid='responses-list'><div data-testid='response'>"
        "<img alt='Carol Ashby' src='/c.jpg'><p>Great piece. If you fancy a move, call me on"
        " 01632 960745.</p><div data-testid='response-reply'><a href='/@gemthrelfall'>Gemma"
        " Threlfall</a><p>Thanks Carol!</p></div></div></div>"
    )
    page = html_page(body, url="https://medium.com/@gemthrelfall/a-coordinators-day-1")
    assert values(page, GEMMA, FindingKind.PHONE) == []


@pytest.mark.parametrize(
    ("said", "home"),
    [
        ("By nine I’m in the office in Sleaford with a coffee.", False),
        ("Our head office at Sleaford is moving.", False),
        ("Also the Wetherspoons in Sleaford does the best breakfast, fight me.", False),
        ("Meet you at the Co-op in Sleaford at ten.", False),
        ("I live in Sleaford with two dogs.", True),
        ("I live with my Mum in Sleaford.", True),
    ],
)
def test_the_office_or_a_venue_in_a_town_is_not_home(said: str, home: bool) -> None:
    page = html_page(f"<h1>Gemma Threlfall</h1><p>{said}</p>",
                     url="https://gemthrelfall.example.org/")  # fmt: skip
    assert values(page, GEMMA, FindingKind.LOCATION) == (["Sleaford"] if home else [])


def test_a_club_feed_of_the_subjects_posts_is_read_and_the_clubs_town_is_not_his() -> None:
    """Strava club posts name their writer in "entry-owner"; the club's location field is
    the club's."""
    said = "Apologies to the Tuesday lot, I got stuck finishing a Mental Health Act assessment."
    body = (
        "<div class='club-meta'><h1>Coast Road Runners</h1>"
        "<div class='location'>Tynemouth, Tyne and Wear, United Kingdom</div></div>"
        "<div class='feed-entry post'><div class='entry-owner'><a href='/a/1'>Ade Pocklington"
        f"</a></div><p>{said}</p></div>"
        "<div class='feed-entry post'><div class='entry-owner'><a href='/a/2'>Kirsty Laidlaw"
        "</a></div><p>I work on the wards and my caseload is mad this week.</p></div>"
    )
    page = html_page(body, url="https://www.strava.com/clubs/coast-road-runners")
    assert values(page, ADE, WORK_TALK) == [said]
    assert values(page, ADE, FindingKind.LOCATION) == []


SOPHIE = Subject(
    name="Sophie Bultitude", handles=("sophieb_sw",), employers=("Waveney Carers Trust",),
    locations=("Wymondham", "Lowestoft"),
)  # fmt: skip


def test_a_past_jobs_place_is_not_home_however_it_is_found() -> None:
    """LinkedIn's experience item carries its own location line, and the About says the
    same; the subject's home is elsewhere on the page."""
    body = (
        "<h1>Sophie Bultitude</h1><div class='top-card__location'>Wymondham, England</div>"
        "<p>Before qualifying I spent five years as a carers’ support worker with Waveney"
        " Carers Trust in Lowestoft.</p>"
        "<li class='experience-item'><h3>Waveney Carers Trust</h3>"
        "<p class='experience-item__location'>Lowestoft, England, United Kingdom</p></li>"
    )
    page = html_page(body, url="https://uk.linkedin.com/in/sophiebultitude")
    assert values(page, SOPHIE, FindingKind.LOCATION) == ["Wymondham, England"]


def test_a_race_report_about_a_namesake_in_another_trade_and_town() -> None:
    """A club's report on a physiotherapist who "lives in Caversham", a place no town list
    holds: the place the location extractor read counts as the story's town."""
    nadia = Subject(name="Nadia Halloran", handles=("nadiabakes",), locations=("Swansea",))
    body = (
        "<article><h1>Race report: podium for Nadia Halloran</h1><p>By Chris Whitfield</p>"
        "<p>Nadia, a physiotherapist at Caversham Sports Injury Clinic, joined last autumn.</p>"
        "<p>Nadia lives in Caversham with her husband and their two boys.</p>"
        "<img src='/nadia.jpg' alt='Nadia Halloran crossing the finish line'></article>"
    )
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":'
          '"Person","name":"Chris Whitfield"}}</script>')  # fmt: skip
    page = html_page(body, head=ld, url="https://www.riversidetri.example.org/race-report")
    assert all_may_not_be_you(page, nadia)


NADIA = Subject(name="Nadia Halloran", handles=("nadiabakes",), locations=("Swansea", "Faversham"))


def test_a_hashtag_of_the_town_is_a_topic_not_a_home() -> None:
    body = "<h1>Nadia Halloran</h1><p>Proud of our carers this week. #Fostering #Swansea</p>"
    page = html_page(body, url="https://www.linkedin.com/posts/nadiahalloran_123")
    assert values(page, NADIA, FindingKind.LOCATION) == []


def test_a_cv_items_own_place_line_is_the_jobs() -> None:
    """LinkedIn's experience item gives its place on a line of no named field."""
    body = (
        "<h1>Nadia Halloran</h1><div class='top-card__subline'>Swansea, Wales</div>"
        "<li class='profile-section-card experience-item'><h3>Care assistant</h3>"
        "<p class='experience-item__meta-item'><time>Jan 2017</time> - <time>Aug 2020</time></p>"
        "<p class='experience-item__meta-item'>Faversham, England, United Kingdom</p></li>"
    )
    page = html_page(body, url="https://uk.linkedin.com/in/nadiahalloran")
    assert values(page, NADIA, FindingKind.LOCATION) == ["Swansea, Wales"]


def test_a_signed_testimonial_is_its_writers_words() -> None:
    """A shop page quotes a customer: the town in her praise is not the owner's home."""
    body = (
        "<h1>Nadia Halloran</h1><p>I bake Welsh cakes to order.</p><figure><blockquote>"
        "“Best bara brith in Swansea, and I’ve tried them all.”</blockquote>"
        "<figcaption>&mdash; Karen, Sketty</figcaption></figure>"
    )
    page = html_page(body, url="https://nadiahalloran.example.org/about")
    assert values(page, NADIA, FindingKind.LOCATION) == []
