"""Search yourself: put the subject's name to a search engine and judge what comes back.

    backend = make_backend("duckduckgo")              # or "searxng" with a URL, or "none"
    outcome = run_search(subject, backend, net)        # queries, judged results, problems
    for url in pages_to_read(outcome):                 # the pages about the subject
        ...                                            # fetch, then run the extractors

Backends share one interface (:mod:`.interface`); a refused search is a problem in the outcome,
never an empty result list.
"""

from __future__ import annotations

import enum

from .duckduckgo import DuckDuckGoHtml
from .interface import NoSearch, RawResult, SearchBackend, SearchBlocked, SearchError
from .judge import Judgement, about_subject, judge_result
from .plan import full_query_plan, query_plan
from .run import SearchOutcome, pages_to_read, run_search
from .searxng import SearxngJson


class SearchKind(enum.StrEnum):
    """The ``--search`` choices."""

    DUCKDUCKGO = "duckduckgo"
    SEARXNG = "searxng"
    NONE = "none"


def make_backend(kind: str | SearchKind, searxng_url: str | None = None) -> SearchBackend:
    """The backend for a ``--search`` choice. Raises ValueError for an unknown choice, or for
    ``searxng`` without an http(s) ``searxng_url``."""
    try:
        choice = SearchKind(str(kind).lower())
    except ValueError:
        names = ", ".join(k.value for k in SearchKind)
        raise ValueError(f"unknown search backend {kind!r}: use one of {names}") from None
    if choice is SearchKind.DUCKDUCKGO:
        return DuckDuckGoHtml()
    if choice is SearchKind.SEARXNG:
        if not searxng_url:
            raise ValueError("--search searxng needs --searxng-url URL")
        return SearxngJson(searxng_url)
    return NoSearch()


__all__ = [
    "DuckDuckGoHtml",
    "Judgement",
    "NoSearch",
    "RawResult",
    "SearchBackend",
    "SearchBlocked",
    "SearchError",
    "SearchKind",
    "SearchOutcome",
    "SearxngJson",
    "about_subject",
    "full_query_plan",
    "judge_result",
    "make_backend",
    "pages_to_read",
    "query_plan",
    "run_search",
]
