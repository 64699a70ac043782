"""Print how the splitter reads a file: page elements, then records.

    python bench/show_split.py FILE [--from N --to M]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.clean import clean_lines  # noqa: E402
from generator.read import read_source  # noqa: E402
from generator.split.articles import records_of  # noqa: E402
from generator.split.lines import Row, rows_of, split_merged  # noqa: E402
from generator.split.page import Caption, HeadGroup, Other, Text, page_items  # noqa: E402
from generator.split.units import Unit, units_of  # noqa: E402


def describe(item) -> str:
    if isinstance(item, HeadGroup):
        parts = [f"[{x.kind}] {x.display}" if isinstance(x, Unit) else f"<{x.role}> {x.text}" for x in item.items]
        return f"HEAD {item.first}-{item.last} {'strong' if item.strong else 'weak'}: " + " | ".join(parts)
    if isinstance(item, Text):
        inner = []
        for p in item.parts:
            if isinstance(p, Unit):
                inner.append(f"  {p.kind}{'+' if p.glued else ''} {p.first}-{p.last} ({len(p.text)}) {p.text[:30]}…{p.text[-12:]}")
            elif isinstance(p, Caption):
                inner.append(f"  CAPTION {''.join(u.text for u in p.units)[:40]} / {p.credit.text}")
            else:
                inner.append(f"  <{p.role}> {p.text[:40]}")
        return "TEXT\n" + "\n".join(inner)
    if isinstance(item, Caption):
        return f"CAPTION {''.join(u.text for u in item.units)[:50]} / {item.credit.text}"
    return "OTHER " + " | ".join(f"<{r.role}> {r.text[:30]}" for r in item.rows)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", type=Path)
    ap.add_argument("--records", action="store_true")
    args = ap.parse_args()
    doc = read_source(args.file)
    items = page_items(rows_of(split_merged(clean_lines(doc.lines))), units_of)
    for item in items:
        print(describe(item))
    if args.records:
        print("=" * 60)
        for r in records_of(doc.name, items):
            print(r.kind, r.lines, repr(r.title)[:50], r.kicker, r.subtitle, r.authors, len(r.text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
