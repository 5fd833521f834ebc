"""Catalogue loading: the WMN schema, our x_ fields, and errors that name site and field."""

from __future__ import annotations

import json
import re

import pytest

from conftest import site_entry
from selfaudit import catalogue as cat
from selfaudit.errors import CatalogueError


def load(*sites: dict) -> cat.Catalogue:
    return cat.loads(json.dumps({"sites": list(sites)}), "test", "test")


def test_a_plain_whatsmyname_entry_loads_with_all_its_fields():
    entry = site_entry(
        uri_pretty="https://example.org/@{account}",
        post_body='{"user": "{account}"}',
        headers={"Content-Type": "application/json"},
        strip_bad_char=".",
        protection=["cloudflare"],
        valid=True,
    )
    (site,) = load(entry).sites
    assert site.check_url("jo.bloggs") == "https://example.org/users/jobloggs"
    assert site.pretty_url("jo.bloggs") == "https://example.org/@jobloggs"
    assert site.body("jo.bloggs") == '{"user": "jobloggs"}'
    assert dict(site.headers) == {"Content-Type": "application/json"}
    assert site.protection == ("cloudflare",)


def test_our_extension_fields_are_read():
    entry = site_entry(x_privacy_url="https://example.org/privacy", x_check_by_hand="login wall")
    (site,) = load(entry).sites
    assert site.privacy_url == "https://example.org/privacy"
    assert site.check_by_hand == "login wall"


def test_only_our_catalogue_or_the_users_own_may_ask_about_email_hashes():
    entry = site_entry(x_lookup="email_md5")
    (own,) = load(entry).sites
    assert own.lookup == "email_md5"
    community = cat.loads(json.dumps({"sites": [entry]}), "wmn-data.json", cat.COMMUNITY)
    assert community.sites[0].lookup == "handle"  # a downloaded list cannot collect hashes


def test_unknown_fields_are_ignored_so_future_wmn_files_load():
    (site,) = load(site_entry(some_new_wmn_field=[1, 2])).sites
    assert site.name == "Example"


def test_invalid_sites_are_kept_but_not_usable():
    catalogue = load(site_entry("A"), site_entry("B", valid=False))
    assert [s.name for s in catalogue.usable] == ["A"]
    assert [s.name for s in catalogue.skipped] == ["B"]


def test_redirect_status_rules_mean_redirects_are_not_followed():
    (site,) = load(site_entry(e_code=302)).sites
    assert not site.follows_redirects


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"e_code": "200"}, "site 'Example': field 'e_code' must be an integer"),
        ({"e_code": True}, "site 'Example': field 'e_code' must be an integer"),
        ({"m_string": None}, "site 'Example': field 'm_string' must be a string"),
        ({"known": "alice"}, "site 'Example': field 'known' must be a list"),
        ({"uri_check": "https://example.org/users"}, "field 'uri_check' has no {account}"),
        ({"uri_check": "file:///{account}"}, "field 'uri_check' is not an http(s) address"),
        ({"m_code": 999}, "field 'm_code' is not an HTTP status"),
        ({"headers": {"X": 1}}, "field 'headers' must map strings to strings"),
        ({"x_privacy_url": "javascript:alert(1)"}, "field 'x_privacy_url' is not an http(s)"),
    ],
)
def test_errors_name_the_site_and_the_field(change, message):
    with pytest.raises(CatalogueError) as info:
        load(site_entry(**change))
    assert message in str(info.value)


def test_a_missing_field_is_named():
    entry = site_entry()
    del entry["m_code"]
    with pytest.raises(CatalogueError, match="site 'Example': field 'm_code' is missing"):
        load(entry)


def test_duplicate_names_are_refused():
    with pytest.raises(CatalogueError, match="appears twice"):
        load(site_entry("A"), site_entry("a"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON (line 1"),
        ("[]", "top level must be an object"),
        ('{"sites": 3}', "'sites' is missing or not a list"),
        ('{"sites": [3]}', "site #1 is not an object"),
    ],
)
def test_broken_files_are_named(text, message):
    with pytest.raises(CatalogueError, match=re.escape(message)):
        cat.loads(text, "f.json", "test")


def test_missing_file_is_a_catalogue_error(tmp_path):
    with pytest.raises(CatalogueError, match="no such file"):
        cat.load_file(tmp_path / "nope.json")


def test_ours_wins_when_merged_over_the_community_catalogue():
    ours = load(site_entry("GitHub", e_string="ours"))
    community = cat.loads(
        json.dumps({"sites": [site_entry("github", e_string="theirs"), site_entry("Other")]}),
        "community",
        cat.COMMUNITY,
    )
    merged = ours.merged_over(community)
    assert [(s.name, s.e_string) for s in merged.sites] == [
        ("GitHub", "ours"),
        ("Other", "profile-of"),
    ]
    assert merged.sources == ("test", cat.COMMUNITY)


def test_the_bundled_catalogue_loads_and_covers_what_care_workers_use():
    catalogue = cat.load_bundled()
    names = {s.name.casefold() for s in catalogue.sites}
    assert len(catalogue.sites) >= 60
    for platform in (
        "facebook",
        "instagram",
        "linkedin",
        "tiktok",
        "youtube",
        "github",
        "reddit",
        "strava",
        "flickr",
        "bluesky",
    ):
        assert any(n.startswith(platform) for n in names), platform
    assert sum(1 for n in names if n.startswith("mastodon")) >= 3
    assert all(s.known for s in catalogue.sites)
    by_hand = {s.name.casefold() for s in catalogue.sites if s.check_by_hand}
    assert {"facebook", "instagram", "linkedin"} <= by_hand
