"""Tags: the few subjects a reader would browse an article by.

Candidates come from terms.py (whole words and recurring multi-word terms).
A candidate weighs by how often the article uses it on its own (not as a piece
of a longer term), more when the headline names it, more when it is longer
(a longer term is a more specific one), and less when many articles of the
corpus or of the language at large use it. The best ones become tags, never
two that hold one another (新能源汽车 and 汽车: the specific term stays), never
the paper's own name or a word of its masthead.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable

from .terms import CJK, NOUN_FLAGS, SHORT_TEXT, Candidate
from ..regex_cache import compile as rx

TITLE_WEIGHT = 2.0
# Words that add nothing to a subject: 银行 and 银行业, 生物医药 and 生物医药产业 are one tag.
GENERIC_HEADS = frozenset("产业 行业 业 领域 市场 体系 企业 公司 板块 赛道 方面 工作 建设 发展 技术 问题 政策 项目 行为 能力 水平 "
                          "比重 占比 比例 增速 总量 规模 数量 余额".split())
MODIFIER_SHARE = 0.7
TRADE_VERB = 11.5  # rarity from which a verb can be a trade's own (出海, 备耕), see text.rarity
CAPTION_TAGS = 3  # a caption or a brief (terms.SHORT_TEXT) has fewer subjects  # 新能源汽车 replaces 汽车 when used at least a third as often
SATURATION = 5.0
# A term the paper put in quotation marks (“执行体治理”), or one of the user
# dictionary's domain terms (data/userdict.txt), is meant as a term.
QUOTE_WEIGHT = 1.0
MASTHEAD = rx(r"(?:日报|晚报|早报|时报|周报|商报|经营报|报社|杂志|周刊|新闻社|通讯社|电视台)$")
UNITS = rx(r"^[万亿千百余多个年月日号次项%]")
LATIN = rx(r"^[A-Za-z](?:[A-Za-z0-9\-.]*[A-Za-z0-9])?$|^\d[A-Za-z](?:[A-Za-z0-9\-]*[A-Za-z0-9])?$")


def idf_table(docs: list[Counter], df: Counter | None = None) -> dict[str, float]:
    df = df if df is not None else document_frequency(docs)
    n = len(docs)
    return {term: math.log((n + 1) / (d + 1)) + 1.0 for term, d in df.items()}


def document_frequency(docs) -> Counter:
    df: Counter = Counter()
    for counts in docs:
        df.update(counts.keys())
    return df


def by_weight(scores: dict[str, float]) -> list[str]:
    """Terms by weight, highest first, ties in character order (two C-level
    sorts; the second keeps the first's order among equal weights)."""
    return sorted(sorted(scores), key=scores.__getitem__, reverse=True)


def admissible(term: str, cand: Candidate, stopwords: frozenset[str],
               surname: Callable[[str], bool] = lambda _: True, least_uses: int = 1) -> bool:
    """Whether a candidate can name a subject at all."""
    if term in stopwords or MASTHEAD.search(term) or UNITS.match(term) or cand.count < least_uses:
        return False
    if not (term[-1].isalnum() or CJK.match(term[-1])):
        return False  # T+, F-: a piece of a longer Latin name
    if cand.words > 1 or cand.quoted:
        return True
    if term.endswith("性") and len(term) <= 4:
        return False  # 原创性, 不确定性: a quality, not a subject
    if LATIN.match(term):
        return len(term) >= 2 and not term.isdigit()
    if len(term) < 2 or len(CJK.findall(term)) != len(term):
        return False
    if cand.flag in NOUN_FLAGS:
        # 跨境, 合规, 绿色: a word nearly always followed by the noun it qualifies
        # is a piece of the article's terms, not one of them
        return cand.quoted or cand.title > 0 or len(term) > 2 or cand.objects < MODIFIER_SHARE * cand.count
    if cand.flag == "x":
        # a word jieba does not know, used again: a term of the trade, unless it
        # is mostly followed by a noun (筑牢根基: a verb jieba does not know)
        return cand.count >= 2 and (len(term) > 2 or cand.objects < MODIFIER_SHARE * cand.count)
    if cand.flag in ("nr", "nrt") and not surname(term):
        return True  # jieba's dictionary calls some nouns names (春耕); a real name starts with a surname
    # A verb of the trade (出海, 备耕) is rare in the language at large, used again
    # here, and mostly as a subject, not before its object (唱响秦腔, 筑牢根基).
    return cand.flag == "v" and cand.count >= 3 and cand.rarity >= TRADE_VERB and 2 * cand.objects < cand.count


def term_score(term: str, cand: Candidate, idf: float) -> float:
    free = cand.count - cand.nested
    if cand.quoted:
        free = max(free, cand.count)
    use = free * (SATURATION + 1) / (free + SATURATION)  # the tenth use says less than the second
    weight = use + (TITLE_WEIGHT if cand.title and free > 0 else 0.0) + (QUOTE_WEIGHT if cand.quoted and cand.words > 1 else 0.0) \
        + (QUOTE_WEIGHT if cand.known else 0.0)
    length = 1.0 + 0.1 * (min(len(term), 6) - 2)
    rarity = min(max(cand.rarity / 11.0, 0.7), 1.3) if cand.words == 1 else 1.2
    return weight * length * math.sqrt(idf) * rarity


def relation(longer: str, shorter: str) -> str:
    """How a term holds a shorter one: "same" (银行业, 生物医药产业, 5G-A: the same
    subject with a generic word added), "kind" (新能源汽车 of 汽车: a kind of it)
    or "part" (大模型安全 of 大模型: another subject built on it)."""
    rest = longer[len(shorter):] if longer.startswith(shorter) else None
    if rest is not None and (rest in GENERIC_HEADS or rest.startswith("-")):
        return "same"
    if longer.endswith(shorter):
        return "kind"
    return "part"


def _winner(a: str, b: str, count: Callable[[str], int], free: Callable[[str], int],
            titled: Callable[[str], bool]) -> str | None:
    """Which of two overlapping terms stays (None: both do)."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    kind = relation(longer, shorter)
    if kind != "part" and titled(longer):
        return longer  # the headline names the specific term (统计公报, later just 公报)
    if kind == "same":
        return longer if count(longer) >= count(shorter) else shorter
    if kind == "kind":  # the specific term, unless the general one is mostly used on its own
        return longer if count(longer) >= free(shorter) else shorter
    # Another subject built on the shorter one: both stay when the shorter is used
    # on its own as often (大模型 and 大模型安全), else only the longer.
    return None if free(shorter) >= count(longer) else longer


def pick(scores: dict[str, float], cands: dict[str, Candidate], synonyms: dict[str, str], most: int, least: int,
         floor: float = 0.3, orgs: frozenset[str] = frozenset()) -> list[str]:
    """The best terms down to `floor` of the best; of two near-duplicates one stays (see `relation`)."""
    chosen: list[str] = []
    source: dict[str, str] = {}  # tag -> the candidate it came from

    def count(name: str) -> int:
        return cands[source.get(name, name)].count

    def free(name: str) -> int:
        cand = cands[source.get(name, name)]
        return cand.count - cand.nested

    def titled(name: str) -> bool:
        return cands[source.get(name, name)].title > 0

    top = None
    for term in by_weight(scores):
        name = synonyms.get(term, term)
        if name in chosen or name in orgs and any(c in orgs for c in chosen):
            continue  # one organization may be a subject; the others are in the organization index
        source.setdefault(name, term)
        clash = [c for c in chosen if c in name or name in c]
        outcome = [(c, _winner(name, c, count, free, titled)) for c in clash]
        if any(w == c for c, w in outcome):
            continue  # a chosen tag wins over this one
        replaced = [c for c, w in outcome if w == name]
        if replaced:  # takes the place of the near-duplicate it wins over
            at = chosen.index(replaced[0])
            chosen = [c for c in chosen if c not in replaced]
            chosen.insert(at, name)
            continue
        if top is None:
            top = scores[term]
        elif len(chosen) >= least and scores[term] < floor * top:
            break
        chosen.append(name)
        if len(chosen) >= most:
            break
    return chosen


def choose_tags(analyses: list[dict[str, Candidate]], stopwords: frozenset[str], synonyms: dict[str, str],
                banned: list[set[str]], least: int, most: int,
                surname: Callable[[str], bool] = lambda _: True, lengths: list[int] | None = None,
                orgs: list[list[str]] | None = None) -> list[list[str]]:
    """Per article: `least` to `most` tags (fewer when it has fewer terms).

    In an article a subject is named more than once, or in its headline; in a
    caption (`lengths`: characters per article) once is enough."""
    lengths = lengths or [0] * len(analyses)
    usable = [{t: c for t, c in cands.items() if t not in ban and
               admissible(t, c, stopwords, surname, 1 if size < SHORT_TEXT or c.title else 2)}
              for cands, ban, size in zip(analyses, banned, lengths)]
    df = document_frequency(usable)
    n = len(usable)
    out = []
    for k, cands in enumerate(usable):
        scores = {t: term_score(t, c, math.log((n + 1) / (df[t] + 1)) + 1.0) for t, c in cands.items()}
        limit = most if lengths[k] >= SHORT_TEXT else min(most, CAPTION_TAGS)
        out.append(pick(scores, cands, synonyms, limit, min(least, limit), orgs=frozenset(orgs[k]) if orgs else frozenset()))
    return out
