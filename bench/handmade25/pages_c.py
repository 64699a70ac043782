"""Pages l09-l12 of handmade25 (development set; all papers, journals, names, institutions, places and figures
invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def l09() -> Page:
    """Narrow 12-character 评论 column (一家言) of an economic daily: three short comments: a letter-spaced headline
    on two lines with the （作者系…） line wrapped after the body; a headline broken in mid-word with
    文／X under it; a headline with the comment signed （X） at the end."""
    pg = Page("l09.txt", cols=12, indent=FW, blanks="para", seed=2509,
              style="economic daily 评论 strip of a 12-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on two lines wider than the column; label 一家言 over three short comments: the first with a headline letter-spaced with U+3000 and printed over two lines (broken after 要亮), its author's name under it and the line （作者系…） wrapped over three lines after the body; the second with a headline on two lines broken in MID-WORD and byline line 文／X; the third signed （X） run in at the end; footer wider than the column")
    pg.furniture(["汀阳经济日报　" + cn_date(2035, 5, 19), "第3版　评论"], "page header")
    pg.blank()
    pg.furniture(["一家言"], "column label 一家言")
    pg.blank()
    a = Article(
        "a", "夜经济要亮更要暖", section="一家言", kind="commentary",
        byline="苏以沫", authors=["苏以沫"],
        notes="Comment of the 一家言 strip (section): headline letter-spaced with U+3000 across the narrow column and "
              "printed over two lines (夜　经　济　要　亮 / 更　要　暖), joined unspaced. The name under it is the byline. The line "
              "（作者系泊州市社科联研究员） wrapped over three lines after the body is not body.",
        paras=[
            "夜市、夜游、夜演……各地夜经济红红火火，成为扩大消费的新亮点。",
            "但夜经济不能只追求“亮”，更要让人感到“暖”。公交地铁能否延时运营，停车是否方便，治安、卫生能否跟上，都关系着消费者的体验。把这些细节做好，夜经济才能“火”得长久。",
        ])
    pg.headline(a, sep=FW, lines=["夜经济要亮", "更要暖"])
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    for ln in wrap("（作者系泊州市社科联研究员）", 12):
        pg.line(a, ln, "bio")
    pg.gap()
    b = Article(
        "b", "营商环境没有最好只有更好", head=["营商环境没有最", "好只有更好"],
        section="一家言", kind="commentary", byline="文／贝晓川", authors=["贝晓川"],
        notes="Comment of the 一家言 strip (section): headline on two lines broken in MID-WORD (最 / 好), joined. "
              "Byline line 文／X.",
        paras=[
            "优化营商环境是一项长期工程。一些地方在排名中名列前茅，就有了“歇歇脚”的想法，这是要不得的。",
            "企业的感受是检验营商环境的“试金石”。要常态化开展政企沟通，及时回应企业诉求，在持续改进中让企业有更多获得感。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "以旧换新要算好长远账", section="一家言", kind="commentary",
        byline="（石砚）", authors=["石砚"], tail="（石砚）",
        notes="Comment of the 一家言 strip (section), signed （X） run in at the end, excluded from last.",
        paras=[
            "消费品以旧换新带动了家电、汽车销售，但也要防止补贴退坡后需求“断崖”。政策设计要着眼长远，把以旧换新与回收利用体系建设结合起来，形成促进消费升级、资源循环利用的长效机制。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：岳小山　　校对：柏舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def l10() -> Page:
    """理论周刊 front page of a party daily: lead essay (引题 kicker, letter-spaced headline, two authors on one
    line) jumping with （下转第12版）; 学术随笔 essay with a headline broken in mid-word, printed in two pieces
    around a 理论视点 box; column breaks inside paragraphs."""
    pg = Page("l10.txt", cols=22, indent=FW * 2, blanks="some", colbreak=14, seed=2510, p_para=0.5, p_gap=0.9,
              style="party daily 理论周刊 first page, 22-character column: header on three lines (理论周刊, paper + date with weekday + 第9版, 主编 line); lead essay with an 引题 kicker over a headline letter-spaced with single ASCII spaces, byline line ◇NAME　NAME (two authors), crossheads 一、二、, the body cut off by the jump line （下转第12版）; label 学术随笔 over an essay with a headline on two lines broken in MID-WORD and byline line □ NAME, whose body is printed in TWO pieces around a boxed 理论视点 comment (signed （X） at its end), then the line （作者系…） after it; blank lines sometimes between paragraphs plus column breaks (a blank line every 14 body lines, also inside paragraphs); footer")
    pg.furniture(["理论周刊",
                  "启新日报　" + cn_date(2035, 5, 20) + "　第9版",
                  "本刊主编：符致远"], "page header")
    pg.blank()
    a = Article(
        "a", "把扩大内需作为战略基点", kind="commentary",
        subtitle="着力畅通国民经济循环",
        byline="◇汪执中　梁以宁", authors=["汪执中", "梁以宁"],
        notes="Lead essay: the 引题 kicker (no 副题) is the subtitle; headline letter-spaced with single ASCII spaces, "
              "written unspaced. Byline line ◇NAME　NAME: both are authors. **new:** the body is cut off on this page "
              "by the jump line （下转第12版） (not body): last is the end of the printed part, in mid-sentence. Kind "
              "commentary.",
        paras=[
            "内需是我国经济发展的基本动力，也是满足人民日益增长的美好生活需要的必然要求。把扩大内需作为战略基点，既是应对外部环境变化的主动选择，也是构建新发展格局的内在要求。",
            Cross("一、扩大内需的优势与潜力"),
            "我国拥有14亿多人口、4亿多中等收入群体，是全球最具成长性的消费市场。新型工业化、信息化、城镇化、农业现代化深入推进，孕育着巨大的投资需求。超大规模市场优势，是我们应对各种风险挑战的底气所在。",
            Cross("二、着力提振消费"),
            "消费是最终需求，是畅通国民经济循环的重要环节。提振消费，根本在于增加居民收入。要完善收入分配制度，提高劳动报酬在初次分配中的比重，多渠道增加城乡居民财产性收入；要健全社会保障体系，解除群众消费的后顾之忧；要",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a, sep=" ")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转第12版）"], "jump line （下转第12版） (not body)")
    pg.gap()
    b = Article(
        "b", "消费升级的内在逻辑与现实路径", head=["消费升级的内在逻", "辑与现实路径"],
        section="学术随笔", kind="commentary", byline="□ 夏孟秋", authors=["夏孟秋"],
        notes="Essay under the label 学术随笔 (section): headline on two lines broken in MID-WORD (逻 / 辑), joined; "
              "byline line □ NAME. Its body is printed in two pieces around the boxed 理论视点 comment. The line "
              "（作者系启新市委党校经济学教研部主任） after the body is not body.",
        paras=[
            "消费升级是经济发展的必然趋势。从“吃穿用”到“住行游”，从物质消费到服务消费，从满足基本需要到追求品质体验，我国居民消费结构正在发生深刻变化。",
            "从内在逻辑看，消费升级由收入增长、人口结构变化和技术进步共同驱动。收入提高使居民有能力追求更高品质的生活；老龄化和家庭小型化催生养老、托育、家政等服务需求；数字技术则不断创造新的消费场景和消费方式。",
            "从现实路径看，推动消费升级既要扩大优质供给，也要改善消费环境。要放宽服务消费领域市场准入，鼓励社会力量提供多层次、多样化服务；要加强消费者权益保护，让群众放心消费、舒心消费。",
        ])
    pg.furniture(["学术随笔"], "column label 学术随笔")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    parts = Page.chunks(pg.render_body(b), [7])
    pg.emit(b, parts[0])
    pg.gap()
    c = Article(
        "c", "服务消费潜力有待释放", section="理论视点", kind="commentary",
        byline="（沈亦舟）", authors=["沈亦舟"], tail="（沈亦舟）",
        notes="Boxed comment under the label 理论视点 (section), printed between the two pieces of the essay "
              "消费升级的内在逻辑与现实路径; signed （X） run in at the end, excluded from last.",
        paras=[
            "国际经验表明，人均国内生产总值超过1万美元后，服务消费占比将加快提升。目前我国居民服务消费占比约为46%，与发达经济体相比仍有较大提升空间，养老、育幼、文旅、体育等领域潜力尤为可观。",
        ])
    pg.furniture(["理论视点"], "label 理论视点 of the box")
    pg.headline(c)
    pg.body(c)
    pg.gap()
    pg.emit(b, parts[1])
    pg.line(b, "（作者系启新市委党校经济学教研部主任）", "bio")
    pg.blank()
    pg.furniture(["责任编辑：鲁慕白　　校对：邢小满　　美编：方圆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def l11() -> Page:
    """Half-monthly magazine 专题 spread: 专题 label and 编者按; report (headline, ——副题, byline line 本刊记者 X
    实习记者 Y, ■ crossheads, photo caption between two paragraphs); 链接 box; signed comment 文／X; 他山之石
    piece with a 摘自 source line; 记者手记 signed （X） at the end."""
    pg = Page("l11.txt", cols=34, indent=" ", blanks="arts", seed=2511,
              style="半月谈-like magazine 专题 spread indented with ONE ASCII space, blank lines only between articles and blocks: header on one line (magazine + issue + page 22); 专题 label 专题｜县域经济新观察 over the pieces and an 编者按 paragraph; report with headline in quotation marks, ——副题 调查, byline line 本刊记者 X　实习记者 Y, ■ crossheads and a photo caption with credit (本刊记者 X　摄) printed BETWEEN two paragraphs; 链接 box (figures of the county); comment with byline line 文／X; label 他山之石 over a piece with no byline and a source line （摘自《…》…） after it; label 记者手记 over a short piece signed （X） at the end; footer with page number and 责任编辑")
    pg.furniture(["观澜半月谈　2035年第10期　22"], "page header")
    pg.blank()
    pg.furniture(["专题｜县域经济新观察"], "专题 label over the spread")
    pg.furniture(wrap("编者按：县域经济是国民经济的基本单元。在资源有限、区位不优的条件下，县域如何找到自己的发展路子？本刊记者走进青岚省鹤泉县等地，探寻县域经济发展的新路径。", 34),
                 "编者按 paragraph (not an article)")
    pg.blank()
    sec = "专题｜县域经济新观察"
    a = Article(
        "a", "一个山区县的“产业突围”", section=sec,
        subtitle="——青岚省鹤泉县培育特色产业集群调查",
        byline="本刊记者　程问岚　实习记者　时小满", authors=["程问岚", "时小满"],
        notes="Report of the 专题 (section: the 专题 label over the spread). ——副题 is the subtitle. **new:** byline "
              "line 本刊记者 X　实习记者 Y: both are authors (实习记者 as 实习生). The ■ crossheads are body; the photo "
              "caption with credit printed between two paragraphs is not body. People quoted (林守拙, 柏安) are not "
              "authors.",
        paras=[
            "鹤泉县地处青岚省西部山区，八山一水一分田，过去是有名的“穷县”。如今，这个县的竹产业年产值突破80亿元，带动6万多名群众就业。一根竹子是如何撑起一个县的产业的？",
            Cross("■从“卖原料”到“卖产品”"),
            "“过去我们砍了竹子直接卖，一根毛竹只能卖十几块钱。”鹤泉县竹业协会会长林守拙告诉记者。近年来，当地引进竹材精深加工企业，开发出竹地板、竹家具、竹纤维日用品等上百种产品，一根毛竹的综合产值提高到200多元。",
            Cross("■从“单打独斗”到“抱团发展”"),
            "鹤泉县规划建设了竹产业园，将分散在各乡镇的小作坊集中入园，统一提供污水处理、检验检测、电商直播等公共服务。园区内企业形成了从竹材初加工到终端产品的完整链条，配套成本降低了两成左右。",
            "“入园以后，我们不再为环保达标发愁，还能共享展厅和物流。”一家竹制品企业负责人柏安说，企业去年销售额增长了45%。",
            Cross("■从“靠山吃山”到“养山富山”"),
            "产业发展了，生态也要守住。鹤泉县推行竹林分类经营，实行采伐与培育相结合，全县竹林面积稳定在120万亩以上。当地还探索竹林碳汇交易，去年首笔竹林碳汇交易额达380万元。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=5)
    pg.furniture(wrap("鹤泉县竹产业园内，工人在生产竹制家具。　本刊记者　程问岚　摄", 34),
                 "photo caption with credit, between two paragraphs (not body)")
    pg.body(a, start=5)
    pg.blank()
    pg.furniture(["链接",
                  "鹤泉县竹产业一览",
                  "竹林面积：120万亩",
                  "竹产业年产值：82.6亿元",
                  "规模以上竹加工企业：67家",
                  "带动就业：6.3万人"], "链接 data box (not an article)")
    pg.blank()
    b = Article(
        "b", "县域经济要“特”字当头", section=sec, kind="commentary",
        byline="文／庞以诚", authors=["庞以诚"],
        notes="Signed comment of the 专题 (section), byline line 文／X. Commentary.",
        paras=[
            "县域经济发展，最忌“千县一面”。一些县盲目跟风上项目，今天搞光伏、明天建数据中心，结果产业散而不强、同质化严重。",
            "鹤泉的经验说明，县域经济要在“特”字上做文章。立足本地资源禀赋和产业基础，选准一两个主导产业，久久为功、深耕细作，把特色产业做成优势产业、支柱产业。同时，要加强与中心城市的产业协作，在区域分工中找准自己的位置。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "芷溪：“飞地园区”打通山海协作", section="他山之石",
        notes="Piece under the label 他山之石 (section), printed without a byline: no authors. **new:** the source "
              "line （摘自《泊州日报》2035年4月28日） after the body is not body.",
        paras=[
            "芷溪县地处山区，土地和人才短缺，招商引资一度困难重重。2033年，芷溪与沿海的泊州市合作，在泊州经济开发区设立“飞地园区”，芷溪负责招商，泊州提供土地和配套服务，税收按比例分成。",
            "两年来，“飞地园区”已引进企业23家，总投资46亿元。企业研发和销售在沿海，生产基地逐步向芷溪转移，既解决了山区县招商难，又为沿海城市腾出了发展空间。",
        ])
    pg.furniture(["他山之石"], "column label 他山之石")
    pg.headline(c)
    pg.body(c)
    pg.line(c, "（摘自《泊州日报》2035年4月28日）", "source")
    pg.blank()
    d = Article(
        "d", "竹林深处的“新农人”", section="记者手记",
        byline="（时小满）", authors=["时小满"], tail="（时小满）",
        notes="Short piece under the label 记者手记 (section), signed （X） run in at the end (byline, excluded from "
              "last; the writer is the author). Kind article.",
        paras=[
            "在鹤泉采访，记者遇到不少返乡创业的年轻人。他们有的在竹林里搞研学，有的开网店卖竹制品，有的当起了直播带货的“竹乡主播”。年轻人回来了，山区县的产业也有了新的活力。留住年轻人，县域经济才有未来。",
        ])
    pg.furniture(["记者手记"], "column label 记者手记")
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["22　　责任编辑：滕若溪"], "footer")
    return pg


# ---------------------------------------------------------------------------
def l12() -> Page:
    """Theory journal (求是-like 半月刊) page extracted with a blank line after EVERY line: essay with ■ NAME,
    numbered paragraphs 第一，第二，第三, footnote marks and a 注释 block, 作者简介 after it; 学术观点 piece with
    □ NAME and a 摘自 source line; running head and folio."""
    pg = Page("l12.txt", cols=21, indent=FW * 2, blanks="every", seed=2512,
              style="theory journal (求是-like 半月刊) page, 21-character column, extracted with a blank line after EVERY line: running head (journal + 2035年第10期); essay with a headline on two lines broken at a phrase and letter-spaced with U+3000, byline line ■ NAME, two crossheads 一、二、, paragraphs opening 第一，第二，第三，, footnote marks ① ② in the text, a 注释： block and a 作者简介： paragraph after the body; label 学术观点 over a piece with byline line □ NAME and the source line （摘自《…》…） after the body; folio · 36 ·")
    pg.furniture(["明理　2035年第10期"], "running head")
    a = Article(
        "a", "推动有效市场和有为政府更好结合", head=["推动有效市场和", "有为政府更好结合"],
        kind="commentary", byline="■ 卓远山", authors=["卓远山"],
        notes="Journal essay: headline on two lines broken at a phrase and letter-spaced with U+3000, joined "
              "unspaced; byline line ■ NAME. The crossheads 一、二、 and the paragraphs opening 第一，第二，第三， are body; "
              "footnote marks stay in the text. **new:** the 注释： block and the 作者简介： paragraph after the body "
              "are not body (apparatus; the bio after the text is not the byline). Kind commentary.",
        paras=[
            "处理好政府和市场的关系，是经济体制改革的核心问题。既要发挥市场在资源配置中的决定性作用，又要更好发挥政府作用，这是我们在长期实践中形成的重要认识①。",
            Cross("一、把握好三个关系"),
            "第一，把握好“放”与“管”的关系。放宽市场准入不等于放任不管，要在简政放权的同时加强事中事后监管，做到放得开、管得住。",
            "第二，把握好“进”与“退”的关系。政府要从直接配置资源中退出来，更多转向制定规则、维护公平竞争和提供公共服务②。",
            "第三，把握好“当前”与“长远”的关系。宏观调控既要稳住当前经济大盘，也要为长远发展积蓄后劲，避免短期行为。",
            Cross("二、在实践中不断深化认识"),
            "有效市场和有为政府不是此消彼长的关系，而是相互补充、相互促进的统一体。市场失灵的领域，需要政府发挥作用；政府管不好也不该管的领域，要交给市场。衡量二者结合得好不好，关键看资源配置效率是否提高、经营主体活力是否增强、人民群众获得感是否提升。",
            "实践没有止境，认识也没有止境。我们要在深化改革中不断探索政府和市场关系的最佳结合点，以更加完善的制度体系推动高质量发展。",
        ])
    pg.headline(a, sep=FW)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.line(a, "注释：", "notes")
    for ln in wrap("①参见《经济体制改革文献选编》，明理出版社2030年版，第112页。", 21) + \
            wrap("②参见卓远山：《政府职能转变的逻辑》，《东渚学刊》2033年第6期。", 21) + \
            wrap("作者简介：卓远山，汀阳大学马克思主义学院教授、博士生导师。", 21):
        pg.line(a, ln, "notes")
    b = Article(
        "b", "平台经济治理需把握三个维度", section="学术观点", kind="commentary",
        byline="□ 祁望野", authors=["祁望野"],
        notes="Piece under the label 学术观点 (section), byline line □ NAME; the source line "
              "（摘自《东渚学刊》2035年第2期） after the body is not body.",
        paras=[
            "平台经济治理应把握好三个维度：在规则维度，完善平台规则透明度和算法备案制度；在竞争维度，防止平台滥用市场支配地位，保护中小商户权益；在责任维度，推动平台履行数据安全、劳动者权益保障等社会责任，实现发展与规范并重。",
        ])
    pg.furniture(["学术观点"], "column label 学术观点")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "（摘自《东渚学刊》2035年第2期）", "source")
    pg.furniture(["· 36 ·"], "folio")
    return pg


PAGES = [l09, l10, l11, l12]
