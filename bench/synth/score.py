"""Score the splitter's records against a synthesized page's truth.

Matching follows the shared scorer (`shared/tools/score_segmentation.py`):
an article is found when a record's title matches the printed headline
(similarity >= 0.8, or containment covering >= 60%) and its text holds the
first and last 12 body characters. Beyond that, this scorer knows the
paragraphs and crossheads, so it also counts:

- paragraphs: true body paragraphs found whole inside one record paragraph
  (a caption left inside a sentence, or a sentence cut in two, fails);
- fragment headings: record headings that are not a printed crosshead;
- crossheads: printed crossheads that came out as headings.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .layout import Truth

ARTICLE_KINDS = {"article", "interview", "commentary"}
MARKERS = re.compile(r"^[■▶●◆□◎▲►]+")


def squeeze(text: str | None) -> str:
    return re.sub(r"[\s\u200b\u3000\ufeff]+", "", text or "")


def norm_title(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] in "PSZ"))


def title_match(a: str | None, b: str | None) -> bool:
    a, b = norm_title(a), norm_title(b)
    if not a or not b:
        return False
    if difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.6 * len(long_)


@dataclass
class Score:
    counts: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.counts.update(other.counts)
        self.misses.extend(other.misses)

    def ratio(self, a: str, b: str) -> float:
        return self.counts[a] / self.counts[b] if self.counts[b] else 1.0

    def figures(self) -> dict[str, float]:
        c = self.counts
        return {
            "recall": self.ratio("found", "gold"),
            "precision": self.ratio("true_produced", "produced"),
            "title_exact": self.ratio("exact", "titled"),
            "authors": self.ratio("authors_ok", "found"),
            "paragraphs": self.ratio("para_ok", "paras"),
            "fragment_headings": c["fragment_headings"] / c["headings"] if c["headings"] else 0.0,
            "crossheads": self.ratio("crossheads_found", "crossheads"),
            "briefs": self.ratio("briefs_found", "briefs"),
        }


def score_page(name: str, truth: list[Truth], records: list) -> Score:
    """`records`: the splitter's Record objects for the page."""
    score = Score()
    c = score.counts
    arts = [r for r in records if r.kind in ARTICLE_KINDS | {"brief"}]
    texts = [squeeze(r.text) for r in arts]
    used: set[int] = set()
    matched: set[int] = set()
    for t in truth:
        first, last = squeeze(t.first), squeeze(t.last)
        if t.title:
            cands = [i for i, r in enumerate(arts) if title_match(t.title, r.title)]
        else:
            cands = [i for i in range(len(arts)) if first in texts[i]]
        matched.update(cands)
        if t.kind == "brief":
            c["briefs"] += 1
            c["briefs_found"] += any(first in texts[i] and last in texts[i] for i in cands)
            continue
        c["gold"] += 1
        best = next((i for i in cands if i not in used and first in texts[i] and last in texts[i]), None)
        if best is None:
            why = "no title match" if not cands else "title ok, body first/last not both in one record"
            score.misses.append(f"MISS {name} {t.title!r}: {why}")
            continue
        used.add(best)
        c["found"] += 1
        rec = arts[best]
        if t.title:
            c["titled"] += 1
            if norm_title(rec.title) == norm_title(t.title):
                c["exact"] += 1
            else:
                score.misses.append(f"TITLE {name} gold={t.title!r} got={rec.title!r}")
        if {squeeze(a) for a in t.authors} <= {squeeze(a) for a in rec.authors}:
            c["authors_ok"] += 1
        else:
            score.misses.append(f"AUTHORS {name} {t.title!r} gold={t.authors} got={rec.authors}")
        _score_paragraphs(name, t, rec, score)
    real = [i for i, r in enumerate(arts) if r.kind in ARTICLE_KINDS]
    false = [i for i in real if i not in matched]
    c["produced"] += len(real)
    c["true_produced"] += len(real) - len(false)
    for i in false:
        score.misses.append(f"EXTRA {name} {arts[i].title!r} ({len(texts[i])} chars)")
    crossheads = {MARKERS.sub("", h) for t in truth for h in t.crossheads}
    for rec in records:
        if rec.kind not in ARTICLE_KINDS:
            continue
        for p in rec.paragraphs:
            if p.heading:
                c["headings"] += 1
                if MARKERS.sub("", squeeze(p.text)) not in crossheads:
                    c["fragment_headings"] += 1
                    score.misses.append(f"FRAGMENT {name} {p.text!r}")
    return score


def _score_paragraphs(name: str, truth: Truth, rec, score: Score) -> None:
    c = score.counts
    paras = [squeeze(p.text) for p in rec.paragraphs]
    heads = {MARKERS.sub("", squeeze(p.text)) for p in rec.paragraphs if p.heading}
    for text in truth.paragraphs:
        c["paras"] += 1
        if any(text in p for p in paras):
            c["para_ok"] += 1
        else:
            score.misses.append(f"PARA {name} {truth.title!r}: {text[:30]!r}")
    for head in truth.crossheads:
        c["crossheads"] += 1
        c["crossheads_found"] += MARKERS.sub("", head) in heads
