"""The offline demo: the same code path as `audit`, on a fictional worker's fake internet."""

from __future__ import annotations

import json

import jsonschema
from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.models import FindingKind

runner = CliRunner()


def demo(*args):
    return runner.invoke(app, ["demo", *args], catch_exceptions=False)


def test_demo_json_follows_the_schema_and_shows_every_status(report_schema):
    result = demo("--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, report_schema)
    statuses = {a["site"]: (a["status"], a["detail"]) for a in report["accounts"]}
    assert statuses["GitHub"][0] == "found"
    assert statuses["Bluesky"] == ("not_found", "HTTP 400 and not-found marker present")
    assert statuses["Goodreads"][0] == "not_found"  # a soft 404 on HTTP 200
    assert statuses["Medium"] == ("unknown", "HTTP 403 bot challenge (cf-mitigated)")
    assert statuses["Reddit"] == ("unknown", "rate limited (HTTP 429)")
    assert statuses["Strava"] == ("unknown", "login wall (redirected to /login)")
    assert statuses["SoundCloud"] == ("unknown", "connection refused")
    assert statuses["Tumblr"][1].startswith("unexpected answer (HTTP 200)")
    assert "random name was found too" in statuses["PeopleFinder"][1]
    assert statuses["Instagram"][1].startswith("check by hand")
    assert statuses["Pinterest"] == ("unknown", "timed out after 1 s")
    assert statuses["Vimeo"] == ("unknown", "server error (HTTP 503)")


def test_demo_shows_findings_of_every_kind():
    report = json.loads(demo("--format", "json").stdout)
    kinds = {f["kind"] for f in report["findings"]}
    assert kinds == {k.value for k in FindingKind}
    assert all(f["evidence"] and f["advice"] for f in report["findings"])


def test_demo_text_report_tells_what_where_why_and_what_to_do():
    out = demo().stdout
    for expected in ("Public profiles found", "We could not check", "Check these yourself",
                     "Why it matters", "What to do:", "The guidance says:",
                     "Things no tool can check for you", "https://linktr.ee/samwhitlock"):
        assert expected in out, expected


def test_demo_is_the_same_every_time_apart_from_timestamps():
    def normalised():
        data = json.loads(demo("--format", "json").stdout)
        data.pop("started_at"), data.pop("finished_at")
        return data

    assert normalised() == normalised()


def test_every_could_not_check_reason_is_in_the_demo():
    report = json.loads(demo("--format", "json").stdout)
    details = " | ".join(a["detail"] for a in report["accounts"] if a["status"] == "unknown")
    for reason in ("bot challenge", "rate limited", "login wall", "connection refused",
                   "timed out", "server error", "unexpected answer", "random name was found",
                   "check by hand"):
        assert reason in details, reason


def test_list_and_choose_personas():
    listing = demo("--list").stdout
    assert "exposed" in listing and "careful" in listing
    careful = json.loads(demo("--persona", "careful", "--format", "json").stdout)
    assert careful["subject"]["name"] == "Jordan Baird"
    assert careful["summary"]["risk"] in ("none", "low")


def test_unknown_persona_is_exit_2():
    result = demo("--persona", "nobody")
    assert result.exit_code == 2
    assert "no demo persona 'nobody'" in result.stderr


def test_pace_narrates_each_stage_and_does_not_wait_without_a_terminal():
    result = demo("--pace")
    assert result.exit_code == 0
    narration = [line for line in result.stderr.splitlines() if line.startswith(">> ")]
    assert len(narration) >= 3
    assert "press Enter" not in result.stderr


def test_pace_waits_for_enter_on_a_terminal(monkeypatch):
    import io
    import sys

    from selfaudit.demo import PaceReporter

    presses = []
    out = io.StringIO()
    reporter = PaceReporter({"check": "Look at this."}, out, wait=lambda: presses.append(1))
    reporter.stage("Checking where your handles have public profiles", 10)
    reporter.stage("an unnarrated stage", 1)
    assert presses == [1]
    assert ">> Look at this." in out.getvalue()
    assert sys.stdin is not None


def test_open_writes_a_private_html_file_and_opens_it(monkeypatch):
    import os
    import stat

    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    result = demo("--open")
    assert result.exit_code == 0
    (url,) = opened
    path = url.removeprefix("file://")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with open(path, encoding="utf-8") as handle:
        assert "What a stranger can find about Sam Whitlock" in handle.read()


def test_serve_keeps_the_fake_internet_browsable_until_stopped():
    import io
    import threading
    import time
    import urllib.request

    from selfaudit.demo import serve

    stop = threading.Event()
    out = io.StringIO()
    thread = threading.Thread(target=serve, args=("exposed",), kwargs={"stop": stop, "out": out})
    thread.start()
    try:
        deadline = time.monotonic() + 5
        while "Press Ctrl-C" not in out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.02)
        urls = [line.strip() for line in out.getvalue().splitlines()
                if line.strip().startswith("http://127.0.0.1:")]
        linktree = next(u for u in urls if "/_/linktr.ee/samwhitlock" in u)
        with urllib.request.urlopen(linktree, timeout=5) as response:  # noqa: S310 - loopback
            assert b"Social worker at Dunmore Council" in response.read()
    finally:
        stop.set()
        thread.join(timeout=5)
    assert "Stopped." in out.getvalue()
