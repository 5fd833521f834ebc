"""Public API JSON: recognised by shape (not host) and read into facts and text."""

from __future__ import annotations

import pytest

from selfaudit.extract import display_name
from selfaudit.extract.json_api import adapt, generic_text, html_to_text
from selfaudit.models import FindingKind

from .helpers import PLAIN, json_page, values

GITHUB = {
    "login": "moragk", "id": 1, "avatar_url": "https://avatars.example/u/1",
    "html_url": "https://github.example/moragk", "type": "User", "name": "Morag Kelly",
    "company": "@dunmore-council", "blog": "https://blog.example.org", "location": "Leith",
    "email": "morag@example.org", "bio": "Social worker. Tea.", "public_repos": 2,
}  # fmt: skip
MASTODON = {
    "id": "1", "username": "moragk", "acct": "moragk", "display_name": "Morag :blobcat: Kelly",
    "note": "<p>Social worker.<br>Views my own.</p>",
    "avatar": "https://files.example/avatars/me.png",
    "header": "https://files.example/headers/original/missing.png",
    "fields": [
        {"name": "Work", "value": "Dunmore Council"},
        {"name": "Based in", "value": "<span>Leith</span>"},
        {"name": "Mobile", "value": "07700 900123"},
        {"name": "E-mail", "value": "morag@example.org"},
        {"name": "Pronouns", "value": "she/her"},
    ],
}  # fmt: skip
BLUESKY = {
    "did": "did:plc:abc", "handle": "moragk.bsky.example", "displayName": "Mo K",
    "description": "Social worker\nLeith", "avatar": "https://cdn.example/a.jpg",
    "banner": "https://cdn.example/b.jpg",
}  # fmt: skip
GRAVATAR = {"entry": [{
    "id": "1", "hash": "abc", "preferredUsername": "moragk", "profileUrl": "https://g.example/m",
    "thumbnailUrl": "https://g.example/avatar/abc", "displayName": "Morag Kelly",
    "aboutMe": "Support worker.", "currentLocation": "Leith",
    "phoneNumbers": [{"type": "mobile", "value": "07700 900123"}],
    "emails": [{"primary": "true", "value": "morag@example.org"}],
    "accounts": [{"domain": "github.example", "username": "moragk"}],
}]}  # fmt: skip
GRAVATAR_V3 = {
    "hash": "abc", "display_name": "Morag Kelly", "profile_url": "https://g.example/m",
    "avatar_url": "https://g.example/avatar/abc", "location": "Leith",
    "description": "Support worker.", "job_title": "Support worker", "company": "Dunmore Council",
}  # fmt: skip
KEYBASE = {"status": {"code": 0, "name": "OK"}, "them": [{
    "basics": {"username": "moragk"},
    "profile": {"full_name": "Morag Kelly", "location": "Leith", "bio": "Tea and tents."},
    "pictures": {"primary": {"url": "https://kb.example/moragk.jpg"}},
}]}  # fmt: skip


@pytest.mark.parametrize(
    ("data", "platform", "name", "handle"),
    [
        (GITHUB, "GitHub", "Morag Kelly", "moragk"),
        (MASTODON, "Mastodon", "Morag Kelly", "moragk"),
        (BLUESKY, "Bluesky", "Mo K", "moragk.bsky.example"),
        (GRAVATAR, "Gravatar", "Morag Kelly", "moragk"),
        (GRAVATAR_V3, "Gravatar", "Morag Kelly", None),
        (KEYBASE, "Keybase", "Morag Kelly", "moragk"),
    ],
)
def test_adapters_recognise_shapes(data: object, platform: str, name: str, handle: str) -> None:
    # Any host: the shape decides, not the address.
    profile = adapt("http://127.0.0.1:8080/whatever", data)
    assert profile is not None
    assert (profile.platform, profile.name, profile.handle) == (platform, name, handle)
    assert display_name(json_page(data)) == name


@pytest.mark.parametrize(
    "data",
    [
        {"login": "x"},  # too little to be a GitHub user
        {"acct": "x"},
        {"did": "not-a-did", "handle": "x"},
        {"entry": []},
        {"them": []},
        {"them": [None]},
        [],
        [{"content": "x"}],
        "a string",
        42,
        None,
    ],
)
def test_unknown_shapes_are_not_adapted(data: object) -> None:
    assert adapt("https://api.example/users/x", data) is None


def test_github_facts() -> None:
    profile = adapt("https://api.github.example/users/moragk", GITHUB)
    assert profile is not None
    assert [f.value for f in profile.facts.orgs] == ["dunmore-council"]
    assert [f.value for f in profile.facts.locations] == ["Leith"]
    assert [f.value for f in profile.facts.emails] == ["morag@example.org"]
    assert profile.text == "Social worker. Tea."
    assert [i.role for i in profile.facts.images] == ["avatar"]


def test_mastodon_fields_are_filed_by_label() -> None:
    profile = adapt("https://social.example/api/v1/accounts/lookup?acct=moragk", MASTODON)
    assert profile is not None
    facts = profile.facts
    assert [f.value for f in facts.orgs] == ["Dunmore Council"]
    assert [f.value for f in facts.locations] == ["Leith"]
    assert [f.value for f in facts.phones] == ["07700 900123"]
    assert [f.value for f in facts.emails] == ["morag@example.org"]
    assert "Social worker.\nViews my own." in profile.text
    assert "Pronouns: she/her" in profile.text
    assert [i.url for i in facts.images] == ["https://files.example/avatars/me.png"]  # no default


@pytest.mark.parametrize(
    ("label", "value", "places"),
    [("Home", "Leith", ["Leith"]), ("Grew up", "Gt Yarmouth", ["Gt Yarmouth"]),
     ("Home", "Dundee, via Arbroath", ["Dundee", "Arbroath"]),
     ("Home", "https://moragk.example.org", [])],
)
def test_a_home_field_gives_the_places_it_names(label: str, value: str, places: list[str]) -> None:
    """Mastodon's "Home: Leith" and "Grew up: Gt Yarmouth" are where she lives and grew up,
    reported as written; "Dundee, via Arbroath" is two places; a home page is no place."""
    data = {**MASTODON, "fields": [{"name": label, "value": value}]}
    assert values(json_page(data), PLAIN, FindingKind.LOCATION) == places


def test_findings_from_api_pages() -> None:
    page = json_page(MASTODON)
    assert values(page, PLAIN, FindingKind.WORKPLACE) == ["Dunmore Council"]
    assert values(page, PLAIN, FindingKind.PHONE) == ["+447700900123"]
    assert values(json_page(GRAVATAR), PLAIN, FindingKind.PHONE) == ["+447700900123"]
    assert values(json_page(GRAVATAR_V3), PLAIN, FindingKind.WORKPLACE) == ["Dunmore Council"]
    assert values(json_page(KEYBASE), PLAIN, FindingKind.LOCATION) == ["Leith"]
    assert values(json_page(BLUESKY), PLAIN, FindingKind.LOCATION) == []  # "Leith" not given


def test_statuses_keep_only_the_accounts_own_posts() -> None:
    me = {"acct": "moragk", "username": "moragk", "display_name": "Mo", "note": ""}
    data = [
        {"content": "<p>Mine.</p>", "account": me, "reblog": None},
        {"content": "<p>Boosted.</p>", "account": me, "reblog": {"content": "x"}},
        {"content": "<p>Theirs.</p>", "account": {"acct": "other"}, "reblog": None},
    ]
    profile = adapt("https://social.example/api/v1/accounts/1/statuses", data)
    assert profile is not None
    assert profile.text == "Mine."


def test_unknown_json_still_yields_its_text() -> None:
    data = {"user": {"bio": "<b>Call</b> 0131 496 0123", "links": ["https://x.example"]}}
    assert generic_text(data) == "Call 0131 496 0123"
    assert values(json_page(data), PLAIN, FindingKind.PHONE) == ["+441314960123"]


def test_html_to_text() -> None:
    assert html_to_text("<p>a<br/>b</p><p>c &amp; d</p>") == "a\nb\nc & d"
    assert html_to_text(None) == ""
    assert html_to_text("plain") == "plain"


def test_an_escaped_field_value_without_tags_is_unescaped() -> None:
    # Mastodon's field values are HTML even when they hold no tag: "&amp;" is an ampersand
    assert html_to_text("Family support @ Kirkdale &amp; Walton Council") == (
        "Family support @ Kirkdale & Walton Council"
    )


def _instagram_post(owner: str, caption: str, alt: str, picture: str) -> dict:
    return {
        "node": {
            "owner": {"id": "1", "username": owner},
            "display_url": picture,
            "accessibility_caption": alt,
            "edge_media_to_caption": {"edges": [{"node": {"text": caption}}]},
            "edge_media_to_tagged_user": {"edges": []},
        }
    }


INSTAGRAM = {
    "data": {
        "user": {
            "username": "moragk",
            "full_name": "Morag Kelly",
            "biography": "SW @dunmorecouncil | Leith",
            "profile_pic_url_hd": "https://cdn.example/pic/moragk.jpg",
            "edge_owner_to_timeline_media": {
                "edges": [
                    _instagram_post(
                        "moragk",
                        "Panel day done. Two years of work with this family and they were"
                        " approved in twenty minutes.",
                        "Photo by Morag Kelly on February 02, 2024. May be an image of cake.",
                        "https://cdn.example/p/cake.jpg",
                    ),
                    _instagram_post(
                        "moragk",
                        "U12s flew it today!",
                        "Morag Kelly with the under-12 squad holding the shield",
                        "https://cdn.example/p/squad.jpg",
                    ),
                    _instagram_post(
                        "dunmorecouncil",
                        "We're recruiting foster carers! Call us on 0131 496 0000.",
                        "A blue house logo",
                        "https://cdn.example/p/recruit.jpg",
                    ),
                ]
            },
        }
    },
    "status": "ok",
}


def test_instagram_profile_reads_her_captions_but_not_a_collab_post_by_another_account() -> None:
    page = json_page(INSTAGRAM, url="https://i.instagram.example/api/v1/users/web_profile_info/")
    profile = adapt(page.url, INSTAGRAM)
    assert profile is not None and profile.handle == "moragk"
    assert "approved in twenty minutes" in profile.text
    assert "recruiting" not in profile.text
    assert values(page, PLAIN, FindingKind.PHONE) == []


def test_instagram_machine_alt_text_does_not_tag_her_but_her_own_alt_text_does() -> None:
    page = json_page(INSTAGRAM, url="https://i.instagram.example/api/v1/users/web_profile_info/")
    assert values(page, PLAIN, FindingKind.TAGGED_PHOTO) == ["https://cdn.example/p/squad.jpg"]
