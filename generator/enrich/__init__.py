"""Enrich stage: records -> articles with tags, topics, entities, related reading and summaries."""
from __future__ import annotations

from collections import Counter

from ..config import Config
from ..model import Article, Enrichment, Record, SourceInfo
from . import entities, related, sources, summary, tags, topics
from .text import is_term, tag_words


def enrich(records_by_seed: dict[str, list[Record]], config: Config, analysed: dict[str, list] | None = None) -> list[Article]:
    """Everything the site needs to know about each record, in catalog order.

    `analysed` may hold ready (words, title_words) pairs per record id, from
    a cache; the rest is tokenised here."""
    vocab = config.vocabulary
    settings = config.settings
    articles: list[Article] = []
    pages: list[Article] = []
    words_of: dict[str, tuple[list, list]] = dict(analysed or {})
    for seed, records in records_by_seed.items():
        info = sources.source_info(seed, records)
        for record in records:
            article = Article(record=record, info=Enrichment(), source=info)
            articles.append(article)
            if record.is_page:
                pages.append(article)
                if record.id not in words_of:
                    words_of[record.id] = (tag_words(record.text, vocab.userdict), tag_words(record.title, vocab.userdict))
    clues = entities.Clues.from_data(vocab.entities)
    term = lambda w, f: is_term(w, f, vocab.stopwords)  # noqa: E731
    counts: list[Counter] = [tags.term_counts(*words_of[a.record.id], term, vocab.synonyms) for a in pages]
    chosen = tags.choose_tags(counts, settings["tags"]["min"], settings["tags"]["max"])
    idf = tags.idf_table(counts)
    vectors = [tags.tfidf(c, idf) for c in counts]
    links = related.related(vectors, chosen, settings["related"]["max"])
    for k, article in enumerate(pages):
        rec, info = article.record, article.info
        info.tags = chosen[k]
        info.topics = topics.assign_topics(rec.title, rec.text, vocab.taxonomy, settings["topics"]["max"], settings["topics"]["min_score"])
        info.people, info.orgs, info.places = entities.extract(words_of[rec.id][0], rec.authors, vocab.stopwords, clues)
        info.related = [(pages[j].record.id, shared) for j, shared in links[k]]
        info.summary = summary.summarize(rec.paragraphs, settings["summary"]["max_sentences"], settings["summary"]["max_chars"])
        article.path = f"{config.output}/articles/{rec.id}.md"
    return articles


__all__ = ["enrich", "SourceInfo"]
