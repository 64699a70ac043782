"""Pages lm05-lm08 of handmade69 (development set; all papers, exchanges, agencies, names, firms, codes, places
and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap
from pages_a import cbody, verse


# ---------------------------------------------------------------------------
def lm05() -> Page:
    """Securities paper 评论 page, NO indent: label 首席视点 over a column with the columnist's title line (no mark)
    under its headline; 观点摘要 box; label 策略周评 over a column signed 文／X with 作者系 line; label 快评 over a
    comment signed at its END (right-aligned name); 投资者教育 item with run-in 本报讯（记者 X）."""
    pg = Page("lm05.txt", cols=36, indent="", blanks="some", seed=6905, p_para=0.3, p_gap=0.8,
              style="securities paper 评论 page, NO indent, blank lines sometimes (so some paragraph ends show only as short lines): header on three lines (版名 评论; paper; date with weekday + A3); label 首席视点 over an analyst column whose headline is followed by the columnist's title line firm+post　NAME (no mark); 观点摘要 box of three ◎ one-line views attributed to firms; label 策略周评 over a column with byline line 文／X and （作者系…） after the body; label 快评 over a comment signed at its END (name right-aligned on a line of its own); 投资者教育 item with run-in 本报讯（记者 X）; footer")
    pg.furniture(["评论",
                  "岚港证券导报",
                  cn_date(2035, 2, 6) + "　A3"], "page header")
    pg.blank()
    pg.furniture(["首席视点"], "column label 首席视点")
    a = Article(
        "a", "从“量的增长”到“质的回报”", section="首席视点", kind="commentary",
        byline="华岚证券首席经济学家　鲁启明", authors=["鲁启明"],
        notes="Analyst column under the label 首席视点 (section). **new:** the columnist's title line (firm + post　NAME, "
              "no mark) printed under the headline is the byline; the analyst is the author. Kind commentary.",
        paras=[
            "过去十年，资本市场的扩容速度有目共睹：上市公司数量从不足3000家增至5600余家，总市值突破百万亿元。但与规模扩张相比，投资者的获得感并没有同步提升。",
            "今年以来，监管层密集出台提高上市公司质量、强化分红约束、严格退市标准等举措，政策导向十分清晰：资本市场要从“融资端”更多转向“投资端”。2034年，全市场现金分红总额达到2.31万亿元，股利支付率提高至38.6%，都是积极的信号。",
            "我们判断，随着回报率的改善，长期资金入市的意愿将进一步增强。对于投资者而言，高股息、低估值、现金流稳定的资产，有望在较长时间内获得估值重塑的机会。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["观点摘要",
                  "◎北辰证券：春节后市场有望迎来“开门红”",
                  "◎澄信证券：关注一季报预增的高端制造",
                  "◎汇川证券：消费复苏节奏或慢于预期"], "观点摘要 box (not an article)")
    pg.gap()
    pg.furniture(["策略周评"], "column label 策略周评")
    b = Article(
        "b", "节后行情不必过度悲观", section="策略周评", kind="commentary",
        byline="文／蔺秋水", authors=["蔺秋水"],
        notes="Column under the label 策略周评 (section), byline line 文／X; the line （作者系…所长） after the body is "
              "not body. Kind commentary.",
        paras=[
            "春节前最后一周，市场成交明显萎缩，日均成交额回落至7800亿元左右，部分资金选择持币过节。",
            "从历史经验看，节后首周市场上涨的概率超过七成。当前市场整体市盈率处于近十年30%分位附近，估值并不算高；与此同时，节后专项债发行提速、重大项目集中开工，都将对市场情绪形成支撑。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "（作者系北辰证券研究所所长）", "affiliation")
    pg.gap()
    pg.furniture(["快评"], "column label 快评")
    c = Article(
        "c", "分红“铁公鸡”该拔毛了", section="快评", kind="commentary",
        byline="江浸月", authors=["江浸月"],
        notes="Comment under the label 快评 (section) signed at its END: the name right-aligned on a line of its own "
              "after the body is the byline (written without its leading U+3000s); the writer is the author.",
        paras=[
            "据统计，仍有近600家连续五年盈利的上市公司从未进行现金分红，其中不乏账面货币资金充裕者。有能力分红而长期不分，既损害中小股东利益，也扭曲了市场的估值逻辑。新规对此类公司实施风险警示，正当其时。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, FW * 31 + c.byline, "byline")
    pg.gap()
    d = Article(
        "d", "警惕“荐股群”新套路",
        byline="本报讯（记者　闻人语）", authors=["闻人语"], lead="本报讯（记者　闻人语）",
        notes="Investor-education item. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "岚港证监局近日发布风险提示，部分不法分子以“免费荐股”“内幕消息”为诱饵，将投资者拉入所谓“股票交流群”，再诱导其下载虚假交易软件入金。投资者应通过证券公司官方渠道开户交易，切勿向个人账户转账。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：韦青崖　　校对：宁一舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lm06() -> Page:
    """Securities daily 公司 page with column breaks: company feature (kicker, headline, ——副题, byline 本报记者 X
    见习记者 Y) cut in two by a 主要财务数据 table, photo caption after it; label 公司速递 over three ◆ briefs."""
    pg = Page("lm06.txt", cols=26, indent=FW, blanks="some", colbreak=12, seed=6906, p_para=0.4, p_gap=0.85,
              style="securities daily 公司 page indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on three lines (paper; date with weekday; A6　公司); company feature with 引题 kicker, headline of two phrases parted by U+3000, ——副题 naming the firm and its stock code, byline line 本报记者 X　见习记者 Y, a 主要财务数据 table printed BETWEEN two paragraphs and a ▲ photo caption with credit after the body; label 公司速递 over three briefs with ◆ headlines on their own lines (two credits run in at the end); footer")
    pg.furniture(["鹭汀证券日报",
                  cn_date(2034, 8, 9),
                  "A6　公司"], "page header")
    pg.blank()
    a = Article(
        "a", "储能订单排到年底宁澄新能扩产提速", head=["储能订单排到年底　宁澄新能扩产提速"],
        subtitle="——宁澄新能（688532）调研记",
        byline="本报记者　温其渊　见习记者　骆知秋", authors=["温其渊", "骆知秋"],
        notes="Company feature: kicker 深度调研 is neither title nor subtitle; headline of two phrases parted by U+3000, "
              "joined; ——副题 with the stock code is the subtitle. Byline line 本报记者 X　见习记者 Y: **new:** the 见习记者 "
              "is an author like 实习生. The 主要财务数据 table between two paragraphs is not body (body in pieces); "
              "the ▲ caption after the body is not body. The chairman quoted (宗海平) is not an author.",
        paras=[
            "走进宁澄新能位于鹭汀高新区的储能电池生产基地，三条全自动产线正满负荷运转。“今年的订单已经排到了12月，海外客户占了一半以上。”公司董事长宗海平对记者说。",
            "半年报显示，公司上半年实现营业收入68.35亿元，同比增长52.7%；归母净利润7.92亿元，同比增长61.3%。储能系统出货量达到9.6GWh，其中欧洲、中东市场出货量分别增长1.3倍和2.1倍。",
            "为满足订单需求，公司投资42亿元的二期基地预计年底投产，届时储能电芯年产能将由20GWh提升至45GWh。宗海平表示，公司将把研发投入占比保持在6%以上，重点突破长时储能和钠离子电池技术。",
            "不过，行业竞争加剧也带来压力。上半年公司储能系统平均售价同比下降约18%，毛利率较上年同期回落1.6个百分点。",
        ])
    pg.kicker(a, "深度调研")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.blank()
    pg.furniture(["宁澄新能主要财务数据（2034年上半年）",
                  "项目　　　　金额　　 同比",
                  "营业收入　　68.35亿元 +52.7%",
                  "归母净利润　7.92亿元　+61.3%",
                  "研发投入　　4.27亿元　+38.9%",
                  "经营现金流　9.81亿元　+74.2%"], "主要财务数据 table printed between two paragraphs (not body)")
    pg.blank()
    pg.body(a, start=2)
    pg.furniture(wrap("▲宁澄新能储能电池生产基地的自动化产线。　本报记者　温其渊　摄", 26),
                 "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["公司速递"], "column label 公司速递")
    b1 = Article("b1", "江屿科技中标12.6亿元算力项目", head=["◆江屿科技中标12.6亿元算力项目"], section="公司速递",
                 byline="（记者　骆知秋）", authors=["骆知秋"], tail="（记者　骆知秋）",
                 notes="Brief of the 公司速递 strip (section), headline after the mark ◆ (not part of the title); "
                       "credit （记者 X） run in at the end excluded from last.",
                 paras=["江屿科技（300854）8月8日晚间公告，公司成为鹭汀市智算中心二期项目的中标单位，中标金额12.6亿元，约占公司上年营业收入的47%。"])
    b2 = Article("b2", "云帆股份重组获交易所受理", head=["◆云帆股份重组获交易所受理"], section="公司速递",
                 notes="Brief of the 公司速递 strip with no credit: no authors.",
                 paras=["云帆股份（603295）发行股份购买资产申请已获受理，公司拟以每股11.08元的价格向交易对方发行股份，收购澄南精密100%股权，交易作价23.5亿元。"])
    b3 = Article("b3", "海岳股份获社保基金调研", head=["◆海岳股份获社保基金调研"], section="公司速递",
                 byline="（符远）", authors=["符远"], tail="（符远）",
                 notes="Brief of the 公司速递 strip; the name in （X） run in at the end is the byline.",
                 paras=["海岳股份（600871）投资者关系活动记录表显示，8月5日至7日，公司接待了社保基金、公募基金等27家机构调研，重点交流了高端产品海外拓展情况。"])
    for art in (b1, b2, b3):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["责任编辑：穆晴　　校对：司徒小岚　　美编：容一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lm07() -> Page:
    """Investors' paper 行情 page in a narrow column: market wrap with run-in 本报讯（记者 X）; margin-financing
    article whose body comes FIRST and whose headline and byline are printed AFTER it; 资金流向 box; label 盘后点评
    over a comment with byline NAME（post）."""
    pg = Page("lm07.txt", cols=20, indent=FW * 2, blanks="para", seed=6907,
              style="investors' paper 行情 page in a narrow column, numbers and codes broken across lines, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; B1　行情·数据) wider than the column; market wrap (headline of two phrases parted by U+3000) with run-in 本报讯（记者 X）; margin-financing article whose body comes FIRST and whose headline (figures) and byline line 本报记者 X are printed AFTER it; 主力资金流向 box; label 盘后点评 over a comment with byline line NAME（post）; footer")
    pg.furniture(["北辰投资者报",
                  cn_date(2036, 11, 4),
                  "B1　行情·数据　　本版编辑：蓝汀"], "page header")
    pg.blank()
    a = Article(
        "a", "创新板指领涨半导体板块爆发", head=["创新板指领涨　半导体板块爆发"],
        byline="本报讯（记者　符晓川）", authors=["符晓川"], lead="本报讯（记者　符晓川）",
        notes="Market wrap: headline of two phrases parted by U+3000, joined. Run-in 本报讯（记者 X） excluded from "
              "first; numbers broken across lines by the narrow column.",
        paras=[
            "11月3日，A股市场震荡分化，创新板指大涨3.14%，收报2386.72点；澄证综指微涨0.21%，收报3412.05点。",
            "半导体板块全天走强，板块指数上涨5.87%，澜芯微电（688719）、鹭汀晶圆（688302）等12只个股涨停。",
        ])
    pg.headline(a)
    pg.gap()
    cbody(pg, a)
    pg.gap()
    b = Article(
        "b", "两融余额回升至1.72万亿元", byline="本报记者　桑予", authors=["桑予"],
        notes="Article whose body is printed FIRST and whose headline of figures and byline line 本报记者 X come "
              "AFTER it (as ky06 of handmade55): title_line is the headline line after the body.",
        paras=[
            "截至11月2日，两市融资融券余额为17218.6亿元，较前一交易日增加96.3亿元，连续第五个交易日回升。其中融资余额16832.4亿元，融券余额386.2亿元。",
            "从行业看，电子、计算机、电力设备三个行业获融资净买入居前，合计净买入额占全市场的近六成。",
        ])
    cbody(pg, b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.furniture(["主力资金流向（11月3日）",
                  "净流入前三：",
                  "电子　　+86.4亿元",
                  "计算机　+41.2亿元",
                  "通信　　+23.7亿元",
                  "净流出前三：",
                  "银行　　-31.5亿元",
                  "食品饮料-27.9亿元",
                  "煤炭　　-18.6亿元"], "主力资金流向 box (not an article)")
    pg.gap()
    pg.furniture(["盘后点评"], "column label 盘后点评")
    c = Article(
        "c", "追涨需防“一日游”", section="盘后点评", kind="commentary",
        byline="许观澜（岚港投资顾问）", authors=["许观澜"],
        notes="Comment under the label 盘后点评 (section), byline line NAME（post）; the adviser who signs is the "
              "author. Kind commentary.",
        paras=[
            "半导体板块单日暴涨，与行业景气回升有关，但更多是消息面的短期刺激。历史上，类似的题材脉冲行情不乏“一日游”走势。",
            "建议投资者保持理性，优先关注有订单和业绩支撑的细分龙头，避免高位追涨。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    cbody(pg, c)
    pg.blank()
    pg.furniture(["校对：甄小鱼　　美编：杭一川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lm08() -> Page:
    """Fund weekly, NO indent: label 基金经理手记 over a column (byline □ NAME　post); label 基金快讯 over three items
    with 【】 headlines run in; ETF table; label 投资者问答 over a Q&A compiled by a reporter."""
    pg = Page("lm08.txt", cols=34, indent="", blanks="arts", seed=6908,
              style="fund weekly, NO indent, blank lines only between articles and blocks: header on two lines (paper + issue number; date with weekday + 第12版 基金·财富); label 基金经理手记 over a fund manager's column with byline line □ NAME　firm+post; label 基金快讯 over three items whose headlines are run in at the start in 【】 (two signed （X） at the end); ETF成交额前五 table; label 投资者问答 over a Q&A (intro line 本期答疑：…, byline line 本报记者 X　整理, 问：／答： paragraphs); footer")
    pg.furniture(["汇川基金周刊　　第417期",
                  cn_date(2035, 9, 15) + "　第12版　基金·财富"], "page header")
    pg.blank()
    pg.furniture(["基金经理手记"], "column label 基金经理手记")
    a = Article(
        "a", "写给持有人的一封信", section="基金经理手记", kind="commentary",
        byline="□ 穆远山　恒泰基金权益投资部总监", authors=["穆远山"],
        notes="Fund manager's column under the label 基金经理手记 (section): byline line □ NAME　firm+post; the fund "
              "manager writes it, so here he is the author (unlike the fund manager who answers in a Q&A). Kind "
              "commentary.",
        paras=[
            "过去一个季度，我们管理的产品净值回撤了约9%，我深知这对每一位持有人意味着什么。在这里，我想坦诚地谈谈我们做对了什么、做错了什么。",
            "做错的，是对消费复苏节奏过于乐观，在二季度末加仓了部分可选消费股，随后其业绩低于预期。做对的，是始终没有放弃对高端制造的配置，这部分持仓在三季度贡献了主要的正收益。",
            "市场短期的涨跌难以预测，但我们相信，优秀公司的价值终将体现。我们会继续做好研究，用更长的时间维度来回报大家的信任。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["基金快讯"], "column label 基金快讯")
    items = [
        ("b1", "首批科创债ETF集中上市", "（沈知夏）",
         "9月12日，首批6只科创债ETF在澄海证券交易所和岚港证券交易所集中上市，合计募集规模180亿元，上市首日成交额达到96.4亿元。"),
        ("b2", "公募基金三季度分红超400亿元", "",
         "据统计，三季度以来已有612只公募基金实施分红，累计分红金额412.7亿元，同比增长23%，其中债券型基金分红占比超过八成。"),
        ("b3", "恒泰基金旗下两只产品暂停大额申购", "（沈知夏）",
         "恒泰基金公告，为保护基金份额持有人利益，旗下恒泰红利优选、恒泰价值精选两只基金自9月16日起暂停单日单个账户50万元以上的申购。"),
    ]
    for key, title, tail, text in items:
        art = Article(key, title, section="基金快讯", lead="【" + title + "】", tail=tail,
                      byline=tail or None, authors=[tail[1:-1]] if tail else [],
                      notes="Item of the 基金快讯 strip whose headline is run in at the start in 【】: title_line is the "
                            "first body line, the bracketed headline excluded from first."
                            + (" The name in （X） run in at the end is the byline, excluded from last." if tail
                               else " No credit: no authors."),
                      paras=[text])
        pg.body(art, head_role=True)
        pg.blank()
    pg.furniture(["本周ETF成交额前五（亿元）",
                  "澄证50ETF　　　　　412.6",
                  "创新板50ETF　　　　387.9",
                  "科创债ETF澄信　　　96.4",
                  "岚证红利ETF　　　　71.3",
                  "半导体ETF北辰　　　65.8"], "ETF table (not an article)")
    pg.blank()
    pg.furniture(["投资者问答"], "column label 投资者问答")
    c = Article(
        "c", "基金分红越多越好吗？", section="投资者问答", kind="interview",
        byline="本报记者　沈知夏　整理", authors=["沈知夏"],
        notes="Q&A under the label 投资者问答 (section), compiled by a reporter (byline line 本报记者 X　整理: the "
              "compiler is the author). The intro line 本期答疑：… is body; the fund company's service centre that "
              "answers is no author. Kind interview (as the 科普问答 of handmade55 ky08).",
        paras=[
            "本期答疑：澄信基金投资者服务中心",
            "问：我买的基金今年分了三次红，是不是说明这只基金业绩很好？",
            "答：不一定。基金分红是把基金资产的一部分以现金形式返还给持有人，分红后基金净值会相应下降，持有人的总资产并不会因为分红而增加。判断基金业绩，应该看一段时间内的累计净值增长率。",
            "问：分红方式该选现金分红还是红利再投资？",
            "答：如果需要定期获得现金流，可以选择现金分红；如果打算长期持有，红利再投资可以发挥复利效应，而且再投资部分不收取申购费。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["主编：华一诺　　本版编辑：甘小雨　　校对：蒙青"], "footer")
    return pg


PAGES = [lm05, lm06, lm07, lm08]
