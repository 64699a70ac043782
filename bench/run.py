"""Benchmark: synthetic collections of about 100, 1,000 and 10,000 articles.

    python bench/run.py [--sizes 100,1000,10000] [--json] [--jobs 2] [--no-browser] [--no-mkdocs]

Collections are made from the seeds (their articles' paragraphs recombined
into new issue files, deterministic, no network) in a temporary project. For
each size it measures the generator (time per stage, peak memory), the
MkDocs build, the search index and site sizes, and in Chromium the time from
typing a query to the first result; the same for the two search engines meant
for large collections (our sharded index and Pagefind), with how many of the
articles holding the query each one finds; and a rebuild after editing one
file (a new `build` process, and inside a running `watch`). On the seeds it
measures, side by side in this run, a bare `jieba.lcut` pass over the same
text (the yardstick); on the 1,000-article collection, a parallel run.
Figures are printed as a table (and JSON with --json).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

ARTICLES_PER_FILE = 10
REPORTERS = ["王立新", "李晓明", "张海燕", "刘建国", "陈思远", "杨光辉", "赵一鸣", "孙雅琴", "周文博", "吴俊峰"]
CITIES = ["北京", "上海", "广州", "深圳", "成都", "西安", "杭州", "武汉"]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), e.get("PYTHONPATH", "")) if p)
    return e


def timed(cmd: list[str], cwd: Path, extra_env: dict | None = None) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env={**env(), **(extra_env or {})})
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed:\n{out.stderr[-2000:]}")
    return elapsed, out


def profile_of(out: subprocess.CompletedProcess) -> dict:
    line = next(l for l in out.stderr.splitlines() if l.startswith("profile: "))
    return json.loads(line[len("profile: "):])


def seed_material() -> tuple[list[str], list[str]]:
    """Headlines and paragraphs of the seed articles."""
    from generator.read import read_source
    from generator.split import split_document

    titles, paragraphs = [], []
    for path in sorted((ROOT / "seeds").iterdir()):
        for rec in split_document(read_source(path)):
            if rec.kind in ("article", "interview", "commentary"):
                titles.append(rec.title.replace(" ", ""))
                paragraphs += [p.text for p in rec.paragraphs if not p.heading and not p.figure and len(p.text) >= 40]
    return titles, paragraphs


def make_collection(folder: Path, articles: int, titles: list[str], paragraphs: list[str], seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    files = max(1, articles // ARTICLES_PER_FILE)
    for f in range(files):
        parts = []
        for a in range(ARTICLES_PER_FILE):
            head = rng.choice(titles)
            cut = rng.randint(4, max(5, len(head) - 2))
            title = head[:cut] + rng.choice(titles)[cut // 2:][:12]
            body = rng.sample(paragraphs, rng.randint(5, 12))
            parts.append(f"{title}\n\n本报记者 {rng.choice(REPORTERS)} {rng.choice(CITIES)}报道\n\n" + "\n\n".join(body))
        (folder / f"issue_{f:05d}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def make_project(base: Path, seeds: Path) -> Path:
    project = base / "project"
    project.mkdir()
    for name in ("mkdocs.yml", "generator.yml"):
        shutil.copy(ROOT / name, project / name)
    for folder in ("data", "templates", "generator"):
        shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("library", ".generat*"))
    shutil.move(str(seeds), project / "seeds")
    return project


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def yardstick() -> dict:
    """Fresh processes, best of three: bare jieba.lcut vs the generator, on the seeds."""
    bare_code = ("import jieba,logging,pathlib; jieba.setLogLevel(logging.WARNING)\n"
                 "for p in sorted(pathlib.Path('seeds').iterdir()): jieba.lcut(p.read_text(encoding='utf-8'))")
    bare = min(timed([sys.executable, "-c", bare_code], ROOT)[0] for _ in range(3))
    gen = min(timed([sys.executable, "-m", "generator", "export", "--no-cache"], ROOT)[0] for _ in range(3))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in (ROOT / "seeds").iterdir())
    return {"chars": chars, "jieba_lcut_s": round(bare, 3), "generator_s": round(gen, 3), "ratio": round(gen / bare, 2)}


# In a fresh page: a specific query first (it pays for loading the index),
# then a broad one; in the synthetic collections 新质生产力 is in most articles.
QUERIES = {"first": "跨境电商", "broad": "新质生产力"}


def search_latency(site: Path) -> dict:
    from browser import browser_page, serve

    figures = {}
    with serve(site) as base, browser_page() as page:
        page.goto(base)
        page.wait_for_load_state("load")
        for label, query in QUERIES.items():
            box = page.locator("input.md-search__input")
            box.click()
            box.fill("")
            page.wait_for_selector(".md-search-result__item", state="detached", timeout=600_000)
            start = time.perf_counter()
            box.fill(query)
            box.press("End")
            page.wait_for_selector(".md-search-result__item", timeout=600_000)
            figures[f"{label}_query_s"] = round(time.perf_counter() - start, 3)
    return figures


def page_latency(site: Path, box: str, done: str, message: str, count_before: str | None = None, after=None) -> dict:
    """On a search page: for each query, the time from typing to `done` (a JS
    condition given the query) and the number of hits read from `message`
    (the digits before the query, or before `count_before`); then whatever
    `after(page)` adds."""
    from browser import browser_page, serve

    figures = {}
    with serve(site) as base, browser_page() as page:
        page.goto(base + "search/")
        page.wait_for_load_state("load")
        field = page.locator(box)
        for label, query in QUERIES.items():
            start = time.perf_counter()
            field.fill(query)
            page.wait_for_function(done, arg=query, timeout=600_000)
            figures[f"{label}_query_s"] = round(time.perf_counter() - start, 3)
            text = page.locator(message).inner_text()
            figures[f"{label}_results"] = int("".join(c for c in text.split(count_before or query)[0] if c.isdigit()) or 0)
        if after is not None:
            figures.update(after(page))
    return figures


def pagefind_latency(site: Path) -> dict:
    return page_latency(site, ".pagefind-ui__search-input",
                        "q => document.querySelector('.pagefind-ui__message') && "
                        "document.querySelector('.pagefind-ui__message').innerText.includes(q) && "
                        "document.querySelector('.pagefind-ui__result')", ".pagefind-ui__message")


def shard_latency(site: Path) -> dict:
    """As for Pagefind, and every page found for the first query (for recall)."""
    from test_browser import shard_search

    def found(page) -> dict:
        page.locator("#shard-search input").fill("")
        return {"first_found": found_pages(shard_search(page, QUERIES["first"]))}

    return page_latency(site, "#shard-search input",
                        "q => document.getElementById('shard-search-status').dataset.query === q && "
                        "document.querySelector('.shard-search__result')", "#shard-search-status", count_before="篇",
                        after=found)


def pagefind_found(site: Path, query: str) -> set[str]:
    """Every page Pagefind returns for a query (its JavaScript API, all results)."""
    from browser import browser_page, serve

    with serve(site) as base, browser_page() as page:
        page.goto(base + "search/")
        page.wait_for_load_state("load")
        urls = page.evaluate("""async (q) => { const pf = await import('/pagefind/pagefind.js'); await pf.init();
            const s = await pf.search(q); const d = await Promise.all(s.results.map(r => r.data()));
            return d.map(x => x.url); }""", query)
    return found_pages(urls)


def found_pages(urls: list[str]) -> set[str]:
    from urllib.parse import unquote, urlsplit

    return {unquote(urlsplit(u).path).strip("/").rsplit("/", 1)[-1].replace(".html", "") for u in urls}


def holding(site: Path, query: str) -> set[str]:
    """Article pages whose text (the body a search engine indexes) holds the query."""
    from generator.site.shards import text_of

    return {p.parent.name for p in (site / "library" / "articles").glob("*/index.html")
            if query in text_of(p.read_text(encoding="utf-8"))}


def recall(found: set[str], truth: set[str]) -> dict:
    return {"holding": len(truth), "found_of_holding": len(found & truth),
            "recall": round(len(found & truth) / len(truth), 3) if truth else None}


def run_size(n: int, titles, paragraphs, args, work: Path) -> dict:
    base = work / f"n{n}"
    base.mkdir()
    make_collection(base / "seeds", n, titles, paragraphs)
    project = make_project(base, base / "seeds")
    wall, out = timed([sys.executable, "-m", "generator", "build", "--profile"], project)
    prof = profile_of(out)
    row = {"articles": n, "files": len(list((project / "seeds").iterdir())), "generator_s": round(wall, 2),
           "stages": prof["timings"], "peak_rss_mb": prof["peak_rss_mb"]}
    if not args.no_mkdocs:
        mk, _ = timed([sys.executable, "-m", "mkdocs", "build", "--strict"], project, {"SITE_DIR": str(project / "site")})
        index = project / "site" / "search" / "search_index.json"
        row.update(mkdocs_s=round(mk, 2), search_index_mb=round(index.stat().st_size / 2**20, 2),
                   index_kb_per_article=round(index.stat().st_size / 1024 / n, 1),
                   site_mb=round(folder_size(project / "site") / 2**20, 1))
        if not args.no_browser and n >= 1000:
            row["search"] = search_latency(project / "site")
        # The scalable option: Pagefind loads its index in chunks.
        pf_site = project / "site-pagefind"
        pf, _ = timed([sys.executable, "-m", "mkdocs", "build", "--strict"], project,
                      {"SITE_DIR": str(pf_site), "SEARCH_ENGINE": "pagefind"})
        bundle = folder_size(pf_site / "pagefind")
        row["pagefind"] = {"mkdocs_s": round(pf, 2), "bundle_mb": round(bundle / 2**20, 2),
                           "kb_per_article": round(bundle / 1024 / n, 1)}
        # Our own index in pieces (character pairs by first character).
        sh_site = project / "site-shards"
        sh, _ = timed([sys.executable, "-m", "mkdocs", "build", "--strict"], project,
                      {"SITE_DIR": str(sh_site), "SEARCH_ENGINE": "shards"})
        bundle = folder_size(sh_site / "search")
        row["shards"] = {"mkdocs_s": round(sh, 2), "bundle_mb": round(bundle / 2**20, 2),
                         "kb_per_article": round(bundle / 1024 / n, 1)}
        if not args.no_browser and n >= 1000:
            truth = holding(sh_site, QUERIES["first"])
            row["pagefind"].update(pagefind_latency(pf_site))
            row["pagefind"].update(recall(pagefind_found(pf_site, QUERIES["first"]), truth))
            figures = shard_latency(sh_site)
            row["shards"].update(recall(figures.pop("first_found"), truth), **figures)
    row["incremental"] = incremental(project, wall)
    if n == 1000 or (n == max(args.sizes) and 1000 not in args.sizes):
        row["parallel"] = parallel(project, args.jobs)
    return row


def edit(victim: Path, n: int) -> None:
    victim.write_text(victim.read_text(encoding="utf-8") + f"\n编者补记：本期内容有第 {n} 次更新。\n", encoding="utf-8")


def incremental(project: Path, full_s: float) -> dict:
    """Edit one file, rebuild with a new process (`build`), then again inside a running `watch`."""
    from test_watch import Watcher

    victim = sorted((project / "seeds").iterdir())[len(list((project / "seeds").iterdir())) // 2]
    edit(victim, 1)
    wall, out = timed([sys.executable, "-m", "generator", "build", "--profile"], project)
    prof = profile_of(out)
    row = {"files": prof["processed"] + prof["cached"], "reprocessed": prof["processed"], "rendered": prof["rendered"],
           "stages": prof["timings"],
           "rebuild_s": round(wall, 2), "full_s": round(full_s, 2), "ratio": round(wall / full_s, 3)}
    watcher = Watcher(project)
    try:
        watcher.next_build(timeout=3600)
        edit(victim, 2)
        prof, line = watcher.next_build(timeout=3600)
    finally:
        watcher.stop()
    seconds = float(line.split(" in ", 1)[1].split(" s", 1)[0])
    row.update(watch_reprocessed=prof["processed"], watch_rendered=prof["rendered"], watch_stages=prof["timings"], watch_rebuild_s=seconds,
               watch_ratio=round(seconds / full_s, 3))
    return row


def parallel(project: Path, jobs: int) -> dict:
    one, out1 = timed([sys.executable, "-m", "generator", "export", "--no-cache"], project)
    many, outn = timed([sys.executable, "-m", "generator", "export", "--no-cache", "--jobs", str(jobs)], project)
    return {"jobs": jobs, "serial_s": round(one, 2), "parallel_s": round(many, 2), "identical": out1.stdout == outn.stdout}


def table(result: dict) -> str:
    y = result["yardstick"]
    lines = [f"yardstick on the seeds ({y['chars']:,} chars): bare jieba.lcut {y['jieba_lcut_s']} s, "
             f"generator {y['generator_s']} s -> {y['ratio']}x (target <= 1.5x)", "",
             f"{'articles':>8} {'files':>6} {'gen s':>7} {'read+split':>10} {'enrich':>7} {'render':>7} {'write':>6} "
             f"{'peak MB':>8} {'mkdocs s':>9} {'index MB':>9} {'KB/art':>7} {'site MB':>8} {'1st q s':>8} {'broad q s':>9}"]
    for r in result["sizes"]:
        st = r["stages"]
        s = r.get("search", {})
        lines.append(f"{r['articles']:>8} {r['files']:>6} {r['generator_s']:>7} {st.get('read_split_analyse', 0):>10.2f} "
                     f"{st.get('enrich', 0):>7.2f} {st.get('render', 0):>7.2f} {st.get('write', 0):>6.2f} {r['peak_rss_mb']:>8} "
                     f"{r.get('mkdocs_s', '-'):>9} {r.get('search_index_mb', '-'):>9} {r.get('index_kb_per_article', '-'):>7} "
                     f"{r.get('site_mb', '-'):>8} {s.get('first_query_s', '-'):>8} {s.get('broad_query_s', '-'):>9}")
    if any("shards" in r for r in result["sizes"]):
        lines.append(f"\nwith SEARCH_ENGINE=shards (our index in pieces; {QUERIES['first']} first, then {QUERIES['broad']}):")
        lines.append(f"{'articles':>8} {'mkdocs s':>9} {'bundle MB':>10} {'KB/art':>7} {'1st q s':>8} {'hits':>6} {'broad q s':>9} "
                     f"{'hits':>6} {'recall':>12}")
        for r in result["sizes"]:
            p = r.get("shards")
            if p:
                found = f"{p['found_of_holding']}/{p['holding']}" if "holding" in p else "-"
                lines.append(f"{r['articles']:>8} {p['mkdocs_s']:>9} {p['bundle_mb']:>10} {p['kb_per_article']:>7} "
                             f"{p.get('first_query_s', '-'):>8} {p.get('first_results', '-'):>6} {p.get('broad_query_s', '-'):>9} "
                             f"{p.get('broad_results', '-'):>6} {found:>12}")
    if any("pagefind" in r for r in result["sizes"]):
        lines.append("\nwith SEARCH_ENGINE=pagefind (index loaded in chunks):")
        lines.append(f"{'articles':>8} {'mkdocs s':>9} {'bundle MB':>10} {'KB/art':>7} {'1st q s':>8} {'hits':>6} {'broad q s':>9} "
                     f"{'hits':>6} {'recall':>12}")
        for r in result["sizes"]:
            p = r.get("pagefind")
            if p:
                lines.append(f"{r['articles']:>8} {p['mkdocs_s']:>9} {p['bundle_mb']:>10} {p['kb_per_article']:>7} "
                             f"{p.get('first_query_s', '-'):>8} {p.get('first_results', '-'):>6} {p.get('broad_query_s', '-'):>9} "
                             f"{p.get('broad_results', '-'):>6} "
                             f"{(str(p['found_of_holding']) + '/' + str(p['holding'])) if 'holding' in p else '-':>12}")
    by_n = {r["articles"]: r for r in result["sizes"]}
    if 1000 in by_n and 10000 in by_n:
        lines.append(f"\nlinear growth: generator at 10,000 / at 1,000 = {by_n[10000]['generator_s'] / by_n[1000]['generator_s']:.2f}x (target <= 11x)")
    if 10000 in by_n:
        lines.append(f"peak memory at 10,000 articles: {by_n[10000]['peak_rss_mb']} MB (target < 2048 MB)")
    for r in result["sizes"]:
        i = r["incremental"]
        target = " (target <= 10%)" if i["files"] == 100 else ""
        lines.append(f"incremental, {i['files']} files, one edited: `build` reprocessed {i['reprocessed']}, rendered "
                     f"{i['rendered']} pages, {i['rebuild_s']} s vs full {i['full_s']} s = {i['ratio']:.1%}; inside `watch` "
                     f"{i['watch_rebuild_s']} s = {i['watch_ratio']:.1%}{target}")
    for r in result["sizes"]:
        if "parallel" in r:
            p = r["parallel"]
            lines.append(f"--jobs {p['jobs']}: {p['parallel_s']} s vs serial {p['serial_s']} s, identical output: {p['identical']}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000,10000", help="article counts, comma-separated")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    ap.add_argument("--no-mkdocs", action="store_true", help="skip the MkDocs builds (and the browser)")
    ap.add_argument("--no-browser", action="store_true", help="skip search timing in Chromium")
    args = ap.parse_args()
    args.sizes = [int(s) for s in args.sizes.split(",")]
    titles, paragraphs = seed_material()
    result = {"yardstick": yardstick(), "sizes": []}
    with tempfile.TemporaryDirectory(prefix="news-bench-") as tmp:
        for n in args.sizes:
            result["sizes"].append(run_size(n, titles, paragraphs, args, Path(tmp)))
            print(f"bench: {n} articles done", file=sys.stderr)
    result["queries"] = QUERIES
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
