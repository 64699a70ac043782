"""Per-record analysis: everything enrich needs that depends on one record only.

Done once per record (in parallel, and cached per input file); the corpus-level
steps (tag choice, IDF, related reading) then work on these small summaries.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from ..config import Vocabulary
from ..model import Record
from . import entities, summary, topics
from .tags import term_counts
from .text import is_term, tag_words


@dataclass(frozen=True)
class Analysis:
    terms: dict[str, int]  # candidate tag terms with weights (title counts three times)
    people: list[str]
    orgs: list[str]
    places: list[str]
    topics: list[tuple[str, float]]
    summary: str


@functools.lru_cache(maxsize=8)
def _term_test(stopwords: frozenset[str]):
    """is_term memoised per (word, tag): a corpus repeats its words many times."""
    @functools.lru_cache(maxsize=200_000)
    def test(word: str, flag: str) -> bool:
        return is_term(word, flag, stopwords)
    return test


def analyse(record: Record, vocab: Vocabulary, settings: dict) -> Analysis:
    text_words = tag_words(record.text, vocab.userdict)
    title_words = tag_words(record.title, vocab.userdict)
    term = _term_test(vocab.stopwords)
    counts: Counter = term_counts(text_words, title_words, term, vocab.synonyms)
    clues = entities.Clues.from_data(vocab.entities)
    people, orgs, places = entities.extract(text_words, record.authors, vocab.stopwords, clues)
    found_topics = topics.assign_topics(record.title, record.text, vocab.taxonomy, settings["topics"]["max"], settings["topics"]["min_score"])
    brief = summary.summarize(record.paragraphs, settings["summary"]["max_sentences"], settings["summary"]["max_chars"])
    return Analysis(terms=dict(counts), people=people, orgs=orgs, places=places, topics=found_topics, summary=brief)
