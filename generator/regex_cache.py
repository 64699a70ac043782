"""`re.compile`, with what the compiler made kept between runs.

Python's regular-expression compiler is written in Python, and a character
class over the CJK block ([\\u3400-\\u9fff]) alone costs about 0.7 ms: the
compiler walks every code point of the range to build its bitmap. The
generator's patterns hold a few hundred such classes, about 0.15 s on every
start, a tenth of an export of the seeds.

What the compiler hands the regex engine is plain data (the opcode list and
the group names), so it is kept in one marshal file in the system temp folder,
stamped with the Python version and the engine's MAGIC number, and given
straight to the engine on the next start. A Python without these internals,
a stale or damaged file, or an engine that refuses the code falls back to
`re.compile`; the patterns are the same either way (tests/test_regex_cache.py).
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

try:  # the compiler's internals (Python 3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons compile as usual
    _sre = _compiler = _parser = None

CACHE = Path(tempfile.gettempdir()) / "news-generator-regex.v1.marshal"
MAX_ENTRIES = 1000  # patterns kept: the generator's few hundred, and room for their edits

_Entry = tuple  # (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments after the pattern
_entries: dict[tuple[str, int], _Entry] | None = None
_added = False
_patterns: dict[tuple[str, int], re.Pattern] = {}  # this run's: a pattern written inline is compiled once


def _stamp() -> str:
    return f"{sys.version}:{getattr(_sre, 'MAGIC', '')}:{getattr(_sre, 'CODESIZE', '')}"


def _load() -> dict[tuple[str, int], _Entry]:
    global _entries
    if _entries is None:
        _entries = {}
        try:
            with CACHE.open("rb") as fh:
                stamp, entries = marshal.load(fh)
            if stamp == _stamp() and isinstance(entries, dict):
                _entries = entries
        except (OSError, EOFError, ValueError, TypeError):
            pass
        atexit.register(_save)
    return _entries


def _save() -> None:
    """Write the file again when this run compiled patterns it did not hold
    (the newest MAX_ENTRIES kept), atomically: a run reading it meanwhile
    sees the old or the new file. Only the generator's own patterns come
    here: one built from a text's words is compiled with `re.compile`."""
    if not _added or _entries is None:
        return
    entries = dict(list(_entries.items())[-MAX_ENTRIES:])
    tmp = CACHE.with_suffix(f".{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            marshal.dump((_stamp(), entries), fh)
        tmp.replace(CACHE)
    except (OSError, ValueError):
        tmp.unlink(missing_ok=True)


def _compiled(pattern: str, flags: int) -> tuple[re.Pattern, _Entry]:
    """re._compiler.compile, keeping its arguments to the engine."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are named ints; marshal takes plain ones
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre.compile(pattern, *entry), entry


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)` for a str pattern, from the cache when it holds it."""
    key = (pattern, int(flags))
    known = _patterns.get(key)
    if known is None:
        known = _patterns[key] = _compile(*key)
    return known


def _compile(pattern: str, flags: int) -> re.Pattern:
    global _added
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    entries = _load()
    key = (pattern, flags)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except (TypeError, ValueError, RuntimeError):
            del entries[key]  # not what this engine takes: compile afresh
    try:
        compiled, entry = _compiled(pattern, flags)
    except re.error:
        raise
    except Exception:  # internals not as expected: the public way, uncached
        return re.compile(pattern, flags)
    entries[key] = entry
    _added = True
    return compiled
