"""Pages kv09-kv12 of handmade52 (development set; 两会 conference coverage and a magazine's special issue; all
papers, agencies, authorities, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kv09() -> Page:
    """News magazine 两会特别报道 cover story opening page: running header, label 封面故事, headline on two lines,
    standfirst (deck), byline line 文｜本刊记者 X　Y, photo credit line 图｜X, crossheads, a pull quote; folio."""
    pg = Page("kv09.txt", cols=21, indent=FW * 2, blanks="para", seed=5209,
              style="news magazine special issue (两会特别报道), cover story opening page in a narrow column: running header on two lines (magazine + English name; special issue name + date + issue); label 封面故事; headline on two lines broken after a noun phrase; standfirst of three lines (the deck) without indent; byline line 文｜本刊记者 X　Y and photo credit line 图｜X; two plain crossheads and a pull quote (a sentence of the text repeated, set narrower) inside the body; folio with page number and magazine name")
    pg.furniture(["经纬周刊　NEW ERA WEEKLY",
                  "两会特别报道　2036.03.16　总第1187期"], "running header")
    pg.blank()
    pg.furniture(["封面故事"], "column label 封面故事")
    pg.gap()
    a = Article(
        "a", "新质生产力的地方答卷", head=["新质生产力", "的地方答卷"], section="封面故事",
        subtitle="两会期间，来自三个省份的代表委员不约而同谈到了同一个词。他们各自带来的，是一份怎样的答卷？",
        byline="文｜本刊记者　闻人晓　柏庭", authors=["闻人晓", "柏庭"],
        notes="Magazine cover story under the label 封面故事 (section). Headline on two lines broken after a noun "
              "phrase (新质生产力 / 的地方答卷), joined. The standfirst printed between headline and byline (three lines, "
              "no indent) is the deck: recorded as subtitle, not body. Byline line 文｜本刊记者 X　Y: both writers are "
              "authors; the photo credit line 图｜X under it is not a byline and the photographer (彭小舟) is not an "
              "author (as the 图｜ credits of earlier sets). Crossheads and the pull quote (a sentence repeated from "
              "the text) are inside the body. Deputies quoted (符远山, 桑明远, 骆天衡) are not authors.",
        paras=[
            "3月5日上午，政府工作报告宣读到“因地制宜发展新质生产力”时，岚江代表团的符远山在这句话下面重重画了一道线。",
            "作为望川市市长，他这一年跑得最多的地方是中试基地。“实验室里的样品和生产线上的产品之间，隔着一道‘死亡之谷’。”符远山说，望川去年建成的5个中试基地，帮助187项成果跨过了这道沟。",
            Cross("从“样品”到“产品”"),
            "在青穗，桑明远的故事几乎是同一个版本。他所在的材料研究院把实验室搬进了产业园，研发人员与工程师在同一栋楼里上班。一种新型电池隔膜，从实验室配方到稳定量产只用了22个月。",
            Quote("“实验室里的样品和生产线上的产品之间，隔着一道‘死亡之谷’。”"),
            "“过去我们写论文，现在我们算良品率。”桑明远说，这种转变并不轻松，但企业的订单是最好的检验。",
            Cross("“因地制宜”四个字"),
            "并非每个地方都有高校和研究院。丹屿市港务集团总经理骆天衡更关心的是，一座以港口为生的城市，如何找到自己的新赛道。他的答案是智慧港口：无人集卡、远程操控岸桥，让码头作业效率提高了三成。",
            "“新质生产力不是只有一种模样。”骆天衡说，关键是找准自己的长板。",
        ])
    pg.headline(a)
    for ln in wrap(a.subtitle, 21):
        pg.line(a, ln, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.furniture(["图｜彭小舟"], "photo credit line of the opener picture (not a byline)")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["18　经纬周刊　2036.03.16"], "folio (page number, magazine, date)")
    return pg


# ---------------------------------------------------------------------------
def kv10() -> Page:
    """News magazine 对话 page, NO indent: label 对话, headline in quotation marks, ——副题 naming the member,
    byline line 本刊记者 X　发自北京, intro, 经纬周刊：／NAME：paragraphs; 人物档案 box; label 延伸阅读 over a short
    piece with byline line 文｜X; folio."""
    pg = Page("kv10.txt", cols=30, indent="", blanks="some", seed=5210, p_para=0.6, p_gap=0.9,
              style="news magazine special issue 对话 page, NO indent, blank lines sometimes (some paragraph ends show only as short lines): running header on one line; label 对话; headline in quotation marks; ——副题 对话全国政协委员、post NAME; byline line 本刊记者 X　发自北京; intro paragraph, then questions opened by 经纬周刊： and answers opened by the member's NAME：; 人物档案 box (label, four lines); label 延伸阅读 over a short piece with byline line 文｜X; folio")
    pg.furniture(["两会特别报道｜经纬周刊　2036.03.16"], "running header")
    pg.blank()
    pg.furniture(["对话"], "column label 对话")
    a = Article(
        "a", "“让数据跑起来，先要让规则立起来”", section="对话", kind="interview",
        subtitle="——对话全国政协委员、九章数据研究院院长戚闻道",
        byline="本刊记者　闻人晓　发自北京", authors=["闻人晓"],
        notes="Magazine interview under the label 对话 (section): headline in quotation marks (kept in the title), "
              "——副题 is the subtitle. Byline line 本刊记者 X　发自北京: the interviewer is the author (发自北京 is not "
              "a name). Body: intro, then 经纬周刊：questions and 戚闻道：answers; the member answering is not an "
              "author. Kind interview.",
        paras=[
            "今年全国两会，戚闻道带来的提案仍与数据有关。这已经是他连续第四年就数据要素市场建言。3月7日，在驻地，他接受了本刊专访。",
            "经纬周刊：今年的提案聚焦什么问题？",
            "戚闻道：数据交易“叫好不叫座”。全国挂牌的数据产品越来越多，但真正成交的比例不高。企业最常说的三句话是：不敢卖、不会买、不好定价。我的提案就是围绕这三个“不”来的。",
            "经纬周刊：症结在哪里？",
            "戚闻道：根子在规则。数据谁有权用、用了出问题谁负责、收益怎么分，这些基础规则不清楚，市场主体自然不敢往前走。我建议尽快出台数据产权登记办法，建立全国统一的数据资产登记平台。",
            "经纬周刊：定价难怎么破？",
            "戚闻道：可以先在公共数据领域探索“成本加合理利润”的定价指引，再逐步形成市场化的评估方法。定价有了参照，交易才能活起来。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["人物档案",
                  "戚闻道",
                  "全国政协委员",
                  "九章数据研究院院长",
                  "长期从事数据治理和数字经济研究"], "人物档案 box (not an article)")
    pg.blank()
    pg.furniture(["延伸阅读"], "column label 延伸阅读")
    b = Article(
        "b", "数据交易场所去年成交额增长一倍", section="延伸阅读",
        byline="文｜柏庭", authors=["柏庭"],
        notes="Short piece under the label 延伸阅读 (section), byline line 文｜X under the headline (the writer is the "
              "author).",
        paras=[
            "据九章数据研究院统计，去年全国各类数据交易场所成交额约2180亿元，比上年增长一倍。其中，场内交易占比约三成，金融、交通、气象数据产品成交最为活跃。",
            "不过，成交额高度集中，排名前五的交易场所占到全部场内成交额的七成以上，不少地方交易场所仍处于“有场无市”状态。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["21"], "folio (page number)")
    return pg


# ---------------------------------------------------------------------------
def kv11() -> Page:
    """Party paper 两会·要闻 page: wire item with a two-line headline, run-in 华辰社北京…电（记者 X、Y） and （完）;
    声音 box with NO headline (quotations, each followed by a ——post　NAME line; compiler's credit on a line of
    its own); 两会快评 with byline line 本报评论员　X; label 会场速递 over two items (bare run-in 本报北京3月9日讯;
    credit （记者 X） run in)."""
    pg = Page("kv11.txt", cols=32, indent=FW * 2, blanks="some", seed=5211, p_para=0.3, p_gap=0.75,
              style="party paper 两会·要闻 page, blank lines sometimes: header on two lines; wire item with a headline on two lines, run-in 华辰社北京3月9日电（记者 X、Y） and （完） run in at the end; label 声音 over a box with NO headline: four quotations, each followed by a line ——post　NAME, the compiler's credit （本报记者 X整理） on a line of its own at the end; label 两会快评 over a comment with byline line 本报评论员　X; label 会场速递 over two items (bare run-in 本报北京3月9日讯 naming no reporter; credit （记者 X） run in at the end); footer")
    pg.furniture(["3　两会·要闻",
                  "瀚海日报　" + cn_date(2036, 3, 10)], "page header")
    pg.blank()
    a = Article(
        "a", "代表委员热议新型城镇化让进城务工人员安居乐业",
        head=["代表委员热议新型城镇化", "让进城务工人员安居乐业"],
        byline="华辰社北京3月9日电（记者　晏川、符晓）", authors=["晏川", "符晓"],
        lead="华辰社北京3月9日电（记者　晏川、符晓）", tail="（完）",
        notes="Wire item: headline on two lines (the second a clause), joined. Run-in 华辰社北京3月9日电（记者 X、Y） "
              "excluded from first, （完） run in at the end excluded from last. Deputies quoted are not authors.",
        paras=[
            "政府工作报告提出，深入实施新型城镇化战略，推进农业转移人口市民化。连日来，这一话题引发代表委员热议。",
            "“在城里干了十几年，孩子上学、看病、买房，样样都和户口挂钩。”全国人大代表、沣源市建筑工人梁满仓说，放开落户限制之后，更重要的是让随迁子女平等享受基本公共服务。",
            "全国政协委员、北辰大学社会学系教授邵清如建议，以常住地登记户口为抓手，推动社保、住房公积金等在城市间转移接续更加便捷，让进城务工人员真正融入城市。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["声音"], "column label 声音 (box)")
    b = Article(
        "b", None, section="声音",
        byline="（本报记者　韩栖整理）", authors=["韩栖"],
        notes="声音 box printed WITHOUT a headline under its label (section): title null. ONE article of four "
              "quotations, each followed by a line ——post　NAME naming the speaker (these lines are body, the last "
              "one ends the body). The compiler's credit （本报记者 X整理） on a line of its own after the last speaker "
              "line is the byline, not body; she is the author. Speakers are not authors.",
        paras=[
            "“县城是连接城市和乡村的纽带，要让县城的公共服务追上大城市的步伐。”",
            Cross("——全国人大代表、鹤汀县县长　卫澄"),
            "“老旧小区改造要把‘里子’放在前面，管网、电梯、停车，一件件解决。”",
            Cross("——全国人大代表、青穗市城市更新中心主任　苏拂晓"),
            "“新市民的住房，租房是主渠道。保障性租赁住房要建在产业园区附近。”",
            Cross("——全国政协委员、丹屿市住房和城乡建设局局长　贺望舒"),
            "“城镇化不是简单的人口进城，关键是产业能不能留住人。”",
            Cross("——全国政协委员、岚江大学城市发展研究院院长　郁清和"),
        ])
    pg.body(b)
    pg.line(b, FW * 20 + b.byline, "byline")
    pg.gap()
    pg.furniture(["两会快评"], "column label 两会快评")
    c = Article(
        "c", "让新市民既进得来又留得下", section="两会快评", kind="commentary",
        byline="本报评论员　苏砚", authors=["苏砚"],
        notes="Comment under the label 两会快评 (section). Byline line 本报评论员　X under the headline: the named "
              "commentator is the author (本报评论员 alone would name no one). Commentary.",
        paras=[
            "城镇化的核心是人的城镇化。一户人家在城市安顿下来，看的是孩子能不能上好学、老人能不能看好病、一家人有没有一个安稳的住处。",
            "推进农业转移人口市民化，既要算经济账，更要算民生账。把公共服务的“门槛”降下来，把就业和住房的“台阶”搭起来，新市民才能既进得来、又留得下、还过得好。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["会场速递"], "column label 会场速递")
    d = Article(
        "d", "大会秘书处收到代表议案逾四百件", section="会场速递",
        byline="本报北京3月9日讯", lead="本报北京3月9日讯　",
        notes="Item under the label 会场速递 (section). The bare run-in 本报北京3月9日讯 names no reporter: byline, "
              "excluded from first; no authors.",
        paras=[
            "截至9日12时，十六届全国人大四次会议秘书处共收到代表提出的议案417件，内容涉及民营经济促进、生态环境保护、教育医疗等方面。",
        ])
    e = Article(
        "e", "代表驻地开设“履职书屋”", section="会场速递",
        byline="（记者　韩栖）", authors=["韩栖"], tail="（记者　韩栖）",
        notes="Item under the label 会场速递 (section); credit （记者 X） run in at the end excluded from last.",
        paras=[
            "今年大会期间，各代表团驻地均开设了“履职书屋”，配备法律法规汇编、部门工作报告和各类统计资料2万余册，方便代表查阅。",
        ])
    for art in (d, e):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["责任编辑：钱岸　　校对：聂思远"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kv12() -> Page:
    """Economic daily 两会·观察 page in a narrow column: an article cut into three pieces by the columns of a
    两会快评 comment read between them, justified (letter-spaced) lines, a （下转第6版） jump line; 数说 box; run-in
    本报讯（记者 X） item."""
    pg = Page("kv12.txt", cols=23, indent="  ", blanks="para", seed=5212,
              style="economic daily 两会·观察 page in a narrow column indented with two ASCII spaces, blank lines between paragraphs: header on three lines; observation article (kicker, headline, byline line ■本报记者 X　Y) whose columns are read in THREE pieces with the two halves of a 两会快评 comment (label, headline, byline line 文／X) read in between, two of its lines letter-spaced by justification, and a jump line （下转第6版） after its last piece; 数说 box of three figures; run-in 本报讯（记者 X） item; footer")
    pg.furniture(["澄江经济日报",
                  cn_date(2036, 3, 9),
                  "第3版　两会·观察"], "page header")
    pg.blank()
    a = Article(
        "a", "扩内需，代表委员开出“新药方”",
        byline="■本报记者　项秋　邓晚舟", authors=["项秋", "邓晚舟"],
        notes="Observation article: the 引题 kicker 聚焦提振消费 is the subtitle (no 副题). Byline line ■本报记者 X　Y: "
              "both are authors. Its columns are read in three pieces with the two halves of the 两会快评 comment "
              "between them (pieces below); two of its lines are letter-spaced by justification. The jump line "
              "（下转第6版） after its last piece is not body: the body is what is printed on this page. Deputies "
              "quoted are not authors.",
        subtitle="聚焦提振消费",
        paras=[
            "政府工作报告把“大力提振消费、提高投资效益，全方位扩大国内需求”摆在今年重点任务的突出位置。会场内外，代表委员们围绕如何让老百姓“能消费、愿消费、敢消费”建言献策。",
            "“消费的底气来自收入。”全国人大代表、岚江省统计局副局长聂秋原说，去年居民人均可支配收入中位数增长5.1%，但中低收入群体增收压力仍然较大，建议提高最低工资标准调整频次，扩大技能人才收入分配激励试点。",
            "在全国政协委员、鸿景零售集团董事长费雁回看来，服务消费是下一个增长点。“养老、托育、家政、文旅，群众有需求，但供给跟不上、质量不稳定。”他建议放宽服务消费领域市场准入，支持社会力量举办普惠托育机构。",
            "全国人大代表、禾丰县副县长沈知微则把目光投向县域。她说，县域消费市场潜力很大，但商业设施落后、物流成本高，建议加快县域商业体系建设，推动连锁品牌下沉。",
            "多位代表委员还提到，要稳定房地产市场、完善社会保障，减少居民的后顾之忧，让“愿消费”的心态真正建立起来。",
        ])
    b = Article(
        "b", "以旧换新要换出长效", section="两会快评", kind="commentary",
        byline="文／蔺书白", authors=["蔺书白"],
        notes="Comment under the label 两会快评 (section), byline line 文／X; its label, headline, byline and first "
              "half are read after the first piece of the observation article, its second half after the second "
              "piece (pieces below). Commentary.",
        paras=[
            "去年的以旧换新政策带动汽车、家电销售额超过1.2万亿元，效果有目共睹。今年政策继续加码，更要在“长效”二字上下功夫。",
            "补贴终有退坡时，真正撑起消费的，是产品的好用、服务的便利和回收体系的健全。把一次性的补贴变成可持续的机制，以旧换新才能换出消费升级的新天地。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    ia = justify(pg.render_body(a), [4, 15], " ")
    ib = pg.render_body(b)
    n_a = sum(it[0] == "line" for it in ia)
    a1, a2, a3 = Page.chunks(ia, [n_a // 3 + 1, n_a // 3])
    b1, b2 = Page.chunks(ib, [5])
    pg.emit(a, a1)
    pg.gap()
    pg.furniture(["两会快评"], "column label 两会快评")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.gap()
    pg.emit(a, a2)
    pg.gap()
    pg.emit(b, b2)
    pg.gap()
    pg.emit(a, a3)
    pg.furniture(["（下转第6版）"], "jump line (continued on page 6; not body)")
    pg.blank()
    pg.furniture(["数说消费",
                  "5.1%　居民人均可支配收入中位数增长",
                  "1.2万亿元　以旧换新带动销售额",
                  "46.1%　服务零售额占比",
                  "数据来源：本报记者根据公开资料整理"], "数说 figures box (not an article)")
    pg.blank()
    c = Article(
        "c", "多地推出两会期间消费惠民活动",
        byline="本报讯（记者　邓晚舟）", authors=["邓晚舟"], lead="本报讯（记者　邓晚舟）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从多地商务部门了解到，3月以来，青穗、沣源、丹屿等地陆续推出春季消费惠民活动，发放餐饮、文旅、体育消费券合计超过3亿元，并组织200多家商场开展以旧换新促销。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：池映雪　　美编：关小渔　　校对：何田田"], "footer")
    return pg


PAGES = [kv09, kv10, kv11, kv12]
