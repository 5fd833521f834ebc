"""What every search backend promises: one query in, honest results out, or a reason why not.

The rule that matters most: an empty list means the engine really said "no results". A rate
limit, a captcha, a refusal or a page we cannot read is an exception carrying its reason, so the
report can say "search could not run: ..." instead of passing a blocked search off as a clean one.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from ..net import Net


@dataclass(frozen=True)
class RawResult:
    """One result as the engine showed it, before anyone judged whether it is about the subject.

    ``url`` is the real destination (redirect wrappers already removed); ``engine`` names where it
    came from ("duckduckgo", or "searxng:<upstream engine>").
    """

    url: str
    title: str
    snippet: str
    engine: str


class SearchError(Exception):
    """The search could not give an answer; ``reason`` is a few words for the report."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SearchBlocked(SearchError):
    """The engine refused us (rate limit, captcha, bot check, JSON disabled): asking it again in
    the same run would only be refused again, so the run stops querying it."""


class SearchBackend(ABC):
    """A search engine we can put one query to."""

    name: str
    """Short identifier, as on the command line ("duckduckgo", "searxng", "none")."""

    label: str
    """How the engine is called in the report ("DuckDuckGo")."""

    @abstractmethod
    def search(self, query: str, net: Net) -> list[RawResult]:
        """Results for ``query`` in the engine's order.

        Raises :class:`SearchBlocked` when refused and :class:`SearchError` for any other answer
        that is not a real result page; returns ``[]`` only for a real "no results" answer.
        """


class NoSearch(SearchBackend):
    """``--search none``: nothing is asked of any engine."""

    name = "none"
    label = "no search engine"

    def search(self, query: str, net: Net) -> list[RawResult]:
        return []
