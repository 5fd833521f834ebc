"""Held-out corpus 29's first-score errors, each as the general case it stands for."""

from __future__ import annotations

from dataclasses import replace

from selfaudit.extract.names import looks_like_subject
from selfaudit.extract.text import sentences
from selfaudit.models import FindingKind, Page

from .helpers import MORAG, html_page, values

REVIEW_PAGE = (
    "<!doctype html><html><head><title>Review</title></head>"
    "<body class='viewing review-page body-review'>"
    "<header><h1><a href='/'>Filmsite — Your life in film</a></h1></header>"
    "<div class='film-poster'><a href='/film/x/'>The Film</a></div>"
    "<div class='person-summary'><a class='avatar' href='/moragk/'>"
    "<img src='https://img.example.org/avatars/moragk.jpg' alt='Morag'></a></div>"
    "<div class='review body-text'><p>Watched this with two of the people I support on our"
    " film night, and my caseload has never been so quiet. As someone from Leith, I loved"
    " it.</p></div>"
    "<aside><section><h2>{heading}</h2><ul><li><a href='/mkelly_films/'>"
    "<img src='https://img.example.org/avatars/mkelly.jpg' alt='Morag K'></a></li></ul>"
    "</section></aside></body></html>"
)


def review_page(heading: str) -> Page:
    body = REVIEW_PAGE.format(heading=heading).encode()
    return Page(url="https://films.example.org/moragk/film/x/", content_type="text/html", body=body)


def test_a_review_page_whose_body_is_classed_as_a_review_is_still_read() -> None:
    page = review_page("Popular reviews")
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]
    assert len(values(page, MORAG, FindingKind.WORK_TALK)) == 1


def test_others_who_also_reviewed_it_are_not_tagged_photos_of_her() -> None:
    page = review_page("Also reviewed by")
    photos = values(page, MORAG, FindingKind.TAGGED_PHOTO)
    assert photos == ["https://img.example.org/avatars/moragk.jpg"]


def _disqus_post(pid: int, who: str, handle: str, words: str, replies: str = "") -> str:
    """One Disqus comment as its embed renders it: a ``li.post``, replies nested inside."""
    return (
        f"<li class='post' id='post-{pid}'><div class='post-content'><div class='post-body'>"
        "<header class='comment__header'><span class='post-byline'><span class='author'>"
        f"<a href='https://disqus.com/by/{handle}/' data-username='{handle}'>{who}</a></span>"
        "</span></header><div class='post-body-inner'><div class='post-message'>"
        f"<p>{words}</p></div></div></div></div><ul class='children'>{replies}</ul></li>"
    )


DISQUS_ARTICLE = (
    "<article><h1>Waits for mental health beds grow</h1><p>By Lowenna Hicks, reporter.</p>"
    "<p>Figures show long waits in A&amp;E.</p></article>"
    "<section class='comments' id='comments'><div id='disqus_thread'><ul class='post-list'>"
    + _disqus_post(
        1, "Trev K", "trevk", "Typical council, what are these people doing all night?",
        _disqus_post(
            2, "Mo K", "tired_sw", "I sat in A&amp;E with a client until five this morning"
            " because there was no bed, and my caseload doesn't stop for it.",
        ),
    )
    + _disqus_post(
        3, "Kate in Redruth", "kernowkate",
        "My caseload at the hospital is the same, we sit with patients all night.",
    )
    + "</ul></div></section>"
)


def test_a_disqus_reply_nested_under_anothers_comment_is_hers_and_theirs_is_not() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Lowenna Hicks"}}</script>'
    )
    page = html_page(DISQUS_ARTICLE, head=head, url="https://news.example.org/story-1")
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert len(talk) == 1 and "until five this morning" in talk[0]


def test_her_reply_nested_in_another_members_post_is_kept() -> None:
    def post(who: str, words: str, inner: str = "") -> str:
        return (
            f"<div class='post'><p class='byline'><a class='author' href='/user/{who}'>{who}"
            f"</a></p><div class='body'><p>{words}</p></div>{inner}</div>"
        )

    thread = post(
        "owain", "How do rural teams cope with the driving?",
        post("tired_sw", "The council pays 45p a mile but nobody pays for the two hours"
             " of my caseload visits each way."),
    ) + post("bryn", "Same here in Powys, honestly.")
    page = html_page(thread, url="https://forum.example.org/t/rural-teams")
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert len(talk) == 1 and "45p a mile" in talk[0]


def _group_message(who: str, body: str) -> str:
    """One message of a Google Groups conversation: labelled for screen readers only."""
    return (
        f"<section role='listitem' aria-label=\"{who}'s message\"><h3><span>{who}</span></h3>"
        f"<div role='region' aria-label='Message body'>{body}</div></section>"
    )


MO = replace(MORAG, aliases=("Mo K", "Mo Kelly"))
"""The subject with a shortened alias ("Mo K") beside a full one ("Mo Kelly")."""

GROUP_THREAD = (
    "<main><h1>Interpreter bookings for out-of-hours admissions?</h1>"
    + _group_message(
        "Morag Kelly",
        "Hi all,<br><br>We had a Deaf gentleman in his eighties admitted to hospital<br>"
        "on Friday night and there was no interpreter available until Monday. It was<br>"
        "on my caseload.<br><br>--<br>Morag Kelly<br>Dunmore Council<br>"
        "Team duty: 0131 496 0712<br>morag...@example.org<br>",
    )
    + _group_message(
        "Fiona Baird", "We have a call-off framework, my caseload is calmer for it.<br>"
    )
    + _group_message(
        "Mo Kerr", "Same problem here, my caseload is full of weekend admissions.<br>"
    )
    + _group_message(
        "Morag Kelly",
        "Thanks Fiona, I'll take it to our team meeting on Thursday and see if our<br>"
        "service manager will go for it.<br><br>On Tue, Fiona Baird wrote:<br>"
        "&gt; We have a call-off framework, my caseload is calmer for it.<br>",
    )
    + "</main>"
)


def test_a_google_groups_thread_gives_her_messages_only() -> None:
    page = html_page(GROUP_THREAD, url="https://groups.google.com/g/sensory/c/Qm3vT8kXe2A")
    talk = values(page, MO, FindingKind.WORK_TALK)
    assert "We had a Deaf gentleman in his eighties admitted to hospital on Friday night and"\
        " there was no interpreter available until Monday." in talk
    assert any(t.endswith("see if our service manager will go for it.") for t in talk)
    assert not any("framework" in t or "weekend admissions" in t for t in talk)
    assert values(page, MO, FindingKind.PHONE) == []  # the team's duty line, not hers
    assert values(page, MO, FindingKind.EMAIL) == []  # masked by the archive: not an address


def test_a_full_name_her_short_alias_fits_is_not_her_when_her_full_alias_does_not() -> None:
    assert not looks_like_subject("Mo Kerr", ["Morag Kelly", "Mo K", "Mo Kelly"])
    assert looks_like_subject("Mo K.", ["Morag Kelly", "Mo K", "Mo Kelly"])
    assert looks_like_subject("Mo Kelly", ["Morag Kelly", "Mo K", "Mo Kelly"])


def test_only_a_mail_programs_wrap_joins_two_lines_into_one_sentence() -> None:
    wrapped = "We had a gentleman in his eighties admitted to the ward on a Friday\nnight."
    assert [s for _, s in sentences(wrapped)] == [wrapped]
    ask = (  # a Tumblr ask: one long line, then the answer in lower case
        "how do you not get burnt out doing child protection? genuinely asking as a first"
        " year student\ni don't always manage it, but a good senior helps."
    )
    assert len(list(sentences(ask))) == 3
    short = "Support worker in Leeds\nknitter and mum"  # a bio's lines
    assert len(list(sentences(short))) == 2


def test_linked_question_titles_on_her_profile_are_not_things_she_said() -> None:
    said = "Most weeks I do two duty days on the rota and spend the rest writing reports."
    titles = "".join(
        f"<li><a href='/questions/{i}/q'>{q}</a> <span>Jun 2, 2023</span></li>"
        for i, q in enumerate([
            "Can the police remove someone from their own home under section 136?",
            "Can my employer read my personal messages on a work phone?",
        ])
    )
    page = html_page(f"<h1>Morag Kelly</h1><p>{said}</p><h2>Top posts</h2><ul>{titles}</ul>",
                     url="https://law.stackexchange.com/users/48817/moragk")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [said]
