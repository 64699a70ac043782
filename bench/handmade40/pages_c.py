"""Pages kj09-kj12 of handmade40 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date
from pages_a import justified


# ---------------------------------------------------------------------------
def kj09() -> Page:
    """City party paper FRONT page, the narrow left strip (10 characters, ONE U+3000 indent): masthead lines, a
    今日导读 box wrapped at the strip's width, label 要闻简报 over three items with headlines letter-spaced across the
    strip, label 短评 over an unsigned comment, photo news with a credit line; footer wider than the strip."""
    pg = Page("kj09.txt", cols=10, indent=FW, blanks="para", seed=4009,
              style="city party paper FRONT page, the narrow left strip of a 10-character column indented with ONE U+3000, a blank line between paragraphs and blocks: masthead of five lines (paper, 中共…市委机关报, date with weekday, 农历 date, 今日8版); 今日导读 box of three ◆ items wrapped at the strip's width, each ending with its page number; label 要闻简报 over three items whose headlines are letter-spaced with U+3000 across the strip on two lines, some broken in mid-word (run-in 本报讯（记者 X） wrapped over three lines; credit （记者 X） at the end); label 短评 over an unsigned comment with a plain headline; photo news (letter-spaced headline, caption, credit line 本报记者 X　摄); footer wider than the strip")
    pg.furniture(["枫川日报",
                  "中共枫川市委机关报",
                  cn_date(2035, 9, 5),
                  "农历乙卯年八月初四",
                  "今日8版"], "masthead")
    pg.blank()
    pg.furniture(["今日导读",
                  "◆秋粮收获进度",
                  "过半　3版",
                  "◆老街区焕新记",
                  "5版",
                  "◆枫川籍运动员",
                  "夺冠　8版"], "今日导读 box wrapped at the strip's width (contents, not articles)")
    pg.blank()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    pg.blank()
    items = [
        Article("a", "枫川高新区新签约项目23个", lead="本报讯（记者　孟川）",
                byline="本报讯（记者　孟川）", authors=["孟川"],
                notes="Item under the label 要闻简报 (section). Headline letter-spaced with U+3000 across the strip on "
                      "two lines, joined unspaced. Run-in 本报讯（记者 X） wrapped over lines, excluded from first.",
                paras=["9月4日，枫川高新区举行秋季项目集中签约活动，新签约项目23个，总投资186亿元，涉及新能源装备、生物医药、电子信息等领域。",
                       "其中，投资超过10亿元的项目有6个。"]),
        Article("b", "全市秋粮收获进度过半", lead="本报讯（记者　柴小禾）",
                byline="本报讯（记者　柴小禾）", authors=["柴小禾"],
                notes="Item under the label 要闻简报 (section); letter-spaced headline on two lines, joined. Run-in "
                      "本报讯（记者 X） excluded from first.",
                paras=["记者从市农业农村局获悉，截至9月4日，全市已收获秋粮68万亩，占播种面积的53%。",
                       "今年全市秋粮长势良好，预计总产量可达52万吨。"]),
        Article("c", "枫岚高速改扩建通车", tail="（记者　孟川）", byline="（记者　孟川）", authors=["孟川"],
                notes="Item under the label 要闻简报 (section); letter-spaced headline on two lines broken in mid-word, "
                      "joined. Credit （记者 X） run in at the end, excluded from last.",
                paras=["9月4日，枫川至岚川高速公路改扩建工程全线通车。改扩建后，道路由双向四车道拓宽为双向八车道，设计时速120公里。"]),
    ]
    for i, art in enumerate(items):
        art.section = "要闻简报"
        if i:
            pg.gap()
        pg.headline(art, spread_cols=10)
        pg.gap()
        pg.body(art)
    pg.gap()
    d = Article(
        "d", "签约只是起点", section="短评", kind="commentary",
        notes="Comment under the label 短评 (section), unsigned: no byline, no authors. Commentary.",
        paras=[
            "一次签下23个项目，成绩值得肯定。但签约只是起点，落地才是关键。",
            "要建立项目跟踪服务机制，盯紧土地、资金、用工等要素，让签约项目早开工、早投产、早见效。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    e = Article(
        "e", "秋收好时节", kind="brief", byline="本报记者　晏秋禾　摄", authors=["晏秋禾"],
        notes="Photo news (brief): letter-spaced headline, caption, credit line 本报记者 X　摄 after it (the byline); "
              "the photographer is the author.",
        paras=["9月4日，枫川市南塘镇农民驾驶收割机收获水稻。"])
    pg.headline(e, spread_cols=10)
    pg.body(e)
    pg.line(e, e.byline, "byline")
    pg.blank()
    pg.furniture(["责任编辑：管一帆　版式：时雨"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kj10() -> Page:
    """The provincial economic daily's 要闻 page 2, two-ASCII-space indent and NO blank line: continuation of the
    kj08 lead with NO headline, run-in （上接第一版）; article with byline line 本报记者 X　通讯员 Y; 新华社 wire
    with the dateline printed without spaces; label 经济观察 over a comment with byline line 文／X; footer."""
    pg = Page("kj10.txt", cols=28, indent="  ", blanks="never", seed=4010,
              style="provincial economic daily 要闻 page 2 indented with two ASCII spaces and NO blank line anywhere: header on three lines (2　要闻; paper + date with weekday; 责任编辑); continuation of the front-page lead printed with NO headline, the run-in （上接第一版） opening its first line, the text starting in mid-sentence with a figure; article with byline line 本报记者 X　通讯员 Y; 新华社 wire with run-in 新华社北京7月9日电（记者X） printed without spaces; label 经济观察 over a comment with byline line 文／X; footer with advertising and circulation hotlines")
    pg.furniture(["2　要闻",
                  "东溟经济报　" + cn_date(2035, 7, 10),
                  "责任编辑：郑北辰"], "page header")
    a = Article(
        "a", None, lead="（上接第一版）",
        notes="**new:** continuation of the kj08 lead printed with NO headline: a record of its own with title "
              "null; the run-in （上接第一版） is excluded from first. No byline, no authors. The customs official "
              "paraphrased is not an author.",
        paras=[
            "3268.5亿元，增长13.7%，占比提高到56.1%；对东盟、中东、拉美进出口分别增长15.2%、18.6%和21.3%。对传统市场进出口保持稳定，对欧盟进出口增长3.4%。",
            "东溟海关有关负责人分析，上半年全省外贸增长较快，主要得益于外贸新业态快速发展、重点企业订单回暖以及一系列稳外贸政策落地显效。下半年，海关将继续深化通关便利化改革，推广“提前申报”“两段准入”等措施，进一步压缩整体通关时间，助力企业稳订单、拓市场。",
        ])
    pg.body(a)
    b = Article(
        "b", "东溟自贸试验区上半年新设企业增长27%",
        byline="本报记者　章清　通讯员　罗舒", authors=["章清", "罗舒"],
        notes="Byline line 本报记者 X　通讯员 Y under the headline; both are authors.",
        paras=[
            "记者从东溟自贸试验区管委会获悉，今年上半年，自贸试验区新设企业4126家，同比增长27.3%，其中外资企业186家，增长19.2%；实际使用外资4.6亿美元。",
            "上半年，自贸试验区新推出制度创新成果21项，其中“跨境电商退货中心仓”“国际船舶登记一站式办理”等5项成果在全省复制推广。",
            "自贸试验区管委会负责人表示，下一步将聚焦贸易投资自由化便利化，在数据跨境流动、离岸贸易等领域开展更大力度的压力测试，推动更多制度创新成果落地。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "上半年新能源汽车产销量同比增长三成",
        byline="新华社北京7月9日电（记者裘远）", authors=["裘远"], lead="新华社北京7月9日电（记者裘远）",
        notes="新华社 wire (reporter invented), dateline printed without spaces, excluded from first.",
        paras=[
            "记者9日从汽车行业协会获悉，今年上半年，我国新能源汽车产销量分别完成812.6万辆和806.3万辆，同比分别增长31.2%和30.5%，新能源汽车新车销量占汽车新车总销量的比重达到54.8%。",
            "出口方面，上半年新能源汽车出口142.7万辆，同比增长38.6%。行业协会有关负责人表示，随着汽车以旧换新政策持续发力、新车型密集上市，下半年新能源汽车市场有望保持较快增长。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "让“出海”企业走得更稳", section="经济观察", kind="commentary",
        byline="文／甘若渊", authors=["甘若渊"],
        notes="Comment under the label 经济观察 (section), byline line 文／X; the writer is the author. Commentary.",
        paras=[
            "上半年我省外贸数据亮眼，一批民营企业在海外市场打开了局面。但在与企业交流时，笔者也常听到这样的担忧：海外订单来得快，风险也来得快，汇率波动、合规审查、贸易壁垒，任何一个环节出问题都可能让企业措手不及。",
            "帮助企业“出海”走得更稳，需要政府、行业和企业共同发力。相关部门要加强对重点市场的政策研究和风险预警，行业协会要搭建信息共享、法律咨询平台，金融机构要丰富汇率避险和出口信用保险产品。企业自身也要练好内功，把合规经营作为“出海”的第一课。",
        ])
    pg.furniture(["经济观察"], "column label 经济观察")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["广告热线：96××××　　发行热线：96××××"], "footer with hotlines")
    return pg


# ---------------------------------------------------------------------------
def kj11() -> Page:
    """City party paper FRONT page, NO indent, extracted with a blank line after EVERY line: masthead with 农历
    date and weather; lead with a two-line headline, ——副题 and byline line 本报记者 X　实习生 Y; an article whose
    headline and byline line are printed AFTER its body; a commentary whose 本报评论员 signature is printed
    right-aligned after its body; 今日导读 box; footer."""
    pg = Page("kj11.txt", cols=20, indent="", blanks="every", seed=4011,
              style="city party paper FRONT page with NO indent, extracted with a blank line after EVERY line: masthead of seven lines (paper, English name, 中共…市委机关报, date with weekday, 农历 date, 今日8版 + issue number, weather); lead with a headline on two lines, ——副题 and byline line 本报记者 X　实习生 Y; an article whose body comes FIRST and whose headline and byline line 本报记者 X are printed AFTER it; commentary with its headline above and the signature 本报评论员 printed right-aligned on a line AFTER its body; 今日导读 box of three ◎ titles with page numbers; footer with editor, designer and 本版邮箱")
    pg.furniture(["霁城日报",
                  "JICHENG DAILY",
                  "中共霁城市委机关报",
                  cn_date(2035, 11, 20),
                  "农历乙卯年十月廿一",
                  "今日8版　第15236号",
                  "天气　晴　4℃～13℃"], "masthead")
    a = Article(
        "a", "霁城获批国家综合货运枢纽补链强链城市", head=["霁城获批国家综合货运", "枢纽补链强链城市"],
        subtitle="——将获中央资金支持最高15亿元",
        byline="本报记者　尚晓岚　实习生　程冉", authors=["尚晓岚", "程冉"],
        notes="Lead: headline on two lines, joined; ——副题 is the subtitle; byline line 本报记者 X　实习生 Y: both are "
              "authors.",
        paras=[
            "11月19日，交通运输、财政等部门公布新一批国家综合货运枢纽补链强链支持城市名单，霁城市成功入选。根据相关政策，入选城市将在3年内获得中央财政最高15亿元的资金支持，用于多式联运、集疏运体系等项目建设。",
            "霁城地处南北交通要道，拥有内河港口、铁路物流基地和空港物流园区。近年来，全市货运量年均增长6.8%，但铁水联运、空铁联运等多式联运比例偏低，物流成本仍有下降空间。",
            "市交通运输局负责人介绍，围绕补链强链，霁城将实施27个重点项目，总投资约142亿元，包括霁城港铁路专用线、空港国际货运站扩建等。到2038年，全市集装箱铁水联运量力争达到50万标准箱，社会物流总费用与地区生产总值的比率下降1个百分点以上。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "霁城首批“共享菜园”开园", byline="本报记者　易小满", authors=["易小满"],
        notes="Headline and byline line 本报记者 X both printed AFTER the body (the body follows the lead's last "
              "line directly). The resident quoted (钟小雅) is not an author.",
        paras=[
            "11月19日，位于霁城市东城区的首批3个“共享菜园”开园，200余户居民认领了自己的“一分地”。菜园由闲置地块改造而成，统一配备灌溉、工具房等设施，居民每年支付少量管理费即可种植蔬菜。",
            "“在城里也能种菜，周末带孩子来松松土、浇浇水，比逛商场有意思。”认领了菜地的居民钟小雅说。东城区相关负责人表示，将根据运营情况，明年再推出一批“共享菜园”。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    c = Article(
        "c", "让货运枢纽成为发展“加速器”", kind="commentary", byline="本报评论员",
        notes="Commentary: **new:** the signature 本报评论员 is printed right-aligned on a line AFTER the body (the "
              "byline, written without its leading U+3000s; not body); no authors.",
        paras=[
            "获批国家综合货运枢纽补链强链城市，是霁城交通物流发展的一件大事，也是一次难得的机遇。",
            "物流是实体经济的“筋络”。物流成本高一点，企业竞争力就弱一分。用好这次机遇，要在“补链”上下功夫，补齐铁水联运、空铁联运的短板，打通港口、铁路、机场之间的“最后一公里”；要在“强链”上做文章，引进培育一批具有全国影响力的物流龙头企业，发展供应链金融、冷链物流等高附加值业态。",
            "枢纽建设重在落实。各相关部门要拿出时间表、路线图，确保项目早开工、早见效，让货运枢纽真正成为霁城高质量发展的“加速器”。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, FW * 15 + c.byline, "byline")
    pg.furniture(["今日导读",
                  "◎冬季供暖全面启动　2版",
                  "◎霁城港“铁水联运”提速　3版",
                  "◎老字号的新年货　6版"], "今日导读 box (contents, not articles)")
    pg.furniture(["责任编辑　邵岩　版式设计　苗青", "本版邮箱：yaowen@jcrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kj12() -> Page:
    """The national party paper's 要闻 page 2: continuation of the kj07 lead (headline reprinted, the jump line
    （上接第一版） on a line of its own between headline and text); 新华社 wire with some FULL lines letter-spaced;
    feature with 引题, ——副题 and byline line 本报记者 X　Y; photo news with credit line 新华社记者 X　摄; column
    breaks (a blank line every 14 body lines)."""
    pg = Page("kj12.txt", cols=36, indent=FW * 2, blanks="some", colbreak=14, seed=4012, p_para=0.3, p_gap=0.9,
              style="national party paper 要闻 page 2, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on two lines (2　要闻; paper + date with weekday); continuation of the front-page lead with its headline reprinted and the jump line （上接第一版） on a line of its own BETWEEN the headline and the text; 新华社 wire with run-in 新华社北京3月5日电（记者　X、Y） and some FULL lines letter-spaced with single spaces (justified); article with 引题, headline, ——副题 and byline line 本报记者 X　Y, some full lines letter-spaced; photo news (headline, caption, credit line 新华社记者 X　摄); footer with two editors")
    pg.furniture(["2　要闻", "华原日报　" + cn_date(2035, 3, 6)], "page header")
    pg.blank()
    a = Article(
        "a", "全国春耕备耕现场推进会在岚川召开",
        notes="**new:** continuation of the kj07 lead: a record of its own titled with the reprinted headline; the "
              "jump line （上接第一版） printed on a line of its own between the headline and the text is not body. "
              "No byline printed: byline null, no authors. The text starts in mid-sentence.",
        paras=[
            "8000万亩以上。要加强农业防灾减灾，密切关注“倒春寒”、春旱等灾害性天气，提前制定应对预案，最大程度减轻灾害损失。",
            "会议强调，要持续促进农民增收，发展乡村特色产业，拓宽农民就业渠道，巩固拓展脱贫攻坚成果，确保不发生规模性返贫。",
            "会议期间，与会代表实地观摩了岚川省青溪县水稻集中育秧中心、农业社会化服务中心等现场。岚川、东溟等6个省份在会上作了交流发言。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第一版）"], "jump line （上接第一版） on a line of its own (not body)")
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "今年将新增1000个以上县域寄递物流共配中心",
        byline="新华社北京3月5日电（记者　阎知秋、杜望）", authors=["阎知秋", "杜望"],
        lead="新华社北京3月5日电（记者　阎知秋、杜望）",
        notes="新华社 wire (reporters invented): run-in dateline with the names parted by 、, excluded from first; "
              "both are authors. Some full lines letter-spaced (justified).",
        paras=[
            "记者5日从国家邮政管理部门获悉，今年我国将新增1000个以上县域寄递物流共同配送中心，推动快递、邮政、供销、电商等资源整合共享，进一步降低农村物流成本。",
            "据介绍，截至去年底，全国已建成县级寄递公共配送中心1260个、村级寄递物流综合服务站35万个，建制村快递服务基本实现全覆盖。但部分偏远地区仍存在快递到村时效慢、派送成本高等问题。",
            "国家邮政管理部门有关负责人表示，今年将重点推进“快递进村”提质增效，支持快递企业与农村电商、农产品产地仓合作，畅通农产品上行通道，力争全年农村地区收投快件量增长15%以上。",
        ])
    pg.headline(b)
    pg.gap()
    pg.emit(b, justified(pg, b, slice(0, None, 2)))
    pg.gap()
    c = Article(
        "c", "雪季冰雪休闲旅游人数达3.82亿人次", subtitle="——冰雪消费从“一季热”走向“四季火”",
        byline="本报记者　席梦川　郁青", authors=["席梦川", "郁青"],
        notes="Both an 引题 (科技赋能　冰雪经济持续升温) and a ——副题 are printed: the ——副题 is the subtitle, the kicker "
              "neither. Byline line 本报记者 X　Y: both are authors. The operator quoted (季长青) is not an author.",
        paras=[
            "记者从文化和旅游部门获悉，刚刚过去的2034—2035雪季，全国冰雪休闲旅游人数达到3.82亿人次，同比增长9.1%；冰雪休闲旅游收入约5160亿元，同比增长11.4%。",
            "冰雪消费呈现新特点。一方面，南方游客“北上”热情高涨，来自华南、西南地区的游客占比提高到27%；另一方面，室内冰雪场馆加快布局，全国已建成室内滑雪场68个，让“南方人在家门口滑雪”成为现实。",
            "“以前我们一年只有4个月生意，现在夏天也有不少游客来室内雪场滑雪。”东溟省雪岭滑雪度假区运营负责人季长青说，度假区去年开发了山地徒步、露营等夏季项目，全年营收中非雪季收入占比提高到35%。",
            "业内人士表示，推动冰雪经济高质量发展，要加快冰雪装备国产化，提升冰雪场地服务品质，丰富冰雪文化产品供给，让冰雪运动和冰雪消费惠及更多群众。",
        ])
    pg.kicker(c, "科技赋能　冰雪经济持续升温")
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.emit(c, justified(pg, c, slice(1, None, 4)))
    pg.gap()
    d = Article(
        "d", "人形机器人走进科技馆", kind="brief", byline="新华社记者　蓝沐　摄", authors=["蓝沐"],
        notes="Photo news (brief): headline, caption, credit line 新华社记者 X　摄 after it (the byline); the "
              "photographer is the author.",
        paras=["3月4日，观众在岚川省科技馆观看人形机器人表演。当日，该馆新设的人工智能展区向公众开放，展出机器人、智能驾驶等展品60余件。"])
    pg.headline(d)
    pg.body(d)
    pg.line(d, d.byline, "byline")
    pg.blank()
    pg.furniture(["本版责任编辑：钟离雪　任致远"], "footer")
    return pg


PAGES = [kj09, kj10, kj11, kj12]
