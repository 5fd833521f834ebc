"""Context around a name in a search result: the subject's own employer and towns, and other
towns or employers that place a same-named person elsewhere.

A conflict is only ever counted against a subject who gave that kind of context (no towns given:
no town can conflict), and only when none of the subject's own appears: "Falkirk and Leeds"
still matches someone from Falkirk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .. import places
from ..extract.names import fold
from ..extract.orgs import discover_orgs, find_employer, same_org
from ..extract.text import phrase_pattern
from ..models import Subject

Span = tuple[int, int]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SUFFIXES = (
    "Council", "Ltd", "Limited", "LLP", "PLC", "plc", "Trust", "Hospital", "Homes", "Estates",
    "Estate Agents", "Agents", "Solicitors", "Partners", "Group", "Associates", "Agency", "Bank",
    "Inc", "LLC", "Clinic", "Surgery", "Properties", "Lettings", "Insurance", "Consulting",
    "Consultancy", "Housing Association", "& Co", "and Co",
)  # fmt: skip
_CAP_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})"
_ORG_SUFFIXED = re.compile(
    rf"(?<![\w-])(?:{_CAP_WORD}[ \t]+(?:(?:of|and|for|the|upon|on|&)[ \t]+)?){{1,5}}"
    rf"(?:{'|'.join(re.escape(s) for s in _SUFFIXES)})(?![\w-])"
)
_ORG_PREFIXED = re.compile(r"(?<![\w-])(?:NHS|Bank of)(?:[ \t]+[A-Z][\w'’-]+){1,3}")
_GENERIC = _words(
    """
    social work services service children's childrens adult adults care health team
    department the and of local community family families support housing group city county
    borough district regional national my our
    """
)
_NOT_EMPLOYERS = (
    "scottish social services council", "sssc", "social work england", "social care wales",
    "northern ireland social care council", "niscc", "health and care professions council",
    "hcpc", "british association of social workers", "basw", "care inspectorate",
    "care quality commission", "unison", "social work scotland", "companies house",
    # residents' bodies: the people named in their minutes live there, they do not work there
    "community council", "parish council", "residents association", "residents' association",
)  # fmt: skip


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    alternatives = places.alternation((*places.UK_TOWNS, *places.ELSEWHERE), r"[ \t\u00a0]+")
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])", re.IGNORECASE)


_US_STATE = re.compile(rf",[ \t]*(?:{'|'.join(places.US_STATE_CODES)})(?![\w])")
_CAP_BEFORE = re.compile(r"[A-Z][a-z'’-]+[ \t]+$")


def mask(text: str, spans: Iterable[Span]) -> str:
    """``text`` with the spans blanked out (same length, so offsets still hold)."""
    chars = list(text)
    for start, end in spans:
        for k in range(max(0, start), min(len(chars), end)):
            chars[k] = " "
    return "".join(chars)


def employer_spans(text: str, subject: Subject) -> list[tuple[str, Span]]:
    """Where the subject's employers are named in ``text``."""
    out = []
    for employer in subject.employers:
        match = find_employer(text, employer)
        if match is not None:
            out.append((employer, (match.start, match.end)))
    return out


def _location_variants(location: str) -> list[str]:
    first = location.split(",")[0].strip()
    return [v for v in dict.fromkeys([location.strip(), first]) if v]


def location_spans(text: str, subject: Subject) -> list[tuple[str, Span]]:
    """Where the subject's towns are named in ``text`` (accents and case ignored)."""
    out = []
    folded = fold(text)
    same_length = len(folded) == len(text)
    for location in subject.locations:
        for variant in _location_variants(location):
            pattern = phrase_pattern(fold(variant))
            match = next(
                (
                    m for m in re.finditer(pattern, folded, re.IGNORECASE)
                    # "on the Ballycastle Road": a road named after their town, elsewhere.
                    # (Where folding changed the text's length, offsets do not line up with
                    # the text and the check is skipped.)
                    if not (same_length and places.is_institution_place(text, m.start(), m.end()))
                ),
                None,
            )  # fmt: skip
            if match:
                span = (match.start(), match.end()) if same_length else (0, 0)
                out.append((location, span))
                break
    return out


def _compatible_place(place: str, subject: Subject) -> bool:
    p = fold(place)
    for location in subject.locations:
        for variant in _location_variants(location):
            v = fold(variant)
            if v and (p == v or p in v or v in p):
                return True
    return False


def other_places(text: str, subject: Subject) -> list[str]:
    """Towns named in ``text`` that are none of the subject's (as written, first seen first).

    The well-known towns count wherever they are written; the gazetteer's thousands of smaller
    ones only where the words make them a place (:func:`places.places_in_context`). Town names
    that are also surnames are skipped right after a capitalised word ("Tom Hamilton"), and a
    town in an institution's name ("University of Plymouth") is not where anyone is. Pass text
    with the subject's own name and employer already masked out.
    """
    found: list[str] = []
    for match in _place_pattern().finditer(text):
        written = match.group(0)
        if not written[0].isupper():
            continue
        key = fold(written)
        if key in places.SURNAME_LIKE and _CAP_BEFORE.search(text[: match.start()]):
            continue
        if places.is_institution_place(text, match.start(), match.end()):
            continue  # "University of Plymouth": where they studied, not where they are
        if _compatible_place(written, subject):
            continue
        if written not in found:
            found.append(written)
    # Any other town or village, where the words say someone is there ("of Studfall Avenue,
    # Corby", "shop in Hebden Bridge").
    for written, _, _ in places.places_in_context(text):
        if written not in found and not _compatible_place(written, subject):
            found.append(written)
    if _US_STATE.search(text):
        found.append("a US state")
    return found


_FUNDRAISING = re.compile(
    r"(?i)\b(?:rais(?:e|es|ed|ing)|in\s+aid\s+of|donat(?:e|ed|ing|ions?)|sponsor(?:ed|ing)?"
    r"|fundrais\w*|for\s+charity)\b[^.;!?\n]{0,50}$"
)


def _raised_for(text: str, org: str) -> bool:
    """Is every mention of ``org`` in ``text`` the cause money is raised for?"""
    starts = [m.start() for m in re.finditer(re.escape(org), text)]
    return bool(starts) and all(
        _FUNDRAISING.search(text[max(0, start - 70) : start]) for start in starts
    )


def _is_generic(org: str) -> bool:
    words = [w for w in re.split(r"[^\w'’]+", fold(org)) if w]
    return all(w in _GENERIC for w in words)


def _not_an_employer(org: str) -> bool:
    folded = " ".join(re.split(r"[^\w]+", fold(org))).strip()
    return any(body in folded or (len(folded) > 3 and folded in body) for body in _NOT_EMPLOYERS)


def other_employers(text: str, subject: Subject) -> list[str]:
    """Organisations in ``text`` that look like a workplace and are none of the subject's.

    Businesses and public bodies by their form ("Whitlock & Co", "Leeds City Council", "NHS
    Lothian"), and any organisation the text says someone works at ("lecturer at the University
    of Leeds"). Regulators, unions and professional bodies are never a workplace.
    """
    candidates: list[str] = []
    for pattern in (_ORG_SUFFIXED, _ORG_PREFIXED):
        candidates += [m.group(0) for m in pattern.finditer(text)]
    candidates += [m.value for m in discover_orgs(text)]
    found: list[str] = []
    for org in candidates:
        org = org.strip(" .,;:")
        if not org or _is_generic(org) or _not_an_employer(org):
            continue
        if _raised_for(text, org):
            continue  # "raising £3,240 for the Moors Memory Trust": a cause, not a job
        if any(same_org(org, e) or fold(e) in fold(org) for e in subject.employers):
            continue
        if org not in found:
            found.append(org)
    return found
