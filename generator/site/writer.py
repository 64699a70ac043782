"""Write generated pages into docs/<output>/ and never touch anything else.

* The output folder carries a marker file; a folder of that name without the
  marker is the user's, and the generator refuses to replace it.
* The first build is written to a temporary sibling folder and renamed into
  place. Later builds replace only the pages that changed, each one whole
  (write aside, then rename), and delete pages no longer made; the manifest in
  the marker file names the pages in flux until the build is done, so a build
  stopped half-way is repaired by the next one.
* A lock file stops two runs from writing at once.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

MARKER = ".generated-by-generator"


class LockedError(InputError):
    pass


@contextmanager
def build_lock(docs: Path):
    docs.mkdir(parents=True, exist_ok=True)
    lock = docs / ".generator.lock"
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        raise LockedError(f"{lock}: another build is running (delete this file if no build is)") from None
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        yield
    finally:
        lock.unlink(missing_ok=True)


@dataclass
class Manifest:
    """What the previous build left: each page's content hash and the key of
    the inputs it was rendered from; `pending` lists pages a build was in the
    middle of changing when it stopped."""

    pages: dict[str, tuple[str, str]] = field(default_factory=dict)  # inner path -> (sha1 of bytes, input key)
    pending: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, target: Path) -> "Manifest":
        try:
            data = json.loads((target / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict) or data.get("format") != 2:
            return cls()  # an older build's marker: every page is rewritten once
        pages = {k: (v[0], v[1]) for k, v in data.get("pages", {}).items() if isinstance(v, list) and len(v) == 2}
        return cls(pages, [p for p in data.get("pending", []) if isinstance(p, str)])

    def reusable_keys(self, target: Path, output: str) -> dict[str, str]:
        """Input keys of the pages this build left on disk (paths start with
        '<output>/'); render skips a page whose key is unchanged."""
        return {f"{output}/{inner}": key for inner, (_, key) in self.pages.items()
                if key and inner not in self.pending and (target / inner).is_file()}

    def save(self, target: Path) -> None:
        data = {"format": 2, "pages": {k: list(v) for k, v in sorted(self.pages.items())}, "pending": sorted(self.pending)}
        _replace(target / MARKER, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _replace(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old or the new text, never half of it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _inner(rel: str, output: str) -> str:
    if not rel.startswith(output + "/") or ".." in Path(rel).parts:
        raise ValueError(f"generated path outside the output folder: {rel}")
    return rel[len(output) + 1:]


def write_output(files: Mapping[str, str | None], docs: Path, output: str, keys: Mapping[str, str] | None = None,
                 previous: Manifest | None = None) -> Path:
    """Make docs/<output>/ hold exactly `files` (paths start with '<output>/').

    A None text means "unchanged since the previous build": that file stays.
    The first build is written aside and renamed into place; later builds
    touch only the pages that changed, each replaced whole, with the manifest
    saying which pages are in flux until the build is done, so that a build
    stopped half-way is repaired by the next one. `previous`: the manifest
    when the caller has already read it."""
    keys = keys or {}
    inner_of = {rel: _inner(rel, output) for rel in files}  # every path checked before anything is written
    target = docs / output
    if target.exists() and not (target / MARKER).exists():
        raise InputError(f"{target}: exists but was not made by the generator; refusing to replace it")
    docs.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        return _write_fresh(files, inner_of, docs, target, keys)
    previous = previous if previous is not None else Manifest.load(target)
    entries: dict[str, tuple[str, str]] = {}
    changed: dict[str, bytes] = {}
    for rel, text in files.items():
        inner = inner_of[rel]
        old = previous.pages.get(inner)
        if text is None:
            if old is None or inner in previous.pending or not (target / inner).is_file():
                raise ValueError(f"{rel}: kept from the previous build, but that build did not leave it")
            entries[inner] = (old[0], keys.get(rel, ""))
            continue
        data = text.encode("utf-8")
        sha = hashlib.sha1(data).hexdigest()
        entries[inner] = (sha, keys.get(rel, ""))
        if old is None or old[0] != sha or inner in previous.pending or not (target / inner).is_file():
            changed[inner] = data
    gone = sorted((set(previous.pages) | set(previous.pending)) - set(entries))
    flux = Manifest({k: v for k, v in previous.pages.items() if k not in changed and k not in gone},
                    sorted(set(changed) | set(gone)))
    flux.save(target)
    made: set[Path] = set()
    for inner, data in sorted(changed.items()):
        path = target / inner
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_bytes(data)  # listed as pending until the final manifest is saved
    for inner in gone:
        _remove(target, inner)
    Manifest(entries).save(target)
    return target


def _write_fresh(files, inner_of: dict[str, str], docs: Path, target: Path, keys: Mapping[str, str]) -> Path:
    staging = Path(tempfile.mkdtemp(prefix=".generated-new-", dir=docs))
    staging.chmod(0o755)  # mkdtemp makes it private; the pages are meant to be read
    try:
        entries: dict[str, tuple[str, str]] = {}
        made: set[Path] = set()
        for rel, text in sorted(files.items()):
            if text is None:
                raise ValueError(f"{rel}: kept from a previous build, but there is none")
            path = staging / inner_of[rel]
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            data = text.encode("utf-8")
            path.write_bytes(data)
            entries[inner_of[rel]] = (hashlib.sha1(data).hexdigest(), keys.get(rel, ""))
        Manifest(entries).save(staging)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _remove(target: Path, inner: str) -> None:
    """Delete a page of the previous build, and folders it leaves empty."""
    path = target / inner
    path.unlink(missing_ok=True)
    parent = path.parent
    while parent != target:
        try:
            parent.rmdir()
        except OSError:
            break
        parent = parent.parent
