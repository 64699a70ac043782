"""Build a catalog (the jsonl the scorer reads) straight from a hand-made set's gold,
to prove the scorer accepts the gold: scored against itself it must give 1.0
everywhere.

    cd /work/main/bench/handmade5 && python gold_catalog.py > /tmp/handmade5_gold_catalog.jsonl   (each set's own)
    python /work/shared/tools/score_segmentation.py gold /tmp/handmade5_gold_catalog.jsonl --seeds seeds -v

One record per gold entry (its body lines as text, its title, authors, kind),
plus one `other` record per seed holding every line outside the bodies, so
that the conservation figure is 1.0 as well.
"""
from __future__ import annotations

import json
import pathlib
import sys

from gold_check import pieces_of, seed_lines


def main(folder: pathlib.Path) -> int:
    for path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        lines = seed_lines((folder / "seeds" / gold["seed"]).read_text(encoding="utf-8"))
        in_body: set[int] = set()
        for i, a in enumerate(gold["articles"], 1):
            ps = pieces_of(a)
            nums = [k for s, e in ps for k in range(s, e + 1)]
            in_body.update(nums)
            rec = {
                "id": f"{path.stem}-{i:02d}", "seed": gold["seed"], "kind": a["kind"],
                "title": a["title"] or a["first"], "title_generated": a["title"] is None,
                "subtitle": a["subtitle"], "byline": a["byline"], "section": a["section"],
                "authors": a["authors"], "lines": [a["body_start"], a["body_end"]],
                "text": "\n".join(lines[k - 1] for k in nums),
                "tags": [], "topics": [], "path": None,
            }
            print(json.dumps(rec, ensure_ascii=False))
        rest = [ln for k, ln in enumerate(lines, 1) if k not in in_body and ln.strip()]
        print(json.dumps({
            "id": f"{path.stem}-other", "seed": gold["seed"], "kind": "other",
            "title": "版面其他内容", "title_generated": True, "subtitle": None, "byline": None,
            "section": None, "authors": [], "lines": [1, len(lines)], "text": "\n".join(rest),
            "tags": [], "topics": [], "path": None,
        }, ensure_ascii=False))
    return 0
