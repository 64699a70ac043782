"""The pipeline, stage by stage: read -> clean/split -> analyse -> enrich -> render -> write.

Per-file work (read, split, per-record analysis) is cached on disk, keyed on
the file's bytes and a fingerprint of the configuration, data files and the
generator's own code, and may run in parallel (`--jobs N`) with output
identical to a serial run. The cache is plain JSON: an entry that cannot be
read is a miss, never a failure, and loading one cannot run code.

`build` raises only InputError / ConfigError for what the user can meet (a
file it cannot write, a broken template), each one line naming the file.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path

from . import __version__
from .config import Config, check_templates
from .enrich import Analysis, analyse, enrich
from .enrich.text import tokenizer
from .errors import InputError, os_error_line, os_errors, shown, template_errors
from .model import Article, Record
from .read import decode_source, read_bytes, scan_sources
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
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest process that read files (--jobs)
        return {"timings": {k: round(v, 4) for k, v in self.timings.items()}, "processed": self.processed,
                "cached": self.cached, "rendered": self.rendered, "peak_rss_mb": round(peak / 1024, 1),
                "worker_peak_rss_mb": round(worker / 1024, 1)}


@dataclass
class FileResult:
    name: str
    records: list[Record] | None
    analyses: dict[str, Analysis]
    error: str | None = None


def progress(items, total: int, label: str):
    """Yield items, with a progress bar on stderr only when it is a terminal
    (tqdm, imported only then: it and its imports take a few milliseconds)."""
    if not sys.stderr.isatty() or total <= 1:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=label, unit="file", file=sys.stderr, leave=False)


def fingerprint(config: Config) -> str:
    """Changes whenever anything that shapes per-file results changes: the
    settings as understood, the data files, the generator's code."""
    digest = hashlib.sha256(__version__.encode() + b"\0" + config.digest().encode("utf-8"))
    parts = [*sorted(CODE.rglob("*.py")), *sorted(CODE.rglob("*.json")), *(config.root / p for p in config.settings["data"].values())]
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


# ---------------------------------------------------------------- the cache

CACHE_FORMAT = 1


def to_plain(value):
    """Dataclasses, lists, tuples and dicts as JSON-ready values."""
    if is_dataclass(value):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def from_plain(kind, value):
    """`value` read back as type `kind` (a dataclass or a typing form);
    TypeError when it does not have that shape."""
    return _decoder(kind)(value)


def _wrong(kind) -> TypeError:
    return TypeError(f"cache entry: expected {kind}")


@functools.lru_cache(maxsize=None)
def _decoder(kind):
    """A function reading a plain value back as `kind`, made once per type
    (reading the cache of a large collection decodes a million values)."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        parts = [(f.name, _decoder(hints[f.name])) for f in fields(kind) if f.init]

        def record(value):
            if type(value) is not dict:
                raise _wrong(kind)
            return kind(**{name: read(value[name]) for name, read in parts})
        return record
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in args if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    if kind in (str, int, bool):
        def scalar(value):
            if type(value) is not kind:
                raise _wrong(kind)
            return value
        return scalar
    if kind is float:
        def number(value):
            if type(value) not in (int, float):
                raise _wrong(kind)
            return float(value)
        return number
    if origin is list:
        item = _decoder(args[0])
        if args[0] in (str, int):  # the common case, checked in one pass
            def plain_list(value):
                if type(value) is not list or not all(type(v) is args[0] for v in value):
                    raise _wrong(kind)
                return value
            return plain_list
        return lambda value: [item(v) for v in _of_type(value, list, kind)]
    if isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields"):  # a NamedTuple, stored as a list
        hints = typing.get_type_hints(kind)
        readers = [_decoder(hints[name]) for name in kind._fields]

        def named(value):
            if type(value) is not list or len(value) != len(readers):
                raise _wrong(kind)
            return kind(*(read(v) for read, v in zip(readers, value)))
        return named
    if origin is tuple:
        items = [_decoder(a) for a in args]

        def fixed(value):
            if type(value) is not list or len(value) != len(items):
                raise _wrong(kind)
            return tuple(read(v) for read, v in zip(items, value))
        return fixed
    if origin is dict:
        key, item = _decoder(args[0]), _decoder(args[1])
        if args[0] is str and args[1] in (str, int):  # the common case, checked in one pass
            def plain_dict(value):
                if type(value) is not dict or not all(type(v) is args[1] for v in value.values()):
                    raise _wrong(kind)
                return value  # JSON object keys are always strings
            return plain_dict
        return lambda value: {key(k): item(v) for k, v in _of_type(value, dict, kind).items()}
    raise TypeError(f"cannot read {kind} from the cache")


def _of_type(value, plain: type, kind):
    if type(value) is not plain:
        raise _wrong(kind)
    return value


class Cache:
    """Per-file results on disk as JSON, and in `memory` too when a
    long-running process (watch) keeps them between builds. Anything wrong
    with the cache (an entry damaged, of another format, a folder in its
    place, a cache path that is a file, a full disk) makes it a miss or
    leaves it unwritten, with one note; the build goes on without it."""

    def __init__(self, folder: Path | None, key: str, writable: bool = True, memory: dict | None = None):
        self.folder = folder
        self.writable = writable
        self.memory = memory
        self.key = key  # the fingerprint of code, settings and data files
        self.used: set[Path] = set()
        self.problems: list[str] = []
        self._ready = False

    def _path(self, name: str, data: bytes) -> Path:
        # The file name is part of the key: record ids are made from it, so the
        # same text under another name must not reuse the other file's records.
        key = hashlib.sha256(self.key.encode() + b"\0" + name.encode("utf-8") + b"\0" + data)
        return self.folder / f"{key.hexdigest()}.json"

    def get(self, name: str, data: bytes) -> FileResult | None:
        if self.folder is None:
            return None
        path = self._path(name, data)
        self.used.add(path)
        if self.memory is not None and path in self.memory:
            return self.memory[path]
        try:
            plain = json.loads(path.read_bytes())
            if plain.get("format") != CACHE_FORMAT or plain.get("key") != self.key:
                return None
            result = from_plain(FileResult, plain["result"])
        except Exception:  # whatever is wrong with an entry, it is a miss
            return None
        if result.name != name or result.records is None:
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
        if not self.writable or not self._prepare():
            return
        try:
            data = json.dumps({"format": CACHE_FORMAT, "key": self.key, "result": to_plain(result)},
                              ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except (ValueError, UnicodeError):  # not representable: this file is simply not cached
            return
        tmp = None
        try:
            # A name of its own: builds running side by side write the same entries.
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{path.stem[:16]}.{os.getpid()}.", suffix=".tmp")
            os.fchmod(fd, 0o644)  # mkstemp makes it private; the cache is no secret
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError as exc:
            self._give_up(exc)
            if tmp:
                Path(tmp).unlink(missing_ok=True)

    def _prepare(self) -> bool:
        """Make the folder once per build, and clear what older versions and
        killed builds left in it (pickles, temporary files of processes gone)."""
        if not self._ready and not self.problems:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                for old in [*self.folder.glob("*.pickle"), *self.folder.glob(".*.tmp")]:
                    if old.suffix == ".pickle" or not _writer_alive(old.name):
                        old.unlink(missing_ok=True)
                self._ready = True
            except OSError as exc:
                self._give_up(exc)
        return self._ready

    def _give_up(self, exc: OSError) -> None:
        if not self.problems:
            self.problems.append(f"cache {shown(self.folder)}: cannot write ({os_error_line(exc)}); built without it")
        self._ready = False
        self.writable = False


def _writer_alive(tmp_name: str) -> bool:
    """Whether the process that names itself in a temporary file's name
    ('.<key>.<pid>.<random>.tmp') is still running."""
    parts = tmp_name.split(".")
    pid = int(parts[2]) if len(parts) > 3 and parts[2].isdigit() else 0
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _work(args: tuple[Path, Config, bytes]) -> FileResult:
    return process_file(*args)


def _in_processes(todo: list[tuple[Path, bytes]], config: Config, jobs: int) -> list[FileResult] | None:
    """The files read in `jobs` processes, or None where this system cannot
    start them (no process semaphores in some sandboxes): read in this one then."""
    from concurrent.futures import ProcessPoolExecutor

    try:
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)))
    except (OSError, NotImplementedError, ImportError):
        return None
    with pool:
        work = pool.map(_work, [(p, config, d) for p, d in todo], chunksize=max(1, len(todo) // (jobs * 4)))
        return list(progress(work, len(todo), "reading"))


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
    done = _in_processes(todo, config, jobs) if jobs > 1 and len(todo) > 1 else None
    if done is None:
        done = [process_file(p, config, d) for p, d in progress(todo, len(todo), "reading")]
    for (path, data), result in zip(todo, done):
        cache.put(path.name, data, result)
        results[path.name] = result
    records: dict[str, list[Record]] = {}
    analyses: dict[str, Analysis] = {}
    skipped: list[str] = list(left_out)
    outcome.notes += cache.problems
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
    from .render import render_site  # Jinja and the writer are for building pages only, not `export`
    from .site.writer import Manifest, build_lock, write_output

    outcome = analyse_folder(config, jobs, use_cache, write_cache=True, memory=memory)
    start = time.perf_counter()
    with os_errors(), build_lock(config.docs):
        # Pages whose inputs did not change since the last build, and which
        # are on disk as that build left them, are left as they are.
        previous = Manifest.load(config.out_dir)
        known = previous.reusable_keys(config.out_dir, config.output) if use_cache else {}
        check_templates(config.templates)
        with template_errors(config.templates):
            rendered = render_site(outcome.articles, config.templates, config.output, config.vocabulary.userdict,
                                   known=known, salt=outcome.fingerprint)
        outcome.timings["render"] = time.perf_counter() - start
        outcome.rendered = sum(1 for text in rendered.pages.values() if text is not None)
        start = time.perf_counter()
        write_output(rendered.pages, config.docs, config.output, rendered.keys, previous)
    outcome.timings["write"] = time.perf_counter() - start
    return outcome
