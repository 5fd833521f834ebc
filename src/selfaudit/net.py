"""Every outbound request goes through here, so politeness and safety live in one place.

What this module promises, for every request:
- an honest User-Agent, no cookies kept, certificates always verified;
- an overall deadline per request (not only a socket timeout), so a server that drips one byte a
  second cannot hold the audit hostage;
- a cap on the *decompressed* body size, so gzip/deflate bombs and endless bodies stop early;
- at most ``max_redirects`` redirects, only to http(s), with loop detection;
- retries on 429/503 that honour a capped Retry-After, with backoff;
- a per-host concurrency limit;
- the ``--route ORIGIN=BASE`` table (like curl's ``--connect-to``): the request goes to BASE with
  the original Host header, while every URL we hand back stays in the original address space.
"""

from __future__ import annotations

import contextlib
import email.utils
import heapq
import ipaddress
import itertools
import os
import random
import socket
import threading
import time
import urllib.request
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
import urllib3
import urllib3.connection
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from . import __version__
from .errors import RouteError
from .models import decode_text

USER_AGENT = (
    f"selfaudit/{__version__} (privacy self-audit run by the account holder; no login; "
    "+https://pypi.org/project/selfaudit/)"
)
_READ_SIZE = 64 * 1024
_RETRY_STATUSES = frozenset({429, 503})


class FetchError(Exception):
    """A request that could not produce an answer; ``reason`` is a few words for the report."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Route:
    """Send requests for ``origin`` (scheme://host[:port]) to ``base`` instead.

    ``https://*.example.com`` matches every subdomain of example.com (not example.com itself),
    for sites that give each user a subdomain.
    """

    origin: str
    base: str

    @classmethod
    def parse(cls, text: str) -> Route:
        origin, sep, base = text.partition("=")
        if not sep:
            raise RouteError(f"route {text!r} must look like ORIGIN=BASE")
        return cls(_origin_of(origin.strip(), text), _origin_of(base.strip(), text, base=True))


def _origin_of(url: str, whole: str, base: bool = False) -> str:
    wildcard = not base and "://*." in url
    try:
        parts = urlsplit(url.replace("://*.", "://wildcard.", 1) if wildcard else url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise RouteError(f"route {whole!r}: {url!r} has an impossible port") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RouteError(f"route {whole!r}: {url!r} is not an http(s) origin")
    if not base and parts.path not in ("", "/"):
        raise RouteError(f"route {whole!r}: the origin {url!r} must not have a path")
    path = parts.path.rstrip("/") if base else ""
    netloc = _netloc(parts)
    if wildcard:
        netloc = "*" + netloc.removeprefix("wildcard")
    return urlunsplit((parts.scheme, netloc, path, "", ""))


def _netloc(parts) -> str:
    """host[:port], with the scheme's default port left out, lower-cased."""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}.get(parts.scheme)
    port = parts.port  # ValueError for a port that cannot be: callers turn it into a reason
    return host if port in (None, default) else f"{host}:{port}"


@dataclass(frozen=True)
class NetConfig:
    timeout: float = 10.0
    max_bytes: int = 2_000_000
    max_redirects: int = 5
    retries: int = 2
    retry_after_cap: float = 10.0
    # At most this many requests at once to one host. A site check is one request, two when
    # it is found (the canary), so ten keeps a host that serves five sites to a single round
    # trip of checks and one of canaries; a host serving one site never sees more than two.
    per_host: int = 10
    pool_size: int = 64
    routes: tuple[Route, ...] = ()
    user_agent: str = USER_AGENT
    verify: bool | str = True
    only_routed: bool = False
    """Refuse every address no route covers (the offline demo: nothing may leave the machine)."""


@dataclass(frozen=True)
class Response:
    """A finished answer. ``url`` and ``redirects`` are in the original address space."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    truncated: bool = False
    redirects: tuple[str, ...] = ()
    encoding: str | None = None
    markers_asked: frozenset[bytes] = frozenset()
    markers_seen: frozenset[bytes] = frozenset()
    """Which of ``markers_asked`` occur anywhere in the whole body: ``body`` may keep only the
    beginning (see ``Reading.keep_bytes``), but markers are searched in all of it."""

    def contains(self, marker: bytes) -> bool:
        if marker in self.markers_asked:
            return marker in self.markers_seen
        return marker in self.body

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def text(self) -> str:
        return decode_text(self.body, self.encoding)


@dataclass(frozen=True)
class Reading:
    """How to read a body: stop after ``max_bytes`` (then it is flagged truncated), keep only
    the first ``keep_bytes`` in memory, and note which ``markers`` occur anywhere in it.

    Keeping only the beginning while scanning all of it is what lets a hundred checks read
    2 MB pages at once without holding 200 MB.
    """

    max_bytes: int
    keep_bytes: int | None = None
    markers: tuple[bytes, ...] = ()


@dataclass
class _Counters:
    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: int = 0


class Net:
    """The one HTTP client of an audit. Thread-safe; share one per run."""

    def __init__(self, config: NetConfig | None = None) -> None:
        self.config = config or NetConfig()
        # No requests.Session: the adapter is called directly. A Session's per-request work
        # (merging settings, cookie jars, hooks) cost more CPU than the request itself on the
        # 300-site bench, and a self-audit wants none of it: no cookie is kept, no ~/.netrc
        # login is ever read. Proxies from the environment are still honoured, except for
        # loopback and the hosts they exempt (see _proxies_for).
        self._headers = {
            "User-Agent": self.config.user_agent,
            "Accept-Encoding": "gzip, deflate",
            "Accept": "text/html,application/json;q=0.9,*/*;q=0.8",
            "Accept-Language": "en-GB,en;q=0.8",
            "Connection": "keep-alive",
        }
        # A CA bundle named the usual way (networks that inspect TLS) is still used.
        self._verify: bool | str = self.config.verify
        if self._verify is True:
            self._verify = (
                os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
            )
        self._env_proxies = urllib.request.getproxies()
        # Never more than per_host connections are open to one host, so a pool needs no more.
        self._adapter = _Adapter(
            pool_connections=max(16, self.config.pool_size),
            pool_maxsize=self.config.per_host,
            max_retries=0,
        )
        self._routes = {r.origin: r.base for r in self.config.routes}
        self._host_limits: dict[str, threading.BoundedSemaphore] = {}
        self._limits_lock = threading.Lock()
        self._counters = _Counters()
        self._closed = threading.Event()

    # -- bookkeeping -----------------------------------------------------------------------
    @property
    def requests_sent(self) -> int:
        return self._counters.sent

    def close(self) -> None:
        """Stop: later requests fail at once, and pooled connections are dropped."""
        self._closed.set()
        self._adapter.close()

    def __enter__(self) -> Net:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- routing ---------------------------------------------------------------------------
    def resolve(self, url: str) -> tuple[str, str | None]:
        """Return (address to request, Host header to send or None) for an original URL."""
        parts = urlsplit(url)
        netloc = _netloc(parts)
        base = self._routes.get(f"{parts.scheme}://{netloc}")
        labels = netloc.split(".")
        for i in range(1, len(labels) - 1):  # a.b.example.com: *.b.example.com, *.example.com
            if base is not None:
                break
            base = self._routes.get(f"{parts.scheme}://*.{'.'.join(labels[i:])}")
        if base is None:
            return url, None
        b = urlsplit(base)
        target = urlunsplit((b.scheme, b.netloc, b.path + (parts.path or "/"), parts.query, ""))
        return target, _netloc(parts)

    def _proxies_for(self, target: str) -> dict[str, str]:
        host = urlsplit(target).hostname or ""
        if not self._env_proxies or host in ("127.0.0.1", "::1", "localhost"):
            return {}
        if urllib.request.proxy_bypass(host):
            return {}
        return {k: v for k, v in self._env_proxies.items() if k in ("http", "https")}

    def _host_limit(self, netloc: str) -> threading.BoundedSemaphore:
        with self._limits_lock:
            sem = self._host_limits.get(netloc)
            if sem is None:
                sem = threading.BoundedSemaphore(self.config.per_host)
                self._host_limits[netloc] = sem
            return sem

    # -- requests --------------------------------------------------------------------------
    def request(
        self,
        method: str,
        url: str,
        *,
        data: str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool = True,
        max_bytes: int | None = None,
        keep_bytes: int | None = None,
        markers: tuple[bytes, ...] = (),
        untrusted: bool = False,
    ) -> Response:
        """Fetch ``url``; raise :class:`FetchError` with a short reason when no answer came.

        ``untrusted``: the address came from a scraped page (an image, a search result), so
        loopback and private-network addresses are refused unless a route covers them.
        """
        reading = Reading(
            self.config.max_bytes if max_bytes is None else max_bytes,
            keep_bytes,
            tuple(m for m in markers if m),
        )
        redirects: list[str] = []
        seen = {url}
        current, current_method, current_data = url, method.upper(), data
        while True:
            response = self._request_with_retries(
                current_method, current, current_data, headers, reading, untrusted
            )
            location = response.headers.get("location")
            if not (follow_redirects and 300 <= response.status < 400 and location):
                return Response(
                    url=current,
                    status=response.status,
                    headers=response.headers,
                    body=response.body,
                    truncated=response.truncated,
                    redirects=tuple(redirects),
                    encoding=response.encoding,
                    markers_asked=response.markers_asked,
                    markers_seen=response.markers_seen,
                )
            try:
                nxt = urljoin(current, location.strip())
                scheme = urlsplit(nxt).scheme.lower()
            except ValueError:
                raise FetchError("redirect to an impossible address") from None
            if scheme not in ("http", "https"):
                raise FetchError(f"refused a redirect to a {scheme or 'schemeless'}: address")
            if nxt in seen:
                raise FetchError("redirect loop")
            if len(redirects) >= self.config.max_redirects:
                raise FetchError(f"more than {self.config.max_redirects} redirects")
            seen.add(nxt)
            redirects.append(nxt)
            if urlsplit(nxt).netloc != urlsplit(current).netloc:
                untrusted = True  # another host, chosen by the site: not ours to trust
                headers = None  # and the catalogue's headers were meant for the first one
            if response.status == 303 or (
                response.status in (301, 302) and current_method == "POST"
            ):
                current_method, current_data = "GET", None
            current = nxt

    def get(self, url: str, **kwargs) -> Response:
        return self.request("GET", url, **kwargs)

    def _request_with_retries(
        self,
        method: str,
        url: str,
        data: str | bytes | None,
        headers: Mapping[str, str] | None,
        reading: Reading,
        untrusted: bool,
    ) -> Response:
        attempt = 0
        while True:
            response = self._send_once(method, url, data, headers, reading, untrusted)
            if response.status not in _RETRY_STATUSES or attempt >= self.config.retries:
                return response
            wait = _retry_after(response.headers.get("retry-after"))
            if wait is None:
                wait = 0.5 * (2**attempt) + random.uniform(0, 0.25)  # noqa: S311 - jitter only
            if wait > self.config.retry_after_cap:
                # Waiting longer than we allow ourselves: give up honestly rather than hammer.
                return response
            if self._closed.wait(wait):
                raise FetchError("stopped")
            attempt += 1

    def _send_once(
        self,
        method: str,
        url: str,
        data: str | bytes | None,
        headers: Mapping[str, str] | None,
        reading: Reading,
        untrusted: bool,
    ) -> Response:
        if self._closed.is_set():
            raise FetchError("stopped")
        try:
            parts = urlsplit(url)
        except ValueError:
            raise FetchError("impossible address") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) address: {url[:80]}")
        try:
            netloc = _netloc(parts)
        except ValueError:
            raise FetchError("impossible port in the address") from None
        target, host_header = self.resolve(url)
        if host_header is None and (self.config.only_routed or (untrusted and _private(parts))):
            raise FetchError("refused: not an address this audit may visit")
        # A catalogue may set headers, but never who we say we are, nor credentials.
        send_headers = {k: v for k, v in (headers or {}).items() if k.lower() not in _OWN_HEADERS}
        if host_header:
            send_headers["Host"] = host_header
        timeout = self.config.timeout
        with self._host_limit(netloc):
            if self._closed.is_set():
                raise FetchError("stopped")
            deadline = time.monotonic() + timeout  # waiting for a slot is not the site's time
            with self._counters.lock:
                self._counters.sent += 1
            # One deadline for the whole answer: connecting, the status line and headers, and
            # the body. When it passes, the watchdog shuts the socket under the blocked read.
            watch = _Watch()
            _current.watch = watch
            # Where the name leads is checked once connected (_WatchedConnection._new_conn).
            _current.untrusted = untrusted and host_header is None
            _current.refused = False
            try:
                _WATCHDOG.arm(watch, deadline)
                raw = self._send(method, target, data, send_headers, timeout, watch)
                try:
                    body, truncated, seen = _read_body(raw, reading, deadline, timeout)
                finally:
                    raw.close()
            finally:
                watch.disarm()
                _current.watch = None
                _current.untrusted = False
                if watch.conn is not None:
                    _Watch.release(watch.conn)
        return Response(
            url=url,
            status=raw.status_code,
            headers={k.lower(): v for k, v in raw.headers.items()},
            body=body,
            truncated=truncated,
            encoding=_declared_charset(raw.headers.get("content-type", "")),
            markers_asked=frozenset(reading.markers),
            markers_seen=seen,
        )

    def _send(
        self,
        method: str,
        target: str,
        data: str | bytes | None,
        headers: dict[str, str],
        timeout: float,
        watch: _Watch,
    ) -> requests.Response:
        """Send and read the status line and headers; every failure becomes a reason."""
        try:
            # Only the steps a request of ours needs: no cookie jar, no auth from the URL
            # (both would be built per request by prepare(), for nothing).
            prepared = requests.PreparedRequest()
            prepared.prepare_method(method)
            prepared.prepare_url(target, None)
            prepared.prepare_headers({**self._headers, **headers})
            prepared.prepare_body(data, None)
            return self._adapter.send(
                prepared,
                stream=True,
                timeout=(timeout, timeout),
                verify=self._verify,
                proxies=self._proxies_for(target),
            )
        except requests.exceptions.SSLError as exc:
            text = str(exc)
            if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
                raise FetchError("TLS certificate not trusted") from None
            raise FetchError("TLS handshake failed") from None
        except requests.exceptions.RequestException as exc:
            if watch.fired:
                raise FetchError(f"timed out after {timeout:g} s") from None
            if isinstance(exc, requests.exceptions.Timeout):
                raise FetchError(f"timed out after {timeout:g} s") from None
            if isinstance(exc, requests.exceptions.TooManyRedirects):
                raise FetchError("redirect loop") from None
            if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidHeader):
                raise FetchError(f"invalid request ({type(exc).__name__})") from None
            if getattr(_current, "refused", False):
                raise FetchError("refused: not an address this audit may visit") from None
            if isinstance(exc, requests.exceptions.ConnectionError):
                raise FetchError(_connection_reason(exc, timeout)) from None
            raise FetchError(f"request failed ({type(exc).__name__})") from None
        except ValueError:  # an address the URL parsers reject (e.g. a broken IPv6 host)
            raise FetchError("impossible address") from None


class _Watch:
    """The connection a worker thread is waiting on, so its deadline can wake it.

    A connection goes back to the pool as soon as its body is read, and another request may
    take it: ownership is dropped at that moment (under the lock), so a deadline firing late
    can never shut a connection that now serves someone else.
    """

    _lock = threading.Lock()

    def __init__(self) -> None:
        self.conn: _WatchedConnection | None = None
        self.fired = False
        self.armed = True

    def own(self, conn: _WatchedConnection) -> None:
        with self._lock:
            self.conn = conn
            conn.watch = self

    @classmethod
    def release(cls, conn: object) -> None:
        with cls._lock:
            watch = getattr(conn, "watch", None)
            if watch is not None:
                watch.conn = None
                conn.watch = None  # type: ignore[attr-defined]

    def disarm(self) -> None:
        """The request is over: a deadline passing now must do nothing."""
        with self._lock:
            self.armed = False

    def fire(self) -> None:
        with self._lock:
            if not self.armed:
                return
            self.fired = True
            sock = self.conn.sock if self.conn is not None else None
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One thread that fires every request's deadline.

    A timer thread per request cost more CPU than the request itself (starting a thread takes
    the GIL several times); a heap of deadlines served by one sleeping thread costs a push and a
    pop. Deadlines whose request has ended are dropped when they come due (``disarm``).
    """

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Watch]] = []
        self._wake = threading.Condition(threading.Lock())
        self._count = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, watch: _Watch, deadline: float) -> None:
        with self._wake:
            heapq.heappush(self._heap, (deadline, next(self._count), watch))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, daemon=True, name="selfaudit-watchdog"
                )
                self._thread.start()
            elif self._heap[0][2] is watch:
                self._wake.notify()  # the new deadline is the earliest: sleep less

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._heap or self._heap[0][0] > time.monotonic():
                    wait = self._heap[0][0] - time.monotonic() if self._heap else None
                    self._wake.wait(wait)
                _, _, watch = heapq.heappop(self._heap)
            watch.fire()


_WATCHDOG = _Watchdog()
_current = threading.local()


class _WatchedConnection:
    """Mixin for urllib3 connections: before waiting for the answer, tell this thread's
    :class:`_Watch` which socket to shut when the deadline passes; and for an address that
    came from a page, hang up before a byte is sent when the name led to the local network."""

    watch: _Watch | None = None

    def _new_conn(self):
        sock = super()._new_conn()
        if getattr(_current, "untrusted", False) and getattr(self, "proxy", None) is None:
            # The name is checked where it is written (_private); this is where it led. A
            # page's "intranet.example" that resolves to 10.0.0.1 must not reach the router.
            try:
                peer = ipaddress.ip_address(sock.getpeername()[0].split("%")[0])
            except (OSError, ValueError):
                peer = None
            if peer is None or _local(peer):
                sock.close()
                _current.refused = True
                raise urllib3.exceptions.NewConnectionError(self, "refused: local address")
        return sock

    def getresponse(self, *args, **kwargs):
        watch = getattr(_current, "watch", None)
        if watch is not None:
            watch.own(self)
        return super().getresponse(*args, **kwargs)


class _HTTPConnection(_WatchedConnection, urllib3.connection.HTTPConnection):
    pass


class _HTTPSConnection(_WatchedConnection, urllib3.connection.HTTPSConnection):
    pass


class _ReleasingPool:
    """Mixin for pools: a connection handed back is no longer any request's to shut."""

    def _put_conn(self, conn) -> None:
        _Watch.release(conn)
        super()._put_conn(conn)


class _HTTPPool(_ReleasingPool, urllib3.HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(_ReleasingPool, urllib3.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class _Adapter(HTTPAdapter):
    """requests' adapter, with connections that the per-request deadline can interrupt,
    direct or through a proxy."""

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = dict(_POOLS)
        return manager

    def build_response(self, req, resp) -> requests.Response:
        """Only what Net reads (status, headers, the raw stream): requests' own version also
        parses cookies into a jar and guesses an encoding, per answer, for nothing here."""
        response = requests.Response()
        response.status_code = resp.status
        response.headers = CaseInsensitiveDict(resp.headers)
        response.raw = resp
        response.reason = resp.reason
        response.url = req.url
        response.request = req
        response.connection = self
        return response


_OWN_HEADERS = frozenset({"user-agent", "host", "cookie", "authorization", "proxy-authorization"})


def _private(parts) -> bool:
    """An address on this machine or its local network, written as such in a URL that came
    from a page: a stranger's page must not make us probe the user's own network."""
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:  # shorthand forms the resolver accepts too: 127.1, 2130706433, 0x7f000001
            address = ipaddress.IPv4Address(socket.inet_aton(host))
        except (OSError, ValueError):
            return False
    return _local(address)


def _local(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """This machine, its local network, or no real address at all."""
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:10.0.0.1 is 10.0.0.1
    if mapped is not None:
        address = mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_unspecified
        or address.is_reserved
    )


def _connection_reason(exc: Exception, timeout: float) -> str:
    text = str(exc)
    if "timed out" in text.lower() or "timeout" in text.lower():
        return f"timed out after {timeout:g} s"
    if "refused" in text.lower():
        return "connection refused"
    if "reset" in text.lower() or "aborted" in text.lower():
        return "connection reset"
    if "resolve" in text.lower() or "name or service" in text.lower():
        return "host name not found"
    return "connection failed"


def _declared_charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower() or None
    return None


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


class _Decoder:
    """Content-Encoding decoding with a hard cap on what it produces (bomb-safe)."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        self._deflate_probe = False
        if encoding in ("", "identity"):
            self._obj = None
        elif encoding in ("gzip", "x-gzip"):
            self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._obj = zlib.decompressobj(zlib.MAX_WBITS)
            self._deflate_probe = True
        else:
            raise FetchError(f"unsupported content encoding {encoding[:20]!r}")
        self._encoding = encoding
        self._pending = b""

    def feed(self, data: bytes, room: int) -> bytes:
        if self._obj is None:
            return data[:room]
        try:
            out = self._obj.decompress(self._obj.unconsumed_tail + data, room)
        except zlib.error:
            if self._deflate_probe:
                # Some servers send raw deflate without the zlib header.
                self._deflate_probe = False
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.feed(data, room)
            raise FetchError("undecodable compressed body") from None
        self._deflate_probe = False
        return out

    def has_more(self) -> bool:
        return bool(self._obj is not None and self._obj.unconsumed_tail)


def _read_body(
    raw: requests.Response, reading: Reading, deadline: float, timeout: float
) -> tuple[bytes, bool, frozenset[bytes]]:
    """Read the body within the deadline, as ``reading`` says.

    Returns (the kept beginning of the decoded body, whether it was longer than max_bytes, the
    markers seen anywhere in the first max_bytes).
    """
    decoder = _Decoder(raw.headers.get("content-encoding", ""))
    stream = raw.raw
    keep = reading.max_bytes if reading.keep_bytes is None else reading.keep_bytes
    overlap = max((len(m) for m in reading.markers), default=1) - 1
    kept = bytearray()
    seen: set[bytes] = set()
    tail = b""
    total = 0
    truncated = False
    try:
        while True:
            if time.monotonic() > deadline:
                raise FetchError(f"timed out after {timeout:g} s (body too slow)")
            room = reading.max_bytes + 1 - total
            if decoder.has_more():
                piece = decoder.feed(b"", room)
            else:
                chunk = stream.read1(_READ_SIZE, decode_content=False)
                if not chunk:
                    break
                piece = decoder.feed(chunk, room)
            if total + len(piece) > reading.max_bytes:
                piece = piece[: reading.max_bytes - total]
                truncated = True
            total += len(piece)
            if len(kept) < keep:
                kept += piece[: keep - len(kept)]
            if reading.markers:
                window = tail + piece
                seen.update(m for m in reading.markers if m not in seen and m in window)
                tail = window[-overlap:] if overlap else b""
            if truncated:
                break
    except FetchError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure mid-body is one honest reason
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g} s (body too slow)") from None
        if isinstance(exc, socket.timeout | TimeoutError) or "timed out" in str(exc).lower():
            raise FetchError(f"timed out after {timeout:g} s") from None
        raise FetchError("connection broken mid-body") from None
    return bytes(kept), truncated, frozenset(seen)
