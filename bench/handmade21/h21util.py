"""Small helpers of handmade21's pages: the lunar date printed in page headers and
right-aligned credit lines.  Not part of the shared kit."""
from __future__ import annotations

import datetime

from layout import FW, width

# First days of the lunar months of the year 乙巳 (2025) and of 丙午's first month:
# (gregorian date, printed month name).  The 闰六月 of 2025 is kept.
_MONTHS = [
    (datetime.date(2025, 1, 29), "正月"), (datetime.date(2025, 2, 28), "二月"),
    (datetime.date(2025, 3, 29), "三月"), (datetime.date(2025, 4, 28), "四月"),
    (datetime.date(2025, 5, 27), "五月"), (datetime.date(2025, 6, 25), "六月"),
    (datetime.date(2025, 7, 25), "闰六月"), (datetime.date(2025, 8, 23), "七月"),
    (datetime.date(2025, 9, 22), "八月"), (datetime.date(2025, 10, 21), "九月"),
    (datetime.date(2025, 11, 20), "十月"), (datetime.date(2025, 12, 20), "冬月"),
    (datetime.date(2026, 1, 19), "腊月"), (datetime.date(2026, 2, 17), None),
]
_DAYS = ("初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 "
         "廿一 廿二 廿三 廿四 廿五 廿六 廿七 廿八 廿九 三十").split()


def nongli(y: int, m: int, d: int, year_name: bool = False) -> str:
    """农历三月廿一 (or 农历乙巳年三月廿一) for a date of 2025."""
    day = datetime.date(y, m, d)
    for (start, name), (nxt, _) in zip(_MONTHS, _MONTHS[1:]):
        if start <= day < nxt:
            return "农历" + ("乙巳年" if year_name else "") + name + _DAYS[(day - start).days]
    raise ValueError(day)


def right(text: str, cols: float) -> str:
    """A line set flush right in a column of `cols` (U+3000 padding)."""
    return FW * max(0, int(cols - width(text))) + text
