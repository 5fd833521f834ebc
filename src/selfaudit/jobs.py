"""Words for jobs, shared by the extractors and the name-search judge.

The subject is a registered social-care worker: a page or a result that describes a same-name
person's job in words that are not care work is a sign of a namesake. Both sides of that
judgement use the same idea of what care work sounds like, kept here.
"""

from __future__ import annotations

import re

CARE_WORK = re.compile(
    r"(?i)\b(?:social\s+work(?:er)?|social\s+care|care\s+(?:home|worker|assistant|staff|team)"
    r"|carers?|caring|support\s+worker|support\s+work|nurs(?:e|es|ing)|nhs|health\s+and\s+social"
    r"|children'?s\s+services|residential|safeguarding|service\s+users?|sssc|hcpc|niscc"
    r"|social\s+work\s+england|social\s+care\s+wales|keyworker|reablement|domiciliary"
    r"|foster(?:ing)?|hospice|therap(?:y|ist)|mental\s+health|health\s*care|welfare|occupational)\b"
)
"""Words that say a job is care work (a "care assistant", "reablement", "fostering")."""
