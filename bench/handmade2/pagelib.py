"""Tiny page writer: records line numbers of every headline/body line as written."""
import json, random, re, pathlib

HERE = pathlib.Path(__file__).resolve().parent
SPACE = re.compile(r"[\s\u200b\u3000\ufeff]+")


def squeeze(t):
    return SPACE.sub("", t or "")


NOSTART = "，。、；：？！）》”’」』%,.;:)"


def cw(ch):
    return 0.5 if ord(ch) < 128 else 1.0


class Art:
    def __init__(self, page, title, subtitle=None, byline=None, authors=(), kind="article", notes="", section=None):
        self.page, self.title, self.subtitle, self.byline = page, title, subtitle, byline
        self.authors, self.kind, self.notes = list(authors), kind, notes
        self.section = section if section is not None else page.section
        self.title_line = None
        self.body_start = self.body_end = None
        self.body = []
        page.arts.append(self)

    def gold(self):
        b = squeeze("".join(self.body))
        return {"title": squeeze(self.title) if self.title else None, "subtitle": self.subtitle,
                "byline": self.byline, "authors": self.authors, "section": self.section,
                "title_line": self.title_line, "body_start": self.body_start, "body_end": self.body_end,
                "first": b[:12], "last": b[-12:], "kind": self.kind, "notes": self.notes}


class Page:
    """blank: every (blank after every line), para (after paragraphs and head blocks),
    some (random), art (only between articles), never."""

    def __init__(self, name, width, indent, blank, section=None, seed=0):
        self.name, self.width, self.indent, self.blank = name, width, indent, blank
        self.section = section
        self.lines, self.arts = [], []
        self.rnd = random.Random(seed)

    # ---- raw output
    def _put(self, s):
        self.lines.append(s)
        return len(self.lines)

    def L(self, s, art=None, role=None):
        n = self._put(s)
        if art is not None and role == "title" and art.title_line is None:
            art.title_line = n
        if self.blank == "every" or (self.blank == "some" and self.rnd.random() < 0.25):
            self._put("")
        return n

    def gap(self):
        """blank between blocks (head block / articles)."""
        if self.blank in ("para", "art") or (self.blank == "some" and self.rnd.random() < 0.6):
            if self.lines and self.lines[-1] != "":
                self._put("")

    def wrap(self, text, width=None, indent=None):
        width = width or self.width
        ind = self.indent if indent is None else indent
        out, cur, w = [], ind, (2.0 if ind else 0.0)
        for ch in text:
            if w + cw(ch) > width and cur.strip() and ch not in NOSTART:
                carry = ""
                if cur[-1] in "“‘（《「" and cur[:-1].strip():
                    cur, carry = cur[:-1], cur[-1]
                out.append(cur)
                cur, w = carry, float(len(carry))
            cur += ch
            w += cw(ch)
        if cur.strip():
            out.append(cur)
        return out

    def P(self, text, art=None, prefix="", suffix="", insert=None, width=None, indent=None, body=True):
        """write a paragraph; prefix/suffix printed but kept out of first/last.
        insert=(k, [lines]) puts raw lines after the k-th wrapped line (caption inside a sentence)."""
        wl = self.wrap(prefix + text + suffix, width, indent)
        for i, s in enumerate(wl):
            n = self.L(s)
            if art is not None and body:
                if art.body_start is None:
                    art.body_start = n
                art.body_end = n
            if insert and i + 1 == insert[0]:
                for x in insert[1]:
                    self.L(x)
        if art is not None and body:
            art.body.append(text)
        if self.blank == "para" or (self.blank == "some" and self.rnd.random() < 0.5):
            if self.lines[-1] != "":
                self._put("")
        return wl

    def save(self):
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        (HERE / "seeds" / f"{self.name}.txt").write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        g = {"seed": f"{self.name}.txt", "range": [1, len(self.lines)], "articles": [a.gold() for a in self.arts]}
        (HERE / "gold" / f"{self.name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
