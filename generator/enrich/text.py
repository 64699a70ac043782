"""Tokenising with jieba, the user's dictionary loaded once per process."""
from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

CJK = re.compile(r"[\u3400-\u9fff]")
NUMERIC = re.compile(r"^[\d.,%％:：\-~—年月日号万亿千百十个多余第]+$")
ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9\-]{1,9}$|^\d[A-Z][A-Za-z\-]*$")  # AI, ESG, 5G, 5G-A
NOUN_FLAGS = {"n", "nz", "vn", "nt", "j", "eng", "l", "nw"}


@functools.lru_cache(maxsize=4)
def tokenizer(userdict: str):
    """A POS tokenizer with the user dictionary; cached per dictionary path."""
    import jieba
    import jieba.posseg

    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    base = jieba.Tokenizer()
    base.load_userdict(str(userdict))
    return jieba.posseg.POSTokenizer(base)


def tag_words(text: str, userdict: Path) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs of a text."""
    return [(pair.word, pair.flag) for pair in tokenizer(str(userdict)).cut(text)]


def is_term(word: str, flag: str, stopwords: frozenset[str]) -> bool:
    """A word that can name a subject: a noun of two or more characters."""
    if word in stopwords or NUMERIC.match(word):
        return False
    if ACRONYM.match(word):
        return True
    return len(word) >= 2 and len(CJK.findall(word)) == len(word) and flag in NOUN_FLAGS
