"""The general causes behind held-out corpus 15's errors, one test each."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page

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
