"""Is a search result about the subject, or about someone who shares the name?

The judgement weighs evidence and records why (:class:`Judgement.reasons`):

- an identifier of the subject's own: their email address or phone number (decisive), or one of
  their handles that is not just the name squashed together ("zoe_reid_sw", strong); a name-like
  handle ("samwhitlock", "@samwhitlock") only counts as much as the name, since a namesake is as
  likely to hold it on another site;
- the name: a mention whose given name fits (exact, initial, short form, accents and case ignored,
  either order, any alias) anchors the result; a mention with another given name ("John Bloggs"
  for "Joanna Bloggs", "Samuel Whitlock" for Sam who is also Samantha), a dead person or a child
  counts against it; a surname alone is neutral;
- context: the subject's own employer or town in the result strengthens it; another town or
  another employer stated next to the name (when the subject gave towns or employers, and none
  of theirs appears) weakens it, and so does a job, a birth date or an encyclopaedia's
  disambiguator written just after the name ("Jo Bloggs, 34, a warehouse operative", "Jo
  Bloggs (rower)") when none of their employers appears and the job could not be held there;
- children: a result about an age group or a junior or schools competition ("Under 11s",
  "Girls 10-11 yrs") weakens a fitting name strongly (a "Jr" after the name is someone else);
- a given name alone ("Tomasz sorted my knee out") anchors a result naming their employer.

A result is about the subject when it has an anchor (identifier, fitting name, or surname with
the subject's own employer) and the evidence adds up to at least :data:`THRESHOLD`. With nothing
but a fitting name it is judged *about* the subject: calling a real exposure someone else's hides
it, which is worse than showing a namesake's page (the report lets the person judge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.names import fold
from ..extract.orgs import NAME_TAIL_WORDS as _NAME_TAIL_WORDS
from ..models import SearchResult, Subject
from . import context as ctx
from .interface import RawResult
from .names_context import (
    CONFLICT,
    MATCH,
    SURNAME,
    Mention,
    child_context,
    described_as_other,
    find_mentions,
    handle_hits,
    has_email,
    has_phone,
    is_name_handle,
    name_forms,
    name_squashes,
    placed_elsewhere,
    stated_occupation,
    url_segments,
    url_words,
)

THRESHOLD = 1.5
EMAIL_OR_PHONE = 5.0
HANDLE = 3.0
NAME_LIKE_HANDLE = 1.5
NAME_CONFLICT = -3.0
OWN_EMPLOYER = 1.5
OWN_TOWN = 1.0
OTHER_TOWN = -2.0
OTHER_EMPLOYER = -2.0
CHILDREN = -3.0
DESCRIBED_OTHER = -2.0
GIVEN_NAME_AT_EMPLOYER = 0.5
PAGE_CHARS = 200_000
WINDOW = 200

_URLISH = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# An adult named on a page about children: "Under 11s coach: Jo Bloggs".
_ADULT_ROLE_BEFORE = re.compile(
    r"\b(?:coach|coaches|manager|organiser|organizer|secretary|volunteers?|leader|teacher|"
    r"referee|umpire|judge|chair|contact|parent|welfare officer)\b[^.;|]{0,12}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Judgement:
    about: bool
    score: float
    reasons: tuple[str, ...]


def about_subject(result: RawResult, subject: Subject, page_text: str | None = None) -> bool:
    """True when ``result`` (and ``page_text``, the page itself, when it was read) is about
    ``subject`` rather than a namesake."""
    return judge(result, subject, page_text).about


def judge(result: RawResult, subject: Subject, page_text: str | None = None) -> Judgement:
    """:func:`about_subject` with the score and the reasons for it."""
    short = f"{result.title}\n{result.snippet}"
    page = (page_text or "")[:PAGE_CHARS]
    full = f"{short}\n{page}" if page else short
    reasons: list[str] = []
    score = 0.0
    anchored = False

    # 1. The subject's own identifiers.
    identifier = 0.0
    for email in subject.emails:
        if has_email(full, email):
            identifier = max(identifier, EMAIL_OR_PHONE)
            reasons.append(f"their email address {email}")
    for phone in subject.phones:
        if has_phone(full, phone):
            identifier = max(identifier, EMAIL_OR_PHONE)
            reasons.append(f"their phone number {phone}")
    name_like_handle = False
    for hit in handle_hits(full, result.url, subject.handles):
        # A handle that is only the name squashed together ("samwhitlock") is as likely held by
        # a namesake on another site as by the subject: it counts as much as the name, no more.
        if not is_name_handle(hit.handle, subject):
            identifier = max(identifier, HANDLE)
            reasons.append(f"their handle {hit.handle} (in the {hit.where})")
        else:
            name_like_handle = True
            reasons.append(f"their name-like handle {hit.handle} (in the {hit.where})")
    if identifier:
        score += identifier
        anchored = True

    # 2. The name.
    # Names inside web and email addresses ("sam.whitlock@...") are not written names.
    addresses = [(m.start(), m.end()) for m in _URLISH.finditer(full)]
    mentions = find_mentions(ctx.mask(full, addresses), subject)
    from_address = False
    if not any(m.verdict in (MATCH, CONFLICT) for m in mentions):
        address = find_mentions(url_words(result.url), subject, lenient_case=True)
        if any(m.verdict in (MATCH, CONFLICT) for m in address):
            mentions, from_address = address, True
        elif _squashed_name_in_address(result.url, subject):
            name_like_handle = True
            reasons.append("their name written in the address")
    matches = [m for m in mentions if m.verdict == MATCH]
    conflicts = [m for m in mentions if m.verdict == CONFLICT]
    if matches and all(m.initial for m in matches):
        # "I. Thistlewood" on a page that also names "Ian Thistlewood" is most likely Ian.
        spelled = [
            c for c in conflicts
            if c.why == "another given name"
            and any(fold(c.written[:1]) == fold(m.written[:1]) for m in matches)
        ]  # fmt: skip
        if spelled:
            matches = []
    where = " in the address" if from_address else ""
    if matches:
        best = max(matches, key=lambda m: m.strength)
        score += best.strength
        anchored = True
        reasons.append(f"name {best.written!r}{where} fits ({best.why})")
    elif conflicts:
        score += NAME_CONFLICT
        other = conflicts[0]
        reasons.append(f"names someone else: {other.written!r}{where} ({other.why})")
    elif name_like_handle:
        score += NAME_LIKE_HANDLE
        anchored = True

    # 3. Context.
    own_employers = ctx.employer_spans(full, subject) or _own_team(full, subject)
    own_towns = ctx.location_spans(full, subject)
    if own_employers:
        score += OWN_EMPLOYER
        reasons.append(f"their employer {own_employers[0][0]}")
        if not anchored and any(m.verdict == SURNAME for m in mentions):
            anchored = True
        if not anchored and not conflicts:
            given = _given_name_alone(ctx.mask(full, addresses), subject)
            if given:
                # "Tomasz sorted my knee out ... Fenmarsh": a given name at their employer.
                score += GIVEN_NAME_AT_EMPLOYER
                anchored = True
                reasons.append(f"their given name {given!r} with their employer")
    if matches and not any(
        _ADULT_ROLE_BEFORE.search(short[max(0, m.start - 30) : m.start])
        for m in matches
        if m.start < len(short)
    ):
        children = child_context(short)
        if children:
            score += CHILDREN
            reasons.append(f"about children ({children!r})")
    if matches and subject.employers and not own_employers and not from_address:
        described = ""
        for m in mentions:
            if m.verdict == CONFLICT:
                continue  # what another person is ("John Bloggs, a plumber") says nothing
            described = described_as_other(full, m, subject.employers) or placed_elsewhere(
                full, m, subject.locations
            )
            if described:
                break
        described = described or stated_occupation(short)
        if described:
            score += DESCRIBED_OTHER
            reasons.append(f"describes someone else: {described!r}")
    if own_towns:
        score += OWN_TOWN
        reasons.append(f"their town {own_towns[0][0]}")
    if (subject.locations and not own_towns) or (subject.employers and not own_employers):
        near = _near_the_name(short, page, mentions, own_employers, own_towns, from_address)
        if subject.locations and not own_towns:
            elsewhere = ctx.other_places(near, subject)
            if elsewhere:
                score += OTHER_TOWN
                reasons.append(f"places the name elsewhere: {', '.join(elsewhere[:3])}")
        if subject.employers and not own_employers:
            employers = ctx.other_employers(near, subject)
            if employers:
                score += OTHER_EMPLOYER
                reasons.append(f"another employer: {', '.join(employers[:3])}")

    about = anchored and score >= THRESHOLD
    if not anchored:
        reasons.append("nothing ties it to them (no fitting name, handle, email or phone)")
    return Judgement(about, round(score, 2), tuple(reasons))


def judge_result(result: SearchResult, subject: Subject, page_text: str) -> SearchResult:
    """``result`` judged again with the text of its page, once the page has been read."""
    raw = RawResult(result.url, result.title, result.snippet, result.engine)
    verdict = about_subject(raw, subject, page_text)
    if verdict == result.about_subject:
        return result
    return SearchResult(
        engine=result.engine,
        query=result.query,
        url=result.url,
        title=result.title,
        snippet=result.snippet,
        about_subject=verdict,
    )


def _own_team(text: str, subject: Subject) -> list[tuple[str, ctx.Span]]:
    """The subject's employer named as people name their own team, by the end of its name
    after "our" or "my" ("our youth justice team" for Ise Valley Youth Justice Team): three
    words at least and one of them not generic, so "our team" or "my council social
    services" is nobody's employer."""
    for employer in subject.employers:
        words = employer.split()
        for start in range(1, len(words) - 2):
            if all(fold(w) in _NAME_TAIL_WORDS for w in words[start:]):
                continue  # "our council social services": every word generic, nobody's team
            tail = r"[ \t]+".join(re.escape(w) for w in words[start:])
            match = re.search(rf"(?i)\b(?:our|my)[ \t]+{tail}\b", text)
            if match:
                return [(employer, (match.start(), match.end()))]
    return []


def _given_name_alone(text: str, subject: Subject) -> str:
    """A given name of the subject's ("Tomasz", "Tomek") written alone, capitalised and not
    followed by another capitalised word (which would make it someone else's full name)."""
    givens = {f.given for f in name_forms(subject) if len(f.given) >= 3}
    for match in re.finditer(r"[^\W\d_]+", text):
        word = match.group(0)
        if not word[0].isupper() or word.isupper() or fold(word) not in givens:
            continue
        rest = text[match.end() : match.end() + 40]
        if re.match(r"[ \t]+[A-Z]", rest):
            continue
        return word
    return ""


def _squashed_name_in_address(url: str, subject: Subject) -> bool:
    squashes = name_squashes(subject)
    for segment in url_segments(url):
        core = re.sub(r"[^a-z]", "", re.sub(r"[-_.]?\d+$", "", segment.lstrip("@")))
        if core in squashes:
            return True
    return False


def _near_the_name(
    short: str,
    page: str,
    mentions: list[Mention],
    employers: list[tuple[str, ctx.Span]],
    towns: list[tuple[str, ctx.Span]],
    from_address: bool,
) -> str:
    """The text where other towns and employers count: the whole title and snippet, and on a
    read page the stretches around the subject's name; the name itself, the subject's own
    employer and town, web and email addresses blanked out."""
    full = f"{short}\n{page}" if page else short
    spans: list[ctx.Span] = [] if from_address else [(m.start, m.end) for m in mentions]
    spans += [span for _, span in (*employers, *towns)]
    spans += [(m.start(), m.end()) for m in _URLISH.finditer(full)]
    masked = ctx.mask(full, spans)
    if not page:
        return masked
    cut = len(short) + 1
    windows: list[list[int]] = []
    for m in mentions:
        if m.verdict != MATCH or m.start < cut or from_address:
            continue
        lo, hi = max(cut, m.start - WINDOW), m.end + WINDOW
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)  # overlapping windows are read once
        else:
            windows.append([lo, hi])
    return "\n".join([masked[:cut], *(masked[lo:hi] for lo, hi in windows)])
