"""Workplaces: named employers found in any form, discovered ones only from work phrases."""

from __future__ import annotations

import pytest

from selfaudit.extract.base import build_document
from selfaudit.extract.orgs import employer_variants, names_employer, same_org
from selfaudit.models import FindingKind, Severity, Subject

from .helpers import PLAIN, findings, html_page, json_page, values

KIND = FindingKind.WORKPLACE


def subject(*employers: str) -> Subject:
    return Subject(name="Morag Kelly", handles=("moragk",), employers=employers)


@pytest.mark.parametrize(
    ("employers", "body", "expected"),
    [
        # employers the subject named, however the page writes them, reported as the subject
        # wrote them: one employer is one finding across pages and rechecks
        (("Dunmore Council",), "<p>Proud to be part of Dunmore Council.</p>", ["Dunmore Council"]),
        (("Dunmore Council",), "<p>new job with dunmore council!</p>", ["Dunmore Council"]),
        (("Arden Vale Borough Council",), "<p>Back in at Arden Vale Council tomorrow.</p>",
         ["Arden Vale Borough Council"]),  # the kind of council left out
        (("Dunmore Council",), "<p>Dunmore Council Social Work team</p>", ["Dunmore Council"]),
        (("Dunmore Council Social Work",), "<p>I love Dunmore Council.</p>",
         ["Dunmore Council Social Work"]),
        (("The Riverside Care Trust",), "<p>Riverside Care Trust rocks</p>",
         ["The Riverside Care Trust"]),
        (("Dunmore Council",), "<p>Dunmore\n  Council</p>", ["Dunmore Council"]),
        # discovered from phrases that say the author works there
        ((), "<p>Social worker at Dunmore Council. Views my own.</p>", ["Dunmore Council"]),
        ((), "<p>Support worker for Riverside Care Trust in Perth</p>", ["Riverside Care Trust"]),
        ((), "<p>Social worker @ Dunmore Council | tea</p>", ["Dunmore Council"]),
        ((), "<p>Currently working for Acme Homes Ltd.</p>", ["Acme Homes Ltd"]),
        ((), "<p>Employed by Glenview Care Home since 2019.</p>", ["Glenview Care Home"]),
        ((), "<p>Works at Riverside Care Trust</p>", ["Riverside Care Trust"]),
        ((), "<p>Before this I spent three years at Hawthorn Ridge Residential in Dudley.</p>",
         ["Hawthorn Ridge Residential"]),
        ((), "<p>Nurse at NHS Lothian's Royal Infirmary</p>", ["NHS Lothian"]),
        ((), "<p>Student social worker on placement with Action for Children.</p>",
         ["Action for Children"]),
        ((), "<p>Social worker at <a href='/x'>Dunmore Council</a>'s Leith office</p>",
         ["Dunmore Council"]),
        ((), "<p>Morag Kelly, a social worker at Dunmore Council, said</p>", ["Dunmore Council"]),
        # structured profile data
        ((), '<script type="application/ld+json">{"@type":"Person","name":"Morag Kelly",'
             '"worksFor":{"@type":"Organization","name":"Dunmore Council"}}</script>',
         ["Dunmore Council"]),
        ((), '<script type="application/ld+json">{"@type":"Person","name":"Morag Kelly",'
             '"affiliation":["Riverside Care Trust"]}</script>', ["Riverside Care Trust"]),
        ((), '<div class="h-card"><span class="p-name">Morag Kelly</span>'
             '<span class="p-org">Dunmore Council</span></div>', ["Dunmore Council"]),
        # an "Experience" list
        ((), "<h2>Experience</h2><ul><li>Senior Social Worker — Dunmore Council (2019–present)</li>"
             "<li>Care Assistant · Glenview Care Home · 2015–2019</li></ul>",
         ["Dunmore Council", "Glenview Care Home"]),
        ((), '<h3>Work experience</h3><ul><li><span class="role">Carer</span>'
             '<span class="company">Riverside Care Trust</span></li></ul>',
         ["Riverside Care Trust"]),
        # a role word inside an employer's name; the job's place on a line of its own
        ((), "<h2>Experience</h2><ul><li><h3>Project Worker</h3><h4>Northside Young Carers"
             " Network</h4><p>Jun 2016 - Aug 2019</p><p>Newtownabbey, Northern Ireland,"
             " United Kingdom</p></li></ul>", ["Northside Young Carers Network"]),
        ((), "<h2>Experience</h2><ul><li><h3>Bank Carer</h3><p>2016 - 2019</p>"
             "<p>Newtownabbey, Northern Ireland, United Kingdom</p></li></ul>", []),
        # one organisation in several forms is one finding
        (("Dunmore Council",), "<p>Social worker at Dunmore Council Social Work.</p>",
         ["Dunmore Council"]),
    ],
)  # fmt: skip
def test_workplace_found(employers: tuple[str, ...], body: str, expected: list[str]) -> None:
    assert values(html_page(body), subject(*employers), KIND) == expected


@pytest.mark.parametrize(
    ("employers", "body"),
    [
        ((), "<p>Picked up new boots from Hilltop Outdoor Ltd at the weekend.</p>"),
        ((), "<p>My brother works at Tayside Engineering Ltd.</p>"),
        ((), "<p>My husband is a nurse at Ninewells Hospital.</p>"),
        ((), "<p>A piece by Jane Smith, a manager at Acme Digital, about boots.</p>"),
        ((), "<p>Social worker in Edinburgh.</p>"),  # a place, not an employer
        ((), "<p>Worked at home today.</p>"),
        ((), "<p>I spent two years at Leeds, then a few months at Center Parcs.</p>"),
        ((), "<p>Nightshift worker at the moment</p>"),
        (("Dunmore Council",), "<p>The Dunmore Councillors met.</p>"),  # word-bounded
        (("Dunmore Council",), '<div class="comment"><p>I work at Dunmore Council too</p></div>'),
        ((), '<ol class="commentlist"><li>Care worker at Riverside Care Trust here</li></ol>'),
        ((), "<footer>Site by Example Web Ltd, working for Acme since 2010</footer>"),
    ],
)
def test_not_a_workplace(employers: tuple[str, ...], body: str) -> None:
    assert values(html_page(body), subject(*employers), KIND) == []


def test_github_company() -> None:
    page = json_page(
        {"login": "moragk", "avatar_url": "https://a.example/1", "html_url": "https://g/moragk",
         "public_repos": 1, "name": "Morag Kelly", "company": "@dunmore-council"}
    )  # fmt: skip
    assert values(page, PLAIN, KIND) == ["dunmore-council"]


def test_severity_rises_with_full_name() -> None:
    named = findings(html_page("<h1>Morag Kelly</h1><p>Works at Dunmore Council</p>"), PLAIN, KIND)
    anonymous = findings(html_page("<p>Works at Dunmore Council</p>"), PLAIN, KIND)
    assert [f.severity for f in named] == [Severity.HIGH]
    assert [f.severity for f in anonymous] == [Severity.LOW]


def test_other_peoples_cards_on_a_team_page_are_ignored() -> None:
    body = (
        '<div class="h-card"><span class="p-name">John Smith</span>'
        '<span class="p-org">Acme Robotics</span></div>'
        '<div class="h-card"><span class="p-name">Morag Kelly</span>'
        '<span class="p-org">Dunmore Council</span></div>'
    )
    assert values(html_page(body), PLAIN, KIND) == ["Dunmore Council"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dunmore Council", "Dunmore Council Social Work", True),
        ("The Riverside Trust", "riverside trust", True),
        ("Dunmore Council", "Dunmore College", False),
        ("Dunmore", "Dunmore Council", True),
        ("", "Dunmore Council", False),
        ("Ness & Moray Firth Council", "Ness and Moray Firth Council", True),
        ("Forth & Clyde Trust", "Forth Valley Trust", False),
    ],
)
def test_same_org(a: str, b: str, same: bool) -> None:
    assert same_org(a, b) is same


def test_employer_variants_shorten_generic_suffixes_only() -> None:
    variants = employer_variants("Dunmore Council Social Work Services")
    assert variants[:2] == ["Dunmore Council Social Work Services", "Dunmore Council"]
    # then the forms with initials staff write, the first word always kept
    assert "Dunmore Council SWS" in variants and "Dunmore Council SW Services" in variants
    # and the whole name as an acronym, which is only ever matched in capitals
    assert variants[-1] == "DCSWS"
    # and run together, as an account name writes it
    assert "DunmoreCouncilSocialWorkServices" in variants
    assert all(v.startswith("Dunmore") for v in variants[:-1])
    # one word would be left
    assert employer_variants("Riverside Team") == ["Riverside Team", "RiversideTeam"]


def test_where_they_studied_is_not_where_they_work() -> None:
    body = (
        "<h1>Morag Kelly</h1><p>Former Support Worker at Leith Home Care</p>"
        "<p>Studied Social Work at Pennine Metropolitan University</p>"
    )
    assert values(html_page(body), PLAIN, KIND) == ["Leith Home Care"]


@pytest.mark.parametrize(
    ("account", "employer", "named"),
    [
        ("@LarkfieldCH", "Larkfield Children's Homes Ltd", True),
        ("@BrackenfieldSCH", "Brackenfield Secure Children's Home", True),
        ("@MedwayValeNHS", "Medway Vale Community Health NHS Trust", True),
        ("@tallowmerefamilies", "Tallowmere Family Trust", True),
        ("@tallowmerefc", "Tallowmere Family Trust", False),  # the football club
        ("@medwaycouncil", "Medway Vale Community Health NHS Trust", False),
        ("@LarkfieldRFC", "Larkfield Children's Homes Ltd", False),
        ("@laganbannhsct", "Lagan and Bann Health and Social Care Trust", True),  # no "and"
        ("@laganbannfc", "Lagan and Bann Health and Social Care Trust", False),
    ],
)
def test_an_organisations_account_name_names_it(account: str, employer: str, named: bool) -> None:
    """Organisations name their accounts by the first word and the initials of the rest, or
    by their short name and a generic word."""
    assert names_employer(account, employer) is named


@pytest.mark.parametrize(
    ("written", "expected"),
    [("Carse & Teith Council", "Carse and Teith Council"),
     ("Carse and Teith Council", "Carse and Teith Council"),
     ("Carse & Forth Council", None)],  # another council
)
def test_an_ampersand_names_the_same_employer_as_and(written: str, expected: str | None) -> None:
    """She wrote "Carse and Teith Council" when she set up the audit; her comment says "Rehab
    worker with Carse & Teith Council"."""
    page = html_page(f"<h1>Morag Kelly</h1><p>Rehab worker for visually impaired adults with"
                     f" {written}, so mostly cane training.</p>")  # fmt: skip
    who = subject("Carse and Teith Council")
    assert values(page, who, KIND) == ([expected] if expected else [])


def test_a_profile_field_giving_role_at_employer_is_the_employer() -> None:
    """A Mastodon field "Work: Family support @ Kirkdale & Walton Council" is her employer,
    reported as she wrote it, once."""
    data = {"id": "1093", "username": "moragk", "acct": "moragk", "display_name": "Morag Kelly",
            "url": "https://mastodon.social/@moragk", "note": "<p>Hello.</p>",
            "fields": [{"name": "Work", "value": "Family support @ Kirkdale &amp; Walton Council"}]}
    page = json_page(data, url="https://mastodon.social/api/v1/accounts/lookup?acct=moragk")
    who = subject("Kirkdale and Walton Borough Council")
    assert values(page, who, KIND) == ["Kirkdale and Walton Borough Council"]
    assert values(page, PLAIN, KIND) == ["Kirkdale & Walton Council"]


def test_a_role_at_an_account_names_the_account_and_no_more() -> None:
    """"Hospital discharge social worker @CalderReachNHS Tea, clay, fell runs.": the bio's
    next words are not part of the employer's name."""
    who = subject("Calder Reach NHS Foundation Trust")
    page = html_page("<p>Hospital discharge social worker @CalderReachNHS Tea, clay, fell runs."
                     " Views my own.</p>", url="https://x.com/moragk")  # fmt: skip
    assert values(page, who, KIND) == ["Calder Reach NHS Foundation Trust"]
    page = html_page("<p>Youth worker @BrackenfieldSCH. Coach of the worst U14s.</p>",
                     url="https://x.com/moragk")  # fmt: skip
    assert values(page, PLAIN, KIND) == ["BrackenfieldSCH"]


FB_THREAD = (
    "<div role='article' aria-labelledby='h1'><h3 id='h1'><a href='/moragk'>Morag Kelly</a>"
    "</h3><p>Set list for Saturday is up.</p><div role='list' aria-label='Comments'>"
    "<div role='article' aria-label='Comment by Dai Morgan 1 week ago'><a href='/dai'>Dai"
    " Morgan</a><div dir='auto'>{asked}</div>"
    "<div role='article' aria-label=\"Reply by Morag Kelly to Dai Morgan's comment 1 week ago\">"
    "<a href='/moragk'>Morag Kelly</a><div dir='auto'>{reply}</div></div></div></div></div>"
)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Haha. You still at Dunmore Council Morag?", ["Dunmore Council"]),
        ("Is this the same Morag who helped my lad at Dunmore Council?", ["Dunmore Council"]),
        # not to her, or about someone else's job
        ("Dunmore Council have shut the library again.", []),
        ("My sister works at Dunmore Council, do you know her?", []),
    ],
)
def test_a_friends_question_she_answers_names_her_employer(
    asked: str, expected: list[str]
) -> None:
    """"You still at Taff Bay, Leonie?" answered "Still there!": together they say where she
    works, and the evidence shows the friend's words."""
    thread = FB_THREAD.format(asked=asked, reply="Still there!")
    page = html_page(thread, url="https://www.facebook.com/groups/x/1")
    found = findings(page, subject("Dunmore Council"), KIND)
    assert [f.value for f in found] == expected
    assert all("still at" in f.evidence or "helped my lad" in f.evidence for f in found)


def test_a_question_she_turns_down_is_the_askers_guess() -> None:
    thread = FB_THREAD.format(
        asked="Is this Dunmore Council by any chance? You sound like my mate's PA",
        reply="Ha, I'm not saying which council on here! Glad it helped though.",
    )
    page = html_page(thread, url="https://www.facebook.com/groups/x/1")
    assert values(page, subject("Dunmore Council"), KIND) == []


def test_a_question_she_never_answered_is_not_about_her() -> None:
    thread = FB_THREAD.format(asked="You still at Dunmore Council Morag?", reply="Still there!")
    someone_else = thread.replace("Morag Kelly to", "Gwen Talbot to").replace(
        "<a href='/moragk'>Morag Kelly</a><div", "<a href='/g'>Gwen Talbot</a><div"
    )
    page = html_page(someone_else, url="https://www.facebook.com/groups/x/1")
    assert values(page, subject("Dunmore Council"), KIND) == []


YOUTUBE_THREAD = (
    "<h1>Napoli, solo cornet</h1><div id='owner'><a href='/@moragk'>Morag Kelly</a></div>"
    "<ytd-comment-thread-renderer class='style-scope ytd-item-section-renderer'>"
    "<ytd-comment-view-model id='comment'><h3><a id='author-text' href='/@brianb'>@brianb</a>"
    "</h3><div id='expander'><span>{asked}</span></div></ytd-comment-view-model>"
    "<div id='replies'><ytd-comment-replies-renderer><ytd-comment-view-model is-reply>"
    "<h3><a id='author-text' href='/@moragk'>@moragk</a></h3><div id='expander'><span>"
    "@brianb ha, thanks!</span></div></ytd-comment-view-model></ytd-comment-replies-renderer>"
    "</div></ytd-comment-thread-renderer>"
)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Lovely tone! Saw you at the Northmoor stall on Saturday.",
         ["Northmoor Recovery Foundation"]),  # the short name staff use
        ("Lovely tone! Saw you at the northmoor stall on Saturday.", []),  # not a name
        ("Lovely tone! Saw you at the Leith stall on Saturday.", []),
    ],
)  # fmt: skip
def test_the_comment_a_youtube_reply_answers_is_the_threads_first(
    asked: str, expected: list[str]
) -> None:
    """YouTube puts replies in a box below the comment they answer, not inside it."""
    page = html_page(YOUTUBE_THREAD.format(asked=asked), url="https://www.youtube.com/watch?v=x")
    morag = Subject(
        name="Morag Kelly", handles=("moragk",), locations=("Leith",),
        employers=("Northmoor Recovery Foundation", "Leith Community Trust"),
    )  # fmt: skip
    assert values(page, morag, KIND) == expected


THREADS_POST = (
    "<div class='x78zum5 xdt5ytf' data-pressable-container='true'><a href='/@{who}'>"
    "<img alt=\"{who}'s profile picture\" src='/{who}.jpg'></a><span><a href='/@{who}'>"
    "<span>{who}</span></a></span><div><span>{said}</span></div></div>"
)


def threads(*posts: tuple[str, str]) -> str:
    return "".join(THREADS_POST.format(who=who, said=said) for who, said in posts)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (("ciarankav", "Are you at Abbey Yard? My uncle goes there on Mondays!"),
         ["Abbey Yard Day Centre"]),  # the short name, "Day Centre" left off
        # her own repost of the employer's post is not a question to her
        (("moragk", "moragk reposted abbeyyard We're recruiting at Abbey Yard! Could it be"
                    " you?"), []),
        # the sentence naming the employer speaks of the writer, not to her
        (("quietharmonica", "Honest answer? Nine years at Abbey Yard, burnt to a crisp. Be kind"
                            " to yourself."), []),
    ],
)  # fmt: skip
def test_in_a_flat_thread_the_post_before_hers_is_the_one_she_answers(
    before: tuple[str, str], expected: list[str]
) -> None:
    """Threads lists a thread's posts and replies one after another, none inside another."""
    body = threads(("moragk", "Long day, so here's a thread."), before,
                   ("moragk", "Aye, I am! Tell him I said hiya."))  # fmt: skip
    page = html_page(body, url="https://www.threads.net/@moragk/post/C8x")
    morag = Subject(name="Morag Kelly", handles=("moragk",), employers=("Abbey Yard Day Centre",))
    assert values(page, morag, KIND) == expected


def test_a_top_level_comment_where_comments_nest_answers_the_post_not_its_neighbour() -> None:
    """Reddit nests a reply inside the comment it answers; two top-level comments side by
    side are both answers to the post."""

    def comment(who: str, said: str, inner: str = "") -> str:
        return (
            f"<shreddit-comment author='{who}' depth='0'><div slot='commentMeta'>"
            f"<a href='/user/{who}/'>{who}</a></div><div slot='comment' class='md text-14'>"
            f"<p>{said}</p></div>{inner}</shreddit-comment>"
        )

    body = (
        "<shreddit-post author='moragk'><h1>How do you switch off?</h1></shreddit-post>"
        "<shreddit-comment-tree id='comment-tree'>"
        + comment("jen_sw", "Are you at Dunmore Council? They run a good wellbeing day.",
                  comment("bob", "Agreed."))
        + comment("moragk", "Cold water swims, every Sunday.")
        + "</shreddit-comment-tree>"
    )  # fmt: skip
    page = html_page(body, url="https://www.reddit.com/r/socialwork/comments/1x/switch_off/")
    assert build_document(page, subject("Dunmore Council")).answered == ()
