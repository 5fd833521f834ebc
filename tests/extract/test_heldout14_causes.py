"""The general causes behind held-out corpus 14's errors, one test each."""

from __future__ import annotations

import pytest

from selfaudit.extract.orgs import names_employer
from selfaudit.jobs import CARE_WORK
from selfaudit.models import FindingKind, Subject

from .helpers import MORAG, all_may_not_be_you, html_page, json_page, values

WORK_TALK = FindingKind.WORK_TALK


@pytest.mark.parametrize("written", ["Kedleston Vale HA", "@KedlestonValeHA", "kedlestonvaleha"])
def test_an_employer_written_with_its_last_words_as_initials(written: str) -> None:
    assert names_employer(written, "Kedleston Vale Housing Association")
    assert not names_employer("Kedleston Vale Rugby Club", "Kedleston Vale Housing Association")


def test_a_note_in_brackets_after_the_employer_is_not_part_of_its_name() -> None:
    subject = Subject(name="Leanne Brackley", handles=("leanne_b_derby",),
                      employers=("Kedleston Vale Housing Association",))  # fmt: skip
    data = {
        "id": "1", "username": "leanne_b_derby", "acct": "leanne_b_derby",
        "display_name": "Leanne Brackley", "note": "<p>Support worker.</p>",
        "url": "https://mastodon.example/@leanne_b_derby",
        "fields": [{"name": "Work", "value": "Kedleston Vale HA (supported housing)"}],
    }  # fmt: skip
    page = json_page(
        data, url="https://mastodon.example/api/v1/accounts/lookup?acct=leanne_b_derby"
    )
    assert values(page, subject, FindingKind.WORKPLACE) == ["Kedleston Vale Housing Association"]


def test_a_facebook_intros_from_is_not_part_of_the_place() -> None:
    subject = Subject(name="Morag Kelly", handles=("moragk",), locations=("Ilkeston",))
    page = html_page("<h1>Morag Kelly</h1><ul><li>Lives in Derby</li>"
                     "<li>From Ilkeston, Derbyshire</li></ul>",
                     url="https://www.facebook.com/moragk")  # fmt: skip
    assert "Ilkeston, Derbyshire" in values(page, subject, FindingKind.LOCATION)
    assert not any(
        v.lower().startswith("from ") for v in values(page, subject, FindingKind.LOCATION)
    )


def test_a_vets_own_job_title_makes_a_namesake_whatever_else_the_page_says() -> None:
    ld = ('{"@context": "https://schema.org", "@type": "Person", "name": "Morag Kelly",'
          ' "jobTitle": "Veterinary Surgeon"}')  # fmt: skip
    body = (
        "<h1>Morag Kelly</h1><p>Morag lives in Bridge of Allan and volunteers with a pet therapy"
        " scheme visiting children's hospices.</p><img src='/m.jpg' alt='Morag Kelly'>"
    )
    page = html_page(body, head=f"<script type='application/ld+json'>{ld}</script>",
                     url="https://www.carsebankvets.example.co.uk/team/morag-kelly")  # fmt: skip
    assert all_may_not_be_you(page, MORAG)


def test_a_blogs_about_me_in_the_footer_is_theirs_but_a_site_credit_is_not() -> None:
    subject = Subject(name="Tamsin Penhallow", handles=("tamsinpenhallow",),
                      phones=(), locations=("Redruth",))  # fmt: skip
    body = (
        "<main><h1>Nights</h1><p>Handover to the day team and home to Redruth.</p></main>"
        "<footer class='wp-block-template-part'><h2>About me</h2><p>I’m Tamsin, a senior carer"
        " in Cornwall.</p><p>Email me at tamsin.penhallow [at] example [dot] com or text"
        " 07700 900583.</p></footer>"
    )
    page = html_page(body, url="https://tamsinpenhallow.wordpress.com/2024/11/nights/")
    assert values(page, subject, FindingKind.PHONE) == ["+447700900583"]
    credit = html_page(
        "<main><h1>Tamsin Penhallow</h1><p>About me.</p></main><footer><p>© 2025 Tamsin"
        " Penhallow. Site by Kerr Web Design · 0141 496 0958</p></footer>",
        url="https://tamsinpenhallow.example.org/about",
    )
    assert values(credit, subject, FindingKind.PHONE) == []


def test_the_employers_recruiting_number_in_the_subjects_article_is_not_theirs() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>If you fancy working in supported housing, our vacancies are on"
        " our website or call 0115 496 0732. My own mobile is 07700 900123.</p>"
    )
    assert values(page, MORAG, FindingKind.PHONE) == ["+447700900123"]


def test_the_subjects_comment_on_someone_elses_thread_is_read_for_work_talk() -> None:
    said = "My caseload is ridiculous this month but the team is lovely."
    body = (
        "<shreddit-post author='tired_hca_22'><h1>Leaving the ward?</h1><div slot='text-body'>"
        "<p>I'm exhausted, my ward manager never listens and the staffing is dire.</p></div>"
        "</shreddit-post><shreddit-comment-tree><shreddit-comment author='moragk'>"
        "<div slot='commentMeta'><a href='/user/moragk/'>moragk</a></div>"
        f"<div slot='comment' id='t1_x-comment-rtjson-content'><p>{said}</p></div>"
        "</shreddit-comment></shreddit-comment-tree>"
    )
    page = html_page(body, url="https://www.reddit.com/r/NursingUK/comments/1/leaving/")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [said]  # not the thread starter's


def test_the_subjects_comment_on_someone_elses_thread_gives_their_town_and_employer() -> None:
    subject = Subject(name="Leanne Brackley", handles=("brackers_ramsfan",),
                      employers=("Kedleston Vale Housing Association",),
                      locations=("Derby",))  # fmt: skip
    body = (
        "<shreddit-post author='tired_hca_22'><h1>Leaving the ward?</h1><div slot='text-body'>"
        "<p>Band 3 on a ward in Nottingham, six years in.</p></div></shreddit-post>"
        "<shreddit-comment-tree><shreddit-comment author='brackers_ramsfan'>"
        "<div slot='commentMeta'><a class='text-neutral-content-strong' href='/user/x/'>"
        "brackers_ramsfan</a></div><div slot='comment' id='t1_x-comment-rtjson-content'>"
        "<p>I've been a support worker in a supported housing project in Derby for four years."
        "</p><p>Pay isn't amazing (Kedleston Vale start around £24k) but the team is lovely.</p>"
        "</div></shreddit-comment></shreddit-comment-tree>"
    )
    page = html_page(body, url="https://www.reddit.com/r/NursingUK/comments/1/leaving/")
    assert values(page, subject, FindingKind.LOCATION) == ["Derby"]
    assert values(page, subject, FindingKind.WORKPLACE) == ["Kedleston Vale Housing Association"]


@pytest.mark.parametrize(
    "marker",
    ['data-testid="responses"', 'class="responses"', 'data-testid="response-replies"'],
)
def test_responses_under_an_article_are_other_peoples_words(marker: str) -> None:
    """Medium calls its comments "responses", marked only by a data-testid."""
    body = (
        "<article><h1>What four years taught me</h1><p>By Morag Kelly</p>"
        "<p>I love my garden in spring.</p></article>"
        f"<div {marker}><div><a href='/@priya'>Priya Shah</a>"
        "<pre>This made me cry. My caseload on the ward is huge and I never hear what"
        " happens after discharge.</pre></div></div>"
    )
    page = html_page(body, url="https://medium.com/@moragk/what-four-years-3f9a1c2b7d41")
    assert values(page, MORAG, WORK_TALK) == []


TAMSIN = Subject(name="Tamsin Penhallow", handles=("nightowl_tam",),
                 employers=("Tregarth House Care Home",), locations=("Redruth",))  # fmt: skip


@pytest.mark.parametrize(
    ("past", "namesake"),
    [
        ("Before flowers, I spent ten years as a care assistant at a nursing home in Bideford.",
         True),
        ("I used to be a carer, years ago.", True),
        ("I spent six years as a carer before qualifying as a social worker.", False),
        ("I spent ten years as a care assistant and I am now a senior carer at a care home.",
         False),
    ],
)  # fmt: skip
def test_a_trade_after_a_past_in_care_is_another_persons_story(past: str, namesake: bool) -> None:
    """The subject is a serving worker: a florist who left care is a namesake."""
    body = (
        "<h1>Tamsin Penhallow Flowers</h1><p>Hello, I’m Tamsin, a florist in Barnstaple.</p>"
        f"<p>{past} I still take flowers to two care homes every Friday.</p>"
        "<img src='/studio.jpg' alt='Tamsin Penhallow in her studio'>"
        "<a href='mailto:flowers@example.co.uk'>flowers@example.co.uk</a>"
    )
    page = html_page(body, url="https://www.tamsinpenhallowflowers.example/about")
    assert all_may_not_be_you(page, TAMSIN) is namesake


@pytest.mark.parametrize(
    "said", ["Two social workers came round.", "We need care homes.", "Support workers wanted."]
)
def test_care_words_in_the_plural_are_care_work(said: str) -> None:
    assert CARE_WORK.search(said)


FB_POST = (
    "<div role='article' aria-labelledby='h1'><h3 id='h1'><a href='/moragk'>Morag Kelly</a>"
    "</h3><p>Lovely walk on the prom today.</p>"
    "<div role='list' aria-label='Comments'>"
    "<div role='article' aria-label='Comment by Sharon Eyre 2 weeks ago'>"
    "<a href='/sharon'>Sharon Eyre</a><p>Dunmore Council don't pay you lot enough x</p>"
    "<div role='article' aria-label=\"Reply by Morag Kelly to Sharon Eyre's comment 2 weeks ago\">"
    "<a href='/moragk'>Morag Kelly</a><p>{reply}</p></div></div></div></div>"
)


def test_the_subjects_reply_under_a_friends_comment_is_hers() -> None:
    """Facebook nests a reply inside the comment it answers; the comment goes, the reply stays."""
    said = "We've got our team away day on Thursday, so I'll moan to the manager then."
    page = html_page(FB_POST.format(reply=said), url="https://www.facebook.com/moragk")
    assert values(page, MORAG, WORK_TALK) == [said]  # and nothing of the friend's


@pytest.mark.parametrize(
    ("sharer", "box", "hers"),
    [
        ("Morag Kelly", "data-testid='shared-post'", True),
        ("Morag Kelly", "role='group' aria-label='Shared post'", True),  # Facebook
        ("Morag Kelly", "class='unmarked'", False),  # no telling her words from the post's
        ("Sharon Eyre", "data-testid='shared-post'", False),
    ],
)
def test_the_words_the_subject_shares_a_post_with_are_hers(
    sharer: str, box: str, hers: bool
) -> None:
    said = "Our project is recruiting support workers, and it’s the best team I’ve worked in."
    body = (
        "<div role='article'><h1>Morag Kelly</h1><p>About me.</p></div>"
        f"<div role='article'><h3><a href='/x'>{sharer}</a> shared a post.</h3><p>{said}</p>"
        f"<div {box}><h4>Dunmore Council</h4><p>We’re hiring! Join a friendly team supporting"
        " people in their own homes; call 0131 496 0732.</p></div></div>"
    )
    page = html_page(body, url="https://www.facebook.com/moragk")
    assert values(page, MORAG, WORK_TALK) == ([said] if hers else [])
    assert values(page, MORAG, FindingKind.PHONE) == []


def test_a_comment_signed_only_by_its_avatars_alt_is_the_subjects() -> None:
    """Strava's comments lead with an avatar link whose only name is the picture's alt."""
    said = "My caseload is huge this week, so no long runs for me."
    body = (
        "<h1>Sharon Eyre – Run</h1><p>Lovely morning.</p><ul class='comments'>"
        "<li class='comment'><div class='avatar'><a href='/athletes/2'>"
        "<img alt='Morag Kelly' src='/a.jpg'></a></div><div class='comment-body'>"
        f"<a class='athlete-name' href='/athletes/2'>Morag Kelly</a><p class='text'>{said}</p>"
        "</div></li></ul>"
    )
    page = html_page(body, url="https://www.strava.com/activities/1")
    assert values(page, MORAG, WORK_TALK) == [said]


@pytest.mark.parametrize("written", ["haddowandthread", "@HaddowThread", "Haddow & Thread"])
def test_an_employer_run_together_as_an_account_is_named(written: str) -> None:
    """"Shop: haddowandthread on Etsy" names her business "Haddow & Thread"."""
    subject = Subject(name="Morven Haddow", handles=("morvenhaddow",),
                      employers=("Haddow & Thread",))  # fmt: skip
    page = html_page(f"<h1>Morven Haddow</h1><p>Felter by night. Shop: {written} on Etsy</p>",
                     url="https://morvenhaddow.example.org/")  # fmt: skip
    assert values(page, subject, FindingKind.WORKPLACE) == ["Haddow & Thread"]
    assert not names_employer("haddowand", "Haddow & Thread")
