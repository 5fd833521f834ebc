"""Fixtures for the extraction tests."""

from __future__ import annotations

import pytest

from selfaudit.extract import work_talk


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The work-talk phrase rules without the learned scorer: a test of what the rules say
    about a phrasing, whose near-copies the scorer may have learnt either way."""
    monkeypatch.setattr(work_talk, "MODEL", None)
