"""Name matching: folding, compatible names, mentions, and namesakes."""

from __future__ import annotations

import pytest

from selfaudit.extract import fold, is_namesake, names_compatible
from selfaudit.extract.names import handle_in, is_handle, mentions_name, name_tokens
from selfaudit.models import Subject

JOANNA = Subject(name="Joanna Bloggs", handles=("jbloggs", "jo_b"), aliases=("Jo Bloggs-Reid",))


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Mórag KÉLLY", "morag kelly"),
        ("Søren Łukasz", "soren lukasz"),
        ("Straße", "strasse"),
        ("Æsa", "aesa"),
        ("", ""),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("Jo Bloggs", "Joanna Bloggs", True),
        ("J. Bloggs", "Joanna Bloggs", True),
        ("Joanna Bloggs", "Joanna Bloggs", True),
        ("JOANNA BLOGGS", "joanna bloggs", True),
        ("Jóanna Blóggs", "Joanna Bloggs", True),
        ("Bloggs, Joanna", "Joanna Bloggs", True),
        ("Dr Joanna M. Bloggs RSW", "Joanna Bloggs", True),
        ("Joanna B", "Joanna Bloggs", True),
        ("Joanna Smith-Bloggs", "Joanna Bloggs", True),
        ("Joanna", "Joanna Bloggs", True),
        ("Bloggs", "Joanna Bloggs", True),
        ("Mary O'Neill", "Mary ONeill", True),
        ("John Smith", "Joanna Bloggs", False),
        ("Joanna Smith", "Joanna Bloggs", False),
        ("Anna Bloggs", "Joanna Bloggs", False),
        ("J", "Joanna Bloggs", False),
        ("", "Joanna Bloggs", False),
        ("", "", False),
    ],
)
def test_names_compatible(a: str, b: str, compatible: bool) -> None:
    assert names_compatible(a, b) is compatible
    assert names_compatible(b, a) is compatible


@pytest.mark.parametrize(
    ("display", "namesake"),
    [
        (None, False),
        ("", False),
        ("   ", False),
        ("jbloggs", False),  # a handle
        ("@jo_b", False),
        ("jo_b@social.example", False),
        ("Joanna Bloggs", False),
        ("Jo Bloggs", False),
        ("J. Bloggs", False),
        ("Jo Bloggs-Reid", False),  # an alias
        ("Joanna Reid", False),  # one part of the alias's double-barrelled surname
        ("Joanna 🌻 Bloggs", False),
        ("Joanna Bloggs | Social worker", False),
        ("Jo", False),
        ("Sunshine", False),  # one word: a nickname, never "clearly" someone else
        ("John Smith", True),
        ("Marcus Okonkwo", True),
        ("Thomas Grant | Plumbing", True),
    ],
)
def test_is_namesake(display: str | None, namesake: bool) -> None:
    assert is_namesake(display, JOANNA) is namesake


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Joanna Bloggs at the party", "Joanna Bloggs", True),
        ("with J. Bloggs and Sam", "Joanna Bloggs", True),
        ("Jo Bloggs, 1999", "Joanna Bloggs", True),
        ("Joanna B on the left", "Joanna Bloggs", True),
        ("Joanna Mary Bloggs", "Joanna Bloggs", True),
        ("Bloggs family BBQ", "Joanna Bloggs", False),
        ("Joanna at the beach", "Joanna Bloggs", False),
        ("J B", "Joanna Bloggs", False),
        ("Madonna live", "Madonna", True),
        ("", "Joanna Bloggs", False),
    ],
)
def test_mentions_name(text: str, name: str, found: bool) -> None:
    assert mentions_name(text, name) is found


@pytest.mark.parametrize(
    ("text", "handle", "require_at", "found"),
    [
        ("photo of @jbloggs", "jbloggs", True, True),
        ("photo of jbloggs", "jbloggs", True, False),
        ("photo of jbloggs", "jbloggs", False, True),
        ("@jbloggsfan", "jbloggs", True, False),
        ("mail jbloggs@example.org", "jbloggs", False, False),
    ],
)
def test_handle_in(text: str, handle: str, require_at: bool, found: bool) -> None:
    assert handle_in(text, handle, require_at=require_at) is found


def test_name_tokens_and_is_handle() -> None:
    assert name_tokens("Ms Joanna O'Neill-Bloggs PhD") == ["joanna", "oneill-bloggs"]
    assert is_handle("J.Bloggs", ["jbloggs"])
    assert is_handle("https://social.example/@jbloggs", ["jbloggs"])
    assert is_handle("jbloggs.bsky.social", ["jbloggs"])
    assert is_handle("jbloggs.bsky.social", ["jbloggs.bsky.social"])
    assert is_handle("jbloggs", ["jbloggs.bsky.social"])
    assert not is_handle("jbloggs.example.org", ["jbloggs"])
    assert not is_handle("Joanna", ["jbloggs"])


def test_a_business_name_with_an_ampersand_is_its_handle_spelled_out() -> None:
    """The subject's craft business posts as "Haddow & Thread" from @haddowandthread."""
    assert is_handle("Haddow & Thread", ["haddowandthread"])
    assert is_handle("Haddow+Thread", ["haddowandthread"])
    assert not is_handle("Haddow & Thread", ["haddowthreads"])
