"""What the reader sees of a record beyond its text: a title worth reading
when the paper printed none, and whether a summary says anything the opening
paragraphs do not.

Both are decided when pages are rendered; the catalog keeps the record as the
split stage made it.
"""
from __future__ import annotations

import re

from .model import Paragraph, Record
from .regex_cache import compile as rx

# A clause that only says when: dates (4月10日, 2024年2月29日上午) and the
# time words a news lead opens with (近日, 日前, 今年以来).
DATE = r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?|(?:19|20)\d{2}\s*年|\d{1,2}\s*日"
TIME_WORDS = r"近日|日前|近期|近来|目前|当前|眼下|今年以来|去年以来|年初以来|今年|去年|本周|上周|昨天|今天|昨日|今日"
DAY_PART = r"[上下中]午|凌晨|早上|早间|晚上|晚间|傍晚|夜间|当天|当日"
WHEN = rf"(?:{DATE}|{TIME_WORDS}|{DAY_PART})"
TIME_ONLY = rx(rf"^\s*(?:{WHEN}\s*)+$")
LEADING_TIME = rx(rf"^\s*(?:{WHEN}\s*)+[，,、]?\s*")
CLAUSE_END = rx(r"[，。！？；：,;:!?]")
HAN = rx(r"[\u3400-\u9fff]")
TITLE_LIMIT = 24


def only_time(text: str) -> bool:
    """True for a clause that says only when (4月10日, 近日, 3月5日上午)."""
    return bool(text.strip()) and bool(TIME_ONLY.match(text))


def reader_title(record: Record) -> str:
    """The title to show. A title the split stage made from the opening clause
    is kept, unless that clause only says when ("4月10日"): then the first
    clause of the opening that says what happened, without its leading date
    ("安徽省怀宁县石牌镇双一村村民在金银花基地除草")."""
    title = record.title
    if not record.title_generated or not only_time(title.rstrip("…")):
        return title
    opening = next((p.text for p in record.paragraphs if not p.heading and not p.figure), "")
    for clause in CLAUSE_END.split(opening):
        clause = LEADING_TIME.sub("", clause).strip()
        if len(HAN.findall(clause)) >= 4:
            return clause if len(clause) <= TITLE_LIMIT else clause[:TITLE_LIMIT - 2] + "…"
    return title


def _pairs(text: str) -> set[str]:
    chars = "".join(HAN.findall(text))
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


OPENING = 300  # characters: about what a reader takes in at a glance under the headline


def summary_adds(summary: str, paragraphs: list[Paragraph], new_share: float = 0.3) -> bool:
    """Whether a summary box tells the reader something the opening does not.
    The opening is what a reader sees first: the first paragraphs, at least
    OPENING characters and twice the summary's length. A summary made of
    those very sentences (the usual case for news, which states its news
    first) only repeats them."""
    wanted = _pairs(summary)
    if not wanted:
        return False
    opening, length = [], 0
    for p in paragraphs:
        if p.heading or p.figure:
            continue
        opening.append(p.text)
        length += len(p.text)
        if length >= max(OPENING, 2 * len(summary)):
            break
    new = wanted - _pairs("".join(opening))
    return len(new) / len(wanted) > new_share
