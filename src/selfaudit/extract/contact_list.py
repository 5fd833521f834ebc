"""Whose a contact detail is in a list of contacts: a club's officers, a venue's line.

A club page or a scorecard's sidebar lists its officers one after another, each name on its
own line with that person's number and address under it ("Club Secretary / Graham Oakes /
0116 496 0412 / secretary@example.org"). When the subject wrote something on that page, the
whole page is tied to her, so without this every officer's number would read as hers. The
name line nearest above a detail says whose it is; a line that starts "Ground:" or "Venue:"
gives a place's details, not a person's.
"""

from __future__ import annotations

import re

from .text import words

_CONTACT_LINE = re.compile(
    r"^\s*(?:(?:tel|mob|mobile|phone|email|e-mail)\s*[:.]?\s*)?"
    r"(?:[+(]?\d[\d ()-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$",
    re.IGNORECASE,
)
"""A line that holds only a number or an address (the lines between a name and the detail)."""

_NAME_LINE = re.compile(r"^\s*(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*(?P<rest>.*)$")
"""A line that starts with two or three capitalised words: a person's name, or a role."""

_NOT_NAME_WORDS = words(
    """club secretary captain lead officer chair chairman chairperson treasurer manager
    coordinator president coach contact contacts team office ground welfare safeguarding
    membership fixtures head vice general enquiries bookings press media social junior juniors
    senior youth women girls men boys school church chapel council service services hub centre
    center house hall road street lane find call email phone mobile tel home work about more
    follow join visit website admin support the of and for our your get in touch main duty
    reception booking sunday saturday monday tuesday wednesday thursday friday first second
    third team's kit shop bar pavilion"""
)
"""Words a role, an office or a heading has ("Club Secretary", "Welfare Officer", "Get In
Touch") and a person's name does not."""

_VENUE_LABEL = re.compile(
    r"(?im)^\s*(?:ground|venue|pitch|club\s*house|pavilion|home\s+ground)\s*:[^\n]*$"
)
"""A line that gives a place's details ("Ground: The Paddock, Swithland Lane ... 0116 ...")."""

_LINE_CAP = 200
"""Characters read per line looked back over: a name line is short."""
_LOOK_BACK = 4
"""How many lines above a detail to look for the name: enough for a number and an address
under one name, not so many that a list's heading is read as its owner."""


def named_above(text: str, start: int) -> str | None:
    """The person's name a contact detail sits under in a list, if a name is its nearest
    label: on its own line just above (skipping the person's other details) or at the start
    of its line ("Charlie Kettle 0116 496 0459"). None when the nearest label is not a
    name (a role, a heading, the subject's own words)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    if before:
        return _name_of(before)
    # A window, not all the text before: a page may give many numbers.
    window = text[max(0, line_start - _LOOK_BACK * _LINE_CAP) : line_start]
    lines = window.split("\n")[-_LOOK_BACK - 1 : -1]
    for line in reversed(lines):
        if not line.strip():
            return None  # a blank line ends the card
        if _CONTACT_LINE.match(line):
            continue
        return _name_of(line)
    return None


def _name_of(label: str) -> str | None:
    match = _NAME_LINE.match(label)
    if not match or match.group("rest").strip(" \t·•|,:–-"):
        return None
    name = match.group("name")
    if any(word.lower() in _NOT_NAME_WORDS for word in name.split()):
        return None
    return name


def on_venue_line(text: str, start: int) -> bool:
    """Is the detail at ``start`` on a line that gives a ground's or venue's details?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return bool(_VENUE_LABEL.match(line))
