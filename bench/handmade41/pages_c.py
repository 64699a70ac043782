"""Pages kk09-kk12 of handmade41 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from pages_a import justify_full


# ---------------------------------------------------------------------------
def kk09() -> Page:
    """Business magazine 对话 page indented with two ASCII spaces: 编者按 box ABOVE the headline; dialogue with
    byline line 采访｜本刊记者 X　整理｜实习记者 Y, a 【受访者】 box, speaker names on lines of their own (the
    magazine's name and the interviewee's), one paragraph under each; advertisement; short article with
    byline line 文｜本刊研究员 X."""
    pg = Page("kk09.txt", cols=36, indent="  ", blanks="para", seed=4109,
              style="business magazine 对话 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (magazine, English name, issue + 版名 对话); 编者按 box (label + text) printed ABOVE the headline; dialogue with a headline NAME：…, byline line 采访｜本刊记者 X　整理｜实习记者 Y, a 【受访者】 box (bio), then speaker names printed in bold on lines of their own (《北溟商业评论》 and the interviewee's name) each over one paragraph; exhibition ADVERTISEMENT; short article with byline line 文｜本刊研究员 X; footer with editors and page number")
    pg.furniture(["北溟商业评论", "BEIMING BUSINESS REVIEW", "2036年4月上　总第302期　对话"],
                 "magazine page header")
    pg.blank()
    pg.furniture(["编者按"] + wrap("大模型热潮之下，人工智能正加速从实验室走向生产线。但在不少制造企业看来，AI进工厂仍是“看上去很美”。本期对话邀请一家工业AI企业的创始人，谈谈AI在制造业落地的真实难题。", 36, "  "),
                 "编者按 box printed above the headline (not body, not an article)")
    pg.blank()
    a = Article(
        "a", "骆听泉：AI进工厂，先过“数据关”", kind="interview",
        byline="采访｜本刊记者　程望舒　整理｜实习记者　白禾", authors=["程望舒", "白禾"],
        notes="Magazine dialogue. **new:** the 编者按 box printed ABOVE the headline is not body (the article starts "
              "at its headline). Headline NAME：… kept whole. Byline line 采访｜本刊记者 X　整理｜实习记者 Y: the "
              "interviewer and the transcriber (整理, as handmade22 g05) are both authors. The 【受访者】 box is not "
              "body. The speaker names printed on lines of their own (《北溟商业评论》, 骆听泉) are body, as the speaker "
              "lines of handmade22 g05; the body runs from the first speaker line to the last answer. The interviewee "
              "is not an author. Kind interview.",
        paras=[
            Cross("《北溟商业评论》"),
            "过去一年，工业AI的热度很高，您实际感受到的客户需求有多大变化？",
            Cross("骆听泉"),
            "变化非常明显。两年前我们去拜访客户，要花大半天解释AI能做什么；现在客户主动找上门，带着具体问题来，比如能不能把质检人员减少一半，能不能提前一周预测设备故障。去年我们新签客户160多家，是前年的两倍多，其中一半以上是年营业收入10亿元以下的中型企业。",
            Cross("《北溟商业评论》"),
            "从意向到真正落地，最大的障碍是什么？",
            Cross("骆听泉"),
            "是数据。很多工厂的设备来自不同年代、不同厂商，数据接口五花八门，有的甚至根本没有联网。我们做项目，前期60%的时间都花在数据采集和清洗上。还有一些企业虽然积累了大量数据，但没有标注、没有规范，AI模型“吃”进去也学不到东西。所以我常说，AI进工厂，先要过“数据关”。",
            Cross("《北溟商业评论》"),
            "企业应该怎样准备？",
            Cross("骆听泉"),
            "我的建议是“小切口、快见效”。不要一上来就搞全厂智能化，先选一个痛点明确、数据基础较好的场景，比如外观质检或能耗优化，三个月内做出效果，让一线员工和管理层看到价值，再逐步推广。同时要从现在开始建立数据标准，哪怕暂时用不上，也要把数据存下来、管起来。",
            Cross("《北溟商业评论》"),
            "有人担心AI会大量替代工人，您怎么看？",
            Cross("骆听泉"),
            "从我们服务的工厂看，AI替代的主要是重复性强、劳动强度大的岗位，比如目检、搬运，但同时也创造了设备数据维护员、AI训练师等新岗位。一家汽车零部件企业上线视觉质检系统后，质检岗位从40人减少到12人，其余28人中有20人经过培训转到了数据标注和设备运维岗位。关键是企业要舍得在员工培训上投入。",
            Cross("《北溟商业评论》"),
            "对未来三年工业AI的发展，您有什么判断？",
            Cross("骆听泉"),
            "我认为会出现两个趋势：一是行业大模型越来越多，针对钢铁、化工、电子等不同行业训练的专用模型，效果会明显好于通用模型；二是AI会从单点应用走向系统优化，从解决一台设备的问题，走向优化一整条产线乃至整个工厂的运营。谁能率先打通数据、积累行业知识，谁就能在下一轮竞争中占据先机。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(["【受访者】"] + wrap("骆听泉，云岙智造科技有限公司创始人、首席执行官。曾在多家跨国制造企业从事自动化与数据系统研发，2030年创办云岙智造。", 36),
                 "【受访者】 box with the interviewee's bio (not body)")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["广告",
                  "2036北溟国际工业博览会",
                  "智能制造　工业软件　机器人",
                  "6月18日—21日　北溟国际会展中心",
                  "观众预登记：www.bm-expo.example",
                  "展位咨询：0531-8866××××"], "exhibition advertisement (not an article)")
    pg.blank()
    b = Article(
        "b", "一季度工业AI领域融资额同比增长35%",
        byline="文｜本刊研究员　穆清", authors=["穆清"],
        notes="Short article on the dialogue page, byline line 文｜本刊研究员 X (the writer is the author).",
        paras=[
            "据本刊研究部统计，今年一季度，国内工业人工智能领域共发生融资事件87起，披露融资总额约126亿元，同比增长35%。其中，工业视觉、预测性维护和工业大模型是最受资本关注的三个细分方向，合计融资额占比超过六成。",
            "从融资阶段看，B轮及以后的融资事件占比提高到42%，比上年同期提高9个百分点，显示行业正从概念验证走向规模化落地。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["责任编辑：唐舟　　美术编辑：叶知秋", "24"], "footer with editors and page number")
    return pg


# ---------------------------------------------------------------------------
def kk10() -> Page:
    """商报 财经 page indented with ONE U+3000, NO blank line anywhere, justified letter-spaced lines: label 面对面
    over a dialogue (headline, ——副题 ——对话…, byline line ◎本报记者 X, run-in 记者：／NAME：); label 记者手记 over a
    sidebar signed （X） run in at the end; run-in 本报讯（记者 X） item."""
    pg = Page("kk10.txt", cols=24, indent=FW, blanks="never", seed=4110,
              style="商报 财经 page indented with ONE U+3000, NO blank line anywhere, some justified lines letter-spaced with single spaces: header on three lines; label 面对面 over a dialogue with headline, ——副题 ——对话 + post and name, byline line ◎本报记者 X, intro paragraph and run-in 记者：／NAME： paragraphs; label 记者手记 over a sidebar with its own headline, signed （X） run in at the end; run-in 本报讯（记者 X） item; footer with editor and proof-reader")
    pg.furniture(["望霞商报", cn_date(2036, 4, 9) + "　A6", "财经·商业"], "page header")
    a = Article(
        "a", "老商场如何“逆生长”", section="面对面", kind="interview",
        subtitle="——对话望霞百货集团董事长戴青梧",
        byline="◎本报记者　卢晚枫", authors=["卢晚枫"],
        notes="Dialogue under the label 面对面 (section). ——副题 is the subtitle; byline line ◎本报记者 X (the ◎ is a "
              "mark). Intro paragraph and run-in 记者：／戴青梧： paragraphs are the body. Some justified lines are "
              "letter-spaced. The interviewee is not an author. Kind interview.",
        paras=[
            "在电商和购物中心的双重冲击下，不少老牌百货商场经营陷入困境。开业已有42年的望霞百货，却在去年实现销售额同比增长11%，客流增长近两成。老商场靠什么“逆生长”？记者对话了望霞百货集团董事长戴青梧。",
            "记者：这几年百货行业整体不景气，望霞百货为什么能逆势增长？",
            "戴青梧：说不上逆势，只是转身转得早一点。2032年我们开始调整，把原来占比超过60%的服装、化妆品专柜压缩到35%，腾出来的面积做了餐饮、亲子、文化体验和生活服务。现在顾客来商场，不一定是为了买东西，可能是来吃饭、看展、修手机、给孩子上课，人来了，生意自然就有了。",
            "记者：调整过程中最难的是什么？",
            "戴青梧：最难的是打破联营的老路子。百货商场过去是“二房东”，收扣点、收租金，商品好不好卖是品牌的事。现在我们自己组建买手团队，自营商品占到了15%，还开了一家自营的本地特产集合店。自营风险大，但毛利高，也让我们真正了解顾客要什么。",
            "记者：线上渠道怎么布局？",
            "戴青梧：我们不和电商拼价格，而是把线下的服务搬到线上。导购员通过社群和直播服务老顾客，顾客在线上下单，可以选择送货到家，也可以到店自提、试穿。去年线上销售额占到了总销售额的22%，其中超过一半是老顾客贡献的。",
            "记者：对未来有什么打算？",
            "戴青梧：今年我们计划对老楼进行全面改造，把顶楼改成屋顶花园和夜间市集，争取年底前重新亮相。老商场承载着几代望霞人的记忆，我们要让它既有老味道，也有新活力。",
        ])
    pg.furniture(["面对面"], "column label 面对面")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify_full(pg.render_body(a), 24, every=5, offset=2))
    b = Article(
        "b", "“笨功夫”里的生意经", section="记者手记",
        byline="（卢晚枫）", authors=["卢晚枫"], tail="（卢晚枫）",
        notes="记者手记 after the dialogue, under its label (section): own headline, signed （X） run in at the end "
              "(the byline, excluded from last; the reporter is the author). Kind article.",
        paras=[
            "采访结束，戴青梧带记者在商场里转了一圈。从一楼的修鞋摊到五楼的儿童绘本馆，她几乎能叫出每个店员的名字。",
            "她说，转型没有捷径，就是一家店一家店地谈、一个柜台一个柜台地改。在流量成本越来越高的今天，这份肯下“笨功夫”的耐心，或许正是老商场最宝贵的竞争力。",
        ])
    pg.furniture(["记者手记"], "column label 记者手记")
    pg.headline(b)
    pg.emit(b, justify_full(pg.render_body(b), 24, every=4, offset=1))
    c = Article(
        "c", "望霞一季度社会消费品零售总额增长6.2%",
        byline="本报讯（记者　钟离雪）", authors=["钟离雪"], lead="本报讯（记者　钟离雪）",
        notes="News item on the dialogue page. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "望霞市统计局日前发布数据，一季度全市实现社会消费品零售总额486.3亿元，同比增长6.2%，增速比上年同期加快1.1个百分点。其中，餐饮收入增长9.4%，商品零售增长5.7%。",
            "从商品类别看，新能源汽车、通讯器材和体育娱乐用品零售额分别增长38.6%、21.2%和16.5%。全市限额以上单位通过公共网络实现的商品零售额增长14.3%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["责任编辑：柏舟　　校对：蒋小暑"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kk11() -> Page:
    """Evening paper strip of an 11-character column indented with ONE U+3000: label 人物速写 over a profile
    (headline on two lines, byline line 本报记者 X, a pull quote in large type printed between the byline and
    the body, three crossheads); news item whose headline is letter-spaced across the column."""
    pg = Page("kk11.txt", cols=11, indent=FW, blanks="some", seed=4111, p_para=0.3, p_gap=0.9,
              style="evening paper 经济 strip of an 11-character column indented with ONE U+3000, blank lines sometimes: header on three lines; label 人物速写 over a short profile with a headline on two lines (NAME： / clause), byline line 本报记者 X wider than the column, a PULL QUOTE in large type (a sentence repeated from the text) printed between the byline and the body, three crossheads; news item whose headline is letter-spaced with U+3000 across the column on several lines, run-in 本报讯（通讯员 X　记者 Y） wrapped over three lines; footer wider than the column")
    pg.furniture(["云岙晚报", cn_date(2036, 4, 8), "A4　经济"], "page header")
    pg.blank()
    a = Article(
        "a", "葛长庚：种地也要算“数字账”", head=["葛长庚：", "种地也要算“数字账”"], section="人物速写",
        byline="本报记者　薛小蛮", authors=["薛小蛮"],
        notes="Short profile under the label 人物速写 (section). Headline on two lines (NAME： / clause), joined. "
              "Byline line 本报记者 X. The pull quote in large type printed between the byline and the body repeats "
              "a sentence of the text and is not body (nor an article). Crossheads are body. The farmer profiled "
              "(葛长庚) is not an author. Kind article.",
        paras=[
            "清明刚过，云岙县柳塘镇的麦田一片青绿。葛长庚蹲在田埂上，盯着手机屏幕上的墒情数据：“这块地缺水了，明天一早得浇。”",
            Cross("从3亩到3000亩"),
            "今年52岁的葛长庚，种了30多年地。2018年起，村里不少年轻人外出务工，他陆续流转了乡亲们的土地，种植面积从自家的3亩扩大到如今的3000多亩，还成立了长庚粮食种植专业合作社。",
            "规模上去了，管理成了难题。“以前全凭经验，哪块地该施肥、该打药，心里没底。”葛长庚说，有一年病虫害防治不及时，一季就损失了20多万元。",
            Cross("无人机成了新农具"),
            "2031年起，合作社陆续购置了植保无人机、智能灌溉设备，还在田间安装了28个土壤墒情监测点。如今，合作社的每一块地都有一本“数字账本”：种了什么品种、施了多少肥、产量多少，手机上一查便知。",
            "“种地也要算数字账。”葛长庚算了一笔账：用上智能设备后，每亩化肥用量减少15%，用水减少两成，小麦亩产提高到620公斤，每亩节本增收约200元。",
            Cross("带着乡亲一起干"),
            "合作社现有固定员工35人，大多是本村50岁以上的农民。葛长庚请来农技人员给大家上课，手把手教操作无人机和手机软件。去年，合作社社员人均增收1.2万元。",
            "“地是乡亲们的，日子也要大家一起过好。”葛长庚说，今年他打算再建一座粮食烘干中心，为周边农户提供代烘干服务。",
        ])
    pg.furniture(["人物速写"], "column label 人物速写")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(["“种地也要算", "　数字账。”"],
                 "pull quote in large type repeated from the text, before the body (not body, not an article)")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "云岙今年新建高标准农田12万亩",
        byline="本报讯（通讯员　莫小禾　记者　薛小蛮）", authors=["莫小禾", "薛小蛮"],
        lead="本报讯（通讯员　莫小禾　记者　薛小蛮）",
        notes="Headline letter-spaced with U+3000 across the 11-character column, broken over several lines in "
              "mid-word, joined unspaced. Run-in 本报讯（通讯员 X　记者 Y） (通讯员 first) excluded from first; both "
              "are authors.",
        paras=[
            "记者从云岙县农业农村局获悉，今年该县将新建和改造提升高标准农田12万亩，总投资约3.6亿元，重点推进田块整治、灌溉排水、田间道路和农田输配电等工程建设。",
            "截至去年底，云岙县已累计建成高标准农田86万亩，占耕地面积的七成以上，项目区粮食亩产平均提高约10%。",
        ])
    pg.headline(b, spread_cols=11)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["本版编辑：柯小山　　校对：乔一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kk12() -> Page:
    """City daily FRONT page indented with two ASCII spaces: masthead; lead with 引题 kicker and run-in
    本报讯（记者 X）, its body printed in two pieces with a short item (run-in 本报讯（记者 X　通讯员 Y）) read in
    between; label 专访 over the first part of an interview (——副题, byline line 本报记者 X　Y, intro, 记者：／NAME：)
    ending in mid-sentence and the jump line （下转第6版）; 今日导读 box; footer."""
    pg = Page("kk12.txt", cols=28, indent="  ", blanks="para", seed=4112,
              style="city daily FRONT page indented with two ASCII spaces, blank lines between paragraphs and blocks: five-line masthead (paper, English name, date with weekday, CN line, 今日8版 and issue number); lead with 引题 kicker (two phrases parted by U+3000, no 副题) and run-in 本报讯（记者 X）, its body printed in TWO PIECES with a short item (headline, run-in 本报讯（记者 X　通讯员 Y）) read in between (column pieces out of order); label 专访 over the FIRST PART of an interview (headline, ——副题 ——访 + post and name, byline line 本报记者 X　Y, intro, run-in 记者：／NAME： paragraphs) breaking off in mid-sentence, with the jump line （下转第6版） on a line of its own (continued in kk08); 今日导读 box; footer with editor and proof-reader")
    pg.furniture(["栖梧日报",
                  "QIWU DAILY",
                  cn_date(2036, 4, 16),
                  "国内统一连续出版物号　CN 57-0126",
                  "今日8版　第21876号"], "masthead")
    pg.blank()
    a = Article(
        "a", "一季度栖梧经济增长6.1%", subtitle="消费投资协同发力　新兴产业加快成长",
        byline="本报讯（记者　温叙白）", authors=["温叙白"], lead="本报讯（记者　温叙白）",
        notes="Lead. The 引题 above the headline (no 副题) is the subtitle, as g01 of handmade22. Run-in 本报讯（记者 X） "
              "excluded from first. **new:** its body is printed in two pieces, with the short item on the "
              "intercity railway read in between (column pieces out of order); the official quoted is not an author.",
        paras=[
            "栖梧市统计局4月14日发布数据，一季度全市实现地区生产总值1386.4亿元，按不变价格计算，同比增长6.1%，增速比全省平均水平高0.7个百分点。",
            "分产业看，第一产业增加值62.3亿元，增长3.2%；第二产业增加值571.8亿元，增长6.9%；第三产业增加值752.3亿元，增长5.7%。规模以上工业增加值增长7.4%，其中高技术制造业增加值增长15.6%，占规模以上工业的比重提高到18.2%。",
            "需求方面，全市固定资产投资增长5.8%，其中工业投资增长12.1%；社会消费品零售总额增长6.0%，限额以上单位新能源汽车零售额增长46.3%。外贸进出口总额增长8.7%，其中出口增长10.4%。",
            "市统计局有关负责人表示，一季度全市经济运行开局良好，但也要看到，部分行业企业经营压力较大，有效需求仍显不足，下阶段要持续巩固经济回升向好态势。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    first, rest = Page.chunks(pg.render_body(a), [9])
    pg.emit(a, first)
    pg.gap()
    b = Article(
        "b", "栖梧至澜川城际铁路开工",
        byline="本报讯（记者　唐小棠　通讯员　于归）", authors=["唐小棠", "于归"],
        lead="本报讯（记者　唐小棠　通讯员　于归）",
        notes="Short item read in the middle of the lead's body (between its two pieces). Run-in 本报讯（记者 X　通讯员 Y） "
              "excluded from first; both are authors.",
        paras=[
            "4月15日，栖梧至澜川城际铁路正式开工建设。线路全长128公里，设计时速250公里，设站9座，建成后两地最快40分钟可达。项目总投资约246亿元，计划2040年建成通车。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.emit(a, rest)
    pg.gap()
    c = Article(
        "c", "数字经济要在“实”字上下功夫", section="专访", kind="interview",
        subtitle="——访九州大学数字经济研究院院长聂清和",
        byline="本报记者　申屠雨　唐小棠", authors=["申屠雨", "唐小棠"],
        notes="First part of an interview under the label 专访 (section); ——副题 is the subtitle; byline line "
              "本报记者 X　Y, both authors (申屠雨 is a two-character surname). The text breaks off in mid-sentence "
              "and the jump line （下转第6版） on a line of its own is not body; the rest is on page 6 (kk08, a "
              "record of its own there). The economist interviewed (聂清和) is not an author. Kind interview.",
        paras=[
            "数字经济规模持续扩大，但一些地方也出现了重概念、轻应用，重平台、轻产业的倾向。数字经济如何更好赋能实体经济？本报记者专访了九州大学数字经济研究院院长聂清和。",
            "记者：您多次提到数字经济要“脱虚向实”，怎么理解？",
            "聂清和：数字经济不是空中楼阁，它的价值最终要体现在实体经济的效率提升上。衡量一个地方数字经济发展得好不好，不能只看数据中心建了多少、平台企业有多少，更要看制造业、农业、服务业的生产效率提高了多少。现在有的地方热衷于建设算力中心，但本地企业用不上、用不起，算力利用率不到三成，这就是典型的“虚”。",
            "记者：栖梧是传统制造业城市，发展数字经济的突破口在哪里？",
            "聂清和：栖梧的优势恰恰在于制造业门类齐全、中小企业多，突破口应该是中小企业的数字化转型。大企业有钱有人，可以自己干；",
        ])
    pg.furniture(["专访"], "column label 专访")
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture(["（下转第6版）"], "jump line （下转第6版） (not body)")
    pg.blank()
    pg.furniture(["今日导读",
                  "◆公共数据授权运营平台上线（第6版）",
                  "◆县域商业网点建设提速（第3版）",
                  "◆一季度新增市场主体4.2万户（第2版）"], "今日导读 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["本版责任编辑：顾长风　　校对：林晚"], "footer")
    return pg


PAGES = [kk09, kk10, kk11, kk12]
