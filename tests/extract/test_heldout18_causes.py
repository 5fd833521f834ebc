"""The general causes behind held-out corpus 18's errors, one test each."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

CLODAGH = Subject(
    name="Clodagh McAteer", handles=("clodagh_mc",),
    employers=("Eastern Shore Health and Social Care Trust",), locations=("Belfast", "Newry"),
)  # fmt: skip


@pytest.mark.parametrize(
    "bio",
    [
        "Celebration cakes from Darling Street, Enniskillen. Orders by DM.",
        "PGA golf professional in Enniskillen. Lessons for all ages.",
    ],
)
def test_a_same_name_profile_in_another_trade_and_town_is_a_namesakes(bio: str) -> None:
    body = (
        "<h1>Clodagh McAteer</h1>"
        f"<div class='bio'><p>{bio}</p><p>☎️ 028 9649 6871</p></div>"
        "<img src='/p1.jpg' alt='Photo by Clodagh McAteer on November 16, 2024.'>"
    )
    page = html_page(body, url="https://www.instagram.com/clodaghbakes/")
    assert all_may_not_be_you(page, CLODAGH)


ADE = Subject(
    name="Ade Kesterton", handles=("adekesterton",),
    employers=("Derwent Lane Community Living",), locations=("Derby",),
)  # fmt: skip


def test_a_bluesky_post_is_by_the_handle_its_markup_names_a_repost_included() -> None:
    def item(who: str, header: str, said: str) -> str:
        return (
            f'<div data-testid="feedItem-by-{who}" role="link">{header}'
            f'<div><a href="/profile/{who}">{who}</a></div>'
            f'<div data-testid="postText">{said}</div></div>'
        )

    body = (
        "<div data-testid='profileHeaderDisplayName'>Ade Kesterton</div>"
        + item("adekesterton.bsky.social", "", "I live in Belper, so home for tea.")
        + item("derwentlane.org.uk",
               '<a aria-label="Reposted by Ade Kesterton" href="/profile/adekesterton.bsky.social">'
               "<span>Reposted by Ade Kesterton</span></a>",
               "Derwent Lane Community Living is hiring support workers! Call Ruth on"
               " 01632 960915.")
    )  # fmt: skip
    page = html_page(body, url="https://bsky.app/profile/adekesterton.bsky.social")
    assert values(page, ADE, FindingKind.WORKPLACE) == []
    assert values(page, ADE, FindingKind.PHONE) == []
    assert values(page, ADE, FindingKind.LOCATION) == ["Belper"]  # his own post is kept


def test_an_others_also_viewed_box_is_other_peoples_even_with_a_like_name() -> None:
    body = (
        "<main><h1>Five things good supported living looks like</h1><p>Adrian Kesterton</p>"
        "<p>Sleep-in tonight at one of our houses.</p></main>"
        "<section class='right-rail'><h2>Others also viewed</h2><ul><li><a href='/pulse/x'>"
        "<img src='/k.jpg' alt='Adrian Kesteven'><h3>Why managers should work a night shift</h3>"
        "<h4>Adrian Kesteven · Care Home Manager at Trent Vale Care</h4></a></li></ul></section>"
    )
    page = html_page(body, url="https://www.linkedin.com/pulse/five-things-adrian-kesterton")
    subject = Subject(name="Ade Kesterton", aliases=("Adrian Kesterton",))
    assert values(page, subject, FindingKind.WORKPLACE) == []


def test_instagrams_alt_names_the_poster_by_a_dotted_handle() -> None:
    hattie = Subject(name="Harriet Ashburner", handles=("hattie.swims",))
    body = (
        "<h1>hattie.swims</h1><img src='https://cdn.example.com/p.jpg' alt='Photo shared by"
        " hattie.swims on September 29, 2024. May be an image of 1 person, tea and indoor.'>"
    )
    page = html_page(body, url="https://www.instagram.com/hattie.swims/")
    assert values(page, hattie, FindingKind.TAGGED_PHOTO) == ["https://cdn.example.com/p.jpg"]


def test_he_or_she_after_a_person_named_with_a_title_is_that_person() -> None:
    said = (
        "Handover on the night shift is where you hear that Mr Patel’s sister is visiting"
        " the service on Friday and he’ll want his care plan reviewed."
    )
    body = f"<h1>Ade Kesterton</h1><p>{said}</p>"
    page = html_page(body, url="https://adekesterton.substack.com/p/keys-and-kettles")
    assert values(page, ADE, FindingKind.WORK_TALK) == [said]


def test_linkedins_explore_articles_box_is_not_the_profile_owners_words() -> None:
    body = (
        "<main><h1>Clodagh McAteer</h1><p>Belfast, Northern Ireland</p></main>"
        "<section class='aside-section-container similar-profiles'>"
        "<h2>Explore collaborative articles</h2><p>We’re unlocking community knowledge in a new"
        " way.</p><ul><li><a href='/advice/0/x'>How do I manage my caseload stress as a social"
        " worker on the duty team?</a></li></ul></section>"
    )
    page = html_page(body, url="https://uk.linkedin.com/in/clodagh-mcateer-4b21a7193")
    assert values(page, CLODAGH, FindingKind.WORK_TALK) == []


def test_a_mention_x_sets_in_its_own_div_does_not_cut_the_sentence() -> None:
    hattie = Subject(name="Hattie Ashburner", handles=("hattieash",))
    body = (
        "<article role='article'><a href='/hattieash'>Hattie Ashburner</a>"
        "<div data-testid='tweetText'><span>Proud of my team at </span><div class='r-xoduu5'>"
        "<span><a href='/GreystoneFells'>@GreystoneFells</a></span></div><span> after a brutal"
        " night shift.</span></div></article>"
    )
    page = html_page(body, url="https://x.com/hattieash/status/1856")
    assert values(page, hattie, FindingKind.WORK_TALK) == [
        "Proud of my team at @GreystoneFells after a brutal night shift."
    ]
