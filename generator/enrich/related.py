"""Related reading: articles that share subjects (tags) or organizations.

Two articles are related by what they share, each shared subject weighing by
how few articles carry it (a subject of two articles links them more than one
of twenty); the shared subjects are shown as the reason. Candidates come from
an inverted index that keeps, per subject, the articles where it ranks
highest, so the cost grows linearly with the number of articles.
"""
from __future__ import annotations

import heapq
import math
from collections import defaultdict

TOP_POSTINGS = 60  # per subject, only the articles where it ranks highest are candidates


def related(features: list[list[str]], most: int, floor: float = 0.0) -> list[list[tuple[int, list[str]]]]:
    """For each article, up to `most` (index, shared features) of the articles sharing most with it.

    `features` are per article its subjects, strongest first."""
    n = len(features)
    df: dict[str, int] = defaultdict(int)
    for feats in features:
        for f in set(feats):
            df[f] += 1
    idf = {f: math.log((n + 1) / (d + 1)) + 1.0 for f, d in df.items()}
    postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for i, feats in enumerate(features):
        for rank, f in enumerate(dict.fromkeys(feats)):
            postings[f].append((1.0 / (1 + 0.2 * rank), i))
    columns = {f: [i for _, i in (heapq.nlargest(TOP_POSTINGS, p, key=lambda wi: (wi[0], -wi[1])) if len(p) > TOP_POSTINGS else p)]
               for f, p in postings.items()}
    out: list[list[tuple[int, list[str]]]] = []
    for i, feats in enumerate(features):
        own = list(dict.fromkeys(feats))
        scores: dict[int, float] = defaultdict(float)
        for f in own:
            if df[f] < 2:
                continue
            for j in columns[f]:
                if j != i:
                    scores[j] += idf[f]
        best = heapq.nsmallest(most, ((-s, j) for j, s in scores.items() if s > floor))
        out.append([(j, [f for f in own if f in set(features[j])]) for _, j in best])
    return out
