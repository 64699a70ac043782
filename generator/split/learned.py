"""The small learned model the splitter uses where print alone is ambiguous:
whether a lone display line between two stretches of text is a crosshead
(inside one article) or the headline of the next one.

It is a logistic regression over the features of `articles.crosshead_features`
(cohesion of the text on both sides, how much each side repeats the line,
its length, marks and place in the column), trained on synthesized pages by
`python bench/train_split_models.py`, which writes `crosshead.json` (and
the kicker model's `kicker.json`) beside this file. The training pages come
from their own seed, apart from the sets the benchmark reports.
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("crosshead.json")
KICKER_FILE = Path(__file__).with_name("kicker.json")


@dataclass(frozen=True)
class Logistic:
    bias: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _load(path: Path) -> Logistic:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Logistic(bias=float(data["bias"]), weights={k: float(v) for k, v in data["weights"].items()})


@functools.lru_cache(maxsize=1)
def crosshead_model() -> Logistic:
    return _load(MODEL_FILE)


@functools.lru_cache(maxsize=1)
def kicker_model() -> Logistic:
    return _load(KICKER_FILE)
