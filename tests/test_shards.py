"""The search index in pieces (news/search plugin): keys, encoding, files."""
from __future__ import annotations

import base64
import json
import re

import pytest

from generator.plugins.search import background, shards


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
    assert {"跨境", "境电", "电商", "商平", "平台"} <= found  # every pair
    assert {"跨", "境", "台", "王"} <= found  # and every character, for one-character queries
    assert {"5g", "ai"} <= found and "台，" not in found and "与ai" not in found


def test_a_key_and_its_marked_forms_share_a_shard_and_latin_words_go_by_first_letter():
    for key in ("电商", "电", "ai"):
        assert shards.shard_of(key, 64) == shards.shard_of("^" + key, 64) == shards.shard_of("#" + key, 64)
    assert shards.shard_of("chatgpt", 64) == shards.shard_of("c", 64) == shards.shard_of("chip", 64)
    assert shards.key_hash("电商") == (ord("电") * 31 + ord("商")) & 0xFFFFFFFF


def test_page_lists_round_trip_as_gaps_or_bitmaps():
    from array import array

    for ids, pages in (([3, 4, 90], 1000), (list(range(0, 1000, 2)), 1000), ([0], 1), (list(range(7)), 7)):
        encoded = shards.encode(array("I", ids), pages)
        assert decode(encoded, pages) == ids
    assert isinstance(shards.encode(array("I", range(0, 1000, 2)), 1000), str)  # dense: a bitmap is shorter
    assert isinstance(shards.encode(array("I", [5, 900]), 1000), list)


def test_index_files_hold_every_key_in_its_shard(tmp_path):
    docs = [shards.Doc(url=f"a/{n}/", title=title, text=text, date=date, tags=tags, names=names)
            for n, (title, text, date, tags, names) in enumerate([
                ("跨境电商新规", "跨境电商平台出口增长。", "2025-01-02", ("外贸",), ("王立新",)),
                ("人工智能", "AI 与电商平台。", "2025-03-01", ("电商",), ()),
                ("无日期", "中小企业数字化。", "", (), ()),
            ])]
    figures = shards.build(docs, tmp_path / "search")
    meta = load(tmp_path / "search" / "meta.js")
    assert meta["pages"] == 3 and figures["shards"] == meta["shards"]
    pages = load(tmp_path / "search" / "pages" / "0.js")
    assert [p[1] for p in pages] == ["人工智能", "跨境电商新规", "无日期"]  # newest first, undated last
    assert pages[0][4] == ["电商"]  # tags, to show the ones that match
    assert load(tmp_path / "search" / "text" / "1.js") == "跨境电商平台出口增长。"  # the text, for snippets
    index: dict = {}
    for n in range(meta["shards"]):
        for key, entry in load(tmp_path / "search" / "shards" / f"{n}.js").items():
            assert shards.shard_of(key, meta["shards"]) == n
            index[key] = decode(entry, meta["pages"])
    assert index["电商"] == [0, 1] and index["^电商"] == [1] and index["#电商"] == [0] and index["ai"] == [0]
    assert index["数字"] == [2] and index["立新"] == [1]  # authors are found, though not in the text
    assert index["#外贸"] == [1] and "^外贸" not in index


def test_article_text_is_its_body_only_in_lines():
    page = ('<h1>标题</h1><div class="article-meta"><p>来源</p></div><div data-search-body>\n<p>正文 &amp; 数据'
            '<a class="headerlink">¶</a></p><p>第二段</p></div><div data-search-end></div><h2>相关阅读</h2>'
            '<p>别的文章</p><hr />')
    text = shards.text_of(page)
    assert text == "正文 & 数据\n第二段"
    assert shards.text_of("<h1>关于</h1><p>一段 文字</p>") == "关于\n一段 文字"


def _tree(root) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _some_docs() -> list[shards.Doc]:
    return [shards.Doc(url=f"a/{n}/", title=f"第{n}篇 跨境电商", text="电商平台出口增长。" * (n % 7 + 1) + f"AI {n}",
                       date=f"2025-01-{n % 28 + 1:02d}" if n % 3 else "", tags=("外贸",) if n % 2 else ())
            for n in range(250)]


def test_index_written_beside_the_rendering_is_the_same(tmp_path):
    """The index the plugin has written in a second process while MkDocs
    renders pages (background.py) is the one shards.build writes in-process."""
    if not background.available():
        pytest.skip("written in-process where fork is not used")
    here = shards.build(_some_docs(), tmp_path / "here" / "search")
    figures = background.IndexBuild(_some_docs(), tmp_path / "there" / "search").result()
    assert _tree(tmp_path / "here") == _tree(tmp_path / "there")
    assert {k: v for k, v in figures.items() if k != "seconds"} == here and figures["seconds"] > 0


def test_index_that_cannot_be_written_is_an_error_naming_why(tmp_path):
    if not background.available():
        pytest.skip("written in-process where fork is not used")
    (tmp_path / "site").write_text("a file where the site folder should be", encoding="utf-8")
    with pytest.raises(RuntimeError, match="FileExistsError|NotADirectoryError"):
        background.IndexBuild(_some_docs(), tmp_path / "site" / "search").result()
