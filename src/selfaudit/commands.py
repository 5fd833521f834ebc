"""What the history-related commands do (init, history, show, diff, recheck, schedule, forget).

Kept out of ``cli.py`` so each Typer command stays a few lines and this logic is tested directly.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from . import history as hist
from . import schedule as sched
from .catalogue import Catalogue
from .engine import AuditOptions
from .errors import InputError
from .exitcodes import ExitCode
from .files import write_private
from .models import Report, Severity, Subject
from .net import NetConfig
from .paths import config_dir
from .render import Format, render
from .runner import OutputOptions, emit, exit_code_for, run_audit
from .subject import SubjectInput, build_subject, load_profile, profile_toml

PROFILE_NAME = "profile.toml"


def history_path(data_dir: Path | None) -> Path:
    return data_dir / "history.sqlite3" if data_dir else hist.default_path()


def profile_path() -> Path:
    return config_dir() / PROFILE_NAME


def saved_profile() -> SubjectInput | None:
    path = profile_path()
    return load_profile(path) if path.exists() else None


# -- init ----------------------------------------------------------------------------------


def _split(answer: str) -> list[str]:
    return [part.strip() for part in answer.split(",") if part.strip()]


def init_profile(ask: Callable[[str, str], str], region: str = "GB") -> tuple[Path, Subject]:
    """Ask for each field (comma-separated lists), validate, write the profile 0600."""
    existing = saved_profile() or SubjectInput()
    raw = SubjectInput(name=ask("Your full name", existing.name or ""))
    for field, question in (
        ("aliases", "Other names people know you by"),
        ("handles", "Usernames you use online"),
        ("employers", "Where you work (employers, teams)"),
        ("phones", "Phone numbers to look for"),
        ("emails", "Email addresses to look for"),
        ("locations", "Towns or areas you live or work in"),
    ):
        answer = ask(f"{question} (comma-separated)", ", ".join(getattr(existing, field)))
        setattr(raw, field, _split(answer))
    subject = build_subject(raw, region)
    path = profile_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_private(path, profile_toml(subject))
    return path, subject


# -- saving, showing, diffing --------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def audit_saved(
    subject: Subject,
    catalogue: Catalogue,
    net_config: NetConfig,
    options: AuditOptions,
    progress: bool,
    data_dir: Path | None,
    save: bool,
) -> tuple[Report, int | None]:
    """Run the audit; with ``save``, the run is in history as unfinished before any request
    goes out, so a run killed halfway is never mistaken for a clean one."""
    if not save:
        return run_audit(subject, catalogue, net_config, options, progress), None
    with hist.History(history_path(data_dir)) as history:
        run_id = history.start_run(subject, _now())
    report = run_audit(subject, catalogue, net_config, options, progress)
    with hist.History(history_path(data_dir)) as history:
        history.finish_run(run_id, report)
    return report, run_id


def history_listing(data_dir: Path | None) -> str:
    with hist.History(history_path(data_dir)) as history:
        runs = history.runs()
    if not runs:
        return "No audits saved yet. Run `selfaudit audit` (runs are saved unless --no-save).\n"
    lines = [f"{'run':>4}  {'started':<21} {'state':<11} {'risk':<7} checks found unknown findings"]
    for r in runs:
        lines.append(
            f"{r.id:>4}  {r.started_at:<21} {r.state:<11} {r.risk or '-':<7} "
            f"{r.accounts_checked:>6} "
            f"{r.accounts_found:>5} {r.accounts_unknown:>7} {r.findings:>8}"
        )
    return "\n".join(lines) + "\n"


def show_run(data_dir: Path | None, run_id: int, out: OutputOptions) -> ExitCode:
    with hist.History(history_path(data_dir)) as history:
        report = history.load(run_id)
    return emit(report, out, sys.stdout, sys.stderr)


def _pick_pair(history: hist.History, run_a: int | None, run_b: int | None) -> tuple[int, int]:
    if run_a is not None and run_b is not None:
        return run_a, run_b
    if run_a is not None or run_b is not None:
        raise InputError("give two runs to compare, or none for the last two complete runs")
    newest = history.last_complete()
    older = history.last_complete(before=newest) if newest is not None else None
    if newest is None or older is None:
        raise InputError("there are fewer than two complete runs to compare")
    return older, newest


def diff_runs(data_dir: Path | None, run_a: int | None, run_b: int | None, fmt: str) -> str:
    from .render.diff import diff_dict, render_diff_text

    with hist.History(history_path(data_dir)) as history:
        a, b = _pick_pair(history, run_a, run_b)
        old, new = history.load(a), history.load(b)
        old_info, new_info = history.info(a), history.info(b)
    d = hist.diff_reports(old, new)
    if fmt == "json":
        return json.dumps(diff_dict(d, old_info, new_info), indent=2, ensure_ascii=False) + "\n"
    return render_diff_text(d, old_info, new_info)


def recheck(
    catalogue: Catalogue,
    net_config: NetConfig,
    options: AuditOptions,
    data_dir: Path | None,
    fail_on: str,
    fmt: str,
    progress: bool,
) -> tuple[str, ExitCode]:
    """Audit with the saved profile, save it, then say what changed since the last complete
    run. Exit 1 only when something new at or above ``fail_on`` appeared (so cron mails only
    then), 3 when nothing could be checked."""
    from .render.diff import diff_dict, render_diff_text

    raw = saved_profile()
    if raw is None:
        raise InputError("no saved profile: run `selfaudit init` first")
    report, run_id = audit_saved(
        build_subject(raw), catalogue, net_config, options, progress, data_dir, save=True
    )
    with hist.History(history_path(data_dir)) as history:
        base = history.last_complete(before=run_id)
        old = history.load(base) if base is not None else None
        old_info = history.info(base) if base is not None else None
        new_info = history.info(run_id) if run_id is not None else None
    if exit_code_for(report, "never") is ExitCode.COULD_NOT_RUN:
        return render(report, Format.TEXT), ExitCode.COULD_NOT_RUN
    if not report.complete:
        return render(report, Format.TEXT), ExitCode.INTERRUPTED
    if old is None:
        text = "This is the first complete run: nothing to compare with yet.\n"
        return text + render(report, Format.TEXT), ExitCode.OK
    d = hist.diff_reports(old, report)
    threshold = None if fail_on == "never" else Severity(fail_on)
    code = ExitCode.FINDINGS if d.alerts(threshold) else ExitCode.OK
    if fmt == "json":
        return json.dumps(diff_dict(d, old_info, new_info), indent=2) + "\n", code
    return render_diff_text(d, old_info, new_info), code


def schedule_text(every: str, install: bool, data_dir: Path | None) -> str:
    # cron and systemd start elsewhere: a relative folder would point somewhere else there.
    extra = ["--data-dir", str(data_dir.expanduser().resolve())] if data_dir else []
    command = sched.recheck_command(extra)
    environment = sched.carried_environment()
    units = sched.systemd_units(every, command, environment)
    lines = ["# crontab line (crontab -e):", sched.cron_line(every, command, environment), ""]
    if install:
        for path in sched.install_units(units):
            lines.append(f"wrote {path}")
        lines += ["Enable it with:", f"  {sched.ENABLE_HINT}"]
    else:
        for name, text in units.items():
            lines += [f"# ~/.config/systemd/user/{name}", text.rstrip(), ""]
        lines.append("Run `selfaudit schedule --every ... --install` to write these files.")
    return "\n".join(lines) + "\n"


def forget_everything(data_dir: Path | None) -> str:
    removed = hist.forget(history_path(data_dir))
    profile = profile_path()
    if profile.exists():
        profile.unlink()
        removed.append(profile)
    if not removed:
        return "Nothing to forget: no history or profile is stored.\n"
    return "Deleted:\n" + "".join(f"  {p}\n" for p in removed)
