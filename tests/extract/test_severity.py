"""Severity: the table in selfaudit/severity.py, row by row."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind, Severity
from selfaudit.severity import SeverityContext, assess

K = FindingKind
H, M, L = Severity.HIGH, Severity.MEDIUM, Severity.LOW

PLAIN = SeverityContext()
NAMED = SeverityContext(full_name_on_page=True)
NAMED_AT_WORK = SeverityContext(full_name_on_page=True, employer_on_page=True)
ANON = SeverityContext(anonymous_handle=True)
SERVICE = SeverityContext(mentions_service_users=True)
ANON_SERVICE = SeverityContext(anonymous_handle=True, mentions_service_users=True)
CONFLICTED = SeverityContext(full_name_on_page=True, anonymous_handle=True)


@pytest.mark.parametrize(
    ("kind", "ctx", "expected"),
    [
        (K.PHONE, PLAIN, H),
        (K.PHONE, ANON, H),
        (K.PHOTO_LOCATION, PLAIN, H),
        (K.PHOTO_LOCATION, ANON, H),
        (K.WORK_TALK, PLAIN, M),
        (K.WORK_TALK, SERVICE, H),
        (K.WORK_TALK, ANON, L),
        (K.WORK_TALK, ANON_SERVICE, H),
        (K.WORKPLACE, PLAIN, M),
        (K.WORKPLACE, NAMED, H),
        (K.WORKPLACE, ANON, L),
        (K.EMAIL, PLAIN, M),
        (K.EMAIL, NAMED, M),
        (K.EMAIL, ANON, L),
        (K.LOCATION, PLAIN, L),
        (K.LOCATION, NAMED, L),
        (K.LOCATION, SeverityContext(employer_on_page=True), L),
        (K.LOCATION, NAMED_AT_WORK, M),
        (K.LOCATION, ANON, L),
        (K.TAGGED_PHOTO, PLAIN, M),
        (K.TAGGED_PHOTO, ANON, L),
        (K.EMPLOYER_BRANDING, PLAIN, M),
        (K.EMPLOYER_BRANDING, ANON, L),
        (K.EMAIL, CONFLICTED, M),  # a name on the page outweighs the "anonymous" flag
        (K.EMAIL, SERVICE, M),  # service users raise only work talk
    ],
)
def test_assess(kind: FindingKind, ctx: SeverityContext, expected: Severity) -> None:
    assert assess(kind, ctx) is expected


def test_every_kind_is_graded() -> None:
    for kind in FindingKind:
        assert assess(kind, PLAIN) in Severity


def test_context_is_frozen() -> None:
    with pytest.raises(AttributeError):
        PLAIN.full_name_on_page = True  # type: ignore[misc]
