"""Pages lz09-lz12 of handmade82 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from pages_a import box, group, jbody, spread2


# ---------------------------------------------------------------------------
def lz09() -> Page:
    """Evening paper 外贸 page, four-space indent, no blank line between paragraphs: lead with a two-part
    headline on one line, ——副题, a plain and a justified crosshead; caption; 外贸快讯 strip of two items; label
    鹤浦时评 over a comment whose two-part headline and byline 本报评论员 follow its text; notice."""
    pg = Page("lz09.txt", cols=24, indent="    ", blanks="arts", seed=8209,
              style="evening paper 外贸 page, indent four ASCII spaces, blank lines only between articles and "
                    "blocks: header on two lines (with 责任编辑); foreign-trade lead with a two-part headline on ONE "
                    "line (稳规模　优结构), ——副题, byline line 本报记者 X, a plain crosshead and one spread by "
                    "justification, three body lines spread; photo caption with credit 本报记者 X　摄; label 外贸快讯 "
                    "over two items with their own headlines (one signed （记者 X）, one unsigned); label 鹤浦时评 over "
                    "a comment whose text comes right under the label and whose two-part headline (积极作为　坚定前行) "
                    "and byline line 本报评论员 follow it; 通知 notice; footer")
    box(pg, ["鹤浦晚报　" + cn_date(2037, 4, 21), "B3　外贸周刊　　责任编辑：柯以安"], "page header with 责任编辑")
    pg.blank()
    a = Article(
        "a", "稳规模优结构", head=["稳规模　优结构"],
        subtitle="——鹤浦一季度外贸进出口同比增长9.1%",
        byline="本报记者　庞照影", authors=["庞照影"],
        notes="Two-part headline on one line (稳规模　优结构, parted by U+3000), joined without the space; the "
              "——副题 (subtitle) carries the news. Crossheads “新三样”出口成新引擎 (plain) and 市场多元化步伐加快 "
              "(spread by justification) are body lines. Three body lines letter-spaced. The exporter and customs "
              "official quoted are not authors; the photo caption after the body is not body.",
        paras=[
            "鹤浦海关日前发布数据，今年一季度，鹤浦市货物贸易进出口总值612.3亿元，同比增长9.1%，高于全国平均水平4.3个百分点。其中，出口418.7亿元，增长11.4%；进口193.6亿元，增长4.4%。",
            Cross("“新三样”出口成新引擎"),
            "从商品结构看，电动汽车、锂电池、光伏产品“新三样”合计出口68.2亿元，同比增长37.5%，对全市出口增长的贡献率超过四成。机电产品出口271.9亿元，增长13.8%，占出口总值的64.9%。",
            "“今年一季度我们的电池储能柜出口量翻了一番，订单主要来自欧洲和大洋洲。”鹤浦一家新能源企业的外贸负责人说，为了应对海外市场的认证要求，企业去年专门组建了30多人的国际认证团队。",
            Cross("市场多元化步伐加快", sep=" "),
            "从市场看，鹤浦对东盟、中东、拉美等新兴市场进出口分别增长16.2%、21.7%和18.4%，对“一带一路”共建国家进出口占全市外贸总值的比重提升至52.6%。",
            "鹤浦海关有关负责人表示，将继续深化通关便利化改革，推广“提前申报”“两段准入”等措施，帮助企业降低通关成本，稳住外贸基本盘。",
        ])
    group(pg, a)
    jbody(pg, a, [1, 6, 10])
    pg.blank()
    box(pg, wrap("▲4月18日，鹤浦港集装箱码头一派繁忙景象。", 24) + ["本报记者　庞照影　摄"],
        "photo caption with credit (not body)")
    pg.blank()
    box(pg, ["外贸快讯"], "column label 外贸快讯")
    b1 = Article("b1", "首趟中欧班列冷链专列发车", section="外贸快讯",
                 byline="（记者　戴听雨）", authors=["戴听雨"], tail="（记者　戴听雨）",
                 notes="Item of the 外贸快讯 strip (section) with its own headline; credit （记者 X） run in at the end "
                       "(byline, excluded from last).",
                 paras=["4月19日，满载冷冻水产品和果蔬的鹤浦首趟中欧班列冷链专列从鹤浦国际陆港发车，预计16天后抵达欧洲。专列共装载41个冷藏集装箱，货值约2100万元。"])
    b2 = Article("b2", "跨境电商综试区新增海外仓9个", section="外贸快讯",
                 notes="Item of the 外贸快讯 strip; no credit, no authors.",
                 paras=["今年以来，鹤浦跨境电商综合试验区新增公共海外仓9个，分布在中东、东南亚和南美等地，全市公共海外仓总数达到37个，总面积超过42万平方米。"])
    for b in (b1, b2):
        group(pg, b)
        pg.body(b)
        pg.blank()
    box(pg, ["鹤浦时评"], "column label 鹤浦时评")
    c = Article(
        "c", "积极作为坚定前行", head=["积极作为　坚定前行"], section="鹤浦时评", kind="commentary",
        byline="本报评论员",
        notes="Comment under the label 鹤浦时评 (section): its text comes right under the label and its two-part "
              "headline (parted by U+3000, joined without the space) and byline line 本报评论员 follow it; "
              "title_line is after the body. No authors for 本报评论员. Kind commentary.",
        paras=[
            "一季度鹤浦外贸交出了一份稳中有进的答卷。成绩来之不易：海外需求不稳、贸易壁垒增多、运价汇率波动，企业面临的不确定性并没有减少。",
            "越是形势复杂，越要积极作为。从“新三样”出口快速增长，到新兴市场份额持续提升，鹤浦外贸企业的韧性，来自一次次主动出海、一轮轮技术升级。实践证明，只有把产品做精、把市场做宽，才能在风浪中站稳脚跟。",
            "稳外贸，也需要职能部门坚定前行、持续发力。通关再快一点，融资再便利一点，海外仓、展会等公共服务再完善一点，企业“出海”的底气就更足一点。",
            "外贸是经济的“晴雨表”。稳住外贸基本盘，既要企业敢闯敢拼，也要服务跟得上、政策接得住。以更大的力度为企业排忧解难，鹤浦外贸就一定能在全年跑出好成绩。",
        ])
    pg.body(c)
    group(pg, c)
    pg.blank()
    box(pg, ["通知"] + wrap("2037年鹤浦出口商品（迪拜）展览会定于6月10日至12日举办，有意参展的企业请于5月10日前向市商务局外贸处报名。", 24)
        + ["咨询电话：0×××-5521××××"], "展会通知 notice (not an article)")
    pg.blank()
    pg.furniture(["美编：龙小舒　校对：莫云"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lz10() -> Page:
    """Business daily 能源 page in a very narrow column, blank lines between paragraphs: the page opens with the
    text of a story (run-in 本报讯（记者 X）) whose three-line headline and ——副题 follow it, then a 责任编辑 line
    and straight after it the next story's headline (three lines, byline ■ 本报记者 X　Y) with a crosshead spread
    over two lines; item with byline 文/X and a caption; item signed （记者 X）; advert."""
    pg = Page("lz10.txt", cols=13, indent=FW * 2, blanks="para", seed=8210,
              style="business daily 能源 page in a very narrow column, two U+3000 indent, a blank line between "
                    "paragraphs and blocks: header blocks; the page OPENS with the text of a power-load story with NO "
                    "headline above (run-in 本报讯（记者 X）), its headline on THREE lines (broken mid-phrase: …创 / "
                    "历史新高) and ——副题 printed AFTER it, then a 责任编辑 line and straight after it the NEXT "
                    "story's headline on three lines with byline line ■ 本报记者 X　Y, a crosshead spread by "
                    "justification over two lines and a plain one, three body lines spread; charging item with "
                    "byline line 文/X and a photo caption with credit X　摄 after it; solar item signed （记者 X）; "
                    "household-solar advert; footer")
    box(pg, ["漳屿商报", "", "A9　能源", "", cn_date(2038, 7, 8)], "page header")
    a = Article(
        "a", "漳屿迎峰度夏用电负荷创历史新高",
        head=["漳屿迎峰度夏", "用电负荷创", "历史新高"],
        subtitle="——电网运行总体平稳",
        byline="本报讯（记者　谢舟）", authors=["谢舟"], lead="本报讯（记者　谢舟）",
        notes="The page opens with this story's text, no headline above; run-in 本报讯（记者 X） excluded from first. "
              "Its headline (three lines broken mid-phrase, joined) and ——副题 (subtitle) are printed AFTER the "
              "text; title_line is after the body. A 责任编辑 line follows, then the next story's headline.",
        paras=[
            "连日来，漳屿持续高温，全市用电负荷不断攀升。7月7日14时25分，漳屿电网最高用电负荷达到1286万千瓦，比去年最高值增长7.9%，创历史新高。",
            "记者从国网漳屿供电公司了解到，今年迎峰度夏前，公司新投运220千伏变电站3座、110千伏变电站7座，新增变电容量246万千伏安。同时，通过虚拟电厂聚合全市1100余家企业的可调节负荷42万千瓦，在用电高峰时段“削峰填谷”。",
            "供电公司提醒，高温天气期间，市民家中空调温度宜设置在26℃以上，做到节约用电、安全用电。目前全市电网设备运行正常，供电公司组织了1200余名抢修人员24小时值守。",
        ])
    pg.body(a)
    pg.gap()
    group(pg, a)
    pg.furniture(["责任编辑：潘知微"], "责任编辑 line read between two stories")
    b = Article(
        "b", "海上风电“出深海”漳屿打造千亿级产业集群",
        head=["海上风电“出深海”", "漳屿打造千亿级", "产业集群"],
        byline="■ 本报记者　林渡　许阿满", authors=["林渡", "许阿满"],
        notes="Its headline follows the 责任编辑 line straight away; headline on three lines, broken mid-phrase "
              "(…千亿级 / 产业集群), joined. Byline line ■ 本报记者 X　Y (both authors). Crossheads 从“造风机”到"
              "“建风场” (spread by justification over two lines) and 向深远海要空间 (plain) are body lines. Three "
              "body lines letter-spaced. The manager and official quoted are not authors.",
        paras=[
            "在漳屿港南岸的海工装备产业园，一台叶轮直径达260米的16兆瓦海上风电机组正在总装。再过一个月，它将被运往离岸80公里的深远海风电场。",
            spread2("从“造风机”到", "“建风场”"),
            "漳屿海上风电起步于2027年。十多年间，这里从承接外地风机企业的总装订单起步，逐步集聚了整机、叶片、塔筒、海缆等上下游企业46家，形成了较为完整的产业链。去年，全市海上风电装备产业产值达到612亿元，同比增长23%。",
            "“过去我们只造风机，现在风场开发、施工安装、运维服务都能做。”漳屿一家海上风电企业负责人说，企业今年新签的订单中，有三成是总承包项目。",
            Cross("向深远海要空间"),
            "随着近海资源逐步开发完毕，海上风电正在向深远海挺进。漳屿规划的3个深远海风电场总装机容量达到600万千瓦，首个项目已于今年5月开工。市能源局有关负责人介绍，漳屿正在建设国家级海上风电研究检测中心，并设立50亿元的海洋能源产业基金，力争到2040年全市海上风电产业规模突破千亿元。",
        ])
    group(pg, b)
    pg.gap()
    jbody(pg, b, [2, 9, 20])
    pg.gap()
    c = Article(
        "c", "城区新建超充站24座",
        byline="文/卓小帆", authors=["卓小帆"],
        notes="Byline line 文/X. The photo caption after the body (credit X　摄) is not body.",
        paras=[
            "记者从漳屿市能源局获悉，今年上半年，漳屿中心城区新建大功率超充站24座、超充桩310个，充电5分钟可续航200公里以上。",
            "超充站大多建在商业综合体、高速服务区和交通枢纽附近，部分站点还配建了储能设施，在电价低谷时段储电、高峰时段放电，减轻电网压力。超充站普遍采用“即插即充”和无感支付，车主无需扫码即可完成缴费。据统计，上半年全市公共充电量同比增长38%。",
            "截至6月底，漳屿全市公共充电桩总数达到4.8万个，车桩比约为2.3∶1。按照规划，到今年底，中心城区将基本实现公共充电设施“1公里服务圈”全覆盖，新建住宅小区停车位全部预留充电条件。",
        ])
    group(pg, c)
    pg.gap()
    pg.body(c)
    pg.gap()
    box(pg, wrap("▲市民在城东超充站为新能源汽车充电。", 13) + ["卓小帆　摄"], "photo caption with credit (not body)")
    d = Article(
        "d", "分布式光伏装机突破300万千瓦",
        head=["分布式光伏装机", "突破300万千瓦"],
        byline="（记者　阮青禾）", authors=["阮青禾"], tail="（记者　阮青禾）",
        notes="Headline on two lines, joined. Credit （记者 X） run in at the end (byline, excluded from last).",
        paras=[
            "截至6月底，漳屿全市分布式光伏累计并网装机容量达到306万千瓦，同比增长41%，其中工商业屋顶光伏占比超过六成。",
            "上半年全市分布式光伏发电量19.8亿千瓦时，相当于节约标准煤约60万吨。",
        ])
    group(pg, d)
    pg.gap()
    pg.body(d)
    pg.gap()
    box(pg, ["漳屿能源集团", "家庭屋顶光伏", "免费勘察　上门安装", "热线：0×××-7365××××"], "household-solar advert (not an article)")
    pg.furniture(["美编：乔夏　校对：史一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lz11() -> Page:
    """Provincial daily 乡村振兴 page in a WIDE column, no blank line between paragraphs: feature with kicker,
    ——副题, a spread and a plain crosshead and justified lines; caption; a story whose headline and byline follow
    its text, the next story's headline straight after; item signed （记者 X）; item with byline 本报记者 X;
    notice."""
    pg = Page("lz11.txt", cols=34, indent=FW * 2, blanks="arts", seed=8211,
              style="provincial daily 乡村振兴 page in a WIDE column, two U+3000 indent, blank lines only between "
                    "articles and blocks: header on three lines (with 责任编辑); plum-industry feature (about 640 "
                    "characters) with 引题 kicker, headline, ——副题, byline line 本报记者 X　通讯员 Y, a crosshead "
                    "spread by justification and a plain one, four body lines spread; photo caption with credit "
                    "摄; a farmland story whose text comes first and whose headline and byline line 记者 X follow "
                    "it, the NEXT story's headline straight after (item signed （记者 X） at the end); item with "
                    "byline line 本报记者 X; 招标公告 notice; footer")
    box(pg, ["岷溪日报", cn_date(2036, 8, 19) + "　第8版", "乡村振兴　　责任编辑：葛远山"], "page header with 责任编辑")
    pg.blank()
    a = Article(
        "a", "一颗李子“串”起一条增收链",
        subtitle="——青坪县李产业综合产值突破30亿元",
        byline="本报记者　项晓棠　通讯员　符一川", authors=["项晓棠", "符一川"],
        notes="Feature; the 引题 kicker 和美乡村建设进行时 is not part of the title; ——副题 is the subtitle. "
              "Crossheads 从“卖鲜果”到“卖品牌” (spread by justification) and 电商直播打开新销路 (plain) are body "
              "lines. Four body lines letter-spaced. Byline line 本报记者 X　通讯员 Y (both authors). The farmer and "
              "official quoted are not authors; the photo caption after the body is not body.",
        paras=[
            "8月的青坪县，漫山遍野的青脆李挂满枝头。在青龙镇石坝村的李子园里，村民们一大早就忙着采摘、分拣、装箱。不远处的冷链集配中心门口，几辆冷藏车正在排队装货。",
            "“今年李子个头大、口感好，收购价每斤4元到6元，比去年还高一点。”种了12亩李子的村民邓守田算了一笔账，除去成本，今年能挣七八万元。",
            Cross("从“卖鲜果”到“卖品牌”", sep="  "),
            "青坪种李子已有上百年历史，但过去一直是“一家一户种、肩挑背扛卖”，果子熟了要赶时间卖，价格常常被压得很低。近年来，青坪县成立李产业协会，统一种植标准，注册“青坪青脆李”地理标志商标，并建成冷链集配中心5个，李子采摘后两小时内就能进冷库“锁鲜”。",
            Cross("电商直播打开新销路"),
            "在县电商产业园，十几名主播正对着镜头推介刚摘下的李子。县商务局负责人介绍，今年全县李子线上销售量预计达到1.6万吨，约占总产量的三分之一。",
            "李产业的链条还在延伸。当地企业开发了李子果脯、果酒、果汁等20多种加工产品，石坝村还办起了“李花节”“采果节”，去年接待游客18万人次。2035年，青坪县李子种植面积达到15.2万亩，全产业链综合产值突破30亿元，带动3.6万名农民增收。",
        ])
    group(pg, a, kicker="和美乡村建设进行时")
    jbody(pg, a, [0, 3, 7, 9])
    pg.blank()
    box(pg, ["▲8月17日，石坝村村民在冷链集配中心分拣青脆李。　本报记者　项晓棠　摄"], "photo caption with credit (not body)")
    pg.blank()
    b = Article(
        "b", "岷溪今年新建高标准农田12万亩",
        byline="记者　贺秋池", authors=["贺秋池"],
        notes="Its text comes first (after the photo caption) and its headline and byline line 记者 X come AFTER "
              "it; title_line is after the body. The next story's headline follows the byline line straight away.",
        paras=[
            "眼下，青坪县白沙镇的高标准农田建设项目现场，挖掘机正在平整土地，工人们忙着铺设灌溉管道。项目完工后，这片原本零散的“巴掌田”将连成大块，机耕道、排灌渠一应俱全。",
            "记者从岷溪市农业农村局了解到，今年全市计划新建和改造提升高标准农田12万亩，总投资4.3亿元，目前已完成工程量的65%。建成后，项目区粮食亩产可提高50公斤以上，农机作业效率提高三成。",
            "为管好用好建成的农田，岷溪推行“田长制”，由村干部担任田长，负责日常巡查和设施管护，并引导种粮大户、农民合作社流转经营，发展适度规模经营。今年以来，岷溪还安排专项资金8000万元，对已建成的高标准农田进行提档升级。",
        ])
    pg.body(b)
    group(pg, b)
    c = Article(
        "c", "村集体经济年经营性收入超50万元的村达412个",
        byline="（记者　项晓棠）", authors=["项晓棠"], tail="（记者　项晓棠）",
        notes="Its headline follows the previous story's byline line straight away. Credit （记者 X） run in at the "
              "end (byline, excluded from last).",
        paras=[
            "记者从岷溪市农业农村局获悉，2035年全市村级集体经济总收入达到18.6亿元，同比增长13.4%；年经营性收入超过50万元的村达到412个，比上年增加96个。各地通过发展物业经济、乡村旅游、农事服务等多种途径，让村集体的“钱袋子”越来越鼓。",
        ])
    group(pg, c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "农技专家“田间课堂”开到村口",
        byline="本报记者　阎川", authors=["阎川"],
        notes="Byline line 本报记者 X. The agronomist quoted (桂明远) is not an author.",
        paras=[
            "“李树夏季修剪要把握‘去密留疏’的原则，内膛的徒长枝要及时剪掉……”8月16日，在青坪县石坝村的果园里，市农科院果树专家桂明远一边示范，一边讲解，30多名果农围在一旁认真听。",
            "今年以来，岷溪组织农技专家、科技特派员组成42支服务队，深入田间地头开展技术指导，已举办“田间课堂”620余场，培训农民2.8万人次。市农业农村局还开通了农技服务热线，农民遇到病虫害等问题，拍照上传就能得到专家在线解答。“以前遇到病虫害只能靠经验，现在有专家手把手教，心里有底多了。”石坝村果农蒲长根说，今年他家的李子优果率提高了15个百分点。",
        ])
    group(pg, d)
    pg.body(d)
    pg.blank()
    box(pg, ["招标公告"] + wrap("岷溪市2036年高标准农田建设项目（第二批）施工招标公告已在市公共资源交易网发布，欢迎符合条件的单位参与投标。", 34),
        "招标公告 notice (not an article)")
    pg.blank()
    pg.furniture(["校对：阳小凡"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lz12() -> Page:
    """Provincial daily 民营经济 page, NO indent, blank lines sometimes: label 企业家访谈 over an interview with a
    two-line headline and ——副题 访…; a story whose two-line headline, ——副题 and byline follow its text, a blank
    line, then a label and a comment with byline 文/X; photo news (brief) with credit line; advert."""
    pg = Page("lz12.txt", cols=17, indent="", blanks="some", seed=8212, p_para=0.5, p_gap=0.75,
              style="provincial daily 民营经济 page, NO indent, blank lines sometimes: header on three lines; label "
                    "企业家访谈 over an interview (two-line headline, ——副题 访…, byline line 本报记者 X, intro, "
                    "记者：／NAME： paragraphs); a statistics story whose text comes first and whose two-line "
                    "headline, ——副题 and byline line 记者 X　通讯员 Y follow it, then a blank line and the label "
                    "民企论坛 over a comment with byline line 文/X; photo news (brief) with headline and credit line "
                    "本报记者 X　摄 after the caption; service-centre advert; footer with 责任编辑")
    box(pg, ["雁汀日报", cn_date(2038, 12, 2) + "　第5版", "民营经济"], "page header", gap=False)
    pg.blank()
    box(pg, ["企业家访谈"], "column label 企业家访谈", gap=False)
    a = Article(
        "a", "做细分领域的“隐形冠军”",
        head=["做细分领域的", "“隐形冠军”"], section="企业家访谈", kind="interview",
        subtitle="——访雁汀精研轴承公司董事长邝云深",
        byline="本报记者　葛一苇", authors=["葛一苇"],
        notes="Interview under the label 企业家访谈 (section): headline on two lines (joined), ——副题 访… is the "
              "subtitle, byline line 本报记者 X. Body: intro, then 记者：／邝云深： paragraphs; the entrepreneur who "
              "answers (邝云深) is not an author. Kind interview.",
        paras=[
            "雁汀精研轴承公司是一家专注于精密微型轴承的民营企业，产品广泛应用于医疗器械、机器人和无人机等领域，去年入选国家级专精特新“小巨人”企业。近日，记者专访了公司董事长邝云深。",
            "记者：精研轴承为什么选择微型轴承这个细分领域？",
            "邝云深：微型轴承市场规模不算大，但技术门槛高，过去主要依赖进口。我们二十多年只做一件事，就是把这颗“小珠子”做精做透。现在我们最小的轴承外径只有1.5毫米，精度达到国际先进水平。",
            "记者：企业是如何保持创新能力的？",
            "邝云深：我们每年拿出销售收入的8%投入研发，在雁汀和外地建了两个研发中心，研发人员占员工总数的四分之一。去年公司新增发明专利17项，营业收入达到9.6亿元，同比增长22%。",
            "记者：对民营企业发展有什么期待？",
            "邝云深：这两年，融资、用地、人才引进等方面的政策支持越来越实在。我们希望在公平竞争的环境中继续专注主业，争取用五年时间把出口占比从现在的30%提高到一半。",
        ])
    group(pg, a)
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "前三季度雁汀民营经济增加值增长7.4%",
        head=["前三季度雁汀民营经济", "增加值增长7.4%"],
        subtitle="——占全市经济总量的比重达到64.8%",
        byline="记者　闻听澜　通讯员　舒小雨", authors=["闻听澜", "舒小雨"],
        notes="Its text comes first (after the interview) and its headline (two lines, joined), ——副题 "
              "(subtitle) and byline line 记者 X　通讯员 Y (both authors) come AFTER it; title_line is after the "
              "body. A blank line, then the label 民企论坛 of the next story.",
        paras=[
            "记者从雁汀市统计局获悉，前三季度，全市民营经济实现增加值2863亿元，同比增长7.4%，高于全市经济增速0.9个百分点，占全市经济总量的比重达到64.8%。",
            "从主要指标看，全市规上民营工业企业增加值增长9.1%，民间投资增长6.3%，民营企业进出口额增长11.8%。截至9月底，全市共有民营经济主体52.6万户，比年初增加3.9万户。",
            "市工商业联合会有关负责人表示，今年以来，雁汀持续开展“民营企业服务月”活动，累计帮助企业解决融资、用工、用地等问题1300余个，民营企业的发展信心进一步增强。从行业看，民营企业在批发零售、住宿餐饮、软件信息服务等领域的增加值增速均超过10%。",
        ])
    pg.body(b)
    pg.gap()
    group(pg, b)
    pg.blank()
    box(pg, ["民企论坛"], "column label 民企论坛", gap=False)
    c = Article(
        "c", "让民营企业吃下“定心丸”", section="民企论坛", kind="commentary",
        byline="文/喻白", authors=["喻白"],
        notes="Comment under the label 民企论坛 (section), byline line 文/X (the writer is the author). Kind "
              "commentary.",
        paras=[
            "民营经济是推动高质量发展的重要力量。雁汀前三季度的数据表明，民营企业敢投资、愿发展的信心正在回升。但也要看到，一些企业仍面临账款拖欠、融资成本偏高、市场准入存在隐性门槛等问题。",
            "给民营企业吃下“定心丸”，关键在于稳定预期。政策要一以贯之，不能“朝令夕改”；承诺要落地兑现，不能“新官不理旧账”；执法要公正文明，不能“一刀切”。",
            "营商环境没有最好，只有更好。让企业家安心经营、放心投资、专心创业，既需要制度的保障，也需要每一名干部把服务企业当作分内之事，对企业反映的问题建立台账、限时办结，做到件件有回音。民营经济发展好了，城市的活力和韧性才会更足。",
        ])
    group(pg, c)
    pg.gap()
    jbody(pg, c, [1, 8])
    pg.blank()
    d = Article(
        "d", "民营企业专场招聘会举行", kind="brief",
        byline="本报记者　葛一苇　摄", authors=["葛一苇"],
        notes="Photo news (brief): headline, caption text as the body, the credit line 本报记者 X　摄 after it (the "
              "byline; the photographer is the author of a photo news). Kind brief (not counted in recall).",
        paras=["12月1日，雁汀市2038年冬季民营企业专场招聘会在市人才市场举行，186家民营企业提供岗位5200余个，吸引3000多名求职者入场。"])
    group(pg, d, byline=False)
    pg.body(d)
    pg.line(d, d.byline, "byline")
    pg.blank()
    box(pg, ["雁汀市民营企业综合服务中心", "政策咨询　融资对接　法律服务", "服务热线：0×××-8812××××"], "service-centre advert (not an article)",
        gap=False)
    pg.blank()
    pg.furniture(["责任编辑：韩小宁　美编：车雨"], "footer with 责任编辑")
    return pg


PAGES = [lz09, lz10, lz11, lz12]
