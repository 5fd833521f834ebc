"""Every renderer against hostile scraped text, plus the JSON contract and --redact."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from selfaudit.advice import advice_for_kind, entries_by_id
from selfaudit.models import (
    AccountCheck,
    Finding,
    FindingKind,
    Report,
    Severity,
    Status,
    Subject,
)
from selfaudit.render import Format, render
from selfaudit.render.redact import redact

HOSTILE = [
    "[link=https://evil.example]click[/link] [bold]x[/] [/]",
    "\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x1b\\osc8\x1b]8;;\x1b\\ \x07bell",
    "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "evil\u202egnp.exe \u2066isolate\u2069",
    "[a](javascript:alert(3)) ![i](https://evil.example/p.png) *bold* # heading | pipe",
]
SUBJECT = Subject(name="Sam Whitlock", handles=("samwhitlock",), phones=("+441314960412",),
                  emails=("sam.whitlock@example.org",), employers=("Dunmore Council",))


def finding(kind, value, source="https://example.org/p", evidence="seen", severity="medium"):
    return Finding(kind=kind, value=value, source_url=source, evidence=evidence,
                   severity=Severity(severity), advice=advice_for_kind(kind.value),
                   site="Example")


def make_report(findings=(), accounts=None, complete=True) -> Report:
    accounts = accounts if accounts is not None else (
        AccountCheck("Example", "samwhitlock", "https://example.org/samwhitlock", Status.FOUND,
                     "HTTP 200 and profile marker present", privacy_url="https://example.org/p"),
        AccountCheck("Blocked", "samwhitlock", "https://blocked.example/samwhitlock",
                     Status.UNKNOWN, "HTTP 403 bot challenge"),
        AccountCheck("Facebook", "samwhitlock", "https://www.facebook.com/samwhitlock",
                     Status.UNKNOWN, "check by hand: login wall", check_by_hand=True),
    )
    ids = dict.fromkeys(i for f in findings for i in f.advice)
    ids.update(dict.fromkeys(["search-for-yourself", "friends-who-use-services"]))
    return Report(subject=SUBJECT, started_at="2026-11-23T20:00:00Z",
                  finished_at="2026-11-23T20:00:05Z", accounts=tuple(accounts),
                  findings=tuple(findings), advice=entries_by_id(ids), tool_version="0.1.0",
                  complete=complete)


def hostile_report() -> Report:
    findings = [finding(FindingKind.WORK_TALK, text, evidence=text) for text in HOSTILE]
    findings.append(finding(FindingKind.TAGGED_PHOTO, "javascript:alert(4)",
                            source="javascript:alert(5)"))
    accounts = (
        AccountCheck("Ex[/]ample", "samwhitlock", "javascript:alert(6)", Status.FOUND,
                     "\x1b[2J cleared", display_name="[bold]Sam[/bold]\u202e"),
    )
    return make_report(findings, accounts)


def test_text_report_shows_hostile_text_literally_without_escapes():
    out = render(hostile_report(), Format.TEXT)
    assert "\x1b" not in out and "\x07" not in out
    assert "\u202e" not in out and "\u2066" not in out
    assert "[link=https://evil.example]click[/link]" in out
    assert "[bold]Sam[/bold]" in out


def test_coloured_text_report_has_only_our_escapes_and_no_hostile_links():
    out = render(hostile_report(), Format.TEXT, color=True)
    assert "\x1b]8;;https://evil.example" not in out  # no OSC-8 link smuggled in
    assert "\x1b]8;;javascript" not in out
    assert "\x07" not in out


def test_html_escapes_everything_and_links_only_http():
    out = render(hostile_report(), Format.HTML)
    assert "<script>" not in out and "onerror=alert" not in out.replace("onerror=alert(2)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    hrefs = re.findall(r'href="([^"]*)"', out)
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "javascript:" not in "".join(hrefs)
    assert "\u202e" not in out and "\x1b" not in out
    assert "script-src 'none'" in out  # a CSP that forbids scripts, as a second wall


def test_html_is_self_contained():
    out = render(make_report(), Format.HTML)
    assert not re.search(r'<(link|script|img)\b', out)
    assert "@media print" in out


def test_markdown_cannot_inject_html_links_or_images():
    out = render(hostile_report(), Format.MARKDOWN)
    assert "<script" not in out and "<img" not in out
    assert "](javascript:" not in out
    assert "![i](" not in out
    assert "\\[a\\]\\(javascript\\:alert\\(3\\)\\)" in out
    assert "\x1b" not in out and "\u202e" not in out


def test_markdown_links_are_percent_encoded():
    url = "https://example.org/a path)(<x>"
    report = make_report([finding(FindingKind.EMAIL, "sam@example.org", source=url)])
    out = render(report, Format.MARKDOWN)
    assert "(https://example.org/a%20path%29%28%3Cx%3E)" in out


def test_json_follows_the_schema_even_with_hostile_text(report_schema):
    data = json.loads(render(hostile_report(), Format.JSON))
    jsonschema.validate(data, report_schema)
    assert data["findings"][0]["value"] == HOSTILE[0]  # JSON keeps data as it was


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_says_what_could_not_be_checked(fmt):
    out = render(make_report(), fmt)
    assert "HTTP 403 bot challenge" in out
    assert "https://www.facebook.com/samwhitlock" in out


@pytest.mark.parametrize("fmt", [Format.TEXT, Format.HTML, Format.MARKDOWN])
def test_incomplete_runs_are_marked_in_every_human_format(fmt):
    assert "INCOMPLETE" in render(make_report(complete=False), fmt)


@pytest.mark.parametrize("fmt", [Format.TEXT, Format.HTML, Format.MARKDOWN])
def test_findings_come_with_advice_guidance_and_privacy_link(fmt):
    report = make_report([finding(FindingKind.PHONE, "+441314960412", severity="high")])
    out = render(report, fmt)
    assert "+441314960412" in out
    assert "Avoid putting personal information on your page" in out
    assert "https://example.org/p" in out  # the site's privacy settings
    assert "Things no tool can check for you" in out


def redacted_report() -> Report:
    return redact(make_report([
        finding(FindingKind.PHONE, "+441314960412", evidence="call me on 0131 496 0412"),
        finding(FindingKind.EMAIL, "sam.whitlock@example.org",
                evidence="mail sam.whitlock@example.org"),
        finding(FindingKind.LOCATION, "12 Canal Street, Falkirk FK1 1AA", evidence="lives at 12"),
        finding(FindingKind.LOCATION, "Falkirk"),
        finding(FindingKind.TAGGED_PHOTO, "https://example.org/photos/party.jpg",
                evidence="alt: Sam at https://example.org/photos/party.jpg"),
    ]))


@pytest.mark.parametrize("fmt", list(Format))
def test_redact_masks_personal_details_in_every_format(fmt):
    out = render(redacted_report(), fmt).replace("\\", "")  # undo Markdown escapes
    for secret in ("1314960412", "0131 496 04", "sam.whitlock@", "Canal Street",
                   "party.jpg"):
        assert secret not in out, secret
    assert "12" in out and "example.org" in out and "Falkirk" in out


def test_redacted_json_still_follows_the_schema(report_schema):
    data = json.loads(render(redacted_report(), Format.JSON))
    jsonschema.validate(data, report_schema)
    assert data["redacted"] is True
    assert data["findings"][0]["value"] == "+••••••••••12"


@pytest.mark.parametrize("fmt", [Format.TEXT, Format.HTML, Format.MARKDOWN])
def test_community_catalogue_licence_is_named_when_used(fmt):
    import dataclasses

    plain = render(make_report(), fmt).replace("\\", "")
    assert "CC BY-SA 4.0" not in plain
    used = dataclasses.replace(make_report(), catalogue_sources=("bundled", "community"))
    assert "CC BY-SA 4.0" in render(used, fmt).replace("\\", "")


@pytest.mark.parametrize("fmt", [Format.TEXT, Format.HTML, Format.MARKDOWN])
def test_risk_is_never_a_bare_none_when_we_could_not_look(fmt):
    blocked_only = make_report(accounts=(
        AccountCheck("Blocked", "samw", "https://blocked.example/samw", Status.UNKNOWN,
                     "HTTP 403 bot challenge"),))
    assert "NOT KNOWN: no site could be checked" in render(blocked_only, fmt)
    partly = make_report()  # one found, one unknown, no findings
    assert "NONE FOUND where we could look" in render(partly, fmt)
