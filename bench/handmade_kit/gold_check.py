"""Check every gold file of a hand-made set against its seed; exit 1 on any problem.

    cd /work/main/bench/handmade5 && python check_gold.py   (each set's check_gold.py calls main here)

Reads only gold/*.json and seeds/*.txt (not the layout code), and checks:
  * the file shape is that of /work/shared/gold (same keys, kinds, types);
  * `range` is [1, number of lines of the seed];
  * the title, spaces and punctuation dropped, starts at `title_line`
    (following non-blank lines joined, for headlines printed on two lines);
  * `first` is found at the start of the body (after at most a run-in dateline
    or bracketed headline) and `last` at its end (before at most a short
    run-in credit), both inside body_start..body_end (or inside the pieces
    listed in notes as "pieces: a-b, c-d." for bodies printed in pieces);
  * each author is printed on the page, and in the byline when there is one;
  * no two article bodies (pieces) overlap, no headline sits inside another
    article's body, no non-article range overlaps a body.
"""
from __future__ import annotations

import json
import pathlib
import re
import sys
import unicodedata

SPACE = re.compile(r"[\s\u200b\u3000\ufeff]+")
KINDS = {"article", "interview", "commentary", "brief"}
ART_KEYS = ["title", "subtitle", "byline", "authors", "section", "title_line", "body_start",
            "body_end", "first", "last", "kind", "notes"]
PIECES = re.compile(r"pieces: ((?:\d+-\d+(?:, )?)+)")
MAX_LEAD = 30   # characters a run-in dateline / 【headline】 may take before `first`
MAX_TAIL = 12   # characters a run-in credit may take after `last`


def squeeze(text: str) -> str:
    return SPACE.sub("", text or "")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] in "PSZ"))


def seed_lines(text: str) -> list[str]:
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return lines


def pieces_of(art: dict) -> list[tuple[int, int]]:
    m = PIECES.search(art.get("notes") or "")
    if not m:
        return [(art["body_start"], art["body_end"])]
    return [tuple(int(x) for x in part.split("-")) for part in m.group(1).split(", ")]


def check_file(path: pathlib.Path) -> tuple[list[str], int]:
    errs: list[str] = []
    data = json.loads(path.read_text(encoding="utf-8"))
    if sorted(data) != ["articles", "non_articles", "range", "seed"]:
        errs.append(f"top-level keys {sorted(data)}")
    seed = path.parent.parent / "seeds" / data["seed"]  # the set: gold/ and seeds/ side by side
    if not seed.exists():
        return [f"seed {seed} missing"], 0
    text = seed.read_text(encoding="utf-8")
    lines = seed_lines(text)
    n = len(lines)
    page = squeeze(text)
    if data["range"] != [1, n]:
        errs.append(f"range {data['range']} != [1, {n}]")

    arts = data["articles"]
    spans: list[tuple[int, int, str]] = []
    for a in arts:
        tag = f"{a.get('title') or a.get('first')!r}"
        if list(a) != ART_KEYS:
            errs.append(f"{tag}: keys {list(a)}")
            continue
        if a["kind"] not in KINDS:
            errs.append(f"{tag}: kind {a['kind']!r}")
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x for x in a["authors"]):
            errs.append(f"{tag}: authors must be a list of names")
        bs, be = a["body_start"], a["body_end"]
        if not (isinstance(bs, int) and isinstance(be, int) and 1 <= bs <= be <= n):
            errs.append(f"{tag}: body range {bs}-{be} outside 1-{n}")
            continue
        ps = pieces_of(a)
        if ps[0][0] != bs or ps[-1][1] != be or any(s > e for s, e in ps) or \
                any(ps[i][1] >= ps[i + 1][0] for i in range(len(ps) - 1)):
            errs.append(f"{tag}: pieces {ps} do not run from body_start to body_end in order")
        for s, e in ps:
            if not lines[s - 1].strip() or not lines[e - 1].strip():
                errs.append(f"{tag}: piece {s}-{e} starts or ends on a blank line")
            spans.append((s, e, tag))
        body = squeeze("".join(lines[k - 1] for s, e in ps for k in range(s, e + 1)))

        first, last = a["first"], a["last"]
        want = min(12, len(body))
        if squeeze(first) != first or len(first) != want:
            errs.append(f"{tag}: first {first!r} is not {want} non-space characters")
        if squeeze(last) != last or len(last) != want:
            errs.append(f"{tag}: last {last!r} is not {want} non-space characters")
        i = body.find(first)
        if i < 0 or i > MAX_LEAD:
            errs.append(f"{tag}: first {first!r} not at the start of lines {ps} (index {i})")
        j = body.rfind(last)
        if j < 0 or len(body) - (j + len(last)) > MAX_TAIL:
            errs.append(f"{tag}: last {last!r} not at the end of lines {ps}")
        if i >= 0 and j >= 0 and j + len(last) <= i:
            errs.append(f"{tag}: last comes before first")

        for name in a["authors"]:
            if squeeze(name) not in page:
                errs.append(f"{tag}: author {name!r} not printed on the page")
            if a["byline"] and squeeze(name) not in squeeze(a["byline"]):
                errs.append(f"{tag}: author {name!r} not in byline {a['byline']!r}")
        if a["byline"] and squeeze(a["byline"]) not in page:
            errs.append(f"{tag}: byline {a['byline']!r} not printed on the page")
        if a["subtitle"] and squeeze(a["subtitle"]) not in page:
            errs.append(f"{tag}: subtitle {a['subtitle']!r} not printed on the page")

        t, tl = a["title"], a["title_line"]
        if t is None:
            if tl is not None:
                errs.append(f"{tag}: title_line {tl} without a title")
        else:
            if re.search(r"\s", t):
                errs.append(f"{tag}: title contains whitespace")
            if not (isinstance(tl, int) and 1 <= tl <= n) or not lines[tl - 1].strip():
                errs.append(f"{tag}: title_line {tl} is not a printed line")
            else:
                nxt = [ln for ln in lines[tl - 1:tl + 8] if ln.strip()][:4]
                if not norm("".join(nxt)).startswith(norm(t)):
                    errs.append(f"{tag}: title {t!r} does not start at line {tl}: {lines[tl - 1]!r}")
    # overlaps between article bodies, headlines in other bodies, non-articles
    spans.sort()
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 <= e1:
            errs.append(f"bodies overlap: {t1} {s1}-{e1} and {t2} {s2}-{e2}")
    for a in arts:
        tl = a.get("title_line")
        if tl is None:
            continue
        for s, e, t in spans:
            if s <= tl <= e and t != f"{a.get('title') or a.get('first')!r}":
                errs.append(f"headline of {a['title']!r} (line {tl}) inside the body of {t}")
    for na in data["non_articles"]:
        if sorted(na) != ["end", "start", "what"] or not 1 <= na["start"] <= na["end"] <= n:
            errs.append(f"bad non_article {na}")
            continue
        for s, e, t in spans:
            if na["start"] <= e and s <= na["end"]:
                errs.append(f"non-article {na['what']!r} {na['start']}-{na['end']} overlaps {t} {s}-{e}")
    return errs, len(arts)


def main(folder: pathlib.Path) -> int:
    files = sorted((folder / "gold").glob("*.json"))
    if not files:
        print("no gold files")
        return 1
    bad = 0
    total = 0
    for f in files:
        errs, count = check_file(f)
        total += count
        print(f"{f.name}: {count} entries, " + ("ok" if not errs else f"{len(errs)} problem(s)"))
        for e in errs:
            print("   ", e)
        bad += len(errs)
    print(f"{len(files)} files, {total} entries, {bad} problem(s)")
    return 1 if bad else 0
