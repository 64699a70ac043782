"""The articles as feeds (`news/feed` under `plugins:` in mkdocs.yml): a JSON
Feed and an Atom feed in the site's root. URLs are absolute when site_url is
set, so the feeds work from GitHub Pages; relative otherwise.
"""
from __future__ import annotations

import logging
import posixpath
from pathlib import Path

from mkdocs.plugins import BasePlugin, PrefixedLogger
from mkdocs.utils import get_build_datetime

from .config import FeedConfig
from .items import Item, atom_feed, item_of, json_feed, newest_first

log = PrefixedLogger("news/feed", logging.getLogger("mkdocs.plugins.news.feed"))


class FeedPlugin(BasePlugin[FeedConfig]):

    def __init__(self) -> None:
        self.dirty = False
        self.items: dict[str, Item | None] = {}  # by the page's path in docs/; None: not an article
        self.pages: set[str] = set()  # the pages of this build

    # Defining on_startup keeps one instance across the builds of `mkdocs
    # serve`, so that a --dirty rebuild keeps the items of pages it skips.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty = dirty

    def on_config(self, config):
        if not self.dirty:
            self.items = {}
        return config

    def on_files(self, files, *, config):
        self.pages = {f.src_uri for f in files.documentation_pages()}
        self.items = {uri: item for uri, item in self.items.items() if uri in self.pages}
        return files

    def on_page_markdown(self, markdown, *, page, config, files):
        if self.config.enabled:
            issue = files.get_file_from_path(str(page.meta.get("source_page") or "")) if page.meta.get("source_page") else None
            self.items[page.file.src_uri] = item_of(page.meta, page.url, config.site_url or "", issue.url if issue else "")
        return markdown

    def on_post_build(self, *, config) -> None:
        if not self.config.enabled:
            return
        unseen = self.pages - set(self.items)
        if unseen:  # only a --dirty build skips pages; feeds without them would lose articles
            log.warning(f"{len(unseen)} page(s) were not rendered in this --dirty build, so the feeds are left as the "
                        "last full build wrote them: build once without --dirty")
            return
        items = newest_first(i for i in self.items.values() if i is not None)
        home = config.site_url or ""
        site = Path(config.site_dir)
        if self.config.json_feed:
            url = posixpath.join(home, self.config.json_feed) if home else ""
            (site / self.config.json_feed).write_text(json_feed(items, config.site_name, home, url), encoding="utf-8")
        if self.config.atom_feed:
            url = posixpath.join(home, self.config.atom_feed) if home else ""
            (site / self.config.atom_feed).write_bytes(atom_feed(items, config.site_name, home, url, get_build_datetime()))
