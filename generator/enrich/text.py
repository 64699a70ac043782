"""Tokenising with jieba: one plain segmentation pass per text, no POS tagger.

Part-of-speech comes from a dictionary lookup (jieba's own word tags plus the
user dictionary's); words jieba discovers by itself are tagged "x". jieba's
dictionary is loaded from a cache of our own that reads four times faster. This keeps
the generator's cost close to a bare `jieba.lcut` over the same text.
"""
from __future__ import annotations

import functools
import math
import logging
import marshal
import os
import re
import sys
import tempfile
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from ..regex_cache import compile as rx

ACRONYM = rx(r"^[A-Z][A-Za-z0-9\-]{1,9}$|^\d[A-Z][A-Za-z\-]*$")  # AI, ESG, 5G, 5G-A
_loaded: set[str] = set()


@functools.lru_cache(maxsize=1)
def _jieba():
    # jieba imports pkg_resources only to locate its own data files, which
    # costs a fifth of a second (and a deprecation warning); without it jieba
    # opens them by path. Other code that imports pkg_resources later still can.
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    return jieba


def tokenizer(userdict: Path | str | None = None):
    """jieba's default tokenizer, its dictionary loaded from our cache, with
    the user dictionary loaded once per path."""
    jieba = _jieba()
    _dictionary()
    if userdict is not None and str(userdict) not in _loaded:
        jieba.dt.load_userdict(str(userdict))
        _loaded.add(str(userdict))
    return jieba.dt


DICT_CACHE = Path(tempfile.gettempdir()) / "news-generator-jieba.v3.marshal"


@dataclass(frozen=True)
class _Words:
    """jieba's prefix dictionary, sorted, with each word's tag (0: a prefix only)."""
    words: list[str]
    tags: bytes
    names: tuple[str, ...]


def _stamp(jieba) -> str:
    path = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    info = path.stat() if path.exists() else None
    return f"{jieba.__version__}:{path}:{info.st_size if info else 0}:{info.st_mtime_ns if info else 0}"


@functools.lru_cache(maxsize=1)
def _dictionary() -> _Words:
    """Load jieba's default dictionary, and its part-of-speech tags, in a
    quarter of the time jieba takes.

    jieba keeps its prefix dictionary as one marshalled dict of half a million
    entries, which takes about 0.8 s to load. The same words as one
    newline-joined string plus an array of counts load in about 0.2 s; the
    tags ride along as one byte per word, looked up by bisection. The cache
    sits next to jieba's own, in the system temp folder."""
    jieba = _jieba()
    stamp = _stamp(jieba)
    try:
        with DICT_CACHE.open("rb") as fh:
            cached_stamp, joined, counts, total, tags, names = marshal.load(fh)
        if cached_stamp != stamp:
            raise ValueError("stale")
        words = joined.split("\n")
        freq = array("q")
        freq.frombytes(counts)
        if len(freq) != len(words) or len(tags) != len(words):
            raise ValueError("damaged")
        _install(jieba, lambda: dict(zip(words, freq.tolist())), total)
        return _Words(words, tags, tuple(names))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return _build_dictionary_cache(jieba, stamp)


def _install(jieba, freq, total: int) -> None:
    """Give jieba's default tokenizer its dictionary, unless it has one already
    (loaded by someone else, or another dictionary set); `freq` makes it."""
    if not jieba.dt.initialized and jieba.dt.dictionary == jieba.DEFAULT_DICT:
        jieba.dt.FREQ, jieba.dt.total = freq(), total
        jieba.dt.initialized = True


def _build_dictionary_cache(jieba, stamp: str) -> _Words:
    fresh = jieba.Tokenizer()  # jieba's own loading, untouched by any user dictionary
    fresh.initialize()
    _install(jieba, lambda: dict(fresh.FREQ), fresh.total)
    word_tag: dict[str, str] = {}
    with fresh.get_dict_file() as fh:
        for raw in fh:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                word_tag[parts[0]] = parts[2]
    words = sorted(fresh.FREQ)
    names = ("",) + tuple(sorted(set(word_tag.values())))
    index = {name: n for n, name in enumerate(names)}
    tags = bytes(index[word_tag[w]] if w in word_tag else 0 for w in words)
    counts = array("q", (fresh.FREQ[w] for w in words)).tobytes()
    tmp = DICT_CACHE.with_suffix(f".{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            marshal.dump((stamp, "\n".join(words), counts, fresh.total, tags, list(names)), fh)
        tmp.replace(DICT_CACHE)
    except OSError:
        pass
    return _Words(words, tags, names)


_tag_memo: dict[str, str] = {}


def _dictionary_tag(word: str) -> str:
    tag = _tag_memo.get(word)
    if tag is None:
        d = _dictionary()
        i = bisect_left(d.words, word)
        tag = d.names[d.tags[i]] if i < len(d.words) and d.words[i] == word else ""
        _tag_memo[word] = tag
    return tag


def _lookup(word: str, user: dict[str, str]) -> str:
    return user.get(word) or _dictionary_tag(word) or ("eng" if ACRONYM.match(word) else "x")


def tag_of(word: str) -> str:
    """Part of speech by lookup: the user dictionary first, then jieba's dictionary."""
    return _lookup(word, tokenizer().user_word_tag_tab)


def words(text: str, userdict: Path | str | None = None) -> list[str]:
    """jieba's words of the text (its accurate cut, HMM on), cut in one pass per block."""
    from .segment import lcut  # after tokenizer(): jieba is imported our way

    return lcut(tokenizer(userdict), text)


_pairs: dict[str, tuple[str, str]] = {}  # word -> (word, part of speech), for the user dictionary of size _pairs_for
_pairs_for = [-1]


def tag_words(text: str, userdict: Path | str | None = None) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs of a text.

    Each distinct word's pair is made once and shared by every use (a corpus
    has a few thousand words in hundreds of thousands of places): no tuple per
    word, and far fewer objects for the garbage collector to walk."""
    found = words(text, userdict)
    user = tokenizer().user_word_tag_tab
    if _pairs_for[0] != len(user):  # a user dictionary was added: its tags come first
        _pairs.clear()
        _pairs_for[0] = len(user)
    memo = _pairs
    for w in set(found).difference(memo):
        memo[w] = (w, _lookup(w, user))
    return list(map(memo.__getitem__, found))


def rarity(word: str) -> float:
    """How rare a word is in the language at large: -log of its share in
    jieba's dictionary counts (words it does not hold count as rare)."""
    dt = _jieba().dt
    if not dt.initialized:
        tokenizer()
    freq = dt.FREQ.get(word, 0)
    return math.log(dt.total / freq) if freq > 0 else 14.0


def domain_term(word: str) -> bool:
    """Whether the user dictionary (data/userdict.txt) holds the word as a term."""
    return word in _jieba().dt.user_word_tag_tab
