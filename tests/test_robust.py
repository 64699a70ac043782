"""Bad input, configuration errors and the user's files: nothing lost, errors in one line."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.model import SourceDoc
from generator.site.writer import MARKER, build_lock, write_output
from generator.split import split_document

from conftest import ROOT, child_env, run

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
    with build_lock(project / "docs"):  # held by this live process
        out = run(["-m", "generator", "build"], project)
    assert out.returncode == 2 and out.stderr == f"error: docs/.generator.lock: another build (process {os.getpid()}) is running\n"
    assert not (project / "docs" / "library").exists()


def test_a_lock_left_by_a_dead_build_is_taken_over(project):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (project / "docs" / ".generator.lock").write_text(str(dead.pid), encoding="utf-8")
    (project / "docs" / ".generated-new-abc123").mkdir()  # a first build killed while staging
    (project / "docs" / ".generated-new-abc123" / "half.md").write_text("半")
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in (project / "docs").iterdir() if p.name.startswith(".generat")) == []


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
    serial, _ = build("--jobs", "1", "--no-cache")
    assert parallel["processed"] == serial["processed"] == 2
    out_parallel = run(["-m", "generator", "export", "--jobs", "2", "--no-cache"], project).stdout
    assert out_parallel == run(["-m", "generator", "export", "--jobs", "1", "--no-cache"], project).stdout
    assert out_parallel == run(["-m", "generator", "export", "--no-cache"], project).stdout  # one process per core


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


# ---------------------------------------------------------------- repaired from what is on disk

def _generated(project: Path) -> dict[str, bytes]:
    """The generated pages, without the manifest (which records times)."""
    return {k: v for k, v in _pages(project).items() if k != MARKER}


@pytest.mark.parametrize("no_cache", [False, True])
def test_damaged_pages_are_repaired_by_the_next_build(project, no_cache):
    _build(project)
    good = _generated(project)
    root = project / "docs" / "library"
    article = sorted((root / "articles").iterdir())[0]
    article.write_bytes(b"")  # emptied
    (root / "index.md").write_text("# 改过的首页\n", encoding="utf-8")  # overwritten
    sorted((root / "tags").iterdir())[1].unlink()  # deleted
    sorted((root / "people").iterdir())[0].write_bytes(good[f"people/{sorted((root / 'people').iterdir())[0].name}"][::-1])
    (root / "orgs").rename(root / "orgs-moved")  # a folder moved away ...
    (root / "orgs").write_text("x")  # ... and a file in its place
    (root / "stray.md").write_text("# 不该在这里\n", encoding="utf-8")
    _build(project, *(["--no-cache"] if no_cache else []))
    assert _generated(project) == good


def test_a_page_replaced_by_a_link_is_rewritten_and_the_link_target_untouched(project, tmp_path):
    _build(project)
    good = _generated(project)
    outside = tmp_path / "outside.md"
    outside.write_text("用户自己的文件", encoding="utf-8")
    page = sorted((project / "docs" / "library" / "articles").iterdir())[0]
    page.unlink()
    page.symlink_to(outside)
    _build(project)
    assert _generated(project) == good and not page.is_symlink()
    assert outside.read_text(encoding="utf-8") == "用户自己的文件"


def test_pages_of_a_removed_seed_go_even_when_the_marker_is_damaged(project):
    _build(project)
    root = project / "docs" / "library"
    for k, marker in enumerate([b"\x00\xff" * 50, b'{"format": 3, "pages": {"x": 5}}', None]):
        if marker is None:  # a folder where the marker should be
            (root / MARKER).unlink()
            (root / MARKER).mkdir()
        else:
            (root / MARKER).write_bytes(marker)
        removed = project / "seeds" / SEEDS[3 + k % 2].name
        removed.unlink()
        _build(project)
        left = _generated(project)
        assert not any(name.startswith(removed.name[:3]) for name in (p.rsplit("/", 1)[-1] for p in left))
        assert all(removed.name not in text.decode() for text in left.values())
        assert json.loads((root / MARKER).read_text(encoding="utf-8"))["format"] == 3
        shutil.copy(SEEDS[3 + k % 2], removed)


# ---------------------------------------------------------------- the cache

def _cache_entries(project: Path) -> list[Path]:
    return sorted((project / ".cache" / "generator").glob("*.json"))


def test_cache_entries_are_plain_json_that_cannot_run_code(project):
    _build(project)
    entries = _cache_entries(project)
    assert len(entries) == 2
    for entry in entries:
        data = json.loads(entry.read_text(encoding="utf-8"))
        assert data["format"] == 1 and data["result"]["name"] in {p.name for p in SEEDS}
    assert not list((project / ".cache" / "generator").glob("*.pickle"))


CORRUPTIONS = {
    "flipped byte": lambda b: b[:100] + bytes([b[100] ^ 0x55]) + b[101:],
    "truncated": lambda b: b[: len(b) // 2],
    "empty": lambda b: b"",
    "another type": lambda b: b'["a list", 1]',
    "another shape": lambda b: json.dumps({**json.loads(b), "result": {"name": 5}}).encode(),
    "another format": lambda b: json.dumps({**json.loads(b), "format": 99}).encode(),
    "binary": lambda b: bytes(range(256)),
}


def test_a_damaged_cache_entry_is_a_miss(project):
    _build(project)
    good = _generated(project)
    kinds = sorted(CORRUPTIONS)
    for first, second in zip(kinds[0::2], kinds[1::2] + kinds[:1]):  # two entries, two kinds of damage a build
        for entry, how in zip(_cache_entries(project), (first, second)):
            entry.write_bytes(CORRUPTIONS[how](entry.read_bytes()))
        figures = _build(project)
        assert figures["processed"] == 2 and figures["cached"] == 0, (first, second)
        assert _generated(project) == good
    assert _build(project)["cached"] == 2  # and written again whole


def test_a_crafted_pickle_in_the_cache_is_never_loaded(project, tmp_path):
    _build(project)
    proof = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {proof}",))
    import pickle
    for entry in _cache_entries(project):
        entry.write_bytes(pickle.dumps(Payload()))
        entry.with_suffix(".pickle").write_bytes(pickle.dumps(Payload()))  # the old format's name too
    assert _build(project)["processed"] == 2
    run(["-m", "generator", "export"], project)
    assert not proof.exists()


@pytest.mark.parametrize("what", ["file", "entry folders"])
def test_a_cache_path_that_is_a_file_or_holds_folders_does_not_stop_the_build(project, what):
    cache = project / ".cache" / "generator"
    if what == "file":
        cache.parent.mkdir()
        cache.write_text("not a folder")
    else:
        _build(project)
        for entry in _cache_entries(project):
            entry.unlink()
            entry.mkdir()
        (cache / "junk.json").write_bytes(b"\x00" * 10)
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 0, out.stderr
    assert out.stderr.count("warning: cache") == 1 and "built without it" in out.stderr
    out = run(["-m", "generator", "export"], project)
    assert out.returncode == 0 and out.stdout and not out.stderr, out.stderr
    assert not list(cache.rglob("*.tmp")) if cache.is_dir() else True


def test_two_builds_writing_one_cache_entry_at_once_both_succeed(tmp_path, monkeypatch):
    """Builds side by side on a cold cache write the same entries: one must
    never take the other's temporary file away."""
    from generator import pipeline

    result = pipeline.FileResult("a.txt", [], {})
    first, second = pipeline.Cache(tmp_path, "key"), pipeline.Cache(tmp_path, "key")
    real_replace, turns = os.replace, []

    def interleaved(src, dst):
        if not turns:  # the other build writes the same entry just before this one renames its file
            turns.append(1)
            second.put("a.txt", b"text", result)
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", interleaved)
    first.put("a.txt", b"text", result)
    assert turns and pipeline.Cache(tmp_path, "key").get("a.txt", b"text") == result
    assert [p.suffix for p in tmp_path.iterdir()] == [".json"]


def test_a_full_disk_while_caching_is_a_warning_and_leaves_no_temporary_file(project):
    out = _limited_run(project, 30_000, ["build"])  # pages fit, cache entries (about 36 KB) do not
    assert out.returncode == 0, out.stderr
    assert "warning: cache .cache/generator: cannot write (File too large); built without it" in out.stderr
    assert not list((project / ".cache" / "generator").iterdir())


def _limited_run(project: Path, max_file_size: int, args: list[str]) -> subprocess.CompletedProcess:
    """A run where no file may grow beyond `max_file_size` bytes: the system's
    own refusal (EFBIG), as a full disk gives ENOSPC."""
    import resource
    import signal

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_size, max_file_size))
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=project, capture_output=True, text=True,
                          timeout=600, env=child_env(), preexec_fn=limit)


# ---------------------------------------------------------------- one line for every failure

def test_a_write_that_fails_is_one_line_and_the_next_build_repairs(project):
    _build(project)
    good = _generated(project)
    seed = project / "seeds" / SEEDS[3].name
    seed.write_text(seed.read_text(encoding="utf-8").replace("。", "。补记。", 3), encoding="utf-8")
    out = _limited_run(project, 2_000, ["build", "--no-cache"])
    assert out.returncode == 2 and out.stderr.count("\n") == 1, out.stderr
    assert out.stderr.startswith("error: docs/library/") and out.stderr.rstrip().endswith(": File too large"), out.stderr
    seed.write_text(SEEDS[3].read_text(encoding="utf-8"), encoding="utf-8")
    _build(project)
    assert _generated(project) == good
    assert not [p for p in (project / "docs").rglob("*.tmp")]


@pytest.mark.parametrize("change,expected", [
    (lambda t: t.unlink(), r"^error: templates/term\.md\.j2: template not found$"),
    (lambda t: t.write_text("{% for x in %}\n", encoding="utf-8"), r"^error: templates/term\.md\.j2:1: template syntax error \(.+\)$"),
    (lambda t: t.write_text("标题\n\n{{ no_such_thing }}\n", encoding="utf-8"),
     r"^error: templates/term\.md\.j2:3: template error \('no_such_thing' is undefined\)$"),
    (lambda t: t.write_text("{{ title.no_such_field.deeper }}\n", encoding="utf-8"), r"^error: templates/term\.md\.j2:1: template error \(.*no_such_field.*\)$"),
    (lambda t: t.write_text("{{ title + 1 }}\n", encoding="utf-8"), r"^error: templates/term\.md\.j2:1: template error \(TypeError: .+\)$"),
    (lambda t: t.write_bytes("标题".encode("gbk")), r"^error: templates/term\.md\.j2:1: template is not UTF-8 text"),
    (lambda t: shutil.rmtree(t.parent), r"^error: generator\.yml:\d+: key 'templates': templates is not a folder$"),
])
def test_template_problems_are_one_line_naming_the_template(project, change, expected):
    import re
    change(project / "templates" / "term.md.j2")
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 2 and re.match(expected, out.stderr.rstrip("\n")) and out.stderr.count("\n") == 1, out.stderr


def test_debug_shows_the_traceback(project):
    (project / "templates" / "term.md.j2").write_text("{{ no_such_thing }}\n", encoding="utf-8")
    out = run(["-m", "generator", "build", "--debug"], project)
    assert out.returncode != 0 and "Traceback" in out.stderr and "no_such_thing" in out.stderr


def test_a_file_name_that_is_not_utf8_is_reported_not_a_crash(project):
    shutil.copy(SEEDS[0], project / "seeds" / os.fsdecode(b"\xd6\xd0\xce\xc4.txt"))
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 0, out.stderr
    assert "warning: \\xd6\\xd0\\xce\\xc4.txt: file name is not valid UTF-8, skipped (rename the file)" in out.stderr
    assert run(["-m", "generator", "build", "--strict"], project).returncode == 1


# ---------------------------------------------------------------- names and links

def test_source_pages_never_collide_and_nothing_is_skipped_in_silence(project, tmp_path):
    text = SEEDS[0].read_text(encoding="utf-8")
    for name in ("x.md", "x.html", "x.txt", "index.txt", "..evil"):
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("绝密：这段中文不应出现在网站上。" * 20, encoding="utf-8")
    (project / "seeds" / "leak.txt").symlink_to(secret)
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 0, out.stderr
    assert "warning: ..evil: hidden file, skipped" in out.stderr and "warning: leak.txt: link to " in out.stderr
    records = [json.loads(line) for line in run(["-m", "generator", "export"], project).stdout.splitlines()]
    assert {r["seed"] for r in records} == {p.name for p in SEEDS[3:5]} | {"x.md", "x.html", "x.txt", "index.txt"}
    root = project / "docs" / "library"
    sources = {p.name for p in (root / "sources").iterdir()}
    assert len(sources) == 2 + 4 + 1  # one per file, plus the listing
    listing = (root / "sources" / "index.md").read_text(encoding="utf-8")
    assert listing.startswith("---\ntitle: 来源\n") and listing.count("](") >= 6
    assert not any("绝密" in p.read_text(encoding="utf-8") for p in root.rglob("*.md"))
    (project / "generator.yml").write_text((project / "generator.yml").read_text(encoding="utf-8") + "follow_links: true\n",
                                          encoding="utf-8")
    assert run(["-m", "generator", "build"], project).returncode == 0
    assert any("绝密" in p.read_text(encoding="utf-8") for p in root.rglob("*.md"))


def test_by_default_files_are_read_in_one_process_per_core_with_the_same_output(monkeypatch):
    """`export` with no --jobs uses the cores this process may run on (at
    most 8); where processes cannot be started, the files are read in this
    one and the catalog is the same."""
    import concurrent.futures

    from generator import cli
    from generator.config import load_config
    from generator.pipeline import analyse_folder

    cores = len(os.sched_getaffinity(0))
    assert cli._jobs(cli._parser().parse_args(["export"])) == max(1, min(cores, 8))
    assert cli._jobs(cli._parser().parse_args(["export", "--jobs", "1"])) == 1
    config = load_config(None, seeds=ROOT / "seeds")
    serial = analyse_folder(config, 1, use_cache=False)

    def refuse(*args, **kwargs):
        raise OSError("no process semaphores here")
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    fallback = analyse_folder(config, 2, use_cache=False)
    assert [a.record.text for a in fallback.articles] == [a.record.text for a in serial.articles]
    assert fallback.processed == serial.processed == len(SEEDS)
