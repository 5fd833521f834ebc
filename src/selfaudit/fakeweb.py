"""A small fake internet on 127.0.0.1: one real HTTP server that answers for many host names.

The demo, the tests and the benchmarks all use it. Requests reach it through ``--route``, which
keeps the original Host header (as curl's ``--connect-to`` does), so one server can play
``github.com``, ``mastodon.social`` and a dozen others, each with its own pages and its own
answer for everything else. Nothing here listens anywhere but the loopback address.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Request:
    method: str
    host: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    raw: Callable[[BaseHTTPRequestHandler], None] | None = None
    """Write the whole answer by hand (for broken servers in tests); the rest is ignored."""

    def body_bytes(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


Answer = Reply | Callable[[Request], Reply]


@dataclass
class FakeWeb:
    routes: dict[tuple[str | None, str], Answer] = field(default_factory=dict)
    defaults: dict[str | None, Answer] = field(default_factory=dict)
    log: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._log_lock = threading.Lock()

    # -- building the fake internet --------------------------------------------------------
    def add(self, host: str | None, path: str, answer: Answer) -> FakeWeb:
        """Answer ``path`` (with its query, if given) on ``host`` (None: any host)."""
        self.routes[(host.lower() if host else None, path)] = answer
        return self

    def add_url(self, url: str, answer: Answer) -> FakeWeb:
        parts = urlsplit(url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        return self.add(parts.netloc.lower(), path, answer)

    def default(self, host: str | None, answer: Answer) -> FakeWeb:
        """Answer everything else on ``host`` (None: on any host) with ``answer``."""
        self.defaults[host.lower() if host else None] = answer
        return self

    def lookup(self, request: Request) -> Reply:
        host = request.host
        path_only = request.path.split("?", 1)[0]
        for key in (
            (host, request.path),
            (host, path_only),
            (None, request.path),
            (None, path_only),
        ):
            if key in self.routes:
                return self._resolve(self.routes[key], request)
        wildcard = "*." + host.split(".", 1)[1] if "." in host else None
        for key in (host, wildcard, None):
            if key in self.defaults:
                return self._resolve(self.defaults[key], request)
        return Reply(404, "<html><title>Not found</title><p>No such page.</p></html>")

    @staticmethod
    def _resolve(answer: Answer, request: Request) -> Reply:
        return answer(request) if callable(answer) else answer

    # -- running it ------------------------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._server is not None, "start() the fake web first"
        return self._server.server_address[1]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self, port: int = 0, tls: tuple[str, str] | None = None) -> FakeWeb:
        """Listen on 127.0.0.1; with ``tls`` (certfile, keyfile) speak HTTPS."""
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out as separate writes: without TCP_NODELAY, Nagle's
            # algorithm and the client's delayed ACK add 40 ms to every answer.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                host = (self.headers.get("Host") or "").lower()
                path = self.path
                if host in (f"127.0.0.1:{web.port}", f"localhost:{web.port}"):
                    host = ""
                    if path.startswith("/_/"):
                        # Browsing the fake internet directly: /_/HOST/PATH plays HOST.
                        host, _, rest = path[3:].partition("/")
                        path = "/" + rest
                request = Request(self.command, host.lower(), path, dict(self.headers), body)
                with web._log_lock:
                    web.log.append(request)
                reply = web.lookup(request)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.raw is not None:
                    self.close_connection = True
                    reply.raw(self)
                    return
                payload = reply.body_bytes()
                self.send_response(reply.status)
                if reply.content_type:
                    self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            do_GET = do_POST = do_HEAD = _handle  # noqa: N815

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 512
            allow_reuse_address = True

            def handle_error(self, request, client_address) -> None:
                pass  # clients hanging up mid-answer is normal in these tests

        self._server = Server(("127.0.0.1", port), Handler)
        if tls is not None:
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._server.serve_forever, daemon=True, kwargs={"poll_interval": 0.05}
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeWeb:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def requests_for(self, host: str | None = None) -> list[Request]:
        with self._log_lock:
            return [r for r in self.log if host is None or r.host == host]


@dataclass
class ScaleInternet:
    """Many sites over many loopback servers, half of them holding the account: for the
    scale test and the benchmarks. ``expected`` maps site name to the status a correct run
    reports for ``username``."""

    servers: list[FakeWeb]
    catalogue: dict
    expected: dict[str, str]
    username: str = "samwhitlock"

    def __enter__(self) -> ScaleInternet:
        for server in self.servers:
            server.start()
        for site in self.catalogue["sites"]:
            index = int(site["name"].split("-")[1])
            port = self.servers[index % len(self.servers)].port
            site["uri_check"] = site["uri_check"].replace("PORT", str(port))
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self.servers:
            server.stop()


def scale_internet(sites: int = 300, servers: int = 30, latency: float = 0.25,
                   username: str = "samwhitlock") -> ScaleInternet:
    """Sites ``site-0`` … on ``servers`` loopback ports, each answering after ``latency`` s.

    Every tenth site misbehaves in a way a check must report as unknown (blocked, rate limited,
    a captcha on HTTP 200, a login redirect); the rest are split between found and not found.
    """
    webs = [FakeWeb() for _ in range(servers)]
    entries, expected = [], {}
    for i in range(sites):
        name = f"site-{i}"
        web = webs[i % servers]
        path = f"/{name}/{username}"
        if i % 10 == 9:
            kind = (i // 10) % 4
            reply = [
                Reply(403, "<title>Just a moment...</title>", delay=latency),
                Reply(429, "slow down", headers=(("Retry-After", "60"),), delay=latency),
                Reply(200, "<div class='g-recaptcha'></div>", delay=latency),
                Reply(302, headers=(("Location", "/login"),), delay=latency),
            ][kind]
            expected[name] = "unknown"
        elif i % 2 == 0:
            reply = Reply(200, f"<h1 class='profile'>{username}</h1>", delay=latency)
            expected[name] = "found"
        else:
            reply = Reply(404, "no such user", delay=latency)
            expected[name] = "not_found"
        web.add(None, path, reply)
        web.default(None, Reply(404, "no such user", delay=latency))
        entries.append({
            "name": name,
            "uri_check": f"http://127.0.0.1:PORT/{name}/{{account}}",
            "e_code": 200, "e_string": "class='profile'",
            "m_code": 404, "m_string": "no such user",
            "known": [username], "cat": "misc",
        })
    return ScaleInternet(webs, {"sites": entries}, expected, username)
