"""The tokenizer's own dictionary cache must give exactly jieba's dictionary."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import child_env

ROOT = Path(__file__).resolve().parent.parent

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


# Characters of Chinese news with words jieba knows, half-words, punctuation,
# Latin letters and digits: the cuts that matter, and runs jieba does not know.
ALPHABET = list("中国经济发展跨境电商平台新质生产力数字化转型的了和与在是年月日会议研究推动企业市场，。、：“”《》（） abcAI5G0123456789\n")


def _jieba_route(dt, sentence: str) -> tuple[dict, dict]:
    import jieba

    graph = jieba.Tokenizer.get_DAG(dt, sentence)
    route: dict = {}
    jieba.Tokenizer.calc(dt, sentence, graph, route)
    return graph, route


def _our_route(sentence: str) -> tuple[dict, dict]:
    from generator.enrich import text

    dt = text.tokenizer()
    graph = text.word_graph(dt, sentence)
    route: dict = {}
    text.best_route(dt, sentence, graph, route)
    return graph, route


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=60))
def test_quicker_route_is_jiebas_own(sentence):
    """The tokenizer's quicker word graph and route (text._quicker_route) give
    exactly what jieba's own methods give: the same words, the same floats."""
    from generator.enrich import text

    graph, route = _jieba_route(text.tokenizer(), sentence)
    assert _our_route(sentence) == (graph, route)
    from_their_graph: dict = {}  # a graph without the counts ours keeps: they are looked up
    text.best_route(text.tokenizer(), sentence, graph, from_their_graph)
    assert from_their_graph == route


def test_quicker_route_cuts_the_seeds_as_jieba_does():
    import jieba

    from generator.enrich import text

    dt = text.tokenizer()
    assert dt.get_DAG.__func__ is text.word_graph and dt.calc.__func__ is text.best_route
    for path in sorted((ROOT / "seeds").iterdir()):
        for line in path.read_text(encoding="utf-8").splitlines()[:400]:
            assert _our_route(line) == _jieba_route(dt, line)
    fresh = jieba.Tokenizer()  # unchanged: jieba's own methods, on the same dictionary
    fresh.FREQ, fresh.total, fresh.initialized = dt.FREQ, dt.total, True
    sample = (ROOT / "seeds").iterdir().__next__().read_text(encoding="utf-8")[:20000]
    assert dt.lcut(sample) == fresh.lcut(sample)
