"""Enrich stage: records -> articles with tags, topics, entities, related reading and summaries."""
from __future__ import annotations

from ..config import Config
from ..model import Article, Enrichment, Record, SourceInfo
from . import related, sources, tags
from .analyse import Analysis, analyse
from .entities import Clues


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
        info = sources.source_info(seed, records, config.seeds)  # with the file's sidecar, if any
        for record in records:
            article = Article(record=record, info=Enrichment(), source=info)
            articles.append(article)
            if record.is_page:
                pages.append(article)
                if record.id not in done:
                    done[record.id] = analyse(record, vocab, settings)
    found = [done[a.record.id] for a in pages]
    # Never a tag: the people and places of the article, the paper's own name.
    banned = [set(f.people) | set(f.places) | set(a.record.authors) | set(f.staff) | sources.own_names(a.source)
              for f, a in zip(found, pages)]
    clues = Clues.of(vocab.entities)
    chosen = tags.choose_tags([f.terms for f in found], vocab.stopwords, vocab.synonyms, banned,
                              settings["tags"]["min"], settings["tags"]["max"], clues.has_surname,
                              [len(a.record.text) for a in pages], [f.orgs for f in found])
    links = related.related([[picked, f.orgs] for picked, f in zip(chosen, found)], settings["related"]["max"])
    for k, article in enumerate(pages):
        info, f = article.info, found[k]
        info.tags = chosen[k]
        info.topics = list(f.topics)
        info.people, info.orgs, info.places = list(f.people), list(f.orgs), list(f.places)
        info.staff = [n for n in f.staff if n not in article.record.authors]
        info.related = [(pages[j].record.id, shared) for j, shared in links[k]]
        info.summary = f.summary
        article.path = f"{config.output}/articles/{article.record.id}.md"
    return articles


__all__ = ["enrich", "analyse", "Analysis", "SourceInfo"]
