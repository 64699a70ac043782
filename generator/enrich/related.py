"""Related reading: cosine similarity of TF-IDF vectors, with shared tags as the reason.

Similarities come from an inverted index over each article's strongest terms,
so the cost grows with the postings actually shared, not with the square of
the number of articles.
"""
from __future__ import annotations

import heapq
import math
from collections import defaultdict

TOP_TERMS = 40  # an article is represented by its strongest terms


def related(vectors: list[dict[str, float]], tags: list[list[str]], most: int, floor: float = 0.02) -> list[list[tuple[int, list[str]]]]:
    """For each article, up to `most` (index, shared tags) of the most similar others."""
    trimmed = []
    for vec in vectors:
        top = heapq.nlargest(TOP_TERMS, vec.items(), key=lambda tw: (tw[1], tw[0]))
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        trimmed.append({t: w / norm for t, w in top})
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vec in enumerate(trimmed):
        for term, weight in vec.items():
            postings[term].append((i, weight))
    limit = max(50, int(math.sqrt(len(vectors)) * 20))  # very common terms say little about likeness
    out: list[list[tuple[int, list[str]]]] = []
    for i, vec in enumerate(trimmed):
        scores: dict[int, float] = defaultdict(float)
        for term, weight in vec.items():
            posting = postings[term]
            if len(posting) > limit:
                continue
            for j, other in posting:
                if j != i:
                    scores[j] += weight * other
        best = heapq.nsmallest(most, ((-s, j) for j, s in scores.items() if s >= floor))
        out.append([(j, [t for t in tags[i] if t in tags[j]]) for _, j in best])
    return out
