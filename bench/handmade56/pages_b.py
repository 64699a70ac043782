"""Pages kz05-kz08 of handmade56 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, width, wrap


def en(text: str, cols: float, indent: str = "") -> list[str]:
    """An English paragraph broken between words at the column width (ASCII counts half a full-width
    character), as a Latin paragraph in a Chinese column is set: no word is cut."""
    out, cur = [], indent
    for w in text.split():
        trial = cur + (" " if cur.strip() else "") + w
        if width(trial) > cols and cur.strip():
            out.append(cur)
            cur = w
        else:
            cur = trial
    if cur.strip():
        out.append(cur)
    return out


# ---------------------------------------------------------------------------
def kz05() -> Page:
    """Evening paper 财富周刊 page extracted with a blank line after EVERY line, in a narrow column: consumption
    story with a Latin headline start (Z世代, IP) and byline line ◇本报记者 X; trade-in item with run-in
    本报讯（记者 X　实习生 Y） (SUV, BEV); CPI item with ——副题 and byline line 本报记者 X."""
    pg = Page("kz05.txt", cols=20, indent="  ", blanks="every", seed=5605,
              style="evening paper 财富周刊 page indented with two ASCII spaces, extracted with a blank line after EVERY line, narrow column: header on two lines (paper·周刊名; date with weekday + A10); consumption story whose headline opens with Latin (Z世代撑起“IP联名”消费) and byline line ◇本报记者 X; trade-in item (SUV, BEV, 1.5万元) with run-in 本报讯（记者 X　实习生 Y）; CPI item with headline opening with a month figure, ——副题 and byline line 本报记者 X; footer with editor and 组版")
    pg.furniture(["霁湾晚报·财富周刊",
                  cn_date(2036, 9, 5) + "　A10"], "page header")
    a = Article(
        "a", "Z世代撑起“IP联名”消费",
        byline="◇本报记者　苗予安", authors=["苗予安"],
        notes="Headline opening with Latin (Z世代) and containing IP, written as printed. Byline line ◇本报记者 X "
              "(the ◇ is a mark). The shopper and the manager quoted are not authors.",
        paras=[
            "排队两小时，只为买一盒联名款雪糕。上周末，霁湾万象里商场一家茶饮店推出与国产动画IP“萌岛”的联名套餐，首日售出1.8万杯，周边徽章一度断货。",
            "“买的不是饮料，是快乐和社交话题。”00后顾客阮糖糖说。商场运营经理宫立言告诉记者，今年以来商场已举办IP快闪活动23场，活动期间客流平均增长35%，18岁至30岁顾客占比超过六成。",
            "业内人士提醒，IP联名热度来得快、去得也快，商家还需在产品品质上下功夫，避免“一次性消费”。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "新能源车“以旧换新”补贴加码",
        byline="本报讯（记者　苗予安　实习生　甘露）", authors=["苗予安", "甘露"],
        lead="本报讯（记者　苗予安　实习生　甘露）",
        notes="Run-in 本报讯（记者 X　实习生 Y） (wrapped over the first lines of the narrow column) excluded from first; "
              "reporter and 实习生 are both authors. SUV and BEV are part of the text.",
        paras=[
            "霁湾市商务局9月4日发布通知，即日起至12月31日，个人消费者报废旧车并购买纯电动车（BEV）的，最高可获补贴1.5万元；置换购买新能源SUV的，补贴标准提高至8000元。",
            "据统计，今年1至8月全市新能源汽车零售量达到4.6万辆，渗透率升至52.3%。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "8月CPI同比上涨0.9%", subtitle="——鲜菜价格环比回落",
        byline="本报记者　冼若谷", authors=["冼若谷"],
        notes="Headline opening with a figure and Latin CPI, written as printed; ——副题 is the subtitle. Byline "
              "line 本报记者 X.",
        paras=[
            "霁湾调查队最新数据显示，8月份全市居民消费价格指数（CPI）同比上涨0.9%，环比持平。其中，食品价格同比上涨1.4%，鲜菜价格受天气转好影响环比下降3.2%；服务价格上涨1.1%，旅游和教育服务价格涨幅居前。",
        ])
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["责任编辑：阚晓霜", "组版：卢一鸣"], "footer with editor and 组版")
    return pg


# ---------------------------------------------------------------------------
def kz06() -> Page:
    """产经 weekly 出海·品牌 page, NO indent, plus column breaks: lead with ——副题 naming a product series
    (XR-500) and a photo caption after it; an article whose body comes FIRST and whose headline and byline are
    printed AFTER it; label 出海观察 over a comment; item with run-in 本报讯（通讯员 X）."""
    pg = Page("kz06.txt", cols=36, indent="", blanks="some", colbreak=11, seed=5606, p_para=0.3, p_gap=0.7,
              style="产经 weekly 出海·品牌 page, NO indent, blank lines sometimes, plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on three lines (paper; date with weekday; 第9版 + 版名 出海·品牌); lead with ——副题 naming a product series (XR-500), byline line 本报记者 X　通讯员 Y, Latin in the text (EPC, S-Link, CE), photo caption with credit X　摄 after the body; an article whose body comes FIRST and whose headline (独立站, DTC) and byline line 本报记者 X are printed AFTER it; label 出海观察 over a comment with byline line 文／X and （作者系…） after it; item with run-in 本报讯（通讯员 X） and a dollar figure; footer with editor")
    pg.furniture(["滨江产经周报",
                  cn_date(2036, 10, 16),
                  "第9版　出海·品牌"], "page header")
    pg.blank()
    a = Article(
        "a", "国产工程机械海外营收首超国内", subtitle="——澜岳重工XR-500系列在埃斯特兰等市场走俏",
        byline="本报记者　商望舒　通讯员　鞠一凡", authors=["商望舒", "鞠一凡"],
        notes="Lead with ——副题 naming a product series (XR-500); byline line 本报记者 X　通讯员 Y: both authors. The "
              "photo caption after the body, credited to the 通讯员 (鞠一凡　摄), is not body. Column breaks fall "
              "inside paragraphs. The executive quoted (戈振声) is not an author.",
        paras=[
            "10月15日，澜岳重工发布前三季度经营数据：公司实现营业收入286.4亿元，其中海外收入148.9亿元，占比达到52%，海外营收首次超过国内。XR-500系列大型挖掘机累计出口1260台，成为公司出海的“拳头产品”。",
            "“五年前我们在海外主要靠价格，现在客户认的是可靠性和服务。”澜岳重工副总裁戈振声说。XR-500搭载公司自研的S-Link远程运维系统，海外客户可实时查看设备油耗、工时和故障代码，平均故障响应时间由72小时缩短至8小时。产品已通过CE等多项国际认证。",
            "除了卖设备，澜岳重工还以EPC总承包商的合作伙伴身份参与海外矿山和港口项目，提供“设备+服务+金融”一揽子方案。公司在埃斯特兰、马林多等地建立了7个区域配件中心，本地员工占比超过80%。",
            "业内人士分析，海外基建需求回暖、国产设备性价比和智能化优势凸显，是工程机械出口保持增长的主要原因。但也要看到，海外市场汇率波动、贸易壁垒等风险不容忽视。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["▲澜岳重工XR-500挖掘机在滨江港装船待运。　鞠一凡　摄"], "photo caption with credit (not body)")
    pg.blank()
    b = Article(
        "b", "跨境电商独立站“出海”渐成新潮",
        byline="本报记者　商望舒", authors=["商望舒"],
        notes="Article whose body comes FIRST (right after the photo caption of the lead) and whose headline and "
              "byline line are printed AFTER it: title_line is after body_end. Latin (DTC, SaaS) in the text. The "
              "founder quoted (桑若溪) is not an author.",
        paras=[
            "在平台之外自建品牌网站，正成为滨江不少外贸企业的新选择。记者从市商务局了解到，全市已有320余家企业搭建了跨境电商独立站，主打DTC（直面消费者）模式，覆盖家居、户外、宠物用品等品类。",
            "“在第三方平台上，流量和规则都不由自己掌握。”滨江一家户外家具企业创始人桑若溪说，公司独立站上线两年，复购率达到27%，毛利率比平台渠道高出约10个百分点。目前，市里已引入12家SaaS建站和海外营销服务商，为企业提供建站、支付、物流一站式服务。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.furniture(["出海观察"], "column label 出海观察")
    c = Article(
        "c", "品牌出海要过“合规关”", section="出海观察", kind="commentary",
        byline="文／郁远帆", authors=["郁远帆"],
        notes="Comment under the label 出海观察 (section), byline line 文／X; commentary. The line （作者系…副教授） "
              "after the body is neither body nor byline.",
        paras=[
            "从“产品出海”到“品牌出海”，企业面对的不只是更大的市场，还有更复杂的规则。数据跨境、知识产权、劳工标准、碳足迹披露，任何一个环节出了问题，都可能让多年积累的品牌声誉受损。",
            "合规不是出海的“附加题”，而是“必答题”。企业应尽早建立覆盖目标市场的合规体系，把合规成本算进经营成本，做到“走出去”与“守规矩”并重。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者系滨江大学国际商学院副教授）", "affiliation")
    pg.blank()
    d = Article(
        "d", "滨江港前三季度跨境电商出口货值增长38%",
        byline="本报讯（通讯员　司南）", authors=["司南"], lead="本报讯（通讯员　司南）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "滨江海关统计，前三季度经滨江港出口的跨境电商商品货值达34.2亿美元，同比增长38%，出口目的地覆盖86个国家和地区。其中，“9810”海外仓出口模式货值占比升至46%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：滕望川"], "footer with editor")
    return pg


# ---------------------------------------------------------------------------
def kz07() -> Page:
    """Financial daily 银行·保险 strip in a very narrow column: LPR item with a headline on two lines (Latin LPR
    and 3.45%) and run-in 本报讯（记者 X）; e-CNY item with byline line 本报记者 X　通讯员 Y; label 金融观察 over a
    comment; UBI insurance item signed （记者 X） at the end."""
    pg = Page("kz07.txt", cols=18, indent=FW, blanks="para", seed=5607,
              style="financial daily 银行·保险 strip in a very narrow column, indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 3　银行·保险); LPR item whose headline is printed on two lines (5年期以上LPR / 下调10个基点至3.45%) with run-in 本报讯（记者 X）; e-CNY item (headline opening with e-CNY) with byline line 本报记者 X　通讯员 Y wider than the column; label 金融观察 over a comment with byline line □ X; UBI car-insurance item signed （记者 X） run in at the end; footer wider than the column")
    pg.furniture(["溪川金融时报",
                  cn_date(2036, 11, 20),
                  "3　银行·保险"], "page header")
    pg.blank()
    a = Article(
        "a", "5年期以上LPR下调10个基点至3.45%",
        head=["5年期以上LPR", "下调10个基点至3.45%"],
        byline="本报讯（记者　卓映）", authors=["卓映"], lead="本报讯（记者　卓映）",
        notes="Headline printed on two lines (5年期以上LPR / 下调10个基点至3.45%), joined. Run-in 本报讯（记者 X） "
              "excluded from first. The analyst quoted (费书澄) is not an author.",
        paras=[
            "11月20日，新一期贷款市场报价利率（LPR）公布：1年期LPR为3.05%，5年期以上LPR为3.45%，分别较上期下调5个和10个基点。",
            "溪川银行首席经济学家费书澄认为，5年期以上LPR降幅更大，有利于降低居民房贷和企业中长期融资成本。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "e-CNY钱包开立数突破800万个",
        byline="本报记者　殷澄　通讯员　秦白", authors=["殷澄", "秦白"],
        notes="Headline opening with Latin e-CNY (digital yuan), written as printed. Byline line 本报记者 X　通讯员 Y, "
              "wider than the column: both authors.",
        paras=[
            "记者从人民银行溪川分行获悉，截至10月末，全省数字人民币（e-CNY）个人钱包开立数突破800万个，累计交易金额1260亿元，受理商户门店超过52万家。",
            "今年以来，数字人民币在公积金缴存、社保缴费和跨境零售等场景加快落地，“碰一碰”支付交易笔数同比增长3倍。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["金融观察"], "column label 金融观察")
    pg.blank()
    c = Article(
        "c", "“科创贷”要贷得准更要贷得稳", section="金融观察", kind="commentary",
        byline="□ 阎书白", authors=["阎书白"],
        notes="Comment under the label 金融观察 (section), byline line □ X; commentary.",
        paras=[
            "面向科技型企业的“科创贷”产品越来越多，但一些银行仍沿用看抵押、看报表的老办法，真正需要钱的初创企业贷不到。",
            "金融机构要把知识产权、研发投入和人才团队纳入授信评价，也要建立与科创企业成长周期相匹配的风险分担机制，让资金既敢投也投得稳。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "多家险企上线UBI车险产品",
        byline="（记者　卓映）", authors=["卓映"], tail="（记者　卓映）",
        notes="Headline with Latin UBI (usage-based insurance). The credit （记者 X） run in at the end is the "
              "byline, excluded from last.",
        paras=[
            "近日，省内4家财险公司陆续推出UBI车险产品，根据车主的行驶里程、驾驶时段和急刹车次数等数据差异化定价。试点期间，安全驾驶车主保费平均下降12%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：闻一舟　　校对：贺小满　　美编：孔澄"], "footer with editor, proof-reader and designer")
    return pg


# ---------------------------------------------------------------------------
def kz08() -> Page:
    """Financial daily 上市公司 page in a wide column: annual-report analysis (R&D, ROE, EBITDA) with byline line
    文｜本报记者 X and a table printed BETWEEN two paragraphs; interview with ——副题 and 记者：／NAME： paragraphs;
    item with run-in 本报讯（记者 X） and a stock code; short piece credited 撰文：X　编辑：Y; 更正 notice."""
    pg = Page("kz08.txt", cols=40, indent="  ", blanks="arts", seed=5608,
              style="financial daily 上市公司 page in a wide column, indented with two ASCII spaces, blank lines only between articles and blocks: header on two lines (paper + English name + date with weekday; B5 + 版名); annual-report analysis (R&D, ROE, EBITDA) with byline line 文｜本报记者 X and a table (title, header row, four rows, 数据来源) printed BETWEEN two paragraphs; label 对话 over an interview with ——副题, byline line 本报记者 X, intro, then 记者：／杭慕远： paragraphs (English terms GWh, LFP inside); item with run-in 本报讯（记者 X） and a stock code in its headline; short piece with byline line 撰文：X　编辑：Y (the editor is not an author); 更正 notice; footer with proof-reader")
    pg.furniture(["华穗财经报　HUASUI FINANCIAL DAILY　　" + cn_date(2037, 4, 28),
                  "B5　上市公司"], "page header")
    pg.blank()
    a = Article(
        "a", "年报透视：研发投入强度连续三年提升",
        byline="文｜本报记者　包听澜", authors=["包听澜"],
        notes="Headline with a colon after a series word (年报透视：) written as printed. Byline line 文｜本报记者 X. "
              "Latin (R&D, ROE, EBITDA) in the text. The table printed between two paragraphs is not body (body "
              "in pieces).",
        paras=[
            "截至4月27日，沪深北三市已有4821家上市公司披露2036年年报。本报统计显示，这些公司合计研发投入1.92万亿元，同比增长9.3%，研发投入占营业收入的比重（R&D强度）达到2.71%，连续三年提升。",
            "分板块看，科创板公司研发强度中位数为12.4%，创业板为5.6%，主板为3.1%。研发投入超过100亿元的公司有21家，较上年增加4家，集中在通信设备、汽车和半导体行业。",
            "值得注意的是，高研发投入并未拖累盈利能力。研发强度排名前20%的公司，平均ROE为9.8%，高于全部样本公司的8.1%；EBITDA利润率也高出约2.3个百分点。分析人士认为，研发投入正逐步转化为产品溢价和市场份额。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=2)
    pg.blank()
    pg.furniture(["2036年研发投入前四名上市公司",
                  "公司　　　　　　研发投入（亿元）　　R&D强度　　同比",
                  "泓宇通信　　　　486.2　　　　　　　18.6%　　　+7.4%",
                  "澜岳汽车　　　　312.5　　　　　　　6.2%　　　 +11.8%",
                  "星衡科技　　　　208.9　　　　　　　24.3%　　　+19.1%",
                  "华澜电气　　　　156.4　　　　　　　5.4%　　　 +6.0%",
                  "数据来源：公司年报，本报整理"], "table printed between two paragraphs of the analysis (not body)")
    pg.blank()
    pg.body(a, start=2)
    pg.blank()
    pg.furniture(["对话"], "column label 对话")
    b = Article(
        "b", "储能赛道不拼价格拼技术", subtitle="——对话澄源股份董事长杭慕远", section="对话", kind="interview",
        byline="本报记者　包听澜", authors=["包听澜"],
        notes="Interview under the label 对话 (section): ——副题 naming the person interviewed; byline line 本报记者 X "
              "(the reporter is the author, not the chairman 杭慕远 who answers). Intro then 记者：／杭慕远： "
              "paragraphs, all body. Kind interview.",
        paras=[
            "今年一季度，澄源股份储能业务收入同比增长68%。在行业价格持续下行的背景下，这家企业靠什么保持增长？记者近日专访了公司董事长杭慕远。",
            "记者：今年储能电芯价格又降了两成，您怎么看行业的“价格战”？",
            "杭慕远：价格下降是技术进步和规模效应的自然结果，但低于成本的报价不可持续。我们的判断是，行业正在从拼价格转向拼安全、拼寿命、拼全生命周期成本。",
            "记者：公司的技术优势体现在哪里？",
            "杭慕远：我们新一代LFP储能电芯循环寿命达到12000次，5GWh新产线投产后，单位能耗还能再降15%。海外客户更看重这些指标。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "易联智能（300777.SZ）回复交易所问询函",
        byline="本报讯（记者　季澄）", authors=["季澄"], lead="本报讯（记者　季澄）",
        notes="Headline carrying a stock code in brackets. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "易联智能4月27日晚间披露对深交所年报问询函的回复，就应收账款大幅增长、海外子公司毛利率偏高等问题作出说明。公司表示，2036年末应收账款较年初增长57%，主要系四季度集中交付大客户订单所致，账龄一年以内的占比为91%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "年报“分红季”现金红利创新高",
        byline="撰文：季澄　编辑：冯一舟", authors=["季澄"],
        notes="Short piece whose body comes FIRST and whose headline and credit line 撰文：X　编辑：Y are printed "
              "AFTER it (title_line after body_end). Only the writer (撰文) is an author, not the editor (编辑).",
        paras=[
            "已披露年报的公司中，有3376家推出现金分红方案，拟派现金红利合计2.41万亿元，金额创历史新高。其中，连续五年分红的公司超过2500家，平均股利支付率为36.8%。",
        ])
    pg.body(d)
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.blank()
    pg.furniture(["更正"] + wrap("本报4月21日B5版《澜岳汽车一季度净利润增长23%》一文中，“营业收入186.2亿元”应为"
                                "“营业收入168.2亿元”。特此更正，并向读者致歉。", 40, "  "),
                 "更正 notice (not an article)")
    pg.blank()
    pg.furniture(["本版校对：萧一苇"], "footer with proof-reader")
    return pg


PAGES = [kz05, kz06, kz07, kz08]
