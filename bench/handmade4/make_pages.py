"""Regenerate seeds/nNN.txt and gold/nNN.json from the page data (deterministic).

    cd /work/main/bench/handmade4 && python make_pages.py
"""
from __future__ import annotations

import json
import pathlib
import sys

sys.dont_write_bytecode = True  # keep the folder free of __pycache__

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pages_a  # noqa: E402
import pages_b  # noqa: E402
import pages_c  # noqa: E402

PAGES = pages_a.PAGES + pages_b.PAGES + pages_c.PAGES


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
