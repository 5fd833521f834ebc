"""The terminal report (rich). Every dynamic value becomes a ``rich.text.Text`` after
:func:`clean`, never markup, so a stranger's ``[link=...]`` or ``[/]`` is shown as typed.

Meaning never rests on colour alone: statuses and severities are words, so the report reads the
same when piped, printed or viewed with NO_COLOR.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Report
from .safe import clean, is_web_link
from .view import FindingView, KindGroup, ReportView, build_view

_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "none": "green"}


def t(value: object, style: str = "", limit: int | None = 300) -> Text:
    """Scraped or user-given text, cleaned and never parsed as markup."""
    return Text(clean(str(value), limit=limit), style=style)


def link(url: str, color: bool) -> Text:
    text = t(url, limit=200)
    if color and is_web_link(url) and clean(url) == url and " " not in url:
        text.stylize(f"link {url}")
    return text


def heading(text: str) -> Text:
    return Text("\n" + text, style="bold underline")


def summary_panel(view: ReportView) -> Panel:
    report = view.report
    s = report.summary
    lines = Text()
    lines.append("Overall risk: ")
    lines.append(view.risk_label, style=_SEVERITY_STYLE[s.risk])
    lines.append(
        f"\n{s.accounts_checked} checks: {s.accounts_found} profiles found, "
        f"{view.not_found} not found, {len(view.unknown)} could not be checked, "
        f"{len(view.check_yourself)} for you to check yourself. {s.findings} findings."
    )
    if not report.complete:
        lines.append("\nINCOMPLETE: the audit was stopped before it finished.", style="bold red")
    if view.could_not_check_everything:
        lines.append(
            "\nSome sites could not be checked: no result there does NOT mean you have no "
            "profile there.",
            style="bold",
        )
    title = Text("selfaudit: what a stranger can find about ")
    title.append_text(t(report.subject.name, limit=80))
    return Panel(lines, title=title, box=box.ROUNDED, expand=False)


def _table(*columns: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for i, col in enumerate(columns):
        table.add_column(col, overflow="fold", min_width=24 if i == 1 else None)
    return table


def accounts_section(view: ReportView, color: bool) -> RenderableType:
    if not view.found:
        return Text("No public profiles were found on the sites we could check.")
    table = _table("Site", "Address", "Name it shows", "Evidence")
    for a in view.found:
        table.add_row(
            t(a.site),
            link(a.url, color),
            t(a.display_name or "-", limit=60),
            t(a.detail, limit=120),
        )
    return table


def finding_lines(item: FindingView, color: bool) -> list[Text]:
    f = item.finding
    line = Text("  ")
    line.append(f"[{f.severity.value.upper()}] ", style=_SEVERITY_STYLE[f.severity.value])
    line.append_text(t(f.value, style="bold", limit=160))
    if f.may_not_be_you:
        line.append("  (may not be you: the profile shows another name)", style="italic")
    lines = [line]
    where = Text("      where: ")
    where.append_text(link(f.source_url, color))
    lines.append(where)
    lines.append(Text("      evidence: ").append_text(t(f.evidence, limit=200)))
    if item.privacy_url:
        lines.append(Text("      privacy settings: ").append_text(link(item.privacy_url, color)))
    return lines


def group_advice(group: KindGroup) -> list[Text]:
    lines = []
    for entry in group.advice:
        todo = Text("  What to do: ", style="bold")
        todo.append(entry.title + ". ", style="bold")
        todo.append(entry.text)
        lines.append(todo)
        lines.append(Text(f'  The guidance says: "{entry.guidance}"', style="italic"))
    return lines


def findings_section(view: ReportView, color: bool) -> RenderableType:
    if not view.groups:
        if view.could_not_check_everything:
            return Text(
                "Nothing personal was read from the pages we could open; some places "
                "could not be checked (see below)."
            )
        return Text("Nothing personal was read from the pages we could open.")
    parts: list[RenderableType] = []
    for group in view.groups:
        parts.append(Text(f"\n{group.title} ({len(group.items)})", style="bold"))
        parts.append(Text(f"  Why it matters: {group.why}", style="italic"))
        for item in group.items:
            parts.extend(finding_lines(item, color))
        parts.extend(group_advice(group))
    return Group(*parts)


def search_section(view: ReportView, color: bool) -> RenderableType:
    search = view.search
    parts: list[RenderableType] = []
    for problem in search.problems:
        parts.append(t(problem, style="bold red"))
    if not search.ran:
        if not search.problems:
            parts.append(t(f"Not searched: {search.skipped or 'no search engine was asked'}."))
        return Group(*parts)
    intro = Text(f"{len(search.queries)} queries to {search.engine}: ")
    intro.append(f"{len(search.about)} results look like you")
    intro.append(f"; {search.namesakes} about other people with your name were set aside.")
    parts.append(intro)
    for result in search.about:
        line = Text("  • ")
        line.append_text(t(result.title or result.url, style="bold", limit=120))
        parts.append(line)
        parts.append(Text("      ").append_text(link(result.url, color)))
        if result.snippet:
            parts.append(Text("      ").append_text(t(result.snippet, limit=200)))
    return Group(*parts)


def unknown_section(view: ReportView) -> Table:
    table = _table("Site", "Handle", "Why we could not tell")
    for a in view.unknown:
        table.add_row(t(a.site), t(a.username), t(a.detail, limit=160))
    return table


def check_yourself_section(view: ReportView, color: bool) -> Table:
    table = _table("Site", "Open this in a private window", "Why")
    for a in view.check_yourself:
        table.add_row(
            t(a.site), link(a.url, color), t(a.detail.removeprefix("check by hand: "), limit=120)
        )
    return table


def advice_lines(view: ReportView) -> list[Text]:
    lines = []
    for entry in view.general_advice:
        lines.append(Text("  • ").append(entry.title + ": ", style="bold").append(entry.text))
    lines.append(Text("\nThings no tool can check for you", style="bold underline"))
    for entry in view.checklist:
        lines.append(Text("  [ ] ").append(entry.title + ": ", style="bold").append(entry.text))
    return lines


def text_console(buffer: io.StringIO, *, color: bool, width: int) -> Console:
    """A console that writes to ``buffer`` and never interprets markup, emoji or highlights:
    every renderer of terminal text uses this one, so none can forget a setting."""
    return Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        markup=False,
        emoji=False,
        highlight=False,
    )


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    view = build_view(report)
    buffer = io.StringIO()
    console = text_console(buffer, color=color, width=width)
    console.print(summary_panel(view))
    console.print(heading("Public profiles found"))
    console.print(accounts_section(view, color))
    console.print(heading("What a search for you shows"))
    console.print(search_section(view, color))
    console.print(heading("What a stranger can learn"))
    console.print(findings_section(view, color))
    if view.unknown:
        console.print(heading(f"We could not check ({len(view.unknown)})"))
        console.print(unknown_section(view))
    if view.check_yourself:
        console.print(
            heading(f"Check these yourself ({len(view.check_yourself)}): they need a login to see")
        )
        console.print(check_yourself_section(view, color))
    console.print(heading("What to do next"))
    for line in advice_lines(view):
        console.print(line)
    for note in report.notes:
        console.print(Text("\nNote: ").append_text(t(note, limit=400)))
    for credit in view.credits:
        console.print(Text("\n" + credit))
    return buffer.getvalue()
