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
