"""Words for jobs, shared by the extractors and the name-search judge.

The subject is a registered social-care worker: a page or a result that describes a same-name
person's job in words that are not care work is a sign of a namesake. Both sides of that
judgement use the same idea of what care work sounds like, kept here.
"""

from __future__ import annotations

import re

CARE_WORK = re.compile(
    r"(?i)\b(?:social\s+work(?:ers?)?|social\s+care|care\s+(?:homes?|workers?|assistants?|staff"
    r"|teams?)|carers?|caring(?!\s+for\s+(?:(?:the|their|your|our|my|all)\s+)?(?:pets|animals"
    r"|horses|dogs|cats|livestock|plants|gardens|wildlife)\b)|support\s+workers?|support\s+work|nurs(?:e|es|ing)|nhs"
    r"|health\s+and\s+social|children'?s\s+services|residential|safeguarding|service\s+users?"
    r"|sssc|hcpc|niscc|social\s+work\s+england|social\s+care\s+wales|keyworkers?|reablement"
    r"|domiciliary|foster(?:ing)?|hospices?|mental\s+health|health\s*care|welfare|occupational"
    r"|(?<!manual\s)(?<!sports\s)(?<!massage\s)(?<!equine\s)(?<!canine\s)(?<!beauty\s)"
    r"(?<!holistic\s)therap(?:y|ist|ists))\b"
)
"""Words that say a job is care work (a "care assistant", "reablement", "fostering"); not the
"manual therapy" of an equine physio, the "sports therapist" of a gym or a vet's practice
"caring for the pets and horses of Carlisle"."""

CARE_ROLE = re.compile(
    r"(?i)\b(?:social\s+workers?|care\s+(?:workers?|assistants?|staff)|carers?"
    r"|support\s+workers?|nurses?|keyworkers?|therapists?|healthcare\s+assistants?)\b"
)
"""A person's job in care ("a care assistant", "carer"), not a place care happens ("care
homes" a florist takes flowers to)."""
