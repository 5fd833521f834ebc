"""A hostile fake internet: servers that fail in every way a server can.

Each test names the defence it exercises; removing that defence makes the test fail (a hang
is caught by pytest's own timeout in CI through the per-request deadline assertions).
"""

from __future__ import annotations

import socket
import time
import zlib

import pytest

from conftest import FIXTURES
from selfaudit.fakeweb import FakeWeb, Reply
from selfaudit.net import FetchError, Net, NetConfig


def _endless_chunked(handler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b"x" * 65536
    try:
        while True:
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except OSError:
        pass


def _hundred_megabytes(handler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n")
    block = b"y" * 1048576
    try:
        for _ in range(100):
            handler.wfile.write(block)
    except OSError:
        pass


def _reset_mid_body(handler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"z" * 1000)
    handler.wfile.flush()
    handler.connection.setsockopt(
        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
    )
    handler.connection.close()


def _huge_headers(handler) -> None:
    headers = b"".join(b"X-Filler-%d: %s\r\n" % (i, b"h" * 1000) for i in range(500))
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n" + headers + b"Content-Length: 2\r\n\r\nok")


def test_endless_chunked_body_stops_at_the_cap(web):
    web.add(None, "/endless", Reply(raw=_endless_chunked))
    with Net(NetConfig(max_bytes=500_000, timeout=5)) as net:
        response = net.get(web.url("/endless"))
    assert response.truncated and len(response.body) == 500_000


def test_hundred_megabyte_body_is_not_read_past_the_cap(web):
    web.add(None, "/big", Reply(raw=_hundred_megabytes))
    start = time.monotonic()
    with Net() as net:
        response = net.get(web.url("/big"))
    assert response.truncated and len(response.body) == 2_000_000
    assert time.monotonic() - start < 5


def test_deflate_bomb_is_capped(web):
    bomb = zlib.compress(b"\0" * 50_000_000, 9)
    web.add(None, "/bomb", Reply(200, bomb, headers=(("Content-Encoding", "deflate"),)))
    with Net(NetConfig(max_bytes=100_000)) as net:
        response = net.get(web.url("/bomb"))
    assert response.truncated and len(response.body) == 100_000


def test_unknown_content_encoding_is_a_reason(web):
    web.add(None, "/br", Reply(200, b"\x8b\x00", headers=(("Content-Encoding", "br"),)))
    with Net() as net, pytest.raises(FetchError, match="unsupported content encoding 'br'"):
        net.get(web.url("/br"))


def test_corrupt_gzip_is_a_reason(web):
    web.add(
        None, "/gz", Reply(200, b"\x1f\x8bnot gzip at all", headers=(("Content-Encoding", "gzip"),))
    )
    with Net() as net, pytest.raises(FetchError, match="undecodable compressed body"):
        net.get(web.url("/gz"))


def test_connection_reset_mid_body_is_a_reason(web):
    web.add(None, "/reset", Reply(raw=_reset_mid_body))
    with Net() as net, pytest.raises(FetchError, match="connection broken mid-body|reset"):
        net.get(web.url("/reset"))


def test_huge_headers_are_refused_not_crashed_on(web):
    web.add(None, "/headers", Reply(raw=_huge_headers))
    with Net() as net, pytest.raises(FetchError):
        net.get(web.url("/headers"))


def test_self_signed_certificate_is_not_trusted():
    cert = str(FIXTURES / "tls" / "selfsigned.crt")
    key = str(FIXTURES / "tls" / "selfsigned.key")
    server = FakeWeb().add(None, "/", Reply(200, "secret")).start(tls=(cert, key))
    try:
        with Net() as net, pytest.raises(FetchError, match="TLS certificate not trusted"):
            net.get(f"https://127.0.0.1:{server.port}/")
        # The same server is fine for a client that trusts the certificate: the failure above
        # is the verification, not a broken server.
        with Net(NetConfig(verify=cert)) as net:
            assert net.get(f"https://127.0.0.1:{server.port}/").body == b"secret"
    finally:
        server.stop()


def _slow_headers(handler) -> None:
    try:
        for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 200:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass


def test_headers_dripping_in_hit_the_same_overall_deadline(web):
    web.add(None, "/slow-headers", Reply(raw=_slow_headers))
    start = time.monotonic()
    with Net(NetConfig(timeout=1.0)) as net, pytest.raises(FetchError, match="timed out"):
        net.get(web.url("/slow-headers"))
    assert time.monotonic() - start < 2.5


def test_the_deadline_holds_through_a_proxy_too(web, monkeypatch):
    """Review found proxied requests used urllib3's own pools, without the watchdog."""
    web.default(None, Reply(raw=_slow_headers))  # the "proxy" drips every answer
    monkeypatch.setenv("http_proxy", web.base)
    monkeypatch.setenv("no_proxy", "")
    start = time.monotonic()
    with Net(NetConfig(timeout=1.0)) as net, pytest.raises(FetchError, match="timed out"):
        net.get("http://proxied.example/x")
    assert time.monotonic() - start < 2.5
    assert web.log[0].path == "http://proxied.example/x"  # it really went via the proxy


def test_a_ca_bundle_named_in_the_environment_is_trusted(monkeypatch):
    cert = str(FIXTURES / "tls" / "selfsigned.crt")
    key = str(FIXTURES / "tls" / "selfsigned.key")
    server = FakeWeb().add(None, "/", Reply(200, "inspected")).start(tls=(cert, key))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", cert)
    try:
        with Net() as net:
            assert net.get(f"https://127.0.0.1:{server.port}/").body == b"inspected"
    finally:
        server.stop()
