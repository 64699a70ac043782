"""Pages n09-n12: texts (invented) and how each page is laid out."""
from layout import FW, Article, Cross, Page, cn_date


def n09() -> Page:
    """北京日报 理论周刊-like theory essay, 44-char lines, 一、二、三、 sections."""
    p = Page("n09.txt", cols=44, indent=FW * 2, blanks="some", seed=109, p_para=0.2, p_gap=1.0,
             style="北京日报 理论周刊-like theory essay")
    p.furniture(["北京日报", cn_date(2024, 12, 2), "理论周刊", "第17版"], "page header")
    p.blank()
    essay = Article(
        "essay", "以数字化转型重塑超大城市治理", kind="commentary",
        byline="□ 王承宇", authors=["王承宇"],
        notes="Author line □ 王承宇 under the headline; sections 一、二、三、 are crossheads inside the "
              "body; author note （作者系中国人民大学公共管理学院教授） after the body, excluded.",
        paras=[
            "超大城市是经济社会活动高度集聚的复杂巨系统，人口密集、要素流动快、风险交织叠加，对治理能力"
            "提出了极高要求。近年来，以大数据、物联网、人工智能为代表的数字技术加速渗透到城市运行的各个"
            "环节，为破解超大城市治理难题提供了新的路径。如何把技术优势转化为治理效能，是摆在城市管理者"
            "面前的一道必答题。",
            Cross("一、数据要素正在改变城市治理的基本单元"),
            "传统城市治理以行政区划和职能部门为基本单元，信息自下而上层层传递，决策自上而下逐级落实。这"
            "种模式在城市规模较小、事务相对简单时行之有效，但面对超大城市海量、高频、交叉的治理需求，往"
            "往出现反应滞后、条块分割等问题。",
            "数据要素的引入，正在改变这一格局。城市运行中产生的交通流量、能源消耗、环境监测、市民诉求等"
            "数据，通过统一的平台汇聚、共享和分析，使管理者能够以更细的颗粒度感知城市状态。以市民服务热"
            "线为例，每年受理的千万量级诉求数据经过分类分析后，已成为发现治理短板、预判风险隐患的重要依"
            "据。",
            "可以说，数据正在成为城市治理新的“基本单元”。治理对象从模糊的整体变为可感知、可分析的具体场"
            "景，治理方式也从经验判断转向数据驱动。",
            Cross("二、从“看得见”到“管得好”需要制度创新"),
            "也要看到，数字化转型并不会自动带来治理效能的提升。一些地方热衷于建设“城市大脑”、指挥大屏，"
            "数据“看得见”了，问题却依然“管不好”。究其原因，在于技术应用与制度变革没有同步推进。",
            "一方面，部门之间的数据壁垒尚未完全打破。数据共享涉及权责划分、安全责任和利益调整，仅靠技术"
            "手段难以解决，需要从制度层面明确数据归集、共享和使用的规则。另一方面，业务流程没有随着技术"
            "应用进行重塑，一些线上系统只是把线下流程“搬上网”，基层工作人员反而要在多个系统间重复填报。",
            "因此，推进超大城市数字治理，必须坚持技术创新与制度创新“双轮驱动”，以数据流带动业务流、决策"
            "流，推动跨部门、跨层级、跨区域的协同治理。",
            Cross("三、让数字治理更有温度"),
            "城市治理的最终目的是为了人。数字化转型在提升效率的同时，也要防止出现“数字鸿沟”和“技术冷"
            "漠”。对于不会使用智能手机的老年人、残障人士等群体，应当保留必要的线下服务渠道；对于涉及个人"
            "信息的数据采集和使用，应当严格遵守法律法规，保护市民的隐私权益。",
            "更重要的是，数字治理要始终坚持以市民需求为导向。技术是手段而不是目的，衡量数字治理成效的标"
            "准，不是建了多少系统、汇聚了多少数据，而是群众的急难愁盼问题是否得到了及时有效解决。",
            "站在新的起点上，超大城市应当以更大的决心推进数字化转型，在实践中不断探索符合自身特点的治理"
            "模式，让城市运行更安全、更高效，让市民生活更便利、更舒心。",
        ])
    p.headline(essay)
    p.line(essay, essay.byline, "byline")
    p.gap()
    p.body(essay)
    p.line(essay, "（作者系中国人民大学公共管理学院教授）", "note")
    p.gap()

    book = Article(
        "book", "《城市的尺度》：在街巷之间理解城市",
        byline="□ 林蔚", authors=["林蔚"],
        notes="Book note; publication line （中国城市出版社2024年10月出版） and the author line □ 林蔚 "
              "are printed after the body.",
        paras=[
            "城市应该为谁而建？城市规划学者苏晴在新著《城市的尺度》中，以十余座中外城市的街巷为样本，讨"
            "论了城市空间与日常生活之间的关系。",
            "作者认为，衡量一座城市是否宜居，不在于高楼和广场的规模，而在于步行十五分钟之内能否满足日常"
            "所需，在于街道是否适合老人和孩子停留。书中大量使用实地观察和访谈材料，文字平实，适合对城市"
            "问题感兴趣的普通读者阅读。",
        ])
    p.furniture(["新书架"], "column label 新书架")
    p.headline(book)
    p.gap()
    p.body(book)
    p.line(book, "（中国城市出版社2024年10月出版）", "note")
    p.line(book, book.byline, "byline")
    p.gap()
    p.furniture(["责任编辑：赵 然  美编：孙 佳"], "page footer: credits")
    return p


def n10() -> Page:
    """南方周末-like feature with deck, byline, 编者按, subheads and a sidebar inside."""
    p = Page("n10.txt", cols=34, indent="", blanks="para", seed=110, colbreak=31,
             style="南方周末-like feature with sidebar")
    p.furniture(["南方周末", "INFZM.COM", cn_date(2024, 11, 28, weekday=False), "经济  第14版"],
                "page header")
    p.blank()
    feat = Article(
        "feat", "一片红树林的“碳汇账”",
        byline="南方周末记者 肖雨辰 南方周末实习生 何静怡", authors=["肖雨辰", "何静怡"],
        notes="Deck paragraph under the headline and the 编者按 paragraph before the text are not "
              "body. Subheads 渔民成了“护林员” / 一吨碳汇值多少钱 / 走向市场还差几步 are inside the "
              "body. The sidebar 什么是蓝碳 (its own article) is printed inside the article area, "
              "between two sections, so the feature's body is in two pieces around it.",
        paras=[
            "11月的湛江，海风已经有了凉意。退潮后的滩涂上，一片片红树林露出盘根错节的根系。52岁的渔民黄"
            "德明蹲在林边，把一株半米高的白骨壤幼苗插进淤泥里。",
            "这是他今年种下的第三千多株红树苗。三年前，黄德明还在近海捕鱼，如今他的身份是当地一家红树林"
            "保护合作社的“护林员”，每个月能拿到3200元工资。",
            "改变他生计的，是一笔看不见摸不着的“碳汇”。几年前，当地完成了一个红树林蓝碳交易项目，将一片"
            "红树林修复项目产生的数千吨二氧化碳减排量转让给一家企业。此后，当地又陆续完成了多笔交易。",
            Cross("渔民成了“护林员”"),
            "黄德明所在的村子紧挨着一片红树林保护区。上世纪90年代，为了发展围塘养殖，村里有不少红树林被"
            "砍伐。“那时候不懂，觉得这些树没用，还挡着养虾。”他说。",
            "碳汇交易让红树林有了“价格”。按照项目设计，交易收益的一部分用于支付护林员工资和补种费用。目"
            "前，合作社已吸纳周边3个村的46名渔民参与管护，人均年增收超过3万元。",
            "村支书陈永康告诉南方周末记者，过去村里人对保护红树林积极性不高，“现在大家知道了，种树、护林"
            "也能挣钱”。",
            Cross("一吨碳汇值多少钱"),
            "然而，蓝碳的“价格”至今仍是一个难题。与森林碳汇相比，红树林、海草床和盐沼等海岸带生态系统的"
            "碳汇计量更为复杂，涉及植被生物量、沉积物埋藏等多个环节，监测成本高、周期长。",
            "一位从事海洋碳汇研究的科研人员对南方周末记者表示，目前国内蓝碳计量主要依据行业标准和项目方"
            "法学，不同机构测算的结果可能相差较大，“买家最关心的是，这一吨碳汇到底是不是真的”。",
            "价格也因此波动较大。南方周末记者梳理发现，近三年国内公开的十余笔蓝碳交易中，成交价格从每吨"
            "不到50元到每吨100多元不等，交易规模大多在数千吨到数万吨之间。",
            Cross("走向市场还差几步"),
            "更大的障碍在于市场出口。目前，蓝碳交易多以企业自愿购买为主，买方往往出于履行社会责任或品牌"
            "宣传的考虑，缺乏持续稳定的需求。",
            "今年1月，全国温室气体自愿减排交易市场正式启动，首批发布的方法学中就包括红树林营造项目。多位"
            "受访者认为，这为蓝碳进入规范化市场打开了通道，但方法学对项目的开工时间、造林面积和监测要求"
            "都有严格规定，许多已实施的修复项目难以满足条件。",
            "“蓝碳不能只靠‘卖碳’活着。”一位长期从事海洋生态修复的学者说，红树林的价值远不止固碳，还包括"
            "防风消浪、维护生物多样性、支撑渔业资源等，应当探索更多元的生态补偿方式。",
            "傍晚，海水开始上涨，黄德明收拾好工具往回走。他说，明年合作社计划再种100亩红树林，“只要树能"
            "活下来，总会有人看到它的价值”。",
        ])
    side = Article(
        "side", "什么是蓝碳",
        notes="Sidebar box with its own title (label 链接 above it) printed inside the feature's "
              "area; no byline.",
        paras=[
            "蓝碳是指利用海洋活动及海洋生物吸收大气中的二氧化碳，并将其固定、储存在海洋中的过程、活动和"
            "机制。红树林、海草床和盐沼是三类主要的海岸带蓝碳生态系统。",
            "研究表明，海岸带蓝碳生态系统的面积不到海床总面积的0.5%，但其碳储量可占海洋沉积物碳储量的"
            "一半以上。我国是世界上少数同时拥有这三类生态系统的国家之一。",
        ])
    p.headline(feat)
    p.gap()
    p.line(feat, "当一片海岸湿地的固碳量可以被测算、登记和出售，沿海渔村的", "deck")
    p.line(feat, "生计也随之改变。但蓝碳交易要走向规模化，仍有不少难题待解。", "deck")
    p.gap()
    p.line(feat, feat.byline, "byline")
    p.gap()
    for ln in ["编者按：海洋是地球上最大的碳库。近年来，我国多地开展海洋",
               "碳汇交易探索。本期起，本版推出“蓝碳观察”系列报道，关注这",
               "一新兴领域的进展与挑战。"]:
        p.line(feat, ln, "editor_note")
    p.gap()
    split = feat.paras.index(next(x for x in feat.paras
                                  if isinstance(x, Cross) and x.text == "走向市场还差几步"))
    p.emit(feat, p.render_body(feat, end=split))
    p.gap()
    p.kicker(side, "■链接")
    p.headline(side)
    p.gap()
    p.body(side)
    p.gap()
    p.emit(feat, p.render_body(feat, start=split))
    p.gap()

    op = Article(
        "op", "绿色转型需要“算得清”的账", kind="commentary",
        byline="文/周以宁", authors=["周以宁"],
        notes="Short signed opinion piece at the foot of the page.",
        paras=[
            "无论是碳汇交易还是绿色金融，一个共同的前提是“算得清”：减排量要可测量、可报告、可核查，资金"
            "投向要可追踪、可评估。",
            "这些年，一些地方在绿色转型中热衷于“造概念”“签大单”，对后续的计量、监测和核查重视不够，结果"
            "是项目看上去很热闹，实际效果却难以说清。账算不清，市场就难以建立信任，社会资本也不敢轻易进入。",
            "把账算清，需要统一的标准，也需要独立的第三方机构和透明的信息披露。只有每一吨碳、每一笔钱都经"
            "得起检验，绿色转型才能走得稳、走得远。",
        ])
    p.headline(op)
    p.line(op, op.byline, "byline")
    p.gap()
    p.body(op)
    p.gap()
    p.furniture(["责任编辑 杨帆"], "page footer: editor credit")
    return p


def n11() -> Page:
    """晚报 sports/culture page: 11-char column, a blank line after every line,
    headlines letter-spaced across the column."""
    p = Page("n11.txt", cols=11, indent="", blanks="every", seed=111,
             style="晚报 sports/culture page, narrow column")
    p.furniture(["滨江晚报", cn_date(2024, 12, 6), "B4", "体育·文化"], "page header")
    run = Article(
        "run", "滨江马拉松报名破三万",
        byline="◎晚报记者 蒋一帆", authors=["蒋一帆"],
        notes="Headline letter-spaced across the narrow column on two lines; byline ◎晚报记者 蒋一帆.",
        paras=[
            "记者昨天从市体育局获悉，2025滨江马拉松报名通道于12月5日24时关闭，共有3.2万名跑者报名，"
            "创下赛事举办以来的新高。",
            "本届赛事将于明年3月举行，设全程马拉松、半程马拉松和健康跑三个项目，总参赛规模2.5万人，将通"
            "过抽签确定参赛名额。组委会表示，中签结果将于12月下旬公布。",
        ])
    p.headline(run, spread_cols=11)
    p.line(run, run.byline, "byline")
    p.body(run)
    play = Article(
        "play", "话剧《渡口》昨晚首演",
        head=["话剧《渡口》", "昨晚首演"],
        byline="□罗敏", authors=["罗敏"],
        notes="Headline letter-spaced across the column on two lines; byline □罗敏.",
        paras=[
            "由市话剧团创排的原创话剧《渡口》昨晚在市大剧院首演。该剧以上世纪八十年代江边一个小渡口的变"
            "迁为线索，讲述了三代摆渡人的人生故事。",
            "演出结束后，观众起立鼓掌长达数分钟。导演周岚表示，剧组历时一年多，走访了沿江十余个老渡口，"
            "收集了大量口述材料。该剧将在本月连演12场，明年起赴省内多地巡演。",
        ])
    p.headline(play, spread_cols=11)
    p.line(play, play.byline, "byline")
    p.body(play)
    go = Article(
        "go", "少儿围棋赛落幕",
        byline="（徐可）", authors=["徐可"], tail="（徐可）",
        notes="Headline letter-spaced across the column; author only in brackets at the end of the "
              "last paragraph, excluded from last.",
        paras=[
            "为期三天的2024年滨江市少儿围棋锦标赛前天落幕，来自全市各区的420名小棋手参加了比赛。",
            "经过七轮角逐，实验小学的陈子墨、育才小学的林一诺分获男子组和女子组冠军。据了解，近年来我市学"
            "习围棋的青少年人数逐年增加，全市已有围棋特色学校26所。",
        ])
    p.headline(go, spread_cols=11)
    p.body(go)
    p.furniture(["编辑 胡小川", "美编 钱悦"], "page footer: credits")
    return p


def n12() -> Page:
    """人民日报海外版-like digest: 要闻速览 box of 【headline】text items, then one article."""
    p = Page("n12.txt", cols=36, indent=FW * 2, blanks="para", seed=112,
             trailing_newline=False, style="人民日报海外版-like digest")
    p.furniture(["人民日报海外版", cn_date(2024, 12, 4), "要闻  第2版", "责编：张 洁  版式：陈 茜"],
                "page header: masthead, date, section and page, credits")
    p.blank()
    p.furniture(["要闻速览"], "box banner 要闻速览")
    p.blank()
    items = [
        ("ship", "第二艘国产大型邮轮坞内起浮",
         "12月2日，第二艘国产大型邮轮在上海完成坞内起浮，标志着该船进入内装和系统调试阶段。该船总吨位"
         "约14.2万，可容纳乘客约4200人，计划于2026年底交付。"),
        ("rail", "前10个月全国铁路发送旅客36.5亿人次",
         "国家铁路局数据显示，今年1至10月，全国铁路累计发送旅客36.5亿人次，同比增长12.3%，创历史同期"
         "新高；完成货物发送量42.2亿吨，同比增长2.1%。"),
        ("wind", "深远海漂浮式风电平台在阳江投运",
         "12月1日，一座水深超过100米的深远海漂浮式风电平台在广东阳江海域正式投入运营。该平台单机容量"
         "16兆瓦，年发电量可满足约3万户家庭一年的用电需求。"),
        ("cre", "中欧班列年内开行突破1.7万列",
         "记者从中国国家铁路集团有限公司获悉，截至11月30日，今年中欧班列累计开行1.75万列，发送货物"
         "188万标箱，同比分别增长10%和9%。"),
        ("ice", "“冰雪丝路”国际论坛在哈尔滨开幕",
         "12月3日，2024年“冰雪丝路”国际论坛在黑龙江哈尔滨开幕，来自20多个国家和地区的300余名嘉宾"
         "围绕冰雪经济、冰雪旅游与国际合作等议题展开交流。"),
    ]
    for key, title, text in items:
        a = Article(key, title, paras=[text], lead=f"【{title}】", section="要闻速览",
                    notes="Digest item: headline in 【】 run in at the start of its only paragraph "
                          "(title_line = body_start); the bracketed headline is excluded from first.")
        p.emit(a, p.render_body(a, head_role=True))
        p.gap()
    dt = Article(
        "trade", "我国数字贸易规模持续扩大",
        byline="本报北京12月3日电 （记者 罗瑞雪）", authors=["罗瑞雪"],
        lead="本报北京12月3日电 （记者 罗瑞雪）",
        notes="Dateline 本报北京12月3日电 （记者 罗瑞雪） run in at the start of the body, excluded "
              "from first. Last line of the file, no trailing newline.",
        paras=[
            "商务部3日发布的《中国数字贸易发展报告（2024）》显示，2023年我国可数字化交付的服务进出口额"
            "达3.67万亿元，同比增长3.5%，规模再创历史新高；跨境电商进出口额达2.38万亿元，增长15.6%。",
            "报告指出，我国数字贸易呈现出规模稳步增长、结构持续优化、主体日益多元等特点。数字技术、数字"
            "内容和数字服务贸易快速发展，云计算、大数据、网络游戏、数字影视等领域涌现出一批具有国际竞争"
            "力的企业。",
            "商务部有关负责人表示，下一步将加快推进数字贸易改革创新，积极参与数字贸易国际规则制定，推动"
            "数字贸易示范区建设，持续提升数字贸易开放水平和国际竞争力。",
        ])
    p.gap()
    p.headline(dt)
    p.gap()
    p.body(dt)
    return p


PAGES = [n09, n10, n11, n12]
