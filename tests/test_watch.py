"""`python -m generator watch`: rebuilds on change, reprocessing only what changed."""
from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import child_env


class Watcher:
    def __init__(self, cwd: Path):
        self.proc = subprocess.Popen([sys.executable, "-m", "generator", "watch", "--interval", "0.2", "--profile"],
                                     cwd=cwd, stderr=subprocess.PIPE, text=True, env=child_env())
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))

    def next_build(self, timeout: float = 120) -> tuple[dict, str]:
        """The profile and summary lines of the next (re)build."""
        deadline = time.monotonic() + timeout
        profile = None
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line.startswith("profile: "):
                profile = json.loads(line[len("profile: "):])
            elif "built in" in line and profile is not None:
                return profile, line
            elif line.startswith("error"):
                raise AssertionError(line)
        raise AssertionError("no build reported in time")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def test_watch_rebuilds_only_what_changed(project):
    watcher = Watcher(project)
    try:
        first, line = watcher.next_build()
        assert line.startswith("built in") and first["processed"] == 2
        seed = sorted((project / "seeds").iterdir())[0]
        text = seed.read_text(encoding="utf-8")
        cut = text.index("。", len(text) // 2) + 1
        time.sleep(0.05)  # a new modification time even on coarse clocks
        seed.write_text(text[:cut] + "编者注：监视模式下的补充。" + text[cut:], encoding="utf-8")
        edited, line = watcher.next_build()
        assert line.startswith("rebuilt in") and edited["processed"] == 1 and edited["cached"] == 1
        assert 0 < edited["rendered"] < first["rendered"] / 2
        pages = [p.read_text(encoding="utf-8") for p in (project / "docs" / "library" / "articles").glob("*.md")]
        assert any("编者注：监视模式下的补充。" in p for p in pages)
        # A new stop word changes what every file yields: the watcher restarts and rebuilds.
        stopwords = project / "data" / "stopwords.txt"
        stopwords.write_text(stopwords.read_text(encoding="utf-8") + "\n补充\n", encoding="utf-8")
        restarted, line = watcher.next_build()
        assert line.startswith("built in") and restarted["processed"] == 2
    finally:
        watcher.stop()
    # What the watcher left equals a build from scratch.
    watched = {p: p.read_bytes() for p in sorted((project / "docs" / "library").rglob("*.md"))}
    out = subprocess.run([sys.executable, "-m", "generator", "build", "--no-cache"], cwd=project, capture_output=True,
                         text=True, env=child_env(), timeout=600)
    assert out.returncode == 0, out.stderr
    assert {p: p.read_bytes() for p in sorted((project / "docs" / "library").rglob("*.md"))} == watched
