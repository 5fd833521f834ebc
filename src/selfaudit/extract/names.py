"""Is this name the subject's? Shared by the extractors and the search feature.

Profiles and search results show names in many shapes ("Jo Bloggs", "J. Bloggs", "BLOGGS, Joanna",
"Joanna 🌻 Bloggs", "Dr Joanna Bloggs RSW"), so names are compared as folded tokens: accents,
case, titles, post-nominals and decoration are dropped, then the given names and the surnames are
compared separately, allowing initials and short forms. The rules lean towards "compatible": a
profile wrongly called someone else's hides real exposure, which is worse than a shared name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..folding import fold
from .text import words

_APOSTROPHES = re.compile(r"['’ʼ`]")
_NON_NAME = re.compile(r"[^\w-]+")
_TITLES = words(
    """mr mrs ms miss mx dr doctor prof professor rev sir dame lady lord cllr councillor"""
)
_POSTNOMINALS = words("""jr sr ii iii iv phd msc ba bsc ma mba rsw rgn rmn mbe obe cbe""")


def name_tokens(name: str) -> list[str]:
    """The folded words of a person's name, titles and post-nominals dropped.

    "Kelly, Morag" is read surname-first; apostrophes join (O'Neill -> oneill); hyphenated
    parts stay one token (their parts are compared separately later).
    """
    if not name:
        return []
    text = fold(name)
    if text.count(",") == 1:
        before, after = (part.strip() for part in text.split(","))
        if before and after and len(before.split()) == 1 and len(after.split()) <= 2:
            text = f"{after} {before}"
    text = _APOSTROPHES.sub("", text)
    tokens = []
    for raw in _NON_NAME.split(text):
        token = raw.strip("-_")
        if not token or token.isdigit() or token in _TITLES or token in _POSTNOMINALS:
            continue
        if not any(ch.isalpha() for ch in token):
            continue
        tokens.append(token)
    return tokens


def _parts(token: str) -> set[str]:
    return {p for p in token.split("-") if p} | {token}


def _given_compatible(a: str, b: str) -> bool:
    """Given names match exactly, as an initial, or as a short form ("Jo" for "Joanna").

    Two different double given names are two people ("Mei-Hua" is not "Mei-Ling"), though
    one part alone may be either ("Jean" for "Jean-Paul")."""
    if "-" in a and "-" in b and a != b:
        return False
    for x in _parts(a):
        for y in _parts(b):
            short, long_ = sorted((x, y), key=len)
            if short == long_:
                return True
            if len(short) == 1 and long_.startswith(short):
                return True
            # A short form is at least two letters shorter ("Jo" for "Joanna", "Rhod" for
            # "Rhodri"); one letter more is another name ("Ciara"/"Ciaran", "Paul"/"Paula").
            if len(short) >= 2 and long_.startswith(short) and len(long_) - len(short) >= 2:
                return True
    return False


def _surname_compatible(a: str, b: str) -> bool:
    """Surnames match exactly, on one part of a double-barrelled name, or as an initial."""
    if _parts(a) & _parts(b):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) == 1 and long_.startswith(short)


_USERNAME = re.compile(r"[_\d]")
"""A one-word name with an underscore or a digit is a username: it is the subject's only when
it is one of their handles (:func:`is_handle`)."""


def _tokens_compatible(ta: Sequence[str], tb: Sequence[str]) -> bool:
    if not ta or not tb:
        return False
    if len(ta) == 1 and len(tb) == 1:
        a, b = ta[0], tb[0]
        return a == b or (min(len(a), len(b)) >= 2 and _given_compatible(a, b))
    if len(ta) == 1 or len(tb) == 1:
        single, other = (ta[0], tb) if len(ta) == 1 else (tb[0], ta)
        if len(single) < 2 or _USERNAME.search(single):
            return False  # "calum_price_resi" is a username, not the given name "Cal"
        return _given_compatible(single, other[0]) or bool(_parts(single) & _parts(other[-1]))
    return _given_compatible(ta[0], tb[0]) and _surname_compatible(ta[-1], tb[-1])


def names_compatible(a: str, b: str) -> bool:
    """True when the two names could be the same person ("J. Bloggs" and "Joanna Bloggs").

    "John Smith" and "Joanna Bloggs" are not; neither are two empty names.
    """
    return _tokens_compatible(name_tokens(a), name_tokens(b))


_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s\b|(?<=s)['’ʼ](?!\w)")


def _text_tokens(text: str) -> list[str]:
    """Folded words of running text; a possessive ("Lennox's") is the name it follows."""
    return [t for t in _NON_NAME.split(_APOSTROPHES.sub("", _POSSESSIVE.sub("", fold(text)))) if t]


def mentions_name(text: str, name: str) -> bool:
    """Does ``text`` name the person ``name`` (given name or initial, then surname)?

    A surname alone ("Kelly's birthday") or a given name alone is not enough for a two-word
    name; a one-word name must appear as a whole word. "Morag K" counts (full given name plus
    initial); "M K" does not.
    """
    wanted = name_tokens(name)
    if not wanted or not text:
        return False
    tokens = _text_tokens(text)
    if len(wanted) == 1:
        return wanted[0] in tokens
    given, surname = wanted[0], wanted[-1]
    for i, token in enumerate(tokens):
        if not _given_compatible(token, given):
            continue
        exact_given = token == given or (len(token) >= 2 and given.startswith(token))
        for j in (i + 1, i + 2):
            if j >= len(tokens):
                break
            candidate = tokens[j]
            if _parts(candidate) & _parts(surname):
                return True
            if exact_given and len(candidate) == 1 and surname.startswith(candidate):
                return True
    return False


def handle_in(text: str, handle: str, *, require_at: bool = True) -> bool:
    """Does ``text`` contain ``@handle`` (or the bare handle, with ``require_at=False``)?"""
    handle = handle.strip().lstrip("@")
    if not handle or not text:
        return False
    escaped = re.escape(handle)
    # "@moragk" and "@moragk@social.example" are mentions; a bare "moragk@example.org" is mail.
    patterns = [rf"(?<![\w@.])@{escaped}(?![\w-])"]
    if not require_at:
        patterns.append(rf"(?<![\w@.]){escaped}(?![\w@-])")
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def is_handle(display: str, handles: Iterable[str]) -> bool:
    """Is ``display`` just one of the subject's handles (as many profiles show by default)?"""
    folded = fold(display).strip()
    if "/" in folded:  # a profile URL: its last path segment
        folded = folded.rstrip("/").rsplit("/", 1)[-1]
    folded = folded.lstrip("@").split("@")[0]  # "@moragk@social.example"
    # Bluesky's default handle is the account name under its domain, as the catalogue asks
    # for it: "moragk.bsky.social" is @moragk
    folded = folded.removesuffix(".bsky.social")
    squashed = re.sub(r"[\s._-]+", "", folded)
    # "Haddow & Thread" is the account @haddowandthread
    spelled = re.sub(r"[\s._-]+", "", re.sub(r"\s*[&+]\s*", "and", folded))
    for handle in handles:
        h = fold(handle).strip().lstrip("@").removesuffix(".bsky.social")
        if h and (folded == h or re.sub(r"[\s._-]+", "", h) in (squashed, spelled)):
            return True
    return False


_SEGMENT_SPLIT = re.compile(r"\s[|•·–—-]\s|[|•·(){}\[\]:,/]")


TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+"
"""A title before a name ("Mrs Llewellyn", "Dr. Patel")."""


def looks_like_subject(display: str, names: Iterable[str], handles: Iterable[str] = ()) -> bool:
    """Could a shown name (possibly decorated: "Morag Kelly | Social worker") be the subject?"""
    names = [n for n in names if n and n.strip()]
    handles = list(handles)
    if not display or not display.strip():
        return False
    if is_handle(display, handles):
        return True
    if handles and re.fullmatch(r"@[\w.-]+", display.strip()):
        # "@imogen.thwaite.silver" beside her "@immythwaite": an account is named by its
        # handle, and one that is not hers is someone else's, whatever name it spells
        return False
    segments = [display, *_SEGMENT_SPLIT.split(display)]
    for segment in segments:
        if not segment.strip():
            continue
        if is_handle(segment, handles):
            return True
        for name in names:
            if mentions_name(segment, name):
                return True
            if names_compatible(segment, name) and not _other_full_name(segment, name, names):
                return True
    return False


def _other_full_name(shown: str, short: str, names: list[str]) -> bool:
    """Is ``shown`` a full name ("Rory Gallacher") that fits only the subject's shortened
    name ("Rory G") or nickname ("Ror") while one of their full names ("Rory Galbraith")
    rules it out? Then it is someone else's."""
    nickname = len(name_tokens(short)) == 1
    if all(len(t) > 1 for t in name_tokens(short)) and not nickname:
        return False  # not a shortened name
    tokens = name_tokens(shown)
    if len(tokens) < 2 or any(len(t) < 2 for t in tokens):
        return False  # "Rory G." is as short as the subject's own
    # A nickname alone ("Jodes") fits any "Jo Something": her full names say which surname
    full = [
        n for n in names
        if len(nt := name_tokens(n)) >= 2 and all(len(t) > 1 for t in nt)
        and (nickname or nt[0] == tokens[0])
    ]  # fmt: skip
    return bool(full) and not any(names_compatible(shown, n) for n in full)


_TITLE_WORDS = re.compile(r"[&+#\d]|\b(?i:and|the|of|for|with|my|our)\b")
"""What a blog's or group's title has and a person's name does not."""


def is_clearly_other(display: str | None, names: Iterable[str], handles: Iterable[str]) -> bool:
    """True when ``display`` is a real-looking person's name that cannot be the subject.

    Empty names, handles and one-word names ("Sunshine", "Mo") are never "clearly" someone
    else: nicknames are common on exactly the profiles that need auditing. Nor is a title
    ("knits & natters", "Tea and Biscuits Club"): a blog or group name says nothing of who
    owns it.
    """
    if not display or not display.strip() or _TITLE_WORDS.search(display):
        return False
    names = list(names)
    handles = list(handles)
    if looks_like_subject(display, names, handles):
        return False
    return len(name_tokens(display)) >= 2
