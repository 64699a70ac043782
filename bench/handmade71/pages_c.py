"""Pages lo09-lo12 of handmade71 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def lo09() -> Page:
    """Building-materials paper page with NO indent and NO blank line: plant report whose credit
    （本报记者 X　通讯员 Y） is printed on a line of its own AFTER the body; label 基层动态 over three ● items; photo
    news with headline whose credit 本报记者 X　摄 is run in at the end of the caption; label 言论 over a comment
    whose byline line is 本报评论员."""
    pg = Page("lo09.txt", cols=32, indent="", blanks="never", seed=7109,
              style="building-materials trade paper 行业·一线 page, NO indent and NO blank line anywhere (paragraph ends show only as short lines): header on two lines (paper + date with weekday; 第2版　行业·一线　责编 + 美编); plant report with headline and NO byline line, the credit （本报记者 X　通讯员 Y） on a line of its own AFTER the body; label 基层动态 over three items with ● heads on lines of their own, two signed run in at the end （X）, （通讯员　X）; label 图片新闻 over a photo news with headline, the credit 本报记者　X　摄 run in at the end of the caption after U+3000; label 言论 over a comment with byline line 本报评论员 (no person); footer with 校对 and 投稿邮箱")
    pg.furniture(["峰砾建材导报　" + cn_date(2032, 8, 26),
                  "第2版　行业·一线　责编：欧阳青　美编：柴小麦"], "page header")
    a = Article(
        "a", "瓷砖生产线装上“智慧大脑”",
        byline="（本报记者　阙云帆　通讯员　乔可）", authors=["阙云帆", "乔可"],
        notes="Plant report printed with no byline line under its headline: the credit （本报记者 X　通讯员 Y） on a "
              "line of its own AFTER the body is the byline (not body); both are authors. The plant manager quoted "
              "(汤新民) is not.",
        paras=[
            "在鸿岭陶瓷公司三号车间，一条长达800米的瓷砖生产线上几乎看不到工人。从原料配比、压制成型到烧成、分拣、包装，全部由中控系统自动完成。",
            "“过去一条线要60多个工人，现在只要12个。”厂长汤新民说。去年，公司投入1.8亿元实施智能化改造，生产线能耗下降14%，产品优等率从91%提高到98.5%。",
            "鸿岭所在的岭西陶瓷产区集聚了陶瓷企业120余家。今年上半年，产区已有37条生产线完成智能化改造，另有22条正在改造。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.furniture(["基层动态"], "column label 基层动态")
    items = [
        Article("b1", "岭西玻璃厂余热发电项目并网", section="基层动态",
                byline="（伍思齐）", authors=["伍思齐"], tail="（伍思齐）",
                notes="Item of the 基层动态 digest (section), ● head on its own line (● not part of the title); credit "
                      "（X） run in at the end excluded from last.",
                paras=["岭西玻璃厂浮法玻璃生产线余热发电项目日前并网，装机6000千瓦，年发电量约4500万千瓦时。"]),
        Article("b2", "石坞矿山复绿2000亩", section="基层动态",
                byline="（通讯员　覃一舟）", authors=["覃一舟"], tail="（通讯员　覃一舟）",
                notes="Item of the 基层动态 digest; credit （通讯员 X） run in at the end excluded from last.",
                paras=["石坞建材集团今年完成废弃矿山生态修复2000亩，种植乔灌木18万株，矿区植被覆盖率提高到65%。"]),
        Article("b3", "砂石骨料质量抽检合格率提升", section="基层动态",
                notes="Item of the 基层动态 digest with no credit: no authors.",
                paras=["省建材质检站二季度抽检砂石骨料样品216批次，合格率为96.3%，比一季度提高2.1个百分点。"]),
    ]
    for it in items:
        pg.headline(it, pad="●")
        pg.body(it)
    pg.furniture(["图片新闻"], "column label 图片新闻")
    p = Article(
        "p", "新型墙材走俏市场", kind="brief", section="图片新闻",
        byline="本报记者　阙云帆　摄", authors=["阙云帆"], tail=FW + "本报记者　阙云帆　摄",
        notes="Photo news (brief) under the label 图片新闻 (section): headline and caption; the credit 本报记者 X　摄 "
              "run in at the end of the caption after a U+3000 is the byline, excluded from last; the photographer "
              "is the author.",
        paras=["8月24日，峰砾新型墙材公司工人在装运蒸压加气混凝土砌块。今年以来，该公司订单同比增长三成。"])
    pg.headline(p)
    pg.body(p)
    pg.furniture(["言论"], "column label 言论")
    c = Article(
        "c", "绿色转型没有“局外人”", kind="commentary", section="言论",
        byline="本报评论员",
        notes="Comment under the label 言论 (section), kind commentary; byline line 本报评论员 names no person: no "
              "authors.",
        paras=[
            "建材行业是能源消耗和碳排放的重点行业。推进绿色低碳转型，不只是大企业的事，也不只是某一个环节的事。",
            "从矿山开采到生产制造，从产品运输到建筑应用，每一个环节都有节能降碳的空间。只有全产业链协同发力，行业绿色转型才能行稳致远。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["校对：宫晓棠　　投稿邮箱：hyyx@flbcdb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lo10() -> Page:
    """Water-resources paper page in a narrow column: headline on two lines, byline line 特约记者 X; a 一线 report
    whose body comes FIRST and whose headline and byline line are printed AFTER it; label 水利时评 over a
    comment signed （X） at the end; photo news with no headline and a credit line."""
    pg = Page("lo10.txt", cols=20, indent=FW * 2, blanks="para", seed=7110,
              style="water-resources trade paper 基层 page in a narrow column, blank lines between paragraphs and blocks: header on three lines (版名 letter-spaced 基　层; paper; date with weekday + 第8版); report with headline on two lines and byline line 特约记者　X; 一线 report whose body comes FIRST and whose headline and byline line 本报通讯员　X　Y are printed AFTER it; label 水利时评 over a comment signed （X） run in at the end; photo news with NO headline and credit line 本报通讯员　X　摄 after the caption; footer on two lines (责编, 美编, 校对; 投稿邮箱)")
    pg.furniture(["基　层",
                  "沧泽水利报",
                  cn_date(2031, 10, 30) + "　第8版"], "page header")
    pg.blank()
    a = Article(
        "a", "白鹭湾灌区续建配套工程通过验收", head=["白鹭湾灌区续建配套", "工程通过验收"],
        byline="特约记者　祝汀兰", authors=["祝汀兰"],
        notes="Headline on two lines, joined. Byline line 特约记者 X; the 特约记者 is the author.",
        paras=[
            "10月28日，白鹭湾大型灌区续建配套与现代化改造工程通过竣工验收。工程历时两年，完成投资3.6亿元，改造干支渠168公里、渠系建筑物920座。",
            "改造后，灌区渠系水利用系数由0.52提高到0.61，新增恢复灌溉面积5.4万亩，年可节水2300万立方米。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "守闸人的二十个秋天",
        byline="本报通讯员　葛鸣泉　戴小溪", authors=["葛鸣泉", "戴小溪"],
        notes="一线 report whose body is printed FIRST; its headline and byline line (本报通讯员 X　Y, two names, both "
              "authors) come AFTER the body (as ky06 of handmade55). The sluice keeper (邱老根) is not an author.",
        paras=[
            "天刚蒙蒙亮，邱老根就沿着闸顶走了一圈，摸摸启闭机，看看水位尺，在本子上记下一行数字。这是他守护柳塘节制闸的第二十个年头。",
            "闸站离最近的村子有五里路，常年只有他和老伴两个人。二十年里，他记满了47本值班日志，经历了大小汛情30多次，闸门从没出过一次差错。",
            "“闸门关系着下游几万亩地，马虎不得。”邱老根说。明年他就要退休了，最近正手把手地带着两个年轻人熟悉闸站的每一颗螺丝。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.furniture(["水利时评"], "column label 水利时评")
    pg.gap()
    c = Article(
        "c", "节水要从“小处”着手", kind="commentary", section="水利时评",
        byline="（聂清流）", authors=["聂清流"], tail="（聂清流）",
        notes="Short comment under the label 水利时评 (section), kind commentary; signed （X） run in at the end, "
              "excluded from last.",
        paras=[
            "一条渠道渗漏一点，一块农田多灌一点，看似不起眼，积少成多就是不小的浪费。",
            "节水不能只盯着大工程，更要在渠道防渗、计量到户、水价改革这些“小处”下功夫。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    p = Article(
        "p", None, kind="brief",
        byline="本报通讯员　童一川　摄", authors=["童一川"],
        notes="Photo news (brief) with NO headline and NO label: the caption is the whole item, title null; the "
              "credit line 本报通讯员 X　摄 after it is the byline; the photographer is the author.",
        paras=["10月27日，水文监测人员在沧泽河黄石站测流。"])
    pg.body(p)
    pg.line(p, FW * 2 + p.byline, "byline")
    pg.blank()
    pg.furniture(["责编：方渡　美编：鲍一苇　校对：简秋",
                  "投稿邮箱：jc@czslb.cn"], "footer wider than the column")
    return pg


# ---------------------------------------------------------------------------
def lo11() -> Page:
    """Oil-field paper page with column breaks: 一线 report whose byline is on the headline line; label 经验交流
    over an article signed at its END (right-aligned POST　NAME); label 基层动态 over three ▲ items; photo news
    with headline and a credit line."""
    pg = Page("lo11.txt", cols=27, indent=FW, blanks="some", colbreak=8, seed=7111, p_para=0.4, p_gap=0.8,
              style="oil-and-gas trade paper 油田一线 page indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 8 body lines, also inside paragraphs): header on three lines (paper; date with weekday; 第3版　油田一线); 一线 report with 引题 kicker and its byline 记者　X　通讯员　Y printed ON the headline line after a U+3000; label 经验交流 over a work-experience article with NO byline under the headline, signed at its END by POST　NAME right-aligned on a line of its own; label 基层动态 over three ▲ items, credits （X）, （通讯员　X） run in at the end, one none; label 图片新闻 over a photo news with headline and credit line 本报特约记者　X　摄; footer on one line with 责编, 美编, 校对 and 投稿邮箱")
    pg.furniture(["瀚原石油报",
                  cn_date(2035, 2, 6),
                  "第3版　油田一线"], "page header")
    pg.gap()
    a = Article(
        "a", "钻井队的春节“不打烊”",
        byline="记者　冯砺川　通讯员　杭小棠", authors=["冯砺川", "杭小棠"],
        notes="一线 report whose byline is printed ON the headline line (after a U+3000): title_line is that line, "
              "the title the headline only; both are authors. The 引题 kicker 一线·新春走基层 is neither title nor "
              "subtitle. The driller quoted (卫大勇) is not an author.",
        paras=[
            "正月初三，瀚原油田北坡作业区，70182钻井队的井架上彩旗飘扬。司钻卫大勇紧盯着钻压表，身旁的对讲机里不时传来井场各岗位的报告声。",
            "这口井设计井深4850米，目前已钻至3920米。“春节不停钻，是为了赶在3月前交井。”卫大勇说，全队48人，有31人留在了井上过年。",
            "除夕夜，钻井队在营地包了饺子，还和家属视频连线拜年。作业区负责人介绍，春节期间油田共有127支钻井、作业队伍坚守一线，原油日产量保持在1.86万吨以上。",
        ])
    pg.kicker(a, "一线·新春走基层")
    pg.line(a, a.title + FW + a.byline, "title")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["经验交流"], "column label 经验交流")
    b = Article(
        "b", "老油田稳产靠“精细”二字", section="经验交流",
        byline="瀚原油田采油三厂厂长　萧定远", authors=["萧定远"],
        notes="Work-experience article under the label 经验交流 (section) with no byline under its headline: it is "
              "signed at its END by POST　NAME right-aligned on a line of its own (the byline, written without its "
              "leading U+3000s; not body); the official is the author.",
        paras=[
            "采油三厂开发已近四十年，综合含水率超过90%。面对资源劣质化的现实，我们把“精细”作为稳产的根本。",
            "精细油藏研究，一井一策制定措施；精细注水管理，实施分层注水井612口，水驱动用程度提高到78%；精细成本控制，推行单井效益评价，关停低效井43口。",
            "去年，全厂原油产量连续第六年保持在160万吨以上，自然递减率控制在7.2%以内。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 8 + b.byline, "byline")
    pg.gap()
    pg.furniture(["基层动态"], "column label 基层动态")
    items = [
        Article("c1", "采油二厂光伏发电突破亿千瓦时", section="基层动态",
                byline="（闵一帆）", authors=["闵一帆"], tail="（闵一帆）",
                notes="Item of the 基层动态 digest (section), ▲ head on its own line (▲ not part of the title); credit "
                      "（X） run in at the end excluded from last.",
                paras=["采油二厂油区分布式光伏项目累计发电突破1亿千瓦时，相当于减排二氧化碳8万余吨。"]),
        Article("c2", "井下作业公司开展冬季练兵", section="基层动态",
                byline="（通讯员　黎穗）", authors=["黎穗"], tail="（通讯员　黎穗）",
                notes="Item of the 基层动态 digest; credit （通讯员 X） run in at the end excluded from last.",
                paras=["井下作业公司利用冬季生产间隙，组织技能练兵比武，1300余名员工参加了12个项目的比赛。"]),
        Article("c3", "储运站完成罐区隐患治理", section="基层动态",
                notes="Item of the 基层动态 digest with no credit: no authors.",
                paras=["北坡储运站完成5座原油储罐防腐和消防系统改造，罐区本质安全水平得到提升。"]),
    ]
    for it in items:
        pg.headline(it, pad="▲")
        pg.body(it)
    pg.gap()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    p = Article(
        "p", "雪中巡井", kind="brief", section="图片新闻",
        byline="本报特约记者　宁远山　摄", authors=["宁远山"],
        notes="Photo news (brief) under the label 图片新闻 (section): headline, caption, credit line 本报特约记者 X　摄 "
              "after it (the byline); the photographer is the author.",
        paras=["2月4日，采油一厂员工冒雪巡检油井。入冬以来，该厂加密巡井频次，确保油井正常生产。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    pg.furniture(["责编：闻一禾　美编：季小穗　校对：鲍晴　投稿邮箱：ytyx@hysyb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lo12() -> Page:
    """Shipping paper page in a wide column: lead with kicker, ——副题 and byline line; label 一线传真 over two
    run-in items; label 言论 over a comment with a 评论员 pen name; photo news with headline and credit line;
    header with 版名, footer with editors and 投稿邮箱."""
    pg = Page("lo12.txt", cols=40, indent="  ", blanks="arts", seed=7112,
              style="shipping trade paper 港航一线 page in a wide column indented with two ASCII spaces, blank lines only between articles and blocks: header on two lines (paper + 第5版 + 港航一线; date with weekday + 责任编辑 + 美编); lead with 引题 kicker, headline, ——副题, byline line 本报记者　X　通讯员　Y; label 一线传真 over two items, each a headline over a run-in 本报讯（通讯员 X） or 本报讯（记者 X　实习生 Y）; label 言论 over a short comment with byline line 文／X; photo news (no label) with headline, caption and credit line 通讯员　X　摄; label 经验交流 over an article with byline line NAME（post）; footer (校对; 投稿邮箱)")
    pg.furniture(["远帆水运报　第5版　港航一线",
                  cn_date(2036, 12, 4) + "　责任编辑：湛明远　美编：戈小鱼"], "page header")
    pg.blank()
    a = Article(
        "a", "内河航运“公转水”提速",
        subtitle="——澜江干线港口集装箱运量同比增长23%",
        byline="本报记者　易渡舟　通讯员　雷小帆", authors=["易渡舟", "雷小帆"],
        notes="Lead. The 引题 kicker 运输结构调整 is neither title nor subtitle; the ——副题 is the subtitle. Byline line "
              "本报记者 X　通讯员 Y: both authors. The shipper quoted is not.",
        paras=[
            "记者从澜江航务管理局获悉，今年1月至11月，澜江干线港口完成集装箱吞吐量286万标准箱，同比增长23%；其中“公转水”货物占比达到41%，比去年同期提高6个百分点。",
            "运量增长的背后，是航道条件的持续改善。随着澜江中游航道整治工程完工，3000吨级船舶可常年直达上游的岫州港，单船运输成本比公路运输降低近一半。“一个集装箱从岫州运到入海口，走水路能省1200多元。”一家外贸企业的物流主管说。",
            "澜江航务管理局有关负责人表示，明年将继续推进港口集疏运体系建设，新开通内河集装箱航线4条，力争“公转水”货物占比突破45%。",
        ])
    pg.kicker(a, "运输结构调整")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["一线传真"], "column label 一线传真")
    b1 = Article("b1", "岫州港首艘电动集装箱船投运", section="一线传真",
                 byline="本报讯（通讯员　庞浩）", authors=["庞浩"], lead="本报讯（通讯员　庞浩）",
                 notes="Item under the label 一线传真 (section); run-in 本报讯（通讯员 X） excluded from first.",
                 paras=["12月2日，岫州港首艘纯电动集装箱船“澜江电航1”号投入运营。该船可装载120标准箱，满电续航220公里，每年可减少燃油消耗约500吨。"])
    b2 = Article("b2", "青岚船闸年过闸货运量创新高", section="一线传真",
                 byline="本报讯（记者　易渡舟　实习生　钟小鹿）", authors=["易渡舟", "钟小鹿"],
                 lead="本报讯（记者　易渡舟　实习生　钟小鹿）",
                 notes="Item under the label 一线传真; run-in 本报讯（记者 X　实习生 Y） excluded from first; both authors.",
                 paras=["截至12月3日，青岚船闸今年过闸货运量达到1.46亿吨，提前28天超过去年全年水平，创建闸以来新高。"])
    for it in (b1, b2):
        pg.headline(it)
        pg.body(it)
    pg.blank()
    pg.furniture(["言论"], "column label 言论")
    c = Article(
        "c", "让绿色航运“驶”得更远", kind="commentary", section="言论",
        byline="文／许望帆", authors=["许望帆"],
        notes="Short comment under the label 言论 (section), kind commentary; byline line 文／X.",
        paras=[
            "电动船舶、岸电设施、LNG动力，绿色航运的新图景正在展开。但也要看到，电动船舶购置成本高、充换电设施不足等问题仍然制约着推广应用。",
            "推动绿色航运，既需要政策引导，也需要市场发力。完善补贴政策、加快配套建设、创新运营模式，多管齐下，绿色航运才能行得稳、驶得远。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    p = Article(
        "p", "冬季航道维护忙", kind="brief",
        byline="通讯员　柯江月　摄", authors=["柯江月"],
        notes="Photo news (brief) with no label: headline, caption, credit line 通讯员 X　摄 after it (right-aligned, "
              "written without its leading U+3000s); the photographer is the author.",
        paras=["12月1日，澜江航道处工作人员在岫州段调整航标位置，确保枯水期航道畅通。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, FW * 14 + p.byline, "byline")
    pg.blank()
    pg.furniture(["经验交流"], "column label 经验交流")
    d = Article(
        "d", "以“船员之家”建设稳定船员队伍", section="经验交流",
        byline="贾承舟（远帆航运集团党委副书记）", authors=["贾承舟"],
        notes="Work-experience article under the label 经验交流 (section); byline line NAME（post）: the whole line is "
              "the byline, the official is the author.",
        paras=[
            "船员是航运企业的核心力量。近年来，我们把“船员之家”建设作为稳定队伍的重要抓手，在12个主要港口设立船员服务站，为船员提供休息、体检、心理疏导等服务。",
            "同时，建立船员家属联络机制，船员在船期间家中遇到困难，由服务站上门帮扶。三年来，集团船员流失率由15%降至6%。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.blank()
    pg.furniture(["校对：葛晚晴", "投稿邮箱：ghyx@yfsyb.cn"], "footer")
    return pg


PAGES = [lo09, lo10, lo11, lo12]
