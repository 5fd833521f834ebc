"""Shared test fixtures: a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from selfaudit.fakeweb import FakeWeb
from selfaudit.net import Net, NetConfig, Route

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch) -> Path:
    """Never let a test read or write the real user's history or profile."""
    monkeypatch.setenv("SELFAUDIT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SELFAUDIT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    # No test may reach a real search engine; tests that search route one to loopback.
    monkeypatch.setenv("SELFAUDIT_SEARCH", "none")
    return tmp_path


@pytest.fixture
def web() -> Iterator[FakeWeb]:
    with FakeWeb() as server:
        yield server


def routed_net(web: FakeWeb, *origins: str, **config) -> Net:
    """A Net that sends each origin (e.g. https://example.org) to the fake web."""
    routes = tuple(Route.parse(f"{o}={web.base}") for o in origins)
    return Net(NetConfig(routes=routes, **config))


@pytest.fixture
def report_schema() -> dict:
    return json.loads((FIXTURES / "report.schema.json").read_text())


def site_entry(name: str = "Example", **overrides) -> dict:
    """A WMN site entry for https://example.org/users/{account}."""
    entry = {
        "name": name,
        "uri_check": "https://example.org/users/{account}",
        "e_code": 200,
        "e_string": "profile-of",
        "m_code": 404,
        "m_string": "no such user",
        "known": ["alice"],
        "cat": "social",
    }
    entry.update(overrides)
    return entry
