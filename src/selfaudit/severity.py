"""How serious one finding is, decided in one place so every extractor grades alike.

The grade answers "how much could a stranger do with this?", in the spirit of the SSSC guidance:
a phone number or a photo's GPS position lets someone reach or find the worker whatever else the
page says; talk about people who use services can breach confidentiality whoever posted it;
the rest grows more serious when it can be tied to a real, named person at a known employer.

===================  ======  ======================================  ===============================
kind                 base    raised to                               anonymous handle (no full name)
===================  ======  ======================================  ===============================
phone                high    -                                       stays high
photo_location       high    -                                       stays high
work_talk            medium  high when it mentions service users,    medium -> low; high (service
                             clients or cases                        users) stays high
workplace            medium  high when the full name is on the page  medium -> low
email                medium  -                                       medium -> low
location             low     medium with full name + employer        low
tagged_photo         medium  -                                       medium -> low
employer_branding    medium  -                                       medium -> low
===================  ======  ======================================  ===============================

"Anonymous handle" lowers a grade only while no full name is on the page: a context claiming both
is treated as named, because the name is what ties the exposure to the person.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import FindingKind, Severity


@dataclass(frozen=True)
class SeverityContext:
    """What the page as a whole says about the person, computed once per page.

    ``mentions_service_users`` is per excerpt for work talk (the extractor narrows it), and for
    the page as a whole everywhere else.
    """

    full_name_on_page: bool = False
    employer_on_page: bool = False
    anonymous_handle: bool = False
    mentions_service_users: bool = False


_BASE: dict[FindingKind, Severity] = {
    FindingKind.PHONE: Severity.HIGH,
    FindingKind.PHOTO_LOCATION: Severity.HIGH,
    FindingKind.WORK_TALK: Severity.MEDIUM,
    FindingKind.WORKPLACE: Severity.MEDIUM,
    FindingKind.EMAIL: Severity.MEDIUM,
    FindingKind.LOCATION: Severity.LOW,
    FindingKind.TAGGED_PHOTO: Severity.MEDIUM,
    FindingKind.EMPLOYER_BRANDING: Severity.MEDIUM,
}


def assess(kind: FindingKind, ctx: SeverityContext) -> Severity:
    """Grade one finding of ``kind`` seen on a page described by ``ctx`` (see the table above)."""
    severity = _BASE[kind]
    if kind is FindingKind.WORK_TALK and ctx.mentions_service_users:
        return Severity.HIGH
    if kind is FindingKind.WORKPLACE and ctx.full_name_on_page:
        severity = Severity.HIGH
    if kind is FindingKind.LOCATION and ctx.full_name_on_page and ctx.employer_on_page:
        severity = Severity.MEDIUM
    anonymous = ctx.anonymous_handle and not ctx.full_name_on_page
    if anonymous and severity is Severity.MEDIUM:
        severity = Severity.LOW
    return severity
