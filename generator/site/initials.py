"""Names grouped by the initial of their pinyin, as Chinese indexes and
phone books are: 阿里巴巴 and 安徽 under A, 中国人民银行 under Z.

pypinyin reads each name's first character (its dictionary ships in the
package; nothing is fetched); Latin names go under their own first letter,
anything else under "#". Within a letter the most used come first.
"""
from __future__ import annotations

import functools
import string
from collections.abc import Iterable

from pypinyin import Style, lazy_pinyin

OTHER = "#"
LATIN = frozenset(string.ascii_uppercase)


@functools.lru_cache(maxsize=1 << 16)
def initial(name: str) -> str:
    """A-Z for the pinyin (or Latin) initial of a name, "#" for anything else."""
    name = name.strip()
    if not name:
        return OTHER
    if name[0].upper() in LATIN:
        return name[0].upper()
    # The reading of a character depends on the word it starts (重庆: chong).
    syllables = lazy_pinyin(name[:4], style=Style.FIRST_LETTER, errors="ignore")
    letter = syllables[0][:1].upper() if syllables and name[0] > "\u2fff" else ""
    return letter if len(letter) == 1 and letter in LATIN else OTHER


@functools.lru_cache(maxsize=1 << 16)
def spelled(name: str) -> str:
    """The name in plain pinyin, for a stable order among equals."""
    return " ".join(lazy_pinyin(name, errors="default"))


def by_initial(counts: Iterable[tuple[str, int]]) -> list[tuple[str, list[tuple[str, int]]]]:
    """(letter, [(name, count), ...]) in A-Z order, "#" last; most used first
    within a letter, then by pinyin."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for name, count in counts:
        groups.setdefault(initial(name), []).append((name, count))
    order = sorted(groups, key=lambda letter: (letter == OTHER, letter))
    return [(letter, sorted(groups[letter], key=lambda nc: (-nc[1], spelled(nc[0]), nc[0]))) for letter in order]
