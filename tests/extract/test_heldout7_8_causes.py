"""The general causes behind held-out corpora 7 and 8's errors, one test (or row) each: what
the subject says they do for people, the employer named with its people, the employer as an
acronym, a bio that is only in the page's description, and a landscaping namesake."""

from __future__ import annotations

import pytest

from selfaudit.extract import extract_findings
from selfaudit.extract.orgs import find_employer, short_name
from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind, Subject

from .helpers import MORAG, html_page, json_page, values

WORK_TALK = FindingKind.WORK_TALK
SFSS = "Slemish Family Support Service"


@pytest.mark.parametrize(
    ("sentence", "employers", "talk"),
    [
        # what they do for people, said of themselves, with the job in the sentence
        ("I'm a support worker at Ortonmere, where I help five adults with learning"
         " disabilities live the lives they choose.", (), True),
        ("In my day job as a social worker I meet young carers every single week.", (), True),
        ("I lead a small family support team, working alongside parents new to social"
         " services.", (), True),
        ("By day I'm a senior support worker for a small supported-living charity.", (), True),
        ("I help my mum with her shopping on Saturdays.", (), False),
        ("I lead annual health checks for adults with learning disabilities across the patch.",
         (), True),
        ("I run a quiz for my friends at the pub.", (), False),
        # held-out corpus 9
        ("As a community occupational therapist, most of my week is spent in other people's"
         " kitchens.", (), True),
        ("As a child, I loved the sea.", (), False),
        ("I work in the community rehab team, helping people stay safe in their own homes.",
         (), True),
        ("Most of the people I see with MS do far better after a proper assessment.", (), True),
        ("It's the hardest and best job I've ever had, and the team look out for each other.",
         (), True),
        ("We're recruiting relief workers at Slemish Family Support Service.", (SFSS,), True),
        ("Our football team won again, I'm so proud.", (), False),
        ("The team has been brilliant about covering each other's rota gaps this month.", (),
         True),
        ("The police are often waiting four hours with someone on a 136 before I can get a"
         " doctor out.", (), True),
        # the employer named with its people, as something that happened
        ("Shoutout to the SFSS admin team who found an interpreter at 20 minutes' notice.",
         (SFSS,), True),
        ("Double-up calls today with the Slemish Family Support Service crew.", (SFSS,), True),
        ("Part of team Slemish Family Support Service.", (SFSS,), False),
        ("Team barbecue with the Slemish Family Support Service crew.", (SFSS,), False),
    ],
)
def test_work_talk_phrasing(sentence: str, employers: tuple[str, ...], talk: bool) -> None:
    assert is_work_talk(sentence, employers) is talk


def test_an_employer_is_found_by_its_acronym_only_in_capitals() -> None:
    assert find_employer("children's social worker @ SFSS", SFSS) is not None
    assert find_employer("we sfss'd the lot", SFSS) is None
    assert find_employer("Care And Trust", "Care And Trust") is not None
    assert find_employer("the CAT sat", "Care And Trust") is None  # three letters: a word


def test_a_bio_only_in_the_pages_description_is_read_on_the_subjects_own_page() -> None:
    bio = ("Tandem rides with my mate Jago. Jago has lived with us through Shared Lives since"
           " 2021 and picks the routes.")
    head = (f'<meta property="og:description" content="{bio}">'
            '<meta property="og:type" content="profile">'
            '<meta property="og:title" content="Morag Kelly">')
    page = html_page("<h1>Morag Kelly</h1><p>Videos</p>", head=head)
    assert values(page, MORAG, WORK_TALK) == [
        "Jago has lived with us through Shared Lives since 2021 and picks the routes."
    ]


def test_a_caption_already_on_the_page_is_not_read_again_from_the_description() -> None:
    caption = "The residents' lounge will never let me forget my bingo defeat."
    head = (f'<meta property="og:description" content="42 likes - moragk on May 16: {caption}">'
            '<meta property="og:title" content="Morag Kelly (@moragk)">')
    page = html_page(f"<h1>Morag Kelly</h1><p>{caption}</p>", head=head)
    assert values(page, MORAG, WORK_TALK) == [caption]


def test_a_landscape_gardener_of_the_same_name_elsewhere_may_not_be_the_subject() -> None:
    subject = Subject(name="Gethin Probert", employers=("Pencraig Homecare",),
                      locations=("Llangefni",))
    body = ("<h1>Gethin Probert Landscapes</h1><p>Gethin Probert: Landscape Gardener</p>"
            "<p>Gethin Probert is based in Monmouth, Monmouthshire. Call 01632 960915</p>")
    found = extract_findings(html_page(body, url="https://trades.example.com/gp"), subject)
    assert found and all(f.may_not_be_you for f in found)


def test_a_linkedin_photo_is_read_at_its_delayed_address_not_the_ghost_picture() -> None:
    body = (
        '<h1>Morag Kelly</h1><img class="top-card__profile-image" alt="Morag Kelly"'
        ' src="https://static.example.com/aero/ghost-person"'
        ' data-delayed-url="https://media.example.com/dms/image/profile-displayphoto-200/1.jpg">'
    )
    assert values(html_page(body), MORAG, FindingKind.TAGGED_PHOTO) == [
        "https://media.example.com/dms/image/profile-displayphoto-200/1.jpg"
    ]


def test_facebooks_cover_and_profile_picture_carrying_the_employer_are_branding() -> None:
    head = (
        '<meta property="og:type" content="profile">'
        '<meta property="og:title" content="Morag Kelly">'
    )
    body = (
        "<h1>Morag Kelly</h1>"
        '<img data-imgperflogname="profileCoverPhoto" src="https://cdn.example.com/cover.jpg"'
        " alt=\"May be an image of text that says 'DUNMORE COUNCIL Proud to care'\">"
        '<img width="168" height="168" src="https://cdn.example.com/pic.jpg"'
        " alt=\"May be an image of 1 person and text that says 'Dunmore Council'\">"
        "<div class='post'><img src=\"https://cdn.example.com/post.jpg\""
        " alt=\"May be an image of text that says 'Dunmore Council is hiring'\"></div>"
    )
    assert values(html_page(body, head=head), MORAG, FindingKind.EMPLOYER_BRANDING) == [
        "https://cdn.example.com/pic.jpg", "https://cdn.example.com/cover.jpg",
    ]


@pytest.mark.parametrize(
    ("employer", "short"),
    [
        ("Ortonmere Care Partnership", "Ortonmere"),
        ("Willowmere House Care Home", "Willowmere"),
        ("Hollowcombe House", "Hollowcombe"),  # a care home's name: its staff say "Hollowcombe"
        ("House of Care Trust", None),  # "house" ends a name only after its own words
        ("Slemish Family Support Service", "Slemish"),
        ("The Brackenlea Community Support", "Brackenlea"),
        ("Pencraig Homecare", "Pencraig"),
        ("Care Direct", None),  # starts with a generic word
        ("Riverside Trust", "Riverside"),
        ("Oak Care", None),  # three letters is too short a name to look for
        ("Abbey Yard Day Centre", "Abbey Yard"),  # "Day" is generic before "Centre"
        ("Daybreak Respite Centre", "Daybreak"),
        ("Tŷ Derwen Secure Children's Home", "Tŷ Derwen"),  # "Secure" before "Children's"
        ("Glanrhyd Residential Care Home", "Glanrhyd"),
        ("Secure Futures Trust", "Secure Futures"),  # only generic before a generic word
        ("Gwent Vale Adoption Service", "Gwent Vale"),
        ("Brightlands Fostering", "Brightlands"),
        ("Humber Voice Advocacy", "Humber Voice"),
    ],
)
def test_an_employers_short_name(employer: str, short: str | None) -> None:
    assert short_name(employer) == short


ORTON = Subject(name="Tamsin Ashworth", handles=("tam_supports",),
                employers=("Ortonmere Care Partnership",), locations=("Kendal",))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("It's Ortonmere, for anyone local, and the manager is lovely.", True),
        ("Back-to-back calls today with the Ortonmere crew.", True),
        ("We walked past Ortonmere on the way to the lake.", False),  # no work in it
    ],
)
def test_the_employers_short_name_in_the_subjects_own_words(sentence: str, found: bool) -> None:
    head = '<meta property="og:type" content="profile">'
    page = html_page(f"<h1>Tamsin Ashworth</h1><p>{sentence}</p>", head=head)
    expected = ["Ortonmere Care Partnership"] if found else []
    assert values(page, ORTON, FindingKind.WORKPLACE) == expected


def test_a_short_name_that_is_a_town_is_not_the_employer() -> None:
    subject = Subject(name="Tamsin Ashworth", employers=("Kettering Care Partnership",))
    page = html_page("<h1>Tamsin Ashworth</h1><p>Long shifts in Kettering this week.</p>")
    assert values(page, subject, FindingKind.WORKPLACE) == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Based in Ballymena, Co. Antrim.", "Ballymena, Co. Antrim"),
        ("Scarborough, England, United Kingdom", "Scarborough, England, United Kingdom"),
        ("Support worker in South Cumbria.", "South Cumbria"),
    ],
)
def test_a_place_keeps_its_county_nation_and_part_as_written(written: str, expected: str) -> None:
    subject = Subject(name="Roisin Mulgrew", locations=("Ballymena", "Scarborough", "Cumbria"))
    page = html_page(f"<h1>Roisin Mulgrew</h1><p>{written}</p>",
                     head='<meta property="og:type" content="profile">')
    assert values(page, subject, FindingKind.LOCATION) == [expected]


def test_the_descriptions_an_api_gives_its_pictures_are_their_alt_text() -> None:
    gravatar = {
        "hash": "ab12", "display_name": "Morag Kelly",
        "profile_url": "https://gravatar.com/moragk",
        "avatar_url": "https://0.gravatar.com/avatar/ab12",
        "avatar_alt_text": "Morag Kelly wearing her Dunmore Council lanyard",
    }
    page = json_page(gravatar, url="https://api.gravatar.com/v3/profiles/ab12")
    assert values(page, MORAG, FindingKind.TAGGED_PHOTO) == ["https://0.gravatar.com/avatar/ab12"]
    assert values(page, MORAG, FindingKind.EMPLOYER_BRANDING) == [
        "https://0.gravatar.com/avatar/ab12"
    ]
    mastodon = {
        "id": "1", "username": "moragk", "acct": "moragk", "display_name": "Morag Kelly",
        "note": "<p>Walks and bikes.</p>", "url": "https://mastodon.example/@moragk",
        "avatar": "https://files.example/avatars/1.jpg", "avatar_description": "A dog",
        "header": "https://files.example/headers/1.png",
        "header_description": "Dunmore Council logo above the words 'Proud to care'",
        "fields": [],
    }
    page = json_page(mastodon, url="https://mastodon.example/api/v1/accounts/lookup?acct=moragk")
    assert values(page, MORAG, FindingKind.EMPLOYER_BRANDING) == [
        "https://files.example/headers/1.png"
    ]


def test_a_number_labelled_after_it_is_a_phone() -> None:
    head = '<meta property="og:type" content="profile">'
    body = (
        "<h1>Morag Kelly</h1><ul><li>Lives in Leith</li><li>07700 900612</li><li>Mobile</li></ul>"
    )
    page = html_page(body, head=head)
    assert values(page, MORAG, FindingKind.PHONE) == ["+447700900612"]


def test_a_fundraisers_hero_photo_describing_them_is_a_tagged_photo() -> None:
    body = (
        '<img class="cp-hero__image" src="https://img.example.com/hero.jpg"'
        ' alt="Morag Kelly in her running vest on Portobello beach">'
        '<div class="cover"><img class="profile-banner" src="https://img.example.com/b.jpg"'
        ' alt="Morag Kelly"></div><h1>Morag is running for the food bank</h1>'
    )
    assert values(html_page(body), MORAG, FindingKind.TAGGED_PHOTO) == [
        "https://img.example.com/hero.jpg"
    ]


def test_a_posts_leading_emoji_is_not_part_of_what_was_said() -> None:
    head = '<meta property="og:type" content="profile">'
    body = "<h1>Morag Kelly</h1><p>🌸 Our residents planted these and today we picked them.</p>"
    assert values(html_page(body, head=head), MORAG, WORK_TALK) == [
        "Our residents planted these and today we picked them."
    ]


def test_a_line_that_is_only_the_place_is_the_form_reported() -> None:
    body = (
        "<h1>Morag is walking for the food bank</h1><p>Training walk done: Leith to Cramond"
        " and back.</p><div class='organiser'><p>Morag Kelly</p><p>Organiser</p>"
        "<p>Leith, Scotland</p></div>"
    )
    assert values(html_page(body), MORAG, FindingKind.LOCATION) == ["Leith, Scotland"]


def test_a_same_name_florist_may_not_be_the_subject() -> None:
    body = (
        "<h1>Morag Kelly Flowers</h1><p>Morag Kelly, wedding florist. Based in Aberdeen.</p>"
        "<p>Call Morag on 07700 900612.</p>"
    )
    found = extract_findings(html_page(body, url="https://pins.example.com/mkflowers/"), MORAG)
    assert found and all(f.may_not_be_you for f in found)


# -- what the review of this change found ---------------------------------------------------
def test_an_employer_typed_in_capitals_still_matches_in_any_case() -> None:
    assert find_employer("proud to work for the nhs", "NHS") is not None
    assert find_employer("I work at Asda on Saturdays", "ASDA") is not None


def test_a_photo_whose_address_has_a_banner_word_is_still_a_photo() -> None:
    body = (
        '<h1>Morag Kelly</h1><img src="data:image/gif;base64,R0lGOD"'
        ' data-src="https://img.example.com/discover-day-morag.jpg" alt="Morag Kelly at the'
        ' discovery day">'
    )
    assert values(html_page(body), MORAG, FindingKind.TAGGED_PHOTO) == [
        "https://img.example.com/discover-day-morag.jpg"
    ]


def test_a_short_name_is_found_however_the_user_typed_the_employer() -> None:
    subject = Subject(name="Tamsin Ashworth", employers=("ortonmere care partnership",))
    head = '<meta property="og:type" content="profile">'
    page = html_page("<h1>Tamsin Ashworth</h1><p>Calls today with the Ortonmere crew.</p>",
                     head=head)
    assert values(page, subject, FindingKind.WORKPLACE) == ["ortonmere care partnership"]


def test_a_post_reposted_into_the_subjects_timeline_is_not_theirs() -> None:
    head = '<meta property="og:type" content="profile">'
    body = (
        "<h1>Morag Kelly</h1>"
        '<article role="article"><div class="user-name">Morag Kelly @moragk</div>'
        "<div>Rough shift tonight, my caseload is through the roof.</div></article>"
        '<article role="article"><div>Morag Kelly reposted</div>'
        '<div class="user-name">Dunmore Council @DunmoreCouncil</div>'
        "<div>We're recruiting! Call 07700 900777 to apply.</div></article>"
    )
    page = html_page(body, head=head)
    assert values(page, MORAG, FindingKind.PHONE) == []
    assert values(page, MORAG, WORK_TALK) == [
        "Rough shift tonight, my caseload is through the roof."
    ]


def test_a_talk_forums_posts_by_other_nicknames_are_not_the_subjects() -> None:
    body = (
        '<h1 class="thread-title">AIBU?</h1>'
        '<div class="talk-post talk-post--op"><span class="nickname">moragk</span>'
        '<div class="talk-post-message">My manager says the sleep-in rate is fixed.</div></div>'
        '<div class="talk-post"><span class="nickname">BusyBee77</span>'
        '<div class="talk-post-message">Ours got the sleep-in rate up to £58 after a fight'
        " with our manager.</div></div>"
    )
    page = html_page(body, url="https://talk.example.com/thread/123")
    assert values(page, MORAG, WORK_TALK) == ["My manager says the sleep-in rate is fixed."]
