"""Rechecks as cron would run them: a fake internet that changes between runs."""

from __future__ import annotations

import json
import os
import stat

import jsonschema
from typer.testing import CliRunner

from conftest import site_entry
from selfaudit.cli import app
from selfaudit.fakeweb import Reply

runner = CliRunner()
PROFILE_ANSWERS = "\n".join([
    "Sam Whitlock",          # name
    "",                      # aliases
    "samw",                  # handles
    "Dunmore Council",       # employers
    "0131 496 0412",         # phones
    "",                      # emails
    "Falkirk",               # towns
]) + "\n"


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def setup_internet(web, tmp_path):
    web.default("blog.example", Reply(404, "no such user"))
    web.default("pics.example", Reply(404, "no such user"))
    sites = [site_entry(n, uri_check=f"https://{n.lower()}.example/{{account}}",
                        e_string="class='profile'", m_string="no such user")
             for n in ("Blog", "Pics")]
    path = tmp_path / "sites.json"
    path.write_text(json.dumps({"sites": sites}))
    return ["--sites", str(path), "--route", f"https://blog.example={web.base}",
            "--route", f"https://pics.example={web.base}"]


def test_init_writes_a_private_profile_that_audit_uses(private_dirs):
    result = invoke("init", input=PROFILE_ANSWERS)
    assert result.exit_code == 0, result.output
    profile = private_dirs / "config" / "profile.toml"
    assert stat.S_IMODE(os.stat(profile).st_mode) == 0o600
    text = profile.read_text()
    assert 'handles = ["samw"]' in text and '"+441314960412"' in text


def test_init_refuses_a_bad_phone_with_exit_2():
    bad = PROFILE_ANSWERS.replace("0131 496 0412", "12")
    result = invoke("init", input=bad)
    assert result.exit_code == 2
    assert "phone '12'" in result.output


def test_two_rechecks_report_exactly_what_changed(web, tmp_path, private_dirs, report_schema):
    args = setup_internet(web, tmp_path)
    assert invoke("init", input=PROFILE_ANSWERS).exit_code == 0

    first = invoke("recheck", *args)
    assert first.exit_code == 0, first.output
    assert "first complete run" in first.output

    same = invoke("recheck", *args)
    assert same.exit_code == 0, same.output  # nothing new: cron stays quiet

    # A friend's photo blog appears with the worker's phone number on it.
    web.add("pics.example", "/samw", Reply(
        200, "<div class='profile'><h1>Sam Whitlock</h1><p>Call me on 0131 496 0412</p></div>"))
    changed = invoke("recheck", *args, "--format", "json")
    assert changed.exit_code == 1, changed.output
    d = json.loads(changed.stdout)
    assert [a["site"] for a in d["accounts"]["new"]] == ["Pics"]
    assert {(f["kind"], f["value"]) for f in d["findings"]["new"]} >= {
        ("phone", "+441314960412")}
    assert d["accounts"]["gone"] == [] and d["findings"]["gone"] == []

    # The page goes away again: the profile is gone, nothing new, exit 0.
    web.routes.pop(("pics.example", "/samw"))
    gone = invoke("recheck", *args, "--format", "json")
    assert gone.exit_code == 0, gone.output
    d = json.loads(gone.stdout)
    assert [a["site"] for a in d["accounts"]["gone"]] == ["Pics"]
    assert d["accounts"]["new"] == [] and d["findings"]["new"] == []

    listing = invoke("history")
    assert listing.exit_code == 0
    assert len([line for line in listing.stdout.splitlines()[1:] if line.strip()]) == 4

    shown = invoke("show", "3", "--format", "json")
    assert shown.exit_code == 0
    jsonschema.validate(json.loads(shown.stdout), report_schema)

    diff = invoke("diff", "2", "3")
    assert diff.exit_code == 0 and "Pics" in diff.stdout


def test_recheck_that_can_check_nothing_exits_3(tmp_path):
    assert invoke("init", input=PROFILE_ANSWERS).exit_code == 0
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"sites": [site_entry(uri_check="http://127.0.0.1:9/{account}")]}))
    result = invoke("recheck", "--sites", str(path))
    assert result.exit_code == 3


def test_recheck_without_a_profile_is_exit_2():
    result = invoke("recheck")
    assert result.exit_code == 2
    assert "selfaudit init" in result.stderr


def test_audit_with_no_arguments_uses_the_saved_profile(web, tmp_path):
    args = setup_internet(web, tmp_path)
    assert invoke("init", input=PROFILE_ANSWERS).exit_code == 0
    result = invoke("audit", *args, "--format", "json", "--no-save")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["subject"]["name"] == "Sam Whitlock"
    assert "No audits saved yet" in invoke("history").stdout


def test_schedule_prints_cron_and_systemd_and_forget_erases(web, tmp_path, private_dirs):
    out = invoke("schedule", "--every", "daily").stdout
    assert "0 9 * * *" in out and "OnCalendar=daily" in out and "recheck" in out
    config = private_dirs / "config"  # where `init` writes the profile the recheck reads
    assert f"env SELFAUDIT_CONFIG_DIR={config} SELFAUDIT_SEARCH=none " in out
    assert f"Environment=SELFAUDIT_CONFIG_DIR={config}" in out.splitlines()
    assert invoke("schedule", "--every", "hourly").exit_code == 2

    args = setup_internet(web, tmp_path)
    assert invoke("init", input=PROFILE_ANSWERS).exit_code == 0
    assert invoke("audit", *args).exit_code == 0
    history_file = private_dirs / "data" / "history.sqlite3"
    assert history_file.exists()
    assert invoke("forget", input="n\n").exit_code == 0 and history_file.exists()
    result = invoke("forget", "--yes")
    assert result.exit_code == 0
    assert not history_file.exists()
    assert not (private_dirs / "config" / "profile.toml").exists()
