"""People, organisations and places: bylines plus jieba's nr / nt / ns tags,
cleaned with clues from how Chinese news names people and bodies
(data/entities.yml): a person's name starts with a surname and stands next
to a title or a speech verb ("总经理李磊说"); an organisation's name ends with
公司 / 集团 / 银行 … and starts with a proper name, not a common noun."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

ORG_SUFFIX = re.compile(r"(?:公司|集团|银行|大学|学院|研究院|研究所|委员会|协会|学会|联盟|交易所|证监会|总局)$")
# Short suffixes name a body only when jieba itself tagged the word an organisation (nt).
NT_SUFFIX = re.compile(r"(?:中心|部|局|署|厅|院|办)$")
NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")


@dataclass(frozen=True)
class Clues:
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    titles: tuple[str, ...]
    speech: tuple[str, ...]
    org_generic_prefixes: frozenset[str]

    @classmethod
    def from_data(cls, data: dict) -> "Clues":
        return cls(surnames=frozenset(str(data.get("surnames", ""))), compound_surnames=tuple(data.get("compound_surnames", [])),
                   titles=tuple(data.get("titles", [])), speech=tuple(data.get("speech", [])),
                   org_generic_prefixes=frozenset(data.get("org_generic_prefixes", [])))

    def has_surname(self, name: str) -> bool:
        return name[:2] in self.compound_surnames or name[0] in self.surnames


def _in_person_context(words: list[tuple[str, str]], i: int, clues: Clues) -> bool:
    before = "".join(w for w, _ in words[max(0, i - 2): i])
    after = "".join(w for w, _ in words[i + 1: i + 3])
    return before.endswith(clues.titles) or after.startswith(clues.speech) or after.startswith(("对记者", "向记者", "在接受"))


def _org_ok(word: str, flag: str, clues: Clues) -> bool:
    suffix = ORG_SUFFIX.search(word) or (NT_SUFFIX.search(word) if flag == "nt" else None)
    if not suffix or len(word) < 4:
        return False
    prefix = word[: suffix.start()]
    return len(prefix) >= 2 and prefix not in clues.org_generic_prefixes and not any(
        prefix == g or (prefix.endswith(g) and len(prefix) - len(g) < 2) for g in clues.org_generic_prefixes)


def extract(words: list[tuple[str, str]], authors: list[str], stopwords: frozenset[str], clues: Clues) -> tuple[list[str], list[str], list[str]]:
    people: Counter = Counter()
    vouched: set[str] = set()
    orgs: Counter = Counter()
    places: Counter = Counter()
    for i, (word, flag) in enumerate(words):
        if word in stopwords:
            continue
        # Names are dictionary words tagged nr, or words jieba discovered itself ("x").
        if (flag == "nr" or (flag == "x" and len(word) <= 3)) and NAME.match(word) and clues.has_surname(word):
            people[word] += 1
            if _in_person_context(words, i, clues):
                vouched.add(word)
        elif flag in ("nt", "n", "nz", "ORG") and _org_ok(word, flag, clues):
            orgs[word] += 1
        elif flag == "ns" and len(word) >= 2:
            places[word] += 1
    people = Counter({w: n for w, n in people.items() if w in vouched})
    for name in authors:
        people[name] += 10

    def top(c: Counter, n: int) -> list[str]:
        return [w for w, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))][:n]
    return top(people, 12), top(orgs, 12), top(places, 8)
