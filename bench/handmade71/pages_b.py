"""Pages lo05-lo08 of handmade71 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def lo05() -> Page:
    """Water-resources paper 治水一线 page with column breaks: series label + 编者按 over the series' first report
    (byline line 本报记者 X　特约记者 Y); 一线 report with the credit （记者 X　通讯员 Y） run in at the end; label
    经验交流 over an article with byline line □ X and （作者系…） after it; photo news with headline and run-in credit."""
    pg = Page("lo05.txt", cols=34, indent=FW * 2, blanks="some", colbreak=9, seed=7105, p_para=0.45, p_gap=0.8,
              style="water-resources trade paper 治水一线 page, blank lines sometimes plus column breaks (a blank line every 9 body lines, also inside paragraphs): header on three lines (paper; date with weekday + 第3版; 治水一线 + 责任编辑 + 美术编辑); series label 走进重点水利工程 over an 编者按 paragraph introducing the series (not an article), then the series' first report with headline and byline line 本报记者 X　特约记者 Y; 一线 report with headline and NO byline line, the credit （记者 X　通讯员 Y） run in at the end; label 经验交流 over a work-experience article with byline line □ X under the headline and the line （作者系…局长） after the body; label 图片新闻 over a photo news with headline, caption and credit （X　摄） run in at the end; footer with 校对 and 投稿邮箱")
    pg.furniture(["江澜水利报",
                  cn_date(2034, 4, 17) + "　第3版",
                  "治水一线　　责任编辑：鲁望溪　　美术编辑：晏小帆"], "page header")
    pg.blank()
    pg.furniture(["走进重点水利工程"], "series label 走进重点水利工程 (the section of the report under it)")
    pg.furniture(wrap("　　编者按：今年是全省水利基础设施建设的关键之年，一批重点工程进入攻坚阶段。即日起，本报推出“走进重点水利工程”系列报道，走进施工一线，记录建设者的奋斗故事。敬请关注。", 34),
                 "编者按 introducing the series (not an article, not part of the first report) **new**")
    pg.gap()
    a = Article(
        "a", "鹤川水库除险加固工程进入冲刺阶段", section="走进重点水利工程",
        byline="本报记者　童泽远　特约记者　庄霁", authors=["童泽远", "庄霁"],
        notes="First report of a series: the series label 走进重点水利工程 above it is the section; the 编者按 "
              "paragraph between the label and the headline introduces the series and is not part of this article "
              "(non_articles). Byline line 本报记者 X　特约记者 Y: both authors. The project manager quoted (尹山) is "
              "not.",
        paras=[
            "4月15日，鹤川水库大坝上游坝坡，十余台挖掘机、碾压机来回穿梭，工人们正在铺设混凝土护坡。这座建于上世纪七十年代的中型水库，正在经历一次全面“体检”和“强身”。",
            "鹤川水库总库容8600万立方米，承担着下游12万亩农田灌溉和3个乡镇的防洪任务。由于运行多年，大坝存在渗漏、溢洪道结构老化等问题，被列为病险水库。去年11月，总投资2.3亿元的除险加固工程开工。",
            "“汛期之前必须完成主体工程，我们实行两班倒，24小时不停工。”项目经理尹山说。目前，防渗墙、坝坡护砌已完成，溢洪道改建完成总工程量的85%，预计5月底前具备蓄水条件。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "汛前检查不放过一处隐患",
        byline="（记者　童泽远　通讯员　焦川）", authors=["童泽远", "焦川"], tail="（记者　童泽远　通讯员　焦川）",
        notes="一线 report printed with no byline line; its credit （记者 X　通讯员 Y） run in at the END of the text is "
              "the byline, excluded from last; both are authors.",
        paras=[
            "连日来，江澜市水利局组织12个检查组，对全市42座水库、360公里堤防和86座水闸开展汛前安全检查，重点查看工程运行、防汛物资储备和应急预案落实情况。",
            "在白沙河堤防，检查人员发现一处穿堤涵闸启闭机锈蚀严重，当即要求管理单位限期整改。截至目前，共排查出各类隐患31处，已整改完成24处，其余隐患均落实了责任人和度汛措施。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["经验交流"], "column label 经验交流")
    c = Article(
        "c", "让河长制从“有名”走向“有实”", section="经验交流",
        byline="□ 左明渠", authors=["左明渠"],
        notes="Work-experience article under the label 经验交流 (section): byline line □ X under the headline (the "
              "official writes it and is the author); the line （作者系…局长） after the body names his post and is "
              "neither body nor byline (as the 作者单位 lines of handmade55).",
        paras=[
            "全面推行河长制以来，我县建立县乡村三级河长体系，落实河长286名。在实践中，我们体会到，河长制要见实效，关键在于“三个抓”。",
            "抓巡河，让问题早发现。推行河长巡河“电子打卡”，县级河长每月巡河不少于一次，乡级河长每旬一次，村级河长每周一次，去年共发现并解决问题420余个。",
            "抓联动，让治理成合力。建立“河长＋检察长＋警长”协作机制，对非法采砂、违法排污等行为形成高压态势。",
            "抓考核，让责任压下去。把河湖治理成效纳入乡镇年度考核，考核结果与干部评先评优挂钩。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture(["（作者系青渠县水利局局长）"], "（作者系…） line (not body, not byline)")
    pg.gap()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    p = Article(
        "p", "春灌忙", kind="brief", section="图片新闻",
        byline="（闵春水　摄）", authors=["闵春水"], tail="（闵春水　摄）",
        notes="Photo news (brief) under the label 图片新闻 (section): headline and caption; the credit （X　摄） run in at "
              "the end of the caption is the byline, excluded from last; the photographer is the author.",
        paras=["4月14日，鹤川灌区管理人员在干渠节制闸调度水量。目前灌区已累计供水1800万立方米，保障了18万亩小麦春灌用水。"])
    pg.headline(p)
    pg.body(p)
    pg.blank()
    pg.furniture(["本版校对：裴一川　　投稿邮箱：zsyx@jlslb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lo06() -> Page:
    """Power paper page: lead with kicker, ——副题, byline line naming two 通讯员, a photo caption BETWEEN two
    paragraphs; 班组故事 with byline line 文/图　本报通讯员 X; label 电力时评 over a comment signed at the end
    with a right-aligned name; run-in 本报讯（通讯员 X　Y）."""
    pg = Page("lo06.txt", cols=28, indent=FW, blanks="para", seed=7106,
              style="power-industry trade paper 基层·一线 page indented with ONE U+3000, blank lines between paragraphs and blocks: header on two lines (paper + date with weekday; 第6版 基层·一线); lead with 引题 kicker, headline, ——副题, byline line 本报记者 X　通讯员 Y　Z (two 通讯员), and a ▲ photo caption with credit printed BETWEEN two of its paragraphs; label 班组故事 over a feature with byline line 文/图　本报通讯员 X; label 电力时评 over a short comment signed at its END by the writer's name right-aligned on a line of its own; item with run-in 本报讯（通讯员 X　Y）; footer with 责编, 美编, 校对 on one line")
    pg.furniture(["北辰电力报　" + cn_date(2038, 7, 22),
                  "第6版　基层·一线"], "page header")
    pg.blank()
    a = Article(
        "a", "高温下的“电力保供战”",
        subtitle="——北辰供电公司迎峰度夏一线见闻",
        byline="本报记者　瞿安澜　通讯员　钱一苇　喻晓峰", authors=["瞿安澜", "钱一苇", "喻晓峰"],
        notes="Lead. The 引题 kicker 迎峰度夏·一线 is neither title nor subtitle; the ——副题 is the subtitle. Byline line "
              "本报记者 X　通讯员 Y　Z: all three are authors. The ▲ photo caption with its credit printed between two "
              "paragraphs is not body (the body is in two pieces). The workers quoted are not authors.",
        paras=[
            "7月20日14时，北辰城区气温达到39.2摄氏度，电网负荷再创新高。北辰供电公司调度大厅里，值班调度员紧盯屏幕，一条条指令有序下达。",
            "同一时刻，城东开发区一处配电房内，运维班班长洪刚正带着队员测温巡视。闷热的配电房里温度超过45摄氏度，不到十分钟，几个人的工作服就湿透了。“越是高温越不能松劲，一个接头发热处理不及时，就可能影响一片用户。”洪刚说。",
            "入夏以来，该公司投运新建变电站3座，完成146台配变增容改造，组建抢修队伍38支，实行“网格化”抢修，城区抢修平均到达现场时间缩短至18分钟。",
            "截至7月21日，北辰电网最高负荷达到1286万千瓦，同比增长9.4%，全网运行平稳，未发生拉闸限电。",
        ])
    pg.kicker(a, "迎峰度夏·一线")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.gap()
    pg.furniture(wrap("▲7月20日，运维人员在城东开发区配电房测温巡视。　钱一苇　摄", 28),
                 "photo caption with credit inside the lead (not body)")
    pg.gap()
    pg.body(a, start=2)
    pg.gap()
    pg.furniture(["班组故事"], "column label 班组故事")
    pg.gap()
    b = Article(
        "b", "“老黄牛”班组的新本事", section="班组故事",
        byline="文/图　本报通讯员　甄一帆", authors=["甄一帆"],
        notes="Feature under the label 班组故事 (section); byline line 文/图 本报通讯员 X (one person writes and "
              "photographs: the author). The team leader quoted is not.",
        paras=[
            "在北辰供电公司，输电运检二班被大家称作“老黄牛”班组：班里12个人，平均年龄42岁，守着800多公里线路。",
            "去年起，班里开始用无人机自主巡检。年过五十的副班长萧德厚第一个报名学飞，考下了无人机驾驶证。“以前爬一基塔要半个小时，现在无人机十分钟能巡五基。”如今，班组无人机巡检覆盖率达到92%，发现缺陷的数量比人工巡视多了近一倍。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["电力时评"], "column label 电力时评")
    pg.gap()
    c = Article(
        "c", "保供电也要保“小细节”", kind="commentary", section="电力时评",
        byline="邵青岩", authors=["邵青岩"],
        notes="Short comment under the label 电力时评 (section), kind commentary, signed at its END by the writer's "
              "name right-aligned on a line of its own (the byline, written without its leading U+3000s; not body).",
        paras=[
            "迎峰度夏，人们关注的往往是最高负荷、装机容量这些“大数字”。其实，决定保供成效的，常常是一个接头、一台配变、一次抢修这样的“小细节”。",
            "小细节连着大民生。把每一处隐患排查到位，把每一次抢修做到又快又好，千家万户的清凉才有保障。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, FW * 20 + c.byline, "byline")
    pg.gap()
    d = Article(
        "d", "雁坪变电站扩建工程投运",
        byline="本报讯（通讯员　柏思远　霍小雨）", authors=["柏思远", "霍小雨"],
        lead="本报讯（通讯员　柏思远　霍小雨）",
        notes="Run-in 本报讯（通讯员 X　Y） naming two 通讯员, excluded from first; both are authors.",
        paras=["7月19日，220千伏雁坪变电站扩建工程投运，新增主变容量24万千伏安，将有效缓解城北片区夏季用电紧张局面。"])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责编：史望舒　美编：言小溪　校对：阚一舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lo07() -> Page:
    """Railway paper 一线 page: run-in 本报讯　记者 X　通讯员 Y (no parentheses); label 图片新闻 over TWO photo news
    without headlines, each with a credit line after the caption; label 基层动态 over three ◆ items; a 投稿邮箱
    line between blocks; footer."""
    pg = Page("lo07.txt", cols=24, indent="  ", blanks="arts", seed=7107,
              style="railway trade paper 站段·一线 page indented with two ASCII spaces, blank lines only between articles and blocks: header on three lines (paper; date with weekday; 第4版　站段·一线); report with run-in 本报讯　记者　X　通讯员　Y　(no parentheses); label 图片新闻 over TWO photo news with NO headline, each caption followed by a credit line (X　摄, 本报特约记者　X　摄), the two not parted by a blank line; label 基层动态 over three items with ◆ heads on lines of their own, credits （X） run in at the end of two; a 投稿邮箱 line between blocks; report with byline line 本报记者　X; footer with 责编, 美编, 校对")
    pg.furniture(["远岫铁道报",
                  cn_date(2033, 1, 14),
                  "第4版　站段·一线"], "page header")
    pg.blank()
    a = Article(
        "a", "春运首日发送旅客9.6万人次",
        byline="本报讯　记者　卞知夏　通讯员　蒲远帆", authors=["卞知夏", "蒲远帆"],
        lead="本报讯　记者　卞知夏　通讯员　蒲远帆　",
        notes="Run-in dateline WITHOUT parentheses (本报讯　记者 X　通讯员 Y　) excluded from first; both are authors.",
        paras=[
            "1月13日是2033年春运首日，远岫铁路局管内各站共发送旅客9.6万人次，同比增长11.2%。其中，岫川站发送旅客3.1万人次，增开临客列车14对。",
            "为方便旅客出行，各站增设人工售票和服务窗口42个，启用自助实名制验证闸机186台，重点旅客预约服务“一站式”办理。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    p1 = Article(
        "p1", None, kind="brief", section="图片新闻",
        byline="黎晓光　摄", authors=["黎晓光"],
        notes="Photo news (brief) with NO headline under the label 图片新闻 (section): title null; the credit line X　摄 "
              "after the caption is the byline (not body); the photographer is the author.",
        paras=["1月13日，岫川站客运员在进站口为旅客提供引导服务。"])
    pg.body(p1)
    pg.line(p1, FW * 6 + p1.byline, "byline")
    p2 = Article(
        "p2", None, kind="brief", section="图片新闻",
        byline="本报特约记者　季怀远　摄", authors=["季怀远"],
        notes="Second photo news with NO headline, right under the first (no blank line between): title null; credit "
              "line 本报特约记者 X　摄 after the caption is the byline; the photographer is the author.",
        paras=["1月12日夜，岫川工务段职工在道岔区清除积雪，确保春运列车安全运行。"])
    pg.body(p2)
    pg.line(p2, FW * 2 + p2.byline, "byline")
    pg.blank()
    pg.furniture(["基层动态"], "column label 基层动态")
    items = [
        Article("b1", "岫川车辆段完成动车组春运整修", section="基层动态",
                byline="（庞立）", authors=["庞立"], tail="（庞立）",
                notes="Item of the 基层动态 digest (section), ◆ head on its own line (◆ not part of the title); credit "
                      "（X） run in at the end excluded from last.",
                paras=["岫川车辆段提前完成62组动车组春运整修任务，重点检查转向架、制动、空调等关键部件。"]),
        Article("b2", "梨山车务段开展应急演练", section="基层动态",
                notes="Item of the 基层动态 digest with no credit: no authors.",
                paras=["梨山车务段日前开展春运应急演练，模拟列车晚点、大客流滞留等情形，检验各岗位联动处置能力。"]),
        Article("b3", "青沟站“温情驿站”开门迎客", section="基层动态",
                byline="（司马晴）", authors=["司马晴"], tail="（司马晴）",
                notes="Item of the 基层动态 digest; credit （X） run in at the end (a two-character surname) excluded from "
                      "last.",
                paras=["青沟站候车室内的“温情驿站”配备了热水、常用药品和充电设备，为老幼病残孕旅客提供帮助。"]),
    ]
    for it in items:
        pg.headline(it, pad="◆")
        pg.body(it)
    pg.blank()
    pg.furniture(["本版投稿邮箱：zdyx@yxtdb.cn"], "投稿邮箱 line between blocks")
    pg.blank()
    c = Article(
        "c", "检车员的“听诊”功夫",
        byline="本报记者　卞知夏", authors=["卞知夏"],
        notes="Report with byline line 本报记者 X. The car inspector quoted (牛长海) is not an author.",
        paras=[
            "凌晨三点，岫川北站到达场。检车员牛长海手持检车锤，沿着一列刚到站的货车逐辆敲击检查。“听声音就能判断螺栓有没有松动。”干了26年检车，他练就了一副“好耳朵”。",
            "春运期间，他和工友们每天要检查货车车辆1200余辆，确保每一辆车安全出站。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["责编：时雨　美编：蓝可心", "校对：邢晚舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lo08() -> Page:
    """Agriculture paper 乡村振兴 page in a wide column: series label, headline, byline line, then the 编者按
    BETWEEN the byline and the body; label 经验交流 over an article whose byline line is POST、POST　NAME; label
    田间短评 over a comment with ■ byline; run-in 本报讯（记者 X）."""
    pg = Page("lo08.txt", cols=38, indent=FW * 2, blanks="some", seed=7108, p_para=0.3, p_gap=0.75,
              style="agriculture trade paper 乡村振兴 page in a wide column, blank lines sometimes: header on two lines (paper + 第7版; date with weekday + 乡村振兴 + 责任编辑); series label 乡村振兴一线行 over the series' first report: headline, byline line 本报记者 X　本报通讯员 Y, then an 编者按 paragraph printed BETWEEN the byline and the text (not body); label 经验交流 over a work-experience article whose byline line is POST、POST　NAME (党组书记、局长); label 田间短评 over a short comment with byline line ■ X; item with run-in 本报讯（记者 X）; footer (美编, 校对, 投稿邮箱)")
    pg.furniture(["垄上农业报　第7版",
                  cn_date(2039, 9, 9) + "　乡村振兴　责任编辑：毕秋实"], "page header")
    pg.gap()
    pg.furniture(["乡村振兴一线行"], "series label 乡村振兴一线行 (the section of the report under it)")
    a = Article(
        "a", "一颗山楂“红”了一座山", section="乡村振兴一线行",
        byline="本报记者　贺知秋　本报通讯员　蒙小麦", authors=["贺知秋", "蒙小麦"],
        notes="First report of a series under the label 乡村振兴一线行 (section). The 编者按 paragraph printed BETWEEN "
              "the byline line and the text introduces the series: not body, not an article (non_articles). Byline "
              "line 本报记者 X　本报通讯员 Y: both authors. The villagers quoted are not.",
        paras=[
            "九月的红崖村，漫山遍野的山楂树挂满了果子。村民祁大山站在自家果园里，一边摘果一边算账：“12亩山楂，今年能卖7万多元。”",
            "十年前，红崖村还是远近闻名的贫困村，山上种的山楂品种老、个头小，常常烂在树上。2031年，村里引进新品种，成立合作社，统一技术、统一收购，又引来一家食品企业建起山楂深加工厂，山楂糕、山楂汁、冻干山楂片销往全国。",
            "如今，红崖村山楂种植面积达到4600亩，年产鲜果1.2万吨，全产业链产值突破1.8亿元，村民人均可支配收入从2029年的不足9000元增加到去年的2.6万元。“山还是那座山，日子可不是从前的日子了。”村党支部书记甘永红说。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.furniture(wrap("　　【编者按】金秋时节，乡村处处涌动着丰收的喜悦。本报今起开设“乡村振兴一线行”专栏，记者深入田间地头，讲述各地产业兴旺、农民增收的生动故事。", 38),
                 "编者按 introducing the series, printed between the byline and the text (not body) **new**")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["经验交流"], "column label 经验交流")
    b = Article(
        "b", "小农户如何对接大市场", section="经验交流",
        byline="柳川县农业农村局党组书记、局长　简丰登", authors=["简丰登"],
        notes="Work-experience article under the label 经验交流 (section): byline line POST、POST　NAME under the "
              "headline (the whole line is the byline; the official is the author).",
        paras=[
            "小农户是我国农业经营的基本面。近年来，柳川县探索“龙头企业＋合作社＋农户”模式，引导小农户融入现代农业产业链，取得了一定成效。",
            "我们的主要做法是：培育一批带动能力强的龙头企业，全县市级以上农业产业化龙头企业达到46家；规范提升农民合作社，开展“空壳社”清理，做强示范社；搭建产销对接平台，每年组织农产品展销活动20余场，电商销售额突破9亿元。",
            "下一步，我们将在利益联结机制上下更大功夫，让农户更多分享产业增值收益。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["田间短评"], "column label 田间短评")
    c = Article(
        "c", "丰收节要让农民唱主角", kind="commentary", section="田间短评",
        byline="■ 卢穗生", authors=["卢穗生"],
        notes="Short comment under the label 田间短评 (section), kind commentary; byline line ■ X.",
        paras=[
            "中国农民丰收节快到了，各地都在筹备庆祝活动。办节要办出农味、办出实效，不能搞成只有领导讲话、演员表演的“独角戏”，要让农民唱主角、得实惠。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "全省秋粮收获机具准备就绪",
        byline="本报讯（记者　蔺丰收）", authors=["蔺丰收"], lead="本报讯（记者　蔺丰收）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=["记者从省农机中心获悉，全省今年秋收预计投入各类农机具56万台（套），其中玉米联合收获机2.3万台，机收率有望达到80%以上。各地已组建农机应急作业服务队340支。"])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["美编：洪小满　校对：阮秋浦　投稿邮箱：xczx@lsnyb.cn"], "footer")
    return pg


PAGES = [lo05, lo06, lo07, lo08]
