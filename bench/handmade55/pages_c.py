"""Pages ky09-ky12 of handmade55 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (verse): the kit's render_body needs a prose paragraph, so the
    items are built here and written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def ky09() -> Page:
    """Evening paper 文旅周刊 page: travel essay with byline line X/文　Y/图 and a photo caption after it; 文旅
    market report (headline, ——副题, byline line 本报记者 X) with a table printed BETWEEN two paragraphs; label
    文旅资讯 over three ●-marked items."""
    pg = Page("ky09.txt", cols=30, indent=FW * 2, blanks="para", seed=5509,
              style="evening paper 文旅周刊 page, blank lines between paragraphs and blocks: header on three lines (版名 文旅周刊; paper + date with weekday; 第15版 + 责任编辑); travel essay with byline line X/文　Y/图 (writer and photographer), photo caption with credit Y　摄 after its body; economic 文旅 market report (holiday visitors and spending) with ——副题 and byline line 本报记者 X and a table (title, header row, four rows, 数据来源) printed BETWEEN two paragraphs; label 文旅资讯 over three items whose headlines begin with ●, one signed （记者 X） run in at the end; footer with proof-reader and designer")
    pg.furniture(["文旅周刊",
                  "岫城晚报　" + cn_date(2035, 5, 9),
                  "第15版　　责任编辑：葛青萝"], "page header")
    pg.blank()
    a = Article(
        "a", "在云岭古镇听一场雨", byline="林岚/文　周屿/图", authors=["林岚"],
        notes="Travel essay with byline line X/文　Y/图: only the writer (林岚) is an author, not the photographer "
              "(周屿). The photo caption with credit after the body is not body.",
        paras=[
            "到云岭古镇的那天，正赶上一场小雨。雨丝细细密密的，落在青瓦上没有一点声响，只有屋檐下的水珠，一滴一滴地敲着石板路。",
            "古镇不大，一条主街从镇口的石牌坊一直通到河边的老码头，不过一里多路。两边是木板门的老铺子，卖米酒的、打银器的、做竹编的，门口都挂着褪了色的布幌子。一位老婆婆坐在门槛上剥豆子，见我收了伞站在檐下躲雨，便招呼我进去喝碗热茶。",
            "雨渐渐大了。我坐在老婆婆家的堂屋里，听雨水从天井里落下来，哗哗地流进墙角的石槽。她说，这座房子是她太公手上盖的，住了五代人。镇上的年轻人大多去了城里，这几年搞旅游，又陆陆续续回来了一些，开民宿、开茶馆，镇子又热闹起来。",
            "傍晚雨停了，河面上升起一层薄雾。我沿着河岸往回走，身后的古镇一盏一盏亮起了灯。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["雨后的云岭古镇老街。　周屿　摄"], "photo caption with credit (not body)")
    pg.gap()
    b = Article(
        "b", "“五一”假期全市接待游客386万人次", subtitle="——旅游总花费同比增长17.8%",
        byline="本报记者　阮小溪", authors=["阮小溪"],
        notes="The page's economic item (文旅 market). ——副题 is the subtitle; byline line 本报记者 X. The table "
              "printed between two paragraphs is not body (body in pieces).",
        paras=[
            "记者从岫城市文化广电和旅游局获悉，“五一”假期5天，全市共接待游客386.2万人次，同比增长12.4%；实现旅游总花费31.7亿元，增长17.8%。全市A级旅游景区累计接待游客214万人次，乡村旅游点接待游客98万人次。",
            "从客源结构看，省外游客占比达到41%，比去年同期提高6个百分点。“古镇游”“非遗游”热度居高不下，云岭古镇、老街非遗市集等地游客量同比增长均超过三成。",
            "住宿和餐饮消费同样亮眼。假期全市星级饭店平均入住率达到89.6%，民宿平均入住率超过92%；重点监测的餐饮企业营业额增长21.3%。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b, end=2)
    pg.gap()
    pg.furniture(["“五一”假期重点景区接待游客（万人次）",
                  "景区　　　　　接待量　　同比增长",
                  "岫山风景区　　62.3　　　9.8%",
                  "云岭古镇　　　38.5　　　34.2%",
                  "老街非遗市集　27.1　　　—",
                  "岫湖湿地公园　21.6　　　15.7%",
                  "数据来源：岫城市文化广电和旅游局"], "table between two paragraphs (not body)")
    pg.gap()
    pg.body(b, start=2)
    pg.gap()
    pg.furniture(["文旅资讯"], "column label 文旅资讯")
    pg.gap()
    items = [
        Article("c1", "岫山索道恢复运营", section="文旅资讯", head=["●岫山索道恢复运营"],
                byline="（记者　阮小溪）", authors=["阮小溪"], tail="（记者　阮小溪）",
                notes="Item of the 文旅资讯 strip (section); the ● before the headline is a mark, not part of the "
                      "title. Credit （记者 X） run in at the end excluded from last.",
                paras=["经过为期两个月的检修改造，岫山景区索道于5月8日恢复运营，单向运力提升至每小时1500人。"]),
        Article("c2", "市图书馆推出“旅行书单”", section="文旅资讯", head=["●市图书馆推出“旅行书单”"],
                notes="Item of the 文旅资讯 strip, ● before the headline; no credit, no authors.",
                paras=["岫城市图书馆近日推出“带着书去旅行”主题书单，精选地方史志、游记和自然读物60种，读者可到馆借阅。"]),
        Article("c3", "夜游岫湖游船航线开通", section="文旅资讯", head=["●夜游岫湖游船航线开通"],
                notes="Item of the 文旅资讯 strip, ● before the headline; no credit, no authors.",
                paras=["岫湖夜游游船航线5月1日起开通，每晚19时至22时运营，航程约50分钟，票价每人80元。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["校对：裘一苇　　版式：柴小满"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ky10() -> Page:
    """Daily 体育 page in a very narrow column: marathon report with its headline letter-spaced across the column
    over two lines (broken mid-word) and run-in 本报讯（记者 X　通讯员 Y）; 成绩榜 table; photo news (brief) with
    credit line after the caption; event-economy report with byline line 本报记者 X; label 体坛快递 over two
    ◆ items."""
    pg = Page("ky10.txt", cols=18, indent=FW, blanks="para", seed=5510,
              style="daily 体育 page in a very narrow column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 6　体育); marathon report whose headline is letter-spaced with U+3000 across the column over two lines broken in mid-word, run-in 本报讯（记者 X　通讯员 Y） filling the first body line, the text starting on the next; 成绩榜 table (two titles, six rows of place, name, time); photo news (brief): headline, caption, credit line 本报记者 X　摄 after it; economic report (marathon spending) with headline on two lines and byline line 本报记者 X; label 体坛快递 over two items with ◆ headlines, one signed （X） run in at the end; footer wider than the column")
    pg.furniture(["霁川日报",
                  cn_date(2035, 3, 18),
                  "6　体育"], "page header")
    pg.blank()
    a = Article(
        "a", "霁川马拉松三万人开跑",
        byline="本报讯（记者　严松　通讯员　丘晓禾）", authors=["严松", "丘晓禾"],
        lead="本报讯（记者　严松　通讯员　丘晓禾）",
        notes="Headline letter-spaced with U+3000 across the narrow column, on two lines broken in mid-word (三 / 万人), "
              "joined unspaced. Run-in 本报讯（记者 X　通讯员 Y） fills the first body line (the text starts on the next), excluded from first; both are "
              "authors. Runners named are not.",
        paras=[
            "3月17日7时30分，2035霁川马拉松在市民广场鸣枪开跑，来自国内外的3万名跑者参赛。赛道途经老城区、滨江大道和高新区，沿途设置了24个补给站和12个文艺表演点。",
            "最终，男子全程冠军由澄湾选手钟启航以2小时13分41秒获得，女子全程冠军由本地选手苗若岚以2小时32分08秒获得，两人均打破赛会纪录。",
        ])
    pg.headline(a, lines=["霁　川　马　拉　松　三", "万　人　开　跑"])
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["成绩榜",
                  "男子全程前三名",
                  "1　钟启航　2:13:41",
                  "2　甘田　　2:14:05",
                  "3　阿布力　2:15:32",
                  "女子全程前三名",
                  "1　苗若岚　2:32:08",
                  "2　宁夏禾　2:33:47",
                  "3　邓小雨　2:35:10"], "成绩榜 results table (not an article)")
    pg.gap()
    p = Article(
        "p", "奔跑吧，少年", kind="brief",
        byline="本报记者　严松　摄", authors=["严松"],
        notes="Photo news (brief): headline, caption, credit line 本报记者 X　摄 after it (the byline); the "
              "photographer is the author.",
        paras=["3月17日，霁川马拉松迷你跑项目中，小学生们在滨江大道上奔跑。今年迷你跑首次设立亲子组，吸引了2000余个家庭参加。"])
    pg.headline(p)
    pg.gap()
    pg.body(p)
    pg.line(p, FW * 4 + p.byline, "byline")
    pg.gap()
    c = Article(
        "c", "一场马拉松带动消费1.2亿元", head=["一场马拉松", "带动消费1.2亿元"],
        byline="本报记者　邱望舒", authors=["邱望舒"],
        notes="The page's economic item (event economy). Headline on two lines, joined. Byline line 本报记者 X. The "
              "hotel manager quoted is not an author.",
        paras=[
            "据霁川市商务部门测算，霁川马拉松赛事期间，全市住宿、餐饮、交通、零售等消费总额约1.2亿元，其中外地跑者及陪同人员消费占比超过六成。",
            "赛前两天，市区酒店预订量同比增长近两倍。“很多跑者带着家人来，跑完还要逛两天。”滨江一家酒店的前厅经理说。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["体坛快递"], "column label 体坛快递")
    pg.gap()
    items = [
        Article("d1", "市羽毛球联赛报名启动", section="体坛快递", head=["◆市羽毛球联赛报名启动"],
                byline="（严松）", authors=["严松"], tail="（严松）",
                notes="Item of the 体坛快递 strip; the ◆ is a mark, not part of the title. Credit （X） run in at "
                      "the end excluded from last.",
                paras=["2035霁川市羽毛球业余联赛即日起接受报名，设男女单打、双打和混双5个项目。"]),
        Article("d2", "霁川队获省射箭赛团体冠军", section="体坛快递", head=["◆霁川队获省射箭赛", "团体冠军"],
                notes="Item of the 体坛快递 strip; ◆ headline on two lines, joined; no credit, no authors.",
                paras=["在日前结束的全省射箭锦标赛上，霁川队获得男子反曲弓团体冠军。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["本版编辑：葛川　　校对：聂舒　　美编：黎一帆"], "footer (wider than the column)")
    return pg


# ---------------------------------------------------------------------------
def ky11() -> Page:
    """Provincial daily 副刊 page, NO indent: essay with byline line □ X (lines letter-spaced); label 诗页 over a
    group of three poems (numbered sub-titles inside); book review with the book's data line AFTER the body;
    文创 industry item; 征稿启事."""
    pg = Page("ky11.txt", cols=36, indent="", blanks="arts", seed=5511,
              style="provincial daily 副刊 page, NO indent, blank lines only between articles, blocks and stanzas: header on two lines (副刊 name 青鹭湖; paper + 副刊 + date with weekday + 第12版); essay with byline line □ X, two body lines letter-spaced by justification; label 诗页 over a group of three poems (title …组诗（三首）, poet's name under it, numbered poem titles ①②③ inside, stanzas parted by blank lines); book review under label 读书 with byline line ◎ X and the book's data line （《书名》，author著，publisher date版） on a line of its own AFTER the body; economic 文创 industry item with run-in 本报讯（记者 X）; 征稿启事 notice; footer with editor and 投稿邮箱")
    pg.furniture(["青鹭湖",
                  "青鹭日报副刊　" + cn_date(2035, 6, 21) + "　第12版"], "page header")
    pg.blank()
    a = Article(
        "a", "母亲的针线笸箩", byline="□ 宁采薇", authors=["宁采薇"],
        notes="Essay with byline line □ X under its headline. Page without paragraph indent and without blank lines "
              "between paragraphs: paragraph ends show only as short lines. Two body lines letter-spaced by "
              "justification.",
        paras=[
            "母亲有一个针线笸箩，是外婆留下来的，用细竹篾编成，边沿磨得油亮。里面装着顶针、剪刀、线板、各色碎布头，还有一本夹满了鞋样的旧书。",
            "小时候家里孩子多，衣服总是大的穿了小的穿，破了就补。母亲白天下地，晚上就着煤油灯做针线，笸箩放在膝头，一坐就是大半夜。我常常一觉醒来，看见她还在灯下飞针走线，影子投在墙上，晃晃悠悠的。",
            "母亲的针线活在村里是出了名的。谁家娶媳妇、添孩子，都要请她去帮忙做被褥、缝小衣裳。她从不推辞，针脚匀匀的，密密的，像她过日子的样子。",
            "如今母亲老了，眼睛花了，穿不上针了。那只笸箩还放在她的床头，她说看着它，心里踏实。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    pg.emit(a, justify(pg.render_body(a), [3, 5], sep=" "))
    pg.blank()
    pg.furniture(["诗页"], "column label 诗页")
    pg.blank()
    b = Article(
        "b", "青鹭湖组诗（三首）", section="诗页", byline="叶行舟", authors=["叶行舟"],
        notes="Group of three poems printed as one item under the label 诗页 (section): the title …组诗（三首） as "
              "printed; the poet's name under it is the byline; the numbered titles ①湖岸 ②芦花 ③归鸟 are lines "
              "inside the body, which runs from ①湖岸 to the last verse line.",
        paras=[Cross("①湖岸"), Raw(["湖水把天空折叠起来", "放进一只白鹭的眼睛"]),
               Cross("②芦花"), Raw(["秋天走到这里就停了", "芦花替它白了头"]),
               Cross("③归鸟"), Raw(["最后一只鸟飞回来的时候", "湖面轻轻合上", "像一本读完的书"])])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    verse(pg, b, [b.paras[0].text] + b.paras[1].lines)
    pg.blank()
    verse(pg, b, [b.paras[2].text] + b.paras[3].lines)
    pg.blank()
    verse(pg, b, [b.paras[4].text] + b.paras[5].lines)
    pg.blank()
    pg.furniture(["读书"], "column label 读书")
    pg.blank()
    c = Article(
        "c", "一部小城的心灵史", section="读书", byline="◎ 贺兰舟", authors=["贺兰舟"],
        notes="Book review under the label 读书 (section), byline line ◎ X (the reviewer is the author). The book's "
              "data line （《小城春秋》，孟雪樵著，…版） on a line of its own AFTER the body is neither body nor "
              "byline; the novelist 孟雪樵 is not an author. Kind article (literary piece).",
        paras=[
            "孟雪樵的长篇小说《小城春秋》以一座江南小城为舞台，讲述了一条老街上四户人家半个世纪的悲欢离合。小说没有惊心动魄的情节，却以绵密的日常细节，写出了时代变迁中普通人的坚守与迷惘。",
            "小说最动人的地方，在于作者对人物的体贴。无论是守着裁缝铺不肯搬迁的老陈，还是外出闯荡又回到小城的阿芳，作者都没有简单地评判他们，而是耐心地写出他们各自的难处和光亮。",
            "读完全书，合上书页，那条老街仿佛就在眼前。这是一部小城的编年史，更是一部小城的心灵史。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.blank()
    pg.body(c)
    pg.line(c, "（《小城春秋》，孟雪樵著，青鹭出版社2035年1月版）", "bookdata")
    pg.blank()
    d = Article(
        "d", "青鹭文创产品年销售额突破5亿元",
        byline="本报讯（记者　祝小棠）", authors=["祝小棠"], lead="本报讯（记者　祝小棠）",
        notes="The page's economic item (culture industry: 文创 sales). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从青鹭市文化和旅游局获悉，2034年全市文创产品销售额达到5.3亿元，同比增长24%。以青鹭湖、古城墙等元素开发的文创雪糕、冰箱贴、丝巾等产品累计售出1200万件，其中线上销售占比超过四成。",
            "目前全市共有文创企业和工作室380余家，今年将举办首届青鹭文创设计大赛，并在主要景区设立文创集合店20家。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["征稿启事"]
                 + wrap("本版常年征集散文、随笔、诗歌、书评等稿件，散文随笔以2000字以内为宜，诗歌每组不超过40行。来稿请注明真实姓名、通讯地址和联系电话，一个月内未接到用稿通知的，可自行处理。", 36)
                 , "征稿启事 notice (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：龚一叶　　投稿邮箱：qinglu@qldaily.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ky12() -> Page:
    """Morning paper 教育 page, blank lines sometimes plus column breaks: wire item with run-in
    华岳社北京…电（记者 X、Y） and （完）; label 招考热点 over a Q&A with an admissions official; vocational-school
    feature (kicker, headline, byline line 本报记者 X　通讯员 Y) that is also the economic item; 教育装备展 item;
    招生咨询 advertisement."""
    pg = Page("ky12.txt", cols=26, indent=FW * 2, blanks="some", colbreak=10, seed=5512, p_para=0.5, p_gap=0.85,
              style="morning paper 教育 page, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on three lines (paper + date with weekday; A10; 教育); wire item with run-in 华岳社北京6月5日电（记者 X、Y） and （完） run in at the end; label 招考热点 over a Q&A: headline, ——副题 (访…负责人), byline line 本报记者 X, only 问：／答： paragraphs; vocational-school feature with 引题 kicker, headline with a quoted phrase, byline line 本报记者 X　通讯员 Y; economic item (教育装备展 signed contracts) with run-in 本报讯（记者 X）; 招生咨询 advertisement (广告, college, hotline, website); footer with editor and proof-reader")
    pg.furniture(["曜江晨报　" + cn_date(2035, 6, 6),
                  "A10",
                  "教育"], "page header")
    pg.blank()
    a = Article(
        "a", "今年高校招生计划继续向中西部倾斜",
        byline="华岳社北京6月5日电（记者　邓佩、丁若禾）", authors=["邓佩", "丁若禾"],
        lead="华岳社北京6月5日电（记者　邓佩、丁若禾）", tail="（完）",
        notes="Wire item of the invented agency 华岳社: run-in 华岳社北京6月5日电（记者 X、Y） excluded from first (both "
              "reporters are authors); （完） run in at the end excluded from last.",
        paras=[
            "记者5日从教育部门获悉，今年全国普通高校招生计划总规模稳中有增，国家继续实施支援中西部地区招生协作计划，安排招生计划20.6万名，由东部地区高校面向中西部省份招生。",
            "同时，重点高校面向农村和脱贫地区学生的专项计划继续实施，招生规模与去年基本持平。教育部门要求，各地各高校要严格执行招生计划，不得擅自调整。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["招考热点"], "column label 招考热点")
    b = Article(
        "b", "志愿填报有哪些新变化", section="招考热点", kind="interview",
        subtitle="——访曜江市教育考试院招生处负责人",
        byline="本报记者　蒋一舟", authors=["蒋一舟"],
        notes="Q&A under the label 招考热点 (section): ——副题 is the subtitle; byline line 本报记者 X (the interviewer, "
              "the author); body only 问：／答： paragraphs; the official who answers is not named and not an "
              "author. Kind interview.",
        paras=[
            "问：今年高考志愿填报时间是如何安排的？",
            "答：今年我市考生志愿填报分三个阶段进行。本科批志愿6月28日至7月2日填报，专科批志愿7月20日至22日填报，征集志愿时间另行公布。考生须在规定时间内登录省招生考试信息平台填报，逾期不予补报。",
            "问：与去年相比，今年有哪些变化？",
            "答：最大的变化是本科批的院校专业组志愿由45个增加到48个，每个专业组可填报6个专业。考生要认真研究招生章程，注意选科要求和体检限制，合理拉开志愿梯度。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "一所职校的“订单班”",
        byline="本报记者　蒋一舟　通讯员　余思齐", authors=["蒋一舟", "余思齐"],
        notes="Vocational-school feature that is also an economic item (school-enterprise cooperation). The 引题 "
              "kicker 产教融合看曜江 is neither title nor subtitle. Byline line 本报记者 X　通讯员 Y: both are authors. "
              "The teacher and student quoted are not.",
        paras=[
            "6月初，曜江职业技术学院新能源汽车专业的42名学生还没有毕业，就全部和曜江一家新能源汽车企业签订了就业协议。这是学校与企业合办的第三届“订单班”。",
            "“企业的工程师每周来学校上课，学生第三年直接进厂跟岗实习，学的就是企业正在用的技术。”专业负责人钟立川说。毕业生入职后平均月薪6200元，比同专业其他班级高出约15%。",
            "目前，学校已与38家企业开办“订单班”56个，每年为本地企业输送技术技能人才2000余人。",
        ])
    pg.kicker(c, "产教融合看曜江")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "教育装备展现场签约8.6亿元",
        byline="本报讯（记者　白晓舟）", authors=["白晓舟"], lead="本报讯（记者　白晓舟）",
        notes="Economic item (education-equipment trade fair). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "为期三天的第九届曜江教育装备博览会6月4日闭幕。本届博览会吸引了420家企业参展，展出智慧教室、实验教学、体育器材等产品1.6万余种，现场签约金额8.6亿元，同比增长22%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["广告",
                  "曜江职业技术学院2035年招生",
                  "招生咨询热线：0×××-5566××××",
                  "学院网址：www.yjzy.edu.cn"], "招生咨询 advertisement (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：申屠望　　校对：柳小舟"], "footer")
    return pg


PAGES = [ky09, ky10, ky11, ky12]
