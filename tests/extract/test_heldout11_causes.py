"""The general causes behind held-out corpus 11's errors, one test (or row) each."""

from __future__ import annotations

import pytest

from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind, Subject

from .helpers import html_page, values


@pytest.mark.parametrize(
    ("sentence", "talk"),
    [
        ("Three sleep-ins in a row and the young people decided 5am was a perfectly reasonable"
         " time to make pancakes.", True),
        ("Waking night tonight, so if anyone needs me I'll be doing laundry.", True),
        ("Summer fun day at work was chaos in the best way.", True),
        ("2022 First Aid at Work, certificate no. 4411", False),
        ("Custom orders: texts best, I can't answer at work.", False),
        ("By 4am the bed manager had rung every unit in Wales and two in Bristol.", True),
        ("On Tuesday I was called out at 11pm to assess a man in his seventies.", True),
        ("I don't write this to blame anyone at the health board, the crisis team were"
         " brilliant.", True),
        ("Dad's quiz team finally won at the Swan tonight and now the whole team is"
         " insufferable.", False),
        ("Our netball team won again tonight, the whole team was buzzing.", False),
    ],
)
def test_work_talk_phrasing(sentence: str, talk: bool) -> None:
    assert is_work_talk(sentence) is talk


def test_the_employers_handle_on_a_line_of_its_own_in_a_bio() -> None:
    subject = Subject(name="Keeley Marchbank", handles=("keeley_mb",),
                      employers=("Larkfield Children's Homes Ltd",))
    body = ("<div data-testid='UserDescription'><span>Residential support worker </span>"
            "<div><a href='/LarkfieldCH'>@LarkfieldCH</a></div><span> · mum of two</span></div>")
    head = '<meta property="og:type" content="profile">'
    page = html_page(f"<h1>Keeley Marchbank</h1>{body}", head=head, url="https://x.com/keeley_mb")
    assert values(page, subject, FindingKind.WORKPLACE) == ["Larkfield Children's Homes Ltd"]
