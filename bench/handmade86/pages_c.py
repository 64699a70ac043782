"""Pages md09-md12 of handmade86 (development set; all journals, papers, names, firms, places, codes and figures
invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap
from pages_a import box, top, whole


# ---------------------------------------------------------------------------
def md09() -> Page:
    """Academic journal page in a very wide column, two U+3000 of indent, NO blank line anywhere: running header;
    the END of the previous paper (no headline on this page: its last paragraphs, opening mid-sentence), its
    参考文献 list and a （责任编辑：X） line; column label over a new paper: title, ——副题, author line, affiliation
    line, 摘要 and 关键词 blocks, 中图分类号 line, body with 一、（一） crossheads and [1] reference marks,
    continued on the next page; page-foot notes (收稿日期, 基金项目, 作者简介, ①); folio."""
    pg = Page("md09.txt", cols=42, indent=FW * 2, blanks="never", seed=8609,
              style="academic journal page in a very WIDE column, indent two U+3000, NO blank line anywhere: running "
                    "header (journal, year and issue); the END of the previous paper with NO headline on this page "
                    "(the page opens mid-sentence; its conclusion paragraphs), its 参考文献 list ([1] … [5]) and the "
                    "line （责任编辑：X）; column label 金融与发展 over a new paper: title, ——副题, author line with two "
                    "names, affiliation line in brackets, 摘要： block, 关键词： line, 中图分类号／文献标识码／文章编号 "
                    "line, body (about 700 characters on this page) with crossheads 一、… 二、… （一）… and reference "
                    "marks [1][2] and a note mark ① in the text, one line letter-spaced by justification, ending "
                    "mid-sentence (continued overleaf); page-foot notes (收稿日期, 基金项目, 作者简介, ①…); folio ·47·")
    box(pg, ["岱州财经研究　2038年第6期"], "running header (journal, issue)")
    a = Article(
        "a", None,
        notes="The END of the previous paper, whose headline and authors are on an earlier page: no title on this "
              "page (title null, title_line null), no authors printed here. The page opens mid-sentence; the body is "
              "its last paragraphs down to the end of the text. Its 参考文献 list and the line （责任编辑：X） after it "
              "are not body (a reference list, like a table; journal furniture).",
        paras=[
            Raw(wrap("的转移支付分配机制，才能从根本上缓解基层财政收支矛盾，避免“保基本”支出挤占发展性支出。", 42)),
            "综上所述，本文基于岱州省2030—2036年县级面板数据的研究表明，省直管县财政改革显著提高了县级财政自给率，但对不同经济发展水平县的影响存在明显差异。据此，本文提出如下建议：一是完善以因素法为主的转移支付分配办法，加大对财力薄弱县的均衡性支持；二是建立县级财政运行监测预警机制，防范“三保”支出风险；三是推动省以下财政事权和支出责任划分改革落地，让县级政府在承担支出责任的同时拥有相应的财力保障。",
        ])
    pg.body(a)
    box(pg, ["参考文献："] + wrap("[1]钟予衡.省直管县改革与县域经济增长[J].财政研究评论，2031（4）：23-35.", 42)
        + wrap("[2]柏清源，华以宁.转移支付、财政努力与县级公共服务[J].岱州大学学报（社会科学版），2033（2）：61-72.", 42)
        + wrap("[3]莫知远.中国县级财政运行研究[M].岱州：岱州财经出版社，2034.", 42)
        + ["（责任编辑：韦静言）"], "参考文献 list and （责任编辑：X） line of the previous paper (not body)")
    box(pg, ["金融与发展"], "column label 金融与发展")
    b = Article(
        "b", "数字普惠金融对县域小微企业融资约束的影响研究", section="金融与发展",
        subtitle="——基于岱州省62个县的面板数据",
        byline="宋砚秋　林知夏", authors=["宋砚秋", "林知夏"],
        notes="Journal paper under the column label 金融与发展 (section). The ——副题 is the subtitle. The author line "
              "(two names) is the byline; both are authors. The affiliation line in brackets, the 摘要： block, the "
              "关键词： line and the 中图分类号／文献标识码／文章编号 line are display matter between headline and text "
              "(as the standfirsts of handmade84/85): neither subtitle nor body; the body starts at the crosshead "
              "一、问题的提出. Crossheads (一、… 二、… （一）…) are body lines; the reference marks [1][2] and the note "
              "mark ① stay in the text. One body line is letter-spaced by justification. The paper continues on "
              "the next page: the body ends mid-sentence with the last line printed here. The page-foot notes "
              "(收稿日期, 基金项目, 作者简介, ①…) are not body. The scholars cited are not authors. Kind article (a "
              "research paper, not an opinion piece).",
        paras=[
            Cross("一、问题的提出"),
            "小微企业是县域经济的“毛细血管”，在吸纳就业、促进农民增收方面发挥着不可替代的作用。然而，受信息不对称、抵押物不足等因素制约，县域小微企业“融资难、融资贵”的问题长期存在[1]。据岱州省中小企业发展中心调查，2036年全省县域小微企业获得银行贷款的比例仅为37.2%，明显低于城市地区。",
            "近年来，以移动支付、数字信贷为代表的数字普惠金融快速发展，为缓解小微企业融资约束提供了新的可能。一方面，金融机构可以借助交易流水、纳税、用电等替代数据评估企业信用，降低信息不对称程度；另一方面，线上化的审批和放款流程能够显著降低服务成本①。但也有研究指出，数字技术的应用可能因“数字鸿沟”而加剧县域之间的金融资源分化[2]。",
            "那么，数字普惠金融能否有效缓解县域小微企业的融资约束？其作用在不同类型的县之间是否存在差异？本文利用岱州省62个县2030—2036年的面板数据，对上述问题进行实证检验。",
            Cross("二、文献综述与研究假设"),
            Cross("（一）数字普惠金融与融资约束"),
            "已有文献主要从两个角度讨论数字普惠金融对企业融资的影响。一类研究认为，数字普惠金融通过拓展金融服务的覆盖广度和使用深度，使传统金融难以触达的长尾客户获得信贷支持。钟予衡基于省级数据的研究发现，数字普惠金融指数每提高1个标准差，小微企业贷款增速提高约2.4个百分点。另一类研究则关注数字普惠金融的作用机制，认为其主要通过降低信息搜寻成本和改善风险定价能力发挥作用。",
            "基于上述分析，本文提出假设1：数字普惠金融发展水平的提高能够显著缓解县域小微企业的融资约束。",
            Cross("（二）县域异质性"),
            "县域之间在经济发展水平、数字基础设施和金融机构布局方面存在较大差异。在数字基础设施较为完善、",
        ])
    pg.headline(b)
    for ln in wrap(b.subtitle, 42):
        pg.line(b, ln, "subtitle")
    pg.line(b, b.byline, "byline")
    box(pg, ["（岱州大学经济学院，岱州　330021；岱州财经学院金融学院，岱州　330013）"]
        + wrap("摘　要：本文基于岱州省62个县2030—2036年的面板数据，实证检验了数字普惠金融对县域小微企业融资约束的影响。"
               "研究发现，数字普惠金融发展显著缓解了县域小微企业的融资约束，且这一效应在数字基础设施较完善、"
               "地方法人银行数量较多的县更为明显。", 42)
        + ["关键词：数字普惠金融；小微企业；融资约束；县域经济",
           "中图分类号：F832.1　文献标识码：A　文章编号：1008-7306（2038）06-0047-09"],
        "affiliation line, 摘要, 关键词 and classification line (display matter, not body)")
    pg.emit(b, justify(pg.render_body(b), [14], sep=" "))
    box(pg, ["收稿日期：2038-08-16", "基金项目：岱州省社会科学规划项目（DZ37JJ082）"]
        + wrap("作者简介：宋砚秋（1989—），女，岱州人，岱州大学经济学院副教授，博士，研究方向为农村金融；"
               "林知夏（1996—），男，岱州财经学院金融学院硕士研究生，研究方向为数字金融。", 42)
        + wrap("①据岱州省地方金融监管部门统计，线上信用贷款的单笔审批成本约为线下贷款的四分之一。", 42),
        "page-foot notes: 收稿日期, 基金项目, 作者简介, ① (not body)")
    box(pg, ["·47·"], "folio", gap=False)
    return pg


# ---------------------------------------------------------------------------
def md10() -> Page:
    """Municipal daily page carrying the 政府工作报告 in full, continued from page 1: two ASCII spaces of indent,
    blank lines sometimes, WIDE column: the page opens with （上接第一版） and the report's text mid-sentence (no
    headline on this page), 二、 三、 crossheads and （一）（二）（三）（四） sub-crossheads, two lines letter-spaced
    by justification, to the report's end; 名词解释 box; label 代表热议 over a report with byline 本报记者 X　Y;
    run-in item; footer."""
    pg = Page("md10.txt", cols=38, indent="  ", blanks="some", seed=8610, p_para=0.35, p_gap=0.8,
              style="municipal daily 政府工作报告 page in a WIDE column, indent two ASCII spaces, blank lines sometimes: "
                    "header (paper; date with weekday; 第2版　政府工作报告; 责任编辑); jump line （上接第一版）, then the "
                    "report's text continued from page 1 with NO headline on this page, opening mid-sentence, "
                    "crossheads 二、… 三、… and sub-crossheads （一）…（四）… (about 1050 characters on this page, to the "
                    "report's end 各位代表！…), two body lines letter-spaced by justification; 名词解释 box (no headline; "
                    "【term】 entries); label 代表热议 over a report with byline line 本报记者 X　Y; item with run-in "
                    "本报讯（记者 X）; footer with 校对")
    box(pg, ["澧阳日报", cn_date(2039, 1, 16), "第2版　政府工作报告", "责任编辑：桑晓岚"], "page header")
    box(pg, ["（上接第一版）"], "jump line 上接第一版 (not body)", gap=False)
    a = Article(
        "a", None,
        notes="The 政府工作报告 continued from page 1, where its headline, ——副题 and the speaker are printed: no "
              "title on this page (title null, title_line null) and no authors (the mayor who delivers the report is "
              "not named on this page, and a government work report is not signed journalism). The jump line "
              "（上接第一版） is not body; the body opens mid-sentence and runs to the report's end (各位代表！…). The "
              "crossheads 二、… 三、… and （一）…（四）… are body lines; two body lines are letter-spaced by "
              "justification.",
        paras=[
            Raw(wrap("高技术制造业增加值增长14.2%，占规上工业的比重提高到21.6%。新增国家级专精特新“小巨人”企业11家、"
                     "高新技术企业186家，全社会研发投入强度达到2.48%。", 38)),
            "各位代表！过去一年的成绩来之不易。这是全市上下团结奋斗的结果，也离不开市人大及其常委会、市政协的监督支持。在看到成绩的同时，我们也清醒地认识到，经济回升的基础还不够稳固，有效需求不足，部分企业生产经营困难，财政收支平衡压力加大，一些民生领域还有不少短板。我们一定直面问题，全力以赴做好工作。",
            Cross("二、2039年经济社会发展的总体要求和主要预期目标"),
            "今年是全面完成规划目标任务的关键之年。综合考虑各方面因素，建议今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长4%；城镇新增就业5.2万人，城镇调查失业率控制在5.5%以内；居民人均可支配收入增长与经济增长基本同步；单位地区生产总值能耗下降2.5%左右。",
            Cross("三、2039年重点工作"),
            Cross("（一）着力扩大有效需求，巩固经济回升向好态势"),
            "坚持把扩大内需作为战略基点。全年安排市级重点项目320个，年度计划投资980亿元，其中产业项目占比不低于六成。用好超长期特别国债和地方政府专项债券，加快澧阳新港二期、城市轨道交通2号线等重大项目建设。深入实施提振消费行动，扩大汽车、家电以旧换新，培育夜间经济和首发经济，全年社会消费品零售总额增长6%左右。",
            Cross("（二）加快发展新质生产力，推动产业向高端攀升"),
            "实施制造业“智改数转”三年行动，全年完成技术改造项目500个以上。做大做强新能源装备、新材料、生物医药三大主导产业集群，力争新能源装备产业产值突破千亿元。设立规模30亿元的科创母基金，支持企业牵头组建创新联合体，新增高新技术企业200家。",
            Cross("（三）深化重点领域改革，持续优化营商环境"),
            "深化国资国企改革，推动市属国企聚焦主责主业。全面落实支持民营经济发展的各项举措，清理拖欠企业账款，建立常态化政企沟通机制。推进“高效办成一件事”，企业开办时间压缩至1个工作日以内，涉企审批事项全部实现网上可办。",
            Cross("（四）扎实办好民生实事，不断增进群众福祉"),
            "今年，我们将继续办好十件民生实事，新建和改扩建中小学、幼儿园18所，新增学位1.6万个；改造城镇老旧小区86个，筹集保障性住房4000套；新建社区嵌入式养老服务设施30处；新增城市公共停车泊位1.2万个。民生支出占一般公共预算支出的比重保持在78%以上。",
            "各位代表！新征程上，使命催人奋进，实干成就未来。让我们凝心聚力、真抓实干，奋力谱写澧阳高质量发展新篇章！",
        ])
    pg.emit(a, justify(pg.render_body(a), [9, 27], sep=" "))
    pg.gap()
    box(pg, ["名词解释"] + wrap("【首发经济】指企业发布新产品、推出新业态、开设首店等经济活动的总称。", 38)
        + wrap("【创新联合体】指由企业牵头，联合高校、科研院所等共同开展技术攻关的合作组织。", 38),
        "名词解释 box with no headline of its own (not an article)")
    box(pg, ["代表热议"], "column label 代表热议")
    c = Article(
        "c", "政府工作报告提振发展信心",
        section="代表热议",
        byline="本报记者　鄢知远　贺青萍", authors=["鄢知远", "贺青萍"],
        notes="Report under the label 代表热议 (section), byline line 本报记者 X　Y (both authors). The deputies quoted "
              "(卫晓川, 钱素音) are not authors.",
        paras=[
            "1月15日，出席市十七届人大四次会议的代表分组审议政府工作报告。代表们认为，报告目标明确、举措务实，让人感到提气、鼓劲。",
            "“报告提出设立30亿元科创母基金，对科技型企业来说是实实在在的利好。”市人大代表、澧阳一家新材料企业董事长卫晓川说，企业今年将研发投入提高到营业收入的8%。",
            "市人大代表、城南街道社区党委书记钱素音关注民生实事。她说，社区嵌入式养老服务设施建到了居民家门口，希望加快推进、早日投用。",
        ])
    whole(pg, c)
    d = Article(
        "d", "市十七届人大四次会议举行第二次全体会议",
        byline="本报讯（记者　鄢知远）", authors=["鄢知远"], lead="本报讯（记者　鄢知远）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "1月15日下午，市十七届人大四次会议举行第二次全体会议，听取市中级人民法院工作报告和市人民检察院工作报告，审查2038年国民经济和社会发展计划执行情况与2039年计划草案、2038年财政预算执行情况与2039年财政预算草案。",
        ])
    whole(pg, d)
    box(pg, ["本版校对：邹一禾　景小满"], "footer", gap=False)
    return pg


# ---------------------------------------------------------------------------
def md11() -> Page:
    """Daily 数读经济 (data-visual) page in a very narrow column, NO indent, a blank line after EVERY line: a short
    lead with headline on two lines and a byline 本报记者 X　制图 Y on two lines; three charts (title, unit, data
    rows, source) and chart captions in a 9-character column; 一组数字 box of one-line figures; run-in news item;
    photo news (brief) with credit line."""
    pg = Page("md11.txt", cols=12, indent="", blanks="every", seed=8611,
              style="city daily 数读经济 (data-visual) page in a very narrow column, NO indent, a blank line after EVERY "
                    "line: header (paper; date with weekday; 第4版　数读经济; 责任编辑; 制图); short lead with headline on "
                    "two lines and byline 本报记者 X / 制图 Y on two lines; three CHARTS (图N title, unit, data rows, "
                    "数据来源) each with a caption ▲… in a 9-character column; 一组数字 box (figure and one-line "
                    "explanation); item with run-in 本报讯（记者 X）; photo news (brief): headline, caption, credit line "
                    "本报记者 X　摄; footer")
    box(pg, ["汀南日报", cn_date(2038, 10, 22), "第4版　数读经济", "责任编辑：施望秋", "制图：言小北"], "page header")
    a = Article(
        "a", "前三季度汀南经济“成绩单”出炉",
        head=["前三季度汀南经济", "“成绩单”出炉"],
        byline="本报记者　鲁望舒　制图　言小北", authors=["鲁望舒"],
        notes="Lead of the data page: headline on two lines (joined); byline printed on two lines 本报记者 X / 制图 Y: "
              "the reporter is the author, the designer of the charts (制图) is not (as the 制表 credit of "
              "handmade84). The charts, their captions and the 一组数字 box that follow are not body and not "
              "articles.",
        paras=[
            "市统计局10月21日发布数据，前三季度全市地区生产总值4635亿元，同比增长5.6%，比上半年加快0.3个百分点。",
            "从三次产业看，工业和服务业“双轮驱动”特征明显，规上工业增加值增长8.1%，服务业增加值增长5.2%。消费和投资稳步回升，社会消费品零售总额增长6.4%，固定资产投资增长4.9%。",
        ])
    top(pg, a, byline=False)
    for ln in ("本报记者　鲁望舒", "制图　言小北"):
        pg.line(a, ln, "byline")
    pg.body(a)
    box(pg, ["图1", "地区生产总值", "（亿元）", "2036年　4126", "2037年　4389", "2038年　4635", "（均为前三季度）"]
        + wrap("▲前三季度GDP三年连续跨越两个百亿台阶", 9), "chart 1 with its caption (not an article)")
    box(pg, ["图2", "三次产业结构", "一产　4.2%", "二产　41.7%", "三产　54.1%"]
        + wrap("▲服务业占比超过一半", 9), "chart 2 with its caption (not an article)")
    box(pg, ["图3", "社零额月度增速", "（%）", "7月　6.1", "8月　6.5", "9月　7.0"]
        + wrap("▲消费增速逐月回升", 9) + ["数据来源：", "汀南市统计局"], "chart 3 with its caption and source (not an article)")
    box(pg, ["一组数字", "8.1%", "规上工业增加值增速", "14.6%", "高技术制造业增速", "2.86万元", "居民人均可支配收入",
             "4.9%", "城镇调查失业率"], "一组数字 box: figures and one-line explanations (not an article)")
    b = Article(
        "b", "汀南发布四季度重点项目清单",
        byline="本报讯（记者　覃小雨）", authors=["覃小雨"], lead="本报讯（记者　覃小雨）",
        notes="Run-in 本报讯（记者 X） (wrapped over two lines) excluded from first.",
        paras=[
            "汀南市日前发布四季度重点项目清单，共安排项目126个，四季度计划完成投资212亿元，其中新开工项目38个。",
        ])
    pg.headline(b, lines=wrap(b.title, 12))
    pg.body(b)
    c = Article(
        "c", "港区集装箱码头夜间作业忙", kind="brief",
        byline="本报记者　覃小雨　摄", authors=["覃小雨"],
        notes="Photo news (brief): headline, caption text as the body, the credit line 本报记者 X　摄 after it (the "
              "byline; the photographer is the author of a photo news, as in handmade81). Kind brief (not counted "
              "in recall).",
        paras=["10月20日晚，汀南港区集装箱码头灯火通明，桥吊正在装卸货物。前三季度，汀南港集装箱吞吐量增长9.3%。"])
    pg.headline(c, lines=wrap(c.title, 12))
    pg.body(c)
    pg.line(c, c.byline, "byline")
    box(pg, ["本版数据除注明外", "均来自汀南市统计局"], "footer", gap=False)
    return pg


# ---------------------------------------------------------------------------
def md12() -> Page:
    """Hong Kong / Taiwan-style financial daily page in TRADITIONAL characters, NO indent, blank lines sometimes,
    column breaks every 12 body lines: lead with headline on two lines and byline 本報記者 X; item with the run-in
    〔記者X／汀北報導〕; label 財經評論 over a comment with ◎ X; label 短訊 over three items (run-in 【本報訊】; no
    credit; （記者X） run in at the end); disclaimer footer."""
    pg = Page("md12.txt", cols=17, indent="", blanks="some", colbreak=12, seed=8612, p_para=0.5, p_gap=0.7,
              style="Hong Kong / Taiwan-style financial daily 財經要聞 page in TRADITIONAL characters (繁體), NO indent, "
                    "blank lines sometimes, plus a column break (blank line) every 12 body lines: header (paper; date "
                    "with weekday; B3　財經要聞); lead with headline on two lines and byline line 本報記者　X; item with "
                    "the Taiwan-style run-in 〔記者X／汀北報導〕; label 財經評論 over a comment with byline line ◎ X; "
                    "label 短訊 over three items (run-in 【本報訊】 naming no reporter; no credit; （記者X） run in at the "
                    "end); footer with 責任編輯 and a disclaimer")
    box(pg, ["汀港財經日報", cn_date(2039, 3, 15), "B3　財經要聞"], "page header")
    a = Article(
        "a", "汀港銀行下調最優惠利率供樓族每月可省約600元",
        head=["汀港銀行下調最優惠利率", "供樓族每月可省約600元"],
        byline="本報記者　梁采薇", authors=["梁采薇"],
        notes="Lead in traditional characters: headline on two lines (joined). Byline line 本報記者 X. Column breaks "
              "fall inside paragraphs. The economist and the agent quoted (杜嘉朗 and unnamed) are not authors.",
        paras=[
            "汀港銀行昨日宣布，由下周一起下調港元最優惠利率0.25厘至5.375厘，為兩年來首次減息。多家本地銀行隨即跟進，其中匯通銀行及東灣銀行同樣下調0.25厘，新利率即日生效。",
            "以一筆500萬元、還款期30年的按揭貸款計算，減息後每月供款約減少600元，全期利息支出可節省逾20萬元。有地產代理表示，減息消息公布後，週末睇樓預約量較上週增加約三成，部分新盤亦計劃加推單位。",
            "汀港大學經濟系副教授杜嘉朗認為，是次減息反映資金成本回落，有助紓緩中小企及置業人士的利息負擔，但樓市能否持續回暖，仍要視乎本地經濟及就業情況。他預計，年內最優惠利率仍有再下調0.25厘的空間。",
            "金融管理部門發言人提醒，市民在作出置業決定時，應審慎評估自身的還款能力，並考慮利率日後上升的可能。",
        ])
    whole(pg, a, lines=a.head)
    b = Article(
        "b", "汀北半導體出口連七紅",
        byline="〔記者溫子謙／汀北報導〕", authors=["溫子謙"], lead="〔記者溫子謙／汀北報導〕",
        notes="Taiwan-style run-in credit 〔記者X／汀北報導〕 at the start of the text, excluded from first; the "
              "reporter is the author.",
        paras=[
            "汀北財政部門昨日公布，2月出口總值412.6億美元，年增18.4%，連續第七個月正成長；其中電子零組件出口184.3億美元，年增27.9%，創同期新高。",
            "官員分析，人工智慧伺服器需求強勁，帶動晶片及相關零組件出貨，預估3月出口仍可維持雙位數成長。",
        ])
    whole(pg, b, lines=wrap(b.title, 17))
    box(pg, ["財經評論"], "column label 財經評論")
    c = Article(
        "c", "減息不是樓市的萬靈藥", section="財經評論", kind="commentary",
        byline="◎ 韋樂言", authors=["韋樂言"],
        notes="Comment under the label 財經評論 (section), byline line ◎ X (the ◎ is a mark; the writer is the "
              "author). Kind commentary.",
        paras=[
            "減息消息一出，樓市氣氛即時升溫。不過，每月省下數百元供款，對置業者而言固然是好事，但真正決定樓價走勢的，始終是收入前景和供求關係。",
            "過去一年，本地新盤供應持續增加，未來三年仍有約六萬個單位落成。在供應充裕的情況下，減息帶來的只會是短期刺激。置業人士與其追逐減息，不如量力而為。",
        ])
    whole(pg, c)
    box(pg, ["短訊"], "column label 短訊")
    d1 = Article(
        "d1", "汀港交易所將推夜盤交易", section="短訊",
        byline="【本報訊】", lead="【本報訊】",
        notes="Item under the label 短訊 (section); run-in 【本報訊】 (the paper's own report, naming no reporter) "
              "excluded from first: no authors.",
        paras=["汀港交易所宣布，將於6月起為指數期貨推出夜盤交易，交易時段延長至凌晨一時，以便投資者應對海外市場波動。"])
    d2 = Article(
        "d2", "零售業總銷貨價值回升", section="短訊",
        notes="Item under the label 短訊 (section) with its own headline and no credit: no authors.",
        paras=["統計部門公布，1月零售業總銷貨價值為321億元，按年上升4.6%，為連續三個月錄得增長，其中珠寶鐘錶類升幅最大。"])
    d3 = Article(
        "d3", "中小企融資擔保計劃延長", section="短訊",
        byline="（記者馮倩如）", authors=["馮倩如"], tail="（記者馮倩如）",
        notes="Item under the label 短訊 (section), signed （記者X） run in at the end (excluded from last).",
        paras=["政府宣布，中小企融資擔保計劃的申請期延長至明年底，特惠貸款的最高貸款額維持在1800萬元，還款期最長八年。"])
    for d in (d1, d2, d3):
        pg.headline(d, lines=wrap(d.title, 17))
        pg.body(d)
        pg.gap()
    box(pg, ["責任編輯：鄺詠詩", "投資涉及風險，本報所載", "資料僅供參考。"], "footer with 責任編輯 and disclaimer",
        gap=False)
    return pg


PAGES = [md09, md10, md11, md12]
