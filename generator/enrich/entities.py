"""People, organisations and places of one article, with clues from how
Chinese news prints them (data/entities.yml): people in people.py,
organisations in orgs.py, places here."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .orgs import read_orgs
from .people import positioned, read_people
from ..regex_cache import compile as rx

ADMIN_PLACE = rx(r"^[\u3400-\u9fff]{2,8}(?:省|市|县|自治区|自治州|州|盟|地区)$")


_CLUES: dict[int, tuple[dict, "Clues"]] = {}


@dataclass(frozen=True)
class Clues:
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    titles: tuple[str, ...]
    speech: tuple[str, ...]
    org_words: tuple[str, ...] = ()
    company_words: tuple[str, ...] = ()
    brand_words: tuple[str, ...] = ()
    generic_orgs: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    predicates: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict) -> "Clues":
        return cls(surnames=frozenset(str(data.get("surnames", ""))), compound_surnames=tuple(data.get("compound_surnames", [])),
                   titles=tuple(data.get("titles", [])), speech=tuple(data.get("speech", [])),
                   org_words=tuple(data.get("org_words", [])), company_words=tuple(data.get("company_words", [])),
                   brand_words=tuple(data.get("org_words_after_a_brand", [])),
                   generic_orgs=frozenset(str(w) for w in data.get("kinds_of_bodies", [])),
                   places=frozenset(str(p) for p in data.get("places", [])),
                   predicates=frozenset(str(p) for p in data.get("predicates", [])))

    @classmethod
    def of(cls, data: dict) -> "Clues":
        """The clues of a data mapping, made once per mapping (records are analysed by the thousand)."""
        cached = _CLUES.get(id(data))
        if cached is None or cached[0] is not data:
            cached = _CLUES[id(data)] = (data, cls.from_data(data))
        return cached[1]

    def has_surname(self, name: str) -> bool:
        return name[:2] in self.compound_surnames or name[0] in self.surnames


@dataclass(frozen=True)
class Entities:
    people: list[str]
    staff: list[str]  # the paper's own people named in the text, beyond the byline
    orgs: list[str]
    places: list[str]
    org_aliases: dict[str, str]  # short or partial name used in the text -> the full name


def read_places(words: list[tuple[str, str]], clues: Clues) -> list[str]:
    """Real place names only: the gazetteer's (provinces, countries, regions) and
    names printed with an administrative suffix (怀宁县, 乌兰浩特市); a place
    printed with and without its suffix (福建省, 福建) is one place."""
    counts = Counter(words)  # per distinct word, not per use
    found: Counter = Counter()
    for (word, flag), n in counts.items():
        if word in clues.places or (flag == "ns" and ADMIN_PLACE.match(word)):
            found[word] += n
    merged: Counter = Counter()
    for word, n in found.items():
        short = rx(r"(?:省|市|自治区)$").sub("", word)
        merged[short if short in found or short in clues.places else word] += n
    return [w for w, _ in sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))][:8]


def extract(text: str, words: list[tuple[str, str]], authors: list[str], clues: Clues, tokenize) -> Entities:
    tokens = positioned(words)
    people, staff = read_people(text, tokens, authors, clues)
    orgs, aliases = read_orgs(text, tokens, people + list(authors) + staff, list(clues.org_words), list(clues.company_words),
                     clues.titles, tokenize, list(clues.brand_words), clues.predicates,
                              clues.generic_orgs)
    return Entities(people=people[:12], staff=staff, orgs=orgs[:12], places=read_places(words, clues), org_aliases=aliases)
