"""Verify every gold entry against its seed: line numbers, title, first/last, authors."""
import json, pathlib, re, sys
HERE = pathlib.Path(__file__).resolve().parent
SP = re.compile(r"[\s\u200b\u3000\ufeff]+")
sq = lambda t: SP.sub("", t or "")
bad = n = 0
for gp in sorted((HERE / "gold").glob("*.json")):
    g = json.loads(gp.read_text(encoding="utf-8"))
    lines = (HERE / "seeds" / g["seed"]).read_text(encoding="utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()
    def err(msg):
        global bad
        bad += 1
        print(f"{gp.name}: {msg}")
    if g["range"] != [1, len(lines)]:
        err(f"range {g['range']} vs {len(lines)} lines")
    keys = {"title", "subtitle", "byline", "authors", "section", "title_line", "body_start", "body_end", "first", "last", "kind", "notes"}
    spans = []
    for a in g["articles"]:
        n += 1
        if set(a) != keys:
            err(f"keys {set(a) ^ keys}")
        bs, be = a["body_start"], a["body_end"]
        if not (1 <= bs <= be <= len(lines)) or not lines[bs - 1].strip() or not lines[be - 1].strip():
            err(f"bad body span {bs}-{be}")
            continue
        body = sq("".join(lines[bs - 1:be]))
        i, j = body.find(a["first"]), body.rfind(a["last"])
        if i < 0 or i > max(len(sq(lines[bs - 1])), 30):
            err(f"first {a['first']!r} not at start of line {bs}")
        if j < 0 or len(body) - (j + len(a["last"])) > 25:
            err(f"last {a['last']!r} not at end of {be} (tail {body[j + 12:]!r})")
        if len(a["first"]) != 12 or len(a["last"]) != 12:
            err("first/last not 12 chars")
        if a["title"]:
            tl = a["title_line"]
            nxt = sq("".join(l for l in lines[tl - 1:tl + 4] if l.strip()))
            t = sq(a["title"])
            if not (nxt.startswith(t) or t in nxt[:len(t) + 6]):
                err(f"title {t!r} not at line {tl}: {nxt[:40]!r}")
            if bs <= tl <= be:
                err("title inside body span")
            if a["title"] != t:
                err("title has spaces")
        else:
            if a["title_line"] is not None:
                err("untitled with title_line")
        for au in a["authors"]:
            if au not in sq(a["byline"]):
                err(f"author {au} not in byline {a['byline']!r}")
        if a["kind"] not in ("article", "interview", "commentary", "brief"):
            err("kind")
        spans.append((bs, be, a["title"]))
    spans.sort()
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 <= e1:
            err(f"overlapping bodies {t1} / {t2}")
    if not 2 <= len(g["articles"]) <= 7:
        err(f"{len(g['articles'])} articles")
print(f"checked {n} gold entries, {bad} problems")
sys.exit(1 if bad else 0)
