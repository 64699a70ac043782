"""Pages j01-j04 of handmade23 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def j01() -> Page:
    """Energy daily, FRONT page: masthead; lead with 引题, headline and ——副题, run-in 本报北京6月11日讯（记者 X
    通讯员 Y）, jump mark （下转第2版） run in at its end; short comment under the label 华源短评 signed （X）;
    photo news (brief) with a credit line 通讯员 X　摄; article with byline line 本报记者 X; 本期导读 box; footer."""
    pg = Page("j01.txt", cols=26, indent=FW * 2, blanks="para", seed=2301,
              style="energy daily FRONT page: five-line masthead (paper, English name, date with weekday, issue number + 今日8版, CN number); lead with 引题, headline and ——副题 (all three), run-in 本报北京6月11日讯（记者 X　通讯员 Y） and the jump mark （下转第2版） run in at the end; label 华源短评 over a short comment signed （X） run in at the end; photo news (brief): headline, caption, credit line 通讯员　X　摄; article with byline line 本报记者 X; 本期导读 box of three ■ lines; footer with editor, proof-reader and telephone")
    pg.furniture(["华源能源报",
                  "HUAYUAN ENERGY NEWS",
                  cn_date(2035, 6, 12),
                  "第5127期　今日8版",
                  "国内统一连续出版物号　CN 11-0527"], "masthead")
    pg.blank()
    a = Article(
        "a", "全国统调电厂存煤可用天数超过30天",
        subtitle="——新型储能度夏顶峰能力超过3000万千瓦",
        byline="本报北京6月11日讯（记者　苗启航　通讯员　庄宜）", authors=["苗启航", "庄宜"],
        lead="本报北京6月11日讯（记者　苗启航　通讯员　庄宜）", tail="（下转第2版）",
        notes="Front-page lead with 引题 (迎峰度夏能源保供全面提速), headline and ——副题: the ——副题 is the subtitle, the "
              "引题 is neither (as g02 of handmade22). Run-in 本报北京6月11日讯（记者 X　通讯员 Y） is the byline, excluded "
              "from first; reporter and 通讯员 are authors. **new:** the jump mark （下转第2版） run in at the end of the "
              "last line is excluded from last like a run-in credit; the body is what this page prints. The official "
              "quoted is not an author.",
        paras=[
            "记者从国家能源主管部门获悉，截至6月10日，全国统调电厂存煤达到2.18亿吨，可用天数超过30天，较去年同期增加4天；全国天然气储气设施储气量同比增长12.6%，迎峰度夏能源保供基础进一步夯实。",
            "今年以来，各地各企业提前谋划度夏保供工作。煤炭方面，主产区在确保安全前提下有序释放先进产能，1至5月全国规模以上工业原煤产量19.6亿吨，同比增长3.2%；铁路部门优化电煤运输组织，重点电厂电煤日均装车保持在8万车以上。",
            "电力方面，一批支撑性电源和跨区输电通道在度夏前投产。截至5月底，全国新型储能装机规模达到1.46亿千瓦，其中今年新增投运约2100万千瓦，主要分布在西北、华北和华东地区。据测算，今年度夏期间新型储能可提供顶峰能力超过3000万千瓦，相当于30座百万千瓦级电厂的出力。",
            "国家能源主管部门有关负责人表示，预计今夏全国最高用电负荷将比去年增长约1亿千瓦，部分地区高峰时段电力供需仍偏紧。下一步，将加强跨省跨区电力互济，完善需求侧响应机制，引导工商业用户错峰用电，确保居民生活、公共服务和重点产业用电需求。",
        ])
    pg.kicker(a, "迎峰度夏能源保供全面提速")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "保供既要顶得住也要调得灵", section="华源短评", kind="commentary",
        byline="（钟岳）", authors=["钟岳"], tail="（钟岳）",
        notes="Short comment under the label 华源短评 (section), signed （X） run in at the end: the byline, excluded from "
              "last; the writer is the author. Commentary.",
        paras=[
            "迎峰度夏是对能源系统韧性的年度“大考”。从存煤天数到储能顶峰能力，各项指标好于往年，说明保供的“底盘”更稳了。但也要看到，极端天气频发、用电负荷屡创新高，单靠增加装机、囤足燃料已难以从容应对。",
            "保供既要“顶得住”，也要“调得灵”。一方面，要发挥煤电兜底保障作用，确保关键时刻开得出、顶得上；另一方面，要让储能、虚拟电厂、可调节负荷等灵活性资源真正参与调度，通过价格信号引导用户主动削峰填谷。把“源网荷储”各环节的潜力挖出来，保供的底气才会更足。",
        ])
    pg.furniture(["华源短评"], "column label 华源短评")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "海上风电单机容量刷新纪录", kind="brief",
        byline="通讯员　韦一帆　摄", authors=["韦一帆"],
        notes="Photo news (brief): headline, caption text, then the credit line 通讯员 X　摄 (the byline, not body); "
              "the photographer of a photo news is its author (as g12 of handmade22).",
        paras=[
            "6月10日，在碧渚市以东海域，单机容量26兆瓦的海上风电机组完成吊装。该机组叶轮直径达310米，满发状态下每小时可发电2.6万千瓦时，年发电量可满足约5万户家庭一年的用电需求。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    d = Article(
        "d", "西北首条特高压柔性直流工程开工",
        byline="本报记者　蔺秋池", authors=["蔺秋池"],
        notes="Byline line 本报记者 X under the headline.",
        paras=[
            "6月11日，西北地区首条特高压柔性直流输电工程在岚川省沣原县开工建设。工程起于沣原换流站，止于岭东省嵘州换流站，线路全长1680公里，额定输送容量800万千瓦，计划于2037年建成投运。",
            "与常规直流相比，柔性直流输电可灵活控制有功和无功功率，更适合大规模新能源送出。工程投运后，每年可将约400亿千瓦时的风电、光伏电力送往东部负荷中心，新能源电量占比超过一半，每年可减少二氧化碳排放约3200万吨。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本期导读",
                  "■二版　迎峰度夏：电网如何“削峰填谷”",
                  "■三版　行业动态",
                  "■六版　企业·风采"], "本期导读 contents box")
    pg.blank()
    pg.furniture(["本版责任编辑：甘霖　　校对：邵明月　　电话：010-6851××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def j02() -> Page:
    """Energy daily 行业动态 page, WIDE column (42), blank lines only between items: label 动态速递 over six short
    items with run-in 本报讯（记者 X）, 本报讯（通讯员 X　记者 Y）, 本报讯（通讯员 X）, closing （X） / （本报记者 X）, one
    item with no credit at all."""
    pg = Page("j02.txt", cols=42, indent=FW * 2, blanks="arts", seed=2302,
              style="energy daily 行业动态 page in a WIDE column, blank lines only between items: header on three lines (page number + 版名; paper + date with weekday; 责任编辑 and 美编); label 动态速递 over SIX short items, each a one-line headline over its text: run-in 本报讯（记者 X）, 本报讯（通讯员 X　记者 Y）, 本报讯（通讯员 X） (通讯员 only), closing （X） and （本报记者 X） run in at the end, one item with no credit at all; footer with e-mail and proof-reader")
    pg.furniture(["3　行业动态",
                  "华源能源报　" + cn_date(2035, 6, 12),
                  "责任编辑：韶华　　美编：凌雪"], "page header")
    pg.blank()
    pg.furniture(["动态速递"], "column label 动态速递")
    pg.blank()
    items = [
        Article("a", "晨阳石化百万吨级乙烯项目投料试车",
                byline="本报讯（记者　范知秋）", authors=["范知秋"], lead="本报讯（记者　范知秋）",
                notes="Item under the label 动态速递 (section). Run-in 本报讯（记者 X） excluded from first.",
                paras=[
                    "6月10日，晨阳石化年产120万吨乙烯项目裂解装置一次投料试车成功，产出合格乙烯、丙烯产品。该项目总投资约280亿元，配套建设聚乙烯、乙二醇等下游装置10套，主要原料采用轻烃和石脑油。",
                    "项目全面投产后，预计年产值可达260亿元，将带动当地形成千亿级高端化工新材料产业集群。项目在国内首次采用大型裂解炉余热深度回收技术，装置综合能耗比行业基准水平低约12%。",
                ]),
        Article("b", "岭东电网虚拟电厂调节能力突破80万千瓦",
                byline="本报讯（通讯员　詹晓鸥　记者　贾沐风）", authors=["詹晓鸥", "贾沐风"],
                lead="本报讯（通讯员　詹晓鸥　记者　贾沐风）",
                notes="Item under the label 动态速递 (section). Run-in 本报讯（通讯员 X　记者 Y） excluded from first; both "
                      "are authors.",
                paras=[
                    "记者从岭东电力公司获悉，截至6月上旬，岭东电网聚合接入的虚拟电厂可调节能力达到82万千瓦，接入充电站、储能电站、商业楼宇空调等各类资源1.3万个。今年5月下旬的一次用电高峰中，虚拟电厂在30分钟内削减负荷56万千瓦，参与用户获得补偿收益约190万元。",
                ]),
        Article("c", "全国首个地热供暖碳普惠方法学发布",
                byline="（岳青）", authors=["岳青"], tail="（岳青）",
                notes="Item under the label 动态速递 (section), signed （X） run in at the end: byline, excluded from last.",
                paras=[
                    "日前，岭东省生态环境部门发布全国首个中深层地热供暖碳普惠方法学，明确了地热供暖项目减排量的核算边界、计算方法和监测要求。按照这一方法学，一个供暖面积100万平方米的地热项目每个采暖季可核证减排量约2.4万吨，可在地方碳普惠平台交易。",
                ]),
        Article("d", "沣原煤矿智能化综采工作面通过验收",
                byline="本报讯（通讯员　麦穗）", authors=["麦穗"], lead="本报讯（通讯员　麦穗）",
                notes="Item under the label 动态速递 (section). **new:** run-in 本报讯（通讯员 X） naming only a 通讯员: "
                      "the byline, excluded from first; the 通讯员 is the author.",
                paras=[
                    "6月8日，沣原能源集团下属沣原煤矿的两个智能化综采工作面通过省级验收。工作面实现了采煤机记忆截割、液压支架自动跟机和远程集中控制，单班作业人员由16人减少到5人，月均产量提高约18%。截至目前，该集团智能化采掘工作面已达到23个。",
                ]),
        Article("e", "5月全国充电基础设施新增27.6万台",
                notes="Item under the label 动态速递 (section) printed with NO credit at all: byline null, no authors.",
                paras=[
                    "据九州充电基础设施促进联盟统计，5月全国充电基础设施新增27.6万台，同比增长21.4%。截至5月底，全国充电基础设施累计数量达到1486万台，其中公共充电桩412万台，高速公路服务区充电桩覆盖率保持在98%以上。",
                ]),
        Article("f", "碧渚液化天然气接收站二期投产",
                byline="（本报记者　鲍远帆）", authors=["鲍远帆"], tail="（本报记者　鲍远帆）",
                notes="Item under the label 动态速递 (section), signed （本报记者 X） run in at the end: byline, excluded "
                      "from last.",
                paras=[
                    "碧渚液化天然气接收站二期工程日前正式投产，新建的4座27万立方米储罐同步投用。二期投产后，接收站年接卸能力由600万吨提升至1200万吨，储气能力相应增加约6.5亿立方米，可有效提升华东地区冬季调峰和应急保供能力。",
                ]),
    ]
    for i, art in enumerate(items):
        art.section = "动态速递"
        if i:
            pg.blank()
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["本版邮箱：hydt@hyny.cn　　校对：卢一清"], "footer")
    return pg


# ---------------------------------------------------------------------------
def j03() -> Page:
    """Agricultural daily 市场·行情 page: lead with a headline of two clauses parted by U+3000, byline line 本报记者 X,
    a price table BETWEEN two paragraphs; item with 引题 and run-in 本报讯（记者 X）; label 行情短评 over a comment
    with byline line □　X and an 作者单位 line after it; price index box."""
    pg = Page("j03.txt", cols=30, indent=FW * 2, blanks="some", seed=2303, p_para=0.4, p_gap=0.8,
              style="agricultural daily 市场·行情 page, blank lines sometimes: header on three lines (paper; date with weekday + 第6版; 版名 + 责任编辑); lead whose one-line headline has two clauses parted by U+3000, byline line 本报记者 X, a price table (title, unit line, header row, four rows, 数据来源) printed BETWEEN two paragraphs; item with 引题 (two phrases parted by U+3000) and run-in 本报讯（记者 X）; label 行情短评 over a comment with byline line □　X and an 作者单位 line after it; price index box (title, date, three rows, 数据来源); footer with designer and proof-reader")
    pg.furniture(["丰穗农民日报",
                  cn_date(2035, 6, 14) + "　第6版",
                  "市场·行情　　责任编辑：谷雨生"], "page header")
    pg.blank()
    a = Article(
        "a", "新麦收购开局平稳优质优价特征明显", head=["新麦收购开局平稳　优质优价特征明显"],
        byline="本报记者　田穗禾", authors=["田穗禾"],
        notes="Headline of two clauses printed on one line parted by U+3000: title written without the space. Byline "
              "line 本报记者 X. The price table printed between the second and third paragraphs is not body. The "
              "farmer quoted (覃守田) is not an author.",
        paras=[
            "眼下，南方冬小麦主产区收获进度已过八成，新麦收购陆续展开。记者近日在溯阳、青岘等地走访了解到，今年新麦整体品质较好，容重普遍在780克/升以上，收购价格开秤后稳中略涨，优质专用小麦溢价明显。",
            "据九州粮油信息中心监测，6月上旬主产区普通小麦收购均价为每斤1.24元，比去年同期上涨0.02元；强筋、弱筋等优质专用小麦收购价每斤普遍高出普通小麦0.05元至0.1元。",
            "“今年我们跟面粉厂签了订单，种的是强筋麦，每斤比普通麦多卖8分钱。”溯阳县种粮大户覃守田算了一笔账，家里流转的600亩地亩产达到1100斤，仅优质优价一项就能增收5万多元。",
            "业内人士分析，今年新麦上市量较大，但面粉企业和储备企业入市积极，市场购销总体活跃。考虑到最低收购价政策托底以及饲料替代需求增加，预计后期麦价将以稳为主。专家提醒，种粮农户要关注天气和市场变化，合理安排售粮节奏，避免集中上市导致卖粮难。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.blank()
    pg.furniture(["主产区新季普通小麦收购均价",
                  "（6月上旬，元/斤）",
                  "产区　　　均价　　比上年同期",
                  "溯阳　　　1.25　　＋0.03",
                  "青岘　　　1.23　　＋0.02",
                  "沣原　　　1.24　　＋0.01",
                  "岭东　　　1.26　　＋0.03",
                  "数据来源：九州粮油信息中心"], "price table between two paragraphs (not body)")
    pg.blank()
    pg.body(a, start=2)
    pg.gap()
    b = Article(
        "b", "生猪价格连续三周上涨", subtitle="供应阶段性偏紧　养殖端惜售情绪上升",
        byline="本报讯（记者　牛立春）", authors=["牛立春"], lead="本报讯（记者　牛立春）",
        notes="引题 above the headline (no ——副题): the subtitle, as g01 of handmade22. Run-in 本报讯（记者 X） excluded "
              "from first.",
        paras=[
            "据农业农村部门监测，6月第二周全国生猪出场均价为每公斤16.82元，环比上涨3.1%，已连续三周上涨；猪肉批发均价每公斤23.46元，环比上涨2.4%。",
            "分析人士认为，本轮猪价上涨主要受阶段性供应偏紧影响。去年四季度能繁母猪存栏有所调减，对应到今年二季度商品猪出栏减少；同时，部分养殖户看好后市，压栏惜售情绪上升，进一步推高价格。",
            "专家提醒，当前能繁母猪存栏仍处于正常保有量的合理区间，猪价缺乏大幅上涨的基础，养殖场户不宜盲目压栏增重或补栏，以免后期集中出栏带来价格回落风险。",
        ])
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "稳住“菜篮子”要算好长远账", section="行情短评", kind="commentary",
        byline="□　柯望岳", authors=["柯望岳"],
        notes="Comment under the label 行情短评 (section); byline line □　X (printed with the box mark, kept in the "
              "byline as printed). The 作者单位 line after the body is not body. Commentary.",
        paras=[
            "入夏以来，部分地区受高温和强降雨影响，蔬菜价格出现季节性波动。每到这个时候，“菜贵伤民、菜贱伤农”的老问题总会被重新提起。",
            "稳住“菜篮子”，不能只盯眼前的价格起落，更要算好长远账。一方面，要加强产销衔接，推动大型商超、批发市场与主产区建立稳定的订单关系，减少中间环节，让农民在价格低迷时也能卖得出、卖得好；另一方面，要补齐冷链仓储短板，提升错峰调节能力，让“季节菜”变成“全年菜”。",
            "更重要的是，要健全市场监测预警体系，及时发布供求和价格信息，帮助农户科学安排种植结构，从源头上减少“扎堆种、扎堆卖”。只有生产稳、流通畅、信息灵，“菜篮子”才能既拎得稳又拎得起。",
        ])
    pg.furniture(["行情短评"], "column label 行情短评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者单位：九州农业科学院农业经济与发展研究所）", "unit")
    pg.blank()
    pg.furniture(["丰穗农产品批发价格指数",
                  "（6月13日）",
                  "总指数　　　　118.46　　↑0.32",
                  "菜篮子产品　　119.87　　↑0.41",
                  "粮油　　　　　103.25　　↓0.06",
                  "数据来源：丰穗农业信息网"], "price index box (not an article)")
    pg.blank()
    pg.furniture(["美编：伍小棠　　校对：欧阳青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def j04() -> Page:
    """Agricultural daily 一线见闻 page in a NARROW column (10), ONE U+3000 indent: three stories with headlines on
    two lines broken at a phrase; bylines 本报记者 X　文／图, 本报记者 X　通讯员 Y, 实习生 X　本报记者 Y (wider than
    the column); a photo caption without credit after the first story."""
    pg = Page("j04.txt", cols=10, indent=FW, blanks="para", seed=2304,
              style="agricultural daily 一线见闻 page in a NARROW column, ONE U+3000 indent, blank lines between paragraphs and blocks: header on three lines (版名; paper; date with weekday + 第5版) wider than the column; three stories with headlines on two lines broken at a phrase (稻田里的 / “无人农场”); byline lines 本报记者 X　文／图, 本报记者 X　通讯员 Y and 实习生 X　本报记者 Y, wider than the column; a photo caption WITHOUT credit after the 文／图 story; footer")
    pg.furniture(["一线见闻",
                  "丰穗农民日报",
                  cn_date(2035, 6, 14) + "　第5版"], "page header")
    pg.blank()
    a = Article(
        "a", "稻田里的“无人农场”", head=["稻田里的", "“无人农场”"],
        byline="本报记者　禾青青　文／图", authors=["禾青青"],
        notes="Headline on two lines broken at a phrase, joined. **new:** byline line 本报记者 X　文／图 (text and "
              "photo by the same reporter): byline as printed, the reporter is the author; the caption after the "
              "body carries no credit and is not body. The co-operative head quoted (卫长庚) is not an author.",
        paras=[
            "6月初的沣原县稻花香合作社，2000亩稻田里看不到几个人影。一台无人驾驶插秧机沿着北斗导航规划好的线路来回穿梭，秧苗整齐地“站”进泥水里，行距误差不超过2厘米。",
            "“以前插秧要请40多个工人，忙半个月；现在3台机器、2个技术员，一个星期就干完了。”合作社理事长卫长庚指着手机上的作业地图说。地图上，每块田的墒情、苗情、作业进度一目了然。",
            "去年，沣原县在稻花香合作社建起全县首个“无人农场”，从育秧、插秧、植保到收割、烘干，全程实现机械化和智能化。测算显示，水稻亩均生产成本下降约160元，亩产提高约50斤。",
            "县农业农村局负责人介绍，今年全县将再建5个无人农场示范点，并组织农机手开展智能装备操作培训，让更多农户用上“新农具”。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(wrap("图为无人驾驶插秧机在沣原县稻花香合作社田间作业。", 10), "photo caption without credit (not body)")
    pg.gap()
    b = Article(
        "b", "老茶园焕发新生机", head=["老茶园", "焕发新生机"],
        byline="本报记者　叶知远　通讯员　许小满", authors=["叶知远", "许小满"],
        notes="Headline on two lines broken at a phrase, joined. Byline line 本报记者 X　通讯员 Y: both are authors. The "
              "village secretary quoted (温守义) is not an author.",
        paras=[
            "青岘县云雾村的半山腰上，一片种植于上世纪七十年代的老茶园，这两年又热闹了起来。",
            "“这片茶园荒了快十年，草比茶树还高。”村党支部书记温守义说。2033年，村里引进茶叶企业，以“企业＋合作社＋农户”的方式对老茶园进行改造，修剪老枝、套种绿肥、改用有机肥，还修通了产业路。",
            "老茶园的茶叶内含物质丰富，做成的白茶和红茶很受市场欢迎。今年春茶季，云雾村鲜叶收购价比周边高出两成，村集体经济收入预计突破60万元，130多户茶农户均增收8000元以上。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "村里来了“电商教练”", head=["村里来了", "“电商教练”"],
        byline="实习生　方可　本报记者　严冬", authors=["方可", "严冬"],
        notes="Headline on two lines broken at a phrase, joined. Byline line 实习生 X　本报记者 Y (the 实习生 named "
              "first): both are authors. The trainer (邹小禾) and villager (庞桂香) named in the text are not.",
        paras=[
            "每周三晚上，溯阳县柳塘村的村民活动室总是坐满了人。县里派来的“电商教练”邹小禾一边演示，一边手把手教村民拍短视频、写商品介绍、回复网友留言。",
            "“以前卖菜籽油只能等人上门收，现在自己开了网店，一个月能卖出去300多单。”村民庞桂香说。今年以来，溯阳县组建了30人的电商教练团，深入120多个村开展培训，累计培训农民4600人次，带动农产品网络销售额同比增长37%。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：戚禾　　校对：穆清"], "footer")
    return pg


PAGES = [j01, j02, j03, j04]
