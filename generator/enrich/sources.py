"""What a file says about its own publication: name, issue and date, read
from mastheads, page headers and footers and self-citations; and what the
user says about it in a sidecar file beside it (seeds/<name>.yml), which wins:

    publication: 中国经营报
    date: 2024-03-04          # or 2024年3月4日
    issue: 第2540期            # optional
    pages: A1                 # the printed page of the whole file, or from which line on which page:
    # pages: {1: A1 要闻, 180: A2 宏观}
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from collections import Counter
from pathlib import Path

import yaml

from ..config import key_line
from ..errors import ConfigError
from ..model import Record, SourceInfo
from ..split.bylines import PAPER_ENDING
from ..regex_cache import compile as rx

CITED_AS_OWN = rx(r"《([^》]{2,12}(?:报|刊|杂志|周刊|信息化))》(?:记者|杂志|编辑部)")
MASTHEAD_TITLE = rx(r"^[\u3400-\u9fff]{2,10}(?:日报|晚报|经营报|时报|周报|报|周刊|杂志)$")
DATE = rx(r"(20\d{2}|19\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
PAPER_IN_HEADER = rx(r"(?<![\u3400-\u9fff])([\u3400-\u9fff0-9]{2,10}(?:" + PAPER_ENDING + r"))(?=\s|$)")
ISSUE = rx(r"第\s*\d+\s*期(?:\s*总第\s*\d+\s*期)?|\d{4}年\s*\d{1,2}月刊")


SIDECAR_SUFFIX = ".yml"
SIDECAR_KEYS = ("publication", "date", "issue", "pages")
CHINESE_DATE = rx(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")


def source_info(seed: str, records: list[Record], folder: Path | None = None) -> SourceInfo:
    """What the file says about its publication, with its sidecar's values
    (when `folder` holds one for it) in place of what was read."""
    read = read_source_info(seed, records)
    if folder is None:
        return read
    given = load_sidecar(sidecar_path(folder, seed))
    return dataclasses.replace(read, **given) if given else read


def sidecar_path(folder: Path, seed: str) -> Path:
    """seeds/002.yml beside seeds/002.txt."""
    return folder / (Path(seed).stem + SIDECAR_SUFFIX)


class _SidecarLoader(yaml.SafeLoader):
    """YAML with dates left as text, so that an impossible one (2024-02-30)
    gets the same one-line error as any other bad value."""


_SidecarLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def load_sidecar(path: Path) -> dict:
    """The fields a sidecar gives, checked; ConfigError names the file, line and key."""
    if not path.is_file():
        return {}
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SidecarLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}{f':{mark.line + 1}' if mark else ''}: malformed YAML ({problem})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected keys {', '.join(SIDECAR_KEYS)}")
    out: dict = {}
    for key, value in data.items():
        where = f"{path}:{key_line(path, key)}"
        if key not in SIDECAR_KEYS:
            raise ConfigError(f"{where}: unknown key '{key}' (expected {', '.join(SIDECAR_KEYS)})")
        if key == "date":
            out["date"] = _iso_date(value, where)
        elif key == "pages":
            out["pages"] = _pages(value, where)
        elif isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            out[key] = str(value).strip()
        else:
            raise ConfigError(f"{where}: '{key}' must be a line of text, not {value!r}")
    return out


def _iso_date(value: object, where: str) -> str:
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    match = CHINESE_DATE.match(text)
    try:
        if match:
            return datetime.date(*(int(g) for g in match.groups())).isoformat()
        return datetime.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ConfigError(f"{where}: 'date' must be a date such as 2024-03-04 or 2024年3月4日, not {value!r}") from None


def _pages(value: object, where: str) -> tuple[tuple[int, str], ...]:
    """A page for the whole file ("A1"), or first line -> page ({1: A1, 180: A2})."""
    if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
        return ((1, str(value).strip()),)
    if isinstance(value, dict) and value:
        pages = []
        for line, page in value.items():
            if not isinstance(line, int) or isinstance(line, bool) or line < 1:
                raise ConfigError(f"{where}: 'pages' keys must be line numbers (1 or more), not {line!r}")
            if not isinstance(page, (str, int)) or isinstance(page, bool) or not str(page).strip():
                raise ConfigError(f"{where}: 'pages' line {line} must name a page (such as A1 or 第3版 要闻), not {page!r}")
            pages.append((line, str(page).strip()))
        return tuple(sorted(pages))
    raise ConfigError(f"{where}: 'pages' must be a page (A1) or a mapping of first line to page ({{1: A1, 180: A2}}), "
                      f"not {value!r}")


def page_of(record: Record, source: SourceInfo | None) -> str | None:
    """The printed page of a record: the sidecar's, where it gives one for the
    record's first line, else what the page's header or footer said."""
    if source is not None and source.pages:
        named = [page for line, page in source.pages if line <= record.lines[0]]
        if named:
            return named[-1]
    return record.page


def read_source_info(seed: str, records: list[Record]) -> SourceInfo:
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
    return {name, rx(r"(?:日报|报|周刊|杂志)$").sub("", name)} - {""}
