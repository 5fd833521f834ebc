"""The general causes behind held-out corpus 22's errors, one test each."""

from __future__ import annotations

from dataclasses import replace

import pytest

from selfaudit.extract import extract_findings, work_talk
from selfaudit.extract.base import build_document
from selfaudit.models import FindingKind, Subject

from .helpers import html_page, json_page, values

PIP = Subject(
    name="Philippa Marchbank", aliases=("Pip Marchbank", "Hooked by Pip"),
    handles=("hookedbypip", "pipmarchbank"), employers=("Bramblewood Day Nursery",),
    emails=("hookedbypip@example.co.uk",), locations=("Cheltenham",),
)  # fmt: skip


@pytest.mark.parametrize("site", ["Etsy", "Ravelry", "Patreon", "CragLog"])
def test_a_profile_titled_handle_on_site_is_not_a_namesakes(site: str) -> None:
    """og:title "HookedByPip on Etsy" is the account's name and the site's, not a person called
    "HookedByPip On"; a site we have never heard of is known by its address (CragLog)."""
    head = (
        "<meta property='og:type' content='profile'>"
        f"<meta property='og:title' content='HookedByPip on {site}'>"
    )
    body = (
        "<h1>HookedByPip</h1><p>Crochet patterns from Cheltenham.</p>"
        "<p>Seller details: Philippa Marchbank. Email: hookedbypip@example.co.uk</p>"
    )
    page = html_page(body, head=head, url=f"https://www.{site.lower()}.example/shop/HookedByPip")
    found = extract_findings(page, PIP)
    assert found and not any(f.may_not_be_you for f in found)


def test_a_reviews_photos_drawn_as_labelled_buttons_are_read() -> None:
    """Google Maps shows the photos on a review as buttons with a background image."""
    photo = "https://lh5.googleusercontent.com/p/AF1QipNk3x8Z2yVbH7=w300-h225-p-k-no"
    body = (
        "<h1>Pip Marchbank</h1><div role='feed' aria-label='Reviews by Pip Marchbank'>"
        "<div aria-label='The Woolly Ewe'><span>Lovely little yarn shop.</span>"
        "<button class='Tya61d' aria-label='Photo 1 on Pip Marchbank&#39;s review'"
        f" style='background-image: url(&quot;{photo}&quot;);'></button>"
        "<button class='x' aria-label='Share'>Share</button></div></div>"
    )
    page = html_page(body, url="https://www.google.com/maps/contrib/1098/reviews")
    assert values(page, PIP, FindingKind.TAGGED_PHOTO) == [photo]


ELLZ = Subject(name="Marcus Ellerby", aliases=("DJ Ellz",), handles=("ellzdeep",))


def test_a_page_served_inside_noscript_is_read() -> None:
    """SoundCloud's server-rendered track page sits in a <noscript>, beside the app's script."""
    said = "This one's named after the referral order panels I sit in on with my young people."
    body = (
        "<div id='app'></div><noscript><p>You need to enable JavaScript to use SoundCloud</p>"
        "<article><h1>After Panel Mix by <a href='/ellzdeep'>DJ Ellz</a></h1>"
        f"<p itemprop='description'>{said}</p></article></noscript>"
    )
    page = html_page(body, url="https://soundcloud.com/ellzdeep/after-panel-mix")
    assert values(page, ELLZ, FindingKind.WORK_TALK) == [said]


def test_a_pattern_page_signed_by_its_designer_is_hers() -> None:
    said = "I designed Bramble because the children I look after at work kept stealing ours."
    body = (
        "<h2>Bramble the Hedgehog</h2><div class='notes'><p>Bramble is a chunky hedgehog.</p>"
        f"<p>{said}</p></div><div class='pattern_designer'><strong>by <a"
        " href='/designers/pip-marchbank'>Pip Marchbank</a></strong></div>"
    )
    page = html_page(body, url="https://www.ravelry.com/patterns/library/bramble-the-hedgehog")
    assert values(page, PIP, FindingKind.WORK_TALK) == [said]


@pytest.mark.parametrize(
    "said",
    [
        "I designed Bramble for the toddler room, because our key children kept stealing it.",
        "Referral order panel tonight, so I'll be late, and my young people were brilliant.",
        "We get through hundreds a term for learning journals, so I'm in the shop a lot.",
        "Most of my designs are road-tested by the toddlers at work, who chew everything.",
    ],
)
def test_early_years_and_youth_justice_words_are_the_trades(
    said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trades of heldout22, new to every earlier set: key children and learning journals
    in a nursery, referral order panels in youth justice."""
    monkeypatch.setattr(work_talk, "MODEL", None)  # the rules alone
    assert work_talk.is_work_talk(said)


IMMY_L = Subject(name="Imogen Lathbury", aliases=("Immy Lathbury",), handles=("immylathbury",),
                 locations=("Plymouth", "Plympton"))  # fmt: skip


@pytest.mark.parametrize(
    ("said", "towns"),
    [
        ("Immy Lathbury is a stalwart of Plymouth’s Citadel Players.", []),
        ("Immy Lathbury says Plymouth’s best pasties are on the Barbican.", ["Plymouth"]),
    ],
)
def test_a_towns_named_company_is_not_where_she_lives(said: str, towns: list[str]) -> None:
    page = html_page(f"<h1>Episode 12</h1><p>{said}</p>", url="https://pod.example.org/ep12")
    assert values(page, IMMY_L, FindingKind.LOCATION) == towns


ELLZ_AT_WORK = Subject(name="Marcus Ellerby", handles=("ellzdeep",),
                       employers=("Croal Valley Youth Offending Service",))  # fmt: skip


@pytest.mark.parametrize("where", ["class='background-image'", "class='photo'"])
def test_a_profiles_background_photo_showing_the_employer_is_branding(where: str) -> None:
    """About.me's background photo: an <img class="background-image"> from its /background/
    folder, here of the employer's logo on the reception wall."""
    src = "https://aboutme.imgix.net/background/users/m/a/r/marcusellerby_1.jpg"
    body = (
        f"<img {where} src='{src}' alt='Background image: the Croal Valley Youth Offending"
        " Service logo on the reception wall'><h1>Marcus Ellerby</h1><p>Youth worker, DJ.</p>"
    )
    page = html_page(body, url="https://about.me/marcusellerby")
    assert values(page, ELLZ_AT_WORK, FindingKind.EMPLOYER_BRANDING) == [src]


@pytest.mark.parametrize(
    "gave, expected",
    [((), ["+447700900583"]), (("+441632960500",), ["+447700900583", "+441632960500"])],
    ids=["the nursery's number", "her direct line, which she gave us"],
)
def test_a_gravatar_work_phone_is_the_workplaces_number_unless_she_gave_it(
    gave: tuple[str, ...], expected: list[str]
) -> None:
    data = {
        "hash": "1cb6d2", "display_name": "Pip Marchbank",
        "profile_url": "https://gravatar.com/hookedbypip",
        "contact_info": {"cell_phone": "07700 900583", "work_phone": "01632 960500"},
    }  # fmt: skip
    page = json_page(data, url="https://api.gravatar.com/v3/profiles/abc123")
    pip = replace(PIP, phones=gave)
    assert values(page, pip, FindingKind.PHONE) == expected


def test_patreon_comments_marked_by_data_tag_are_the_commenters_and_the_creators() -> None:
    row = (
        "<div data-tag='comment-row'{cls}><span data-tag='commenter-name'>{who}</span>"
        "<p data-tag='comment-body'>{said}</p></div>"
    )
    body = (
        "<h1>Hooked by Pip</h1><article data-tag='post-card'><div data-tag='post-content'>"
        "<p>I’ve had a rough week, so the dormouse is running three days late.</p></div>"
        "<div data-tag='comment-thread'>"
        + row.format(cls="", who="Lou Pritchard",
                     said="Aww, I work in a nursery in Swindon too and I always cry.")
        + row.format(cls=" class='creator-reply'", who="Hooked by Pip",
                     said="Same, Lou, I cried in the stock cupboard after moving-up day.")
        + "</div></article>"
    )  # fmt: skip
    page = html_page(body, url="https://www.patreon.com/hookedbypip/posts")
    said = list(work_talk.own_sentences(build_document(page, PIP), PIP))
    assert any("stock cupboard" in s for s in said)
    assert not any("Swindon" in s for s in said)
    assert "Swindon" not in values(page, PIP, FindingKind.LOCATION)
