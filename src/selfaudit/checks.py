"""Decide, for one site and one username, whether a public profile exists.

The rule that matters most: ``found`` and ``not_found`` need positive evidence (the catalogue's
e_ or m_ rule matched); everything else is ``unknown`` with the reason. A login wall, a captcha,
a rate limit or a changed "not found" page must never read as "no account here".
"""

from __future__ import annotations

import re
import secrets
import string
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

from .catalogue import Site
from .models import AccountCheck, Status
from .net import FetchError, Net, Response

# Markers of a bot challenge or captcha interstitial, searched in the first part of the body.
_CHALLENGE_MARKERS = (
    "<title>just a moment",
    "cf-chl-",
    "/cdn-cgi/challenge-platform/",
    "challenges.cloudflare.com",
    "g-recaptcha",
    "h-captcha",
    "hcaptcha.com",
    "px-captcha",
    "captcha-delivery.com",
    "<title>attention required",
    "pardon our interruption",
    "verify you are human",
    "are you a robot",
)
_CAPTCHA_TITLE = re.compile(rb"<title>[^<]{0,80}captcha", re.IGNORECASE)
_LOGIN_PATH = re.compile(
    r"/(log-?in|sign-?in|signin|auth|authwall|accounts/login|session|sso|checkpoint)(/|$|\?)",
    re.IGNORECASE,
)
_PASSWORD_FIELD = re.compile(rb"<input[^>]+type=[\"']?password", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    status: Status
    detail: str


def challenge_reason(response: Response) -> str | None:
    """Return why a response looks like a bot challenge / captcha page, or None."""
    if response.headers.get("cf-mitigated", "").lower() == "challenge":
        return f"HTTP {response.status} bot challenge (cf-mitigated)"
    head = response.body[:KEEP_BYTES]
    lowered = head.lower()
    for marker in _CHALLENGE_MARKERS:
        if marker.encode() in lowered:
            kind = "captcha page" if "captcha" in marker or "robot" in marker else "bot challenge"
            return f"HTTP {response.status} {kind}"
    if _CAPTCHA_TITLE.search(head):
        return f"HTTP {response.status} captcha page"
    return None


def login_wall_reason(response: Response) -> str | None:
    """A redirect that ended on a login page: the site wants a login to show the profile."""
    hops = list(response.redirects)
    if 300 <= response.status < 400 and response.headers.get("location"):
        hops.append(response.headers["location"])  # a redirect we did not follow
    for hop in hops:
        try:
            path = urlsplit(hop.strip()).path
        except ValueError:
            continue
        if _LOGIN_PATH.search(path + "/"):
            return f"login wall (redirected to {path})"
    return None


def _matches(response: Response, code: int, marker: str) -> bool:
    if response.status != code:
        return False
    return response.contains(marker.encode("utf-8")) if marker else True


def classify(site: Site, response: Response) -> Verdict:
    """Read one response against the site's rules. Pure: no I/O, easy to table-test."""
    if response.truncated:
        return Verdict(Status.UNKNOWN, "response larger than the size cap")
    challenge = challenge_reason(response)
    if challenge:
        return Verdict(Status.UNKNOWN, challenge)
    if response.status == 429:
        return Verdict(Status.UNKNOWN, "rate limited (HTTP 429)")
    login = login_wall_reason(response)
    if login:
        return Verdict(Status.UNKNOWN, login)
    found = _matches(response, site.e_code, site.e_string)
    missing = _matches(response, site.m_code, site.m_string)
    if found and missing:
        return Verdict(Status.UNKNOWN, f"HTTP {response.status} matched both rules")
    if found:
        marker = "and profile marker present" if site.e_string else "(status rule only)"
        return Verdict(Status.FOUND, f"HTTP {response.status} {marker}")
    if missing:
        marker = "and not-found marker present" if site.m_string else "(status rule only)"
        return Verdict(Status.NOT_FOUND, f"HTTP {response.status} {marker}")
    if response.status >= 500:
        return Verdict(Status.UNKNOWN, f"server error (HTTP {response.status})")
    if response.status in (401, 403, 407, 451):
        return Verdict(Status.UNKNOWN, f"blocked (HTTP {response.status})")
    if _PASSWORD_FIELD.search(response.body[:KEEP_BYTES]):
        return Verdict(Status.UNKNOWN, f"login wall (HTTP {response.status} login form)")
    return Verdict(
        Status.UNKNOWN,
        f"unexpected answer (HTTP {response.status}): matched neither the profile "
        "nor the not-found rule",
    )


# A check keeps only the beginning of the answer (what the extractors read, and where
# challenge pages and login forms show themselves); the rule markers are searched in all of it.
KEEP_BYTES = 256 * 1024


def fetch_check(site: Site, username: str, net: Net) -> Response:
    """Ask the site about ``username`` exactly as the catalogue says (GET or POST, headers)."""
    body = site.body(username)
    return net.request(
        "POST" if body is not None else "GET",
        site.check_url(username),
        data=body.encode("utf-8") if body is not None else None,
        headers=dict(site.headers),
        follow_redirects=site.follows_redirects,
        keep_bytes=KEEP_BYTES,
        markers=(site.e_string.encode("utf-8"), site.m_string.encode("utf-8")),
    )


def canary_username(rng: secrets.SystemRandom | None = None) -> str:
    """A username nobody has: what a trustworthy site must report as missing."""
    alphabet = string.ascii_lowercase + string.digits
    rng = rng or secrets.SystemRandom()
    return "zq" + "".join(rng.choice(alphabet) for _ in range(14))


class Canary:
    """Per-run canary: a site that 'finds' a random username cannot be trusted this run.

    The canary is asked only when a real check came back ``found`` (a not-found or unknown
    answer cannot be a false positive), and at most once per site, however many handles.
    """

    def __init__(self, net: Net, username: str | None = None) -> None:
        self._net = net
        self.username = username or canary_username()
        self._lock = threading.Lock()
        self._site_locks: dict[str, threading.Lock] = {}
        self._results: dict[str, Verdict] = {}

    def verdict(self, site: Site) -> Verdict:
        with self._lock:
            site_lock = self._site_locks.setdefault(site.name, threading.Lock())
        with site_lock:
            if site.name not in self._results:
                try:
                    result = classify(site, fetch_check(site, self.username, self._net))
                except FetchError as exc:
                    result = Verdict(Status.UNKNOWN, exc.reason)
                self._results[site.name] = result
            return self._results[site.name]


def probe(
    site: Site, username: str, net: Net, canary: Canary | None, shown_as: str | None = None
) -> tuple[AccountCheck, Response | None]:
    """Check one (site, username); return the outcome, and the response when it was found.

    The outcome always carries its evidence in ``detail``. The response of a found profile is
    handed back so the extractors can read it without asking the site a second time.
    ``shown_as`` is what the report calls the username when the site was asked about something
    else (an email's hash, for sites looked up by email).
    """
    how = f" (asked by the email's {site.lookup.split('_')[1].upper()} hash)" if shown_as else ""

    def outcome(status: Status, detail: str, by_hand: bool = False) -> AccountCheck:
        return AccountCheck(
            site=site.name,
            username=shown_as or username,
            url=site.pretty_url(username),
            status=status,
            detail=detail + how,
            category=site.cat,
            check_by_hand=by_hand,
            privacy_url=site.privacy_url,
        )

    if site.check_by_hand:
        return outcome(Status.UNKNOWN, f"check by hand: {site.check_by_hand}", by_hand=True), None
    try:
        response = fetch_check(site, username, net)
    except FetchError as exc:
        return outcome(Status.UNKNOWN, exc.reason), None
    verdict = classify(site, response)
    if verdict.status is not Status.FOUND:
        return outcome(verdict.status, verdict.detail), None
    if canary is not None:
        check = canary.verdict(site)
        if check.status is Status.FOUND:
            detail = "site answers 'found' for any username (a random name was found too)"
            return outcome(Status.UNKNOWN, detail), None
        if check.status is Status.UNKNOWN:
            detail = f"{verdict.detail}; random-name check inconclusive ({check.detail})"
            return outcome(Status.FOUND, detail), response
    return outcome(verdict.status, verdict.detail), response


def check_account(site: Site, username: str, net: Net, canary: Canary | None) -> AccountCheck:
    """Check one (site, username) and return an outcome that always carries its evidence."""
    return probe(site, username, net, canary)[0]
