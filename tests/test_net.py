"""The net layer against a real loopback server: routing, redirects, caps, deadlines, retries."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib

import pytest

from conftest import routed_net
from selfaudit.errors import RouteError
from selfaudit.fakeweb import Reply
from selfaudit.net import USER_AGENT, FetchError, Net, NetConfig, Route


def test_route_sends_request_to_base_but_keeps_original_url_and_host(web):
    web.add("api.github.com", "/users/sam?x=1", Reply(200, '{"login": "sam"}'))
    with routed_net(web, "https://api.github.com") as net:
        response = net.get("https://api.github.com/users/sam?x=1")
    assert response.status == 200
    assert response.url == "https://api.github.com/users/sam?x=1"
    (request,) = web.log
    assert request.host == "api.github.com"
    assert request.path == "/users/sam?x=1"


def test_wildcard_route_covers_subdomains(web):
    web.default("*.wordpress.com", Reply(200, "blog"))
    with routed_net(web, "https://*.wordpress.com") as net:
        assert net.get("https://sam.wordpress.com/").body == b"blog"
    assert web.log[0].host == "sam.wordpress.com"


@pytest.mark.parametrize(
    "text",
    ["no-equals-sign", "ftp://a.example=http://127.0.0.1:1", "https://a.example/path=http://x"],
)
def test_bad_routes_are_refused(text):
    with pytest.raises(RouteError):
        Route.parse(text)


def test_honest_user_agent_and_no_cookies_kept(web):
    web.add(None, "/set", Reply(200, "ok", headers=(("Set-Cookie", "track=1; Path=/"),)))
    web.add(None, "/next", Reply(200, "ok"))
    with Net() as net:
        net.get(web.url("/set"))
        net.get(web.url("/next"))
    assert web.log[0].headers["User-Agent"] == USER_AGENT
    assert "selfaudit" in USER_AGENT
    assert "Cookie" not in web.log[1].headers


def test_redirects_are_followed_and_recorded(web):
    web.add(None, "/a", Reply(302, headers=(("Location", "/b"),)))
    web.add(None, "/b", Reply(200, "here"))
    with Net() as net:
        response = net.get(web.url("/a"))
    assert response.body == b"here"
    assert response.redirects == (web.url("/b"),)


def test_redirect_loop_is_an_error_not_a_hang(web):
    web.add(None, "/a", Reply(302, headers=(("Location", "/b"),)))
    web.add(None, "/b", Reply(302, headers=(("Location", "/a"),)))
    with Net() as net, pytest.raises(FetchError, match="redirect loop"):
        net.get(web.url("/a"))


def test_more_than_five_redirects_is_an_error(web):
    for i in range(8):
        web.add(None, f"/r{i}", Reply(302, headers=(("Location", f"/r{i + 1}"),)))
    with Net() as net, pytest.raises(FetchError, match="more than 5 redirects"):
        net.get(web.url("/r0"))


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)"]
)
def test_redirects_to_other_schemes_are_refused(web, target):
    web.add(None, "/a", Reply(302, headers=(("Location", target),)))
    with Net() as net, pytest.raises(FetchError, match="refused a redirect"):
        net.get(web.url("/a"))


def test_body_over_the_cap_is_truncated_and_flagged(web):
    web.add(None, "/big", Reply(200, b"x" * 50_000))
    with Net(NetConfig(max_bytes=10_000)) as net:
        response = net.get(web.url("/big"))
    assert response.truncated
    assert len(response.body) == 10_000


def test_gzip_bomb_is_capped_after_decompression(web):
    bomb = gzip.compress(b"\0" * 50_000_000)
    web.add(None, "/bomb", Reply(200, bomb, headers=(("Content-Encoding", "gzip"),)))
    with Net(NetConfig(max_bytes=100_000)) as net:
        response = net.get(web.url("/bomb"))
    assert response.truncated
    assert len(response.body) == 100_000


def test_gzip_and_deflate_bodies_are_decoded(web):
    web.add(
        None,
        "/gz",
        Reply(200, gzip.compress(b"hello gzip"), headers=(("Content-Encoding", "gzip"),)),
    )
    raw_deflate = zlib.compressobj(wbits=-15)
    body = raw_deflate.compress(b"hello deflate") + raw_deflate.flush()
    web.add(None, "/df", Reply(200, body, headers=(("Content-Encoding", "deflate"),)))
    with Net() as net:
        assert net.get(web.url("/gz")).body == b"hello gzip"
        assert net.get(web.url("/df")).body == b"hello deflate"


def _drip(handler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
    handler.wfile.flush()
    try:
        for _ in range(1000):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass


def _drip_headers(handler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
    try:
        for n in range(1000):
            handler.wfile.write(b"X-Slow-%d: 1\r\n" % n)
            handler.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass


def test_slow_drip_hits_the_overall_deadline(web):
    web.add(None, "/drip", Reply(raw=_drip))
    start = time.monotonic()
    with Net(NetConfig(timeout=1.0)) as net, pytest.raises(FetchError, match="timed out"):
        net.get(web.url("/drip"))
    assert time.monotonic() - start < 2.5


def test_a_short_deadline_is_not_held_up_by_a_longer_one_already_waiting(web):
    """Every request's deadline is kept by one shared watchdog: one armed later but due sooner
    must still fire on time, while the earlier, longer one goes on waiting. (Headers that
    trickle in defeat the socket's own read timeout: only the watchdog can end the wait.)"""
    web.add(None, "/drip", Reply(raw=_drip_headers))
    outcome: dict[str, object] = {}

    def long_wait() -> None:
        with Net(NetConfig(timeout=4.0)) as net:
            try:
                net.get(web.url("/drip"))
            except FetchError as exc:
                outcome["long"] = (str(exc), time.monotonic())

    started = time.monotonic()
    waiter = threading.Thread(target=long_wait, daemon=True)
    waiter.start()
    time.sleep(0.2)
    with Net(NetConfig(timeout=0.4)) as net, pytest.raises(FetchError, match="timed out"):
        net.get(web.url("/drip"))
    assert time.monotonic() - started < 2.0
    assert "long" not in outcome  # the 4 s request is still being read
    waiter.join(6)
    message, ended = outcome["long"]
    assert "timed out after 4 s" in message and ended - started >= 3.9


def test_silent_server_times_out(web):
    web.add(None, "/slow", Reply(200, "late", delay=3))
    with (
        Net(NetConfig(timeout=0.5)) as net,
        pytest.raises(FetchError, match="timed out after 0.5 s"),
    ):
        net.get(web.url("/slow"))


def test_retry_after_is_honoured_then_succeeds(web):
    calls = []

    def flaky(request):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Reply(429, "slow down", headers=(("Retry-After", "1"),))
        return Reply(200, "ok")

    web.add(None, "/x", flaky)
    with Net() as net:
        response = net.get(web.url("/x"))
    assert response.status == 200
    assert calls[1] - calls[0] >= 0.9


def test_retry_after_longer_than_the_cap_gives_up_at_once(web):
    web.add(None, "/x", Reply(429, "come back tomorrow", headers=(("Retry-After", "86400"),)))
    start = time.monotonic()
    with Net(NetConfig(retry_after_cap=5)) as net:
        response = net.get(web.url("/x"))
    assert response.status == 429
    assert len(web.log) == 1
    assert time.monotonic() - start < 1


def test_connection_refused_is_a_reason():
    with Net() as net, pytest.raises(FetchError, match="connection refused"):
        net.get("http://127.0.0.1:9/")


def test_per_host_limit_caps_concurrent_requests(web):
    active = 0
    peak = 0
    lock = threading.Lock()

    def slow(request):
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.1)
        with lock:
            active -= 1
        return Reply(200, "ok")

    web.default(None, slow)
    with Net(NetConfig(per_host=3)) as net:
        threads = [threading.Thread(target=net.get, args=(web.url(f"/{i}"),)) for i in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert peak == 3


def test_closed_net_refuses_new_requests(web):
    net = Net()
    net.close()
    with pytest.raises(FetchError, match="stopped"):
        net.get(web.url("/"))


def test_only_routed_refuses_every_address_no_route_covers(web):
    web.default("api.example", Reply(200, "ok"))
    with routed_net(web, "https://api.example", only_routed=True) as net:
        assert net.get("https://api.example/x").body == b"ok"
        with pytest.raises(FetchError, match="not an address this audit may visit"):
            net.get(web.url("/direct"))  # loopback, but not through a route
    assert [r.path for r in web.log] == ["/x"]


def test_addresses_from_pages_may_not_reach_the_local_network(web):
    web.add(None, "/img", Reply(200, "pixel"))
    with Net() as net:
        for url in (web.url("/img"), "http://localhost:9/x", "http://192.168.1.1/x",
                    "http://[::1]:9/x", "http://127.1:9/x", "http://2130706433:9/x",
                    "http://0x7f000001:9/x", "http://0:9/x"):
            with pytest.raises(FetchError, match="not an address this audit may visit"):
                net.get(url, untrusted=True)
        assert net.get(web.url("/img")).body == b"pixel"  # the user's own --sites may


def test_a_name_from_a_page_that_leads_to_the_local_network_is_refused(web, monkeypatch):
    """Not only "http://10.0.0.1/": a name like "intranet.example" that resolves there."""
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        return real("127.0.0.1" if host == "intranet.example" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    web.add(None, "/img", Reply(200, "pixel"))
    url = web.url("/img").replace("127.0.0.1", "intranet.example")
    with Net() as net:
        with pytest.raises(FetchError, match="not an address this audit may visit"):
            net.get(url, untrusted=True)
        assert web.log == []  # hung up before a byte was sent
        assert net.get(url).body == b"pixel"  # the user's own --sites may


def test_a_redirect_elsewhere_inherits_no_trust(web):
    web.add("site.example", "/a", Reply(302, headers=(("Location", web.url("/secret")),)))
    with routed_net(web, "https://site.example") as net, pytest.raises(FetchError,
                                                                        match="may visit"):
        net.get("https://site.example/a")
    assert all(r.path != "/secret" for r in web.log)


def test_catalogue_headers_cannot_change_who_we_say_we_are(web):
    web.add(None, "/x", Reply(200, "ok"))
    with Net() as net:
        net.get(web.url("/x"), headers={"User-Agent": "Mozilla/5.0", "Host": "evil.example",
                                        "Authorization": "Basic eA==", "X-Api": "1"})
    (request,) = web.log
    assert request.headers["User-Agent"] == USER_AGENT
    assert request.headers["Host"].startswith("127.0.0.1:")
    assert "Authorization" not in request.headers
    assert request.headers["X-Api"] == "1"


def test_netrc_logins_are_never_sent(web, tmp_path, monkeypatch):
    (tmp_path / ".netrc").write_text("machine 127.0.0.1 login me password s3cret\n")
    (tmp_path / ".netrc").chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NETRC", str(tmp_path / ".netrc"))
    web.add(None, "/x", Reply(200, "ok"))
    with Net() as net:
        net.get(web.url("/x"))
    assert "Authorization" not in web.log[0].headers


def test_credentials_written_in_an_address_are_never_sent(web):
    """A catalogue or a page may write "https://user:pass@host/": a self-audit logs in nowhere."""
    web.add(None, "/x", Reply(200, "ok"))
    with Net() as net:
        net.get(web.url("/x").replace("http://", "http://me:s3cret@"))
    assert "Authorization" not in web.log[0].headers


def test_a_malformed_redirect_is_a_reason_not_a_crash(web):
    web.add(None, "/a", Reply(302, headers=(("Location", "http://[::1/x"),)))
    with Net() as net, pytest.raises(FetchError, match="impossible"):
        net.get(web.url("/a"))


def test_route_with_an_impossible_port_is_refused():
    with pytest.raises(RouteError, match="impossible port"):
        Route.parse("https://x.example=http://127.0.0.1:99999")


def test_wildcard_routes_cover_deeper_subdomains(web):
    web.default(None, Reply(200, "deep"))
    with routed_net(web, "https://*.example.com") as net:
        assert net.get("https://a.b.example.com/").body == b"deep"


def test_waiting_for_a_host_slot_does_not_use_up_the_timeout(web):
    web.default(None, Reply(200, "ok", delay=0.6))
    results = []
    with Net(NetConfig(per_host=1, timeout=1.0)) as net:
        def fetch(i):
            try:
                results.append(net.get(web.url(f"/{i}")).status)
            except FetchError as exc:
                results.append(exc.reason)
        threads = [threading.Thread(target=fetch, args=(i,)) for i in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [200, 200, 200]
