"""Pages d09-d12 of handmade26 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date


# ---------------------------------------------------------------------------
def d09() -> Page:
    """中国经营报-like 封面故事 page, NO indent, blank lines only between articles: label 封面故事, 引题 kicker,
    headline, ——副题, byline line 本报记者 X　汀溪报道; its body in TWO pieces with a 背景 sidebar (label,
    headline, one paragraph) printed between them; jump line （转B2） after it; label 观察 over a comment signed
    （X） run in at the end."""
    pg = Page("d09.txt", cols=26, indent="", blanks="arts", seed=2609,
              style="中国经营报-like 封面故事 page, NO indent, blank lines only between articles and blocks: header on three lines (B1　封面故事; paper + date with weekday; 主编 and 编辑); label 封面故事 over a long feature: 引题 kicker, headline, ——副题, byline line 本报记者 X　汀溪报道, two crossheads; its body printed in TWO pieces with a whole 背景 sidebar (label, headline, one unsigned paragraph) between them; jump line （转B2） on a line of its own after the second piece; label 观察 over a comment signed （X） run in at the end (the feature's reporter); footer with hotline")
    pg.furniture(["B1　封面故事",
                  "华商经营报　" + cn_date(2035, 3, 26),
                  "主编：庞嘉木　　编辑：葛思遥"], "page header")
    pg.blank()
    a = Article(
        "a", "低空经济的第一批“订单”", section="封面故事",
        subtitle="——汀溪无人机物流试点一年观察",
        byline="本报记者　樊予安　汀溪报道", authors=["樊予安"],
        notes="Feature under the label 封面故事 (section). The 引题 kicker 低空经济调查 is neither title nor subtitle "
              "(the ——副题 is). Byline line 本报记者 X　汀溪报道. Crossheads are body. **new:** the body is printed in "
              "two pieces with the whole 背景 sidebar (label, headline, paragraph) between them. The jump line "
              "（转B2） after the second piece is not body. People quoted (郁北辰) are not authors.",
        paras=[
            "每天上午九点，汀溪市郊一处物流园区的起降平台上，十几架六旋翼无人机依次升空，载着药品、生鲜和快递包裹飞往30公里外的山区乡镇。一年前，同样的路程货车要绕行近两个小时，现在无人机只需25分钟。",
            "汀溪是首批低空物流试点城市之一。试点开展一年来，当地已开通无人机物流航线46条，累计飞行超过21万架次，运送货物约380吨。在不少业内人士看来，这是低空经济从“概念”走向“订单”的一个缩影。",
            Cross("谁在买单"),
            "“无人机物流能不能活下去，关键看有没有人愿意持续付费。”汀溪一家无人机物流企业的创始人郁北辰说。他给记者算了一笔账：一架中型物流无人机单次飞行的综合成本约为40元，而一单山区快递的配送收入只有8元左右，单做快递末端配送很难盈利。",
            "真正撑起订单的，是医疗和应急物资运输。目前，汀溪已有17家县级医院与无人机企业签订血液、检验样本的运输协议，按月付费；电力、林业部门则采购无人机巡检服务。这些企业和机构客户的订单，占到郁北辰公司收入的七成以上。",
            Cross("空域和标准仍是瓶颈"),
            "尽管订单开始落地，低空经济的规模化发展仍面临不少掣肘。多家企业反映，航线审批虽然比过去简化，但跨区域飞行仍需多方协调；起降场地、通信导航等基础设施建设滞后，夜间和恶劣天气条件下的飞行保障能力不足。",
            "标准体系也有待完善。一位行业协会人士表示，物流无人机的适航审定、保险理赔、事故责任认定等规则仍不健全，“企业不敢大规模投放，保险公司也不敢大胆承保”。",
            "汀溪市发展改革委有关负责人透露，当地正在编制低空基础设施建设规划，计划三年内新建起降点200个，并探索设立低空经济产业基金。",
        ])
    pg.furniture(["封面故事"], "column label 封面故事")
    pg.kicker(a, "低空经济调查")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=4)
    pg.blank()
    b = Article(
        "b", "低空物流试点城市", section="背景",
        notes="Sidebar under the label 背景 (section), printed between the two pieces of the cover story: headline "
              "and one paragraph, unsigned (no byline, no authors). Kind article.",
        paras=[
            "2034年初，有关部门确定汀溪、鹭门等6个城市开展低空物流试点，试点期两年。试点内容包括划设低空物流专用航路、简化飞行计划审批流程、建设无人机起降和监管服务平台，探索形成可复制推广的低空物流运营模式和监管规则。",
        ])
    pg.furniture(["背景"], "column label 背景")
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.body(a, start=4)
    pg.furniture(["（转B2）"], "jump line of the cover story (not body)")
    pg.blank()
    c = Article(
        "c", "低空经济别急着“造城”", section="观察", kind="commentary",
        byline="（樊予安）", authors=["樊予安"], tail="（樊予安）",
        notes="Comment under the label 观察 (section), signed （X） run in at the end: the byline, excluded from "
              "last; the writer (the cover story's reporter) is the author. Commentary.",
        paras=[
            "低空经济升温之后，一些地方争相规划“低空经济产业园”“低空小镇”，动辄数百亿元的投资计划屡见报端。热情可以理解，但也需要冷静。",
            "从汀溪的实践看，低空经济真正的难点不在造飞机、建园区，而在找到可持续的应用场景和商业模式。没有稳定的订单，再大的园区也难以留住企业。各地与其比拼规划规模，不如先把航线开起来，让市场需求来决定产业布局。",
        ])
    pg.furniture(["观察"], "column label 观察")
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["新闻热线：010-5862××××　　邮箱：fengmian@hsjyb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def d10() -> Page:
    """证券市场周刊-like 行业·公司 page extracted with a blank line after EVERY line: a feature whose photo
    caption (two lines, credit on the second) is printed in the MIDDLE of a sentence; label 研报速递 over an item
    credited 本刊研究部; label 公司调研 over an item with byline line 本刊记者 X."""
    pg = Page("d10.txt", cols=22, indent="  ", blanks="every", seed=2610,
              style="证券市场周刊-like 行业·公司 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines (magazine + 期号; 版名 行业·公司); feature with a headline on two lines broken after a colon and byline line 本刊记者 X, its photo CAPTION (caption line + credit line 本刊记者 X／摄, the writer) printed in the MIDDLE OF A SENTENCE of the second paragraph; label 研报速递 over an item with byline line 本刊研究部 (no person); label 公司调研 over an item with a headline containing a colon and byline line 本刊记者 X; footer with address and 发行热线")
    pg.furniture(["衡市证券周刊　2035年第14期",
                  "行业·公司"], "page header")
    a = Article(
        "a", "动力电池回收：一门尚未跑通的生意", head=["动力电池回收：", "一门尚未跑通的生意"],
        byline="本刊记者　简棠", authors=["简棠"],
        notes="Headline on two lines broken after the colon, joined. Byline line 本刊记者 X. **new:** the photo "
              "caption and its credit line (本刊记者　简棠／摄, the writer herself) are printed in the MIDDLE of a "
              "sentence of the second paragraph; they are not body and the body is in two pieces around them. The "
              "recycler quoted (叶知秋) is not an author.",
        paras=[
            "按照行业测算，今年国内将迎来第一波动力电池规模化退役潮，退役电池总量有望超过40万吨。然而，与市场预期的“万亿蓝海”不同，记者调研发现，多数回收企业仍在盈亏线上挣扎。",
            "“正规企业收不到电池，是这个行业最大的痛点。”嵩原一家持有白名单资质的回收企业负责人叶知秋对本刊记者说，由于小作坊不需要承担环保和安全投入，往往能开出更高的收购价，大量退役电池流向了非正规渠道。据估算，正规渠道回收的退役电池占比不足三成。",
            "碳酸锂价格的大幅回落，进一步压缩了回收企业的利润空间。以湿法回收工艺为例，锂价高企时，每吨废旧三元电池的回收毛利可达上万元；如今，部分企业的湿法产线已处于亏损状态。",
            "业内人士认为，要让回收行业走上正轨，一方面要加快建立电池全生命周期溯源管理制度，压实车企和电池厂的回收责任；另一方面要加大对非法拆解的整治力度，让正规企业获得合理的原料来源。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    items = pg.render_body(a)
    first, rest = pg.chunks(items, [12])
    pg.emit(a, first)
    pg.furniture(["图为嵩原一家电池回收企业的拆解车间。", "本刊记者　简棠／摄"],
                 "photo caption with credit printed in the middle of a sentence (not body)")
    pg.emit(a, rest)
    b = Article(
        "b", "组件价格有望在二季度企稳", section="研报速递",
        byline="本刊研究部",
        notes="Item under the label 研报速递 (section), byline line 本刊研究部 (a department, no person: no authors).",
        paras=[
            "多家券商近期发布的光伏行业研报认为，经过一年多的下跌，光伏组件价格已接近主流企业的现金成本线，继续下行的空间有限。随着行业减产和落后产能退出，二季度组件价格有望企稳。研报同时提示，海外贸易政策变化和国内装机需求波动，仍是影响行业盈利修复的主要不确定因素。",
        ])
    pg.furniture(["研报速递"], "column label 研报速递")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "翊达半导体：产能利用率回升至85%", section="公司调研",
        byline="本刊记者　邵南星", authors=["邵南星"],
        notes="Item under the label 公司调研 (section); the colon in the headline is kept. Byline line 本刊记者 X. "
              "The company's management is not an author.",
        paras=[
            "近日，翊达半导体接待了30余家机构的联合调研。公司管理层在交流中表示，随着消费电子需求回暖和汽车电子订单增加，公司一季度整体产能利用率回升至85%左右，较去年四季度提高约10个百分点。",
            "对于市场关注的12英寸产线，管理层介绍，汀溪新产线已经通线，目前处于客户验证阶段，预计三季度开始贡献收入。公司今年的资本开支计划约为40亿元，主要用于新产线设备采购。",
        ])
    pg.furniture(["公司调研"], "column label 公司调研")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["本刊地址：澜州市滨江大道99号　　发行热线：0571-8720××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def d11() -> Page:
    """经济观察报-like A4 金融 page, ONE U+3000 indent, blank lines sometimes plus column breaks: the continuation of
    the front-page cover story (its headline repeated over the line （上接A1版）, no byline); label 专访 over a Q&A
    (《经纬观察报》：／NAME：); label 相关链接 over a sidebar."""
    pg = Page("d11.txt", cols=36, indent=FW, blanks="some", colbreak=14, seed=2611, p_para=0.4, p_gap=0.85,
              style="经济观察报-like A4 金融 page indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on two lines (A4　金融; paper + date with weekday + editor); the CONTINUATION of the front-page cover story: its headline repeated over the jump line （上接A1版）, no byline, the text opening with the rest of a sentence; label 专访 over a Q&A: headline, ——副题 专访…, byline line 本报记者 X, intro then 《经纬观察报》：／NAME： paragraphs; label 相关链接 over an unsigned sidebar; footer with designer and proof-reader")
    pg.furniture(["A4　金融",
                  "经纬观察报　" + cn_date(2035, 3, 19) + "　本版编辑：贺子衿"], "page header")
    pg.blank()
    a = Article(
        "a", "万亿险资加速驶入权益市场",
        notes="**new:** continuation of d01's cover story (jumped from page A1): its headline is repeated over the "
              "jump line （上接A1版） (not body), no byline is printed here, so byline null and no authors. The text "
              "opens with the rest of the sentence broken off on A1. The asset manager quoted is not an author.",
        paras=[
            "“团队的心态明显不一样了。以前季度末最怕股价下跌，现在大家会花更多时间研究企业的长期竞争力。”",
            "不过，并非所有保险公司都有条件加大权益投资。偿付能力是绕不开的约束。按照现行规则，股票投资需要占用较多的风险资本，一些偿付能力充足率接近监管红线的中小险企，即使有意愿，也缺乏配置空间。去年底，监管部门下调了部分长期持有股票的风险因子，在一定程度上缓解了这一压力。",
            "从实际投向看，险资的偏好也在变化。记者梳理公开信息发现，今年以来保险机构举牌的上市公司中，除传统的银行、公用事业股外，已出现多家先进制造和科技企业。一位资管行业人士认为，长期资金与新兴产业的对接仍需时间，“估值体系和风险定价都需要磨合”。",
        ])
    pg.headline(a)
    pg.furniture(["（上接A1版）"], "jump line of the continued cover story (not body)")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "权益资产配置比例还有较大提升空间", section="专访", kind="interview",
        subtitle="——专访长泰人寿首席投资官梁秉文",
        byline="本报记者　沈砚秋", authors=["沈砚秋"],
        notes="Q&A under the label 专访 (section): ——副题 is the subtitle, byline line 本报记者 X (the interviewer, "
              "the author). Intro paragraph, then 《经纬观察报》：／梁秉文： paragraphs; the investment officer who "
              "answers is not an author. Kind interview.",
        paras=[
            "作为首批参与长期投资试点的机构之一，长泰人寿目前管理的保险资金规模超过9000亿元。近日，本报记者就险资入市的节奏、考核机制和投资方向等问题专访了公司首席投资官梁秉文。",
            "《经纬观察报》：长泰人寿目前的权益资产配置比例是多少？未来会怎么调整？",
            "梁秉文：目前股票和权益类基金合计占比约为13%，距离监管允许的上限还有较大空间。我们的目标是三年内逐步提高到18%左右，但节奏会根据市场估值水平灵活把握，不会一次性大幅加仓。",
            "《经纬观察报》：考核周期延长对投资决策有什么影响？",
            "梁秉文：影响是根本性的。过去一年一考核，投资经理很难坚持三到五年的逻辑。现在我们对权益投资实行三年滚动考核，更看重长期收益和回撤控制，投资经理可以更从容地布局那些短期波动较大、但长期前景确定的资产。",
            "《经纬观察报》：你们更看好哪些方向？",
            "梁秉文：一是高股息、现金流稳定的公用事业和基础设施类资产，与保险负债的匹配度高；二是具备核心技术的先进制造企业，我们愿意以战略投资者的身份长期陪伴。",
        ])
    pg.furniture(["专访"], "column label 专访")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "保险资金长期投资试点", section="相关链接",
        notes="Sidebar under the label 相关链接 (section): headline and one paragraph, unsigned (no byline, no "
              "authors). Kind article.",
        paras=[
            "保险资金长期投资试点于2033年启动，首批试点规模500亿元，由两家大型保险公司发起设立私募证券投资基金，主要投资于上市公司股票。第二批、第三批试点规模分别为1120亿元和1200亿元。试点资金实行长期考核，并适用单独的会计处理和风险资本计量规则。",
        ])
    pg.furniture(["相关链接"], "column label 相关链接")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["美编：邵一禾　　校对：纪南"], "footer")
    return pg


# ---------------------------------------------------------------------------
def d12() -> Page:
    """第一财经日报-like 区域 page of a 16-character column, two U+3000 indent, blank lines only between articles:
    lead with a letter-spaced headline in two halves broken in mid-word, byline line 本报记者 X　汀溪报道; photo
    news (brief) with credit line after the caption; label 专栏 over an economist's column (byline line □ X, bio
    line （作者为…首席经济学家） after the body); run-in 本报讯（记者 X） item; advertisement."""
    pg = Page("d12.txt", cols=16, indent=FW * 2, blanks="arts", seed=2612,
              style="第一财经日报-like 区域 page of a 16-character column indented with two U+3000, blank lines only between articles and blocks: header on three lines (A11; 区域经济; paper + date with weekday); lead with a headline letter-spaced with single ASCII spaces in two halves broken in MID-WORD (汀 溪 港 集 装 箱 吞 吐 / 量 首 破 千 万 标 箱), byline line 本报记者 X　汀溪报道; photo news (brief): headline, caption text, credit line 本报记者 X　摄 after it; label 专栏 over an economist's column: headline, byline line □ X, bio line （作者为澜州农商银行首席经济学家） after the body; run-in 本报讯（记者 X） item; 招商 advertisement (广告, park name, hotline); footer with editor")
    pg.furniture(["A11", "区域经济", "澄川财经日报　" + cn_date(2035, 4, 10)], "page header")
    pg.blank()
    a = Article(
        "a", "汀溪港集装箱吞吐量首破千万标箱",
        byline="本报记者　柯予　汀溪报道", authors=["柯予"],
        notes="Headline letter-spaced with single ASCII spaces in two halves broken in mid-word (吞吐 / 量), "
              "joined unspaced. Byline line 本报记者 X　汀溪报道. The port official is not an author.",
        paras=[
            "汀溪港务集团日前发布数据，2034年汀溪港完成集装箱吞吐量1026万标准箱，同比增长11.4%，首次突破千万标准箱大关，成为全国第九个跻身“千万箱级”的集装箱港口。",
            "吞吐量快速增长的背后，是航线网络的持续加密。去年汀溪港新开集装箱航线23条，其中外贸航线14条，通达全球120多个国家和地区；海铁联运业务量增长27%，腹地范围向中西部延伸。",
            "汀溪港务集团有关负责人表示，今年将加快推进自动化码头二期工程建设，力争集装箱吞吐量增长8%以上。",
        ])
    pg.headline(a, lines=["汀 溪 港 集 装 箱 吞 吐", "量 首 破 千 万 标 箱"])
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "澜州首条跨江隧道通车", kind="brief",
        byline="本报记者　梅若　摄", authors=["梅若"],
        notes="Photo news (brief): headline, caption text (the body), credit line 本报记者 X　摄 printed after it "
              "(the byline, not body). The photographer of a photo news is its author.",
        paras=[
            "4月8日，澜州首条跨江公路隧道正式通车。隧道于2031年开工建设，全长4.2公里，通车后两岸通行时间由40分钟缩短至8分钟。图为车辆驶出隧道北出口。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "都市圈建设要算好“通勤账”", section="专栏", kind="commentary",
        byline="□　宁远舟", authors=["宁远舟"],
        notes="Economist's column under the label 专栏 (section): byline line □　X (the □ is a mark). The bio line "
              "（作者为澜州农商银行首席经济学家） printed after the body is not body and not part of the byline. "
              "Commentary.",
        paras=[
            "近年来，各地都市圈规划密集出台，轨道交通、跨界道路等基础设施建设明显提速。但衡量都市圈建设成效，关键不在于修了多少公里的路，而在于人们的通勤是否真正便利。",
            "成熟的都市圈，应当实现主要城市之间“一小时通达”、中心城市与周边节点“半小时通勤”。这既需要轨道交通的硬联通，也需要公交换乘、票务互认、社保医保异地结算等软联通。现实中，不少跨城通勤者仍要在不同交通系统之间多次换乘，时间成本居高不下。",
            "都市圈建设应以人的需求为导向，打通“断头路”的同时，也要打通制度上的“断头路”。把通勤账算清楚了，产业协作和公共服务共享才会水到渠成。",
        ])
    pg.furniture(["专栏"], "column label 专栏")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.line(c, "（作者为澜州农商银行首席经济学家）", "bio")
    pg.blank()
    d = Article(
        "d", "鹭门跨境电商产业园揭牌",
        byline="本报讯（记者　柯予）", authors=["柯予"], lead="本报讯（记者　柯予）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "鹭门市跨境电商产业园日前揭牌运营，首批入驻企业52家，涵盖跨境电商平台、海外仓服务、跨境支付等领域。产业园将为企业提供通关、结汇、物流一站式服务，预计年交易额可达80亿元。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["广告",
                  "澜州高新区数字产业园",
                  "招商进行中",
                  "热线：0577-8899××××"], "招商 advertisement (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：唐苇"], "footer")
    return pg


PAGES = [d09, d10, d11, d12]
