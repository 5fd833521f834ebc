"""Small text helpers shared by the extractors: decoding, sentences, excerpts, phrase patterns.

Kept apart so each extractor reads as its rules, not as string plumbing.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from ..models import Page

MAX_TEXT = 200_000
"""Cap on the visible text kept per page: enough for any profile, bounded for hostile pages."""

MAX_MATCHES = 200
"""How many matches of one pattern a page is searched for: a real profile has a handful; a
page with thousands (a directory, a spam dump) would only cost time."""

MAX_BODY = 4_000_000
"""Cap on the bytes parsed per page; the network layer caps responses too, this is a backstop."""

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        return None


def decode(page: Page) -> str:
    """The page body as text, trusting the bytes over what the server or page claims.

    Strict UTF-8 wins when it decodes (a charset label is often wrong, valid UTF-8 rarely is by
    accident); then the declared charset, the ``<meta charset>``, and cp1252 with replacement,
    which cannot fail. NUL bytes are dropped: no parser downstream wants them.
    """
    body = page.body[:MAX_BODY] if page.body else b""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", errors="replace").replace("\x00", "")
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return body[2:].decode(enc, errors="replace").replace("\x00", "")
    try:
        return body.decode("utf-8").replace("\x00", "")
    except UnicodeDecodeError:
        pass
    declared = _codec(page.encoding)
    if declared is None:
        match = _CT_CHARSET.search(page.content_type or "")
        declared = _codec(match.group(1)) if match else None
    if declared is None:
        match = _META_CHARSET.search(body[:4096])
        declared = _codec(match.group(1).decode("ascii", "ignore")) if match else None
    if declared in (None, "utf-8", "ascii"):
        declared = "cp1252"
    try:
        return body.decode(declared, errors="replace").replace("\x00", "")
    except (LookupError, ValueError):  # a codec that rejects `errors` or is not a text codec
        return body.decode("cp1252", errors="replace").replace("\x00", "")


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def words(text: str) -> frozenset[str]:
    """A set of words written as one string: word lists read better as prose than as lists."""
    return frozenset(text.split())


def tidy(text: str) -> str:
    """Collapse runs of spaces on each line and drop empty lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d"
"""Pictographs, dingbats, and the joiner and variation selector that build them up."""
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"'”’)]*\s+|\n+|(?<=[" + EMOJI + r"])\s+(?=[A-Z])"
)
"""Full stops, line breaks, and an emoji followed by a capital: posts use "☀️" as a full stop
("... this morning ☀️ Huge thanks to everyone ...")."""


_INITIAL_END = re.compile(r"(?:^|[\s(])[A-Z]\.$")
"""A sentence so far that ends in an initial ("One man I'll call D."): the sentence goes on
when the next word is in lower case ("D. moved in after eighteen months")."""


_WRAP_AT, _WRAPPED_MAX = 55, 80
"""How long a line must be to have been wrapped by a mail program (which wraps at 72-78
characters) rather than ended by its writer; a longer line was never wrapped."""


def _hard_wrapped(text: str, at: int) -> bool:
    """Does the line break at ``at`` only wrap a long line mid-sentence: the line before is
    long and ends in no punctuation, and the next goes on in lower case ("admitted\nto
    hospital")?"""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    after = text[at + 1 : at + 2]
    return (
        _WRAP_AT <= len(line) <= _WRAPPED_MAX
        and after.islower()
        and line.rstrip()[-1:] not in ".!?:;…"
        and not line.lstrip().startswith(">")
    )


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs, split at sentence punctuation and line breaks."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if (
            "\n" not in match.group(0)
            and text[match.end() : match.end() + 1].islower()
            and _INITIAL_END.search(text, max(start, match.start() - 3), match.start())
        ):
            continue  # "call D. moved in": an initial, not the end
        if (
            "\n" not in match.group(0)
            and text[match.end() : match.end() + 1].islower()
            and re.match(r"[.!?…]+[\"”’']", text[match.start() - 1 : match.end()])
        ):
            continue  # 'the answer to “how do you fit this in?” is that ...': a quotation
        if match.group(0) == "\n" and _hard_wrapped(text, match.start()):
            continue  # a plain-text email's line, wrapped at 72 in the middle of a sentence
        closing = len(match.group(0)) - len(match.group(0).lstrip("\"'”’)"))
        chunk = text[start : match.start() + closing].strip()  # with its closing quote
        if chunk:
            yield text.index(chunk, start), chunk
        start = match.end()
    tail = text[start:].strip()
    if tail:
        yield text.index(tail, start), tail


def shorten(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def excerpt(text: str, start: int, end: int, width: int = 50) -> str:
    """A short one-line window of ``text`` around ``[start, end)`` for a finding's evidence."""
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    snippet = one_line(text[lo:hi])
    if lo > 0:
        snippet = "…" + snippet
    if hi < len(text):
        snippet += "…"
    return snippet


def phrase_pattern(phrase: str, ampersand: bool = False) -> str:
    """A regex for ``phrase`` as whole words, tolerant of any run of spaces between words and
    of either apostrophe ("Children's" is also "Children’s"); with ``ampersand``, "and" and
    "&" are one word, as in an organisation's name ("Carse & Teith Council")."""
    words = [
        "(?:and|&)" if ampersand and w.lower() in ("and", "&")
        else re.sub(r"['’]", "['’]", re.escape(w))
        for w in phrase.split()
    ]  # fmt: skip
    if not words:
        return r"(?!x)x"
    return r"(?<![\w])" + r"[\s\u00a0]+".join(words) + r"(?![\w])"


TRAILING_PUNCT = " \t.,;:!?-–—|/\\\"'“”‘’()[]{}*•·"


def trim(value: str) -> str:
    """An organisation or place as written, without trailing punctuation or possessive."""
    value = one_line(value).strip(TRAILING_PUNCT)
    for suffix in ("'s", "’s"):
        if value.endswith(suffix):
            value = value[: -len(suffix)]
    return value.strip(TRAILING_PUNCT)
