"""Topics from a user-edited taxonomy: keyword hits per 1,000 characters."""
from __future__ import annotations

OTHER = "其他"


def score_topics(title: str, text: str, taxonomy: dict[str, list[str]]) -> dict[str, float]:
    length = max(len(text), 200)
    scores: dict[str, float] = {}
    for topic, keywords in taxonomy.items():
        hits = sum(text.count(k) + 3 * title.count(k) for k in keywords)
        if hits:
            scores[topic] = hits * 1000.0 / length
    return scores


def assign_topics(title: str, text: str, taxonomy: dict[str, list[str]], most: int, min_score: float) -> list[tuple[str, float]]:
    """1 to `most` topics with their scores; (其他, 0) when none fits."""
    scores = score_topics(title, text, taxonomy)
    ranked = sorted(((t, s) for t, s in scores.items() if s >= min_score), key=lambda ts: (-ts[1], ts[0]))
    return ranked[:most] or [(OTHER, 0.0)]
