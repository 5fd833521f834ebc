"""The Document: parsed once, tolerant of anything, and only the owner's parts kept."""

from __future__ import annotations

import os
import random
import time

import pytest

from selfaudit.extract import display_name, extract_findings, image_urls, is_namesake
from selfaudit.extract.base import build_document
from selfaudit.extract.structured import load_json_lenient
from selfaudit.extract.text import MAX_TEXT, decode
from selfaudit.models import FindingKind, Page

from .helpers import MORAG, PLAIN, URL, html_page, values


def page(body: bytes, content_type: str = "text/html", encoding: str | None = None) -> Page:
    return Page(url=URL, content_type=content_type, body=body, encoding=encoding)


def everything(p: Page) -> None:
    """Every public function on one page: none may raise."""
    extract_findings(p, MORAG)
    image_urls(p)
    is_namesake(display_name(p), MORAG)


# -- hostile and broken input -------------------------------------------------------------------
HOSTILE = [
    b"",
    b"\x00\x00\x00",
    b"<",
    b"<html><body><p>unclosed <b>bold <i>italic <div>div",
    b"<div class='h-card'><span class='p-name'>Morag Kelly</span>" * 50,
    b'<script type=\'application/ld+json\'>{"@graph": [{"@type": "Person", "name": 1}]',
    b'<script type=\'application/ld+json\'>{"@type": ["Person", 7], "worksFor": [null, 3]}'
    b"</script>",
    b"<meta charset='no-such-charset'><p>hi</p>",
    b"<img src='javascript:alert(1)'><img srcset=','><img src=''><a href='tel:'>x</a>",
    b"<a href='mailto:'>x</a><a href='mailto:%ZZ'>y</a>",
    b"\xff\xfe<\x00p\x00>\x00",  # UTF-16 with a BOM
    b"<p>\xe9\xe8\xff\xfe invalid utf-8</p>",
    "<p>emoji 🌻 and RTL \u202e text</p>".encode(),
    b"[" * 20_000,  # far past Python's recursion limit, as are the next two
    b"{" * 20_000,
    b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
    b"<svg><foreignObject><p>Morag Kelly</p></foreignObject></svg>",
]


@pytest.mark.parametrize("body", HOSTILE)
@pytest.mark.parametrize("content_type", ["text/html", "application/json", "", "text/plain"])
def test_never_raises(body: bytes, content_type: str) -> None:
    everything(page(body, content_type))


@pytest.mark.parametrize("seed", range(3))
def test_random_bytes_never_raise(seed: int) -> None:
    rng = random.Random(seed)
    body = bytes(rng.getrandbits(8) for _ in range(20_000))
    for content_type in ("text/html", "application/json", "image/jpeg", "application/octet-stream"):
        everything(page(body, content_type))
    everything(page(os.urandom(2_000), "text/html"))


@pytest.mark.parametrize(
    "body",
    [
        b"<div><span>" * 10_000 + b"Call 0131 496 0123",  # never closed
        b"<div class='h-card h-entry'>" * 10_000 + b"x" + b"</div>" * 10_000,
        b"<ul><li>" * 10_000,
        # Found in review: each of these made a pass quadratic (tens of seconds per page).
        b"<aside>Morag Kelly " * 6_000,  # nested furniture that names the subject
        b"<div class='h-entry'>x " * 10_000,
        b"<div>" + b"<a href='tel:01314960412'>call</a> " * 2_000 + b"</div>",
        # Found in the review of the comment and reply rules (minutes each, at first).
        b'<div class="comment"><a href="/u">' * 20_000,
        b'<div role="article" aria-labelledby="x">' * 20_000,
        b"<div>" * 20_000 + b"<b>Response from the owner</b>" * 200,
        b"<p>" + b"a dot " * 30_000 + b"</p>",  # a spelt-out address that never reaches "at"
    ],
)
def test_deep_nesting_is_fast_and_harmless(body: bytes) -> None:
    started = time.monotonic()
    everything(page(body))
    assert time.monotonic() - started < 10


def test_deeply_nested_text_is_still_read() -> None:
    body = b"<div>" * 10_000 + b"Call 0131 496 0123" + b"</div>" * 10_000
    started = time.monotonic()
    assert values(page(body), PLAIN, FindingKind.PHONE) == ["+441314960123"]
    assert time.monotonic() - started < 10


def test_text_is_capped() -> None:
    body = b"<p>" + b"word " * 100_000 + b"</p>"
    doc = build_document(page(body), MORAG)
    assert len(doc.text) <= MAX_TEXT


# -- encodings ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "content_type", "encoding", "expected"),
    [
        ("Café".encode(), "text/html", None, "Café"),
        ("Café".encode(), "text/html; charset=iso-8859-1", "iso-8859-1", "Café"),  # lying label
        ("Café".encode("latin-1"), "text/html", "utf-8", "Café"),  # lying the other way
        ("Café".encode("latin-1"), "text/html; charset=latin-1", None, "Café"),
        ("<meta charset='windows-1252'>Caf\u00e9 \u2019".encode("cp1252"), "text/html", None,
         "Café ’"),
        ("Café".encode("utf-16"), "text/html", None, "Café"),
        (b"\xef\xbb\xbfCaf\xc3\xa9", "text/html", "latin-1", "Café"),  # a UTF-8 BOM wins
        (b"Caf\xe9", "text/html", "x-no-such-codec", "Café"),
    ],
)  # fmt: skip
def test_decode(body: bytes, content_type: str, encoding: str | None, expected: str) -> None:
    assert expected in decode(
        Page(url=URL, content_type=content_type, body=body, encoding=encoding)
    )


def test_unclosed_head_still_has_a_body() -> None:
    body = b"<html><head><title>x</title><body><p>Social worker at Dunmore Council</p>"
    assert values(page(body), PLAIN, FindingKind.WORKPLACE) == ["Dunmore Council"]


# -- JSON-LD --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('{"a": 1}', [{"a": 1}]),
        ('<!-- {"a": 1} -->', [{"a": 1}]),
        ('<![CDATA[{"a": 1}]]>', [{"a": 1}]),
        ('{"a": 1,}', [{"a": 1}]),
        ('{"a": [1, 2,],}', [{"a": [1, 2]}]),
        ('{"a": "line\nbreak"}', [{"a": "line\nbreak"}]),
        ('{"a": 1}\n{"b": 2}', [{"a": 1}, {"b": 2}]),
        ('{"a": 1};', [{"a": 1}]),
        ('// a comment\n{"a": 1}', [{"a": 1}]),
        ("{ not json", []),
        ("", []),
        ("[" * 50_000, []),
    ],
)
def test_load_json_lenient(raw: str, expected: list) -> None:
    assert load_json_lenient(raw) == expected


def test_jsonld_graph_and_main_entity() -> None:
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"WebSite","name":"Blog"},'
        '{"@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Morag Kelly",'
        '"worksFor":{"@type":"Organization","name":"Dunmore Council"}}}]}</script>'
    )
    p = html_page("<p>hi</p>", head=head)
    assert display_name(p) == "Morag Kelly"
    assert values(p, PLAIN, FindingKind.WORKPLACE) == ["Dunmore Council"]


def test_jsonld_of_someone_else_is_ignored() -> None:
    head = (
        '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person",'
        '"name":"Jane Reporter","worksFor":"Leith Gazette","email":"jane@example.com"}}</script>'
    )
    p = html_page("<p>hi</p>", head=head)
    assert extract_findings(p, MORAG) == []


# -- whose words: the owner's parts only -----------------------------------------------------------
@pytest.mark.parametrize(
    "wrapper",
    [
        '<div class="comments">{}</div>',
        '<section id="comments">{}</section>',
        '<ol class="commentlist"><li>{}</li></ol>',
        '<div class="c-comment__body">{}</div>',
        '<div class="reply">{}</div>',
        '<div class="replies">{}</div>',
        '<div itemprop="comment">{}</div>',
        '<div class="u-comment h-cite">{}</div>',
        "<nav>{}</nav>",
        "<footer>{}</footer>",
        "<script>var x = '{}';</script>",
        "<style>/* {} */</style>",
        "<noscript>{}</noscript>",
        "<template>{}</template>",
    ],
)
def test_other_peoples_parts_are_cut(wrapper: str) -> None:
    inner = "Mob 07700 900999. My service users are lovely. Works at Acme Care."
    doc = build_document(html_page(wrapper.format(inner)), MORAG)
    assert "07700" not in doc.text
    assert extract_findings(html_page(wrapper.format(inner)), MORAG) == []


@pytest.mark.parametrize(
    "wrapper",
    [
        '<body class="has-comments"><p>{}</p></body>',
        '<article class="post comments-open"><p>{}</p></article>',
        '<main class="comment-status-open"><p>{}</p></main>',
    ],
)
def test_containers_merely_mentioning_comments_are_kept(wrapper: str) -> None:
    doc = build_document(html_page(wrapper.format("Mob 07700 900999")), MORAG)
    assert "07700 900999" in doc.text


def test_team_page_keeps_only_the_subjects_card() -> None:
    card = '<div class="team-member"><h2>{}</h2><p>Tel {}</p></div>'
    body = card.format("John Smith", "0131 496 0456") + card.format("Morag Kelly", "0131 496 0123")
    body += card.format("Anna Wilson", "0131 496 0789")
    assert values(html_page(body), MORAG, FindingKind.PHONE) == ["+441314960123"]


def test_a_single_card_is_never_cut() -> None:
    body = '<div class="h-card"><span class="p-name">Mo</span> Tel 0131 496 0123</div>'
    assert values(html_page(body), MORAG, FindingKind.PHONE) == ["+441314960123"]


def test_page_by_someone_else_is_marked() -> None:
    head = '<meta name="author" content="Jane Reporter">'
    assert build_document(html_page("<p>x</p>", head=head), MORAG).owner_is_other
    head = '<meta name="author" content="Morag Kelly">'
    assert not build_document(html_page("<p>x</p>", head=head), MORAG).owner_is_other


def test_parts_of_the_document() -> None:
    head = (
        '<meta property="og:title" content="Morag Kelly">'
        '<meta property="og:description" content="Social worker">'
        '<meta name="twitter:image" content="/tw.jpg">'
    )
    body = (
        '<p>Hello <a href="tel:+441314960123">call</a> <a href="mailto:m@example.org">mail</a>'
        "<br>second line</p><p>third</p>"
    )
    doc = build_document(html_page(body, head=head), MORAG)
    assert doc.kind == "html"
    assert doc.text == "Hello call mail\nsecond line\nthird"
    assert doc.meta_text == "Morag Kelly\nSocial worker"
    assert doc.tel_links == ("+441314960123",)
    assert doc.mailto_links == ("m@example.org",)
    assert doc.meta["og:title"] == ("Morag Kelly",)
    assert [i.url for i in doc.images] == ["https://profile.example.org/tw.jpg"]
    assert doc.ctx.full_name_on_page and not doc.ctx.anonymous_handle
