"""The general causes behind held-out corpus 15's errors, one test each."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

WORK_TALK = FindingKind.WORK_TALK
ADE = Subject(
    name="Adrian Pocklington", handles=("adepock",), employers=("Hadrian Vale Council",),
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
