"""Email: an address that reaches the subject, lower-cased.

Found in the text, ``mailto:`` links, JSON-LD/h-card/API fields, and in the forms people use to
dodge harvesters, which harvest just as well: "name at example dot org", "name [at] example
[dot] org", "name(at)example.org". Things shaped like addresses that are not (``logo@2x.png``)
are dropped by :func:`selfaudit.extract.filters.not_an_email`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from ..models import Finding, FindingKind, Subject
from .base import Document, Extractor, block_contexts, points_to_other, tied_to_subject
from .filters import not_an_email
from .text import MAX_MATCHES, excerpt, words

_PLAIN = re.compile(
    r"(?<![\w.+%@-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+"
)
_BRACKET_AT = r"\s*[\[({<]\s*at\s*[\])}>]\s*"
_BRACKET_DOT = r"\s*[\[({<]\s*dot\s*[\])}>]\s*"
_WORD_DOT = r"\s+dot\s+"
_LOCAL = r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
_ANY_DOT = rf"(?:{_BRACKET_DOT}|{_WORD_DOT}|\.)"
# The obfuscated forms are read around each "at": the address's local part must end right
# before it and its domain start right after. (One pattern run along the whole text tried
# every start and backtracked through every "dot" after it: quadratic on "a dot a dot ...".)
_WINDOW = 300
"""How far an obfuscated address may reach on either side of its "at"."""
_BRACKET_AT_RE = re.compile(rf"(?i){_BRACKET_AT}")
_WORD_AT_RE = re.compile(r"(?i)\s+at\s+")
# "name [at] example [dot] org", "name(at)example.org": a bracketed "at", any dots.
_BRACKET_LOCAL = re.compile(rf"(?i)(?P<local>{_LOCAL}(?:{_BRACKET_DOT}{_LABEL})*)$")
_BRACKET_DOMAIN = re.compile(rf"(?i)(?P<domain>{_LABEL}(?:{_ANY_DOT}{_LABEL})+)(?![\w])")
# "name at example dot org": a plain " at " needs at least one spelled-out dot to count.
_WORDS_LOCAL = re.compile(rf"(?i)(?P<local>{_LOCAL}(?:(?:{_BRACKET_DOT}|{_WORD_DOT}){_LABEL})*)$")
_WORDS_DOMAIN = re.compile(
    rf"(?i)(?P<domain>{_LABEL}(?:(?:{_BRACKET_DOT}|{_WORD_DOT}|\.){_LABEL})*"
    rf"(?:{_BRACKET_DOT}|{_WORD_DOT}){_LABEL}(?:{_ANY_DOT}{_LABEL})*)(?![\w])"
)
_DOTS = re.compile(rf"(?i){_BRACKET_DOT}|{_WORD_DOT}")
_GLUED_WORD = re.compile(r"(?<=[a-z])\.?[A-Z][a-z]+$")
"""A capitalised word glued on after the address by a layout ("example.com.Watch",
"example.comWatch"): a sentence going on, not a top-level domain (written in lower case)."""
_SPELT_TLDS = words(
    "org com net uk ie eu io me info scot wales cymru edu gov ac co nhs biz online email"
)
"""Endings an address spelt out in words ("name at example dot org") is taken to have: the
plain-word form matches ordinary sentences too ("a line at siobhan dot maguire")."""

_SHARED_LOCAL = words(
    """info hello hi enquiries enquiry contact contactus bookings booking admin office general
    team sales support press media events news newsletter editor membership members secretary
    reception noreply no-reply donotreply webmaster hr jobs careers recruitment alumni referrals
    duty accounts orders shop boxoffice box-office tickets"""
)
"""Local parts of a shared inbox (``alumni@``, ``info@``, ``bookings@``): an organisation's,
read by whoever is on duty, not an address that reaches the subject."""
_SHARED_BEFORE = re.compile(
    r"(?i)\b(?:(?:general|press|media|other|all)\s+enquiries|group\s+bookings|office)"
    r"\b[^@\n]{0,30}$"
)
"""Text before an address that says it is an organisation's inbox ("For general enquiries use
shufflers@example.com", "Placements office: sw-placements@example.org", "box office"), on a
page that also gives the subject's own."""


def shared_inbox(value: str, text: str = "", start: int = 0) -> bool:
    """Is ``value`` (written at ``text[start:]``) an organisation's shared inbox?"""
    if value.split("@", 1)[0] in _SHARED_LOCAL:
        return True
    if not text or start < 0:
        return False
    return _SHARED_BEFORE.search(text, max(0, start - 60), start) is not None


def normalise(address: str) -> str | None:
    """Lower-cased address, or None when it is not one."""
    address = address.strip().strip(".,;:").lower()
    if not address or not_an_email(address):
        return None
    local = address.split("@", 1)[0]
    if ".." in local or local.endswith("."):
        return None  # "ruarid...@example.co.uk": an archive's masked address, not one
    return address


def addresses_in_text(text: str) -> Iterator[tuple[str, int, int]]:
    """(address, start, end) for plain and obfuscated addresses in ``text``."""
    for match in islice(_PLAIN.finditer(text), MAX_MATCHES):
        written = _GLUED_WORD.sub("", match.group(0))  # "...@example.com.Watch the video"
        value = normalise(written)
        if value:
            yield value, match.start(), match.start() + len(written)
    taken: list[tuple[int, int]] = []
    forms = ((_BRACKET_AT_RE, _BRACKET_LOCAL, _BRACKET_DOMAIN, False),
             (_WORD_AT_RE, _WORDS_LOCAL, _WORDS_DOMAIN, True))  # fmt: skip
    for at_pattern, local_pattern, domain_pattern, spelt in forms:
        for at in islice(at_pattern.finditer(text), MAX_MATCHES):
            lo = max(0, at.start() - _WINDOW)
            local_match = local_pattern.search(text[lo : at.start()])
            domain_match = domain_pattern.match(text[at.end() : at.end() + _WINDOW])
            if local_match is None or domain_match is None:
                continue
            start = lo + local_match.start()
            end = at.end() + domain_match.end()
            if any(start < e and s < end for s, e in taken):
                continue  # "a line at siobhan [dot] maguire [at] ...": inside another address
            domain = _DOTS.sub(".", domain_match.group("domain"))
            local = _DOTS.sub(".", local_match.group("local"))  # "tomasz dot wojcik at ..."
            value = normalise(f"{local}@{domain}")
            if value and spelt and domain.rsplit(".", 1)[-1].lower() not in _SPELT_TLDS:
                continue  # "line at t dot wrona": no address ends in .wrona
            if value:
                taken.append((start, end))
                yield value, start, end


class EmailExtractor(Extractor):
    kind = FindingKind.EMAIL

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        """Addresses that are the subject's: given by them, in their own profile's fields, or
        on their own page or next to their name (as for phones)."""
        given = {normalise(e) for e in subject.emails}
        given.discard(None)
        text = doc.all_text
        folded = text.lower()
        for link in doc.mailto_links:
            context = doc.link_context.get(link, ())
            for part in link.split(","):
                value = normalise(part)
                if value and value not in given and shared_inbox(value, text, folded.find(value)):
                    continue  # the link's text is the address: read what is written before it
                if value and (value in given or tied_to_subject(doc, subject, context)):
                    yield self.finding(doc, value, f"mailto: link {part.strip()}")
        for fact in doc.facts.emails:
            value = normalise(fact.value)
            if value:
                yield self.finding(doc, value, f"{fact.source}: {fact.value}")
        found = sorted(addresses_in_text(text), key=lambda hit: hit[1])
        for value, start, end in found:
            if value not in given:
                if shared_inbox(value, text, start):
                    continue
                if not tied_to_subject(doc, subject, block_contexts(doc, text, start, end)):
                    continue
                if points_to_other(text, start, subject):
                    continue
            yield self.finding(doc, value, excerpt(text, start, end))
