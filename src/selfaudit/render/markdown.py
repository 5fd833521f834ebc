"""The Markdown report. Scraped text is escaped so it cannot inject HTML, links, images or
formatting; only http(s) addresses become links, percent-encoded so they cannot break out."""

from __future__ import annotations

import re
from urllib.parse import quote

from ..models import Report
from .safe import clean, is_web_link
from .view import ReportView, build_view

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:@=\"'])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md(text: object, limit: int = 300) -> str:
    """Escape every character Markdown or HTML could read as syntax; one line only."""
    flat = " ".join(clean(str(text), limit=limit).split())
    flat = "".join(_ENTITIES.get(ch, ch) for ch in flat)  # HTML can never start
    return _SPECIAL.sub(r"\\\1", flat)


def md_link(url: str, label: str | None = None) -> str:
    shown = md(label if label is not None else url, limit=200)
    if not is_web_link(url) or clean(url) != url:
        return shown
    return f"[{shown}]({quote(url, safe=':/?#@!$&*+,;=%-._~')})"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _summary(view: ReportView) -> list[str]:
    r = view.report
    s = r.summary
    lines = [
        f"# What a stranger can find about {md(r.subject.name, 80)}",
        "",
        f"*selfaudit {md(r.tool_version)}, started {md(r.started_at)}, "
        f"finished {md(r.finished_at)}*",
        "",
        f"**Overall risk: {view.risk_label}**. {s.accounts_checked} checks: "
        f"{s.accounts_found} profiles found, {view.not_found} not found, "
        f"{len(view.unknown)} could not be checked, {len(view.check_yourself)} for you to check "
        f"yourself. {s.findings} findings.",
    ]
    if not r.complete:
        lines += ["", "**INCOMPLETE: the audit was stopped before it finished.**"]
    if view.could_not_check_everything:
        lines += [
            "",
            "**Some sites could not be checked: no result there does not mean you "
            "have no profile there.**",
        ]
    return lines


def render_markdown(report: Report) -> str:
    view = build_view(report)
    out = _summary(view)
    out += ["", "## Public profiles found", ""]
    if view.found:
        out += _table(
            ("Site", "Address", "Name it shows", "Evidence"),
            [
                (md(a.site), md_link(a.url), md(a.display_name or "-", 80), md(a.detail, 160))
                for a in view.found
            ],
        )
    else:
        out.append("No public profiles were found on the sites we could check.")
    out += ["", "## What a search for you shows", ""]
    search = view.search
    out += [f"**{md(p, 300)}**" for p in search.problems]
    if search.ran:
        out.append(
            f"{len(search.queries)} queries to {md(search.engine or '', 60)}: "
            f"{len(search.about)} results look like you; {search.namesakes} about other "
            "people with your name were set aside."
        )
        out.append("")
        for r in search.about:
            out.append(f"- **{md(r.title or r.url, 160)}** {md_link(r.url)}")
            if r.snippet:
                out.append(f"  - {md(r.snippet, 300)}")
    elif not search.problems:
        out.append(f"Not searched: {md(search.skipped or 'no search engine was asked', 200)}.")
    out += ["", "## What a stranger can learn", ""]
    if not view.groups:
        out.append("Nothing personal was read from the pages we could open.")
    for group in view.groups:
        out += [f"### {group.title} ({len(group.items)})", "", f"*Why it matters: {group.why}*", ""]
        for item in group.items:
            f = item.finding
            maybe = (
                " *(may not be you: the profile shows another name)*" if f.may_not_be_you else ""
            )
            out.append(f"- **{f.severity.value.upper()}** {md(f.value, 200)}{maybe}")
            out.append(f"  - Where: {md_link(f.source_url)}")
            out.append(f"  - Evidence: {md(f.evidence, 300)}")
            if item.privacy_url:
                out.append(f"  - Privacy settings: {md_link(item.privacy_url)}")
        out.append("")
        for entry in group.advice:
            out += [
                f"**What to do: {entry.title}.** {entry.text}",
                "",
                f"> “{entry.guidance}” (SSSC guidance on social media)",
                "",
            ]
    if view.unknown:
        out += ["", f"## We could not check ({len(view.unknown)})", ""]
        out += _table(
            ("Site", "Handle", "Why we could not tell"),
            [(md(a.site), md(a.username), md(a.detail, 200)) for a in view.unknown],
        )
    if view.check_yourself:
        out += [
            "",
            f"## Check these yourself ({len(view.check_yourself)})",
            "",
            "These platforms show profiles only to logged-in people: open each address in a "
            "private window.",
            "",
        ]
        out += _table(
            ("Site", "Address", "Why"),
            [
                (md(a.site), md_link(a.url), md(a.detail.removeprefix("check by hand: "), 160))
                for a in view.check_yourself
            ],
        )
    out += ["", "## What to do next", ""]
    out += [f"- **{e.title}:** {e.text}" for e in view.general_advice]
    out += ["", "### Things no tool can check for you", ""]
    out += [f"- [ ] **{e.title}:** {e.text}" for e in view.checklist]
    out += [f"\n*Note: {md(n, 500)}*" for n in report.notes]
    out += [f"\n{md(c, 300)}" for c in view.credits]
    return "\n".join(out) + "\n"
