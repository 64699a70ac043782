"""Patterns from the compiled-regex cache must be the patterns re.compile makes."""
from __future__ import annotations

import json
import marshal
import subprocess
import sys
from pathlib import Path

from conftest import child_env

PROBE = r"""
import json, re
import generator.cli  # every module's patterns
import generator.split, generator.enrich.analyse
from generator import regex_cache
from generator.split import split_document
from generator.read import decode_source
split_document(decode_source("probe.txt", "本报记者 王小明\n\n稳就业政策持续发力\n\n　　今年以来，各地推出一批稳就业举措。".encode()))
patterns = regex_cache._patterns
print(json.dumps({
    "count": len(patterns),
    "same": all(p == re.compile(pattern, flags) and p.groupindex == re.compile(pattern, flags).groupindex
                for (pattern, flags), p in patterns.items()),
    "compiled_afresh": regex_cache._added,
    "cache": str(regex_cache.CACHE),
}))
"""


def _probe(tmp: Path) -> dict:
    env = child_env()
    env["TMPDIR"] = str(tmp)  # a cache of its own
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_cached_patterns_equal_fresh_ones(tmp_path: Path) -> None:
    cold = _probe(tmp_path)
    assert cold["count"] > 100 and cold["same"] and cold["compiled_afresh"]
    assert Path(cold["cache"]).parent == tmp_path and Path(cold["cache"]).exists()
    warm = _probe(tmp_path)
    assert warm["same"] and warm["count"] == cold["count"]
    assert not warm["compiled_afresh"]  # every pattern came from the file


def test_damaged_or_foreign_cache_falls_back(tmp_path: Path) -> None:
    cache = Path(_probe(tmp_path)["cache"])
    for bad in (b"\x00garbage", cache.read_bytes()[: len(cache.read_bytes()) // 2]):
        cache.write_bytes(bad)
        again = _probe(tmp_path)
        assert again["same"] and again["compiled_afresh"]
    stamp, entries = marshal.loads(cache.read_bytes())
    refused = {key: (flags, [999], *rest) for key, (flags, _code, *rest) in entries.items()}
    cache.write_bytes(marshal.dumps((stamp, refused)))  # code the engine refuses: compiled afresh
    again = _probe(tmp_path)
    assert again["same"] and again["compiled_afresh"]
    cache.write_bytes(marshal.dumps(("another python", entries)))
    assert _probe(tmp_path)["compiled_afresh"]
