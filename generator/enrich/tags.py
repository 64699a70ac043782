"""Tags: keywords weighted by TF-IDF fitted to this corpus, chosen so that
they connect articles (terms shared with other articles rank first)."""
from __future__ import annotations

import math
from collections import Counter


def term_counts(words: list[tuple[str, str]], title_words: list[tuple[str, str]], is_term, synonyms: dict[str, str]) -> Counter:
    counts: Counter = Counter()
    for weight, seq in ((1, words), (3, title_words)):
        for word, flag in seq:
            if is_term(word, flag):
                counts[synonyms.get(word, word)] += weight
    return counts


def idf_table(docs: list[Counter]) -> dict[str, float]:
    df: Counter = Counter()
    for counts in docs:
        df.update(counts.keys())
    n = len(docs)
    return {term: math.log((n + 1) / (d + 1)) + 1.0 for term, d in df.items()}


def document_frequency(docs: list[Counter]) -> Counter:
    df: Counter = Counter()
    for counts in docs:
        df.update(counts.keys())
    return df


def tfidf(counts: Counter, idf: dict[str, float]) -> dict[str, float]:
    total = sum(counts.values()) or 1
    return {t: (c / total) * idf.get(t, 1.0) for t, c in counts.items()}


def choose_tags(docs: list[Counter], low: int, high: int) -> list[list[str]]:
    """Per article: up to `high` tags, at least `low` where the text allows.

    Terms found in two or more articles are preferred so that tags link
    articles; a term only one article uses is kept only as its single
    strongest term, and only when the article needs more tags."""
    idf, df = idf_table(docs), document_frequency(docs)
    chosen: list[list[str]] = []
    for counts in docs:
        scores = tfidf(counts, idf)
        ranked = sorted(scores, key=lambda t: (-scores[t], t))
        shared = [t for t in ranked if df[t] >= 2 and counts[t] >= 2]
        tags = shared[:high]
        if len(tags) < low:
            own = [t for t in ranked if t not in tags]
            tags += own[: low - len(tags)]
        chosen.append(tags)
    # A tag that ended up on one article only links nothing: keep it only if
    # the article would otherwise fall below the minimum.
    usage = Counter(t for tags in chosen for t in tags)
    pruned = []
    for tags in chosen:
        linked = [t for t in tags if usage[t] >= 2]
        pruned.append(linked if len(linked) >= low else (linked + [t for t in tags if usage[t] < 2])[:max(low, len(linked))])
    return pruned
