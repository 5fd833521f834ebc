"""The four functions the engine calls: extract_findings, image_urls, display_name, is_namesake."""

from __future__ import annotations

import pytest

from selfaudit.extract import EXTRACTORS, Extractor, display_name, extract_findings, image_urls
from selfaudit.extract.base import Document
from selfaudit.models import FindingKind, Page, Subject

from .helpers import MORAG, PLAIN, html_page, json_page

RICH = (
    "<h1>Morag Kelly</h1><p>Social worker at Dunmore Council, based in Leith.</p>"
    "<p>Call 0131 496 0123 or email morag.kelly@example.org.</p>"
    "<p>Worst shift in months.</p>"
    "<p>Phone again: 0131 496 0123. Dunmore Council again.</p>"
)


def test_findings_are_deduplicated_ordered_and_without_advice() -> None:
    found = extract_findings(html_page(RICH), MORAG)
    assert [(f.kind, f.value) for f in found] == [
        (FindingKind.WORKPLACE, "Dunmore Council"),
        (FindingKind.PHONE, "+441314960123"),
        (FindingKind.EMAIL, "morag.kelly@example.org"),
        (FindingKind.LOCATION, "Leith"),
        (FindingKind.WORK_TALK, "Worst shift in months."),
    ]
    assert len({f.key for f in found}) == len(found)
    assert all(f.advice == () and not f.may_not_be_you for f in found)
    assert all(f.source_url == "https://profile.example.org/moragk" for f in found)
    assert found == extract_findings(html_page(RICH), MORAG)  # deterministic


def test_a_broken_extractor_loses_only_its_own_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(Extractor):
        kind = FindingKind.PHONE

        def extract(self, doc: Document, subject: Subject):  # type: ignore[override]
            raise RuntimeError("boom")

    monkeypatch.setattr("selfaudit.extract.EXTRACTORS", (Broken(), *EXTRACTORS))
    kinds = {f.kind for f in extract_findings(html_page(RICH), MORAG)}
    assert FindingKind.PHONE in kinds and FindingKind.WORKPLACE in kinds


def test_broken_parsing_gives_no_findings_not_an_exception(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise MemoryError("pretend")

    monkeypatch.setattr("selfaudit.extract.build_document", explode)
    assert extract_findings(html_page(RICH), MORAG) == []


def test_namesake_findings_are_kept_but_marked() -> None:
    page = html_page(
        '<div class="h-card"><span class="p-name">Thomas Grant</span>'
        "<p>Plumber. Call 0141 496 0777.</p></div>"
    )
    assert display_name(page) == "Thomas Grant"
    found = extract_findings(page, MORAG)
    assert [f.value for f in found] == ["+441414960777"]
    assert all(f.may_not_be_you for f in found)


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ('<script type="application/ld+json">{"@type":"Person","name":"Morag Kelly"}</script>',
         "", "Morag Kelly"),
        ("", '<div class="h-card"><span class="p-name">Mo K</span></div>', "Mo K"),
        ('<meta property="profile:first_name" content="Morag">'
         '<meta property="profile:last_name" content="Kelly">', "", "Morag Kelly"),
        ('<meta property="og:type" content="profile">'
         '<meta property="og:title" content="Morag Kelly (@moragk) | Chirp">', "", "Morag Kelly"),
        ('<meta property="og:title" content="Dunmore Council – Our team">', "", None),  # no profile
        ("", '<div class="h-card"><span class="p-name">A B</span></div>'
             '<div class="h-card"><span class="p-name">C D</span></div>', None),  # a team page
        ('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person",'
         '"name":"Jane Reporter"}}</script>', "", None),  # an author is not the page's subject
        ("", "<p>nothing here</p>", None),
    ],
)  # fmt: skip
def test_display_name(head: str, body: str, expected: str | None) -> None:
    assert display_name(html_page(body, head=head)) == expected


def test_display_name_of_api_json_and_images() -> None:
    assert display_name(json_page({"did": "did:plc:x", "handle": "m", "displayName": "Mo"})) == "Mo"
    assert display_name(Page(url="https://x/1.jpg", content_type="image/jpeg", body=b"")) is None


def test_image_urls_prefers_content_photos_and_skips_junk() -> None:
    head = '<meta property="og:image" content="/og.jpg">'
    body = (
        '<img class="avatar" src="/avatar.jpg">'
        '<img src="data:image/png;base64,AAAA">'
        '<img src="/logo.svg">'
        '<img src="/anim.gif">'
        '<img src="/pixel.png" width="1" height="1">'
        '<img src="/icons/star-icon.png">'
        '<img src="https://cdn.example.net/track/pixel.jpg">'
        '<div class="post"><img src="/photos/walk.jpg"></div>'
        '<img srcset="/photos/big.jpg 2x, /photos/small.jpg 1x">'
        '<img src="ftp://old.example/x.jpg">'
    )
    urls = image_urls(html_page(body, head=head, url="https://site.example/u/mo"), limit=10)
    assert urls == [
        "https://site.example/og.jpg",
        "https://site.example/photos/walk.jpg",
        "https://site.example/photos/big.jpg",
        "https://site.example/avatar.jpg",
    ]
    assert image_urls(html_page(body, head=head), limit=2) == [
        "https://profile.example.org/og.jpg",
        "https://profile.example.org/photos/walk.jpg",
    ]
    assert image_urls(html_page(body), limit=0) == []


def test_image_urls_from_api_json() -> None:
    data = {"did": "did:plc:x", "handle": "m", "avatar": "https://cdn.example/a.jpg",
            "banner": "https://cdn.example/b.jpg"}  # fmt: skip
    assert image_urls(json_page(data)) == ["https://cdn.example/b.jpg", "https://cdn.example/a.jpg"]


def test_image_pages_have_no_image_urls() -> None:
    assert (
        image_urls(Page(url="https://x/1.jpg", content_type="image/jpeg", body=b"\xff\xd8")) == []
    )


def test_subject_with_nothing_given_still_works() -> None:
    bare = Subject(name="")
    assert extract_findings(html_page(RICH), bare)
    assert extract_findings(html_page(RICH), PLAIN)


def test_results_follow_the_page_content_not_just_its_address() -> None:
    first = html_page(
        '<div class="h-card"><span class="p-name">Mo K</span><img src="/a.jpg"></div>'
    )
    second = html_page(
        '<div class="h-card"><span class="p-name">Jo B</span><img src="/b.jpg"></div>'
    )
    assert first.url == second.url
    assert (display_name(first), display_name(second)) == ("Mo K", "Jo B")
    assert image_urls(first) == ["https://profile.example.org/a.jpg"]
    assert image_urls(second) == ["https://profile.example.org/b.jpg"]
    assert display_name(first) == "Mo K"  # asked again: same answer
