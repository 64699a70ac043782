"""jieba's accurate cut (`Tokenizer.lcut(text)`, HMM on) in one pass per block.

jieba cuts a block in three generator-driven steps: the word graph, the best
route back from the end, and a walk along the route that hands runs of single
characters to its HMM (finalseg). Here the graph and the route are one loop
from the end backwards, the walk appends to one list, and the HMM's Viterbi
runs over four floats per character instead of dicts of paths. The sums are
jieba's, in jieba's order, with its tie-breaking, so the words are the same
(tests/test_text.py checks them against jieba's own cut).
"""
from __future__ import annotations

import functools
import math
import re

from ..regex_cache import compile as rx

# jieba's Tokenizer.cut: blocks of words, and what lies between them.
BLOCK = rx("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
SKIP = rx("(\\r\\n|\\s)", re.U)
# finalseg.cut: runs of Chinese characters, and the letters and figures between them.
HAN = rx("([\u4E00-\u9FD5]+)")
LATIN = rx("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")
MEMO_SIZE = 100_000  # HMM cuts kept (names and numbers recur through a run)

_hmm_memo: dict[str, list[str]] = {}


@functools.lru_cache(maxsize=1)
def _finalseg():
    from .text import _jieba  # jieba imported the way the generator imports it

    return _jieba().finalseg


def lcut(dt, text: str) -> list[str]:
    """`dt.lcut(text)` for a jieba Tokenizer `dt`: the same words."""
    return _cut(dt, text, _cut_block)


def lcut_no_hmm(dt, text: str) -> list[str]:
    """`dt.lcut(text, HMM=False)`: the route's words only, no HMM for runs
    of single characters (a line break's neighbours, looked at alone)."""
    return _cut(dt, text, _cut_block_no_hmm)


def _cut(dt, text: str, cut_block) -> list[str]:
    """jieba's Tokenizer.cut: blocks of words cut by `cut_block`, the rest
    (spaces, line breaks, punctuation) as it comes."""
    dt.check_initialized()
    out: list[str] = []
    for i, block in enumerate(BLOCK.split(text)):
        if i & 1:  # split() puts the matches at odd places
            cut_block(dt, block, out)
        elif block:
            for j, piece in enumerate(SKIP.split(block)):
                if j & 1:
                    out.append(piece)  # a space or line break, a word of its own
                else:
                    out.extend(piece)  # punctuation, one character at a time
    return out


def route_ends(dt, block: str) -> list[int]:
    """For each position of the block, where the word on jieba's best route
    starting there ends (jieba's get_DAG and calc, fused).

    A word's score is log(count) - log(total) + the score after it; jieba
    takes the max of (score, end) pairs, so on a tie the longer word."""
    freq = dt.FREQ.get  # None: no word starts so; 0: only a prefix of words
    log = math.log
    log_total = log(dt.total)
    n = len(block)
    scores = [0.0] * (n + 1)
    ends = [0] * n
    for k in range(n - 1, -1, -1):
        count = freq(block[k])
        # The character on its own (jieba counts it 1 when it is no word).
        best = log(count or 1) - log_total + scores[k + 1]
        end = k
        alone = bool(count)  # whether that one-character choice is a word of the graph
        i = k + 1
        while count is not None and i < n:
            count = freq(block[k:i + 1])
            if count:
                score = log(count) - log_total + scores[i + 1]
                if score >= best or not alone:
                    best, end, alone = score, i, True
            i += 1
        scores[k], ends[k] = best, end
    return ends


def _cut_block(dt, block: str, out: list[str]) -> None:
    """jieba's __cut_DAG: the route's words, runs of single characters joined
    and cut by the HMM unless the run is a word of the dictionary."""
    ends = route_ends(dt, block)
    n = len(block)
    x = start = 0  # start: where the current run of single characters began
    while x < n:
        y = ends[x] + 1
        if y - x > 1:
            if start < x:
                _single_run(dt, block[start:x], out)
            out.append(block[x:y])
            start = y
        x = y
    if start < n:
        _single_run(dt, block[start:], out)


def _cut_block_no_hmm(dt, block: str, out: list[str]) -> None:
    """jieba's __cut_DAG_NO_HMM: the route's words, single Latin letters and
    digits run together ("A", "2", "3" -> "A23")."""
    ends = route_ends(dt, block)
    n = len(block)
    x, letters = 0, ""
    while x < n:
        y = ends[x] + 1
        if y - x == 1 and block[x] in ASCII_ALNUM:
            letters += block[x]
        else:
            if letters:
                out.append(letters)
                letters = ""
            out.append(block[x:y])
        x = y
    if letters:
        out.append(letters)


ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # jieba's re_eng


def _single_run(dt, run: str, out: list[str]) -> None:
    if len(run) == 1:
        out.append(run)
    elif dt.FREQ.get(run):
        out.extend(run)
    else:
        out.extend(hmm_cut(run))


def hmm_cut(text: str) -> list[str]:
    """finalseg.cut(text): Chinese runs by the HMM, letters and figures as they come."""
    out: list[str] = []
    force = _finalseg().Force_Split_Words  # words added with count 0: always in characters
    for i, block in enumerate(HAN.split(text)):
        if i & 1:
            for word in _hmm_words(block):
                if word in force:
                    out.extend(word)
                else:
                    out.append(word)
        elif block:
            out.extend(x for x in LATIN.split(block) if x)
    return out


def _hmm_words(run: str) -> list[str]:
    words = _hmm_memo.get(run)
    if words is None:
        if len(_hmm_memo) >= MEMO_SIZE:
            _hmm_memo.clear()
        words = _hmm_memo[run] = _words_of(run, viterbi(run))
    return words


def _words_of(run: str, states: str) -> list[str]:
    """finalseg's __cut: B(egin) M(iddle) E(nd) S(ingle) states to words."""
    words = []
    begin = after = 0
    for i, state in enumerate(states):
        if state == "B":
            begin = i
        elif state == "E":
            words.append(run[begin:i + 1])
            after = i + 1
        elif state == "S":
            words.append(run[i])
            after = i + 1
    if after < len(run):
        words.append(run[after:])
    return words


def viterbi(run: str) -> str:
    """finalseg.viterbi's best states for a run of Chinese characters: the
    same sums, and its ties (max over (prob, state): the later letter wins)."""
    hmm = _finalseg()
    start, trans, emit, low = hmm.start_P, hmm.trans_P, hmm.emit_P, hmm.MIN_FLOAT
    e_b, e_m, e_e, e_s = (emit[s].get for s in "BMES")

    def t(a: str, b: str) -> float:
        return trans[a].get(b, low)

    eb, sb, mm, bm, be, me, ss, es = t("E", "B"), t("S", "B"), t("M", "M"), t("B", "M"), t("B", "E"), t("M", "E"), t("S", "S"), t("E", "S")
    c = run[0]
    vb, vm = start["B"] + e_b(c, low), start["M"] + e_m(c, low)
    ve, vs = start["E"] + e_e(c, low), start["S"] + e_s(c, low)
    back: list[str] = []  # per character after the first: the states before B, M, E and S
    for c in run[1:]:
        em = e_b(c, low)
        from_e, from_s = ve + eb + em, vs + sb + em
        nb, pb = (from_s, "S") if from_s >= from_e else (from_e, "E")
        em = e_m(c, low)
        from_m, from_b = vm + mm + em, vb + bm + em
        nm, pm = (from_m, "M") if from_m >= from_b else (from_b, "B")
        em = e_e(c, low)
        from_b, from_m = vb + be + em, vm + me + em
        ne, pe = (from_m, "M") if from_m >= from_b else (from_b, "B")
        em = e_s(c, low)
        from_s, from_e = vs + ss + em, ve + es + em
        ns, ps = (from_s, "S") if from_s >= from_e else (from_e, "E")
        vb, vm, ve, vs = nb, nm, ne, ns
        back.append(pb + pm + pe + ps)
    state = "S" if vs >= ve else "E"
    states = [state]
    for before in reversed(back):
        state = before["BMES".index(state)]
        states.append(state)
    return "".join(reversed(states))
