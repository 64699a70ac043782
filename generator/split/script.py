"""Pages printed in traditional characters, read through a simplified view.

The splitter's knowledge of print is written in simplified characters: the
bylines' words (记者, 报道, 本报讯), datelines (…电), credits (摄, 图),
furniture (责任编辑). A Hong Kong, Macau or Taiwan page prints the same
things in traditional characters (記者, 報導, 本報訊, 電, 攝, 圖, 責任編輯).
Such a page is split as its simplified view, made one character for one
(traditional.json, from OpenCC's table), so every line keeps its length and
every character its place; the records are then given back their printed
characters: each character of a record's strings as the page printed it in
that record's lines (a page may set a simplified reprint among traditional
articles), or else in the page at large.
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path

from ..model import Record, SourceDoc
from ..regex_cache import compile as rx

TABLE_FILE = Path(__file__).with_name("traditional.json")
# A page counts as traditional when this share of its characters reads
# otherwise in simplified: in running traditional text about a third does;
# a simplified page has only the odd 著 or 於, well under a hundredth.
TRADITIONAL_SHARE = 0.04
# Characters only traditional print uses, and uses all the time: a page
# without any is simplified, and costs no more than these counts
TELLTALE = "們個這來說會時對國經發過為與問題還實關點學樣從現機種業產區報記將並"
MIN_TELLTALES = 5  # a simplified page quoting a line from Taipei has fewer; a short traditional digest, more


@functools.lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    data = json.loads(TABLE_FILE.read_text(encoding="utf-8"))
    return {ord(trad): simplified for trad, simplified in data["characters"].items()}


@functools.lru_cache(maxsize=1)
def _traditional_forms() -> re.Pattern:
    return rx("[" + "".join(sorted(chr(k) for k in _table())) + "]")


def simplified_view(doc: SourceDoc) -> SourceDoc | None:
    """The document as a simplified page, when it is printed in traditional
    characters; None when it is not (it is split as it is)."""
    text = doc.text
    if sum(map(text.count, TELLTALE)) < MIN_TELLTALES:
        return None
    changed = len(_traditional_forms().findall(text))
    if changed < TRADITIONAL_SHARE * len(text):
        return None
    return SourceDoc(doc.name, text.translate(_table()), doc.encoding)


def _printed_forms(printed: str, view: str) -> dict[str, str]:
    """For each character of the view that the table gives for some traditional
    one, the form the page printed most often in its place ("报" -> "報")."""
    targets = _targets()
    seen: dict[str, Counter] = {}
    for ch, sch in zip(printed, view):
        if sch in targets:
            seen.setdefault(sch, Counter())[ch] += 1
    return {sch: forms.most_common(1)[0][0] for sch, forms in seen.items()}


@functools.lru_cache(maxsize=1)
def _targets() -> frozenset[str]:
    return frozenset(_table().values())


def restore_printed(records: list[Record], doc: SourceDoc, view: SourceDoc) -> None:
    """Give each record's strings back the characters the page printed: a
    character the table could have made is looked up in the record's own
    lines, at its next place in the view, and read off the page there (a
    page may set a simplified reprint among traditional articles: "发" may be
    printed so or as "發"); one found nowhere in them is given the form the
    page printed most often."""
    page_forms = _printed_forms(doc.text, view.text)
    starts = [0]
    for line in doc.lines:
        starts.append(starts[-1] + len(line) + 1)
    for record in records:
        first, last = record.lines
        region = slice(starts[first - 1], starts[last])
        _restore(record, _Reader(doc.text[region], view.text[region], page_forms))


class _Reader:
    """Reads strings of the view back as the page printed them, in order."""

    def __init__(self, printed: str, view: str, page_forms: dict[str, str]):
        self.printed, self.view, self.page_forms = printed, view, page_forms
        self.at = 0

    def back(self, text: str | None, in_order: bool = False) -> str | None:
        """`text` as printed; `in_order`: it follows the last string read
        (paragraphs), else it may be anywhere in the lines (a title after its text)."""
        if not text:
            return text
        targets, view, printed = _targets(), self.view, self.printed
        at = self.at if in_order else 0
        out = []
        for ch in text:
            if ch in targets:
                j = view.find(ch, at)
                if j < 0 and at:
                    j = view.find(ch)
                if j >= 0:
                    out.append(printed[j])
                    at = j + 1
                    continue
                ch = self.page_forms.get(ch, ch)
            out.append(ch)
        if in_order:
            self.at = at
        return "".join(out)


def _restore(record: Record, reader: _Reader) -> None:
    back = reader.back
    record.title = back(record.title)
    record.subtitle = back(record.subtitle)
    record.byline = back(record.byline)
    record.section = back(record.section)
    record.kicker = back(record.kicker)
    record.page = back(record.page)
    record.authors = [back(a) for a in record.authors]
    for paragraph in record.paragraphs:
        paragraph.text = back(paragraph.text, in_order=True)
