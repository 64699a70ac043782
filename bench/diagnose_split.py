"""Why the splitter misses the articles it misses on synthesized pages.

    python bench/diagnose_split.py                # development set, counts by cause
    python bench/diagnose_split.py --show CAUSE   # also the pages and lines of one cause
    python bench/diagnose_split.py --set holdout

The synthesizer knows what every printed line is (headline, kicker, byline,
body, caption…) and which article it belongs to, so each miss is put down to
where its headline and its body went: the headline read as text, as a
crosshead, joined to a kicker; the body cut at a caption, joined to the next
article, and so on. A development tool: it reads the pages, scores nothing
new and writes nothing.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generator.model import SourceDoc  # noqa: E402
from generator.split import split_document  # noqa: E402
from split_quality import SETS, load_pool  # noqa: E402
from synth.layout import make_pages  # noqa: E402
from synth.score import ARTICLE_KINDS, squeeze, title_match  # noqa: E402

BODY = {"body", "body-start"}


def _owner_of_line(line: str, records: list) -> list[int]:
    """Records whose text holds this printed line (as text or heading)."""
    key = squeeze(line)
    if len(key) < 4:
        return []
    return [i for i, r in enumerate(records) if key in squeeze(r.text) or key in squeeze(r.title)]


def diagnose_page(args: tuple[int, object]) -> list[tuple[str, str]]:
    k, page = args
    name = f"page{k:04d}.txt"
    records = split_document(SourceDoc(name, page.text, "utf-8"))
    lines = page.text.split("\n")
    arts = [r for r in records if r.kind in ARTICLE_KINDS | {"brief"}]
    out: list[tuple[str, str]] = []
    used: set[int] = set()
    by_truth: dict[int, list[int]] = defaultdict(list)
    for no, (owner, role) in enumerate(page.labels):
        by_truth[owner].append(no)
    for t_index, truth in enumerate(page.truth):
        if truth.kind == "brief":
            continue
        first, last = squeeze(truth.first), squeeze(truth.last)
        cands = [i for i, r in enumerate(arts) if title_match(truth.title, r.title)]
        best = next((i for i in cands if i not in used and first in squeeze(arts[i].text)
                     and last in squeeze(arts[i].text)), None)
        if best is not None:
            used.add(best)
            continue
        mine = by_truth[t_index]
        head = [no for no in mine if page.labels[no][1] == "headline"]
        body = [no for no in mine if page.labels[no][1] in BODY]
        where = f"{name}:{head[0] + 1 if head else mine[0] + 1}"
        out.append((_cause(truth, cands, arts, records, lines, head, body, page, t_index), where))
    return out


def _cause(truth, cands, arts, records, lines, head, body, page, t_index) -> str:
    if not cands:
        return "title/" + _where_headline_went(truth, records, lines, head)
    # the title was found: where did the body go?
    rec = arts[cands[0]]
    text = squeeze(rec.text)
    holders = Counter()
    for no in body:
        for i in _owner_of_line(lines[no], records):
            holders[i] += 1
    mine = sum(1 for no in body if squeeze(lines[no]) and squeeze(lines[no]) in text)
    if mine < 0.5 * len(body):
        return "body/mostly elsewhere"
    others = {owner for (owner, role), line in zip(page.labels, lines)
              if role in BODY and owner not in (t_index, -1) and len(squeeze(line)) >= 6 and squeeze(line) in text}
    if others:
        kinds = "interleaved" if truth.interleaved else "joined"
        return f"body/{kinds} with another article"
    first, last = squeeze(truth.first), squeeze(truth.last)
    if first not in text:
        return "body/opening cut off" + (" (interleaved)" if truth.interleaved else "")
    if last not in text:
        return "body/end cut off" + (" (interleaved)" if truth.interleaved else "")
    return "body/other"


def _where_headline_went(truth, records, lines, head) -> str:
    if not head:
        return "no headline lines"
    key = squeeze(lines[head[0]]).replace("\u3000", "")
    key = "".join(key.split())
    for r in records:
        if key and key in squeeze(r.title):
            return "joined with kicker or another line" if len(squeeze(r.title)) > len(squeeze(truth.title)) \
                else "only part of it taken"
        if key and key in squeeze(r.kicker or "") + squeeze(r.subtitle or ""):
            return "part read as kicker or subtitle"
    for r in records:
        for p in r.paragraphs:
            if key and key in squeeze(p.text):
                if r.kind == "other":
                    return "read as other matter"
                return "read as crosshead" if p.heading else "read as text"
    return "lost"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), default="dev")
    ap.add_argument("--pages", type=int)
    ap.add_argument("--show", metavar="CAUSE", help="list the pages of causes starting with this")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    seed, count = SETS[args.set]
    pages = make_pages(load_pool(args.set), seed, args.pages or count)
    with ProcessPoolExecutor(args.jobs) as ex:
        found = [item for page in ex.map(diagnose_page, enumerate(pages), chunksize=8) for item in page]
    causes = Counter(cause for cause, _ in found)
    for cause, n in causes.most_common():
        print(f"{n:5d}  {cause}")
    print(f"{len(found):5d}  missed in all")
    if args.show:
        for cause, where in found:
            if cause.startswith(args.show):
                print(where, cause)
    return 0


if __name__ == "__main__":
    sys.exit(main())
