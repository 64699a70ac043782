"""Generator + `mkdocs build --strict` on the seeds, checked as a reader would."""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

from conftest import child_env, run
from generator.plugins.search import shards


def catalog(project: Path) -> list[dict]:
    out = run(["-m", "generator", "export", "--format", "jsonl"], project)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_one_page_per_catalog_article(built_site):
    records = catalog(built_site)
    pages = [r for r in records if r["kind"] != "other"]
    assert pages and all((built_site / "docs" / r["path"]).exists() for r in pages)
    assert all(r["path"] is None for r in records if r["kind"] == "other")
    for r in pages:
        html = built_site / "site" / r["path"].replace(".md", "/index.html")
        assert html.exists(), r["path"]
    assert len(list((built_site / "docs" / "library" / "articles").glob("*.md"))) == len(pages)


def test_index_pages_link_only_to_existing_pages(built_site):
    docs = built_site / "docs"
    for folder in ("tags", "topics", "people", "orgs", "sources"):
        for page in (docs / "library" / folder).glob("*.md"):
            for target in re.findall(r"\]\(([^)#]+\.md)\)", page.read_text(encoding="utf-8")):
                assert (page.parent / unquote(target)).resolve().exists(), (page, target)


def test_search_index_leads_from_a_chinese_term_to_the_articles_holding_it(built_site):
    """The site's index (news/search): several articles hold every character
    pair of 新质生产力; listings are left out of the index."""
    from test_shards import decode, load

    search = built_site / "site" / "search"
    meta = load(search / "meta.js")
    pages = [p for n in range(0, meta["pages"], meta["per_file"]) for p in load(search / "pages" / f"{n // meta['per_file']}.js")]
    holding = None
    for pair in ("新质", "质生", "生产", "产力"):
        shard = load(search / "shards" / f"{shards.shard_of(pair, meta['shards'])}.js")
        ids = set(decode(shard[pair], meta["pages"]))
        holding = ids if holding is None else holding & ids
    urls = [pages[i][0] for i in holding]
    assert sum(u.startswith("library/articles/") for u in urls) >= 3
    assert not any(u.startswith("library/") and not u.startswith("library/articles/") for u, *_ in pages)


def test_export_writes_nothing(project_copy, tmp_path):
    shutil.rmtree(project_copy / ".cache", ignore_errors=True)  # a first run would be the one to write it
    before = sorted(p.relative_to(project_copy) for p in project_copy.rglob("*"))
    assert catalog(project_copy)
    assert sorted(p.relative_to(project_copy) for p in project_copy.rglob("*")) == before


def test_hand_written_pages_survive_and_builds_repeat_byte_for_byte(project_copy):
    planted = project_copy / "docs" / "notes.md"
    planted.write_text("# 我的笔记\n", encoding="utf-8")
    def snapshot():
        return {p: p.read_bytes() for p in sorted((project_copy / "docs").rglob("*")) if p.is_file()}
    assert run(["-m", "generator", "build"], project_copy).returncode == 0
    first = snapshot()
    assert run(["-m", "generator", "build"], project_copy).returncode == 0
    assert snapshot() == first
    assert planted.read_text(encoding="utf-8") == "# 我的笔记\n"
    assert (project_copy / "docs" / "about.md").exists()


def test_user_folder_with_the_output_name_is_never_replaced(tmp_path, project_copy):
    docs = tmp_path / "docs"
    (docs / "library").mkdir(parents=True)
    (docs / "library" / "mine.md").write_text("mine", encoding="utf-8")
    cfg = project_copy / "generator.yml"
    text = cfg.read_text(encoding="utf-8").replace("docs: docs", f"docs: {docs}")
    alt = project_copy / "alt.yml"
    alt.write_text(text, encoding="utf-8")
    out = run(["-m", "generator", "build", "--config", str(alt)], project_copy)
    assert out.returncode == 2 and "refusing" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert (docs / "library" / "mine.md").read_text(encoding="utf-8") == "mine"


def test_bad_input_is_skipped_with_one_line_and_strict_fails(tmp_path, project_copy):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text((project_copy / "seeds").iterdir().__next__().read_text(encoding="utf-8"), encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    ok = run(["-m", "generator", "export", "--seeds", str(seeds)], project_copy)
    assert ok.returncode == 0 and "empty.txt: empty file" in ok.stderr and ok.stdout
    strict = run(["-m", "generator", "export", "--strict", "--seeds", str(seeds)], project_copy)
    assert strict.returncode == 1


def test_console_script_has_help():
    out = subprocess.run([sys.executable, "-m", "generator", "build", "--help"], capture_output=True, text=True, env=child_env())
    assert out.returncode == 0 and "docs" in out.stdout
