"""Train the splitter's crosshead model on synthesized pages.

    python bench/train_crosshead.py            # rewrites generator/split/crosshead.json
    python bench/train_crosshead.py --check    # exit 1 if the shipped model is not what training gives

Pages are laid out from their own seed (not the development or holdout
sets of `split_quality.py`). At every decision the splitter makes between a
crosshead and a headline, the features it sees are recorded with the truth
(the line is one of the page's printed crossheads, or a headline, kicker or
subtitle), and the splitter is then told the truth so the pages go on as
printed. A logistic regression is fitted to its optimum by Newton's method
(with a small ridge), a headline counting twice a crosshead (merging two
articles costs a reader more than cutting one). Same pages, same model,
byte for byte.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generator.model import SourceDoc  # noqa: E402
from generator.split import articles, split_document  # noqa: E402
from generator.split.learned import MODEL_FILE  # noqa: E402
from synth.layout import make_pages, squeeze  # noqa: E402
from synth.score import MARKERS  # noqa: E402

TRAINING_SEED, PAGES = 5150001, 400
NEWTON_STEPS, RIDGE = 25, 1.0
HEADLINE_WEIGHT = 2.0


def collect() -> list[tuple[dict[str, float], int]]:
    pool = json.loads((ROOT / "bench" / "synth" / "articles.json").read_text(encoding="utf-8"))
    samples: list[tuple[dict[str, float], int]] = []
    original = articles._is_crosshead
    for page in make_pages(pool, TRAINING_SEED, PAGES):
        crossheads = {MARKERS.sub("", h) for t in page.truth for h in t.crossheads}
        heads = {squeeze(x) for t in page.truth for x in (t.title, t.kicker, t.subtitle) if x}

        def record(prev, group, nxt, context="", ahead="", flowing=False):
            decided = original(prev, group, nxt, context, ahead, flowing)
            text = MARKERS.sub("", squeeze(group.units[0].text))
            label = 1 if text in crossheads else 0 if any(text and (text in h or h in text) for h in heads) else None
            if label is None or flowing or group.units[0].rows[0].line.md_level:
                return decided
            samples.append((articles.crosshead_features(prev, group, nxt, context, ahead), label))
            return bool(label)

        articles._is_crosshead = record
        try:
            split_document(SourceDoc("train.txt", page.text, "utf-8"))
        finally:
            articles._is_crosshead = original
    return samples


def fit(samples: list[tuple[dict[str, float], int]]) -> tuple[float, dict[str, float]]:
    """Weighted logistic regression by Newton's method: a handful of exact
    steps to the optimum, so the model does not depend on a step size or on
    how many rounds were run (a small ridge keeps the steps well-posed)."""
    names = sorted(samples[0][0])
    weight_of = {1: 1.0, 0: HEADLINE_WEIGHT}
    rows = [([1.0] + [x[n] for n in names], y, weight_of[y]) for x, y in samples]
    size = len(names) + 1
    beta = [0.0] * size
    for _ in range(NEWTON_STEPS):
        grad = [RIDGE * b for b in beta]
        hess = [[RIDGE if i == j else 0.0 for j in range(size)] for i in range(size)]
        for x, y, w in rows:
            z = sum(b * v for b, v in zip(beta, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(size):
                grad[i] += w * (p - y) * x[i]
                for j in range(size):
                    hess[i][j] += w * p * (1 - p) * x[i] * x[j]
        beta = [b - d for b, d in zip(beta, _solve(hess, grad))]
    return beta[0], dict(zip(names, beta[1:]))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is 6 by 6)."""
    n = len(vector)
    a = [row[:] + [v] for row, v in zip(matrix, vector)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (a[r][n] - sum(a[r][c] * out[c] for c in range(r + 1, n))) / a[r][r]
    return out


def model_text(samples: list[tuple[dict[str, float], int]], bias: float, weights: dict[str, float]) -> str:
    return json.dumps({
        "note": f"Trained by bench/train_crosshead.py on {PAGES} synthesized pages (seed {TRAINING_SEED}), {len(samples)} decisions",
        "bias": round(bias, 4), "weights": {k: round(v, 4) for k, v in weights.items()}}, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    check = "--check" in sys.argv[1:]
    samples = collect()
    bias, weights = fit(samples)
    text = model_text(samples, bias, weights)
    if check:
        same = MODEL_FILE.read_text(encoding="utf-8") == text
        print(f"{MODEL_FILE.relative_to(ROOT)} {'is' if same else 'is NOT'} what training on the current code gives")
        return 0 if same else 1
    wrong = sum((bias + sum(weights[n] * x[n] for n in weights) >= 0) != bool(y) for x, y in samples)
    MODEL_FILE.write_text(text, encoding="utf-8")
    print(f"{len(samples)} decisions ({sum(y for _, y in samples)} crossheads), {wrong / len(samples):.3f} wrong on them "
          f"-> {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
