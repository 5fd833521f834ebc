"""The advice stage: tie each finding to the guidance entries that apply, and pick the report's
advice list (the entries its findings point to, plus those its situation calls for)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from .advice import advice_for_kind, advice_for_situation, entries_by_id
from .models import AccountCheck, AdviceEntry, Finding, Status


def situations(accounts: Sequence[AccountCheck]) -> list[str]:
    """The situation words (see advice.json) that this run's account checks call for."""
    words = ["always", "recheck"]
    if any(a.status is Status.FOUND for a in accounts):
        words.append("account_found")
    if any(a.status is Status.UNKNOWN and not a.check_by_hand for a in accounts):
        words.append("could_not_check")
    if any(a.check_by_hand for a in accounts):
        words.append("check_yourself")
    return words


def attach_advice(
    findings: Iterable[Finding], accounts: Sequence[AccountCheck]
) -> tuple[list[Finding], list[AdviceEntry]]:
    with_advice = [dataclasses.replace(f, advice=advice_for_kind(f.kind.value)) for f in findings]
    ids: dict[str, None] = {}
    for finding in with_advice:
        ids.update(dict.fromkeys(finding.advice))
    for word in situations(accounts):
        ids.update(dict.fromkeys(advice_for_situation(word)))
    return with_advice, list(entries_by_id(ids))
