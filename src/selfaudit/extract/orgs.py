"""Finding organisation names in text: the employers a person named, and ones a page reveals.

Shared by the workplace, work-talk and employer-branding extractors and by the page's severity
context, so that "is the employer on this page?" has one answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from .. import places
from .names import fold, looks_like_subject
from .text import MAX_MATCHES, phrase_pattern, trim, words

# A capitalised word in an organisation or place name: "Dunmore", "NHS", "St.", "O'Neill's".
_CAP = r"(?:[A-Z][\w'’&.-]*[\w’']|[A-Z]{2,}|&)"
# Lower-case glue words allowed between capitalised words: "University of Edinburgh".
_GLUE = r"(?:of|and|for|the|de|du|upon|on|&)"
ORG_NAME = rf"{_CAP}(?:[ \t]+(?:{_GLUE}[ \t]+)?{_CAP}){{0,7}}"

# Capitalised words that end a name rather than belong to it: "Dunmore Council Views my own".
_STOP_WORDS = words(
    """views opinions own since previously formerly also currently mum dad wife husband mother
    father she he they my our proud tweets posts all personal love lover fan i im i'm and
    mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends weekdays"""
)
_NOT_ORGS = words(
    """home work present night nights weekends weekend the moment christmas easter present
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    commissioning safeguarding operations quality finance transformation performance
    governance strategy communications partnerships adults children"""
)
"""Words after "worker at" or "manager for" that are not an organisation: times, and the
portfolios of a post ("Service Manager for Commissioning")."""

_ROLE_WORDS = (
    r"worker|officer|manager|assistant|practitioner|nurse|carer|coordinator|co-ordinator|lead"
    r"|leader|adviser|advisor|engineer|developer|consultant|director|administrator|therapist"
    r"|supervisor|volunteer|student|trainee|apprentice|teacher|keyworker|counsellor|specialist"
    r"|analyst|head|mentor|chef|cook|cleaner|receptionist|driver|technician|designer|writer"
    r"|amhp|approved\s+mental\s+health\s+professional|clinician|psychologist|midwife"
    r"|paramedic|caseworker"
)
ROLE = rf"(?i:\b(?:{_ROLE_WORDS})s?)"
ONE_ROLE = rf"(?i:\b(?:{_ROLE_WORDS})\b)"
"""One person's role ("social worker in Leith"), not a group ("foster carers across Lisburn")."""

# "Social worker at X", "Support worker for X", "works at X", "employed by X", "placement with X".
_EMPLOYER_WORDS = (
    r"Residential|Care|Homecare|Council|Trust|Services?|Home|House|Lodge|Hospital|NHS|Charity"
    r"|Housing|Association|Agency|Ltd|Limited|Group|Partnership|Centre|Hospice|Project"
    r"|Pharmacy|Surgery|Clinic|Nursery"
)
"""Last words that make a name an employer's, where only the name can say so."""
ORG_TAIL = re.compile(
    r"\b(?:Network|Trust|Council|Charity|Association|Agency|Ltd|Limited|Group|Partnership"
    r"|Hospice|Hospital|Foundation|Society|CIC|NHS)\.?$"
)
"""Last words that only an organisation's name ends with: "Northside Young Carers Network" is
an employer although "Carers" is a role word ("Head of Care" is a role)."""
_WORKPLACE_PATTERNS = (
    re.compile(rf"{ROLE}[ \t]+(?i:at|for|with|@)[ \t]+(?P<org>{ORG_NAME})"),
    # "Youth worker @BrackenfieldSCH Tea, clay, fell runs": an account, whose name ends
    # where the handle does
    re.compile(rf"{ROLE}[ \t]*(?:(?i:at|for|with)[ \t]+)?@(?P<org>[A-Za-z0-9_]\w{{1,39}})"),
    re.compile(
        rf"(?i:\b(?:work(?:s|ing|ed)?|employed|placement|job))[ \t]+"
        rf"(?i:at|for|by|with)[ \t]+(?:(?i:the)[ \t]+)?(?P<org>{ORG_NAME})"
    ),
    # "I spent three years at Hawthorn Ridge Residential", "six years behind the counter at
    # Lark Lane Pharmacy": a past job, where the name says it is an employer (not "two years
    # at Leeds", "a week at Center Parcs")
    re.compile(
        rf"(?i:\b(?:spent|after|did))[ \t]+(?:\w+[ \t]+){{0,2}}(?i:years?|months)[ \t]+"
        rf"(?:(?!(?i:at|with)\b)[\w'’-]+[ \t]+){{0,4}}"  # "behind the counter", "on nights"
        rf"(?i:at|with)[ \t]+(?:(?i:the)[ \t]+)?"
        rf"(?P<org>(?:{_CAP}[ \t]+(?:{_GLUE}[ \t]+)?){{1,6}}(?:{_EMPLOYER_WORDS}))\b"
    ),
    # A profile's "Previous roles: Occupational Therapist, Causeway Care Homes Ltd (2015-19)":
    # a role, a comma, then a name that says it is an employer (not "Carer, Leeds")
    re.compile(
        rf"{ROLE}[ \t]*,[ \t]+"
        rf"(?P<org>(?:{_CAP}[ \t]+(?:{_GLUE}[ \t]+)?){{1,6}}(?:{_EMPLOYER_WORDS}))\b"
        r"(?![ \t]+[A-Z])"
    ),
)
_VOLUNTEER = re.compile(r"(?i)^volunteers?\b")
_CLUB = re.compile(r"\b(?:Club|FC|AFC|RFC|CC|Choir|Chorus|Band|Orchestra|Players)$")
"""A club, choir or band: volunteering there is a pastime ("I volunteer with Swansea Bay Surf
Club"), where volunteering at a food bank or a hospice is still a place she can be found."""
_RELATION = re.compile(
    r"(?i)\b(?:my|our|her|his|their)\s+(?:\w+\s+)?(?:husband|wife|partner|brother|sister|mum|mom"
    r"|mother|dad|father|son|daughter|friend|pal|neighbour|neighbor|cousin|uncle|aunt|auntie"
    r"|niece|nephew|boyfriend|girlfriend|fiance|fiancee|flatmate|gran|granny|grandad|kids?"
    r"|bestie)\b"
)
_STUDY = re.compile(
    r"(?i)\b(?:stud(?:ied|ying|ies|y)|graduated?|alumn(?:us|a|i|ae)|degree|diploma|course|pupil)\b"
)
_OTHER_PERSON = re.compile(
    r"\b([A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+)(?:,|[ \t]+(?:is|was|who|works|worked|has|had|said)\b)"
)

GENERIC_ORG_SUFFIXES = (
    "health and social care partnership",
    "social work services",
    "social work service",
    "social work department",
    "social work",
    "social services",
    "children's services",
    "childrens services",
    "adult services",
    "services",
    "hscp",
    "team",
    "department",
    "dept",
    # a home called by its name: "Wensum Meadows" for "Wensum Meadows Nursing Home"
    "nursing home",
    "care home",
    # a housing project by its name: "Tŷ Newydd" for "Tŷ Newydd Youth Housing"
    "youth housing",
    "supported housing",
    "housing project",
    "housing association",
    "residential home",
    # a company's legal form: "Brightwater Home Care" is "Brightwater Home Care Ltd"
    "ltd",
    "ltd.",
    "limited",
    "cic",
    "llp",
    "plc",
)


@dataclass(frozen=True)
class OrgMatch:
    value: str
    start: int
    end: int


_EMPLOYMENT_TYPE = re.compile(
    r"(?i)\s*[·•|–—-]\s*(?:full[- ]?time|part[- ]?time|self[- ]employed|freelance|contract"
    r"|permanent|temporary|fixed[- ]term|internship|apprenticeship|seasonal|volunteer"
    r"|casual|bank|locum)\b.*$"
)
"""LinkedIn's " · Full-time" after a company: the kind of job, not part of the name."""


def clean_org(raw: str) -> str | None:
    """Trim a captured name at the first word that ends it; None when nothing org-like is left."""
    words = _EMPLOYMENT_TYPE.sub("", raw).split()
    kept: list[str] = []
    for i, word in enumerate(words):
        bare = fold(word).strip(".,;:!?'’")
        if i > 0 and bare in _STOP_WORDS:
            break
        kept.append(word)
        if word.endswith(("'s", "’s")):
            break  # a possessive ends the name: "Dunmore Council's Leith office"
    while kept and fold(kept[-1]) in {"of", "and", "for", "the", "de", "du", "upon", "on", "&"}:
        kept.pop()
    value = trim(" ".join(kept))
    if not value or fold(value) in _NOT_ORGS or len(value) < 2:
        return None
    if _A_TEAM.search(value):
        return None  # "Social Worker, Hospital Discharge Team": a team within the employer
    return value


_A_TEAM = re.compile(r"(?i)\b(?:team|department|directorate|division)$")
"""The last word of a part of an organisation, not of one that employs anyone."""


def employer_variants(employer: str) -> list[str]:
    """``employer`` and shorter forms of it that still name it ("Dunmore Council Social Work"
    -> "Dunmore Council"), longest first. A form is only shortened while two words remain."""
    return list(_employer_variants(employer))


@functools.lru_cache(maxsize=256)
def _employer_variants(employer: str) -> tuple[str, ...]:
    """:func:`employer_variants`, computed once per employer: every page asks again."""
    base = " ".join(employer.split())
    variants = [base]
    if fold(base).startswith("the "):
        variants.append(base[4:])
    changed = True
    current = variants[-1]
    while changed:
        changed = False
        folded = fold(current)
        for suffix in GENERIC_ORG_SUFFIXES:
            if folded.endswith(" " + suffix):
                shorter = current[: len(current) - len(suffix)].strip()
                if len(shorter.split()) >= 2:
                    variants.append(shorter)
                    current = shorter
                    changed = True
                break
    variants += [v for v in (_without_qualifiers(v) for v in list(variants)) if v]
    variants += [v for v in (_COUNCIL_KIND.sub(" Council", v) for v in list(variants)) if v]
    variants += [short for v in list(variants) for short in _initialisms(v)]
    # the name as an account writes it: "haddowandthread" for "Haddow & Thread"
    words = base.split()
    if len(words) >= 2 and all(re.fullmatch(r"[\w&'’.-]+", w) for w in words):
        run = "".join(re.sub(r"[^\w&]", "", w) for w in words)
        variants += [run.replace("&", "and"), run.replace("&", "")]
    acronym = employer_acronym(base)
    if acronym:
        variants.append(acronym)
    home = _home_by_first_word(base)
    if home:
        variants.append(home)
    out: list[str] = []
    for v in variants:
        if v and v not in out:
            out.append(v)
    return tuple(out)


_HOME_WORDS = frozenset({"house", "lodge", "grange", "manor", "court", "hall"})


def _home_by_first_word(employer: str) -> str | None:
    """A care home's own name without its "House" ("a night at Nithbank" for Nithbank
    House), which is how its staff speak of it; only a word long enough to be a name and not
    a town's ("Dumfries House" is not every mention of Dumfries)."""
    words = " ".join(employer.split()).split(" ")
    if len(words) != 2 or fold(words[1]) not in _HOME_WORDS:
        return None
    first = words[0]
    if len(first) < 6 or not first[0].isupper() or not first[1:].islower():
        return None
    return None if places.known(first) else first


_LINKING = frozenset({"and", "&", "of", "for", "the"})
_QUALIFIERS = frozenset({"university", "teaching", "foundation"})
"""Words inside an NHS body's name that its staff leave out: "Tywi Valley University Health
Board" is "the Tywi Valley Health Board", "Leeds Teaching Hospitals" is "Leeds Hospitals"."""


_COUNCIL_KIND = re.compile(
    r"(?i)(?<=\w)\s+(?:metropolitan\s+borough|county\s+borough|borough|city|county|district)"
    r"\s+council$"
)
"""The kind of council in its name, which people leave out: "Arden Vale Council" for Arden
Vale Borough Council, "Leeds Council" for Leeds City Council."""


def _without_qualifiers(name: str) -> str | None:
    """``name`` without the :data:`_QUALIFIERS` inside it (never its first word), or None when
    it has none or fewer than three words would remain."""
    words = name.split()
    kept = [w for i, w in enumerate(words) if i == 0 or fold(w) not in _QUALIFIERS]
    if len(kept) == len(words) or len(kept) < 3:
        return None
    return " ".join(kept)


def _initialisms(name: str) -> list[str]:
    """The name with a run of its later words written as initials, as staff write it:
    "Severn Marches Mental Health Partnership" -> "Severn Marches MH Partnership", "Severn
    Marches MHP". The first word stays: it is what tells this employer from others."""
    words = name.split()
    if len(words) < 3:
        return []
    out: list[str] = []
    for start in range(1, len(words) - 1):
        for end in range(start + 2, len(words) + 1):
            run = words[start:end]
            if run[0].lower() in _LINKING or run[-1].lower() in _LINKING:
                continue
            letters = "".join(w[0].upper() for w in run if w.lower() not in _LINKING)
            if len(letters) < 2 or not all(w[0].isalpha() for w in run):
                continue
            out.append(" ".join([*words[:start], letters, *words[end:]]))
    return out


NAME_TAIL_WORDS = frozenset(
    """
    care homecare home homes nursing partnership partnerships services service support
    supported family families trust nhs foundation community health healthcare council county
    borough housing association group ltd limited cic llp plc charity project centre center hub
    team social children's childrens adult adults mental practice rehab rehabilitation
    recovery living lives shared solutions agency clinic hospital hospitals network board
    city district metropolitan adoption fostering advocacy
    """.split()  # noqa: SIM905 - a list of words is easier to read as words
)


_HOME_WORDS = frozenset({"house", "lodge", "court", "grange", "manor", "hall"})
"""How care homes are named ("Hollowcombe House", "Ashdene Lodge"): their staff say
"Hollowcombe". Only for short names (the search judge's name tails do not include them)."""


_TAIL_LEADS = frozenset({"day", "respite", "resource", "secure", "residential"})
"""Words that are generic only before a generic word: a "Day Centre", a "Respite Unit", a
"Secure Children's Home", a "Residential Care Home"."""


def short_name(employer: str) -> str | None:
    """The distinctive words an employer's name starts with, as its staff shorten it
    ("Ortonmere Care Partnership" -> "Ortonmere", "Willowmere House Care Home" -> "Willowmere
    House"): everything before its first generic word, five letters at least; None when the
    name has no generic ending or starts with one."""
    words = employer.split()
    if words and fold(words[0]) == "the":
        words = words[1:]
    lead: list[str] = []
    for at, word in enumerate(words):
        folded = fold(word).replace("’", "'").strip(".,")
        if folded in NAME_TAIL_WORDS or (lead and folded in _HOME_WORDS):
            break
        if folded in _TAIL_LEADS and fold(" ".join(words[at + 1 : at + 2])) in NAME_TAIL_WORDS:
            break  # "Abbey Yard Day Centre": "Abbey Yard"
        lead.append(word)
    complete = len(lead) == len(words)
    while lead and fold(lead[-1]) in _LINKING:  # "House of Care Trust": not "House of"
        lead.pop()
    if not lead or complete or len("".join(lead)) < 5:
        return None
    if all(fold(w) in _HOME_WORDS for w in lead):
        return None
    return " ".join(lead)


def person_given_name(employer: str) -> str | None:
    """The given name of an employer who is a person ("Bernard Oakley", whom a personal
    assistant on direct payments works for): as the PA writes it ("a PA for Bernard"). None
    for an organisation: any word an organisation's name ends with, or a name that is not two
    or three plain capitalised words."""
    words = employer.split()
    if not 2 <= len(words) <= 3:
        return None
    for word in words:
        folded = fold(word).replace("’", "'")
        if not re.fullmatch(r"[A-Z][a-z'’-]+", word) or folded in NAME_TAIL_WORDS:
            return None
        if folded in _HOME_WORDS or folded in _LINKING or ORG_TAIL.search(word):
            return None
    return words[0] if len(words[0]) >= 3 else None


def distinct_short_name(employer: str, towns: Iterable[str] = ()) -> str | None:
    """:func:`short_name`, unless it is a place first (Dunmore Council's "Dunmore" is a town,
    as is any town the subject gave): a town's name alone does not name the employer."""
    short = short_name(employer)
    if short is None or places.known(short):
        return None
    if any(places.fold_place(short) == places.fold_place(t) for t in towns):
        return None
    return short


@functools.lru_cache(maxsize=256)
def employer_acronym(name: str) -> str | None:
    """The whole name as capitals ("Slemish Family Support Service" -> "SFSS"), as staff write
    their employer; only for four letters or more, and only ever matched in capitals, so it is
    not a word ("Care And Trust" would be "CAT"). None for a name of fewer words, and for a
    name the user typed as one word ("NSPCC" is the name itself, matched like any other)."""
    words = [w for w in name.split() if w.lower() not in _LINKING]
    if len(words) < 4 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(w[0].upper() for w in words)


def _variant_pattern(variant: str, employer: str) -> re.Pattern[str]:
    """The employer's acronym and a home's first word match only as written ("a night at
    Nithbank", not "the nithbank path"); every other form ignores case, and reads "&" for
    "and" ("Carse & Teith Council")."""
    if variant in (employer_acronym(employer), _home_by_first_word(employer)):
        return re.compile(phrase_pattern(variant))
    return re.compile(phrase_pattern(variant, ampersand=True), re.IGNORECASE)


def find_employer(text: str, employer: str) -> OrgMatch | None:
    """The first place ``text`` names ``employer`` (or a shorter form of it), as written."""
    if not text or not employer.strip():
        return None
    for variant in employer_variants(employer):
        match = _variant_pattern(variant, employer).search(text)
        if match:
            return OrgMatch(trim(match.group(0)), match.start(), match.end())
    return None


_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_][\w.]{2,39}")


def employer_mentions(text: str, employer: str, limit: int = 50) -> Iterator[OrgMatch]:
    """Every place ``text`` names ``employer`` (or a shorter form of it, or its account:
    "flat whites @thebottleovencafe" for The Bottle Oven Café), as written, in order."""
    if not text or not employer.strip():
        return
    taken: list[tuple[int, int]] = []
    for variant in employer_variants(employer):
        for match in islice(_variant_pattern(variant, employer).finditer(text), limit):
            if any(s <= match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
    for match in islice(_MENTION.finditer(text), 500):
        handle = match.group(0).rstrip(".")
        if any(s <= match.start() < e for s, e in taken) or not names_employer(handle, employer):
            continue
        taken.append((match.start(), match.start() + len(handle)))
    for start, end in sorted(taken)[:limit]:
        yield OrgMatch(trim(text[start:end]), start, end)


def same_org(a: str, b: str) -> bool:
    """Do two written names denote the same organisation ("Dunmore Council" and
    "Dunmore Council Social Work", "The Riverside Trust" and "Riverside Trust", "Ness &
    Moray Firth Council" and "Ness and Moray Firth Council")?"""
    ta = [t for t in re.split(r"[^\w]+", fold(a)) if t and t != "and"]
    tb = [t for t in re.split(r"[^\w]+", fold(b)) if t and t != "and"]
    for tokens in (ta, tb):
        if tokens and tokens[0] == "the":
            del tokens[0]
    if not ta or not tb:
        return False
    short, long_ = sorted((ta, tb), key=len)
    return long_[: len(short)] == short


def _ampersand_as_and(name: str) -> str:
    return " ".join(name.replace("&", " and ").split())


def names_employer(written: str, employer: str) -> bool:
    """Is ``written`` the employer ``employer``: the same organisation, or one of the forms
    staff write it in (shortened, initialised)?"""
    if same_org(written, employer):
        return True
    folded = fold(" ".join(written.split()))
    acronym = employer_acronym(employer)
    if written.strip() == acronym:
        return True
    spelt = _ampersand_as_and(folded)  # "Kirkdale & Walton Council": "... and Walton ..."
    if any(
        _ampersand_as_and(fold(v)) == spelt for v in employer_variants(employer) if v != acronym
    ):
        return True
    # An account name that runs the first words together: "@CalderReachNHS" for "Calder
    # Reach NHS Foundation Trust" (two words at least, so "@Calder" alone is not enough),
    # perhaps with the rest as initials: "@KedlestonValeHA", "Kedleston Vale HA" for
    # "Kedleston Vale Housing Association".
    squashed = re.sub(r"[^a-z0-9]", "", folded.lstrip("@"))
    for name in {fold(employer), fold(employer).replace("&", " and ")}:  # "haddowandthread"
        words = [w for w in re.split(r"[^a-z0-9]+", name) if w]
        if any(
            squashed in ("".join(words[:n]), "".join(words[:n]) + "".join(w[0] for w in words[n:]))
            for n in range(2, len(words) + 1)
            if words[n - 1] != "and"
        ) and (" " not in written.strip() or len(words) > 2):
            return True
    if " " not in written.strip() and _account_of(squashed, employer):
        return True
    # The employer's distinctive first word with a generic word after it: "Glanmorfa council
    # AMHP service" for "Glanmorfa County Borough Council".
    short = short_name(employer)
    head = fold(short) + " " if short else ""
    rest = folded[len(head) :].split() if head and folded.startswith(head) else []
    return bool(rest) and rest[0] in NAME_TAIL_WORDS


_LEGAL_FORM = frozenset({"ltd", "limited", "plc", "cic", "llp", "s"})
"""Left out of an account name: the legal form, and the "s" of a possessive ("Children's")."""


def _account_of(squashed: str, employer: str) -> bool:
    """Is the account name ``squashed`` (lower case, letters and digits) the employer's, as
    organisations name their accounts: the first word then the initials of the rest
    ("@LarkfieldCH" for "Larkfield Children's Homes Ltd", "@BrackenfieldSCH"), or its
    distinctive short name then one of the generic words names end in, or the initials of the
    rest ("@MedwayValeNHS" for "Medway Vale Community Health NHS Trust", "@tallowmerefamilies"
    for "Tallowmere Family Trust"; not "@tallowmerefc")?"""
    words = [
        w for w in re.split(r"[^a-z0-9]+", fold(employer).replace("’", "'"))
        if w and w not in _LEGAL_FORM and w not in _LINKING
    ]  # fmt: skip
    initials = "".join(w[0] for w in words[1:])
    if len(words) >= 3 and len(words[0]) >= 5 and squashed == words[0] + initials:
        return True
    short = distinct_short_name(employer)
    if short is None:
        return False
    rest = words[len([w for w in fold(short).split() if w not in _LINKING]) :]
    # "Lagan and Bann": "@laganbannhsct" leaves out the "and", as accounts do
    for lead in {
        re.sub(r"[^a-z0-9]", "", fold(short)),
        "".join(re.sub(r"[^a-z0-9]", "", w) for w in fold(short).split() if w not in _LINKING),
    }:
        tail = squashed[len(lead) :]
        if squashed.startswith(lead) and (
            tail in NAME_TAIL_WORDS or tail == "".join(w[0] for w in rest)
        ):
            return True
    return False


def _clause_before(text: str, start: int) -> str:
    lo = max(0, start - 120)
    window = text[lo:start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("! "), window.rfind("? "))
    return window[cut + 1 :] if cut >= 0 else window


def discover_orgs(
    text: str, subject_names: Iterable[str] = (), handles: Iterable[str] = ()
) -> Iterator[OrgMatch]:
    """Organisations ``text`` says its author works or worked for.

    Phrases about someone else ("my brother works at X", "Jane Smith, a manager at X") are
    skipped; a plain mention of a company is never a workplace.
    """
    names = list(subject_names)
    handles = list(handles)
    found: list[OrgMatch] = []
    for pattern in _WORKPLACE_PATTERNS:
        for match in islice(pattern.finditer(text), MAX_MATCHES):
            clause = _clause_before(text, match.start())
            if _RELATION.search(clause):
                continue
            if _STUDY.search(text[max(0, match.start() - 40) : match.start("org")]):
                continue  # "Studied Social Work at X": a university, not an employer
            other = _OTHER_PERSON.search(clause)
            if other and not looks_like_subject(other.group(1), names, handles):
                continue
            value = clean_org(match.group("org"))
            if value and _VOLUNTEER.search(match.group(0)) and _CLUB.search(value):
                continue  # "I volunteer with Swansea Bay Surf Club": a hobby, not a job
            if value:
                found.append(OrgMatch(value, match.start("org"), match.end("org")))
    found.sort(key=lambda m: m.start)
    yield from found
