"""The hand-made development sets re-laid out, scored with the shared scorer.

    python bench/relayout_hand.py              # each dev set as printed, without blank lines, without indents
    python bench/relayout_hand.py -v           # also list every miss

PDF extraction of another paper may keep no blank line, or no paragraph
indent, where the page was written with them. The same pages with those
removed ask whether a rule leaned on a blank line or an indent that other
print does not give. The gold still holds: the scorer matches articles by
their titles and first and last words, not by line numbers.

Only the development sets are re-laid out; the held-out sets (handmade5,
handmade9, handmade17) stay unread.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score_segmentation.py"
DEV_SETS = ("handmade", "handmade2", "handmade3", "handmade4", "handmade6", "handmade7", "handmade8", "handmade10", "handmade11", "handmade12", "handmade13",
            "handmade14", "handmade15", "handmade16", "handmade18", "handmade19", "handmade20", "handmade21", "handmade22")


def as_printed(text: str) -> str:
    return text


def without_blank_lines(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if line.strip())


def without_indents(text: str) -> str:
    return "".join(re.sub(r"^[ \u3000\t]+", "", line) for line in text.splitlines(keepends=True))


LAYOUTS = {"printed": as_printed, "noblank": without_blank_lines, "noindent": without_indents}


def score(name: str, layout: str, work: Path, verbose: bool) -> str:
    seeds = work / layout / name
    seeds.mkdir(parents=True)
    for page in sorted((ROOT / "bench" / name / "seeds").glob("*.txt")):
        (seeds / page.name).write_text(LAYOUTS[layout](page.read_text(encoding="utf-8")), encoding="utf-8")
    catalog = work / f"{layout}-{name}.jsonl"
    with catalog.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "generator", "export", "--no-cache", "--format", "jsonl", "--seeds", str(seeds)],
                       cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL, check=True)
    args = [sys.executable, str(SCORER), str(ROOT / "bench" / name / "gold"), str(catalog), "--seeds", str(seeds)]
    result = subprocess.run(args + (["-v"] if verbose else []), capture_output=True, text=True, check=True).stdout
    lines = result.strip().splitlines()
    misses = [line for line in lines if line.startswith("  ")] if verbose else []
    return "\n".join([lines[-1]] + misses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for layout in LAYOUTS:
            for name in DEV_SETS:
                print(f"{layout:9} {name:11} {score(name, layout, Path(tmp), args.verbose)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
