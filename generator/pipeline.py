"""The pipeline, stage by stage: read -> clean/split -> analyse -> enrich -> render -> write.

Per-file work (read, split, per-record analysis) is cached on disk, keyed on
the file's bytes and a fingerprint of the configuration, data files and the
generator's own code, and may run in parallel (`--jobs N`) with output
identical to a serial run.
"""
from __future__ import annotations

import hashlib
import pickle
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .config import Config
from .enrich import Analysis, analyse, enrich
from .enrich.text import tokenizer
from .errors import InputError, os_errors
from .model import Article, Record
from .read import decode_source, read_bytes, scan_sources
from .render import render_site
from .site.writer import Manifest, build_lock, write_output
from .split import split_document

CODE = Path(__file__).resolve().parent


@dataclass
class Outcome:
    articles: list[Article] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per file that could not be used
    notes: list[str] = field(default_factory=list)  # other warnings (a cache that cannot be written)
    timings: dict[str, float] = field(default_factory=dict)
    processed: int = 0  # files read and split in this run (not taken from the cache)
    cached: int = 0
    rendered: int = 0  # pages rendered in this run (the others were unchanged)
    fingerprint: str = ""  # of the code, settings and data files this run used

    def figures(self) -> dict:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        return {"timings": {k: round(v, 4) for k, v in self.timings.items()}, "processed": self.processed,
                "cached": self.cached, "rendered": self.rendered, "peak_rss_mb": round(peak / 1024, 1)}


@dataclass
class FileResult:
    name: str
    records: list[Record] | None
    analyses: dict[str, Analysis]
    error: str | None = None


def progress(items: list, label: str):
    """Yield items, drawing a progress bar on stderr only when it is a terminal."""
    show = sys.stderr.isatty() and len(items) > 1
    for n, item in enumerate(items, 1):
        if show:
            done = int(30 * n / len(items))
            sys.stderr.write(f"\r{label} [{'#' * done}{'.' * (30 - done)}] {n}/{len(items)}")
            sys.stderr.flush()
        yield item
    if show:
        sys.stderr.write("\n")


def fingerprint(config: Config) -> str:
    """Changes whenever anything that shapes per-file results changes: the
    settings as understood, the data files, the generator's code."""
    digest = hashlib.sha256(__version__.encode() + b"\0" + config.digest().encode("utf-8"))
    parts = [*sorted(CODE.rglob("*.py")), *(config.root / p for p in config.settings["data"].values())]
    with os_errors():
        for path in parts:
            if path.exists():
                digest.update(str(path.name).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def process_file(path: Path, config: Config, data: bytes | None = None) -> FileResult:
    """Read (unless `data` holds the bytes), split and analyse one file (runs
    in a worker process with --jobs)."""
    tokenizer(config.vocabulary.userdict)  # split and analysis share one dictionary, always loaded first
    try:
        records = split_document(decode_source(path.name, read_bytes(path) if data is None else data))
    except InputError as exc:
        return FileResult(path.name, None, {}, str(exc))
    analyses = {r.id: analyse(r, config.vocabulary, config.settings) for r in records if r.is_page}
    return FileResult(path.name, records, analyses)


class Cache:
    """Per-file results on disk, and in `memory` too when a long-running
    process (watch) keeps them between builds."""

    def __init__(self, folder: Path | None, key: str, writable: bool = True, memory: dict | None = None):
        self.folder = folder
        self.writable = writable
        self.memory = memory
        self.key = key  # the fingerprint of code, settings and data files
        self.used: set[Path] = set()

    def _path(self, name: str, data: bytes) -> Path:
        # The file name is part of the key: record ids are made from it, so the
        # same text under another name must not reuse the other file's records.
        key = hashlib.sha256(self.key.encode() + b"\0" + name.encode("utf-8") + b"\0" + data)
        return self.folder / f"{key.hexdigest()}.pickle"

    def get(self, name: str, data: bytes) -> FileResult | None:
        if self.folder is None:
            return None
        path = self._path(name, data)
        self.used.add(path)
        if self.memory is not None and path in self.memory:
            return self.memory[path]
        try:
            with path.open("rb") as fh:
                result = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        if self.memory is not None:
            self.memory[path] = result
        return result

    def put(self, name: str, data: bytes, result: FileResult) -> None:
        if self.folder is None or result.records is None:
            return
        path = self._path(name, data)
        if self.memory is not None:
            self.memory[path] = result
        if not self.writable:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)


def _work(args: tuple[Path, Config]) -> FileResult:
    return process_file(*args)


def split_folder(config: Config, jobs: int = 1, use_cache: bool = True, outcome: Outcome | None = None,
                 write_cache: bool = True, memory: dict | None = None):
    """Per-file stage over the input folder -> ({seed: records}, {record id: analysis}, skipped)."""
    outcome = outcome or Outcome()
    if use_cache or write_cache:  # `build` needs it for page keys even with --no-cache
        outcome.fingerprint = outcome.fingerprint or fingerprint(config)
    paths, left_out = scan_sources(config.seeds, config.follow_links)
    cache = Cache(config.cache_dir if use_cache else None, outcome.fingerprint, writable=write_cache, memory=memory)
    results: dict[str, FileResult] = {}
    unreadable: dict[str, FileResult] = {}  # reported with the other files that cannot be used
    todo: list[tuple[Path, bytes]] = []
    for path in paths:
        try:
            data = read_bytes(path)
        except InputError as exc:
            unreadable[path.name] = FileResult(path.name, None, {}, str(exc))
            continue
        hit = cache.get(path.name, data)
        if hit is not None:
            results[path.name] = hit
        else:
            todo.append((path, data))
    outcome.cached, outcome.processed = len(results), len(todo)
    results.update(unreadable)
    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            done = list(progress(list(pool.map(_work, [(p, config, d) for p, d in todo], chunksize=max(1, len(todo) // (jobs * 4)))), "reading"))
    else:
        done = [process_file(p, config, d) for p, d in progress(todo, "reading")]
    for (path, data), result in zip(todo, done):
        cache.put(path.name, data, result)
        results[path.name] = result
    records: dict[str, list[Record]] = {}
    analyses: dict[str, Analysis] = {}
    skipped: list[str] = list(left_out)
    for path in paths:  # input order, whatever order the work finished in
        result = results[path.name]
        if result.error:
            skipped.append(result.error)
            continue
        records[path.name] = result.records
        analyses.update(result.analyses)
    if memory is not None:  # forget files that are gone or changed
        for stale in set(memory) - cache.used:
            del memory[stale]
    return records, analyses, skipped


def analyse_folder(config: Config, jobs: int = 1, use_cache: bool = True, write_cache: bool = False,
                   memory: dict | None = None) -> Outcome:
    """Everything but writing pages. Only `build` writes the cache: export and
    report read it when it is there and write nothing."""
    outcome = Outcome()
    start = time.perf_counter()
    records, analyses, outcome.skipped = split_folder(config, jobs, use_cache, outcome, write_cache, memory)
    outcome.timings["read_split_analyse"] = time.perf_counter() - start
    start = time.perf_counter()
    outcome.articles = enrich(records, config, analyses)
    outcome.timings["enrich"] = time.perf_counter() - start
    return outcome


def build(config: Config, jobs: int = 1, use_cache: bool = True, memory: dict | None = None) -> Outcome:
    """`memory`: per-file results kept by a long-running process between builds."""
    outcome = analyse_folder(config, jobs, use_cache, write_cache=True, memory=memory)
    start = time.perf_counter()
    with build_lock(config.docs):
        # Pages whose inputs did not change since the last build are left as they are.
        previous = Manifest.load(config.out_dir)
        known = previous.reusable_keys(config.out_dir, config.output) if use_cache else {}
        rendered = render_site(outcome.articles, config.templates, config.output, config.vocabulary.userdict,
                               known=known, salt=outcome.fingerprint)
        outcome.timings["render"] = time.perf_counter() - start
        outcome.rendered = sum(1 for text in rendered.pages.values() if text is not None)
        start = time.perf_counter()
        write_output(rendered.pages, config.docs, config.output, rendered.keys, previous)
    outcome.timings["write"] = time.perf_counter() - start
    return outcome
