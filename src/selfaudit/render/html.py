"""The HTML report: one self-contained file (no external assets, works offline, prints well).

Jinja2 with autoescape on for everything; scraped text is also :func:`clean`-ed of control and
bidi characters. Only http(s) addresses ever become links (a ``javascript:`` URL stays text), and
links carry ``rel="noopener noreferrer"`` so opening one tells the site nothing about the report.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..models import Report
from .safe import clean, is_web_link
from .view import build_view


def weblink(url: str, text: str | None = None) -> Markup:
    label = escape(clean(text if text is not None else url, limit=200))
    if not is_web_link(url) or clean(url) != url:
        return Markup('<span class="url">{}</span>').format(label)
    return Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(url, label)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("selfaudit", "data/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["clean"] = lambda value, limit=400: clean(str(value), limit=limit)
    env.filters["weblink"] = weblink
    return env


def render_html(report: Report) -> str:
    template = _environment().get_template("report.html.j2")
    return template.render(view=build_view(report), report=report)
