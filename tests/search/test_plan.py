"""The query plan: what the engine is asked, in which order, and never contacts without opt-in."""

from __future__ import annotations

from dataclasses import replace

from selfaudit.models import Subject
from selfaudit.search.plan import full_query_plan, query_plan

from . import SAM


def test_order_quoted_name_first_then_context_aliases_handles():
    assert query_plan(SAM) == [
        '"Sam Whitlock"',
        '"Sam Whitlock" "Dunmore Council"',
        '"Sam Whitlock" "Falkirk"',
        '"Samantha Whitlock"',
        '"samwhitlock"',
    ]


def test_contacts_are_never_searched_without_opt_in():
    queries = " ".join(query_plan(SAM, limit=100))
    assert "496" not in queries and "@" not in queries


def test_contacts_come_last_with_opt_in():
    queries = query_plan(SAM, include_contacts=True, limit=100)
    assert queries[-2:] == ['"0131 496 0412"', '"sam.whitlock@example.org"']


def test_limit_truncates_in_order():
    assert query_plan(SAM, limit=2) == ['"Sam Whitlock"', '"Sam Whitlock" "Dunmore Council"']
    assert query_plan(SAM, limit=0) == []


def test_default_limit_is_eight():
    many = replace(SAM, employers=("A Ltd", "B Ltd", "C Ltd"), locations=("Falkirk", "Larbert"))
    plan = query_plan(many, include_contacts=True)
    assert len(plan) == 8
    assert plan == full_query_plan(many, include_contacts=True)[:8]


def test_duplicates_are_dropped_whatever_the_case():
    subject = Subject(
        name="Sam Whitlock",
        aliases=("sam whitlock", "Samantha Whitlock"),
        handles=("samwhitlock", "@SamWhitlock"),
    )
    assert query_plan(subject) == ['"Sam Whitlock"', '"Samantha Whitlock"', '"samwhitlock"']


def test_quotes_in_values_cannot_break_the_query():
    subject = Subject(name='Sam "Sammy" Whitlock', employers=('"Dunmore" Council',))
    assert query_plan(subject) == ['"Sam Sammy Whitlock"', '"Sam Sammy Whitlock" "Dunmore Council"']


def test_plan_is_deterministic():
    assert query_plan(SAM, include_contacts=True) == query_plan(SAM, include_contacts=True)
