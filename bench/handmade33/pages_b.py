"""Pages kc05-kc08 of handmade33 (development set; all papers, magazines, think tanks, names, institutions, places
and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kc05() -> Page:
    """经济日报-like 理论 page in a narrow column: essay with a two-line headline, the author's name alone on a line
    under it, crossheads, and （作者系X大学教授） on a line of its own at the end; label 学术前沿 over an essay with
    ——副题, two names on the byline line and （作者单位：X） at the end; column breaks inside paragraphs."""
    pg = Page("kc05.txt", cols=16, indent=FW, blanks="some", colbreak=20, seed=3305, p_para=0.4, p_gap=0.85,
              style="经济日报-like 理论 page, narrow column indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 20 body lines, also inside paragraphs): header on three lines (paper; date with weekday + 第11版; letter-spaced 理　论); essay with a headline on two lines, the author's name alone on a line under it, three crossheads, and the credit （作者系X大学经济学院教授） on a line of its own after the last paragraph; label 学术前沿 over an essay with ——副题, byline line of two names parted by U+3000, credit （作者单位：X） on a line of its own at the end; footer with the page editor and e-mail")
    pg.furniture(["澜海经济日报", cn_date(2035, 6, 12) + "　第11版", "理　论"], "page header")
    pg.blank()
    a = Article(
        "a", "以要素市场化配置改革激发全社会内生动力",
        head=["以要素市场化配置改革", "激发全社会内生动力"], kind="commentary",
        byline="司马砚", authors=["司马砚"],
        notes="理论 essay by a scholar: headline on two lines, joined; the name alone on the line under the headline "
              "is the byline (司马砚, compound surname 司马). **new:** the credit "
              "（作者系X大学经济学院教授） on a line of its own after the last paragraph is not body. The "
              "crossheads are body. Commentary (a signed argued essay, as the 经济时评 of handmade22).",
        paras=[
            "要素市场化配置改革是建设高标准市场体系的重要内容，也是构建全国统一大市场的关键环节。近年来，我国在土地、劳动力、资本、技术、数据等要素领域推出了一系列改革举措，要素市场体系建设取得积极进展。但也要看到，与商品和服务市场相比，要素市场发育仍相对滞后，要素流动不畅、资源配置效率不高等问题依然存在，成为制约经济高质量发展的重要因素。",
            Cross("破除要素流动的体制机制障碍"),
            "推进要素市场化配置改革，首要的是打破要素自由流动的体制机制障碍。在土地要素方面，要深化农村集体经营性建设用地入市改革，探索建立城乡统一的建设用地市场；在劳动力要素方面，要深化户籍制度改革，推动基本公共服务由户籍人口向常住人口全覆盖；在资本要素方面，要完善多层次资本市场体系，提高直接融资比重，更好发挥资本市场服务实体经济的功能。",
            Cross("健全要素价格形成机制"),
            "价格是市场配置资源的核心信号。要素价格能否反映市场供求关系和资源稀缺程度，直接决定要素配置的效率。当前，部分要素价格仍存在行政干预过多、形成机制不够灵活等问题。要坚持市场决定价格，减少对要素价格形成的不当干预，同时健全要素价格监测和调控体系，防止价格异常波动。",
            Cross("加快培育数据要素市场"),
            "数据作为新型生产要素，正在成为推动经济发展的重要力量。与传统要素相比，数据具有可复制、非排他、边际成本低等特点，其市场化配置面临确权难、定价难、流通难等特殊问题。要加快建立数据产权制度，推动公共数据有序开放，培育规范的数据交易市场，让数据要素的价值得到充分释放。",
            "要素市场化配置改革涉及面广、利益关系复杂，必须坚持系统观念，加强整体谋划和协同推进，在重点领域和关键环节率先突破，以改革的确定性应对外部环境的不确定性。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.line(a, "（作者系霁川大学经济学院教授）", "credit")
    pg.gap()
    b = Article(
        "b", "平台经济如何带动中小企业数字化", section="学术前沿", kind="commentary",
        subtitle="——兼论平台治理的着力点",
        byline="杜若衡　桑田", authors=["杜若衡", "桑田"],
        notes="Essay under the label 学术前沿 (section); ——副题 is the subtitle; byline line of two names parted by "
              "U+3000, both authors. **new:** the credit （作者单位：X） on a line of its own after the body is not "
              "body. Commentary.",
        paras=[
            "平台企业连接着海量的用户和商户，是推动中小企业数字化转型的重要力量。调查显示，澜海市约七成的中小商户通过电商、外卖、本地生活等平台开展线上经营，其中超过一半的商户在平台的帮助下首次使用了数字化收银、库存管理等工具。",
            "但也应看到，平台与中小企业之间的关系并不总是和谐的。一些平台利用规则制定权和数据优势，设置不合理的佣金和推广费用，或者要求商户“二选一”，挤压了中小企业的利润空间。在部分行业，商户支付给平台的各类费用已占到营业收入的两成以上。",
            "发挥平台经济对中小企业的带动作用，关键在于规范和发展并重。一方面，要完善平台规则透明度要求，推动平台合理降低收费水平，保障商户的知情权和选择权；另一方面，要鼓励平台向中小企业开放数据、技术和流量资源，支持平台开发低成本、易操作的数字化解决方案，让中小企业“用得上、用得起、用得好”。",
        ])
    pg.furniture(["学术前沿"], "column label 学术前沿")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "（作者单位：澜海社会科学院产业经济研究所）", "credit")
    pg.blank()
    pg.furniture(["本版编辑　祝晚舟　　电子邮箱　lilun@lhjjrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kc06() -> Page:
    """半月谈-like magazine: 目录 page (masthead, issue, 目　录, column names each over page-number + title lines,
    cover-photo credit, publisher lines) followed by the 卷首语 piece whose title also appears in the 目录;
    extracted with a blank line after EVERY line."""
    pg = Page("kc06.txt", cols=18, indent="  ", blanks="every", seed=3306,
              style="半月谈-like magazine, a blank line after EVERY line, indented with two ASCII spaces: masthead (name, English name, 2035年第11期（6月上）+ 总第N期); 目　录 with column names (卷首语, 半月评论, 封面报道·…, 经济观察, 基层视点) each over lines of page number + title; cover-photo credit; publisher lines; then the label 卷首语 over the piece whose title is ALSO listed in the 目录 (01　把政策红利送到经营主体手中), byline line 文｜X, three paragraphs; page number")
    pg.furniture(["青岚半月刊",
                  "QINGLAN FORTNIGHTLY",
                  "2035年第11期（6月上）　总第1247期",
                  "目　录",
                  "卷首语",
                  "01　把政策红利送到经营主体手中",
                  "半月评论",
                  "04　“小切口”撬动“大民生”",
                  "06　让“高效办成一件事”成为常态",
                  "封面报道·县城的新“烟火气”",
                  "08　县城消费：从“有没有”到“好不好”",
                  "13　一座县级市的夜经济账本",
                  "16　返乡青年：在家门口创业",
                  "经济观察",
                  "20　外贸企业“出海”探新路",
                  "24　专精特新企业的“成长烦恼”",
                  "基层视点",
                  "28　村里来了“数字管家”",
                  "31　一个社区食堂的十年",
                  "封面摄影：许沐阳",
                  "主办：青岚杂志社　出版：《青岚半月刊》编辑部",
                  "国内统一连续出版物号：CN 47-1093/D"], "masthead and 目录 (table of contents; not articles)")
    a = Article(
        "a", "把政策红利送到经营主体手中", section="卷首语", kind="commentary",
        byline="文｜宁秋水", authors=["宁秋水"],
        notes="卷首语 (editor's opening piece) under its label (section). Its title is also listed in the 目录 above "
              "(01　把政策红利送到经营主体手中): that line is part of the table of contents, not a headline. Byline "
              "line 文｜X (full-width bar). Commentary.",
        paras=[
            "今年以来，从减税降费到稳岗扩岗，从设备更新到消费品以旧换新，一系列惠企政策密集出台。政策出台只是第一步，让政策红利真正落到经营主体手中，才是检验政策成效的关键。",
            "在基层采访中，我们也听到一些企业的“烦恼”：有的政策知道了但不会申请，有的申请材料繁琐、流程冗长，还有的政策兑现周期长，远水难解近渴。对于利润微薄、抗风险能力较弱的小微企业和个体工商户来说，政策红利早一天到手，经营压力就少一分。",
            "打通政策落地的“最后一公里”，需要在精准直达上下功夫。一些地方推行“免申即享”，依托大数据主动识别符合条件的企业，让政策找企业而不是企业找政策；一些地方设立惠企政策“一站式”服务窗口，把分散在多个部门的事项集中办理。这些探索值得总结推广。说到底，政策好不好，经营主体说了算。",
        ])
    pg.furniture(["卷首语"], "column label 卷首语")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["1"], "page number")
    return pg


# ---------------------------------------------------------------------------
def kc07() -> Page:
    """研究报告 excerpt, NO blank line anywhere: running head and page number; chapter number 第五章 on its own line
    over the chapter title with a footnote mark ＊; sections 一、（一）; two 专栏 boxes (label line, title line, text,
    资料来源) printed between paragraphs; the text cut off mid-sentence; the chapter footnote ＊本章执笔人：X　Y at
    the foot; two body lines letter-spaced."""
    pg = Page("kc07.txt", cols=46, indent=FW * 2, blanks="never", seed=3307,
              style="研究报告 excerpt (a chapter's first page), NO blank line anywhere: running head (page number · 86 · and report title); chapter number 第五章 alone on a line over the chapter title ending with the footnote mark ＊; intro paragraph, crossheads 一、（一）（二）（三）二、三、; two 专栏 boxes, each a label line 专栏5-1 / 专栏5-2, a title line, text paragraphs and a 资料来源： line, printed BETWEEN paragraphs of the chapter; two body lines letter-spaced (justified); the text cut off mid-sentence; the chapter footnote ＊本章执笔人：X　Y at the foot")
    pg.furniture(["· 86 ·　　　　　　　　　　　　　　　霁川省区域发展报告（2035）"], "running head with page number")
    pg.furniture(["第五章"], "chapter number (not part of the title)")
    a = Article(
        "a", "县域经济高质量发展的新进展与新路径",
        head=["县域经济高质量发展的新进展与新路径＊"],
        byline="＊本章执笔人：蓝若舟　戚小满", authors=["蓝若舟", "戚小满"],
        notes="**new:** a research report's chapter. The chapter number 第五章 printed alone on the line above is not "
              "part of the title (furniture); the title is written without its footnote mark ＊. **new:** the "
              "chapter footnote ＊本章执笔人：X　Y at the foot is the byline; both writers are authors. Body from the "
              "intro paragraph to the text cut off mid-sentence, crossheads included; the two 专栏 boxes printed "
              "between paragraphs are articles of their own (pieces). Two body lines are letter-spaced.",
        paras=[
            "县域是推进新型城镇化和乡村全面振兴的重要载体。2034年，全省县域经济在复杂严峻的外部环境下保持稳中有进的发展态势，县域生产总值、一般公共预算收入和居民人均可支配收入均实现较快增长，一批特色产业集群加速壮大，县域经济对全省经济增长的支撑作用进一步增强。",
            Cross("一、县域经济发展的总体态势"),
            Cross("（一）经济总量稳步提升"),
            "2034年，全省67个县（市）实现地区生产总值2.86万亿元，同比增长5.8%，高于全省平均水平0.4个百分点，占全省经济总量的比重提高到54.3%。地区生产总值超过500亿元的县（市）达到18个，比上年增加3个；其中，汀北市、溧川县两地突破千亿元，成为全省首批“千亿县”。从区域分布看，环汀阳都市圈所辖县（市）经济总量占全省县域的41.7%，增速达到6.5%，呈现出明显的集聚发展态势。",
            Cross("（二）特色产业集群加快壮大"),
            "各县（市）立足资源禀赋和产业基础，坚持“一县一业”“一县一特”，培育形成了一批具有较强竞争力的特色产业集群。截至2034年底，全省县域共有年营业收入超过百亿元的产业集群46个，比上年增加7个，涉及装备制造、食品加工、新型建材、纺织服装、电子信息等领域。云岫县茶叶、鹤汀县汽车零部件、桐渚县小家电等产业集群在全国同行业中具有较高知名度（见专栏5-1）。",
            Cross("（三）县域营商环境持续优化"),
            "全省深入推进“放管服”改革向县域延伸，67个县（市）全部实现企业开办“一网通办”，工程建设项目审批时间压缩至80个工作日以内。2034年，全省县域新登记经营主体38.2万户，同比增长9.4%，其中新登记企业11.6万户，增长12.1%。县域民间投资增长4.7%，高于全省平均水平1.9个百分点。",
            Cross("二、县域经济发展面临的主要问题"),
            "在看到成绩的同时，也要清醒地认识到，全省县域经济发展不平衡不充分的问题依然突出。一是县域之间发展差距较大，经济总量排名前10位的县（市）与后10位的县（市）之间，人均地区生产总值相差3.4倍；二是产业层次总体偏低，多数县域主导产业仍处于产业链、价值链的中低端，研发投入强度仅为全省平均水平的一半左右；三是要素保障能力不足，部分县域面临建设用地指标紧张、专业人才引不进留不住、融资渠道单一等制约。为破解上述难题，一些县（市）积极探索跨区域合作新模式（见专栏5-2）。",
            Cross("三、推动县域经济高质量发展的对策建议"),
            "推动县域经济高质量发展，要坚持特色发展、创新发展、协调发展，着力在以下几个方面下功夫：一是做强县域主导产业，引导各县（市）聚焦1至2个主导产业精准招商，推动产业集群向",
        ])
    pg.headline(a)
    pg.body(a, end=6)
    b = Article(
        "b", "云岫县：“小茶叶”做成“大产业”", section="专栏5-1",
        notes="**new:** 专栏 box of a research report: the label line 专栏5-1 is the section, the next line its "
              "title; its text (two paragraphs) is the body; the 资料来源 line at its end is not body. No writer "
              "named: no byline, no authors. Kind article (a box with text of its own, as the 记者手记 box of "
              "handmade22; a box without text, like the 数说 figures box, would not be one).",
        paras=[
            "云岫县地处霁川省西南山区，是全省重点产茶县。近年来，该县围绕茶叶全产业链发展，推行“龙头企业＋合作社＋农户”模式，建成标准化生态茶园32万亩，培育规模以上茶叶加工企业41家。",
            "在品牌建设方面，云岫县整合全县茶叶品牌，打造“云岫云雾”区域公用品牌，统一标准、统一包装、统一宣传；在业态拓展方面，推动茶旅融合发展，建成茶文化主题民宿、研学基地等项目60余个。2034年，全县茶叶综合产值达到186亿元，带动12.6万名茶农户均增收1.1万元。",
        ])
    pg.furniture(["专栏5-1"], "专栏 label (section of the box)")
    pg.headline(b)
    pg.body(b)
    pg.furniture(["资料来源：根据云岫县农业农村局提供材料整理。"], "资料来源 line of the box (not body)")
    pg.emit(a, justify(pg.render_body(a, start=6, end=10), [3], " "))
    c = Article(
        "c", "鹤汀县：“飞地园区”破解发展空间难题", section="专栏5-2",
        notes="专栏 box: label line 专栏5-2 (section), title line, one paragraph of text (body), 资料来源 line (not "
              "body). No byline, no authors.",
        paras=[
            "鹤汀县与省会汀阳市高新区合作共建“飞地园区”，由汀阳高新区负责规划建设和招商运营，鹤汀县提供土地和劳动力保障，税收收入按约定比例分成。园区自2032年启动建设以来，已引进汽车零部件、智能装备等项目27个，总投资达到143亿元。“飞地”模式既为鹤汀县引来了项目和技术，也缓解了汀阳高新区发展空间不足的问题，实现了优势互补、合作共赢。",
        ])
    pg.furniture(["专栏5-2"], "专栏 label (section of the box)")
    pg.headline(c)
    pg.body(c)
    pg.furniture(["资料来源：根据鹤汀县发展和改革局提供材料整理。"], "资料来源 line of the box (not body)")
    pg.emit(a, justify(pg.render_body(a, start=10), [1], " "))
    pg.line(a, a.byline, "byline")
    return pg


# ---------------------------------------------------------------------------
def kc08() -> Page:
    """读书 page of a 商报: label 书评 over a review (headline, ——副题 读《…》, byline line □　X, the book-data line
    书名：/作者：/出版社：/出版时间：/定价：, body, （作者系X） at the end); label 读书札记 over a review with byline
    line 文／X and a book line 《…》　X　著　出版社　date; 新书速递 list box; footer."""
    pg = Page("kc08.txt", cols=26, indent=FW, blanks="arts", seed=3308,
              style="商报 读书周刊 page, indented with ONE U+3000, blank lines only between articles and blocks: header on three lines (paper; date with weekday + B7; 读书周刊); label 书评 over a review: headline, ——副题 读《书名》, byline line □　X, the book-data line 书名：…作者：…出版社：…出版时间：…定价： wrapped over three lines, four paragraphs, credit （作者系X） on a line of its own at the end; label 读书札记 over a review with byline line 文／X and the book line 《书名》　X　著　出版社　date under it; 新书速递 list box (three books with author and publisher); footer with editor and proof-reader")
    pg.furniture(["东衡商报", cn_date(2035, 3, 14) + "　B7", "读书周刊"], "page header")
    pg.blank()
    a = Article(
        "a", "在县域中读懂中国经济", section="书评", kind="commentary",
        subtitle="——读《县域的逻辑：中国县域经济四十年》",
        byline="□　周既明", authors=["周既明"],
        notes="**new:** book review under the label 书评 (section): ——副题 is the subtitle; byline line □　X (the □ "
              "is a mark). **new:** the book-data line (书名/作者/出版社/出版时间/定价) between the byline and the body "
              "is not body, and the book's author (梁栖梧) is not an author of the review. The credit （作者系X） on "
              "a line of its own at the end is not body. Commentary (a signed review).",
        paras=[
            "县域，是观察中国经济的一个独特窗口。全国1800多个县（市），承载着半数以上的人口，贡献了接近四成的经济总量。然而，与城市经济研究的繁荣相比，县域经济研究长期处于相对边缘的位置。梁栖梧教授的新著《县域的逻辑：中国县域经济四十年》，以扎实的田野调查和丰富的统计资料，为我们理解县域经济提供了一部难得的力作。",
            "全书分为上中下三编。上编“起步”，回顾了改革开放初期县域经济在乡镇企业推动下的快速成长；中编“分化”，分析了世纪之交以来县域经济在工业化、城镇化进程中出现的分化格局；下编“重塑”，则聚焦近十年来县域经济的转型探索。作者在书中提出，县域经济发展的核心逻辑在于“县域政府、本地企业家和外部市场三者之间的互动”，不同县域的发展路径差异，很大程度上源于这种互动模式的不同。",
            "本书最打动人的，是作者深入基层的研究功夫。十余年间，作者和他的团队走访了23个省份的140多个县，访谈县乡干部、企业主和外出务工人员2000余人次。书中大量鲜活的案例，比如一个以生产纽扣起家的县城如何成长为服装辅料集散地，一个资源枯竭的矿区县如何依靠文旅产业实现“二次创业”，读来引人入胜，也让书中的理论分析有了坚实的经验支撑。",
            "当然，本书也有值得商榷之处。例如，书中对县域金融、县域财政等问题的讨论相对简略，对数字技术给县域经济带来的深刻变化也着墨不多。但瑕不掩瑜，对于关心中国经济、关心县域发展的读者而言，这是一本值得细读的好书。",
        ])
    pg.furniture(["书评"], "column label 书评")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.furniture(wrap("书名：《县域的逻辑：中国县域经济四十年》　作者：梁栖梧　出版社：汀阳人民出版社　出版时间：2035年1月　定价：88.00元", 26),
                 "book-data line of the review (not body)")
    pg.body(a)
    pg.line(a, "（作者系东衡大学经济学院副教授）", "credit")
    pg.blank()
    b = Article(
        "b", "读懂“隐形冠军”的成长密码", section="读书札记", kind="commentary",
        byline="文／岑默", authors=["岑默"],
        notes="Review under the label 读书札记 (section), byline line 文／X; the book line under it (《书名》　X　著 "
              "…) is not body and its author (戚望秋) is not an author. Commentary.",
        paras=[
            "在很多行业里，都有这样一类企业：它们规模不大，名气也不响，却在某个细分领域做到了全球领先。管理学界称之为“隐形冠军”。《隐形冠军在中国》一书，作者用三年时间跟踪调研了37家制造业“隐形冠军”企业，试图回答一个问题：它们是如何炼成的？",
            "作者的答案可以归结为三个关键词：专注、创新和耐心。书中写到的一家生产精密弹簧的企业，三十年来只做弹簧一种产品，却从最初的小作坊成长为数百家汽车和电子企业的供应商；另一家做工业测温仪器的企业，研发投入常年保持在营业收入的10%以上，拥有发明专利200余项。",
            "这本书的价值不仅在于讲述企业故事，更在于提醒我们：在追逐风口、热衷规模扩张的氛围中，“慢下来”“做专做精”同样是一条值得尊重的发展道路。",
        ])
    pg.furniture(["读书札记"], "column label 读书札记")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.furniture(["《隐形冠军在中国》　戚望秋　著", "霁川科学技术出版社　2034年11月"], "book line of the review (not body)")
    pg.body(b)
    pg.blank()
    pg.furniture(["新书速递",
                  "《数据要素市场化配置研究》",
                  "邝闻溪　著　南屿大学出版社",
                  "《城市更新的经济学》",
                  "雷星遥　主编　东衡人民出版社",
                  "《小微企业的生存之道》",
                  "章念　著　汀阳财经出版社"], "新书速递 list box (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：方鹤年　　校对：吕秋池"], "footer")
    return pg


PAGES = [kc05, kc06, kc07, kc08]
