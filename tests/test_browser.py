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

from browser import browser_page, free_port, outside, search, serve
from conftest import child_env, run
from generator.plugins.search.shards import text_of

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


def test_chinese_search_finds_every_article_that_holds_the_query(built_site, catalog):
    site = built_site / "site"
    people = Counter(p for r in articles(catalog) for p in r["authors"])
    orgs = Counter(o for r in articles(catalog) for o in r["organizations"])
    person, org = people.most_common(1)[0][0], orgs.most_common(1)[0][0]
    # 电商 inside 跨境电商平台 is where a word index (jieba's cut) misses pages.
    queries = QUERIES + ["电商", org, person, "数字 转型"]
    with serve(site) as base, browser_page() as page:
        page.goto(base)
        for query in queries:
            results = search(page, query)  # the first from the header box, the others on the search page
            found = set(result_ids(results))
            holding = {r["id"] for r in articles(catalog)
                       if all(term in r["title"] + r["text"] for term in query.split())}
            if query == person:  # a byline, not the text
                holding |= {r["id"] for r in articles(catalog) if person in r["authors"]}
            assert holding and holding <= found, (query, holding - found)
            for r in results:  # and nothing that does not hold the query
                path = site / unquote(urlsplit(r["href"]).path).strip("/") / "index.html"
                text = text_of(path.read_text(encoding="utf-8"))
                assert all(term in text for term in query.split()), (query, r["href"])
            first = best_match(catalog, query)
            if query in first["title"]:  # headline matches come first
                assert first["id"] in result_ids(results)[:5], (query, [r["title"] for r in results[:5]])
            for r in results[:5]:  # the query is marked wherever a result shows it
                if query in r["text"]:
                    assert query in r["marks"], (query, r["title"], r["marks"])
        assert "q=" in page.url  # the address keeps the last query
        # The header box of any other page opens the search page with the query.
        page.goto(base + "about/")
        assert best_match(catalog, "跨境电商")["id"] in result_ids(search(page, "跨境电商"))
        assert not outside(page.requested, (base,))


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
        results = search(page, "新质生产力")  # from the header box, into search.html
        assert best_match(catalog, "新质生产力")["id"] in result_ids(results)[:5]
        assert all(r["href"].startswith("file://") and r["href"].endswith(".html") for r in results)
        page.goto((site / "about.html").as_uri())
        assert search(page, "中小企业") and page.url.startswith("file://")
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
        assert entry.findtext("a:title", namespaces=ns) == pages[rid]["title"]
        published = entry.findtext("a:published", namespaces=ns)
        assert (published or "")[:10] == (pages[rid]["date"] or "")[:10], (rid, published, pages[rid]["date"])
    assert any(pages[rid]["date"] for rid in ids)
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
    for folder in ("data", "templates", "generator", "docs"):
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
        # The rest of the file (rule, table, list, quote) is listed on the issue page, as text.
        page.goto(base + "library/sources/hostile/")
        page.wait_for_timeout(300)
        listing = page.locator("article").inner_text()
        assert "| 甲 | 乙 |" in listing and "引用符号开头" in listing and "---" in listing
        assert page.locator("article table, article blockquote, article hr + hr").count() == 0
        assert page.evaluate("() => window.__pwned") is None and not dialogs
