"""Lay out the hand-written pages in pages.py as PDF extraction leaves them and
write seeds/hNN.txt and gold/hNN.json.  The gold line numbers come from the
lines as they are emitted; check.py re-verifies them against the written text.

    python bench/handmade/build.py && python bench/handmade/check.py
"""
from __future__ import annotations

import json
import pathlib
import random
import re

from pages import PAGES

HERE = pathlib.Path(__file__).resolve().parent
NO_LINE_START = set("，。、；：？！”’）》」』】…,.;:?!)%")
CAP = re.compile(r"⟦(.*?)⟧")


def width_of(text: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def squeeze(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def wrap(text: str, width: float, indent: str = "") -> list[str]:
    lines, cur = [], indent
    for ch in text:
        if width_of(cur + ch) > width and cur.strip() and ch not in NO_LINE_START:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur.strip():
        lines.append(cur)
    return lines


class Page:
    def __init__(self, spec: dict):
        self.spec = spec
        self.width = spec["width"]
        self.indent = spec.get("indent", "")
        self.blank = spec.get("blank", "para")  # all | para | none | some
        self.rng = random.Random(spec["name"])
        self.blocks: list[list[tuple[str, tuple]]] = []  # each block: lines kept together

    def block(self, lines: list[str], tag: tuple) -> None:
        self.blocks.append([(ln, tag) for ln in lines])

    def para(self, text: str, tag: tuple, indent: bool = True) -> None:
        """A body paragraph; ⟦…⟧ marks a photo caption printed inside it."""
        parts = CAP.split(text)
        first = True
        block: list[tuple[str, tuple]] = []
        for i, part in enumerate(parts):
            if i % 2 == 1:  # caption: its own lines, between the halves of the sentence
                if block:
                    self.blocks.append(block)
                self.blocks.append([(ln, (tag[0], "caption")) for ln in wrap(part, self.width)])
                block = []
                continue
            if not part:
                continue
            ind = self.indent if (first and indent) else ""
            block += [(ln, tag) for ln in wrap(part, self.width, ind)]
            first = False
        if block:
            self.blocks.append(block)

    def render(self) -> tuple[list[str], list[tuple]]:
        out: list[str] = []
        tags: list[tuple] = []
        for bi, block in enumerate(self.blocks):
            if out:
                if self.blank == "all" or self.blank == "para":
                    out.append(""); tags.append((None, "blank"))
                elif self.blank == "some" and self.rng.random() < 0.6:
                    out.append(""); tags.append((None, "blank"))
            for li, (ln, tag) in enumerate(block):
                if li and self.blank == "all":
                    out.append(""); tags.append((None, "blank"))
                elif li and self.blank == "some" and self.rng.random() < 0.06:
                    out.append(""); tags.append((None, "blank"))  # a column break inside a sentence
                out.append(ln); tags.append(tag)
        return out, tags


def title_text(t) -> str:
    lines = t if isinstance(t, list) else [t]
    return "".join(squeeze(x) for x in lines)


def build(spec: dict) -> None:
    page = Page(spec)
    body_text: dict[int, str] = {}
    for item in spec["items"]:
        if isinstance(item, str):  # header, footer, section label, editor line…
            page.block([item], (None, "other"))
            continue
        if isinstance(item, tuple):  # several raw lines kept together
            page.block(list(item), (None, "other"))
            continue
        a = item
        n = a["n"]
        order = a.get("order", ["section", "kicker", "title", "sub", "byline", "body", "note", "jump"])
        text_parts: list[str] = []
        for part in order:
            if part == "section" and a.get("section_line"):
                page.block([a["section_line"]], (n, "section"))
            elif part == "kicker" and a.get("kicker"):
                page.block([a["kicker"]], (n, "kicker"))
            elif part == "title" and a.get("title") and not a.get("runin"):
                t = a["title"]
                lines = t if isinstance(t, list) else [t]
                if a.get("title_split"):
                    for k, ln in enumerate(lines):
                        page.block([ln], (n, "title" if k == 0 else "title2"))
                else:
                    page.blocks.append([(ln, (n, "title" if k == 0 else "title2")) for k, ln in enumerate(lines)])
            elif part == "sub" and a.get("sub"):
                page.block([a["sub"]], (n, "sub"))
            elif part == "byline" and a.get("byline_lines"):
                page.blocks.append([(ln, (n, "byline")) for ln in a["byline_lines"]])
            elif part == "body":
                paras = a["paras"]
                for k, p in enumerate(paras):
                    if isinstance(p, tuple):  # (role, text): crosshead or non-body inset
                        role, txt = p
                        if role == "h":
                            page.block([txt], (n, "body"))
                            text_parts.append(txt)
                        elif role == "runin":  # run-in title + byline + text on one paragraph
                            pass
                        else:  # footnote, keyword line… printed inside the body range
                            page.blocks.append([(ln, (n, role)) for ln in wrap(txt, page.width)])
                        continue
                    txt = p
                    clean = CAP.sub("", p)
                    if k == 0 and a.get("lead"):
                        txt = a["lead"] + txt
                    if k == 0 and a.get("runin"):
                        txt = a["title"] + a.get("runin_sep", " ") + txt
                    if k == len(paras) - 1 and a.get("tail"):
                        txt = txt + a["tail"]
                    page.para(txt, (n, "body"), indent=not a.get("noindent"))
                    text_parts.append(clean)
            elif part == "note" and a.get("note"):
                page.blocks.append([(ln, (n, "note")) for ln in wrap(a["note"], page.width)])
            elif part == "jump" and a.get("jump"):
                page.block([a["jump"]], (n, "jump"))
        body_text[n] = squeeze("".join(text_parts))
    lines, tags = page.render()
    name = spec["name"]
    (HERE / "seeds").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "seeds" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts = []
    for a in [i for i in spec["items"] if isinstance(i, dict)]:
        n = a["n"]
        idx = [i + 1 for i, t in enumerate(tags) if t[0] == n]
        body = [i + 1 for i, t in enumerate(tags) if t == (n, "body")]
        tl = [i + 1 for i, t in enumerate(tags) if t == (n, "title")]
        if a.get("runin"):
            tl = body[:1]
        text = body_text[n]
        arts.append({
            "title": a.get("title_gold") or (title_text(a["title"]).lstrip("●■□▲◆") if a.get("title") else None),
            "subtitle": a.get("subtitle_gold", a.get("sub") or a.get("kicker")),
            "byline": a.get("byline"),
            "authors": a.get("authors", []),
            "section": a.get("section"),
            "title_line": tl[0] if tl else None,
            "body_start": body[0],
            "body_end": body[-1],
            "first": text[:12],
            "last": text[-12:],
            "kind": a.get("kind", "article"),
            "notes": a.get("notes", ""),
        })
    gold = {"seed": f"{name}.txt", "range": [1, len(lines)], "articles": arts}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for spec in PAGES:
        build(spec)
        print(spec["name"], "written")
