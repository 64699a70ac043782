"""Pages extracted double spaced: a blank line after every printed line.

Some PDF extractors set a blank line after each line of a narrow column, so
the blank lines say nothing about where paragraphs, headlines or articles
part. Such a page is read with those blanks taken out, and the records'
line numbers are mapped back to the file's own afterwards.
"""
from __future__ import annotations

from ..clean import ends_sentence
from ..model import Record

MIN_LINES = 20  # a page too short to tell its spacing from its layout is read as printed
EVERY_LINE = 0.95  # share of printed lines with exactly one blank line after them
WRAPPED = 0.4  # share of them that stop mid-sentence: a column's lines, not paragraphs each


def double_spaced(lines: list[str]) -> bool:
    """A blank line after (nearly) every printed line and never two blank
    lines in a row, on a page of wrapped column lines (a flowing page, one
    paragraph per line, parts its paragraphs with blanks on purpose)."""
    printed = [k for k, line in enumerate(lines) if line.strip()]
    if len(printed) < MIN_LINES:
        return False
    if any(not lines[k].strip() and not lines[k + 1].strip() for k in range(printed[0], printed[-1])):
        return False  # runs of blanks part blocks: the blanks carry the layout
    spaced = sum(1 for k in printed[:-1] if not lines[k + 1].strip())
    wrapped = sum(1 for k in printed if not ends_sentence(lines[k].strip()))
    return spaced >= EVERY_LINE * (len(printed) - 1) and wrapped >= WRAPPED * len(printed)


def single_spaced(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with the blank after each printed line taken out, and each
    kept line's number in the file (1-based)."""
    kept = [(k + 1, line) for k, line in enumerate(lines)
            if line.strip() or k == 0 or not lines[k - 1].strip()]
    return [line for _, line in kept], [no for no, _ in kept]


def number_as_printed(records: list[Record], numbers: list[int]) -> None:
    """Give the records the line numbers of the file they were read from."""
    for record in records:
        first, last = record.lines
        span = numbers[first - 1:last] or [numbers[first - 1]]  # (columns read one after the other come from the same file lines)
        record.lines = (min(span), max(span))
