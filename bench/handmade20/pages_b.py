"""Pages f05-f08 of handmade20 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def f05() -> Page:
    """基金 专访 page: label, headline with a colon, ——访… subtitle, byline line, a photo caption 受访者供图 line
    before the text, intro paragraph, 记者：／柯望舒： turns; a run-in 本报讯（记者 X） item."""
    pg = Page("f05.txt", cols=40, indent=FW, blanks="para", seed=2005,
              style="证券报 基金 专访 page indented with ONE U+3000: label 掌门人说 over an interview (headline with a colon on one line, ——访… subtitle, byline line 本报记者 X, the interviewee's photo caption line …　受访者供图 before the text, intro paragraph, five 记者：／柯望舒： turns run in at the start of their paragraphs); run-in 本报讯（记者 X） item; header on three lines, footer with editor and designer")
    pg.furniture(["岚川证券报", cn_date(2034, 8, 22) + "　A8", "基金·专访"], "page header")
    pg.blank()
    a = Article(
        "a", "柯望舒：权益投资要在“稳”字上多下功夫", kind="interview", section="掌门人说",
        subtitle="——访岚信基金总经理柯望舒", byline="本报记者　闻朝露", authors=["闻朝露"],
        notes="Interview under the label 掌门人说 (section): headline with a colon, ——访… subtitle, byline line 本报记者 "
              "X (the author; the interviewee 柯望舒 is not). The photo caption line …　受访者供图 between byline and "
              "text is not body. Body = intro paragraph and the 记者：／柯望舒： turns.",
        paras=[
            "今年以来，权益市场震荡回升，公募基金发行回暖。作为一家管理规模超过3800亿元的中型公募，岚信基金近年来在权益投资上坚持“不押赛道、控制回撤”的思路，旗下多只产品业绩稳健。日前，岚信基金总经理柯望舒接受了本报记者专访，谈及市场研判、产品布局和行业转型。",
            "记者：您如何看待下半年的A股市场？",
            "柯望舒：我们对下半年市场总体保持谨慎乐观。一方面，国内经济稳中向好的态势没有改变，上市公司盈利有望逐季改善；另一方面，A股整体估值仍处于历史中低位，中长期资金入市的力度在加大。当然，外部环境仍有不确定性，市场可能以结构性机会为主，指数层面大起大落的概率不大。",
            "记者：具体到行业，您更看好哪些方向？",
            "柯望舒：我们比较关注三条线索：一是科技自立自强相关的半导体设备、材料和工业软件，二是受益于人口结构变化的医疗服务和创新药，三是现金流稳定、分红能力强的公用事业和资源类公司。但我想强调，我们不鼓励基金经理押注单一赛道，组合里行业集中度过高，一旦风格切换，持有人的体验会很差。",
            "记者：近两年不少投资者“基金赚钱、基民不赚钱”，岚信基金在这方面做了哪些改进？",
            "柯望舒：这个问题我们思考了很久。归根结底，还是要让产品的风险收益特征与投资者的预期相匹配。我们在产品设计上更多引入回撤控制目标，在考核上把基金经理三年以上的长期业绩和持有人盈利情况放在更重要的位置，也在销售端减少对“爆款”的依赖，鼓励投资者通过定投等方式平滑成本。",
            "记者：费率改革推进以来，公募行业收入受到一定影响，您如何看待？",
            "柯望舒：费率下降是行业发展的必然趋势，短期确实会对收入有压力，但长期来看是好事。它倒逼公司把资源更多投向投研能力建设和客户服务，而不是规模扩张。我们今年在投研上的投入同比增加了两成左右，重点加强了量化和固收加团队。",
            "记者：对未来三年，岚信基金有什么目标？",
            "柯望舒：规模不是我们最看重的指标。我们希望三年后，持有我们产品一年以上的客户中，盈利的比例能够明显提高，这比排名和规模更能说明一家基金公司的价值。",
        ])
    pg.furniture(["掌门人说"], "column label 掌门人说")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(["岚信基金总经理柯望舒　　受访者供图"], "interviewee photo caption (not body)")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "公募基金总规模突破33万亿元",
        byline="本报讯（记者　池晏清）", authors=["池晏清"], lead="本报讯（记者　池晏清）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者8月21日从行业协会获悉，截至7月末，我国境内公募基金管理机构共163家，管理的公募基金资产净值合计33.12万亿元，较6月末增加约6400亿元，再创历史新高。",
            "分类型看，7月末货币市场基金规模13.86万亿元，债券基金规模7.52万亿元，股票基金规模4.71万亿元，混合基金规模3.58万亿元。其中，股票基金规模环比增长5.9%，增幅居各类基金之首，主要受益于股票型ETF份额增长和净值上涨。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["本版编辑：顾北辰　　美编：戚暖"], "footer with editor and designer")
    return pg


# ---------------------------------------------------------------------------
def f06() -> Page:
    """评论 page: 本报评论员 piece signed on a right-aligned line AFTER the body; label 财经观察 over a piece signed
    after the body with the name and a （作者系…） line; label 快评 over a piece with byline line 文／X."""
    pg = Page("f06.txt", cols=33, indent=FW * 2, blanks="some", seed=2006, p_para=0.45, p_gap=0.8,
              style="财经日报 评论·观点 page: 本报评论员 piece with no byline above it, signed 本报评论员 on a right-aligned line AFTER the body; label 财经观察 over a piece signed AFTER the body with the writer's name alone on a right-aligned line and then a line （作者系…研究员）; label 快评 over a piece with byline line 文／X under the headline; header on two lines (版名, paper + date + 版次), footer with editors and a 投稿 line")
    pg.furniture(["评论·观点", "溪石财经日报　" + cn_date(2034, 6, 5) + "　第3版"], "page header")
    pg.blank()
    a = Article(
        "a", "让现金分红成为上市公司的“必修课”", kind="commentary", byline="本报评论员",
        notes="本报评论员 piece: no byline above it; the signature 本报评论员 on a right-aligned line after the body "
              "is its byline (not body); no person named: no authors.",
        paras=[
            "日前，监管部门发布数据显示，2033年度共有3926家A股上市公司推出现金分红方案，分红总额达2.38万亿元，均创历史新高；其中，年内实施两次及以上分红的公司超过900家。越来越多的上市公司开始把分红当作回报投资者的“必修课”，而非可有可无的“选修课”。",
            "分红是投资者分享企业经营成果最直接的方式。长期以来，A股市场“重融资、轻回报”的现象较为突出，部分公司常年“一毛不拔”，有的公司即便盈利丰厚也不愿分红，有的则在大股东减持前突击高比例分红。这些做法损害了中小投资者利益，也削弱了市场对长期资金的吸引力。",
            "近两年，随着分红监管制度不断完善，对多年不分红或分红比例偏低的公司实施风险警示等约束措施落地，上市公司分红意愿明显增强。但也要看到，分红的稳定性和可预期性仍有待提高，一些公司分红“忽高忽低”，投资者难以形成稳定预期。",
            "让分红成为自觉，需要制度约束和内生动力共同发力。一方面，要继续强化分红监管，对具备分红能力却长期不分红的公司加大约束；另一方面，也要引导上市公司根据自身发展阶段和现金流状况，制定清晰、稳定、可持续的分红政策，在回报股东与投入发展之间找到平衡。",
            "当上市公司普遍把稳定分红当作对投资者的承诺，长期资金才会愿意来、留得住，资本市场的生态也才能真正改善。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 12 + a.byline, "byline")
    pg.gap()
    b = Article(
        "b", "警惕“伪科创”借并购重组蹭热点", kind="commentary", section="财经观察",
        byline="乔明远", authors=["乔明远"],
        notes="Piece under the label 财经观察 (section), signed AFTER the body: the writer's name alone on a "
              "right-aligned line (byline, the author), then the note （作者系…研究员） on a line of its own (neither "
              "byline nor body).",
        paras=[
            "今年以来，并购重组市场明显活跃，一批上市公司通过收购优质资产实现转型升级。与此同时，也有个别公司借并购之名“蹭”人工智能、半导体等科创热点，收购标的规模小、盈利弱，估值却高得离谱，交易公告发布后股价应声大涨。",
            "这类“伪科创”并购往往有几个共同特征：标的成立时间短、核心技术来源模糊，交易作价相对账面净资产溢价十几倍甚至几十倍，业绩承诺高企却缺乏可验证的订单支撑。一旦承诺落空，留下的往往是巨额商誉减值和一地鸡毛。",
            "鼓励并购重组，是为了让资源向优质企业集中，而不是给炒作题材提供新的舞台。监管部门在支持产业并购的同时，应加强对跨界并购、高溢价并购的问询和核查，压实中介机构责任，对利用并购重组操纵股价、内幕交易的行为从严打击。投资者也要擦亮眼睛，多看标的的技术实力和真实订单，少听公告里的“故事”。",
        ])
    pg.furniture(["财经观察"], "column label 财经观察")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 14 + b.byline, "byline")
    pg.furniture(["（作者系澄州大学金融研究院研究员）"], "author note （作者系…） after the signature")
    pg.gap()
    c = Article(
        "c", "新股定价更要尊重市场", kind="commentary", section="快评",
        byline="文／符一川", authors=["符一川"],
        notes="Piece under the label 快评 (section); byline line 文／X under the headline.",
        paras=[
            "近期，部分新股上市首日表现平平，个别甚至出现破发，引发市场关注。有观点认为，这说明新股发行定价偏高，应当加强窗口指导。对此，笔者不敢苟同。",
            "新股上市后有涨有跌，本是市场化定价的应有之义。过去“新股不败”的神话，很大程度上源于发行价格被人为压低，二级市场资金争相“打新”套利。破除这一神话，让发行价格更真实地反映企业价值，恰恰是注册制改革的题中之义。",
            "当然，市场化定价不等于放任高价。关键是要压实询价机构的报价责任，完善对报价行为的事后评估，让“抱团压价”和“抬价入围”都付出代价。只有定价过程更透明、更专业，新股发行才能真正回归价值投资。",
        ])
    pg.furniture(["快评"], "column label 快评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版主编：骆千帆　　责任编辑：管知秋",
                  "欢迎投稿　来稿请注明真实姓名及联系方式"], "footer with editors and 投稿 line")
    return pg


# ---------------------------------------------------------------------------
def f07() -> Page:
    """周末版 cover: feature with kicker, two-line headline, ——deck, byline line, three crossheads, a photo caption
    with its credit between two paragraphs, text cut before （下转B2版）; label 观潮 over a short comment 文／X;
    本期导读 box."""
    pg = Page("f07.txt", cols=38, indent=FW * 2, blanks="para", seed=2007,
              style="证券报 周末版 cover page B1: weekend feature (about 970 chars printed here) with kicker (引题) line, headline on two lines (the first ending with a colon: 县城里的“储能淘金”： / 三年引来47家企业之后), ——deck, byline line 本报记者 X　实习生 Y (two-character surname 钟离), three plain crossheads, a photo caption with its credit 本报记者 X　摄 run in at its end set on a line of its own BETWEEN two paragraphs, text stopping in mid-sentence before （下转B2版）; label 观潮 over a short comment with byline line 文／X; 本期导读 box (B2/B3/B4 titles); header on three lines (weekend paper name, date with weekday + B1, 主编 and 责任编辑)")
    pg.furniture(["汀江证券时报·周末", cn_date(2034, 9, 16) + "　B1", "主编：梅若涵　　责任编辑：阎牧之"], "page header")
    pg.blank()
    a = Article(
        "a", "县城里的“储能淘金”：三年引来47家企业之后",
        head=["县城里的“储能淘金”：", "三年引来47家企业之后"],
        subtitle="——澄阳县新型储能产业集群调查", byline="本报记者　钟离望　实习生　许晓蔓", authors=["钟离望", "许晓蔓"],
        notes="Weekend feature. Kicker 新型储能产业观察 above the headline; headline on two lines (the first ending with "
              "a colon), joined; the ——deck is the subtitle (the kicker named here only). Byline line 本报记者 X　实习生 "
              "Y: both authors (钟离 is a two-character surname). Plain crossheads are body. The photo caption with "
              "its credit between two paragraphs is not body (the photographer is the reporter, an author anyway). "
              "The text stops in mid-sentence (…同时推动) before the jump line （下转B2版）, which is not body. "
              "People quoted (邵怀远, 韦一鸣, 卢小满) are not authors.",
        paras=[
            "九月的澄阳县，暑气还未散尽。县城东侧的储能产业园里，一排排白色厂房连成一片，运送电芯和储能柜的货车进进出出。三年前，这里还是一片农田。",
            "“最忙的时候，我们一天要接待五六批来考察的企业。”澄阳县招商服务中心负责人邵怀远告诉记者。截至今年8月底，澄阳县已累计引进新型储能产业链企业47家，协议投资额超过520亿元，今年上半年储能产业产值达到86亿元，同比增长1.4倍。",
            "一个此前以农副产品加工为主、没有任何电池产业基础的县城，为何能在短短三年间成为储能企业扎堆的地方？又将面对怎样的挑战？连日来，记者在澄阳进行了实地走访。",
            Cross("从“零”起步"),
            "澄阳与储能产业结缘，始于一次偶然。2031年，一家头部电池企业计划在中部地区布局储能电芯基地，对比了十余个备选地之后，最终选择了澄阳。",
            "“我们看中的是三个条件：电价、土地和速度。”该企业澄阳基地副总经理韦一鸣说，澄阳距离一座大型水电站不到80公里，工业用电价格比周边地区低约一成；县里拿出了2000亩连片工业用地；从签约到首条产线投产，只用了11个月。",
            "龙头企业落地后，上下游企业接踵而至。正极材料、电解液、结构件、电池管理系统……三年间，澄阳的储能产业链从一家企业扩展到涵盖材料、电芯、系统集成和回收利用的完整链条。",
            Cross("“链”上生金"),
            "产业集聚带来的变化，当地人感受最深。园区内一家结构件企业的车间主任卢小满，两年前还在南方沿海城市打工，“现在离家二十分钟车程，每月收入六千多元，比在外面差不了多少”。据统计，储能产业园目前吸纳就业超过1.2万人，其中七成以上为本地劳动力。",
            "县财政也因此受益。澄阳县财政局提供的数据显示，2033年全县税收收入同比增长31%，其中储能产业贡献的增量占六成左右。",
            Cross("隐忧与破局"),
            "热闹背后，隐忧同样存在。今年以来，储能电芯价格较去年高点下跌超过三成，行业进入洗牌期。记者走访中发现，园区内有两家去年签约的企业项目进度明显放缓，其中一家原计划年内投产的产线至今仍未安装设备。",
            "“产能过剩的压力是实实在在的。”一位不愿具名的企业负责人坦言，储能行业技术迭代快，如果企业没有核心技术和稳定客户，仅靠地方政策优惠很难撑过这一轮周期。对此，邵怀远表示，县里已调整招商策略，不再“来者不拒”，而是把技术水平、订单情况和投资强度作为项目准入的硬指标，同时推动",
        ])
    pg.kicker(a, "新型储能产业观察")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=6)
    pg.gap()
    pg.furniture(wrap("澄阳县储能产业园内，工人在储能电芯生产线上作业。　本报记者　钟离望　摄", 38),
                 "photo caption with credit between two paragraphs (not body)")
    pg.gap()
    pg.body(a, start=6)
    pg.furniture(["（下转B2版）"], "jump line （下转B2版） (not body)")
    pg.gap()
    b = Article(
        "b", "“县城储能热”需要一点冷思考", kind="commentary", section="观潮",
        byline="文／祁慕远", authors=["祁慕远"],
        notes="Short comment under the label 观潮 (section); byline line 文／X.",
        paras=[
            "新型储能是构建新型电力系统的重要支撑，各地积极布局无可厚非。但当越来越多的县城把储能当作招商“香饽饽”，就需要一点冷思考。",
            "储能产业技术路线尚未定型，产能扩张速度远快于需求增长。一些地方以低价土地、电价补贴甚至代建厂房吸引项目，短期内做大了投资数字，却可能在行业洗牌中留下闲置厂房和财政包袱。",
            "发展新兴产业，既要抓住机遇，也要算清长远账。与其比拼优惠政策，不如在电网接入、人才培养、产业配套等方面下功夫，培育企业真正愿意扎根的土壤。",
        ])
    pg.furniture(["观潮"], "column label 观潮")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["本期导读",
                  "B2　澄阳储能调查（续）",
                  "B3　银行理财新规落地：你的理财收益会变吗",
                  "B4　周末访谈：一位老基民的十年"], "本期导读 box (not articles)")
    return pg


# ---------------------------------------------------------------------------
def f08() -> Page:
    """周末版 财富 page of a 16-character column, ONE U+3000 indent, blank lines only between articles: headline
    letter-spaced with ASCII spaces over a ——deck wrapped over two lines; an article whose two-line headline and
    byline line are printed AFTER its body; run-in 本报讯（记者 X）."""
    pg = Page("f08.txt", cols=16, indent=FW, blanks="arts", seed=2008,
              style="证券报 周末版 财富 page B3 of a 16-character column: lead with a headline letter-spaced with single ASCII spaces (银 行 理 财 新 规 落 地), a ——deck wrapped over two lines (…销售适 / 当性要求提高), byline line 本报记者 X, no blank line inside the article; article whose two-line headline (险企提前备战“开门红” / 分红险唱主角) and byline line 本报记者 X are printed AFTER its body; run-in 本报讯（记者 X） under a two-line headline; header on three lines (page, 版名, paper + date), footer with editor and designer")
    pg.furniture(["B3", "财富·理财", "汀江证券时报·周末　" + cn_date(2034, 9, 16)], "page header")
    pg.blank()
    a = Article(
        "a", "银行理财新规落地", subtitle="——业绩比较基准披露更严　销售适当性要求提高",
        byline="本报记者　庞一帆", authors=["庞一帆"],
        notes="Headline printed letter-spaced with single ASCII spaces, written unspaced. ——deck wrapped over two "
              "lines is the subtitle. Byline line 本报记者 X. The scholar quoted (甘晓棠) is not an author.",
        paras=[
            "《商业银行理财产品信息披露管理办法》（修订）于本周一起正式施行。记者梳理发现，新规在业绩比较基准设定、净值披露频率、销售适当性管理等方面提出了更严格的要求。",
            "业绩比较基准是投资者选购理财产品时最关注的指标之一。新规要求，理财公司应当说明业绩比较基准的选取依据和测算方法，不得以历史最高收益作为宣传依据；产品存续期内调整业绩比较基准的，应当至少提前5个工作日公告并说明理由。",
            "在净值披露方面，新规要求开放式理财产品每个开放日披露份额净值，封闭式产品至少每周披露一次。某股份行理财公司人士告诉记者，这意味着产品净值波动将更及时地呈现在投资者面前，“过去一些产品净值‘平滑’的空间进一步压缩”。",
            "对普通投资者而言，新规有何影响？溪川大学金融学院副教授甘晓棠认为，短期内部分理财产品的业绩比较基准可能下调，但信息更透明、风险揭示更充分，有利于投资者根据自身风险承受能力作出选择。她建议投资者不要只盯着业绩比较基准，更要关注产品的投资范围和历史回撤。",
        ])
    pg.headline(a, sep=" ")
    for ln in wrap(a.subtitle, 16):
        pg.line(a, ln, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "险企提前备战“开门红”分红险唱主角", head=["险企提前备战“开门红”", "分红险唱主角"],
        byline="本报记者　迟语桐", authors=["迟语桐"],
        notes="Headline (two lines, joined) and byline line 本报记者 X printed AFTER the body. The insurers' staff "
              "quoted are not authors.",
        paras=[
            "离年底还有三个多月，不少保险公司已开始为明年一季度的“开门红”销售做准备。记者从多家险企了解到，今年“开门红”产品的主角，正由传统的增额终身寿险转向分红险。",
            "“预定利率下调后，传统险产品的吸引力有所下降，分红险‘保底+浮动’的特点更容易被客户接受。”一家大型寿险公司个险渠道负责人说。据了解，目前已有至少6家险企完成了明年“开门红”分红险产品的备案。",
            "业内人士提醒，分红险的分红水平并不确定，投资者不能把演示利益当作实际收益，购买前应仔细阅读条款中关于分红实现率的说明。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "个人养老金基金增至302只", head=["个人养老金基金", "增至302只"],
        byline="本报讯（记者　孔映秋）", authors=["孔映秋"], lead="本报讯（记者　孔映秋）",
        notes="Headline on two lines, joined; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "截至9月15日，纳入个人养老金投资范围的公募基金产品增至302只，较年初增加41只。其中，指数基金占比提升至约三成，多只宽基指数基金的Y份额费率较普通份额打了五折。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：裴南星", "美编：苏晴"], "footer with editor and designer")
    return pg


PAGES = [f05, f06, f07, f08]
