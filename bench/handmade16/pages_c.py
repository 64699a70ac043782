"""Pages a09-a12 of handmade16 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, spaced, wrap


# ---------------------------------------------------------------------------
def a09() -> Page:
    """省报 经济 page of a 19-character column: headline broken in mid-word (…工业增 / 加值…), byline line
    记者 X　通讯员 Y; run-in 本报讯（首席记者 X）; photo caption with 图片来源： between headline and text; item
    signed （X） at the end."""
    pg = Page("a09.txt", cols=19, indent="  ", blanks="para", seed=1609,
              style="省报 经济 page of a 19-character column indented with two ASCII spaces: header on ONE line wider than the column (版次　版名　date　paper); headline broken in the MIDDLE of a word (前三季度全省规上工业增 / 加值同比增长7.2%) over byline line 记者 X　通讯员 Y (no 本报); run-in 本报讯（首席记者 X）; photo caption on two lines and a credit line 图片来源：… printed BETWEEN a headline and its run-in 本报讯（记者 X　通讯员 Y）; headline on two lines with quotation marks over an item signed （X） at the end; footer on two lines")
    pg.furniture(["第5版　经济　" + cn_date(2033, 10, 24) + "　澜江日报"], "page header")
    pg.blank()
    a = Article(
        "a", "前三季度全省规上工业增加值同比增长7.2%", head=["前三季度全省规上工业增", "加值同比增长7.2%"],
        byline="记者　邵雨桐　通讯员　乔知夏", authors=["邵雨桐", "乔知夏"],
        notes="**new:** headline on two lines broken in the MIDDLE of a word (…工业增 / 加值…), joined. Byline line "
              "记者 X　通讯员 Y without 本报: both authors.",
        paras=[
            "记者从省工业和信息化厅获悉，前三季度，全省规模以上工业增加值同比增长7.2%，增速比上半年加快0.3个百分点，比全国平均水平高1.5个百分点。",
            "分行业看，全省41个工业大类行业中有32个实现增长，增长面达78%。其中，电子信息、新能源汽车、新材料等战略性新兴产业增加值增长13.6%，占规上工业的比重提高到36.2%。",
            "省工业和信息化厅有关负责人表示，四季度将聚焦重点行业、重点企业和重点项目，加强运行监测调度，推动已投产项目尽快达产，全力冲刺全年目标。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "省级政府投资基金规模突破800亿元", head=["省级政府投资基金", "规模突破800亿元"],
        byline="本报讯（首席记者　焦远山）", authors=["焦远山"], lead="本报讯（首席记者　焦远山）",
        notes="Headline on two lines, joined; run-in 本报讯（首席记者 X） excluded from first; the 首席记者 is the "
              "author.",
        paras=[
            "10月23日，记者从省财政厅获悉，截至9月底，全省省级政府投资基金认缴规模达到812亿元，累计投资项目1260个，撬动社会资本超过2400亿元。",
            "省财政厅有关负责人介绍，今年以来，省级政府投资基金聚焦集成电路、生物医药、新能源等重点产业，加大对种子期、初创期科技企业的投资力度，投向早期项目的资金占比提高到35%。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "澜州综保区前三季度进出口增长18%", byline="本报讯（记者　雷听雨　通讯员　柯一帆）",
        authors=["雷听雨", "柯一帆"], lead="本报讯（记者　雷听雨　通讯员　柯一帆）",
        notes="**new:** a photo caption (two lines) and its credit line 图片来源：… printed between the headline and "
              "the text: not body, the body starts with the run-in 本报讯（记者 X　通讯员 Y） (excluded from first). "
              "The caption source is an office, no author.",
        paras=[
            "前三季度，澜州综合保税区实现进出口总额486亿元，同比增长18.3%，增速居全省综合保税区首位。",
            "今年以来，澜州综保区大力发展保税维修、跨境电商、保税研发等新业态，引进加工贸易企业11家，保税维修业务进出口额同比增长62%。",
        ])
    pg.headline(c)
    pg.furniture(["图为澜州综合保税区内，", "工作人员正在查验进出口货物。", "图片来源：澜州综合保税区管委会"],
                 "photo caption with 图片来源 line (not body)")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "全省新增国家级专精特新“小巨人”企业47家", head=["全省新增国家级专精特新", "“小巨人”企业47家"],
        byline="（卫小棠）", authors=["卫小棠"], tail="（卫小棠）",
        notes="Headline on two lines, the second opening with a quotation mark, joined. Signed （X） run in at the "
              "end, excluded from last.",
        paras=[
            "近日，第七批国家级专精特新“小巨人”企业名单公布，全省47家企业入选，入选数量比上一批增加9家。至此，全省国家级专精特新“小巨人”企业累计达到312家。",
            "新入选企业中，制造业企业占比超过九成，平均研发投入强度达到6.8%，户均拥有有效发明专利23件。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：黎望舒", "校对：温若"], "footer on two lines")
    return pg


# ---------------------------------------------------------------------------
def a10() -> Page:
    """金融报 银行 page indented with ONE U+3000: lead with ——副题; a bank's 理财 advertisement; article with a
    photo caption and credit between paragraphs; a bank's 公告; letter-spaced label over two unsigned items."""
    pg = Page("a10.txt", cols=31, indent=FW, blanks="some", seed=1610, p_para=0.35, p_gap=0.75,
              style="金融报 银行 page indented with ONE U+3000: lead with ——副题 and byline line 本报记者 X　通讯员 Y; a bank's wealth-product ADVERTISEMENT (广告 label, bank, product, 业绩比较基准, 风险等级, 起购金额, the line 理财非存款　产品有风险　投资须谨慎, hotline, small print) between articles; headline with a comma over byline line 本报记者 X, a ▲ photo caption printed between two paragraphs of the text, its credit X　摄 wrapped onto a line of its own with the paragraph indent; a bank's 公告 (title, text, 特此公告。, bank name and date lines); label letter-spaced with single spaces (银 行 动 态) over two unsigned items; footer with editor, designer and proof-reader")
    pg.furniture(["澜江金融报", cn_date(2033, 11, 8), "第6版　银行"], "page header")
    pg.blank()
    a = Article(
        "a", "普惠小微贷款余额同比增长21.3%", subtitle="——全省银行业加大对实体经济薄弱环节支持力度",
        byline="本报记者　莫听潮　通讯员　夏以沫", authors=["莫听潮", "夏以沫"],
        notes="——副题 is the subtitle; byline line 本报记者 X　通讯员 Y, both authors. The entrepreneur quoted (陶满仓) "
              "is not an author.",
        paras=[
            "记者从金融监管部门获悉，截至9月末，全省普惠型小微企业贷款余额达到1.37万亿元，同比增长21.3%，比各项贷款平均增速高10.6个百分点；普惠型小微企业贷款平均利率为3.86%，比年初下降0.31个百分点。",
            "“以前贷款要跑好几趟，现在在手机上填好资料，第二天就放款了。”泊阳市一家机械配件厂负责人陶满仓说，今年企业通过一家城商行的线上产品获得了300万元信用贷款，解决了原材料采购的资金缺口。",
            "今年以来，全省银行业持续推进小微企业融资协调工作机制落地，组织银行机构走访小微企业和个体工商户38万户，新发放贷款中信用贷款占比提高到31%。同时，引导银行加大对科技型企业、涉农主体、外贸企业等领域的支持力度，全省科技型中小企业贷款余额同比增长26.4%。",
            "金融监管部门有关负责人表示，下一步将督促银行机构完善尽职免责和内部考核机制，推动小微企业金融服务“敢贷、愿贷、能贷、会贷”长效机制建设。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["广告",
                  "澜州农商银行",
                  "“澜享”系列理财　火热发售中",
                  "业绩比较基准：2.60%—3.20%（年化）",
                  "产品风险等级：R2（中低风险）　起购金额：1元",
                  "理财非存款　产品有风险　投资须谨慎",
                  "客服热线：96××8　官方网站：www.lzrcb.example",
                  "本产品由澜银理财有限责任公司发行，澜州农商银行代理销售。业绩比较基准不代表产品未来表现和实际收益。"],
                 "advertisement (not an article)")
    pg.blank()
    b = Article(
        "b", "手机银行“适老化”改造后，老人用得更顺手了", byline="本报记者　苏念", authors=["苏念"],
        notes="Headline with a comma; byline line 本报记者 X. The ▲ photo caption with its credit 苏念 摄 (the same "
              "reporter) printed between two paragraphs (the credit wrapped onto a line of its own "
              "that carries the paragraphs' one-U+3000 indent) is not body: the body is printed in two pieces. The "
              "pensioner quoted (柏奶奶) is not an author.",
        paras=[
            "“字大了，按钮也少了，转账的时候还有语音提醒，我自己就能操作。”在澜州市一家银行网点，72岁的柏奶奶拿着手机，向记者展示手机银行的“长辈版”页面。",
            "今年以来，省内多家银行对手机银行进行适老化改造，推出“长辈版”“关怀版”，放大字体、简化功能，增加语音播报和一键呼叫人工客服功能。据统计，全省已有23家银行机构完成手机银行适老化改造，60岁以上用户月活跃量同比增长44%。",
            "在安全方面，部分银行为老年客户设置了单笔和单日转账限额，对向陌生账户大额转账等可疑交易进行电话核实。“既要让老人用得方便，也要守好他们的‘钱袋子’。”一家银行渠道管理部负责人说。",
            "与此同时，线下服务并未缩减。多家银行在网点设置爱心窗口、老年人专座，保留现金、存折等传统服务，并安排大堂经理为老年客户提供手把手指导。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b, end=2)
    pg.furniture(wrap("▲在澜州一家银行网点，工作人员指导老年客户使用手机银行“长辈版”。　苏念　摄", 31),
                 "photo caption with credit between paragraphs (not body)")
    pg.body(b, start=2)
    pg.blank()
    pg.furniture(["澜州银行股份有限公司",
                  "关于调整部分网点营业时间的公告"]
                 + wrap("尊敬的客户：为进一步优化网点布局，提升服务质效，我行自2033年11月15日起，调整江滨支行、望湖支行等6家网点的营业时间，调整后周一至周五营业时间为9:00至17:00，周末及法定节假日暂停营业。其间，客户可通过我行手机银行、自助设备及周边网点办理相关业务。由此给您带来的不便，敬请谅解。", 31, FW * 2)
                 + ["　　特此公告。", FW * 15 + "澜州银行股份有限公司", FW * 18 + "2033年11月7日"],
                 "a bank's 公告 (notice: not an article)")
    pg.blank()
    pg.furniture([spaced("银行动态")], "column label 银行动态, letter-spaced")
    items = [
        Article("c1", "澜州银行发行首单“科创票据”", paras=[
            "11月6日，澜州银行成功发行一笔规模5亿元的科创票据，期限3年，票面利率2.45%，募集资金将用于支持科技型企业研发和产业化项目。"]),
        Article("c2", "苍屿农商银行推出“茶农贷”", paras=[
            "苍屿农商银行近日推出“茶农贷”信贷产品，以茶园经营权、茶叶订单等作为增信方式，单户最高可贷50万元。产品推出一个月来，已为286户茶农发放贷款6800万元。"]),
    ]
    for k, art in enumerate(items):
        art.section = "银行动态"
        art.notes = "Item under the letter-spaced label 银 行 动 态 (section, written unspaced); unsigned."
        if k:
            pg.gap()
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["本版编辑：庄以宁　美编：甘一苇　校对：阮晓"], "footer")
    return pg


# ---------------------------------------------------------------------------
def a11() -> Page:
    """地市党报 要闻 page 2 of an 11-character column: continuation from page 1 with its headline repeated and
    （上接第一版） run in before text that starts in mid-word; 本报评论员 piece; 本报讯 item whose headline is broken
    inside a quoted word."""
    pg = Page("a11.txt", cols=11, indent=FW * 2, blanks="arts", seed=1611,
              style="地市党报 要闻 page 2 of an 11-character column, blank lines only between articles: continuation of a page-1 article with its headline repeated on three lines and the jump line （上接第一版） RUN IN before the text, which starts in mid-word (长6.8%，…); 本报评论员 piece (headline on two lines, byline line 本报评论员); run-in 本报讯（记者 X　通讯员 Y） item (the run-in wrapped inside a name) whose headline is broken INSIDE a quoted word (全市首家“科创 / 驿站”揭牌); header on three lines, footer on two")
    pg.furniture(["苍屿日报", cn_date(2033, 4, 11), "2　要闻"], "page header")
    pg.blank()
    a = Article(
        "a", "一季度全市经济实现“开门红”", head=["一季度全市", "经济实现", "“开门红”"],
        lead="（上接第一版）",
        notes="**new:** continuation of a page-1 article whose headline is repeated here (on three lines, joined) "
              "and whose jump line （上接第一版） is run in before the text (excluded from first, like a dateline). "
              "The text starts in mid-word (长6.8%，…: the word 增长 was cut at the page break), and first starts "
              "there. The byline was printed on page 1: none here, no authors.",
        paras=[
            "长6.8%，高于全省平均水平0.9个百分点。",
            "从需求看，一季度全市固定资产投资增长7.4%，其中工业投资增长15.2%；社会消费品零售总额增长6.1%，文旅消费持续升温，全市接待游客人次增长21%。",
            "从动能看，全市高新技术产业增加值增长11.8%，新能源汽车零部件、电子材料等新兴产业产值保持两位数增长。一季度全市新增经营主体1.9万户，同比增长12.3%。",
            "市统计局有关负责人表示，当前全市经济回升向好的基础还需巩固，要持续扩大有效投资、提振消费，推动经济运行持续向好。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "让“开门红”成为“全年红”", head=["让“开门红”", "成为“全年红”"], kind="commentary",
        byline="本报评论员",
        notes="本报评论员 piece (commentary): headline on two lines, joined; byline line 本报评论员 names no person: "
              "no authors.",
        paras=[
            "一季度全市经济实现“开门红”，成绩来之不易。这是全市上下抢抓机遇、真抓实干的结果，也为完成全年目标任务打下了坚实基础。",
            "也要清醒看到，“开门红”不等于“全年红”。外部环境复杂多变，部分企业经营仍面临困难，消费恢复基础还不牢固。越是开局良好，越要保持定力、乘势而上。",
            "让“开门红”成为“全年红”，关键在于抓项目、优环境、强服务。要盯紧重大项目建设节点，推动早开工、早投产；要持续优化营商环境，真心实意为企业排忧解难；要用好各项政策，让企业和群众有实实在在的获得感。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "全市首家“科创驿站”揭牌", head=["全市首家“科创", "驿站”揭牌"],
        byline="本报讯（记者　孔若溪　通讯员　鲍远）", authors=["孔若溪", "鲍远"],
        lead="本报讯（记者　孔若溪　通讯员　鲍远）",
        notes="**new:** headline on two lines broken INSIDE a quoted word (“科创 / 驿站”), joined. Run-in "
              "本报讯（记者 X　通讯员 Y） (wrapped over two lines, the break inside the name 孔若 / 溪) excluded from first; both "
              "authors.",
        paras=[
            "4月10日，全市首家“科创驿站”在苍屿高新区揭牌。驿站设置政策咨询、技术对接、融资路演等服务窗口，入驻科技服务机构12家。",
            "据介绍，驿站将定期组织高校专家走进企业，帮助中小企业解决技术难题，力争年内促成校企合作项目30个以上。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：岑晚照", "校对：米乐"], "footer on two lines")
    return pg


# ---------------------------------------------------------------------------
def a12() -> Page:
    """第一财经-like 公司·产业 page of a 45-character column, no indent, no blank line: lead with a two-line headline
    (second line longer), 本报首席记者 X　本报记者 Y, ■ crossheads, photo caption with 图片来源：, 编辑：X line
    after the text; second article with its own 编辑 line; run-in 本报讯（记者 X） item."""
    pg = Page("a12.txt", cols=45, indent="", blanks="never", seed=1612,
              style="第一财经-like 公司·产业 page of a 45-character column, NO indent and NO blank line anywhere (paragraph ends show only as short lines): lead with a headline on two lines, the second LONGER (光模块订单排到明年 / 一家苍屿企业的扩产账与隐忧), byline line 本报首席记者 X　本报记者 Y, two ■-marked crossheads, a photo caption ending with 图片来源：… printed between two paragraphs, an editor line 编辑：X after the text; second article with byline line 本报记者 X and its own 编辑：X line; run-in 本报讯（记者 X） item with a Latin abbreviation (IPO) in the headline; header with paper, date, page and 版名")
    pg.furniture(["澜海财经日报", cn_date(2033, 6, 28) + "　A9　公司·产业"], "page header")
    a = Article(
        "a", "光模块订单排到明年一家苍屿企业的扩产账与隐忧", head=["光模块订单排到明年", "一家苍屿企业的扩产账与隐忧"],
        byline="本报首席记者　尹清和　本报记者　蓝若枫", authors=["尹清和", "蓝若枫"],
        notes="Headline on two lines, the second longer, joined. Byline line 本报首席记者 X　本报记者 Y, both authors. "
              "The ■ crossheads are body. The photo caption (ending 图片来源：…) between two paragraphs is not body: "
              "the body is printed in two pieces. The line 编辑：X after the text credits the editor: not body, not "
              "an author. The executives quoted (晏北辰, 商若琳) are not authors.",
        paras=[
            "6月下旬，苍屿高新区的一座新厂房里，工人们正在调试一条刚刚运抵的光模块自动化生产线。这是苍屿光联科技今年新建的第三条产线，投产后公司高速光模块月产能将从目前的40万只提升到65万只。",
            "“现在的订单已经排到了明年一季度，产能是最大的瓶颈。”光联科技董事长晏北辰告诉记者，受数据中心建设提速带动，公司800G光模块出货量从去年下半年开始快速增长，今年一季度营业收入同比增长138%。",
            Cross("■ 订单从何而来"),
            "光模块是数据中心内部实现光电信号转换的核心器件。随着大模型训练和推理对算力需求的快速增长，数据中心内部的数据传输量成倍增加，高速光模块的需求随之水涨船高。",
            "光联科技的客户主要是国内外的云计算厂商和服务器制造商。晏北辰介绍，公司去年开始为一家海外云服务商批量供货，今年海外收入占比已超过六成。为保障交付，公司将部分封装测试环节外包给周边协作企业，带动苍屿新增光通信配套企业9家。",
            Cross("■ 扩产背后的隐忧"),
            "订单火爆之下，隐忧同样存在。记者了解到，光模块核心部件之一的高速光芯片仍有相当比例依赖进口，部分型号交货周期长达半年，一旦供应出现波动，将直接影响产能释放。",
            "行业竞争也在加剧。据不完全统计，过去一年国内至少有十余家企业宣布扩产高速光模块，新增规划产能超过千万只。“如果需求增速放缓，行业可能会出现阶段性过剩，价格战难以避免。”一位光通信行业分析师说。",
            "对此，光联科技财务总监商若琳表示，公司扩产坚持“以销定产”，新产线有一半以上产能已锁定长期订单；同时，公司正与省内科研院所合作攻关高速光芯片，计划两年内实现部分型号自主供应。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=5)
    pg.furniture(["光联科技新建的光模块自动化生产线正在调试。图片来源：苍屿光联科技"],
                 "photo caption with 图片来源 between paragraphs (not body)")
    pg.body(a, start=5)
    pg.furniture(["编辑：卢一苇"], "editor line after the article (not body)")
    b = Article(
        "b", "锂电铜箔加工费止跌回升", byline="本报记者　彭雨霏", authors=["彭雨霏"],
        notes="Byline line 本报记者 X; the line 编辑：X after the text is the editor's credit, not body, not an author.",
        paras=[
            "经历了近两年的价格下行后，锂电铜箔加工费近期出现止跌回升迹象。记者从多家铜箔企业了解到，6月以来，6微米锂电铜箔加工费普遍上调1000元至2000元每吨，部分超薄产品加工费涨幅更大。",
            "“过去两年行业扩产太快，加工费一度跌破成本线，不少中小企业被迫停产。”一家铜箔上市公司董事会秘书表示，随着落后产能逐步出清，叠加储能电池需求回暖，行业供需关系有所改善，头部企业开始主动控制产量、稳定价格。",
            "不过，业内人士认为，当前行业整体开工率仍不足七成，加工费能否持续回升，取决于下游电池企业的排产情况，短期内行业仍将处于调整期。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["编辑：钱晓沐"], "editor line after the article (not body)")
    c = Article(
        "c", "澜芯半导体科创板IPO获受理", byline="本报讯（记者　谭若微）", authors=["谭若微"],
        lead="本报讯（记者　谭若微）",
        notes="Headline with a Latin abbreviation (IPO) kept as printed; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "6月27日，澜芯半导体股份有限公司科创板首次公开发行股票申请获上海证券交易所受理。公司拟募集资金18.6亿元，用于车规级功率芯片研发及产业化、研发中心建设等项目。",
            "招股说明书显示，澜芯半导体主要从事功率半导体芯片的设计和销售，产品应用于新能源汽车、光伏逆变器等领域。2032年，公司实现营业收入9.87亿元，净利润1.42亿元。",
        ])
    pg.headline(c)
    pg.body(c)
    return pg


PAGES = [a09, a10, a11, a12]
