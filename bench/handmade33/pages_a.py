"""Pages kc01-kc04 of handmade33 (development set; all journals, think tanks, names, institutions, places and
figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, spaced, wrap

RULE = "—" * 12


# ---------------------------------------------------------------------------
def kc01() -> Page:
    """Economics journal, an article's OPENING page: running head with 第47卷第4期 / Vol.; column label
    ·区域与城市经济·; title with a footnote mark ＊, ——副题; author line with superscript digits ¹ ²; 作者单位 in
    brackets; 摘要：, 关键词：, 中图分类号 / 文献标识码 / 文章编号; body from 一、引言, cut off mid-sentence at the
    foot; footnote block (收稿日期, 基金项目, 作者简介, ① note) and the page number."""
    pg = Page("kc01.txt", cols=44, indent=FW * 2, blanks="arts", seed=3301,
              style="economics journal, an article's OPENING page, blank lines only between blocks: running head on two lines (第47卷第4期 + journal + Vol.47 No.4; 2035年4月 + English name + Apr. 2035); column label ·区域与城市经济·; title ending with the footnote mark ＊; ——副题; author line with superscript digits (韩立群¹　苏慕白²　顾　遥¹, a two-character name padded with U+3000); 作者单位 in brackets wrapped over two lines; 摘要： paragraph (one line letter-spaced), 关键词：, one line 中图分类号 / 文献标识码 / 文章编号; body from the crosshead 一、引言 (with a ① marker), cut off mid-sentence at the foot; footnote block under a rule (＊收稿日期, 基金项目, 作者简介, ① note) and the page number")
    pg.furniture(["第47卷第4期　　　　　　衡岳经济学刊　　　　　　Vol.47 No.4",
                  "2035年4月　　　　HENGYUE ECONOMIC JOURNAL　　　　Apr. 2035"], "running head")
    pg.blank()
    a = Article(
        "a", "数字基础设施建设与县域产业结构升级",
        head=["数字基础设施建设与县域产业结构升级＊"],
        subtitle="——来自“宽带乡村”试点的准自然实验证据",
        section="区域与城市经济",
        byline="韩立群¹　苏慕白²　顾　遥¹", authors=["韩立群", "苏慕白", "顾遥"],
        notes="**new:** journal article's opening page. Title as printed without its footnote mark ＊; the ——副题 is "
              "the subtitle; the column label ·区域与城市经济· above the title is the section (dots dropped). Byline "
              "is the author line as printed, superscript affiliation digits included; authors are the three names "
              "without the digits (顾　遥 written 顾遥). **new:** the front matter (作者单位 lines, 摘要, 关键词, "
              "中图分类号 line) is not body (listed in non_articles); the body starts at the crosshead 一、引言 and "
              "runs to the last text line, which breaks off mid-sentence (the article continues overleaf). The "
              "footnote block at the foot (收稿日期, 基金项目, 作者简介, ① note) is not body. Authors cited in the "
              "text (郁文川, 梁晓棠, Harlow, Fenwick, 柏素衣) are not authors.",
        paras=[
            Cross("一、引言"),
            "县域是我国经济发展和社会治理的基本单元。截至2030年底，全国县域常住人口约占全国总人口的52%，县域生产总值约占全国的38%。然而，长期以来，受区位条件、要素禀赋和基础设施等因素制约，县域产业发展普遍存在结构单一、层次偏低、对传统农业和资源型产业依赖较强等问题。如何推动县域产业结构升级，既关系到县域经济自身的高质量发展，也关系到城乡区域协调发展战略的有效实施。",
            "以宽带网络为代表的数字基础设施，被认为是改变县域发展条件的重要力量。一方面，数字基础设施打破了地理距离对信息传递的限制，使偏远地区的企业和个人能够以较低成本接入全国乃至全球市场；另一方面，数字基础设施为电子商务、远程服务、平台经济等新业态的发展提供了物质条件，有望催生新的产业增长点。2016年起，有关部门分批在全国遴选县（市）开展“宽带乡村”试点，集中推进行政村光纤网络和移动通信网络覆盖，截至2024年累计覆盖试点县612个①。这为识别数字基础设施的产业结构效应提供了难得的准自然实验。",
            "已有文献围绕数字基础设施的经济效应开展了大量研究。一类文献关注数字基础设施对经济增长和全要素生产率的影响，发现互联网普及能够显著提高地区经济增长速度（郁文川和梁晓棠，2027；Harlow & Fenwick，2028）；另一类文献聚焦于数字基础设施对就业和收入的影响，认为宽带接入有助于提升农村居民非农就业概率和家庭收入水平（柏素衣等，2029）。但总体来看，现有研究多以城市或省份为研究单元，对县域层面的关注相对不足，且较少从产业结构升级的角度系统考察数字基础设施的作用机制。与已有研究相比，本文可能的边际贡献在于：第一，以县域为研究单元，利用“宽带乡村”试点分批推进的特点构建多期双重差分模型，较好地缓解了内生性问题；第二，从交易成本、创业活动和人力资本三个维度",
        ])
    pg.furniture(["·区域与城市经济·"], "column label")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.furniture(["（1. 霁川大学　经济学院，霁川　汀阳　410082；",
                  "2. 东衡财经大学　财政税务学院，东衡　溧城　330013）"],
                 "作者单位 (front matter, not body)")
    pg.blank()
    abstract = wrap("摘要：以2014—2030年全国1826个县（市）的面板数据为样本，本文将“宽带乡村”试点视为一项准自然实验，运用多期双重差分方法考察数字基础设施建设对县域产业结构升级的影响。研究发现：（1）“宽带乡村”试点显著推动了县域产业结构升级，使试点县第三产业增加值占比平均提高约1.7个百分点，这一结论在经过平行趋势检验、安慰剂检验和替换被解释变量等一系列稳健性检验后依然成立；（2）机制分析表明，数字基础设施主要通过降低交易成本、促进创业活动和加快人力资本积累三条渠道发挥作用；（3）异质性分析显示，该效应在中西部地区、非农产业基础较弱以及财政自给率较低的县域更为明显。本文的研究为以数字基础设施建设推动县域经济高质量发展提供了经验证据。", 44)
    abstract[2] = spaced(abstract[2])  # a justified line, letter-spaced by the extractor
    pg.furniture(abstract
                 + ["关键词：数字基础设施；宽带乡村；县域经济；产业结构升级；多期双重差分",
                    "中图分类号：F127；F49　　文献标识码：A　　文章编号：1002-7395（2035）04-0052-16"],
                 "摘要, 关键词, classification line (front matter, not body)")
    pg.blank()
    pg.body(a)
    pg.blank()
    pg.furniture([RULE]
                 + wrap("＊收稿日期：2034-11-18", 44)
                 + wrap("基金项目：国家社会科学基金一般项目“数字基础设施赋能县域产业转型的机制与路径研究”（33BJL087）；霁川省自然科学基金项目（2034JJ30415）。", 44)
                 + wrap("作者简介：韩立群，霁川大学经济学院教授，博士生导师，主要研究方向为区域经济学与数字经济；苏慕白，东衡财经大学财政税务学院副教授，主要研究方向为财政政策评估；顾遥（通讯作者），霁川大学经济学院博士研究生，电子邮箱：guyao@jcu.edu.cn。", 44)
                 + wrap("①“宽带乡村”试点的政策背景及分批情况详见本文第二部分。", 44),
                 "footnote block (收稿日期, 基金项目, 作者简介, ① note; not body)")
    pg.furniture(["· 52 ·"], "page number")
    return pg


# ---------------------------------------------------------------------------
def kc02() -> Page:
    """Journal article's MIDDLE page in a two-column layout, NO blank line anywhere: the text starts mid-sentence
    (continued from the page before, no headline on the page); numbered sections 2. / 三、/（一）; the running head
    and page number extracted in the MIDDLE of a paragraph; a regression table with 注 and 资料来源 between two
    paragraphs; footnote ① cut into a paragraph; footnote ② at the foot."""
    pg = Page("kc02.txt", cols=23, indent=FW * 2, blanks="never", seed=3302,
              style="journal article's MIDDLE page, two-column layout, NO blank line anywhere: no headline (the text starts mid-sentence, continued from the previous page, first line unindented); crossheads 2. / 3. / 三、/（一）/（二）; the running head (journal + 2035年第2期（第29卷）) and the page number · 64 · extracted in the MIDDLE of a paragraph after the first column; regression table (title 表2, header row (1)(2)(3), coefficient and standard-error rows, rows of 是/否, 观测值, R², 注：, 资料来源：) wider than the column, printed between two paragraphs; footnote ① cut into a paragraph; footnote ② at the foot")
    a = Article(
        "a", None,
        notes="**new:** an article's middle page: no headline, byline or author is printed on it (title, byline "
              "null, no authors). The body starts with the unindented continuation line (mid-sentence) and ends "
              "mid-sentence. The running head with the page number extracted after the first column, the table "
              "(title, rows, 注, 资料来源) and the footnote ① cut into a paragraph are not body (pieces); the "
              "footnote ② at the foot is not body. The crossheads (2. 核心解释变量, 三、, （一）…) are body.",
        paras=[
            Raw(wrap("化水平的衡量上，借鉴已有研究的做法，本文以企业当年新购置工业机器人数量加1后取自然对数作为被解释变量（lnRobot），同时以自动化设备原值占机器设备原值的比重（AutoShare）进行稳健性检验。", 23)),
            Cross("2.核心解释变量"),
            "本文的核心解释变量为企业所在县（市）的月最低工资标准（lnMW），取自然对数。由于各地最低工资标准的调整时间不一，本文按照调整生效月份对年度数据进行加权平均处理①。",
            Cross("3.控制变量"),
            "参考已有文献，本文控制了企业层面可能影响自动化决策的特征变量，包括企业规模（Size，以年末从业人数的对数衡量）、企业年龄（Age）、资产负债率（Lev）、资本密集度（Capital）、出口状态（Export）以及所有制类型。在城市层面，本文控制了人均地区生产总值、产业结构和财政支出规模。主要变量的描述性统计结果限于篇幅不再列示。",
            Cross("三、实证结果与分析"),
            Cross("（一）基准回归结果"),
            "表2报告了最低工资标准影响企业自动化水平的基准回归结果。其中，第（1）列仅控制企业固定效应和年份固定效应，第（2）列加入企业层面控制变量，第（3）列进一步加入城市层面控制变量。结果显示，lnMW的估计系数均在1%的水平上显著为正，且随着控制变量的加入，系数大小保持稳定。以第（3）列为例，最低工资标准每提高10%，企业新购置工业机器人数量平均增加约4.3%。",
            "这一结果表明，劳动力成本上升会促使企业以机器替代劳动。需要指出的是，上述系数反映的是平均效应，不同类型企业对最低工资上涨的反应可能存在较大差异，本文将在异质性分析部分作进一步讨论。",
            Cross("（二）稳健性检验"),
            "为确保基准回归结果的可靠性，本文进行了以下稳健性检验。第一，替换被解释变量。以自动化设备占比（AutoShare）替换lnRobot重新估计，lnMW的系数为0.028，在5%的水平上显著。第二，排除同期政策干扰。考虑到样本期内部分地区实施了“机器换人”专项补贴政策，本文剔除这些地区的样本后重新估计②，结论未发生实质性变化。第三，考虑到最低工资标准的调整可能并非完全外生，本文以相邻县（市）最低工资标准的平均值作为工具变量，两阶段最小二乘估计结果同样支持基准结论。第四，改变样本区间。剔除2033年以后的样本以排除",
        ])
    first = pg.render_body(a, end=8)          # up to and including the paragraph 表2报告了…
    part1 = Page.chunks(first, [21])
    pg.emit(a, part1[0])
    pg.furniture(["南屿经济评论　2035年第2期（第29卷）", "· 64 ·"],
                 "running head and page number extracted in the middle of a paragraph (not body)")
    pg.emit(a, part1[1])
    pg.furniture(["表2　基准回归结果",
                  "变量　　　　　（1）　　　（2）　　　（3）",
                  "lnMW　　　　0.512***　 0.447***　 0.431***",
                  "　　　　　　（0.108）　（0.097）　（0.095）",
                  "企业控制变量　　否　　　　是　　　　是",
                  "城市控制变量　　否　　　　否　　　　是",
                  "企业固定效应　　是　　　　是　　　　是",
                  "年份固定效应　　是　　　　是　　　　是",
                  "观测值　　　　86417　　 86417　　 86417",
                  "R²　　　　　　0.613　　 0.628　　 0.631",
                  "注：括号内为聚类到县（市）层面的稳健标准误；***表示在1%的水平上显著。",
                  "资料来源：作者根据2031—2034年制造业企业调查数据计算整理。"],
                 "regression table with 注 and 资料来源 (not body)")
    second = pg.render_body(a, start=8)
    part2 = Page.chunks(second, [12])
    pg.emit(a, part2[0])
    pg.furniture(wrap("①部分县（市）当年两次调整最低工资标准，本文以两次调整前后的执行月数为权重计算。", 23),
                 "footnote ① cut into the text (not body)")
    pg.emit(a, part2[1])
    pg.furniture(wrap("②剔除样本的具体名单备索。", 23), "footnote ② at the foot (not body)")
    return pg


# ---------------------------------------------------------------------------
def kc03() -> Page:
    """Journal article's LAST page: the end of one article (continued text, 五、结论与政策启示), its 参考文献 list and
    ［责任编辑：X］, then the NEXT article's opening on the same page: two-line title, authors parted by ，, one
    作者单位 in brackets, ［摘　要］［关键词］［中图分类号］, body (unnumbered intro, 一、, （一）) cut off at the
    foot; ［收稿日期］［基金项目］［作者简介］ block."""
    pg = Page("kc03.txt", cols=40, indent="  ", blanks="some", seed=3303, p_para=0.3, p_gap=0.75,
              style="journal article's LAST page with the NEXT article's opening on it, indented with two ASCII spaces, blank lines sometimes: running head; the end of an article (unindented continuation line, crosshead 五、结论与政策启示, two paragraphs); 参考文献： list of six entries ［1］…［6］ (Chinese and English, wrapped); ［责任编辑：X］; next article: title on two lines, author line 苏晚亭，秦牧之, one 作者单位 in brackets, ［摘　要］ paragraph, ［关键词］, ［中图分类号］［文献标识码］［文章编号］ line; body with an unnumbered intro paragraph, crossheads 一、 and （一）, cut off mid-sentence; block ［收稿日期］［基金项目］［作者简介］; page number")
    pg.furniture(["霁川社会科学　2035年第3期"], "running head")
    pg.blank()
    a = Article(
        "a", None,
        notes="The end of an article begun on earlier pages: no headline or author printed here (title, byline "
              "null, no authors). Body from the unindented continuation line to the last paragraph of 五、结论与政策"
              "启示. **new:** the 参考文献 list and the ［责任编辑：X］ line after it are not body.",
        paras=[
            Raw(wrap("村集体经济组织的经营能力和治理水平，是决定其能否持续增收的关键因素。", 40)),
            Cross("五、结论与政策启示"),
            "本文基于霁川省186个行政村的调查数据，考察了村集体经济组织参与市场化经营的模式选择及其绩效。研究发现，采取“村集体＋企业＋农户”合作模式的村，集体经营性收入显著高于单纯发包租赁模式的村；村干部的企业经营经历和村级财务公开程度对集体经济增收具有显著的正向影响；但合作模式的增收效应在远离县城的村庄明显减弱。",
            "基于上述结论，本文提出以下政策启示：第一，因地制宜选择集体经济发展模式，对区位条件较好的村，鼓励引入市场主体开展合作经营，对偏远村庄则应侧重发展资源发包、物业出租等稳健型项目；第二，加强村级经营管理人才队伍建设，通过定向培养、引进乡贤等方式提升村干部的经营能力；第三，完善村级财务公开和民主监督机制，防范集体资产流失风险，保障农民群众的知情权和收益分配权。",
        ])
    pg.body(a)
    pg.gap()
    refs = ["参考文献："]
    for r in ["［1］郁文川，梁晓棠．农村集体经济组织的治理结构与经营绩效［J］．岚州农业经济，2029（6）：34-46．",
              "［2］柏素衣．新型农村集体经济的实现形式研究［M］．汀阳：霁川人民出版社，2030．",
              "［3］晏知秋，滕青．“村企合作”模式下集体经济增收的机制分析［J］．南屿经济评论，2031，25（3）：77-90．",
              "［4］Harlow J，Fenwick D．Collective Ownership and Village Enterprise［J］．Rural Economy Quarterly Review，2028，41（2）：215-238．",
              "［5］覃书远．乡村振兴背景下村集体资产管理的困境与出路［J］．霁川社会科学，2032（9）：58-66．",
              "［6］蒋望舒．村干部能力与集体经济发展：来自三省的证据［D］．溧城：东衡财经大学，2033．"]:
        refs += wrap(r, 40, "", "    ")
    pg.furniture(refs, "参考文献 list (not body)")
    pg.furniture(["［责任编辑：蒋白露］"], "editor line after the article (not body)")
    pg.blank()
    b = Article(
        "b", "新质生产力视域下制造业数字化转型的理论逻辑与实践路径",
        head=["新质生产力视域下制造业数字化转型的", "理论逻辑与实践路径"],
        byline="苏晚亭，秦牧之", authors=["苏晚亭", "秦牧之"],
        notes="The next article's opening on the same page. Title printed on two lines, joined. Byline is the author "
              "line as printed (names parted by ，). The 作者单位, ［摘　要］, ［关键词］ and ［中图分类号］ lines are front "
              "matter, not body; the body starts with the unnumbered intro paragraph and breaks off mid-sentence "
              "at the foot. The ［收稿日期］［基金项目］［作者简介］ block is not body.",
        paras=[
            "当前，新一轮科技革命和产业变革深入发展，数字技术与实体经济深度融合，正在深刻改变制造业的生产方式、组织形态和竞争格局。制造业是国民经济的主体，也是培育和发展新质生产力的主阵地。推动制造业数字化转型，既是提升制造业核心竞争力的必然要求，也是加快形成新质生产力的重要抓手。近年来，学术界围绕新质生产力的内涵特征、形成机理和实践路径开展了较为丰富的讨论，但从制造业数字化转型的具体场景出发，系统阐释二者理论关联的研究仍不多见。本文拟在这一方面作初步探讨。",
            Cross("一、新质生产力与制造业数字化转型的理论关联"),
            "生产力由劳动者、劳动资料和劳动对象三个基本要素构成。新质生产力之“新”，首先体现在生产力要素的质态跃升上。从这一视角看，制造业数字化转型与新质生产力的形成具有内在的一致性。",
            Cross("（一）数字化转型提升劳动者素质"),
            "在数字化车间中，一线工人的工作内容正由重复性的操作转向设备监控、数据分析和工艺优化，对劳动者的数字技能提出了更高要求。以霁川省汀阳市一家汽车零部件企业为例，该企业在建成数字化生产线后，",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.furniture(["（霁川省社会科学院　经济研究所，霁川　汀阳　410003）"], "作者单位 (front matter, not body)")
    pg.gap()
    pg.furniture(wrap("［摘　要］制造业数字化转型是培育和发展新质生产力的重要途径。本文从生产力要素、生产组织方式和产业形态三个维度，阐释了新质生产力与制造业数字化转型之间的理论关联，认为数字化转型通过提升劳动者技能、拓展劳动资料边界和扩展劳动对象范围，推动生产力要素优化组合跃升。在此基础上，本文结合霁川省制造业数字化转型实践，分析了当前转型面临的“不会转、不能转、不敢转”等现实困境，并从强化数字技术供给、完善公共服务体系、健全要素保障机制和优化政策支持方式等方面提出了推进路径。", 40)
                 + wrap("［关键词］新质生产力；制造业；数字化转型；理论逻辑；实践路径", 40)
                 + ["［中图分类号］F424　［文献标识码］A　［文章编号］1008-2689（2035）03-0048-09"],
                 "摘要, 关键词, classification line (front matter, not body)")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["［收稿日期］2034-12-02"]
                 + wrap("［基金项目］霁川省社会科学基金重点项目“新质生产力赋能霁川制造业高质量发展研究”（34ZDA017）", 40)
                 + wrap("［作者简介］苏晚亭（1979—），女，霁川汀阳人，霁川省社会科学院经济研究所研究员，主要研究方向为产业经济学；秦牧之（1991—），男，霁川岚州人，霁川省社会科学院经济研究所助理研究员，经济学博士，主要研究方向为数字经济。", 40),
                 "footnote block of the next article (not body)")
    pg.furniture(["48"], "page number")
    return pg


# ---------------------------------------------------------------------------
def kc04() -> Page:
    """Think-tank brief (内参-like 决策参考): header (内部资料, letter-spaced name, 第17期（总第286期）, institute and
    date, rule); 编者按; report with numbered problems 一是… and recommendations （一）…, credit line
    （课题组负责人：X；执笔：Y　Z） after it; label 【专家建言】 over a short piece signed （NAME　post）; distribution
    footer 报：送：发：, 责任编辑 and 共印N份."""
    pg = Page("kc04.txt", cols=34, indent=FW * 2, blanks="para", seed=3304,
              style="think-tank brief (内参-like 决策参考), blank lines between paragraphs and blocks: header (内部资料　注意保存; letter-spaced 决　策　参　考; 第17期; （总第286期）; institute + date; rule of ━); 编者按： paragraph; report headline, intro, crossheads 一、二、, paragraphs 一是…四是…, recommendations （一）…（四）… run in at paragraph starts, the credit line （课题组负责人：X；执笔：Y　Z） on a line of its own after the body; label 【专家建言】 over a short piece whose credit （NAME　post） is on a line of its own at the end; footer: rule, 报：/ 送：/ 发： distribution lines, 责任编辑 and （共印150份）")
    pg.furniture(["内部资料　注意保存",
                  "决　策　参　考",
                  "第17期",
                  "（总第286期）",
                  "九衡发展研究院　　　　　　2035年5月20日",
                  "━" * 17], "brief header")
    pg.blank()
    pg.furniture(wrap("编者按：县域是城乡融合发展的重要切入点，县域商业体系是畅通城乡经济循环的关键环节。我院县域经济课题组近期赴霁川、东衡两省的6个县（市）开展专题调研，形成了以下报告，梳理了县域商业体系建设中存在的问题，并提出了针对性建议，现刊发供领导同志参阅。", 34),
                 "编者按 (editor's note, not body)")
    pg.blank()
    a = Article(
        "a", "推动县域商业体系提质升级的调研与建议",
        byline="（课题组负责人：裴望之；执笔：骆听雨　覃书远）", authors=["裴望之", "骆听雨", "覃书远"],
        notes="Think-tank report. **new:** the 编者按 above the headline is not body (listed in non_articles). The "
              "crossheads 一、 二、 and the paragraphs opening 一是… （一）… are body. **new:** the credit line "
              "（课题组负责人：X；执笔：Y　Z） on a line of its own after the body is the byline; the head of the "
              "research group and the two writers are the authors.",
        paras=[
            "近年来，各地大力推进县域商业体系建设，县乡村三级物流配送网络逐步完善，农村电商快速发展，县域消费环境明显改善。调研的6个县（市）中，已有5个建成县级物流配送中心，乡镇商贸中心覆盖率达到83%，2034年农村网络零售额平均增长14.6%。但调研也发现，县域商业体系建设仍存在一些短板和弱项，与满足群众消费升级需要相比还有不小差距。",
            Cross("一、存在的主要问题"),
            "一是商业设施“重建设、轻运营”。部分乡镇商贸中心建成后招商难、运营难，存在空置现象。调研的一个乡镇商贸中心，建成两年来商铺出租率不足四成，日常客流稀少。",
            "二是物流配送“最后一公里”成本偏高。受村庄分散、单量较少等因素影响，快递进村的单件配送成本是县城的2至3倍，部分快递企业采取“收费进村”或“代收点自提”的方式，群众反映较多。",
            "三是本地流通企业“小散弱”问题突出。调研县（市）中，年销售额超过1亿元的本地商贸流通企业平均不足5家，连锁化率不到20%，难以承担县域商业体系建设的主体责任。",
            "四是农产品上行渠道仍不畅通。农产品标准化、品牌化程度低，冷链物流设施不足，部分特色农产品“养在深闺人未识”，产销对接仍然主要依靠传统批发市场。",
            Cross("二、几点建议"),
            "（一）推动商业设施从“有”向“优”转变。对已建成的乡镇商贸中心开展运营评估，鼓励引入连锁商贸企业托管运营，将商贸中心与便民服务、快递收发、农资供应等功能整合，提高设施利用效率。",
            "（二）推进县乡村物流共同配送。支持县级物流配送中心整合邮政、快递、供销、电商等物流资源，推行“一点多能、一站多用”，统一仓储、统一分拣、统一配送，力争到2037年实现快递服务“村村通、不加价”。",
            "（三）培育壮大本地商贸流通主体。实施县域商贸流通企业培育计划，支持本地龙头企业通过兼并重组、连锁经营扩大规模；引导大型流通企业下沉供应链，与本地企业开展合作。",
            "（四）打通农产品上行通道。加快建设产地冷藏保鲜设施，支持发展农产品产地仓和集配中心；推动特色农产品标准化生产和区域公用品牌建设，鼓励电商平台开设地方特色产品专区。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    b = Article(
        "b", "县域商业要走“小而精”的路子", section="专家建言", kind="commentary",
        byline="（蒙季川　霁川大学中国县域经济研究中心主任）", authors=["蒙季川"],
        notes="Short piece under the label 【专家建言】 (section, brackets dropped). The credit （NAME　post） on a line "
              "of its own after the body is the byline; the expert who signs is the author. Commentary.",
        paras=[
            "县域商业不能简单照搬城市商业的发展模式，追求“大而全”。县域人口规模有限，消费需求多样但单体规模小，大型商业综合体在不少县城“水土不服”，有的开业不久便经营困难。",
            "县域商业更适合走“小而精”的路子：在县城建设一批便利店、社区菜市场、特色街区等小型商业网点，在乡镇发展集购物、餐饮、维修、快递于一体的综合服务站，把有限的商业资源用在群众最需要的地方。同时，要鼓励县域商业与文旅、康养等产业融合，用特色吸引客流，以服务留住消费。",
        ])
    pg.furniture(["【专家建言】"], "column label 【专家建言】")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.furniture(["━" * 17,
                  "报：省委、省政府领导同志",
                  "送：省直有关部门，各市（州）人民政府",
                  "发：本院各研究所",
                  "责任编辑：邵一帆　　　　　　　（共印150份）"], "distribution footer")
    return pg


PAGES = [kc01, kc02, kc03, kc04]
