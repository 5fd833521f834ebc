"""Make scraped (hostile) text safe to show: no control, escape or bidi-override characters.

Rich passes raw ESC through even inside ``Text``, and terminal escapes in a stranger's bio could
rewrite the worker's screen or plant a clickable OSC-8 link; bidi overrides can make text read
differently from what it is. Everything scraped goes through :func:`clean` before any renderer.
"""

from __future__ import annotations

import unicodedata

_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}


def clean(text: str, *, keep_newlines: bool = False, limit: int | None = None) -> str:
    out = []
    for ch in text:
        if ch in _BIDI:
            continue
        if ch in "\n\t" and keep_newlines:
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            out.append(" " if ch in "\n\r\t" else "")
        elif category in ("Cf", "Cs", "Co"):
            continue
        else:
            out.append(ch)
    result = "".join(out)
    if limit is not None and len(result) > limit:
        result = result[: limit - 1] + "…"
    return result


def is_web_link(url: str) -> bool:
    """Only http(s) addresses are ever made clickable."""
    return url.lower().startswith(("http://", "https://"))
