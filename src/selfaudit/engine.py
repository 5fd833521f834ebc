"""Run an audit: subject -> site checks -> profile pages -> extractors -> findings -> advice.

The engine never prints. It tells a :class:`Reporter` how far it got, and returns a finished
:class:`Report` that renderers turn into text. A run that was stopped returns what it had,
marked incomplete, so it can never pass for a clean result.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import queue
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from . import __version__
from .catalogue import Catalogue, Site
from .checks import KEEP_BYTES, Canary, probe
from .models import AccountCheck, Finding, Page, Report, Status, Subject
from .net import FetchError, Net, Response

T = TypeVar("T")
R = TypeVar("R")


STAGES = {
    "check": "Checking where your handles have public profiles",
    "read": "Reading what your public profiles show",
    "search": "Searching for your name",
    "search_pages": "Reading the pages the search found",
}


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
    search: object | None = None
    """A search backend (``selfaudit.search.SearchBackend``) or None for no search."""
    search_contacts: bool = False
    max_queries: int = 8
    search_spacing: float = 1.0
    search_pages: int = 10


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class Stopped(Exception):
    """Raised inside the engine when the stop event is set (Ctrl-C, SIGTERM).

    ``done`` maps the index of each input that did finish to its result, so the report can
    still show what was checked (and say what was not); ``partial`` lists them in order.
    """

    def __init__(self, done: dict) -> None:
        super().__init__("stopped")
        self.done = done

    @property
    def partial(self) -> list:
        return [self.done[i] for i in sorted(self.done)]


def _parallel(
    items: Iterable[T],
    work: Callable[[T], R],
    workers: int,
    stop: threading.Event,
    reporter: Reporter,
    started: Callable[[], None] | None = None,
) -> list[R]:
    """Run ``work`` over ``items`` on daemon threads, results in input order; call
    ``started`` once every worker is running.

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
    if started is not None:
        started()
    results: dict[int, R] = {}
    while len(results) < len(items):
        if stop.is_set():
            raise Stopped(dict(results))
        try:
            index, result, error = done.get(timeout=0.1)
        except queue.Empty:
            continue
        if error is not None:
            raise error
        results[index] = result  # type: ignore[assignment]
        reporter.advance()
    return [results[i] for i in range(len(items))]


class _Readers:
    """A few threads reading found profiles (``read``) while the checks go on.

    ``submit`` hands one over as soon as its check ends; ``collect`` (stage two) waits for
    every found profile, submitting any that were not, and returns them in order.
    """

    def __init__(self, read: Callable[[tuple], R], workers: int, stop: threading.Event) -> None:
        self._read = read
        self._workers = max(1, workers)
        self._stop = stop
        self._todo: queue.SimpleQueue[tuple[object, tuple] | None] = queue.SimpleQueue()
        self._done: queue.SimpleQueue[tuple[object, object, BaseException | None]] = (
            queue.SimpleQueue()
        )
        self._results: dict[object, object] = {}
        self._submitted: set[object] = set()
        self._lock = threading.Lock()
        self._started = False

    def submit(self, key: object, item: tuple) -> None:
        with self._lock:
            if key in self._submitted:
                return
            self._submitted.add(key)
            if not self._started:
                self._started = True
                for _ in range(self._workers):
                    worker = threading.Thread(target=self._work, daemon=True, name="selfaudit-read")
                    worker.start()
        self._todo.put((key, item))

    def _work(self) -> None:
        while not self._stop.is_set():
            try:
                job = self._todo.get(timeout=0.1)
            except queue.Empty:
                continue
            if job is None:
                return  # every profile was collected: this reader is done
            key, item = job
            try:
                self._done.put((key, self._read(item), None))
            except BaseException as exc:  # noqa: BLE001 - handed to collect() below
                self._done.put((key, None, exc))

    def _drain(self, block: bool) -> None:
        try:
            key, result, error = self._done.get(timeout=0.1) if block else self._done.get_nowait()
        except queue.Empty:
            return
        if error is not None:
            raise error
        self._results[key] = result

    def finished(self) -> list:
        """What was read so far (after a stop)."""
        while not self._done.empty():
            self._drain(block=False)
        return list(self._results.values())

    def collect(self, found: list[tuple[AccountCheck, Page]], reporter: Reporter) -> list:
        keys = [account.key for account, _ in found]
        for key, item in zip(keys, found, strict=True):
            self.submit(key, item)
        counted = 0
        while True:
            ready = sum(1 for k in keys if k in self._results)
            if ready > counted:
                reporter.advance(ready - counted)
                counted = ready
            if ready == len(keys):
                for _ in range(self._workers):
                    self._todo.put(None)  # let the readers end rather than poll on
                return [self._results[k] for k in keys]
            if self._stop.is_set():
                done = {i: self._results[k] for i, k in enumerate(keys) if k in self._results}
                raise Stopped(done)
            self._drain(block=True)


# Extractors read at most this much of a page: what a profile says about its owner sits near the
# top, and it bounds the memory that found pages hold between the two stages.
EXTRACT_BYTES = 128 * 1024

# Reading a profile is mostly parsing, which holds the GIL (one parse at a time): a few workers
# keep the photo and profile downloads overlapping; hundreds would only queue for the GIL, and
# starting each one then costs the main thread a wait for it (1-2 ms a thread, measured).
READ_WORKERS = 16


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
        # Parsing is CPU work under the GIL: more at once only costs memory.
        self._parsing = threading.BoundedSemaphore(1)
        self._notes: list[str] = []  # pages that could not be read: said in the report
        # Found profiles are read while the other checks still wait on the network (the
        # reader threads start with the first profile handed over, so never without reading).
        self._readers = _Readers(
            self._read_profile, min(self.options.workers, READ_WORKERS), self.stop
        )

    def _note(self, text: str) -> None:
        self._notes.append(text)
        self.reporter.note(text)

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

    def _check(self, job: tuple[Site, str, str | None]) -> tuple[AccountCheck, Page | None]:
        """Check one (site, username); hand a found profile to the readers at once."""
        site, username, shown_as = job
        account, response = probe(site, username, self.net, self.canary, shown_as)
        page = _page(response) if response is not None else None
        if page is not None and self.options.read_profiles:
            self._readers.submit(account.key, (account, page))
        return account, page

    def _extract(self, page: Page) -> list[Finding]:
        from . import extract  # imported lazily: start-up stays fast for --version and --help

        with self._parsing:
            return extract.extract_findings(page, self.subject)

    def _read_profile(self, found: tuple[AccountCheck, Page]) -> tuple[AccountCheck, list[Finding]]:
        from . import extract

        account, checked = found
        site = self._sites[account.site]
        pages = [checked]
        if account.url != checked.url or site.post_body is not None:
            try:
                profile = self.net.get(account.url)
            except FetchError as exc:
                self._note(f"could not read {account.url}: {exc.reason}")
            else:
                if profile.status == 200:
                    pages.append(_page(profile))
        readings = []
        for page in pages:
            with self._parsing:
                readings.append(
                    extract.read_page(page, self.subject, self.options.images_per_page)
                )
        display = next((r.display_name for r in readings if r.display_name), None)
        namesake = extract.is_namesake(display, self.subject)
        findings: list[Finding] = []
        for reading in readings:
            findings.extend(reading.findings)
            for image_url in reading.image_urls:
                try:
                    image = self.net.get(
                        image_url, max_bytes=self.options.image_max_bytes, untrusted=True
                    )
                except FetchError as exc:
                    self._note(f"could not read the photo {image_url}: {exc.reason}")
                    continue
                if image.status == 200 and not image.truncated:
                    findings.extend(self._extract(_page(image)))
        findings = [
            dataclasses.replace(f, may_not_be_you=namesake or f.may_not_be_you, site=account.site)
            for f in findings
        ]
        return dataclasses.replace(account, display_name=display), findings

    def check_accounts(self) -> list[tuple[AccountCheck, Page | None]]:
        """Stage one, all network: where do the handles have public profiles?

        A found profile goes to the readers (stage two) as soon as its check ends, so reading
        overlaps the other checks' waiting. Parsing is CPU work under the GIL, so it runs one
        page at a time on a few threads: the hundreds of checks waiting on the network get
        the GIL back every few milliseconds, far inside any timeout. The extractors (a tenth
        of a second of imports) are loaded meanwhile, once the checks are under way.
        """
        jobs = self.jobs()
        self.reporter.stage(STAGES["check"], len(jobs))
        try:
            return _parallel(
                jobs, self._check, self.options.workers, self.stop, self.reporter,
                started=self._load_extractors if self.options.read_profiles else None,
            )  # fmt: skip
        except Stopped as stopped:
            # A check that never ran is listed as such: it must not vanish from the report.
            raise Stopped(
                {i: stopped.done.get(i) or (_not_checked(*job), None) for i, job in enumerate(jobs)}
            ) from None

    @staticmethod
    def _load_extractors() -> None:
        """Import the extractors on a thread of their own while the checks wait on the
        network. Only once every check is running: an import holds the interpreter lock for
        long stretches, and each new thread needs it to start, so importing first delayed
        the checks themselves (0.96 s -> 0.89 s on bench/scale.py, measured)."""
        threading.Thread(
            target=importlib.import_module, args=("selfaudit.extract",), daemon=True
        ).start()

    def read_profiles(
        self, checked: list[tuple[AccountCheck, Page | None]]
    ) -> list[tuple[AccountCheck, list[Finding]]]:
        """Stage two: what do the found profiles show a stranger?"""
        found = [(a, p) for a, p in checked if p is not None]
        self.reporter.stage(STAGES["read"], len(found))
        try:
            read = self._readers.collect(found, self.reporter)
        except Stopped as stopped:
            # Every account was checked already: keep them all, with what was read so far.
            merged = self._merge(checked, stopped.partial)
            raise Stopped(dict(enumerate(merged))) from None
        return self._merge(checked, read)

    # -- stage three: what does a search for the name show? ---------------------------------
    def search(self, already_read: set[str]) -> tuple[dict, list, list[Finding]]:
        """Query the search engine, then read the pages judged to be about the subject that
        the site checks did not already read. Returns (search summary, results, findings)."""
        backend = self.options.search
        if backend is None or getattr(backend, "name", None) == "none":
            # Not even imported: the judge's patterns cost a few hundredths of a second.
            return {"engine": None, "skipped": "search was not asked for (--search none)"}, [], []
        from .search import full_query_plan, pages_to_read, run_search

        planned = full_query_plan(self.subject, self.options.search_contacts)
        self.reporter.stage(STAGES["search"], min(len(planned), max(0, self.options.max_queries)))
        outcome = run_search(
            self.subject,
            backend,
            self.net,
            include_contacts=self.options.search_contacts,
            max_queries=self.options.max_queries,
            spacing=self.options.search_spacing,
            sleep=self.stop.wait,
            should_stop=self.stop.is_set,
            on_query=self.reporter.advance,
        )
        summary = {
            "engine": outcome.engine,
            "queries": list(outcome.queries),
            "left_out": list(outcome.left_out),
            "problems": list(outcome.problems),
        }
        urls = [
            u for u in pages_to_read(outcome, self.options.search_pages) if u not in already_read
        ]
        self.reporter.stage(STAGES["search_pages"], len(urls))
        try:
            pages = _parallel(
                urls, self._read_search_page, self.options.workers, self.stop, self.reporter
            )
        except Stopped as stopped:  # the engine saw the queries: keep what they showed
            pages = stopped.partial
        return summary, list(outcome.results), [f for found in pages for f in found]

    def _read_search_page(self, url: str) -> list[Finding]:
        try:
            response = self.net.get(url, untrusted=True)
        except FetchError as exc:
            self._note(f"could not read the search result {url}: {exc.reason}")
            return []
        if response.status != 200:
            return []
        return self._extract(_page(response))

    @staticmethod
    def _merge(checked, read) -> list[tuple[AccountCheck, list[Finding]]]:
        done = {a.key: (a, findings) for a, findings in read}
        return [done.get(a.key, (a, [])) for a, _ in checked]

    # -- the whole run ---------------------------------------------------------------------
    def run(self) -> Report:
        """Run the stages in order. A stop (Ctrl-C, SIGTERM) keeps what the current stage
        finished and skips the rest; the report then says it is incomplete."""
        started = _now()
        try:
            checked = self.check_accounts()
        except Stopped as stopped:
            checked = stopped.partial
        results: list[tuple[AccountCheck, list[Finding]]] = [(a, []) for a, _ in checked]
        if self.stop.is_set():
            results = self._merge(checked, self._readers.finished())  # read before the stop
        if self.options.read_profiles and not self.stop.is_set():
            try:
                results = self.read_profiles(checked)
            except Stopped as stopped:
                results = stopped.partial
        search_summary: dict = {"engine": None, "skipped": "the audit stopped before searching"}
        search_results: list = []
        search_findings: list[Finding] = []
        if not self.stop.is_set():
            read = {p.url for _, p in checked if p is not None}
            read |= {a.url for a, _ in results if a.status is Status.FOUND}
            search_summary, search_results, search_findings = self.search(read)
        complete = not self.stop.is_set()

        notes: list[str] = []
        if not complete:
            notes.append("The audit was stopped before it finished: this report is incomplete.")
        skipped = self.catalogue.skipped
        if skipped:
            notes.append(
                f"{len(skipped)} catalogue entries marked not valid were skipped: "
                + ", ".join(s.name for s in skipped[:10])
                + ("…" if len(skipped) > 10 else "")
            )
        notes.extend(self._notes)
        from .advice_links import attach_advice  # lazily, like extract

        accounts = [account for account, _ in results]
        findings = [f for _, found in results for f in found] + search_findings
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
            search_results=tuple(search_results),
            extra={"search": search_summary},
        )


def _not_checked(site: Site, username: str, shown_as: str | None) -> AccountCheck:
    return AccountCheck(
        site=site.name,
        username=shown_as or username,
        url=site.pretty_url(username),
        status=Status.UNKNOWN,
        detail="not checked: the audit was stopped first",
        category=site.cat,
        privacy_url=site.privacy_url,
    )


# Inline scripts and styles (not JSON-LD) say nothing about a person, and big sites put
# hundreds of kilobytes of them first: dropped before the extractors' window is cut.
_NOISE = re.compile(
    rb"<script(?![^>]{0,512}application/ld\+json)[^>]{0,512}>.*?(?:</script\s*>|\Z)"
    rb"|<style[^>]{0,512}>.*?(?:</style\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)


def _page(response: Response) -> Page:
    body = response.body[:KEEP_BYTES]  # what a check keeps; bounds the work below too
    if "html" in response.content_type or body[:100].lstrip().startswith(b"<"):
        # Bounded attribute scans and an unclosed tag running to the end keep this linear:
        # repeated "<script>" with no closing tag cannot make it backtrack.
        body = _NOISE.sub(b"", body)
    return Page(
        url=response.url,
        content_type=response.content_type,
        body=body[:EXTRACT_BYTES],
        encoding=response.encoding,
    )


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: dict[tuple[str, str, str], Finding] = {}
    for finding in findings:
        seen.setdefault(finding.key, finding)
    return list(seen.values())
