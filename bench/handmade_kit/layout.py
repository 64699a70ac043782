"""A small layout engine shared by the hand-made page sets handmade4 to handmade7.

It writes an invented newspaper page the way PDF text extraction leaves it
(lines cut at the column width, indents, blank-line habits, letter-spaced
headlines) and records, while writing, which line holds which headline,
byline and body line of which article.  The gold JSON is derived from those
records, so its line numbers are right by construction.

Widths: a full-width character (CJK, full-width punctuation, U+3000) counts 1,
an ASCII character counts 0.5.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

FW = "\u3000"
SPACE = re.compile(r"[\s\u200b\u3000\ufeff]+")
# characters a Chinese typesetter will not put at the start / end of a line
NO_START = set("，。、；：？！）》」』”’…—%·,.;:!?)")
NO_END = set("（《「『“‘(")
ASCII_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+\-/:]*")
POLICIES = ("para", "some", "never", "every", "arts")  # arts: blank lines only where blank() is called (between articles)


def squeeze(text: str) -> str:
    return SPACE.sub("", text or "")


def width(text: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def tokens(text: str) -> list[str]:
    """Characters, except that runs of ASCII letters/digits stay together."""
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def wrap(text: str, cols: float, first: str = "", rest: str = "") -> list[str]:
    """Break text into lines of at most `cols` width, with simple kinsoku:
    closing punctuation hangs at the end of a full line, opening punctuation
    never ends one."""
    lines: list[str] = []
    cur, w = first, width(first)
    for tok in tokens(text):
        tw = width(tok)
        if w + tw > cols and squeeze(cur):
            if tok in NO_START:  # hang it (and any that follow) past the margin
                cur += tok
                w += tw
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = rest + carry
            w = width(cur)
        cur += tok
        w += tw
    if squeeze(cur):
        lines.append(cur)
    return lines


def spaced(text: str, sep: str = " ") -> str:
    """Letter-space a headline: 深化改革 -> 深 化 改 革 (ASCII words kept)."""
    return sep.join(tokens(text))


def justify(items: list, which: list[int], sep: str = " ") -> list:
    """Letter-space some printed body lines (indices among the 'line' items), as
    PDF extraction leaves a justified line with wide tracking: 深 化 、 执 行 体."""
    out, k = [], -1
    for it in items:
        if it[0] == "line":
            k += 1
            if k in which:
                lead = len(it[1]) - len(it[1].lstrip(FW + " "))
                it = ("line", it[1][:lead] + spaced(it[1][lead:], sep), it[2])
        out.append(it)
    return out


def spread(text: str, cols: float) -> list[str]:
    """Letter-space a headline across a narrow column, on two lines if needed."""
    for sep in (FW, "  ", " "):
        line = spaced(text, sep)
        if width(line) <= cols:
            return [line]
    half = (len(text) + 1) // 2
    return spread(text[:half], cols) + spread(text[half:], cols)


# ---- body elements -------------------------------------------------------

@dataclass
class Cross:
    """A crosshead / subhead inside an article body (own line, no indent)."""
    text: str
    sep: str | None = None  # letter-spacing separator, None for plain


@dataclass
class Quote:
    """A pull quote: a sentence repeated from the text, set narrower."""
    text: str


@dataclass
class Raw:
    """Lines printed exactly as given, inside the body."""
    lines: list[str]


@dataclass
class Article:
    key: str
    title: str | None
    paras: list
    head: list[str] | None = None          # printed headline lines (default: [title])
    kind: str = "article"
    subtitle: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    lead: str = ""                          # run-in text before the first paragraph (dateline)
    tail: str = ""                          # run-in text after the last paragraph (credit)
    notes: str = ""

    def body_text(self) -> str:
        parts = []
        for p in self.paras:
            if isinstance(p, str):
                parts.append(p)
            elif isinstance(p, (Cross, Quote)):
                parts.append(p.text)
            elif isinstance(p, Raw):
                parts.extend(p.lines)
        return squeeze("".join(parts))

    @property
    def first(self) -> str:
        return self.body_text()[:12]

    @property
    def last(self) -> str:
        return self.body_text()[-12:]


# ---- the page ---------------------------------------------------------------

class Page:
    """Lines of one extracted page plus what each line is."""

    def __init__(self, name: str, cols: float, indent: str = FW * 2, blanks: str = "para",
                 colbreak: int | None = None, seed: int = 0, p_para: float = 0.35,
                 p_gap: float = 0.7, trailing_newline: bool = True, style: str = ""):
        assert blanks in POLICIES, blanks
        self.name, self.cols, self.indent, self.blanks = name, cols, indent, blanks
        self.colbreak, self.p_para, self.p_gap = colbreak, p_para, p_gap
        self.rng = random.Random(seed)
        self.trailing_newline = trailing_newline
        self.style = style
        self.lines: list[str] = []
        self.tags: list[set] = []
        self.articles: dict[str, Article] = {}
        self.non_articles: list[dict] = []
        self._body_count = 0

    # -- low level
    def _put(self, text: str, tags=()) -> int:
        self.lines.append(text)
        self.tags.append(set(tags))
        n = len(self.lines)
        if self.blanks == "every":
            self.lines.append("")
            self.tags.append(set())
        return n

    def blank(self, n: int = 1) -> None:
        """A blank line printed whatever the policy (used for furniture layout)."""
        if self.blanks in ("never", "every"):
            return
        for _ in range(n):
            self._put("")

    def gap(self, n: int = 1) -> None:
        """Separator between blocks (headline/byline/body/articles)."""
        if self.blanks == "para" or (self.blanks == "some" and self.rng.random() < self.p_gap):
            for _ in range(n):
                self._put("")

    def _para_gap(self) -> None:
        if self.blanks == "para" or (self.blanks == "some" and self.rng.random() < self.p_para):
            self._put("")

    def _register(self, a: Article) -> None:
        self.articles.setdefault(a.key, a)

    # -- furniture and other non-articles
    def furniture(self, lines: list[str], what: str) -> None:
        start = len(self.lines) + 1
        for text in lines:
            if text == "":
                self.blank()
            else:
                self._put(text)
        end = len(self.lines)
        while end >= start and not self.lines[end - 1].strip():
            end -= 1
        self.non_articles.append({"start": start, "end": end, "what": what})

    # -- article parts
    def line(self, a: Article, text: str, role: str) -> int:
        self._register(a)
        return self._put(text, {(a.key, role)})

    def kicker(self, a: Article, text: str) -> None:
        self.line(a, text, "kicker")

    def headline(self, a: Article, sep: str | None = None, lines: list[str] | None = None,
                 spread_cols: float | None = None, pad: str = "") -> None:
        self._register(a)
        printed = lines or a.head or [a.title]
        for text in printed:
            if spread_cols:
                outs = spread(text, spread_cols)
            elif sep is not None:
                outs = [spaced(text, sep)]
            else:
                outs = [text]
            for out in outs:
                self._put(pad + out, {(a.key, "title")})

    def render_body(self, a: Article, cols: float | None = None, indent: str | None = None,
                    head_role: bool = False, start: int = 0, end: int | None = None) -> list:
        """The article body (paragraphs start:end) as a list of ('line', text, extra_roles)
        and ('gap',) items."""
        cols = cols or self.cols
        indent = self.indent if indent is None else indent
        items: list = []
        paras = list(a.paras)
        n_plain = [i for i, p in enumerate(paras) if isinstance(p, str)]
        first_i, last_i = n_plain[0], n_plain[-1]
        end = len(paras) if end is None else end
        for i in range(start, end):
            p = paras[i]
            if i > start:
                items.append(("gap",))
            if isinstance(p, str):
                text = p
                if i == first_i and a.lead:
                    text = a.lead + text
                if i == last_i and a.tail:
                    text = text + a.tail
                for j, ln in enumerate(wrap(text, cols, indent, "")):
                    extra = {(a.key, "title")} if (head_role and i == first_i and j == 0) else set()
                    items.append(("line", ln, extra))
            elif isinstance(p, Cross):
                txt = spaced(p.text, p.sep) if p.sep is not None else p.text
                items.append(("line", txt, set()))
            elif isinstance(p, Quote):
                for ln in wrap(p.text, max(8, cols - 8)):
                    items.append(("line", ln, set()))
            elif isinstance(p, Raw):
                for ln in p.lines:
                    items.append(("line", ln, set()))
        return items

    def emit(self, a: Article, items: list) -> None:
        """Write rendered body items (all or a slice, for interleaved columns)."""
        self._register(a)
        for it in items:
            if it[0] == "gap":
                self._para_gap()
                continue
            self._put(it[1], {(a.key, "body")} | it[2])
            self._body_count += 1
            if (self.colbreak and self._body_count % self.colbreak == 0
                    and self.blanks in ("para", "some")):
                self._put("")

    @staticmethod
    def chunks(items: list, sizes: list[int]) -> list[list]:
        """Cut rendered body items into pieces of sizes[k] printed lines (the rest last),
        as when extraction reads a few lines of one column, then of the next."""
        out, cur, n, k = [], [], 0, 0
        for it in items:
            if k < len(sizes) and it[0] == "line" and n == sizes[k]:
                out.append(cur)
                cur, n, k = [], 0, k + 1
            if it[0] == "gap" and not cur:
                continue
            cur.append(it)
            n += it[0] == "line"
        out.append(cur)
        return out

    def body(self, a: Article, **kw) -> None:
        self.emit(a, self.render_body(a, **kw))

    def article(self, a: Article, order=("kicker", "headline", "subtitle", "byline", "body"),
                kicker: str | None = None, byline_line: str | None = None,
                subtitle_line: str | None = None, sep: str | None = None, **kw) -> None:
        """The common case: parts in order, block gaps between them."""
        for part in order:
            if part == "kicker" and kicker:
                self.kicker(a, kicker)
            elif part == "headline":
                self.headline(a, sep=sep)
            elif part == "subtitle" and (subtitle_line or a.subtitle):
                self.line(a, subtitle_line or a.subtitle, "subtitle")
            elif part == "byline" and (byline_line or a.byline):
                self.line(a, byline_line or a.byline, "byline")
            elif part == "body":
                self.gap()
                self.body(a, **kw)
                continue
            else:
                continue

    # -- output
    def text(self) -> str:
        out = "\n".join(self.lines)
        return out + "\n" if self.trailing_newline else out

    def gold(self) -> dict:
        roles: dict[str, dict[str, list[int]]] = {}
        for n, tags in enumerate(self.tags, 1):
            for key, role in tags:
                roles.setdefault(key, {}).setdefault(role, []).append(n)
        arts = []
        for key, a in self.articles.items():
            r = roles.get(key, {})
            body = sorted(r.get("body", []))
            assert body, f"{self.name}: {key} has no body"
            pieces = self._pieces(key, body)
            title_line = min(r["title"]) if r.get("title") else None
            notes = a.notes
            if len(pieces) > 1:
                notes = (notes + " " if notes else "") + "pieces: " + ", ".join(
                    f"{s}-{e}" for s, e in pieces) + "."
            arts.append({
                "title": a.title, "subtitle": a.subtitle, "byline": a.byline,
                "authors": list(a.authors), "section": a.section,
                "title_line": title_line, "body_start": body[0], "body_end": body[-1],
                "first": a.first, "last": a.last, "kind": a.kind, "notes": notes,
            })
        arts.sort(key=lambda g: min(x for x in (g["title_line"], g["body_start"]) if x))
        n = len(self.text().split("\n")) - (1 if self.trailing_newline else 0)
        return {"seed": self.name, "range": [1, n], "articles": arts,
                "non_articles": self.non_articles}

    def _pieces(self, key: str, body: list[int]) -> list[tuple[int, int]]:
        """Runs of this article's body lines; blank lines do not interrupt a run,
        any other printed line does."""
        pieces, start, prev = [], body[0], body[0]
        bodyset = set(body)
        for n in body[1:]:
            between = range(prev + 1, n)
            if any(self.lines[k - 1].strip() and k not in bodyset for k in between):
                pieces.append((start, prev))
                start = n
            prev = n
        pieces.append((start, prev))
        return pieces


def cn_date(y: int, m: int, d: int, weekday: bool = True) -> str:
    """2024年12月4日 星期三 (the weekday computed, never typed)."""
    import datetime
    s = f"{y}年{m}月{d}日"
    if weekday:
        s += " 星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()]
    return s
