"""Train the work-talk scorer on the labelled extraction corpora and write it into the package.

    python tools/train_work_talk.py           # write src/selfaudit/data/work_talk_model.json
    python tools/train_work_talk.py --check   # exit 1 when the committed model is stale
    python tools/train_work_talk.py --cv      # leave each corpus out in turn and score it

The examples are the sentences the work-talk extractor judges (the subject's own words, as
``own_sentences`` picks them) on every non-distractor page of ``fixtures/extract/corpus`` and
``fixtures/extract/heldout*/corpus``, a sentence being positive when its labels list it as
``work_talk``; and the single sentences of ``fixtures/work_talk/sentences*.jsonl``. A
namesake's or distractor page is left out: its work talk is someone else's, and labelling it
"not work talk" would teach the scorer the wrong thing.

Retrain after changing the labels or the way sentences are picked; ``--check`` (run by the test
suite) says when that was forgotten. A corpus that has not been scored yet must not be in
``fixtures/extract`` when you train, or its first score stops being a measure of unseen pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from extract_accuracy import evaluate, page_of, subject_of  # noqa: E402

from selfaudit.extract import work_talk  # noqa: E402
from selfaudit.extract.base import build_document  # noqa: E402
from selfaudit.extract.work_talk_model import MODEL_FILE, WorkTalkModel, train  # noqa: E402

FIXTURES = ROOT / "fixtures" / "extract"
OUT = ROOT / "src" / "selfaudit" / "data" / MODEL_FILE
SENTENCES = sorted((ROOT / "fixtures" / "work_talk").glob("sentences*.jsonl"))


def corpora() -> list[Path]:
    """Every labelled corpus directory, ours first, then the held-out sets in number order."""
    held = sorted(FIXTURES.glob("heldout*/corpus"), key=lambda p: (len(p.parent.name), p))
    return [FIXTURES / "corpus", *held]


def examples(corpus: Path) -> Iterator[tuple[str, bool]]:
    """``(sentence, is_work_talk)`` for the subject's own sentences on the corpus's pages."""
    labels = json.loads((corpus.parent / "labels.json").read_text("utf-8"))["files"]
    for name, label in sorted(labels.items()):
        if label.get("distractor") or label.get("may_not_be_you"):
            continue
        if label["content_type"].startswith("image/"):
            continue
        wanted = {
            " ".join(value.split()).casefold()
            for kind, value in label["expected"] if kind == "work_talk"
        }  # fmt: skip
        subject = subject_of(label["subject"])
        doc = build_document(page_of(corpus, name, label), subject)
        for sentence in work_talk.own_sentences(doc, subject):
            value = " ".join(work_talk.excerpt_of(sentence).split()).casefold()
            yield sentence, value in wanted


def written_examples() -> list[tuple[str, bool]]:
    """``fixtures/work_talk/sentences*.jsonl``: single sentences written to teach the scorer
    the trade's plain story and home life's use of the same words."""
    lines = [line for path in SENTENCES for line in path.read_text("utf-8").splitlines()]
    rows = [json.loads(line) for line in lines if line.strip()]
    return [(row["text"], bool(row["work_talk"])) for row in rows]


Examples = dict[Path, list[tuple[str, bool]]]
"""Each corpus's examples, built once: building them parses every page of the corpus."""


def all_examples(dirs: list[Path]) -> Examples:
    return {corpus: list(examples(corpus)) for corpus in dirs}


def fit(found: Examples, written: list[tuple[str, bool]]) -> WorkTalkModel:
    """The scorer trained on ``written`` and then every corpus in ``found``, in order."""
    return train([*written, *(example for corpus in found.values() for example in corpus)])


def about(found: Examples, written: list[tuple[str, bool]]) -> dict[str, object]:
    lists = [*found.values(), written]
    return {
        "about": "Work-talk scorer for selfaudit; written by tools/train_work_talk.py, "
        "do not edit by hand.",
        "trained_on": [str(p.relative_to(ROOT)) for p in (*found, *SENTENCES)],
        "sentences": sum(len(f) for f in lists),
        "work_talk_sentences": sum(label for f in lists for _, label in f),
    }


def cross_validate(dirs: list[Path]) -> None:
    """Score each corpus's work talk with the rules alone and with a scorer trained on the
    other corpora: what the scorer adds on pages it has not seen (the rules, though, were
    written with every corpus in view, so both columns flatter them)."""
    found, written = all_examples(dirs), written_examples()
    print(f"{'corpus':<12} {'rules alone':>14} {'with scorer':>14}")
    for held in dirs:
        others = {corpus: ex for corpus, ex in found.items() if corpus != held}
        scores = []
        for model in (None, fit(others, written)):
            work_talk.MODEL = model
            kind = evaluate(held)["kinds"]["work_talk"]
            scores.append(f"{kind['precision']:.2f} / {kind['recall']:.2f}")
        name = held.parent.name if held.parent.name.startswith("heldout") else "ours"
        print(f"{name:<12} {scores[0]:>14} {scores[1]:>14}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the model is stale")
    parser.add_argument("--cv", action="store_true", help="leave-one-corpus-out scores")
    args = parser.parse_args(argv)
    dirs = corpora()
    if args.cv:
        cross_validate(dirs)
        return 0
    found, written = all_examples(dirs), written_examples()
    text = fit(found, written).to_json(about(found, written))
    if args.check:
        if OUT.read_text("utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run python tools/train_work_talk.py")
            return 1
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
