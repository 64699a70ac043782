"""Pages lt09-lt12 of handmade76 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def lt09() -> Page:
    """Economic daily front page, NO indent and NO blank line: the 今日导读 ear read BEFORE the masthead; lead with
    ——副题, byline line and （下转A2版） glued; item with headline on two lines; label 今日谈 over a comment; photo news
    with credit line; 要闻简报 items whose headlines are run in before the text after a ● (no brackets)."""
    pg = Page("lt09.txt", cols=26, indent="", blanks="never", seed=7609,
              style="economic daily FRONT page, NO indent and NO blank line anywhere: the 今日导读 ear (three titles with page numbers) read BEFORE the masthead; masthead on four lines (paper, CN number + 代号, date with weekday + 农历, 今日12版 + weather); lead with ——副题, byline line 本报记者 X and （下转A2版） glued to its last line; run-in 本报讯（记者 X） item with its headline on two lines; label 今日谈 over a comment with byline line □ X; photo news (brief) with headline, caption and credit line 本报记者 X　摄; label 要闻简报 over three items whose headlines are run in after a ● and parted from the text by U+3000 (no brackets); footer 本版责编 / 校对 / 电话")
    pg.furniture(["今日导读",
                  "·海洋渔业转型记　A3",
                  "·小微企业首贷户增长三成　A4",
                  "·青屿湾大桥建设进入冲刺阶段　A5"], "今日导读 ear read before the masthead (not articles)")
    pg.furniture(["青屿经济日报",
                  "国内统一连续出版物号 CN 37-0088　代号 23-41",
                  cn_date(2032, 5, 26) + "　农历壬子年四月十七",
                  "今日12版　晴转多云　16℃～24℃"], "masthead (paper, CN number, 代号, date, 农历, 今日12版, weather)")
    a = Article(
        "a", "全市海洋生产总值首季突破600亿元",
        subtitle="——海洋新兴产业增加值增长15.4%",
        byline="本报记者　殷照海", authors=["殷照海"], tail="（下转A2版）",
        notes="Lead. Byline line 本报记者 X under the ——副题. No indent and no blank line, so paragraph ends show only "
              "as short lines. The jump （下转A2版） glued to the last line is excluded from last. The official quoted "
              "(冼国梁) is not an author.",
        paras=[
            "市海洋发展局5月25日发布，一季度全市实现海洋生产总值612.3亿元，同比增长7.6%，占全市地区生产总值的比重达到28.9%。",
            "海洋新兴产业成为增长新引擎。一季度，海洋生物医药、海洋装备制造和海上风电等新兴产业增加值增长15.4%。全市在建海上风电项目6个，总装机容量达到210万千瓦。",
            "“传统渔业正向深远海养殖和精深加工转型。”市海洋发展局局长冼国梁说，全市已建成深远海养殖平台9座，水产品加工转化率提高到72%。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "青屿港开通至南溟群岛集装箱直航航线", head=["青屿港开通至南溟群岛", "集装箱直航航线"],
        byline="本报讯（记者　蓝湛）", authors=["蓝湛"], lead="本报讯（记者　蓝湛）",
        notes="Headline on two lines (joined). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "5月24日，青屿港至南溟群岛集装箱直航航线首航，投入3艘4000标准箱级集装箱船，每周一班，往返航程18天，主要运输机电产品、建材和日用消费品。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["今日谈"], "column label 今日谈")
    c = Article(
        "c", "向海图强要靠“新”字当头", section="今日谈", byline="□ 祝一航", authors=["祝一航"], kind="commentary",
        notes="Comment under the column label 今日谈 (section), byline line □ X (the signer is the author). Kind "
              "commentary.",
        paras=[
            "海洋经济是青屿最大的特色，也是最大的潜力。海洋新兴产业增加值两位数增长，说明“向海图强”的路子走对了。",
            "做大海洋经济，不能只靠“捕得多”，更要靠“养得好”“加工深”“装备强”。把科技创新的文章做足，蓝色经济才能行稳致远。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    d = Article("d", "深远海养殖平台下水", kind="brief", byline="本报记者　鞠涛　摄", authors=["鞠涛"],
                notes="Photo news (brief): headline, caption as body, credit line 本报记者 X　摄 after it (byline; the "
                      "photographer is the author).",
                paras=["5月23日，“青渔3号”深远海养殖平台在青屿湾船厂下水，平台养殖水体达到8万立方米。"])
    pg.headline(d)
    pg.body(d)
    pg.line(d, d.byline, "byline")
    pg.furniture(["要闻简报"], "column label 要闻简报")
    items = [
        ("e1", "青屿机场5月开通3条国际航线", "●青屿机场5月开通3条国际航线　",
         "青屿机场本月新开通至维斯贝里、曼丹和罗维纳3条国际客运航线，国际通航点增至19个。", None, [], ""),
        ("e2", "全市首家数据交易服务中心揭牌", "●全市首家数据交易服务中心揭牌　",
         "青屿数据交易服务中心5月25日揭牌，首批上架数据产品46个，涵盖航运、气象和海洋环境等领域。", "（记者　褚晓帆）",
         ["褚晓帆"], "（记者　褚晓帆）"),
        ("e3", "夏季就业招聘月启动", "●夏季就业招聘月启动　",
         "全市夏季就业招聘月活动5月25日启动，将举办各类招聘会60场，提供岗位3.8万个。", None, [], ""),
    ]
    for key, title, lead, text, byline, authors, tail in items:
        e = Article(key, title, [text], section="要闻简报", byline=byline, authors=authors, lead=lead, tail=tail,
                    notes="要闻简报 item whose headline is run in at the start of its text after a ● bullet, parted "
                          "from the text only by U+3000 (no brackets): it is the title, its title_line the first body "
                          "line, excluded from first." + (" The credit （记者 X） run in at the end is the byline, "
                                                          "excluded from last." if byline else " No credit."))
        pg.body(e, head_role=True)
    pg.furniture(["本版责编：晏秋　　校对：乐正雨　　电话：8860 1234"], "footer 本版责编 / 校对 / 电话")
    return pg


# ---------------------------------------------------------------------------
def lt10() -> Page:
    """Provincial daily 第一版: masthead; lead headline letter-spaced with single spaces, ——副题 with the issue number
    glued to its line; jump line 下转第2版▶ alone after the lead; wire item; label 今日评论 over a comment with byline
    line 文／X; 今日导读 table; 要闻简报 of five □ items."""
    pg = Page("lt10.txt", cols=32, indent="  ", blanks="para", seed=7610,
              style="provincial daily 第一版 indented with two ASCII spaces, blank lines between paragraphs and blocks: masthead on three lines (paper + 中共渤溟省委机关报, date with weekday + 农历, CN number + 代号 + 今日8版 + weather); lead with 引题 kicker, headline letter-spaced with single ASCII spaces, ——副题 with the masthead's issue number 第11502号 glued to its line, run-in 本报讯（记者 X　通讯员 Y）, and the jump line 下转第2版▶ alone after the body; wire item with run-in 华辰社北京8月3日电（记者 X） and （完） run in; label 今日评论 over a comment with byline line 文／X; 今日导读 table (版次 | 标题, four rows); label 要闻简报 over five items with □ headlines; footer 本版编辑 / 美编 / 校对")
    pg.furniture(["渤溟日报　　中共渤溟省委机关报",
                  cn_date(2030, 8, 4) + "　农历庚戌年七月初七",
                  "CN 21-0001　代号 7-1　今日8版　多云　24℃～31℃"], "masthead (paper, 机关报, date, 农历, CN number, 代号, 今日8版, weather)")
    pg.blank()
    a = Article(
        "a", "渤溟港群上半年集装箱吞吐量增长9.8%",
        subtitle="——港口群协同发展迈出新步伐",
        byline="本报讯（记者　欧晴　通讯员　戴长庚）", authors=["欧晴", "戴长庚"],
        lead="本报讯（记者　欧晴　通讯员　戴长庚）",
        notes="Lead. The 引题 kicker 海陆联动 is neither title nor subtitle. The headline is letter-spaced with single "
              "ASCII spaces (written unspaced). The masthead's issue number 第11502号 printed on the same line as the "
              "——副题 is not part of it. Run-in 本报讯（记者 X　通讯员 Y） excluded from first. The line 下转第2版▶ after "
              "the body is a jump line, not body. The official quoted (司马川) is not an author.",
        paras=[
            "记者从省港口集团获悉，上半年渤溟港群完成集装箱吞吐量1186万标准箱，同比增长9.8%；货物吞吐量3.42亿吨，增长4.1%。",
            "港群一体化运营成效明显。今年以来，渤溟、东岬、白河三港统一调度航线资源，新开内外贸航线14条，海铁联运量达到92万标准箱，增长21%。",
            "“过去三个港口各自揽货，现在是一张网、一盘棋。”省港口集团总经理司马川说，下半年将加快推进东岬港区自动化码头建设，力争全年集装箱吞吐量突破2400万标准箱。",
        ])
    pg.kicker(a, "海陆联动")
    pg.headline(a, sep=" ")
    pg.line(a, a.subtitle + "　　　　第11502号", "subtitle")
    pg.gap()
    pg.body(a)
    pg.line(a, "下转第2版▶", "jump")
    pg.gap()
    b = Article(
        "b", "7月全国制造业采购经理指数回升至51.2%",
        byline="华辰社北京8月3日电（记者　葛舟遥）", authors=["葛舟遥"],
        lead="华辰社北京8月3日电（记者　葛舟遥）", tail="（完）",
        notes="Wire item: run-in dateline excluded from first; （完） run in at the end excluded from last.",
        paras=[
            "国家统计局服务业调查中心3日发布数据，7月份全国制造业采购经理指数为51.2%，比上月上升0.6个百分点，连续四个月位于扩张区间。新订单指数和生产指数分别为52.0%和53.1%。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["今日评论"], "column label 今日评论")
    c = Article(
        "c", "一张网、一盘棋的启示", section="今日评论", byline="文／严若水", authors=["严若水"], kind="commentary",
        notes="Comment under the label 今日评论 (section), byline line 文／X (the writer is the author). Kind "
              "commentary.",
        paras=[
            "港口之间拼价格、抢货源，曾是不少地方的常态。渤溟港群走出“各自为战”，转向统一调度、错位发展，航线多了，效率高了，成本降了。",
            "这给区域协调发展带来启示：资源整合不是简单的“做加法”，而是要在分工协作中实现“乘法效应”。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["今日导读",
                  "版次　｜　标题",
                  "2　　｜　港口群建设三年行动计划解读",
                  "3　　｜　暑期游热度持续走高",
                  "5　　｜　县域特色产业“链”出新天地",
                  "7　　｜　渤溟老字号的新生意经"], "今日导读 table (版次 | 标题; not articles)")
    pg.blank()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    pg.blank()
    items = [
        ("d1", "全省高标准农田建设完成年度任务七成", "上半年，全省新建和改造提升高标准农田186万亩，完成年度任务的72%。", None, [], ""),
        ("d2", "渤溟自贸片区新增跨境电商企业210家",
         "今年以来，渤溟自贸片区新增跨境电商企业210家，跨境电商进出口额增长26%。", "（记者　邵野）", ["邵野"], "（记者　邵野）"),
        ("d3", "省级技术创新中心增至45家", "省科技厅日前新认定省级技术创新中心8家，全省总数增至45家。", None, [], ""),
        ("d4", "暑期全省铁路客流创新高", "7月份，全省铁路发送旅客1420万人次，同比增长11%，日均客流创历史新高。",
         "（通讯员　宁致远）", ["宁致远"], "（通讯员　宁致远）"),
        ("d5", "首批“渤溟老字号”认定公布", "省商务厅公布首批“渤溟老字号”名单，共有126个品牌入选，其中餐饮类占四成。", None, [], ""),
    ]
    for key, title, text, byline, authors, tail in items:
        d = Article(key, title, [text], head=["□" + title], section="要闻简报", byline=byline, authors=authors,
                    tail=tail,
                    notes="要闻简报 item: the □ before the headline is a bullet, not part of the title."
                          + (" The credit run in at the end is the byline, excluded from last." if byline
                             else " No credit."))
        pg.headline(d)
        pg.body(d)
        pg.gap()
    pg.furniture(["本版编辑：左丘禾　　美编：谢小满　　校对：鄢冬"], "footer 本版编辑 / 美编 / 校对")
    return pg


# ---------------------------------------------------------------------------
def lt11() -> Page:
    """Financial weekly-style daily front page in a very narrow column, column breaks: masthead; lead with kicker,
    headline on two lines, byline line and （下转2版） glued; 本报导读 box; photo news; 短评 signed at the end;
    简讯 items with NO headlines, credits at the end."""
    pg = Page("lt11.txt", cols=18, indent=FW * 2, blanks="some", colbreak=10, seed=7611, p_para=0.3, p_gap=0.8,
              style="financial daily FRONT page in a very narrow column, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs): masthead on four lines (paper, 今日8版 + 代号, date with weekday, 农历 + weather); lead with 引题 kicker, headline on TWO lines, byline line 本报记者 X and （下转2版） glued to its last line; 本报导读 box; photo news (brief) with headline, caption and credit line 华辰社记者 X　摄; label 短评 over a comment signed （X） at the end; label 简讯 over three items with NO headlines (▲ bullets), credits （记者 X） run in at the end of two; footer 本版责编")
    pg.furniture(["岷江财经报",
                  "今日8版　代号 61-83",
                  cn_date(2039, 3, 15),
                  "农历己未年二月十九　小雨"], "masthead (paper, 今日8版, 代号, date, 农历, weather)")
    pg.blank()
    a = Article(
        "a", "岷江板块上市公司去年营收增长7.4%", head=["岷江板块上市公司", "去年营收增长7.4%"],
        byline="本报记者　柳含烟", authors=["柳含烟"], tail="（下转2版）",
        notes="Lead. The 引题 kicker 年报季观察 is neither title nor subtitle; the headline on two lines is joined. "
              "Byline line 本报记者 X. The jump （下转2版） glued to the last line is excluded from last. The analyst "
              "quoted (皇甫岳) is not an author.",
        paras=[
            "截至3月14日，岷江省已有86家上市公司披露2038年年报，合计实现营业收入5126亿元，同比增长7.4%；归属于母公司股东的净利润412亿元，增长9.1%。",
            "从行业看，电子信息、新能源和生物医药企业业绩增长较快。“研发投入持续加大是亮点。”岷江证券研究所所长皇甫岳说，已披露年报的公司研发投入合计增长16.3%。",
        ])
    pg.kicker(a, "年报季观察")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["本报导读",
                  "◆银行理财规模回升（2版）",
                  "◆基金发行“开门红”（3版）",
                  "◆县域金融服务站全覆盖（5版）"], "本报导读 box (not articles)")
    pg.gap()
    b = Article("b", "数字人民币试点扩围", kind="brief", byline="华辰社记者　甄一苇　摄", authors=["甄一苇"],
                notes="Photo news (brief): headline, caption as body, credit line 华辰社记者 X　摄 (byline; the "
                      "photographer is the author).",
                paras=["3月13日，岷江市一家农贸市场，商户展示数字人民币收款码。数字人民币试点日前扩大至全省各市州。"])
    pg.headline(b)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.furniture(["短评"], "column label 短评")
    c = Article(
        "c", "研发投入是底气", section="短评", byline="（闻笛）", authors=["闻笛"], tail="（闻笛）", kind="commentary",
        notes="Comment under the label 短评 (section), signed （X） run in at the end (byline, excluded from last; "
              "the signer is the author). Kind commentary.",
        paras=[
            "营收增长固然可喜，研发投入增长16.3%更值得关注。企业舍得在研发上花钱，说明对未来有信心。",
            "资本市场应更多奖励这样的“长期主义”，让专注创新的企业得到更多资金支持。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["简讯"], "column label 简讯")
    items = [
        ("d1", "岷江农商银行发行首单乡村振兴债券5亿元，募集资金全部用于涉农贷款投放。", "（记者　蔺可）", ["蔺可"]),
        ("d2", "2月末全省普惠小微贷款余额达到6820亿元，同比增长21.6%。", None, []),
        ("d3", "全省首个绿色金融改革试验区在雅州设立，首批授信项目28个。", "（记者　亓官雪）", ["亓官雪"]),
    ]
    for key, text, byline, authors in items:
        d = Article(key, None, [text], section="简讯", byline=byline, authors=authors, lead="▲", tail=byline or "",
                    notes="简讯 item with NO headline (title null); the ▲ bullet is excluded from first."
                          + (" The credit （记者 X） run in at the end is the byline, excluded from last." if byline
                             else " No credit: no authors."))
        pg.body(d)
    pg.gap()
    pg.furniture(["本版责编：申屠月"], "footer 本版责编")
    return pg


# ---------------------------------------------------------------------------
def lt12() -> Page:
    """Economic daily front page: masthead with weather; lead (kicker, headline, ——副题, byline line) whose body is
    cut by a photo caption (body in pieces) and ends with （下转A2版） glued; item with headline on two lines; wire
    item; 特约评论员 commentary; 本报今日导读; 要闻简报 with 【】 run-in headlines."""
    pg = Page("lt12.txt", cols=34, indent=FW, blanks="arts", seed=7612,
              style="economic daily FRONT page, ONE U+3000 indent, blank lines only between articles and blocks: masthead on four lines (paper + English name, CN number + 代号, date with weekday + 农历 + 今日12版, weather with air quality); lead with 引题 kicker, headline, ——副题 and byline line 本报记者 X　通讯员 Y, whose body is CUT by a photo caption with credit (body in pieces) and ends with （下转A2版） glued; run-in 本报讯（记者 X） item with headline on two lines; wire item with run-in 华辰社北京12月1日电（记者 X、Y） and （完） on a line of its own; commentary with byline line 本报特约评论员　X; 本报今日导读 box; label 要闻简报 over four items with 【】 run-in headlines; footer 本版责编 / 版式 / 校对 / 新闻热线")
    pg.furniture(["泫州经济日报　XUANZHOU ECONOMIC DAILY",
                  "国内统一连续出版物号 CN 14-0047　邮发代号 21-6",
                  cn_date(2036, 12, 2) + "　农历丙辰年十一月十四　今日12版",
                  "晴　-5℃～6℃　空气质量：良"], "masthead (paper, English name, CN number, 代号, date, 农历, 今日12版, weather)")
    pg.blank()
    a = Article(
        "a", "全省新型储能装机规模突破500万千瓦",
        subtitle="——今年新增装机占全部电源新增装机的三成",
        byline="本报记者　韩映雪　通讯员　祖晨阳", authors=["韩映雪", "祖晨阳"], tail="（下转A2版）",
        notes="Lead. The 引题 kicker 能源转型　储能先行 (two phrases parted by U+3000) is neither title nor subtitle. "
              "Byline line 本报记者 X　通讯员 Y: both authors. A photo caption with credit printed between two "
              "paragraphs is not body, so the body is in pieces. The jump （下转A2版） glued to the last line is "
              "excluded from last. The official quoted (端木清) is not an author.",
        paras=[
            "记者从省能源局获悉，截至11月底，全省新型储能累计装机规模达到512万千瓦，同比增长86%；今年新增装机238万千瓦，占全部电源新增装机的31%。",
            "从技术路线看，锂离子电池储能占比82%，压缩空气储能、液流电池储能和飞轮储能等多元技术加快示范应用。位于泫阳县的300兆瓦压缩空气储能电站于10月全容量并网，是目前全省单体规模最大的储能项目。",
            "“储能就像电网的‘充电宝’，在用电低谷时充电、高峰时放电。”省能源局电力处处长端木清说，今年迎峰度夏期间，全省新型储能累计放电3.6亿千瓦时，有效缓解了晚高峰供电压力。",
            "按照规划，到2038年全省新型储能装机规模将达到1000万千瓦以上。",
        ])
    pg.kicker(a, "能源转型　储能先行")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    ia = pg.render_body(a)
    cut = [i for i, it in enumerate(ia) if it[0] == "gap"][1]
    pg.emit(a, ia[:cut])
    pg.furniture(wrap("▲11月28日，泫阳县压缩空气储能电站，工作人员在巡检设备。　本报记者　韩映雪　摄", 34),
                 "photo caption with credit inside the lead (not body)")
    pg.emit(a, ia[cut + 1:])
    pg.blank()
    b = Article(
        "b", "前11个月全省煤炭先进产能占比提高到85%", head=["前11个月全省煤炭先进", "产能占比提高到85%"],
        byline="本报讯（记者　贾云深）", authors=["贾云深"], lead="本报讯（记者　贾云深）",
        notes="Headline on two lines, broken in mid-phrase (joined). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "今年前11个月，全省规模以上工业原煤产量11.8亿吨，同比增长1.2%。全省已建成智能化煤矿218座，先进产能占比提高到85%，煤矿百万吨死亡率降至历史最低水平。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "11月份全国电煤库存保持高位",
        byline="华辰社北京12月1日电（记者　万俟川、习晓雯）", authors=["万俟川", "习晓雯"],
        lead="华辰社北京12月1日电（记者　万俟川、习晓雯）",
        notes="Wire item: run-in dateline with two reporters parted by 、 excluded from first; the end mark （完） on "
              "a line of its own is not body.",
        paras=[
            "记者1日从国家能源局获悉，截至11月30日，全国统调电厂电煤库存2.06亿吨，可用天数超过25天，保持历史同期高位，为迎峰度冬电力保供打下坚实基础。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, "（完）", "endmark")
    pg.blank()
    d = Article(
        "d", "以储能之“稳”托起转型之“进”", byline="本报特约评论员　欧阳砚", authors=["欧阳砚"], kind="commentary",
        notes="Commentary with byline line 本报特约评论员 X: unlike 本报评论员 it names a person, who is the author. Kind "
              "commentary.",
        paras=[
            "新能源“靠天吃饭”，出力有波动，储能是破解这一难题的关键。全省新型储能装机突破500万千瓦，为能源转型增添了“稳定器”。",
            "也要看到，储能项目盈利模式尚不清晰、调用率偏低等问题依然存在。完善电价机制，推动储能参与电力市场交易，才能让储能“建得起”也“用得好”。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.blank()
    pg.furniture(["本报今日导读",
                  "■煤电企业迎峰度冬保供一线见闻　A3",
                  "■新能源汽车下乡“下”出新市场　A5",
                  "■专精特新企业的“隐形冠军”之路　A7"], "本报今日导读 box (not articles)")
    pg.blank()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    items = [
        ("e1", "泫河生态廊道全线贯通", "全长186公里的泫河中游生态廊道日前全线贯通，沿线新增绿地2.3万亩。", None, []),
        ("e2", "全省首个零碳产业园投运", "位于泫源新区的零碳产业园12月1日投入运营，园区绿电使用比例达到100%。",
         "（记者　单于飞）", ["单于飞"]),
        ("e3", "冬季供暖用气保障有力", "全省今冬供暖季天然气资源落实率达到105%，城镇居民用气价格保持稳定。", None, []),
        ("e4", "外贸企业新增订单回暖", "省商务厅调查显示，11月全省重点外贸企业新增订单环比增长8.6%，连续三个月回升。",
         "（记者　车晓岚）", ["车晓岚"]),
    ]
    for key, title, text, byline, authors in items:
        e = Article(key, title, [text], section="要闻简报", byline=byline, authors=authors,
                    lead="【" + title + "】", tail=byline or "",
                    notes="要闻简报 item whose headline is run in at the start of its text in 【】: it is the title, its "
                          "title_line the first body line, the bracketed headline excluded from first."
                          + (" The credit （记者 X） run in at the end is the byline, excluded from last." if byline
                             else " No credit."))
        pg.body(e, head_role=True)
    pg.blank()
    pg.furniture(["本版责编：卫长青　　版式：巫马一　　校对：公孙晴　　新闻热线：6622 0000"],
                 "footer 本版责编 / 版式 / 校对 / 新闻热线")
    return pg


PAGES = [lt09, lt10, lt11, lt12]
