"""Workplace: an organisation the subject works or worked for, named on their page.

The SSSC guidance asks workers to avoid "putting personal information on your page, such as
where you work": a workplace plus a name lets anyone turn up at the office or call the employer.

Sources, most certain first: structured profile fields (JSON-LD ``worksFor``/``affiliation``,
h-card ``org``, API ``company`` and labelled fields), the employers the subject told us about
found anywhere in the text, phrases that say the author works somewhere ("Social worker at X",
"working for X", "employed by X"), and an "Experience" list. A company merely mentioned is not a
workplace. Forms of one name ("Dunmore Council", "Dunmore Council Social Work") are reported once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from bs4 import Tag

from ..models import Finding, FindingKind, Subject
from ..places import UK_NATIONS
from .base import (
    Document,
    Extractor,
    block_contexts,
    can_be_named,
    classes,
    in_page_topic,
    is_words,
    subject_names,
    tied_to_subject,
)
from .names import fold
from .orgs import (
    ORG_TAIL,
    ROLE,
    clean_org,
    distinct_short_name,
    employer_mentions,
    find_employer,
    names_employer,
    person_given_name,
    same_org,
    short_name,
)
from .text import excerpt, one_line, sentences, trim
from .work_talk import is_work_talk

_EXPERIENCE_HEADINGS = frozenset(
    {"experience", "work experience", "employment", "employment history", "career",
     "work history", "positions", "professional experience", "jobs"}
)  # fmt: skip
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "strong", "b")
_ITEM_SPLIT = re.compile(r"\s+[—–-]\s+|\s*[·|•]\s*|,\s+|\s+at\s+|\s+@\s+|\n")
_ORG_HINT = re.compile(r"org|company|employer|organi[sz]ation")


def _experience_orgs(doc: Document) -> Iterator[tuple[str, str]]:
    """(organisation, the item it came from) for each entry of an "Experience" section."""
    soup = doc.soup
    if soup is None:
        return
    for heading in soup.find_all(_HEADINGS, limit=300):
        title = fold(one_line(heading.get_text(" "))).strip(" :")
        if title not in _EXPERIENCE_HEADINGS:
            continue
        for item in _experience_items(heading):
            org = _org_in_item(item)
            if org:
                yield org, one_line(item.get_text(" "))


_JOB_BLOCK = re.compile(
    r"^(?:job|position|role|post|entry)s?$|(?:^|[-_])experience(?:[-_]?(?:item|entry))?s?$"
)


def _experience_items(heading: Tag) -> list[Tag]:
    """The entries under an "Experience" heading, looked for in the heading's own section
    only: the list or table after it, else blocks marked as jobs (``<div class="job">``).
    (Searching on past the section read a "Qualifications" table as employers.)"""
    scope = heading.parent if isinstance(heading.parent, Tag) else None
    if scope is None or scope.name in ("body", "html", "[document]"):
        container = heading.find_next(["ul", "ol", "dl", "table"])
        siblings = list(heading.find_next_siblings(limit=3))
        if isinstance(container, Tag) and any(
            container is sib or container in sib.descendants for sib in siblings
        ):
            return container.find_all(["li", "dd", "tr"], limit=50)
        return []
    following = [el for el in heading.find_all_next(True, limit=400) if scope in el.parents]
    jobs = [  # blocks marked as jobs first: a list inside one is its duties, not employers
        el for el in following
        if any(_JOB_BLOCK.search(c) for c in classes(el))
    ]
    outer = [j for j in jobs if not any(p in jobs for p in j.parents)]
    if outer:
        return outer[:50]
    for el in following:
        if el.name in ("ul", "ol", "dl", "table"):
            return el.find_all(["li", "dd", "tr"], limit=50)
    return []


_NOT_ORG_FIELD = re.compile(r"location|locality|address|date|duration|time")
_PLACE_LINE = re.compile(rf",\s*(?:{'|'.join(map(re.escape, sorted(UK_NATIONS)))})\s*$")
"""A line that ends in a nation is where the job was ("Newtownabbey, Northern Ireland, United
Kingdom" on its own line under the employer), not who it was for."""


def _item_text(item: Tag) -> str:
    """An Experience item's text without its location and date fields ("Chingford" is where
    the job was, not who it was for)."""
    parts: list[str] = []
    for node in item.find_all(string=True, limit=400):
        if not is_words(node):
            continue
        skip = False
        for anc in node.parents:
            if anc is item or anc is None:
                break
            if _NOT_ORG_FIELD.search(" ".join(classes(anc))) or anc.name == "time":
                skip = True
                break
        if not skip and not _PLACE_LINE.search(node):
            parts.append(str(node))
    return "\n".join(parts)


def _org_in_item(item: Tag) -> str | None:
    for el in item.find_all(True, limit=40):
        marked = " ".join(classes(el)) + " " + str(el.get("itemprop") or "")
        if _ORG_HINT.search(marked.lower()):
            value = clean_org(one_line(el.get_text(" ")))
            if value:
                return value
    text = re.sub(r"\([^)]*\)", " ", _item_text(item))
    for part in _ITEM_SPLIT.split(text):
        part = trim(part)
        if not part or not part[0].isupper() or len(part) > 80:
            continue
        if re.search(r"\d|present|current", part, re.IGNORECASE):
            continue
        if fold(part) in ("full-time", "part-time", "contract"):
            continue
        # rf"{ROLE}\b": "Nurse" is a role, "Brightpath Nurseries Ltd" is not.
        if re.search(rf"{ROLE}\b", part) and not ORG_TAIL.search(part):
            continue
        return clean_org(part)
    return None


_RELATIVE = re.compile(
    r"(?i)\b(?<!with )(?:(?:his|her|their|my|our|a|whose)\s+(?:\w+\s+)?"
    r"(?:wife|husband|partner|spouse|sister|brother|mum|mother|dad|father|son|daughter|cousin|aunt|uncle|friend|neighbour"
    r"|flatmate|girlfriend|boyfriend))\b"
)
""""his wife is employed by X": a relative's or friend's employer, not the subject's ("lives
with her partner, works as ... for X" is the subject's)."""


_WITH_RELATIVE = re.compile(
    r"(?i)\bwith\s+(?:his|her|their|my|our)\s+(?:\w+\s+)?(?:wife|husband|partner|spouse"
    r"|sister|brother|mum|mother|dad|father|son|daughter|friend|flatmate|girlfriend|boyfriend)\b"
)


def _theirs(doc: Document, subject: Subject, text: str, start: int, end: int) -> bool:
    """Is a mention of the subject's employer about the subject: on their own page or next to
    their name, and not someone else's job ("his wife is employed by X")?"""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[sentence_start:start]
    if _RELATIVE.search(before):
        return False
    company = _WITH_RELATIVE.search(before)
    if company and re.search(r"\bwho\b", before[company.end() :]):
        return False  # "lives with her partner, who works as a driver for X"
    if in_page_topic(doc, subject, text, start):
        return True
    return tied_to_subject(doc, subject, block_contexts(doc, text, start, end))


_WORK_CUE = re.compile(
    r"(?i)\b(?:work(?:s|ed|ing)?|job|shifts?|team|crew|manager|boss|colleagues?|agency|staff"
    r"|rota|employer|calls|clients|residents|visits|paperwork|support(?:ed|ing)?|care|caring"
    r"|hours|pay|earlies|lates|sleepovers?|sleep-?ins?)\b"
)
_DISCLAIMER = re.compile(
    r"(?i)\b(?:views|opinions|thoughts|posts)\s+(?:are\s+|expressed\s+(?:here\s+)?are\s+)?"
    r"(?:my\s+own|mine|personal)\b"
)
"""A writer's disclaimer, which names the employer they speak apart from: "Views my own, not
Carronbank's"."""
_WITH_THEM = re.compile(
    r"(?i)\b(?:(?:i['’]?m|i\s+am|been|started|still)\s+with|still\s+at"
    r"|(?:did|spent|worked)\s+(?:\w+\s+){0,2}(?:years?|months)\s+(?:at|with))\s+(?:the\s+)?$"
)
"""Before the employer's short name: "Aye, I'm with Tayside HomeCare, four year now", "Aye,
still at Carronbank" (answering whether they still work there), "I did four years at
Moorview before this"."""


def _short_mention(
    doc: Document,
    subject: Subject,
    text: str,
    employer: str,
    others: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """Where the subject's own words name ``employer`` by its short name, as staff do ("the
    men I support at Brackenlea", "calls today with the Pencraig crew"): only on a page that
    is theirs, capitalised (or as the start of the employer's @handle, "@tallowmerefamilies"),
    in a sentence about work (a person who employs them by their given name: "Bernard's
    hospital appointment" for Bernard Oakley); the word alone never when it is a town
    (Dunmore Council's "Dunmore" is a place first, "@LarkfieldCH" is the employer's account
    wherever Larkfield is). Nor inside ``others``, the spans where another of their employers
    is named ("Medlock Vale YJS" is the youth justice service, not Medlock Vale Council)."""
    if not (doc.owner_is_subject or doc.subject_posts):
        return None
    given = person_given_name(employer)  # "a PA for Bernard": the person who employs them
    short = short_name(employer) or given
    if short is None:
        return None
    handle = re.escape(re.sub(r"\W", "", short))
    forms = [rf"(?<![\w@])@{handle}[\w.]*"]
    if given is not None or distinct_short_name(employer, subject.locations) is not None:
        forms.append(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
    pattern = re.compile("|".join(forms), re.IGNORECASE)
    for match in islice(pattern.finditer(text), 50):
        if not (match.group(0)[0].isupper() or match.group(0)[0] == "@"):
            continue  # "@tallowmerefamilies", the employer's account, is written in lower case
        account = match.group(0).split(".", 1)[0]  # "@sherbournecc.bsky.social"
        if account[0] == "@" and not names_employer(account, employer):
            continue  # "@mournemum" is a mum in Mourne, not Mourne Family Placements
        if any(lo <= match.start() and match.end() <= hi for lo, hi in others):
            continue
        lo = max(0, match.start() - 300)
        hi = match.end() + 300
        cut = max(text.rfind(c, lo, match.start()) for c in (". ", "! ", "? ", "\n"))
        ends = [i for i in (text.find(c, match.end(), hi) for c in (". ", "! ", "? ", "\n"))
                if i >= 0]  # fmt: skip
        sentence = text[max(lo, cut + 1) : min(ends) if ends else hi]
        if match.group(0).startswith("@"):  # a mention a layout put on a line of its own
            sentence = text[max(0, match.start() - 80) : match.end() + 80]
        about_work = (
            _WORK_CUE.search(sentence)
            or _WITH_THEM.search(text, max(0, match.start() - 20), match.start())
            or re.search(ROLE, sentence)  # "PA + bank carer @plasithoncarehome"
            or is_work_talk(sentence)  # "Sleep-in at Plas Ithon last night"
            or _DISCLAIMER.search(sentence)  # "Views my own, not Carronbank's."
        )
        if about_work and _theirs(doc, subject, text, match.start(), match.end()):
            return match.start(), match.end()
    return None


def _defined_abbreviation(
    doc: Document, subject: Subject, text: str, employer: str
) -> tuple[int, int] | None:
    """Where the page names ``employer`` by the abbreviation it defined for it ("Calder Reach
    NHS Foundation Trust (CRFT)" ... "Siobhan Maguire, Discharge Lead, CRFT, presented"), next
    to the subject's name."""
    for match in employer_mentions(text, employer, limit=5):
        defined = _ABBREVIATION.match(text, match.end)
        if defined is None or not _abbreviates(defined.group(1), employer):
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(defined.group(1))}(?![\w-])")
        for use in islice(pattern.finditer(text, defined.end()), 20):
            if _theirs(doc, subject, text, use.start(), use.end()):
                return use.start(), use.end()
    return None


_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)")
"""An abbreviation defined right after a name: "Calder Reach NHS Foundation Trust (CRFT)"."""


def _abbreviates(letters: str, employer: str) -> bool:
    """Are ``letters`` the employer's initials, some perhaps left out ("CRFT" for "Calder
    Reach NHS Foundation Trust"), starting with the first? Not "(UK)" or "(Ltd)"."""
    initials = [w[0].upper() for w in employer.split() if w[0].isalpha()]
    wanted = [c for c in letters.upper() if c.isalpha()]
    if len(wanted) < 2 or not initials or wanted[0] != initials[0]:
        return False
    found = iter(initials)
    return all(any(c == i for i in found) for c in wanted)


_PARENTHESIS = re.compile(r"\s*\([^()]*\)?\s*$")
"""A note after an employer in a profile field ("(supported housing)"): not part of its name."""


_FIELD_LIST = re.compile(r"\s+[·•|;]\s+")
"""Between two employers in one profile field."""
_ROLE_AT = re.compile(r"^[^@]{2,60}?\s+@\s+(?=\S)")
"""The role before the employer in a field ("Family support @ Kirkdale & Walton Council")."""


class WorkplaceExtractor(Extractor):
    kind = FindingKind.WORKPLACE

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        accepted: list[str] = []
        text = doc.all_text

        def accept(value: str | None, evidence: str) -> Finding | None:
            # The subject's employer however the page writes it ("Severn Marches MHP") is
            # reported as the subject wrote it: one employer, one finding across pages.
            value = next((e for e in subject.employers if value and names_employer(value, e)),
                         value)
            # a field that names the team first ("Mental health team, Wearside City Council")
            value = next((e for e in subject.employers
                          if value and "," in value and any(employer_mentions(value, e, 1))),
                         value)
            if not value or any(same_org(value, seen) for seen in accepted):
                return None
            if any(same_org(value, name) for name in subject_names(subject)):
                return None
            accepted.append(value)
            return self.finding(doc, value, evidence)

        candidates: list[tuple[str | None, str]] = []
        for fact in doc.facts.orgs:  # "Kedleston Vale HA (supported housing)": the name
            # a field may list two ("Wensum Meadows Nursing Home · Heronsgate Care Group")
            for part in _FIELD_LIST.split(fact.value)[:5]:
                part = _ROLE_AT.sub("", part)
                value = trim(_PARENTHESIS.sub("", part)) or trim(part)
                candidates.append((value, f"{fact.source}: {fact.value}"))
        named = {  # where each employer is named in full or by a known form
            employer: list(islice(employer_mentions(text, employer), 50))
            for employer in subject.employers
        }
        for employer in subject.employers:
            # The first mention that is about the subject (not the first mention at all: an
            # employer's news item names itself in the byline before it names her).
            for match in named[employer]:
                if _theirs(doc, subject, text, match.start, match.end):
                    candidates.append((match.value, excerpt(text, match.start, match.end)))
                    break
            else:
                others = [(m.start, m.end) for e, ms in named.items() if e != employer for m in ms]
                short = _short_mention(doc, subject, text, employer, others)
                if short is None:
                    short = _defined_abbreviation(doc, subject, text, employer)
                if short is not None:
                    candidates.append((employer, excerpt(text, *short)))
        for employer in subject.employers:
            asked = _asked_about(doc, subject, employer) or _answered_with(doc, subject, employer)
            if asked is not None:
                candidates.append((employer, asked))
        for match in doc.discovered_orgs:
            if can_be_named(subject) and not _theirs(doc, subject, text, match.start, match.end):
                continue  # "I'm a carer at X" by someone else: a colleague's headline, a review
            candidates.append((match.value, excerpt(text, match.start, match.end)))
        for org, item in _experience_orgs(doc):
            candidates.append((org, f"Experience: {item}"))
        candidates += _worn_in_own_photo(doc, subject)
        for value, evidence in candidates:
            found = accept(value, evidence)
            if found:
                yield found


_DECLINES = re.compile(
    r"(?i)\b(?:(?:can['’]?t|cannot|won['’]?t|not\s+(?:going|allowed)\s+to|rather\s+not|never)"
    r"\s+(?:say|tell|share|confirm|name|go\s+into)|not\s+saying|no\s+comment)\b"
)
"""Her reply turns the question down: the employer it names is then the asker's guess."""
_TO_YOU = re.compile(r"(?i)\b(?:you|your|you['’](?:re|ve|ll|d))\b")


def _bare(short: str) -> re.Pattern[str]:
    """An employer's short name as a word of its own, case-sensitive: "Northlight", not "the
    northlight" or "Northlight-on-Sea"."""
    return re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")


def _asked_about(doc: Document, subject: Subject, employer: str) -> str | None:
    """A comment she replied to that names her employer to her: "You still at Taff Bay
    Leonie?" (answered "Still there!"), "Is this the same Roisin who helped my lad at
    Northlight?". The sentence naming the employer must speak to her (you, or her given name)
    and not be about the writer's relative ("my sister works at ..."), and her reply must not
    turn it down ("I'm not saying which council"); the employer's short name counts when it
    is not a town. The evidence is the friend's words, as the page shows them."""
    if doc.namesake:
        return None
    given = {fold(n.split()[0]) for n in subject_names(subject) if len(n.split()) >= 2}
    short = distinct_short_name(employer, subject.locations)
    for said, reply in doc.answered:
        if _DECLINES.search(reply):
            continue  # "Ha, I'm not saying which council on here!"
        spans = [(m.start, m.end) for m in employer_mentions(said, employer, 5)]
        if short is not None:
            spans += [m.span() for m in _bare(short).finditer(said)]
        told = list(sentences(said))
        for start, end in sorted(spans):
            opens, sentence = next(((o, t) for o, t in reversed(told) if o <= start), (0, said))
            to_her = _TO_YOU.search(sentence) or set(re.findall(r"\w+", fold(sentence))) & given
            if to_her and not _RELATIVE.search(said[opens:start]):
                return excerpt(said, start, end)
    return None


_WORK_QUESTION = re.compile(
    r"(?i)\b(?:which|what)\s+(?:council|trust|agency|company|home|charity|service|team"
    r"|authority|employer|organi[sz]ation|provider|firm|hospital|hospice)\b[^?.!]{0,60}\?"
    r"|\bwhere\s+(?:do|are)\s+you\s+work(?:ing)?\b|\bwho\s+(?:are\s+you|do\s+you\s+work)"
    r"\s+(?:with|for)\b"
)
"""A question that asks who someone works for: "Which council are you with?"."""


def _answered_with(doc: Document, subject: Subject, employer: str) -> str | None:
    """Her reply naming her employer to a comment that asked who she works for ("Which
    council are you with?" answered "Tamarside."): the short name counts when it is not a
    town, and only when capitalised. The evidence is her reply."""
    if doc.namesake:
        return None
    short = distinct_short_name(employer, subject.locations)
    for said, reply in doc.answered:
        if not _WORK_QUESTION.search(said) or _DECLINES.search(reply):
            continue
        named = next(iter(employer_mentions(reply, employer, 1)), None)
        if named is not None:
            return excerpt(reply, named.start, named.end)
        found = _bare(short).search(reply) if short else None
        if found is not None:
            return excerpt(reply, found.start(), found.end())
    return None


def _worn_in_own_photo(doc: Document, subject: Subject) -> list[tuple[str, str]]:
    """A listed employer named in the description of the subject's own avatar or banner
    ("Zosia in her navy Forthvale Care tunic with the company logo on the pocket"): the
    photo tells a stranger where she works, as a line of her profile would."""
    if not doc.owner_is_subject:
        return []
    out = []
    for image in doc.images:
        if image.role not in ("avatar", "banner") or not image.label:
            continue
        for employer in subject.employers:
            if employer.strip() and find_employer(image.label, employer):
                out.append((employer, f"{image.role} described as: {image.label}"))
    return out
