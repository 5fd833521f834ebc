"""Property-based tests: no input makes the loader, extractors or renderers misbehave."""

from __future__ import annotations

import contextlib
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfaudit import catalogue as cat
from selfaudit.errors import CatalogueError
from selfaudit.models import (
    AccountCheck,
    Finding,
    FindingKind,
    Page,
    Report,
    Severity,
    Status,
    Subject,
)
from selfaudit.render import Format, render

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=25,
)
site_like = st.fixed_dictionaries(
    {},
    optional={
        key: json_values
        for key in (
            "name",
            "uri_check",
            "e_code",
            "e_string",
            "m_code",
            "m_string",
            "known",
            "cat",
            "uri_pretty",
            "post_body",
            "headers",
            "strip_bad_char",
            "valid",
            "protection",
            "x_privacy_url",
            "x_check_by_hand",
            "x_lookup",
        )
    },
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(json_values, st.fixed_dictionaries({"sites": st.lists(site_like, max_size=4)})))
def test_catalogue_loader_raises_only_catalogue_errors(data):
    with contextlib.suppress(CatalogueError):
        cat.parse_catalogue(data, "fuzz", "fuzz")


@SETTINGS
@given(st.binary(max_size=2000))
def test_catalogue_loader_survives_any_bytes(raw):
    with contextlib.suppress(CatalogueError):
        cat.loads(raw, "fuzz", "fuzz")


SUBJECT = Subject(
    name="Sam Whitlock",
    handles=("samwhitlock",),
    employers=("Dunmore Council",),
    phones=("+441314960412",),
    emails=("sam@example.org",),
    locations=("Falkirk",),
)


@SETTINGS
@given(
    st.binary(max_size=4000),
    st.sampled_from(["text/html", "application/json", "image/jpeg", "text/plain", ""]),
    st.sampled_from([None, "utf-8", "latin-1", "bogus-charset", "utf-16"]),
)
def test_extractors_never_raise_on_arbitrary_bytes(body, content_type, encoding):
    from selfaudit import extract

    page = Page("https://example.org/p", content_type, body, encoding)
    extract.extract_findings(page, SUBJECT)
    extract.image_urls(page)
    extract.display_name(page)


html_bits = st.sampled_from(
    [
        "<div>",
        "</div>",
        "<script type='application/ld+json'>",
        "</script>",
        "{",
        "}",
        '"@type": "Person"',
        '"worksFor": ',
        "<img alt='Sam Whitlock' src='a.jpg'>",
        "<a href='tel:",
        "'>",
        "0131 496 0412",
        "Dunmore Council",
        "<meta property='og:title' ",
        "content='",
        "\x00",
        "\ud7ff",
        "&#0;",
        "&amp;",
        "<!--",
        "-->",
        "<![CDATA[",
    ]
)


@SETTINGS
@given(st.lists(html_bits | st.text(max_size=20), max_size=60))
def test_extractors_never_raise_on_html_soup(parts):
    from selfaudit import extract

    page = Page(
        "https://example.org/p",
        "text/html",
        "".join(parts).encode("utf-8", "surrogatepass"),
        "utf-8",
    )
    extract.extract_findings(page, SUBJECT)


_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def report_with(text: str) -> Report:
    finding = Finding(
        FindingKind.WORK_TALK, text, "https://example.org/" + text[:20], text, Severity.MEDIUM
    )
    account = AccountCheck(
        "Site " + text[:10],
        "samw",
        "https://example.org/samw",
        Status.FOUND,
        text,
        display_name=text,
    )
    return Report(
        subject=SUBJECT,
        started_at="2026-11-23T00:00:00Z",
        finished_at="2026-11-23T00:00:01Z",
        accounts=(account,),
        findings=(finding,),
        tool_version="0",
    )


@SETTINGS
@given(st.text(max_size=80))
def test_renderers_let_no_control_character_or_markup_through(text):
    report = report_with(text)
    plain = render(report, Format.TEXT)
    assert not _FORBIDDEN.search(plain)
    html = render(report, Format.HTML)
    assert not _FORBIDDEN.search(html)
    body = html.split("<body>", 1)[1]
    assert "<script" not in body.lower()
    markdown = render(report, Format.MARKDOWN)
    assert not _FORBIDDEN.search(markdown)
    assert "<" not in markdown.split("## Public profiles found", 1)[1].replace("&lt;", "")
    json.loads(render(report, Format.JSON))
