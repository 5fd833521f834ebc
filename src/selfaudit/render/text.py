"""The terminal report (rich). Every dynamic value becomes a ``rich.text.Text`` after
:func:`clean`, never markup, so a stranger's ``[link=...]`` or ``[/]`` is shown as typed.

Meaning never rests on colour alone: statuses and severities are words, so the report reads the
same when piped, printed or viewed with NO_COLOR.
"""

from __future__ import annotations

import io
from collections import defaultdict

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import FindingKind, Report
from .safe import clean, is_web_link

KIND_TITLES = {
    FindingKind.WORKPLACE: "Where you work",
    FindingKind.PHONE: "Phone numbers",
    FindingKind.EMAIL: "Email addresses",
    FindingKind.LOCATION: "Where you live or are based",
    FindingKind.TAGGED_PHOTO: "Photos that name or tag you",
    FindingKind.PHOTO_LOCATION: "GPS positions hidden in photos",
    FindingKind.WORK_TALK: "Posts that talk about work",
    FindingKind.EMPLOYER_BRANDING: "Employer logos or branding on a personal profile",
}
_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "none": "green"}


def t(value: object, style: str = "", limit: int | None = 300) -> Text:
    """Scraped or user-given text, cleaned and never parsed as markup."""
    return Text(clean(str(value), limit=limit), style=style)


def link(url: str, color: bool) -> Text:
    text = t(url, limit=200)
    if color and is_web_link(url) and clean(url) == url and " " not in url:
        text.stylize(f"link {url}")
    return text


def summary_panel(report: Report) -> Panel:
    s = report.summary
    lines = Text()
    lines.append("Overall risk: ")
    lines.append(s.risk.upper(), style=_SEVERITY_STYLE[s.risk])
    lines.append("\n")
    lines.append(
        f"{s.accounts_checked} checks · {s.accounts_found} profiles found · "
        f"{s.accounts_checked - s.accounts_found - s.accounts_unknown} not found · "
        f"{len(report.unknown)} could not be checked · {len(report.check_yourself)} to check "
        f"yourself · {s.findings} findings"
    )
    if not report.complete:
        lines.append("\nINCOMPLETE: the audit was stopped before it finished.", style="bold red")
    if report.unknown or report.check_yourself:
        lines.append(
            "\nSome sites could not be checked: a missing result there does NOT mean "
            "you have no profile.",
            style="bold",
        )
    title = Text("selfaudit: what a stranger can find about ")
    title.append_text(t(report.subject.name, limit=80))
    return Panel(lines, title=title, box=box.ROUNDED, expand=False)


def accounts_table(report: Report, color: bool) -> Table | Text:
    if not report.found:
        return Text("No public profiles were found on the sites we could check.")
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Site")
    table.add_column("Address", overflow="fold", min_width=30)
    table.add_column("Name it shows", overflow="fold")
    table.add_column("Evidence", overflow="fold")
    for a in report.found:
        table.add_row(
            t(a.site),
            link(a.url, color),
            t(a.display_name or "-", limit=60),
            t(a.detail, limit=120),
        )
    return table


def findings_group(report: Report, color: bool) -> Group | Text:
    if not report.findings:
        return Text("Nothing personal was read from the pages we could open.")
    advice = {a.id: a for a in report.advice}
    by_kind = defaultdict(list)
    for f in report.findings:
        by_kind[f.kind].append(f)
    parts = []
    for kind in FindingKind:
        items = by_kind.get(kind)
        if not items:
            continue
        parts.append(Text(f"\n{KIND_TITLES[kind]} ({len(items)})", style="bold underline"))
        for f in items:
            line = Text("  ")
            line.append(f"[{f.severity.value.upper()}] ", style=_SEVERITY_STYLE[f.severity.value])
            line.append_text(t(f.value, style="bold", limit=160))
            if f.may_not_be_you:
                line.append("  (may not be you: the profile shows another name)", style="italic")
            parts.append(line)
            where = Text("      seen at ")
            where.append_text(link(f.source_url, color))
            parts.append(where)
            parts.append(Text("      evidence: ").append_text(t(f.evidence, limit=200)))
            for advice_id in f.advice[:2]:
                entry = advice.get(advice_id)
                if entry:
                    todo = Text("      what to do: ", style="bold")
                    todo.append(entry.title + ". ", style="bold")
                    todo.append(entry.text, style="")
                    parts.append(todo)
    return Group(*parts)


def unknown_table(report: Report) -> Table | Text:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for col in ("Site", "Handle", "Why we could not tell"):
        table.add_column(col)
    for a in report.unknown:
        table.add_row(t(a.site), t(a.username), t(a.detail, limit=160))
    return table


def check_yourself_table(report: Report, color: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Site")
    table.add_column("Open this in a private window", overflow="fold", min_width=30)
    table.add_column("Why", overflow="fold")
    for a in report.check_yourself:
        reason = a.detail.removeprefix("check by hand: ")
        table.add_row(t(a.site), link(a.url, color), t(reason, limit=120))
    return table


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )
    console.print(summary_panel(report))
    console.print(Text("Public profiles found", style="bold"))
    console.print(accounts_table(report, color))
    console.print(Text("\nWhat a stranger can learn", style="bold"))
    console.print(findings_group(report, color))
    if report.unknown:
        console.print(Text(f"\nWe could not check ({len(report.unknown)})", style="bold"))
        console.print(unknown_table(report))
    if report.check_yourself:
        title = f"\nCheck these yourself ({len(report.check_yourself)}): they need a login to see"
        console.print(Text(title, style="bold"))
        console.print(check_yourself_table(report, color))
    for note in report.notes:
        console.print(Text("Note: ").append_text(t(note, limit=400)))
    return buffer.getvalue()
