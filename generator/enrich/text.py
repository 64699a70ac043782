"""Tokenising with jieba: one plain segmentation pass per text, no POS tagger.

Part-of-speech comes from a dictionary lookup (jieba's own word tags plus the
user dictionary's); words jieba discovers by itself are tagged "x". This keeps
the generator's cost close to a bare `jieba.lcut` over the same text.
"""
from __future__ import annotations

import functools
import logging
import marshal
import os
import re
import tempfile
from pathlib import Path

CJK = re.compile(r"[\u3400-\u9fff]")
NUMERIC = re.compile(r"^[\d.,%％:：\-~—年月日号万亿千百十个多余第]+$")
ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9\-]{1,9}$|^\d[A-Z][A-Za-z\-]*$")  # AI, ESG, 5G, 5G-A
NOUN_FLAGS = {"n", "nz", "vn", "nt", "j", "eng", "l", "nw"}
_loaded: set[str] = set()


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    return jieba


def tokenizer(userdict: Path | str | None = None):
    """jieba's default tokenizer, with the user dictionary loaded once per path."""
    jieba = _jieba()
    if userdict is not None and str(userdict) not in _loaded:
        jieba.dt.load_userdict(str(userdict))
        _loaded.add(str(userdict))
    return jieba.dt


TAG_CACHE = Path(tempfile.gettempdir()) / "news-generator-word-tags.v2.marshal"


@functools.lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    """jieba's dictionary word -> part of speech.

    Parsing jieba's dict.txt every run would cost more than all the lookups,
    so the table is kept next to jieba's own cache, one newline-joined string
    of words per tag: marshal reads a few long strings far faster than a
    dict of 350,000 entries."""
    jieba = _jieba()
    with jieba.dt.get_dict_file() as fh:
        stamp = f"{jieba.__version__}:{getattr(fh, 'name', 'dict')}:{os.fstat(fh.fileno()).st_mtime if hasattr(fh, 'fileno') else 0}"
    try:
        with TAG_CACHE.open("rb") as fh:
            cached_stamp, groups = marshal.load(fh)
        if cached_stamp == stamp:
            return _ungroup(groups)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    by_tag: dict[str, list[str]] = {}
    with jieba.dt.get_dict_file() as fh:
        for raw in fh:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                by_tag.setdefault(parts[2], []).append(parts[0])
    groups = {tag: "\n".join(words) for tag, words in by_tag.items()}
    tmp = TAG_CACHE.with_suffix(f".{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            marshal.dump((stamp, groups), fh)
        tmp.replace(TAG_CACHE)
    except OSError:
        pass
    return _ungroup(groups)


def _ungroup(groups: dict[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for tag, words in groups.items():
        table.update(dict.fromkeys(words.split("\n"), tag))
    return table


def _lookup(word: str, user: dict[str, str], table: dict[str, str]) -> str:
    return user.get(word) or table.get(word) or ("eng" if ACRONYM.match(word) else "x")


def tag_of(word: str) -> str:
    """Part of speech by lookup: the user dictionary first, then jieba's dictionary."""
    return _lookup(word, tokenizer().user_word_tag_tab, _word_tags())


def words(text: str, userdict: Path | str | None = None) -> list[str]:
    return tokenizer(userdict).lcut(text)


def tag_words(text: str, userdict: Path | str | None = None) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs of a text."""
    found = words(text, userdict)
    user, table = tokenizer().user_word_tag_tab, _word_tags()
    return [(w, _lookup(w, user, table)) for w in found]


def is_term(word: str, flag: str, stopwords: frozenset[str]) -> bool:
    """A word that can name a subject: a noun of two or more characters."""
    if word in stopwords or NUMERIC.match(word):
        return False
    if ACRONYM.match(word):
        return True
    return len(word) >= 2 and len(CJK.findall(word)) == len(word) and flag in NOUN_FLAGS
