"""Pages y01-y04 of handmade29 (development set: special issues and supplements of business papers; all papers,
names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, cn_date, spaced, wrap


# ---------------------------------------------------------------------------
def y01() -> Page:
    """COVER of a business weekly's 年度盛典 special issue: masthead, the special's title block (letter-spaced),
    cover lead with run-in 本报澄州12月16日讯（记者 X） and a photo caption; 卷首语 under its label with the
    editor-in-chief's signature line after the body; run-in 本报讯 item with a two-line headline and a run-in
    （详见T3版） at its end; 本期导读 contents box; footer with the special's editors."""
    pg = Page("y01.txt", cols=26, indent=FW * 2, blanks="para", seed=2901,
              style="COVER of a business weekly's 年度盛典 special issue: masthead on three lines; the special's title block (特刊 SPECIAL ISSUE line, title letter-spaced with ASCII spaces, slogan of two phrases parted by U+3000, page range T1—T16); cover lead with run-in 本报澄州12月16日讯（记者 X） and a photo caption with credit 本报记者 X／摄 after it; label 卷首语 over a commentary whose signature line 本报总编辑 X is printed right-aligned AFTER the body; run-in 本报讯（记者 X） item with a headline on two lines and a run-in （详见T3版） at its end; 本期导读 contents box (page, column, title); footer with the special's 总策划 / 执行主编 / 美术编辑 and a licence + hotline line")
    pg.furniture(["瀚海经营报",
                  "HANHAI BUSINESS JOURNAL",
                  cn_date(2035, 12, 17) + "　第1520期　本期特刊16版"], "masthead")
    pg.blank()
    pg.furniture(["特　刊　SPECIAL ISSUE",
                  spaced("2035民营经济年度盛典"),
                  "向新而行　共赴山海",
                  "T1—T16"], "title block of the special issue")
    pg.blank()
    a = Article(
        "a", "第九届民营经济年度盛典在澄州举行",
        byline="本报澄州12月16日讯（记者　岑望舒）", authors=["岑望舒"],
        lead="本报澄州12月16日讯（记者　岑望舒）",
        notes="Cover lead of the special issue. Run-in 本报澄州12月16日讯（记者 X） is the byline, excluded from first. "
              "The photo caption after the body (credit 本报记者 纪昭／摄) is not body; the photographer is not an "
              "author.",
        paras=[
            "由瀚海经营报社主办的第九届民营经济年度盛典16日在澄州国际会议中心举行。来自全国各地的300余位企业家、专家学者和金融机构代表齐聚一堂，围绕“向新而行　共赴山海”的主题，共话民营经济高质量发展。",
            "盛典现场发布了2035年度民营企业创新力100强榜单，并揭晓年度人物、年度标杆企业等六大奖项。恒毅精工、瀚川电池、云岫科技等45家企业获评年度标杆企业，许知澜、郑砚、何穗等10位企业家当选年度人物。",
            "与会嘉宾认为，今年以来，民营企业在稳增长、促创新、扩就业等方面发挥了重要作用。前三季度，全国民营企业研发投入同比增长13.6%，有进出口实绩的民营企业数量同比增加4.1万家。面对复杂多变的外部环境，民营企业要坚定信心、苦练内功，在科技创新和开拓市场中赢得主动。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture(wrap("12月16日，第九届民营经济年度盛典现场，获奖企业代表上台领奖。　本报记者　纪昭／摄", 26),
                 "photo caption with credit (not body)")
    pg.blank()
    b = Article(
        "b", "在不确定中锚定确定", section="卷首语", kind="commentary",
        byline="本报总编辑　祁远舟", authors=["祁远舟"],
        notes="卷首语 of the special issue under its label (section). **new:** the signature line 本报总编辑 X printed "
              "right-aligned AFTER the body is the byline; the editor-in-chief wrote the piece and is its author "
              "(he is not an editor of the page here but the writer). Commentary.",
        paras=[
            "又是一年岁末时。回望2035年，民营企业走过的路并不平坦：外部需求起伏不定，部分行业竞争加剧，原材料价格和汇率波动考验着每一位经营者的定力。",
            "但我们也看到了另一番景象。在澄州，一家做紧固件的企业给每一颗螺丝装上了“数字身份证”；在鹤汀，一批电池企业抱团成链，把配套半径缩短到了50公里以内；在无数县城和乡村，年轻的创业者把小店开到了网上，把农产品卖到了海外。这些看似微小的变化汇聚起来，就是中国经济最深厚的韧性。",
            "不确定性是这个时代的常态，而确定性来自企业自身。对技术的长期投入是确定的，对客户的真诚服务是确定的，对规则和契约的坚守也是确定的。本期特刊记录的，正是这样一群在不确定中锚定确定的企业和企业家。",
            "愿他们的故事，给更多同行者以信心和力量。",
        ])
    pg.furniture(["卷首语"], "column label 卷首语")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 16 + b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "民营企业家年度调查：超七成企业计划明年增加研发投入",
        head=["民营企业家年度调查：", "超七成企业计划明年增加研发投入"],
        byline="本报讯（记者　顾澜）", authors=["顾澜"], lead="本报讯（记者　顾澜）", tail="（详见T3版）",
        notes="Headline on two lines (broken after the colon), joined. Run-in 本报讯（记者 X） excluded from first. "
              "**new:** the cross-reference （详见T3版） run in at the end of the text is excluded from last, like a "
              "run-in credit.",
        paras=[
            "本报联合九州大学管理学院开展的2035年度民营企业家调查结果日前出炉。调查共回收有效问卷2186份，其中73.4%的受访企业表示明年将增加研发投入，61.2%的企业计划拓展海外市场，比上年提高8.5个百分点。受访企业家最关注的三大问题依次为市场需求、融资成本和人才引进。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本期导读",
                  "T2　盛典全记录",
                  "T4　年度榜单　民营企业创新力100强",
                  "T6　对话　让每一颗螺丝都有“数字身份证”",
                  "T9　圆桌　链主带链　中小企业“抱团出海”",
                  "T12　年度人物",
                  "T15　企业形象"], "本期导读 contents box (not an article)")
    pg.blank()
    pg.furniture(["特刊总策划：韦东篱　执行主编：潘若溪　美术编辑：柴一禾",
                  "广告经营许可证：瀚工商广字第0371号　发行热线：（0571）8860 2210"],
                 "footer with the special's editors, licence and hotline")
    return pg


# ---------------------------------------------------------------------------
def y02() -> Page:
    """榜单 page of the special: header; the list's release report with the byline line 瀚海经营报研究院 (no
    person); the 榜单 table (rank, company, place, two figures); label 标杆企业 over a company profile with a
    photo caption between two paragraphs; label 评委点评 over a signed comment 文／post　NAME."""
    pg = Page("y02.txt", cols=34, indent=FW, blanks="arts", seed=2902,
              style="榜单 page of the special, ONE U+3000 indent, blank lines only between articles and blocks: header on three lines (T4 + special's name; 版名 年度榜单; paper + date with weekday); the list's release report with byline line 瀚海经营报研究院 (an institute, no person); 榜单 table (title, header row, ten rows of rank, company, place, R&D intensity, index; a 注 line with 数据来源); label 标杆企业 over a company profile (byline line 本报记者 X) with a photo caption credited 受访企业供图 printed BETWEEN two paragraphs; label 评委点评 over a comment with byline line 文／九州大学管理学院教授　X; footer with editor, designer, proof-reader")
    pg.furniture(["T4　2035民营经济年度盛典特刊",
                  "年度榜单",
                  "瀚海经营报　" + cn_date(2035, 12, 17)], "page header")
    pg.blank()
    a = Article(
        "a", "2035年度民营企业创新力100强榜单发布",
        byline="瀚海经营报研究院",
        notes="Release report of the list. **new:** byline line 瀚海经营报研究院 names the paper's institute, no "
              "person: byline as printed, no authors. The table after it is not body (non-article).",
        paras=[
            "由瀚海经营报研究院编制的“2035年度民营企业创新力100强”榜单于12月16日在第九届民营经济年度盛典上发布。恒毅精工、瀚川电池、云岫科技位列前三。",
            "本次榜单以全国营业收入10亿元以上的民营企业为样本，从研发投入、专利质量、新产品收入、数字化水平和人才结构五个维度构建创新力指数，共有1362家企业进入初选，经专家评审后确定最终名单。",
            "从地域分布看，入榜企业分布在22个省份，其中东部地区61家、中部地区21家、西部地区14家、东北地区4家。从行业分布看，高端装备、新能源、电子信息和生物医药四个行业合计占比达到68%。入榜企业平均研发投入强度为6.8%，比上年提高0.7个百分点。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["2035年度民营企业创新力100强（前10名）",
                  "排名　企业名称　　　　所在地　研发投入强度（%）　创新力指数",
                  "1　　恒毅精工集团　　澄州　　9.6　　　　　　　　92.4",
                  "2　　瀚川电池股份　　鹤汀　　11.2　　　　　　　 91.8",
                  "3　　云岫科技　　　　泷水　　18.5　　　　　　　 90.7",
                  "4　　锐驰动力　　　　榆关　　8.9　　　　　　　　88.3",
                  "5　　栖霞生物医药　　澄州　　21.3　　　　　　　 87.6",
                  "6　　北辰重工　　　　雁门　　6.4　　　　　　　　86.9",
                  "7　　长岚汽车　　　　鹤汀　　7.8　　　　　　　　85.2",
                  "8　　金域数链　　　　泷水　　14.1　　　　　　　 84.7",
                  "9　　青鸾储能　　　　望海　　9.3　　　　　　　　83.5",
                  "10　 远帆智慧物流　　澄州　　5.2　　　　　　　　82.1",
                  "注：完整榜单见瀚海经营报客户端　数据来源：瀚海经营报研究院"],
                 "榜单 table (rank, company, place, figures; not an article)")
    pg.blank()
    b = Article(
        "b", "瀚川电池：把研发投入当作“硬约束”", section="标杆企业",
        byline="本报记者　葛川", authors=["葛川"],
        notes="Company profile under the label 标杆企业 (section); byline line 本报记者 X. The photo caption credited "
              "受访企业供图 printed between the second and third paragraphs is not body. The chairman quoted "
              "(贺知远) is not an author.",
        paras=[
            "在鹤汀市高新区瀚川电池的研发中心，一面墙上贴着公司近十年的研发投入曲线：从2026年的1.3亿元到今年预计的18.6亿元，这条曲线几乎没有回头过。",
            "“行情好的时候要投，行情不好的时候更要投。”瀚川电池董事长贺知远对记者说，公司在章程里写明，每年研发投入不低于营业收入的8%，“这是一条硬约束，董事会也不能随便改”。",
            "这条“硬约束”换来了实实在在的回报。今年前三季度，瀚川电池储能电池出货量同比增长46%，其中采用自研长寿命电芯的产品占比超过七成；公司新增发明专利授权213件，半固态电池已在两家整车企业完成装车验证。",
            "贺知远坦言，储能和动力电池行业产能过剩的压力仍在，价格战短期内难以结束。“拼价格拼不过别人的时候，我们只能拼寿命、拼安全、拼服务。研发投入就是我们的底气。”",
        ])
    pg.furniture(["标杆企业"], "column label 标杆企业")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b, end=2)
    pg.furniture(["瀚川电池的半固态电池中试线。　受访企业供图"], "photo caption with credit, between two paragraphs")
    pg.body(b, start=2)
    pg.blank()
    c = Article(
        "c", "创新力榜单背后的三个信号", section="评委点评", kind="commentary",
        byline="文／九州大学管理学院教授　乔慕之", authors=["乔慕之"],
        notes="Signed comment by a jury member under the label 评委点评 (section); byline line 文／post　NAME: the "
              "professor wrote it and is the author. Commentary.",
        paras=[
            "翻看今年的榜单，我看到了三个值得关注的信号。",
            "第一，研发投入正在从“头部集中”走向“腰部发力”。排名50位至100位的企业，平均研发投入强度提高了1.1个百分点，增幅高于前50位企业。这说明创新不再只是少数龙头企业的“专利”。",
            "第二，创新的重心正在从产品走向工艺和服务。不少入榜企业的核心竞争力并不在于推出了多少新产品，而在于把生产效率、良品率和交付速度做到了极致。",
            "第三，中西部企业的身影越来越多。今年有39家中西部和东北企业入榜，比上年增加6家。产业梯度转移和本地创新生态的完善，正在让创新的版图变得更加均衡。",
        ])
    pg.furniture(["评委点评"], "column label 评委点评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：潘若溪　　美术编辑：柴一禾　　校对：余声"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y03() -> Page:
    """CEO interview of the special: kicker over headline over ——副题, byline line 本报记者 X　澄州报道, intro, crossheads,
    Q&A of 《瀚海经营报》：／NAME： paragraphs with a pull quote; a 记者观察 sidebar (own headline, signed （X） at
    the end) printed INSIDE the interview, which therefore comes in two pieces; photo caption; 人物名片 box;
    run-in 本报讯 item."""
    pg = Page("y03.txt", cols=30, indent=FW * 2, blanks="para", seed=2903,
              style="CEO interview page of the special: header on two lines; kicker (引题) over headline over ——副题 (——访…董事长X), byline line 本报记者 X　澄州报道; intro, three crossheads, Q&A of 《瀚海经营报》：／NAME： paragraphs with a pull quote; a 记者观察 sidebar (label, own headline, two paragraphs, signed （X） run in at the end) printed INSIDE the interview, cutting it in mid-sentence, so that the interview comes in TWO pieces; photo caption with credit after the interview; 人物名片 box; run-in 本报讯（记者 X） item; footer")
    pg.furniture(["T6　对话",
                  "瀚海经营报　" + cn_date(2035, 12, 17)], "page header")
    pg.blank()
    a = Article(
        "a", "让每一颗螺丝都有“数字身份证”", kind="interview",
        subtitle="——访恒毅精工集团董事长鲁承泽",
        byline="本报记者　石砚秋　澄州报道", authors=["石砚秋"],
        notes="CEO interview. Kicker (引题) 三十年深耕精密紧固件… over the headline is neither title nor subtitle; the "
              "——副题 is the subtitle. Byline line 本报记者 X　澄州报道. Body: intro paragraphs, crossheads and the "
              "《瀚海经营报》：／鲁承泽： paragraphs; the pull quote repeating a sentence of the text is printed inside "
              "the body and counted in it. **new:** a 记者观察 sidebar (label, headline, body) printed inside the "
              "interview cuts it in mid-sentence: the interview's body is in two pieces. The photo caption and the "
              "人物名片 box after it are not body. The interviewee (鲁承泽) is not an author.",
        paras=[
            "一颗螺丝能有多大学问？在恒毅精工集团董事长鲁承泽看来，答案是“够做一辈子”。",
            "1995年，鲁承泽带着6名工人在澄州城郊租下一间旧厂房，为外资企业代工标准件。三十年后，恒毅精工已成为国内高端紧固件领域的领军企业，产品用于高铁、风电、航空等领域，今年营业收入有望突破60亿元。日前，《瀚海经营报》记者专访了鲁承泽。",
            Cross("从“跟着订单走”到“带着标准走”"),
            "《瀚海经营报》：恒毅是从代工起步的，什么时候意识到必须转型？",
            "鲁承泽：2008年前后，我们最大的一个外资客户突然把订单转到了海外，一夜之间少了三分之一的收入。那时候我才明白，代工做得再好，命运也握在别人手里。从那以后，我们开始做自己的研发，第一步就是参与行业标准的制定。",
            "《瀚海经营报》：为什么把标准放在第一步？",
            "鲁承泽：紧固件看起来简单，但高端市场拼的是一致性和可靠性。谁能定标准，谁就有话语权。这些年我们主导和参与制定了17项国家和行业标准，很多客户找上门来，是因为我们的产品就是标准的“样板”。",
            Cross("“数字身份证”让质量可追溯"),
            "《瀚海经营报》：恒毅的每一颗螺丝都有“数字身份证”，这是怎么做到的？",
            "鲁承泽：我们给每一批次产品都赋了码，从原材料炉号、热处理曲线到检测数据，全部存档可查。风电客户的一颗螺栓如果出了问题，十分钟之内就能查到它是哪一天、哪一台设备、哪一个班组生产的。",
            Quote("“代工做得再好，命运也握在别人手里。”"),
            "《瀚海经营报》：这套系统投入大吗？",
            "鲁承泽：前后投了两个多亿，但值得。产品不良率从百万分之八十降到了百万分之十二，去年仅质量索赔一项就少支出3000多万元。",
            Cross("出海先“交朋友”再“做生意”"),
            "《瀚海经营报》：明年有什么新打算？",
            "鲁承泽：我们在北欧的服务中心明年上半年投用，海外收入占比要从现在的22%提高到30%。出海不能只想着卖产品，要在当地建团队、做服务，和客户一起解决问题。",
        ])
    b = Article(
        "b", "“慢”功夫里的快增长", section="记者观察",
        byline="（石砚秋）", authors=["石砚秋"], tail="（石砚秋）",
        notes="Sidebar under the label 记者观察 (section) printed INSIDE the interview (between its two pieces). "
              "Signed （X） run in at the end: the byline, excluded from last; the reporter is the author. Kind "
              "article (as the 记者手记 of earlier sets).",
        paras=[
            "采访中，鲁承泽多次提到一个“慢”字：研发要慢慢磨，客户要慢慢交，标准要一条一条地啃。正是这些“慢”功夫，让恒毅在行业低谷期依然保持了两位数增长。",
            "在追求速度的市场里，愿意下笨功夫的企业并不多。所谓“隐形冠军”，不过是把一件小事做了三十年。",
        ])
    pg.kicker(a, "三十年深耕精密紧固件，从代工小厂到“隐形冠军”")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    first, rest = Page.chunks(pg.render_body(a), [23])
    pg.emit(a, first)
    pg.gap()
    pg.furniture(["记者观察"], "column label 记者观察 of the sidebar")
    pg.headline(b)
    pg.body(b)
    pg.gap()
    pg.emit(a, rest)
    pg.gap()
    pg.furniture(wrap("恒毅精工的智能检测车间，每一批螺栓的数据都实时上传。　本报记者　纪昭／摄", 30),
                 "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["人物名片"] + wrap("鲁承泽　1968年生，澄州人，高级工程师。1995年创办恒毅精工，现任恒毅精工集团董事长、全国紧固件标准化技术委员会委员。曾获澄州市劳动模范、年度优秀民营企业家等称号。", 30),
                 "人物名片 profile box of the interviewee (not an article)")
    pg.blank()
    c = Article(
        "c", "澄州设立50亿元“专精特新”产业基金",
        byline="本报讯（记者　石砚秋）", authors=["石砚秋"], lead="本报讯（记者　石砚秋）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从澄州市工信部门获悉，该市近日设立总规模50亿元的“专精特新”产业基金，首期规模15亿元，重点投向高端装备、新材料和工业软件等领域的中小企业。基金将采取“母基金＋子基金”方式运作，预计撬动社会资本超过150亿元。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：潘若溪　　美术编辑：柴一禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y04() -> Page:
    """城市 special section of a business daily: long report across columns (two-line headline, byline line
    本报记者 X　通讯员 Y, ■ crossheads, a pull quote, a photo caption printed in the MIDDLE of a sentence,
    column breaks) ending in mid-sentence with a jump line （下转A10版）; 数读 box; two run-in 本报讯 items."""
    pg = Page("y04.txt", cols=22, indent=FW * 2, blanks="some", colbreak=14, seed=2904, p_para=0.4, p_gap=0.8,
              style="城市 special section of a business daily (城市专刊·泷水篇): header on three lines; one long report across several columns: headline on two lines broken at a phrase, byline line 本报记者 X　通讯员 Y, three ■ crossheads, a pull quote, a photo caption with credit 通讯员 X／摄 printed in the MIDDLE of a sentence, column breaks (a blank line every 14 body lines, also inside paragraphs); the report stops in mid-sentence before a jump line （下转A10版）; 数读 box (four figures with captions, 数据来源); run-in 本报讯（记者 X） item and run-in 本报讯（通讯员 X） item; footer")
    pg.furniture(["东岳商报",
                  "城市专刊·泷水篇",
                  cn_date(2035, 11, 20) + "　A9"], "page header")
    pg.blank()
    a = Article(
        "a", "泷水：老工业城市的“新”答卷", head=["泷水：老工业城市的", "“新”答卷"],
        byline="本报记者　温可岚　通讯员　卢夏", authors=["温可岚", "卢夏"],
        notes="Long report of the city special: headline on two lines, joined. Byline line 本报记者 X　通讯员 Y: both "
              "are authors (卢夏 also took the photo). ■ crossheads and the pull quote are body. The photo caption "
              "printed in the middle of a sentence of the third section is not body. The report stops in mid-"
              "sentence (last ends with a comma) and continues on A10 (page y12): the jump line （下转A10版） is not "
              "body. The executive quoted (乔远帆) is not an author.",
        paras=[
            "清晨7点，泷水经开区的马路上已经车来车往。二十年前，这里是一片钢厂、焦化厂和煤场，空气里常年飘着煤灰；如今，新材料、智能装备和数字经济企业的厂房沿着河岸一字排开，成了这座老工业城市转型的缩影。",
            "今年前三季度，泷水规上工业增加值同比增长8.7%，高技术制造业增加值占比提高到21.4%，比五年前翻了一番。",
            Cross("■一块“老钢板”的新生"),
            "泷水钢铁集团曾是全市最大的纳税企业，也是最大的排放户。2029年，企业关停了两座老高炉，把节省下来的产能指标和资金投向高端特钢。“过去我们卖的是论吨计价的普通钢板，现在卖的是按公斤计价的特种合金。”集团副总经理乔远帆说，今年企业特钢产品占比达到58%，吨钢利润是过去的三倍多。",
            Cross("■园区里的“链式反应”"),
            "特钢的升级带动了一条产业链。围绕高端合金材料，泷水经开区先后引进精密铸造、航空零部件和检测认证等配套项目47个，形成了从材料到部件再到整机的配套体系，园区企业的本地配套率从三年前的19%提高到43%。",
            Quote("“过去卖的是论吨计价的普通钢板，现在卖的是按公斤计价的特种合金。”"),
            "云岫科技是园区引进的一家工业软件企业。公司负责人告诉记者，选择泷水，看中的正是这里密集的制造场景，“我们的算法需要在真实的车间里反复打磨，泷水有最好的‘练兵场’”。",
            Cross("■把营商环境做成“产品”"),
            "在泷水市政务服务中心，“企业开办一件事”专区的窗口前并没有排起长队。工作人员介绍，企业开办全流程已压缩至半个工作日，工业项目从拿地到开工平均用时缩短到45天。今年以来，全市新增经营主体3.2万户，同比增长14%。",
            "泷水市发展改革委负责人表示，下一步，泷水将围绕特钢新材料、智能装备两大主导产业，",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    one, two = Page.chunks(items, [19])
    pg.emit(a, one)
    pg.furniture(wrap("泷水经开区内一家特钢企业的轧制车间。　通讯员　卢夏／摄", 22),
                 "photo caption with credit, printed in the middle of a sentence (not body)")
    pg.emit(a, two)
    pg.furniture(["（下转A10版）"], "jump line (not body)")
    pg.gap()
    pg.furniture(["数读泷水",
                  "8.7%",
                  "前三季度规上工业增加值增速",
                  "21.4%",
                  "高技术制造业增加值占比",
                  "47个",
                  "经开区新引进配套项目",
                  "3.2万户",
                  "今年新增经营主体",
                  "数据来源：泷水市统计局"], "数读 figures box (not an article)")
    pg.gap()
    b = Article(
        "b", "泷水至鹤汀城际铁路明年通车",
        byline="本报讯（记者　温可岚）", authors=["温可岚"], lead="本报讯（记者　温可岚）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从泷水市交通部门获悉，泷水至鹤汀城际铁路全线轨道铺设日前完成，预计明年6月开通运营。线路全长86公里，设站7座，设计时速200公里。建成后，两市间最快通行时间将由目前的1小时40分钟缩短至35分钟。",
            "沿线的泷水经开区、鹤汀高新区将因此形成“半小时产业圈”，为两地产业协作提供便利。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "泷水三年引进高层次人才1.2万名",
        byline="本报讯（通讯员　卢夏）", authors=["卢夏"], lead="本报讯（通讯员　卢夏）",
        notes="Run-in 本报讯（通讯员 X） (a 通讯员 alone) excluded from first; the 通讯员 is the author.",
        paras=[
            "泷水市日前发布人才发展报告。2033年以来，全市累计引进各类高层次人才1.2万名，其中博士及高级职称人才1860名。为留住人才，泷水推出“人才安居十条”，符合条件的人才可享受最高50万元购房补贴和三年免租的人才公寓。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：冯晚舟　　美编：殷小叶　　新闻热线：0563-2288 1100"], "footer")
    return pg


PAGES = [y01, y02, y03, y04]
