"""Enrich stage: records -> articles with tags, topics, entities, related reading and summaries."""
from __future__ import annotations

from collections import Counter

from ..config import Config
from ..model import Article, Enrichment, Record, SourceInfo
from . import related, sources, tags
from .analyse import Analysis, analyse


def enrich(records_by_seed: dict[str, list[Record]], config: Config, analyses: dict[str, Analysis] | None = None) -> list[Article]:
    """Everything the site needs to know about each record, in catalog order.

    `analyses` may hold ready per-record analyses by record id (from the
    parallel split or the cache); the missing ones are computed here."""
    vocab = config.vocabulary
    settings = config.settings
    done = dict(analyses or {})
    articles: list[Article] = []
    pages: list[Article] = []
    for seed, records in records_by_seed.items():
        info = sources.source_info(seed, records)
        for record in records:
            article = Article(record=record, info=Enrichment(), source=info)
            articles.append(article)
            if record.is_page:
                pages.append(article)
                if record.id not in done:
                    done[record.id] = analyse(record, vocab, settings)
    counts = [Counter(done[a.record.id].terms) for a in pages]
    idf = tags.idf_table(counts)
    vectors = [tags.tfidf(c, idf) for c in counts]
    # Tags are chosen to link articles; a photo brief then takes the article
    # tags its caption mentions, so briefs never hold up the linking.
    stories = [k for k, a in enumerate(pages) if a.record.kind != "brief"]
    chosen_stories = tags.choose_tags([counts[k] for k in stories], settings["tags"]["min"], settings["tags"]["max"], idf=idf,
                                      weights=[vectors[k] for k in stories])
    chosen: list[list[str]] = [[] for _ in pages]
    for k, picked in zip(stories, chosen_stories):
        chosen[k] = picked
    story_tags = {t for picked in chosen_stories for t in picked}
    for k, article in enumerate(pages):
        if article.record.kind == "brief":
            chosen[k] = tags.brief_tags(counts[k], idf, story_tags, settings["tags"]["min"], vectors[k])
    links = related.related(vectors, chosen, settings["related"]["max"])
    for k, article in enumerate(pages):
        info, found = article.info, done[article.record.id]
        rec = article.record
        info.tags = chosen[k]
        info.topics = list(found.topics)
        info.people, info.orgs, info.places = list(found.people), list(found.orgs), list(found.places)
        info.related = [(pages[j].record.id, shared) for j, shared in links[k]]
        info.summary = found.summary
        article.path = f"{config.output}/articles/{rec.id}.md"
    return articles


__all__ = ["enrich", "analyse", "Analysis", "SourceInfo"]
