"""`mkdocs serve` is the whole editing loop: the news plugin regenerates what
changed in seeds/, templates/, data/ and generator.yml, in the serving
process, and the open page in the browser follows."""
from __future__ import annotations

import json
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from importlib.metadata import entry_points
from pathlib import Path

from browser import browser_page, free_port
from conftest import ROOT, child_env, run

REGENERATED = re.compile(r"news: generated pages (built|rebuilt) in ([\d.]+) s: (\d+) file\(s\) read, (\d+) unchanged, "
                         r"(\d+) page\(s\) rendered")


class Server:
    """`python -m mkdocs serve` in a project folder, its log read line by line."""

    def __init__(self, cwd: Path, *args: str):
        self.port = free_port()
        self.proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{self.port}", *args],
                                     cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     env={**child_env(), "NO_MKDOCS_2_WARNING": "1"})
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        self.url = ""
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, pattern: str, timeout: float = 300) -> re.Match:
        """The next log line matching `pattern` (lines before it are kept in self.log)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.1, min(1.0, deadline - time.monotonic())))
            except queue.Empty:
                if self.proc.poll() is not None:
                    raise AssertionError(f"mkdocs serve exited ({self.proc.returncode}):\n" + "\n".join(self.log[-30:]))
                continue
            self.log.append(line)
            if "ERROR" in line or "Traceback" in line:
                raise AssertionError("\n".join(self.log[-30:]))
            match = re.search(pattern, line)
            if match:
                if "Serving on" in line:
                    self.url = line.split("Serving on ", 1)[1].strip()
                return match
        raise AssertionError(f"no log line matching {pattern!r} in time:\n" + "\n".join(self.log[-30:]))

    def regeneration(self, timeout: float = 300) -> dict:
        kind, seconds, read, unchanged, rendered = self.wait_for(REGENERATED.pattern, timeout).groups()
        return {"kind": kind, "seconds": float(seconds), "processed": int(read), "cached": int(unchanged),
                "rendered": int(rendered)}

    def quiet(self, seconds: float) -> list[str]:
        """Log lines that come within `seconds`."""
        out, deadline = [], time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                out.append(self.lines.get(timeout=max(0.05, deadline - time.monotonic())))
            except queue.Empty:
                pass
        self.log += out
        return out

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # as Ctrl-C: MkDocs removes its temporary site folder
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def indexed_pages(meta_js: str) -> int:
    return json.loads(meta_js[meta_js.index("{"):meta_js.rindex("}") + 1])["pages"]


def touch_up(path: Path, text: str) -> None:
    time.sleep(0.05)  # a new modification time even on coarse clocks
    path.write_text(text, encoding="utf-8")


def insert_after_a_sentence(seed: Path, first_line: int, last_line: int, addition: str) -> None:
    """Put `addition` after the end of a sentence in the second half of the
    given lines (1-based) of a seed file, where the article's id (made from
    its first characters) does not change."""
    lines = seed.read_text(encoding="utf-8").split("\n")
    for n in range((first_line + last_line) // 2, last_line):
        cut = lines[n - 1].find("。")
        if 0 < cut < len(lines[n - 1]) - 1:
            lines[n - 1] = lines[n - 1][:cut + 1] + addition + lines[n - 1][cut + 1:]
            touch_up(seed, "\n".join(lines))
            return
    raise AssertionError(f"{seed.name}: no sentence end in lines {first_line}-{last_line}")


def test_the_plugins_are_installed_entry_points():
    """`pip install -e .` registers them; mkdocs.yml names them under plugins:."""
    found = {ep.name: ep.value for ep in entry_points(group="mkdocs.plugins") if ep.name.split("/")[0] == "news"}
    assert found == {"news": "generator.plugins.news.plugin:NewsPlugin",
                     "news/search": "generator.plugins.search.plugin:SearchPlugin",
                     "news/feed": "generator.plugins.feed.plugin:FeedPlugin"}
    import generator

    assert Path(generator.__file__).resolve().parent == ROOT / "generator"
    assert "hooks:" not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_an_edit_in_seeds_shows_in_the_open_page(project):
    records = [json.loads(line) for line in run(["-m", "generator", "export"], project).stdout.splitlines()]
    article = max((r for r in records if r["kind"] == "article"), key=lambda r: len(r["text"]))
    addition = "编者注：这一句是在预览时加进原文的。"
    server = Server(project)
    try:
        server.wait_for("Serving on")
        with browser_page() as page:
            address = server.url + article["path"].replace(".md", "/")
            page.goto(address)
            assert page.locator("h1").first.inner_text().strip().startswith(article["title"][:6])
            assert addition not in page.locator("article").inner_text()
            insert_after_a_sentence(project / "seeds" / article["seed"], *article["lines"], addition)
            # Nothing else is run: the server regenerates, MkDocs rebuilds, and
            # its live reload refreshes the open page.
            page.wait_for_function("t => document.querySelector('article') && document.querySelector('article').innerText.includes(t)",
                                   arg=addition, timeout=120_000)
            assert page.url == address
    finally:
        server.stop()


def test_serve_regenerates_only_what_changed(project):
    server = Server(project)
    try:
        first = server.regeneration()
        assert first["kind"] == "built" and first["processed"] == 2
        server.wait_for("Serving on")
        seed = sorted((project / "seeds").iterdir())[0]
        text = seed.read_text(encoding="utf-8")
        cut = text.index("。", len(text) // 2) + 1
        touch_up(seed, text[:cut] + "编者注：预览时的补充。" + text[cut:])
        edited = server.regeneration()
        assert edited["kind"] == "rebuilt" and edited["processed"] == 1 and edited["cached"] == 1
        assert 0 < edited["rendered"] < first["rendered"] / 2
        server.wait_for("Reloading browsers")
        # The pages the plugin wrote into docs/library/ start no second rebuild.
        assert not any("Detected file changes" in line for line in server.quiet(2.0))
        pages = [p.read_text(encoding="utf-8") for p in (project / "docs" / "library" / "articles").glob("*.md")]
        assert any("编者注：预览时的补充。" in p for p in pages)
        # A hand-written page: MkDocs rebuilds, the generated pages stay as they are.
        about = project / "docs" / "about.md"
        since = len(server.log)
        touch_up(about, about.read_text(encoding="utf-8") + "\n补充一行。\n")
        deadline = time.monotonic() + 120
        while "补充一行。" not in fetch(server.url + "about/"):
            assert time.monotonic() < deadline, "the edited page was not served in time"
            server.quiet(0.3)
        assert not any(REGENERATED.search(line) for line in server.log[since:])
        # A new stop word changes what every file yields: all are read again, in this process.
        stopwords = project / "data" / "stopwords.txt"
        touch_up(stopwords, stopwords.read_text(encoding="utf-8") + "\n补充\n")
        again = server.regeneration()
        assert again["kind"] == "rebuilt" and again["processed"] == 2
        # jieba cannot forget a word of its user dictionary: the server starts afresh.
        userdict = project / "data" / "userdict.txt"
        touch_up(userdict, userdict.read_text(encoding="utf-8") + "\n预览补充词 5 n\n")
        server.wait_for("restarting `mkdocs serve`")
        restarted = server.regeneration()
        assert restarted["kind"] == "built" and restarted["processed"] == 2
        server.wait_for("Serving on")
    finally:
        server.stop()
    # What the server left equals a build from scratch.
    served = {p: p.read_bytes() for p in sorted((project / "docs" / "library").rglob("*.md"))}
    out = run(["-m", "generator", "build", "--no-cache"], project)
    assert out.returncode == 0, out.stderr
    assert {p: p.read_bytes() for p in sorted((project / "docs" / "library").rglob("*.md"))} == served


def test_serve_dirty_keeps_every_page_in_the_search_index_and_the_feeds(project):
    """With --dirty MkDocs renders only the pages that changed; the search and
    feed plugins keep what they read from the others in earlier builds."""
    server = Server(project, "--dirty")
    try:
        server.wait_for("Serving on")
        feed, pages = fetch(server.url + "feed.json"), indexed_pages(fetch(server.url + "search/meta.js"))
        assert json.loads(feed)["items"] and pages > len(json.loads(feed)["items"])
        seed = sorted((project / "seeds").iterdir())[1]
        touch_up(seed, seed.read_text(encoding="utf-8") + "\n编者补记：脏构建。\n")
        edited = server.regeneration()
        assert edited["kind"] == "rebuilt" and edited["processed"] == 1
        server.wait_for("Reloading browsers")
        assert indexed_pages(fetch(server.url + "search/meta.js")) == pages
        assert len(json.loads(fetch(server.url + "feed.json"))["items"]) == len(json.loads(feed)["items"])
        assert not any("not in the search index" in line for line in server.log)
    finally:
        server.stop()
