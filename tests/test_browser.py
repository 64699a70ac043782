"""The built site in real Chromium: search, navigation, offline, sub-path, no outside requests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from browser import browser_page, free_port, outside, search, serve
from conftest import child_env, run

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


def test_chinese_search_finds_and_highlights(built_site, catalog):
    people = Counter(p for r in articles(catalog) for p in r["authors"])
    orgs = Counter(o for r in articles(catalog) for o in r["organizations"])
    person, org = people.most_common(1)[0][0], orgs.most_common(1)[0][0]
    expected = {q: {best_match(catalog, q)["id"]} for q in QUERIES + [org]}
    expected[person] = {r["id"] for r in articles(catalog) if person in r["authors"]}  # a byline, not the text
    with serve(built_site / "site") as base, browser_page() as page:
        page.goto(base)
        for query, wanted in expected.items():
            results = search(page, query)
            assert wanted & set(result_ids(results)[:5]), (query, [r["title"] for r in results[:5]])
            marks = [m for r in results[:5] for m in r["marks"]]
            assert any(m and (m in query or query in m) for m in marks), (query, marks[:10])
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
        expected = best_match(catalog, "新质生产力")
        assert expected["id"] in result_ids(search(page, "新质生产力"))[:5]
        assert not outside(page.requested, ("file://",)), outside(page.requested, ("file://",))


def test_feed_and_sitemap_point_into_the_site(built_site, catalog):
    feed = json.loads((built_site / "site" / "feed.json").read_text(encoding="utf-8"))
    assert len(feed["items"]) == sum(1 for r in catalog if r["path"] and "/articles/" in r["path"])
    assert all(item["url"].startswith(feed["home_page_url"]) and item["title"] for item in feed["items"])
    assert "library/articles/" in (built_site / "site" / "sitemap.xml").read_text(encoding="utf-8")
