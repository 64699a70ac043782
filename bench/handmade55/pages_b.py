"""Pages ky05-ky08 of handmade55 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (verse, numbered tips): the kit's render_body needs a prose
    paragraph, so the items are built here and written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def ky05() -> Page:
    """Evening paper 教育周刊 page extracted with a blank line after EVERY line: 中考招生 item with run-in
    本报讯（记者 X）; school feature (kicker, headline, byline line 文／图　本报记者 X); a school's 招生简章 notice;
    研学 market report with byline line 本报记者 X　实习生 Y."""
    pg = Page("ky05.txt", cols=22, indent="  ", blanks="every", seed=5505,
              style="evening paper 教育周刊 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines (paper + date with weekday; A08 + 版名); 中考招生计划 item with run-in 本报讯（记者 X）; school feature with 引题 kicker, headline opening with a place and a quoted phrase, byline line 文／图　本报记者 X (writer and photographer one person); a school's 招生简章 notice (title, numbered items, 咨询电话, address; not an article); economic 研学 market report with byline line 本报记者 X　实习生 Y; footer with editor and proof-reader")
    pg.furniture(["霁川晚报　" + cn_date(2035, 6, 10),
                  "A08　教育周刊"], "page header")
    a = Article(
        "a", "今年普通高中招生计划增加1860个",
        byline="本报讯（记者　舒望晴）", authors=["舒望晴"], lead="本报讯（记者　舒望晴）",
        notes="Run-in 本报讯（记者 X） excluded from first. Page extracted with a blank line after every line.",
        paras=[
            "记者从霁川市教育局获悉，2035年全市普通高中计划招生2.46万人，比去年增加1860人，普职招生比例保持大体相当。新增计划主要投向城区新建的3所高中和7所县域高中扩容项目。",
            "市教育局有关负责人表示，今年继续将优质普通高中招生名额的60%分配到区域内初中学校，并向农村和薄弱初中倾斜。中考将于6月24日至26日举行。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "山坳里的“星空课堂”",
        byline="文／图　本报记者　聂小满", authors=["聂小满"],
        notes="School feature. The 引题 kicker 走进乡村学校 is neither title nor subtitle. Byline line 文／图　本报记者 X: "
              "one person wrote and photographed, the author. The headmaster and pupil quoted are not authors.",
        paras=[
            "晚上8点，霁川市北岭镇中心小学的操场上，二十几个孩子围着一架天文望远镜，轮流把眼睛凑近目镜。“看到了，土星有一个圈！”四年级学生石小禾兴奋地喊了起来。",
            "这所学校距离城区70多公里，全校只有186名学生。三年前，物理老师出身的校长卫明远自费买了第一架望远镜，在学校开起了天文兴趣课。没想到，孩子们一下子就着了迷。",
            "如今，学校的“星空课堂”已经有了4架望远镜、1间天文活动室，每月组织两次夜间观测。去年，学校的孩子们还在全省青少年天文知识竞赛中拿到了团体二等奖。",
            "“山里的光污染少，星星特别亮，这是城里孩子没有的条件。”卫明远说，他希望孩子们从仰望星空开始，慢慢爱上科学。",
        ])
    pg.kicker(b, "走进乡村学校")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["霁川市新城实验中学2035年秋季招生简章",
                  "一、招生计划：初一新生12个班，共540人。",
                  "二、招生范围：新城区学区内适龄儿童。",
                  "三、报名时间：7月1日—7月5日。",
                  "四、报名方式：登录市义务教育招生平台",
                  "网上报名。",
                  "咨询电话：0×××-6215××××",
                  "学校地址：霁川市新城区文昌路9号"], "a school's 招生简章 notice (not an article)")
    c = Article(
        "c", "暑期研学产品预订量同比增长四成",
        byline="本报记者　褚澜　实习生　武小禾", authors=["褚澜", "武小禾"],
        notes="The page's economic item (研学 / education travel market). Byline line 本报记者 X　实习生 Y: both are "
              "authors. The travel agency manager quoted is not.",
        paras=[
            "暑假临近，研学旅行市场持续升温。记者从霁川市多家旅行社了解到，截至6月上旬，暑期研学产品预订量同比增长约四成，自然科考、航天科普、非遗体验等主题线路最受家长青睐，5天至7天的中长线产品人均价格在3800元左右。",
            "“今年家长更看重课程内容和安全保障，不再只看去了哪里。”一家旅行社研学部门负责人说。市文旅部门提醒，家长选择研学产品时应查验机构资质，签订正规合同，警惕“游而不学”的低价团。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["编辑：任小川　　校对：郗明"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ky06() -> Page:
    """Morning paper 副刊 page: a continued-from line, then a serialised story (label 长篇连载, headline with the
    instalment number, byline line X　著, （未完待续） on a line of its own); an essay whose headline and byline
    are printed AFTER its body; a poem; a culture-consumption item; lines letter-spaced by justification."""
    pg = Page("ky06.txt", cols=28, indent=FW * 2, blanks="some", seed=5506, p_para=0.4, p_gap=0.85,
              style="morning paper 副刊 page, blank lines sometimes: header on three lines (paper; 副刊·江声; date with weekday + B6); label 长篇连载 over a serialised story whose headline carries the instalment number （二十一）, byline line X　著, the line （上接4月19日本版） under it and （未完待续） on a line of its own after the body, four body lines letter-spaced by justification; an essay whose body comes FIRST and whose headline and byline line □ X are printed AFTER it; poem with the poet's name under the title; economic culture-consumption item (实体书店 夜读) with run-in 本报讯（记者 X）; footer with 投稿邮箱 and editor")
    pg.furniture(["曜江晨报",
                  "副刊·江声",
                  cn_date(2035, 4, 26) + "　B6"], "page header")
    pg.blank()
    pg.furniture(["长篇连载"], "column label 长篇连载")
    a = Article(
        "a", "渡口人家（二十一）", section="长篇连载", byline="沈青禾　著", authors=["沈青禾"],
        notes="Instalment of a serialised novel under the label 长篇连载 (section): the headline with the instalment "
              "number （二十一） is the title as printed; byline line X　著 (the novelist is the author). The line "
              "（上接4月19日本版） under the byline and （未完待续） on a line of its own after the body are not body. "
              "Four body lines are letter-spaced by justification. Characters of the story are not authors.",
        paras=[
            "秋分过后，江水一天比一天瘦下去。老周把渡船拴在歪脖子柳树上，蹲在石阶上抽烟，看对岸的芦苇一片片白了头。",
            "“爹，县里来人了。”小满从坡上跑下来，裤脚上沾满了泥，“说是要在上游修一座大桥，往后过江就不用坐船了。”",
            "老周没有抬头，只是把烟锅在鞋底上磕了磕。他在这个渡口撑了三十一年船，送过赶考的学生、出嫁的姑娘、参军的后生，也送走过自己的爹娘。他早就知道会有这么一天，可这一天真的来了，心里还是空落落的。",
            "“修桥是好事。”过了半晌，他才开口，“桥修好了，你娘回娘家也方便。”小满看着父亲的背影，想说什么，终究没有说出口。江风吹过来，渡船轻轻撞着石阶，发出咚咚的声响，像是谁在敲一扇很旧的门。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.furniture(["（上接4月19日本版）"], "continued-from line (not body)")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [0, 4, 6, 9], sep=" "))
    pg.furniture(["（未完待续）"], "（未完待续） on a line of its own (not body)")
    pg.blank()
    b = Article(
        "b", "江边的渡船", byline="□ 傅寒山", authors=["傅寒山"],
        notes="Essay whose body is printed FIRST and whose headline and byline line □ X come AFTER it (the body "
              "starts right after the serial's （未完待续） line). The writer is the author.",
        paras=[
            "我第一次坐渡船，是七岁那年跟着母亲去外婆家。船很小，只能坐十来个人，船头挂着一盏马灯，船尾的老艄公戴着斗笠，一声不响地摇着橹。",
            "江面很宽，雾气从水上升起来，对岸的山只露出一道淡淡的影子。母亲把我搂在怀里，叮嘱我不要把手伸到水里去。我却偷偷地伸了，江水凉丝丝的，从指缝间滑过去，像一条看不见的鱼。",
            "如今，那个渡口早已建起了大桥，开车过江不过两三分钟。可每次经过桥上，我还是会往桥下望一望，仿佛那条小船还在雾里，慢慢地摇向对岸。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "五月", byline="余照", authors=["余照"],
        notes="Poem: title, the poet's name alone on the next line (byline; the poet is the author), verse lines "
              "printed without indent.",
        paras=[Raw(["五月的麦田是一封长信", "风一页一页地翻", "布谷鸟在信的末尾", "签上了自己的名字"])])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    verse(pg, c, c.paras[0].lines)
    pg.blank()
    d = Article(
        "d", "实体书店“夜读经济”升温",
        byline="本报讯（记者　骆清扬）", authors=["骆清扬"], lead="本报讯（记者　骆清扬）",
        notes="The page's economic item (culture consumption). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从曜江市新闻出版部门获悉，今年一季度，全市42家延时经营至22时以后的实体书店夜间客流同比增长38%，夜间图书及文创销售额占全天的比重达到31%。不少书店推出读书会、小型音乐会、手作课等活动，吸引年轻人“下班去书店”。",
            "据介绍，曜江市今年将安排专项资金600万元，对开展夜间经营和公益阅读活动的实体书店给予房租补贴。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["投稿邮箱：jiangsheng@yjcb.cn　　本版编辑：柯望舒"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ky07() -> Page:
    """Provincial daily 体育 page in a narrow column: wire match report (run-in 华岳社…电（记者 X）) whose body is cut
    in two by the week's 赛程 box; label 体坛观察 over a comment with byline line □ X and a continued-to line;
    label 体育快讯 over two items with run-in 【headline】; sports-industry report with byline line
    本报记者 X　通讯员 Y."""
    pg = Page("ky07.txt", cols=20, indent=FW * 2, blanks="para", seed=5507,
              style="provincial daily 体育 page in a narrow column, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 8　体育); wire match report with run-in 华岳社澄湾6月3日电（记者 X） whose body is CUT IN TWO by the 本周赛程 box printed between its paragraphs; label 体坛观察 over a comment with byline line □ X and the line （下转第10版） at its end; label 体育快讯 over two items whose headlines are run in at the start of their text in 【】 (the first signed （X） run in at the end); economic sports-industry report (体育产业总产出) with byline line 本报记者 X　通讯员 Y; footer with editor")
    pg.furniture(["澜州日报",
                  cn_date(2035, 6, 4),
                  "8　体育"], "page header")
    pg.blank()
    a = Article(
        "a", "澜州女排3比1力克东屿队",
        byline="华岳社澄湾6月3日电（记者　岑远帆）", authors=["岑远帆"],
        lead="华岳社澄湾6月3日电（记者　岑远帆）",
        notes="Wire match report of the invented agency 华岳社 (华岳通讯社): run-in 华岳社澄湾6月3日电（记者 X） excluded "
              "from first. The 本周赛程 box printed between two of its paragraphs is not body (body in pieces). "
              "Players and coach named are not authors.",
        paras=[
            "全国女子排球锦标赛第二阶段比赛3日在澄湾体育馆展开。在座无虚席的焦点战中，澜州队以3比1战胜东屿队，取得小组赛两连胜。四局比分为25比21、23比25、25比19、25比22。",
            "首局比赛，澜州队凭借主攻手房雨桐的连续强攻，一度领先6分，东屿队虽奋力追赶，仍以21比25先失一局。第二局东屿队加强拦网，副攻邹晴连续拦死对手进攻，扳回一局。",
            "关键的第三局，澜州队主教练许照临换上二传手乔小麦，球队进攻节奏明显加快。第四局双方战至22平，房雨桐连得3分为球队锁定胜局。她全场拿下27分，成为比赛得分王。",
            "按照赛程，澜州队5日将迎战北岬队，争夺小组头名。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a, end=2)
    pg.blank()
    pg.furniture(["本周赛程",
                  "6月5日　澜州—北岬",
                  "6月5日　东屿—石渠",
                  "6月7日　澜州—石渠",
                  "6月7日　北岬—东屿"], "本周赛程 box printed between two paragraphs of the report (not body)")
    pg.blank()
    pg.body(a, start=2)
    pg.gap()
    pg.furniture(["体坛观察"], "column label 体坛观察")
    b = Article(
        "b", "别让天价门票挡住球迷", section="体坛观察", kind="commentary",
        byline="□ 莫问川", authors=["莫问川"],
        notes="Comment under the label 体坛观察 (section), byline line □ X; commentary. The line （下转第10版） at its "
              "end (continued on another page) is not body.",
        paras=[
            "近来，一些热门赛事的门票价格一涨再涨，部分场次的二手票价甚至翻了好几倍，不少球迷感叹“看一场球要花掉半个月的菜钱”。",
            "赛事火爆是好事，但票价不能只看眼前。球迷是职业体育的根基，一座城市的体育氛围，靠的是一代又一代普通球迷走进球场。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.furniture(["（下转第10版）"], "continued-to line (not body)")
    pg.gap()
    pg.furniture(["体育快讯"], "column label 体育快讯")
    pg.blank()
    c1 = Article("c1", "澜州站攀岩赛周末开赛", section="体育快讯", lead="【澜州站攀岩赛周末开赛】",
                 byline="（温砚）", authors=["温砚"], tail="（温砚）",
                 notes="Item of the 体育快讯 strip whose headline is run in at the start of its text in 【】: title_line "
                       "is the first body line; the bracketed headline is excluded from first. The credit （X） run "
                       "in at the end is the byline, excluded from last.",
                 paras=["全国攀岩公开赛澜州站将于6月7日至8日在澜州体育公园举行，来自全国的180余名运动员将参加速度赛和难度赛的角逐。"])
    c2 = Article("c2", "少儿游泳免费培训开始报名", section="体育快讯", lead="【少儿游泳免费培训开始报名】",
                 notes="Item of the 体育快讯 strip with the headline run in in 【】 and no credit: no authors.",
                 paras=["暑期少儿游泳免费培训将在全市21个游泳场馆开展，每期10天，面向7岁至12岁儿童，家长可通过“澜州体育”平台预约。"])
    for art in (c1, c2):
        pg.body(art, head_role=True)
        pg.gap()
    d = Article(
        "d", "全省体育产业总产出突破2000亿元",
        byline="本报记者　温砚　通讯员　褚小岚", authors=["温砚", "褚小岚"],
        notes="The page's economic item (sports-industry report). Byline line 本报记者 X　通讯员 Y: both are authors.",
        paras=[
            "记者从省体育局获悉，2034年全省体育产业总产出达到2046亿元，实现增加值812亿元，同比分别增长9.8%和10.6%。其中，体育服务业增加值占体育产业增加值的比重达到68.3%，比上年提高2.4个百分点。",
            "体育用品制造仍是全省体育产业的重要支柱。石渠、枫湾两地的运动鞋服、户外装备企业去年出口额增长14%，一批本土品牌加快布局线上渠道。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：简明川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ky08() -> Page:
    """Metropolitan daily 科普 page, NO indent, blank lines sometimes plus column breaks: 科普 article with byline
    line X/文 and a 作者单位 line after it; 小贴士 box WITHOUT a headline; label 科普问答 over readers' questions
    answered by a named researcher, compiled by a reporter; 科技馆 研学 item."""
    pg = Page("ky08.txt", cols=34, indent="", blanks="some", colbreak=11, seed=5508, p_para=0.5, p_gap=0.85,
              style="metropolitan daily 科普·新知 page, NO indent, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on two lines (版名; paper + date with weekday + A11); 科普 article with byline line X/文 under its headline and the line （作者单位：…） after its body; label 小贴士 over a box of three numbered tips WITHOUT a headline (not an article); label 科普问答 over readers' questions, each 问： over 答： paragraph, answered by a researcher named in an intro line 本期答疑专家：…, byline line 本报记者 X　整理; economic item (科技馆 summer visitors, 研学 spending) with run-in 本报讯（记者 X）; footer with editor and proof-reader")
    pg.furniture(["科普·新知",
                  "汀屿都市报　" + cn_date(2035, 7, 15) + "　A11"], "page header")
    pg.blank()
    a = Article(
        "a", "蜜蜂为什么会“跳舞”", byline="唐若溪/文", authors=["唐若溪"],
        notes="Popular-science article with byline line X/文 (the name before the slash); the writer is the author. "
              "The line （作者单位：…） after the body is neither body nor byline. The scientist named in the text "
              "is not an author.",
        paras=[
            "如果你仔细观察过蜂箱，也许会发现，有些蜜蜂从外面回来后，会在巢脾上不停地转圈、摆动身体。它们不是在玩耍，而是在用一种特殊的“语言”向同伴传递信息。",
            "科学家把这种行为称为蜜蜂的“舞蹈”。当蜜源离蜂巢较近时，侦察蜂会跳“圆舞”，告诉同伴附近有花可采；当蜜源较远时，它们会跳“摇摆舞”，沿直线边走边摇动腹部，再绕回起点，形成一个“8”字。",
            "摇摆舞里藏着方向和距离两个信息。直线段与竖直方向的夹角，对应着蜜源方向与太阳方向的夹角；摇摆持续的时间越长，说明蜜源越远。同伴们跟在后面“学舞”，很快就能找到花丛。",
            "蜜蜂的舞蹈语言是动物行为学研究中的经典发现。研究者至今仍在探索：不同品种的蜜蜂，“方言”是否一样？城市里的蜜蜂，会不会因为高楼遮挡而改变舞步？这些问题，也许正等着你去寻找答案。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.line(a, "（作者单位：汀屿市科学技术馆）", "affiliation")
    pg.blank()
    pg.furniture(["小贴士",
                  "1.观察蜂箱时应保持3米以上距离，不要穿深色衣服。",
                  "2.不要拍打飞近的蜜蜂，缓慢走开即可。",
                  "3.如被蜇伤，应尽快刮出毒刺，用清水冲洗。"],
                 "小贴士 box without a headline: three numbered tips (not an article)")
    pg.blank()
    pg.furniture(["科普问答"], "column label 科普问答")
    b = Article(
        "b", "夏天为什么容易“招蚊子”", section="科普问答", kind="interview",
        byline="本报记者　易小楼　整理", authors=["易小楼"],
        notes="Readers' questions answered by a researcher, under the label 科普问答 (section); byline line 本报记者 X　"
              "整理 (the compiler is the author). The intro line 本期答疑专家：… is the first body line; the expert "
              "who answers (柏云川) is not an author. Kind interview (questions and a named expert's answers, as the "
              "Q&A of ky04).",
        paras=[
            "本期答疑专家：汀屿大学生命科学学院副教授　柏云川",
            "问：为什么同样在户外，有的人被蚊子咬得满身包，有的人却安然无恙？",
            "答：蚊子主要靠嗅觉寻找目标。人体呼出的二氧化碳、皮肤散发的乳酸和一些挥发性物质，都会吸引蚊子。新陈代谢旺盛、体温较高、出汗多的人，散发的这些气味更浓，也就更容易“招蚊子”。",
            "问：“O型血招蚊子”的说法有道理吗？",
            "答：目前有研究发现蚊子对不同血型可能存在一定偏好，但结论并不一致，影响远不如体味、体温等因素明显。与其关心血型，不如勤洗澡、穿浅色衣服，并合理使用驱蚊产品。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "科技馆暑期客流创新高",
        byline="本报讯（记者　易小楼）", authors=["易小楼"], lead="本报讯（记者　易小楼）",
        notes="The page's economic item (科普研学 / summer cultural-tourism spending). Run-in 本报讯（记者 X） excluded "
              "from first.",
        paras=[
            "暑假开始以来，汀屿市科学技术馆日均接待观众1.2万人次，比去年同期增长35%，7月12日单日客流达到1.86万人次，创开馆以来新高。馆内新开设的“昆虫王国”主题展和航天模拟舱最受欢迎，周边的研学课程、文创产品销售额同比增长逾五成。",
            "为缓解排队压力，科技馆自7月起实行分时段预约，并将周末闭馆时间延长至晚上8点。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：牟一川　　校对：乔望"], "footer")
    return pg


PAGES = [ky05, ky06, ky07, ky08]
