"""A small learned scorer for work talk told as plain narrative.

The phrase rules in :mod:`.work_talk` find work talk that uses the trade's words ("my
caseload", "on shift", "the people I support"). Care workers also write about work as plain
story: "The assessment itself took forty minutes; finding a bed took the rest of the night."
No phrase list keeps up with that, so a sentence the rules pass over gets a second look from
this scorer: a logistic regression over the sentence's words, trained on the labelled sentences
of our extraction corpora (``tools/train_work_talk.py`` writes
``selfaudit/data/work_talk_model.json``; the training is in :func:`train` so that it can be read
and tested).

It is deliberately small and plain: one weight per word, no word order, no external library.
The extractor asks it only about the subject's own first-person sentences, so it never decides
whose words a sentence is, only whether it is about work.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

_WORD = re.compile(r"[a-z0-9£']+")
MODEL_FILE = "work_talk_model.json"


def words(sentence: str) -> frozenset[str]:
    """The distinct lower-case words of ``sentence`` (curly apostrophes made straight)."""
    return frozenset(_WORD.findall(sentence.casefold().replace("’", "'")))


def _scale(found: frozenset[str]) -> float:
    """Each word's share of a sentence: 1/sqrt(n), so that a long sentence is not more likely
    to be work talk just for having more words (the work stories we learn from are long)."""
    return 1.0 / math.sqrt(len(found)) if found else 0.0


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class WorkTalkModel:
    """Word weights, a bias and the probability above which a sentence counts as work talk."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    def probability(self, sentence: str) -> float:
        """How likely ``sentence`` is to be about work, from 0 to 1."""
        found = words(sentence)
        total = sum(self.weights.get(w, 0.0) for w in found)
        return _sigmoid(self.bias + total * _scale(found))

    def says_work(self, sentence: str) -> bool:
        return self.probability(sentence) >= self.threshold

    def to_json(self, about: Mapping[str, Any]) -> str:
        """The model as the JSON file the package ships, ``about`` saying how it was made."""
        weights = {w: round(v, 4) for w, v in sorted(self.weights.items()) if abs(v) >= 0.005}
        data = {**about, "threshold": self.threshold, "bias": round(self.bias, 4)}
        data["weights"] = weights
        return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> WorkTalkModel:
        data = json.loads(text)
        weights = {str(w): float(v) for w, v in data["weights"].items()}
        return cls(weights, float(data["bias"]), float(data["threshold"]))


def train(
    examples: Iterable[tuple[str, bool]],
    *,
    threshold: float = 0.4,
    l2: float = 0.01,
    epochs: int = 100,
    rate: float = 0.3,
    seeds: int = 1,
) -> WorkTalkModel:
    """Fit a :class:`WorkTalkModel` to ``(sentence, is_work_talk)`` pairs.

    Stochastic gradient descent on the log loss with L2 shrinkage, its step shrinking from
    ``rate`` to nothing over the epochs so that it settles at the one best fit. (A constant
    step never settled: the weights followed the last examples met, and one retrain after a
    handful of new sentences moved recall on a held-out corpus by as much as 0.03; five runs
    in different orders were averaged to calm that.) Settled, the order hardly matters: one
    run scores as five did, and better than the constant step when each corpus is left out in
    turn (mean precision 0.924 -> 0.940, recall the same). ``seeds`` runs are still averaged
    if asked for. The defaults were chosen that way (``tools/train_work_talk.py --cv``):
    strong enough shrinkage that one hobby word seen next to work talk does not become a sign
    of work.
    """
    data = [(words(sentence), 1.0 if label else 0.0) for sentence, label in examples]
    runs = [_one_run(list(data), l2=l2, epochs=epochs, rate=rate, seed=s) for s in range(seeds)]
    keys = set().union(*(weights for weights, _ in runs))
    weights = {k: sum(w.get(k, 0.0) for w, _ in runs) / len(runs) for k in sorted(keys)}
    bias = sum(b for _, b in runs) / len(runs)
    return WorkTalkModel(weights, bias, threshold)


def _one_run(
    data: list[tuple[frozenset[str], float]], *, l2: float, epochs: int, rate: float, seed: int
) -> tuple[dict[str, float], float]:
    """One run of stochastic gradient descent, the step shrinking linearly to nothing.

    Each epoch visits the examples in an order drawn from a digest of each example's words,
    the epoch and ``seed``: a shuffle, but one in which the examples already there keep their
    order when others are added. (``random.shuffle`` reorders everything when one example is
    added, and a retrain after a few new sentences flipped a dozen far-off sentences either
    side of the threshold; with this order, about a third as many, near what the new examples
    themselves change.)"""
    keyed = [(" ".join(sorted(features)), features, target) for features, target in data]
    weights: dict[str, float] = {}
    bias = 0.0
    for epoch in range(epochs):
        keyed.sort(key=lambda example: _draw(seed, epoch, example[0]))
        step = rate * (1 - epoch / epochs)
        for _, features, target in keyed:
            scale = _scale(features)
            total = sum(weights.get(w, 0.0) for w in features)
            error = _sigmoid(bias + total * scale) - target
            bias -= step * error
            for w in features:
                old = weights.get(w, 0.0)
                weights[w] = old - step * (error * scale + l2 * old)
    return weights, bias


def _draw(seed: int, epoch: int, key: str) -> bytes:
    return hashlib.blake2b(f"{seed}:{epoch}:{key}".encode(), digest_size=8).digest()


def load() -> WorkTalkModel:
    """The model shipped with the package."""
    text = resources.files("selfaudit.data").joinpath(MODEL_FILE).read_text("utf-8")
    return WorkTalkModel.from_json(text)
