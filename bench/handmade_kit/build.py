"""Regenerate a hand-made set's seeds/*.txt and gold/*.json from its page data
(pages_a.py, pages_b.py, pages_c.py in the set's folder), deterministically.

    cd /work/main/bench/handmade5 && python make_pages.py   (each set's make_pages.py calls main here)
"""
from __future__ import annotations

import importlib
import json
import pathlib
import sys


def pages_of(folder: pathlib.Path) -> list:
    """The page makers of the set: its pages_a, pages_b and pages_c modules."""
    sys.path.insert(0, str(folder))
    pages = []
    for name in ("pages_a", "pages_b", "pages_c"):
        try:
            pages += importlib.import_module(name).PAGES
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return pages


def main(folder: pathlib.Path) -> int:
    seeds, gold = folder / "seeds", folder / "gold"
    seeds.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    total = 0
    for make in pages_of(folder):
        page = make()
        (seeds / page.name).write_text(page.text(), encoding="utf-8")
        g = page.gold()
        stem = page.name.rsplit(".", 1)[0]
        (gold / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        kinds = [a["kind"] for a in g["articles"]]
        n_art = sum(k != "brief" for k in kinds)
        total += n_art
        print(f"{page.name}: {g['range'][1]} lines, {n_art} articles"
              + (f" + {len(kinds) - n_art} brief" if len(kinds) > n_art else "")
              + f"  [{page.style}; cols {page.cols:g}, indent {page.indent!r}, blanks {page.blanks}]")
    print(f"total articles: {total}")
    return 0
