"""Extraction: what one fetched page shows a stranger about the subject.

The public functions:

- :func:`extract_findings` runs every kind extractor over one page and returns its findings,
  de-duplicated, in a fixed order. It never raises: a page that breaks one extractor loses that
  extractor's findings only. The engine uses it for search result pages and photos.
- :func:`read_page` gives, from one parse, a found profile's findings, the name it shows and
  the photos worth downloading to read their EXIF: what the engine asks of every profile.
- :func:`is_namesake` says whether that name is clearly someone else's.
- :func:`display_name` and :func:`image_urls` give the name and the photos alone, for a page
  read without a subject.

Each page is parsed once into a :class:`~selfaudit.extract.base.Document`; extractors are
small classes, one per kind of exposure, reading that Document (see ``base.py``).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .. import places
from ..folding import squash
from ..jobs import CARE_ROLE, CARE_WORK
from ..models import Finding, FindingKind, Page, Subject
from .base import (
    Document,
    Extractor,
    build_document,
    byline_account,
    context_conflicts,
    is_image,
    subject_names,
    url_handles,
)
from .email import EmailExtractor
from .employer_branding import EmployerBrandingExtractor
from .facts import ImageRef
from .filters import is_fetchable_image
from .location import LocationExtractor
from .names import (
    TITLE,
    fold,
    is_clearly_other,
    is_handle,
    mentions_name,
    name_tokens,
    names_compatible,
)
from .orgs import find_employer
from .phone import PhoneExtractor, parse_possible
from .photo_location import PhotoLocationExtractor, PrintedGpsExtractor
from .tagged_photo import TaggedPhotoExtractor
from .text import sentences
from .work_talk import WorkTalkExtractor
from .workplace import WorkplaceExtractor

__all__ = [
    "EXTRACTORS",
    "Document",
    "Extractor",
    "display_name",
    "extract_findings",
    "fold",
    "image_urls",
    "is_namesake",
    "names_compatible",
]

_log = logging.getLogger(__name__)

EXTRACTORS: tuple[Extractor, ...] = (
    WorkplaceExtractor(),
    PhoneExtractor(),
    EmailExtractor(),
    LocationExtractor(),
    TaggedPhotoExtractor(),
    WorkTalkExtractor(),
    EmployerBrandingExtractor(),
    PrintedGpsExtractor(),
)
"""The text and markup extractors, in the order their findings are listed."""

IMAGE_EXTRACTORS: tuple[Extractor, ...] = (PhotoLocationExtractor(),)
"""What an image page goes to: only its EXIF can say anything."""


_OWN_WORDS_EXTRACTORS = (WorkplaceExtractor(), LocationExtractor())
"""Read again in the subject's own comments on a page that is not theirs. (Work talk reads
them itself; phones and emails are tied to the subject's name on the page already.)"""


def _run(extractors: tuple[Extractor, ...], doc: Document, subject: Subject) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple[str, str, str]] = set()
    for extractor in extractors:
        try:
            produced = list(extractor.extract(doc, subject))
        except Exception:  # one broken extractor must not lose the others' findings
            _log.debug("%s failed on %s", type(extractor).__name__, doc.url, exc_info=True)
            continue
        for finding in produced:
            if finding.key not in seen:
                seen.add(finding.key)
                findings.append(finding)
    return findings


def extract_findings(page: Page, subject: Subject) -> list[Finding]:
    """Every finding on ``page`` about ``subject``, de-duplicated by ``Finding.key``.

    Advice is left empty (the engine attaches it). On a profile whose shown name is clearly
    someone else's, or whose own handle, employer and town all differ from the subject's (a
    namesake), findings are kept but marked ``may_not_be_you``, as the engine does.
    Never raises.
    """
    try:
        return _findings_of(build_document(page, subject), subject)
    except Exception:  # the contract is "never raises", whatever the page
        return []


@dataclass(frozen=True)
class PageReading:
    """Everything the engine asks of one found profile, from a single parse of it."""

    display_name: str | None
    findings: tuple[Finding, ...]
    image_urls: tuple[str, ...]


def read_page(page: Page, subject: Subject, image_limit: int = 3) -> PageReading:
    """:func:`extract_findings`, :func:`display_name` and :func:`image_urls` of ``page`` at
    the cost of one parse (parsing is most of the time a profile takes). The photos are the
    ones in the subject's own parts of the page: other people's comments are not read for
    GPS. Never raises."""
    try:
        doc = build_document(page, subject)
        findings = tuple(_findings_of(doc, subject))
        if doc.kind == "image":
            return PageReading(None, findings, ())
        name = doc.display_name.strip() if doc.display_name else ""
        return PageReading(name or None, findings, tuple(_photo_urls(doc.images, image_limit)))
    except Exception:
        return PageReading(None, (), ())


def _findings_of(doc: Document, subject: Subject) -> list[Finding]:
    if doc.kind == "image":
        return _run(IMAGE_EXTRACTORS, doc, subject)
    findings = _run(EXTRACTORS, doc, subject)
    if doc.own_words and not doc.owner_is_subject:
        # What the subject said in their own comments on someone else's page ("a supported
        # housing project in Derby ... Kedleston Vale start around £24k"), read as their words.
        keys = {f.key for f in findings}
        said = replace(
            doc, text="\n\n".join(doc.own_words), meta_text="", owner_is_subject=True,
            owner_is_other=False, subject_posts=False, images=(), blocks=(), soup=None,
            tel_links=(), mailto_links=(), link_context={}, discovered_orgs=(),
        )  # fmt: skip
        findings += [
            f for f in _run(_OWN_WORDS_EXTRACTORS, said, subject) if f.key not in keys
        ]  # fmt: skip
    if findings and (
        doc.namesake
        or is_namesake(doc.display_name, subject)
        or _namesake_by_findings(doc, findings, subject)
        or _namesake_by_age(doc, subject)
        or _namesake_in_story(doc, findings, subject)
        or _namesake_by_byline(doc, findings, subject)
    ):
        findings = [replace(f, may_not_be_you=True) for f in findings]
    return findings


def _namesake_by_findings(doc: Document, findings: list[Finding], subject: Subject) -> bool:
    """A same-name person's profile, judged by what it shows: every employer and every place
    it gives differs from all the subject told us (and its handle too, where it has one), in
    at least two ways, and none of the subject's own phones, emails or handles appears."""
    # A page of posts signed by the subject's name is judged too: a namesake signs theirs
    # with the same name (a thread where the subject's handle signs is theirs by the
    # handle check below only when the address carries it).
    if doc.owner_is_other:
        return False
    # A handle that is only the name ("siobhancarrick") is in every namesake's address too
    # (".../people/siobhan-carrick"): it tells nobody apart.
    own_names = {"".join(name_tokens(n)) for n in subject_names(subject)}
    handles = [
        h for h in subject.handles
        if h and h.strip() and squash(h) not in own_names
    ]  # fmt: skip
    if handles and any(is_handle(p, handles) for p in url_handles(doc.url)):
        return False
    if _gives_own_contact(findings, subject):
        return False
    places_named = [f.value for f in findings if f.kind is FindingKind.LOCATION]
    if not places_named:  # "a joiner born and bred in Aberystwyth": a town, if not a finding
        places_named = _place_lines(doc.text) or towns_in(doc.all_text) or [
            written for written, _, _ in places.places_in_context(doc.all_text[:20_000])
        ]  # "local delivery across Barnstaple & Bideford": any town the gazetteer knows
    conflicts = context_conflicts(
        doc.api.handle if doc.api is not None else None,
        [f.value for f in findings if f.kind is FindingKind.WORKPLACE],
        places_named,
        subject,
    )
    if conflicts is None:
        return False
    titles = [f.value for f in doc.facts.titles]
    no_care = not any(CARE_WORK.search(t) for t in (doc.all_text, *titles))
    if no_care and (titles or _OTHER_TRADE.search(doc.all_text)):
        conflicts += 1  # a trade, or a structured job title, and not a word of care work
    elif any(
        # "Head Veterinary Nurse": the trade's own words, not a nurse's, say who it is
        (_OTHER_TRADE.search(line) or _RETIRED.search(line))
        and not CARE_WORK.search(_OTHER_TRADE.sub(" ", line))
        for line in [*_credentials(doc.all_text, subject), *titles]
    ) or (_OTHER_TRADE.search(doc.all_text) and _left_care(doc.text)) or (
        doc.owner_is_subject and _SAYS_RETIRED.search(doc.text[:50_000])
    ):
        # "Retired joiner, 40 years in the trade" under the name on a Q&A page; a profile's
        # own job title "Veterinary Surgeon", whatever the page says of hospices; a florist
        # who "spent ten years as a care assistant" before the shop
        conflicts += 1
    return conflicts >= 2


_FORMER_CARE = re.compile(
    r"(?i)\b(?:(?:spent|after)\s+(?:\w+\s+){0,2}years?\s+(?:as|working\s+as|in)"
    r"|used\s+to\s+(?:be|work\s+as|work\s+in)|was\s+once|formerly|former|ex-)"
    r"\s+(?:an?\s+)?(?:\w+\s+)?(?=\S)"
    r"(?:(?!\b(?:before|and|but|then|until|now|while|so)\b)[^.,;:!?])*"
)
"""A past in care, to the end of its clause ("spent ten years as a care assistant at a
nursing home in Bideford", "used to be a carer")."""


def _left_care(text: str) -> bool:
    """Does the page tell of a care job left behind, and of no care job now (a care home it
    sends flowers to is not a job)? The subject is a serving worker: "Before flowers, I spent
    ten years as a care assistant" is another person's story. A past in care that led on to
    care ("six years as a carer before qualifying as a social worker") is not."""
    told = [s for _, s in sentences(text[:50_000]) if CARE_ROLE.search(s)]
    if not told:
        return False
    past = [s for s in told if (m := _FORMER_CARE.search(s)) and CARE_ROLE.search(m.group(0))]
    return len(past) == len(told) and not any(
        CARE_WORK.search(_FORMER_CARE.sub(" ", s)) for s in past
    )


def _gives_own_contact(findings: list[Finding], subject: Subject) -> bool:
    """Does the page give a phone or email the subject told us (then it is theirs)?"""
    given = {fold(v).strip() for v in (*subject.phones, *subject.emails) if v}
    given |= {parse_possible(p) or "" for p in subject.phones} - {""}
    return any(fold(f.value).strip() in given for f in findings)


def _namesake_in_story(doc: Document, findings: list[Finding], subject: Subject) -> bool:
    """A page that is not the subject's own (a club's race report, a news story, a school's
    staff list) about a same-name person, as told in the sentences that name them: another
    trade and another town ("Carys, who teaches PE at Ysgol y Ffin in Wrexham", "Mrs
    Llewellyn grew up in Llandeilo and has taught at Bryn Teg"), and nothing the subject
    told us."""
    if doc.owner_is_subject or _gives_own_contact(findings, subject):
        return False
    names = [n for n in subject_names(subject) if len(n.split()) >= 2]
    firsts = {n.split()[0] for n in names}
    titled = {rf"{TITLE}{re.escape(n.split()[-1])}" for n in names}  # "Mrs Llewellyn"
    # A news story names her in full once, then by surname: "Bevan, 41, teaches PE".
    titled |= {rf"^{re.escape(n.split()[-1])}(?=,|\s+[a-z])" for n in names}
    # On a page nobody in particular owns (a school's staff list), only the sentences that
    # name her fully tell: "we have a Roisin and a Rosheen ... Rosheen is a teacher" is not
    # about either Roisin.
    by_first = doc.owner_is_other
    told = [
        s for _, s in sentences(doc.text[:50_000])
        if any(mentions_name(s, n) for n in names)
        or (by_first and any(re.search(rf"\b{re.escape(f)}\b", s) for f in firsts))
        or any(re.search(rf"\b{t}\b", s) for t in titled)
    ]  # fmt: skip
    if not told:
        return False
    story = " ".join(told)
    if any(find_employer(story, e) for e in subject.employers if e.strip()):
        return False
    # "Nadia lives in Caversham": a place the location extractor read, where no known town is
    # or one the gazetteer has where the words make it a place ("Louth farmer Marcus ...")
    told_places = towns_in(story) or [
        f.value for f in findings if f.kind is FindingKind.LOCATION and f.value in story
    ] or [written for written, _, _ in places.places_in_context(story)]
    conflicts = context_conflicts(None, [], told_places, subject)
    if conflicts is None:
        return False
    if _OTHER_TRADE.search(story) and not CARE_WORK.search(story):
        conflicts += 1
    return conflicts >= 2


def _namesake_by_byline(doc: Document, findings: list[Finding], subject: Subject) -> bool:
    """A post signed with the subject's name from an account they did not list, whose page
    also names another town or employer and nothing they told us: a gardening newsletter
    by "Marnie Holloway" (``@pottingshedmarnie``) about client gardens in Cheltenham, when
    our Marnie is a support worker in Bristol with three other handles. Either alone is
    not enough: people forget an account, and write about places they visit."""
    handle = byline_account(doc, subject)
    if handle is None or _gives_own_contact(findings, subject):
        return False
    places_named = [f.value for f in findings if f.kind is FindingKind.LOCATION]
    conflicts = context_conflicts(
        handle,
        [f.value for f in findings if f.kind is FindingKind.WORKPLACE],
        places_named or towns_in(doc.all_text),
        subject,
    )
    return conflicts is not None and conflicts >= 2


_RETIRED = re.compile(r"(?i)\bretired\b")
"""The subject is a serving worker: a person described as retired is someone else."""
_SAYS_RETIRED = re.compile(
    r"(?i)\b(?:I['’]?m|I\s+am)\s+(?:now\s+)?(?:a\s+)?retired\b|\bsince\s+I\s+retired\b"
)
"""The page's own writer saying they are retired ("I'm a retired toolmaker and it has been
looked after"): a serving worker does not."""


_POST_NOMINALS = re.compile(
    r"(?:[\s,]+(?:[A-Za-z.]*[A-Z][A-Za-z.]*[A-Z][A-Za-z.]*|\([A-Za-z]+\)|Dip|Cert))+$"
)
"""Letters after a name ("BVMS MRCVS", "BSc (Hons) RGN", "Dip DTDH"): each word two capitals
at least, or a diploma or certificate."""


def _credentials(text: str, subject: Subject) -> list[str]:
    """The line right under a line that is only the subject's name, perhaps with letters
    after it: where Q&A sites, forums and people lists put who that person is ("Dominic
    Hesketh" / "Retired joiner ...", "Clodagh Fearon BVMS MRCVS" / "Veterinary Surgeon")."""
    names = {fold(n).strip() for n in subject_names(subject)}
    lines = [ln.strip() for ln in text[:50_000].splitlines() if ln.strip()]
    return [
        lines[i + 1][:200]
        for i, line in enumerate(lines[:-1])
        if fold(line) in names
        or fold(_POST_NOMINALS.sub("", line)) in names
        or any(_trading_as(fold(line), name) for name in names)
    ]


def _trading_as(line: str, name: str) -> bool:
    """Is ``line`` (folded) a business named after the person ("rosalind tremlett
    decorating")? Then the line under it says what the business does."""
    return line.startswith(name + " ") and bool(_TRADING_AS.match(line[len(name):]))


_TRADES = (
    r"veterinary\s+nurse|vet\s+nurse|balayage|hair\s+salon|salon\s+owner|colou?rist|colou?r\s+director"
    r"|(?:own|beauty|nail)\s+salon"
    r"|wedding\s+hair|stylist"
    r"|plumb(?:er|ing)|heating\s+engineer|electrician|joiner|carpenter|builder|roofer|plasterer"
    r"|mechanic|gas\s+safe|locksmith|painter\s+(?:and|&)\s+decorator|decorator|landscaper|landscape\s+gardener"
    r"|landscaping|florist|floristry|chef"
    r"|footballer|striker|midfielder|goalkeeper|solicitor|barrister|accountant|estate\s+agent"
    r"|dentist|veterinary\s+surgeon|architect|surveyor|pharmacist|airline\s+pilot|farmer"
    r"|dispensary|pharmacy\s+(?:technician|assistant|dispenser)"
    r"|butcher|hairdresser|barber|banker|harpist|pianist|guitarist|violinist|musician"
    r"|music\s+teacher|photographer|film-?maker|dog\s+groomer|dog\s+grooming"
    r"|(?:head\s*)?teacher|teaches|has\s+taught|baker"
    r"|tattoo\s+artist|personal\s+trainer|vet|vets|veterinary|veterinarian|dj|disc\s+jockey"
    r"|physio|physiotherapist|sports\s+therapist"
    r"|electrical\s+engineer|mechanical\s+engineer|civil\s+engineer|software\s+(?:engineer|developer)"
    r"|web\s+developer|graphic\s+designer|web\s+designer|journalist|reporter|optician"
    r"|optometrist|welder|bricklayer|scaffolder|tiler|glazier|taxi\s+driver|lorry\s+driver"
    r"|hgv\s+driver|bus\s+driver|train\s+driver|postman|postwoman|firefighter|police\s+officer"
    r"|bartender|barista|publican|jeweller|tailor|beautician|nail\s+tech(?:nician)?"
    r"|nail\s+artist|make-?up\s+artist|hair\s+stylist|videographer|wedding\s+planner|auctioneer|estate\s+agency|mortgage\s+adviser"
    r"|(?:sales|lettings|property)\s+negotiator|lettings?\s+agent"
    r"|financial\s+adviser|bookkeeper|jockey|gamekeeper|fisherman|cabin\s+crew|dentistry"
    r"|dental\s+(?:nurse|therapist|hygienist)|hygienist|personal\s+training|(?:fitness|yoga|outdoor|ski|climbing|driving|surf"
    r"|kayak)\s+instructor|mountain\s+leader"
    r"|cake\s+maker|cake\s+designer|celebration\s+cakes|wedding\s+cakes|golf\s+professional"
    r"|golf\s+pro|pga\s+professional|golf\s+coach"
    r"|interior\s+(?:stylist|designer|design)|colour\s+consultant|garden\s+designer"
    r"|lecturer|professor|postdoc(?:toral)?|oceanograph(?:er|y)|geologist|marine\s+biologist"
)
"""Trades no registered social-care worker is described by. Hobbies a worker might write
about on their own pages (photography, writing, coding) are left out on purpose: a wrong
"may not be you" hides the subject's own exposure."""
_OTHER_TRADE = re.compile(rf"(?i)\b(?:{_TRADES})s?\b")


_TRADING_AS = re.compile(
    rf"(?i)^\s*(?:{_TRADES}|decorating|plumbing|heating|roofing|building|electrical|joinery"
    r"|carpentry|landscapes?|cleaning|gardening|removals|ltd|limited)\b(?:\s+\S+){0,3}$"
)
"""What follows a name that is a business's ("Rosalind Tremlett Decorating", "... Plumbing &
Heating Ltd"): the trade comes first."""


_TOWNS = re.compile(rf"\b(?:{places.alternation(places.UK_TOWNS)})\b")


_PLACE_LINE_TAIL = re.compile(r"(?:,[ \t]*[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}){1,2}")


def _place_lines(text: str) -> list[str]:
    """The towns of the lines near the top of a page that are only a place ("Aberystwyth,
    United Kingdom" under a profile's name): the profile's own location, which says more
    about whose page it is than the towns its reviews and trips name."""
    found = []
    for line in text.splitlines()[:40]:
        line = line.strip()
        town = _TOWNS.match(line)
        if town and (town.end() == len(line) or _PLACE_LINE_TAIL.fullmatch(line, town.end())):
            found.append(town.group(0))
    return found


def towns_in(text: str) -> list[str]:
    """The known towns (:mod:`selfaudit.places`) a page names, as written, in order."""
    return list(dict.fromkeys(m.group(0) for m in _TOWNS.finditer(text[:20_000])))


_AGED = r"(?i)\b{}\s*(?:\(|,)\s*(?:aged\s+)?(\d{{1,3}})\s*(?:\)|,)"
_WORKING_AGE = range(18, 68)
_OLDEST = 115
"""A number in brackets after a name above this is a count (peals, posts, rides), not an age."""
"""A subject is a serving social-care worker: a person named with an age outside this range
("Niamh Doherty, 71, a retired teacher") is someone else with the same name."""


def _namesake_by_age(doc: Document, subject: Subject) -> bool:
    """A news item or page by someone else about a same-name person whose stated age rules
    out the subject (a pensioner, a child)."""
    if doc.owner_is_subject or doc.subject_posts:
        return False
    text = doc.all_text
    ages = []
    for name in subject_names(subject):
        if len(name.split()) < 2:
            continue
        pattern = _AGED.format(r"\s+".join(re.escape(w) for w in name.split()))
        # "Rosalind Tremlett (212)" in a peal board's list is her peal count, not her age
        ages += [
            int(m.group(1)) for m in re.finditer(pattern, text) if int(m.group(1)) <= _OLDEST
        ]  # fmt: skip
    return bool(ages) and all(age not in _WORKING_AGE for age in ages)


@dataclass(frozen=True)
class _PlainView:
    """What display_name() and image_urls() need from a page parsed without a subject."""

    display_name: str | None
    images: tuple[ImageRef, ...]


class _ViewCache:
    """The last few pages' plain views. The engine asks display_name() and image_urls() of the
    same page, and parsing is most of the cost; only these small results are kept (never a
    parse tree or a body), keyed by a digest of the page, so memory stays flat."""

    def __init__(self, size: int = 32) -> None:
        self._size = size
        self._views: OrderedDict[tuple[str, str, str | None, int, str], _PlainView] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, page: Page) -> _PlainView:
        key = (
            page.url,
            page.content_type,
            page.encoding,
            len(page.body),
            hashlib.blake2b(page.body, digest_size=16).hexdigest(),
        )
        with self._lock:
            if key in self._views:
                self._views.move_to_end(key)
                return self._views[key]
        doc = build_document(page, None)
        view = _PlainView(doc.display_name, doc.images)
        with self._lock:
            self._views[key] = view
            while len(self._views) > self._size:
                self._views.popitem(last=False)
        return view


_views = _ViewCache()


def image_urls(page: Page, limit: int = 3) -> list[str]:
    """Absolute http(s) URLs of up to ``limit`` photos on ``page`` worth reading EXIF from.

    Content photos come first (card images, then photos in the page), then avatars and
    banners; icons, tracking pixels, SVGs, GIFs and data: URIs are skipped. Never raises.
    """
    try:
        if limit <= 0 or is_image(page):
            return []
        return _photo_urls(_views.get(page).images, limit)
    except Exception:
        return []


_PHOTO_ORDER = {"og": 0, "content": 1, "banner": 2, "avatar": 3}


def _photo_urls(images: Iterable[ImageRef], limit: int) -> list[str]:
    if limit <= 0:
        return []
    ranked = sorted(
        (i for i in images if i.role in _PHOTO_ORDER and is_fetchable_image(i.url)),
        key=lambda i: _PHOTO_ORDER[i.role],
    )
    return list(dict.fromkeys(image.url for image in ranked))[:limit]


def display_name(page: Page) -> str | None:
    """The name a profile page shows (JSON-LD Person, representative h-card, profile meta or
    og:title on a profile, an API's name field), or None. Never raises."""
    try:
        if is_image(page):
            return None
        name = _views.get(page).display_name
        return name.strip() if name and name.strip() else None
    except Exception:
        return None


def is_namesake(display: str | None, subject: Subject) -> bool:
    """True when ``display`` is clearly someone else: a person's name (two words or more)
    compatible with none of the subject's name and aliases, and not one of their handles.
    An empty name, a handle or a one-word nickname is never a namesake."""
    try:
        return is_clearly_other(display, subject_names(subject), subject.handles)
    except Exception:
        return False
