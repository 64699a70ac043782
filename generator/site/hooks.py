"""MkDocs hooks: a JSON Feed of the articles, and whole-word Chinese queries.

Listed under `hooks:` in mkdocs.yml. Article pages are those under
docs/<output>/articles/; their front matter (title, description, date,
authors, tags) becomes the feed items. URLs are absolute when site_url is
set, so the feed works from GitHub Pages; relative otherwise.
"""
from __future__ import annotations

import glob
import html
import json
import logging
import os
import posixpath

log = logging.getLogger("mkdocs.hooks.news")

# Material's search worker splits a typed Han run into words found in the
# index, but its loop stops one character short (`o<t.length`), so the run
# itself (a full name such as 孙丽朝, or 中国人民银行) is never tried as a
# word. Letting the loop reach the end makes whole-word matches possible.
WORKER_LOOP = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
WORKER_LOOP_FIXED = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"

_items: list[dict] = []


def on_pre_build(config, **kwargs) -> None:
    _items.clear()


def on_page_markdown(markdown, page, config, files, **kwargs):
    if "/articles/" in page.file.src_uri and page.meta.get("id"):
        base = config.site_url or ""
        item = {"id": page.meta["id"], "url": posixpath.join(base, page.url) if base else page.url,
                # Front matter holds these HTML-escaped for the theme; the feed wants text.
                "title": html.unescape(page.meta.get("title", "")), "summary": html.unescape(page.meta.get("description", "")),
                "tags": page.meta.get("tags", [])}
        if page.meta.get("date"):
            item["date_published"] = f"{page.meta['date']}T00:00:00+08:00"
        if page.meta.get("authors"):
            item["authors"] = [{"name": name} for name in page.meta["authors"]]
        _items.append(item)
    return markdown


def patch_search_worker(site_dir: str) -> bool:
    """Apply WORKER_LOOP_FIXED to the built worker; False if the code is not found."""
    patched = False
    for path in glob.glob(os.path.join(site_dir, "assets", "javascripts", "workers", "search.*.js")):
        with open(path, encoding="utf-8") as fh:
            code = fh.read()
        if WORKER_LOOP in code:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(code.replace(WORKER_LOOP, WORKER_LOOP_FIXED))
            patched = True
        elif WORKER_LOOP_FIXED in code:
            patched = True
    return patched


def on_post_build(config, **kwargs) -> None:
    if not patch_search_worker(config.site_dir):
        log.info("search worker changed upstream: whole-word Chinese query patch not applied")
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": config.site_name,
            "home_page_url": config.site_url or "", "language": "zh",
            "items": sorted(_items, key=lambda i: (i.get("date_published", ""), i["id"]), reverse=True)}
    if config.site_url:
        feed["feed_url"] = posixpath.join(config.site_url, "feed.json")
    with open(os.path.join(config.site_dir, "feed.json"), "w", encoding="utf-8") as fh:
        json.dump(feed, fh, ensure_ascii=False, indent=1, sort_keys=True)
