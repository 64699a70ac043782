"""People, organisations and places: bylines plus jieba's nr / nt / ns tags."""
from __future__ import annotations

import re
from collections import Counter

ORG_SUFFIX = re.compile(r"(?:公司|集团|银行|大学|学院|研究院|研究所|委员会|协会|学会|联盟|中心|部|局|署|办|会|交易所|证监会|央行)$")
ABSTRACT = re.compile(r"(?:化|性|力|度|型|式|开始|内外部)$")
NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")
GENERIC_ORG = re.compile(r"^(?:本报|本刊|该公司|公司|集团|银行|大学|中心|委员会|协会|部门|有关部门|相关部门|研究院|研究所|管理局|局|部)$")


def extract(words: list[tuple[str, str]], authors: list[str], stopwords: frozenset[str]) -> tuple[list[str], list[str], list[str]]:
    people: Counter = Counter()
    orgs: Counter = Counter()
    places: Counter = Counter()
    for word, flag in words:
        if word in stopwords:
            continue
        if flag == "nr" and NAME.match(word):
            people[word] += 1
        elif (flag == "nt" or (flag in ("n", "nz") and len(word) >= 4 and ORG_SUFFIX.search(word))) and not GENERIC_ORG.match(word):
            orgs[word] += 1
        elif flag == "ns" and len(word) >= 2:
            places[word] += 1
    # jieba's nr tag also fires on words like 智能化; a name mentioned once
    # and shaped like an abstract noun is dropped.
    people = Counter({w: n for w, n in people.items() if n >= 2 and not ABSTRACT.search(w)})
    orgs = Counter({w: n for w, n in orgs.items() if ORG_SUFFIX.search(w) and not ABSTRACT.search(w) and len(w) >= 3})
    for name in authors:
        people[name] += 10
    def top(c: Counter, n: int) -> list[str]:
        return [w for w, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))][:n]
    return top(people, 12), top(orgs, 12), top(places, 8)
