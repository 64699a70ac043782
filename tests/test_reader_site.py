"""The reader's site in real Chromium: sources and dates, indexes, reading comfort.

Set SCREENSHOT_DIR to keep a screenshot of each page these tests look at.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from browser import browser_page, free_port, outside, serve
from conftest import ROOT, copy_project, child_env, run
from generator.reading import only_time

CJK_COMMA = re.compile(r"[\u4e00-\u9fff][,;:?!][\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def catalog(built_site: Path) -> list[dict]:
    out = run(["-m", "generator", "export"], built_site)
    return [json.loads(line) for line in out.stdout.splitlines()]


def articles(catalog: list[dict]) -> list[dict]:
    return [r for r in catalog if r["kind"] != "other"]


def url_of(record: dict) -> str:
    return record["path"].replace(".md", "/")


def shot(page, name: str) -> None:
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def heading(page) -> str:
    """The page's headline as the reader reads it (without the permalink mark)."""
    return page.locator("h1").first.inner_text().replace("¶", "").strip()


def fits(page, width: int) -> bool:
    """Nothing on the page sticks out sideways."""
    return page.evaluate("() => document.documentElement.scrollWidth") <= width


@pytest.fixture(scope="module")
def sidecar_site(tmp_path_factory) -> Path:
    """Two seeds, one with a sidecar giving its paper, day and pages; built with `mkdocs build --strict`."""
    project = tmp_path_factory.mktemp("reader")
    seeds = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
    copy_project(project, list((seeds[0], seeds[4])))
    (project / "seeds" / (seeds[0].stem + ".yml")).write_text(
        "publication: 人民政协报\ndate: 2024-04-12\npages: 第5版 经济\n", encoding="utf-8")
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, capture_output=True,
                           text=True, timeout=600, env={**child_env(), "SITE_DIR": str(project / "site")})
    assert built.returncode == 0, built.stderr
    return project


def test_sources_have_names_dates_and_pages_and_a_date_archive(sidecar_site):
    records = [json.loads(line) for line in run(["-m", "generator", "export"], sidecar_site).stdout.splitlines()]
    given = next(r for r in records if r["kind"] == "article" and r["source"] == "人民政协报")
    with serve(sidecar_site / "site") as base, browser_page() as page:
        page.goto(base + url_of(given))
        header = page.locator(".article-meta").inner_text()
        assert "人民政协报 2024年4月12日" in header and "第5版 经济" in header
        assert "本文原载：人民政协报 2024年4月12日 · 第5版 经济" in page.locator("footer").inner_text()
        shot(page, "article-with-sidecar")
        # The sources index: dated issues first, by month; the rest under 未注明日期, by the name the text gives.
        page.goto(base + "library/sources/")
        text = page.locator("article").inner_text()
        assert text.index("2024年4月¶") < text.index("人民政协报 2024年4月12日") < text.index("未注明日期¶") < text.index("证券日报")
        assert ".txt" not in text
        # The date archive: a bar per month, a link to the month's issues and articles.
        page.goto(base + "library/dates/")
        bar = page.locator("figure.bars a").first
        assert "4月" in bar.inner_text()
        bar.click()
        page.wait_for_load_state()
        assert page.url.endswith("library/dates/2024-04/")
        assert page.locator("article").get_by_role("link", name="人民政协报 2024年4月12日").count() == 1
        assert page.locator("article li a").count() == sum(1 for r in records if r["source"] == "人民政协报"
                                                           and r["kind"] != "other")
        shot(page, "month")
    feed = json.loads((sidecar_site / "site" / "feed.json").read_text(encoding="utf-8"))
    item = next(i for i in feed["items"] if i["id"] == given["id"])
    assert item["_source"]["publication"] == "人民政协报" and item["_source"]["page"] == "第5版 经济"
    assert item["date_published"].startswith("2024-04-12")


def test_other_matter_on_a_source_page_is_folded_one_block_per_run(built_site, catalog):
    seed = max({r["seed"] for r in catalog}, key=lambda s: sum(1 for r in catalog if r["seed"] == s and r["kind"] == "other"))
    records = [r for r in catalog if r["seed"] == seed]
    runs = sum(1 for k, r in enumerate(records) if r["kind"] == "other" and (k == 0 or records[k - 1]["kind"] != "other"))
    with serve(built_site / "site") as base, browser_page() as page:
        page.goto(base + "library/sources/" + seed.rsplit(".", 1)[0] + "/")
        folds = page.locator("article details.other")
        assert folds.count() == runs and runs > 1
        assert page.locator("article details.other[open]").count() == 0
        listed = page.locator("article > ul > li > a, article > ul > li > p > a")
        assert listed.count() == sum(1 for r in records if r["kind"] != "other")
        height = page.evaluate("() => document.querySelector('article').scrollHeight")
        folds.first.locator("summary").click()
        assert page.evaluate("() => document.querySelector('article').scrollHeight") > height
        shown = re.sub(r"\s", "", folds.first.inner_text())
        first_other = next(r for r in records if r["kind"] == "other")
        assert re.sub(r"\s", "", first_other["text"])[:6] in shown
        shot(page, "source")


def test_indexes_are_grouped_by_pinyin_initial_most_used_first_and_stay_short(built_site, catalog):
    pages = articles(catalog)
    with serve(built_site / "site") as base, browser_page() as page:
        for kind, field in (("tags", "tags"), ("people", "people"), ("orgs", "organizations"), ("authors", "authors")):
            page.goto(base + f"library/{kind}/")
            names = {n for r in pages for n in r[field]}
            letters = page.locator("nav.initials a")
            counts = [int(re.search(r"(\d+)$", t.strip()).group(1)) for t in letters.all_inner_texts()]
            assert sum(counts) == len(names), kind  # every name under one initial
            height = page.evaluate("() => document.documentElement.scrollHeight")
            assert height < 6000, (kind, height)
            shot(page, f"index-{kind}")
            groups = page.locator("p.names")
            if groups.count():  # names on the index page itself, most used first within a letter
                for k in range(groups.count()):
                    numbers = [int(x) for x in groups.nth(k).locator("small").all_inner_texts()]
                    assert numbers == sorted(numbers, reverse=True), kind
            else:  # one page per initial
                letters.first.click()
                page.wait_for_load_state()
                assert "/library/initials/" in page.url
                numbers = [int(x) for x in page.locator("p.names small").all_inner_texts()]
                assert numbers and numbers == sorted(numbers, reverse=True)
                shot(page, f"initial-{kind}")
        # The cloud: the most used tag is the biggest, and a link to its page.
        page.goto(base + "library/tags/")
        usage = {}
        for r in pages:
            for t in r["tags"]:
                usage[t] = usage.get(t, 0) + 1
        top = max(usage, key=lambda t: (usage[t], t))
        word = page.locator(".cloud a").first
        name = word.inner_text().strip()
        assert usage[name] == usage[top]
        word.click()
        page.wait_for_load_state()
        assert heading(page) == f"标签：{name}"
        assert page.locator("article > ul > li").count() == min(100, usage[name])


def test_people_in_the_news_and_authors_are_apart(built_site, catalog):
    pages = articles(catalog)
    author = max({a for r in pages for a in r["authors"]}, key=lambda a: sum(a in r["authors"] for r in pages))
    with serve(built_site / "site") as base, browser_page() as page:
        page.goto(base + "library/people/")
        assert page.get_by_role("link", name="作者", exact=True).count() >= 1  # beside it in the navigation
        assert page.locator("p.names a", has_text=re.compile(f"^{author}$")).count() == 0
        page.goto(base + "library/authors/")
        assert page.locator("article").get_by_role("link", name=author, exact=True).count() >= 1


def test_every_chart_is_a_link_to_what_it_counts(built_site, catalog):
    pages = articles(catalog)
    with serve(built_site / "site") as base, browser_page() as page:
        for address in ("", "library/topics/", "library/dates/"):
            page.goto(base + address)
            bars = page.locator("figure.bars a")
            assert bars.count() >= 1, address
            for k in range(min(3, bars.count())):
                page.goto(base + address)
                bar = page.locator("figure.bars a").nth(k)
                number = int(bar.locator(".bars__n").inner_text())
                bar.click()
                page.wait_for_load_state()
                listed = page.locator("article > ul > li").count()
                if "/topics/" in page.url:
                    topic = unquote(urlsplit(page.url).path).rstrip("/").rsplit("/", 1)[-1]
                    assert number == sum(topic in r["topics"] for r in pages)
                    assert listed == min(number, 100)
                else:
                    assert page.locator("article li").count() >= 1


def test_reading_comfort_on_article_pages(built_site, catalog):
    pages = [r for r in articles(catalog) if r["path"]]
    half_width = next(r for r in pages if CJK_COMMA.search(r["text"]))
    with serve(built_site / "site") as base, browser_page() as page:
        page.goto(base + url_of(half_width))
        body = page.locator(".article-body").inner_text()
        assert not CJK_COMMA.search(body) and not CJK_COMMA.search(page.locator("h1").inner_text())
        shot(page, "article")
        # Breadcrumbs: home, the sources, this article's source.
        crumbs = page.locator(".md-path__link")
        assert crumbs.all_inner_texts()[:2] == ["首页", "来源"]
        crumbs.nth(2).click()
        page.wait_for_load_state()
        assert "/library/sources/" in page.url
        # No headline is a bare date; summaries only where they add to the opening.
        for r in pages:
            page.goto(base + url_of(r))
            title = heading(page)
            assert not only_time(title), (r["id"], title)
            box = page.locator(".admonition.abstract")
            if box.count():  # some sentence of it is not in the first 300 characters a reader sees
                opening, seen = "", page.locator(".article-body > p").all_inner_texts()
                while seen and len(opening) < 300:
                    opening += seen.pop(0)
                sentences = [x for x in re.split(r"(?<=[。！？])", box.locator("p").last.inner_text()) if x.strip()]
                assert any(x.strip() not in opening for x in sentences), r["id"]


def test_dark_mode_footer_feeds_and_navigation(built_site):
    with serve(built_site / "site") as base, browser_page() as page:
        page.goto(base)
        assert page.get_attribute("body", "data-md-color-scheme") == "default"
        page.locator("label[for=__palette_1]").click()
        assert page.get_attribute("body", "data-md-color-scheme") == "slate"
        page.goto(base + "library/tags/")
        assert page.get_attribute("body", "data-md-color-scheme") == "slate"  # kept across pages
        shot(page, "dark-tags")
        footer = page.locator("footer")
        assert "版权归原报刊所有" in footer.inner_text()
        for name, kind in (("Atom", "<feed"), ("JSON Feed", '"version"')):
            href = footer.get_by_role("link", name=name).get_attribute("href")
            response = page.request.get(urljoin(page.url, href))
            assert response.ok and kind in response.text()
        assert page.locator("head link[rel=alternate][type='application/atom+xml']").count() == 1
        tabs = page.locator(".md-tabs__link").all_inner_texts()
        assert "关于" in [t.strip() for t in tabs] and "性能" not in "".join(tabs)
        page.goto(base + "quality/")
        assert "报刊文本" in page.locator("article table").inner_text()
        page.get_by_role("link", name="性能").click()
        page.wait_for_load_state()
        assert page.url.endswith("/performance/") and heading(page) == "性能"


def urljoin(base: str, href: str) -> str:
    from urllib.parse import urljoin as join
    return join(base, href)


def test_404_page_is_in_chinese_and_works_under_the_site_path(built_site, tmp_path):
    port = free_port()
    root = tmp_path / "root"
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=built_site, capture_output=True,
                           text=True, timeout=600, env={**child_env(), "SITE_DIR": str(root / "news"),
                                                        "SITE_URL": f"http://127.0.0.1:{port}/news/"})
    assert built.returncode == 0, built.stderr
    with serve(root, port) as base, browser_page() as page:
        failed = []
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        page.goto(base + "news/404.html")  # what GitHub Pages serves at an address that leads nowhere
        assert heading(page) == "找不到这个页面"
        assert page.locator("[data-news-search-query]").count() == 1
        assert not failed and not outside(page.requested, (base,))
        shot(page, "404")
        page.get_by_role("link", name="首页").last.click()
        page.wait_for_load_state()
        assert page.url == base + "news/"


@pytest.mark.parametrize("address", ["", "library/sources/", "library/tags/", "library/people/", "library/dates/"])
def test_pages_fit_a_phone_screen(built_site, catalog, address):
    with serve(built_site / "site") as base, browser_page(width=390, height=800) as page:
        for url in (address, url_of(articles(catalog)[0])):
            page.goto(base + url)
            assert fits(page, 390), url
        shot(page, "phone-" + (address.strip("/").replace("/", "-") or "home"))
