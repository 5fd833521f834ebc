"""The CLI as a user meets it: one-line errors with exit 2, real audits against loopback."""

from __future__ import annotations

import json
import os
import stat

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import site_entry
from selfaudit import __version__
from selfaudit.cli import app
from selfaudit.fakeweb import Reply

runner = CliRunner()


def invoke(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


def write_catalogue(path, *sites):
    path.write_text(json.dumps({"sites": list(sites)}))
    return str(path)


@pytest.fixture
def small_internet(web, tmp_path):
    """Three sites at realistic addresses, all served by the loopback web."""
    web.add("found.example", "/u/samw", Reply(200, "<h1 class='profile'>Sam Whitlock</h1>"))
    web.default("found.example", Reply(404, "no such user"))
    web.default("missing.example", Reply(404, "no such user"))
    web.default("blocked.example", Reply(403, "<title>Just a moment...</title>"))
    sites = [
        site_entry(
            f"{n.title()}Site",
            uri_check=f"https://{n}.example/u/{{account}}",
            e_string="class='profile'",
            m_string="no such user",
        )
        for n in ("found", "missing", "blocked")
    ]
    catalogue = write_catalogue(tmp_path / "sites.json", *sites)
    routes = []
    for n in ("found", "missing", "blocked"):
        routes += ["--route", f"https://{n}.example={web.base}"]
    return ["--sites", catalogue, *routes]


def test_version_is_eager_and_plain():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"selfaudit {__version__}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["audit", "Sam Whitlock"], "give at least one --handle"),
        (["audit", "Sam", "--handle", "samw", "--phone", "123"], "phone '123'"),
        (["audit", "Sam", "--handle", "sam w"], "handle 'sam w'"),
        (["audit", "Sam", "--handle", "samw", "--email", "nope"], "email 'nope'"),
        (["audit", "Sam", "--handle", "samw", "--format", "pdf"], "unknown format 'pdf'"),
        (["audit", "Sam", "--handle", "samw", "--fail-on", "some"], "unknown --fail-on 'some'"),
        (["audit", "Sam", "--handle", "samw", "--search", "bing"], "unknown search backend 'bing'"),
        (["audit", "Sam", "--handle", "samw", "--route", "nonsense"], "route 'nonsense'"),
        (["audit", "Sam", "--handle", "samw", "--sites", "/no/such.json"], "no such file"),
        (["audit", "--profile", "/no/such.toml"], "profile /no/such.toml: no such file"),
        (["sites", "validate", "/no/such.json"], "no such file"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr + result.stdout


def test_unknown_option_is_a_usage_error_with_exit_2():
    result = invoke("audit", "Sam", "--handel", "samw")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_a_broken_catalogue_names_site_and_field(tmp_path):
    path = write_catalogue(tmp_path / "bad.json", site_entry("Broken", e_code="200"))
    result = invoke("audit", "Sam", "--handle", "samw", "--sites", path)
    assert result.exit_code == 2
    assert "site 'Broken': field 'e_code' must be an integer" in result.stderr


def test_audit_json_follows_the_report_schema(small_internet, report_schema):
    result = invoke(
        "audit",
        "Sam Whitlock",
        "--handle",
        "samw",
        "--phone",
        "0131 496 0412",
        "--format",
        "json",
        *small_internet,
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, report_schema)
    statuses = {a["site"]: (a["status"], a["detail"]) for a in report["accounts"]}
    assert statuses["FoundSite"] == ("found", "HTTP 200 and profile marker present")
    assert statuses["MissingSite"] == ("not_found", "HTTP 404 and not-found marker present")
    assert statuses["BlockedSite"] == ("unknown", "HTTP 403 bot challenge")
    assert report["subject"]["phones"] == ["+441314960412"]
    assert report["summary"]["accounts_unknown"] == 1
    assert report["complete"] is True


def test_text_report_says_what_could_not_be_checked(small_internet):
    result = invoke("audit", "Sam Whitlock", "--handle", "samw", *small_internet)
    assert result.exit_code == 0
    out = result.stdout
    assert "https://found.example/u/samw" in out
    assert "We could not check (1)" in out
    assert "HTTP 403 bot challenge" in out
    assert "does NOT mean you have no profile" in out


def test_output_file_is_private_and_text_still_printed(small_internet, tmp_path):
    target = tmp_path / "report.json"
    result = invoke(
        "audit",
        "Sam Whitlock",
        "--handle",
        "samw",
        "--format",
        "json",
        "-o",
        str(target),
        *small_internet,
    )
    assert result.exit_code == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert json.loads(target.read_text())["schema"] == "selfaudit/report-v1"
    assert "Public profiles found" in result.stdout


def test_output_to_a_missing_folder_is_refused_before_any_request(small_internet, tmp_path,
                                                                   web):
    result = invoke("audit", "Sam", "--handle", "samw", "-o", str(tmp_path / "no" / "r.json"),
                    *small_internet)
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert web.log == []


def test_unwritable_output_is_exit_2(small_internet):
    result = invoke("audit", "Sam", "--handle", "samw", "-o", "/proc/selfaudit-report.json",
                    *small_internet)
    assert result.exit_code == 2
    assert "cannot write there" in result.stderr


def test_exit_3_when_nothing_could_be_checked(tmp_path):
    path = write_catalogue(
        tmp_path / "s.json", site_entry(uri_check="http://127.0.0.1:9/u/{account}")
    )
    result = invoke("audit", "Sam", "--handle", "samw", "--sites", path)
    assert result.exit_code == 3
    assert "connection refused" in result.stdout


def test_profile_file_supplies_the_subject(small_internet, tmp_path):
    profile = tmp_path / "me.toml"
    profile.write_text('name = "Sam Whitlock"\nhandles = ["samw"]\n')
    result = invoke("audit", "--profile", str(profile), "--format", "json", *small_internet)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["subject"]["name"] == "Sam Whitlock"


def test_sites_validate_and_list(tmp_path):
    path = write_catalogue(tmp_path / "s.json", site_entry("A"), site_entry("B", valid=False))
    result = invoke("sites", "validate", path)
    assert result.exit_code == 0
    assert "2 sites, valid (1 marked not valid" in result.stdout
    listing = invoke("sites", "list", "--sites", path)
    assert "A " in listing.stdout and "skipped" in listing.stdout


def test_sites_update_downloads_validates_and_stores_privately(web, tmp_path):
    web.add(
        None,
        "/wmn-data.json",
        Reply(200, json.dumps({"sites": [site_entry("Comm")]}), content_type="application/json"),
    )
    env = {"SELFAUDIT_DATA_DIR": str(tmp_path / "data")}
    result = invoke("sites", "update", "--url", web.url("/wmn-data.json"), env=env)
    assert result.exit_code == 0, result.stderr
    assert "CC BY-SA 4.0" in result.stdout
    stored = tmp_path / "data" / "community" / "wmn-data.json"
    assert stat.S_IMODE(os.stat(stored).st_mode) == 0o600
    listing = invoke("sites", "list", "--sites", "community", env=env)
    assert "Comm" in listing.stdout and "CC BY-SA 4.0" in listing.stdout


def test_sites_update_refuses_an_invalid_download(web, tmp_path):
    web.add(None, "/bad.json", Reply(200, '{"sites": [{"name": "X"}]}'))
    env = {"SELFAUDIT_DATA_DIR": str(tmp_path / "data")}
    result = invoke("sites", "update", "--url", web.url("/bad.json"), env=env)
    assert result.exit_code == 2
    assert "site 'X': field 'uri_check' is missing" in result.stderr
    assert not (tmp_path / "data" / "community" / "wmn-data.json").exists()


def test_unusable_data_dir_is_one_line_and_exit_2(small_internet, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = invoke("audit", "Sam", "--handle", "samw", "--data-dir", str(blocker / "data"),
                    *small_internet)
    assert result.exit_code == 2
    assert str(blocker) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
