"""`python -m generator watch`: rebuild the generated pages whenever an input
file or a template changes.

The process keeps jieba's dictionary, the per-file results and the compiled
code in memory, so a rebuild after editing one file costs that file plus the
corpus-wide stages (tags, related reading) and the pages that changed. A
change to the settings, the data files or the generator's own code restarts
the process instead: jieba cannot forget a word of an old user dictionary.
Run `python -m mkdocs serve` beside it to see the site update.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .config import Config, load_config
from .enrich.text import tokenizer
from .errors import ConfigError, InputError
from .pipeline import CODE, Outcome, build

Snapshot = dict[str, tuple[int, int]]


def snapshot(paths: list[Path]) -> Snapshot:
    """(modification time, size) of each file under the given files and folders."""
    out: Snapshot = {}
    for root in paths:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []
        for path in files:
            try:
                info = path.stat()
            except OSError:
                continue
            out[str(path)] = (info.st_mtime_ns, info.st_size)
    return out


def watched(config_path: Path, config: Config | None) -> tuple[list[Path], list[Path]]:
    """(inputs rebuilt in place, files whose change restarts the process)."""
    restart = [config_path, CODE]
    if config is None:
        return [], restart
    restart += [config.root / p for p in config.settings["data"].values()]
    return [config.seeds, config.templates], restart


def summary(outcome: Outcome, seconds: float, first: bool) -> str:
    return (f"{'built' if first else 'rebuilt'} in {seconds:.2f} s: {outcome.processed} file(s) read, "
            f"{outcome.cached} unchanged, {outcome.rendered} page(s) rendered")


def watch(config_path: Path, seeds: Path | None, jobs: int, interval: float, report: Callable[[Outcome], None],
          restart_argv: list[str], rounds: int | None = None) -> int:
    """Build, then poll every `interval` seconds and rebuild on change. `rounds`
    limits the number of polls (tests); None watches until interrupted."""
    memory: dict = {}
    config: Config | None = None
    inputs: Snapshot = {}
    try:
        config = load_config(config_path, seeds=seeds)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
    inputs_paths, restart_paths = watched(config_path, config)
    restart_state = snapshot(restart_paths)
    pending = config is not None
    polls = builds = 0
    try:
        while rounds is None or polls <= rounds:
            if pending and config is not None:
                inputs = snapshot(inputs_paths)
                start = time.perf_counter()
                try:
                    outcome = build(config, jobs, memory=memory)
                except (InputError, ConfigError) as exc:
                    print(f"error: {exc}", file=sys.stderr)
                else:
                    for line in outcome.skipped:
                        print(f"warning: {line}", file=sys.stderr)
                    report(outcome)
                    print(summary(outcome, time.perf_counter() - start, builds == 0), file=sys.stderr, flush=True)
                    if builds == 0:  # load jieba now, not when the first edit comes in
                        tokenizer(config.vocabulary.userdict)
                    builds += 1
                pending = False
            if rounds is not None and polls == rounds:
                break
            polls += 1
            time.sleep(interval)
            if snapshot(restart_paths) != restart_state:
                print("settings, data files or code changed: restarting", file=sys.stderr, flush=True)
                os.execv(sys.executable, restart_argv)
            pending = snapshot(inputs_paths) != inputs
    except KeyboardInterrupt:
        pass
    return 0
