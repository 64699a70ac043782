"""Write generated pages into docs/<output>/ atomically, never touching anything else.

* The output folder carries a marker file; a folder of that name without the
  marker is the user's, and the generator refuses to replace it.
* Pages are written to a temporary sibling folder which is swapped in with
  renames, so a run that fails half-way leaves the previous pages in place.
* A lock file stops two runs from writing at once.
"""
from __future__ import annotations

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


def write_output(files: dict[str, str], docs: Path, output: str) -> Path:
    """Replace docs/<output>/ with exactly `files` (paths start with '<output>/')."""
    target = docs / output
    if target.exists() and not (target / MARKER).exists():
        raise InputError(f"{target}: exists but was not made by the generator; refusing to replace it")
    docs.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".generated-new-", dir=docs))
    staging.chmod(0o755)  # mkdtemp makes it private; the pages are meant to be read
    try:
        for rel, text in sorted(files.items()):
            if not rel.startswith(output + "/") or ".." in Path(rel).parts:
                raise ValueError(f"generated path outside the output folder: {rel}")
            path = staging / rel[len(output) + 1:]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        (staging / MARKER).write_text("Pages in this folder are rebuilt by `python -m generator build`.\n", encoding="utf-8")
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
