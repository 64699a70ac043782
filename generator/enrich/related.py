"""Related reading: cosine similarity of TF-IDF vectors, with shared tags as the reason.

Similarities come from an inverted index over each article's strongest terms,
each term keeping the articles where it weighs most, so the cost grows
linearly with the number of articles, not with its square.
"""
from __future__ import annotations

import heapq
import math
from collections import defaultdict
from operator import itemgetter

TOP_TERMS = 12  # an article is represented by its strongest terms
TOP_POSTINGS = 60  # per term, only the articles where it weighs most are candidates


def related(vectors: list[dict[str, float]], tags: list[list[str]], most: int, floor: float = 0.02) -> list[list[tuple[int, list[str]]]]:
    """For each article, up to `most` (index, shared tags) of the most similar others."""
    trimmed: list[list[tuple[str, float]]] = []
    for vec in vectors:
        top = sorted(vec.items(), key=itemgetter(1, 0), reverse=True)[:TOP_TERMS]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        trimmed.append([(t, w / norm) for t, w in top])
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vec in enumerate(trimmed):
        for term, weight in vec:
            postings[term].append((i, weight))
    # Per term: the candidate articles and their weights as two columns, so the
    # scoring loop below (millions of steps at 10,000 articles) does the least.
    columns: dict[str, tuple[tuple[int, ...], tuple[float, ...]]] = {}
    for term, posting in postings.items():
        if len(posting) > TOP_POSTINGS:
            posting = heapq.nlargest(TOP_POSTINGS, posting, key=lambda jw: (jw[1], -jw[0]))
        columns[term] = (tuple(j for j, _ in posting), tuple(w for _, w in posting))
    out: list[list[tuple[int, list[str]]]] = []
    for i, vec in enumerate(trimmed):
        scores: dict[int, float] = {}
        get = scores.get
        for term, weight in vec:
            ids, weights = columns[term]
            for j, product in zip(ids, map(weight.__mul__, weights)):
                scores[j] = get(j, 0.0) + product
        scores.pop(i, None)
        best = heapq.nsmallest(most, [(-s, j) for j, s in scores.items() if s >= floor])
        out.append([(j, [t for t in tags[i] if t in tags[j]]) for _, j in best])
    return out
