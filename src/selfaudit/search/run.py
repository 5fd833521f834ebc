"""Run the query plan against one backend, politely, and judge every result.

One query at a time, ``spacing`` seconds apart. When the engine refuses us (rate limit, captcha,
JSON disabled) no further query is sent: the outcome carries one problem line saying so, and the
results gathered before it. Results are de-duplicated by address across queries, keeping the
first query that found each.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from ..models import SearchResult, Subject
from ..net import Net
from .interface import NoSearch, SearchBackend, SearchBlocked, SearchError
from .judge import about_subject
from .plan import DEFAULT_LIMIT, full_query_plan

MAX_ERRORS_IN_A_ROW = 2
"""Other failures (timeouts, server errors) end the search after this many in a row."""


@dataclass(frozen=True)
class SearchOutcome:
    """What searching found, and what stopped it.

    ``queries`` are the queries actually sent (the engine saw them); ``left_out`` are planned
    queries that were not sent (over the limit, or after the engine refused us). ``problems`` is
    empty when every sent query got a real answer; ``skipped`` says why nothing was searched at
    all (``--search none``), which is a choice, not a problem.
    """

    results: tuple[SearchResult, ...] = ()
    problems: tuple[str, ...] = ()
    queries: tuple[str, ...] = ()
    engine: str = ""
    left_out: tuple[str, ...] = ()
    skipped: str | None = None

    @property
    def complete(self) -> bool:
        """True when every planned query ran and got a real answer."""
        return not self.problems and not self.left_out and self.skipped is None

    @property
    def about(self) -> tuple[SearchResult, ...]:
        return tuple(r for r in self.results if r.about_subject)


def run_search(
    subject: Subject,
    backend: SearchBackend,
    net: Net,
    *,
    include_contacts: bool = False,
    max_queries: int = DEFAULT_LIMIT,
    spacing: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    should_stop: Callable[[], bool] | None = None,
    on_query: Callable[[], None] | None = None,
) -> SearchOutcome:
    """Search for ``subject`` with ``backend`` and judge each result (``about_subject``).

    ``sleep`` is called with ``spacing`` between two queries (never before the first); tests pass
    a recorder. ``should_stop`` is checked before every query (the engine's stop event).
    ``on_query`` is called once each query has had its answer (the progress bar).
    """
    if isinstance(backend, NoSearch):
        return SearchOutcome(
            engine=backend.name, skipped="no search engine was asked (--search none)"
        )
    planned = full_query_plan(subject, include_contacts)
    limit = max(0, max_queries)
    plan, left_out = planned[:limit], planned[limit:]
    sent: list[str] = []
    results: list[SearchResult] = []
    seen: set[str] = set()
    answered = 0
    failures: dict[str, int] = {}  # reason -> queries that failed with it, in order
    stop_reason: str | None = None
    errors_in_a_row = 0
    for index, query in enumerate(plan):
        if should_stop is not None and should_stop():
            left_out = plan[index:] + left_out
            stop_reason = "stopped before the end"
            break
        if index and spacing > 0:
            sleep(spacing)
        sent.append(query)
        try:
            raw_results = backend.search(query, net)
        except SearchBlocked as exc:
            if on_query is not None:
                on_query()
            stop_reason = exc.reason
            left_out = plan[index + 1 :] + left_out
            break
        except SearchError as exc:
            if on_query is not None:
                on_query()
            errors_in_a_row += 1
            failures[exc.reason] = failures.get(exc.reason, 0) + 1
            if errors_in_a_row >= MAX_ERRORS_IN_A_ROW:
                stop_reason = exc.reason
                left_out = plan[index + 1 :] + left_out
                break
            continue
        if on_query is not None:
            on_query()
        errors_in_a_row = 0
        answered += 1
        for raw in raw_results:
            key = url_key(raw.url)
            if key in seen:
                continue
            seen.add(key)
            results.append(
                SearchResult(
                    engine=raw.engine,
                    query=query,
                    url=raw.url,
                    title=raw.title,
                    snippet=raw.snippet,
                    about_subject=about_subject(raw, subject),
                )
            )
    if stop_reason is None and answered == 0 and failures:
        stop_reason = next(iter(failures))
    problems: list[str] = []
    if stop_reason is not None:
        if answered == 0:
            problems.append(f"search could not run: {stop_reason}")
        else:
            problems.append(
                f"search stopped after {answered} of {len(plan)} queries: {stop_reason}"
            )
    for reason, count in failures.items():
        if reason != stop_reason:
            problems.append(f"{count} of {len(plan)} queries failed: {reason}")
    return SearchOutcome(
        results=tuple(results),
        problems=tuple(problems),
        queries=tuple(sent),
        engine=backend.name,
        left_out=tuple(left_out),
    )


def url_key(url: str) -> str:
    """The identity of an address for de-duplication: scheme, "www.", a trailing slash and the
    fragment ignored, host case-folded."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().removeprefix("www.")
    except ValueError:  # unparseable: it is its own identity
        return url.strip()
    port = f":{parts.port}" if _port(parts) else ""
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host + port, path, parts.query, ""))


def _port(parts) -> int | None:
    try:
        port = parts.port
    except ValueError:
        return None
    return port if port not in (80, 443) else None


def pages_to_read(outcome: SearchOutcome, limit: int = 10) -> list[str]:
    """Addresses of the results judged about the subject, in order, http(s) only, each once, at
    most ``limit``: the pages the engine should fetch and run the extractors on."""
    urls: list[str] = []
    seen: set[str] = set()
    for result in outcome.results:
        if len(urls) >= max(0, limit):
            break
        if not result.about_subject:
            continue
        parts = urlsplit(result.url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            continue
        key = url_key(result.url)
        if key not in seen:
            seen.add(key)
            urls.append(result.url)
    return urls
