"""Build the article pool (`articles.json`) that the page synthesizer lays out.

The articles are real ones from the seeds: for seeds 000 and 003 the shared
gold annotations say where each article is; for the other seeds, records the
splitter found were read by hand and the ones listed in `REJECTED` (broken
ends, merged columns, adverts, digests) are left out. Each article keeps its
headline, subtitle, byline, authors and clean paragraphs (crossheads marked).

    python bench/synth/pool.py            # rewrites bench/synth/articles.json

The pool is committed: it was built once with the splitter of the time and
checked by hand; rebuilding it with a different splitter may change it.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from generator.read import read_source  # noqa: E402
from generator.split import split_document  # noqa: E402

OUT = Path(__file__).with_name("articles.json")
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold"
ARTICLE_KINDS = {"article", "interview", "commentary"}
SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)]*$")
# Records read by hand and found broken: a column of another article glued on,
# a body cut short, an advertorial, a digest of other pages (title prefixes).
REJECTED = (
    "极氪与360集团", "央企加速算力中心建设", "打通科创金融风控难点", "信托革新服务模式", "自主研发+产业园招商",
    "探索元宇宙产业园", "城投蓄力数据资源人表", "12年高新技术企业增长", "中国仿制药赶考美国", "百人会论坛研判",
    "高股息板块领涨", "防范利差损风险", "泰信基金换帅", "5G-A将迎商用元年", "促进我国算力优势", "“新质”即创新",
    "西安唱响数智", "中国光伏崛起启示", "走进联合国的低碳润滑油", "游戏出海“马太效应”显现",
)


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


def _gold_keys() -> set[tuple[str, str]]:
    keys = set()
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for art in data["articles"]:
            if art.get("kind") in ARTICLE_KINDS:
                keys.add((data["seed"], squeeze(art["first"])))
    return keys


def _crosshead_ok(paragraphs: list, i: int) -> bool:
    """A heading the old splitter marked is kept only when it reads as one:
    the text before it closed a sentence and it is a short phrase."""
    text = paragraphs[i].text
    before = paragraphs[i - 1].text if i else ""
    return (4 <= len(text) <= 24 and (not before or bool(SENTENCE_END.search(before)))
            and not re.search(r"[。；，,;:：]", text) and text[-1] not in "的是在了和与及将")


PHOTO_CREDIT = re.compile(r"^[\u3400-\u9fffA-Za-z ]{2,10}\s*[/／]\s*[图摄]")


def drop_credits(paras: list[dict]) -> list[dict]:
    """A photo credit whose picture the text lost ("视觉中国/图") is not a
    paragraph; one glued to the crosshead after it ("视觉中国/图机制先行…")
    leaves that crosshead."""
    out: list[dict] = []
    for para in paras:
        credit = PHOTO_CREDIT.match(para["text"])
        if credit is None or para["heading"]:
            out.append(para)
            continue
        rest = para["text"][credit.end():].strip()
        if rest:
            heading = len(rest) <= 24 and not re.search(r"[。；，,;:：]", rest)
            out.append({"text": rest, "heading": heading})
    return out


PARAGRAPH_END = re.compile(r"[。！？!?…”’」』）)：:；;]$")


def join_cut_paragraphs(paras: list[dict]) -> list[dict]:
    """A paragraph that stops in mid-sentence goes on in the next one (the
    seed's own column break): print would not indent there, so neither may
    the synthesized page."""
    out: list[dict] = []
    for para in paras:
        if out and not para["heading"] and not out[-1]["heading"] and not PARAGRAPH_END.search(out[-1]["text"]):
            out[-1] = {"text": out[-1]["text"] + para["text"], "heading": False}
        else:
            out.append(dict(para))
    return out


def article_of(record, seed: str) -> dict | None:
    paras: list[dict] = []
    glue_next = False
    for i, p in enumerate(record.paragraphs):
        if p.figure:
            continue
        if p.heading and not _crosshead_ok(record.paragraphs, i):
            # A run of short lines the old splitter took for a heading: it is
            # text, so it joins the sentence it belongs to.
            if paras and not paras[-1]["heading"] and not SENTENCE_END.search(paras[-1]["text"]):
                paras[-1]["text"] += p.text
            else:
                paras.append({"text": p.text, "heading": False})
                glue_next = True
            continue
        if glue_next and not p.heading:
            paras[-1]["text"] += p.text
            glue_next = False
            continue
        glue_next = False
        paras.append({"text": p.text, "heading": p.heading})
    paras = join_cut_paragraphs(drop_credits(paras))
    body = [p for p in paras if not p["heading"]]
    if len(body) < 3 or not SENTENCE_END.search(body[-1]["text"]) or re.match(r"^[，。、；：）)”]", body[0]["text"]):
        return None
    while paras and paras[-1]["heading"]:
        paras.pop()
    subtitle = record.subtitle if record.subtitle and record.subtitle.startswith("—") else None
    return {"seed": seed, "title": record.title, "subtitle": subtitle, "byline": record.byline,
            "authors": list(record.authors), "kind": record.kind, "paragraphs": paras}


def build_pool() -> list[dict]:
    gold = _gold_keys()
    pool = []
    for path in sorted(SEEDS.glob("*.txt")):
        records = split_document(read_source(path))
        gold_seed = any(seed == path.name for seed, _ in gold)
        for record in records:
            if record.kind not in ARTICLE_KINDS or record.title_generated or record.title.startswith(REJECTED):
                continue
            text = squeeze(record.text)
            if gold_seed and not any(seed == path.name and first in text for seed, first in gold):
                continue
            article = article_of(record, path.name)
            if article:
                pool.append(article)
    return pool


def main() -> int:
    pool = build_pool()
    OUT.write_text(json.dumps(pool, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(pool)} articles -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
