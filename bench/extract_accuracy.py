"""How accurate the extractors are on the labelled corpus in fixtures/extract/.

Runs ``extract_findings`` over every file in ``fixtures/extract/corpus`` with the subject,
URL and content type from ``fixtures/extract/labels.json``, compares the findings with the
expected ``[kind, value]`` pairs (values compared case-insensitively, as ``Finding.key`` does)
and prints precision and recall per kind and overall.

Findings marked ``may_not_be_you`` (a namesake's page) are not counted as predictions: the
report shows them apart, and they never raise the exit code of an audit.

Exits 1 when any kind falls below precision 0.95 or recall 0.9, or when a distractor file
produced a finding; 0 otherwise. ``evaluate()`` returns the same numbers for tests.

Usage: python bench/extract_accuracy.py [CORPUS_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from selfaudit.extract import extract_findings
from selfaudit.models import FindingKind, Page, Subject

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "fixtures" / "extract" / "corpus"
MIN_PRECISION = 0.95
MIN_RECALL = 0.9


def subject_of(data: dict[str, Any]) -> Subject:
    """The subject a label's ``subject`` block describes."""
    return Subject(
        name=data["name"],
        handles=tuple(data.get("handles", ())),
        aliases=tuple(data.get("aliases", ())),
        employers=tuple(data.get("employers", ())),
        phones=tuple(data.get("phones", ())),
        emails=tuple(data.get("emails", ())),
        locations=tuple(data.get("locations", ())),
    )


def page_of(corpus: Path, name: str, label: dict[str, Any]) -> Page:
    """The corpus file ``name`` as the page its label says it was fetched as."""
    return Page(
        url=label["url"],
        content_type=label["content_type"],
        body=(corpus / name).read_bytes(),
        encoding=label.get("encoding"),
    )


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def evaluate(corpus_dir: str | Path = DEFAULT_CORPUS) -> dict[str, Any]:
    """Score ``extract_findings`` on a labelled corpus.

    ``corpus_dir`` holds the files; the labels are ``labels.json`` in its parent directory.
    Returns ``{"kinds": {kind: {"tp", "fp", "fn", "precision", "recall"}}, "overall": {...},
    "distractor_failures": [file, ...], "errors": [(file, kind, value, "fp"|"fn"), ...],
    "files": n, "passed": bool}``.
    """
    corpus = Path(corpus_dir)
    labels = json.loads((corpus.parent / "labels.json").read_text(encoding="utf-8"))["files"]
    counts: dict[str, dict[str, int]] = {k.value: {"tp": 0, "fp": 0, "fn": 0} for k in FindingKind}
    errors: list[tuple[str, str, str, str]] = []
    distractor_failures: list[str] = []
    for name, label in sorted(labels.items()):
        page = page_of(corpus, name, label)
        findings = [
            f for f in extract_findings(page, subject_of(label["subject"])) if not f.may_not_be_you
        ]
        got = {(f.kind.value, f.value.casefold().strip()) for f in findings}
        want = {(kind, value.casefold().strip()) for kind, value in label["expected"]}
        if label.get("distractor") and findings:
            distractor_failures.append(name)
        for kind, _value in sorted(got & want):
            counts[kind]["tp"] += 1
        for kind, value in sorted(got - want):
            counts[kind]["fp"] += 1
            errors.append((name, kind, value, "fp"))
        for kind, value in sorted(want - got):
            counts[kind]["fn"] += 1
            errors.append((name, kind, value, "fn"))
    kinds: dict[str, dict[str, float]] = {}
    for kind, c in counts.items():
        kinds[kind] = {
            **c,
            "precision": _ratio(c["tp"], c["tp"] + c["fp"]),
            "recall": _ratio(c["tp"], c["tp"] + c["fn"]),
        }
    total = {key: sum(c[key] for c in counts.values()) for key in ("tp", "fp", "fn")}
    overall = {
        **total,
        "precision": _ratio(total["tp"], total["tp"] + total["fp"]),
        "recall": _ratio(total["tp"], total["tp"] + total["fn"]),
    }
    passed = not distractor_failures and all(
        k["precision"] >= MIN_PRECISION and k["recall"] >= MIN_RECALL for k in kinds.values()
    )
    return {
        "kinds": kinds,
        "overall": overall,
        "distractor_failures": distractor_failures,
        "errors": errors,
        "files": len(labels),
        "passed": passed,
    }


def format_table(result: dict[str, Any]) -> str:
    lines = [
        f"{'kind':<18} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8}",
        "-" * 53,
    ]
    rows = [*result["kinds"].items(), ("overall", result["overall"])]
    for kind, r in rows:
        if kind == "overall":
            lines.append("-" * 53)
        lines.append(
            f"{kind:<18} {r['tp']:>4} {r['fp']:>4} {r['fn']:>4} "
            f"{r['precision']:>10.3f} {r['recall']:>8.3f}"
        )
    lines.append(f"files: {result['files']}  thresholds: precision >= {MIN_PRECISION}, "
                 f"recall >= {MIN_RECALL}")  # fmt: skip
    for name, kind, value, what in result["errors"]:
        label = "unexpected" if what == "fp" else "missed"
        lines.append(f"  {label}: {name}: {kind} {value!r}")
    for name in result["distractor_failures"]:
        lines.append(f"  distractor produced findings: {name}")
    lines.append("PASS" if result["passed"] else "FAIL")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    result = evaluate(args[0] if args else DEFAULT_CORPUS)
    print(format_table(result))
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
