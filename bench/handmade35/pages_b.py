"""Pages ke05-ke08 of handmade35 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def ke05() -> Page:
    """自贸港 city daily, page A5, a 16-character column with ONE U+3000: lead with 引题, byline line
    □本报记者 X　通讯员 Y and 【】 crossheads; run-in 本报讯（记者 X）; photo news whose credit line comes BEFORE the
    caption; article with byline line 本报记者 X breaking off over the jump line （转A6版） on a line of its own."""
    pg = Page("ke05.txt", cols=16, indent=FW, blanks="para", seed=3505,
              style="自贸港 city daily page A5, a 16-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; A5 + 版名); lead with 引题 over the headline, byline line □本报记者 X　通讯员 Y, two 【】 crossheads; run-in 本报讯（记者 X） item; photo news (brief) whose credit line 本报记者 X　摄 is printed BETWEEN headline and caption; article with byline line 本报记者 X whose text breaks off mid-sentence over the jump line （转A6版） on a line of its own (continued on ke11); footer with editor and proof-reader")
    pg.furniture(["澜屿日报", cn_date(2035, 12, 12), "A5　自贸港·开放"], "page header")
    pg.blank()
    a = Article(
        "a", "澜屿自贸港“一线”进出货值首月增长41%",
        subtitle="“一线放开、二线管住”运行首月",
        byline="□本报记者　覃照　通讯员　林汐", authors=["覃照", "林汐"],
        notes="Lead: the 引题 above the headline (no 副题) is the subtitle. Byline line □本报记者 X　通讯员 Y (□ a mark, "
              "kept as printed): both are authors. The 【】 crossheads are body. The customs manager and officials "
              "quoted (周晓岑) are not authors.",
        paras=[
            "记者从澜屿海关获悉，澜屿自由贸易港实施“一线放开、二线管住”货物进出管理制度首月，经“一线”进出的货物货值达到217亿元，同比增长41.2%；享受零关税政策的进口货物货值38.6亿元，为企业减免税款5.3亿元。",
            Cross("【通关更快了】"),
            "11月28日上午，一批从塔维里亚进口的橄榄油原料抵达澜屿港。企业通过“单一窗口”提前申报，货物靠港后不到两个小时就完成提离。“过去从申报到提货至少要一天，现在基本实现了‘船到即提’。”澜屿一家食品加工企业的关务经理周晓岑说。",
            "澜屿海关有关负责人介绍，“一线”放开后，境外货物进入自贸港实行备案管理，海关对绝大多数货物不再逐票审核，而是依托智慧监管平台实施风险精准布控，口岸通关效率明显提升。",
            Cross("【企业更忙了】"),
            "制度红利正在转化为企业的发展动能。位于澜屿综合保税区的一家航空维修企业，今年以来承接境外飞机维修业务同比增长六成，生产线实行“三班倒”仍忙不过来。企业负责人说，保税维修政策让企业可以“全球揽活”，进口的航材零部件免征关税，大大降低了维修成本。",
            "据统计，制度运行首月，新增在澜屿注册的外贸企业1260家，同比增长55%。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "澜屿港新增两条东岸航线",
        byline="本报讯（记者　石若谷）", authors=["石若谷"], lead="本报讯（记者　石若谷）",
        notes="Run-in 本报讯（记者 X） (filling the first line of the narrow column) excluded from first.",
        paras=[
            "12月10日，澜屿港“澜屿—德尔瓦”和“澜屿—卡里斯”两条国际集装箱航线同日开通。至此，澜屿港国际集装箱航线达到68条，通达全球30多个国家和地区的主要港口。",
            "据介绍，两条新航线均为每周一班，主要承运电子产品、机械设备和热带农产品，可进一步降低自贸港企业开拓东岸市场的物流成本。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    p = Article(
        "p", "免税城里年货旺", kind="brief",
        byline="本报记者　黎舟　摄", authors=["黎舟"],
        notes="Photo news (brief). **new:** the credit line 本报记者 X　摄 is printed BETWEEN the headline and the "
              "caption: the byline; the photographer is the author. The caption is the body.",
        paras=[
            "12月10日，游客在澜屿国际免税城选购商品。临近岁末，免税城客流明显增加，年货礼盒、化妆品和电子产品销售火热。",
        ])
    pg.headline(p)
    pg.line(p, p.byline, "byline")
    pg.body(p)
    pg.gap()
    c = Article(
        "c", "跨境电商综试区年内新增备案企业超3000家",
        byline="本报记者　邝青禾", authors=["邝青禾"],
        notes="Byline line 本报记者 X. The text breaks off mid-sentence; the jump line （转A6版） on a line of its own "
              "after it is not body (the rest is on ke11, page A6 of the same paper). The park operator quoted is not "
              "an author.",
        paras=[
            "今年以来，澜屿跨境电子商务综合试验区加快发展。截至11月底，综试区新增备案跨境电商企业3127家，跨境电商进出口额达到412亿元，同比增长36.8%。",
            "在澜屿跨境电商产业园，一栋栋楼宇里聚集着直播、选品、仓储、物流等各类企业。园区运营负责人介绍，园区今年新引进跨境电商企业186家，其中营收超亿元的企业有23家，“很多企业是从内地迁过来的，看中的就是自贸港的政策和区位优势”。",
            "记者在采访中了解到，",
        ])
    pg.headline(c, lines=["跨境电商综试区年内", "新增备案企业超3000家"])
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture(["（转A6版）"], "jump line on a line of its own (not body)")
    pg.blank()
    pg.furniture(["本版编辑：覃一苇", "校对：蒙小禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ke06() -> Page:
    """口岸 city daily page, 46 characters wide, two ASCII spaces, blank lines only between blocks: lead with ——副题 and
    byline line 本报记者 X; an article whose headline, ——副题 and byline line are printed AFTER its body; port-figures
    table; run-in 本报讯（通讯员 X） item; 温馨提示 notice of customs and border police; footer."""
    pg = Page("ke06.txt", cols=46, indent="  ", blanks="arts", seed=3506,
              style="口岸 city daily 口岸·物流 page, 46 characters wide, indented with two ASCII spaces, blank lines only between articles and blocks: header on one long line (paper, date with weekday, page number and 版名) and an editor line; lead with ——副题 and byline line 本报记者 X, a driver and an official quoted; article whose body comes FIRST (right after the lead) and whose headline (with an em dash —), ——副题 and byline line 本报记者 X　通讯员 Y are printed AFTER it; port-figures table (title, header row, four rows, 数据来源); run-in 本报讯（通讯员 X） item; 温馨提示 notice (label, text, the two authorities right-aligned); footer with designer and proof-reader")
    pg.furniture(["霁港日报　　" + cn_date(2035, 12, 13) + "　　第3版　口岸·物流",
                  "本版主编：丰望舒　　责任编辑：庞一苇"], "page header")
    pg.blank()
    a = Article(
        "a", "霁港口岸跨境货车通关时间压缩至15分钟",
        subtitle="——霁港“智慧口岸”建设一周年见闻",
        byline="本报记者　甘泊舟", authors=["甘泊舟"],
        notes="——副题 is the subtitle; byline line 本报记者 X. The driver (韩大勇) and official quoted are not authors. "
              "The next article's body follows this body directly (no blank line, no headline between).",
        paras=[
            "清晨7点，霁港公路口岸货运通道前，一辆辆满载果蔬、建材和日用消费品的跨境货车依次驶入查验区。车辆经过智能卡口时，车牌、集装箱号和电子关锁信息被自动识别，抬杆放行只用了十几秒。",
            "“以前排队过关，司机经常要在车上等两三个小时，现在一般15分钟就能通关。”跑了十多年跨境运输的货车司机韩大勇说，口岸改造后通关时间短了，他每个月能多跑四五趟。",
            "去年12月，霁港启动“智慧口岸”建设，对公路口岸、铁路口岸和港口码头进行数字化改造，推行“预约通关”“无感通关”等模式。一年来，口岸累计投用智能卡口62条、集装箱智能识别设备140余套，实现货运车辆通关信息“一次录入、多方共享”。数据显示，目前霁港公路口岸跨境货车平均通关时间由改造前的2.6小时压缩至15分钟，进出口整体通关时间分别压缩了58%和46%。",
            "通关效率的提升，带动了口岸货运量快速增长。今年1至11月，霁港口岸进出口货运量达到1862万吨，同比增长19.4%；出入境货运车辆62.8万辆次，增长23.7%。口岸附近新建的跨境物流园，已吸引48家物流、仓储和供应链企业入驻。",
            "霁港市口岸办负责人表示，下一步，霁港将推动口岸与境外对接站点信息互联互通，探索“一次查验、双边互认”的通关模式，力争把霁港建成面向东岸地区的国际物流枢纽。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "霁港—纳维卡国际班列年内开行突破500列", subtitle="——回程班列占比提高到四成",
        byline="本报记者　衡书遥　通讯员　巫晓", authors=["衡书遥", "巫晓"],
        notes="Headline (with the em dash — of a route name), ——副题 and byline line 本报记者 X　通讯员 Y all printed "
              "AFTER the body, whose first line follows the lead's last line directly; both writers are authors. The "
              "importer quoted is not.",
        paras=[
            "12月12日上午，一列满载科尔瓦木材、矿产品和乳制品的国际班列缓缓驶入霁港铁路口岸。这是今年霁港—纳维卡国际班列开行的第503列，也是年内第201列回程班列。",
            "霁港—纳维卡国际班列于2031年开通，全程3600多公里，运行时间约7天，比海运节约时间一半以上。开通初期，班列“去多回少”，回程货源不足一度制约着班列的可持续运营。近两年，霁港市联合境外合作伙伴在纳维卡设立集货中心，推动木材加工、乳制品分装等项目落地口岸，回程班列占比由不足两成提高到四成。",
            "“回程班列多了，运输成本就降下来了。”霁港一家木材进口企业负责人说，企业每月通过班列进口木材约200柜，综合物流成本比海运加陆运降低了约15%。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.furniture(["11月霁港口岸主要指标",
                  "指标　　　　　　　　　　　11月　　　同比",
                  "进出口货运量（万吨）　　　176.2　　+21.3%",
                  "集装箱吞吐量（万标箱）　　38.7　　 +16.8%",
                  "出入境货运车辆（万辆次）　6.1　　　+25.4%",
                  "国际班列（列）　　　　　　52　　　 +30.0%",
                  "数据来源：霁港市口岸办"], "port-figures table (not an article)")
    pg.blank()
    c = Article(
        "c", "霁港保税物流中心获批扩区",
        byline="本报讯（通讯员　储一鸣）", authors=["储一鸣"], lead="本报讯（通讯员　储一鸣）",
        notes="Run-in 本报讯（通讯员 X） (a correspondent only, no reporter) excluded from first; the 通讯员 is the "
              "author.",
        paras=[
            "近日，霁港保税物流中心（B型）扩区申请获得批复，新增规划面积0.42平方公里。扩区后，物流中心将新建保税仓库、冷链查验场所和跨境电商监管中心，预计年仓储能力可提升至120万吨。",
            "霁港保税物流中心自2029年封关运营以来，已入驻企业132家，今年1至11月实现进出区货值268亿元，同比增长27%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["温馨提示"]
                 + wrap("元旦假期期间（2036年1月1日至3日），霁港公路口岸货运通道正常开放，通关时间为每日8:00至22:00。请进出口企业和驾驶员合理安排通关计划，提前通过“单一窗口”办理预约。", 46, "  ")
                 + [FW * 36 + "霁港海关　霁港边检站"], "温馨提示 notice of the port authorities (not an article)")
    pg.blank()
    pg.furniture(["美术编辑：钟小悦　　校对：曲知言"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ke07() -> Page:
    """侨乡 paper feature page: feature with 引题, ——副题, byline line 本报记者 X　特约记者 Y, ◎ crossheads and a ▲ photo
    caption BETWEEN two paragraphs; label 侨史钩沉 over a piece signed 文／X; 寻亲启事 notice; column breaks."""
    pg = Page("ke07.txt", cols=26, indent=FW * 2, blanks="some", colbreak=14, seed=3507, p_para=0.3, p_gap=0.85,
              style="侨乡 weekly 侨乡风采 page, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on three lines (paper; date with weekday; page number + 版名); feature (about 900 chars) with 引题 kicker, headline, ——副题 and byline line 本报记者 X　特约记者 Y, three ◎-marked crossheads, and a ▲ photo caption with credit 本报记者 X　摄 printed BETWEEN two paragraphs; label 侨史钩沉 over a piece with byline line 文／X; 寻亲启事 notice (label, text, contact line); footer with editor and proof-reader")
    pg.furniture(["金汀侨报", cn_date(2035, 12, 14), "第4版　侨乡风采"], "page header")
    pg.blank()
    a = Article(
        "a", "鹭川侨乡迎来“新侨”返乡潮", subtitle="——金汀市鹭川县侨乡振兴见闻",
        byline="本报记者　温如晦　特约记者　陈雪澜", authors=["温如晦", "陈雪澜"],
        notes="Feature. The 引题 kicker 老宅焕新颜　侨乡添活力 is neither title nor subtitle (the ——副题 is the "
              "subtitle, as handmade22 g02). Byline line 本报记者 X　特约记者 Y: **new:** the 特约记者 is an author "
              "too. The ◎ crossheads are body. The ▲ photo caption with its credit printed between two paragraphs "
              "is not body. The returnee and official quoted (李慕洋) are not authors.",
        paras=[
            "冬日的鹭川县溪头村，阳光洒在一座座中西合璧的侨房上。红砖墙、拱券窗、彩色花砖，这些建于上世纪二三十年代的老建筑，如今有了新的用途：民宿、咖啡馆、侨批展示馆……村道上，不时能看到举着手机拍照打卡的游客。",
            "鹭川是著名侨乡，全县旅居海外的乡亲有40多万人，分布在30多个国家和地区。近年来，随着侨乡振兴工作深入推进，越来越多的海外侨胞和侨眷后代回到家乡，投资兴业、参与乡村建设，当地人称之为“新侨”返乡潮。",
            Cross("◎百年侨房里开出咖啡馆"),
            "34岁的李慕洋出生在新岚坡，是溪头村旅外乡亲的第四代。三年前，他第一次随父亲回乡祭祖，看到祖辈留下的老宅年久失修，心里很不是滋味。“这是爷爷的爷爷从南洋寄钱回来盖的房子，不能让它就这样塌了。”",
            "在县侨联的牵线下，李慕洋与村集体签订了租赁协议，投入200多万元对老宅进行修缮，在保留原有风貌的基础上，改造成一家咖啡馆兼侨乡文化展示空间。咖啡馆去年开业后，周末日均接待游客300多人次。“很多客人是专门来看老房子、听侨史的。”李慕洋说。",
            Cross("◎“侨批”里的乡愁成了金字招牌"),
            "侨批，是海外侨胞寄回家乡的书信和汇款凭证，被誉为“侨史的活化石”。鹭川民间保存的侨批有3万多封，是当地独特的文化资源。",
            "去年，鹭川县在溪头村建成侨批文化街区，将散落在民间的侨批集中展示，并开发了侨批主题的文创产品、研学课程和情景演出。今年1至11月，街区接待游客62万人次，带动周边村民开办民宿、餐馆80多家，村民人均可支配收入增长12%。",
            Cross("◎从“输出侨汇”到“引入侨智”"),
            "过去，侨乡与海外的联系主要靠侨汇；如今，越来越多的“新侨”带回来的是资金、技术和国际化的视野。在鹭川县经济开发区，由旅外乡亲投资的电子元器件、食品加工等企业已有70多家，今年新落地侨资项目19个，总投资28亿元。",
            "鹭川县委统战部负责人表示，县里设立了“新侨”创业服务中心，为返乡侨胞提供政策咨询、项目对接、子女入学等一站式服务。“我们希望把侨乡的‘侨’字文章做深做实，让海外乡亲回得来、留得住、干得好。”",
        ])
    pg.kicker(a, "老宅焕新颜　侨乡添活力")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=5)
    pg.furniture(wrap("▲溪头村一座由侨房改造的咖啡馆吸引游客打卡。　本报记者　温如晦　摄", 26),
                 "photo caption with credit, between two paragraphs (not body)")
    pg.body(a, start=5)
    pg.blank()
    b = Article(
        "b", "一封侨批里的百年家书", section="侨史钩沉",
        byline="文／林溯", authors=["林溯"],
        notes="Piece under the label 侨史钩沉 (section), byline line 文／X (the writer is the author). A historical "
              "feature, kind article. The emigrant whose letter is told of (林德顺) is not an author.",
        paras=[
            "在鹭川县侨批文化街区的展柜里，静静躺着一封1937年从南洋寄回的侨批。泛黄的信封上写着“烦交溪头村林门陈氏收，外附大洋拾元”，字迹工整有力。",
            "写信人林德顺，当年在新岚坡码头做搬运工。信中，他向妻子诉说异乡谋生的艰辛，叮嘱家人“勤俭持家，务必让孩子读书”，还特意交代要拿出两元“捐给村里修学堂”。这所由侨胞捐资兴建的学堂，后来发展成为今天的溪头中心小学。",
            "一封侨批，一头连着海外游子的牵挂，一头连着家乡亲人的期盼。在那个交通不便、通信困难的年代，正是这一封封侨批，维系着侨胞与故乡的血脉亲情，也见证了侨胞爱国爱乡、回馈桑梓的赤子情怀。",
        ])
    pg.furniture(["侨史钩沉"], "column label 侨史钩沉")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["寻亲启事"]
                 + wrap("陈淑华，女，约1948年出生，祖籍金汀市鹭川县，上世纪六十年代随家人移居海外，最后已知居住地为新岚坡。其胞弟陈国栋现年82岁，居住在鹭川县白石镇，思亲心切，盼望团聚。如有知情者，请与金汀市侨联联系。", 26, FW * 2)
                 + ["联系电话：2688××××"], "寻亲启事 notice (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：方絮　　校对：柯小满"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ke08() -> Page:
    """侨乡 paper news page extracted with a blank line after EVERY line, 18 characters, two ASCII spaces: headlines
    letter-spaced (spread over two lines with U+3000 and broken mid-word; single spaces on one line; two given
    lines); run-in 本报讯（记者 X）, 本报讯（通讯员 X　记者 Y）; byline line 本报记者 X; museum advertisement."""
    pg = Page("ke08.txt", cols=18, indent="  ", blanks="every", seed=3508,
              style="侨乡 weekly 侨乡新闻 page extracted with a blank line after EVERY line, 18 characters, indented with two ASCII spaces: header on two lines; every headline letter-spaced: the first spread over two lines with U+3000 and broken in mid-word (第　十　届　世　界　金　汀　同 / 乡　恳　亲　大　会　开　幕), the second with single ASCII spaces on one line, the third on two given lines of two phrases with single spaces; run-in 本报讯（记者 X）, run-in 本报讯（通讯员 X　记者 Y）; byline line 本报记者 X; museum ADVERTISEMENT (special exhibition, dates, hours, booking) between articles; footer with editor and 组版")
    pg.furniture(["金汀侨报　" + cn_date(2035, 12, 14), "第2版　侨乡新闻"], "page header")
    a = Article(
        "a", "第十届世界金汀同乡恳亲大会开幕",
        byline="本报讯（记者　叶闻笙）", authors=["叶闻笙"], lead="本报讯（记者　叶闻笙）",
        notes="Headline letter-spaced with U+3000 across the column, in two halves broken in mid-word (同 / 乡), joined "
              "unspaced. Run-in 本报讯（记者 X） excluded from first. The 侨联 official quoted is not an author.",
        paras=[
            "12月13日，第十届世界金汀同乡恳亲大会在金汀市开幕，来自28个国家和地区的1600余名乡亲代表欢聚一堂，共叙乡情、共谋发展。",
            "本届大会以“侨心连故土，携手创未来”为主题，为期三天，将举办侨商合作推介会、侨乡文化展演、寻根谒祖等系列活动。开幕式上，33个侨资项目集中签约，总投资112亿元，涉及新能源、现代农业、文化旅游等领域。",
            "金汀市侨联负责人介绍，世界金汀同乡恳亲大会自1999年创办以来，已成为凝聚海内外乡亲的重要平台，历届大会累计促成侨资项目400多个。",
        ])
    pg.headline(a, spread_cols=18)
    pg.body(a)
    b = Article(
        "b", "鹭川侨批档案入选省级名录",
        byline="本报讯（通讯员　黄秋棠　记者　蔡映雪）", authors=["黄秋棠", "蔡映雪"],
        lead="本报讯（通讯员　黄秋棠　记者　蔡映雪）",
        notes="Headline letter-spaced with single ASCII spaces on one line, written unspaced. Run-in "
              "本报讯（通讯员 X　记者 Y） (通讯员 first, wrapped over two lines) excluded from first; both are authors.",
        paras=[
            "日前，鹭川侨批档案入选第三批省级档案文献遗产名录。此次入选的侨批档案共计2316件，时间跨度从清末至上世纪七十年代，涉及新岚坡、莫兰蒂斯等多个国家和地区。",
            "鹭川县档案馆负责人表示，将加快推进侨批档案数字化保护，计划三年内完成全部馆藏侨批的扫描建档，并建设侨批档案线上展示平台。",
        ])
    pg.headline(b, sep=" ")
    pg.body(b)
    pg.furniture(["广告",
                  "金汀华侨博物馆",
                  "“百年侨批”特展",
                  "展期：即日起至2036年3月",
                  "开放时间：周二至周日",
                  "9:00—17:00",
                  "免费参观　预约入馆"], "museum advertisement (not an article)")
    c = Article(
        "c", "海外侨胞捐建乡村学校投用",
        byline="本报记者　洪知远", authors=["洪知远"],
        notes="Headline of two phrases printed on two lines, each letter-spaced with single ASCII spaces, joined "
              "unspaced. Byline line 本报记者 X. The donor quoted (陈立恒) is not an author.",
        paras=[
            "12月11日，由旅外乡亲捐资兴建的鹭川县白石镇侨心学校正式投入使用。学校占地约1.6万平方米，设有教学楼、科技楼、风雨操场等，可容纳学生1200人。",
            "据了解，该校由20多位旅居新岚坡、塔维里亚的乡亲共同捐资3800万元建设。捐建者代表、新岚坡侨商陈立恒说：“我们小时候都在村里的老学堂读书，现在能为家乡孩子建一所好学校，是我们共同的心愿。”",
        ])
    pg.headline(c, lines=["海 外 侨 胞 捐 建", "乡 村 学 校 投 用"])
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["编辑：方絮　　组版：侯小川"], "footer")
    return pg


PAGES = [ke05, ke06, ke07, ke08]
