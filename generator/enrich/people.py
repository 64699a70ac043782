"""People in the news, read the way Chinese news prints them.

A person the paper quotes or reports on is introduced by a title right before
the name (国家统计局副局长盛来运, 总经理励达) or speaks right after it (李磊说,
王永贵表示, 盛来运指出); a name is a surname and one or two more characters.
jieba often cuts unknown names wrongly (盛来/运, 吴雨张/千千), so a name is read
from the characters between its two anchors and only checked against jieba's
word boundaries: it must start and end where jieba's words do, and must not be
a common word (银行, 白皮书, 高管).

The paper's own staff (reporters, photographers, editors: 记者吴雨, 田福良 摄)
are authors, kept apart from the people in the news.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from ..regex_cache import compile as rx

HAN = r"[\u3400-\u9fff]"
HAN_START = rx(HAN)
HAN_ONLY = rx(f"{HAN}+")
# Staff credits printed in a body: (记者 吴雨 张千千), 本报记者 田福良 (opening a
# paragraph), 檀志扬 摄, 责任编辑：X
ROLE = r"(?:本报|本刊|新华社|中新社)?(?:特约|特派|首席|见习|实习)?(?:记者|通讯员|实习生)"
STAFF_ROLE = rx(rf"[（(]\s*{ROLE}\s*([^（()）]{{2,30}})[）)]|^\s*{ROLE}\s*({HAN}{{2,3}}(?:[ 、]+{HAN}{{2,3}}){{0,5}})\s*$"
                        rf"|(?:责任编辑|责编|编辑|摄影|撰稿)\s*[:：]\s*({HAN}{{2,3}})", re.M)
PHOTO_CREDIT = rx(rf"((?:{HAN}{{2,4}}\s+){{0,5}}{HAN}{{2,4}})\s*[/／]?\s*摄(?:影)?\s*(?:[）)]|$)", re.M)
STAFF_WORDS = ("记者", "通讯员", "实习生", "编辑", "责编", "摄", "撰稿")
AUTHOR_NOTE = rx(r"[（(](?:作者|本文作者)[^）)]*[）)]")
# Words that may follow a name directly: speech, or the end of a name phrase.
NAME_END_FLAGS = frozenset("v vn p c d u uj ul r f m t q y vd ad".split())
NAME_FLAGS = frozenset("nr nrfg nrt x".split())
FUNCTION_FLAGS = frozenset("d p c u uj ul uz ud ug uv r m q f y v vd ad e o".split())
# jieba glues a neighbouring adverb or conjunction onto an unknown name (王鹏还, 但杨杰).
GLUED_AFTER = "也还则才就都又再却便亦仍均曾"
GLUED_BEFORE = "但而并和与及或据从在向对被让由"
HONORIFICS = ("总书记", "主席", "总理", "副总理", "委员长", "同志", "先生", "女士", "院士", "教授")
BETWEEN = frozenset("也 还 则 才 又 就 都 便 亦 更 进一步 同时 此前 随后 日前 近日 曾 也曾 再次 再度 坦率地 明确".split())
TO_REPORTER = ("对记者", "向记者", "告诉记者", "对本报记者", "向本报记者", "在接受")


class Token(NamedTuple):
    """One of jieba's words with its offset in the text (a tuple: made by the
    hundred thousand, it must be cheap)."""

    word: str
    flag: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.word)


class Tokens:
    """jieba's words of a text with their offsets (jieba keeps every character,
    so they add up). A text has tens of thousands of words and the readers look
    at a few hundred of them, so a Token is made only when asked for."""

    def __init__(self, words: list[tuple[str, str]]) -> None:
        self.words = words
        self.starts = list(accumulate(map(len, map(itemgetter(0), words)), initial=0))
        self._distinct: set | None = None

    def where(self, test) -> list[int]:
        """Indices of the words (word, flag) that pass `test`, tested once per distinct word."""
        if self._distinct is None:
            self._distinct = Counter(self.words)
        chosen = {pair for pair in self._distinct if test(pair)}
        if not chosen:
            return []
        if len(chosen) == 1:  # one word: found by the list's own search
            pair, out, at = next(iter(chosen)), [], -1
            for _ in range(self._distinct[pair]):
                at = self.words.index(pair, at + 1)
                out.append(at)
            return out
        return [i for i, pair in enumerate(self.words) if pair in chosen]

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self.words)))]
        word, flag = self.words[k]
        return Token(word, flag, self.starts[k if k >= 0 else k + len(self.words)])

    def __iter__(self):
        return (self[i] for i in range(len(self.words)))


def positioned(words: list[tuple[str, str]]) -> Tokens:
    return Tokens(words)


def staff_names(text: str, authors: list[str]) -> set[str]:
    """The paper's own people: byline authors plus credits printed in the body."""
    names = set(authors)
    if not any(role in text for role in STAFF_WORDS):
        return names
    for match in STAFF_ROLE.finditer(text):
        found = match.group(1) or match.group(2) or match.group(3)
        names.update(n for n in rx(r"[\s、，,]+").split(found) if 2 <= len(n) <= 4 and HAN_ONLY.fullmatch(n))
    for match in PHOTO_CREDIT.finditer(text) if "摄" in text else ():
        names.update(n for n in match.group(1).split() if n)
    return names


class PeopleReader:
    """Finds anchored names in one text (see the module notes)."""

    def __init__(self, clues) -> None:
        self.clues = clues
        self.titles = tuple(sorted(clues.titles, key=len, reverse=True))
        self.speech = frozenset(clues.speech)

    def _name_like(self, tokens: list[Token]) -> bool:
        text = "".join(t.word for t in tokens)
        if not (2 <= len(text) <= 4) or not HAN_ONLY.fullmatch(text) or not self.clues.has_surname(text):
            return False
        if len(text) == 4 and text[:2] not in self.clues.compound_surnames:
            return False
        for t in tokens:
            if len(t.word) >= 2 and t.flag not in NAME_FLAGS:
                return False  # 银行, 高管: a dictionary word, not a name
            if len(t.word) == 1 and t.flag in FUNCTION_FLAGS:
                return False  # 曾被, 唐杰才: a name does not hold an adverb or a preposition
            if t.word in self.speech or t.word.endswith(self.titles):
                return False
        return True

    def _ends_name(self, tokens: list[Token], k: int, text: str) -> bool:
        """Whether the words from index k on can follow a name."""
        if k >= len(tokens):
            return True
        t = tokens[k]
        if not HAN_START.match(t.word):
            return not t.word[:1].isalnum()  # punctuation ends a name, a Latin letter or digit does not
        if t.word in self.speech or text.startswith(TO_REPORTER, t.start) or text.startswith(HONORIFICS, t.start):
            return True
        return t.flag in NAME_END_FLAGS

    def _starts_name(self, tokens: list[Token], k: int, text: str) -> bool:
        """Whether a name may start at token index k: after punctuation, a title or a function word."""
        if k == 0:
            return True
        prev = tokens[k - 1]
        if not HAN_START.match(prev.word):
            return not prev.word[-1:].isalnum() and prev.word[-1:] != "》"  # 》白皮书指出: a genre, not a name
        if text.endswith(self.titles, 0, prev.end):
            return True
        return prev.flag in NAME_END_FLAGS and prev.flag not in ("m", "q") and len(prev.word) <= 2 or prev.flag in ("nt", "ns")

    def _spoken(self, tokens: list[Token], k: int, text: str) -> bool:
        if k >= len(tokens):
            return False
        t = tokens[k]
        if t.word in BETWEEN and k + 1 < len(tokens):
            t = tokens[k + 1]  # 唐杰才在接受…, 王鹏还表示: an adverb between the name and the speech
        return t.word in self.speech or text.startswith(TO_REPORTER, t.start) or text.startswith(HONORIFICS, t.start)

    def names(self, text: str, tokens: Tokens, skip: list[tuple[int, int]] = ()) -> Counter:
        """Names anchored by a title before them or by speech after them -> anchored occurrences
        (none from the `skip` spans of the text)."""
        found: Counter = Counter()
        n = len(tokens)
        openers = self.clues.surnames | {c[0] for c in self.clues.compound_surnames}
        # a name opens with a surname, alone or in a word jieba takes for a name (its first test in _name_like)
        opening = tokens.where(lambda pair: pair[0][0] in openers and (
            pair[1] in NAME_FLAGS and len(pair[0]) <= 4 if len(pair[0]) > 1 else pair[1] not in FUNCTION_FLAGS))
        for i in opening:
            if any(a <= tokens.starts[i] < b for a, b in skip):
                continue
            titled = text.endswith(self.titles, 0, tokens.starts[i])
            if not titled and not self._starts_name(tokens, i, text):
                continue
            for j in range(i + 1, min(n, i + 3) + 1):  # a name is one to three of jieba's words
                span = tokens[i:j]
                if sum(len(t.word) for t in span) > 4:
                    break
                if not self._name_like(span):
                    continue
                if titled and self._ends_name(tokens, j, text) or self._spoken(tokens, j, text):
                    found["".join(t.word for t in span)] += 1
                    break
        return found


def read_people(text: str, tokens: Tokens, authors: list[str], clues) -> tuple[list[str], list[str]]:
    """(people in the news by how often they are named, staff named in the text)."""
    staff = staff_names(text, authors)
    notes = [m.span() for m in AUTHOR_NOTE.finditer(text)]
    anchored = PeopleReader(clues).names(text, tokens, notes)
    for name in list(anchored):
        for bare in (name[:-1] if name[-1] in GLUED_AFTER else None, name[1:] if name[0] in GLUED_BEFORE else None):
            if bare and len(bare) >= 2 and clues.has_surname(bare) and text.count(bare) > text.count(name):
                anchored[bare] += anchored.pop(name)
                break
    people = [name for name in anchored
              if not any(name in s or s in name for s in staff)]
    counts = {name: text.count(name) for name in people}
    return sorted(people, key=lambda p: (-counts[p], p)), sorted(staff - set(authors))
