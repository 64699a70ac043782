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


def idf_table(docs: list[Counter], df: Counter | None = None) -> dict[str, float]:
    df = df if df is not None else document_frequency(docs)
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


def by_weight(scores: dict[str, float]) -> list[str]:
    """Terms by weight, highest first, ties in character order (two C-level
    sorts; the second keeps the first's order among equal weights)."""
    return sorted(sorted(scores), key=scores.__getitem__, reverse=True)


def choose_tags(docs: list[Counter], low: int, high: int, linked_min: int = 2,
                idf: dict[str, float] | None = None, weights: list[dict[str, float]] | None = None) -> list[list[str]]:
    """Per article: `low` to `high` tags, at least `linked_min` of them shared with another article.

    Terms found in two or more articles are preferred so that tags link
    articles. An article left with too few linking tags takes its best-ranked
    terms that other articles already carry as tags; a tag that ends up on
    one article only is dropped unless the article needs it to reach `low`.
    `weights` are the articles' TF-IDF vectors when the caller has them."""
    df = document_frequency(docs)
    idf = idf if idf is not None else idf_table(docs, df)
    weights = weights if weights is not None else [tfidf(counts, idf) for counts in docs]
    ranked: list[list[str]] = []
    chosen: list[list[str]] = []
    for counts, scores in zip(docs, weights):
        order = by_weight(scores)
        ranked.append(order)
        tags = [t for t in order if df[t] >= 2 and counts[t] >= 2][:high]
        if len(tags) < low:
            tags += [t for t in order if t not in tags][: low - len(tags)]
        chosen.append(tags)
    usage = Counter(t for tags in chosen for t in tags)
    for k, tags in enumerate(chosen):
        linked = [t for t in tags if usage[t] >= 2]
        for term in ranked[k]:
            if len(linked) >= linked_min:
                break
            if term in tags or df[term] < 2 or usage[term] < 1:
                continue
            if len(tags) >= high:  # make room: drop the weakest tag that links nothing
                loose = [t for t in tags if usage[t] < 2]
                if not loose:
                    break
                tags.remove(loose[-1])
                usage[loose[-1]] -= 1
            tags.append(term)
            usage[term] += 1
            linked.append(term)
    # Still short: a term this article shares with another one becomes a tag
    # of both (the other article being the one where the term weighs most).
    holders: dict[str, list[int]] | None = None  # term -> articles that use it, made when first needed
    for k, tags in enumerate(chosen):
        for term in ranked[k]:
            if sum(1 for t in tags if usage[t] >= 2) >= linked_min:
                break
            if term in tags or df[term] < 2:
                continue
            if holders is None:
                holders = _holders(docs, df)
            partner = max((j for j in holders[term] if j != k), key=lambda j: (weights[j][term], -j))
            if not (_make_room(tags, usage, high) and _make_room(chosen[partner], usage, high)):
                continue
            tags.append(term)
            chosen[partner].append(term)
            usage[term] += 2
    pruned = []
    for tags in chosen:
        linked = [t for t in tags if usage[t] >= 2]
        loose = [t for t in tags if usage[t] < 2]
        pruned.append(linked + loose[: max(0, low - len(linked))])
    return pruned


def _holders(docs: list[Counter], df: Counter) -> dict[str, list[int]]:
    """Shared term -> the articles that use it (scanning every article per term was quadratic)."""
    holders: dict[str, list[int]] = {}
    for j, counts in enumerate(docs):
        for term in counts:
            if df[term] >= 2:
                holders.setdefault(term, []).append(j)
    return holders


def _make_room(tags: list[str], usage: Counter, high: int) -> bool:
    """True when one more tag fits, dropping the weakest tag that links nothing if needed."""
    if len(tags) < high:
        return True
    loose = [t for t in tags if usage[t] < 2]
    if not loose:
        return False
    tags.remove(loose[-1])
    usage[loose[-1]] -= 1
    return True


def brief_tags(counts: Counter, idf: dict[str, float], known: set[str], most: int,
               scores: dict[str, float] | None = None) -> list[str]:
    """A photo caption's tags: article tags it mentions first, then its strongest terms."""
    scores = scores if scores is not None else tfidf(counts, idf)
    ranked = by_weight(scores)
    return ([t for t in ranked if t in known] + [t for t in ranked if t not in known])[:most]
