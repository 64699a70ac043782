"""Pages lh01-lh04 of handmade64 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap

KICK = "Kicker (引题) {k} is not part of the title; the contract has no kicker field, so it is recorded here only."


def kick(text: str) -> str:
    return KICK.format(k="「" + text + "」")


# ---------------------------------------------------------------------------
def lh01() -> Page:
    """National-style economic daily, FRONT page: lead with a long-clause kicker wrapped over two lines, headline,
    ——副题 and run-in dateline; a headline of two parallel phrases on two lines; 评论员文章; an item whose headline
    has no byline or dateline under it; 今日导读 box."""
    pg = Page("lh01.txt", cols=24, indent=FW * 2, blanks="para", seed=6401,
              style="economic daily FRONT page, blank lines between paragraphs and blocks: four-line masthead (paper, English name, date with weekday, 今日8版 + issue + CN number); lead with a long-clause 引题 wrapped over TWO lines, one-line headline, ——副题, run-in 本报澄海4月14日讯（记者 X　Y）; headline of two parallel phrases broken over two lines on purpose, byline line 本报记者 X; 评论员文章 with 本报评论员 under its headline; item whose headline has NO byline and no dateline under it; 今日导读 box; footer with editor, proof-reader, designer")
    pg.furniture(["澄海经济日报",
                  "CHENGHAI ECONOMIC DAILY",
                  cn_date(2036, 4, 15),
                  "今日8版　第4127期　国内统一连续出版物号　CN 87-0031"], "masthead")
    pg.blank()
    k_a = "面对外需波动和海运价格上涨的双重压力，沿海企业加快开拓新兴市场"
    a = Article(
        "a", "一季度全省外贸进出口增长8.7%",
        subtitle="——民营企业进出口占比升至63.2%",
        byline="本报澄海4月14日讯（记者　廖青川　简宁）", authors=["廖青川", "简宁"],
        lead="本报澄海4月14日讯（记者　廖青川　简宁）",
        notes=kick(k_a) + " It is a long clause that sets the scene and wraps over two lines at the column edge "
              "(the break 加 / 快 in mid-word is the column's, not the paper's). The ——副题 is the subtitle. Run-in dateline "
              "本报澄海4月14日讯（记者 X　Y） (two reporters parted by U+3000) excluded from first; both are authors. "
              "The official quoted (盛怀远) is not.",
        paras=[
            "记者从澄海海关获悉，今年一季度，全省货物贸易进出口总值2846.3亿元，同比增长8.7%，增速比全国平均水平高3.1个百分点。其中，出口1792.5亿元，增长10.4%；进口1053.8亿元，增长5.9%。",
            "民营企业继续挑起外贸“大梁”。一季度，全省有进出口实绩的民营企业达到1.86万家，进出口1799.1亿元，增长12.6%，占全省外贸总值的63.2%，比上年同期提升2.2个百分点。",
            "新兴市场开拓成效明显。同期，全省对东盟、中东、拉美等新兴市场进出口分别增长14.8%、19.3%和22.5%，合计拉动全省外贸增长5.4个百分点。机电产品出口增长13.1%，其中电动载人汽车、锂电池和光伏产品“新三样”出口增长31.7%。",
            "“一季度订单总体好于预期，但海运价格上涨推高了企业成本。”澄海海关统计分析处处长盛怀远说，海关将继续推进通关便利化改革，帮助企业稳订单、拓市场。",
        ])
    for ln in wrap(k_a, pg.cols):
        pg.kicker(a, ln)
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "科技贷款余额突破五千亿元绿色贷款增速连续六个季度超20%",
        head=["科技贷款余额突破五千亿元", "绿色贷款增速连续六个季度超20%"],
        byline="本报记者　邢远舟", authors=["邢远舟"],
        notes="Main headline of two parallel phrases (科技贷款… / 绿色贷款…) broken over two lines on purpose; both lines "
              "are the headline (neither is a kicker), joined without the line break. No kicker, no subtitle. Byline "
              "line 本报记者 X.",
        paras=[
            "人民银行澄海分行4月14日发布的数据显示，3月末，全省科技型企业贷款余额5126亿元，同比增长24.3%；绿色贷款余额8937亿元，同比增长22.8%，增速已连续六个季度保持在20%以上。",
            "从投向看，科技贷款中中长期贷款占比达到58%，比年初提高3个百分点；绿色贷款主要投向清洁能源、节能环保和基础设施绿色升级等领域，三项合计占比超过八成。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "以更大力度稳住外贸基本盘", kind="commentary", byline="本报评论员",
        notes="评论员文章: the line 本报评论员 under the headline is the byline; it names no person, so no authors. "
              "Kind commentary.",
        paras=[
            "一季度全省外贸交出了一份“稳中有进”的答卷。成绩来之不易，挑战也不容忽视：外需恢复仍有不确定性，运价上涨、汇率波动给企业带来不小压力。",
            "稳外贸，关键在稳主体。民营企业是外贸的生力军，要在融资、通关、出口信用保险等方面给予更多支持，让企业接得住订单、出得去货、收得回款。",
            "稳外贸，也要在拓市场上下功夫。既要巩固传统市场，也要深耕新兴市场，支持企业参展办展、建设海外仓，把“新三样”的优势转化为更多订单。只要政策发力精准、企业敢闯敢拼，全年外贸稳中提质的目标就一定能够实现。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "澄海港集装箱吞吐量创同期新高",
        notes="The headline stands with NO byline and no dateline under it, and the text ends with no credit: no "
              "byline, no authors.",
        paras=[
            "今年一季度，澄海港完成集装箱吞吐量186.4万标准箱，同比增长11.2%，创历史同期新高。其中，外贸航线完成112.7万标准箱，增长14.5%。港口新开通至东南亚、中东航线5条，外贸航线总数达到93条。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["今日导读",
                  "◆新能源重卡订单排到三季度　　　　　3版",
                  "◆县域商业体系建设观察　　　　　　　5版",
                  "◆跨境电商海外仓的“冷”与“热”　　　6版"], "今日导读 box (not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：祁望山　　校对：蔺小禾　　美编：颜一朵"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lh02() -> Page:
    """Business weekly, 封面故事 page: letter-spaced headline with ——副题 and byline 文｜本刊记者 X　编辑｜Y; a
    延伸阅读 item whose headline has no byline; 主编视点 commentary; 数据 box; 下期预告."""
    pg = Page("lh02.txt", cols=36, indent="", blanks="arts", seed=6402,
              style="business weekly 封面故事 pages, NO indent and no blank line between paragraphs (blank lines only between articles and blocks): header on three lines (magazine + issue; 封面故事 COVER STORY; date); cover story with its headline letter-spaced with single spaces, a ——副题, byline line 文｜本刊记者 X　　编辑｜Y (editor not an author), crossheads 一／二／三; 数据 box; label 延伸阅读 over an item whose headline has NO byline under it; label 主编视点 over a comment with byline line 文／X（本刊主编）; 下期预告 line; footer with page number")
    pg.furniture(["衡川财经周刊　2036年第19期（总第812期）",
                  "封面故事　COVER STORY",
                  cn_date(2036, 5, 12)], "page header")
    pg.blank()
    a = Article(
        "a", "智算中心的账本", subtitle="——中部一座城市如何在两年里填满两万个机柜",
        byline="文｜本刊记者　甘若水　　编辑｜闻笛", authors=["甘若水"],
        notes="Cover story; the headline is letter-spaced with single spaces (written unspaced). No kicker; the ——副题 "
              "is the subtitle. Byline line 文｜本刊记者 X　　编辑｜Y: only the writer is an author, the editor (闻笛) "
              "is not. The crossheads 一／二／三 are body lines. People quoted (蒲思远, 蔚然) are not authors.",
        paras=[
            "两年前，当澧阳市决定在城东新区建设一座智算中心时，质疑声并不少。一座既不靠海、也不在一线城市群里的中部城市，凭什么吸引算力客户？",
            Cross("一　先有机柜，再找客户"),
            "澧阳智算中心一期工程于2034年3月投运，设计机柜1.2万个。运营方澧阳云图数据公司总经理蒲思远回忆，投运第一个月，上架率不到15%。“那段时间我们几乎每周都在外面跑客户，一家一家谈。”",
            "转机出现在当年下半年。随着大模型训练需求爆发，东部城市电力和土地指标趋紧，一批模型企业开始把训练任务向中西部转移。澧阳的电价比沿海低约三成，加上地方政府给出的算力券补贴，订单接踵而至。",
            Cross("二　电价是最大的变量"),
            "在智算中心的成本结构里，电费占到运营成本的六成左右。蒲思远算了一笔账：一个满载的智算机柜年耗电约20万千瓦时，电价每降低1分钱，一万个机柜一年就能省下2000万元。",
            Cross("三　算力过剩的担忧"),
            "如今，澧阳智算中心两期合计2万个机柜的上架率已超过九成。但业内也有冷静的声音。衡川大学数字经济研究院研究员蔚然提醒，各地智算中心建设热情高涨，部分项目存在“重建设、轻运营”的问题，未来两三年可能出现结构性过剩。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["数据",
                  "2万个　澧阳智算中心两期机柜总数",
                  "91%　　目前上架率",
                  "0.41元　园区大工业用电平均电价（每千瓦时）",
                  "数据来源：澧阳云图数据公司"], "数据 figures box (not an article)")
    pg.blank()
    pg.furniture(["延伸阅读"], "column label 延伸阅读")
    b = Article(
        "b", "全国智算规模一年增长近七成", section="延伸阅读",
        notes="Item under the label 延伸阅读 (section): the headline stands with NO byline and no dateline under it and "
              "the text ends with no credit: no byline, no authors.",
        paras=[
            "据行业机构统计，截至2035年底，全国在用智算中心总算力规模达到每秒186百亿亿次浮点运算（EFLOPS），比上年增长68%。其中，中西部地区新增算力占全国新增量的比重首次超过四成。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["主编视点"], "column label 主编视点")
    c = Article(
        "c", "算力不是越多越好", section="主编视点", kind="commentary",
        byline="文／岑望（本刊主编）", authors=["岑望"],
        notes="Comment under the label 主编视点 (section) with byline line 文／X（本刊主编）: the editor-in-chief "
              "signs it and is its author. Kind commentary.",
        paras=[
            "智算中心是新基建，但基建不等于堆机柜。一座智算中心能不能活下去，不取决于建了多少机柜，而取决于有没有稳定的客户、有没有足够便宜的电、有没有能把算力卖出去的运营团队。",
            "地方在规划算力项目时，与其比拼规模，不如先算清楚三本账：电从哪里来，客户从哪里来，人才从哪里来。算不清这三本账，再漂亮的机房也可能变成闲置的仓库。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["下期预告：县域商超的突围　　敬请关注"], "下期预告 line")
    pg.furniture(["18　衡川财经周刊　2036.05.12"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lh03() -> Page:
    """产经报 产业 page: the lead's body comes FIRST, its kicker, headline, ——副题 and byline after it; an item with
    a short-label kicker and a headline broken in mid-phrase; run-in item; an item with no byline."""
    pg = Page("lh03.txt", cols=30, indent="  ", blanks="some", seed=6403, p_para=0.4, p_gap=0.8,
              style="产经报 产业·制造 page indented with two ASCII spaces, blank lines sometimes: header on three lines (paper; date with weekday + 第3版; 版名 + 责任编辑); lead whose BODY comes first and whose headline group (series kicker, headline, ——副题, byline line 本报记者 X　通讯员 Y) is printed AFTER it; feature with a short-label kicker over a headline broken in mid-phrase over two lines, byline line 本报记者 X　发自临港; item with run-in 本报讯（记者 X　通讯员 Y）; item whose headline has NO byline under it; footer")
    pg.furniture(["鸿宁产经报",
                  cn_date(2036, 6, 3) + "　第3版",
                  "产业·制造　　责任编辑：温照临"], "page header")
    pg.blank()
    k_a = "“智改数转”一线观察之三"
    a = Article(
        "a", "一条产线的“第二次出生”", subtitle="——鸿宁电机厂数字化改造调查",
        byline="本报记者　戚长风　通讯员　滕可", authors=["戚长风", "滕可"],
        notes="The BODY is printed first (right under the page header) and the whole headline group after it: the "
              "series kicker, the headline, the ——副题 (the subtitle) and the byline line 本报记者 X　通讯员 Y (both "
              "authors). " + kick(k_a) + " The plant manager quoted (卓振邦) is not an author.",
        paras=[
            "走进鸿宁电机厂的定子车间，几乎看不到弯腰干活的工人。机械臂把硅钢片一摞摞送上冲压线，AGV小车沿着地面的二维码来回穿梭，屏幕上实时跳动着每台设备的运行数据。",
            "三年前，这里还是另一番景象。“那时候一条线要三十多个人，换一次型号要停半天。”厂长卓振邦说，订单越来越碎，小批量、多品种成了常态，老产线越来越跟不上。",
            "2034年起，工厂分三期对6条产线进行数字化改造，累计投入1.6亿元。改造后，单条产线用工减少到9人，换型时间缩短到40分钟，产品不良率从1.8%降至0.4%，人均产值提高了2.3倍。",
            "改造也有阵痛。卓振邦坦言，最难的不是买设备，而是让老师傅们接受新的工作方式。工厂为此开设了“数字工匠”夜校，两年里培训员工600多人次，其中一批老技工转岗成为设备运维员。",
        ])
    pg.body(a)
    pg.gap()
    pg.kicker(a, k_a)
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.blank()
    k_b = "关注锂电回收"
    b = Article(
        "b", "扩产潮下，锂电回收企业陷入“抢料”困局", head=["扩产潮下，锂电回收企业", "陷入“抢料”困局"],
        byline="本报记者　梅映川　发自临港", authors=["梅映川"],
        notes=kick(k_b) + " It is a short label. The main headline is broken over two lines in mid-phrase (subject / "
              "predicate); joined without the line break. Byline line 本报记者 X　发自临港 (the place is not part of "
              "the name). People quoted (鲍启明) are not authors.",
        paras=[
            "今年以来，临港新区三家锂电池回收企业相继宣布扩产，合计新增处理能力12万吨。然而，产能扩张的速度远远跑在了废旧电池退役量的前面。",
            "“去年一吨废旧三元电池包的收购价是2.1万元，现在涨到了2.8万元，还不一定收得到。”一家回收企业采购负责人鲍启明说，正规企业的开工率普遍不足五成，大量退役电池流向了手续不全的小作坊。",
            "业内人士建议，加快落实动力电池全生命周期溯源管理，压实车企回收责任，让退役电池回到正规渠道。",
        ])
    pg.kicker(b, k_b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "鸿宁首条氢燃料电池电堆产线投产",
        byline="本报讯（记者　戚长风　通讯员　甘露）", authors=["戚长风", "甘露"],
        lead="本报讯（记者　戚长风　通讯员　甘露）",
        notes="No kicker, no subtitle. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "6月1日，鸿宁市首条氢燃料电池电堆自动化生产线在高新区投产，设计年产能5000台套，可满足重卡、公交等车型的配套需求，项目总投资4.2亿元。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "前5个月全市规上工业增加值增长6.9%",
        notes="The headline stands with NO byline and no dateline under it; no credit at the end: no byline, no "
              "authors.",
        paras=[
            "市统计局数据显示，1—5月，鸿宁市规模以上工业增加值同比增长6.9%。其中，装备制造业增长10.2%，高技术制造业增长13.6%，分别快于全市规上工业3.3和6.7个百分点。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：温照临　　校对：阙小满　　版式：俞晴"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lh04() -> Page:
    """商报 消费 page in a very narrow column: two-line kicker; headline wrapped at the column edge in mid-word;
    headline letter-spaced with U+3000 over two lines broken in mid-word; item signed at its end."""
    pg = Page("lh04.txt", cols=16, indent=FW, blanks="para", seed=6404,
              style="商报 消费·市场 page in a very narrow column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines; feature with a kicker clause wrapped over TWO lines, one-line headline, byline line 记者 X　通讯员 Y; report whose headline is wrapped at the column edge in mid-word (…同比增 / 长41%), byline line 本报记者 X; item whose headline is letter-spaced with U+3000 over two lines broken in mid-word, run-in 本报讯（记者 X）; item signed （X） run in at the end; footer wider than the column")
    pg.furniture(["汀州商报",
                  cn_date(2037, 7, 9),
                  "A5　消费·市场"], "page header")
    pg.blank()
    k_a = "暑期消费季启幕，老城商圈延时营业至23时"
    a = Article(
        "a", "夜市单晚客流破十万",
        byline="记者　柯晚晴　通讯员　房一鸣", authors=["柯晚晴", "房一鸣"],
        notes=kick(k_a) + " The kicker clause wraps over two lines at the narrow column's edge (the break before 至23时 is the "
              "column's); the one-line headline under it states the news. Byline line 记者 X　通讯员 Y (both "
              "authors). The stall keeper quoted (喻大姐) is not an author.",
        paras=[
            "7月6日晚，汀州老城“南门夜市”人头攒动。据商圈管委会统计，当晚客流达到10.4万人次，创下开市以来单晚新高，夜市300多个摊位营业额合计超过260万元。",
            "“以前九点多就收摊，现在一直卖到十一点，一晚上能多卖两三百碗。”经营糖水铺的喻大姐说。",
            "今年暑期，汀州推出老城商圈延时营业、夜间公交加密等措施，并发放夜间消费券500万元。",
        ])
    for ln in wrap(k_a, pg.cols):
        pg.kicker(a, ln)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "汀州社区生鲜电商半年订单量同比增长41%", head=["汀州社区生鲜电商半年订单量同比增", "长41%"],
        byline="本报记者　祁晓帆", authors=["祁晓帆"],
        notes="One headline wrapped at the narrow column's edge in mid-word (增 / 长41%): the short second line is "
              "the end of the same headline, not a subtitle; joined without the line break. No kicker, no "
              "subtitle. Byline line 本报记者 X.",
        paras=[
            "汀州市商务局监测数据显示，上半年全市社区生鲜电商订单量达到4860万单，同比增长41%。“下单半小时送达”的前置仓模式覆盖了城区九成以上社区，蔬菜、水果和乳制品是销量最大的三类商品。",
            "不过，价格战的余温尚未散去。多家平台负责人表示，下半年将把重心从补贴拉新转向提升复购率和毛利。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "老字号糕点铺排起长队",
        byline="本报讯（记者　祁晓帆）", authors=["祁晓帆"], lead="本报讯（记者　祁晓帆）",
        notes="Headline letter-spaced with U+3000 over two lines, broken in mid-word (糕点 / 铺), joined unspaced. "
              "No kicker, no subtitle. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "进入7月，汀州老字号“桂香斋”推出的绿豆糕、薄荷糕礼盒热销，门店每天排队两小时以上。今年上半年，全市26家中华老字号和省级老字号企业销售额同比增长18.3%，其中线上销售占比达到27%。",
        ])
    pg.headline(c, lines=["老　字　号　糕　点", "铺　排　起　长　队"])
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "二手家电回收点增至86个", byline="（柯晚晴）", authors=["柯晚晴"], tail="（柯晚晴）",
        notes="No kicker, no subtitle, no byline line: the credit （X） run in at the end is the byline, excluded "
              "from last.",
        paras=[
            "汀州市家电以旧换新活动启动以来，全市二手家电规范回收点增至86个，累计回收旧家电1.2万台。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["本版编辑：季南风　　校对：骆一禾　　组版：陶然"], "footer (wider than the column)")
    return pg


PAGES = [lh01, lh02, lh03, lh04]
