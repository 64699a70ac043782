"""Related reading: cosine similarity of TF-IDF vectors, with shared tags as the reason."""
from __future__ import annotations

import math


def norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values())) or 1.0


def related(vectors: list[dict[str, float]], tags: list[list[str]], most: int, floor: float = 0.02) -> list[list[tuple[int, list[str]]]]:
    """For each article, up to `most` (index, shared tags) of the most similar others."""
    norms = [norm(v) for v in vectors]
    out: list[list[tuple[int, list[str]]]] = []
    for i, vec in enumerate(vectors):
        sims = []
        for j, other in enumerate(vectors):
            if i == j:
                continue
            dot = sum(w * other.get(t, 0.0) for t, w in vec.items())
            score = dot / (norms[i] * norms[j])
            if score >= floor:
                sims.append((score, j))
        sims.sort(key=lambda sj: (-sj[0], sj[1]))
        out.append([(j, [t for t in tags[i] if t in tags[j]]) for _, j in sims[:most]])
    return out
