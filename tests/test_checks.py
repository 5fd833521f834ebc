"""Check semantics against a real loopback server, one row per kind of answer a site gives."""

from __future__ import annotations

import json
import time

import pytest

from conftest import routed_net, site_entry
from selfaudit import catalogue as cat
from selfaudit.checks import Canary, check_account
from selfaudit.fakeweb import Reply
from selfaudit.models import Status

PROFILE = Reply(200, "<html><div class='profile-of'>Sam</div></html>")
MISSING = Reply(404, "<html>Sorry, no such user here.</html>")


def make_site(**overrides) -> cat.Site:
    return cat.loads(json.dumps({"sites": [site_entry(**overrides)]}), "t", "t").sites[0]


def check(web, reply, username="sam", canary=False, site=None, **config):
    site = site or make_site()
    web.add("example.org", f"/users/{username}", reply)
    web.default("example.org", MISSING)
    with routed_net(web, "https://example.org", **config) as net:
        return check_account(site, username, net, Canary(net) if canary else None)


CASES = [
    ("profile", PROFILE, Status.FOUND, "HTTP 200 and profile marker present"),
    ("missing", MISSING, Status.NOT_FOUND, "HTTP 404 and not-found marker present"),
    (
        "200 without marker",
        Reply(200, "<html>hello</html>"),
        Status.UNKNOWN,
        "unexpected answer (HTTP 200)",
    ),
    (
        "changed 404 page",
        Reply(404, "<html>Oops, moved</html>"),
        Status.UNKNOWN,
        "unexpected answer (HTTP 404)",
    ),
    (
        "cloudflare header",
        Reply(403, "x", headers=(("cf-mitigated", "challenge"),)),
        Status.UNKNOWN,
        "HTTP 403 bot challenge",
    ),
    (
        "just a moment 503",
        Reply(503, "<title>Just a moment...</title>", headers=(("Retry-After", "0"),)),
        Status.UNKNOWN,
        "HTTP 503 bot challenge",
    ),
    (
        "captcha on 200 with marker",
        Reply(200, "<div class='g-recaptcha'></div>profile-of"),
        Status.UNKNOWN,
        "HTTP 200 captcha page",
    ),
    (
        "captcha title",
        Reply(200, "<title>Security CAPTCHA</title>"),
        Status.UNKNOWN,
        "HTTP 200 captcha page",
    ),
    (
        "rate limited",
        Reply(429, "slow", headers=(("Retry-After", "0"),)),
        Status.UNKNOWN,
        "rate limited (HTTP 429)",
    ),
    ("server error", Reply(500, "boom"), Status.UNKNOWN, "server error (HTTP 500)"),
    ("forbidden", Reply(403, "no"), Status.UNKNOWN, "blocked (HTTP 403)"),
    (
        "login form",
        Reply(200, "<form><input type='password'></form>"),
        Status.UNKNOWN,
        "login wall (HTTP 200 login form)",
    ),
    ("oversize", Reply(200, "profile-of" + "x" * 5000), Status.UNKNOWN, "larger than the size cap"),
]


@pytest.mark.parametrize(("label", "reply", "status", "detail"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_answer(web, label, reply, status, detail):
    result = check(web, reply, max_bytes=2000, retries=1)
    assert result.status is status
    assert detail in result.detail
    assert result.url == "https://example.org/users/sam"


def test_redirect_to_login_is_a_login_wall_not_not_found(web):
    web.add("example.org", "/login", Reply(404, "no such user"))  # even if it says "missing"
    result = check(web, Reply(302, headers=(("Location", "/login?next=/users/sam"),)))
    assert result.status is Status.UNKNOWN
    assert result.detail == "login wall (redirected to /login)"


def test_redirect_loop_is_unknown(web):
    web.add("example.org", "/loop", Reply(302, headers=(("Location", "/users/sam"),)))
    result = check(web, Reply(302, headers=(("Location", "/loop"),)))
    assert (result.status, result.detail) == (Status.UNKNOWN, "redirect loop")


def test_timeout_is_unknown_with_the_time(web):
    result = check(web, Reply(200, "profile-of", delay=2), timeout=0.3)
    assert result.status is Status.UNKNOWN
    assert result.detail.startswith("timed out after 0.3 s")


def test_connection_error_is_unknown():
    site = make_site(uri_check="http://127.0.0.1:9/users/{account}")
    from selfaudit.net import Net

    with Net() as net:
        result = check_account(site, "sam", net, None)
    assert (result.status, result.detail) == (Status.UNKNOWN, "connection refused")


def test_soft_404_with_m_code_200_is_not_found(web):
    site = make_site(m_code=200, m_string="Page not found")
    result = check(web, Reply(200, "<h1>Page not found</h1>"), site=site)
    assert result.status is Status.NOT_FOUND


def test_a_3xx_rule_reads_the_redirect_itself(web):
    site = make_site(e_code=200, e_string="profile-of", m_code=302, m_string="")
    result = check(web, Reply(302, headers=(("Location", "/signup"),)), site=site)
    assert result.status is Status.NOT_FOUND


def test_canary_turns_a_site_that_finds_everyone_into_unknown(web):
    web.default("example.org", PROFILE)
    with routed_net(web, "https://example.org") as net:
        result = check_account(make_site(), "sam", net, Canary(net))
    assert result.status is Status.UNKNOWN
    assert "answers 'found' for any username" in result.detail


def test_canary_is_asked_once_per_site_and_only_after_a_found(web):
    web.add("example.org", "/users/sam", PROFILE)
    web.add("example.org", "/users/jo", PROFILE)
    web.default("example.org", MISSING)
    site = make_site()
    with routed_net(web, "https://example.org") as net:
        canary = Canary(net, username="zqcanary")
        assert check_account(site, "sam", net, canary).status is Status.FOUND
        assert check_account(site, "jo", net, canary).status is Status.FOUND
        assert check_account(site, "nobody", net, canary).status is Status.NOT_FOUND
    canary_paths = [r.path for r in web.log if "zqcanary" in r.path]
    assert canary_paths == ["/users/zqcanary"]


def test_post_checks_send_the_body_and_headers(web):
    site = make_site(
        uri_check="https://example.org/api/lookup?u={account}",
        post_body='{"username": "{account}"}',
        headers={"Content-Type": "application/json", "X-Requested-With": "selfaudit"},
        e_string='"exists": true',
        m_code=200,
        m_string='"exists": false',
    )

    def answer(request):
        data = json.loads(request.body)
        exists = data["username"] == "sam"
        return Reply(200, json.dumps({"exists": exists}))

    web.add("example.org", "/api/lookup", answer)
    with routed_net(web, "https://example.org") as net:
        found = check_account(site, "sam", net, None)
        missing = check_account(site, "jo", net, None)
    assert (found.status, missing.status) == (Status.FOUND, Status.NOT_FOUND)
    assert web.log[0].method == "POST"
    assert web.log[0].headers["X-Requested-With"] == "selfaudit"


def test_strip_bad_char_removes_characters_before_asking(web):
    site = make_site(strip_bad_char=".")
    result = check(web, PROFILE, username="sam", site=site)
    assert result.status is Status.FOUND
    web.log.clear()
    with routed_net(web, "https://example.org") as net:
        check_account(site, "s.a.m", net, None)
    assert web.log[0].path == "/users/sam"


def test_check_by_hand_sites_are_never_requested(web):
    site = make_site(x_check_by_hand="login wall")
    result = check(web, PROFILE, site=site)
    assert result.status is Status.UNKNOWN
    assert result.check_by_hand
    assert web.log == []


def test_429_waits_then_reads_the_real_answer(web):
    calls = []

    def limited(request):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Reply(429, "", headers=(("Retry-After", "0"),))
        return PROFILE

    result = check(web, limited)
    assert result.status is Status.FOUND
