"""Bylines and author names, in the forms Chinese papers and magazines print.

Forms handled: "本报记者 X Y 北京报道", "新华社记者 X" (names may follow on
their own lines), "记者 X", "文 / X Y", "■ X" (and □ ◎ ●), "作者：X",
photo credits "X Y 摄" / "X/摄", inline datelines that open a news body
("新华社北京2月29日电(记者 X Y)", "本报讯(记者 X)"), and the author note
"（作者系…）" printed at the end of a signed piece.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..regex_cache import compile as rx

HAN = r"[\u3400-\u9fff]"
ROLE = r"(?:(?:新华社|中新社|人民日报|经济日报|本报|本刊)?(?:特派|特约|首席|见习|实习|学生|校园)?(?:记者|通讯员|撰稿人|评论员|主笔)|本报评论员|实习生|(?<![\u3400-\u9fff])特派员)"
# How papers' names end ("经济日报", "每日经济新闻", "21世纪经济报道", "南方周末").
PAPER_ENDING = "日报|晚报|时报|商报|早报|周报|导报|快报|周刊|杂志|画报|新闻|经济报道|周末|融媒|报"  # ("雁川融媒讯": a county's media centre)
# Any paper, agency or station may name itself before its reporter ("南方日报记者").
OUTLET = r"(?:[\u3400-\u9fff0-9·]{1,12}?(?:" + PAPER_ENDING + r"|社|台|网|刊))"  # "中青报·中青网", "本刊"
# An editorial or a preface signed with the writer's post: "总编辑 曾纯".
SIGNED = rx(r"(?:本刊|本报|本期)?(?:总编辑|副总编辑|主编|执行主编|社长)\s+(?P<name>[\u3400-\u9fff]{2,4})")
# "本报驻新加坡记者", "环球时报驻德国特派记者": a correspondent posted abroad or away
POSTED = r"(?:驻[\u3400-\u9fff]{1,8}?)?"
MEDIA_DESK = r"(?:全媒体|融媒体|融媒|新媒体)?"  # "桐阳日报全媒体记者", "融媒记者": the paper's all-media newsroom
ROLE_ANY = rf"(?:{OUTLET}?{MEDIA_DESK}{POSTED}(?:特派|特约|首席|见习|实习|学生|校园)?(?:记者|通讯员|撰稿人|评论员|主笔)|本报评论员|{OUTLET}?实习生|(?<![\u3400-\u9fff])特派员)"
# ("文·图／", "图文／", "文·摄／", "文并摄": one reporter wrote the piece and took its pictures)
# ("报道：林明辉", "专栏作者：陈嘉豪": the reporter's and the columnist's credit of overseas Chinese papers)
BULLET_BYLINE = rx(r"^(?:[■□◎●○◆◇]\s*(?:文\s*[/／|｜│:：]|分析师\s+(?=[\u3400-\u9fff]{2,4}$))?|(?:文|撰文|撰稿|采写|采访|报道|(?:专栏|特约)?作者|整理|执笔|编译|文\s*[·・]\s*[图摄]|图\s*[·・]?\s*文)\s*[/／|｜│:：]|分析师(?:\s*[:：]|\s+(?=[\u3400-\u9fff]{2,4}$))"
                   # "主持人：本报记者 X" over a round table: the paper's moderator, a reporter or a bare name
                   r"|主持人?\s*[:：](?=\s*(?:本报|本刊)?(?:特约|首席|见习|实习)?(?:记者|编辑)|\s*[\u3400-\u9fff]{2,4}$)"
                   # "撰文　钟离思", "作者 温静姝": the role and a space, the names alone after it
                   r"|(?:作者|撰文|撰稿|采写)\s+(?=[\u3400-\u9fff]{2,4}(?:\s+[\u3400-\u9fff]{2,4}){0,3}$)"
                   # "文并摄　邰小川": who wrote the piece and took its pictures, the role in words
                   r"|文并[摄图]\s*[/／|｜│:：]?\s*(?=[\u3400-\u9fff]{2,4}$))\s*(?P<names>.+)$")
# ("记者／邹一川", "本报记者｜X": the role, a slash or a bar, then the names)
ROLE_BYLINE = rx(rf"^(?P<role>{ROLE_ANY}(?:\s*{ROLE})*)\s*(?:[/／|｜]\s*)?(?P<names>.*)$")
TITLED_OUTLET = rx(rf"^《{HAN}{{1,12}}》(?=(?:见习|实习|首席|特约)?记者\s)")
GLUED_OUTLET = rx(rf"^{HAN}{{2,6}}(?=(?:见习|实习|首席|特约)?记者\s)")
# "王小明/文", "王小明 李四 文/图": the names first, then what they did.
# ("韦听澜　编译": a piece retold from a foreign outlet, who translated it;
# "沈青禾　著" under a serial's instalment: who wrote the novel)
# ("林岚/文　周屿/图": the writer, then who took the pictures, no author)
WRITER_AFTER = rx(rf"^(?P<names>{HAN}{{2,4}}(?:[\s、，,]+{HAN}{{2,4}}){{0,3}})"
                  rf"(?:\s*(?:[/／]\s*(?:文|撰文)|[/／]?\s*文\s*[/／·]\s*图)|\s+(?:编译|摘编|著))"
                  rf"(?:\s+{HAN}{{2,4}}(?:[\s、]+{HAN}{{2,4}})?\s*[/／]\s*(?:图|摄|摄影))?$")
# "撰文/王小明 摄影/李四": each role with its names.
# A magazine's credits line names its editors the same way ("文/裴知遥　编辑/柯雨"):
# they are staff, not the piece's authors.
SUPPLIED_LINE = rx(rf"^供稿\s*[:：]\s*(?:[\u3400-\u9fffA-Za-z]{{2,20}}?)(?:\s+(?P<name>{HAN}{{2,3}}))?$")
# "卡尔•温特斯　文　　褚南星　译", "（译／褚南星）": a translated piece's
# writer and translator, names before their roles, or the translator alone
TRANSLATED = rx(rf"^(?P<writer>{HAN}{{1,6}}[·•・]{HAN}{{1,8}}|{HAN}{{2,4}})\s*[/／]?\s*(?:文|著)\s+"
                rf"(?P<translator>{HAN}{{2,4}})\s*[/／]?\s*(?:译|翻译)$")
TRANSLATOR_ALONE = rx(rf"^[（(]\s*(?:译|翻译)\s*[/／:：]\s*(?P<name>{HAN}{{2,4}})\s*[)）]$")
TOLD_BY = rx(rf"^口述\s*[/／|｜│:：]\s*{HAN}{{2,4}}(?:\s*[（(][^（()）]{{2,30}}[)）])?$")
PAIRED_ROLES = "采访、撰文|撰文|文字|采写|整理|口述|翻译|(?<![编摘])译|文|摄影|图片|图|制图|编辑|责编|责任编辑|统筹|设计|美编"
STAFF_ROLE = rx(r"^(?:编辑|责编|责任编辑|统筹|设计|美编)")
# (who told the story, 口述, is no writer; a magazine credits its translator
# among the staff, "翻译｜X", but a byline's "译／X" signs the words printed)
WRITER_ROLE = rx(r"^(?:采访、撰文|撰文|文字|采写|整理|文|译)$")
# a credited name: "X", "本刊记者 X", "X（…董事长）" (the speaker's post), or a
# transliterated foreign name ("艾琳·索恩达尔")
CREDITED = rf"(?:{ROLE}\s*)?(?:(?:[［\[]{HAN}{{1,8}}[］\]]\s*)?{HAN}{{1,6}}[·•・]{HAN}{{1,8}}|{HAN}{{2,4}})(?:[（(][^（()）]{{2,30}}[)）])?"
PAIRED_ROLE = rx(rf"(?P<role>{PAIRED_ROLES})\s*[/／:：｜|│]\s*(?P<names>{CREDITED}(?:[\s、]+{CREDITED})*?)(?=\s*(?:{PAIRED_ROLES})\s*[/／:：｜|│]|\s*$)")
# "图/新京报记者 王飞": the photo's role first, then its reporter's credit
PHOTO_ROLE_FIRST = rx(r"^(?:图|摄影|图片)\s*[/／|｜│:：]\s*(?P<names>\S.*)$")
PHOTO_CREDIT = rx(rf"^(?P<names>(?:{ROLE_ANY}\s*)?{HAN}{{1,4}}(?:\s+{HAN}{{1,4}}){{0,5}})\s*[/／]?\s*(?:摄|摄影|图)$")
PHOTO_NOTE = rx(r"摄\s*[（(][\u3400-\u9fff]{2,8}[）)]$")
TRAILING_PHOTO_CREDIT = rx(rf"(?P<credit>(?:{ROLE}\s*)?{HAN}{{1,4}}(?:\s+{HAN}{{1,4}}){{0,5}}\s*[/／]?\s*摄)$")
TRAILING_PHOTO_CREDIT_SPACED = rx(rf"\s(?P<credit>(?:{ROLE}\s*)?{HAN}{{1,4}}(?:\s+{HAN}{{1,4}}){{0,5}}\s*[/／]?\s*摄)$")
DATELINE = rx(
    rf"^(?P<byline>(?:(?:新华社|中新社|本报|人民网|新华网|央视网)(?:{HAN}{{0,8}}\d{{0,2}}月?\d{{0,2}}日?)?"
    # any other outlet names its place only with the day ("央广网北京4月16日电"),
    # lest a word running on across 社 or 报 be read as one ("3月份全社会用电量…")
    rf"|{OUTLET}(?:{HAN}{{0,8}}\d{{1,2}}月\d{{1,2}}日)?)(?:电|讯)(?![员视])"
    rf"\s*(?:[(（](?P<inner>[^()（）]{{2,40}})[)）]|(?P<reporter>(?:记者|通讯员)\s*[\u3400-\u9fff ]{{2,20}}?\s*报道)[:：]?)?)"
)
AUTHOR_NOTE = rx(r"^[（(]\s*(?:作者|本文作者)")
# "（作者：李文华，系…教授）", "（作者李文华 王芳分别系…）": the note names the writers.
NAMED_NOTE = rx(rf"^[（(]\s*(?:本文)?作者\s*[:：]?\s*(?P<names>{HAN}{{2,3}}(?:[\s、，,]+{HAN}{{2,3}}){{0,3}}?)\s*[，,]?\s*(?:分别)?(?:系|为|是|单位)")
NAME_WITH_NOTE = rx(rf"^(?P<name>{HAN}(?:\s?{HAN}){{1,3}})\s*[（(]\s*(?:本文)?作者(?:系|为|是|单位)[^（()）]{{2,40}}[)）]$")
PLACE_REPORT = rx(rf"^(?:{HAN}{{2,8}}报道|发自{HAN}{{2,8}})$")  # "北京报道", "发自上海": where the reporter filed from
# An expert's piece is signed with the writer's post, then the name, set
# apart: "中央财经大学金融学院教授 陈　捷", "某证券首席经济学家 李 明".
POSTS = ("教授|副教授|研究员|副研究员|助理研究员|首席经济学家|经济学家|首席分析师|分析师|院长|副院长|所长|副所长|"
         "主任|副主任|理事长|会长|秘书长|博士生导师|博士|讲师|首席研究员|高级研究员|总监|合伙人|律师|顾问|策略师|基金经理")  # ("…律师事务所律师 葛一澄": a lawyer's column)
# "全国人大代表、岱州恒锐智能装备有限公司董事长　廖振邦": a speaker's posts,
# then the name, over what the speaker said (a roundup of views)
SPEAKER_POSTS = POSTS + "|省长|市长|县长|区长|部长|厅长|署长|校长|代表|委员|董事长|总经理|副总经理|总裁|副总裁|总工程师|工程师|主席|副主席|书记|局长|行长|创始人|负责人|厂长|矿长|站长|场长"
SPEAKER = rx(rf"^(?P<post>{HAN}[\u3400-\u9fff、·（）()]{{1,40}}?(?:{SPEAKER_POSTS}))[\s\u3000]+(?P<name>{HAN}(?:\s?{HAN}){{1,3}})$")
# "韦叔衡（全国人大代表、望川市…党工委书记）": the name first, the posts in
# brackets after it; over a quotation, who says it (a roundup of views)
NAME_THEN_POSTS = rx(rf"^(?P<name>{HAN}(?:\s?{HAN}){{1,3}})\s*[（(](?!本文|作者)(?P<post>[^（()）]{{1,40}}?(?:{SPEAKER_POSTS}))[)）]$")
# "董事长　骆成蹊": a post alone, then the name of who holds it
OFFICE_NAME = rx(rf"^(?:{SPEAKER_POSTS}|厅长)\s+(?P<name>[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){{1,2}})$")


def post_and_name(raw: str) -> re.Match | None:
    """"省政协委员　冷霁川", "——省政协委员　尚知遥": a speaker's posts, then the
    name (after a dash when it signs a piece's end)."""
    return SPEAKER.match(raw.strip().lstrip("—－ "))


# (or only where the expert works: "澜江省社会科学院经济研究所　骆清源")
EXPERT_BYLINE = rx(rf"^(?P<post>{HAN}{{2,30}}?(?:{POSTS}|研究院|研究所|研究中心|大学|学院))\s+(?P<name>{HAN}(?:\s?{HAN}){{1,3}})$")
# "（摘自《澜江社会科学》2033年第5期，作者：甘慕云）": an excerpt's source and writer, closing it
EXCERPT_NOTE = rx(rf"^[（(]\s*摘自[^（()）]{{2,40}}?[，,]\s*作者\s*[:：]\s*(?P<names>{HAN}{{2,4}}(?:[、，,\s]+{HAN}{{2,4}}){{0,3}})\s*[）)]$")
# "■ 陶若谷　滨江市社会科学院研究员": a bullet, the writer's name, then the post
MARKED_EXPERT = rx(rf"^[■●□◆]\s*(?P<name>{HAN}(?:\s?{HAN}){{1,3}})\s+(?P<post>{HAN}{{2,30}}?(?:{POSTS}))$")
# "钱望之｜…管理咨询公司　合伙人": a columnist's name, a bar, then the post
# (or only the workplace, the post wrapped onto the next line)
WORKPLACE = "公司|集团|大学|学院|研究院|研究所|研究中心|银行|协会|学会"
NAME_BAR_POST = rx(rf"^(?P<name>{HAN}{{2,4}})\s*[｜|│]\s*(?P<post>[^｜|│]{{2,40}}?(?:{POSTS}|创始人|董事长|总经理|总裁|作家|专栏作者|{WORKPLACE}))$")
# "答疑律师　俞清远（泓城明律律师事务所）": who answers a Q&A's letters, under its
# headline: the role, the name, where they work
ANSWERING_EXPERT = rx(rf"^(?:答疑|解答|点评|特邀|本期)(?:律师|专家|法官)\s*[:：]?\s*(?P<name>{HAN}(?:\s?{HAN}){{1,3}})\s*(?:[（(][^（()）]{{2,30}}[)）])?$")
# "文／岚州市网信办政策法规处　谭望秋": the writer's office, then the name
UNIT_WRITER = rx(rf"^(?:文|撰文|作者)\s*[/／｜|:：]\s*{HAN}{{2,24}}(?:办|处|局|厅|委|院|所|中心|部|科|室|站|公司|集团|银行|大学|学院|法院|检察院)"
                 rf"\s+(?P<name>{HAN}(?:\s?{HAN}){{1,3}})$")
# "作者：温敬庭　岚州省委党校经济学教研部": the name, then where the writer works
WRITER_THEN_UNIT = rx(rf"^(?:作者|文)\s*[/／:：]\s*(?P<name>{HAN}(?:\s?{HAN}){{1,3}})\s+{HAN}{{2,30}}"
                      rf"(?:院|校|部|所|中心|大学|学院|研究院|党校|教研部|室|处|局|委|厅|公司|集团|银行)$")
# "（作者：祝遥　澄江交通大学交通运输学院教授）": the name, then where the writer works and the post
NAME_THEN_POST_NOTE = rx(rf"^[（(]\s*(?:本文)?作者\s*[:：]\s*(?P<name>{HAN}{{2,4}})[\s，,]+[^（()）]{{2,40}}?(?:{SPEAKER_POSTS})\s*[)）]$")
# "（作者为汀川市社会科学院研究员　祁霜）": the writer's post, then the name, in the note after the piece
POSTED_NOTE = rx(r"^[（(]\s*(?:本文)?作者(?:为|系|是)\s*(?P<inner>[^（()）]{4,50})[)）]$")
# "郁清和（九州财经大学教授）": a name, then in brackets where its bearer works and the post
NAME_WITH_POST = rx(rf"^(?P<name>{HAN}{{2,4}})\s*[（(][^（()）]{{0,30}}(?:{SPEAKER_POSTS})[）)]$")
BUREAU = rx(r"(?:分社|支社|记者站|工作站)$")  # "本报记者　泓州分社　宁小帆": the paper's bureau, no person
# What the reporter did, printed after the names: "本报记者 邬静怡 回访"
REPORTING_WORDS = frozenset({"回访", "采写", "采访", "整理", "报道", "调查", "追踪", "编译"})
NAME_TOKEN = rx(rf"^(?:{HAN}{{2,4}}|{HAN}{{1,6}}·{HAN}{{1,8}})$")  # (or a transliterated foreign name)
SPLIT_NAMES = rx(r"[\s、，,；;]+")


@dataclass(frozen=True)
class Byline:
    text: str
    authors: list[str]
    photo: bool = False
    needs_names: bool = False  # a role printed alone; names follow on the next lines


@functools.lru_cache(maxsize=4096)
def _is_place(token: str) -> bool:
    from ..enrich.text import tag_of, words

    found = words(token)
    return len(found) == 1 and tag_of(found[0]) == "ns"


def person_names(text: str) -> list[str]:
    """Person names in the name part of a byline.

    Letter-spaced names ("孟 珂 韩 昱 郭冀川") are rebuilt by pairing the single
    characters; a trailing "北京报道" or a bare place name is dropped.
    """
    tokens = [t for t in SPLIT_NAMES.split(re.sub(ROLE_ANY, " ", text).strip()) if t]
    tokens = [t for t in tokens if not PLACE_REPORT.match(t) and t not in REPORTING_WORDS and not BUREAU.search(t)]
    merged: list[str] = []
    singles: list[str] = []
    for tok in tokens + [""]:
        if len(tok) == 1 and re.match(HAN, tok):
            singles.append(tok)
            continue
        while len(singles) >= 2:
            merged.append(singles.pop(0) + singles.pop(0))
        singles.clear()
        if tok:
            merged.append(tok)
    names = [t for t in merged if NAME_TOKEN.match(t)]
    if names and len(names) > 1 and _is_place(names[-1]):
        names = names[:-1]
    return names


@functools.lru_cache(maxsize=4096)
def name_cut_at_edge(byline: str, rest: str) -> bool:
    """"本报记者　谭小葵　实习生　宁贝" / "可": one or two characters alone under a
    byline whose last name they complete (two characters and the rest make a
    three-character name)."""
    tokens = byline.split()
    return (bool(rx(rf"{HAN}{{1,2}}").fullmatch(rest.strip())) and len(tokens) >= 2
            and bool(rx(rf"{HAN}{{2}}").fullmatch(tokens[-1])) and _could_be_name(tokens[-1] + rest.strip())
            and parse_byline(byline) is not None)


# Two-character surnames ("欧阳慧中", "司马绮雯"): the dictionary holds the
# surname as a word, so such a name reads as two words
COMPOUND_SURNAME = rx("^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|令狐|慕容|端木|公孙|公孫|司徒|司空|夏侯|"
                      "尉迟|尉遲|长孙|長孫|宇文|独孤|獨孤|南宫|南宮|呼延|轩辕|軒轅|澹台|钟离|鍾離|申屠|闻人|聞人)")


@functools.lru_cache(maxsize=8192)
def _could_be_name(token: str) -> bool:
    """A person's name is not made of two words of the dictionary (转型|破局)
    and is not itself a word other than a name (向下)."""
    from ..enrich.text import tag_of, words

    if not rx(rf"{HAN}{{2,4}}").fullmatch(token):
        return True  # single characters of a letter-spaced name, or not Chinese: left to the other checks
    if len(token) >= 3 and COMPOUND_SURNAME.match(token):
        return True
    found = words(token)
    if sum(1 for w in found if len(w) >= 2) >= 2:
        return False
    tag = tag_of(token) if len(found) == 1 else ""
    return tag in ("x", "") or tag.startswith("nr")


def _names_only(names: str) -> bool:
    """Every token of "骆川 王五" (or "骆川、王五") could be a person's name."""
    return all(_could_be_name(n) for n in rx(r"[\s、]+").split(names.strip()))


def _names_part_ok(names: str) -> bool:
    """The rest of a byline line must be names (and an optional 'X报道')."""
    tokens = [t for t in SPLIT_NAMES.split(names.strip()) if t]
    return all(rx(rf"{HAN}{{1,4}}|{HAN}{{2,8}}报道|发自{HAN}{{2,8}}|{HAN}{{2,4}}[/／]?[文摄图]").fullmatch(t) for t in tokens)


# A credit printed once for a whole page or package: "本版…由…".
STAFF_OPENING = r"^[（(]?本(?:版|篇|期|组|刊|专题|系列)?"
# "本篇文章均由本报记者石健采写", "本版文字由记者王某、李某撰写": its writers
# (lines.PICTURE_CREDIT: its pictures).
STAFF_CREDIT = rx(STAFF_OPENING + r"(?:文章|稿件|文字|报道|内容)?(?:均|皆|全部)?由"
                          r"(?P<names>[^，。；！？,;!?]{2,24}?)(?:采写|撰写|撰稿|采访|整理|编写)[）)]?$")


ENGLISH_BYLINE_HEAD = rx(r"^(?:By|BY)\s+[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*){0,3}\s+(?=[\u3400-\u9fff])")
ENGLISH_BYLINE_TAIL = rx(r"\s+(?:By|BY)\s+[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*){0,3}$")
REPRINT_TAIL = rx(r"\s+(?:原载|摘自|选自|转自)\s*《[^》]{1,20}》[^（()）\s]{0,12}$")
# "（摘自《澄阳日报》　宋知白）", "（摘编自《银行业观察》2035年第5期，作者：宗望川）",
# "——摘自《绿色金融研究》2035年第2期　作者：戚之远　温小禾": where a digest took the piece, and its writers
REPRINT_CREDIT = rx(r"^(?:[（(]|——)\s*(?:摘编自|摘自|选自|转自|原载|转载自)\s*《[^》]{1,20}》[^（()）\s，,]{0,12}"
                    r"(?:(?:\s+|[，,]\s*)(?:作者\s*[:：]\s*)?(?P<name>[\u3400-\u9fff]{2,3}(?:[\s、]+[\u3400-\u9fff]{2,3}){0,3}))?\s*[)）]?$")
# "（摘编自《九州金融评论》2035年第3期，原题为《数字普惠金融与" / "县域居民消费》，作者：…）": the same, wrapped
REPRINT_OPENING = rx(r"^[（(]\s*(?:摘编自|摘自|选自|转自|原载|转载自)\s*《")
DESK_CREDIT = rx(r"^(?:本报|本刊|[\u3400-\u9fff]{2,8}(?:报|刊|周刊|杂志))[\u3400-\u9fff]{0,5}(?:研究部|评论部|经济部|财经部|调查组|课题组|研究组|数据部|研究中心|研究院|新闻部)"
                 r"(?:\s+(?P<names>[\u3400-\u9fff]{2,3}(?:\s+[\u3400-\u9fff]{2,3}){0,2}))?$")  # ("本报数据新闻部　覃一帆": and who there)
CREDIT_ROLE = r"(?:执笔人?|作者|撰文|撰稿|采写|报道|整理|摘编|课题(?:组)?(?:负责人|组长|主持人|成员))"
# "岑川省发展研究中心企业研究所课题组": a study team, named by the body it works in
TEAM_CREDIT = rx(r"^[\u3400-\u9fff]{2,24}(?:中心|院|所|委|局|厅|大学|学院|部|办)[\u3400-\u9fff]{0,10}(?:联合)?(?:课题组|调研组|研究组)$")
BRACKETED_CREDIT = rx(rf"^[（(]\s*(?P<inner>{CREDIT_ROLE}\s*[:：][^（()）]{{2,40}}?)\s*[)）]$")
CREDIT_PART = rx(rf"^\s*{CREDIT_ROLE}\s*[:：]\s*(?P<names>.+?)\s*$")


AFFILIATED_NAME = rx(r"^(?P<names>[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){1,2}(?:[\s，,、]+[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){1,2}){0,3})"
                     r"\s*[（(](?P<where>[^（()）]{4,60})[)）]$")
POSTED_SIGNATURE = rx(rf"^[（(]\s*(?P<name>[\u3400-\u9fff](?: ?[\u3400-\u9fff]){{1,2}})\s+[^（()）\s]{{2,36}}(?:{POSTS})\s*[)）]$")
AFFILIATION_WORD = rx(r"大学|学院|研究院|研究所|研究中心|科学院|社科院|党校|研究会|学会")


def _credited_names(inner: str) -> list[str]:
    """The names of a bracketed credit's parts, "ROLE：names" each, parted by semicolons."""
    names: list[str] = []
    for part in rx(r"[；;]").split(inner):
        found = CREDIT_PART.match(part)
        if not found:
            return []
        parsed = bare_names(found.group("names")) or (_parse_byline(part).authors if _parse_byline(part) else [])
        if not parsed:
            return []
        names += [n for n in parsed if n not in names]
    return names


# "［美］约翰·史密斯", "（德）汉斯·米勒", "文／［塔维里亚］伊莎贝拉·蒙特罗": a foreign
# writer's name in transliteration (its parts joined by ·), the country in
# brackets before it, as papers credit foreign contributors
FOREIGN_WRITER = rx(rf"(?:(?:文|作者)\s*[／/:：｜|]\s*)?[［\[【(（]{HAN}{{1,8}}[］\]】)）]\s*(?P<name>{HAN}{{1,8}}(?:[·•・]{HAN}{{1,10}}){{1,3}})")


# "记者黄柏霖／台北报导", "特派员卢思颖／维斯堡报导", "编译孙立婷／综合外电报导":
# Taiwan papers' bylines, the reporter (or translator) and, after the slash,
# where the report was filed (报导), in brackets when run into the text
SLASHED_PLACE = rf"(?P<role>{ROLE_ANY}|编译)\s*(?P<names>{HAN}{{2,4}}(?:[、\s]+{HAN}{{2,4}}){{0,2}})\s*[／/｜|]\s*{HAN}{{1,8}}报[导道]"
SLASHED_PLACE_BYLINE = rx(rf"^【?{SLASHED_PLACE}】?$")
BRACKETED_SLASHED_PLACE = rx(rf"^[【〔]{SLASHED_PLACE}[】〕]")  # (a Taiwan paper's tortoise-shell brackets too: "〔记者X／台北报导〕")
# "【本报讯】", "【华汇社北京十日电】": a Hong Kong paper's dateline in brackets,
# the day in figures or Chinese numerals; "记者X报道：" may follow it
BRACKETED_DATELINE = rx(rf"^【(?:(?:本报|本刊){HAN}{{0,8}}?(?:[\d一二三四五六七八九十]{{1,3}}月)?(?:[\d一二三四五六七八九十]{{1,3}}日)?(?:电|讯)"
                        rf"|{HAN}{{1,6}}社{HAN}{{0,8}}?(?:[\d一二三四五六七八九十]{{1,3}}月)?[\d一二三四五六七八九十]{{1,3}}日电"
                        # "【北岬《北方经济评论》周刊5月6日一期文章】": a foreign outlet's piece, retold
                        rf"|{HAN}{{0,8}}《[^《》]{{1,20}}》(?:网站|周刊|月刊|双周刊|杂志|日报)?(?:\d{{1,2}}月)?\d{{1,2}}日(?:一期)?(?:文章|报道|社论|评论))】"
                        rf"(?:\s*(?P<reporter>(?:{ROLE_ANY})\s*(?P<names>{HAN}{{2,4}}(?:[、\s]+{HAN}{{2,4}}){{0,2}})\s*报道)(?:[:：]|\s+(?=\S)))?")


UNIT_THEN_NAMES = rx(r"^(?:(?:撰文|文|图)(?:[/／](?:文|图))?\s*[/／｜|:：]?\s*)?"  # ("文／图　…银行　X": a sponsor's piece, its writer's role first)
                     r"[\u3400-\u9fff]{4,24}(?:公司|集团|研究院|研究所|设计院|大学|学院|医院|银行|协会|管理局|管理处)"
                     r"\s+(?P<names>[\u3400-\u9fff]{2,3}(?:\s+[\u3400-\u9fff]{2,3}){0,2})$")


def _parse_byline(text: str) -> Byline | None:
    """A Byline when the whole line is one, else None."""
    text = text.strip()
    if not text or len(text) > 60:
        return None
    english = ENGLISH_BYLINE_TAIL.search(text) or ENGLISH_BYLINE_HEAD.match(text)
    if english and (english.start() > 0 or english.end() < len(text)):
        # "本报记者　林晓雨　By LIN XIAOYU", "By TANG YIFAN　本报记者　唐逸帆": a
        # bilingual page's byline, the name again in English
        found = _parse_byline(text[:english.start()] + text[english.end():])
        return Byline(text, found.authors) if found else None
    source = REPRINT_TAIL.search(text)
    if source and source.start() > 0:
        # "文／柯向晚　原载《南岭工人报》": the writer, then where the piece first ran
        found = _parse_byline(text[:source.start()])
        return Byline(text, found.authors) if found else None
    reprint = REPRINT_CREDIT.match(text)
    if reprint:
        # "（摘自《澄阳日报》　宋知白）": the paper a digest took the piece from, and its writer
        names = bare_names(reprint.group("name")) if reprint.group("name") else []
        return Byline(text, names)
    desk = DESK_CREDIT.match(text)
    if desk or TEAM_CREDIT.match(text):
        names = bare_names(desk.group("names")) if desk and desk.group("names") else []
        return Byline(text, names)  # "本刊研究部", "…研究所课题组": a desk or a study team wrote it, no person named
    answering = ANSWERING_EXPERT.match(text) or UNIT_WRITER.match(text) or WRITER_THEN_UNIT.match(text)
    if answering:
        return Byline(text, [answering.group("name").replace(" ", "")])
    dated = BRACKETED_DATELINE.match(text)
    if dated and dated.end() == len(text):
        names = dated.group("names")
        return Byline(text, person_names(names) if names else [])  # "【华汇社北京十日电】" on a line of its own
    slashed = SLASHED_PLACE_BYLINE.match(text)
    if slashed:
        return Byline(text, person_names(slashed.group("names")))  # "记者黄柏霖／台北报导"
    foreign = FOREIGN_WRITER.fullmatch(text)
    if foreign:
        return Byline(text, [foreign.group("name")])  # "［塔维里亚］伊莎贝拉·蒙特罗": a foreign writer, the country first
    signed = POSTED_SIGNATURE.match(text)
    if signed and _could_be_name(signed.group("name").replace(" ", "")):
        # "（蒙季川　霁川大学中国县域经济研究中心主任）": the expert signing a
        # piece, with the post that makes the view worth printing
        return Byline(text, [signed.group("name").replace(" ", "")])
    affiliated = AFFILIATED_NAME.match(text)
    if affiliated and AFFILIATION_WORD.search(affiliated.group("where")):
        # "蒙季川（霁川大学　中国县域经济研究中心，霁川　汀阳　410082）": a
        # journal's author line, the writer and where the writer works
        names = bare_names(affiliated.group("names"))
        return Byline(text, names) if names else None
    bracketed = BRACKETED_CREDIT.match(text)
    if bracketed:
        # "（执笔：邵怀瑾　蓝秋池）", "（作者：X）", "（课题组负责人：X；执笔：Y　Z）":
        # a report's writers, credited in brackets on a line of their own
        authors = _credited_names(bracketed.group("inner"))
        return Byline(text, authors) if authors else None
    if PLACE_REPORT.match(text.replace(" ", "")) and not re.search(ROLE, text):
        names = bare_names(text) if rx(r"\s报道$").search(text) else []
        return Byline(text, names)  # "北京报道" (or "上海 北京报道") printed on its own line under the names; "X　Y　报道"
    match = WRITER_AFTER.match(text)
    if match and text.endswith(("编译", "摘编")):
        names = bare_names(match.group("names"))  # (names only: "全球经济　编译" names no one)
        if names:
            return Byline(text, names)
        match = None  # ("本报记者　晏秋　编译": a role and a name, read below)
    if match:
        return Byline(text, person_names(match.group("names")))
    if SOURCE_SLASH_CREDIT.fullmatch(text):
        return Byline(text, [], photo=True)  # "本报资料室/图", "受访者/供图": a picture's source on its own line
    match = SUPPLIED_LINE.match(text)
    if match:
        # "供稿：溯川重工　孟一帆": the firm that supplied the item and who wrote it there
        name = match.group("name")
        return Byline(text, [name] if name and _could_be_name(name) else [])
    unit = UNIT_THEN_NAMES.match(text)
    if unit:
        # "沅川能源集团芷陵发电公司　韦知远": an engineer's piece, signed with
        # where the writer works, then the name
        names = bare_names(unit.group("names"))
        if names:
            return Byline(text, names)
    translated = TRANSLATED.match(text) or TRANSLATOR_ALONE.match(text)
    if translated:
        return Byline(text, [n for n in translated.groupdict().values() if n])
    if TOLD_BY.match(text):
        return Byline(text, [])  # "口述｜韦青山（…董事长）": who told the story; who wrote it down signs on the next line
    pairs = list(PAIRED_ROLE.finditer(text))
    if len(pairs) >= 2 and rx(r"\s").sub("", "".join(m.group(0) for m in pairs)) == rx(r"\s").sub("", text):
        # "撰文｜X　摄影｜Y　编辑｜Z", "编辑｜Z　文｜本刊记者 X Y　图｜视界图库": a
        # magazine's credits, in any order. Its writers are the authors; the
        # photographers only when no one is credited for the words (a photo
        # story); editors and chart makers never. A line of staff roles
        # alone is the page's editors' credit, no byline.
        writers = [m for m in pairs if WRITER_ROLE.match(m.group("role"))]
        if writers or not STAFF_ROLE.match(pairs[0].group("role")):
            credited = writers or [m for m in pairs if not STAFF_ROLE.match(m.group("role")) and m.group("role") != "制图"]
            names = [rx(r"[（(［\[][^（()）［］\[\]]*[)）］\]]").sub(" ", m.group("names")) for m in credited]  # (a post, a writer's country)
            return Byline(text, [n for ns in names for n in person_names(ns) if _names_only(n)])
    match = PHOTO_ROLE_FIRST.match(text)
    if match and re.match(ROLE_ANY, match.group("names")) and _names_part_ok(re.sub(ROLE_ANY, " ", match.group("names"))):
        return Byline(text, person_names(re.sub(ROLE_ANY, " ", match.group("names"))), photo=True)  # "图/新京报记者 王飞"
    if match and rx(rf"{HAN}{{2,4}}(?:[\s、]+{HAN}{{2,4}}){{0,2}}").fullmatch(match.group("names").strip()) \
            and _names_only(match.group("names")):
        return Byline(text, person_names(match.group("names")), photo=True)  # "摄影/骆川": a magazine's photo credit
    match = PHOTO_CREDIT.match(PHOTO_NOTE.sub("摄", text))  # "…摄（无人机照片）": what kind of photo, after the credit
    if match:
        if text.endswith("图"):  # a picture source ("视觉中国/图") names an agency, not a person
            return Byline(text, [], photo=True)
        names = re.sub(ROLE, "", match.group("names"))
        return Byline(text, person_names(names), photo=True)
    match = STAFF_CREDIT.match(text)
    if match:
        return Byline(text, person_names(re.sub(ROLE, " ", match.group("names"))))  # "本篇文章均由本报记者石健采写"
    match = NAME_WITH_NOTE.match(text)
    if match and _could_be_name(match.group("name").replace(" ", "")):
        return Byline(text, [match.group("name").replace(" ", "")])  # "邝明远（作者系…主任）" under a signed piece
    match = EXPERT_BYLINE.match(text)
    if match and _could_be_name(match.group("name").replace(" ", "")):
        return Byline(text, person_names(match.group("name")))  # "商务部研究院研究员 宋 扬" under an expert's piece
    match = EXCERPT_NOTE.match(text)
    if match and _names_only(match.group("names")):
        return Byline(text, person_names(match.group("names")))
    # "钱望之｜岱川明策管理咨询公司　合伙人" over a columnist's piece, "郁清和（…教授）" over a commentary
    match = NAME_BAR_POST.match(text) or NAME_WITH_POST.match(text)
    if match and _could_be_name(match.group("name")):
        return Byline(text, [match.group("name")])
    match = MARKED_EXPERT.match(text)
    if match and _could_be_name(match.group("name").replace(" ", "")):
        return Byline(text, person_names(match.group("name")))  # "■ 陶若谷　…研究员" under an op-ed's headline
    match = SIGNED.fullmatch(text)
    if match and _could_be_name(match.group("name")):
        return Byline(text, [match.group("name")])  # "总编辑 曾纯" under an editorial
    match = BULLET_BYLINE.match(text)
    if match:
        # "采写：南都记者 吴 笛", "文｜《财经》记者 张 颖": a paper's short name, or a
        # magazine's in title marks, before its reporter is no name
        names = rx(rf"^(?:{HAN}{{2,4}}|《{HAN}{{1,12}}》)(?=(?:见习|实习|首席|特约)?记者)").sub("", match.group("names").strip())
        names = rx(r"\s*[（(][^（()）]{2,40}[)）]$").sub("", names)  # "作者：韦知远（…教研部教授）": the writer's post, in brackets
        names = rx(r"\s+文\s*[/／]\s*图$").sub("", names)  # "■ 戴云舒 邹岩 文/图": they wrote and took the pictures
        names = UNIT_BEFORE_NAMES.sub("", names.strip())  # "□ 营销中心　樊若溪": the writer's unit, then the name
        speaker = SPEAKER.match(names.strip())
        tokens = speaker.group("name").split() if speaker else []
        if len(tokens) >= 2 and all(2 <= len(t) <= 3 and _could_be_name(t) for t in tokens):
            return Byline(text, tokens)  # "文／新溯财富研究员　乔砚　宗晚": two names after their post
        if speaker and _could_be_name(speaker.group("name").replace(" ", "")):
            return Byline(text, [speaker.group("name").replace(" ", "")])  # "文／全国政协委员、…院长　陶静姝"
        if rx(r"[。！？，]").search(names):
            return None
        # "●转型破局", "■利率倒挂": a marked crosshead, its words not a name. After
        # "文/" or "作者：" a two- or three-character name stands though the
        # dictionary knows it as a place ("文/龙阳").
        marked_only = bool(rx(r"^[■□◎●○◆◇]\s*$").match(text[:match.start("names")]))
        doubtful = [t for t in SPLIT_NAMES.split(names.strip()) if t and (marked_only or len(t) > 3)]
        if not re.search(ROLE, names) and not all(_could_be_name(t) for t in doubtful):
            return None
        if not (_names_part_ok(re.sub(ROLE_ANY, " ", names)) or re.match(ROLE_ANY, names)):
            # "文/武汉制信科技有限公司": a byline that names a firm, not a person
            firm = rx(rf"{HAN}{{2,20}}(?:公司|集团|研究院|研究所|研究中心|大学|学院|协会|中心)").fullmatch(names.strip())
            return Byline(text, []) if firm and text.startswith("文") else None
        return Byline(text, person_names(re.sub(ROLE_ANY, " ", names)))  # "□晚报记者 顾 晓": the paper is no name
    match = TITLED_OUTLET.match(text)
    if match:
        return _after_outlet(text, match.end())  # "《财经》记者 张 颖"
    match = ROLE_BYLINE.match(text)
    if match and _run_in_byline(text):
        return None  # "本报记者 闵若溪 初春时节，河湾镇万…": the text runs on after the names
    if match:
        names = match.group("names")
        if not names:
            return Byline(text, [], needs_names=True)
        # Print sets a space (or a slash or a bar) between the role and the
        # names ("记者 王某", "记者／王某"); "记者手记" or "记者注意到" are words, not bylines.
        after_role = text[len(match.group("role")):][:1]
        spaced = after_role.isspace() or (after_role in "/／|｜" and all(_could_be_name(t) for t in SPLIT_NAMES.split(names.strip()) if t))
        names = rx(rf"(?<=\s){ROLE_ANY}(?=\s)").sub(" ", names)  # "肖雨辰 南方周末实习生 何静怡": each with its role
        if spaced and _names_part_ok(names):
            return Byline(text, person_names(names))
    match = GLUED_OUTLET.match(text)
    if match:
        return _after_outlet(text, match.end())  # "第一财经记者 马 晨 发自上海"
    outlet = _outlet_dateline(" ".join(text.split())) if OUTLET_NEWS.match(text) else None
    last = re.split(ROLE_ANY, text)[-1].replace(" ", "").replace("\u3000", "")
    if outlet and not outlet[1] and all(2 <= len(n) <= 3 for n in outlet[0].authors) and len(last) >= 2:
        return outlet[0]  # "本报讯　记者　X": the dateline and its staff alone on their line, the text under it
    return None


def _after_outlet(text: str, end: int) -> Byline | None:
    """An outlet's name the role patterns do not know (a magazine's in title
    marks, one that ends in no word for a paper) run into its reporter's
    role: a byline when the rest of the line is one with names that could be
    people's (a role alone at a line's end is running text: "…《中国经营报》记者"
    / "注意到")."""
    rest = parse_byline(text[end:])
    good = (rest is not None and bool(rest.authors) and not rx(r"[，。：；！？,:;!?]").search(text)
            and all(_could_be_name(n) for n in rest.authors))
    return Byline(text, rest.authors) if good else None


def bare_names(raw: str) -> list[str]:
    """The names of a line that holds nothing but one to four of them
    ("肖新光", "王 芳  陈建国", "——宣一苇" signing after a dash, "X　Y　报道"), else []."""
    raw = rx(r"^\s*[—－]{1,2}\s*").sub("", raw)
    raw = rx(r"\s+报道\s*$").sub("", raw)  # "方晚禾　鲁砚　报道": who reported, no role printed
    # "王立新1，赵 敏2", "韩立群¹　苏慕白²", "李航*": affiliation numbers and marks
    raw = rx(r"(?<=[\u3400-\u9fff])\s?[\d¹²³⁴⁵⁶⁷⁸⁹⁰*＊∗](?:[,，][\d¹²³⁴⁵⁶⁷⁸⁹⁰])*").sub("", raw)
    raw = rx(r"[，,、]").sub("  ", raw)
    bare = rx(r"\s").sub("", raw)
    if not 2 <= len(bare) <= 12 or not rx(rf"{HAN}+").fullmatch(bare):
        return []
    names = person_names(raw)
    if "".join(names) != bare or not all(2 <= len(n) <= 3 and _could_be_name(n) for n in names):
        return []
    return names


def split_trailing_byline(text: str) -> tuple[str, str] | None:
    """'headline本报记者 X Y' printed on one line -> (headline, byline)."""
    match = next((m for m in re.finditer(ROLE, text) if m.start() > 0), None)
    if not match or parse_byline(text):
        return None  # no role inside, or the whole line is a byline ("采写：南都记者 吴 笛")
    head, tail = text[: match.start()].strip(), text[match.start():].strip()
    if not head or head[-1] in "。，！？、：:":
        return None
    parsed = parse_byline(tail)
    if re.search(r"(?:" + PAPER_ENDING + r"|社|台|网|刊)$", head) or (len(head) <= 6 and text[match.start() - 1] != " "):
        return None  # "南方日报记者 X", "第一财经记者 X": the outlet's name, run into its reporter's role, is part of the byline
    if parsed and not parsed.needs_names and len(head) >= 4 and not rx(r"[。！？，；]").search(head):
        return head, tail
    return None


# "…一顿午饭12元。（记者 周 敏）", "（本报记者 许诺 通讯员 齐勇）", "（赵 舟）":
# a short news item signed in brackets after its last sentence.
CLOSING_BYLINE = rx(rf"[。！？!?”][)）]?\s*(?:[（(](?P<inner>(?:{ROLE_ANY})?\s*{HAN}[\u3400-\u9fff\s、]{{0,30}}?)[)）]"
                    # (a Taiwan paper closes in tortoise-shell brackets: "〔记者X〕")
                    rf"|〔(?P<inner2>(?:{ROLE_ANY})\s*{HAN}[\u3400-\u9fff\s、]{{1,30}}?)〕)$")


# A unit or a firm's short name before the writers' names: four characters
# or more, longer than a name runs, then names of two or three set apart (a
# four-character name of a compound surname there is read as a unit: rare)
UNIT_BEFORE_NAMES = rx(r"^[\u3400-\u9fff]{4,10}\s+(?=[\u3400-\u9fff](?: ?[\u3400-\u9fff]){1,2}(?:\s+[\u3400-\u9fff](?: ?[\u3400-\u9fff]){1,2})*\s*$)")


# "…孵化学生创业项目40余个。（文／学生记者　林鹿鸣　图／学生记者　贺一舟）":
# who wrote and who took the photos, each after its slash, in the closing brackets
# ("…培训本地技术人员。（报道：叶家伟）": an overseas paper's reporter, after a colon)
SLASHED_CLOSING = rx(r"[。！？!?”][)）]?\s*[（(](?P<inner>(?:(?:文|图|摄影|图片|文字|编译|整理)\s*[／/]|报道\s*[／/:：])[^（）()]{2,40})[)）]$")


# "（棠溪区　退休教师　宋怀瑾）": a letter signed with the reader's district and
# occupation before the name, run in after its last sentence
READER_AT_WORK = rx(rf"^(?:{HAN}{{2,8}}\s+)?(?:退休)?(?:教师|职工|干部|工人|农民|医生|护士|市民|居民|村民|学生|大学生|"
                    rf"个体户|快递员|外卖骑手|骑手|司机|志愿者|店主|摊主)\s+(?P<name>{HAN}(?:\s?{HAN}){{1,3}})$")


def _closing_byline(text: str) -> Byline | None:
    """The byline a text closes with, in brackets after its last sentence."""
    match = CLOSING_BYLINE.search(text.rstrip())
    if not match:
        slashed = SLASHED_CLOSING.search(text.rstrip())
        parsed = parse_byline(slashed.group("inner")) if slashed else None
        return Byline(slashed.group("inner"), parsed.authors) if parsed and parsed.authors else None
    printed = inner = match.group("inner") or match.group("inner2")
    if SOURCE_NAMED.match(inner.replace(" ", "")):
        return Byline(printed, [])  # "（据瀚海社）", "（据《北方日报》）": where the item came from, no writer
    # "（区融媒体中心　沐晴）": the newsroom the writer works for, set before the name
    # (or the unit of the firm or office: "（养护公司　邝小禾）", "（智慧交通公司　晏书禾）")
    inner = rx(r"^[\u3400-\u9fff]{1,10}(?:融媒体中心|新闻中心|报社|广播电视台|电视台|秘书处|办公室|镇|乡|街道|社区"
               r"|公司|分公司|集团|工厂|车间|工区|收费站|服务区|营业部|支行|分行|分局|中心|研究院|研究所)\s+(?=[\u3400-\u9fff])").sub("", inner)
    if not re.search(ROLE, inner) and "读者" not in inner:
        inner = UNIT_BEFORE_NAMES.sub("", inner)  # "（西南大区　戚远帆）", "（雁浦机器人　司徒朗）"
    if re.search(ROLE, inner):
        inner = rx(r"\s*(?:整理|采写|编译|摘编)$").sub("", inner)  # "（记者　单知微整理）": what the reporter did
    else:
        inner = rx(r"(?<=[\u3400-\u9fff])\s+(?:整理|采写|编译|摘编)$").sub("", inner)  # "（晏秋　编译）", "（X　摘编）": who compiled
    photo = bool(RUN_IN_PHOTO.search(inner)) and (bool(re.search(ROLE, inner)) or bool(rx(r"\s").search(inner)))
    if photo:
        inner = RUN_IN_PHOTO.sub("", inner)  # "（本报记者　邢楚　摄）" closing photo news: who took the picture
    names = [t for t in SPLIT_NAMES.split(re.sub(ROLE_ANY, " ", inner).strip()) if t]
    if "读者" in inner and not re.search(ROLE, inner):
        return reader_signature(inner)  # "…发挥作用。（萧原　读者　庞秋）": a reader signs the letter, run in
    occupied = READER_AT_WORK.match(inner)
    name = occupied.group("name").replace(" ", "") if occupied else ""
    if name and _could_be_name(name):
        return Byline(printed, person_names(name) or [name])
    posted = post_and_name(inner) or OFFICE_NAME.match(inner.strip())
    if posted and not re.search(ROLE, inner):
        # "（临皋正衡律师事务所律师　甄小满）", "（律师　符小晴）": the lawyer
        # answering a reader's letter signs the answer, the post before the name
        return Byline(printed, [posted.group("name").replace(" ", "")])
    if not re.search(ROLE, inner) and not (_names_part_ok(" ".join(names)) and all(_could_be_name(t) for t in names)):
        return None  # "（完）", "（待续）", "（上接第1版）": not names
    authors = person_names(re.sub(ROLE_ANY, " ", inner))
    return Byline(printed, authors, photo=photo) if authors else None


RUN_IN_PHOTO = rx(r"(?<=[\u3400-\u9fff])\s*[/／]?\s*(?:摄影|摄)$")
SOURCE_NAMED = rx(r"^据(?:[\u3400-\u9fff]{2,10}(?:社|报|网|台|刊)电?|《[^《》]{2,16}》)$")


# "南都讯 记者黄婷 通讯员李晓明", "晚报讯 记者 周 琪 新生儿…": a paper's
# short name and 讯, then its staff and their names, and the text.
OUTLET_NEWS = rx(r"^(?P<outlet>[\u3400-\u9fff]{1,6}讯)\s*(?=(?:见习|实习|首席)?记者|通讯员)")
STAFF_TOKEN = rx(rf"^(?:(?:见习|实习|首席)?记者|通讯员)?{HAN}{{0,4}}$")


def _outlet_dateline(text: str) -> tuple[Byline, str] | None:
    match = OUTLET_NEWS.match(text)
    if not match:
        return None
    tokens = rx(r"[ \u3000]").split(text[match.end():])  # (full-width spaces part the names as often)
    taken = 0
    while taken < len(tokens) and STAFF_TOKEN.match(tokens[taken]) and _could_be_name(re.sub(ROLE_ANY, "", tokens[taken])):
        taken += 1  # roles and names, up to the first word of the text ("新生儿…", "昨日")
    staff = " ".join(tokens[:taken])
    authors = person_names(re.sub(ROLE_ANY, " ", staff))
    if not authors:
        return None
    rest = text[match.end():]
    for token in tokens[:taken]:  # (the text after the names keeps its own spacing)
        rest = rest.lstrip(" \u3000")[len(token):]
    return Byline(f"{match.group('outlet')} {staff}", authors), rest.strip()


RUN_IN_ROLE = rx(rf"^{ROLE_ANY}(?=\s)")


def _run_in_byline(text: str) -> tuple[Byline, str] | None:
    """"本报记者 虞秋实 走进沂北县城东的青…": the reporter's role and name set
    apart by spaces at the start of the text, which runs on after them."""
    match = RUN_IN_ROLE.match(text) if "记者" in text[:16] else None
    if not match:
        return None
    tokens = text[match.end():].split()
    taken = 0
    while taken < len(tokens) and (re.fullmatch(ROLE_ANY, tokens[taken])
                                   or (NAME_TOKEN.match(tokens[taken]) and _could_be_name(tokens[taken]))):
        taken += 1  # names, and roles between them ("本报通讯员 孙洋桂 记者 钟雪")
    rest = " ".join(tokens[taken:])
    if not taken or len(rest) < 6 or PLACE_REPORT.match(rest.replace(" ", "")) or (_names_part_ok(rest) and len(rest) < 10 and not rx(r"[，。；：,]").search(rest)):
        return None  # "本报记者 王小明 北京报道", "本报记者 王小明 李四": a byline line, no text run on
    names = person_names(re.sub(ROLE_ANY, " ", " ".join(tokens[:taken])))
    return (Byline(text[:match.end()] + " " + " ".join(tokens[:taken]), names), rest) if names else None


def noted_authors(note: str) -> list[str]:
    """The writers an author note names: "（作者：李文华，系…）" -> [李文华];
    "（作者为…研究员　祁霜）", the post first -> [祁霜]; "（作者：祝遥　…教授）" -> [祝遥]."""
    match = NAMED_NOTE.match(note)
    names = person_names(match.group("names")) if match else []
    if not match:
        noted = POSTED_NOTE.match(note)
        posted = post_and_name(noted.group("inner")) if noted else None
        named = NAME_THEN_POST_NOTE.match(note)
        names = [posted.group("name").replace(" ", "")] if posted else [named.group("name")] if named else []
    return names if all(_could_be_name(n) for n in names) else []


def dateline_over(lines: list[str]) -> tuple[Byline, str] | None:
    """The dateline opening a text, read over its first lines as printed:
    glued ("新华社北京2月29日" / "电（记者…）"), or glued only inside its
    bracket ("本报讯（记者 李想 通" / "讯员 王超）…") and parted by a space
    where a line ends after the names ("南都讯 记者黄婷" / "今年以来…"); the
    reading that finds the names."""
    parted = ""
    for line in lines:
        parted = parted + line if parted.count("（") + parted.count("(") > parted.count("）") + parted.count(")") \
            else f"{parted} {line}".strip()
    readings = [d for d in (split_dateline("".join(lines)), split_dateline(parted)) if d]
    return max(readings, key=lambda d: len(d[0].authors), default=None)


def _split_dateline(text: str) -> tuple[Byline, str] | None:
    """An inline dateline opening a news body -> (byline, rest of the text)."""
    match = DATELINE.match(text)
    if match and not (match.group("inner") or match.group("reporter")):
        # "本报讯　记者　庄言　实习生　米可　6月13日，…": the staff named after 讯,
        # no brackets round them, as an outlet's run-in byline is set
        staffed = _outlet_dateline(text)
        if staffed:
            return staffed
    if not match:
        return (_outlet_dateline(text) or _bracketed_byline(text) or _bracketed_dateline(text)
                or _wire_in_brackets(text) or _run_in_byline(text))
    inner = match.group("inner") or (match.group("reporter") or "").removesuffix("报道")
    authors = person_names(re.sub(ROLE_ANY, " ", inner)) if inner else []
    rest = text[match.end():].lstrip()
    if not rest:
        return None
    staffed = _run_in_byline(rest) if not authors else None
    if staffed:
        # "本报阿尔维多6月8日电　记者　岳临川　伊斯帕拉贸易部…": the reporters
        # named after the dateline, no brackets round them, then the text
        return Byline(f"{match.group('byline').rstrip()} {staffed[0].text}", staffed[0].authors), staffed[1]
    return Byline(match.group("byline"), authors), rest


# "（中央社记者王明台北12日电）": a Taiwan wire's dateline, all in brackets:
# the agency, its reporters, then the place run on after the last name, the
# day and 电 (专电 from abroad; "综合外电报导" names no reporter)
WIRE_IN_BRACKETS = rx(rf"^[（(](?P<agency>{HAN}{{1,6}}社)(?:(?:特派|驻{HAN}{{1,6}})?记者(?P<names>{HAN}[\u3400-\u9fff、]{{3,24}})|{HAN}{{0,6}}?)"
                      rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日(?:专电|电|综合外电报[导道]|综合报[导道])[)）]")


def _wire_in_brackets(text: str) -> tuple[Byline, str] | None:
    match = WIRE_IN_BRACKETS.match(text)
    rest = text[match.end():].lstrip() if match else ""
    if not rest:
        return None
    names = match.group("names")
    if not names:
        return Byline(match.group(0), []), rest
    *others, last = names.split("、")
    return Byline(match.group(0), [*others, _name_before_place(last)]), rest


@functools.lru_cache(maxsize=1024)
def _name_before_place(run: str) -> str:
    """"王明台北", "高子晴瀛北", "邱家瑜兰斯堡": the reporter's name, the place
    run on after it: three characters, the usual name, unless the run is only
    four long or the two after the first two make a place the dictionary knows."""
    if len(run) <= 4:
        return run[:2]
    if COMPOUND_SURNAME.match(run) and len(run) >= 6:
        return run[:4]
    return run[:2] if _is_place(run[2:]) and not _is_place(run[3:]) else run[:3]


# "【环球时报驻德国特派记者 柯岚】继…": the reporter's credit in brackets run into the text
BRACKETED_BYLINE = rx(rf"^【(?P<inner>[^】]{{0,20}}?{ROLE_ANY}\s*{HAN}[\u3400-\u9fff\s、]{{1,20}})】")


def _bracketed_byline(text: str) -> tuple[Byline, str] | None:
    """(credit, text) for a paragraph opened by its reporter's credit in brackets."""
    match = BRACKETED_BYLINE.match(text) if text.startswith("【") else None
    rest = text[match.end():].lstrip() if match else ""
    names = rx(rf"^.*{ROLE_ANY}").sub(" ", match.group("inner")) if match else ""
    if not rest or not _names_part_ok(names):
        return None
    return Byline(match.group(0), person_names(names)), rest


def _bracketed_dateline(text: str) -> tuple[Byline, str] | None:
    """"【本报讯】记者霍启源报道：…", "【华汇社北京十日电】…", "【记者陈冠宇／台北报导】…":
    (dateline or credit, text) for a paragraph a bracketed dateline opens."""
    match = BRACKETED_DATELINE.match(text) or BRACKETED_SLASHED_PLACE.match(text) if text.startswith(("【", "〔")) else None
    rest = text[match.end():].lstrip() if match else ""
    if not rest:
        return None
    names = match.group("names")
    return Byline(match.group(0).rstrip(), person_names(names) if names else []), rest


TRAILING_ROLE_CREDIT = rx(rf"(?:(?<=[。！？）)”])|\s)\s*(?P<credit>(?:摄影|图片|图)\s*[/／:：|｜]\s*(?P<names>{HAN}{{2,4}}(?:[\s、]+{HAN}{{2,4}}){{0,2}}))\s*$")
SUPPLIED_CREDIT = rx(r"[（(](?:[\u3400-\u9fff]{1,10}供图|资料图片|资料照片)[)）]\s*$")  # a picture supplied, no photographer named


# "受访者/供图", "本报资料室/图", "视觉中国/图": who supplied the picture, no photographer named
SOURCE_SLASH_CREDIT = rx(r"(?:受访者|受访企业|受访单位|[\u3400-\u9fff]{2,8}(?:资料室|图库|中国|网|社|中心))\s*[/／]\s*(?:供图|图)$")


# "岚信基金总经理柯望舒　　受访者供图": the supplier set apart after a caption
# naming who is pictured (a caption closing a sentence is read whole as before)
SPACED_SUPPLIED_CREDIT = rx(r"\s+(?P<credit>[\u3400-\u9fff]{2,10}供图)$")


def split_photo_credit(text: str) -> tuple[str, Byline] | None:
    """'caption text … X Y 摄' -> (caption, credit); also '…（受访者供图）', '…。受访者/供图'."""
    supplied = SUPPLIED_CREDIT.search(text) if text.rstrip().endswith(("）", ")")) else None
    if supplied and supplied.start() > 0:
        return text[: supplied.start()].rstrip(), Byline(supplied.group(0).strip(), [], photo=True)
    spaced = SPACED_SUPPLIED_CREDIT.search(text.rstrip()) if text.rstrip().endswith("供图") else None
    if spaced and spaced.start() > 0 and not rx(r"[。！？”]$").search(text[: spaced.start()].rstrip()):
        return text[: spaced.start()].rstrip(), Byline(spaced.group("credit"), [], photo=True)
    sourced = SOURCE_SLASH_CREDIT.search(text.rstrip()) if text.rstrip().endswith("图") else None
    if sourced and sourced.start() > 0 and text[: sourced.start()].rstrip()[-1:] in "。！？”）)":
        return text[: sourced.start()].rstrip(), Byline(sourced.group(0).strip(), [], photo=True)
    if rx(r"(?:摄影|图片|图)\s*[/／:：|｜]").search(text[-14:]):
        role_first = TRAILING_ROLE_CREDIT.search(text)  # "…往返作业。　摄影/骆川": a magazine's credit, its role first
        names = role_first.group("names") if role_first and role_first.start() > 0 else ""
        if names and _names_only(names):
            return text[: role_first.start()].rstrip(), Byline(role_first.group("credit"), person_names(names), photo=True)
    if not text.rstrip().endswith("摄"):
        return None  # the regexes below are costly on every line; most lines end otherwise
    match = TRAILING_PHOTO_CREDIT_SPACED.search(text) or TRAILING_PHOTO_CREDIT.search(text)
    if not match or match.start() == 0:
        return None
    credit = parse_byline(match.group("credit"))
    if not credit:
        return None
    return text[: match.start()].rstrip(), credit


# "浙江杭州 读者 陈丽华", "读者 王 强": a reader's letter signed under it.
READER_SIGNATURE = rx(r"^(?:[\u3400-\u9fff]{2,10}?\s*)?(?:读者|市民|居民|业主|村民|网友|家长|消费者)\s*(?P<name>[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){1,3})"
                              # "屏溪县　读者　杜春燕　潘立": readers writing together, set apart by wide space
                              r"(?P<more>(?:(?:\s+|\s*[、，,]\s*)[\u3400-\u9fff]{2,4}){0,3})"
                              r"(?:\s*[（(][\u3400-\u9fff]{2,10}[)）])?$")  # "读者 符春生（江西南昌）"


def reader_signature(text: str) -> Byline | None:
    """The reader who signs a letter, from a line that is only the signature."""
    match = READER_SIGNATURE.match(text.strip())
    if not match:
        return None
    name = match.group("name").replace(" ", "")
    more = [n for n in rx(r"[\s、，,]+").split(match.group("more") or "") if n]
    run_into_role = not text.strip()[match.start("name") - 1].isspace()
    if not all(_could_be_name(n) for n in [name] + more) or (run_into_role and _ends_on_verb(name)):
        return None  # ("市民卡新增" / "图书借阅功能": a headline's first line, its role word run into a verb)
    names = person_names(" ".join([name] + more))
    return Byline(text.strip(), names) if names else None


def _ends_on_verb(token: str) -> bool:
    """The token's last word is a verb of two characters or more ("卡新增")."""
    from ..enrich.text import tag_of, words

    found = words(token)
    return bool(found) and len(found[-1]) >= 2 and tag_of(found[-1]) == "v"


def signature_alone(text: str) -> Byline | None:
    """A line or paragraph that is only a signature, set apart under the text
    it signs: a name in brackets ("（赵 舟）") or a reader's ("浙江杭州 读者 陈丽华")."""
    if text[:1] in "（(":
        return closing_byline("。" + text)
    return reader_signature(text)


# ---------------------------------------------------------------- traditional characters
# Hong Kong, Macao and Taiwan papers print roles and datelines in traditional
# characters ("維港日報訊（記者　鄺卓謙）", "記者　龐詠琳"). The forms above are
# read through a fold of the characters they are made of, one for one, so a
# name's place in the folded line is its place in the printed one: names
# come out as printed.
TRADITIONAL = ("記訊報電攝員實習見約編輯責評論導聞網臺圖寫採訪譯專綜經濟財時國際華週誌雜發佈劃"
               "對廣熱線話聯傳頭條號紙讀審術單轉續題體標證據說區內會價處業務資開關門總協統計簡範欄訂閱樓盤廠預測漲億萬點擊")
SIMPLIFIED = ("记讯报电摄员实习见约编辑责评论导闻网台图写采访译专综经济财时国际华周志杂发布划"
              "对广热线话联传头条号纸读审术单转续题体标证据说区内会价处业务资开关门总协统计简范栏订阅楼盘厂预测涨亿万点击")
FOLD = str.maketrans(TRADITIONAL, SIMPLIFIED)
TRADITIONAL_FORM = rx(f"[{TRADITIONAL}]")


def _printed(part: str, folded: str, text: str) -> str:
    """`part` of the folded line, as the line printed it."""
    at = folded.find(part)
    return text[at:at + len(part)] if at >= 0 else part


def _as_printed(byline: Byline, folded: str, text: str) -> Byline:
    return Byline(_printed(byline.text, folded, text), [_printed(n, folded, text) for n in byline.authors],
                  byline.photo, byline.needs_names)


def parse_byline(text: str) -> Byline | None:
    """A Byline when the whole line is one, else None."""
    if not TRADITIONAL_FORM.search(text):
        return _parse_byline(text)
    folded = text.translate(FOLD)
    found = _parse_byline(folded)
    return _as_printed(found, folded, text) if found else None


def closing_byline(text: str) -> Byline | None:
    """The byline a text closes with, in brackets after its last sentence."""
    if not TRADITIONAL_FORM.search(text):
        return _closing_byline(text)
    folded = text.translate(FOLD)
    found = _closing_byline(folded)
    return _as_printed(found, folded, text) if found else None


def split_dateline(text: str) -> tuple[Byline, str] | None:
    """An inline dateline opening a news body -> (byline, rest of the text)."""
    if not TRADITIONAL_FORM.search(text):
        return _split_dateline(text)
    folded = text.translate(FOLD)
    found = _split_dateline(folded)
    if not found:
        return None
    byline, rest = found
    return _as_printed(byline, folded, text), text[len(text) - len(rest):]

