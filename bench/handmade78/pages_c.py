"""Pages lv09-lv12 of handmade78 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap

AD = ("Advertisement / advertorial call of this set: a block printed under a 广告 / 推广 / 企业专版 (or 企业专版·广告) "
      "mark (also when written like an article with a headline) is an ad, not an article (the contract's kind "
      "other).")


# ---------------------------------------------------------------------------
def lv09() -> Page:
    """财经报 置业 supplement, NO indent: letter-spaced lead headline, run-in 本报讯（记者 X　实习生 Y）; 楼市数据
    table; label 专家观点 over a comment with byline NAME（post）; advertorial whose 广告 tag is printed at its END;
    item with a headline on two lines and byline line 本报记者 X; 免责 footer."""
    pg = Page("lv09.txt", cols=36, indent="", blanks="some", seed=7809, p_para=0.3, p_gap=0.75,
              style="财经报 置业 supplement, NO indent, blank lines sometimes (so that paragraph ends mostly show only as short lines): header on three lines (paper + date with weekday; 置业 + 第D1版; 本期主编 and 责任编辑); lead with its headline letter-spaced with single spaces and run-in 本报讯（记者 X　实习生 Y）; 楼市数据 table (title, header row, four rows, 数据来源); label 专家观点 over a comment with byline line NAME（post）; advertorial of a housing project with its own headline, text, 样板间 and hotline lines, whose small 广告 tag is printed at its END (an ad); item with a headline on two lines and byline line 本报记者 X; footer with 免责 line")
    pg.furniture(["澈江财经　" + cn_date(2037, 8, 14),
                  "置业　第D1版",
                  "本期主编：魏澄之　责任编辑：芮晚秋"], "page header")
    pg.blank()
    a = Article(
        "a", "两宗宅地底价成交土地市场趋于理性",
        byline="本报讯（记者　车慕言　实习生　宣小禾）", authors=["车慕言", "宣小禾"],
        lead="本报讯（记者　车慕言　实习生　宣小禾）",
        notes="Headline letter-spaced with single spaces and parted in two phrases by a wider gap; title written "
              "unspaced (the gap is a space, dropped). Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are "
              "authors.",
        paras=[
            "8月13日，澈江市今年第六批集中供地完成出让，推出的4宗住宅用地中，两宗以底价成交，另两宗因无人报名而终止出让，合计成交金额38.6亿元，平均溢价率为零。",
            "从竞买情况看，本批次参与报名的房企仅有9家，以本地国资企业为主。业内人士分析，房企拿地更加谨慎，资金向核心区域集中，郊区地块遇冷的情况仍在持续。",
            "截至目前，澈江今年累计出让住宅用地22宗，成交金额214亿元，同比下降17%。",
        ])
    pg.headline(a, lines=["两 宗 宅 地 底 价 成 交　　土 地 市 场 趋 于 理 性"])
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["7月澈江楼市数据",
                  "指标　　　　　　　　数值　　　　同比",
                  "新房成交面积　　　　61.4万平方米　－5.2%",
                  "新房成交均价　　　　21630元／平方米　＋1.1%",
                  "二手房成交套数　　　1.36万套　　＋9.8%",
                  "新房可售面积　　　　712万平方米　－3.4%",
                  "数据来源：澈江市房地产交易中心"], "楼市数据 table (not an article)")
    pg.gap()
    pg.furniture(["专家观点"], "column label 专家观点")
    b = Article(
        "b", "稳楼市关键在稳预期", section="专家观点", kind="commentary",
        byline="蒲怀瑾（澈江大学房地产研究中心主任）", authors=["蒲怀瑾"],
        notes="Comment under the label 专家观点 (section), byline line NAME（post）: the expert who writes and signs is "
              "the author (the post is not a name); commentary.",
        paras=[
            "当前楼市的主要矛盾，不是房子够不够，而是买房人敢不敢买。保交楼、降成本、优服务，每一项政策落到实处，都是在给市场吃定心丸。",
            "对房企而言，与其在价格上互相比拼，不如在产品和服务上多下功夫。对地方而言，要因城施策，把存量商品房收购用作保障性住房等政策用足用好，推动市场供需重新平衡。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    adv = wrap("澈江天玺府位于滨湖新城核心区，总建筑面积约32万平方米，规划建设高层住宅和叠墅产品，主力户型建筑面积约143至210平方米，交付标准为精装修。", 36) + \
        wrap("项目紧邻滨湖公园和市第一实验学校新校区，距地铁6号线滨湖站约600米。8月16日样板间盛大开放，到访即赠精美礼品一份。", 36)
    pg.furniture(["天玺府｜城市封面　湖居典范"] + adv +
                 ["样板间：滨湖新城湖光路99号",
                  "品鉴热线：0×××-8866××××",
                  "扫码预约品鉴",
                  "开发商：澈江天玺置业有限公司",
                  "广告"],
                 "advertorial of a housing project with its own headline and text, its 广告 tag printed at its END: " + AD)
    pg.gap()
    c = Article(
        "c", "住房租赁市场迎来“旺季”滨湖片区租金环比上涨3.6%",
        head=["住房租赁市场迎来“旺季”", "滨湖片区租金环比上涨3.6%"],
        byline="本报记者　车慕言", authors=["车慕言"],
        notes="Headline printed on two lines, joined (no space). Byline line 本报记者 X. Article placed right "
              "after the advertorial (whose 广告 tag is its last line).",
        paras=[
            "暑期毕业季带动租赁需求集中释放。记者从多家住房租赁企业了解到，7月以来，澈江滨湖片区一居室和两居室房源的平均租金环比上涨3.6%，出租周期缩短至16天。",
            "“来咨询的大多是刚毕业的大学生和新入职的年轻人。”一家长租公寓门店的店长说。澈江市今年计划筹集保障性租赁住房1.2万套（间），目前已开工8600套（间）。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版广告由广告主提供，内容仅供参考，不构成购房建议。　校对：晏知秋"], "footer with 免责 line and proof-reader")
    return pg


# ---------------------------------------------------------------------------
def lv10() -> Page:
    """晚报 车展特刊: wire report with run-in 东衡社溪桐10月2日电（记者 X） and （完）; label 车展速递 over three ◆
    items (one signed （记者 X）); 企业专版 advertorial with headline and text (ad); 观展指南 box; label 车市评弹
    over a comment signed at its END (right-aligned name)."""
    pg = Page("lv10.txt", cols=26, indent="  ", blanks="para", seed=7810,
              style="晚报 车展特刊 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (paper + date with weekday; 2037溪桐国际车展特刊; 特3 + 责任编辑); wire report of an invented agency with run-in 东衡社溪桐10月2日电（记者 X） and （完） run in at the end; label 车展速递 over three items with ◆ headlines (one signed （记者 X） at the end, one headline on two lines); 企业专版-marked advertorial of a carmaker with its own headline and text, slogan, 展位号 and 扫码 lines (an ad); 观展指南 box; label 车市评弹 over a comment signed at its END (name right-aligned on a line of its own); footer")
    pg.furniture(["溪桐晚报　" + cn_date(2037, 10, 3),
                  "2037溪桐国际车展特刊",
                  "特3　　责任编辑：柏听松"], "page header")
    pg.blank()
    a = Article(
        "a", "溪桐国际车展开幕首发新车86款",
        byline="东衡社溪桐10月2日电（记者　简若谷）", authors=["简若谷"],
        lead="东衡社溪桐10月2日电（记者　简若谷）", tail="（完）",
        notes="Wire report of the invented agency 东衡社: run-in 东衡社溪桐10月2日电（记者 X） excluded from first; （完） "
              "run in at the end excluded from last. Headline of two phrases parted by U+3000, joined unspaced.",
        paras=[
            "2037溪桐国际汽车展览会2日在溪桐国际博览中心开幕。本届车展展出面积22万平方米，126个汽车品牌的1380余辆整车参展，其中全球首发车型86款，新能源车型占比超过七成。",
            "智能驾驶和固态电池成为本届车展的热点。多家车企发布了搭载城市领航辅助驾驶功能的新车型，两家电池企业展出了能量密度超过400瓦时每千克的固态电池样品。车展将持续至10月10日。",
        ])
    pg.headline(a, lines=["溪桐国际车展开幕　首发新车86款"])
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["车展速递"], "column label 车展速递")
    pg.blank()
    b1 = Article("b1", "启越发布首款氢燃料重卡", section="车展速递",
                 byline="（记者　凤鸣岐）", authors=["凤鸣岐"], tail="（记者　凤鸣岐）",
                 notes="Item of the 车展速递 strip with a ◆ headline (the ◆ is not part of the title); credit （记者 X） "
                       "run in at the end, excluded from last.",
                 paras=["启越汽车在车展上发布首款氢燃料电池重型卡车，续航里程达到800公里，加氢时间约15分钟，计划明年在港口物流场景批量交付。"])
    b2 = Article("b2", "溪风汽车携三款车型亮相海外市场专区", section="车展速递",
                 head=["溪风汽车携三款车型", "亮相海外市场专区"],
                 notes="Item of the 车展速递 strip with a ◆ headline on two lines (joined) and no credit: no authors.",
                 paras=["溪风汽车今年前三季度出口整车4.2万辆，同比增长46%。本届车展上，企业专门设立海外市场专区，展出右舵版车型。"])
    b3 = Article("b3", "车展首日客流超过9万人次", section="车展速递",
                 notes="Item of the 车展速递 strip with a ◆ headline and no credit: no authors.",
                 paras=["主办方数据显示，车展首日接待观众9.3万人次，现场意向订单超过6000台。"])
    for art in (b1, b2, b3):
        printed = art.head or [art.title]
        pg.headline(art, lines=["◆" + printed[0]] + printed[1:])
        pg.body(art)
        pg.gap()
    adv = wrap("  岚驰汽车全新旗舰SUV岚驰X9于本届车展全球首秀。新车搭载第五代智能增程系统，纯电续航310公里，综合续航1400公里，配备城市领航辅助驾驶系统。", 26) + \
        wrap("  展会期间到展台下定，即享首批车主专属权益。", 26)
    pg.furniture(["企业专版",
                  "岚驰X9：为家而来"] + adv +
                 ["岚驰汽车　驰骋无界",
                  "展位：溪桐国际博览中心3号馆A01",
                  "扫码了解更多"],
                 "企业专版-marked advertorial of a carmaker with its own headline and text: " + AD)
    pg.blank()
    pg.furniture(["观展指南",
                  "时间：10月2日—10日　9:00—17:30",
                  "票价：工作日50元，节假日80元",
                  "交通：地铁2号线博览中心站C出口",
                  "停车：场馆周边设6个停车场，建议绿色出行"], "观展指南 box (not an article)")
    pg.blank()
    pg.furniture(["车市评弹"], "column label 车市评弹")
    pg.blank()
    c = Article(
        "c", "车展不只是看车", section="车市评弹", kind="commentary",
        byline="邹砚清", authors=["邹砚清"],
        notes="Comment under the label 车市评弹 (section) signed at its END: the writer's name right-aligned on a line "
              "of its own after the body is the byline (written without its leading spaces); commentary.",
        paras=[
            "逛了一天车展，最大的感受是：展台上的主角正在从车变成人。座舱里能唱歌、能办公、能陪孩子写作业，车企比拼的已不只是马力和续航。",
            "这当然是好事。但也要提醒一句，功能越多，越要守住安全底线。辅助驾驶不是自动驾驶，宣传时把话说清楚，才是对消费者负责。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, "  " * 10 + c.byline, "byline")
    pg.blank()
    pg.furniture(["美编：荀一鹭　　校对：戴小岚"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lv11() -> Page:
    """经济日报 金融·保险专版 in a wide column: lead with ——副题 and byline line 本报记者 X; label 保险课堂 over a
    compiled Q&A (本期嘉宾 line, 问：／答：, byline 本报记者 X　整理); label 理赔案例 over a case story signed
    （通讯员 X） at the end; 风险提示; insurer 广告; 协办 line."""
    pg = Page("lv11.txt", cols=40, indent=FW * 2, blanks="some", seed=7811, p_para=0.25, p_gap=0.9,
              style="经济日报 金融·保险专版 in a wide column, blank lines sometimes: header on three lines (paper; date with weekday + 第10版; 金融·保险 + 本版由…协办 line); lead with ——副题 and byline line 本报记者 X; label 保险课堂 over a compiled Q&A (headline, byline line 本报记者 X　整理, intro line 本期嘉宾：…, then 问：／答：); label 理赔案例 over a case story signed （通讯员 X） run in at the end; 温馨提示 box; insurer advertisement (广告, slogan, product, 投保有风险 note, hotline, 扫码了解更多); footer with editor and proof-reader")
    pg.furniture(["枳城经济日报",
                  cn_date(2036, 12, 9) + "　第10版",
                  "金融·保险　　本版由枳城市保险行业协会协办"], "page header with 协办 line")
    pg.blank()
    a = Article(
        "a", "前10个月全市保险业赔付支出增长12.4%",
        subtitle="——健康险赔付占比首次超过四成",
        byline="本报记者　苏砚池", authors=["苏砚池"],
        notes="Lead with ——副题 (subtitle) and byline line 本报记者 X. The page is sponsored (协办 line in the header); "
              "its signed news is still article.",
        paras=[
            "记者从枳城市保险行业协会获悉，今年1月至10月，全市保险业实现原保险保费收入286.3亿元，同比增长6.8%；赔付支出98.7亿元，同比增长12.4%。其中，健康险赔付支出40.2亿元，占全部赔付的40.7%，占比首次超过四成。",
            "惠民保类产品的参保人数持续增加。今年全市“枳惠保”参保人数达到186万人，累计赔付3.1亿元，最高单笔赔付62万元。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["保险课堂"], "column label 保险课堂")
    b = Article(
        "b", "买重疾险，这几个问题要弄清", section="保险课堂", kind="interview",
        byline="本报记者　苏砚池　整理", authors=["苏砚池"],
        notes="Q&A under the label 保险课堂 (section), compiled by a reporter (byline line 本报记者 X　整理: the compiler "
              "is the author). The intro line 本期嘉宾：… and the 问：／答： paragraphs are body; the guest who answers "
              "(翟明远, an insurer's actuary) is not an author. Kind interview. Not an ad: no 广告 / 推广 mark and no "
              "product named.",
        paras=[
            "本期嘉宾：枳城人寿精算部负责人翟明远",
            "问：重疾险和医疗险有什么区别？",
            "答：医疗险是“花多少报多少”，报销实际发生的医疗费用；重疾险是“确诊即赔”，确诊合同约定的疾病后一次性给付保险金，可以弥补患病期间的收入损失。两者功能不同，可以搭配购买。",
            "问：投保时要注意什么？",
            "答：一是如实告知健康状况，否则可能影响理赔；二是看清等待期和保障范围；三是保额要与家庭收入相匹配，一般建议为年收入的三到五倍。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["理赔案例"], "column label 理赔案例")
    c = Article(
        "c", "一份意外险帮外卖骑手渡过难关", section="理赔案例",
        byline="（通讯员　时晓帆）", authors=["时晓帆"], tail="（通讯员　时晓帆）",
        notes="Case story under the label 理赔案例 (section), signed （通讯员 X） run in at the end (the byline, "
              "excluded from last); the 通讯员 is the author. It names the insurer but is told as a news case "
              "without 广告 / 推广 mark: an article.",
        paras=[
            "今年9月，外卖骑手杨先生在送餐途中摔伤，造成右腿骨折。由于他此前通过平台投保了新就业形态人员职业伤害保险，保险公司在收到材料后3个工作日内完成理赔，赔付医疗费用和误工津贴共计4.6万元。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(wrap("温馨提示：保险产品的保障责任、责任免除等内容以保险合同条款为准。投保前请仔细阅读条款，选择适合自己的产品。", 40),
                 "温馨提示 box (not an article)")
    pg.blank()
    pg.furniture(["广告",
                  "枳城人寿　守护每一个家",
                  "“安心康”重大疾病保险　新品上市",
                  "投保有风险，请仔细阅读保险条款　　服务热线：9559×",
                  "扫码了解更多"], "insurer advertisement (广告 mark): " + AD)
    pg.blank()
    pg.furniture(["责任编辑：单于秋　　校对：莫青萍"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lv12() -> Page:
    """产经报 乡村振兴特刊 特产推介 page in a very narrow column: lead (byline 本报记者 X　通讯员 Y); 产品推荐 box with
    扫码购买; profile with a headline on two lines and byline line 通讯员 X (article); photo news (brief) with
    credit line; 广告 for a farm expo; 活动预告."""
    pg = Page("lv12.txt", cols=16, indent="  ", blanks="some", seed=7812, p_para=0.5, p_gap=0.7,
              style="产经报 乡村振兴特刊 特产推介 page in a very narrow column indented with two ASCII spaces, blank lines sometimes: header on three lines (paper; date with weekday; 乡村振兴特刊·特产推介 + 第6版); lead with byline line 本报记者 X　通讯员 Y; 产品推荐 box (three products with prices and 扫码购买); company profile with a headline on two lines and byline line 通讯员 X, with the firm's hotline after it; photo news (brief) with credit line 本报记者 X　摄 after its caption; 广告 for a farm-produce fair; 活动预告 box; footer wider than the column")
    pg.furniture(["澹州产经报",
                  cn_date(2038, 1, 20),
                  "乡村振兴特刊·特产推介　第6版"], "page header")
    pg.blank()
    a = Article(
        "a", "年货节上澹州特产走俏",
        byline="本报记者　庾青禾　通讯员　桑一鸣", authors=["庾青禾", "桑一鸣"],
        notes="Lead of the 特产推介 page: byline line 本报记者 X　通讯员 Y, both authors. The stall-keeper quoted "
              "(仇秀英) is not an author.",
        paras=[
            "腊味、糍粑、山茶油……1月18日开幕的澹州年货节上，来自全市9个县区的420多种特色农产品集中亮相，首日销售额达到1260万元。",
            "“腊肉卖了一千多斤，比去年多了三成。”来自丰岩镇的摊主仇秀英说。年货节还开设直播专区，20多位乡村主播同步带货。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["产品推荐",
                  "◎澹州山茶油",
                  "500毫升　68元",
                  "◎丰岩烟熏腊肉",
                  "1000克　98元",
                  "◎石岙红糖糍粑",
                  "800克　39元",
                  "扫码购买"], "产品推荐 box (products, prices, 扫码购买; not an article)")
    pg.gap()
    b = Article(
        "b", "溪口茶油合作社：一瓶油撑起一个村",
        head=["溪口茶油合作社：", "一瓶油撑起一个村"],
        byline="通讯员　蒯晓岚", authors=["蒯晓岚"],
        notes="Company (cooperative) profile of the 特产推介 page, headline on two lines (joined), signed by a 通讯员, "
              "no 广告 / 推广 mark: an article by this set's call; the 通讯员 is the author. The order hotline after "
              "it is not body. The head of the cooperative (尤大川) is not an author.",
        paras=[
            "溪口村的山坡上种满了油茶树。2031年，村里成立茶油合作社，统一收果、统一压榨、统一品牌销售，去年卖出茶油16万瓶，销售额1080万元，入社农户户均分红5200元。",
            "“过去茶果卖给贩子，价钱说了不算。”合作社负责人尤大川说，如今合作社的茶油进了省城的商超，还通过电商卖到了20多个省份。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.furniture(["订购热线：0×××-2268××××"], "the cooperative's order hotline after the profile (not body)")
    pg.gap()
    c = Article(
        "c", "直播间里卖年货", kind="brief",
        byline="本报记者　庾青禾　摄", authors=["庾青禾"],
        notes="Photo news (brief, not counted in recall): headline, caption as body, credit line 本报记者 X　摄 after "
              "it (the photographer of a photo news is the author, as in handmade55 ky10).",
        paras=["1月18日，乡村主播在澹州年货节直播专区推介本地特产。"])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.furniture(["广告",
                  "第八届澹州",
                  "农产品博览会",
                  "好山好水出好物",
                  "招展热线：",
                  "0×××-2236××××"], "farm-produce fair advertisement (广告 mark): " + AD)
    pg.gap()
    d = Article(
        "d", "冷链物流覆盖九成行政村",
        byline="本报讯（记者　庾青禾）", authors=["庾青禾"], lead="本报讯（记者　庾青禾）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "截至去年底，澹州市建成县级冷链物流中心9个、乡镇冷链站点86个，冷链物流服务覆盖全市91%的行政村，生鲜农产品损耗率由15%下降至8%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["活动预告",
                  "“村晚”年货市集",
                  "1月25日",
                  "丰岩镇文化广场",
                  "扫码报名摆摊"], "活动预告 box (not an article)")
    pg.blank()
    pg.furniture(["本版由澹州市农业农村局协办　　编辑：匡小满　　校对：祝晴川"], "footer with 协办 line, wider than the column")
    return pg


PAGES = [lv09, lv10, lv11, lv12]
