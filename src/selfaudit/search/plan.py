"""Which queries to put to the search engine, in a fixed order.

Every query is seen by the engine (and whoever runs it), so the plan asks only what a stranger
would type: the name, the name with each employer and each town, each alias and each handle.
Phone numbers and email addresses are searched only when the person opts in
(``--search-contacts``), because putting them into an engine tells the engine they belong together.
"""

from __future__ import annotations

import phonenumbers

from ..extract.names import fold
from ..models import Subject

DEFAULT_LIMIT = 8


def _quoted(text: str) -> str:
    cleaned = " ".join(text.replace('"', " ").split())
    return f'"{cleaned}"' if cleaned else ""


def _phone_text(e164: str) -> str:
    """A number as people write it on UK pages ("0131 496 0412"), E.164 if it cannot be read."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def full_query_plan(subject: Subject, include_contacts: bool = False) -> list[str]:
    """Every query for ``subject`` in order, before any limit."""
    name = _quoted(subject.name)
    planned: list[str] = []
    if name:
        planned.append(name)
        planned += [f"{name} {_quoted(e)}" for e in subject.employers if _quoted(e)]
        planned += [f"{name} {_quoted(place)}" for place in subject.locations if _quoted(place)]
    planned += [_quoted(alias) for alias in subject.aliases]
    planned += [_quoted(handle.lstrip("@")) for handle in subject.handles]
    if include_contacts:
        planned += [_quoted(_phone_text(phone)) for phone in subject.phones]
        planned += [_quoted(email) for email in subject.emails]
    out: list[str] = []
    seen: set[str] = set()
    for query in planned:
        key = " ".join(fold(query).split())
        if query and key not in seen:
            seen.add(key)
            out.append(query)
    return out


def query_plan(
    subject: Subject, include_contacts: bool = False, limit: int = DEFAULT_LIMIT
) -> list[str]:
    """The first ``limit`` queries of :func:`full_query_plan`: the quoted name first, then the
    name with each employer and each location, each alias, each handle, and (only with
    ``include_contacts``) each phone number and email address."""
    return full_query_plan(subject, include_contacts)[: max(0, limit)]
