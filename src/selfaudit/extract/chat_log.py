"""Plain-text chat logs and thread exports on a page: a Discord or WhatsApp export pasted into
a paste site, an IRC log, a Facebook thread saved as Markdown. A chat line is one message,
its writer before a colon ("[19:03] snaredrumcal: cant do thursday practice though"); an
exported thread gives each comment a header line ("> **Euan Strachan** · 08:31") and its
words on the lines under it; a board of signed notes closes each with "— Name". That prefix,
header or signature is the only thing that says whose words a line is. The subject's are their
own words, read as such on a page that is not theirs."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from itertools import islice

from .names import looks_like_subject

_STAMP = (
    r"\[[^\]\n]{1,40}\]"  # "[19:03]", "[12/03/2024 19:03]"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?[ \t]*-"
    r"|\d{1,2}:\d{2}(?::\d{2})?"  # "19:03 snaredrumcal: ..." (IRC)
)
_CHAT_LINE = re.compile(
    rf"(?m)^[ \t]*(?:{_STAMP})[ \t]*"
    rf"(?:<(?P<nick>[^\s<>]{{1,40}})>|<?(?P<who>[^:\n<>\[\]]{{1,40}}?)>?:)"
    rf"[ \t]+(?P<words>\S[^\n]*)$"
)
"""A time stamp, the writer (IRC's "<nick>", or a name and a colon), the message."""
_MIN_LINES = 3
"""Fewer stamped lines than this are not a log ("[Update 19:03] Note: ..." in an article)."""
_QUOTE = re.compile(r"^(?:>|&gt;)")
"""A message that quotes another (Discord's "> ..."): the quoted words are someone else's."""


_HEADER = re.compile(
    r"(?m)^[ \t>#]*(?:(?:Post|Comment|Reply)[ \t]+by[ \t]+)?\*\*(?P<who>[^*\n]{1,60})\*\*"
    r"[ \t]*[·•|-][^\n]*$"
)
"""An exported comment's header: its writer in bold, then a time ("> **Sheena Kidd** · 07:52")."""
_QUOTE_MARKS = re.compile(r"(?m)^[ \t>]+")


def _writer(line: re.Match[str]) -> str:
    return line.group("nick") or line.group("who")


def own_chat_lines(
    text: str, names: Sequence[str], handles: Sequence[str]
) -> tuple[str, ...]:
    """The messages of a chat log or a thread export in ``text`` that the subject wrote (by
    one of their ``names`` or ``handles``), in order; nothing when ``text`` holds neither."""
    if not names and not handles:
        return ()

    def theirs(who: str) -> bool:
        return looks_like_subject(who.strip(), names, handles)

    lines = list(islice(_CHAT_LINE.finditer(text), 5_000))
    said = []
    if len(lines) >= _MIN_LINES:
        said += [
            m.group("words").strip() for m in lines
            if not _QUOTE.match(m.group("words")) and theirs(_writer(m))
        ]  # fmt: skip
        said += _introduced_callers_lines(lines, names)
    headers = list(islice(_HEADER.finditer(text), 1_000))
    if len(headers) >= _MIN_LINES:
        for header, after in zip(headers, [*headers[1:], None], strict=True):
            if theirs(header.group("who")):
                body = text[header.end() : after.start() if after else len(text)]
                words = _QUOTE_MARKS.sub("", body).strip()
                said += [p for p in words.split("\n") if p.strip() and p.strip() != "---"]
    said += _csv_rows(text, theirs)
    signatures = list(islice(_SIGNATURE.finditer(text), 1_000))
    if len(signatures) >= _MIN_SIGNED:
        for signature in signatures:
            if theirs(signature.group("who")):
                said += _note_above(text, signature.start())
    return tuple(said)


_CSV_COLUMN = r"\"?[A-Za-z_][\w ]{0,30}\"?"
_CSV_HEADER = re.compile(rf"(?m)^[ \t]*{_CSV_COLUMN}(?:,{_CSV_COLUMN}){{2,15}}$")
"""A CSV export's header line ("thread,post_id,author,posted_at,body") pasted into a page."""
_CSV_AUTHOR = re.compile(r"(?i)^(?:author|user(?:name)?|poster|sender|from|name|posted_by)$")
_CSV_WORDS = re.compile(r"(?i)^(?:body|text|message|content|comment|post)$")


def _csv_rows(text: str, theirs: Callable[[str], bool]) -> list[str]:
    """The subject's rows of a CSV export pasted into a page (a forum thread exported with
    "author" and "body" columns): only the author column says whose words a row is."""
    said: list[str] = []
    for header in islice(_CSV_HEADER.finditer(text), 5):
        columns = [c.strip().strip('"') for c in next(csv.reader([header.group(0).strip()]))]
        who = next((i for i, c in enumerate(columns) if _CSV_AUTHOR.match(c)), None)
        words = next((i for i, c in enumerate(columns) if _CSV_WORDS.match(c)), None)
        if who is None or words is None:
            continue
        lines = text[header.end() :].lstrip("\n").split("\n")[:2_000]
        for row in csv.reader(lines):
            if len(row) != len(columns):
                break  # the export ends where a line is not a row of it
            if theirs(row[who]) and row[words].strip():
                said.append(row[words].strip())
    return said


_ANONYMOUS = re.compile(r"(?i)^(?:caller|guest|listener|contributor|audience member)$")
"""A transcript's label for whoever is on the line: who it is, only the host's introduction
says."""
_GREETING = (
    r"good\s+(?:morning|afternoon|evening)|morning|afternoon|evening|hello|hi|welcome"
    r"|you['’]re\s+(?:on|live)|go\s+ahead|over\s+to\s+you"
)
_INTRODUCTION = re.compile(
    rf"(?:^|[.!?,]\s+|\bto\s+|\bit['’]s\s+|\bwith\s+|(?:{_GREETING}),?\s+)"
    r"(?P<name>[A-Z][\w'’-]{1,30})"
    rf"(?:\s+(?:in|from|of)\s+[A-Z]|,\s+(?:{_GREETING})\b|\s+on\s+the\s+line\b|[.!?]?$)"
)
"""A host bringing in a caller by first name: "Now, Morven in Falkirk, good morning", "Let's go to
Mhairi in Stirling", "Denise, you're on the Forth Phone-In", "Morning, Graham."."""


def _introduced_callers_lines(lines: Sequence[re.Match[str]], names: Sequence[str]) -> list[str]:
    """A phone-in transcript's lines labelled only "CALLER:", where the host introduced the
    subject by their given name ("Morven in Falkirk, good morning"): theirs until the host
    brings in someone else. A host's line that names nobody ("Thanks, and thank you for what
    you do") leaves the caller on the line."""
    given = {n.split()[0].casefold() for n in names if n.split()}
    said: list[str] = []
    on_line: bool | None = None  # None: nobody introduced yet
    for line in lines:
        words = line.group("words").strip()
        if _ANONYMOUS.match(_writer(line).strip()):
            if on_line and not _QUOTE.match(words):
                said.append(words)
            continue
        introduced = {m.group("name").casefold() for m in _INTRODUCTION.finditer(words)}
        introduced -= _NOT_A_CALLER
        if introduced:
            on_line = bool(introduced & given) and not (introduced - given)
    return said


_NOT_A_CALLER = frozenset({
    "thanks", "thank", "right", "now", "first", "next", "okay", "ok", "well", "so", "and",
    "but", "yes", "no", "lines", "it",
})  # fmt: skip
"""Capitalised words an introduction pattern could take for a name ("Thanks Graham.")."""


_SIGNATURE = re.compile(
    r"(?m)^[ \t]*[—–][ \t]*(?P<who>[^\n()—–,]{3,60}?)[ \t]*(?:\([^)\n]*\))?[ \t]*$"
)
"""A note's signature on a line of its own: "— Aoife McCreesh (capt.)" under each team's note
in a league table. (A signature with a town after a comma, "– Sheena, Paisley", is not read.)"""
_MIN_SIGNED = 2
"""One signed line is an article's pull quote; a list of them is a board of signed notes."""
_NOTE_LINES = 5


def _note_above(text: str, end: int) -> list[str]:
    """The note a signature closes: the lines above it, up to a short line (a table's points
    column, a heading) or the previous signature."""
    note: list[str] = []
    for line in reversed(text[:end].rstrip("\n").split("\n")[-_NOTE_LINES:]):
        if len(line.split()) < 4 or _SIGNATURE.fullmatch(line):
            break
        note.insert(0, line.strip())
    return note
