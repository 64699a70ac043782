"""Pages kv01-kv04 of handmade52 (development set; 两会 conference coverage; all papers, agencies, authorities,
names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def kv01() -> Page:
    """Party paper 两会特刊 page 代表委员说: delegation report with ——副题 and run-in 本报北京3月6日讯（记者 X　Y）;
    代表委员说 box (headline, items each headed by a line NAME（post）, quotation; run-in （本报记者 X整理） at the end);
    两会快评 comment with byline line ■ X; footer."""
    pg = Page("kv01.txt", cols=26, indent=FW * 2, blanks="para", seed=5201,
              style="party paper 两会特刊 page 代表委员说: header on three lines (paper; date with weekday + 第4版; 版名 + 责任编辑); delegation report with headline, ——副题 and run-in 本报北京3月6日讯（记者 X　Y）; label 代表委员说 over a box: headline, then three voices, each a line NAME（全国人大代表、post） over a quotation paragraph, the compiler's credit （本报记者 X整理） run in at the end; label 两会快评 over a comment with byline line ■ X under its headline; footer with 统筹, designer, proof-reader")
    pg.furniture(["瀚海日报",
                  cn_date(2036, 3, 7) + "　第4版",
                  "两会特刊·代表委员说　　责任编辑：鲍青岚"], "page header")
    pg.blank()
    a = Article(
        "a", "岚江代表团审议政府工作报告",
        subtitle="——聚焦科技创新和产业创新深度融合",
        byline="本报北京3月6日讯（记者　卢照　吴溪亭）", authors=["卢照", "吴溪亭"],
        lead="本报北京3月6日讯（记者　卢照　吴溪亭）",
        notes="Delegation report. ——副题 is the subtitle. Run-in 本报北京3月6日讯（记者 X　Y） is the byline, excluded "
              "from first; both reporters are authors. The deputies quoted (符远山, 季蔓) are not.",
        paras=[
            "6日上午，十六届全国人大四次会议岚江代表团举行全体会议，审议政府工作报告。代表们一致认为，报告总结成绩实事求是，部署任务务实有力，字里行间体现了以人民为中心的发展思想。",
            "“报告提出推动科技创新和产业创新深度融合，为我们指明了方向。”全国人大代表、望川市市长符远山说，望川将围绕智能装备、新型储能两条主导产业链，今年新建中试基地6个，力争全年技术合同成交额突破300亿元。",
            "全国人大代表、岚江大学校长季蔓建议，进一步打通高校科研成果转化的“最后一公里”，允许科研人员以“先使用后付费”方式向中小企业许可专利，让更多成果从实验室走向生产线。",
            "代表们还围绕稳就业、县域医疗、农村养老服务等议题提出意见建议。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["代表委员说"], "column label 代表委员说 (box)")
    pg.gap()
    b = Article(
        "b", "把创新链产业链拧成一股绳", section="代表委员说",
        byline="（本报记者　吴溪亭整理）", authors=["吴溪亭"], tail="（本报记者　吴溪亭整理）",
        notes="代表委员说 box under its label (section): one headline over three voices. Each voice is headed by a line "
              "NAME（全国人大代表、post） printed on its own over a quotation paragraph; these speaker lines are body (as the "
              "expert lines of g05 of handmade22): the box is ONE article, the voices are not separate articles. The "
              "compiler's credit （本报记者 X整理） run in at the end is the byline, excluded from last; she is the "
              "author. The deputies and members speaking (韦叔衡, 尚晓岚, 郦丹秋) are not authors.",
        paras=[
            Cross("韦叔衡（全国人大代表、望川市智能装备产业园党工委书记）"),
            "“园区里的企业最缺的不是订单，而是能把样机变成产品的工程师。建议扩大卓越工程师培养规模，让企业导师和高校教师‘双向挂职’，人才链跟上了，创新链和产业链才能真正接起来。”",
            Cross("尚晓岚（全国政协委员、岚江省科学院副院长）"),
            "“基础研究十年磨一剑，评价也要有耐心。建议对从事基础研究的青年科研人员实行长周期评价，三年内不考核论文数量，让他们能安心坐冷板凳。”",
            Cross("郦丹秋（全国人大代表、禾丰县丹霞电子科技有限公司技术总监）"),
            "“我们是一家只有200多人的小企业，去年靠首台（套）保险补偿，把自主研发的检测设备卖进了大厂。希望这样的政策再加把劲，给中小企业的创新产品多一些‘首用’机会。”",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["两会快评"], "column label 两会快评")
    pg.gap()
    c = Article(
        "c", "“小切口”里见民生大文章", section="两会快评", kind="commentary",
        byline="■　单映雪", authors=["单映雪"],
        notes="Comment under the label 两会快评 (section); byline line ■ X under the headline (the writer is the "
              "author). Commentary.",
        paras=[
            "翻阅今年代表委员们带来的议案提案，不少聚焦的是“小事”：社区食堂如何办得长久，老旧小区加装电梯怎样少扯皮，农村客运班车能否多开一趟。事情虽小，却连着千家万户的日子。",
            "民生无小事，枝叶总关情。把“小切口”的建议做实，需要相关部门认真研究、及时回应，也需要代表委员们持续跟踪、一抓到底。让每一条建议都有回音、每一件实事都能落地，这正是履职尽责的应有之义。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版统筹：邝石　　版式：乔小棠　　校对：连夏"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kv02() -> Page:
    """Economic daily 两会·微访谈 page: 微访谈 Q&A with three deputies (kicker, headline with 、, byline line, intro,
    记者：／NAME（post）：paragraphs); QR box; label 提案直通车 over three items signed （记者 X） run in at the end."""
    pg = Page("kv02.txt", cols=30, indent="  ", blanks="some", seed=5202, p_para=0.4, p_gap=0.8,
              style="economic daily 两会·微访谈 page indented with two ASCII spaces, blank lines sometimes: header on three lines (page number + date with weekday; paper; 版名); label 微访谈 over a Q&A with three deputies: 引题 kicker, headline, byline line 本报记者 X, intro paragraph, then 记者：questions and answers opened by NAME（post）： run in; QR box (two lines) after it; label 提案直通车 over three items, each headline + text opened by the member's name and ending with （记者 X） run in; footer")
    pg.furniture(["6　" + cn_date(2036, 3, 8),
                  "澄江经济日报",
                  "两会·微访谈"], "page header")
    pg.blank()
    pg.furniture(["微访谈"], "column label 微访谈")
    a = Article(
        "a", "如何让经营主体敢投、敢闯、敢干", section="微访谈", kind="interview",
        byline="本报记者　喻晚晴", authors=["喻晚晴"],
        notes="微访谈 (section) with three deputies. The 引题 kicker 代表委员谈营商环境 above the headline is the "
              "subtitle (no 副题 printed). Byline line 本报记者 X: the interviewer is the author. The intro and the "
              "记者：／NAME（post）：paragraphs are the body; the deputies answering (蒋叔同, 邝茗, 柳闻莺) are not "
              "authors. Kind interview.",
        subtitle="代表委员谈营商环境",
        paras=[
            "民营经济是推动高质量发展的重要力量。如何进一步稳定预期、激发活力？本报记者采访了三位来自企业一线和基层的代表委员。",
            "记者：今年政府工作报告提出“持续优化民营经济发展环境”，您最关心的是什么？",
            "蒋叔同（全国人大代表、沣源市工商联主席）：企业最看重的是稳定、透明、可预期的政策环境。我在调研中发现，一些地方政策“新官不理旧账”、执法标准“一地一把尺子”的问题仍然存在。建议加快清理妨碍统一市场的规定，让企业家吃下定心丸。",
            "邝茗（全国政协委员、青穗市鸿景新材料股份有限公司董事长）：融资难、融资贵仍是中小企业的痛点。我们公司去年申请一笔设备更新贷款，光是抵押评估就跑了一个多月。希望金融机构多看企业的技术和订单，少盯着厂房和土地。",
            "记者：在拖欠企业账款方面，有什么好的办法？",
            "柳闻莺（全国人大代表、丹屿市律师协会会长）：清理拖欠账款要“清存量”也要“控增量”。建议把按期支付中小企业款项纳入政府部门和国有企业的考核，对恶意拖欠的，依法公开曝光，形成硬约束。",
            "蒋叔同：沣源去年上线了“欠款直通车”平台，企业可以在线反映被拖欠情况，由专班限时督办，全年帮助企业追回欠款4.6亿元。这样的做法值得推广。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["【扫码看视频】", "微访谈完整视频请扫描右侧二维码观看"], "QR box (not an article)")
    pg.blank()
    pg.furniture(["提案直通车"], "column label 提案直通车")
    pg.gap()
    items = [
        Article("b", "建议设立专精特新企业“首贷”风险补偿基金", byline="（记者　阎映秋）", authors=["阎映秋"],
                tail="（记者　阎映秋）", paras=[
                    "全国政协委员、北辰银行原副行长骆慎之在提案中建议，由中央和地方财政共同出资设立专精特新中小企业“首贷”风险补偿基金，对银行向首次获得贷款的专精特新企业发放的信用贷款，按损失金额的一定比例给予补偿，引导银行敢贷、愿贷。",
                ]),
        Article("c", "推动县域快递物流“统仓共配”", byline="（记者　阎映秋）", authors=["阎映秋"],
                tail="（记者　阎映秋）", paras=[
                    "全国政协委员、鹤汀县副县长戴晴川提交提案说，目前不少县域快递企业各建网点、各自配送，车辆空驶率高，进村成本居高不下。建议以县为单位建设共同配送中心，推动多家快递企业“统仓共配”，同时对农村末端网点给予适当运营补贴。",
                ]),
        Article("d", "把数字技能培训纳入职业技能提升行动", byline="（记者　贺知非）", authors=["贺知非"],
                tail="（记者　贺知非）", paras=[
                    "全国政协委员、九章数字职业学院院长秋若谷建议，将数据标注、工业互联网运维等新职业技能培训纳入职业技能提升行动补贴范围，支持职业院校与企业共建实训基地，帮助更多青年和转岗职工掌握数字技能。",
                    "他表示，目前相关岗位人才缺口超过百万，培训补贴能有效降低企业和个人的学习成本。",
                ]),
    ]
    for art in items:
        art.section = "提案直通车"
        art.notes = ("Item under the label 提案直通车 (section): headline, then the text opened by the proposing member "
                     "(not an author); the credit （记者 X） run in at the end is the byline, excluded from last; the "
                     "reporter is the author.")
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["本版编辑：陶一苇　　美编：霍小棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kv03() -> Page:
    """Party paper 两会·要闻 page with NO blank line: 部长通道 roundup (kicker, headline with U+3000, byline line of
    three reporters, intro, four officials each under a line ■post　NAME), a photo caption with credit cutting
    the roundup in two; 记者手记 signed （本报记者 X） run in at the end; wire item 华辰社北京…电（记者 X）."""
    pg = Page("kv03.txt", cols=27, indent=FW, blanks="never", seed=5203,
              style="party paper 两会·要闻 page, NO blank line anywhere, indented with ONE U+3000: header on three lines (page number + 版名; paper + date with weekday; editors); 部长通道 roundup: 引题 部长通道, headline with a U+3000 between two phrases, byline line of three reporters, intro, then four officials of invented authorities each under a line ■post　NAME over one paragraph; a photo caption with credit (two lines) printed between the second and third official; label 记者手记 over a short piece signed （本报记者 X） run in at the end; wire item with run-in 华辰社北京3月5日电（记者 X）; footer")
    pg.furniture(["2　两会·要闻",
                  "瀚海日报　" + cn_date(2036, 3, 6),
                  "责任编辑：钱岸　程栖梧"], "page header")
    a = Article(
        "a", "回应关切亮出民生“硬举措”", head=["回应关切　亮出民生“硬举措”"],
        subtitle="部长通道", byline="本报记者　韩栖　欧阳晓渡　任迢",
        authors=["韩栖", "欧阳晓渡", "任迢"],
        notes="部长通道 roundup. The 引题 部长通道 above the headline is the subtitle (no 副题). The headline is printed "
              "with a U+3000 between its two phrases (title written without it). Byline line of three reporters, "
              "all authors. ONE article: each official is introduced by a line ■post　NAME (body, like speaker "
              "lines), the officials of invented authorities (岑岳, 卓衡, 晏秋池, 邬海帆) are not authors. The photo "
              "caption with its credit (本报记者 任迢摄) printed between the second and third official is not body.",
        paras=[
            "5日，十六届全国人大四次会议开幕会结束后，首场“部长通道”采访活动举行。4位部长走上通道，回应社会关切。",
            Cross("■国家数字资源局局长　岑岳"),
            "今年将新开放公共数据资源目录2000项以上，重点向医疗、交通、气象等领域倾斜。“数据只有用起来才有价值，我们要让企业找得到、拿得到、用得好。”岑岳说，年内将在20个城市开展公共数据授权运营试点。",
            Cross("■国家养老服务总局局长　卓衡"),
            "截至去年底，全国社区养老服务设施覆盖率达到92%。卓衡表示，今年将新建改建老年助餐点1.5万个，推进失能老人长期照护服务扩面，“让老年人在家门口就能吃上热乎饭、看上病”。",
            Cross("■国家低空交通管理局局长　晏秋池"),
            "低空经济是新赛道，安全是底线。晏秋池介绍，今年将在12个省份开展低空飞行服务保障体系建设，划设更多适飞空域，同时建立无人机“一机一码”实名登记和实时监管系统。",
            Cross("■国家乡村振兴发展署署长　邬海帆"),
            "去年全国脱贫地区农村居民人均可支配收入增长7.9%，快于全国农村平均水平。邬海帆说，今年将重点支持脱贫地区发展特色产业，确保防止规模性返贫的底线守得牢牢的。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=5)
    pg.furniture(wrap("图为3月5日，国家养老服务总局局长卓衡在“部长通道”接受采访。　本报记者　任迢摄", 27),
                 "photo caption with credit, between two officials of the roundup (not body)")
    pg.body(a, start=5)
    pg.furniture(["记者手记"], "column label 记者手记")
    b = Article(
        "b", "通道虽短答卷很长", head=["通道虽短　答卷很长"], section="记者手记",
        byline="（本报记者　欧阳晓渡）", authors=["欧阳晓渡"], tail="（本报记者　欧阳晓渡）",
        notes="记者手记 under its label (section); headline with a U+3000 between two phrases (title written without "
              "it). The credit （本报记者 X） run in at the end is the byline, excluded from last. Kind article.",
        paras=[
            "“部长通道”全长不过几十米，每位部长回答问题的时间也就几分钟。可在这几分钟里，记者们抛出的问题件件连着民生：养老、就业、看病、出行。",
            "几分钟能说清多少事？答案不在通道上，而在接下来一年的工作里。通道上的承诺，终究要用群众看得见的变化来兑现。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "全国政协十六届四次会议举行第二次全体会议",
        byline="华辰社北京3月5日电（记者　晏川）", authors=["晏川"], lead="华辰社北京3月5日电（记者　晏川）",
        notes="Wire item of the invented agency 华辰通讯社 (华辰社): run-in 华辰社北京3月5日电（记者 X） excluded from first, "
              "no （完）.",
        paras=[
            "全国政协十六届四次会议5日下午举行第二次全体会议，12位委员围绕推进中国式现代化建设作大会发言。",
            "委员们建议，加快发展新型储能和智能电网，完善跨区域生态补偿机制，健全覆盖城乡的公共就业服务体系，推动县域医共体建设提质增效。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["本版校对：聂思远　　版式设计：甘小满"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kv04() -> Page:
    """Provincial party paper 两会特刊 代表通道 page with a blank line after EVERY line: label 代表通道, one byline
    line for the whole strip, three items (letter-spaced headline, ——NAME line as 副题, text); QR line; footer."""
    pg = Page("kv04.txt", cols=22, indent=FW * 2, blanks="every", seed=5204,
              style="provincial party paper 两会特刊 page extracted with a blank line after EVERY line: header on three lines (paper; 两会特刊 + page; date with weekday); label 代表通道 over one byline line 本报特派记者 X　Y for the whole strip, then three items of one deputy each: headline letter-spaced with single ASCII spaces (one spread over two lines), a ——全国人大代表、post　NAME line as 副题, text; QR line and footer")
    pg.furniture(["青禾日报",
                  "两会特刊　第3版",
                  cn_date(2036, 3, 8)], "page header")
    pg.furniture(["代表通道"], "column label 代表通道")
    share = ("The strip's one byline line 本报特派记者 X　Y printed under the label 代表通道, above the first item, "
             "is read as the byline of every item of the strip; both reporters are authors of each.")
    items = [
        Article("a", "让山里的好茶卖出好价钱",
                subtitle="——全国人大代表、鹤汀县云岫村党支部书记　段秋禾", paras=[
                    "“我们村的高山云雾茶，以前一斤卖不到两百元，这几年有了地理标志，又搭上了直播，最好的能卖到一千多元。”走上代表通道，段秋禾讲起了村里的变化。",
                    "她说，下一步要把茶园、茶厂、茶旅串起来，让年轻人愿意回村创业，“好茶要卖出好价钱，也要留住会种茶的人”。",
                ]),
        Article("b", "把实验室建在产业园里",
                subtitle="——全国人大代表、青穗市鸿景新材料研究院院长　桑明远", paras=[
                    "桑明远带来了一块薄如蝉翼的新型隔膜材料。“这块材料从实验室到量产，用了不到两年。秘诀就是把实验室建在产业园里，研发人员和工程师天天在一起。”",
                    "他建议，支持更多科研院所在产业园区设立中试平台，缩短成果转化周期。",
                ]),
        Article("c", "乡村医生也要有“奔头”",
                subtitle="——全国人大代表、沣源市石门镇卫生院院长　蓝若溪", paras=[
                    "扎根乡镇卫生院十九年，蓝若溪最牵挂的是乡村医生队伍。“很多村医年纪大了，年轻人又不愿来，关键是收入低、没编制、没奔头。”",
                    "她建议，完善乡村医生养老保障，畅通乡村医生考取执业医师的渠道，“让愿意扎根的人留得下、干得好”。",
                ]),
    ]
    for i, art in enumerate(items):
        art.section = "代表通道"
        art.byline = "本报特派记者　宁远舟　苗穗"
        art.authors = ["宁远舟", "苗穗"]
        art.notes = ("Item of the 代表通道 strip (section). Headline letter-spaced with single ASCII spaces, written "
                     "unspaced. The line ——全国人大代表、post　NAME under it is the 副题 (subtitle); the deputy is not an "
                     "author. " + share)
        if i == 0:
            pg.line(art, art.byline, "byline")
        if i == 1:
            art.notes += " Its letter-spaced headline is spread over two lines (把 实 验 室 / 建 在 产 业 园 里), joined."
            pg.headline(art, sep=" ", lines=["把实验室", "建在产业园里"])
        else:
            pg.headline(art, sep=" ")
        pg.line(art, art.subtitle, "subtitle")
        pg.body(art)
    pg.furniture(["青禾日报客户端“两会频道”全程直播代表通道　扫码观看"], "QR line (not an article)")
    pg.furniture(["责任编辑：巫晚亭　　校对：汤小禾"], "footer")
    return pg


PAGES = [kv01, kv02, kv03, kv04]
