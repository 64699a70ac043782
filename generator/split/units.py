"""Classify printed lines into units: headline, subtitle, byline, body, notes…

Everything here reads the shape of print: how long a line is, how it ends,
which conventional forms it takes (bylines, jump markers, editor credits,
table-of-contents entries with page numbers, contact and ad matter).
"""
from __future__ import annotations

import re
from collections import Counter

from ..clean import CJK_CHAR, clean_lines, ends_sentence, squeeze_spaces
from ..model import Line, Unit
from .bylines import parse_byline, split_photo_credit, split_trailing_byline

HEAD, SUB, BYLINE, BODY, NOTE, EDITOR, JUMP, CREDIT, SECTION, TOC, AD, FIGURE = (
    "head", "sub", "byline", "body", "note", "editor", "jump", "credit", "section", "toc", "ad", "figure")
# Matter that goes with a chart or table inside an article.
FIGURE_NOTE = re.compile(r"^(?:数据来源|资料来源|来源|单位|注|截止日期|截至日期|制图|制表)\s*[:：]")

HAN = re.compile(r"[\u3400-\u9fff]")
JUMP_MARK = re.compile(r"^[（(]\s*(?:上接|下转|转|接|续)(?:第)?\s*[A-Z]?\d{1,3}\s*版\s*[）)]$")
EDITOR_CREDIT = re.compile(r"^(?:责任编辑|责编|编辑|美编|校对|审校|本版编辑|统筹|策划)\s*[:：]")
SIGNATURE = re.compile(r"^(?:总编辑|主编|执行主编|社长|特邀评论员|本刊评论员|评论员)\s*(?:[\u3400-\u9fff]{2,4})?$")
EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.[\w-]+\.|\.(?:com|cn|net|org)\b", re.I)
CONTACT = re.compile(
    r"电话|热线|传真|邮编|邮政编码|地址[:：]|ISSN|CN\d|刊号|广告|扫码|二维码|定价|订阅|征订|证券代码|股票代码|证券简称|"
    r"许可证|主办|出版|官方微博|官方微信|官方APP|公众号|官方店|商城|印刷[:：]|发行[:：]|版权声明|法律顾问|邮箱|网址"
)
TOC_LINE = re.compile(
    r"^-?\s*P\d{1,3}\s+\S|\sP\d{1,3}$|(?:\.{3,}|…{2,}|·{3,})\s*[A-Z]?\d{1,3}$|^[A-Z]\d{1,2}~[A-Z]?\d{1,2}$|"
    r"[\u3400-\u9fff]\s+[A-Z]\d{1,2}$|^[\u3400-\u9fff]{2,20}(?:\s+[\u3400-\u9fff]{2,20}){0,4}\s+\d{1,3}$"
)
# Imprint labels of a masthead or colophon ("主办单位：", "社长：", "编辑部：").
MASTHEAD_LABEL = re.compile(r"^(?:版权声明|免责声明)[：:]|^[\u3400-\u9fff]{0,6}(?:部|单位|社长|总编辑|副总编|主编|助理|顾问|联系人|发行|印刷|定价|邮编|刊名|拼音|登记)\s*[：:]\s*\S")
SECTION_LABEL = re.compile(r"^[-\s]*[【\[][^】\]]{1,12}[】\]]$|^[\u3400-\u9fff]{2,8}\s+[A-Z][A-Z &]{2,}$|↗")
SUBTITLE = re.compile(r"^(?:——|—|--)\s*\S|^(?:专访|访)[\u3400-\u9fff]{4,}")
NOTE_START = re.compile(r"^[（(]\s*(?:作者|本文作者|本文)")
FIGURE = re.compile(r"^(?:图|表)\s*\d+")
HEAD_MAX = 40


def looks_like_headline(text: str) -> bool:
    """Short, unpunctuated lines are what headlines and sub-headings look like."""
    bare = text.replace(" ", "")
    if not 2 <= len(bare) <= HEAD_MAX or len(HAN.findall(bare)) < 2:
        return False
    if FIGURE.match(bare) or re.search(r"[。；;]", bare):
        return False
    if bare[-1] in "，,、（(“‘《—-·":
        return False
    if ends_sentence(bare):
        # Headlines may ask or exclaim, but they hold no other sentence.
        return bare[-1] in "？?！!”" and "，" not in bare and len(bare) <= 32 and not re.search(r"[。！？!?][”’]?.", bare[:-1])
    return bare.count("，") <= 1


def looks_like_person(text: str) -> bool:
    """jieba reads the text as a name: it starts with a name word (nr), or is one
    word jieba had to discover itself, as it does with most personal names."""
    from ..enrich.text import tag_of, words

    found = words(text)
    return bool(found) and (tag_of(found[0]).startswith("nr") or (len(found) == 1 and tag_of(found[0]) == "x"))


def _is_ad_line(line: Line) -> bool:
    text = line.text
    if MASTHEAD_LABEL.match(text):
        return True
    if EMAIL_OR_URL.search(text):
        return True
    if not CJK_CHAR.search(text):
        return True  # Latin-only matter: brand names, English mastheads, numbers
    return len(text) <= 60 and bool(CONTACT.search(text)) and not ends_sentence(text)


def _line_kind(line: Line) -> str:
    text, raw = line.text, line.raw
    if line.md_level >= 3:
        return HEAD
    if line.md_level:
        return SUB if SUBTITLE.match(text) else HEAD
    if JUMP_MARK.match(text):
        return JUMP
    if "\t" in raw or (FIGURE_NOTE.match(text) and len(text) <= 40):
        return FIGURE
    if "↗" in raw and re.search(r"[A-Z]?\d{1,2}\s*$", raw):
        return TOC  # a teaser's pointer to an inner page ("↗ A3")
    if EDITOR_CREDIT.match(text):
        return EDITOR
    if SIGNATURE.match(raw):
        return BYLINE
    byline = parse_byline(raw)
    if byline:
        return CREDIT if byline.photo else BYLINE
    if TOC_LINE.search(raw) and len(text) <= 60 and not ends_sentence(text):
        return TOC
    if SECTION_LABEL.search(raw) and len(text) <= 30:
        return SECTION
    if _is_ad_line(line):
        return AD
    if SUBTITLE.match(text) and len(text) <= 60 and not ends_sentence(text):
        return SUB
    if looks_like_headline(text):
        return HEAD
    return BODY


def _split_merged(lines: list[Line]) -> list[Line]:
    """Separate what extraction glued onto one line: 'headline本报记者 X', 'caption X 摄'."""
    out: list[Line] = []
    for line in lines:
        merged = split_trailing_byline(line.raw) if line.text else None
        if merged:
            head, tail = merged
            out.append(Line(line.no, squeeze_spaces(head), head, line.frame_start, line.md_level))
            out.append(Line(line.no, squeeze_spaces(tail), tail))
            continue
        credit = split_photo_credit(line.raw) if line.text else None
        spaced = credit and (line.raw[: -len(credit[1].text)].endswith(" ") or "/" in credit[1].text)
        if credit and len(credit[0]) >= 4 and (spaced or ends_sentence(squeeze_spaces(credit[0]))):
            caption, byline = credit
            out.append(Line(line.no, squeeze_spaces(caption), caption, line.frame_start, line.md_level))
            out.append(Line(line.no, squeeze_spaces(byline.text), byline.text))
            continue
        out.append(line)
    return out


def blocks_of(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines; an indented line opens a new frame, hence a new block."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if not line.text or (line.frame_start and current):
            if current:
                blocks.append(current)
            current = [line] if line.text else []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _classify_block(block: list[Line]) -> list[str]:
    kinds = [_line_kind(line) for line in block]
    # Author notes may wrap: "（作者系全国政协委员、安天科" / "技集团董事长）".
    if NOTE_START.match(block[0].text) and block[-1].text.endswith(("）", ")")) and len(block) <= 4:
        return [NOTE] * len(block)
    # An editor credit takes the address lines that follow it.
    for i, kind in enumerate(kinds):
        if kind == EDITOR:
            for j in range(i + 1, len(kinds)):
                if kinds[j] in (AD, HEAD, BODY) and len(block[j].text) <= 40:
                    kinds[j] = EDITOR
    # A short name under a headline in the same block is its byline ("肖新光").
    for i in range(1, len(block)):
        if (kinds[i] == HEAD and kinds[i - 1] == HEAD and len(block[i - 1].text) >= 6
                and re.fullmatch(r"[\u3400-\u9fff]{2,3}", block[i].text) and looks_like_person(block[i].text)):
            kinds[i] = BYLINE
    # Masthead and contact blocks: when most lines are such matter, all are.
    if kinds.count(AD) * 2 >= len(kinds) and len(kinds) > 1:
        kinds = [AD if k in (HEAD, BODY) else k for k in kinds]
    # Headline-like lines inside a block of running text are just short lines:
    # a headline stands in a block of its own (at most three lines, with its byline).
    if (BODY in kinds or len(block) - kinds.count(BYLINE) > 3) and HEAD in kinds:
        kinds = [BODY if k == HEAD and not block[i].md_level else k for i, k in enumerate(kinds)]
    if kinds.count(HEAD) > 3 and BODY not in kinds:
        kinds = [AD if k == HEAD else k for k in kinds]  # a stack of slogans: ad or cover matter
    # Ad/contact matter inside running text stays text.
    if BODY in kinds:
        kinds = [BODY if k == AD and CJK_CHAR.search(block[i].text) and not EMAIL_OR_URL.search(block[i].text) else k
                 for i, k in enumerate(kinds)]
    return kinds


def _names_after_role(units: list[Unit]) -> list[Unit]:
    """'新华社记者' printed alone takes the short name lines that follow it."""
    out: list[Unit] = []
    collecting = False
    for unit in units:
        parsed = parse_byline(unit.lines[0].raw) if unit.kind == BYLINE else None
        if parsed is not None and parsed.needs_names:
            collecting = True
            out.append(unit)
            continue
        if collecting and unit.kind in (HEAD, BODY, BYLINE) and re.fullmatch(r"[\u3400-\u9fff]{2,4}", unit.text):
            prev = out[-1]
            prev.lines.extend(unit.lines)
            prev.text = f"{prev.text} {unit.text}"
            continue
        collecting = False
        out.append(unit)
    return out


def units_of(raw_lines: list[str]) -> list[Unit]:
    """Lines of a file -> units in printed order (blank lines dropped)."""
    lines = _split_merged(clean_lines(raw_lines))
    units: list[Unit] = []
    for block in blocks_of(lines):
        kinds = _classify_block(block)
        for line, kind in zip(block, kinds):
            prev = units[-1] if units else None
            same_block = prev is not None and prev.lines[-1] in block
            joinable = kind in (HEAD, BODY, NOTE, EDITOR, AD, TOC, SUB) and not (kind == HEAD and line.md_level)
            if prev and same_block and prev.kind == kind and joinable:
                prev.lines.append(line)
                prev.text = prev.text + line.text if kind in (HEAD, NOTE) else f"{prev.text}\n{line.text}"
                continue
            units.append(Unit(kind=kind, lines=[line], text=line.raw if kind in (BYLINE, CREDIT) else line.text))
    # A short label printed again and again (a running page header such as a
    # column name) is the section, not a headline.
    repeats = Counter(u.text for u in units if u.kind == HEAD and len(u.text) <= 10)
    for unit in units:
        if unit.kind == HEAD and repeats[unit.text] >= 3 and not unit.lines[0].md_level:
            unit.kind = SECTION
    for prev, unit, nxt in zip([None] + units[:-1], units, units[1:] + [None]):
        if unit.kind == HEAD and nxt is not None and nxt.kind == FIGURE and nxt.first - unit.last <= 2:
            unit.kind = FIGURE  # the title of a table or chart
        # A lone name printed beside a signature role ("刘俊卿" / "特邀评论员").
        beside_role = any(u is not None and u.kind == BYLINE and abs(u.first - unit.first) <= 2 and SIGNATURE.match(u.text)
                          for u in (prev, nxt))
        if unit.kind == HEAD and beside_role and re.fullmatch(r"[\u3400-\u9fff]{2,3}", unit.text) and looks_like_person(unit.text):
            unit.kind = BYLINE
        if unit.kind == HEAD and len(unit.lines) > 1 and not looks_like_headline(unit.text):
            unit.kind = BODY  # a short paragraph that wrapped, not a headline
        if unit.kind == HEAD and nxt is not None and nxt.kind == CREDIT and nxt.first == unit.last:
            unit.kind = BODY  # a photo caption with its credit on the same line
    return _names_after_role(units)
