"""Talk pages of MediaWiki sites (Wikipedia and the wikis that run its software). A talk page
is one long column of comments told apart only by signatures ("Jodiemclimbs (talk) 21:14,
3 March 2024 (UTC)") and colon indents; one comment may run over several paragraphs or indents
with the signature only at its end. MediaWiki's DiscussionTools marks where each comment
starts and ends (``<span data-mw-comment-start id="c-Jodiemclimbs-20240303211400-...">`` and
``<span data-mw-comment-end="c-...">``), the signer's user name in the id. Those marks are
read here: the subject's comments are their own words on a page that is not theirs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote

from bs4 import BeautifulSoup, NavigableString, Tag

from .names import looks_like_subject

_COMMENT_ID = re.compile(r"^c-(?P<who>.+?)-(?P<stamp>\d{14})(?:-|$)")
"""A comment's id: "c-", the signer's user name (spaces as underscores), a time stamp."""
_MAX_COMMENTS = 2_000
_MAX_PIECES = 5_000
"""Bounds on one page's work: a comment's end that never comes must not walk the whole page
for every comment."""
_BLOCKS = frozenset({"p", "dd", "dt", "li", "div", "dl", "ul", "ol", "br", "blockquote"})
_SIGNATURE = re.compile(r"\s*[—–-]*\s*\(\s*\)\s*(?:[^()\n]{0,40}\(UTC\))?\s*$")
"""What is left of a signature once its links are dropped: "— ( ) 21:14, 3 March 2024 (UTC)"."""
_SIGNATURE_LINK = re.compile(r"(?:^|/)(?:User|User_talk|Special:Contributions)[:/]")


def own_talk_comments(
    soup: BeautifulSoup, names: Sequence[str], handles: Sequence[str]
) -> tuple[str, ...]:
    """The comments on a talk page that the subject signed (by one of their ``names`` or
    ``handles``), each without its signature; nothing on a page without comment marks."""
    if not names and not handles:
        return ()
    said = []
    for start in soup.find_all(attrs={"data-mw-comment-start": True}, limit=_MAX_COMMENTS):
        ident = str(start.get("id") or "")
        signed = _COMMENT_ID.match(ident)
        if not signed:
            continue
        who = signed.group("who").replace("_", " ")
        if not looks_like_subject(who, names, handles):
            continue
        words = _SIGNATURE.sub("", _comment_text(start, ident)).strip()
        if words:
            said.append(words)
    return tuple(said)


def _comment_text(start: Tag, ident: str) -> str:
    """The text from a comment's start mark to its end mark, paragraphs kept apart."""
    pieces: list[str] = []
    for element in start.next_elements:
        if len(pieces) >= _MAX_PIECES:
            break
        if isinstance(element, Tag):
            if element.get("data-mw-comment-end") == ident:
                break
            if element.name in _BLOCKS:
                pieces.append("\n")
        elif type(element) is NavigableString and not _in_signature(element):
            pieces.append(str(element))
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _in_signature(text: NavigableString) -> bool:
    """Is ``text`` a signature's link (the user page, their talk page, the time stamp)?"""
    link = text.find_parent("a")
    if link is None:
        return False
    classes = link.get("class") or []
    return "ext-discussiontools-init-timestamplink" in classes or bool(
        _SIGNATURE_LINK.search(unquote(str(link.get("href") or "")))
    )
