"""Tagged photo: a photo whose alt text, caption or people tags name the subject.

The guidance's warning about other people's party photos: once a photo carries your name, a
search for the name finds your face. A photo is reported when its alt/title/aria-label, its
figcaption or caption, or people-tag markup near it (``data-tagged``, elements with a "tag" or
"people" class) names the subject by full name, alias, a compatible first+last name ("Mo
Kelly"), or @handle. A photo naming only someone else is not a finding, and neither is the
profile's own avatar (its alt text naming the owner says nothing new).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Finding, FindingKind, Subject
from .base import Document, Extractor, subject_names
from .facts import ImageRef
from .names import fold, handle_in, mentions_name, name_tokens
from .text import shorten

_CREDIT = re.compile(
    r"(?:(?i:\b(?:photo(?:graph)?s?|pic(?:ture)?s?|image|credit|taken|shot|camera)\s*(?:by\b|:)"
    r"|\bby\s+photographer\b)|©|\((?i:c)\))\s*"
    r"(?:@[\w.]+|(?:[A-Z]\.|[A-Z][\w'’-]*)(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]*)){0,3})"
)
"""A photographer's credit ("Photo: Ewan Baird", Instagram's "Photo by Tariq", "© Jo Bloggs"):
it says who took the photo, not who is in it."""


def without_credits(text: str) -> str:
    """``text`` with photo credits cut out."""
    return _CREDIT.sub(" ", text)


def names_subject(image: ImageRef, subject: Subject) -> str | None:
    """What in the image's label, context or tags names the subject, or None. Photo credits
    are not tags: the photographer is not in the photo."""
    texts = [without_credits(t) for t in (image.label, image.context) if t]
    for text in texts:
        for name in subject_names(subject):
            if len(name_tokens(name)) >= 2 and mentions_name(text, name):
                return text
        for handle in subject.handles:
            if handle_in(text, handle):
                return text
    tags = {fold(t).strip().lstrip("@") for t in image.tags}
    for handle in subject.handles:
        if fold(handle).strip().lstrip("@") in tags:
            return f"tagged {handle}"
    for tag in image.tags:
        for name in subject_names(subject):
            if len(name_tokens(name)) >= 2 and mentions_name(tag, name):
                return f"tagged {tag}"
    return None


class TaggedPhotoExtractor(Extractor):
    kind = FindingKind.TAGGED_PHOTO

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        profile_page = any(t.lower() == "profile" for t in doc.meta.get("og:type", ()))
        for image in doc.images:
            if image.role not in ("content", "og") or (image.role == "og" and profile_page):
                continue  # a profile's card image is its avatar
            why = names_subject(image, subject)
            if why:
                yield self.finding(doc, image.url, f"photo named: {shorten(why, 150)}")
