"""Run an audit: subject -> site checks -> profile pages -> extractors -> findings -> advice.

The engine never prints. It tells a :class:`Reporter` how far it got, and returns a finished
:class:`Report` that renderers turn into text. A run that was stopped returns what it had,
marked incomplete, so it can never pass for a clean result.
"""

from __future__ import annotations

import dataclasses
import hashlib
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from . import __version__
from .catalogue import Catalogue, Site
from .checks import Canary, probe
from .models import AccountCheck, Finding, Page, Report, Status, Subject
from .net import FetchError, Net, Response

T = TypeVar("T")
R = TypeVar("R")


class Reporter(Protocol):
    """Where the engine says what it is doing; the CLI shows it, tests record it."""

    def stage(self, name: str, total: int) -> None: ...

    def advance(self, amount: int = 1) -> None: ...

    def note(self, text: str) -> None: ...


class SilentReporter:
    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, amount: int = 1) -> None:
        pass

    def note(self, text: str) -> None:
        pass


@dataclass(frozen=True)
class AuditOptions:
    workers: int = 64
    canary: bool = True
    read_profiles: bool = True
    images_per_page: int = 3
    image_max_bytes: int = 2_000_000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class Stopped(Exception):
    """Raised inside the engine when the stop event is set (Ctrl-C, SIGTERM).

    ``partial`` holds the results that did finish, in input order, so the report can still
    show what was checked.
    """

    def __init__(self, partial: list | None = None, findings: list | None = None) -> None:
        super().__init__("stopped")
        self.partial = partial or []
        self.findings = findings or []


def _parallel(
    items: Iterable[T],
    work: Callable[[T], R],
    workers: int,
    stop: threading.Event,
    reporter: Reporter,
) -> list[R]:
    """Run ``work`` over ``items`` on daemon threads, results in input order.

    Daemon threads (not a ThreadPoolExecutor, whose exit handler joins every worker) let a
    stopped audit exit at once even while some requests are still waiting on slow servers.
    """
    items = list(items)
    jobs: queue.SimpleQueue[tuple[int, T]] = queue.SimpleQueue()
    for job in enumerate(items):
        jobs.put(job)
    done: queue.SimpleQueue[tuple[int, R | None, BaseException | None]] = queue.SimpleQueue()

    def worker() -> None:
        while not stop.is_set():
            try:
                index, item = jobs.get_nowait()
            except queue.Empty:
                return
            try:
                done.put((index, work(item), None))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller below
                done.put((index, None, exc))

    for _ in range(max(1, min(workers, len(items)))):
        threading.Thread(target=worker, daemon=True, name="selfaudit-worker").start()
    results: dict[int, R] = {}
    while len(results) < len(items):
        if stop.is_set():
            raise Stopped([results[i] for i in sorted(results)])
        try:
            index, result, error = done.get(timeout=0.1)
        except queue.Empty:
            continue
        if error is not None:
            raise error
        results[index] = result  # type: ignore[assignment]
        reporter.advance()
    return [results[i] for i in range(len(items))]


@dataclass(frozen=True)
class _Probe:
    account: AccountCheck
    response: Response | None


class Audit:
    """One audit run. Build it, call :meth:`run`, get a :class:`Report`."""

    def __init__(
        self,
        subject: Subject,
        catalogue: Catalogue,
        net: Net,
        options: AuditOptions | None = None,
        reporter: Reporter | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.subject = subject
        self.catalogue = catalogue
        self.net = net
        self.options = options or AuditOptions()
        self.reporter = reporter or SilentReporter()
        self.stop = stop or threading.Event()
        self.canary = Canary(net) if self.options.canary else None
        self._sites = {s.name: s for s in catalogue.usable}

    # -- stage 1: where do the handles have profiles? -------------------------------------
    def _probe(self, job: tuple[Site, str, str | None]) -> _Probe:
        site, username, shown_as = job
        return _Probe(*probe(site, username, self.net, self.canary, shown_as))

    def jobs(self) -> list[tuple[Site, str, str | None]]:
        """(site, what to ask for, what to call it): each handle on each handle site, and a
        hash of each email on the sites looked up by email."""
        jobs: list[tuple[Site, str, str | None]] = []
        for site in self._sites.values():
            if site.lookup == "handle":
                jobs += [(site, handle, None) for handle in self.subject.handles]
            else:
                algorithm = site.lookup.split("_")[1]
                for email in self.subject.emails:
                    digest = hashlib.new(algorithm, email.strip().lower().encode()).hexdigest()
                    jobs.append((site, digest, email))
        return jobs

    def check_accounts(self) -> list[_Probe]:
        jobs = self.jobs()
        self.reporter.stage("Checking where your handles have public profiles", len(jobs))
        return _parallel(jobs, self._probe, self.options.workers, self.stop, self.reporter)

    # -- stage 2: what do the found profiles show? ----------------------------------------
    def _pages_for(self, probe: _Probe) -> list[Page]:
        site = self._sites[probe.account.site]
        pages: list[Page] = []
        if probe.response is not None:
            pages.append(_page(probe.response))
        pretty = probe.account.url
        checked = probe.response.url if probe.response is not None else None
        if pretty != checked or site.post_body is not None:
            try:
                pages.append(_page(self.net.get(pretty)))
            except FetchError as exc:
                self.reporter.note(f"could not read {pretty}: {exc.reason}")
        return pages

    def _read_profile(self, probe: _Probe) -> tuple[AccountCheck, list[Finding]]:
        from . import extract  # imported lazily: start-up stays fast for --version and --help

        pages = self._pages_for(probe)
        display = next((n for n in (extract.display_name(p) for p in pages) if n), None)
        namesake = extract.is_namesake(display, self.subject)
        findings: list[Finding] = []
        for page in pages:
            findings.extend(extract.extract_findings(page, self.subject))
            for image_url in extract.image_urls(page, limit=self.options.images_per_page):
                try:
                    image = self.net.get(image_url, max_bytes=self.options.image_max_bytes)
                except FetchError:
                    continue
                if image.status == 200 and not image.truncated:
                    findings.extend(extract.extract_findings(_page(image), self.subject))
        findings = [
            dataclasses.replace(f, may_not_be_you=namesake, site=probe.account.site)
            for f in findings
        ]
        account = dataclasses.replace(probe.account, display_name=display)
        return account, findings

    def read_profiles(self, probes: list[_Probe]) -> tuple[list[AccountCheck], list[Finding]]:
        found = [p for p in probes if p.account.status is Status.FOUND]
        self.reporter.stage("Reading what your public profiles show", len(found))
        try:
            read = _parallel(
                found, self._read_profile, self.options.workers, self.stop, self.reporter
            )
        except Stopped as stopped:
            # Keep what was read; the accounts themselves were all checked already.
            done = stopped.partial
            findings = [f for _, fs in done for f in fs]
            raise Stopped([p.account for p in probes], findings) from None
        updated = {id(p): acc for p, (acc, _) in zip(found, read, strict=True)}
        accounts = [updated.get(id(p), p.account) for p in probes]
        findings = [f for _, fs in read for f in fs]
        return accounts, findings

    # -- the whole run ---------------------------------------------------------------------
    def run(self) -> Report:
        started = _now()
        probes: list[_Probe] = []
        accounts: list[AccountCheck] = []
        findings: list[Finding] = []
        complete = True
        notes: list[str] = []
        try:
            probes = self.check_accounts()
            accounts = [p.account for p in probes]
            if self.options.read_profiles:
                accounts, findings = self.read_profiles(probes)
        except Stopped as stopped:
            accounts = [p.account if isinstance(p, _Probe) else p for p in stopped.partial]
            findings = stopped.findings
            complete = False
            notes.append("The audit was stopped before it finished: this report is incomplete.")
        skipped = self.catalogue.skipped
        if skipped:
            notes.append(
                f"{len(skipped)} catalogue entries marked not valid were skipped: "
                + ", ".join(s.name for s in skipped[:10])
                + ("…" if len(skipped) > 10 else "")
            )
        from .advice_links import attach_advice  # lazily, like extract

        findings, advice = attach_advice(_dedupe(findings), accounts)
        return Report(
            subject=self.subject,
            started_at=started,
            finished_at=_now(),
            accounts=tuple(accounts),
            findings=tuple(findings),
            advice=tuple(advice),
            notes=tuple(notes),
            complete=complete,
            catalogue_sources=self.catalogue.sources,
            requests_sent=self.net.requests_sent,
            tool_version=__version__,
        )


def _page(response: Response) -> Page:
    return Page(
        url=response.url,
        content_type=response.content_type,
        body=response.body,
        encoding=response.encoding,
    )


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: dict[tuple[str, str, str], Finding] = {}
    for finding in findings:
        seen.setdefault(finding.key, finding)
    return list(seen.values())
