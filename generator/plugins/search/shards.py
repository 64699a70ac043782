"""The search index in small pieces, written by the `news/search` plugin.

Chinese has no spaces, and a word index finds a page only when the page was
cut into words the way the query is; 跨境电商平台 cut as 跨境/电商平台 hides the
page from a search for 电商. So every run of Chinese characters is indexed by
its overlapping character pairs (跨境, 境电, 电商, ...), Latin words and numbers
whole and lower-cased: a query finds every page that holds all of its pairs,
however the text would be segmented. Headlines are indexed a second time
(keys starting with "^") so that headline matches can rank first.

Keys are grouped into shards by their first character; a query loads only the
shards of its own characters, so what the browser downloads does not grow
with the collection the way a single index does. Page lists are stored as
gaps between page numbers, or as a bitmap when a key is on many pages.
Shards are small JavaScript files rather than JSON so that the search also
works from file:// (the offline build), where fetch() is refused.
"""
from __future__ import annotations

import base64
import html
import json
import math
import re
from array import array
from dataclasses import dataclass, field
from pathlib import Path

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
LATIN = re.compile(r"[A-Za-z0-9]+")
TAG = re.compile(r"<[^>]+>")
TITLE_MARK = "^"
PAGES_PER_FILE = 100
SHARD_BYTES = 48 * 1024  # aim: a query of five characters loads a few hundred KB at most
CALLBACK = "__newsSearch"


@dataclass
class Doc:
    url: str  # relative to the site root
    title: str
    text: str
    summary: str = ""
    date: str = ""
    _keys: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def index_keys(self) -> tuple[str, ...]:
        """Its keys: those of title and text, then the headline's marked with
        TITLE_MARK. Worked out once per page: `mkdocs serve --dirty` keeps the
        pages it does not render again, and their keys with them."""
        if self._keys is None:
            self._keys = (*keys(self.title + "\n" + self.text), *(TITLE_MARK + k for k in keys(self.title)))
        return self._keys


def keys(text: str) -> set[str]:
    """Index keys of a text: Chinese character pairs, plus the last character of
    each run on its own (so that every character starts some key, and a
    one-character query finds it anywhere); Latin words and numbers lower-cased."""
    found: set[str] = set()
    for run in HAN.findall(text):
        found.update(run[i:i + 2] for i in range(len(run) - 1))
        found.add(run[-1])
    found.update(w.lower() for w in LATIN.findall(text))
    return found


def text_of(page_html: str) -> str:
    """Visible text of rendered page content; for an article, its body only
    (related reading and neighbours name other articles)."""
    start = page_html.find("data-pagefind-body")
    if start >= 0:
        end = page_html.find("<hr", start)
        page_html = page_html[start:end if end >= 0 else len(page_html)]
        page_html = page_html[page_html.find(">") + 1:]
    page_html = page_html.replace("¶", "")
    return html.unescape(TAG.sub(" ", page_html))


def encode(ids: array, pages: int) -> str | list[int]:
    """Sorted page numbers as gaps, or as a base64 bitmap when that is shorter."""
    if len(ids) * 3 > pages / 6 + 8:
        bits = bytearray(math.ceil(pages / 8))
        for i in ids:
            bits[i >> 3] |= 1 << (i & 7)
        return base64.b64encode(bytes(bits)).decode("ascii")
    gaps, last = [], -1
    for i in ids:
        gaps.append(i - last - 1)
        last = i
    return gaps


def order(docs: list[Doc]) -> list[Doc]:
    """Page numbers: newest dated first, then by address; results come in this order."""
    dated = sorted((d for d in docs if d.date), key=lambda d: (d.date, d.url), reverse=True)
    return dated + sorted((d for d in docs if not d.date), key=lambda d: d.url)


def shard_count(postings: int) -> int:
    """A power of two, so that shards stay around SHARD_BYTES (about 3 bytes a posting)."""
    want = max(1, postings * 3 // SHARD_BYTES)
    return min(4096, max(16, 1 << (want - 1).bit_length()))


def shard_of(key: str, shards: int) -> int:
    first = key[1] if key.startswith(TITLE_MARK) else key[0]
    return ord(first.lower()) % shards


def build(docs: list[Doc], out: Path) -> dict:
    """Write the index under `out` (search/shards/…, search/pages/…, search/meta.js); return figures."""
    docs = order(docs)
    postings: dict[str, array] = {}
    for number, doc in enumerate(docs):
        for key in doc.index_keys():
            postings.setdefault(key, array("I")).append(number)
    total = sum(len(p) for p in postings.values())
    shards = shard_count(total)
    grouped: list[dict[str, object]] = [{} for _ in range(shards)]
    for key in sorted(postings):
        grouped[shard_of(key, shards)][key] = encode(postings[key], len(docs))
    out.mkdir(parents=True, exist_ok=True)
    (out / "shards").mkdir(exist_ok=True)
    (out / "pages").mkdir(exist_ok=True)
    size = 0
    for n, data in enumerate(grouped):
        size += _write_js(out / "shards" / f"{n}.js", "shard", n, data)
    for start in range(0, len(docs), PAGES_PER_FILE):
        chunk = [[d.url, d.title, d.summary, d.date] for d in docs[start:start + PAGES_PER_FILE]]
        size += _write_js(out / "pages" / f"{start // PAGES_PER_FILE}.js", "pages", start // PAGES_PER_FILE, chunk)
    meta = {"pages": len(docs), "shards": shards, "per_file": PAGES_PER_FILE, "title_mark": TITLE_MARK}
    size += _write_js(out / "meta.js", "meta", 0, meta)
    return {"pages": len(docs), "keys": len(postings), "postings": total, "shards": shards, "bytes": size}


def _write_js(path: Path, kind: str, n: int, data: object) -> int:
    body = f"{CALLBACK}({json.dumps(kind)},{n},{json.dumps(data, ensure_ascii=False, separators=(',', ':'))});\n"
    raw = body.encode("utf-8")
    path.write_bytes(raw)
    return len(raw)
