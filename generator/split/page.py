"""Units and rows -> the elements of a page, in printed order.

- `HeadGroup`: headline lines standing together with their kicker, subtitle
  (opened by a dash) and byline;
- `Text`: running text, with what is printed inside it (a photo caption and
  its credit, an author note, a chart line, a page header between two pages
  of one article) kept as inserts, so a sentence they cut is rejoined;
- `Caption`: a photo caption with its credit standing on its own (a brief);
- `Other`: adverts, tables of contents, editor credits, jump lines, page
  furniture and anything else that is not an article's text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..clean import ends_sentence
from .lines import AD, AUTHOR_BIO, BLANK, BYLINE, CREDIT, EDITOR, FIGURE, FURNITURE, JUMP, NOTE, SECTION, SUB, TEXT, Row, english_line, first_word, letter_spaced, set_far_in, wrapped_credit
from .bylines import signature_alone
from .units import ADVERSATIVE, BODY, CLOSERS, HEAD, SUPPLIED_BY, Unit, _closes_first, _unbalanced, cjk, opens_with_dateline, reads_on, word_crosses
from ..regex_cache import compile as rx

CAPTION_START = rx(r"^(?:图为|图\s*[:：｜|]|上图|下图|左图|右图|图片|[（(]图|[▲△↑])")  # "▲7月5日，…": the mark points at the photo
CAPTION_MAX = 160  # characters a photo caption runs to


@dataclass
class HeadGroup:
    units: list[Unit]  # HEAD units, in order
    rows: list[Row] = field(default_factory=list)  # SUB, BYLINE and section rows of the group

    @property
    def items(self) -> list[Unit | Row]:
        return sorted([*self.units, *self.rows], key=lambda x: x.first if isinstance(x, Unit) else x.no)

    @property
    def first(self) -> int:
        return min(x.first if isinstance(x, Unit) else x.no for x in self.items)

    @property
    def last(self) -> int:
        return max(x.last if isinstance(x, Unit) else x.no for x in self.items)

    def of(self, role: str) -> list[Row]:
        return [r for r in self.rows if r.role == role]

    @property
    def strong(self) -> bool:
        """Printed as a headline group beyond doubt: with a byline or a
        subtitle, or marked by the extraction. (Two display lines alone may
        be a kicker and its headline, or a crosshead and a sub-crosshead.)"""
        return bool(self.of(BYLINE) or self.of(SUB) or any(u.rows[0].line.md_level in (1, 2) for u in self.units))


@dataclass
class Caption:
    units: list[Unit]
    credit: Row

    @property
    def text(self) -> str:
        return "".join(u.text for u in self.units)


@dataclass
class Text:
    """Running text. `parts` are BODY/HEAD units and inserts, in printed order."""

    parts: list[Unit | Row | Caption] = field(default_factory=list)
    gap: bool = False  # parted from the text before only by a blank line: maybe the same text
    item: bool = False  # one of a digest's items, cut apart at its bullet (no headline of its own)
    _body: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def units(self) -> list[Unit]:
        return [p for p in self.parts if isinstance(p, Unit)]

    @property
    def body(self) -> str:
        # Read often by the article decisions; parts only change as whole texts merge.
        key = (len(self.parts), id(self.parts[0]) if self.parts else 0)
        if self._body is None or self._body[0] != key:
            self._body = (key, "".join(u.text for u in self.units if u.kind == BODY))
        return self._body[1]

    @property
    def open(self) -> bool:
        bodies = [u for u in self.units if u.kind == BODY]
        return bool(bodies) and bodies[-1].open


@dataclass
class Other:
    rows: list[Row]


Item = HeadGroup | Text | Caption | Other


def _note_rows(rows: list[Row]) -> None:
    """An author note wraps: '（作者系…' takes the lines up to its closing bracket.
    A note with no bracket open ("▲林 涛 …研究室主任", a name and a post) is
    whole on its line: the lines after it are the text's again."""
    for k, row in enumerate(rows):
        if row.role != NOTE or row.text.endswith(("）", ")")):
            continue
        if not _opens_note(row.text):
            # another name and post right under it ("曾纯 本刊总编辑") is the next writer's note
            for nxt in rows[k + 1: k + 3]:
                if not (nxt.role == TEXT and len(nxt.text) <= BIO_CHARS and AUTHOR_BIO.match(nxt.line.raw.strip())
                        and not letter_spaced(nxt.line.raw)):  # ("十 条 措 施 “ 新 ” 在 哪 里": a headline in spaced type)
                    break
                nxt.role = NOTE
            continue
        for j, nxt in enumerate(rows[k + 1: k + 4], start=k + 1):
            if nxt.role != TEXT or (j + 1 < len(rows) and rows[j + 1].role == BYLINE and rows[j + 1].no == nxt.no + 1):
                break  # (a line right over a byline heads the next piece: "我见证了…" / "樊守拙／文")
            nxt.role = NOTE
            if nxt.text.endswith(("）", ")")):
                break


BIO_CHARS = 30  # a name and a post, not a sentence


def _opens_note(text: str) -> bool:
    """A note that goes on past its line: a bracket left open, or a label ("作者简介：…") before an unfinished sentence."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")") or (
        bool(rx(r"^(?:作者简介|作者单位)\s*[:：]").match(text)) and not text.endswith(("。", "！", "？")))


def _caption_split(unit: Unit, after: Unit | None) -> tuple[int, bool]:
    """Where a photo caption starts inside the unit printed before its credit,
    and whether print says so for sure.

    A caption set into running text starts at a line start and cuts the
    sentence of the text around it; the line before the caption and the
    line after the credit then read on, a word across the join."""
    rows = unit.rows
    for r in range(len(rows) - 1, max(0, len(rows) - 6), -1):
        if CAPTION_START.match(rows[r].text):
            return r, True
    if after is not None:
        for r in range(len(rows) - 1, max(0, len(rows) - 5), -1):
            if word_crosses(rows[r - 1].text, after.rows[0].text):
                return r, True
        resumed = after.rows[0].text
        closes = _closes_first(resumed)
        if resumed[:1] in MID_SENTENCE or closes:
            # The text after the credit goes on from a sentence (it opens
            # on "的" or a mark, or closes a bracket): the caption is the
            # unit's end, a sentence of its own starting at a line start
            # after a line left open; the earliest such line.
            for r in range(1, len(rows)):
                if (not ends_sentence(rows[r - 1].text) and rows[r].text[:1] not in MID_SENTENCE
                        and not word_crosses(rows[r - 1].text, rows[r].text)
                        and (not closes or (_unbalanced("".join(x.text for x in rows[:r]))
                                            and not _unbalanced("".join(x.text for x in rows[r:]))))):
                    return r, True
    return len(rows) - 1, False


# A sentence never opens on these: a line that does goes on from one left open.
MID_SENTENCE = "的，,、。：:；;？?！!…" + CLOSERS


def _captions(seq: list[Unit | Row]) -> list[Unit | Row | Caption]:
    """Photo credits take the caption printed just before them."""
    out: list[Unit | Row | Caption] = []
    for k, item in enumerate(seq):
        if not (isinstance(item, Row) and item.role == CREDIT):
            out.append(item)
            continue
        prev = out[-1] if out else None
        if isinstance(prev, Caption) and wrapped_credit(prev.credit, item):
            prev.credit = _rejoined(prev.credit, item)  # "图片由…文化和旅游局" / "提供": one credit
            continue
        if not isinstance(prev, Unit):
            out.append(Caption([], item))  # a credit alone ("视觉中国/图" under a chart)
            continue
        rest = [x for x in seq[k + 1:k + 6] if not (isinstance(x, Row) and x.role == BLANK)]
        after = rest[0] if rest else None
        after_unit = after if isinstance(after, Unit) and after.blank_before == 0 and not after.rows[0].indented else None
        if after_unit is not None and after_unit.kind == HEAD and len(rest) > 1 \
                and isinstance(rest[1], Row) and rest[1].role in (BYLINE, SUB):
            after_unit = None  # a headline over its byline opens an article: no sentence goes on into it
        cut, sure = _caption_split(prev, after_unit)
        # An indented paragraph start that the text after the credit goes on
        # from (flush, no blank line) holds the caption inside the paragraph:
        # the caption is its end, never the whole of it.
        inside_paragraph = after_unit is not None and prev.rows[0].indented
        whole = len(prev.text) <= CAPTION_MAX and not _opened_by(out[:-1], prev) and not inside_paragraph
        if len(prev.rows) == 1 and len(prev.text) > CAPTION_MAX:
            out.append(Caption([], item))  # a paragraph of text, then a photo credited alone ("视觉中国/图")
            continue
        # (a guessed start that cuts a word, "客流超" / "过2万人次。", is none:
        # the text ran on to its stop above the credit, all of it the caption)
        cut_mid_word = (not sure and 0 < cut < len(prev.rows) and word_crosses(prev.rows[cut - 1].text, prev.rows[cut].text)
                        and (after_unit is None or after_unit.kind == HEAD))  # (and no text after the credit goes on)
        if (whole and not sure) or len(prev.rows) == 1 or cut == 0 or (cut_mid_word and len(prev.text) <= CAPTION_MAX):
            out[-1] = Caption([prev], item)
            continue
        body, caption = Unit(BODY, prev.rows[:cut], prev.blank_before), Unit(BODY, prev.rows[cut:])
        if after_unit is not None and after_unit.kind == HEAD and reads_on(body, after_unit):
            # The caption cut a sentence: the short line after its credit
            # is the sentence's rest, not a display line.
            after_unit.kind = BODY
        out[-1] = body
        out.append(Caption([caption], item))
    return out


def _rejoined(above: Row, below: Row) -> Row:
    """One row of two lines a narrow column broke apart (numbered as the first)."""
    line = replace(above.line, text=above.text + below.text, raw=above.line.raw.rstrip() + below.line.raw.strip())
    return replace(above, line=line)


def _opened_by(before: list, unit: Unit) -> bool:
    """The unit continues text left open just before it (so it is not a caption start)."""
    prev = next((x for x in reversed(before) if not (isinstance(x, Row) and x.role == BLANK)), None)
    return isinstance(prev, Unit) and prev.kind == BODY and prev.open and unit.blank_before == 0


ITEM_BULLETS = "●◆▶►"  # marks that open an item of a digest (■ and □ may mark a crosshead or a byline)


def _continued_from(item) -> bool:
    """A jump line saying the text comes from another page ("（上接A1版）")."""
    return isinstance(item, Row) and item.role == JUMP and bool(rx(r"上接|接上|续前|转自|紧接").search(item.text))


DECK_CHARS = 100  # a deck printed without its dash is a sentence or two, never a paragraph's length


def _decks_over_bylines(seq: list) -> list:
    """"制造业出海新路径：…" / "长三角一批民营制造企业正…，" / "但合规…考验" /
    blank / "21世纪经济报道记者 何乐": lines of text between a headline and its
    byline, closing no sentence and set apart from the byline, are the
    headline's deck (printed without its dash), not the article's first
    paragraph, which comes under the byline."""
    out = list(seq)
    for k, item in enumerate(out):
        if not (isinstance(item, Unit) and item.kind == HEAD):
            continue
        j, deck = k + 1, []
        while j < len(out) and (isinstance(out[j], Row) and out[j].role == BLANK
                                or isinstance(out[j], Unit) and out[j].kind == BODY and len(deck) < 2):
            if isinstance(out[j], Unit):
                deck.append(j)
            j += 1
        after = out[j] if j < len(out) else None
        if not deck or not (isinstance(after, Row) and after.role == BYLINE):
            continue
        units = [out[i] for i in deck]
        text = "".join(u.text for u in units)
        if (len(text) > DECK_CHARS or ends_sentence(text) or opens_with_dateline(text)
                or after.no - units[-1].last != 2 or units[0].first - item.last > 2):
            # (set apart from the byline by a blank line, as the headline's
            # block is; a standfirst run solid into the byline opens the text)
            continue
        for i in deck:
            for row in out[i].rows:
                row.role = SUB
        out[k + 1:j] = [r for x in out[k + 1:j] for r in (x.rows if isinstance(x, Unit) else [x])]
    return out


def _deck_under_byline(group: HeadGroup, item, after, out: list) -> bool:
    """"前5个月全省外贸进出口增长7.3%" / "本报记者　骆青岚" / "民营企业进出口
    占比首次超过六成" / text, set solid at the head of the page: the headline's
    second line was printed beside the byline and came out after it. A new
    article's headline never stands between a byline and the text under it
    (unless the group above is a headline printed after its own text: so
    only where no text comes before the group)."""
    # (a labelled or bulleted line there, "【现场】看房团又多了起来", opens the text's first part)
    return (isinstance(item, Unit) and item.kind == HEAD and len(item.rows) == 1 and item.blank_before == 0
            and item.text[:1] not in "【[■□●◆▶►◎" and not rx(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十\d]+)").match(item.text)
            and bool(group.units) and bool(group.of(BYLINE)) and not group.of(SUB) and item.first == group.last + 1
            and isinstance(after, Unit) and after.kind == BODY and after.blank_before <= 1
            and not any(isinstance(x, (Unit, Caption)) for x in out))


def _group_heads(seq: list[Unit | Row | Caption]) -> list[Unit | Row | Caption | HeadGroup]:
    """Headline lines, subtitles and bylines printed together form a group;
    one blank line may stand between them, two part them."""
    seq = _decks_over_bylines(seq)
    out: list = []
    group: HeadGroup | None = None
    last_no = -10
    for k, item in enumerate(seq):
        if isinstance(item, Row) and item.role == BLANK:
            continue
        if group is not None and _deck_under_byline(group, item, seq[k + 1] if k + 1 < len(seq) else None, out):
            group.rows.append(replace(item.rows[0], role=SUB))  # "前5个月…增长7.3%" / byline / "民营企业…超过六成" / text
            last_no = item.last
            continue
        member = ((isinstance(item, Unit) and item.kind == HEAD)
                  or (isinstance(item, Row) and item.role in (SUB, BYLINE, SECTION)))
        if member:
            first = item.first if isinstance(item, Unit) else item.no
            # A headline group runs kicker, headline, subtitle, byline: a
            # headline after a byline or subtitle starts the next group.
            closed = group is not None and isinstance(item, Unit) and (
                any(r.role in (BYLINE, SUB) for r in group.rows)
                or (bool(group.units) and item.text[:1] in ITEM_BULLETS)) \
                and not _english_over_headline(group, first)  # "●…": a digest's next item
            if group is not None and first - last_no <= 2 and not closed:
                (group.units if isinstance(item, Unit) else group.rows).append(item)
            else:
                group = HeadGroup([item] if isinstance(item, Unit) else [], [] if isinstance(item, Unit) else [item])
                out.append(group)
            last_no = item.last if isinstance(item, Unit) else item.no
            continue
        if group is not None and _continued_from(item) and item.no - last_no <= 2:
            out.append(item)  # "（上接A1版）" between a headline and its byline: the group goes on
            last_no = item.no
            continue
        if group is not None and _masthead_between(group, item, seq[k + 1:], last_no):
            out.append(item)  # a front page's date, number or weather line between the lead's headline and its subtitle
            last_no = item.no
            continue
        group = None
        out.append(item)
    # A running header alone (a column name printed on every page) is not a
    # headline group; it goes back among the rows.
    unwrapped: list = []
    for item in out:
        if isinstance(item, HeadGroup) and not item.units and all(r.role == SECTION for r in item.rows):
            unwrapped += item.rows
        else:
            unwrapped.append(item)
    return unwrapped


MASTHEAD_ROWS = (FURNITURE, AD, FIGURE)  # the date, the serial numbers, the weather of a front page's masthead


def _masthead_between(group: HeadGroup, item, after: list, last_no: int) -> bool:
    """A row of the masthead right under a headline group of display lines
    only, with more masthead rows and then the group's subtitle or byline
    after it: the front page set its masthead block beside the lead."""
    if not (isinstance(item, Row) and item.role in MASTHEAD_ROWS and item.no == last_no + 1 and group.units and not group.rows):
        return False
    nxt = next((x for x in after if not (isinstance(x, Row) and x.role in MASTHEAD_ROWS + (BLANK,))), None)
    return isinstance(nxt, Row) and nxt.role in (SUB, BYLINE)


def _english_over_headline(group: HeadGroup, first: int) -> bool:
    """"Green bonds draw overseas investors" / "绿色债券受境外投资者青睐": a
    bilingual page's English headline set solid over the Chinese one opens
    the group; the headline under it is the same group's."""
    return (not group.units and bool(group.rows) and all(r.role == SUB and english_line(r.text) for r in group.rows)
            and first == group.rows[-1].no + 1)


def _anchor_heads(seq: list) -> list:
    """Short unpunctuated lines right above a byline or dash subtitle are the
    headline, even when they filled their line (a headline broken at the
    column) or ran on from the line before: up to three lines, back to where
    a sentence ended, are split off the text."""
    out: list = []
    opened: Unit | None = None  # a dateline whose bracket is still open
    for item in seq:
        if opened is not None and isinstance(item, Unit) and item.kind == BODY and item.first == opened.last + 1:
            opened.rows += item.rows  # "睿）3月4日…": the bracket closes and the text goes on
            opened = None
            continue
        opened = None
        if isinstance(item, Row) and item.role == BYLINE and _dateline_left_open(out, item):
            # "新华社兰州6月13日电（" / "记者 谢强 孙玲峰" / "睿）3月4日…": the names
            # inside a dateline's bracket, not a byline under a headline
            opened = out[-1]
            opened.rows.append(replace(item, role=TEXT))
            continue
        if isinstance(item, Row) and item.role in (BYLINE, SUB) and not _signature_set_right(out, item):
            _take_headline_above(out, item.no)
        elif _continued_from(item) and _set_apart_above(out, item.no):
            # "泷水：老工业城市的“新”答卷" / "（上接A9版）" / "加快培育…": the
            # continued article's headline, reprinted over the jump line
            _take_headline_above(out, item.no)
        out.append(item)
    return out


def _signature_set_right(out: list, row: Row) -> bool:
    """A byline set flush right ("　　　　　澄屿港务集团党委书记、董事长") under a
    closed sentence signs the text above; it heads nothing."""
    prev = next((x for x in reversed(out) if not (isinstance(x, Row) and x.role == BLANK)), None)
    return (row.role == BYLINE and set_far_in(row) and isinstance(prev, Unit)
            and prev.kind == BODY and ends_sentence(prev.text))


def _set_apart_above(out: list, below: int) -> bool:
    """The lines right above line `below` are a short block set apart (a
    blank line, the page's top or other matter above it), as a headline is,
    not the end of a paragraph."""
    prev = out[-1] if out else None
    return (isinstance(prev, Unit) and prev.kind in (HEAD, BODY) and prev.last + 1 == below and len(prev.rows) <= 2
            and (prev.blank_before > 0 or len(out) == 1 or not isinstance(out[-2], Unit)))


def _dateline_left_open(out: list, row: Row) -> bool:
    """The line before `row` opens a text with a dateline whose bracket it leaves open."""
    prev = out[-1] if out else None
    if not (isinstance(prev, Unit) and prev.kind == BODY and prev.last + 1 == row.no and opens_with_dateline(prev.text)):
        return False
    return prev.text.count("（") + prev.text.count("(") > prev.text.count("）") + prev.text.count(")")


def _take_headline_above(out: list, below: int) -> None:
    """Turn the lines printed right above line `below` (one blank line may
    part them from it) into headline units, up to three lines, stopping
    where a sentence ended."""
    count = 0
    j = len(out)
    while count < 3:
        j -= 1
        while j >= 0 and isinstance(out[j], Row) and out[j].role == BLANK:
            j -= 1
        prev = out[j] if j >= 0 else None
        close = isinstance(prev, Unit) and (prev.last + 1 == below or (count == 0 and prev.last + 2 == below))
        if not close or prev.kind not in (HEAD, BODY):
            return
        if prev.kind == HEAD:
            count, below = count + len(prev.rows), prev.first
            continue
        k = len(prev.rows)
        while (k > 0 and count + len(prev.rows) - k < 3 and _headline_row(prev.rows[k - 1].text)
               and not _signature_row(prev.rows[k - 1])):
            k -= 1
        if k and count + len(prev.rows) <= 5 and _display_block(prev):
            k = 0  # a kicker over a headline on three lines: a block of display lines set apart, taken whole
        if k == len(prev.rows) or (k > 0 and not ends_sentence(prev.rows[k - 1].text)) or (k == 0 and _left_open_above(out, j)):
            return
        if first_word(prev.rows[k].text) in ADVERSATIVE:
            return  # "但合规、用工与文化差异…": the rest of a sentence begun above, no headline
        head = Unit(HEAD, prev.rows[k:], prev.blank_before if k == 0 else 0)
        if k:
            out[j:j + 1] = [Unit(BODY, prev.rows[:k], prev.blank_before, prev.glued, prev.frame, prev.gap), head]
            return
        out[j] = head
        count, below = count + len(prev.rows), prev.first


def _left_open_above(out: list, j: int) -> bool:
    """The unit at `j` goes on with a sentence the running text right above
    it left open ("…经营主体，但这条路" / "并不平坦", a standfirst set wider
    than the column): the rest of that sentence, not a headline. (A line of
    display type above it is a headline's first line.)"""
    above = out[j - 1] if j > 0 else None
    return (isinstance(above, Unit) and above.kind == BODY and above.last + 1 == out[j].first
            and not ends_sentence(above.rows[-1].text) and not _headline_row(above.rows[-1].text))


def _table_titles(seq: list) -> list:
    """A display line right above a table or chart is its title. The
    table's header row ("品名　规格　单位　均价　涨跌") is of the table first,
    so the title stands right above the table."""
    for k, item in enumerate(seq):
        nxt = next((x for x in seq[k + 1:] if not (isinstance(x, Row) and x.role == BLANK)), None)
        if (isinstance(item, Unit) and item.kind == HEAD and len(item.rows) == 1 and _header_row(item.rows[0])
                and isinstance(nxt, Row) and nxt.role == FIGURE and nxt.no == item.last + 1):
            item.rows[0].role = FIGURE
            seq[k] = item.rows[0]
    out: list = []
    for k, item in enumerate(seq):
        nxt = next((x for x in seq[k + 1:] if not (isinstance(x, Row) and x.role == BLANK)), None)
        if (isinstance(item, Unit) and item.kind == HEAD and isinstance(nxt, Row) and nxt.role == FIGURE
                and nxt.no - item.last <= 2 and not (nxt.no - item.last == 2 and _box_label(nxt))):
            for row in item.rows:
                row.role = FIGURE
            out += item.rows
        else:
            out.append(item)
    return out


HEADER_CELLS, HEADER_CELL_CHARS = 3, 6


def _header_row(row: Row) -> bool:
    """Three or more short words set apart by spaces, no mark of a sentence: a table's column heads."""
    cells = row.line.raw.split()
    return (len(cells) >= HEADER_CELLS and all(len(c) <= HEADER_CELL_CHARS for c in cells)
            and not rx(r"[，,。；;！？!?：:]").search(row.text))


BOX_LABEL_CHARS = 8


def _box_label(row: Row) -> bool:
    """"开奖公告", "芷川天气": a box's own label, a word or two of Chinese alone
    (no figure, no cells set apart); a display line set apart above it is no
    title of the box (one set solid over it, "鹭汀农产品批发市场" / "部分品种批发均价",
    is the title's first line)."""
    raw = row.line.raw.strip()
    return len(raw) <= BOX_LABEL_CHARS and cjk(raw)  # (not "单位：万辆")


def _display_block(unit: Unit) -> bool:
    """A block of four or five lines set apart by a blank line above, none
    with a stop or more than one comma, none a paragraph's indented start."""
    return (unit.blank_before > 0 and len(unit.rows) <= 5 and not any(r.indented for r in unit.rows)
            and all(_headline_row(r.text) for r in unit.rows))


def _signature_row(row: Row) -> bool:
    """"（协会秘书处　倪亦晴）", "（县农业农村局供稿）": the signature or supplier's
    credit closing the text above (read as printed, its spaces kept)."""
    raw = row.line.raw.strip()
    return raw.startswith(("（", "(")) and bool(signature_alone(raw) or SUPPLIED_BY.match(raw))


def _headline_row(text: str) -> bool:
    return not rx(r"[。；;]").search(text) and len(rx(r"[，,]").findall(text)) <= 1 and not ends_sentence(text.rstrip("？?！!"))


def _texts(seq: list) -> list[Item]:
    """Running text and what is printed inside it become Text items."""
    items: list[Item] = []
    text: Text | None = None

    def inside(k: int) -> bool:
        """An insert sits inside running text when text goes on after it."""
        nxt = next((x for x in seq[k + 1:] if not (isinstance(x, Row) and x.role == BLANK)), None)
        return text is not None and isinstance(nxt, Unit) and nxt.kind == BODY

    for k, item in enumerate(seq):
        if isinstance(item, Unit):
            if text is None or (item.kind == BODY and (item.frame or item.gap)):
                text = Text(gap=item.gap and not item.frame and text is not None)
                items.append(text)
            text.parts.append(item)
        elif isinstance(item, HeadGroup):
            text = None
            items.append(item)
        elif isinstance(item, Caption):
            following = next((x for x in seq[k + 1:] if not (isinstance(x, Row) and x.role == BLANK)), None)
            if text is not None and (not item.units or (isinstance(following, HeadGroup) and not following.strong)):
                # A credit alone under a photo, or a photo before a crosshead: part of the text.
                text.parts.append(item)
            elif inside(k) and (text.open or not _stands_alone(item)):
                text.parts.append(item)
            else:
                after_text = inside(k)
                text = None
                items.append(item)
                if after_text:  # the text after may go on with the text before: a photo between paragraphs
                    text = Text(gap=True)
                    items.append(text)
        elif item.role == BLANK:
            continue
        elif item.role in (FIGURE, FURNITURE, SECTION) and (text is not None and (inside(k) or item.role == FIGURE)):
            text.parts.append(item)  # a chart line, or a page header between two pages of one text
        elif item.role == NOTE and text is not None and (text.open or inside(k)):
            text.parts.append(item)
        elif item.role in (EDITOR, JUMP) and text is not None and text.open and inside(k):
            text.parts.append(item)
        else:
            if item.role == NOTE and text is not None:
                # An author note goes with the text it follows; what comes
                # next (a crosshead, the article's headline) decides the rest.
                text.parts.append(item)
                continue
            text = None
            if items and isinstance(items[-1], Other) and items[-1].rows[-1].no >= item.no - 2:
                items[-1].rows.append(item)
            else:
                items.append(Other([item]))
    return [it for it in items if not (isinstance(it, Text) and not it.units)]


def _stands_alone(caption: Caption) -> bool:
    """A caption printed with blank lines around it and news of its own."""
    return bool(caption.units) and caption.units[0].blank_before > 0 and len(caption.text) >= 40 and not CAPTION_START.match(caption.text)


def _sections(rows: list[Row]) -> None:
    """A short line printed again and again is a running header (a column
    or section name), not a headline."""
    counts: dict[str, int] = {}
    for row in rows:
        if row.role == TEXT and len(row.text) <= 10:
            counts[row.text] = counts.get(row.text, 0) + 1
    for k, row in enumerate(rows):
        if row.role == TEXT and counts.get(row.text, 0) >= 3 and not row.line.md_level and not row.speaker \
                and not _running_text(rows, k):
            row.role = SECTION


def _running_text(rows: list[Row], k: int) -> bool:
    """"新。" closing a sentence, "《某报》记者" cut at a narrow column's edge
    with text under it: words a page's columns repeat, not its header."""
    row = rows[k]
    return ends_sentence(row.text) or (row.fills_column and k + 1 < len(rows) and rows[k + 1].role == TEXT)


def page_items(rows: list[Row], units_of) -> list[Item]:
    _note_rows(rows)
    _sections(rows)
    seq = _table_titles(_anchor_heads(units_of(rows)))
    seq = _captions(seq)
    seq = _group_heads(seq)
    return _texts(seq)
