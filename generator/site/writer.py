"""Write generated pages into docs/<output>/ atomically, never touching anything else.

* The output folder carries a marker file; a folder of that name without the
  marker is the user's, and the generator refuses to replace it.
* Pages are written to a temporary sibling folder which is swapped in with
  renames, so a run that fails half-way leaves the previous pages in place.
* A lock file stops two runs from writing at once.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
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


def _manifest(target: Path) -> dict[str, str]:
    """Content hashes of the previous build's pages (kept in the marker file)."""
    try:
        data = json.loads((target / MARKER).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _link(old: Path, new: Path) -> bool:
    try:
        os.link(old, new)
        return True
    except OSError:
        return False


def write_output(files: dict[str, str], docs: Path, output: str) -> Path:
    """Replace docs/<output>/ with exactly `files` (paths start with '<output>/')."""
    target = docs / output
    if target.exists() and not (target / MARKER).exists():
        raise InputError(f"{target}: exists but was not made by the generator; refusing to replace it")
    docs.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".generated-new-", dir=docs))
    staging.chmod(0o755)  # mkdtemp makes it private; the pages are meant to be read
    previous = _manifest(target)
    manifest: dict[str, str] = {}
    try:
        made: set[Path] = set()
        for rel, text in sorted(files.items()):
            if not rel.startswith(output + "/") or ".." in Path(rel).parts:
                raise ValueError(f"generated path outside the output folder: {rel}")
            inner = rel[len(output) + 1:]
            path = staging / inner
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            data = text.encode("utf-8")
            digest = hashlib.sha1(data).hexdigest()
            manifest[inner] = digest
            # An unchanged page is linked from the previous build, not written again.
            if previous.get(inner) != digest or not _link(target / inner, path):
                path.write_bytes(data)
        (staging / MARKER).write_text(json.dumps(manifest, sort_keys=True, ensure_ascii=False), encoding="utf-8")
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".generated-old-", dir=docs))
            old.rmdir()
            target.rename(old)
        staging.rename(target)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target
