"""Text lines -> units: the paragraphs and the short display lines of a page.

Column geometry decides where a unit ends: a line set to the full width of
its column runs on into the next; a shorter line, a line wider than its
column (display type), the line before an indented one, before a blank or
before other matter ends a unit. A unit is `head`-like when it reads as a
headline or crosshead: one to three lines, no sentence inside, and not the
rest of a sentence the text before left open. Everything stays in printed
order and every line belongs to exactly one unit or item, so nothing is lost.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..clean import clean_headline, ends_sentence, glue
from .bylines import DATELINE, OUTLET_NEWS, closing_byline, signature_alone, split_dateline, split_photo_credit
from .lines import (ARTICLE_NUMBER, BULLETS, JUMP_ON_AT_END, NAMED_HEAD, _speaker_before_colon, CLAUSE_NUMBER, CLOSERS, OPENERS, SERIES_MARK, _unbalanced, series_label, BLANK, BYLINE, CREDIT, EDITOR, FIGURE, FURNITURE, JUMP, NOTE, SECTION, TEXT, Row, flowing, first_word, last_word, letter_spaced, looks_like_headline, opens_on_unit,
                    phrase_spaced, closes_shi_de)
from ..regex_cache import compile as rx

BODY, HEAD = "body", "head"
INSERTS = (BLANK, CREDIT, NOTE, FIGURE, FURNITURE, SECTION)
LIST_ITEM = rx(r"^(?:[-•·■□●○◆◇▶►▲◎]|[①-⑳]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[、.．])")
SPREAD_FILL = 0.8  # share of the column a spaced-out line of running text still fills with its letters
WAITING_COVERBS = {"从", "向", "对", "把", "被", "将", "给", "跟", "让", "朝", "往", "自", "由", "与", "和", "及", "在", "于"}
NEVER_ENDS_PHRASE = "的地得和与及或在对为将把从向被让给跟同以于是“‘《（(、"


@dataclass
class Unit:
    """A paragraph (or display line) of the page, before articles are known."""

    kind: str  # body | head
    rows: list[Row] = field(default_factory=list)
    blank_before: int = 0  # blank lines printed just before it
    glued: bool = False  # goes on with the paragraph before it (see `same_paragraph`)
    frame: bool = False  # indented on a page that does not indent paragraphs: a new text frame
    gap: bool = False  # after a blank line on a page that rarely prints one: maybe a new text
    cut_off: bool = False  # a paragraph's full line whose sentence a column break cut (`_part_cut_off_lines`)
    _text: tuple[int, str] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        # Read many times once the unit is complete; rows are only added while it is built.
        if self._text is None or self._text[0] != len(self.rows):
            out = ""
            for row in self.rows:
                out = glue(out, row.text) if out else row.text
            self._text = (len(self.rows), out)
        return self._text[1]

    @property
    def raw(self) -> str:
        """The printed text with its spacing (bylines and datelines need it)."""
        out = ""
        for row in self.rows:
            out = glue(out, row.line.raw) if out else row.line.raw
        return out

    @property
    def display(self) -> str:
        """The unit as a headline: letter spacing closed, phrase spaces kept,
        lines broken inside a phrase joined."""
        out = ""
        for row in self.rows:
            line = clean_headline(row.line.raw)
            out = line if not out else out + ("" if one_phrase(out, line) else " ") + line
        return out

    @property
    def first(self) -> int:
        return self.rows[0].no

    @property
    def last(self) -> int:
        return self.rows[-1].no

    @property
    def open(self) -> bool:
        """The unit stops inside a sentence (a signature on its own line,
        "读者 符春生（江西南昌）", closes the text it signs; a sentence sent on
        to another page, "…推动园区从（下转第8版）", goes on there)."""
        return (not ends_sentence(self.text) and not rx(r"[：:]$").search(self.text)
                and not signature_unit(self) and not _ends_on_credit(self.text) and not JUMP_ON_AT_END.search(self.text))


def signature_unit(unit: "Unit") -> bool:
    """A signature set on its own line or two: "（赵 舟）", "屏溪县　读者　杜春燕　潘立"
    (readers' names read as printed, their spaces kept)."""
    if len(unit.rows) > 2:
        return False
    text = unit.text
    as_printed = "读者" in text or text.startswith(("（", "("))  # (two names set apart: "（通讯员　毛晓竹　龚亦）")
    return bool(signature_alone(text) or (as_printed and signature_alone(" ".join(r.line.raw.strip() for r in unit.rows))))


# "（县农业农村局供稿）", "（本刊综合）", "（来源：澜江日报）": who supplied an
# item, closing it as a signature does (no person named)
SUPPLIED_BY = rx(r"^[（(][\u3400-\u9fff·\s]{2,20}(?:供稿|综合|提供)[）)]$|^[（(](?:稿件|信息)?来源\s*[:：][^（()）]{2,30}[）)]$")


def closing_credit(unit: "Unit") -> bool:
    """The unit is what a text closes with on a line of its own: its signature
    ("（赵 舟）") or its supplier's credit ("（县农业农村局供稿）")."""
    return signature_unit(unit) or bool(SUPPLIED_BY.match(unit.text))


def _ends_on_credit(text: str) -> bool:
    """A caption closed by its photo credit ("…跑步、骑行。 本报记者 朱华" / "摄"):
    the credit closes it as a full stop would. (Only after a closed sentence
    or with the staff's title: "我们的目标是拍摄" is no credit.)"""
    found = split_photo_credit(text)
    if found is None:
        run_in = closing_byline(text)  # "…。（本报记者　邢楚　摄）": the credit run in, in brackets
        return run_in is not None and run_in.photo and ends_sentence(text[: text.rstrip().rfind(run_in.text)].rstrip("（( "))
    return ends_sentence(found[0]) or bool(STAFF_CREDIT.search(found[1].text))


STAFF_CREDIT = rx(r"记者|通讯员|摄影|新华社|中新社")


@functools.lru_cache(maxsize=16384)
def word_crosses(left: str, right: str, names: bool = False) -> bool:
    """jieba reads a word across the join: 'Z取得明' + '显成效'. With `names`,
    also a name cut at the line's end: the two characters at the join, each
    a word of its own to the dictionary on its side of the join, that its
    HMM reads as one word ('…是中' + '望软件…': 中望; a longer HMM word over a
    few characters is chance)."""
    from ..enrich.segment import lcut, lcut_no_hmm
    from ..enrich.text import tokenizer

    if not left or not right:
        return False
    joint = left[-3:] + right[:3]
    cut = len(left[-3:])
    if names and not word_crosses(left, right):
        pair = left[-1] + right[0]
        # ("…1860个" / "省住房…": a measure word after a figure is the figure's, no name's first character)
        return (cjk(pair) and not left[-2:-1].isdigit() and len(lcut_no_hmm(tokenizer(), left[-8:])[-1]) == 1
                and len(lcut_no_hmm(tokenizer(), right[:8])[0]) == 1 and pair in lcut(tokenizer(), joint))
    pos = 0
    for word in lcut_no_hmm(tokenizer(), joint):
        if pos < cut < pos + len(word) and len(word) >= 2:
            # jieba keeps letters and digits together ("A23"); a letter
            # against a figure is two tokens a line break happened to join
            return not (joint[cut - 1].isascii() and joint[cut].isascii()
                        and joint[cut - 1].isalpha() != joint[cut].isalpha())
        pos += len(word)
    return False




def one_phrase(left: str, right: str) -> bool:
    """A headline broke between these two lines in mid-phrase."""
    bare_left, bare_right = left.replace(" ", ""), right.replace(" ", "")
    unbalanced = _unbalanced(bare_left)
    if series_label(bare_left):
        return False  # "关键词⑦　以旧换新": a series' numbered label ends its line ("新|旧物" is chance)
    # ("投教园地", "…转型的方向": 地 and 向 end a noun there, no particle or
    # coverb; "短评" is a genre's label, no verb waiting for its object)
    return ((bare_left[-1:] in NEVER_ENDS_PHRASE + "，," and not closes_shi_de(bare_left) and not _ends_on_noun(bare_left))
            or unbalanced or _verb_awaits_object(bare_left)
            or bare_right[:1] in CLOSERS + "，,、：:？?！!或和与及并而的之"
            or figure_split(bare_left, bare_right) or word_crosses(bare_left, bare_right))


def _verb_awaits_object(text: str) -> bool:
    """A verb alone at the line's end waits for its object on the next line;
    "短评", "时评" end on a verb too, but name a genre's label and wait for none."""
    return _verb_stub(text) and text.rstrip()[-1:] not in "评论"


def _ends_on_noun(text: str) -> bool:
    """The line's last word is a noun that ends on what may also be a
    particle or coverb ("投教园地", "…转型的方向", "…的目的"): no phrase waits."""
    from ..enrich.text import tag_of

    word = last_word(text)
    return len(word) >= 2 and tag_of(word)[:1] in ("n", "s", "r", "f")


def figure_split(left: str, right: str) -> bool:
    """"…完成3.9" / "万亿元", "…地铁6" / "号线": a figure goes on with its
    unit or measure word (or its other digits) on the next line."""
    return bool(rx(r"[0-9A-Za-z.]$").search(left) and rx(r"[0-9A-Za-z%]").match(right)) or bool(
        rx(r"[0-9]$").search(left) and rx(r"[万亿千百元%％倍个项家名位台辆吨米年月日号届次]").match(right)) \
        or figure_range(left, right)


FIGURE_RANGE = rx(r"^[0-9][至到～~—-]\s*[0-9]")


def figure_range(left: str, right: str) -> bool:
    """"…获悉，1" / "至11月，…": a range of figures goes on into the next line."""
    return bool(FIGURE_RANGE.search(left[-1:] + right[:4]))


def opens_with_dateline(text: str) -> bool:
    """A line that opens with a news agency's or the paper's dateline
    ("新华社北京2月29日电", "本报讯"): the first line of a text, never the rest
    of a sentence. The date or the agency is required, so that running text
    such as "…财报电话会议" is not taken for one."""
    match = DATELINE.match(text)
    if match:
        head = match.group(0)
        if rx(r"\d{1,2}月\d{1,2}日(?:电|讯)|^据?(?:新华社|中新社|本报)").search(head):
            return True
        # "证券时报网讯，…", "新京报讯（记者 周帆）…": an outlet's news, set off
        # by a mark or naming its reporter in brackets
        inner = match.group("inner") or ""
        set_off = head != head.rstrip() or text[match.end():match.end() + 1] in "，,：:"
        return "讯" in head and (bool(rx(r"记者|通讯员").search(inner)) or set_off)
    # "中新社厦门6月26" / "日电…": a dateline broken in a narrow column; "南都讯 记者…";
    # "据路透社7月5日报道，…": a dated report retold from another outlet
    return bool(AGENCY_DATE.match(text) or REPORTED.match(text)) or bool(OUTLET_NEWS.match(text) and split_dateline(text))


AGENCY_DATE = rx(r"^(?:新华社|中新社)[\u3400-\u9fff]{1,8}\d")
REPORTED = rx(r"^据[\u3400-\u9fff]{1,12}?(?:社|网|网站|报|台|媒体)\d{1,2}(?:月|$)")  # (the date may wrap)


def _runs_on(row: Row, nxt: Row, uses_indent: bool, blank_parted: bool = False,
             usual_indent: float = 0.0) -> bool:
    """Does the text of `row` continue on the next line?"""
    if nxt.no == row.no and nxt.line.frame_start:
        return False  # a title run into its text: split_merged set the text apart on the same printed line
    if row.verse and nxt.verse:
        return True  # the next line of the stanza (a paragraph of verse, its lines kept as printed)
    if letter_spaced(row.line.raw) and letter_spaced(nxt.line.raw) and not ends_sentence(row.text):
        return one_phrase(row.text, nxt.text)  # display type wrapped in mid-phrase (its spacing is no indent)
    if (_spread_display(row) and not letter_spaced(nxt.line.raw) and looks_like_headline(row.text)
            and not word_crosses(row.text, nxt.text)):
        return False  # "少 儿 围 棋 赛 落 幕" over a line of text: display type spread over the column ends there
    if _bracket_left_open(row.text) and _closes_first(nxt.text) and len(nxt.text) <= 16:
        return True  # "…走得更远。（本报记者" / "　柴望舒）": the signature's bracket closes on the next line, however it is set
    if nxt.indented and row.text[:1] in BULLETS and looks_like_headline(row.text[1:]):
        return False  # "◆新增专项债额度下达" / "　财政部门近日…": a digest item's title over its indented text
    if nxt.indented and uses_indent:
        return _wrapped_space(row, nxt, usual_indent)
    if nxt.text[:1] in CLOSERS + "，,、。：:；;？?！!…%":
        return True  # no line starts with closing punctuation
    if opens_with_dateline(nxt.text):
        return False  # "新华社北京2月29日电…" opens a text; nothing runs on into it
    if series_label(row.text) and not row.full:
        return False  # "关键词⑦　以旧换新": a series' numbered label stands on its own line
    if ends_sentence(row.text):
        # A new paragraph may start here (`same_paragraph` rejoins it), but
        # not right after a full line on a page that parts every paragraph
        # with a blank line and indents none.
        return (blank_parted and not uses_indent and row.fills_column
                and nxt.full and not LIST_ITEM.match(nxt.text))  # a short first line lost its indent; a list item opens anew
    if row.text[-1] in "的或" and not closes_shi_de(row.text):
        return True  # no phrase ends on these: the line broke mid-phrase ("淘特回归淘宝 为期一年的" / "漫长“迁徙”")
    if not row.full and last_word(row.text) in WAITING_COVERBS:
        return True  # "创新药如何从" / "中国新到全球新?": a coverb alone waits for its object on the next line
    if _verb_awaits_object(row.text) and not nxt.full and not ends_sentence(nxt.text):
        return True  # "一碗粉，" / "撑起" / "百亿产业": a display line of a verb alone waits for its object
    if _unbalanced(row.text):
        return True  # a quotation or title mark opened on this line closes on the next
    if phrase_spaced(row) and not word_crosses(row.text, nxt.text):
        return False  # "混合产品受宠 权益理财回暖": a headline's two phrases, set apart by a space
    display = row.wider_than_column or nxt.wider_than_column
    if display or not row.full:
        # Display type stands apart from the text column, and a short line
        # that stops mid-sentence is a headline or a ragged line of text:
        # either way the lines go together when jieba reads a word across
        # the join ("中国汽车产" / "业发展历程…").
        return (word_crosses(row.text, nxt.text) or (not display and row.text[-1] in "，,、“‘《（(—")
                or (not display and figure_range(row.text, nxt.text)))
    return True


def _verb_stub(text: str) -> bool:
    """A line of a verb alone ("撑起", "点亮"): display type broken on purpose
    before the verb's object."""
    from ..enrich.text import tag_of

    bare = text.strip()
    return (2 <= len(bare) <= 3 and cjk(bare) and last_word(bare) == bare and tag_of(bare) == "v"
            and bare not in GENRE_LABELS)


# Verbs that name a kind of piece when they stand alone over a headline
# ("观察" / "分红新规不是“一刀切”", "专访" / "…"): a column's label, no verb
# waiting for its object
# (weekend pages name their food, reading and history columns so: "寻味", "品读", "回望")
GENRE_LABELS = frozenset({"观察", "专访", "访谈", "调查", "特写", "对话", "追踪", "解读", "述评",
                          "寻味", "品读", "回望"})


def cjk(text: str) -> bool:
    """Every character of the text is a Chinese character (and there is one)."""
    return bool(text) and all("\u3400" <= c <= "\u9fff" for c in text)


def _bracket_left_open(text: str) -> bool:
    """The line's last bracket opens and does not close ("…。（本报记者")."""
    opened = max(text.rfind("（"), text.rfind("("))
    return opened >= 0 and opened > max(text.rfind("）"), text.rfind(")"))


def _wrapped_space(row: Row, nxt: Row, usual_indent: float) -> bool:
    """A space of the text (between two names in "（记者　X　Y）") that the
    column's edge sent to the start of the next line: less white than the
    page's paragraph indent, after a full line that stops mid-sentence."""
    return nxt.line.indent < usual_indent and row.fills_column and not ends_sentence(row.text)


def _usual_indent(texts: list[Row]) -> float:
    """The paragraph indent the page uses most (two full-width spaces, mostly)."""
    indents = Counter(r.line.indent for r in texts if r.indented)
    return indents.most_common(1)[0][0] if indents else 0.0


def _blanks_part_paragraphs(rows: list[Row]) -> bool:
    """The page prints a blank line after each paragraph: nearly every line
    that closes a sentence short of the column (a paragraph's last line) has
    a blank line after it."""
    ends = [rows[k + 1].role == BLANK for k in range(len(rows) - 1)
            if rows[k].role == TEXT and rows[k].column and not rows[k].full and ends_sentence(rows[k].text)]
    return len(ends) >= 4 and sum(ends) >= 0.9 * len(ends)


def _indents_paragraphs(texts: list[Row]) -> bool:
    """The page indents its paragraphs: about as many lines are indented as
    lines end a paragraph (a sentence closed short of the column)."""
    indented = sum(1 for r in texts if r.indented)
    endings = sum(1 for r in texts if ends_sentence(r.text) and not r.full)
    return indented >= 2 and indented >= 0.4 * endings


def units_of(rows: list[Row]) -> list[Unit | Row]:
    """Text rows grouped into units; rows of other roles are passed through."""
    texts = [r for r in rows if r.role == TEXT]
    uses_indent = _indents_paragraphs(texts)
    blank_parted = _blanks_part_paragraphs(rows)
    usual_indent = _usual_indent(texts)
    out: list[Unit | Row] = []
    current: Unit | None = None
    blanks = 0
    for k, row in enumerate(rows):
        if row.role == BLANK:
            blanks += 1
            current = None
            continue
        if row.role != TEXT:
            out.append(row)
            current = None
            blanks = 0
            continue
        if current is None:
            current = Unit(BODY, [row], blank_before=blanks)
            before = out[-1] if out else None
            current.glued = isinstance(before, Unit) and same_paragraph(before, current, uses_indent)
            current.frame = not uses_indent and row.line.indent > 0
            out.append(current)
        else:
            current.rows.append(row)
        blanks = 0
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if nxt is None or nxt.role != TEXT or not _runs_on(row, nxt, uses_indent, blank_parted, usual_indent) \
                or _headline_over_dateline(current, nxt, rows[k + 2] if k + 2 < len(rows) else None):
            current = None
    out = _part_cut_off_lines(out)
    _mark_heads(out, uses_indent, flowing(rows))
    _salutations(out)
    _chapter_heads(out)
    _mark_frames(out)
    return out


# "第一章　总则" over "第一条　为了…": a chapter's heading in a law or
# regulation printed in full, over its first article
CHAPTER_HEAD = rx(r"^第[一二三四五六七八九十百零]{1,4}[章节]\s*[\u3400-\u9fff、，]{2,24}$")


def _chapter_heads(items: list[Unit | Row]) -> None:
    """A chapter's heading over the articles it holds is the document's
    text, never a headline: a law, regulation or 办法 printed in full runs
    on from one chapter to the next under its one title."""
    for unit, nxt in zip(items, items[1:]):
        if (isinstance(unit, Unit) and unit.kind == HEAD and len(unit.rows) == 1
                and CHAPTER_HEAD.match(unit.text.strip()) and isinstance(nxt, Unit)
                and ARTICLE_NUMBER.match(nxt.text.strip())):
            unit.kind = BODY


# "编辑同志：", "尊敬的市长：": a letter's salutation, on a line of its own
SALUTATION = rx(r"^(?:(?:尊敬的|亲爱的)[\u3400-\u9fff]{1,10}|[\u3400-\u9fff]{0,6}(?:同志|编辑|先生|女士|老师)们?)[：:]$")


def _salutations(items: list[Unit | Row]) -> None:
    """A salutation over a paragraph opens the letter it heads: text, not a display line."""
    for unit, nxt in zip(items, items[1:]):
        if (isinstance(unit, Unit) and unit.kind == HEAD and len(unit.rows) == 1 and SALUTATION.match(unit.text.strip())
                and isinstance(nxt, Unit) and nxt.kind == BODY):
            unit.kind = BODY


def _headline_over_dateline(current: Unit, nxt: Row, after: Row | None) -> bool:
    """"…都有一名“链长”，" / "前11个月动力电池装车量同比增长31%" / "本报讯（记者
    X）…": a line right over a dateline, closing no clause, is the headline of
    the news item the dateline opens (set into the text of another article),
    not the rest of the sentence left open above it."""
    # (the line above is a paragraph's, running text cut at the column's edge
    # with its quotes closed: "全市首家“科创" / "驿站”揭牌", or a headline's
    # first line as wide as the column, over a dateline is one headline wrapped)
    row = current.rows[-1]
    if len(current.rows) < 2 or not rx(r"[，,。；;]").search(current.text):
        return False
    return (after is not None and after.role == TEXT and opens_with_dateline(after.text)
            and not rx(r"[，,。；;！？!?、]").search(nxt.text) and looks_like_headline(nxt.text)
            and row.fills_column and not _unbalanced(row.text) and not word_crosses(row.text, nxt.text))


def _part_cut_off_lines(items: list[Unit | Row]) -> list[Unit | Row]:
    """"…澄江城商银行去年上线的预警系统，已累计发出风险提" / "省内首只公募REITs扩募":
    a full line of clauses going on with the paragraph above (glued to it),
    then short lines that close no sentence. A column break cut the
    paragraph after its full line (it goes on elsewhere); the short lines
    are display type (the next article's headline), not the paragraph's
    last lines."""
    out: list[Unit | Row] = []
    for k, item in enumerate(items):
        rows = item.rows if isinstance(item, Unit) else []
        if (isinstance(item, Unit) and item.glued and len(rows) >= 2 and rows[0].fills_column
                and rx(r"[，,、]").search(rows[0].text) and not any(r.full or ends_sentence(r.text) for r in rows[1:])
                and not _jump_next(items, k)):
            out += [Unit(BODY, rows[:1], item.blank_before, glued=True, frame=item.frame, cut_off=True), Unit(BODY, rows[1:])]
        else:
            out.append(item)
    return out


def _jump_next(items: list[Unit | Row], k: int) -> bool:
    """A jump line ("（下转B2版）") comes next: the text goes on on another
    page, so its last lines stop where the page did, short or not."""
    nxt = next((x for x in items[k + 1:] if not (isinstance(x, Row) and x.role == BLANK)), None)
    return isinstance(nxt, Row) and nxt.role == JUMP


def _mark_frames(items: list[Unit | Row]) -> None:
    """On a page whose paragraphs run on without blank lines, a blank line
    after a closed sentence parts two frames of text (often two articles)."""
    bodies = [u for u in items if isinstance(u, Unit) and u.kind == BODY]
    if len(bodies) < 4 or sum(1 for u in bodies[1:] if u.blank_before) > 0.1 * (len(bodies) - 1):
        return
    previous: Unit | None = None
    inserted = False  # a figure or pull quote set between: the blank lines around it are its own
    for item in items:
        if isinstance(item, Unit):
            if item.kind == BODY and item.blank_before and previous is not None and not previous.open and not inserted:
                item.gap = True
            previous, inserted = item, False
        elif item.role == FIGURE:
            inserted = True


def _closes_first(text: str) -> bool:
    """A closing bracket or quote comes before any opening one."""
    for ch in text:
        if ch in OPENERS:
            return False
        if ch in CLOSERS:
            return True
    return False


def same_paragraph(previous: Unit, unit: Unit, uses_indent: bool) -> bool:
    """On a page that indents its paragraphs, a unit that starts flush right
    after a full line goes on with the paragraph before it."""
    return (uses_indent and unit.blank_before == 0 and not unit.rows[0].indented
            and previous.rows[-1].full and previous.last + 1 == unit.first)


# Conjunctions that turn against what was said before: no display line
# opens on one (the deck or sentence it belongs to began above)
ADVERSATIVE = ("但", "但是", "然而", "却")


def _headlike(unit: Unit) -> bool:
    narrow = unit.rows[0].column and unit.rows[0].column <= 14
    if len(unit.rows) > (6 if narrow else 3):
        return False
    text = unit.text
    if unit.rows[0].line.md_level:
        return True
    if 0.5 <= unit.rows[0].line.indent <= 3 and not letter_spaced(unit.rows[0].line.raw):
        return False  # an indented line opens a paragraph (letter-spaced display type may start with its spacing)
    if split_dateline(unit.raw[:80]) or opens_with_dateline(unit.text):
        return False  # a dateline opens a news text (its bracket may close on the next line)
    if _closes_first(text):
        return False  # '报告》在…': the rest of a title or quote opened on the line before
    if first_word(text) in ADVERSATIVE:
        return False  # "但合规、用工与文化差异…": a clause turning against one before it; no headline opens so
    if CLAUSE_NUMBER.match(unit.rows[0].line.raw.strip()):
        return False  # "第八条　授权运营单位应当…": an article of a rule printed in full, running text
    if closing_credit(unit):
        # "（赵 舟）", "浙江杭州 读者 陈丽华", "（县农业农村局供稿）": the signature or
        # supplier's credit the text above closes with, on a line of its own
        return False
    if not looks_like_headline(text):
        return False
    if len(unit.rows) > 1:
        # A wrapped headline breaks inside a phrase; a short paragraph that
        # wrapped is running text with its last line short.
        spaced = any(letter_spaced(r.line.raw) for r in unit.rows)
        return spaced or len(text) <= 40
    return True


NAMED_AGAIN = 20  # characters opening the text under a "place: news" headline, where it names the place again


def _named_over_its_text(unit: Unit, after: list) -> bool:
    """"鹭川：港区新增两条外贸集装箱航线" over "鹭川港区日前新开通…": a place's
    or a firm's name, a colon and its news, the way a column of local news
    heads its items, and the text under it names the place again (a
    speaker's turn, "记者：…？" or "郁文涛：二者是…", is not answered so)."""
    if len(unit.rows) != 1 or unit.rows[0].line.indent or not after or not isinstance(after[0], Unit) or after[0].kind != BODY:
        return False
    named = NAMED_HEAD.match(unit.text.strip())
    if not named or _speaker_before_colon(named.group("name")) or not looks_like_headline(named.group("fact")):
        return False
    opening = after[0].text[:NAMED_AGAIN + 40]
    dated = split_dateline(opening)  # ("新华社霁江6月11日电（记者 隋小棠）初夏时节，岚川省…": after its dateline)
    return named.group("name") in (dated[1] if dated else opening)[:NAMED_AGAIN]


def _mark_heads(items: list[Unit | Row], uses_indent: bool, flowing_text: bool = False) -> None:
    """Head-like units that do not continue a sentence left open before them
    and stand apart from the text after them."""
    previous: Unit | None = None
    past_header = False
    for k, item in enumerate(items):
        if not isinstance(item, Unit):
            if item.role not in INSERTS or item.role == CREDIT:
                previous = None  # a note or page header inside the text keeps it going; a credit closes its caption
            past_header = past_header or item.role in (FURNITURE, SECTION)
            continue
        if isinstance(previous, Unit) and previous.rows[-1].no == item.rows[0].no and item.rows[0].line.frame_start:
            previous = item  # the text a title was run into, set apart from it on the same printed line
            continue
        continues = (previous is not None and previous.kind == BODY and previous.open and not stanza(previous)
                     and not previous.cut_off)  # the sentence a column break cut goes on elsewhere
        if continues and past_header and item.blank_before:
            continues = False  # a display line standing apart after a page header opens something new
        past_header = False
        after_matter = previous is None and k > 0  # other matter (a credit, an advert) or the file start before it
        if flowing_text and rx(r"[，,]").search(item.text) and not item.rows[0].line.md_level and not after_matter \
                and not _parallel_display(item, items, k):
            previous = item  # in a flowing layout a line with a comma is a paragraph (headlines come with bylines)
            continue
        if len(item.rows) == 1 and item.rows[0].in_text:
            previous = item  # a speaker's name over the quotation, a glossary's term: a part of the text (see `lines.Row`)
            continue
        under_poet = k > 0 and isinstance(items[k - 1], Row) and items[k - 1].role == BYLINE
        if stanza(item) and ((isinstance(previous, Unit) and previous.kind == BODY and stanza(previous)) or under_poet):
            previous = item  # a stanza of a poem (the first under its poet's name too), not a headline
            continue
        if not continues and _display_broken_after_function_word(item, items[k + 1: k + 2]):
            item.kind = items[k + 1].kind = HEAD  # "一家瑞典机床商的" / "亚洲“后路”": a display line broken on purpose
            previous = item
            continue
        if ((_headlike(item) or _named_over_its_text(item, items[k + 1:k + 2]))
                and not (continues and reads_on(previous, item) and not _over_dateline(items, k)
                         and not (uses_indent and _closes_nothing_over_indent(item, items[k + 1:k + 2])))
                and (not _rest_after_figure(item, previous, items[k + 1:k + 2]) or _over_dateline(items, k))  # (个税…: jieba knows no 个税)
                and (not _runs_into(item, items[k + 1: k + 2]) or _apart_after_signature(previous, item))
                and (_display_after_end_matter(items, k) or _over_dateline(items, k)
                     or _display_closing_text(items, k, previous, uses_indent)
                     or not _broken_off(item, items[k + 1: k + 4], uses_indent, after_closed=not continues))):
            item.kind = HEAD
        previous = item
    _heads_opened_by_colon(items, uses_indent)
    _mark_speaker_lines(items)


def _heads_opened_by_colon(items: list, uses_indent: bool) -> None:
    """"保险科技竞逐“下半场”：" / "突破口在何处？" over an indented
    paragraph: on a page that indents its paragraphs, a short line flush
    left after a closed paragraph, ending on a colon, set solid over a
    display line, is that headline's first half (a paragraph's lead-in to
    a list is indented and runs on in text)."""
    if not uses_indent:
        return
    units = [it for it in items if isinstance(it, Unit)]
    for before, item, head in zip(units, units[1:], units[2:]):
        row = item.rows[0]
        if (item.kind == BODY and head.kind == HEAD and len(item.rows) == 1 and len(head.rows) == 1
                and not row.indented and not head.rows[0].indented and before.kind == BODY and not before.open
                and item.text.rstrip()[-1:] in "：:" and not head.blank_before and row.column
                and row.width < row.column - 2 and not rx(r"[，,。；;]").search(item.text)):
            item.kind = HEAD


BROKEN_DISPLAY_CHARS = 16  # each part of a display line broken on purpose is short


PARALLEL_CHARS = 24  # a crosshead of two clauses runs this long at most
PARALLEL_REACH = 12  # units: an article's parallel crossheads stand a few paragraphs apart


def _unterminated_short(unit: Unit) -> bool:
    text = unit.text.strip()
    return len(unit.rows) == 1 and 8 <= len(text) <= PARALLEL_CHARS and not ends_sentence(text) and text[-1:] not in "，,、：:"


def _parallel_display(item: Unit, items: list, k: int) -> bool:
    """"靶向解决研发掣肘难题，筑牢技术创新之梁" … "统筹规划多维融通方案，筑牢产业
    协同之梁": in flowing text, where every paragraph closes its sentence,
    short lines that close none and end alike are an article's parallel
    crossheads, commas and all."""
    if not _unterminated_short(item):
        return False
    near = items[max(0, k - PARALLEL_REACH):k] + items[k + 1:k + 1 + PARALLEL_REACH]
    return any(isinstance(u, Unit) and _unterminated_short(u) and ends_alike(u.text, item.text) for u in near)


def ends_alike(line: str, other: str) -> bool:
    """Two display lines end on the same two characters ("…技术创新之梁" / "…产业协同之梁"): set in parallel."""
    return line.strip()[-2:] == other.strip()[-2:]


def _display_broken_after_function_word(item: Unit, after: list) -> bool:
    """A short line set apart that stops on a function word ("一家瑞典机床商的")
    over another short line set apart that finishes it as a headline
    ("亚洲“后路”"): a magazine's display line broken over two, not a sentence."""
    nxt = after[0] if after else None
    if not (isinstance(nxt, Unit) and len(item.rows) == 1 and len(nxt.rows) == 1 and item.blank_before):
        return False
    upper, lower = item.text.strip(), nxt.text.strip()
    # ("新质生产力" / "的地方答卷" set solid: the lower line opens on 的, which
    # no line of text after a line this short would)
    broken = (upper[-1:] in "的与和及" and nxt.blank_before) or (lower[:1] in "的之" and not item.rows[0].full and not nxt.rows[0].full)
    return (broken and 4 <= len(upper) <= BROKEN_DISPLAY_CHARS and 2 <= len(lower) <= BROKEN_DISPLAY_CHARS
            and not item.rows[0].line.indent and not nxt.rows[0].line.indent
            and not ends_sentence(upper) and not ends_sentence(lower) and looks_like_headline(upper + lower))


def stanza(unit: Unit) -> bool:
    """A stanza of a poem (see `lines._verse`)."""
    return all(r.verse for r in unit.rows)


def _mark_speaker_lines(items: list[Unit | Row]) -> None:
    """"农技推广研究员孙立衡：" set apart above the display line "让好技术走进田间
    地头", solid with it: a short line ending on the speaker's colon over a
    headline line is that headline's first part (a colon that ends a line of
    running text introduces a quotation set as text, not a display line)."""
    for k in range(len(items) - 1):
        unit, nxt = items[k], items[k + 1]
        if (isinstance(unit, Unit) and isinstance(nxt, Unit) and unit.kind == BODY and nxt.kind == HEAD
                and len(unit.rows) == 1 and unit.blank_before and not nxt.blank_before and not unit.rows[0].full
                and not unit.rows[0].indented and rx(r"[\u3400-\u9fff][：:]$").search(unit.text.rstrip())
                and len(unit.text) <= 16 and not rx(r"[，,。]").search(unit.text)):
            unit.kind = HEAD


def _over_dateline(items: list[Unit | Row], k: int) -> bool:
    """The unit stands right over a text that opens with a dateline: no
    sentence goes on into a dateline, so the unit is that text's headline,
    whatever word its last line seems to run on from ("…面积1.8万" /
    "县人民医院…": jieba reads 万县)."""
    nxt = items[k + 1] if k + 1 < len(items) else None
    unit = items[k]
    after_caption = _past_caption(items, k + 1)
    if after_caption is not None:
        return isinstance(items[after_caption], Unit) and opens_with_dateline(items[after_caption].text)
    # (set apart by a blank line, a line that closes no sentence with a full
    # stop: "科研评价改革，“破四唯”之后立什么？" over "本报讯（记者 X）…")
    apart_ok = len(unit.rows) == 1 and not unit.text.rstrip().endswith(("。", "”", "…"))
    return (isinstance(nxt, Unit) and (nxt.blank_before == 0 or (apart_ok and nxt.blank_before == 1))
            and opens_with_dateline(nxt.text))


PHOTO_CAPTION = rx(r"^(?:图为|上图|下图|左图|右图|[（(]图)")


def _past_caption(items: list[Unit | Row], j: int) -> int | None:
    """Where the text goes on after a photo caption that starts at j ("图为…"
    over its credit line, "图片来源：…"): a headline may stand over the photo
    of its article, the caption between it and its text."""
    if not (j < len(items) and isinstance(items[j], Unit) and PHOTO_CAPTION.match(items[j].text)):
        return None
    for i in range(j + 1, min(j + 4, len(items))):
        if isinstance(items[i], Row) and items[i].role == CREDIT:
            return next((n for n in range(i + 1, len(items)) if not (isinstance(items[n], Row) and items[n].role == BLANK)), None)
    return None


def _rest_after_figure(unit: Unit, previous: Unit | None, after: list = ()) -> bool:
    """"年共27家…", "号线二期…" open on the unit of a figure: the rest of a
    sentence, whose figure was cut off or ends the text above, unless a
    headline line stands above (one that ends on that figure is broken as
    "…将为126" / "个老旧小区…")."""
    # (under a display line that ends on no figure it opens a headline of
    # its own: "城事快评" / "年味儿里的…", jieba reading 年 alone)
    # (nor between a paragraph that closed its sentence and one that opens
    # indented, "…补齐短板。（据《望潮日报》）" / "个税汇算：…" / "　　2034年度…":
    # the line finishes no sentence and runs into none; jieba lacks 个税)
    nxt = after[0] if after else None
    between_paragraphs = (previous is not None and previous.kind == BODY and not previous.open
                          and isinstance(nxt, Unit) and nxt.rows[0].indented and not unit.rows[0].indented)
    return opens_on_unit(unit.text.lstrip()) and not (previous is not None and previous.kind == HEAD) and not between_paragraphs


def _display_closing_text(items: list[Unit | Row], k: int, previous: Unit | None, uses_indent: bool) -> bool:
    """"…步行5分钟即可到达。" / "市区新增两处口袋公园", then a blank line or
    other matter: on a page that indents its paragraphs, one flush line
    without a comma or stop after a closed sentence, with no text after it
    to go on into, is display type (a headline printed after its text), not
    running text cut at the column's edge."""
    unit = items[k]
    if not (uses_indent and previous is not None and previous.kind == BODY and not previous.open
            and len(unit.rows) == 1 and not unit.rows[0].indented and not rx(r"[，,。；;：:！？!?]").search(unit.text)):
        return False
    after = next((x for x in items[k + 1:] if not (isinstance(x, Row) and x.role == BLANK)), None)
    return not isinstance(after, Unit) and not (isinstance(after, Row) and after.role == JUMP)  # "下转第2版": it goes on there


def _display_after_end_matter(items: list[Unit | Row], k: int) -> bool:
    """A line or three with no comma or stop, set apart after an author's
    note, an editor's credit or a jump line: that matter closed the text before, so
    the lines are no text cut at a column's edge but display type (the
    headline of the article before, printed after it, or of the next)."""
    unit = items[k]
    if not unit.blank_before or len(unit.rows) > 3 or rx(r"[，,。；;]").search(unit.text):
        return False
    j = k - 1
    while j >= 0 and isinstance(items[j], Row) and items[j].role == BLANK:
        j -= 1
    return j >= 0 and isinstance(items[j], Row) and items[j].role in (NOTE, EDITOR, JUMP)


def _broken_off(unit: Unit, after: list, uses_indent: bool, after_closed: bool = False) -> bool:
    """Running text cut by a column break: the unit fills its column and stops
    mid-sentence (and the text after the break does not open a paragraph),
    or a word runs on into the text after the break."""
    row = unit.rows[-1]
    if unit.rows[0].line.md_level or not unit.open or (len(unit.rows) == 1 and phrase_spaced(row)):
        return False
    if unit.text.startswith("【") and unit.text.endswith("】"):
        return False  # "【前10个月全国铁路发送旅客36.5亿人次】国家…": a title run into its item, closed by its bracket
    if len(unit.rows) == 1 and SERIES_MARK.search(unit.text) and not row.full:
        return False  # "关键词⑦　以旧换新": a series' numbered label, whatever word seems to run on ("新|旧物")
    nxt = next((x for x in after if not (isinstance(x, Row) and x.role == BLANK)), None)
    following = nxt if isinstance(nxt, Unit) else None
    opens_paragraph = following is not None and ((uses_indent and following.rows[0].indented)
                                                 or opens_with_dateline(following.text))
    if following is not None and following.rows[0].no == row.no and following.rows[0].line.frame_start:
        return False  # "●蓝陂食品中期分红每10股派5元　蓝陂食品公布…": a title run into its text on one line, taken apart
    crosses = following is not None and word_crosses(unit.text, following.text, names=not _headlike(following))
    if following is not None and ((crosses and not opens_paragraph)
                                  or following.text[:1] in "的了地得之"):
        # The next line goes on with the sentence ("…的精准性和科学性。" cannot
        # open one); a word read across into an indented line is chance ("共舞|伴随").
        return True
    if not row.fills_column or _spread_display(row):
        return False
    if opens_paragraph and after_closed:
        return False  # between a closed sentence and an indented paragraph nothing was cut off: a display line
    if following is None and after_closed and len(unit.rows) <= 3 \
            and (not rx(r"[，,。；;]").search(unit.text) or (len(unit.rows) == 1 and letter_spaced(row.line.raw))) \
            and (nxt is None or isinstance(nxt, Row) and nxt.role in (FURNITURE, SECTION)):
        # a line or three without a comma ("对话…:AI创新…" may have a colon),
        # or one in spaced display type, between a closed sentence and the
        # page's foot (or the file's end): a headline printed after its text
        return False
    if (following is not None and (following.blank_before or following.rows[0].wider_than_column)
            and len(unit.rows) == 1 and not rx(r"[，,]").search(unit.text) and _headlike(following)):
        # another display line after the break (two headlines in a row), or
        # right under it in type wider than the column (a headline over two
        # lines): not text cut off
        return False
    if following is None or following.blank_before == 0:
        return True
    if uses_indent:
        return not following.rows[0].indented
    return bool(rx(r"[，,]").search(unit.text)) or unit.text[-1] in NEVER_ENDS_PHRASE


def _spread_display(row: Row) -> bool:
    """A line whose letters are spaced out to the column's width though they
    fill well under it: display type spread over the column. (Justification
    spreads a line of running text a little, a letter or two short.)"""
    return letter_spaced(row.line.raw) and row.width < SPREAD_FILL * row.column


def _apart_after_signature(previous: Unit | None, unit: Unit) -> bool:
    """"…一站式服务。" / "（智慧交通公司　晏书禾）" / blank / "春季植树添新绿":
    a line set apart under a text closed by its signature opens the next
    piece, however near the column's width it runs (no paragraph of the
    signed text follows its signature)."""
    return (isinstance(previous, Unit) and previous.kind == BODY and closing_credit(previous)
            and unit.blank_before > 0 and len(unit.rows) == 1 and not ends_sentence(unit.text))


NARROW_STRIP, NARROW_SLACK, WIDE_SLACK = 14, 2.5, 3.5  # columns (characters) and how short of one a line may run


def _runs_into(unit: Unit, after: list) -> bool:
    """A line as wide as its column less an indent, directly followed by flush
    text, is the first line of a paragraph whose indent the extraction lost;
    a headline stands apart (a blank line, an indented line or a byline
    after it, or display type wider than the column)."""
    row = unit.rows[-1]
    # (a lost indent is two characters: in a strip ten wide, "失业率降至3.9%" at seven is short of it;
    # a box's key and figure set apart, "成交值　5,126億元", are measured as before)
    slack = NARROW_SLACK if row.column <= NARROW_STRIP and " " not in row.line.raw.strip() else WIDE_SLACK
    if unit.rows[0].line.md_level or not row.column or row.wider_than_column or row.width < row.column - slack:
        return False
    if len(unit.rows) == 1 and phrase_spaced(row):
        return False  # phrases set apart by a space: display type, not a paragraph's first line
    if len(unit.rows) == 1 and row.text[:1] in BULLETS and not row.full and not rx(r"[，,。；;、]").search(row.text):
        return False  # "■塔维里亚橄榄油出口大增" short of the column: an item's bulleted title, no paragraph opens on a bullet so
    nxt = after[0] if after else None
    if not (isinstance(nxt, Unit) and nxt.blank_before == 0 and not nxt.rows[0].indented):
        return False
    first = nxt.rows[0]
    if first.wider_than_column:
        return False  # display type after it: a headline group
    if PHOTO_CAPTION.match(nxt.text):
        return False  # "图为…": a photo's caption under it, no sentence going on
    if first.no == row.no:
        return False  # a title run into its text, set apart from it on its own printed line ("●首批…完成　12月2日，…")
    if opens_with_dateline(nxt.text):
        return False  # a dateline after it opens the text: the line above is its headline
    return bool(rx(r"[，,。；;、]").search(nxt.text)) or len(nxt.rows) > 2  # running text goes on after it


def _closes_nothing_over_indent(unit: Unit, after: list) -> bool:
    """A line set apart by a blank line, closing no sentence, right over an
    indented paragraph: a paragraph's last line closes its sentence, so the
    line is no rest of a text left open above it ("…是知识工" / blank /
    "金融活水灌溉“科技之树”浦发银行靠前发力" / "　　从初创期…")."""
    nxt = after[0] if after else None
    return (unit.blank_before > 0 and len(unit.rows) == 1 and not ends_sentence(unit.text)
            and unit.text.rstrip()[-1:] not in "，,、；;：:" and isinstance(nxt, Unit) and nxt.rows[0].indented)


def reads_on(previous: Unit, unit: Unit) -> bool:
    """The head-like unit is the rest of the sentence the body unit before
    it left open, not a display line of its own."""
    return previous.kind == BODY and previous.open and not _stands_apart(previous, unit)


def _waits_for_object(text: str) -> bool:
    """"…FDA有着", "…面临着": a verb with the aspect particle 着 takes its
    object next, so the text goes on (not 执着, 沉着, words of their own)."""
    word = last_word(text)
    return word.endswith("着") and word not in ("执着", "沉着", "穿着", "衣着")


def _stands_apart(previous: Unit, unit: Unit) -> bool:
    """A head-like unit after text left open still reads as a display line when
    it is display type (wider than the column, or letter-spaced), or when a
    blank line parts them, the open text is a short line that ends a phrase
    and no word runs across the join."""
    row = unit.rows[0]
    if unit.blank_before and (row.wider_than_column or letter_spaced(row.line.raw)
                              or (len(unit.rows) == 1 and phrase_spaced(row))):
        return True  # the column's text cannot go on in display type (phrases set apart by a space are display type)
    last = previous.text
    if unit.text[:1] in "”’》）)」』，,、。：:；;？?！!" or word_crosses(last, unit.text) or figure_split(last, unit.text):
        return False
    if unit.blank_before > 0 and len(previous.rows) == 1 and last[-1:] not in NEVER_ENDS_PHRASE and not _waits_for_object(last):
        return True
    # Text cut at the column's edge goes on in its next column; a short line
    # after the break that closes no sentence cannot be the rest of it (a
    # paragraph's lines run full to its last, which ends a sentence): it is
    # a display line, the headline of the article set beside.
    end = previous.rows[-1]
    return (unit.blank_before > 0 and len(unit.rows) == 1 and end.fills_column and not ends_sentence(unit.text)
            and bool(row.column) and row.width < row.column - 2)
