"""Pages km09-km12 of handmade43 (development set; all magazines, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, wrap
from pages_a import block, box, flow, mid, standfirst, starts


# ---------------------------------------------------------------------------
def km09() -> Page:
    """Business biweekly 特别报道 over THREE printed pages (40-42), blank lines only between blocks: the opening
    page's text comes FIRST and its display block (label, headline, 导语, byline 记者 X　实习生 Y) is printed AFTER
    it, where the page turns mid-sentence; 背景 box; running head of p.42 mid-sentence; 数据 box; 评论."""
    pg = Page("km09.txt", cols=28, indent="  ", blanks="arts", seed=4309,
              style="business biweekly SPECIAL REPORT over THREE printed pages (pp.40-42), indented with two ASCII spaces, blank lines only between blocks: page header, then the opening page's TEXT FIRST; its display block (label 特别报道, HEADLINE, 导语, byline line 《刊名》记者 X　实习生 Y) printed AFTER that text, where the page turns in MID-SENTENCE, followed by the running head of p.41; ■-marked crossheads; 背景 box (label, headline, two paragraphs) between paragraphs; running head of p.42 in mid-sentence; 数据 box; label 评论 over a comment with byline line 文／X; folio")
    pg.furniture(["经纬财经　2034年5月下　第10期　40"], "page header of p.40")
    pg.blank()
    a = Article(
        "a", "储能电站的“价格战”之后", section="特别报道",
        byline="《经纬财经》记者　庄牧野　实习生　陶安", authors=["庄牧野", "陶安"],
        notes="Special report over three printed pages. The text of the opening page is printed FIRST; the display "
              "block (label 特别报道 = section, headline, 导语, byline line) comes AFTER it, where the page turns in "
              "mid-sentence, so the headline sits between two pieces of its own body. The 导语 is neither body nor "
              "subtitle. Byline line 记者 X　实习生 Y: both are authors. Running heads, the 背景 box (an article of "
              "its own) and the 数据 box are not body; ■ crossheads are body. People quoted (祁望之 and unnamed "
              "managers) are not authors.",
        paras=[
            "在岚北省霁城市郊的一座独立储能电站，整齐排列的六十多个储能集装箱静静矗立。电站于去年9月并网，设计规模20万千瓦／40万千瓦时，但在并网后的半年里，它的实际调用次数只有设计能力的三成左右。",
            "“建的时候大家都很着急，生怕赶不上政策窗口。建好了才发现，电网调用的次数远远没有预想的多。”电站运营方霁城储衡科技公司的一位负责人对记者说。",
            "类似的情况并非个例。记者近期走访岚北、汀南两省多个储能项目发现，在经历了两年多的规模扩张和激烈的价格竞争后，储能行业正在进入一个新的阶段：设备价格已经降到“地板价”，项目的盈利模式却仍未理顺。",
            Cross("■价格“腰斩”"),
            "储能系统价格的下降速度，超出了多数从业者的预期。据行业机构统计，2032年初，国内储能系统的平均中标价格约为每瓦时1.3元，到今年一季度已降至0.68元左右，两年间降幅接近50%。",
            "价格下降的直接原因是产能快速扩张。一家储能系统集成企业的销售总监坦言，过去两年，大量企业涌入储能赛道，“有做电池的，有做光伏的，还有原来做空调、做电源的，大家都来分一杯羹。”在一些项目招标中，报价最低的企业甚至低于成本价投标。",
            "价格战的后果正在显现。今年以来，已有多家中小储能企业停产或被收购。霁城一家储能系统集成企业去年营收增长了40%，却出现了上市以来的首次亏损。“量越做越大，钱越赚越少。”该公司一位高管说。",
            Cross("■“建而不用”的症结"),
            "与价格战相伴的，是部分储能电站的利用率偏低。业内人士分析，一个重要原因是储能参与电力市场的机制还不完善。在一些地区，储能电站只能通过辅助服务获取收益，调用次数取决于电网调度，收入不稳定；现货市场的峰谷价差也不够大，储能“低充高放”的套利空间有限。",
            "另一个原因是部分项目建设缺乏统筹。前几年，一些地方要求新能源项目按照一定比例配建储能，不少企业为了拿到新能源指标而“被动配储”，建成后缺乏运营动力。“这类储能电站就是为了满足并网条件，只求建成、不求好用。”汀南大学能源经济研究中心主任祁望之说。",
            Cross("■从“抢装”到“抢活”"),
            "不过，变化已经开始发生。今年以来，岚北、汀南等省份相继出台政策，允许独立储能电站参与电力现货市场交易，并探索建立容量补偿机制。霁城储衡科技公司的那座电站，从4月起开始参与现货市场，当月收入比3月增长了一倍多。",
            "一些企业也开始转变竞争策略。一家头部储能企业的负责人表示，公司今年不再追求出货量排名，而是把重心放在电站运营和全生命周期服务上，“设备卖得再便宜，如果电站不赚钱，客户下一次就不会再买。”",
            "祁望之认为，储能行业的洗牌不可避免，也未必是坏事。“价格战挤出了一些没有技术积累的企业，接下来的竞争会更多地比拼系统效率、安全性能和运营能力。”他预计，随着电力市场改革推进，未来两到三年储能项目的收益模式将逐步清晰，行业将从“抢装”转向“抢活”。",
        ])
    bg = Article(
        "b", "什么是独立储能", section="背景",
        notes="Box between two paragraphs of the special report under the label 背景 (section), its own headline and "
              "two paragraphs: an article of its own. No byline.",
        paras=[
            "独立储能是指不依附于特定发电厂或用户、以独立主体身份直接接入电网的储能电站。与新能源配建储能相比，独立储能可以同时为多个新能源场站和电网提供调峰、调频等服务，利用效率相对较高。",
            "目前，独立储能的收入主要来自容量租赁、辅助服务补偿和电力现货市场价差套利等，各地政策差异较大。",
        ])
    st = starts(pg, a)

    def display():
        pg.blank()
        pg.furniture(["特别报道"], "column label 特别报道 of the display block")
        pg.headline(a)
        standfirst(pg, a, "两年间，储能系统中标价格下降近一半，行业从“抢装”转向“抢活”。价格战之后，谁能活下来？一批储能电站又为何“建而不用”？", 22)
        pg.line(a, a.byline, "byline")
        pg.blank()
        pg.furniture(["特别报道　SPECIAL REPORT　41"], "running head of p.41 at the page turn, mid-sentence (not body)")
        pg.blank()

    def boxed():
        pg.blank()
        box(pg, "背景", bg, cols=24, indent="  ")()
        pg.blank()

    flow(pg, a, inserts=[
        (mid(st, 2), display),
        (st[7], boxed),
        (mid(st, 9), block(pg, ["", "经纬财经　2034年5月下　42", ""], "running head of p.42 at the page turn, mid-sentence (not body)")),
        (st[10], block(pg, ["", "数据",
                            "0.68元／瓦时　今年一季度储能系统平均中标价格",
                            "近50%　两年间价格降幅",
                            "30%左右　部分独立储能电站并网后调用率", ""], "数据 box (figures; not an article)")),
    ])
    pg.blank()
    pg.furniture(["评论"], "column label 评论")
    c = Article(
        "c", "别让储能成为“摆设”", section="评论", kind="commentary",
        byline="文／谭晚舟", authors=["谭晚舟"],
        notes="Comment after the special report under the label 评论 (section), byline line 文／X: the author. "
              "Commentary.",
        paras=[
            "储能被称为新型电力系统的“稳定器”，但稳定器若长期闲置，就成了昂贵的摆设。部分储能电站“建而不用”，浪费的不只是企业的投资，还有本可以用来消纳新能源的调节能力。",
            "破解这一难题，关键在于让储能的价值能够被市场识别和定价。一方面要加快电力现货市场建设，拉大峰谷价差，让储能靠市场赚钱；另一方面要建立容量补偿机制，为储能提供的可靠容量付费。同时，对强制配储政策也应进行评估和调整，避免“一刀切”。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["42　经纬财经"], "folio")
    return pg


# ---------------------------------------------------------------------------
def km10() -> Page:
    """News weekly 人物 profile over THREE printed pages (56-58) in a 12-character column: headline letter-spaced
    across the column on two lines broken mid-word, letter-spaced crossheads, some justified body lines
    letter-spaced; caption; running heads wider than the column at two page turns (mid-sentence); 采访手记 with
    the writer's name right-aligned at its end."""
    pg = Page("km10.txt", cols=12, indent=FW, blanks="para", seed=4310,
              style="news weekly PEOPLE profile over THREE printed pages (pp.56-58), 12-character column indented with ONE U+3000, blank lines between paragraphs and blocks: page header, label 人物, HEADLINE letter-spaced with U+3000 across the column on two lines broken in MID-WORD (酱　园　第　五　代　传 / 人　的　直　播　间), 导语 (wrapped at 10), byline line wider than the column; crossheads letter-spaced with U+3000; some justified body lines letter-spaced with single spaces; photo caption with credit wrapped; running heads (wider than the column) at two page turns in MID-SENTENCE; label 采访手记 over a short piece with the writer's name right-aligned on its last line; folio")
    pg.furniture(["人物　PEOPLE", "九域新闻周刊　56"], "page header of p.56")
    pg.blank()
    pg.furniture(["人物"], "column label 人物")
    pg.blank()
    a = Article(
        "a", "酱园第五代传人的直播间", section="人物",
        byline="本刊记者　易青禾", authors=["易青禾"],
        notes="Profile over three printed pages in a 12-character column. Label 人物 is the section. Headline "
              "letter-spaced with U+3000 across the column, spread over two lines broken in mid-word (传 / 人), joined "
              "unspaced. The 导语 is neither body nor subtitle. Byline line 本刊记者 X (wider than the column). The "
              "letter-spaced crossheads are body; justified body lines left letter-spaced are body (first/last "
              "unspaced). The caption (photographer 冉柯, not an author) and the running heads at the page turns "
              "(mid-sentence) are not body. People quoted (沈知微) are not authors.",
        paras=[
            "凌晨五点，梧陵县老城的晒场上，三百多口酱缸排成整齐的方阵。三十四岁的沈知微掀开一口缸的竹编盖子，俯身闻了闻，又用木耙搅了几下。“今天太阳好，要多晒一会儿。”她说。",
            "沈知微是梧陵沈记酱园的第五代传人。这家酱园创办于1914年，以古法晒制的黄豆酱和酱油闻名。六年前，她辞去在省城一家外企的工作，回到老家接手了父亲的酱园。",
            Cross("接手", sep=FW),
            "接手之初，酱园的境况并不乐观。销售主要靠县城的几家老客户和逢年过节的礼品订单，一年营收不到两百万元，几个老师傅的平均年龄超过六十岁。“父亲常说，酱园能守住就不错了。”",
            "沈知微不甘心只是“守住”。她先是给酱园开了网店，效果平平；2030年，她试着在晒场上开直播，镜头对着酱缸，一边翻酱一边讲解古法晒酱的门道。没想到，第一场直播就吸引了两万多人观看，“很多人说，原来酱是这样晒出来的。”",
            Cross("坚守", sep=FW),
            "直播走红以后，订单量迅速上涨，最多的时候一个月卖出了过去一年的量。有人建议她扩大产能，甚至引入工业化生产线，“反正消费者也尝不出来”。",
            "沈知微拒绝了。她算过一笔账：古法晒酱一缸要晒足180天，产量受天气和场地限制，如果改用发酵罐，周期可以缩短到一个月，成本能降一半。“但那就不是沈记的酱了。”她把每年的产量控制在300吨左右，宁可让部分订单排队，也不降低标准。",
            "为了让老手艺有人传，她把几位老师傅请回来带徒弟，又在县里的职业学校开设了酿造技艺课程。目前，酱园的员工从十几人增加到62人，其中三十五岁以下的年轻人占了一半。",
            Cross("出发", sep=FW),
            "去年，沈记酱园营收达到3800万元，线上销售占比超过七成。今年，梧陵县把沈记酱园所在的老街列入历史文化街区保护范围，酱园的晒场也成了游客打卡的地方。",
            "沈知微并不满足于直播卖货。她正在筹建一座酱文化体验馆，让游客可以亲手参与晒酱、酿酱。“直播让更多人知道了沈记，但我希望他们有一天能到梧陵来，站在晒场上，闻一闻真正的酱香。”",
        ])
    pg.headline(a, spread_cols=12)
    pg.gap()
    standfirst(pg, a, "一家开了一百二十年的酱园，在第五代传人手里走进了直播间。老手艺和新渠道之间，她找到了自己的节奏。", 10)
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    st = starts(pg, a)
    flow(pg, a, justify_every=5, justify_offset=2, inserts=[
        (st[2], block(pg, ["沈知微在晒场上翻酱。", "图／本刊记者　冉柯"], "photo caption with credit between two paragraphs (not body)", pre=False)),
        (mid(st, 4), block(pg, ["人物　PEOPLE", "九域新闻周刊　57"], "running head of p.57 at the page turn, mid-sentence (not body)")),
        (mid(st, 7, 0.6), block(pg, ["人物　PEOPLE", "九域新闻周刊　58"], "running head of p.58 at the page turn, mid-sentence (not body)")),
    ])
    pg.gap()
    pg.furniture(["采访手记"], "column label 采访手记")
    c = Article(
        "c", "慢下来的底气", section="采访手记",
        byline="易青禾", authors=["易青禾"],
        notes="Short related piece after the profile under the label 采访手记 (section); the writer's name alone, "
              "right-aligned on a line at its end, is the byline (written without its leading U+3000s); she is the "
              "author. Kind article (as the 记者手记 of earlier sets).",
        paras=[
            "采访沈知微的那几天，正赶上晒酱的好天气。她每天天不亮就到晒场，直播时说话不紧不慢，遇到网友催发货，也只是笑着解释：酱还没晒够日子。",
            "在一个追求“快”的时代，敢于慢下来，需要底气。这份底气，来自一百二十年的老手艺，也来自她对消费者的信任：好东西，总会有人愿意等。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, FW * 9 + c.byline, "byline")
    pg.blank()
    pg.furniture(["58　九域新闻周刊"], "folio")
    return pg


# ---------------------------------------------------------------------------
def km11() -> Page:
    """Monthly 特别报道 over THREE printed pages (30-32) extracted with a blank line after EVERY line: headline
    with ——副题, 导语, byline 本刊记者 X　实习记者 Y; pull quote; running heads at two page turns (mid-sentence);
    数说 box; 评论 with byline line NAME（post）."""
    pg = Page("km11.txt", cols=36, indent=FW * 2, blanks="every", seed=4311,
              style="monthly economic magazine SPECIAL REPORT over THREE printed pages (pp.30-32) extracted with a blank line after EVERY line: page header, label 特别报道, headline opening with a quotation mark, ——副题, 导语 (wrapped at 28), byline line 本刊记者 X　实习记者 Y; crossheads; pull quote; running heads (two lines) at two page turns printed in MID-SENTENCE; 数说 box (title, four figure lines); label 评论 over a comment with byline line NAME（post）; folio")
    pg.furniture(["南屿经济观察　2034年第5期　30"], "page header of p.30")
    pg.furniture(["特别报道"], "column label 特别报道")
    a = Article(
        "a", "“候鸟老人”带火海岛康养", section="特别报道", subtitle="——南屿沿海康养产业观察",
        byline="本刊记者　钟离雪　实习记者　阮晴川", authors=["钟离雪", "阮晴川"],
        notes="Special report over three printed pages, a blank line after every line. Label 特别报道 is the "
              "section; ——副题 is the subtitle; the 导语 is neither body nor subtitle. Byline line 本刊记者 X　实习记者 "
              "Y: both are authors (钟离 is a two-character surname). The pull quote, the running heads at the page "
              "turns (mid-sentence) and the 数说 box are not body; crossheads are body. People quoted (唐伯谦, "
              "龚沛然, 柯晚晴, 蒲怀瑾) are not authors.",
        paras=[
            "每年11月，鹭屿岛的码头都会迎来一批特殊的“候鸟”。他们大多来自北方城市，年龄在六十岁以上，拖着行李箱，住进岛上的康养公寓，一住就是四五个月，直到来年春暖花开才返程。",
            "七十一岁的退休工程师唐伯谦已经连续第五年来鹭屿过冬。他和老伴在岛上租了一套带阳台的公寓，每月租金加服务费约4500元。“在老家冬天出门要穿好几层，在这里每天早上去海边走走，血压都稳了。”",
            "据鹭屿县文旅部门统计，去年冬季来岛上过冬的老年游客超过3.8万人次，平均停留时间达到96天，带动当地康养、餐饮、医疗等消费约21亿元。",
            Cross("从“住下来”到“留得住”"),
            "康养需求的快速增长，让鹭屿的房地产和服务业迎来了新的机会。岛上原有的一批闲置酒店、民宿陆续被改造成康养公寓，配备了护理站、康复室和老年食堂。鹭屿颐潮养老服务公司总经理龚沛然介绍，公司运营的三处康养公寓共有床位680张，冬季入住率长期保持在95%以上。",
            "但“住下来”只是第一步。龚沛然坦言，很多老人最关心的是看病问题，“岛上医疗条件有限，一旦突发疾病，就要坐船去市区医院，老人和家属都不放心。”",
            "为此，鹭屿县与汐屿市两家三甲医院合作建立了医联体，在岛上设立了康养医疗服务中心，开通了远程会诊和异地就医直接结算。去年冬季，康养医疗服务中心累计接诊“候鸟老人”1.2万人次，跨省异地就医直接结算超过8000人次。",
            Cross("淡旺季的“跷跷板”"),
            "康养产业也面临明显的季节性难题。每年4月以后，随着“候鸟老人”返乡，岛上的康养公寓入住率会骤降到三成以下，部分护理人员只能暂时转岗或离岛。",
            "“冬天一床难求，夏天空空荡荡，这是海岛康养最头疼的问题。”鹭屿县发展改革局副局长柯晚晴说，县里正尝试推动“冬养夏游”，在夏季推出面向家庭游客和青少年研学的产品，提高设施的全年利用率。",
            "南屿省社会科学院研究员蒲怀瑾认为，康养产业要走得远，必须从“卖床位”转向“卖服务”，发展康复护理、健康管理、文化娱乐等多元业态，“让老人来了不仅能住，还能过得有意思，也让本地人在家门口找到工作。”",
            "三月底，唐伯谦开始收拾行李，准备回北方。临走前，他和几位老朋友在康养公寓的院子里约好，明年冬天还在这里见面。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    standfirst(pg, a, "每年冬天，数万名北方老人像候鸟一样飞到南屿的海岛上过冬。他们带来了消费，也带来了对医疗、护理和服务的新需求。海岛康养能否从“季节生意”变成一门长久的产业？", 28)
    pg.line(a, a.byline, "byline")
    st = starts(pg, a)
    flow(pg, a, inserts=[
        (mid(st, 4), block(pg, ["SPECIAL REPORT　特别报道", "31　南屿经济观察"], "running head of p.31 at the page turn, mid-sentence (not body)")),
        (st[6], block(pg, ["“冬天一床难求，", "夏天空空荡荡。”"], "pull quote (repeats a sentence of the text; not body)")),
        (st[7], block(pg, ["数说鹭屿康养",
                           "3.8万人次　去年冬季来岛过冬的老年游客",
                           "96天　平均停留时间",
                           "21亿元　带动相关消费",
                           "680张　颐潮公司康养公寓床位"], "数说 box (title and figures; not an article)")),
        (mid(st, 10), block(pg, ["SPECIAL REPORT　特别报道", "南屿经济观察　32"], "running head of p.32 at the page turn, mid-sentence (not body)")),
    ])
    pg.furniture(["评论"], "column label 评论")
    c = Article(
        "c", "康养不只是“住下来”", section="评论", kind="commentary",
        byline="乔砚（汀南大学社会保障研究中心副教授）", authors=["乔砚"],
        notes="Comment under the label 评论 (section) whose byline line is NAME（post）: byline as printed, the name "
              "is the author. Commentary.",
        paras=[
            "“候鸟式”康养的兴起，是人口老龄化和居民收入提高共同作用的结果。对于气候宜人的沿海和南方地区来说，这是一个不容错过的发展机遇。",
            "但也要看到，康养不同于一般的旅游，它对医疗、护理和社会服务的要求更高，周期也更长。地方在发展康养产业时，不能只盯着床位数量和短期消费，更要在医疗资源配置、异地就医结算、护理人才培养等方面补齐短板，把康养真正做成一项民生事业。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["南屿经济观察　2034年第5期　32"], "folio")
    return pg


# ---------------------------------------------------------------------------
def km12() -> Page:
    """Business weekly 特别报道 over FOUR printed pages (28-31) in a wide 46-character column, NO indent, blank
    lines seldom: ——副题, 导语, byline 本刊记者 X　发自Y; running heads at three page turns (mid-sentence); a
    table box; pull quote; 记者手记 with the writer's name right-aligned at its end."""
    pg = Page("km12.txt", cols=46, indent="", blanks="some", seed=4312, p_para=0.2, p_gap=0.6,
              style="business weekly SPECIAL REPORT over FOUR printed pages (pp.28-31), wide column, NO indent, blank lines seldom (paragraph ends mostly show only as short lines): page header, label 特别报道, headline with quotation marks, ——副题, 导语 (wrapped at 34), byline line 本刊记者 X　发自Y; crossheads; running heads at three page turns printed in MID-SENTENCE; table box (title, header row, four rows, 数据来源) between paragraphs; pull quote; label 记者手记 over a short piece with the writer's name right-aligned on its last line; folio")
    pg.furniture(["28　衡川商业周刊　2034年第18期"], "page header of p.28")
    pg.gap()
    pg.furniture(["特别报道"], "column label 特别报道")
    a = Article(
        "a", "小家电“卷”向哪里", section="特别报道", subtitle="——芜塘小家电产业带调查",
        byline="本刊记者　司空璃　发自芜塘", authors=["司空璃"],
        notes="Special report over four printed pages. Label 特别报道 is the section; ——副题 is the subtitle; the "
              "导语 is neither body nor subtitle. Byline line 本刊记者 X　发自Y: the reporter (司空 is a two-character "
              "surname) is the author. Running heads at the page turns (mid-sentence), the table box and the pull "
              "quote are not body; crossheads are body. People quoted (钱望北, 鲍清远, 鞠映川, 任晓葵) are not "
              "authors.",
        paras=[
            "五月的芜塘，空气里已经有了初夏的闷热。在芜塘镇东侧的一栋五层厂房里，空气炸锅生产线正开足马力运转，每隔十几秒，就有一台成品从流水线末端下线、装箱。",
            "“订单不少，利润很薄。”工厂老板钱望北一边在车间巡视一边对记者说。他的工厂去年生产空气炸锅约120万台，营收近两亿元，但净利润率只有2%左右，“一台机器赚不到五块钱。”",
            "芜塘是国内最大的小家电产业带之一，聚集了整机和配套企业3200多家，空气炸锅、电饭煲、养生壶、破壁机等产品产量占全国的三分之一以上。然而，这两年，芜塘的小家电企业普遍陷入了一场旷日持久的价格战。",
            Cross("价格一降再降"),
            "价格战最激烈的是空气炸锅。据当地行业协会统计，芜塘产空气炸锅的平均出厂价，从2031年的每台约180元降到今年一季度的不足110元，降幅接近四成。一些电商平台上，同类产品的售价已经跌破百元。",
            "“降价的空间，一部分来自规模效应和自动化，一部分来自压缩物料成本，还有一部分，说实话，就是在亏钱抢份额。”钱望北掰着手指给记者算账：一台空气炸锅的物料成本约75元，人工和制造费用约12元，包装和物流约8元，再加上平台扣点和推广费用，出厂价每降10元，利润就几乎归零。",
            "价格战的后果是行业加速分化。芜塘小家电行业协会会长鲍清远介绍，去年当地注销或停产的小家电企业超过400家，同时新增企业约260家，“有人出局，也有人进场，但总体上，中小企业的日子越来越难。”",
            Cross("有人在悄悄升级"),
            "也有企业选择了另一条路。在芜塘高新区，一家名为澜厨电器的企业没有参与空气炸锅的低价竞争，而是把研发重心放在了智能烹饪设备上。公司推出的一款多功能料理机，内置上百个菜谱程序，能够根据食材重量自动调整火力和时间，售价超过1500元，去年销量仍然增长了60%。",
            "“价格战打到最后，只能拼成本，拼不出未来。”澜厨电器总经理鞠映川说，公司每年把营收的6%投入研发，拥有专利230多项。去年，公司的海外销售额首次超过国内，产品进入了二十多个国家的中高端家电卖场。",
            "鲍清远说，像澜厨这样的企业在芜塘还是少数，但数量在逐年增加。目前，当地已有17家小家电企业被认定为专精特新企业，一批企业开始从贴牌代工转向自主品牌。",
            Cross("出路在哪里"),
            "如何走出价格战？受访的企业家和专家给出了不同的答案。有人寄希望于海外市场，认为新兴市场对小家电的需求仍在快速增长；有人主张行业自律，由协会牵头制定产品质量和价格底线；也有人认为，价格战本身就是一种出清，“熬过去的，就是赢家”。",
            "中洲轻工经济研究院研究员任晓葵认为，小家电产业的价格战，根源在于产品同质化严重、创新投入不足。“当大家都在生产同一款空气炸锅的时候，除了降价，确实没有别的办法。”她建议，地方政府在支持产业发展时，应更多引导企业在设计、品质和品牌上下功夫，加强共性技术平台和检测认证体系建设，同时严厉打击以次充好、虚假宣传等不正当竞争行为。",
            "离开芜塘的那天，记者又路过钱望北的工厂。他说，自己正在和一家设计公司接触，打算明年推出一款带自主设计的新品，“总不能一直跟在别人后面降价吧。”",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    standfirst(pg, a, "空气炸锅出厂价两年跌去近四成，一台机器赚不到五块钱。在国内最大的小家电产业带之一芜塘，有人在价格战里苦熬，有人悄悄转身做研发、做品牌。这场“内卷”的尽头在哪里？", 34)
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    st = starts(pg, a)
    flow(pg, a, inserts=[
        (mid(st, 4), block(pg, ["SPECIAL REPORT｜特别报道　29"], "running head of p.29 at the page turn, mid-sentence (not body)")),
        (st[6], block(pg, ["芜塘主要小家电产品平均出厂价（元／台）",
                           "品类　　　　2031年　　2032年　　2033年　　2034年一季度",
                           "空气炸锅　　182　　　　156　　　　128　　　　108",
                           "电饭煲　　　215　　　　201　　　　189　　　　183",
                           "养生壶　　　96　　　　 88　　　　 79　　　　 74",
                           "破壁机　　　348　　　　312　　　　276　　　　259",
                           "数据来源：芜塘小家电行业协会"], "table box between two paragraphs (not body)")),
        (mid(st, 8, 0.4), block(pg, ["30　SPECIAL REPORT｜特别报道"], "running head of p.30 at the page turn, mid-sentence (not body)")),
        (st[10], block(pg, ["“价格战打到最后，只能拼成本，拼不出未来。”"], "pull quote (repeats a sentence of the text; not body)")),
        (mid(st, 13, 0.5), block(pg, ["SPECIAL REPORT｜特别报道　31"], "running head of p.31 at the page turn, mid-sentence (not body)")),
    ])
    pg.blank()
    pg.furniture(["记者手记"], "column label 记者手记")
    c = Article(
        "c", "“熬”与“变”", section="记者手记",
        byline="司空璃", authors=["司空璃"],
        notes="Short piece after the special report under the label 记者手记 (section); the writer's name alone, "
              "right-aligned on a line at its end, is the byline (written without its leading U+3000s); the "
              "reporter is the author. Kind article.",
        paras=[
            "在芜塘采访的几天里，听到最多的一个字是“熬”。老板们说，熬过这一轮价格战，市场总会好起来。可是，熬的代价是利润、是工人的工资，也是本可以投向研发的资金。",
            "也有人选择了“变”。变的路更难走，要投钱、要试错，还不一定马上见效。但从澜厨电器的故事看，变，至少给了企业一个不必在价格上拼命的选择。对于整个芜塘来说，熬出来的是幸存者，变出来的才是未来。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, FW * 40 + c.byline, "byline")
    pg.blank()
    pg.furniture(["衡川商业周刊　2034.05.15　31"], "folio")
    return pg


PAGES = [km09, km10, km11, km12]
