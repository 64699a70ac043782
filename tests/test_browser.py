"""The built site in real Chromium: search, navigation, offline, sub-path, feeds, no outside requests."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import pytest

from browser import browser_page, free_port, outside, search, serve, wait_for_results
from conftest import child_env, run
from generator.typography import typeset

QUERIES = ["新质生产力", "中小企业", "人工智能", "跨境电商"]


@pytest.fixture(scope="module")
def catalog(built_site: Path) -> list[dict]:
    out = run(["-m", "generator", "export"], built_site)
    return [json.loads(line) for line in out.stdout.splitlines()]


def articles(catalog: list[dict]) -> list[dict]:
    return [r for r in catalog if r["kind"] in ("article", "interview", "commentary")]


def best_match(catalog: list[dict], query: str) -> dict:
    """The article a reader expects first: the query in its title, else most often in its text."""
    def score(r: dict) -> tuple[int, int]:
        return (query in r["title"], (r["title"] + r["text"]).count(query))
    return max(articles(catalog), key=score)


def result_ids(results: list[dict]) -> list[str]:
    ids = []
    for r in results:
        path = unquote(urlsplit(r["href"]).path).rstrip("/")
        ids.append(path.rsplit("/", 1)[-1].replace(".html", ""))
    return ids


def mkdocs_build(project: Path, site_dir: Path, **env: str) -> None:
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, capture_output=True,
                            text=True, timeout=600, env={**child_env(), "SITE_DIR": str(site_dir), **env})
    assert result.returncode == 0, result.stderr


def findable(record: dict) -> str:
    """What the search looks in: headline, text, tags and authors."""
    return "\n".join([record["title"], record["text"], *record["tags"], *record["authors"]])


def test_chinese_search_finds_every_article_that_holds_the_query(built_site, catalog):
    site = built_site / "site"
    people = Counter(p for r in articles(catalog) for p in r["authors"])
    orgs = Counter(o for r in articles(catalog) for o in r["organizations"])
    person, org = people.most_common(1)[0][0], orgs.most_common(1)[0][0]
    by_id = {r["id"]: r for r in catalog}
    # 电商 inside 跨境电商平台 is where a word index (jieba's cut) misses pages.
    queries = QUERIES + ["电商", org, person, "数字 转型"]
    with serve(site) as base, browser_page() as page:
        page.goto(base)
        for query in queries:
            everything = search(page, query)  # in the box in the header
            assert len({r["href"] for r in everything}) == len(everything), query  # one result per page, not per section
            results = [r for r in everything if "/library/articles/" in r["href"]]  # hand-written pages are found too
            found = result_ids(results)
            holding = {r["id"] for r in articles(catalog) if all(term in findable(r) for term in query.split())}
            assert holding and holding <= set(found), (query, holding - set(found))
            for rid in found:  # and nothing that does not hold the query
                assert all(term in findable(by_id[rid]) for term in query.split()), (query, rid)
            first = best_match(catalog, query)
            if query in first["title"]:  # headline matches come first
                assert first["id"] in found[:5], (query, [r["title"] for r in results[:5]])
            for r in results:  # the query is marked wherever a result shows it, in the headline and the snippet
                if query in r["title"]:
                    assert query in r["marks"], (query, r["title"], r["marks"])
                if query in by_id[result_ids([r])[0]]["text"]:
                    assert query in r["snippet"] and query in r["snippet_marks"], (query, r["snippet"])
            status = page.locator("[data-news-search-status]").inner_text()
            assert f"找到 {len(everything)} 篇" in status, (status, len(everything))
        # A link to a search (?q=) opens the box in the header of any page with its results.
        page.goto(base + "about/?q=" + "跨境电商")
        wait_for_results(page, "跨境电商")
        assert best_match(catalog, "跨境电商")["id"] in result_ids(search_results(page))
        assert not outside(page.requested, (base,))


def search_results(page) -> list[dict]:
    from browser import results
    return results(page)


def test_headline_then_tag_matches_come_first(built_site, catalog):
    """For a tag that is also a word in other articles' text: the articles
    with it in their headline come first, then those tagged with it, then the rest."""
    pages = articles(catalog)
    usage = Counter(t for r in pages for t in r["tags"])

    def groups(tag: str) -> tuple[set, set, set]:
        titled = {r["id"] for r in pages if tag in r["title"]}
        tagged = {r["id"] for r in pages if tag in r["tags"]} - titled
        rest = {r["id"] for r in pages if tag in findable(r)} - titled - tagged
        return titled, tagged, rest
    tag = next(t for t, _ in usage.most_common() if all(groups(t)))
    titled, tagged, rest = groups(tag)
    with serve(built_site / "site") as base, browser_page() as page:
        page.goto(base)
        order = result_ids(search(page, tag))
    ranks = [0 if rid in titled else 1 if rid in tagged else 2 for rid in order]
    assert ranks == sorted(ranks) and set(order) >= titled | tagged | rest, (tag, ranks)


def test_listings_and_developer_pages_are_not_search_results(built_site):
    with serve(built_site / "site") as base, browser_page() as page:
        page.goto(base)
        home = page.url
        for query in ("jieba", "Chromium", "新质生产力", "中小企业"):
            hrefs = [r["href"] for r in search(page, query)]
            assert not [h for h in hrefs if "performance" in h or "/library/tags/" in h or "/library/sources/" in h], query
            assert home not in hrefs, query  # the home page only repeats headlines and figures


def test_typing_through_an_input_method_and_pasting_search_once_the_words_are_there(built_site, catalog):
    """An input method puts pinyin letters in the box while a word is being
    composed (compositionstart ... compositionend); nothing is searched until
    the word is committed. A pasted word is searched at once."""
    target = best_match(catalog, "新质生产力")
    with serve(built_site / "site") as base, browser_page() as page:
        page.goto(base + "about/")
        box = page.locator("[data-news-search-query]")
        box.click()
        cdp = page.context.new_cdp_session(page)
        searched = []
        page.expose_function("noteSearch", lambda q: searched.append(q))
        page.evaluate("""() => new MutationObserver(() => {
            const s = document.querySelector('[data-news-search-status]');
            if (s.dataset.query !== undefined) window.noteSearch(s.dataset.query);
          }).observe(document.querySelector('[data-news-search-status]'), {attributes: true})""")
        for pinyin in ("x", "xin", "xinzhi", "xinzhishengchanli"):
            cdp.send("Input.imeSetComposition", {"text": pinyin, "selectionStart": len(pinyin), "selectionEnd": len(pinyin)})
            page.wait_for_timeout(150)
        assert box.input_value() == "xinzhishengchanli" and not searched  # the pinyin is never searched
        cdp.send("Input.insertText", {"text": "新质生产力"})  # the reader picks the characters
        wait_for_results(page, "新质生产力")
        assert target["id"] in result_ids(search_results(page))
        assert [q for q in searched if q] == ["新质生产力"]
        # Pasting: the box is emptied, then the clipboard's text pasted in.
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base.rstrip("/"))
        page.evaluate("() => navigator.clipboard.writeText('跨境电商')")
        box.fill("")
        box.focus()
        page.keyboard.press("Control+V")
        wait_for_results(page, "跨境电商")
        assert best_match(catalog, "跨境电商")["id"] in result_ids(search_results(page))


def test_search_holds_on_a_narrow_screen(built_site, catalog):
    with serve(built_site / "site") as base, browser_page(width=390, height=800) as page:
        page.goto(base + first_article_url(catalog))
        def width() -> float:
            return page.evaluate("() => document.querySelector('.md-search__inner').getBoundingClientRect().width")
        assert page.locator("label.md-header__button[for=__search]").is_visible() and width() < 10  # behind the magnifier
        results = search(page, "中小企业")
        assert results and width() >= 380  # the search takes the whole screen
        # Nothing sticks out sideways: the results lie within the screen, and so
        # does the page apart from Material's round backdrop, which grows past
        # the edge while it opens (the page clips it: overflow-x hidden).
        right = page.evaluate("() => Math.max(...[...document.querySelectorAll('.news-search__result')]"
                              ".map(r => r.getBoundingClientRect().right))")
        assert right <= 390
        assert page.evaluate("() => getComputedStyle(document.documentElement).overflowX") == "hidden"
        assert page.evaluate("() => { document.querySelector('.md-search__overlay').style.display = 'none';"
                             " return document.documentElement.scrollWidth; }") <= 390
        page.locator(".news-search__result a").first.click()
        page.wait_for_load_state()
        assert "/library/articles/" in page.url


def first_article_url(catalog: list[dict]) -> str:
    return articles(catalog)[0]["path"].replace(".md", "/")


def test_pages_and_navigation_load_without_outside_requests(built_site, catalog):
    first = articles(catalog)[0]
    with serve(built_site / "site") as base, browser_page() as page:
        page.goto(base)
        page.get_by_role("link", name="来源").first.click()
        page.wait_for_load_state()
        assert "library/sources" in page.url
        page.goto(base + first["path"].replace(".md", "/"))
        assert page.locator("h1").first.inner_text().strip().startswith(first["title"][:6])
        assert page.locator(".article-meta").count() == 1
        page.get_by_role("link", name="来源").first.click()
        assert not outside(page.requested, (base,)), outside(page.requested, (base,))


def test_site_works_under_a_sub_path(built_site, tmp_path, catalog):
    port = free_port()
    root = tmp_path / "root"
    mkdocs_build(built_site, root / "news", SITE_URL=f"http://127.0.0.1:{port}/news/")
    target = best_match(catalog, "人工智能")
    with serve(root, port) as base, browser_page() as page:
        failed = []
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        page.goto(base + "news/")
        page.get_by_role("link", name="主题").first.click()
        page.wait_for_load_state()
        assert page.url.startswith(base + "news/library/topics/")
        assert target["id"] in result_ids(search(page, "人工智能"))[:5]
        page.goto(base + "news/" + target["path"].replace(".md", "/"))
        assert not failed, failed
        css = page.evaluate("() => [...document.styleSheets].filter(s => s.href).map(s => s.href)")
        assert css and all(h.startswith(base + "news/") for h in css)


def test_offline_build_works_from_disk(built_site, tmp_path, catalog):
    site = tmp_path / "offline"
    mkdocs_build(built_site, site, OFFLINE="true")
    index = (site / "index.html").as_uri()
    with browser_page() as page:
        page.goto(index)
        page.get_by_role("link", name="标签").first.click()
        page.wait_for_load_state()
        assert page.url.startswith("file://") and page.url.endswith("index.html")
        assert page.locator("h1").first.inner_text().strip().startswith("标签")
        results = search(page, "新质生产力")  # in the box in the header, from disk
        assert best_match(catalog, "新质生产力")["id"] in result_ids(results)[:5]
        assert all(r["href"].startswith("file://") and r["href"].endswith(".html") for r in results)
        assert all(r["snippet"] for r in results)  # each page's text loads from disk too
        page.goto((site / "about.html").as_uri())
        results = search(page, "中小企业")
        assert results and page.url.startswith("file://")
        page.locator(".news-search__result a").first.click()
        page.wait_for_load_state()
        assert page.url.startswith("file://") and page.locator("h1").count()
        assert not outside(page.requested, ("file://",)), outside(page.requested, ("file://",))


def test_feeds_and_sitemap_point_into_the_site(built_site, catalog):
    feed = json.loads((built_site / "site" / "feed.json").read_text(encoding="utf-8"))
    pages = {r["id"]: r for r in catalog if r["path"] and "/articles/" in r["path"]}
    assert sorted(item["id"] for item in feed["items"]) == sorted(pages)
    assert all(item["url"].startswith(feed["home_page_url"]) and item["title"] for item in feed["items"])
    # The Atom feed holds the same articles in the same order (newest first),
    # dated with the date where the text gives one.
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = ElementTree.parse(built_site / "site" / "feed.xml").getroot().findall("a:entry", ns)
    id_of = {item["url"]: item["id"] for item in feed["items"]}
    ids = [id_of[e.find("a:link", ns).get("href")] for e in entries]
    assert ids == [item["id"] for item in feed["items"]]
    for rid, entry in zip(ids, entries):
        if not pages[rid]["title_generated"]:  # as printed, with Chinese punctuation set full-width
            assert entry.findtext("a:title", namespaces=ns) == typeset(pages[rid]["title"])
        published = entry.findtext("a:published", namespaces=ns)
        assert (published or "")[:10] == (pages[rid]["date"] or "")[:10], (rid, published, pages[rid]["date"])
    assert any(pages[rid]["date"] for rid in ids)
    # Where each article was printed: the page on the site, and the paper.
    for item in feed["items"]:
        record = pages[item["id"]]
        assert item["_source"]["url"].startswith(feed["home_page_url"] + "library/sources/")
        if record["source"]:
            assert item["_source"]["publication"] == record["source"]
    for rid, entry in zip(ids, entries):
        source = entry.find("a:source", ns)
        assert source is not None and source.find("a:link", ns).get("href").startswith(feed["home_page_url"])
        if pages[rid]["source"]:
            assert source.findtext("a:title", namespaces=ns).startswith(pages[rid]["source"])
    assert "library/articles/" in (built_site / "site" / "sitemap.xml").read_text(encoding="utf-8")


HOSTILE = """恶意文本也只是文本

本报记者 张三 北京报道

这是一段正文，夹带<script>window.__pwned = 1; alert("script")</script>脚本标签，也夹带<img src=x onerror="window.__pwned = 2">图片标签。
正文继续：[点我](javascript:window.__pwned=3) 以及 {{ 7*7 }} 和 {% for x in y %}循环{% endfor %} 这样的模板语法。
还有 *强调* 与 __加粗__ 与 `代码` 与 <b>粗体</b> 与 &amp; 实体，以及 | 表格 | 列 | 这样的竖线。

---

| 甲 | 乙 |
|---|---|

1. 列表项目，后面还有更多的文字说明这篇文章的内容，保证正文足够长，能够成为一篇文章。
> 引用符号开头的一行文字，同样应该原样显示在页面上，而不是变成引用块。
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, project_copy) -> Path:
    project = tmp_path_factory.mktemp("hostile")
    for name in ("mkdocs.yml", "generator.yml"):
        (project / name).write_text((project_copy / name).read_text(encoding="utf-8"), encoding="utf-8")
    for folder in ("data", "templates", "generator", "docs", "overrides"):
        import shutil
        shutil.copytree(project_copy / folder, project / folder, ignore=shutil.ignore_patterns("library", "__pycache__", ".generat*"))
    (project / "seeds").mkdir()
    (project / "seeds" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    mkdocs_build(project, project / "site")  # the news plugin generates the pages first
    return project


def test_hostile_text_renders_as_text_and_runs_nothing(hostile_site):
    record = next(r for r in map(json.loads, run(["-m", "generator", "export"], hostile_site).stdout.splitlines())
                  if r["kind"] != "other")
    with serve(hostile_site / "site") as base, browser_page() as page:
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + record["path"].replace(".md", "/"))
        page.wait_for_timeout(500)
        assert page.evaluate("() => window.__pwned") is None and not dialogs
        text = page.locator("article").inner_text()
        # (cleaning closes up spaces next to Chinese characters: "| 表格 |" prints as "|表格|")
        for literal in ("<script>", "onerror=", "[点我](javascript:", "{{ 7*7 }}", "{% for x in y %}", "*强调*", "<b>粗体</b>", "|表格|列|"):
            assert literal in text, literal
        assert page.locator("article script, article img, article blockquote, article table").count() == 0
        assert not [a for a in page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.href)") if a.startswith("javascript:")]
        # The rest of the file (rule, table, list, quote) is listed on the issue page, as text,
        # folded away until the reader opens it.
        page.goto(base + "library/sources/hostile/")
        page.wait_for_timeout(300)
        for summary in page.locator("details.other > summary").all():
            summary.click()
        listing = page.locator("article").inner_text()
        assert "| 甲 | 乙 |" in listing and "引用符号开头" in listing and "---" in listing
        assert page.locator("article table, article blockquote, article hr + hr").count() == 0
        assert page.evaluate("() => window.__pwned") is None and not dialogs
