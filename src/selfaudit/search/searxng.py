"""A SearXNG instance's JSON API (``/search?q=...&format=json``).

SearXNG is a metasearch engine that can be self-hosted, so a worker's organisation can run one
and keep queries off the big engines. Its JSON answer lists ``results`` (url, title, content,
engine) and ``unresponsive_engines`` (pairs of engine and error, such as ``["brave", "too many
requests"]``). An empty ``results`` list is only an honest "no results" when no engine failed;
when engines failed it means nobody answered.

Instances answer 403 when the JSON format is not enabled in their settings (``search.formats``),
and 429 when their limiter is throttling us; both stop the run's searching.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode, urlsplit

from ..checks import challenge_reason
from ..net import FetchError, Net, Response
from .interface import RawResult, SearchBackend, SearchBlocked, SearchError


class SearxngJson(SearchBackend):
    name = "searxng"
    label = "SearXNG"

    def __init__(self, base_url: str, language: str | None = "en-GB") -> None:
        parts = urlsplit(base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"SearXNG address {base_url!r} must be an http(s) URL")
        self.base_url = base_url.strip().rstrip("/")
        self.language = language
        self.host = parts.netloc

    @property
    def where(self) -> str:
        return f"SearXNG at {self.host}"

    def url_for(self, query: str) -> str:
        params = {"q": query, "format": "json", "categories": "general"}
        if self.language:
            params["language"] = self.language
        return f"{self.base_url}/search?{urlencode(params)}"

    def search(self, query: str, net: Net) -> list[RawResult]:
        try:
            response = net.get(self.url_for(query), headers={"Accept": "application/json"})
        except FetchError as exc:
            raise SearchError(f"{self.where} could not be reached ({exc.reason})") from None
        return self.parse_response(response)

    def parse_response(self, response: Response) -> list[RawResult]:
        where, status = self.where, response.status
        if status == 429:
            raise SearchBlocked(f"{where} is rate-limiting this address (HTTP 429)")
        if status == 403:
            raise SearchBlocked(
                f"{where} refused the JSON answer (HTTP 403): the instance must list 'json' "
                "under search.formats in its settings"
            )
        data = _json(response) if status == 200 else None
        if data is None:
            # Only a page that is not a JSON answer is checked for a bot check: a real answer
            # may quote "verify you are human" in a result.
            reason = challenge_reason(response)
            if reason:
                raise SearchBlocked(f"{where} answered with a bot check ({reason})")
        if status == 401:
            raise SearchBlocked(f"{where} wants a login (HTTP 401)")
        if status >= 500:
            raise SearchError(f"{where} failed (HTTP {status})")
        if status != 200:
            raise SearchError(f"unexpected answer from {where} (HTTP {status})")
        if data is None:
            raise SearchError(f"unexpected answer from {where}: not JSON")
        if not isinstance(data, dict) or not isinstance(data.get("results"), list):
            raise SearchError(f"unexpected answer from {where}: no 'results' list")
        results = _results(data["results"])
        if results:
            return results
        failed = _unresponsive(data.get("unresponsive_engines"))
        if failed:
            raise SearchBlocked(f"{where} got no answer from its engines: {failed}")
        if data["results"]:
            raise SearchError(f"unexpected answer from {where}: results without web addresses")
        return []


def _json(response: Response) -> object | None:
    try:
        return json.loads(response.text())
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python can parse
        return None


def _results(items: list) -> list[RawResult]:
    out: list[RawResult] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            continue
        url = item.get("url")
        if not isinstance(url, str):
            continue
        url = url.strip()
        try:
            parts = urlsplit(url)
            parts.hostname  # noqa: B018 - a broken IPv6 host raises here
        except ValueError:
            continue
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname or url in seen:
            continue
        seen.add(url)
        engine = item.get("engine")
        if not isinstance(engine, str) or not engine:
            engines = item.get("engines")
            engine = engines[0] if isinstance(engines, list) and engines else ""
        out.append(
            RawResult(
                url=url,
                title=_one_line(item.get("title")),
                snippet=_one_line(item.get("content")),
                engine=f"searxng:{engine}" if isinstance(engine, str) and engine else "searxng",
            )
        )
    return out


def _one_line(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _unresponsive(value: object) -> str:
    """ "google (CAPTCHA), brave (too many requests)" from ``unresponsive_engines``."""
    if not isinstance(value, list):
        return ""
    parts = []
    for entry in value:
        if isinstance(entry, list | tuple) and entry:
            name = str(entry[0])
            why = str(entry[1]) if len(entry) > 1 and entry[1] else ""
            parts.append(f"{name} ({why})" if why else name)
        elif isinstance(entry, str):
            parts.append(entry)
    return ", ".join(parts[:6]) + (", …" if len(parts) > 6 else "")
