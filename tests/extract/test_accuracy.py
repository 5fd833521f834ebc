"""The labelled corpus: every kind above the thresholds, no distractor producing a finding."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from selfaudit.models import FindingKind

from .helpers import FIXTURES, ROOT, load_module

BENCH = load_module(ROOT / "bench" / "extract_accuracy.py", "extract_accuracy")
CORPUS = FIXTURES / "corpus"


@pytest.fixture(scope="module")
def result() -> dict:
    return BENCH.evaluate(CORPUS)


def test_corpus_is_big_and_fully_labelled() -> None:
    labels = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))["files"]
    files = {p.name for p in CORPUS.iterdir() if p.is_file()}
    assert files == set(labels)
    assert len(files) >= 30
    assert sum(1 for label in labels.values() if label["distractor"]) >= 5
    expected_kinds = {kind for label in labels.values() for kind, _ in label["expected"]}
    assert expected_kinds == {k.value for k in FindingKind}


def test_every_kind_meets_the_thresholds(result: dict) -> None:
    for kind, scores in result["kinds"].items():
        assert scores["tp"] > 0, kind
        assert scores["precision"] >= BENCH.MIN_PRECISION, (kind, result["errors"])
        assert scores["recall"] >= BENCH.MIN_RECALL, (kind, result["errors"])


def test_no_distractor_produces_a_finding(result: dict) -> None:
    assert result["distractor_failures"] == []
    assert result["passed"]


def test_the_bench_can_fail(tmp_path: Path) -> None:
    """A wrong label must show up as a miss and an unexpected finding, and fail the run."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    labels = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))
    keep = {"blog_about_hcard.html", "tagged_other.html"}
    labels["files"] = {k: v for k, v in labels["files"].items() if k in keep}
    for name in keep:
        shutil.copy(CORPUS / name, corpus / name)
    labels["files"]["blog_about_hcard.html"]["expected"][0] = ["workplace", "Wrong Employer"]
    labels["files"]["tagged_other.html"]["distractor"] = True
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    failing = BENCH.evaluate(corpus)
    assert not failing["passed"]
    assert ("blog_about_hcard.html", "workplace", "wrong employer", "fn") in failing["errors"]
    assert ("blog_about_hcard.html", "workplace", "dunmore council", "fp") in failing["errors"]
    assert "FAIL" in BENCH.format_table(failing)


def test_table_lists_every_kind_and_overall(result: dict) -> None:
    table = BENCH.format_table(result)
    for kind in FindingKind:
        assert kind.value in table
    assert "overall" in table and table.rstrip().endswith("PASS")
