"""Re-check every gold file against its seed: line numbers, title, first/last."""
import json, pathlib, re, sys
HERE = pathlib.Path(__file__).resolve().parent
sq = lambda t: re.sub(r"[\s\u3000]+", "", t or "")
bad = 0
for g in sorted((HERE / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    lines = (HERE / "seeds" / d["seed"]).read_text(encoding="utf-8").split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    assert d["range"] == [1, len(lines)], (g.name, d["range"], len(lines))
    for a in d["articles"]:
        span = sq("".join(lines[a["body_start"] - 1:a["body_end"]]))
        nb = [i for i in range(a["body_start"] - 1, a["body_end"]) if lines[i].strip()]
        head = sq("".join(lines[i] for i in nb[:5]))
        tail = sq("".join(lines[i] for i in nb[-5:]))
        ok0 = lines[a["body_start"] - 1].strip() and lines[a["body_end"] - 1].strip()
        ok = a["first"] in head and a["last"] in tail and a["first"] in span and a["last"] in span
        ok = ok and ok0 and len(a["first"]) == 12 and len(a["last"]) == 12
        if a["title"]:
            tl = sq(lines[a["title_line"] - 1] + lines[a["title_line"]])
            ok = ok and (sq(a["title"])[:6] in tl)
        print(("ok  " if ok else "BAD ") + g.name, a["title"], a["title_line"], a["body_start"], a["body_end"], a["first"], a["last"])
        bad += not ok
sys.exit(1 if bad else 0)
