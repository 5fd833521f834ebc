"""The three tools under test: how to run each one on a catalogue, how to read its answer, and how
to measure one run (wall time, CPU time and peak RSS of that child alone, via ``os.wait4``).

Every tool runs as a user would run it, from its own console script, with the same username and
the same ``--timeout``, in a fresh working directory with ``HOME`` and the XDG folders pointed
at an empty temp dir (so no saved profile, settings or cache of the person running the bench
leaks in). Each one's answer is read into ``{site: "found" | "not_found" | "unknown"}``.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from convert import to_maigret, to_sherlock

FOUND, NOT_FOUND, UNKNOWN = "found", "not_found", "unknown"
RUN_LIMIT = 300.0  # seconds: a run longer than this is killed and reported as not measured


class ToolFailed(Exception):
    """The tool ran but gave no answer we can read (reason in the message)."""


@dataclass
class Measure:
    wall: float
    cpu: float
    rss_mb: float
    exit_code: int
    stdout: str
    stderr: str


def measure(argv: list[str], cwd: Path, env: dict[str, str],
            limit: float = RUN_LIMIT) -> Measure:
    """Run ``argv`` once; wall time around the child, its own rusage from ``os.wait4``."""
    out_path, err_path = cwd / ".stdout", cwd / ".stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err, start_new_session=True)
        except OSError as exc:
            raise ToolFailed(f"could not start {argv[0]}: {exc.strerror}") from None
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(limit, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4, tell Popen
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    if killed.is_set():
        raise ToolFailed(f"still running after {limit:.0f} s, killed")
    return Measure(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                   proc.returncode, stdout, stderr)


def clean_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SELFAUDIT_", "XDG_", "PYTHON")) and k != "VIRTUAL_ENV"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               NO_COLOR="1", TERM="dumb", LC_ALL="C.UTF-8")
    env.update(extra or {})
    return env


@dataclass
class Tool:
    name: str
    exe: Path
    prepare: Callable[[dict, Path], None]
    """Write the catalogue in the tool's own format into the work dir."""
    argv: Callable[[Path, str, float], list[str]]
    """(work dir, username, timeout) -> the command line."""
    parse: Callable[[Measure, Path], dict[str, str]]
    version_argv: list[str] = field(default_factory=lambda: ["--version"])
    env_extra: Callable[[Path], dict[str, str]] = lambda home: {}
    version: str = "?"
    missing: str | None = None
    """Why this tool cannot be measured (not installed...), or None."""

    def run(self, catalogue: dict, username: str, timeout: float,
            limit: float = RUN_LIMIT) -> tuple[Measure, dict[str, str]]:
        with tempfile.TemporaryDirectory(prefix=f"bench-{self.name}-") as tmp:
            work = Path(tmp)
            home = work / "home"
            home.mkdir()
            self.prepare(catalogue, work)
            env = clean_env(home, self.env_extra(home))
            result = measure(self.argv(work, username, timeout), work, env, limit)
            return result, self.parse(result, work)

    def startup(self, limit: float = 60.0) -> float:
        with tempfile.TemporaryDirectory(prefix=f"bench-{self.name}-") as tmp:
            home = Path(tmp) / "home"
            home.mkdir()
            result = measure([str(self.exe), *self.version_argv], Path(tmp), clean_env(home),
                             limit)
            if result.exit_code != 0:
                raise ToolFailed(f"--version exited {result.exit_code}")
            return result.wall


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:200] if lines else "(no output)"


# -- selfaudit --------------------------------------------------------------------------------
def _sa_prepare(catalogue: dict, work: Path) -> None:
    (work / "sites.json").write_text(json.dumps(catalogue), encoding="utf-8")


def _sa_parse(result: Measure, work: Path) -> dict[str, str]:
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise ToolFailed(f"no JSON report (exit {result.exit_code}): "
                         f"{_last_line(result.stderr)}") from None
    return {a["site"]: a["status"] for a in report["accounts"]}


def selfaudit(exe: Path) -> Tool:
    return Tool(
        name="selfaudit", exe=exe, prepare=_sa_prepare,
        argv=lambda work, user, timeout: [
            str(exe), "audit", "Sam Whitlock", "--handle", user,
            "--sites", str(work / "sites.json"), "--no-save", "--search", "none",
            "--format", "json", "--timeout", f"{timeout:g}"],
        parse=_sa_parse,
        env_extra=lambda home: {"SELFAUDIT_DATA_DIR": str(home / "selfaudit-data")},
    )


# -- sherlock ---------------------------------------------------------------------------------
def _sh_prepare(catalogue: dict, work: Path) -> None:
    data, _ = to_sherlock(catalogue)
    (work / "sherlock.json").write_text(json.dumps(data), encoding="utf-8")


def _read_csv_statuses(path: Path, mapping: dict[str, str]) -> dict[str, str]:
    with open(path, newline="", encoding="utf-8") as f:
        return {row["name"]: mapping.get(row["exists"], UNKNOWN) for row in csv.DictReader(f)}


def _sh_parse(result: Measure, work: Path) -> dict[str, str]:
    files = list((work / "out").glob("*.csv")) if (work / "out").is_dir() else []
    if not files:
        raise ToolFailed(f"no CSV written (exit {result.exit_code}): "
                         f"{_last_line(result.stdout + result.stderr)}")
    # sherlock's QueryStatus: Claimed, Available, Unknown, Illegal, WAF.
    return _read_csv_statuses(files[0], {"Claimed": FOUND, "Available": NOT_FOUND})


def sherlock(exe: Path) -> Tool:
    return Tool(
        name="sherlock", exe=exe, prepare=_sh_prepare,
        # --json: our data file; --ignore-exclusions: do not download sherlock's exclusion list
        # (it names none of our sites); --print-all --csv: every site with its status.
        argv=lambda work, user, timeout: [
            str(exe), "--json", str(work / "sherlock.json"), "--ignore-exclusions",
            "--timeout", f"{timeout:g}", "--print-all", "--no-color", "--csv",
            "--folderoutput", str(work / "out"), user],
        parse=_sh_parse,
    )


# -- maigret ----------------------------------------------------------------------------------
def _mg_prepare(catalogue: dict, work: Path) -> None:
    data, _ = to_maigret(catalogue)
    (work / "maigret.json").write_text(json.dumps(data), encoding="utf-8")


def _mg_parse(result: Measure, work: Path) -> dict[str, str]:
    files = list((work / "reports").glob("*.csv")) if (work / "reports").is_dir() else []
    if not files:
        raise ToolFailed(f"no CSV report (exit {result.exit_code}): "
                         f"{_last_line(result.stdout + result.stderr)}")
    # maigret's MaigretCheckStatus: Claimed, Available, Unknown, Illegal.
    return _read_csv_statuses(files[0], {"Claimed": FOUND, "Available": NOT_FOUND})


def maigret(exe: Path) -> Tool:
    return Tool(
        name="maigret", exe=exe, prepare=_mg_prepare,
        # --db: our data; -a: every site in it (default is the top 500 by rank);
        # --no-autoupdate: no database download; --no-recursion: only the username we give;
        # -C: a CSV report with every site's status.
        argv=lambda work, user, timeout: [
            str(exe), "--db", str(work / "maigret.json"), "--no-autoupdate", "-a",
            "--timeout", f"{timeout:g}", "--no-recursion", "--no-color", "--no-progressbar",
            "-C", "--folderoutput", str(work / "reports"), user],
        parse=_mg_parse,
    )
