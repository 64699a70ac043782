"""Verify every gold entry against its seed file."""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
SP = re.compile(r"[\s\u200b\u3000\ufeff]+")
KEYS = ["title", "subtitle", "byline", "authors", "section", "title_line", "body_start", "body_end",
        "first", "last", "kind", "notes"]


def sq(s):
    return SP.sub("", s or "")


bad = 0
n_art = n_brief = 0
for g in sorted((HERE / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    seed = HERE / "seeds" / d["seed"]
    lines = seed.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    whole = sq("".join(lines))
    errs = []
    if d["range"] != [1, len(lines)]:
        errs.append(f"range {d['range']} != [1,{len(lines)}]")
    if not 2 <= len([a for a in d["articles"] if a["kind"] != "brief"]) <= 6:
        errs.append("article count out of 2..6")
    bodies = []
    for a in d["articles"]:
        t = a["title"] or "(untitled)"
        if list(a) != KEYS:
            errs.append(f"{t}: keys {list(a)}")
        if a["kind"] not in ("article", "interview", "commentary", "brief"):
            errs.append(f"{t}: kind {a['kind']}")
        n_brief += a["kind"] == "brief"
        n_art += a["kind"] != "brief"
        if a["title"]:
            tl = a["title_line"]
            head = sq(lines[tl - 1])
            nxt = sq("".join(lines[tl - 1: tl + 4]))
            if not head or not a["title"].startswith(head) or a["title"] not in nxt:
                errs.append(f"{t}: title not at line {tl}: {lines[tl-1]!r}")
            if " " in a["title"] or "\u3000" in a["title"]:
                errs.append(f"{t}: spaces in title")
        elif a["title_line"] is not None:
            errs.append(f"{t}: title_line without title")
        bs, be = a["body_start"], a["body_end"]
        body = sq("".join(lines[bs - 1: be]))
        if not lines[bs - 1].strip() or not lines[be - 1].strip():
            errs.append(f"{t}: body range starts/ends on blank line")
        if len(a["first"]) != 12 or len(a["last"]) != 12 or sq(a["first"]) != a["first"]:
            errs.append(f"{t}: first/last length")
        i, j = body.find(a["first"]), body.rfind(a["last"])
        if i < 0 or j < 0:
            errs.append(f"{t}: first/last not in body {bs}-{be}")
        else:
            if i > 30:
                errs.append(f"{t}: first too deep ({i})")
            if len(body) - (j + 12) > 25:
                errs.append(f"{t}: last too early")
            if a["first"] not in sq(lines[bs - 1]) + sq(lines[bs]) + sq(lines[bs + 1] if bs + 1 < len(lines) else ""):
                errs.append(f"{t}: first not starting near body_start")
        if a["byline"] and sq(a["byline"]) not in whole:
            errs.append(f"{t}: byline not printed")
        for au in a["authors"]:
            if au not in sq(a["byline"] or ""):
                errs.append(f"{t}: author {au} not in byline")
        bodies.append((bs, be, t))
    # title lines must not fall inside another article's body; bodies must not overlap
    for a in d["articles"]:
        for bs, be, t in bodies:
            if a["title_line"] and bs <= a["title_line"] <= be:
                errs.append(f"title line of {a['title']} inside body of {t}")
    bodies.sort()
    for (s1, e1, t1), (s2, e2, t2) in zip(bodies, bodies[1:]):
        if s2 <= e1:
            errs.append(f"bodies overlap: {t1} / {t2}")
    for e in errs:
        print(f"{g.name}: {e}")
    bad += len(errs)
    print(f"{g.name}: {len(d['articles'])} entries, {len(lines)} lines, {'OK' if not errs else 'ERRORS'}")
print(f"total: {n_art} articles (+{n_brief} briefs), {bad} errors")
sys.exit(1 if bad else 0)
