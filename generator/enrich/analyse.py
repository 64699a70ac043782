"""Per-record analysis: everything enrich needs that depends on one record only.

Done once per record (in parallel, and cached per input file); the corpus-level
steps (tag choice, IDF, related reading) then work on these small summaries.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..config import Vocabulary
from ..model import Record
from . import entities, summary, terms, topics
from .text import domain_term, rarity, tag_words
from ..regex_cache import compile as rx


@dataclass(frozen=True)
class Analysis:
    terms: dict[str, terms.Candidate]  # candidate subject terms by printed form
    people: list[str]
    staff: list[str]  # reporters, photographers, editors named in the text beyond the byline
    orgs: list[str]
    places: list[str]
    topics: list[tuple[str, float]]
    summary: str


@functools.lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))  # built from the text: not worth keeping


def _inside_orgs(term: str, orgs: set[str], text: str) -> bool:
    holders = [o for o in orgs if term in o]
    return bool(holders) and text.count(term) <= sum(text.count(o) for o in holders)


def analyse(record: Record, vocab: Vocabulary, settings: dict) -> Analysis:
    text = record.text
    headline = " ".join(t for t in (None if record.title_generated else record.title, record.subtitle) if t)
    text_words = tag_words(text, vocab.userdict)
    title_words = tag_words(headline, vocab.userdict) if headline else []
    clues = entities.Clues.of(vocab.entities)
    found = entities.extract(text, text_words, record.authors, clues, lambda s: tag_words(s, vocab.userdict))
    names = set(found.people) | set(record.authors) | set(found.staff)
    orgs = set(found.orgs)
    # A term holding a person's name or title (康弘药业总裁, 人大代表) names a person, not a subject.
    # A piece of an organization's name (材料科技有限公司) is neither, when it is
    # never used outside the name.
    person = _any_of(tuple(sorted(names))) if names else None
    title = _any_of(clues.titles)
    found_terms = terms.candidates(text_words, title_words, text, vocab.stopwords, clues.predicates, rarity, domain_term)
    candidates = {t: c for t, c in found_terms.items()
                  if t in orgs or t in found.org_aliases or not (title.search(t) or person and person.search(t)
                                                                 or _inside_orgs(t, orgs, text))}
    candidates = terms.merge_names(candidates, found.org_aliases)
    found_topics = topics.assign_topics(headline, text, vocab.taxonomy, settings["topics"]["max"], settings["topics"]["min_score"],
                                        text_words, title_words)
    brief = summary.summarize(record.paragraphs, settings["summary"]["max_sentences"], settings["summary"]["max_chars"])
    return Analysis(terms=candidates, people=found.people, staff=found.staff, orgs=found.orgs, places=found.places,
                    topics=found_topics, summary=brief)
