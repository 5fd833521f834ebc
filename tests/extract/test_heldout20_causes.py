"""The general causes behind held-out corpus 20's errors, one test each."""

from __future__ import annotations

import json

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

DIONNE = Subject(
    name="Dionne Ackroyd", handles=("dionne_ack", "dartsdee"), aliases=("Dee Ackroyd",),
    employers=("Hull City Council",), locations=("Hull", "Hessle"),
)  # fmt: skip


def test_a_nail_tech_of_the_same_name_in_another_town_is_a_namesake() -> None:
    body = (
        "<h1>nailsbydionne.donny</h1><h2>Dionne Ackroyd</h2>"
        "<h2 data-e2e='user-bio'>Nail tech 💅 Doncaster. BIAB, gel-x and nail art.</h2>"
        "<img src='https://p16.example/v1.jpg' alt='Salon tour! #doncaster created by Dionne"
        " Ackroyd with original sound'>"
    )
    page = html_page(body, url="https://www.tiktok.com/@nailsbydionne.donny")
    assert all_may_not_be_you(page, DIONNE)


def test_a_listed_employers_account_in_the_subjects_bio_names_it() -> None:
    jaz = Subject(name="Jasmine Tunnicliffe", handles=("jazzyt_sw",),
                  employers=("Stoke-on-Trent City Council", "The Bottle Oven Café"))
    body = (
        "<h1>jazzyt_sw</h1><div><span>Jaz Tunnicliffe</span><span>Social work student 🎓"
        "<br>Weekends: flat whites <a href='/thebottleovencafe/'>@thebottleovencafe</a> ☕"
        "</span></div>"
    )
    page = html_page(body, url="https://www.instagram.com/jazzyt_sw/")
    assert values(page, jaz, FindingKind.WORKPLACE) == ["The Bottle Oven Café"]


BERNIE = Subject(name="Bernadette Okafor", aliases=("Bernie Okafor",), handles=("bernieokafor",),
                 locations=("Milton Keynes", "Newport Pagnell"))  # fmt: skip


def _review_card(who: str, slug: str, words: str) -> str:
    """A Goodreads-like review card: the reviewer's avatar link, a name set in a typography
    class ("Text") that looks like a body, then the review's words."""
    return (
        f"<article class='ReviewCard' aria-label='Review by {who}'>"
        f"<a href='https://www.goodreads.com/user/show/{slug}'><img alt='{who}'"
        f" src='https://images.gr-assets.com/users/{slug}.jpg'></a>"
        f"<span class='Text Text__title5'><a href='/user/show/{slug}'>{who}</a></span>"
        f"<section class='ReviewText ReviewText__content'><span>{words}</span></section>"
        "</article>"
    )


def test_the_subjects_review_on_a_book_page_is_read_as_her_words() -> None:
    body = (
        "<h1>The Herring Girls</h1><div data-testid='description'>A saga set on Whitby's"
        " quayside.</div>"
        + _review_card("Sandra K.", "5520198-sandra-k", "Everyone at my care home book club"
                       " loved it; I read it on my night shifts in Whitby.")
        + _review_card("Bernie Okafor", "148822931-bernie-okafor", "After a week of chasing"
                       " missing care plans and covering a double-up myself, this was the"
                       " escape I needed. I read it in my kitchen in Newport Pagnell.")
    )  # fmt: skip
    page = html_page(body, url="https://www.goodreads.com/book/show/1234-the-herring-girls")
    talk = values(page, BERNIE, FindingKind.WORK_TALK)
    assert talk == [
        "After a week of chasing missing care plans and covering a double-up myself, this was"
        " the escape I needed."
    ]
    assert values(page, BERNIE, FindingKind.LOCATION) == ["Newport Pagnell"]


def test_he_after_a_gent_or_in_a_reply_to_a_friend_is_not_the_subject() -> None:
    """Dionne's own post and her reply: "him" is the gent she visited and "he" the man a
    friend will see on Friday, so neither sentence is a bio written about her."""
    body = (
        "<div data-pressable-container='true'><a href='/@dartsdee'>dartsdee</a>"
        "<span>Double-up with Kel this morning for a gent just out of hospital, and watching"
        " him shave at his own sink again was something else.</span></div>"
        "<div data-pressable-container='true'><a href='/@dartsdee'>dartsdee</a>"
        "<span>Thanks Kel, he’s asked if his home visit on Friday can be after ten.</span>"
        "</div>"
    )
    page = html_page(body, url="https://www.threads.net/@dartsdee/post/C8xQm2zN4aB")
    talk = values(page, DIONNE, FindingKind.WORK_TALK)
    assert [t.split(",")[0] for t in talk] == ["Double-up with Kel this morning for a gent just"
                                                " out of hospital", "Thanks Kel"]  # fmt: skip


def test_a_bio_sentence_opening_with_an_adverb_is_still_said_of_them() -> None:
    body = (
        "<h1>Dionne Ackroyd</h1><p>Dionne Ackroyd is a reablement worker. Previously, she"
        " worked night shifts on a hospital ward, and her clients still ask after her.</p>"
    )
    page = html_page(body, url="https://www.threads.net/@dartsdee")
    assert values(page, DIONNE, FindingKind.WORK_TALK) == []


def test_her_words_above_a_post_she_shared_on_facebook_are_hers_and_the_post_is_not() -> None:
    """Facebook gives her words and the shared post's each a data-ad-preview="message"
    block and marks the shared post no other way."""
    said = "Come and join us, the team are brilliant and no two days are the same."
    body = (
        "<div role='article' aria-labelledby='h1'><h2 id='h1'><a href='/dee.ackroyd.9'>"
        "<strong>Dee Ackroyd</strong></a> shared a post.</h2>"
        f"<div data-ad-preview='message'><div dir='auto'>{said}</div></div>"
        "<div class='x1n2onr6'><svg aria-label='Hull City Council' role='img'></svg>"
        "<div data-ad-preview='message'><div dir='auto'>We're recruiting support workers for"
        " our reablement team! Call 01632 960 417 to hear more about the job.</div></div></div>"
        "</div>"
    )
    page = html_page(body, url="https://www.facebook.com/dee.ackroyd.9")
    assert values(page, DIONNE, FindingKind.WORK_TALK) == [said]
    assert values(page, DIONNE, FindingKind.PHONE) == []


def _instagram_grid(posts: list[tuple[str, str]]) -> str:
    """An Instagram profile: the grid's pictures in markup, the captions only in its JSON."""
    edges = [{"node": {"code": f"D{i}", "user": {"username": who}, "caption": {"text": said}}}
             for i, (who, said) in enumerate(posts)]  # fmt: skip
    data = {"require": [["Relay", {"data": {"xdt_api__v1__feed__user_timeline_graphql_connection":
                                            {"edges": edges}}}]]}  # fmt: skip
    return (
        "<header><h2>jazzyt_sw</h2><span>Jaz Tunnicliffe</span></header>"
        "<article><a href='/p/D0/'><img alt='Photo by Jaz Tunnicliffe on April 10, 2025.'"
        " src='https://scontent.cdninstagram.com/p0.jpg'></a></article>"
        f"<script type='application/json' data-sjs>{json.dumps(data)}</script>"
    )


def test_captions_only_in_an_instagram_profiles_script_data_are_read() -> None:
    jaz = Subject(name="Jasmine Tunnicliffe", aliases=("Jaz Tunnicliffe",), handles=("jazzyt_sw",))
    mine = "Placement portfolio submitted, and my practice educator signed off my case notes."
    theirs = "Our whole team has been on home visits all week, proud of my colleagues."
    body = _instagram_grid([("jazzyt_sw", mine), ("bottleovencafe", theirs)])
    page = html_page(body, url="https://www.instagram.com/jazzyt_sw/")
    assert values(page, jaz, FindingKind.WORK_TALK) == [mine]



def test_the_office_number_given_in_a_reply_is_the_employers_not_hers() -> None:
    page = html_page(
        "<h1>Bernie Okafor</h1><p>Yes still there, nearly six years now. Ring the office on"
        " 01632 960214 and ask for Femi, or text me on 07700 900862.</p>",
        url="https://www.facebook.com/groups/wolvertonbooks/posts/1",
    )
    assert values(page, BERNIE, FindingKind.PHONE) == ["+447700900862"]
