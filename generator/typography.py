"""One typographic normalization of Chinese text, applied when pages are
rendered (titles, bodies, summaries, names alike).

Papers set punctuation inside Chinese text in two ways: full-width (近日，一辆)
or, in some PDF extractions, half-width (近日,一辆). Readers expect the
full-width marks of Chinese typesetting wherever the mark sits against a
Chinese character; inside Latin words and numbers the ASCII marks stay
(1,000, 10:30, http://, "Yahoo!").

Every change replaces one character by its full-width form or drops the space
a half-width mark carried (a full-width mark has its own). No other character
is touched, so the catalog (what the scorer compares) keeps the text as it was
read, and a search for the words of a page still finds them.
"""
from __future__ import annotations

import re

from .regex_cache import compile as rx

# Ideographs (the marks turn full-width only next to these or full-width marks).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width marks a half-width one may follow or precede: closing quotes and
# brackets, and the marks themselves.
FULL_MARKS = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—％"
CHINESE = f"[{HAN}]"
FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}

# A comma or semicolon right after Chinese or a percentage (增长16.9%;完成),
# or a comma right before Chinese (推出ChatGPT,其), unless it separates the
# thousands of a number (1,000); the spaces around it go. (A semicolon after
# Latin text may end an entity, &amp;.)
SEPARATOR = rx(f"(?<=[{HAN}{FULL_MARKS}%]) *([,;]) *|(?<![0-9]) *(,) *(?=[{HAN}“‘（《【「])")
# A colon, question or exclamation mark right after Chinese ("日期:2024", "拉大?").
AFTER_CHINESE = rx(f"(?<=[{HAN}”’）》】」]) *([:?!])(?!//) *")
PARENS = rx(r"\(([^()\n]*)\)")
STRAIGHT_QUOTE = '"'
ASCII_MARKS = rx(r'[,;:?!()"]')


def typeset(text: str) -> str:
    """Chinese text with full-width punctuation wherever a mark touches Chinese."""
    if not text or not ASCII_MARKS.search(text) or not re.search(CHINESE, text):
        return text
    # A mark made full-width can make its neighbour touch one ("(中):", "一:;").
    # Each pass only turns marks full-width or drops spaces, so this ends.
    while True:
        done = _one_pass(text)
        if done == text:
            return text
        text = done


def _one_pass(text: str) -> str:
    text = SEPARATOR.sub(lambda m: FULL[m.group(1) or m.group(2)], text)
    text = AFTER_CHINESE.sub(lambda m: FULL[m.group(1)], text)
    text = PARENS.sub(_parens, text)
    if STRAIGHT_QUOTE in text:
        text = _quotes(text)
    return text


def _parens(m: re.Match) -> str:
    """（…） when the bracketed text is Chinese or follows Chinese:
    北京地铁22号线（平谷线）, 协会（CCFA）; "(010)88890000" and "(1)" stay."""
    inner = m.group(1)
    before = m.string[m.start() - 1] if m.start() else ""
    if re.search(CHINESE, inner) or re.match(CHINESE, before):
        return f"（{inner}）"
    return m.group(0)


def _quotes(text: str) -> str:
    """Straight double quotes in pairs, each pair “…” when it quotes Chinese.
    An odd number of quotes leaves them all alone: the pairing is unknown."""
    parts = text.split(STRAIGHT_QUOTE)
    if len(parts) % 2 == 0:
        return text
    out = [parts[0]]
    for k in range(1, len(parts), 2):
        quoted = parts[k]
        if re.search(CHINESE, quoted):
            out += ["“", quoted, "”", parts[k + 1]]
        else:
            out += [STRAIGHT_QUOTE, quoted, STRAIGHT_QUOTE, parts[k + 1]]
    return "".join(out)
