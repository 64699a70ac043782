"""Pages kx05-kx08 of handmade54 (development set; all papers, people, firms, authorities, places and figures invented).

kx05 and kx08: an economic daily's 改革开放 retrospective (南衡经济报, 南衡经济特区 forty years);
kx06 and kx07: a trade magazine's special issue for its industry association's 30th anniversary (《中衡纺织》).
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kx05() -> Page:
    """Economic daily retrospective page: 综述 with ——副题 and byline line 本报记者 X　实习生 Y; 数说四十年 box; 今昔对比
    block under ONE headline (pairs 昔：／今： under bracketed crossheads) signed （记者 X） at the end."""
    pg = Page("kx05.txt", cols=28, indent=FW, blanks="para", seed=5405,
              style="economic daily 改革开放 retrospective page indented with ONE U+3000, a blank line between paragraphs and blocks: header on three lines (paper; date with weekday + 第5版; series name 改革开放再出发·南衡四十年); 综述 with ——副题 and byline line 本报记者 X　实习生 Y; 数说四十年 box (title, four figures each with its caption on the same line after U+3000s, 数据来源, 制图); label 今昔对比 over ONE headline and pairs of 昔：／今： paragraphs under 【出行】-style crossheads, credit （记者 X） run in at the end; footer")
    pg.furniture(["南衡经济报",
                  cn_date(2026, 6, 3) + "　第5版",
                  "改革开放再出发·南衡四十年"], "page header")
    pg.blank()
    a = Article(
        "a", "四十年，经济总量增长近两百倍", subtitle="——南衡经济特区建设发展成就综述",
        byline="本报记者　全知远　实习生　麦苗", authors=["全知远", "麦苗"],
        notes="综述 with ——副题 (the subtitle). Byline line 本报记者 X　实习生 Y: both are authors (实习生 as in earlier "
              "sets). The official quoted (潘寄远) is not.",
        paras=[
            "1986年，南衡经济特区地区生产总值只有14.3亿元；2025年，这一数字达到2786亿元，按可比价格计算，四十年增长近两百倍，年均增长14.6%。",
            "四十年间，特区的产业结构发生了根本性变化。建区之初，来料加工、来样加工、来件装配和补偿贸易占全区工业产值的七成以上；如今，电子信息、高端装备、现代海洋三大产业贡献了全区工业增加值的68%，研发投入强度达到4.1%。",
            "对外开放始终是特区的“根”和“魂”。特区进出口总额从1986年的2.1亿美元增长到2025年的1260亿美元，与全球200多个国家和地区建立了经贸往来。",
            "“四十年来，特区最宝贵的经验就是敢闯敢试。”特区管委会主任潘寄远说，站在新起点上，特区将以制度型开放为重点，在跨境数据流动、国际航运服务等领域开展新一轮先行先试。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["数说四十年",
                  "14.3亿元→2786亿元" + FW * 2 + "地区生产总值",
                  "2.1亿美元→1260亿美元" + FW * 2 + "进出口总额",
                  "0.6%→4.1%" + FW * 2 + "研发投入强度",
                  "1.8万人→312万人" + FW * 2 + "常住人口",
                  "数据来源：南衡市统计局　制图：詹望"], "数说四十年 figures box (not an article)")
    pg.gap()
    pg.furniture(["今昔对比"], "column label 今昔对比")
    b = Article(
        "b", "一张车票一份工资单里的变迁", head=["一张车票　一份工资单里的变迁"], section="今昔对比",
        byline="（记者　全知远）", authors=["全知远"], tail="（记者　全知远）",
        notes="**call:** 今昔对比 pairs printed under ONE headline (the pairs only have bracketed crossheads 【出行】 "
              "【收入】 【居住】) are ONE article: the crossheads and the 昔：／今： paragraphs are its body. (Pairs "
              "each under a headline of its own, kx10, are one article each.) Headline printed with a U+3000 "
              "between its two phrases, written unspaced. The credit （记者 X） run in at the end is the byline, "
              "excluded from last.",
        paras=[
            Cross("【出行】"),
            "昔：1986年，从特区到省城，要坐6个小时的长途汽车，票价4.5元，相当于一名工人三天的工资。",
            "今：2026年，高铁58分钟直达省城，二等座票价79元，每天往返车次超过120趟。",
            Cross("【收入】"),
            "昔：1986年，特区职工月平均工资86元，一台黑白电视机要花掉半年的积蓄。",
            "今：2025年，特区城镇非私营单位在岗职工月平均工资12430元，居民人均可支配收入居全省首位。",
            Cross("【居住】"),
            "昔：1986年，特区城镇居民人均住房面积不足8平方米，不少外来务工人员挤住在厂区集体宿舍。",
            "今：2025年，特区城镇居民人均住房建筑面积达到41平方米，累计筹集保障性住房22万套。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["本版编辑：卓一苇　　校对：庞念"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kx06() -> Page:
    """Trade magazine special issue, opening page: magazine header; label 卷首语 over an essay signed at the END
    by a right-aligned line 本刊执行主编 X; contents (目录); congratulation ad; 版权 / 主管主办 lines."""
    pg = Page("kx06.txt", cols=32, indent="", blanks="some", seed=5406, p_para=0.5, p_gap=0.9,
              style="trade magazine special issue, opening page, NO indent, blank lines sometimes: header on three lines (magazine name + English name, year, issue and total issue number, 特别策划 line); label 卷首语 over an essay (short headline, five paragraphs) signed at the END by a right-aligned line 本刊执行主编　X; 目录 block (label, rubrics, page numbers before titles, wrapped title); full-width congratulation ad (热烈祝贺… / firm / 董事长 X 携全体员工　敬贺); imprint lines (主管 / 主办 / 出版 / 定价)")
    pg.furniture(["中衡纺织　ZHONGHENG TEXTILE",
                  "2026年第6期（总第357期）",
                  "特别策划：中衡纺织工业协会成立三十周年"], "magazine header")
    pg.blank()
    pg.furniture(["卷首语"], "label 卷首语")
    a = Article(
        "a", "一根纱线的长度", section="卷首语", kind="commentary",
        byline="本刊执行主编　薛沅芷", authors=["薛沅芷"],
        notes="卷首语 of the special issue (label = section): headline, text, the signature 本刊执行主编 X "
              "right-aligned on a line at the END (the byline). **call:** the editor who signs the 卷首语 wrote "
              "it and is its author (unlike 责任编辑 / 编辑 credits of a page). Kind commentary.",
        paras=[
            "一根纱线能有多长？",
            "三十年前，中衡省的棉纺厂里，一锭纱一天能纺出十几公里；今天，一条智能化纺纱线上的每一个纱锭，都连着数据，连着订单，也连着万里之外的时装周。",
            "三十年，中衡纺织工业协会从最初的23家会员单位，发展到今天的1860家；全省纺织行业从“卖纱卖布”，走到了“卖设计、卖品牌、卖标准”。这根纱线，量出的是一个行业的转型之路。",
            "本期特别策划，我们走访了十几家企业，请来协会的老会长、老厂长和年轻的设计师，讲述他们与这根纱线的故事。",
            "纱线还在延伸。下一个三十年，它会通向哪里，答案在每一个纺织人的手中。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 19 + a.byline, "byline")
    pg.blank()
    pg.furniture(["目录　CONTENTS",
                  "特别策划",
                  "08　三十年：从纺纱大省到时尚产业集群",
                  "14　我见证了第一台无梭织机进厂",
                  "18　协会三十年：数字里的变迁",
                  "行业观察",
                  "24　再生纤维如何跨过“成本关”",
                  "30　海外仓里的中衡家纺：在欧洲市场",
                  "　　做“小单快反”",
                  "企业风采",
                  "36　澜纶集团：一块布的数字化旅程"], "contents (目录; not an article)")
    pg.blank()
    pg.furniture(["热烈祝贺中衡纺织工业协会成立三十周年",
                  "澜纶集团股份有限公司",
                  "董事长　甄慕白　携全体员工　敬贺"], "congratulation advertisement (not an article)")
    pg.blank()
    pg.furniture(["主管：中衡省工业和信息化厅　主办：中衡纺织工业协会",
                  "编辑出版：《中衡纺织》杂志社　定价：20.00元"], "imprint lines")
    return pg


# ---------------------------------------------------------------------------
def kx07() -> Page:
    """Trade magazine special-issue feature, extracted with NO blank line: kicker, headline, byline line 文／X,
    一、二、三、 crossheads, some lines letter-spaced by justification, 作者单位 line at the end; a short
    first-person piece with byline line X／文; running header and page-number footer."""
    pg = Page("kx07.txt", cols=40, indent=FW * 2, blanks="never", seed=5407,
              style="trade magazine special-issue feature, NO blank line anywhere: running header 特别策划 SPECIAL REPORT; kicker, headline, byline line 文／X, three 一、二、三、 crossheads, four body lines letter-spaced by justification (single spaces between characters), line 作者单位：… after the body; short first-person piece with byline line X／文 (name before the slash) and a （作者系…） line after it; footer with page number and magazine name")
    pg.furniture(["特别策划　SPECIAL REPORT"], "running header")
    a = Article(
        "a", "三十年：从纺纱大省到时尚产业集群",
        byline="文／龚问渠", authors=["龚问渠"],
        notes="Feature with 一、二、三、 crossheads (body). The kicker 协会成立三十周年·行业回望 is neither title nor "
              "subtitle. Byline line 文／X; the line 作者单位：… after the body is not body. Four body lines are "
              "letter-spaced by justification (characters parted by single spaces). The chairman quoted (甄慕白) "
              "is not an author.",
        paras=[
            "1996年，中衡纺织工业协会成立时，全省纺织行业规模以上企业不足400家，产品以棉纱、坯布为主，出口几乎全部依靠贴牌加工。三十年后，全省纺织服装产业营业收入突破9000亿元，形成了化纤、家纺、女装三个千亿级产业集群。",
            Cross("一、从“一锭难求”到“万锭齐转”"),
            "上世纪90年代中期，省内棉纺企业普遍设备陈旧，不少纺纱机还是五六十年代的产品。协会成立后的第一件大事，就是组织企业集中引进新型纺纱设备，并牵头与银行签订技术改造贷款协议。到2005年，全省棉纺规模从80万锭增长到420万锭，其中新型纺纱设备占比超过六成。",
            Cross("二、从“卖纱卖布”到“卖设计卖品牌”"),
            "2008年前后，劳动力成本上升和国际市场波动，让单纯依靠规模扩张的路子越走越窄。协会推动成立省纺织服装设计中心，每年举办面料流行趋势发布会，引导企业从来样加工转向自主设计。澜纶集团董事长甄慕白回忆，公司第一次带着自有品牌参加国际展会时，只有一个9平方米的展位，“现在，我们的设计团队有300多人。”",
            Cross("三、从“机器换人”到“数据织布”"),
            "近年来，协会联合高校和装备企业，推动智能化改造和数字化转型。目前，全省已建成纺织行业智能工厂46家、数字化车间210个，万锭用工从上世纪90年代的300人下降到15人左右。印染环节单位产品水耗较十年前下降42%，再生纤维产量占全国的比重提高到18%。",
            "回望三十年，中衡纺织业的每一次跨越，都离不开企业的主动求变和协会的搭台服务。面向未来，行业仍需在高端纤维材料、绿色低碳和品牌国际化上持续发力，把“纺织大省”真正建成“纺织强省”。",
        ])
    pg.kicker(a, "协会成立三十周年·行业回望")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    items = justify(pg.render_body(a), [1, 6, 10, 15])
    pg.emit(a, items)
    pg.furniture(["作者单位：中衡纺织工业协会产业发展部"], "作者单位 line after the body (not body)")
    b = Article(
        "b", "我见证了第一台无梭织机进厂",
        byline="樊守拙／文", authors=["樊守拙"],
        notes="Short first-person piece: byline line X／文 (name before the slash) under the headline; the "
              "（作者系…） line after the body is not body.",
        paras=[
            "1997年8月的一个清晨，厂里的第一台无梭织机运到了。那天全厂像过年一样，几十个人围着包装箱，谁也舍不得走。",
            "那台织机的车速是老式有梭织机的三倍，噪声却小了一半。老师傅们站在机器旁看了整整一天，有人说：“这下，我们织的布也能卖到国外去了。”",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["（作者系原中衡第二棉纺厂总工程师）"], "作者系 line after the body (not body)")
    pg.furniture(["08　中衡纺织　2026.06"], "footer with page number")
    return pg


# ---------------------------------------------------------------------------
def kx08() -> Page:
    """Economic daily retrospective page with columns cut into pieces: a feature with ①②③ crossheads whose body
    is read in three pieces; between them a side piece whose body comes FIRST and whose headline and byline line
    (通讯员 X) are printed AFTER it, and a photo caption; continued-to line at the end."""
    pg = Page("kx08.txt", cols=24, indent=FW * 2, blanks="arts", seed=5408,
              style="economic daily 改革开放 retrospective page, blank lines only between articles and blocks, columns cut into pieces: header on two lines; feature with kicker, headline, byline line 本报记者 X、Y and ①②③ crossheads, its body read in THREE pieces; between the first two a side piece whose body comes FIRST and whose headline and byline line 通讯员 X are printed AFTER it; between the last two a ▲ photo caption with credit X　摄 on a line of its own; continued-to line （下转第7版） at the end; footer")
    pg.furniture(["南衡经济报　" + cn_date(2026, 6, 3), "6　改革开放再出发"], "page header")
    pg.blank()
    a = Article(
        "a", "一个开发区的三次“转身”",
        byline="本报记者　计星河、柯予", authors=["计星河", "柯予"],
        notes="Feature with ①②③ crossheads (body). The kicker 改革开放再出发·园区篇 is neither title nor subtitle. "
              "Byline line 本报记者 X、Y (names parted by 、): both are authors. Its columns are read in three pieces: after the first "
              "comes the side piece 老厂长的三本账 (printed body first, headline after), after the second a ▲ "
              "photo caption with its credit (not body; the photographer is one of the writers anyway). The "
              "continued-to line （下转第7版） at the end is not body. People quoted (黎耕野, 韩鸣秋) are not "
              "authors.",
        paras=[
            "南衡经济特区西区的临港开发区，是特区最早设立的工业园区之一。四十年间，这个园区经历了三次“转身”，每一次都踩在改革开放的节拍上。",
            Cross("①“三来一补”起步"),
            "1986年，临港开发区的第一家工厂——一家港资玩具厂开工，工人们用手工为海外客户组装毛绒玩具。此后十年，园区引进“三来一补”企业300多家，“借船出海”积累了第一桶金。",
            Cross("②“腾笼换鸟”阵痛"),
            "2008年，国际金融危机让园区里上百家加工企业订单锐减。开发区没有选择“保旧”，而是下决心“腾笼换鸟”：三年里关停搬迁低端企业127家，腾出土地近4000亩。“那几年，财政收入掉了两成，压力非常大。”时任开发区主任黎耕野说。",
            Cross("③“智造”再出发"),
            "腾出的空间很快被新产业填满。如今，园区聚集了工业机器人、海洋工程装备等领域企业420多家，亩均税收是十五年前的9倍。园区一家机器人企业的总经理韩鸣秋说，他们的产品已出口到28个国家，“当年我们的车间，就是一家玩具厂的旧厂房。”",
        ])
    b = Article(
        "b", "老厂长的三本账",
        byline="通讯员　温叙白", authors=["温叙白"],
        notes="Side piece printed with its body FIRST and its headline and byline line 通讯员 X AFTER it (the "
              "title_line is after the body). Its body sits between two pieces of the feature's body. The old "
              "factory director quoted (戚长庚) is not an author.",
        paras=[
            "在临港开发区展示馆里，陈列着三本泛黄的账本。它们的主人，是开发区第一家玩具厂的老厂长戚长庚。",
            "第一本记的是工人工资，1987年一名工人月工资72元；第二本记的是出口订单，1995年工厂出口额第一次突破1000万美元；第三本记的是工厂搬迁时的设备清单。“三本账，就是一部开发区的创业史。”戚长庚说。",
        ])
    pg.kicker(a, "改革开放再出发·园区篇")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pieces = Page.chunks(pg.render_body(a), [8, 7])
    pg.emit(a, pieces[0])
    pg.blank()
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.emit(a, pieces[1])
    pg.furniture(wrap("▲临港开发区一家机器人企业的生产车间。", 24) + ["计星河　摄"],
                 "photo caption with credit between two pieces of the feature (not body)")
    pg.emit(a, pieces[2])
    pg.furniture(["（下转第7版）"], "continued-to line (not body)")
    pg.blank()
    pg.furniture(["本版编辑：卓一苇　　美编：景遥"], "footer")
    return pg


PAGES = [kx05, kx06, kx07, kx08]
