"""Split stage: cleaned lines of one file -> records (articles, briefs, other).

lines.py gives each line its role by its own shape; units.py groups text
lines into paragraphs and display lines by the column geometry; page.py
makes page elements (headline groups, running text, captions, other
matter); articles.py decides crossheads and which text each headline
heads; titles.py reads a headline group. Every step is linear in the lines.
"""
from __future__ import annotations

import hashlib

from ..clean import clean_lines
from ..model import Record, SourceDoc
from .articles import records_of
from .columns import side_by_side
from .script import restore_printed, simplified_view
from .lines import flowing, page_label, rows_of, split_merged
from .page import page_items
from .spacing import double_spaced, number_as_printed, single_spaced
from .units import units_of


def record_id(seed: str, record: Record) -> str:
    """Stable, URL-safe id: the seed's stem plus a hash of where and what the record is."""
    stem = seed.rsplit(".", 1)[0]
    prefix = "".join(ch for ch in stem.split("_")[0] if ch.isalnum())[:12] or "doc"
    digest = hashlib.sha1(f"{seed}|{record.kind}|{record.title}|{record.text[:200]}".encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{digest}"


def _mark_pages(records: list[Record]) -> None:
    """Each record is on the page its nearest page header names (a page's
    first records, before any header, on the page the next footer names)."""
    labels = [(r.lines[0], label) for r in records if r.what == "页眉页脚"
              for label in [page_label(p.text) for p in r.paragraphs] if label]
    if not labels:
        return
    for record in records:
        before = [label for line, label in labels if line <= record.lines[0]]
        record.page = before[-1] if before else labels[0][1]


def split_document(doc: SourceDoc) -> list[Record]:
    view = simplified_view(doc)  # a page in traditional characters is read as simplified
    records = _records_of(view or doc)
    if view is not None:
        restore_printed(records, doc, view)
    seen: set[str] = set()
    for record in records:
        rid = record_id(doc.name, record)
        while rid in seen:  # identical records in one file stay distinct and stable
            rid = rid + "x"
        seen.add(rid)
        record.id = rid
    return records


def _records_of(doc: SourceDoc) -> list[Record]:
    lines = doc.lines
    numbers = None
    if double_spaced(lines):
        lines, numbers = single_spaced(lines)
    unfolded = side_by_side(lines)
    if unfolded is not None:
        lines, read = unfolded
        numbers = [numbers[n - 1] for n in read] if numbers is not None else read
    rows = rows_of(split_merged(clean_lines(lines)))
    records = records_of(doc.name, page_items(rows, units_of), flowing=flowing(rows))
    if numbers is not None:
        number_as_printed(records, numbers)
    _mark_pages(records)
    return records
