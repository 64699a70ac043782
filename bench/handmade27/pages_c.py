"""Pages v09-v12 of handmade27 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, spaced, wrap
from pages_a import in_pieces


# ---------------------------------------------------------------------------
def v09() -> Page:
    """City daily 经济新闻 page in a 14-character column indented with ONE U+3000: every headline letter-spaced
    with single ASCII spaces (two of them over two lines, one broken in mid-word); a byline line wider than the
    column; a pull quote printed in the middle of a sentence."""
    pg = Page("v09.txt", cols=14, indent=FW, blanks="para", seed=2709,
              style="city daily 经济新闻 page in a 14-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on four lines; every headline letter-spaced with single ASCII spaces: the lead's over two lines broken at a phrase, the second's over two lines broken in MID-WORD (首 批 “ 链 主 ” 企 业 名 / 单 公 布, quotation marks spaced too), the third on one line; run-in 本报讯（记者 X）; byline line 鹤湾日报记者 X　实习生 Y WIDER than the column; a PULL QUOTE (three short lines) printed in the MIDDLE OF A SENTENCE; closing credit （记者 X） run in; footer")
    pg.furniture(["鹤湾日报",
                  "2035年3月22日",
                  "星期四",
                  "04　经济新闻"], "page header")
    pg.blank()
    a = Article(
        "a", "前2月鹤湾港集装箱吞吐量创同期新高", head=["前2月鹤湾港集装箱", "吞吐量创同期新高"],
        byline="本报讯（记者　包思恒）", authors=["包思恒"], lead="本报讯（记者　包思恒）",
        notes="Headline letter-spaced with single ASCII spaces over two lines (broken at a phrase), joined unspaced. "
              "Run-in 本报讯（记者 X） excluded from first. The port official quoted is not an author.",
        paras=[
            "记者从鹤湾港口集团获悉，今年前2个月，鹤湾港完成集装箱吞吐量186.4万标准箱，同比增长13.8%，创历史同期新高。",
            "其中，外贸集装箱吞吐量增长16.2%，新开通至中东、南美的外贸航线各1条。港口集团负责人表示，今年将加快推进自动化码头二期建设，力争全年集装箱吞吐量突破1100万标准箱。",
        ])
    pg.headline(a, lines=[spaced(x, " ") for x in a.head])
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "首批“链主”企业名单公布", head=["首批“链主”企业名", "单公布"],
        byline="鹤湾日报记者　闵若川　实习生　林小满", authors=["闵若川", "林小满"],
        notes="Headline letter-spaced with single ASCII spaces (quotation marks spaced too) over two lines broken in "
              "mid-word (名 / 单), joined unspaced. Byline line wider than the 14-character column; reporter and "
              "实习生 are authors. A PULL QUOTE (the official's words from the second paragraph, three short lines) "
              "is printed in the middle of a sentence of the third paragraph: not body, the body is in two pieces. "
              "The official quoted is not an author.",
        paras=[
            "3月21日，鹤湾市公布首批产业链“链主”企业名单，鹤湾重工、澄明光电、海岳食品等16家企业入选，涵盖高端装备、电子信息、绿色食品等8条重点产业链。",
            "入选企业将在项目用地、人才引进、融资服务等方面获得优先支持，同时承担带动上下游配套企业协同发展的责任。市工信局负责人表示，“链主”不是荣誉称号，而是责任担当，“一家‘链主’带活一条链，一条链带旺一片产业”。",
            "根据安排，每家“链主”企业每年需发布本地配套需求清单，市里将组织专场对接会，推动本地中小企业进入“链主”企业供应链。到2037年，力争重点产业链本地配套率提高到60%以上。",
        ])
    pg.headline(b, lines=[spaced(x, " ") for x in b.head])
    pg.line(b, b.byline, "byline")
    pg.gap()
    in_pieces(pg, b, [17], [lambda: pg.furniture(["“一家‘链主’带活", "一条链，一条链带", "旺一片产业”"],
                                                 "pull quote printed inside the body (not body)")])
    pg.gap()
    c = Article(
        "c", "稳岗资金直达企业",
        byline="（记者　钟离雪）", authors=["钟离雪"], tail="（记者　钟离雪）",
        notes="Headline letter-spaced with single ASCII spaces on one line, written unspaced. Closing credit "
              "（记者 X） run in at the end (a two-character surname), excluded from last.",
        paras=[
            "近日，鹤湾市3200余家企业陆续收到失业保险稳岗返还资金，共计1.26亿元。",
            "今年，鹤湾继续实行稳岗返还“免申即享”，人社部门通过大数据比对筛选符合条件的企业，资金直接拨付至企业账户，企业无需提交任何申请材料。",
        ])
    pg.headline(c, sep=" ")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["编辑：童语　校对：季舒"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v10() -> Page:
    """City daily 民生 page in a 40-character column, NO blank line anywhere: item with no byline followed by a
    price table extracted row by row; a Q&A interview (记者：／NAME：) with ——subtitle; another item without
    byline; headline with full-width digits; the page number alone on the last line."""
    pg = Page("v10.txt", cols=40, indent=FW * 2, blanks="never", seed=2710,
              style="city daily 民生 page indented with two U+3000, NO blank line anywhere: header on two lines (paper + 版名 + date with weekday; editor and proof-reader); item with NO byline, followed by a price TABLE extracted row by row (title, header row, six rows, cells parted by U+3000 or ASCII spaces, with full-width ＋ and ％ in some cells); interview: headline in quotation marks, ——副题 访…, byline line 本报记者 X, an intro paragraph then 记者：／NAME： paragraphs; second item with NO byline; item whose headline uses FULL-WIDTH digits (４月) and run-in 本报讯（记者 X）, text mixing full- and half-width digits; the page number 7 alone on the last line")
    pg.furniture(["青埠日报　民生　" + cn_date(2035, 3, 23),
                  "编辑：曹映雪　　校对：万千"], "page header")
    a = Article(
        "a", "今年青埠将新建改建菜市场20个",
        notes="Item with NO byline (its text says 记者从…获悉, but no name is printed): byline null, no authors. "
              "The price table printed after it is a separate box, not body.",
        paras=[
            "记者从青埠市商务局获悉，今年全市将新建改建标准化菜市场20个，其中中心城区12个、县城8个。改造后的菜市场将统一设置农产品快速检测室、公平秤和智能溯源系统，市民扫码即可查看蔬菜、肉类的产地和检测信息。",
            "按照计划，菜市场改造将避开节假日消费高峰，采取分区施工、临时过渡等方式，尽量减少对周边居民买菜的影响。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.furniture(["青埠市主要农副产品零售均价（3月22日）",
                  "品名　单位　均价（元）　环比",
                  "大白菜　斤　1.62　-3.0%",
                  "西红柿　斤　4.35　-5.2%",
                  "黄瓜 斤 3.90 -4.4%",
                  "猪肉（精瘦） 斤 14.80 ＋0.7％",
                  "鸡蛋　斤　4.96　＋1.2％",
                  "草鱼　斤　9.50　0.0%"], "price table extracted row by row (not an article)")
    b = Article(
        "b", "“家门口”就业驿站怎么用", kind="interview",
        subtitle="——访青埠市人社局就业促进处处长邹明澈",
        byline="本报记者　储云帆", authors=["储云帆"],
        notes="Interview: ——副题 访… is the subtitle; byline line 本报记者 X (the interviewer, the author). The body "
              "runs from the reporter's intro paragraph through the 记者：／NAME： paragraphs; the official who "
              "answers (邹明澈) is not an author. No blank lines: its headline follows the table directly. Kind "
              "interview.",
        paras=[
            "今年，青埠计划在全市建成社区就业驿站150个，为求职者提供“家门口”的就业服务。就业驿站能提供哪些服务？求职者如何使用？记者采访了市人社局就业促进处处长邹明澈。",
            "记者：就业驿站主要面向哪些人群？",
            "邹明澈：就业驿站主要服务辖区内的失业人员、高校毕业生、退役军人、农村转移劳动力等群体，也向有用工需求的中小企业开放。求职者带上身份证即可到驿站登记，工作人员会根据求职意向推荐合适岗位。",
            "记者：与传统的人力资源市场相比，就业驿站有什么不同？",
            "邹明澈：最大的不同是“近”和“准”。驿站设在社区，步行15分钟就能到；我们还会定期收集周边企业的岗位信息，每周更新一次，确保岗位真实有效。对就业困难人员，驿站还提供“一对一”帮扶，直到其实现就业。",
            "记者：目前驿站建设进展如何？",
            "邹明澈：截至3月20日，全市已建成就业驿站68个，累计服务求职者1.4万人次，帮助2300余人实现就业。下一步，我们将在年底前实现城市社区全覆盖。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "全市养老服务补贴标准提高",
        notes="Item with NO byline at all: byline null, no authors.",
        paras=[
            "从4月1日起，青埠市提高经济困难老年人养老服务补贴标准，80周岁以上经济困难失能老年人每月补贴由400元提高到500元，其他经济困难老年人补贴同步上调。全市约2.6万名老年人将因此受益。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "４月起公积金贷款可“商转公”",
        byline="本报讯（记者　韩栖梧）", authors=["韩栖梧"], lead="本报讯（记者　韩栖梧）",
        notes="Headline with a FULL-WIDTH digit (４月): title as printed. Run-in 本报讯（记者 X） excluded from first; "
              "text mixing full-width and half-width digits, first/last as printed.",
        paras=[
            "记者从青埠市住房公积金管理中心获悉，自４月１日起，在青埠缴存住房公积金的职工，名下有商业性个人住房贷款的，可申请将商业贷款转为公积金贷款，即“商转公”。",
            "据测算，以贷款余额100万元、剩余期限20年计算，“商转公”后每月可少还月供约５００元，利息总额可节省约12万元。符合条件的职工可通过“青埠公积金”小程序在线提交申请。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["7"], "page number alone on the last line")
    return pg


# ---------------------------------------------------------------------------
def v11() -> Page:
    """Provincial daily 要闻 page 2 in a 20-character column: lead with 引题, headline and ——副题 whose column
    text is continued AFTER a whole short item (pieces out of reading order); column-break blank lines."""
    pg = Page("v11.txt", cols=20, indent=FW * 2, blanks="some", colbreak=14, seed=2711, p_para=0.4, p_gap=0.85,
              style="provincial daily 要闻 page 2 indented with two U+3000, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on four lines (版名, paper, date with weekday, page number alone); lead with 引题 kicker, headline with quotation marks, ——副题 and byline line 本报记者 X　Y; PIECES OUT OF READING ORDER: the lead's first column piece (cut inside a sentence), then a whole short item (headline + run-in 本报讯（记者 X）), then the rest of the lead; article with byline line 本报记者 X; footer")
    pg.furniture(["要闻",
                  "雁屏日报",
                  cn_date(2035, 3, 24),
                  "2"], "page header")
    pg.blank()
    a = Article(
        "a", "重大项目“开门红”背后的加速度",
        subtitle="——我省推进重大项目建设见闻",
        byline="本报记者　岳千帆　孟昭", authors=["岳千帆", "孟昭"],
        notes="The 引题 kicker 一季度项目建设观察 is not part of the title; the ——副题 is the subtitle. Byline line "
              "本报记者 X　Y: both authors. **new:** the lead's column text is continued AFTER a whole short item "
              "(its headline and body printed between the lead's two pieces, the first cut inside a sentence). "
              "Officials quoted are not authors.",
        paras=[
            "春日的雁屏大地，处处涌动着项目建设的热潮。在雁屏新区，总投资126亿元的新能源电池材料产业园项目现场，20余台塔吊同时作业，600多名工人分班次施工，厂房主体结构已完成七成。",
            "“项目从签约到开工只用了45天。”项目负责人介绍，为加快建设进度，新区实行“一个项目、一名专员、一套方案”的服务机制，用地、环评、施工许可等手续并联审批，比常规流程节省了两个多月。",
            "来自省发展改革委的数据显示，一季度全省计划新开工重大项目426个，总投资3280亿元。截至3月20日，已开工368个，开工率86.4%，比去年同期提高5.2个百分点。",
            "项目快速推进，离不开要素保障的有力支撑。今年以来，我省建立重大项目要素保障“直通车”机制，对用地、用能、资金等需求实行清单化管理，已协调解决项目建设中的堵点问题210余个。",
            "省发展改革委负责人表示，将持续开展重大项目“比学赶超”活动，对进度滞后的项目实行挂牌督办，确保全年重大项目完成投资4500亿元以上。",
        ])
    b = Article(
        "b", "省级财政下达春耕资金9.6亿元",
        byline="本报讯（记者　裴星澜）", authors=["裴星澜"], lead="本报讯（记者　裴星澜）",
        notes="Run-in 本报讯（记者 X） excluded from first. Printed whole between the two pieces of the lead.",
        paras=[
            "记者从省财政厅获悉，省级财政近日下达春耕生产资金9.6亿元，重点支持粮食生产、高标准农田建设、农机购置与应用补贴以及农作物病虫害防控等。",
            "省财政厅要求各地加快资金拨付进度，确保资金在春耕关键时期及时足额发放到位，同时加强资金监管，严禁截留挪用。",
        ])
    pg.kicker(a, "一季度项目建设观察")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    in_pieces(pg, a, [17], [lambda: (pg.gap(), pg.headline(b), pg.gap(), pg.body(b), pg.gap())])
    pg.gap()
    c = Article(
        "c", "雁屏数据交易所累计交易额突破百亿元",
        byline="本报记者　庄明野", authors=["庄明野"],
        notes="Byline line 本报记者 X. The exchange official quoted is not an author.",
        paras=[
            "雁屏数据交易所3月23日发布消息，自挂牌运营以来，该所累计数据交易额突破100亿元，挂牌数据产品2860个，入场交易主体1900余家，覆盖金融、交通、医疗、气象等20多个领域。",
            "交易所负责人介绍，今年将重点推进公共数据授权运营，探索数据资产入表、数据资产质押融资等新业务，推动更多数据资源转化为数据资产。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：褚青　　校对：邰一鸣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v12() -> Page:
    """City daily 经济 page in a 16-character column indented with ONE U+3000, blank lines only between
    articles: headlines letter-spaced with U+3000 on one line; a photo caption with its credit printed in the
    MIDDLE OF A SENTENCE; photo news of a caption with a run-in credit and no headline; item with no byline;
    文／X byline."""
    pg = Page("v12.txt", cols=16, indent=FW, blanks="arts", seed=2712,
              style="city daily 经济 page in a 16-character column indented with ONE U+3000, blank lines only between articles and blocks: header on four lines; headlines of eight characters letter-spaced with U+3000 on one line; lead with byline line 本报记者 X and a photo caption with its credit 本报记者 X　摄 (two lines) printed in the MIDDLE OF A SENTENCE; photo news made ONLY of a caption (not indented) with the credit （X　摄） run in at its end, no headline (a brief); item with NO byline; item with byline line 文／X; footer")
    pg.furniture(["临渊日报",
                  "经济",
                  cn_date(2035, 3, 26),
                  "第3版"], "page header")
    pg.blank()
    a = Article(
        "a", "夜经济点亮老街区",
        byline="本报记者　聂晚照", authors=["聂晚照"],
        notes="Headline letter-spaced with U+3000 on one line, written unspaced. Byline line 本报记者 X. The photo "
              "caption with its credit (本报记者 聂晚照 摄, the writer) is printed in the MIDDLE OF A SENTENCE of the "
              "second paragraph: not body, the body is in two pieces. People quoted (唐秀兰) are not authors.",
        paras=[
            "夜幕降临，临渊古渡老街华灯初上，小吃摊、文创店、街头演艺次第登场，游人摩肩接踵。“周末晚上人最多，一晚上能卖出去800多份糖油粑粑。”摊主唐秀兰一边忙着出摊一边说。",
            "古渡老街曾是临渊最热闹的商业街，后来随着新商圈兴起逐渐冷清。去年，临渊市对老街进行微改造，保留青石板路和骑楼风貌，引入非遗工坊、特色餐饮和小剧场，同时将营业时间延长至午夜。",
            "改造后的老街人气快速回升。今年以来，老街日均客流量达到3.2万人次，夜间消费额占全天的六成以上。临渊市商务局负责人表示，下一步将把老街的经验推广到更多街区，打造“一区一特色”的夜间消费集聚区。",
        ])
    pg.headline(a, sep=FW)
    pg.line(a, a.byline, "byline")
    in_pieces(pg, a, [15], [lambda: pg.furniture(
        ["图为游客在临渊古渡老街夜市选购", "特色小吃。　本报记者　聂晚照　摄"],
        "photo caption with credit, in the middle of a sentence (not body)")])
    pg.blank()
    b = Article(
        "b", None, kind="brief",
        byline="（乔沐　摄）", authors=["乔沐"], tail="（乔沐　摄）",
        notes="**new:** photo news made ONLY of a caption with the credit （X　摄） run in at its end, NO headline: "
              "title null, the credit is the byline (excluded from last), the photographer is the author. Kind "
              "brief.",
        paras=[
            "3月25日，临渊经济开发区一家电子元器件企业的工人在生产线上忙碌。一季度以来，该企业订单同比增长四成，生产线满负荷运转。",
        ])
    pg.body(b, indent="")
    pg.blank()
    c = Article(
        "c", "春季稳岗招聘启动",
        notes="Item with NO byline at all: byline null, no authors. Letter-spaced headline, written unspaced.",
        paras=[
            "3月25日，临渊市2035年春季稳岗招聘系列活动启动。活动将持续至5月底，期间将举办线上线下招聘会30场，组织320家重点企业提供就业岗位8600个，并为高校毕业生、农民工等群体开设专场。",
        ])
    pg.headline(c, sep=FW)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "首贷中心服务小微",
        byline="文／邬静姝", authors=["邬静姝"],
        notes="Byline line 文／X under the letter-spaced headline. The business owner quoted is not an author.",
        paras=[
            "“没有抵押物，原以为贷款没指望，没想到3天就拿到了50万元。”说起在临渊市小微企业首贷服务中心的经历，一家食品加工企业负责人很感慨。",
            "该中心去年8月设立，由9家银行派驻人员常驻办公，为从未获得过银行贷款的小微企业提供“一站式”融资服务。截至目前，已帮助1100余家小微企业获得首笔贷款，金额合计14.6亿元，平均利率3.65%。",
        ])
    pg.headline(d, sep=FW)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：覃雨　　美编：黎小舟"], "footer")
    return pg


PAGES = [v09, v10, v11, v12]
