"""Past runs in SQLite, and what changed between two of them.

One file under the user's data folder (``history.sqlite3``), readable by its owner only: it
holds what the audits found about them. WAL and a busy timeout let two runs at once (a timer and
a person, say) write without corrupting it or losing either run. The schema is versioned with
``PRAGMA user_version`` and moved forward by an ordered list of migrations, each in one
transaction, so an old file is upgraded in place or not at all.

A run is written twice: :meth:`History.start_run` when it begins (marked not complete) and
:meth:`History.finish_run` when the report exists. A run that was killed, or stopped before the
end, therefore stays incomplete and is never taken as the baseline for a recheck.

The diff compares stable identities (``Finding.key``, ``AccountCheck.key``), so pages that
reorder, or evidence text that shifts, are not changes; and it never calls something "gone"
when it only could not be checked this time.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from . import paths
from .errors import InputError
from .models import AccountCheck, Finding, Report, Severity, Status, Subject

FILENAME = "history.sqlite3"
BUSY_TIMEOUT_MS = 5000
#: Files SQLite may keep next to the database; ``forget`` removes them all.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def default_path() -> Path:
    return paths.data_dir() / FILENAME


# -- schema ------------------------------------------------------------------------------------

_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    subject_json TEXT NOT NULL,
    report_json TEXT,
    risk TEXT,
    accounts_checked INTEGER,
    accounts_found INTEGER,
    accounts_unknown INTEGER,
    findings INTEGER
);
CREATE TABLE accounts (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    site_key TEXT NOT NULL,
    username_key TEXT NOT NULL,
    status TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (run_id, site_key, username_key)
);
CREATE TABLE findings (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value_key TEXT NOT NULL,
    source_url TEXT NOT NULL,
    severity TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (run_id, kind, value_key, source_url)
);
"""


def _v2(db: sqlite3.Connection) -> None:
    """v1 said "finished" (finished_at set) but not "complete": a run stopped with Ctrl-C was
    finished yet partial, and only its JSON knew. v2 makes completeness a column, filled in from
    each v1 run's JSON (a run without a report, or with a report that says otherwise, is not
    complete), and indexes it for :meth:`History.last_complete`."""
    db.execute("ALTER TABLE runs ADD COLUMN complete INTEGER NOT NULL DEFAULT 0")
    rows = db.execute("SELECT id, report_json FROM runs WHERE finished_at IS NOT NULL").fetchall()
    for run_id, text in rows:
        try:
            complete = json.loads(text).get("complete", True) is True if text else False
        except (ValueError, AttributeError):
            complete = False
        db.execute("UPDATE runs SET complete = ? WHERE id = ?", (int(complete), run_id))
    db.execute("CREATE INDEX runs_complete ON runs (complete, id)")


#: Migration n (1-based) takes a version n-1 database to version n. Append only; never edit one
#: that has shipped, since files in the wild were made by it.
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (_V1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


def _apply(db: sqlite3.Connection, step: str | Callable[[sqlite3.Connection], None]) -> None:
    if callable(step):
        step(db)
        return
    # executescript() would COMMIT first; run the statements inside our transaction instead.
    for statement in step.split(";"):
        if statement.strip():
            db.execute(statement)


# -- what callers get back --------------------------------------------------------------------


@dataclass(frozen=True)
class RunInfo:
    """One line of ``selfaudit history``. Counts are 0 and ``risk`` None for an unfinished run."""

    id: int
    started_at: str
    finished_at: str | None
    complete: bool
    risk: str | None
    accounts_checked: int
    accounts_found: int
    accounts_unknown: int
    findings: int

    @property
    def state(self) -> str:
        """``complete``; ``incomplete`` (stopped early, partial report kept); or ``unfinished``
        (no report: killed, crashed, or still running in another process)."""
        if self.finished_at is None:
            return "unfinished"
        return "complete" if self.complete else "incomplete"


# -- the store --------------------------------------------------------------------------------


def _create_private(path: Path) -> None:
    """Make the folder (0700 if we create it) and the file (0600) before SQLite opens it, so
    there is no moment when another user could read either."""
    parent = path.parent
    parent.parent.mkdir(parents=True, exist_ok=True)
    try:
        parent.mkdir(mode=0o700)
    except FileExistsError:  # already there (perhaps made a moment ago by another run)
        pass
    else:
        parent.chmod(0o700)  # mkdir's mode is filtered by the umask
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _enable_wal(db: sqlite3.Connection) -> None:
    """Put the file in WAL mode, which then sticks to the file.

    Converting needs exclusive access and SQLite does not run the busy handler for it, so two
    first runs at once would fail instantly with "database is locked". Check first (after the
    first open there is nothing to do), else retry with backoff within the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while True:
        try:
            if str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            mode = str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
            if mode == "wal":
                return
            raise sqlite3.OperationalError(f"could not switch to WAL (journal mode {mode})")
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


class History:
    """The run history in one SQLite file. Use as a context manager; one per thread/process."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._db: sqlite3.Connection | None = None
        try:
            _create_private(self.path)
            self._db = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._db.execute("PRAGMA foreign_keys = ON")
            _enable_wal(self._db)
            self._migrate()
        except InputError:
            self.close()
            raise
        except (OSError, sqlite3.Error) as exc:
            self.close()
            raise self._error(exc) from None

    # -- plumbing -----------------------------------------------------------------------------
    def _error(self, exc: BaseException) -> InputError:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return InputError(f"history {self.path}: {reason}")

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise InputError(f"history {self.path}: already closed")
        return self._db

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking the write lock up front (BEGIN IMMEDIATE): a deferred
        transaction that later needs to write can fail at once with "database is locked" instead
        of waiting for the busy timeout."""
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        try:
            yield db
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise self._error(exc) from None
            raise
        try:
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise self._error(exc) from None

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        with self._write() as db:
            # Read again under the write lock: another process may have migrated meanwhile.
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise InputError(
                    f"history {self.path}: written by a newer selfaudit (schema {version}; "
                    f"this version reads up to {SCHEMA_VERSION})"
                )
            for number in range(version + 1, SCHEMA_VERSION + 1):
                _apply(db, MIGRATIONS[number - 1])
                db.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> History:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._read("PRAGMA user_version")[0][0]

    # -- writing ------------------------------------------------------------------------------
    def start_run(self, subject: Subject, started_at: str) -> int:
        """Record that a run began; it stays incomplete until :meth:`finish_run` says otherwise."""
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO runs (started_at, subject_json, complete) VALUES (?, ?, 0)",
                (started_at, json.dumps(subject.to_dict(), ensure_ascii=False)),
            )
            run_id = cursor.lastrowid
        assert run_id is not None  # an INSERT always has a rowid
        return run_id

    def finish_run(self, run_id: int, report: Report) -> None:
        """Store the report, its accounts and findings by identity; complete only if it is."""
        from .render.json_report import report_dict

        summary = report.summary
        text = json.dumps(report_dict(report), ensure_ascii=False)
        with self._write() as db:
            row = db.execute("SELECT finished_at FROM runs WHERE id = ?", (run_id,)).fetchone()
            if row is None:
                raise InputError(f"no run {run_id}")
            if row[0] is not None:
                raise InputError(f"run {run_id} is already finished")
            db.executemany(
                "INSERT OR IGNORE INTO accounts (run_id, site_key, username_key, status, url) "
                "VALUES (?, ?, ?, ?, ?)",
                [(run_id, *a.key, a.status.value, a.url) for a in report.accounts],
            )
            db.executemany(
                "INSERT OR IGNORE INTO findings "
                "(run_id, kind, value_key, source_url, severity, value) VALUES (?, ?, ?, ?, ?, ?)",
                [(run_id, *f.key, f.severity.value, f.value) for f in report.findings],
            )
            db.execute(
                "UPDATE runs SET finished_at = ?, report_json = ?, risk = ?, complete = ?, "
                "accounts_checked = ?, accounts_found = ?, accounts_unknown = ?, findings = ? "
                "WHERE id = ?",
                (
                    report.finished_at,
                    text,
                    summary.risk,
                    # A run that could check nothing is no baseline for the next recheck.
                    int(report.complete and not report.nothing_checked),
                    summary.accounts_checked,
                    summary.accounts_found,
                    summary.accounts_unknown,
                    summary.findings,
                    run_id,
                ),
            )

    def record(self, report: Report) -> int:
        """Start and finish a run in one go (for a report that already exists)."""
        run_id = self.start_run(report.subject, report.started_at)
        self.finish_run(run_id, report)
        return run_id

    # -- reading ------------------------------------------------------------------------------
    _INFO = (
        "SELECT id, started_at, finished_at, complete, risk, accounts_checked, accounts_found, "
        "accounts_unknown, findings FROM runs"
    )

    @staticmethod
    def _info(row: tuple) -> RunInfo:
        return RunInfo(
            id=row[0],
            started_at=row[1],
            finished_at=row[2],
            complete=bool(row[3]),
            risk=row[4],
            accounts_checked=row[5] or 0,
            accounts_found=row[6] or 0,
            accounts_unknown=row[7] or 0,
            findings=row[8] or 0,
        )

    def runs(self) -> list[RunInfo]:
        """Every run, oldest first."""
        return [self._info(row) for row in self._read(self._INFO + " ORDER BY id")]

    def info(self, run_id: int) -> RunInfo:
        rows = self._read(self._INFO + " WHERE id = ?", (run_id,))
        if not rows:
            raise InputError(f"no run {run_id}")
        return self._info(rows[0])

    def load(self, run_id: int) -> Report:
        """The report of a run. The stored ``complete`` column wins over the JSON's flag."""
        from .report_io import report_from_json

        rows = self._read("SELECT report_json, complete FROM runs WHERE id = ?", (run_id,))
        if not rows:
            raise InputError(f"no run {run_id}")
        text, complete = rows[0]
        if text is None:
            raise InputError(
                f"run {run_id} never finished (it was interrupted, or is still running): "
                "there is no report to show"
            )
        report = report_from_json(text)
        if report.complete and not complete:
            import dataclasses

            report = dataclasses.replace(report, complete=False)
        return report

    def last_complete(self, before: int | None = None) -> int | None:
        """The newest complete run (older than run ``before``, if given)."""
        limit = before if before is not None else -1
        rows = self._read(
            "SELECT max(id) FROM runs WHERE complete = 1 AND (? < 0 OR id < ?)", (limit, limit)
        )
        return rows[0][0]

    def latest(self) -> int | None:
        """The newest run, whatever state it is in."""
        return self._read("SELECT max(id) FROM runs")[0][0]

    def forget(self) -> list[Path]:
        """Close and delete the database and its side files; returns what was removed."""
        self.close()
        return forget(self.path)


def forget(path: Path | None = None) -> list[Path]:
    """Delete a history file and its -wal/-shm/-journal files without opening it, so a corrupt
    or newer-version file can still be forgotten. Returns the files removed."""
    path = Path(path) if path is not None else default_path()
    removed = []
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)):
        try:
            candidate.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise InputError(f"history {candidate}: cannot delete it ({exc.strerror})") from None
        removed.append(candidate)
    return removed


# -- what changed between two runs ------------------------------------------------------------


@dataclass(frozen=True)
class ReportDiff:
    """What changed from ``old`` to ``new``, by stable identity.

    Findings and accounts are given as they appear in the *new* report where they exist there
    (current evidence and severity), else as they appeared in the old one.

    Nothing is "gone" unless this run could actually see it gone: an account that could not be
    checked now is ``unverified_accounts``, and a finding from a site that could not be checked
    now (or from a run that stopped early) is ``unverified_findings``.
    """

    new_findings: tuple[Finding, ...]
    gone_findings: tuple[Finding, ...]
    unchanged_findings: tuple[Finding, ...]
    unverified_findings: tuple[Finding, ...]
    new_accounts: tuple[AccountCheck, ...]
    gone_accounts: tuple[AccountCheck, ...]
    unchanged_accounts: tuple[AccountCheck, ...]
    unverified_accounts: tuple[AccountCheck, ...]

    def new_at_or_above(
        self, threshold: Severity, *, include_may_not_be_you: bool = False
    ) -> list[Finding]:
        """New findings at or above ``threshold``. Like the audit's ``--fail-on``, findings from
        a profile that shows another person's name are left out unless asked for."""
        return [
            f
            for f in self.new_findings
            if f.severity.rank >= threshold.rank
            and (include_may_not_be_you or not f.may_not_be_you)
        ]

    def alerts(self, threshold: Severity | None) -> bool:
        """Whether a recheck should exit 1: a new finding at or above ``threshold`` or, at
        ``low``, a newly found profile (a profile is the least a stranger can learn). ``None``
        (``--fail-on never``) never alerts."""
        if threshold is None:
            return False
        if self.new_at_or_above(threshold):
            return True
        return threshold is Severity.LOW and bool(self.new_accounts)

    @property
    def changed(self) -> bool:
        return bool(
            self.new_findings or self.gone_findings or self.new_accounts or self.gone_accounts
        )


def diff_reports(old: Report, new: Report) -> ReportDiff:
    old_accounts = {a.key: a for a in old.accounts}
    new_accounts = {a.key: a for a in new.accounts}

    acc_new, acc_gone, acc_same, acc_unverified = [], [], [], []
    for key, now in new_accounts.items():
        before = old_accounts.get(key)
        was_found = before is not None and before.status is Status.FOUND
        if now.status is Status.FOUND:
            (acc_same if was_found else acc_new).append(now)
        elif was_found and now.status is Status.NOT_FOUND:
            acc_gone.append(now)
        elif was_found:
            acc_unverified.append(now)
    # Found before, not checked at all now (site left the catalogue, handle dropped, run stopped).
    acc_unverified += [
        a for k, a in old_accounts.items() if a.status is Status.FOUND and k not in new_accounts
    ]

    # A site is "seen" this run when at least one of its checks reached a verdict.
    decided_sites = {
        a.site.casefold() for a in new.accounts if a.status in (Status.FOUND, Status.NOT_FOUND)
    }

    search = new.extra.get("search") or {}
    searched_cleanly = bool(search.get("queries")) and not search.get("problems")

    def could_see(f: Finding) -> bool:
        if not new.complete:
            return False
        if f.site is None:  # found by a name search: gone only if this run searched fully
            return searched_cleanly
        return f.site.casefold() in decided_sites

    old_findings = {f.key: f for f in old.findings}
    new_findings = {f.key: f for f in new.findings}
    f_new = [f for k, f in new_findings.items() if k not in old_findings]
    f_same = [f for k, f in new_findings.items() if k in old_findings]
    missing = [f for k, f in old_findings.items() if k not in new_findings]
    return ReportDiff(
        new_findings=tuple(f_new),
        gone_findings=tuple(f for f in missing if could_see(f)),
        unchanged_findings=tuple(f_same),
        unverified_findings=tuple(f for f in missing if not could_see(f)),
        new_accounts=tuple(acc_new),
        gone_accounts=tuple(acc_gone),
        unchanged_accounts=tuple(acc_same),
        unverified_accounts=tuple(acc_unverified),
    )
