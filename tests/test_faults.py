"""Fuzz and fault suite: builds killed at any point, builds side by side,
every kind of character in headlines. After any of it, the next plain build
leaves exactly what an undisturbed build leaves, with no manual step."""
import html
import itertools
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator.site.writer import MARKER
from generator.typography import typeset

from conftest import ROOT, child_env, run

SEEDS = sorted((ROOT / "seeds").iterdir())

# Runs `generator build` and kills itself with SIGKILL at its KILL_AT-th change
# to the file system (a file written, renamed, removed, a folder made or
# removed): the points where a build can be caught half-way.
KILLER = r"""
import atexit, os, pathlib, signal, sys
limit, count = int(os.environ["KILL_AT"]), 0
def counted(call):
    def wrapper(*args, **kwargs):
        global count
        count += 1
        if count == limit:
            os.kill(os.getpid(), signal.SIGKILL)
        return call(*args, **kwargs)
    return wrapper
for name in ("replace", "rename", "unlink", "rmdir", "mkdir"):
    setattr(os, name, counted(getattr(os, name)))
pathlib.Path.write_bytes = counted(pathlib.Path.write_bytes)
atexit.register(lambda: sys.stderr.write(f"changes: {count}\n"))
from generator.cli import main
sys.exit(main(["build"]))
"""


def _killed_build(project: Path, at: int) -> subprocess.CompletedProcess:
    env = child_env() | {"KILL_AT": str(at)}
    out = subprocess.run([sys.executable, "-c", KILLER], cwd=project, capture_output=True, text=True, timeout=600, env=env)
    # Killed, or done before its at-th change (a warm cache spares some).
    assert out.returncode == -signal.SIGKILL or (out.returncode == 0 and int(out.stderr.rsplit("changes: ", 1)[1]) < at), \
        (at, out.stderr)
    return out


def _state(project: Path) -> dict[str, bytes]:
    root = project / "docs" / "library"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != MARKER}


def _clean_build(project: Path) -> dict[str, bytes]:
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert not [p.name for p in (project / "docs").iterdir() if p.name.startswith((".generated-new-", ".generator.lock"))]
    assert not list((project / "docs").rglob("*.tmp")) and not list((project / ".cache").rglob("*.tmp"))
    return _state(project)


def _spread(total: int, count: int, seed: int) -> list[int]:
    """`count` kill points over 1..total: evenly spread, each moved at random
    within its stretch. KILL_POINTS=all in the environment tries every one."""
    if os.environ.get("KILL_POINTS") == "all":
        return list(range(1, total + 1))
    rng = random.Random(seed)
    step = total / count
    return sorted({max(1, min(total, int(k * step + rng.random() * step) + 1)) for k in range(count)})


def _change_inputs(project: Path) -> None:
    """An edit, a removal and an addition: pages rewritten, removed and made."""
    seed = project / "seeds" / SEEDS[3].name
    seed.write_text(seed.read_text(encoding="utf-8").replace("。", "。（补记）", 5), encoding="utf-8")
    (project / "seeds" / SEEDS[4].name).unlink()
    shutil.copy(SEEDS[0], project / "seeds" / SEEDS[0].name)


def _restore_inputs(project: Path) -> None:
    for seed in (project / "seeds").iterdir():
        seed.unlink()
    for seed in SEEDS[3:5]:
        shutil.copy(seed, project / "seeds" / seed.name)


def test_a_first_build_killed_at_any_point_is_repaired_by_the_next(project):
    reference = _clean_build(project)
    shutil.rmtree(project / "docs" / "library")
    shutil.rmtree(project / ".cache")
    total = int(_killed_build(project, 10**9).stderr.rsplit("changes: ", 1)[1])
    for at in _spread(total, 4, seed=1):
        shutil.rmtree(project / "docs" / "library", ignore_errors=True)
        shutil.rmtree(project / ".cache", ignore_errors=True)
        _killed_build(project, at)
        assert _clean_build(project) == reference, at


def test_a_later_build_killed_at_any_point_is_repaired_by_the_next(project):
    def changes() -> int:  # of a build that is not killed
        return int(_killed_build(project, 10**9).stderr.rsplit("changes: ", 1)[1])
    before = _clean_build(project)
    _change_inputs(project)
    forth = _spread(changes(), 2, seed=2)
    after = _clean_build(project)
    _restore_inputs(project)
    back = _spread(changes(), 2, seed=3)
    assert _clean_build(project) == before
    # Killed on the way from the first inputs to the second, repaired; then on the way back.
    for at_forth, at_back in itertools.zip_longest(forth, back, fillvalue=10**9):
        _change_inputs(project)
        _killed_build(project, at_forth)
        assert _clean_build(project) == after, at_forth
        _restore_inputs(project)
        _killed_build(project, at_back)
        assert _clean_build(project) == before, at_back


def test_builds_killed_at_random_moments_are_repaired(project):
    reference = _clean_build(project)
    rng = random.Random(3)
    for trial in range(3):
        if trial % 2 == 0:
            shutil.rmtree(project / "docs" / "library", ignore_errors=True)
            shutil.rmtree(project / ".cache", ignore_errors=True)
        child = subprocess.Popen([sys.executable, "-m", "generator", "build", "--no-cache"], cwd=project, env=child_env(),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert _clean_build(project) == reference, trial


def test_builds_side_by_side_on_a_cold_cache_never_crash(project):
    reference = _clean_build(project)
    for _ in range(2):
        shutil.rmtree(project / ".cache")
        children = [subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=project, env=child_env(),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
        results = [(c.wait(), c.stderr.read()) for c in children]
        for code, err in results:
            assert code == 0 or (code == 2 and err.count("\n") == 1 and "another build" in err), err
        assert any(code == 0 for code, _ in results)
        assert _clean_build(project) == reference


# ---------------------------------------------------------------- every character in headlines

SAMPLES = {
    "DEL": "\x7f", "C1": "\x80\x9f", "NEL then rule": "\x85--- ", "LS then rule": "\u2028--- ", "PS": "\u2029",
    "non-characters": "\ufffe\uffff", "BOM": "\ufeff", "zero width": "\u200b\u200d", "bidi": "\u202e\u2066",
    "combining": "e\u0301", "emoji": "\U0001f600", "CJK ext B": "\U00020000", "private use": "\ue000",
    "C0": "\x01\x1b", "tab": "\t", "YAML syntax": ": - ? | > & * ! % @ ` #", "quotes": "'\"", "rule": "---",
    "end marker": "...", "Jinja": "{{ x }}{% y %}", "HTML": "<script>&amp;", "null word": "null", "number": "123",
    "fullwidth": "ＡＢＣ１２３", "ideographic space": "\u3000",
}


def _category_samples() -> dict[str, str]:
    """Up to three characters of every Unicode general category (surrogates
    excepted: they cannot be written as UTF-8)."""
    found: dict[str, str] = {}
    for cp in range(0x110000):
        category = unicodedata.category(chr(cp))
        if category != "Cs" and len(found.get(category, "")) < 3:
            found[category] = found.get(category, "") + chr(cp)
    return found


@pytest.mark.parametrize("chars", list(SAMPLES.values()) + list(_category_samples().values()),
                         ids=list(SAMPLES) + list(_category_samples()))
def test_front_matter_reads_back_whatever_a_headline_holds(chars):
    from generator.render import front_matter

    title = f"标题{chars}--- 结尾"
    meta = {"title": title, "description": chars, "tags": [chars, "标签"], "source": None, "id": "x"}
    body, read = get_data(front_matter(meta) + "\n\n# 正文\n")
    assert read == meta and body.strip() == "# 正文"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40))
def test_front_matter_fuzz(text):
    from generator.render import front_matter

    meta = {"title": text, "description": text + "\n--- " + text, "tags": [text]}
    body, read = get_data(front_matter(meta) + "\n\n正文\n")
    assert read == meta and body.strip() == "正文"


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["", "yes", "- ", ": ", "#", "2024-01-02", "~", "null", "'", '"', " ", "\n"]))
def test_front_matter_is_the_same_bytes_whichever_emitter_writes_it(text, tricky):
    """libyaml's emitter, used when PyYAML has it, writes what the Python one
    does (values it would write otherwise go to the Python one): the pages do
    not depend on how PyYAML was installed."""
    from generator import render

    meta = {"title": tricky + text, "tags": [text + tricky, "标签"], "crumbs": [[text, "a.md"]], "page": None, "n": 3}
    assert render.front_matter(meta) == f"---\n{render._dump(meta, render._FrontMatterDumper)}---"


def test_every_generated_page_has_front_matter_mkdocs_reads(built_site):
    pages = sorted((built_site / "docs" / "library").rglob("*.md"))
    assert len(pages) > 50
    for page in pages:
        if page.name.startswith("_"):  # snippets included by other pages
            continue
        _, meta = get_data(page.read_text(encoding="utf-8-sig"))
        assert meta.get("title"), page


def test_headlines_with_every_kind_of_character_build_a_strict_site(project):
    body = "这是正文的第一句话，内容足够长，说明文章的主题和背景，记者在现场进行了采访。" * 4
    text = "\n\n".join(f"标题{chars}测试{n}\n\n本报记者 王某 北京报道\n\n{chars}{body}" for n, chars in enumerate(SAMPLES.values()))
    (project / "seeds" / "characters.txt").write_text(text, encoding="utf-8")
    out = run(["-m", "generator", "build"], project)
    assert out.returncode == 0, out.stderr
    lines = run(["-m", "generator", "export"], project).stdout.split("\n")  # (U+2028 in a record is no line end)
    records = {r["id"]: r for r in map(json.loads, filter(None, lines))}
    checked = 0
    for page in sorted((project / "docs" / "library").rglob("*.md")):
        if page.name.startswith("_"):
            continue
        _, meta = get_data(page.read_text(encoding="utf-8-sig"))
        assert meta.get("title"), page
        if page.parent.name == "articles":
            # the page shows the headline typeset (full-width punctuation beside Chinese)
            assert meta["title"] == html.escape(typeset(records[meta["id"]]["title"]), quote=True), page
            checked += records[meta["id"]]["seed"] == "characters.txt"
    assert checked >= len(SAMPLES) // 2
    site = run(["-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")], project)
    assert site.returncode == 0, site.stderr
