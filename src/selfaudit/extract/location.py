"""Location: a town, area or address tied to the subject, as written on the page.

A home town narrows a name to a person; with an employer it tells a stranger where to wait.
Sources: structured addresses (JSON-LD ``address``/``homeLocation``, h-card ``adr``/locality,
API ``location`` fields), UK postcodes written as part of an address, the places the subject
told us about, and phrases that place the author ("based in X", "lives in X", "originally from
X", "Social worker in X", "📍 X"). Only capitalised, place-like words are taken from phrases.
A place already inside a longer reported one ("Leith" in "12 Example Street, Leith") is not
reported again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from bs4 import NavigableString, Tag

from .. import places
from ..models import Finding, FindingKind, Subject
from .base import (
    Document,
    Extractor,
    block_contexts,
    can_be_named,
    classes,
    in_page_topic,
    line_at,
    mentions_subject,
    subject_names,
    tied_to_subject,
)
from .contact_list import on_venue_line
from .names import fold
from .orgs import ONE_ROLE, ROLE, employer_mentions, same_org
from .text import MAX_MATCHES, excerpt, phrase_pattern, trim, words

_PLACE_WORD = r"(?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*|St\.?)"
PLACE = rf"{_PLACE_WORD}(?:[ \t]+(?:(?:upon|on|of|under|by)[ \t]+)?{_PLACE_WORD}){{0,3}}"
_ROLE_PLACE = re.compile(rf"{ONE_ROLE}\s+(?i:in|across|around)\s+(?P<place>{PLACE})")
"""The subject's own role and its place ("Social worker in Leith"): one person's role, since
"foster carers across Lisburn" are the people they visit."""
_SOMEONE_ELSE = re.compile(r"(?i)\b(?:a|an|one|another|each|every)\s+(?:[\w-]+\s+){0,3}$")
_SELF = re.compile(r"(?i)\b(?:i'?m|i’m|i\s+am|as|work\s+as|working\s+as)\s+(?:[\w-]+\s+){0,4}$")
"""Before a role: "a respite carer in Hillsborough" is someone they visit, unless it is
"I'm a ..." or "as a ..." (the subject)."""
_PLACE_PATTERNS = (
    re.compile(
        rf"(?i:\b(?:based|living|lives|live|located|resident|settled|staying|grew up|"
        rf"born and raised|born|raised)\s+(?:in|near|around))\s+(?P<place>{PLACE})"
    ),
    re.compile(
        rf"(?i:\b(?:originally|i'?m|i am|hails?|hailing|comes?|coming|am)\s+from)"
        rf"\s+(?P<place>{PLACE})"
    ),
    re.compile(rf"(?i:\b(?:moved|relocated)\s+to)\s+(?P<place>{PLACE})"),

    re.compile(rf"(?i:\b(?:home\s+is|home's|home’s|now\s+home\s+is))\s+(?P<place>{PLACE})"),
    re.compile(rf"(?i:\bmy\s+(?:home|house|flat)\s+in)\s+(?P<place>{PLACE})"),
    re.compile(
        rf"(?i:\b(?:i'?m|i’m|i\s+am|i\s+was))\s+(?P<place>{PLACE})(?=\s+(?i:originally|born\s+and))"
    ),
    re.compile(rf"(?i:\b(?:i'?m|i’m|i\s+am))\s+(?i:from)\s+(?P<place>{PLACE})"),
    re.compile(
        rf"(?i:\b(?:location|lives in|hometown|home town|based|(?<!dispatches\s)(?<!ships\s)from"
        rf"|where)\s*:)\s*"
        rf"(?P<place>{PLACE})"
    ),
    re.compile(  # not "📍 Ladies football, bakes": a pin used as a bullet
        rf"📍\s*(?:(?i:lives|living|based|located)\s+(?i:in|near)\s+)?(?P<place>{PLACE})"
        r"\b(?![ \t]+(?!(?:and|based|area|ish|way)\b)[a-z])"
    ),
    re.compile(  # "Washington, Tyne & Wear 📍": the pin after the place
        rf"(?:^|[\n·•|]|[^\w\s,.!?]\s)\s*(?P<place>{PLACE})"
        rf"(?=(?:,[ \t]*[^,\n📍]{{2,30}})?[ \t]*📍)"
    ),
    re.compile(rf"(?m)^[ \t]*(?:From|Lives in|Hometown)[ \t]+(?P<place>{PLACE})"),
    _ROLE_PLACE,
)
_NAME_AGE_TOWN = re.compile(
    rf",[ \t]*(?i:aged[ \t]+)?\d{{1,3}},[ \t]*(?i:from|of)[ \t]+(?P<place>{PLACE})"
)
"""A news story's "Keeley Marchbank, 34, from Wellington," / "Morag Kelly, 41, of Leith,":
the town of the person named just before it."""
_NOT_PLACES = words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday the a an my our love social
    care health work home here there road street views opinions proud mum dad wife husband i
    im i'm and or but with wikipedia"""
)

_POSSESSIVE_END = re.compile(r"[A-Za-z]['’]s$")
"""A place read from the words ends with a name's "'s" only where the next word is not a
place's ("Bella's kitchen"); "Bishop's Stortford" ends with "Stortford"."""

_POSSESSIVE_NAME = re.compile(r"['’]s[ \t]+(?:[A-Z][a-z'’-]+[ \t]+)*[A-Z][a-z'’-]+[ \t]+[A-Z]")
"""A town's own named thing ("Plymouth's Citadel Players", "Leeds's Grand Theatre"): two or
more capitalised words after the town's "'s" name something there, not where anyone lives."""

_NAME_GOES_ON = re.compile(
    r"[ \t]+(?!(?:and|or|the|in|on|at|UK|England|Scotland|Wales|Mum|Mam|Mom|Dad|Mother|Father"
    r"|Wife|Husband|Nan|Gran|Proud|Lover|Loves?|Views|Opinions|She|He|They)\b)[A-Z][a-z]"
)
"""A capitalised word straight after a town: the town is part of an organisation's name. Not
the next line of a bio whose line breaks the page's CSS draws ("Nuneaton / Mum of two")."""
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b")
_STREET = re.compile(
    r"(?i)\b(?:street|st|road|rd|avenue|ave|lane|ln|crescent|cres|place|pl|terrace|drive|dr"
    r"|court|ct|gardens|gdns|way|close|wynd|row|square|sq|park|grove|brae|loan|view|walk"
    r"|mews|house|flat|cottage|farm)\b\.?"
)
_HOUSE_NUMBER = re.compile(r"(?:^|\s)((?:[Ff]lat\s+\w+,?\s+)?\d+[A-Za-z]?,?\s+)(?=[A-Z])")
_ADDRESS_RUN = re.compile(r"(?:(?<=\s)|^)(?:[A-Z0-9][\w'’.-]*,?\s+)+$")
_ADDRESS_LABEL = re.compile(r"(?i)\b(?:address|post\s*code|postcode)\b")


def clean_place(raw: str) -> str:
    """Cut a captured place at the first word that cannot be part of it ("Leith Love my job")."""
    words = raw.split()
    kept = words[:1]
    for word in words[1:]:
        if fold(word).strip(".,'’") in _NOT_PLACES:
            break
        kept.append(word)
    return trim(" ".join(kept))


def _under_a_venue(text: str, start: int) -> bool:
    """Does the address starting at ``start`` begin its line right under a venue's name (an
    event's "Clevedon Community Centre" then "Princes Road, Clevedon BS21 7SZ")?"""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1].strip()
    return 0 < len(above) <= 60 and bool(_VENUE_NAME.search(above))


def _address_with_postcode(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """The address a postcode ends, as written on its line, if it reads like one."""
    line_start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - 200)
    segment = text[line_start : match.end()]
    offset = line_start
    for sep in (": ", ". ", "! ", "? "):
        cut = segment.rfind(sep, 0, match.start() - offset)
        if cut >= 0:
            segment, offset = segment[cut + len(sep) :], offset + cut + len(sep)
    # The address is the run of capitalised or numbered words before the postcode ("...for
    # the tombola at 12 Example Street, Dundee DD5 1AA"), from its house number if it has one.
    run = _ADDRESS_RUN.search(segment[: match.start() - offset])
    start = run.start() if run else match.start() - offset
    numbered = _HOUSE_NUMBER.search(segment, start)
    if numbered and numbered.start(1) < match.start() - offset:
        start = numbered.start(1)
    segment, offset = segment[start:], offset + start
    before = text[max(0, offset - 30) : offset]
    looks_like_address = (
        _STREET.search(segment)
        or re.match(r"\s*(?:flat\s+)?\d+[a-z]?\b", segment, re.I)
        or "," in segment
        or _ADDRESS_LABEL.search(before + segment)
    )
    if not looks_like_address:
        return None
    value = trim(segment)
    if len(value) > 120:
        value = trim(match.group(0))
    return value, offset


_FIELD_CLASS = re.compile(r"(?:^|[-_])(?:location|locality|hometown|home[-_]?town|lives[-_]in)$")
_ELSEWHERE = re.compile(
    r"experience|education|position|job|event|venue|school|club"
    r"|listing[-_]?(?:card|item|tile)|similar|related|recommend"
)
"""Blocks whose location fields say where something else is: a past job, a school, an event,
and another seller's ad in a marketplace's "similar ads" cards."""
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_FIELD_LABEL = re.compile(r"(?i)^\s*(?:location|lives in|hometown|home town|from)\s*:?\s*")


_FIELD_TESTID = re.compile(r"location$|locality$|hometown$|^neighbou?rhood-(?:name|link)$")
"""Test ids of location fields: X's "UserLocation", Nextdoor's "neighborhood-name" (where a
member lives, under their name on each post)."""


_TERM_LABEL = re.compile(
    r"(?i)^\s*(?:location|based(?:\s+in|\s+at)?|base|office|lives\s+in|home\s*town|town"
    r"|area|region|city)\s*:?\s*$"
)
"""A definition list's term that labels a place: "Base" / "Mold" in a staff card."""


def _marked_field(el: Tag) -> bool:
    """Is ``el`` a location field: its class (``owner-location``), its test id (X's
    ``data-testid="UserLocation"``) or, for a ``<dd>``, its ``<dt>`` ("Base") says so?"""
    if el.name == "dd":
        term = el.find_previous_sibling(["dt", "dd"])
        if term is not None and term.name == "dt" and _TERM_LABEL.match(term.get_text(" ")):
            return True
    written = el.get("class") or []
    if isinstance(written, str):
        written = written.split()
    if any(_FIELD_CLASS.search(_CAMEL_HUMP.sub("-", c).lower()) for c in written):
        return True  # "owner-location", Tripadvisor's "userLocation"
    testid = el.get("data-testid")
    return isinstance(testid, str) and bool(_FIELD_TESTID.search(testid.lower()))


_PLACE_LIST = re.compile(rf"(?m)[ \t]*(?P<list>{PLACE}(?:,[ \t]*{PLACE}){{1,3}})[ \t]*(?:[·•|]|$)")
"""A list of places that fills a line, or the part of it after a separator or a pin ("Leeds,
England, United Kingdom · Contact info", "bingo • glitter 📍 Kendal, Cumbria"): a profile's
location line, kept whole as written. Matched at the start of that line or part."""


def _place_list_at(text: str, start: int, end: int) -> str | None:
    """The whole place list on the line holding ``text[start:end]``, if the line starts with one."""
    # The list starts a line, or follows a separator or a pin ("glitter 📍 Kendal, Cumbria").
    left = max(text.rfind(mark, 0, start) + len(mark) for mark in _LIST_STARTS)
    found = _PLACE_LIST.match(text, left)
    if found and found.start("list") <= start and end <= found.end("list"):
        return _UI_TAIL.sub("", found.group("list"))
    return None


_VENUE_NAME = re.compile(
    r"(?i)\b(?:arms|inn|tavern|hotel|club|hall|centre|center|stadium|ground|church|chapel"
    r"|theatre|pub|bar)$"
)
"""How a venue's name ends ("Brickmakers Arms", "Hessle Social Club"): an address list that
starts with one is where a fixture or a gig is, not where anyone lives."""
_LIST_STARTS = ("\n", "·", "•", "|", "📍", "🏠", "📌", "🌍")
_UI_TAIL = re.compile(
    r"(?:[ \t]+(?:Contact|Info|Information|Message|Follow|Following|Connect|Join|View|Share"
    r"|More|Sign|See|Profile|Edit|Report))+$"
)
"""Buttons that run on from a location line ("Inverness, Scotland, United Kingdom Contact
Info"): not part of the place."""


_AREA = rf"(?:(?:North|South|East|West|Mid)[ \t]+)?(?:{places.alternation(places.UK_AREAS)})"
_AREA_AFTER = re.compile(rf"(?:,[ \t]*{_AREA}(?![\w-]))+")


_BIO_SEGMENT = re.compile(
    rf"(?m)(?:^|(?P<before>[·•|]))[ \t]*(?P<place>{PLACE})[ \t]*(?=$|(?P<after>[·•|]))"
)
"""One part of a bio line that runs its parts together with dots or bars."""
_MANY_PLACES = 3
"""Places in one dotted line that make it a list of places (a travel map's cities, a
service's areas), not a bio with a home among its parts ("Support worker · knitter · Fife")."""


def _places_in_line(text: str, line_start: int) -> int:
    """How many of the parts of the line starting at ``line_start`` are places."""
    end = text.find("\n", line_start)
    line = text[line_start : end if end >= 0 else len(text)]
    known = places.gazetteer()
    return sum(
        1 for m in _BIO_SEGMENT.finditer(line)
        if places.fold_place(m.group("place")) in known or m.group("place") in _AREAS
    )  # fmt: skip


_NAMED = r"[A-Z][\w'’.-]*(?:[ \t]+(?:of|the|upon|on|under|by|and|[A-Z][\w'’.-]*)){0,5}"
"""A named spot, looser than :data:`PLACE`: an observation's or a fixture's place has "the"
and "and" in it ("Loch of the Lowes", "Perth and Kinross"), which a town's name has not."""
_PLACE_LINE = re.compile(rf"(?m)^[ \t]*{_NAMED}(?:,[ \t]*(?P<last>{_NAMED})){{1,3}}[ \t]*$")
_PLACE_LINES = 3
"""Lines that are nothing but a place ("Moncreiffe Island, Perth") that make a page's place
lines a list (where observations, fixtures or events were), none of them a location field."""


def _place_lines(text: str) -> int:
    """How many different lines of ``text`` are only a place, ending in a known one."""
    known = places.gazetteer()
    found = {
        " ".join(m.group(0).split()) for m in islice(_PLACE_LINE.finditer(text), MAX_MATCHES)
        if places.fold_place(m.group("last")) in known or m.group("last") in _AREAS
    }  # fmt: skip
    return len(found)


_DATED_PART = re.compile(r"(?i)\b(?:19|20)\d\d\b|\bpresent\b")
"""A year or "Present" in a bio line before a place: the line dates a job or a course."""
_AREAS = frozenset(places.UK_AREAS) - places.UK_NATIONS
"""Counties a bio may give alone ("· Fife"); a nation alone says too little to report."""

_PART_BEFORE = re.compile(r"\b(?:North|South|East|West|Mid)[ \t]+$")
_DISTRICT_BEFORE = re.compile(
    r"(?:^|[.·•|📍][ \t]*)(?P<part>[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?),[ \t]*$", re.MULTILINE
)
"""A district written before the town, where a bio line or part starts ("· Bedminster,
Bristol"): kept with it, as written."""


def _with_area(text: str, end: int, town: str) -> str:
    """The town with the counties, regions and nation written after it ("Sowerby Bridge, West
    Yorkshire", "Ballymena, Co. Antrim", "Scarborough, England, United Kingdom"), kept whole
    as the page gives it; else the town alone."""
    found = _AREA_AFTER.match(text, end)
    return town + found.group(0) if found else town


def _without_names(places: str | None, subject: Subject) -> str | None:
    """A place list without the subject's own name in it: a signature "Callum, Headingley"
    places them in Headingley, a comment's "Grace Finch Cogan, Penarth" in Cogan, Steam's
    real-name line "Anjali Leicester, England" in Leicester."""
    if not places:
        return places
    own = {fold(w) for n in subject_names(subject) for w in n.split()}
    names = sorted(subject_names(subject), key=len, reverse=True)
    names += sorted({n.split()[0] for n in names if len(n.split()) >= 2}, key=len, reverse=True)
    lead = re.compile(
        rf"^(?:{'|'.join(re.escape(n) for n in names if n.strip())})\s+", re.IGNORECASE
    ) if names else None  # fmt: skip
    parts = [p.strip() for p in places.split(",")]
    if lead is not None and parts:  # "Grace Finch Cogan, Penarth": a commenter's name line
        parts[0] = lead.sub("", parts[0])
    kept = [p for p in parts if p and fold(p) not in own]
    return ", ".join(kept) if kept else None


_SCREEN_READER_ONLY = re.compile(
    r"(?i)^(?:sr-only|screen-reader-(?:only|text)|wt-screen-reader-only|visually-?hidden"
    r"|visuallyhidden|a11y-hidden|u-hidden-visually)$"
)
"""Classes that hide a label from sight and keep it for screen readers: Etsy's "Shop
location" before the place, which the eye never reads as part of it."""


def _shown_text(el: Tag) -> str:
    """``el``'s text without its screen-reader-only labels."""
    return " ".join(
        str(s) for s in el.find_all(string=True, limit=200) if not _hidden_label(s, el)
    )


def _hidden_label(string: NavigableString, field: Tag) -> bool:
    for parent in string.parents:
        if parent is field or parent is None:
            return False
        if any(_SCREEN_READER_ONLY.match(c) for c in classes(parent)):
            return True
    return False


_FIELD_PARTS = re.compile(r"[ \t]+[·•|][ \t]+")


def _place_part(value: str) -> str:
    """The part of a field that is a place, where the field strings several together
    ("Safeguarding · Swansea, UK" under an about.me name): the one part whose first words
    the gazetteer knows, else the field as it is."""
    parts = _FIELD_PARTS.split(value)
    if len(parts) < 2:
        return value
    known = [p for p in parts if places.known(p.split(",")[0].strip())]
    return known[0] if len(known) == 1 else value


def _location_fields(
    doc: Document, text: str, elsewhere: set[str]
) -> Iterable[tuple[str, int, int]]:
    """(value, start, end in ``text``) of elements marked as a location field in the markup
    (``class="owner-location"``, phpBB's ``profile-phpbb_location``), taken whole as written.
    The fields that say where something else was (a job, an event, a run) are added to
    ``elsewhere``, as written, so that the same line is not taken for home by other means."""
    if doc.soup is None:
        return
    for el in doc.soup.find_all(_post_place, limit=100):
        elsewhere.add(" ".join(el.get_text(" ").split()))
    for box in doc.soup.find_all(_past_box, limit=100):
        # a past job's or school's own lines ("Sittingbourne, England, United Kingdom" under
        # the dates of a LinkedIn experience item, in no element named as a location)
        for line in box.get_text("\n").splitlines()[:60]:
            line = " ".join(line.split())
            if 0 < len(line) <= 60:
                elsewhere.add(line)
    for el in doc.soup.find_all(_marked_field, limit=5_000):
        raw = " ".join(_shown_text(el).split())
        if _dated(el) or any(
            # where a job, a school or an event was, not where the person lives; "7:52 on
            # Sunday, 9 March 2025 · Portreath": where a run or a post was
            _ELSEWHERE.search(" ".join(classes(a)))
            for a in el.parents
            if a is not None and a.name != "[document]"
        ):
            elsewhere.add(raw)
            continue
        value = _place_part(trim(_FIELD_LABEL.sub("", raw)))
        if not value or len(value) > 60 or not re.search(r"[A-Za-z]", value):
            continue
        # The field's own line ("Mold" under "Base"), not the same word earlier in a sentence.
        own_line = re.search(rf"(?m)^[ \t]*{re.escape(raw)}[ \t]*$", text) if raw else None
        at = own_line.start() + own_line.group(0).find(raw) if own_line else text.find(raw)
        if at < 0:
            at = text.find(value)
        if at >= 0:
            yield value, at, at + len(raw)


def _employer_before(text: str, start: int, orgs: Iterable[str]) -> bool:
    """Is the town at ``start`` an employer's ("a support worker with Waveney Carers Trust in
    Lowestoft")? Where the subject works is not where they live."""
    window = text[max(0, start - 100) : start]
    if not re.search(r"\s(?:in|at)\s+$", window):
        return False
    before = re.sub(r"\s+(?:in|at)\s+$", "", window)
    return any(
        re.search(phrase_pattern(org) + r"\s+(?:in|at)\s+$", window, re.IGNORECASE)
        # or a shorter form of it: "Craigmore House in Inverness" for Craigmore House Care Home
        or any(m.end == len(before) for m in employer_mentions(before, org, limit=5))
        for org in orgs
        if org.strip()
    )


_POST_PLACE_LINK = re.compile(r"/(?:place|explore/locations)/[^/?#]")
_POST_PLACE_ID = re.compile(r"(?:video|post|photo|media|reel|story)[-_]?location")


def _post_place(el: Tag) -> bool:
    """A post's place tag: where a video or photo was taken (TikTok's ``video-location`` link to
    ``/place/...``, Instagram's link to ``/explore/locations/...``), not where its owner lives."""
    if el.name == "a" and _POST_PLACE_LINK.search(str(el.get("href") or "")):
        return True
    marks = [str(el.get(a) or "") for a in ("data-e2e", "data-testid")] + classes(el)
    return any(_POST_PLACE_ID.search(m.lower()) for m in marks if m)


_PAST_BOX_CLASS = re.compile(r"^(?:experience|education)(?:[-_]+(?:item|entry|card))?$")


def _past_box(el: Tag) -> bool:
    """A CV's item for one job or school ("experience-item", LinkedIn's)."""
    return any(_PAST_BOX_CLASS.match(c) for c in classes(el))


_ATTRIBUTION = re.compile(r"\s{0,3}[—–-][ \t]*[A-Z]")


def _in_attributed_quote(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a quotation signed by someone ("“...” — Karen, Sketty"),
    as testimonials and reviews are? Their words, not the page owner's."""
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("“", line_start, start)
    if opened < 0:
        return False
    closed = text.find("”", end)
    line_end = text.find("\n", end)
    if closed < 0 or (0 <= line_end < closed):
        return False
    return bool(_ATTRIBUTION.match(text, closed + 1))


def _dated(el: Tag) -> bool:
    """Does a ``<time>`` stand right beside the field? Then it is the place of a dated thing
    (an activity, a post, a check-in), not where the person lives."""
    beside = (el.find_previous_sibling(True), el.find_next_sibling(True))
    return any(b is not None and b.name == "time" for b in beside)


_NOT_HOME_AFTER = re.compile(
    r"\s+(?:office|offices|branch|depot|hub|site|base|campus|hospital|ward|unit|round|patch"
    r"|practice|firm|surgery|club|session|market|show|fair|festival)\b"
    r"|\s+(?i:\d+\s*k|half(?:\s+marathon)?|marathon|parkrun|triathlon|fun\s+run)\b"
    r"|\s+(?:and|to)\s+[A-Z][a-z]"
    r"|\s+(?:[a-z]+\s+){1,2}(?:service|project|clinic)\b"
)
"""After a town: the employer's premises ("the Dingwall office crew"), a care round's patch
("our Newport Pagnell round"), a service ("Northlight's Liverpool community recovery
service"; a staff card's bare "Dunfermline service" is left: it says where she is based),
a race ("the Bristol 10K"), another business or a club ("qualifying with a Derry
practice", "camogie for a Belfast club") or a route ("Lowestoft and Leeds", "Alness to
Tain"), not where someone lives."""
_ROUTE_BEFORE = re.compile(
    r"(?i)\b(?:between|across)\s+$"
    r"|\b(?:office|offices|branch|depot|hub|site|campus|hospital|ward|unit|hq|headquarters)"
    r"\s+(?:in|at)\s+$"
)
"""Before a town: a route ("between Lowestoft and Leeds") or the employer's premises ("in the
office in Sleaford"), not where someone lives."""
_STAY_BEFORE = re.compile(
    r"(?i)\b(?:\w+\s+(?:nights?|days?)|(?:a|the)\s+(?:weekend|week|holiday|break|trip)"
    r"|stay(?:ed|ing)?|staying\s+over|visiting(?:\s+(?:\w+\s+)?(?:family|friends|relatives"
    r"|mum|mam|dad|parents|grandchildren|grandkids|in-laws|folks))?)\s+in\s+$"
)
"""Before a town: a stay there ("Three nights in Newport for the coast path", "stayed in
Tenby", "Visiting family in Perth over Christmas"), a visit, not where the writer lives."""
_READER_BEFORE = re.compile(
    r"(?i)\b(?:if\s+you(?:['’]re|\s+are|\s+live|\s+happen\s+to\s+be)(?:\s+ever)?"
    r"|anyone(?:\s+else)?(?:\s+(?:living|based))?)\s+(?:in|near|around|round)\s+$"
)
"""Before a town: the reader's place ("if you're in Derby in March, come and watch",
"anyone in Leeds fancy a pint?"), which the writer may or may not share."""
_RATED_BEFORE = re.compile(
    r"(?i)\b(?:best|worst|nicest|finest|cheapest|friendliest|busiest)\s+(?:[\w'’-]+\s+){1,3}"
    r"(?:in|near|around)\s+$"
)
"""Before a town: a review's verdict on a place there ("Best bouldering in Hull by a mile"),
the reviewed place's town, not where the reviewer lives."""
_LIVES_HERE = re.compile(
    r"(?i)[^.!?\n]*\b(?:i(?:['’]ve|\s+have)?\s+lived\s+here|i\s+live\s+here|grew\s+up\s+here)\b"
)
"""After a verdict on a town's place, the reviewer says it is her town too ("Best chippy in
Stirling, and I've lived here twelve years")."""
_VENUE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’&-]*\s+){1,3}(?:in|at)\s+$")
"""Before a town: a named venue in it ("the Wetherspoons in Oldbury", "the Co-op at Ely")."""
_VENUE_WORD = re.compile(
    r"\b(?:Guest\s+House|Guesthouse|Hotel|Inn|Arms|Caf[eé]|Tea\s*[Rr]oom|Restaurant|Bistro|Pub"
    r"|Bar|Deli|Bakery|Brewery|Castle|Museum|Gallery|Campsite|Lodge|Stadium|Theatre)\b"
)
_VENUE_TOWN = re.compile(rf"(?:{_VENUE_WORD.pattern})[ \t]+$")
"""A venue's name, then its town on the same line ("Llys Meigan Guest House Newport,
Pembrokeshire" over a review, "Cardigan Castle Cardigan"): where the place is."""
_GROUP_BEFORE = re.compile(
    r"(?i)\b(?:band|choir|group|orchestra|troupe|duo|trio|quartet|stall|shop|bakery|caf[eé]"
    r"|business|company|market|club|agency"
    r"|(?:netball|football|rugby|hockey|cricket|darts|quiz|pool|bowls|running)\s+(?:team|squad"
    r"|side|league))\s+(?:(?:based|playing)\s+)?(?:from|in|at|out\s+of)"
    r"\s+$"
)
"""Before a town: where a band, a shop, a stall, a club or an agency is from ("a five-piece pub
band from Leeds", "a little market stall in Swansea", "our book club in Milton Keynes", "a
small home care agency in Milton Keynes"): the group's or the business's place, which the
subject may share or not."""


class LocationExtractor(Extractor):
    kind = FindingKind.LOCATION

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        accepted: list[str] = []
        text = doc.all_text
        names = subject_names(subject)
        orgs = [f.value for f in doc.facts.orgs] + list(subject.employers)
        orgs += [m.value for m in doc.discovered_orgs]

        def contained(value: str) -> bool:
            needle = fold(value)
            return any(
                re.search(phrase_pattern(needle), fold(seen)) is not None for seen in accepted
            )

        towns = {places.fold_place(t) for t in subject.locations if t.strip()}

        def plausible(value: str) -> bool:
            """Not a word that is never a place, an employer or the subject's name. A town
            the subject gave stays a town when an employer is named after it ("from
            Stoke-on-Trent", working for Stoke-on-Trent City Council)."""
            if not value or fold(value) in _NOT_PLACES:
                return False
            if any(same_org(value, n) for n in names):
                return False
            return places.fold_place(value) in towns or not any(same_org(value, o) for o in orgs)

        def accept(value: str | None, evidence: str) -> Finding | None:
            value = trim(value or "")
            if not plausible(value) or contained(value):
                return None
            accepted.append(value)
            return self.finding(doc, value, evidence)

        candidates: list[tuple[str, str]] = []
        for fact in doc.facts.locations:
            candidates.append((fact.value, f"{fact.source}: {fact.value}"))

        def theirs(start: int, end: int) -> bool:
            """An address or a known town counts where it is the subject's: on their own
            page or next to their name (not a church's, a club ground's, a venue's)."""
            return tied_to_subject(doc, subject, block_contexts(doc, text, start, end))

        elsewhere: set[str] = set()  # "Lowestoft, England" under a past job
        for value, start, end in _location_fields(doc, text, elsewhere):
            if theirs(start, end):
                candidates.append((value, f"location field: {value}"))
        for match in islice(_POSTCODE.finditer(text), MAX_MATCHES):
            address = _address_with_postcode(text, match)
            if address and _under_a_venue(text, address[1]):
                continue  # "Clevedon Community Centre / Princes Road ...": where an event is
            if address and on_venue_line(text, address[1]):
                continue  # "Ground: The Paddock, Swithland Lane ...": where a club plays
            if address and theirs(match.start(), match.end()):
                candidates.append((address[0], excerpt(text, match.start(), match.end())))
        listed_places = _place_lines(text) >= _PLACE_LINES
        for place in subject.locations:
            if not place.strip():
                continue
            forms: list[tuple[bool, str, str]] = []  # every way the page writes it, theirs
            for match in islice(re.finditer(phrase_pattern(place), text, re.IGNORECASE), 50):
                written = match.group(0)
                if text[max(0, match.start() - 1) : match.start()] == "#":
                    continue  # "#Swansea": a post's topic, not where its writer lives
                if _in_attributed_quote(text, match.start(), match.end()):
                    continue  # "“Best bara brith in Swansea.” — Karen, Sketty": Karen's words
                line = " ".join(line_at(text, match.start(), match.end()).split())
                if line in elsewhere:
                    continue  # the line is a past job's or an event's place field
                if on_venue_line(text, match.start()):
                    continue  # "Ground: The Paddock, ..., Loughborough": where a club plays
                if _places_in_line(text, text.rfind("\n", 0, match.start()) + 1) >= _MANY_PLACES:
                    continue  # "Visited 14 cities · Aberystwyth · ... · Newport": a list
                # "Reading" the town, not "reading" the verb: keep the capital if it was given.
                if place.strip()[0].isupper() and not written[0].isupper():
                    continue
                # "Leeds Examiner", "Paisley Buddies": the town starts another name.
                # ("Leith Social Work Team" still places a worker there.)
                if _NAME_GOES_ON.match(text, match.end()) and not re.match(
                    rf"\s+(?:{ROLE}|(?i:social\s+work|team\b))",
                    text[match.end() : match.end() + 40],
                ):
                    continue
                if _POSSESSIVE_NAME.match(text, match.end()):
                    continue  # "a stalwart of Plymouth's Citadel Players": the company's town
                before = max(0, match.start() - 40)
                if (
                    _NOT_HOME_AFTER.match(text, match.end())
                    or _ROUTE_BEFORE.search(text, before, match.start())
                    or _VENUE_BEFORE.search(text, before, match.start())
                    or _VENUE_TOWN.search(text, before, match.start())
                    or _STAY_BEFORE.search(text, before, match.start())
                    or _GROUP_BEFORE.search(text, before, match.start())
                    or _READER_BEFORE.search(text, before, match.start())
                    or (
                        _RATED_BEFORE.search(text, before, match.start())
                        and not _LIVES_HERE.match(text, match.end(), match.end() + 120)
                    )
                    or _employer_before(text, match.start(), orgs)
                ):
                    continue  # "the Dingwall office", "with Waveney Carers Trust in Lowestoft"
                # In the title, a town is a place only when the title is about a worker
                # ("Leith social worker wins award"), not a publisher ("Leeds Examiner").
                topic = in_page_topic(doc, subject, text, match.start()) and bool(
                    re.search(ROLE, line_at(text, match.start(), match.end()))
                )
                if not (topic or theirs(match.start(), match.end())):
                    continue
                part = _PART_BEFORE.search(text, max(0, match.start() - 7), match.start())
                if part:  # "in South Cumbria": the part of the county, kept with it
                    written = part.group(0) + written
                district = _DISTRICT_BEFORE.search(text, max(0, match.start() - 40), match.start())
                if (
                    district
                    and not re.search(ROLE, district.group("part"))  # "Support Worker, Fife"
                    # "Worthing-born, Hove-based": two places, not a district of Hove
                    and not re.search(r"-[a-z]+$", district.group("part"))
                    and not any(fold(district.group("part")) in fold(n) for n in names)
                ):
                    written = text[district.start("part") : match.start()] + written
                listed = _place_list_at(text, match.start(), match.end())
                first = listed.split(",", 1)[0] if listed else ""
                if listed and (_VENUE_NAME.search(first) or _VENUE_WORD.search(first)):
                    continue  # "Brickmakers Arms, Walton Street, Hull": a venue's address
                written = _without_names(listed, subject) or _with_area(
                    text, match.end(), written
                )
                written = _FIELD_LABEL.sub("", written)  # Facebook's intro: "From Ilkeston, ..."
                alone = line == written and not listed_places
                forms.append((not alone, written, excerpt(text, match.start(), match.end())))
            if forms:
                # A line that is only the place ("Forfar, Scotland" on an organiser's card) is
                # a location field; else the first mention.
                _, written, evidence = min(forms, key=lambda f: f[0])
                candidates.append((written, evidence))
        if doc.owner_is_subject:  # "Support worker · knitter · Fife": a bio's place
            for match in islice(_BIO_SEGMENT.finditer(text), MAX_MATCHES):
                place = match.group("place")
                known = places.known(place) or place in _AREAS
                if not known or not (match.group("before") or match.group("after")):
                    continue
                line_start = text.rfind("\n", 0, match.start()) + 1
                if _DATED_PART.search(text, line_start, match.start()):
                    continue  # "2008 - 2019 · Cullompton": where a past job or school was
                if _places_in_line(text, line_start) >= _MANY_PLACES:
                    continue  # "Visited 14 cities · Aberystwyth · Aberaeron · ...": a list
                candidates.append((place, excerpt(text, match.start(), match.end())))
        hits = []
        for match in islice(_NAME_AGE_TOWN.finditer(text), MAX_MATCHES):
            if mentions_subject(doc, subject, text[max(0, match.start() - 60) : match.start()]):
                hits.append((match.start(), match.group("place"), match))
        for pattern in _PLACE_PATTERNS:
            for match in islice(pattern.finditer(text), MAX_MATCHES):
                if can_be_named(subject) and not theirs(match.start(), match.end()):
                    continue  # "I live in Llanelli" in someone else's post, not near the name
                if pattern is _ROLE_PLACE:
                    before = text[max(0, match.start() - 40) : match.start()]
                    if _SOMEONE_ELSE.search(before) and not _SELF.search(before):
                        continue
                hits.append((match.start(), match.group("place"), match))
        for _, place, match in sorted(hits, key=lambda h: h[0]):
            if _POSSESSIVE_END.search(place):
                continue  # "I want to live in Bella's kitchen": someone's, not a place
            if " ".join(line_at(text, match.start(), match.end()).split()) in elsewhere:
                continue  # "📍 Swansea Marina": where the video was filmed
            # "From Ketley, Shropshire": the county written after it stays with the place
            written = _with_area(text, match.end("place"), clean_place(place))
            candidates.append((written, excerpt(text, match.start(), match.end())))
        # "Faversham" from JSON-LD, then "Faversham, England, United Kingdom" from the card:
        # the longer form alone, wherever it came in the order
        folded = [fold(trim(value or "")) for value, _ in candidates]
        longer = [f for f, (value, _) in zip(folded, candidates, strict=True)
                  if plausible(trim(value or ""))]  # fmt: skip
        for i, (value, evidence) in enumerate(candidates):
            if folded[i] and any(
                len(other) > len(folded[i]) and re.search(phrase_pattern(folded[i]), other)
                for other in longer
            ):
                continue
            found = accept(value, evidence)
            if found:
                yield found
