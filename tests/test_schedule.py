"""Scheduling a recheck: a crontab line and systemd user units, written but never enabled."""

from __future__ import annotations

import shlex
import stat
import sys

import pytest

from selfaudit import schedule
from selfaudit.errors import InputError
from selfaudit.schedule import (
    ENABLE_HINT,
    SERVICE,
    TIMER,
    cron_line,
    install_units,
    recheck_command,
    selfaudit_executable,
    systemd_units,
    user_unit_dir,
)

CMD = "/home/sam/.local/bin/selfaudit recheck"


@pytest.mark.parametrize(
    ("every", "fields"),
    [
        ("daily", "0 9 * * *"),
        ("weekly", "0 9 * * 1"),
        ("monthly", "0 9 1 * *"),
        ("WEEKLY", "0 9 * * 1"),
    ],
)
def test_cron_line_for_each_every(every, fields):
    line = cron_line(every, CMD)
    assert line == f"{fields} {CMD}"
    assert "\n" not in line
    assert len(line.split()) == 7


def test_cron_line_quotes_paths_and_escapes_percent():
    line = cron_line("daily", ["/opt/my tools/selfaudit", "recheck", "--data-dir", "/d/100%"])
    assert line.startswith("0 9 * * * ")
    command = line.removeprefix("0 9 * * * ")
    assert "%" not in command.replace("\\%", "")
    assert shlex.split(command.replace("\\%", "%")) == [
        "/opt/my tools/selfaudit",
        "recheck",
        "--data-dir",
        "/d/100%",
    ]


@pytest.mark.parametrize("every", ["daily", "weekly", "monthly"])
def test_systemd_units_for_each_every(every):
    units = systemd_units(every, CMD)
    assert set(units) == {SERVICE, TIMER}
    service, timer = units[SERVICE], units[TIMER]
    assert "Type=oneshot" in service.splitlines()
    assert f"ExecStart={CMD}" in service.splitlines()
    assert f"OnCalendar={every}" in timer.splitlines()
    assert "Persistent=true" in timer.splitlines()
    assert "WantedBy=timers.target" in timer.splitlines()
    for text in units.values():
        assert text.endswith("\n")
        sections = [line for line in text.splitlines() if line.startswith("[")]
        assert sections[0] == "[Unit]"


def test_systemd_exec_start_quotes_and_escapes_specifiers():
    units = systemd_units(
        "daily",
        ["/opt/my tools/selfaudit", "recheck", "--data-dir", "/d/50%$x"],
        environment={"SELFAUDIT_DATA_DIR": "/home/sam/my data/$HOME%"},
    )
    lines = units[SERVICE].splitlines()
    assert 'ExecStart="/opt/my tools/selfaudit" recheck --data-dir /d/50%%$$x' in lines
    assert 'Environment="SELFAUDIT_DATA_DIR=/home/sam/my data/$HOME%%"' in lines


@pytest.mark.parametrize("every", ["hourly", "", "yearly", "daily; rm -rf ~"])
def test_an_unknown_every_is_an_input_error(every):
    with pytest.raises(InputError, match="unknown --every"):
        cron_line(every, CMD)
    with pytest.raises(InputError, match="unknown --every"):
        systemd_units(every, CMD)


def test_an_empty_command_is_refused():
    with pytest.raises(InputError, match="empty"):
        cron_line("daily", "")


def test_install_writes_both_units_0644_and_runs_nothing(tmp_path, monkeypatch):
    def no_subprocess(*args, **kwargs):
        raise AssertionError("install must never run a command")

    monkeypatch.setattr("subprocess.run", no_subprocess)
    monkeypatch.setattr("subprocess.Popen", no_subprocess)
    target = tmp_path / "config" / "systemd" / "user"
    units = systemd_units("weekly", CMD)
    written = install_units(units, target)
    assert sorted(written) == sorted([target / SERVICE, target / TIMER])
    for path in written:
        assert path.read_text() == units[path.name]
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert sorted(p.name for p in target.iterdir()) == sorted([SERVICE, TIMER])  # no temp files
    assert TIMER in ENABLE_HINT and "systemctl --user enable --now" in ENABLE_HINT


def test_install_replaces_an_older_schedule(tmp_path):
    install_units(systemd_units("daily", CMD), tmp_path)
    install_units(systemd_units("monthly", CMD), tmp_path)
    assert "OnCalendar=monthly" in (tmp_path / TIMER).read_text()


def test_install_refuses_names_that_are_paths(tmp_path):
    with pytest.raises(InputError, match="plain file name"):
        install_units({"../evil.service": "x"}, tmp_path)


def test_install_where_it_cannot_write_is_an_input_error(tmp_path):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(InputError, match="afile"):
        install_units(systemd_units("daily", CMD), tmp_path / "afile" / "user")


def test_default_unit_dir_follows_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert user_unit_dir() == tmp_path / "cfg" / "systemd" / "user"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_unit_dir() == tmp_path / "home" / ".config" / "systemd" / "user"


def test_the_running_selfaudit_is_scheduled_by_absolute_path(tmp_path, monkeypatch):
    script = tmp_path / "venv" / "bin" / "selfaudit"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["venv/bin/selfaudit", "schedule"])
    assert selfaudit_executable() == str(script)
    assert recheck_command(["--fail-on", "medium"]) == [
        str(script),
        "recheck",
        "--fail-on",
        "medium",
    ]


def test_then_the_selfaudit_beside_this_interpreter(tmp_path, monkeypatch):
    (tmp_path / "python").write_text("")
    (tmp_path / "selfaudit").write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", ["/usr/lib/python3/pytest"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    assert selfaudit_executable() == str(tmp_path / "selfaudit")


def test_otherwise_the_selfaudit_on_path(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/usr/lib/python3/pytest"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setattr(schedule.shutil, "which", lambda name: f"/usr/local/bin/{name}")
    assert selfaudit_executable() == "/usr/local/bin/selfaudit"
    monkeypatch.setattr(schedule.shutil, "which", lambda name: None)
    with pytest.raises(InputError, match="cannot find the selfaudit command"):
        selfaudit_executable()


def test_settings_from_the_environment_go_with_the_scheduled_run(tmp_path, monkeypatch):
    """cron and systemd start without the shell's variables: a recheck would look for its
    profile in the default folder and fail (or search with another engine)."""
    monkeypatch.chdir(tmp_path)
    environ = {"SELFAUDIT_CONFIG_DIR": "conf", "SELFAUDIT_SEARCH": "none", "HOME": "/home/sam"}
    carried = schedule.carried_environment(environ)
    assert carried == {"SELFAUDIT_CONFIG_DIR": str(tmp_path / "conf"), "SELFAUDIT_SEARCH": "none"}

    line = cron_line("daily", CMD, {"SELFAUDIT_CONFIG_DIR": "/d/my conf"})
    assert shlex.split(line)[5:] == [
        "env", "SELFAUDIT_CONFIG_DIR=/d/my conf", "/home/sam/.local/bin/selfaudit", "recheck"
    ]  # fmt: skip
    service = systemd_units("daily", CMD, {"SELFAUDIT_CONFIG_DIR": "/d/my conf"})[SERVICE]
    assert 'Environment="SELFAUDIT_CONFIG_DIR=/d/my conf"' in service.splitlines()


def test_nothing_is_carried_when_nothing_is_set():
    assert schedule.carried_environment({"HOME": "/home/sam", "PATH": "/bin"}) == {}
    assert cron_line("daily", CMD, {}) == f"0 9 * * * {CMD}"
