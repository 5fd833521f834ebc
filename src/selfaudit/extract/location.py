"""Location: a town, area or address tied to the subject, as written on the page.

A home town narrows a name to a person; with an employer it tells a stranger where to wait.
Sources: structured addresses (JSON-LD ``address``/``homeLocation``, h-card ``adr``/locality,
API ``location`` fields), UK postcodes written as part of an address, the places the subject
told us about, and phrases that place the author ("based in X", "lives in X", "originally from
X", "Social worker in X", "📍 X"). Only capitalised, place-like words are taken from phrases.
A place already inside a longer reported one ("Leith" in "12 Example Street, Leith") is not
reported again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from ..models import Finding, FindingKind, Subject
from .base import Document, Extractor, subject_names
from .names import fold
from .orgs import ROLE, same_org
from .text import MAX_MATCHES, excerpt, phrase_pattern, trim, words

_PLACE_WORD = r"(?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*|St\.?)"
PLACE = rf"{_PLACE_WORD}(?:[ \t]+(?:(?:upon|on|of|under|by)[ \t]+)?{_PLACE_WORD}){{0,3}}"
_PLACE_PATTERNS = (
    re.compile(
        rf"(?i:\b(?:based|living|lives|live|located|resident|settled|staying|grew up|"
        rf"born and raised|born|raised)\s+(?:in|near|around))\s+(?P<place>{PLACE})"
    ),
    re.compile(
        rf"(?i:\b(?:originally|i'?m|i am|hails?|hailing|comes?|coming|am)\s+from)"
        rf"\s+(?P<place>{PLACE})"
    ),
    re.compile(rf"(?i:\b(?:moved|relocated)\s+to)\s+(?P<place>{PLACE})"),
    re.compile(
        rf"(?i:\b(?:location|lives in|hometown|home town|based|from|where)\s*:)\s*"
        rf"(?P<place>{PLACE})"
    ),
    re.compile(rf"📍\s*(?P<place>{PLACE})"),
    re.compile(rf"(?m)^[ \t]*(?:From|Lives in|Hometown)[ \t]+(?P<place>{PLACE})"),
    re.compile(rf"{ROLE}\s+(?i:in|across|around)\s+(?P<place>{PLACE})"),
)
_NOT_PLACES = words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday the a an my our love social
    care health work home here there road street views opinions proud mum dad wife husband i
    im i'm and or but with"""
)

_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b")
_STREET = re.compile(
    r"(?i)\b(?:street|st|road|rd|avenue|ave|lane|ln|crescent|cres|place|pl|terrace|drive|dr"
    r"|court|ct|gardens|gdns|way|close|wynd|row|square|sq|park|grove|brae|loan|view|walk"
    r"|mews|house|flat|cottage|farm)\b\.?"
)
_HOUSE_NUMBER = re.compile(r"(?:^|\s)((?:[Ff]lat\s+\w+,?\s+)?\d+[A-Za-z]?,?\s+)(?=[A-Z])")
_ADDRESS_RUN = re.compile(r"(?:(?<=\s)|^)(?:[A-Z0-9][\w'’.-]*,?\s+)+$")
_ADDRESS_LABEL = re.compile(r"(?i)\b(?:address|post\s*code|postcode)\b")


def clean_place(raw: str) -> str:
    """Cut a captured place at the first word that cannot be part of it ("Leith Love my job")."""
    words = raw.split()
    kept = words[:1]
    for word in words[1:]:
        if fold(word).strip(".,'’") in _NOT_PLACES:
            break
        kept.append(word)
    return trim(" ".join(kept))


def _address_with_postcode(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """The address a postcode ends, as written on its line, if it reads like one."""
    line_start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - 200)
    segment = text[line_start : match.end()]
    offset = line_start
    for sep in (": ", ". ", "! ", "? "):
        cut = segment.rfind(sep, 0, match.start() - offset)
        if cut >= 0:
            segment, offset = segment[cut + len(sep) :], offset + cut + len(sep)
    # The address is the run of capitalised or numbered words before the postcode ("...for
    # the tombola at 12 Example Street, Dundee DD5 1AA"), from its house number if it has one.
    run = _ADDRESS_RUN.search(segment[: match.start() - offset])
    start = run.start() if run else match.start() - offset
    numbered = _HOUSE_NUMBER.search(segment, start)
    if numbered and numbered.start(1) < match.start() - offset:
        start = numbered.start(1)
    segment, offset = segment[start:], offset + start
    before = text[max(0, offset - 30) : offset]
    looks_like_address = (
        _STREET.search(segment)
        or re.match(r"\s*(?:flat\s+)?\d+[a-z]?\b", segment, re.I)
        or "," in segment
        or _ADDRESS_LABEL.search(before + segment)
    )
    if not looks_like_address:
        return None
    value = trim(segment)
    if len(value) > 120:
        value = trim(match.group(0))
    return value, offset


class LocationExtractor(Extractor):
    kind = FindingKind.LOCATION

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        accepted: list[str] = []
        text = doc.all_text
        names = subject_names(subject)
        orgs = [f.value for f in doc.facts.orgs] + list(subject.employers)
        orgs += [m.value for m in doc.discovered_orgs]

        def contained(value: str) -> bool:
            needle = fold(value)
            return any(
                re.search(phrase_pattern(needle), fold(seen)) is not None for seen in accepted
            )

        def accept(value: str | None, evidence: str) -> Finding | None:
            value = trim(value or "")
            if not value or fold(value) in _NOT_PLACES or contained(value):
                return None
            if any(same_org(value, org) for org in orgs) or any(same_org(value, n) for n in names):
                return None
            accepted.append(value)
            return self.finding(doc, value, evidence)

        candidates: list[tuple[str, str]] = []
        for fact in doc.facts.locations:
            candidates.append((fact.value, f"{fact.source}: {fact.value}"))
        for match in islice(_POSTCODE.finditer(text), MAX_MATCHES):
            address = _address_with_postcode(text, match)
            if address:
                candidates.append((address[0], excerpt(text, match.start(), match.end())))
        for place in subject.locations:
            if not place.strip():
                continue
            for match in re.finditer(phrase_pattern(place), text, re.IGNORECASE):
                written = match.group(0)
                # "Reading" the town, not "reading" the verb: keep the capital if it was given.
                if place.strip()[0].isupper() and not written[0].isupper():
                    continue
                candidates.append((written, excerpt(text, match.start(), match.end())))
                break
        hits = []
        for pattern in _PLACE_PATTERNS:
            for match in islice(pattern.finditer(text), MAX_MATCHES):
                hits.append((match.start(), match.group("place"), match))
        for _, place, match in sorted(hits, key=lambda h: h[0]):
            candidates.append((clean_place(place), excerpt(text, match.start(), match.end())))
        for value, evidence in candidates:
            found = accept(value, evidence)
            if found:
                yield found
