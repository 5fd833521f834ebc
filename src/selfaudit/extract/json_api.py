"""Adapters from public profile APIs' JSON to facts and text the kind extractors already read.

A response is recognised by its shape (plus the URL path where that helps), never by host:
Mastodon runs on thousands of hosts, and ``--route`` and the test server serve any of them from
loopback. Shapes handled (public, unauthenticated endpoints):

- GitHub ``/users/{u}``: ``login``, ``name``, ``company``, ``location``, ``email``, ``blog``,
  ``bio``.
- Mastodon ``/api/v1/accounts/lookup`` (an Account): ``acct``, ``display_name``, ``note`` (HTML),
  ``fields[]`` of ``name``/``value`` (HTML); and ``/api/v1/accounts/{id}/statuses`` (a list of
  Statuses with ``content`` HTML and an ``account``).
- Bluesky ``app.bsky.actor.getProfile``: ``did``, ``handle``, ``displayName``, ``description``;
  and ``app.bsky.feed.getAuthorFeed`` (``feed[].post``): the owner's posts, reposts left out.
- Gravatar profile JSON (``entry[0]``: ``displayName``, ``aboutMe``, ``currentLocation``,
  ``phoneNumbers[]``, ``emails[]``) and the v3 shape (``display_name``, ``location``, ...).
- Keybase ``user/lookup.json``: ``them[0].profile`` ``full_name``, ``location``, ``bio``.
- Instagram ``web_profile_info`` (``data.user``): ``full_name``, ``biography``, and the
  captions and pictures of the account's own posts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from typing import Any
from urllib.parse import urljoin, urlparse

from bs4 import BeautifulSoup

from .facts import Facts, FactsBuilder, ImageRef
from .text import tidy


@dataclass(frozen=True)
class ApiProfile:
    """What one API response says about the account it describes."""

    platform: str
    name: str | None
    handle: str | None
    text: str
    facts: Facts = field(default_factory=Facts)


def html_to_text(html: Any) -> str:
    """Text of an HTML fragment (Mastodon notes, field values), keeping paragraph breaks."""
    if not isinstance(html, str) or not html.strip():
        return ""
    if "<" not in html:
        return tidy(unescape(html))  # "Kirkdale &amp; Walton Council": still HTML, no tags
    marked = re.sub(r"(?i)<br\s*/?>|</p\s*>", "\n", html)
    return tidy(BeautifulSoup(marked, "html.parser").get_text())


def text_of(value: Any) -> str | None:
    """A JSON field's text, stripped; None for anything that is not a non-empty string."""
    return value.strip() if isinstance(value, str) and value.strip() else None


_FIELD_KINDS = (
    ("orgs", re.compile(r"(?i)\b(work|works at|employer|job|workplace|company|organi[sz]ation)\b")),
    ("locations", re.compile(
        r"(?i)\b(location|based|where|lives?|home ?town|town|city|from|home|grew up)\b"
    )),  # Mastodon's "Home: Norwich", "Grew up: Gt Yarmouth"
    ("phones", re.compile(r"(?i)\b(phone|mobile|tel|telephone|whatsapp|signal|cell)\b")),
    ("emails", re.compile(r"(?i)\b(e-?mail|mail)\b")),
)


def _labelled(builder: FactsBuilder, label: str, value: str, source: str) -> None:
    """File a labelled profile field ("Work: Riverside Care Trust") under the fact it names."""
    for bucket, pattern in _FIELD_KINDS:
        if pattern.search(label):
            if bucket in ("orgs", "locations"):
                value = _without_links(value)  # "Home: https://moragk.example.org" is no place
            parts = _PLACE_ROUTE.split(value)[:3] if bucket == "locations" else [value]
            for part in parts:  # "Dundee, via Arbroath": two places
                if part.strip():
                    builder.add(bucket, part, f"{source} field '{label}'")
            return


_PLACE_ROUTE = re.compile(r"(?i),?\s+(?:via|by way of|then|and now|now)\s+|\s+[→>]\s+")
"""Between the places of a life told in one field ("Dundee, via Arbroath", "Leeds → York")."""


_LINK = re.compile(
    r"(?i)(?:https?://|www\.)\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:uk|org|com|net|scot|wales|cymru|ie|io|info)\b(?:/\S*)?"
)
"""A web address, with or without its scheme (Mastodon hides "https://www." in a span)."""


def _without_links(value: str) -> str:
    """A Work or Home field's name without its link: "https://www.northlight.org.uk/liverpool/
    (Northlight Recovery Foundation)" is the foundation; a link alone names nothing."""
    if not _LINK.search(value):
        return value  # "Kedleston Vale HA (supported housing)": the workplace reader trims it
    named = _LINK.sub(" ", value)
    return " ".join(named.replace("(", " ").replace(")", " ").split()).strip(" ,;-–—|")


def api_image(
    builder: FactsBuilder, url: Any, role: str, base: str, source: str, label: Any = None
) -> None:
    """An API's picture, with the description its owner wrote for it (Mastodon's
    avatar_description, Gravatar's avatar_alt_text) as its alt text."""
    url = text_of(url)
    if not url or "missing" in url.rsplit("/", 1)[-1]:
        return
    builder.add_image(ImageRef(urljoin(base, url), role, label=text_of(label) or "", source=source))


# -- the adapters ----------------------------------------------------------------------------
def _is_github(path: str, data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("login"), str)
        and ("avatar_url" in data or "html_url" in data)
        and ("/users/" in path or "public_repos" in data or "followers" in data)
    )


def _github(url: str, data: dict) -> ApiProfile:
    b = FactsBuilder()
    b.add("names", text_of(data.get("name")), "GitHub API name")
    company = text_of(data.get("company"))
    if company:
        b.add("orgs", company.lstrip("@").strip(), "GitHub API company")
    b.add("locations", text_of(data.get("location")), "GitHub API location")
    b.add("emails", text_of(data.get("email")), "GitHub API email")
    api_image(b, data.get("avatar_url"), "avatar", url, "GitHub API avatar_url")
    text = "\n".join(t for t in (text_of(data.get("bio")),) if t)
    name, login = text_of(data.get("name")), text_of(data.get("login"))
    return ApiProfile("GitHub", name, login, text, b.freeze())


def _is_mastodon_account(path: str, data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("acct"), str)
        and isinstance(data.get("username"), str)
        and ("note" in data or "display_name" in data)
    )


_EMOJI_CODE = re.compile(r":[A-Za-z0-9_]{2,}:")


def _mastodon_name(account: dict) -> str | None:
    name = text_of(account.get("display_name"))
    return text_of(" ".join(_EMOJI_CODE.sub(" ", name).split())) if name else None


def _mastodon_account(url: str, data: dict, b: FactsBuilder) -> list[str]:
    lines: list[str] = []
    name = _mastodon_name(data)
    b.add("names", name, "Mastodon API display_name")
    note = html_to_text(data.get("note"))
    if note:
        lines.append(note)
    for item in data.get("fields") or []:
        if not isinstance(item, dict):
            continue
        label = html_to_text(item.get("name"))
        value = html_to_text(item.get("value"))
        if label and value:
            _labelled(b, label, value, "Mastodon API")
            lines.append(f"{label}: {value}")
    api_image(b, data.get("avatar"), "avatar", url, "Mastodon API avatar",
              data.get("avatar_description"))
    api_image(b, data.get("header"), "banner", url, "Mastodon API header",
              data.get("header_description"))
    return lines


def _mastodon(url: str, data: dict) -> ApiProfile:
    b = FactsBuilder()
    lines = _mastodon_account(url, data, b)
    return ApiProfile(
        "Mastodon", _mastodon_name(data), text_of(data.get("acct")), "\n".join(lines), b.freeze()
    )


def _is_mastodon_statuses(path: str, data: Any) -> bool:
    return (
        isinstance(data, list)
        and bool(data)
        and isinstance(data[0], dict)
        and "content" in data[0]
        and isinstance(data[0].get("account"), dict)
        and "acct" in data[0]["account"]
    )


def _mastodon_statuses(url: str, data: list) -> ApiProfile:
    b = FactsBuilder()
    account = data[0]["account"]
    lines = _mastodon_account(url, account, b)
    for status in data[:200]:
        if not isinstance(status, dict) or status.get("reblog"):
            continue  # a boost is someone else's words
        owner = status.get("account") if isinstance(status.get("account"), dict) else {}
        if owner.get("acct") != account.get("acct"):
            continue
        text = html_to_text(status.get("content"))
        if text:
            lines.append(text)
    return ApiProfile(
        "Mastodon",
        _mastodon_name(account),
        text_of(account.get("acct")),
        "\n".join(lines),
        b.freeze(),
    )


def _is_bluesky(path: str, data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("did"), str)
        and data["did"].startswith("did:")
        and isinstance(data.get("handle"), str)
    )


def _bluesky(url: str, data: dict) -> ApiProfile:
    b = FactsBuilder()
    name = text_of(data.get("displayName"))
    b.add("names", name, "Bluesky API displayName")
    api_image(b, data.get("avatar"), "avatar", url, "Bluesky API avatar")
    api_image(b, data.get("banner"), "banner", url, "Bluesky API banner")
    text = html_to_text(data.get("description"))
    return ApiProfile("Bluesky", name, text_of(data.get("handle")), text, b.freeze())


def _is_bluesky_feed(path: str, data: Any) -> bool:
    feed = data.get("feed") if isinstance(data, dict) else None
    return (
        isinstance(feed, list)
        and bool(feed)
        and isinstance(feed[0], dict)
        and isinstance(feed[0].get("post"), dict)
        and isinstance(feed[0]["post"].get("author"), dict)
    )


def _bluesky_feed(url: str, data: dict) -> ApiProfile:
    """``app.bsky.feed.getAuthorFeed``: the feed owner's own posts. Reposts (a ``reason``) and
    posts by other authors (replies' parents, quoted threads) are someone else's words."""
    items = [
        i for i in data["feed"][:200] if isinstance(i, dict) and isinstance(i.get("post"), dict)
    ]
    own = [i for i in items if not i.get("reason")] or items
    dids = [str((i["post"].get("author") or {}).get("did")) for i in own]
    owner_did = max(set(dids), key=dids.count) if dids else None
    b = FactsBuilder()
    owner: dict = {}
    lines: list[str] = []
    for item in items:
        post = item["post"]
        author = post.get("author") if isinstance(post.get("author"), dict) else {}
        if item.get("reason") or str(author.get("did")) != owner_did:
            continue
        owner = owner or author
        record = post.get("record") if isinstance(post.get("record"), dict) else {}
        text = text_of(record.get("text"))
        if text:
            lines.append(text)
    name = text_of(owner.get("displayName"))
    b.add("names", name, "Bluesky API displayName")
    api_image(b, owner.get("avatar"), "avatar", url, "Bluesky API avatar")
    return ApiProfile("Bluesky", name, text_of(owner.get("handle")), "\n".join(lines), b.freeze())


def _is_gravatar(path: str, data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    entry = data.get("entry")
    if isinstance(entry, list) and entry and isinstance(entry[0], dict):
        return any(k in entry[0] for k in ("preferredUsername", "profileUrl", "thumbnailUrl"))
    return "hash" in data and "profile_url" in data and "display_name" in data


def _values(items: Any) -> list[str]:
    out = []
    for item in items if isinstance(items, list) else []:
        value = text_of(item.get("value")) if isinstance(item, dict) else text_of(item)
        if value:
            out.append(value)
    return out


def _gravatar(url: str, data: dict) -> ApiProfile:
    b = FactsBuilder()
    lines: list[str] = []
    entry = data.get("entry")
    if isinstance(entry, list) and entry and isinstance(entry[0], dict):
        e = entry[0]
        name_obj = e.get("name") if isinstance(e.get("name"), dict) else {}
        name = text_of(e.get("displayName")) or text_of(name_obj.get("formatted"))
        handle = text_of(e.get("preferredUsername"))
        b.add("names", name, "Gravatar displayName")
        b.add("names", text_of(name_obj.get("formatted")), "Gravatar name")
        b.add("locations", text_of(e.get("currentLocation")), "Gravatar currentLocation")
        b.add("orgs", text_of(e.get("company")), "Gravatar company")
        b.add("titles", text_of(e.get("job_title")), "Gravatar job_title")
        for phone in _values(e.get("phoneNumbers")):
            b.add("phones", phone, "Gravatar phoneNumbers")
        for email in _values(e.get("emails")):
            b.add("emails", email, "Gravatar emails")
        api_image(b, e.get("thumbnailUrl"), "avatar", url, "Gravatar thumbnailUrl")
        background = e.get("profileBackground")
        if isinstance(background, dict):
            api_image(b, background.get("url"), "banner", url, "Gravatar profileBackground")
        about = html_to_text(e.get("aboutMe"))
    else:
        name = text_of(data.get("display_name"))
        handle = None
        b.add("names", name, "Gravatar display_name")
        b.add("locations", text_of(data.get("location")), "Gravatar location")
        b.add("orgs", text_of(data.get("company")), "Gravatar company")
        b.add("titles", text_of(data.get("job_title")), "Gravatar job_title")
        contact = data.get("contact_info") if isinstance(data.get("contact_info"), dict) else {}
        for key in ("cell_phone", "home_phone"):
            b.add("phones", text_of(contact.get(key)), f"Gravatar contact_info {key}")
        b.add("work_phones", text_of(contact.get("work_phone")), "Gravatar contact_info work_phone")
        for key in ("email", "work_email"):
            b.add("emails", text_of(contact.get(key)), f"Gravatar contact_info {key}")
        api_image(b, data.get("avatar_url"), "avatar", url, "Gravatar avatar_url",
                  data.get("avatar_alt_text"))
        # header_image is CSS: 'url("https://...") no-repeat 50% 1% / 100%'.
        header = re.search(r"""url\(\s*["']?([^"')]+)""", text_of(data.get("header_image")) or "")
        if header:
            api_image(b, header.group(1), "banner", url, "Gravatar header_image")
        gallery = data.get("gallery")  # sent to authenticated callers only
        for photo in gallery if isinstance(gallery, list) else []:
            if isinstance(photo, dict):
                api_image(b, photo.get("url"), "content", url, "Gravatar gallery",
                          photo.get("alt_text"))
        about = html_to_text(data.get("description"))
    if about:
        lines.append(about)
    return ApiProfile("Gravatar", name, handle, "\n".join(lines), b.freeze())


def _is_keybase(path: str, data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    them = data.get("them")
    return (
        isinstance(them, list)
        and bool(them)
        and isinstance(them[0], dict)
        and ("basics" in them[0] or "profile" in them[0])
    )


def _keybase(url: str, data: dict) -> ApiProfile:
    b = FactsBuilder()
    them = data["them"][0]
    profile = them.get("profile") if isinstance(them.get("profile"), dict) else {}
    basics = them.get("basics") if isinstance(them.get("basics"), dict) else {}
    name = text_of(profile.get("full_name"))
    b.add("names", name, "Keybase full_name")
    b.add("locations", text_of(profile.get("location")), "Keybase location")
    pictures = them.get("pictures") if isinstance(them.get("pictures"), dict) else {}
    primary = pictures.get("primary") if isinstance(pictures.get("primary"), dict) else {}
    api_image(b, primary.get("url"), "avatar", url, "Keybase picture")
    text = html_to_text(profile.get("bio"))
    return ApiProfile("Keybase", name, text_of(basics.get("username")), text, b.freeze())


def _is_flickr_photo(path: str, data: Any) -> bool:
    photo = data.get("photo") if isinstance(data, dict) else None
    return (
        isinstance(photo, dict)
        and isinstance(photo.get("owner"), dict)
        and ("exif" in photo or "title" in photo)
    )


def _flickr_photo(url: str, data: dict) -> ApiProfile:
    """Flickr's flickr.photos.getExif / getInfo: the photo's owner (username, realname). The
    EXIF it prints is read by the photo location extractor from the response itself."""
    b = FactsBuilder()
    owner = data["photo"]["owner"]
    name = text_of(owner.get("realname"))
    b.add("names", name, "Flickr owner realname")
    b.add("locations", text_of(owner.get("location")), "Flickr owner location")
    return ApiProfile("Flickr", name, text_of(owner.get("username")), "", b.freeze())


def _is_instagram(path: str, data: Any) -> bool:
    user = (data.get("data") or {}).get("user") if isinstance(data, dict) else None
    return (
        isinstance(user, dict)
        and isinstance(user.get("username"), str)
        and ("biography" in user or "edge_owner_to_timeline_media" in user)
    )


_MACHINE_ALT = re.compile(r"(?i)^(?:photo|image|video)\s+(?:by|shared\s+by)\b|\bmay\s+be\s+an?\b")
"""Instagram's own captions for a picture ("Photo by Aoife Mc on February 02, 2024. May be an
image of cake"): they name the account, not who is in the picture."""


def _instagram(url: str, data: dict) -> ApiProfile:
    """Instagram's ``web_profile_info`` (``data.user``): the bio, and the captions of the
    account's own posts in its grid. A collab post another account made (the employer's
    recruitment post she co-signed) is that account's words; a picture's alt text is the
    account's own description of it only when Instagram did not write it."""
    user = data["data"]["user"]
    b = FactsBuilder()
    name = text_of(user.get("full_name"))
    handle = text_of(user.get("username"))
    b.add("names", name, "Instagram full_name")
    b.add("titles", text_of(user.get("category_name")), "Instagram category_name")
    b.add("emails", text_of(user.get("business_email")), "Instagram business_email")
    b.add("phones", text_of(user.get("business_phone_number")), "Instagram business_phone_number")
    api_image(b, user.get("profile_pic_url_hd") or user.get("profile_pic_url"), "avatar", url,
              "Instagram profile_pic_url")
    lines = [t for t in (text_of(user.get("biography")),) if t]
    media = user.get("edge_owner_to_timeline_media")
    edges = media.get("edges") if isinstance(media, dict) else None
    for edge in edges[:100] if isinstance(edges, list) else []:
        node = edge.get("node") if isinstance(edge, dict) else None
        if not isinstance(node, dict):
            continue
        owner = node.get("owner") if isinstance(node.get("owner"), dict) else {}
        if handle and text_of(owner.get("username")) not in (None, handle):
            continue
        alt = text_of(node.get("accessibility_caption"))
        tagged = node.get("edge_media_to_tagged_user")
        people = tagged.get("edges") if isinstance(tagged, dict) else None
        tags = tuple(
            str(p["node"]["user"].get("username"))
            for p in people if isinstance(people, list)
            if isinstance(p, dict) and isinstance((p.get("node") or {}).get("user"), dict)
        ) if isinstance(people, list) else ()  # fmt: skip
        picture = text_of(node.get("display_url"))
        if picture:
            label = alt if alt and not _MACHINE_ALT.search(alt) else ""
            b.add_image(ImageRef(urljoin(url, picture), "content", label=label, tags=tags,
                                 source="Instagram display_url"))
        captions = node.get("edge_media_to_caption")
        for item in (captions.get("edges") or []) if isinstance(captions, dict) else []:
            text = text_of(((item or {}).get("node") or {}).get("text"))
            if text:
                lines.append(text)
    return ApiProfile("Instagram", name, handle, "\n\n".join(lines), b.freeze())


_ADAPTERS: tuple[tuple[Callable[[str, Any], bool], Callable[[str, Any], ApiProfile]], ...] = (
    (_is_mastodon_statuses, _mastodon_statuses),
    (_is_mastodon_account, _mastodon),
    (_is_bluesky, _bluesky),
    (_is_bluesky_feed, _bluesky_feed),
    (_is_keybase, _keybase),
    (_is_gravatar, _gravatar),
    (_is_github, _github),
    (_is_flickr_photo, _flickr_photo),
    (_is_instagram, _instagram),
)


def adapt(url: str, data: Any) -> ApiProfile | None:
    """The profile a known API response describes, or None for JSON of another shape."""
    path = urlparse(url or "").path
    for matches, read in _ADAPTERS:
        if matches(path, data):
            return read(url, data)
    return None


def generic_text(data: Any, limit: int = 2_000) -> str:
    """The string leaves of unrecognised JSON, so contact details in it are still seen."""
    out: list[str] = []
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack and len(out) < limit:
        value, depth = stack.pop()
        if depth > 40:
            continue
        if isinstance(value, str):
            if value.strip() and not value.startswith(("http://", "https://")):
                out.append(html_to_text(value) if "<" in value else value.strip())
        elif isinstance(value, dict):
            stack.extend((v, depth + 1) for v in reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in reversed(value[:limit]))
    return "\n".join(out)
