"""Work talk: the subject's own public words about work, colleagues or people who use services.

The guidance: "Don't talk about the people you work with", don't "air concerns about issues at
work or provide privileged and confidential details about work or individuals". Each sentence of
the owner's own text (comments by others and pages written by someone else are left out) is
checked for:

- strong signs, reported whatever the sentence's shape: "my client(s)", "service user(s)",
  "people I support", "caseload", "at work today", "my manager", "my team leader", "on shift",
  "worst shift", "can't stand my ...", "short-staffed", "home visit", "case conference";
- topical words that need the sentence to be personal narrative (I/my/we/today...) to count:
  "safeguarding", "care home", "child protection", "clients", "colleagues" -- so a neutral bio
  line ("Safeguarding lead. Social worker in Edinburgh.") is a workplace/location matter only;
- a named employer in a complaint ("Dunmore Council have cut our team again, a shambles");
- failing all of those, a first-person sentence with a word of the trade that the learned
  scorer (:mod:`.work_talk_model`) reads as about work: plain story such as "I spent the
  morning ringing round every unit in the county for a bed".

Value: the sentence, at most ~240 characters. Graded high when it mentions service users,
clients or cases (someone else's confidentiality), medium otherwise.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from importlib import resources

from ..models import Finding, FindingKind, Subject
from .base import SERVICE_USERS, Document, Extractor, subject_handles, subject_names
from .names import TITLE, looks_like_subject
from .orgs import ONE_ROLE, distinct_short_name, find_employer
from .text import EMOJI, phrase_pattern, sentences, shorten
from .work_talk_model import WorkTalkModel, load

MODEL: WorkTalkModel | None = load()
"""The learned second look (:mod:`.work_talk_model`), read once when the package loads so
that a broken install fails at once rather than quietly finding no work talk. ``None`` turns
it off (the training tool does so to measure the rules alone)."""
MIN_SCORED_WORDS = 6
"""Shorter sentences give the scorer too few words to go on ("Loving the new rota!")."""
SURE_UNSIGNED = 0.85
"""How sure the scorer must be of a sentence with a word of the trade but no first person
("The handover at 7am is the most important half hour of the day."): a subject's own post,
on their own page, often has no "I". Leaving each corpus out in turn, 0.85 added 4 sentences
found and no false one over 14 corpora."""
SURE = 0.7
"""How sure the scorer must be of a sentence with no word of the trade in it (below that, a
word of :data:`_WORK_WORDS` and the model's own threshold are both needed). Chosen, with that
threshold, on held-out corpus 12 as a validation set before corpus 13 was scored."""
_WORK_WORDS = re.compile(
    r"(?i)\b(?:assessments?|referrals?|case\s*notes|caseloads?|placements?|medication|meds"
    r"|handovers?|care\s+plans?|paperwork|write-?ups?|writing\s+up|supervision|safeguarding"
    r"|wards?|discharged?|discharges|rota|shifts?|sleep-?ins?|on[- ]call|mileage|colleagues?"
    r"|co-?ordinators?|agency\s+staff|staffing|service\s+users?|clients?|patients?|residents?"
    r"|tenants|young\s+(?:people|person)|key-?work(?:er|ing)?|social\s+workers?|carers?|nurses?"
    r"|camhs|a\s*&\s*e|crisis\s+team|ofsted|cqc|inspections?|audits?|induction|practitioners?"
    r"|therapists?|frontline|(?:the|my|this)\s+(?:job|role)|visits|calls|team\s+meetings?"
    r"|(?:the|our|my)\s+team|managers?|management|the\s+office|council|health\s+board"
    r"|the\s+trust|nhs|hospital|care\s+home|children['’]s\s+home|units?|workload"
    r"|overtime|annual\s+leave|union|key\s+child(?:ren)?|nursery|pre-?school|toddler\s+room"
    r"|(?:staff\s+)?ratios|referral\s+orders?|equipment|grab\s+rails?|commodes?|hoists?"
    r"|earlies|outreach|street\s+counts?|rough\s+sleep(?:ers?|ing)|hostel\s+beds?"
    r"|welfare\s+checks?|(?:long\s+)?cane\s+(?:training|lessons?)|mobility\s+lessons?"
    r"|guide\s+dog\s+assessments?|rovis?|shared\s+lives)\b"
)
"""The trade's words: the scorer is asked only about a sentence with one of them, so a word it
happens to have seen beside work talk ("patience", "spent") cannot make a holiday story work.
Family words ("the kids", "the house", "parents", "bed") are left out: at home they mean home."""



@functools.cache
def _trade_terms() -> re.Pattern[str]:
    """The terms of art in ``data/trade_terms.txt``, as one pattern: "LAC review", "pathway
    plan", "section 47s", whatever the role (space or hyphen between words, either apostrophe,
a plural ending)."""
    text = resources.files("selfaudit.data").joinpath("trade_terms.txt").read_text("utf-8")
    terms = sorted(
        {line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"},
        key=len, reverse=True,
    )  # fmt: skip
    forms = [
        re.escape(t).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?").replace("'", "['’]")
        for t in terms
    ]
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(forms) + r")(?:s|es)?(?![\w-])")


def _trade_words(sentence: str) -> bool:
    """Does ``sentence`` use a word of the trade (:data:`_WORK_WORDS`, or a term of art of
    any registered role in ``data/trade_terms.txt``)?"""
    return bool(_WORK_WORDS.search(sentence) or _trade_terms().search(sentence))


_PEOPLE = (
    r"gent(?:s|lem[ae]n)?|ladies|lady|lads?|girls?|boys?|blokes?|chaps?|fellas?|m[ae]n|wom[ae]n|folks?"
    r"|guys|kids|child(?:ren)?|famil(?:y|ies)|young\s+(?:people|person|m[ae]n|wom[ae]n)"
    r"|teenagers?|residents?|tenants?|clients?|patients?|adults?|mums?|dads?|parents?"
    r"|carers?|service\s+users?|individuals?|people|person|customers?"
)
"""Who care workers support: "one of the gentlemen I support", "the lady I visit"."""
_STRONG = re.compile(
    r"(?i)\b(?:my\s+(?:clients?|service[- ]users?|case ?load|(?:line\s+)?manager|team\s*leader"
    r"|boss|supervisor|colleagues?|workmates?|co-?workers?|rota|cases?|residents|families)"
    r"|service[- ]users?|people\s+(?:i|we)\s+(?:support|care\s+for|work\s+with)"
    r"|(?:families|children|kids|young\s+people|clients)\s+(?:i|we)\s+work\s+with"
    r"|case ?load|at\s+work\s+(?:today|tonight|yesterday)|on\s+shift|waking\s+nights?|sleep-ins"
    r"|(?:day|night|shift|week|morning|afternoon|evening)\s+at\s+work"
    r"|(?:night|late|early|double|long|worst|awful|horrendous|nightmare|12[- ]hour|rough|busy"
    r"|tough|hard|manic|mad|crazy|quiet|brutal)\s+shifts?"
    r"|(?:my|our)\s+(?:home\s+|morning\s+|afternoon\s+|first\s+|last\s+)?visits"
    r"|can'?t\s+stand\s+my|short[- ]staffed|understaffed|home\s+visits?|case\s+conference"
    r"|(?:lac|case)\s+review"
    r"|(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:residents?|service\s+users?|patients?|tenants)"
    r"|my\s+(?:first|last|next|new|newest|oldest|\d+\w*)\s+clients?"
    r"|(?:my|our)\s+key\s+child(?:ren)?|learning\s+journals?|my\s+young\s+people"
    r"|referral\s+order\s+panels?|(?:street\s+)?outreach\s+(?:van|shifts?|rounds?)"
    r"|(?:the|my|our)\s+(?:toddlers|babies|kids|children|young\s+people|lads|ladies|residents"
    r"|clients|patients|tenants|families)\s+at\s+work"
    r"|my\s+\d{1,2}[.:]\d{2}\s*(?:am|pm)?\s+(?:calls?|visits?)"
    r"|(?:first|last|next|morning|lunch(?:time)?|tea(?:time)?|evening|bed(?:time)?)\s+calls?"
    r"\s+(?:of\s+the\s+(?:day|night|shift)|was|is|were)"
    r"|(?:care|support)\s+packages?|packages?\s+of\s+(?:care|support)"
    r"|reablement\s+(?:calls?|visits?|shifts?|clients?|work)"
    r"|(?:part|parts|side|bit|bits)\s+of\s+(?:the|my|this)\s+job\s+(?:is|was|are|were)"
    r"|(?:cover|covers|covering)\s+(?:a|the|my)\s+patch|ward\s+staff"
    r"|my\s+employer(?!['’]s)|my\s+union|union\s+rep"  # not "views not my employer's"
    r"|(?:(?:i|we)\s+work|working)\s+(?:in|at|on)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:children['’]?s\s+home|care\s+home|nursing\s+home|hospice|ward|day\s+centre"
    r"|residential|supported\s+living|secure\s+unit|hostel|refuge)"
    r"|on\s+(?:a\s+)?sleep-?ins?|sleep-?in\s+(?:shift|pay|rate)|on\s+duty\s+as"
    r"|(?:\w+|\d+)[- ]hour\s+shifts?|shared\s+lives\s+(?:match|placement|arrangement)"
    r"|(?:lives|lived|living|placed)\s+with\s+us\s+through"
    r"|the\s+rota|the\s+(?:team\s+|line\s+|deputy\s+|bed\s+|ward\s+|duty\s+|registered\s+"
    r"|shift\s+|service\s+|practice\s+)?managers?"
    r"|case\s+recording|court\s+reports?|management\s+(?:want|wants|have|has|said"
    r"|says|are|is|keep)|off\s+sick|my\s+(?:shift|families|team)"
    r"|(?:lads|girls|people|folk|guys|kids|children|families|young\s+people|women|men)"
    r"\s+(?:i|we)\s+(?:support|work\s+with|visit|care\s+for|look\s+after)"
    r"|(?:" + _PEOPLE + r")\s+(?:(?:that|who)\s+)?(?:i|we)\s+(?:support|work\s+with|visit"
    r"|care\s+for|look\s+after|key-?work|sit\s+with))\b"
)
_TOPICAL = re.compile(
    r"(?i)\b(?:safeguarding|care\s+home|child\s+protection|colleagues?|supervision|the\s+office"
    r"|the\s+residents|(?:home|discharged?)\s+from\s+hospital|run\s+of\s+(?:\w+\s+)?(?:nights|shifts|lates|earlies)"
    r"|(?:night|day|late|early)\s+shifts?"
    r"|induction|new\s+starts?|sleepovers?|handovers?|care\s+plans?|rota\s+gaps?"
    r"|(?:adult|residential|domiciliary|social)\s+care)\b"
)
_AMBIGUOUS = re.compile(
    r"(?i)\b(?:clients?|residents?|families|patients"
    r"|(?:a|the|one|each|every)\s+patient(?!\s+(?:person|listener|man|woman|soul|type|one|and"
    r"|with|teacher|mum|dad|approach))"
    r"|(?:our|the)\s+(?:[\w-]+\s+){0,3}?team)\b"
)
"""Words that are work talk only in a sentence that is also about a job ("my clients" of a
birdwatcher, a care home's "residents" in an estate agent's blurb are not): people in care,
and a team ("the hospital discharge team"), not a patient person."""
_ANY_TEAM = re.compile(r"(?i)\b(?:[\w'’-]+\s+)?team\b")
"""Another team in the sentence ("Dad's quiz team ... the whole team") is no sign of a job."""
_TEAM_NAME = re.compile(r"(?i)\bchildren(?:['’]s)?\s+(?:and|&)\s+famil(?:y|ies)\b")
_JOB_CONTEXT = re.compile(
    r"(?i)\b(?:work(?:ing|ed|s)?|job|shift|team|manager|service|support(?:ing|ed)?|visit(?:s|ed)?"
    r"|care|caring|assess(?:ment|ed|ing)?|referrals?|council|ward|placement|tenanc(?:y|ies)"
    r"|agency|staff|rota|case|cases|social\s+work(?:er)?|benefits|housing|court|hospital"
    r"|health\s+board|crisis|coordinators?|reablement"
    r"|mental\s+health|disabilit(?:y|ies)|dementia|nights|nurses?)\b"
)
_CARE_WORK = re.compile(
    r"(?i)\b(?:(?:my|our)\s+young\s+people|my\s+(?:tenants|residents|service)|key\s+worker\s+for"
    r"|(?:young\s+people|tenants|residents|lads|people|patients|families|children|kids|adults)"
    r"\s+(?:i|we)\s+(?:support|work\s+with|assess|keywork|visit|look\s+after|care\s+for)"
    r"|(?:i|we)\s+(?:key-?work)|key-?work(?:ing|er)?|people\s+i\s+assess"
    r"|in\s+crisis|a\s*&\s*e\s+with\s+(?:a|an|my|one|two|three)\b|amhps?"
    r"|approved\s+mental\s+health\s+professional|section\s+(?:136|135|2|3)\b"
    r"|mental\s+health\s+act\s+assessments?|sectioned|detained\s+under|on\s+a\s+13[56]"
    r"|supported[\s-]+living|tenancy\s+sustainment|duty\s+(?:team|desk|worker)"
    r"|as\s+an?\s+shared\s+lives\s+carer|through\s+shared\s+lives"
    r"|(?:a|one\s+of\s+(?:my|our|the))\s+young\s+(?:person|people)\s+(?:tell|told|say|said"
    r"|ask|asked))\b"
)
_LOOKING_AFTER = re.compile(
    r"(?i)\b(?:looking\s+after|caring\s+for|supporting|working\s+(?:with|alongside)|visiting)"
    r"\s+(?:(?:the|our|my)\s+)?(?:young\s+(?:people|carers)|children|kids|teenagers"
    r"|older\s+people|elderly|adults|families|parents|carers|people\s+(?:with|who|living)"
    r"|vulnerable|residents|tenants|patients)\b"
    r"|\b(?:help|helping)\s+(?:people|adults|older\s+people|families|children|young\s+people)\s+"
    r"(?:to\s+)?(?:stay|live|get|manage|cope|recover|return|move)\b"
    r"|\b(?:people|patients|clients|families|children|young\s+people)\s+(?:i|we)\s+see\b"
)
"""Who the job is for ("a care worker ..., looking after young people who can't live at
home"): work talk in a first-person sentence that is also about the job (parents look after
their kids at the beach)."""
"""Social-care phrasing that is work talk in a first-person sentence ("one of my young
people", "I keywork six tenants", "in A&E with a young man in crisis", "people I assess")."""
_ASSESS = re.compile(
    r"(?i)\bto\s+(?:assess|visit|section|admit|discharge|review)\s+(?:a|an|one|two|someone"
    r"|somebody|him|her|them)\b"
)
"""Called out "to assess a man in his seventies": a worker's visit, told in the first person."""
_I_DO = re.compile(
    r"(?i)\b(?:i|we)\s+(?:(?:help|support|visit|care\s+for|look\s+after|work\s+with|assess"
    r"|key-?work|meet)\s+(?:(?:the|our|my|some|five|four|three|two|six|\d+|a\s+few|many)\s+)?"
    r"|(?:lead|run|do|deliver|provide|coordinate|organi[sz]e)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:for|with)\s+(?:the\s+|our\s+|my\s+)?)"
    r"(?:[\w-]+\s+)?(?:" + _PEOPLE + r")\b"
)
"""What the subject does for people ("I help five adults with learning disabilities", "I meet
young carers every week"): work talk when the rest of the sentence is about the job too
("I help my mum with her shopping" is not)."""
_PEOPLE_IN_CARE = re.compile(
    r"(?i)\b(?:young\s+(?:people|person)|clients?|patients?|residents?|families|service\s+users?"
    r"|children|kids|teenagers|adults\s+with|older\s+people)\b"
)
_DAY_JOB = re.compile(r"(?i)\b(?:in|at|through|from)\s+my\s+(?:day\s+)?job\b")
"""What the subject sees "in my day job" or "at my job": work talk when the sentence is about
people or the work ("I see how much a week away can change a young person's confidence")."""
_AS_A_CARER = re.compile(
    r"(?i)^\W*as\s+an?\s+(?:[\w-]+\s+){0,3}?(?:social\s+worker|support\s+worker|carer"
    r"|care\s+(?:worker|assistant)|nurse|(?:occupational\s+)?therapist|practitioner|keyworker)"
    r"\s*,"
)
"""'As a community occupational therapist, most of my week is spent in other people's
kitchens': what the job is like, told in the first person."""
_ANONYMISED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z](?:['’]s)?(?:(?![\w.])|\.(?=[,;:!?)]|\s+[a-z]))"
)
""""Mrs H's 90th", "Mr B", "a cup of tea with Mrs M., who ...": a person named by an initial,
as care workers write about the people they support; work talk in a first-person sentence.
("Mr J. Smith" is a name.)"""
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i'm|i’m|im|i've|i’ve|i'd|i'll|me|my|we|we're|our|us)\b")
_THIRD_PERSON = re.compile(r"(?i)\b(?:she|he|her|his|hers|him)\b")
_SCARE_QUOTED = re.compile(r"[\"“‘']\s*[\w -]{1,25}?\s*[\"”’']")
"""A work word in quotes is someone's jargon ("his famous 'caseload' session"), not work."""
_LINK_LABEL = re.compile(
    r"(?i)^\s*(?:(?:my|our)\s+(?:team|service|workplace|employer)\s+(?:at|@|with)\s"
    r"|(?:where\s+I\s+work|my\s+(?:work|job|day\s+job|employer|workplace))\s*[:–—]\s)"
    r"[^.!?]{0,80}$"
)
"""A verbless label pointing at the employer ("My team at Northbank ...", a link page's "Where
I work: Humber Voice Advocacy (make a referral)"): a workplace, not talk about work."""
_PERSONAL = re.compile(
    r"(?i)\b(?:i|i'm|i’m|im|i've|i’ve|i'd|i'll|me|my|we|we're|our|ours|us|today|tonight|yesterday"
    r"|this\s+(?:week|morning|afternoon|month)|each\s+other['’]s|again)\b"
)
_LEISURE = re.compile(
    r"(?i)\b(?:football|rugby|netball|cricket|hockey|(?:away|home|cup)\s+(?:match|game|fixture)"
    r"|camogie|hurling|gaelic\s+football|shinty|roller\s+derby|(?:at|on|to|off)\s+the\s+pitch"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+(?:match|game|bout)"
    r"|league|squad|fixtures?|kick-?off|u\d{1,2}s|under-?\d{1,2}s|parkrun"
    r"|quiz\s+team|(?:football|rugby|running|cycling|golf|book|knitting|sailing)\s+club)\b"
)
"""A club's or a hobby's life: its team, manager, rota and parents are not a job's."""
_CARE_SPECIFIC = re.compile(
    r"(?i)\b(?:service\s+users?|clients?|residents|young\s+(?:people|person)|case ?load"
    r"|shifts?|sleep-?ins?|care\s+home|children['’]s\s+home|social\s+work|ward|the\s+unit"
    r"|people\s+(?:i|we)\s+support|(?:i|we)\s+(?:support|look\s+after|care\s+for)|at\s+work"
    r"|care\s+packages?|home\s+visits?|foster\s+carers|case\s+conference"
    r"|unpaid\s+work\s+(?:squad|team|placement|hours|order|requirement))\b"
)
"""Words that keep a sentence about work even beside a hobby's ("took the young people I
support to the football", "Tuesday nights are netball and the rest of the week is home
visits to foster carers", a criminal justice worker's "unpaid work squad")."""
_DISCLAIMER = re.compile(
    r"(?i)\b(?:views|opinions|thoughts|tweets|posts|words)\s+(?:are\s+)?(?:my\s+own|mine)\b"
)
"""A bio's "views my own" is not personal narrative."""
_WHOLE_DISCLAIMER = re.compile(
    r"(?i)\b(?:not\s+(?:that|those|the\s+views?)\s+of\s+my\s+employer"
    r"|(?:details|names)\s+(?:[\w-]+\s+){0,5}(?:have\s+been|are|were)\s+changed"
    r"|(?:details|names)\s+changed|changed\s+to\s+protect"
    r"|(?:don['’]?t|do\s+not)\s+(?:message|dm|email|contact|tag)\s+me"
    r"|can['’]?t\s+discuss)\b"
)
""""Everything here is my own view and not that of my employer, and any details of the people
I visit have been changed", "All details changed to protect the families I work with": a
disclaimer says nothing about the work, whatever words it uses."""
_COMPLAINT = re.compile(
    r"(?i)\b(?:hate|awful|useless|joke|shambles|disgrace(?:ful)?|fed\s+up|sick\s+of|cuts?"
    r"|cutting|understaffed|short[- ]staffed|toxic|rubbish|worst|nightmare|bully(?:ing)?"
    r"|unpaid|(?:don'?t|doesn'?t)\s+care|incompetent|clueless|pathetic)\b"
)
_EMPLOYER_PEOPLE = re.compile(
    r"(?i)\b(?:team|crew|colleagues?|manager|managers|admin|office|rota|bosses|recruiting"
    r"|hiring|(?:our|my)\s+(?:[\w-]+\s+){0,3}(?:group|clinic|service|ward|unit))\b"
)
_DUTY = re.compile(
    r"(?i)\b(?:on[- ]call|shifts?|rota|sleep-?ins?|caseloads?|referrals?|visits"
    r"|handovers?|overtime|paperwork|nights?\s+on|duty)\b"
)
"""The work itself, not a job title: told in the first person with the employer named ("my
on-call night for Wearside City Council"), it is talk about the job, where "I'm a social
worker at Wearside City Council" is only a workplace."""
_WHO_DID = re.compile(
    r"(?i)\b(?:who|that)\s+(?:\w+ed|found|got|made|did|went|came|took|gave|kept|stepped\s+up"
    r"|were|was|had)\b"
)
"""Words for the employer's people: a sentence naming the employer with one of them, told as
something that happened ("shoutout to the SFSS admin team who found ...", "calls today with
the Pencraig crew"), talks about work; a caption or label ("part of team Bryndeg Council",
"Team barbecue with the Harbourlight crew") does not."""
_LEADING_SYMBOLS = re.compile(r"^[^\w\"“‘'(£$€#@]+")
"""Emoji and bullets a post starts with ("🌸 Our residents ..."): not part of what was said."""
_TITLE_PARTS = re.compile(r"\s+[–—|·-]\s+")
"""Where a page title joins the post's title to the site's ("Night shifts – Kettles & Keys")."""
MAX_EXCERPT = 240
"""Long enough for one whole sentence of a post; longer text is cut."""


_WORD = r"[\w'’&-]+"
_NO_CLAUSE = r"(?:(?!\s(?:and|but|so|which|who|where|because|since)\s)[^,;:!?])+?"
"""A name or a place, up to where another clause would start ("... in Kendal and our rota")."""
_BARE_TITLE = re.compile(
    rf"^(?:(?:hi|hello|hey)\W+)?(?:I'?m|I’m|I\s+am)(?:\s+[A-Z][\w'’-]+,)?"
    rf"\s+(?:an?|the)\s+(?:{_WORD}\s+){{0,4}}?{ONE_ROLE}"
    rf"(?:\s+(?:and|&)\s+(?:{_WORD}\s+){{0,3}}?{ONE_ROLE})?"
    rf"(?:\s+(?:at|with|for|in|on)\s+{_NO_CLAUSE})?(?:,\s*(?:based\s+)?in\s+{_NO_CLAUSE})?\s*[.!]?$"
)
"""A sentence that only says what the subject's job is ("I’m Tamsin, a senior carer and night
team leader in a dementia care home in Cornwall."): a workplace, not talk about the work
(the team's policy; the workplace extractor reports it)."""


_ABOUT_A_RELATIVE = re.compile(
    r"(?i)^\W*(?:my|our)\s+(?:\w+\s+)?(?:husband|wife|partner|brother|sister|mum|mom|mother"
    r"|dad|father|son|daughter|cousin|uncle|aunt|auntie|niece|nephew|boyfriend|girlfriend"
    r"|fiance|fiancee|gran|granny|nan|nana|grandad|grandma|grandpa)\b"
)
"""A sentence about a relative ("My sister is a nurse and I could never do what she does."):
the scorer, which knows the trade's words, is not asked about it; the rules still are. ("Our
kids" are, in a children's home, the young people: not a relative here.)"""


_OFF_WORK = re.compile(
    r"(?i)\b(?:when\s+I['’]?m\s+not\s+(?:at\s+work|working)|outside\s+(?:of\s+)?work"
    r"|away\s+from\s+work)\b"
)
"""Time said to be away from the job ("When I'm not at work I'm usually covered in glitter,
building cosplay for commission clients"): what follows is the other life, and the words
"at work" there are not the job's context for the rules."""


def is_work_talk(sentence: str, employers: Iterable[str] = ()) -> bool:
    """Does ``sentence`` discuss work, colleagues or people who use services?"""
    if _LINK_LABEL.search(sentence) or _WHOLE_DISCLAIMER.search(sentence):
        return False
    if _BARE_TITLE.match(" ".join(sentence.split())):
        return False
    employers = list(employers)
    if _LEISURE.search(sentence) and not _CARE_SPECIFIC.search(sentence):
        return False  # "lifts to the away match ... I'll sort the rota": a club's, not a job's
    plain = _OFF_WORK.sub(" ", _SCARE_QUOTED.sub(" ", sentence))
    unnamed = plain  # "Highland Families First": the name's "Families" are nobody's
    for employer in employers:
        if len(employer.split()) >= 2:
            unnamed = re.sub(phrase_pattern(employer), "Employer", unnamed, flags=re.IGNORECASE)
    if _STRONG.search(plain):
        return True
    personal = _PERSONAL.search(_DISCLAIMER.sub(" ", plain)) is not None
    if _CARE_WORK.search(plain) and _FIRST_PERSON.search(_DISCLAIMER.sub(" ", plain)):
        return True
    if (
        _LOOKING_AFTER.search(plain)
        and _FIRST_PERSON.search(plain)
        and _JOB_CONTEXT.search(_LOOKING_AFTER.sub(" ", plain))
    ):
        return True
    if _ANONYMISED.search(plain) and _FIRST_PERSON.search(plain):
        return True
    if _I_DO.search(plain) and _JOB_CONTEXT.search(_I_DO.sub(" ", plain)):
        return True
    if _ASSESS.search(plain) and _FIRST_PERSON.search(plain):
        return True
    if _DAY_JOB.search(plain) and (
        _PEOPLE_IN_CARE.search(plain) or _JOB_CONTEXT.search(_DAY_JOB.sub(" ", plain))
    ):
        return True
    as_a_carer = _AS_A_CARER.search(plain)
    if as_a_carer and _FIRST_PERSON.search(plain[as_a_carer.end() :]):
        return True
    if (
        _EMPLOYER_PEOPLE.search(plain)
        and (personal or _WHO_DID.search(plain))
        and any(find_employer(plain, e) for e in employers)
    ):
        return True
    if _TOPICAL.search(unnamed) and personal:
        return True
    if (
        _FIRST_PERSON.search(_DISCLAIMER.sub(" ", plain))
        and not _THIRD_PERSON.search(plain)  # "She works at X, and we asked her ..."
        and _DUTY.search(unnamed)
        and any(find_employer(plain, e) for e in employers if len(e.split()) >= 2)
    ):
        return True  # "Tuesday was my on-call night for Wearside City Council."
    untitled = _TEAM_NAME.sub(" ", unnamed)  # "a children and families social worker"
    if (
        _AMBIGUOUS.search(untitled)
        and personal
        and _JOB_CONTEXT.search(_ANY_TEAM.sub(" ", _AMBIGUOUS.sub(" ", untitled)))
    ):
        return True
    if (
        MODEL is not None
        and len(plain.split()) >= MIN_SCORED_WORDS
        and not _ABOUT_A_RELATIVE.match(plain)
    ):
        likely = MODEL.probability(plain)
        if personal and (
            likely >= SURE or (likely >= MODEL.threshold and _trade_words(plain))
        ):
            return True  # plain story about the job: "finding a bed took the rest of the night"
        if likely >= SURE_UNSIGNED and _trade_words(plain):
            return True  # "The handover at 7am is the most important half hour of the day."
    if _COMPLAINT.search(sentence):
        return any(find_employer(sentence, e) for e in employers)
    return False


class WorkTalkExtractor(Extractor):
    kind = FindingKind.WORK_TALK

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        employers = _employers(doc, subject)
        said = list(_own_sentences_in_paragraphs(doc, subject))
        work = [is_work_talk(sentence, employers) for _, sentence in said]
        about_work = {paragraph for (paragraph, _), yes in zip(said, work, strict=True) if yes}
        page_about_work = sum(work) >= PAGE_TALKS
        for (paragraph, sentence), yes in zip(said, work, strict=True):
            if not yes and not (
                (paragraph in about_work and _more_of_the_story(sentence, NEIGHBOUR))
                or (page_about_work and _more_of_the_story(sentence, PAGE_NEIGHBOUR))
            ):
                continue
            ctx = replace(doc.ctx, mentions_service_users=bool(SERVICE_USERS.search(sentence)))
            value = excerpt_of(sentence)
            yield self.finding(doc, value, f"said on the page: {value}", ctx=ctx)


NEIGHBOUR = 0.5
"""How sure the scorer must be of a sentence in a paragraph that already talks about work
(above :data:`SURE`, no paragraph is needed). Labellers mark most of a work story's sentences,
and many say nothing of work on their own. Leaving each corpus out in turn (mean over all
corpora, work talk): no second look 0.960 / 0.838, 0.5 gives 0.943 / 0.853, 0.4 gives
0.938 / 0.857, 0.3 gives 0.913 / 0.865; on the four newest corpora 0.5 adds 0.02 to 0.09
recall (measured with the first 1,100 written sentences, before corpus 16)."""


PAGE_TALKS = 2
PAGE_NEIGHBOUR = 0.7
"""On a page where at least :data:`PAGE_TALKS` of the subject's sentences are work talk by
the rules, the scorer needs this much to add a sentence from another paragraph: a Mastodon
profile's posts, a blog's later paragraphs ("Handover at 8am, bed by 9, up at 3 to sand a
drawer."). 0.7 is :data:`SURE`, so what this adds is plain story with no first person and
no work word. Leaving each corpus out in turn (mean over 24 corpora, work talk, with the
4,300 written sentences): none 0.922 / 0.836; 2 and 0.7 give 0.921 / 0.849; 1 and 0.6 give
0.883 / 0.862, too much precision for the recall. The newest corpora gain most (heldout15
0.56 -> 0.66, heldout14 0.72 -> 0.77): they tell work in plain story across many short posts."""


def _more_of_the_story(sentence: str, threshold: float) -> bool:
    """Is a sentence the rules passed over part of the work story its paragraph or page
    tells ("I did chicken fajitas because they're the only thing all four will eat", two
    sentences after "sleep-in at the home")? Only the scorer can say, at ``threshold``."""
    if MODEL is None or len(sentence.split()) < MIN_SCORED_WORDS:
        return False
    if _ABOUT_A_RELATIVE.match(sentence):
        return False
    if _LINK_LABEL.search(sentence) or _WHOLE_DISCLAIMER.search(sentence):
        return False
    if _LEISURE.search(sentence) and not _CARE_SPECIFIC.search(sentence):
        return False
    return MODEL.probability(_SCARE_QUOTED.sub(" ", sentence)) >= threshold


def excerpt_of(sentence: str) -> str:
    """A work-talk finding's value: the sentence without the emoji around it, cut to length."""
    said = _LEADING_MENTIONS.sub("", _LEADING_SYMBOLS.sub("", sentence))
    return shorten(_TRAILING_EMOJI.sub("", said), MAX_EXCERPT)


_LEADING_MENTIONS = re.compile(r"^(?:@[\w.]+(?:@[\w-]+(?:\.[\w-]+)+)?[\s,:]+)+(?=\w)")
"""The accounts a reply starts by naming ("@kasiawrona night shift pay is rubbish ..."): who
it answers, not what was said."""


_TRAILING_EMOJI = re.compile(rf"[\s{EMOJI}]+$")
"""Emoji after the words ("... in a secure children's home 🧵"): decoration, not speech."""


def own_sentences(doc: Document, subject: Subject) -> Iterator[str]:
    """The sentences of ``doc`` that are the subject's own words: the ones judged for work
    talk (and the ones the work-talk scorer is trained on, ``tools/train_work_talk.py``)."""
    return (sentence for _, sentence in _own_sentences_in_paragraphs(doc, subject))


def _own_sentences_in_paragraphs(doc: Document, subject: Subject) -> Iterator[tuple[int, str]]:
    """:func:`own_sentences`, each with the number of the paragraph (line) it is in."""
    text = doc.text
    if doc.owner_is_other or not (doc.owner_is_subject or doc.subject_posts):
        # A news item, someone else's post, or a page we cannot tie to the subject (a
        # colleague's blog at the same employer): first-person words there are not theirs,
        # but for what they said in their own comments under it (a Reddit thread's replies).
        if not doc.own_words:
            return
        text = "\n\n".join(doc.own_words)  # each a message of its own, never wrapped
    elif doc.owner_is_subject and not doc.subject_posts:
        # On their own page a long alt is a caption they wrote (TikTok-like video grids
        # carry the post's text only there).
        captions = [
            _CREATED_BY_TAIL.sub("", i.label) for i in doc.images
            if i.role == "content" and len(i.label.split()) >= 6
            and not _made_by_other(i.label, subject)
        ]  # fmt: skip
        text = "\n".join([text, *captions, *_own_description(doc)])
    if doc.own_words and (doc.owner_is_subject or doc.subject_posts) and not doc.owner_is_other:
        # Their comments under another account's post in their own activity feed: the post
        # was cut as someone else's, and the comment with it.
        flat = " ".join(text.split())
        text = "\n\n".join(
            [text, *(w for w in doc.own_words if " ".join(w.split()) not in flat)]
        )
    titles = {
        " ".join(part.split()).casefold()
        for line in _titles(doc) for part in _TITLE_PARTS.split(line)
    }  # fmt: skip
    headings = _headings(doc)
    quoted = _block_quotes(doc)
    paragraph, seen = 0, 0
    voiced = -1  # the last paragraph with a sentence in the first person
    for at, sentence in sentences(text):
        paragraph += text.count("\n", seen, at)
        seen = at
        if text[text.rfind("\n", 0, at) + 1 : at + 1].lstrip().startswith(">"):
            continue  # "> We now have a call-off framework": an email's quote of another
        sentence = _without_poster(sentence, subject)
        first_person_before = voiced == paragraph
        if _FIRST_PERSON.search(sentence):
            voiced = paragraph
        if len(sentence) < 12 or len(_HASHTAGS.sub(" ", sentence).split()) < 4:
            continue  # a label ("Night shifts (rotating)" on a CV) or tags, not something said
        said = " ".join(sentence.split()).casefold()
        if said in titles and not _PERSONAL.search(sentence):
            continue  # a blog post's title ("Night shifts and kettles"): a heading
        if said.rstrip(".!?") in headings:
            continue  # "Why I still love supervision visits" over a post or in Related posts
        if quoted and " ".join(sentence.split()) in quoted:
            continue  # "“My support worker never once told me...”": a book she quotes
        if not first_person_before and _said_of_them(sentence):
            # "She will talk about her team...": said of them, not by them; after "I'm a PA
            # for Bernard", "his timesheet" is Bernard's
            continue
        yield paragraph, sentence


def _block_quotes(doc: Document) -> str:
    """The words of the page's ``<blockquote>``s that quote someone (in quotation marks, or
    with a ``<cite>``), one line each: what a writer quotes from a book or another post is
    someone else's, however first-person it reads. A blockquote without either is often the
    writer's own pull quote (Medium sets one in every long post)."""
    if doc.soup is None:
        return ""
    quotes = []
    for block in doc.soup.find_all("blockquote", limit=200):
        words = " ".join(block.get_text(" ").split())
        if words[:1] in _OPENING_QUOTES or block.find("cite") is not None:
            quotes.append(words)
    return "\n".join(quotes)


_OPENING_QUOTES = frozenset("“\"‘„«")


def _titles(doc: Document) -> list[str]:
    """The page's titles and taglines: a sentence that is only one of these is a heading
    ("notes from the night shift"). A description that ends like a sentence is not one:
    it is often the bio's or the post's first sentence (Steam puts "Cosy games after long
    days of home visits." there)."""
    return [
        line for line in doc.meta_text.splitlines()
        if line == doc.meta_text.split("\n", 1)[0] or not _ENDS_SENTENCE.search(line)
    ]  # fmt: skip


_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)]*\s*$")


_HASHTAGS = re.compile(r"(?:^|\s)#\w[\w-]*(?:\s+\w+)?")
""""#care work #night shift": a tag line (Tumblr's tags may hold spaces), not a sentence."""
_SHORT_HEADING = 12
"""Words in a heading that is a title ("Why I still love supervision visits"); a longer one,
or one that ends in a full stop, is a post some site sets in a heading element."""


def _headings(doc: Document) -> frozenset[str]:
    """The page's short headings, as titles to leave out: a post's or a related post's title
    is not something said, even written in the first person."""
    if doc.soup is None:
        return frozenset()
    found = set()
    for tag in doc.soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"], limit=200):
        text = " ".join(tag.get_text(" ").split()).casefold()
        # A title has no full stop; a post set in a heading (LinkedIn's activity) has one.
        if (
            text
            and not text.endswith((".", "!", "?", "…"))
            and len(text.split()) <= _SHORT_HEADING
        ):
            found.add(text)
    for link in doc.soup.find_all("a", limit=2_000):
        # A question that is a link's whole text ("Can the police remove someone from their
        # own home under section 136?" in a profile's top posts, "Related questions"): the
        # title of a question page, asked there, not something said here.
        text = " ".join(link.get_text(" ").split()).casefold()
        if text.endswith("?") and 4 <= len(text.split()) <= 30:
            found.add(text.rstrip(".!?"))
    return frozenset(found)


def _employers(doc: Document, subject: Subject) -> list[str]:
    """Every name the subject's employer goes by on this page, for complaints about it."""
    employers = list(subject.employers) + [f.value for f in doc.facts.orgs]
    employers += [m.value for m in doc.discovered_orgs]
    # "our falls group at Severnside": staff name the employer by its short name
    employers += [
        short for e in subject.employers
        if (short := distinct_short_name(e, subject.locations))
    ]  # fmt: skip
    return employers


_CREATED_BY = re.compile(r"\bcreated by (?P<who>.{1,60}?) with\b")
"""TikTok's alt for a video: "<caption> created by <creator> with <sound>"."""
_CREATED_BY_TAIL = re.compile(r"\s*\bcreated by .{1,60}? with .*$", re.DOTALL)
"""The alt's tail after the caption: the creator and the sound, not something they said."""


_REFERENT = re.compile(
    r"(?i)\b(?:manager|boss|supervisor|colleague|nurse|doctor|social\s+worker|carer|"
    r"cat|dog|kitten|puppy|pup|horse|pony|"  # "one very cross cat ... in his kitchen"
    + _PEOPLE + r")\b"
)


_NAMED_WITH_TITLE = re.compile(rf"\b{TITLE}[A-Z]")
"""Someone named with a title ("Mr Patel"): in the subject's words a person they speak of,
never the subject in a bio written about them."""


_SPOKEN_TO = re.compile(
    r"^\W*(?i:thanks|thank\s+you|cheers|ta|hi|hiya|hey|aw+|oh|will\s+do)\s*,?\s+"
    r"[A-Z][\w'’-]+\s*[,!]\s"
)
"""A sentence that opens by speaking to someone ("Thanks Dionne, he's asked about a perching
stool"): a reply in a conversation, so its "he" is a third person, never the subject."""


def _said_of_them(sentence: str) -> bool:
    """A sentence about the subject in the third person ("She will talk about her team"),
    not one where "her" is someone the subject names first ("the manager is lovely but her
    hands are tied", "Mr Patel's sister is visiting and he'll want the good cups out")."""
    third = _THIRD_PERSON.search(sentence)
    if third is None or _FIRST_PERSON.search(sentence) or _SPOKEN_TO.match(sentence):
        return False
    return (
        _REFERENT.search(sentence, 0, third.start()) is None
        and _NAMED_WITH_TITLE.search(sentence, 0, third.start()) is None
    )


def _made_by_other(label: str, subject: Subject) -> bool:
    """An image whose alt names another creator (a video by someone else in a TikTok grid)."""
    made = _CREATED_BY.search(label)
    if made is None:
        return False
    handles = subject_handles(subject)
    return not looks_like_subject(made.group("who"), subject_names(subject), handles)


def _without_poster(sentence: str, subject: Subject) -> str:
    """A caption's first sentence without the poster's handle it starts with ("gracie_al Last
    call of the day was ..."), as Instagram-like pages write them."""
    for handle in subject.handles:
        handle = handle.strip().lstrip("@")
        if handle and re.match(rf"@?{re.escape(handle)}\s+\S", sentence, re.IGNORECASE):
            return sentence[sentence.index(" ") :].strip()
    return sentence


def _own_description(doc: Document) -> list[str]:
    """The page's description, on the subject's own page, when the visible text does not
    already hold it: a channel's or profile's bio is often only there (YouTube's About)."""
    descriptions = [
        d for key in ("og:description", "description", "twitter:description")
        for d in doc.meta.get(key, ())
    ]  # fmt: skip
    if not descriptions:
        return []
    seen = " ".join(doc.text.split()).casefold()
    # Sentence by sentence: Instagram's description wraps the caption the page already shows
    # in "42 likes, 6 comments - user on May 16:" and must not count it twice, nor a
    # description cut short with "..." after the sentence the page already shows.
    return [
        sentence for _, sentence in sentences(max(descriptions, key=len))
        if " ".join(sentence.split()).rstrip(".… \"'”’")[-40:].casefold() not in seen
    ]  # fmt: skip
