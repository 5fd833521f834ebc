"""DuckDuckGo's HTML endpoint: no key, no JavaScript, one page of results per query.

Its result links are wrapped in a redirect (``//duckduckgo.com/l/?uddg=<real url>&rut=...``) that
we unwrap so the report shows, and the engine fetches, the real address. Adverts
(``result--ad``) are dropped.

DuckDuckGo answers automated traffic it dislikes with an "anomaly" page (a picture captcha, often
with HTTP 202 rather than an error status). The page is parsed first, because a real result page
can echo "anomaly" in the query; only a page without results is then checked for the challenge's
own markup. A page with neither results nor DuckDuckGo's "No results." marker is an unexpected
answer, never an empty one.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

from bs4 import BeautifulSoup, Tag

from ..checks import challenge_reason
from ..net import FetchError, Net, Response
from .interface import RawResult, SearchBackend, SearchBlocked, SearchError

BASE_URL = "https://html.duckduckgo.com/html/"
_DDG_HOSTS = ("duckduckgo.com", "html.duckduckgo.com", "lite.duckduckgo.com")


class DuckDuckGoHtml(SearchBackend):
    name = "duckduckgo"
    label = "DuckDuckGo"

    def __init__(self, base_url: str = BASE_URL, region: str | None = "uk-en") -> None:
        self.base_url = base_url
        self.region = region

    def url_for(self, query: str) -> str:
        params = {"q": query}
        if self.region:
            params["kl"] = self.region
        return f"{self.base_url}?{urlencode(params)}"

    def search(self, query: str, net: Net) -> list[RawResult]:
        try:
            response = net.get(self.url_for(query))
        except FetchError as exc:
            raise SearchError(f"DuckDuckGo could not be reached ({exc.reason})") from None
        return parse_response(response)


def parse_response(response: Response) -> list[RawResult]:
    """Results from one answer of the HTML endpoint, or the reason there are none."""
    status = response.status
    if status == 429:
        raise SearchBlocked("DuckDuckGo is rate-limiting this address (HTTP 429)")
    soup = BeautifulSoup(response.text(), "html.parser")
    results = parse_results(soup)
    if results and status == 200:
        return results
    if _is_anomaly(soup):
        raise SearchBlocked(f"DuckDuckGo answered with a captcha (HTTP {status})")
    generic = challenge_reason(response)
    if generic:
        raise SearchBlocked(f"DuckDuckGo answered with a bot check ({generic})")
    if status == 202:
        # DuckDuckGo's bot check comes as 202; a 202 without results is never a real answer.
        raise SearchBlocked(
            "DuckDuckGo answered HTTP 202 without results (its sign of a bot check)"
        )
    if status in (401, 403):
        raise SearchBlocked(f"DuckDuckGo refused the search (HTTP {status})")
    if status >= 500:
        raise SearchError(f"DuckDuckGo failed (HTTP {status})")
    if status != 200:
        raise SearchError(f"unexpected answer from DuckDuckGo (HTTP {status})")
    if _says_no_results(soup):
        return []
    if response.truncated:
        raise SearchError("unexpected answer from DuckDuckGo: the page was too large to read")
    raise SearchError(
        "unexpected answer from DuckDuckGo: neither results nor its 'No results.' page "
        "(its page layout may have changed)"
    )


def parse_results(soup: BeautifulSoup) -> list[RawResult]:
    results: list[RawResult] = []
    seen: set[str] = set()
    for block in soup.select("div.result, div.web-result"):
        classes = set(block.get("class") or [])
        if classes & {"result--ad", "result--no-result"}:
            continue
        link = block.select_one("a.result__a")
        if link is None:
            continue
        url = unwrap(str(link.get("href") or ""))
        if url is None or url in seen:
            continue
        seen.add(url)
        snippet = block.select_one(".result__snippet")
        results.append(
            RawResult(
                url=url,
                title=_text(link),
                snippet=_text(snippet) if snippet is not None else "",
                engine="duckduckgo",
            )
        )
    return results


def unwrap(href: str) -> str | None:
    """The real address behind a result link, or None for adverts and non-web links.

    ``//duckduckgo.com/l/?uddg=https%3A%2F%2Fexample.org%2F&rut=...`` -> ``https://example.org/``;
    a plain http(s) link is kept as it is.
    """
    href = href.strip()
    if not href:
        return None
    if href.startswith("//"):
        href = "https:" + href
    elif href.startswith("/"):
        href = "https://duckduckgo.com" + href
    try:
        parts = urlsplit(href)
        host = (parts.hostname or "").lower()
    except ValueError:  # an address the parser rejects: not a result we can use
        return None
    if host in _DDG_HOSTS:
        if parts.path.rstrip("/") != "/l":
            return None  # y.js (adverts) and other internal links
        target = (parse_qs(parts.query).get("uddg") or [""])[0].strip()
        return target if _is_web(target) else None
    return href if _is_web(href) else None


def _is_web(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return False
    return parts.hostname.lower() not in _DDG_HOSTS


def _text(tag: Tag) -> str:
    # No separator: DuckDuckGo bolds parts of words ("<b>Sam</b>antha").
    return " ".join(tag.get_text().split())


def _is_anomaly(soup: BeautifulSoup) -> bool:
    """The anomaly (captcha) page, recognised by its markup, never by text a query could echo."""
    for tag in soup.find_all(class_=True):
        if any(str(c).startswith("anomaly-modal") for c in tag.get("class") or []):
            return True
    for form in soup.find_all("form"):
        action = str(form.get("action") or "")
        if form.get("id") == "challenge-form" or "anomaly.js" in action:
            return True
    return False


def _says_no_results(soup: BeautifulSoup) -> bool:
    marker = soup.select_one(".no-results, .result--no-result")
    if marker is None:
        return False
    return "no results" in marker.get_text(" ").casefold() or "no-results" in str(marker)
