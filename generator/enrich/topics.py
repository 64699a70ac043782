"""Topics from a user-edited taxonomy (data/taxonomy.yml).

A keyword counts only where it is a whole word of the text, as jieba cuts it
(or a run of whole words): 新能源 inside 新能源汽车, 证券 inside 证券日报 or 基金
inside 自然科学基金 are not hits. A keyword listed under several topics (消费)
says less about each and weighs 1/n. A topic needs at least two different
keywords, and its score is weighted hits per 1,000 characters (the headline
counts three times).
"""
from __future__ import annotations

import functools
from collections import Counter
from operator import itemgetter
from collections.abc import Iterable
from itertools import accumulate

OTHER = "其他"
TITLE_WEIGHT = 3
MIN_KEYWORDS = 2


def boundaries(words: Iterable[tuple[str, str]]) -> set[int]:
    """Offsets where jieba's words start or end (summed in C: texts have thousands of words)."""
    return set(accumulate(map(len, map(itemgetter(0), words)), initial=0))


def whole_word_hits(text: str, words, keywords: Iterable[str], runs: Iterable[str] | None = None) -> Counter:
    """How often each keyword occurs as whole words of the text: as one of
    jieba's words, or as a run of them (found in the text, checked against
    where the words start and end). `runs`, when given, are the keywords
    jieba cuts into several words: the others are only counted as words."""
    single = Counter(map(itemgetter(0), words))
    hits: Counter = Counter()
    cuts = None
    for keyword in keywords:
        if keyword in single:
            hits[keyword] = single[keyword]
        if keyword in single or runs is not None and keyword not in runs:
            continue
        start = text.find(keyword)
        while start >= 0:
            cuts = cuts if cuts is not None else boundaries(words)
            if start in cuts and start + len(keyword) in cuts:
                hits[keyword] += 1
            start = text.find(keyword, start + 1)
    return hits


@functools.lru_cache(maxsize=8)
def _runs(keywords: tuple[str, ...]) -> frozenset[str]:
    """The keywords jieba cuts into several words (经济工作会议, 复工复产)."""
    from .text import words
    return frozenset(k for k in keywords if len(words(k)) > 1)


def keyword_weights(taxonomy: dict[str, list[str]]) -> dict[str, float]:
    listed = Counter(k for keywords in taxonomy.values() for k in set(keywords))
    return {k: 1.0 / n for k, n in listed.items()}


def score_topics(title: str, text: str, taxonomy: dict[str, list[str]], words=None, title_words=None) -> dict[str, float]:
    if words is None or title_words is None:
        from .text import tag_words
        words, title_words = tag_words(text), tag_words(title)
    keywords = list(dict.fromkeys(k for ks in taxonomy.values() for k in ks))
    runs = _runs(tuple(keywords))
    body = whole_word_hits(text, words, keywords, runs)
    head = whole_word_hits(title, title_words, keywords, runs)
    weights = keyword_weights(taxonomy)
    length = max(len(text), 200)
    scores: dict[str, float] = {}
    for topic, listed in taxonomy.items():
        matched = [k for k in dict.fromkeys(listed) if body[k] or head[k]]
        if len(matched) < MIN_KEYWORDS:
            continue
        hits = sum(weights[k] * (body[k] + TITLE_WEIGHT * head[k]) for k in matched)
        scores[topic] = hits * 1000.0 / length
    return scores


def assign_topics(title: str, text: str, taxonomy: dict[str, list[str]], most: int, min_score: float,
                  words=None, title_words=None) -> list[tuple[str, float]]:
    """1 to `most` topics with their scores; (其他, 0) when none fits."""
    scores = score_topics(title, text, taxonomy, words, title_words)
    ranked = sorted(((t, s) for t, s in scores.items() if s >= min_score), key=lambda ts: (-ts[1], ts[0]))
    return ranked[:most] or [(OTHER, 0.0)]
