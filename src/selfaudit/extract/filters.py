"""False-positive filters, kept apart from the detectors that use them.

A detector says "this looks like a phone number"; a filter says "but it is a date, a sort code,
a charity number". Keeping the two apart (as detect-secrets does) lets each filter be tested on
its own and reused by any detector that meets the same look-alikes.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

_DATE = re.compile(r"^\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})\s*$")
_DATE_RANGE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?")
_YEARS = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2}))?\s*$")
_SORT_CODE = re.compile(r"^\s*\d{2}[- ]\d{2}[- ]\d{2}\s*$")
_CHARITY_OR_COMPANY = re.compile(r"\b(?:SC|NI|OC|SO|NC|FC)\s?\d{5,6}\b", re.IGNORECASE)

# Words that, shortly before a number, say it is not a phone number.
_ID_CONTEXT = re.compile(
    r"(?i)\b(?:sort\s*code|account(?:\s*(?:no|number))?|acct|a/c|iban|bic|swift"
    r"|ref(?:erence)?|case(?:\s*(?:no|number|ref|id))?|order(?:\s*(?:no|number))?"
    r"|invoice|receipt|ticket|booking|tracking|serial|policy|membership|member\s*no"
    r"|charity(?:\s*(?:no|number|reg(?:istration)?))?|registered\s+charity|scottish\s+charity"
    r"|company(?:\s*(?:no|number|reg(?:istration)?))?|registered\s+(?:in|company)|crn|vat"
    r"|reg(?:istration|istered)?\.?\s*(?:no|number)|nhs(?:\s*(?:no|number))?|ni\s*(?:no|number)"
    r"|national\s+insurance|id|isbn|issn|sssc(?:\s*(?:no|number|registration))?|pin|pvg"
    r"|postcode|price|cost)\b\W*$|[£$€]\s*$"
)
_PHONE_CONTEXT = re.compile(
    r"(?i)\b(?:call(?:s|ing)?|mob(?:ile)?|tel(?:ephone)?|phone|ph|whats\s?app|text(?:\s+me)?"
    r"|txt(?:\s+me)?|ring(?:\s+me)?|cell|contact(?:\s+me)?(?:\s+on)?|fax|sms|signal|my\s+number"
    r"|(?:reached|contacted)\s+on|(?:work|direct|office|land|mobile)\s*line)\b"
)

PHONE_CONTEXT_WINDOW = 30
"""How far after "call", "mob", "tel"... a number may start and still be read as a phone."""


def not_a_phone(text: str, start: int, end: int) -> str | None:
    """Why the number-like span ``text[start:end]`` is not a phone number, or None if it may be.

    Rejects dates, times, years and year ranges, sort codes (12-34-56), and numbers labelled
    as references, case/order/account numbers, charity or company numbers and the like.
    """
    raw = text[start:end]
    if _SORT_CODE.match(raw):
        return "sort code"
    if _DATE.match(raw) or _DATE_RANGE.search(raw):
        return "date"
    if _TIME.fullmatch(raw.strip()):
        return "time"
    if _YEARS.match(raw):
        return "year"
    before = text[max(0, start - 40) : start]
    after = text[end : end + 3]
    if after[:1] in (":", ".") and after[1:2].isdigit():  # the start of a time or decimal
        return "number run"
    if after[:1] == "/" or before[-1:] == "/":
        return "date or path"
    if re.search(r"[A-Za-z]\Z", before) or re.match(r"[A-Za-z]", after):
        return "part of a code"
    if re.search(r"[A-Za-z0-9]-\Z", before) or re.match(r"-[A-Za-z0-9]", after):
        return "part of a code"  # "BM-2025-0412", "JC-2025-0077": a hyphenated reference
    if _CHARITY_OR_COMPANY.search(text[max(0, start - 3) : end]):
        return "charity or company number"
    if _ID_CONTEXT.search(before):  # the label sits right before the number
        return "reference number"
    return None


_PHONE_LABEL_AFTER = re.compile(
    r"[ \t]*(?:\n[ \t]*)?[(\-–·|:]?[ \t]*(?:mobile|mob|phone|tel|telephone|whatsapp|cell)\b",
    re.IGNORECASE,
)
"""A phone's label written after it, as Facebook's About page does ("07700 900284 Mobile")."""


def phone_context(text: str, start: int, end: int | None = None) -> bool:
    """Does a phone word ("call", "mob", "tel", "WhatsApp", "text me", "ring") end within
    :data:`PHONE_CONTEXT_WINDOW` characters before ``start``, or label the number right after
    its ``end``?"""
    window = text[max(0, start - PHONE_CONTEXT_WINDOW - 12) : start]
    for match in _PHONE_CONTEXT.finditer(window):
        if len(window) - match.end() <= PHONE_CONTEXT_WINDOW:
            return True
    return end is not None and _PHONE_LABEL_AFTER.match(text, end) is not None


_IMAGE_EXT = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|bmp|ico|tiff?|heic|avif)$", re.IGNORECASE)


def not_an_email(address: str) -> str | None:
    """Why ``address`` only looks like an email (``logo@2x.png``), or None if it is one."""
    local, _, domain = address.rpartition("@")
    if not local or not domain or "." not in domain:
        return "no domain"
    if _IMAGE_EXT.search(domain) or re.match(r"^\d+(?:\.\d+)?x\.", domain, re.IGNORECASE):
        return "image file name"
    tld = domain.rsplit(".", 1)[-1]
    if not tld.isalpha() or len(tld) < 2:
        return "no top-level domain"
    if ".." in domain or domain.startswith((".", "-")):
        return "malformed domain"
    return None


def is_fetchable_image(url: str) -> bool:
    """An http(s) photo that may carry EXIF: not an inline data: URI, an SVG/GIF/icon, or a
    tracking pixel."""
    if not url.startswith(("http://", "https://")):
        return False
    path = urlparse(url).path.lower()
    if path.endswith((".svg", ".gif", ".ico")):
        return False
    return not re.search(r"pixel|tracking|beacon|spacer|favicon|/emoji/|sprite", url, re.I)
