"""Benchmark: synthetic collections of about 100, 1,000 and 10,000 articles.

    python bench/run.py [--sizes 100,1000,10000] [--json] [--jobs 2] [--no-browser] [--no-mkdocs]

Collections are made from the seeds (their articles' paragraphs recombined
into new issue files, deterministic, no network) in a temporary project. For
each size it measures the full site build from scratch (`mkdocs build
--strict`, whose news plugin runs the generator first: its time per stage and
peak memory come from the plugin's profile line), the search index and site
sizes, in Chromium the time from typing a query to the first result and how
many of the articles holding the query are found, and a rebuild after editing
one file: as a one-off `mkdocs build`, and inside a running `mkdocs serve`
(the generator's part as the plugin reports it, and the whole cycle from the
edit to MkDocs telling the browsers to reload). With --no-mkdocs, only the
generator (`python -m generator build`). On the seeds it measures, side by
side in this run, a bare `jieba.lcut` pass over the same text (the
yardstick); on the 1,000-article collection, a parallel run. Figures are
printed as a table (and JSON with --json).
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_serve import REGENERATED  # noqa: E402  (the news plugin's summary line)

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
    """The generator's figures: the CLI's --profile line, or the news plugin's
    (logged at debug level, so `mkdocs build --verbose`)."""
    line = next(l for l in out.stderr.splitlines() if "profile: " in l)
    return json.loads(line.split("profile: ", 1)[1])


def mkdocs_build(project: Path, *args: str) -> tuple[float, dict]:
    """A `mkdocs build --strict`: wall time, and the news plugin's figures."""
    wall, out = timed([sys.executable, "-m", "mkdocs", "build", "--strict", "--verbose", *args], project,
                      {"SITE_DIR": str(project / "site"), "NO_MKDOCS_2_WARNING": "1"})
    prof = profile_of(out)
    prof["generator_s"] = float(REGENERATED.search(out.stderr).group(2))
    return wall, prof


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
    for folder in ("data", "templates", "generator", "overrides"):
        shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("library", ".generat*"))
    shutil.move(str(seeds), project / "seeds")
    return project


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def yardstick() -> dict:
    """Fresh processes, best of three: bare jieba.lcut vs the generator, on the seeds.

    Both start from byte-compiled modules: jieba's were compiled when pip
    installed it, the generator's (an editable install compiles nothing, and
    with PYTHONDONTWRITEBYTECODE set Python never keeps what it compiles) are
    compiled here first, as a regular install would have them."""
    compileall.compile_dir(str(ROOT / "generator"), quiet=1)
    bare_code = ("import jieba,logging,pathlib; jieba.setLogLevel(logging.WARNING)\n"
                 "for p in sorted(pathlib.Path('seeds').iterdir()): jieba.lcut(p.read_text(encoding='utf-8'))")
    bare = min(timed([sys.executable, "-c", bare_code], ROOT)[0] for _ in range(3))
    gen = min(timed([sys.executable, "-m", "generator", "export", "--no-cache"], ROOT)[0] for _ in range(3))
    one = min(timed([sys.executable, "-m", "generator", "export", "--no-cache", "--jobs", "1"], ROOT)[0] for _ in range(3))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in (ROOT / "seeds").iterdir())
    # (the default reads the files in one process per core; --jobs 1 in this one process only)
    return {"chars": chars, "jieba_lcut_s": round(bare, 3), "generator_s": round(gen, 3), "ratio": round(gen / bare, 2),
            "one_process_s": round(one, 3), "one_process_ratio": round(one / bare, 2)}


# A specific query and a broad one (in the synthetic collections 新质生产力
# is in most articles), each in a fresh browser: it pays for loading the index.
QUERIES = {"first": "跨境电商", "broad": "新质生产力"}


def search_figures(site: Path) -> dict:
    """In the search box in the header of the home page, each query in a
    fresh browser: the time from typing to the first result on screen, what
    the browser downloaded for it (the index's files), and the number of hits;
    then every page found for the first query (showing all its results)."""
    from browser import browser_page, search, serve

    figures: dict = {}
    with serve(site) as base:
        for label, query in QUERIES.items():
            with browser_page() as page:
                page.goto(base)
                page.wait_for_load_state("load")
                loaded: list[int] = []
                page.on("requestfinished", lambda request: loaded.append(request.sizes()["responseBodySize"])
                        if "/search/" in request.url else None)
                box = page.locator("[data-news-search-query]")
                box.click()
                page.wait_for_timeout(500)  # what the page loads on its own (the index's description) is done
                loaded.clear()
                start = time.perf_counter()
                box.fill(query)
                page.wait_for_function("q => document.querySelector('[data-news-search-status]').dataset.query === q && "
                                       "document.querySelector('.news-search__result')", arg=query, timeout=600_000)
                figures[f"{label}_query_s"] = round(time.perf_counter() - start, 3)
                page.wait_for_timeout(200)  # requests still finishing
                figures[f"{label}_query_kb"] = round(sum(loaded) / 1024, 1)
                status = page.locator("[data-news-search-status]").inner_text()
                figures[f"{label}_results"] = int("".join(c for c in status.split("篇")[0] if c.isdigit()) or 0)
                if label == "first":
                    figures["first_found"] = found_pages([r["href"] for r in search(page, query)])
    return figures


def minimal_material(project: Path) -> float:
    """A minimal Material build over the same pages (the ones the full build
    generated): theme material, the same Markdown extensions, no plugins, no
    overrides. Wall time of `mkdocs build`."""
    ours = (project / "mkdocs.yml").read_text(encoding="utf-8")
    keep = {"site_name", "site_url", "docs_dir", "exclude_docs", "nav", "markdown_extensions", "validation"}
    lines, taking = [], False
    for line in ours.splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            taking = line.split(":", 1)[0] in keep
        if taking:
            lines.append(line)
    lines += ["site_dir: site-minimal", "theme:", "  name: material", "  language: zh", "  font: false", "plugins: []"]
    config = project / "mkdocs-minimal.yml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wall, _ = timed([sys.executable, "-m", "mkdocs", "build", "-f", str(config)], project, {"NO_MKDOCS_2_WARNING": "1"})
    return wall


def heaviest_index(site: Path) -> dict:
    """The largest listing page (indexes, pages of one initial, dates, sources)."""
    pages = [p for folder in ("tags", "people", "orgs", "authors", "topics", "sources", "dates", "initials")
             for p in (site / "library" / folder).glob("**/index.html")
             if p.parent.parent.name == "library" or folder in ("initials", "dates")]
    page = max(pages, key=lambda p: p.stat().st_size)
    return {"page": page.parent.relative_to(site).as_posix(), "kb": round(page.stat().st_size / 1024, 1)}


def found_pages(urls: list[str]) -> set[str]:
    from urllib.parse import unquote, urlsplit

    return {unquote(urlsplit(u).path).strip("/").rsplit("/", 1)[-1].replace(".html", "") for u in urls}


def holding(site: Path, query: str) -> set[str]:
    """Article pages whose text (the body the search indexes) holds the query."""
    from generator.plugins.search.shards import text_of

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
    row: dict = {"articles": n, "files": len(list((project / "seeds").iterdir()))}
    if args.no_mkdocs:
        wall, out = timed([sys.executable, "-m", "generator", "build", "--profile"], project)
        prof = profile_of(out)
        row.update(generator_s=round(wall, 2), stages=prof["timings"], peak_rss_mb=prof["peak_rss_mb"],
                   worker_peak_rss_mb=prof.get("worker_peak_rss_mb", 0.0))  # (a build reads files in one process per core)
        row["incremental"] = incremental_cli(project, wall)
    else:
        wall, prof = mkdocs_build(project)  # from scratch: no cache, no generated pages
        index = project / "site" / "search"
        row.update(site_s=round(wall, 2), generator_s=round(prof["generator_s"], 2),
                   mkdocs_s=round(wall - prof["generator_s"], 2), stages=prof["timings"], peak_rss_mb=prof["peak_rss_mb"],
                   index_mb=round(folder_size(index) / 2**20, 2), index_kb_per_article=round(folder_size(index) / 1024 / n, 1),
                   site_mb=round(folder_size(project / "site") / 2**20, 1))
        row["heaviest_index"] = heaviest_index(project / "site")
        minimal = minimal_material(project)
        row["minimal_material_s"] = round(minimal, 2)
        row["vs_minimal"] = round(wall / minimal, 2)
        if not args.no_browser and n >= 1000:
            figures = search_figures(project / "site")
            found = figures.pop("first_found")
            row["search"] = {**figures, **recall(found, holding(project / "site", QUERIES["first"]))}
        if not args.no_incremental:
            row["incremental"] = incremental(project, wall, prof["generator_s"], repeats=3 if n <= 1000 else 1)
    if not args.no_incremental and (n == 1000 or (n == max(args.sizes) and 1000 not in args.sizes)):
        row["parallel"] = parallel(project, args.jobs)
    return row


def edit(victim: Path, n: int) -> None:
    victim.write_text(victim.read_text(encoding="utf-8") + f"\n编者补记：本期内容有第 {n} 次更新。\n", encoding="utf-8")


def victim_of(project: Path) -> Path:
    files = sorted((project / "seeds").iterdir())
    return files[len(files) // 2]


def incremental_cli(project: Path, full_s: float) -> dict:
    """Edit one file, rebuild the generated pages with a new `generator build` process."""
    edit(victim_of(project), 1)
    wall, out = timed([sys.executable, "-m", "generator", "build", "--profile"], project)
    prof = profile_of(out)
    return {"files": prof["processed"] + prof["cached"], "reprocessed": prof["processed"], "rendered": prof["rendered"],
            "rebuild_s": round(wall, 2), "full_s": round(full_s, 2), "ratio": round(wall / full_s, 3)}


def incremental(project: Path, site_s: float, generator_s: float, repeats: int) -> dict:
    """Edit one file and rebuild: a one-off `mkdocs build`, then inside a
    running `mkdocs serve`, and `mkdocs serve --dirty` (median of `repeats`
    edits each): the generator's part as the plugin reports it, and the whole
    cycle from writing the file to MkDocs telling the browsers to reload."""
    victim = victim_of(project)
    edit(victim, 1)
    wall, prof = mkdocs_build(project)
    row = {"files": prof["processed"] + prof["cached"], "reprocessed": prof["processed"], "rendered": prof["rendered"],
           "build_s": round(wall, 2), "build_generator_s": round(prof["generator_s"], 2),
           "site_full_s": round(site_s, 2), "generator_full_s": round(generator_s, 2), "serve_edits": repeats}
    for label, args in (("serve", ()), ("dirty", ("--dirty",))):
        regenerations, cycles = serve_edits(project, victim, repeats, args)
        regen, cycle = median(r["seconds"] for r in regenerations), median(cycles)
        row.update({f"{label}_reprocessed": regenerations[-1]["processed"], f"{label}_rendered": regenerations[-1]["rendered"],
                    f"{label}_generator_s": round(regen, 3), f"{label}_generator_ratio": round(regen / generator_s, 3),
                    f"{label}_cycle_s": round(cycle, 2), f"{label}_cycle_ratio": round(cycle / site_s, 3)})
    return row


def serve_edits(project: Path, victim: Path, repeats: int, args: tuple[str, ...]) -> tuple[list[dict], list[float]]:
    from test_serve import Server

    server = Server(project, *args)
    regenerations, cycles = [], []
    try:
        server.regeneration(timeout=3600)
        server.wait_for("Serving on", timeout=3600)
        for n in range(repeats):
            start = time.perf_counter()
            edit(victim, 100 + n)
            regenerations.append(server.regeneration(timeout=3600))
            server.wait_for("Reloading browsers", timeout=3600)
            cycles.append(time.perf_counter() - start)
            server.quiet(1.0)
    finally:
        server.stop()
    return regenerations, cycles


def parallel(project: Path, jobs: int) -> dict:
    one, out1 = timed([sys.executable, "-m", "generator", "export", "--no-cache", "--jobs", "1"], project)
    many, outn = timed([sys.executable, "-m", "generator", "export", "--no-cache", "--jobs", str(jobs)], project)
    return {"jobs": jobs, "serial_s": round(one, 2), "parallel_s": round(many, 2), "identical": out1.stdout == outn.stdout}


def table(result: dict) -> str:
    y = result["yardstick"]
    lines = [f"yardstick on the seeds ({y['chars']:,} chars): bare jieba.lcut {y['jieba_lcut_s']} s, "
             f"generator {y['generator_s']} s -> {y['ratio']}x (target <= 1.5x); in one process (--jobs 1) "
             f"{y['one_process_s']} s -> {y['one_process_ratio']}x", "",
             f"{'articles':>8} {'files':>6} {'site s':>7} {'gen s':>7} {'read+split':>10} {'enrich':>7} {'render':>7} "
             f"{'write':>6} {'peak MB':>8} {'mkdocs s':>9} {'index MB':>9} {'KB/art':>7} {'site MB':>8} "
             f"{'1st q s':>8} {'broad q s':>9} {'found':>9}"]
    for r in result["sizes"]:
        st, s = r["stages"], r.get("search", {})
        found = f"{s['found_of_holding']}/{s['holding']}" if "holding" in s else "-"
        lines.append(f"{r['articles']:>8} {r['files']:>6} {r.get('site_s', '-'):>7} {r['generator_s']:>7} "
                     f"{st.get('read_split_analyse', 0):>10.2f} {st.get('enrich', 0):>7.2f} {st.get('render', 0):>7.2f} "
                     f"{st.get('write', 0):>6.2f} {r['peak_rss_mb']:>8} {r.get('mkdocs_s', '-'):>9} {r.get('index_mb', '-'):>9} "
                     f"{r.get('index_kb_per_article', '-'):>7} {r.get('site_mb', '-'):>8} {s.get('first_query_s', '-'):>8} "
                     f"{s.get('broad_query_s', '-'):>9} {found:>9}")
    lines.append(f"(site s: `mkdocs build --strict` from scratch, of which gen s is the news plugin's generator; "
                 f"search: {QUERIES['first']} first, then {QUERIES['broad']}; found: articles holding "
                 f"{QUERIES['first']} that the search finds)")
    by_n = {r["articles"]: r for r in result["sizes"]}
    if 1000 in by_n and 10000 in by_n:
        lines.append(f"\nlinear growth: generator at 10,000 / at 1,000 = {by_n[10000]['generator_s'] / by_n[1000]['generator_s']:.2f}x (target <= 11x)")
    if 10000 in by_n:
        lines.append(f"peak memory at 10,000 articles: {by_n[10000]['peak_rss_mb']} MB (target < 2048 MB)")
    for r in result["sizes"]:
        if "minimal_material_s" in r:
            target = " (target <= 2x at 10,000)" if r["articles"] == 10000 else ""
            lines.append(f"build cost, {r['articles']} articles: generator + MkDocs {r['site_s']} s vs a minimal Material "
                         f"build of the same pages {r['minimal_material_s']} s = {r['vs_minimal']}x{target}; heaviest "
                         f"listing page {r['heaviest_index']['page']} {r['heaviest_index']['kb']} KB")
        s = r.get("search")
        if s:
            lines.append(f"search, {r['articles']} articles, in the header box, each query in a fresh browser: "
                         f"{QUERIES['first']} {s['first_query_s']} s to the first result, {s['first_query_kb']} KB loaded, "
                         f"{s['first_results']} found; {QUERIES['broad']} {s['broad_query_s']} s, {s['broad_query_kb']} KB, "
                         f"{s['broad_results']} found (targets < 0.5 s, < 1024 KB); articles holding {QUERIES['first']}: "
                         f"{s['found_of_holding']} of {s['holding']} found")
    for r in (r for r in result["sizes"] if "incremental" in r):
        i = r["incremental"]
        target = " (target <= 10%)" if i["files"] == 100 else ""
        if "serve_generator_s" not in i:
            lines.append(f"incremental, {i['files']} files, one edited: `generator build` reprocessed {i['reprocessed']}, "
                         f"rendered {i['rendered']} pages, {i['rebuild_s']} s vs full {i['full_s']} s = {i['ratio']:.1%}")
            continue
        lines.append(f"incremental, {i['files']} files, one edited [median of {i['serve_edits']} edits]: inside `mkdocs serve` "
                     f"the generator reprocessed {i['serve_reprocessed']} file(s) and rendered {i['serve_rendered']} pages in "
                     f"{i['serve_generator_s']} s = {i['serve_generator_ratio']:.1%} of its full run ({i['generator_full_s']} s)"
                     f"{target}")
        lines.append(f"    edit to browser reload, vs a full `mkdocs build` ({i['site_full_s']} s): `mkdocs serve` "
                     f"{i['serve_cycle_s']} s = {i['serve_cycle_ratio']:.1%}, `mkdocs serve --dirty` {i['dirty_cycle_s']} s = "
                     f"{i['dirty_cycle_ratio']:.1%}; a one-off `mkdocs build` {i['build_s']} s (its generator {i['build_generator_s']} s)")
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
    ap.add_argument("--no-mkdocs", action="store_true", help="the generator only (no site, no browser, no serve)")
    ap.add_argument("--no-browser", action="store_true", help="skip search timing in Chromium")
    ap.add_argument("--no-incremental", action="store_true", help="skip the rebuilds after an edit")
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
