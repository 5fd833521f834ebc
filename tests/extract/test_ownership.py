"""Whose details are these? Contacts, employers and places tied to the subject, not merely on
the page; furniture, shared posts, namesakes and photo credits left out.

These rows come from the held-out corpus's false positives (fixtures/extract/heldout), written
as small general cases rather than copies of its pages.
"""

from __future__ import annotations

import pytest

from selfaudit.extract import extract_findings
from selfaudit.extract.base import build_document
from selfaudit.extract.filters import not_a_phone, phone_context
from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind

from .helpers import MORAG, html_page, json_page, values

OTHER_URL = "https://www.newsletter.example.org/issue-12"
"""A page that is not the subject's own (no handle or name in its address)."""

PHONE, EMAIL = FindingKind.PHONE, FindingKind.EMAIL
WORKPLACE, LOCATION = FindingKind.WORKPLACE, FindingKind.LOCATION
TAGGED, WORK_TALK = FindingKind.TAGGED_PHOTO, FindingKind.WORK_TALK


# -- 1. contact details belong to someone -----------------------------------------------------
@pytest.mark.parametrize(
    ("body", "kind", "expected"),
    [
        # next to her name (same paragraph, or a card headed with her name)
        ("<p>Morag Kelly runs the group: call 0131 496 0123.</p>", PHONE, ["+441314960123"]),
        (
            '<div class="officer"><h3>Welfare officer - Morag Kelly</h3><p>Worried? Call or text'
            " Morag on 07700 900222.</p></div>"
            '<div class="officer"><h3>Chair - Peter Oldroyd</h3><p>Mob: 07700 900311</p></div>',
            PHONE,
            ["+447700900222"],
        ),
        # one she gave us counts wherever it is
        ("<p>Collections: text her on 07700 900123.</p>", PHONE, ["+447700900123"]),
        # other people's
        ("<p>Morag Kelly says hi.</p><p>Flowers: Jean, 0141 496 0123.</p>", PHONE, []),
        (
            "<p>Thanks to Ann Lee, Morag Kelly and Tom Hay.</p>"
            "<p>Questions? Email events@example.org.</p>",
            EMAIL,
            [],
        ),
        (
            "<table><tr><td>Morag Kelly (Chair)</td></tr>"
            "<tr><td>Officer: Mark Bentley, mark.b@example.org</td></tr></table>",
            EMAIL,
            [],
        ),
    ],
)
def test_contacts_tied_to_the_subject(body: str, kind: FindingKind, expected: list[str]) -> None:
    assert values(html_page(body, url=OTHER_URL), MORAG, kind) == expected


@pytest.mark.parametrize(
    ("body", "kind", "expected"),
    [
        # on her own page her details are hers...
        ("<p>Ring me on 0131 496 0123.</p>", PHONE, ["+441314960123"]),
        ("<p>Say hi: mk.bakes@example.com</p>", EMAIL, ["mk.bakes@example.com"]),
        # ...but not the ones she gives to someone else
        ("<p>Hannah makes lovely yarn, call her on 07700 900601.</p>", PHONE, []),
        ("<p>Any questions, text Tom on 07700 900233.</p>", PHONE, []),
        ("<p>Referee: Mrs J. Haldane, tel. 0131 496 0800</p>", PHONE, []),
        ("<p>&ldquo;Best cake ever&rdquo; &ndash; Carol (carol.m@example.net)</p>", EMAIL, []),
        # furniture around her page is not hers
        (
            '<aside class="widget"><p>Organiser: Gail, call 07700 900871</p></aside>',
            PHONE,
            [],
        ),
        ('<div id="sidebar"><p>Secretary: guild@example.com</p></div>', EMAIL, []),
        ('<div class="hero-widget__footer">contact admin@example.com</div>', EMAIL, []),
        ('<div role="complementary"><p>Ring me on 0131 496 0552</p></div>', PHONE, []),
        ('<header class="site-header">Helpline 020 7946 0100</header>', PHONE, []),
    ],
)
def test_contacts_on_her_own_page(body: str, kind: FindingKind, expected: list[str]) -> None:
    assert values(html_page(body), MORAG, kind) == expected


def test_sidebar_about_her_is_kept() -> None:
    body = '<aside class="sidebar"><h2>About me</h2><p>Morag Kelly. Living in Leith.</p></aside>'
    assert values(html_page(body, url=OTHER_URL), MORAG, LOCATION) == ["Leith"]


@pytest.mark.parametrize(
    "url",
    [
        "https://profile.example.org/moragk",  # her handle in the path
        "https://moragkelly.example.net/contact",  # her name as the host
        "https://morag.example.org/contact",  # her first name as the host
    ],
)
def test_own_page_by_address(url: str) -> None:
    assert build_document(html_page("<p>x</p>", url=url), MORAG).owner_is_subject


def test_own_page_by_self_introduction() -> None:
    doc = build_document(html_page("<p>Hiya, I’m Morag.</p>", url=OTHER_URL), MORAG)
    assert doc.owner_is_subject


def test_forum_posts_by_others_are_dropped() -> None:
    post = (
        '<div class="post"><dl><dt><a class="username">{who}</a></dt>'
        '<dd class="profile-location"><strong>Location:</strong> {where}</dd></dl>'
        '<div class="content">{text}</div></div>'
    )
    body = post.format(who="moragk", where="EH6", text="Off to a case conference tomorrow.")
    body += post.format(who="PurlJam", where="Whitby", text="Ring 0113 496 0745 evenings")
    page = html_page(body, url="https://forum.example/viewtopic.php?t=1")
    assert values(page, MORAG, LOCATION) == ["EH6"]
    assert values(page, MORAG, PHONE) == []


# -- 2 and 6. employers, towns and addresses tied to the subject -----------------------------
@pytest.mark.parametrize(
    ("body", "kind", "expected"),
    [
        # the employer's own site, the subject not on it
        ("<p>Dunmore Council, Town Hall, Leith EH6 7AA.</p>", WORKPLACE, []),
        ("<p>Dunmore Council, Town Hall, Leith EH6 7AA.</p>", LOCATION, []),
        # a relative's employer
        (
            "<p>Cllr Morag Kelly declared an interest as her husband is employed by Dunmore"
            " Council.</p>",
            WORKPLACE,
            [],
        ),
        # named in one list, employer in another: nothing links them
        (
            "<p>Referrals came from Dunmore Council and others.</p>"
            "<p>Thanks to our volunteers: Ann Lee, Morag Kelly, Tom Hay.</p>",
            WORKPLACE,
            [],
        ),
        # a venue's or club's address is not hers
        (
            "<p>Morag Kelly is our welfare officer.</p>"
            "<p>Ground: Kirk Lane Ground, Kirk Lane, Leeds LS5 3BN.</p>",
            LOCATION,
            [],
        ),
        # a town that starts another name ("Leith Examiner") is not a place of hers
        ("<p>Morag Kelly (Image: Leith Examiner)</p>", LOCATION, []),
        # tied: next to her name
        (
            "<p>Congratulations to Morag Kelly, now a social worker at Dunmore Council.</p>",
            WORKPLACE,
            ["Dunmore Council"],
        ),
        (
            "<p>Morag Kelly, 12 Shore Road, Leith EH6 6QW</p>",
            LOCATION,
            ["12 Shore Road, Leith EH6 6QW"],
        ),
    ],
)
def test_places_and_employers_tied(body: str, kind: FindingKind, expected: list[str]) -> None:
    assert values(html_page(body, url=OTHER_URL), MORAG, kind) == expected


def test_employer_named_by_its_own_staff_page() -> None:
    head = "<title>Our team - Dunmore Council</title>"
    body = '<div class="team-member"><h3>Morag Kelly</h3><p>Social worker</p></div>'
    page = html_page(body, head=head, url="https://www.dunmore.example.org/team")
    assert values(page, MORAG, WORKPLACE) == ["Dunmore Council"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>I’m from Kirkcaldy originally.</p>", ["Kirkcaldy"]),
        ("<p>Originally from Swansea, home is Leyton.</p>", ["Swansea", "Leyton"]),
        ('<p><span class="owner-location">Leith, UK</span></p>', ["Leith, UK"]),
        (
            '<ul class="experience"><li>Nurse<p class="item__location">Chingford</p></li></ul>',
            [],
        ),
    ],
)
def test_location_phrases_and_fields(body: str, expected: list[str]) -> None:
    assert values(html_page(body), MORAG, LOCATION) == expected


def test_experience_location_is_not_the_employer() -> None:
    body = (
        "<h2>Experience</h2><ul><li><div>Nursery Practitioner</div><div>Brightpath Nurseries"
        ' Ltd</div><p class="item__location">Chingford</p></li></ul>'
    )
    assert "Brightpath Nurseries Ltd" in values(html_page(body), MORAG, WORKPLACE)
    assert "Chingford" not in values(html_page(body), MORAG, WORKPLACE)


# -- 3. a namesake's profile ------------------------------------------------------------------
def test_same_name_other_handle_employer_and_town_is_a_namesake() -> None:
    page = json_page(
        {
            "login": "moragkelly",
            "avatar_url": "https://a.example/1",
            "public_repos": 3,
            "name": "Morag Kelly",
            "company": "Highland Plumbing Supplies",
            "location": "Inverness",
            "email": "morag@example.com",
        },
        url="https://api.github.example/users/moragkelly",
    )
    found = extract_findings(page, MORAG)
    assert found and all(f.may_not_be_you for f in found)


def test_same_name_sharing_the_employer_is_not_a_namesake() -> None:
    page = json_page(
        {
            "login": "moragkelly",
            "avatar_url": "https://a.example/1",
            "public_repos": 3,
            "name": "Morag Kelly",
            "company": "Dunmore Council",
            "location": "Inverness",
        },
        url="https://api.github.example/users/moragkelly",
    )
    found = extract_findings(page, MORAG)
    assert found and not any(f.may_not_be_you for f in found)


# -- 4. photo credits -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '<figure><img src="/a.jpg" alt="The rings"><figcaption>The rings · Photo: Morag Kelly'
            "</figcaption></figure>",
            [],
        ),
        (  # Instagram's alt with a given name only: who posted it, not a name on the photo
            '<img src="/b.jpg" alt="Photo by Morag on May 03, 2025. May be grass.">',
            [],
        ),
        (
            '<figure><img src="/c.jpg" alt="Harbour"><figcaption>© Morag Kelly 2025</figcaption>'
            "</figure>",
            [],
        ),
        (
            '<img src="/d.jpg" alt="Photo by Morag Kelly. Morag Kelly with her cousins.">',
            ["https://profile.example.org/d.jpg"],
        ),
    ],
)
def test_photo_credit_is_not_a_tag(body: str, expected: list[str]) -> None:
    assert values(html_page(body), MORAG, TAGGED) == expected


# -- 5. phone look-alikes ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("voucher number (e.g. 07700 900155)", False),
        ("my number is 07700 900155", True),
    ],
)
def test_number_is_not_phone_context(text: str, expected: bool) -> None:
    assert phone_context(text, text.index("07700")) is expected


@pytest.mark.parametrize("text", ["ref BM-2025-0412", "Contract JC-2025-0077"])
def test_hyphenated_code_is_not_a_phone(text: str) -> None:
    start = text.index("2025")
    assert not_a_phone(text, start, len(text)) == "part of a code"


# -- shared posts and work talk ----------------------------------------------------------------
def test_boosted_post_is_not_hers() -> None:
    body = (
        '<div class="h-entry"><div>Mo boosted</div><div class="e-content"><p>My manager told a'
        " family the wrong times again.</p></div></div>"
        '<div class="h-entry"><div class="e-content"><p>Nice walk today.</p></div></div>'
    )
    assert values(html_page(body), MORAG, WORK_TALK) == []


def test_bluesky_feed_skips_reposts() -> None:
    me = {"did": "did:plc:me", "handle": "moragk.bsky.example", "displayName": "Morag Kelly"}
    other = {"did": "did:plc:org", "handle": "org.bsky.example", "displayName": "Org"}
    feed = {
        "feed": [
            {"post": {"author": me, "record": {"text": "Court report due at 9 tomorrow."}}},
            {
                "post": {"author": other, "record": {"text": "Call 0131 496 0650 to take part."}},
                "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "by": me},
            },
        ]
    }
    page = json_page(feed, url="https://api.bsky.example/xrpc/app.bsky.feed.getAuthorFeed")
    assert values(page, MORAG, PHONE) == []
    assert values(page, MORAG, WORK_TALK) == ["Court report due at 9 tomorrow."]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three sleepovers in a row this week and the rota is still a mess.", True),
        ("The manager keeps promising new starts but none of them last.", True),
        ("One of the lads I support finally got the keys to his own flat.", True),
        ("Handover took an hour tonight because nobody had updated the care plans.", True),
        ("Management want us to do more with less and then wonder why folk are off sick.", True),
        ("IT have locked me out of the case recording system again.", True),
        # without a personal voice these are job-ad and CV words
        ("Starting salary £12.60 per hour, plus sleepover allowance.", False),
        ("Personal care, budgeting, lone working and sleepovers.", False),
    ],
)
def test_more_work_talk(sentence: str, expected: bool) -> None:
    assert is_work_talk(sentence) is expected


TRIP_REPORT = (
    "<div id='main'><h1>Ben Vorlich from Ardvorlich</h1><div class='report-text'>"
    "<p>After a week of home visits in the rain I needed a day where nobody wanted a risk"
    " assessment from me.</p></div></div>"
    "<div id='sidebar'><div class='box userbox'><h3>About the author</h3>"
    "<p><a href='/members/{who}'><strong>{who}</strong></a></p>"
    "<dl><dt>Location</dt><dd>Leith</dd></dl></div></div>"
)


@pytest.mark.parametrize(("who", "hers"), [("moragk", True), ("dougie_f", False)])
def test_a_report_whose_about_the_author_box_names_her_is_hers(who: str, hers: bool) -> None:
    """A trip report site names the writer only in a sidebar box headed "About the author":
    her report's words and town are hers; another walker's report gives nothing of hers."""
    page = html_page(TRIP_REPORT.format(who=who), url="https://munros.example.org/reports/113")
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert talk == (
        ["After a week of home visits in the rain I needed a day where nobody wanted a risk"
         " assessment from me."] if hers else []
    )  # fmt: skip
