"""Train the splitter's two small models on synthesized pages.

    python bench/train_split_models.py            # rewrites generator/split/crosshead.json and kicker.json
    python bench/train_split_models.py --check    # exit 1 if a shipped model is not what training gives

- crosshead: is a lone display line between two stretches of text a
  crosshead or the next article's headline?
- kicker: is a display phrase above the headline its kicker, or the
  headline's own first line or part?

Pages are laid out from their own seed (not the development or holdout
sets of `split_quality.py`). At every such decision the features the
splitter sees are recorded with the truth the synthesizer knows (for the
crosshead: the line is one of the page's printed crossheads, or a headline,
kicker or subtitle; for the kicker: what the phrase's printed lines are),
and the splitter is then told the truth so the pages go on as printed. A
logistic regression is fitted to its optimum by Newton's method (with a
small ridge); for the crosshead, a headline counts twice a crosshead
(merging two articles costs a reader more than cutting one). Same pages,
same models, byte for byte.
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
from generator.split import articles, split_document, titles  # noqa: E402
from generator.split.learned import KICKER_FILE, MODEL_FILE, crosshead_model, kicker_model  # noqa: E402
from synth.layout import make_pages, squeeze  # noqa: E402
from synth.score import MARKERS  # noqa: E402

TRAINING_SEED, PAGES = 5150001, 400
NEWTON_STEPS, RIDGE = 25, 1.0
HEADLINE_WEIGHT = 2.0


Samples = list[tuple[dict[str, float], int]]


def training_pages() -> list:
    pool = json.loads((ROOT / "bench" / "synth" / "articles.json").read_text(encoding="utf-8"))
    return make_pages(pool, TRAINING_SEED, PAGES)


def collect_kicker(pages: list) -> Samples:
    """Each time the splitter asks whether a display phrase above a headline
    is its kicker: the features, and whether the phrase's lines were printed
    as the headline (1) or as its kicker (0)."""
    samples: Samples = []
    original = titles.same_headline
    for page in pages:
        def record(upper, upper_rows, lower, lower_rows, head_rows):
            roles = {page.labels[r.no - 1][1] for r in upper_rows if 0 < r.no <= len(page.labels)}
            if roles == {"headline"}:
                label = 1
            elif roles == {"kicker"}:
                label = 0
            else:
                return original(upper, upper_rows, lower, lower_rows, head_rows)
            samples.append((titles.kicker_features(upper, upper_rows, lower, lower_rows, head_rows), label))
            return bool(label)

        titles.same_headline = record
        try:
            split_document(SourceDoc("train.txt", page.text, "utf-8"))
        finally:
            titles.same_headline = original
    return samples


def collect_crosshead(pages: list) -> Samples:
    samples: Samples = []
    original = articles._is_crosshead
    for page in pages:
        def record(prev, group, nxt, context="", ahead="", flowing=False, headed_below=False, headed_above=False,
                   lead_chars=0, above_title="", spaced_ahead=False, solid=False, heads_apart=False):
            decided = original(prev, group, nxt, context, ahead, flowing, headed_below, headed_above, lead_chars,
                               above_title, spaced_ahead, solid, heads_apart)
            row = group.units[0].rows[0]
            role = page.labels[row.no - 1][1] if 0 < row.no <= len(page.labels) else None
            label = 1 if role == "crosshead" else 0 if role in ("headline", "kicker", "subtitle") else None
            if label is None or flowing or row.line.md_level:
                return decided
            samples.append((articles.crosshead_features(prev, group, nxt, context, ahead), label))
            return bool(label)

        articles._is_crosshead = record
        try:
            split_document(SourceDoc("train.txt", page.text, "utf-8"))
        finally:
            articles._is_crosshead = original
    return samples


def fit(samples: Samples, weight_of: dict[int, float]) -> tuple[float, dict[str, float]]:
    """Weighted logistic regression by Newton's method: a handful of exact
    steps to the optimum, so the model does not depend on a step size or on
    how many rounds were run (a small ridge keeps the steps well-posed)."""
    names = sorted(samples[0][0])
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
    """Gaussian elimination with partial pivoting (the system is a dozen rows)."""
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


def model_text(samples: Samples, bias: float, weights: dict[str, float]) -> str:
    return json.dumps({
        "note": f"Trained by bench/train_split_models.py on {PAGES} synthesized pages (seed {TRAINING_SEED}), {len(samples)} decisions",
        "bias": round(bias, 4), "weights": {k: round(v, 4) for k, v in weights.items()}}, ensure_ascii=False, indent=1) + "\n"


# name -> (collector, model file, weight of a positive and of a negative decision, what a positive is)
MODELS = {
    "crosshead": (collect_crosshead, MODEL_FILE, {1: 1.0, 0: HEADLINE_WEIGHT}, "crossheads"),
    "kicker": (collect_kicker, KICKER_FILE, {1: 1.0, 0: 1.0}, "one headline"),
}


def main() -> int:
    check = "--check" in sys.argv[1:]
    pages = training_pages()
    status = 0
    for name, (collect, path, weight_of, positive) in MODELS.items():
        samples = collect(pages)
        bias, weights = fit(samples, weight_of)
        text = model_text(samples, bias, weights)
        if check:
            same = path.exists() and path.read_text(encoding="utf-8") == text
            print(f"{path.relative_to(ROOT)} {'is' if same else 'is NOT'} what training on the current code gives")
            status |= 0 if same else 1
            continue
        wrong = sum((bias + sum(weights[n] * x[n] for n in weights) >= 0) != bool(y) for x, y in samples)
        path.write_text(text, encoding="utf-8")
        crosshead_model.cache_clear()  # the next model trains on pages read with this one
        kicker_model.cache_clear()
        print(f"{name}: {len(samples)} decisions ({sum(y for _, y in samples)} {positive}), "
              f"{wrong / len(samples):.3f} wrong on them -> {path.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
