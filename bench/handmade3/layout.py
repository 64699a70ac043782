"""Tiny layout engine: writes a page the way PDF text extraction leaves it and
records, while writing, the line numbers of every headline and body."""
import json
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
SP = re.compile(r"[\s\u200b\u3000\ufeff]+")
CLOSE = set("，。、；：？！”’）》」』…,.;:?!)%")


def sq(s):
    return SP.sub("", s or "")


def cw(ch):
    return 0.5 if ord(ch) < 0x2000 else 1.0


class Page:
    def __init__(self, name, width, indent, blank, seed=1):
        self.name, self.W, self.ind, self.blank = name, width, indent, blank
        self.lines, self.arts = [], []
        self.rng = random.Random(seed)

    # -- low level -------------------------------------------------------
    def _emit(self, text, unit_end=True):
        self.lines.append(text)
        n = len(self.lines)
        if self.blank == "every":
            self.lines.append("")
        elif self.blank == "para" and unit_end:
            self.lines.append("")
        elif self.blank == "some":
            p = 0.55 if unit_end else 0.07
            if self.rng.random() < p:
                self.lines.append("")
        return n

    def wrap(self, text, width=None):
        width = width or self.W
        out, cur, w = [], "", 0.0
        for ch in text:
            if w + cw(ch) > width + 1e-9 and cur.strip() and ch not in CLOSE:
                out.append(cur)
                cur, w = "", 0.0
            cur += ch
            w += cw(ch)
        if cur:
            out.append(cur)
        return out

    # -- public ----------------------------------------------------------
    def raw(self, *texts):
        ns = [self._emit(t) for t in texts]
        return ns[0] if ns else None

    def gap(self):
        if self.blank != "never" and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def article(self, **kw):
        a = dict(title=None, subtitle=None, byline=None, authors=[], section=None,
                 title_line=None, body_start=None, body_end=None, first=None, last=None,
                 kind="article", notes="")
        a.update(kw)
        self.arts.append(a)
        return a

    def title(self, art, *lines):
        n = self.raw(*lines)
        art["title_line"] = n
        art["title"] = sq("".join(lines))
        return n

    def body(self, art, paras, dateline="", endsig="", endsig_line=False, caps=()):
        start = end = None
        caps = list(caps)
        texts = []
        real = [i for i, p in enumerate(paras) if isinstance(p, str)]
        for i, p in enumerate(paras):
            if isinstance(p, tuple):  # crosshead
                self._emit(p[1])
                continue
            texts.append(p.replace("【CAP】", ""))
            text = p
            if i == real[0] and dateline:
                text = dateline + text
            if i == real[-1] and endsig and not endsig_line:
                text = text + endsig
            segs = text.split("【CAP】")
            for k, seg in enumerate(segs):
                pre = self.ind if k == 0 else ""
                ls = self.wrap(pre + seg)
                for j, l in enumerate(ls):
                    n = self._emit(l, unit_end=(j == len(ls) - 1 and k == len(segs) - 1))
                    start = start or n
                    end = n
                if k < len(segs) - 1:
                    for c in caps.pop(0):
                        self._emit(c)
        if endsig and endsig_line:
            self._emit(endsig)
        joined = sq("".join(texts))
        art.update(body_start=start, body_end=end, first=joined[:12], last=joined[-12:])

    def write(self):
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        (HERE / "seeds" / f"{self.name}.txt").write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        arts = sorted(self.arts, key=lambda a: min(x for x in (a["title_line"], a["body_start"]) if x))
        gold = {"seed": f"{self.name}.txt", "range": [1, len(self.lines)], "articles": arts}
        (HERE / "gold" / f"{self.name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
