"""Syndication feeds served as JSON, rendered as the HTML page a reader of the blog would see.

Shapes read: Blogger's Atom-as-JSON (``/feeds/posts/default?alt=json``: ``feed.entry[]`` with
``title.$t``, ``content.$t`` and ``author[].name.$t``) and JSON Feed 1.x (``items[]`` with
``content_html`` or ``content_text`` and ``authors[]``/``author``), and a Mastodon reply
thread (``/api/v1/statuses/:id/context``: ``ancestors`` and ``descendants``, each status with
its ``account``), and a Reddit thread, subreddit or user history as ``.json`` (listings of
``t3`` posts and ``t1`` comments with nested ``replies``), a Bluesky thread
(``app.bsky.feed.getPostThread``: a ``threadViewPost`` with its ``parent`` and ``replies``),
and a Threads API list of posts (``data[]`` with ``username`` and ``replied_to``).

Why render rather than read: a feed is a page of entries, each with its own author, like a
group blog's front page. The HTML reader already tells a mixed feed's authors apart (an
h-entry's p-author), keeps the subject's entries as theirs and drops everyone else's, and
reads photos with their alt text wherever they are. Writing the feed as that markup reuses
all of it, where a second reader for the same ideas would drift from the first.

Names and titles are escaped; an entry's content is the HTML its feed says it is (Atom
``type="html"``, JSON Feed ``content_html``) and is parsed like any fetched page, never run.
"""

from __future__ import annotations

from html import escape
from typing import Any

MAX_ENTRIES = 200
"""A feed page holds 25 entries by default; more than this is not a page a person reads."""


def _atom_text(value: Any) -> str:
    """An Atom-as-JSON text construct: ``{"$t": "...", "type": "text"}``, or a plain string;
    "" for anything else. Every string field of a feed is read through it."""
    if isinstance(value, dict):
        value = value.get("$t")
    return value.strip() if isinstance(value, str) else ""


def _atom_html(value: Any) -> str:
    """An Atom content element as HTML: ``type`` "html"/"xhtml" is markup, anything else text."""
    text = _atom_text(value)
    kind = value.get("type", "text") if isinstance(value, dict) else "text"
    return text if kind in ("html", "xhtml") else f"<p>{escape(text)}</p>"


def _atom_authors(value: Any) -> str:
    people = value if isinstance(value, list) else [value]
    return ", ".join(
        name for p in people if isinstance(p, dict) and (name := _atom_text(p.get("name")))
    )


def _entry(title: str, author: str, content_html: str) -> str:
    """One post as a microformats h-entry signed by its author, as blog themes mark it."""
    byline = (
        f"<p class='byline'>Posted by <span class='p-author author'>{escape(author)}</span></p>"
        if author
        else ""
    )
    return (
        f"<article class='post h-entry'><h2 class='p-name'>{escape(title)}</h2>{byline}"
        f"<div class='post-body e-content'>{content_html}</div></article>"
    )


def _page(title: str, subtitle: str, owner: str, entries: list[str]) -> str:
    """The feed's own title and description go in an entry of its owner's: the blog is
    theirs, so "Rolling Through Wrexham" tells of them, not of a guest who wrote one post."""
    header = _entry(title, owner, f"<p>{escape(subtitle)}</p>" if subtitle else "")
    return f"<!DOCTYPE html><html><head></head><body>{header}{''.join(entries)}</body></html>"


def _blogger(feed: dict) -> str:
    entries = [
        _entry(
            _atom_text(e.get("title")),
            _atom_authors(e.get("author")),
            _atom_html(e.get("content") or e.get("summary")),
        )
        for e in (feed.get("entry") or [])[:MAX_ENTRIES]
        if isinstance(e, dict)
    ]
    return _page(
        _atom_text(feed.get("title")),
        _atom_text(feed.get("subtitle")),
        _atom_authors(feed.get("author")),
        entries,
    )


def _json_feed_authors(item: dict) -> str:
    """JSON Feed 1.1's ``authors`` list, or 1.0's single ``author``: names are plain strings,
    which :func:`_atom_authors` reads as well as Atom's ``{"$t": ...}``."""
    people = item.get("authors")
    return _atom_authors(people if isinstance(people, list) else item.get("author"))


def _json_feed(data: dict) -> str:
    entries = []
    for item in (data.get("items") or [])[:MAX_ENTRIES]:
        if not isinstance(item, dict):
            continue
        html = item.get("content_html")
        if not isinstance(html, str):
            text = _atom_text(item.get("content_text"))
            html = f"<p>{escape(text)}</p>" if text else ""
        entries.append(_entry(_atom_text(item.get("title")), _json_feed_authors(item), html))
    return _page(
        _atom_text(data.get("title")),
        _atom_text(data.get("description")),
        _json_feed_authors(data),
        entries,
    )


def _mastodon_author(account: Any) -> str:
    """A status's writer by @acct, the only thing that tells two "Geth"s apart (a display name
    is whatever its owner typed, emoji and all)."""
    if not isinstance(account, dict):
        return ""
    acct = _atom_text(account.get("acct"))
    return f"@{acct}" if acct else ""


def _mastodon_account_html(account: dict) -> str:
    """The writer's profile note and fields, kept in their own entry: a reply thread repeats
    each account's bio, which says where they work as plainly as any post."""
    fields = "".join(
        f"<p>{escape(str(f.get('name') or ''))}: {f.get('value') or ''}</p>"
        for f in (account.get("fields") or [])[:20] if isinstance(f, dict)
    )  # fmt: skip
    return _atom_text(account.get("note")) + fields


def _mastodon_context(data: dict) -> str:
    """``/api/v1/statuses/:id/context``: a thread of statuses by several accounts."""
    statuses = [
        s for s in [*data.get("ancestors", []), *data.get("descendants", [])][:MAX_ENTRIES]
        if isinstance(s, dict) and isinstance(s.get("account"), dict)
    ]  # fmt: skip
    entries, seen = [], set()
    for status in statuses:
        account = status["account"]
        author = _mastodon_author(account)
        acct = account.get("acct")
        if acct not in seen:  # each writer's bio once, signed by them
            seen.add(acct)
            entries.append(_entry("", author, _mastodon_account_html(account)))
        entries.append(_entry("", author, _atom_text(status.get("content"))))
    return _page("", "", "", entries)


def _reddit_children(listing: Any) -> list[dict]:
    """The posts (``t3``) and comments (``t1``) directly in a Reddit listing (not "more")."""
    data = listing.get("data") if isinstance(listing, dict) else None
    children = data.get("children") if isinstance(data, dict) else None
    return [
        c["data"] for c in (children if isinstance(children, list) else [])[:MAX_ENTRIES]
        if isinstance(c, dict) and c.get("kind") in ("t1", "t3") and isinstance(c.get("data"), dict)
    ]  # fmt: skip


def _paragraphs(text: str) -> str:
    """Plain text (Reddit's markdown source) as escaped paragraphs, one per blank-line block."""
    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def _reddit_thing(thing: dict, budget: list[int], depth: int = 0) -> str:
    """One post or comment signed by ``u/author``, with its flair (what its writer chose to
    show beside their name: often a town) and, for a comment, its replies nested inside it,
    as a forum's markup nests them: a reply answers the comment it is in ("Which council are
    you with?" then "Tamarside.")."""
    budget[0] -= 1
    author = _atom_text(thing.get("author"))
    flair = _atom_text(thing.get("author_flair_text"))
    words = _atom_text(thing.get("selftext") if "selftext" in thing else thing.get("body"))
    byline = (
        f"<p class='byline'>Posted by <span class='p-author author'>u/{escape(author)}</span>"
        + (f" <span class='flair'>{escape(flair)}</span>" if flair else "")
        + "</p>"
    )
    if "selftext" in thing:  # the thread's post: its title is the page's title
        return _post(byline, _paragraphs(words))
    replies = ""
    if depth < 20:
        replies = "".join(
            _reddit_thing(r, budget, depth + 1)
            for r in _reddit_children(thing.get("replies")) if budget[0] > 0
        )  # fmt: skip
    return _comment(byline, _paragraphs(words), replies)


def _post(byline: str, body_html: str, comments_html: str = "") -> str:
    """A thread's own post (not a reply): an h-entry signed by its byline, with the comments
    on it, if any, after its words."""
    comments = f"<div class='comments'>{comments_html}</div>" if comments_html else ""
    return (
        f"<article class='post h-entry'>{byline}"
        f"<div class='e-content'>{body_html}</div>{comments}</article>"
    )


def _document(body_html: str, title: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head>"
        f"<body>{body_html}</body></html>"
    )


def _comment(byline: str, body_html: str, replies_html: str) -> str:
    """A comment as forum markup writes one: its byline, its words, and the replies to it
    nested inside it."""
    return (
        f"<div class='comment'>{byline}<div class='comment-body'>{body_html}</div>"
        f"<div class='replies'>{replies_html}</div></div>"
    )


def _reddit(listings: list) -> str:
    """A Reddit ``.json`` page: ``[post listing, comment listing]`` for a thread, one listing
    for a subreddit or a user's history. The markdown source is read as text; the ``*_html``
    copies of it are not read twice. The thread's title is the page's title, not something
    its poster said."""
    things = [t for listing in listings[:4] for t in _reddit_children(listing)]
    title = next((_atom_text(t.get("title")) for t in things if t.get("title")), "")
    budget = [MAX_ENTRIES]
    body = "".join(_reddit_thing(t, budget) for t in things if budget[0] > 0)
    return _document(body, title)


def _bluesky_post(node: Any) -> dict | None:
    """The post of a ``threadViewPost`` node; None for a deleted or blocked one."""
    post = node.get("post") if isinstance(node, dict) else None
    return post if isinstance(post, dict) and isinstance(post.get("author"), dict) else None


def _bluesky_body(post: dict) -> str:
    """A post's text and its pictures with their alt text, which may name who is in them."""
    record = post.get("record") if isinstance(post.get("record"), dict) else {}
    embed = post.get("embed") if isinstance(post.get("embed"), dict) else {}
    images = embed.get("images") if isinstance(embed.get("images"), list) else []
    pictures = "".join(
        f"<img src='{escape(src)}' alt='{escape(_atom_text(i.get('alt')))}'>"
        for i in images[:10]
        if isinstance(i, dict) and (src := _atom_text(i.get("fullsize") or i.get("thumb")))
    )
    return _paragraphs(_atom_text(record.get("text"))) + pictures


def _bluesky_byline(post: dict) -> str:
    handle = _atom_text(post["author"].get("handle"))
    name = _atom_text(post["author"].get("displayName"))
    return (
        f"<p class='byline'><span class='p-author author'>@{escape(handle)}</span>"
        + (f" <span class='display-name'>{escape(name)}</span>" if name else "")
        + "</p>"
    )


def _bluesky_reply(node: Any, budget: list[int], depth: int) -> str:
    post = _bluesky_post(node)
    if post is None or budget[0] <= 0 or depth > 20:
        return ""
    budget[0] -= 1
    replies = node.get("replies") if isinstance(node.get("replies"), list) else []
    nested = "".join(_bluesky_reply(r, budget, depth + 1) for r in replies[:MAX_ENTRIES])
    return _comment(_bluesky_byline(post), _bluesky_body(post), nested)


def _bluesky_thread(thread: dict) -> str:
    """``app.bsky.feed.getPostThread``: a post, the posts it answers (``parent``, each with its
    own parent) and the replies to it, each reply nesting the replies to it. Every post is
    signed by its author's @handle, as the app shows it; the thread's words are each writer's
    own, never all the subject's because the thread is theirs."""
    ancestors, node = [], thread.get("parent")
    while (post := _bluesky_post(node)) is not None and len(ancestors) < MAX_ENTRIES:
        ancestors.append(post)
        node = node.get("parent")
    root = _bluesky_post(thread)
    budget = [MAX_ENTRIES]
    entries = [
        _post(_bluesky_byline(p), _bluesky_body(p))
        for p in [*reversed(ancestors), *([root] if root else [])]
    ]
    replies = thread.get("replies") if isinstance(thread.get("replies"), list) else []
    entries += [_bluesky_reply(r, budget, 0) for r in replies[:MAX_ENTRIES]]
    return _document("".join(entries))


def _threads_posts(data: dict) -> list[dict] | None:
    """The posts of a Threads API response (``/{user}/threads``, ``/{post}/replies`` or
    ``/conversation``: ``data[]`` with ``text`` and ``username``), or None."""
    posts = data.get("data")
    if not isinstance(posts, list) or not posts:
        return None
    posts = [p for p in posts[:MAX_ENTRIES] if isinstance(p, dict)]
    if not posts or not all("username" in p and ("permalink" in p or "shortcode" in p)
                            for p in posts):  # fmt: skip
        return None
    return posts


def _threads_body(post: dict) -> str:
    picture = _atom_text(post.get("media_url"))
    alt = _atom_text(post.get("alt_text"))
    return _paragraphs(_atom_text(post.get("text"))) + (
        f"<img src='{escape(picture)}' alt='{escape(alt)}'>" if picture else ""
    )


def _threads(posts: list[dict]) -> str:
    """A Threads conversation: each post signed by its @username, each reply nested in the
    post it answers (``replied_to``), so "Which trust are you with?" and her "Ouse and
    Nidd!" stay a question and its answer."""
    ids = {str(p.get("id")) for p in posts}
    children: dict[str, list[dict]] = {}
    roots = []
    for post in posts:
        parent = post.get("replied_to")
        parent_id = str(parent.get("id")) if isinstance(parent, dict) else ""
        if parent_id in ids and parent_id != str(post.get("id")):
            children.setdefault(parent_id, []).append(post)
        else:
            roots.append(post)

    def byline(post: dict) -> str:
        who = escape(_atom_text(post.get("username")))
        return f"<p class='byline'><span class='p-author author'>@{who}</span></p>"

    def reply(post: dict, depth: int) -> str:
        nested = "" if depth > 20 else "".join(
            reply(r, depth + 1) for r in children.get(str(post.get("id")), [])
        )
        return _comment(byline(post), _threads_body(post), nested)

    entries = []
    for root in roots:
        replies = "".join(reply(r, 0) for r in children.get(str(root.get("id")), []))
        entries.append(_post(byline(root), _threads_body(root), replies))
    return _document("".join(entries))


def _reddit_listings(data: Any) -> list | None:
    """``data`` as a list of Reddit listings, or None when it is not Reddit's JSON."""
    listings = data if isinstance(data, list) else [data]
    if listings and all(isinstance(x, dict) and x.get("kind") == "Listing" for x in listings):
        return listings
    return None


def feed_as_html(data: Any) -> str | None:
    """The HTML page a JSON feed stands for, or None when ``data`` is not a feed."""
    listings = _reddit_listings(data)
    if listings is not None:
        return _reddit(listings)
    if not isinstance(data, dict):
        return None
    threads = _threads_posts(data)
    if threads is not None:
        return _threads(threads)
    if _bluesky_post(data.get("thread")) is not None:
        return _bluesky_thread(data["thread"])
    feed = data.get("feed")
    if isinstance(feed, dict) and isinstance(feed.get("entry"), list):
        return _blogger(feed)
    if isinstance(data.get("ancestors"), list) and isinstance(data.get("descendants"), list):
        return _mastodon_context(data)
    version = data.get("version")
    if isinstance(version, str) and "jsonfeed.org" in version and isinstance(
        data.get("items"), list
    ):
        return _json_feed(data)
    return None
