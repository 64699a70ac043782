"""Split stage: cleaned lines of one file -> records (articles, briefs, other)."""
from __future__ import annotations

import hashlib

from ..model import Record, SourceDoc
from .assemble import assemble
from .units import units_of


def record_id(seed: str, record: Record) -> str:
    """Stable, URL-safe id: the seed's stem plus a hash of where and what the record is."""
    stem = seed.rsplit(".", 1)[0]
    prefix = "".join(ch for ch in stem.split("_")[0] if ch.isalnum())[:12] or "doc"
    digest = hashlib.sha1(f"{seed}|{record.kind}|{record.title}|{record.text[:200]}".encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{digest}"


def split_document(doc: SourceDoc) -> list[Record]:
    records = assemble(doc.name, units_of(doc.lines))
    seen: set[str] = set()
    for record in records:
        rid = record_id(doc.name, record)
        while rid in seen:  # identical records in one file stay distinct and stable
            rid = rid + "x"
        seen.add(rid)
        record.id = rid
    return records
