"""A mailing list's web archive of one message (Mailman 2's pipermail), read for who sent it.

A pipermail page heads the message with its sender's name in bold and, below it, a link whose
text is the sender's address written as "declan.magowan at example.net" but whose ``mailto:``
goes to the list itself. The body is one ``<pre>`` in which the lines the sender quoted start
with ">". Read as any other page, the message is nobody's, the list's address looks like the
sender's and the quoted writer's words look like the sender's; read as a message, the page is
the sender's, their address is theirs and the quoted lines are someone else's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .text import one_line

_BEGIN = "beginarticle"
"""The comment pipermail puts just before the message body (``<!--beginarticle-->``)."""
_SPELT_ADDRESS = re.compile(
    r"^(?P<local>[\w.+-]{1,64}) at (?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63})+)$"
)


@dataclass(frozen=True)
class ArchivedMessage:
    sender: str
    """The sender's name as the archive shows it."""
    address: str | None
    """The sender's address, un-spelt ("x at example.net" -> "x@example.net")."""


def read_archived_message(soup: BeautifulSoup) -> ArchivedMessage | None:
    """Recognise a pipermail message page and make it read as one: the sender's link goes to
    their own address, and the quoted lines are taken out of the body. Changes ``soup`` in
    place; returns the sender, or None (and changes nothing) for any other page."""
    begin = soup.find(string=lambda s: isinstance(s, Comment) and s.strip() == _BEGIN)
    heading = soup.find("h1")
    if begin is None or not isinstance(heading, Tag):
        return None
    bold = heading.find_next("b")
    if not isinstance(bold, Tag):
        return None
    sender = one_line(bold.get_text(" "))
    if not sender or len(sender) > 80:
        return None
    address = None
    link = bold.find_next("a", href=True)
    if isinstance(link, Tag) and str(link.get("href") or "").lower().startswith("mailto:"):
        spelt = _SPELT_ADDRESS.match(one_line(link.get_text(" ")))
        if spelt:
            address = f"{spelt['local']}@{spelt['domain']}"
            link["href"] = f"mailto:{address}"  # not the list's own address
        else:
            link.decompose()  # the list's address, not the sender's
    body = begin.find_next("pre")
    if isinstance(body, Tag):
        _drop_quoted(body)
    return ArchivedMessage(sender=sender, address=address)


def _drop_quoted(body: Tag) -> None:
    """Remove the quoted lines (">" and what follows it on the line, which pipermail sets
    in ``<i>``) from a message body."""
    for italic in body.find_all("i", recursive=False):
        before = italic.previous_sibling
        if isinstance(before, NavigableString) and before.rstrip(" ").endswith(">"):
            before.replace_with(before.rstrip(" ")[:-1])
            italic.decompose()
    for piece in list(body.find_all(string=True, recursive=False)):
        kept = "\n".join(ln for ln in piece.split("\n") if not ln.lstrip().startswith(">"))
        if kept != piece:
            piece.replace_with(kept)
