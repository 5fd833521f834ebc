"""The advice catalogue: what to do about each kind of exposure, and the guidance it rests on.

Advice is data (``data/advice.json``), not code, so that the wording can be reviewed against the
regulator's guidance without reading Python, and so that every entry carries the exact passage it
relies on. This module only loads, checks and looks up that data; it never decides which findings
exist. A broken catalogue is a packaging mistake, so it fails loudly at load time with the
offending entry named, rather than quietly giving someone a report with advice missing.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from selfaudit.models import AdviceEntry, FindingKind

#: Finding kinds an entry may apply to; taken from the model so the two cannot drift apart.
KINDS: frozenset[str] = frozenset(kind.value for kind in FindingKind)

#: Situations that are not findings but still call for advice in the report.
SITUATIONS: frozenset[str] = frozenset(
    {
        "account_found",  # a public profile exists under one of their handles
        "could_not_check",  # a site check ended UNKNOWN
        "check_yourself",  # a site that only a person can check
        "recheck",  # a run compared with an earlier one
        "always",  # shown in every report
    }
)

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TEXT_FIELDS = ("id", "title", "text", "guidance")


def _parse(data: dict[str, Any]) -> tuple[AdviceEntry, ...]:
    """Turn the decoded catalogue into entries, or raise ``ValueError`` naming the bad entry.

    Kept separate from the file reading so a test can feed it a deliberately broken catalogue.
    """
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ValueError("advice catalogue must be an object with an 'entries' list")

    entries: list[AdviceEntry] = []
    seen: set[str] = set()
    for position, raw in enumerate(data["entries"], start=1):
        if not isinstance(raw, dict):
            raise ValueError(f"advice entry #{position} is not an object")
        raw_id = raw.get("id")
        name = raw_id if isinstance(raw_id, str) and raw_id else f"#{position}"

        for field in _TEXT_FIELDS:
            value = raw.get(field)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"advice entry {name!r}: missing or empty {field!r}")
        entry_id: str = raw["id"]
        if not _ID_RE.match(entry_id):
            raise ValueError(f"advice entry {name!r}: id must be kebab-case (a-z, 0-9, '-')")
        if entry_id in seen:
            raise ValueError(f"advice entry {name!r}: duplicate id")
        seen.add(entry_id)

        applies_to = raw.get("applies_to")
        if (
            not isinstance(applies_to, list)
            or not applies_to
            or not all(isinstance(word, str) for word in applies_to)
        ):
            raise ValueError(f"advice entry {name!r}: 'applies_to' must be a non-empty list")
        unknown = sorted(set(applies_to) - KINDS - SITUATIONS)
        if unknown:
            raise ValueError(
                f"advice entry {name!r}: unknown applies_to word(s) {', '.join(unknown)}"
            )

        is_checklist = raw.get("checklist", False)
        if not isinstance(is_checklist, bool):
            raise ValueError(f"advice entry {name!r}: 'checklist' must be true or false")

        entries.append(
            AdviceEntry(
                id=entry_id,
                title=raw["title"].strip(),
                text=raw["text"].strip(),
                guidance=raw["guidance"].strip(),
                applies_to=tuple(applies_to),
                checklist=is_checklist,
            )
        )
    return tuple(entries)


@functools.lru_cache(maxsize=1)
def load_advice() -> tuple[AdviceEntry, ...]:
    """The whole catalogue, in file order, read from the installed package once per process.

    File order is kept because it is the order a person should read the advice in.
    """
    source = resources.files("selfaudit").joinpath("data/advice.json")
    return _parse(json.loads(source.read_text(encoding="utf-8")))


def _ids_applying_to(word: str) -> tuple[str, ...]:
    return tuple(entry.id for entry in load_advice() if word in entry.applies_to)


def advice_for_kind(kind: str | FindingKind) -> tuple[str, ...]:
    """Ids of the entries for one finding kind, in catalogue order, for ``Finding.advice``.

    An unknown kind raises ``ValueError``: a typo would otherwise silently drop the advice.
    """
    return _ids_applying_to(FindingKind(kind).value)


def advice_for_situation(word: str) -> tuple[str, ...]:
    """Ids of the entries for a report situation (see :data:`SITUATIONS`), in catalogue order.

    An unknown word raises ``ValueError`` for the same reason as :func:`advice_for_kind`.
    """
    if word not in SITUATIONS:
        raise ValueError(
            f"unknown advice situation {word!r}; expected one of {', '.join(sorted(SITUATIONS))}"
        )
    return _ids_applying_to(word)


def checklist() -> tuple[AdviceEntry, ...]:
    """Entries no tool can check (such as who your online friends are), for the user to tick off."""
    return tuple(entry for entry in load_advice() if entry.checklist)


def entries_by_id(ids: Iterable[str]) -> tuple[AdviceEntry, ...]:
    """The entries for ``ids``, in the order given, so a report can carry the full text.

    An unknown id raises ``KeyError``: it means a finding points at advice that does not exist.
    """
    by_id = {entry.id: entry for entry in load_advice()}
    try:
        return tuple(by_id[entry_id] for entry_id in ids)
    except KeyError as err:
        raise KeyError(f"unknown advice id {err.args[0]!r}") from None
