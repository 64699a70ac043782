"""The search index in small pieces, written by the `news/search` plugin.

Chinese has no spaces, and a word index finds a page only when the page was
cut into words the way the query is; 跨境电商平台 cut as 跨境/电商平台 hides the
page from a search for 电商. So every run of Chinese characters is indexed by
its overlapping character pairs (跨境, 境电, 电商, ...) and its single
characters, Latin words and numbers whole and lower-cased: a query finds
every page that holds all of its pairs, however the text would be segmented.
A page's keys come from its headline, text, tags and authors; the keys of
its headline are stored a second time marked with "^", those of its tags
with "#", so that headline and tag matches can rank first.

Keys are spread over shards by a hash of the key (Latin words by their first
letter, so that a prefix finds them all in one shard), and a key is stored
in one shard together with its marked forms: a query loads one shard per
key, so what the browser downloads does not grow with the collection the
way a single index does. Page lists are stored as gaps between page
numbers, or as a bitmap when a key is on many pages. Each page's text is a
file of its own, loaded only when the page is shown as a result, for the
snippet around the match. Everything is written as small JavaScript files
rather than JSON so that the search also works from file:// (the offline
build), where fetch() is refused.
"""
from __future__ import annotations

import base64
import html
import itertools
import json
import math
import re
import shutil
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from ...regex_cache import compile as rx

HAN = rx(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
LATIN = rx(r"[A-Za-z0-9]+")
TAG = rx(r"<[^>]+>")
SPACES = rx(r"[ \t\r\f\v]+")
LINES = rx(r"\s*\n\s*")
TITLE_MARK = "^"
TAG_MARK = "#"
PAGES_PER_FILE = 100
SHARD_BYTES = 32 * 1024  # aim: a query of five characters loads a few hundred KB at most
CALLBACK = "__newsSearch"


@dataclass
class Doc:
    url: str  # relative to the site root
    title: str
    text: str
    tags: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # authors: found by a search, not shown in the text
    date: str = ""
    source: str = ""  # where it was printed: "中国经营报 2024年3月4日 · A3 版"
    _keys: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def index_keys(self) -> tuple[str, ...]:
        """Its keys: those of everything it holds, then the headline's marked
        with TITLE_MARK and the tags' with TAG_MARK. Worked out once per page:
        `mkdocs serve --dirty` keeps the pages it does not render again, and
        their keys with them."""
        if self._keys is None:
            tags = "\n".join(self.tags)
            found = keys("\n".join((self.title, self.text, tags, "\n".join(self.names))))
            self._keys = (*found, *(TITLE_MARK + k for k in keys(self.title)), *(TAG_MARK + k for k in keys(tags)))
        return self._keys


def keys(text: str) -> set[str]:
    """Index keys of a text: Chinese character pairs and single characters;
    Latin words and numbers lower-cased."""
    found: set[str] = set()
    for run in HAN.findall(text):
        found.update(run[i:i + 2] for i in range(len(run) - 1))
        found.update(run)
    found.update(w.lower() for w in LATIN.findall(text))
    return found


def text_of(page_html: str) -> str:
    """Visible text of rendered page content, in lines; for an article, its
    body only (header, related reading and neighbours name other things)."""
    start = page_html.find("data-search-body")
    if start >= 0:
        end = page_html.find("data-search-end", start)
        end = page_html.rfind("<", start, end) if end >= 0 else -1
        page_html = page_html[start:end if end >= 0 else len(page_html)]
        page_html = page_html[page_html.find(">") + 1:]
    page_html = page_html.replace("¶", "")
    text = html.unescape(TAG.sub(lambda m: "\n" if m.group(0).startswith(("</p", "</h", "</li", "<br", "</tr")) else " ",
                                 page_html))
    return LINES.sub("\n", SPACES.sub(" ", text)).strip()


def encode(ids: array, pages: int) -> str | list[int]:
    """Sorted page numbers as gaps, or as a base64 bitmap when that is shorter."""
    if len(ids) * 3 > pages / 6 + 8:
        bits = bytearray(math.ceil(pages / 8))
        for i in ids:
            bits[i >> 3] |= 1 << (i & 7)
        return base64.b64encode(bytes(bits)).decode("ascii")
    return [b - a - 1 for a, b in zip(itertools.chain((-1,), ids), ids)]


def order(docs: list[Doc]) -> list[Doc]:
    """Page numbers: newest dated first, then by address; results come in this order."""
    dated = sorted((d for d in docs if d.date), key=lambda d: (d.date, d.url), reverse=True)
    return dated + sorted((d for d in docs if not d.date), key=lambda d: d.url)


def shard_count(size: int) -> int:
    """A power of two, so that shards stay around SHARD_BYTES."""
    want = max(1, size // SHARD_BYTES)
    return min(8192, max(16, 1 << (want - 1).bit_length()))


def key_hash(text: str) -> int:
    """A 32-bit hash the browser computes the same way (Math.imul(h, 31) + code)."""
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def shard_of(key: str, shards: int) -> int:
    """A key and its marked forms share a shard; Latin words go by their first
    letter, so that every word a prefix could match is in one shard."""
    bare = key[1:] if key[:1] in (TITLE_MARK, TAG_MARK) else key
    return key_hash(bare[0] if bare[0].isascii() else bare) % shards


def build(docs: list[Doc], out: Path) -> dict:
    """Write the index under `out` (search/meta.js, shards/, pages/, text/); return figures."""
    docs = order(docs)
    postings: dict[str, array] = {}
    known = postings.get
    for number, doc in enumerate(docs):  # about ten million keys at 10,000 articles: kept tight
        for key in doc.index_keys():
            ids = known(key)
            if ids is None:
                postings[key] = array("I", (number,))
            else:
                ids.append(number)
    encoded = {key: encode(ids, len(docs)) for key, ids in postings.items()}
    # About 3 bytes a posting in gaps (fewer in bitmaps), and the key itself.
    shards = shard_count(sum(len(ids) for ids in postings.values()) * 3 + len(postings) * 8)
    grouped: list[dict[str, object]] = [{} for _ in range(shards)]
    for key in sorted(encoded):
        grouped[shard_of(key, shards)][key] = encoded[key]
    for folder in ("shards", "pages", "text"):
        shutil.rmtree(out / folder, ignore_errors=True)  # files of an earlier build must not linger
        (out / folder).mkdir(parents=True)
    size = 0
    for n, data in enumerate(grouped):
        size += _write_js(out / "shards" / f"{n}.js", "shard", n, data)
    for start in range(0, len(docs), PAGES_PER_FILE):
        chunk = [[d.url, d.title, d.date, d.source, list(d.tags), list(d.names)] for d in docs[start:start + PAGES_PER_FILE]]
        size += _write_js(out / "pages" / f"{start // PAGES_PER_FILE}.js", "pages", start // PAGES_PER_FILE, chunk)
    for n, doc in enumerate(docs):
        size += _write_js(out / "text" / f"{n}.js", "text", n, doc.text)
    meta = {"pages": len(docs), "shards": shards, "per_file": PAGES_PER_FILE, "title_mark": TITLE_MARK,
            "tag_mark": TAG_MARK}
    size += _write_js(out / "meta.js", "meta", 0, meta)
    return {"pages": len(docs), "keys": len(postings), "postings": sum(len(p) for p in postings.values()),
            "shards": shards, "bytes": size}


def _write_js(path: Path, kind: str, n: int, data: object) -> int:
    body = f"{CALLBACK}({json.dumps(kind)},{n},{json.dumps(data, ensure_ascii=False, separators=(',', ':'))});\n"
    raw = body.encode("utf-8")
    path.write_bytes(raw)
    return len(raw)
