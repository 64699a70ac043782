"""Pages la09-la12 of handmade57 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


def bullets(pg: Page, a: Article, items: list[str], cols: float, first: str = "", rest: str = "") -> None:
    """Print a bullet list item by item, each wrapped at the column width with its own hanging indent (written
    with Page.emit, as the kit's render_body would indent the items as paragraphs)."""
    lines: list[str] = []
    for text in items:
        lines += wrap(text, cols, first, rest)
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def la09() -> Page:
    """Provincial party daily 要闻·解读 page: label 权威发布 over a wire item (嵩华社 run-in, （完） on a line of its
    own); label 一图读懂 over a headline, an intro text and the infographic's fragments (an article); a 政策解读
    whose body comes FIRST and whose headline and byline come after it; run-in 本报讯（记者 X） item."""
    pg = Page("la09.txt", cols=26, indent=FW, blanks="some", seed=5709, p_para=0.4, p_gap=0.8,
              style="provincial party daily 要闻·解读 page indented with ONE U+3000, blank lines sometimes: header on three lines (版名 要闻·解读; paper + date with weekday; 第2版 + 责任编辑); label 权威发布 over a wire item with run-in 嵩华社澜城5月6日电（记者 X、Y） and the end mark （完） on a line of its own; label 一图读懂 over a headline, an intro paragraph and the infographic's fragments (①…⑥ items each over a figure line with → and ↑, no indent), then a 数据来源 line: an article because it has a headline and text; 政策解读 article whose body is printed FIRST, its headline and byline line 本报记者 X AFTER it; run-in 本报讯（记者 X） item; footer with proof-reader")
    pg.furniture(["要闻·解读",
                  "沂澜日报　" + cn_date(2035, 5, 7),
                  "第2版　　责任编辑：苏明澈"], "page header")
    pg.blank()
    pg.furniture(["权威发布"], "column label 权威发布")
    a = Article(
        "a", "沂澜出台意见支持县域经济高质量发展", section="权威发布",
        byline="嵩华社澜城5月6日电（记者　蒲望、柯青禾）", authors=["蒲望", "柯青禾"],
        lead="嵩华社澜城5月6日电（记者　蒲望、柯青禾）",
        notes="Wire item of the invented agency 嵩华社 under the label 权威发布 (section): run-in dateline excluded from "
              "first, both reporters authors. The end mark （完） printed on a line of its own is not body.",
        paras=[
            "沂澜省委、省政府日前印发《关于支持县域经济高质量发展的若干意见》，提出到2037年，全省县域地区生产总值占全省比重提高到45%以上，培育产值超百亿元的县域特色产业集群30个。",
            "意见明确，省级财政每年统筹安排县域发展专项资金50亿元，对发展成效突出的县给予奖励；赋予县级更多经济管理权限，省级下放审批事项不少于100项。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture(["（完）"], "wire end mark on a line of its own (not body)")
    pg.gap()
    pg.furniture(["一图读懂"], "column label 一图读懂")
    b = Article(
        "b", "2035年全省十项民生实事（上）", section="一图读懂",
        notes="一图读懂 with its own headline and an intro text (label 一图读懂 is the section): an article (la02's "
              "infographic, fragments only, is not). The body runs from the intro paragraph through the infographic's "
              "fragments (①…⑥ items and figure lines with → and ↑); the 数据来源 line after it is not body. No byline, "
              "no authors.",
        paras=[
            "今年，省政府将集中力量办好十项民生实事，总投资386亿元。本期先看前六项。",
            Raw(["①就业增收",
                 "→ 新增城镇就业　50万人",
                 "②教育扩容",
                 "→ 新增学位　8.6万个",
                 "③医疗服务",
                 "→ 县级医院重症床位　↑20%",
                 "④养老托育",
                 "→ 新增普惠托位　1.2万个",
                 "⑤住房保障",
                 "→ 改造老旧小区　1360个",
                 "⑥出行便利",
                 "→ 新改建农村公路　5000公里"]),
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.furniture(["数据来源：沂澜省人民政府办公厅"], "data-source line of the infographic (not body)")
    pg.gap()
    c = Article(
        "c", "县域经济“强起来”要迈过几道坎",
        byline="本报记者　黎秋白", authors=["黎秋白"],
        notes="政策解读 whose body is printed FIRST (right after the infographic's 数据来源 line) and whose headline and "
              "byline line 本报记者 X come AFTER it. The county official quoted is not an author.",
        paras=[
            "县域是经济发展的基本单元。去年全省县域地区生产总值占全省的41.6%，但县与县之间发展差距依然明显，排名前十的县经济总量相当于后三十个县的总和。",
            "产业弱、人才缺、要素散，是不少县的共同难题。此次出台的意见，针对性地提出“一县一业”培育、县域人才专项编制、跨县产业园区利益共享等举措。",
            "“过去是县里自己找项目，现在省里帮着搭平台。”松阳县发展改革局局长冉启文说，县里正在谋划一个农产品精深加工园区，希望借政策东风引进龙头企业。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    d = Article(
        "d", "全省首批县域商业体系示范县名单公布",
        byline="本报讯（记者　黎秋白）", authors=["黎秋白"], lead="本报讯（记者　黎秋白）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "省商务厅5月6日公布全省首批县域商业体系建设示范县名单，松阳、丰溪等15个县入选。每个示范县将获得省级补助资金1000万元，用于建设县级物流配送中心和乡镇商贸中心。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版校对：钟一诺"], "footer")
    return pg


# ---------------------------------------------------------------------------
def la10() -> Page:
    """Financial daily 政策·解读 page, NO indent: 答记者问 with a headline on two lines, a long ——副题 and no byline
    (问：／答：); 名词解释 box of two ◎ terms without a headline; label 专家解读 over a piece with byline line □ X and
    （作者系…） after the body; label 权威发布 over two ● items."""
    pg = Page("la10.txt", cols=36, indent="", blanks="para", seed=5710,
              style="provincial financial daily 政策·解读 page, NO indent, blank lines between paragraphs and blocks: header on two lines (paper + 第4版; date with weekday + 版名 + 主编); 答记者问 with headline on two lines, ——副题 (…有关负责人就《…》答记者问) wrapped over two lines, NO byline, then 问：／答： paragraphs; 名词解释 box of two ◎ terms with definitions and no headline; label 专家解读 over a piece with byline line □ X and the line （作者系…） after the body; label 权威发布 over two items with ● headlines, each signed （记者 X） at the end; footer with editor and proof-reader")
    pg.furniture(["启衡财经日报　第4版",
                  cn_date(2033, 9, 27) + "　政策·解读　　主编：冯砚"], "page header")
    pg.blank()
    a = Article(
        "a", "规范发展小额贷款公司更好服务实体经济", kind="interview",
        head=["规范发展小额贷款公司", "更好服务实体经济"],
        subtitle="——启衡省地方金融管理局有关负责人就《启衡省小额贷款公司监督管理办法》答记者问",
        notes="答记者问: headline on two lines, joined; the long ——副题 (wrapped over two lines) is the subtitle. No "
              "byline is printed: no authors (the official who answers is not named). Body: only 问：／答： "
              "paragraphs. Kind interview.",
        paras=[
            "问：为什么要出台《办法》？",
            "答：截至今年6月末，全省共有小额贷款公司186家，贷款余额412亿元。近年来，行业在服务小微企业、“三农”方面发挥了积极作用，但也暴露出部分公司偏离主业、违规放贷等问题。出台《办法》，就是要引导行业回归本源、规范经营。",
            "问：《办法》对经营区域有哪些规定？",
            "答：小额贷款公司原则上在注册地所在市域范围内经营；开展网络小额贷款业务的，须经省地方金融管理局批准，不得跨省开展业务。",
            "问：对融资杠杆有什么要求？",
            "答：小额贷款公司通过银行借款、股东借款等非标准化融资形式融入资金的余额，不得超过其净资产的1倍；通过发行债券等标准化融资形式融入资金的余额，不得超过净资产的4倍。",
        ])
    pg.headline(a)
    for ln in wrap(a.subtitle, 36, "", FW * 2):
        pg.line(a, ln, "subtitle")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["名词解释",
                  "◎小额贷款公司"]
                 + wrap("经批准设立、不吸收公众存款、经营小额贷款业务的有限责任公司或者股份有限公司。", 36)
                 + ["◎标准化融资"]
                 + wrap("指通过发行债券、资产支持证券等在公开市场交易的方式融入资金。", 36),
                 "名词解释 box of two terms WITHOUT a headline (not an article)")
    pg.gap()
    pg.furniture(["专家解读"], "column label 专家解读")
    b = Article(
        "b", "为地方金融划清“跑道”", section="专家解读", kind="commentary",
        byline="□ 符清和", authors=["符清和"],
        notes="专家解读 written by the expert (byline line □ X, the author); the line （作者系…） after the body gives his "
              "post and is neither body nor byline. A signed opinion piece: commentary (as la02).",
        paras=[
            "小额贷款公司是地方金融体系的“毛细血管”。这次出台的管理办法，最大的意义在于为行业划清了“跑道”：能做什么、不能做什么、做到什么程度，都有了明确的规矩。",
            "值得注意的是，《办法》在压降杠杆的同时，也为合规经营的公司留出了发展空间。通过发行债券融资的上限放宽到净资产的4倍，就是鼓励小贷公司走规范化、透明化的融资道路。",
            "监管的目的不是“一管就死”，而是让守规矩的机构活得更好。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.furniture(["（作者系启衡财经大学金融学院院长）"], "author's post line after the body (not body)")
    pg.gap()
    pg.furniture(["权威发布"], "column label 权威发布")
    c1 = Article("c1", "省级政府性融资担保费率降至0.8%", head=["●省级政府性融资担保费率降至0.8%"], section="权威发布",
                 byline="（记者　贝云生）", authors=["贝云生"], tail="（记者　贝云生）",
                 notes="Item under the label 权威发布 with a ● headline (the ● is not part of the title); credit （记者 X） "
                       "at the end excluded from last.",
                 paras=["启衡省财政厅日前发布通知，省级政府性融资担保机构对小微企业和“三农”主体的担保费率，由1%以下统一降至0.8%以下，单户担保金额500万元以下的业务占比不得低于80%。"])
    c2 = Article("c2", "启衡上线中小企业融资信用服务平台", head=["●启衡上线中小企业融资信用服务平台"], section="权威发布",
                 byline="（记者　施晓岸）", authors=["施晓岸"], tail="（记者　施晓岸）",
                 notes="Item under the label 权威发布 with a ● headline; credit （记者 X） at the end excluded from last.",
                 paras=["9月26日，启衡省中小企业融资信用服务平台上线运行，归集税务、社保、水电等涉企信用信息2.6亿条，已有42家银行入驻。"])
    for art in (c1, c2):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["本版编辑：顾青舟　　校对：聂小年"], "footer")
    return pg


# ---------------------------------------------------------------------------
def la11() -> Page:
    """Government-affairs weekly in a very narrow column: label 权威发布 over an item with headline on two lines and
    run-in 本报讯（记者 X）; a headline with the label 【划重点】 printed UNDER it over ● bullets; 政策解读 with byline
    line 本报记者 X　通讯员 Y and a photo caption; label 记者手记 over a piece with byline line □ X."""
    pg = Page("la11.txt", cols=16, indent=FW, blanks="para", seed=5711,
              style="government-affairs weekly in a very narrow column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; 第417期 + date with weekday; 第3版 政策直通车); label 权威发布 over an item with headline on two lines and run-in 本报讯（记者 X） over two lines; a headline on two lines with the line 【划重点】 printed UNDER it and four ● bullets with hanging indent; 政策解读 article with headline on two lines, byline line 本报记者 X　通讯员 Y, and a photo caption with credit after the body; label 记者手记 over a piece with byline line □ X; footer wider than the column")
    pg.furniture(["汐宁政务周报",
                  "第417期　" + cn_date(2034, 6, 9),
                  "第3版　政策直通车"], "page header")
    pg.blank()
    pg.furniture(["权威发布"], "column label 权威发布")
    a = Article(
        "a", "汐宁发放稳岗返还资金1.6亿元", section="权威发布",
        head=["汐宁发放稳岗返还", "资金1.6亿元"],
        byline="本报讯（记者　竺青）", authors=["竺青"], lead="本报讯（记者　竺青）",
        notes="Item under the label 权威发布 (section); headline on two lines, joined. Run-in 本报讯（记者 X） excluded "
              "from first.",
        paras=[
            "记者从市人社局获悉，今年以来，汐宁市已向1.9万家参保企业发放失业保险稳岗返还资金1.6亿元，惠及职工42万人。资金通过“免申即享”方式直接拨付到企业账户。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "灵活就业社保补贴怎么领", section="划重点",
        head=["灵活就业社保补贴", "怎么领"],
        notes="划重点 list under its own headline (on two lines, joined), the label 【划重点】 printed UNDER the headline "
              "(the section; not body); four ● bullets with hanging indent are the body. No byline, no authors. "
              "Kind article.",
        paras=[Raw([
            "●对象：就业困难人员、离校2年内未就业高校毕业生。",
            "●标准：按实际缴费的三分之二给予补贴。",
            "●期限：最长不超过3年。",
            "●办理：登录“汐宁人社”小程序申请。",
        ])])
    pg.headline(b)
    pg.line(b, "【划重点】", "label")
    pg.gap()
    bullets(pg, b, b.paras[0].lines, 16, "", FW)
    pg.gap()
    c = Article(
        "c", "“家门口就业”服务站建到村里",
        head=["“家门口就业”", "服务站建到村里"],
        byline="本报记者　岑望　通讯员　米悦", authors=["岑望", "米悦"],
        notes="政策解读 article with headline on two lines, joined; byline line 本报记者 X　通讯员 Y (both "
              "authors). The photo caption with credit after the body is not body; the person in the "
              "photo and the photographer are not authors.",
        paras=[
            "按照市里新出台的就业服务提升方案，今年汐宁市将在所有行政村建成“家门口就业”服务站，提供岗位推荐、技能培训、劳务对接等服务。",
            "在双桥村服务站，工作人员每周更新一次周边企业招工信息。“以前要去城里找活，现在在村里就能报名。”村民甘月娥说，她上个月经服务站介绍，进了附近一家食品厂。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture(wrap("▲双桥村就业服务站工作人员为村民推荐岗位。　晏可　摄", 16), "photo caption with credit (not body)")
    pg.gap()
    pg.furniture(["记者手记"], "column label 记者手记")
    d = Article(
        "d", "一张招工表的分量", section="记者手记",
        byline="□ 竺青", authors=["竺青"],
        notes="记者手记 under its label (section) with byline line □ X under the headline. Kind article.",
        paras=[
            "服务站墙上贴着一张手写的招工表，字迹工整，每条信息后面都留着联系电话。",
            "对很多村民来说，这张表就是出门打工前最可靠的“地图”。政策好不好，最终要看能不能落到这样一张张实实在在的表格上。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["编辑：林照　校对：宋可心"], "footer")
    return pg


# ---------------------------------------------------------------------------
def la12() -> Page:
    """City daily 全文 page, blank lines sometimes plus column breaks: a page-wide 编者按 box; a regulation's full
    text (headline, adoption line, chapter crossheads, 第一条…); label 解读 over an interview (——副题 访…, byline line
    本报记者 X, 记者：／NAME：); run-in 本报讯（记者 X） item."""
    pg = Page("la12.txt", cols=30, indent=FW * 2, blanks="some", colbreak=11, seed=5712, p_para=0.45, p_gap=0.85,
              style="city party daily 全文 page, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on three lines (paper + date with weekday; 第6版; 版名 全文·解读); page-wide 编者按 box (label, text naming both pieces of the page) ABOVE the first headline; a regulation printed in full: headline (its name), the adoption line （…会议通过） under it (wrapped over two lines), chapter crossheads 第一章　总则 / 第二章　培育发展, 第一条… articles indented as paragraphs; label 解读 over an interview with ——副题 (——访…主任 NAME), byline line 本报记者 X, 记者：／NAME： paragraphs; run-in 本报讯（记者 X） item; footer with editor and proof-reader")
    pg.furniture(["青岚日报　" + cn_date(2035, 4, 3),
                  "第6版",
                  "全文·解读"], "page header")
    pg.blank()
    pg.furniture(["编者按"]
                 + wrap("《青岚市数据要素市场培育促进条例》将于今年5月1日起施行。本版今日刊发条例全文，并刊发对市人大常委会法制工作委员会负责人的专访，敬请关注。", 30, FW * 2),
                 "page-wide 编者按 box above the first headline, naming both pieces of the page (not an article, not body)")
    pg.gap()
    a = Article(
        "a", "青岚市数据要素市场培育促进条例",
        notes="A regulation printed in full (全文): the headline is its name (the title). The adoption line "
              "（2035年3月28日…会议通过） under the headline is treated like a subtitle line (not body, not the "
              "subtitle). The page-wide 编者按 box above the headline introduces both pieces of the page and is not "
              "body (unlike la05, where the 编者按 sits between the headline and 第一条 and opens the body). Body: "
              "chapter crossheads and 第一条… articles. No byline, no authors.",
        paras=[
            Cross("第一章　总则"),
            "第一条　为了培育和规范数据要素市场，促进数据依法有序流通和开发利用，发挥数据要素价值，推动数字经济高质量发展，根据有关法律、行政法规，结合本市实际，制定本条例。",
            "第二条　本市行政区域内数据要素市场培育、数据流通交易、数据开发利用及其监督管理等活动，适用本条例。",
            "第三条　市人民政府应当加强对数据要素市场培育工作的领导，建立工作协调机制，统筹解决重大问题。",
            Cross("第二章　培育发展"),
            "第四条　市数据主管部门应当会同有关部门建立数据资源目录，推动公共数据按照统一标准汇聚和共享。",
            "第五条　鼓励市场主体依法开展数据产品和服务交易。依法获取的数据，市场主体享有数据加工使用权和数据产品经营权。",
            "第六条　本条例自2035年5月1日起施行。",
        ])
    pg.headline(a)
    for ln in wrap("（2035年3月28日青岚市第十七届人民代表大会常务委员会第二十一次会议通过）", 30):
        pg.line(a, ln, "adoption")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["解读"], "column label 解读")
    b = Article(
        "b", "让数据“供得出、流得动、用得好”", section="解读", kind="interview",
        subtitle="——访青岚市人大常委会法制工作委员会主任卞守中",
        byline="本报记者　甄小满", authors=["甄小满"],
        notes="Interview under the label 解读 (section): ——副题 (访…主任 NAME) is the subtitle; byline line 本报记者 X "
              "(the author); body 记者：／卞守中： paragraphs; the official who answers is not an author. Kind interview.",
        paras=[
            "记者：为什么要制定这部条例？",
            "卞守中：我市数字经济核心产业增加值占地区生产总值的比重已超过12%，但数据“不愿供、不敢用、不会流”的问题仍然突出。条例以地方立法的形式明确规则，给市场主体吃下“定心丸”。",
            "记者：条例在数据权益保护方面有哪些突破？",
            "卞守中：条例明确，市场主体对依法获取的数据享有加工使用权，对数据产品享有经营权。这为企业投入数据开发提供了法律保障。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "青岚数据交易所累计交易额突破30亿元",
        byline="本报讯（记者　雷映川）", authors=["雷映川"], lead="本报讯（记者　雷映川）",
        notes="Economic item with run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从青岚数据交易所获悉，截至3月底，交易所累计挂牌数据产品1860个，累计交易额突破30亿元，其中一季度交易额9.2亿元，同比增长1.3倍。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["编辑：闻舒　　校对：俞一帆"], "footer")
    return pg


PAGES = [la09, la10, la11, la12]
