"""Pages d05-d08 of handmade26 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date


# ---------------------------------------------------------------------------
def d05() -> Page:
    """证券市场周刊-like 专栏·观点 page, WIDE 42-character column, NO indent: label 宏观视野 over an economist's
    column (byline line 文／X under the headline, numbered crossheads, bio line （作者为…首席经济学家） after the
    body); label 观察 over a comment signed at the end on a right-aligned line 本刊研究员　X; a market item with
    byline line 本刊记者 X; footer."""
    pg = Page("d05.txt", cols=42, indent="", blanks="para", seed=2605,
              style="证券市场周刊-like 专栏·观点 page, WIDE 42-character column, NO indent, blank lines between paragraphs and blocks: header on three lines (magazine + 期号 and 总期号; 版名 专栏·观点; 出版日期 with weekday); label 宏观视野 over an economist's column: headline, byline line 文／X, numbered crossheads (一、… 二、… 三、…), bio line （作者为华岳证券首席经济学家） on a line of its own after the body; label 观察 over a comment whose signature 本刊研究员　X is printed at the END on a right-aligned line; market item with byline line 本刊记者 X; footer with editor and 投稿邮箱")
    pg.furniture(["衡市证券周刊　2035年第12期（总第1140期）",
                  "专栏·观点",
                  "出版日期：" + cn_date(2035, 3, 24)], "page header")
    pg.blank()
    a = Article(
        "a", "利率下行周期中的居民资产再配置", section="宏观视野", kind="commentary",
        byline="文／邹鹤年", authors=["邹鹤年"],
        notes="Economist's column under the label 宏观视野 (section): byline line 文／X under the headline, the "
              "writer is the author. Numbered crossheads (一、… 二、… 三、…) are body. **new:** the bio line "
              "（作者为华岳证券首席经济学家） printed on a line of its own after the last paragraph is not body (as a "
              "byline or credit line) and is not part of the byline. Commentary (a signed opinion column).",
        paras=[
            "过去一年，存款利率经历了多轮下调，五年期定期存款挂牌利率已降至1.5%以下。利率下行正在改变居民的资产配置行为：一方面，存款“搬家”的迹象开始显现；另一方面，居民风险偏好的修复仍然缓慢。如何理解这一矛盾，决定了我们对资本市场增量资金的判断。",
            Cross("一、存款搬家：速度慢于预期"),
            "从数据看，去年四季度以来居民存款增速有所放缓，但绝对规模仍在增加。定期存款占比从高点小幅回落，流向主要是银行理财、货币基金和保险产品，真正进入股票市场的资金相对有限。这说明，居民资产再配置首先发生在“类存款”资产之间，而不是直接转向权益资产。",
            Cross("二、三条可能的路径"),
            "我们认为，居民资产再配置可能沿着三条路径展开。第一条是“固收+”路径，即从存款转向以债券为底仓、适度配置权益的稳健型产品，这是规模最大、确定性最高的一条。第二条是保险路径，分红险、增额终身寿险等产品兼具保障和储蓄功能，在利率下行期吸引力上升。第三条是权益基金路径，其规模取决于市场赚钱效应能否持续。",
            "三条路径并不相互排斥。从海外经验看，利率长期下行阶段，居民金融资产中养老金和保险的占比往往持续上升，并通过机构投资者间接进入权益市场。这意味着，保险资金和养老金的配置行为，比散户入市更值得关注。",
            Cross("三、政策含义"),
            "推动居民资产合理配置，需要在供给端下功夫：一是丰富低波动、高分红的权益类产品，降低居民首次参与权益投资的门槛；二是完善个人养老金制度，扩大税收优惠覆盖面；三是强化投资者保护，让居民真正分享上市公司成长的红利。",
        ])
    pg.furniture(["宏观视野"], "column label 宏观视野")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.line(a, "（作者为华岳证券首席经济学家）", "bio")
    pg.gap()
    b = Article(
        "b", "分红新规不是“一刀切”", section="观察", kind="commentary",
        byline="本刊研究员　傅晓岑", authors=["傅晓岑"],
        notes="Comment under the label 观察 (section), no byline under the headline: its signature 本刊研究员　X is "
              "printed at the END on a right-aligned line of its own (the byline, written without its leading "
              "U+3000s; not body). The writer is the author. Commentary.",
        paras=[
            "近期，交易所就上市公司现金分红相关规则的修订征求意见，对连续多年不分红或分红比例明显偏低的公司，拟强化信息披露并实施风险警示。消息一出，市场上出现一种担心：成长期企业是否也要被迫分红？",
            "细读规则可以发现，新规并非“一刀切”。对于研发投入占比较高、处于快速扩张期的企业，规则设置了差异化安排，只要在年报中充分说明不分红的原因以及留存资金的用途，就不会被简单地“贴标签”。新规真正针对的，是那些账上趴着大量现金、却长期“一毛不拔”的公司。",
            "分红是上市公司回报投资者最直接的方式。提高分红的稳定性和可预期性，有助于引导长期资金入市，也有助于扭转“重融资、轻回报”的风气。",
        ])
    pg.furniture(["观察"], "column label 观察")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 33 + b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "两市融资余额重回1.9万亿元",
        byline="本刊记者　谭知微", authors=["谭知微"],
        notes="Market item with byline line 本刊记者 X. The analysts quoted are not authors.",
        paras=[
            "数据显示，截至3月21日，沪深两市融资余额为1.91万亿元，较年初增加约1360亿元，为近两年来首次重回1.9万亿元上方。从行业分布看，电子、计算机、非银金融三个行业的融资净买入额居前，合计占比超过四成。",
            "分析人士认为，融资余额回升反映出杠杆资金的风险偏好有所修复，但目前融资余额占A股流通市值的比重约为2.3%，仍处于历史中低水平，整体风险可控。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本栏目编辑：常予宁　　投稿邮箱：zhuanlan@hszqzk.com"], "footer")
    return pg


# ---------------------------------------------------------------------------
def d06() -> Page:
    """经济观察报-like 公司 page, ONE U+3000 indent, NO blank line anywhere: four company stories, each with a
    byline line 本报记者 X　深圳报道 / 上海报道 / 澜州报道 (the last without a place); a 图表 data box between the
    third and the fourth; footer."""
    pg = Page("d06.txt", cols=28, indent=FW, blanks="never", seed=2606,
              style="经济观察报-like 公司 page indented with ONE U+3000 and NO blank line anywhere: header on three lines (A9　公司; paper + date with weekday; 本版编辑 and 美编); four company stories, each headline over a byline line 本报记者 X　深圳报道 / 上海报道 / 澜州报道 (the fourth 本报记者 X without a place), a creditor and an investor quoted; a 图表 data box (title with unit, header row, four rows, 数据来源) between the third and the fourth story; footer with hotline and e-mail")
    pg.furniture(["A9　公司",
                  "经纬观察报　" + cn_date(2035, 3, 19),
                  "本版编辑：蔡小北　　美编：陆离"], "page header")
    a = Article(
        "a", "鼎峦地产境外债重组方案获债权人通过",
        byline="本报记者　韦听雨　深圳报道", authors=["韦听雨"],
        notes="Byline line 本报记者 X　深圳报道. The creditors' representative quoted is not an author. No blank "
              "line on the page: its end shows only by the next headline.",
        paras=[
            "鼎峦地产3月14日晚间公告，公司境外债务重组方案已获得持有约78%未偿本金的债权人投票支持，超过方案生效所需的75%门槛。方案涉及的境外债本金合计约46亿美元，债权人可在现金回购、新票据和强制可转债等选项中进行选择。",
            "一位参与谈判的债权人代表对本报记者表示，方案最终通过，主要在于公司提高了现金回购的比例，并承诺以两个核心商业项目的收益为新票据增信。“这不是一个让人满意的方案，但相比清盘，这是各方损失最小的选择。”",
            "重组方案生效后，鼎峦地产未来三年的境外偿债压力将明显缓解。但公司境内仍有约120亿元债务需要展期，今年前两个月销售金额同比下降31%，经营层面的压力仍然不小。",
        ])
    b = Article(
        "b", "嘉霖医药创新药海外授权首付款到账",
        byline="本报记者　卢映　上海报道", authors=["卢映"],
        notes="Byline line 本报记者 X　上海报道. The investor quoted is not an author.",
        paras=[
            "嘉霖医药日前宣布，已收到海外合作方支付的1.2亿美元首付款。去年12月，公司将一款处于二期临床的双特异性抗体在大中华区以外的权益授权给一家跨国药企，交易总金额最高可达16.5亿美元。",
            "近两年，国内创新药企对外授权交易明显增多，“出海”成为药企回笼资金的重要途径。一位医药行业投资人分析，首付款能否足额到账，是检验授权交易质量的重要标准，“里程碑付款能否兑现，还要看后续临床数据”。",
        ])
    c = Article(
        "c", "蓝曜光伏关停两条PERC电池产线",
        byline="本报记者　秦柏舟　澜州报道", authors=["秦柏舟"],
        notes="Headline with a Latin word (PERC). Byline line 本报记者 X　澜州报道. The 图表 box that follows it is "
              "not body.",
        paras=[
            "蓝曜光伏近日宣布，将关停位于霁川基地的两条PERC电池产线，涉及产能约8吉瓦，相关设备将计提减值。公司表示，PERC电池的市场需求快速萎缩，上述产线已连续多个季度亏损。",
            "这并非个例。去年以来，光伏行业多家企业相继关停或改造老旧产能。业内人士预计，今年PERC电池在国内市场的份额将降至5%以下，行业产能结构调整仍将持续。",
        ])
    d = Article(
        "d", "沛川食品三年内第二次更换审计机构",
        byline="本报记者　韦听雨", authors=["韦听雨"],
        notes="Byline line 本报记者 X without a place. Printed after the 图表 box.",
        paras=[
            "沛川食品公告，公司拟不再续聘原年审会计师事务所，改聘另一家会计师事务所为2035年度审计机构。公告称，更换原因是原审计机构服务年限已满，双方在审计工作安排上不存在分歧。这是该公司近三年来第二次更换审计机构。",
        ])
    for art in (a, b, c):
        pg.headline(art)
        pg.line(art, art.byline, "byline")
        pg.body(art)
    pg.furniture(["图表：部分光伏企业2034年业绩（亿元）",
                  "公司　　　营业收入　　净利润",
                  "蓝曜光伏　386.2　　　-12.3",
                  "汀溪新能　512.7　　　8.6",
                  "霁川阳光　221.4　　　-4.9",
                  "嵩原硅业　143.8　　　1.2",
                  "数据来源：公司公告"], "图表 data box (not an article)")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["新闻热线：010-8596××××　　邮箱：gongsi@jwgcb.com"], "footer")
    return pg


# ---------------------------------------------------------------------------
def d07() -> Page:
    """21世纪经济报道-like 金融 page: a story with a letter-spaced headline; a story whose body comes FIRST and
    whose headline and byline line are printed AFTER it; a Q&A (记者：／NAME：) with a two-line headline and
    ——副题 访…; a short item signed （记者 X） at the end; footer."""
    pg = Page("d07.txt", cols=32, indent=FW * 2, blanks="para", seed=2607,
              style="21世纪经济报道-like 金融 page, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday + 第10版; 版名 金融); story with a headline letter-spaced with U+3000 and byline line 本报记者 X　北京报道; story whose body comes FIRST and whose headline and byline line 本报记者 X　深圳报道 are printed AFTER it (mixed with normal ones on the page); Q&A with a headline on two lines, ——副题 访…, byline line 本报记者 X, intro then 记者：／NAME： paragraphs; short item signed （记者 X） run in at the end; footer with editor, proof-reader and e-mail")
    pg.furniture(["新纪元经济报道",
                  cn_date(2035, 4, 17) + "　第10版",
                  "金融"], "page header")
    pg.blank()
    a = Article(
        "a", "银行理财规模重回30万亿元",
        byline="本报记者　温叙　北京报道", authors=["温叙"],
        notes="Headline letter-spaced with U+3000 (digits kept whole), written unspaced. Byline line 本报记者 X　北京报道. "
              "The product manager quoted is not an author.",
        paras=[
            "银行理财市场规模在经历两年调整后重回30万亿元。记者从银行业理财登记托管机构获悉，截至3月末，全市场存续理财产品规模为30.2万亿元，较年初增加1.6万亿元，其中现金管理类和固定收益类产品合计占比超过九成。",
            "“存款利率下调后，不少储户把到期的定期存款转投理财。”一家股份制银行理财子公司的产品负责人对记者表示，今年以来，期限在一年以内的短债类产品最受欢迎，发行即售罄的情况并不少见。",
            "不过，理财产品收益率也在同步下行。数据显示，3月份全市场理财产品平均年化收益率为2.43%，较去年同期下降约0.5个百分点。业内人士提醒，投资者应理性看待产品的业绩比较基准，关注净值波动风险。",
        ])
    pg.headline(a, sep=FW)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "消费金融公司不良率高位回落",
        byline="本报记者　骆青　深圳报道", authors=["骆青"],
        notes="Headline and byline line printed AFTER the body (the body follows the previous story's last "
              "paragraph after a blank line). The risk officer quoted is not an author.",
        paras=[
            "多家持牌消费金融公司近日披露的2034年经营数据显示，行业不良贷款率在连续两年上升后首次回落。其中，规模居前的五家公司平均不良率为2.41%，较上年末下降0.3个百分点。",
            "一位消费金融公司风控负责人对记者表示，过去一年公司收缩了高风险客群的授信，加大了不良资产的催收和转让力度，“今年的重点不是冲规模，而是调结构”。",
            "与此同时，行业利率整体下行。按照监管要求，消费金融公司新发放贷款的综合年化利率将逐步压降至20%以内，这对公司的资金成本和风控能力提出了更高要求。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "区域性银行要回到服务本地的本源上来", head=["区域性银行要回到", "服务本地的本源上来"],
        kind="interview", subtitle="——访泊江银行行长戚澹",
        byline="本报记者　温叙", authors=["温叙"],
        notes="Q&A: headline on two lines, joined; ——副题 访… is the subtitle; byline line 本报记者 X (the "
              "interviewer, the author). Intro paragraph, then 记者：／戚澹： paragraphs; the banker who answers is "
              "not an author. Kind interview. Its headline follows the previous story's byline line printed after "
              "that story's body.",
        paras=[
            "在净息差持续收窄、同业竞争加剧的背景下，区域性银行如何找准定位？近日，本报记者专访了泊江银行行长戚澹。",
            "记者：去年泊江银行净息差降至1.62%，这个水平在同类银行中处于什么位置？",
            "戚澹：大致处于中游。息差收窄是行业共同面临的问题，我们的应对办法主要是两条：一是压降高成本存款，去年三年期以上大额存单占比下降了6个百分点；二是提高小微和涉农贷款的比重，这部分贷款的定价能力相对更强。",
            "记者：很多区域性银行过去几年都在跨区域扩张，泊江银行怎么考虑？",
            "戚澹：我们不追求跨区域扩张。泊江银行的优势在于熟悉本地企业和居民，审批链条短、决策快。把本地的产业链、商圈和县域经济服务好，是我们最重要的任务。",
            "记者：今年的经营目标是什么？",
            "戚澹：今年计划新增普惠小微贷款120亿元，不良率控制在1.3%以内。同时继续加大数字化投入，争取90%以上的小微贷款实现线上申请、线上审批。",
        ])
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "一季度保险业原保费收入增长6.7%",
        byline="（记者　骆青）", authors=["骆青"], tail="（记者　骆青）",
        notes="Short item signed （记者 X） run in at the end: the byline, excluded from last.",
        paras=[
            "金融监管部门最新数据显示，一季度保险业实现原保险保费收入2.21万亿元，同比增长6.7%。其中，人身险公司原保费收入1.66万亿元，增长7.9%；财产险公司原保费收入5500亿元，增长3.2%。赔款与给付支出7218亿元，同比增长9.5%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：宗岱　　校对：夏临　　邮箱：jinrong@xjyjjbd.com"], "footer")
    return pg


# ---------------------------------------------------------------------------
def d08() -> Page:
    """第一财经日报-like 快讯 strip of an 11-character column, ONE U+3000 indent: label 财经快讯 over four items:
    headlines letter-spaced across the column (one on two lines) or printed plain on two lines; run-in
    本报讯（记者 X）, 本报霁川4月2日讯（记者 X）, a byline line 记者 X　通讯员 Y, a closing credit （记者 X　实习生 Y）."""
    pg = Page("d08.txt", cols=11, indent=FW, blanks="para", seed=2608,
              style="第一财经日报-like 快讯 strip of a NARROW 11-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; A2　快讯) wider than the column; label 财经快讯 over four items: three headlines letter-spaced with U+3000 across the column, each spread over two lines broken in MID-WORD (澜　州　发　放　2 / 亿　元　消　费　券), one plain headline on two lines broken at a phrase; run-in 本报讯（记者 X）, run-in 本报霁川4月2日讯（记者 X） wrapped over two lines, byline line 记者 X　通讯员 Y wider than the column, closing credit （记者 X　实习生 Y） run in at the end; footer wider than the column")
    pg.furniture(["澄川财经日报", cn_date(2035, 4, 3), "A2　快讯"], "page header")
    pg.blank()
    pg.furniture(["财经快讯"], "column label 财经快讯")
    pg.blank()
    items = [
        Article("a", "澜州发放2亿元消费券",
                byline="本报讯（记者　章小满）", authors=["章小满"], lead="本报讯（记者　章小满）",
                notes="Item of the 财经快讯 strip (section). Headline letter-spaced with U+3000 across the narrow column, "
                      "spread over two lines broken in mid-word (2 / 亿元), joined unspaced. Run-in 本报讯（记者 X） excluded from first.",
                paras=[
                    "澜州市商务局昨日宣布，将于4月起分三批发放总额2亿元的数字消费券，覆盖餐饮、家电、文旅等领域。据测算，此次消费券可带动消费超过20亿元。市民可通过“澜州消费”小程序参与领取。",
                ]),
        Article("b", "汀溪自贸片区新增企业逾千家", head=["汀溪自贸片区", "新增企业逾千家"],
                byline="记者　邢远　通讯员　葛青", authors=["邢远", "葛青"],
                notes="Item of the 财经快讯 strip (section). Plain headline on two lines broken at a phrase, joined. "
                      "Byline line 记者 X　通讯员 Y (wider than the column): both are authors.",
                paras=[
                    "今年一季度，汀溪自贸片区新增注册企业1126家，同比增长18%，其中外资企业67家。",
                    "片区今年推出的“一照多址”改革，已惠及企业300余家，企业开办时间压缩至1个工作日。",
                ]),
        Article("c", "霁川上调最低工资标准",
                byline="本报霁川4月2日讯（记者　潘柏）", authors=["潘柏"], lead="本报霁川4月2日讯（记者　潘柏）",
                notes="Item of the 财经快讯 strip (section). Letter-spaced headline spread over two lines and broken "
                      "in mid-word, joined unspaced. Run-in 本报霁川4月2日讯（记者 X）, wrapped over two lines, excluded "
                      "from first.",
                paras=[
                    "霁川市人社局2日发布通知，自5月1日起上调全市最低工资标准，月最低工资标准最高档由2280元调整为2420元，小时最低工资标准相应调整。这是霁川近三年来首次调整最低工资标准。",
                ]),
        Article("d", "鹭门新开两条远洋航线",
                byline="（记者　章小满　实习生　贾禾）", authors=["章小满", "贾禾"], tail="（记者　章小满　实习生　贾禾）",
                notes="Item of the 财经快讯 strip (section). Letter-spaced headline spread over two lines broken in mid-word (两 / 条), joined unspaced. Closing credit "
                      "（记者 X　实习生 Y） run in at the end and wrapped over two lines: the byline, excluded from "
                      "last; reporter and intern are authors.",
                paras=[
                    "鹭门港本周新开通两条远洋集装箱航线，分别直达南美西岸和地中海。至此，鹭门港远洋航线增至41条。今年鹭门港计划完成集装箱吞吐量650万标准箱。",
                ]),
    ]
    for i, art in enumerate(items):
        art.section = "财经快讯"
        if i:
            pg.gap()
        if art.head:
            pg.headline(art)
        else:
            pg.headline(art, spread_cols=11)
        if not art.lead and not art.tail:
            pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
    pg.blank()
    pg.furniture(["本版编辑：唐苇　　校对：陆一"], "footer")
    return pg


PAGES = [d05, d06, d07, d08]
