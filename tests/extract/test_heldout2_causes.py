"""The general causes behind the second held-out corpus's errors, one test (or row) each:
namesakes judged by their own fields or age, other people's replies in a timeline, contacts in
directory rows / WhatsApp links / labelled fields, forum posts signed with a handle, social-care
phrasing in first-person sentences, and values kept as written."""

from __future__ import annotations

import pytest

from selfaudit.extract import extract_findings
from selfaudit.extract.orgs import clean_org
from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind, Subject

from .helpers import MORAG, findings, html_page, values

PHONE = FindingKind.PHONE
EMAIL = FindingKind.EMAIL
LOCATION = FindingKind.LOCATION
WORKPLACE = FindingKind.WORKPLACE
WORK_TALK = FindingKind.WORK_TALK


# 1. namesakes -------------------------------------------------------------------------------
def test_profile_whose_employer_and_town_both_differ_is_a_namesake() -> None:
    page = html_page(
        "<main><h1>Morag Kelly</h1><h2>Senior Data Analyst at Fenwick Freight</h2>"
        "<div>Location: Manchester</div>"
        "<p><a href='mailto:mkelly.data@example.com'>Email</a></p></main>",
        url="https://www.linkedin.example.com/in/morag-kelly-analytics",
    )
    found = extract_findings(page, MORAG)
    assert found and all(f.may_not_be_you for f in found)


@pytest.mark.parametrize(
    "body",
    [
        # her employer is named: hers, even with another town
        "<h1>Morag Kelly</h1><h2>Social Worker at Dunmore Council</h2>"
        "<div>Location: Manchester</div>",
        # her town is named: hers, even with another employer
        "<h1>Morag Kelly</h1><h2>Analyst at Fenwick Freight</h2><div>Location: Leith</div>",
        # her own number is on it
        "<h1>Morag Kelly</h1><h2>Analyst at Fenwick Freight</h2><div>Location: Manchester</div>"
        "<p>Call me on 07700 900123</p>",
    ],
)
def test_profile_matching_one_given_detail_is_not_a_namesake(body: str) -> None:
    found = extract_findings(html_page(body), MORAG)
    assert found and not any(f.may_not_be_you for f in found)


@pytest.mark.parametrize(
    ("caption", "namesake"),
    [
        ("Morag Kelly, 71, with her prize-winning leeks.", True),
        ("Morag Kelly (9) with her science project.", True),
        ("Morag Kelly, 38, with colleagues at the awards.", False),
    ],
)
def test_news_item_about_a_same_name_person_of_another_age(caption: str, namesake: bool) -> None:
    page = html_page(
        "<article><h1>Local news</h1><figure><img src='https://news.example.net/a.jpg' "
        f"alt='{caption}'><figcaption>{caption}</figcaption></figure>"
        f"<p>{caption}</p></article>",
        url="https://news.example.net/2025/story",
    )
    found = extract_findings(page, MORAG)
    assert found and all(f.may_not_be_you is namesake for f in found)


# 2. other people's replies ------------------------------------------------------------------
def test_x_like_reply_by_another_account_is_dropped() -> None:
    body = """
    <section>
      <article><div><span>Morag Kelly</span> <span>@moragk</span> · Jul 6</div>
        <div>Sunset at Leith docks.</div></article>
      <article><div><span>Dan Whitaker</span> <span>@dan_whit</span> · Jul 6</div>
        <div>Replying to <a href="/moragk">@moragk</a></div>
        <div>Stunning. Text me on 07700 900654 if you want my old lens.</div></article>
    </section>"""
    assert values(html_page(body), MORAG, PHONE) == []


def test_x_like_posts_by_the_subject_are_kept() -> None:
    body = """
    <article><div>Morag Kelly @moragk · Jul 6</div><div>On shift again tonight.</div></article>
    <article><div>Morag Kelly @moragk · Jul 5</div><div>Sunset at the docks.</div></article>"""
    assert values(html_page(body), MORAG, WORK_TALK) == ["On shift again tonight."]


# 3. contacts --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "kind", "expected"),
    [
        (  # a staff directory: her row's phone and email, not her colleagues'
            "<table><tr><th>Name</th><th>Phone</th><th>Email</th></tr>"
            "<tr><td>Jo Bell</td><td>0141 496 0701</td>"
            "<td><a href='mailto:jo.bell@example.org'>jo.bell@example.org</a></td></tr>"
            "<tr><td>Morag Kelly</td><td>0141 496 0734</td>"
            "<td><a href='mailto:mkelly@example.org'>mkelly@example.org</a></td></tr></table>",
            PHONE,
            ["+441414960734"],
        ),
        (
            "<table><tr><td>Jo Bell</td><td>0141 496 0701</td>"
            "<td><a href='mailto:jo.bell@example.org'>jo.bell@example.org</a></td></tr>"
            "<tr><td>Morag Kelly</td><td>0141 496 0734</td>"
            "<td><a href='mailto:mkelly@example.org'>mkelly@example.org</a></td></tr></table>",
            EMAIL,
            ["mkelly@example.org"],
        ),
        (  # a WhatsApp link on her own link page is a phone
            "<h1>@moragk</h1><ul><li><a href='https://wa.me/447700900316'>Message me</a></li></ul>",
            PHONE,
            ["+447700900316"],
        ),
        (
            "<h1>@moragk</h1><a href='https://api.whatsapp.com/send?phone=447700900317'>Chat</a>",
            PHONE,
            ["+447700900317"],
        ),
        (  # a labelled field on her own profile, the label on its own line
            "<h1>Morag Kelly</h1><dl><dt>Phone</dt><dd>0113 496 0587 (Home)</dd></dl>",
            PHONE,
            ["+441134960587"],
        ),
    ],
)
def test_contacts_found(body: str, kind: FindingKind, expected: list[str]) -> None:
    assert values(html_page(body, url="https://example.org/page"), MORAG, kind) == expected


# 4. forum posts signed with a handle --------------------------------------------------------
def test_forum_posts_signed_with_her_handle_are_hers() -> None:
    body = """
    <div class="post"><div class="author"><a href="/u/sue_m">sue_m</a></div>
      <div class="body"><p>Anyone know the new bin day? Ring me on 07700 900871.</p></div></div>
    <div class="post"><div class="author"><a href="/u/moragk">moragk</a>
      <span>Member since 2021</span></div>
      <div class="body"><p>We're in Leith too and ours were missed twice.</p></div></div>"""
    page = html_page(body, url="https://forum.example.org/t/4412")
    assert values(page, MORAG, LOCATION) == ["Leith"]
    assert values(page, MORAG, PHONE) == []


# 5. work talk -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Genuinely proud of one of my young people today.", True),
        ("Half the tenants I support would never manage it.", True),
        ("At the moment I keywork six tenants in a supported living scheme.", True),
        ("I see every week what earlier support would have meant to the people I assess.", True),
        ("I waited four hours in A&E with a young man in crisis.", True),
        ("Two Mental Health Act assessments before lunch and I'm done.", True),
        ("My only clients are herons and they never turn up to their appointments.", False),
        ('Coach had us doing his famous "caseload" session: ten reps, no excuses.', False),
        ("My team at Dunmore Council", False),
        ("The country is in crisis, says the paper.", False),  # not first person
        ("My clients at work today were lovely.", True),
    ],
)
def test_care_work_phrasing(sentence: str, expected: bool) -> None:
    assert is_work_talk(sentence, ["Dunmore Council"]) is expected


# 6. values as written -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Fenwick Freight · Full-time", "Fenwick Freight"),
        ("Kirkstall Lodge Care Home · Part-time", "Kirkstall Lodge Care Home"),
        ("Dunmore Council | Contract", "Dunmore Council"),
        ("Dunmore Council", "Dunmore Council"),
    ],
)
def test_employment_type_is_not_part_of_the_org(raw: str, expected: str) -> None:
    assert clean_org(raw) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "<h1>Morag Kelly</h1><div class='subline'>Edinburgh, Scotland, United Kingdom"
            " &middot; <a href='#c'>Contact info</a></div>",
            ["Edinburgh, Scotland, United Kingdom"],
        ),
        (
            "<h1>Morag Kelly</h1><div><span data-testid='UserLocation'>Leith, Edinburgh</span>"
            " <span>Joined March 2016</span></div>",
            ["Leith, Edinburgh"],
        ),
    ],
)
def test_location_kept_as_written(body: str, expected: list[str]) -> None:
    assert values(html_page(body), MORAG, LOCATION) == expected


def test_subject_without_employer_or_town_is_never_a_namesake_by_fields() -> None:
    subject = Subject(name="Morag Kelly", handles=("moragk",))
    page = html_page("<h1>Morag Kelly</h1><h2>Analyst at Fenwick Freight</h2>")
    assert not any(f.may_not_be_you for f in findings(page, subject))


def test_professional_title_at_an_employer_is_a_workplace() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>As an approved mental health professional at Northbank"
        " Mental Health Partnership, I see a lot.</p>"
    )
    assert "Northbank Mental Health Partnership" in values(page, MORAG, WORKPLACE)


def test_my_home_in_places_the_author() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>I train on the marshes near my home in Portobello.</p>"
    )
    assert values(page, MORAG, LOCATION) == ["Portobello"]


def test_image_in_a_profile_banners_folder_is_a_banner() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><a href='/moragk/header_photo'><img alt='' src="
        "'https://pbs.x.example.com/profile_banners/881/1699/dunmore-council-logo-banner.jpg'></a>"
    )
    assert values(page, MORAG, FindingKind.EMPLOYER_BRANDING) == [
        "https://pbs.x.example.com/profile_banners/881/1699/dunmore-council-logo-banner.jpg"
    ]
