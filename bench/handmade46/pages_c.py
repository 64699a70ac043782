"""Pages kp09-kp12 of handmade46 (development set; all papers, agencies, names, firms, countries, places and
figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap

RULE = "━" * 23


# ---------------------------------------------------------------------------
def kp09() -> Page:
    """News agency's 国际经济信息 bulletin, wide column, two U+3000 indent, blank lines only between items: five wire
    items with datelines in several forms (（记者 X）, （记者 X、Y）, a dateline with no reporter followed by
    据阿尔马拉媒体报道，), （完） run in / on a line of its own / absent, editor lines （编辑：X） and ［责任编辑：X］,
    rule lines of ━ between items."""
    pg = Page("kp09.txt", cols=46, indent=FW * 2, blanks="arts", seed=4609,
              style="news agency 国际经济信息 bulletin, wide column, indented with two U+3000, blank lines only between items: header on four lines (agency and bulletin name, English name, date with weekday + 总第2417期, rule of ━); five wire items, each a headline line over a run-in dateline: 瀚海社霍尔姆斯6月9日电（记者 X）, 瀚海社科斯塔港6月9日电 with NO reporter and a text opening 据阿尔马拉媒体报道，, 瀚海社北京6月9日电（记者 X、Y）, 瀚海社塔兰城6月8日电（记者 X）, 瀚海社圣洛伦6月9日电（记者 X）; （完） run in at the end of three, on a line of its own after one, absent from one; editor lines （编辑：X） and ［责任编辑：X］ after two items; rule lines between items; footer (rule, distribution notice, 值班编辑 / 签发)")
    pg.furniture(["瀚海通讯社　国际经济信息",
                  "HANHAI NEWS AGENCY · WORLD ECONOMY BULLETIN",
                  cn_date(2035, 6, 9) + "　总第2417期",
                  RULE], "bulletin header")
    pg.blank()
    a = Article(
        "a", "诺德兰5月通胀率回落至3.1%",
        byline="瀚海社霍尔姆斯6月9日电（记者　宁远舟）", authors=["宁远舟"],
        lead="瀚海社霍尔姆斯6月9日电（记者　宁远舟）", tail="（完）",
        notes="Wire item: run-in dateline excluded from first, （完） run in at the end excluded from last.",
        paras=[
            "诺德兰国家统计局9日公布的数据显示，该国5月消费者价格指数同比上涨3.1%，涨幅比4月回落0.3个百分点，主要受能源和食品价格下降影响。剔除能源和食品价格后的核心通胀率为3.5%，仍明显高于2%的政策目标。",
            "分析人士认为，核心通胀粘性较强，诺德兰中央银行短期内转向降息的可能性不大。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    pg.furniture([RULE], "rule line")
    pg.blank()
    b = Article(
        "b", "阿尔马拉铜矿罢工影响出口",
        byline="瀚海社科斯塔港6月9日电", lead="瀚海社科斯塔港6月9日电　",
        notes="**new:** wire dateline naming NO reporter (瀚海社科斯塔港6月9日电): the byline, excluded from first; "
              "no authors. The text then opens 据阿尔马拉媒体报道， (a clause of the first sentence, kept in the "
              "body). The end mark （完） on a line of its own is not body.",
        paras=[
            "据阿尔马拉媒体报道，阿尔马拉北部最大铜矿的工人自6日起举行罢工，要求提高工资和改善工作条件，矿山生产已基本停止。",
            "该铜矿年产铜约45万吨，占阿尔马拉铜产量的四分之一左右。受此影响，国际铜价9日盘中一度上涨1.8%。矿业公司表示，正在与工会进行谈判。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["（完）"], "end mark （完） on a line of its own (not body)")
    pg.blank()
    pg.furniture([RULE], "rule line")
    pg.blank()
    c = Article(
        "c", "中国与伊斯帕拉签署数字经济合作谅解备忘录",
        byline="瀚海社北京6月9日电（记者　章怀远、喻白）", authors=["章怀远", "喻白"],
        lead="瀚海社北京6月9日电（记者　章怀远、喻白）", tail="（完）",
        notes="Wire item: run-in dateline with two names parted by 、 excluded from first, （完） excluded from last; "
              "both reporters are authors. The editor line （编辑：X） after it is not body.",
        paras=[
            "记者9日从商务部门获悉，中国与伊斯帕拉日前签署关于加强数字经济合作的谅解备忘录。双方将在跨境电商、数字基础设施、智慧城市等领域开展合作，并建立数字经济合作工作组定期会晤机制。",
            "伊斯帕拉是中国在南陆地区的重要贸易伙伴。去年双边贸易额达到386亿美元，同比增长7.2%，其中跨境电商贸易额增长超过30%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["（编辑：石见青）"], "editor line (not body)")
    pg.blank()
    pg.furniture([RULE], "rule line")
    pg.blank()
    d = Article(
        "d", "塔兰提亚央行维持基准利率不变",
        byline="瀚海社塔兰城6月8日电（记者　魏可期）", authors=["魏可期"],
        lead="瀚海社塔兰城6月8日电（记者　魏可期）",
        notes="Wire item with no end mark: run-in dateline excluded from first. The editor line ［责任编辑：X］ after "
              "it is not body.",
        paras=[
            "塔兰提亚中央银行8日宣布，将基准利率维持在6.5%不变，符合市场预期。这是该行连续第四次按兵不动。",
            "塔兰提亚中央银行在声明中说，国内通胀率已从去年高点回落，但塔兰第纳尔汇率波动和食品价格上涨风险仍需关注。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["［责任编辑：石见青］"], "editor line (not body)")
    pg.blank()
    pg.furniture([RULE], "rule line")
    pg.blank()
    e = Article(
        "e", "梅里迪亚5月出口同比增长11%",
        byline="瀚海社圣洛伦6月9日电（记者　卢映秋）", authors=["卢映秋"],
        lead="瀚海社圣洛伦6月9日电（记者　卢映秋）", tail="（完）",
        notes="Wire item of one paragraph: run-in dateline excluded from first, （完） excluded from last.",
        paras=[
            "梅里迪亚国家统计局9日公布，该国5月出口额为68.4亿美元，同比增长11%，其中铜、锂等矿产品出口增长19.6%，农产品出口增长7.3%；进口额为59.1亿美元，同比增长4.2%，当月实现贸易顺差9.3亿美元。",
        ])
    pg.headline(e)
    pg.body(e)
    pg.blank()
    pg.furniture([RULE,
                  "本信息仅供订户内部参考，转载须经瀚海通讯社书面授权",
                  "值班编辑：石见青　　签发：贺长庚"], "bulletin footer")
    return pg


# ---------------------------------------------------------------------------
def kp10() -> Page:
    """产经 daily 全球产经 strip of a 16-character column, blank lines sometimes plus column breaks: letter-spaced
    headlines (U+3000 across the column broken in mid-word; single ASCII spaces; two given lines spaced with
    U+3000); byline line 本报记者 X; wire 瀚海社新港6月9日电（记者 X）; source credit （据《巴鲁商报》） run in;
    exchange-rate box."""
    pg = Page("kp10.txt", cols=16, indent=FW * 2, blanks="some", colbreak=11, seed=4610, p_para=0.4, p_gap=0.85,
              style="产经报 全球产经 strip of a 16-character column indented with two U+3000, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on two lines wider than the column; headlines letter-spaced: one spread with U+3000 over two lines broken in MID-WORD (伊　斯　帕　拉　光　伏　装 / 机　量　两　年　翻　番), one with single ASCII spaces on one line, one given as two lines each spaced with U+3000; byline line 本报记者 X; wire item with run-in 瀚海社新港6月9日电（记者 X）; source credit （据《巴鲁商报》） run in at the end; box of the day's exchange rates (title, four rows, 注) at the foot; footer")
    pg.furniture(["鼎新产经日报　" + cn_date(2035, 6, 10), "第10版　全球产经"], "page header")
    pg.blank()
    a = Article(
        "a", "伊斯帕拉光伏装机量两年翻番",
        byline="本报记者　蓝鹤鸣", authors=["蓝鹤鸣"],
        notes="Headline letter-spaced with U+3000 across the column, in two halves broken in mid-word (装 / 机), "
              "joined unspaced. Byline line 本报记者 X.",
        paras=[
            "伊斯帕拉能源部日前公布，截至今年5月底，该国光伏发电累计装机容量达到2140万千瓦，比两年前翻了一番，光伏发电量占全国发电量的比重升至18%。",
            "伊斯帕拉日照资源丰富，南部高原地区年均日照时数超过3000小时。近年来，该国通过招标、长期购电协议等方式吸引外资参与光伏电站建设，并简化了分布式光伏的并网手续。",
            "不少中国光伏企业参与了当地项目建设。在伊斯帕拉南部，一座由中企承建的120万千瓦光伏电站今年3月全容量并网，采用了双面组件和智能跟踪支架，发电效率比传统方案提高约12%。",
            "伊斯帕拉能源部表示，下一步将加快电网改造和储能设施建设，缓解部分地区“弃光”问题。",
        ])
    pg.headline(a, spread_cols=16)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "萨尔韦多新港扩建工程开工",
        byline="瀚海社新港6月9日电（记者　施雨泽）", authors=["施雨泽"],
        lead="瀚海社新港6月9日电（记者　施雨泽）",
        notes="Headline letter-spaced with single ASCII spaces on one line (a little wider than the column), written unspaced. Wire item: run-in "
              "dateline (wrapped over two lines) excluded from first; no end mark.",
        paras=[
            "萨尔韦多新港集装箱码头扩建工程9日开工。工程计划新建4个10万吨级泊位，设计年吞吐能力200万标准箱，总投资约16亿美元，预计2038年建成。",
            "萨尔韦多交通部表示，扩建完成后，新港将成为南陆西海岸最大的集装箱枢纽港之一。",
        ])
    pg.headline(b, sep=" ")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "卡兰贾棕榈油出口回升",
        byline="（据《巴鲁商报》）", tail="（据《巴鲁商报》）",
        notes="Headline given as two lines (卡兰贾棕榈油 / 出口回升), each letter-spaced with U+3000, joined unspaced. "
              "**new:** source credit （据《X》） run in at the end: the byline, excluded from last; no person: no "
              "authors.",
        paras=[
            "卡兰贾棕榈油协会8日公布，该国5月棕榈油出口量为138万吨，环比增长9.6%，同比增长4.1%，为今年以来最高水平。协会认为，主要进口国补库需求增加和价格回落，带动了出口回升。",
            "不过，受前期干旱影响，卡兰贾今年棕榈油产量预计同比下降约3%，出口增长的持续性仍有待观察。",
        ])
    pg.headline(c, lines=["卡兰贾棕榈油", "出口回升"], sep=FW)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["6月10日外汇参考价",
                  "美元　　　　7.0812",
                  "诺德兰克朗　0.6753",
                  "梅里迪亚比索0.4103",
                  "塔兰第纳尔　2.1436",
                  "注：人民币元／外币单位"], "exchange-rate box (not an article)")
    pg.blank()
    pg.furniture(["编辑：杭思远　　校对：温小棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kp11() -> Page:
    """商报-like 环球财经 page extracted with a blank line after EVERY line: lead with an 引题 and byline line
    ■本报记者 X; label 国际快讯 over three items with NO headline, each opening with the place name in brackets
    【X】 run in; travel agency advertisement; byline line 本报记者 X　实习生 Y."""
    pg = Page("kp11.txt", cols=18, indent=FW, blanks="every", seed=4611,
              style="国际商报 环球财经 page extracted with a blank line after EVERY line, indented with ONE U+3000: header on two lines; lead with an 引题 over the headline and byline line ■本报记者 X; label 国际快讯 over three items with NO headline, each opening with the place name in brackets 【X】 run in; travel-agency ADVERTISEMENT (广告, agency, tour, price, dates, hotline) between articles; byline line 本报记者 X　实习生 Y; footer with editor and 组版")
    pg.furniture(["沧瀛国际商报　" + cn_date(2035, 6, 10), "环球财经　A7"], "page header")
    a = Article(
        "a", "国际金价再创历史新高", subtitle="避险需求升温",
        byline="■本报记者　华映川", authors=["华映川"],
        notes="The 引题 above a headline without ——副题 is the subtitle. Byline line ■本报记者 X (the ■ is a mark).",
        paras=[
            "受主要经济体货币政策前景不确定、地缘局势紧张等因素影响，国际金价近日再创历史新高。9日，现货黄金价格盘中一度突破每盎司2450美元，年内累计涨幅超过16%。",
            "全球黄金交易机构的数据显示，今年以来全球黄金交易所交易基金持仓量增加约160吨，扭转了过去两年持续流出的局面。央行购金也是支撑金价的重要力量。",
            "业内人士提醒，金价短期涨幅较大，波动风险随之上升，普通投资者应理性看待黄金投资，避免追高。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["国际快讯"], "column label 国际快讯")
    briefs = [
        ("b1", "【诺德兰】", "诺德兰最大的造船企业北岬船舶集团9日宣布，获得6艘液化天然气运输船订单，合同总金额约14亿美元，新船将于2038年起陆续交付。"),
        ("b2", "【梅里迪亚】", "梅里迪亚中央银行9日发布报告说，该国银行业不良贷款率降至2.3%，为近十年来最低水平，银行体系资本充足率保持在15%以上。"),
        ("b3", "【萨尔韦多】", "萨尔韦多议会8日通过新版外汇管理法，允许居民个人每年在银行购买不超过5万美元的外汇，较此前上限提高一倍。"),
    ]
    for key, place, text in briefs:
        art = Article(
            key, None, section="国际快讯", lead=place,
            notes="**new:** item of the 国际快讯 column printed with NO headline (title null); it opens with the "
                  "place name in brackets " + place + " run in, excluded from first like a dateline. No credit: no "
                  "byline, no authors.",
            paras=[text])
        pg.body(art)
    pg.furniture(["广告",
                  "海澜国际旅行社",
                  "伊斯帕拉阳光海岸十日游",
                  "每人8999元起",
                  "7月5日、7月19日两期发团",
                  "报名热线：021-6218××××"], "travel-agency advertisement (not an article)")
    d = Article(
        "d", "伊斯帕拉发行首笔主权可持续发展债券",
        byline="本报记者　华映川　实习生　顾盼", authors=["华映川", "顾盼"],
        notes="Byline line 本报记者 X　实习生 Y: both are authors.",
        paras=[
            "伊斯帕拉财政部8日成功发行首笔主权可持续发展债券，规模为20亿美元，期限10年，票面利率5.125%，认购倍数达到3.4倍。",
            "伊斯帕拉财政部表示，募集资金将用于可再生能源、清洁交通、水资源管理和保障性住房等项目。分析人士认为，认购踊跃反映出国际投资者对伊斯帕拉经济前景和财政改革的信心。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["编辑：陶一茗　　组版：霍小川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kp12() -> Page:
    """National economic daily 国际·合作 page, wide column: lead with ——副题 and the run-in 本报塔兰城6月10日电
    记者　X　Y (no brackets, two reporters), a photo caption credited 瀚海社发（记者 X摄） BETWEEN two paragraphs; a
    route map; label 经贸观察 over a comment with byline line 文／X and an author's note line after it; item
    signed （综合瀚海社电） run in at the end."""
    pg = Page("kp12.txt", cols=44, indent=FW * 2, blanks="para", seed=4612,
              style="national economic daily 国际·合作 page, wide column indented with two U+3000, a blank line between paragraphs and blocks: header on ONE line (page number, 版名, paper, date with weekday); lead with ——副题 and the run-in 本报塔兰城6月10日电　记者　X　Y (no brackets, two reporters), a photo caption credited 瀚海社发（记者 X摄） printed BETWEEN two paragraphs; a route MAP (title, a line of stations joined by dashes, （示意图）, 制图：X); label 经贸观察 over a comment with byline line 文／X and the author's note （作者为…研究员） on a line after it; item signed （综合瀚海社电） run in at the end; footer with editor and proof-reader")
    pg.furniture(["14　国际·合作　　恒远经济日报　" + cn_date(2035, 6, 11)], "page header")
    pg.blank()
    a = Article(
        "a", "中国—塔兰提亚经贸合作论坛签约额超120亿美元",
        subtitle="——新能源、农业和数字经济成为合作热点",
        byline="本报塔兰城6月10日电　记者　潘一诺　季长风", authors=["潘一诺", "季长风"],
        lead="本报塔兰城6月10日电　记者　潘一诺　季长风　",
        notes="Lead: ——副题 is the subtitle. Run-in dateline 本报X地X月X日电　记者　X　Y (no brackets): the byline, "
              "excluded from first; both reporters are authors. The photo caption with credit (瀚海社发（记者 "
              "魏可期摄）) printed between two paragraphs is not body. The minister (费利佩·阿兰萨) and the official "
              "quoted are not authors.",
        paras=[
            "第三届中国—塔兰提亚经贸合作论坛10日在塔兰城举行。论坛期间，两国企业共签署合作项目47个，签约金额超过120亿美元，涉及新能源、农业、数字经济、基础设施等领域。",
            "塔兰提亚投资部长费利佩·阿兰萨在致辞中说，中国是塔兰提亚最大的贸易伙伴和重要的投资来源国。去年，两国贸易额达到214亿美元，同比增长9.3%；中国企业对塔兰提亚直接投资存量超过80亿美元。“我们欢迎更多中国企业来塔兰提亚投资兴业，政府将为外国投资者提供更加稳定、透明的营商环境。”",
            "新能源是本届论坛签约的最大亮点。多家中国企业与塔兰提亚国家电力公司签署协议，将在该国东部沙漠地区合作建设光伏和风电项目，总装机容量约300万千瓦，并配套建设储能设施。",
            "农业合作同样引人关注。一家中国农业企业将与当地合作社共建10万亩节水灌溉示范区，推广滴灌技术和耐旱作物品种。塔兰提亚农业部官员表示，这一项目有望使示范区内小麦单产提高三成以上。",
            "与会人士表示，随着两国互联互通水平不断提升，双方在跨境电商、数字支付等新兴领域的合作空间广阔。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a, end=2)
    pg.gap()
    pg.furniture(wrap("6月10日，与会嘉宾在第三届中国—塔兰提亚经贸合作论坛上参观企业展台。　瀚海社发（记者　魏可期摄）", 44),
                 "photo caption with credit, between two paragraphs (not body)")
    pg.gap()
    pg.body(a, start=2)
    pg.gap()
    pg.furniture(["塔兰提亚—萨尔韦多跨境铁路线路示意图",
                  "塔兰城●————●东原————●边境口岸————●新港",
                  "（示意图）　　　　　　　　　　　　制图：容可"], "route map (not an article)")
    pg.gap()
    c = Article(
        "c", "以开放合作对冲外部不确定性", section="经贸观察", kind="commentary",
        byline="文／蒲怀瑾", authors=["蒲怀瑾"],
        notes="Comment under the label 经贸观察 (section), byline line 文／X. **new:** the author's note "
              "（作者为…研究员） on a line of its own after the body is not body. Commentary.",
        paras=[
            "当前，世界经济复苏动能不足，贸易保护主义和地缘政治风险交织，全球产业链供应链面临深度调整。在这样的背景下，发展中国家之间加强经贸合作，既是应对外部不确定性的现实选择，也是实现共同发展的内在要求。",
            "从中国—塔兰提亚经贸合作论坛的签约情况看，合作正在从传统的货物贸易向投资、技术、服务等领域全面拓展。新能源、农业、数字经济等领域的项目，既契合东道国的发展需求，也有利于中国企业拓展市场、优化布局。",
            "以开放合作对冲不确定性，关键在于互利共赢。企业“走出去”要尊重当地法律法规和风俗习惯，注重带动当地就业和技术转移，积极履行社会责任；政府层面则要加强政策沟通和规则对接，为企业合作提供稳定预期。唯有如此，合作之路才能越走越宽。",
        ])
    pg.furniture(["经贸观察"], "column label 经贸观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者为恒远国际经济研究院研究员）", "note")
    pg.gap()
    d = Article(
        "d", "环海经济合作组织启动数字贸易协定谈判",
        byline="（综合瀚海社电）", tail="（综合瀚海社电）",
        notes="Item signed （综合瀚海社电） run in at the end: the byline, excluded from last; no person: no authors.",
        paras=[
            "环海经济合作组织秘书处10日宣布，组织成员国正式启动区域数字贸易协定谈判，计划在两年内完成谈判。协定将涵盖电子交易便利化、跨境数据流动、数字身份互认、消费者权益保护等内容。",
            "秘书处表示，区域内数字贸易规模去年超过6000亿美元，但各成员国在数据规则和监管标准方面差异较大，制约了数字贸易发展。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版责任编辑：严小舟　　校对：贾知微"], "footer")
    return pg


PAGES = [kp09, kp10, kp11, kp12]
