"""Pages ku05-ku08 of handmade51 (development set; all papers, authorities, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def ku05() -> Page:
    """City party daily 两会特刊 page: 政府工作报告（摘要） with a letter-spaced headline over （摘要）, ——deck on two
    lines, byline line 市长 X, section heads and ——-marked paragraphs, some body lines letter-spaced; 数读报告 box
    after it; 代表委员热议 story with a quoted headline, ——deck and byline line 本报记者 X　Y; column breaks."""
    pg = Page("ku05.txt", cols=26, indent=FW * 2, blanks="some", colbreak=14, seed=5105, p_para=0.3, p_gap=0.85,
              style="city party daily 两会特刊 page, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on three lines (paper; date with weekday + page number; 两会特刊); 政府工作报告（摘要）: headline letter-spaced with U+3000 (政　府　工　作　报　告) over the line （摘要）, ——deck (…在X市第十六届人民代表大会第五次会议上) wrapped over two lines, byline line 鹭洲市市长　X, two section heads (一、…, 二、…), ——-marked paragraphs and （一）…（四） paragraphs, four body lines letter-spaced with single spaces (justified lines); 数读报告 figures box after it; story with a headline in quotation marks, ——deck 代表委员热议政府工作报告 and byline line 本报记者 X　Y, deputies quoted; footer")
    pg.furniture(["鹭洲日报",
                  cn_date(2035, 1, 14) + "　3",
                  "两会特刊"], "page header")
    pg.blank()
    a = Article(
        "a", "政府工作报告（摘要）", head=["政　府　工　作　报　告", "（摘要）"],
        subtitle="——2035年1月13日在鹭洲市第十六届人民代表大会第五次会议上",
        byline="鹭洲市市长　温砚秋", authors=["温砚秋"],
        notes="Government work report, printed as an excerpt (摘要): ONE article. Headline letter-spaced with U+3000 "
              "over the line （摘要）, joined unspaced: 政府工作报告（摘要）. The ——deck (wrapped over two lines) is "
              "the subtitle. **new:** the byline line 鹭洲市市长　X names the official who delivered the report: "
              "the report is his text, so he is the author (unlike officials quoted in news). The section heads "
              "一、… 二、… and the ——-marked paragraphs are body; the letter-spaced (justified) body lines are "
              "body. The 数读报告 box after it is not body.",
        paras=[
            Cross("一、2034年工作回顾"),
            "过去一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，在市委坚强领导下，市政府团结依靠全市人民，全力以赴稳增长、调结构、惠民生、防风险，较好完成了市十六届人大四次会议确定的目标任务。全市地区生产总值达到6128亿元，增长5.7%；一般公共预算收入512亿元，增长4.9%；城镇和农村居民人均可支配收入分别增长4.6%和6.8%。",
            "——产业转型步伐加快。新增规模以上工业企业386家，战略性新兴产业产值占规模以上工业比重提高到41.3%。澜芯微电子封装测试基地、远帆新能源汽车零部件产业园等一批重大项目建成投产。",
            "——改革开放持续深化。“一件事一次办”事项扩大到86项，新设经营主体9.2万户。鹭洲港集装箱吞吐量突破500万标准箱，外贸进出口总额增长7.4%。",
            "——民生福祉不断增进。城镇新增就业13.6万人，新增学位2.8万个，建成保障性租赁住房1.2万套，新改建城乡公路420公里，十件民生实事全面完成。",
            "我们也清醒看到，经济发展仍面临不少困难和挑战：有效需求不足，部分企业生产经营困难；科技创新能力还不够强，新兴产业规模偏小；教育、医疗、养老等公共服务还有不少短板。我们将直面问题，认真加以解决。",
            Cross("二、2035年工作安排"),
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长5%；城镇新增就业12万人以上，城镇调查失业率控制在5.5%以内；居民人均可支配收入增长与经济增长基本同步。",
            "（一）坚定不移壮大实体经济。实施先进制造业集群培育行动，全年推进亿元以上产业项目600个，完成工业投资1500亿元。加快鹭洲高新区、临港经济开发区扩容提质，新培育国家级专精特新“小巨人”企业20家以上。",
            "（二）持续扩大有效需求。实施消费提振行动，办好“鹭洲购物季”等系列促消费活动，推动汽车、家电等大宗消费更新换代。发挥政府投资带动作用，全年安排市级重点项目320个，年度计划投资1860亿元。",
            "（三）全力优化营商环境。深化“高效办成一件事”改革，推动涉企审批“一网通办”，全面落实减税降费政策，依法保护民营企业产权和企业家权益，让各类经营主体放心投资、安心经营。",
            "（四）用心用情保障改善民生。落实就业优先政策，新增托位3000个，新建改扩建中小学和幼儿园24所，推进市第二人民医院新院区建设，持续办好十件民生实事。",
            "各位代表！新的征程催人奋进，美好愿景鼓舞人心。让我们在市委坚强领导下，团结奋进、实干争先，奋力谱写鹭洲高质量发展新篇章！",
        ])
    pg.headline(a)
    for ln in wrap(a.subtitle, 26):
        pg.line(a, ln, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [4, 15, 31, 37]))
    pg.blank()
    pg.furniture(["数读报告",
                  "6128亿元",
                  "　地区生产总值",
                  "5.7%",
                  "　经济增速",
                  "13.6万人",
                  "　城镇新增就业",
                  "600个",
                  "　今年推进亿元以上产业项目"], "数读报告 figures box (not an article)")
    pg.blank()
    b = Article(
        "b", "“报告提振信心，干劲更足了”", subtitle="——代表委员热议政府工作报告",
        byline="本报记者　柯语桐　郗若帆", authors=["柯语桐", "郗若帆"],
        notes="Headline in quotation marks; ——deck is the subtitle; byline line 本报记者 X　Y, both are authors. The "
              "mayor named in the text and the deputies and members quoted (罗启衡, 宁晚照, 包春生) are not authors.",
        paras=[
            "1月13日，市十六届人大五次会议开幕，市长温砚秋作政府工作报告。报告总结成绩实事求是，部署工作务实具体，在代表委员中引起热烈反响。",
            "“报告提出今年推进亿元以上产业项目600个，这让我们企业吃了‘定心丸’。”市人大代表、鹭洲恒拓精密机械有限公司董事长罗启衡说，公司今年计划投资3.2亿元建设高端轴承智能产线，将用足用好技改奖补政策，加快产品向高端迈进。",
            "市政协委员、鹭洲大学经济学院教授宁晚照关注到报告中“高效办成一件事”的改革部署。“营商环境是最好的招商引资。建议进一步打通部门数据壁垒，让更多涉企事项实现‘免申即享’。”",
            "来自基层的市人大代表、青禾县石岭村党支部书记包春生对报告中的民生实事格外关注。“新建改扩建中小学和幼儿园24所，这是群众最关心的事，村里的孩子以后上学会更方便。”",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["本版责任编辑：窦砚池　　美编：喻小檀", "校对：辛照"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ku06() -> Page:
    """Economic daily 发布 page, NO indent and NO blank line: 新闻发布会 report (引题, headline, run-in
    本报讯（记者 X　实习生 Y）, ■ crossheads, officials quoted); label 现场问答 over a Q&A with speaker names run in
    (记者：／NAME：); label 权威发布 over an item whose headline is printed AFTER its body."""
    pg = Page("ku06.txt", cols=38, indent="", blanks="never", seed=5106,
              style="economic daily 发布 page, NO indent and NO blank line anywhere: header on three lines (版名 发布; paper; date with weekday + 第2版 + 责任编辑); 新闻发布会 report with 引题 kicker 省政府新闻办举行新闻发布会 over the headline, run-in 本报讯（记者 X　实习生 Y）, three ■-marked crossheads, officials quoted; label 现场问答 over a Q&A compiled by the reporter (byline line 本报记者 X　整理), speakers run in at the start of each paragraph (记者：／冉北川：／庞序之：); label 权威发布 over an item with the bare run-in 本报讯 whose headline is printed AFTER its body; hotline footer")
    pg.furniture(["发布",
                  "汇通经济报",
                  cn_date(2035, 4, 18) + "　第2版　责任编辑：卓望川"], "page header")
    a = Article(
        "a", "我省出台20条措施推动外贸稳规模优结构", subtitle="省政府新闻办举行新闻发布会",
        byline="本报讯（记者　潘见山　实习生　戈小棠）", authors=["潘见山", "戈小棠"],
        lead="本报讯（记者　潘见山　实习生　戈小棠）",
        notes="新闻发布会 report. The 引题 above the headline (no 副题) is the subtitle. Run-in 本报讯（记者 X　实习生 Y） "
              "excluded from first; reporter and 实习生 are authors. The ■ crossheads are body. Officials quoted "
              "(冉北川, 庞序之, 钟离秋) are not authors.",
        paras=[
            "4月17日，省政府新闻办举行新闻发布会，介绍《澄川省推动外贸稳规模优结构若干措施》有关情况。《若干措施》从开拓市场、金融支持、新业态培育、贸易便利化等方面提出20条具体举措，助力外贸企业稳订单、拓市场。",
            "今年一季度，全省外贸进出口2816亿元，同比增长6.2%，其中出口1902亿元，增长8.1%。省商务厅厅长冉北川在发布会上表示，当前外贸发展面临的外部环境依然复杂，部分企业订单不足、成本上升，出台《若干措施》就是要稳住外贸基本盘，同时推动外贸结构持续优化。",
            Cross("■支持企业开拓多元市场"),
            "《若干措施》提出，今年省级财政安排外贸发展专项资金8亿元，支持企业参加境外重点展会，对企业展位费给予最高80%的补助。组织开展“澄品出海”系列活动，全年计划组织企业赴境外参展洽谈200批次以上，重点开拓东盟、中东、非洲和拉美等新兴市场。",
            Cross("■加大金融保险支持"),
            "在金融支持方面，将扩大出口信用保险覆盖面，对小微外贸企业统保平台保费给予全额补贴；鼓励银行机构加大外贸信贷投放，推广“出口信保＋融资”模式。省地方金融管理局副局长庞序之介绍，今年力争全省外贸企业获得贸易融资超过1200亿元。",
            Cross("■提升贸易便利化水平"),
            "鹭洲海关副关长钟离秋表示，海关将深化“提前申报”“两步申报”等通关改革，推广鲜活农产品“即查即放”，全省进出口整体通关时间在去年基础上再压缩10%。同时，支持鹭洲、云梧等地建设跨境电商产业园和海外仓，培育外贸新动能。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "中小外贸企业如何享受政策红利", section="现场问答", kind="interview",
        byline="本报记者　潘见山　整理", authors=["潘见山"],
        notes="Q&A from the press conference under the label 现场问答 (section), compiled by the reporter (byline line "
              "本报记者 X　整理, the author). Speakers run in at the start of each paragraph (记者：, 冉北川：, "
              "庞序之：) are part of the body; the officials who answer are not authors. Kind interview.",
        paras=[
            "记者：中小外贸企业抗风险能力弱，《若干措施》对它们有哪些倾斜？",
            "冉北川：中小企业是外贸的主力军，占全省有进出口实绩企业的九成以上。《若干措施》在展会补助、出口信保、融资增信等方面都向中小企业倾斜。比如，小微企业通过统保平台投保出口信用保险，保费由省级财政全额承担，企业“零成本”就能获得风险保障。",
            "记者：不少企业反映汇率波动侵蚀利润，有什么应对办法？",
            "庞序之：我们将联合银行机构开展汇率避险“首办”服务，对首次办理外汇套期保值业务的中小微企业给予一定的费用补贴，引导企业树立“风险中性”理念，用好远期结售汇、外汇期权等工具。",
            "记者：跨境电商发展势头很好，下一步如何支持？",
            "冉北川：我们将支持企业在重点市场建设和租用海外仓，对符合条件的公共海外仓给予奖励，同时推动跨境电商与产业带深度融合，帮助更多本土品牌通过跨境电商走向海外。",
        ])
    pg.furniture(["现场问答"], "column label 现场问答")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "一季度全省居民人均可支配收入增长5.3%", section="权威发布",
        byline="本报讯", lead="本报讯　",
        notes="Item under the label 权威发布 (section) whose headline is printed AFTER its body (title_line after "
              "body_end). Bare run-in 本报讯: byline, excluded from first, no authors.",
        paras=[
            "省统计局4月17日发布数据，一季度全省居民人均可支配收入12164元，同比名义增长5.3%。其中，城镇居民人均可支配收入15826元，增长4.6%；农村居民人均可支配收入7435元，增长6.7%。城乡居民收入比为2.13，比上年同期缩小0.04。",
        ])
    pg.furniture(["权威发布"], "column label 权威发布")
    pg.body(c)
    pg.headline(c)
    pg.furniture(["新闻热线：0733-8866××××　　广告热线：0733-8867××××"], "footer with hotlines")
    return pg


# ---------------------------------------------------------------------------
def ku07() -> Page:
    """Party daily 民生·服务 page, 18-character columns indented with two ASCII spaces: label 政策问答 over an
    agency's FAQ (headline on two lines, 问：／答：, source credit line at the end); a Q&A with an intro paragraph,
    ——deck naming the official, byline line 本报记者 X, speaker names run in; 温馨提示 box."""
    pg = Page("ku07.txt", cols=18, indent="  ", blanks="para", seed=5107,
              style="party daily 民生·服务 page, 18-character columns indented with two ASCII spaces, a blank line between paragraphs and blocks: header on three lines; label 政策问答 over an agency's FAQ: headline on two lines, only 问：／答： paragraphs, the source credit （X局供稿） on a line of its own after the text; a Q&A: headline, ——deck 访…局长 X wrapped over two lines, byline line 本报记者 X, an intro paragraph, then paragraphs with speakers run in (记者：／NAME：); 温馨提示 box of hotlines; footer")
    pg.furniture(["澄川日报", cn_date(2035, 4, 20), "8　民生·服务"], "page header")
    pg.blank()
    a = Article(
        "a", "职工医保门诊共济保障政策问答", head=["职工医保门诊共济", "保障政策问答"], section="政策问答",
        byline="（鹭洲市医疗保障局供稿）",
        notes="**new:** an agency's FAQ (政策问答) under the label 政策问答 (section) is ONE article: headline on two "
              "lines, joined; the body is only 问：／答： paragraphs. The source credit （X局供稿） on a line of its "
              "own after the text is the byline, not body; no person named: no authors. Kind article (no "
              "interviewer and no named respondent: not an interview).",
        paras=[
            "问：什么是职工医保门诊共济保障？",
            "答：门诊共济保障是指将参保职工普通门诊费用纳入统筹基金支付范围，同时改革个人账户计入办法，个人账户资金可以在家庭成员之间共同使用。",
            "问：普通门诊费用报销的起付标准和比例是多少？",
            "答：在职职工普通门诊费用起付标准为每年800元，在一级及以下医疗机构就诊的，统筹基金支付比例为60%；退休人员起付标准为每年600元，支付比例相应提高5个百分点。年度最高支付限额为3500元。",
            "问：个人账户可以给家人用吗？",
            "答：可以。参保职工经本人授权，个人账户资金可以用于支付配偶、父母、子女在定点医疗机构就医和定点药店购药发生的个人负担费用，也可以用于为他们缴纳城乡居民医保个人缴费。",
            "问：在哪里可以办理家庭共济绑定？",
            "答：参保人可以通过“鹭洲医保”公众号、市政务服务网或到各级医保经办窗口办理，绑定后即时生效。",
        ])
    pg.furniture(["政策问答"], "column label 政策问答")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    b = Article(
        "b", "个体户转企业，优惠政策能否延续", kind="interview",
        subtitle="——访省市场监督管理局登记注册局局长谢沛然",
        byline="本报记者　蒲星遥", authors=["蒲星遥"],
        notes="Q&A with an intro paragraph by the reporter: ——deck naming the official (wrapped over two lines) is "
              "the subtitle; byline line 本报记者 X, the author. Speakers run in (记者：, 谢沛然：) are body; the "
              "official who answers (谢沛然) is not an author. Kind interview.",
        paras=[
            "今年以来，我省推进个体工商户转型升级为企业（简称“个转企”），已有3200余户个体工商户完成转型。个转企有哪些好处？转型后原有的优惠政策能否延续？记者采访了省市场监督管理局登记注册局局长谢沛然。",
            "记者：个体工商户为什么要转为企业？",
            "谢沛然：转为企业后，经营主体可以建立现代企业制度，更容易获得银行贷款、参与政府采购和招投标，也更有利于品牌建设和长远发展。",
            "记者：转型后，原来享受的税费优惠还能继续享受吗？",
            "谢沛然：个转企后符合小型微利企业条件的，可以继续享受相应的税费优惠政策。转型过程中涉及的不动产、车辆等资产过户，符合规定的可以免征相关税费。",
            "记者：办理个转企需要跑几次？",
            "谢沛然：我们推行“变更登记”方式，原字号、经营场所可以保留，企业在网上提交一次申请即可办结，最快1个工作日领取营业执照。",
        ])
    pg.headline(b)
    for ln in wrap(b.subtitle, 18):
        pg.line(b, ln, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["温馨提示",
                  "医保服务热线：",
                  "0733-8210××××",
                  "企业登记咨询：",
                  "0733-8235××××"], "温馨提示 box of hotlines (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：庄晚禾　校对：滕一苇"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ku08() -> Page:
    """Economic daily 数据·发布 page: label 权威发布 over three items; a 暂行办法 printed in full (headline, a
    bracketed adoption / promulgation note wrapped over two lines, 第一章…, 第一条…) with a 相关链接 sidebar (label,
    its own headline and text) printed INSIDE it between two articles (the 办法's body in pieces)."""
    pg = Page("ku08.txt", cols=30, indent=FW * 2, blanks="para", seed=5108,
              style="economic daily 数据·发布 page, blank lines between paragraphs and blocks: header on two lines; label 权威发布 over three items (run-in 本报讯（记者 X）, 本报讯（记者 X）, bare 本报讯); a 暂行办法 printed in full with no news item around it: headline, bracketed note (…常务会议审议通过　…省人民政府令第218号公布　自…起施行) wrapped over two lines, 第一章…第四章 heads and 第一条…第十一条 articles; a 相关链接 sidebar (label, its own headline, two paragraphs) printed INSIDE the 办法 between 第六条 and 第七条; footer")
    pg.furniture(["数据·发布　　5",
                  "汇通经济报　" + cn_date(2035, 4, 24)], "page header")
    pg.blank()
    pg.furniture(["权威发布"], "column label 权威发布")
    pg.blank()
    items = [
        Article("a1", "3月份全省规上工业增加值增长6.8%",
                byline="本报讯（记者　言子墨）", authors=["言子墨"], lead="本报讯（记者　言子墨）",
                paras=[
                    "省统计局4月23日发布数据，3月份，全省规模以上工业增加值同比增长6.8%，增速比1—2月份加快0.9个百分点。分行业看，电子信息、汽车、电气机械行业增加值分别增长14.2%、11.6%和9.3%，合计拉动全省工业增长3.1个百分点。",
                ]),
        Article("a2", "一季度全省新设经营主体18.6万户",
                byline="本报讯（记者　靳书白）", authors=["靳书白"], lead="本报讯（记者　靳书白）",
                paras=[
                    "省市场监督管理局发布数据，一季度全省新设经营主体18.6万户，同比增长9.4%，其中新设企业5.9万户，增长12.1%。截至3月底，全省实有经营主体742万户。",
                ]),
        Article("a3", "全省首批“免证办”城市名单公布",
                byline="本报讯", lead="本报讯　",
                paras=[
                    "省政务服务管理局日前公布首批“免证办”城市名单，鹭洲、云梧、泊阳3市入选。入选城市将在企业开办、不动产登记、社保医保等200项高频政务服务事项中推行电子证照免提交，群众和企业办事无需再提交实体证照。",
                ]),
    ]
    for art in items:
        art.section = "权威发布"
        art.notes = ("Item under the label 权威发布 (section); run-in " + art.byline
                     + (" excluded from first." if art.authors else " names no reporter: excluded from first, no authors."))
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    b = Article(
        "b", "澄川省公共数据授权运营管理暂行办法",
        notes="**new:** a 暂行办法 printed in full on its own (no news item around it) is ONE article: title its "
              "headline; the bracketed adoption / promulgation note under it (wrapped over two lines) is "
              "neither body nor subtitle; chapter heads and 第X条 articles are body. No byline, no authors. The "
              "相关链接 sidebar printed between 第六条 and 第七条 is another article: the body is in pieces.",
        paras=[
            Cross("第一章　总则"),
            "第一条　为规范公共数据授权运营，促进公共数据有序开发利用，保障数据安全，根据有关法律、行政法规，结合本省实际，制定本办法。",
            "第二条　本办法所称公共数据授权运营，是指县级以上人民政府按照规定程序，授权符合条件的运营单位，对公共数据进行加工处理，开发形成数据产品和服务，并向社会提供的行为。",
            "第三条　公共数据授权运营应当遵循依法合规、安全可控、公平公开、有偿使用的原则。",
            "第四条　省数据管理部门负责统筹全省公共数据授权运营工作，设区的市数据管理部门负责本行政区域内公共数据授权运营的组织实施。",
            Cross("第二章　授权运营"),
            "第五条　公共数据授权运营实行分级授权。涉及跨区域、跨部门的重要公共数据，由省人民政府授权；其他公共数据，由设区的市人民政府授权。",
            "第六条　运营单位应当具备下列条件：（一）在本省依法登记注册的企业法人；（二）具备满足数据安全要求的技术能力和管理制度；（三）近三年未发生重大数据安全事件；（四）法律、法规规定的其他条件。",
            "第七条　授权运营期限一般不超过3年。授权期满需要继续运营的，运营单位应当在期满前6个月提出申请。",
            Cross("第三章　数据安全与监督管理"),
            "第八条　运营单位应当在授权运营平台内开展数据加工处理，原始数据不得导出平台。",
            "第九条　运营单位开发形成的数据产品和服务，用于公共治理、公益事业的，应当有条件无偿提供；用于产业发展、行业发展的，可以有条件有偿提供，收费标准应当依法确定。",
            "第十条　数据管理部门应当会同有关部门建立运营评估和退出机制，对运营单位履约情况进行年度评估。评估不合格的，应当责令限期整改；整改不到位的，终止授权。",
            Cross("第四章　附则"),
            "第十一条　本办法自2035年6月1日起施行。",
        ])
    pg.headline(b)
    for ln in wrap("（2035年4月9日省人民政府第42次常务会议审议通过　2035年4月15日省人民政府令第218号公布　自2035年6月1日起施行）", 30):
        pg.line(b, ln, "note")
    pg.gap()
    pg.body(b, end=8)
    pg.gap()
    c = Article(
        "c", "什么是公共数据授权运营", section="相关链接",
        notes="**new:** a 相关链接 sidebar with its own headline and text, printed INSIDE the 办法 (between 第六条 and "
              "第七条) as extraction leaves it, is an article of its own (section 相关链接); no byline, no authors.",
        paras=[
            "公共数据是指党政机关、事业单位和依法授权管理公共事务的组织在履行职责或者提供公共服务过程中收集、产生的数据。授权运营好比“持证经营”：政府把数据“原料”交给有资质的运营单位加工成产品，数据“可用不可见”，既释放价值又守住安全底线。",
            "目前，全省已汇聚公共数据超过380亿条，鹭洲、云梧两市已开展授权运营试点，开发交通出行、普惠金融等数据产品46个。",
        ])
    pg.furniture(["相关链接"], "column label 相关链接")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.body(b, start=8)
    pg.blank()
    pg.furniture(["本版责任编辑：岑望舒　　校对：师晓岚　　制图：景小鹿"], "footer")
    return pg


PAGES = [ku05, ku06, ku07, ku08]
