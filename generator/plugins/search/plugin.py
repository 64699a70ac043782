"""The site's search (`news/search` under `plugins:` in mkdocs.yml).

Each rendered page's text goes into our index in pieces (shards.py), written
under site/search/ after the build. The search box sits in the header of
every page (overrides/partials/search.html, in the place of Material's) and
shows the results below it, one per article with a snippet around the match
(assets/shard-search.js). The index finds every page that holds the query
however Chinese would be cut into words, loads only the pieces of the
query's own keys, and works from file:// as well as online. Material's own
search plugin is not used: its single index grows by about 33 KB per article
(a first query took 9 s at 1,000 articles).
"""
from __future__ import annotations

import html
import logging
import time
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, PrefixedLogger
from mkdocs.structure.files import File

from . import background, shards
from .config import SearchConfig

log = PrefixedLogger("news/search", logging.getLogger("mkdocs.plugins.news.search"))

ASSETS = Path(__file__).resolve().parent / "assets"
SCRIPT = "assets/javascripts/shard-search.js"
STYLE = "assets/stylesheets/shard-search.css"


class SearchPlugin(BasePlugin[SearchConfig]):

    def __init__(self) -> None:
        self.dirty = False
        self.docs: dict[str, shards.Doc | None] = {}  # by the page's path in docs/; None: left out
        self.pages: set[str] = set()  # the pages of this build
        self.seconds = 0.0  # spent reading pages' text in this build
        self.writing: background.IndexBuild | None = None  # the index being written while pages are rendered

    # Defining on_startup keeps one instance across the builds of `mkdocs
    # serve`, so that a --dirty rebuild keeps the pages it does not render.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty = dirty

    def on_config(self, config):
        if not self.config.enabled:
            return config
        if not self.dirty:
            self.docs = {}
        self.seconds = 0.0
        if SCRIPT not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(SCRIPT)  # MkDocs writes its relative path on every page
        if STYLE not in config.extra_css:
            config.extra_css.append(STYLE)
        return config

    def on_files(self, files, *, config):
        if not self.config.enabled:
            return files
        for name in (SCRIPT, STYLE):
            files.append(File.generated(config, name, abs_src_path=str(ASSETS / Path(name).name)))
        self.pages = {f.src_uri for f in files.documentation_pages()}
        self.docs = {uri: doc for uri, doc in self.docs.items() if uri in self.pages}
        return files

    def on_page_content(self, html_text, *, page, config, files):
        if not self.config.enabled:
            return html_text
        start = time.perf_counter()
        uri = page.file.src_uri
        meta = page.meta
        if (meta.get("search") or {}).get("exclude") or (self.config.exclude and self.config.exclude.match_file(uri)):
            self.docs[uri] = None
        else:
            self.docs[uri] = shards.Doc(url=page.url, title=html.unescape(str(meta.get("title") or page.title or "")),
                                        text=shards.text_of(html_text), tags=_strings(meta.get("tags")),
                                        names=_strings(meta.get("authors")), date=str(meta.get("date") or ""),
                                        source=_where(meta))
        self.seconds += time.perf_counter() - start
        return html_text

    # Every page's text is known once MkDocs has converted all the Markdown
    # (this event); the index is written in a second process while MkDocs
    # renders the pages into the theme (background.py). A --dirty build keeps
    # the keys of the pages it does not render in this process, so it writes
    # the index here at the end, working out the keys of new pages only.
    def on_env(self, env, *, config, files):
        self.writing = None
        if self.config.enabled and not self.dirty and background.available() and not self.pages - set(self.docs):
            self.writing = background.IndexBuild(self._indexed(), Path(config.site_dir) / "search")
        return env

    def on_post_build(self, *, config) -> None:
        if not self.config.enabled:
            return
        unseen = self.pages - set(self.docs)
        if unseen:  # only a --dirty build skips pages; an index without them would lose them
            log.warning(f"{len(unseen)} page(s) were not rendered in this --dirty build, so the search index is left as "
                        "the last full build wrote it: build once without --dirty")
            return
        start = time.perf_counter()
        if self.writing is None:
            figures = shards.build(self._indexed(), Path(config.site_dir) / "search")
            figures["seconds"] = self.seconds + time.perf_counter() - start
            figures["waited"] = ""
        else:
            writing, self.writing = self.writing, None
            try:
                figures = writing.result()
            except RuntimeError as exc:
                raise PluginError(f"search index in {Path(config.site_dir) / 'search'}: {exc}") from None
            figures["seconds"] += self.seconds
            figures["waited"] = f" (written beside the rendering of pages; {time.perf_counter() - start:.2f} s waited for)"
        log.info("index in %(shards)d shards: %(pages)d pages, %(keys)d keys, %(bytes)d bytes, %(seconds).2f s%(waited)s"
                 % figures)

    def on_build_error(self, *, error) -> None:
        if self.writing is not None:
            self.writing.cancel()
            self.writing = None

    def _indexed(self) -> list[shards.Doc]:
        return [d for d in self.docs.values() if d is not None]


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else ()


def _where(meta: dict) -> str:
    """Where an article was printed, as its result shows it: source and page."""
    return " · ".join(str(meta[k]) for k in ("source", "page") if meta.get(k))
