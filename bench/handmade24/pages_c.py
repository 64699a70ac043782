"""Pages o09-o12 of handmade24 (development set; all papers, names, firms, places and figures invented).

云港晨报 (o09, o11), 汀州都市报 (o10), 澜江晚报 (o12)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date


# ---------------------------------------------------------------------------
def o09() -> Page:
    """晨报 财经 page in 20-character columns, NO blank line anywhere: lead with a headline letter-spaced with ASCII
    spaces on two lines, byline line 记者 X, body in TWO pieces with a whole second article (headline, byline, body)
    between them; label 财经快讯 over two run-in items; 昨日行情 market box."""
    pg = Page("o09.txt", cols=20, indent=FW, blanks="never", seed=2409,
              style="晨报 财经 page in 20-character columns, ONE U+3000 indent, NO blank line anywhere: header on three lines (paper; B01 财经; date with weekday + editor); lead whose headline is letter-spaced with single ASCII spaces on two lines, byline line 记者 X, and whose body is printed in TWO pieces with a whole second article (headline, byline line 记者 X　通讯员 Y, body) between them (as column pieces come out of extraction); label 财经快讯 over two items with run-in 本报讯（记者 X） and 本报讯（通讯员 X）; 昨日行情 box (index, close, change); footer")
    pg.furniture(["云港晨报",
                  "B01　财经",
                  cn_date(2035, 11, 16) + "　编辑：邬晓"], "page header")
    a = Article(
        "a", "云港上市公司前三季度营收增长6.8%",
        byline="记者　邵启航", authors=["邵启航"],
        notes="Headline letter-spaced with single ASCII spaces on two lines, joined unspaced. Byline line 记者 X. "
              "**new:** its body is printed in two pieces with a whole second article (headline, byline, body) "
              "between them, on a page without any blank line. The securities analyst quoted is not an author.",
        paras=[
            "记者从市金融工作部门获悉，截至10月底，我市68家境内上市公司已全部披露三季度报告。前三季度，这些公司合计实现营业收入2186亿元，同比增长6.8%；实现净利润173亿元，增长4.2%，增速比上半年加快1.9个百分点。",
            "从行业看，电子信息、高端装备和新能源企业表现突出。其中，电子信息类上市公司营业收入增长14.6%，港口航运类公司受益于外贸回暖，净利润增长11.3%。也有部分传统制造和房地产相关企业业绩承压，有9家公司前三季度出现亏损。",
            "“从三季度单季数据看，我市上市公司经营有企稳回升的迹象。”云港一家证券公司的分析师说，研发投入持续增加是一个积极信号，前三季度全市上市公司研发投入合计96亿元，同比增长12.5%，研发强度达到4.4%。",
            "市金融工作部门表示，目前全市还有14家企业处于上市辅导期，将继续推动更多优质企业对接资本市场。",
        ])
    b = Article(
        "b", "社区银行网点“瘦身”转型",
        byline="记者　邵启航　通讯员　柏宁", authors=["邵启航", "柏宁"],
        notes="Printed whole between the two pieces of the lead's body. Byline line 记者 X　通讯员 Y: both are "
              "authors. The branch manager quoted is not.",
        paras=[
            "记者走访发现，我市不少银行网点正在“瘦身”：柜台减少了，智能设备和理财、养老等服务区多了起来。数据显示，今年以来全市银行业网点减少了21个，但新设了37个社区支行和养老金融服务网点。",
            "“现在大部分业务在手机上就能办，来网点的多是老年人。”港城路一家社区支行的负责人说，网点专门配备了老花镜、助听器，还为行动不便的老人提供上门服务。",
        ])
    pg.headline(a, lines=["云 港 上 市 公 司", "前 三 季 度 营 收 增 长 6.8%"])
    pg.line(a, a.byline, "byline")
    a1, a2 = Page.chunks(pg.render_body(a), [10])
    pg.emit(a, a1)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.emit(a, a2)
    pg.furniture(["财经快讯"], "column label 财经快讯")
    items = [
        Article("c", "云港港前10月集装箱吞吐量增9%",
                byline="本报讯（记者　邵启航）", authors=["邵启航"], lead="本报讯（记者　邵启航）",
                notes="Item under the label 财经快讯 (section). Run-in 本报讯（记者 X） excluded from first.",
                paras=["云港港务集团昨天发布数据，今年1至10月，云港港完成集装箱吞吐量486万标准箱，同比增长9.1%，其中外贸集装箱增长12.4%。新开通的两条东南亚航线已累计运输货物3.2万标准箱，港口集装箱平均在港时间缩短了0.6天。"]),
        Article("d", "本市首单绿色资产支持证券发行",
                byline="本报讯（通讯员　柏宁）", authors=["柏宁"], lead="本报讯（通讯员　柏宁）",
                notes="Item under the label 财经快讯 (section). **new:** run-in 本报讯（通讯员 X） with no reporter: the "
                      "通讯员 is the author.",
                paras=["近日，云港市首单绿色资产支持证券成功发行，规模5.6亿元，期限3年，票面利率2.28%。募集资金将用于市内分布式光伏电站的建设和运营，预计每年可节约标准煤约2.1万吨。此次发行获得了3倍以上的认购。"]),
    ]
    for art in items:
        art.section = "财经快讯"
        pg.headline(art)
        pg.body(art)
    pg.furniture(["昨日行情",
                  "指数　　　收盘　　　涨跌",
                  "九州综指　3286.41　+0.52%",
                  "九州成指　10417.86　+0.87%",
                  "创新板指　2135.09　-0.31%",
                  "云港50　　1582.33　+0.46%"], "昨日行情 market box (not an article)")
    pg.furniture(["美编：苗青　　校对：尹川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def o10() -> Page:
    """都市报 视觉 (photo) page: photo story 文／图　首席记者 X with numbered captions after it; three photo news
    (briefs) with the credit in three places (closing （记者 X　摄）, 文／图 line above, 通讯员 X　摄 line after);
    run-in 本报讯 item."""
    pg = Page("o10.txt", cols=30, indent=FW, blanks="para", seed=2410,
              style="都市报 视觉 (photo) page, ONE U+3000 indent: header on two lines (A16 视觉 + paper; date with weekday); photo story (article) with 引题 kicker, headline and byline line 文／图　首席记者 X, followed by two numbered captions 图①／图② (not body); three photo news (briefs): headline + caption with closing credit （记者 X　摄） run in; headline + byline line 文／图　记者 X above the caption; headline + caption + credit line 通讯员 X　摄 after it; run-in 本报讯（记者 X） item; footer with editor, 图片编辑 and proof-reader")
    pg.furniture(["A16　视觉　汀州都市报",
                  cn_date(2035, 11, 15)], "page header")
    pg.blank()
    a = Article(
        "a", "凌晨四点的菜篮子",
        subtitle="探访汀州农副产品批发市场",
        byline="文／图　首席记者　邝远山", authors=["邝远山"],
        notes="Photo story (article, about 500 characters of text): the 引题 kicker above the headline (no 副题 "
              "printed) is the subtitle, as g01 of handmade22. Byline line 文／图　首席记者 X: the writer-photographer is the author. The "
              "numbered captions 图①／图② after the body are not body. Traders quoted are not authors.",
        paras=[
            "凌晨4点，汀州城还在沉睡，位于城东的汀州农副产品批发市场已是一片灯火通明。满载蔬菜的货车一辆接一辆驶入市场，装卸工人推着板车在车辆间穿梭，吆喝声、喇叭声此起彼伏。",
            "“白菜1块2，萝卜8毛，要多少？”蔬菜区的摊主老包一边过秤一边招呼客户。他在这里做了15年蔬菜批发，每天凌晨2点起床，从外省拉来的十几吨蔬菜，要在天亮前分销到城区的菜市场、超市和饭店。",
            "市场管理方介绍，这里每天的蔬菜交易量在3000吨左右，供应着全市七成以上的“菜篮子”。入冬以来，本地蔬菜上市量减少，外地调入的蔬菜比例提高到了六成以上。为了稳定供应，市场与周边6个蔬菜基地签订了产销协议，并对进场的蔬菜车辆减免部分交易费。",
            "天色渐亮，交易渐渐进入尾声。清洁工开始清扫地上的菜叶，老包也收拾起摊位。再过几个小时，这些带着露水的蔬菜，就会出现在千家万户的餐桌上。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["图①：凌晨4点，运菜车辆陆续进入市场。", "图②：摊主在为客户过秤。"],
                 "numbered photo captions of the photo story (not body)")
    pg.gap()
    p1 = Article(
        "p1", "冬储大白菜上市", kind="brief",
        byline="（记者　贺川　摄）", authors=["贺川"], tail="（记者　贺川　摄）",
        notes="Photo news (brief): headline and caption with the credit （记者 X　摄） run in at its end (the byline, "
              "excluded from last); the photographer is the author.",
        paras=[
            "近日，汀州郊区的大白菜进入集中采收期。昨天，在北岭镇的一处蔬菜基地，菜农正在装运刚收下的大白菜。今年当地种植大白菜1.2万亩，预计总产量超过6万吨，除供应本地市场外，还将销往周边省份。",
        ])
    pg.headline(p1)
    pg.gap()
    pg.body(p1)
    pg.gap()
    p2 = Article(
        "p2", "无人机巡检高压线", kind="brief",
        byline="文／图　记者　于晓帆", authors=["于晓帆"],
        notes="Photo news (brief): headline, byline line 文／图　记者 X above the caption; the writer-photographer is "
              "the author.",
        paras=[
            "为保障冬季用电安全，汀州供电公司近日启动输电线路冬季巡检。昨天，在城西一处高压走廊，工作人员操控无人机对线路进行巡查。与人工巡检相比，无人机巡检效率提高了5倍以上，还能发现人工难以察觉的细小隐患。",
        ])
    pg.headline(p2)
    pg.line(p2, p2.byline, "byline")
    pg.gap()
    pg.body(p2)
    pg.gap()
    p3 = Article(
        "p3", "老街换新颜", kind="brief",
        byline="通讯员　莫小禾　摄", authors=["莫小禾"],
        notes="Photo news (brief): headline, caption, then the credit line 通讯员 X　摄 (the byline); the 通讯员 "
              "photographer is the author.",
        paras=[
            "经过8个月的微改造，始建于清代的汀州南门老街近日重新开街，修缮后的骑楼、石板路保留了原有风貌，30余家老字号和文创店铺入驻，周末日均客流超过2万人次。图为市民在老街游览。",
        ])
    pg.headline(p3)
    pg.gap()
    pg.body(p3)
    pg.line(p3, p3.byline, "byline")
    pg.gap()
    b = Article(
        "b", "城北农贸市场提升改造完工",
        byline="本报讯（记者　于晓帆）", authors=["于晓帆"], lead="本报讯（记者　于晓帆）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "城北农贸市场提升改造工程日前完工，市场重新营业。改造后的市场分为蔬菜、肉类、水产、熟食等7个功能区，新增农产品快速检测室和电子公示屏，每天公布当日主要菜品价格和检测结果。",
            "市场还设置了12个“惠民摊位”，免费提供给周边农户销售自产农产品。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["编辑：蔡一舟　　图片编辑：欧小鸥　　校对：何苗"], "footer")
    return pg


# ---------------------------------------------------------------------------
def o11() -> Page:
    """晨报 民生 page in a wide 45-character column with column breaks inside paragraphs: lead with 引题, headline,
    ——副题, byline line 记者 X　通讯员 Y and question crossheads; QR-code box; run-in 本报讯（见习记者 X）; byline
    line 记者 X; 新闻热线 box."""
    pg = Page("o11.txt", cols=45, indent=FW * 2, blanks="some", colbreak=9, seed=2411, p_para=0.5, p_gap=0.9,
              style="晨报 民生 page in a wide 45-character column, blank lines sometimes plus column breaks (a blank line every 9 body lines, also inside paragraphs): header on two lines (A04 民生 + paper; date with weekday + editors); lead with 引题 kicker, headline, ——副题 and byline line 记者 X　通讯员 Y, with three question crossheads (缴多少？／怎么缴？／待遇有啥变化？); QR-code box (扫描二维码…) between articles; run-in 本报讯（见习记者 X） item; article with byline line 记者 X; 新闻热线 box; footer")
    pg.furniture(["A04　民生　　云港晨报",
                  cn_date(2035, 11, 16) + "　　责任编辑：景川　　校对：尹川"], "page header")
    pg.blank()
    a = Article(
        "a", "明年城乡居民医保财政补助再提高",
        subtitle="——个人缴费标准同步调整，这些问题一文说清",
        byline="记者　叶知秋　通讯员　钟启明", authors=["叶知秋", "钟启明"],
        notes="引题 kicker 2036年度城乡居民医保开始缴费 is neither title nor subtitle; the ——副题 is the subtitle. "
              "Byline line 记者 X　通讯员 Y: both are authors. The question crossheads are body. The official "
              "quoted is not an author.",
        paras=[
            "2036年度城乡居民基本医疗保险集中缴费工作已经启动，缴费期截至12月31日。记者从市医疗保障局获悉，明年我市城乡居民医保财政补助标准提高到每人每年720元，比今年增加30元；个人缴费标准同步提高20元。",
            Cross("缴多少？"),
            "根据通知，2036年度我市城乡居民医保个人缴费标准为：成年居民每人每年420元，学生儿童每人每年260元。特困人员、低保对象、返贫致贫人口等困难群众的个人缴费部分，由医疗救助资金给予全额或定额资助。",
            Cross("怎么缴？"),
            "参保居民可以通过“云港医保”微信公众号、各大银行手机客户端或税务部门的缴费小程序在线缴费，也可以到户籍所在地或居住地的社区服务中心现场办理。学生儿童可由学校统一组织参保缴费。",
            Cross("待遇有啥变化？"),
            "市医疗保障局待遇保障处负责人介绍，明年居民医保政策范围内住院费用报销比例保持在70%左右，门诊慢特病病种由58种增加到62种，新增的4个病种包括阿尔茨海默病、慢性阻塞性肺疾病等。此外，连续参保满4年的居民，从第5年起大病保险最高支付限额每年提高1000元，断保后再参保的则需经过一定的待遇等待期。",
            "这位负责人提醒，居民医保实行按年度缴费，缴费期内未参保的，明年看病将无法享受医保报销待遇，请市民及时缴费。",
        ])
    pg.kicker(a, "2036年度城乡居民医保开始缴费")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["扫描二维码", "进入居民医保缴费通道"], "QR-code box (not an article)")
    pg.blank()
    b = Article(
        "b", "公积金可直接支付房租",
        byline="本报讯（见习记者　曹雨桐）", authors=["曹雨桐"], lead="本报讯（见习记者　曹雨桐）",
        notes="Run-in 本报讯（见习记者 X） excluded from first; the 见习记者 is the author.",
        paras=[
            "租房的公积金缴存职工有了新选择。记者昨天从市住房公积金管理中心获悉，从12月起，在本市无自有住房、租住保障性租赁住房的缴存职工，可以申请用住房公积金直接按月支付房租，不用再先垫付房租后提取。",
            "据介绍，首批有23个保障性租赁住房项目接入这一服务，职工在项目运营方签订租赁合同后，通过手机即可办理授权，每月房租从本人公积金账户中自动划转，每月支付额度不超过公积金月缴存额的80%。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "社区“长者食堂”增至120家",
        byline="记者　梅若雪", authors=["梅若雪"],
        notes="Byline line 记者 X. The elderly diner and the operator quoted are not authors.",
        paras=[
            "中午11点，渔港社区长者食堂里已经坐满了前来就餐的老人。红烧鱼块、番茄炒蛋、清炒菠菜，再加一碗紫菜汤，一份两荤一素的套餐，60岁以上老人只需12元，80岁以上老人还能再优惠3元。",
            "“饭菜清淡软烂，价钱也实惠，比自己在家做省事多了。”78岁的何阿婆几乎每天都来这里吃午饭。记者从市民政局了解到，截至10月底，全市已建成社区长者食堂120家，覆盖主城区八成以上的社区，日均服务老人约1.1万人次。",
            "为让长者食堂“开得起、办得久”，我市对新建食堂给予一次性建设补贴，并按照就餐人次给予运营补贴，同时鼓励餐饮企业连锁运营。市民政局表示，明年还将新建长者食堂30家，并推出送餐上门服务。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["云港晨报新闻热线：96677　　邮箱：rexian@ygcb.cn",
                  "关注“云港晨报”微信公众号，获取更多民生资讯"], "新闻热线 box")
    return pg


# ---------------------------------------------------------------------------
def o12() -> Page:
    """晚报 城事 page, NO blank line: label 城事·快读 over six short items whose headlines are run in at the start
    of the text in 【】 and whose credits close them （记者 X）, （通讯员 X　记者 Y）, （实习生 X）; 分类广告 box."""
    pg = Page("o12.txt", cols=34, indent=FW * 2, blanks="never", seed=2412,
              style="晚报 城事 page, two U+3000 indent, NO blank line anywhere: header on two lines (paper + A05 城事; date with weekday + editor); label 城事·快读 over six short items whose headlines are RUN IN at the start of the first text line in 【】 (no headline line) and which close with a run-in credit （记者 X）／（通讯员 X　记者 Y）／（实习生 X）／（首席记者 X）; 分类广告 box (遗失声明 lines, 广告热线) after the items; footer")
    pg.furniture(["澜江晚报　A05　城事",
                  cn_date(2035, 11, 14) + "　本版编辑：沈一禾"], "page header")
    pg.furniture(["城事·快读"], "column label 城事·快读")
    specs = [
        ("a", "老街灯笼挂起来了", "（记者　许知远）", ["许知远"],
         "这两天，南塘老街的店家陆续挂起了新制作的红灯笼，整条街的夜景亮了起来。据了解，今年老街共更换灯笼1200余盏，全部采用节能光源，每晚6点至10点亮灯，周末和节假日延长至11点。"),
        ("b", "三条公交线路优化调整", "（通讯员　汪渔　记者　许知远）", ["汪渔", "许知远"],
         "从本周六起，市公交集团对12路、37路和夜4路三条线路进行优化调整。其中，12路延伸至高铁北站，37路取消与地铁重复的4个站点，夜4路末班车延后至凌晨1点。具体站点可在“澜江公交”公众号查询。"),
        ("c", "菜价随气温下降小幅上涨", "（实习生　陶然）", ["陶然"],
         "受气温下降影响，本周我市主要蔬菜批发均价为每公斤4.36元，环比上涨3.8%。其中，叶菜类价格涨幅较大，菠菜、油麦菜每公斤上涨约0.5元；土豆、萝卜等耐储蔬菜价格基本稳定。市商务部门表示，全市蔬菜储备充足，价格总体平稳。"),
        ("d", "江滨绿道新增5座驿站", "（记者　顾一鸣）", ["顾一鸣"],
         "江滨绿道二期近日新增5座驿站，每座驿站都配有休息座椅、直饮水、自动售货机和共享充电宝，其中2座设有母婴室。至此，绿道沿线驿站总数达到17座，平均每1.5公里一座，驿站每天早上7点至晚上9点开放。"),
        ("e", "旧衣回收箱进小区", "（首席记者　骆清和）", ["骆清和"],
         "我市首批200个智能旧衣回收箱日前在60个小区投放。居民将旧衣物投入箱内，扫码后可按重量获得积分，积分可兑换日用品。回收的旧衣物经分拣后，一部分捐赠给困难群众，其余进行环保再利用。明年回收箱将覆盖全市所有住宅小区。"),
        ("f", "“小个专”党员服务队成立", "（记者　林晚舟）", ["林晚舟"],
         "日前，城西市场监管所联合辖区商会，组建了由32名小微企业、个体工商户和专业市场党员经营者组成的服务队，将为新开办的个体户提供证照办理、政策咨询等帮办服务，并定期走访经营困难的个体户，帮助他们对接惠企政策。"),
    ]
    for key, title, credit, names, text in specs:
        art = Article(key, title, paras=[text], section="城事·快读", byline=credit, authors=names,
                      lead="【" + title + "】", tail=credit,
                      notes="Item of the 城事·快读 column (section). **new:** headline RUN IN at the start of the first "
                            "text line in 【】 (no headline line): title without the brackets, title_line the first "
                            "text line, and the 【headline】 excluded from first. Closing credit run in at the end: "
                            "the byline, excluded from last; the reporters, 通讯员 and 实习生 named are authors.")
        pg.body(art, head_role=True)
    pg.furniture(["分类广告　　广告热线：966558",
                  "遗失声明：澜江市滨江区晓风便利店遗失营业执照副本，声明作废。",
                  "遗失声明：陈某某遗失澜江市城北新区望澜苑3幢1单元602室购房发票一张，声明作废。"],
                 "分类广告 box (遗失声明 classified notices, not articles)")
    pg.furniture(["美编：蒋小洛　　校对：叶青"], "footer")
    return pg


PAGES = [o09, o10, o11, o12]
