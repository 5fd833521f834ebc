"""Locations: given places, placing phrases, structured addresses and postcode addresses."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind, Severity, Subject

from .helpers import MORAG, PLAIN, findings, html_page, json_page, values

KIND = FindingKind.LOCATION


def subject(*locations: str) -> Subject:
    return Subject(name="Morag Kelly", handles=("moragk",), employers=("Dunmore Council",),
                   locations=locations)  # fmt: skip


@pytest.mark.parametrize(
    ("locations", "body", "expected"),
    [
        # places the subject gave, as written
        (("Leith",), "<p>Walked round Leith today.</p>", ["Leith"]),
        (("Leith",), "<p>LEITH forever</p>", ["LEITH"]),
        (("North Berwick",), "<p>Day out in North  Berwick</p>", ["North Berwick"]),
        # phrases that place the author
        ((), "<p>Based in Musselburgh.</p>", ["Musselburgh"]),
        ((), "<p>I live in Kirkcaldy with two cats.</p>", ["Kirkcaldy"]),
        ((), "<p>living in North Berwick now</p>", ["North Berwick"]),
        ((), "<p>Originally from Stornoway, now elsewhere</p>", ["Stornoway"]),
        ((), "<p>I'm from Dundee</p>", ["Dundee"]),
        ((), "<p>Moved to Portobello last year</p>", ["Portobello"]),
        ((), "<p>📍 Broughty Ferry</p>", ["Broughty Ferry"]),
        ((), "<p>Location: Perth, Scotland</p>", ["Perth, Scotland"]),
        ((), "<p>Social worker in Edinburgh.</p>", ["Edinburgh"]),
        ((), "<div>From Kirkcaldy, United Kingdom</div>", ["Kirkcaldy, United Kingdom"]),
        ((), "<p>Based in Leith Love my job</p>", ["Leith"]),
        # a nation or county in its own language is kept with the town
        (("Redruth",), "<p>Sea swims · parkrun<br>Redruth, Kernow 🏴</p>", ["Redruth, Kernow"]),
        (("Bangor",), "<p>Bangor, Cymru</p>", ["Bangor, Cymru"]),
        # a district written before the given town, where a bio part starts
        (("Bristol",), "<p>Youth worker. Bedminster, Bristol. Grew up elsewhere.</p>",
         ["Bedminster, Bristol"]),
        # an address ending in a postcode, as written
        ((), "<p>Donations to 12 Example Street, Broughty Ferry, Dundee DD5 1AA please.</p>",
         ["12 Example Street, Broughty Ferry, Dundee DD5 1AA"]),
        ((), "<p>Address: Flat 2, 14 Example Road, EH6 1AA</p>",
         ["Flat 2, 14 Example Road, EH6 1AA"]),
        ((), "<p>Find me at Example Cottage, Crail KY10 3AA</p>",
         ["Example Cottage, Crail KY10 3AA"]),
        # structured addresses
        ((), '<script type="application/ld+json">{"@type":"Person","name":"Morag Kelly","address":'
             '{"@type":"PostalAddress","streetAddress":"12 Example Street",'
             '"addressLocality":"Leith","postalCode":"EH6 1AA"}}</script>',
         ["12 Example Street, Leith, EH6 1AA"]),
        ((), '<div class="h-card"><span class="p-name">Morag Kelly</span>'
             '<span class="p-locality">Musselburgh</span></div>', ["Musselburgh"]),
        ((), '<div class="h-card"><span class="p-name">Morag Kelly</span><div class="p-adr h-adr">'
             '<span class="p-locality">Crail</span></div></div>', ["Crail"]),
        # a short form given first (JSON-LD) and a longer one after: the longer alone
        ((), '<script type="application/ld+json">{"@type":"Person","name":"Morag Kelly",'
             '"address":{"addressLocality":"Leith"}}</script>'
             '<div class="top-card__location">Leith, Scotland, United Kingdom</div>',
         ["Leith, Scotland, United Kingdom"]),
        # a place inside a longer one already reported is not repeated
        (("Leith",), '<script type="application/ld+json">{"@type":"Person","name":"Morag Kelly",'
                     '"address":{"addressLocality":"Leith","postalCode":"EH6 1AA"}}</script>'
                     "<p>Based in Leith.</p>", ["Leith, EH6 1AA"]),
    ],
)  # fmt: skip
def test_location_found(locations: tuple[str, ...], body: str, expected: list[str]) -> None:
    assert values(html_page(body), subject(*locations), KIND) == expected


@pytest.mark.parametrize(
    ("locations", "body"),
    [
        (("Reading",), "<p>I was reading a book.</p>"),  # the verb, not the town
        ((), "<p>A message from John about Monday.</p>"),
        ((), "<p>Back from January onwards.</p>"),
        ((), "<p>I'm from Monday on leave.</p>"),
        ((), "<p>Based in Dunmore Council offices.</p>"),  # the employer, not a place
        ((), "<p>The model A1 2BC is great.</p>"),  # postcode-shaped, not an address
        ((), '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":'
             '"Person","name":"Jane Reporter","address":{"addressLocality":"Glasgow"}}}</script>'),
        ((), '<div class="comments"><p>I live in Glasgow</p></div>'),
        ((), "<footer>Example Pages Ltd, 1 Example Road, London EC1A 1AA</footer>"),
    ],
)  # fmt: skip
def test_not_a_location(locations: tuple[str, ...], body: str) -> None:
    assert values(html_page(body), subject(*locations), KIND) == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"login": "moragk", "avatar_url": "https://a/1", "html_url": "https://g/m",
          "public_repos": 1, "location": "Edinburgh, Scotland"}, ["Edinburgh, Scotland"]),
        ({"status": {"code": 0}, "them": [{"basics": {"username": "moragk"},
          "profile": {"full_name": "Morag Kelly", "location": "Stirling"}}]}, ["Stirling"]),
        ({"entry": [{"preferredUsername": "moragk", "currentLocation": "Musselburgh"}]},
         ["Musselburgh"]),
    ],
)  # fmt: skip
def test_location_from_api(data: dict, expected: list[str]) -> None:
    assert values(json_page(data), PLAIN, KIND) == expected


def test_location_severity_needs_name_and_employer() -> None:
    both = findings(
        html_page("<h1>Morag Kelly</h1><p>Works at Dunmore Council. Based in Crail.</p>")
    )
    name_only = findings(html_page("<h1>Morag Kelly</h1><p>Based in Crail.</p>"), PLAIN)
    assert [f.severity for f in both if f.kind is KIND] == [Severity.MEDIUM]
    assert [f.severity for f in name_only if f.kind is KIND] == [Severity.LOW]
    assert MORAG.locations  # the persona has places; this page names none of them


@pytest.mark.parametrize(
    "activity",
    [
        # a dated item: the run's place sits beside its time
        "<div><time>7:52 on Sunday, 9 March 2025</time>"
        "<span class='location'>Portreath, England, United Kingdom</span></div>",
        # an event's place, in a page that is all about one activity
        "<div class='event-card'><span class='location'>Portreath, England</span></div>",
    ],
)
def test_where_a_run_was_is_not_where_they_live(activity: str) -> None:
    """Strava puts a location field on each activity and one on the athlete's card."""
    body = (
        f"<div class='activity-view'><h1>Morag Kelly</h1>{activity}"
        "<div class='athlete-card'><div class='location'>Redruth, England</div></div></div>"
    )
    assert values(html_page(body), PLAIN, KIND) == ["Redruth, England"]


@pytest.mark.parametrize(
    "tag",
    [
        # TikTok: the video's place, a link to its /place/ page
        "<a data-e2e='video-location' href='/place/Swansea-Marina-2253'><span>📍 Swansea Marina"
        "</span></a>",
        # Instagram: the post's place, a link to /explore/locations/
        "<div><a href='/explore/locations/2139/swansea-marina/'>"
        "<span>Swansea, Wales</span></a></div>",
    ],
)
def test_a_posts_place_tag_is_where_it_was_filmed_not_home(tag: str) -> None:
    body = f"<h1>Nadia Halloran</h1><p>Welsh cakes for Saturday.</p>{tag}"
    nadia = Subject(name="Nadia Halloran", handles=("nadiabakes",), locations=("Swansea",))
    page = html_page(body, url="https://www.tiktok.com/@nadiabakes/video/7381")
    assert values(page, nadia, KIND) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kirkgate Shufflers are a five-piece pub band from Leeds.",
        "Crumb & Kettle sells Welsh cakes from a little market stall in Leeds.",
        "We play pubs, clubs and weddings across Leeds, Bradford and West Yorkshire.",
        # the reader's place, not the writer's
        "And if you’re in Leeds in March, come and watch me get out-acted.",
        "Anyone in Leeds fancy a pint after the gig?",
        # a club's, an agency's and a care round's place
        "Our book club in Leeds gave it a collective shrug.",
        "Registered manager of a small home care agency in Leeds.",
        "We do have a bit of space on our Leeds round at the moment.",
    ],
)
def test_a_groups_town_or_its_patch_is_not_the_members_home(sentence: str) -> None:
    """A band's, a stall's or a round's place: the member may live there or not. What she
    says of herself still counts."""
    body = f"<h1>Kieran Ashworth</h1><p>{sentence}</p>"
    kez = Subject(name="Kieran Ashworth", handles=("kash_bass",), locations=("Leeds", "Bramley"))
    assert values(html_page(body), kez, KIND) == []
    mine = html_page(f"{body}<p>Kez has lived in Bramley all his life.</p>")
    assert values(mine, kez, KIND) == ["Bramley"]


@pytest.mark.parametrize("line", ["2008 - 2019 · Cullompton", "Class of 2016 · Cullompton",
                                  "2 September 2019 - Present · Cullompton"])
def test_a_dated_lines_place_is_where_a_job_or_school_was(line: str) -> None:
    """Facebook's About page: "Worked at X" over "2008 - 2019 · Cullompton"."""
    body = (
        "<h1>Wendy Brimblecombe</h1><div>Senior Care Assistant at Exe Vale Lodge</div>"
        f"<div><span>{line}</span></div><div>Lives in Tiverton</div>"
    )
    wendy = Subject(name="Wendy Brimblecombe", locations=("Tiverton",))
    page = html_page(body, url="https://www.facebook.com/wendy.brimblecombe/about")
    assert values(page, wendy, KIND) == ["Tiverton"]


def test_a_venues_address_beside_the_subjects_name_is_not_her_home() -> None:
    """A darts league's captains: her name, her mobile and her team's home pub."""
    body = (
        "<h1>Division Two results</h1><table><tr><th>Team</th><th>Captain</th><th>Mobile</th>"
        "<th>Venue</th></tr><tr><td>Brickies</td><td>Dee Ackroyd</td><td>07700 900417</td>"
        "<td>Brickmakers Arms, Walton Street, Hull</td></tr></table>"
    )
    dee = Subject(name="Dionne Ackroyd", aliases=("Dee Ackroyd",), locations=("Hull",))
    page = html_page(body, url="https://www.hulldartsleague.example.org/results/")
    assert values(page, dee, KIND) == []


def test_a_town_an_employer_is_named_after_is_still_the_subjects_town() -> None:
    body = (
        "<h1>Jaz Tunnicliffe</h1><p>I’m on placement with Stoke-on-Trent City Council.</p>"
        "<p>Social work student from Stoke-on-Trent.</p>"
    )
    jaz = Subject(name="Jasmine Tunnicliffe", aliases=("Jaz Tunnicliffe",),
                  employers=("Stoke-on-Trent City Council",), locations=("Stoke-on-Trent",))
    page = html_page(body, url="https://jazonplacement.example.org/about")
    assert values(page, jaz, KIND) == ["Stoke-on-Trent"]


def test_a_labelled_field_on_a_roster_card_is_the_cards_persons() -> None:
    """"<strong>Hometown:</strong> Nuneaton" on the card headed with her alias: the label
    opening the line is not the card's heading, her alias above it is."""
    card = (
        "<div class='skater-card'><h3>{who} <span>#{n}</span></h3><ul class='skater-facts'>"
        "<li><strong>Hometown:</strong> {town}</li><li><strong>Day job:</strong> {job}</li>"
        "</ul></div>"
    )
    body = (
        "<h1>Our skaters</h1>"
        + card.format(who="Lady Godiv-Ouch", n=1043, town="Bedworth", job="Teacher")
        + card.format(who="Mo Kelly", n=412, town="Leith", job="Social worker")
        + card.format(who="Thwack Attack", n=41, town="Rugby", job="Paramedic")
    )
    page = html_page(body, url="https://www.derby.example.org/roster")
    assert values(page, MORAG, KIND) == ["Leith"]
