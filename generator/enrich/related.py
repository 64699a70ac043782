"""Related reading: articles that share a subject (a tag) or an organization.

A shared subject links two articles as much as it matters to both: by its
rank in each article's tags (or organizations) and by how few articles carry
it. A link needs a subject that ranks high in both (an article's eighth tag
shared with another's fifth links nothing); the shared subjects are shown as
the reason. Candidates come from an inverted index that keeps, per subject,
the articles where it ranks highest, so the cost grows linearly with the
number of articles.
"""
from __future__ import annotations

import heapq
import math
from collections import defaultdict

TOP_POSTINGS = 60  # per subject, only the articles where it ranks highest are candidates
MIN_STRENGTH = 1 / 9  # e.g. the third subject of both articles, or the first of one and the eighth of the other


def _ranks(subjects: list[list[str]]) -> dict[str, float]:
    """Subject -> weight in one article: 1 for the first of a list, 1/2 for the second …"""
    out: dict[str, float] = {}
    for group in subjects:
        for rank, name in enumerate(dict.fromkeys(group)):
            out[name] = max(out.get(name, 0.0), 1.0 / (1 + rank))
    return out


def related(subjects: list[list[list[str]]], most: int) -> list[list[tuple[int, list[str]]]]:
    """For each article, up to `most` (index, shared subjects) of the articles sharing most with it.

    `subjects` are per article its lists of subjects, each strongest first
    (its tags, its organizations)."""
    weights = [_ranks(groups) for groups in subjects]
    n = len(weights)
    df: dict[str, int] = defaultdict(int)
    for w in weights:
        for name in w:
            df[name] += 1
    idf = {name: math.log((n + 1) / (d + 1)) + 1.0 for name, d in df.items()}
    postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for i, w in enumerate(weights):
        for name, weight in w.items():
            if df[name] >= 2:
                postings[name].append((weight, i))
    columns = {name: (heapq.nlargest(TOP_POSTINGS, p, key=lambda wi: (wi[0], -wi[1])) if len(p) > TOP_POSTINGS else p)
               for name, p in postings.items()}
    out: list[list[tuple[int, list[str]]]] = []
    for i, own in enumerate(weights):
        strength: dict[int, float] = defaultdict(float)
        score: dict[int, float] = defaultdict(float)
        for name, weight in own.items():
            for other_weight, j in columns.get(name, ()):
                if j != i:
                    strength[j] += weight * other_weight
                    score[j] += weight * other_weight * idf[name]
        best = heapq.nsmallest(most, ((-score[j], j) for j, s in strength.items() if s >= MIN_STRENGTH))
        out.append([(j, sorted((name for name in own if name in weights[j]),
                               key=lambda name: -own[name] * weights[j][name])) for _, j in best])
    return out
