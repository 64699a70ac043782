"""What one printed line is, read from its own shape.

Each line gets a role from conventions of Chinese print that hold whatever
the paper: page furniture (a header or footer naming the date, weekday,
paper, page or section), bylines and photo credits, author notes, editor
credits, jump lines, tables of contents, adverts and contact matter,
subtitles opened by a dash. Everything else is TEXT: running text,
headlines and crossheads, told apart later from where the line stands.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..clean import MAX_OVERPRINT, MIN_OVERPRINT, CJK_CHAR, ends_sentence, squeeze_spaces, undo_bold_overprint, width_of
from ..model import Line
from .bylines import FOLD, NAME_THEN_POSTS, OFFICE_NAME, OUTLET_NEWS, REPRINT_OPENING, ROLE, TRADITIONAL_FORM, PAPER_ENDING, POSTS, SPEAKER, SPEAKER_POSTS, STAFF_OPENING, bare_names, closing_byline, name_cut_at_edge, parse_byline, post_and_name, reader_signature, split_dateline, split_photo_credit, split_trailing_byline
from ..regex_cache import compile as rx

TEXT, BLANK, FURNITURE, BYLINE, CREDIT, NOTE, EDITOR, JUMP, TOC, AD, SUB, FIGURE, SECTION = (
    "text", "blank", "furniture", "byline", "credit", "note", "editor", "jump", "toc", "ad", "sub", "figure", "section")
REPEAT = "repeat"  # a stretch the text layer holds twice: the stray copy

HAN = rx(r"[\u3400-\u9fff]")
DATE = rx(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}")
SHORT_DATE = rx(r"(?:^|(?<=\s))\d{1,2}\s*月\s*\d{1,2}\s*日")
ISSUE = rx(r"(?:19|20)\d{2}\s*年\s*(?:第\s*\d{1,2}\s*期|\d{1,2}\s*月(?:[刊号]|[上下](?![\u3400-\u9fff])))|总第\s*\d{1,4}\s*期")  # ("2034年5月下": a fortnightly's second issue of May)
WEEKDAY = rx(r"星期[一二三四五六日天]|周[一二三四五六日]")
PAGE_NO = rx(r"第\s*[A-Z]?\s*\d{1,3}\s*版|(?<![A-Za-z0-9])[A-H]\s?\d{1,2}(?![0-9])|\d{1,3}\s*版")
PAPER = rx(r"[\u3400-\u9fff0-9]{1,10}(?:" + PAPER_ENDING + r")(?=\s|$|\d|[A-Z])")
OPENERS, CLOSERS = "“‘《（(「『【", "”’》）)」』】"


def _unbalanced(text: str) -> bool:
    """More quotation, title or bracket marks open than close."""
    return sum(text.count(c) for c in OPENERS) > sum(text.count(c) for c in CLOSERS)


MONTH_ISSUE = rx(r"(?:19|20)\d{2}(?:[./]\d{1,2}|年\d{1,2}月(?:[上中下]旬|刊|号)?|年第\d{1,2}期|\.\d{1,2}[上下])")  # "2030.05", "2030年5月"
BARE_PAGE = rx(r"^[-—–·\s]*(?:第\s*)?[A-H]?\s*\d{1,3}\s*(?:版|页)?[-—–·\s]*$")
# ("（上接第一版）": a page number in Chinese numerals names its 版 or 页)
# ("（上接4月19日本版）": a serial's instalment goes on from the day's issue before)
# ("▶下转5版": an arrow may point the way)
JUMP_LINE = rx(r"^[▶►▷→➤☞]?\s*[（(]?\s*(?:上接|下转|转|接|续|紧接|转自|续前)(?:第)?\s*(?:[A-Z]?\s*\d{1,3}\s*(?:版|页)?|[一二三四五六七八九十]{1,3}\s*(?:版|页)"
               r"|\d{1,2}月\d{1,2}日\s*(?:本版|第\s*\d{1,3}\s*版))\s*[）)]?$")
EDITOR_CREDIT = rx(
    r"^[（(［\[]?\s*(?:(?:本版)?(?:责任编辑|主编|执行主编|值班编辑|值班主任|夜班编辑|首席编辑|版面编辑|责编|编辑|美编|美术编辑|校对|审校|版式设计|版式|统筹|策划|制图|终审|照排|组版|排版)"
    r"|(?:本版|本栏)(?:撰稿|文字))\s*[:：|｜│]?\s*"  # ("本栏撰稿｜X　Y　Z": one credit for all of a column's items)
    r"NAMES(?:(?:\s*[|｜│]\s*|\s+)(?:责任编辑|英文编辑|美编|美术编辑|版面编辑|校对|审校|审核|终审|责编|版式设计|版式|制图|制作|照排|组版|排版|编辑)\s*[:：|｜│]?\s*NAMES)*\s*[）)］\]]?$"
    .replace("NAMES", r"NAME(?:[\s、]+NAME){0,2}")  # "本版编辑　石可　鲍雨桐": a role may name two or three
    .replace("NAME", r"(?:[\u3400-\u9fff](?: ?[\u3400-\u9fff]){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"))  # letter-spaced ("刘 畅"), or Latin ("Lily Zhou")
# "本版图片由新华社提供": who shot or gave the pictures of a whole page,
# printed once; staff credit, not a headline (a credit naming the writers
# is a byline: bylines.STAFF_CREDIT).
PICTURE_CREDIT = rx(STAFF_OPENING + r"(?:图片|照片|图表)?(?:均|皆|全部)?由"
                            r"[^，。；！？,;!?]{2,24}(?:摄影|拍摄|提供|制图|绘制)[）)]?$"
                            # "本版照片除署名外均为本报记者摄"
                            r"|^[（(]?本(?:版|期|刊)(?:图片|照片)(?:除署名外)?(?:均|皆|全部)?(?:为|系|由)[^，。；！？,;!?]{2,24}(?:摄|摄影|拍摄|提供)[）)]?$")
# "2026年12月8日" alone: the date closing a notice, a letter or a speech (or a header's, apart)
DATE_ALONE = rx(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$")
# "鹭汀市气象台9月21日17时发布": the office that issued a forecast or a notice
# and when, under the box of it: end matter, no headline
ISSUED_AT = rx(r"^[\u3400-\u9fff]{2,16}(?:台|局|站|中心|委员会|办公室|指挥部)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日"
               r"(?:\s*\d{1,2}[时:：]\d{0,2}分?)?\s*发布$")
# "（作者系…）", "作者简介：…", "［作者单位］…"; "（中国城市出版社2024年10月出版）": a book note's imprint
NOTE_LINE = rx(r"^[（(]\s*(?:作者|本文作者|本文|文中)|^[［\[【]?作者(?:简介|单位)[］\]】]?\s*[:：]?(?<=[:：］\]】])|^(?:本文)?(?:原载|刊载|发表)于.{0,40}转载"
                       r"|^(?:本文)?作者(?:系|为|是)[^。！？]{2,40}$"  # "作者为…研究所研究员", a columnist's post, unbracketed
                       r"|^[（(][^（()）]{2,30}出版社[^（()）]{0,20}出版[）)]$")
# "全文约6800字，阅读约需17分钟": a magazine's note of a feature's length, under its credits
READING_TIME = rx(r"^(?:(?:全文|本文)(?:共|约)?\s*[\d,，.]+\s*[余多]?字[，,\s]*)?(?:预计)?阅读(?:时间|时长)?(?:约需|约|需要|需)?\s*[:：]?\s*约?\s*[\d.]+\s*分钟$"
                  r"|^(?:全文|本文)(?:共|约)\s*[\d,，.]+\s*[余多]?字$")
DOCUMENT_NUMBER = rx(r"^[\u3400-\u9fff]{1,12}[〔［\[]\d{4}[〕］\]]\s*\d{1,4}\s*号$")
# "关键词⑦　以旧换新", "两会观察③", "系列报道之三": the numbered label of a
# series, set above each instalment's headline
SERIES_MARK = rx(r"[\u2460-\u2473\u2776-\u277f]|系列[\u3400-\u9fff]{0,4}之[一二三四五六七八九十]+")


def series_label(text: str) -> bool:
    """The line is a series' numbered label ("关键词⑦　以旧换新"), no quotation left open in it."""
    return bool(SERIES_MARK.search(text)) and not _unbalanced(text)


# "新华社发（路易斯·罗沙摄）": an agency's picture, its photographer in brackets
# ("（资料图片　澄屿高新区管委会供图）", "（江月娥　供图）": an archive's picture, and who gave it)
EXTRA_CREDIT = rx(r"^[（(]?\s*(?:资料图片(?:\s+[\u3400-\u9fff]{2,16}\s*供图)?|(?:图片|照片)由[^，。；！？,;!?]{2,20}提供|[\u3400-\u9fff]{2,6}社发(?:\s*[（(][\u3400-\u9fff·\s]{2,24}摄[）)])?|[\u3400-\u9fff]{2,10}\s?供图|图片来源\s*[:：].{1,20}|[\u3400-\u9fff·\s]{2,24}摄)\s*[）)]?$")
TOC_LINE = rx(
    r"↗|^-?\s*P\d{1,3}\s+\S|\sP\d{1,3}$|(?:\.{3,}|…{2,}|·{3,})\s*[A-Z]?\d{1,3}$|^[A-Z]\d{1,2}~[A-Z]?\d{1,2}$|"
    r"^[A-Z]?\d{1,3}\s*[—–~－-]\s*[A-Z]?\d{1,3}\s+[\u3400-\u9fff]|"  # "T02—T03　年度综述": a range of pages, then what is there
    r"[\u3400-\u9fff]\s+[A-Z]\d{1,2}$|^[\u3400-\u9fff]{2,20}(?:\s+[\u3400-\u9fff]{2,20}){0,4}\s+\d{1,3}$")
# "（详见第4版）", "（全文见第六版）": a guide's pointer under a blurb, to where the piece is printed
SEE_PAGE = rx(r"^[（(]?\s*(?:详见|见|全文见|详情见|更多内容见|阅读全文见)\s*(?:第)?\s*(?:[A-Z]?\s*\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:版|页)\s*[）)]?$")
EMAIL_OR_URL = rx(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.[\w-]+\.|\.(?:com|cn|net|org)\b", re.I)
CONTACT = rx(
    r"电话|热线|传真|邮编|邮政编码|地址[:：]|ISSN|CN\s?\d|刊号|连续出版物号|广告|扫码|二维码|定价|零售价|订阅|征订|证券代码|股票代码|证券简称|邮发代号|"
    r"许可证|主办|出版|官方微博|官方微信|官方APP|公众号|官方店|商城|印刷[:：]|发行[:：]|版权声明|法律顾问|邮箱|网址|请寄[:：]")
# (a masthead's departments, not a ministry speaking in a headline: "人社部：…")
MASTHEAD_LABEL = rx(r"^(?:版权声明|免责声明)[：:]|^[\u3400-\u9fff]{0,6}(?:(?:编辑|发行|设计|市场|广告|出版|经营|媒体|总)部|单位|社长|总编辑|副总编|主编|助理|顾问|联系人|发行|印刷|定价|邮编|刊名|拼音|登记)\s*[：:]\s*\S")
# "图1 …", "表2：…", "图表：…": a chart's or table's title (as printed, with its space)
FIGURE_TITLE = rx(r"^(?:图|表)\s*\d{1,2}(?:[\s:：.．、]|$)|^(?:图表|统计图|示意图|表|图)\s*\d{0,2}\s*[:：]")
# "越南  2024年5月  1.5  2.8": a table's row, its cells set apart by spaces, two or more of them figures
TABLE_CELL = rx(r"^(?=\S{1,14}$)(?:[^\s，。；！？,;!?]|(?<=\d),(?=\d{3}))+$")  # (a figure's thousands parted by commas: "18,420")
FIGURE_NOTE = rx(r"^[（(]?(?:数据来源|资料来源|来源|单位|注|截止日期|截至日期|制表)\s*[:：]")
# "2020年  330", "2024年10月 7020", "一季度 5.3%": a time series' row in a chart or table
SERIES_ROW = rx(r"^(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月|[一二三四]季度|上半年|前三季度)\s+[-+]?\d[\d.,]*\s*%?$")
# An interview's deck, printed under its headline with or without a dash:
# "访统一股份总经理兼统一石化CEO李嘉" (not 访问, 访谈, 访客, 访华…, nor the
# rest of "采|访了多名…、" broken over two lines).
INTERVIEW_DECK = rx(r"^访(?![问谈客华美日欧俄查视了过到])[^，。；！？,;!?]{4,39}[^，。；！？,;!?、]$")
SPEAKING_BODY = rx(r"(?:部|局|委|署|厅|办|院|行|会|所)$")  # a ministry, bureau, bank… that a headline quotes
NAMED_PLACE = rx(r"(?:村|镇|乡|县|市|省|街道|社区|园区|厂|矿|站|场)$")  # "石滩村：土地托管…": a place or a works, not a person, heads it
# "问：", "记者：", "读者问：", "律师答：": a turn of an interview or a Q&A
INTERVIEW_TURN = rx(r"^(?:(?:读者|企业|网友|市民|听众|观众)?问|(?:律师|专家|法官)?答|记者|主持人|Q|A)\s*[：:]")
# "《财经》：下一步化债的重点是什么？", "中国青年报：…您怎么看？": the paper or
# magazine asking, in its own name, the question of an interview
OUTLET_QUESTION = rx(r"^(?:《[^》]{1,12}》|[\u3400-\u9fff]{2,8}(?:报|刊|杂志|周刊|网|台|社))\s*[：:].{4,}[？?]$")
# "（据新华社）", "（新华社特稿）", "（来源：新华社）": where an item came from, printed under it
SOURCE_CREDIT = rx(r"^[（(]\s*(?:据|来源\s*[:：]\s*)?(?:新华社|中新社|[\u3400-\u9fff]{2,6}(?:通讯社|社|报|网|台))(?:特稿|专特稿|专电|电|消息|报道)?\s*[)）]$"
                           r"|^[（(]\s*(?:本版|本文|以上)?据[^（()）]{2,30}(?:综合|整理|编译|编辑)\s*[)）]$")  # "（本版据新华社、本报综合）"
AFFILIATIONS = rx(r"^[（(]\s*1\s*[.．、]")  # "（1.中国人民大学 经济学院，北京 100872；2.…）"
# "（霁川省社会科学院　经济研究所，霁川　汀阳　410003）": one affiliation, its city and postcode
POSTED_AFFILIATION = rx(r"^[（(][^（()）。]{4,80}\d{6}\s*[)）]$")
JOURNAL_META = rx(r"^(?:中图分类号|文献标识码|文章编号|DOI|doi|收稿日期|基金项目)\s*[:：]")
# Authors of a journal article, each with the number of the affiliation below
# printed against the name ("王立新1，赵 敏2"; not a contents entry "钮钦 1").
JOURNAL_AUTHORS = rx(r"^[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){1,3}\d(?:[,，]\d)*(?:\s*[，,、]\s*[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){1,3}\d(?:[,，]\d)*){1,5}$")
SUBTITLE = rx(r"^(?:[—─-]{2}|―)\s*\S")  # ("—-": a dash pair as OCR reads it)
# "厉承远讲话　贺镜川主持　庞望舒　岑怀德出席": a meeting report's deck, who spoke,
# who chaired, who attended (a party daily prints it under the headline, no dash)
MEETING_PART = r"[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4})*(?:讲话|主持|出席|参加|致辞|陪同)(?:并讲话)?"
MEETING_DECK = rx(rf"^(?:{MEETING_PART}\s+)+{MEETING_PART}$")
DANGLING = "的地得和与及或在对为将把从向被让给跟同以于是之并而且但时"  # no headline ends on these words
# "…是怎样织成的", "…是如何做到的": a 的 closing a 是 construction ends the sentence.
SHI_DE = rx(r"是[^，,。；;：:、]{1,12}的$")

AUTHOR_BIO = rx(r"^(?:[\u3400-\u9fff]{1,3}\s+){1,3}(?P<where>\S[^。！？]{3,60})$")
INSTITUTION = rx(r"大学|学院|研究院|研究所|研究中心|研究基地|协会|学会|委员会|公司|集团|中心|院士|教授|研究员|经济师|咨询师|秘书长|主任|院长|所长|专家")
SIGNATURE = rx(r"^(?:特邀评论员|本刊评论员|本报评论员|评论员|特约撰稿人|总编辑|主编|执行主编|社长)$")
# Two or three phrases of three or more characters parted by spaces, with no
# punctuation: a headline's way of setting phrases apart, not running text's.
PHRASE_SPACED = rx(r"[\u3400-\u9fff“”‘’0-9A-Za-z%]{3,}(?:[ \u3000]{1,2}[\u3400-\u9fff“”‘’0-9A-Za-z%]{3,}){1,2}")
SPACE_GAP = rx(r".[ \u3000]{1,2}.")
HAN_GAP = rx(r"[\u3400-\u9fff”’][ \u3000]{1,2}[\u3400-\u9fff“‘]")
# "专题 Special Report", "封面 COVER STORY": a section's name with its English
# (not a headline's term in capitals after a longer phrase: "存储市场回暖 HBM")
SECTION_LABEL = rx(r"^[-\s]*[【\[][^】\]]{1,12}[】\]]$|^[·•]\s*[\u3400-\u9fff]{2,10}\s*[·•]$|^[\u3400-\u9fff]{2,4}(?:\s+|\s*[｜|│/]\s*)[A-Z][A-Za-z &'’]{2,}$"
                           r"|^[\u3400-\u9fff]{5,8}\s+(?![A-Z]{2,5}$)[A-Z][A-Za-z &]{2,}$"
                           r"|^[A-Z][A-Z &]{3,}(?:\s+|\s*[｜|│/]\s*)[\u3400-\u9fff]{2,4}$"  # "BUSINESS　商业", "COLUMN｜专栏"
                           # "长川财经周刊｜对话 DIALOGUE": the magazine's name over its column's, with the English
                           r"|^[\u3400-\u9fff]{2,10}\s*[｜|│]\s*[\u3400-\u9fff]{2,4}\s*[A-Z][A-Z &'’]{2,}$")


# Full-width figures and capitals ("第１版", "Ａ３") read as their ASCII forms.
HALF_WIDTH = str.maketrans({chr(0xFF10 + i): chr(0x30 + i) for i in range(10)}
                           | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})


# A masthead's fields: today's page count, the paper's serial number, its sponsor
MASTHEAD_FIELD = rx(r"今日\d{1,3}版|第\d{4,6}[号期]|总第\d{3,6}[期号]|(?:中共)?[\u3400-\u9fff]{2,10}(?:省委|市委|县委|党委)机关报")


SECTION_BOTH = r"[\u3400-\u9fff·]{2,8}\s*[｜|/／·]?\s*[A-Z][A-Z&' ]{1,30}[A-Z]"
MAGAZINE_FOLIO = rx(rf"\d{{1,3}}\s+{SECTION_BOTH}|{SECTION_BOTH}\s+\d{{1,3}}")


PAGE_SUBSECTION = r"[\u3400-\u9fff]{2,6}[·・][\u3400-\u9fff]{2,6}"  # "两会特刊·会场内外": a section and its subsection


def is_furniture(text: str) -> bool:
    """A page header or footer: the date with a weekday, page or paper; a page
    number alone; a paper's name with its page. Never a sentence."""
    bare = text.strip().translate(HALF_WIDTH)  # "第１版": a header may set its figures full width
    if not bare or len(bare) > 60 or rx(r"[。，,；;！？!?“”]").search(bare):
        return False
    if BARE_PAGE.match(bare):
        return True
    if all(MASTHEAD_FIELD.fullmatch(p) for p in bare.split()):
        return True  # "今日8版　第27815号", "中共澜江省委机关报": the masthead's fields
    parts = bare.split()
    if 2 <= len(parts) <= 3 and BARE_PAGE.match(parts[0] if BARE_PAGE.match(parts[0]) else parts[-1]) \
            and any(MONTH_ISSUE.fullmatch(p) for p in parts):
        return True  # "·18·　澜江经贸　2030.05": a magazine's folio, its page with its name and issue
    if ISSUE.search(bare) and len(HAN.findall(ISSUE.sub("", bare))) <= 10:
        return True  # "中国经济评论 2024年第5期": a magazine's running header
    if DATE.search(bare) and (rx(r"\s").search(bare) or len(bare) <= 24):
        rest = DATE.sub("", bare)
        fields = len(bare.split()) >= 2  # headers set their parts apart with spaces
        return bool(WEEKDAY.search(rest) or PAGE_NO.search(rest) or PAPER.search(rest) or (fields and len(HAN.findall(rest)) <= 8))
    if PAGE_NO.search(bare) and (PAPER.search(bare) or WEEKDAY.search(bare)):
        return True
    if rx(r"[A-H]?\d{1,3}\s+\S{2,12}|\S{2,12}\s+[A-H]?\d{1,3}").fullmatch(bare) and PAPER.search(bare + " "):
        return True  # a page number beside the paper's name
    parts = bare.split()
    if (SHORT_DATE.search(bare) and WEEKDAY.search(bare) and len(parts) >= 2
            and all(part == parts[0] or len(part) <= 6 for part in parts)
            and len(HAN.findall(SHORT_DATE.sub("", bare))) <= 10):
        return True  # "3月5日 星期二 要闻 3": a date without its year, with the weekday
    if len(parts) >= 2 and all(len(part) <= 6 for part in parts) and any(rx(r"第[A-H]?\d{1,3}版").fullmatch(p) for p in parts):
        return True  # "今日12版　第1版　要闻": short fields around the page's number
    if len(parts) == 2 and PAPER.fullmatch(parts[0]) and rx(r"[\u3400-\u9fff·]{2,6}").fullmatch(parts[1]):
        return True  # "为民日报　　读者来信": the paper's name over its page, beside the page's section
    if MAGAZINE_FOLIO.fullmatch(bare):
        return True  # "17　封面故事｜COVER STORY": a magazine's page number and its section, in Chinese and English
    page = rx(r"^(?:第\s*[A-H]?\s*\d{1,3}\s*版|(?:[\u3400-\u9fff]{2,4}\s*[·・]\s*)?[A-H]\d{1,2})\s+").match(bare)
    if page and EDITOR_CREDIT.match(bare[page.end():]):
        return True  # "第2版　编辑：温小满": the page with its editor
    if rx(r"\d{1,2}\s+" + PAGE_SUBSECTION + r"|" + PAGE_SUBSECTION + r"\s+\d{1,2}").fullmatch(bare):
        return True  # "8　两会特刊·会场内外", "财经·证券　7": the page's number beside its section and subsection
    # ("两会特刊·建言　第6版": a special issue's name and its page's section, then the page)
    return bool(rx(r"第\s*[A-H]?\s*\d{1,3}\s*版\s*[：:]?\s*[\u3400-\u9fff]{0,6}|(?:[\u3400-\u9fff]{2,6}|[\u3400-\u9fff]{2,5}·[\u3400-\u9fff]{2,5})\s+第\s*[A-H]?\s*\d{1,3}\s*版").fullmatch(bare))


def page_label(text: str) -> str | None:
    """The page a header or footer names: "第3版", "A3", with its section
    when one is printed beside it ("第3版 要闻")."""
    bare = text.strip()
    match = rx(r"第\s*([A-Z]?\s*\d{1,3})\s*版").search(bare) or rx(r"(?<![A-Za-z0-9])([A-H]\s?\d{1,2})(?![0-9])").search(bare)
    if match:
        page = match.group(0).replace(" ", "") if match.group(0).startswith("第") else match.group(1).replace(" ", "")
    else:
        number = (rx(r"[-—–·\s]*(\d{1,3})[-—–·\s]*").fullmatch(bare) or rx(r"(?:^|\s)(\d{1,3})$").search(bare)
                  or rx(r"^(\d{1,3})\s").match(bare))
        if not number:
            return None
        page = f"第{int(number.group(1))}版"
    rest = PAGE_NO.sub(" ", DATE.sub(" ", WEEKDAY.sub(" ", bare)))
    words = [w for w in rx(r"[\u3400-\u9fff]{2,6}").findall(rest) if not PAPER.fullmatch(w) and not rx(r"编辑|美编|版式|设计").search(w)]
    section = next((w for w in words if len(w) <= 4), None)
    return f"{page} {section}" if section else page


def has_address(text: str) -> bool:
    """An e-mail or web address (checked for the characters first: the
    pattern is slow on long lines of Chinese, which count as word characters)."""
    return ("@" in text or "www" in text or "http" in text or "." in text) and bool(EMAIL_OR_URL.search(text))


# "当当购买", "扫码订阅": a shop's name and the word to buy, alone on a line
BUY_LINE = rx(r"^[\u3400-\u9fffA-Za-z]{0,6}(?:购买|购书|订购|选购|下单|订阅)$")


# "— 经 营 成 就 价 值 —": a motto set between dashes, as a paper's or an
# advertiser's slogan is printed, never a line of running text
DASHED_MOTTO = rx(r"^[—－-]{1,2}\s*[\u3400-\u9fff](?:\s*[\u3400-\u9fff]){1,15}\s*[—－-]{1,2}$")


# "本版所载信息仅供参考，不构成投资建议。据此入市，风险自担。": a markets
# page's disclaimer, printed at its foot, no sentence of any article
DISCLAIMER = rx(r"^[^。]{0,12}仅供参考[，,。]?\s*(?:不构成(?:任何)?投资建议|据此).{0,20}$|^[^。]{0,8}据此(?:入市|操作|投资)[，,]\s*风险自担[。]?$")


# Three words in lower case ("handled", "of", "containers"): English
# running text (a bilingual page's English version, a journal's abstract),
# not the brand names and mastheads that Latin-only lines otherwise are.
ENGLISH_WORDS = rx(r"(?:^|[\s(“\"'-])[a-z]{2,}(?:'[a-z]+)?(?=[\s,.;:)”\"'-]|$)")


def english_prose(text: str) -> bool:
    return len(ENGLISH_WORDS.findall(text)) >= 3


def english_line(text: str) -> bool:
    """A line of English running text or headline, no Chinese in it."""
    return not CJK_CHAR.search(text) and english_prose(text)


def is_ad(text: str) -> bool:
    if MASTHEAD_LABEL.match(text) or has_address(text) or BUY_LINE.match(text.replace(" ", "")):
        return True
    if DISCLAIMER.match(text) and len(text) <= 60:
        return True
    if DASHED_MOTTO.match(text.strip()):
        return True
    if not CJK_CHAR.search(text):
        return not english_line(text)  # Latin-only matter: brand names, English mastheads, numbers
    # (a sentence closed inside the line is prose that mentions a contact:
    # "…获奖作品将在本刊陆续刊发。投稿邮箱：")
    return len(text) <= 60 and _names_a_contact(text) and not ends_sentence(text) and "。" not in text


def _names_a_contact(text: str) -> bool:
    """A contact word, as a contact line gives it: "热线" or "电话" only with
    its number or colon right after it ("热线：0731-…", "服务电话 400-…"); a
    headline may name a hotline ("12345热线一周回音", "去年市民热线办结诉求112万件")."""
    found = CONTACT.search(text)
    if found and found.group(0) in ("热线", "电话") and not rx(r"^\s*(?:[:：]|[（(]?\d)").match(text[found.end():]):
        return bool(CONTACT.search(text, found.end()))
    return bool(found)


def role_of(line: Line) -> str:
    """The role a line plays by its own shape (see module docstring). A line
    in traditional characters is read through the fold of the characters
    the roles' words are made of ("責任編輯：" as "责任编辑：")."""
    if TRADITIONAL_FORM.search(line.raw):
        line = replace(line, text=line.text.translate(FOLD), raw=line.raw.translate(FOLD))
    text, raw = line.text, line.raw
    if not text:
        return BLANK
    if "\t" in raw and _tabbed_byline(raw):
        return BYLINE  # "本报记者\t沈听澜\t通讯员\t柯一苇": a byline whose gaps came out as tabs, no table row
    if "\t" in raw or (FIGURE_NOTE.match(text) and len(text) <= 40) or (FIGURE_TITLE.match(raw.strip()) and len(text) <= 40) \
            or SERIES_ROW.match(raw.strip()):
        return FIGURE
    if JUMP_LINE.match(text):
        return JUMP
    if EDITOR_CREDIT.match(raw) or PICTURE_CREDIT.match(text) or SOURCE_CREDIT.match(text) or ISSUED_AT.match(text) or _credits_line(raw) \
            or PRODUCED_BY.match(text) or _credit_then_contact(raw) or _label_then_credits(raw):
        return EDITOR
    if is_furniture(raw):
        return FURNITURE
    if ORIGINAL_TITLE.match(text) and len(text) <= 60 and not ends_sentence(text):
        return NOTE  # "题：跨国电网的新时代　作者　X": the title and writer of the foreign piece retold
    if DOCUMENT_NUMBER.match(text):
        return NOTE  # "沧政办发〔2034〕7号": a document's number, under its title
    if NOTE_LINE.match(text) or ((AFFILIATIONS.match(text) or POSTED_AFFILIATION.match(text)) and INSTITUTION.search(text)) \
            or DATE_ALONE.match(text) \
            or READING_TIME.match(text):
        return NOTE
    if JOURNAL_META.match(text):
        return FIGURE  # "中图分类号：F424 文献标识码：A …": a journal's catalogue data, no reading
    if JOURNAL_AUTHORS.match(raw.strip()):
        return BYLINE  # "王立新1，赵 敏2": authors with the numbers of their affiliations
    if SIGNATURE.match(text):
        return BYLINE  # a signed commentary's role ("特邀评论员"), its name printed beside it
    if _names_a_post(raw) and _names_lead(raw) or (raw[:1] in "▲△" and _names_a_post(raw[1:].strip(), firm_posts=True)):
        return NOTE  # "钮钦 中国科学技术发展战略研究院": the author and where the author works
    if len(raw) > 60:
        # Bylines, credits, subtitles, labels, contents and contact lines are short.
        return AD if has_address(text) or not (CJK_CHAR.search(text) or english_prose(text)) else TEXT
    byline = parse_byline(raw) if not (line.indent and OUTLET_NEWS.match(raw)) else None  # indented: a run-in dateline opens a paragraph
    if byline:
        return CREDIT if byline.photo else BYLINE
    if EXTRA_CREDIT.match(raw) and len(text) <= 24:
        return CREDIT
    if (SUBTITLE.match(text) or INTERVIEW_DECK.match(text) or MEETING_DECK.match(raw.strip())) and len(text) <= 60 \
            and not ends_sentence(text) and not SENTENCE_THEN_MORE.search(text):
        return SUB
    if SECTION_LABEL.match(raw):
        return SECTION
    if (TOC_LINE.search(raw) or SEE_PAGE.match(text)) and len(text) <= 60 and not ends_sentence(text):
        return TOC
    if is_ad(text):
        return AD
    return TEXT


def _tabbed_byline(raw: str) -> bool:
    found = parse_byline(raw.replace("\t", "\u3000")) if rx(ROLE).search(raw) else None
    return bool(found and found.authors)


WRITER_FIRST = rx(r"^(?:撰文|撰稿|文|采写|作者)\s*[:：/／|｜]")
# "新京报记者 吴婷婷 编辑 张磊 校对 赵琳": the reporter's credit, then the
# editors', on one line: a paper's credits line closing an article.
CREDITS_AFTER_BYLINE = rx(r"^(?P<byline>\S.*?)\s+(?P<staff>(?:责任编辑|责编|编辑|美编|校对)\s*[:：]?\s*[\u3400-\u9fff].*)$")


def _credits_line(raw: str) -> bool:
    match = CREDITS_AFTER_BYLINE.match(raw.strip())
    if not match or not EDITOR_CREDIT.match(match.group("staff")):
        return False
    if WRITER_FIRST.match(match.group("byline")):
        return False  # "撰文：本刊记者　X　编辑：Y": a magazine's credits over the text, the writer's first: its byline
    byline = parse_byline(match.group("byline"))
    return bool(byline and byline.authors and not byline.photo)


# "002871　华锦股份", "华锦股份（002871）": a listed firm's code and short
# name, the headline of each item of a digest of company announcements
STOCK_ITEM = rx(r"^\s*(?:(?:[036]\d{5}|[48]\d{5})\s*[\u3400-\u9fffA-Z*]{2,6}|[\u3400-\u9fffA-Z*]{2,6}\s*[（(](?:[036]\d{5}|[48]\d{5})[）)])\s*$")
# "东川都市报社出品": the outlet or team that made a page or a special, at its foot
PRODUCED_BY = rx(r"^[\u3400-\u9fff·]{2,16}(?:社|台|网|报|刊|中心|部|工作室|团队|集团|公司)(?:联合|荣誉)?(?:出品|监制|制作)$"
                 # "溪州市税务局　溪州日报社　合办": the bodies that run the page together
                 r"|^(?:[\u3400-\u9fff·]{2,16}(?:局|委|厅|院|社|台|报|刊|中心|集团|公司|协会)[\s\u3000、]*){1,4}(?:联合)?(?:合办|协办|联办|主办|承办)$")


def _label_then_credits(raw: str) -> bool:
    """"政法·案件　责任编辑　窦明川　美编　尹小菲": the page's section, then its
    editors' credits, on the line that heads the page (its number may
    stand beside the section: "农村经济　第4版　责任编辑：柯青禾", or run into
    it: "第2版·三农一线　责任编辑：闻麦秋")."""
    line = rx(r"(?:^|(?<=\s))(?:第\s*[A-Z]?\d{1,3}\s*版|[A-H]\d{1,2})(?:\s+|\s*[·・]\s*(?=[\u3400-\u9fff]))").sub("", raw.strip().translate(HALF_WIDTH), count=1)
    label, rest = (rx(r"\s+").split(line, maxsplit=1) + [""])[:2]
    # (a bilingual page's section carries its English name: "商业·BUSINESS")
    return bool(rx(r"[\u3400-\u9fff]{2,6}(?:·(?:[\u3400-\u9fff]{2,6}|[A-Z][A-Z&]{2,15}))?").fullmatch(label)
                and EDITOR_CREDIT.match(rest.strip()))


def _credit_then_contact(raw: str) -> bool:
    """"本版编辑：温若水　　新闻热线：0731-…": the page's editor, then the
    desk's telephone or mailbox, on the line that closes the page."""
    line = raw.strip()
    for gap in rx(r"\s+").finditer(line):
        left, right = line[:gap.start()], line[gap.end():]
        label = CONTACT.search(right)
        if label and label.start() <= 4 and rx(r"[:：]").search(right) and EDITOR_CREDIT.match(left):
            return True
    return False


def _names_a_post(raw: str, firm_posts: bool = False) -> bool:
    """"钮钦 中国科学技术发展战略研究院": a name or two, then where they work
    (with firm_posts, a post in a firm too: "柳含章　…酱园第五代传人、董事长",
    under a speaker's photo, "▲")."""
    bio = AUTHOR_BIO.match(raw)
    return bool(bio and (INSTITUTION.search(bio.group("where")) or (firm_posts and FIRM_POST.search(bio.group("where")))))


FIRM_POST = rx(rf"(?:{SPEAKER_POSTS}|传人|厂长|经理|店主|掌门人)$")


def _names_lead(raw: str) -> bool:
    from .bylines import person_names

    first = raw.split()[0]
    return bool(person_names(first)) and looks_like_person(first)


def closes_shi_de(text: str) -> bool:
    return bool(SHI_DE.search(text.replace(" ", "")))


# Units and measure words: they follow a figure, so a line opening on one
# alone is the rest of a sentence cut after its figure.
UNITS = "年月日号亿万元家个位名项只台座件次倍%％"


def first_word(text: str) -> str:
    """The word jieba reads at the text's start ("" for none)."""
    from ..enrich.text import words

    found = words(text.strip()[:4])
    return found[0] if found else ""


def last_word(text: str) -> str:
    """The word jieba reads at the text's end ("" for none)."""
    from ..enrich.text import words

    found = words(text.strip()[-4:])
    return found[-1] if found else ""


def _opens_on_word_alone(text: str) -> bool:
    """jieba reads the first character as a word of its own."""
    return bool(text) and first_word(text) == text.strip()[:1]


def opens_on_unit(text: str) -> bool:
    """"年共27家…": the line opens on a unit alone (年轻人, 月饼 are words)."""
    return text[:1] in UNITS and _opens_on_word_alone(text)


def _ends_on_function_word(text: str) -> bool:
    """The text ends on a one-character word such as 的 or 是 (not on 火把 or 而且)."""
    return len(last_word(text)) == 1


def looks_like_headline(text: str, limit: int = 40) -> bool:
    """A short phrase with no sentence inside: the shape of headlines and crossheads."""
    bare = text.replace(" ", "").replace("\u3000", "")
    if not 2 <= len(bare) <= limit or len(HAN.findall(bare)) < 2:
        return False
    if rx(r"^(?:图|表)\s*\d+").match(bare) or rx(r"[。；;]").search(bare):
        return False
    if bare[-1] in "，,、（(“‘《—-·" or bare[0] in "，,、。：:；;）)”’》":
        return False
    opening = rx(r"^([\u3400-\u9fff]{1,3})[，,]").match(bare)
    if opening and not _noun_phrase(opening.group(1)):
        return False  # "目前，…", "其一，…": a sentence opening with its connective (not "一碗粉，撑起百亿产业")
    if bare[-1] in DANGLING and _ends_on_function_word(bare) and not closes_shi_de(bare) and not bare[-2:-1].isdigit():
        return False  # "…是", "…的": the sentence goes on on the next line (after a figure, "42对" counts pairs)
    if bare[0] in "的了地得之" and _opens_on_word_alone(bare):
        return False  # "的处置？": the end of a sentence begun on the line before (not "地铁…")
    if bare[-1] in "：:" and len(bare) > 10:
        return False  # a sentence introducing what follows (a kicker label is short: "中国人民银行：")
    speaker = rx(r"^([\u3400-\u9fff]{2,4})[：:]").match(bare)
    quoted_claim = bare[-1] == "”" and "“" in bare and len(bare) <= 24  # "韩栖梧：把老机床“搬上云”": a profile's headline
    if speaker and len(bare) > 12 and not quoted_claim and (
            rx(r"[，,]").search(bare) or (looks_like_person(speaker.group(1)) and not NAMED_PLACE.search(speaker.group(1)))
            or not (SPEAKING_BODY.search(speaker.group(1)) or len(bare) <= 24)):
        # "曾纯：后来……": a speaker's turn in an interview; not "人社部：上半年…"
        # (a body speaking) nor "换电模式：重卡电动化的“加速器”" (a topic and its headline)
        return False
    if INTERVIEW_TURN.match(bare) or OUTLET_QUESTION.match(bare):
        return False  # "问：…？", "记者：…？": a question put in an interview, not a heading
    if ends_sentence(bare):
        # Headlines may ask or exclaim, but hold no other sentence.
        return bare[-1] in "？?！!”" and len(bare) <= 32 and not rx(r"[。！？!?][”’]?.").search(bare[:-1])
    return len(rx(r"[，,]").findall(bare)) <= 1


def _noun_phrase(text: str) -> bool:
    """jieba reads the phrase as ending on a noun ("一碗粉"), not as a time, a
    connective or an adverb ("目前", "同时", "首先")."""
    from ..enrich.text import tag_of, words

    found = words(text)
    return bool(found) and tag_of(found[-1]).startswith("n") and len(found) >= 2


def letter_spaced(raw: str) -> bool:
    """Display type set apart: most characters stand alone between spaces."""
    tokens = raw.split()
    return len(tokens) >= 3 and sum(1 for t in tokens if len(t) == 1) >= 0.7 * len(tokens)


@dataclass
class Row:
    """A line with its role and its place in the column."""

    line: Line
    role: str
    width: float  # of the text with letter spacing closed
    column: float = 0.0  # the typical width of the lines around it
    spaced: float = 0.0  # of the line as printed, spaces included
    verse: bool = False  # a line of a poem, set as the poet broke it (see `_verse`)
    speaker: bool = False  # a speaker's name set alone over what the speaker says (see `_speaker_labels`)
    # a label that is a part of the text under it: a speaker's name and posts
    # over a quotation (see `_voices_in_roundup`), a glossary's term over its
    # definition (see `_glossary_terms`), a timeline's date over its entry
    in_text: bool = False

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def no(self) -> int:
        return self.line.no

    @property
    def full(self) -> bool:
        """Set to the column's full width: the text runs on into the next line."""
        if not self.column:
            return False
        # Spaces count when they are print's own (between a role and a name),
        # not when display type is letter-spaced wider than the column.
        return self.width >= self.column - 1.5 or self.column - 1.5 <= self.spaced <= self.column + 1

    @property
    def fills_column(self) -> bool:
        """Full, and no wider than the column: a line of running text cut at
        the column's edge (display type runs wider)."""
        return self.full and self.width <= self.column + 2

    @property
    def wider_than_column(self) -> bool:
        """Display type: running text is never set wider than its column."""
        return bool(self.column) and self.width > self.column + 2

    @property
    def indented(self) -> bool:
        return self.line.indent >= 1.0


def flowing(rows: list[Row]) -> bool:
    """Each paragraph is one extracted line (text set in a flowing layout, as
    magazines and web pages are, rather than wrapped in narrow columns)."""
    long = [r for r in rows if r.role == TEXT and r.width > 50]
    return len(long) >= 10 and sum(1 for r in long if ends_sentence(r.text)) >= 0.6 * len(long)


# A jump line in brackets run into the end of a line ("夜市带旺夏季消费（上接A1版）")
JUMP_WORD = r"(?:上接|下转|转|接|续)第?\s*"  # how a jump line run into text opens, inside its bracket
PAGE_NUMBER = r"(?:[A-Z]?\s*\d{1,3}|[一二三四五六七八九十]{1,3})\s*"  # "A1", "7", "四": the page a jump line names
JUMP_AT_END = rx(rf"^(?P<rest>.*[^\s（(])\s*(?P<jump>[（(]\s*{JUMP_WORD}{PAGE_NUMBER}(?:版|页)?\s*[）)])\s*$")


# "…预计发送旅客（下转第" / "7版）": a jump line broken over two lines at the column's edge
JUMP_OPENED = rx(rf"^(?P<text>.*?)\s*(?P<open>[（(]\s*{JUMP_WORD}[A-Z]?)$")
JUMP_CLOSED = rx(r"^(?P<close>[A-Z]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:版|页)\s*[）)])$")


def _jumps_broken(lines: list[Line]) -> dict[int, tuple[str, str]]:
    """Lines ending on a jump line's opening whose next line closes it ->
    line index: (the text before the jump, the jump line whole)."""
    out: dict[int, tuple[str, str]] = {}
    for k, line in enumerate(lines[:-1]):
        opened = JUMP_OPENED.match(line.raw.strip()) if "（" in line.raw or "(" in line.raw else None
        closed = JUMP_CLOSED.match(lines[k + 1].raw.strip()) if opened else None
        if closed:
            out[k] = (opened.group("text"), opened.group("open") + closed.group("close"))
    return out


# "（上接第2版）", "（接A1版）": the jump line of a story taken up from another page
JUMP_FROM = rf"[（(]\s*(?:上接|接)第?\s*{PAGE_NUMBER}(?:版|页)\s*[）)]"
# "…推动园区从（下转第8版）": a text sent on to another page at its end (it does not go on on this one)
JUMP_ON_AT_END = rx(rf"[（(]\s*(?:下转|转)第?\s*{PAGE_NUMBER}(?:版|页)?\s*[）)]$")
# "（上接第2版）126万人次，…": such a jump line run into the text it takes up
JUMP_AT_START = rx(rf"^(?P<jump>{JUMP_FROM})\s*(?P<rest>[^\s）)].*)$")


def _text_above(lines: list[Line], k: int) -> str:
    """The text of the nearest line above k that has any."""
    j = k - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    return lines[j].text if j >= 0 else ""


def _line_and_jump(raw: str) -> tuple[str, str] | None:
    """A line with a jump line run in at its end, the jump set on a line of
    its own: a continuation's repeated headline ("夜市带旺夏季消费（上接A1版）"),
    or a text's last words ("…贡献率为（转第四版）"). (A line holding a clause
    mark keeps it: "建设，今年新建和改造提升高标准农田（下转第2版）" ends its
    text as it is.)"""
    end = JUMP_AT_END.match(raw.strip())
    if not end or rx(r"[，。；：！？,;:!?]").search(end.group("rest")):
        return None
    return end.group("rest"), end.group("jump")


def split_merged(lines: list[Line]) -> list[Line]:
    """Separate what extraction glued onto one line: 'headline本报记者 X', 'caption X 摄'."""
    out: list[Line] = []
    unmarked = _unmarked_run_ins(lines)
    colons = _colon_run_ins(lines)
    wrapped = _wrapped_bullet_titles(lines)
    bracketed = {k: found for k, found in _wrapped_bracketed_titles(lines).items() if k not in wrapped and k - 1 not in wrapped}
    taken = {k + d for k, (last, _, _) in bracketed.items() for d in range(1, last - k + 1)}
    broken = _jumps_broken(lines)
    for k, line in enumerate(lines):
        if k - 1 in wrapped or k in taken or k - 1 in broken:
            continue  # (taken apart with the title's or the jump's first line above it)
        if k in broken:
            text, jump = broken[k]  # the text's last words; the jump line, whole, on the next printed line
            below = lines[k + 1]
            if text:
                out.append(Line(line.no, squeeze_spaces(text), text, line.frame_start, line.md_level, line.indent))
            out.append(Line(below.no, squeeze_spaces(jump), jump))
            continue
        if k in bracketed:
            last, head, rest = bracketed[k]
            end = lines[last]
            out.append(Line(line.no, squeeze_spaces(head), head, line.frame_start, line.md_level))
            out.append(Line(end.no, squeeze_spaces(rest), rest, True, 0, line.indent))
            continue
        if k in wrapped:
            tail, rest = wrapped[k]
            below = lines[k + 1]
            out.append(line)
            out.append(Line(below.no, squeeze_spaces(tail), tail))
            # (the text starts where the title ends: its line reaches the column's edge)
            out.append(Line(below.no, squeeze_spaces(rest), rest, True, 0, below.indent + width_of(tail) + 0.5))
            continue
        if k in colons or k in unmarked:
            # the item's title (its colon left out), then its text
            head, rest = colons[k] if k in colons else line.raw.split(" ", 1)
            out.append(Line(line.no, squeeze_spaces(head), head, line.frame_start, line.md_level))
            out.append(Line(line.no, squeeze_spaces(rest), rest, True, 0, line.indent))
            continue
        if _table_row(line.raw) and any(_table_row(lines[j].raw) for j in (k - 1, k + 1) if 0 <= j < len(lines)):
            out.append(line)  # a table's row among others: its cells, nothing glued on ("錦峰匯　錦峰　86　　18,420")
            continue
        once = undo_bold_overprint(line.raw.strip())
        if once != line.raw.strip():
            # display type printed twice for bold: the line as extracted (kept
            # apart as other matter by _overprinted_lines), then read once
            out.append(line)
            out.append(Line(line.no, squeeze_spaces(once), once, line.frame_start, line.md_level, line.indent))
            continue
        if PICTURE_CREDIT.match(line.text):
            out.append(line)  # "本版照片除署名外均为本报记者摄": one credit for the page, nothing glued on
            continue
        resumed = JUMP_AT_START.match(line.raw.strip())
        above = _text_above(lines, k) if resumed else ""
        if resumed and above and (ends_sentence(above) or split_photo_credit(above)):
            # "…销售额增长了六成。" / "（上接第2版）126万人次，…": after a closed text or a
            # photo's caption, the rest of another story taken up from elsewhere
            out.append(Line(line.no, squeeze_spaces(resumed.group("jump")), resumed.group("jump")))
            out.append(Line(line.no, squeeze_spaces(resumed.group("rest")), resumed.group("rest"), True, 0, line.indent))
            continue
        jumped = _line_and_jump(line.raw)
        if jumped:
            head, jump = jumped  # the jump line on a line of its own, under the headline or the text
            out.append(Line(line.no, squeeze_spaces(head), head, line.frame_start, line.md_level, line.indent))
            out.append(Line(line.no, squeeze_spaces(jump), jump))
            continue
        short = 0 < len(line.raw) <= 60  # a headline with its byline glued on is a short line
        merged = split_trailing_byline(line.raw) if short and not split_dateline(line.raw) else None
        if merged and not rx(r"[（(]\s*$").search(merged[0]):  # "日电 （记者 陈佳": names inside a dateline's bracket
            head, tail = merged
            out.append(Line(line.no, squeeze_spaces(head), head, line.frame_start, line.md_level, line.indent))
            out.append(Line(line.no, squeeze_spaces(tail), tail))
            continue
        # (an indented line under it opens a paragraph: nothing on this line runs on into it)
        below = lines[k + 1].text if k + 1 < len(lines) and not lines[k + 1].indent else ""
        run_in = (_bracketed_title(line.raw) or (_run_in_title(line.raw, below, line.indent > 0) if short or line.raw[:1] in BULLETS else None)
                  or _glued_across_gap(line))
        if run_in:
            head, rest = run_in
            out.append(Line(line.no, squeeze_spaces(head), head, line.frame_start, line.md_level))
            out.append(Line(line.no, squeeze_spaces(rest), rest, True, 0, line.indent))
            continue
        credit = split_photo_credit(line.raw) if line.text else None
        spaced = credit and (line.raw[: -len(credit[1].text)].endswith(" ") or "/" in credit[1].text
                             or credit[1].text.startswith(("（", "(")))
        if credit and len(credit[0]) >= 4 and (spaced or ends_sentence(squeeze_spaces(credit[0]))):
            caption, byline = credit
            out.append(Line(line.no, squeeze_spaces(caption), caption, line.frame_start, line.md_level, line.indent))
            out.append(Line(line.no, squeeze_spaces(byline.text), byline.text))
            continue
        out.append(line)
    return _credits_over_two_lines(out)


BULLETS = "●■◆▶►◇○"
# A brief's title run into its text on one line, as digest columns print
# them: before a dateline ("数据资产入表试点扩围 本报讯（记者 许诺）日…"), or
# marked by a bullet and set off by a space ("●首单贷款落地　近日，…").
RUN_IN = rx(r"^(?P<head>[●■◆▶►]?\s*[^\s，。；！？,;!?：:]{4,30}?)\s+(?P<rest>\S.*)$")


RUN_IN_TEXT = 12  # characters of text after a bulleted title: more than a two-phrase crosshead's second phrase


def _runs_on_below(rest: str, below: str) -> bool:
    """A few characters after a bulleted title whose sentence runs on into
    the next line: a clause closes within reach, or a word reads across."""
    from .units import word_crosses

    # (the line below as long as running text: a crosshead in two phrases,
    # "▶▶▶思想碰撞 点燃突" / "破性创新火把", wraps onto a short display line)
    return len(rest) >= 2 and len(below) >= RUN_IN_TEXT and (_opens_sentence(rest + below) or word_crosses(rest, below))


def _run_in_title(raw: str, below: str = "", indented: bool = False) -> tuple[str, str] | None:
    """(title, text) for a line that prints a brief's title before its text
    (`below`, the next line, where a bulleted title's text runs on: "■全省
    外贸进出口同比增长8.3%　据青屿海关" / "统计，今年前4个月，…"; an
    indented line opens a paragraph that goes on below it, flush: "●东淮首座
    超充站投用　位于开发区车城大道的东" / "淮首座液冷超充站…")."""
    match = RUN_IN.match(raw.strip())
    if not match or parse_byline(raw):
        return None  # "■ 本报记者 袁震宇 顾小立": a marked byline, not a title and its text
    head, rest = match.group("head"), match.group("rest")
    if _unbalanced(head) or split_dateline(raw.strip().lstrip(BULLETS + " 　")):
        return None  # "■本报讯（记者　柯望舒）8月5日，…": an item opening on its dateline has no title run in
    # a bullet's title, then its text: a sentence opening, or a run of words
    # longer than a crosshead's second phrase ("■数字赋能 产业升级")
    opens = split_dateline(rest) or (head[:1] in BULLETS and (_opens_sentence(rest) or len(rest) >= RUN_IN_TEXT
                                                             or _runs_on_below(rest, below)
                                                             or (indented and len(below) >= RUN_IN_TEXT and len(rest) >= RUN_IN_TEXT // 2)))
    return (head, rest) if opens and looks_like_headline(head.lstrip(BULLETS)) else None


LABEL_CHARS = 8  # a digest's label ("财经快讯", "要闻速递")
UNMARKED_REACH = 12  # lines: a digest sets its items one after another, each a few lines long


# "2026年3月", "2035年9月20日", "9月20日": a date heading a timeline's entry
TIMELINE_DATE = rx(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|(?:19|20)\d{2}[.．]\d{1,2}")


# "第十一条": an article of a law or rule printed in full, opening its clause
CLAUSE = r"^第[一二三四五六七八九十百零〇两\d]{1,4}条"
CLAUSE_NUMBER = rx(CLAUSE + r"(?=\s|$)")
ARTICLE_NUMBER = rx(CLAUSE)  # the same on a line with its spaces squeezed out ("第一条为了…")


def _unmarked_title(line: Line, prev: Line | None, below: Line | None) -> bool:
    """'5月MLF净投放500亿元　央行5月15日开展…': after a sentence's end, a
    headline's phrase, one space, then running text to the line's end and
    on into the next line (a paragraph printed as one line, as flowing text
    is, may open on its crosshead: "算力竞赛 国内的GPU…")."""
    if not line.text or line.raw[:1] in BULLETS or line.raw.count(" ") != 1:
        return False
    if below is None or not below.text or below.frame_start:
        return False
    if prev is not None and prev.text and not ends_sentence(prev.text) and len(prev.text) > LABEL_CHARS \
            and not closing_byline(prev.text[-40:]):
        return False  # (the first item under the digest's label; or the item before closed by its signature)
    head, rest = line.raw.split(" ", 1)
    # (the text opens on a Chinese character or a date's figures: "5月10日至11日，…";
    # a date alone before it is a timeline's entry, "2026年3月　省政府办公厅印发…")
    # (a short rest at the column's edge runs on below: "…“新市民安居贷”　日前，澜江农" / "商行向…")
    named = NAMED_HEAD.match(head)
    runs_on = (len(rest) >= RUN_IN_TEXT or (len(rest) >= RUN_IN_TEXT // 2 and _runs_on_below(rest, below.text))
               # ("柴桥镇：“订单农业”带农增收　柴桥镇与3家": the text opens on the name the title is headed by)
               or bool(named and len(rest) > len(named.group("name")) and rest.startswith(named.group("name")))
               # ("云渡区发放首批“整村授信”贷款　云渡区首批" / "…": the text opens on the
               # place or body its title opens on, whatever the column leaves of it)
               or (len(rest) >= 3 and len(head) >= 6 and HAN.match(rest) and rest[:2] == head[:2]))
    return (4 <= len(head) <= 30 and not TIMELINE_DATE.fullmatch(head) and runs_on and bool(HAN.match(rest) or rx(r"\d{1,4}[年月日]").match(rest))
            and not rx(r"[，。；！？,;!?、（）()]").search(head) and _plain_or_named_head(head) and looks_like_headline(head)
            and not split_dateline(line.raw) and not parse_byline(line.raw))


# "汇能科技：拟回购不超过3亿元股份": a company's (or a body's) name, a colon,
# then what it announced, the way a digest of announcements heads its items
NAMED_HEAD = rx(r"^(?P<name>[^：:]{2,10})[：:](?P<fact>[^：:]{4,})$")


def _plain_or_named_head(head: str) -> bool:
    """A run-in title holds no colon, unless it names who announced what
    (not who spoke: "记者：", "董事长王明远：" open a quotation)."""
    if not rx(r"[：:]").search(head):
        return True
    named = NAMED_HEAD.match(head)
    return bool(named) and not _speaker_before_colon(named.group("name"))


def _unmarked_run_ins(lines: list[Line]) -> set[int]:
    """Digest items whose titles are set in bold, run into their text after
    a space and marked by nothing else: a digest sets all its items so, so
    a line counts only with another such line a few lines off."""
    found = [k for k, line in enumerate(lines)
             if _unmarked_title(line, lines[k - 1] if k else None, lines[k + 1] if k + 1 < len(lines) else None)]
    return set(_with_another_near(found))


def _with_another_near(found: list[int]) -> list[int]:
    """The line indexes (in order) with another of them within UNMARKED_REACH
    lines: a digest sets all its items alike, one such line alone is chance."""
    return [k for n, k in enumerate(found)
            if (n and k - found[n - 1] <= UNMARKED_REACH) or (n + 1 < len(found) and found[n + 1] - k <= UNMARKED_REACH)]


# "前10个月全市税收收入增长6.2%：今年1至10月，…": a digest item's title
# run into its text after a colon
COLON_RUN_IN = rx(r"^(?P<head>[^\s，。；！？,;!?：:、（）()]{6,24})[：:](?P<rest>\S.*)$")
# Who speaks before a colon ("…负责人表示：", "记者："), a speaker's post and
# name ("…董事长王明远：") or an interview's paper ("《中国经营报》："): a
# quotation follows, no title
SPEAKS_BEFORE_COLON = rx(r"(?:表示|说|指出|认为|强调|介绍|称|提出|透露|坦言|建议|回答|回应|问|答|记者|主持人|发言人|谈到|提到|写道|显示|如下)$")
POSTED_SPEAKER = rx(rf"(?:{SPEAKER_POSTS})[\u3400-\u9fff]{{2,3}}$")
OUTLET_ALONE = rx(r"^《[^《》]+》$")


def _speaker_before_colon(text: str) -> bool:
    """What stands before a colon names who speaks: a verb of saying or a post and a name."""
    return bool(SPEAKS_BEFORE_COLON.search(text) or POSTED_SPEAKER.search(text))


def _colon_title(line: Line, prev: Line | None) -> tuple[str, str] | None:
    """(title, text) for a paragraph opening on a headline's phrase and a
    colon, then a sentence: a digest item's title run into its text."""
    opens_paragraph = line.indent > 0 or prev is None or not prev.text
    match = COLON_RUN_IN.match(line.raw.strip()) if opens_paragraph and line.text else None
    if not match:
        return None
    head, rest = match.group("head"), match.group("rest")
    if _speaker_before_colon(head) or OUTLET_ALONE.match(head) \
            or not looks_like_headline(head) or not (HAN.match(rest) or rest[:1] in "《“" or rx(r"\d{1,4}[年月日]").match(rest)) \
            or len(rest) < RUN_IN_TEXT or parse_byline(line.raw) or split_dateline(line.raw.strip()):
        return None
    return head, rest


def _colon_run_ins(lines: list[Line]) -> dict[int, tuple[str, str]]:
    """Digest items whose titles run into their text after a colon: a digest
    sets all its items so, so a line counts only with another such line a
    few lines off. -> line index: (title, text)."""
    found = {k: t for k, line in enumerate(lines) if (t := _colon_title(line, lines[k - 1] if k else None))}
    # (the same words before the colon again and again name a speaker, an
    # interview's paper or host, "长川财经周刊：…"; a digest's titles differ)
    heads = [head for head, _ in found.values()]
    found = {k: t for k, t in found.items() if heads.count(t[0]) == 1}
    return {k: found[k] for k in _with_another_near(sorted(found))}


def _wrapped_bullet_titles(lines: list[Line]) -> dict[int, tuple[str, str]]:
    """'◆假期日均消费增长' / '9.6%　商务部门监测数': in a narrow column a
    bulleted item's title runs over onto the next line, where a space parts
    it from its text. -> line index: (the title's end, the text on the next line)."""
    out: dict[int, tuple[str, str]] = {}
    for k, line in enumerate(lines[:-1]):
        below = lines[k + 1]
        if not line.text or line.raw[0] not in BULLETS or " " in line.raw.strip() or below.frame_start \
                or below.raw.count(" ") != 1:
            continue
        tail, rest = below.raw.split(" ", 1)
        after = lines[k + 2].text if k + 2 < len(lines) else ""
        head = line.raw.strip() + tail
        # (the text opens on a Chinese character: "Galaxy Ring" is a space of Latin print)
        if 1 <= len(tail) <= 12 and not rx(r"[，。；！？,;!?：:、]").search(head) and len(rest) >= 2 and HAN.match(rest) \
                and looks_like_headline(head.lstrip(BULLETS)) and len(rest + after) >= RUN_IN_TEXT:
            out[k] = (tail, rest)
    return out


WRAPPED_BRACKET_LINES = 3  # a bracketed title of up to forty characters in a column of ten or more


def _wrapped_bracketed_titles(lines: list[Line]) -> dict[int, tuple[int, str, str]]:
    """'【《南屿经济评论》' / '创刊三十周年座谈会召' / '开】5月8日，本刊创刊': in a
    narrow column a digest item's bracketed headline runs over two or three
    lines and its text runs on after the closing bracket.
    -> index of the title's first line: (index of the line the text starts on, title, text)."""
    out: dict[int, tuple[int, str, str]] = {}
    for k, line in enumerate(lines):
        opening = line.raw.strip()
        if not rx(rf"^{RUN_IN_MARK}?\s*【").match(opening) or "】" in opening:
            continue
        joined = opening
        for last in range(k + 1, min(k + WRAPPED_BRACKET_LINES, len(lines))):
            below = lines[last]
            if not below.text or below.frame_start or "【" in below.raw:
                break
            joined += below.raw.strip()
            if "】" in below.raw:
                found = _bracketed_title(joined)
                if found:
                    out[k] = (last, *found)
                break
    return out


def _glued_across_gap(line: Line) -> tuple[str, str] | None:
    """"建筑比例达41%    本报讯（记者　X）", "塔吊装上“智慧眼”　司机告别“盲吊”    4月8日，
    在…": a headline line, a wide gap, then a dateline or the opening of a
    sentence: the headline and the first line of its text, glued by the
    extraction. (A table row's cells are parted so too; no cell opens a sentence.)"""
    from .units import opens_with_dateline

    if not 4 <= line.gap <= 40:
        return None
    head, rest = line.raw[:line.gap].strip(), line.raw[line.gap:].strip()
    if not rest or rx(r"[，,。；;！!]").search(head) or not looks_like_headline(head):
        return None
    return (head, rest) if opens_with_dateline(rest) or split_dateline(rest) or _opens_sentence(rest) else None


# A digest item's headline in lenticular brackets, its text run on after it
# ("【中欧班列年内开行突破1.7万列】记者从…获悉，…"). Six characters at least:
# a shorter bracket is a column's or a place's label ("【短评】", "【合肥】").
RUN_IN_MARK = "[▲△●■◆▶►◇○]"  # a bullet that may mark a bracketed title run in ("▲【…】")
BRACKETED_RUN_IN = rx(rf"^(?P<mark>{RUN_IN_MARK}?\s*)【(?P<head>[^】]{{6,40}})】\s*(?P<rest>\S.*)$")  # ("▲【…】": a bullet may mark it)


def _bracketed_title(raw: str) -> tuple[str, str] | None:
    """(title, text) for a paragraph opened by its headline in brackets."""
    match = BRACKETED_RUN_IN.match(raw.strip())
    if not match:
        return None
    head, rest = match.group("head"), match.group("rest")
    if parse_byline(head) or split_dateline(head) or rx(r"记者|通讯员|特约|报道|编者|电$").search(head):
        return None  # "【环球时报驻德国特派记者 柯岚】": a byline run in, not a headline
    return (f"{match.group('mark')}【{head}】", rest) if looks_like_headline(head) else None


def _opens_sentence(text: str) -> bool:
    """Running text: a clause and its comma or stop within the first few words."""
    return bool(rx(r"^[^，。；！？,;!?]{1,20}[，。；！？,;!?]").match(text))


def _credits_over_two_lines(lines: list[Line]) -> list[Line]:
    """'新华社记者' at a line end and '张三 摄' on the next are one photo credit;
    so are '…挑战。（陈' and '玉强 摄）'."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        credit_below = prev is not None and prev.text and line.text.endswith(("摄", "摄）", "摄)"))
        piece = rx(r"\s*[（(]?[\u3400-\u9fff]{1,3}$").search(prev.raw) if credit_below else None
        if piece and piece.start() > 0:
            joined = (piece.group().strip() + line.raw).strip()
            if ends_sentence(prev.raw[:piece.start()]) and (parse_byline(joined.strip("（()）")) or EXTRA_CREDIT.match(joined)):
                head = prev.raw[:piece.start()]
                out[-1] = Line(prev.no, squeeze_spaces(head), head, prev.frame_start, prev.md_level, prev.indent)
                line = Line(line.no, squeeze_spaces(joined), joined)
        if prev is not None and prev.text and line.text.endswith("摄"):
            role = parse_byline(prev.raw)
            joined = parse_byline(f"{prev.raw} {line.raw}")
            if role is not None and role.needs_names and joined is not None and joined.photo:
                out[-1] = Line(prev.no, squeeze_spaces(f"{prev.raw} {line.raw}"), f"{prev.raw} {line.raw}", prev.frame_start,
                               prev.md_level, prev.indent)
                continue
        out.append(line)
    return out


def _spaced_headline_over_two_lines(rows: list[Row]) -> None:
    """"■　朗　峰　銀　行" / "推　綠　色　按　揭": a bulleted line in letter-spaced
    display type with the next line set so, solid under it, is a headline
    broken at a narrow column, not a byline of letter-spaced names ("■　贾　丽")."""
    for row, nxt in zip(rows, rows[1:]):
        if row.role == BYLINE and row.line.raw[:1] in BULLETS and letter_spaced(row.line.raw) \
                and nxt.role == TEXT and nxt.no == row.no + 1 and nxt.line.raw[:1] not in BULLETS \
                and (letter_spaced(nxt.line.raw) or SPACED_LETTERS.search(nxt.line.raw)) and not ends_sentence(nxt.text):
            row.role = TEXT


SPACED_LETTERS = rx(r"(?:^|[ \u3000])[\u3400-\u9fff][ \u3000]+[\u3400-\u9fff](?:[ \u3000]|$)")  # "客　增　15%": letters set apart


def _spaced_headline_over_byline(rows: list[Row]) -> None:
    """"枫 岭 县 农 产 品 冷" / "链 仓 投 用" / "记者 龚南星 通讯员 柯晓梅": a
    letter-spaced line solid under a letter-spaced headline's line, with
    the byline naming its role right under it, is the headline's second
    line, not letter-spaced names (the byline names the writers)."""
    for above, row, below in zip(rows, rows[1:], rows[2:]):
        if row.role == BYLINE and above.role == TEXT and below.role == BYLINE and above.no == row.no - 1 == below.no - 2 \
                and letter_spaced(row.line.raw) and letter_spaced(above.line.raw) and not re.search(ROLE, row.text) \
                and re.search(ROLE, below.text):
            row.role = TEXT


def rows_of(lines: list[Line]) -> list[Row]:
    rows = [Row(line, role_of(line), width_of(line.text) + line.indent, spaced=width_of(line.raw) + line.indent)
            for line in lines]
    _verse(rows)
    _spaced_headline_over_two_lines(rows)
    _bracketed_titles_run_in(rows)
    _bracketed_item_titles(rows)
    _names_after_role(rows)
    _names_under_headlines(rows)
    _columnists_over_posts(rows)
    _posts_under_headlines(rows)
    _spaced_headline_over_byline(rows)
    _names_closing_texts(rows)
    _names_signed_again(rows)
    _columnists_under_headlines(rows)
    _posts_over_signatures(rows)
    _bodies_signing_texts(rows)
    _names_beside_signatures(rows)
    _bios_of_signed_authors(rows)
    _contact_words_in_text(rows)
    _overprinted_lines(rows)
    _latin_in_text(rows)
    _english_headlines(rows)
    _bullet_items_hung(rows)
    _set_columns(rows)
    _dashes_in_text(rows)
    _subtitles_wrapped(rows)
    _speaker_under_subtitle(rows)
    _notes_wrapped(rows)
    _reprint_credits_wrapped(rows)
    _names_over_bios(rows)
    _speakers_between_paragraphs(rows)
    _voices_in_roundup(rows)
    _glossary_terms(rows)
    _salutations(rows)
    _quotes_attributed(rows)
    _timeline_dates(rows)
    _guests_introduced(rows)
    _lines_inside_sentences(rows)
    _lone_section_headers(rows)
    _contents_under_heading(rows)
    _code_boxes_in_text(rows)
    _code_box_captions(rows)
    _repeated_mastheads(rows)
    _masthead_on_top(rows)
    _labels_over_their_english_names(rows)
    _contents_blurbs(rows)
    _running_folios(rows)
    _figure_labels(rows)
    _cartoons(rows)
    _part_numbers(rows)
    _chart_titles_under_numbers(rows)
    _table_rows(rows)
    _aligned_tables(rows)
    _fact_boxes(rows)
    _bilingual_glossary(rows)
    _profile_boxes(rows)
    _weather_and_draw_boxes(rows)
    _maps(rows)
    _wrapped_picture_credits(rows)
    _figure_boxes(rows)
    _figure_pairs(rows)
    _charts_over_credit(rows)
    _ragged_tables(rows)
    _printed_twice(rows)
    _disclosure_notices(rows)
    _legal_notices(rows)
    _advert_under_label(rows)
    _book_data(rows)
    _speaker_labels(rows)
    _pull_quotes(rows)
    _passages_set_large(rows)
    _guest_lists(rows)
    return rows


# "书名：《…》　作者：X　出版社：Y　出版时间：…　定价：…", "《隐形冠军在中国》　戚望秋　著":
# the data of the book a review is about, set between its headline and its text
BOOK_DATA = rx(r"^书\s*名\s*[:：]|^《[^》]{2,30}》\s*[\u3400-\u9fff]{2,4}(?:\s*[、，]\s*[\u3400-\u9fff]{2,4})*\s*(?:著|编著|主编|编|译)$"
              r"|^《[^》]{2,30}》.{0,30}定\s*价\s*[:：]\s*[\d.]+\s*元$")  # "《县城的生意》　鲍远帆　著　栎坪出版社　定价：52.00元": a new books list's line
PUBLISHER_DATA = rx(r"出版社|出版时间|定\s*价|ISBN|\d{4}年\d{1,2}月$|元$")
BOOK_DATA_LINES = 4
PUBLISHER_LINE = rx(r"^[\u3400-\u9fff]{2,16}(?:出版社|书局|出版集团|出版公司)\s*(?:\d{4}年\d{1,2}月(?:版)?)?$")


def _book_data(rows: list[Row]) -> None:
    """A book's data line and the lines it wraps onto, or the publisher's line
    under it, up to the text's first indented line: a note, not the review's text."""
    for k, row in enumerate(rows):
        if (row.role in (TEXT, AD) and PUBLISHER_LINE.match(row.text) and k and rows[k - 1].no == row.no - 1
                and rx(r"^《[^》]{2,30}》$").match(rows[k - 1].text)):
            # "《县域的力量》" / "青岚人民出版社　2035年4月": a new book's title, then its
            # publisher, printed under the title as a subtitle is
            row.role = SUB
            continue
        if row.role not in (TEXT, BYLINE) or not BOOK_DATA.match(row.text.replace(" ", "") if row.text.startswith("书") else row.text):
            continue
        row.role = NOTE
        prev = row
        for nxt in rows[k + 1:k + BOOK_DATA_LINES]:
            if (nxt.role not in (TEXT, AD) or nxt.indented or nxt.no != prev.no + 1 or ends_sentence(nxt.text)
                    or not PUBLISHER_DATA.search(nxt.text)):
                break
            nxt.role = NOTE
            prev = nxt


AD_LABEL = rx(r"^(?:公益广告|广告|商业广告|形象广告)$")
AD_LABEL_RUN_IN = rx(r"^(?:公益广告|广告|商业广告|形象广告)\s+[\u3400-\u9fff]")  # "广告　澜州恒固建材机械有限公司"


def _advert_under_label(rows: list[Row]) -> None:
    """"公益广告" / "讲文明　树新风" / "争做文明雁川人" / "…县委宣传部　…文明办　宣":
    the display lines set solid under an advert's label, up to the first
    blank line, are the advert's, not a headline (nor running text, which
    closes its sentences)."""
    for k, row in enumerate(rows):
        if row.role != AD or not (AD_LABEL.match(row.text.replace(" ", "")) or AD_LABEL_RUN_IN.match(row.line.raw.strip())):
            continue
        prev, taken = row, []
        for nxt in rows[k + 1:]:
            if nxt.no != prev.no + 1 or nxt.role not in (TEXT, SUB, BYLINE) or ends_sentence(nxt.text):
                break
            if nxt.role == BYLINE and rx(ROLE).search(nxt.text):
                _give_back_headline(taken)
                break
            nxt.role = AD
            taken.append(nxt)
            prev = nxt


HEADLINE_LINES = 3  # a headline runs over three lines at most


def _give_back_headline(taken: list[Row]) -> None:
    """"…免费参观　预约入馆" / "海 外 侨 胞 捐 建" / "乡 村 学 校 投 用" / "本报记者　X":
    a reporter's byline is an article's, not an advert's, and the display
    lines right over it are its headline: all those in the letter-spaced
    type of the line above the byline, else that line alone. (A double spaced
    page has no blank line left to end the advert before them.)"""
    if not taken:
        return
    spaced = letter_spaced(taken[-1].line.raw)
    for row in reversed(taken[-HEADLINE_LINES:]):
        if letter_spaced(row.line.raw) != spaced:
            break
        row.role = TEXT
        if not spaced:
            break


# "证券代码：603871　证券简称：海澄股份　公告编号：2026-058" opens a listed
# company's notice, "特此公告。" closes it (the board and the date under it)
NOTICE_OPENING = rx(r"^(?:证券代码|股票代码|债券代码|基金代码)\s*[:：]")
NOTICE_CLOSING = rx(r"特此(?:公告|通知|声明)[。.]?$")
NOTICE_REACH = 300  # lines: the longest notice a page prints
NOTICE_SIGNERS = 3  # the company, its board, the date, under the closing words


def _disclosure_notices(rows: list[Row]) -> None:
    """A listed company's notice (信息披露), from its codes line to its
    "特此公告。" and the board and date signing it, is a notice set by the
    company, not an article: its numbered clauses are no crossheads."""
    k = 0
    while k < len(rows):
        if not NOTICE_OPENING.match(rows[k].text):
            k += 1
            continue
        end = next((j for j in range(k, min(len(rows), k + NOTICE_REACH)) if NOTICE_CLOSING.search(rows[j].text)), None)
        if end is None:
            k += 1
            continue
        k = _mark_notice(rows, k, end)


def _mark_notice(rows: list[Row], start: int, end: int) -> int:
    """Rows start..end (the closing words), and the signers set under them
    (the company or its board, the date), are one notice; returns the row
    after it."""
    signers = 0
    while (signers < NOTICE_SIGNERS and end + 1 < len(rows) and rows[end + 1].role != BLANK
           and len(rows[end + 1].text) <= 30 and not ends_sentence(rows[end + 1].text) and not _dated(rows[end])):
        # "海澄科技股份有限公司董事会" / "2026年12月9日": the date signs last
        # (a line set solid under it is the next piece's headline)
        end, signers = end + 1, signers + 1
    for row in rows[start:end + 1]:
        if row.role != BLANK:
            row.role = AD
    return end + 1


# "注销公告", "澜江市中级人民法院公告", "遗失声明": a notice's label alone on its line
NOTICE_LABEL = rx(r"^[\u3400-\u9fff·（）()]{0,14}(?:公告|声明|启事|通告)$"
                  r"|^[\u3400-\u9fff·（）()《》“”]{0,24}(?:征稿|征文|约稿|招聘|招生|征集)启事$"  # "《X》“Y”专题征稿启事"
                  r"|^[\u3400-\u9fff]{1,4}通知$")  # "停水通知", "停电通知": a utility's service notice (not "关于…的通知" in full)
CN_DATE = rx(r"^[〇零一二三四五六七八九十\d]{4}年[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日$")
NOTICE_LINES = 40  # lines: a notice set in a paper's notices columns is short


def _dated(row: Row) -> bool:
    text = row.text.replace(" ", "")
    return bool(DATE_ALONE.match(text) or CN_DATE.match(text))


# "泊州市市场监督管理局" set solid over "食品安全监督抽检信息公告": the body issuing the notice
GOVERNING_ENDING = r"(?:局|厅|委员会|委|办公室|办|政府|法院|检察院)"
ISSUER = rx(rf"^[\u3400-\u9fff]{{2,20}}(?:{GOVERNING_ENDING}|公司|集团|银行|中心|协会)$")


# "岚川省数据局", "柘阳市人民政府办公室": a government body, named by its place
GOVERNMENT_BODY = rx(rf"^[\u3400-\u9fff]{{1,10}}(?:省|市|县|区|州|盟|旗)[\u3400-\u9fff]{{0,12}}{GOVERNING_ENDING}$")


# "（第三十六号）" under "…人民代表大会常务委员会公告": the number of an
# official act (a law promulgated, a government order) printed as news
ACT_NUMBER = rx(r"^[（(]第[一二三四五六七八九十百零〇\d]{1,6}号[）)]$")


def _promulgation(rows: list[Row], k: int) -> bool:
    """A 公告 numbered on the line under its label is an act of a legislature
    or a government printed in the news columns, not a classified notice."""
    nxt = next((r for r in rows[k + 1:k + 3] if r.role != BLANK), None)
    return nxt is not None and bool(ACT_NUMBER.match(nxt.text.replace(" ", "")))


def _legal_notices(rows: list[Row]) -> None:
    """A notice printed among the news (a court's, a company's closing or
    capital cut, an auction, a lost licence): its label alone on a line,
    its text, and its close: the signer and the date, the contact to call,
    or "声明作废"/"特此…". From label to close it is one notice, no article
    and no crosshead of one."""
    k = 0
    while k < len(rows):
        if rows[k].role != TEXT or not NOTICE_LABEL.match(rows[k].text.replace(" ", "")) or _promulgation(rows, k):
            k += 1
            continue
        end = None
        for j in range(k + 1, min(len(rows), k + NOTICE_LINES)):
            text = rows[j].text.replace(" ", "")
            if rows[j].role == BLANK and j + 1 < len(rows) and rows[j + 1].role == BLANK:
                break
            if _dated(rows[j]) or _labelled_contact(text) \
                    or text.endswith(("声明作废。", "特此声明。", "特此公告。")):
                end = j
                if not (j + 1 < len(rows) and rows[j + 1].role != BLANK and rows[j + 1].text.replace(" ", "").endswith("作废。")):
                    break
        if end is None:
            k += 1
            continue
        if k > 0 and rows[k - 1].role == TEXT and rows[k - 1].no == rows[k].no - 1 and ISSUER.match(rows[k - 1].text.replace(" ", "")):
            k -= 1  # the issuer's name over the notice's label is the notice's
        k = _mark_notice(rows, k, end)


REPEAT_ROWS, REPEAT_CHARS = 4, 200  # a stretch this long printed twice is no chance
REPEAT_REACH = 400  # lines: no column runs longer


# "澄衡大学经济学院教授、本刊专栏作者": a columnist's posts, the last a post's word
COLUMNIST_POSTS = rx(rf"^[^，,。；;！？!?]{{2,40}}(?:{POSTS}|专栏作者|特约撰稿人|撰稿人)$")


def _columnists_over_posts(rows: list[Row]) -> None:
    """"温和复苏的成色" / "卢衡之" / "澄衡大学经济学院教授、本刊专栏作者" / text:
    a name alone under a column's headline, over a line of the writer's
    posts, signs the column; the posts are a note of who the writer is."""
    for k in range(1, len(rows) - 2):
        above, row, posts, text = rows[k - 1], rows[k], rows[k + 1], rows[k + 2]
        if (row.role == TEXT and posts.role == TEXT and text.role == TEXT and above.role == TEXT
                and above.no + 1 == row.no == posts.no - 1 and looks_like_headline(above.text) and not ends_sentence(above.text)
                and bare_names(row.line.raw) == [row.text.replace(" ", "")]
                and COLUMNIST_POSTS.match(posts.text.replace(" ", ""))):
            row.role, posts.role = BYLINE, NOTE


def _overprinted_lines(rows: list[Row]) -> None:
    """"老字号前10个月销售额增长14%" twice, one line under the other: display
    type a PDF made bold by printing it twice, extracted as two lines; the
    copy is no line of the page (kept apart as other matter). So is a line
    extracted with its characters or its words twice ("聚聚焦焦…"), over the
    line read once (`split_merged`)."""
    for row, nxt in zip(rows, rows[1:]):
        twice = (nxt.no == row.no + 1 and row.text == nxt.text
                 and MIN_OVERPRINT <= len(row.text) <= MAX_OVERPRINT and not ends_sentence(row.text))
        if row.role == TEXT and nxt.role == TEXT and twice:
            nxt.role = AD
        elif nxt.no == row.no and row.text != nxt.text and squeeze_spaces(undo_bold_overprint(row.line.raw.strip())) == nxt.text:
            row.role = AD  # (the line as extracted, over the line read once)


def _printed_twice(rows: list[Row]) -> None:
    """A stretch of lines the text layer holds twice, word for word or a word
    or two apart (a column extracted again): the copy with no headline over it is the stray
    one; the other, under its headline, is the article's. When both or
    neither have one, nothing is decided."""
    lines = [k for k, r in enumerate(rows) if r.role != BLANK]
    seen: dict[str, int] = {}
    n = 0
    while n < len(lines):
        text = rows[lines[n]].text
        m = seen.get(text)
        seen.setdefault(text, n)
        run = 0
        if m is not None and len(text) >= 8:
            while (run < REPEAT_REACH and n + run < len(lines) and m + run < n
                   and _same_line(rows[lines[m + run]].text, rows[lines[n + run]].text)):
                run += 1
        chars = sum(len(rows[lines[m + i]].text) for i in range(run)) if run else 0
        if run >= REPEAT_ROWS and chars >= REPEAT_CHARS:
            first_headed, second_headed = _headed(rows, lines, m), _headed(rows, lines, n)
            if first_headed != second_headed:
                stray = n if first_headed else m
                for i in range(run):
                    rows[lines[stray + i]].role = REPEAT
        n += max(run, 1)  # (a stretch read once is not read again from inside: linear time)


def _same_line(a: str, b: str) -> bool:
    """The same line, or one a word or two apart (the two copies of a column
    may come from two states of the page)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 40 or abs(len(a) - len(b)) > 0.05 * max(len(a), len(b)):
        return False
    import difflib
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.95


def _headed(rows: list[Row], lines: list[int], n: int) -> bool:
    """The non-blank line before lines[n] is display type (a headline)."""
    return n > 0 and rows[lines[n - 1]].role == TEXT and looks_like_headline(rows[lines[n - 1]].text) \
        and not ends_sentence(rows[lines[n - 1]].text)


# ("目录 CONTENTS", "CONTENTS 目录": a magazine names its contents in two languages)
CONTENTS_HEADING = rx(r"^(?:本期)?(?:目录|目次|要目)(?:contents)?$|^contents(?:目录)?$", re.I)
CONTENTS_REACH = 40  # lines a table of contents runs to


def _contents_under_heading(rows: list[Row]) -> None:
    """Under '目　录' (or 'CONTENTS'), the lines up to the next blank line
    are the table of contents: its entries, the section labels among them
    and the blurbs under the entries, whatever shape each has alone."""
    for k, row in enumerate(rows):
        if row.role == BLANK or not CONTENTS_HEADING.match(row.text.replace(" ", "")):
            continue
        row.role = TOC
        start = k + 2 if k + 2 < len(rows) and rows[k + 1].role == BLANK else k + 1  # (the heading set apart over its entries)
        block = list(itertools.takewhile(lambda r: r.role != BLANK, rows[start:start + CONTENTS_REACH]))
        for below in block[:_contents_end(block)]:
            if below.role in (TEXT, SECTION, TOC, AD) and len(below.text) <= 80:
                below.role = TOC


PROSE_RUN = 3  # lines of running text in a row: an article's paragraph, past any blurb of the contents


def _contents_end(block: list[Row]) -> int:
    """Where the contents end when no blank line closes them: before the
    first run of running-text lines, after the last entry with its page
    number (and the blurb right under it)."""
    def prose(row: Row) -> bool:
        return row.role == TEXT and len(row.text) >= 15 and bool(rx(r"[，。]").search(row.text)) and not _entry(row)

    run = next((j for j in range(len(block) - PROSE_RUN + 1) if all(prose(r) for r in block[j:j + PROSE_RUN])), None)
    if run is None:
        return len(block)
    last = max((j for j in range(run) if _entry(block[j])), default=-1)
    if 0 <= last < run - 1 and prose(block[last + 1]) and block[last + 1].indented:
        last += 1  # the blurb under the last entry
    return last + 1


def _entry(row: Row) -> bool:
    """A contents entry: its page number before or after its title."""
    return bool(TOC_LINE.search(row.line.raw) or rx(r"^\d{1,3}\s").match(row.line.raw.strip())
                or rx(r"\s\d{1,3}(?:\s|$)").search(row.line.raw.strip()))


# "扫码关注", "扫一扫", "长按识别二维码": a box's call to scan its code
SCAN_CALL = rx(r"^(?:扫码|扫一扫|扫描(?:下方|上方)?二维码|长按(?:识别)?二维码)")
BOX_LINE_CHARS = 12  # an account's name or a slogan under the call


def _code_boxes_in_text(rows: list[Row]) -> None:
    """'扫码关注' / '都市消费报汽车频道' / '看更多用车攻略' set into a column
    between two lines of one text (on a page that indents its paragraphs, the
    line after the box goes on flush): the box's short lines are its own,
    not a headline over the rest of the text."""
    texts = [r for r in rows if r.role == TEXT]
    if sum(1 for r in texts if r.indented) < 0.1 * max(len(texts), 1):
        return
    for k, row in enumerate(rows):
        if row.role != AD or not SCAN_CALL.match(row.text) or not k or rows[k - 1].role != TEXT:
            continue
        box = _lines_under_call(rows, k, flush=True)
        after = rows[k + 1 + len(box)] if k + 1 + len(box) < len(rows) else None
        if box and after is not None and after.role == TEXT and not after.indented:
            for line in box:
                line.role = AD


def _lines_under_call(rows: list[Row], k: int, flush: bool = False) -> list[Row]:
    """The short lines set solid under a call to scan a code (up to two, no
    sentence among them; with `flush`, none indented): the box's own."""
    box = []
    for below in rows[k + 1:k + 3]:
        if below.role != TEXT or (flush and below.indented) or len(below.text) > BOX_LINE_CHARS or ends_sentence(below.text):
            break
        box.append(below)
    return box


def _code_box_captions(rows: list[Row]) -> None:
    """'扫描二维码' / '进入居民医保缴费通道', a blank line under them: the short
    line set solid under the call says where the code leads; it is the
    box's, not a headline (a headline under a box is set apart from it, and
    heads a text, not a blank line)."""
    for k, row in enumerate(rows):
        if row.role != AD or not SCAN_CALL.match(row.text):
            continue
        box = _lines_under_call(rows, k)
        after = rows[k + 1 + len(box)] if k + 1 + len(box) < len(rows) else None
        if box and (after is None or after.role == BLANK):
            for line in box:
                line.role = AD


def _table_row(raw: str) -> bool:
    """Three cells or more parted by spaces, none a clause, two or more
    figures, or a bare figure last ("尿素　吨　2180": an item, its unit, its price)."""
    cells = raw.split()
    return len(cells) >= 3 and all(TABLE_CELL.match(c) for c in cells) \
        and (sum(1 for c in cells if rx(r"\d").search(c)) >= 2 or bool(FIGURE_CELL.match(cells[-1])))


CHART_ROW = rx(r"^[\u3400-\u9fffA-Za-z（）()]{1,12}\s+[-+]?\d[\d,]*(?:\.\d+)?\s*%?$")  # "地方政府债　　21430"


TEXT_CELL_CHARS = 12  # a table's cell of words: a phrase or two, narrower than a column of text
FIGURE_FIRST = rx(r"^[+\-＋－−]?\d")  # a cell that is a figure ("362.8万人次", "＋12.4%"): a box or table of figures
ALIGNED_ROWS = 3  # rows whose cells start at the same place: two may be a byline over a line of text


def _cells(line: Line) -> bool:
    """The line parts into cells of words at runs of spaces, each a phrase
    short of a column (not display type spaced out letter by letter)."""
    parts = line.raw.split()
    return (bool(line.cells) and len(parts) >= 2 and all(len(p) <= TEXT_CELL_CHARS for p in parts)
            and not any(FIGURE_FIRST.match(p) for p in parts) and not letter_spaced(line.raw))


def _aligned_tables(rows: list[Row]) -> None:
    """"违规情形　　　　　处理措施" / "夸大产品收益、　　责令改正，对机" / "隐瞒免责条款
    　　　构处以罚款": a table of words (tables of figures are `_table_rows`'
    and the boxes'), its cells parted by spaces, each
    column's cells starting at the same place line after line (a cell wrapped
    onto a line of its own, "诱导退保转保", among them). Three rows so or
    more are a table, with its title over it (a note under it is
    `role_of`'s, FIGURE_NOTE)."""
    k = 0
    while k < len(rows):
        if rows[k].role != TEXT or rows[k].verse or not _cells(rows[k].line):
            k += 1
            continue
        shared, end, aligned = set(rows[k].line.cells), k + 1, 1
        while end < len(rows) and rows[end].role == TEXT and not rows[end].verse:
            line = rows[end].line
            if _cells(line) and shared & set(line.cells):
                shared &= set(line.cells)
                aligned += 1
            elif line.cells or len(line.text) > TEXT_CELL_CHARS or ends_sentence(line.text):
                break  # (a cell wrapped onto a line of its own is a short phrase)
            end += 1
        # (cells starting at one place after first cells of different lengths:
        # the spaces were set to align them, not a name's, "邝明远　远帆…董事长")
        firsts = {len(r.line.raw.split()[0]) for r in rows[k:end] if _cells(r.line)}
        if aligned >= ALIGNED_ROWS and len(firsts) >= 2:
            for row in rows[k:end]:
                row.role = FIGURE
            title = rows[k - 1] if k else None
            if title is not None and title.role == TEXT and len(title.text) <= TABLE_TITLE_CHARS \
                    and not CLAUSE_OR_STOP.search(title.text):
                title.role = FIGURE  # "重点违规情形及处理措施": the table's title
        k = max(end, k + 1)


def _table_rows(rows: list[Row]) -> None:
    """Rows of a table set as text, their cells parted by spaces, two or
    more cells figures ("越南 2024年5月 1.5 2.8"), two rows at least; the
    line of as many cells right above them is the table's head. Under a
    chart's title, rows of a name and a figure ("国债　28650") are its bars."""
    for k, row in enumerate(rows):
        if row.role == TEXT and CHART_ROW.match(row.line.raw.strip()) and k and rows[k - 1].role == FIGURE:
            row.role = FIGURE
            continue
        # (a table's last row may read as a contents entry, "油菜种子　公斤　68":
        # under a row of as many cells it is the table's)
        last_row = row.role == TOC and k and rows[k - 1].role == FIGURE \
            and len(rows[k - 1].line.raw.split()) == len(row.line.raw.split())
        if (row.role != TEXT and not last_row) or not _table_row(row.line.raw):
            continue
        neighbours = [rows[j] for j in (k - 1, k + 1) if 0 <= j < len(rows)]
        if not any(_table_row(r.line.raw) for r in neighbours):
            continue
        row.role = FIGURE
        head = rows[k - 1] if k else None
        if head is not None and head.role == TEXT and len(head.line.raw.split()) == len(row.line.raw.split()) \
                and not rx(r"[，,。；;！？]").search(head.text):
            head.role = FIGURE
            _table_title(rows, k - 1)


# "全长：312公里", "设计时速：160公里": a fact box's line, a short key, a colon and a figure
FACT_LINE = rx(r"^(?!时间|日期|地点|地址|电话|截止|报名)[\u3400-\u9fff]{2,8}[：:]\s*[^，,。；;！？!?：:]{0,10}\d[\d.,]*\s*"
               r"(?:公里|千米|米|平方米|公顷|亩|吨|万|亿|元|座|个|家|台|辆|人|年|月|天|小时|%|％|千瓦|兆瓦|吉瓦|项|条|所|层)[^，,。；;！？!?：:]{0,8}$")
FACT_BOX_LINES = 3  # a box of facts lists a few; two such lines may be a sentence's pair
FACT_LABEL_CHARS = 8  # "项目速览", "数读": the box's label


# "1.86万台　去年鹭川口岸出口二手工程机械": a figure in large type, a space, and what it counts
FIGURE_LINE = rx(r"^(?P<figure>[^\s，,。；;：:]{1,10})\s+(?P<what>[^\s。；;！？!?][^。；;！？!?]{1,30})$")


def _figure_boxes(rows: list[Row]) -> None:
    """"数据" / "1.86万台　去年…出口二手工程机械" / "42亿元　出口货值…" / "不到三成
    　…": three or more lines of a figure and what it counts, most figures with
    digits, make a box of figures set beside the text (its short label over
    it), not headlines nor running text."""
    with_digits: dict[int, bool] = {}  # row number -> its figure holds a digit (each line matched once)

    def figure_line(row: Row) -> bool:
        found = FIGURE_LINE.match(row.line.raw.strip())
        if found:
            with_digits[row.no] = bool(rx(r"\d").search(found.group("figure")))
        return bool(found)

    for k, end in _text_runs(rows, figure_line):
        counted = sum(with_digits[row.no] for row in rows[k:end])
        if end - k >= FACT_BOX_LINES and counted >= 2 and counted * 2 >= end - k:
            _set_box(rows, k, end)


# "21.6亿元", "60%以上", "28个", "1.86万亿元": a figure alone on its line, as a data box prints it over its label
# (one pattern: an earlier, narrower one of this name was shadowed by this one)
FIGURE_ALONE = rx(r"^[^\s，,。；;：:]{0,3}\d[\d.,]*[^\s，,。；;：:]{0,5}$")


def _figure_pairs(rows: list[Row]) -> None:
    """"数据" / "21.6亿元" / "　2033年营业收入" / "60%以上" / "　…占比": a figure in
    large type on its line, what it counts indented under it, two pairs or
    more: a box of figures, as `_figure_boxes` reads it on one line. Some
    boxes print what is counted first, the figure under it ("外资流向" /
    "11月外资净买入A股" / "　　386.5亿元" / "年内累计净买入" / "　　2874.3亿元")."""
    def counted(row: Row, indented: bool) -> bool:
        return row.role == TEXT and (row.indented or not indented) and len(row.text) <= 30 and not CLAUSE_OR_STOP.search(row.text)

    def figure(row: Row) -> bool:
        return row.role == TEXT and bool(FIGURE_ALONE.match(row.text))

    def label_first(row: Row, below: Row) -> bool:
        # (the figure indented under a flush label: wrapped text may end a line on a figure too)
        return counted(row, False) and not row.indented and figure(below) and below.indented

    k = 0
    while k < len(rows):
        end = k
        while end + 1 < len(rows) and figure(rows[end]) and counted(rows[end + 1], True):
            end += 2
        if end - k < 4:
            end = max(end, next(e for e in range(k, len(rows) + 1, 2) if e + 1 >= len(rows) or not label_first(rows[e], rows[e + 1])))
        if end - k < 4:
            k = max(end, k + 1)
            continue
        _set_box(rows, k, end)
        k = end


def _text_runs(rows: list[Row], matches) -> Iterator[tuple[int, int]]:
    """Each longest run rows[k:end] of text rows that `matches` accepts, in
    page order (a run's rows may be given other roles before the next is sought)."""
    k = 0
    while k < len(rows):
        end = k
        while end < len(rows) and rows[end].role == TEXT and matches(rows[end]):
            end += 1
        if end > k:
            yield k, end
        k = end + 1


def _set_box(rows: list[Row], k: int, end: int) -> None:
    """rows[k:end] are a box set beside the text; the short label over them is its own."""
    for row in rows[k:end]:
        row.role = FIGURE
    label = rows[k - 1] if k else None
    if label is not None and label.role == TEXT and len(label.text) <= FACT_LABEL_CHARS \
            and not rx(r"[，,。；;！？!?：:]").search(label.text):
        label.role = FIGURE


# "梅里迪亚主要城市与港口示意图": a map's or a chart's title
MAP_TITLE = rx(r"^[^，,。；;！？!?]{2,28}(?:示意图|分布图|位置图|路线图|地图|走势图)$")
MAP_LABEL_CHARS = 12  # a place's name, a mark: what a map prints
MAP_REACH = 12  # rows from the title to the map's credit at most
MAP_CREDIT = rx(r"^(?:制图|绘图|地图来源|图源|来源)\s*[:：]")


def _maps(rows: list[Row]) -> None:
    """"梅里迪亚主要城市与港口示意图" / "北湾港" / "●" / … / "制图：池若衡": a
    map's title, the place names printed on it, short, and its credit; no
    headline, byline nor text among them."""
    for k, row in enumerate(rows):
        if row.role != TEXT or not MAP_TITLE.match(row.text):
            continue
        end = next((j for j in range(k + 1, min(len(rows), k + 1 + MAP_REACH)) if MAP_CREDIT.match(rows[j].text)), None)
        if end is None or end == k + 1:
            continue
        inside = rows[k + 1:end]
        if all(r.role == BLANK or (len(r.text) <= MAP_LABEL_CHARS and not ends_sentence(r.text)) for r in inside):
            for r in [row] + [r for r in inside if r.role != BLANK]:
                r.role = FIGURE


# "图片由芷川县文化和旅游局" / "提供": a picture's credit wrapped in a narrow column
CREDIT_HEAD = rx(r"^[（(]?\s*(?:图片|照片)由[^，。；！？,;!?]{2,20}$")
CREDIT_TAIL = rx(r"^[^，。；！？,;!?]{0,8}(?:提供|供图)\s*[）)]?$")


def _wrapped_picture_credits(rows: list[Row]) -> None:
    """"图片由芷川县文化和旅游局" / "提供": a caption's credit, who gave the
    picture, broken at a narrow column's edge; neither line is text."""
    for above, below in zip(rows, rows[1:]):
        if above.role == TEXT and below.role == TEXT and wrapped_credit(above, below):
            above.role = below.role = CREDIT


def wrapped_credit(above: Row, below: Row) -> bool:
    """The two lines are one picture credit broken at the column's edge."""
    return below.no == above.no + 1 and bool(CREDIT_HEAD.match(above.text)) and bool(CREDIT_TAIL.match(below.text))


# "今天：晴转多云　11℃～23℃": a forecast's day, its weather and a range of temperatures
FORECAST_LINE = rx(r"^[^，,。；;！？!?]{0,16}-?\d{1,2}\s*(?:℃|°C?)?\s*[～~至/－—-]\s*-?\d{1,2}\s*(?:℃|°C)[^，,。；;！？!?]{0,12}$")
FORECAST_CHARS = 40


# "“天天乐”第2035139期：03　11　16　24　30": a lottery's draw, its numbers set apart
DRAW_LINE = rx(r"^[^，,。；;！？!?]{0,12}第\s*\d{5,8}\s*期\s*[:：]?\s*\d{1,2}(?:\s+\d{1,2}){2,}$")
BOX_NOTE = rx(r"^[（(][^（()）]{2,20}[）)]$")  # "（以彩票中心公布为准）" under the box
WEATHER_MORE = rx(r"[东南西北]{0,2}风\s*\d|空气质量|相对湿度|紫外线|AQI|降水概率|能见度")


def _weather_and_draw_boxes(rows: list[Row]) -> None:
    """"芷川天气" / "今天：晴转多云　11℃～23℃" / "明天：…": a local paper's
    weather box, its lines a day and a range of temperatures, with the
    short label over them; no headline nor running text. So is a lottery's
    box of draws ("开奖公告" / "“好运3”第2035139期：8　2　5"), with the note
    in brackets under it."""
    def listed(row: Row) -> bool:
        raw = row.line.raw.strip()
        return len(row.text) <= FORECAST_CHARS and bool(FORECAST_LINE.match(raw) or DRAW_LINE.match(raw))

    for k, end in _text_runs(rows, listed):
        _set_box(rows, k, end)
        while end < len(rows) and rows[end].role == TEXT and rows[end].no == rows[end - 1].no + 1 \
                and WEATHER_MORE.search(rows[end].text) and len(rows[end].text) <= FORECAST_CHARS \
                and not rx(r"[，,。；;！？!?]").search(rows[end].text):
            rows[end].role = FIGURE  # "东南风3级　空气质量：良": the forecast's wind and air under its temperatures
            end += 1
        if end < len(rows) and rows[end].role == TEXT and rows[end].no == rows[end - 1].no + 1 \
                and BOX_NOTE.match(rows[end].text):
            rows[end].role = FIGURE


def _fact_boxes(rows: list[Row]) -> None:
    """"项目速览" / "全长：312公里" / "设计时速：160公里" / "沿线车站：14座": lines of a
    key and a figure, three or more in a row, are a fact box set beside the
    text (with the short label over them), not headlines nor running text."""
    for k, end in _text_runs(rows, lambda row: bool(FACT_LINE.match(row.line.raw.strip()))):
        if end - k >= FACT_BOX_LINES:
            _set_box(rows, k, end)


# "cross-border e-commerce　跨境电商", "吞吐量　throughput", "brew　v.　酝酿；冲泡":
# a bilingual page's word list, a term in one language and in the other
GLOSSARY_PAIR = rx(r"^(?:[A-Za-z][A-Za-z ()'’.-]{1,40}?[ \u3000]+(?:[a-z]{1,4}\.[ \u3000]+)?[\u3400-\u9fff][\u3400-\u9fff；;，、（）()]{0,15}"
                   r"|[\u3400-\u9fff][\u3400-\u9fff（）()]{0,11}[ \u3000]+[A-Za-z][A-Za-z ()'’.-]{1,40})$")
GLOSSARY_LINES = 2


def _bilingual_glossary(rows: list[Row]) -> None:
    """Two or more lines in a row, each a term and its translation: the
    word list of a bilingual page, a box beside the text (with the short
    label over it), no headline nor running text."""
    for k, end in _text_runs(rows, lambda row: bool(GLOSSARY_PAIR.match(row.line.raw.strip()))):
        if end - k >= GLOSSARY_LINES:
            _set_box(rows, k, end)


PROFILE_LABEL = rx(r"^[【\[]?(?:人物档案|人物简介|人物名片|个人简介|嘉宾简介|嘉宾档案|作者简介)[】\]]?$")
PROFILE_LINE_CHARS = 24


def _profile_boxes(rows: list[Row]) -> None:
    """"人物档案" / "戚闻道" / "全国政协委员" / "九章数据研究院院长" / "长期从事…":
    a profile box's label over its short lines (a name, posts, a line of
    what the person does), set solid up to a blank line: a box beside the
    interview, not headlines nor a byline."""
    for k, row in enumerate(rows):
        if row.role not in (TEXT, SECTION) or not PROFILE_LABEL.match(row.line.raw.strip()):
            continue
        end = k + 1
        while (end < len(rows) and rows[end].role in (TEXT, BYLINE) and rows[end].no == rows[end - 1].no + 1
               and len(rows[end].text) <= PROFILE_LINE_CHARS and not CLAUSE_OR_STOP.search(rows[end].text)):
            end += 1
        if end - k >= 3:
            for box_row in rows[k:end]:
                box_row.role = FIGURE


CLAUSE_OR_STOP = rx(r"[，,。；;！？!?]")  # a clause or a sentence closes: running text, no cell nor title
# A table extracted cell by cell or row by row onto short lines: "汽车类　86.4　　4.7",
# "家用电器和音像器材类" / "31.2" / "15.8"
CELL_LINE_CHARS = 20
FIGURE_CELL = rx(r"^[+\-－−]?\d[\d.,]*%?$")
RAGGED_TABLE_LINES = 5
FIGURE_SHARE = 0.4  # of a ragged table's lines hold a figure cell
TABLE_TITLE_WORD = rx(r"(?:情况|一览表?|排行|排名|均价|行情|统计|数据|对比|明细|价格)(?:[（(][^（()）]{1,12}[)）])?$|[（(][^（()）]{1,12}[)）]$")


def _cell_line(row: Row) -> bool:
    text = row.line.raw.strip()
    # (a head cell may read as a contact's word: "证券简称")
    return ((row.role == TEXT or (row.role == AD and len(row.text) <= 8)) and 0 < len(row.text) <= CELL_LINE_CHARS
            and not CLAUSE_OR_STOP.search(text)
            and not text.endswith(("：", ":")))


def _ragged_tables(rows: list[Row]) -> None:
    """Five short lines or more in a row, no clause among them and two in
    five holding a bare figure ("梧阳　1104.6", "8.2", "+4.85"): a table whose
    rows or cells the extraction broke onto lines of their own, not text nor
    headlines; the short line over it naming what it counts ("…零售均价
    （6月15日）", "…进出口情况") is its title."""
    k = 0
    while k < len(rows):
        if not _cell_line(rows[k]):
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < len(rows) and (_cell_line(rows[j]) or (rows[j].role == BLANK and j + 1 < len(rows) and _cell_line(rows[j + 1]))):
            if rows[j].role != BLANK:
                run.append(j)
            j += 1
        # a block past a blank line with no figure in it ends the table there: a
        # headline or a label under it ("主力资金净流入逾180亿元", "机构看市")
        while _last_block(run) > 0 and not any(_figure_row(rows[i]) for i in run[_last_block(run):]):
            j = run[_last_block(run)]
            run = run[:_last_block(run)]
        # a first block with no figure, set solid under a closed sentence and
        # parted from the table by a blank line, ends the text above it
        # ("…越算越宽。" / "（田秋禾）": its signature), no head of the table
        first_end = next((n for n in range(1, len(run)) if run[n] - run[n - 1] > 1), 0)
        signed = bool(first_end) and not any(_figure_row(rows[i]) for i in run[:first_end]) and k > 0 \
            and rows[k - 1].role == TEXT and ends_sentence(rows[k - 1].text)
        if signed:
            run = run[first_end:]
        figures = sum(1 for i in run if _figure_row(rows[i]))
        if len(run) >= RAGGED_TABLE_LINES and figures >= FIGURE_SHARE * len(run):
            for i in run:
                rows[i].role = FIGURE
            title = k - 1 if not signed else -1
            while title >= 0 and rows[title].role == BLANK:
                title -= 1
            if title >= 0 and rows[title].role == TEXT and len(rows[title].text) <= 30 \
                    and not CLAUSE_OR_STOP.search(rows[title].text) and TABLE_TITLE_WORD.search(rows[title].text):
                rows[title].role = FIGURE
        k = j


def _figure_row(row: Row) -> bool:
    return any(FIGURE_CELL.match(c) or PRICE_CELL.match(c) for c in row.line.raw.split())


# "29.5元/公斤", "2180元/吨": a price with its unit, a cell of a price list
PRICE_CELL = rx(r"^\d[\d.,]*[元角分]/[\u3400-\u9fff]{1,2}$")


def _last_block(run: list[int]) -> int:
    """Where the run's last block of lines, after its last blank line, starts."""
    return next((n for n in range(len(run) - 1, 0, -1) if run[n] - run[n - 1] > 1), 0)


# "（制图：庄一禾）", "制图/X", "制表：X": the credit of who drew a chart or table
CHART_CREDIT = rx(r"^[（(]?\s*(?:制图|制表|绘图|图表制作)\s*[:：/／|｜]")
CHART_LINES = 15  # a chart printed as text: its title and a dozen items or so
CHART_LINE_CHARS = 30


def _charts_over_credit(rows: list[Row]) -> None:
    """"一图读懂《措施》" / "1　赋予科研人员…" / … / "（制图：庄一禾）": short lines
    closing no sentence, right over a chart's credit and back to a blank line,
    are the chart's words printed as text (no headline, no running text)."""
    for k, row in enumerate(rows):
        if not CHART_CREDIT.match(row.text):
            continue
        above = []
        for prev in reversed(rows[max(0, k - CHART_LINES):k]):
            if rx(r"[…．.·]+").fullmatch(prev.text):
                above.append(prev)  # "……": the chart's items go on (the picture holds the rest)
                continue
            if prev.role not in (TEXT, FIGURE) or len(prev.text) > CHART_LINE_CHARS or ends_sentence(prev.text) \
                    or rx(r"[，,；;]").search(prev.text):
                break
            above.append(prev)
        if len(above) >= 2 and (len(above) == k or rows[k - len(above) - 1].role == BLANK):
            for prev in above:
                prev.role = FIGURE


# "（6月上旬，元/斤）", "（单位：亿元）": a table's unit or time, in brackets under its title
TABLE_UNIT = rx(r"^[（(][^（()）]{1,20}[)）]$")
TABLE_TITLE_CHARS = 24


def _table_title(rows: list[Row], head: int) -> None:
    """"主产区新季普通小麦收购均价" / "（6月上旬，元/斤）" over a table's head
    row: the title and the unit line in brackets are the table's, not a
    headline over the rows (nor one printed after the text above)."""
    unit = head - 1
    has_unit = unit >= 0 and rows[unit].role == TEXT and bool(TABLE_UNIT.match(rows[unit].text.strip()))
    at = unit - 1 if has_unit else unit  # (no unit line: the title stands right over the head row, "1—2月全省主要经济指标")
    if at < 0:
        return
    title = rows[at]
    if title.role == TEXT and len(title.text) <= TABLE_TITLE_CHARS and not ends_sentence(title.text) \
            and not rx(r"[，,。；;！？]").search(title.text):
        title.role = FIGURE
        if has_unit:
            rows[unit].role = FIGURE


def _figure_labels(rows: list[Row]) -> None:
    """"1.86万亿元" over "11月末人民币贷款余额同比增加额": a data box prints
    each figure over the phrase that says what it counts, after the box's
    label ("【数据】") or the pair before. (A figure alone under a headline
    line is that headline's end: "…客流同比增长" / "12.4%".)"""
    def near(k: int, step: int) -> int | None:
        j = k + step
        if 0 <= j < len(rows) and rows[j].role == BLANK:
            j += step  # one blank line may part them
        return j if 0 <= j < len(rows) else None

    for k, row in enumerate(rows):
        if row.role not in (TEXT, AD) or not FIGURE_ALONE.match(row.line.raw.strip()):
            continue
        before, after = near(k, -1), near(k, 1)
        label = after is not None and rows[after].role == TEXT and len(rows[after].text) <= 24 \
            and not rx(r"[，,。；;！？]").search(rows[after].text)
        if label and before is not None and rows[before].role in (FIGURE, SECTION):
            row.role = rows[after].role = FIGURE


# "漫画：《层层加码》", "漫画", "漫画/《…》": a cartoon's label, its title with it or under it
CARTOON_LABEL = rx(r"^漫画\s*(?:[:：/／|｜]\s*\S.{0,24}|《[^》]{1,20}》.{0,12})?$")
# "葛小川　作", "何小戈／绘", "程小舟 作画": who drew it
CARTOON_CREDIT = rx(r"^[\u3400-\u9fff·]{2,8}\s*[/／]?\s*(?:作|绘|画|作画|绘图)$")
CARTOON_REACH = 3  # lines: the label, a title line, the credit


FIGURE_NUMBER = rx(r"^(?:图|表|图表)\s*\d{1,2}$")  # "图1", "表2": a chart's number set on a line of its own
CHART_TITLE_LINES = 2  # the title and its unit ("地区生产总值" / "（亿元）")


def _chart_titles_under_numbers(rows: list[Row]) -> None:
    """"图1" / "地区生产总值" / "（亿元）" / "2036年　4126": a chart's number on a
    line of its own, its title and unit under it, then its rows: the lines
    between the number and the rows are the chart's, no headline."""
    texts = printed(rows)
    for n, k in enumerate(texts):
        if not FIGURE_NUMBER.match(rows[k].text.strip()):
            continue
        run = texts[n + 1:n + 1 + CHART_TITLE_LINES + 1]
        last = next((i for i, j in enumerate(run) if rows[j].role == FIGURE), None)
        if not last:
            continue  # no chart rows right under the title lines
        if all(rows[j].role == TEXT and len(rows[j].text) <= DISPLAY_CHARS and not ends_sentence(rows[j].text) for j in run[:last]):
            rows[k].role = FIGURE
            for j in run[:last]:
                rows[j].role = FIGURE


PART_NUMBER = rx(r"^0[1-9]$")  # "01", "02": a magazine's numbered part, the number set over its crosshead


def _part_numbers(rows: list[Row]) -> None:
    """"01" / "“首店”开进县城" … "02" / "从“买得到”到“买得好”": a feature's
    parts numbered in order, each number set on a line of its own right
    over its crosshead: the number is the crosshead's mark (kept as a
    figure's line), not a page number that parts two texts."""
    texts = printed(rows)
    marks = [n for n, k in enumerate(texts[:-1]) if PART_NUMBER.match(rows[k].text.strip())
             and rows[texts[n + 1]].role == TEXT and len(rows[texts[n + 1]].text) <= DISPLAY_CHARS
             and not ends_sentence(rows[texts[n + 1]].text) and texts[n + 1] == texts[n] + 1]
    numbers = [int(rows[texts[n]].text.strip()) for n in marks]
    if len(marks) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        for n in marks:
            rows[texts[n]].role = FIGURE


def _cartoons(rows: list[Row]) -> None:
    """"漫画：《层层加码》" / "葛小川　作": a cartoon printed on a commentary
    page, its label, its title and who drew it; the picture's lines,
    kept as a figure's, not a headline over the text after it (the
    credit is what tells the label from a column named 漫画 over prose)."""
    for k, row in enumerate(rows):
        if row.role not in (TEXT, SECTION) or not CARTOON_LABEL.match(row.text):
            continue
        words = row.line.raw.split()
        if len(words) > 1 and CARTOON_CREDIT.match(words[-1]):
            row.role = FIGURE  # "漫画：《满减“套路”》　何小戈／绘": the credit on the label's line
            continue
        for j in range(k + 1, min(len(rows), k + 1 + CARTOON_REACH)):
            if rows[j].role == BLANK:
                break
            if CARTOON_CREDIT.match(rows[j].line.raw.strip()):
                for r in rows[k:j + 1]:
                    r.role = FIGURE
                break


FOLIO = rx(r"^(?P<a>\d{1,3})\s+(?P<name>\S.{1,40})$|^(?P<name2>\S.{1,40}?)\s+(?P<b>\d{1,3})$")


def _contents_blurbs(rows: list[Row]) -> None:
    """"T29—T32　展望2035" / "专家解读新一年经济走势": the short lines set
    solid under a contents entry (one or two, a box read across its
    columns), up to the box's end or its next entry, are the entries'
    blurbs, not headlines (a section's label and a headline under the last
    entry, over running text, are the first article's)."""
    def blurb(k: int) -> bool:
        return rows[k].role == TEXT and len(rows[k].text) <= 24 and not rows[k].text.rstrip().endswith(("。", "！", "？", "”"))

    def box_goes_on(k: int) -> bool:  # the box ends, or its next entry follows
        return k >= len(rows) or rows[k].role in (BLANK, TOC, FURNITURE)

    for k in range(1, len(rows)):
        if rows[k - 1].role != TOC or not blurb(k):
            continue
        if box_goes_on(k + 1):
            rows[k].role = TOC
        elif k + 1 < len(rows) and blurb(k + 1) and box_goes_on(k + 2):
            rows[k].role = rows[k + 1].role = TOC  # two blurbs, of two entries read across the box


def _repeated_mastheads(rows: list[Row]) -> None:
    """"澜川电力报" over the date and page lines, printed again mid-page (the
    extraction read the header of a second column or page): a short line
    that comes twice, each time right next to page furniture, is the
    header's too."""
    lines = [r for r in rows if r.role != BLANK]
    seen: dict[str, list[int]] = {}
    for i, row in enumerate(lines):
        if row.role == TEXT and len(row.text) <= 12 and not ends_sentence(row.text):
            seen.setdefault(row.text, []).append(i)
    for text, places in seen.items():
        if len(places) >= 2 and all(any(0 <= j < len(lines) and lines[j].role == FURNITURE for j in (i - 1, i + 1))
                                    for i in places):
            for i in places:
                lines[i].role = FURNITURE


PAPER_NAME = rx(rf"^[\u3400-\u9fff]{{1,10}}(?:{PAPER_ENDING})$")


ENGLISH_NAME = rx(r"^[A-Z][A-Z &'’]{2,}$")
HAN_LABEL = rx(r"^[\u3400-\u9fff]{2,6}$")  # "卷首语", its letter spacing closed


def _labels_over_their_english_names(rows: list[Row]) -> None:
    """"卷　首　语" over "EDITOR'S NOTE" over "把账算到车间里": a magazine's
    column label with its English name on the line under it, set over the
    headline, is the label (as "卷首语　EDITOR'S NOTE" on one line is), not a
    headline and a line of text."""
    for k in range(len(rows) - 2):
        label, name, head = rows[k], rows[k + 1], rows[k + 2]
        if (label.role == TEXT and name.role == TEXT and head.role == TEXT and ENGLISH_NAME.match(name.text.strip())
                and HAN_LABEL.match(label.text.replace(" ", "").replace("\u3000", ""))):
            label.role = name.role = SECTION


def _masthead_on_top(rows: list[Row]) -> None:
    """"鸿宁产经报" as the page's first line, over its date and page line:
    the paper's name, the header's first line, not a headline over the
    text that follows (when the page opens on a story whose headline is
    printed after it). Set apart by a blank line over the date line, it is
    the header wherever extraction put it (read last, after the last story)."""
    lines = [r for r in rows if r.role != BLANK]
    # (a front page may print the lead's headline between the name and the date line)
    if len(lines) >= 2 and lines[0].role == TEXT and PAPER_NAME.match(lines[0].text.replace(" ", "")) \
            and (lines[1].role == FURNITURE or (len(lines) >= 3 and lines[1].role == TEXT and lines[2].role == FURNITURE)):
        lines[0].role = FURNITURE
    # (extraction may read the header last, or mid-page: the name set apart
    # by a blank line right over the date line is the header all the same)
    for k in range(1, len(rows) - 1):
        if (rows[k].role == TEXT and rows[k - 1].role == BLANK and rows[k + 1].role == FURNITURE
                and PAPER_NAME.match(rows[k].text.replace(" ", ""))):
            rows[k].role = FURNITURE


def _running_folios(rows: list[Row]) -> None:
    """"46 中国汽车报道 CHINA AUTO REPORT", "专题 Special Report 47": a page
    number beside the publication's or the section's name that the page's
    header already prints is the running foot (a magazine's folio), not text."""
    header = " ".join(r.text for r in rows if r.role in (FURNITURE, SECTION))
    if not header:
        return
    for row in rows:
        if row.role not in (TEXT, TOC):
            continue  # ("南屿经济观察　32" has a contents entry's shape too: a name and a page)
        match = FOLIO.match(row.line.raw.strip())
        if not match:
            continue
        name = match.group("name") or match.group("name2")
        han = rx(r"[\u3400-\u9fff]{2,}").findall(name)
        if han and all(part in header for part in han) and not ends_sentence(name):
            row.role = FURNITURE


SECTION_AND_PAGE = rx(r"^[\u3400-\u9fff·]{2,6}\s*[A-H]\s?\d{1,2}$|^[A-H]\s?\d{1,2}\s+[\u3400-\u9fff·]{2,6}$")  # "A4 城市·民生"
# "体育·文化", "北京新闻·经济": a page's section, two names joined by a
# middle dot, printed among the header lines (the date, the page number).
DOTTED_SECTION = rx(r"^[\u3400-\u9fff]{2,4}[·・•][\u3400-\u9fff]{2,4}$")
# "要闻 2", "3 经济": a section's name beside a bare page number, said by
# nothing else (a contents entry "钮钦 1" has the same shape).
SECTION_AND_NUMBER = rx(r"^[\u3400-\u9fff·]{2,6}\s*\d{1,3}$|^\d{1,3}\s*[\u3400-\u9fff·]{2,6}$")


def _lone_section_headers(rows: list[Row], reach: int = 3) -> None:
    """"专题 C03", "A07 城事": a section's name beside a page code, standing
    alone at a page's edge (blank or nothing on both sides) or next to the
    other header lines (the date, the paper), with no contents entry near,
    is the page's header; contents entries come in runs. Beside a bare page
    number ("要 闻 2") it is one only next to the other header lines."""
    for k, row in enumerate(rows):
        if row.role not in (TOC, TEXT):
            continue
        near = rows[max(0, k - reach):k] + rows[k + 1:k + 1 + reach]
        beside_header = any(r.role == FURNITURE for r in rows[max(0, k - 2):k] + rows[k + 1:k + 3])
        if SECTION_AND_PAGE.match(row.line.raw.strip()):
            alone = all(k + step < 0 or k + step >= len(rows) or rows[k + step].role == BLANK for step in (-1, 1))
            if (alone or beside_header) and not any(r.role == TOC for r in near):
                row.role = FURNITURE
        elif SECTION_AND_NUMBER.match(row.text.replace(" ", "")) and len(row.text) <= 10:
            above = rows[k - 1] if k else None
            if above is not None and above.role == TEXT and above.text[-1:].isdigit() and row.text[:1].isdigit():
                continue  # "…覆盖1" / "2条道路": the rest of a figure broken at the line's end
            if beside_header and not any(r.role == TOC for r in near):
                row.role = FURNITURE
        elif DOTTED_SECTION.match(row.text.replace(" ", "")) and beside_header:
            row.role = SECTION


def _lines_inside_sentences(rows: list[Row]) -> None:
    """A full line of running text, whatever words it holds ("公众号“新材料行",
    "…已推出17", "记者李海兰田航国"), when the sentence runs into it from a
    line cut at the column's edge above, or on from it into the line below
    (a word or a quotation across the join): adverts, contents entries,
    bylines and credits stand apart from the sentences around them."""
    from .units import one_phrase

    for k in range(len(rows) - 1):
        row, after = rows[k], rows[k + 1]
        before = rows[k - 1] if k else None
        if (row.role == AD and before is not None and before.role == TEXT and before.text.endswith(("：", ":"))
                and ends_sentence(row.text) and EMAIL_OR_URL.search(row.text)):
            row.role = TEXT  # "…投稿邮箱：" / "abc@example.cn。": the address closes the sentence
            continue
        if row.role not in (AD, TOC, BYLINE, CREDIT) or has_address(row.text) or MASTHEAD_LABEL.match(row.text):
            continue
        if after.role != TEXT or after.indented or ends_sentence(row.text) or abs(row.width - after.column) > 1.5:
            continue
        # the sentence runs in from the line above, or on into the line below
        runs_in = (before is not None and before.role == TEXT and before.fills_column
                   and not ends_sentence(before.text) and not row.indented
                   and not phrase_spaced(before) and not letter_spaced(before.line.raw))  # a headline's line runs into nothing
        if runs_in or one_phrase(row.text, after.text):
            row.role = TEXT
            row.column = after.column


def _bracketed_titles_run_in(rows: list[Row]) -> None:
    """'【“免密支付”不能免责】一些App…': a bracket that the text runs on from,
    on its printed line, is the item's headline, not a column's label."""
    for row, after in zip(rows, rows[1:]):
        if row.role == SECTION and after.no == row.no and row.text.startswith("【"):
            row.role = TEXT


ITEM_TEXT_CHARS = 400  # a listed item's text under its bracketed title runs a paragraph or two


def _bracketed_item_titles(rows: list[Row]) -> None:
    """"【星越S3】" / text / "【骁途T9混动版】" / text: bracketed lines that each
    stand over a short text of their own, one after another, title a list's
    items (a column's label is printed once, over its whole column)."""
    marks = [k for k, r in enumerate(rows) if r.role == SECTION and r.text.startswith("【") and r.text.endswith("】")
             and k + 1 < len(rows) and rows[k + 1].role == TEXT]
    for a, b in zip(marks, marks[1:]):
        between = rows[a + 1:b]
        if all(r.role in (TEXT, BLANK) for r in between) and sum(len(r.text) for r in between) <= ITEM_TEXT_CHARS:
            rows[a].role = rows[b].role = TEXT


def _names_after_role(rows: list[Row]) -> None:
    """'新华社记者' printed alone takes the short name lines that follow it."""
    waiting = False
    for k, row in enumerate(rows):
        if row.role == BLANK:
            continue
        if row.role == BYLINE:
            parsed = parse_byline(row.line.raw)
            waiting = bool(parsed and parsed.needs_names)
            nxt = rows[k + 1] if k + 1 < len(rows) else None
            if nxt is not None and nxt.role == TEXT and not nxt.line.indent and name_cut_at_edge(row.line.raw, nxt.text):
                nxt.role = BYLINE  # "…实习生　宁贝" / "可": the line's edge cut the last name
            continue

        # (set apart by a blank line, a name stands alone as its role did:
        # "新华社记者" / blank / "袁震宇" / blank; a word set solid over text
        # lines is a label, "本报评论员" / blank / "通知" / "…展览会定于…")
        apart = rows[k - 1].role == BLANK
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if waiting and row.role == TEXT and rx(r"[\u3400-\u9fff]{2,4}").fullmatch(row.text) \
                and not (apart and nxt is not None and nxt.role == TEXT):
            row.role = BYLINE
            continue
        waiting = False


def _set_columns(rows: list[Row], reach: int = 8) -> None:
    """Each text line's column width: the upper quartile of the widths of the
    text lines of its block (lines between blank lines) when the block is
    long enough to say, else of the text lines around it."""
    texts = [k for k, r in enumerate(rows) if r.role == TEXT]
    position = {k: n for n, k in enumerate(texts)}
    start = 0
    for end in range(len(rows) + 1):
        if end < len(rows) and rows[end].role != BLANK:
            continue
        block = [k for k in range(start, end) if rows[k].role == TEXT]
        if len(block) >= 4:
            width = _upper_quartile([rows[k].width for k in block])
            for k in block:
                rows[k].column = width
        else:
            for k in block:
                n = position[k]
                rows[k].column = _upper_quartile([rows[j].width for j in texts[max(0, n - reach): n + reach + 1]])
        start = end + 1


def _contact_words_in_text(rows: list[Row]) -> None:
    """A line of running text that happens to name a phone line or an advert
    (广告, 电话, 地址…) is still text when text runs on either side of it; so
    is a run of such lines that all read as prose (commas and full stops, no
    "label:" of a contact line), as an article about advertising prints them."""
    k = 0
    while k < len(rows):
        if rows[k].role != AD:
            k += 1
            continue
        end = k
        while end + 1 < len(rows) and rows[end + 1].role == AD:
            end += 1
        run = rows[k:end + 1]
        before = rows[k - 1] if k else None
        after = rows[end + 1] if end + 1 < len(rows) else None
        touches_text = (before is not None and before.role == TEXT) or (after is not None and after.role == TEXT)
        # (in a narrow column: lines between two of text, no contact's label,
        # address or link among them, the last going on into the text under it)
        inside_text = (before is not None and before.role == TEXT and after is not None and after.role == TEXT
                       and not after.line.indent and not ends_sentence(run[-1].text)
                       and all(r.width >= 0.8 * max(before.width, after.width) for r in run)  # as full as the column's lines
                       and not any(has_address(r.text) or _labelled_contact(r.text) or EMAIL_OR_URL.search(r.text)
                                   or MASTHEAD_LABEL.match(r.text) for r in run))
        if touches_text and (len(run) == 1 and _text_despite_words(run[0]) or all(_prose(r) for r in run) or inside_text):
            for row in run:
                row.role = TEXT
        k = end + 1


def _text_despite_words(row: Row) -> bool:
    return not (has_address(row.text) or MASTHEAD_LABEL.match(row.text) or len(HAN.findall(row.text)) < 8
                or _labelled_contact(row.text) or PHONE_AFTER_WORD.search(row.text)
                or AD_LABEL_RUN_IN.match(row.line.raw.strip()))


# "新闻热线8866××××": a contact's word, then its number (digits, or masked)
PHONE_AFTER_WORD = rx(r"(?:电话|热线|传真|手机|专线)\s*[:：]?\s*[\d×*＊Xx（()）-]{6,}")


def _labelled_contact(text: str) -> bool:
    """"来信地址：…", "投稿邮箱：…": the line opens on a contact's label and its
    colon; or on how to take part ("报名方式：", "联系方式：") and names a contact."""
    label = rx(r"^([\u3400-\u9fff]{2,8})[：:]").match(text)
    return bool(label and (CONTACT.search(label.group(0)) or (label.group(1).endswith("方式") and CONTACT.search(text)
                                                              and len(text) <= 24 and not rx(r"[，,]").search(text))))


def _prose(row: Row) -> bool:
    return (_text_despite_words(row) and len(HAN.findall(row.text)) >= 12 and bool(rx(r"[，,。；;、]").search(row.text))
            and not rx(r"[:：]").search(row.text) and not EMAIL_OR_URL.search(row.text))


FIGURE_ONLY = rx(r"[0-9.．]+(?:%|％|[A-Za-z]{1,3})?[”’)）]?[，。、？！,.?!]?")


def _latin_in_text(rows: list[Row]) -> None:
    """A line of Latin letters only ("DID (Decentralized I") is running text
    when text runs on from it with the rest of a word or a sentence
    ("dentity,分布式数字身份…"), or when it goes on a sentence the line before left open."""
    for k, row in enumerate(rows):
        if row.role != AD or CJK_CHAR.search(row.text) or has_address(row.text) or EMAIL_OR_URL.search(row.text):
            continue
        before = rows[k - 1] if k else None
        after = rows[k + 1] if k + 1 < len(rows) else None
        word_goes_on = (after is not None and after.role == TEXT and rx(r"[A-Za-z0-9]$").search(row.text)
                        and rx(r"[a-z0-9]").match(after.text))
        # "…客流同比增长" / "12.4%": a figure wrapped under the line it finishes
        figure_goes_on = (before is not None and before.role == TEXT and not ends_sentence(before.text)
                          and bool(FIGURE_ONLY.fullmatch(row.text)))
        sentence_goes_on = (before is not None and before.role == TEXT and not ends_sentence(before.text)
                            and after is not None and after.role == TEXT)
        # "the issuance of green bonds rose by" / "issuance.": an English paragraph's short last line
        english_goes_on = (before is not None and before.role == TEXT and before.no == row.no - 1
                           and english_line(before.text)
                           and not before.text.rstrip().endswith((".", "!", "?")))
        if word_goes_on or sentence_goes_on or figure_goes_on or english_goes_on:
            row.role = TEXT


BULLETED_KEY = rx(rf"^[{BULLETS}]\s*[\u3400-\u9fff]{{2,6}}[：:]")  # "●对象：", "◆办理时限："


def _bullet_items_hung(rows: list[Row]) -> None:
    """"●对象：就业困难人员、离校2年内" / "　未就业高校毕业生。": a bulleted
    item, a key and what it says, whose next line is set in under the
    words after the bullet (a hanging indent) goes on with the item's
    sentence; it opens no paragraph. (A bulleted headline names no key.)"""
    for row, nxt in zip(rows, rows[1:]):
        if (row.role == TEXT and BULLETED_KEY.match(row.line.raw.strip()) and not ends_sentence(row.text)
                and nxt.role == TEXT and nxt.no == row.no + 1 and 0 < nxt.line.indent <= 2
                and nxt.line.raw.strip()[:1] not in BULLETS):
            nxt.width -= nxt.line.indent
            nxt.spaced -= nxt.line.indent
            nxt.line = replace(nxt.line, indent=0.0, frame_start=False)


def _english_headlines(rows: list[Row]) -> None:
    """"海港集团一季度集装箱吞吐量增长8.2%" / "Haigang Group's container
    throughput up 8.2% in Q1": a bilingual page sets the headline's English
    version right under or over it, solid; a line of English words with no
    closing stop beside a Chinese display line is the headline's other
    language, its subtitle, not running text."""
    for k, row in enumerate(rows):
        text = row.text.strip()
        if row.role != TEXT or not english_line(text) or len(text) > 80 \
                or row.line.indent or text.endswith((".", ",", ";", ":")):
            continue
        near = [rows[j] for j in (k - 1, k + 1) if 0 <= j < len(rows) and abs(rows[j].no - row.no) == 1]
        if any(n.role == TEXT and CJK_CHAR.search(n.text) and not n.line.indent and len(n.text) <= 40
               and not ends_sentence(n.text) for n in near):
            row.role = SUB


def _notes_wrapped(rows: list[Row]) -> None:
    """"作者为岱川社会科学院经济研究" / "所研究员": a note cut at the column's
    edge goes on, flush, on the next line, which ends it short of the
    column (a post, a place of work) and is no text."""
    for k in range(len(rows) - 1):
        row, nxt = rows[k], rows[k + 1]
        if (row.role == NOTE and (row.fills_column or _as_wide_as_column_under(row, nxt)) and not ends_sentence(row.text) and not row.text.rstrip().endswith(("）", ")"))
                and nxt.role == TEXT and not nxt.indented and not nxt.full and len(nxt.text) <= 20
                and not rx(r"[。！？，,]").search(nxt.text) and INSTITUTION.search(row.text + nxt.text)):
            nxt.role = NOTE
        elif (row.role == NOTE and BIO_LABEL.match(row.text) and not ends_sentence(row.text) and nxt.role == TEXT
              and not nxt.indented and ends_sentence(nxt.text) and len(nxt.text) <= max(len(row.text), 1)):
            nxt.role = NOTE  # "【作者简介】柴素心，…著有散文集" / "《河埠头》《炊烟里的村庄》。": the bio's last line


def _reprint_credits_wrapped(rows: list[Row]) -> None:
    """"（摘编自《九州金融评论》2035年第3期，原题为《数字普惠金融与" / "县域居民
    消费》，作者：蒲远舟　黎晚晴）": where a digest's item was taken from,
    its bracket closed on the next line; both lines close the item, no text."""
    for row, nxt in zip(rows, rows[1:]):
        if (row.role == TEXT and REPRINT_OPENING.match(row.text) and _unbalanced(row.text)
                and nxt.role == TEXT and nxt.no == row.no + 1 and nxt.text.rstrip().endswith(("）", ")"))):
            row.role = nxt.role = NOTE


BIO_LABEL = rx(r"^[［\[【]?作者(?:简介|单位)")
ORIGINAL_TITLE = rx(r"^题\s*[：:]\s*\S")


def _subtitles_wrapped(rows: list[Row]) -> None:
    """"——首批120个智能工厂项目集中开工，" / "总投资逾860亿元": a subtitle
    that stops on a comma goes on on the next line, flush and short, which
    is the subtitle's rest, not text."""
    for k in range(len(rows) - 1):
        row, nxt = rows[k], rows[k + 1]
        if (row.role == SUB and (row.text.rstrip()[-1:] in "，,、；;：:" or _unbalanced(row.text) or _cut_mid_word(row, nxt)
                                 or _short_rest(row, nxt))
                and nxt.role == TEXT and (not nxt.indented or _hung_under_dash(row, nxt))
                and len(nxt.text) <= 30 and not ends_sentence(nxt.text)):
            nxt.role = SUB


def _hung_under_dash(row: Row, nxt: Row) -> bool:
    """"——…就《…办法》答" / "　　记者问": a dashed subtitle's next line set in
    by the dash's width, under the words after it, and finishing the word the
    line above was cut in: the subtitle's rest, though indented like a
    paragraph."""
    return row.text.lstrip()[:1] in "—―─-" and nxt.line.indent <= 2 and _cut_mid_word(row, nxt)


def _speaker_under_subtitle(rows: list[Row]) -> None:
    """"——在市人民代表大会…会议上" / "鹭洲市市长　温砚秋": the post and name
    set under a speech's or report's subtitle (or under the date in brackets
    there, "（2034年3月13日）") name who gave it: its byline; so does a name
    alone set far in from the left."""
    for k, row in enumerate(rows):
        if row.role != TEXT or k == 0:
            continue
        above = rows[k - 1]
        if above.role == NOTE and k >= 2 and rows[k - 2].role == SUB and rows[k - 2].no == above.no - 1:
            above = rows[k - 2] if DATE_ALONE.match(rows[k - 1].text.replace(" ", "")) else rows[k - 1]
        if above.role != SUB or rows[k - 1].no != row.no - 1:
            continue
        if post_and_name(row.line.raw) or (row.line.indent >= NAME_INDENT and looks_like_person(row.text.replace(" ", ""))):
            row.role = BYLINE
            if rows[k - 1].role == NOTE:
                rows[k - 1].role = SUB  # the date the speech was given, of the headline group with the subtitle over it


NAME_INDENT = 4  # characters: a name set this far in stands apart from the text


# "——产业转型步伐加快。新增规模以上工业企": a full stop inside the line and
# text after it: a report's dashed paragraph, not a subtitle
SENTENCE_THEN_MORE = rx(r"[。！？!?]\s*[\u3400-\u9fff“0-9]")
SHORT_REST = 8  # characters: the rest of a subtitle wrapped at the column's edge


def _short_rest(row: Row, nxt: Row) -> bool:
    """"——2035年1月13日在鹭洲市第十六届人民代表大会第五次" / "会议上": a
    subtitle as wide as the column, then a few characters, no mark and no
    name, flush: the subtitle's last words wrapped, not a line of text."""
    from .units import cjk

    rest = nxt.text.strip()
    return _as_wide_as_column_under(row, nxt) and len(rest) <= SHORT_REST and cjk(rest) and not looks_like_person(rest)


def _cut_mid_word(row: Row, nxt: Row) -> bool:
    """"——…小麦亩均增" / "产超百斤", "——新设外商投资企业132" / "家，…": a line
    as wide as the column under it, cut inside a word (or a figure and its
    measure word) that the next line finishes."""
    from .units import figure_split, word_crosses

    return _as_wide_as_column_under(row, nxt) and (word_crosses(row.text, nxt.text) or figure_split(row.text, nxt.text))


def _as_wide_as_column_under(row: Row, nxt: Row) -> bool:
    """The row fills the column of the text line under it (a note, a subtitle:
    rows that have no column of their own)."""
    return bool(nxt.column) and row.width >= nxt.column - 1.5


def _dashes_in_text(rows: list[Row]) -> None:
    """A dash at the start of a line that goes on a sentence left open is text."""
    for k, row in enumerate(rows):
        if row.role != SUB:
            continue
        before = rows[k - 1] if k else None
        above = rows[k - 2] if k >= 2 else None
        # A dash line that closes a sentence and opens the next, under a full
        # line of clauses, is running text even where that line stands apart.
        sentences_inside = bool(rx(r"[。！？!?][”’]?\S").search(row.text))
        clauses_above = before is not None and before.fills_column and bool(rx(r"[，,、]").search(before.text))
        if before is None or ((above is None or above.role == BLANK) and not before.indented
                              and not (sentences_inside and clauses_above)):
            continue  # a line standing apart, flush, then the dash: a headline and its subtitle
        if _display_block_above(rows, k):
            continue  # two or three lines standing apart without a mark of punctuation: a headline over lines
        after = rows[k + 1] if k + 1 < len(rows) else None
        if (above is not None and ends_sentence(above.text) and not sentences_inside
                and (after is None or after.role in (BYLINE, BLANK))):
            continue  # after a closed sentence, a line and the dash line over a byline: a headline and its subtitle
        inside = (above is not None and above.role == TEXT and above.fills_column
                  and not ends_sentence(above.text))  # wider than the column: display type, a headline over two lines
        # Commas in the line before say it is running text; commas in the dash
        # line itself do not (a subtitle is often a clause or two).
        running = inside or bool(rx(r"[，,、；;。]").search(before.text))
        if (running and before.role == TEXT and before.fills_column and not phrase_spaced(before)
                and not ends_sentence(before.text)):
            row.role = TEXT


DISPLAY_BLOCK_LINES = 6


def _display_block_above(rows: list[Row], k: int) -> bool:
    """The lines right above row k, back to a blank line or the file's start,
    are two to six lines of text type with no punctuation among them
    (running text over two lines in a column seldom goes without a comma;
    a stack of headlines, one printed after its text and the next, runs
    to more lines)."""
    j = k
    while j > 0 and rows[j - 1].role == TEXT:
        j -= 1
    block = rows[j:k]
    return (2 <= len(block) <= DISPLAY_BLOCK_LINES and (j == 0 or rows[j - 1].role == BLANK) and not block[0].indented
            and not any(rx(r"[，,。；;、：:！!？?]").search(r.text) for r in block))


def _upper_quartile(widths: list[float]) -> float:
    ordered = sorted(widths)
    return ordered[(3 * (len(ordered) - 1)) // 4] if len(ordered) >= 4 else ordered[-1]


def phrase_spaced(row: Row) -> bool:
    """Phrases set apart by a space, with no punctuation: a headline's line."""
    raw = row.line.raw.strip()
    return (bool(PHRASE_SPACED.fullmatch(raw)) and not letter_spaced(row.line.raw)
            and all(HAN_GAP.fullmatch(gap) for gap in SPACE_GAP.findall(raw)))  # not "MWC 2024": a Latin word's space


def looks_like_person(text: str) -> bool:
    """jieba reads the text as a name: it starts with a name word (nr), or is one
    word jieba had to discover itself, as it does with most personal names."""
    from ..enrich.text import tag_of, words

    if PLACE_NAME.fullmatch(text.strip()):
        return False  # "白石县", "云渡区": a county's, a district's name, its word for what it is last
    found = words(text)
    return bool(found) and (tag_of(found[0]).startswith("nr") or (len(found) == 1 and tag_of(found[0]) == "x"))


PLACE_NAME = rx(r"[\u3400-\u9fff]{2,3}(?:省|市|县|区|镇|乡|村)")


def printed(rows: list[Row]) -> list[int]:
    """The indices of the rows that print something (no blank lines)."""
    return [k for k, r in enumerate(rows) if r.role != BLANK]


def _keep_in_text(row: Row) -> None:
    """A label that is a part of the text under it (see `Row.in_text`)."""
    row.role, row.in_text = TEXT, True


PHOTO_CREDIT_END = rx(r"(?:摄|摄影|供图)$")


def names_speaker(raw: str) -> bool:
    """"全国政协委员、…教授　晏秋池": the posts, then the name, of who says the
    paragraph under the line (a bullet may mark each: "■国家数字资源局局长　岑岳")."""
    return bool(SPEAKER.match(raw.strip().lstrip(BULLETS).strip()))


def _speakers_between_paragraphs(rows: list[Row]) -> None:
    """"全国政协委员、岚阳大学经济学院教授　晏秋池" between two paragraphs (a
    closed sentence above, a paragraph under it): in a roundup of views,
    the label of who says the paragraph under it, part of the text; a
    byline stands under its headline, or closes its text."""
    texts = printed(rows)
    for i in range(1, len(texts) - 1):
        above, row, below = rows[texts[i - 1]], rows[texts[i]], rows[texts[i + 1]]
        closed = ends_sentence(above.text) or PHOTO_CREDIT_END.search(above.text)  # (or a photo's caption and credit)
        # (not one set flush right under the text: "　　　　中共澄屿市委书记　骆承礼" signs it)
        if (row.role in (TEXT, BYLINE) and (above.role == TEXT or (above.role == CREDIT and PHOTO_CREDIT_END.search(above.text)))
                and closed and not (row.role == BYLINE and _set_flush_right(row, above))
                and below.role == TEXT and (below.full or below.indented)
                and names_speaker(row.line.raw)):
            row.role = TEXT


def _voices_in_roundup(rows: list[Row]) -> None:
    """"韦叔衡（全国人大代表、…书记）" over "“园区里的企业最缺的…”", and the
    next speaker so over the next quotation: in a roundup of views (代表委员说)
    each voice is headed by the speaker's name and posts. Two or more such
    lines, each over a paragraph that opens on a quotation mark, with only
    text between them, label the voices of one text; the speakers are
    quoted, not its writers, and the first label stands right under the
    headline. One alone counts only between two paragraphs."""
    texts = printed(rows)
    labels = [i for i in range(len(texts) - 1)
              if rows[texts[i]].role in (TEXT, BYLINE) and not rows[texts[i]].indented
              and NAME_THEN_POSTS.match(rows[texts[i]].line.raw.strip())
              and rows[texts[i + 1]].role == TEXT and rows[texts[i + 1]].text.lstrip().startswith(("“", "「"))]
    for i in labels:
        chained = any(j != i and all(rows[texts[m]].role == TEXT or m in labels for m in range(min(i, j) + 1, max(i, j)))
                      for j in labels)
        between = i > 0 and rows[texts[i - 1]].role == TEXT and ends_sentence(rows[texts[i - 1]].text)
        if chained or between:
            _keep_in_text(rows[texts[i]])
    _posted_voices(rows, texts)


def _posted_voices(rows: list[Row], texts: list[int]) -> None:
    """"全国人大代表、…董事长　邵明漪" over the speaker's words set as running
    text, then the next speaker so right under the last sentence: posts
    then name label each voice of one roundup. The next label must stand
    under a closed sentence: short commentaries each under its headline and
    its writer's posts and name ("…是前提" / "省政协委员　X") are pieces of their own."""
    def closed_above(i: int) -> bool:
        return i > 0 and rows[texts[i - 1]].role == TEXT and ends_sentence(rows[texts[i - 1]].text)

    spoken = [i for i in range(len(texts) - 1)
              if rows[texts[i]].role in (TEXT, BYLINE) and not rows[texts[i]].indented
              and names_speaker(rows[texts[i]].line.raw) and rows[texts[i]].line.raw.strip()[:1] not in "—－-"
              and rows[texts[i + 1]].role == TEXT and (rows[texts[i + 1]].full or rows[texts[i + 1]].indented)]
    for n, i in enumerate(spoken):
        chained = [j for j in spoken[max(0, n - 1): n + 2] if j != i and closed_above(max(i, j))
                   and all(rows[texts[m]].role == TEXT for m in range(min(i, j) + 1, max(i, j)))]
        if chained:
            _keep_in_text(rows[texts[i]])


def _quotes_attributed(rows: list[Row]) -> None:
    """"“县城是连接城市和乡村的纽带，…”" over "——全国人大代表、鹤汀县县长　卫澄",
    and the next quotation so: in a box of voices (声音) each quotation is
    signed under it with a dash, the speaker's posts and name. Two or more
    such signatures, each under a closed quotation, over the credit of
    who compiled them ("（本报记者　韩栖整理）"), are a piece's text; the
    speakers are quoted, not its writers. (Unsigned, such quotations are a
    sidebar: "本周语录".)"""
    texts = printed(rows)
    signed = [i for i in range(1, len(texts))
              if rows[texts[i]].role in (TEXT, BYLINE, SUB) and rows[texts[i]].line.raw.strip().startswith(("——", "—"))
              and names_speaker(rows[texts[i]].line.raw.strip().lstrip("—－- "))
              and rows[texts[i - 1]].role == TEXT and rows[texts[i - 1]].text.rstrip().endswith(("”", "」"))]
    credit = rows[texts[signed[-1] + 1]] if signed and signed[-1] + 1 < len(texts) else None
    if len(signed) >= 2 and credit is not None and COMPILED_BY.search(credit.text):
        for i in signed:
            _keep_in_text(rows[texts[i]])


COMPILED_BY = rx(r"^[（(].{2,20}(?:整理|辑)[)）]$")


# "本期答疑专家：汀屿大学…副教授　柏云川", "访谈嘉宾：…", "本期答疑：…基金
# 投资者服务中心": who answers in a Q&A, introduced at its top
GUEST_LINE = rx(r"^(?:(?:本期|今日|本次)?(?:答疑|解答|做客|访谈|对话|特邀|点评)?(?:专家|嘉宾)|(?:本期|今日|本次)(?:答疑|解答|点评))\s*[:：]\s*\S")


PASSAGE_CHARS = 16  # fewer, and a headline the lead restates word for word may be one
PASSAGE_REACH = 15  # rows: the passage a pull quote repeats is printed near it
PASSAGE_LINE = 30  # characters: a pull quote is set in display lines, in a column of at most this width
UNPUNCTUATED = rx(r"[\s，,。；;：:！!？?、“”‘’「」『』《》（）()…—-]")


def _passages_set_large(rows: list[Row]) -> None:
    """A magazine sets a sentence of the text large between its paragraphs,
    apart by blank lines and without quotation marks ("县城消费者并不是“便宜就行”，"
    / "他们对品质的要求…" / "想象的快。"), the same words printed in the text
    near it: a pull quote, as `_pull_quotes` reads a quoted one."""
    k = 0
    while k < len(rows):
        end = k
        while end < len(rows) and rows[end].role == TEXT and not rows[end].indented and end - k <= PULL_QUOTE_LINES:
            end += 1
        apart = (k == 0 or rows[k - 1].role == BLANK) and (end == len(rows) or rows[end].role == BLANK)
        if end > k and end - k <= PULL_QUOTE_LINES and apart and _repeated_near(rows, k, end):
            for row in rows[k:end]:
                row.role = FIGURE
        k = max(end, k + 1)


def _repeated_near(rows: list[Row], k: int, end: int) -> bool:
    block = "".join(r.text for r in rows[k:end])
    words = UNPUNCTUATED.sub("", block)
    if len(words) < PASSAGE_CHARS or not rx(r"[，,。！？!?]").search(block):
        return False  # a sentence, or clauses: a headline holds neither
    around = [r for r in rows[max(0, k - PASSAGE_REACH):k] + rows[end:end + PASSAGE_REACH] if r.role == TEXT]
    if not around or sorted(r.width for r in around)[len(around) // 2] > PASSAGE_LINE:
        return False  # text set in a flowing layout, no columns: a passage set large needs a column to stand in
    printed = {r.text for r in around}
    if any(r.text in printed for r in rows[k:end]):
        return False  # the same lines again: a stretch the text layer holds twice, not a passage set large
    return words in UNPUNCTUATED.sub("", "".join(r.text for r in around))


def _guests_introduced(rows: list[Row]) -> None:
    """The line introducing the expert or guests over a Q&A's first question
    ("问：…") is the Q&A's own text, no headline of it."""
    texts = printed(rows)
    for i in range(len(texts) - 1):
        row, below = rows[texts[i]], rows[texts[i + 1]]
        if row.role == TEXT and GUEST_LINE.match(row.line.raw.strip()) and below.role == TEXT \
                and INTERVIEW_TURN.match(below.text.lstrip()):
            _keep_in_text(row)


TIMELINE_ENTRY = rx(r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?")  # "1996年3月18日", "2001年": a year first
TIMELINE_ENTRIES = 3


def _timeline_dates(rows: list[Row]) -> None:
    """"1996年3月18日" / "省政府批复同意设立…" / "1998年6月" / "澄屿芯源微电子…":
    a timeline (大事记) sets each entry's date alone on a line over what
    happened; three or more such dates head the entries of one text, no
    headlines nor an issue's date."""
    texts = printed(rows)
    dates = [texts[i] for i in range(len(texts) - 1)
             if rows[texts[i]].role in (TEXT, NOTE) and TIMELINE_ENTRY.fullmatch(rows[texts[i]].text.replace(" ", ""))
             and rows[texts[i + 1]].role == TEXT and not TIMELINE_ENTRY.fullmatch(rows[texts[i + 1]].text.replace(" ", ""))]
    if len(dates) >= TIMELINE_ENTRIES:
        for k in dates:
            _keep_in_text(rows[k])


GLOSSARY_TERM = rx(r"^[【\[][^【】\[\]]{2,12}[】\]]$")
DEFINITION = rx(r"^(?:指|是指|意指|即|又称|也称|简称)")


# "编辑同志：", "柘溪日报社：", "尊敬的各位代表：": a letter's or a speech's
# salutation, on a line of its own over the text it opens
SALUTATION = rx(r"^(?:尊敬的)?[\u3400-\u9fff]{0,12}(?:同志|报社|杂志社|编辑部|领导|先生|女士|朋友们|代表|来宾|同事们|乡亲们)[：:]$")


def _salutations(rows: list[Row]) -> None:
    """A salutation over the text it opens is the text's first line, no
    headline (set solid under the headline of a reply: "关于…来信的回复" /
    "柘溪日报社：" / "贵报3月5日刊登的…")."""
    texts = printed(rows)
    for i in range(len(texts) - 1):
        row, nxt = rows[texts[i]], rows[texts[i + 1]]
        if row.role == TEXT and SALUTATION.match(row.text.strip()) and nxt.role == TEXT and len(nxt.text) > len(row.text):
            _keep_in_text(row)


def _glossary_terms(rows: list[Row]) -> None:
    """"【数实融合】" over "指数字技术与实体经济深度融合。…", "【耐心资本】" over
    "指追求长期回报…": a glossary (热词, 名词解释) sets each term in brackets
    over its definition, which opens on 指 ("refers to"); two or more such
    terms make one text, the terms its labels, no headlines of their own."""
    texts = printed(rows)
    terms = [texts[i] for i in range(len(texts) - 1)
             if rows[texts[i]].role in (TEXT, SECTION, BYLINE) and GLOSSARY_TERM.match(rows[texts[i]].line.raw.strip())
             and rows[texts[i + 1]].role == TEXT and DEFINITION.match(rows[texts[i + 1]].text.lstrip())]
    if len(terms) >= 2:
        for k in terms:
            _keep_in_text(rows[k])


def _names_over_bios(rows: list[Row]) -> None:
    """"欧阳知白" over "作者为…研究所研究员": a columnist's name set over the
    note of who the columnist is signs the column; under "钱望之｜…咨询公司"
    (a name, a bar, the workplace) a post alone ("合伙人") is that line's
    rest, a note."""
    from .cohesion import in_dictionary

    for k in range(len(rows) - 1):
        row, nxt = rows[k], rows[k + 1]
        if (row.role == TEXT and nxt.role == NOTE and BIO_NOTE.match(nxt.text)
                and rx(r"[\u3400-\u9fff]{2,4}").fullmatch(row.text) and (looks_like_person(row.text) or not in_dictionary(row.text))):
            row.role = BYLINE
        elif (row.role == BYLINE and nxt.role == TEXT and not nxt.indented and rx(r"[｜|│]").search(row.text)
              and rx(rf"[\u3400-\u9fff]{{0,8}}(?:{POSTS})").fullmatch(nxt.text)):
            nxt.role = NOTE  # "钱望之｜…咨询公司" / "合伙人": the post wrapped under the name's line


BIO_NOTE = rx(r"^(?:本文)?作者(?:系|为|是)")


def _names_beside_signatures(rows: list[Row]) -> None:
    """A bare name printed right above or below a signature role ("刘俊卿" / "特邀评论员")."""
    for k, row in enumerate(rows):
        if row.role != BYLINE or not SIGNATURE.match(row.text):
            continue
        for j in (k - 1, k + 1, k - 2, k + 2):
            if 0 <= j < len(rows) and rows[j].role == TEXT and rx(r"[\u3400-\u9fff]{2,3}").fullmatch(rows[j].text) \
                    and looks_like_person(rows[j].text):
                rows[j].role = BYLINE
                break


def _bios_of_signed_authors(rows: list[Row]) -> None:
    """"赵俊渥 中国通信企业协会副秘书长": a name and a post, printed beside the
    text of an article whose byline signs that name, is the author's note,
    however rare the name's characters (role_of needs jieba to know it)."""
    bylines = [parse_byline(row.line.raw) for row in rows if row.role == BYLINE]
    signed = {name for byline in bylines if byline for name in byline.authors}
    if not signed:
        return
    for row in rows:
        if row.role == TEXT and _names_a_post(row.line.raw) and row.line.raw.split()[0] in signed:
            row.role = NOTE


PULL_QUOTE_LINES = 4  # a pull quote is a sentence or two in large type
PULL_QUOTE_CHARS = 6  # repeated words shorter than this may repeat by chance
QUOTED = rx(r"^[“「『][^“”「」『』]+[。！？!?…][”」』]$")  # a whole sentence quoted (a quoted crosshead closes none)
QUOTE_ATTRIBUTION = rx(r"^[—－]{1,2}\s*[\u3400-\u9fff·]{2,8}$")


def _pull_quotes(rows: list[Row]) -> None:
    """"「县域消费的短板不在需求，／而在供给。」／——甘棠" set apart by blank lines:
    a sentence of the page's own text printed again in large type, in quotation
    marks, sometimes with who said it. It is no headline, byline nor part of the
    reading (the words stand elsewhere on the page, in the text or the headline)."""
    whole = None  # the page's words, squeezed, read once: a quote's words stand there twice
    k = 0
    while k < len(rows):
        if rows[k].role == BLANK or rows[k].indented or (k and rows[k - 1].role != BLANK) or not rows[k].text.startswith(("“", "「", "『")):
            k += 1
            continue
        end = k
        while end < len(rows) and rows[end].role != BLANK and end - k < PULL_QUOTE_LINES:
            end += 1
        block = rows[k:end]
        if end < len(rows) and rows[end].role != BLANK:
            k += 1
            continue  # runs on: a paragraph opening on a quotation
        said = "".join(r.text for r in block)
        who = QUOTE_ATTRIBUTION.match(block[-1].text) if len(block) > 1 else None
        quoted = said[: len(said) - len(block[-1].text)] if who else said
        words = rx(r"[\W_]").sub("", quoted)
        after = next((r for r in rows[end:] if r.role != BLANK), None)
        headed = after is not None and after.role in (SUB, BYLINE)  # a quoted headline over its deck or byline
        # (set flush left over an indented paragraph: where paragraphs are not
        # indented, a paragraph that is a quotation looks the same)
        if QUOTED.match(quoted) and len(words) >= PULL_QUOTE_CHARS and not headed and after is not None and after.indented:
            whole = whole if whole is not None else rx(r"[\W_]").sub("", "".join(r.text for r in rows))
            if whole.count(words) >= 2:
                for row in block:
                    row.role = FIGURE
        k = end


GUEST_LABEL = rx(r"^[【\[]?(?:对话|访谈|本期|圆桌|论坛|受访|特邀|参与讨论)?嘉宾[】\]]?\s*[：:]?$")
GUEST_LINES = 8


def _guest_lists(rows: list[Row]) -> None:
    """"嘉宾：" over "九衢大学商学院教授　甘棠" / "…副局长　左念秋": a round
    table's guests, each a post and a name on a line, listed in a box by the
    headline. Who speaks, not who wrote it, nor a headline."""
    for k, row in enumerate(rows):
        if row.role == BLANK or not GUEST_LABEL.match(row.text.strip()):
            continue
        end = k + 1
        while (end < len(rows) and end - k <= GUEST_LINES and rows[end].role != BLANK
               and (SPEAKER.match(rows[end].line.raw.strip()) or _names_a_post(rows[end].line.raw.strip(), firm_posts=True))):
            end += 1
        if end - k >= 2:
            for guest in rows[k:end]:
                guest.role = NOTE


SPEAKER_LABEL_CHARS = 12
SPEAKER_LABEL = rx(r"^(?:《[^《》]{1,12}》|[\u3400-\u9fffA-Za-z·]{1,12})[：:]?$")


def _speaker_labels(rows: list[Row]) -> None:
    """"《北溟商业评论》" / question / "骆听泉" / answer / "《北溟商业评论》" …: in
    a dialogue set with each speaker's name on a line of its own, two or more
    names come back in turn, each over a paragraph and under a closed one.
    They label the turns of one text; no headline or byline comes back so."""
    texts = printed(rows)
    seen: dict[str, list[int]] = {}
    for i in range(1, len(texts) - 1):
        above, row, below = rows[texts[i - 1]], rows[texts[i]], rows[texts[i + 1]]
        label = row.text.strip()
        if (row.role in (TEXT, SECTION, BYLINE) and not row.indented and len(label) <= SPEAKER_LABEL_CHARS
                and SPEAKER_LABEL.match(label) and ends_sentence(above.text) and below.role == TEXT
                and (below.indented or below.full)):
            seen.setdefault(label.rstrip("：:"), []).append(texts[i])
    labels = {name: at for name, at in seen.items() if len(at) >= 2}
    if len(labels) < 2:
        return
    order = sorted((k, name) for name, at in labels.items() for k in at)
    turns = sum(1 for (_, a), (_, b) in zip(order, order[1:]) if a != b)
    if turns < len(order) // 2:
        return  # the names do not take turns
    for k, _ in order:
        rows[k].role, rows[k].speaker = TEXT, True


SPEAKERS_REACH = 40  # rows: a roundup of views names its next speaker within a few paragraphs


def _signs_alone(rows: list[Row], k: int) -> bool:
    """The post-and-name line at k, right under its headline, stands over
    the text's opening paragraph (a blank line, or an indented line, under
    it) and no other such line follows in reach: who wrote the piece, not
    the first voice of a roundup of views."""
    after = rows[k + 1]
    if not (after.role == BLANK or (after.role == TEXT and after.indented)):
        return False
    return not any(r.role == TEXT and (names_speaker(r.line.raw) or NAME_THEN_POSTS.match(r.line.raw.strip()))
                   for r in rows[k + 1:k + 1 + SPEAKERS_REACH])


def _names_under_headlines(rows: list[Row]) -> None:
    """A bare name printed right under a headline line (one blank line may
    part them) is its byline ("肖新光");
    so are two or more names ("王 芳  陈建国") even with the text right under
    them (one word alone there may be the headline's last: "破局")."""
    for k in range(1, len(rows)):
        row, above = rows[k], rows[k - 1]
        if above.role == BLANK and k >= 2 and rows[k - 2].role == TEXT:
            above = rows[k - 2]  # a page that sets each element apart by a blank line
        after = rows[k + 1] if k + 1 < len(rows) else None
        if row.role == TEXT and above.role == SUB and above.no + 1 == row.no and not row.verse:
            # "——来自…的证据" / "韩立群¹　苏慕白²": names set solid under a
            # headline's dash subtitle sign the piece (under a quote, "——远帆物流总裁" / "邝明远"
            # is who said it)
            head = rows[k - 2] if k >= 2 else None
            headed = (head is not None and head.role == TEXT and head.no + 1 == above.no and looks_like_headline(head.text)
                      and not ends_sentence(head.text) and not head.text.rstrip().endswith(("”", "’", "\"")))
            names = (bare_names(row.line.raw) or names_with_affiliations(row.line.raw)) if headed else []
            if (names and (len(names) >= 2 or looks_like_person(names[0]))) or (headed and (SPEAKER.match(row.line.raw.strip()) or OFFICE_NAME.match(row.line.raw.strip()))):
                row.role = BYLINE  # (or the speaker's post and name under a speech's "——在…上的讲话": "董事长　骆成蹊")
            continue
        if (row.role == TEXT and above.role == TEXT and after is not None
                and (post_and_name(row.line.raw) or NAME_THEN_POSTS.match(row.line.raw.strip()))
                and looks_like_headline(above.text) and not ends_sentence(above.text)
                and ((rows[k - 1].role == BLANK and after.role == BLANK) or _signs_alone(rows, k))):
            # "让中小企业合规“有章可循”" / blank / "省政协委员　冷霁川" / blank: the
            # member signing the piece under its headline, set apart as the headline
            # is; or right under it, over the text, where no other speaker follows
            # ("…破解基层治理难题" / "青岚港务集团副总经理　沈砚农" / "近年来，我们…")
            row.role = BYLINE
            continue
        if (row.role == TEXT and above.role == TEXT and reader_signature(row.line.raw) and not row.indented
                and looks_like_headline(above.text) and not ends_sentence(above.text)):
            row.role = BYLINE  # "能否给外卖骑手留个歇脚处" / "读者　郑小满": the reader whose letter it is
            continue
        if (row.role == TEXT and above.role == TEXT and above.no + 1 == row.no and GOVERNMENT_BODY.match(row.text)
                and looks_like_headline(above.text) and not ends_sentence(above.text)
                and (after is None or after.role == BLANK)):
            row.role = BYLINE  # "《…办法》解读" / "岚川省数据局": the body that wrote it, under its headline
            continue
        names = bare_names(row.line.raw) if row.role == TEXT and above.role == TEXT and not row.verse else []
        if names and _name_under_spaced_headline(names, above, row, after):
            row.role = BYLINE
            continue
        if (names and len(above.text) >= 6 and looks_like_headline(above.text)
                and (after is None or after.role != TEXT or len(names) >= 2 or _full_name_over_paragraph(names, above, after))
                and (looks_like_person(names[0]) or _full_name_set_apart(names, above, rows[k + 1:k + 3])
                     or (len(names) >= 2 and "，" in row.text.replace(",", "，") and not row.indented
                         and any(looks_like_person(n) for n in names))
                     # "宋今禾　蓝以宁" over an indented paragraph: co-authors' names set apart
                     or (len(names) >= 2 and " " in row.line.raw.strip() and not letter_spaced(row.line.raw)
                         and not row.indented and after is not None and after.role == TEXT and after.indented))
                and not _finishes_word(above, row) and not _wrapped_over_byline(above, row, rows[k + 1:k + 5])
                and not (len(names) == 1 and _awaits_rest(above, row))):
            row.role = BYLINE


# "霍青崖（陵江财经大学金融学院）": an author and the institution the author works at
AFFILIATED_NAME = rx(r"(?P<name>[\u3400-\u9fff]{2,4})\s*[（(](?P<where>[^（()）]{2,30})[)）]")


def names_with_affiliations(raw: str) -> list[str]:
    """"霍青崖（…金融学院）　应小楼（…研究院）": the line is authors only, each
    with the institution in brackets after the name -> the names."""
    text = raw.strip()
    found = list(AFFILIATED_NAME.finditer(text))
    if not found or rx(r"[\s\u3000、，,]*").sub("", AFFILIATED_NAME.sub("", text)):
        return []
    if not all(INSTITUTION.search(m.group("where")) for m in found):
        return []
    return [m.group("name") for m in found]


def _wrapped_over_byline(above: Row, row: Row, below: list[Row]) -> bool:
    """"金融活水灌溉“科技之树”浦发银行靠前" / "发力" / "本报通讯员 赵磊琳…":
    under a headline line that fills the column of the text below, a word
    no dictionary knows as a name, set solid over the byline, is the
    headline's last words wrapped at the column's edge (the byline under it
    names who wrote the piece)."""
    from ..enrich.text import tag_of, words

    below = [r for r in below if r.role != BLANK]  # (a page may set each element apart by a blank line)
    if above.no + 1 != row.no or len(below) < 2 or below[0].role != BYLINE or below[1].role != TEXT:
        return False
    found = words(row.text.replace(" ", ""))
    return above.width >= below[1].width - 1.5 and not (found and tag_of(found[0]).startswith("nr"))


def _name_under_spaced_headline(names: list[str], above: Row, row: Row, after: Row | None) -> bool:
    """"夜　经　济　要　亮" / "更　要　暖" / "苏以沫": under a headline set in
    spaced display type, a name set solid in plain type is no line of the
    headline (its lines are spaced alike, however short the last); the
    name no dictionary holds signs the piece whose paragraph follows."""
    from .cohesion import in_dictionary

    return (len(names) == 1 and 2 <= len(names[0]) <= 3 and letter_spaced(above.line.raw)
            and not letter_spaced(row.line.raw) and not in_dictionary(names[0])
            and (after is None or after.role != TEXT or after.indented))


VERSE_SHARE = 0.5  # a line of verse is set at most this share of the page's usual line


def _verse(rows: list[Row]) -> None:
    """Two or more stanzas in a row: blocks of three or more lines, parted
    by one blank line, each line far shorter than the page's usual line and
    no sentence closed inside one. A poem's lines are as the poet broke
    them: none runs on into the next, and none is a headline or a name."""
    widths = sorted(r.width for r in rows if r.role == TEXT)
    if len(widths) < 20:
        return
    usual = widths[3 * len(widths) // 4]  # (the upper quartile: the poem's own lines may be half the page's)
    blocks: list[list[Row]] = []
    current: list[Row] = []
    for row in rows + [Row(Line(0, ""), BLANK, 0.0)]:
        if row.role == BLANK:
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(row)

    def stanza(block: list[Row]) -> bool:
        return (len(block) >= 3 and all(r.role == TEXT and r.width <= VERSE_SHARE * usual for r in block)
                and not any(rx(r"[。！？!?；;]").search(r.text[:-1]) for r in block))

    _poem_under_poet(rows, usual)
    stanzas = [stanza(block) for block in blocks]
    for k, block in enumerate(blocks):
        beside = [j for j in (k - 1, k + 1) if 0 <= j < len(blocks)
                  and abs(blocks[j][0].no - block[0].no) <= max(len(block), len(blocks[j])) + 2]
        if stanzas[k] and any(stanzas[j] for j in beside):
            for row in block:
                row.verse = True
            if len(block) >= 5 and _poet_under_title(block[0], block[1]):
                # "春耕" / "秦小棹" / "父亲把犁铧擦亮的时候" …: the poem's title and
                # the poet's name head the first stanza, no lines of the poem
                block[0].verse = block[1].verse = False
                block[1].role = BYLINE


POEM_LINES = 4  # a poem set solid as one stanza: lines enough to tell it from a headline's
POEM_SHARE = 0.7  # under its poet's byline a poem's line runs well short of the column, if less so than a stanza's among text


def _poem_under_poet(rows: list[Row], usual: float) -> None:
    """"稻田" / "□岑夏" / "六月的稻田" / "是一块摊开的绿绸" / …: under a title
    and its poet's byline, four lines or more set solid, each far shorter
    than the page's lines and closing no sentence inside, are the poem's
    lines, one stanza; the last short line over the next byline is the next
    piece's title."""
    k = 2
    while k < len(rows):
        if not (rows[k - 1].role == BYLINE and rows[k - 2].role == TEXT and len(rows[k - 2].text) <= VERSE_TITLE_CHARS):
            k += 1
            continue
        end = k
        while end < len(rows) and rows[end].role == TEXT and rows[end].width <= POEM_SHARE * usual \
                and not rx(r"[。！？!?；;]").search(rows[end].text[:-1]):
            end += 1
        if end < len(rows) and rows[end].role == BYLINE and end - 1 > k:
            end -= 1  # the next piece's title, over its byline
        if end - k >= POEM_LINES:
            for row in rows[k:end]:
                row.verse = True
        k = max(end, k + 1)


def _poet_under_title(title: Row, name: Row) -> bool:
    """A short title, and under it, solid, a name alone (2 to 4 characters)."""
    bare = name.text.replace(" ", "")
    return (name.no == title.no + 1 and len(title.text) <= VERSE_TITLE_CHARS and rx(r"[\u3400-\u9fff]{2,4}").fullmatch(bare) is not None
            and bare_names(bare) == [bare])


VERSE_TITLE_CHARS = 12


def _posts_under_headlines(rows: list[Row]) -> None:
    """"郑敏芝　东川省律师协会刑事专业委员会委员" set solid under a headline
    line: the writer and where the writer works, signing the piece under it
    (the same line inside running text is the author's note)."""
    for k in range(1, len(rows)):
        row, above = rows[k], rows[k - 1]
        if (row.role == NOTE and above.role == TEXT and above.no + 1 == row.no and _names_a_post(row.line.raw)
                and _names_lead(row.line.raw) and looks_like_headline(above.text) and not ends_sentence(above.text)
                and not above.indented):
            row.role = BYLINE


RIGHT_SET_INDENT = 4.0  # full-width characters of indent at least, for a line set flush right


def _set_flush_right(row: Row, above: Row) -> bool:
    """The line starts far in from the column's left edge (past the middle
    of the line above), or well in and ends at the column's right edge: set
    flush right, as a signature is."""
    return row.line.indent >= max(RIGHT_SET_INDENT, above.width / 2) or (
        set_far_in(row) and row.width >= above.width - RIGHT_EDGE_SLACK)


def set_far_in(row: Row) -> bool:
    """The line starts well in from the column's left edge, as a signature
    set flush right does."""
    return row.line.indent >= 2 * RIGHT_SET_INDENT


RIGHT_EDGE_SLACK = 1.5  # characters short of the line above's end: still flush right


# "本报理论部", "本刊编辑部": the paper's desk that wrote the piece, signing it
STAFF_DESK = rx(r"^本(?:报|刊)[\u3400-\u9fff]{0,6}(?:部|组|室|编辑部|中心)$")


def _names_closing_texts(rows: list[Row]) -> None:
    """A bare name right under a text's last sentence, with nothing of the
    text after it (a blank line, the page's end, other matter), signs that
    text ("…一点一滴的变化。" / "詹远帆"): a signature, not a headline."""
    for k in range(1, len(rows)):
        row, above = rows[k], rows[k - 1]
        after = rows[k + 1] if k + 1 < len(rows) else None
        dashed = row.role == SUB and rx(r"^[—－]{1,2}").match(row.text)  # "——宣一苇": an essay's signature after a dash
        if dashed and (post_and_name(row.line.raw) or NAME_THEN_POSTS.match(row.line.raw.strip().lstrip("—－ "))):
            # "…心服口服。" / "——省政协委员　尚知遥": the member signing the piece
            # above, post and name after a dash (one blank line may part them);
            # or name, then the post in brackets: "——晏清和（…学院院长）" (under a
            # closed quotation, who said it: a box of sayings)
            text_above = rows[k - 2] if above.role == BLANK and k >= 2 else above
            if text_above.role == TEXT and ends_sentence(text_above.text) \
                    and (post_and_name(row.line.raw) or not text_above.text.rstrip().endswith(("”", "」"))):
                row.role = BYLINE
            continue
        if (row.role == TEXT and above.role == TEXT and ends_sentence(above.text) and _set_flush_right(row, above)
                and (reader_signature(row.line.raw) or (set_far_in(row) and (_one_or_two_people(row.line.raw)
                                                                             or STAFF_DESK.match(row.text))))
                and (after is None or after.role != TEXT or _display_line(after))):
            # "…公示收费标准。" / "　　　　　读者　柏南星", "…也是等出来的。" / "　　　　　苗晓川":
            # the reader, the writer, signs the text, with a headline or a label right under it
            # (a text going on there is the page's main text, resumed after a box signed so)
            row.role = BYLINE
            continue
        if (row.role != TEXT and not dashed) or above.role != TEXT or not ends_sentence(above.text) \
                or (after is not None and after.role == TEXT):
            continue
        names = bare_names(row.line.raw)
        # (set flush right, far in from the column's left edge, a name signs
        # whatever jieba makes of it: "钱听雨" is no word of its dictionary)
        if 1 <= len(names) <= 2 and (looks_like_person(names[0]) or _set_flush_right(row, above)):
            row.role = BYLINE
        elif _set_flush_right(row, above) and post_and_name(row.line.raw):
            row.role = BYLINE  # "　　　　中共澄屿市委书记　骆承礼": the official signs the message above


SIGNED_AGAIN_REACH = 120  # lines: an essay's length down to its signature


# "汪浩天　置業地產研究部主管", "文：蔡詠琪　註冊財務策劃師": a columnist's name, then
# the post (simplified or traditional), parted by a space, under the headline
NAME_SPACE_POST = rx(r"^(?:文\s*[:：/／|｜]\s*)?(?P<name>[\u3400-\u9fff]{2,4})[ \u3000]+"
                     r"(?P<post>[^\s，。,：:]{0,16}(?:主管|策劃師|策划师|分析師|分析师|研究員|研究员|經理|经理|總監|总监|教授|"
                     r"主任|院長|院长|總裁|总裁|董事長|董事长|主席|顧問|顾问|經濟師|经济师|會計師|会计师|律師|律师))$")


def _columnists_under_headlines(rows: list[Row]) -> None:
    """A columnist's name and post set right under a headline line ("減辣一年
    樓價見底未" / "汪浩天　置業地產研究部主管"): the piece's byline, as the
    post and name the other way round are."""
    for k in range(1, len(rows)):
        row, above = rows[k], rows[k - 1]
        if (row.role == TEXT and above.role == TEXT and NAME_SPACE_POST.match(row.line.raw.strip())
                and looks_like_headline(above.text) and not ends_sentence(above.text)):
            row.role = BYLINE


def _names_signed_again(rows: list[Row]) -> None:
    """"母亲的记账本" / "林渡" / text … "　　　　林渡": a bare name under a
    headline, over text, that signs the same text at its end is its byline
    (a short name no dictionary knows reads as the headline's last word
    otherwise). Only the next signature down counts: a name signing a later
    text is that text's."""
    for k in range(1, len(rows) - 1):
        row, above, after = rows[k], rows[k - 1], rows[k + 1]
        if not (row.role == TEXT and above.role == TEXT and after.role == TEXT and not row.verse
                and looks_like_headline(above.text) and not ends_sentence(above.text)):
            continue
        names = bare_names(row.line.raw)
        if not 1 <= len(names) <= 2:
            continue
        below = next((r for r in rows[k + 1:k + SIGNED_AGAIN_REACH] if r.role == BYLINE), None)
        if below is not None and bare_names(below.line.raw) == names:
            row.role = BYLINE


def _display_line(row: Row) -> bool:
    """Short, unindented and with no stop: a headline's or a label's line."""
    return not row.indented and len(row.text) <= DISPLAY_CHARS and not ends_sentence(row.text) \
        and not rx(r"[，,。；;]").search(row.text)


DISPLAY_CHARS = 20


def _one_or_two_people(raw: str) -> bool:
    names = bare_names(raw)
    return 1 <= len(names) <= 2 and all(looks_like_person(n) for n in names)


def _posts_over_signatures(rows: list[Row]) -> None:
    """"…作出新的更大贡献！" / "　　　　澄屿港务集团党委书记、董事长" / "　　　　　　宓承远":
    under a letter's last sentence, its writer's posts and, under them, the
    name, each set flush right: the signature, on two lines."""
    texts = printed(rows)
    for i in range(1, len(texts) - 1):
        above, row, below = rows[texts[i - 1]], rows[texts[i]], rows[texts[i + 1]]
        name = below.text.replace(" ", "")
        if (row.role == TEXT and above.role == TEXT and ends_sentence(above.text) and _set_flush_right(row, above)
                and FIRM_POST.search(row.text.replace(" ", "")) and not CLAUSE_OR_STOP.search(row.text)
                and below.line.indent >= row.line.indent and bare_names(below.line.raw) == [name]):
            row.role = below.role = BYLINE


def _bodies_signing_texts(rows: list[Row]) -> None:
    """"…应及时向市消保委反映。" / "　　　　　　青梧省消费者权益保护委员会": a
    body's name set flush right, far in from the column's left edge, under
    a text's last sentence signs what it issued (a warning, a notice); the
    line is end matter, not a headline over the text after it."""
    for k in range(1, len(rows)):
        row, above = rows[k], rows[k - 1]
        if (row.role == TEXT and above.role == TEXT and ends_sentence(above.text)
                and _set_flush_right(row, above)
                and ISSUER.match(row.text.replace(" ", ""))):  # (the body a notice names over its label)
            row.role = EDITOR


def _finishes_word(above: Row, row: Row) -> bool:
    """"…智能战一触" / "即发": the line finishes a word the headline line right
    above began, so it is the headline's last line, not a name."""
    from .units import word_crosses

    return above.no + 1 == row.no and word_crosses(above.text, row.text.replace(" ", ""))


# A headline line cannot stop on a word that waits for what follows: a
# modal or adverb waiting for its verb ("…能否", "…有望"), a function word
# ("…的", "…与"). The word set solid under it finishes the headline.
AWAITING_END = rx(r"(?:能否|是否|有望|可望|如何|怎样|为何|何以|或将|仍需|还需|亟待|亟需|将|的|与|及|和|把|被|让|使)$")


def _awaits_rest(above: Row, row: Row) -> bool:
    """"炭黑企业利润承压高端化转型能否" / "破局": the headline line stops on a
    word that needs the next, so the word under it is its end, not a name."""
    return above.no + 1 == row.no and bool(AWAITING_END.search(above.text.rstrip()))


NAME_OVER_TEXT = 12  # characters: a line of running text under the name, not a display line


def _full_name_set_apart(names: list[str], above: Row, below: list[Row]) -> bool:
    """"柏望舒" between a headline and a blank line, a paragraph under it: a
    three-character name no dictionary holds, its first character one that
    jieba's dictionary knows as a surname alone (it reads the whole of few
    names with a rarer surname as one). "获批复" finishes the headline."""
    from ..enrich.text import tag_of

    return (len(below) == 2 and below[0].role == BLANK and below[1].role == TEXT
            and _full_name_over_paragraph(names, above, below[1]) and tag_of(names[0][0]).startswith("nr"))


def _full_name_over_paragraph(names: list[str], above: Row, after: Row) -> bool:
    """One name of three characters that no dictionary holds ("孔令川"), over
    a paragraph (indented, or a line as long as running text): the author's,
    not the rest of the headline (a word such as "白皮书" or "破局" is in the
    dictionary, and a headline's last line finishes a word its line above
    began: "…科技金" / "融破局")."""
    from .cohesion import in_dictionary
    from .units import word_crosses

    return (len(names) == 1 and len(names[0]) == 3 and (after.indented or len(after.text) >= NAME_OVER_TEXT)
            and not in_dictionary(names[0]) and not word_crosses(above.text, names[0]))
