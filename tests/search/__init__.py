"""Shared by the search tests: the persona, the recorded answers, and a way to serve them."""

from __future__ import annotations

from pathlib import Path

from selfaudit.models import Subject

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "search"

SAM = Subject(
    name="Sam Whitlock",
    handles=("samwhitlock",),
    aliases=("Samantha Whitlock",),
    employers=("Dunmore Council",),
    phones=("+441314960412",),
    emails=("sam.whitlock@example.org",),
    locations=("Falkirk",),
)


def fixture(*parts: str) -> bytes:
    return FIXTURES.joinpath(*parts).read_bytes()
