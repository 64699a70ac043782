"""What the pages of handmade62 share: an article's body cut into the columns the extractor read
out of order, where a crosshead falls among them, and the note every woven article's gold carries."""
from __future__ import annotations

from layout import Article, Page


def columns(pg: Page, a: Article, sizes: list[int], **kw) -> list[list]:
    """The body of `a` cut into printed columns of sizes[k] lines (the rest in the last one)."""
    parts = Page.chunks(pg.render_body(a, **kw), sizes)
    assert len(parts) == len(sizes) + 1 and all(any(it[0] == "line" for it in p) for p in parts), \
        (pg.name, a.key, [sum(it[0] == "line" for it in p) for p in parts])
    return parts


def lines_before(pg: Page, a: Article, text: str, **kw) -> int:
    """How many printed body lines come before the line `text` (to put a crosshead at a column's top)."""
    k = 0
    for it in pg.render_body(a, **kw):
        if it[0] == "line":
            if it[1] == text:
                return k
            k += 1
    raise ValueError(text)


WOVEN = ("Printed in columns side by side with {other}; the extractor read the columns in the wrong order "
         "({order}), so the body is in pieces. title, first and last follow the article as printed (its columns "
         "in reading order); the other article's headline and lines between the pieces are not body.")
