"""The run history (SQLite) and the diff between runs.

Covers: a run stored and loaded; private file modes; concurrent writers in separate processes; a
run killed half-way; migration from a hand-built version 1 file; what counts as new, gone,
unchanged and unverified; forgetting; and two real audits of a fake internet that changed.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import stat
from pathlib import Path

import pytest

from conftest import routed_net, site_entry
from selfaudit import catalogue as cat
from selfaudit.engine import Audit, AuditOptions
from selfaudit.errors import InputError
from selfaudit.fakeweb import Reply
from selfaudit.history import (
    SCHEMA_VERSION,
    History,
    ReportDiff,
    default_path,
    diff_reports,
    forget,
)
from selfaudit.models import (
    AccountCheck,
    Finding,
    FindingKind,
    Report,
    Severity,
    Status,
    Subject,
)
from selfaudit.render.diff import diff_dict, render_diff_text
from selfaudit.render.json_report import report_dict

SUBJECT = Subject(name="Sam Whitlock", handles=("samwhitlock",), emails=("sam@example.org",))
_MP = multiprocessing.get_context(
    "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
)


def acc(site: str, status: Status, detail: str = "", username: str = "samwhitlock"):
    return AccountCheck(
        site, username, f"https://{site.lower()}.example/{username}", status, detail or status.value
    )


def fnd(
    kind: FindingKind,
    value: str,
    site: str | None = "Alpha",
    severity: str = "medium",
    evidence: str = "seen",
    source: str | None = None,
    may_not_be_you: bool = False,
):
    source = source or f"https://{(site or 'search').lower()}.example/samwhitlock"
    return Finding(
        kind, value, source, evidence, Severity(severity), site=site, may_not_be_you=may_not_be_you
    )


def report(accounts=(), findings=(), complete=True, started="2026-11-23T20:00:00Z") -> Report:
    return Report(
        subject=SUBJECT,
        started_at=started,
        finished_at=started.replace(":00Z", ":05Z"),
        accounts=tuple(accounts),
        findings=tuple(findings),
        tool_version="0.1.0",
        complete=complete,
    )


RICH = report(
    [
        acc("Alpha", Status.FOUND),
        acc("Beta", Status.UNKNOWN, "HTTP 403 bot challenge"),
        acc("Gamma", Status.NOT_FOUND),
    ],
    [
        fnd(FindingKind.PHONE, "+441314960412", severity="high"),
        fnd(FindingKind.WORKPLACE, "Dunmore Council"),
    ],
)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


# -- storing and loading --------------------------------------------------------------------


def test_a_run_is_stored_and_loaded_exactly(db):
    with History(db) as h:
        run_id = h.start_run(SUBJECT, RICH.started_at)
        h.finish_run(run_id, RICH)
        assert h.load(run_id) == RICH
        [info] = h.runs()
    assert info.id == run_id and info.complete and info.state == "complete"
    assert (info.started_at, info.finished_at, info.risk) == (
        RICH.started_at,
        RICH.finished_at,
        "high",
    )
    assert (info.accounts_checked, info.accounts_found, info.accounts_unknown, info.findings) == (
        3,
        1,
        1,
        2,
    )
    with History(db) as again:  # survives closing
        assert again.load(run_id) == RICH


def test_identity_rows_are_stored_for_accounts_and_findings(db):
    with History(db) as h:
        run_id = h.record(RICH)
        rows = h.db.execute(
            "SELECT kind, value_key, source_url FROM findings WHERE run_id = ?", (run_id,)
        ).fetchall()
        accounts = h.db.execute("SELECT site_key, username_key, status FROM accounts").fetchall()
    assert sorted(rows) == sorted(f.key for f in RICH.findings)
    assert ("alpha", "samwhitlock", "found") in accounts


def test_the_file_is_private_and_the_folder_too(db):
    with History(db) as h:
        h.record(RICH)
        wal = db.with_name(db.name + "-wal")
        assert wal.exists()
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700


def test_an_existing_loose_file_is_tightened(tmp_path):
    path = tmp_path / "h.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    History(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_wal_and_busy_timeout_are_on(db):
    with History(db) as h:
        assert h.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert h.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert h.schema_version == SCHEMA_VERSION


def test_default_path_honours_selfaudit_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SELFAUDIT_DATA_DIR", str(tmp_path / "elsewhere"))
    assert default_path() == tmp_path / "elsewhere" / "history.sqlite3"
    with History() as h:
        h.record(RICH)
    assert (tmp_path / "elsewhere" / "history.sqlite3").exists()


def test_unknown_run_and_double_finish_are_input_errors(db):
    with History(db) as h:
        with pytest.raises(InputError, match="no run 99"):
            h.load(99)
        with pytest.raises(InputError, match="no run 99"):
            h.finish_run(99, RICH)
        run_id = h.record(RICH)
        with pytest.raises(InputError, match=f"run {run_id} is already finished"):
            h.finish_run(run_id, RICH)


def test_latest_and_last_complete(db):
    with History(db) as h:
        assert h.latest() is None and h.last_complete() is None
        one = h.record(RICH)
        two = h.record(report(complete=False))
        three = h.record(RICH)
        four = h.start_run(SUBJECT, "2026-11-24T20:00:00Z")
        assert h.latest() == four
        assert h.last_complete() == three
        assert h.last_complete(before=three) == one
        assert h.last_complete(before=one) is None
        assert [r.state for r in h.runs()] == ["complete", "incomplete", "complete", "unfinished"]
        assert h.load(two).complete is False


# -- interrupted runs -----------------------------------------------------------------------


def _start_then_die(path: str) -> None:
    h = History(Path(path))
    h.start_run(SUBJECT, "2026-11-24T09:00:00Z")
    os.kill(os.getpid(), signal.SIGKILL)  # killed mid-audit: no finish, no clean-up


def test_a_run_killed_half_way_stays_unfinished_and_is_never_the_baseline(db):
    with History(db) as h:
        good = h.record(RICH)
    child = _MP.Process(target=_start_then_die, args=(str(db),))
    child.start()
    child.join(20)
    assert child.exitcode == -signal.SIGKILL
    with History(db) as h:
        infos = h.runs()
        assert [i.state for i in infos] == ["complete", "unfinished"]
        killed = infos[-1]
        assert not killed.complete and killed.risk is None and killed.findings == 0
        assert h.latest() == killed.id
        assert h.last_complete() == good
        with pytest.raises(InputError, match="never finished"):
            h.load(killed.id)


def test_a_stopped_run_is_kept_as_incomplete_and_skipped(db):
    with History(db) as h:
        good = h.record(RICH)
        stopped = h.start_run(SUBJECT, "2026-11-24T09:00:00Z")
        h.finish_run(stopped, report([acc("Alpha", Status.FOUND)], complete=False))
        assert h.info(stopped).state == "incomplete"
        assert h.last_complete() == good


# -- two writers at once --------------------------------------------------------------------


def _write_runs(path: str, worker: int, count: int, start, errors) -> None:
    try:
        start.wait(10)
        with History(Path(path)) as h:
            for i in range(count):
                run_id = h.start_run(SUBJECT, f"2026-11-2{worker}T20:{i:02d}:00Z")
                h.finish_run(
                    run_id,
                    report(
                        [acc(f"Site{worker}", Status.FOUND)],
                        [fnd(FindingKind.WORKPLACE, f"Employer {worker}-{i}")],
                    ),
                )
    except BaseException as exc:  # report anything to the parent, not just to stderr
        errors.put(f"{worker}: {exc!r}")
        raise


def test_concurrent_writers_in_separate_processes_lose_nothing(db):
    workers, count = 4, 15
    start = _MP.Event()
    errors = _MP.Queue()
    procs = [
        _MP.Process(target=_write_runs, args=(str(db), w, count, start, errors))
        for w in range(workers)
    ]
    for p in procs:
        p.start()
    start.set()  # all at once, including creating the schema on a file that does not exist
    for p in procs:
        p.join(60)
    problems = []
    while not errors.empty():
        problems.append(errors.get())
    assert problems == []
    assert [p.exitcode for p in procs] == [0] * workers
    with History(db) as h:
        infos = h.runs()
        assert len(infos) == workers * count
        assert all(i.complete for i in infos)
        assert h.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        values = {h.load(i.id).findings[0].value for i in infos}
    assert values == {f"Employer {w}-{i}" for w in range(workers) for i in range(count)}


def _open_once(path: str, start, errors) -> None:
    try:
        start.wait(10)
        with History(Path(path)) as h:
            h.record(RICH)
    except BaseException as exc:
        errors.put(repr(exc))
        raise


def test_many_first_runs_at_once_all_open_the_new_file(tmp_path):
    """Creating the folder and switching a new file to WAL are the racy moments (SQLite does
    not wait on a busy file for the WAL switch), so race many openers on several new files."""
    errors = _MP.Queue()
    for attempt in range(15):
        path = tmp_path / f"try{attempt}" / "data" / "history.sqlite3"
        start = _MP.Event()
        procs = [_MP.Process(target=_open_once, args=(str(path), start, errors)) for _ in range(6)]
        for p in procs:
            p.start()
        start.set()
        for p in procs:
            p.join(30)
        assert [p.exitcode for p in procs] == [0] * 6, errors.get(timeout=1)
        with History(path) as h:
            assert len(h.runs()) == 6


# -- schema migration -----------------------------------------------------------------------

V1_DDL = """
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
PRAGMA user_version = 1;
"""


def _v1_insert(con, r: Report | None, started: str) -> None:
    subject = json.dumps(SUBJECT.to_dict())
    if r is None:
        con.execute("INSERT INTO runs (started_at, subject_json) VALUES (?, ?)", (started, subject))
        return
    s = r.summary
    cur = con.execute(
        "INSERT INTO runs (started_at, finished_at, subject_json, report_json, risk, "
        "accounts_checked, accounts_found, accounts_unknown, findings) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            r.started_at,
            r.finished_at,
            subject,
            json.dumps(report_dict(r)),
            s.risk,
            s.accounts_checked,
            s.accounts_found,
            s.accounts_unknown,
            s.findings,
        ),
    )
    for a in r.accounts:
        con.execute(
            "INSERT INTO accounts VALUES (?, ?, ?, ?, ?)",
            (cur.lastrowid, *a.key, a.status.value, a.url),
        )
    for f in r.findings:
        con.execute(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?)",
            (cur.lastrowid, *f.key, f.severity.value, f.value),
        )


def test_a_version_1_file_is_migrated_with_its_data(tmp_path):
    path = tmp_path / "history.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(V1_DDL)
    stopped = report([acc("Alpha", Status.FOUND)], complete=False, started="2026-11-21T20:00:00Z")
    _v1_insert(con, RICH, RICH.started_at)
    _v1_insert(con, stopped, stopped.started_at)
    _v1_insert(con, None, "2026-11-22T20:00:00Z")
    con.commit()
    con.close()

    with History(path) as h:
        assert h.schema_version == SCHEMA_VERSION > 1
        assert [i.state for i in h.runs()] == ["complete", "incomplete", "unfinished"]
        assert h.load(1) == RICH
        assert h.load(2) == stopped
        assert h.last_complete() == 1
        assert h.db.execute("PRAGMA index_list(runs)").fetchall()  # v2's index exists
        assert h.db.execute("SELECT count(*) FROM findings").fetchone()[0] == 2
        new = h.record(RICH)
        assert h.last_complete() == new
    with History(path) as h:  # opening again is a no-op, not a second migration
        assert len(h.runs()) == 4


def test_a_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "history.sqlite3"
    with History(path):
        pass
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(InputError, match="newer selfaudit"):
        History(path)


# -- files that cannot be used --------------------------------------------------------------


def _one_line_naming(exc: InputError, path: Path) -> None:
    text = str(exc)
    assert "\n" not in text
    assert str(path) in text


def test_a_corrupt_file_is_one_line_naming_it(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    with pytest.raises(InputError) as caught:
        History(path)
    _one_line_naming(caught.value, path)


def test_a_folder_that_cannot_exist_is_one_line_naming_it(tmp_path):
    (tmp_path / "afile").write_text("x")
    path = tmp_path / "afile" / "history.sqlite3"  # works as root too, unlike chmod 0500
    with pytest.raises(InputError) as caught:
        History(path)
    _one_line_naming(caught.value, path)


def test_a_directory_in_the_way_is_one_line_naming_it(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.mkdir()
    with pytest.raises(InputError) as caught:
        History(path)
    _one_line_naming(caught.value, path)


# -- forgetting -----------------------------------------------------------------------------


def test_forget_removes_the_database_and_its_side_files(db):
    h = History(db)
    h.record(RICH)
    assert db.with_name(db.name + "-wal").exists()
    removed = h.forget()
    assert db in removed
    assert not list(db.parent.iterdir())
    with pytest.raises(InputError, match="closed"):
        h.runs()


def test_forget_works_on_a_corrupt_file_without_opening_it(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"garbage")
    path.with_name(path.name + "-shm").write_bytes(b"")
    assert set(forget(path)) == {path, path.with_name(path.name + "-shm")}
    assert forget(path) == []


# -- the diff -------------------------------------------------------------------------------


def test_reordered_findings_with_new_evidence_and_severity_are_unchanged():
    old = report(
        [acc("Alpha", Status.FOUND)],
        [
            fnd(FindingKind.PHONE, "+441314960412", evidence="call me on 0131 496 0412"),
            fnd(FindingKind.WORKPLACE, "Dunmore Council", evidence="works at Dunmore Council"),
        ],
    )
    new = report(
        [acc("Alpha", Status.FOUND, "HTTP 200, different words")],
        [
            fnd(FindingKind.WORKPLACE, "  DUNMORE council", evidence="now at: Dunmore Council"),
            fnd(FindingKind.PHONE, "+441314960412", severity="high", evidence="ring 0131 496 0412"),
        ],
    )
    d = diff_reports(old, new)
    assert d.new_findings == d.gone_findings == d.unverified_findings == ()
    assert len(d.unchanged_findings) == 2
    assert d.unchanged_findings[1].severity is Severity.HIGH  # shown as it is now
    assert d.unchanged_accounts == (new.accounts[0],)
    assert not d.changed


def test_new_and_gone_findings_on_a_site_checked_both_times():
    old = report([acc("Alpha", Status.FOUND)], [fnd(FindingKind.PHONE, "+441314960412")])
    new = report([acc("Alpha", Status.FOUND)], [fnd(FindingKind.EMAIL, "sam@example.org")])
    d = diff_reports(old, new)
    assert [f.value for f in d.new_findings] == ["sam@example.org"]
    assert [f.value for f in d.gone_findings] == ["+441314960412"]
    assert d.changed


def test_the_same_value_on_another_page_is_a_new_finding():
    old = report([acc("Alpha", Status.FOUND)], [fnd(FindingKind.PHONE, "+441314960412")])
    new = report(
        [acc("Alpha", Status.FOUND)],
        [
            fnd(FindingKind.PHONE, "+441314960412"),
            fnd(
                FindingKind.PHONE, "+441314960412", source="https://alpha.example/samwhitlock/about"
            ),
        ],
    )
    assert len(diff_reports(old, new).new_findings) == 1


@pytest.mark.parametrize(
    ("before", "now", "bucket"),
    [
        (Status.FOUND, Status.NOT_FOUND, "gone_accounts"),
        (Status.FOUND, Status.UNKNOWN, "unverified_accounts"),
        (Status.FOUND, Status.FOUND, "unchanged_accounts"),
        (Status.UNKNOWN, Status.FOUND, "new_accounts"),
        (Status.NOT_FOUND, Status.FOUND, "new_accounts"),
        (None, Status.FOUND, "new_accounts"),
        (Status.FOUND, None, "unverified_accounts"),
        (Status.UNKNOWN, Status.NOT_FOUND, None),  # never found: not "gone"
        (Status.NOT_FOUND, Status.UNKNOWN, None),
        (Status.UNKNOWN, Status.UNKNOWN, None),
        (Status.NOT_FOUND, Status.NOT_FOUND, None),
    ],
)
def test_account_transitions(before, now, bucket):
    old = report([acc("Alpha", before)] if before else [])
    new = report([acc("Alpha", now)] if now else [])
    d = diff_reports(old, new)
    buckets = ("new_accounts", "gone_accounts", "unchanged_accounts", "unverified_accounts")
    placed = {name: getattr(d, name) for name in buckets if getattr(d, name)}
    assert list(placed) == ([bucket] if bucket else [])


def test_account_identity_ignores_case_and_url_and_detail():
    old = report(
        [
            AccountCheck(
                "GitHub", "SamWhitlock", "https://github.com/SamWhitlock", Status.FOUND, "HTTP 200"
            )
        ]
    )
    new = report(
        [
            AccountCheck(
                "github",
                "samwhitlock",
                "https://github.com/samwhitlock",
                Status.FOUND,
                "HTTP 200 and profile marker present",
            )
        ]
    )
    assert len(diff_reports(old, new).unchanged_accounts) == 1


def test_findings_from_a_site_that_could_not_be_checked_now_are_unverified_not_gone():
    old = report(
        [acc("Alpha", Status.FOUND), acc("Beta", Status.FOUND)],
        [
            fnd(FindingKind.PHONE, "+441314960412", site="Alpha"),
            fnd(FindingKind.EMAIL, "sam@example.org", site="Beta"),
        ],
    )
    new = report([acc("Alpha", Status.NOT_FOUND), acc("Beta", Status.UNKNOWN, "HTTP 429")])
    d = diff_reports(old, new)
    assert [f.value for f in d.gone_findings] == ["+441314960412"]
    assert [f.value for f in d.unverified_findings] == ["sam@example.org"]
    assert [a.site for a in d.gone_accounts] == ["Alpha"]
    assert [a.site for a in d.unverified_accounts] == ["Beta"]


def test_nothing_is_gone_after_an_incomplete_run():
    old = report([acc("Alpha", Status.FOUND)], [fnd(FindingKind.PHONE, "+441314960412")])
    new = report([acc("Alpha", Status.FOUND)], [], complete=False)
    d = diff_reports(old, new)
    assert d.gone_findings == ()
    assert len(d.unverified_findings) == 1


def test_new_at_or_above_and_alerts():
    old = report([acc("Alpha", Status.FOUND)])
    new = report(
        [acc("Alpha", Status.FOUND)],
        [
            fnd(FindingKind.PHONE, "+441314960412", severity="high"),
            fnd(FindingKind.WORKPLACE, "Dunmore Council", severity="medium"),
            fnd(FindingKind.LOCATION, "Leith", severity="low"),
            fnd(FindingKind.EMAIL, "namesake@example.org", severity="high", may_not_be_you=True),
        ],
    )
    d = diff_reports(old, new)
    assert [f.value for f in d.new_at_or_above(Severity.HIGH)] == ["+441314960412"]
    assert len(d.new_at_or_above(Severity.MEDIUM)) == 2
    assert len(d.new_at_or_above(Severity.LOW)) == 3
    assert len(d.new_at_or_above(Severity.HIGH, include_may_not_be_you=True)) == 2
    assert d.alerts(Severity.HIGH) and not d.alerts(None)
    only_low = diff_reports(
        old,
        report([acc("Alpha", Status.FOUND)], [fnd(FindingKind.LOCATION, "Leith", severity="low")]),
    )
    assert only_low.alerts(Severity.LOW) and not only_low.alerts(Severity.MEDIUM)


def test_a_new_profile_alerts_only_at_low():
    d = diff_reports(report([acc("Alpha", Status.UNKNOWN)]), report([acc("Alpha", Status.FOUND)]))
    assert d.alerts(Severity.LOW)
    assert not d.alerts(Severity.MEDIUM)
    nothing = diff_reports(RICH, RICH)
    assert not nothing.alerts(Severity.LOW)


def test_diff_text_and_json_show_every_bucket_and_hostile_text_literally(db):
    hostile = "\x1b[31mred\x1b[0m [link=https://evil.example]x[/link] \u202eevil"
    old = report(
        [acc("Alpha", Status.FOUND), acc("Beta", Status.FOUND), acc("Gone", Status.FOUND)],
        [
            fnd(FindingKind.PHONE, "+441314960412"),
            fnd(FindingKind.EMAIL, "sam@example.org", site="Beta"),
        ],
    )
    new = report(
        [
            acc("Alpha", Status.FOUND),
            acc("Beta", Status.UNKNOWN, "HTTP 429"),
            acc("Gone", Status.NOT_FOUND, "HTTP 404"),
            acc("Delta", Status.FOUND),
        ],
        [fnd(FindingKind.WORK_TALK, hostile, severity="high", evidence=hostile)],
    )
    with History(db) as h:
        a, b = h.record(old), h.record(new)
        old_info, new_info = h.info(a), h.info(b)
    d = diff_reports(old, new)
    text = render_diff_text(d, old_info, new_info)
    assert f"run {a}" in text and f"run {b}" in text
    for words in (
        "New since last time (2)",
        "New public profile: Delta",
        "[HIGH] work talk",
        "Gone (2)",
        "Profile no longer found: Gone",
        "HTTP 404",
        "Could not re-check (2)",
        "Profile found last time: Beta",
        "HTTP 429",
        "sam@example.org",
        "Still there (1)",
    ):
        assert words in text, words
    assert "\x1b" not in text and "\u202e" not in text
    assert "[link=https://evil.example]x[/link]" in text  # shown as typed, not as markup

    data = json.loads(json.dumps(diff_dict(d, old_info, new_info)))
    assert data["schema"] == "selfaudit/diff-v1"
    assert data["old_run"]["id"] == a and data["new_run"]["state"] == "complete"
    assert [f["value"] for f in data["findings"]["new"]] == [hostile]
    assert [x["site"] for x in data["accounts"]["gone"]] == ["Gone"]
    assert [x["site"] for x in data["accounts"]["unverified"]] == ["Beta"]
    assert [f["value"] for f in data["findings"]["unverified"]] == ["sam@example.org"]
    assert [f["value"] for f in data["findings"]["gone"]] == ["+441314960412"]


def test_diff_text_says_when_nothing_is_new_and_when_a_run_was_partial(db):
    with History(db) as h:
        a = h.record(RICH)
        b = h.record(report(RICH.accounts, RICH.findings, complete=False))
        text = render_diff_text(diff_reports(RICH, h.load(b)), h.info(a), h.info(b))
    assert "Nothing new since last time." in text
    assert f"Run {b} is incomplete" in text


# -- two real audits of a fake internet that changed ---------------------------------------

SITES = ("alpha", "beta", "gamma", "delta")


def _audit(web) -> Report:
    entries = [
        site_entry(
            n.title(),
            uri_check=f"https://{n}.example/u/{{account}}",
            e_string="class='profile'",
            m_string="no such user",
        )
        for n in SITES
    ]
    catalogue = cat.loads(json.dumps({"sites": entries}), "test", "test")
    net = routed_net(web, *(f"https://{n}.example" for n in SITES), timeout=5.0)
    with net:
        return Audit(SUBJECT, catalogue, net, AuditOptions(workers=4)).run()


def _serve(web, pages: dict[str, Reply]) -> None:
    for n in SITES:
        web.default(f"{n}.example", Reply(404, "no such user"))
        if n in pages:
            web.add(f"{n}.example", "/u/samwhitlock", pages[n])


CHALLENGE = Reply(403, "<title>Just a moment...</title>", headers=(("cf-mitigated", "challenge"),))


def test_recheck_against_a_changed_fake_internet(web, db):
    _serve(
        web,
        {
            "alpha": Reply(
                200,
                "<h1 class='profile'>Sam Whitlock</h1><p>Email me at "
                "sam@example.org</p><a href='tel:+441314960412'>call</a>",
            ),
            "beta": Reply(
                200, "<h1 class='profile'>Sam</h1><a href='mailto:sam.w@beta.example'>m</a>"
            ),
            "gamma": CHALLENGE,
        },
    )
    with History(db) as h:
        first_id = h.start_run(SUBJECT, "2026-11-23T20:00:00Z")
        first = _audit(web)
        h.finish_run(first_id, first)
    status = {a.site: a.status for a in first.accounts}
    assert status == {
        "Alpha": Status.FOUND,
        "Beta": Status.FOUND,
        "Gamma": Status.UNKNOWN,
        "Delta": Status.NOT_FOUND,
    }
    assert {f.value for f in first.findings} >= {
        "sam@example.org",
        "+441314960412",
        "sam.w@beta.example",
    }

    # A week later: Alpha reworded its page (email moved, phone removed, a new address);
    # Beta is behind a bot wall; Gamma now answers "no such user"; Delta has a profile.
    _serve(
        web,
        {
            "alpha": Reply(
                200,
                "<h1 class='profile'>Sam Whitlock</h1><p>New job! Write to me: "
                "sam@example.org (evenings)</p><p>Or sam.home@example.net</p>",
            ),
            "beta": CHALLENGE,
            "gamma": Reply(404, "no such user"),
            "delta": Reply(200, "<h1 class='profile'>Sam Whitlock</h1>"),
        },
    )
    with History(db) as h:
        second_id = h.start_run(SUBJECT, "2026-11-30T20:00:00Z")
        second = _audit(web)
        h.finish_run(second_id, second)
        baseline = h.last_complete(before=second_id)
        assert baseline == first_id
        d = diff_reports(h.load(baseline), h.load(second_id))

    assert [a.site for a in d.new_accounts] == ["Delta"]
    assert d.gone_accounts == ()  # Gamma went unknown -> not_found: never found, never gone
    assert [a.site for a in d.unverified_accounts] == ["Beta"]
    assert [a.site for a in d.unchanged_accounts] == ["Alpha"]
    assert {f.value for f in d.new_findings} == {"sam.home@example.net"}
    assert {f.value for f in d.gone_findings} == {"+441314960412"}
    assert {f.value for f in d.unverified_findings} == {"sam.w@beta.example"}
    assert "sam@example.org" in {f.value for f in d.unchanged_findings}
    assert d.alerts(Severity.LOW)


def test_diff_type_is_frozen():
    d = diff_reports(RICH, RICH)
    assert isinstance(d, ReportDiff)
    with pytest.raises(AttributeError):
        d.new_findings = ()  # type: ignore[misc]
