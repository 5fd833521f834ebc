"""Workplace: an organisation the subject works or worked for, named on their page.

The SSSC guidance asks workers to avoid "putting personal information on your page, such as
where you work": a workplace plus a name lets anyone turn up at the office or call the employer.

Sources, most certain first: structured profile fields (JSON-LD ``worksFor``/``affiliation``,
h-card ``org``, API ``company`` and labelled fields), the employers the subject told us about
found anywhere in the text, phrases that say the author works somewhere ("Social worker at X",
"working for X", "employed by X"), and an "Experience" list. A company merely mentioned is not a
workplace. Forms of one name ("Dunmore Council", "Dunmore Council Social Work") are reported once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bs4 import Tag

from ..models import Finding, FindingKind, Subject
from .base import Document, Extractor, subject_names
from .names import fold
from .orgs import ROLE, clean_org, find_employer, same_org
from .text import excerpt, one_line, trim

_EXPERIENCE_HEADINGS = frozenset(
    {"experience", "work experience", "employment", "employment history", "career",
     "work history", "positions", "professional experience", "jobs"}
)  # fmt: skip
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "strong", "b")
_ITEM_SPLIT = re.compile(r"\s+[—–-]\s+|\s*[·|•]\s*|,\s+|\s+at\s+|\s+@\s+|\n")
_ORG_HINT = re.compile(r"org|company|employer|organi[sz]ation")


def _experience_orgs(doc: Document) -> Iterator[tuple[str, str]]:
    """(organisation, the item it came from) for each entry of an "Experience" section."""
    soup = doc.soup
    if soup is None:
        return
    for heading in soup.find_all(_HEADINGS, limit=300):
        title = fold(one_line(heading.get_text(" "))).strip(" :")
        if title not in _EXPERIENCE_HEADINGS:
            continue
        container = heading.find_next(["ul", "ol", "dl", "table"])
        if not isinstance(container, Tag):
            continue
        for item in container.find_all(["li", "dd", "tr"], limit=50):
            org = _org_in_item(item)
            if org:
                yield org, one_line(item.get_text(" "))


def _org_in_item(item: Tag) -> str | None:
    for el in item.find_all(True, limit=40):
        classes = " ".join(el.get("class") or []) + " " + str(el.get("itemprop") or "")
        if _ORG_HINT.search(classes.lower()):
            value = clean_org(one_line(el.get_text(" ")))
            if value:
                return value
    text = re.sub(r"\([^)]*\)", " ", item.get_text("\n"))
    for part in _ITEM_SPLIT.split(text):
        part = trim(part)
        if not part or not part[0].isupper() or len(part) > 80:
            continue
        if re.search(r"\d|present|current", part, re.IGNORECASE):
            continue
        if re.search(ROLE, part) or fold(part) in ("full-time", "part-time", "contract"):
            continue
        return clean_org(part)
    return None


class WorkplaceExtractor(Extractor):
    kind = FindingKind.WORKPLACE

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        accepted: list[str] = []
        text = doc.all_text

        def accept(value: str | None, evidence: str) -> Finding | None:
            if not value or any(same_org(value, seen) for seen in accepted):
                return None
            if any(same_org(value, name) for name in subject_names(subject)):
                return None
            accepted.append(value)
            return self.finding(doc, value, evidence)

        candidates: list[tuple[str | None, str]] = []
        for fact in doc.facts.orgs:
            candidates.append((trim(fact.value), f"{fact.source}: {fact.value}"))
        for employer in subject.employers:
            match = find_employer(text, employer)
            if match:
                candidates.append((match.value, excerpt(text, match.start, match.end)))
        for match in doc.discovered_orgs:
            candidates.append((match.value, excerpt(text, match.start, match.end)))
        for org, item in _experience_orgs(doc):
            candidates.append((org, f"Experience: {item}"))
        for value, evidence in candidates:
            found = accept(value, evidence)
            if found:
                yield found
