"""What a file says about its own publication: name, issue and date."""
from __future__ import annotations

import re
from collections import Counter

from ..model import Record, SourceInfo

CITED_AS_OWN = re.compile(r"《([^》]{2,12}(?:报|刊|杂志|周刊|信息化))》(?:记者|杂志|编辑部)")
MASTHEAD_TITLE = re.compile(r"^[\u3400-\u9fff]{2,10}(?:日报|晚报|经营报|时报|周报|报|周刊|杂志)$")
DATE = re.compile(r"(20\d{2}|19\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
PAPER_IN_HEADER = re.compile(r"(?<![\u3400-\u9fff])([\u3400-\u9fff0-9]{2,10}(?:日报|晚报|时报|商报|早报|周报|导报|快报|经济报道|周刊|报))(?=\s|$)")
ISSUE = re.compile(r"第\s*\d+\s*期(?:\s*总第\s*\d+\s*期)?|\d{4}年\s*\d{1,2}月刊")


def source_info(seed: str, records: list[Record]) -> SourceInfo:
    """Read publication, issue and date from page headers and footers,
    mastheads and self-citations."""
    other_lines = [line for r in records if r.kind == "other" for line in r.text.splitlines()]
    furniture = [line for r in records if r.what == "页眉页脚" for line in r.text.splitlines()]
    names: Counter = Counter()
    for record in records:
        names.update(CITED_AS_OWN.findall(record.text))
    for line in other_lines[:80]:
        if MASTHEAD_TITLE.match(line.strip()):
            names[line.strip()] += 3
    for line in furniture:  # "2024年3月5日 星期二  经济日报  第3版": the paper names itself on every page
        names.update(PAPER_IN_HEADER.findall(line) * 5)
    publication = names.most_common(1)[0][0] if names else None
    dates = Counter(DATE.search(line).groups() for line in furniture if DATE.search(line))
    date = None
    if dates:
        y, m, d = (int(g) for g in dates.most_common(1)[0][0])
        date = f"{y:04d}-{m:02d}-{d:02d}"
    issue = None
    for line in other_lines:
        if date is None and ("出版" in line or "日期" in line):
            match = DATE.search(line)
            if match:
                y, m, d = (int(g) for g in match.groups())
                date = f"{y:04d}-{m:02d}-{d:02d}"
        if issue is None:
            match = ISSUE.search(line)
            issue = match.group(0) if match else None
    return SourceInfo(seed=seed, publication=publication, issue=issue, date=date)


def own_names(source: SourceInfo | None) -> set[str]:
    """The paper's own name and its bare title, which are never subjects of its articles."""
    if source is None or not source.publication:
        return set()
    name = source.publication
    return {name, re.sub(r"(?:日报|报|周刊|杂志)$", "", name)} - {""}
