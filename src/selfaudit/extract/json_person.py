"""A person's profile in JSON of a shape no adapter knows, read by the names of its fields.

The known APIs (:mod:`selfaudit.extract.json_api`) are read field by field. Everything else
(a professional network's "about" export, a club system's member record, a new platform's
profile endpoint) would otherwise give only the contact details in its string leaves, and
never count as the subject's own page: their own summary would not be read as their words.
Profiles are written with a small vocabulary (``firstName``/``lastName``, ``summary``,
``headline``, ``location``, ``companyName`` ...), so a record that has a person's name and
something they wrote about themselves is read with that vocabulary.

Only the record and its own sub-records are read: lists of other people next to it
("peopleAlsoViewed", "followers") are not the person, so nothing outside the named keys is.
"""

from __future__ import annotations

import re
from typing import Any

from .facts import FactsBuilder
from .json_api import ApiProfile, api_image, html_to_text, text_of

_HOLDERS = ("profile", "user", "person", "account", "data", "member", "me", "result")
"""Keys a response wraps its one record in (``{"data": {"user": {...}}}``)."""

_FULL_NAME = ("full_name", "fullName", "name", "displayName", "display_name", "realname")
_FIRST = ("firstName", "first_name", "given_name", "givenName", "forename")
_LAST = ("lastName", "last_name", "family_name", "familyName", "surname")
_HANDLE = (
    "username", "publicIdentifier", "public_identifier", "screen_name", "handle", "login",
    "vanityName", "slug",
)  # fmt: skip
_ABOUT = ("summary", "about", "bio", "biography", "aboutMe", "about_me", "description")
_TITLE = ("headline", "jobTitle", "job_title", "occupation", "tagline")
_ORG = ("companyName", "company", "employer", "organization", "organisation", "workplace")
_PLACE = (
    "geoLocationName", "locationName", "location", "currentLocation", "current_location",
    "city", "town", "hometown",
)  # fmt: skip
_JOBS = ("positions", "experience", "experiences", "jobs", "work", "employment", "roles")
_CONTACT = ("contactInfo", "contact_info", "contact")
_PHONE = re.compile(r"(?i)phone|mobile|^tel")
_EMAIL = re.compile(r"(?i)e-?mail")
_AVATAR = (
    "profilePicture", "profile_picture", "profile_pic_url_hd", "profile_pic_url", "avatar",
    "avatar_url", "avatarUrl", "picture", "photo", "profile_image_url", "image",
)  # fmt: skip
_BANNER = ("backgroundImage", "background_image", "banner", "cover", "coverPhoto", "header")


def _first(record: dict, keys: tuple[str, ...]) -> str | None:
    return next((v for k in keys if (v := text_of(record.get(k)))), None)


def _name(record: dict) -> str | None:
    first, last = _first(record, _FIRST), _first(record, _LAST)
    if first and last:
        return f"{first} {last}"
    return _first(record, _FULL_NAME)


def _is_person(record: Any) -> bool:
    return (
        isinstance(record, dict)
        and _name(record) is not None
        and any(text_of(record.get(k)) for k in (*_ABOUT, *_TITLE))
    )


def _find_record(data: Any, depth: int = 0) -> dict | None:
    """The person record itself, or the one its wrappers hold (three levels at most)."""
    if _is_person(data):
        return data
    if depth >= 3 or not isinstance(data, dict):
        return None
    for key in _HOLDERS:
        found = _find_record(data.get(key), depth + 1)
        if found is not None:
            return found
    return None


def _place(value: Any) -> str | None:
    if isinstance(value, dict):  # {"name": "Perth"} or an address's locality
        return _first(value, ("name", "city", "locality", "addressLocality", "town"))
    return text_of(value)


def _org(value: Any) -> str | None:
    return _first(value, ("name", "companyName")) if isinstance(value, dict) else text_of(value)


def _picture(builder: FactsBuilder, value: Any, role: str, base: str, source: str) -> None:
    """A picture field: a URL, or an object with the URL and the alt text its owner wrote."""
    label = None
    if isinstance(value, dict):
        label = _first(value, ("altText", "alt_text", "alt", "description"))
        value = _first(value, ("displayImageUrl", "url", "src", "href"))
    if isinstance(value, str) and value.strip().startswith(("http://", "https://")):
        api_image(builder, value, role, base, source, label)


def _contacts(builder: FactsBuilder, record: dict, source: str) -> None:
    for key, value in record.items():
        bucket = "phones" if _PHONE.search(key) else "emails" if _EMAIL.search(key) else None
        if bucket is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                item = _first(item, ("number", "value", "address", "email", "phone"))
            builder.add(bucket, text_of(item), f"{source} {key}")


def person_record(url: str, data: Any) -> ApiProfile | None:
    """The profile a person record in unknown JSON describes, or None when there is none."""
    record = _find_record(data)
    if record is None:
        return None
    source = "profile JSON"
    b = FactsBuilder()
    name = _name(record)
    b.add("names", name, f"{source} name")
    for key in _TITLE:
        b.add("titles", text_of(record.get(key)), f"{source} {key}")
    for key in _ORG:
        b.add("orgs", _org(record.get(key)), f"{source} {key}")
    for key in _PLACE:
        b.add("locations", _place(record.get(key)), f"{source} {key}")
    # Where they work and worked: each job's employer, never the job's office town (a
    # former employer's office is not where they live).
    containers = [record, data] if isinstance(data, dict) else [record]
    for holder in containers:
        for key in _JOBS:
            jobs = holder.get(key)
            for job in jobs[:20] if isinstance(jobs, list) else []:
                if isinstance(job, dict):
                    b.add("orgs", next(filter(None, map(_org, map(job.get, _ORG))), None),
                          f"{source} {key}")
        _contacts(b, holder, source)
        for key in _CONTACT:
            if isinstance(holder.get(key), dict):
                _contacts(b, holder[key], source)
    for key in _AVATAR:
        _picture(b, record.get(key), "avatar", url, f"{source} {key}")
    for key in _BANNER:
        _picture(b, record.get(key), "banner", url, f"{source} {key}")
    about = [html_to_text(record.get(k)) for k in _ABOUT]
    text = "\n\n".join(t for t in about if t)
    return ApiProfile("profile JSON", name, _first(record, _HANDLE), text, b.freeze())
