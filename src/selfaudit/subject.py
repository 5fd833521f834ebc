"""Build the :class:`Subject` from CLI flags and/or a TOML profile, refusing what cannot be right.

Every refusal is an :class:`InputError` whose message names the offending value, because the
person typing it needs to see which of their several phones or handles was the problem.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers

from .errors import InputError
from .models import Subject

PROFILE_FIELDS = ("name", "aliases", "handles", "employers", "phones", "emails", "locations")
_LIST_FIELDS = PROFILE_FIELDS[1:]

# Usernames on the platforms we check are letters, digits, dot, underscore and hyphen. A leading
# "@" is accepted and dropped, because that is how people write their handles.
_HANDLE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


@dataclass
class SubjectInput:
    """Raw, unvalidated fields as they arrive from flags and a profile file."""

    name: str | None = None
    aliases: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)

    def merged_with(self, other: SubjectInput) -> SubjectInput:
        """Profile values first, then flags: flags add to the profile, a flag name replaces it."""
        merged = SubjectInput(name=other.name or self.name)
        for name in _LIST_FIELDS:
            setattr(merged, name, [*getattr(self, name), *getattr(other, name)])
        return merged


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


def _clean_text(label: str, value: str) -> str:
    value = value.strip()
    if not value:
        raise InputError(f"{label} is empty")
    if _has_control(value) or len(value) > 200:
        raise InputError(f"{label} {value[:40]!r} is not plain text of at most 200 characters")
    return value


def normalise_handle(raw: str) -> str:
    handle = raw.strip().removeprefix("@")
    if not _HANDLE.fullmatch(handle):
        raise InputError(
            f"handle {raw!r} cannot be a username: use letters, digits, '.', '_' or '-' only"
        )
    return handle


def normalise_email(raw: str) -> str:
    email = raw.strip()
    if not _EMAIL.fullmatch(email) or len(email) > 254:
        raise InputError(f"email {raw!r} is not an email address")
    return email.lower()


def normalise_phone(raw: str, region: str) -> str:
    """Return E.164. Possible (not only valid) numbers are accepted: a person knows their number."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise InputError(f"phone {raw!r} is not a phone number ({exc})") from None
    if not phonenumbers.is_possible_number(number):
        raise InputError(f"phone {raw!r} is not a possible phone number for region {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


def build_subject(raw: SubjectInput, region: str = "GB") -> Subject:
    region = region.upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise InputError(f"region {region!r} is not a known two-letter region code")
    if not raw.name:
        raise InputError("a full name is needed: give it as the first argument or in the profile")
    return Subject(
        name=_clean_text("name", raw.name),
        aliases=_unique(_clean_text("alias", a) for a in raw.aliases),
        handles=_unique(normalise_handle(h) for h in raw.handles),
        employers=_unique(_clean_text("employer", e) for e in raw.employers),
        phones=_unique(normalise_phone(p, region) for p in raw.phones),
        emails=_unique(normalise_email(e) for e in raw.emails),
        locations=_unique(_clean_text("location", loc) for loc in raw.locations),
    )


def load_profile(path: Path) -> SubjectInput:
    """Read a TOML profile with the same fields as the flags; unknown keys are refused by name."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"profile {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"profile {path}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"profile {path}: not valid TOML ({exc})") from None
    unknown = sorted(set(data) - set(PROFILE_FIELDS))
    if unknown:
        raise InputError(
            f"profile {path}: unknown field {unknown[0]!r} (known: {', '.join(PROFILE_FIELDS)})"
        )
    result = SubjectInput()
    if "name" in data:
        if not isinstance(data["name"], str):
            raise InputError(f"profile {path}: 'name' must be a string")
        result.name = data["name"]
    for name in _LIST_FIELDS:
        value = data.get(name, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(f"profile {path}: {name!r} must be a list of strings")
        setattr(result, name, list(value))
    return result


def profile_toml(subject: Subject) -> str:
    """Serialise a subject as a profile file (the inverse of :func:`load_profile`)."""

    def quote(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'

    lines = [f"name = {quote(subject.name)}"]
    data = subject.to_dict()
    for name in _LIST_FIELDS:
        lines.append(f"{name} = [{', '.join(quote(v) for v in data[name])}]")
    return "\n".join(lines) + "\n"
