"""Pages lr09-lr12 of handmade74 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def lr09() -> Page:
    """Provincial daily 理论 page: label 思想纵横 over an essay (byline ◎ NAME, unnumbered crossheads on lines of
    their own, （作者系…） after it); an essay whose body comes FIRST and whose headline and byline line are printed
    AFTER it; 图表 box; label 理论书架 over a new-book note with run-in credit （NAME） at its end; footer."""
    cols = 24
    pg = Page("lr09.txt", cols=cols, indent=FW * 2, blanks="para", seed=7409,
              style="provincial daily 理论 page, blank lines between paragraphs and blocks: header on three lines (paper; 理论 + 第8版; date with weekday); label 思想纵横 over an essay with byline line ◎ NAME, unnumbered crossheads on lines of their own (short phrases that read like headlines), and （作者系…） after the body; an essay whose body is extracted FIRST and whose headline and byline line 作者　NAME are printed AFTER it; 图表 box (title, four rows, 数据来源); label 理论书架 over a new-book note signed （NAME） run in at its end; footer with 本版编辑 and 美编")
    pg.furniture(["东渚日报",
                  "理论　第8版",
                  cn_date(2038, 4, 17)], "page header")
    pg.gap()
    pg.furniture(["思想纵横"], "column label 思想纵横")
    a = Article(
        "a", "以系统观念推进生态环境治理", section="思想纵横",
        byline="◎ 阚思远", authors=["阚思远"],
        notes="Essay under the label 思想纵横 (section), byline line ◎ NAME. Its crossheads 统筹山水林田湖草 / "
              "统筹发展和保护 are short phrases on lines of their own (body lines that read like headlines). The line "
              "（作者系…） after the body is not body. Kind article.",
        paras=[
            "生态是统一的自然系统，是相互依存、紧密联系的有机链条。推进生态环境治理，必须坚持系统观念，从全局出发统筹谋划。",
            Cross("统筹山水林田湖草"),
            "东渚江流域横跨11个县（市），上下游、左右岸治理长期各管一段。近年来，流域内建立联防联治机制，实行统一规划、统一监测、统一执法，干流水质连续三年保持Ⅱ类。",
            Cross("统筹发展和保护"),
            "保护生态环境就是保护生产力。要健全生态产品价值实现机制，探索生态补偿、碳汇交易等路径，让守护绿水青山的地方和群众得到实实在在的回报。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（作者系东渚省委党校哲学教研部主任）"], "作者系 note (not body)")
    pg.gap()
    b = Article(
        "b", "青年理论学习要“学”“思”“行”贯通",
        byline="作者　栾一白", authors=["栾一白"],
        notes="**new** Body extracted FIRST, its headline and the byline line 作者　NAME printed AFTER it (the "
              "title_line after body_end); the writer is the author. Kind article.",
        paras=[
            "青年是理论学习的生力军。学，要原原本本读原著、学原文、悟原理，不满足于碎片化阅读；思，要带着问题学，联系实际想，把道理想明白、想透彻。",
            "行，是学和思的落脚点。青年要到基层一线、到艰苦地方去经风雨、见世面，在解决实际问题中检验所学、增长才干。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.furniture(["图表　东渚省理论宣讲活动开展情况（2037年）",
                  "宣讲场次　　　　2.6万场",
                  "覆盖群众　　　　418万人次",
                  "组建宣讲队伍　　1340支",
                  "其中青年宣讲团　365支",
                  "数据来源：省委宣传部"], "图表 box (not an article)")
    pg.gap()
    pg.furniture(["理论书架"], "column label 理论书架")
    c = Article(
        "c", "《县域治理现代化十讲》出版", section="理论书架",
        byline="（郑疏影）", authors=["郑疏影"], tail="（郑疏影）",
        notes="New-book note under the label 理论书架 (section); the credit （NAME） run in at its end is the byline, "
              "excluded from last. The book's author (宫明远) is not an author of the note. Kind article.",
        paras=["由东渚大学教授宫明远主编的《县域治理现代化十讲》近日由东渚人民出版社出版。全书分十讲，围绕县域经济、基层党建、乡村治理、公共服务等主题，结合省内20多个县的鲜活案例展开论述，可作为基层干部学习读本。"])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["本版编辑：盛晚晴　　美编：卞一凡"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lr10() -> Page:
    """Economic daily 思想周刊 page, wide column: label 特别策划·学者笔谈 over a general headline on two lines and
    an 编者按; three pieces with their own headlines, each signed at the END on a line （作者：NAME　post）; long
    essay with run-in crossheads （一）…（二）…（三）… and byline line NAME　NAME under the headline; footer."""
    cols = 38
    pg = Page("lr10.txt", cols=cols, indent="  ", blanks="some", seed=7410, p_para=0.3, p_gap=0.75,
              style="economic daily 思想周刊 page indented with two ASCII spaces, blank lines sometimes: header on two lines (paper + date with weekday; 思想周刊 + 第13版 + 主编); label 特别策划·学者笔谈 over a general headline printed on two lines and an 编者按 paragraph; three pieces, each with its own headline, NO byline under it and a signature line （作者：NAME　post） after its body; long essay with byline line NAME　NAME under the headline and crossheads （一）…（二）…（三）… run in at the start of paragraphs; footer with 本版编辑, 版式 and 校对")
    pg.furniture(["澄江经济报　" + cn_date(2033, 12, 2),
                  "思想周刊　第13版　　主编：严伯钧"], "page header")
    pg.gap()
    pg.furniture(["特别策划·学者笔谈",
                  "推动长三角南翼一体化发展",
                  "需要在哪些方面率先突破"], "label and the general headline of the 笔谈 (two lines, a group headline)")
    pg.furniture(wrap("【编者按】区域一体化发展是推动高质量发展的重要引擎。本期邀请三位学者，分别从交通、产业和公共服务三个角度建言献策。", cols, "  "),
                 "编者按 (not an article)")
    pg.gap()
    sec = "特别策划·学者笔谈"
    pieces = [
        ("a", "交通互联要从“连起来”到“通起来”", "祝遥", "澄江交通大学交通运输学院教授",
         ["近年来，区域内高铁、城际铁路和高速公路网络加速成形，但“连而不通”“通而不畅”的问题依然存在。部分省际断头路尚未打通，跨市公交换乘不便，城际铁路公交化运营程度不高。",
          "下一步，应推进跨省域轨道交通统一规划、统一运营，实行“一票通行”，让区域内居民享受同城化出行体验。"]),
        ("b", "产业协同要避免“同质竞争”", "樊星河", "澄江大学区域经济研究院院长",
         ["区域内各市都在发展新能源汽车、集成电路和生物医药，招商引资中“抢项目”现象时有发生。要建立产业链协同发展机制，按照比较优势明确分工，推行跨区域项目利益分享，变“零和博弈”为“正和共赢”。"]),
        ("c", "公共服务要让群众“共享”", "甘霖", "澄江财经大学公共管理学院副教授",
         ["一体化最终要体现在群众的获得感上。应加快推进医保异地结算、社保关系转移接续、学籍互认等“跨省通办”事项，让群众少跑腿、好办事。"]),
    ]
    for key, title, name, post, paras in pieces:
        art = Article(
            key, title, section=sec, byline="（作者：" + name + "　" + post + "）", authors=[name], kind="commentary",
            notes="**new** One of three pieces of a 学者笔谈 under the label 特别策划·学者笔谈 (section); the general "
                  "headline on two lines over the 编者按 is the group's, not this piece's (non-article). Own headline; "
                  "NO byline under it: the signature line （作者：NAME　post） after the body is the byline (the scholar "
                  "the author). Kind commentary.",
            paras=paras)
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.line(art, art.byline, "byline")
        pg.gap()
    d = Article(
        "d", "以制度型开放引领更高水平开放型经济",
        byline="罗映川　黎思齐", authors=["罗映川", "黎思齐"],
        notes="Essay with the byline line NAME　NAME under the headline (both authors). Crossheads （一）…（二）…（三）… "
              "are run in at the start of paragraphs (bold phrase, then text) and stay in the body. Kind article.",
        paras=[
            "从商品和要素流动型开放向规则、规制、管理、标准等制度型开放拓展，是新时代扩大高水平对外开放的必然要求。澄江作为开放前沿，理应在这方面先行一步。",
            "（一）对接国际高标准经贸规则。在数字贸易、知识产权保护、政府采购等领域开展压力测试，率先探索与国际通行规则相衔接的制度安排。",
            "（二）提升贸易投资便利化水平。深化国际贸易“单一窗口”建设，全面落实外商投资准入前国民待遇加负面清单管理制度，保障外资企业平等参与标准制定和政府采购。",
            "（三）营造市场化法治化国际化营商环境。完善涉外商事纠纷多元化解机制，加强涉外法律服务人才培养，让各类经营主体放心投资、安心经营。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["本版编辑：殷照水　　版式：韩霁　　校对：鲁未名"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lr11() -> Page:
    """City party daily 理论 page in a very narrow column: 评论员文章 with a letter-spaced headline over two lines,
    ——副题 ——三论… and 本报评论员; label 理论热点面对面 over a Q&A (问：／答：) signed at its end by a line of the
    paper's department; essay with byline line unit　NAME; footer wider than the column."""
    cols = 16
    pg = Page("lr11.txt", cols=cols, indent=FW * 2, blanks="some", seed=7411, p_para=0.35, p_gap=0.7,
              style="city party daily 理论 page in a very narrow column, blank lines sometimes: header on three lines (paper; date with weekday; 理论　第4版); 评论员文章 with its headline letter-spaced with U+3000 over two lines, the ——副题 ——三论… and the line 本报评论员; label 理论热点面对面 over a Q&A (headline, 问：／答： paragraphs) signed at its END by the line 本报理论部 (no person); essay with byline line unit　NAME under the headline; footer wider than the column")
    pg.furniture(["青崖日报",
                  cn_date(2039, 3, 3),
                  "理论　第4版"], "page header")
    pg.gap()
    a = Article(
        "a", "让创新活力竞相迸发",
        subtitle="——三论奋力建设创新青崖",
        byline="本报评论员", authors=[], kind="commentary",
        notes="评论员文章: headline letter-spaced with U+3000 over two lines (written unspaced, joined); the ——副题 "
              "——三论… (the third of a series of 评论员文章) is the subtitle; 本报评论员 is the byline and names no "
              "person: no authors. Kind commentary.",
        paras=[
            "创新是引领发展的第一动力。去年，青崖全社会研发投入强度达到3.1%，高新技术企业突破5000家，创新已成为这座城市最鲜明的气质。",
            "让创新活力竞相迸发，就要让企业唱主角、人才挑大梁。要完善科技成果转化收益分配机制，赋予科研人员更大的人财物支配权，让创新者名利双收。",
        ])
    pg.headline(a, sep=FW, lines=["让创新活力", "竞相迸发"])
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["理论热点面对面"], "column label 理论热点面对面")
    b = Article(
        "b", "怎样理解“新质生产力”？", section="理论热点面对面",
        byline="本报理论部", authors=[],
        notes="**new** Q&A under the label 理论热点面对面 (section): headline, 问：／答： paragraphs, no expert named; "
              "signed at its END by the line 本报理论部 (the byline; a department, not a person: no authors). Kind "
              "article (an explainer, not an interview of a named person).",
        paras=[
            "问：新质生产力“新”在哪里？",
            "答：它以科技创新为主导，摆脱了传统增长方式，具有高科技、高效能、高质量特征。",
            "问：普通劳动者能做些什么？",
            "答：不断学习新知识、掌握新技能，在岗位上用好新技术，就是为发展新质生产力出力。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 10 + b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "基层治理贵在“接地气”",
        byline="青崖学院　晁小舟", authors=["晁小舟"],
        notes="Essay with the byline line unit　NAME under the headline (the unit first, then the person, who is the "
              "author). Kind article.",
        paras=[
            "治理好不好，要到群众中去找答案。走进楼道院落，听听居民的家长里短，许多问题就有了解决的办法。",
            "干部多下沉一步，群众就多一分信任。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["本版编辑：岳清辉　　美编：符小鱼　　校对：骆冬"], "footer (wider than the column)")
    return pg


# ---------------------------------------------------------------------------
def lr12() -> Page:
    """Provincial party daily 观点 page, wide column, blank lines between paragraphs: 评论员文章 with ——一论…
    subtitle and 本报评论员; label 今日谈 over a short comment with run-in credit （NAME） at its end; label 学术争鸣
    over a rejoinder (——与…商榷 subtitle, byline ◇ NAME, crossheads 一、二、 that are long sentences); label
    望远楼札记 (a named column) over an essay with byline 文｜NAME; 图表 box; footer."""
    cols = 40
    pg = Page("lr12.txt", cols=cols, indent=FW * 2, blanks="para", seed=7412,
              style="provincial party daily 观点 page in a wide column, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday + 第5版; 观点 + 责任编辑); 评论员文章 with the ——副题 ——一论… and the line 本报评论员; label 今日谈 over a short comment signed （NAME） run in at its end; label 学术争鸣 over a rejoinder with the ——副题 ——与…商榷, byline line ◇ NAME and crossheads 一、二、 that are long sentences; label 望远楼札记 (a named column) over an essay with byline line 文｜NAME; 图表 box (title, five rows, 数据来源, 制图); footer with 本版编辑 and 校对")
    pg.furniture(["星沅日报",
                  cn_date(2036, 10, 28) + "　第5版",
                  "观点　　责任编辑：宓晓川"], "page header")
    pg.gap()
    a = Article(
        "a", "坚定不移推进绿色低碳转型",
        subtitle="——一论深入学习贯彻省委十三届九次全会精神",
        byline="本报评论员", authors=[], kind="commentary",
        notes="评论员文章: ——副题 ——一论… is the subtitle, 本报评论员 the byline (no person: no authors). Kind "
              "commentary.",
        paras=[
            "省委十三届九次全会作出加快发展方式绿色转型的部署，为星沅未来发展指明了方向。",
            "推进绿色低碳转型，既是应对资源环境约束的必然选择，也是培育新增长点的重大机遇。要坚决遏制高耗能、高排放、低水平项目盲目上马，加快传统产业绿色化改造，大力发展风电、光伏、储能等清洁能源产业，让绿色成为星沅高质量发展的鲜明底色。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["今日谈"], "column label 今日谈")
    b = Article(
        "b", "“好评率”不能成为“好看率”", section="今日谈",
        byline="（宗远）", authors=["宗远"], tail="（宗远）", kind="commentary",
        notes="Short comment under the label 今日谈 (section), signed （NAME） run in at its end: the byline, excluded "
              "from last; the writer the author. Kind commentary.",
        paras=["一些政务服务平台好评率常年保持在99%以上，群众却反映办事仍有不便。评价数据好看，不等于群众满意。要让评价回归真实，把差评当作改进工作的“信号灯”，而不是需要“消灭”的对象。"])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["学术争鸣"], "column label 学术争鸣")
    c = Article(
        "c", "数字劳动是否创造价值", section="学术争鸣",
        subtitle="——与谷一川先生商榷",
        byline="◇ 帅照临", authors=["帅照临"],
        notes="**new** Rejoinder under the label 学术争鸣 (section): ——副题 ——与…先生商榷 is the subtitle, and the scholar "
              "argued with (谷一川) is not an author. Byline line ◇ NAME. The crossheads 一、二、 are long sentences "
              "on lines of their own (body lines). Kind article.",
        paras=[
            "本刊第38期刊发的谷一川先生《平台经济中的价值创造问题》一文认为，用户在平台上的浏览、点赞等活动属于数字劳动，同样创造价值。笔者对此有不同看法，愿就教于谷先生和学界同仁。",
            Cross("一、用户的日常网络活动与生产性劳动应当区分开来"),
            "并非一切产生数据的活动都是劳动。用户浏览和社交主要是消费和生活活动，其产生的数据只是平台开展生产的原材料，真正将其加工为数据产品的，是平台雇用的工程师和算法工作者。",
            Cross("二、平台利润的来源需要放在整个社会生产中考察"),
            "平台的高额利润，相当部分来自对广告主和商家的流量分成，本质上是对社会剩余价值的再分配，不能简单归结为用户“无偿劳动”的结果。",
        ])
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["望远楼札记"], "column label 望远楼札记 (a named column)")
    d = Article(
        "d", "从一张老地图看城市的生长", section="望远楼札记",
        byline="文｜温澜", authors=["温澜"],
        notes="Essay under the named column 望远楼札记 (section), byline line 文｜NAME (the writer the author). Kind "
              "article.",
        paras=[
            "书房里挂着一张1950年代的星沅城区图，那时的城市不过沿江一条狭长地带，北门外就是大片农田。对照今天的地图，城区面积已扩大了二十多倍。",
            "城市的生长，不只是面积的扩张，更是功能的完善和品质的提升。今天，我们更需要思考的，是如何让城市从“长大”走向“长好”。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["图表：星沅市建成区面积变化",
                  "年份　　　建成区面积（平方公里）",
                  "1955　　　18",
                  "1985　　　46",
                  "2005　　　152",
                  "2035　　　396",
                  "数据来源：星沅市自然资源和规划局　　制图：包小满"], "图表 box (not an article)")
    pg.gap()
    pg.furniture(["本版编辑：俞青禾　　校对：祁北辰"], "footer")
    return pg


PAGES = [lr09, lr10, lr11, lr12]
