"""Pages ld01-ld04 of handmade60 (development set; all papers, agencies, names, firms, places and figures invented).

The pages are ordinary economic and city dailies' pages as a different PDF text extractor leaves them.  The
character- and line-level artifacts of that extractor are written with the kit and with the small helpers below
(used by pages_b.py and pages_c.py as well):

  fw()      full-width digits and letters (２０３５年, ＧＤＰ);
  sp()      a space between every character of a number (1 2 . 5 %);
  hwrap()   wrapping that splits a long Latin word at the line end with a hyphen (Corvell- / is);
  render()  the kit's render_body, wrapped with hwrap;
  glue()    a photo caption glued to the end of a body line;
  broken()  a body cut by running heads / page numbers repeated at column breaks;
  trail()   trailing spaces on every printed line;
  verse()   body lines printed exactly as given.
"""
from __future__ import annotations

from layout import (FW, NO_END, NO_START, Article, Cross, Page, Raw, cn_date, justify, squeeze,
                    tokens, width, wrap)

_FWMAP = {c: chr(ord(c) + 0xFEE0) for c in
          "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%.:"}


def fw(s: str) -> str:
    """Full-width digits and letters (and % . :), as some extractors map the font's glyphs."""
    return "".join(_FWMAP.get(c, c) for c in s)


def sp(s: str) -> str:
    """A space between every character of a number: 12.5% -> 1 2 . 5 %."""
    return " ".join(s)


def bold2(s: str) -> str:
    """Each character doubled, as a fake-bold (overprinted) line is extracted: 稳增长 -> 稳稳增增长长."""
    return "".join(ch * 2 if not ch.isspace() else ch for ch in s)


def hwrap(text: str, cols: float, first: str = "", rest: str = "") -> list[str]:
    """The kit's wrap, except that a Latin word of 6+ letters that does not fit is split at the line end with a
    hyphen (the rest of the word starts the next line)."""
    lines: list[str] = []
    cur, w = first, width(first)
    toks = tokens(text)
    i = 0
    while i < len(toks):
        tok = toks[i]
        tw = width(tok)
        if w + tw > cols and squeeze(cur):
            if tok in NO_START:
                cur += tok
                w += tw
                i += 1
                continue
            room = int((cols - w) * 2) - 1
            if tok.isascii() and tok.isalpha() and len(tok) >= 6 and room >= 3 and len(tok) - room >= 2:
                lines.append(cur + tok[:room] + "-")
                cur, w = rest, width(rest)
                toks[i] = tok[room:]
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = rest + carry
            w = width(cur)
        cur += tok
        w += tw
        i += 1
    if squeeze(cur):
        lines.append(cur)
    return lines


def render(pg: Page, a: Article, cols: float | None = None, indent: str | None = None,
           start: int = 0, end: int | None = None) -> list:
    """Body items like Page.render_body, wrapped with hwrap (prose, Raw and Cross paragraphs)."""
    cols = cols or pg.cols
    indent = pg.indent if indent is None else indent
    plain = [i for i, p in enumerate(a.paras) if isinstance(p, str)]
    end = len(a.paras) if end is None else end
    out: list = []
    for i in range(start, end):
        p = a.paras[i]
        if i > start:
            out.append(("gap",))
        if isinstance(p, str):
            t = p
            if i == plain[0] and a.lead:
                t = a.lead + t
            if i == plain[-1] and a.tail:
                t = t + a.tail
            out += [("line", ln, set()) for ln in hwrap(t, cols, indent, "")]
        elif isinstance(p, Raw):
            out += [("line", ln, set()) for ln in p.lines]
        elif isinstance(p, Cross):
            out.append(("line", p.text, set()))
    return out


def glue(items: list, k: int, text: str) -> list:
    """Append text (a photo caption) to the k-th printed line of the items, as extraction glues a caption set
    beside the column to the body line at the same height."""
    out, n = [], -1
    for it in items:
        if it[0] == "line":
            n += 1
            if n == k:
                it = ("line", it[1] + text, it[2])
        out.append(it)
    return out


def broken(pg: Page, a: Article, items: list, sizes: list[int], heads: list[list[str]]) -> None:
    """Write a body cut after sizes[k] printed lines by the running head / page number lines heads[k]."""
    parts = Page.chunks(items, sizes)
    for k, part in enumerate(parts):
        pg.emit(a, part)
        if k < len(parts) - 1:
            pg.furniture(heads[k], "running head / page number repeated at a column break inside an article")


def trail(pg: Page, s: str = " ") -> None:
    """Trailing spaces on every printed line (blank lines left empty)."""
    pg.lines = [ln + s if ln.strip() else ln for ln in pg.lines]


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    pg.emit(a, [("line", ln, set()) for ln in lines])


def fwdate(y: int, m: int, d: int) -> str:
    """２０３６年４月１８日　星期五 (the weekday computed)."""
    s = cn_date(y, m, d)
    return fw(s.split(" ")[0]) + FW + s.split(" ")[1]


# ---------------------------------------------------------------------------
def ld01() -> Page:
    """Economic daily, 要闻 page with trailing spaces on every line: header with full-width date and the page name
    doubled by bold type; lead with a doubled kicker, full-width figures in headline and body, ——副题, byline
    with tabs, cut by a running head + page number at a column break; 评论员文章; port item; two ● briefs."""
    pg = Page("ld01.txt", cols=24, indent=FW * 2, blanks="para", seed=6001,
              style="economic daily 要闻 page, every line with a trailing space: header with full-width date and the page name doubled by bold type (要要闻闻); lead with a kicker doubled by bold type, full-width ＧＤＰ and digits in headline and body, ——副题, byline line with TABS between its parts, body cut by a repeated running head and page number at a column break; label 评论员文章 over a comment signed 本报评论员; port item with run-in 本报讯（记者 X）; label 要闻简报 over two ● briefs")
    pg.furniture(["澄川经济日报",
                  fwdate(2036, 4, 18) + "　今日８版",
                  bold2("要闻") + "　　第１版"], "page header (page name doubled by bold type)")
    pg.blank()
    a = Article(
        "a", "一季度全市GDP增长5.4%", head=[fw("一季度全市GDP增长5.4%")],
        subtitle="——规上工业增加值、社会消费品零售总额增速均快于全省",
        byline="本报记者\t沈听澜\t通讯员\t柯一苇", authors=["沈听澜", "柯一苇"],
        notes="Lead of the 要闻 page (economic). **new:** the headline is printed with full-width ＧＤＰ and digits; "
              "the title is written as a reader reads it (half-width). The kicker 聚焦一季度经济运行, printed with "
              "every character doubled by bold type, is neither title nor subtitle. **new:** byline line with TABS "
              "between its parts (written as printed). **new:** the running head and page number repeated at a "
              "column break inside the body are not body (body in pieces). first/last as printed (full-width). "
              "The official quoted (郗明远) is not an author.",
        paras=[
            "记者昨日从市统计局获悉，初步核算，" + fw("2036") + "年一季度全市地区生产总值" + fw("1862.37") +
            "亿元，按不变价格计算，同比增长" + fw("5.4%") + "，比全省平均水平高" + fw("0.6") + "个百分点。",
            "分产业看，第一产业增加值" + fw("61.5") + "亿元，增长" + fw("3.1%") + "；第二产业增加值" + fw("746.2") +
            "亿元，增长" + fw("6.2%") + "；第三产业增加值" + fw("1054.7") + "亿元，增长" + fw("4.9%") +
            "。全市规模以上工业增加值增长" + fw("7.3%") + "，其中高技术制造业增长" + fw("12.8%") +
            "，新能源汽车零部件、集成电路封装测试等行业产值增速均超过两成。",
            "消费市场持续回暖。一季度全市社会消费品零售总额" + fw("702.9") + "亿元，增长" + fw("6.1%") +
            "。其中，限额以上单位通过公共网络实现的商品零售额增长" + fw("15.4%") + "，新能源汽车零售量增长" +
            fw("38.6%") + "。",
            "“一季度开局总体平稳，结构在持续优化。”市统计局副局长郗明远说，下一步要在扩大有效投资、稳定外贸基本盘上持续用力，巩固经济回升向好态势。",
        ])
    pg.kicker(a, bold2("聚焦一季度经济运行"))
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    broken(pg, a, render(pg, a), [11],
           [["澄川经济日报　" + fwdate(2036, 4, 18), "１"]])
    pg.blank()
    pg.furniture(["评论员文章"], "column label 评论员文章")
    pg.blank()
    b = Article(
        "b", "让“稳”的底盘托得更牢", section="评论员文章", kind="commentary",
        byline="本报评论员", authors=[],
        notes="Comment under the label 评论员文章 (section), signed 本报评论员 under the headline: byline, no authors.",
        paras=[
            "一季度的成绩单，来之不易。在外部需求偏弱、部分行业仍在调整的情况下，全市经济实现平稳开局，靠的是产业基础的韧性，也靠的是政策的及时发力。",
            "稳，是进的前提。稳住工业这个基本盘，就要盯住重点企业、重点项目，帮助企业解决用工、用地、融资中的具体难题；稳住消费这个压舱石，就要在增加收入、改善消费环境上多下功夫，让群众愿消费、敢消费。",
            "开局良好不等于全年无忧。越是形势向好，越要保持清醒，把困难估计得更充分一些，把工作做得更扎实一些。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, render(pg, b))
    pg.blank()
    c = Article(
        "c", "澄川港一季度集装箱吞吐量首破百万标箱",
        byline="本报讯（记者　童予安）", authors=["童予安"], lead="本报讯（记者　童予安）",
        notes="Economic item (port). Run-in 本报讯（记者 X） excluded from first; full-width figures kept in the body "
              "as printed.",
        paras=[
            "记者从澄川港务集团获悉，一季度澄川港完成集装箱吞吐量" + fw("101.6") + "万标准箱，同比增长" + fw("9.7%") +
            "，单季首次突破百万标箱。新开通的两条近洋航线累计运输集装箱" + fw("4.2") + "万标箱。",
            "港务集团有关负责人介绍，今年将继续推进自动化码头二期建设，年底前新增岸桥" + fw("6") + "台。",
        ])
    pg.headline(c)
    pg.gap()
    pg.emit(c, render(pg, c))
    pg.blank()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    pg.blank()
    d1 = Article("d1", "首批“零碳园区”试点名单公布", head=["●首批“零碳园区”试点名单公布"], section="要闻简报",
                 notes="● brief of the 要闻简报 strip (section); the ● mark is not part of the title. No credit: no authors.",
                 paras=["市发展改革委日前公布首批" + fw("5") + "家“零碳园区”试点名单，试点期为三年，每家园区最高可获补助" +
                        fw("2000") + "万元。"])
    d2 = Article("d2", "市区新增公共充电桩1.2万个", head=["●市区新增公共充电桩１.２万个"], section="要闻简报",
                 byline="（记者　童予安）", authors=["童予安"], tail="（记者　童予安）",
                 notes="● brief of the 要闻简报 strip; the credit （记者 X） run in at the end is the byline, excluded "
                       "from last. The headline's full-width digits are written half-width in the title.",
                 paras=["今年以来，全市新建公共充电桩" + fw("1.2") + "万个，其中超充桩" + fw("860") +
                        "个，城区平均服务半径缩小至" + fw("0.9") + "公里。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.emit(art, render(pg, art))
        pg.gap()
    pg.furniture(["本版责编：庞晓岚　　版式：钟离夏　　校对：邬小禾"], "footer")
    trail(pg)
    return pg


# ---------------------------------------------------------------------------
def ld02() -> Page:
    """City daily 财经 page indented with two ASCII spaces, blank lines only between articles: foreign-investment
    report with a Latin firm name split by a line-end hyphen and a photo caption glued to a body line; trade report
    with every character of its numbers spaced in the headline and body, ASCII quotes, a table after it; night-economy
    item with ASCII quotes; label 财经短波 over two items."""
    pg = Page("ld02.txt", cols=30, indent="  ", blanks="arts", seed=6002,
              style="city daily 财经 page indented with two ASCII spaces, blank lines only between articles and blocks: header on two lines; foreign-investment report with byline line, a Latin firm name split by a line-end hyphen and a photo caption glued to the end of a body line; trade report with numbers letter-spaced (1 2 . 5 %) in headline and body, ASCII \"\" quotes, table after it; night-economy item with run-in 本报讯 and ASCII quotes; label 财经短波 over two items; footer")
    pg.furniture(["鹤汀日报　财经　" + cn_date(2034, 9, 12), "第5版　责任编辑：倪书湄"], "page header")
    pg.blank()
    a = Article(
        "a", "Corvellis鹤汀基地二期投产",
        byline="本报记者　嵇望舒", authors=["嵇望舒"],
        notes="Economic report (foreign investment). **new:** the Latin firm name Corvellis is split at a line end "
              "with a hyphen (Corvell- / is) inside the body; kept as printed. **new:** a photo caption with its "
              "credit is glued to the end of a body line (the extractor joined it to the line at the same height): "
              "the line is body, the caption cannot be cut out of it. The executive quoted is not an author, nor "
              "the photographer of the caption.",
        paras=[
            "9月11日，荷兰精密部件制造商Corvellis集团在鹤汀经济开发区投资建设的华东生产基地二期项目正式投产。二期项目总投资1.8亿美元，主要生产新能源汽车热管理系统的核心阀件，达产后年产值可达26亿元。",
            "走进二期厂房，12条自动化生产线正在满负荷运转。基地总经理汉斯·维特罗克告诉记者，二期项目在本月上旬全面投产后，Corvellis在鹤汀的产能将占其全球产能的四成以上，产品除供应国内整车企业外，还将出口东南亚和欧洲市场。",
            "鹤汀经济开发区管委会有关负责人表示，今年以来开发区新签外资项目21个，合同外资额4.6亿美元，其中增资扩股项目占比超过一半。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    items = glue(render(pg, a), 4, "　▲Corvellis基地二期生产线。　本报记者　嵇望舒　摄")
    pg.emit(a, items)
    pg.blank()
    b = Article(
        "b", "前8个月外贸进出口增长12.5%", head=["前 8 个月外贸进出口增长 1 2 . 5 %"],
        byline="本报记者　骆曦　实习生　冉小苒", authors=["骆曦", "冉小苒"],
        notes="Economic report (trade). **new:** the extractor spaced every character of the numbers in the "
              "headline and in the body (1 2 . 5 %); the title is written unspaced; first/last ignore spaces. "
              "**new:** ASCII \"\" quotes printed for “”. The table printed after the body is not body. Byline line "
              "本报记者 X　实习生 Y: both are authors. The official quoted is not.",
        paras=[
            "记者从鹤汀海关获悉，今年前 8 个月，鹤汀市货物贸易进出口总值 " + sp("1276.4") + " 亿元，同比增长 " +
            sp("12.5%") + "。其中，出口 " + sp("803.1") + " 亿元，增长 " + sp("15.2%") + "；进口 " + sp("473.3") +
            " 亿元，增长 " + sp("8.2%") + "。",
            "机电产品仍是出口主力，前 8 个月出口 " + sp("512.6") + " 亿元，占出口总值的 " + sp("63.8%") +
            "。电动汽车、锂电池、光伏产品\"新三样\"合计出口增长 " + sp("41.7%") + "。",
            "\"外贸企业订单总体饱满，但也要看到海运价格波动、部分市场需求放缓带来的压力。\"鹤汀海关综合业务处处长程望舟说。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, render(pg, b))
    pg.furniture(["前8个月主要商品出口情况",
                  "商品　　　　金额（亿元）　同比（%）",
                  "机电产品　　512.6　　　　 14.9",
                  "\"新三样\"　　 138.2　　　　 41.7",
                  "纺织服装　　 76.5　　　　 -2.3",
                  "数据来源：鹤汀海关"], "table after the trade report (not body)")
    pg.blank()
    c = Article(
        "c", "“夜鹤汀”消费季带动夜间消费超9亿元", head=["\"夜鹤汀\"消费季带动夜间消费超9亿元"],
        byline="本报讯（记者　嵇望舒）", authors=["嵇望舒"], lead="本报讯（记者　嵇望舒）",
        notes="Economic item (night economy). **new:** the headline is printed with ASCII \"\" quotes; the title is "
              "written with the “” a reader sees (quotes are punctuation, ignored in matching). Run-in 本报讯（记者 X） "
              "excluded from first.",
        paras=[
            "为期两个月的\"夜鹤汀\"消费季8月底落幕。据市商务局监测，活动期间全市12个重点夜间消费集聚区客流量达1860万人次，带动夜间消费9.3亿元，同比增长18.6%。其中，滨河夜市、老码头文创街的夜间客流增长均超过三成。",
        ])
    pg.headline(c)
    pg.emit(c, render(pg, c))
    pg.blank()
    pg.furniture(["财经短波"], "column label 财经短波")
    d1 = Article("d1", "鹤汀农商行发放首笔碳减排贷款", section="财经短波",
                 notes="Item of the 财经短波 strip (section) with no credit: no authors.",
                 paras=["9月10日，鹤汀农商行向一家光伏组件企业发放碳减排贷款3000万元，利率较同期普通贷款低0.4个百分点。"])
    d2 = Article("d2", "全市新增市场主体4.1万户", section="财经短波",
                 byline="（骆曦）", authors=["骆曦"], tail="（骆曦）",
                 notes="Item of the 财经短波 strip; the credit （X） run in at the end is the byline, excluded from last.",
                 paras=["前8个月，全市新增各类市场主体4.1万户，其中新设企业1.3万户，同比增长9.4%。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.emit(art, render(pg, art))
    pg.blank()
    pg.furniture(["新闻热线：0×××-5521××××　　本版校对：郦小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ld03() -> Page:
    """Evening paper 城市 page extracted with a blank line after EVERY line, narrow column: feature whose four-
    character headline is a vertical banner (one character a line), byline with tabs and a replacement character in
    a line; bus item; elevator item; jobs report."""
    pg = Page("ld03.txt", cols=18, indent=FW, blanks="every", seed=6003,
              style="evening paper 城市 page, a blank line after EVERY line, narrow column, ONE U+3000 indent: header on two lines; feature whose four-character headline is a vertical banner (each character on its own line), byline line with TABS (记者 X 实习生 Y), a replacement character � in a body line; bus-route item with run-in 本报讯（记者 X）; economic item (旧楼加装电梯) with byline line; economic jobs report with ——副题; footer")
    pg.furniture(["岚屿晚报　" + cn_date(2037, 3, 5), "A06　城市"], "page header")
    a = Article(
        "a", "早餐工程", head=list("早餐工程"),
        byline="记者\t文晓棠\t实习生\t卜一凡", authors=["文晓棠", "卜一凡"],
        notes="Economic feature (community breakfast points). **new:** the headline is a vertical banner, one "
              "character a line; the title joins them. **new:** byline line with TABS between its parts (as "
              "printed). **new:** a replacement character � printed inside a body line is kept in the body. "
              "The stall-keeper and the official quoted are not authors.",
        paras=[
            "早上6点半，栖霞路社区的早餐车已经排起了队。豆浆、包子、杂粮煎饼，一份套餐不到8元。“上班路上就能买，干净又实惠。”在附近写字楼上班的市民说。",
            "去年以来，岚屿市把社区早餐网点建设列入民生实事，全市已建成标准化早餐网点�312个，日均服务市民约9万人次。",
            "市商务局有关负责人介绍，今年还将新增早餐网点60个，重点覆盖新建小区和产业园区。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, render(pg, a))
    b = Article(
        "b", "3条社区微循环公交线开通",
        byline="本报讯（记者　贺见山）", authors=["贺见山"], lead="本报讯（记者　贺见山）",
        notes="City item. Run-in 本报讯（记者 X） excluded from first.",
        paras=["3月4日起，岚屿公交新开通3条社区微循环线路，串联12个小区、4所学校和2家医院，票价1元。"])
    pg.headline(b)
    pg.emit(b, render(pg, b))
    c = Article(
        "c", "旧楼加装电梯今年计划开工600台",
        byline="本报记者　郁青禾", authors=["郁青禾"],
        notes="Economic item (housing renovation spending). Byline line 本报记者 X. Residents quoted are not authors.",
        paras=[
            "记者从市住建局获悉，今年岚屿计划新开工既有住宅加装电梯600台，市、区两级财政每台补贴最高20万元。",
            "去年全市加装电梯415台，带动相关投资约2.9亿元。住在老旧小区6楼的居民说，电梯装好后，下楼买菜再也不发愁了。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, render(pg, c))
    d = Article(
        "d", "节后制造业用工需求回暖", subtitle="——一季度重点企业缺工约1.1万人",
        byline="本报记者　文晓棠", authors=["文晓棠"],
        notes="Economic report (labour market). ——副题 is the subtitle. Byline line 本报记者 X.",
        paras=[
            "春节后，岚屿市制造业企业用工需求明显回暖。市人社局监测的280家重点企业一季度缺工约1.1万人，普工、电工和数控操作工最为紧缺。",
            "为帮助企业招工，全市已举办线上线下招聘会46场，达成就业意向7800余人。",
        ])
    pg.headline(d)
    pg.line(d, d.subtitle, "subtitle")
    pg.line(d, d.byline, "byline")
    pg.emit(d, render(pg, d))
    pg.furniture(["编辑：韩素问　校对：沐遥"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ld04() -> Page:
    """Commercial paper 消费 page, NO indent, NO blank line, wide column, trailing spaces: express-delivery report
    cut twice by running heads; AI shopping-guide feature with full-width ＡＩ; 老字号 report whose headline is
    printed twice (overprint of bold type); 消费提示 item; price item with a price table after it."""
    pg = Page("ld04.txt", cols=36, indent="", blanks="never", seed=6004,
              style="commercial paper 消费周刊 page, NO indent, NO blank line, every line with a trailing space: header on two lines; express-delivery report cut by running head + page number lines at TWO column breaks; AI shopping-guide feature with full-width ＡＩ in headline and body, byline line; 老字号 report whose headline line is printed TWICE (the bold type's overprint extracted as a second copy); label 消费提示 over an item with no byline; vegetable-price item with run-in 本报讯 and a price table after it; footer")
    pg.furniture(["砚港商报·消费周刊　B3", "2035.11.20　星期二　责编：鄢楚楚"], "page header")
    a = Article(
        "a", "“双11”后快递业务量创新高",
        byline="本报记者　覃晚晴", authors=["覃晚晴"],
        notes="Economic report (express delivery). **new:** the running head and the page number repeated at two "
              "column breaks inside the body are not body (body in three pieces). The manager quoted is not an author.",
        paras=[
            "记者从砚港市邮政管理局获悉，11月11日至17日，全市快递企业共揽收快件1.62亿件，同比增长19.3%；投递快件1.18亿件，增长16.8%，均创历史新高。",
            "今年的快递高峰来得更早、持续更久。各电商平台的促销活动从10月下旬即已启动，快递业务量从11月初就开始攀升，峰值日较去年提前了两天。为应对高峰，全市快递企业临时增加分拣人员5200余人、运输车辆1300余辆，多个分拨中心启用了智能分拣设备。",
            "“我们中心的日处理能力从去年的180万件提高到260万件，高峰期基本做到当日件当日清。”一家快递企业砚港分拨中心负责人说。",
            "值得关注的是，农产品寄递量快速增长。高峰期间，全市寄出的柑橘、海产品等农特产品快件达860万件，同比增长37%，“快递进村”让更多农产品搭上了网购快车。市邮政管理局提醒，高峰过后消费者应及时查收快件，发现破损可当场拒收。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    broken(pg, a, render(pg, a), [5, 4],
           [["砚港商报·消费周刊", "B3"], ["2035.11.20　星期二", "B3"]])
    b = Article(
        "b", "商场里的AI导购能帮你挑什么", head=[fw("商场里的AI导购能帮你挑什么")],
        byline="本报记者　牟子衿", authors=["牟子衿"],
        notes="Economic feature (retail). **new:** full-width ＡＩ in the headline (the title is written half-width) "
              "and in the body (kept as printed; first/last as printed). Shoppers and the mall manager quoted are "
              "not authors.",
        paras=[
            "在砚港万汇城一楼，一块落地屏前围着不少顾客。对着屏幕说出“想要一件适合通勤的羊毛大衣”，" + fw("AI") +
            "导购几秒钟内就推荐了5款商品，并标出了所在楼层和店铺。",
            "商场运营负责人介绍，" + fw("AI") + "导购上线两个月，累计服务顾客" + fw("11") + "万人次，被推荐店铺的进店率提高了约两成。不过也有顾客表示，推荐结果有时“只认贵的”。业内人士建议，商家应公开推荐规则，避免诱导消费。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, render(pg, b))
    c = Article(
        "c", "老字号前10个月销售额增长14%", head=["老字号前10个月销售额增长14%", "老字号前10个月销售额增长14%"],
        byline="本报讯（记者　覃晚晴）", authors=["覃晚晴"], lead="本报讯（记者　覃晚晴）",
        notes="Economic item. **new:** the headline line is printed twice (the bold type's overprint extracted as a "
              "second copy of the line); the title is written once, and both lines are headline (not body). Run-in "
              "本报讯（记者 X） excluded from first.",
        paras=["今年前10个月，砚港市46家中华老字号和省级老字号企业实现销售额38.7亿元，同比增长14.2%。其中，线上销售额12.1亿元，增长31.5%，国潮礼盒、老字号联名产品受到年轻消费者青睐。"])
    pg.headline(c)
    pg.emit(c, render(pg, c))
    pg.furniture(["消费提示"], "column label 消费提示")
    d = Article(
        "d", "预付式消费卡办理前要“三看”", section="消费提示",
        notes="Item under the label 消费提示 (section), no byline: no authors.",
        paras=["市消保委提醒，办理美容美发、健身、教培等预付卡前，一看经营者证照是否齐全，二看合同条款是否明确，三看充值金额是否超出实际需要，单次充值不宜过多。"])
    pg.headline(d)
    pg.emit(d, render(pg, d))
    e = Article(
        "e", "本周菜价稳中有降",
        byline="本报讯（记者　牟子衿）", authors=["牟子衿"], lead="本报讯（记者　牟子衿）",
        notes="Economic item (prices). Run-in 本报讯（记者 X） excluded from first. The price table after it is not body.",
        paras=["据市发展改革委价格监测，本周全市28种主要蔬菜平均零售价格为每斤3.46元，比上周下降2.8%。其中，白菜、萝卜、土豆等耐储蔬菜价格降幅较大。"])
    pg.headline(e)
    pg.emit(e, render(pg, e))
    pg.furniture(["主要蔬菜零售均价（元/斤）　本周　上周",
                  "白菜　　　　　　　　　　　1.32　1.45",
                  "土豆　　　　　　　　　　　2.08　2.16",
                  "西红柿　　　　　　　　　　4.65　4.58"], "price table (not an article)")
    pg.furniture(["美编：龚栩　　校对：谭一禾"], "footer")
    trail(pg)
    return pg


PAGES = [ld01, ld02, ld03, ld04]
