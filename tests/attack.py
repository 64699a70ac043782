"""Attack the generator as a hostile or unlucky user would, one case at a time,
each on a fresh copy of a small project; print what broke.

    python tests/attack.py            # every case (a few minutes)
    python tests/attack.py settings   # only the cases whose group starts so

A case breaks something when the run prints a traceback, fails without one
line saying why (exit code 2, 'error: ...'), accepts what it must refuse,
publishes what it must not read, or when the next plain build does not give
back exactly the pages of an undisturbed build. The cases that mount a small
or read-only file system need root and are skipped without it.
"""
from __future__ import annotations

import codecs
import json
import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from generator.config import DEFAULTS  # noqa: E402

SEEDS = sorted((ROOT / "seeds").iterdir())
ENV = dict(os.environ, PYTHONPATH=str(ROOT))
TEXT = SEEDS[3].read_text(encoding="utf-8")


def run(project: Path, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "generator", *(args or ("build",))]
    try:
        return subprocess.run(command, cwd=project, capture_output=True, text=True, env=ENV, timeout=120, errors="replace")
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, None, "", "timed out after 120 s\n")


def fresh() -> Path:
    project = Path(tempfile.mkdtemp(prefix="attack-"))
    for name in ("mkdocs.yml", "generator.yml"):
        shutil.copy(ROOT / name, project / name)
    for folder in ("data", "templates"):
        shutil.copytree(ROOT / folder, project / folder)
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("library", ".generat*"))
    (project / "seeds").mkdir()
    for seed in SEEDS[3:5]:
        shutil.copy(seed, project / "seeds" / seed.name)
    return project


def pages(project: Path) -> dict[str, bytes]:
    root = project / "docs" / "library"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != ".generated-by-generator"}


@dataclass
class Case:
    group: str
    name: str
    attack: Callable[[Path], object]  # changes the project; may return an undo function
    expect: str = "error"  # "error": exit 2 and one line; "ok": exit 0; "warn": exit 0 with a warning
    built_first: bool = False
    check: Callable[[Path, subprocess.CompletedProcess], str | None] | None = None  # a problem, or None
    args: tuple[str, ...] = ("build",)


def verdict(case: Case, out: subprocess.CompletedProcess) -> str | None:
    err = out.stderr
    if "Traceback" in err:
        return "traceback"
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    if case.expect == "error" and (out.returncode != 2 or len(errors) != 1 or err.count("\n") != 1):
        return f"expected one error line and exit 2, got {out.returncode}: {err[-300:]!r}"
    if case.expect in ("ok", "warn") and out.returncode != 0:
        return f"expected success, got {out.returncode}: {err[-300:]!r}"
    if case.expect == "warn" and "warning:" not in err:
        return "expected a warning"
    return case.check(case.project, out) if case.check else None


def play(case: Case, reference: dict[str, bytes]) -> str | None:
    project = case.project = fresh()
    try:
        if case.built_first:
            assert run(project).returncode == 0
        undo = case.attack(project)
        out = run(project, *case.args)
        problem = verdict(case, out)
        if callable(undo):
            undo()
        if problem is None:  # the next plain build repairs whatever is left
            again = run(project)
            if again.returncode != 0 and case.group.startswith(("seeds", "state", "disk", "kill", "side")):
                problem = f"the next build failed: {again.stderr[-300:]!r}"
            elif again.returncode == 0 and case.group.startswith(("state", "disk", "kill", "side")) and pages(project) != reference:
                problem = "the next build did not repair the pages"
        return problem
    finally:
        subprocess.run(["umount", "-l", str(project / "docs")], capture_output=True)
        subprocess.run(["umount", "-l", str(project / ".cache")], capture_output=True)
        shutil.rmtree(project, ignore_errors=True)


# ---------------------------------------------------------------- the cases

def write(rel: str, data: bytes | str):
    def attack(project: Path):
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return attack


def make_folder(rel: str):
    def attack(project: Path):
        path = project / rel
        if path.exists():
            path.unlink() if not path.is_dir() else shutil.rmtree(path)
        path.mkdir(parents=True)
    return attack


def settings_cases() -> list[Case]:
    cases = []
    for key, default in _leaves(DEFAULTS):
        for value in (None, "abc", 5, 2.5, True, [1], {"a": 1}, -1, ""):
            if _fits(key, default, value):
                continue
            text = yaml.safe_dump(_nested(key, value), allow_unicode=True)
            cases.append(Case("settings", f"{'.'.join(key)}: {value!r}", write("generator.yml", text),
                              check=_names("generator.yml:", "'" + ".".join(key))))
    for text, name in [("tagz:\n  min: 1\n", "unknown key"), ("tags:\n  mni: 1\n", "unknown nested key"),
                       ("output: ../outside\n", "output outside docs"), ("output: .hidden\n", "hidden output"),
                       ("tags:\n  min: 9\n  max: 2\n", "min above max"), ("seeds: [unclosed\n", "malformed YAML"),
                       ("!!python/object/apply:os.system ['touch pwned']\n", "YAML that would run code"),
                       ("a: &a [1, 2]\nb: [*a, *a, *a]\n", "aliases"), ("\x00\x01", "binary settings file")]:
        cases.append(Case("settings", name, write("generator.yml", text), check=_no_file("pwned")))
    cases.append(Case("settings", "--config missing.yml", lambda p: None, args=("build", "--config", "missing.yml")))
    cases.append(Case("settings", "--config a folder", make_folder("conf"), args=("build", "--config", "conf")))
    return cases


def _leaves(tree: dict, prefix: tuple = ()) -> list:
    out = []
    for key, value in tree.items():
        out += _leaves(value, prefix + (key,)) if isinstance(value, dict) else [(prefix + (key,), value)]
    return out


def _nested(key: tuple, value: object) -> dict:
    for part in reversed(key):
        value = {part: value}
    return value


def _fits(key: tuple, default: object, value: object) -> bool:
    if key == ("cache",):
        return value is None or isinstance(value, str)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return type(value) is int and value >= 0 and not (key == ("tags", "min") and value > 8)
    if isinstance(default, float):
        return type(value) in (int, float) and value >= 0
    return isinstance(value, str) and value != "" and key[0] not in ("templates", "data")


def _names(*parts: str):
    def check(project: Path, out) -> str | None:
        return None if all(p in out.stderr for p in parts) else f"the error does not name {parts}: {out.stderr!r}"
    return check


def _no_file(name: str):
    def check(project: Path, out) -> str | None:
        return f"{name} was created" if (project / name).exists() else None
    return check


def data_cases() -> list[Case]:
    taxonomy = "宏观经济:\n  keywords: [GDP, 增长]\n"
    rows = [
        ("data/taxonomy.yml", taxonomy.encode("gbk"), "GBK taxonomy"),
        ("data/taxonomy.yml", taxonomy.encode("utf-16"), "UTF-16 taxonomy"),
        ("data/taxonomy.yml", "宏观经济:\n  keywords: [GDP, 2035]\n", "keyword that is a number"),
        ("data/taxonomy.yml", "宏观经济:\n  keywords: []\n", "no keywords"),
        ("data/taxonomy.yml", "宏观经济: 字符串\n", "topic that is a string"),
        ("data/taxonomy.yml", "", "empty taxonomy"),
        ("data/taxonomy.yml", "!!python/object/apply:os.system ['touch pwned']\n", "taxonomy that would run code"),
        ("data/synonyms.yml", "大模型: {AI: 1}\n", "synonym that is a mapping"),
        ("data/synonyms.yml", "大模型: [AI, [x]]\n", "synonym that is a list"),
        ("data/entities.yml", "titles: [记者, 5]\n", "entity clue that is a number"),
        ("data/entities.yml", "titlez: [记者]\n", "unknown entity key"),
        ("data/userdict.txt", bytes(range(256)) * 4, "binary user dictionary"),
        ("data/userdict.txt", "新质生产力 很多 n\n", "frequency that is a word"),
        ("data/userdict.txt", "新质生产力\t2000\n", "tab in the user dictionary"),
        ("data/stopwords.txt", "的 了\n".encode("gbk") + b"\xff", "stop list not UTF-8"),
    ]
    cases = [Case("data", name, write(rel, data), check=_no_file("pwned")) for rel, data, name in rows]
    for name in ("taxonomy.yml", "userdict.txt", "stopwords.txt", "synonyms.yml", "entities.yml"):
        cases.append(Case("data", f"{name} is a folder", make_folder(f"data/{name}"), check=_names(name, "folder")))
    cases.append(Case("data", "data file missing", lambda p: (p / "data" / "entities.yml").unlink()))

    def fifo(project: Path):
        (project / "data" / "stopwords.txt").unlink()
        os.mkfifo(project / "data" / "stopwords.txt")
    cases.append(Case("data", "stop list is a pipe", fifo))
    return cases


def template_cases() -> list[Case]:
    rows = [
        (lambda p: (p / "templates" / "term.md.j2").unlink(), "missing template"),
        (write("templates/term.md.j2", "{% for x in %}\n"), "syntax error"),
        (write("templates/term.md.j2", "{{ no_such_thing }}\n"), "undefined variable"),
        (write("templates/term.md.j2", "{{ title.x.y }}\n"), "undefined attribute"),
        (write("templates/term.md.j2", "{{ title + 1 }}\n"), "type error in a template"),
        (write("templates/term.md.j2", '{% include "nope.j2" %}\n'), "include of a missing template"),
        (write("templates/term.md.j2", "标题".encode("gbk")), "template not UTF-8"),
        (make_folder("templates/term.md.j2"), "template is a folder"),
        (lambda p: shutil.rmtree(p / "templates"), "templates folder missing"),
    ]
    return [Case("templates", name, attack, check=_names("templates")) for attack, name in rows]


def seed_cases() -> list[Case]:
    big5 = "行政院今日召開會議，討論經濟發展與產業轉型政策。經濟部長表示，臺灣半導體產業持續成長。\n" * 20
    rows: list[tuple[str, object, str, str]] = [  # name in seeds/, content, expectation, case
        (os.fsdecode(b"\xd6\xd0\xce\xc4.txt"), TEXT, "warn", "file name not UTF-8"),
        ("new\nline.txt", TEXT, "ok", "newline in the file name"),
        ("长" * 80 + ".txt", TEXT, "ok", "a 243-byte file name"),
        (".hidden.txt", TEXT, "warn", "hidden file"),
        ("..evil", TEXT, "warn", "file named ..evil"),
        ("empty.txt", b"", "warn", "empty file"),
        ("blank.txt", b" \n\t\n", "warn", "blank file"),
        ("binary.txt", bytes(range(256)) * 10, "warn", "binary file"),
        ("nul.txt", TEXT.encode() + b"\x00" + TEXT.encode(), "warn", "NUL inside UTF-8"),
        ("latin.txt", b"only latin text here\n", "warn", "no Chinese"),
        ("utf16le.txt", TEXT.encode("utf-16-le"), "ok", "UTF-16 LE without a mark"),
        ("utf16be.txt", TEXT.encode("utf-16-be"), "ok", "UTF-16 BE without a mark"),
        ("utf32le.txt", TEXT.encode("utf-32-le"), "ok", "UTF-32 LE without a mark"),
        ("utf32.txt", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "ok", "UTF-32 with a mark"),
        ("gbk.txt", TEXT.encode("gbk", "ignore"), "ok", "GBK"),
        ("big5.txt", big5.encode("big5"), "ok", "Big5"),
        ("crlf.txt", TEXT.replace("\n", "\r\n"), "ok", "CRLF line ends"),
        ("controls.txt", TEXT.replace("。", "。\x01\x7f\x85\u2028", 20), "ok", "control characters in the text"),
        ("huge.txt", "新质生产力" * 400_000, "ok", "a 2 MB single line"),
        ("x.md", TEXT, "ok", "x.md beside x.txt"),
        ("x.html", TEXT, "ok", "x.html beside x.txt"),
        ("index.txt", TEXT, "ok", "index.txt"),
    ]
    cases = []
    for name, content, expect, label in rows:
        def attack(project: Path, name=name, content=content):
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            (project / "seeds" / name).write_bytes(data)
            if name in ("x.md", "x.html"):
                (project / "seeds" / "x.txt").write_bytes(data)
        cases.append(Case("seeds", label, attack, expect=expect, check=_checks_for(label)))

    def link(target_of: Callable[[Path], Path], label: str, expect: str = "warn"):
        def attack(project: Path):
            (project / "seeds" / "leak.txt").symlink_to(target_of(project))
        cases.append(Case("seeds", label, attack, expect=expect, check=_not_published("宏观经济")))
    link(lambda p: p / "data" / "taxonomy.yml", "link to ../data/taxonomy.yml")
    link(lambda p: Path("/dev/zero"), "link to /dev/zero")
    link(lambda p: p / "data", "link to a folder")
    link(lambda p: p / "nowhere", "dangling link")
    cases.append(Case("seeds", "a folder in seeds", make_folder("seeds/sub"), expect="warn"))
    cases.append(Case("seeds", "a pipe in seeds", lambda p: os.mkfifo(p / "seeds" / "pipe.txt"), expect="warn"))
    cases.append(Case("seeds", "--seeds is a file", lambda p: None, args=("build", "--seeds", "generator.yml")))
    cases.append(Case("seeds", "--seeds is missing", lambda p: None, args=("build", "--seeds", "nowhere")))
    return cases


def _checks_for(label: str):
    def check(project: Path, out) -> str | None:
        text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (project / "docs" / "library").rglob("*.md"))
        if label == "Big5" and "行政院今日召開會議" not in text:
            return "Big5 text not published as read"
        if label.startswith(("UTF-16", "UTF-32")) and "\x00" in text:
            return "NUL characters published"
        if label.startswith("x.") or label == "index.txt":
            sources = [p.name for p in (project / "docs" / "library" / "sources").iterdir()]
            seeds = [p for p in (project / "seeds").iterdir()]
            if len(sources) != len(seeds) + 1:
                return f"source pages collide: {sorted(sources)}"
        return None
    return check


def _not_published(word: str):
    def check(project: Path, out) -> str | None:
        root = project / "docs" / "library"
        leaked = [p.name for p in root.rglob("*.md") if p.parent.name == "sources" and "leak" in p.name]
        return f"published {leaked}" if leaked else None
    return check


def disk_cases() -> list[Case]:
    def mounted(how: str):
        def attack(project: Path):
            docs = project / "docs"
            if how == "full":  # room for what is there, and a few KB more
                keep = Path(tempfile.mkdtemp())
                shutil.copytree(docs, keep / "docs")
                used = sum(-(-p.stat().st_size // 4096) * 4 for p in docs.rglob("*") if p.is_file())
                subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={used + 8}k", "tmpfs", str(docs)], check=True)
                shutil.copytree(keep / "docs", docs, dirs_exist_ok=True)
            elif how == "read-only":
                subprocess.run(["mount", "--bind", str(docs), str(docs)], check=True)
                subprocess.run(["mount", "-o", "remount,ro,bind", str(docs)], check=True)
            elif how == "cache full":
                (project / ".cache").mkdir()
                subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20k", "tmpfs", str(project / ".cache")], check=True)

            def undo():
                target = project / (".cache" if how == "cache full" else "docs")
                if how == "full":
                    data = Path(tempfile.mkdtemp())
                    shutil.copytree(target, data / "d", dirs_exist_ok=True)
                    subprocess.run(["umount", "-l", str(target)], check=True)
                    shutil.copytree(data / "d", target, dirs_exist_ok=True)
                else:
                    subprocess.run(["umount", "-l", str(target)], check=True)
            return undo
        return attack
    cases = []
    if os.geteuid() == 0:
        cases += [Case("disk", "docs on a full disk", mounted("full"), built_first=True),
                  Case("disk", "docs on a full disk, first build", mounted("full")),
                  Case("disk", "read-only docs", mounted("read-only"), built_first=True),
                  Case("disk", "cache on a full disk", mounted("cache full"), expect="warn")]
    else:
        print("(not root: the cases that mount a full or read-only docs/ are skipped)")

    def docs_is_file(project: Path):
        shutil.rmtree(project / "docs")
        (project / "docs").write_text("x")
        return lambda: ((project / "docs").unlink(), shutil.copytree(ROOT / "docs", project / "docs",
                                                                     ignore=shutil.ignore_patterns("library", ".generat*")))
    cases.append(Case("disk", "docs is a file", docs_is_file))

    def users_folder(project: Path):
        (project / "docs" / "library").mkdir()
        (project / "docs" / "library" / "mine.md").write_text("我的")
    cases.append(Case("output", "docs/library is the user's", users_folder,
                      check=lambda p, o: None if (p / "docs/library/mine.md").read_text() == "我的" else "user's page lost"))
    return cases


def state_cases() -> list[Case]:
    lib = "docs/library"

    def cache_each(change: Callable[[Path], None]):
        def attack(project: Path):
            for entry in (project / ".cache" / "generator").glob("*.json"):
                change(entry)
        return attack

    class Payload:
        def __reduce__(self):
            return (os.system, ("touch pwned",))

    def dead_pid() -> int:
        child = subprocess.Popen([sys.executable, "-c", "pass"])
        child.wait()
        return child.pid
    rows = [
        ("lock of a dead build", write("docs/.generator.lock", str(dead_pid()))),
        ("lock with garbage", write("docs/.generator.lock", b"\xff\x00garbage")),
        ("empty lock", write("docs/.generator.lock", b"")),
        ("lock is a folder", make_folder("docs/.generator.lock")),
        ("staging left by a killed build", write("docs/.generated-new-x1/articles/a.md", "半")),
        ("marker empty", write(f"{lib}/.generated-by-generator", b"")),
        ("marker garbage", write(f"{lib}/.generated-by-generator", b"{not json")),
        ("marker binary", write(f"{lib}/.generated-by-generator", bytes(range(256)))),
        ("marker of another shape", write(f"{lib}/.generated-by-generator", '{"format": 3, "pages": {"a": 1}}')),
        ("marker of the old format", write(f"{lib}/.generated-by-generator", '{"format": 2, "pages": {}}')),
        ("marker is a folder", make_folder(f"{lib}/.generated-by-generator")),
        ("page emptied", lambda p: next((p / lib / "articles").iterdir()).write_bytes(b"")),
        ("index overwritten", write(f"{lib}/index.md", "# 改了\n")),
        ("page deleted", lambda p: next((p / lib / "tags").iterdir()).unlink()),
        ("page replaced by a folder", lambda p: _swap(next((p / lib / "articles").iterdir()), "folder")),
        ("page replaced by a link", lambda p: _swap(next((p / lib / "articles").iterdir()), "link")),
        ("articles/ replaced by a file", lambda p: _swap(p / lib / "articles", "file")),
        ("stray page", write(f"{lib}/stray.md", "# 多余\n")),
        ("temporary file left", write(f"{lib}/articles/.x.md.123.tmp", "半")),
        ("cache entry byte flipped", cache_each(lambda e: e.write_bytes(e.read_bytes()[:99] + b"\x00" + e.read_bytes()[100:]))),
        ("cache entry truncated", cache_each(lambda e: e.write_bytes(e.read_bytes()[:50]))),
        ("cache entry a crafted pickle", cache_each(lambda e: e.write_bytes(pickle.dumps(Payload())))),
        ("cache entry of another type", cache_each(lambda e: e.write_text("[1, 2]"))),
        ("cache entry is a folder", cache_each(lambda e: (e.unlink(), e.mkdir()))),
        ("cache path is a file", lambda p: (shutil.rmtree(p / ".cache/generator"), (p / ".cache/generator").write_text("x"))),
    ]
    return [Case("state", name, attack, expect="warn" if name == "cache path is a file" else "ok", built_first=True,
                 check=_no_file("pwned")) for name, attack in rows]


def _swap(path: Path, into: str) -> None:
    shutil.rmtree(path) if path.is_dir() else path.unlink()
    if into == "folder":
        (path / "inside.md").parent.mkdir(parents=True)
        (path / "inside.md").write_text("x")
    elif into == "link":
        path.symlink_to("/etc/hostname")
    else:
        path.write_text("x")


def kill_cases(count: int) -> list[Case]:
    rng = random.Random(14)

    def attack(project: Path, delay: float, cold: bool):
        if cold:
            shutil.rmtree(project / "docs" / "library", ignore_errors=True)
            shutil.rmtree(project / ".cache", ignore_errors=True)
        child = subprocess.Popen([sys.executable, "-m", "generator", "build", "--no-cache"], cwd=project, env=ENV,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
    return [Case("kill", f"kill -9 after {d:.2f} s ({'first' if c else 'later'} build)",
                 lambda p, d=d, c=c: attack(p, d, c), expect="ok", built_first=True)
            for d, c in ((rng.uniform(0.1, 1.5), k % 2 == 0) for k in range(count))]


def side_by_side_cases(count: int) -> list[Case]:
    def attack(project: Path, n: int):
        shutil.rmtree(project / ".cache", ignore_errors=True)
        children = [subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=project, env=ENV,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(n)]
        results = [(c.wait(), c.stderr.read()) for c in children]
        bad = [err for code, err in results if "Traceback" in err or code not in (0, 2) or (code == 2 and "another build" not in err)]
        (project / "side.json").write_text(json.dumps(bad))

    def check(project: Path, out) -> str | None:
        bad = json.loads((project / "side.json").read_text())
        return f"a build crashed: {bad[0][-300:]!r}" if bad else None
    return [Case("side by side", f"{n} builds at once on a cold cache (trial {k})", lambda p, n=n: attack(p, n),
                 expect="ok", check=check) for k, n in enumerate([2, 4] * (count // 2))]


def character_cases() -> list[Case]:
    from mkdocs.utils.meta import get_data

    samples = {"DEL": "\x7f", "C1": "\x80\x9f", "NEL + rule": "\x85--- ", "LS + rule": "\u2028--- ", "PS": "\u2029",
               "U+FFFE/FFFF": "\ufffe\uffff", "BOM": "\ufeff", "zero width": "\u200b", "bidi": "\u202e", "emoji": "\U0001f600",
               "private use": "\ue000", "C0": "\x01\x1b", "YAML syntax": ": - ? | > & * ! %", "quotes": "'\"",
               "rule": "---", "Jinja": "{{ x }}", "HTML": "<script>", "null": "null", "number": "123"}
    body = "这是正文的第一句话，内容足够长，说明文章的主题和背景，记者在现场进行了采访。" * 4
    cases = []
    for label, chars in samples.items():
        def attack(project: Path, chars=chars):
            text = f"标题{chars}测试\n\n本报记者 王某 北京报道\n\n{chars}{body}\n"
            (project / "seeds" / "chars.txt").write_text(text, encoding="utf-8")

        def check(project: Path, out) -> str | None:
            for page in (project / "docs" / "library").rglob("*.md"):
                if not page.name.startswith("_") and not get_data(page.read_text(encoding="utf-8"))[1].get("title"):
                    return f"front matter of {page.name} not read"
            return None
        cases.append(Case("headlines", label, attack, expect="ok", check=check))
    return cases


def cli_cases() -> list[Case]:
    return [Case("cli", "--jobs 0", lambda p: None, args=("build", "--jobs", "0")),
            Case("cli", "--jobs -3", lambda p: None, args=("build", "--jobs", "-3")),
            Case("cli", "--jobs abc", lambda p: None, args=("build", "--jobs", "abc")),
            Case("cli", "--jobs 500", lambda p: None, expect="ok", args=("build", "--jobs", "500")),
            Case("cli", "unknown command", lambda p: None, args=("publish",)),
            Case("cli", "--strict with a skipped file", write("seeds/empty.txt", b""), expect="warn-1", args=("build", "--strict"))]


def main() -> int:
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    cases = (settings_cases() + data_cases() + template_cases() + seed_cases() + disk_cases() + state_cases()
             + kill_cases(29) + side_by_side_cases(14) + character_cases() + cli_cases())
    cases = [c for c in cases if c.group.startswith(only)]
    reference_project = fresh()
    assert run(reference_project).returncode == 0
    reference = pages(reference_project)
    shutil.rmtree(reference_project)
    broken = 0
    for case in cases:
        if case.expect == "warn-1":  # --strict: exit 1 with the warning
            case.expect, case.check = "ok", None
            project = case.project = fresh()
            case.attack(project)
            out = run(project, *case.args)
            problem = None if out.returncode == 1 and "warning:" in out.stderr and "Traceback" not in out.stderr else out.stderr
            shutil.rmtree(project)
        else:
            problem = play(case, reference)
        broken += problem is not None
        print(f"{'BROKE' if problem else 'ok   '}  {case.group:13} {case.name}" + (f"\n       {problem}" if problem else ""), flush=True)
    print(f"{len(cases)} cases, {broken} broke something")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
