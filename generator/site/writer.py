"""Write generated pages into docs/<output>/ and never touch anything else.

* The output folder carries a marker file; a folder of that name without the
  marker is the user's, and the generator refuses to replace it. The folder
  with the marker is the generator's alone: what is in it and was not made by
  this build (pages of removed files, leftovers of a stopped build) is removed.
* The first build is written to a temporary sibling folder and renamed into
  place. Later builds replace only the pages that differ from what is on
  disk, each one whole (write aside, then rename).
* The manifest in the marker file records each page's hash, the key of the
  inputs it was made from, and its size and modification time on disk. A
  page is trusted only while the file on disk is the one recorded: a page
  emptied, overwritten, deleted or half-written is made again by the next
  build, whatever the manifest says, and a manifest that cannot be read only
  costs one full rewrite.
* A lock stops two runs from writing at once. It is held by the operating
  system (flock), so a build that was killed holds nothing: the next one
  takes over, and removes the staging folders a killed first build left.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError, naming, shown

try:
    import fcntl
except ImportError:  # not on Windows: a lock file holding the owner's process id instead
    fcntl = None

MARKER = ".generated-by-generator"
LOCK = ".generator.lock"
STAGING = ".generated-new-"
FORMAT = 3


class LockedError(InputError):
    pass


# ---------------------------------------------------------------- the lock

@contextmanager
def build_lock(docs: Path):
    """Hold docs/.generator.lock while writing; LockedError when a live build holds it."""
    docs.mkdir(parents=True, exist_ok=True)
    lock = docs / LOCK
    if lock.is_dir() and not lock.is_symlink():
        try:
            lock.rmdir()
        except OSError:
            raise InputError(f"{shown(lock)}: is a folder, not the generator's lock file; remove it") from None
    fd = _acquire(lock) if fcntl else _acquire_by_pid(lock)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        _remove_staging(docs)
        yield
    finally:
        if _same_file(fd, lock):
            lock.unlink(missing_ok=True)
        os.close(fd)


def _acquire(lock: Path) -> int:
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = _owner(fd)
            os.close(fd)
            raise LockedError(f"{shown(lock)}: another build{owner} is running") from None
        if _same_file(fd, lock):  # not removed by the build that held it just before us
            return fd
        os.close(fd)


def _acquire_by_pid(lock: Path) -> int:
    for _ in range(2):
        try:
            return os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            pid = _pid_in(lock)
            if pid is not None and _alive(pid):
                raise LockedError(f"{shown(lock)}: another build (process {pid}) is running") from None
            lock.unlink(missing_ok=True)  # its owner is gone
    raise LockedError(f"{shown(lock)}: another build is running")


def _owner(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


def _pid_in(lock: Path) -> int | None:
    try:
        text = lock.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but another user's
        return True
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _remove_staging(docs: Path) -> None:
    """Staging folders are made only under the lock: any found now were left by a killed build."""
    for leftover in docs.glob(STAGING + "*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)


# ---------------------------------------------------------------- the manifest

@dataclass(frozen=True)
class Entry:
    sha: str  # sha1 of the page's bytes
    key: str  # digest of the inputs it was rendered from ("" when always rendered)
    size: int = -1  # of the file on disk when it was written or last checked
    mtime: int = -1  # st_mtime_ns, idem


@dataclass
class Manifest:
    """What the previous build left, and which of it is still on disk as left."""

    pages: dict[str, Entry] = field(default_factory=dict)  # inner path -> entry
    checked: dict[str, Entry] = field(default_factory=dict)  # pages found intact on disk (not saved)

    @classmethod
    def load(cls, target: Path) -> "Manifest":
        """The manifest, or an empty one when it is missing, damaged or of an
        older format (every page is then compared with the disk and rewritten once)."""
        try:
            data = json.loads((target / MARKER).read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                return cls()
            return cls({str(k): Entry(str(v[0]), str(v[1]), int(v[2]), int(v[3])) for k, v in data["pages"].items()})
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
            return cls()

    def intact(self, target: Path, inner: str) -> Entry | None:
        """The page's entry, if the file on disk is still the page this manifest
        describes: same size and time, or (touched but same size) same bytes."""
        if inner in self.checked:
            return self.checked[inner]
        entry = self.pages.get(inner)
        if entry is None:
            return None
        path = target / inner
        try:
            info = os.lstat(path)
            if not stat.S_ISREG(info.st_mode) or info.st_size != entry.size:
                return None
            if info.st_mtime_ns != entry.mtime and hashlib.sha1(path.read_bytes()).hexdigest() != entry.sha:
                return None
        except OSError:
            return None
        self.checked[inner] = found = replace(entry, mtime=info.st_mtime_ns)
        return found

    def reusable_keys(self, target: Path, output: str) -> dict[str, str]:
        """Input keys of the pages that are on disk as this manifest left them
        (paths start with '<output>/'); render skips a page whose key is unchanged."""
        return {f"{output}/{inner}": entry.key for inner, entry in self.pages.items()
                if entry.key and self.intact(target, inner) is not None}

    def save(self, target: Path) -> None:
        data = {"format": FORMAT, "pages": {k: [v.sha, v.key, v.size, v.mtime] for k, v in sorted(self.pages.items())}}
        marker = target / MARKER
        if marker.is_dir() and not marker.is_symlink():
            shutil.rmtree(marker)
        _replace(marker, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


# ---------------------------------------------------------------- writing

def _replace(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old or the new text, never half of it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with naming(path):
            tmp.write_bytes(data)
            os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _inner(rel: str, output: str) -> str:
    if not rel.startswith(output + "/") or ".." in Path(rel).parts:
        raise ValueError(f"generated path outside the output folder: {rel}")
    return rel[len(output) + 1:]


def _on_disk(target: Path) -> tuple[set[str], list[str]]:
    """(every entry under the output folder that is not a folder, links to
    folders included and never followed; the empty folders), as inner paths."""
    found: set[str] = set()
    empty: list[str] = []
    for folder, dirs, files in os.walk(target):
        rel = os.path.relpath(folder, target)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        found.update(prefix + name for name in files)
        found.update(prefix + name for name in dirs if os.path.islink(os.path.join(folder, name)))
        if not dirs and not files and prefix:
            empty.append(prefix.rstrip("/"))
    return found, empty


def _make_room(target: Path, path: Path) -> None:
    """Clear what stands where a page goes: a folder in its place, a file in
    place of one of its folders (damage a build must repair, not fail on)."""
    parent = path.parent
    while parent != target and not parent.is_dir():
        if parent.is_symlink() or parent.exists():
            parent.unlink()
            break
        parent = parent.parent
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)


def write_output(files: Mapping[str, str | None], docs: Path, output: str, keys: Mapping[str, str] | None = None,
                 previous: Manifest | None = None) -> Path:
    """Make docs/<output>/ hold exactly `files` (paths start with '<output>/').

    A None text means "unchanged since the previous build": that file stays,
    provided it is intact on disk. A page is written when the file on disk
    differs from it; anything else in the folder is removed. `previous`: the
    manifest when the caller has already read it."""
    keys = keys or {}
    inner_of = {rel: _inner(rel, output) for rel in files}  # every path checked before anything is written
    target = docs / output
    if (target.exists() or target.is_symlink()) and not (target.is_dir() and not target.is_symlink()
                                                         and (target / MARKER).exists()):
        raise InputError(f"{shown(target)}: exists but was not made by the generator; refusing to replace it")
    docs.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        return _write_fresh(files, inner_of, docs, target, keys)
    previous = previous if previous is not None else Manifest.load(target)
    entries: dict[str, Entry] = {}
    changed: dict[str, bytes] = {}
    for rel, text in files.items():
        inner, key = inner_of[rel], keys.get(rel, "")
        on_disk = previous.intact(target, inner)
        if text is None:
            if on_disk is None:
                raise ValueError(f"{rel}: kept from the previous build, but that build did not leave it")
            entries[inner] = replace(on_disk, key=key)
            continue
        data = text.encode("utf-8")
        sha = hashlib.sha1(data).hexdigest()
        if on_disk is not None and on_disk.sha == sha:
            entries[inner] = replace(on_disk, key=key)
        else:
            changed[inner] = data
            entries[inner] = Entry(sha, key)
    found, empty = _on_disk(target)
    stray = sorted(found - set(entries) - {MARKER}) + empty
    # Until the build is done the manifest lists only pages that are final; a
    # build stopped from here on leaves the others to be made again.
    Manifest({k: v for k, v in entries.items() if k not in changed}).save(target)
    for inner in stray:
        _remove(target, inner)
    for inner, data in sorted(changed.items()):
        path = target / inner
        _make_room(target, path)
        _replace(path, data)
        info = os.stat(path)
        entries[inner] = replace(entries[inner], size=info.st_size, mtime=info.st_mtime_ns)
    Manifest(entries).save(target)
    return target


def _write_fresh(files, inner_of: dict[str, str], docs: Path, target: Path, keys: Mapping[str, str]) -> Path:
    staging = Path(tempfile.mkdtemp(prefix=STAGING, dir=docs))
    staging.chmod(0o755)  # mkdtemp makes it private; the pages are meant to be read
    try:
        entries: dict[str, Entry] = {}
        made: set[Path] = set()
        for rel, text in sorted(files.items()):
            if text is None:
                raise ValueError(f"{rel}: kept from a previous build, but there is none")
            path = staging / inner_of[rel]
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            data = text.encode("utf-8")
            with naming(target / inner_of[rel]):
                path.write_bytes(data)
            info = os.stat(path)
            entries[inner_of[rel]] = Entry(hashlib.sha1(data).hexdigest(), keys.get(rel, ""), info.st_size, info.st_mtime_ns)
        Manifest(entries).save(staging)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _remove(target: Path, inner: str) -> None:
    """Delete a file, link or empty folder in the output folder, and the folders it leaves empty."""
    path = target / inner
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
    parent = path.parent
    while parent != target:
        try:
            parent.rmdir()
        except OSError:
            break
        parent = parent.parent
