"""Pages k09-k12 of handmade21 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from h21util import nongli, right
from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def k09() -> Page:
    """县融媒体中心 paper 一版 of a 13-character column, no indent: masthead with 农历 and 准印证号; lead with a
    two-line headline and a byline 融媒记者 X　通讯员 Y printed on two lines; bare run-in 本报讯 meeting
    report; article printed BODY FIRST (signed （通讯员 X） at the end) with its two-line headline after it."""
    pg = Page("k09.txt", cols=13, indent="", blanks="para", seed=2109, colbreak=19,
              style="县融媒体中心 paper 一版 of a 13-character column, NO indent, blank lines between paragraphs and blocks and at column breaks (every 19 body lines, inside paragraphs): masthead of seven lines (paper, 主办 line, date with weekday, 农历 line, 期号 and 今日4版, 内部资料 line, 准印证号); lead with a headline on two lines and byline 融媒记者 X　通讯员 Y (compound surname) printed on two lines; meeting report with a bare run-in 本报讯 naming no reporter; article printed BODY FIRST, signed （通讯员 X） at the end, with its two-line headline AFTER the body; footer on three lines (address, 新闻热线, 责任编辑／版式／校对)")
    pg.furniture(["今日桐岭",
                  "桐岭县融媒体中心主办",
                  cn_date(2025, 3, 6),
                  nongli(2025, 3, 6),
                  "第1124期　今日4版",
                  "内部资料　免费交流",
                  "准印证号：（栖）0812号"], "masthead")
    pg.blank()
    a = Article(
        "a", "开年签约项目21个总投资86.4亿元", head=["开年签约项目21个", "总投资86.4亿元"],
        byline="融媒记者　欧阳晴川　通讯员　邬小满", authors=["欧阳晴川", "邬小满"],
        notes="Lead: headline on two lines, joined; byline 融媒记者 X　通讯员 Y (the county media centre's "
              "reporter, a compound surname) printed on two lines; both authors. Officials quoted are not "
              "authors. Blank lines inside paragraphs are column breaks.",
        paras=[
            "3月5日，桐岭经济开发区举行2025年一季度项目集中签约仪式，21个项目现场签约，总投资86.4亿元，涉及新能源电池材料、电子元器件、农产品精深加工等领域。",
            "其中，投资32亿元的栖能锂电负极材料项目是我县近年来引进的单体投资最大的工业项目，建成后年产负极材料8万吨，可实现年产值45亿元、税收2.6亿元，新增就业岗位1500个。",
            "县经开区管委会负责人介绍，今年以来，县里组建6个产业链招商专班，赴长三角、珠三角开展驻点招商，“一个项目、一名县领导、一个服务专班”全程跟踪服务。目前，全县在谈项目还有37个，意向投资额超过120亿元。",
        ])
    pg.headline(a)
    pg.line(a, "融媒记者　欧阳晴川", "byline")
    pg.line(a, "通讯员　邬小满", "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "县政府召开第23次常务会议", byline="本报讯", lead="本报讯　",
        notes="Meeting report with a bare run-in 本报讯 (no reporter named): byline 本报讯, excluded from first; "
              "no authors. The county head chairing is not an author.",
        paras=[
            "3月4日，县长卓知行主持召开县政府第23次常务会议，研究部署优化营商环境、春季农业生产等工作。",
            "会议审议通过了《桐岭县2025年优化营商环境工作要点》，要求进一步压缩企业开办、工程建设项目审批时间，全面推行“一件事一次办”，年内实现涉企审批事项办理时限压缩30%以上。",
            "会议强调，要抓好春耕备耕，落实粮食播种面积，确保全年粮食产量稳定在28万吨以上。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "全县春耕农资储备充足", head=["全县春耕农资", "储备充足"], byline="（通讯员　帅一苇）", authors=["帅一苇"],
        tail="（通讯员　帅一苇）",
        notes="Printed BODY FIRST: the text (signed （通讯员 X） run in at the end, excluded from last) comes before "
              "its headline on two lines (joined), which is printed after it; title_line is that of the headline. "
              "The item follows the meeting report directly.",
        paras=[
            "连日来，县农业农村局联合县市场监管局开展春季农资市场检查，督促经营户落实进货查验和购销台账制度。",
            "目前，全县已储备化肥2.1万吨、农药86吨、稻种42万公斤，能够满足春耕生产需要。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.blank()
    pg.furniture(["地址：桐岭县城关镇文昌路12号",
                  "新闻热线：（0716）8212××××",
                  "责任编辑：冉秋实　版式：蔡小满　校对：万青"], "footer on three lines")
    return pg


# ---------------------------------------------------------------------------
def k10() -> Page:
    """市报 财经·消费 page of a 38-character column, no blank line anywhere: lead with 引题, byline 全媒体记者 X　实习生
    Y, plain crossheads and a sales table inside the text; 本报讯（全媒体记者 X）; label 消费提示 over an item."""
    pg = Page("k10.txt", cols=38, indent=FW * 2, blanks="never", seed=2110,
              style="市报 财经·消费 page of a 38-character column, NO blank line anywhere: header on three lines (版次 + 版名; paper, date with weekday and 农历; 责任编辑 and 版式设计); lead with a kicker line (引题, no 副题) over the headline, byline line 梧溪日报全媒体记者 X　实习生 Y, two plain crossheads, a sales table (title, header row, four rows, 数据来源 line) printed BETWEEN two paragraphs; run-in 本报讯（全媒体记者 X） item; label 消费提示 over an unsigned item; footer with 新闻热线 and e-mail")
    pg.furniture(["A05　财经·消费",
                  "梧溪日报　" + cn_date(2025, 11, 14) + "　" + nongli(2025, 11, 14),
                  "责任编辑　乐知远　版式设计　班小禾"], "page header")
    a = Article(
        "a", "即时零售订单量同比增长近五成", subtitle="“双十一”消费季观察",
        byline="梧溪日报全媒体记者　邰思源　实习生　蒲玥", authors=["邰思源", "蒲玥"],
        notes="Kicker line (引题, no 副题) above the headline: the subtitle. Byline line with the paper's name "
              "(梧溪日报全媒体记者 X　实习生 Y): both authors. Plain crossheads are body. The sales table printed "
              "between two paragraphs is not body. People quoted are not authors.",
        paras=[
            "“晚上9点下单的洗衣液和水果，不到半小时就送到家了，比去超市还方便。”11月12日，家住梧溪市滨江区的市民裘晓雯说。今年“双十一”期间，越来越多的梧溪市民选择“线上下单、门店发货、即时配送”的消费方式。",
            "记者从市商务局获悉，11月1日至11日，全市重点监测的即时零售平台订单量同比增长48.7%，销售额增长36.2%。其中，生鲜食品、日用百货、数码产品订单量增幅居前。",
            Cross("“半小时达”成为标配"),
            "在梧溪市一家连锁超市的前置仓，拣货员手持终端在货架间穿梭，每单平均拣货时间不到3分钟。“‘双十一’期间，我们的日均订单量从平时的2000单增加到3500单，九成以上订单在30分钟内送达。”该超市线上业务负责人晏初阳说。",
            "即时零售的火热，也带动了实体门店转型。据统计，全市已有1860家实体门店接入即时零售平台，较去年同期增加610家。不少便利店、药店、花店通过线上渠道获得了新客源，线上销售额占比普遍提高到两成以上。",
            Cross("以旧换新带动大件消费"),
            "今年“双十一”，以旧换新政策叠加平台优惠，带动家电、数码等大件商品销售增长。据监测，11月1日至11日，全市通过以旧换新渠道销售家电、数码产品23.4万台，销售额9.7亿元，其中一级能效家电占比超过八成。",
            "市商务局有关负责人表示，下一步将继续用好以旧换新政策，支持实体商业数字化转型，完善社区即时配送网络，推动线上线下消费融合发展。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=7)
    pg.furniture(["11月1日—11日全市部分商品以旧换新销售情况",
                  "品类　　　　　　销售量（万台）　同比增长（%）",
                  "电视机　　　　　3.62　　　　　　41.5",
                  "冰箱　　　　　　2.87　　　　　　33.8",
                  "手机　　　　　　9.14　　　　　　27.6",
                  "笔记本电脑　　　1.95　　　　　　52.3",
                  "数据来源：梧溪市商务局"], "sales table between two paragraphs (not body)")
    pg.body(a, start=7)
    b = Article(
        "b", "我市发放第二批数字消费券3000万元", byline="本报讯（全媒体记者　甄凡）", authors=["甄凡"],
        lead="本报讯（全媒体记者　甄凡）",
        notes="Run-in 本报讯（全媒体记者 X） excluded from first.",
        paras=[
            "11月13日，梧溪市第二批数字消费券开始发放，总额3000万元，分为餐饮、零售、文旅三类，市民可通过“i梧溪”App领取，每人每类限领一次。",
            "据了解，第一批数字消费券于10月发放，核销率达到91.6%，直接带动消费2.8亿元，杠杆率约为1∶9.3。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "网购大件商品验货后再签收", section="消费提示",
        notes="Item under the label 消费提示 (section), unsigned: no byline, no authors. It is a short news item "
              "of the market regulator's advice, an article.",
        paras=[
            "市市场监管局提醒，消费者网购家电等大件商品时，应保存好订单截图、聊天记录和发票等凭证，收货时当场开箱验货，发现商品破损、型号不符等问题可拒绝签收。遇到消费纠纷，可拨打12315热线投诉。",
        ])
    pg.furniture(["消费提示"], "column label 消费提示")
    pg.headline(c)
    pg.body(c)
    pg.furniture(["新闻热线：（0716）5520××××　投稿邮箱：caijing@wxrb.example"], "footer")
    return pg


# ---------------------------------------------------------------------------
def k11() -> Page:
    """省报 经济 page extracted with a blank line after every line: ——副题 article with 本报记者 X; run-in
    本报讯（记者 X　通讯员 Y） (compound surname); label 经济观察 over a 文／X commentary; 数说 box."""
    pg = Page("k11.txt", cols=29, indent=FW * 2, blanks="every", seed=2111,
              style="省报 经济 page extracted with a blank line after EVERY line: header on three lines (paper; date with weekday and 农历闰六月…; 版次 and 版名); article with ——副题 and byline line 本报记者 X; run-in 本报讯（记者 X　通讯员 Y） with a compound surname; 数说 box of three figure lines between the articles; label 经济观察 over a commentary with byline line 文／X; footer on two lines (责任编辑, 版式设计)")
    pg.furniture(["栖川日报", cn_date(2025, 8, 7) + "　" + nongli(2025, 8, 7), "第3版　经济"], "page header")
    a = Article(
        "a", "上半年全省规上工业企业利润增长9.6%", subtitle="——装备制造业利润贡献率超过五成",
        byline="本报记者　竺明远", authors=["竺明远"],
        notes="——副题 is the subtitle; byline line 本报记者 X. The official quoted is not an author.",
        paras=[
            "记者从省统计局获悉，上半年，全省规模以上工业企业实现利润总额1386.5亿元，同比增长9.6%，增速比一季度加快2.3个百分点。",
            "分行业看，装备制造业实现利润712.4亿元，增长18.3%，对全省规上工业利润增长的贡献率达到52.7%。其中，电气机械和器材制造业、计算机通信和其他电子设备制造业利润分别增长26.4%和21.9%。",
            "从经营效益看，全省规上工业企业营业收入利润率为5.82%，同比提高0.31个百分点；每百元营业收入中的成本为84.6元，同比减少0.4元。",
            "省统计局有关负责人分析，上半年工业企业利润保持较快增长，主要得益于市场需求回暖和企业降本增效。但部分原材料行业利润仍在下降，企业应收账款回收期有所延长，下阶段需持续巩固工业经济回升向好态势。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "栖州港7月集装箱吞吐量创单月新高", byline="本报讯（记者　贲立　通讯员　司马瑶）",
        authors=["贲立", "司马瑶"], lead="本报讯（记者　贲立　通讯员　司马瑶）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; the 通讯员 has a compound surname; both authors.",
        paras=[
            "8月5日，记者从栖州港务集团获悉，7月份栖州港完成集装箱吞吐量38.6万标箱，同比增长16.8%，创单月历史新高。其中，外贸集装箱吞吐量21.4万标箱，增长22.1%。",
            "今年以来，栖州港新开通至东南亚、中东的外贸航线5条，“江海联运”“铁水联运”业务量分别增长27%和35%。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["数说",
                  "1386.5亿元　上半年全省规上工业企业利润总额",
                  "38.6万标箱　7月栖州港集装箱吞吐量",
                  "5.82%　规上工业企业营业收入利润率"], "数说 box (not an article)")
    c = Article(
        "c", "稳住工业利润回升势头", kind="commentary", section="经济观察", byline="文／暨南风",
        authors=["暨南风"],
        notes="Commentary under the label 经济观察 (section); byline line 文／X.",
        paras=[
            "工业企业利润是观察经济运行的一扇窗口。上半年全省规上工业企业利润增速回升，既反映出市场需求在改善，也说明企业在降本增效、转型升级上下了真功夫。",
            "也要看到，利润增长还不均衡。装备制造业“一枝独秀”，部分原材料行业仍在低位徘徊；大企业利润增长较快，不少中小企业依然面临订单不足、回款困难等问题。",
            "巩固利润回升势头，既要稳需求，也要减负担。一方面，要用好大规模设备更新政策，扩大工业有效投资；另一方面，要加大拖欠中小企业账款清理力度，降低企业融资、物流等成本，让更多企业从“稳下来”走向“好起来”。",
        ])
    pg.furniture(["经济观察"], "column label 经济观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["责任编辑：庞书远", "版式设计：柯晓桐"], "footer on two lines")
    return pg


# ---------------------------------------------------------------------------
def k12() -> Page:
    """县融媒体中心 paper 第2版 经济 indented with ONE U+3000: feature with kicker and byline 融媒记者 X　文/图, a
    photo caption with X　摄 between paragraphs; article with byline 通讯员 X　融媒记者 Y; 政策问答 (问：／答：)
    with the source line （县农业农村局供稿） after it; a bank advertisement at the foot."""
    pg = Page("k12.txt", cols=21, indent=FW, blanks="some", seed=2112, p_para=0.25, p_gap=0.75,
              style="县融媒体中心 paper 第2版 经济 indented with ONE U+3000, blank lines sometimes: header on two lines (paper + 版次 + 版名; date with weekday and 农历); feature with a kicker line, a headline with quotation marks and byline line 融媒记者 X　文/图, a photo caption with the credit X　摄 run in after a U+3000 printed BETWEEN two paragraphs (two lines); article with byline line 通讯员 X　融媒记者 Y; label 政策问答 over a Q&A item (问：／答：) with the line （县农业农村局供稿） after it (no person); bank advertisement (广告 label, bank, product, 年利率 line, hotline) at the foot; footer with 责任编辑, 版式设计 and 新闻热线")
    pg.furniture(["今日青枫　第2版　经济", cn_date(2025, 12, 9) + "　" + nongli(2025, 12, 9)], "page header")
    pg.blank()
    a = Article(
        "a", "青枫冬季农业跑出“加速度”", subtitle="冬闲变冬忙", byline="融媒记者　向晴　文/图", authors=["向晴"],
        notes="Kicker line 冬闲变冬忙 (引题, no 副题) is the subtitle. Byline line 融媒记者 X　文/图: the reporter is "
              "the author. The photo caption with its credit 向晴 摄 printed between two paragraphs is not body. "
              "Farmers quoted are not authors.",
        paras=[
            "初冬时节，走进青枫县白沙镇草莓种植基地，一排排大棚整齐排列，棚内草莓长势正旺。种植户郎春燕正和工人们忙着采摘、分拣、装箱，“今年第一批草莓已经上市，每斤批发价35元，订单一直排到春节”。",
            "白沙镇种植草莓已有十多年历史，目前全镇草莓种植面积达到3200亩，年产值超过2亿元。近年来，镇里引进新品种、推广基质栽培技术，草莓上市时间提前了近一个月。",
            "不只是草莓。今年入冬以来，青枫县因地制宜发展冬季蔬菜、食用菌、冬季养殖等产业，全县冬种面积达到18.6万亩，比去年增加1.2万亩。",
            "“过去一到冬天，地里就闲下来了，现在一年四季都有活干、有钱赚。”白沙镇冬瓜岭村村民柴有福说，他家种了5亩冬季蔬菜，预计能增收3万多元。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.furniture(wrap("图为白沙镇草莓种植基地，种植户在大棚里采摘草莓。　向晴　摄", 21),
                 "photo caption with credit between paragraphs (not body)")
    pg.body(a, start=2)
    pg.blank()
    b = Article(
        "b", "全县新增规上工业企业17家", byline="通讯员　卓一舟　融媒记者　殷朗", authors=["卓一舟", "殷朗"],
        notes="Byline line 通讯员 X　融媒记者 Y (the 通讯员 named first); both authors.",
        paras=[
            "记者从县工信局获悉，今年1至11月，全县新增规模以上工业企业17家，总数达到206家，创历史新高。新增企业主要集中在电子元器件、新型建材、食品加工等行业。",
            "为推动企业“小升规”，县里建立了“小升规”培育库，对入库企业实行“一企一策”帮扶，对首次升规的企业给予10万元奖励。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "耕地地力保护补贴怎么领？", section="政策问答", byline="（县农业农村局供稿）",
        notes="Q&A item under the label 政策问答 (section): 问：／答： paragraphs. The line （县农业农村局供稿） after "
              "the body names an office, not a person: it is the byline, no authors. Kind article (an explainer, "
              "not an interview).",
        paras=[
            "问：哪些人可以领取耕地地力保护补贴？",
            "答：补贴对象原则上为拥有耕地承包权的种地农民。已作为畜牧养殖场用地、林地、成片粮田转为设施农业用地、非农业征（占）用的耕地，以及长期抛荒地、占补平衡中“补”的面积和质量达不到耕种条件的耕地，不纳入补贴范围。",
            "问：补贴标准是多少？怎么发放？",
            "答：今年我县补贴标准为每亩105元，由乡镇农业服务中心核实面积后，通过“一卡通”直接发放到农户账户，预计12月底前发放到位。",
        ])
    pg.furniture(["政策问答"], "column label 政策问答")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, right(c.byline, 21), "byline")
    pg.blank()
    pg.furniture(["广告",
                  "青枫农商银行",
                  "“冬储贷”火热办理中",
                  "额度最高50万元　随借随还",
                  "年利率低至3.45%",
                  "服务热线：（0717）6658××××"], "bank advertisement (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：霍明川　版式设计：韩一苇　新闻热线：（0717）6651××××"], "footer")
    return pg


PAGES = [k09, k10, k11, k12]
