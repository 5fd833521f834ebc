"""The general causes behind held-out corpus 23's errors, one test each."""

from __future__ import annotations

import json

import pytest

from selfaudit.extract import work_talk
from selfaudit.extract.base import build_document
from selfaudit.extract.text import sentences
from selfaudit.models import FindingKind, Subject

from .helpers import html_page, json_page, values

LEONIE = Subject(
    name="Leonie Braithwaite", aliases=("Thimble & Thorn",),
    handles=("thimbleandthorn", "leoniebraithwaite"), employers=("Ridgeway Park Family Hub",),
    phones=("+447700900582",), locations=("Swindon", "Chippenham"),
)  # fmt: skip


def _event_page(organiser: str) -> str:
    ld = {
        "@context": "https://schema.org", "@type": "Event", "name": "Cosplay Weekender 2025",
        "organizer": {"@type": "Organization", "name": organiser},
        "performer": [{"@type": "Person", "name": "Leonie Braithwaite"}],
    }  # fmt: skip
    return (
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        "<h1>Leonie Braithwaite (Thimble &amp; Thorn)</h1>"
        "<p>Leonie Braithwaite is a Swindon-based costumer who has been sewing since she was"
        " nine.</p><img src='https://cdn.example.org/guests/leonie-800.jpg'"
        " alt='Leonie Braithwaite as Ahsoka Tano'>"
        "<h2>More 2025 guests</h2><p>Kit Okafor, armour and props · Cardiff</p>"
        "<p>Questions? Ring 0117 496 0550 or email"
        " <a href='mailto:access@weekender.example.org'>access@weekender.example.org</a></p>"
    )


def test_a_guest_page_on_an_events_site_is_the_organisers_not_hers() -> None:
    page = html_page(_event_page("Cosplay Weekender CIC"),
                     url="https://www.weekender.example.org/guests/leonie-braithwaite")  # fmt: skip
    assert values(page, LEONIE, FindingKind.PHONE) == []
    assert values(page, LEONIE, FindingKind.EMAIL) == []
    assert values(page, LEONIE, FindingKind.LOCATION) == ["Swindon"]
    assert values(page, LEONIE, FindingKind.TAGGED_PHOTO) == [
        "https://cdn.example.org/guests/leonie-800.jpg"
    ]


@pytest.mark.parametrize("organiser", ["Leonie Braithwaite", "Thimble & Thorn"])
def test_an_event_she_organises_is_hers(organiser: str) -> None:
    page = html_page(_event_page(organiser), url="https://www.eventbrite.co.uk/e/cosplay-123")
    assert values(page, LEONIE, FindingKind.PHONE) == ["+441174960550"]


ZOSIA = Subject(
    name="Zofia Kowalczyk", aliases=("Zosia K",), handles=("zosia_restores",),
    employers=("Kildean Court Care Home",), locations=("Stirling",),
)  # fmt: skip


def test_a_named_business_reply_under_her_review_is_the_business_words() -> None:
    page = html_page(
        "<h1>Zosia K</h1><section><p>Tunics wash well and the pockets fit a night log pen."
        " Sizing runs small.</p><div data-service-review-business-reply='true'>"
        "<p><b>Reply from CareWear Direct</b></p><p>Hi Zosia, thanks for the feedback on"
        " sizing. Our care team can be reached on 0161 496 0583 if you need an exchange.</p>"
        "</div></section>",
        url="https://uk.trustpilot.com/users/66f1a2b3c4d5e6f7a8b9c0d1",
    )
    assert values(page, ZOSIA, FindingKind.PHONE) == []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Need support with drugs or alcohol? Northlight Liverpool: 0151 496 0915 (Mon–Fri)", []),
        ("Struggling tonight? Swindon Samaritans: 0117 496 0111", []),
        ("Commissions open! Questions? Leonie: 07700 900582", ["+447700900582"]),
    ],
    ids=["recovery service", "listening service", "her own"],
)
def test_a_question_then_a_services_name_signposts_the_services_number(
    line: str, expected: list[str]
) -> None:
    page = html_page(f"<h1>Leonie Braithwaite</h1><p>{line}</p>",
                     url="https://linktr.ee/thimbleandthorn")  # fmt: skip
    assert values(page, LEONIE, FindingKind.PHONE) == expected


ROSH = Subject(
    name="Rosheen Mulhearn", aliases=("Rosh Mulhearn",), handles=("cornetrosh",),
    employers=("Northlight Recovery Foundation",), locations=("Liverpool",),
)  # fmt: skip


@pytest.mark.parametrize(
    "work",
    [
        '<a href="https://www.northlightrecovery.org.uk/liverpool/">'
        "northlightrecovery.org.uk/liverpool/</a> (Northlight Recovery Foundation)",
        "Northlight Recovery Foundation",
    ],
    ids=["a link then the name", "the name"],
)
def test_a_work_field_gives_the_employers_name_not_its_link(work: str) -> None:
    data = {
        "id": "1", "username": "cornetrosh", "acct": "cornetrosh",
        "display_name": "Rosh Mulhearn", "note": "<p>Cornet player.</p>",
        "url": "https://mastodon.social/@cornetrosh",
        "fields": [{"name": "Work", "value": work}],
    }  # fmt: skip
    page = json_page(data, url="https://mastodon.social/api/v1/accounts/lookup?acct=cornetrosh")
    assert values(page, ROSH, FindingKind.WORKPLACE) == ["Northlight Recovery Foundation"]


@pytest.mark.parametrize(
    "css, expected",
    [("link-thumbnail", False), ("profile-cover", True), ("coverPhoto", True)],
)
def test_recovery_in_a_logos_name_is_not_a_cover_photo(css: str, expected: bool) -> None:
    page = html_page(
        "<h1>Rosh Mulhearn</h1><p>Cornet player.</p>"
        f"<div class='{css}'><img src='https://ugc.example.org/a1_northlight-mark.png'"
        " alt='Northlight Recovery Foundation logo' width='40' height='40'></div>",
        url="https://linktr.ee/cornetrosh",
    )
    assert bool(values(page, ROSH, FindingKind.EMPLOYER_BRANDING)) is expected


@pytest.mark.parametrize("mention", ["@kasiawrona", "@kasiawrona@mastodon.scot", "@kasia @jo,"])
def test_the_accounts_a_reply_starts_with_are_not_part_of_what_she_said(mention: str) -> None:
    said = "night shift pay is rubbish but my residents are worth it, mostly."
    page = html_page(f"<h1>Zosia K</h1><p>{mention} {said}</p>",
                     url="https://mastodon.scot/@zosia_restores")  # fmt: skip
    assert values(page, ZOSIA, FindingKind.WORK_TALK) == [said]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The honest answer to “how do you fit this in?” is that the workshop helps. Then bed.",
         ["The honest answer to “how do you fit this in?” is that the workshop helps.",
          "Then bed."]),
        ("She asked “are you the nurse?” Then she laughed.",
         ["She asked “are you the nurse?”", "Then she laughed."]),
    ],
    ids=["quotation inside", "quotation at the end"],
)
def test_a_question_quoted_inside_a_sentence_does_not_end_it(
    text: str, expected: list[str]
) -> None:
    assert [s for _, s in sentences(text)] == expected


def _listing(seller: str) -> str:
    card = (
        "<li class='listing-card'><a href='/p/{slug}'><span class='listing-title'>{what}</span>"
        "<span class='listing-location'>{town}</span></a></li>"
    )
    return (
        "<h1>Restored 1960s teak sideboard</h1><h4 class='vip-location'>Bannockburn</h4>"
        "<div class='vip-description'><p>I restore furniture around my night shifts at a care"
        " home, so if I don’t reply straight away I’m either asleep or at work.</p></div>"
        f"<aside class='vip-seller'><h2 class='seller-name'>{seller}</h2></aside>"
        "<section><h2>Similar ads</h2><ul>"
        + card.format(slug="ercol", what="Ercol sideboard", town="Falkirk")
        + card.format(slug="pine", what="Pine dresser", town="Alloa")
        + "</ul></section>"
    )


def test_a_listing_signed_by_her_seller_name_is_hers_and_similar_ads_are_not() -> None:
    page = html_page(_listing("Zosia K"), url="https://www.gumtree.com/p/sideboard/1489923741")
    assert values(page, ZOSIA, FindingKind.WORK_TALK)
    assert values(page, ZOSIA, FindingKind.LOCATION) == ["Bannockburn"]


def test_a_listing_by_another_seller_is_not_hers() -> None:
    page = html_page(_listing("Dougie M"), url="https://www.gumtree.com/p/sideboard/1489923741")
    assert values(page, ZOSIA, FindingKind.WORK_TALK) == []


def test_her_employer_named_in_her_own_avatars_description_is_her_workplace() -> None:
    data = {
        "hash": "39ae60", "display_name": "Zosia K", "profile_url": "https://gravatar.com/zosia",
        "avatar_url": "https://0.gravatar.com/avatar/39ae60",
        "avatar_alt_text": "Zosia in her navy Kildean Court Care Home tunic",
    }  # fmt: skip
    page = json_page(data, url="https://api.gravatar.com/v3/profiles/zosia_restores")
    assert values(page, ZOSIA, FindingKind.WORKPLACE) == ["Kildean Court Care Home"]


def test_the_town_of_her_employers_service_is_not_where_she_lives() -> None:
    page = html_page(
        "<h1>Naloxone saves lives, says recovery worker</h1><p>Rosh Mulhearn, 34, has worked"
        " at Northlight’s Liverpool community recovery service for four years.</p>",
        url="https://www.example.org/news/naloxone-pier-head",
    )
    assert values(page, ROSH, FindingKind.LOCATION) == []


def _yt_comment(who: str, said: str, scope: str, replies: str = "") -> str:
    """A YouTube comment as its Polymer markup serves it: every inner element carries
    "style-scope ytd-comment-view-model"."""
    c = f"style-scope {scope}"
    inner = "style-scope ytd-comment-view-model"
    return (
        f"<ytd-comment-view-model class='{c}'><div id='main' class='{inner}'>"
        f"<div id='header-author' class='{inner}'><h3 class='{inner}'><a id='author-text'"
        f" class='{inner}' href='/{who}'><span class='{inner}'>{who}</span></a></h3>"
        f"<span id='published-time-text' class='{inner}'><a href='/watch?lc=1'>3 weeks ago</a>"
        f"</span></div><div id='expander' class='{inner}'><yt-attributed-string"
        f" id='content-text' class='{inner}'><span role='text'>{said}</span>"
        f"</yt-attributed-string></div></div></ytd-comment-view-model>{replies}"
    )


def test_her_youtube_reply_that_starts_with_an_at_mention_is_hers() -> None:
    mine = (
        "The stall was a good day though, we handed out forty naloxone kits and two people"
        " came back later asking about the Tuesday group."
    )
    reply = _yt_comment(
        "@cornetrosh",
        f"<a href='/@brianfromthebackrow'>@brianfromthebackrow</a> ha, sleep is for tenor"
        f" horns. {mine}",
        "ytd-comment-replies-renderer",
    )
    thread = _yt_comment(
        "@brianfromthebackrow", "Lovely tone! Saw you at the stall last Saturday as well.",
        "ytd-comment-thread-renderer",
        f"<div id='replies' class='style-scope ytd-comment-thread-renderer'>{reply}</div>",
    )  # fmt: skip
    page = html_page(
        "<ytd-video-owner-renderer><a href='/@cornetrosh'>Rosh Mulhearn</a>"
        "</ytd-video-owner-renderer><h1>Napoli, cornet solo</h1>"
        f"<ytd-comment-thread-renderer>{thread}</ytd-comment-thread-renderer>",
        url="https://www.youtube.com/watch?v=Qm3rTn8vLcE",
    )
    said = list(work_talk.own_sentences(build_document(page, ROSH), ROSH))
    assert any(s.startswith("The stall was a good day") for s in said)
    assert not any("Lovely tone" in s for s in said)


@pytest.mark.parametrize(
    "said",
    [
        "All details changed to protect the families I work with.",
        "Names changed, obviously, to protect the people I support.",
    ],
)
def test_a_note_that_details_are_changed_is_not_work_talk(said: str) -> None:
    assert not work_talk.is_work_talk(said)


def test_time_away_from_work_is_not_the_jobs_context(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(work_talk, "MODEL", None)  # the rules alone
    hobby = ("When I’m not at work I’m usually covered in glitter and hot glue, building"
             " cosplay for myself and for commission clients.")  # fmt: skip
    assert not work_talk.is_work_talk(hobby)
    assert work_talk.is_work_talk("When I’m not at work I still worry about my residents.")


@pytest.mark.parametrize(
    "said, expected",
    [
        ("Before this job I spent six years behind the counter at Lark Lane Pharmacy, so I’d"
         " seen the scripts from the other side.", ["Lark Lane Pharmacy"]),
        ("We spent two weeks every summer at Pontins in Southport.", []),
    ],
    ids=["a past job", "a holiday"],
)
def test_years_spent_doing_something_at_a_named_employer_are_a_past_workplace(
    said: str, expected: list[str]
) -> None:
    page = html_page(f"<h1>Rosh Mulhearn</h1><p>{said}</p>", url="https://linktr.ee/cornetrosh")
    assert values(page, ROSH, FindingKind.WORKPLACE) == expected


def test_a_photo_drawn_in_an_svg_is_named_by_its_figures_caption() -> None:
    page = html_page(
        "<h1>Our players</h1><figure><svg role='img' aria-label='Player of the Year 2024'>"
        "<image xlink:href='/uploads/player-of-the-year-2024.jpg' width='160'></image></svg>"
        "<figcaption>Player of the Year 2024: Rosh Mulhearn, for turning up to every"
        " engagement.</figcaption></figure>",
        url="https://www.example.org/our-players/",
    )
    assert values(page, ROSH, FindingKind.TAGGED_PHOTO) == [
        "https://www.example.org/uploads/player-of-the-year-2024.jpg"
    ]


@pytest.mark.parametrize(
    "said, expected",
    [
        ("Did the night log at 4, had a cup of tea with Mrs M., who wanted to tell me about"
         " her wedding.", True),
        ("Officially one break; unofficially it depends whether Mr D. is up walking the"
         " corridor at 3am and I have to go with him.", True),
        ("I bought the sideboard from Mr J. Smith of Falkirk last year.", False),
    ],
    ids=["initial then comma", "initial then lower case", "a full name"],
)
def test_a_person_named_by_an_initial_and_a_full_stop_is_anonymised(
    said: str, expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(work_talk, "MODEL", None)  # the rules alone
    assert work_talk.is_work_talk(said) is expected
