"""Read a JSON report back into a :class:`Report`: the inverse of ``report_dict``.

History stores each run as the same JSON a user gets from ``--format json``, so one format is
the contract on disk and on screen. Reading it back is tolerant of what the schema leaves
optional (a report written by an older version still loads) and strict about what would make
the report lie: an unknown status, severity or kind is refused with the field named, never
guessed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from .errors import InputError
from .models import (
    AccountCheck,
    AdviceEntry,
    Finding,
    FindingKind,
    Report,
    SearchResult,
    Severity,
    Status,
    Subject,
)
from .render.json_report import SCHEMA_ID

T = TypeVar("T")

#: Top-level keys that ``report_dict`` writes itself; anything else came from ``Report.extra``.
_KNOWN_KEYS = frozenset(
    {
        "schema",
        "tool",
        "subject",
        "started_at",
        "finished_at",
        "complete",
        "accounts",
        "search_results",
        "findings",
        "advice",
        "summary",
        "notes",
        "catalogues",
        "network",
    }
)


class ReportFormatError(InputError):
    """A stored or given report that cannot be read back; names the field that is wrong."""


def _fail(where: str, message: str) -> ReportFormatError:
    return ReportFormatError(f"report: {where}: {message}")


def _get(obj: dict, key: str, where: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
    """``obj[key]`` checked against ``kind``; missing (or null) gives ``default`` if one is set."""
    value = obj.get(key)
    if value is None:
        if default is ...:
            raise _fail(f"{where}{key}", "missing")
        return default
    # bool is an int in Python; a count or flag of the wrong one is still wrong.
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise _fail(f"{where}{key}", f"expected {_kind_name(kind)}, got {value!r}")
    if not isinstance(value, kind):
        raise _fail(f"{where}{key}", f"expected {_kind_name(kind)}, got {type(value).__name__}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {
        str: "a string",
        bool: "true or false",
        int: "a number",
        list: "a list",
        dict: "an object",
    }
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _strings(obj: dict, key: str, where: str) -> tuple[str, ...]:
    items = _get(obj, key, where, list, [])
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise _fail(f"{where}{key}[{i}]", f"expected a string, got {type(item).__name__}")
    return tuple(items)


def _optional_str(obj: dict, key: str, where: str) -> str | None:
    return _get(obj, key, where, str, None)


def _enum(enum_type: Callable[[str], T], obj: dict, key: str, where: str, choices: Any) -> T:
    raw = _get(obj, key, where, str)
    try:
        return enum_type(raw)
    except ValueError:
        allowed = ", ".join(c.value for c in choices)
        raise _fail(f"{where}{key}", f"{raw!r} is not one of {allowed}") from None


def _objects(data: dict, key: str, parse: Callable[[dict, str], T]) -> tuple[T, ...]:
    items = _get(data, key, "", list, [])
    out = []
    for i, item in enumerate(items):
        where = f"{key}[{i}]"
        if not isinstance(item, dict):
            raise _fail(where, f"expected an object, got {type(item).__name__}")
        out.append(parse(item, where + "."))
    return tuple(out)


def _subject(data: dict) -> Subject:
    raw = _get(data, "subject", "", dict)
    where = "subject."
    return Subject(
        name=_get(raw, "name", where, str),
        handles=_strings(raw, "handles", where),
        aliases=_strings(raw, "aliases", where),
        employers=_strings(raw, "employers", where),
        phones=_strings(raw, "phones", where),
        emails=_strings(raw, "emails", where),
        locations=_strings(raw, "locations", where),
    )


def _account(raw: dict, where: str) -> AccountCheck:
    return AccountCheck(
        site=_get(raw, "site", where, str),
        username=_get(raw, "username", where, str),
        url=_get(raw, "url", where, str, ""),
        status=_enum(Status, raw, "status", where, Status),
        detail=_get(raw, "detail", where, str, ""),
        category=_optional_str(raw, "category", where),
        display_name=_optional_str(raw, "display_name", where),
        check_by_hand=_get(raw, "check_by_hand", where, bool, False),
        privacy_url=_optional_str(raw, "privacy_url", where),
    )


def _search_result(raw: dict, where: str) -> SearchResult:
    return SearchResult(
        engine=_get(raw, "engine", where, str),
        query=_get(raw, "query", where, str, ""),
        url=_get(raw, "url", where, str),
        title=_get(raw, "title", where, str, ""),
        snippet=_get(raw, "snippet", where, str, ""),
        about_subject=_get(raw, "about_subject", where, bool, False),
    )


def _finding(raw: dict, where: str) -> Finding:
    return Finding(
        kind=_enum(FindingKind, raw, "kind", where, FindingKind),
        value=_get(raw, "value", where, str),
        source_url=_get(raw, "source_url", where, str),
        evidence=_get(raw, "evidence", where, str, ""),
        severity=_enum(Severity, raw, "severity", where, Severity),
        advice=_strings(raw, "advice", where),
        may_not_be_you=_get(raw, "may_not_be_you", where, bool, False),
        site=_optional_str(raw, "site", where),
    )


def _advice(raw: dict, where: str) -> AdviceEntry:
    """An advice entry; ``applies_to`` and ``checklist`` are not in the JSON, so they come from
    the bundled catalogue when it still has the id (they only steer which advice is attached,
    which has already happened by the time a report exists)."""
    entry_id = _get(raw, "id", where, str)
    from .advice import load_advice

    bundled = next((e for e in load_advice() if e.id == entry_id), None)
    return AdviceEntry(
        id=entry_id,
        title=_get(raw, "title", where, str),
        text=_get(raw, "text", where, str),
        guidance=_get(raw, "guidance", where, str, ""),
        applies_to=bundled.applies_to if bundled else (),
        checklist=bundled.checklist if bundled else False,
    )


def report_from_dict(data: dict) -> Report:
    """The :class:`Report` that ``report_dict`` turned into ``data``.

    ``summary`` is not read: it is derived from the accounts and findings, so a hand-edited
    summary cannot make a report look cleaner than its contents. Unknown top-level keys are kept
    in ``Report.extra``. Raises :class:`ReportFormatError` (an ``InputError``) naming the field.
    """
    if not isinstance(data, dict):
        raise ReportFormatError(f"report: expected a JSON object, got {type(data).__name__}")
    schema = data.get("schema", SCHEMA_ID)
    if schema != SCHEMA_ID:
        raise _fail("schema", f"{schema!r} is not {SCHEMA_ID!r}")
    tool = _get(data, "tool", "", dict, {})
    network = _get(data, "network", "", dict, {})
    requests_sent = _get(network, "requests", "network.", int, 0)
    return Report(
        subject=_subject(data),
        started_at=_get(data, "started_at", "", str),
        finished_at=_get(data, "finished_at", "", str),
        accounts=_objects(data, "accounts", _account),
        tool_version=_get(tool, "version", "tool.", str, ""),
        search_results=_objects(data, "search_results", _search_result),
        findings=_objects(data, "findings", _finding),
        advice=_objects(data, "advice", _advice),
        notes=_strings(data, "notes", ""),
        complete=_get(data, "complete", "", bool, True),
        catalogue_sources=_strings(data, "catalogues", ""),
        requests_sent=requests_sent,
        extra={k: v for k, v in data.items() if k not in _KNOWN_KEYS},
    )


def report_from_json(text: str | bytes) -> Report:
    """:func:`report_from_dict` for JSON text; broken JSON is an ``InputError`` too."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReportFormatError(f"report: not valid JSON ({exc})") from None
    return report_from_dict(data)
