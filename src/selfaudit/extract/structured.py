"""Readers for the structured data pages embed: JSON-LD, OpenGraph/Twitter meta, and h-card.

Each reader is tolerant: real pages ship JSON-LD with trailing commas, HTML comments and
control characters, and microformats nested in odd places. What cannot be read is skipped,
never raised, and every walk is bounded so a hostile page cannot make it run away.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup

from .facts import FactsBuilder, ImageRef

MAX_NODES = 5_000
MAX_DEPTH = 40


# -- JSON-LD ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class LdNode:
    """A JSON-LD object with an ``@type``; ``main`` marks the page's own subject (top level,
    a ``@graph`` member, or a page's ``mainEntity``/``about``)."""

    obj: dict
    types: frozenset[str]
    main: bool
    path: tuple[str, ...] = ()
    """The keys that lead to it from its block's top ("comment", "author"): a Person under
    "comment" wrote a comment, not the page."""


_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_LINE_COMMENT = re.compile(r"^\s*//[^\n]*$", re.MULTILINE)


def load_json_lenient(raw: str) -> list[Any]:
    """Every JSON value in ``raw``, repairing the usual breakage; [] when nothing parses."""
    text = raw.strip()
    for marker in ("<!--", "-->", "<![CDATA[", "]]>"):
        text = text.replace(marker, "")
    text = text.strip().rstrip(";")
    attempts = (text, _TRAILING_COMMA.sub(r"\1", _LINE_COMMENT.sub("", text)))
    for attempt in attempts:
        try:
            return [json.loads(attempt, strict=False)]
        except (ValueError, RecursionError):
            pass
    # Several objects concatenated, or junk after the first one.
    values: list[Any] = []
    decoder = json.JSONDecoder(strict=False)
    text = attempts[-1]
    pos = 0
    failures = 0
    while pos < len(text) and len(values) < 20 and failures < 20:
        start = min((i for i in (text.find("{", pos), text.find("[", pos)) if i >= 0), default=-1)
        if start < 0:
            break
        try:
            value, end = decoder.raw_decode(text, start)
        except RecursionError:
            break  # nested past any real document: give up on this block
        except ValueError:
            failures += 1
            pos = start + 1
            continue
        values.append(value)
        pos = end
    return values


def _types(obj: dict) -> frozenset[str]:
    raw = obj.get("@type", ())
    items = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
    out = set()
    for item in items:
        if isinstance(item, str):
            out.add(re.sub(r"^(?:https?://schema\.org/|schema:)", "", item.strip()))
    return frozenset(out)


_PAGE_TYPES = {"ProfilePage", "WebPage", "AboutPage", "ContactPage", "ItemPage"}


def jsonld_nodes(soup: BeautifulSoup) -> list[LdNode]:
    """All typed JSON-LD objects in the page's ``<script type="application/ld+json">`` blocks."""
    roots: list[Any] = []
    for script in soup.find_all("script"):
        kind = str(script.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        roots.extend(load_json_lenient(script.get_text() or ""))
    nodes: list[LdNode] = []
    seen: set[int] = set()
    # (value, depth, main, path) work list: iterative, bounded in depth and count.
    stack: list[tuple[Any, int, bool, tuple[str, ...]]] = []
    for root in reversed(roots):
        stack.append((root, 0, True, ()))
    while stack and len(seen) < MAX_NODES:
        value, depth, main, path = stack.pop()
        if depth > MAX_DEPTH:
            continue
        if isinstance(value, list):
            stack.extend((v, depth + 1, main, path) for v in reversed(value[:MAX_NODES]))
            continue
        if not isinstance(value, dict) or id(value) in seen:
            continue
        seen.add(id(value))
        types = _types(value)
        if "@graph" in value:
            stack.append((value["@graph"], depth + 1, main, path))
        if types:
            nodes.append(LdNode(value, types, main, path))
        for key, child in reversed(list(value.items())):
            if key in ("@graph", "@context"):
                continue
            child_main = bool(types & _PAGE_TYPES) and key in ("mainEntity", "about")
            if isinstance(child, dict | list):
                stack.append((child, depth + 1, child_main, (*path, key)[-8:]))
    return nodes


def ld_text(value: Any) -> str | None:
    """A JSON-LD value as text: a string, or the ``name`` of an object, or the first of a list."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in ("name", "@value", "legalName"):
            if isinstance(value.get(key), str):
                return value[key].strip() or None
    if isinstance(value, list):
        for item in value:
            text = ld_text(item)
            if text:
                return text
    return None


def ld_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def address_text(parts: list[str | None]) -> str | None:
    """Join address parts in reading order, skipping empties and repeats."""
    seen: list[str] = []
    for part in parts:
        if part and isinstance(part, str) and part.strip() and part.strip() not in seen:
            seen.append(part.strip())
    return ", ".join(seen) or None


def ld_address(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        if "address" in value and not any(
            k in value for k in ("addressLocality", "streetAddress", "postalCode")
        ):
            return ld_address(value["address"]) or ld_text(value)
        return address_text(
            [
                value.get("streetAddress"),
                value.get("addressLocality"),
                value.get("postalCode"),
            ]
        )
    return None


def person_facts(obj: dict, builder: FactsBuilder, base_url: str) -> None:
    """Facts from a JSON-LD Person that is (or may be) the subject."""
    from urllib.parse import urljoin

    builder.add("names", ld_text(obj.get("name")), "JSON-LD name")
    for key in ("worksFor", "affiliation", "memberOf"):
        for item in ld_list(obj.get(key)):
            builder.add("orgs", ld_text(item), f"JSON-LD {key}")
    builder.add("titles", ld_text(obj.get("jobTitle")), "JSON-LD jobTitle")
    for key in ("address", "homeLocation"):
        for item in ld_list(obj.get(key)):
            builder.add("locations", ld_address(item), f"JSON-LD {key}")
    for item in ld_list(obj.get("email")):
        if isinstance(item, str):
            builder.add("emails", re.sub(r"(?i)^mailto:", "", item), "JSON-LD email")
    for item in ld_list(obj.get("telephone")):
        if isinstance(item, str):
            builder.add("phones", re.sub(r"(?i)^tel:", "", item), "JSON-LD telephone")
    for item in ld_list(obj.get("image"))[:3]:
        url = item if isinstance(item, str) else item.get("url") if isinstance(item, dict) else None
        if isinstance(url, str) and url.strip():
            builder.add_image(
                ImageRef(urljoin(base_url, url.strip()), "avatar", source="JSON-LD image")
            )


# -- meta ------------------------------------------------------------------------------------
def read_meta(soup: BeautifulSoup) -> dict[str, list[str]]:
    """``<meta property|name=... content=...>`` values by lower-cased key, in page order."""
    meta: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            meta.setdefault(key.strip().lower(), []).append(content.strip())
    return meta


_YT_DATA = re.compile(r"\b(?:ytInitialPlayerResponse|ytInitialData)\s*=\s*(?=\{)")
_YT_KEYS = (("videoDetails", "shortDescription"), ("channelMetadataRenderer", "description"))
_SCRIPT_CAP = 3_000_000
_NODE_CAP = 200_000


def script_descriptions(soup: BeautifulSoup, url: str = "") -> list[str]:
    """Descriptions a page keeps only in its scripts' data: YouTube serves a video's full
    description (``videoDetails.shortDescription``) and a channel's About text
    (``channelMetadataRenderer.description``) there, and only a cut-down copy in ``<meta>``;
    a TikTok video page has its creator's bio only there (the ``signature`` of the account
    whose ``uniqueId`` is the page's ``/@handle``, never another account's)."""
    found: list[str] = []
    owner = _TIKTOK_OWNER.search(url)
    for script in soup.find_all("script", limit=200):
        text = script.string or ""
        if len(text) > _SCRIPT_CAP:
            continue
        for match in _YT_DATA.finditer(text):
            try:
                data, _ = json.JSONDecoder().raw_decode(text, match.end())
            except (ValueError, RecursionError):
                continue
            found += [d for d in _values_at(data, _YT_KEYS) if d not in found]
        if owner and script.get("id") == "__UNIVERSAL_DATA_FOR_REHYDRATION__":
            try:
                data = json.loads(text)
            except (ValueError, RecursionError):
                continue
            bio = _signature_of(data, owner.group(1))
            if bio and bio not in found:
                found.append(bio)
    return found


def script_captions(soup: BeautifulSoup) -> list[tuple[str, str]]:
    """``(username, caption)`` of each post in a page's script data: an Instagram profile
    shows its grid as pictures only, each post's caption kept in the page's JSON
    (``"caption": {"text": ...}`` beside ``"user": {"username": ...}``), as Threads does."""
    found: dict[tuple[str, str], None] = {}  # in order, each once
    for script in soup.find_all("script", limit=200):
        text = script.string or ""
        if len(text) > _SCRIPT_CAP or '"caption"' not in text:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        for node in _dicts_in(data):
            caption, user = node.get("caption"), node.get("user")
            if not (isinstance(caption, dict) and isinstance(user, dict)):
                continue
            words, who = caption.get("text"), user.get("username")
            if not (isinstance(words, str) and words.strip() and isinstance(who, str)):
                continue
            found[(who, words.strip())] = None
    return list(found)


_TIKTOK_OWNER = re.compile(r"^https?://(?:www\.|m\.)?tiktok\.com/@([\w.-]+)", re.IGNORECASE)


def _signature_of(data: Any, handle: str) -> str | None:
    """The ``signature`` (bio) of the account ``handle`` in TikTok's page data."""
    for node in _dicts_in(data):
        unique, bio = node.get("uniqueId"), node.get("signature")
        if (
            isinstance(unique, str)
            and unique.casefold() == handle.casefold()
            and isinstance(bio, str)
            and bio.strip()
        ):
            return bio.strip()
    return None


def _values_at(data: Any, keys: tuple[tuple[str, str], ...]) -> Iterator[str]:
    """Non-empty strings at ``parent.child`` for each (parent, child) of ``keys``, anywhere in
    ``data``."""
    for node in _dicts_in(data):
        for parent, child in keys:
            inner = node.get(parent)
            if isinstance(inner, dict) and isinstance(inner.get(child), str):
                value = inner[child].strip()
                if value:
                    yield value


def _dicts_in(data: Any) -> Iterator[dict]:
    """Every object in parsed JSON, at most :data:`_NODE_CAP` nodes visited: a bounded walk
    without recursion, whatever the nesting."""
    stack = [data]
    seen = 0
    while stack and seen < _NODE_CAP:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


# -- microformats (h-card) -------------------------------------------------------------------
@dataclass(frozen=True)
class HCard:
    props: dict
    top_level: bool


def parse_mf2(html: str, url: str) -> list[dict]:
    """The mf2 items of ``html`` (never fetching anything: the document is always given)."""
    lowered = html.lower()
    if "h-card" not in lowered and "vcard" not in lowered and "h-entry" not in lowered:
        return []
    import mf2py

    parsed = mf2py.parse(doc=html or " ", url=url or None, html_parser="html.parser")
    items = parsed.get("items") if isinstance(parsed, dict) else None
    return items if isinstance(items, list) else []


def hcards(items: list[dict]) -> list[HCard]:
    """Every h-card in the mf2 items: top-level ones and those nested as properties/children."""
    out: list[HCard] = []
    stack: list[tuple[Any, int, bool]] = [(item, 0, True) for item in reversed(items)]
    while stack and len(out) < 500:
        item, depth, top = stack.pop()
        if depth > MAX_DEPTH or not isinstance(item, dict):
            continue
        types = item.get("type") or []
        props = item.get("properties") if isinstance(item.get("properties"), dict) else {}
        if "h-card" in types:
            out.append(HCard(props, top))
        for child in reversed(item.get("children") or []):
            stack.append((child, depth + 1, False))
        for values in props.values():
            if isinstance(values, list):
                for value in reversed(values):
                    if isinstance(value, dict) and value.get("type"):
                        stack.append((value, depth + 1, False))
    return out


def mf_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        props = value.get("properties")
        if isinstance(props, dict) and props.get("name"):
            return mf_text(props["name"][0])
        for key in ("value", "html"):
            if isinstance(value.get(key), str):
                return value[key].strip() or None
    return None


def first(props: dict, key: str) -> str | None:
    values = props.get(key)
    if isinstance(values, list):
        for value in values:
            text = mf_text(value)
            if text:
                return text
    return None


def hcard_name(card: HCard) -> str | None:
    return first(card.props, "name")


def hcard_facts(card: HCard, builder: FactsBuilder) -> None:
    """Facts from one h-card that is (or may be) the subject."""
    props = card.props
    builder.add("names", first(props, "name"), "h-card name")
    for value in props.get("org") or []:
        builder.add("orgs", mf_text(value), "h-card org")
    builder.add("titles", first(props, "job-title"), "h-card job-title")
    address = address_text(
        [first(props, "street-address"), first(props, "locality"), first(props, "postal-code")]
    )
    builder.add("locations", address, "h-card address")
    for adr in props.get("adr") or []:
        if isinstance(adr, dict) and isinstance(adr.get("properties"), dict):
            p = adr["properties"]
            text = address_text(
                [first(p, "street-address"), first(p, "locality"), first(p, "postal-code")]
            )
            builder.add("locations", text or mf_text(adr), "h-card adr")
        else:
            builder.add("locations", mf_text(adr), "h-card adr")
    for value in props.get("email") or []:
        text = mf_text(value)
        if text:
            builder.add("emails", re.sub(r"(?i)^mailto:", "", text), "h-card email")
    for value in props.get("tel") or []:
        text = mf_text(value)
        if text:
            builder.add("phones", re.sub(r"(?i)^tel:", "", text), "h-card tel")
    for value in (props.get("photo") or [])[:2]:
        url = (
            value
            if isinstance(value, str)
            else value.get("value")
            if isinstance(value, dict)
            else None
        )
        alt = value.get("alt", "") if isinstance(value, dict) else ""
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            builder.add_image(ImageRef(url, "avatar", label=str(alt), source="h-card photo"))


def hcard_urls(card: HCard) -> Iterator[str]:
    for key in ("url", "uid"):
        for value in card.props.get(key) or []:
            text = mf_text(value)
            if text:
                yield text
