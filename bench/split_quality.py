"""Splitting quality on synthesized newspaper pages (issue 11's benchmark).

    python bench/split_quality.py                 # development set: 500 pages, fixed seed
    python bench/split_quality.py --set holdout   # the set looked at rarely
    python bench/split_quality.py --set authored  # 500 pages of other text: articles written for the benchmark
    python bench/split_quality.py -v              # also list every miss
    python bench/split_quality.py --write DIR     # write the pages and gold files (for the shared scorer)
    python bench/split_quality.py --scaling       # splitting time for 2,000 to 16,000 short lines, no blank lines

Prints recall, precision, title_exact, authors, whole paragraphs, fragment
headings, crossheads and photo briefs found, and the splitting time.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generator.model import SourceDoc  # noqa: E402
from generator.split import split_document  # noqa: E402
from synth.layout import make_pages  # noqa: E402
from synth.score import Score, score_page  # noqa: E402

SETS = {"dev": (20240305, 500), "holdout": (77770001, 500), "authored": (31415926, 500)}
POOL = ROOT / "bench" / "synth" / "articles.json"
# Articles of other subjects and papers' habits (local news, courts, weather,
# sport, health, culture, opinion), written for the benchmark, never seen by
# the splitter's tuning: how it does on text that is not the seeds'.
AUTHORED = ROOT / "bench" / "synth" / "authored.json"


def load_pool(which: str = "dev") -> list[dict]:
    return json.loads((AUTHORED if which == "authored" else POOL).read_text(encoding="utf-8"))


def page_name(k: int) -> str:
    return f"page{k:04d}.txt"


def write_set(pages, folder: Path) -> None:
    """Pages as seed files plus gold files in the shared annotation format."""
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    for k, page in enumerate(pages):
        name = page_name(k)
        (folder / "seeds" / name).write_text(page.text, encoding="utf-8")
        gold = {"seed": name, "articles": [t.as_gold() for t in page.truth]}
        (folder / "gold" / f"{k:04d}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")


def run(which: str, count: int | None = None, verbose: bool = False) -> tuple[dict, float]:
    seed, default_count = SETS[which]
    pages = make_pages(load_pool(which), seed, count or default_count)
    total = Score()
    elapsed = 0.0
    for k, page in enumerate(pages):
        start = time.perf_counter()
        records = split_document(SourceDoc(page_name(k), page.text, "utf-8"))
        elapsed += time.perf_counter() - start
        total.add(score_page(page_name(k), page.truth, records))
    if verbose:
        print("\n".join(total.misses))
    return total.figures(), elapsed


def scaling() -> list[tuple[int, float]]:
    """Seconds to split files of 2,000 to 16,000 short lines printed without
    blank lines (a narrow column of the seeds' text, repeated): time must
    grow in proportion to the lines."""
    seed = sorted((ROOT / "seeds").iterdir())[0].read_text(encoding="utf-8")
    lines = [line for line in seed.split("\n") if line.strip()]
    split_document(SourceDoc("warm-up.txt", seed, "utf-8"))  # jieba's dictionary loads once, before timing
    out = []
    for n in (2000, 4000, 8000, 16000):
        text = "\n".join((lines * (n // len(lines) + 1))[:n])
        start = time.perf_counter()
        split_document(SourceDoc(f"lines{n}.txt", text, "utf-8"))
        out.append((n, round(time.perf_counter() - start, 3)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), default="dev")
    ap.add_argument("--pages", type=int, help="only the first N pages of the set")
    ap.add_argument("--write", type=Path, metavar="DIR", help="write the set's pages and gold files to DIR and stop")
    ap.add_argument("--scaling", action="store_true", help="time splitting 2,000 to 16,000 lines and stop")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.scaling:
        for n, seconds in scaling():
            print(f"{n} lines: {seconds} s")
        return 0
    if args.write:
        seed, count = SETS[args.set]
        write_set(make_pages(load_pool(args.set), seed, args.pages or count), args.write)
        print(f"wrote {args.pages or count} pages to {args.write}")
        return 0
    figures, elapsed = run(args.set, args.pages, args.verbose)
    figures["split_seconds"] = round(elapsed, 2)
    if args.json:
        print(json.dumps(figures))
    else:
        print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
