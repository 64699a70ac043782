"""Pages extracted with two columns side by side on each line.

An extractor that keeps the page's layout (as pdftotext -layout does) prints
a line of the left column, a run of spaces, then the line of the right
column beside it, so every printed line holds two pieces of text that do not
read on into each other. Such a run of lines is read column by column: the
left column's lines first, then the right column's, each kept line numbered
with the file line it came from (the records' line numbers are mapped back
afterwards, as for double spaced pages).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..clean import ends_sentence
from ..regex_cache import compile as rx
from .lines import HAN

# Two spaces or more (the extractor's padding), then any full-width spaces:
# the right column's own paragraph indent, printed after the padding.
SIDE_GAP = rx(r"(?<=\S)(?P<pad>(?: {2,}[ \u3000]*?| *\u3000 *\u3000 *\u3000[ \u3000]*?))(?P<indent>\u3000*)(?=\S)")
CLAUSE_MARK = rx(r"[，。、；：,;]")
MIN_LINES = 4  # lines with text on both sides: fewer are a masthead's or a table's row or two
TEXT_CHARS = 6  # Chinese characters on each side of a line of running text (a table's cells hold fewer)
TEXT_SHARE = 0.7  # of the run's two-sided lines
TOLERANCE = 4.0  # cells: where the right column starts wanders with the width the extractor gave quotes and digits
INDENT_CELLS = 3.0  # a right column line starting this much further in opens a paragraph
FURTHER_RIGHT = 12.0  # cells: a jump line set to the right column's right edge
CLAUSE_SHARE = 0.5  # of the two-sided lines hold a clause mark: running text (a table's cells hold none)


@dataclass
class _Side:
    left: str  # the left column's piece, with its leading white space ("" when that column is empty here)
    right: str  # the right column's piece, its paragraph indent in front
    at: float  # the cell where the right piece starts, indent not counted


def _cells(text: str) -> float:
    """Cells of a layout-keeping extractor: a Chinese character takes two."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def _side(line: str) -> _Side | None:
    """The line's two pieces when it holds two columns side by side."""
    body = line.rstrip()
    if not body.strip():
        return None
    lead = len(body) - len(body.lstrip(" \u3000"))
    if _cells(body[:lead]) >= 2 * TEXT_CHARS:  # only the right column has text on this line
        pad = body[:lead].rstrip("\u3000")
        indent = lead - len(pad)  # full-width spaces after the padding: the paragraph's indent
        return _Side("", "\u3000" * indent + body[lead:], _cells(pad))
    gaps = list(SIDE_GAP.finditer(body))
    if len(gaps) != 1:
        return None
    gap = gaps[0]
    right = body[gap.end():]
    return _Side(body[:gap.start()], gap.group("indent") + right, _cells(body[:gap.end("pad")]))


def _two_sided_text(side: _Side) -> bool:
    return len(HAN.findall(side.left)) >= TEXT_CHARS and len(HAN.findall(side.right)) >= TEXT_CHARS


def _run_end(sides: list[_Side | None], lines: list[str], start: int) -> tuple[int, dict[int, _Side]]:
    """Where the run of side-by-side lines beginning at `start` ends (a
    blank line inside it is kept when the columns go on after it), and the
    lines in it where only the left column has text, read as that column's."""
    at = sides[start].at
    end = start
    tails: dict[int, _Side] = {}
    last_left = sides[start].left  # the left column's latest line
    k = start + 1
    while k < len(lines):
        side = sides[k]
        if side is not None and abs(side.at - at) <= TOLERANCE + (INDENT_CELLS if not side.left else 0):
            end = k
        elif side is not None and not side.left and at < side.at <= at + FURTHER_RIGHT:
            end = k  # "（下转A3版）" set further right under the right column
        elif not lines[k].strip() and k + 1 < len(lines) and sides[k + 1] is not None \
                and abs(sides[k + 1].at - at) <= TOLERANCE:
            pass  # a blank line across both columns
        elif side is None and lines[k].strip() and _cells(lines[k].rstrip()) <= at and not ends_sentence(last_left):
            # the left column runs on past the right one's end (its last line stopped mid-sentence)
            side = tails[k] = _Side(lines[k].rstrip(), "", at)
            end = k
        else:
            break
        if side is not None and side.left:
            last_left = side.left
        k += 1
    return end, tails


def side_by_side(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each run of two columns set side by side read column
    by column, and each kept line's number in the file (1-based); None when
    the page has no such run."""
    found_sides = [_side(line) for line in lines]
    out: list[str] = []
    numbers: list[int] = []
    found = False
    k = 0
    while k < len(lines):
        side = found_sides[k]
        if side is None or not side.left:
            out.append(lines[k])
            numbers.append(k + 1)
            k += 1
            continue
        end, tails = _run_end(found_sides, lines, k)
        run = range(k, end + 1)
        sides = {j: tails.get(j, found_sides[j]) for j in run}  # (a run not taken leaves the lines as they were found)
        two_sided = [j for j in run if sides[j] is not None and sides[j].left and sides[j].right]
        texts = [j for j in two_sided if _two_sided_text(sides[j])]
        clauses = [j for j in two_sided if CLAUSE_MARK.search(sides[j].left + sides[j].right)]
        if len(two_sided) < MIN_LINES or len(texts) < TEXT_SHARE * len(two_sided) or len(clauses) < CLAUSE_SHARE * len(two_sided):
            out.append(lines[k])
            numbers.append(k + 1)
            k += 1
            continue
        found = True
        starts = [sides[j].at for j in two_sided]
        at = max(set(starts), key=starts.count)  # where the right column's lines usually start
        for j in run:  # the left column, top to bottom
            if sides[j] is None:
                out.append(lines[j])  # a blank line across both columns
                numbers.append(j + 1)
            elif sides[j].left:
                out.append(sides[j].left)
                numbers.append(j + 1)
        for j in run:  # then the right column
            if sides[j] is None:
                out.append(lines[j])  # the blank across both columns parts the right column's paragraphs too
                numbers.append(j + 1)
                continue
            if not sides[j].right:
                continue
            right = sides[j].right
            if not right.startswith("\u3000") and sides[j].at - at >= INDENT_CELLS:
                right = "\u3000\u3000" + right  # set in from the column's edge: a paragraph opens
            out.append(right)
            numbers.append(j + 1)
        k = end + 1
    return (out, numbers) if found else None
