"""Pages kg01-kg04 of handmade37 (development set; all papers, names, firms, places and figures invented).

City and provincial dailies' economy, consumer and local-policy pages as BADLY extracted from PDF.
The few helpers below (used by pages_b and pages_c too) only arrange lines the kit's Page writes;
every line is still put through Page.line / Page.emit / Page.furniture, so the gold stays derived.
"""
from __future__ import annotations

from layout import (FW, NO_END, NO_START, Article, Cross, Page, Raw, cn_date, justify, spaced,
                    squeeze, width, wrap)


# ---- helpers for PDF-extraction artifacts ----------------------------------------------

class Cont(str):
    """A paragraph that starts in mid-sentence (continued from another page or column):
    printed without an indent."""


def cwrap(text: str, cols: float, first: str = "", rest: str = "") -> list[str]:
    """Break text at the column width character by character, so that numbers and Latin
    words are cut anywhere (1 / 4.6%, 20 / 35年), as extraction of justified type leaves them;
    closing punctuation still hangs, opening punctuation never ends a line."""
    lines: list[str] = []
    cur, w = first, width(first)
    for ch in text:
        tw = width(ch)
        if w + tw > cols and squeeze(cur):
            if ch in NO_START:
                cur += ch
                w += tw
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = rest + carry
            w = width(cur)
        cur += ch
        w += tw
    if squeeze(cur):
        lines.append(cur)
    return lines


def render(pg: Page, a: Article, cols: float | None = None, indent: str | None = None,
           start: int = 0, end: int | None = None, mid: bool = True) -> list:
    """Like Page.render_body, but numbers may be cut at the line end (mid=True) and a Cont
    paragraph is printed without indent."""
    cols = cols or pg.cols
    indent = pg.indent if indent is None else indent
    brk = cwrap if mid else wrap
    paras = list(a.paras)
    plain = [i for i, p in enumerate(paras) if isinstance(p, str)]
    end = len(paras) if end is None else end
    items: list = []
    for i in range(start, end):
        p = paras[i]
        if i > start:
            items.append(("gap",))
        if isinstance(p, str):
            text = str(p)
            if i == plain[0] and a.lead:
                text = a.lead + text
            if i == plain[-1] and a.tail:
                text = text + a.tail
            ind = "" if isinstance(p, Cont) else indent
            for ln in brk(text, cols, ind, ""):
                items.append(("line", ln, set()))
        elif isinstance(p, Cross):
            items.append(("line", spaced(p.text, p.sep) if p.sep is not None else p.text, set()))
        elif isinstance(p, Raw):
            items.extend(("line", ln, set()) for ln in p.lines)
    return items


def emit_with(pg: Page, a: Article, items: list, inserts: dict) -> None:
    """Write body items; before the body line numbered k (0-based) print the furniture
    inserts[k] = (lines, what): a caption, a repeated running header, a page number, a
    stray glyph or a table dropped into the text by the extractor."""
    inserts = dict(inserts)
    n = 0
    for it in items:
        if it[0] == "line" and n in inserts:
            lines, what = inserts.pop(n)
            pg.furniture(lines, what)
        pg.emit(a, [it])
        n += it[0] == "line"
    assert not inserts, f"{pg.name}: inserts after the last body line: {sorted(inserts)}"


def side_by_side(pg: Page, a: Article, items: list, cols: float, split: int | None = None,
                 gap: int = 4) -> None:
    """Two columns of one article extracted side by side: each printed line holds the left
    column's line, a run of spaces, then the right column's line (pdftotext -layout style:
    a CJK character takes two cells, an ASCII one).  Without `split`, the left column takes
    the first half of the lines or one line more or less, whichever keeps the article's first
    and last 12 characters readable in one run (as the gold's first / last require)."""
    lines = [it[1] for it in items if it[0] == "line"]

    def combine(k: int) -> list[str]:
        left, right = lines[:k], lines[k:]
        out = []
        for i in range(max(len(left), len(right))):
            lft = left[i] if i < len(left) else ""
            rgt = right[i] if i < len(right) else ""
            cells = int(round(2 * width(lft)))
            pad = " " * max(3, int(round(2 * cols)) + gap - cells)
            out.append((lft + pad + rgt) if rgt else lft)
        return out

    def ok(out: list[str]) -> bool:
        body = squeeze("".join(out))
        return body.find(a.first) in range(0, 31) and 0 <= len(body) - body.rfind(a.last) - len(a.last) <= 12

    n = len(lines)
    tries = [split] if split is not None else [n // 2, (n + 1) // 2, n // 2 - 1, (n + 1) // 2 + 1]
    for k in tries:
        out = combine(k)
        if ok(out):
            break
    else:
        raise AssertionError(f"{pg.name}: no split of {a.key} keeps first/last readable")
    for text in out:
        pg.line(a, text, "body")


def starts(items: list) -> list[int]:
    """Index (among the printed body lines) of the first line of each paragraph."""
    out, n, new = [], 0, True
    for it in items:
        if it[0] == "gap":
            new = True
            continue
        if new:
            out.append(n)
            new = False
        n += 1
    return out


def jline(items: list, which: list[int]) -> list:
    """Justification spaces spread through some body lines (深 化 、 执 行): the lines numbered
    in `which` (among the printed body lines), except a paragraph's last line, which is set
    flush left and never justified."""
    lines = [k for k, it in enumerate(items) if it[0] == "line"]
    last = {n for n, k in enumerate(lines) if k + 1 >= len(items) or items[k + 1][0] == "gap"}
    return justify(items, [n for n in which if n not in last], " ")


# ---------------------------------------------------------------------------
def kg01() -> Page:
    """City evening paper, FRONT page: masthead extracted with wide runs of spaces; a stray ▍ left from the
    headline's graphic bar; lead whose two columns are extracted SIDE BY SIDE, ending in the jump line
    （下转A3版） (continued on kg02); 晚报快讯 label over three •-bulleted items with full-width digits mixed
    in; 晚报时评 comment with byline line □ X; advertisement; footer."""
    pg = Page("kg01.txt", cols=17, indent=FW * 2, blanks="arts", seed=3701,
              style="city evening paper FRONT page: masthead on three lines extracted with wide runs of spaces (paper / date / 今日24版 on one line); a stray ▍ alone on a line (the headline's graphic bar); lead with ——副题 and byline line 本报记者 X　通讯员 Y whose two 17-char columns are extracted SIDE BY SIDE (left line, spaces, right line), ending in mid-sentence with the jump line （下转A3版） on a line of its own; label 晚报快讯 over three items whose headlines carry a • bullet, run-in 本报讯（记者 X） / 本报讯（通讯员 X　记者 Y） and a credit （记者 X） run in at the end, FULL-WIDTH and half-width digits mixed (Ｋ８, ６：３０, 6·18); label 晚报时评 over a comment with byline line □ X; furniture ad; footer")
    pg.furniture(["梧阳晚报" + " " * 18 + cn_date(2035, 6, 12) + " " * 14 + "今日24版",
                  "WUYANG EVENING NEWS" + " " * 21 + "第9126期",
                  "主管主办：梧阳日报社" + " " * 8 + "国内统一连续出版物号：CN 43-0087"], "masthead")
    pg.blank()
    pg.furniture(["▍"], "stray glyph ▍ alone on a line (the headline's graphic bar)")
    a = Article(
        "a", "老城片区更新今年启动12个项目", subtitle="——涉及居民4300余户，计划总投资38.6亿元",
        byline="本报记者　韦一舟　通讯员　邝新禾", authors=["韦一舟", "邝新禾"],
        notes="Lead. ——副题 is the subtitle; byline line 本报记者 X　通讯员 Y, both authors. **new:** the two columns "
              "of the body are extracted SIDE BY SIDE (each printed line: a left-column line, a run of spaces, a "
              "right-column line); the lines are this article's only, so the body is one range; first is the "
              "start of the left column, last the end of the right column. The text breaks off in mid-sentence "
              "and the jump line （下转A3版） on a line of its own is not body; the rest is on kg02 (its own entry "
              "there). The stray ▍ line above the headline is not part of it. The official and the resident "
              "quoted are not authors.",
        paras=[
            "6月11日，梧阳市召开老城片区城市更新工作推进会，公布了今年首批12个更新项目清单。这批项目分布在棠浦、东湖、柳营三个老城区，涉及老旧院落87个、居民4300余户，计划总投资38.6亿元，其中政府投资约占三成，其余通过引入社会资本、居民出资等方式筹集。",
            "“过去讲‘改造’，多是刷刷墙、换换管子；现在讲‘更新’，要把基础设施、公共服务和产业业态放在一起考虑。”市住房和城乡建设局负责人介绍，与前几年的老旧小区改造相比，今年的项目更强调片区统筹，不再以单个小区为单位“各改各的”，而是把相邻的院落、街巷和闲置厂房打包设计，补齐养老、托育、停车等短板。",
            "以棠浦区织锦街片区为例，片区内有上世纪八九十年代建成的老旧楼栋46栋，周边还有一处停产多年的纺织厂仓库。按照规划，仓库将改建为社区综合服务中心和便民市场，腾挪出的空地新建立体停车楼一座，可提供车位320个；沿街铺面则统一招引早餐、修补、家政等便民业态。",
            "资金从哪里来，是城市更新绕不开的问题。记者了解到，今年梧阳首次在老城片区更新中探索“居民出一点、企业投一点、政府补一点”的筹资模式。对于加装电梯、更换管网等直接惠及居民的项目，",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    side_by_side(pg, a, render(pg, a, mid=False), cols=17, gap=5)
    pg.furniture([" " * 46 + "（下转A3版）"], "jump line （下转A3版） (not body)")
    pg.blank()
    pg.furniture(["晚报快讯"], "column label 晚报快讯")
    b = Article(
        "b", "梧阳南站新增3条公交接驳线", section="晚报快讯",
        byline="本报讯（记者　潘晓禾）", authors=["潘晓禾"], lead="本报讯（记者　潘晓禾）",
        notes="Item under the label 晚报快讯 (section). The • before the headline is a bullet, not part of the title. "
              "Run-in 本报讯（记者 X） excluded from first. **new:** full-width and half-width digits are mixed in "
              "the text (Ｋ８, ６：３０) as printed; first/last keep them as printed.",
        paras=[
            "记者昨日从市交通运输局获悉，自6月15日起，梧阳南站将新开Ｋ８、Ｋ12、Ｋ１５三条公交接驳线，分别连接东湖商圈、柳营工业园和高新区人才公寓。三条线路首班车６：３０发车，末班车延至23:00，与高铁晚间到站时刻衔接。",
            "市交通运输局有关负责人表示，接驳线开通后，南站周边公交线路将增至14条，旅客出站后平均候车时间有望缩短到10分钟以内。",
        ])
    c = Article(
        "c", "“梧阳好房”线上展销会本周六开幕", section="晚报快讯",
        byline="本报讯（通讯员　戴敏　记者　潘晓禾）", authors=["戴敏", "潘晓禾"],
        lead="本报讯（通讯员　戴敏　记者　潘晓禾）",
        notes="Item under 晚报快讯. Run-in 本报讯（通讯员 X　记者 Y） excluded from first; both are authors. Mixed "
              "full-width / half-width digits and a half-width comma left in the text.",
        paras=[
            "由市住房和城乡建设局指导举办的“梧阳好房”线上展销会将于6月14日开幕,持续至６月30日。本次展销会共有42家房地产开发企业的68个楼盘参展，提供房源１．２万套。",
            "展销期间，购买新建商品住房的市民除可享受开发企业的让利优惠外，还可按购房款的1%申领消费券，最高不超过２万元。",
        ])
    d = Article(
        "d", "首批“放心消费示范街”授牌", section="晚报快讯",
        byline="（记者　岑可）", authors=["岑可"], tail="（记者　岑可）",
        notes="Item under 晚报快讯, signed （记者 X） run in at the end (excluded from last).",
        paras=[
            "11日，梧阳市为首批8条“放心消费示范街”授牌。这8条街区共有经营户1260户，均承诺实行线下购物７日无理由退货，并设立消费纠纷调解点。市市场监管局表示，今年将再培育示范街区10条以上。",
        ])
    for art in (b, c, d):
        pg.headline(art, lines=["•" + art.title])
        pg.body(art)
    pg.blank()
    e = Article(
        "e", "城市更新要多听“楼里人”的声音", section="晚报时评", kind="commentary",
        byline="□　季小满", authors=["季小满"],
        notes="Comment under the label 晚报时评 (section), byline line □ X (the □ is a mark); commentary.",
        paras=[
            "老城片区更新，改的是房子，暖的是人心。一栋楼要不要加装电梯、一块空地是建停车楼还是建口袋公园，住在楼里的人最有发言权。",
            "过去一些改造项目之所以“花了钱还挨骂”，往往是因为方案在办公室里定、在施工队手里改，居民成了旁观者。今年梧阳推行的片区更新，把入户征求意见、出资比例公示写进了流程，这个方向是对的。",
            "城市更新是一项长期工作，关键是把“为民”落到“由民”。方案多听一听，施工慢一点也无妨，老城才能既留住烟火气，又焕发新活力。",
        ])
    pg.furniture(["晚报时评"], "column label 晚报时评")
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.body(e)
    pg.blank()
    pg.furniture(["广告",
                  "梧阳家居博览中心" + " " * 10 + "6·18焕新家",
                  "全场满5000减600　　定制家具满2万送1千",
                  "活动时间：6月13日—6月18日",
                  "地址：梧阳市柳营区迎宾大道299号　　热线：400-837-××××"], "advertisement (not an article)")
    pg.blank()
    pg.furniture(["本报地址：梧阳市棠浦区文昌路88号　新闻热线：96××××　广告热线：8886××××　零售价：1.00元"],
                 "footer")
    return pg


# ---------------------------------------------------------------------------
def kg02() -> Page:
    """Same evening paper, A3 经济·民生: the lead of kg01 continued (headline repeated, （上接A1版） line), a photo
    caption and its credit dropped in mid-paragraph; an article with the page's running header repeated in
    mid-sentence; an article with a table extracted as ragged cells between paragraphs and a page number alone
    on a line; an item signed at the end."""
    pg = Page("kg02.txt", cols=28, indent=FW * 2, blanks="some", seed=3702, p_para=0.4, p_gap=0.8,
              style="city evening paper A3 经济·民生 page: header on three lines (A3　版名; paper + date with weekday; editors); the kg01 lead CONTINUED: its headline repeated, the jump line （上接A1版） on a line of its own, text starting in mid-sentence with no indent, a ▲ photo caption and its credit line dropped in MID-PARAGRAPH; article with byline line 本报记者 X whose text is cut in mid-sentence by the page's RUNNING HEADER repeated (A3　经济·民生 … paper + date); run-in 本报讯（记者 X） article with a TABLE extracted as ragged cell lines (cells alone, rows split) between paragraphs and the PAGE NUMBER 3 alone on a line mid-text; item signed （晚报记者 X） run in at the end; numbers cut at line ends (mid-number breaks); footer")
    pg.furniture(["A3　经济·民生",
                  "梧阳晚报　" + cn_date(2035, 6, 12),
                  "责任编辑：鲍雨枫　美术编辑：祝小鹿　校对：宁一"], "page header")
    pg.blank()
    a = Article(
        "a", "老城片区更新今年启动12个项目",
        notes="**new:** continuation of the kg01 lead (jump). Its headline is repeated here (the title as printed "
              "here); the jump line （上接A1版） on a line of its own is not body; the text starts in mid-sentence "
              "(first is that half-sentence). The byline is printed with the A1 part only: no byline, no authors "
              "on this page. The ▲ photo caption and its credit line dropped in mid-paragraph are not body. The "
              "resident and the official quoted are not authors.",
        paras=[
            Cont("居民可按户提取住房公积金参与出资；对于停车楼、便民市场等有稳定收益的项目，则引入国有平台公司和社会资本投资运营，通过经营收入平衡前期投入。"),
            "棠浦区织锦街社区居民段秋萍家住一栋七层老楼的六楼。她告诉记者，楼里老人多，大家盼加装电梯盼了好几年，“以前卡在资金和意见不统一上，这次社区把方案一户一户上门讲清楚，每户出多少钱也张榜公示了，楼里23户很快就都签了字。”",
            "城市更新不能“一拆了之”。市住建局负责人表示，今年的12个项目均坚持“留改拆”并举，以保留利用为主，严控大拆大建。片区内的老字号店铺、有历史价值的老建筑将原址保留，外立面改造也要事先征求居民和商户意见。",
            "据悉，首批项目计划于今年8月底前全部开工，其中6个项目年内完工。下一步，梧阳还将建立城市更新项目库，实行“谋划一批、实施一批、储备一批”的滚动推进机制，力争到2037年底基本完成老城区2000年以前建成的老旧小区更新任务。",
        ])
    pg.headline(a)
    pg.furniture(["（上接A1版）"], "jump line （上接A1版） (not body)")
    items = render(pg, a)
    # the caption falls after the third line of the second paragraph
    emit_with(pg, a, items, {starts(items)[1] + 3: (["▲织锦街片区一处待更新的老旧院落，楼体外已搭起加装电梯的", "脚手架。　本报记者　祁望　摄"],
                                            "photo caption and credit dropped in mid-paragraph (not body)")})
    pg.gap()
    b = Article(
        "b", "城区早餐网点今年新增200个",
        byline="本报记者　苏芷晴", authors=["苏芷晴"],
        notes="Byline line 本报记者 X. **new:** the page's running header (A3　经济·民生 / paper + date), repeated on "
              "a line of its own where the column broke, cuts a sentence in two: it is not body, the article is "
              "one article (pieces). The stall keeper and the official quoted are not authors.",
        paras=[
            "清晨6点半，东湖区青石巷口的早餐亭已经排起了队。热干面、糯米烧麦、现磨豆浆……不到5平方米的亭子里，摊主章春燕夫妻俩忙得脚不沾地。“以前推着车在路边卖，风吹雨淋不说，还总担心被劝离。现在有了固定的亭子，水电都通了，生意也稳定多了。”",
            "记者从市商务局获悉，为解决市民“早餐难”问题，梧阳今年计划在城区新增规范化早餐网点200个，其中早餐亭120个、社区早餐店80家，重点布局在老旧小区、地铁站口和医院、学校周边。截至5月底，已建成投用早餐网点87个。",
            "“早餐网点看似小事，却关系到千家万户的生活品质。”市商务局有关负责人介绍，新建的早餐亭由街道统一规划选址、统一设计样式，摊主通过公开招募确定，前两年免收场地租金；社区早餐店则给予每家最高3万元的一次性装修补贴。",
            "为保障食品安全，所有网点均须持证经营，并接入“阳光厨房”监管平台，市民扫码即可查看后厨画面和从业人员健康证信息。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    items = render(pg, b)
    emit_with(pg, b, items, {starts(items)[2] + 2: (["A3　经济·民生" + " " * 20 + "梧阳晚报　" + cn_date(2035, 6, 12)],
                                 "running header repeated mid-article where the column broke (not body)")})
    pg.gap()
    c = Article(
        "c", "前5个月全市消费品零售总额增长6.2%",
        byline="本报讯（记者　顾一帆）", authors=["顾一帆"], lead="本报讯（记者　顾一帆）",
        notes="Run-in 本报讯（记者 X） excluded from first. **new:** a table extracted as ragged lines of cells (title, "
              "header cells on two lines, rows split over lines, 数据来源) printed between two paragraphs is not "
              "body, and the page number 3 alone on a line mid-text is not body: the article is one article "
              "(pieces). The statistician quoted is not an author.",
        paras=[
            "市统计局昨日发布数据，今年前5个月，梧阳市实现社会消费品零售总额1286.4亿元，同比增长6.2%，增速比一季度加快0.9个百分点。其中，5月份当月实现零售额268.7亿元，增长7.5%，为今年以来月度最高。",
            "从商品类别看，以旧换新政策带动效应明显，家用电器和音像器材类零售额增长15.8%，通讯器材类增长19.3%；受油价下行影响，石油及制品类零售额下降2.1%。",
            "市统计局有关负责人分析，“五一”假期文旅活动密集、各类消费券集中发放，带动5月份餐饮和商品零售双双回升。随着“夏日消费季”活动陆续开展，消费市场有望保持平稳增长。",
        ])
    pg.headline(c)
    pg.gap()
    items = render(pg, c)
    n1 = starts(items)[2]
    emit_with(pg, c, items, {
        n1: (["前5个月梧阳市消费品零售额主要类别增长情况",
              "类别　　零售额（亿元）",
              "增速（%）",
              "汽车类　86.4　　4.7",
              "家用电器和音像器材类",
              "31.2",
              "15.8",
              "通讯器材类　22.7　19.3",
              "石油及制品类　58.9　-2.1",
              "餐饮收入　　103.6",
              "8.9",
              "数据来源：梧阳市统计局"], "table extracted as ragged cell lines, between two paragraphs (not body)"),
        n1 + 2: (["3"], "page number alone on a line mid-text (not body)"),
    })
    pg.gap()
    d = Article(
        "d", "第二批“夏日消费券”周五发放",
        byline="（晚报记者　邹小满）", authors=["邹小满"], tail="（晚报记者　邹小满）",
        notes="Item signed （晚报记者 X） run in at the end (excluded from last).",
        paras=[
            "记者从市商务局获悉，梧阳市第二批“夏日消费券”将于6月14日10时起通过“梧阳通”App分三轮发放，总额3000万元，分为餐饮、零售、文旅三类，面额从20元到200元不等。消费券领取后7日内有效，逾期自动作废。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["新闻热线：96××××　　投稿邮箱：jjms@wywb.example.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kg03() -> Page:
    """Provincial daily 经济 page with no blank lines: a headline whose second line is printed after the byline;
    a table of ragged cells inside the lead; justified body lines; numbers cut at line ends; a comment; label
    经济简讯 over two items signed （X）."""
    pg = Page("kg03.txt", cols=22, indent=FW * 2, blanks="never", seed=3703,
              style="provincial daily 经济 page, NO blank line anywhere: header on four short lines (page number; paper; date with weekday; 版名 + editor + proof-reader); lead whose headline is split over two lines with its SECOND LINE PRINTED AFTER THE BYLINE line 本报记者 X; a TABLE extracted as ragged cell lines inside the lead (between two paragraphs); JUSTIFIED body lines (spaces between all characters) in the lead and the comment; numbers cut at line ends (mid-number breaks); run-in 本报讯（记者 X　通讯员 Y） article; label 岚江时评 over a comment with byline line ■ X; label 经济简讯 over two items each signed （X） run in at the end; footer")
    pg.furniture(["5",
                  "岚江日报",
                  cn_date(2035, 6, 13),
                  "经济　责任编辑：卢思远　校对：贺青"], "page header")
    a = Article(
        "a", "前5个月全省外贸进出口增长7.3%", subtitle="民营企业进出口占比首次超过六成",
        byline="本报记者　骆青岚", authors=["骆青岚"],
        notes="**new:** the headline is printed on two lines with the byline line BETWEEN them (in print the "
              "byline stood beside the first line). The kit's check needs a title printed contiguously from its "
              "line, so the first line (a full clause) is the title and the second line, a clause of its own "
              "printed after the byline, is recorded as the subtitle. Byline line 本报记者 X. The table extracted "
              "as ragged cell lines between two paragraphs is not body (pieces). Justified lines (letter-spaced "
              "by the extractor) are body. The customs official quoted is not an author.",
        paras=[
            "记者从梧阳海关获悉，今年前5个月，岚江省货物贸易进出口总值2416.8亿元，同比增长7.3%，增速高于全国平均水平2.1个百分点。其中，出口1572.3亿元，增长9.6%；进口844.5亿元，增长3.2%。",
            "民营企业是外贸增长的主力军。前5个月，全省有进出口实绩的民营企业8620家，进出口1463.2亿元，增长11.4%，占全省进出口总值的60.5%，占比首次超过六成。",
            "从产品看，电动自行车、锂电池、光伏组件合计出口186.7亿元，增长24.9%；茶叶、竹木制品、陶瓷等传统优势产品出口增长5.1%。从市场看，对东盟、中东、非洲等新兴市场进出口分别增长12.6%、18.3%和21.7%。",
            "梧阳海关有关负责人表示，下一步将持续推广“提前申报”“两段准入”等便利化措施，支持桐溪、鹭川等地建设跨境电商产业园和公共海外仓，帮助企业稳订单、拓市场。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.line(a, a.subtitle, "subtitle")
    items = jline(render(pg, a), [1, 5, 14, 20])
    n2 = starts(items)[2]
    emit_with(pg, a, items, {n2: (["前5个月部分市州进出口情况",
                                   "市州",
                                   "进出口（亿元）　同比（%）",
                                   "梧阳　1104.6",
                                   "8.2",
                                   "桐溪　438.9　11.7",
                                   "鹭川",
                                   "297.3",
                                   "5.4",
                                   "棠州　215.8　-1.6"], "table extracted as ragged cell lines inside the lead (not body)")})
    b = Article(
        "b", "全省经营主体总量突破680万户",
        byline="本报讯（记者　伍嘉禾　通讯员　冯小溪）", authors=["伍嘉禾", "冯小溪"],
        lead="本报讯（记者　伍嘉禾　通讯员　冯小溪）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "省市场监管局日前发布数据，截至5月底，全省登记在册经营主体达到682.4万户，同比增长6.8%。其中，企业196.3万户，增长9.4%；个体工商户479.6万户，增长5.7%。今年前5个月，全省新设经营主体31.7万户，日均新设2100余户。",
            "从行业分布看，新设经营主体主要集中在批发零售、住宿餐饮和居民服务业，合计占比超过六成；信息传输、软件和信息技术服务业新设企业增长23.5%，增速居各行业首位。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "让“店小二”服务跑在企业前面", section="岚江时评", kind="commentary",
        byline="■　温知远", authors=["温知远"],
        notes="Comment under the label 岚江时评 (section), byline line ■ X (the ■ is a mark). Justified lines are "
              "body. Commentary.",
        paras=[
            "经营主体总量突破680万户，每一户背后都是一份生计、一份希望。数字的增长来之不易，也对政务服务提出了更高要求。",
            "优化营商环境，不能等企业上门“求”，而要主动上门“送”。一些地方推行“政策找企业”，把惠企政策精准推送到经营主体手中，让企业“免申即享”，这样的做法值得推广。同时，涉企检查要做到“无事不扰、有求必应”，把更多精力放在帮助企业解决实际困难上。",
            "当好“店小二”，服务就要跑在企业需求前面。多一些主动靠前，少一些层层设卡，经营主体才能放心投资、安心经营。",
        ])
    pg.furniture(["岚江时评"], "column label 岚江时评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, jline(render(pg, c), [3, 8]))
    pg.furniture(["经济简讯"], "column label 经济简讯")
    items2 = [
        Article("d", "岚江发布首批“数字工厂”名单", byline="（钱冬）", authors=["钱冬"], tail="（钱冬）", paras=[
            "省工业和信息化厅近日公布首批省级“数字工厂”名单，共有56家企业入选，涵盖装备制造、食品加工、电子信息等行业。入选企业生产效率平均提升21%，产品不良品率平均下降17%。"]),
        Article("e", "梧阳机场新开两条国际货运航线", byline="（苗野）", authors=["苗野"], tail="（苗野）", paras=[
            "6月12日，梧阳机场新开通至两座东南亚城市的国际货运航线，每周各执行3班，主要运输跨境电商包裹、生鲜水产和电子元器件。至此，梧阳机场国际货运航线增至9条。"]),
    ]
    for art in items2:
        art.section = "经济简讯"
        art.notes = "Item under the label 经济简讯 (section), signed （X） run in at the end (excluded from last)."
        pg.headline(art)
        pg.emit(art, render(pg, art))
    pg.furniture(["本版邮箱：jjb@ljrb.example.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kg04() -> Page:
    """City daily 消费周刊 page: header extracted with wide spaces; lead with 引题 whose two 14-char columns are
    extracted SIDE BY SIDE, photo caption after it; label 消费提示 over two ·-bulleted items; an article with
    full-width digits mixed in and an unbracketed run-in byline; stray • glyphs; advertisement; footer."""
    pg = Page("kg04.txt", cols=14, indent=FW, blanks="para", seed=3704,
              style="city daily 消费周刊 page indented with ONE U+3000, blank lines between paragraphs and blocks: header on two lines extracted with wide runs of spaces; lead with an 引题 over the headline and byline line 文／图　本报记者 X, whose two 14-char columns are extracted SIDE BY SIDE (two columns of equal length), then a photo caption; label 消费提示 over two items whose headlines carry a · bullet, each signed （记者 X） run in at the end; article with the unbracketed run-in 本报讯　记者　X　实习生　Y and FULL-WIDTH digits mixed with half-width ones (６月１３日, “6·18”, １２６万件) and a number cut at a line end (“6·1 / 8”); stray • glyphs alone on lines between blocks; department-store advertisement; footer")
    pg.furniture(["桐溪日报" + " " * 30 + "6　消费周刊",
                  cn_date(2035, 6, 14) + " " * 12 + "编辑：段小棠　　版式：于一"], "page header")
    pg.blank()
    a = Article(
        "a", "家电以旧换新补贴再加码", subtitle="夏季消费季启动",
        byline="文／图　本报记者　龚小蔓", authors=["龚小蔓"],
        notes="Lead. The 引题 above the headline (no 副题) is the subtitle. Byline line 文／图　本报记者 X: the writer "
              "(and photographer) is the author. **new:** its two columns (equally long) are extracted SIDE BY SIDE: "
              "one body range. The "
              "photo caption after the body is not body. The salesman and the official quoted are not authors.",
        paras=[
            "6月13日，桐溪市2035年夏季消费季正式启动。记者从市商务局获悉，本次消费季将持续到8月底，期间全市将统筹安排资金1.5亿元，对家电、家居、电动自行车以旧换新给予补贴，其中空调、冰箱等8类家电的补贴比例由15%提高到20%，单件最高补贴2000元。",
            "当天，在桐溪百汇广场一家家电卖场，前来咨询的市民络绎不绝。“一台一级能效的变频空调，原价4299元，补贴后到手价不到3500元，还能免费上门回收旧机。”销售人员一边演示扫码领补贴，一边向顾客介绍。",
            "市商务局有关负责人表示，今年的补贴实行“线上线下同享、一次申领全城通用”，市民通过“桐溪消费”小程序实名认证后即可领取，在全市320余家参与门店和主要电商平台均可使用。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = render(pg, a, mid=False)
    side_by_side(pg, a, items, cols=14, gap=4)
    pg.gap()
    pg.furniture(["市民在桐溪百汇广场一家家电卖场选购空调。"], "photo caption (not body)")
    pg.blank()
    pg.furniture(["•"], "stray glyph • alone on a line")
    pg.blank()
    pg.furniture(["消费提示"], "column label 消费提示")
    pg.blank()
    tips = [
        Article("b", "“先用后付”要看清扣款规则", byline="（记者　乔安）", authors=["乔安"], tail="（记者　乔安）", paras=[
            "近期，市消费者权益保护委员会接到多起涉及“先用后付”的投诉。有消费者反映，在网购时默认开通了“先用后付”，收货后忘记确认，结果被自动扣款，甚至影响了个人信用。",
            "市消保委提醒，消费者在选择此类服务时，要看清扣款时间、扣款方式和逾期后果，不需要时及时关闭，避免产生不必要的纠纷。"]),
        Article("c", "选购电动自行车认准强制认证标志", byline="（记者　乔安）", authors=["乔安"], tail="（记者　乔安）", paras=[
            "夏季是电动自行车销售旺季。市市场监管局提醒，消费者应到正规门店购买带有强制性产品认证标志的电动自行车，不要私自改装、加装蓄电池，充电时远离楼道和安全出口。"]),
    ]
    for art in tips:
        art.section = "消费提示"
        art.notes = ("Item under the label 消费提示 (section); the · before the headline is a bullet, not part of "
                     "the title. Signed （记者 X） run in at the end (excluded from last).")
        pg.headline(art, lines=["·" + art.title])
        pg.gap()
        pg.emit(art, render(pg, art, mid=False))
        pg.gap()
    pg.furniture(["•"], "stray glyph • alone on a line")
    pg.blank()
    d = Article(
        "d", "“6·18”前夕快递日均业务量增长两成",
        byline="本报讯　记者　庄言　实习生　米可", authors=["庄言", "米可"],
        lead="本报讯　记者　庄言　实习生　米可　",
        notes="**new:** unbracketed run-in byline 本报讯　记者 X　实习生 Y at the start of the first line (excluded "
              "from first); both are authors. Full-width digits (６月１３日, １２６万件, ２１．４％) are mixed with "
              "half-width ones as printed. The courier-station manager quoted is not an author.",
        paras=[
            "６月１３日，记者从桐溪市邮政管理局了解到，“6·18”促销活动启动以来，全市快递日均业务量达到１２６万件，同比增长２１．４％，其中农产品寄递量增长超过三成。",
            "在江滨街道一家快递驿站，站长杭文斌正忙着给包裹分拣上架。“这几天每天要处理两千多件，比平时多了一倍。”他说，为应对业务高峰，驿站临时增加了４名分拣员，营业时间延长到晚上10点。",
            "市邮政管理局提醒，促销期间快递量大，消费者应及时取件，开箱验货后再签收；寄递易碎、生鲜物品要提前做好包装。",
        ])
    pg.headline(d)
    pg.gap()
    pg.emit(d, render(pg, d))
    pg.blank()
    pg.furniture(["广告",
                  "桐溪百汇广场",
                  "夏日焕新季　6月14日—6月22日",
                  "家电满3000减400　家居满2000减300",
                  "会员日每周三　积分翻倍",
                  "地址：桐溪市江滨大道166号",
                  "咨询热线：400-869-××××"], "department-store advertisement (not an article)")
    pg.blank()
    pg.furniture(["本版投稿：xfzk@txrb.example.cn"], "footer")
    return pg


PAGES = [kg01, kg02, kg03, kg04]
