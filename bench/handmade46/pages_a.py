"""Pages kp01-kp04 of handmade46 (development set; all papers, agencies, names, firms, countries, places and
figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kp01() -> Page:
    """National economic daily 国际 page: wire lead with an 引题 and run-in 瀚海社霍尔姆斯6月5日电（记者 X）; photo
    caption credited 瀚海社发（记者 X摄） between articles; correspondent story (本报驻圣洛伦记者 X); item opening
    据外媒报道， with no byline; item with run-in 综合瀚海社电."""
    pg = Page("kp01.txt", cols=24, indent=FW * 2, blanks="para", seed=4601,
              style="national economic daily 国际 page: header on three lines (版名 letter-spaced 国　际, paper, date with weekday + 第15版); wire lead with an 引题 over the headline and the run-in 瀚海社霍尔姆斯6月5日电（记者 X）, translated names with ·, currency figures (诺德兰克朗); photo caption with credit 瀚海社发（记者 X摄） wrapped over two lines BETWEEN articles; story by a correspondent (byline line 本报驻圣洛伦记者 X); item opening 据外媒报道， with NO byline; item with the run-in 综合瀚海社电 (no person); footer with editor, proof-reader, designer")
    pg.furniture(["国　际",
                  "恒远经济日报",
                  cn_date(2035, 6, 6) + "　第15版"], "page header")
    pg.blank()
    a = Article(
        "a", "诺德兰央行上调基准利率25个基点",
        subtitle="核心通胀连续三个月高于预期",
        byline="瀚海社霍尔姆斯6月5日电（记者　宁远舟）", authors=["宁远舟"],
        lead="瀚海社霍尔姆斯6月5日电（记者　宁远舟）",
        notes="Wire lead of the invented agency 瀚海社 (瀚海通讯社) from an invented foreign capital. The 引题 above a "
              "headline without ——副题 is the subtitle. Run-in 瀚海社霍尔姆斯6月5日电（记者 X） is the byline, excluded "
              "from first. The central bank governor (奥斯卡·林德瓦尔) is not an author.",
        paras=[
            "诺德兰中央银行5日宣布，将基准利率上调25个基点至4.25%，这是该行今年以来第二次加息，利率水平升至近两年来的最高点。新利率自6月9日起生效。",
            "诺德兰中央银行行长奥斯卡·林德瓦尔在当天的新闻发布会上说，尽管能源价格有所回落，但服务业价格和工资增速依然偏高，5月核心通胀率达到3.6%，已连续三个月高于央行预期。“如果不及时采取行动，通胀可能在更长时间内偏离目标。”",
            "受加息消息影响，诺德兰克朗兑美元汇率当天上涨0.7%，至1美元兑10.41诺德兰克朗。霍尔姆斯证券交易所综合指数收盘下跌0.82%，银行股逆势上涨。",
            "诺德兰国家统计局此前公布的数据显示，该国一季度国内生产总值环比增长0.3%，家庭消费增速放缓。部分经济学家担心，持续加息可能抑制房地产市场和企业投资。诺德兰住房协会估算，按新的利率水平，一笔300万诺德兰克朗的25年期浮动利率房贷，月供将增加约420诺德兰克朗。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(wrap("6月4日，在诺德兰首都霍尔姆斯，行人从一家货币兑换点前走过。　瀚海社发（记者　宁远舟摄）", 24),
                 "photo caption with credit (between articles; not body)")
    pg.gap()
    c = Article(
        "c", "梅里迪亚港口物流业加速数字化转型",
        byline="本报驻圣洛伦记者　温叙白", authors=["温叙白"],
        notes="Story by a foreign correspondent: byline line 本报驻圣洛伦记者 X under the headline (the author). People "
              "quoted (塞莉娜·马尔多纳, 葛承泽) are not authors.",
        paras=[
            "清晨6点，圣洛伦港集装箱码头已是一片繁忙。远程操控的岸桥起落有序，无人驾驶的集卡在堆场间穿梭，监控大厅的大屏幕上实时跳动着船舶靠泊、货物装卸的数据。“两年前，这些工作还主要靠人工调度，现在一艘万箱级货轮的装卸时间缩短了近三分之一。”圣洛伦港务局副局长塞莉娜·马尔多纳对记者说。",
            "作为梅里迪亚最大的港口，圣洛伦港承担着该国约六成的外贸货物运输。2033年起，梅里迪亚政府启动“智慧港口”计划，拟在5年内投入约18亿美元，对全国主要港口进行自动化和数字化改造。去年，圣洛伦港集装箱吞吐量达到512万标准箱，同比增长9.4%。",
            "在改造过程中，中国企业的身影随处可见。承建码头自动化系统的澜桥港机公司项目负责人葛承泽介绍，项目团队中当地员工占比超过七成，公司还与圣洛伦理工学院合作开设了港口自动化培训课程，已培训当地技术人员400余名。",
            "马尔多纳表示，港口数字化不仅提升了效率，也带动了周边物流园区和跨境电商的发展。下一步，港务局计划与更多国际伙伴合作，推进港口能源系统绿色改造，力争到2040年实现码头作业碳中和。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "塔兰提亚放宽外资准入限制",
        notes="Short item with NO byline or credit: no authors. The opening 据外媒报道， is a clause of the first "
              "sentence and stays in the body (as 据《X》报道， in handmade22 g04). The minister (费利佩·阿兰萨) is not "
              "an author.",
        paras=[
            "据外媒报道，塔兰提亚政府4日宣布，将从7月1日起放宽外国投资者在零售、物流和可再生能源等领域的持股比例限制，外资在上述行业的持股上限由49%提高至100%。",
            "塔兰提亚投资部长费利佩·阿兰萨表示，此举旨在改善营商环境、吸引更多长期资本。塔兰提亚去年吸收外国直接投资约74亿美元，同比下降6.2%。政府希望通过新一轮开放措施，在3年内将外资流入规模提高到每年100亿美元以上。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    e = Article(
        "e", "卡兰贾一季度经济增长3.4%",
        byline="综合瀚海社电", lead="综合瀚海社电　",
        notes="Run-in credit 综合瀚海社电 at the start of the text (the byline, excluded from first); it names no "
              "person: no authors. The minister quoted (努尔·哈达尔) is not an author.",
        paras=[
            "卡兰贾国家统计局5日公布的数据显示，该国今年一季度国内生产总值同比增长3.4%，增速比上季度加快0.6个百分点。其中，制造业增长5.1%，农业受干旱影响下降1.8%。",
            "卡兰贾贸易部长努尔·哈达尔表示，电子产品组装和汽车零部件出口保持较快增长，是拉动经济的主要动力。南陆开发银行此前预计，卡兰贾今年全年经济增速将达到3.8%。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["本版编辑：苏半夏　　校对：鲍如意　　美编：郎清欢"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kp02() -> Page:
    """金融时报-like 环球财经 page: market wrap with byline line 本报记者 X　综合报道; world-markets table (股指、汇率、
    大宗商品) with a 注 line; oil item signed （本报综合外电） at the end; run-in 本报讯（记者 X） item."""
    pg = Page("kp02.txt", cols=40, indent="  ", blanks="some", seed=4602, p_para=0.4, p_gap=0.85,
              style="金融时报-like 环球财经 page indented with two ASCII spaces: header on two lines (paper + date with weekday + 第8版; 版名 + 责任编辑); market wrap with a headline of two phrases parted by U+3000 and byline line 本报记者 X　综合报道, an analyst quoted; world-markets TABLE (title, three blocks 股指／汇率／大宗商品 with header rows and figures, a 注： line) between articles; oil item signed （本报综合外电） run in at the end (no person); run-in 本报讯（记者 X） item; footer with proof-reader, designer and hotline")
    pg.furniture(["钧和金融时报　" + cn_date(2035, 6, 7) + "　第8版",
                  "环球财经　　责任编辑：闻人素"], "page header")
    pg.blank()
    a = Article(
        "a", "全球股市周内分化避险资金流入债市", head=["全球股市周内分化　避险资金流入债市"],
        byline="本报记者　邢一朵　综合报道", authors=["邢一朵"],
        notes="Market wrap: headline of two phrases parted by U+3000, written unspaced. Byline line 本报记者 X　综合报道 "
              "(the reporter who compiled it is the author). The strategist quoted (伊冯娜·德拉克鲁瓦) is not.",
        paras=[
            "本周，全球主要股市走势分化。受诺德兰央行意外加息、部分经济体制造业数据疲软等因素影响，投资者风险偏好有所下降，资金加速流向政府债券和黄金等避险资产。",
            "截至6日收盘，霍尔姆斯综合指数本周累计下跌2.14%，创近两个月最大周跌幅；梅里迪亚200指数下跌0.96%；塔兰50指数逆势上涨1.37%，主要受能源和矿业板块带动。亚太市场方面，伊斯帕拉综合指数微涨0.21%。",
            "债券市场方面，主要经济体10年期国债收益率普遍回落。诺德兰10年期国债收益率本周下行18个基点至3.62%，梅里迪亚同期限国债收益率下行11个基点。分析人士指出，市场对全球经济增速放缓的担忧有所升温，部分机构投资者正在调降股票仓位。",
            "南陆资产管理公司首席策略师伊冯娜·德拉克鲁瓦认为，短期内全球股市仍可能维持震荡格局，“各国货币政策节奏出现分化，汇率波动加大，投资者需要更加关注跨市场风险的传导”。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["全球主要市场行情",
                  "股指　　　　　　　　　收盘　　　　周涨跌",
                  "霍尔姆斯综合指数　　　2486.37　　　-2.14%",
                  "梅里迪亚200指数　　　 7315.80　　　-0.96%",
                  "塔兰50指数　　　　　　1128.44　　　+1.37%",
                  "伊斯帕拉综合指数　　　3904.12　　　+0.21%",
                  "汇率　　　　　　　　　报价　　　　周涨跌",
                  "美元/诺德兰克朗　　　 10.4862　　　-0.35%",
                  "美元/梅里迪亚比索　　 17.2600　　　-1.08%",
                  "美元/塔兰第纳尔　　　 3.3015　　　 +0.12%",
                  "大宗商品　　　　　　　结算价　　　周涨跌",
                  "黄金（美元/盎司）　　 2418.60　　　+1.12%",
                  "原油（美元/桶）　　　 78.34　　　　-4.60%",
                  "铜（美元/吨）　　　　 9612.50　　　+0.46%",
                  "注：股指为6月6日收盘价，汇率为北京时间6月7日7时报价，大宗商品为近月合约结算价。"],
                 "world-markets table with 注 line (not an article)")
    pg.blank()
    b = Article(
        "b", "国际油价连续三周下跌",
        byline="（本报综合外电）", tail="（本报综合外电）",
        notes="Item signed （本报综合外电） run in at the end: the byline, excluded from last; it names no person: no "
              "authors.",
        paras=[
            "受全球原油库存增加和需求前景转弱影响，国际油价本周继续走低，连续第三周下跌。截至6日收盘，近月原油期货结算价报每桶78.34美元，周内累计下跌4.6%，创3个月来新低。",
            "环海石油输出国协调组织最新月报显示，5月成员国原油日产量较4月增加约31万桶，部分成员国产量超出配额。与此同时，主要消费国商业原油库存连续四周增加。市场人士认为，除非产油国采取进一步减产措施，否则油价短期内仍面临下行压力。",
            "不过，也有机构认为，夏季出行高峰将提振燃油需求，油价下跌空间有限。北陆能源咨询公司预计，三季度原油均价将在每桶75美元至85美元之间波动。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "梅里迪亚比索兑美元汇率创两年新高",
        byline="本报讯（记者　林沐风）", authors=["林沐风"], lead="本报讯（记者　林沐风）",
        notes="Run-in 本报讯（记者 X） excluded from first. The central bank governor (阿德里安·索萨) is not an author.",
        paras=[
            "梅里迪亚中央银行6日公布的数据显示，梅里迪亚比索兑美元汇率当日收于1美元兑17.26比索，为近两年来的最高水平。今年以来，比索兑美元累计升值约8.3%，在新兴市场货币中表现居前。",
            "分析人士认为，梅里迪亚维持较高的利率水平，吸引了大量套息资金流入；同时，该国铜、锂等矿产品出口增长较快，经常账户状况持续改善。梅里迪亚央行行长阿德里安·索萨日前表示，央行将密切关注汇率过快升值对出口企业的影响，必要时将采取措施平抑市场波动。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["校对：贝若兰　　版式：麦小秋　　广告热线：010-6581××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kp03() -> Page:
    """世界经济 page, blank lines only between articles and blocks: label 国际观察 over an analysis (headline,
    ——副题, byline line, three ■ crossheads, two letter-spaced justified lines); label 环球见闻 over a
    correspondent's piece; wire item with （完） run in."""
    pg = Page("kp03.txt", cols=30, indent=FW, blanks="arts", seed=4603,
              style="国际商报 世界经济 page indented with ONE U+3000, blank lines only between articles and blocks: header on three lines (paper; 版名; date with weekday + A6); label 国际观察 over an analysis (about 790 chars) with headline, ——副题 (从三组数据看…), byline line 本报记者 X, three ■ crossheads, two body lines letter-spaced by justification (single ASCII spaces between characters); label 环球见闻 over a correspondent's piece with byline line 本报驻卡兰贾记者 X; wire item with run-in 瀚海社科斯塔港6月6日电（记者 X） and （完） run in at the end; footer with editor and proof-reader")
    pg.furniture(["沧瀛国际商报",
                  "世界经济",
                  cn_date(2035, 6, 7) + "　A6"], "page header")
    pg.blank()
    a = Article(
        "a", "全球跨国投资格局加速重塑", section="国际观察",
        subtitle="——从三组数据看跨国投资新动向",
        byline="本报记者　段书遥", authors=["段书遥"],
        notes="Analysis under the label 国际观察 (section). ——副题 is the subtitle; byline line 本报记者 X. The three ■ "
              "crossheads are body. Two body lines are letter-spaced (justified) and stay body. The economist quoted "
              "(哈坎·斯特伦) is not an author. Kind article (an analysis by a reporter, not a signed opinion).",
        paras=[
            "环海经济合作组织日前发布的《2035年全球投资趋势报告》显示，去年全球外国直接投资总额约为1.31万亿美元，同比下降4.7%，已连续两年下滑。但在总量收缩的同时，跨国投资的流向、结构和方式正在发生深刻变化。透过报告中的三组数据，可以观察全球投资格局重塑的新趋势。",
            Cross("■近岸投资占比升至四成"),
            "报告显示，去年全球新宣布的绿地投资项目中，投资方与东道国位于同一区域的项目占比达到41%，比五年前提高了12个百分点。在北陆地区，来自区域内部的制造业投资增长了23%，而跨洲投资则下降了15%。",
            "“企业在选址时越来越看重供应链的安全和韧性，而不仅仅是成本。”环海经济合作组织首席经济学家哈坎·斯特伦在接受本报记者采访时说，地缘政治风险上升、运输成本波动，促使跨国企业把部分产能转移到距离主要市场更近的地方。不过他也提醒，近岸化意味着更高的生产成本，最终可能部分转嫁给消费者。",
            Cross("■数字经济项目逆势增长"),
            "与传统制造业投资下滑形成对比的是，数字经济领域的跨国投资保持增长。去年，全球数据中心、云计算和半导体领域的绿地投资项目金额合计约2860亿美元，同比增长17.6%，占绿地投资总额的比重首次超过两成。",
            "其中，发展中经济体正在成为数字投资的新热点。梅里迪亚、伊斯帕拉等国凭借相对低廉的电力成本和不断完善的网络基础设施，吸引了多个大型数据中心项目落户。伊斯帕拉数字经济部的数据显示，该国去年吸引数字领域外资同比增长近一倍。",
            Cross("■发展中经济体融资缺口扩大"),
            "报告同时指出，流向最不发达国家的外国直接投资去年下降了9.3%，降幅高于全球平均水平。在基础设施、能源转型等领域，发展中经济体每年面临的投资缺口估计超过2万亿美元。",
            "分析人士认为，弥合投资缺口，需要多边开发机构发挥更大作用，也需要跨国企业、主权基金等长期资本更多参与。斯特伦说：“全球投资的碎片化不符合任何一方的利益，各国应当在开放合作中寻找新的平衡点。”",
        ])
    pg.furniture(["国际观察"], "column label 国际观察")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    items = justify(pg.render_body(a), [6, 21])
    pg.emit(a, items)
    pg.blank()
    b = Article(
        "b", "在巴鲁夜市遇见“中国制造”", section="环球见闻",
        byline="本报驻卡兰贾记者　桑若溪", authors=["桑若溪"],
        notes="Correspondent's piece under the label 环球见闻 (section), byline line 本报驻卡兰贾记者 X. The stall "
              "keeper quoted (阿米尔) is not an author.",
        paras=[
            "傍晚时分，巴鲁市中心的老城夜市渐渐热闹起来。在一排排摊位之间，记者注意到，不少摊主用的是中国品牌的手机收款，摊位上照明用的太阳能灯、风扇和小家电，很多也印着中文标识。",
            "卖椰汁的摊主阿米尔告诉记者，他的太阳能灯是去年从一家中资企业开设的门店买的，白天充电，晚上能亮六七个小时，“比用发电机省钱多了”。在卡兰贾，电网覆盖仍不完善，价格实惠的光伏小产品很受欢迎。",
            "近年来，中国与卡兰贾之间的贸易往来日益密切，越来越多的中国商品走进当地百姓的日常生活。在夜市的人来人往中，记者感受到的不只是商品的流动，更是普通人之间相互连接的温度。",
        ])
    pg.furniture(["环球见闻"], "column label 环球见闻")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "环海经济合作组织贸易部长会议闭幕",
        byline="瀚海社科斯塔港6月6日电（记者　戚北辰）", authors=["戚北辰"],
        lead="瀚海社科斯塔港6月6日电（记者　戚北辰）", tail="（完）",
        notes="Wire item: run-in 瀚海社科斯塔港6月6日电（记者 X） excluded from first, （完） run in at the end excluded "
              "from last. The minister (埃米利奥·帕斯托) is not an author.",
        paras=[
            "为期两天的环海经济合作组织贸易部长会议6日在阿尔马拉首都科斯塔港闭幕。会议发表联合声明，承诺进一步削减成员间非关税壁垒，推动区域供应链互联互通。",
            "声明提出，成员国将在年内启动电子单证互认试点，并研究建立区域关键原材料供应预警机制。阿尔马拉贸易部长埃米利奥·帕斯托在闭幕新闻发布会上表示，会议成果将为明年举行的领导人会议奠定基础。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：章映雪　　校对：祝小满"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kp04() -> Page:
    """国际快讯 strip of a 10-character column, NO indent and NO blank line: five items, each with the place
    name in brackets 【X】 on a line of its own over a two-line headline; credits run in at the end (（据瀚海社）,
    （X）, （X　编译）, （综合瀚海社电）, none)."""
    pg = Page("kp04.txt", cols=10, indent="", blanks="never", seed=4604,
              style="国际快讯 strip of a 10-character column, NO indent and NO blank line anywhere (paragraph ends show only as short lines): header on three lines wider than the column; label 国际快讯; five items, each with the place name in brackets 【X】 on a line of its own over a headline on two lines; credits run in at the end: （据瀚海社）, （X）, （X　编译）, （综合瀚海社电）, one item with none; footer wider than the column")
    pg.furniture(["恒远经济日报", cn_date(2035, 6, 8), "16　国际"], "page header")
    pg.furniture(["国际快讯"], "column label 国际快讯")
    items = [
        Article("a", "诺德兰5月失业率降至3.9%", head=["诺德兰5月", "失业率降至3.9%"],
                byline="（据瀚海社）", tail="（据瀚海社）",
                notes="Credit （据瀚海社） run in at the end: byline, excluded from last; no person: no authors. The "
                      "statistics official (卡琳·奥斯特贝里) is not an author.",
                paras=["诺德兰国家统计局7日公布，该国5月经季节调整后的失业率为3.9%，比4月下降0.1个百分点，为近一年来最低水平。统计局官员卡琳·奥斯特贝里说，建筑业和医疗服务业就业人数增长较快。"]),
        Article("b", "梅里迪亚上调全年增长预期", head=["梅里迪亚上调", "全年增长预期"],
                byline="（温叙白）", authors=["温叙白"], tail="（温叙白）",
                notes="Signed （X） run in at the end: byline, excluded from last; the reporter is the author.",
                paras=["梅里迪亚财政部6日将今年经济增长预期由2.4%上调至2.9%，理由是矿产品出口和私人消费好于预期。财政部同时表示，今年财政赤字率有望控制在国内生产总值的3%以内。"]),
        Article("c", "塔兰提亚启动主权基金改革", head=["塔兰提亚启动", "主权基金改革"],
                byline="（秦望　编译）", authors=["秦望"], tail="（秦望　编译）",
                notes="Signed （X　编译） run in at the end: byline, excluded from last; the compiler is the author. Two "
                      "paragraphs with no blank line between them (the first ends on a short line).",
                paras=["塔兰提亚政府5日宣布启动国家主权财富基金改革，将基金管理机构改组为独立运营的投资公司，并引入外部专业管理人。",
                       "该基金目前管理资产约620亿美元，主要来自油气收入。政府表示，改革后基金将提高对基础设施和新能源领域的投资比例。"]),
        Article("d", "萨尔韦多下调燃油补贴", head=["萨尔韦多", "下调燃油补贴"],
                byline="（综合瀚海社电）", tail="（综合瀚海社电）",
                notes="Credit （综合瀚海社电） run in at the end: byline, excluded from last; no person: no authors. The "
                      "minister (塔里克·本纳尼) is not an author.",
                paras=["萨尔韦多能源部长塔里克·本纳尼6日宣布，自7月起将汽油和柴油零售补贴削减三分之一，预计每年可节省财政支出约9亿美元。为减轻低收入家庭负担，政府将同步提高现金补助标准。"]),
        Article("e", "伊斯帕拉旅游收入创新高", head=["伊斯帕拉", "旅游收入创新高"],
                notes="Item with no credit: no byline, no authors. The minister (拉斐尔·贝卢奇) is not an author.",
                paras=["伊斯帕拉旅游部6日公布，今年前5个月该国接待外国游客612万人次，同比增长14.5%；国际旅游收入约84亿美元，创历史同期新高。旅游部长拉斐尔·贝卢奇说，新开通的多条国际航线带动了客流增长。"]),
    ]
    places = ["【诺德兰】", "【梅里迪亚】", "【塔兰提亚】", "【萨尔韦多】", "【伊斯帕拉】"]
    for art, place in zip(items, places):
        art.section = "国际快讯"
        art.notes = ("Item of the 国际快讯 strip (section). **new:** the place name in brackets " + place + " on a "
                     "line of its own above the headline is a kicker-like label: neither title nor body. Headline on "
                     "two lines, joined. " + art.notes)
        pg.kicker(art, place)
        pg.headline(art)
        pg.body(art)
    pg.furniture(["本版编辑：应知秋　　校对：时雨"], "footer")
    return pg


PAGES = [kp01, kp02, kp03, kp04]
