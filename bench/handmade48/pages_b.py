"""Pages kr05-kr08 of handmade48 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date


# ---------------------------------------------------------------------------
def kr05() -> Page:
    """Party daily 要闻 page 4, wide column, NO indent: a 公报 printed in full (headline on two lines ending （第一号）,
    the two issuing bodies and the date on lines under it, intro, numbered points 一、…四、 as crossheads, 注释);
    答记者问 with 记者：／答： paragraphs; run-in 本报讯（记者 X） item."""
    pg = Page("kr05.txt", cols=46, indent="", blanks="some", seed=4805, p_para=0.3, p_gap=0.85,
              style="provincial party daily 要闻 page 4, wide column, NO indent, blank lines sometimes (so most paragraph ends show only as short lines): header on two lines (要闻　4; paper + date with weekday); 公报 printed IN FULL: headline on two lines (…主要数据公报 / （第一号）), the two issuing bodies on two lines and the date （2034年3月20日） under it, an intro paragraph ending 现将主要数据公布如下：, numbered points 一、…四、 as crossheads over their paragraphs, and a 注释： head over two numbered notes; 答记者问 with ——副题 …答记者问, byline line 本报记者 X, body of 记者：／答： paragraphs; run-in 本报讯（记者 X） item; footer with editor and proof-reader")
    pg.furniture(["要闻　4",
                  "沧岭日报　" + cn_date(2034, 3, 21)], "page header")
    pg.blank()
    a = Article(
        "a", "沧岭省第五次经济普查主要数据公报（第一号）",
        head=["沧岭省第五次经济普查主要数据公报", "（第一号）"],
        byline="沧岭省第五次经济普查领导小组办公室　沧岭省统计局",
        notes="**new:** 公报 printed in full. Headline on two lines (the second is （第一号）), joined. The two issuing "
              "bodies printed on two lines under the headline are the byline (no person: no authors); the date line "
              "（2034年3月20日） is not body. Body: the intro, the numbered points 一、…四、 (crossheads, body) with "
              "their paragraphs, and the 注释 with its two notes (part of the document). Kind article.",
        paras=[
            "根据国家统一部署，我省以2033年12月31日为标准时点，开展了第五次经济普查。普查对象是在我省境内从事第二产业和第三产业的全部法人单位、产业活动单位和个体经营户。在各级普查机构和广大普查人员的共同努力下，普查工作取得了重要成果。现将主要数据公布如下：",
            Cross("一、单位数量"),
            "2033年末，全省共有从事第二产业和第三产业活动的法人单位86.42万个，比2028年末（第四次经济普查标准时点，下同）增加21.37万个，增长32.9%；产业活动单位102.15万个，增长29.6%；个体经营户301.8万户，增长18.4%。",
            "在法人单位中，企业法人单位71.36万个，占82.6%；机关、事业法人单位3.12万个，占3.6%；社会团体和其他法人单位11.94万个，占13.8%。",
            Cross("二、从业人员"),
            "2033年末，全省第二产业和第三产业法人单位从业人员1286.4万人，比2028年末增加94.7万人，增长7.9%。其中，第二产业从业人员521.3万人，占40.5%；第三产业从业人员765.1万人，占59.5%，比重比2028年末提高3.2个百分点。",
            Cross("三、地区分布"),
            "分地区看，青崖市法人单位29.87万个，占全省的34.6%；澄湖市13.45万个，占15.6%；雁川市9.62万个，占11.1%；其他市（州）合计33.48万个，占38.7%。",
            Cross("四、新兴产业"),
            "2033年末，全省高技术制造业企业法人单位5126个，比2028年末增长61.3%；数字经济核心产业企业法人单位3.84万个，增长72.5%；战略性新兴产业企业法人单位2.27万个，增长48.6%。",
            Cross("注释："),
            "1．本公报中数据均为初步汇总数据。",
            "2．部分数据因四舍五入的原因，存在总计与分项合计不等的情况。",
        ])
    pg.headline(a)
    pg.line(a, FW * 5 + "沧岭省第五次经济普查领导小组办公室", "byline")
    pg.line(a, FW * 5 + "沧岭省统计局", "byline")
    pg.line(a, FW * 5 + "（2034年3月20日）", "dateline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "经济普查数据折射沧岭发展新变化",
        subtitle="——省统计局负责人就第五次经济普查主要数据答记者问",
        byline="本报记者　蒲云帆", authors=["蒲云帆"], kind="interview",
        notes="答记者问: ——副题 is the subtitle; byline line 本报记者 X (the interviewer, the author). Body of "
              "记者：／答： paragraphs; the official who answers (not named) is not an author. Kind interview.",
        paras=[
            "记者：这次经济普查数据反映出我省经济发展有哪些新变化？",
            "答：总的来看，普查数据全面反映了五年来我省经济结构持续优化、发展质量不断提升的成效。一是经营主体数量大幅增加，法人单位增长近三分之一，市场活力明显增强；二是产业结构持续优化，第三产业从业人员比重接近六成；三是新动能加快成长，高技术制造业和数字经济核心产业企业数量分别增长六成和七成以上。",
            "记者：数据显示青崖市法人单位占全省三分之一以上，如何看待区域发展的差距？",
            "答：省会城市集聚程度较高，符合区域经济发展的一般规律。同时我们也注意到，澄湖、雁川两市法人单位增速均快于全省平均水平，县域经营主体增长明显加快，区域协调发展的态势正在形成。",
            "记者：下一步普查数据将如何开发利用？",
            "答：我们将陆续发布第二号、第三号公报，并组织开展普查资料开发和课题研究，建立全省经济普查数据库，为各级党委政府科学决策和企业经营提供数据支撑。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "全省经济普查数据开发利用工作启动",
        byline="本报讯（记者　杭一舟）", authors=["杭一舟"], lead="本报讯（记者　杭一舟）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "3月20日，全省第五次经济普查数据开发利用工作会议在青崖召开。会议确定，今年将围绕民营经济、数字经济、县域经济等12个重点领域开展普查资料专题研究，并于年内建成全省经济普查数据库，向社会提供分级分类的数据查询服务。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：温屿　　校对：苗青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kr06() -> Page:
    """City party daily 要闻简报 strip of an 8-character column, NO indent, blank lines only between items:
    five items with headlines set on two lines (unspaced), run-in 本报讯（记者 X） / bare 本报讯　/ 本报讯（记者 X
    通讯员 Y）, a credit （通讯员 X） run in at the end, a byline line 记者 X　通讯员 Y under a headline."""
    pg = Page("kr06.txt", cols=8, indent="", blanks="arts", seed=4806,
              style="city party daily 要闻简报 strip of an 8-character column, NO indent, blank lines only between items: header and footer wider than the column; label 要闻简报; five items, each with its headline set on two lines of the column (unspaced); run-in 本报讯（记者 X） wrapped over two lines, bare run-in 本报讯　(no reporter), run-in 本报讯（记者 X　通讯员 Y）, a credit （通讯员 X） run in at the end, a byline line 记者 X　通讯员 Y (wider than the column) under a headline")
    pg.furniture(["雁川日报",
                  cn_date(2034, 3, 14),
                  "第3版　要闻"], "page header")
    pg.blank()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    pg.blank()
    items = [
        Article("a", "雁川至澄湖城际公交开通", head=["雁川至澄湖", "城际公交开通"],
                byline="本报讯（记者　芮秋池）", authors=["芮秋池"], lead="本报讯（记者　芮秋池）",
                notes="Item of the 要闻简报 strip (section): headline on two lines, joined. Run-in 本报讯（记者 X） "
                      "wrapped over two lines, excluded from first.",
                paras=["3月13日，雁川至澄湖城际公交线路正式开通运营。线路全长68公里，沿途设站9个，单程票价12元，每30分钟发一班，两市间通勤时间缩短约40分钟。"]),
        Article("b", "鹤汀区新增就业岗位3200个", head=["鹤汀区新增", "就业岗位3200个"],
                byline="（通讯员　邬晴）", authors=["邬晴"], tail="（通讯员　邬晴）",
                notes="Item of the 要闻简报 strip (section): headline on two lines, joined. The credit （通讯员 X） run "
                      "in at the end is the byline, excluded from last; the 通讯员 is the author.",
                paras=["今年以来，鹤汀区通过举办专场招聘会、开发公益性岗位、落实稳岗返还等方式，新增就业岗位3200个，帮助1860名失业人员实现再就业。"]),
        Article("c", "市区新增公共充电桩860个", head=["市区新增公共", "充电桩860个"],
                byline="本报讯", lead="本报讯　",
                notes="Item of the 要闻简报 strip (section): headline on two lines, joined. **new:** the bare run-in "
                      "本报讯 (no reporter named) is the byline, excluded from first; no authors.",
                paras=["记者从市发展改革委获悉，今年前2个月，雁川市区新增公共充电桩860个，累计建成公共充电桩1.26万个，城区平均服务半径缩小至0.9公里。"]),
        Article("d", "丹枫县启动春季植树", head=["丹枫县启动", "春季植树"],
                byline="记者　柏晓钟　通讯员　甘棠", authors=["柏晓钟", "甘棠"],
                notes="Item of the 要闻简报 strip (section): headline on two lines, joined. Byline line 记者 X　通讯员 Y "
                      "(wider than the column) under the headline; both are authors.",
                paras=["3月12日，丹枫县启动春季义务植树活动，全县2万余名干部群众在荒山荒坡、河道两岸植树造林，今春计划完成造林1.5万亩。"]),
        Article("e", "雁川港首条外贸航线开通", head=["雁川港首条", "外贸航线开通"],
                byline="本报讯（记者　鄢立青　通讯员　祁北辰）", authors=["鄢立青", "祁北辰"],
                lead="本报讯（记者　鄢立青　通讯员　祁北辰）",
                notes="Item of the 要闻简报 strip (section): headline on two lines, joined. Run-in "
                      "本报讯（记者 X　通讯员 Y） wrapped over three lines, excluded from first; both are authors.",
                paras=["3月11日，雁川港至东南亚的首条外贸集装箱航线开通，首航船舶装载机电产品、纺织品等货物186标准箱。该航线每周一班，将大幅降低本地企业出口物流成本。"]),
    ]
    for i, art in enumerate(items):
        art.section = "要闻简报"
        if i:
            pg.blank()
        pg.headline(art)
        if not (art.lead or art.tail):
            pg.line(art, art.byline, "byline")
        pg.body(art)
    pg.blank()
    pg.furniture(["本版编辑：俞小满　　校对：鲍禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kr07() -> Page:
    """National daily 要闻 page 4, ONE U+3000 indent, column breaks: the continuation of the kr03 lead printed with
    NO headline, opening （上接第一版） in mid-sentence; wire item whose headline is printed AFTER its body; label
    经济述评 over a 述评 with ——副题 and byline line 本报记者 X　Y, ■ crossheads; item with the bracketed dateline
    本报北京4月2日电　（记者 X）."""
    pg = Page("kr07.txt", cols=26, indent=FW, blanks="some", colbreak=14, seed=4807, p_para=0.35, p_gap=0.8,
              style="national daily 要闻 page 4 indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on three lines (4　要闻; paper + date with weekday; 责任编辑); continuation of the front-page lead printed with NO headline, the text opening with the run-in （上接第一版） in mid-sentence (71.3%，…); wire item with run-in 中澜社北京4月2日电（记者 X） whose headline is printed AFTER its body; label 经济述评 over a 述评 with headline of two phrases parted by U+3000, ——副题 …述评, byline line 本报记者 X　Y and three ■ crossheads; item with the bracketed run-in dateline 本报北京4月2日电　（记者 X）; footer with proof-reader and designer")
    pg.furniture(["4　要闻",
                  "华岳日报　" + cn_date(2034, 4, 3),
                  "责任编辑：欧阳澈"], "page header")
    pg.blank()
    a = Article(
        "a", None, lead="（上接第一版）",
        notes="**new:** continuation of the front-page lead (kr03) printed with NO headline on this page: title null. "
              "The run-in jump line （上接第一版） at the start is excluded from first; the text begins in "
              "mid-sentence (71.3%，…). No byline on this page: byline null, no authors. The spokesman quoted is not "
              "an author.",
        paras=[
            "71.3%，拉动经济增长3.7个百分点，消费作为经济增长主动力的作用进一步巩固。",
            "从价格看，一季度全国居民消费价格同比上涨0.4%，核心CPI上涨0.8%；工业生产者出厂价格同比下降1.6%，降幅比上年四季度收窄0.5个百分点。从就业看，一季度全国城镇调查失业率平均值为5.2%，与上年同期持平。全国居民人均可支配收入11236元，名义增长5.6%，扣除价格因素实际增长5.2%。",
            "袁启航说，一季度国民经济开局良好，但也要看到，外部环境变化带来的不利影响加深，国内有效需求仍显不足，部分企业生产经营困难。下阶段，要加大宏观政策实施力度，大力提振消费，扩大有效投资，推动经济持续回升向好。",
        ])
    pg.body(a)
    pg.gap()
    c = Article(
        "c", "一季度跨境电商进出口增长11.2%",
        byline="中澜社北京4月2日电（记者　贾思诚）", authors=["贾思诚"],
        lead="中澜社北京4月2日电（记者　贾思诚）",
        notes="Wire item whose headline is printed AFTER its body (the body follows the continuation above). Run-in "
              "中澜社北京4月2日电（记者 X） excluded from first.",
        paras=[
            "记者2日从海关部门获悉，一季度我国跨境电商进出口6820亿元，同比增长11.2%，高于同期外贸整体增速6.3个百分点。其中，出口5230亿元，增长13.6%；进口1590亿元，增长4.1%。",
            "海关部门有关负责人介绍，目前全国跨境电商主体已超过12万家，建设海外仓2700余个。今年以来，海关持续优化跨境电商出口退货监管措施，推广“跨境电商＋产业带”模式，助力更多中小企业“出海”。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.blank()
    b = Article(
        "b", "稳的基础在巩固进的态势在积累", head=["稳的基础在巩固　进的态势在积累"], section="经济述评",
        subtitle="——一季度经济形势述评", byline="本报记者　仇晓帆　穆云章", authors=["仇晓帆", "穆云章"],
        kind="commentary",
        notes="**new:** 述评 under the label 经济述评 (section): headline of two phrases parted by U+3000, written "
              "unspaced; ——副题 (…述评) is the subtitle; byline line 本报记者 X　Y, both are authors. The ■ crossheads "
              "are body. Kind commentary (a news commentary written by reporters, the genre named in its label and "
              "subtitle). The economist quoted (冉一知) is not an author.",
        paras=[
            "一季度，我国经济顶住压力实现良好开局，国内生产总值同比增长5.2%。透过一组组数据可以看到，中国经济稳的基础在巩固，进的态势在积累，长期向好的基本面没有改变。",
            Cross("■生产供给稳中有升"),
            "工业是经济的“压舱石”。一季度，全国规模以上工业增加值增长6.3%，41个工业大类行业中有34个实现增长。装备制造业增加值增长8.7%，对全部规上工业增长的贡献率超过四成。服务业生产指数增长5.4%，信息传输、软件和信息技术服务业增长较快。",
            Cross("■内需潜力加快释放"),
            "消费市场回暖态势明显。以旧换新政策带动家电、汽车等大宗消费较快增长，文旅、体育、演出等服务消费持续升温。投资结构不断优化，制造业投资增长8.2%，设备更新投资拉动作用突出。",
            Cross("■新动能持续发力"),
            "新质生产力加快培育，成为经济增长的重要引擎。“一季度新产业、新业态、新模式的增长势头超出预期，经济转型升级的步伐没有放慢。”九州经济研究院研究员冉一知认为，随着各项政策效应持续释放，二季度经济有望保持平稳增长。",
        ])
    pg.furniture(["经济述评"], "column label 经济述评")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    d = Article(
        "d", "一季度全国铁路完成固定资产投资1480亿元",
        byline="本报北京4月2日电　（记者　季雨桐）", authors=["季雨桐"],
        lead="本报北京4月2日电　（记者　季雨桐）",
        notes="Run-in dateline with the reporter in brackets after a U+3000 (本报北京4月2日电　（记者 X）): the byline, "
              "excluded from first.",
        paras=[
            "记者从铁路部门获悉，一季度全国铁路完成固定资产投资1480亿元，同比增长5.8%。其中，西部地区在建项目投资占比超过45%，一批跨区域干线铁路重点工程建设稳步推进。",
            "铁路部门表示，今年将确保新线投产2600公里以上，加快推进中西部地区铁路建设，进一步完善综合交通运输网络。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["校对：宁小溪　　版式设计：乔木"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kr08() -> Page:
    """City party daily FRONT page extracted with a blank line after EVERY line, indented with two ASCII spaces:
    masthead; 导读 box (● teasers ending 详见X版); lead meeting report with 引题 and run-in 本报讯（记者 X）, cut
    mid-sentence by the jump line ▶下转第2版; 评论员文章 signed 本报评论员 right-aligned AFTER its body; photo news
    (brief) with the credit （本报记者 X　摄） run in at the end; run-in 本报讯（记者 X） item."""
    pg = Page("kr08.txt", cols=34, indent="  ", blanks="every", seed=4808,
              style="city party daily FRONT page extracted with a blank line after EVERY line, indented with two ASCII spaces: masthead on five lines (paper, English name, 中共雁川市委机关报, date with weekday + 今日8版, publisher and CN line); 导读 box of three ● teasers each ending 详见X版; lead meeting report with an 引题 kicker over the headline (no 副题) and run-in 本报讯（记者 X）, its text CUT MID-SENTENCE by the jump line ▶下转第2版 on a line of its own; 评论员文章 with the signature 本报评论员 right-aligned on a line AFTER its body; photo news (brief) with the credit （本报记者　X　摄） run in at the end of the caption; run-in 本报讯（记者 X） item; footer with editor and proof-reader")
    pg.furniture(["雁川日报",
                  "YANCHUAN DAILY",
                  "中共雁川市委机关报",
                  cn_date(2034, 3, 14) + "　今日8版",
                  "雁川日报社出版　国内统一连续出版物号　CN 61-0032"], "masthead")
    pg.furniture(["导读",
                  "●雁川市人民政府通告（第3号）　详见2版",
                  "●丹枫县今春计划造林1.5万亩　详见3版",
                  "●雁川港首条外贸航线开通　详见3版"], "导读 box (teasers of inner pages, 详见X版)")
    a = Article(
        "a", "市委常委会召开扩大会议",
        subtitle="传达学习全省优化营商环境大会精神",
        byline="本报讯（记者　芮秋池）", authors=["芮秋池"], lead="本报讯（记者　芮秋池）",
        notes="Lead meeting report. The 引题 kicker above the headline (no 副题) is the subtitle. Run-in "
              "本报讯（记者 X） excluded from first. The officials named (章怀远, 应晓澜 …) are not authors. The text "
              "stops mid-sentence; the jump line ▶下转第2版 on a line of its own is not body.",
        paras=[
            "3月13日下午，市委常委会召开扩大会议，传达学习全省优化营商环境大会精神，研究部署我市贯彻落实工作。市委书记章怀远主持会议并讲话。",
            "会议指出，全省优化营商环境大会站位高远、部署具体，为做好新时期优化营商环境工作指明了方向。全市上下要把思想和行动统一到省委、省政府的决策部署上来，以更高标准、更实举措打造市场化、法治化、国际化一流营商环境。",
            "会议强调，要对标先进找差距，聚焦企业从开办到退出的全生命周期服务，在审批提速、要素保障、涉企检查等方面推出一批务实管用的改革举措。要深化“高效办成一件事”改革，",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.body(a)
    pg.furniture(["▶下转第2版"], "jump line ▶下转第2版 on a line of its own (not body)")
    b = Article(
        "b", "营商环境就是生产力", kind="commentary", byline="本报评论员",
        notes="评论员文章 whose signature 本报评论员 is printed right-aligned on a line AFTER its body (the byline; no "
              "person: no authors). Commentary.",
        paras=[
            "一个地方的营商环境好不好，企业最有发言权。对雁川这样的内陆城市来说，营商环境就是最大的竞争力，就是实实在在的生产力。",
            "这些年，我市营商环境持续改善，但与先进地区相比，仍有不小差距。有的部门服务意识不强，企业办事仍要“跑多次”；有的政策宣传不到位，企业“不知道、不会用”；有的涉企检查过多过频，干扰了企业正常经营。这些问题，必须下决心加以解决。",
            "优化营商环境，没有旁观者，人人都是“主人翁”。每一个部门、每一名干部都要把自己摆进去，把服务企业的事当成自己的事，用心用情帮助企业解难题、渡难关，让企业在雁川放心投资、安心经营、专心创业。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 12 + b.byline, "byline")
    p = Article(
        "p", "雁川港迎来开春首艘万吨轮", kind="brief",
        byline="（本报记者　柏晓钟　摄）", authors=["柏晓钟"], tail="（本报记者　柏晓钟　摄）",
        notes="Photo news (brief): headline and caption; the credit （本报记者 X　摄） run in at the end of the caption "
              "is the byline, excluded from last; the photographer is the author.",
        paras=[
            "3月12日，满载3.2万吨铁矿石的“海晟12”轮缓缓靠泊雁川港二期码头。这是今年开春以来雁川港迎来的首艘万吨级货轮，标志着雁川港春季通航全面恢复。",
        ])
    pg.headline(p)
    pg.body(p)
    d = Article(
        "d", "全市38个重大项目集中开工",
        byline="本报讯（记者　鄢立青）", authors=["鄢立青"], lead="本报讯（记者　鄢立青）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "3月13日，雁川市一季度重大项目集中开工活动举行，38个项目同时开工，总投资216亿元，涵盖先进制造、新能源、城市更新、交通基础设施等领域。",
            "据了解，今年全市共安排市级重大项目186个，年度计划投资512亿元。市发展改革委负责人表示，将实行重大项目“专班＋专员”服务机制，确保项目早开工、早投产、早见效。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版编辑：俞小满　　校对：鲍禾"], "footer")
    return pg


PAGES = [kr05, kr06, kr07, kr08]
