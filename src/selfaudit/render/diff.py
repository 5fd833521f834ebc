"""What changed between two runs, as terminal text or JSON.

Like the report renderers, every scraped value goes through :func:`clean` into a
``rich.text.Text`` (never markup), and meaning is carried by words, not colour. Things that could
not be re-checked get their own section: "not seen this time" is never shown as "gone".
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.text import Text

from ..history import ReportDiff, RunInfo
from ..models import AccountCheck, Finding
from .text import heading, link, t, text_console

DIFF_SCHEMA_ID = "selfaudit/diff-v1"
_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


def _sorted(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (-f.severity.rank, f.kind.value, f.value.casefold()))


def _sorted_accounts(accounts: Iterable[AccountCheck]) -> list[AccountCheck]:
    return sorted(accounts, key=lambda a: a.key)


def _run_label(info: RunInfo | None) -> Text:
    if info is None:
        return Text("an earlier run")
    label = Text(f"run {info.id} (")
    label.append_text(t(info.finished_at or info.started_at, limit=40))
    label.append(f", {info.state})")
    return label


def _finding_line(f: Finding, color: bool, *, detail: bool) -> list[Text]:
    line = Text("  ")
    line.append(f"[{f.severity.value.upper()}] ", style=_SEVERITY_STYLE[f.severity.value])
    line.append(f"{f.kind.value.replace('_', ' ')}: ")
    line.append_text(t(f.value, style="bold", limit=160))
    if f.may_not_be_you:
        line.append("  (may not be you: the profile shows another name)", style="italic")
    lines = [line, Text("      where: ").append_text(link(f.source_url, color))]
    if detail:
        lines.append(Text("      evidence: ").append_text(t(f.evidence, limit=200)))
    return lines


def _account_line(a: AccountCheck, color: bool, what: str, *, reason: bool = False) -> Text:
    line = Text(f"  {what}: ")
    line.append_text(t(a.site, style="bold", limit=80))
    line.append(" ")
    line.append_text(link(a.url, color))
    if reason:
        line.append(" (")
        line.append_text(t(a.detail, limit=160))
        line.append(")")
    return line


def render_diff_text(
    d: ReportDiff,
    old_info: RunInfo | None = None,
    new_info: RunInfo | None = None,
    *,
    color: bool = False,
    width: int = 100,
) -> str:
    buffer = io.StringIO()
    console = text_console(buffer, color=color, width=width)
    out = console.print
    title = Text("What changed: ", style="bold")
    title.append_text(_run_label(old_info))
    title.append(" -> ")
    title.append_text(_run_label(new_info))
    out(title)
    for info in (old_info, new_info):
        if info is not None and info.state != "complete":
            out(
                Text(
                    f"Run {info.id} is {info.state}: it did not check everything, so this "
                    "comparison is partial.",
                    style="bold",
                )
            )
    new_count = len(d.new_findings) + len(d.new_accounts)
    gone_count = len(d.gone_findings) + len(d.gone_accounts)
    unverified = len(d.unverified_findings) + len(d.unverified_accounts)
    same = len(d.unchanged_findings) + len(d.unchanged_accounts)
    out(
        Text(
            f"{new_count} new, {gone_count} gone, {same} unchanged, "
            f"{unverified} could not be re-checked."
        )
    )

    if new_count:
        out(heading(f"New since last time ({new_count})"))
        for a in _sorted_accounts(d.new_accounts):
            out(_account_line(a, color, "New public profile"))
        for f in _sorted(d.new_findings):
            for line in _finding_line(f, color, detail=True):
                out(line)
    else:
        out(heading("Nothing new since last time."))

    sections = (
        (
            f"Gone ({gone_count}): checked and no longer seen",
            d.gone_accounts,
            "Profile no longer found",
            True,
            d.gone_findings,
        ),
        (
            f"Could not re-check ({unverified}): not knowing is not the same as gone",
            d.unverified_accounts,
            "Profile found last time",
            True,
            d.unverified_findings,
        ),
        (
            f"Still there ({same})",
            d.unchanged_accounts,
            "Public profile",
            False,
            d.unchanged_findings,
        ),
    )
    for title, accounts, label, reason, findings in sections:
        if not (accounts or findings):
            continue
        out(heading(title))
        for a in _sorted_accounts(accounts):
            out(_account_line(a, color, label, reason=reason))
        for f in _sorted(findings):
            for line in _finding_line(f, color, detail=False):
                out(line)
    return buffer.getvalue()


def _info_dict(info: RunInfo | None) -> dict | None:
    if info is None:
        return None
    return {
        "id": info.id,
        "started_at": info.started_at,
        "finished_at": info.finished_at,
        "state": info.state,
        "risk": info.risk,
    }


def diff_dict(
    d: ReportDiff, old_info: RunInfo | None = None, new_info: RunInfo | None = None
) -> dict:
    """The diff as JSON-ready data; findings and accounts in the report schema's own shapes."""

    def findings(items: Iterable[Finding]) -> list[dict]:
        return [f.to_dict() for f in _sorted(items)]

    def accounts(items: Iterable[AccountCheck]) -> list[dict]:
        return [a.to_dict() for a in _sorted_accounts(items)]

    return {
        "schema": DIFF_SCHEMA_ID,
        "old_run": _info_dict(old_info),
        "new_run": _info_dict(new_info),
        "findings": {
            "new": findings(d.new_findings),
            "gone": findings(d.gone_findings),
            "unchanged": findings(d.unchanged_findings),
            "unverified": findings(d.unverified_findings),
        },
        "accounts": {
            "new": accounts(d.new_accounts),
            "gone": accounts(d.gone_accounts),
            "unchanged": accounts(d.unchanged_accounts),
            "unverified": accounts(d.unverified_accounts),
        },
    }
