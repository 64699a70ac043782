"""The tokenizer's own dictionary cache must give exactly jieba's dictionary."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import child_env

PROBE = r"""
import json, sys
import jieba
import jieba.posseg as posseg
from generator.enrich import text
TAGGED = ["北京", "李强", "研究", "发展", "生产力", "某某某某", "的"]
dt = text.tokenizer()
fresh = jieba.Tokenizer()
fresh.initialize()
sample = "国务院总理李强在北京主持召开会议，研究推动新质生产力发展和中小企业数字化转型。"
print(json.dumps({
    "same_freq": dt.FREQ == fresh.FREQ and dt.total == fresh.total,
    "words": dt.lcut(sample),
    "fresh_words": fresh.lcut(sample),
    "tags": [text.tag_of(w) for w in TAGGED],
    "ref_tags": [posseg.dt.word_tag_tab.get(w, "x") for w in TAGGED],
}, ensure_ascii=False))
"""


def _probe(tmp_path) -> dict:
    env = {**child_env(), "TMPDIR": str(tmp_path)}  # both jieba's cache and ours live in the temp folder
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def test_dictionary_cache_matches_jieba_cold_warm_and_damaged(tmp_path):
    cold = _probe(tmp_path)  # builds the cache
    cache = tmp_path / "news-generator-jieba.v3.marshal"
    assert cache.exists()
    warm = _probe(tmp_path)  # loads it
    cache.write_bytes(cache.read_bytes()[:1000])  # a truncated cache is rebuilt, not trusted
    damaged = _probe(tmp_path)
    for result in (cold, warm, damaged):
        assert result["same_freq"]
        assert result["words"] == result["fresh_words"]
        assert result["tags"] == result["ref_tags"]
        assert result["tags"][0] == "ns" and result["tags"][5] == "x"
    assert cold == warm == damaged
    assert cache.stat().st_size > 1_000_000
