"""Clean stage: undo what PDF extraction did to each printed line.

Justified printing spreads characters apart ("深 化 、 执 行"): spaces next to
CJK characters or CJK punctuation are removed; spaces between Latin words and
numbers are kept. The line keeps its printed form too (`raw`, with its
spacing), its indent and any heading mark of the extraction; which lines
make a paragraph is read by the split stage from the column they stand in
(`split/units.py`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Line
from .regex_cache import compile as rx

# Ideographs, CJK punctuation, full-width forms and the typographic quotes,
# dashes and ellipsis that Chinese text uses.
CJK_CLASS = "\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
CJK_CHAR = rx(f"[{CJK_CLASS}]")
SPACE_NEXT_TO_CJK = rx(f"(?<=[{CJK_CLASS}])[ \\t\\u3000\\u00a0]+|[ \\t\\u3000\\u00a0]+(?=[{CJK_CLASS}])")
MULTI_SPACE = rx(r"[ \t\u3000\u00a0]+")
MD_HEADING = rx(r"^(#{1,6})\s+(.*)$")
# Characters that close a sentence, optionally followed by closing quotes/brackets,
# or by a short note in brackets that signs or credits it ("。（新华社特稿）",
# "。（记者 周 敏）", "。（完）"; a Taiwan paper's "。〔记者X〕").
SENTENCE_END = rx(r"[。！？!?…；;][”’」』）)\]】]*$|[。！？!?][”’」』）)]*[”’」』）)]$|"
                          r"[。！？!?][”’」』]?\s*(?:[（(][^（()）。！？!?，,]{1,24}(?<!摄)[)）]|〔[^〔〕。！？!?，,]{1,24}(?<!摄)〕)$")  # (a photo's credit is a caption's)
ASCII_WORD_END = rx(r"[A-Za-z]$")
ASCII_WORD_START = rx(r"^[A-Za-z]")


COMPRESSED = rx("[“”‘’《》（）【】「」]")


def width_of(text: str) -> float:
    """Printed width in full-width units: ASCII letters, digits and spaces
    count half, and so do quotation marks and brackets, which Chinese
    typesetting sets half-width beside a character."""
    return len(text) - 0.5 * (len(text.encode("ascii", "ignore")) + len(COMPRESSED.findall(text)))


def indent_of(raw: str) -> float:
    """Leading white space in full-width units (U+3000 one, an ASCII space half)."""
    n = 0.0
    for ch in raw:
        if ch == "\u3000":
            n += 1
        elif ch in " \t\u00a0":
            n += 0.5
        else:
            break
    return n


def squeeze_spaces(text: str) -> str:
    """Drop spaces next to CJK characters; collapse the rest to one space."""
    text = SPACE_NEXT_TO_CJK.sub("", text)
    return MULTI_SPACE.sub(" ", text).strip()


def clean_headline(text: str) -> str:
    """Headlines keep a single space between multi-character phrases
    ("积极作为 坚定前行") but lose the spaces of letter-spaced type."""
    tokens = MULTI_SPACE.split(text.strip())
    out = tokens[0] if tokens else ""
    for prev, tok in zip(tokens, tokens[1:]):
        keep = len(prev) >= 2 and len(tok) >= 2
        out += (" " if keep else "") + tok
    # Spaces next to punctuation mean nothing in a headline, but for the one
    # after a closing quote that parts two phrases ("…到“领跑” 广汽研发团队…").
    if not out:
        return out
    out = rx(r"\s*([“‘：:，,、（(《—])\s*").sub(r"\1", out)
    return rx(r"\s*([”’）)》])").sub(r"\1", out)


GAP = rx(r"[ \t\u3000\u00a0]+")


def close_letter_spacing(text: str) -> str:
    """In a line set in spaced display type ("2 0 2 3 年 度", "E S G 跨 越")
    the gap between two letters or figures is spacing too: the gap the line
    uses between most of its characters is closed everywhere, a wider one
    (between two Latin words) is kept."""
    bare = text.strip()
    tokens, gaps = GAP.split(bare), GAP.findall(bare)
    if len(tokens) < 4 or sum(1 for t in tokens if len(t) == 1) < 0.8 * len(tokens):
        return text
    usual = max(set(gaps), key=gaps.count)
    out = chunk = tokens[0]  # chunk: what has been closed up since the last gap kept
    for gap, token in zip(gaps, tokens[1:]):
        closed = gap == usual and (len(chunk) == 1 or len(token) == 1)
        out += token if closed else " " + token
        chunk = chunk + token if closed else token
    return out


def clean_line(no: int, raw: str) -> Line:
    """Turn one raw extracted line into a Line."""
    raw_line = raw
    stripped = raw.strip()
    frame_start = bool(stripped) and raw[:1] in (" ", "\u3000", "\t")
    md_level = 0
    match = MD_HEADING.match(stripped)
    if match:
        md_level, stripped = len(match.group(1)), match.group(2)
    # Tabs mark table cells; keep them visible to the classifier.
    raw = "\t".join(MULTI_SPACE.sub(" ", cell).strip() for cell in stripped.split("\t"))
    gaps = list(WIDE_GAP.finditer(stripped)) if "\t" not in stripped else []
    gap = len(MULTI_SPACE.sub(" ", stripped[:gaps[0].start()]).strip()) if len(gaps) == 1 else -1
    return Line(no=no, text=squeeze_spaces(close_letter_spacing(stripped)), raw=raw, frame_start=frame_start, md_level=md_level,
                indent=indent_of(raw_line) if frame_start else 0.0, gap=gap, cells=cell_starts(stripped))


# A run of spaces inside a line that may part a table's cells: one full-width
# space or more (a cell filled to the column's edge leaves only one), or two
# half-width ones
CELL_GAP = rx(r"\u3000+|[ \u00a0]{2,}")


def cell_starts(stripped: str) -> tuple[float, ...]:
    """Where text resumes after each such run, in full-width units (a Chinese
    character or a full-width space counts 1, a half-width character 0.5):
    the columns a table's cells start at line after line."""
    starts = []
    for gap in CELL_GAP.finditer(stripped):
        if gap.end() < len(stripped):
            starts.append(width_of(stripped[:gap.end()]))
    return tuple(starts)


def undo_bold_overprint(text: str) -> str:
    """Display type a PDF made bold by printing it twice comes out twice:
    each character doubled ("聚聚焦焦一一季季度度"), or the whole line
    repeated ("订单农业让千户瓜农稳增收订单农业让千户瓜农稳增收"). Read once."""
    tokens = text.split()
    joined = "".join(tokens)
    if tokens and all(_doubled(t) for t in tokens) and len(joined) >= 2 * MIN_OVERPRINT \
            and len(set(joined)) >= MIN_OVERPRINT - 1 and CJK_CHAR.search(joined):
        return " ".join(t[::2] for t in tokens)
    for cut in (len(text) // 2, len(text) // 2 + 1):
        first, second = text[:len(text) - cut], text[len(text) - cut:]
        if MIN_OVERPRINT <= len(first) <= MAX_OVERPRINT and first.strip() == second.strip() and CJK_CHAR.search(first) \
                and not rx(r"[。，,；;！？!?]").search(first):  # (display type: no sentence of running text)
            return first.strip()
    return text


MIN_OVERPRINT = 4  # characters read once: shorter repeats are words ("天天", "人人") or chants
MAX_OVERPRINT = 40  # a headline's length at most


def _doubled(token: str) -> bool:
    """Each character printed twice in a row ("季季度度")."""
    return len(token) % 2 == 0 and all(token[i] == token[i + 1] for i in range(0, len(token), 2))


WIDE_GAP = rx(r"[ \u3000\u00a0]{3,}")  # wider than print sets inside a line: two frames the extraction put side by side


def clean_lines(raw_lines: Iterable[str]) -> list[Line]:
    return [clean_line(no, raw) for no, raw in enumerate(raw_lines, 1)]


# "…一直开下去。■": the mark a magazine sets after an article's last sentence
END_MARK = rx(r"(?<=[。！？!?”’」』）)])\s*[■□]$")


def ends_sentence(text: str) -> bool:
    text = text.rstrip()
    if text[-1:] in "■□":
        text = END_MARK.sub("", text)
    return bool(SENTENCE_END.search(text))


def glue(left: str, right: str) -> str:
    """Join two pieces of a wrapped line; only two Latin words need a space."""
    if ASCII_WORD_END.search(left) and ASCII_WORD_START.search(right):
        return f"{left} {right}"
    return left + right
