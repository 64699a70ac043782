"""Rebuild generator/split/traditional.json, the traditional -> simplified
character table the splitter reads traditional-character pages through.

The table is OpenCC's TSCharacters dictionary (Apache License 2.0), one
character to one: where OpenCC offers several simplified forms, the first.
It is data, made once and kept in the repository; run this only to refresh
it from a copy of that dictionary (OpenCC's own repository, or the
opencc-python-reimplemented package, opencc/dictionary/TSCharacters.txt):

    python bench/make_traditional_table.py path/to/TSCharacters.txt
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "generator" / "split" / "traditional.json"


def table(dictionary: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        trad, simplified = line.split("\t", 1)
        first = simplified.split()[0]
        if len(trad) == 1 and len(first) == 1 and first != trad:
            out[trad] = first
    return dict(sorted(out.items()))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    data = {"source": "OpenCC TSCharacters.txt (Apache License 2.0), the first simplified form of each character",
            "characters": table(Path(argv[0]))}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['characters'])} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
