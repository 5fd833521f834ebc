"""The general causes behind held-out corpus 17's errors, one test each."""

from __future__ import annotations

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, json_page, values

ROZ = Subject(
    name="Rosalind Thirkettle", handles=("rozhooks",), aliases=("Roz Thirkettle",),
    employers=("Wensum Meadows Nursing Home",), locations=("Dereham",),
)  # fmt: skip

OWN_WORDS = "Two of the ladies I support now won’t sit down for the quiz without theirs."


def _listing(reviews: str = "", extra: str = "") -> str:
    """An Etsy listing: the seller named only as her shop, in the meta description."""
    return (
        "<html><head><meta name='description' content='This Gender-Neutral Adult item is sold"
        " by RozHooks. Ships from United Kingdom.'></head><body>"
        "<h1>Crochet Twiddle Muff for Dementia</h1>"
        f"<div class='wt-content-toggle'><p>{OWN_WORDS}</p>{extra}</div>"
        "<div class='shipping'><p>Dispatches from: United Kingdom</p></div>"
        f"<section class='reviews' data-region='reviews'>{reviews}</section></body></html>"
    )


def test_a_shop_listing_is_its_sellers_page() -> None:
    """ "sold by RozHooks": her handle as a shop name; the description is her own words."""
    page = html_page(_listing(), url="https://www.etsy.com/uk/listing/1634829175/twiddle-muff")
    assert values(page, ROZ, FindingKind.WORK_TALK) == [OWN_WORDS]


def test_customers_reviews_are_their_words_not_the_sellers() -> None:
    reviews = (
        "<div class='review-card'><p><a href='/uk/people/markf'>Mark</a> · 20 Sep, 2024</p>"
        "<p data-review-text>Ordered two for the day centre where I volunteer in Fakenham. "
        "Sturdy, washable, and the service users love the beads.</p></div>"
    )
    page = html_page(_listing(reviews), url="https://www.etsy.com/uk/listing/1634829175/muff")
    assert values(page, ROZ, FindingKind.WORK_TALK) == [OWN_WORDS]
    assert values(page, ROZ, FindingKind.LOCATION) == []


def test_where_a_parcel_is_sent_from_is_not_where_the_seller_lives() -> None:
    page = html_page(_listing(), url="https://www.etsy.com/uk/listing/1634829175/muff")
    assert values(page, ROZ, FindingKind.LOCATION) == []
    said = "<p>Location: Dereham</p>"  # her own field still counts
    page = html_page(_listing(extra=said), url="https://www.etsy.com/uk/listing/1634829175/m")
    assert values(page, ROZ, FindingKind.LOCATION) == ["Dereham"]


def test_a_care_home_called_by_its_name_is_the_employer() -> None:
    """ "Wensum Meadows let me run a session": the home without "Nursing Home"."""
    extra = "<p>Wensum Meadows let me run a muff-making afternoon with relatives.</p>"
    page = html_page(_listing(extra=extra), url="https://www.etsy.com/uk/listing/1634829175/m")
    assert values(page, ROZ, FindingKind.WORKPLACE) == ["Wensum Meadows Nursing Home"]


def test_a_news_story_about_a_farmer_from_a_town_the_list_lacks_is_a_namesakes() -> None:
    """Louth is in the gazetteer but not in the short town list: "Louth farmer" places him."""
    olly = Subject(name="Marcus Ollerenshaw", handles=("ollycoaches",),
                   employers=("Medlock Vale Council",), locations=("Stalybridge",))  # fmt: skip
    body = (
        "<article><h1>Louth farmer Marcus Ollerenshaw ploughs his way to county title</h1>"
        "<figure><img src='/plough.jpg' alt=''><figcaption>Marcus Ollerenshaw on his 1956 "
        "Fordson Major at the Wolds Ploughing Match</figcaption></figure>"
        "<p>Marcus Ollerenshaw, 61, who farms 400 acres of wheat, beat 38 other entrants.</p>"
        "</article>"
    )
    page = html_page(body, url="https://www.lincscourier.co.uk/news/louth-farmer-9201775")
    assert all_may_not_be_you(page, olly)


def _youtube_comment(handle: str, words: str, creator: bool = False) -> str:
    badge = (
        f"<ytd-author-comment-badge-renderer creator><a href='/@{handle}'>@{handle}</a>"
        "</ytd-author-comment-badge-renderer>"
        if creator
        else f"<h3><a id='author-text' href='/@{handle}'><span>@{handle}</span></a></h3>"
    )
    return (
        f"<ytd-comment-view-model class='style-scope ytd-comment-view-model'>"
        f"<div id='author-thumbnail'><button aria-label='@{handle}'><img alt=''></button></div>"
        f"<div id='main'><div id='header-author'>{badge}</div>"
        f"<yt-attributed-string id='content-text'><span>{words}</span></yt-attributed-string>"
        "</div></ytd-comment-view-model>"
    )


def test_a_youtube_watch_page_drawn_by_its_app_is_the_channels() -> None:
    """No microdata: the owner box's link (/@ollycoaches) says whose video it is, and the
    creator's reply among the comments is his; a commenter's number is not."""
    olly = Subject(name="Marcus Ollerenshaw", handles=("ollycoaches",))
    reply = "Day job is youth justice, so most of my week is spent with teenagers on my caseload."
    own = "Filmed on a Sunday because midweek I’m mostly in youth court or out on home visits."
    body = (
        "<ytd-watch-metadata><h1>U12s tackle drill</h1><div id='owner'>"
        "<ytd-video-owner-renderer><a href='/@ollycoaches'><img alt=''></a>"
        "<ytd-channel-name><a href='/@ollycoaches'>Olly Coaches Rugby</a></ytd-channel-name>"
        "</ytd-video-owner-renderer></div><div id='description'>"
        f"<p>Quick one from Sunday’s session with the Under 12s. {own}</p></div>"
        "</ytd-watch-metadata>"
        "<ytd-comments id='comments'><ytd-comment-thread-renderer>"
        + _youtube_comment("SaleJuniorsCoach", "Nice drill! Call me on 07700 900456 for a game.")
        + "<div id='replies'>"
        + _youtube_comment("ollycoaches", reply, creator=True)
        + "</div></ytd-comment-thread-renderer></ytd-comments>"
    )
    page = html_page(body, url="https://www.youtube.com/watch?v=Qm7vT2xLk9A")
    assert values(page, olly, FindingKind.WORK_TALK) == [own, reply]
    assert values(page, olly, FindingKind.PHONE) == []


def test_a_youtube_watch_page_names_its_channel_in_its_player_data() -> None:
    olly = Subject(name="Marcus Ollerenshaw", handles=("ollycoaches",))
    own = "Filmed on a Sunday because midweek I’m mostly in youth court or out on home visits."
    body = (
        '<script>var ytInitialPlayerResponse = {"microformat":{"playerMicroformatRenderer":'
        '{"ownerProfileUrl":"http://www.youtube.com/@ollycoaches"}}};</script>'
        f"<h1>U12s tackle drill</h1><div id='description'><p>{own}</p></div>"
    )
    page = html_page(body, url="https://www.youtube.com/watch?v=Qm7vT2xLk9A")
    assert values(page, olly, FindingKind.WORK_TALK) == [own]


def test_a_charitys_helpline_on_a_fundraiser_is_not_the_organisers_number() -> None:
    immy = Subject(name="Imogen Stallard", handles=("immystallard",))
    body = (
        "<h1>Imogen is fundraising for Headway Avon</h1><p>Organised by Imogen Stallard</p>"
        "<p>Text me on 07700 900321 if you want to run with me.</p>"
        "<p>Headway Avon · Registered charity 1187452 · Helpline 0117 496 0388</p>"
    )
    page = html_page(body, url="https://www.gofundme.com/f/immy-runs-the-bristol-half")
    assert values(page, immy, FindingKind.PHONE) == ["+447700900321"]


def test_a_short_name_inside_another_employers_name_is_that_employer() -> None:
    """ "Medlock Vale YJS" names the youth justice service; "Medlock Vale" in it is not
    Medlock Vale Council as well."""
    olly = Subject(
        name="Marcus Ollerenshaw",
        handles=("ollycoaches",),
        employers=("Medlock Vale Council", "Medlock Vale Youth Justice Service"),
    )
    body = ("<h1>Marcus Ollerenshaw</h1><p>Youth justice worker at Medlock Vale YJS. Most days "
            "are home visits, court and far too much paperwork.</p>")  # fmt: skip
    page = html_page(body, url="https://bsky.app/profile/ollycoaches.bsky.social")
    assert values(page, olly, FindingKind.WORKPLACE) == ["Medlock Vale Youth Justice Service"]


def test_a_profile_field_may_list_two_employers() -> None:
    data = {
        "entry": [
            {
                "preferredUsername": "rozhooks",
                "displayName": "Roz Thirkettle",
                "company": "Wensum Meadows Nursing Home · Heronsgate Care Group",
            }
        ]
    }
    roz = Subject(
        name="Rosalind Thirkettle",
        handles=("rozhooks",),
        aliases=("Roz Thirkettle",),
        employers=("Wensum Meadows Nursing Home", "Heronsgate Care Group"),
    )
    page = json_page(data, url="https://en.gravatar.com/rozhooks.json")
    assert sorted(values(page, roz, FindingKind.WORKPLACE)) == [
        "Heronsgate Care Group",
        "Wensum Meadows Nursing Home",
    ]


def test_a_fundraisers_hero_photo_is_a_photo_of_its_organiser() -> None:
    """GoFundMe's hero image alt: "Fundraiser by <organiser> : <title>"."""
    immy = Subject(name="Imogen Stallard", handles=("immystallard",))
    body = (
        "<div class='campaign-hero'><img class='campaign-hero_image__vK2pQ' src='/hero.jpg' "
        "alt='Fundraiser by Imogen Stallard : Immy’s Bristol Half'></div>"
        "<p>Organised by Imogen Stallard</p>"
    )
    page = html_page(body, url="https://www.gofundme.com/f/immy-runs-the-bristol-half")
    assert values(page, immy, FindingKind.TAGGED_PHOTO) == ["https://www.gofundme.com/hero.jpg"]
