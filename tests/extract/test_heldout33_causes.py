"""Held-out corpus 33's first-score errors, each as the general case it stands for."""

from __future__ import annotations

from dataclasses import replace

from selfaudit.models import FindingKind

from .helpers import MORAG, all_may_not_be_you, html_page, values

TUMBLR_URL = "https://tired-sw.tumblr.com/post/741122334455667788/"


def _trail_item(blog: str, words: str) -> str:
    return (
        f"<div class='reblog-list-item' data-reblog-blog='{blog}'>"
        f"<div class='reblog-header'><img class='reblog-avatar' src='/a/{blog}.png' alt='{blog}'>"
        f"<a class='reblog-tumblelog-name' href='https://{blog}.tumblr.com/'>{blog}</a>:</div>"
        f"<div class='reblog-content'><p>{words}</p></div></div>"
    )


def _reblog(header: str = "") -> str:
    return (
        header + "<main><article class='post type-text reblog'><div class='reblog-list'>"
        + _trail_item("fosterfamilies", "To the social worker who stayed late, thank you.")
        + _trail_item("tired_sw", "I was that social worker once. I work at Dunmore Council"
                      " and I'd stay till midnight again.")
        + "</div></article></main>"
    )


def test_her_words_added_to_a_reblog_are_hers_and_the_reblogged_words_are_not() -> None:
    talk = values(html_page(_reblog(), url=TUMBLR_URL), MORAG, FindingKind.WORK_TALK)
    assert any("Dunmore Council" in t for t in talk)
    assert not any("thank you" in t for t in talk)


def test_a_blogs_banner_with_her_bio_line_is_her_own() -> None:
    header = (
        "<header id='blog-header'><h1 class='blog-title'>notes from the night shift</h1>"
        "<div class='blog-description'><p>morag · she/her · SW at Leith Family Centre ·"
        " Edinburgh</p></div></header>"
    )
    who = replace(MORAG, employers=("Leith Family Centre",))
    page = html_page(_reblog(header), url=TUMBLR_URL)
    assert "Leith Family Centre" in values(page, who, FindingKind.WORKPLACE)


def test_another_accounts_handle_starting_with_her_employers_short_name_is_not_it() -> None:
    who = replace(MORAG, employers=("Portobello Family Placements",))
    page = html_page(
        "<p>I'm a fostering social worker.</p><p>@portobellomum check your messages! Our next"
        " information evening is on the 21st.</p>",
        url="https://profile.example.org/tired_sw",
    )
    assert values(page, who, FindingKind.WORKPLACE) == []


def _goodreads_review(reviewer: str, words: str) -> str:
    return (
        f"<meta property='og:title' content=\"{reviewer}'s review of Wintering\">"
        "<div class='reviewContainer'>"
        "<div class='bookTitle'><h1><a class='bookTitle' href='/book/1'>Wintering</a></h1>"
        "<span class='by'>by</span> <a class='authorName' href='/author/1'>Katherine May</a>"
        "</div><div class='reviewHeader'>"
        f"<span class='reviewer'><a class='userReview' href='/user/9'>{reviewer}</a></span>'s"
        " review <div class='userInfo'>212 books · 48 friends</div></div>"
        f"<div class='reviewText' itemprop='reviewBody'>{words}</div></div>"
    )


def test_a_review_page_is_its_reviewers_and_the_books_author_is_not_the_reviewer() -> None:
    head, body = _goodreads_review(
        "Morag Kelly", "I read most of this in the car park between home visits."
    ).split("<div class='reviewContainer'>", 1)
    page = html_page("<div class='reviewContainer'>" + body, head=head,
                     url="https://www.goodreads.example.org/review/show/5829113047")
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert talk == ["I read most of this in the car park between home visits."]


def test_a_same_name_reviewer_who_works_in_a_pharmacy_elsewhere_is_someone_else() -> None:
    head, body = _goodreads_review(
        "Morag Kelly",
        "Read this over three night shifts in the pharmacy dispensary at the Galway clinic."
        " As someone who grew up in Salthill, I knew the gossip.",
    ).split("<div class='reviewContainer'>", 1)
    page = html_page("<div class='reviewContainer'>" + body, head=head,
                     url="https://www.goodreads.example.org/review/show/5829113048")
    assert all_may_not_be_you(page)
