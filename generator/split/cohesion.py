"""How much two stretches of text are about the same thing, without a full
segmentation pass.

The words of a text are the dictionary words (two to four characters) found
at each position, weighted by how rare jieba's dictionary says they are, so
shared names of companies, places and subjects count and words every
article uses do not. Cost is a few dictionary lookups per character, and
callers only look at windows of text next to a headline.
"""
from __future__ import annotations

import functools
import math
import re

from ..regex_cache import compile as rx

HAN_RUN = rx(r"[\u3400-\u9fff]{2,}")
LATIN_WORD = rx(r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9\-]+|\d[A-Za-z][A-Za-z0-9\-]*)(?![A-Za-z0-9])")
MIN_WEIGHT = 6.0  # words more common than this (发展, 企业, 我们) say nothing about the subject
UNKNOWN_WEIGHT = 9.0  # a character pair the dictionary lacks: most often part of a name
FUNCTION_CHARS = frozenset("的了是在和与及等为对将也都就而并且或个之其这那有中上下不人年月日我们他她它说表示一")


@functools.lru_cache(maxsize=1)
def _frequencies() -> tuple[dict[str, int], float]:
    from ..enrich.text import tokenizer

    dt = tokenizer()
    return dt.FREQ, math.log(max(dt.total, 2))


def in_dictionary(word: str) -> bool:
    """jieba's dictionary holds the word (a person's name seldom is)."""
    return bool(_frequencies()[0].get(word))


_weight_memo: dict[str, float] = {}  # word -> weight (0.0: too common to count); a corpus repeats its words


def _weight(word: str) -> float | None:
    """The word's weight, 0.0 when it is too common, None when no dictionary
    word starts with it (so no longer word starting there is worth trying)."""
    weight = _weight_memo.get(word)
    if weight is None:
        freq, log_total = _frequencies()
        count = freq.get(word)
        if count is None:
            return None
        weight = log_total - math.log(count) if count else 0.0
        _weight_memo[word] = weight = weight if weight >= MIN_WEIGHT else 0.0
    return weight


def word_weights(text: str) -> dict[str, float]:
    """Dictionary words of the text with their weights (log inverse
    frequency), plus character pairs the dictionary does not know (most
    often pieces of names), which tie a text together best of all."""
    out: dict[str, float] = {}
    for run in HAN_RUN.findall(text):
        for i in range(len(run) - 1):
            pair = run[i:i + 2]
            weight = _weight(pair)
            if weight is None:  # jieba's dictionary holds every prefix of its words: no word starts here
                if not FUNCTION_CHARS.intersection(pair):
                    out.setdefault(pair, UNKNOWN_WEIGHT)
                continue
            if weight:
                out[pair] = weight
            for size in (3, 4):
                word = run[i:i + size]
                if len(word) < size:
                    break
                weight = _weight(word)
                if weight is None:
                    break
                if weight:
                    out[word] = weight
    for word in LATIN_WORD.findall(text):
        out.setdefault(word.upper(), UNKNOWN_WEIGHT)  # AI, ESG, 5G, HBM: names in Latin letters
    return out


def similarity(left: str | list[str], right: str | list[str]) -> float:
    """Weighted share of words the two texts have in common (0 to 1). A text
    may be given as a list of paragraphs, whose words are looked up once."""
    a, b = _weights(left), _weights(right)
    if not a or not b:
        return 0.0
    shared = sum(w for word, w in a.items() if word in b)
    return shared / min(sum(a.values()), sum(b.values()))


def _weights(text: str | list[str]) -> dict[str, float]:
    if isinstance(text, str):
        return word_weights(text)
    out: dict[str, float] = {}
    for paragraph in text:
        out.update(_paragraph_weights(paragraph))
    return out


@functools.lru_cache(maxsize=4096)
def _paragraph_weights(paragraph: str) -> dict[str, float]:
    return word_weights(paragraph)


@functools.lru_cache(maxsize=2048)
def title_terms(title: str) -> dict[str, float]:
    """What a headline names: its rarer dictionary words, and the character
    pairs jieba's dictionary does not know (names of people and firms)."""
    freq, _ = _frequencies()
    terms = word_weights(title)
    for run in HAN_RUN.findall(title):
        for i in range(len(run) - 1):
            pair = run[i:i + 2]
            if not freq.get(pair) and not any(pair in word for word in terms):
                terms[pair] = UNKNOWN_WEIGHT
    return terms


def echo(title: str, text: str) -> float:
    """Weighted share of what a headline names that the text repeats: a body
    restates its headline's subject, names and places."""
    terms = title_terms(title)
    total = sum(terms.values())
    if not total:
        return 0.0
    return sum(w for term, w in terms.items() if term in text) / total
