"""Folding text for comparison: one definition for names, organisations and places.

Kept apart from :mod:`selfaudit.extract` (which imports :mod:`selfaudit.places`) so that the
places module can fold without importing the extractors.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not split into a base letter and an accent.
_SPECIAL = str.maketrans(
    {"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae",
     "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d"}
)  # fmt: skip


def fold(s: str) -> str:
    """Lower-case ``s`` and strip accents, for comparing names and places written differently."""
    decomposed = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def squash(s: str) -> str:
    """:func:`fold` ``s`` to its letters and digits alone, for comparing an account's or a
    site's name however it is spaced or punctuated ("CragLog", "craglog", "crag_log")."""
    return re.sub(r"[\W_]", "", fold(s))
