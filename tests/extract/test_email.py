"""Email addresses: plain, mailto:, structured and obfuscated; look-alikes dropped."""

from __future__ import annotations

import pytest

from selfaudit.extract.filters import not_an_email
from selfaudit.models import FindingKind

from .helpers import PLAIN, html_page, json_page, values

KIND = FindingKind.EMAIL


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>Email morag.kelly@example.org for anything.</p>", ["morag.kelly@example.org"]),
        ("<p>Write to Morag.Kelly@Example.ORG.</p>", ["morag.kelly@example.org"]),
        ('<a href="mailto:mk@example.com?subject=Hi">Email</a>', ["mk@example.com"]),
        ('<a href="MAILTO:a@example.org,b@example.org">us</a>', ["a@example.org", "b@example.org"]),
        ("<p>morag [at] example [dot] org</p>", ["morag@example.org"]),
        ("<p>morag.kelly (at) example (dot) co (dot) uk</p>", ["morag.kelly@example.co.uk"]),
        ("<p>moragk(at)example.org</p>", ["moragk@example.org"]),
        ("<p>mk{at}example.com</p>", ["mk@example.com"]),
        ("<p>morag at example dot org</p>", ["morag@example.org"]),
        ("<p>MORAG AT EXAMPLE DOT ORG</p>", ["morag@example.org"]),
        ("<p>Write to me: morag dot kelly at example dot net</p>", ["morag.kelly@example.net"]),
        ("<p>morag [dot] kelly [at] example [dot] com</p>", ["morag.kelly@example.com"]),
        # held-out corpus 6: a sentence around a bracketed address, a layout gluing a word on
        (
            "<p>Drop me a line at morag [dot] kelly [at] example [dot] org</p>",
            ["morag.kelly@example.org"],
        ),
        ("<p>📩 mk@example.com<span>Watch the latest video</span></p>", ["mk@example.com"]),
        ("<p>📩 mk@example.com.Watch the latest video</p>", ["mk@example.com"]),
        ("<p>tag+news@example.org</p>", ["tag+news@example.org"]),
        (
            '<script type="application/ld+json">{"@type":"Person","name":"Morag Kelly",'
            '"email":"mailto:MK@example.org"}</script>',
            ["mk@example.org"],
        ),
        (
            '<div class="h-card"><a class="p-name u-email" href="mailto:hc@example.org">'
            "Morag Kelly</a></div>",
            ["hc@example.org"],
        ),
    ],
)
def test_email_found(body: str, expected: list[str]) -> None:
    assert values(html_page(body), PLAIN, KIND) == expected


@pytest.mark.parametrize(
    "body",
    [
        "<p>Site logo: logo@2x.png</p>",
        "<p>icons: sprite@3x.webp, hero@1.5x.jpg</p>",
        "<p>ping me @ the meeting</p>",
        "<p>user@localhost</p>",
        "<p>I work at Dunmore Council.</p>",  # "at" without any spelled-out dot
        "<p>See you at example.org soon</p>",
        '<div class="comment-body"><p>email me at dave.b@example.com</p></div>',
        "<footer>privacy@example.com</footer>",
        "<p>Find me on Mastodon: @moragk@mastodon.scot</p>",  # a fediverse handle
    ],
)
def test_not_an_email(body: str) -> None:
    assert values(html_page(body), PLAIN, KIND) == []


def test_email_from_api_json() -> None:
    page = json_page(
        {"login": "moragk", "avatar_url": "https://a.example/1", "html_url": "https://g/moragk",
         "public_repos": 1, "name": "Morag Kelly", "email": "Morag@Example.org"}
    )  # fmt: skip
    assert values(page, PLAIN, KIND) == ["morag@example.org"]


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("a@example.org", True),
        ("logo@2x.png", False),
        ("x@1.5x.jpg", False),
        ("a@example", False),
        ("a@example.123", False),
        ("@example.org", False),
    ],
)
def test_email_filter(address: str, ok: bool) -> None:
    assert (not_an_email(address) is None) is ok


@pytest.mark.parametrize(
    "inbox",
    [
        "<p>News from our alumni office: alumni@example.org</p>",
        "<p>Book us: <a href='mailto:bookings@example.org'>bookings@example.org</a></p>",
        # the band's own address, beside the member's own
        "<p>For general enquiries use <a href='mailto:shufflers@example.com'>"
        "shufflers@example.com</a>.</p>",
        # a venue's box office on the page about her show
        "<p>Call the box office on 01632 960774. Group bookings: <a href='mailto:boxoffice"
        "@example.co.uk'>boxoffice@example.co.uk</a>.</p>",
        "<p>Group bookings: <a href='mailto:lewesvenue@example.co.uk'>lewesvenue@example.co.uk"
        "</a>.</p>",
        # a university's placements office in the sidebar of a student's blog
        "<p>Admissions: 01632 960500. Placements office: <a href='mailto:sw-placements"
        "@example.org'>sw-placements@example.org</a>.</p>",
    ],
)
def test_a_shared_inbox_is_the_organisations_not_the_subjects(inbox: str) -> None:
    """On her own page, beside her own address: only hers reaches her."""
    body = f"<h1>Morag Kelly</h1><p>Email me: morag.kelly@example.org</p>{inbox}"
    assert values(html_page(body), PLAIN, KIND) == ["morag.kelly@example.org"]
