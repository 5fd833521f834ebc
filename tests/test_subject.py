"""The subject: phones to E.164, refusals that name the bad value, profiles merged with flags."""

from __future__ import annotations

import pytest

from selfaudit.errors import InputError
from selfaudit.subject import SubjectInput, build_subject, load_profile, profile_toml


def subject(**fields):
    return build_subject(SubjectInput(name=fields.pop("name", "Sam Whitlock"), **fields))


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("0131 496 0412", "+441314960412"),
        ("+44 20 7946 0999", "+442079460999"),
        ("07700 900123", "+447700900123"),  # Ofcom drama mobile: possible, not valid
        ("(0141) 496-0777", "+441414960777"),
    ],
)
def test_phones_are_stored_as_e164(raw, e164):
    assert subject(phones=[raw]).phones == (e164,)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"phones": ["12"]}, "phone '12'"),
        ({"phones": ["call me maybe"]}, "phone 'call me maybe'"),
        ({"emails": ["sam@"]}, "email 'sam@'"),
        ({"emails": ["sam at example.org"]}, "email 'sam at example.org'"),
        ({"handles": ["sam whitlock"]}, "handle 'sam whitlock'"),
        ({"handles": ["../etc"]}, "handle '../etc'"),
        ({"handles": ["sam\x1b[31m"]}, "handle 'sam\\x1b[31m'"),
        ({"name": ""}, "a full name is needed"),
        ({"employers": ["  "]}, "employer is empty"),
    ],
)
def test_impossible_values_are_refused_by_name(fields, message):
    with pytest.raises(InputError) as info:
        subject(**fields)
    assert message in str(info.value)


def test_handles_lose_a_leading_at_and_emails_are_lower_cased():
    s = subject(handles=["@SamW", "samw"], emails=["Sam.Whitlock@Example.ORG"])
    assert s.handles == ("SamW",)  # duplicates differing only in case collapse
    assert s.emails == ("sam.whitlock@example.org",)


def test_unknown_region_is_refused():
    with pytest.raises(InputError, match="region 'XX'"):
        build_subject(SubjectInput(name="Sam"), region="XX")


def test_profile_round_trips_and_flags_add_to_it(tmp_path):
    base = subject(handles=["samw"], employers=["Dunmore Council"], phones=["0131 496 0412"])
    path = tmp_path / "me.toml"
    path.write_text(profile_toml(base))
    loaded = load_profile(path)
    merged = loaded.merged_with(SubjectInput(handles=["sam_w"], locations=["Falkirk"]))
    result = build_subject(merged)
    assert result.name == "Sam Whitlock"
    assert result.handles == ("samw", "sam_w")
    assert result.phones == ("+441314960412",)
    assert result.locations == ("Falkirk",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('name = "Sam"\nhandle = ["x"]\n', "unknown field 'handle'"),
        ('name = "Sam"\nhandles = [1]\n', "'handles' must be a list of strings"),
        ('name = "Sam\nhandles = []\n', "not valid TOML"),
    ],
)
def test_bad_profiles_are_named(tmp_path, text, message):
    path = tmp_path / "p.toml"
    path.write_text(text)
    with pytest.raises(InputError) as info:
        load_profile(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_invalid_toml_error_names_the_line(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('name = "Sam"\n\nhandles = [1,,]\n')
    with pytest.raises(InputError, match="line 3"):
        load_profile(path)
