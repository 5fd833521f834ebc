"""How often the search judge gets "about the subject or a namesake?" right on our labelled set.

    python bench/search_accuracy.py [fixtures/search/labels.json]

Prints the accuracy and every wrongly judged result with the judge's reasons; exits 1 when the
accuracy is below 0.95 (the bar the feature was accepted against).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from selfaudit.models import Subject
from selfaudit.search.interface import RawResult
from selfaudit.search.judge import Judgement, judge

BAR = 0.95
DEFAULT = Path(__file__).resolve().parents[1] / "fixtures" / "search" / "labels.json"


@dataclass(frozen=True)
class Case:
    persona: str
    result: RawResult
    subject: Subject
    expected: bool
    why: str
    page_text: str | None = None


def _subject(data: dict) -> Subject:
    return Subject(
        name=data["name"],
        handles=tuple(data.get("handles", ())),
        aliases=tuple(data.get("aliases", ())),
        employers=tuple(data.get("employers", ())),
        phones=tuple(data.get("phones", ())),
        emails=tuple(data.get("emails", ())),
        locations=tuple(data.get("locations", ())),
    )


def load_cases(path: Path | str = DEFAULT) -> list[Case]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    personas = {key: _subject(value) for key, value in data["personas"].items()}
    cases = []
    for row in data["results"]:
        subject_data = row["persona"]
        subject = (
            personas[subject_data] if isinstance(subject_data, str) else _subject(subject_data)
        )
        cases.append(
            Case(
                persona=subject_data if isinstance(subject_data, str) else subject.name,
                result=RawResult(row["url"], row["title"], row["snippet"], "labelled"),
                subject=subject,
                expected=bool(row["about_subject"]),
                why=row.get("why", ""),
                page_text=row.get("page_text"),
            )
        )
    return cases


def mistakes(path: Path | str = DEFAULT) -> list[tuple[Case, Judgement]]:
    out = []
    for case in load_cases(path):
        verdict = judge(case.result, case.subject, case.page_text)
        if verdict.about != case.expected:
            out.append((case, verdict))
    return out


def evaluate(path: Path | str = DEFAULT) -> float:
    """The share of labelled results whose ``about_subject`` the judge gets right."""
    total = len(load_cases(path))
    if not total:
        raise ValueError(f"{path}: no labelled results")
    return (total - len(mistakes(path))) / total


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    cases = load_cases(path)
    wrong = mistakes(path)
    accuracy = (len(cases) - len(wrong)) / len(cases)
    personas = sorted({c.persona for c in cases})
    print(f"labelled results: {len(cases)} across {len(personas)} personas")
    for case, verdict in wrong:
        print(
            f"  WRONG [{case.persona}] expected about={case.expected} ({case.why}): "
            f"{case.result.title!r} score={verdict.score} reasons={list(verdict.reasons)}"
        )
    print(f"accuracy: {accuracy:.3f} (bar {BAR:.2f})")
    return 0 if accuracy >= BAR else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
