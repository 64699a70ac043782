"""The search index in pieces (news/search plugin): keys, encoding, files."""
from __future__ import annotations

import base64
import json
import re

from generator.plugins.search import shards


def decode(entry, pages: int) -> list[int]:
    """What the browser does (generator/plugins/search/assets/shard-search.js)."""
    if isinstance(entry, str):
        bits = base64.b64decode(entry)
        return [i for i in range(len(bits) * 8) if bits[i >> 3] >> (i & 7) & 1 and i < pages]
    out, last = [], -1
    for gap in entry:
        last += gap + 1
        out.append(last)
    return out


def load(path) -> object:
    match = re.fullmatch(r"__newsSearch\(\"\w+\",\d+,(.*)\);\n", path.read_text(encoding="utf-8"), re.S)
    return json.loads(match.group(1))


def test_keys_are_character_pairs_whatever_the_word_cut():
    found = shards.keys("跨境电商平台，5G与AI。王")
    assert {"跨境", "境电", "电商", "商平", "平台", "台"} <= found  # every pair, and the run's last character
    assert {"5g", "ai", "王"} <= found and "台，" not in found and "与ai" not in found
    assert all(k[0] in "跨境电商平台王5a与" for k in found)


def test_page_lists_round_trip_as_gaps_or_bitmaps():
    from array import array

    for ids, pages in (([3, 4, 90], 1000), (list(range(0, 1000, 2)), 1000), ([0], 1), (list(range(7)), 7)):
        encoded = shards.encode(array("I", ids), pages)
        assert decode(encoded, pages) == ids
    assert isinstance(shards.encode(array("I", range(0, 1000, 2)), 1000), str)  # dense: a bitmap is shorter
    assert isinstance(shards.encode(array("I", [5, 900]), 1000), list)


def test_index_files_hold_every_key_in_its_shard(tmp_path):
    docs = [shards.Doc(url=f"a/{n}/", title=title, text=text, date=date) for n, (title, text, date) in enumerate([
        ("跨境电商新规", "跨境电商平台出口增长。", "2025-01-02"),
        ("人工智能", "AI 与电商平台。", "2025-03-01"),
        ("无日期", "中小企业数字化。", ""),
    ])]
    figures = shards.build(docs, tmp_path / "search")
    meta = load(tmp_path / "search" / "meta.js")
    assert meta["pages"] == 3 and figures["shards"] == meta["shards"]
    pages = load(tmp_path / "search" / "pages" / "0.js")
    assert [p[1] for p in pages] == ["人工智能", "跨境电商新规", "无日期"]  # newest first, undated last
    index: dict = {}
    for n in range(meta["shards"]):
        for key, entry in load(tmp_path / "search" / "shards" / f"{n}.js").items():
            assert shards.shard_of(key, meta["shards"]) == n
            index[key] = decode(entry, meta["pages"])
    assert index["电商"] == [0, 1] and index["^电商"] == [1] and index["ai"] == [0]
    assert index["数字"] == [2]


def test_article_text_is_its_body_only():
    page = ('<h1>标题</h1><div data-pagefind-body>\n<p>正文 &amp; 数据<a class="headerlink">¶</a></p>'
            '<div class="admonition"><p>摘要</p></div></div><hr /><h2>相关阅读</h2><p>别的文章</p>')
    text = shards.text_of(page)
    assert "正文 & 数据" in text and "摘要" in text and "别的文章" not in text and "¶" not in text
