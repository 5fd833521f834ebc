"""Whose words are these, where a thread mixes the subject's comments with other people's:
the cases a review of the comment and reply rules turned up. In each, another person's phone
number must not become the subject's, and the subject's own must stay."""

from __future__ import annotations

import json

import pytest

from selfaudit.extract import extract_findings
from selfaudit.models import FindingKind, Subject

from .helpers import MORAG, html_page, json_page, values

PHONE = FindingKind.PHONE
POST = "<h1>Morag Kelly</h1><p>My post.</p>"


@pytest.mark.parametrize(
    "comments",
    [
        '<div class="comments"><div class="comment-with-avatar"><b>Bob Reid</b> call me on'
        " 07700 900456</div></div>",
        '<div class="comments"><div class="comment"><span>Replying to</span> <a href="/moragk">'
        '@moragk</a><p>Call me on 07700 900456</p><span class="author">Bob Reid</span></div>'
        "</div>",
        '<div class="comments"><div class="comment"><p>Thanks <a href="/u/moragk">Morag Kelly'
        '</a>! ring me 07700 900456</p><div class="meta">Bob Reid</div></div></div>',
        '<div class="comments"><div class="comment" data-author="moragk"><p>Thanks all</p>'
        '<div class="comment-replies"><div class="comment"><b>Bob</b>: call me 07700 900456'
        "</div></div></div></div>",
        '<div class="comments"><div class="comment" data-author="Bob Reid"><p>Call me on'
        ' 07700 900456</p><div class="comment" data-author="moragk"><p>Thanks Bob</p></div>'
        "</div></div>",
        '<ol class="comment-list"><li class="comment"><div class="comment-author vcard"><cite'
        ' class="fn">Bob Reid</cite></div><p>Call me on 07700 900456</p><ol class="children">'
        '<li class="comment"><div class="comment-author vcard"><cite class="fn">Morag Kelly'
        "</cite></div><p>Thanks Bob</p></li></ol></li></ol>",
    ],
    ids=["comment-with-avatar", "replying-to link", "mention link", "reply in own comment",
         "own reply under another's", "wordpress nested"],
)
def test_another_commenters_number_is_not_the_subjects(comments: str) -> None:
    assert values(html_page(POST + comments), MORAG, PHONE) == []


def test_the_subjects_sentence_starting_like_a_business_reply_is_theirs() -> None:
    body = ("<h1>Morag Kelly</h1><div class='review'><p>Response from the venue was slow, so"
            " call me on 07700 900123 instead.</p></div>")
    assert values(html_page(body), MORAG, PHONE) == ["+447700900123"]


def test_a_named_business_reply_is_the_businesss() -> None:
    body = ("<h1>Morag Kelly</h1><div class='review'><p>Lovely cafe.</p><div><span>Reply from"
            " Riverside Cafe</span><p>Thanks! Book on 01632 960771.</p></div></div>")
    assert values(html_page(body), MORAG, PHONE) == []


@pytest.mark.parametrize("label", ["Comment by Morag A Reid 3 weeks ago",
                                   "Comment by Morag Reid about an hour ago"])
def test_a_comment_label_keeps_the_whole_name(label: str) -> None:
    body = (f"{POST}<div role='article'><div role='article' aria-label='{label}'>"
            "Text me on 07700 900233</div></div>")
    assert values(html_page(body), MORAG, PHONE) == []


@pytest.mark.parametrize("defined", ["(UK)", "(Scotland)", "(Ltd)"])
def test_a_bracketed_word_is_not_the_employers_abbreviation(defined: str) -> None:
    subject = Subject(name="Morag Kelly", employers=("Acme Care Services",))
    body = (f"<p>Acme Care Services {defined} ran the day.</p><p>Speakers: Morag Kelly, UK,"
            " Scotland, Ltd.</p>")
    page = html_page(body, url="https://events.example.org/day")
    assert values(page, subject, FindingKind.WORKPLACE) == []


def test_the_partner_who_works_there_is_not_the_subject() -> None:
    said = ("Morag Kelly, 34, lives in Leith with her partner, who works as a driver for Dunmore"
            " Council.")
    page = html_page(f"<article><p>{said}</p></article>", url="https://news.example.co.uk/a")
    assert values(page, MORAG, FindingKind.WORKPLACE) == []


def test_a_namesakes_single_signed_post_is_still_judged_a_namesakes() -> None:
    subject = Subject(name="Siobhan Carrick", handles=("siobhancarrick",),
                      employers=("Brackenlea Community Support",), locations=("Scarborough",))
    body = ('<article class="h-entry"><span class="p-author h-card">Siobhan Carrick</span>'
            '<div class="e-content"><p>Siobhan Carrick is an Associate Solicitor at Gordon'
            " Baird Mackie LLP in Aberdeen.</p><p>Call the Aberdeen office: 01632 960 200</p>"
            "</div></article>")
    found = extract_findings(html_page(body, url="https://www.gbm.example/insights/1"), subject)
    assert found and all(f.may_not_be_you for f in found)


def test_a_gravatar_gallery_of_the_wrong_type_does_not_lose_the_profile() -> None:
    data = {"hash": "ab12", "display_name": "Morag Kelly", "gallery": True,
            "profile_url": "https://gravatar.com/moragk", "company": "Dunmore Council",
            "contact_info": {"cell_phone": "07700 900123"}}
    page = json_page(data, url="https://api.gravatar.com/v3/profiles/ab12")
    assert values(page, MORAG, PHONE) == ["+447700900123"]


def test_a_person_at_the_top_of_the_json_ld_makes_the_page_theirs() -> None:
    person = {"@context": "https://schema.org", "@type": "Person", "name": "Morag Kelly"}
    event = {"@context": "https://schema.org", "@type": "Event", "name": "Practice day",
             "performer": {"@type": "Person", "name": "Morag Kelly"}}
    body = "<p>Long night shift, my manager is a nightmare.</p>"
    for data, theirs in ((person, True), (event, False)):
        head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
        page = html_page(body, head=head, url="https://site.example.org/page")
        talk = values(page, MORAG, FindingKind.WORK_TALK)
        assert bool(talk) is theirs


def test_a_forum_page_where_the_subject_only_commented_is_not_theirs() -> None:
    data = {"@context": "https://schema.org", "@type": "DiscussionForumPosting",
            "headline": "Night shifts", "author": {"@type": "Person", "name": "Fiona Grant"},
            "comment": [{"@type": "Comment", "text": "Thanks",
                         "author": {"@type": "Person", "name": "Morag Kelly"}}]}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    body = ("<h1>Night shifts</h1><p>By Fiona Grant</p><p>I work nights at the Leith care home"
            " and my residents are lovely. I live in Portobello.</p>")
    page = html_page(body, head=head, url="https://forum.example.org/t/night-shifts")
    assert extract_findings(page, MORAG) == []


def _tweet(author: str, handle: str, words: str, inner: str = "") -> str:
    """An X post as X marks it up: an article with User-Name and tweetText test ids."""
    return (
        "<article role='article' data-testid='tweet'><div>"
        f"<div data-testid='User-Name'><a href='/{handle}'><span>{author}</span></a>"
        f" <span>@{handle}</span></div>"
        f"<div data-testid='tweetText'><span>{words}</span></div>{inner}</div></article>"
    )


KEZ = Subject(name="Kieran Ashworth", handles=("kash_bass",), aliases=("Kez Ashworth",))
QUOTE = (
    "<div role='link'><div data-testid='User-Name'><span>Brightmoor Housing Trust</span>"
    " <span>@BrightmoorHT</span></div><div data-testid='tweetText'>Want to join our night "
    "team? Call 0113 496 0550.</div></div>"
)
"""X's quote box: the employer's recruitment post, with its number."""
WELFARE_CHECK = "Did a welfare check at 4am and one of the lads I support was reading with a torch."
"""Work talk by the phrase rules ("the lads I support"), whatever the scorer makes of it: these
tests are about whose words a sentence is."""


def test_a_quoted_post_inside_the_subjects_post_is_the_quoted_accounts() -> None:
    """X's quote post: the employer's recruitment number is in the box, not in his words."""
    page = html_page(
        _tweet("Kez Ashworth", "kash_bass", WELFARE_CHECK, QUOTE)
        + _tweet("Dave H", "leedsrhino_dave", "Legend."),
        url="https://x.com/kash_bass/status/1801",
    )
    assert values(page, KEZ, PHONE) == []
    assert values(page, KEZ, FindingKind.WORK_TALK) == [WELFARE_CHECK]


def test_the_subjects_words_beside_a_quote_box_in_one_wrapper_stay_theirs() -> None:
    """X puts a post's text and its quote box in one wrapper under the post's header: the
    quote's header, after the text, does not make the text part of the quote."""
    page = html_page(
        "<article role='article' data-testid='tweet'><div><div data-testid='User-Name'>"
        "<a href='/kash_bass'><span>Kez Ashworth</span></a> <span>@kash_bass</span></div>"
        f"<div><div data-testid='tweetText'><span>{WELFARE_CHECK}</span></div><div>{QUOTE}</div>"
        "</div></div></article>",
        url="https://x.com/kash_bass/status/1801",
    )
    assert values(page, KEZ, PHONE) == []
    assert values(page, KEZ, FindingKind.WORK_TALK) == [WELFARE_CHECK]


def test_a_page_makers_html_comment_does_not_hide_the_posts_beside_it() -> None:
    """``<!-- reply from someone else -->`` reads like a business's reply line, but no
    reader sees it: the subject's posts in the same box stay."""
    page = html_page(
        "<div><!-- reply from someone else -->"
        + _tweet("Kez Ashworth", "kash_bass", WELFARE_CHECK)
        + _tweet("Kez Ashworth", "kash_bass", "Gig on Friday, call me on 07700 900652.")
        + "</div>",
        url="https://x.com/kash_bass/status/1801",
    )
    assert values(page, KEZ, FindingKind.WORK_TALK) == [WELFARE_CHECK]
    assert values(page, KEZ, PHONE) == ["+447700900652"]


def _threads_post(handle: str, words: str) -> str:
    """A Threads post or reply: a pressable box opening with the avatar's link to /@handle."""
    return (
        "<div data-pressable-container='true'><div>"
        f"<a href='/@{handle}'><img alt=\"{handle}'s profile picture\" src='/{handle}.jpg'></a>"
        f"<div><div><a href='/@{handle}'><span>{handle}</span></a> <time>06/15/25</time></div>"
        f"<div><span>{words}</span></div></div></div></div>"
    )


def test_a_threads_reply_is_its_writers_whom_only_the_avatar_link_names() -> None:
    page = html_page(
        _threads_post("kash_bass", "Gig last night at The Grove was a proper sweatbox.")
        + _threads_post("leedsmarcy", "I did six years on a ward, ring me on 07700 900456.")
        + _threads_post("kash_bass", "The residents at work keep me more awake than any drummer."),
        url="https://www.threads.net/@kash_bass/post/C8q1pQwN3xZ",
    )
    assert values(page, KEZ, PHONE) == []
    talk = values(page, KEZ, FindingKind.WORK_TALK)
    assert talk == ["The residents at work keep me more awake than any drummer."]


def _tiktok_comment(handle: str, shown: str, words: str, level: int = 1) -> str:
    """A TikTok comment: styled-component classes, an avatar link with an empty alt."""
    return (
        "<div class='css-1i7ohvi-DivCommentItemContainer eo72wou0'>"
        "<div class='css-ulyotp-DivCommentContentContainer'>"
        f"<a data-e2e='comment-avatar-{level}' href='/@{handle}'><img alt='' src='/a.jpg'></a>"
        "<div class='css-1mf23fd-DivContentContainer'>"
        f"<a href='/@{handle}'><span data-e2e='comment-username-{level}'>{shown}</span></a>"
        f"<p data-e2e='comment-level-{level}' class='css-xm2h10-PCommentText'><span>{words}"
        "</span></p></div></div></div>"
    )


def test_the_creators_reply_under_a_tiktok_video_is_kept_and_others_are_not() -> None:
    """The creator answers under a nickname; only the avatar link's /@handle is theirs. A
    namesake's handle (calum.pryce.fit) is not the subject's handle."""
    callum = Subject(name="Callum Pryce", handles=("callum_youthwork",))
    reply = "Most of my shift is spent just being around for the young people."
    comments = (
        "<div class='css-7whb78-DivCommentListContainer'>"
        # the creator's answer nested in the question's item, as TikTok nests replies
        + _tiktok_comment("k_bennett_99", "kieran b", "Is it a prison? Ring me, 07700 900123.")[:-6]
        + "<div class='css-zmwnq3-DivReplyContainer'>"
        + _tiktok_comment("callum_youthwork", "Callum | Youth worker", reply, level=2)
        + "</div></div>"
        + _tiktok_comment("calum.pryce.fit", "Calum Pryce PT", "My shift at the gym is 6am, "
                          "text me on 07700 900456 for coaching.")
        + "</div>"
    )  # fmt: skip
    page = html_page(
        f"<h1>Callum | Youth worker</h1><p>Playing Uno with the kids we look after.</p>{comments}",
        url="https://www.tiktok.com/@callum_youthwork/video/7356981234567890123",
    )
    assert reply in values(page, callum, FindingKind.WORK_TALK)
    assert values(page, callum, PHONE) == []


def test_the_subjects_reply_in_a_wordpress_theme_that_signs_with_a_vcard_name() -> None:
    """Astra's comments: the name only in ``<b class="fn">`` under a long header, the words
    in ``<section class="comment">`` inside the reply's ``<article class="ast-comment">``."""

    def comment(who: str, said: str, replies: str = "") -> str:
        return (
            "<li class='comment'><article class='ast-comment'><div class='ast-comment-info'>"
            "<header class='ast-comment-meta ast-comment-author vcard'><cite><b class='fn'>"
            f"{who}</b> <span>Post author</span></cite><time>November 12, 2024 at 9:14 am"
            f"</time></header></div><section class='ast-comment-content comment'><p>{said}</p>"
            f"</section></article>{replies}</li>"
        )

    own = "Thank you Jean, text me on 07700 900417 and I'll pass it on to the night team."
    body = (
        "<article><h1>Dawn dips</h1><p>By Kez Ashworth</p><p>Cold water again.</p></article>"
        "<ol class='comment-list'>"
        + comment("Jean Tyson", "The night staff were wonderful, call me on 07700 900581.",
                  "<ol class='children'>" + comment("Kez Ashworth", own) + "</ol>")
        + "</ol>"
    )  # fmt: skip
    page = html_page(body, url="https://club.example.org/2024/11/12/dawn-dips/")
    assert values(page, KEZ, PHONE) == ["+447700900417"]  # his number, not Jean's


def test_a_comment_named_only_in_its_aria_label_with_a_comma_before_the_date_is_hers() -> None:
    # Ravelry: <article class="comment" aria-label="Reply by moragk, 2 March 2024">, an
    # avatar with an empty alt, no name anywhere else.
    def comment(kind: str, who: str, words: str, replies: str = "") -> str:
        return (
            f"<li><article class='comment' aria-label='{kind} by {who}, 2 March 2024'>"
            f"<img class='avatar' src='https://cdn.example.org/{who}.jpg' alt=''>"
            f"<div class='comment_body'><p>{words}</p></div></article>{replies}</li>"
        )

    body = (
        "<h1>Harbour Lights Granny Blanket</h1><p>by Bryher Hayle</p><ol class='comment_list'>"
        + comment(
            "Comment", "tamartangles", "Has anyone made this in DK?",
            "<ol class='replies'>" + comment(
                "Reply", "moragk",
                "Yes, DK works. I crochet a square on my lunch break between visits, and one of"
                " the ladies I support asks to see the blanket every Tuesday.",
            ) + "</ol>",
        )
        + comment("Comment", "woolly_wendy", "My manager at the care home loves this one.")
        + "</ol>"
    )  # fmt: skip
    talk = values(
        html_page(body, url="https://www.ravelry.example.org/patterns/library/harbour-lights"),
        MORAG,
        FindingKind.WORK_TALK,
    )
    assert any(t.startswith("I crochet a square on my lunch break") for t in talk)
    assert not any("manager" in t for t in talk)


def _linkedin_comment(name: str, words: str, replies: str = "") -> str:
    return (
        "<article class='comments-comment-entity'>"
        "<div class='comments-comment-meta__container'>"
        f"<span class='comments-comment-meta__description-title'>{name}</span>"
        "<span class='comments-comment-meta__description-subtitle'>Social worker</span></div>"
        f"<div class='comments-comment-item__main-content'><span dir='ltr'>{words}</span></div>"
        f"<div class='comments-replies-list'>{replies}</div></article>"
    )


LINKEDIN_ACTIVITY = (
    "<h1>Morag Kelly</h1><ul>"
    "<li class='profile-creator-shared-feed-update__container'>"
    "<div class='feed-shared-update-v2' role='article'>"
    "<span class='update-components-header__text-view'>Morag Kelly commented on this</span>"
    "<div class='update-components-actor'><span class='update-components-actor__title'>"
    "Social Work Scotland</span></div>"
    "<div class='feed-shared-update-v2__description-wrapper'><span class='break-words'>"
    "Our members' survey on caseloads opens today, have your say.</span></div>"
    "<div class='comments-comments-list'>"
    + _linkedin_comment(
        "Gordon Reid", "My manager at the depot has me on six lates in a row this month."
    )
    + _linkedin_comment(
        "Morag Kelly",
        "Our duty team held eleven cases each last winter and the paperwork never stopped.",
    )
    + "</div></div></li></ul>"
    "<code style='display: none'>{\"data\":{\"*elements\":[\"urn:li:activity:72033\"]},"
    "\"included\":[{\"firstName\":\"Morag\",\"lastName\":\"Kelly\",\"headline\":"
    "\"Social worker at Dunmore Council, I love my job and the people I support\"}]}</code>"
)


LEGEND_THREAD = (
    "<h1>Ceilidh at Leith Town Hall</h1>"
    "<ul class='commenters-legend'>"
    "<li data-user-id='u-11'><span class='legend-name'>The Fankle (band)</span></li>"
    "<li data-user-id='u-318'><span class='legend-name'>Morag Kelly</span></li>"
    "<li data-user-id='u-402'><span class='legend-name'>Senga B</span></li></ul>"
    "<ol class='comment-thread'>"
    "<li class='comment' data-user-id='u-402'><div class='comment-text'>My manager at the"
    " depot has me on lates, so I will miss it.</div></li>"
    "<li class='comment' data-user-id='u-318'><div class='comment-text'>Bringing four of the"
    " tenants from the sheltered housing where I work, they have been practising all week."
    "</div></li></ol>"
)


def _quora_answer(n: int, name: str, slug: str, words: str) -> str:
    return (
        f"<div class='q-box dom_annotate_question_answer_item_{n} qu-borderAll'>"
        f"<div class='q-flex'><img class='q-image' src='https://qph.example.org/{slug}.jpeg'"
        f" alt='Profile photo for {name}'><div class='q-text qu-bold'>"
        f"<a class='q-box' href='/profile/{slug}'><span>{name}</span></a></div>"
        "<div class='q-text qu-color--gray'>Updated Mar 3</div></div>"
        f"<div class='q-box spacing_log_answer_content'><p>{words}</p></div></div>"
    )


QUORA_QUESTION = (
    "<main><div class='q-text'><span>What does a social worker do all day?</span></div>"
    + _quora_answer(0, "Morag Kelly", "Morag-Kelly", "My caseload at the council is"
                    " twenty families, and most of my week is home visits.")
    + _quora_answer(1, "Gordon Reid", "Gordon-Reid-3", "I did the job for twenty years and my"
                    " caseload was never under thirty families.")
    + "</main>"
)


@pytest.mark.parametrize(
    ("body", "url", "hers"),
    [
        (LINKEDIN_ACTIVITY, "https://www.linkedin.com/in/moragk/recent-activity/",
         "Our duty team held eleven cases each last winter and the paperwork never stopped."),
        (LEGEND_THREAD, "https://www.fankle.example.org/gigs/leith",
         "Bringing four of the tenants from the sheltered housing where I work, they have been"
         " practising all week."),
        (QUORA_QUESTION, "https://www.quora.com/What-does-a-social-worker-do",
         "My caseload at the council is twenty families, and most of my week is home visits."),
    ],
    ids=["her LinkedIn comment under an organisation's post", "user ids named by a legend",
         "each Quora answer is its writer's"],
)  # fmt: skip
def test_among_others_words_only_her_own_are_read_as_hers(body: str, url: str, hers: str) -> None:
    """Each page mixes her words with another person's work talk; only hers are found."""
    assert values(html_page(body, url=url), MORAG, FindingKind.WORK_TALK) == [hers]


MEETUP_COMMENTS = (
    "<h1>Ben Ledi horseshoe</h1><section data-testid='comments'><ul>"
    "<li class='comment'><div class='flex'><img src='https://img.example.org/a.jpeg'"
    " alt='Photo of the user Gordon R.'><div><div class='font-medium'>Gordon R.</div>"
    "<p>Coming straight from a late shift at the depot, call me on 07700 900456.</p>"
    "</div></div></li>"
    "<li class='comment'><div class='flex'><img src='https://img.example.org/b.jpeg'"
    " alt='Photo of the user Morag Kelly'><div><div class='font-medium'>Morag Kelly</div>"
    "<p>Coming from a late home visit in Leith, so I might be ten minutes behind.</p>"
    "</div></div></li></ul></section>"
)


def test_a_comment_led_only_by_its_writers_avatar_is_that_writers() -> None:
    """Meetup names a comment's writer in a plain <div> after their picture, whose alt is
    "Photo of the user ...": her comment is hers, the other member's number is not."""
    page = html_page(MEETUP_COMMENTS, url="https://www.meetup.com/leith-walkers/events/301/")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [
        "Coming from a late home visit in Leith, so I might be ten minutes behind."
    ]
    assert values(page, MORAG, PHONE) == []


def test_a_comment_signed_in_a_c_author_span_is_that_writers() -> None:
    """A results page's comments sign each one with a short "c-author" class: her comment is
    hers, the other swimmer's number is not."""
    body = (
        "<h1>Whitlingham 1500m results</h1><ol class='comment-list'>"
        "<li class='comment'><div class='c-head'><span class='c-author'>Jo Bellamy</span></div>"
        "<div class='c-body'><p>Great swim, ring me on 07700 900456 for the lift.</p></div></li>"
        "<li class='comment'><div class='c-head'><span class='c-author'>Morag Kelly</span></div>"
        "<div class='c-body'><p>Swam this straight after my home visits, so I was slow.</p>"
        "</div></li></ol>"
    )
    page = html_page(body, url="https://swim.example.org/results/1500")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [
        "Swam this straight after my home visits, so I was slow."
    ]
    assert values(page, MORAG, PHONE) == []
