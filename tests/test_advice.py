"""The advice catalogue must cover every finding, quote the guidance exactly, reject mistakes."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from selfaudit import advice
from selfaudit.models import AdviceEntry, FindingKind

GUIDANCE_DIR = Path(__file__).resolve().parents[2] / "shared" / "guidance"
TRANSCRIPT = GUIDANCE_DIR / "social-media-guidance-transcript.txt"


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _good_entry(**overrides: object) -> dict:
    entry = {
        "id": "good-entry",
        "title": "A title",
        "text": "Do this.",
        "guidance": "Try searching for yourself.",
        "applies_to": ["always"],
        "checklist": False,
    }
    entry.update(overrides)
    return entry


@pytest.fixture(scope="module")
def transcript() -> str:
    if not TRANSCRIPT.is_file():
        pytest.skip(f"guidance transcript not found at {TRANSCRIPT}; cannot check the quotes")
    return _collapse(TRANSCRIPT.read_text(encoding="utf-8"))


def test_catalogue_loads_as_frozen_entries_with_tuples() -> None:
    entries = advice.load_advice()
    assert 10 <= len(entries) <= 14
    assert all(isinstance(e, AdviceEntry) for e in entries)
    assert all(isinstance(e.applies_to, tuple) and e.applies_to for e in entries)
    assert advice.load_advice() is entries  # cached: one parse per process


@pytest.mark.parametrize("kind", list(FindingKind))
def test_every_finding_kind_has_advice(kind: FindingKind) -> None:
    assert advice.advice_for_kind(kind.value), f"no advice entry applies to {kind.value}"
    assert advice.advice_for_kind(kind) == advice.advice_for_kind(kind.value)


@pytest.mark.parametrize("entry", advice.load_advice(), ids=lambda e: e.id)
def test_guidance_is_quoted_exactly(entry: AdviceEntry, transcript: str) -> None:
    quote = _collapse(entry.guidance)
    assert len(quote) >= 40, f"{entry.id}: quote too short to stand on its own"
    assert quote in transcript, f"{entry.id}: guidance is not a verbatim passage of the transcript"


def test_ids_are_unique_and_kebab_case() -> None:
    ids = [e.id for e in advice.load_advice()]
    assert len(ids) == len(set(ids))
    for entry_id in ids:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry_id), entry_id


@pytest.mark.parametrize(
    ("entry_id", "word"),
    [
        ("workplace-on-your-page", "workplace"),
        ("contact-details-on-your-page", "phone"),
        ("contact-details-on-your-page", "email"),
        ("contact-details-on-your-page", "location"),
        ("photos-others-post", "tagged_photo"),
        ("location-in-photos", "photo_location"),
        ("privacy-settings", "account_found"),
        ("anonymous-accounts", "account_found"),
        ("code-5-public-trust", "work_talk"),
        ("keep-work-confidential", "work_talk"),
        ("raise-concerns-at-work", "work_talk"),
        ("employer-logos", "employer_branding"),
        ("keep-up-to-date", "recheck"),
        ("search-for-yourself", "always"),
        ("check-sites-by-hand", "check_yourself"),
        ("check-sites-by-hand", "could_not_check"),
    ],
)
def test_required_topics_are_present(entry_id: str, word: str) -> None:
    if word in advice.SITUATIONS:
        assert entry_id in advice.advice_for_situation(word)
    else:
        assert entry_id in advice.advice_for_kind(word)


def test_friend_requests_are_a_checklist_item() -> None:
    items = {e.id: e for e in advice.checklist()}
    assert "friends-who-use-services" in items
    assert "friend or follower" in items["friends-who-use-services"].guidance
    assert all(e.checklist for e in items.values())
    # Things the tool does detect are advice on findings, not checklist items.
    assert "workplace-on-your-page" not in items


def test_lookups_keep_catalogue_order() -> None:
    order = [e.id for e in advice.load_advice()]
    found = advice.advice_for_kind("work_talk")
    assert len(found) >= 2
    assert list(found) == sorted(found, key=order.index)


def test_entries_by_id_returns_entries_in_the_order_asked() -> None:
    got = advice.entries_by_id(["employer-logos", "search-for-yourself"])
    assert [e.id for e in got] == ["employer-logos", "search-for-yourself"]


def test_entries_by_id_rejects_unknown_id() -> None:
    with pytest.raises(KeyError, match="no-such-advice"):
        advice.entries_by_id(["search-for-yourself", "no-such-advice"])


def test_unknown_kind_or_situation_is_an_error_not_silence() -> None:
    with pytest.raises(ValueError):
        advice.advice_for_kind("shoe_size")
    with pytest.raises(ValueError, match="sometimes"):
        advice.advice_for_situation("sometimes")


def test_parse_accepts_a_good_catalogue() -> None:
    (entry,) = advice._parse({"entries": [_good_entry()]})
    assert entry == AdviceEntry(
        id="good-entry",
        title="A title",
        text="Do this.",
        guidance="Try searching for yourself.",
        applies_to=("always",),
        checklist=False,
    )


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (_good_entry(id="bad-entry", applies_to=["workplace", "horoscope"]), "horoscope"),
        (_good_entry(id="bad-entry", guidance=""), "guidance"),
        (_good_entry(id="bad-entry", applies_to=[]), "applies_to"),
        (_good_entry(id="bad-entry", checklist="yes"), "checklist"),
        ({k: v for k, v in _good_entry(id="bad-entry").items() if k != "title"}, "title"),
    ],
)
def test_parse_rejects_a_broken_entry_and_names_it(bad: dict, message: str) -> None:
    data = {"entries": [_good_entry(), bad]}
    with pytest.raises(ValueError, match="bad-entry") as err:
        advice._parse(data)
    assert message in str(err.value)


def test_parse_rejects_duplicate_and_badly_formed_ids() -> None:
    with pytest.raises(ValueError, match="good-entry.*duplicate"):
        advice._parse({"entries": [_good_entry(), copy.deepcopy(_good_entry())]})
    with pytest.raises(ValueError, match="Not_Kebab"):
        advice._parse({"entries": [_good_entry(id="Not_Kebab")]})


def test_parse_names_an_entry_without_an_id_by_position() -> None:
    nameless = _good_entry()
    del nameless["id"]
    with pytest.raises(ValueError, match="#2"):
        advice._parse({"entries": [_good_entry(), nameless]})
