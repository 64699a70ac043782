"""Lay real articles out the way PDF extraction leaves a newspaper page.

`make_page(pool, rng)` returns the text of one extracted page (or a few
consecutive pages) and the truth about it: every article's headline,
authors, first and last body characters, paragraphs and crossheads, built
alongside the text so the truth is known by construction.

What varies, per page and per article (see issue 11):
- column width from 8 to 45 full-width characters (Latin letters and digits
  count half), wrapped with the rule that a line never starts with closing
  punctuation;
- paragraph indentation: two U+3000, ASCII spaces, or none;
- blank lines: between all paragraphs, some (column breaks, even inside a
  sentence), or none, even between articles;
- headline before or after its body, mixed on one page; letter-spaced
  headlines and crossheads; headlines broken over two lines; kicker and
  subtitle lines; bylines in the forms papers print, inline datelines;
- page header and footer lines (date, weekday, paper, page, section), jump
  lines, photo captions with credits and author bios inside the body (even
  inside a sentence), editor credits, photo briefs, adverts, and column
  pieces of two articles interleaved.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import jieba

IDEOGRAPHIC_SPACE = "\u3000"
NO_LINE_START = set("，。、；：？！”’）》」』】…,.;:?!)%")
PAPERS = ("经济日报", "人民日报", "光明日报", "证券时报", "中国证券报", "第一财经日报", "金融时报", "科技日报", "工人日报",
          "南方日报", "解放日报", "新京报", "每日经济新闻", "上海证券报", "中国经营报", "证券日报", "中国青年报", "北京日报",
          "浙江日报", "农民日报", "21世纪经济报道", "中国财经报", "四川日报", "湖北日报", "大众日报", "新华日报", "中国电子报",
          "中国汽车报", "中国工业报", "经济观察报", "华夏时报", "中华工商时报", "国际商报", "中国改革报", "消费日报")
SECTIONS = ("要闻", "财经", "综合", "产经", "金融", "观点", "评论", "国际", "科技", "公司", "市场", "地方", "专题", "新闻",
            "区域经济", "产业", "两会特刊", "深度", "调查", "环球")
WEEKDAYS = "一二三四五六日"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍鹏辉玲建国志红俊峰波斌宇浩凯晨欣怡佳琳雪梅慧颖婷倩晶瑶琪雯博文哲睿航远思源嘉诚子轩雨涵晓东海燕丹阳"
PLACES = ("北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "重庆", "天津", "长沙", "郑州", "济南",
          "合肥", "福州", "沈阳", "哈尔滨", "昆明", "南宁", "兰州", "乌鲁木齐", "苏州", "宁波", "青岛", "厦门")
AGENCIES = ("新华社", "中新社")
UNIVERSITIES = ("中国人民大学", "清华大学", "复旦大学", "南开大学", "武汉大学", "浙江大学", "中山大学", "厦门大学", "山东大学")
ROLES = ("经济学院教授", "国家发展研究院研究员", "金融研究所副所长", "公共管理学院副教授", "数字经济研究中心主任")
AD_LINES = ("欢迎订阅 全年定价360元", "广告热线：010-6521{0:04d}", "邮发代号：1-{1}", "扫码关注官方微信公众号",
            "本报地址：北京市东城区某某路{1}号 邮编：100{0:03d}", "零售价：2.00元", "订阅热线 400-{0:03d}-{1:04d}",
            "网址：www.example{1}.com.cn", "印刷：某某印务有限公司")


def width_of(text: str) -> float:
    """Printed width in full-width units: ASCII letters, digits and spaces are half."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


def wrap(text: str, width: int, first_indent: str = "") -> list[str]:
    """Break a paragraph into printed lines of at most `width` units; closing
    punctuation is pulled up onto the line before, as typesetters do."""
    lines: list[str] = []
    current = first_indent
    for ch in text:
        if width_of(current + ch) > width and current.strip() and ch not in NO_LINE_START:
            lines.append(current)
            current = ""
        current += ch
    if current.strip():
        lines.append(current)
    return lines


LETTER_SPACING = [" ", "  ", IDEOGRAPHIC_SPACE]


def letter_space(text: str, rng: random.Random) -> str:
    """Justified display type: every character set apart."""
    sep = rng.choice(LETTER_SPACING)
    return sep.join(ch for ch in text if not ch.isspace())


def spread_line(line: str, rng: random.Random) -> str:
    """Extraction of a justified line: spaces appear between some characters."""
    if len(line) < 4:
        return line
    return " ".join(line) if rng.random() < 0.5 else re.sub(r"(?<=[^\x00-\x7f])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[^\x00-\x7f])", " ", line)


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


@dataclass
class Truth:
    """One printed item with what a perfect reader would make of it."""

    kind: str  # article, interview, commentary, brief
    title: str | None
    authors: list[str]
    first: str
    last: str
    paragraphs: list[str] = field(default_factory=list)  # body paragraphs as printed (squeezed)
    crossheads: list[str] = field(default_factory=list)
    subtitle: str | None = None
    kicker: str | None = None
    interleaved: bool = False  # set side by side with another article, columns alternating

    def as_gold(self, line: int = 0) -> dict:
        return {"title": self.title, "subtitle": self.subtitle, "authors": self.authors, "first": self.first,
                "last": self.last, "kind": self.kind, "title_line": line}


@dataclass
class PageStyle:
    width: int
    indent: str
    blanks: str  # all | some | none | none-at-all
    head_width: int
    heads: str  # before | after | mixed
    letter_spaced_heads: float
    spread_lines: float


def page_style(rng: random.Random) -> PageStyle:
    width = rng.choice([rng.randint(8, 14), rng.randint(12, 24), rng.randint(18, 32), rng.randint(28, 45)])
    return PageStyle(
        width=width,
        indent=rng.choice([IDEOGRAPHIC_SPACE * 2, IDEOGRAPHIC_SPACE * 2, "  ", "    ", "", ""]),
        blanks=rng.choice(["all", "all", "some", "none", "none", "none-at-all"]),
        head_width=rng.choice([width, max(width, 16), 45, 60]),
        heads=rng.choice(["before", "before", "before", "after", "mixed", "mixed"]),
        letter_spaced_heads=rng.choice([0.0, 0.0, 0.2, 0.5]),
        spread_lines=rng.choice([0.0, 0.0, 0.05, 0.15]),
    )


# ---------------------------------------------------------------- furniture
def _date(rng: random.Random) -> tuple[int, int, int, str]:
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return year, month, day, WEEKDAYS[rng.randint(0, 6)]


def page_header(rng: random.Random, paper: str, page: int, date: tuple[int, int, int, str]) -> str:
    year, month, day, weekday = date
    section = rng.choice(SECTIONS)
    code = rng.choice(["", "A", "B", "C"])
    forms = [
        f"{year}年{month}月{day}日 星期{weekday}  {paper}  第{page}版",
        f"{paper}  {year}年{month}月{day}日  星期{weekday}  第{page:02d}版  {section}",
        f"{year}年{month}月{day}日　星期{weekday}　{section}　{code}{page}",
        f"{code or 'A'}{page}  {section}  {year}.{month:02d}.{day:02d}",
        f"第{page:02d}版  {section}  {paper}",
        f"{paper} {year}年{month}月{day}日 {section}",
        f"{section} {code}{page:02d}",
        f"{year}年{month}月{day}日  {section}  {paper}  {page}",
        f"{section}                    {year}年{month:d}月{day:d}日 星期{weekday}",
    ]
    return rng.choice(forms)


def page_footer(rng: random.Random, page: int) -> str:
    editor, designer = person(rng), person(rng)
    forms = [f"{page}", f"- {page} -", f"第 {page} 版", f"本版编辑：{editor}  美编：{designer}",
             f"责任编辑 {editor}  版式设计 {designer}", f"{page}  {rng.choice(PAPERS)}"]
    return rng.choice(forms)


# ---------------------------------------------------------------- articles
def byline_for(rng: random.Random, names: list[str]) -> str:
    spaced = " ".join(names)
    place = rng.choice(PLACES)
    forms = [f"本报记者 {spaced}", f"本报记者 {spaced} {place}报道", f"记者 {spaced}", f"文/{spaced}", f"文 / {spaced}",
             f"■ 本报记者 {spaced}", f"□ {spaced}", f"{rng.choice(AGENCIES)}记者 {spaced}", f"作者：{spaced}",
             f"本报通讯员 {person(rng)} 记者 {spaced}", f"{rng.choice(PAPERS)}记者 {spaced}", f"◎ {spaced}",
             f"文｜{spaced}", f"本报见习记者 {spaced}"]
    return rng.choice(forms)


def dateline_for(rng: random.Random, names: list[str], date: tuple[int, int, int, str]) -> str:
    _, month, day, _ = date
    spaced = " ".join(names)
    place = rng.choice(PLACES)
    forms = [f"本报{place}{month}月{day}日讯（记者 {spaced}）", f"新华社{place}{month}月{day}日电（记者 {spaced}）",
             f"本报讯（记者 {spaced}）", f"本报讯 记者{spaced}报道：", f"中新社{place}{month}月{day}日电 （记者 {spaced}）"]
    return rng.choice(forms)


OPENS_WITH_DATELINE = re.compile(r"^(本报[^，。,]{0,12}讯|(新华社|中新社)[^，。,]{0,12}电|[^，。,]{0,10}记者[^，。,]{1,12}报道)")


def caption_for(rng: random.Random, pool: list[dict], source: dict | None = None) -> tuple[str, str]:
    """A photo caption taken from real text, with a credit line: inside an
    article it tells of that article's own photo, so it is drawn from its text."""
    source = source or rng.choice(pool)
    clause = re.split(r"[。！？]", rng.choice([p["text"] for p in source["paragraphs"] if not p["heading"]]))[0][:40]
    caption = f"图为{clause}。" if rng.random() < 0.6 else f"{clause}。"
    name = person(rng)
    credit = rng.choice([f"本报记者 {name} 摄", f"{name} 摄", f"新华社记者 {name} 摄", f"{name}/摄", "视觉中国/图",
                         f"（{name} 摄）", "新华社发", "（资料图片）"])
    return caption, credit


def bio_for(rng: random.Random) -> str:
    forms = [f"（作者系{rng.choice(UNIVERSITIES)}{rng.choice(ROLES)}）", f"（作者单位：{rng.choice(UNIVERSITIES)}）",
             f"（作者为{rng.choice(UNIVERSITIES)}{rng.choice(ROLES)}）"]
    return rng.choice(forms)


def editor_for(rng: random.Random) -> str:
    name = person(rng)
    return rng.choice([f"（责任编辑：{name}）", f"责任编辑：{name}", f"（编辑 {name}）", f"责编：{name}", f"本版编辑：{name}"])


CLAUSE_BREAK = re.compile(r"[，。；：！？,;:!?]")
# A clause opened or closed like this reports or links; it sets nothing in
# context, so no editor would print it as a kicker or a subtitle.
REPORTING_END = re.compile(r"(表示|认为|透露|强调|看来|指出|介绍|显示|称|说|告诉记者|获悉|了解到|注意到)$")
LINKING_START = re.compile(r"^(据|对此|此外|同时|但|而|因此|其中|就此|不过|然而|另外|此前|目前|近日|所以|并且|“|"
                           r"[便并也还就才都又再更却则即且])")
DATELINE_START = re.compile(r"^(本报|新华社|中新社|中新网|记者|[（(])")


def _clauses(article: dict, lo: int, hi: int) -> list[str]:
    """Opening clauses of the article's first paragraphs that could stand as
    display lines: `lo` to `hi` characters, balanced quotation marks, no
    reporting, no clause that leans on the one before (便, 并, 也…), no
    dateline and no bare figure."""
    out = []
    for para in [p for p in article["paragraphs"] if not p["heading"]][:3]:
        clause = CLAUSE_BREAK.split(para["text"])[0].strip()
        if (lo <= len(clause) <= hi and clause.count("“") == clause.count("”")
                and clause.count("（") == clause.count("）") and clause.count("(") == clause.count(")")
                and not REPORTING_END.search(clause) and not LINKING_START.match(clause)
                and not DATELINE_START.match(clause) and len(re.findall(r"[\u4e00-\u9fff]", clause)) >= 0.7 * len(clause)
                and not re.search(r"(时|后|前|中|里|是|看|下|的|来说|而言)$", clause)
                and not re.match(r"^(根据|从|在这|值得|按照|经|截至|记者)", clause)):
            out.append(clause)
    return out


def kicker_for(rng: random.Random, pool: list[dict], article: dict) -> str | None:
    """An 引题: a phrase of the story's own that sets it in context (here: a
    clause of its opening paragraphs), sometimes longer than the headline.
    None when the article has no clause fit to stand as one."""
    clauses = _clauses(article, 6, 28)
    return rng.choice(clauses[:3]) if clauses else None


def subtitle_for(rng: random.Random, article: dict) -> str | None:
    """A 副题 under the headline: the article's own when it printed one, else
    a clause of its opening that says what it is about."""
    if article.get("subtitle"):
        sub = article["subtitle"]
        return sub if sub.startswith("—") else "——" + sub
    clauses = _clauses(article, 8, 24)
    return "——" + rng.choice(clauses[:3]) if clauses else None


def break_headline(rng: random.Random, shown: str, head_width: int) -> list[str]:
    """A headline set on two or more lines, broken where a typesetter breaks
    it: at the column's edge when it is wider than the column, else (a
    display headline broken on purpose) after a clause mark or between two
    words near its middle, never inside a word."""
    if width_of(shown) > head_width:
        lines = [line.strip() for line in wrap(shown, head_width) if line.strip()]
        if len(lines) >= 2 and len(lines[-1]) <= 2:
            # a typesetter leaves no character or two alone on a headline's
            # last line: the line before gives up its last word
            words = jieba.lcut(lines[-2], HMM=False)
            if len(words) >= 2 and len(words[-1]) + len(lines[-1]) < len(lines[-2]):
                lines[-2:] = ["".join(words[:-1]).strip(), words[-1] + lines[-1]]
        return lines
    words = jieba.lcut(shown, HMM=False)
    ends = [sum(len(w) for w in words[:i]) for i in range(1, len(words))]
    middle = [e for e in ends if len(shown) // 3 <= e <= 2 * len(shown) // 3 and shown[e] not in NO_LINE_START]
    marks = [e for e in middle if shown[e - 1] in "，：、？！,:"]
    if not middle:
        return [shown]
    cut = rng.choice(marks) if marks else min(middle, key=lambda e: abs(e - len(shown) / 2) + rng.random())
    return [shown[:cut].strip(), shown[cut:].strip()]


@dataclass
class Block:
    """Printed lines of one page element, in order, with their truth."""

    lines: list[str]
    truth: Truth | None = None
    head_lines: int = 0  # how many of the first lines (or last, when printed after) are the headline group
    roles: list[str] = field(default_factory=list)  # what each line is (headline, byline, body, caption…)

    def __post_init__(self) -> None:
        if not self.roles:
            self.roles = ["blank" if not line.strip() else "other" for line in self.lines]


def _body_lines(rng: random.Random, style: PageStyle, paragraphs: list[dict], pool: list[dict],
                inserts: dict[int, list[str]], insert_roles: dict[int, list[str]] | None = None,
                roles: list[str] | None = None) -> list[str]:
    """Lines of the body; `inserts` maps a paragraph index to lines printed
    inside it (a caption or bio cutting a sentence). `roles`, when given,
    receives what each line is, for diagnostics (the lines do not change)."""
    out: list[str] = []
    roles = roles if roles is not None else []
    insert_roles = insert_roles or {}
    for k, para in enumerate(paragraphs):
        if para["heading"]:
            text = para["text"]
            sep = None
            if rng.random() < style.letter_spaced_heads:
                sep = rng.choice(LETTER_SPACING)  # as letter_space draws it
            elif rng.random() < 0.2:
                text = rng.choice(["■", "▶", "●", "◆"]) + text
            if style.blanks in ("all", "some") or rng.random() < 0.3:
                out.append("")
                roles.append("blank")
            # A crosshead stays inside its column: a long one wraps, letter
            # spacing and all (justification spreads each of its lines).
            lines = wrap(text, style.width) if width_of(text) > style.width and (sep or " " not in text) else [text]
            out.extend(sep.join(ch for ch in line if not ch.isspace()) if sep else line for line in lines)
            roles.extend("crosshead" for _ in lines)
            if style.blanks == "all":
                out.append("")
                roles.append("blank")
            continue
        lines = wrap(para["text"], style.width, style.indent)
        line_roles = ["body-start"] + ["body"] * (len(lines) - 1)
        if rng.random() < style.spread_lines:
            lines = [spread_line(l, rng) if i % 3 == 1 else l for i, l in enumerate(lines)]
        added = insert_roles.get(k, ["insert"] * len(inserts.get(k, [])))
        if k in inserts and len(lines) >= 2:
            cut = rng.randint(1, len(lines) - 1)
            lines = lines[:cut] + inserts[k] + lines[cut:]
            line_roles = line_roles[:cut] + added + line_roles[cut:]
        elif k in inserts:
            lines = lines + inserts[k]
            line_roles = line_roles + added
        out.extend(lines)
        roles.extend(line_roles)
        if style.blanks == "all" and k < len(paragraphs) - 1:
            out.append("")
            roles.append("blank")
        elif style.blanks == "some" and rng.random() < 0.25:
            if rng.random() < 0.5 and len(out) > 2:
                at = len(out) - rng.randint(1, min(3, len(lines)))
                out.insert(at, "")  # a column break inside a sentence
                roles.insert(at, "blank")
            else:
                out.append("")
                roles.append("blank")
    return out


def article_block(rng: random.Random, style: PageStyle, pool: list[dict], article: dict,
                  date: tuple[int, int, int, str], head_after: bool) -> Block:
    paragraphs = [dict(p) for p in article["paragraphs"]]
    if rng.random() < 0.4 and len(paragraphs) > 4:  # a shorter piece: the first few paragraphs
        keep = rng.randint(2, min(8, len(paragraphs) - 1))
        paragraphs = paragraphs[:keep]
        while paragraphs and (paragraphs[-1]["heading"] or not re.search(r"[。！？”]$", paragraphs[-1]["text"])
                              or re.match(r"^(记者|问)[:：]", paragraphs[-1]["text"])):
            paragraphs.pop()  # a piece ends on a closed sentence, an interview never on its question
        if len(paragraphs) < 2:
            paragraphs = [dict(p) for p in article["paragraphs"]]
    title = article["title"]
    authors = list(article["authors"]) if rng.random() < 0.5 else [person(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
    byline_form = rng.random()
    byline = dateline = None
    if OPENS_WITH_DATELINE.match(paragraphs[0]["text"]):
        authors = list(article["authors"])  # its own dateline names them; print gives no second
    elif not authors:
        pass  # an unsigned piece (an editorial): no byline to print
    elif byline_form < 0.55:
        byline = byline_for(rng, authors)
    elif byline_form < 0.7:
        dateline = dateline_for(rng, authors, date)
    else:
        authors = []
    kicker = kicker_for(rng, pool, article) if rng.random() < 0.15 else None
    subtitle = subtitle_for(rng, article) if rng.random() < 0.2 else None
    # the headline group
    head: list[str] = []
    head_roles: list[str] = []
    if kicker:
        head.append(kicker)
        head_roles.append("kicker")
    shown = title.replace(" ", rng.choice([" ", "  ", IDEOGRAPHIC_SPACE, ""])) if " " in title else title
    if rng.random() < style.letter_spaced_heads:
        head.append(letter_space(shown, rng))
    elif len(squeeze(shown)) > style.head_width or (len(squeeze(shown)) >= 12 and rng.random() < 0.2):
        parts = shown.split(" ")
        if len(parts) == 2 and rng.random() < 0.7:
            head += parts
        else:
            head += break_headline(rng, shown, style.head_width)
    else:
        head.append(shown)
    head_roles += ["headline"] * (len(head) - len(head_roles))
    if subtitle:
        head.append(subtitle)
        head_roles.append("subtitle")
    if byline:
        head.append(byline)
        head_roles.append("byline")
    if style.blanks == "all" and len(head) >= 2 and rng.random() < 0.5:
        # Set with space around each element, as magazines are: extraction
        # leaves a blank line after the kicker and before the byline.
        parted: list[str] = []
        parted_roles: list[str] = []
        for k, (line, role) in enumerate(zip(head, head_roles)):
            if k and (head_roles[k - 1] == "kicker" or role == "byline"):
                parted.append("")
                parted_roles.append("blank")
            parted.append(line)
            parted_roles.append(role)
        head, head_roles = parted, parted_roles
    # the body
    inserts: dict[int, list[str]] = {}
    insert_roles: dict[int, list[str]] = {}
    body_paras = [k for k, p in enumerate(paragraphs) if not p["heading"]]
    if rng.random() < 0.15 and len(body_paras) >= 2:
        caption, credit = caption_for(rng, pool, article)
        placed = wrap(caption, style.width) + [credit] if rng.random() < 0.7 else wrap(caption + " " + credit, style.width)
        at = rng.choice(body_paras[:-1])
        inserts[at] = placed
        insert_roles[at] = ["caption"] * len(placed)
    bio = bio_for(rng) if rng.random() < 0.1 else None
    if bio and rng.random() < 0.3 and len(body_paras) >= 3:
        at = rng.choice(body_paras[1:-1])
        if at not in inserts:
            inserts[at] = wrap(bio, style.width)
            insert_roles[at] = ["bio"] * len(inserts[at])
        bio = None
    if dateline:
        paragraphs[0] = {"text": dateline + paragraphs[0]["text"], "heading": False}
    body_roles: list[str] = []
    body = _body_lines(rng, style, paragraphs, pool, inserts, insert_roles, body_roles)
    if dateline:
        paragraphs[0] = {"text": paragraphs[0]["text"][len(dateline):], "heading": False}
    tail: list[str] = []
    if bio:
        tail += wrap(bio, style.width)
    tail_roles = ["bio"] * len(tail)
    if rng.random() < 0.05:
        tail.append(rng.choice(["（下转第{}版）", "（转第{}版）", "下转A{}版"]).format(rng.randint(2, 16)))
        tail_roles.append("jump")
    if rng.random() < 0.2:
        tail.append(editor_for(rng))
        tail_roles.append("editor")
    texts = [squeeze(p["text"]) for p in paragraphs if not p["heading"]]
    truth = Truth(kind=article["kind"] if not kicker else article["kind"], title=squeeze(title), authors=authors,
                  first=texts[0][:12], last=texts[-1][-12:], paragraphs=texts,
                  crossheads=[squeeze(p["text"]) for p in paragraphs if p["heading"]],
                  subtitle=subtitle, kicker=kicker)
    gap = [""] if style.blanks != "none-at-all" and (style.blanks != "none" or rng.random() < 0.5) else []
    gap_roles = ["blank"] * len(gap)
    if head_after:
        lines = body + tail + gap + head
        roles = body_roles + tail_roles + gap_roles + head_roles
    else:
        lines = head + gap + body + tail
        roles = head_roles + gap_roles + body_roles + tail_roles
    return Block(lines=lines, truth=truth, head_lines=len(head), roles=roles)


def brief_block(rng: random.Random, style: PageStyle, pool: list[dict]) -> Block:
    caption, credit = caption_for(rng, pool)
    if credit in ("视觉中国/图", "新华社发", "（资料图片）"):
        credit = f"{person(rng)} 摄"
    source = rng.choice(pool)
    extra = [p["text"] for p in source["paragraphs"] if not p["heading"]][0]
    text = caption.removeprefix("图为") + re.split(r"(?<=。)", extra)[0]
    names = re.findall(r"[\u4e00-\u9fff]{2,3}(?= )", credit + " ")
    on_line = rng.random() < 0.5
    lines = wrap(text + (" " + credit if on_line else ""), style.width)
    roles = ["brief"] * len(lines)
    if not on_line:
        lines.append(credit)
        roles.append("credit")
    sq = squeeze(text)
    truth = Truth(kind="brief", title=None, authors=[n for n in names if n not in ("本报记者", "新华社记者")],
                  first=sq[:12], last=sq[-12:], paragraphs=[sq])
    return Block(lines=lines, truth=truth, roles=roles)


def other_block(rng: random.Random) -> Block:
    picked = rng.sample(AD_LINES, rng.randint(1, 3))
    lines = [line.format(rng.randint(0, 999), rng.randint(1, 99)) for line in picked]
    return Block(lines=lines, roles=["advert"] * len(lines))


def interleave(first: Block, second: Block, rng: random.Random) -> tuple[list[str], list[tuple[int, str]]]:
    """Two articles set side by side: extraction reads column 1 of each, then
    column 2 of each. Returns the lines and, per line, (0 or 1, its role)."""
    def halves(block: Block, which: int) -> tuple[list, list]:
        lines = list(zip(block.lines, [(which, role) for role in block.roles]))
        lo, hi = block.head_lines + 2, len(lines) - 2
        if hi <= lo:
            return lines, []
        cut = rng.randint(lo, hi)
        while cut > lo and lines[cut - 1][1][1] in ("crosshead", "blank") and any(
                role == "crosshead" for _, (_, role) in lines[max(lo, cut - 2):cut]):
            cut -= 1  # a crosshead keeps with its text: none ends a column
        return lines[:cut], lines[cut:]
    a1, a2 = halves(first, 0)
    b1, b2 = halves(second, 1)
    gap = [("", (-1, "blank"))]
    both = a1 + gap + b1 + gap + a2 + gap + b2
    return [line for line, _ in both], [label for _, label in both]


# ---------------------------------------------------------------- pages
@dataclass
class Page:
    text: str
    truth: list[Truth]
    style: PageStyle
    # per line of `text`: (index into `truth` or -1, role), for diagnostics
    labels: list[tuple[int, str]] = field(default_factory=list)


def _collapse_blanks(lines: list[str], labels: list[tuple[int, str]]) -> tuple[str, list[tuple[int, str]]]:
    """The page's text with no blank line at its ends and no two in a row,
    and the labels of the lines kept."""
    kept: list[tuple[str, tuple[int, str]]] = []
    for line, label in zip(lines, labels):
        if line == "" and (not kept or kept[-1][0] == ""):
            continue
        kept.append((line, label))
    while kept and kept[-1][0] == "":
        kept.pop()
    return "\n".join(line for line, _ in kept) + "\n", [label for _, label in kept]


def make_page(pool: list[dict], rng: random.Random) -> Page:
    """One extracted file: one page, sometimes two or three in a row."""
    style = page_style(rng)
    paper = rng.choice(PAPERS)
    date = _date(rng)
    lines: list[str] = []
    labels: list[tuple[int, str]] = []
    truth: list[Truth] = []
    first_page = rng.randint(1, 12)
    printed: set[int] = set()
    for page_no in range(first_page, first_page + rng.choice((1, 1, 1, 2, 3))):
        if rng.random() < 0.7:
            lines += [page_header(rng, paper, page_no, date), ""]
            labels += [(-1, "furniture"), (-1, "blank")]
        blocks: list[Block] = []
        unused = [article for article in pool if id(article) not in printed]  # an issue prints an article once
        chosen = rng.sample(unused, min(len(unused), rng.choice((1, 2, 2, 3, 3, 4, 5, 6))))
        printed.update(id(article) for article in chosen)
        for article in chosen:
            after = rng.random() < 0.5 if style.heads == "mixed" else style.heads == "after"
            blocks.append(article_block(rng, style, pool, article, date, after))
        if rng.random() < 0.25:
            blocks.insert(rng.randint(0, len(blocks)), brief_block(rng, style, pool))
        if rng.random() < 0.1:
            blocks.append(other_block(rng))
        between = [] if style.blanks == "none-at-all" else [""]
        k = 0
        while k < len(blocks):
            block = blocks[k]
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            side_by_side = (style.heads == "before" and nxt is not None and block.head_lines and nxt.head_lines
                            and rng.random() < 0.08)
            if side_by_side:
                both, which = interleave(block, nxt, rng)
                lines += both + between
                labels += [(len(truth) + k2 if k2 >= 0 else -1, role) for k2, role in which]
                labels += [(-1, "blank")] * len(between)
                block.truth.interleaved = nxt.truth.interleaved = True
                truth += [block.truth, nxt.truth]
                k += 2
                continue
            lines += block.lines + between
            owner = len(truth) if block.truth else -1
            labels += [(owner, role) for role in block.roles] + [(-1, "blank")] * len(between)
            if block.truth:
                truth.append(block.truth)
            k += 1
        if rng.random() < 0.6:
            lines += [page_footer(rng, page_no), ""]
            labels += [(-1, "furniture"), (-1, "blank")]
    text, labels = _collapse_blanks(lines, labels)
    return Page(text=text, truth=truth, style=style, labels=labels)


def make_pages(pool: list[dict], seed: int, count: int) -> list[Page]:
    rng = random.Random(seed)
    return [make_page(pool, rng) for _ in range(count)]
