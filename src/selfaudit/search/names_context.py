"""Finding the subject's name, handles, email and phone in a search result's text.

:mod:`selfaudit.extract.names` answers "could these two names be the same person?". A search
result needs one more step: *where* in free text a name is written, and which given name stands
before the surname. "Sam Whitlock, estate agent" and "Samuel Whitlock (1887-1952)" both contain
the surname; only the words around it tell whether it is the subject or a namesake. This module
finds those mentions and grades them; :mod:`selfaudit.search.judge` weighs them with context.

What it adds to names.py (and nothing it duplicates):

- :func:`find_mentions`: each place a subject's surname is written, with the given name before it
  ("Sam J. Whitlock"), or after it ("WHITLOCK, Samantha"), graded match / conflict / surname only;
- the *alias extension* rule: when the subject is "Sam" and also "Samantha", a "Samuel" is not
  them, although "Sam" alone would be compatible with "Samuel";
- mentions that are not a living adult: lifespans ("(1887-1952)"), a child's age ("Sam Whitlock,
  14,"), obituary wording ("the late Sam Whitlock"), and placeholders ("e.g. Jo Bloggs");
- :func:`handle_hits`, :func:`has_email`, :func:`has_phone` for the subject's identifiers, and
  whether a handle is just the name squashed together ("samwhitlock"), which is weaker evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import phonenumbers

from .. import places
from ..extract.names import fold, handle_in, name_tokens, names_compatible
from ..jobs import CARE_WORK
from ..models import Subject

MATCH, CONFLICT, SURNAME = "match", "conflict", "surname"

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_COMMA = re.compile(r"[ \t]{0,3},[ \t]{0,3}")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that stand before a surname without being a given name.
_NOT_GIVEN = _words(
    """
    a an and or of in on at to for by with from about meet contact view see more photos
    photo profile profiles page home welcome dear hi hello thanks team staff mr mrs ms miss
    mx dr prof rev sir dame lady lord cllr councillor professor doctor nurse officer worker
    striker midfielder goalkeeper keeper defender winger skipper captain batsman bowler
    manager agent social senior junior new old family families house street road lane avenue
    court my our your his her their this that these those is was are were be via re posted
    written author authors edited photography says said name named called user member
    members people all find search results list directory records record genealogy history
    tree obituary memorial grave birth death marriage census st saint mount lake port fort
    north south east west upper lower great little big joined follow followers posts tweets
    report reports case cases study estate estates homes agents solicitors partners the mum
    dad wife husband son daughter brother sister aunt uncle gran grandad baby little late
    lovely congratulations happy thank well done rip chair director head lead care support
    council trust university college school hospital club group blog news latest update
    updates video videos music band song album official inside company ltd limited and ceo
    founder coach captain player fc united city town county hall park centre center lodge
    farm mill
    """
)
_PLACE_WORDS = frozenset(fold(p) for p in (*places.UK_TOWNS, *places.ELSEWHERE))

_DECEASED_BEFORE = re.compile(
    r"(?:obituary|obituaries|in (?:loving )?memory of|the late|\brip\b|funeral of|death of|"
    r"memorial to|grave of)[\s:,-]*$",
    re.IGNORECASE,
)
_DECEASED_AFTER = re.compile(
    r"^[^.;|]{0,40}?\b(?:passed away|has died|died|funeral|obituary|death notice|r\.i\.p)\b",
    re.IGNORECASE,
)
_PLACEHOLDER_BEFORE = re.compile(
    r"(?:\be\.?g\.?|\bi\.e\.|for example|such as|example:|placeholder|dummy name)"
    r"[\s:,\"'“‘(]*$"
    # "so e.g. Helen MacLeod becomes Eilidh NicLeòid": every name in an "e.g." clause ("for
    # example" also opens anecdotes about real people, so only right before the name)
    r"|\be\.g\.[^.;!?\n]{0,60}$",
    re.IGNORECASE,
)
# "'Peggy Thorne' (not her real name) is a 74-year-old widow": a case study's pseudonym.
_PSEUDONYM_AFTER = re.compile(
    r"^[\s'’\"”,]*[(\[–—-]?\s*(?:not (?:her|his|their|the) real name"
    r"|names? (?:has been |have been |)changed|a pseudonym|pseudonym)",
    re.IGNORECASE,
)
_LIFESPAN_AFTER = re.compile(
    r"^\s*[,(\[–—-]?\s*(?:b\.\s*|born\s+|c\.\s*)?(1[5-9]\d\d|20\d\d)\s*(?:[-–—]|to)\s*"
    r"(1[5-9]\d\d|20\d\d)\b"
)
_BORN_AFTER = re.compile(r"^\s*[,(\[]?\s*(?:b\.|born)\s*(?:in\s+)?(1[5-9]\d\d|20\d\d)\b")
_AGE_AFTER = re.compile(
    r"^\s*(?:,|\()\s*(?:aged?\s+)?(\d{1,3})\s*(?:,|\)|\b(?:years?|yrs?)\b)", re.IGNORECASE
)
_AGED_AFTER = re.compile(
    r"^[^.;|]{0,30}?\baged\s+(\d{1,3})\b|^[^;|]{0,120}?\bat\s+(\d{2,3})\s*,?\s+(?:she|he|they)\b",
    re.IGNORECASE,
)
_SCORING = re.compile(
    r"(?i)\b(?:scorers?|goals?|tries|try|points|pts|wickets|runs|conversions|assists|scored)\b"
)
"""Words before a name that make its "(2)" a count of goals or tries, not an age."""
_JUNIOR_AFTER = re.compile(r"^\s*,?\s*(?:Jr\b\.?|Jnr\b\.?|Junior\b)")
PARTIAL_SURNAME = 1.0

# Signs that a result is about children: age groups ("Under 11s", "U13", "Under-11 section",
# "Girls 10-11 yrs", "riders under 12") and junior or schools competitions.
_CHILD_CONTEXT = re.compile(
    r"\b(?:under|u)[- ]?(?:[5-9]|1[0-8])s?\b(?![ \t]*(?:minutes?|mins?|hours?|hrs?|km|k\b|miles?"
    r"|%|per|pounds?|kg|metres?|days?|weeks?|months?|years? ago|seconds?|secs?|people|staff))"
    r"|\b(?:[5-9]|1[0-7])[ \t]*[-–][ \t]*(?:[5-9]|1[0-7])[ \t]*(?:yrs|years|year[- ]olds)\b"
    r"|\bjunior[ \t]+(?:gala|chess|championships?|league|section|football|cup|squad|tournament"
    r"|athletics|swimming|cross[ \t]country|parkrun|open|regatta|grand[ \t]prix)\b"
    r"|\bjuniors[ \t]+(?:fc|afc|football|club|cup|league)\b"
    r"|\bschools['’]?[ \t]+(?:athletics|championships?|sports|games|league|cup|gala|cross)\b"
    r"|\b(?:year|blwyddyn)[ \t]+(?:[1-9]|1[0-3])\b(?![ \t]*(?:ago|old|anniversary))|\bpupils?\b"
    r"|\bgcses?\b"
    r"|\bmerit[ \t]+(?:awards?|certificates?)\b",
    re.IGNORECASE,
)

# What someone is, written just after their name ("Jo Bloggs, 34, a warehouse operative",
# "Jo Bloggs - Senior Lecturer", "Jo Bloggs, headteacher of ..."). The subject gives no job, so
# a stated job only counts (in the judge) when none of the subject's employers is there.
_OCCUPATIONS = (
    "teacher|headteacher|head teacher|lecturer|professor|developer|programmer|nurse|plumber|"
    "electrician|joiner|carpenter|driver|operative|rider|rower|footballer|cricketer|golfer|"
    "boxer|jockey|actor|actress|singer|musician|painter|illustrator|novelist|journalist|"
    "solicitor|lawyer|barrister|accountant|surgeon|dentist|pharmacist|farmer|chef|councillor|"
    "politician|constable|soldier|pupil|mechanic|builder|labourer|cleaner|florist|priest|vicar|"
    "pastor|dermatologist|cardiologist|estate agent|"
    "negotiator|hairdresser|barber|butcher|baker|shopkeeper|warehouse|postman|postwoman|"
    "firefighter|paramedic|midwife|pilot|student|stylist|beautician|waitress|waiter|bartender|"
    "cashier|groundsman|greenkeeper|retired|bar worker|barman|barmaid|tattoo artist|tattooist|"
    "proprietor|landlord|landlady"
)
_DESCRIBED_AFTER = re.compile(
    rf"^[ \t]*(?:,|[-–—·|•]|\.[ \t]+(?=an?[ \t]))[ \t]*(?:(?:aged[ \t]+)?\d{{1,2}}[ \t]*,[ \t]*)?"
    rf"(?:(?:of|from)[ \t]+[\w'’ -]{{1,30}}?,[ \t]*)?"
    rf"(?:(?:an?|the)[ \t]+)?(?:[\w'’.-]+[ \t]+){{0,3}}?(?:{_OCCUPATIONS})s?\b"
    rf"|^[ \t]*\([ \t]*(?:(?:[\w'’.-]+[ \t]+){{0,3}}?(?:{_OCCUPATIONS})s?\b"
    rf"|head[ \t]+of[ \t]+(?!(?:adult|children|social|care|service|safeguarding|nursing))\w+)",
    re.IGNORECASE,
)
# A job that could be held at one of the subject's employers is no conflict: a nurse at a
# "Health and Social Care Partnership", a teacher at a school.
_FITS_EMPLOYER = (
    (
        re.compile(r"nurse|midwife|paramedic|surgeon|dermatologist|cardiologist|pharmacist"),
        re.compile(r"health|care|hospital|nhs|clinic|medical|surgery|physio"),
    ),
    (
        re.compile(r"teacher|lecturer|professor|pupil|student"),
        re.compile(r"school|college|universit|academy|institute|prifysgol|ysgol"),
    ),
    (
        re.compile(r"developer|programmer"),
        re.compile(r"software|systems|digital|tech|data|studio|labs?\b"),
    ),
    (
        re.compile(r"councillor|politician"),
        re.compile(r"council|parliament|assembly"),
    ),
)
_BIRTH_AFTER = re.compile(
    r"^[ \t]*\([ \t]*((?:born|b\.|ur\.)[ \t]*\d+(?:[^)\n]{0,30}?\b(?:1[5-9]\d\d|20\d\d)\b)?)",
    re.IGNORECASE,
)
_HORSE_AFTER = re.compile(
    r"^[ \t]*(?:\([ \t]*(?:IRE|GB|FR|USA|GER|NZ|AUS|ITY)[ \t]*\)"
    r"|,[ \t]*\d{1,2}[ \t]*yo\b|,[ \t]*(?:\w+[ \t]+){0,2}(?:mare|gelding|filly|colt|stallion)\b)"
)
"""A racehorse named like a person: "Gracie Tanner (IRE)", "Gracie Tanner, 5yo bay mare"."""
_DISAMBIGUATOR_AFTER = re.compile(r"^[ \t]*\(([^\W\d_A-Z][^\W\d_]+(?:[ \t][^\W\d_]+)?)\)")
_NOT_DISAMBIGUATORS = frozenset(
    {"now", "née", "nee", "formerly", "aka", "she", "he", "they",
     # a role in the meeting whose minutes name them, not what tells them from a namesake
     "chair", "chairperson", "vice-chair", "secretary", "treasurer", "minutes", "apologies"}
)  # fmt: skip


def child_context(text: str) -> str:
    """The words in ``text`` that say it is about children ("Under 11s"), or ""."""
    match = _CHILD_CONTEXT.search(text)
    return match.group(0) if match else ""


_BUSINESS_AFTER = re.compile(
    r"(?i)^[ \t]+(?:Joinery|Plumbing|Plumbers?|Electrical|Electricians?|Roofing|Builders?|Building"
    r"|Construction|Landscap\w+|Hair|Barbers?|Motors|Taxis?|Catering|Carpentry|Decorating"
    r"|Kitchens|Bathrooms|Boutique|Beauty|Nails|Tattoos?|Fitness|Solicitors|Accountants?"
    r"|Estate[ \t]+Agents?|Garage|Plastering|Tiling|Glazing|Scaffolding|Removals)\b"
)
"""A business named after its owner ("Chris Wood Joinery"): a trade, not care work."""
_PLACE_AFTER = re.compile(
    r"^[ \t]*,[ \t]*(?:(?:aged[ \t]+)?\d{1,3}[ \t]*,[ \t]*)?(?:of[ \t]+|from[ \t]+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
)
"""Where a named person is from, as news and results lists write it ("Malgorzata Wrobel,
39, Chicago", "Jo Bloggs, of Lochee")."""


def placed_elsewhere(text: str, mention: Mention, locations: Iterable[str]) -> str:
    """The known town or country written right after ``mention`` when it is none of the
    subject's ``locations``, or ""."""
    wanted = [fold(w) for w in locations if w.strip()]
    found = _PLACE_AFTER.match(text[mention.end : mention.end + 80])
    if not found or not wanted:
        return ""
    place = fold(found.group("place"))
    known = place in _PLACE_WORDS or place.split()[0] in _PLACE_WORDS
    if not known or any(w in place or place in w for w in wanted):
        return ""
    return f"of {found.group('place')}"


_ROLE_BEFORE = re.compile(
    rf"\b(?:{_OCCUPATIONS}|striker|midfielder|goalkeeper|keeper|defender|winger|full-back"
    r"|fly-half|scrum-half|batsman|batter|bowler|wicket-?keeper|skipper)[ \t]+$",
    re.IGNORECASE,
)
"""A job written as a title before the name, as match reports do ("Striker James Wilson")."""


def described_as_other(text: str, mention: Mention, employers: Iterable[str] = ()) -> str:
    """What ``text`` says right after ``mention`` that describes a particular person: a job
    ("a warehouse operative", "Senior Lecturer"), an age ("34"), a birth date ("(born 1998)")
    or an encyclopaedia's disambiguator ("(rower)"); or a job title just before it ("Striker
    James Wilson"); "" when nothing."""
    role = _ROLE_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    if role and not any(
        occupation.search(fold(role.group(0))) and workplace.search(fold(e))
        for occupation, workplace in _FITS_EMPLOYER
        for e in employers
    ):
        return role.group(0).strip()
    after = text[mention.end : mention.end + 80]
    if mention.written.endswith("."):  # the sentence's full stop was read with the name
        after = "." + after
    business = _BUSINESS_AFTER.match(after)
    if business:
        return business.group(0).strip()
    described = _DESCRIBED_AFTER.match(after)
    if described:
        job = fold(described.group(0))
        workplaces = [fold(e) for e in employers]
        fits = any(
            occupation.search(job) and any(workplace.search(w) for w in workplaces)
            for occupation, workplace in _FITS_EMPLOYER
        )
        if not fits:
            return described.group(0).strip(" \t,-–—")
    born = _BIRTH_AFTER.match(after)
    if born:
        return born.group(1).strip()
    horse = _HORSE_AFTER.match(after)
    if horse:
        return horse.group(0).strip(" \t,")
    label = _DISAMBIGUATOR_AFTER.match(after)
    if label and fold(label.group(1)).split()[0] not in _NOT_DISAMBIGUATORS:
        return f"({label.group(1)})"
    return ""


_OCCUPATION_FIELD = re.compile(r"(?i)\boccupation\s*:?\s+([^·|.\n;,]{3,60})")
def stated_occupation(text: str) -> str:
    """A register's "Occupation: holiday-let proprietor" that is not care work, or ""."""
    found = _OCCUPATION_FIELD.search(text)
    if found and not CARE_WORK.search(found.group(1)):
        return found.group(1).strip()
    return ""


@dataclass(frozen=True)
class NameForm:
    """One way the subject is named: a given name and a surname (with its hyphenated parts)."""

    given: str
    surname: str
    parts: frozenset[str]


@dataclass(frozen=True)
class Mention:
    """Where a subject's surname is written, and whose name it looks like there."""

    written: str
    start: int
    end: int
    verdict: str
    """``match`` (a compatible given name), ``conflict`` (another person), ``surname`` (alone)."""
    strength: float = 0.0
    """For a match: 2.0 when the given name is written exactly as the subject's, 1.5 otherwise;
    1.0 when only one half of a double-barrelled surname is written ("Siân Morgan" for Siân
    Rhys-Morgan)."""
    why: str = ""
    initial: bool = False
    """For a match: only an initial fits ("I. Thistlewood")."""


def _parts(token: str) -> frozenset[str]:
    return frozenset({p for p in token.split("-") if p} | {token})


def name_forms(subject: Subject) -> list[NameForm]:
    """The subject's name and aliases that have a given name and a surname."""
    forms: list[NameForm] = []
    for name in (subject.name, *subject.aliases):
        tokens = name_tokens(name)
        if len(tokens) >= 2:
            form = NameForm(tokens[0], tokens[-1], _parts(tokens[-1]))
            if form not in forms:
                forms.append(form)
    return forms


def _squash(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


def name_squashes(subject: Subject) -> set[str]:
    """The subject's names written as one word: "samwhitlock", "swhitlock", "whitlocksam"."""
    out: set[str] = set()
    for name in (subject.name, *subject.aliases):
        tokens = [re.sub(r"[^a-z]", "", t) for t in name_tokens(name)]
        tokens = [t for t in tokens if t]
        if len(tokens) < 2:
            continue
        given, surname = tokens[0], tokens[-1]
        out |= {
            "".join(tokens),
            given + surname,
            surname + given,
            given[0] + surname,
            given + surname[0],
        }
        for part in surname.split("-"):
            if part:
                out |= {given + part, given[0] + part}
    return {s for s in out if len(s) >= 4}


def is_name_handle(handle: str, subject: Subject) -> bool:
    """Is ``handle`` only the subject's name squashed together ("sam.whitlock", "swhitlock1")?

    Such a handle in an address or as a bare word is no better evidence than the name itself.
    """
    return _squash(handle) in name_squashes(subject)


@lru_cache(maxsize=4096)
def _given_strength(word: str, surname_token: str, forms: tuple[NameForm, ...]) -> float | None:
    """How well ``word`` (a given name or initial) fits a form sharing ``surname_token``."""
    given = re.sub(r"[^\w-]", "", fold(word.rstrip(".")))
    if not given:
        return None
    token_parts = _parts(surname_token)
    same = [f for f in forms if f.parts & token_parts]
    best: float | None = None
    for form in same:
        if not names_compatible(f"{given} zz", f"{form.given} zz"):
            continue
        if given != form.given and given.startswith(form.given) and len(given) > 1:
            # "Samuel" extends "Sam": if the subject is also "Samantha", it is someone else.
            longer = [
                f.given for f in same if f.given != form.given and f.given.startswith(form.given)
            ]
            if any(not names_compatible(f"{given} zz", f"{g} zz") for g in longer):
                continue
        strength = 2.0 if given == form.given else 1.5
        best = strength if best is None else max(best, strength)
    return best


def _is_initial(word: str) -> bool:
    core = word.rstrip(".")
    return len(core) == 1 and core.isalpha()


def _given_like(word: str, lenient: bool, givens: frozenset[str]) -> bool:
    """Could ``word`` be a given name? Capitalised, not a common title word or a town; a
    lower-case word only when it is exactly one of the subject's given names."""
    core = _POSSESSIVE.sub("", word.rstrip("."))
    if not core or not core[0].isalpha():
        return False
    folded = fold(core)
    if folded in givens:
        return True
    if folded in _NOT_GIVEN or folded in _PLACE_WORDS:
        return False
    return lenient or core[0].isupper()


def _only_space(text: str) -> bool:
    """Words of one name are separated by spaces on one line (never a line break)."""
    return text.strip(" \t\u00a0") == "" and len(text) <= 3


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def find_mentions(text: str, subject: Subject, *, lenient_case: bool = False) -> list[Mention]:
    """Every place in ``text`` where one of the subject's surnames is written, graded.

    ``lenient_case`` accepts lower-case given names (for words taken from a web address).
    """
    forms = tuple(name_forms(subject))
    if not forms or not text:
        return []
    all_parts: frozenset[str] = frozenset().union(*(f.parts for f in forms))
    givens = frozenset(f.given for f in forms)
    surnames = frozenset(f.surname for f in forms)
    tokens = _tokens(text)
    mentions: list[Mention] = []
    skip = -1
    for i, tok in enumerate(tokens):
        if i == skip:
            continue
        folded = _fold_token(tok.group(0))
        if len(folded) < 2 or not (_parts(folded) & all_parts):
            continue
        if "-" in folded and folded not in surnames and any(
            "-" in f.surname and _parts(folded) & f.parts for f in forms
        ):
            continue  # "Mei-Hua" shares a part with "Mei-Ling" but is another name
        last = i
        if i + 1 < len(tokens) and _only_space(text[tok.end() : tokens[i + 1].start()]):
            # "Rhys Morgan" is "Rhys-Morgan" written without its hyphen, not Rhys called Morgan.
            joined = f"{folded}-{_fold_token(tokens[i + 1].group(0))}"
            if joined in surnames:
                folded, last, skip = joined, i + 1, i + 1
        mention = _grade(text, tokens, i, folded, forms, lenient_case, givens, last, surnames)
        if mention is not None:
            mentions.append(_life_check(text, mention))
    # The same name written twice is one person: a funeral notice's title says "died" where
    # its text only says "aged 88" a sentence later.
    gone = {
        (fold(m.written), m.why)
        for m in mentions
        if m.verdict == CONFLICT and m.why.startswith(_LIFE)
    }
    if gone:
        whys = {w: why for w, why in gone}
        mentions = [
            Mention(m.written, m.start, m.end, CONFLICT, 0.0, whys[fold(m.written)])
            if m.verdict == MATCH and fold(m.written) in whys
            else m
            for m in mentions
        ]
    return mentions


def _fold_token(word: str) -> str:
    raw = _POSSESSIVE.sub("", word.rstrip("."))
    return fold(raw).replace("'", "").replace("’", "")


def _grade(
    text: str,
    tokens: list[re.Match[str]],
    i: int,
    surname: str,
    forms: tuple[NameForm, ...],
    lenient: bool,
    givens: frozenset[str],
    last: int | None = None,
    surnames: frozenset[str] = frozenset(),
) -> Mention | None:
    tok = tokens[i]
    end_tok = tokens[i if last is None else last]
    # Only one half of a double-barrelled surname ("Morgan" for "Rhys-Morgan") is weaker.
    partial = bool(surnames) and surname not in surnames and "-" not in surname
    before: list[re.Match[str]] = []
    j = i - 1
    while j >= 0 and len(before) < 2:
        prev = tokens[j]
        nxt_start = before[-1].start() if before else tok.start()
        if not _only_space(text[prev.end() : nxt_start]) or not _given_like(
            prev.group(0), lenient, givens
        ):
            break
        core = prev.group(0).rstrip(".")
        if len(core) > 1 and core.isupper() and not tok.group(0).isupper():
            break  # an acronym ("TX Whitlock"), not a given name
        before.append(prev)
        j -= 1
    start = before[-1].start() if before else tok.start()
    if before and _PLACEHOLDER_BEFORE.search(text[max(0, start - 80) : start]):
        return None
    end = end_tok.end()
    if _PSEUDONYM_AFTER.match(text[end : end + 40]):
        return None  # a made-up name in a case study is nobody
    if (
        before
        and not lenient
        and before[0].group(0)[:1].isupper()
        and tok.group(0).islower()
    ):
        return None  # "Robin bird spotted nesting": a word after a name, not a surname
    if before:
        written = text[start:end]
        strengths = [(_given_strength(b.group(0), surname, forms), b) for b in before]
        found = [(s, b) for s, b in strengths if s is not None]
        if found:
            best = max(s for s, _ in found)
            initial = all(_is_initial(b.group(0)) for _, b in found)
            if partial:
                best = min(best, PARTIAL_SURNAME)
            return Mention(written, start, end, MATCH, best, "given name fits", initial)
        return Mention(written, start, end, CONFLICT, 0.0, "another given name")
    k = (i if last is None else last) + 1
    nxt = tokens[k] if k < len(tokens) else None
    # "WHITLOCK, Samantha" / "Bloggs, J.": only ever a match; a word after a comma is too often
    # something else ("Whitlock, Falkirk") to call it a different person.
    after = _COMMA.match(text, end)
    if (
        after
        and nxt is not None
        and nxt.start() == after.end()
        and _given_like(nxt.group(0), lenient, givens)
    ):
        strength = _given_strength(nxt.group(0), surname, forms)
        if strength is not None:
            if partial:
                strength = min(strength, PARTIAL_SURNAME)
            return Mention(
                text[tok.start() : nxt.end()], tok.start(), nxt.end(), MATCH, strength,
                "surname first", _is_initial(nxt.group(0)),
            )  # fmt: skip
        if text[tok.start() : end].isupper() and len(text[tok.start() : end]) > 1:
            # A register's "LEE, Simon Andrew": a surname in capitals, a comma, a given name.
            return Mention(
                text[tok.start() : nxt.end()], tok.start(), nxt.end(), CONFLICT, 0.0,
                "another given name",
            )  # fmt: skip
    # "RHYS-MORGAN Siân", "WOJCIK Tomasz": a surname in capitals, then the given name.
    written_surname = text[tok.start() : end]
    if (
        nxt is not None
        and not partial
        and sum(c.isalpha() for c in written_surname) > 1
        and written_surname.isupper()
        and _only_space(text[end : nxt.start()])
        and not nxt.group(0).isupper()
        and nxt.group(0)[0].isupper()
        and _given_like(nxt.group(0), lenient, givens)
    ):
        strength = _given_strength(nxt.group(0), surname, forms)
        if strength is not None:
            return Mention(
                text[tok.start() : nxt.end()], tok.start(), nxt.end(), MATCH, strength,
                "surname first", _is_initial(nxt.group(0)),
            )  # fmt: skip
    # "Tries: Pugh R., Jenkins": a team sheet's surname, then an initial with its full stop.
    if (
        nxt is not None
        and not partial
        and _only_space(text[end : nxt.start()])
        and _is_initial(nxt.group(0))
        and nxt.group(0)[0].isupper()
        and (nxt.group(0).endswith(".") or text[nxt.end() : nxt.end() + 1] == ".")
    ):
        strength = _given_strength(nxt.group(0), surname, forms)
        if strength is not None:
            return Mention(
                text[tok.start() : nxt.end()], tok.start(), nxt.end(), MATCH, strength,
                "surname first", True,
            )  # fmt: skip
    return Mention(written_surname, tok.start(), end, SURNAME, 0.0, "surname only")


def _life_check(text: str, mention: Mention) -> Mention:
    """A match that is a dead person or a child is someone else: make it a conflict."""
    if mention.verdict != MATCH:
        return mention
    after = text[mention.end : mention.end + 80]
    before = text[max(0, mention.start - 40) : mention.start]
    this_year = date.today().year
    why = ""
    lifespan = _LIFESPAN_AFTER.match(after)
    if lifespan:
        first, last = int(lifespan.group(1)), int(lifespan.group(2))
        if 0 < last - first <= 115 and last <= this_year and first < this_year - 60:
            why = f"lived {first}-{last}"
    born = _BORN_AFTER.match(after)
    if not why and born and int(born.group(1)) < this_year - 90:
        why = f"born {born.group(1)}"
    found = _AGE_AFTER.match(after) or _AGED_AFTER.match(after)
    years = next((g for g in found.groups() if g), "") if found else ""
    # A lone digit in brackets is a count ("D. Asante-Marsh (2)": two goals), not an age,
    # unless it says "aged". The subject is a working adult: under 18 or over 80 is someone
    # else ("At 84 she says she has no plans to stop").
    counted = (
        found is not None
        and len(years) == 1
        and "age" not in found.group(0).lower()
        and _SCORING.search(text[max(0, mention.start - 80) : mention.start]) is not None
    )
    if not why and years and not counted and not 18 <= int(years) <= 80:
        why = f"aged {years}"
    if not why and (_DECEASED_BEFORE.search(before) or _DECEASED_AFTER.match(after)):
        why = "an obituary"
    if not why and _JUNIOR_AFTER.match(after):
        why = "a junior"
    if why:
        return Mention(mention.written, mention.start, mention.end, CONFLICT, 0.0, why)
    return mention


_LIFE = ("lived ", "born ", "aged ", "an obituary", "a junior")
"""How :func:`_life_check` says a match is someone else (a dead person, a child)."""


def url_words(url: str) -> str:
    """The words of a web address's path, capitalised, for finding a name written in it
    ("/people/samuel-whitlock-1887" -> "People Samuel Whitlock 1887")."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    words = [w for w in re.split(r"[^\w'’]+|_", path) if w]
    return " ".join(w[:1].upper() + w[1:] for w in words)


def url_segments(url: str) -> list[str]:
    """The host's first label and the path's segments, lower-cased."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    labels = host.split(".")
    segments = [labels[0]] if len(labels) > 2 and labels[0] != "www" else []
    segments += [s for s in unquote(parts.path).lower().split("/") if s]
    return segments


@dataclass(frozen=True)
class HandleHit:
    handle: str
    where: str
    marked: bool
    """True when written as a handle ("@samwhitlock", "/@samwhitlock"), not just a word."""


_EMAILISH = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def handle_hits(text: str, url: str, handles: Iterable[str]) -> Iterator[HandleHit]:
    """Where the subject's handles appear: "@handle" in the text, the handle as an address
    segment or sub-domain, or the bare handle as a word (not inside an email address)."""
    segments = url_segments(url)
    bare_text = _EMAILISH.sub(" ", text)
    for raw in handles:
        handle = raw.strip().lstrip("@")
        if len(handle) < 3:
            continue
        folded = fold(handle)
        if handle_in(bare_text, handle, require_at=True):
            yield HandleHit(handle, "text", True)
        elif f"@{folded}" in segments:
            yield HandleHit(handle, "address", True)
        elif folded in segments:
            yield HandleHit(handle, "address", False)
        elif len(handle) >= 4 and handle_in(bare_text, handle, require_at=False):
            yield HandleHit(handle, "text", False)


def has_email(text: str, email: str) -> bool:
    """Is ``email`` written in ``text`` (also as "name [at] example [dot] org")?"""
    email = email.strip().lower()
    if not email or "@" not in email:
        return False
    plain = text.lower()
    # Bounded spaces: an unbounded \s* would make long runs of blanks quadratic.
    plain = re.sub(r"[ \t]{0,3}[\[(][ \t]{0,3}at[ \t]{0,3}[\])][ \t]{0,3}", "@", plain)
    plain = re.sub(r"[ \t]{0,3}[\[(][ \t]{0,3}dot[ \t]{0,3}[\])][ \t]{0,3}", ".", plain)
    pattern = rf"(?<![\w.+-]){re.escape(email)}(?![\w-])"
    return re.search(pattern, plain) is not None


def has_phone(text: str, e164: str) -> bool:
    """Is the number written in ``text``, nationally ("0131 496 0412") or internationally
    ("+44 (0)131 496 0412"), whatever the spacing?"""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    national = str(number.national_number)
    if len(national) < 6:
        return False
    sep = r"[\s().-]{0,3}"
    body = sep.join(re.escape(d) for d in national)
    prefix = rf"(?:(?:\+|00){number.country_code}{sep}(?:\(?0\)?{sep})?|0{sep})"
    pattern = rf"(?<![\d+]){prefix}{body}(?!\d)"
    return re.search(pattern, text) is not None
