"""Score the seed export against blind hand annotations of seeds 001, 002 and 004.

    python -m generator export --no-cache --format jsonl > /tmp/seeds.jsonl
    python bench/seedparts/score.py /tmp/seeds.jsonl [-v]

Each gold file covers one stretch of one seed (its `range`); the records
scored against it are those of that seed starting inside the range, so a
stretch's precision counts only what the splitter made there. Each stretch
is scored by the shared scorer (/work/shared/tools/score_segmentation.py, or
$SCORER), then the counts are summed.
"""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCORER = pathlib.Path(os.environ.get("SCORER", ROOT.parent / "shared" / "tools" / "score_segmentation.py"))


def score_stretch(gold_path: pathlib.Path, records: list[dict], verbose: bool) -> tuple[str, dict[str, int]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    first, last = gold["range"]
    mine = [r for r in records if r["seed"] == gold["seed"] and first <= r["lines"][0] <= last]
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        (work / "gold").mkdir()
        (work / "gold" / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        (work / "catalog.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in mine),
                                            encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORER), str(work / "gold"), str(work / "catalog.jsonl"),
                              "--seeds", str(ROOT / "seeds")] + (["-v"] if verbose else []),
                             capture_output=True, text=True, check=True).stdout
    lines = out.strip().splitlines()
    counts: dict[str, int] = {}
    for line in lines:
        if ": gold=" in line:
            counts = {k: int(v) for k, v in (x.split("=") for x in line.split(": ", 1)[1].split() if "=" in x)
                      if v.isdigit()}
    if verbose:
        for line in lines:
            if line.lstrip().startswith(("MISS", "TITLE", "AUTHORS", "EXTRA")):
                print("   ", line.strip())
    return f"{gold_path.stem}: {lines[-1]}", counts


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    if len(args) != 1:
        print(__doc__)
        return 2
    records = [json.loads(line) for line in pathlib.Path(args[0]).read_text(encoding="utf-8").splitlines() if line]
    total = {"gold": 0, "found": 0, "produced": 0, "true_produced": 0, "authors": 0}
    for path in sorted((HERE / "gold").glob("*.json")):
        line, counts = score_stretch(path, records, "-v" in argv)
        print(line)
        for key in total:
            total[key] += counts.get(key, 0)
    print("all: recall=%.3f precision=%.3f authors=%.3f (%d of %d articles, %d of %d records)" % (
        total["found"] / max(1, total["gold"]), total["true_produced"] / max(1, total["produced"]),
        total["authors"] / max(1, total["found"]),
        total["found"], total["gold"], total["true_produced"], total["produced"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
