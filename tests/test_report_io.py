"""Reading a JSON report back: the exact inverse of report_dict, tolerant, and strict on lies."""

from __future__ import annotations

import copy
import json

import pytest

from selfaudit.advice import advice_for_kind, entries_by_id
from selfaudit.errors import InputError
from selfaudit.models import (
    AccountCheck,
    AdviceEntry,
    Finding,
    FindingKind,
    Report,
    SearchResult,
    Severity,
    Status,
    Subject,
)
from selfaudit.render.json_report import report_dict
from selfaudit.report_io import report_from_dict, report_from_json


def rich_report() -> Report:
    subject = Subject(
        name="Sam Whitlock",
        handles=("samwhitlock", "samw"),
        aliases=("Sam W",),
        employers=("Dunmore Council",),
        phones=("+441314960412",),
        emails=("sam.whitlock@example.org",),
        locations=("Leith",),
    )
    accounts = (
        AccountCheck(
            "GitHub",
            "samwhitlock",
            "https://github.com/samwhitlock",
            Status.FOUND,
            "HTTP 200 and profile marker present",
            category="coding",
            display_name="Sam Whitlock",
            privacy_url="https://github.com/settings",
        ),
        AccountCheck(
            "Medium",
            "samwhitlock",
            "https://medium.com/@samwhitlock",
            Status.UNKNOWN,
            "HTTP 403 bot challenge",
            category="blog",
        ),
        AccountCheck(
            "Strava", "samw", "https://www.strava.com/athletes/samw", Status.NOT_FOUND, "HTTP 404"
        ),
        AccountCheck(
            "Facebook",
            "samw",
            "https://www.facebook.com/samw",
            Status.UNKNOWN,
            "check by hand: login wall",
            check_by_hand=True,
        ),
    )
    findings = tuple(
        Finding(
            kind,
            value,
            "https://github.com/samwhitlock",
            f"evidence for {value}",
            severity,
            advice=advice_for_kind(kind),
            may_not_be_you=i == 2,
            site="GitHub" if i else None,
        )
        for i, (kind, value, severity) in enumerate(
            [
                (FindingKind.PHONE, "+441314960412", Severity.HIGH),
                (FindingKind.WORKPLACE, "Dunmore Council", Severity.MEDIUM),
                (FindingKind.WORK_TALK, "my caseload this week…", Severity.HIGH),
                (FindingKind.PHOTO_LOCATION, "55.97,-3.17", Severity.HIGH),
            ]
        )
    )
    ids = dict.fromkeys(i for f in findings for i in f.advice)
    return Report(
        subject=subject,
        started_at="2026-11-23T20:00:00Z",
        finished_at="2026-11-23T20:00:05Z",
        accounts=accounts,
        tool_version="0.1.0",
        search_results=(
            SearchResult(
                "duckduckgo",
                '"Sam Whitlock"',
                "https://news.example/a",
                "Title",
                "snippet \u202e text",
                about_subject=True,
            ),
        ),
        findings=findings,
        advice=entries_by_id(ids) + (AdviceEntry("not-bundled", "Old", "Gone entry", "g"),),
        notes=("The audit was stopped before it finished: this report is incomplete.",),
        complete=False,
        catalogue_sources=("bundled", "community"),
        requests_sent=42,
        extra={"redacted": True},
    )


def test_round_trip_is_exact_for_a_rich_report():
    report = rich_report()
    assert report_from_dict(report_dict(report)) == report


def test_round_trip_survives_json_text():
    report = rich_report()
    text = json.dumps(report_dict(report), ensure_ascii=False)
    assert report_from_json(text) == report


def test_advice_flags_come_back_from_the_bundled_catalogue():
    report = rich_report()
    back = report_from_dict(report_dict(report))
    assert any(a.applies_to for a in back.advice)
    assert back.advice[-1] == AdviceEntry("not-bundled", "Old", "Gone entry", "g")


def test_missing_optional_fields_take_their_defaults():
    minimal = {
        "subject": {"name": "Sam", "handles": ["samw"]},
        "started_at": "2026-11-23T20:00:00Z",
        "finished_at": "2026-11-23T20:00:05Z",
        "accounts": [{"site": "A", "username": "samw", "status": "not_found"}],
        "findings": [
            {
                "kind": "email",
                "value": "s@example.org",
                "source_url": "https://a",
                "severity": "low",
            }
        ],
    }
    report = report_from_dict(minimal)
    assert report.complete is True
    assert report.tool_version == ""
    assert report.accounts[0].url == "" and report.accounts[0].detail == ""
    assert report.findings[0].advice == () and report.findings[0].site is None
    assert report.search_results == () and report.advice == () and report.notes == ()
    assert report.requests_sent == 0 and report.extra == {}


def test_summary_is_recomputed_not_trusted():
    data = report_dict(rich_report())
    data["summary"] = {
        "accounts_checked": 0,
        "accounts_found": 0,
        "accounts_unknown": 0,
        "findings": 0,
        "risk": "none",
    }
    assert report_from_dict(data).summary.risk == "high"


def _broken(path, value):
    data = copy.deepcopy(report_dict(rich_report()))
    target = data
    for step in path[:-1]:
        target = target[step]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("accounts", 0, "status"), "maybe", "accounts[0].status: 'maybe' is not one of"),
        (("findings", 1, "severity"), "severe", "findings[1].severity"),
        (("findings", 0, "kind"), "shoe_size", "findings[0].kind"),
        (("findings", 0, "value"), KeyError, "findings[0].value: missing"),
        (("findings", 0, "advice"), [1], "findings[0].advice[0]: expected a string"),
        (("accounts", 1), "GitHub", "accounts[1]: expected an object"),
        (("accounts", 0, "check_by_hand"), "yes", "accounts[0].check_by_hand"),
        (("subject", "name"), KeyError, "subject.name: missing"),
        (("subject", "handles"), "samw", "subject.handles: expected a list"),
        (("started_at",), KeyError, "started_at: missing"),
        (("complete",), 1, "complete: expected true or false"),
        (("network", "requests"), True, "network.requests: expected a number"),
        (("schema",), "selfaudit/report-v9", "schema"),
    ],
)
def test_broken_reports_are_refused_with_the_field_named(path, value, message):
    with pytest.raises(InputError) as caught:
        report_from_dict(_broken(path, value))
    assert message in str(caught.value)
    assert str(caught.value).startswith("report: ")


@pytest.mark.parametrize("data", [[], "report", None, 3])
def test_not_an_object_is_refused(data):
    with pytest.raises(InputError, match="expected a JSON object"):
        report_from_dict(data)


def test_broken_json_text_is_an_input_error():
    with pytest.raises(InputError, match="not valid JSON"):
        report_from_json('{"subject": ')
