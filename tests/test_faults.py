"""Fuzz suite: every kind of character in headlines. Front matter must read
back as written, and the site must build in strict mode."""
import html
import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from conftest import run

SAMPLES = {
    "DEL": "\x7f", "C1": "\x80\x9f", "NEL then rule": "\x85--- ", "LS then rule": "\u2028--- ", "PS": "\u2029",
    "non-characters": "\ufffe\uffff", "BOM": "\ufeff", "zero width": "\u200b\u200d", "bidi": "\u202e\u2066",
    "combining": "e\u0301", "emoji": "\U0001f600", "CJK ext B": "\U00020000", "private use": "\ue000",
    "C0": "\x01\x1b", "tab": "\t", "YAML syntax": ": - ? | > & * ! % @ ` #", "quotes": "'\"", "rule": "---",
    "end marker": "...", "Jinja": "{{ x }}{% y %}", "HTML": "<script>&amp;", "null word": "null", "number": "123",
    "fullwidth": "ＡＢＣ１２３", "ideographic space": "\u3000",
}


def _category_samples() -> dict[str, str]:
    """Up to three characters of every Unicode general category (surrogates
    excepted: they cannot be written as UTF-8)."""
    found: dict[str, str] = {}
    for cp in range(0x110000):
        category = unicodedata.category(chr(cp))
        if category != "Cs" and len(found.get(category, "")) < 3:
            found[category] = found.get(category, "") + chr(cp)
    return found


@pytest.mark.parametrize("chars", list(SAMPLES.values()) + list(_category_samples().values()),
                         ids=list(SAMPLES) + list(_category_samples()))
def test_front_matter_reads_back_whatever_a_headline_holds(chars):
    from generator.render import front_matter

    title = f"标题{chars}--- 结尾"
    meta = {"title": title, "description": chars, "tags": [chars, "标签"], "source": None, "id": "x"}
    body, read = get_data(front_matter(meta) + "\n\n# 正文\n")
    assert read == meta and body.strip() == "# 正文"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40))
def test_front_matter_fuzz(text):
    from generator.render import front_matter

    meta = {"title": text, "description": text + "\n--- " + text, "tags": [text]}
    body, read = get_data(front_matter(meta) + "\n\n正文\n")
    assert read == meta and body.strip() == "正文"


def test_every_generated_page_has_front_matter_mkdocs_reads(built_site):
    pages = sorted((built_site / "docs" / "library").rglob("*.md"))
    assert len(pages) > 50
    for page in pages:
        if page.name.startswith("_"):  # snippets included by other pages
            continue
        _, meta = get_data(page.read_text(encoding="utf-8-sig"))
        assert meta.get("title"), page


def test_headlines_with_every_kind_of_character_build_a_strict_site(project):
    body = "这是正文的第一句话，内容足够长，说明文章的主题和背景，记者在现场进行了采访。" * 4
    text = "\n\n".join(f"标题{chars}测试{n}\n\n本报记者 王某 北京报道\n\n{chars}{body}" for n, chars in enumerate(SAMPLES.values()))
    (project / "seeds" / "characters.txt").write_text(text, encoding="utf-8")
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 0, out.stderr
    lines = run(["-m", "generator", "export"], project).stdout.split("\n")  # (U+2028 in a record is no line end)
    records = {r["id"]: r for r in map(json.loads, filter(None, lines))}
    checked = 0
    for page in sorted((project / "docs" / "library").rglob("*.md")):
        if page.name.startswith("_"):
            continue
        _, meta = get_data(page.read_text(encoding="utf-8-sig"))
        assert meta.get("title"), page
        if page.parent.name == "articles":
            assert meta["title"] == html.escape(records[meta["id"]]["title"], quote=True), page
            checked += records[meta["id"]]["seed"] == "characters.txt"
    assert checked >= len(SAMPLES) // 2
    site = run(["-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")], project)
    assert site.returncode == 0, site.stderr
