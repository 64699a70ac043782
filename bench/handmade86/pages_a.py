"""Pages md01-md04 of handmade86 (development set; all papers, names, firms, places, codes and figures invented).

Each page is laid out with the shared kit (../handmade_kit/layout.py); the blank-line policy, the indentation
and the column width change from page to page. The helpers below are imported by pages_b.py and pages_c.py.
"""
from __future__ import annotations

from layout import FW, NO_END, NO_START, Article, Cross, Page, Raw, cn_date, justify, squeeze, width, wrap


# ---- helpers -----------------------------------------------------------------
def box(pg: Page, lines: list[str], what: str, gap: bool = True) -> None:
    """A non-article block (header, footer, label, box, caption, table, notice, advert); '' inside = blank line
    (printed unless the page prints no blank lines at all). Then the page's block gap."""
    pg.furniture(lines, what)
    if gap:
        pg.gap()


def top(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None,
        lines: list[str] | None = None, spread_cols: float | None = None, gaps: bool = True,
        byline: bool = True, byline_cols: float | None = None) -> None:
    """Kicker, headline, ——副题 and byline lines in the usual order (the byline line only when the credit is
    neither run in nor signed at the end, and `byline`), each followed by the page's block gap when `gaps`."""
    def g() -> None:
        if gaps:
            pg.gap()
    if kicker:
        pg.kicker(a, kicker)
        g()
    pg.headline(a, sep=sep, lines=lines, spread_cols=spread_cols)
    g()
    if a.subtitle:
        for ln in wrap(a.subtitle, max(pg.cols, 24)):
            pg.line(a, ln, "subtitle")
        g()
    if byline and a.byline and not a.lead and not a.tail:
        for ln in (wrap(a.byline, byline_cols) if byline_cols else [a.byline]):
            pg.line(a, ln, "byline")
        g()


def whole(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None, gaps: bool = True,
          lines: list[str] | None = None, **kw) -> None:
    top(pg, a, kicker=kicker, sep=sep, lines=lines, gaps=gaps)
    pg.body(a, **kw)
    pg.gap()


def cwrap(text: str, cols: float, first: str = "") -> list[str]:
    """Like the kit's wrap, but character by character: runs of ASCII digits and letters may be cut too
    (…成交1.1 / 2万亿元…), as a text tool leaves a justified line that breaks inside a number."""
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
            cur = carry
            w = width(cur)
        cur += ch
        w += tw
    if squeeze(cur):
        lines.append(cur)
    return lines


def render_chars(pg: Page, a: Article, start: int = 0, end: int | None = None, cols: float | None = None) -> list:
    """The article body as Page.render_body renders it, but wrapped with cwrap (numbers may be cut)."""
    cols = cols or pg.cols
    items: list = []
    paras = list(a.paras)
    plain = [i for i, p in enumerate(paras) if isinstance(p, str)]
    end = len(paras) if end is None else end
    for i in range(start, end):
        p = paras[i]
        if i > start:
            items.append(("gap",))
        if isinstance(p, str):
            text = p
            if i == plain[0] and a.lead:
                text = a.lead + text
            if i == plain[-1] and a.tail:
                text = text + a.tail
            for ln in cwrap(text, cols, pg.indent):
                items.append(("line", ln, set()))
        elif isinstance(p, Cross):
            items.append(("line", p.text, set()))
        elif isinstance(p, Raw):
            for ln in p.lines:
                items.append(("line", ln, set()))
    return items


def right(text: str, cols: float) -> str:
    """A signature set flush right in a column of `cols` (leading U+3000s)."""
    return FW * max(0, int(cols - width(text))) + text


def n_lines(items: list) -> int:
    return sum(it[0] == "line" for it in items)


# ---------------------------------------------------------------------------
def md01() -> Page:
    """Securities daily 市场·行情 page, two ASCII spaces of indent, blank lines sometimes, column breaks every 14
    body lines, lines cut inside numbers: market review with an ASCII-letter-spaced headline, ——副题, byline
    ■本报记者 X, crossheads and an index table between two paragraphs; 板块追踪 note signed by an analyst;
    个股扫描 entries 名称（代码）：事项; 机构观点 box; run-in item; footer with a 股市有风险 disclaimer."""
    pg = Page("md01.txt", cols=20, indent="  ", blanks="some", colbreak=14, seed=8601, p_para=0.45, p_gap=0.65,
              style="securities daily 市场·行情 page, indent two ASCII spaces, blank lines sometimes, plus a column "
                    "break (blank line) every 14 body lines, lines cut inside numbers: header (paper; A03　市场·行情; "
                    "date with weekday); 大盘 review with headline LETTER-SPACED with ASCII spaces, ——副题, byline line "
                    "■本报记者 X, two crossheads and an index TABLE between two paragraphs; label 板块追踪 over a sector "
                    "note with byline line 'firm分析师　X'; label 个股扫描 over three entries with headline lines "
                    "名称（代码）：事项 and no credit; 机构观点 box (institutions' one-line views, no headline); item with "
                    "run-in 本报讯（记者 X）; footer with 责任编辑 / 美编 and a 股市有风险 disclaimer")
    box(pg, ["澜海证券报", "A03　市场·行情", cn_date(2038, 11, 9)], "page header")
    a = Article(
        "a", "澜证综指放量站上3800点",
        subtitle="——两市成交额重回1.1万亿元，储能、券商板块领涨",
        byline="■本报记者　祁望川", authors=["祁望川"],
        notes="Market review (大盘). Headline letter-spaced with ASCII spaces (title written unspaced); the ——副题 is "
              "the subtitle. Byline line ■本报记者 X (the ■ is a mark). The crossheads 成交重回万亿 and 后市如何看 are "
              "body lines. The index table printed between two paragraphs is not body (body in pieces). Lines are "
              "cut inside numbers; column breaks (a blank line every 14 body lines) fall inside paragraphs. The fund "
              "manager (unnamed) and the researcher quoted (杭书远) are not authors.",
        paras=[
            "11月8日，A股主要指数集体收涨。截至收盘，澜证综指上涨1.86%，报3812.47点，时隔五个月重新站上3800点；澜证成指上涨2.34%，报12688.15点；创新板指上涨3.02%，报2574.39点。",
            Cross("成交重回万亿"),
            "两市合计成交1.12万亿元，较前一交易日放大2760亿元，为9月下旬以来首次重回万亿元。盘面上，个股普涨，两市上涨个股超过4200只，涨停个股86只。行业板块中，储能、券商、半导体设备涨幅居前，其中储能板块指数大涨5.7%，连续三个交易日走强；煤炭、银行等防御性板块小幅回调。",
            "资金面上，当日主力资金净流入218亿元，为近两个月来最大单日净流入；融资余额连续六个交易日增加，最新报1.63万亿元。“成交量有效放大，说明增量资金正在入场。”一位公募基金经理对记者表示。",
            Cross("后市如何看"),
            "对于后市，多家机构认为，三季度上市公司业绩整体改善，叠加稳增长政策持续发力，市场风险偏好有望继续回升；但短期快速上涨后，指数在3850点附近可能面临一定压力，投资者宜关注业绩确定性较高的板块，避免追高。",
            "澜海大学金融研究院研究员杭书远认为，本轮反弹能否延续，取决于四季度经济数据和企业盈利能否进一步确认向好，“量能能否维持在万亿元以上是一个重要观察指标”。",
        ])
    top(pg, a, sep=" ")
    pg.emit(a, render_chars(pg, a, end=3))
    pg.gap()
    box(pg, ["表：11月8日主要指数表现", "指数　　　收盘　　 涨跌幅", "澜证综指　3812.47　+1.86%",
             "澜证成指　12688.15 +2.34%", "创新板指　2574.39　+3.02%", "数据来源：澜海证券交易所"],
        "index table between two paragraphs (not body)")
    pg.emit(a, render_chars(pg, a, start=3))
    pg.gap()
    box(pg, ["板块追踪"], "column label 板块追踪")
    b = Article(
        "b", "储能板块三连阳：订单与估值共振", section="板块追踪", kind="commentary",
        byline="岱川证券分析师　蒲远航", authors=["蒲远航"],
        notes="Sector note under the label 板块追踪 (section), signed on a byline line by the analyst who wrote it "
              "('firm分析师　X'): the writer is the author (an analyst who is only quoted never is). Kind commentary "
              "(a signed analysis with a recommendation).",
        paras=[
            "储能板块近三个交易日累计上涨14.2%，板块内23只个股中有19只创下年内新高。我们认为，此轮上涨既有基本面支撑，也有估值修复的因素。",
            "从基本面看，今年前三季度国内新型储能新增装机同比增长58%，海外大储订单持续放量，板块龙头公司三季度净利润环比增长超过三成。从估值看，板块市盈率此前一度跌至近五年10%分位以下，具备修复空间。",
            "风险方面，需警惕电芯价格再次下行和海外贸易政策变化。建议关注具备系统集成能力和海外渠道优势的龙头企业。",
        ])
    whole(pg, b)
    box(pg, ["个股扫描"], "column label 个股扫描")
    entries = [
        ("c1", "澄星科技（771206）：拟回购不超过3亿元",
         "澄星科技公告，公司拟以集中竞价方式回购股份，回购金额不低于1.5亿元、不超过3亿元，回购价格不超过每股68元，回购股份将全部予以注销。"),
        ("c2", "岚山矿业（773318）：前10月矿产铜产量增长17%",
         "岚山矿业披露经营数据，1至10月公司矿产铜产量18.6万吨，同比增长17.2%；矿产金产量9.4吨，同比增长8.1%。"),
        ("c3", "汀兰医药（779052）：1类创新药获批临床",
         "汀兰医药公告，公司自主研发的1类创新药TL-207片获得临床试验批准通知书，拟用于治疗晚期实体瘤。公司提示，新药研发周期长、环节多，存在不确定性。"),
    ]
    for key, title, text in entries:
        c = Article(key, title, section="个股扫描",
                    notes="Entry of the 个股扫描 column (section): headline line 名称（代码）：事项 written as printed, "
                          "with the stock code and the colon; one short paragraph, no credit: no authors.",
                    paras=[text])
        pg.headline(c, lines=wrap(title, 20))
        pg.body(c)
        pg.gap()
    box(pg, ["机构观点"] + wrap("◆华汀证券：四季度市场有望延续震荡上行，可关注高股息与科技成长的“哑铃”配置。", 20)
        + wrap("◆岱岳基金：风险偏好修复仍在途中，短期或有反复，中期维持乐观。", 20)
        + wrap("◆汐川资管：成交额能否站稳万亿元是判断行情持续性的关键。", 20),
        "机构观点 box (institutions' one-line views, no headline: not an article)")
    e = Article(
        "e", "两只新股今日申购",
        byline="本报讯（记者　苗听澜）", authors=["苗听澜"], lead="本报讯（记者　苗听澜）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "今日有两只新股申购，分别为创新板的澄芯微电子和主板的汀州重工。澄芯微电子发行价每股32.60元，单一账户申购上限1.2万股；汀州重工发行价每股8.45元，申购上限2.4万股。",
        ])
    pg.headline(e)
    pg.gap()
    pg.emit(e, render_chars(pg, e))
    pg.gap()
    box(pg, ["责任编辑：骆清川　美编：顾小荷"] + wrap("本版数据仅供参考，不构成投资建议。股市有风险，入市需谨慎。", 20),
        "footer with 责任编辑 and disclaimer", gap=False)
    return pg


# ---------------------------------------------------------------------------
def md02() -> Page:
    """Evening paper 住房·楼市 page in a narrow column, two U+3000 of indent, blank lines only between articles:
    housing lead with kicker, headline on two lines, ——副题, byline 记者 X　通讯员 Y, ▍ crossheads and a photo
    caption between two paragraphs; run-in item; an item whose byline is GLUED to its headline on one line;
    楼市速读 items with ● headlines; property advert; footer."""
    pg = Page("md02.txt", cols=15, indent=FW * 2, blanks="arts", seed=8602,
              style="evening paper 住房·楼市 page in a narrow column, indent two U+3000, blank lines only between "
                    "articles and blocks: header (paper; date with weekday; A10　住房·楼市); housing lead with 引题 "
                    "kicker, headline on two lines, ——副题, byline line 记者 X　通讯员 Y, two ▍ crossheads and a photo "
                    "caption with credit X　摄 BETWEEN two paragraphs; item with run-in 本报讯（记者 X）; item whose "
                    "byline is GLUED to its headline on the same line (headline　　本报记者 X); label 楼市速读 over two "
                    "● items with no credit; property advert (（广告）); footer with 责任编辑 / 美编 / 校对")
    box(pg, ["棠溪晚报", cn_date(2038, 6, 14), "A10　住房·楼市"], "page header")
    pg.blank()
    a = Article(
        "a", "5月棠溪新房成交环比增长23%",
        head=["5月棠溪新房成交", "环比增长23%"],
        subtitle="——“以旧换新”带动改善需求入市",
        byline="记者　卢晚秋　通讯员　施一禾", authors=["卢晚秋", "施一禾"],
        notes="Lead. The 引题 kicker 楼市观察 is not part of the title; headline on two lines (joined); the ——副题 is "
              "the subtitle. Byline line 记者 X　通讯员 Y (both authors). The ▍ crossheads are body lines. The photo "
              "caption with credit read between two paragraphs is not body (body in pieces). The sales manager "
              "(unnamed) and the official quoted are not authors.",
        paras=[
            "记者从棠溪市房地产交易中心获悉，5月全市新建商品住房网签成交4368套、面积48.9万平方米，环比分别增长23.1%和25.6%，同比分别增长8.4%和11.2%，成交量创今年以来月度新高。",
            Cross("▍改善型产品走俏"),
            "从成交结构看，面积在120平方米以上的改善型住房成交占比达到41%，比一季度提高9个百分点。城南新区、滨江片区的多个楼盘推出新品，开盘去化率普遍在七成以上。",
            "“来看房的客户，大多是卖了老房子再换新房。”城南一家楼盘营销负责人对记者说，自4月推出“以旧换新”活动以来，项目约三成成交客户参与了旧房置换。",
            Cross("▍二手房挂牌量回落"),
            "二手房市场同样有所回暖。5月全市二手住房成交3125套，环比增长12.6%。据一家房产中介平台统计，全市二手房挂牌量已从年初的6.2万套回落至5.4万套，挂牌均价每平方米1.46万元，跌幅收窄。",
            "棠溪市住房和城乡建设局有关负责人表示，下一步将继续落实好“以旧换新”、公积金贷款额度上调等政策，同时加强对新建商品住房项目预售资金的监管，确保房屋如期交付。",
        ])
    top(pg, a, kicker="楼市观察", byline=False)
    for ln in wrap(a.byline, 15):
        pg.line(a, ln, "byline")
    pg.body(a, end=4)
    box(pg, wrap("▲6月12日，市民在城南一楼盘售楼处咨询。卢晚秋　摄", 15),
        "photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=4)
    pg.blank()
    b = Article(
        "b", "公积金可提取支付购房首付款",
        byline="本报讯（记者　费南星）", authors=["费南星"], lead="本报讯（记者　费南星）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者昨日从棠溪市住房公积金管理中心获悉，自7月1日起，缴存职工在本市购买新建商品住房的，可申请提取本人及配偶的住房公积金用于支付首付款。此前，职工只能在购房合同备案后提取。",
            "中心测算，新政实施后，预计每年可为约1.2万户家庭减轻首付压力。",
        ])
    pg.headline(b, lines=wrap(b.title, 15))
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "保租房“拎包入住”受青睐",
        byline="本报记者　温小渠", authors=["温小渠"],
        notes="Its byline is GLUED to the headline on the same printed line (headline, two U+3000, 本报记者 X), as "
              "a text tool leaves a headline and a byline set on one baseline: the title is the headline alone, "
              "title_line that line; the byline is 本报记者 X and the reporter the author.",
        paras=[
            "在棠溪高新区人才公寓项目，一套40平方米的一室户月租金1680元，比周边同类房源低约两成，空调、洗衣机、床和衣柜一应俱全。项目运营方介绍，今年3月开业以来，520套房源已出租九成以上，租户大多是周边园区的年轻职工。",
            "据了解，今年棠溪计划筹集保障性租赁住房8000套（间），目前已开工5600套（间）。市住建局表示，将通过新建、改建、盘活存量等方式，力争三年内新增保租房2.5万套（间）。",
        ])
    pg.headline(c, lines=[c.title + FW * 2 + c.byline])
    pg.body(c)
    pg.blank()
    box(pg, ["楼市速读"], "column label 楼市速读", gap=False)
    d1 = Article(
        "d1", "城北两宗宅地底价成交", section="楼市速读",
        notes="Item under the label 楼市速读 (section): headline line with a ● mark (not part of the title), no "
              "credit: no authors.",
        paras=["6月13日，棠溪市城北片区两宗住宅用地以底价成交，总成交价9.6亿元，楼面价每平方米6800元，竞得者均为本地国有企业。"])
    d2 = Article(
        "d2", "6月首周新房网签环比增一成", section="楼市速读",
        notes="Item under the label 楼市速读 (section): ● headline line, no credit: no authors.",
        paras=["据市房地产交易中心数据，6月1日至7日，全市新建商品住房网签成交1046套，环比增长10.3%，其中城南新区成交占三成。"])
    for d in (d1, d2):
        pg.headline(d, lines=wrap("●" + d.title, 15))
        pg.body(d)
        pg.blank()
    box(pg, ["澜庭·云樾", "城南地铁口", "建面约98—143㎡", "全能四房　现房发售", "营销中心：",
             "0×××-6690××××", "预售许可证号：", "棠房预字（2038）第046号", "（广告）"],
        "property advert (not an article)", gap=False)
    pg.blank()
    box(pg, ["责任编辑：简白露", "美编：龚小棉　校对：洪一苇"], "footer with 责任编辑", gap=False)
    return pg


# ---------------------------------------------------------------------------
def md03() -> Page:
    """Commercial daily 汽车·产业 page, NO indent, blank lines only between articles, reading order broken: the
    page opens with the lead's kicker (the page header is read LAST); a long lead with ▎ crossheads; a story
    whose headline and byline 文/X come AFTER its text; a data table; an item signed （记者 X） run in; 车企动态
    items with ● headlines (one with no credit, one signed （X））."""
    pg = Page("md03.txt", cols=24, indent="", blanks="arts", seed=8603,
              style="commercial daily 汽车·产业 page, NO indent, blank lines only between articles and blocks, "
                    "reading order broken: the page OPENS with the lead's 引题 kicker; long lead (about 720 "
                    "characters) with byline line 本报记者 X　Y and three ▎ crossheads; a story whose text comes "
                    "FIRST and whose headline and byline line 文/X are printed AFTER it; data table (title, header "
                    "row, four rows, source); item signed （记者 X） run in at the end; label 车企动态 over two ● items "
                    "(no credit; （X） run in); footer with 责任编辑 / 版式, then the page header (版次 + 版名; paper; "
                    "date with weekday) read LAST")
    a = Article(
        "a", "岚江新能源汽车产量前5个月突破40万辆",
        byline="本报记者　闻溪　彭一帆", authors=["闻溪", "彭一帆"],
        notes="Lead; the page opens with its 引题 kicker 产业一线 (not part of the title) because the page header "
              "is read last. Byline line 本报记者 X　Y (both authors). The three ▎ crossheads are body lines. The "
              "executives and the official quoted (裴照临 and unnamed) are not authors.",
        paras=[
            "6月上旬，位于岚江经开区的岚汽新能源超级工厂里，冲压、焊装、涂装、总装四大车间全线满负荷运转，平均每58秒就有一辆新车下线。据市工信局统计，今年1至5月，全市新能源汽车产量41.3万辆，同比增长36.8%，占全市汽车总产量的比重提高到67%。",
            Cross("▎整车：订单排到三季度"),
            "“现在订单已经排到了三季度，不少车型要等六到八周才能交付。”岚汽新能源生产运营部部长裴照临说。为缓解交付压力，工厂从4月起实行三班倒，并新招聘一线员工1200名。今年一季度，该公司推出的两款智能电动SUV月销量均突破1万辆。",
            "除了岚汽，落户岚江的另外三家整车企业产量也保持较快增长。其中，主打新能源商用车的岚江重卡前5个月产量增长52%，电动重卡在港口、矿山等场景的订单大幅增加。",
            Cross("▎零部件：本地配套率提至58%"),
            "整车放量，带动上下游配套企业同步扩产。在距离岚汽超级工厂不到10公里的汽车零部件产业园，动力电池、电驱动系统、热管理、智能座舱等领域的62家配套企业已经投产。“整车厂就在身边，我们可以实现小时级供货，库存成本降低了三成。”一家电驱动企业负责人说。",
            "统计显示，全市新能源汽车本地配套率已从三年前的35%提高到58%。今年，岚江还将围绕车规级芯片、固态电池等薄弱环节，引进配套项目20个以上。",
            Cross("▎出海：滚装船“一舱难求”"),
            "出口成为新的增长点。前5个月，岚江新能源汽车出口5.8万辆，同比增长87%，产品销往东南亚、中东、南美等40多个国家和地区。岚江港汽车滚装码头今年新开通外贸航线3条，但旺季时仍“一舱难求”，不少车企提前两个月预订舱位。",
            "市工信局有关负责人表示，岚江将加快建设汽车出口服务中心，完善检测认证、金融保险和海外售后等服务，力争全年新能源汽车产量突破100万辆。",
        ])
    top(pg, a, kicker="产业一线")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "充电桩“县县全覆盖”提前完成",
        byline="文/邬晴川", authors=["邬晴川"],
        notes="Its body is printed FIRST and its headline and byline line 文/X come AFTER it with no blank line "
              "between; title_line is after the body. The writer (文/X) is the author.",
        paras=[
            "记者从岚江市能源局获悉，截至5月底，全市已建成公共充电桩6.8万个，比去年底增加1.3万个，所有县（市）城区和中心镇均已建成公共充电站，提前半年实现“县县全覆盖”目标。",
            "今年以来，全市还在高速公路服务区新建超充站26座，单枪最大功率达到600千瓦，“充电10分钟、续航400公里”在部分服务区成为现实。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    box(pg, ["表：1—5月岚江汽车产销主要数据", "指标　　　　　数量　　　同比",
             "汽车产量　　　61.6万辆　+21.4%", "新能源汽车　　41.3万辆　+36.8%",
             "汽车出口　　　7.9万辆　 +64.2%", "新能源汽车出口 5.8万辆　 +87.0%", "数据来源：岚江市工信局"],
        "data table (not an article)", gap=False)
    pg.blank()
    d = Article(
        "d", "二手车出口试点企业增至9家",
        byline="（记者　彭一帆）", authors=["彭一帆"], tail="（记者　彭一帆）",
        notes="Signed （记者 X） run in at the end (excluded from last).",
        paras=[
            "岚江市近日新增3家二手车出口试点企业，全市试点企业总数达到9家。前5个月，全市二手车出口1.26万辆，出口额2.9亿美元，其中新能源二手车占比超过四成。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    box(pg, ["车企动态"], "column label 车企动态", gap=False)
    e1 = Article(
        "e1", "岚汽新能源与两家电池企业签约", section="车企动态",
        notes="Item under the label 车企动态 (section): ● headline line (the mark is not part of the title), no "
              "credit: no authors.",
        paras=["岚汽新能源日前与两家动力电池企业签署战略合作协议，未来三年采购动力电池不少于60吉瓦时，双方还将联合开发半固态电池。"])
    e2 = Article(
        "e2", "首批50辆氢能重卡交付港口", section="车企动态",
        byline="（谷清）", authors=["谷清"], tail="（谷清）",
        notes="Item under the label 车企动态 (section): ● headline line; signed （X） run in at the end (excluded "
              "from last; the writer is the author).",
        paras=["岚江重卡首批50辆氢燃料电池重卡近日交付岚江港集团，将用于港区集装箱短驳运输，单车续航里程可达450公里，加氢一次只需15分钟。"])
    for e in (e1, e2):
        pg.headline(e, lines=["●" + e.title])
        pg.body(e)
    pg.blank()
    box(pg, ["责任编辑：邵听雨　版式：程一朵"], "footer with 责任编辑", gap=False)
    pg.blank()
    box(pg, ["B2　汽车·产业", "岚江商报", cn_date(2038, 6, 10)], "page header read LAST", gap=False)
    return pg


# ---------------------------------------------------------------------------
def md04() -> Page:
    """Daily 开放·口岸 page, ONE U+3000 of indent, NO blank line anywhere, lines cut inside numbers: customs lead
    with headline on two lines, a standfirst and byline 本报记者 X; out-of-town dateline item 本报岩城5月12日电
    （记者 X）; 口岸观察 comment by a 特约评论员; item signed at its END on a line of its own; 口岸数据 box."""
    pg = Page("md04.txt", cols=18, indent=FW, blanks="never", seed=8604,
              style="city daily 开放·口岸 page, indent ONE U+3000, NO blank line anywhere, lines cut inside numbers: "
                    "header lines (paper; date with weekday; 第5版　开放·口岸; 责任编辑); customs lead with headline on "
                    "two lines, a STANDFIRST block under it, byline line 本报记者 X and two plain crossheads; item with "
                    "the out-of-town run-in dateline 本报岩城5月12日电（记者 X）; label 口岸观察 over a comment with "
                    "byline line 特约评论员　X; item signed at its END by （通讯员 X） on a line of its own; 口岸数据 box; "
                    "footer with 投稿邮箱")
    box(pg, ["霁港日报", cn_date(2038, 5, 13), "第5版　开放·口岸", "责任编辑：吴砚秋"], "page header with 责任编辑")
    a = Article(
        "a", "前4个月霁港口岸进出口货值同比增长11.6%",
        head=["前4个月霁港口岸进出口", "货值同比增长11.6%"],
        byline="本报记者　俞晚舟", authors=["俞晚舟"],
        notes="Lead: headline on two lines (joined). The standfirst block under the headline is a display block, "
              "neither subtitle nor body (as the standfirsts of handmade84/85). Byline line 本报记者 X. The plain "
              "crossheads (跨境电商包裹量翻番, 冷链查验“随到随检”) are body lines. No blank line anywhere on the page; "
              "lines are cut inside numbers. The customs official quoted (柏知远) is not an author.",
        paras=[
            "记者从霁港海关获悉，今年前4个月，经霁港口岸进出口货物总值1286.4亿元，同比增长11.6%，其中出口793.2亿元，增长14.3%；进口493.2亿元，增长7.5%。口岸监管进出境船舶3260艘次，集装箱吞吐量136.8万标箱。",
            Cross("跨境电商包裹量翻番"),
            "在霁港综合保税区跨境电商监管中心，分拣线上的包裹正源源不断地通过查验设备。前4个月，霁港口岸跨境电商出口申报清单4120万票，同比增长108%，货值63.7亿元。海关推行“提前申报、卡口验放”模式，包裹从入区到装车平均只需2小时。",
            Cross("冷链查验“随到随检”"),
            "进口冷链食品是口岸的另一大增长点。前4个月，霁港口岸进口冻肉、水产品、水果等冷链食品42.6万吨，同比增长19.4%。为保障冷链货物快速通关，海关在冷链查验平台实行全天候预约查验，查验时间比去年缩短40%。",
            "霁港海关副关长柏知远表示，下一步将深化“智慧口岸”建设，推广船边直提、抵港直装等便利措施，进一步压缩整体通关时间。",
        ])
    pg.headline(a)
    box(pg, wrap("跨境电商、冷链食品和新能源产品，成为拉动口岸业务增长的“三驾马车”。", 18),
        "standfirst under the headline: not body")
    pg.line(a, a.byline, "byline")
    pg.emit(a, render_chars(pg, a))
    b = Article(
        "b", "霁港至岩城海铁联运班列开行",
        byline="本报岩城5月12日电（记者　凌雪舟）", authors=["凌雪舟"], lead="本报岩城5月12日电（记者　凌雪舟）",
        notes="Out-of-town run-in dateline 本报岩城5月12日电（记者 X） (wrapped over two lines) excluded from first.",
        paras=[
            "5月12日，一列满载汽车零部件和家电的海铁联运班列从岩城国际陆港驶出，货物将在霁港港口装船出口。这是两地合作开行的首条常态化海铁联运线路，全程运输时间比公路运输缩短一天，每标箱物流成本降低约600元。",
            "按计划，该班列初期每周开行2列，年底前加密至每天1列。",
        ])
    pg.headline(b, lines=wrap(b.title, 18))
    pg.emit(b, render_chars(pg, b))
    box(pg, ["口岸观察"], "column label 口岸观察")
    c = Article(
        "c", "通关再快一点，企业底气就足一点", section="口岸观察", kind="commentary",
        byline="特约评论员　潘予安", authors=["潘予安"],
        notes="Comment under the label 口岸观察 (section), byline line 特约评论员 X: a named special commentator, "
              "the author (unlike an unnamed 本报评论员). Kind commentary.",
        paras=[
            "对外贸企业来说，时间就是成本。一批货物在码头多等一天，企业就要多付一天的堆存费，订单交付也多一分风险。",
            "这几年，口岸通关时间大幅压缩，但企业的期待还在提高。通关便利化不能只盯着“秒放”的数字，更要在查验标准统一、收费公开透明、信息一次申报上下功夫，让企业把省下的时间和成本真正投到开拓市场上去。",
        ])
    pg.headline(c, lines=wrap(c.title, 18))
    pg.line(c, c.byline, "byline")
    pg.emit(c, render_chars(pg, c))
    d = Article(
        "d", "首批中小外贸企业获海关高级认证",
        byline="（通讯员　葛晴）", authors=["葛晴"],
        notes="Signed at its END by （通讯员 X） on a line of its own after the last paragraph: that line is the "
              "byline, not body; the 通讯员 is the author.",
        paras=[
            "近日，霁港6家中小外贸企业通过海关高级认证，成为全市首批获此认证的中小企业。获证企业在通关时可享受较低查验率、优先办理等便利措施，在与我国互认的国家和地区通关时，同样可享受便利待遇。",
        ])
    pg.headline(d, lines=wrap(d.title, 18))
    pg.emit(d, render_chars(pg, d))
    pg.line(d, d.byline, "byline")
    box(pg, ["口岸数据（1—4月）", "进出境旅客　96.4万人次", "　　　　　　增长31.0%", "进出境航班　6820架次",
             "　　　　　　增长24.6%", "中欧班列　　212列", "　　　　　　增长18.4%"], "口岸数据 box (not an article)")
    box(pg, ["本版投稿邮箱：kaifang@jgrb.cn"], "footer with 投稿邮箱", gap=False)
    return pg


PAGES = [md01, md02, md03, md04]
