"""Pages kp05-kp08 of handmade46 (development set; all papers, agencies, names, firms, countries, places and
figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kp05() -> Page:
    """产经 daily 环球产业 page of pieces 编译 from foreign media: source credit （据《X》报道） run in at the end;
    source and compiler lines 来源：X / 编译：Y after a body; byline line X　编译 under a headline, text opening
    据《X》6月5日报道，; a piece with only a 来源：X line after it; justified (letter-spaced) body lines."""
    pg = Page("kp05.txt", cols=34, indent=FW * 2, blanks="some", seed=4605, p_para=0.3, p_gap=0.75,
              style="产经报 环球产业 page of pieces 编译 from foreign media, sometimes blank lines: header on two lines (paper + date with weekday; 版名 + 第7版); piece with the source credit （据《塔兰商报》报道） run in at the end and NO person named, three body lines letter-spaced by justification; piece followed by two lines 来源：X and 编译：Y; piece with byline line X　编译 (no 本报记者) under the headline whose text opens 据《伊斯帕拉科技评论》6月5日报道，; piece followed only by a line 来源：萨尔韦多通讯社; footer with editor and proof-reader")
    pg.furniture(["鼎新产经日报　" + cn_date(2035, 6, 9),
                  "环球产业　　第7版"], "page header")
    pg.blank()
    a = Article(
        "a", "北陆车企加速布局固态电池",
        byline="（据《塔兰商报》报道）", tail="（据《塔兰商报》报道）",
        notes="**new:** piece translated from a foreign paper with the source credit （据《X》报道） run in at the end: "
              "the byline, excluded from last; no person is named: no authors. Three lines letter-spaced by "
              "justification stay body. The executive quoted (马格努斯·维克) is not an author.",
        paras=[
            "北陆地区多家汽车制造商近期相继宣布加大固态电池研发投入，力争在2030年代末实现量产装车。诺德兰汽车集团表示，未来5年将投入约45亿美元用于固态电池研发和中试线建设，并与两家材料企业成立合资公司。",
            "诺德兰汽车集团首席执行官马格努斯·维克说，固态电池能量密度更高、安全性更好，是下一代电动汽车竞争的关键。“谁能率先解决成本和量产一致性问题，谁就能在未来十年占据主动。”",
            "业内分析认为，目前固态电池的单位成本仍是液态锂电池的两倍以上，短期内难以大规模商用。北陆地区车企在电池领域起步较晚，正通过并购、合资等方式加快补齐短板。",
        ])
    pg.headline(a)
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [1, 4, 7]))
    pg.gap()
    b = Article(
        "b", "梅里迪亚咖啡出口遭遇“运费之困”",
        byline="编译：柯映雪", authors=["柯映雪"],
        notes="**new:** two lines after the body, 来源：梅里迪亚经济新闻网 (the source) and 编译：X (the compiler): "
              "neither is body; the byline is the compiler line and the compiler is the author. The association head "
              "quoted (胡利安·奥尔蒂加) is not an author.",
        paras=[
            "梅里迪亚咖啡出口商协会日前发布报告称，今年前5个月，该国咖啡出口量同比增长6.3%，但出口商利润普遍下滑。主要原因是海运费用上涨和港口拥堵，部分发往北陆市场的货物运输周期延长了10天以上。",
            "协会主席胡利安·奥尔蒂加说，一个40英尺集装箱从圣洛伦港运往北陆主要港口的运费已升至约4800美元，比年初上涨近四成。“小型种植园和合作社议价能力弱，受到的冲击最大。”",
            "为缓解压力，梅里迪亚政府正与航运公司协商增开直航航线，并计划扩建北部港口的冷链和仓储设施。协会呼吁政府提供短期物流补贴，帮助中小出口商渡过难关。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, "来源：梅里迪亚经济新闻网", "source")
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "全球半导体设备支出有望回升",
        byline="韦听澜　编译", authors=["韦听澜"],
        notes="Byline line X　编译 (no 本报记者) under the headline: the compiler is the author. The opening "
              "据《伊斯帕拉科技评论》6月5日报道， is a clause of the first sentence and stays in the body.",
        paras=[
            "据《伊斯帕拉科技评论》6月5日报道，半导体行业咨询机构芯视研究最新预测，今年全球半导体制造设备支出将达到1180亿美元，同比增长8.4%，结束连续两年的下滑。",
            "报告认为，人工智能计算需求持续旺盛，带动先进制程和先进封装设备投资快速增长，存储芯片厂商也在逐步恢复扩产。从地区看，亚洲仍是设备支出最多的地区，北陆地区受新建晶圆厂项目推动，支出增速预计超过20%。",
            "不过，报告也提示，成熟制程产能利用率偏低、部分国家出口管制政策变化等因素，可能影响设备采购节奏。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "萨尔韦多推出绿色氢能补贴计划",
        byline="来源：萨尔韦多通讯社",
        notes="**new:** a line 来源：X after the body names only the source (an invented foreign agency): not body; "
              "it is the byline as printed; no authors.",
        paras=[
            "萨尔韦多政府近日推出总额约12亿美元的绿色氢能补贴计划，对在该国建设电解水制氢项目的企业，按照实际产量给予每公斤最高1.5美元的补贴，补贴期限为10年。",
            "萨尔韦多拥有丰富的风能和太阳能资源，政府希望借助氢能产业带动港口、化工等产业升级。根据规划，到2040年该国绿色氢气年产能将达到200万吨，其中约一半用于出口。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.line(d, d.byline, "byline")
    pg.blank()
    pg.furniture(["本版编辑：裴知远　　校对：姜一苇"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kp06() -> Page:
    """International business paper FRONT page, ONE U+3000 indent, NO blank line anywhere: masthead; lead with a
    two-line headline and run-in 本报阿尔维多6月8日电　记者　X (no brackets); wire item with two reporters parted
    by U+3000 ending （完）; correspondent story ending with a jump line （下转第3版）; photo news (brief) with credit
    line 瀚海社发（X　摄）; front-page footer."""
    pg = Page("kp06.txt", cols=22, indent=FW, blanks="never", seed=4606,
              style="international business paper FRONT page indented with ONE U+3000 and NO blank line anywhere: five-line masthead (paper, English name, date with weekday, CN number, 今日8版 and issue number); lead with a headline on two lines and the run-in 本报阿尔维多6月8日电　记者　X (本报X地电 form, no brackets); wire item with run-in 瀚海社圣洛伦6月8日电（记者 X　Y） (two names parted by U+3000) and （完） at the end; correspondent story (byline line 本报驻塔兰城记者 X) ending with the jump line （下转第3版）; photo news (brief): headline, caption, credit line 瀚海社发（X　摄）; footer (address, hotline, price)")
    pg.furniture(["沧瀛国际商报",
                  "CANGYING INTERNATIONAL BUSINESS NEWS",
                  cn_date(2035, 6, 9),
                  "国内统一连续出版物号　CN 10-0736",
                  "今日8版　第3318期"], "masthead")
    a = Article(
        "a", "伊斯帕拉与北陆自贸协定完成全部谈判", head=["伊斯帕拉与北陆自贸协定", "完成全部谈判"],
        byline="本报阿尔维多6月8日电　记者　岳临川", authors=["岳临川"],
        lead="本报阿尔维多6月8日电　记者　岳临川　",
        notes="Lead: headline on two lines, joined. **new:** run-in dateline of the form 本报X地X月X日电　记者　X "
              "(no brackets): the byline, excluded from first; the reporter is the author. The minister "
              "(索菲娅·卡斯特罗维) is not an author.",
        paras=[
            "伊斯帕拉贸易部8日宣布，伊斯帕拉与北陆经济共同体自由贸易协定已完成全部谈判，双方将在年内正式签署协定。",
            "根据协定，双方将在10年内逐步取消约95%税目产品的关税，并在服务贸易、数字贸易、政府采购等领域作出开放承诺。伊斯帕拉贸易部长索菲娅·卡斯特罗维表示，协定生效后，预计伊斯帕拉对北陆出口每年将增加约35亿美元，农产品和纺织品将成为主要受益行业。",
            "分析人士认为，该协定是北陆经济共同体近年来签署的覆盖面最广的自贸协定之一，有助于双方分散贸易风险、稳定供应链。不过，协定仍需经双方立法机构批准后方可生效。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "梅里迪亚推出跨境电商通关便利措施",
        byline="瀚海社圣洛伦6月8日电（记者　卢映秋　庞之遥）", authors=["卢映秋", "庞之遥"],
        lead="瀚海社圣洛伦6月8日电（记者　卢映秋　庞之遥）", tail="（完）",
        notes="Wire item: run-in 瀚海社圣洛伦6月8日电（记者 X　Y） (two names parted by U+3000) excluded from first; "
              "（完） at the end excluded from last; both reporters are authors.",
        paras=[
            "梅里迪亚海关总署8日宣布，将对跨境电商进口小额包裹实行“预申报、快验放”通关模式，单件货值不超过200美元的包裹平均通关时间将由3天缩短至12小时以内。",
            "海关总署表示，新措施将率先在圣洛伦国际机场和北湾港试行，年底前推广至全国主要口岸。去年，梅里迪亚跨境电商进口包裹数量超过1.2亿件，同比增长31%。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "塔兰提亚新能源汽车销量快速攀升",
        byline="本报驻塔兰城记者　潘一诺", authors=["潘一诺"],
        notes="Correspondent story (byline line 本报驻塔兰城记者 X). **new:** the jump line （下转第3版） after the "
              "text on this page is not body; the body is what is printed here.",
        paras=[
            "走进塔兰城最大的汽车展销中心，十余个新能源汽车品牌的展台前人头攒动。销售顾问介绍，今年以来，前来咨询新能源汽车的顾客明显增多，其中不少是第一次购车的年轻人。",
            "塔兰提亚汽车经销商协会的数据显示，今年前5个月，该国新能源汽车销量达到4.6万辆，同比增长近1.5倍，占新车总销量的比重由去年同期的7%提高到16%。其中，中国品牌车型的市场份额超过一半。",
            "销量快速攀升的背后，是政策和基础设施的双重推动。塔兰提亚政府从去年起对新能源汽车减免进口关税和注册税，并计划在3年内建设公共充电桩1.5万个。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.line(c, "（下转第3版）", "jump")
    p = Article(
        "p", "诺德兰首座海上风电制氢平台投运", kind="brief",
        byline="瀚海社发（宁远舟　摄）", authors=["宁远舟"],
        notes="Photo news (brief): headline, caption, credit line 瀚海社发（X　摄） after it (the byline); the "
              "photographer is the author of a photo news item.",
        paras=[
            "6月7日，工作人员在诺德兰北部海域的海上风电制氢平台上巡检设备。该平台年产绿氢约4000吨，是诺德兰首个投入商业运营的海上风电制氢项目。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.furniture(["本报地址：沧瀛市滨江路66号　邮编：200417",
                  "发行热线：021-5830××××　广告热线：021-5830××××",
                  "零售价：每份2.00元　　本报印刷：沧瀛日报印务中心"], "front-page footer")
    return pg


# ---------------------------------------------------------------------------
def kp07() -> Page:
    """金融时报-like 国际金融 page: continuation from page 1 (reprinted headline and （上接第1版）, body opening
    mid-sentence, no byline); an article printed body FIRST with headline, ——副题 and byline AFTER it; an article
    whose body is cut in two column pieces with a whole wire item printed between them."""
    pg = Page("kp07.txt", cols=28, indent="  ", blanks="some", seed=4607, p_para=0.35, p_gap=0.8,
              style="金融时报-like 国际金融 page indented with two ASCII spaces, sometimes blank lines: header on three lines (版名; paper + date with weekday; 第6版); continuation of a page-1 story: reprinted headline, jump line （上接第1版）, body opening MID-SENTENCE, no byline on this page; an article whose body comes FIRST and whose headline, ——副题 and byline line 本报记者 X are printed AFTER it; an article (headline, byline line) whose body is cut into two column pieces with a whole wire item (headline, run-in 瀚海社霍尔姆斯6月9日电（记者 X）, （完）) printed BETWEEN them; footer with editor and proof-reader")
    pg.furniture(["国际金融",
                  "钧和金融时报　" + cn_date(2035, 6, 10),
                  "第6版"], "page header")
    pg.blank()
    a = Article(
        "a", "全球央行增持黄金趋势延续",
        notes="**new:** continuation of a page-1 story: the reprinted headline is the title; the jump line "
              "（上接第1版） is not body; the body on this page opens mid-sentence (first is where the page's text "
              "starts). No byline is printed on this page: no authors.",
        paras=[
            "储备中的占比已由五年前的11.2%提高到17.6%。分析人士认为，地缘政治风险上升和主要储备货币汇率波动加大，是各国央行增持黄金的重要原因。",
            "从增持主体看，新兴市场央行是购金主力。梅里迪亚、卡兰贾、伊斯帕拉等国央行去年合计增持黄金约310吨，占全球央行净购买量的四成以上。诺德兰中央银行也在时隔8年后首次增持黄金。",
            "不过，也有观点提醒，金价处于历史高位，部分央行可能放缓购金节奏。南陆资产管理公司分析师认为，今后一段时间央行购金需求仍将对金价形成支撑，但金价波动可能加大。",
        ])
    pg.headline(a)
    pg.line(a, "（上接第1版）", "jump")
    # the first paragraph continues a sentence from page 1: no indent on its first line
    pg.emit(a, pg.render_body(a, indent="", end=1) + [("gap",)] + pg.render_body(a, start=1))
    pg.gap()
    b = Article(
        "b", "南陆开发银行推出300亿美元本币融资便利", subtitle="——首批覆盖三种成员国货币",
        byline="本报记者　邢一朵", authors=["邢一朵"],
        notes="Headline, ——副题 and byline line all printed AFTER the body (the body follows the previous article "
              "directly). The bank president (贾丝明·奥卢) is not an author.",
        paras=[
            "南陆开发银行9日宣布，将推出总额300亿美元的本币融资便利，支持成员国企业以本国货币开展贸易和投资融资，降低对单一外币的依赖和汇率风险。",
            "根据安排，首批本币融资将覆盖梅里迪亚比索、塔兰第纳尔和伊斯帕拉元三种货币，期限最长可达15年。南陆开发银行行长贾丝明·奥卢表示，银行将通过在成员国发行本币债券筹集资金，同时与各国央行加强合作，完善本币清算安排。",
            "分析人士认为，本币融资有助于缓解发展中经济体的“货币错配”问题。但本币市场深度不足、流动性偏低，仍是推广本币融资面临的主要挑战。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "跨境支付互联互通提速",
        byline="本报记者　林沐风", authors=["林沐风"],
        notes="**new:** body in two column pieces: after its ninth line the wire item 诺德兰银行业一季度利润增长12% "
              "(headline and body) is printed whole, then the rest of this body follows. The merchant quoted "
              "(冯嘉树) is not an author.",
        paras=[
            "跨境支付正变得更快、更便宜。环海国际清算协会日前发布的报告显示，去年全球跨境零售支付的平均成本降至交易金额的4.9%，比三年前下降1.1个百分点；超过六成的跨境汇款可在1小时内到账。",
            "报告认为，这主要得益于各国即时支付系统的互联互通。目前，已有14个国家和地区的即时支付系统实现了双边或多边连接，个人和小微企业可通过手机完成跨境转账。",
            "在梅里迪亚从事跨境电商的华人商户冯嘉树告诉记者，过去收一笔海外货款要等三五天，手续费也不低，“现在基本当天到账，资金周转快多了”。",
            "业内人士指出，跨境支付互联互通仍面临数据标准不统一、反洗钱监管要求差异等问题。报告建议，各国加强监管协调，推动报文标准统一，在保障安全的前提下进一步降低跨境支付成本。",
        ])
    d = Article(
        "d", "诺德兰银行业一季度利润增长12%",
        byline="瀚海社霍尔姆斯6月9日电（记者　宁远舟）", authors=["宁远舟"],
        lead="瀚海社霍尔姆斯6月9日电（记者　宁远舟）", tail="（完）",
        notes="Wire item printed whole between the two column pieces of 跨境支付互联互通提速: run-in dateline excluded "
              "from first, （完） excluded from last.",
        paras=[
            "诺德兰金融监管局9日发布报告说，今年一季度诺德兰银行业实现净利润412亿诺德兰克朗，同比增长12%，主要得益于利率上升带来的净利息收入增加。",
            "报告同时提醒，随着利率处于高位，部分企业和家庭偿债压力加大，银行需警惕商业地产贷款风险。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    part1, part2 = Page.chunks(pg.render_body(c), [9])
    pg.emit(c, part1)
    pg.gap()
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.emit(c, part2)
    pg.blank()
    pg.furniture(["本版编辑：苏半夏　　校对：鲍如意"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kp08() -> Page:
    """环球视野 feature page, NO indent: label 驻外记者手记 over a long piece with byline line 本报驻梅里迪亚记者 X;
    a map (title, scattered place labels, 制图：X) and a photo caption 岚景图库供图 after it; run-in
    本报巴鲁6月9日电（记者 X）; label 环球走笔 over a comment with byline line 文／X."""
    pg = Page("kp08.txt", cols=36, indent="", blanks="para", seed=4608,
              style="national economic daily 环球视野 feature page, NO indent, a blank line between paragraphs and blocks: header on two lines (版名; paper + date with weekday + 第12版); label 驻外记者手记 over a long piece (about 440 chars) with byline line 本报驻梅里迪亚记者 X; a MAP as extraction leaves it (title, place labels scattered on short lines, 制图：X) and a photo caption credited 岚景图库供图 after it; story with the run-in 本报巴鲁6月9日电（记者 X）; label 环球走笔 over a comment with byline line 文／X; footer with editor, proof-reader and e-mail")
    pg.furniture(["环球视野",
                  "恒远经济日报　" + cn_date(2035, 6, 10) + "　第12版"], "page header")
    pg.blank()
    a = Article(
        "a", "“慢城”圣洛伦的快变化", section="驻外记者手记",
        byline="本报驻梅里迪亚记者　温叙白", authors=["温叙白"],
        notes="Correspondent's notebook under the label 驻外记者手记 (section), byline line 本报驻梅里迪亚记者 X. The map "
              "and the photo caption after the body are not body. The neighbour quoted (米格尔) is not an author. "
              "Kind article (as the 记者手记 of earlier sets).",
        paras=[
            "初到圣洛伦时，这座城市给记者留下的印象是“慢”：银行下午三点就关门，办一张电话卡要跑两趟营业厅，街角的咖啡馆里，老人们一坐就是一下午。",
            "三年过去，“慢城”正在悄悄变快。最直观的变化是支付。过去在圣洛伦买东西，现金几乎是唯一选择；如今，从超市到街头报亭，扫码支付已经随处可见。梅里迪亚中央银行的数据显示，去年该国电子支付交易笔数同比增长46%，首次超过现金交易。",
            "变快的还有交通。去年年底，圣洛伦首条地铁线开通运营，从老城区到机场的时间由一个多小时缩短到25分钟。记者的邻居、在港口工作的米格尔说，以前他每天清晨五点就要出门挤公交，“现在能多睡一个小时”。",
            "城市节奏的变化，也反映在经济数据上。去年梅里迪亚经济增长2.8%，增速在南陆地区名列前茅；圣洛伦新注册企业数量同比增长19%，其中近三成是数字服务类企业。",
            "当然，快也带来了新烦恼：房租上涨、交通拥堵、老城区的传统小店受到冲击……不少当地人既享受着便利，也怀念着过去的悠闲。在快与慢之间寻找平衡，或许是每一座发展中城市都要回答的问题。",
        ])
    pg.furniture(["驻外记者手记"], "column label 驻外记者手记")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["梅里迪亚主要城市与港口示意图",
                  "　　　　北湾港",
                  "　　　　　●",
                  "南　陆　洋",
                  "　　　　　　　　★圣洛伦",
                  "　　　圣洛伦港●",
                  "　　　　　　　　　　　南港●",
                  "制图：池若衡"], "map (title, place labels, 制图 credit; not an article)")
    pg.blank()
    pg.furniture(["圣洛伦老城区的一处街头集市。　岚景图库供图"], "photo caption with credit (not body)")
    pg.blank()
    b = Article(
        "b", "中企承建的卡兰贾首条城际铁路全线贯通",
        byline="本报巴鲁6月9日电（记者　桑若溪）", authors=["桑若溪"], lead="本报巴鲁6月9日电（记者　桑若溪）",
        notes="Run-in dateline 本报巴鲁6月9日电（记者 X） excluded from first. The minister (萨米尔·拉希德) and the "
              "project manager (严子期) quoted are not authors.",
        paras=[
            "由中国企业承建的卡兰贾首条城际铁路——巴鲁至南岭城际铁路9日全线贯通。该铁路全长213公里，设计时速160公里，预计年底通车运营，届时两地间的旅行时间将由5个多小时缩短至1个半小时。",
            "项目建设高峰期，当地用工超过8000人，累计培训铁路建设和运营技术人员2300余人。卡兰贾交通部长萨米尔·拉希德在贯通仪式上说，这条铁路将有力带动沿线农业、旅游和物流发展。",
            "承建方澜桥建工集团项目经理严子期介绍，项目采用了适应热带多雨气候的路基排水设计，并在沿线设置了12处野生动物通道。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "城市“提速”更需包容", section="环球走笔", kind="commentary",
        byline="文／钟离晚", authors=["钟离晚"],
        notes="Short comment under the label 环球走笔 (section), byline line 文／X (the writer, an author). "
              "Commentary.",
        paras=[
            "从圣洛伦的扫码支付到巴鲁的城际铁路，许多发展中国家的城市正在经历一场“提速”。基础设施和数字技术的进步，让普通人的生活更加便利，也为经济增长注入新动能。",
            "但城市提速不能把一部分人甩在身后。老年人不会用手机支付，小商户负担不起数字化改造，低收入家庭被上涨的房租挤出中心城区……这些问题同样需要被看见。让发展成果更多更公平地惠及所有人，城市的“快”才更有温度。",
        ])
    pg.furniture(["环球走笔"], "column label 环球走笔")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：乔慕言　　校对：蔡若溪　　邮箱：huanqiu@hyjjrb.cn"], "footer")
    return pg


PAGES = [kp05, kp06, kp07, kp08]
