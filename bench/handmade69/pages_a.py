"""Pages lm01-lm04 of handmade69 (development set; all papers, exchanges, agencies, names, firms, codes, places
and figures invented)."""
from __future__ import annotations

from layout import FW, NO_END, NO_START, Article, Cross, Page, Raw, cn_date, squeeze, width


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (the kit's render_body needs a prose paragraph)."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


def cwrap(text: str, cols: float, first: str = "", rest: str = "") -> list[str]:
    """The kit's wrap, but breaking between ANY two characters, numbers and stock codes included (as a
    justified column of a securities page leaves 3286. / 47点 or （6018 / 77）), with the same kinsoku."""
    lines: list[str] = []
    cur, w = first, width(first)
    for tok in text:
        tw = width(tok)
        if w + tw > cols and squeeze(cur):
            if tok in NO_START:
                cur += tok
                w += tw
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = rest + carry
            w = width(cur)
        cur += tok
        w += tw
    if squeeze(cur):
        lines.append(cur)
    return lines


def crender(pg: Page, a: Article, cols: float | None = None, indent: str | None = None, start: int = 0,
            end: int | None = None, head_role: bool = False) -> list:
    """Page.render_body with cwrap (numbers may break across lines)."""
    cols = cols or pg.cols
    indent = pg.indent if indent is None else indent
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
            for j, ln in enumerate(cwrap(text, cols, indent, "")):
                extra = {(a.key, "title")} if (head_role and i == plain[0] and j == 0) else set()
                items.append(("line", ln, extra))
        elif isinstance(p, Cross):
            items.append(("line", p.text, set()))
        elif isinstance(p, Raw):
            items.extend(("line", ln, set()) for ln in p.lines)
    return items


def cbody(pg: Page, a: Article, **kw) -> None:
    pg.emit(a, crender(pg, a, **kw))


# ---------------------------------------------------------------------------
def lm01() -> Page:
    """Securities daily 市场 page: market wrap (kicker, headline of figures on two lines, byline line), 今日行情 box,
    label 市场观察 over an analyst column with the columnist's title line, label 公司速递 over three ■ briefs."""
    pg = Page("lm01.txt", cols=24, indent=FW * 2, blanks="arts", seed=6901,
              style="securities daily 市场·行情 page, numbers and stock codes broken across lines, blank lines only between articles and blocks: header on three lines (paper; date with weekday + A2版; 版名); market wrap with 引题 kicker, a headline of figures on two lines (澄证综指涨1.32% / 两市成交1.08万亿元) and byline line 本报记者 X; 今日行情 box (index, close, change); label 市场观察 over an analyst column with the columnist's title line ■ firm+post　NAME under its headline; label 公司速递 over three briefs with ■ headlines on their own lines (one signed （记者 X） run in at the end, one （X）, one none); footer with editor, proof-reader and designer")
    pg.furniture(["澄海证券报",
                  cn_date(2034, 3, 15) + "　A2版",
                  "市场·行情"], "page header")
    pg.blank()
    a = Article(
        "a", "澄证综指涨1.32%两市成交1.08万亿元", head=["澄证综指涨1.32%", "两市成交1.08万亿元"],
        byline="本报记者　郁青禾", authors=["郁青禾"],
        notes="Market wrap. Headline of figures printed on two lines, joined. The 引题 kicker 三大指数集体收红 is neither "
              "title nor subtitle (no ——副题). Byline line 本报记者 X. Index figures and stock codes are broken across "
              "lines by the column (3286. / 47点): the body is the lines as printed. Analysts quoted are not authors.",
        paras=[
            "3月14日，A股三大指数全天震荡走高。截至收盘，澄证综指报3286.47点，上涨1.32%；岚证成指报10872.15点，上涨1.68%；创新板指报2154.39点，上涨2.07%。两市全天成交额1.08万亿元，较上一交易日放量1263亿元。",
            "盘面上，半导体、储能、券商板块涨幅居前，煤炭、银行板块小幅调整。个股方面，两市共有4187只股票上涨，63只股票涨停，其中宁澄新能（688532）、澜芯微电（688719）盘中均创出年内新高。",
            "鼎盛证券策略分析师卓望川表示，成交额重回万亿元上方，显示增量资金入场意愿回升，短期市场有望延续震荡上行格局。",
        ])
    pg.kicker(a, "三大指数集体收红")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    cbody(pg, a)
    pg.blank()
    pg.furniture(["今日行情",
                  "指数　　　收盘　　　涨跌幅",
                  "澄证综指　3286.47　 +1.32%",
                  "岚证成指　10872.15　+1.68%",
                  "创新板指　2154.39　 +2.07%",
                  "澄证50　　2718.60　 +0.94%"], "今日行情 box (not an article)")
    pg.blank()
    pg.furniture(["市场观察"], "column label 市场观察")
    b = Article(
        "b", "结构性行情仍有延续空间", section="市场观察", kind="commentary",
        byline="■ 鼎盛证券首席策略分析师　卓望川", authors=["卓望川"],
        notes="**new:** analyst column under the label 市场观察 (section), with the columnist's title line (■ firm + "
              "post　NAME) under the headline: the line is the byline, the analyst who signs it is the author (he is "
              "the writer, not a person quoted). Kind commentary.",
        paras=[
            "开年以来，市场在政策预期与业绩验证之间反复摇摆，但结构性机会始终存在。从已披露的年报看，截至3月13日，已有612家公司发布2033年年报，其中净利润同比增长的公司占比达到58.7%，高端制造和新能源产业链的业绩弹性尤为突出。",
            "我们认为，二季度市场大概率仍以结构性行情为主。一方面，稳增长政策持续发力，流动性保持合理充裕；另一方面，部分行业估值已回到历史中枢之上，追高需要谨慎。配置上，建议关注业绩确定性较强的储能、算力基础设施以及高股息的公用事业板块。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    cbody(pg, b)
    pg.blank()
    pg.furniture(["公司速递"], "column label 公司速递")
    pg.blank()
    c1 = Article("c1", "远帆航运拟每10股派3.2元", head=["■远帆航运拟每10股派3.2元"], section="公司速递",
                 byline="（记者　郁青禾）", authors=["郁青禾"], tail="（记者　郁青禾）",
                 notes="Brief of the 公司速递 strip (section), headline on its own line after the mark ■ (not part of "
                       "the title). Credit （记者 X） run in at the end: byline, excluded from last.",
                 paras=["远帆航运（601877）3月14日晚间披露年报，公司2033年实现营业收入386.2亿元，同比增长11.4%；归属于上市公司股东的净利润30.05亿元，同比增长19.8%。公司拟向全体股东每10股派发现金红利3.2元（含税）。"])
    c2 = Article("c2", "澜芯微电获国家大基金增持", head=["■澜芯微电获国家大基金增持"], section="公司速递",
                 byline="（姚汀）", authors=["姚汀"], tail="（姚汀）",
                 notes="Brief of the 公司速递 strip; the name in （X） run in at the end is the byline, excluded from "
                       "last.",
                 paras=["澜芯微电（688719）公告，股东澄海集成电路产业投资基金于3月8日至13日通过集中竞价增持公司股份412.6万股，占总股本的0.98%，增持后合计持股比例升至6.02%。"])
    c3 = Article("c3", "北岬重工签订海外风电订单", head=["■北岬重工签订海外风电订单"], section="公司速递",
                 notes="Brief of the 公司速递 strip with no credit: no byline, no authors.",
                 paras=["北岬重工（600514）公告，公司与境外客户签订海上风电塔筒供货合同，合同金额约14.8亿元，约占公司上年营业收入的21%。"])
    for art in (c1, c2, c3):
        pg.headline(art)
        cbody(pg, art)
        pg.blank()
    pg.furniture(["本版责任编辑：左一鸣　　校对：邝小禾　　美编：季川"], "footer with editor, proof-reader, designer")
    return pg


# ---------------------------------------------------------------------------
def lm02() -> Page:
    """Financial daily 基金周刊 page: label 基金经理访谈 over a Q&A (——副题 访…基金经理 X, 问：/答：); fund
    performance table; fund issuance item with run-in 本报讯（记者 X）; label 基金视点 over a comment with 作者系 line;
    pension-fund item with byline 本报记者 X　实习生 Y."""
    pg = Page("lm02.txt", cols=30, indent="  ", blanks="para", seed=6902,
              style="financial daily 基金周刊 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on two lines (paper + date with weekday; B3　基金周刊); label 基金经理访谈 over a fund-manager Q&A: headline, ——副题 访…基金经理X, byline line 本报记者 X, intro paragraph, then 问：／答： paragraphs; 基金业绩 table (title, header row, five rows, 数据来源); fund issuance item with run-in 本报讯（记者 X）; label 基金视点 over a comment with byline line □ X and the line （作者系…） after the body; pension-fund item with byline line 本报记者 X　实习生 Y; footer")
    pg.furniture(["衡川金融日报　　" + cn_date(2034, 5, 22),
                  "B3　基金周刊"], "page header")
    pg.blank()
    pg.furniture(["基金经理访谈"], "column label 基金经理访谈")
    pg.blank()
    a = Article(
        "a", "在确定性中寻找成长的弹性", section="基金经理访谈", kind="interview",
        subtitle="——访恒岳基金权益投资部总监、恒岳远见混合基金经理邵明川",
        byline="本报记者　龚禾", authors=["龚禾"],
        notes="Q&A with a fund manager under the label 基金经理访谈 (section): ——副题 is the subtitle; byline line "
              "本报记者 X (the reporter is the author); the fund manager who answers (邵明川) is not. Body: intro "
              "paragraph, then 问：／答： paragraphs. Kind interview.",
        paras=[
            "今年以来，权益市场波动加大，主动权益基金业绩分化明显。截至5月20日，恒岳远见混合基金年内收益率为12.36%，在同类产品中排名前10%。日前，记者专访了该基金的基金经理邵明川。",
            "问：今年市场风格切换频繁，您如何应对？",
            "答：我们不太去预测风格，而是坚持自下而上选股。组合中大约六成仓位是业绩确定性较高的龙头公司，另外四成配置在处于产业拐点、盈利有望加速的成长股上，两者形成互补。",
            "问：目前组合的重点方向有哪些？",
            "答：主要是三条线。一是新型储能和电网设备，海外订单增长超出预期；二是算力基础设施，特别是光模块和液冷；三是部分估值处于低位、分红稳定的消费龙头。",
            "问：对下半年市场怎么看？",
            "答：整体偏乐观。上市公司盈利有望在二季度见底回升，而市场估值仍处于历史中低位。当然，外部不确定性仍在，我们会把回撤控制放在重要位置，单一个股持仓原则上不超过净值的6%。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["部分偏股混合型基金业绩一览（截至5月20日）",
                  "基金名称　　　　　年内收益　近一年收益",
                  "恒岳远见混合　　　12.36%　　18.92%",
                  "澄信成长精选　　　9.81%　　 15.47%",
                  "岚港价值优选　　　8.64%　　 11.20%",
                  "北辰新能源主题　　7.95%　　 -3.18%",
                  "汇川稳健回报　　　5.12%　　 6.73%",
                  "数据来源：衡川基金研究中心"], "基金业绩 table (not an article)")
    pg.blank()
    b = Article(
        "b", "前4个月新发基金规模超3200亿元",
        byline="本报讯（记者　龚禾）", authors=["龚禾"], lead="本报讯（记者　龚禾）",
        notes="Fund issuance item. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "衡川基金研究中心数据显示，今年前4个月，全市场共成立新基金387只，合计募集规模3216.8亿元，同比增长21.5%。其中，债券型基金募集1684.2亿元，占比超过一半；指数型基金募集规模同比增长46%，成为权益类产品中的亮点。",
            "5月以来，新基金发行节奏有所放缓，截至5月20日共成立新基金43只，募集规模287亿元。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["基金视点"], "column label 基金视点")
    pg.blank()
    c = Article(
        "c", "费率改革让利投资者之后", section="基金视点", kind="commentary",
        byline="□ 司空瑾", authors=["司空瑾"],
        notes="Comment under the label 基金视点 (section), byline line □ X under the headline. **new:** the line "
              "（作者系…） after the body (the writer's post) is neither body nor byline. Kind commentary.",
        paras=[
            "公募基金费率改革实施一年多来，主动权益基金管理费率普遍由1.5%降至1.2%以下，托管费率同步下调，每年为投资者节省费用超过百亿元。",
            "降费只是第一步。对基金公司而言，更重要的是把让利转化为长期业绩，把“重规模”转向“重回报”。只有让持有人真正赚到钱，行业才能走出“基金赚钱、基民不赚钱”的怪圈。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者系岚港大学金融研究院研究员）", "affiliation")
    pg.gap()
    d = Article(
        "d", "两只养老目标基金获批发行",
        byline="本报记者　龚禾　实习生　穆小楠", authors=["龚禾", "穆小楠"],
        notes="Fund item with byline line 本报记者 X　实习生 Y: both are authors.",
        paras=[
            "记者获悉，澄信养老目标日期2050五年持有期混合基金、北辰养老目标风险稳健一年持有期混合基金近日获批，预计6月上旬开始发售。截至目前，市场上养老目标基金已达312只，总规模约1120亿元。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：岑若水　　校对：包一苇　　版式：洪小满"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lm03() -> Page:
    """Securities daily 公告快讯 page with NO blank line: label 公告快讯 over four briefs whose headlines are run in
    at the start (firm：fact, then U+3000); regulatory item; 停复牌 box; footer."""
    pg = Page("lm03.txt", cols=32, indent=FW * 2, blanks="never", seed=6903,
              style="securities daily 公司·公告 page with NO blank line anywhere: header on three lines (paper; date with weekday + A8; 版名 + 责任编辑); label 公告快讯 over four briefs whose bold headline (firm：fact) is run in at the start of the first line and parted from the text by U+3000 (one signed （X） at the end); regulatory item (证监局 警示函) with a headline on its own line and run-in 本报讯（记者 X）; 停复牌提示 box; footer with proof-reader")
    pg.furniture(["鼎泰证券时报",
                  cn_date(2034, 4, 21) + "　A8",
                  "公司·公告　　责任编辑：戚望舒"], "page header")
    pg.furniture(["公告快讯"], "column label 公告快讯")
    briefs = [
        ("c1", "汇能科技：拟回购不超过3亿元股份", "",
         "汇能科技（300617）4月20日晚间公告，公司拟以集中竞价方式回购股份，回购金额不低于1.5亿元、不超过3亿元，回购价格不超过每股38.60元，回购股份将用于员工持股计划。"),
        ("c2", "海岳股份：一季度净利润同比增长35.2%", "",
         "海岳股份（600871）一季报显示，公司一季度实现营业收入52.74亿元，同比增长18.6%；净利润4.13亿元，同比增长35.2%。公司表示，业绩增长主要得益于高端产品销量提升和原材料成本下降。"),
        ("c3", "宁川药业：子公司获药品注册证书", "",
         "宁川药业（002918）公告，全资子公司宁川制药近日收到国家药品监督管理部门核准签发的澄格列汀缓释片《药品注册证书》，该药品主要用于治疗2型糖尿病。"),
        ("c4", "北岬港务：控股股东拟减持不超过2%股份", "（吕岩）",
         "北岬港务（601326）公告，控股股东北岬港口集团计划自公告披露之日起15个交易日后的3个月内，以集中竞价和大宗交易方式减持公司股份不超过3862万股，即不超过总股本的2%。"),
    ]
    for key, title, tail, text in briefs:
        art = Article(key, title, section="公告快讯", lead=title + FW, tail=tail,
                      byline=tail or None, authors=[tail[1:-1]] if tail else [],
                      notes="**new:** brief of the 公告快讯 strip (section) whose bold headline (firm：fact) is run in at "
                            "the start of its first line, parted from the text by U+3000 (extraction drops the bold): "
                            "the run-in headline is the title, its title_line the first body line, and it is excluded "
                            "from first (as the 【】 headlines of handmade55 ky07)."
                            + (" The name in （X） run in at the end is the byline, excluded from last." if tail else
                               " No credit: no byline, no authors."),
                      paras=[text])
        pg.body(art, head_role=True)
    d = Article(
        "d", "澄海证监局对两家上市公司出具警示函",
        byline="本报讯（记者　戚望舒）", authors=["戚望舒"], lead="本报讯（记者　戚望舒）",
        notes="Regulatory news item. Run-in 本报讯（记者 X） excluded from first. The reporter is also the page's "
              "editor (责任编辑 in the header); she is an author of this item only through its dateline.",
        paras=[
            "澄海证监局4月20日发布行政监管措施决定书，因未及时披露关联交易和对外担保事项，对澄南控股（000738）、云帆股份（603295）分别采取出具警示函的监管措施，并记入证券期货市场诚信档案。",
            "决定书显示，澄南控股2033年为关联方提供担保合计2.6亿元，未履行审议程序和信息披露义务；云帆股份与关联方发生的日常关联交易金额超出预计额度1.14亿元，未及时补充审议并披露。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["停复牌提示",
                  "停牌：云帆股份（603295）　筹划重大资产重组",
                  "复牌：江屿科技（300854）　重大事项核查完毕",
                  "复牌：澄南控股（000738）　4月21日开市起"], "停复牌提示 box (not an article)")
    pg.furniture(["本版校对：柯小棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lm04() -> Page:
    """Financial daily 债券 page with a blank line after EVERY line: bond-market report (byline 本报记者 X　实习生 Y),
    利率 table, label 债市观察 over a comment with 作者系 line at the end, 地方债 item with run-in 本报讯."""
    pg = Page("lm04.txt", cols=22, indent="  ", blanks="every", seed=6904,
              style="financial daily 债券 page extracted with a blank line after EVERY line, numbers broken across lines: header on two lines (paper + date with weekday; B2　债券·固收); bond-market report with a headline of figures and byline line 本报记者 X　实习生 Y; 银行间主要利率 table; label 债市观察 over a comment with byline line ■ X and （作者系…首席分析师） after the body; 地方债 item with run-in 本报讯（记者 X）; footer")
    pg.furniture(["金桥财经日报　" + cn_date(2034, 5, 29),
                  "B2　债券·固收"], "page header")
    a = Article(
        "a", "10年期国债收益率下行3.5个基点",
        byline="本报记者　庄以宁　实习生　喻可", authors=["庄以宁", "喻可"],
        notes="Bond-market report; headline of figures. Byline line 本报记者 X　实习生 Y: both are authors. Yields "
              "and amounts are broken across lines by the narrow column. The trader quoted is not an author.",
        paras=[
            "5月28日，债市延续强势。银行间市场10年期国债活跃券收益率下行3.5个基点至2.1675%，30年期国债活跃券收益率下行4.2个基点至2.3810%，均创近两个月新低。",
            "资金面方面，央行当日开展2860亿元7天期逆回购操作，中标利率持平于1.55%。隔夜回购加权利率下行6个基点至1.4812%。",
            "“月末资金面好于预期，叠加部分经济数据偏弱，配置盘入场积极。”一位券商固收交易员表示。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    cbody(pg, a)
    pg.furniture(["银行间主要利率（5月28日）",
                  "品种　　 利率(%)　变动(BP)",
                  "隔夜　　 1.4812　 -6.0",
                  "7天　　　1.6235　 -2.4",
                  "1年国债　1.5120　 -1.8",
                  "10年国债 2.1675　 -3.5"], "银行间主要利率 table (not an article)")
    pg.furniture(["债市观察"], "column label 债市观察")
    b = Article(
        "b", "利率下行空间仍需理性看待", section="债市观察", kind="commentary",
        byline="■ 甘露白", authors=["甘露白"],
        notes="Comment under the label 债市观察 (section), byline line ■ X; the line （作者系…首席分析师） after the body is "
              "not body. Kind commentary.",
        paras=[
            "近期长端利率快速下行，10年期国债收益率距离前期低点仅剩不到5个基点，市场对进一步降息的预期有所升温。",
            "但也要看到，当前利率已处于历史低位，继续下行需要基本面和政策面的共同配合。投资者不宜过度拉长久期，可适当关注中短端信用债的票息价值。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    cbody(pg, b)
    pg.line(b, "（作者系兴澜证券固定收益首席分析师）", "affiliation")
    c = Article(
        "c", "本周地方债计划发行1860亿元",
        byline="本报讯（记者　庄以宁）", authors=["庄以宁"], lead="本报讯（记者　庄以宁）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "据统计，本周（5月27日至31日）共有14个省份计划发行地方政府债券1860.43亿元，其中新增专项债1124.6亿元，再融资债券735.83亿元。",
        ])
    pg.headline(c)
    cbody(pg, c)
    pg.furniture(["责任编辑：傅澄　　校对：游小荷"], "footer")
    return pg


PAGES = [lm01, lm02, lm03, lm04]
