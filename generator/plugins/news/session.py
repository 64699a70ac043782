"""What a serving process keeps between rebuilds, and whether the generator
has to run again.

`mkdocs serve` rebuilds the site whenever a watched file changes. The
generator's part of a rebuild keeps jieba's dictionary and every input file's
results (read, split, analysed) in memory, so after an edit only the changed
files are read again; the corpus-wide stages (tags, related reading) and the
pages whose inputs changed follow. A rebuild that MkDocs starts for another
reason (a hand-written page, mkdocs.yml) finds the inputs unchanged and
leaves the generated pages as they are. jieba cannot forget a word of a user
dictionary it has loaded, so a changed user dictionary needs a new process.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ...config import Config

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


def inputs(settings: Config, settings_file: Path | None) -> list[Path]:
    """Everything the generated pages are made from: the input files, the
    templates, the data files and the settings file."""
    paths = [settings.seeds, settings.templates]
    paths += [settings.root / p for p in settings.settings["data"].values()]
    if settings_file is not None:
        paths.append(settings_file)
    return paths


def file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


@dataclass
class Session:
    """State of one MkDocs process across its builds."""

    memory: dict = field(default_factory=dict)  # per-file results by cache key (pipeline.Cache)
    seen: Snapshot | None = None  # the inputs as the last regeneration read them
    options: tuple = ()  # the plugin options that regeneration ran with
    dictionary: tuple[str, str] | None = None  # (path, digest) of the user dictionary jieba holds

    def changed(self, options: tuple, paths: list[Path]) -> bool:
        """Whether anything the generated pages are made from changed since
        the last regeneration (always True before the first one)."""
        return self.seen is None or options != self.options or snapshot(paths) != self.seen

    def mark(self, options: tuple, paths: list[Path]) -> None:
        """Remember the inputs as this regeneration is about to read them (an
        edit made while it runs is then seen by the next rebuild)."""
        self.options = options
        self.seen = snapshot(paths)

    def forget(self) -> None:
        """After a failed regeneration: the next rebuild runs the generator again."""
        self.seen = None

    def holds_dictionary(self, userdict: Path) -> None:
        self.dictionary = (str(userdict), file_digest(userdict))

    def dictionary_changed(self, userdict: Path) -> bool:
        """True when jieba holds a user dictionary that is not this one, as it is now."""
        return self.dictionary is not None and self.dictionary != (str(userdict), file_digest(userdict))
