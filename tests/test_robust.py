"""Bad input, configuration errors and the user's files: nothing lost, errors in one line."""
import json
import shutil
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.model import SourceDoc
from generator.site.writer import MARKER, write_output
from generator.split import split_document

from conftest import ROOT, run

SEEDS = sorted((ROOT / "seeds").iterdir())


def test_a_huge_single_line_goes_through_splitting():
    text = "中小企业加快数字化转型，" * 100_000 + "。"
    records = split_document(SourceDoc(name="big.txt", text=text, encoding="utf-8"))
    assert sum(len(r.text) for r in records) >= len(text) - 10


@pytest.mark.parametrize("name,text,where", [
    ("data/taxonomy.yml", "宏观经济:\n  keywords: [GDP, 增长\n金融: {keywords: [银行]}\n", "taxonomy.yml:"),
    ("data/taxonomy.yml", "金融:\n  keywords: [银行]\n宏观经济: 就是一个字符串\n", "taxonomy.yml:3"),
    ("data/synonyms.yml", "大模型: [AI大模型]\n人工智能: AI\n", "synonyms.yml:2"),
    ("data/userdict.txt", "新质生产力 很多 n\n", "userdict.txt:1"),
    ("generator.yml", "seeds: [unclosed\n", "generator.yml:"),
])
def test_malformed_configuration_names_file_and_line(project, name, text, where):
    (project / name).write_text(text, encoding="utf-8")
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and where in lines[0], out.stderr


def test_a_running_build_is_not_disturbed(project):
    lock = project / "docs" / ".generator.lock"
    lock.write_text("12345", encoding="utf-8")
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 2 and "another build is running" in out.stderr
    assert not (project / "docs" / "library").exists()


def test_failed_write_leaves_previous_pages_in_place(tmp_path):
    docs = tmp_path / "docs"
    write_output({"library/a.md": "old"}, docs, "library")
    with pytest.raises(ValueError):
        write_output({"library/b.md": "new", "library/../../escape.md": "x"}, docs, "library")
    assert (docs / "library" / "a.md").read_text() == "old" and not (docs / "library" / "b.md").exists()
    assert sorted(p.name for p in docs.iterdir()) == ["library"]  # no staging folder left behind
    assert (docs / "library" / MARKER).exists()


def test_user_folder_is_refused(tmp_path):
    docs = tmp_path / "docs"
    (docs / "library").mkdir(parents=True)
    (docs / "library" / "mine.md").write_text("mine")
    with pytest.raises(InputError):
        write_output({"library/a.md": "x"}, docs, "library")
    assert (docs / "library" / "mine.md").read_text() == "mine"


def test_pages_of_removed_seeds_disappear(project):
    assert run(["-m", "generator", "build"], project).returncode == 0
    before = {p.name for p in (project / "docs" / "library" / "sources").glob("*.md")}
    removed = SEEDS[4]
    (project / "seeds" / removed.name).unlink()
    assert run(["-m", "generator", "build"], project).returncode == 0
    after = {p.name for p in (project / "docs" / "library" / "sources").glob("*.md")}
    assert removed.stem + ".md" in before and removed.stem + ".md" not in after
    assert not any(p.name.startswith(removed.name[:3]) for p in (project / "docs" / "library" / "articles").iterdir())


def test_urls_do_not_change_when_other_files_come_and_go(project):
    def paths():
        out = run(["-m", "generator", "export"], project)
        return {r["id"]: r["path"] for r in map(json.loads, out.stdout.splitlines()) if r["seed"] == SEEDS[3].name}
    both = paths()
    (project / "seeds" / SEEDS[4].name).unlink()
    shutil.copy(SEEDS[0], project / "seeds" / SEEDS[0].name)
    assert paths() == both


def test_catalog_is_repeatable(project):
    first = run(["-m", "generator", "export"], project).stdout
    assert first and run(["-m", "generator", "export"], project).stdout == first


def test_strange_titles_give_safe_unique_file_names():
    body = "这是正文的第一句话，内容足够长，说明文章的主题和背景。" * 4
    titles = ['标题/带斜杠', '标题\\带反斜杠', '标题:*?"<>|', "很长的标题" * 7, "重复的标题", "重复的标题"]
    text = "\n\n".join(f"{t}\n\n本报记者 王某 北京报道\n\n{body}" for t in titles)
    records = [r for r in split_document(SourceDoc(name="t.txt", text=text, encoding="utf-8")) if r.kind != "other"]
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids)) == len(titles)
    assert all(len(i.encode()) <= 255 and all(c.isalnum() or c in "-_x" for c in i) for i in ids)


def _pages(project: Path) -> dict[str, bytes]:
    """Every file the generator left in docs/library/ (its manifest too)."""
    root = project / "docs" / "library"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _build(project: Path, *extra: str) -> dict:
    out = run(["-m", "generator", "build", "--profile", *extra], project)
    assert out.returncode == 0, out.stderr
    return json.loads(next(l for l in out.stderr.splitlines() if l.startswith("profile: "))[9:])


def test_cache_reprocesses_only_changed_files_with_identical_output(project):
    def build(*extra):
        return _build(project, *extra), _pages(project)
    cold, pages = build()
    assert cold["processed"] == 2 and cold["cached"] == 0
    warm, again = build()
    assert warm["processed"] == 0 and warm["cached"] == 2 and again == pages
    seed = project / "seeds" / SEEDS[4].name
    seed.write_text(seed.read_text(encoding="utf-8") + "\n补记：本版内容有更新。\n", encoding="utf-8")
    edited, _ = build()
    assert edited["processed"] == 1 and edited["cached"] == 1
    (project / "data" / "stopwords.txt").write_text((project / "data" / "stopwords.txt").read_text(encoding="utf-8") + "\n补记\n", encoding="utf-8")
    assert build()[0]["processed"] == 2  # configuration is part of the key
    parallel, _ = build("--jobs", "2", "--no-cache")
    serial, _ = build("--no-cache")
    assert parallel["processed"] == serial["processed"] == 2
    out_parallel = run(["-m", "generator", "export", "--jobs", "2", "--no-cache"], project).stdout
    assert out_parallel == run(["-m", "generator", "export", "--no-cache"], project).stdout


def test_same_text_under_two_names_keeps_distinct_pages_with_a_warm_cache(project):
    shutil.copy(project / "seeds" / SEEDS[3].name, project / "seeds" / "copy_of_it.txt")
    for _ in range(2):  # the second build takes both files from the cache
        assert run(["-m", "generator", "build"], project).returncode == 0
        records = [json.loads(l) for l in run(["-m", "generator", "export"], project).stdout.splitlines()]
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids))
        assert {r["seed"] for r in records if r["id"].startswith("copy")} == {"copy_of_it.txt"}


def test_unchanged_pages_are_not_rendered_again_and_the_result_equals_a_full_build(project):
    first = _build(project)
    total = first["rendered"]
    assert _build(project)["rendered"] < total / 5  # nothing changed: only the few overview pages
    seed = project / "seeds" / SEEDS[3].name
    text = seed.read_text(encoding="utf-8")
    cut = text.index("。", len(text) // 2) + 1  # an edit in the middle of an article
    seed.write_text(text[:cut] + "编者注：此处有补充说明。" + text[cut:], encoding="utf-8")
    edited = _build(project)
    assert 0 < edited["rendered"] < total / 2
    incremental = _pages(project)
    assert any("编者注：此处有补充说明。" in t.decode() for t in incremental.values())
    _build(project, "--no-cache")  # everything rendered from scratch
    assert _pages(project) == incremental
    # A template change reaches every page that uses it, though no input changed.
    template = project / "templates" / "article.md.j2"
    template.write_text(template.read_text(encoding="utf-8").replace("分钟读完", "分钟读毕"), encoding="utf-8")
    _build(project)
    articles = [t.decode() for p, t in _pages(project).items() if p.startswith("articles/")]
    assert articles and all("分钟读毕" in t for t in articles)


def test_a_write_stopped_half_way_is_repaired_by_the_next_build(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    first = {f"library/a/{n}.md": f"old {n}" for n in range(6)}
    write_output(first, docs, "library")
    wanted = {f"library/a/{n}.md": f"new {n}" for n in range(3)} | {"library/b/x.md": "x"}
    calls = {"n": 0}
    real = Path.write_bytes

    def failing(self, data):
        calls["n"] += 1
        if calls["n"] == 5:  # the manifest, three pages, then the disk is full
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing)
    with pytest.raises(OSError):
        write_output(wanted, docs, "library")
    monkeypatch.setattr(Path, "write_bytes", real)
    assert (docs / "library" / "a" / "0.md").read_text() == "new 0" and (docs / "library" / "b").is_dir()
    # The next build asks for the old pages again: every page in flux is rewritten or removed.
    write_output(first, docs, "library")
    root = docs / "library"
    assert {p.relative_to(root).as_posix(): p.read_text() for p in root.rglob("*.md")} == \
        {k[len("library/"):]: v for k, v in first.items()}
    assert not (root / "b").exists()
    # Kept pages (text None) must exist from the previous build.
    write_output({k: None for k in first}, docs, "library")
    with pytest.raises(ValueError):
        write_output({"library/never.md": None}, docs, "library")
