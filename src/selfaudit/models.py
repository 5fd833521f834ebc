"""The typed data that flows one way through an audit.

subject -> probes (AccountCheck) -> pages (Page) -> extractors (Finding) -> advice -> renderers.

Everything here is a frozen dataclass so that a value produced by one stage cannot be changed
behind its back by another; the renderers receive a finished :class:`Report` and only read it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Status(enum.StrEnum):
    """How a site check ended. ``UNKNOWN`` always carries the reason in the check's ``detail``."""

    FOUND = "found"
    NOT_FOUND = "not_found"
    UNKNOWN = "unknown"


class Severity(enum.StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"low": 1, "medium": 2, "high": 3}[self.value]


class FindingKind(enum.StrEnum):
    """The kinds of exposure the report schema knows (see shared/report.schema.json)."""

    WORKPLACE = "workplace"
    PHONE = "phone"
    EMAIL = "email"
    LOCATION = "location"
    TAGGED_PHOTO = "tagged_photo"
    PHOTO_LOCATION = "photo_location"
    WORK_TALK = "work_talk"
    EMPLOYER_BRANDING = "employer_branding"


@dataclass(frozen=True)
class Subject:
    """Who is being audited: what the person told us about themself.

    Phones are E.164 strings, emails lower case; everything else as given.
    """

    name: str
    handles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "handles": list(self.handles),
            "employers": list(self.employers),
            "phones": list(self.phones),
            "emails": list(self.emails),
            "locations": list(self.locations),
        }


@dataclass(frozen=True)
class AccountCheck:
    """The outcome of checking one username on one site.

    ``url`` is the profile as a person would open it (the catalogue's ``uri_pretty``), always the
    original address even when ``--route`` sent the request elsewhere.
    """

    site: str
    username: str
    url: str
    status: Status
    detail: str
    category: str | None = None
    display_name: str | None = None
    check_by_hand: bool = False
    privacy_url: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """Stable identity for history diffs: the site and the username, case-folded."""
        return (self.site.casefold(), self.username.casefold())

    def to_dict(self) -> dict:
        return {
            "site": self.site,
            "username": self.username,
            "url": self.url,
            "status": self.status.value,
            "detail": self.detail,
            "category": self.category,
            "display_name": self.display_name,
            "check_by_hand": self.check_by_hand,
            "privacy_url": self.privacy_url,
        }


def decode_text(body: bytes, encoding: str | None) -> str:
    """Bytes as text, surviving lying or broken charsets: the declared charset, else UTF-8,
    else UTF-8 with undecodable bytes replaced."""
    for candidate in (encoding, "utf-8"):
        if candidate:
            try:
                return body.decode(candidate)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Page:
    """A fetched document handed to the extractors; nothing about how it was found."""

    url: str
    content_type: str
    body: bytes
    encoding: str | None = None

    def text(self) -> str:
        return decode_text(self.body, self.encoding)


@dataclass(frozen=True)
class SearchResult:
    engine: str
    query: str
    url: str
    title: str
    snippet: str
    about_subject: bool

    def to_dict(self) -> dict:
        return {
            "engine": self.engine,
            "query": self.query,
            "url": self.url,
            "title": self.title,
            "snippet": self.snippet,
            "about_subject": self.about_subject,
        }


@dataclass(frozen=True)
class Finding:
    """One exposed piece of personal information, seen on one page.

    Identity (:attr:`key`) is kind + normalised value + source, and deliberately leaves out the
    evidence text and severity, which can shift between runs without the exposure changing.
    """

    kind: FindingKind
    value: str
    source_url: str
    evidence: str
    severity: Severity
    advice: tuple[str, ...] = ()
    may_not_be_you: bool = False
    site: str | None = None
    """The catalogue site whose profile showed it (set by the engine; None for search pages)."""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind.value, self.value.casefold().strip(), self.source_url)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind.value,
            "value": self.value,
            "source_url": self.source_url,
            "evidence": self.evidence,
            "severity": self.severity.value,
            "advice": list(self.advice),
            "may_not_be_you": self.may_not_be_you,
            "site": self.site,
        }


@dataclass(frozen=True)
class AdviceEntry:
    id: str
    title: str
    text: str
    guidance: str
    applies_to: tuple[str, ...] = ()
    checklist: bool = False

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "text": self.text, "guidance": self.guidance}


@dataclass(frozen=True)
class Summary:
    accounts_checked: int
    accounts_found: int
    accounts_unknown: int
    findings: int
    risk: str

    def to_dict(self) -> dict:
        return {
            "accounts_checked": self.accounts_checked,
            "accounts_found": self.accounts_found,
            "accounts_unknown": self.accounts_unknown,
            "findings": self.findings,
            "risk": self.risk,
        }


@dataclass(frozen=True)
class Report:
    """A finished audit. Renderers read it; nothing changes it."""

    subject: Subject
    started_at: str
    finished_at: str
    accounts: tuple[AccountCheck, ...]
    tool_version: str
    search_results: tuple[SearchResult, ...] = ()
    findings: tuple[Finding, ...] = ()
    advice: tuple[AdviceEntry, ...] = ()
    notes: tuple[str, ...] = ()
    complete: bool = True
    catalogue_sources: tuple[str, ...] = ()
    requests_sent: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def found(self) -> list[AccountCheck]:
        return [a for a in self.accounts if a.status is Status.FOUND]

    @property
    def unknown(self) -> list[AccountCheck]:
        return [a for a in self.accounts if a.status is Status.UNKNOWN and not a.check_by_hand]

    @property
    def check_yourself(self) -> list[AccountCheck]:
        return [a for a in self.accounts if a.check_by_hand]

    @property
    def summary(self) -> Summary:
        worst = max((f.severity.rank for f in self.findings), default=0)
        risk = {0: "none", 1: "low", 2: "medium", 3: "high"}[worst]
        return Summary(
            accounts_checked=len(self.accounts),
            accounts_found=len(self.found),
            accounts_unknown=sum(1 for a in self.accounts if a.status is Status.UNKNOWN),
            findings=len(self.findings),
            risk=risk,
        )

    @property
    def nothing_checked(self) -> bool:
        """True when no site could be decided at all (none answered, or there was nothing to
        ask): the audit could not run, and must never read as a clean result."""
        return not any(a.status in (Status.FOUND, Status.NOT_FOUND) for a in self.accounts)
