"""Phone: a number that reaches the subject, written E.164.

A personal number on a public page is the most direct way for a stranger (or a person who uses
services) to reach a worker outside work, so it is always graded high.

Text is scanned with libphonenumber's matcher at VALID leniency (a number that is real in its
region). Numbers that are only POSSIBLE (right length, unassigned range, e.g. Ofcom's drama
mobiles 07700 900xxx) count only where the page says they are phones: a ``tel:`` link, a
profile's phone field, or "call", "mob", "tel", "WhatsApp", "text me", "ring" just before them.
Dates, times, years, sort codes and labelled reference/charity/company numbers are filtered out
(see :mod:`selfaudit.extract.filters`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from ..models import Finding, FindingKind, Subject
from .base import (
    Document,
    Extractor,
    block_contexts,
    line_at,
    points_to_other,
    tied_to_subject,
)
from .filters import not_a_phone, phone_context
from .text import MAX_MATCHES, excerpt

REGION = "GB"


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _long_enough(number: phonenumbers.PhoneNumber) -> bool:
    """Seven digits or more: "Tel: 0131" is a dialling code, not a number to call."""
    return len(str(number.national_number)) >= 7


def parse_possible(raw: str, region: str = REGION) -> str | None:
    """E.164 for a number given as a phone (a tel: link or a phone field), if it is possible."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number) or not _long_enough(number):
        return None
    return _e164(number)


def numbers_in_text(
    text: str, region: str = REGION, given: frozenset[str] = frozenset()
) -> Iterator[tuple[str, int, int]]:
    """(E.164, start, end) for each phone number written in ``text``. A number only
    POSSIBLE needs words that say it is a phone, unless it is one of ``given`` (the
    subject's own, which they asked us to look for: "07700 900236" bare in a page's intro)."""
    seen: set[int] = set()
    for leniency in (Leniency.VALID, Leniency.POSSIBLE):
        for count, match in enumerate(PhoneNumberMatcher(text, region, leniency=leniency)):
            if count >= MAX_MATCHES:
                break
            if match.start in seen:
                continue
            value = _e164(match.number)
            if (
                leniency is Leniency.POSSIBLE
                and value not in given
                and not (phone_context(text, match.start, match.end) and _long_enough(match.number))
            ):
                continue
            if not_a_phone(text, match.start, match.end):
                continue
            seen.add(match.start)
            yield value, match.start, match.end


_LISTING_DATE = re.compile(
    r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
)
_LISTING_TIME = re.compile(r"(?i)\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b")
"""A line with a day or a date and a time: an event's listing (a gig, a class, a meeting),
whose number is the venue's or the organiser's, unless it is one the subject gave us."""


def _listing(text: str, start: int, end: int) -> bool:
    """Is the number the last cell of an event's listing: a day or date and a time on its
    line or the few short lines (a table row's cells) just before it?"""
    row = text[max(0, start - 80) : start].rsplit("\n\n", 1)[-1] + line_at(text, start, end)
    return bool(_LISTING_DATE.search(row) and _LISTING_TIME.search(row))


def _labelled_other(context: Sequence[str], subject: Subject) -> bool:
    """Does a tel: link's own label give its number to someone else ("Advocacy duty line (not
    me!): 01632 960118" on her Linktree)?"""
    label = context[0] if context else ""
    number = re.search(r"[+(]?\d[\d ()-]{6,}", label)
    return number is not None and points_to_other(label, number.start(), subject)


class PhoneExtractor(Extractor):
    """Phones that are the subject's: one they gave us, one in their own profile's fields, or
    one on their own page or next to their name (see :func:`~.base.tied_to_subject`). Other
    people's numbers on the same page (officers, organisers, helplines) are left out."""

    kind = FindingKind.PHONE

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        given = frozenset(v for v in map(parse_possible, subject.phones) if v)
        for link in doc.tel_links:
            value = parse_possible(link)
            context = doc.link_context.get(link, ())
            theirs = tied_to_subject(doc, subject, context)
            if value and (value in given or (theirs and not _labelled_other(context, subject))):
                yield self.finding(doc, value, f"tel: link {link}")
        for fact in doc.facts.phones:
            value = parse_possible(fact.value)
            if value:
                yield self.finding(doc, value, f"{fact.source}: {fact.value}")
        for fact in doc.facts.work_phones:  # the employer's switchboard, or her direct line
            value = parse_possible(fact.value)
            if value and value in given:
                yield self.finding(doc, value, f"{fact.source}: {fact.value}")
        text = doc.all_text
        for value, start, end in numbers_in_text(text, given=given):
            if value not in given:
                if not tied_to_subject(doc, subject, block_contexts(doc, text, start, end)):
                    continue
                if points_to_other(text, start, subject):
                    continue
                if _listing(text, start, end):
                    continue  # "Sat 14 June 2025 | The Grove Inn, Holbeck | 9pm | 0113 ..."
            yield self.finding(doc, value, excerpt(text, start, end))
