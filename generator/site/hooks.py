"""MkDocs hooks: a JSON Feed of the articles, whole-word Chinese queries, and
the search engines for large collections (SEARCH_ENGINE=shards: our index in
pieces, see shards.py; SEARCH_ENGINE=pagefind).

Listed under `hooks:` in mkdocs.yml. Article pages are those under
docs/<output>/articles/; their front matter (title, description, date,
authors, tags) becomes the feed items. URLs are absolute when site_url is
set, so the feed works from GitHub Pages; relative otherwise.
"""
from __future__ import annotations

import glob
import html
import importlib
import json
import logging
import os
import posixpath
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.news")

# Material's search worker splits a typed Han run into words found in the
# index, but its loop stops one character short (`o<t.length`), so the run
# itself (a full name such as 孙丽朝, or 中国人民银行) is never tried as a
# word. Letting the loop reach the end makes whole-word matches possible.
WORKER_LOOP = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
WORKER_LOOP_FIXED = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"

_items: list[dict] = []

SEARCH_PAGE = "search.md"
PAGEFIND_PAGE = """---
title: 搜索
search:
  exclude: true
---

# 搜索

<link href="../pagefind/pagefind-ui.css" rel="stylesheet">
<div id="pagefind-search"></div>
<script src="../pagefind/pagefind-ui.js"></script>
<script>
  window.addEventListener("DOMContentLoaded", function () {
    // Chinese arrives from the input method a word at a time, so a short pause
    // before searching is enough (Pagefind's default waits 300 ms).
    new PagefindUI({ element: "#pagefind-search", showSubResults: true, showImages: false, debounceTimeoutMs: 120,
                     translations: { placeholder: "输入要搜索的词语", zero_results: "没有找到 [SEARCH_TERM]" } });
  });
</script>
"""


SHARDS_PAGE = """---
title: 搜索
search:
  exclude: true
---

# 搜索

<form id="shard-search" class="shard-search" role="search">
<input type="search" name="q" placeholder="输入要搜索的词语，多个词用空格分开" aria-label="搜索" autocomplete="off" autofocus>
</form>
<p id="shard-search-status" class="shard-search__status" aria-live="polite"></p>
<ol id="shard-search-results" class="shard-search__results"></ol>
<button id="shard-search-more" class="md-button" type="button" hidden>显示更多</button>
"""
SHARDS_SCRIPT = "assets/javascripts/shard-search.js"
_docs: list = []


def search_engine(config) -> str:
    """material (one index, the default), shards (our index in pieces) or pagefind."""
    return str(config.extra.get("search_engine", "material")).lower()


def pagefind_enabled(config) -> bool:
    return search_engine(config) == "pagefind"


def shards_enabled(config) -> bool:
    return search_engine(config) == "shards"


def _project_module(config, name: str):
    """A module of the generator package, importable from the project folder."""
    root = os.path.dirname(os.path.abspath(config.config_file_path))
    if root not in sys.path:
        sys.path.insert(0, root)
    return importlib.import_module(name)


@event_priority(100)  # before Material's search plugin, which loads jieba in its on_config
def on_config(config, **kwargs):
    engine = search_engine(config)
    if engine not in ("material", "shards", "pagefind"):
        raise PluginError(f"extra.search_engine: '{engine}' is not one of material, shards, pagefind")
    # jieba's own loading of its dictionary takes about 0.8 s (and logs four
    # lines); the generator's cached copy of the same dictionary loads in 0.2 s.
    if engine == "material":
        try:
            from generator.enrich.text import tokenizer
        except ImportError:  # the generator is not importable here: jieba loads itself
            pass
        else:
            tokenizer()
    # Material's search ships one index for the whole site (about 33 KB per
    # article); shards and Pagefind load theirs in pieces. With either,
    # Material's search is switched off: its events check `enabled`, and so
    # does the header.
    if engine != "material":
        plugin = config.plugins.get("material/search")
        if plugin is not None:
            plugin.config.enabled = False
    if engine == "shards" and SHARDS_SCRIPT not in [str(s) for s in config.extra_javascript]:
        config.extra_javascript.append(SHARDS_SCRIPT)  # MkDocs writes its relative path on every page
    return config


def on_files(files, config, **kwargs):
    page = {"pagefind": PAGEFIND_PAGE, "shards": SHARDS_PAGE}.get(search_engine(config))
    if page is not None and files.get_file_from_path(SEARCH_PAGE) is None:
        files.append(File.generated(config, SEARCH_PAGE, content=page))
    return files


def on_nav(nav, config, files, **kwargs):
    if search_engine(config) != "material":
        page = files.get_file_from_path(SEARCH_PAGE)
        if page is not None and not any(getattr(item, "file", None) is page for item in nav.items):
            nav.items.insert(1, Page("搜索", page, config))
    return nav


def on_pre_build(config, **kwargs) -> None:
    _items.clear()
    _docs.clear()


def on_page_content(html_text, page, config, files, **kwargs):
    """With SEARCH_ENGINE=shards: collect the text of articles and hand-written
    pages (listings and term pages only repeat article headlines)."""
    if shards_enabled(config) and not (page.meta.get("search") or {}).get("exclude"):
        uri = page.file.src_uri
        if "/articles/" in uri or not uri.startswith(("library/", SEARCH_PAGE)):
            shards = _project_module(config, "generator.site.shards")
            _docs.append(shards.Doc(url=page.url, title=html.unescape(str(page.meta.get("title") or page.title or "")),
                                    text=shards.text_of(html_text), summary=html.unescape(str(page.meta.get("description", ""))),
                                    date=str(page.meta.get("date") or "")))
    return html_text


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


def run_pagefind(site_dir: str) -> None:
    """Index the built site with Pagefind (article bodies only: data-pagefind-body)."""
    try:
        import pagefind  # noqa: F401
    except ImportError:
        raise PluginError("SEARCH_ENGINE=pagefind needs Pagefind: python -m pip install -e '.[scale]'") from None
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", site_dir, "--force-language", "zh",
                             "--exclude-selectors", ".headerlink", "--quiet"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"pagefind failed: {(result.stderr or result.stdout).strip()[-500:]}")


def on_post_build(config, **kwargs) -> None:
    if pagefind_enabled(config):
        run_pagefind(config.site_dir)
    elif shards_enabled(config):
        figures = _project_module(config, "generator.site.shards").build(_docs, Path(config.site_dir) / "search")
        log.info("search index in %(shards)d shards: %(pages)d pages, %(keys)d keys, %(bytes)d bytes", figures)
    elif not patch_search_worker(config.site_dir):
        log.info("search worker changed upstream: whole-word Chinese query patch not applied")
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": config.site_name,
            "home_page_url": config.site_url or "", "language": "zh",
            "items": sorted(_items, key=lambda i: (i.get("date_published", ""), i["id"]), reverse=True)}
    if config.site_url:
        feed["feed_url"] = posixpath.join(config.site_url, "feed.json")
    with open(os.path.join(config.site_dir, "feed.json"), "w", encoding="utf-8") as fh:
        json.dump(feed, fh, ensure_ascii=False, indent=1, sort_keys=True)
