"""The article catalog: one JSON object per record (see shared/gold/README.md)."""
from __future__ import annotations

import json
from collections.abc import Iterable

from .model import Article


def catalog_entry(article: Article) -> dict:
    rec, info = article.record, article.info
    return {
        "id": rec.id,
        "seed": rec.seed,
        "kind": rec.kind,
        "title": rec.title,
        "title_generated": rec.title_generated,
        # The kicker (引题) is printed headline matter too; readers of the
        # catalog find it with the subtitle, and on its own under "kicker".
        "subtitle": " ".join(x for x in (rec.kicker, rec.subtitle) if x) or None,
        "kicker": rec.kicker,
        "page": rec.page,
        "byline": rec.byline,
        "section": rec.section,
        "authors": rec.authors,
        "lines": list(rec.lines),
        "text": rec.text,
        "tags": info.tags,
        "topics": [name for name, _ in info.topics],
        "topic_scores": {name: round(score, 3) for name, score in info.topics},
        "people": info.people,
        "staff": info.staff,
        "organizations": info.orgs,
        "places": info.places,
        "related": [rid for rid, _ in info.related],
        "summary": info.summary,
        "what": rec.what,
        "source": article.source.publication if article.source else None,
        "date": article.source.date if article.source else None,
        "path": article.path,
    }


def to_jsonl(articles: Iterable[Article]) -> str:
    return "".join(json.dumps(catalog_entry(a), ensure_ascii=False, sort_keys=False) + "\n" for a in articles)
