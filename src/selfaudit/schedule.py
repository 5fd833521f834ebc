"""Run ``selfaudit recheck`` on a schedule: a crontab line, or a systemd user timer.

Nothing here runs cron or systemctl. :func:`install_units` only writes two unit files into the
user's own systemd folder; enabling the timer is left to the person, with the command printed,
so a scheduled job that contacts dozens of websites is never switched on behind their back.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from .errors import InputError
from .files import write_atomic

EVERY = ("daily", "weekly", "monthly")
_CRON = {"daily": "0 9 * * *", "weekly": "0 9 * * 1", "monthly": "0 9 1 * *"}
SERVICE = "selfaudit-recheck.service"
TIMER = "selfaudit-recheck.timer"
ENABLE_HINT = f"systemctl --user daemon-reload && systemctl --user enable --now {TIMER}"

Command = str | Sequence[str]


def _check_every(every: str) -> str:
    chosen = every.lower()
    if chosen not in EVERY:
        raise InputError(f"unknown --every {every!r}: use one of {', '.join(EVERY)}")
    return chosen


def _argv(command: Command) -> list[str]:
    """A command as argv: a string is split as a shell would split it."""
    if isinstance(command, str):
        try:
            argv = shlex.split(command)
        except ValueError as exc:
            raise InputError(f"command {command!r}: {exc}") from None
    else:
        argv = list(command)
    if not argv:
        raise InputError("the scheduled command is empty")
    return argv


def selfaudit_executable() -> str:
    """The absolute path of the ``selfaudit`` being run, so the schedule runs this same install.

    The script that is running wins over whichever ``selfaudit`` is first on PATH (they differ
    when it was started from a virtualenv that is not activated).
    """
    running = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if running is not None and running.name == "selfaudit" and running.is_file():
        return os.path.abspath(running)
    beside = Path(sys.executable).with_name("selfaudit")  # this interpreter's own install
    if beside.is_file():
        return str(beside)
    found = shutil.which("selfaudit")
    if found:
        return os.path.abspath(found)
    raise InputError("cannot find the selfaudit command to schedule: is it installed on PATH?")


def recheck_command(extra_args: Sequence[str] = ()) -> list[str]:
    """``[/abs/path/selfaudit, "recheck", *extra_args]`` (e.g. ``--data-dir`` or ``--fail-on``)."""
    return [selfaudit_executable(), "recheck", *extra_args]


CARRIED = ("SELFAUDIT_CONFIG_DIR", "SELFAUDIT_SEARCH")
"""Settings read from the environment that a scheduled run must see too: cron and systemd
start with almost none of the shell's variables, and a recheck that looked for its profile in
the default folder would fail, or search with another engine than the one chosen."""


def carried_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The :data:`CARRIED` variables that are set, folders made absolute (a job starts
    elsewhere, so a relative folder would point somewhere else there)."""
    environ = os.environ if environ is None else environ
    carried = {}
    for key in CARRIED:
        value = environ.get(key)
        if value:
            is_dir = key.endswith("_DIR")
            carried[key] = str(Path(value).expanduser().resolve()) if is_dir else value
    return carried


def cron_line(every: str, command: Command, environment: Mapping[str, str] | None = None) -> str:
    """One crontab line (no newline). ``%`` is escaped: cron would read it as a line break.
    ``environment`` is set for the command with ``env``."""
    schedule = _CRON[_check_every(every)]
    argv = _argv(command)
    if environment:
        argv = ["env", *(f"{key}={value}" for key, value in environment.items()), *argv]
    text = shlex.join(argv).replace("%", "\\%")
    return f"{schedule} {text}"


def _systemd_quote(arg: str, *, dollar: bool = True) -> str:
    """One unit-file word: ``%`` (and, for ExecStart, ``$``) escaped, quoted when it has spaces,
    quotes or backslashes. ``Environment=`` values do no ``$`` expansion, so leave ``$`` there."""
    escaped = arg.replace("%", "%%")
    if dollar:
        escaped = escaped.replace("$", "$$")
    if escaped and not any(ch.isspace() or ch in "\"'\\;" for ch in escaped):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(
    every: str, command: Command, environment: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The service (oneshot) and timer files, by file name.

    ``environment`` becomes ``Environment=`` lines, e.g. ``SELFAUDIT_DATA_DIR`` when the history
    lives somewhere other than the default: a timer does not inherit the shell's variables.
    """
    chosen = _check_every(every)
    exec_start = " ".join(_systemd_quote(a) for a in _argv(command))
    env_lines = "".join(
        f"Environment={_systemd_quote(f'{key}={value}', dollar=False)}\n"
        for key, value in (environment or {}).items()
    )
    service = (
        "[Unit]\n"
        "Description=selfaudit: recheck what a stranger can find about you online\n"
        "Wants=network-online.target\n"
        "After=network-online.target\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"{env_lines}"
        f"ExecStart={exec_start}\n"
        "Nice=10\n"
        "# Exit 1 means something new appeared since the last complete run, 3 that nothing\n"
        "# could be checked: either leaves the unit failed so that you notice. Read the result\n"
        "# with: journalctl --user -u selfaudit-recheck\n"
    )
    timer = (
        "[Unit]\n"
        f"Description=selfaudit: recheck {chosen}\n"
        "\n"
        "[Timer]\n"
        f"OnCalendar={chosen}\n"
        "Persistent=true\n"
        "RandomizedDelaySec=1h\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {SERVICE: service, TIMER: timer}


def user_unit_dir() -> Path:
    """Where systemd looks for this user's own units (``$XDG_CONFIG_HOME/systemd/user``)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


def install_units(units: Mapping[str, str], directory: Path | None = None) -> list[Path]:
    """Write each unit (0644, atomically, replacing an older one); never runs systemctl.

    Returns the paths written; the caller tells the person to run :data:`ENABLE_HINT`.
    """
    directory = Path(directory) if directory is not None else user_unit_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create {directory}: {exc.strerror}") from None
    written = []
    for name, text in units.items():
        if not name or Path(name).name != name:
            raise InputError(f"unit name {name!r} must be a plain file name")
        target = directory / name
        write_atomic(target, text, 0o644)
        written.append(target)
    return written
