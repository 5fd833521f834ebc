"""Builders shared by the extraction tests: a persona, pages, and "the values of one kind"."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from selfaudit.extract import extract_findings
from selfaudit.models import Finding, FindingKind, Page, Subject

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "extract"

MORAG = Subject(
    name="Morag Kelly",
    handles=("moragk", "tired_sw"),
    aliases=("Mo Kelly", "Morag McLeod"),
    employers=("Dunmore Council",),
    phones=("+447700900123",),
    emails=("morag.kelly@example.org",),
    locations=("Leith", "Edinburgh"),
)
PLAIN = Subject(name="Morag Kelly", handles=("moragk",))
"""The same person with nothing but a name and a handle: only discovered values count."""

URL = "https://profile.example.org/moragk"


def html_page(body: str, head: str = "", url: str = URL) -> Page:
    doc = (
        f"<!doctype html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )
    return Page(url=url, content_type="text/html; charset=utf-8", body=doc.encode("utf-8"))


def json_page(data: object, url: str = URL) -> Page:
    return Page(url=url, content_type="application/json", body=json.dumps(data).encode("utf-8"))


def findings(
    page: Page, subject: Subject = MORAG, kind: FindingKind | None = None
) -> list[Finding]:
    found = extract_findings(page, subject)
    return [f for f in found if kind is None or f.kind is kind]


def values(page: Page, subject: Subject, kind: FindingKind) -> list[str]:
    return [f.value for f in findings(page, subject, kind)]


def load_module(path: Path, name: str) -> ModuleType:
    """Import a script that is not part of a package (the image generator, the bench)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_images() -> ModuleType:
    return load_module(FIXTURES / "make_images.py", "make_images")


def all_may_not_be_you(page: Page, subject: Subject = MORAG) -> bool:
    """Does ``page`` give findings, every one marked as maybe someone else's (a namesake)?"""
    found = findings(page, subject)
    return bool(found) and all(f.may_not_be_you for f in found)
