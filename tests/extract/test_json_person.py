"""JSON of no known shape that holds one person's profile: read by its fields' names."""

from __future__ import annotations

from selfaudit.models import FindingKind

from .helpers import MORAG, json_page, values

EXPORT_URL = "https://profiles.example.org/api/about/morag-kelly-sw"


def _export(**extra: object) -> dict:
    return {
        "profile": {
            "publicIdentifier": "morag-kelly-sw",
            "firstName": "Morag",
            "lastName": "Kelly",
            "headline": "Social Worker at Dunmore Council",
            "geoLocationName": "Leith, Scotland",
            "summary": "I write court reports and spend a lot of my week in the sheriff court."
            " Most of the job is listening.",
            "profilePicture": {
                "displayImageUrl": "https://media.example.org/photo/moragk-400.jpg",
                "altText": "Morag Kelly",
            },
            "backgroundImage": {
                "url": "https://media.example.org/banner/moragk-1400.jpg",
                "altText": "Dunmore Council logo on a blue banner",
            },
        },
        "positions": [
            {"companyName": "Dunmore Council", "locationName": "Leith, Scotland"},
            {"companyName": "Ochil Recovery Trust", "locationName": "Alloa, Scotland"},
        ],
        "contactInfo": {"phoneNumbers": [{"number": "07700 900123", "type": "MOBILE"}]},
        "peopleAlsoViewed": [
            {"name": "Fiona Kelly", "headline": "Clerk at Perth Sheriff Court",
             "locationName": "Dundee"},
        ],
        **extra,
    }


def test_a_profile_export_is_her_own_page_with_her_summary_as_her_words() -> None:
    page = json_page(_export(), url=EXPORT_URL)
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert any("court reports" in t for t in talk)
    assert set(values(page, MORAG, FindingKind.WORKPLACE)) >= {
        "Dunmore Council", "Ochil Recovery Trust"
    }
    assert values(page, MORAG, FindingKind.PHONE) == ["+447700900123"]


def test_where_she_lives_is_her_own_location_not_a_former_jobs_office() -> None:
    page = json_page(_export(), url=EXPORT_URL)
    places = values(page, MORAG, FindingKind.LOCATION)
    assert any("Leith" in p for p in places)
    assert not any("Alloa" in p or "Dundee" in p for p in places)


def test_her_pictures_are_read_with_the_alt_text_she_wrote() -> None:
    page = json_page(_export(), url=EXPORT_URL)
    assert values(page, MORAG, FindingKind.TAGGED_PHOTO) == [
        "https://media.example.org/photo/moragk-400.jpg"
    ]
    assert values(page, MORAG, FindingKind.EMPLOYER_BRANDING) == [
        "https://media.example.org/banner/moragk-1400.jpg"
    ]


def test_a_list_of_people_is_not_a_person_record() -> None:
    data = {"members": [{"name": "Morag Kelly", "bio": "I work at Dunmore Council."}]}
    page = json_page(data, url="https://club.example.org/api/members")
    assert values(page, MORAG, FindingKind.WORK_TALK) == []
