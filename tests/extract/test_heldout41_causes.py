"""The general causes behind held-out corpus 41's errors, one test each."""

from __future__ import annotations

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

CLODAGH = Subject(
    name="Clodagh McCaffrey", handles=("clodaghcasts",),
    employers=("Erne Valley Health and Social Care Trust",),
    locations=("Enniskillen", "Lisnaskea"),
)  # fmt: skip


def test_a_salons_colour_director_of_the_same_name_in_another_city_is_a_namesake() -> None:
    """A salon's team page: "Owner & Colour Director", "opening her own salon", from Paisley,
    lives in Dennistoun. Another trade and other towns: none of it is the social worker's."""
    body = (
        "<h2>Meet the team</h2><figure><img src='https://salon.example.org/team-clodagh.jpg'"
        " alt='Clodagh McCaffrey, salon owner'></figure>"
        "<h3>Clodagh McCaffrey – Owner &amp; Colour Director</h3><p>Clodagh worked in the West"
        " End for twelve years before opening her own salon on Argyle Street. Originally from"
        " Paisley, she now lives in Dennistoun.</p>"
    )
    page = html_page(body, url="https://www.clodaghhair.example.org/team/")
    assert all_may_not_be_you(page, CLODAGH)


def _se_post(kind: str, words: str, who: str, slug: str) -> str:
    return (
        f"<div class='{kind} js-{kind}'><div class='s-prose js-post-body'><p>{words}</p></div>"
        "<div class='post-signature'><div class='user-info'><div class='user-action-time'>"
        f"{kind}ed Apr 29</div><div class='user-details'><a href='/users/4/{slug}'>{who}</a>"
        "</div></div></div></div>"
    )


STACK_EXCHANGE = (
    "<h1>Can a care home stop my mother leaving?</h1>"
    + _se_post("question", "My mum's care home says she cannot leave. My manager at the depot"
               " says to ring 07700 900456.", "worried_daughter_74", "worried-daughter")
    + _se_post("answer", "When I do a home visit, the first thing I do is sit with the person"
               " themselves.", "Clodagh McCaffrey", "clodagh-mccaffrey")
    + _se_post("answer", "As a social worker myself, in my own assessments I always phone the"
               " family first.", "Dai Morgan", "dai-morgan")
)


def test_on_a_stack_exchange_question_each_post_is_its_signers() -> None:
    page = html_page(STACK_EXCHANGE, url="https://law.stackexchange.com/questions/98231/")
    assert values(page, CLODAGH, FindingKind.WORK_TALK) == [
        "When I do a home visit, the first thing I do is sit with the person themselves."
    ]
    assert values(page, CLODAGH, FindingKind.PHONE) == []


def _nextdoor_comment(who: str, words: str) -> str:
    return (
        "<div class='comment' data-testid='comment'><div class='comment-byline'>"
        f"<img class='avatar avatar-32' src='https://photos.example.org/{len(who)}.jpeg'"
        f" alt='{who}'><span class='neighborhood'>Killyhevlin</span></div>"
        f"<div class='comment-body'><p>{words}</p></div></div>"
    )


def test_a_comment_whose_writer_is_only_its_avatars_alt_is_that_writers() -> None:
    """Nextdoor's logged-out view names a commenter only in the avatar's alt: her comment is
    hers, a neighbour's words about her social worker are not."""
    body = (
        "<h1>Kinship carers support group?</h1><section class='comments'>"
        + _nextdoor_comment("Clodagh McCaffrey", "I work with kinship carers, and the"
                            " families I work with find the first weeks hardest. Ring me on"
                            " 07700 900157 after five.")
        + _nextdoor_comment("Orla Devine", "Clodagh was our social worker and she was"
                            " brilliant. The duty line is 028 9649 6231.")
        + "</section>"
    )
    page = html_page(body, url="https://nextdoor.co.uk/p/Xk2mQ9")
    assert values(page, CLODAGH, FindingKind.WORK_TALK) == [
        "I work with kinship carers, and the families I work with find the first weeks hardest."
    ]
