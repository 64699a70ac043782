"""Regenerate seeds/rNN.txt and gold/rNN.json from the page data (deterministic).

    cd /work/main/bench/handmade7 && python make_pages.py
"""
from __future__ import annotations

import json
import pathlib
import sys

sys.dont_write_bytecode = True  # keep the folder free of __pycache__

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import importlib  # noqa: E402

PAGES = []
for _mod in ("pages_a", "pages_b", "pages_c"):
    try:
        PAGES += importlib.import_module(_mod).PAGES
    except ModuleNotFoundError as exc:
        if exc.name != _mod:
            raise


def main() -> int:
    seeds, gold = HERE / "seeds", HERE / "gold"
    seeds.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    total = 0
    for make in PAGES:
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


if __name__ == "__main__":
    sys.exit(main())
