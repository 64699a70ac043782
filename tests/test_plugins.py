"""The plugins' options and errors as a MkDocs user meets them: a wrong key or
type under `plugins:` is one line naming it; a bad setting or input file is
one line naming the file."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import child_env


def mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=project, capture_output=True, text=True,
                          timeout=600, env={**child_env(), "NO_MKDOCS_2_WARNING": "1"})


def with_news_options(project: Path, options: str) -> None:
    path = project / "mkdocs.yml"
    text = path.read_text(encoding="utf-8")
    assert "  - news:\n      config_file: generator.yml\n" in text
    path.write_text(text.replace("  - news:\n      config_file: generator.yml\n", "  - news:\n" + options), encoding="utf-8")


def problems(out: subprocess.CompletedProcess) -> list[str]:
    return [line for line in out.stderr.splitlines() if line.startswith(("ERROR", "WARNING"))]


def test_a_wrong_option_is_one_line_naming_it(project):
    for options, words in (("      jobs: two\n", ["'news'", "'jobs'", "int"]),
                           ("      jobs: 0\n", ["'news'", "'jobs'", "1 or more"]),
                           ("      config_file: nowhere.yml\n", ["'config_file'", "nowhere.yml"]),
                           ("      confg_file: generator.yml\n", ["'news'", "confg_file", "Unrecognised"])):
        with_news_options(project, options)
        out = mkdocs(project, "--strict")
        assert out.returncode != 0, options
        assert len(problems(out)) == 1 and all(w in problems(out)[0] for w in words), (options, out.stderr[-800:])
        (project / "mkdocs.yml").write_text((Path(__file__).parent.parent / "mkdocs.yml").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    assert not (project / "docs" / "library").exists()  # nothing was generated from a wrong configuration


def test_a_bad_setting_is_one_line_naming_the_file(project):
    settings = project / "generator.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("data/taxonomy.yml", "data/missing.yml"), encoding="utf-8")
    out = mkdocs(project)
    assert out.returncode != 0 and len(problems(out)) == 1 and "missing.yml" in problems(out)[0], out.stderr[-800:]


def test_the_generator_writes_into_the_sites_docs_folder(project):
    settings = project / "generator.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("docs: docs", "docs: elsewhere"), encoding="utf-8")
    out = mkdocs(project)
    assert out.returncode != 0 and len(problems(out)) == 1 and "docs_dir" in problems(out)[0], out.stderr[-800:]
    assert not (project / "elsewhere").exists()


def test_a_skipped_input_file_is_a_warning_that_strict_makes_fatal(project):
    (project / "seeds" / "empty.txt").write_bytes(b"")
    lenient = mkdocs(project)
    assert lenient.returncode == 0, lenient.stderr[-800:]
    assert problems(lenient) == ["WARNING -  news: empty.txt: empty file, skipped"]
    assert (project / "site" / "library" / "articles").is_dir()
    strict = mkdocs(project, "--strict")
    assert strict.returncode != 0 and "strict mode" in strict.stdout + strict.stderr


def test_a_one_off_dirty_build_keeps_the_search_index_and_feeds_whole(project):
    """`mkdocs build --dirty` renders only changed pages in a new process, which
    has not read the others: the index and feeds of the last full build stay."""
    assert mkdocs(project).returncode == 0
    site = project / "site"
    before = {name: (site / name).read_bytes() for name in ("feed.json", "feed.xml", "search/meta.js")}
    seed = sorted((project / "seeds").iterdir())[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\n编者补记：一次脏构建。\n", encoding="utf-8")
    dirty = mkdocs(project, "--dirty")
    assert dirty.returncode == 0, dirty.stderr[-800:]
    warned = [line for line in problems(dirty) if "--dirty build" in line]
    assert len(warned) == 2 and any("news/search" in w for w in warned) and any("news/feed" in w for w in warned)
    assert {name: (site / name).read_bytes() for name in before} == before
