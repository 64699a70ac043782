"""Feed items from the front matter of article pages, and the two feeds.

The generator writes an `id` into the front matter of every article page,
with its title, summary (description), date, authors and tags; those pages
are the feed's items, newest first (undated ones last). Front matter holds
titles HTML-escaped for the theme; feeds want the text.
"""
from __future__ import annotations

import datetime
import html
import json
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from feedgen.feed import FeedGenerator

from ...regex_cache import compile as rx

CHINA = datetime.timezone(datetime.timedelta(hours=8))  # print dates are Beijing time


@dataclass(frozen=True)
class Item:
    id: str
    url: str
    title: str
    summary: str = ""
    date: datetime.date | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = field(default=())
    publication: str = ""  # the paper or magazine
    page: str = ""  # the printed page ("A3 版")
    source: str = ""  # the issue, as the site names it ("中国经营报 2024年3月4日")
    source_url: str = ""  # its page on the site


def parse_date(value: object) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def item_of(meta: dict, url: str, site_url: str, source_url: str = "") -> Item | None:
    """The feed item of a page, or None when the page is not an article.
    `source_url`: the address of its issue's page, relative to the site."""
    if not meta.get("id"):
        return None

    def absolute(address: str) -> str:
        return posixpath.join(site_url, address) if site_url and address else address

    return Item(id=str(meta["id"]), url=absolute(url),
                title=html.unescape(str(meta.get("title") or "")), summary=html.unescape(str(meta.get("description") or "")),
                date=parse_date(meta.get("date")), authors=tuple(str(a) for a in meta.get("authors") or ()),
                tags=tuple(str(t) for t in meta.get("tags") or ()), publication=str(meta.get("publication") or ""),
                page=str(meta.get("page") or ""), source=str(meta.get("source") or ""), source_url=absolute(source_url))


def newest_first(items: Iterable[Item]) -> list[Item]:
    return sorted(items, key=lambda i: (i.date.isoformat() if i.date else "", i.id), reverse=True)


def _published(item: Item) -> datetime.datetime | None:
    return datetime.datetime.combine(item.date, datetime.time(), CHINA) if item.date else None


def json_feed(items: list[Item], title: str, home: str, feed_url: str) -> str:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    entries = []
    for item in items:
        entry = {"id": item.id, "url": item.url, "title": item.title, "summary": item.summary, "tags": list(item.tags)}
        if item.date:
            entry["date_published"] = _published(item).isoformat()
        if item.authors:
            entry["authors"] = [{"name": name} for name in item.authors]
        if item.source:  # where it was printed (a JSON Feed extension: keys starting with "_")
            entry["_source"] = {k: v for k, v in (("title", item.source), ("publication", item.publication),
                                                  ("page", item.page), ("url", item.source_url)) if v}
        entries.append(entry)
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": title, "home_page_url": home, "language": "zh",
            "items": entries}
    if feed_url:
        feed["feed_url"] = feed_url
    return json.dumps(feed, ensure_ascii=False, indent=1, sort_keys=True)


# Characters XML 1.0 cannot hold (controls, surrogates, U+FFFE/U+FFFF): a
# headline may carry them from a damaged extraction; the feed drops them.
NOT_XML = rx("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    return NOT_XML.sub("", text)


def atom_feed(items: list[Item], title: str, home: str, feed_url: str, built: datetime.datetime) -> bytes:
    """An Atom feed; `built` stands for the update time of undated articles and of the feed."""
    feed = FeedGenerator()
    feed.id(home or f"tag:news,{built.year}:{title}")
    feed.title(title)
    feed.author({"name": title})  # Atom wants an author for entries that name none
    feed.language("zh")
    feed.updated(built)
    if home:
        feed.link(href=home, rel="alternate")
    if feed_url:
        feed.link(href=feed_url, rel="self")
    for item in items:
        entry = feed.add_entry(order="append")
        entry.id(item.url)
        entry.title(_xml(item.title))
        entry.link(href=item.url)
        if item.summary:
            entry.summary(_xml(item.summary))
        published = _published(item)
        if published:
            entry.published(published)
        entry.updated(published or built)
        if item.source:  # Atom's <source>: the issue the entry comes from, and its page
            entry.source(url=item.source_url, title=" · ".join(x for x in (item.source, item.page) if x))
        for name in item.authors:
            entry.author({"name": _xml(name)})
        for tag in item.tags:
            entry.category({"term": _xml(tag)})
    return feed.atom_str(pretty=True)
