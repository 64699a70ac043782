"""Pages l01-l04 of handmade25 (development set; all papers, journals, names, institutions, places and figures
invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def l01() -> Page:
    """Party daily 理论 page: 编者按 box; lead essay (two-line headline, author line under it, 一、二、三、
    crossheads, （作者系…） line after the body); essay with ■ author line and （作者单位：…） line after it;
    理论动态 item signed （X） at the end."""
    pg = Page("l01.txt", cols=24, indent=FW * 2, blanks="para", seed=2501,
              style="party daily 理论 page: header on two lines (paper + 版名; date with weekday + 第9版 + 责任编辑); 编者按 box (label run in, wrapped) over the page; lead essay with a headline on two lines broken at a phrase, the author's name alone on the line under it, three crossheads 一、二、三、 and the line （作者系…） after the body; essay with author line ■ NAME and the line （作者单位：…） after the body; label 理论动态 over a conference item signed （X） run in at the end; footer with editor, proof-reader, e-mail")
    pg.furniture(["青岚日报　理论",
                  cn_date(2035, 5, 14) + "　第9版　责任编辑：计晓帆"], "page header")
    pg.blank()
    pg.furniture(wrap("【编者按】当前，外部环境复杂性、严峻性、不确定性上升，国内经济回升向好的基础仍需巩固。如何以高水平开放和基层治理创新为高质量发展注入动力？本版今日刊发两篇文章，敬请关注。", 24),
                 "编者按 box introducing the page (not an article)")
    pg.blank()
    a = Article(
        "a", "以高水平对外开放助推新发展格局", head=["以高水平对外开放", "助推新发展格局"],
        kind="commentary", byline="杜明远", authors=["杜明远"],
        notes="Signed theory essay: headline on two lines broken at a phrase, joined. The author's name alone on the "
              "line under the headline is the byline (author). The crossheads 一、二、三、 are body. The line "
              "（作者系汀阳大学经济学院教授） after the body is not body (author note). Kind commentary (signed "
              "theory essay).",
        paras=[
            "开放是中国式现代化的鲜明标识。构建以国内大循环为主体、国内国际双循环相互促进的新发展格局，决不是关起门来封闭运行，而是要通过发挥内需潜力，使国内市场和国际市场更好联通，以国内大循环吸引全球资源要素，更好利用国内国际两个市场、两种资源。",
            Cross("一、从商品和要素流动型开放向制度型开放拓展"),
            "过去我们主要依靠降低关税、扩大市场准入来推动开放，今后更要在规则、规制、管理、标准等方面与国际高标准经贸规则相衔接。要在自由贸易试验区、自由贸易港等开放平台开展压力测试，在数据跨境流动、知识产权保护、政府采购等领域先行先试，形成可复制可推广的制度成果。",
            Cross("二、以开放促改革、促发展"),
            "开放本身就是改革。实践表明，哪里开放程度高，哪里的营商环境就更好、市场活力就更足。要以开放倒逼深层次改革，破除妨碍要素自由流动的体制机制障碍，推动各类经营主体依法平等使用生产要素、公平参与市场竞争。同时，要稳步扩大服务业开放，在电信、医疗、教育等领域有序放宽外资准入。",
            Cross("三、统筹开放和安全"),
            "越是开放，越要重视安全。要健全外商投资安全审查、出口管制等制度，提升产业链供应链韧性和安全水平，增强在对外开放中维护国家利益的能力。只有把开放的“窗口”开得更大、把安全的“底座”筑得更牢，才能在更加开放的条件下实现更高质量的发展。",
            "新征程上，我们要以更加积极主动的姿态推进高水平对外开放，稳步扩大规则、规制、管理、标准等制度型开放，推动货物贸易优化升级，创新发展服务贸易和数字贸易，加快培育外贸新动能，以开放的主动赢得发展的主动，为构建新发展格局注入源源不断的动力。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.line(a, "（作者系汀阳大学经济学院教授）", "bio")
    pg.gap()
    b = Article(
        "b", "在守正创新中激发基层治理活力", kind="commentary",
        byline="■ 孟青禾", authors=["孟青禾"],
        notes="Signed essay: author line ■ NAME under the headline (the ■ is a mark; byline as printed). **new:** the "
              "line （作者单位：青岚省委党校） after the body is not body (as the 作者系 line).",
        paras=[
            "基层是国家治理的“最后一公里”。近年来，各地在网格化管理、“一网统管”、村（居）民议事协商等方面进行了大量探索，基层治理效能明显提升。但也要看到，一些地方仍存在多头管理、权责不清、“上面千条线、下面一根针”等问题，基层干部疲于应付各类检查考核，服务群众的时间和精力被挤占。",
            "激发基层治理活力，关键在于处理好“守正”与“创新”的关系。守正，就是要坚持党建引领，把基层党组织的政治优势、组织优势转化为治理效能；创新，就是要尊重基层首创精神，鼓励各地因地制宜探索行之有效的治理方式。要推动资源、服务、管理向基层下沉，建立健全基层职责清单，切实为基层减负赋能，让基层干部有更多精力抓落实、办实事。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "（作者单位：青岚省委党校）", "bio")
    pg.gap()
    c = Article(
        "c", "“县域经济高质量发展”研讨会在云岫举行", section="理论动态",
        byline="（晏书文）", authors=["晏书文"], tail="（晏书文）",
        notes="Item under the label 理论动态 (section), signed （X） run in at the end: the byline, excluded from "
              "last; the writer is the author. Scholars named are not.",
        paras=[
            "5月10日至11日，由青岚省社会科学界联合会主办的“县域经济高质量发展”学术研讨会在云岫市举行。来自省内外高校、党校和研究机构的80余名专家学者围绕县域产业集群培育、城乡融合发展、县域金融服务等议题展开研讨。与会学者认为，县域是统筹城乡发展的关键支点，要立足资源禀赋发展特色产业，增强县城综合承载能力，推动公共服务向乡村延伸。",
        ])
    pg.furniture(["理论动态"], "column label 理论动态")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：谭雨眠　　校对：简一禾　　电子邮箱：lilun@qlrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def l02() -> Page:
    """Economic daily 智库 page: 学者观点 roundup (each expert run in as NAME（post）：), compiler line
    （本报记者 X　整理） after it; essay with 作者：X　Y, （一）（二）（三） crossheads, footnote marks ① ② and a
    注释 block; 本报讯（记者 X） item."""
    pg = Page("l02.txt", cols=30, indent=FW, blanks="arts", seed=2502,
              style="economic daily 智库 page indented with ONE U+3000, blank lines only between articles and blocks: header on two lines (11　智库·思想; paper + date with weekday); label 学者观点 over a roundup: headline with ——副题, intro paragraph, four experts each run in at the head of a paragraph as ◎NAME（post）：, the compiler line （本报记者 X　整理） on a line after the body; essay with author line 作者：X　Y, crossheads （一）（二）（三）, footnote marks ① ② in the text and a 注释： block of two notes after the body; label 智库动态 over a run-in 本报讯（记者 X） item; footer")
    pg.furniture(["11　智库·思想",
                  "汀阳经济日报　" + cn_date(2035, 5, 15)], "page header")
    pg.blank()
    a = Article(
        "a", "如何看待物价低位运行", section="学者观点",
        subtitle="——专家学者谈扩大有效需求",
        byline="（本报记者　卢听雨　整理）", authors=["卢听雨"],
        notes="Roundup under the label 学者观点 (section). ——副题 is the subtitle. Each expert is run in at the head of "
              "a paragraph (◎NAME（post）：), so the names are body; the experts (石念慈, 霍明川, 裴书韵, 钟离远) are not "
              "authors. **new:** the compiler line （本报记者 X　整理） printed on a line of its own AFTER the body is "
              "the byline; the compiler is the author. Kind article (compiled by a reporter).",
        paras=[
            "今年以来，居民消费价格总体低位运行，工业生产者出厂价格同比降幅有所收窄。如何看待当前物价走势？扩大有效需求应从哪些方面着力？几位专家学者谈了各自的看法。",
            "◎石念慈（青岚省社会科学院经济研究所研究员）：物价低位运行主要是供求关系阶段性失衡的反映。一方面，部分行业产能扩张较快，供给相对充裕；另一方面，居民收入预期偏弱，消费意愿有待提振。对此既不能过度担忧，也不能掉以轻心。",
            "◎霍明川（汀阳大学经济学院教授）：判断物价形势要看核心指标。扣除食品和能源价格后的核心CPI保持温和上涨，说明经济内生动力仍在修复。宏观政策应保持连续性，财政政策更加积极，货币政策适度宽松，推动价格总水平合理回升。",
            "◎裴书韵（鸿渐发展研究院宏观部主任）：扩大有效需求要更多投资于人。建议提高城乡居民基础养老金，扩大育儿补贴覆盖面，增加公共服务供给，稳定居民支出预期，把储蓄更多转化为消费。",
            "◎钟离远（东渚财经大学金融学院教授）：要防止部分行业“内卷式”竞争进一步压低价格。应加强行业自律和反垄断、反不正当竞争执法，引导企业从拼价格转向拼质量、拼服务，形成优质优价的良性循环。",
        ])
    pg.furniture(["学者观点"], "column label 学者观点")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    b = Article(
        "b", "完善地方政府专项债券管理的几点思考", kind="commentary",
        byline="作者：苗若川　尹砚秋", authors=["苗若川", "尹砚秋"],
        notes="Signed policy essay with the author line 作者：X　Y under the headline; both are authors. Crossheads "
              "（一）（二）（三） are body; the footnote marks ① ② stay in the text. **new:** the 注释： block "
              "after the body (label and two notes) is not body (apparatus, as an author note). Kind commentary.",
        paras=[
            "专项债券是地方政府稳投资、补短板的重要工具。近年来专项债券发行规模持续扩大，对扩大有效投资发挥了积极作用，但也暴露出项目储备不足、资金闲置、收益难以覆盖本息等问题①。进一步完善专项债券管理，需要从以下几方面着手。",
            Cross("（一）提高项目储备质量"),
            "要坚持“资金跟着项目走”，把项目前期工作做深做实，对项目收益与融资平衡方案开展第三方评估，防止“拼凑项目”“包装项目”。",
            Cross("（二）扩大使用范围与加强穿透监管并重"),
            "在扩大专项债券用作项目资本金范围的同时，要依托信息化手段对资金拨付、使用、收益实施全流程监控，确保资金及时形成实物工作量②。",
            Cross("（三）健全偿债保障机制"),
            "要建立专项债券项目收益动态监测和风险预警机制，对收益不及预期的项目及早制定应对方案，守住不发生系统性风险的底线。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "注释：", "notes")
    for n in wrap("①参见青岚省财政厅《2034年地方政府债务管理情况报告》。", 30) + \
            wrap("②“实物工作量”指项目建设实际完成的投资量。", 30):
        pg.line(b, n, "notes")
    pg.blank()
    c = Article(
        "c", "鸿渐发展研究院发布区域协调发展指数", section="智库动态",
        byline="本报讯（记者　霍知远）", authors=["霍知远"], lead="本报讯（记者　霍知远）",
        notes="Item under the label 智库动态 (section): run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "鸿渐发展研究院5月13日发布《2035区域协调发展指数报告》。报告从经济发展、公共服务、基础设施、生态环境等6个维度对全国31个省级行政区进行测评，结果显示，区域发展差距总体呈缩小态势，东中西部人均可支配收入之比由上年的1.42∶1.08∶1缩小至1.39∶1.07∶1。报告建议，进一步完善区际利益补偿机制，推动产业有序梯度转移。",
        ])
    pg.furniture(["智库动态"], "column label 智库动态")
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：薛望　　美编：吕一秋　　校对：贺小荷"], "footer")
    return pg


# ---------------------------------------------------------------------------
def l03() -> Page:
    """Half-monthly policy magazine, contents page: masthead, 目录 with dotted leaders and page numbers, 卷首语
    (label, headline, signature line 本刊主编　X right-aligned after the body), label 半月评 over two short
    comments (文／X under the headline; （X） run in at the end)."""
    pg = Page("l03.txt", cols=36, indent=FW * 2, blanks="some", seed=2503, p_para=0.4, p_gap=0.85,
              style="半月谈-like policy magazine, contents page: masthead on three lines (title, pinyin name, 2035年第10期 + 5月下半月刊 + 总第918期); 目录 box (label letter-spaced 目　录, four group labels, titles with dotted leaders and page numbers, some with authors); label 卷首语 over a short essay whose signature line 本刊主编　X is printed right-aligned after the body; label 半月评 over two short comments, one with byline line 文／X, one signed （X） run in at the end; footer with 国内统一刊号 and price")
    pg.furniture(["观澜半月谈",
                  "GUANLAN BANYUETAN",
                  "2035年第10期　5月下半月刊　总第918期"], "masthead")
    pg.blank()
    pg.furniture(["目　录",
                  "卷首语",
                  "让政策红利直达基层……………………岑望舒　1",
                  "本期专题　县域经济新观察",
                  "一个山区县的“产业突围”……………程问岚　22",
                  "县域经济要“特”字当头………………庞以诚　25",
                  "芷溪：“飞地园区”打通山海协作………………26",
                  "高端访谈",
                  "数据要素市场化要跨过“三道坎”……伍清扬　14",
                  "半月评",
                  "“数字减负”莫成“数字加负”…………郁清禾　1",
                  "小切口撬动大民生………………………江一帆　1"],
                 "目录 contents box (titles with page numbers; not an article)")
    pg.blank()
    a = Article(
        "a", "让政策红利直达基层", section="卷首语", kind="commentary",
        byline="本刊主编　岑望舒", authors=["岑望舒"],
        notes="卷首语 (section) of the magazine: a short essay whose signature line 本刊主编　X is printed "
              "right-aligned AFTER the body (written without its leading U+3000s). **new:** the magazine's chief "
              "editor who signs the 卷首语 is its writer and so an author (not an editor of the page in the sense "
              "of 责任编辑). Kind commentary.",
        paras=[
            "政策的生命力在于执行，政策的温度在于落地。近年来，从减税降费到稳岗返还，从设备更新到消费品以旧换新，一系列惠企利民政策密集出台。但在一些地方，政策“最先一公里”热热闹闹，“最后一公里”却冷冷清清：企业不知道、不会申、申不到的情况仍然存在。",
            "打通政策落地的堵点，要变“企业找政策”为“政策找企业”。一些地方依托大数据精准画像，对符合条件的企业“免申即享”，让政策红利像快递一样送上门，这样的做法值得推广。同时，也要建立政策落实效果评估机制，多听基层和企业的声音，及时发现问题、调整完善。",
            "好政策只有落到实处，才能真正转化为发展动能和群众的获得感。本期我们聚焦县域经济，走进山区县、沿海园区，记录政策落地的生动实践，也直面仍待破解的难题。",
        ])
    pg.furniture(["卷首语"], "column label 卷首语")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 26 + a.byline, "byline")
    pg.blank()
    pg.furniture(["半月评"], "column label 半月评")
    pg.blank()
    b = Article(
        "b", "“数字减负”莫成“数字加负”", section="半月评", kind="commentary",
        byline="文／郁清禾", authors=["郁清禾"],
        notes="Short comment under the label 半月评 (section), byline line 文／X. Commentary.",
        paras=[
            "政务应用本是为基层减负的利器，可在有的地方却成了负担：一个村干部手机上装了十几个政务应用，每天忙着打卡、上传照片、填报数据，同一份材料要在不同平台重复录入。数字化工具用偏了，就会从“减负”变成“加负”。",
            "整治“指尖上的形式主义”，要统筹整合各类政务平台，推动数据共享、一表通用，更要改变以留痕代替实绩的考核方式，把基层干部从屏幕前解放出来，多到田间地头和群众身边去。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "小切口撬动大民生", section="半月评", kind="commentary",
        byline="（江一帆）", authors=["江一帆"], tail="（江一帆）",
        notes="Short comment under the label 半月评 (section), signed （X） run in at the end: the byline, excluded "
              "from last. Commentary.",
        paras=[
            "老旧小区加装电梯、社区食堂、口袋公园……这些看似不起眼的“小事”，却是群众天天要面对的“大事”。办好民生实事，不必追求“高大上”，关键是从群众最急最忧最盼的问题入手，以小切口推动大改善，一件接着一件办，一年接着一年干。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["国内统一连续出版物号　CN 43-1088/D　　定价：8.00元"], "footer with 刊号 and price")
    return pg


# ---------------------------------------------------------------------------
def l04() -> Page:
    """Party daily 评论 page, NO blank line anywhere: 启新时评 essay with the author's name under the headline
    and （本文作者为…） after the body; 众论 comment with a two-line headline and 文／X; 观点摘编 piece with
    □ NAME and a 原载 source line after it; 一语 short comment signed （X） at the end."""
    pg = Page("l04.txt", cols=28, indent=FW, blanks="never", seed=2504,
              style="party daily 评论 page indented with ONE U+3000 and NO blank line anywhere: header on three lines (版名 评论, paper, date with weekday + 第5版); label 启新时评 over an essay whose author's name stands alone under the headline and whose line （本文作者为…） follows the body; label 众论 over a comment with a headline on two lines (broken at a phrase) and byline line 文／X; label 观点摘编 over a piece with byline line □ NAME and the source line （原载《…》…，有删节） after the body; label 一语 over a short comment signed （X） run in at the end; footer with editor and 投稿邮箱")
    pg.furniture(["评论",
                  "启新日报",
                  cn_date(2035, 5, 16) + "　第5版"], "page header")
    a = Article(
        "a", "稳就业要向结构性矛盾发力", section="启新时评", kind="commentary",
        byline="柯望之", authors=["柯望之"],
        notes="Essay under the label 启新时评 (section): the author's name alone under the headline is the byline. "
              "**new:** the line （本文作者为青岚财经大学公共管理学院副教授） after the body is not body (author "
              "note, as 作者系).",
        paras=[
            "今年高校毕业生规模再创新高，稳就业的任务依然繁重。从总量看，城镇调查失业率总体稳定；从结构看，“有人没事干”与“有事没人干”并存的矛盾较为突出：一边是部分青年求职难，一边是制造业技术工人、养老护理员等岗位长期招不满。",
            "破解结构性就业矛盾，首先要让人才培养更好对接产业需求。高校和职业院校要根据产业发展动态调整专业设置，扩大产教融合、订单培养规模，让学生在校期间就能掌握企业需要的技能。其次要提升技能岗位的吸引力。一些技术岗位收入不低，却因职业发展通道不畅、社会认可度不高而遭冷遇，应完善技能人才薪酬分配和职称评价制度，让“蓝领”也有奔头。",
            "还要看到，新就业形态正在吸纳越来越多的劳动者。要加快完善灵活就业人员社会保障制度，推动平台企业依法履行用工责任，让新就业形态劳动者既能“灵活”就业，又能安心工作。",
        ])
    pg.furniture(["启新时评"], "column label 启新时评")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.line(a, "（本文作者为青岚财经大学公共管理学院副教授）", "bio")
    b = Article(
        "b", "别让“打卡式调研”滋生形式主义", head=["别让“打卡式调研”", "滋生形式主义"],
        section="众论", kind="commentary", byline="文／单若鸿", authors=["单若鸿"],
        notes="Comment under the label 众论 (section): headline on two lines broken at a phrase, joined; byline line "
              "文／X.",
        paras=[
            "调查研究是谋事之基、成事之道。但在一些地方，调研变了味：路线提前规划好，点位精心“布置”过，座谈会上发言的总是那几个人，拍照、合影、发信息一气呵成，调研报告却千篇一律。这样的“打卡式调研”，看不到真问题，也解决不了真问题。",
            "调研要“深”下去，就得多一些“不打招呼”的走访，多到困难多、矛盾集中的地方去，听真话、察实情。调研成果也要用起来，不能“调研完了事”，而要以问题是否解决、群众是否满意来检验调研成效。",
        ])
    pg.furniture(["众论"], "column label 众论")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "县域商业体系建设要补短板", section="观点摘编", kind="commentary",
        byline="□ 韦知秋", authors=["韦知秋"],
        notes="Piece under the label 观点摘编 (section), byline line □ NAME under the headline. **new:** the source "
              "line （原载《汀阳经济日报》2035年5月6日，有删节） after the body is not body.",
        paras=[
            "县域是连接城市和乡村的纽带，县域商业是扩大内需的重要阵地。近年来，县域商业设施不断完善，但与城市相比，仍存在商业网点布局分散、冷链物流设施不足、乡镇商贸中心功能偏弱等短板。",
            "补齐县域商业短板，一要完善县乡村三级物流配送体系，推动快递、邮政、供销等资源共建共享，降低农村物流成本；二要改造提升乡镇商贸中心，引导连锁商超向乡镇延伸，丰富农村居民的消费选择；三要发展农产品产地冷藏保鲜设施，畅通农产品上行通道，让农民既能买得好，也能卖得好。",
        ])
    pg.furniture(["观点摘编"], "column label 观点摘编")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.line(c, "（原载《汀阳经济日报》2035年5月6日，有删节）", "source")
    d = Article(
        "d", "“免申即享”值得推广", section="一语", kind="commentary",
        byline="（季远）", authors=["季远"], tail="（季远）",
        notes="Short comment under the label 一语 (section), signed （X） run in at the end, excluded from last.",
        paras=[
            "企业不用申请、不用跑腿，符合条件的补贴资金就直接到账。汀阳推行惠企政策“免申即享”一年来，已为1.2万家企业兑现资金9.6亿元。少一些繁文缛节，多一些主动服务，政策才能真正惠及企业。",
        ])
    pg.furniture(["一语"], "column label 一语")
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版编辑：聂书白　　投稿邮箱：pinglun@qxrb.cn"], "footer")
    return pg


PAGES = [l01, l02, l03, l04]
