"""A SearXNG instance's JSON API against a loopback server playing searx.example.org."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import routed_net
from selfaudit.fakeweb import Reply
from selfaudit.search.interface import SearchBlocked, SearchError
from selfaudit.search.searxng import SearxngJson

from . import fixture

BASE = "https://searx.example.org"
HOST = "searx.example.org"


def json_reply(name: str, status: int = 200) -> Reply:
    return Reply(status, fixture("searxng", name), content_type="application/json")


def search(web, reply: Reply, base: str = BASE, query: str = '"Sam Whitlock"'):
    web.default(HOST, reply)
    with routed_net(web, BASE, retries=0) as net:
        return SearxngJson(base).search(query, net)


def test_results_are_read_with_their_engine(web):
    results = search(web, json_reply("sam_results.json"))
    assert [r.url for r in results] == [
        "https://www.linkedin.example.com/in/sam-whitlock-4a2b1c",
        "https://falkirkharriers.example.org/newsletter/march",
        "https://cricket.example.com/players/sam-whitlock",
        "https://x.example.com/samwhitlock",
    ]
    assert results[0].engine == "searxng:bing"
    assert results[1].engine == "searxng:mojeek"
    assert results[0].title == "Sam Whitlock - Social Worker - Dunmore Council | LinkedIn"
    assert results[1].snippet.endswith("on 0131 496 0412 before Friday.")


def test_non_web_addresses_are_dropped(web):
    results = search(web, json_reply("sam_results.json"))
    assert not any(r.url.startswith("magnet:") for r in results)


def test_request_asks_for_json(web):
    search(web, json_reply("empty.json"), query='"samwhitlock"')
    (request,) = web.requests_for(HOST)
    parts = urlsplit(request.path)
    assert parts.path == "/search"
    params = parse_qs(parts.query)
    assert params["q"] == ['"samwhitlock"']
    assert params["format"] == ["json"]


def test_instance_under_a_path(web):
    search(web, json_reply("empty.json"), base="https://searx.example.org/searxng/")
    (request,) = web.requests_for(HOST)
    assert urlsplit(request.path).path == "/searxng/search"


def test_empty_results_with_all_engines_answering_is_honestly_empty(web):
    assert search(web, json_reply("empty.json")) == []


def test_empty_results_because_engines_failed_is_blocked(web):
    with pytest.raises(SearchBlocked) as caught:
        search(web, json_reply("engines_failed.json"))
    reason = caught.value.reason
    assert "got no answer from its engines" in reason
    assert "google (CAPTCHA)" in reason and "brave (Suspended: too many requests)" in reason


def test_rate_limit_is_blocked(web):
    reply = Reply(429, fixture("searxng", "rate_limited.html"))
    with pytest.raises(SearchBlocked) as caught:
        search(web, reply)
    assert (
        caught.value.reason
        == "SearXNG at searx.example.org is rate-limiting this address (HTTP 429)"
    )


def test_json_disabled_is_blocked_and_says_how_to_fix(web):
    with pytest.raises(SearchBlocked, match=r"HTTP 403.*search\.formats"):
        search(web, Reply(403, fixture("searxng", "forbidden.html")))


def test_html_instead_of_json_is_an_error(web):
    with pytest.raises(SearchError, match="not JSON") as caught:
        search(web, Reply(200, "<html><body>results…</body></html>"))
    assert not isinstance(caught.value, SearchBlocked)


def test_bot_check_page_is_blocked(web):
    page = "<html><head><title>Just a moment...</title></head><body>cf-chl-</body></html>"
    with pytest.raises(SearchBlocked, match="bot check"):
        search(web, Reply(200, page))


def test_json_without_results_list_is_an_error(web):
    reply = Reply(200, json.dumps({"query": "x", "answers": []}), content_type="application/json")
    with pytest.raises(SearchError, match="no 'results' list"):
        search(web, reply)


def test_a_result_quoting_captcha_words_is_still_a_result(web):
    data = {
        "results": [
            {
                "url": "https://example.org/help",
                "title": "Verify you are human: what g-recaptcha does",
                "content": "cf-chl- explained",
                "engine": "bing",
            }
        ],
        "unresponsive_engines": [],
    }
    reply = Reply(200, json.dumps(data), content_type="application/json")
    assert [r.url for r in search(web, reply)] == ["https://example.org/help"]


def test_server_error_is_an_error_not_a_block(web):
    with pytest.raises(SearchError) as caught:
        search(web, Reply(502, "bad gateway"))
    assert not isinstance(caught.value, SearchBlocked)


@pytest.mark.parametrize("base", ["searx.example.org", "ftp://searx.example.org", ""])
def test_address_must_be_http(base):
    with pytest.raises(ValueError, match="http"):
        SearxngJson(base)
