"""Employer branding: the employer's logo or name in a personal profile's avatar or banner.

The guidance: "Using employer logos may imply you are authorised to speak on behalf of your
employer. You're probably not." Reported when an avatar, banner, header or card image
(``<img>`` with such a role, ``og:image``/``twitter:image``, an API avatar/header, a CSS
background on a banner) has the employer's name in its file name, alt or title -- as words or as
a slug ("dunmore-council-logo.png") -- or "logo" together with a distinctive word of the name.
The employer's own site (team pages, news) is not a personal profile and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote, urlparse

from ..models import Finding, FindingKind, Subject
from .base import Document, Extractor
from .facts import ImageRef
from .names import fold
from .orgs import employer_acronym, employer_mentions, employer_variants, same_org
from .text import words

_GENERIC = words(
    """council care trust services service social work health partnership limited ltd plc group
    the and of for team community charity foundation city county borough nhs scotland
    scottish national"""
)
_ROLES = ("avatar", "banner", "og")
_MARKS = ("logo", "crest", "badge", "emblem", "insignia", "twibbon", "frame")
"""Words that say an image is an organisation's mark, not a photo."""


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", fold(name)) if w]


def mentions_employer(haystack: str, employer: str) -> bool:
    """Does ``haystack`` (folded file name, alt and title) name ``employer``?"""
    squashed = re.sub(r"[^a-z0-9]+", "", haystack)
    spaced = " " + re.sub(r"[^a-z0-9]+", " ", haystack) + " "
    acronym = employer_acronym(employer)
    for variant in employer_variants(employer):
        parts = _words(variant)
        if not parts or variant == acronym:
            continue  # an acronym ("SMMHP") is too short a clue in a lower-case file name
        if len(parts) >= 2 and "".join(parts) in squashed:
            return True
        if f" {' '.join(parts)} " in spaced:
            return True
    if any(f" {mark} " in spaced for mark in _MARKS):
        distinctive = [w for w in _words(employer) if len(w) >= 4 and w not in _GENERIC]
        if any(f" {w} " in spaced for w in distinctive):
            return True
        # "SevernMarches_twibbon.jpg": the name's distinctive words run together
        return len(distinctive) >= 2 and "".join(distinctive[:2]) in squashed
    return False


_OWNED_LABEL = re.compile(r"^\s*@?([\w.]+?)['’]s\s+(?:profile\s+(?:picture|photo)|avatar)\b", re.I)


def _someone_elses_avatar(image: ImageRef, subject: Subject) -> bool:
    """An avatar labelled as another account's ("heatherbank_lodge's profile picture")."""
    owner = _OWNED_LABEL.match(image.label or "")
    if image.role != "avatar" or owner is None:
        return False
    handles = {fold(h).lstrip("@") for h in subject.handles}
    return fold(owner.group(1)) not in handles


_SCENE = re.compile(
    r"(?i)^\s*(?:an?|the|(?:a\s+)?(?:photo|picture|image)\s+of)\s+\S.*?\b"
    r"(?:for|at|outside|inside|in|near|from|with)\s+(?:the\s+)?$"
)


def _scene_for(image: ImageRef, employer: str) -> bool:
    """Does the image's label describe a scene the employer is only the setting or the
    cause of ("A sensory garden for Abbey Yard Day Centre", a fundraiser's hero picture), with
    no word of a mark ("logo") in it? Such a picture shows a garden, not the employer's name;
    a file name that spells the name ("abbey-yard-logo.png") still counts."""
    label = image.label or ""
    if any(re.search(rf"(?i)\b{mark}\b", label) for mark in _MARKS):
        return False
    first = next(employer_mentions(label, employer, 1), None)
    if first is None or not _SCENE.match(label[: first.start]):
        return False
    path = fold(unquote(urlparse(image.url).path))
    return not mentions_employer(path, employer)


def _haystack(image: ImageRef) -> str:
    path = unquote(urlparse(image.url).path)
    return fold(f"{path} {image.label}")


class EmployerBrandingExtractor(Extractor):
    kind = FindingKind.EMPLOYER_BRANDING

    def _employers(self, doc: Document, subject: Subject) -> list[str]:
        employers = list(subject.employers) + [f.value for f in doc.facts.orgs]
        employers += [m.value for m in doc.discovered_orgs]
        out: list[str] = []
        for employer in employers:
            if employer.strip() and not any(same_org(employer, e) for e in out):
                out.append(employer)
        return out

    def _employers_own_site(self, doc: Document, employer: str) -> bool:
        """The employer's own site, or its own page on a platform (a business Page called
        "Haddow & Thread", run by the subject): its logo there is the page's, not a
        personal profile wearing it."""
        if any(same_org(site, employer) for site in doc.site_names):
            return True
        titles = [doc.display_name or "", *doc.meta.get("og:title", ())]
        if any(t.strip() and same_org(t, employer) for t in titles):
            return True  # og:title "Hadrian Vale Council": the council's own Facebook Page
        host = re.sub(r"[^a-z0-9]+", "", urlparse(doc.url).netloc.lower())
        return any(
            len(parts) >= 2 and "".join(parts) in host
            for parts in (_words(v) for v in employer_variants(employer))
        )

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        if doc.owner_is_other:
            return  # a news item or someone else's post is not the subject's profile
        employers = [
            e for e in self._employers(doc, subject) if not self._employers_own_site(doc, e)
        ]
        if not employers:
            return
        profile = doc.display_name is not None or any(
            t.lower() == "profile" for t in doc.meta.get("og:type", ())
        )
        shown: set[str] = set()  # the same file at another size is one finding
        # The avatar or banner itself before a card image that repeats it at another size.
        for image in sorted(
            doc.images, key=lambda i: _ROLES.index(i.role) if i.role in _ROLES else 9
        ):
            path = urlparse(image.url).path
            if path in shown:
                continue
            if image.role not in _ROLES or (image.role == "og" and not profile):
                continue  # a card image on a page that is not a profile is an article's
            if _someone_elses_avatar(image, subject):
                continue  # the employer's own account's picture, beside its post
            haystack = _haystack(image)
            for employer in employers:
                if mentions_employer(haystack, employer) and not _scene_for(image, employer):
                    shown.add(path)
                    yield self.finding(
                        doc, image.url, f"{image.role} image names {employer}: {image.url}"
                    )
                    break
