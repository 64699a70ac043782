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


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET + list("\r\t\u3000-.%+#&_A23Wi")), max_size=60))
def test_route_only_cut_is_jiebas_own(sentence):
    """segment.lcut_no_hmm gives exactly the words of jieba's own
    cut(HMM=False) (the route's words, single Latin letters and digits run
    together), on the generator's dictionary."""
    from generator.enrich import segment, text

    assert segment.lcut_no_hmm(text.tokenizer(), sentence) == list(_jiebas_own_cut().cut(sentence, HMM=False))


def test_route_only_cut_reads_the_seeds_as_jieba_does():
    from generator.enrich import segment, text

    dt, fresh = text.tokenizer(), _jiebas_own_cut()
    for path in sorted((ROOT / "seeds").iterdir()):
        for line in path.read_text(encoding="utf-8").splitlines()[:400]:
            assert segment.lcut_no_hmm(dt, line) == list(fresh.cut(line, HMM=False))
    for joint in ("Z取得明显成效", "型号A23款", "5G-A网络", "增长3.5%，", "Wi-Fi7路由器"):
        assert segment.lcut_no_hmm(dt, joint) == list(fresh.cut(joint, HMM=False))


def _jiebas_own_cut():
    """jieba's own Tokenizer, unpatched, on the generator's dictionary."""
    import jieba

    from generator.enrich import text

    dt = text.tokenizer()
    fresh = jieba.Tokenizer()
    fresh.FREQ, fresh.total, fresh.initialized = dt.FREQ, dt.total, True
    return fresh


CUT_ALPHABET = ALPHABET + list("\r\t\u3000-.%+#&_·—李王张伟芳娜骗补赋能算力科创")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(CUT_ALPHABET), max_size=80))
def test_one_pass_cut_is_jiebas_own(sentence):
    """text.words (segment.lcut) gives exactly the words of jieba's own cut."""
    from generator.enrich import text

    assert text.words(sentence) == _jiebas_own_cut().lcut(sentence)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(CUT_ALPHABET + list("𠀀é1")), min_size=1, max_size=30))
def test_hmm_cut_is_finalsegs_own(run):
    from jieba import finalseg

    from generator.enrich import segment

    assert segment.hmm_cut(run) == list(finalseg.cut(run))


def test_one_pass_cut_cuts_the_seeds_as_jieba_does():
    from generator.enrich import text

    fresh = _jiebas_own_cut()
    for path in sorted((ROOT / "seeds").iterdir()):
        whole = path.read_text(encoding="utf-8")
        assert text.words(whole) == fresh.lcut(whole)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("丄丅丏丂丆丌丒丕李王张伟芳的是科创")), min_size=1, max_size=12))
def test_viterbi_ties_are_finalsegs(run):
    """Characters the HMM has never seen (丄) or seen in some states only (丂)
    make sums of -3.14e100 that tie: the same states as finalseg's."""
    from jieba import finalseg

    from generator.enrich import segment

    _, states = finalseg.viterbi(run, "BMES", finalseg.start_P, finalseg.trans_P, finalseg.emit_P)
    assert segment.viterbi(run) == "".join(states)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(alphabet=st.sampled_from(list("甲乙丙丁")), min_size=1, max_size=3),
                       st.sampled_from([0, 1, 2, 4, 8]), max_size=12),
       st.text(alphabet=st.sampled_from(list("甲乙丙丁")), max_size=12))
def test_route_ties_are_jiebas(counts, sentence):
    """Counts that are powers of two of a total of 16 make routes that tie
    (1 * 1 / 16 against 2 * 8 / 16 / 16): the same route, the same words."""
    import jieba

    from generator.enrich import segment

    freq = {w[:i]: 0 for w in counts for i in range(1, len(w))}
    freq.update(counts)
    dt = jieba.Tokenizer()
    dt.FREQ, dt.total, dt.initialized = freq, 16, True
    graph = jieba.Tokenizer.get_DAG(dt, sentence)
    route: dict = {}
    jieba.Tokenizer.calc(dt, sentence, graph, route)
    assert segment.route_ends(dt, sentence) == [route[k][1] for k in range(len(sentence))]
    assert segment.lcut(dt, sentence) == dt.lcut(sentence)
