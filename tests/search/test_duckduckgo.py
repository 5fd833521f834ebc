"""DuckDuckGo's HTML endpoint against a loopback server playing html.duckduckgo.com."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import routed_net
from selfaudit.fakeweb import Reply
from selfaudit.search.duckduckgo import DuckDuckGoHtml, unwrap
from selfaudit.search.interface import SearchBlocked, SearchError

from . import fixture

DDG = "https://html.duckduckgo.com"
HOST = "html.duckduckgo.com"


def search(web, reply: Reply, query: str = '"Sam Whitlock"', **config):
    web.add(HOST, "/html/", reply)
    with routed_net(web, DDG, retries=0, **config) as net:
        return DuckDuckGoHtml().search(query, net)


def test_results_page_is_parsed_with_real_addresses(web):
    results = search(web, Reply(200, fixture("ddg", "sam_normal.html")))
    assert [r.url for r in results] == [
        "https://www.linkedin.example.com/in/sam-whitlock-4a2b1c",
        "https://x.example.com/samwhitlock",
        "https://www.whitlockandco.example.com/team/sam-whitlock",
        "https://falkirkharriers.example.org/newsletter/march",
        "https://www.family-roots.example.net/tree/whitlock/samuel-whitlock-1887",
        "https://parkrun.example.org/falkirk/parkrunner/123456",
        "https://www.facebook.example.com/sam.whitlock.3",
    ]
    first = results[0]
    assert first.title == "Sam Whitlock - Social Worker - Dunmore Council | LinkedIn"
    assert first.snippet.startswith("Falkirk, Scotland · Social Worker at Dunmore Council")
    assert all(r.engine == "duckduckgo" for r in results)
    # Bold tags inside words do not split them.
    assert any(r.title.startswith("Samantha Whitlock") for r in results)


def test_advert_is_skipped(web):
    results = search(web, Reply(200, fixture("ddg", "sam_normal.html")))
    assert not any("peoplefinder" in r.url or "y.js" in r.url for r in results)
    assert not any("Public Records" in r.title for r in results)


def test_request_goes_to_the_html_endpoint_with_the_query(web):
    search(web, Reply(200, fixture("ddg", "no_results.html")), query='"Sam Whitlock" "Falkirk"')
    (request,) = web.requests_for(HOST)
    parts = urlsplit(request.path)
    assert parts.path == "/html/"
    params = parse_qs(parts.query)
    assert params["q"] == ['"Sam Whitlock" "Falkirk"']
    assert params["kl"] == ["uk-en"]
    assert "selfaudit" in request.headers.get("User-Agent", "")


def test_namesake_heavy_page_keeps_every_result(web):
    results = search(web, Reply(200, fixture("ddg", "sam_namesakes.html")))
    assert len(results) == 9


def test_no_results_page_is_an_honest_empty_list(web):
    assert search(web, Reply(200, fixture("ddg", "no_results.html"))) == []


def test_anomaly_page_with_202_is_blocked(web):
    with pytest.raises(SearchBlocked) as caught:
        search(web, Reply(202, fixture("ddg", "anomaly.html")))
    assert caught.value.reason == "DuckDuckGo answered with a captcha (HTTP 202)"


def test_anomaly_page_with_200_is_blocked_too(web):
    with pytest.raises(SearchBlocked, match=r"captcha \(HTTP 200\)"):
        search(web, Reply(200, fixture("ddg", "anomaly.html")))


def test_empty_202_is_blocked_not_empty(web):
    with pytest.raises(SearchBlocked, match="202"):
        search(web, Reply(202, ""))


def test_rate_limit_is_blocked(web):
    reply = Reply(429, "Too Many Requests", headers=(("Retry-After", "3600"),))
    with pytest.raises(SearchBlocked, match=r"rate-limiting .*HTTP 429"):
        search(web, reply)


def test_forbidden_is_blocked(web):
    with pytest.raises(SearchBlocked, match="403"):
        search(web, Reply(403, "<html><body>Forbidden</body></html>"))


def test_generic_bot_challenge_is_blocked(web):
    page = "<html><head><title>Just a moment...</title></head><body></body></html>"
    with pytest.raises(SearchBlocked, match="bot check"):
        search(web, Reply(503, page))


def test_server_error_is_an_error_but_not_a_block(web):
    with pytest.raises(SearchError) as caught:
        search(web, Reply(500, "oops"))
    assert not isinstance(caught.value, SearchBlocked)
    assert "HTTP 500" in caught.value.reason


def test_unrecognised_page_is_an_error_never_empty(web):
    with pytest.raises(SearchError, match="unexpected answer from DuckDuckGo"):
        search(web, Reply(200, "<html><body><p>Welcome to our new look!</p></body></html>"))


def test_query_echoing_anomaly_words_still_gives_results(web):
    # A real result page echoes the query into the search box; "anomaly-modal" there is text.
    page = fixture("ddg", "sam_normal.html").replace(
        b'value="&quot;Sam Whitlock&quot;"', b'value="anomaly-modal anomaly.js challenge-form"'
    )
    assert len(search(web, Reply(200, page))) == 7


def test_unreachable_engine_is_an_error(web):
    with routed_net(web, DDG, retries=0) as net:
        web.stop()  # nothing listens any more
        with pytest.raises(SearchError, match="could not be reached") as caught:
            DuckDuckGoHtml().search('"Sam Whitlock"', net)
    assert not isinstance(caught.value, SearchBlocked)


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        (
            "//duckduckgo.com/l/?uddg=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2&rut=abc",
            "https://example.org/a?b=1&c=2",
        ),
        ("/l/?uddg=http%3A%2F%2Fexample.net%2F&rut=x", "http://example.net/"),
        (
            "https://duckduckgo.com/l/?uddg=https%3A%2F%2Fexample.com%2Fp&rut=1",
            "https://example.com/p",
        ),
        ("https://example.com/direct", "https://example.com/direct"),
        ("https://duckduckgo.com/y.js?ad_domain=example.com&u3=https%3A%2F%2Fexample.com", None),
        ("//duckduckgo.com/l/?uddg=javascript%3Aalert(1)&rut=x", None),
        ("//duckduckgo.com/l/?uddg=ftp%3A%2F%2Fexample.org%2Ff&rut=x", None),
        ("//duckduckgo.com/l/?uddg=https%3A%2F%2Fduckduckgo.com%2Fsettings&rut=x", None),
        ("//duckduckgo.com/l/?rut=x", None),
        ("mailto:someone@example.org", None),
        ("", None),
    ],
)
def test_unwrap(href, expected):
    assert unwrap(href) == expected
