"""A headline group -> title, kicker, subtitle, byline and authors.

Chinese papers print a headline group as kicker (引题), main headline (主题),
subtitle (副题, opened by a dash) and byline. Lines of the main headline
may break anywhere; two complete phrases of similar length form a two-part
headline ("积极作为 坚定前行"), while a phrase above a shorter headline, or one
ending in a colon, is its kicker.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..clean import clean_headline
from .bylines import OFFICE_NAME, bare_names, closing_byline, name_cut_at_edge, parse_byline, person_names, post_and_name, reader_signature
from .learned import kicker_model
from .lines import ACT_NUMBER, AUTHOR_BIO, AWAITING_END, BYLINE, SERIES_MARK, STOCK_ITEM, SUB, Row, first_word, last_word, letter_spaced, names_with_affiliations, NAME_SPACE_POST
from .page import ITEM_BULLETS, SECTION, HeadGroup
from .units import figure_split, one_phrase, word_crosses
from ..regex_cache import compile as rx


@dataclass
class Headline:
    title: str = ""
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)


def _carry_tails(lines: list[str]) -> list[str]:
    """A headline line of two phrases whose second is a word or two
    ("高科技加持全球智能网联赛道 中国" / "车企奏响出海“多重奏”"): the
    second phrase wrapped onto the next line, where it goes on. The two
    phrases of a two-part headline are of a length; a stub is not one."""
    out = list(lines)
    for k in range(len(out) - 1):
        parts = HAN_SPACE.split(out[k].strip())
        tail = parts[-1] if len(parts) >= 2 else ""
        if tail and _chars(tail) <= 3 and _chars(parts[-2]) >= 3 * _chars(tail) and not out[k + 1].startswith(("—", "-")):
            out[k] = out[k].strip()[: -len(tail)].rstrip()
            out[k + 1] = tail + out[k + 1].lstrip()
    return out


def _phrases(lines: list[str], rows: list[Row]) -> tuple[list[str], list[list[Row]]]:
    """The headline's lines joined where they broke in mid-phrase, and the
    printed rows of each phrase."""
    phrases: list[str] = []
    rows_of: list[list[Row]] = []
    for line, row in zip(_carry_tails(lines), rows):
        if phrases and one_phrase(phrases[-1], line):
            phrases[-1] = clean_headline(phrases[-1] + line)
            rows_of[-1].append(row)
        else:
            phrases.append(line)
            rows_of.append([row])
    return phrases, rows_of


NARROW_COLUMN = 14  # characters of text: a strip where display type fills its line with a few characters
DISPLAY_SHARE = 0.8  # of the column's characters: a line this short in a narrow strip is display type
# the words a column's label ends on ("嘉宾观点", "基层动态", "财经快讯"): the genres a page sorts its pieces by
COLUMN_LABEL = rx(r"[\u3400-\u9fff]{0,3}(?:观点|视点|声音|动态|快讯|简讯|速递|速览|观察|点评|时评|短评|评论|"
                  r"论坛|聚焦|关注|话题|手记|链接|提示|贴士|解读|专访|访谈|对话|调查|特写|故事|课堂|讲堂|百科)"
                  r"|[\u3400-\u9fff]{2,4}说"  # "基金经理说", "代表委员说": whose words the column gives
                  r"|诗歌|诗苑|散文|随笔|杂文|小说|连载|书评"  # a literary supplement's genres
                  r"|(?:本报|本刊|特约)?评论员文章|社论|社评|编辑部文章")  # the paper's own voice: "本报评论员文章"


# "【梅里迪亚】" on a line of its own: a place's or a column's label in brackets
BRACKETED_WORD = rx(r"[【\[][\u3400-\u9fff·]{1,8}[】\]]")


SERIES_PART = rx(r"[\u3400-\u9fff]{2,8}[·・][\u3400-\u9fff]{2,8}")  # "改革开放再出发·园区篇": a series' name and its part


def _label_word(phrase: str) -> bool:
    """A column's genre ("嘉宾观点") or a word in brackets ("【梅里迪亚】"): a label, whatever its length."""
    return genre_label(phrase) or bool(BRACKETED_WORD.fullmatch(phrase.strip()))


def genre_label(phrase: str) -> bool:
    """"纳税人故事", "嘉宾观点": a column's label, a noun compound a genre word
    closes ("春天的故事", a phrase with 的, is a headline)."""
    bare = phrase.replace(" ", "")
    return bool(COLUMN_LABEL.fullmatch(bare)) and "的" not in bare


def _last_solid_run(rows: list[Row]) -> int:
    """Where the last run of rows set solid (no blank line between) begins."""
    k = len(rows) - 1
    while k > 0 and rows[k - 1].no == rows[k].no - 1:
        k -= 1
    return max(k, 0)


def _wrapped_in_narrow_column(rows: list[Row]) -> bool:
    """"榆宁税务" / "“一企一策”" / "助企出海" in a ten-character strip: display
    type fills a narrow column's line with four or five characters, so
    three lines or more set solid at one width (the last may run short) are
    one headline wrapped at the column, not a label or kicker over a
    shorter headline (a kicker is set smaller, its line longer; a column's
    label names a genre: "嘉宾观点")."""
    widths = [r.width for r in rows]
    return (len(rows) >= 3 and _narrow_display(rows)
            and widths[0] <= widths[1] + 1 and max(widths[:-1]) - min(widths[:-1]) <= 2
            and not genre_label(rows[0].text))


def _narrow_display(rows: list[Row]) -> bool:
    """Lines set solid in a narrow strip, each well short of the column's
    characters: display type, wrapped at the strip's edge or broken by hand
    (no dash subtitle, no colon label, no letter-spacing among them)."""
    column = rows[0].column if rows else 0
    return (len(rows) >= 2 and bool(column) and column <= NARROW_COLUMN
            and max(r.width for r in rows) <= DISPLAY_SHARE * column
            and all(b.no == a.no + 1 for a, b in zip(rows, rows[1:]))
            and not any(letter_spaced(r.line.raw) or r.text.rstrip().endswith(("：", ":"))
                        or r.text.lstrip().startswith(("—", "-")) for r in rows))


FIRM = rx(r"[\u3400-\u9fff]{2,12}(?:集团|有限公司|股份有限公司|公司)")
ORG_END = rx(r"(?:银行|部|局|委|会|院|署|办|厅|社|所|中心|集团|公司|政府|协会|学会|联盟|机构)$")


def _names_someone(label: str) -> bool:
    """A kicker label names who speaks ("中国人民银行：", "国家统计局：", a person)."""
    from .lines import looks_like_person

    from ..enrich.text import tag_of

    # (a word jieba does not know is as often a place, "泊阳", as a two-character name)
    return bool(ORG_END.search(label)) or tag_of(label).startswith("nr") or (3 <= len(label) <= 4 and looks_like_person(label))


# Coverbs: a phrase opening on one ("以…", "把…") needs the verb after it,
# so it cannot stand alone as a kicker.
COVERBS = ("以", "用", "把", "将", "让", "使", "对", "向", "为", "从", "与", "靠", "凭", "借")


def _opens_on_coverb(text: str) -> bool:
    """"以“三链融合”" opens on the coverb 以; "对话企业家" on the word 对话."""
    return first_word(text) in COVERBS


def _coverb_waits(phrase: str) -> bool:
    """"把实验室", "以数字技术": a coverb and its object, no verb after them;
    the verb they wait for comes on the next line ("建在产业园里")."""
    from ..enrich.text import tag_of, words

    found = words(phrase.replace(" ", "").replace("\u3000", ""))
    return bool(found) and found[0] in COVERBS and not any(tag_of(w).startswith("v") for w in found[1:])


def _chars(text: str) -> int:
    """Length counted in words' characters: spaces, quotation and title marks aside."""
    return len(rx(r"[\s“”‘’《》「」『』（）()]").sub("", text))


# A phrase opened by a preposition of time, cause or circumstance sets the
# scene for the headline under it ("随着…", "在…下", "为了…", "面对…").
CIRCUMSTANCE = rx(r"^(?:随着|伴随着?|为了|面对|由于|因为|自从|截至|据悉|据了解|当前|近年来|今年以来|在[^ ]{2,20}(?:下|中|上|里|之际|时|前|后|背景下|以来))")


def _two_part(first: str, second: str) -> bool:
    """Two complete phrases set apart one above the other are one headline
    in two parts ("积极作为 坚定前行") when together they stay as short as
    headlines are (28 characters) and the upper one is not half as long
    again as the lower, or when the lower one is too short to stand alone;
    otherwise the upper one is a kicker, as is a clause setting the scene."""
    a, b = _chars(first), _chars(second)
    if CIRCUMSTANCE.match(first.strip()):
        return False  # "随着资本市场渐趋回暖": a clause setting the scene is a kicker, never half a headline
    if _waits_for_object(first) or first.rstrip()[-1:] in FUNCTION_END or second.strip()[:1] in "从向往朝":
        # "以新质生产力推动" / "制造业…": a phrase that waits for what follows goes on;
        # "推动绿色金融" / "从规模扩张走向质量提升": the line under it says where to
        return True
    return b <= 6 or (a + b <= 20 and abs(a - b) <= 3)


# "从“跟跑”" / "到“领跑”": 从 opens a span that 到 (向, 至, 迈向…) closes
FROM_OPEN = rx(r"^[“‘\"]?从")
SPAN_CLOSE = rx(r"^(?:到|向|至|迈向|走向|转向|跃向|跨向|再到)")
SPAN_CLOSED = rx(r"到|向|至")


def _from_awaits_to(upper: str, lower: str) -> bool:
    """"从“跟跑”“并跑”" over "到“领跑”…": a span opened by 从 and not yet
    closed goes on on the next line, where its 到 stands; one phrase, no
    kicker over the rest."""
    up, low = upper.strip(), lower.strip()
    return bool(FROM_OPEN.match(up)) and not SPAN_CLOSED.search(up[1:]) and bool(SPAN_CLOSE.match(low))


def _waits_for_object(phrase: str) -> bool:
    """"以新质生产力推动": a coverb opens the phrase and a verb closes it, its
    object still to come."""
    bare = phrase.strip()
    return bare[:1] in COVERBS and len(bare) >= 4 and _verb_at_end(bare)


FUNCTION_END = "的和与及在对将把被为是等从向以让使给"  # a line ending on one of these goes on


def kicker_features(upper: str, upper_rows: list[Row], lower: str, lower_rows: list[Row],
                    head_rows: list[Row]) -> dict[str, float]:
    """What print shows about a display phrase printed above the (rest of
    the) headline: its length and the headline's, whether it was cut at the
    column's edge (its line as wide as the group's widest, the next
    shorter), whether both are set alike (letter spacing), its marks (a
    colon, an opening that sets the scene), and whether it stops on a word
    that needs what follows."""
    a, b = max(_chars(upper), 1), max(_chars(lower), 1)
    widest = max(r.width for r in head_rows)
    edge = upper_rows[-1].width >= widest - 1 and lower_rows[-1].width <= widest - 2
    spaced_up = all(letter_spaced(r.line.raw) for r in upper_rows)
    spaced_low = all(letter_spaced(r.line.raw) for r in lower_rows)
    return {
        "upper_chars": min(a, 40) / 20,
        "lower_chars": min(b, 40) / 20,
        "ratio": math.log(a / b),
        "colon": float(upper.rstrip().endswith(("：", ":"))),
        "circumstance": float(bool(CIRCUMSTANCE.match(upper.strip()))),
        "edge": float(edge),
        # as wide as the text column, when the headline itself is set no
        # wider (a line that only fills a narrow column says nothing of a
        # headline in display type across it)
        "fills_column": float(bool(upper_rows[-1].column) and abs(upper_rows[-1].width - upper_rows[-1].column) <= 1
                              and not any(r.wider_than_column for r in lower_rows)),
        "wider": float(upper_rows[-1].wider_than_column),
        "spacing_differs": float(spaced_up != spaced_low),
        "function_end": float(upper.rstrip()[-1:] in FUNCTION_END),
        "lower_short": float(b <= 6),
        "upper_parts": float(len(HAN_SPACE.split(upper.strip())) >= 2),
        "lower_parts": float(len(HAN_SPACE.split(lower.strip())) >= 2),
    }


SERIES_LABEL_CHARS = 12  # "关键词⑦　以旧换新", "住有所居①": a series' label is short


def same_headline(upper: str, upper_rows: list[Row], lower: str, lower_rows: list[Row],
                  head_rows: list[Row]) -> bool:
    """Is a display phrase printed above the headline the headline's own
    first line or part ("积极作为 坚定前行", "…汽车行业科技" / "智能战一触即发"),
    or its kicker? A short label ending in a colon and naming who speaks
    ("中国人民银行：") is a kicker. Between lines set solid a small learned
    model weighs the print cues of `kicker_features`; a blank line between
    the two (each element set apart, as magazines print them) leaves their
    lengths to say it (`_two_part`)."""
    if upper.rstrip().endswith(("：", ":")) and _chars(upper) <= 10 and _names_someone(upper.rstrip("：: ")) \
            and not (_set_solid(upper_rows, lower_rows) and not ORG_END.search(upper.rstrip("：: "))):
        return False
    if _quoted_voice(upper) and not _quoted_voice(lower) and not lower.lstrip().startswith(("—", "-")):
        return False  # "“菜价跌了，你感觉到了吗？”" over "叶菜价格一周回落近两成": a voice quoted over the headline
    if (upper.lstrip()[:1] in ITEM_BULLETS and lower.lstrip()[:1] not in ITEM_BULLETS + "■□" and _set_solid(upper_rows, lower_rows)
            and _same_type(upper_rows, lower_rows)):
        return True  # "◆退休人员医保卡余额" / "能否家庭共济": an item's bullet marks where its headline starts
    if SERIES_MARK.search(upper) and not SERIES_MARK.search(lower) and _chars(upper) <= SERIES_LABEL_CHARS:
        return False  # "住有所居①" however narrow the strip: the series' numbered label, no line of the headline
    if _wrapped_in_narrow_column(upper_rows + lower_rows):
        return True
    if _subject_over_predicate(upper, lower):
        return True  # "今年以来全市保险业" / "赔付超八十亿元": the subject, then what it did
    if _from_awaits_to(upper, lower) or AWAITING_END.search(upper.rstrip()):
        return True  # (nor does a kicker stop on a word waiting for the next: "…融资成本有望" / "进一步下降")
    if rx(r"^《[^《》]{4,40}》$").match(lower.strip()) and (_verb_at_end(upper) or ISSUING_VERB.search(upper.strip())):
        return True  # "中共澄川省委　澄川省人民政府印发" / "《关于…的实施意见》": the verb, then the document it names
    if upper.rstrip().endswith(("：", ":")) and _set_solid(upper_rows, lower_rows):
        return True  # "泊阳：" / "从“造零件”到“造整车”": a topic and its colon, set solid over what it introduces
    if rx(r"^[^：:，,]{2,8}[：:]").match(lower.strip()) and not rx(r"[：:]").search(upper) \
            and not one_phrase(upper_rows[-1].text, lower_rows[0].text) and parse_byline(lower) is None \
            and not rx(r"^(?:作者|本报记者|记者|通讯员|撰文|文|编辑|来源|摄影)\s*[：:]").match(lower.strip()):
        return False  # "新能源汽车产业链加速集聚" over "泊阳：从…": a headline opening on its topic and colon is whole
    if REPORTAGE_KICKER.search(upper.strip()) and _chars(lower) >= 4 and not word_crosses(upper_rows[-1].text, lower_rows[0].text):
        return False  # "探访汀州农副产品批发市场" / "“双11”前夕记者走访发现": where the reporter went, what they found
    if _question_under_statement(upper, lower) and not one_phrase(upper_rows[-1].text, lower_rows[0].text):
        return False  # "代表委员谈营商环境" over "如何让经营主体敢投、敢闯、敢干": the occasion, then the question asked
    if SERIES_MARK.search(upper) and not SERIES_MARK.search(lower):
        return False  # "关键词⑦　以旧换新" over its instalment's headline: the series' numbered label
    if _figure_kicker(upper, lower) and not word_crosses(upper_rows[-1].text, lower_rows[0].text):
        return False
    if CAMPAIGN_LABEL.match(upper.strip()) and not CAMPAIGN_LABEL.match(lower.strip()):
        return False  # "学习贯彻省委十二届七次全会精神" over "用好红色资源赓续精神血脉": the campaign's series label
    if SERIES_NAME.search(upper.strip()) and _chars(upper) <= 12 and " " not in upper.strip():
        return False  # "县域商业体系建设观察" over its instalment's headline: the series' name
    if len(upper_rows) >= 2 and rx(r"[，,；;]").search(upper.strip()[:-1]) \
            and not one_phrase(upper_rows[-1].text, lower_rows[0].text):
        # "从“种得好”到“卖得好”，潞原县三年培育…" wrapped over two lines, then
        # "“潞原红”辣椒卖出好身价": a sentence of clauses run to its end over
        # the column's lines is the kicker; a headline is set in phrases
        return False
    if SERIES_PART.fullmatch(upper.strip()) and not SERIES_PART.search(lower) \
            and not word_crosses(upper_rows[-1].text, lower_rows[0].text):
        return False  # "改革开放再出发·园区篇" over its instalment's headline: the series' name and part
    if (SAYS_MIDLINE.search(upper.strip()) and not lower.lstrip().startswith(("—", "-"))
            and _set_solid(upper_rows, lower_rows)):
        # "全国人大代表鹿新弟：转换国六排放" set solid over "监管模式…": what the
        # speaker says starts on the upper line and goes on below it (a kicker
        # ends with the speaker's colon, or holds none)
        return True
    if (2 * _chars(upper) < _chars(lower) and not _opens_on_coverb(upper)
            and not word_crosses(upper_rows[-1].text, lower_rows[0].text)):
        # "网红城市西安" over "陕西科技创新生态：…": a headline broken on purpose
        # breaks near its middle, one wrapped at the column fills its first
        # line; a phrase less than half the headline's length stands above it,
        # unless it opens on a coverb ("以“三链融合”"), which waits for its verb
        return False
    if _couplet(lower) and len(HAN_SPACE.split(upper.strip())) == 1 and not one_phrase(upper, lower):
        return False  # "积极作为  坚定前行": a couplet is a headline whole; a plain phrase above it is its kicker
    if _slogan_over_statement(upper, lower, len(upper_rows)) and not word_crosses(upper_rows[-1].text, lower_rows[0].text):
        return False
    if not _set_solid(upper_rows, lower_rows):
        if not _same_type(upper_rows, lower_rows):
            return False  # set apart and in other type (one letter-spaced): a kicker over its headline
        return _two_part(upper, lower)
    features = kicker_features(upper, upper_rows, lower, lower_rows, head_rows)
    return kicker_model().probability(features) >= 0.5


VOICE_CHARS = 8  # a voice says a sentence; a quoted name or slogan is shorter


def _quoted_voice(phrase: str) -> bool:
    """A line that is one quotation whole ("“一斤猪肉便宜了三块钱”"): what a
    voice in the story said, set as a kicker over the headline. (A name or a
    slogan in quotation marks, "“银发志愿队”", is a headline's first words.)"""
    bare = phrase.replace(" ", "")
    return (len(bare) >= VOICE_CHARS + 2 and bare[0] in "“「" and bare[-1] in "”」"
            and sum(bare.count(q) for q in "“「") == 1 and sum(bare.count(q) for q in "”」") == 1)


QUESTION_OPENING = ("如何", "怎样", "怎么", "为何", "为什么", "何以", "谁来", "能否", "该如何", "怎样才能")


def _question_under_statement(upper: str, lower: str) -> bool:
    """"代表委员谈营商环境" over "如何让经营主体敢投、敢闯、敢干": a whole clause
    with its own verb, and under it a question opening on its question
    word; two sentences, the question the headline and the clause above it
    its kicker. (A bare subject over a question, "专精特新企业" / "如何破局",
    is one headline: the question is about it.)"""
    from ..enrich.text import tag_of, words

    found = words(upper.replace(" ", "").replace("\u3000", ""))
    # (not "…将呈现出" / "怎样的发展势头？": a verb waiting for the object the question word qualifies)
    return (lower.strip().startswith(QUESTION_OPENING) and not lower.strip().startswith(("怎样的", "怎么样"))
            and _chars(lower) >= 6 and 6 <= _chars(upper) and not _verb_at_end(upper) and not _waits_for_object(upper)
            and not rx(r"[：:，,？?]$").search(upper.strip())
            and any(tag_of(w).startswith("v") for w in found[1:-1]) and not _bare_subject(upper))


# A kicker that says where the reporter went ("走进…实验室", "探访…市场",
# "聚焦…说明会") or what they found ("记者走访发现", "…调查发现——"): the
# scene of the reportage, set above its headline, never the headline's half.
REPORTAGE_KICKER = rx(r"^(?:走进|探访|走访|直击|聚焦|探秘|实探|蹲点)[^，,：:]{3,}|(?:发现|获悉|了解到)\s*[—-]*$")
# the words a series or column names itself by ("县域商业体系建设观察", "…一线调查")
SERIES_NAME = rx(r"(?:观察|调查|纪实|手记|札记|走笔|观潮|扫描|速递|快评|短评|热评|述评|问答|面对面|大家谈)$")
# "学习贯彻省委十二届七次全会精神": the label of a campaign's series, set over each of its pieces
CAMPAIGN_LABEL = rx(r"^(?:深入|认真)?学习(?:宣传)?贯彻[^，,：:。]{2,24}精神$")
# "环比增长23%", "同比下降4.1%": a change measured, with no subject of its own
COMPARED_OPENING = rx(r"^(?:环比|同比|较上年|比上年|较去年|比去年|较上月|比上月)(?:同期)?(?:增长|下降|上涨|下跌|回落|提高|增加|减少|增|降|涨|跌|扩大|收窄)")
SAYS_MIDLINE = rx(r"^[^：:]{2,}[：:][^：:]{2,}$")
HAN_SPACE = rx(r"(?<=[\u3400-\u9fff”’])[ \u3000]+(?=[\u3400-\u9fff“‘])")


def _joined(phrases: list[str]) -> str:
    """The headline's phrases on one line: a space between them, none after
    a colon, before a bracket ("…公告（第三十六号）"), after a coverb that
    waits for its verb ("把实验室" / "建在产业园里") or a word that waits
    for the next ("…有望" / "进一步下降")."""
    out = ""
    for k, phrase in enumerate(phrases):
        solid = (not out or out.endswith(("：", ":")) or phrase.startswith(("（", "(")) or _coverb_waits(phrases[k - 1])
                 or bool(AWAITING_END.search(out)))
        out += phrase if solid else " " + phrase
    return out


def _couplet(line: str) -> bool:
    """Two or more short phrases of one length set apart by spaces ("积极作为
    坚定前行", "稳中求进 以进促稳"): the parallel lines a main headline is made of."""
    parts = HAN_SPACE.split(line.strip())
    return len(parts) >= 2 and len({_chars(p) for p in parts}) == 1 and 2 <= _chars(parts[0]) <= 7


STANDFIRST_CHARS = 24  # longer than headlines run: a standfirst's sentence


def _standfirst(upper: str, lower: str) -> bool:
    """"县城里的“新青年”" over "返乡创业、远程办公、开一家小店，县城正在成为…":
    a line of clauses longer than any headline, far longer than the short
    title above it, is the standfirst under the title."""
    return (_chars(lower) >= STANDFIRST_CHARS and _chars(lower) >= 1.8 * _chars(upper)
            and bool(rx(r"[，,]").search(lower)))


def _slogan_over_statement(upper: str, lower: str, upper_lines: int = 1) -> bool:
    """"坚持稳中求进　推动高质量发展开好局" over "全省一季度重点项目开工率超过七成":
    a line of two phrases set apart by a space (the watchwords a kicker
    prints) over one long unbroken phrase (the news). A headline broken
    over two lines breaks alike on both: part by part, or mid-phrase."""
    parts = HAN_SPACE.split(upper.strip())
    shortest = min(_chars(p) for p in parts)
    # (or a short phrase under two long watchwords of a length on one line,
    # shorter than either: "坚持以科技创新引领产业创新　推动制造业…迈进" over
    # "新动能加速成长"; a headline broken at a column's edge leaves its last
    # part short ("…智能网联赛道　中国车企奏响" / "出海“多重奏”"), and one
    # wrapped over lines is no line of watchwords)
    watchwords = upper_lines == 1 and 2 * shortest >= max(_chars(p) for p in parts)
    return (len(parts) == 2 and shortest >= 4
            and len(HAN_SPACE.split(lower.strip())) == 1 and " " not in lower.strip()
            and (_chars(lower) >= 10 or (_chars(lower) < shortest and watchwords)))


def _deck(upper: str, lower: str) -> bool:
    """A two-part headline ("混合产品受宠 权益理财回暖") with a short line of one
    phrase under it: the line is a deck (a subtitle printed without its
    dash), not the headline under a kicker."""
    if AWAITING_END.search(upper.rstrip()):
        return False  # "…IP变现成本有望" / "下降": the line stops on a word waiting for the next, which finishes it
    parts = HAN_SPACE.split(upper.strip())  # not the spaces around a Latin word ("逐浪 AI 大模型")
    # (phrases longer than the line under them make a kicker: "海外市场需求回暖叠加产品结构优化
    # 龙头企业海外收入占比超过一半" over "工程机械出口量价齐升")
    return (len(parts) >= 2 and len(parts[-1]) >= 4 and " " not in lower.strip() and _chars(lower) <= 12
            and max(_chars(p) for p in parts) <= max(_chars(lower), 10))


# Pronouns that point back: a line opening on one ("他们把直播间…带回家乡")
# speaks of what the line above names, so it is that headline's deck.
ANAPHORA = ("他们", "她们", "它们", "这些", "这里", "此举", "他", "她")


def _unspaced_under_spaced(phrases: list[str], phrase_rows: list[list[Row]]) -> bool:
    """"省 委 常 委 会 召 开 会 议" over "传达学习…　岳承川主持" set solid: the
    headline in spaced display type, a longer line (or two) of plain type
    under it, is the headline over its deck (a kicker is small type, not
    spaced; the caller asks for a blank line above the pair: right under a
    text, the spaced line may be that text's headline, printed after it)."""
    upper, lower = phrase_rows
    return (all(letter_spaced(r.line.raw) for r in upper) and not any(letter_spaced(r.line.raw) for r in lower)
            and _set_solid(upper, lower) and _chars(phrases[1]) > _chars(phrases[0]))


def _set_solid(upper_rows: list[Row], lower_rows: list[Row]) -> bool:
    """No blank line parts the two phrases."""
    return lower_rows[0].no - upper_rows[-1].no == 1


def _clauses_under_phrase(phrases: list[str], phrase_rows: list[list[Row]]) -> bool:
    """"光伏玻璃行业主动“踩刹车”" over "多家企业冷修窑炉，行业库存天数明显回落": one
    unbroken phrase over a longer line of two clauses parted by a comma is
    the headline over its deck, the way a 副题 backs the news up in detail
    (a kicker over a headline is the shorter line, or a label; two phrases
    parted by a space under a phrase are as often the headline under its
    kicker, as is a line in spaced display type or one a blank line sets apart)."""
    upper, lower = phrases
    clauses = [c for c in rx(r"[，,]").split(lower.strip()) if c]
    return (len(clauses) == 2 and all(_chars(c) >= 4 for c in clauses) and _chars(lower) > _chars(upper) >= 8
            and not rx(r"[，,：:、\s]").search(upper.strip()) and not lower.lstrip().startswith(("—", "-"))
            and _set_solid(*phrase_rows) and not any(letter_spaced(r.line.raw) for r in phrase_rows[1]))


def _same_type(upper_rows: list[Row], lower_rows: list[Row]) -> bool:
    """Where the two phrases meet, both letter-spaced or neither: one display type."""
    return letter_spaced(upper_rows[-1].line.raw) == letter_spaced(lower_rows[0].line.raw)


def _spaced_alike(upper_rows: list[Row], lower_rows: list[Row]) -> bool:
    """"中 秋 假 期 高 速 免 费 通 行" over "这 些 时 段 最 易 拥 堵", set solid:
    both lines letter-spaced, so set in one display type; a deck is smaller
    type under the headline."""
    return (_set_solid(upper_rows, lower_rows)
            and all(letter_spaced(r.line.raw) for r in upper_rows + lower_rows))


def _refers_back(phrase: str) -> bool:
    return first_word(phrase) in ANAPHORA


# A figure with its unit or measure word: "212部", "1.2万名", "10点", "两毛".
QUANTITY = rx(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[多余]?(?:万|亿)?(?:个|部|名|家|元|毛|成|倍|项|天|点|台|辆|吨|座|所|条|次|人|户|套|公里|亿元|万元)")


def _facts(phrase: str) -> bool:
    """"今年已完工212部 下半年再开工300部": facts set as phrases, each with
    its figure, the way a deck (or a kicker) backs the headline up; the
    headline is the line that lists no such figures."""
    parts = HAN_SPACE.split(phrase.strip())
    return len(parts) >= 2 and all(len(p) >= 3 and QUANTITY.search(p) for p in parts)


# A figure with its unit, or a share ("180万台", "五成", "8.2%"); not a
# name with digits in it ("5G").
FIGURE = rx(QUANTITY.pattern + r"|\d(?:\.\d+)?\s*[%％]")
# What a deck opens on: the time frame of the facts it gives ("上半年…",
# "6月…", "三天内…", "前十一个月…"); a figure alone ("3.2万个岗位…") goes on
# a two-part headline as often.
TIME_FRAME = rx(r"^(?:(?:\d+|[一二两三四五六七八九十百千几]+)个?(?:天|年|月|日|周|季度)|[今去明]年|[上下]半年|"
                        r"前[\d一二两三四五六七八九十]+|[一二三四]季度|全年|年内|近[\d一二两三四五六七八九十几]+|截至)")


def _spread_lower(rows: list[list[Row]]) -> bool:
    """The lower phrase letter-spaced across the column ("电力数据看经济" /
    "前 两 月 全 市 工 业 用 电 量 增 长 11.2%", "老 旧 小 区 加 装 电 梯" / "今 年
    再 添 300 部"): display type spread to the column's width is the
    headline's; a deck is set solid."""
    return all(letter_spaced(r.line.raw) for r in rows[-1])


def _figure_deck(upper: str, lower: str) -> bool:
    """"充电基础设施建设提速" over "上半年新增充电桩超过180万台": a line under a
    whole headline that opens on a time frame and backs it with
    figures the headline does not give is its deck (a subtitle printed
    without its dash); the headline says what happened, the figures come
    under it. A headline broken in two ("西部陆海新通道" / "班列开行突破1万列")
    goes on with its own subject or verb, not with a new time frame."""
    upper, lower = upper.strip(), lower.strip()
    if len(HAN_SPACE.split(upper)) == 2 and all(4 <= _chars(p) <= 9 for p in HAN_SPACE.split(upper)):
        # "新动能加快成长　贸易结构持续优化" over "前4个月货物贸易进出口同比增长5.3%":
        # two parallel phrases over a line of facts are the kicker over its headline
        return False
    return (bool(TIME_FRAME.match(lower) and FIGURE.search(lower)) and not rx(r"\d").search(upper)
            and not FIGURE.search(upper) and _chars(upper) >= 6 and upper[-1:] not in FUNCTION_END + "：:，,"
            and len(rx(r"[\u3400-\u9fff]").findall(lower)) >= 4 and _chars(lower) <= 24  # a phrase, not a figure alone
            and not _bare_subject(upper))


SUBJECT_CHARS = 7  # shorter phrases over a headline are labels ("政策解读", "基金经理手记", "对话创新者")


def _subject_over_predicate(upper: str, lower: str) -> bool:
    """A phrase with no verb over a line that opens on one: a headline
    broken between its subject and its predicate, no kicker over a
    headline (a kicker says something whole, with its own verb)."""
    from ..enrich.text import tag_of, words

    if (_chars(upper) < SUBJECT_CHARS or lower.lstrip()[:1] in "—-－" or " " in upper.strip() or rx(r"[：:，,、]").search(upper)
            or SERIES_NAME.search(upper.strip()) or genre_label(upper) or not _bare_subject(upper)):
        return False
    found = words(lower.replace(" ", ""))
    return bool(found) and tag_of(found[0]).startswith("v")


def _bare_subject(phrase: str) -> bool:
    """No verb in the phrase: a subject whose predicate the next line brings
    ("澄江农村电商") or a question set over the news ("“金九”成色几何"), not a
    whole headline that says what happened ("充电基础设施建设提速"). (jieba
    tags some verbs as places, "…线路加密": a place-tagged last word leaves
    the phrase whole.)"""
    from ..enrich.text import tag_of, words

    found = words(phrase.replace(" ", ""))
    last = tag_of(found[-1]) if found else ""
    return not any(tag_of(w).startswith("v") for w in found) and not last.startswith("ns")


FIGURE_END = rx(r"(?:" + QUANTITY.pattern + r"|\d(?:\.\d+)?\s*[%％])$")


def _figure_kicker(upper: str, lower: str) -> bool:
    """"前10个月全市外贸进出口增长9.6%" over "桐阳外贸跑出“加速度”", "62个品种
    平均降价53%" over "九省联盟药品集采结果7月起执行": a statement of figures,
    opening on its time frame or a count and closed by its figure, over a
    line that gives none and opens on its own subject is the kicker over
    the headline (the figures set the scene, the headline says what they
    mean). A headline broken in two opens on its subject ("光伏组件价格跌破
    每瓦0.8元" / "二线厂商加速出清") or goes on with its verb ("…突破60万户" /
    "创历史新高")."""
    from ..enrich.text import tag_of

    upper, lower = upper.strip(), lower.strip()
    opens_on_figures = bool(TIME_FRAME.match(upper) or QUANTITY.match(upper))
    return (opens_on_figures and bool(FIGURE_END.search(upper)) and _chars(upper) >= 6 and _chars(lower) >= 6
            and not rx(r"^(?:左右|以上|以下|以内|上下|之多|有余)").match(lower)  # "…设定为5%" / "左右…": the figure goes on
            and not FIGURE.search(lower) and not tag_of(first_word(lower)).startswith("v"))


FLOWING_COLUMN = 50  # characters: lines this long are whole paragraphs, nothing was wrapped


def _apart_in_flowing_text(phrases: list[str], rows: list[list[Row]]) -> bool:
    """"体育产业呼唤赛事IP化" / "赛事IP价值凸显", each set apart, where the text
    runs in whole paragraphs of a hundred characters a line: extraction
    wrapped nothing, so the shorter line under a complete headline is its
    deck (or first crosshead), not the headline's second line. (A line that
    stops on a function word was broken on purpose and goes on.)"""
    upper, lower = phrases
    column = rows[0][-1].column
    return (column >= FLOWING_COLUMN and not _set_solid(rows[0], rows[1]) and _chars(lower) < _chars(upper)
            and not _waits_for_object(upper) and upper.rstrip()[-1:] not in FUNCTION_END + "：:，,"
            and " " not in lower.strip() and _two_part(upper, lower))


def _answer_under_question_headline(upper: str, lower: str) -> bool:
    """"“存款搬家”搬向哪儿？" over "大额存单“秒光”理财规模回升　储蓄型保险走俏":
    a headline asks, the longer line under it answers with the facts: its
    deck. (A kicker sets the scene; it does not ask.)"""
    upper, lower = upper.strip(), lower.strip()
    return (upper[-1:] in "？?" and lower[-1:] not in "？?" and _chars(lower) >= _chars(upper) + 4
            and len(HAN_SPACE.split(lower)) >= 2)


def _deck_under_broken_headline(phrases: list[str], rows: list[list[Row]]) -> bool:
    """"公募基金二季度" / "加仓红利资产" / "部分绩优基金经理转向关注出海链": two
    short lines of a length, each on its own line, are a headline broken on
    purpose near its middle (a kicker is one line); a line under them longer
    than both is its deck."""
    if len(phrases) == 2 and len(rows[0]) >= 2 and len(rows[1]) == 1 and rows[0][-1].width <= rows[0][0].width - 3 \
            and rx(r"[，,]").search(phrases[1]) and _chars(phrases[1]) >= 10 and not rx(r"[，,]").search(phrases[0]):
        # "换电模式：重卡电动化的" / "“加速器”" / "从示范运营到规模推广，还有几道坎？":
        # the headline wrapped and stopped short of its first line's width;
        # the line of clauses under it is its deck
        return True
    if len(phrases) != 3 or any(len(r) != 1 for r in rows):
        return False
    a, b, c = (_chars(p) for p in phrases)
    return max(a, b) <= 8 and abs(a - b) <= 2 and c >= 1.5 * max(a, b) and " " not in phrases[2].strip()


# A line under the headline that opens with a label of what follows
# ("产品特点：…", "记者观察：…", "相关链接：…") is a deck, not the headline.
# "（2035年3月28日澄川省第十四届人民代表大会常务委员会第十二次会议通过）",
# "（摘要）": a note in brackets under a document's title says when it was
# adopted or its form; it is no headline. (An act's number, "（第三十六号）",
# is its title's own: "…常务委员会公告（第三十六号）".)
TITLE_NOTE = rx(r"[（(][^（）()]{2,60}[）)]")
LABELLED_DECK = rx(r"^[\u3400-\u9fff]{0,4}(?:特点|亮点|看点|观察|点评|链接|背景|提示|焦点|解读|视点|声音|数据|案例)\s*[：:]\s*\S")


def _answer_under_question(upper: str, lower: str) -> bool:
    """"斑马线为何半年没补画？" over "相关部门：本月底前完成梅园路交通标线施划": a
    headline that asks, and under it who answers and what, after a colon:
    the answer is the deck."""
    return upper.rstrip().endswith(("？", "?")) and bool(rx(r"^[\u3400-\u9fff]{2,8}[：:]\s*\S{4,}").match(lower.strip()))


# "【短评】出海更要重质量": a genre's or column's word in brackets (not a
# place's, which digest items keep in their titles: "【合肥】…")
BRACKETED_LABEL = rx(r"^(?P<label>【[^】]{0,3}(?:评|论|语|谈|观察|链接|提示|速览|视点|声音|解读|手记|关注|聚焦|快讯|简讯|动态|话题)】)"
                             r"\s*(?P<title>[^【】\s].{3,})$")


# (jieba tags some of these as nouns: 印发/nz)
ISSUING_VERB = rx(r"(?:印发|发布|出台|公布|颁布|转发|审议通过|签署|批复)$")


def _verb_at_end(phrase: str) -> bool:
    """The phrase's last word is a verb ("…下调", "…显现")."""
    from ..enrich.text import tag_of

    return tag_of(last_word(phrase)).startswith("v")


def _kicker_of_three_decks(upper: str, lower: str, rows: list[list[Row]]) -> bool:
    """Two display lines over a subtitle make a headline of three decks,
    引题 over 主题 over 副题: the upper line is the kicker ("扩大内需政策效应持续显现"
    over "一季度国民经济开局良好" over "——国内生产总值…"), unless the headline
    broke across the two in mid-phrase or the lower line is a short rest
    too slight to stand alone ("让企业安心发展" / "放心投资"), or the upper line
    fills the column's width over a shorter one (a headline wrapped at the
    column), or the upper line is a coverb and its object waiting for the
    verb below ("让养老理财产品" / "更好守护“钱袋子”"). A kicker says
    something whole: an upper line with no verb is the headline's subject ("岑州港集装箱吞吐量" / "首破五百万标箱"), and one
    ending on a verb that waits for its object goes on below ("多家中小银行
    下调" / "大额存单利率", "…要回到" / "服务本地的本源上来")."""
    from ..enrich.text import tag_of

    a, b = _chars(upper), _chars(lower)
    verb_at_end = _verb_at_end(upper)
    edge, column = rows[0][-1].width, rows[0][-1].column
    cut_at_column = bool(column) and abs(edge - column) <= 1 and rows[1][-1].width < edge
    parts = HAN_SPACE.split(rows[0][-1].line.raw.strip())
    # "应时代之变  邮储" / "银行夯实科技底座": the upper line's last phrase
    # barely begun (a couplet's phrases run alike) goes on below
    begun = len(parts) >= 2 and _chars(parts[-1]) <= 3 and 2 * _chars(parts[-1]) < _chars(parts[-2])
    opener = first_word(lower)
    # "证监会汇聚合力强信心" / "推动资本市场高质量发展": a lower line opening on
    # its verb has no subject of its own; it goes on from the upper one
    # (a causative opens a headline whole: "让“链主”带起一条链")
    shares_subject = tag_of(opener).startswith("v") and opener not in CAUSATIVES
    return (b >= 6 and 2 * b > a and not cut_at_column and not begun and not shares_subject
            and not upper.rstrip().endswith(("：", ":")) and not _waits_for_object(upper) and not _coverb_waits(upper)
            and not one_phrase(rows[0][-1].text, rows[1][0].text)
            and not _bare_subject(upper) and not (verb_at_end and _nominal(lower))
            and not (verb_at_end and last_word(upper)[-1:] in OBJECT_COMPLEMENTS))


CAUSATIVES = frozenset({"让", "使", "令", "叫", "请", "助", "帮"})


def _nominal(phrase: str) -> bool:
    """Nouns, numbers and measures only ("大额存单利率"): the object a verb
    waits for, no headline of its own."""
    from ..enrich.text import tag_of, words

    found = words(phrase.replace(" ", ""))
    return bool(found) and all((tag_of(w)[:1] or "x") in "njmqrtfs" for w in found)


OBJECT_COMPLEMENTS = "到向成为于至"  # "回到", "走向", "变成", "用于": the verb's object must follow


def _lead_name(raw: str) -> list[str]:
    """"郑敏芝　东川省律师协会…委员": the name before where its bearer works."""
    bio = AUTHOR_BIO.match(raw.strip())
    first = raw.split()[0] if bio else ""
    return [first] if first and person_names(first) == [first] else []


def _columnist_name(raw: str) -> list[str]:
    """"文：蔡詠琪　註冊財務策劃師" -> ["蔡詠琪"]."""
    found = NAME_SPACE_POST.match(raw.strip())
    return [found.group("name")] if found else []


def _speaker_name(raw: str) -> list[str]:
    """"省政协委员　冷霁川" under a headline: the member's post, then the name that signs."""
    found = post_and_name(raw) or OFFICE_NAME.match(raw.strip())
    return [found.group("name").replace(" ", "")] if found else []


SLOGAN_CHARS = 10  # a firm's slogan in one phrase ("点亮每一块屏")
PAGE_LABEL_CHARS = 6  # a page's or column's label over a headline runs to a few characters ("企业风采")
# A firm's registered name: a profile's headline on a sponsored page
LEGAL_NAME = rx(r"[●■◆▲]?[\u3400-\u9fff（）()]{2,24}(?:有限责任公司|股份有限公司|有限公司|专业合作社)")


def _profile_slogan(phrases: list[str], group: HeadGroup) -> str | None:
    """"岚江恒远重工集团有限公司" over "铸大国重器　创百年恒远", no byline: a
    firm's profile, its registered name the headline and its slogan under
    it. (A firm's short name over a news headline, "和利时科技集团", is the
    page's sponsor: a label.)"""
    if len(phrases) < 2 or group.of(BYLINE) or group.of(SUB) or any(_chars(p) > PAGE_LABEL_CHARS for p in phrases[:-2]):
        return None  # (a page's label may stand above: "企业风采")
    firm, slogan = (p.replace(" ", "") for p in phrases[-2:])
    # (a slogan is two phrases set apart or a short one: a news headline
    # under an advert's signature is no slogan, "省级农产品电商直播基地增至46个")
    slogan_like = _couplet(phrases[-1]) or _chars(slogan) <= SLOGAN_CHARS
    return phrases[-1] if LEGAL_NAME.fullmatch(firm) and not FIRM.search(slogan) and slogan_like else None


def headline_of(group: HeadGroup) -> Headline:
    out = Headline()
    head_rows = [row for u in group.units for row in u.rows]
    lines = [clean_headline(row.line.raw) for row in head_rows]
    phrases, phrase_rows = _phrases(lines, head_rows) if lines else ([], [])
    slogan = _profile_slogan(phrases, group)
    if slogan:
        phrases, phrase_rows = phrases[:-1], phrase_rows[:-1]
    # A word or two beside the headline ("记者手记", "观察") is the column's
    # label; a firm's name alone beside it ("和利时科技集团") is its sponsor's.
    # (a phrase ending on a colon introduces the line under it: "泊阳：" / "从…")
    # (nor does a coverb waiting for its verb: "把实验室" / "建在产业园里")
    labels = [p for p in phrases if (len(p.replace(" ", "")) <= 4 and not p.rstrip().endswith(("：", ":"))
                                     and not _coverb_waits(p))
              or FIRM.fullmatch(p.replace(" ", "")) or _label_word(p)]
    wrapped = len(head_rows) >= 2 and head_rows[-1].no == head_rows[-2].no + 1 \
        and lines[-1] == phrases[-1]  # no blank line parts it from the line above
    if wrapped and labels and labels[-1] == phrases[-1] and phrases[-2] not in labels \
            and not FIRM.fullmatch(phrases[-1].replace(" ", "")) and not SERIES_NAME.search(phrases[-1].strip()):
        # A word or two right under the headline is the rest of its line
        # ("混合产品受宠权益" / "理财回暖"); a column's label stands above or beside.
        labels.pop()
        phrases[-2:] = [clean_headline(phrases[-2] + phrases[-1])]
        phrase_rows[-2:] = [phrase_rows[-2] + phrase_rows[-1]]
    solid = head_rows[_last_solid_run(head_rows):]
    if _narrow_display(solid):
        # "老茶园" / "焕发新生机" set solid in a narrow strip: a short line is
        # the headline's first, unless it names a genre ("嘉宾观点")
        lines_of_run = {clean_headline(r.line.raw) for r in solid}
        labels = [p for p in labels if p not in lines_of_run or _label_word(p)]
    if len(phrases) >= 2 and STOCK_ITEM.match(phrases[-1]):
        labels = phrases[:-1]  # "公司公告摘要" / "002871　华锦股份": the digest's label over its first item
    if len(labels) == len(phrases):
        # (all short: a genre's label still labels the headline under it, "诗歌" / "春耕")
        labels = [p for p in phrases[:-1] if _label_word(p)]
    kept = [k for k, p in enumerate(phrases) if p not in labels]
    phrases, phrase_rows = [phrases[k] for k in kept], [phrase_rows[k] for k in kept]
    deck = None
    # (under a dashed subtitle the line above it is the main headline, not a
    # second subtitle printed without its dash: 引题 / 主题 / ——副题)
    # (a main headline as long as each phrase of the couplet over it at least:
    # a short rest under long phrases, "…助力科创" / "企业加速跑", is one headline wrapped)
    dashed = any(rx(r"^[—―─-]{1,2}").match(r.text.strip()) for r in group.of(SUB))
    dashed_sub = (dashed and len(phrases) >= 2
                  and _chars(phrases[-1]) >= max(_chars(p) for p in HAN_SPACE.split(phrases[-2].strip())))
    # (under a series' name and its part, "改革开放再出发·南衡四十年", the line is the headline)
    if len(phrases) >= 2 and not SERIES_PART.fullmatch(phrases[-2].replace(" ", "")) \
            and not (_quoted_voice(phrases[-2]) and not _quoted_voice(phrases[-1])) \
            and ((_deck(phrases[-2], phrases[-1]) and not dashed_sub) or LABELLED_DECK.match(phrases[-1].strip())
                              or (TITLE_NOTE.fullmatch(phrases[-1].strip()) and not ACT_NUMBER.match(phrases[-1].strip()))
                              or _answer_under_question(phrases[-2], phrases[-1])
                              or (_facts(phrases[-1]) and not _facts(phrases[-2]))
                              or (_refers_back(phrases[-1]) and not _spaced_alike(phrase_rows[-2], phrase_rows[-1]))
                              or (len(phrases) == 2 and _figure_deck(phrases[0], phrases[1]) and not dashed
                                  and not _spread_lower(phrase_rows))
                              or _deck_under_broken_headline(phrases, phrase_rows)
                              or _standfirst(phrases[-2], phrases[-1])
                              or (len(phrases) == 2 and group.units[0].blank_before and _unspaced_under_spaced(phrases, phrase_rows))
                              or (len(phrases) == 2 and _clauses_under_phrase(phrases, phrase_rows))
                              or (len(phrases) == 2 and _apart_in_flowing_text(phrases, phrase_rows))
                              or (len(phrases) == 2 and _answer_under_question_headline(phrases[0], phrases[1]))):
        deck = phrases.pop()
        phrase_rows.pop()
    deck = deck or slogan
    if phrases:
        start = len(phrases) - 1  # the headline is phrases[start:], what stands above it its kicker
        # (over a subtitle, "5月棠溪新房成交" / "环比增长23%" is one headline: a
        # change measured needs what changed, on the line above)
        while start > 0 and not (len(phrases) == 2 and group.of(SUB) and _kicker_of_three_decks(*phrases, phrase_rows)
                                 and not COMPARED_OPENING.match(phrases[1].strip())) \
                and same_headline(phrases[start - 1], phrase_rows[start - 1], " ".join(phrases[start:]),
                                  [r for rows in phrase_rows[start:] for r in rows], head_rows):
            start -= 1
        out.title = _joined(phrases[start:])
        title_rows = [r for rows in phrase_rows[start:] for r in rows]
        # (a label set solid over it in the strip, "【梅里迪亚】", is of the wrapped run too)
        if _wrapped_in_narrow_column(title_rows) or (_narrow_display(title_rows) and _wrapped_in_narrow_column(solid)):
            out.title = clean_headline("".join(phrases[start:]))  # broken by the column's width, not between phrases
        out.kicker = " ".join(phrases[:start]) or None
    label = BRACKETED_LABEL.match(out.title or "")
    if label:
        labels.append(label.group("label"))  # "【短评】出海更要重质量": the column's label, run into the headline
        out.title = label.group("title")
    subs = ([deck] if deck else []) + [r.text for r in group.of(SUB)]
    out.subtitle = "".join(x if not k or subs[k - 1][-1:] in "，,、；;：:“（《" or word_crosses(subs[k - 1], x)
                           or figure_split(subs[k - 1], x) else " " + x
                           for k, x in enumerate(subs)) or None  # a subtitle wrapped after a comma, or inside a word, reads on
    if not out.title and subs:
        out.title, out.subtitle = subs[0].lstrip("—-─ "), " ".join(subs[1:]) or None
    out.section = " ".join([r.text for r in group.of(SECTION)] + labels) or None
    bylines = group.of(BYLINE)
    if bylines:
        out.byline = " ".join(r.line.raw for r in bylines)
        raws: list[str] = []
        for row in bylines:
            if raws and name_cut_at_edge(raws[-1], row.line.raw):
                raws[-1] += row.line.raw.strip()  # "…实习生　宁贝" / "可": one name, cut at the line's edge
            else:
                raws.append(row.line.raw)
        for raw in raws:
            text = rx(r"\s+").sub("", raw)
            parsed = parse_byline(raw) or closing_byline("。" + text) or reader_signature(raw)  # "（赵 舟）" on its own line, "读者　郑小满"
            if parsed is None and raw.strip()[:1] in "—－":
                parsed = parse_byline(raw.strip().lstrip("—－ "))  # "——晏清和（…学院院长）": a signature after a dash
            names = parsed.authors if parsed else []
            if parsed is None:
                # names alone, under their role or the headline ("王 芳  陈建国", "刘 畅 钟 华")
                names = bare_names(raw) or ([text] if rx(r"[\u3400-\u9fff]{2,4}").fullmatch(text) else []) \
                    or _lead_name(raw) or _speaker_name(raw) or names_with_affiliations(raw) or _columnist_name(raw)
            out.authors += [n for n in names if n not in out.authors]
    return out
