"""The judge as a table: about the subject, or a namesake? One row per rule."""

from __future__ import annotations

import time

import pytest

from selfaudit.models import SearchResult, Subject
from selfaudit.search.interface import RawResult
from selfaudit.search.judge import about_subject, judge, judge_result

from . import SAM

JOANNA = Subject(name="Joanna Bloggs", handles=("jb_cares",))
JOANNA_AT = Subject(
    name="Joanna Bloggs", employers=("Ashgrove Housing Association",), locations=("Dundee",)
)
ZOE = Subject(name="Zoë Okafor-Reid", handles=("zoe_reid_sw",), locations=("Paisley",))
NO_CONTEXT = Subject(name="Sam Whitlock")
ANNA = Subject(name="Anna Rees-Parry", employers=("Tegfan Data Ltd",), locations=("Swansea",))
MAREK = Subject(
    name="Marek Wiśniewski", aliases=("Marek Wisniewski",), employers=("Nenebank Dental",),
    locations=("Peterborough",),
)  # fmt: skip
NURSE = Subject(name="Jo Bloggs", employers=("Dundee Health Partnership",), locations=("Dundee",))
ROBIN = Subject(name="Robin Bird", employers=("Ure Valley Family Hub",), locations=("Ripon",))
MEILING = Subject(name="Mei-Ling Chen", aliases=("Chen Mei-Ling",), locations=("Spalding",))
DAVE = Subject(
    name="David Smith", employers=("Nene Valley Rehab", "Brightwater Home Care Ltd"),
    locations=("Kettering",),
)  # fmt: skip
PEGGY = Subject(name="Margaret Thorne", aliases=("Margaret Ellery",), locations=("Truro",))
EUAN = Subject(
    name="Euan MacLennan", employers=("Lorn and Isles Community Mental Health Team",),
    locations=("Oban",),
)
JIM = Subject(name="Jim Wilson", aliases=("James Wilson",), employers=("Saltwick View Care Home",),
              locations=("Whitby",))


def r(title: str, snippet: str = "", url: str = "https://example.org/page") -> RawResult:
    return RawResult(url=url, title=title, snippet=snippet, engine="test")


ROWS = [
    # -- the name rule: compatible given names ------------------------------------------------
    ("exact name", JOANNA, r("Joanna Bloggs | Facebook"), True),
    ("short form", JOANNA, r("Jo Bloggs - profile"), True),
    ("initial with stop", JOANNA, r("Minutes", "Present: J. Bloggs, A. Khan"), True),
    ("initial without stop", JOANNA, r("Minutes", "Present: J Bloggs and A Khan"), True),
    ("surname first", JOANNA, r("Register", "Bloggs, Joanna. Registered 2016."), True),
    ("capitals surname first", JOANNA, r("Register", "BLOGGS, Joanna - housing"), True),
    ("all capitals", JOANNA, r("JOANNA BLOGGS - OFFICIAL"), True),
    ("middle initial", JOANNA, r("Joanna K. Bloggs, author"), True),
    ("title before", JOANNA, r("Dr Joanna Bloggs"), True),
    ("possessive", JOANNA, r("Joanna Bloggs's blog"), True),
    ("accent folded", ZOE, r("Zoe Okafor-Reid | LinkedIn"), True),
    ("accent kept", ZOE, r("Zoë Okafor-Reid | LinkedIn"), True),
    ("one half of the double surname", ZOE, r("Zoe Reid - Paisley choir"), True),
    ("alias", SAM, r("Samantha Whitlock - parkrun"), True),
    # -- the name rule: namesakes -------------------------------------------------------------
    ("another given name", JOANNA, r("John Bloggs | Facebook"), False),
    ("another initial", JOANNA, r("Minutes", "Present: P. Bloggs"), False),
    ("given name extending an alias", SAM, r("Samuel Whitlock - player profile"), False),
    ("Samuel is fine without the alias", NO_CONTEXT, r("Samuel Whitlock - player profile"), True),
    ("surname alone", JOANNA, r("The Bloggs family of Broughty Ferry"), False),
    ("placeholder", JOANNA, r("Sign up", "Your name, e.g. Jo Bloggs"), False),
    ("lifespan", JOANNA, r("Joanna Bloggs (1899–1975)"), False),
    ("born long ago", JOANNA, r("Joanna Bloggs (born 1850) was a weaver"), False),
    ("a child", JOANNA, r("Prize", "Joanna Bloggs, 9, won the art prize"), False),
    ("obituary", JOANNA, r("Obituary: Joanna Bloggs", "peacefully at home"), False),
    (
        "relative's obituary names the subject",
        JOANNA,
        r(
            "Obituary: Peter Bloggs",
            "Peter Bloggs died peacefully. He leaves a daughter, Joanna Bloggs.",
        ),
        True,
    ),  # noqa: E501
    (
        "a name across a line break is not one name",
        NO_CONTEXT,
        r("Video by TX", "Whitlock Homes"),
        False,
    ),
    ("nothing about them", SAM, r("Falkirk weather", "Rain in Falkirk"), False),
    # -- identifiers ---------------------------------------------------------------------------
    ("their email", SAM, r("Contacts", "write to sam.whitlock@example.org"), True),
    ("their email, obfuscated", SAM, r("Contacts", "sam.whitlock [at] example [dot] org"), True),
    (
        "an email with their name but not theirs",
        SAM,
        r("Contacts", "sam.whitlock@example.net"),
        False,
    ),
    ("their phone, national", SAM, r("Club", "call 0131 496 0412"), True),
    ("their phone, international", SAM, r("Club", "call +44 (0)131 496 0412"), True),
    ("their phone, squashed", SAM, r("Club", "tel 01314960412"), True),
    ("another number", SAM, r("Club", "call 0131 496 0413"), False),
    ("their distinctive handle", ZOE, r("Instagram", "photos from @zoe_reid_sw"), True),
    (
        "distinctive handle in the address",
        ZOE,
        r("Blog", "", "https://blogs.example.net/zoe_reid_sw/"),
        True,
    ),
    (
        "distinctive handle as sub-domain",
        ZOE,
        r("Blog", "", "https://zoe_reid_sw.example.net/"),
        True,
    ),
    ("handle inside a longer word is not it", ZOE, r("Blog", "zoe_reid_sw2 posts"), False),
    ("name-like handle alone", SAM, r("Profile", "", "https://code.example.com/samwhitlock"), True),
    (
        "name in the address",
        SAM,
        r("Staff profile", "", "https://example.org/staff/samantha-whitlock"),
        True,
    ),
    (
        "another name in the address",
        SAM,
        r("Staff profile", "", "https://example.org/staff/samuel-whitlock"),
        False,
    ),
    # -- context -------------------------------------------------------------------------------
    ("name with their town", SAM, r("Sam Whitlock", "runner from Falkirk"), True),
    ("name with another town", SAM, r("Sam Whitlock", "estate agent in Leeds"), False),
    ("X-based", SAM, r("Sam Whitlock", "Leeds-based estate agent"), False),
    ("abroad", SAM, r("Sam Whitlock - Realtor - Austin, TX"), False),
    ("another country", SAM, r("Sam Whitlock", "a teacher in Melbourne, Australia"), False),
    (
        "their town beats another town",
        SAM,
        r("Sam Whitlock", "from Falkirk, ran the Leeds 10k"),
        True,
    ),
    ("town given, none on the page", SAM, r("Sam Whitlock | Facebook"), True),
    (
        "no towns given: any town is fine",
        NO_CONTEXT,
        r("Sam Whitlock", "estate agent in Leeds"),
        True,
    ),
    (
        "name with another employer",
        SAM,
        r("Sam Whitlock", "partner at Whitlock & Co Estate Agents"),
        False,
    ),
    ("another council", SAM, r("S Whitlock - Leeds City Council"), False),
    (
        "regulator is not an employer",
        SAM,
        r("Sam Whitlock", "registered with the Scottish Social Services Council"),
        True,
    ),  # noqa: E501
    (
        "surname with their employer",
        SAM,
        r("Dunmore Council awards", "team of the year: Whitlock and colleagues"),
        True,
    ),  # noqa: E501
    ("surname with their town only", SAM, r("Whitlock Arms", "a pub in Falkirk"), False),
    (
        "employer and town stated with initial",
        JOANNA_AT,
        r("Tenants forum", "J. Bloggs, Ashgrove Housing Association, Dundee"),
        True,
    ),
    (
        "employer of a namesake in a university",
        JOANNA_AT,
        r("Joanna Bloggs", "Joanna Bloggs is a lecturer at the University of Leeds"),
        False,
    ),
    (
        "name-like handle with another town",
        SAM,
        r(
            "Sam Whitlock (@samwhitlock)",
            "Leeds-based estate agent",
            "https://video.example.com/@samwhitlock",
        ),
        False,
    ),  # noqa: E501
    # -- children --------------------------------------------------------------------------------
    ("junior after the name", SAM, r("Sam Whitlock Jr - Falkirk Colts"), False),
    ("under-11s team", SAM, r("Falkirk Under 11s", "Player of the match: Sam Whitlock"), False),
    ("U13 results", SAM, r("Results", "800m U13 Girls: 1. Sam Whitlock (Falkirk) 2:34"), False),
    ("age band in years", SAM, r("Gala", "Girls 10-11 yrs 50m: 1st Sam Whitlock, Falkirk"), False),
    ("junior championships", SAM, r("Junior Chess Championships", "Sam Whitlock (Falkirk)"), False),
    ("schools competition", SAM, r("Schools Athletics 2024", "Sam Whitlock, Falkirk HS"), False),
    ("adult coach of a junior team", SAM, r("Falkirk Under 11s", "Coach: Sam Whitlock"), True),
    (
        "'under' with a unit is not an age group",
        SAM,
        r("Falkirk 10k", "Sam Whitlock ran under 50 minutes"),
        True,
    ),  # noqa: E501
    (
        "'junior' as a rank is not a child",
        SAM,
        r("Sam Whitlock's review", "every junior designer"),
        True,
    ),  # noqa: E501
    # -- what the name is said to be -----------------------------------------------------------
    (
        "age and job after the name",
        SAM,
        r("Court", "Sam Whitlock, 34, a warehouse operative of Falkirk"),
        False,
    ),  # noqa: E501
    (
        "age alone is not a conflict",
        SAM,
        r("Marathon", "Sam Whitlock, 34, from Falkirk, ran"),
        True,
    ),  # noqa: E501
    ("job title after the name", SAM, r("Sam Whitlock - Senior Lecturer in History"), False),
    (
        "job after a comma",
        SAM,
        r("Falkirk news", "Sam Whitlock, headteacher of Falkirk High"),
        False,
    ),  # noqa: E501
    ("encyclopaedia disambiguator", SAM, r("Sam Whitlock (rower) - Wiki"), False),
    ("birth date", SAM, r("Sam Whitlock", "Sam Whitlock (born 11 June 1998) is a rower"), False),
    ("nee is not a disambiguator", SAM, r("Sam Whitlock (née Reid) - Falkirk"), True),
    (
        "job that fits their employer",
        NURSE,
        r("Parking", "Jo Bloggs, a nurse from Dundee, said"),
        True,
    ),  # noqa: E501
    (
        "job with their employer named",
        SAM,
        r("Sam Whitlock - Social Worker - Dunmore Council"),
        True,
    ),  # noqa: E501
    (
        "another person's job",
        SAM,
        r("Falkirk", "John Whitlock, a plumber, and Sam Whitlock of Falkirk"),
        True,
    ),  # noqa: E501
    # -- foreign places and names written surname first ---------------------------------------
    ("Polish town with diacritics", MAREK, r("Marek Wiśniewski - Java Developer - Wrocław"), False),  # noqa: E501
    ("Polish town without diacritics", MAREK, r("Marek Wisniewski", "profesor, Krakow"), False),
    (
        "Polish town only in the snippet",
        MAREK,
        r("Marek Wiśniewski", "obrońca, Motor Lublin"),
        False,
    ),  # noqa: E501
    (
        "capitals surname first, no comma",
        MAREK,
        r("Results", "412 WISNIEWSKI Marek M35 Peterborough 1:38"),
        True,
    ),  # noqa: E501
    ("capitals double surname first", ANNA, r("REES-PARRY Anna - Sketty, Swansea SA2"), True),
    ("double surname without its hyphen", ANNA, r("Anna Rees Parry - Swansea"), True),
    ("capitals surname then another word", MAREK, r("WISNIEWSKI Plumbing - Peterborough"), False),  # noqa: E501
    # -- half a double surname, initials, given names ------------------------------------------
    ("half the double surname, their town", ANNA, r("Anna Parry", "runner from Swansea"), True),
    (
        "half the double surname with a job",
        ANNA,
        r("Swansea", "Anna Parry, headteacher of Ysgol Bryn, Swansea"),
        False,
    ),  # noqa: E501
    ("half the double surname alone", ANNA, r("Anna Parry | Facebook"), False),
    ("other half as a given name", ANNA, r("Rees Parry Plumbing - Swansea"), False),
    (
        "initial spelled out as someone else",
        JOANNA_AT,
        r("J. Bloggs & Sons - Dundee", "run by John Bloggs since 1987"),
        False,
    ),  # noqa: E501
    (
        "initial alone still fits",
        JOANNA_AT,
        r("J. Bloggs & Sons - Dundee", "joinery since 1987"),
        True,
    ),  # noqa: E501
    (
        "given name alone at their employer",
        JOANNA_AT,
        r("Ashgrove Housing Association reviews", "Joanna sorted out my repair in a day"),
        True,
    ),  # noqa: E501
    (
        "someone else's full name at their employer",
        JOANNA_AT,
        r("Ashgrove Housing Association", "Joanna Smith sorted my repair"),
        False,
    ),  # noqa: E501
    # -- causes behind the second held-out set's errors ----------------------------------------
    (
        "goals in brackets are not an age",
        NURSE,
        r("Dundee Sunday League results", "Scorers: J. Bloggs (2), K. Hollis."),
        True,
    ),
    (
        "a cub's age in brackets",
        NURSE,
        r("Dundee scouts", "Well done to cubs Jo Bloggs (8) and Mia Evans (9)."),
        False,
    ),
    (
        "sixteen is a child",
        NURSE,
        r("Results day", "Jo Bloggs, 16, from Dundee, picked up nine A* grades."),
        False,
    ),
    (
        "a school year group",
        NURSE,
        r(
            "Year 7 merit awards | Dundee school",
            "Gold merits go to Jo Bloggs (7R) and Ella Price.",
        ),
        False,
    ),
    (
        "a job after 'of Town,'",
        NURSE,
        r("Dundee driver fined", "Jo Bloggs, 54, of Lochee, a taxi driver, was fined."),
        False,
    ),
    (
        "a job in brackets",
        NURSE,
        r("Our staff | Dundee High", "PE: Mr Jo Bloggs (Head of PE), Miss Rees."),
        False,
    ),
    (
        "surname then initial on a team sheet",
        NURSE,
        r("Dundee 2nd XV match report", "Tries: Bloggs J., Jenkins. Held on in the rain."),
        True,
    ),
    ("one letter longer is another name", JOANNA, r("Joannah Bloggs jailed"), False),
    # -- causes behind the third held-out set's errors -----------------------------------------
    (
        "a funeral notice that says 'aged 88' a sentence later",
        NURSE,
        r(
            "BLOGGS Jo - Funeral notice - Dundee",
            "BLOGGS Jo (nee Smith). Passed away peacefully, aged 88.",
        ),
        False,
    ),
    (
        "'A retired teacher' in the next sentence",
        NURSE,
        r(
            "Past captains - Dundee Golf Club",
            "2019: Jo Bloggs. A retired primary teacher, Jo joined in 1988.",
        ),
        False,
    ),
    ("a racehorse", NURSE, r("Jo Bloggs (IRE) - Horse profile", "Jo Bloggs, 5yo bay mare."), False),
    ("a stylist", NURSE, r("Our stylists | Dundee", "Jo Bloggs, 23, senior stylist."), False),
    # -- causes behind the fourth held-out set's errors ----------------------------------------
    (
        "a job after a middle dot",
        NURSE,
        r("Jo Bloggs Tattoo • Instagram", "Jo Bloggs · Tattoo artist · Dundee"),
        False,
    ),
    (
        "'At 84 she says'",
        NURSE,
        r(
            "Thank you, Jo",
            "Jo Bloggs has run the tea trolley since 1994. At 84 she says she"
            " has no plans to stop.",
        ),
        False,
    ),
    (
        "a register's other given name beside their employer",
        NURSE,
        r("DUNDEE HEALTH PARTNERSHIP - officers", "BLOGGS, Simon Andrew - Director. Dundee."),
        False,
    ),
    # -- causes behind the fifth held-out set's errors -----------------------------------------
    (
        "a business named after them",
        NURSE,
        r("Jo Bloggs Joinery, Dundee - reviews", "Jo fitted our worktops. Tidy and fair."),
        False,
    ),
    (
        "a results list places them abroad",
        NURSE,
        r("Dundee Half 2024 - Jo Bloggs - finisher", "Jo Bloggs, 39, Chicago, IL. Bib 31877."),
        False,
    ),
    # -- causes behind the sixth held-out set's errors -----------------------------------------
    (
        "a business named after them, in capitals",
        NURSE,
        r("JO BLOGGS PLUMBING & HEATING LTD - Dundee", "Officer: Jo BLOGGS, occupation Plumber."),
        False,
    ),
    ("a word after a name is not a surname", ROBIN, r("Robin bird nests in Ripon porch"), False),
    (
        "another double given name",
        MEILING,
        r("Long-service awards", "Care assistant Chen Mei-Hua celebrated ten years."),
        False,
    ),
    (
        "a register's stated occupation",
        NURSE,
        r("BLOGGS, Jo - appointments", "Born 1961. Occupation: holiday-let proprietor."),
        False,
    ),
    # -- causes behind the seventh held-out set's errors ---------------------------------------
    (
        "surname at the employer written without its Ltd",
        DAVE,
        r("Our Team | Brightwater Home Care", "Mr Smith, our clinical lead OT, assesses"),
        True,
    ),
    (
        "a case study's pseudonym",
        PEGGY,
        r("Case study: self-neglect", "'Margaret Thorne' (not her real name) is 74 and lives"),
        False,
    ),
    # -- causes behind the eighth held-out set's errors ----------------------------------------
    (
        "a pupil in a Welsh school newsletter",
        JOANNA,
        r("Cylchlythyr / Newsletter", "Congratulations to Joanna Bloggs (Blwyddyn 4) who won"),
        False,
    ),
    (
        "every name in an example's clause",
        JOANNA,
        r("Surnames", "so e.g. Jo Smith becomes Joanna Bloggs when she marries"),
        False,
    ),
    (
        "a job title written before the name",
        JIM,
        r("Wilson double", "Striker James Wilson, 22, scored either side of half-time"),
        False,
    ),
    (
        "the charity they raised money for is no other employer",
        JIM,
        r("Care home boss walks 40 miles", "Jim Wilson crossed the moors, raising £3,240 for"
          " the Moors Memory Trust"),
        True,
    ),
    (
        "a community council's minutes in their town",
        EUAN,
        r("Oban Community Council – minutes", "Present: Euan MacLennan (chair), A. Campbell"),
        True,
    ),
    (
        "their given name, their town and their team by the end of its name",
        Subject(name="Seun Adeyemi", employers=("Ise Valley Youth Justice Team",),
                locations=("Kettering",)),
        r("Seun's Kettering to Corby cycle", "hampers for the young people our youth justice"
          " team works with"),
        True,
    ),
    (
        "a team name of generic words alone is nobody's employer",
        EUAN,
        r("Euan's swim across Oban Bay", "a therapy garden for the people our community mental"
          " health team supports"),
        False,
    ),
    (
        "'our team' alone is nobody's employer",
        EUAN,
        r("Euan's swim across Oban Bay", "a garden for the people our team supports"),
        False,
    ),
    (
        "every generic word of the employer's name is nobody's team",
        Subject(name="Joanna Bloggs", employers=("Kent County Council Social Services",),
                locations=("Dundee",)),
        r("Rant", "Joanna's mum says my council social services are useless"),
        False,
    ),
    (
        "'for example' then a real person's anecdote",
        JOANNA_AT,
        r("Awards night", "For example, last week Joanna Bloggs won the tenancy award."),
        True,
    ),
    (
        "a results list naming their club in another town",
        JOANNA_AT,
        r("County Closed 2024 – Results", "Final: Joanna Bloggs (Leamington Spa BC) bt A. Khan"),
        False,
    ),
    # -- causes behind the ninth held-out set's errors -----------------------------------------
    (
        "a road named after their town, in a court report from another",
        Subject(name="Siobhan O'Brien", locations=("Ballycastle",)),
        r("Woman fined", "Siobhan O'Brien, 23, of Millburn Road, Coleraine, admitted driving"
          " on the Ballycastle Road"),
        False,
    ),
    # -- the gazetteer: small towns, where the words make them a place -------------------------
    (
        "a court report's address in a small town",
        DAVE,
        r("Man jailed", "David Smith, 34, of Studfall Avenue, Corby, was jailed for burglary."),
        False,
    ),
    (
        "a business in a village",
        PEGGY,
        r("Margaret Thorne | Instagram", "Ceramicist · Studio & shop in Hebden Bridge"),
        False,
    ),
    (
        "a small town named but not as where she is",
        PEGGY,
        r("Margaret Thorne", "Walked to the shop near Corby Road for the hospice"),
        True,
    ),
    (
        "the university she graduated from",
        PEGGY,
        r("Graduation 2004 - University of Plymouth", "BSc Nursing: Margaret Ellery, A. Penrose"),
        True,
    ),
    (
        "a lecturer at a university elsewhere",
        JOANNA_AT,
        r("Joanna Bloggs", "Joanna Bloggs is a lecturer at the University of Leeds"),
        False,
    ),
]


@pytest.mark.parametrize(
    ("label", "subject", "result", "expected"), ROWS, ids=[row[0] for row in ROWS]
)
def test_about_subject(label, subject, result, expected):
    verdict = judge(result, subject)
    assert verdict.about is expected, verdict.reasons
    assert about_subject(result, subject) is expected


def test_reasons_say_why():
    verdict = judge(r("Sam Whitlock", "estate agent in Leeds"), SAM)
    assert any("fits" in reason for reason in verdict.reasons)
    assert any("Leeds" in reason for reason in verdict.reasons)


def test_page_text_can_confirm_a_thin_snippet():
    result = r("Committee", "Secretary: S. Whitlock")
    assert judge(result, SAM).about is True
    page = "Secretary: S. Whitlock, Leeds branch, Whitlock & Co Estate Agents"
    assert about_subject(result, SAM, page_text=page) is False


def test_page_text_can_show_an_identifier():
    result = r("Committee - hillwalkers", "Membership: Whitlock")
    assert about_subject(result, SAM) is False
    assert (
        about_subject(result, SAM, page_text="Membership: write to sam.whitlock@example.org")
        is True
    )


def test_far_away_town_on_a_long_page_does_not_count():
    result = r("Sam Whitlock | blog", "")
    page = (
        "Sam Whitlock writes about hills.\n"
        + ("filler words here. " * 60)
        + "Our partner office is in Leeds."
    )
    assert about_subject(result, SAM, page_text=page) is True


def test_judge_result_updates_a_search_result():
    found = SearchResult(
        "duckduckgo", '"Sam Whitlock"', "https://example.org/a", "Sam Whitlock", "", True
    )
    updated = judge_result(found, SAM, "Sam Whitlock, estate agent in Leeds")
    assert updated.about_subject is False
    assert updated.url == found.url and updated.query == found.query
    assert judge_result(found, SAM, "Sam Whitlock from Falkirk") is found


@pytest.mark.parametrize(
    "page",
    [" " * 200_000, "A" * 200_000, "Sam Whitlock, " * 14_000, "x@" * 100_000, "Whitlock " * 22_000],
    ids=["spaces", "one-long-word", "many-names", "at-signs", "many-surnames"],
)
def test_hostile_pages_are_judged_quickly(page):
    # Each of these once took minutes through a quadratic regular expression.
    started = time.monotonic()
    judge(r("Sam Whitlock", page[:3000]), SAM, page_text=page)
    assert time.monotonic() - started < 5
