"""Candidate subject terms of one article: whole words and multi-word terms.

A newspaper names its subjects with noun phrases that jieba cuts into pieces
(战略性新兴产业 is one word, but 跨境/合规, 知识产权/保护, 民营企业/科技创新 are
two). Runs of content words between punctuation and function words are cut
into spans of one to four words; a span of several words that recurs in the
article, or that the paper put in quotation marks, is a candidate term.

Each candidate keeps how often it occurs and how often it occurs inside a
longer recurring candidate (the C-value idea of term extraction): a piece that
is almost always part of a longer term (跨境 in 跨境支付, 汽车 in 新能源汽车) is
that term's piece, not a subject of its own.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import accumulate, chain
from operator import itemgetter
from typing import NamedTuple

from ..regex_cache import compile as rx

CJK = rx(r"[\u3400-\u9fff]")
WORD = rx(r"^[\u3400-\u9fffA-Za-z0-9\-+.·]+$")
DIGITS = rx(r"^\d+(?:\.\d+)?$")
QUOTED = rx(r"[“\"]([\u3400-\u9fffA-Za-z0-9]{2,10})[”\"]")

# Parts of speech that never sit inside a term: prepositions, conjunctions,
# particles, adverbs, pronouns, numerals, measure words, time and direction
# words, idioms and set phrases (咬定青山不放松, 好不好).
BREAK_FLAGS = frozenset("p c u uj ul uz ud ug uv d r rr rz rg m mq q y e o zg df dg k h f t tg l i".split())
# Parts of speech a term may end with (a noun, a verbal noun, a verb used as a noun).
HEAD_FLAGS = frozenset("n nz nt nw vn v an j eng x ng nr".split())
# Single words that name a subject on their own.
NOUN_FLAGS = frozenset("n nz vn nt j eng nw".split())
OBJECT_FLAGS = frozenset("n nz nt ns nr j eng x vn an ng".split())
SHORT_TEXT = 400  # characters: a caption or a brief, where a subject may be named once
VERB_OPENING_MIN = 3  # a term that opens with a verb (支付服务) must recur this often
SCOPES = frozenset("全球 国际 国内 我国 世界 中国 全国 海外 境内 境外".split())
COORDINATORS = frozenset("和 与 及 以及".split())
GLUED = frozenset("最很更都也还就再又才已将被把从向在对和与的了是")
GLUED_END = frozenset("在的了是也还都就将被把和与等")
SINGLE_FLAGS = NOUN_FLAGS | {"x", "v", "nr", "nrt", "nrfg", "ns"}  # words that may be a tag (or an organization's short name)
DICTIONARY_RARE = 15.0  # rarity of words jieba's dictionary holds but hardly ever saw (博会): often a piece
MAX_WORDS = 4
MAX_CHARS = 10


class Candidate(NamedTuple):
    """What an article says about one candidate term (a tuple: made by the thousand)."""


    count: int  # occurrences in the body
    title: int  # occurrences in the headline and subtitle
    nested: int  # body occurrences inside longer candidates (mean over the longer ones holding it)
    words: int  # how many jieba words it is made of
    flag: str  # part of speech of a one-word candidate ("" for several words)
    quoted: bool = False
    objects: int = 0  # uses right before a noun: a verb's object (唱响秦腔), a modifier's head (跨境支付)
    rarity: float = 14.0  # how rare the word is in the language at large (text.rarity); several words count as rare
    known: bool = False  # one of the user dictionary's domain terms


def _kind(word: str, flag: str) -> int:
    """0: a word that can sit in a term; 1: one that breaks a run; 2: a number."""
    if DIGITS.match(word):
        return 2
    if not WORD.match(word) or flag in BREAK_FLAGS:
        return 1  # punctuation, spaces, symbols; function words
    if flag == "x" and (word[0] in GLUED or word[-1] in GLUED_END):
        return 1  # 最有, 从康弘, 企在: jieba glued a function word to the next word
    return 1 if len(word) == 1 and flag in ("v", "vg", "a", "ad") and not word.isascii() else 0


def chunks(words: list[tuple[str, str]], with_opening: bool = False) -> list:
    """Runs of words with no punctuation or function word between them (with
    `with_opening`, each with whether a coordinating 和/与/及 opens it)."""
    out: list = []
    run: list[tuple[str, str]] = []
    opened_by_and = False
    kinds = _KINDS
    for pair in words:
        kind = kinds.get(pair)
        if kind is None:
            kind = kinds[pair] = _kind(*pair)
        if kind == 0:
            run.append(pair)
        elif kind == 1:
            if run:
                out.append((run, opened_by_and))
                run = []
            opened_by_and = pair[0] in COORDINATORS
        else:  # a number may open a name (360智脑) but ends any run before it
            if run:
                out.append((run, opened_by_and))
            run = [(pair[0], "m")]
            opened_by_and = False
    if run:
        out.append((run, opened_by_and))
    return out if with_opening else [r for r, _ in out]


_KINDS: dict[tuple[str, str], int] = {}  # memo of _kind: a corpus repeats its words


def _span_ok(span: tuple[tuple[str, str], ...], stopwords: frozenset[str], predicates: frozenset[str],
             quoted: bool = False) -> bool:
    """Whether a run of words can be a term: opens and closes with words a term
    opens and closes with, holds a noun, and is not too long."""
    first, last = span[0], span[-1]
    if len(span) == 1:
        return first[1] not in ("m", "l", "i") and len(first[0]) >= 2
    if first[0] in predicates or last[0] in predicates:
        return False  # 构建中小企业, 公报显示: a clause, not a term
    if first[0] in stopwords and first[1] not in ("n", "ns", "nz", "nt"):
        return False  # 积极…, 相关…: a modifier opens a phrase, not a term
    if first[1] == "m" and not (span[1][1] in ("x", "eng", "nz") and span[1][0][:1] not in "年月日号万亿个多余项"):
        return False  # 360智脑, but not 2023年 or 30项成果
    if len(last[0]) == 1 and not last[0].isascii() or (last[1] not in HEAD_FLAGS and not (quoted and last[1] == "m")):
        return False
    if not any(f in NOUN_FLAGS or f in ("x", "nr", "ns") for _, f in span):
        return False  # 坚定前行: a slogan, not a term
    if len(span) == 2 and first[0] in stopwords and last[1] == "v" and last[0] not in stopwords:
        return False  # 企业引进, 市场开拓: a subject and its verb
    if first[0] in SCOPES and not quoted:
        return False  # 全球生物医药, 中国光伏: the term, not its scope
    return sum(len(w) for w, _ in span) <= MAX_CHARS


def _word_props(word: str, flag: str, stopwords: frozenset[str], predicates: frozenset[str]) -> tuple[bool, bool, bool, int]:
    """(can open a term, can close one, is a noun, length): `_span_ok`'s tests of one word."""
    opens = word not in predicates and word not in SCOPES and not (word in stopwords and flag not in ("n", "ns", "nz", "nt"))
    closes = word not in predicates and flag in HEAD_FLAGS and (len(word) > 1 or word.isascii())
    return opens, closes, flag in NOUN_FLAGS or flag in ("x", "nr", "ns"), len(word)


@functools.lru_cache(maxsize=4)
def _props_for(stopwords: frozenset[str], predicates: frozenset[str]) -> dict:
    """A per-word memo of `_word_props` for one stop list and one list of predicates."""
    return {}


def span_counts(words: list[tuple[str, str]], stopwords: frozenset[str],
                predicates: frozenset[str] = frozenset(), also: frozenset | None = None) -> tuple[dict, dict, dict]:
    """Every span of one to four words inside a run -> occurrences; per word, how
    often a noun follows it; per span, how often it opens right after 和/与/及.

    The tests of `_span_ok`, taken apart per word so that each run is read once.
    A span of several words only matters when it recurs (or is one of `also`,
    the headline's), and it can only recur when the span one word shorter
    does: spans grow a word at a time from those, not from every position.
    Without `also` (a headline's own spans) every span is counted; with it, a
    span of several words used once is left out unless it is one of `also`."""
    props = _props_for(stopwords, predicates)

    def prop(pair):  # (opens, closes, noun, length) of a word, memoised
        known = props.get(pair)
        if known is None:
            known = props[pair] = _word_props(pair[0], pair[1], stopwords, predicates)
        return known

    counts: Counter = Counter()
    objects: Counter = Counter()
    coordinated: Counter = Counter()
    runs = chunks(words, with_opening=True)
    # Counted over the whole text at once, in C: words, and pairs of neighbours
    # (a None between runs keeps pairs inside them).
    flat = list(chain.from_iterable(run + [None] for run, _ in runs))
    for pair, n in Counter(flat).items():
        if pair is not None and pair[1] not in ("m", "l", "i") and len(pair[0]) >= 2:
            counts[(pair,)] = n
    pairs = Counter(zip(flat, flat[1:]))
    recurring = set()  # two-word spans that recur (or are the headline's): only these may grow
    for (a, b), n in pairs.items():
        if a is None or b is None:
            continue
        if b[1] in OBJECT_FLAGS:
            objects[a[0]] += n  # a verb before its object, a noun before the noun it qualifies
        if not _opens(a, b, prop):
            continue
        span = (a, b)
        if n >= 2 or also is None or span in also:
            recurring.add(span)
            if _grown_span_ok(span, prop, stopwords):
                counts[span] = n
    for run, after_and in runs:  # the second half of “A和B C”?
        if after_and and len(run) >= 2 and tuple(run[:2]) in counts:
            coordinated[tuple(run[:2])] += 1
    # Longer spans grow from the recurring two-word ones, run by run.
    level = []
    for run, _ in runs:
        if len(run) >= 3:
            starts = [i for i in range(len(run) - 2) if (run[i], run[i + 1]) in recurring]
            if starts:
                level.append((run, starts))
    for length in range(3, MAX_WORDS + 1):
        raw: Counter = Counter(tuple(run[i:i + length]) for run, starts in level for i in starts)
        for span, n in raw.items():
            # a span used once matters only in a headline (candidates() keeps recurring ones)
            if (n >= 2 or also is None or span in also) and _grown_span_ok(span, prop, stopwords):
                counts[span] = n
        for run, after_and in runs:
            if after_and and len(run) >= length:
                span = tuple(run[:length])
                if span in raw and span in counts:
                    coordinated[span] += 1
        if also is None:
            level = [(run, [i for i in starts if i + length < len(run)]) for run, starts in level]
        else:
            level = [(run, [i for i in starts if i + length < len(run) and (raw[tuple(run[i:i + length])] >= 2
                                                                           or tuple(run[i:i + length]) in also)])
                     for run, starts in level]
        level = [(run, starts) for run, starts in level if starts]
    return counts, objects, coordinated


def _opens(first: tuple[str, str], second: tuple[str, str], prop) -> bool:
    """Whether a span may open with `first` (followed by `second`): a number
    opens a name only before a brand (360智脑), not before a unit (2023年)."""
    if first[1] == "m":
        return second[1] in ("x", "eng", "nz") and second[0][:1] not in "年月日号万亿个多余项"
    return prop(first)[0]


def _grown_span_ok(span: tuple, prop, stopwords: frozenset[str]) -> bool:
    """`_span_ok` for a span whose first word can open a term."""
    size = 0
    noun = False
    for pair in span:
        known = prop(pair)
        size += known[3]
        noun = noun or known[2]
    if size > MAX_CHARS or not noun or not prop(span[-1])[1]:
        return False
    first, last = span[0], span[-1]
    return not (len(span) == 2 and first[0] in stopwords and last[1] == "v" and last[0] not in stopwords)


def _runs_of_words(words: list[tuple[str, str]]) -> frozenset:
    """Every run of two to four words of a (short) text, valid as a term or not."""
    out = set()
    for run in chunks(words):
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + MAX_WORDS) + 1):
                out.add(tuple(run[i:j]))
    return frozenset(out)


def _quoted(text_words: list[tuple[str, str]], text: str, stopwords: frozenset[str], predicates: frozenset[str]) -> set[str]:
    """Terms the paper put in quotation marks, when the marks fall on jieba's
    word boundaries and the words inside make a term (“一带一路”, “360智脑”)."""
    matches = list(QUOTED.finditer(text))
    out: set[str] = set()
    if not matches:
        return out
    starts = dict(zip(accumulate(map(len, map(itemgetter(0), text_words)), initial=0), range(len(text_words) + 1)))
    for match in matches:
        a, b = match.span(1)
        if a in starts and b in starts and starts[b] - starts[a] <= MAX_WORDS:
            span = tuple(text_words[starts[a]:starts[b]])
            if len(span) == 1:
                word, flag = span[0]
                if flag in NOUN_FLAGS or flag == "x" or flag == "l" and len(word) <= 3:
                    out.add(word)  # “开门红”, but not a quoted idiom (“从头再来”)
            elif _span_ok(span, stopwords, predicates, quoted=True):
                out.add(match.group(1))
    return out


COMMON_VERB = 11.5  # rarity below which a verb is an everyday one (筑牢, 书写), not a trade's (出海, 打印)


def _predicate_over(span, body: Counter, rarity) -> bool:
    """A common verb and the term it acts on (筑牢战略性新兴产业, 广汽研发团队书写):
    the rest is a term used more often without the verb."""
    if len(span) < 2:
        return False
    rest_opening, rest_closing = span[1:], span[:-1]
    if sum(len(w) for w, _ in rest_opening) >= 3 and span[0][1] in ("v", "x") and body.get(rest_opening, 0) > body[span]:
        return True  # a verb before its object: 筑牢战略性新兴产业, 抢抓新一轮科技革命
    verb = span[-1]
    return verb[1] == "v" and rarity(verb[0]) < COMMON_VERB and sum(len(w) for w, _ in rest_closing) >= 3 \
        and body.get(rest_closing, 0) > body[span]


def candidates(text_words: list[tuple[str, str]], title_words: list[tuple[str, str]], text: str,
               stopwords: frozenset[str], predicates: frozenset[str] = frozenset(),
               rarity=lambda word: 14.0, known=lambda word: False) -> dict[str, Candidate]:
    """The article's candidate terms, by their printed form.

    A term of several words must recur (the headline counts as a use); one that
    opens with a verb (支付服务, 统计公报) must recur more, as most such runs
    are a verb and its object. In an article (not a caption) a word used once
    and not in the headline is no subject, and is left out here already.
    `rarity` and `known` say what the language at large and the user
    dictionary say of a word (text.rarity, text.domain_term)."""
    least = 1 if len(text) < SHORT_TEXT else 2
    head, _, _ = span_counts(title_words, stopwords, predicates)  # the same words have the same tags there
    body, objects, coordinated = span_counts(text_words, stopwords, predicates, _runs_of_words(title_words))
    # (a list in the order of the text, so that ties resolve the same way in every run)
    kept = []
    for span, n in body.items():
        if len(span) == 1:
            if n >= least or span in head:
                kept.append(span)
            continue
        if n + (2 if span in head else 0) < (VERB_OPENING_MIN if span[0][1] == "v" else 2):
            continue
        if 2 * coordinated.get(span, 0) >= n:
            continue  # not 社会发展统计公报 of 国民经济和社会发展统计公报
        if not _predicate_over(span, body, rarity):
            kept.append(span)
    # A piece's uses inside longer terms: the mean count of the longer terms
    # holding it directly (C-value), so one frequent compound does not erase it.
    inside: dict[tuple, list[int]] = {}
    for span in kept:
        if len(span) > 1:
            inside.setdefault(span[:-1], []).append(body[span])
            inside.setdefault(span[1:], []).append(body[span])
    nested = {span: round(sum(ns) / len(ns)) for span, ns in inside.items()}
    out: dict[str, Candidate] = {}
    for span in kept:
        n = body[span]
        term = "".join(w for w, _ in span)
        title = head.get(span, 0)
        prev = out.get(term)
        if n < least and not title or prev is not None and prev.count >= n:
            continue  # used once in an article; or the same text cut two ways: keep the larger count
        if not (term[:1].isalnum() and term[-1:].isalnum()):
            continue  # "-ICBC" of D-ICBC: jieba cut a name at its hyphen, no term on its own
        single = len(span) == 1
        if single and (span[0][1] not in SINGLE_FLAGS or term in stopwords or span[0][1] == "v" and n < 3):
            continue  # a word that can never be a tag on its own (tags.admissible)
        out[term] = Candidate(count=n, title=title, nested=min(n, nested.get(span, 0)), words=len(span),
                              flag=span[0][1] if single else "", objects=objects.get(term, 0) if single else 0,
                              rarity=rarity(term) if single else 14.0, known=known(term))
    for term in [t for t, c in out.items() if c.words == 1 and c.rarity > DICTIONARY_RARE and _glued_tail(t, text)]:
        del out[term]  # 博会 of 消博会: a rare dictionary word that is the tail of a word jieba does not know
    for term in sorted(_quoted(text_words, text, stopwords, predicates)):
        prev = out.get(term)
        out[term] = Candidate(count=max(text.count(term), prev.count if prev else 0), title=prev.title if prev else 0,
                              nested=prev.nested if prev else 0, words=prev.words if prev else 2,
                              flag=prev.flag if prev else "", quoted=True, objects=prev.objects if prev else 0,
                              rarity=prev.rarity if prev else 14.0, known=known(term))
    return out


def _glued_tail(term: str, text: str) -> bool:
    """Whether every use of the word follows a character of the same word (a
    Chinese character that is not a function word)."""
    at = text.find(term)
    while at >= 0:
        before = text[at - 1: at]
        if not before or not CJK.match(before) or before in GLUED:
            return False
        at = text.find(term, at + 1)
    return True


def merge_names(cands: dict[str, Candidate], aliases: dict[str, str]) -> dict[str, Candidate]:
    """Short names of an organization count for its full name (众远 for 宁波众远新材料科技有限公司)."""
    out = dict(cands)
    for alias, full in aliases.items():
        if alias in out and alias != full:
            short = out.pop(alias)
            whole = out.get(full)
            count = short.count + (whole.count if whole else 0)
            out[full] = Candidate(count=count, title=short.title + (whole.title if whole else 0), nested=0, words=1, flag="nt")
    return out
