"""Renderers: each takes a finished Report and returns text. The CLI decides where it goes."""

from __future__ import annotations

import enum

from ..models import Report


class Format(enum.StrEnum):
    TEXT = "text"
    JSON = "json"
    HTML = "html"
    MARKDOWN = "markdown"


def render(report: Report, fmt: Format, *, color: bool = False, width: int = 100) -> str:
    """Map every format to its renderer (exhaustively: a new format must be added here)."""
    if fmt is Format.JSON:
        from .json_report import render_json

        return render_json(report)
    if fmt is Format.TEXT:
        from .text import render_text

        return render_text(report, color=color, width=width)
    if fmt is Format.HTML:
        from .html import render_html

        return render_html(report)
    if fmt is Format.MARKDOWN:
        from .markdown import render_markdown

        return render_markdown(report)
    raise AssertionError(f"unhandled format {fmt}")
