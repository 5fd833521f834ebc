"""Site catalogues in the WhatsMyName (WMN) JSON schema.

A catalogue is ``{"sites": [...]}``; each site says how to ask for a username (``uri_check``,
optionally POSTing ``post_body`` with ``headers``), and how to read the answer: the ``e_code`` and
``e_string`` of an existing account, the ``m_code`` and ``m_string`` of a missing one. ``known``
lists usernames that really exist; ``valid: false`` marks a site as broken (we skip it).

Our own fields start with ``x_`` so a plain WMN file still loads and ours stays a WMN file:
``x_privacy_url`` (the site's privacy settings page), ``x_check_by_hand`` (a reason the site
cannot be decided without logging in; we never request it and list it as "check this yourself")
and ``x_lookup`` (``email_md5`` or ``email_sha256``: the site is asked about a hash of each of the
subject's emails instead of each handle, as Gravatar's public profiles are; honoured in our
catalogue and the user's own file, never in the downloaded community list).

Loading validates everything and names the site and the field that is wrong, because a catalogue
error found halfway through an audit would silently turn sites into "unknown".
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from .errors import CatalogueError

BUNDLED = "bundled"
COMMUNITY = "community"
COMMUNITY_LICENCE = (
    "WhatsMyName community data, CC BY-SA 4.0, https://github.com/WebBreacher/WhatsMyName"
)

_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "uri_check": str,
    "e_code": int,
    "e_string": str,
    "m_code": int,
    "m_string": str,
    "known": list,
    "cat": str,
}
_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "uri_pretty": str,
    "post_body": str,
    "headers": dict,
    "strip_bad_char": str,
    "valid": bool,
    "protection": (list, str),
    "x_privacy_url": str,
    "x_check_by_hand": str,
    "x_lookup": str,
}
LOOKUPS = ("handle", "email_md5", "email_sha256")


@dataclass(frozen=True)
class Site:
    name: str
    uri_check: str
    e_code: int
    e_string: str
    m_code: int
    m_string: str
    known: tuple[str, ...]
    cat: str
    uri_pretty: str | None = None
    post_body: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    strip_bad_char: str = ""
    valid: bool = True
    protection: tuple[str, ...] = ()
    privacy_url: str | None = None
    check_by_hand: str | None = None
    lookup: str = "handle"
    """What goes in ``{account}``: a handle, or a hash of one of the subject's emails."""
    source: str = BUNDLED

    def account(self, username: str) -> str:
        """The username as this site spells it: bad characters stripped, URL-safe."""
        for ch in self.strip_bad_char:
            username = username.replace(ch, "")
        return username

    def check_url(self, username: str) -> str:
        return self.uri_check.replace("{account}", quote(self.account(username), safe="@._-"))

    def pretty_url(self, username: str) -> str:
        template = self.uri_pretty or self.uri_check
        return template.replace("{account}", quote(self.account(username), safe="@._-"))

    def body(self, username: str) -> str | None:
        if self.post_body is None:
            return None
        return self.post_body.replace("{account}", self.account(username))

    @property
    def follows_redirects(self) -> bool:
        """A site whose rules name a 3xx status is read without following redirects."""
        return not (300 <= self.e_code < 400 or 300 <= self.m_code < 400)


@dataclass(frozen=True)
class Catalogue:
    sites: tuple[Site, ...]
    sources: tuple[str, ...] = (BUNDLED,)

    @property
    def usable(self) -> tuple[Site, ...]:
        return tuple(s for s in self.sites if s.valid)

    @property
    def skipped(self) -> tuple[Site, ...]:
        return tuple(s for s in self.sites if not s.valid)

    def merged_over(self, other: Catalogue) -> Catalogue:
        """This catalogue plus the sites of ``other`` it lacks (ours wins on a name clash)."""
        names = {s.name.casefold() for s in self.sites}
        extra = tuple(s for s in other.sites if s.name.casefold() not in names)
        return Catalogue(self.sites + extra, self.sources + other.sources)


def _fail(where: str, message: str) -> CatalogueError:
    return CatalogueError(f"catalogue {where}: {message}")


def _check_type(where: str, site: str, key: str, value: Any, kind) -> None:
    # bool is an int in Python; a WMN e_code of `true` is still wrong.
    if isinstance(value, bool) and kind is int:
        raise _fail(where, f"site {site!r}: field {key!r} must be an integer")
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raw = {"str": "a string", "int": "an integer", "list": "a list", "dict": "an object"}
        raise _fail(where, f"site {site!r}: field {key!r} must be {raw.get(names, names)}")


def _http_template(where: str, site: str, key: str, value: str, needs_account: bool) -> None:
    if needs_account and "{account}" not in value:
        raise _fail(where, f"site {site!r}: field {key!r} has no {{account}} placeholder")
    parts = urlsplit(value.replace("{account}", "x"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _fail(where, f"site {site!r}: field {key!r} is not an http(s) address")


def parse_site(where: str, index: int, raw: Any, source: str) -> Site:
    if not isinstance(raw, dict):
        raise _fail(where, f"site #{index + 1} is not an object")
    name = raw.get("name")
    label = name if isinstance(name, str) and name.strip() else f"#{index + 1}"
    for key, kind in _REQUIRED.items():
        if key not in raw:
            raise _fail(where, f"site {label!r}: field {key!r} is missing")
        _check_type(where, label, key, raw[key], kind)
    for key, kind in _OPTIONAL.items():
        if key in raw and raw[key] is not None:
            _check_type(where, label, key, raw[key], kind)
    if not name.strip():
        raise _fail(where, f"site #{index + 1}: field 'name' is empty")
    _http_template(where, label, "uri_check", raw["uri_check"], needs_account=True)
    if raw.get("uri_pretty"):
        _http_template(where, label, "uri_pretty", raw["uri_pretty"], needs_account=False)
    if raw.get("x_privacy_url"):
        _http_template(where, label, "x_privacy_url", raw["x_privacy_url"], needs_account=False)
    for key in ("e_code", "m_code"):
        if not 100 <= raw[key] <= 599:
            raise _fail(where, f"site {label!r}: field {key!r} is not an HTTP status")
    known = raw["known"]
    if not all(isinstance(k, str) and k for k in known):
        raise _fail(where, f"site {label!r}: field 'known' must list non-empty strings")
    headers = raw.get("headers") or {}
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
        raise _fail(where, f"site {label!r}: field 'headers' must map strings to strings")
    lookup = raw.get("x_lookup") or "handle"
    if lookup not in LOOKUPS:
        raise _fail(where, f"site {label!r}: field 'x_lookup' must be one of {', '.join(LOOKUPS)}")
    if source == COMMUNITY:
        # A downloaded list is someone else's data: it may say how to ask for a handle, never
        # that a site should be sent a hash of the subject's emails (an email's MD5 is the
        # email, for anyone who has a list of addresses).
        lookup = "handle"
    protection = raw.get("protection") or ()
    if isinstance(protection, str):
        protection = (protection,)
    return Site(
        name=name.strip(),
        uri_check=raw["uri_check"],
        e_code=raw["e_code"],
        e_string=raw["e_string"],
        m_code=raw["m_code"],
        m_string=raw["m_string"],
        known=tuple(known),
        cat=raw["cat"],
        uri_pretty=raw.get("uri_pretty") or None,
        post_body=raw.get("post_body"),
        headers=tuple(sorted(headers.items())),
        strip_bad_char=raw.get("strip_bad_char") or "",
        valid=raw.get("valid", True) is not False,
        protection=tuple(str(p) for p in protection),
        privacy_url=raw.get("x_privacy_url") or None,
        check_by_hand=raw.get("x_check_by_hand") or None,
        lookup=lookup,
        source=source,
    )


def parse_catalogue(data: Any, where: str, source: str) -> Catalogue:
    if not isinstance(data, dict):
        raise _fail(where, "the top level must be an object with a 'sites' list")
    sites_raw = data.get("sites")
    if not isinstance(sites_raw, list):
        raise _fail(where, "field 'sites' is missing or not a list")
    sites = tuple(parse_site(where, i, raw, source) for i, raw in enumerate(sites_raw))
    seen: set[str] = set()
    for site in sites:
        if site.name.casefold() in seen:
            raise _fail(where, f"site {site.name!r} appears twice")
        seen.add(site.name.casefold())
    return Catalogue(sites, (source,))


def loads(text: str | bytes, where: str, source: str) -> Catalogue:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(where, f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except (UnicodeDecodeError, RecursionError):
        raise _fail(where, "not valid JSON text") from None
    return parse_catalogue(data, where, source)


def load_file(path: Path, source: str | None = None) -> Catalogue:
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        raise _fail(str(path), "no such file") from None
    except OSError as exc:
        raise _fail(str(path), f"cannot be read ({exc.strerror})") from None
    return loads(text, str(path), source or str(path))


def load_bundled() -> Catalogue:
    text = resources.files("selfaudit").joinpath("data/sites.json").read_bytes()
    return loads(text, "bundled sites.json", BUNDLED)


def select(catalogue: Catalogue, names: Iterable[str] | None) -> Catalogue:
    if not names:
        return catalogue
    wanted = {n.casefold() for n in names}
    return Catalogue(
        tuple(s for s in catalogue.sites if s.name.casefold() in wanted), catalogue.sources
    )
