"""run_search and pages_to_read: politeness, stopping when refused, de-duplication, and the
whole path from a recorded result page to findings on the pages it points at."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import routed_net
from selfaudit.extract import extract_findings
from selfaudit.fakeweb import Reply, Request
from selfaudit.models import FindingKind, Page, SearchResult
from selfaudit.net import Net
from selfaudit.search import make_backend
from selfaudit.search.duckduckgo import DuckDuckGoHtml
from selfaudit.search.interface import (
    NoSearch,
    RawResult,
    SearchBackend,
    SearchBlocked,
    SearchError,
)
from selfaudit.search.run import SearchOutcome, pages_to_read, run_search, url_key
from selfaudit.search.searxng import SearxngJson

from . import SAM, fixture


class Scripted(SearchBackend):
    """A backend answering from a script: a list of results or an exception, per query."""

    name = "scripted"
    label = "Scripted"

    def __init__(self, *answers):
        self.answers = list(answers)
        self.asked: list[str] = []

    def search(self, query: str, net: Net) -> list[RawResult]:
        self.asked.append(query)
        answer = self.answers.pop(0) if self.answers else []
        if isinstance(answer, Exception):
            raise answer
        return answer


def raw(url: str, title: str = "Sam Whitlock - Falkirk", snippet: str = "") -> RawResult:
    return RawResult(url, title, snippet, "scripted")


def run(backend, **kwargs):
    sleeps: list[float] = []
    outcome = run_search(SAM, backend, Net(), sleep=sleeps.append, **kwargs)
    return outcome, sleeps


def test_queries_follow_the_plan_and_are_spaced():
    backend = Scripted()
    outcome, sleeps = run(backend, spacing=2.5)
    assert list(outcome.queries) == backend.asked
    assert backend.asked[0] == '"Sam Whitlock"'
    assert sleeps == [2.5] * (len(backend.asked) - 1)
    assert outcome.problems == () and outcome.complete


def test_max_queries_bounds_what_is_sent():
    backend = Scripted()
    outcome, _ = run(backend, max_queries=2, include_contacts=True)
    assert len(backend.asked) == 2
    assert '"0131 496 0412"' in outcome.left_out
    assert not outcome.complete


def test_contacts_only_with_opt_in():
    backend = Scripted()
    run(backend, max_queries=20)
    assert not any("496" in q or "@" in q for q in backend.asked)
    backend = Scripted()
    run(backend, max_queries=20, include_contacts=True)
    assert '"sam.whitlock@example.org"' in backend.asked


def test_blocked_backend_stops_the_search_with_one_problem():
    backend = Scripted(SearchBlocked("DuckDuckGo answered with a captcha (HTTP 202)"))
    outcome, sleeps = run(backend)
    assert backend.asked == ['"Sam Whitlock"']
    assert outcome.problems == (
        "search could not run: DuckDuckGo answered with a captcha (HTTP 202)",
    )
    assert outcome.results == ()
    assert outcome.queries == ('"Sam Whitlock"',)
    assert len(outcome.left_out) == 4
    assert sleeps == []


def test_block_after_some_answers_keeps_them_and_says_how_far_it_got():
    backend = Scripted([raw("https://example.org/a")], SearchBlocked("rate-limited (HTTP 429)"))
    outcome, _ = run(backend)
    assert len(backend.asked) == 2
    assert [r.url for r in outcome.results] == ["https://example.org/a"]
    assert outcome.problems == ("search stopped after 1 of 5 queries: rate-limited (HTTP 429)",)


def test_other_errors_are_reported_once_and_stop_after_two_in_a_row():
    backend = Scripted(SearchError("timed out"), SearchError("timed out"), [raw("https://x.org/")])
    outcome, _ = run(backend)
    assert len(backend.asked) == 2
    assert outcome.problems == ("search could not run: timed out",)
    assert len(outcome.left_out) == 3


def test_errors_after_answers_say_how_far_it_got():
    backend = Scripted([], SearchError("HTTP 502"), SearchError("HTTP 503"))
    outcome, _ = run(backend)
    assert len(backend.asked) == 3
    assert outcome.problems == (
        "search stopped after 1 of 5 queries: HTTP 503",
        "1 of 5 queries failed: HTTP 502",
    )


def test_one_error_then_answers_goes_on():
    backend = Scripted(SearchError("HTTP 500"), [raw("https://example.org/a")])
    outcome, _ = run(backend)
    assert len(backend.asked) == 5
    assert len(outcome.results) == 1
    assert outcome.problems == ("1 of 5 queries failed: HTTP 500",)


def test_a_single_failed_query_could_not_run():
    backend = Scripted(SearchError("HTTP 500"))
    outcome, _ = run(backend, max_queries=1)
    assert outcome.problems == ("search could not run: HTTP 500",)


def test_results_are_deduplicated_across_queries_keeping_the_first_query():
    first = [raw("https://www.example.org/a/"), raw("https://example.org/b")]
    second = [
        raw("http://example.org/a"),
        raw("https://example.org/c"),
        raw("https://example.org/b#top"),
    ]
    outcome, _ = run(Scripted(first, second))
    assert [r.url for r in outcome.results] == [
        "https://www.example.org/a/",
        "https://example.org/b",
        "https://example.org/c",
    ]
    assert [r.query for r in outcome.results] == [
        '"Sam Whitlock"',
        '"Sam Whitlock"',
        '"Sam Whitlock" "Dunmore Council"',
    ]


def test_results_are_judged():
    answers = [raw("https://example.org/a"), raw("https://example.org/b", "John Whitlock - Leeds")]
    outcome, _ = run(Scripted(answers))
    assert [r.about_subject for r in outcome.results] == [True, False]
    assert outcome.about == (outcome.results[0],)


def test_no_search_sends_nothing():
    outcome = run_search(SAM, NoSearch(), Net(), sleep=pytest.fail)
    assert outcome.skipped and "--search none" in outcome.skipped
    assert outcome.queries == () and outcome.problems == () and not outcome.complete


def test_should_stop_is_honoured():
    backend = Scripted([raw("https://example.org/a")])
    calls = iter([False, True])
    outcome, _ = run(backend, should_stop=lambda: next(calls))
    assert len(backend.asked) == 1
    assert outcome.problems == ("search stopped after 1 of 5 queries: stopped before the end",)


def test_url_key():
    assert url_key("https://WWW.Example.org/a/") == url_key("http://example.org/a#x")
    assert url_key("https://example.org/a?b=1") != url_key("https://example.org/a?b=2")
    assert url_key("https://example.org:8443/a") != url_key("https://example.org/a")


def result(url: str, about: bool) -> SearchResult:
    return SearchResult("test", "q", url, "t", "s", about)


def test_pages_to_read_takes_results_about_the_subject_in_order():
    outcome = SearchOutcome(
        results=(
            result("https://example.org/1", True),
            result("https://example.org/2", False),
            result("ftp://example.org/3", True),
            result("https://example.org/4", True),
            result("https://www.example.org/1/", True),
            result("https://example.org/5", True),
        )
    )
    assert pages_to_read(outcome) == [
        "https://example.org/1",
        "https://example.org/4",
        "https://example.org/5",
    ]
    assert pages_to_read(outcome, limit=2) == ["https://example.org/1", "https://example.org/4"]
    assert pages_to_read(outcome, limit=0) == []


def test_make_backend():
    assert make_backend("duckduckgo").name == "duckduckgo"
    assert make_backend("SearXNG", "https://searx.example.org").name == "searxng"
    assert isinstance(make_backend("none"), NoSearch)
    with pytest.raises(ValueError, match="searxng-url"):
        make_backend("searxng")
    with pytest.raises(ValueError, match="unknown"):
        make_backend("bing")


# -- against the loopback server ---------------------------------------------------------------

DDG_HOST = "html.duckduckgo.com"


def ddg_by_query(request: Request) -> Reply:
    """Recorded pages by query: results, namesakes, then the captcha page."""
    query = parse_qs(urlsplit(request.path).query)["q"][0]
    if query == '"Sam Whitlock"':
        return Reply(200, fixture("ddg", "sam_normal.html"))
    if query == '"Sam Whitlock" "Dunmore Council"':
        return Reply(200, fixture("ddg", "sam_namesakes.html"))
    return Reply(202, fixture("ddg", "anomaly.html"))


def test_duckduckgo_end_to_end_stops_at_the_captcha(web):
    web.add(DDG_HOST, "/html/", ddg_by_query)
    sleeps: list[float] = []
    with routed_net(web, "https://html.duckduckgo.com", retries=0) as net:
        outcome = run_search(SAM, DuckDuckGoHtml(), net, sleep=sleeps.append)
    assert len(web.requests_for(DDG_HOST)) == 3
    assert sleeps == [1.0, 1.0]
    assert outcome.problems == (
        "search stopped after 2 of 5 queries: DuckDuckGo answered with a captcha (HTTP 202)",
    )
    assert len(outcome.results) == 16  # 7 + 9 different addresses
    about = {r.url for r in outcome.results if r.about_subject}
    assert about == {
        "https://www.linkedin.example.com/in/sam-whitlock-4a2b1c",
        "https://x.example.com/samwhitlock",
        "https://falkirkharriers.example.org/newsletter/march",
        "https://parkrun.example.org/falkirk/parkrunner/123456",
        "https://www.facebook.example.com/sam.whitlock.3",
        "https://www.dunmore-council.example.org/minutes/social-work-2023-11",
    }


def test_duckduckgo_empty_answers_are_no_problem(web):
    web.add(DDG_HOST, "/html/", Reply(200, fixture("ddg", "no_results.html")))
    with routed_net(web, "https://html.duckduckgo.com", retries=0) as net:
        outcome = run_search(SAM, DuckDuckGoHtml(), net, spacing=0)
    assert outcome.results == () and outcome.problems == () and len(outcome.queries) == 5


def test_searxng_rate_limit_is_a_problem_not_an_empty_search(web):
    web.default("searx.example.org", Reply(429, fixture("searxng", "rate_limited.html")))
    with routed_net(web, "https://searx.example.org", retries=0) as net:
        outcome = run_search(SAM, SearxngJson("https://searx.example.org"), net, spacing=0)
    assert len(web.requests_for("searx.example.org")) == 1
    assert outcome.problems == (
        "search could not run: SearXNG at searx.example.org is rate-limiting this address "
        "(HTTP 429)",
    )


def test_searxng_end_to_end(web):
    web.default("searx.example.org", Reply(200, fixture("searxng", "sam_results.json"),
                                           content_type="application/json"))  # fmt: skip
    with routed_net(web, "https://searx.example.org", retries=0) as net:
        outcome = run_search(SAM, SearxngJson("https://searx.example.org"), net, spacing=0)
    assert outcome.problems == ()
    assert [(r.url, r.about_subject) for r in outcome.results] == [
        ("https://www.linkedin.example.com/in/sam-whitlock-4a2b1c", True),
        ("https://falkirkharriers.example.org/newsletter/march", True),
        ("https://cricket.example.com/players/sam-whitlock", False),
        ("https://x.example.com/samwhitlock", True),
    ]
    assert {r.engine for r in outcome.results} == {"searxng:bing", "searxng:mojeek"}


def test_pages_found_by_search_yield_findings(web):
    web.add(DDG_HOST, "/html/", Reply(200, fixture("ddg", "sam_normal.html")))
    web.add("falkirkharriers.example.org", "/newsletter/march",
            Reply(200, fixture("pages", "falkirk_harriers_newsletter.html")))  # fmt: skip
    web.add("x.example.com", "/samwhitlock", Reply(200, fixture("pages", "x_samwhitlock.html")))
    origins = (
        "https://html.duckduckgo.com",
        "https://falkirkharriers.example.org",
        "https://x.example.com",
    )
    with routed_net(web, *origins, retries=0) as net:
        outcome = run_search(SAM, DuckDuckGoHtml(), net, max_queries=1)
        urls = pages_to_read(outcome)
        assert "https://www.whitlockandco.example.com/team/sam-whitlock" not in urls
        findings = []
        for url in urls:
            if "falkirkharriers" not in url and "x.example.com" not in url:
                continue  # the other pages are not served here
            response = net.get(url)
            page = Page(url, response.content_type, response.body, response.encoding)
            findings += extract_findings(page, SAM)
    values = {(f.kind, f.value) for f in findings}
    assert (FindingKind.PHONE, "+441314960412") in values
    assert (FindingKind.EMAIL, "sam.whitlock@example.org") in values
    assert any(
        kind is FindingKind.WORKPLACE and "Dunmore Council" in value for kind, value in values
    )
