"""Speaker-labelled transcripts in a page's markup: a podcast's or a radio show's words, each
turn under the name of whoever spoke it. Two layouts are common:

- a definition list, the speaker in ``<dt>`` and their words in the ``<dd>`` after it;
- paragraphs opening with the speaker in bold ("<p><strong>Callum:</strong> So I'll get in
  for seven...</p>").

The label is the only thing that says whose words a turn is. A transcript names its speakers
by given name ("Eilidh") once the page has introduced them in full, so a given name alone
counts only on a page that names the subject in full: on a namesake's page it is someone
else's. The subject's turns are read as their own words on a page that is not theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from bs4 import BeautifulSoup, Tag

from .names import is_handle, looks_like_subject, mentions_name, name_tokens

MIN_TURNS = 3
"""Fewer labelled turns than this are a caption ("Guest: Callum Pryce"), not a conversation."""
MAX_TURNS = 2_000
_LABEL = re.compile(r"^\s*(?P<who>[^\W\d][\w .'’-]{0,38}?)\s*:\s*$")
"""A speaker label in bold: a short name and a colon, nothing else ("Callum:")."""


def _dl_turns(soup: BeautifulSoup) -> Iterator[list[tuple[str, str]]]:
    """Each definition list's (speaker, words) pairs: a ``<dt>`` and the ``<dd>`` after it."""
    for dl in islice(soup.find_all("dl"), 200):
        turns = []
        for dt in islice(dl.find_all("dt", recursive=False), MAX_TURNS):
            dd = dt.find_next_sibling(["dd", "dt"])
            if isinstance(dd, Tag) and dd.name == "dd":
                turns.append((dt.get_text(" ", strip=True), dd.get_text(" ", strip=True)))
        yield turns


def _bold_label_turns(soup: BeautifulSoup) -> list[tuple[str, str]]:
    """Paragraphs whose first child is a bold "Name:" label: (speaker, the rest of the words)."""
    turns = []
    for p in islice(soup.find_all("p"), MAX_TURNS * 2):
        first = next((c for c in p.children if not (isinstance(c, str) and not c.strip())), None)
        if not isinstance(first, Tag) or first.name not in ("strong", "b"):
            continue
        label = _LABEL.match(first.get_text(" ", strip=True))
        if label:
            words = p.get_text(" ", strip=True)[len(first.get_text(" ", strip=True)) :]
            turns.append((label.group("who"), words.strip()))
    return turns


def _table_turns(soup: BeautifulSoup) -> Iterator[list[tuple[str, str]]]:
    """Each table's (speaker, words) pairs: rows of two cells, the speaker first (a radio
    transcript laid out as "RA | Hi Dai, thanks for having me")."""
    for table in islice(soup.find_all("table"), 200):
        turns = []
        for row in islice(table.find_all("tr"), MAX_TURNS):
            cells = row.find_all(["td", "th"], recursive=False)
            if len(cells) == 2:
                who, words = (cell.get_text(" ", strip=True) for cell in cells)
                turns.append((who, words))
        yield turns


_INITIALS = re.compile(r"[A-Z]{2,3}")


def _spoken_initials(names: Sequence[str], page_text: str) -> frozenset[str]:
    """The initials ("ra", folded) of each of the subject's names whose given name the page
    calls a speaker by ("Ros in Shrewsbury" for Rosalind Acton): a transcript that keeps
    callers' surnames off air labels them so ("RA"). Worked out once per page, not per turn."""
    initials = set()
    for name in names:
        tokens = name_tokens(name)
        if len(tokens) >= 2 and re.search(rf"(?i)\b{re.escape(tokens[0])}\b", page_text):
            initials.add(tokens[0][0] + tokens[-1][0])
    return frozenset(initials)


def _is_conversation(turns: Sequence[tuple[str, str]]) -> bool:
    """Several turns by at least two speakers, one of whom speaks again, each label short
    enough to be a name. A list of names each with one description (a crew list, a cast
    list with bios) is people described, not people speaking."""
    speakers = [who.casefold() for who, _ in turns]
    return (
        len(turns) >= MIN_TURNS
        and 2 <= len(set(speakers)) < len(speakers)
        and all(0 < len(who.split()) <= 4 and len(who) <= 40 for who, _ in turns)
    )


def own_transcript_turns(
    soup: BeautifulSoup, page_text: str, names: Sequence[str], handles: Sequence[str]
) -> tuple[str, ...]:
    """The words the subject (by one of ``names`` or ``handles``) speaks in the page's
    transcripts, in order; nothing when the page has none or never names them in full."""
    named_in_full = any(len(name_tokens(n)) >= 2 and mentions_name(page_text, n) for n in names)
    initials: frozenset[str] | None = None  # worked out at the first label of initials
    said: list[str] = []
    for turns in [*_dl_turns(soup), *_table_turns(soup), _bold_label_turns(soup)]:
        if not _is_conversation(turns):
            continue
        for who, words in turns:
            if words and _INITIALS.fullmatch(who):
                if initials is None:
                    initials = _spoken_initials(names, page_text)
                if who.casefold() in initials:
                    said.append(words)
                    continue
            if not words or not looks_like_subject(who, names, handles):
                continue
            if len(name_tokens(who)) < 2 and not named_in_full and not is_handle(who, handles):
                continue  # "Eilidh" on a page that never says which Eilidh
            said.append(words)
    return tuple(said)
