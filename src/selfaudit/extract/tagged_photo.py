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
from urllib.parse import urlsplit

from ..models import Finding, FindingKind, Subject
from .base import Document, Extractor, subject_names
from .facts import ImageRef
from .names import fold, handle_in, is_handle, mentions_name, name_tokens
from .text import shorten, words

_LOGO = re.compile(r"logo|crest|emblem|insignia")
_CREDIT = re.compile(
    r"(?:(?i:\b(?:photo(?:graph)?s?|pic(?:ture)?s?|image|credit|taken|shot|camera)\s*(?:by\b|:)"
    r"|\bby\s+photographer\b)|©|\((?i:c)\))\s*"
    r"(?:@[\w.]+|(?:[A-Z]\.|[A-Z][\w'’-]*)(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]*)){0,3})"
)
"""A photographer's credit ("Photo: Ewan Baird", Instagram's "Photo by Tariq", "© Jo Bloggs"):
it says who took the photo, not who is in it."""


_POSTED_BY = re.compile(
    r"^Photo (?:shared )?by (?P<who>[^.]{3,60}?|[\w.]{2,40})"
    r"(?= (?:on [A-Z][a-z]+ \d{1,2}, \d{4}|in [A-Z]|tagging @))"
)
"""Instagram's own alt for a post ("Photo by Jas Rowbotham on March 03, 2024", "Photo shared
by ... tagging @...", the handle where the account has no full name): unlike a photographer's
credit it puts the account's name on the picture itself, where a search for the name finds
it."""


_COINED = re.compile(r"(?=.*[\d_.])[\w.]{4,}|[a-z]{12,}", re.IGNORECASE)
"""A handle that is no word of its own: with a digit, underscore or dot ("ros_tremlett"), or
run-together words ("fergusbagsmunros")."""


def without_credits(text: str) -> str:
    """``text`` with photo credits cut out."""
    return _CREDIT.sub(" ", text)


# "Fiona's mum", "Adaeze's boys": a photo of someone or something of theirs, not of them.
_BELONGING = re.compile(
    r"^['’]s\s+(?:(?:little|big|baby|new|old|two|three|lovely)\s+)?(?:mum|mother|dad|father|son|"
    r"sons|daughter|daughters|boys|girls|kids|children|child|baby|husband|wife|partner|"
    r"brother|sister|nan|gran|granny|grandad|grandma|grandpa|dog|dogs|cat|cats|puppy|garden|"
    r"house|home|flat|car|van|bike|cake|bakes|knitting|work)\b",
    re.IGNORECASE,
)


def _names_given(text: str, subject: Subject) -> bool:
    """On the subject's own page, a capitalised given name alone names them ("Fiona at the
    top of the Snub"), unless another surname follows it ("Fiona Grant") or it is a
    possessive of their family or things ("Fiona's mum")."""
    surnames = {name_tokens(n)[-1] for n in subject_names(subject) if len(name_tokens(n)) >= 2}
    for name in subject_names(subject):
        words = name.split()  # a one-word alias is a nickname: "Gracie and Maxine"
        if len(words[0]) < 3 or not words[0][0].isupper():
            continue
        for match in re.finditer(rf"(?<![\w@.-]){re.escape(words[0])}(?![\w@-])", text):
            rest = text[match.end():]
            if _BELONGING.match(rest):
                continue
            following = re.match(r"\s+([A-Z][\w'’-]+)", rest)
            if (
                following
                and fold(following.group(1)) not in surnames
                and following.group(1).lower() not in _JOINERS
            ):
                continue  # "Fiona McLeod": someone else who shares the given name
            return True
    return False


# Capitalised words that may follow a given name in a caption without being a surname.
_JOINERS = words("and with at on in of from by after before during the a an is was has had")


def names_subject(image: ImageRef, subject: Subject, own_page: bool = False) -> str | None:
    """What in the image's label, context or tags names the subject, or None. Photo credits
    are not tags: the photographer is not in the photo. On the subject's own page
    (``own_page``) a given name alone is enough."""
    posted = _POSTED_BY.match(image.label)
    if posted and (
        any(
            len(name_tokens(n)) >= 2 and mentions_name(posted.group("who"), n)
            for n in subject_names(subject)
        )
        or is_handle(posted.group("who"), subject.handles)  # an account with no full name
    ):
        return image.label
    texts = [without_credits(t) for t in (image.label, image.context) if t]
    for text in texts:
        for name in subject_names(subject):
            named = len(name_tokens(name)) >= 2 and mentions_name(text, name)
            if named and not _only_belongings(text, name):
                return text
        for handle in subject.handles:
            # An avatar's alt is the account's own label ("gracie_al's profile picture"); a
            # handle no dictionary has ("fergusbagsmunros at the summit cairn") needs no "@".
            # Only in the alt: a caption's bare handle is the poster's ("gracie_al Day off").
            bare = image.role == "avatar" or (
                text == without_credits(image.label)
                and bool(_COINED.fullmatch(handle.strip().lstrip("@")))
            )
            if handle_in(text, handle, require_at=not bare):
                return text
    if own_page:
        for text in texts:
            if _names_given(text, subject):
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


def _only_belongings(text: str, name: str) -> bool:
    """Every mention of ``name`` in ``text`` is a possessive of family or things."""
    surname = name.split()[-1]
    matches = list(re.finditer(rf"\b{re.escape(surname)}\b", text, re.IGNORECASE))
    return bool(matches) and all(_BELONGING.match(text[m.end():]) for m in matches)


_BANNER_OF_THEM = re.compile(
    r"(?i)\b(?:in|at|on|with|wearing|running|walking|holding|during|after|before|and)\b"
    r"|^\s*fundraiser\s+by\b"
)
"""A banner whose alt describes a scene ("Siobhan Carrick in her running vest on Scarborough
seafront", a fundraiser's hero photo) is a photo of the person it names; "Siobhan Carrick"
or "Siobhan's banner" alone is not. GoFundMe's hero photo is "Fundraiser by <organiser> :
<title>", the photo the organiser chose of themselves doing it."""


class TaggedPhotoExtractor(Extractor):
    kind = FindingKind.TAGGED_PHOTO

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        profile_page = any(t.lower() == "profile" for t in doc.meta.get("og:type", ()))
        for image in doc.images:
            if image.role not in ("content", "og", "avatar", "banner"):
                continue
            if image.role == "banner" and not (
                _BANNER_OF_THEM.search(image.label) or image.context
            ):
                # a banner is a backdrop the subject chose, unless its alt shows them or a
                # caption says who is in it (an article's hero photo and its figcaption)
                continue
            if image.role == "og" and profile_page:
                continue  # a profile's card image is its avatar, read as such
            # the file's own name, not its folders (Podbean serves guests' photos from
            # ".../imglogo/image-logo/.../guests/rhiannon-bhatt-600.jpg")
            filename = urlsplit(image.url).path.lower().rsplit("/", 1)[-1]
            if _LOGO.search(f"{image.hints} {filename}"):
                continue  # "Rhiannon Pryce Ceramics" on a logo names a business, not a face
            why = names_subject(image, subject, own_page=doc.owner_is_subject)
            if why:
                yield self.finding(doc, image.url, f"photo named: {shorten(why, 150)}")
