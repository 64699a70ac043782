"""Page elements -> records: which headlines head articles, which text each
headline heads, and the record of every article, brief and other matter.

The decisions, all per article and from print, never per file:

* a lone display line between two stretches of text is a crosshead or the
  next article's headline: hard cues first (an extraction heading mark, a
  dateline opening the text after, display type wider than the column, end
  matter closing the text before, a flowing layout), then a small logistic
  model (`learned.py`) weighs how much the text on both sides shares, what
  the text before already says of the line, its length and marks;
* text parted only by a blank line or a photo is one text when both sides
  are about the same thing; text that starts by finishing a sentence left
  open goes on from that text, and the columns of two articles printed
  side by side are put back together the same way;
* a headline heads the text before or after it, whichever repeats its
  words (a body restates its headline), with a nudge from print habits (a
  dateline opening the text). Each text takes at most one headline: a
  maximum-weight matching along the page, in one pass.
"""
from __future__ import annotations

import itertools
import os
import re
from dataclasses import replace
from typing import Callable, Iterable

from ..clean import close_letter_spacing, ends_sentence, glue
from ..model import Paragraph, Record
from .bylines import AUTHOR_NOTE, REPRINT_CREDIT, ROLE, SIGNED, closing_byline, post_and_name, dateline_over, noted_authors, parse_byline, signature_alone, split_dateline
from .cohesion import echo, similarity
from .learned import crosshead_model
from .lines import _unbalanced, ACT_NUMBER, AD, ARTICLE_NUMBER, AWAITING_END, BUY_LINE, CONTACT, NOTICE_CLOSING, JUMP_FROM, SCAN_CALL, BYLINE, EDITOR, FIGURE, FURNITURE, JUMP, NOTE, NOTE_LINE, REPEAT, SIGNATURE, STOCK_ITEM, SUB, TOC, Row, letter_spaced, looks_like_headline, names_speaker, set_far_in
from .page import CAPTION_MAX, CAPTION_START, ITEM_BULLETS, SECTION, Caption, HeadGroup, Item, Other, Text
from .titles import FLOWING_COLUMN, Headline, genre_label, headline_of
from .units import BODY, CHAPTER_HEAD, CLOSERS, HEAD, _closes_first, NEVER_ENDS_PHRASE, Unit, cjk as _cjk, closing_credit, ends_alike, opens_with_dateline, stanza, word_crosses
from ..regex_cache import compile as rx

ARTICLE_KINDS = ("article", "interview", "commentary")
ENUMERATED = rx(r"^(?:[■▶●◆▲►◇□◎▼]|[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]+[，、])")
UNRELATED = 0.09  # shared-word share below which two texts are about different things
SAME_SUBJECT = 0.14  # shared-word share above which two frames of text are one article
ATTACH_MIN = 0.15  # a lone display line that echoes no text this much heads none (a slogan, a label)
ATTACH_MIN_STRONG = 0.05  # a full headline group heads the text beside it unless the text belongs elsewhere
WINDOW = 1500
LOCAL_WEIGHT = 1.0  # the two paragraphs either side of a cut share little: weighed as much as the wider windows
CLAUSE_ENDS = "，,、；;：:“"  # a text cut after one of these goes on with a new clause
OPEN_BONUS = 0.5  # a text left in mid-sentence over one closed, for a piece that goes on from one of them
PIECE_REACH = 120  # lines: two columns set side by side are printed close together
MIN_ARTICLE_CHARS = 80
BULLETED_ITEM_CHARS = 20  # a one-sentence news item under its bulleted title ("一句话新闻")
LEAD_ONLY_CHARS = 120  # a headline's text this short is no whole article: headless text right after it goes on with it
# "普法小贴士", "温馨提示", "名词解释": a box's label standing as its only
# heading; what it holds (a statute, a term, advice) serves the article
# beside it and is no article (a box with a headline of its own is one)
TIP_LABEL = rx(r"[\u3400-\u9fff]{0,4}(?:小贴士|贴士|温馨提示|提示|小知识|知识点|名词解释|小词典|相关链接|知识链接|链接)")
TIP_CHARS = 400


def _tip_label(title: str | None) -> bool:
    """"温馨提示", "【小贴士】", "相关链接": a box's label, bracketed or not."""
    return bool(title) and bool(TIP_LABEL.fullmatch(title.strip("【】[] ")))


# "招聘", "遗失声明", "招租启事": a classified advert's or a notice's label over
# its short text with a telephone or "特此声明": no article
PROSPECTUS = rx(r"(?:招生|招聘|招募|招商)(?:简章|启事|公告)$")  # "…实验中学2035年秋季招生简章": a school's or firm's notice
CLASSIFIED_LABEL = rx(r"[\u3400-\u9fff]{0,4}(?:招聘|诚聘|启事|声明|招租|出租|转让|招商|拍卖公告|寻人|挂失)")
SHORT_TEXT = 600  # characters: less than this before a display line is seldom a whole article
STACK_MARGIN = 0.25  # how much more each of two stacked headlines must name its own text than the other's
STACK_MARGIN_APART = 0.1  # less where a blank line parts them (at none, real pages part a kicker from its headline)
PARALLEL_OPENING = 3  # characters two crossheads of one article open with alike
SENTENCE_LIKE_CHARS = 24  # a line inside the text longer than this, with a list or clause, is no crosshead
LABELLED_ITEM = rx(r"^\s*【[^】]{1,6}】\s*\S{4,}")
# "【现场】看房团又多了起来", "【数据】…", "【分析】…": a report's parts, each
# under a label naming what kind of part it is: crossheads, not items
REPORT_PART = rx(r"^\s*【(?:现场|数据|分析|背景|声音|探因|追问|对策|案例|走访|解读|观点)】\s*\S{4,}")
BRACKETED_TITLE = rx(r"^\s*【[^】]{6,40}】$")
LABEL_CHARS = 3  # a display line this short labels a box; it heads no text printed before it
BARE_FOLIO = rx(r"[-·—\s]*\d{1,3}[-·—\s]*")  # "10", "·33·", "- 12 -": a page number alone
COLUMN_LABEL_CHARS = 4  # above another display line, a phrase this short is a column's label
PARALLEL_ITEMS = 8  # items: an article's next crossheads stand a few paragraphs on
CROSSHEAD_CHARS = 20  # a crosshead is a phrase or two; longer display lines wrapped in a column are headlines


# ---------------------------------------------------------------- crossheads
ESSAY_ECHO = 0.2  # share of an essay's headline a part of it repeats (a digest's item is on its own subject)


def _bracketed_part(prev: Text, nxt: Text, headed_above: bool, above_title: str = "") -> bool:
    """"【以产业发展夯实县域城镇化根基】" inside an essay under its headline and
    byline: a part of it (the text on both sides on one subject, or the
    text under it on the headline's, or a part set so already above), where
    in a digest each bracketed title heads an item on a subject of its own."""
    if not headed_above or closing_byline(prev.body[-60:]):
        return False  # (an item closed by its signature: the next opens under its own title)
    if any(isinstance(p, Unit) and p.kind == HEAD and BRACKETED_TITLE.match(p.text) for p in prev.parts):
        return True
    return (similarity(prev.body[-WINDOW:], nxt.body[:WINDOW]) >= UNRELATED
            or (bool(above_title) and echo(above_title, nxt.body[:WINDOW]) >= ESSAY_ECHO))


QUESTIONS_BEFORE = 2  # questions set apart in the text above: an interview whose questions carry no label


def _next_question(prev: Text, group: HeadGroup) -> bool:
    """A lone line asking a question, under a text where two questions or
    more stand as paragraphs of their own ("…，对年轻科研人员意味着什么？"):
    an interview whose questions are set apart with no "记者：" before them
    goes on with its next question."""
    title = _title_of(group).strip()
    if len(group.units) != 1 or group.rows or not title.endswith(("？", "?")):
        return False
    asked = [u for u in prev.units if u.kind == BODY and u.text.rstrip().endswith(("？", "?")) and not TURN.match(u.text)]
    return len(asked) >= QUESTIONS_BEFORE


def _is_crosshead(prev: Text, group: HeadGroup, nxt: Text, context: str = "", ahead: str = "",
                  flowing: bool = False, headed_below: bool = False, headed_above: bool = False,
                  lead_chars: int = 0, above_title: str = "", spaced_ahead: bool = False, solid: bool = False,
                  heads_apart: bool = False) -> bool:
    head = group.units[0]
    level = head.rows[0].line.md_level
    if level:
        return level >= 3
    if _opens_article(nxt.units[0]):
        return False
    if len(group.units) == 1 and len(head.rows) == 1 and not group.rows and names_speaker(head.rows[0].line.raw):
        return True  # "全国人大代表、…董事长　廖振邦": who says the paragraph under it, in a roundup of views
    if len(group.units) == 1 and len(head.rows) == 1 and not group.rows and head.rows[0].speaker:
        return True  # "骆听泉": a turn of a dialogue, its speaker named on a line of its own
    if _editors_note_only(prev):
        return False  # an editors' note introduces articles printed under their own headlines
    if _next_question(prev, group):
        return True  # "芷川正在建设…，您有什么建议？" after questions set so: the interview's next question
    if any(ACT_NUMBER.match(unit.text.replace(" ", "").replace("\u3000", "")) for unit in group.units[1:]):
        return False  # "雁川市人民政府通告" over "（第3号）": an official act's title and number, never a part of a text
    if len(group.units) == 1 and _digest_label(_title_of(group)):
        return False  # "简讯", "财经快讯": a digest's label over its items, never a part of the text above
    if _tip_label(_title_of(group)) or CLASSIFIED_LABEL.fullmatch(_title_of(group)):
        return False  # "普法小贴士", "招聘": a box or an advert set beside the article, not a part of it
    if _tip_label(above_title) and len(prev.body) <= TIP_CHARS:
        return False  # a box's few lines under its label ("温馨提示"): the line after them heads the next piece
    if _digest_item_title(_title_of(group), nxt.body):
        return False  # "◆梧川路桥：中标…" over "梧川路桥（601892）公告，…": a digest's item, each under its subject's name
    if STOCK_ITEM.match(group.units[-1].text):
        return False  # "600938　岭南水务": an item of a digest of announcements, under its firm's code and name
    if BRACKETED_TITLE.match(_title_of(group)):
        return _bracketed_part(prev, nxt, headed_above, above_title)
    if (headed_above and LABELLED_ITEM.match(_title_of(group)) and len(group.units) == 1 and not group.rows
            and not closing_byline(prev.body[-60:])
            and (len(prev.body) < (lead_chars or SHORT_BEFORE_CROSSHEAD)
                 or any(isinstance(p, Unit) and p.kind == HEAD and LABELLED_ITEM.match(p.text) for p in prev.parts))):
        # "【蔬菜】供应充足价格回落" under a signed headline's short lead, then
        # "【肉蛋】…", "【水果】…": a report's parts by subject, under labels
        return True
    if (LABELLED_ITEM.match(_title_of(group)) and not REPORT_PART.match(_title_of(group))) or _run_in(group, nxt) \
            or any(r.text.startswith(("【", "[")) for r in group.of(SECTION)):
        # "【短评】出海更要重质量", "【合肥】…": a column's or a place's label
        # opens an item of its own; so does a digest item's bracketed headline,
        # and a headline under a box's label ("【延伸阅读】")
        return False
    features = None  # weighed only when print alone leaves the line open
    if headed_below and len(group.units) == 1 and genre_label(_title_of(group)):
        return False  # "记者手记" over a text whose headline is printed after it: the label of that piece
    if headed_below:
        # The text under the line already has its headline, printed after
        # it: the line opens a part of that article when the texts on its
        # two sides are about one thing and it names the text below more
        # than the text above (else it may be the headline of the text
        # above, printed after it too: the usual cues decide).
        features = crosshead_features(prev, group, nxt, context, ahead)
        if (max(features["cohesion"], features["cohesion_next"]) >= UNRELATED
                and (features["echo_before"] < features["echo_after"] or headed_above) and features["closing"] < UNRELATED):
            # (a text under a full headline group takes no second headline
            # printed after it: the line can head only a part of it)
            return True
    if any(r.wider_than_column for r in head.rows):
        return False  # display type wider than the text column
    if _turns_end_before(prev, nxt):
        return False  # an interview's questions and answers stop at the line: the next piece's headline
    last = _last_but_captions(prev)
    if isinstance(last, Row) and _end_matter(last):
        return False  # the text before closed with end matter ("（作者系…）", an editor's credit)
    if closing_byline(prev.body[-60:]) or SOURCE_TAIL.search(prev.body[-60:]) \
            or (isinstance(last, Unit) and len(last.rows) == 1 and closing_credit(last)):
        # the text before closed with its signature ("…。（记者 许 诺）", "读者
        # 符春生（江西南昌）"), the paper it was taken from ("…。（据《望潮日报》）")
        # or its supplier's credit ("（县农业农村局供稿）")
        return False
    if flowing:
        # In a flowing layout a headline group comes with its byline or
        # standfirst; a lone display line between paragraphs is a crosshead.
        return True
    if solid and headed_above and len(group.units) == 1 and len(head.rows) == 1 and not group.rows \
            and not head.blank_before and not nxt.units[0].blank_before and _short_of_column(head.rows[0]):
        # A page that sets its paragraphs solid and parts its articles by a
        # blank line: a lone line set solid on both sides of a text its
        # headline group already heads is inside that text
        return True
    if (heads_apart and headed_above and len(group.units) == 1 and len(head.rows) == 1 and not group.rows
            and not head.blank_before and not nxt.units[0].blank_before and _short_of_column(head.rows[0])
            and len(prev.body) < (lead_chars or SHORT_BEFORE_CROSSHEAD) and _title_of(group)[:1] not in TITLE_BULLETS):
        # "…报2574.39点。" / "成交重回万亿" / "两市合计成交…": a page that sets
        # every article's headline after a blank line, a short line set
        # solid on both sides under an article's lead paragraph is that
        # article's crosshead, whatever words the two paragraphs share
        return True
    if _parallels_crosshead(_title_of(group), prev):
        return True
    features = features or crosshead_features(prev, group, nxt, context, ahead)
    if (_sibling_crosshead(group, prev) and features["echo_after"] < RESTATED
            and (features["echo_before"] <= features["echo_after"] or (headed_above and _reads_as_heading(_title_of(group), nxt)))):
        # (a line the text before restates more is its headline printed after
        # it, unless a full headline group above already heads that text; one
        # the text after restates at length, the headline of that text)
        return True
    # (a letter-spaced line is display type, a headline, unless the text's
    # crossheads after it are set so too: "补 偿 标 准 各 说 各 话")
    lone_line = len(group.units) == 1 and len(head.rows) == 1 and (not letter_spaced(head.rows[0].line.raw) or spaced_ahead)
    verse = any(isinstance(p, Unit) and p.kind == BODY and stanza(p) for p in prev.parts)  # a poem is whole however short
    if (headed_above and lone_line and len(prev.body) < (lead_chars or SHORT_BEFORE_CROSSHEAD) and not verse and features["echo_before"] < UNRELATED
            and features["echo_after"] < RESTATED and _reads_as_heading(_title_of(group), nxt)
            and max(features["cohesion"], features["cohesion_next"]) >= UNRELATED / 2):
        # a full headline group heads a paragraph or two: too little for a
        # whole article (unless the text after shares next to nothing with it)
        return True
    if max(features["cohesion"], features["cohesion_next"]) < UNRELATED and features["echo_before"] < UNRELATED:
        return False  # the texts on its two sides share next to nothing, and it names nothing said before
    return crosshead_model().probability(features) >= 0.5


# "…补齐短板。（据《望潮日报》）", "…。（来源：星垣网）": where a digest or a
# roundup took the piece from, run in after its last sentence: the piece ends there
SOURCE_TAIL = rx(r"[。！？!?”][（(]\s*(?:据|摘自|选自|转自|原载|(?:稿件|信息)?来源\s*[:：])[^（()）。，,]{2,30}[）)]\s*$")


# "记者：…", "问：…", "邹明澈：…": a turn of an interview, opened by who speaks
TURN = rx(r"^(?:问|答|记者|主持人|Q|A|[\u3400-\u9fff]{2,4})\s*[：:]\s*\S")


def _turns_end_before(prev: Text, nxt: Text) -> bool:
    """The text before the line closes on questions and answers (three or
    more of its last four paragraphs open on who speaks) and the text
    after opens on none: an interview's own crosshead is followed by its
    next question, so the line heads another piece."""
    last = _bodies(prev.parts)[-4:]
    first = _bodies(nxt.parts)[:1]
    return len(last) >= 3 and sum(1 for t in last if TURN.match(t)) >= 3 and bool(first) and not TURN.match(first[0])


# "（以下简称“《报告》”）": a writer names the short form once, where the long
# name first comes up in the article
SHORT_FORM = rx(r"[（(]以下简称\s*[“\"「]?(?P<short>[^”\"」（()）]{1,16}?)[”\"」]?\s*[）)]")


def _short_forms(unit: Unit) -> set[str]:
    return {m.group("short").replace(" ", "") for m in SHORT_FORM.finditer(unit.text)} if "以下简称" in unit.text else set()


def _redefinition_cut(text: Text) -> int | None:
    """Where a text read as one article holds two: a short form set up twice
    ("《中国工业发展报告（2023）》（以下简称“《报告》”）" in two paragraphs) is
    set up by two writers, so one of the display lines between the two
    paragraphs (read as crossheads) is the second article's headline: the
    longest, as headlines run longer than crossheads."""
    defined: dict[str, int] = {}
    for i, part in enumerate(text.parts):
        if not (isinstance(part, Unit) and part.kind == BODY):
            continue
        for short in _short_forms(part):
            if short in defined:
                heads = [j for j in range(defined[short] + 1, i)
                         if isinstance(text.parts[j], Unit) and text.parts[j].kind == HEAD]
                if heads:
                    return max(heads, key=lambda j: (len("".join(text.parts[j].text.split())), -j))
            defined[short] = i
    return None


def _resumed_article(items: list[Item], k: int) -> int | None:
    """Where a text holds the rest of a law or regulation an earlier text
    broke off: a paragraph opening on the next article of that text's count
    ("第七条" after a text whose articles stop at "第六条"), its own count not
    begun. A box set into the document ("相关链接" / its paragraphs) ran on
    into the document's next column."""
    text = items[k]
    bodies = [(i, p) for i, p in enumerate(text.parts) if isinstance(p, Unit) and p.kind == BODY]
    earlier = [j for j in range(max(0, k - NUMBERING_REACH), k) if isinstance(items[j], Text)]
    for n, (i, part) in enumerate(bodies):
        point = _counted_point(part.text) if n else None
        if point is None or not point[0].startswith("第"):
            continue
        if any(_counted_point(p.text) is not None and p.text.lstrip().startswith(point[1]) for _, p in bodies[:n]):
            return None  # the text counts its own articles
        if any(_stops_before(items[j], point) for j in earlier):
            return i
    return None


def split_at_resumed_articles(items: list[Item]) -> list[Item]:
    """Part a text where `_resumed_article` finds a document's count go on."""
    out: list[Item] = []
    for item in items:
        cut = _resumed_article(out + [item], len(out)) if isinstance(item, Text) else None
        if cut is not None:
            out += [Text(item.parts[:cut], item.gap), Text(item.parts[cut:])]
            continue
        out.append(item)
    return out


def split_at_redefinitions(items: list[Item]) -> list[Item]:
    """Part texts at the headline `_redefinition_cut` finds, until none is left."""
    out: list[Item] = []
    for item in items:
        while isinstance(item, Text) and (cut := _redefinition_cut(item)) is not None:
            out += [Text(item.parts[:cut], item.gap), HeadGroup([item.parts[cut]])]
            item = Text(item.parts[cut + 1:])
        out.append(item)
    return out


def _digest_item_title(title: str, text: str) -> bool:
    """A bulleted "subject：claim" title over a text that opens on that subject."""
    match = rx(r"^[◆●■▶►◇○]\s*(?P<subject>[^：:\s]{2,10})[：:]").match(title)
    return bool(match) and text.lstrip().startswith(match.group("subject"))


def _last_but_captions(text: Text) -> Unit | Row:
    """The text's last part before the photo captions printed after it
    ("图｜…"): what closed the text itself."""
    k = len(text.parts) - 1
    while (k > 0 and isinstance(text.parts[k], Unit) and len(text.parts[k].text) <= CAPTION_MAX
           and CAPTION_START.match(text.parts[k].text)):
        k -= 1
    return text.parts[k]


def _reads_as_heading(line: str, nxt: Text) -> bool:
    """The line ends a phrase and the text under it opens a sentence: no
    piece of a sentence cut at a column's edge ("…即时通信技术如" / "和服务,…")."""
    first = nxt.units[0]
    return (line[-1:] not in NEVER_ENDS_PHRASE + "如" and first.kind == BODY
            and first.text[:1] not in "的地得和与及或并而、，,。；;：:" + CLOSERS and not word_crosses(line, first.text))


def _run_in(group: HeadGroup, nxt: Text) -> bool:
    """A title run into its text on one printed line ("●首批…完成　12月2日，…"):
    a digest's item opens there."""
    return len(group.units) == 1 and not group.rows and group.units[0].rows[-1].no == nxt.units[0].rows[0].no


def _crossheads_in(text: Text) -> list[Unit]:
    """The crossheads a text already holds (display units folded into it)."""
    return [part for part in text.parts if isinstance(part, Unit) and part.kind == HEAD]


def _parallels_crosshead(text: str, prev: Text) -> bool:
    """An article's crossheads are set in parallel: a display line that
    opens as a crosshead already in the text before does ("中国经济顶住…实现量的
    合理增长" / "中国经济在爬坡过坎中实现质的有效提升"), or opens on a quoted
    term as it does, at about its length, is the next of them. (A shared series label with a colon, "记者观察：",
    is a kicker's, not a parallel.)"""
    for unit in _crossheads_in(prev):
        other = unit.text
        shared = len(os.path.commonprefix([text, other]))
        alike = shared >= PARALLEL_OPENING or bool(QUOTED_OPENING.match(text) and QUOTED_OPENING.match(other))
        if alike and not rx(r"[：:·|｜]").search(text[:shared + 1]) and 0.7 <= len(text) / len(other) <= 1.4:
            return True
    return False


# "“一梯一策”破解协调难" / "“以租代售”降低前期投入": each opens on a quoted
# term, then says what it does: crossheads set in one mould
QUOTED_OPENING = rx(r"^[“「‘][^”」’]{2,8}[”」’][\u3400-\u9fff]{3,}$")


SHORT_BEFORE_CROSSHEAD = 200  # characters under a full headline group: a lead paragraph, not yet an article
MAGAZINE_LEAD_CHARS = 400  # under a magazine's credits line (after the standfirst) the lead runs longer
RESTATED = 0.5  # share of a line's words its text restates, above which the line is that text's headline
SIBLING_CHARS = 14  # crossheads set alike are short phrases; a longer line may be a headline of its own


def _sibling_crosshead(group: HeadGroup, prev: Text) -> bool:
    """A long report sets its crossheads alike: a lone short line of about
    the length of a crosshead the text before already holds ("需求从企业中来"
    … "成果到产线上去") is the next of them, not another article's headline."""
    if len(group.units) != 1 or len(group.units[0].rows) != 1:
        return False
    text = _title_of(group)
    if len(text) > SIBLING_CHARS or ENUMERATED.match(text):
        return False
    return any(len(unit.rows) == 1 and len(unit.text) <= SIBLING_CHARS
               and (abs(_set_length(text) - _set_length(unit.text)) <= 2 or _both_quoted(text, unit.text))
               for unit in _crossheads_in(prev))


def _set_length(text: str) -> int:
    """The words' length of a display line, its quotation marks and spaces
    left out ("“稻米+”链条延伸" sets as long as "良种良法配套")."""
    return sum(1 for ch in text if ch not in QUOTE_MARKS and not ch.isspace())


QUOTE_MARKS = "“”‘’\"'「」『』《》"


WHOLLY_QUOTED = rx(r"^[“「][^“”「」]{3,18}[”」]$")


def _both_quoted(text: str, other: str) -> bool:
    """"“我们的根在山里”" … "“人才问题没有想象中难”": crossheads that quote the
    speaker, each a whole quotation, are set alike whatever their lengths."""
    return bool(WHOLLY_QUOTED.match(text) and WHOLLY_QUOTED.match(other)) and 0.6 <= len(text) / len(other) <= 1.6


def crosshead_features(prev: Text, group: HeadGroup, nxt: Text, context: str, ahead: str) -> dict[str, float]:
    """What print shows about a lone display line between two stretches of
    text: how much the text on both sides shares (over the rest of the
    article, and over the next paragraph alone), how much of the line the
    text before already says (a crosshead names its article's subject; the
    next headline names another), its length and its marks (■, 一、)."""
    text = _title_of(group)
    ahead = ahead or nxt.body
    cohesion = similarity(context + prev.body[-WINDOW:], ahead[:WINDOW])
    before = echo(text, prev.body[-3 * WINDOW:])
    return {
        "cohesion": cohesion,
        "cohesion_next": similarity(prev.body[-WINDOW:], nxt.body[:WINDOW]),
        "echo_before": before,
        "echo_after": echo(text, ahead[:3 * WINDOW]),
        # the text before restates the line while the two sides share little:
        # the headline of the text before, printed after it
        "closing": before * max(0.0, 1.0 - cohesion / SAME_SUBJECT),
        "marked": float(bool(ENUMERATED.match(text))),
        "length": min(len(text), 40) / 20,
        # space parts a headline from the article before it; a crosshead
        # sits inside its text
        "set_apart_above": float(group.units[0].blank_before > 0),
        "set_apart_below": float(nxt.units[0].blank_before > 0),
        # an article is rarely only a paragraph long: a line after a short
        # stretch of text opens the article's next part more often than another article
        "short_before": max(0.0, 1.0 - len(prev.body) / SHORT_TEXT),
    }


# "据日本共同社4日报道，…", "据美国《华尔街日报》3日报道，…": a news item
# retold from a foreign outlet opens on the outlet and the day, as a dateline
REPORTED_OPENING = rx(r"^据[\u3400-\u9fff《》A-Za-z·]{2,20}?\d{1,2}日(?:报道|消息|电)[，,]")


# "（接A1版）", "（上接第1版）" opening a paragraph: a story taken up from another page
CONTINUED_OPENING = rx(rf"^{JUMP_FROM}")


def _opens_article(first: Unit) -> bool:
    """A dateline, an editor's note ("编者按/…") or the jump line of a story
    taken up from another page ("（接A1版）…") opens an article."""
    return first.kind == BODY and bool(split_dateline(first.raw[:80]) or NOTE_LABEL.match(first.text)
                                       or opens_with_dateline(first.text) or REPORTED_OPENING.match(first.text)
                                       or CONTINUED_OPENING.match(first.text))


EDITORS_NOTE_CHARS = 300  # an editors' note runs a paragraph


def _opens_on_editors_note(text: Text) -> bool:
    """The text opens on an editors' note's label ("编者按：…")."""
    return bool(text.units) and text.units[0].kind == BODY and _editors_note(text.units[0])


def _editors_note_only(text: Text) -> bool:
    """The text is an editors' note alone ("编者按/…"), one unit long."""
    return len(text.units) == 1 and _editors_note(text.units[0])


def _one_text(prev: Text, nxt: Text) -> bool:
    """Two frames of text with nothing between are one article when they
    are about the same thing and the second does not open with a dateline."""
    if _opens_article(nxt.units[0]):
        return False
    if _editors_note_only(prev):
        return False  # an editors' note introduces articles printed under their own headlines
    return similarity(prev.body[-WINDOW:], nxt.body[:WINDOW]) >= SAME_SUBJECT


def _ahead(items: list[Item], k: int) -> str:
    """The running text from item k on, through lone display lines, up to
    the next full headline group or other matter: the rest of the article
    if the line before k is a crosshead."""
    parts: list[str] = []
    size = 0
    for item in items[k:]:
        if isinstance(item, Text):
            parts.append(item.body)
            size += len(item.body)
        elif not (isinstance(item, HeadGroup) and not item.strong) or size >= WINDOW:
            break
    return "".join(parts)


def _wrapped(group: HeadGroup) -> bool:
    """One short display line wrapped over the lines of a narrow column
    ("国 内 战 略 性 新 / 兴 产 业 发 展 / 成 效 显 著"): a crosshead may be, as
    much as a single line."""
    units = group.units
    narrow = all(r.column and r.column <= 16 for u in units for r in u.rows)
    return narrow and 2 <= len(units) <= 3 and len(_title_of(group)) <= CROSSHEAD_CHARS and \
        all(r.column and (r.width >= r.column - 2 or letter_spaced(r.line.raw)) for u in units[:-1] for r in u.rows)


def _headed_below(items: list[Item], k: int) -> bool:
    """The text at k (with any text and lone display lines after it) is
    followed by a full headline group (byline or subtitle) that another
    headline follows with no text between: that group can head only the
    text above it, printed after it."""
    j = k + 1
    while j < min(len(items), k + 12) and (isinstance(items[j], Text) or _weak(items[j]) or _end_matter_only(items[j])):
        if isinstance(items[j], HeadGroup) and _stacked_over(items, j):
            return True
        j += 1  # (a dozen items at most: a page has few parts to one article)
    if j >= len(items) or not (isinstance(items[j], HeadGroup) and items[j].strong and items[j].units):
        return False
    following = next((it for it in items[j + 1:j + 4] if not _end_matter_only(it)), None)
    return j + 1 == len(items) or (isinstance(following, HeadGroup) and bool(following.units)) \
        or _stacked_over(items, j)


def _stacked_over(items: list[Item], j: int) -> bool:
    """The headline group at j is two headlines set one after the other:
    the first that of the text above it, printed after that text."""
    prev, nxt = items[j - 1], items[j + 1] if j + 1 < len(items) else None
    if not (isinstance(prev, Text) and isinstance(nxt, Text)):
        return False
    lines = [(u, r) for u in items[j].units for r in u.rows]
    return len(lines) >= 2 and _stack_cut(lines, prev, nxt) is not None


def _end_matter_only(item: Item) -> bool:
    return isinstance(item, Other) and all(_end_matter(r) for r in item.rows)


def _weak(item: Item) -> bool:
    return isinstance(item, HeadGroup) and not item.strong and bool(item.units)


def _open_text_before(out: list[Item]) -> Text | None:
    """The last text before this point, past other matter and captions, if it stops mid-sentence."""
    for item in reversed(out):
        if isinstance(item, (Other, Caption)):
            continue
        return item if isinstance(item, Text) and item.open else None
    return None


def _goes_on(opened: Text, text: Text) -> bool:
    """The text starts by finishing the sentence the other left open."""
    first = text.units[0]
    if first.kind != BODY or first.rows[0].indented or split_dateline(first.raw[:80]):
        return False
    last = [u for u in opened.units if u.kind == BODY][-1]
    # (or a quotation left open closes in it: "…“让老人来了" / "不仅能住，…工作。”")
    return (first.text[:1] in "，,、。；;：:”’）)》" or word_crosses(last.text, first.text)
            or (_unbalanced(last.text) and _closes_first(first.text)))


def _resumed_later(prev: Text, nxt: Text, later: list[Item]) -> bool:
    """The text before a display line stops mid-word at the column's edge,
    the text under the line does not finish the word, and a column printed
    further on does: the line stands between two columns of another article
    (a crosshead is never set inside a sentence), so it heads the text under it."""
    end = _last_body(prev.parts)
    if end is None or not end.open or not end.rows[-1].fills_column or not _cjk(end.text[-1:]):
        return False
    first = nxt.units[0]
    if first.kind == BODY and word_crosses(end.text, first.text):
        return False
    for item in [nxt] + later:
        if not isinstance(item, Text):
            continue
        for unit in item.units[1:] if item is nxt else item.units:
            if unit.kind == BODY and unit.blank_before and not unit.rows[0].indented and _cjk(unit.text[:1]) \
                    and word_crosses(end.text, unit.text):
                return True
    return False


def _short_of_column(row: Row) -> bool:
    """A crosshead is a few words set solid, well short of the column (a
    headline set over its text runs close to the column's width, or is
    spread across it)."""
    return bool(row.column) and row.width <= CROSSHEAD_SHARE * row.column and not letter_spaced(row.line.raw)


CROSSHEAD_SHARE = 0.75  # of the column's width
SOLID_BREAKS = 4  # paragraph breaks inside texts: enough to tell how a page sets them
SOLID_SHARE = 0.1  # at most this share of them after a blank line: paragraphs set solid


def _paragraphs_run_solid(items: list[Item]) -> bool:
    """The page starts its paragraphs on an indent with no blank line
    before them (where it also sets its headlines apart, `_heads_set_apart`,
    blank lines part articles, not paragraphs)."""
    breaks = [u.blank_before > 0 for it in items if isinstance(it, Text)
              for u in it.units[1:] if u.kind == BODY and u.rows[0].indented]
    return len(breaks) >= SOLID_BREAKS and sum(breaks) <= SOLID_SHARE * len(breaks)


def _heads_set_apart(items: list[Item]) -> bool:
    """Every headline that surely opens an article (a byline under it, a
    dateline after it), two at least, stands after a blank line."""
    starts = [it.units[0].blank_before > 0 for k, it in enumerate(items[:-1]) if isinstance(it, HeadGroup) and it.units
              and (it.strong or (isinstance(items[k + 1], Text) and _opens_article(items[k + 1].units[0])))]
    return len(starts) >= 2 and all(starts)


def merge_crossheads(items: list[Item], flowing: bool = False) -> list[Item]:
    """Fold each lone display line that is a crosshead into the text around
    it, and rejoin frames of one text that a blank line or indent parted."""
    out: list[Item] = []
    resumed: Text | None = None  # the text a column's piece just went on, past the furniture topping that column
    heads_apart = _heads_set_apart(items)
    solid = heads_apart and _paragraphs_run_solid(items)
    k = 0
    while k < len(items):
        item = items[k]
        prev = out[-1] if out else None
        if (isinstance(item, HeadGroup) and isinstance(prev, Other) and len(out) >= 2 and isinstance(out[-2], Text)
                and all((r.role == FURNITURE and BARE_FOLIO.fullmatch(r.text.strip())) or r.role == REPEAT
                        for r in prev.rows)):
            # a magazine's page number between two pages of one text ("10" /
            # "一、引言"), or a stretch the text layer holds twice set between
            prev = out[-2]
        if isinstance(item, HeadGroup) and isinstance(prev, Other) and resumed is not None:
            prev = resumed  # a crosshead in the piece of a text that went on past a running head
        nxt = items[k + 1] if k + 1 < len(items) else None
        above = out[-2] if len(out) >= 2 and isinstance(out[-2], HeadGroup) else None
        context = _title_of(above) if above is not None and isinstance(prev, Text) and len(prev.body) < WINDOW else ""
        run = k
        while run < len(items) and _weak(items[run]) and (flowing or len(items[run].units) == 1 or _wrapped(items[run])
                                                          or _numbered_parts(items[run])):
            # Display lines in a row: a crosshead and a sub-crosshead. (In a
            # page of columns two display lines together are a headline and
            # its kicker, or a headline over two lines.)
            run += 1
        nxt = items[run] if run < len(items) and run > k else nxt
        if (isinstance(item, HeadGroup) and isinstance(prev, HeadGroup) and prev.of(BYLINE) and run == k + 1
                and isinstance(nxt, Text) and (REPORT_PART.match(_title_of(item)) or _first_part(_title_of(item)))):
            # the report's first part, its label right under the byline
            # ("【现场】…", a speech's "一、…"): the text starts there
            out.append(Text(list(item.units) + list(item.rows) + nxt.parts))
            k = run + 1
            continue
        counted = _counted_past_box(out, item) if run == k + 1 and isinstance(nxt, Text) else None
        if counted is not None:
            # "②“腾笼换鸟”阵痛" after a box set into the article whose last
            # crosshead is "①…": the article's next part, past the box
            counted.parts += list(item.units) + list(item.rows) + nxt.parts
            k = run + 1
            continue
        main = _text_around_box(out)
        if (run > k and main is not None and isinstance(nxt, Text) and run - k <= 2
                and any(isinstance(p, Unit) and p.kind == HEAD for p in main.parts)
                and _title_of(item)[:1] not in DIGEST_BULLETS
                and _is_crosshead(main, item, nxt, "", _ahead(items, run), flowing)):
            # a crosshead after a box printed inside an article (label,
            # headline, a short text), set as the article's own crossheads
            # are: the article goes on past the box
            for group in items[k:run]:
                main.parts += list(group.units) + list(group.rows)
            main.parts += nxt.parts
            k = run + 1
            continue
        if (run > k and isinstance(prev, Text) and isinstance(nxt, Text) and run - k <= 3
                and not _resumed_later(prev, nxt, items[run + 1: run + 12]) and not _under_digest_label(out)
                and not _signed_apart(out, items, run) and not _next_item(out, item) and not _next_brief(out, item)
                # "深度" over "把低碳理念带到“联合国”": a column's label over a
                # headline opens a piece of its own (not "应对策略" over the
                # first of parallel crossheads, "…筑牢技术创新之梁" / "…筑牢产业协同之梁")
                and not (_labelled_headline(item) and not _parallel_ahead(items, run, item))
                and (_numbering_goes_on(item, items, run) or _numbered_after(prev, item) or _continuation_part(out, item, nxt)
                     or _is_crosshead(prev, item, nxt, context, _ahead(items, run), flowing, _headed_below(items, run),
                                      headed_above=_headed_above(out),
                                      lead_chars=MAGAZINE_LEAD_CHARS if _under_credits(out) else 0,
                                      above_title=_headline_above(out), spaced_ahead=_spaced_alike_ahead(items, run, item),
                                      solid=solid, heads_apart=heads_apart))):
            for group in items[k:run]:
                units = group.units
                if len(units) > 1 and _wrapped(group):  # one crosshead over the column's lines
                    units = [Unit(units[0].kind, [r for u in units for r in u.rows], blank_before=units[0].blank_before)]
                prev.parts += units + list(group.rows)
            prev.parts += nxt.parts
            k = run + 1
            continue
        opened = _open_text_before(out)
        if isinstance(item, Text) and opened is not None and _goes_on(opened, item):
            opened.parts += item.parts  # text that starts mid-sentence goes on from the text left open
            resumed = opened
            k += 1
            continue
        resumed = None
        if isinstance(item, Text) and item.gap and isinstance(prev, Text) and _one_text(prev, item):
            prev.parts += item.parts
            k += 1
            continue
        if (isinstance(item, Caption) and isinstance(prev, Text) and isinstance(nxt, Text) and nxt.gap
                and _one_text(prev, nxt)):
            prev.parts += [item] + nxt.parts  # a photo printed between two paragraphs of one article
            k += 2
            continue
        out.append(item)
        k += 1
    return out


NUMBERED_PART = rx(r"^(?:(?P<n>[一二三四五六七八九])、|[（(](?P<b>[一二三四五六七八九])[）)])")
CHINESE_NUMERALS = "一二三四五六七八九十"
NUMBERING_REACH = 8  # items looked ahead for the next part's number
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def _first_part(title: str) -> bool:
    """"一、2034年工作回顾", "（一）…", "第一部分…": a report's first numbered part."""
    found = NUMBERED_PART.match(title.strip())
    return (bool(found) and (found.group("n") or found.group("b")) == CHINESE_NUMERALS[0]
            and len(title.strip()) - found.end() >= 2) or bool(rx(r"^第一部分\s*\S{2,}").match(title.strip()))


def _continuation_part(out: list[Item], group: HeadGroup, nxt: Text) -> bool:
    """"（上接A9版）" / "…占比达到30%。" / "■一座城的“双向奔赴”": the text
    above takes an article up from another page and runs short, ending the
    part begun there; a lone line marked as crossheads are marked opens the
    article's next part (its words need not echo a stretch that short)."""
    prev = out[-1] if out else None
    jumped = len(out) >= 2 and isinstance(out[-2], Other) and _jumps_back(out[-2])
    title = _title_of(group)
    return (jumped and isinstance(prev, Text) and len(prev.body) < SHORT_BEFORE_CROSSHEAD
            and len(group.units) == 1 and len(group.units[0].rows) == 1 and not group.rows
            and bool(ENUMERATED.match(title)) and _reads_as_heading(title, nxt))


def _numbered_parts(group: HeadGroup) -> bool:
    """Display lines that each open on a part's number: one crosshead, or a
    part's number over its first sub-part's ("二、…" / "（一）…")."""
    return bool(group.units) and all(NUMBERED_PART.match(u.text.strip()) for u in group.units)


def _numbering_goes_on(group: HeadGroup, items: list[Item], run: int) -> bool:
    """"一、从商品和要素流动型开放…" over text, "二、以开放促改革" further on,
    with no signed headline between: the parts of one essay numbered in
    order, so the line is its first crosshead, not a headline of its own."""
    labelled = LABELLED_NUMBER.match(group.units[0].text.strip()) if len(group.units) == 1 else None
    if labelled and labelled.group("n") != CHINESE_NUMERALS[-1]:
        # "案例一：网购手机…" with "案例二：…" further on: a report's numbered cases
        following = CHINESE_NUMERALS[CHINESE_NUMERALS.index(labelled.group("n")) + 1]
        wanted: tuple[str, ...] = (labelled.group("word") + following,)
        under = items[run] if run < len(items) else None
        if isinstance(under, Text) and closing_byline(under.body[-60:]):
            return False  # each case signed at its end ("…（记者　X　整理）"): pieces of their own
    elif not labelled and _numbered_parts(group):
        found = NUMBERED_PART.match(group.units[0].text.strip())
        number = found.group("n") or found.group("b")
        following = CHINESE_NUMERALS[CHINESE_NUMERALS.index(number) + 1]
        wanted = (following + "、",) if found.group("n") else ("（" + following + "）", "(" + following + ")")
    else:
        return False
    for item in items[run: run + 1 + NUMBERING_REACH]:  # (from the text under it: its next part may be set inside)
        if isinstance(item, HeadGroup):
            if item.of(BYLINE):
                return False  # another article begins first
            if _title_of(item).startswith(wanted):
                return True
        elif isinstance(item, Text) and any(isinstance(p, Unit) and (p.kind == HEAD or labelled) and p.text.startswith(wanted)
                                            for p in item.parts):
            return True  # (a case's title wrapped into a clause, "案例二：…，超出…" / "不予支持", may read as text)
    return False


# "亮点四　…", "看点二：…", "关键词三　…": a crosshead numbered after the word
# that names the parts of a report
LABELLED_NUMBER = rx(r"^(?P<word>(?:(?![一二三四五六七八九十])[\u3400-\u9fff]){2,3}?)(?P<n>[一二三四五六七八九十])(?:[\s\u3000：:、]|(?=[“《]))")


BOX_REACH = 3  # items looked back past a box for the text its numbered crosshead goes on


def _counted_past_box(out: list[Item], group: HeadGroup) -> Text | None:
    """The text a lone numbered crosshead ("②…", "二、…") goes on, when a box
    (its headline, its short text, bylines) stands between them: an earlier
    text whose last crosshead carries the number before. (The text right
    above is the usual case, which the crosshead cues decide.)"""
    if group.of(BYLINE) or len(group.units) != 1 or not out or (isinstance(out[-1], Text) and _numbered_after(out[-1], group)):
        return None
    for j in range(len(out) - 2, max(-1, len(out) - 2 - BOX_REACH), -1):
        if isinstance(out[j], Text) and _numbered_after(out[j], group):
            between = out[j + 1:]
            if all(isinstance(x, HeadGroup) or (isinstance(x, Text) and len(x.body) <= BOX_CHARS) for x in between):
                return out[j]
            return None
    return None


def _numbered_after(prev: Item | None, group: HeadGroup) -> bool:
    """"亮点四　“投贷保”联动…" under a text whose crossheads run "亮点一" …
    "亮点三", "二、…" under one whose last part is "一、…": the next part of
    that report, numbered in order."""
    title = _title_of(group)
    part, circled, found = NUMBERED_PART.match(title), CIRCLED.find(title[:1]), LABELLED_NUMBER.match(title)
    if not isinstance(prev, Text) or not (part or circled >= 1 or found):
        return False  # (the text's crossheads are gathered only for a numbered line)
    heads = [p.text.strip() for p in prev.parts if isinstance(p, Unit) and p.kind == HEAD]
    if part and heads and (part.group("n") or part.group("b")) != CHINESE_NUMERALS[0]:
        # "二、聚焦重点领域…" under a text whose last part is "一、…": its next part
        n = CHINESE_NUMERALS[CHINESE_NUMERALS.index(part.group("n") or part.group("b")) - 1]
        return heads[-1].startswith((f"{n}、", f"（{n}）", f"({n})"))
    if circled >= 1:
        return bool(heads) and heads[-1].startswith(CIRCLED[circled - 1])  # "②…" after "①…"
    if not found or found.group("n") == CHINESE_NUMERALS[0]:
        return False
    before = found.group("word") + CHINESE_NUMERALS[CHINESE_NUMERALS.index(found.group("n")) - 1]
    return bool(heads) and heads[-1].startswith(before)


# ---------------------------------------------------------------- headlines to texts
def _next_item(out: list[Item], group: HeadGroup) -> bool:
    """"◆新增专项债额度下达" after an item headed "◆假期日均消费增长9.6%": a
    bulleted line under the same bullet as the title of the text above
    (no byline with it) opens the digest's next item, not a crosshead."""
    title = _title_of(group)
    above = out[-2] if len(out) >= 2 and isinstance(out[-1], Text) and isinstance(out[-2], HeadGroup) else None
    # (the item's own title: a column's label may stand over the first, "环球财经" / "■…";
    # a title over two lines has the bullet on its first, "◆退休人员医保卡余额" / "能否家庭共济")
    if above is None or above.of(BYLINE) or not above.units or all(u.text[:1] != title[:1] for u in above.units):
        return False
    # (■ marks an article's crossheads too; under it, texts of a sentence or
    # two each are a digest's items: an article's parts run longer)
    return title[:1] in ITEM_BULLETS or (title[:1] in "■□" and len(out[-1].body) <= SHORT_ITEM_CHARS)


SHORT_ITEM_CHARS = 150  # a sidebar's news item under its ■ title: a sentence or two


def _next_brief(out: list[Item], group: HeadGroup) -> bool:
    """"行政处罚决定摘要" / "蓝屿科技虚增营业收入被罚1200万元" / a paragraph /
    "利用内幕信息交易…被罚没386万元": under a box's label, a lone line as long
    as the unsigned one-line headline over the short text above, both too
    long for a crosshead, is the next brief's headline (an article's
    crossheads are shorter than its headline, and its first part runs
    longer than a paragraph). The box's briefs go on so one after another."""
    if len(group.units) != 1 or len(group.units[0].rows) != 1 or group.rows:
        return False
    title = _title_of(group)
    j = len(out) - 2
    while j >= 0 and isinstance(out[j], HeadGroup) and isinstance(out[j + 1], Text) and not out[j].rows:
        headline = out[j].units[-1] if out[j].units else None
        if not (headline is not None and len(headline.rows) == 1 and len(out[j + 1].body) <= 2 * SHORT_ITEM_CHARS
                and min(_set_length(headline.text), _set_length(title)) > SIBLING_CHARS
                and abs(_set_length(headline.text) - _set_length(title)) <= BRIEF_TITLE_SPREAD):
            return False
        if len(out[j].units) == 2:
            label = out[j].units[0]
            return len(label.rows) == 1 and _set_length(label.text) <= BOX_LABEL_CHARS
        if len(out[j].units) > 2:
            return False
        j -= 2  # a brief of the box already: back to the one before
    return False


BRIEF_TITLE_SPREAD = 3  # characters two briefs' one-line headlines may differ by, set in one box
BOX_LABEL_CHARS = 8  # "行政处罚决定摘要", "监管动态": a box's label is a phrase


def _signed_apart(out: list[Item], items: list[Item], run: int) -> bool:
    """The text above is signed under its headline ("本报记者 X") or in its
    dateline ("本报讯（记者 X）"), and the text after the display line
    closes with a signature of its own ("本报评论员", a name set apart under
    it, or another writer's run in): the line heads another piece (a
    commentary printed after the news it comments on), not a part of the
    article above."""
    after = items[run + 1] if run + 1 < len(items) else None
    last = _last_body(items[run].parts) if isinstance(items[run], Text) else None
    closing = None
    if not (isinstance(after, HeadGroup) and not after.units and after.of(BYLINE)):
        if last is None:
            return False
        if not (len(last.rows) == 1 and signature_alone(last.text)):
            # (or its last paragraph is the signature alone, "（卓一凡）", or closes
            # with one naming someone else: "…最高50万元。（邝小满）")
            closing = _bracket_signature(last.text)
            if not (closing and closing.authors and not rx(r"(?:摄|摄影|供图|图)$").search(closing.text.strip())):
                return False  # ("（程波摄）" credits a photo)
    above = out[-2] if len(out) >= 2 and isinstance(out[-2], HeadGroup) else None
    prev = out[-1] if out and isinstance(out[-1], Text) else None
    dated = _dateline(prev) if prev is not None and prev.units and prev.units[0].kind == BODY else None
    if not ((above is not None and above.of(BYLINE)) or (dated and dated[0].authors)):
        return False  # (its writer named under its headline or in its dateline: "本报讯（记者 X）")
    if closing is None:
        return True
    named_above = set(headline_of(above).authors if above is not None else []) | set(dated[0].authors if dated else [])
    return not set(closing.authors) & named_above


# Labels over a run of short news items ("快讯", "简讯", "一周速览"): each
# line under such a label heads an item of its own, none is a crosshead.
DIGEST_LABEL = rx(r"(?:快讯|简讯|短讯|速览|速递|速读|简报|集萃|扫描|动态|一句话|一句话新闻|图片新闻|图片报道|新闻图片|图说新闻)$")  # (photo news, too, is printed under its label)


def _under_digest_label(out: list[Item]) -> bool:
    """The texts back to the last headline group with a label are short
    items under a digest's label: a lone line after them heads one more."""
    for item in reversed(out):
        if isinstance(item, HeadGroup):
            if item.of(SUB) and item.of(BYLINE):
                return False  # "新规速递" over a headline, its dashed subtitle and byline: one article under the column's label
            labels = [r.text.strip("【】[] ") for r in item.of(SECTION)] + [u.text for u in item.units[:1] if len(item.units) >= 2]
            if any(map(_digest_label, labels)):
                return True
            if item.strong or len(item.units) > 1:
                return False  # a full headline group: the digest (if any) ended before it
        elif isinstance(item, Text) and len(item.body) > DIGEST_ITEM_CHARS:
            return False
    return False


DIGEST_ITEM_CHARS = 400  # a digest's item runs a paragraph or two


def _title_of(group: HeadGroup) -> str:
    return "".join(u.text for u in group.units) or "".join(r.text for r in group.of(SUB))


def _score(group: HeadGroup, text: Text, before: bool) -> float:
    """How well `group` heads `text` (printed before it when `before`)."""
    body = text.body
    score = echo(_title_of(group), body[:6000])
    if before:
        score += 0.1  # papers print headlines above their text more often than not
        first = text.units[0]
        if first.kind == BODY and split_dateline(first.raw[:80]):
            score += -0.3 if _credits_clash(group, text) else 0.3  # a dateline opens an article
        if first.kind == BODY and (CHAPTER_HEAD.match(first.text.strip()) or ARTICLE_NUMBER.match(first.text.strip())):
            score += 0.3  # "第一章　总则", "第一条　为…": a law or regulation printed in full opens under its title
        if STOCK_ITEM.match(group.units[-1].text.strip("【】[] ")):
            score += 0.3  # "澜沧药业（600871）" over "公司公告，…": a digest's item under its firm's name and code
        if _closed_by_author_note(text):
            score += 0.1  # "…（作者为…教授　甘棠）": a signed piece, which a headline heads
    else:
        last = text.parts[-1]
        if isinstance(last, Row) and last.role == NOTE:
            score += 0.1  # a signed piece: author note, then headline and name
    return score


def _closed_by_author_note(text: Text) -> bool:
    """The text's last line is its author's note ("（作者为…教授　甘棠）")."""
    last = text.parts[-1] if text.parts else None
    return isinstance(last, Row) and last.role == NOTE and bool(AUTHOR_NOTE.match(last.text))


def _credits_clash(group: HeadGroup, text: Text) -> bool:
    """The group's byline and the dateline opening the text name different
    reporters: an article credits the same people in both ("本报记者 X" over
    "本报讯（记者 X）"), so this group is not the text's headline (a headline
    and byline printed after their own text, above the next article)."""
    if not group.of(BYLINE):
        return False
    named = set(headline_of(group).authors)
    dated = _dateline(text)
    return bool(named) and dated is not None and bool(dated[0].authors) and not named & set(dated[0].authors)


def part_above_sections(items: list[Item]) -> list[Item]:
    """Display lines printed above a column's label ("以人为本 / 科技向善而行" /
    "问道科技创新" / headline / byline): the label opens the article's block, so
    what stands above it is another piece's (an advert's slogan, the headline
    of the text before), not this headline's kicker."""
    out: list[Item] = []
    for item in items:
        if isinstance(item, HeadGroup) and item.of(SECTION):
            label = min(r.no for r in item.of(SECTION))
            above = [u for u in item.units if u.last < label]
            below = [u for u in item.units if u.first > label]
            if above and below and not [r for r in item.rows if r.no < label]:
                out += [HeadGroup(above), HeadGroup(below, item.rows)]
                continue
        out.append(item)
    return out


DIGEST_BULLETS = "■●◆▶►□"  # marks that open a digest's items
TITLE_BULLETS = DIGEST_BULLETS + "◇○◎▲△★☆"


DIGEST_LABEL_CHARS = 6  # "简讯", "区县动态": a digest's label is a word or two


def split_bulleted_items(items: list[Item]) -> list[Item]:
    """"简讯" / "■4月7日，…（通讯员　X）" / "■近日，…": under a digest's label,
    a text whose paragraphs open on one bullet, its items credited one by
    one (at their end, or each on its dateline: "■本报讯（记者　X）…"), holds
    the digest's items, one at each bulleted paragraph, signed or not."""
    out: list[Item] = []
    for k, item in enumerate(items):
        label = items[k - 1] if k else None
        if not (isinstance(item, Text) and isinstance(label, HeadGroup) and len(label.units) == 1
                and not label.of(BYLINE) and _digest_label(_title_of(label))):
            out.append(item)
            continue
        first = item.parts[0] if item.parts else None
        bullet = first.text[:1] if isinstance(first, Unit) and first.kind == BODY else ""
        placed = bullet == "【" and bool(PLACE_RUN_IN.match(first.text))
        cuts = [0] + [i for i in _paragraph_starts(item) if i and isinstance(item.parts[i], Unit)
                      and item.parts[i].kind == BODY and item.parts[i].text[:1] == bullet
                      and (not placed or PLACE_RUN_IN.match(item.parts[i].text))]
        pieces = [item.parts[start:end] for start, end in zip(cuts, cuts[1:] + [len(item.parts)])]
        # (items credited one by one, or each under the place it comes from,
        # "【梅里迪亚】梅里迪亚中央银行9日发布…"; a list of one-sentence items
        # credited once at its end, "…1.2万家。（本报综合）", is one piece)
        # ("一句话新闻": each bulleted sentence is an item of its own, credited or not)
        one_liners = bool(ONE_SENTENCE_LABEL.search(_title_of(label)))
        if len(cuts) < 2 or not (placed or (bullet in DIGEST_BULLETS and (one_liners or any(map(_signed_piece, pieces[:-1]))
                                                                          or all(map(_dated_piece, pieces))))):
            out.append(item)
            continue
        out += [Text(piece, item.gap if n == 0 else False, item=True) for n, piece in enumerate(pieces)]
    return out


SIBLING_HEAD_CHARS = 30  # a digest item's headline fits a line or two of a column


def split_at_sibling_bullets(items: list[Item]) -> list[Item]:
    """"●全市法院涉企案件…缩短12天" over its text, then "●首个知识产权纠纷
    调解工作站揭牌" set solid over the next: under a headline opened by a
    digest's bullet, a paragraph whose first line opens on the same bullet
    and closes no sentence is the next item's headline, not a line of the
    text (the first item's headline, set apart, was read as one)."""
    out: list[Item] = []
    pending = list(items)
    while pending:
        item = pending.pop(0)
        head = out[-1] if out else None
        bullet = _title_of(head)[:1] if isinstance(head, HeadGroup) and head.units else ""
        cut = _sibling_bullet_at(item, bullet) if isinstance(item, Text) and bullet in ITEM_BULLETS else None
        if cut is None:
            out.append(item)
            continue
        unit = item.parts[cut]
        title_rows = 1 if len(unit.rows) > 1 else len(unit.rows)
        out.append(Text(item.parts[:cut], item.gap))
        out.append(HeadGroup([Unit(HEAD, unit.rows[:title_rows], unit.blank_before)]))
        rest = ([Unit(BODY, unit.rows[title_rows:], 0)] if unit.rows[title_rows:] else []) + item.parts[cut + 1:]
        if rest:
            pending.insert(0, Text(rest))
    return out


def _sibling_bullet_at(text: Text, bullet: str) -> int | None:
    """Where in the text a paragraph opens on `bullet` with a headline's line."""
    starts = set(_paragraph_starts(text))
    for i, part in enumerate(text.parts):
        if i not in starts or not (isinstance(part, Unit) and part.kind == BODY) or part.blank_before == 0:
            continue
        line = part.rows[0].text
        if (line[:1] == bullet and len(line) <= SIBLING_HEAD_CHARS and not ends_sentence(line)
                and (len(part.rows) > 1 or i + 1 < len(text.parts))):
            return i
    return None


ONE_SENTENCE_LABEL = rx(r"一句话")  # "一句话新闻", "一句话快讯": a digest of one-sentence items

PLACE_RUN_IN = rx(r"^【[\u3400-\u9fff·]{2,8}】\S")  # "【萨尔韦多】萨尔韦多议会8日…": an item under its place


def _dated_piece(parts: list) -> bool:
    """The piece opens on its dateline after the bullet ("■本报讯（记者　X）…"): credited at its start."""
    first = next((p for p in parts if isinstance(p, Unit) and p.kind == BODY), None)
    return first is not None and bool(split_dateline(first.text[1:].lstrip()[:80]))


def _signed_piece(parts: list) -> bool:
    """The piece closes with a signature: run in ("…2000吨。（融媒记者　X）") or on a line of its own."""
    last = next((p for p in reversed(parts) if isinstance(p, Unit) and p.kind == BODY), None)
    return last is not None and (_bracket_signature(last.text) is not None or closing_credit(last))


def _digest_label(title: str) -> bool:
    """"简讯", "【财经快讯】": a word or two naming a digest."""
    bare = title.replace(" ", "").strip("【】[] ")
    return len(bare) <= DIGEST_LABEL_CHARS and bool(DIGEST_LABEL.search(bare))


def split_at_signatures(items: list[Item]) -> list[Item]:
    """A paragraph closed by its reporter's signature ("…付款凭证。（记者
    苗一禾）") ends its article: text printed after it, with no headline
    between, is the next article (whose headline may follow its text)."""
    out: list[Item] = []
    for item in items:
        if not isinstance(item, Text) or not any(isinstance(p, Unit) and p.text.rstrip().endswith(("）", ")"))
                                                 for p in item.parts[:-1]):
            out.append(item)  # (no paragraph before the last closes with a bracket: no signature to cut at)
            continue
        starts = set(_paragraph_starts(item))
        left_open = any(isinstance(x, Text) and x.open for x in out[-4:])
        indents = any(isinstance(p, Unit) and p.kind == BODY and p.rows[0].indented for p in item.parts)
        cuts: list[int] = []
        signed = False  # the running text so far closes with a signature naming a reporter by role
        named = False  # ... or with a bare name in brackets
        for i, part in enumerate(item.parts):
            # (a bare name in brackets may be a quoted source; before a
            # bulleted paragraph it signs a digest's item: "…（阮青禾）" / "■青枫县…")
            if (i in starts and signed) or (named and isinstance(part, Unit) and part.text[:1] in DIGEST_BULLETS):
                cuts.append(i)
            elif (named and i in starts and left_open and indents and isinstance(part, Unit) and part.kind == BODY
                  and not part.rows[0].indented):
                # "…潜力尤为可观。（沈亦舟）" / "养老、托育…": after a box's
                # signature, a line flush left where paragraphs are indented
                # finishes a sentence a text before the box left open
                cuts.append(i)
            if isinstance(part, Unit):
                # (a display line between lets it be)
                signed = part.kind == BODY and _signed_by_role(part.text)
                named = part.kind == BODY and _bracket_signature(part.text) is not None
        for start, end in zip([0] + cuts, cuts + [len(item.parts)]):
            out.append(Text(item.parts[start:end], item.gap if start == 0 else False))
    return out


def _signed_by_role(text: str) -> bool:
    signed = _bracket_signature(text)
    return bool(signed and re.search(ROLE, signed.text))


def _bracket_signature(text: str):
    """The signature in brackets a paragraph closes with ("…。（记者 苗一禾）")."""
    if not text.rstrip().endswith(("）", ")")):
        return None  # (most paragraphs end otherwise: the regex is spared)
    return closing_byline(text[-40:])


def split_at_editors_notes(items: list[Item]) -> list[Item]:
    """An editors' note ("编者按：…") introduces the article printed after
    it, never closes the one before: a text that runs on into one (no
    headline between them) is cut where the note's label stands."""
    out: list[Item] = []
    for item in items:
        cut = next((i for i, p in enumerate(item.parts) if i and isinstance(p, Unit) and p.kind == BODY and _editors_note(p)
                    and any(isinstance(q, Unit) and q.kind == BODY and not q.open for q in item.parts[:i])),
                   None) if isinstance(item, Text) else None
        if cut is None:
            out.append(item)
            continue
        out += [Text(item.parts[:cut], item.gap), Text(item.parts[cut:])]
    return out


def split_stacked_headlines(items: list[Item]) -> list[Item]:
    """Two headlines printed one right after the other (the first closing the
    text above it, the second opening the text below) form one group on the
    page, often one display unit when no blank line parts them; the words each
    line shares with the text on its side part them."""
    out: list[Item] = []
    for k, item in enumerate(items):
        back = k - 1
        while back >= 0 and _end_matter_only(items[back]):
            back -= 1  # a jump line or an editor's credit closes the text, the headline after it still may
        prev = items[back] if back >= 0 else None
        nxt = items[k + 1] if k + 1 < len(items) else None
        lines = [(u, r) for u in item.units for r in u.rows] if isinstance(item, HeadGroup) else []
        if not (len(lines) >= 2 and isinstance(prev, Text) and isinstance(nxt, Text)) \
                or (prev.units and NOTE_LABEL.match(prev.units[0].text)):
            # (an editor's note ("【编者按】…") introduces what follows: no
            # headline of its own is printed after it, the lines under it
            # head the next text whatever words they share with the note)
            out.append(item)
            continue
        opener = items[back - 1] if back >= 1 else None
        # (a text with no headline above it: opened by a byline alone, or
        # right after another article's text)
        headless = (isinstance(opener, HeadGroup) and not opener.units and bool(opener.of(BYLINE))) or isinstance(opener, Text)
        # (a text set under its headline and byline takes no second headline
        # after it: a short line over the group is a column's name, "基金经理说")
        credited = isinstance(opener, HeadGroup) and bool(opener.units) and bool(opener.of(BYLINE))
        cut = _stack_cut(lines, prev, nxt, headless, credited)
        if cut is None:
            out.append(item)
            continue
        boundary = lines[cut][1].no
        out.append(HeadGroup(_head_units(lines[:cut]), [r for r in item.rows if r.no < boundary]))
        out.append(HeadGroup(_head_units(lines[cut:]), [r for r in item.rows if r.no >= boundary]))
    return out


def _stack_cut(lines: list[tuple[Unit, Row]], prev: Text, nxt: Text, headless: bool = False,
               credited: bool = False) -> int | None:
    """Where a group of display lines parts into the headline of the text
    above and that of the text below: each side names its own text clearly
    more than the other (less clearly at a blank line, where print sets two
    headlines apart). Of the cuts that do, one at a blank line before
    one inside a block; then the clearest.

    A text with no headline above it (`headless`: opened by a byline
    alone, or right after another article's text) still lacks its
    headline: the display lines set right under its last line, up to a
    blank line, are that headline, printed after it, when the lines after
    the blank name the text below more than the text above."""
    if headless and prev.units and lines[0][1].no == prev.units[-1].last + 1:
        gaps = [n for n in range(1, len(lines)) if lines[n][1].no - lines[n - 1][1].no > 1]
        if gaps:
            lower = "".join(r.text for _, r in lines[gaps[0]:])
            if echo(lower, nxt.body) - echo(lower, prev.body) > STACK_MARGIN_APART:
                return gaps[0]
    best: tuple[bool, float, int] | None = None
    for n in range(1, len(lines)):
        upper = "".join(r.text for _, r in lines[:n])
        lower = "".join(r.text for _, r in lines[n:])
        if len(upper.replace(" ", "")) <= COLUMN_LABEL_CHARS or (credited and n == 1 and _column_name(upper)):
            continue  # "经济时评" over "“以旧换新”要算好服务账": a column's label, heading no text above it
        if AWAITING_END.search(upper.rstrip()) and lines[n][1].no == lines[n - 1][1].no + 1:
            continue  # "…IP变现成本有望" / "下降": a line stopped on a word waiting for the next goes on there
        up = echo(upper, prev.body) - echo(upper, nxt.body)
        down = echo(lower, nxt.body) - echo(lower, prev.body)
        apart = lines[n][1].no - lines[n - 1][1].no > 1
        margin = STACK_MARGIN_APART if apart else STACK_MARGIN
        if up > margin and down > margin:
            choice = (apart, up + down, n)
            best = max(best or choice, choice)
    return best[2] if best else None


def _column_name(line: str) -> bool:
    """"基金经理说": a few Chinese characters alone, no mark among them (a
    source line, "资料来源：各公司", closes a table)."""
    bare = line.replace(" ", "")
    return len(bare) <= COLUMN_NAME_CHARS and _cjk(bare)


def _head_units(lines: list[tuple[Unit, Row]]) -> list[Unit]:
    """Display units again from (unit, line) pairs, a unit cut in two where the lines part."""
    units: list[Unit] = []
    for unit, row in lines:
        if units and units[-1].rows[-1] in unit.rows:
            units[-1].rows.append(row)
        else:
            units.append(Unit(unit.kind, [row], blank_before=unit.blank_before if row is unit.rows[0] else 0))
    return units


def _last(paragraphs: list[str], size: int = WINDOW) -> list[str]:
    """The paragraphs at the end that make up about `size` characters."""
    out: list[str] = []
    for text in reversed(paragraphs):
        if sum(map(len, out)) >= size:
            break
        out.append(text)
    return out


def _first(paragraphs: list[str], size: int = WINDOW) -> list[str]:
    return _last(paragraphs[::-1], size)


def _paragraph_starts(text: Text) -> list[int]:
    """Indexes into text.parts where a new paragraph of running text starts,
    other than just under a crosshead (which heads the part under it)."""
    starts = []
    previous: Unit | None = None
    for i, part in enumerate(text.parts):
        if isinstance(part, Unit) and part.kind == BODY:
            under_crosshead = i > 0 and isinstance(text.parts[i - 1], Unit) and text.parts[i - 1].kind != BODY
            if previous is not None and not previous.open and not part.glued and i > 0 and not under_crosshead:
                starts.append(i)
            previous = part
    return starts


def _label_starts(text: Text) -> list[int]:
    """Indexes into text.parts of a line set off after a blank line above a
    paragraph, after a closed one: a piece's label ("经济漫谈") may open the
    piece a headline printed after its text heads, as well as head a part."""
    starts = []
    for i in range(2, len(text.parts)):
        above, label, part = text.parts[i - 2:i + 1]
        if isinstance(part, Unit) and part.kind == BODY and isinstance(label, Unit) and label.kind != BODY \
                and isinstance(above, Unit) and above.kind == BODY and not above.open \
                and label.blank_before and not part.blank_before:
            starts.append(i - 1)
    return starts


def split_shared_texts(items: list[Item]) -> list[Item]:
    """Text between two headlines that both echo it (the first printed above
    its article, the second below the next one) holds two articles with
    nothing printed between them: it is cut where the subject changes."""
    out: list[Item] = []
    for k, item in enumerate(items):
        b = k - 1
        while b >= 0 and isinstance(items[b], Other) and all(r.role == JUMP for r in items[b].rows):
            b -= 1  # "（上接第1版）" between a continuation's repeated headline and its text
        before = items[b] if b >= 0 else None
        j = _past_closing_lines(items, k + 1, 1)  # an editor's credit or a jump line closing the first article
        after = items[j] if j < len(items) else None
        if not (isinstance(item, Text) and isinstance(before, HeadGroup) and before.units
                and isinstance(after, HeadGroup) and after.units) \
                or (len(after.units) == 1 and _digest_label(_title_of(after))) \
                or (len(before.units) == 1 and not before.rows and genre_label(_title_of(before))):
            # ("国际快讯" after it labels the digest under it, no headline printed
            # after a text; "记者手记" over it labels the piece, a headline after it may head it)
            out.append(item)
            continue
        if _over_advert_contact(items, j):
            out.append(item)  # the lines after the text are an advert's display type, its contact line set under them
            continue
        first_title, second_title = _title_of(before), _title_of(after)
        a = _past_closing_lines(items, b - 1, -1)  # an editor's credit closing the text whose headline is printed after it
        outer_before = items[a] if a >= 0 and isinstance(items[a], Text) else None
        outer_after = items[j + 1] if j + 1 < len(items) and isinstance(items[j + 1], Text) else None
        if outer_after is not None and (_needs_headline_above(items, j + 1) or _under_label(after)):
            out.append(item)  # the second headline heads the text printed under it
            continue
        if (j + 1 < len(items) and _headed_photo(items, j + 1, set())
                and echo(second_title, "".join(u.text for u in items[j + 1].units)) > echo(second_title, item.body[-WINDOW:])):
            out.append(item)  # the second headline heads the photo news under it ("代表通道上的笑容" / "3月8日，…")
            continue
        wants_first = echo(first_title, item.body[:WINDOW]) - (echo(first_title, outer_before.body[-WINDOW:]) if outer_before else 0)
        wants_second = echo(second_title, item.body[-WINDOW:]) - (echo(second_title, outer_after.body[:WINDOW]) if outer_after else 0)
        if wants_first < 0.2 or wants_second < 0.2:
            out.append(item)
            continue
        starts = [i for i in sorted(_paragraph_starts(item) + _label_starts(item)) if not _inside_dialogue(item.parts, i)]
        if not starts:
            out.append(item)
            continue
        texts = [p.text if isinstance(p, Unit) and p.kind == BODY else "" for p in item.parts]

        def cost(i: int) -> float:
            # The text on each side of the cut, near it, is about the two
            # sides' own headlines more than about each other's (words a
            # headline shares with the whole text by chance do not pull the
            # cut to the text's far end).
            left, right = _last(texts[:i]), _first(texts[i:])
            near_left, near_right = "".join(left), "".join(right)
            before = [t for t in texts[:i] if t][-1:]
            # (a paragraph that takes up its crosshead's words goes on with
            # the part that crosshead heads: "技术迭代加速洗牌" / … / "…没有跟上
            # 技术迭代的老旧产能…")
            crosshead = next((p.text for p in reversed(item.parts[:i]) if isinstance(p, Unit) and p.kind == HEAD), "")
            opening = texts[i] or next((t for t in texts[i:] if t), "")  # (a cut before a label: the paragraph under it)
            return (similarity(left, right) + LOCAL_WEIGHT * similarity(before, [opening])
                    + (echo(crosshead, opening) if crosshead else 0.0)
                    + (BACK_REFERENCE if _refers_back(opening) else 0.0)
                    - (echo(first_title, near_left) - echo(second_title, near_left))
                    - (echo(second_title, near_right) - echo(first_title, near_right)))
        opening = [i for i in starts if _opens_article(item.parts[i]) or _after_end_matter(item.parts, i)]
        cut = min(opening or starts, key=cost)  # a dateline opens the second article; end matter closes the first
        resume = _numbering_resumes(item.parts, cut)
        out += [Text(item.parts[:cut] + item.parts[resume:], item.gap), Text(item.parts[cut:resume])]
    return out


def _past_closing_lines(items: list[Item], k: int, step: int) -> int:
    """From k, stepping by step (1 or -1), past other matter of a line or
    two (an editor's credit, a jump line): the first index of anything else,
    or one past the list's end."""
    while 0 <= k < len(items) and isinstance(items[k], Other) and len(items[k].rows) <= 2:
        k += step
    return k


DIALOGUE_REACH = 4  # paragraphs: an answer runs to a few before the next turn


def _inside_dialogue(parts: list, i: int) -> bool:
    """A question ("记者：…？") before parts[i] and a turn ("记者：…",
    "邝云深：…") at it or a few paragraphs on: the interview goes on
    there, never parted."""
    bodies = [p for p in parts if isinstance(p, Unit) and p.kind == BODY]
    after = [p for p in parts[i:] if isinstance(p, Unit) and p.kind == BODY][:DIALOGUE_REACH]
    before = [p for p in bodies if after and p.first < after[0].first]
    return (any(TURN.match(p.text) for p in after)
            and any(TURN.match(p.text) and p.text.rstrip()[-1:] in "？?" for p in before))


def _over_advert_contact(items: list[Item], j: int) -> bool:
    """The display lines at j are set solid over an advert's contact line
    ("漳屿能源集团 / 家庭屋顶光伏 / 免费勘察　上门安装" / "热线：0×××-…"):
    an advert's, no headline."""
    group, nxt = items[j], items[j + 1] if j + 1 < len(items) else None
    last = max(r.no for u in group.units for r in u.rows)
    return (isinstance(nxt, Other) and bool(nxt.rows) and nxt.rows[0].role == AD and nxt.rows[0].no == last + 1
            and bool(CONTACT.search(nxt.rows[0].text)))


def _numbering_resumes(parts: list, cut: int) -> int:
    """Where, past the cut, a crosshead numbered after the first text's last
    one ("②…" after "①…", "二、…" after "一、…") takes up the first text
    again: a box with its headline printed after its text sat inside it.
    The end of the parts when none does."""
    first = Text(parts[:cut])
    for i in range(cut + 1, len(parts)):
        part = parts[i]
        if isinstance(part, Unit) and part.kind == HEAD and _numbered_after(first, HeadGroup([part])):
            return i
    return len(parts)


# "不过，…", "此外，…", "对此，…": a paragraph opening on a word that turns
# against, adds to or answers what came before goes on with it; no article opens so
BACK_REFERENCE = 0.5
REFERS_BACK = rx(r"^(?:不过|但是|但|然而|此外|另外|同时|对此|因此|所以|而且|并且|与此同时|除此之外|除此以外|另一方面)[，,]?")


def _refers_back(text: str) -> bool:
    return bool(REFERS_BACK.match(text))


def _after_end_matter(parts: list, i: int) -> bool:
    """Between the text before parts[i] and it stands end matter ("（作者单位：…）",
    an editor's credit): the text before closed there."""
    k = i - 1
    while k >= 0 and not (isinstance(parts[k], Unit) and parts[k].kind == BODY):
        if isinstance(parts[k], Row) and _end_matter(parts[k]):
            return True
        k -= 1
    return False


BOX_CHARS = 600  # a box set inside an article holds a short text


def _text_around_box(out: list[Item]) -> Text | None:
    """The article a box was printed inside: out ends with an article's
    text, then the box (a headline under a label, a short text of its own)."""
    if len(out) < 3 or not (isinstance(out[-1], Text) and isinstance(out[-2], HeadGroup) and isinstance(out[-3], Text)):
        return None
    box, text = out[-2], out[-1]
    if not box.units or not _under_label(box) or box.of(BYLINE) or len(text.body) > BOX_CHARS:
        return None
    if _digest_label(box.units[0].text):
        return None  # "外贸快讯" over its first item: a strip of items, the next headline its next item
    return out[-3]


def _labelled_headline(group: HeadGroup) -> bool:
    """A word or two on a line of its own over a longer display line, set
    apart from it by nothing: a column's label and a headline (a crosshead
    is one line; its numbering, "一、", "第二部分", stands on its line)."""
    if len(group.units) != 2 or len(group.units[0].rows) != 1:
        return False
    label, line = (u.text.replace(" ", "") for u in group.units)
    return (2 <= len(label) <= COLUMN_LABEL_CHARS and len(line) > len(label) + 2 and _cjk(label[:1])
            and not rx(r"^(?:第?[一二三四五六七八九十\d]+[、.．部章节篇]|[（(])").match(label))


def _spaced_alike_ahead(items: list[Item], k: int, group: HeadGroup) -> bool:
    """A lone letter-spaced display line, and a few items on, between
    texts, another lone line set so: crossheads set alike."""
    def lone_spaced(x: Item) -> bool:
        return (isinstance(x, HeadGroup) and not x.strong and len(x.units) == 1 and len(x.units[0].rows) == 1
                and not x.rows and letter_spaced(x.units[0].rows[0].line.raw))

    return lone_spaced(group) and any(lone_spaced(x) and isinstance(items[j - 1], Text) and j + 1 < len(items)
                                      and isinstance(items[j + 1], Text)
                                      for j, x in enumerate(items[k + 1:k + 1 + PARALLEL_ITEMS], start=k + 1))


def _parallel_ahead(items: list[Item], k: int, group: HeadGroup) -> bool:
    """A display line a few items on ends as the group's last line does: parallel crossheads."""
    return any(isinstance(x, HeadGroup) and x.units and ends_alike(x.units[-1].text, group.units[-1].text)
               for x in items[k + 1:k + 1 + PARALLEL_ITEMS])


def _under_label(group: HeadGroup) -> bool:
    """'政策速览' over '…五大要点': a headline under a column's or a box's
    label opens what follows it; no headline printed after its text has one."""
    first = group.units[0].text.replace(" ", "")
    return bool(group.of(SECTION)) or (len(group.units) >= 2 and len(first) <= COLUMN_LABEL_CHARS)


def _needs_headline_above(items: list[Item], k: int) -> bool:
    """The text at k has no headline printed after it (the next display
    line does not name it, or the page ends): only a headline above can
    head it."""
    if len(items[k].body) < MIN_ARTICLE_CHARS:
        return False  # a line or two left between two headline groups is no article
    j = k + 1
    while j < len(items) and isinstance(items[j], (Other, Caption)):
        j += 1
    if j >= len(items) or not (isinstance(items[j], HeadGroup) and items[j].units):
        return True
    if items[j].strong and _closes_page(items, j + 1):
        return False  # a full headline group at the foot of the page heads the text above it, whatever its words
    return echo(_title_of(items[j]), items[k].body[-WINDOW:]) < ATTACH_MIN


def _closes_page(items: list[Item], k: int) -> bool:
    """From k on, other matter up to the page's furniture (a footer, the
    next page's header) or the file's end: nothing for a headline to head."""
    while k < len(items) and isinstance(items[k], Other):
        if any(r.role == FURNITURE for r in items[k].rows):
            return True
        k += 1
    return k >= len(items)


def attach_headlines(items: list[Item]) -> dict[int, int]:
    """Text item index -> the index of the headline group that heads it.

    Headlines and texts alternate along the page; each headline may head the
    text next to it on either side, each text takes one headline. The best
    set of pairs is a maximum-weight matching on a path, found in one pass."""
    nodes = [k for k, it in enumerate(items) if isinstance(it, Text) or (isinstance(it, HeadGroup) and it.units)]
    weights: list[float] = [0.0] * len(nodes)  # weight of the edge between nodes[i-1] and nodes[i]
    for i in range(1, len(nodes)):
        a, b = items[nodes[i - 1]], items[nodes[i]]
        between = items[nodes[i - 1] + 1: nodes[i]]
        photo_over_text = (isinstance(a, HeadGroup) and isinstance(b, Text) and any(isinstance(x, Caption) for x in between)
                           and bool(b.units) and (_opens_article(b.units[0]) or bool(a.of(BYLINE))))
        # the article's photo under its headline (photo news is credited in its caption, not under a headline)
        if any(not isinstance(x, Other) and not (photo_over_text and isinstance(x, Caption)) for x in between):
            continue  # a brief or a bare byline stands between them
        if isinstance(a, HeadGroup) and isinstance(b, Text):
            weights[i] = _score(a, b, before=True) - (ATTACH_MIN_STRONG if a.strong else ATTACH_MIN)
            if not a.of(BYLINE) and _deck_over_credits(items, nodes[i]):
                weights[i] += DECK_BONUS  # headline, standfirst, credits line, story: a magazine's opening
        elif isinstance(a, Text) and isinstance(b, HeadGroup) and not _label_only(b) and not _opens_on_editors_note(a) \
                and not _under_standfirst_credits(items, nodes[i - 1]) and not _taken_up(items, nodes[i - 1]) \
                and not _tip_label(b.units[0].text):
            # (an editors' note introduces what follows: no headline printed after it is its own;
            # a box's label, "办税提示", opens the box, no headline of the text above)
            weights[i] = _score(b, a, before=False) - (ATTACH_MIN_STRONG if b.strong else ATTACH_MIN) - 0.1 * len(between)
    best = [0.0] * (len(nodes) + 1)
    take = [False] * (len(nodes) + 1)
    for i in range(1, len(nodes)):
        skip = best[i]
        pair = best[i - 1] + weights[i] if weights[i] > 0 else float("-inf")
        best[i + 1], take[i + 1] = (pair, True) if pair > skip else (skip, False)
    pairs: dict[int, int] = {}
    i = len(nodes)
    while i > 1:
        if take[i]:
            a, b = nodes[i - 2], nodes[i - 1]
            text, group = (b, a) if isinstance(items[b], Text) else (a, b)
            pairs[text] = group
            i -= 2
        else:
            i -= 1
    return pairs


COLUMN_NAME_CHARS = 8  # a column's name ("宏观札记", "COLUMN 专栏") is a short label


def credits_above_headlines(items: list[Item]) -> list[Item]:
    """A magazine's column sets its name and the columnist's above the
    headline ("宏观札记" / "欧阳知白" / "作者为…研究员" / "利率下行时…"): a
    group of short labels and a byline, over the columnist's note (a post,
    a workplace) and a headline with no byline of its own, is that
    headline's; the labels are its section. (Without the note between, a
    byline over a label may be the signature of the text above.)"""
    out: list[Item] = []
    for k, item in enumerate(items):
        if isinstance(item, HeadGroup) and item.units and not item.of(BYLINE):
            j = _before_notes(out, len(out) - 1)
            above = out[j] if j >= 0 else None
            if (j < len(out) - 1 and isinstance(above, HeadGroup) and above.units and above.of(BYLINE) and not above.of(SUB)
                    and all(len(u.text.replace(" ", "")) <= COLUMN_NAME_CHARS for u in above.units)
                    and k + 1 < len(items) and isinstance(items[k + 1], Text)):
                labels = [replace(r, role=SECTION) for u in above.units for r in u.rows]
                item.rows = labels + above.rows + item.rows
                del out[j]
        out.append(item)
    return out


def labels_of_headed_below(items: list[Item]) -> list[Item]:
    """"记者手记" over a text, whose headline and byline are printed after it
    ("账本里的民心" / "本报记者　花映川"), another headline following: the
    label is that headline's section, as if printed over it."""
    out: list[Item] = []
    for k, item in enumerate(items):
        group = items[k + 2] if k + 2 < len(items) else None
        if (isinstance(group, HeadGroup) and isinstance(item, HeadGroup) and len(item.units) == 1 and not item.rows
                and genre_label(_title_of(item)) and isinstance(items[k + 1], Text) and group.strong
                and group.of(BYLINE) and _headed_below(items, k + 1)):
            group.rows = [replace(r, role=SECTION) for r in item.units[0].rows] + group.rows
            continue
        out.append(item)
    return out


def _label_only(group: HeadGroup) -> bool:
    """A word or two alone ("数据", "链接"): a box's label over what follows,
    too short to be the headline of the text above, printed after it."""
    return not group.strong and len(rx(r"\s").sub("", _title_of(group))) <= LABEL_CHARS


def attach_leftovers(items: list[Item], heads: dict[int, int]) -> None:
    """A headline that heads nothing after the matching, with a text beside
    it (other matter aside) that has no headline: print gives every article
    a headline, so it heads that text, the one before it when both are free
    and it echoes that one more."""
    claimed = set(heads.values())
    for k, item in enumerate(items):
        if not (isinstance(item, HeadGroup) and item.units) or k in claimed:
            continue
        free = []
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(items) and isinstance(items[j], Other):
                j += step
            if 0 <= j < len(items) and isinstance(items[j], Text) and j not in heads \
                    and len(items[j].body) >= MIN_ARTICLE_CHARS and (step > 0 or not _label_only(item)):
                free.append((_score(item, items[j], before=step > 0), j))
        if free:
            _, text = max(free)
            heads[text] = k
            claimed.add(k)


def adopt_headless(items: list[Item], heads: dict[int, int]) -> None:
    """Text that no headline heads, after the matching, and that does not
    open with a dateline: print gives every article a headline, so such text
    is the rest of an article printed elsewhere on the page (a column set
    beside another article's, or after its end matter). It goes on from the
    headed text before it that shares its subject."""
    for k, item in enumerate(items):
        if not isinstance(item, Text) or k in heads or not item.parts or _opens_article(item.units[0]):
            continue
        if _after_running_head(items, k, heads):
            # the page's header printed again at the top of a column: the
            # headless text under it is the rest of the text just before it
            items[k - 2].parts += item.parts
            item.parts = []
            continue
        if _jumped_to(items[k - 1] if k else None):
            continue  # after "上接 D3" it goes on from another page
        if len(item.body) < MIN_ARTICLE_CHARS:
            # a paragraph too short to tell by itself: only as the last
            # paragraph of the headed text right above it, on its subject
            # ("…不搞“千城一面”。" / blank / "城市更新是一项长期工程，…")
            # (on its subject: the words of the text before, or of its headline)
            shared = similarity(_last(_bodies(items[k - 1].parts)), _first(_bodies(item.parts))) if k - 1 in heads else 0.0
            if k - 1 in heads and isinstance(items[k - 1], Text) and items[k - 1].parts and not _short_box(items, heads, k - 1) \
                    and item.gap and item.body not in items[k - 1].body \
                    and (shared >= SAME_SUBJECT or (shared >= UNRELATED and echo(_title_of(items[heads[k - 1]]), item.body) >= ESSAY_ECHO)):
                items[k - 1].parts += item.parts
                item.parts = []
            continue
        opening = _first(_bodies(item.parts))
        earlier = [j for j in range(max(0, k - 6), k) if j in heads and isinstance(items[j], Text) and items[j].parts
                   and not (_closed_by(items[j + 1]) and _printed_after(items[j + 1], items[j]))]
        # (a box's short text, "背景" / its paragraph, is whole: no column goes on from it)
        scored = [(similarity(_last(_bodies(items[j].parts)), opening), j) for j in earlier[-3:]
                  if not _short_box(items, heads, j)]
        best, owner = max(scored, default=(0.0, None))
        above = _above_but_credits(items, k)
        right_under = bool(earlier) and earlier[-1] == k - 1 if above == k - 1 else (above in heads and isinstance(items[above], Text))
        # "三是…" goes on from the text whose points stop at "二是…"; a flush
        # line from the text before a box that stopped mid-sentence
        resumed = _counted_on(items, earlier, item)
        if resumed is None:
            resumed = _left_open_for(items, earlier, item)
        if resumed is not None:
            owner, best = resumed, SAME_SUBJECT
        elif right_under and _short_box(items, heads, above):
            # right under a box ("背景" / its paragraph) set into an article:
            # the article's column goes on after the box, when it shares a little
            behind = [(s, j) for s, j in scored if j < above and s >= UNRELATED]
            if behind:
                best, owner = SAME_SUBJECT, behind[-1][1]
        elif right_under and items[above].parts and len(items[above].body) < LEAD_ONLY_CHARS:
            # right under a headline's text of a paragraph or so, set apart by a
            # blank line (or its credits: a magazine prints the standfirst,
            # then who wrote it, then the story): the rest of that item,
            # whatever words it shares
            owner, best = above, SAME_SUBJECT
        if owner is not None and best >= SAME_SUBJECT:
            items[owner].parts += item.parts
            item.parts = []


# The label of a box set beside or into an article: its text is whole
BOX_LABEL = rx(r"^[\u3400-\u9fff]{0,4}(?:背景|链接|延伸阅读|知识点|小贴士|名词解释|数读|数说|人物名片|个人简介|简介|档案)$")


def _short_box(items: list[Item], heads: dict[int, int], k: int) -> bool:
    """The headed text is a box's, under a label such as "背景" or "相关链接":
    a paragraph or so complete in itself, so the column after it is not its rest."""
    group = items[heads[k]] if k in heads else None
    return (isinstance(group, HeadGroup) and len(items[k].body) < TIP_CHARS
            and any(BOX_LABEL.match(p.replace(" ", "")) for p in _label_lines(group)))


def _label_lines(group: HeadGroup) -> list[str]:
    """The group's short display lines and its section rows: where a column's label stands."""
    return [r.text for r in group.of(SECTION)] + [u.text for u in group.units if len(u.text.replace(" ", "")) <= 6]


def _left_open_for(items: list[Item], earlier: list[int], piece: Text) -> int | None:
    """The headed text before a box that stops mid-sentence ("…家庭小型化催生"),
    when the headless piece after the box opens flush left where the
    page indents its paragraphs ("养老、托育、家政等服务需求；…") and the
    text right above it is closed: the column goes on after the box."""
    first = piece.units[0]
    if first.kind != BODY or first.rows[0].indented or not any(u.kind == BODY and u.rows[0].indented for u in piece.units[1:]):
        return None
    if not earlier or items[earlier[-1]].open:
        return None  # the text right above is open itself: it goes on there, as the usual cues decide
    return next((j for j in reversed(earlier[:-1]) if items[j].open), None)


# "三是推动抱团发展。", "其三，…", "第三，…": a point counted in order
COUNTED_POINT = rx(r"^(?:(?P<a>[二三四五六七八九])是|其(?P<b>[二三四五六七八九])[，,、]|第(?P<c>[二三四五六七八九])[，,、])")


def _article_number(paragraph: str) -> int | None:
    """"第十二条　…" -> 12: the article of a law or regulation a paragraph opens on."""
    found = ARTICLE_NUMBER.match(paragraph.lstrip())
    if not found:
        return None
    digits = found.group(0)[1:-1]
    tens, _, units = digits.rpartition("十")
    if "十" not in digits:
        tens, units = "", digits
    if len(tens) > 1 or len(units) > 1 or any(c not in CHINESE_NUMERALS[:9] for c in tens + units):
        return None  # past 九十九: no article set into a page runs so far
    value = (CHINESE_NUMERALS.index(tens) + 1 if tens else 1) * 10 if "十" in digits else 0
    return value + (CHINESE_NUMERALS.index(units) + 1 if units else 0)


def _article_label(number: int) -> str:
    """12 -> "第十二条"."""
    tens, units = divmod(number, 10)
    text = ("" if tens <= 1 else CHINESE_NUMERALS[tens - 1]) + ("十" if tens else "") + (CHINESE_NUMERALS[units - 1] if units else "")
    return f"第{text}条"


def _counted_point(paragraph: str) -> tuple[str, str] | None:
    """"三是推动抱团发展。" -> ("三是", "二是"), "第七条　…" -> ("第七条",
    "第六条"): the point a paragraph opens on, and the one before it."""
    number = _article_number(paragraph)
    if number is not None and number >= 2:
        return _article_label(number), _article_label(number - 1)
    found = COUNTED_POINT.match(paragraph.lstrip())
    if not found:
        return None
    number = next(g for g in found.groups() if g)
    own = found.group(0)
    return own, own.replace(number, CHINESE_NUMERALS[CHINESE_NUMERALS.index(number) - 1])


def _stops_before(text: Text, point: tuple[str, str]) -> bool:
    """A paragraph of the text opens on the point before, none on the point itself."""
    own, before = point
    starts = [b.lstrip() for b in _bodies(text.parts)]
    return any(s.startswith(before) for s in starts) and not any(s.startswith(own) for s in starts)


def _counted_on(items: list[Item], earlier: list[int], piece: Text) -> int | None:
    """The headed text a headless one goes on from when it opens on the next
    point of a count ("三是…") whose point before it ("二是…") opens a
    paragraph of that text, and none of its own is there yet: a column
    continued after a box set into it."""
    bodies = _bodies(piece.parts)
    point = _counted_point(bodies[0]) if bodies else None
    if point is None:
        return None
    return next((j for j in reversed(earlier) if _stops_before(items[j], point)), None)


def _notes_only(item: Item) -> bool:
    """Other matter that is notes alone ("全文约6800字…", "作者为…研究员")."""
    return isinstance(item, Other) and bool(item.rows) and all(r.role == NOTE for r in item.rows)


DECK_BONUS = 0.2  # a standfirst over a credits line speaks for the headline above it, whatever words it shares


def _deck_over_credits(items: list[Item], k: int) -> bool:
    """The text at k is a sentence or two set right over a credits line
    alone ("文｜本刊记者　乔慕白") with a text under it: a standfirst, set
    between its headline and its story. (A quotation over "——X" is a
    saying and its speaker, one of a box of them.)"""
    return (isinstance(items[k], Text) and _deck_under(items[k]) and k + 2 < len(items)
            and _credits_only(items[k + 1]) and not any(r.text.lstrip().startswith(("—", "－")) for r in items[k + 1].rows)
            and any(isinstance(x, Text) for x in items[k + 2:k + 4]))


def _credits_only(item: Item) -> bool:
    """A head group of bylines with no headline: a credits line ("编辑｜X　文｜Y")."""
    return isinstance(item, HeadGroup) and not item.units and bool(item.of(BYLINE))


def _before_notes(items: list[Item], j: int) -> int:
    """The index of the first item at or before j that is no notes alone."""
    while j >= 0 and _notes_only(items[j]):
        j -= 1
    return j


def _headline_above(out: list[Item]) -> str:
    """The title of the headline group over the last text of `out`, if any."""
    j = _before_notes(out, len(out) - 2)
    return _title_of(out[j]) if j >= 0 and isinstance(out[j], HeadGroup) else ""


def _headed_above(out: list[Item]) -> bool:
    """The last text of `out` stands under a full headline group (its
    credits), past notes set between ("全文约6800字…")."""
    j = _before_notes(out, len(out) - 2)
    return j >= 0 and isinstance(out[j], HeadGroup) and out[j].strong


def _under_credits(out: list[Item]) -> bool:
    """The last text of `out` stands under a credits line alone (under a
    magazine's standfirst), past notes set between."""
    j = _before_notes(out, len(out) - 2)
    return j >= 0 and _credits_only(out[j])


def _under_standfirst_credits(items: list[Item], k: int) -> bool:
    """The text at k opens under a credits line that stands under a
    headline's short text ("一碗粉，撑起百亿产业" / standfirst / "撰文 / X　摄影
    / Y" / the story): it is that headline's story, not the text of a
    headline printed after it."""
    j = _above_but_credits(items, k)
    return (j < k - 1 and isinstance(items[j], Text) and len(items[j].body) < LEAD_ONLY_CHARS
            and j > 0 and isinstance(items[j - 1], HeadGroup) and bool(items[j - 1].units))


def _above_but_credits(items: list[Item], k: int) -> int:
    """The item above k, past a credits line (a head group of bylines alone)
    and notes set between ("全文约6800字…"), and past what a magazine's
    opening spread sets between its standfirst and its story: the photo's
    caption, and the page's folio and running head where the story starts
    on the facing page."""
    j = k - 1
    while j > 0 and (_credits_only(items[j]) or _notes_only(items[j]) or isinstance(items[j], Caption)
                     or _furniture_only(items[j])):
        j -= 1
    return j


def _furniture_only(item: Item) -> bool:
    """Other matter that is the page's furniture alone: a folio, a running head."""
    return isinstance(item, Other) and bool(item.rows) and all(r.role in (FURNITURE, SECTION) for r in item.rows)


def _after_running_head(items: list[Item], k: int, heads: dict[int, int]) -> bool:
    """The text at k stands right under page furniture (a running header
    repeated inside the page) that stands right under a headed text left
    without end matter, and goes on with its subject (a word of it, at least),
    in running text; or right under an advert's code box set into the column
    ("扫码关注 / …频道", see lines._code_boxes_in_text: the flush line after
    it already says the text goes on)."""
    if k < 2 or not (isinstance(items[k - 1], Other) and items[k - 1].rows):
        return False
    rows = items[k - 1].rows
    code_box = all(r.role == AD for r in rows) and bool(SCAN_CALL.match(rows[0].text))
    if not (code_box or all(r.role == FURNITURE for r in rows)):
        return False
    before = items[k - 2]
    return (isinstance(before, Text) and (k - 2) in heads and bool(before.parts) and isinstance(before.parts[-1], Unit)
            and ends_sentence(items[k].body)
            and (code_box or similarity(_last(_bodies(before.parts)), _first(_bodies(items[k].parts))) > 0))


def _end_matter(row: Row) -> bool:
    """A row that closes the text it follows: an editor's credit, a jump line, an author's note."""
    return row.role in (EDITOR, JUMP) or (row.role == NOTE and bool(AUTHOR_NOTE.match(row.text)))


def _closed_by(item: Item) -> bool:
    """End matter printed right after a text closes it: an editor's credit,
    an author's note, a jump line, a signature."""
    if isinstance(item, Other):
        return any(_end_matter(r) for r in item.rows)
    return isinstance(item, HeadGroup) and not item.units and bool(item.of(BYLINE))


def _printed_after(item: Item, text: Text) -> bool:
    """The item is printed below the text's last line (a credit that texts
    merged around, "编辑｜X" under a magazine's byline, stands above it)."""
    rows = item.rows if isinstance(item, (Other, HeadGroup)) else []
    last = max((u.last for u in text.units), default=0)
    return not rows or min(r.no for r in rows) > last


def _small_matter(item: Item) -> bool:
    return isinstance(item, Other) and len(item.rows) <= 2 and not any(r.role == JUMP for r in item.rows)


def attach_bylines(items: list[Item], heads: dict[int, int]) -> dict[int, list[int]]:
    """A byline standing apart opens the text right after it, or signs the one before."""
    signed: dict[int, list[int]] = {}
    has_byline = {t for t, g in heads.items() if items[g].of(BYLINE)}
    for k, item in enumerate(items):
        if not (isinstance(item, HeadGroup) and not item.units and item.of(BYLINE)):
            continue
        nxt = k + 1 if k + 1 < len(items) and isinstance(items[k + 1], Text) and items[k + 1].parts else None
        prev = k - 1 if k and isinstance(items[k - 1], Text) and items[k - 1].parts else None
        if prev is None and k >= 2 and isinstance(items[k - 1], Text) and isinstance(items[k - 2], Text) and items[k - 2].parts:
            prev = k - 2  # the text just above went on with the one before it (`adopt_headless`): the byline signs that
        # ("（摘自《X》　NAME）": where a digest took the piece above from, and its writer, sign it)
        signature = any(SIGNATURE.match(r.text) or SIGNED.fullmatch(r.line.raw.strip()) or REPRINT_CREDIT.match(r.line.raw.strip())
                        for r in item.rows) or _signed_flush_right(item, items[k - 1] if k else None)
        if prev is None and signature and k >= 2 and isinstance(items[k - 2], Text) and _small_matter(items[k - 1]):
            prev = k - 2  # "总编辑 曾纯" signs the preface above a label ("PREFACE") printed between
        bio_below = nxt is not None and bool(rx(r"^[【\[]?(?:作者简介|作者小传)[】\]]?").match(items[nxt].units[0].text))
        if prev is not None and prev in heads and _signs_again(item, items[heads[prev]]):
            target = prev  # "苏一苇" under the headline and again flush right under the last sentence
        elif (signature or bio_below) and prev is not None and prev not in has_byline:
            # "刘俊卿 特邀评论员" signs the commentary above it; so does a name
            # set over the writer's bio ("柴素心" / "【作者简介】柴素心，…")
            target = prev
        elif nxt is not None and items[nxt].units[0].first - item.last <= 2:
            target = nxt  # a byline right above a text opens it
        elif prev is not None and prev not in has_byline:
            target = prev
        elif nxt is not None and nxt not in has_byline:
            target = nxt
        else:
            continue
        signed.setdefault(target, []).append(k)
        has_byline.add(target)
    return signed


def _signs_again(group: HeadGroup, head: HeadGroup) -> bool:
    """A name alone set flush right under a text is the name in the byline
    of that text's headline group: the writer signs at both ends."""
    rows = group.of(BYLINE)
    if len(rows) != 1 or not set_far_in(rows[0]):
        return False
    name = rows[0].text.replace(" ", "").replace("\u3000", "")
    return len(name) >= 2 and any(name in r.text.replace(" ", "").replace("\u3000", "") for r in head.of(BYLINE))


def _signed_flush_right(group: HeadGroup, before: Item | None) -> bool:
    """"　　　　　中共澄屿市委书记　骆承礼" set flush right right under a closed
    sentence: the post and name sign the text above, as a letter's or a
    message's writer signs it."""
    last = _last_body(before.parts) if isinstance(before, Text) else None
    return (last is not None and ends_sentence(last.text) and len(group.rows) == 1
            and set_far_in(group.rows[0]) and bool(post_and_name(group.rows[0].line.raw)))


# ---------------------------------------------------------------- records
def text_paragraphs(text: Text) -> tuple[list[Paragraph], list[Row], list[Paragraph]]:
    """The paragraphs of running text, the rows printed inside it that are
    not its text (page furniture, running headers), and which paragraphs are
    photo captions."""
    paragraphs: list[Paragraph] = []
    captions: list[Paragraph] = []
    aside: list[Row] = []
    waiting: list[Paragraph] = []  # inserts that cut an open sentence
    about: list[Paragraph] = []  # author notes printed beside the text
    last_body: int | None = None

    def flush() -> None:
        paragraphs.extend(waiting)
        waiting.clear()

    for part in text.parts:
        if isinstance(part, Unit) and part.kind == BODY and stanza(part):
            flush()
            paragraphs.append(Paragraph(text="\n".join(r.text for r in part.rows), verse=True))
            last_body = None  # a stanza stands alone: the next one is no rest of its sentence
            continue
        if isinstance(part, Unit) and part.kind == BODY and CHAPTER_HEAD.match(part.text.strip()):
            flush()
            paragraphs.append(Paragraph(text=part.text, heading=True))  # "第一章　总则": the document's own heading
            last_body = None
            continue
        if isinstance(part, Unit) and part.kind == BODY and len(part.rows) == 1 and part.rows[0].in_text:
            flush()  # a speaker's name and posts over the words, a glossary's term: the label of what follows
            paragraphs.append(Paragraph(text=part.display, heading=True))
            last_body = None
            continue
        if isinstance(part, Unit) and part.kind == BODY:
            prev = paragraphs[last_body] if last_body is not None and last_body == len(paragraphs) - 1 else None
            # (a paragraph closed by the page's credit to its reporter is closed as by a full stop)
            joins = prev is not None and ((not ends_sentence(prev.text) and not prev.text.endswith(("：", ":"))
                                           and not WRITTEN_BY.search(prev.text[-24:])) or part.glued)
            if joins:
                prev.text = glue(prev.text, part.text)
            else:
                flush()
                paragraphs.append(Paragraph(text=part.text))
                last_body = len(paragraphs) - 1
            if ends_sentence(paragraphs[last_body].text):
                flush()
        elif isinstance(part, Unit) and _reads_as_sentence(part.text):
            flush()  # a line left inside the text that runs as long as a sentence, with its list or clause: no heading
            paragraphs.append(Paragraph(text=part.text))
            last_body = len(paragraphs) - 1
        elif isinstance(part, Unit):
            flush()
            paragraphs.append(Paragraph(text=part.display, heading=True))
            last_body = None
        elif isinstance(part, Caption):
            # A credit alone ("视觉中国/图", its caption lost) marks a picture:
            # set apart from the reading, as a figure's line.
            words = " ".join(x for x in ("".join(u.text for u in part.units), part.credit.line.raw) if x)
            caption = Paragraph(text=words, figure=not part.units)
            captions.append(caption)
            (waiting if last_body is not None and not ends_sentence(paragraphs[last_body].text) else paragraphs).append(caption)
        elif part.role == FIGURE:
            figure = Paragraph(text=part.line.raw, figure=True)
            if last_body is not None and not ends_sentence(paragraphs[last_body].text):
                waiting.append(figure)  # a chart's title set inside a sentence: the sentence goes on after it
            else:
                flush()
                paragraphs.append(figure)
                last_body = None
        elif part.role in (FURNITURE, SECTION):
            aside.append(part)
        elif part.role == NOTE and paragraphs and _note_open(paragraphs[-1]):
            paragraphs[-1].text += part.text  # the note's next line ("（作者系…安天科" / "技集团董事长）")
        elif part.role == NOTE and not AUTHOR_NOTE.match(part.text) and not NOTE_LINE.match(part.text):
            # "钮钦 中国科学技术发展战略研究院": who the author is, printed in a box
            # beside the text; it goes after the article, out of the reading.
            about.append(Paragraph(text=part.line.raw, figure=True))
        else:  # an author note or an editor credit
            note = Paragraph(text=part.text)
            if last_body is not None and not ends_sentence(paragraphs[last_body].text):
                waiting.append(note)
            else:
                paragraphs.append(note)
    flush()
    _join_notes(paragraphs)
    _set_pull_quotes_apart(paragraphs)
    return paragraphs + about, aside, captions


PULL_QUOTE_MIN = 12  # characters: shorter runs repeat by chance ("他表示：")
PULL_QUOTE_REACH = 30  # paragraphs: a pull quote is printed on the page of its sentence


def _reads_as_sentence(text: str) -> bool:
    """Longer than crossheads run, with a list or a clause in it ("“信用证结算”
    产品能够减少采购方资金占用、加速销售方资金"): a sentence whose end the
    extraction lost, not a heading."""
    return len(text.replace(" ", "")) > SENTENCE_LIKE_CHARS and bool(rx(r"[、，,]").search(text))


def _set_pull_quotes_apart(paragraphs: list[Paragraph]) -> None:
    """A pull quote repeats, in display type, a sentence of its own article:
    a paragraph whose words all stand in a longer paragraph of the same text
    is set apart from the reading (kept, as a figure's line), so the reader
    does not meet the sentence twice."""
    # (compared without punctuation: a quote closes with a full stop where
    # its sentence goes on after a comma, "…平台打通。" / "…平台打通，进一步…")
    bodies = [(k, rx(r"[\W_]").sub("", p.text)) for k, p in enumerate(paragraphs) if not (p.heading or p.figure)]
    for i, (k, text) in enumerate(bodies):
        if len(text) < PULL_QUOTE_MIN:
            continue
        quote = text
        near = bodies[max(0, i - PULL_QUOTE_REACH): i + PULL_QUOTE_REACH + 1]
        if any(j != k and len(other) > len(text) and quote in other for j, other in near):
            paragraphs[k].figure = True


def _note_open(paragraph: Paragraph) -> bool:
    return bool(AUTHOR_NOTE.match(paragraph.text)) and not paragraph.text.endswith(("）", ")"))


def _join_notes(paragraphs: list[Paragraph]) -> None:
    """An author note that wrapped over several lines is one paragraph."""
    k = 0
    while k < len(paragraphs) - 1:
        here, nxt = paragraphs[k], paragraphs[k + 1]
        if _note_open(here) and not nxt.heading:
            here.text += nxt.text
            del paragraphs[k + 1]
            continue
        k += 1


# A note's own label opens it: "编者按：", "编者按/", "【编者按】".
EDITORS_NOTE = rx(r"^[【\[]?(编者按|编者的话|本刊按)[】\]]?\s*[：:/／]|^[【\[](编者按|编者的话|本刊按)[】\]]")
SPACED_NOTE_LABEL = rx(r"^(?:编者按|本刊按)[ \u3000]+(?=[\u3400-\u9fff“])")  # "编者按　专精特新…": set apart by a space only


def _editors_note(unit: Unit) -> bool:
    """The unit opens on an editor's note's label (on its printed line: a
    space alone may part the label, which the cleaned text closes up)."""
    return bool(EDITORS_NOTE.match(unit.text) or SPACED_NOTE_LABEL.match(unit.rows[0].line.raw.strip()))
NOTE_LABEL = rx(r"^[【\[]?(编者按|编者的话|编后|按语|本刊按|卷首语|编者寄语)[】\]]?\s*[：:/／]?")


OPENER_CHARS = 6  # a first clause shorter than this is a time or a place ("日前", "6月8日"), no subject


def _generated_title(paragraphs: list[Paragraph]) -> str:
    first = next((p.text for p in paragraphs if not p.heading), "")
    label = NOTE_LABEL.match(first)
    if label:
        return label.group(1)  # an editor's note is called what it says it is
    first = rx(r"^【[^】]{1,8}】").sub("", first.lstrip(DIGEST_BULLETS + "◇○ "))  # (an item's place label: "【诺德兰】…")
    clauses = [c for c in rx(r"[。！？；，,]").split(first, maxsplit=2) if c]
    clause = clauses[0] if clauses else ""
    if len(clause) < OPENER_CHARS and len(clauses) > 1:
        clause = clauses[1]  # "6月8日，乌桕县…中心建成投用": the opening time or place says nothing of what happened
    return clause if len(clause) <= 24 else clause[:22] + "…"


def _kind(head: Headline, paragraphs: list[Paragraph], notes: bool) -> str:
    heads = f"{head.title} {head.subtitle or ''} {head.kicker or ''}"
    qa = sum(1 for p in paragraphs if rx(r"^(?:记者|问|《[^》]{2,10}》)[:：]").match(p.text))  # the questions put
    if rx(r"——访|^访|专访|对话").search(heads) or qa >= 2:
        return "interview"
    if notes or (head.section and rx(r"评|论|观点|手记").search(head.section)):
        return "commentary"
    return "article"


def _lines(parts: list) -> tuple[int, int]:
    numbers: list[int] = []
    for part in parts:
        if isinstance(part, Unit):
            numbers += [part.first, part.last]
        elif isinstance(part, Row):
            numbers.append(part.no)
        elif isinstance(part, Caption):
            numbers += [u.first for u in part.units] + [part.credit.no]
        elif isinstance(part, HeadGroup):
            numbers += [part.first, part.last]
    numbers = [n for n in numbers if n]
    return (min(numbers), max(numbers)) if numbers else (0, 0)


def _other(seed: str, rows: list[Row], what: str) -> Record:
    return Record(seed=seed, kind="other", lines=_lines(rows), paragraphs=[Paragraph(text=r.line.raw) for r in rows], what=what)


OTHER_WHAT = {FURNITURE: "页眉页脚", EDITOR: "编辑署名", JUMP: "转版标记", NOTE: "附注", SECTION: "栏目标记",
              BYLINE: "署名", SUB: "无正文的标题", "toc": "目录或导读", "ad": "广告或报头", "credit": "图片署名",
              "figure": "图表", REPEAT: "重复的文字"}


def _group_record(seed: str, group: HeadGroup) -> Record:
    paragraphs = [Paragraph(text=row.line.raw) for x in group.items for row in (x.rows if isinstance(x, Unit) else [x])]
    return Record(seed=seed, kind="other", lines=(group.first, group.last), paragraphs=paragraphs, what="无正文的标题")


def _between_headline_and_text(items: list[Item], k: int, heads: dict[int, int]) -> bool:
    """The caption at k stands between a headline and the text it heads."""
    return any(group < k < text for text, group in heads.items())


PHOTO_NEWS_CHARS = 10  # a caption this long tells news of its own (a shorter one only labels its photo)


def _headed_photo(items: list[Item], k: int, used: set[int]) -> bool:
    """Photo news: a display line or two heading no text, right over a caption
    that tells news of its own ("春季植树添新绿" / "4月8日，…600余株。（X　摄）")."""
    group = items[k - 1] if k >= 1 else None
    return (isinstance(items[k], Caption) and isinstance(group, HeadGroup) and k - 1 not in used and bool(group.units)
            and not group.rows and len(group.units) <= 2
            and len("".join(u.text for u in items[k].units)) >= PHOTO_NEWS_CHARS)


def _caption_record(seed: str, caption: Caption, group: HeadGroup | None = None) -> Record:
    text = "".join(u.text for u in caption.units)
    credit = caption.credit.line.raw.strip()
    bracketed = credit[:1] in "（(" and credit[-1:] in "）)"  # "（本报记者　X　摄）" set on its own line(s)
    parsed = parse_byline(credit) or (parse_byline(credit[1:-1]) if bracketed else None)
    if len(text) < PHOTO_NEWS_CHARS:
        parts = [Paragraph(text=t) for t in (text, caption.credit.line.raw) if t]
        return Record(seed=seed, kind="other", lines=_lines([caption]), paragraphs=parts, what="图片说明")
    head = headline_of(group) if group is not None else Headline()
    lines = (group.first, _lines([caption])[1]) if group is not None and head.title else _lines([caption])
    return Record(seed=seed, kind="brief", lines=lines, paragraphs=[Paragraph(text=text)],
                  title=head.title or _generated_title([Paragraph(text=text)]), title_generated=not head.title,
                  kicker=head.kicker, subtitle=head.subtitle, section=head.section,
                  byline=caption.credit.line.raw, authors=parsed.authors if parsed else [])


def _signed_before_box(text: Text):
    """"…位居全省前三。（严心悦）" then "【链接】" and the box's text: the
    signature closes the article before the box printed under it."""
    for i in range(len(text.parts) - 1, -1, -1):
        part = text.parts[i]
        if isinstance(part, Row) and part.role == SECTION:
            before = _last_body(text.parts[:i])
            return closing_byline(before.text) if before is not None else None
    return None


def _closing_byline_as_printed(text: Text):
    """The closing byline read on the last paragraph's lines as printed, with
    the spaces that part two names ("（通讯" / "员　林杉　严晓露）": the
    cleaned text reads 林杉严晓露, one run of five characters)."""
    last = next((p for p in reversed(text.parts) if isinstance(p, Unit) and p.kind == BODY), None)
    if last is None:
        return None
    alone = signature_alone(last.rows[0].line.raw.strip()) if len(last.rows) == 1 else None  # "屏溪县　读者　杜春燕　潘立"
    # (a line set in from the edge goes on after white space: "（记者　单知微" / "　　整理）")
    joined = "".join((" " if r.line.indent and k else "") + r.line.raw.strip() for k, r in enumerate(last.rows[-3:]))
    return alone or closing_byline(joined) or closing_byline("。" + joined)


def _noted_authors(text: Text) -> list[str]:
    """A theory page signs its essays in the note at their end: "（作者：李文华，系…）",
    "（作者为…研究员　祁霜）"."""
    notes = [p for p in text.parts if isinstance(p, Row) and p.role == NOTE]
    # (the printed line keeps the space between the post and the name; a note
    # wrapped over two lines is read whole: "（作者为…城市经济研" / "究中心主任　葛青川）")
    readings = [n.line.raw.strip() for n in notes] + [a.line.raw.strip() + b.line.raw.strip() for a, b in zip(notes, notes[1:])]
    return next((found for found in map(noted_authors, reversed(readings)) if found), [])


def _dateline(text: Text, reach: int = 4):
    """The dateline opening the text, over its first lines (a narrow column wraps it)."""
    units = itertools.takewhile(lambda u: u.kind == BODY, text.units)
    # A line that runs on with white space before it starts with a space of
    # the text ("（记者　X" / "　Y）"): keep it, it parts two names.
    # (a justified line spread letter by letter is read closed up: "新 华 社 北 京 …")
    rows = [(" " if k and r.line.indent else "") + close_letter_spacing(r.line.raw.strip())
            for u in units for k, r in enumerate(u.rows)][:reach]
    if rows and rows[0][:1] in DIGEST_BULLETS:
        rows[0] = rows[0][1:].lstrip()  # "■本报讯（记者　X）…": a digest's item, its bullet before the dateline
    return dateline_over(rows)


LEAD_KICKER_CHARS = 8  # a phrase this long that the lead opens with, word for word, is no chance echo
LEAD_KICKER_PARAGRAPHS = 3  # the lead: the text's first paragraphs


def _lead_as_kicker(head: Headline, text: Text) -> None:
    """"精品体育赛事正在受到社会各界的高度重视" over "体育产业呼唤赛事IP化",
    the text opening "精品体育赛事正在受到社会各界的高度重视。…": a line
    that opens the lead, or a sentence of its first paragraphs, word for
    word is drawn from it, set over the headline as its kicker, not the
    headline's first part."""
    parts = (head.title or "").split(" ")
    if head.kicker or len(parts) < 2 or len(parts[0]) < LEAD_KICKER_CHARS:
        return
    lead = [u.text for u in text.units[:LEAD_KICKER_PARAGRAPHS] if u.kind == BODY]
    if any(paragraph.startswith(parts[0]) or _whole_clause_in(parts[0], paragraph) for paragraph in lead):
        head.kicker, head.title = parts[0], " ".join(parts[1:])


def _whole_clause_in(phrase: str, paragraph: str) -> bool:
    """The phrase stands in the paragraph as a whole clause: at a sentence's
    start (after a dateline's bracket too) and closed by a mark. (Searched
    as a string: a pattern built from a text's words stays out of the
    regex cache, which keeps the generator's own.)"""
    at = paragraph.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or paragraph[at - 1] in "。！？!?）)") and end < len(paragraph) and paragraph[end] in "，,。；;！？!?":
            return True
        at = paragraph.find(phrase, at + 1)
    return False


def _text_record(seed: str, text: Text, group: HeadGroup | None, bylines: list[HeadGroup],
                 gave_byline: bool = False) -> tuple[Record, list[Row]]:
    paragraphs, aside, captions = text_paragraphs(text)
    head = headline_of(group) if group is not None else Headline()
    if gave_byline:
        head.byline, head.authors = None, []  # its byline went on to the next text
    for extra in bylines:
        more = headline_of(extra)
        head.byline = " ".join(x for x in (head.byline, more.byline) if x) or None
        head.authors += [a for a in more.authors if a not in head.authors]
        head.section = " ".join(x for x in (head.section, more.section) if x) or None
        head.subtitle = " ".join(x for x in (head.subtitle, more.subtitle, more.title) if x) or None
    _lead_as_kicker(head, text)
    first = text.units[0]
    dated = _dateline(text) if first.kind == BODY else None
    if dated and not head.byline:
        head.byline = dated[0].text
        head.authors += [a for a in dated[0].authors if a not in head.authors]
    running = [p.text for p in paragraphs if not (p.heading or p.figure)]
    closing = None
    if running and not head.authors:  # "…。（记者 许 诺）", or "（赵 舟）" set as a paragraph of its own
        closing = (closing_byline(running[-1]) or signature_alone(running[-1]) or _closing_byline_as_printed(text)
                   or _signed_before_box(text))
        if closing and any(len(a) >= 4 for a in closing.authors):
            # "（宁舒　祝遥）": the cleaned text glues two short names into one run;
            # the printed line's space parts them
            printed = _closing_byline_as_printed(text)
            if printed and len(printed.authors) > len(closing.authors):
                closing = printed
    if closing:
        head.byline = " ".join(x for x in (head.byline, closing.text) if x)
        head.authors = closing.authors
    if not head.authors:
        head.authors = _noted_authors(text)
    if not head.authors:
        # "…。本篇文章均由本报记者曹驰采写" closing a paragraph (the text's last on
        # its page; a part jumped to another page may follow): the page's reporter wrote it
        credit = next((found for found in map(WRITTEN_BY.search, running) if found), None)
        if credit:
            head.authors = [credit.group("name")]
    chars = sum(len(t) for t in running)
    sentences = sum(len(rx(r"[。！？!?]").findall(t)) for t in running)
    parts = text.parts + ([group] if group else []) + bylines
    verse = bool(head.title) and any(p.verse for p in paragraphs)  # a poem closes no sentence, and needs none
    # (a signature makes a short untitled text a brief: "■日前，云岙县…。（阮青禾）")
    titled = bool(head.title) or bool(closing and head.authors) or text.item
    # (a digest's item under its bulleted title may be one sentence: "■…降息25个基点" / "…下调25个基点至5.5%。")
    least = (BULLETED_ITEM_CHARS if (text.item or (head.title and head.title[:1] in TITLE_BULLETS)) and sentences else 40) \
        if titled else MIN_ARTICLE_CHARS
    too_short = chars < least or (chars < 200 and sentences < (1 if titled else 3) and not verse)
    tip_box = _tip_label(head.title) and not head.authors and chars < TIP_CHARS
    classified = bool(head.title and CLASSIFIED_LABEL.fullmatch(head.title.replace(" ", "")) and not head.authors
                      and chars < TIP_CHARS and (CONTACT.search(text.body) or NOTICE_CLOSING.search(text.body.rstrip())))
    classified = classified or bool(head.title and PROSPECTUS.search(head.title) and not head.authors and chars < TIP_CHARS)
    # an editor's note alone under a series' headline introduces the
    # articles printed under their own headlines after it: no article itself
    # (its label may stand on a line of its own over it, read as its headline)
    # (a note's one paragraph may come out as two units: "编者按　…" set apart by its spacing)
    note_only = (all(u.kind == BODY for u in text.units) and not any(ends_sentence(u.text) for u in text.units[:-1])
                 and not head.authors
                 and (_editors_note(text.units[0]) or bool(NOTE_LABEL.fullmatch(head.title.strip()))
                      or (group is not None and any(NOTE_LABEL.fullmatch(r.text.strip()) for r in group.of(SECTION)))))
    # (one under no headline, its lines read apart, introduces the series printed after it)
    note_only = note_only or (group is None and not head.authors and _opens_on_editors_note(text)
                              and all(p.kind == BODY for p in text.units) and chars < EDITORS_NOTE_CHARS)
    if too_short or tip_box or classified or note_only:
        lead = [Paragraph(text=x) for x in (head.section, head.kicker, head.title, head.subtitle) if x]
        return Record(seed=seed, kind="other", lines=_lines(parts), paragraphs=lead + paragraphs, byline=head.byline,
                      what="资料框" if tip_box else "启事或广告" if classified else "编者按" if note_only else "表格或短文本"), aside
    for caption in captions:
        caption.figure = True  # a photo's caption inside an article stands for the picture, apart from the reading
    generated = not head.title
    # ("■公司获评…", "◆澄泓电气：…": a digest's bullet marks its item, no part of the headline)
    title = (head.title.lstrip(TITLE_BULLETS).lstrip() or head.title) if head.title else _generated_title(paragraphs)
    notes = any(isinstance(p, Row) and p.role == NOTE and AUTHOR_NOTE.match(p.text) for p in text.parts)
    kind = _kind(head, paragraphs, notes)
    record = Record(seed=seed, kind=kind, lines=_lines(parts), paragraphs=paragraphs, title=title, title_generated=generated,
                    subtitle=head.subtitle, byline=head.byline, section=head.section, authors=head.authors, kicker=head.kicker)
    return record, aside


def attach_orphans(items: list[Item], heads: dict[int, int]) -> None:
    """A full headline group (with subtitle or byline) that heads no text was
    printed away from it, as a front-page lead often is: it heads the file's
    opening text when that text has no headline."""
    first = next((k for k, it in enumerate(items) if isinstance(it, Text)), None)
    if first is None or first in heads or len(items[first].body) < 200:
        return
    claimed = set(heads.values())
    for k, item in enumerate(items):
        if isinstance(item, HeadGroup) and item.units and k not in claimed and (item.of(SUB) or item.of(BYLINE)):
            heads[first] = k
            return


def merge_continuations(items: list[Item], heads: dict[int, int]) -> list[Item]:
    """Text after '(上接1版)' that runs into a reprinted headline belongs to the
    article that headline heads."""
    for k, item in enumerate(items):
        if (isinstance(item, Text) and k in heads and k >= 2 and heads[k] == k - 2 and isinstance(items[k - 1], Other)
                and _jumps_back(items[k - 1])):
            # "前2月全国固定资产投资…" reprinted / "（上接第1版）" / the rest: the
            # continuation of the article that jumped from further up, under its own headline again
            jumped = _jumped_from(items, k - 1, heads)
            owner = next((j for j, x in enumerate(items) if x is jumped), None)
            if owner is not None and owner in heads and _same_words(_title_of(items[heads[owner]]), _title_of(items[k - 2])):
                jumped.parts += item.parts
                item.parts = []
                del heads[k]  # the reprinted headline stays on the page, as matter of its own
            continue
        if not (isinstance(item, Text) and k not in heads and k >= 1 and isinstance(items[k - 1], Other)):
            continue
        if not _jumps_back(items[k - 1]):
            continue
        # (not when a label stands over that headline, "要闻简报", a byline under
        # it, or the text under it opens on a dateline: a headline reprinted
        # over a continuation has none of them; a new piece starts there)
        if k + 2 < len(items) and heads.get(k + 2) == k + 1 and not _under_label(items[k + 1]) \
                and not items[k + 1].of(BYLINE) and not (items[k + 2].units and _opens_article(items[k + 2].units[0])):
            items[k + 2].parts[:0] = item.parts
            item.parts = []
        else:
            jumped = _jumped_from(items, k - 1, heads)
            counted = _counted_owner(items, heads, k)
            if counted is not None and counted is not jumped:
                jumped = counted  # "四是…" in the continuation: the article whose points stop at "三是…"
            if jumped is not None:  # "…（下转 D4）" further up, "上接 D3" here: the text goes on there
                jumped.parts += item.parts
                item.parts = []
    return items


CONTINUATION_REACH = 12  # items back: a page's articles, not the whole issue's


def _counted_owner(items: list[Item], heads: dict[int, int], k: int) -> Text | None:
    """The headed text before a continuation whose counted points the
    continuation goes on: a paragraph of it opens on "四是…", and one text
    above holds "三是…" but no "四是…" (a jump line set under one column
    may send on the article beside it)."""
    point = next(filter(None, map(_counted_point, _bodies(items[k].parts)[:3])), None)
    if point is None:
        return None
    owners = [items[j] for j in range(max(0, k - CONTINUATION_REACH), k)
              if j in heads and isinstance(items[j], Text) and items[j].parts and _stops_before(items[j], point)]
    return owners[0] if len(owners) == 1 else None


def _same_words(a: str, b: str) -> bool:
    """Two headlines that read alike but for spaces (a reprinted headline may drop its kicker: b ends a)."""
    a, b = rx(r"\s+").sub("", a), rx(r"\s+").sub("", b)
    return bool(a) and bool(b) and (a == b or a.endswith(b) or b.endswith(a))


def _taken_up(items: list[Item], k: int) -> bool:
    """The text right under "（上接第4版）" goes on from another page, where
    its headline is: no headline printed after it is its own."""
    return k > 0 and isinstance(items[k - 1], Other) and _jumps_back(items[k - 1])


def _sends_on(item: Other) -> bool:
    """Other matter holding a jump line that sends the text above on to another page ("下转第6版")."""
    return not _jumps_back(item) and any(r.role == JUMP and rx(r"下转|转").search(r.text) for r in item.rows)


def _jumps_back(item: Other) -> bool:
    """Other matter holding a jump line that takes a text up from elsewhere ("上接 D3", "续…")."""
    return any(r.role == JUMP and rx(r"上接|续|接").search(r.text) for r in item.rows)


def _jumped_from(items: list[Item], k: int, heads: dict[int, int]) -> Text | None:
    """The headed text closed, further up the file, by the nearest jump line
    sending it on ("下转 D4"), when that line has not been answered yet."""
    for j in range(k - 1, 0, -1):
        item = items[j]
        if not isinstance(item, Other):
            continue
        if _jumps_back(item):
            return None  # an earlier continuation took up that jump
        if _sends_on(item):
            before = items[j - 1]
            return before if isinstance(before, Text) and (j - 1) in heads and before.parts else None
    return None


# "本篇文章均由本报记者曹驰采写", "本版稿件均由本报记者 X 采写": the reporter of a page's texts
WRITTEN_BY = rx(r"本(?:篇|版)(?:文章|稿件)?均由本报记者\s*(?P<name>[\u3400-\u9fff]{2,4}?)\s*(?:采写|撰写|采访撰写)")


DECK_CHARS = 120  # a standfirst is a sentence or two


def _deck_under(text: Text) -> bool:
    """One short paragraph of whole sentences: what a headline set over its
    byline prints as a standfirst (deck)."""
    units = [p for p in text.parts if isinstance(p, Unit)]
    if not units or any(not u.glued for u in units[1:]) or any(u.kind != BODY for u in units):
        return False  # more than one paragraph (a line glued on goes on with the one before)
    said = "".join(u.text for u in units)
    # magazines often leave a standfirst's last stop off ("…但这条路并不平坦")
    whole = ends_sentence(said) or (bool(rx(r"[，,]").search(said)) and said[-1] not in "，,、：:；;")
    return whole and len(said) <= DECK_CHARS and not split_dateline(units[0].raw[:80])


def join_editors_notes(items: list[Item], heads: dict[int, int]) -> None:
    """A headline, an editor's note ("编者按：…") or a standfirst, then the
    byline and the text: the note or the standfirst prefaces the article,
    so the text under the byline is the same article's, not one of its own."""
    for k, item in enumerate(items[:-2]):
        if not (isinstance(item, Text) and k in heads and item.units
                and (NOTE_LABEL.match(item.units[0].text) or _deck_under(item))):
            continue
        j = k + 1
        while j < len(items) - 2 and _rules_only(items[j]):
            j += 1  # the rules of the box the standfirst is printed in
        byline, e = items[j], j
        while e < len(items) - 2 and (_editors_only(items[e + 1]) or _bare_credit(items[e + 1])):
            e += 1  # "编辑｜X" under the byline: the page's editor, set among the credits (or "摄影｜X" beside it)
        text = items[e + 1]
        if isinstance(byline, HeadGroup) and not byline.units and byline.of(BYLINE) \
                and isinstance(text, Text) and e + 1 not in heads and text.parts \
                and (not _opens_article(text.units[0]) or NOTE_LABEL.match(text.units[0].text)):
            # one text under the headline, its byline set above it (so that
            # the byline opens it and nothing closes it before its end)
            item.parts += text.parts
            items[k:e + 2] = [byline, item] + items[k + 1:j] + items[j + 1:e + 1] + [text]
            text.parts = []
            heads[k + 1] = heads.pop(k)


RULE_LINE = rx(r"^[━─═—\-=_＿﹏~～*＊·•]{4,}$")


def _editors_only(item: Item) -> bool:
    """Other matter that is only editors' credits."""
    return isinstance(item, Other) and bool(item.rows) and all(r.role == EDITOR for r in item.rows)


def _bare_credit(item: Item) -> bool:
    """A photographer's credit with no caption ("摄影｜鲁迟"), set among the bylines."""
    return isinstance(item, Caption) and not item.units


def _rules_only(item: Item) -> bool:
    """Other matter that is only printed rules ("━━━━"), a box's edges."""
    return isinstance(item, Other) and bool(item.rows) and all(RULE_LINE.match(r.text) for r in item.rows)


def pass_bylines_on(items: list[Item], heads: dict[int, int], signed: dict[int, list[int]]) -> dict[int, int]:
    """A headline printed after its text whose group ends with a byline, when
    that text is signed already: the byline opens the next text (extraction
    put the next article's byline under this headline). Text index -> the
    group whose byline it takes."""
    passed: dict[int, int] = {}
    for text_k in sorted(heads):
        group_k = heads[text_k]
        group, text = items[group_k], items[text_k]
        if group_k != text_k + 1 or not group.of(BYLINE) or not isinstance(group.items[-1], Row):
            continue
        first = text.units[0]
        dated = first.kind == BODY and split_dateline(first.raw[:80])
        nxt = group_k + 1
        if (text_k in signed or text_k in passed or dated) and nxt < len(items) and isinstance(items[nxt], Text) \
                and nxt not in signed:
            passed[nxt] = group_k
    return passed


def _pieces(text: Text, dangling: list[Text] = (), indents: bool = False, foreign: bool = False) -> list[list]:
    """The text cut where a blank line falls inside a sentence, or before a
    paragraph that finishes a word another text left open: column pieces.
    On a page that indents its paragraphs, a flush start after a blank line
    goes on from some paragraph: while another text stops mid-sentence at a
    full line it is cut off too, up to the next blank line (the column's end)."""
    ends = [e for e in (_last_body(d.parts) for d in dangling) if e is not None]
    cut_off_column = indents and any(e.open and e.rows[-1].full for e in ends)
    pieces: list[list] = [[]]
    last_body: Unit | None = None
    flush_piece = False
    own_cut: Unit | None = None  # the text's own paragraph a column break cut mid-word
    parts, column_starts = _cut_at_columns(text.parts, dangling)
    cut_ends = [(e, d) for d in dangling for e in [_last_body(d.parts)] if e is not None and _prose_cut_off(e)]
    host: list | None = None  # the text's own column, once another's went on inside it
    for n, part in enumerate(parts):
        if id(part) in column_starts and pieces[-1]:
            pieces.append([])  # a column goes on here from a line another text (or this one) cut off
        elif (not indents and cut_ends and isinstance(part, Unit) and part.kind == BODY and part.blank_before
              and last_body is not None and not last_body.open and pieces[-1]
              and _about_open_text(parts[n:], pieces[-1], cut_ends)):
            pieces.append([])  # A1 B1 A2: the open text's column goes on here
            cut_ends, host = [], pieces[0]
        elif (host is not None and isinstance(part, Unit) and part.blank_before and last_body is not None
              and not last_body.open and _about_open_text(parts[n:], pieces[-1], [(None, Text(host))])):
            pieces.append([])  # ... B2: the host's own column again
            host = None
        if foreign and isinstance(part, Unit) and part.kind == HEAD and last_body is not None and last_body.open \
                and pieces[-1] and pieces[-1][-1] is last_body:
            pieces.append([])  # a crosshead after a sentence left open: the text it heads was printed elsewhere
            last_body = None
        if isinstance(part, Unit) and part.kind == BODY:
            flush = not part.rows[0].indented and _cjk(part.text[:1])
            finishes_word = (flush and any(e.rows[-1].fills_column and _cjk(e.text[-1:]) and word_crosses(e.text, part.text)
                                           for e in ends + ([own_cut] if own_cut is not None else []))
                             or any(e.rows[-1].fills_column and _takes_figure(e.text, part.text) for e in ends))
            if last_body is not None and pieces[-1] and (
                    (part.blank_before and (last_body.open or flush_piece or (flush and cut_off_column) or finishes_word))
                    # no blank line at a column's end: a flush start after a closed
                    # sentence that finishes the word another text's full line cut
                    # ("…风险提" / "示1900多条") is where that text goes on
                    or (indents and finishes_word and not last_body.open)
                    # ... or a flush start after a closed sentence, while another
                    # text stops on a comma at a full line ("…都有一名“链长”，"):
                    # the column went on there, past an item set into it
                    or (indents and flush and not last_body.open and not part.glued
                        and any(e.open and e.rows[-1].full and e.text[-1:] in CLAUSE_ENDS for e in ends))):
                pieces.append([])
                flush_piece = flush and cut_off_column
                if last_body.open and _cut_at_full_line(last_body):
                    own_cut = last_body  # (its column may go on further down, past another text's)
            last_body = part
        pieces[-1].append(part)
    return pieces


def _about_open_text(after: list, before: list, ends: list) -> bool:
    """On a page that does not indent, a paragraph after a closed one while
    another text stops mid-sentence at a full line: the column of that text
    may go on here (A1 B1 A2 B2, B1 ending at a paragraph's end); it does
    when what follows shares that text's words clearly more than its host's."""
    run = next((n for n, p in enumerate(after) if n and not (isinstance(p, Unit) and p.kind == BODY)), len(after))
    words = _first(_bodies(after[:min(run, 3)]))  # (up to a crosshead: the column after it may be the host's again)
    own = similarity(_last(_bodies(before)), words)
    return any(similarity(_last(_bodies(d.parts)), words) > own + OPEN_TEXT_MARGIN for _, d in ends)


OPEN_TEXT_MARGIN = 0.15


def _prose_cut_off(end: Unit) -> bool:
    """A paragraph of running text stopped mid-sentence at a full line
    ("…较原定的" / "目标审评日期(2023年11月30日)"), not a table's row or a
    line alone."""
    return (end.open and len(end.rows) >= 2 and end.rows[-1].fills_column
            and (_cjk(end.text[-1:]) or end.text[-1:] in CLAUSE_ENDS + ")）”"))


def _cut_at_columns(parts: list, dangling: list[Text]) -> tuple[list, set[int]]:
    """Where another text's column goes on inside this one: a line whose
    start finishes the word another text's full line cut ("…比重较去年" /
    "同期提升…"), with the line above full and no word across that join,
    and what follows sharing that text's subject more than this one's.
    The paragraph is cut there (its parts stay glued: one paragraph if
    nothing moves), and the part above, cut off at its full line, may be
    finished further on in turn (B1 A2 B2). Returns the parts and the ids
    of those that start a column piece."""
    ends = [(e, d.parts, FOREIGN_MARGIN) for d in dangling for e in [_last_body(d.parts)]
            if e is not None and _cut_at_full_line(e)]
    if not ends:
        return parts, set()
    out: list = []
    starts: set[int] = set()
    piece = 0  # where in `out` the column being read began
    for n, part in enumerate(parts):
        if not (isinstance(part, Unit) and part.kind == BODY):
            out.append(part)
            continue
        ahead = parts[n + 1:n + 4]
        above = _last_body(out)
        if (above is not None and not above.open and not part.rows[0].indented and not word_crosses(above.text, part.text)
                and _column_goes_on(part.rows[0], ends, lambda: ([part.text] + _bodies(ahead), _bodies(out[piece:])))):
            starts.add(id(part))
            piece = len(out)
        while len(part.rows) >= 2:
            cut = next((i for i in range(1, len(part.rows)) if part.rows[i - 1].fills_column
                        and not word_crosses(part.rows[i - 1].text, part.rows[i].text)
                        and _column_goes_on(part.rows[i], ends, lambda: ([_joined(part.rows[i:])] + _bodies(ahead),
                                                                         _bodies(out[piece:]) + [_joined(part.rows[:i])]))),
                       None)
            if cut is None:
                break
            above = Unit(BODY, part.rows[:cut], blank_before=part.blank_before, glued=part.glued, cut_off=part.cut_off)
            out.append(above)
            if _cut_at_full_line(above):
                ends.append((above, out[piece:], 0.0))  # (its own column, known to go on somewhere)
            part = Unit(BODY, part.rows[cut:], glued=True)
            starts.add(id(part))
            piece = len(out)
        out.append(part)
    return out, starts


def _joined(rows: list[Row]) -> str:
    return Unit(BODY, rows).text


def _cut_at_full_line(end: Unit) -> bool:
    return end.open and end.rows[-1].fills_column and _cjk(end.text[-1:])


def _column_goes_on(line: Row, ends: list[tuple[Unit, list, float]],
                    context: Callable[[], tuple[list[str], list[str]]]) -> bool:
    """Another text's cut word runs on into the line ("…去年" / "同期"; by
    chance, too: "…开" / "封装"), and what follows is about that text more
    than about the one it is printed in. (`context` gives the paragraphs
    after the line and those of its own column before it, gathered only
    for a line some cut word runs into: every line is looked at.)"""
    if not _cjk(line.text[:1]):
        return False
    crossing = [(parts, margin) for e, parts, margin in ends
                if 0 < line.no - e.last <= PIECE_REACH and word_crosses(e.text, line.text)]
    if not crossing:
        return False
    after, before = context()
    words = _first(after)
    own = similarity(_last(before), words) if before else 0.0
    return any(similarity(_last(_bodies(parts)), words) > own + margin for parts, margin in crossing)


# "…设备制造业增长" / "13.2%，三大行业…": a verb of change or amount waits for its figure
FIGURE_VERB = rx(r"(?:增长|下降|增加|减少|达到|达|为|占|约|超过|突破|提高|提升|回落|上涨|下跌|降至|升至|降低|同比|环比|累计|共计|合计)$")


def _takes_figure(left: str, right: str) -> bool:
    """The text stops on a verb that takes a figure, and the other opens on one."""
    return bool(FIGURE_VERB.search(left) and rx(r"[0-9０-９]").match(right))


def _bodies(parts: list) -> list[str]:
    return [p.text for p in parts if isinstance(p, Unit) and p.kind == BODY]


def _continues(piece: list, end: Unit | None, before: list[str]) -> float:
    """How well a column piece goes on from a text that stopped at `end`
    (`before`: that text's paragraphs)."""
    bodies = _bodies(piece)
    if not bodies or end is None:
        return 0.0
    return 0.5 * word_crosses(end.text, bodies[0]) + similarity(_last(before), _first(bodies))


def _reaches(end: Unit, opening: Unit) -> bool:
    """Could `opening` be the next column of the text that stopped at `end`?
    Columns set side by side are printed close together; a word cut at the
    column's edge and finished by `opening` joins them from further off (a
    narrow column runs to many lines)."""
    distance = opening.first - end.last
    if distance <= PIECE_REACH:
        return True
    return (distance <= 4 * PIECE_REACH and end.rows[-1].fills_column and _cjk(end.text[-1:]) and _cjk(opening.text[:1])
            and word_crosses(end.text, opening.text))


FOREIGN_MARGIN = 0.1  # how much more a piece must share with another text than with its host to move
STRETCH_MARGIN = 0.05  # the same, for a stretch set between two columns of its host (B2 going on from B1 says it is foreign)


def _host_again(piece: list, kept: list, owner: Text) -> int:
    """Where a moved column ends: at the first crosshead in it whose section
    is about the host again (the host's own next part), else at its end."""
    heads = [i for i, p in enumerate(piece) if i and isinstance(p, Unit) and p.kind == HEAD] + [len(piece)]
    for start, end in zip(heads, heads[1:]):
        section = _bodies(piece[start:end])
        if section and similarity(_last(_bodies(kept)), section) > similarity(_last(_bodies(owner.parts)), section):
            return start
    return len(piece)


def _mid_sentence(text: str) -> bool:
    """"里”最难启动。", "报，网易CEO…": a piece opening on the last word of
    a sentence begun elsewhere (its first clause a character or two)."""
    head = rx(r"[，。、；：！？,.;:!?”’）)]").split(text, maxsplit=1)[0]
    return len(head) <= 2 or not (_cjk(text[:1]) or text[:1] in "“‘")


QUICK_LOOK = 150  # characters of a piece's opening compared, pair by pair, with the ends of two texts


def _pairs_shared(text: str, other: str) -> int:
    """How many pairs of adjacent Chinese characters of the text the other text holds."""
    pairs = {text[i:i + 2] for i in range(len(text) - 1) if _cjk(text[i]) and _cjk(text[i + 1])}
    return sum(1 for pair in pairs if pair in other)


def _about_another(piece: list, kept: list, other: Text | None) -> Text | None:
    """A piece that breaks into a sentence its host left open, without
    finishing it, opens a sentence of its own, and is about the text printed
    just before the host (it shares that text's words clearly more than the
    host's) is that text's column, extracted out of place: two articles set
    side by side."""
    if other is None or _last_body(other.parts) is None or (len(other.body) < SHORT_TEXT
                                                             and not _cut_at_full_line(_last_body(other.parts))):
        return None  # (a standfirst restates its article: no column of it; it never stops at a full line mid-sentence)
    bodies = _bodies(piece)
    if not bodies or sum(map(len, bodies)) < MIN_ARTICLE_CHARS or _mid_sentence(bodies[0]):
        return None
    host = "".join(_bodies(kept))
    if len(host) < SHORT_TEXT // 2:
        return None  # too little of the host to tell what it is about
    opening = bodies[0][:QUICK_LOOK]
    if _pairs_shared(opening, other.body[-4 * QUICK_LOOK:]) <= _pairs_shared(opening, host[-4 * QUICK_LOOK:]):
        return None  # (a quick look first, at pairs of characters shared more: weighing words costs more)
    score = similarity(_last(_bodies(other.parts)), _first(bodies))
    if score < SAME_SUBJECT:
        return None
    return other if score >= similarity(_last(_bodies(kept)), _first(bodies)) + FOREIGN_MARGIN else None


def reattach_column_pieces(items: list[Item]) -> None:
    """Two articles set side by side come out column by column (A1 B1 A2
    B2): a piece that starts mid-sentence goes on from whichever text left
    a sentence open and reads on into it, not always from the one just
    before it, and the piece after a moved one may go on with it too (a
    column runs to more than one paragraph). Only texts with an earlier
    text still open are looked at."""
    dangling: list[Text] = []
    before_text: Text | None = None  # the text just before, open or closed
    indents = _indents(items)
    for k, item in enumerate(items):
        if not isinstance(item, Text):
            continue
        before = items[k - 1] if k else None
        owner = None
        if not (isinstance(before, HeadGroup) and before.strong):
            # Right under a display line a flush start may be a first
            # paragraph set without indent; after other matter it is not.
            owner = _finished_by(item, dangling, flush_goes_on=indents and not isinstance(before, HeadGroup),
                                 headless=not isinstance(before, HeadGroup) and not (isinstance(before, Other) and _jumps_back(before)))
        if owner is not None:
            owner.parts += item.parts  # the whole text finishes a sentence left open further up
            item.parts = []
            if not owner.open:
                dangling.remove(owner)
            continue
        foreign = before_text is not None
        printed_last = _last_body(item.parts)  # (the line a jump line under the text follows)
        pieces = _pieces(item, dangling, indents, foreign=foreign) if dangling or foreign else [item.parts]
        kept = pieces[0]
        moved_to = None  # the text the last piece went on: the next may go on with it
        went_back = None  # the earlier text the first piece moved went on
        for n, piece in enumerate(pieces[1:], 1):
            # Only when another open text reads on into the piece (a word
            # across the join, or a flush start on a page that indents every
            # paragraph) and the text just before does not is there a choice
            # to make; cohesion settles it.
            opening = next((p for p in piece if isinstance(p, Unit) and p.kind == BODY), None)
            rivals = [o for o in dangling[-3:] if opening is not None and _last_body(o.parts) is not None
                      and _reaches(_last_body(o.parts), opening)
                      and (word_crosses(_last_body(o.parts).text, opening.text)
                           or (indents and not opening.rows[0].indented)
                           or _takes_figure(_last_body(o.parts).text, opening.text)
                           or _last_body(o.parts).text[-1:] in CLAUSE_ENDS
                           or (not indents and _prose_cut_off(_last_body(o.parts)) and _last_body(kept) is not None
                               and not _last_body(kept).open))]
            if moved_to is not None and moved_to not in rivals and opening is not None:
                rivals.append(moved_to)
            start = opening.text if opening is not None else ""
            here = _last_body(kept)
            best, best_score = None, 0.0
            # (a word read across the join with the text just before settles
            # it, unless a rival's join reads one too: "…30日" + "日，" is a
            # chance "日日", "…近" + "日，" the "近日" a column cut)
            if rivals and not (here and word_crosses(here.text, start)
                               and not any(word_crosses(_last_body(o.parts).text, start) for o in rivals)):
                best_score = _continues(piece, here, _bodies(kept))
                for other in rivals:
                    score = _continues(piece, _last_body(other.parts), _bodies(other.parts))
                    # (the text the piece before went on, closing its sentence, need not
                    # beat the host by a margin: a column runs on past a blank line as
                    # often as it ends; cut off mid-sentence, its column ended there)
                    runs_on = other is moved_to and not _last_body(other.parts).open
                    if score > best_score + (0.0 if runs_on else 0.1):
                        best, best_score = other, score
            if best is None and moved_to is None and here is not None and here.open and opening is not None \
                    and not word_crosses(here.text, start) and start[:1] not in CLOSERS and here.text[-1:] not in CLAUSE_ENDS:
                owner = _about_another(piece, kept, before_text)
                if owner is not None:
                    cut = _host_again(piece, kept, owner)
                    owner.parts += piece[:cut]
                    kept += piece[cut:]
                    moved_to = owner if cut == len(piece) else None  # the next piece may go on with it
                    continue
            if best is None and moved_to is None and before_text is not None and _between_own_columns(piece, kept, pieces[n + 1:n + 2], before_text):
                before_text.parts += piece  # B1 A2 B2: the host's column goes on after this one, which is the text's before
                continue
            moved_to = best
            if best is None:
                kept += piece
            else:
                went_back = went_back or best
                best.parts += piece
                if not best.open and best in dangling:
                    dangling.remove(best)
        item.parts = kept
        if went_back is not None:
            _return_column_between(items, went_back, k + 1, dangling)
        # ("…启动了今年首" / "次" / "（下转第6版）": its sentence goes on on that page, unless the
        # column the jump line closes went on another text)
        sent_on = k + 1 < len(items) and isinstance(items[k + 1], Other) and _sends_on(items[k + 1]) \
            and _last_body(item.parts) is printed_last
        if item.open and not sent_on:
            dangling.append(item)
        dangling = dangling[-3:]
        before_text = item


BETWEEN_MARGIN = 0.05  # a column between the host's two halves of a word is foreign: it need not share the other text's words more


def _between_own_columns(piece: list, kept: list, following: list[list], other: Text) -> bool:
    """B1 A2 B2 with A1 closed: the host's column stops mid-word at a full
    line, the piece does not finish that word but the piece after it does
    ("…带" / "动新家电销售…"), so the piece is a column of another text read
    between two of the host's (no text of the host's own can stand between
    the two halves of its word); it goes to the text printed before the
    host, whose column it is when the page is read A1 B1 A2 B2."""
    here = _last_body(kept)
    opening = next((p for p in piece if isinstance(p, Unit) and p.kind == BODY), None)
    after = next((p for p in following[0] if isinstance(p, Unit) and p.kind == BODY), None) if following else None
    if here is None or opening is None or after is None or not _cut_at_full_line(here) or here.rows[-1].width >= FLOWING_COLUMN \
            or word_crosses(here.text, opening.text) or not word_crosses(here.text, after.text):
        return False
    first = opening.rows[0].text
    if any(isinstance(p, Unit) and p.kind == HEAD for p in piece) or (looks_like_headline(first) and not rx(r"[，,、。]").search(first)):
        return False  # (an article of its own, its headline read as text, is no column of the text before)
    words = _first(_bodies(piece))
    return similarity(_last(_bodies(other.parts)), words) >= similarity(_last(_bodies(kept)), words) - BETWEEN_MARGIN


def _return_column_between(items: list[Item], owner: Text, k: int, dangling: list[Text]) -> None:
    """Two articles set side by side read A1 B1 A2 B2: when B2 (at k) goes
    on from B1 (`owner`), the stretch between them, crossheads and text with
    no headline group of its own, is A's second column. It goes back to the
    text over B's headline when it shares that text's subject more than
    B's."""
    o = next((i for i in range(k - 1, -1, -1) if items[i] is owner), None)
    if o is None or o < 2 or not isinstance(items[o - 1], HeadGroup) or not isinstance(items[o - 2], Text):
        return
    host, stretch = items[o - 2], items[o + 1:k]
    texts = [it for it in stretch if isinstance(it, Text) and it.parts]
    if not texts or not host.parts or any(isinstance(it, Other) or (isinstance(it, HeadGroup) and it.strong)
                                          for it in stretch):
        return
    opening = next((p for p in texts[0].parts if isinstance(p, Unit) and p.kind == BODY), None)
    if opening is None or _opens_article(opening):
        return  # "本报讯（记者…）": an article's own start, not a column of one
    words = _first([b for t in texts for b in _bodies(t.parts)])
    if similarity(_last(_bodies(host.parts)), words) <= similarity(_last(_bodies(owner.parts)), words) + STRETCH_MARGIN:
        return
    for it in stretch:
        if isinstance(it, HeadGroup):
            host.parts += list(it.units) + list(it.rows)
        elif isinstance(it, Text):
            host.parts += it.parts
            it.parts = []
            if it in dangling:
                dangling.remove(it)
        else:
            host.parts.append(it)
    items[o + 1:k] = [Text([]) for _ in stretch]  # (emptied: records skip a text with no parts)


def _inserted_piece(parts: list, indents: bool = False) -> tuple[int, int] | None:
    """Where, inside one text, a paragraph reads on from a sentence left
    open further up (a word across the join: "…大量国产摩托车进" / "入越南市场"),
    with whole paragraphs between: those paragraphs, parts[i:j], are a column
    of another article printed between two columns of this one."""
    bodies = [(i, p) for i, p in enumerate(parts) if isinstance(p, Unit) and p.kind == BODY]
    last_open = None  # the latest body unit that stops in mid-sentence
    for n, (j, resumed) in enumerate(bodies):
        if n >= 2 and last_open is not None and last_open < n - 1 and not bodies[n - 1][1].open \
                and not resumed.glued and not resumed.rows[0].indented:
            i, left = bodies[last_open]
            # a column cut in mid-sentence leaves its last line full
            # and what goes on from it shows it: a word across the join, or
            # a flush start on a page that indents every paragraph
            if left.rows[-1].full and (word_crosses(left.text, resumed.text) or indents):
                return i + 1, j
        if resumed.open:
            last_open = n
        elif resumed.glued and last_open == n - 1:
            last_open = None  # the paragraph left open went on in this unit (glued to it) and closed
    return None


def pull_inserted_pieces(items: list[Item]) -> None:
    """A column of another article read between two columns of this one
    (B1 A2 B2, when A1 closed a sentence and no one's words run on into A2)
    goes back to the text before that it shares its subject with; the two
    columns of this one are one text again."""
    indents = _indents(items)
    headed: list[tuple[int, list]] = []  # (after which item, a piece with its own headline)
    for k, item in enumerate(items):
        if not isinstance(item, Text):
            continue
        found = _inserted_piece(item.parts, indents)
        if found is None:
            continue
        i, j = found
        piece = item.parts[i:j]
        rest = item.parts[:i] + item.parts[j:]
        opening = _first(_bodies(piece))
        own = similarity(_last(_bodies(item.parts[:i])) + _first(_bodies(item.parts[j:])), opening)
        earlier = [it for it in items[max(0, k - 4):k] if isinstance(it, Text) and it.parts]
        # the text just before, cut off after a clause at a full line
        # ("…培训茶农900多人次，"), is waiting for the rest of its sentence:
        # the piece goes on from that one before any other
        end = _last_body(earlier[-1].parts) if earlier else None
        waiting = earlier[-1] if end is not None and end.rows[-1].full and end.text[-1:] in CLAUSE_ENDS else None
        scored = [(similarity(_last(_bodies(t.parts)), opening) + (OPEN_BONUS if t is waiting else 0.0), t) for t in earlier]
        best = max(scored, key=lambda s: s[0], default=(0.0, None))
        if best[1] is not None and best[0] > own:
            best[1].parts += piece
            item.parts = rest
        elif own < UNRELATED and _headed_piece(piece):
            # a piece under its own headline, set between two columns of this
            # text: an article of its own; the sentence it cut is joined again
            item.parts = rest
            headed.append((k, piece))
        elif own < UNRELATED:  # (on this text's own subject, a word read across the join by chance)
            # Whose it is stays unknown: the sentence it cut is joined
            # again and the piece follows the paragraph it cut.
            end = j + 1
            while end < len(item.parts) and not (isinstance(item.parts[end], Unit) and item.parts[end].kind == BODY
                                                  and not item.parts[end].glued):
                end += 1
            item.parts = item.parts[:i] + item.parts[j:end] + piece + item.parts[end:]
    for k, piece in reversed(headed):
        lead = _headline_lead(piece)
        items[k + 1:k + 1] = [HeadGroup(piece[:lead]), Text(piece[lead:])]


def _headline_lead(piece: list) -> int:
    """How many display lines open the piece."""
    return next((n for n, p in enumerate(piece) if not (isinstance(p, Unit) and p.kind == HEAD)), len(piece))


def _headed_piece(piece: list) -> bool:
    """The piece opens on a display line, then runs as text: a headline and its article."""
    lead = _headline_lead(piece)
    return 0 < lead < len(piece) and any(isinstance(p, Unit) and p.kind == BODY for p in piece[lead:])


def _jumped_to(item: Item | None) -> bool:
    """Other matter with a jump line ("上接 D3"): the text after it goes on from another page."""
    return isinstance(item, Other) and any(r.role == JUMP for r in item.rows)


def _finished_by(text: Text, dangling: list[Text], flush_goes_on: bool = False, headless: bool = False) -> Text | None:
    """An open text nearby whose last word runs on into the start of `text`;
    with `flush_goes_on` (a page that indents every paragraph) any open text
    nearby, the one whose words the text shares most, when `text` starts flush;
    with `headless` (no display line above `text`) the open text nearby it
    shares the subject with, when that one stopped in mid-phrase."""
    first = text.units[0]
    if first.kind != BODY or first.rows[0].indented:
        return None
    near = []
    for other in reversed(dangling[-3:]):
        end = _last_body(other.parts)
        if end is not None and 0 < first.first - end.last <= PIECE_REACH:
            if word_crosses(end.text, first.text):
                return other
            near.append(other)
    if not near or split_dateline(first.raw[:80]):
        return None
    opening = _first(_bodies(text.parts))
    if flush_goes_on:
        return max(near, key=lambda other: similarity(_last(_bodies(other.parts)), opening))
    if headless:
        cut = [o for o in near if not rx(r"[\W_]").search(_last_body(o.parts).text[-2:])]  # "…战略性": mid-phrase
        scored = [(similarity(_last(_bodies(o.parts)), opening), o) for o in cut]
        best = max(scored, key=lambda s: s[0], default=(0.0, None))
        return best[1] if best[0] >= SAME_SUBJECT else None
    return None


def _indents(items: list[Item]) -> bool:
    """The page indents the first line of its paragraphs (most paragraph
    starts are indented). A flush part after one left mid-sentence is not
    counted: on a page read column by column that is the sentence going on
    in the next column, not a paragraph set flush."""
    starts = [u for it in items if isinstance(it, Text) for before, u in _bodies_after(it.parts) if not u.glued
              and not (before is not None and before.open and not u.rows[0].indented)]
    # (a start right under a line of text has no column break before it: where
    # there are enough of those, they alone tell; a column going on after a
    # blank line may start flush after a closed sentence by chance)
    unbroken = [u for u in starts if not u.blank_before]
    if len(unbroken) >= 4:
        starts = unbroken
    return len(starts) >= 4 and sum(1 for u in starts if u.rows[0].indented) >= 0.8 * len(starts)


def _bodies_after(parts: list) -> list[tuple[Unit | None, Unit]]:
    """Each body part with the body part before it in the same text."""
    bodies = [p for p in parts if isinstance(p, Unit) and p.kind == BODY]
    return list(zip([None] + bodies[:-1], bodies))


def _last_body(parts: list) -> Unit | None:
    return next((p for p in reversed(parts) if isinstance(p, Unit) and p.kind == BODY), None)


DISPLACED_ECHO = 0.3  # how much more of the other headline a section must repeat than of its host's
PHOTO_ECHO = 0.1  # the same, for the paragraphs under a photo of the other article (the caption says whose)


def _about_text_before(section: list[str], own: list[str], other: Text, other_title: str, own_title: str,
                       margin: float = DISPLACED_ECHO) -> bool:
    """The section shares the other text's words clearly more than its
    host's, and repeats clearly more of the other's headline."""
    joined = "".join(section)
    return (echo(other_title, joined) >= echo(own_title, joined) + margin
            and similarity(_bodies(other.parts), section) >= similarity(own, section) + FOREIGN_MARGIN / 2)


def _photo_of(caption: Caption, other: Text, own: list[str]) -> bool:
    """The caption names what the other text is about, not its host."""
    words = [caption.text]
    if _pairs_shared(caption.text, other.body) <= _pairs_shared(caption.text, "".join(own)):
        return False  # (a quick look first: weighing words costs more)
    score = similarity(_bodies(other.parts), words)
    return score >= SAME_SUBJECT and score >= similarity(own, words) + FOREIGN_MARGIN


def return_displaced_sections(items: list[Item], heads: dict[int, int]) -> None:
    """A column of an article extracted inside or after the next article's
    text goes back to it:
    - crosshead and all, after the whole of the host ("陕西…生态" /
      "江苏海安…" / "科技强省 … 陕西 …"): the host's last sections, from that
      crosshead on, name the article before and repeat its words, not the
      host's (sections about the other with the host's own after them are
      the host's: an article may quote what the one before it quotes);
    - under the article's photo: a caption about the article before, inside
      the host, and the paragraphs after it up to the host's next crosshead
      about it too (a photo sits at the top or foot of its article's column)."""
    headed = sorted(heads)
    for before_k, k in zip(headed, headed[1:]):
        if any(isinstance(x, Text) and x.parts for x in items[before_k + 1:k]):
            continue  # (only the text just before)
        other, host = items[before_k], items[k]
        other_title, own_title = _title_of(items[heads[before_k]]), _title_of(items[heads[k]])
        _return_photo_column(other, host, other_title, own_title)
        cross = [i for i, p in enumerate(host.parts) if i and isinstance(p, Unit) and p.kind == HEAD] + [len(host.parts)]
        start = None  # the first section about the other text, all after it about it too
        for i, j in zip(cross, cross[1:]):
            own = _bodies(host.parts[:start if start is not None else i])
            section = _bodies(host.parts[i:j])
            if sum(map(len, own)) < SHORT_TEXT // 3 or not section:
                continue
            if not _about_text_before(section, own, other, other_title, own_title):
                start = None  # (the host's own again: what went before was not a column put last)
            elif start is None:
                start = i
        if start is not None:
            other.parts += host.parts[start:]
            host.parts[start:] = []


def _return_photo_column(other: Text, host: Text, other_title: str, own_title: str) -> None:
    for i, part in enumerate(host.parts):
        if not isinstance(part, Caption) or not i:
            continue
        own = _bodies(host.parts[:i])
        if sum(map(len, own)) < SHORT_TEXT // 3 or not _photo_of(part, other, own):
            continue
        j = next((n for n in range(i + 1, len(host.parts))
                  if isinstance(host.parts[n], Unit) and host.parts[n].kind == HEAD), len(host.parts))
        section = _bodies(host.parts[i + 1:j])
        if section and _about_text_before(section, own, other, other_title, own_title, PHOTO_ECHO):
            other.parts += host.parts[i:j]
            host.parts[i:j] = []
            return


def records_of(seed: str, items: list[Item], flowing: bool = False) -> list[Record]:
    items = split_at_resumed_articles(split_at_redefinitions(merge_crossheads(items, flowing)))
    reattach_column_pieces(items)
    pull_inserted_pieces(items)
    items = [it for it in items if not (isinstance(it, Text) and not it.parts)]
    items = split_shared_texts(split_stacked_headlines(part_above_sections(split_at_signatures(
        split_at_editors_notes(split_at_sibling_bullets(split_bulleted_items(items)))))))
    items = labels_of_headed_below(credits_above_headlines(items))
    heads = attach_headlines(items)
    return_displaced_sections(items, heads)
    attach_orphans(items, heads)
    attach_leftovers(items, heads)
    join_editors_notes(items, heads)
    adopt_headless(items, heads)
    merge_continuations(items, heads)
    signed = attach_bylines(items, heads)
    passed = pass_bylines_on(items, heads, signed)
    blurbs = teasers(items)
    used = set(heads.values()) | {g for gs in signed.values() for g in gs}
    records: list[Record] = []
    aside: list[Row] = []
    photo_heads = {k - 1 for k, item in enumerate(items)
                   if _headed_photo(items, k, used) and not _between_headline_and_text(items, k, heads)}
    for k, item in enumerate(items):
        if isinstance(item, Text) and item.parts:
            group = items[heads[k]] if k in heads else None
            extra = [items[g] for g in signed.get(k, [])]
            if k in passed:
                extra.append(HeadGroup([], items[passed[k]].of(BYLINE)))
            gave = k in heads and heads[k] in passed.values()
            record, rows = _text_record(seed, item, group, extra, gave)
            if k in blurbs and record.kind in ARTICLE_KINDS:
                record.kind, record.what = "other", "目录或导读"
            records.append(record)
            aside += rows
        elif isinstance(item, HeadGroup) and k not in used and k not in photo_heads:
            records.append(_group_record(seed, item))
        elif isinstance(item, Caption):
            record = _caption_record(seed, item, items[k - 1] if k - 1 in photo_heads else None)
            if _between_headline_and_text(items, k, heads):
                record.kind, record.what = "other", "图片说明"  # the photo of the article whose headline stands over it
            records.append(record)
        elif isinstance(item, Other):
            records += _others(seed, item.rows)
    records += _others(seed, aside)
    records = _issued_documents(_standfirsts_above(sorted(records, key=lambda r: r.lines)))  # (keeps print order)
    _spread_page_credits(records)
    _spread_label_bylines(records, _label_bylines(items, used))
    _mark_pull_quotes(records)
    _mark_notices(records)
    _mark_classifieds(records)
    _mark_ad_copy(records, {r.no: r.text for it in items if isinstance(it, Other) for r in it.rows if r.role == AD})
    _mark_advertorials(records, [r for it in items if isinstance(it, Other) for r in it.rows])
    return records


# "25\t极氪/360集团\t形象广告": a row of an issue's index of adverts (版位,
# 厂商名称, 广告内容), its advertisers parted by slashes
AD_INDEX_ROW = rx(r"^\S{1,8}[\t ]{1,}(?P<who>[^\t]{2,30}?)[\t ]{1,}\S{0,12}广告$")


def _mark_advertorials(records: list[Record], rows: list[Row]) -> None:
    """An unsigned piece whose headline names every advertiser of one entry
    of the issue's index of adverts ("极氪/360集团　形象广告" and "极氪与360集团
    在安全与大模型上深度合作") is that advert, set as news."""
    entries = []
    for row in rows:
        match = AD_INDEX_ROW.match(row.line.raw.strip()) if "广告" in row.line.raw else None
        if match:
            names = [n.strip() for n in match.group("who").split("/") if len(n.strip()) >= 2]
            if names:
                entries.append(names)
    if not entries:
        return
    advertisers = {names[0] for names in entries if len(names) == 1}
    adverts: list[Record] = []
    for record in records:
        if record.kind in ARTICLE_KINDS and not record.authors and not record.byline \
                and any(all(n in record.title for n in names) for names in entries):
            record.kind, record.what = "other", "广告或报头"
        elif record.kind in ARTICLE_KINDS and record.section and record.section.replace(" ", "") in advertisers:
            # "中国梦" / "唱响绿色主旋律" over "中望龙腾：工业软件出海": the index's
            # public-service advert printed over the article's headline, taken
            # into its headline group as section and kicker; it is the advert's
            lead = [Paragraph(text=x) for x in (record.section, record.kicker) if x]
            adverts.append(Record(seed=record.seed, kind="other", lines=(record.lines[0], record.lines[0]), paragraphs=lead,
                                  what="广告或报头"))
            record.section, record.kicker = None, None
    if adverts:
        records += adverts
        records.sort(key=lambda r: r.lines)  # (print order)


END_MATTER_WHATS = tuple(OTHER_WHAT[role] for role in (EDITOR, "ad", FURNITURE, JUMP))  # what closes a page's article
STANDFIRST_MAX = 200  # characters: a magazine's standfirst is a paragraph, no article


def _spread_page_credits(records: list[Record]) -> None:
    """"本篇文章均由本报记者曹驰采写" closing a page's last article: "all the
    articles" of the page are that reporter's, so the unsigned ones printed
    before it on the page (back to other matter or a signed article) take
    the name too."""
    for k, record in enumerate(records):
        # (in its last paragraphs, or taken as its byline when set apart under it)
        texts = [p.text for p in record.paragraphs[-3:]] + [record.byline or ""]
        credit = next((m for m in map(WRITTEN_BY.search, texts) if m), None)
        if credit is None or record.authors != [credit.group("name")]:
            continue
        _sign_unsigned(reversed(records[:k]), [credit.group("name")])


def _sign_unsigned(run: Iterable[Record], names: list[str], byline: str | None = None) -> None:
    """Each article of the run, up to the first signed one or other matter,
    takes the names (and the byline, when it has none of its own)."""
    for record in run:
        if record.kind not in ARTICLE_KINDS or record.authors:
            break
        record.authors, record.byline = list(names), record.byline or byline


STRIP_LABEL_CHARS = 8  # a strip's label ("代表通道", "提案直通车") is this short


def _label_bylines(items: list[Item], used: set[int]) -> dict[int, tuple[str, list[str]]]:
    """"代表通道" / "本报特派记者　宁远舟　苗穗" over a strip of items, each under
    its own headline and none signed: a byline under the strip's label
    names who wrote all its items. The first line of each such group -> the
    byline and its names."""
    found: dict[int, tuple[str, list[str]]] = {}
    for k, item in enumerate(items[:-1]):
        if (isinstance(item, HeadGroup) and k not in used and len(item.units) <= 1 and item.of(BYLINE)
                and all(len(u.text) <= STRIP_LABEL_CHARS for u in item.units) and isinstance(items[k + 1], HeadGroup)
                and not items[k + 1].of(BYLINE) and k + 1 in used):
            byline = " ".join(r.line.raw.strip() for r in item.of(BYLINE))
            names = headline_of(item).authors
            if names:
                found[item.first] = (byline, names)
    return found


def _spread_label_bylines(records: list[Record], bylines: dict[int, tuple[str, list[str]]]) -> None:
    """The unsigned articles printed after a strip's label and its byline,
    up to the first signed one or other matter, take that byline."""
    for k, record in enumerate(records):
        if record.lines[0] not in bylines:
            continue
        byline, names = bylines[record.lines[0]]
        _sign_unsigned(records[k + 1:], names, byline)


def _standfirsts_above(records: list[Record]) -> list[Record]:
    """"在当今的物联网时代，…" / "物联网时代下的个人信息安全难题及解决方案" / "文 / 赵俊渥":
    a paragraph of prose too short for an article, set right above a
    headline after the article before closed (its editor's credit, the page
    header), is that article's standfirst, printed above its headline as
    magazines do: it goes with the article, under its title."""
    out: list[Record] = []
    for k, record in enumerate(records):
        nxt = records[k + 1] if k + 1 < len(records) else None
        before = out[-1] if out else None
        if (record.kind == "other" and record.what == "表格或短文本" and len(record.paragraphs) == 1
                and nxt is not None and nxt.kind in ARTICLE_KINDS and not nxt.title_generated and not nxt.subtitle
                and 0 < nxt.lines[0] - record.lines[1] <= 2
                and (before is None or before.what in END_MATTER_WHATS)
                and 40 <= len(record.text) <= STANDFIRST_MAX and ends_sentence(record.text) and "，" in record.text):
            nxt.subtitle = record.text
            nxt.lines = (record.lines[0], nxt.lines[1])
            continue
        out.append(record)
    return out


# "…关于印发《沧岭省中小企业融资促进办法》的通知": a notice that issues a
# document names it; the document follows the notice's signature in full
ISSUING_NOTICE = rx(r"关于(?:印发|发布|公布|颁布|转发|修订)(?P<doc>.{4,40}?)的(?:通知|决定)$")
FULL_TEXT_FOLLOWS = rx(r"《(?P<doc>[^《》]{4,40})》[^《》。]{0,12}全文如下[。：:]?$")
LEADING_NOTE = rx(r"^(?:[（(][^）)]{2,20}[）)])+")  # "（此件公开发布）" between the signature and the document


def _bare_words(text: str) -> str:
    return rx(r"[\s《》“”〈〉]").sub("", text)


def _opens_on_document(record: Record, document: str) -> bool:
    """The record's headline, or its first paragraph where it has none, is
    the issued document's title (a 办法's chapters under it)."""
    lead = record.title if not record.title_generated else (record.paragraphs[0].text if record.paragraphs else "")
    return _bare_words(LEADING_NOTE.sub("", _bare_words(lead))).startswith(document)


def _take_into(host: Record, record: Record, lead: int = 0) -> None:
    """The record's text goes on the host's: its first `lead` paragraphs,
    then its headline group's lines as printed, then the rest."""
    heads = [record.section, record.kicker, None if record.title_generated else record.title, record.subtitle, record.byline]
    host.paragraphs += record.paragraphs[:lead] + [Paragraph(text=x) for x in heads if x] + record.paragraphs[lead:]
    host.lines = (host.lines[0], max(host.lines[1], record.lines[1]))


def _issued_documents(records: list[Record]) -> list[Record]:
    """A notice printed in full with the document it issues (印发通知 and
    its 办法, 细则, 方案) is one piece of print: the document, printed after
    the notice's signature with its title set as a line of text, is the
    notice's attachment, not an article of its own. So is a document a news
    item announces in full ("《…》全文如下。") under its own title. (Signature,
    date and 文号 lines between stay records of their own.)"""
    out: list[Record] = []
    before: Record | None = None  # the last article kept
    host: Record | None = None
    document = ""
    for record in records:
        article = record.kind in ARTICLE_KINDS
        follows = FULL_TEXT_FOLLOWS.search(rx(r"\s").sub("", record.text)) if record.paragraphs else None
        if follows is not None:
            # "《关于…的实施意见》全文如下。": the news item that reports a
            # document issued prints it in full after it
            if not article and before is not None and record.what == "表格或短文本":
                _take_into(before, record)  # the line announcing the full text is the item's last
                host, document = before, _bare_words(follows.group("doc"))
                continue
            if article:
                host, document = record, _bare_words(follows.group("doc"))
                out.append(record)
                before = record
                continue
        lead = FULL_TEXT_FOLLOWS.search(rx(r"\s").sub("", record.paragraphs[0].text)) if record.paragraphs else None
        if (lead is not None and article and len(record.paragraphs) > 1 and before is not None
                and _bare_words(record.title).startswith(_bare_words(lead.group("doc")))):
            # the line announcing the full text read as the document's first
            # paragraph (its title printed after it): both are the item's
            _take_into(before, record, lead=1)
            host = None
            continue
        if host is not None and article and _opens_on_document(record, document):
            _take_into(host, record)
            host = None
            continue
        if article:
            found = ISSUING_NOTICE.search(_bare_words(record.title))
            host, document = (record, found.group("doc")) if found else (None, "")
            before = record
        out.append(record)
    return out


def teasers(items: list[Item]) -> set[int]:
    """Short texts printed beside table-of-contents entries ("崔云 14"): the
    blurbs of a contents page, not articles."""
    marked: set[int] = set()
    for k, item in enumerate(items):
        if not isinstance(item, Text) or len(item.body) >= 300 or len(_paragraph_starts(item)) >= 2 \
                or (item.units and opens_with_dateline(item.units[0].text)):
            continue  # (a blurb is a sentence or two; three paragraphs make a short article: "卷首语"; a dateline opens news)
        near = items[max(0, k - 2): k + 2]
        if any(isinstance(x, Other) and any(r.role == TOC for r in x.rows) for x in near):
            marked.add(k)
    return marked


def _others(seed: str, rows: list[Row]) -> list[Record]:
    """Consecutive rows of one kind of matter make one record."""
    out: list[Record] = []
    run: list[Row] = []
    for row in rows + [None]:
        if run and (row is None or row.role != run[-1].role or row.no - run[-1].no > 2):
            out.append(_other(seed, run, OTHER_WHAT.get(run[0].role, "其他")))
            run = []
        if row is not None:
            run.append(row)
    return out


def _mark_pull_quotes(records: list[Record]) -> None:
    """A short text printed again inside a longer article is a pull quote, a
    teaser or a table-of-contents blurb, not an article of its own; so is a
    page of such blurbs (see `_teaser_digest`)."""
    squeezed = {id(r): rx(r"\s").sub("", r.text) for r in records if r.kind in ARTICLE_KINDS}
    for record in records:
        own = squeezed.get(id(record))
        if own is None or len(own) > 400 or len(own) < 10:
            continue
        # An untitled text found anywhere in a longer one is a pull quote; a
        # titled one is a teaser when it repeats another article's lead.
        reach = None if record.title_generated else len(own) + 40
        if any(own in other[:reach] for key, other in squeezed.items() if key != id(record) and len(other) > len(own)):
            record.kind, record.what = "other", "引文或导读"
    for record in records:
        if record.kind in ARTICLE_KINDS and _teaser_digest(record, squeezed):
            record.kind, record.what = "other", "目录或导读"


# A publisher's notice: copyright and reprint terms, printed in a box; or
# its correction of an earlier issue ("…一文中，“…”应为“…”。特此更正").
NOTICE = rx(r"版权声明|免责声明|未经.{0,16}(?:书面)?(?:许可|授权|同意).{0,12}(?:转载|复制|使用)|不得以任何(?:方式|形式)转载"
            r"|特此更正")


# The titles of filings printed in full: "…2038年年度报告摘要", "…施工招标公告", "…任前公示"
FILED_TITLE = rx(r"(?:年度|半年度|季度)报告摘要|(?:招标|中标|采购|拍卖|出让|挂牌)公告|任前公示")
# "招标编号：YZCT-…" opening the text: a tender's or a procurement's notice, set as its documents are
FILED_OPENING = rx(r"^\s*(?:招标|采购|招标项目|采购项目)编号\s*[:：]")
# A legal notice closes with its formula: "特此声明。", "特此公告。"
NOTICE_CLOSE = rx(r"特此(?:声明|公告)[。.]?$")


def _mark_notices(records: list[Record]) -> None:
    """A short text that states copyright or reprint terms is the publisher's
    notice, not an article; so is a lost-seal notice or a listed company's
    announcement, closed by its formula and signed by no reporter."""
    for record in records:
        if record.kind not in ARTICLE_KINDS:
            continue
        running = [p.text for p in record.paragraphs if not (p.heading or p.figure)]
        closed = not record.authors and running and NOTICE_CLOSE.search(running[-1].strip())
        filed = not record.authors and not record.byline and (bool(FILED_TITLE.search(rx(r"\s").sub("", record.title or "")))
                                                             or bool(FILED_OPENING.match(record.text)))
        if closed or filed or (len(record.text) < 600 and NOTICE.search(rx(r"\s").sub("", record.text))):
            record.kind, record.what = "other", "广告或报头"


PHONE_LABEL = rx(r"(?:电话|热线|手机|联系方式)\s*[:：]")
CLASSIFIED_PHONES = 3  # telephone numbers in an unsigned text: small ads, each with its own
CLASSIFIED_CHARS_PER_PHONE = 80  # an ad of a line or two per telephone number


def _mark_classifieds(records: list[Record]) -> None:
    """"【房屋出租】…月租2600元。电话：139…【家政服务】…电话：…": an unsigned
    text of short items each closed by its telephone number is a block of
    small ads (分类广告, 二手车信息), not an article; an article gives a
    hotline once, in a text many times longer."""
    for record in records:
        if record.kind not in ARTICLE_KINDS or record.authors:
            continue
        phones = len(PHONE_LABEL.findall(record.text))
        if phones >= CLASSIFIED_PHONES and len(record.text) <= CLASSIFIED_CHARS_PER_PHONE * phones:
            record.kind, record.what = "other", "启事或广告"


AD_COPY_CHARS = 200  # an advert's copy is a paragraph; an article with no byline runs longer
AD_REACH = 4  # lines: an advert's copy sits right against its contact or buying lines


# "（广告）", "【广告】", "广告": the mark the law asks of an advert set as news (企业形象, 专版)
ADVERT_MARK = rx(r"^[（(【\[]?\s*广\s*告\s*[）)】\]]?$")


def _marked_advert(record: Record, ad_rows: dict[int, str]) -> bool:
    """The unsigned piece closes on the advert's mark, set solid under its
    last line or under the contact lines right after it: an advertorial."""
    n = record.lines[1] + 1
    while n in ad_rows:
        mark = ad_rows[n].strip()
        # (bare, "广告" may be the label over the next advert: then only as the run's last line)
        if ADVERT_MARK.match(mark) and (mark[:1] in "（(【[" or n + 1 not in ad_rows):
            return True
        n += 1
    return False


def _mark_ad_copy(records: list[Record], ad_rows: dict[int, str]) -> None:
    """A short unsigned piece printed right under an advert's contact lines
    (热线, 地址, 邮编) or right above its buying lines ("当当购买") is the
    advert's copy ("报社活动", a book's blurb), not an article. (Contact
    lines under a piece are the page's foot, or an editor's e-mail under a
    reader's letter: no advert of theirs.)"""
    for record in records:
        if record.kind in ARTICLE_KINDS and not (record.authors or record.byline) and _marked_advert(record, ad_rows):
            record.kind, record.what = "other", "广告或报头"
            continue
        if record.kind not in ARTICLE_KINDS or record.authors or record.byline or len(record.text) >= AD_COPY_CHARS:
            continue
        first, last = record.lines
        above = [n for n in range(first - AD_REACH - 2, first) if n in ad_rows]
        below = [n for n in range(last + 1, last + AD_REACH + 1) if n in ad_rows]
        if len(above) >= 2 or any(BUY_LINE.match(ad_rows[n].replace(" ", "")) for n in below):
            record.kind, record.what = "other", "广告或报头"


def _teaser_digest(record: Record, squeezed: dict[int, str]) -> bool:
    """A magazine's contents page of blurbs: its paragraphs are the openings
    of several articles printed in full further on (found verbatim in longer
    records, more than one). One article's opening printed twice is not."""
    own = squeezed.get(id(record), "")
    paragraphs = [rx(r"\s").sub("", p.text) for p in record.paragraphs if not p.heading and len(p.text) >= 30]
    if len(paragraphs) < 2:
        return False
    longer = [(key, other) for key, other in squeezed.items() if key != id(record) and len(other) > len(own)]
    homes = [next((key for key, other in longer if text in other), None) for text in paragraphs]
    found = [home for home in homes if home is not None]
    return len(found) >= max(2, 2 * len(paragraphs) / 3) and len(set(found)) >= 2
