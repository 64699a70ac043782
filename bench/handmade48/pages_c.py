"""Pages kr09-kr12 of handmade48 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kr09() -> Page:
    """Party daily 要闻 page 5: feature with ——副题 and byline line 本报记者 X　通讯员 Y, “…” crossheads and a ▲ photo
    caption printed BETWEEN two of its paragraphs; two photo news (briefs) with letter-spaced headlines (single
    ASCII spaces; U+3000) and credit lines; run-in 本报讯（记者 X） item with two justified (letter-spaced) lines."""
    pg = Page("kr09.txt", cols=28, indent=FW * 2, blanks="para", seed=4809,
              style="provincial party daily 要闻 page 5, blank lines between paragraphs and blocks: header on two lines (5　要闻; paper + date with weekday); feature 春耕时节看苇塘 with ——副题 …见闻 and byline line 本报记者 X　通讯员 Y, three crossheads in quotation marks and a ▲ photo caption with credit 本报记者 X　摄 (wrapped) printed BETWEEN two of its paragraphs; photo news (brief) with its headline letter-spaced by single ASCII spaces and the credit line 本报通讯员　X　摄; photo news (brief) with its headline letter-spaced by U+3000 and the credit line 中澜社记者　X　摄; run-in 本报讯（记者 X） item with two body lines letter-spaced (justified) by extraction; footer with editor and proof-reader")
    pg.furniture(["5　要闻",
                  "沧岭日报　" + cn_date(2034, 3, 14)], "page header")
    pg.blank()
    a = Article(
        "a", "春耕时节看苇塘", subtitle="——苇塘县推进农业社会化服务见闻",
        byline="本报记者　殷知微　通讯员　邢稻", authors=["殷知微", "邢稻"],
        notes="Feature: ——副题 is the subtitle; byline line 本报记者 X　通讯员 Y, both are authors. The crossheads in "
              "quotation marks are body. The ▲ photo caption with its credit (本报记者 殷知微　摄, one of the writers) "
              "printed between two paragraphs is not body. People quoted (郑满仓, 温小麦) are not authors.",
        paras=[
            "初春的苇塘，田野里一派繁忙。旋耕机来回穿梭，无人机低空盘旋，育秧工厂里嫩绿的秧苗整齐排列。作为全省产粮大县，苇塘今年的春耕有了新变化：越来越多的农活，交给了专业的农业社会化服务组织。",
            Cross("“田保姆”忙起来"),
            "“种地的事，交给我们放心。”在河湾镇农业社会化服务中心，负责人郑满仓一边安排农机调度一边说。这个服务中心拥有大中型农机具160多台（套），从耕、种、防到收、烘、储提供“一条龙”服务，今年已与1200多户农民签订托管协议，托管面积达到3.6万亩。",
            "据介绍，全程托管每亩每年收费480元左右，比农户自己种地节省成本约100元，亩产还能提高一到两成。目前，苇塘全县已发展各类农业社会化服务组织312个，服务面积覆盖全县耕地的近七成。",
            Cross("“新农人”多起来"),
            "31岁的温小麦大学毕业后回到家乡，当起了“飞手”。“一架植保无人机一天能作业600多亩，顶得上过去几十个人。”她告诉记者，去年她和伙伴们成立了植保合作社，为周边乡镇提供统防统治服务，全年作业面积超过8万亩。",
            Cross("“钱袋子”鼓起来"),
            "土地托管出去，农民的增收渠道也多了。不少农户在托管之后外出务工或发展庭院经济，实现了“种地、打工两不误”。去年，苇塘县农村居民人均可支配收入达到2.31万元，同比增长7.6%。县农业农村局负责人表示，今年将再培育50家示范性服务组织，推动农业社会化服务由“环节托管”向“全程托管”拓展。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=4)
    pg.gap()
    pg.furniture(wrap("▲3月11日，苇塘县河湾镇一家育秧工厂内，技术员在查看秧苗长势。　本报记者　殷知微　摄", 28),
                 "photo caption with credit, between two paragraphs (not body)")
    pg.gap()
    pg.body(a, start=4)
    pg.gap()
    p1 = Article(
        "p1", "智慧大棚育新苗", kind="brief",
        byline="本报通讯员　樊可　摄", authors=["樊可"],
        notes="Photo news (brief): headline letter-spaced with single ASCII spaces, written unspaced; caption; "
              "credit line 本报通讯员 X　摄 after it (the byline); the photographer is the author.",
        paras=[
            "3月10日，在澄湖市鹤鸣镇一处智慧农业大棚内，工作人员通过手机查看温湿度数据。该镇今年新建智慧大棚320座，可实现自动控温、精准滴灌，育苗周期缩短约一周。",
        ])
    pg.headline(p1, sep=" ")
    pg.gap()
    pg.body(p1)
    pg.line(p1, p1.byline, "byline")
    pg.gap()
    p2 = Article(
        "p2", "春灌保丰收", kind="brief",
        byline="中澜社记者　焦叶　摄", authors=["焦叶"],
        notes="Photo news (brief): headline letter-spaced with U+3000, written unspaced; caption; credit line "
              "中澜社记者 X　摄 after it (the byline); the photographer is the author.",
        paras=[
            "3月12日，丹枫县石桥灌区管理人员开闸放水，为沿线1.8万亩麦田进行春灌。入春以来，灌区累计引水1200万立方米，有效缓解了春旱影响。",
        ])
    pg.headline(p2, sep=FW)
    pg.gap()
    pg.body(p2)
    pg.line(p2, p2.byline, "byline")
    pg.gap()
    d = Article(
        "d", "全省春播备耕农资储备充足",
        byline="本报讯（记者　阎小棠）", authors=["阎小棠"], lead="本报讯（记者　阎小棠）",
        notes="Run-in 本报讯（记者 X） excluded from first. Two body lines are letter-spaced (justified) by "
              "extraction; first and last are written unspaced.",
        paras=[
            "记者从省供销合作社获悉，目前全省化肥库存达到186万吨，农药库存2.4万吨，农膜库存1.1万吨，均高于去年同期水平，能够满足春耕生产需要。",
            "省供销合作社负责人介绍，今年全省基层供销网点开展“农资进村”服务，在1.2万个行政村设立农资供应点，并组织农技人员开展测土配方施肥指导，引导农民科学用肥、合理用药。",
        ])
    pg.headline(d)
    pg.gap()
    pg.emit(d, justify(pg.render_body(d), [1, 4]))
    pg.blank()
    pg.furniture(["本版责任编辑：何小满　　校对：沈一鸣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kr10() -> Page:
    """National daily 要闻 page 3, wide column, two U+3000 indent, NO blank line: meeting report (wire, run-in
    中澜社北京4月2日电（记者 X）) with ——副题 and the list 出席会议的有：…; article with byline line 本报记者 X　Y;
    label 要闻简报 (letter-spaced) over four items, each a headline line over text with a credit run in at the end,
    two of them （据中澜社电）."""
    pg = Page("kr10.txt", cols=44, indent=FW * 2, blanks="never", seed=4810,
              style="national daily 要闻 page 3, wide column, two U+3000 indent, NO blank line anywhere: header on two lines (paper + date with weekday + page number; 版名 letter-spaced 要　闻); meeting report (wire) with ——副题, run-in 中澜社北京4月2日电（记者 X）, a paragraph naming the chair and three officials and the paragraph 出席会议的有：…; article with byline line 本报记者 X　Y; label 要闻简报 letter-spaced with single ASCII spaces over four items, each a one-line headline over one paragraph with a credit run in at the end: （本报记者 X） twice and the agency credit （据中澜社电） twice; footer with editor and proof-reader")
    pg.furniture(["华岳日报　" + cn_date(2034, 4, 3) + "　3",
                  "要　闻"], "page header")
    a = Article(
        "a", "全国县域经济高质量发展推进会召开",
        subtitle="——部署推进县域产业集群培育等重点任务",
        byline="中澜社北京4月2日电（记者　梅若华）", authors=["梅若华"],
        lead="中澜社北京4月2日电（记者　梅若华）",
        notes="Meeting report (wire): ——副题 is the subtitle; run-in 中澜社北京4月2日电（记者 X） excluded from first. The "
              "chair and officials named and the paragraph 出席会议的有：… are body; none of them is an author.",
        paras=[
            "全国县域经济高质量发展推进会2日在北京召开。会议总结近年来县域经济发展成效，分析当前形势，部署推进县域产业集群培育、县城补短板强弱项等重点任务。",
            "会议指出，县域是我国经济发展的基本单元，也是扩大内需的重要空间。近年来，各地因地制宜发展特色产业，县域经济实力持续增强。2033年，全国县域地区生产总值达到52.6万亿元，占全国经济总量的38.4%；地区生产总值超过1000亿元的县（市）达到61个，比五年前增加19个。",
            "会议强调，要立足资源禀赋和产业基础，每个县重点培育一到两个主导产业，推动产业链上下游协同发展；要加快补齐县城市政设施、公共服务等短板，增强县城综合承载能力；要深化县域改革，破除阻碍城乡要素流动的体制机制障碍，让更多农业转移人口在县城安居乐业。",
            "会议由国家县域经济发展促进委员会主任石敬之主持。委员会副主任唐修远、蓝书阁、邬定邦出席会议。",
            "出席会议的有：国家发展改革、工业和信息化、财政、自然资源、农业农村、商务等部门有关负责同志；各省、自治区、直辖市有关部门负责同志；部分县（市）党政主要负责同志。东溟省栾原市、沧岭省苇塘县等8个地方作了交流发言。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.body(a)
    b = Article(
        "b", "县域产业集群加速崛起",
        byline="本报记者　司徒砚　甘若愚", authors=["司徒砚", "甘若愚"],
        notes="Byline line 本报记者 X　Y under the headline; both are authors. People quoted (邱正川) are not.",
        paras=[
            "一根钓竿带动一个产业，一颗板栗撑起一方经济。近年来，一批特色鲜明、链条完整的县域产业集群加速崛起，成为区域经济发展的重要增长极。",
            "在东溟省栾原市，小小的渔具已形成年产值超过280亿元的产业集群，全市渔具生产企业及配套企业达到3100余家，产品远销90多个国家和地区。“从碳纤维原料到成品包装，一根钓竿的全部配套在20公里范围内都能找到。”栾原市渔具行业协会会长邱正川说。",
            "产业集群的发展，离不开创新能力的提升。记者调研发现，越来越多的县域产业集群开始建设共性技术研发平台、检验检测中心和工业设计中心，推动产品由“贴牌生产”向“自主品牌”转变。截至2033年底，全国已认定县域特色产业集群214个，集群内高新技术企业数量五年间增长了1.8倍。",
            "业内专家认为，县域产业集群发展仍面临人才短缺、融资渠道窄、数字化水平不高等问题，需要在政策、资金、人才等方面加大支持力度，推动县域产业集群向价值链中高端迈进。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["要 闻 简 报"], "column label 要闻简报 (letter-spaced)")
    items = [
        Article("c1", "3月份制造业采购经理指数升至50.8%",
                byline="（据中澜社电）", tail="（据中澜社电）",
                paras=["国家统计部门2日发布数据，3月份制造业采购经理指数为50.8%，比上月上升0.9个百分点，重返扩张区间；非制造业商务活动指数为52.1%，上升0.6个百分点。"]),
        Article("c2", "全国首个低空飞行服务标准化工作组成立",
                byline="（本报记者　穆云章）", authors=["穆云章"], tail="（本报记者　穆云章）",
                paras=["全国低空飞行服务标准化工作组日前成立，将围绕低空飞行器、低空基础设施、低空运行服务等领域，加快制定一批急需的基础通用标准和安全标准。"]),
        Article("c3", "我国新能源汽车保有量突破6000万辆",
                byline="（据中澜社电）", tail="（据中澜社电）",
                paras=["公安交通管理部门2日发布数据，截至3月底，全国新能源汽车保有量达6012万辆，占汽车总量的16.3%。一季度新注册登记新能源汽车318万辆，同比增长24.7%。"]),
        Article("c4", "一季度全国快递业务量增长19.6%",
                byline="（本报记者　甘若愚）", authors=["甘若愚"], tail="（本报记者　甘若愚）",
                paras=["邮政管理部门数据显示，一季度全国快递业务量完成486.2亿件，同比增长19.6%；业务收入完成3958亿元，增长12.3%。其中，农村地区快递业务量增速快于城市。"]),
    ]
    for art in items:
        art.section = "要闻简报"
        if art.authors:
            art.notes = ("Item under the label 要闻简报 (section): headline line over one paragraph; the credit "
                         "（本报记者 X） run in at the end is the byline, excluded from last; the reporter is the author.")
        else:
            art.notes = ("Item under the label 要闻简报 (section). **new:** the agency credit （据中澜社电） run in at the "
                         "end is the byline, excluded from last; it names no person: no authors.")
        pg.headline(art)
        pg.body(art)
    pg.furniture(["本版责任编辑：欧阳澈　　校对：宁小溪"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kr11() -> Page:
    """City party daily 要闻 page 2, 16-character column, ONE U+3000 indent: continuation of the kr08 lead under
    its headline printed again letter-spaced, the jump line ▶上接第1版 on a line of its own, the list
    市领导…参加会议; a 通告 printed in full (letter-spaced headline, （第3号）, numbered points 一、…四、, 特此通告。,
    signature and date right-aligned after it); run-in 本报讯（记者 X） item with a letter-spaced two-line headline."""
    pg = Page("kr11.txt", cols=16, indent=FW, blanks="para", seed=4811,
              style="city party daily 要闻 page 2, 16-character column, ONE U+3000 indent, blank lines between paragraphs and blocks: header on three lines; continuation of the front-page lead under its headline printed again, letter-spaced with single ASCII spaces, then the jump line ▶上接第1版 on a line of its own, the text opening in mid-sentence and ending with 市领导…参加会议 (eight names); 通告 printed IN FULL: headline letter-spaced with single spaces, number line （第3号）, intro ending 通告如下：, numbered points 一、…四、, 特此通告。, then the issuing government and the date right-aligned on lines of their own; run-in 本报讯（记者 X） item whose headline is letter-spaced across the column on two lines, broken in mid-word; footer wider than the column")
    pg.furniture(["2　要闻",
                  "雁川日报",
                  cn_date(2034, 3, 14)], "page header")
    pg.blank()
    a = Article(
        "a", "市委常委会召开扩大会议",
        notes="Continuation of the front-page lead (kr08) under its headline printed again, letter-spaced with single "
              "spaces (written unspaced). The jump line ▶上接第1版 on a line of its own between headline and text is "
              "not body; the text begins in mid-sentence. No byline on this page: byline null, no authors. The "
              "officials named in 市领导…参加会议 are body, not authors.",
        paras=[
            "推行“一业一证”“一照通行”，让企业办事少跑腿、好办事。要加强要素保障，建立重大项目用地、用能、资金协调机制。要规范涉企行政检查，推行“扫码入企”，做到无事不扰、有求必应。",
            "会议要求，各级各部门主要负责同志要亲自抓优化营商环境工作，建立市级领导联系重点企业制度，每月至少走访一次联系企业，及时帮助解决实际困难。要加强督查考核，对损害营商环境的行为严肃问责。",
            "市领导应晓澜、汪静川、戴恒之、陶敏学、褚永年、萧定邦、聂子衡、郝明远参加会议。",
        ])
    pg.headline(a, spread_cols=16)
    pg.furniture(["▶上接第1版"], "jump line ▶上接第1版 on a line of its own (not body)")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "雁川市人民政府通告", byline="雁川市人民政府",
        notes="**new:** 通告 printed in full: letter-spaced headline (written unspaced); the number line （第3号） "
              "is not body; body from the intro to 特此通告。 (the numbered points are body); the issuing government "
              "right-aligned after it is the byline (no person: no authors) and the date line is not body.",
        paras=[
            "为进一步优化营商环境，规范涉企行政检查行为，市人民政府决定在全市推行涉企行政检查“扫码入企”制度。现将有关事项通告如下：",
            "一、自2034年4月1日起，全市各级行政执法机关到企业开展现场检查前，应当通过“雁川涉企检查”平台生成检查码，检查人员进入企业时须主动出示。",
            "二、企业可扫码核验检查事项、检查依据和检查人员身份，并对检查行为进行评价。对未出示检查码的检查，企业有权拒绝。",
            "三、同一部门对同一企业的检查，原则上一年内不超过1次；多个部门对同一企业的检查，由市司法局统筹开展联合检查。",
            "四、企业对检查行为有异议的，可拨打市政务服务便民热线反映。",
            "特此通告。",
        ])
    pg.headline(b, spread_cols=16)
    pg.line(b, FW * 5 + "（第3号）", "docno")
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 9 + b.byline, "byline")
    pg.line(b, FW * 8 + "2034年3月13日", "dateline")
    pg.gap()
    c = Article(
        "c", "雁川启动企业服务月活动",
        byline="本报讯（记者　祁北辰）", authors=["祁北辰"], lead="本报讯（记者　祁北辰）",
        notes="Headline letter-spaced across the column with U+3000 and broken over two lines in mid-word, written "
              "unspaced. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "3月13日，雁川市2034年“企业服务月”活动启动。活动期间，全市将组织500名机关干部走访3000家企业，收集企业在用工、融资、用地等方面的困难和诉求，建立问题台账，实行“交办—办理—反馈—评价”闭环管理。",
            "据了解，去年“企业服务月”期间，全市共收集企业诉求1862件，办结率达到97.3%。",
        ])
    pg.headline(c, sep=FW, lines=["雁川启动企业服", "务月活动"])
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：俞小满　　校对：鲍禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kr12() -> Page:
    """National daily FRONT page, 20-character column, two ASCII spaces indent: masthead; 今日导读 box at the top;
    lead with 引题, headline, ——副题 and the bracketless run-in 本报北京4月9日电　记者X、Y报道：, its text printed in TWO
    PIECES with a photo news (brief) read between them; label 评论员观察 over a comment with 本报评论员 under its
    headline; wire item with （完） run in at the end."""
    pg = Page("kr12.txt", cols=20, indent="  ", blanks="some", seed=4812, p_para=0.5, p_gap=0.9,
              style="national daily FRONT page, 20-character column, two ASCII spaces indent, blank lines sometimes: masthead on four lines (paper, date with weekday, issue number + 今日16版, CN line); 今日导读 box at the top (◆ teasers each ending 见第X版); lead with 引题 kicker, headline and ——副题 and the bracketless run-in 本报北京4月9日电　记者X、Y报道：, its text printed in TWO PIECES with a photo news (brief: headline, caption, credit line 中澜社记者　X　摄) read between them, as extraction reads the columns; label 评论员观察 over a comment with a headline on two lines and 本报评论员 under it; wire item with run-in 中澜社北京4月9日电（记者 X） and （完） run in at the end; footer with editors")
    pg.furniture(["华岳日报",
                  cn_date(2034, 4, 10),
                  "第27322期　今日16版",
                  "CN 11-0265　代号1-1"], "masthead")
    pg.blank()
    pg.furniture(["今日导读",
                  "◆外贸企业“出海”新路径　见第3版",
                  "◆一季度服务贸易数据解读　见第2版",
                  "◆港口城市的开放新图景　见第5版"], "今日导读 box (teasers of inner pages, 见第X版)")
    pg.blank()
    a = Article(
        "a", "一季度货物贸易进出口增长4.9%",
        subtitle="——出口增长6.2%　民营企业占比继续提高",
        byline="本报北京4月9日电　记者尹书砚、蔡清源报道", authors=["尹书砚", "蔡清源"],
        lead="本报北京4月9日电　记者尹书砚、蔡清源报道：",
        notes="Lead: ——副题 is the subtitle, the 引题 kicker is neither. **new:** bracketless run-in "
              "本报北京4月9日电　记者X、Y报道： excluded from first; the byline is written without the colon; both "
              "reporters are authors. The text is printed in two pieces with the photo "
              "news read between them (as extraction reads the columns); the photo news is its own entry. The "
              "spokesman quoted (柯守正) is not an author.",
        paras=[
            "海关部门9日发布数据，一季度我国货物贸易进出口总值10.58万亿元，同比增长4.9%。其中，出口6.09万亿元，增长6.2%；进口4.49万亿元，增长3.2%。",
            "从贸易方式看，一般贸易进出口6.75万亿元，增长5.6%，占进出口总值的63.8%。从经营主体看，民营企业进出口5.83万亿元，增长7.9%，占比提高到55.1%。",
            "从市场看，我国对新兴市场国家进出口5.33万亿元，增长6.7%；对周边国家和地区进出口增长8.1%。海关部门新闻发言人柯守正表示，一季度外贸实现平稳开局，但外部环境复杂多变，稳外贸仍需付出艰苦努力。",
            "据介绍，海关部门将继续推进智慧口岸建设，优化通关流程，进一步压缩进出口整体通关时间，帮助企业稳订单、拓市场。",
        ])
    items = pg.render_body(a)
    first, rest = pg.chunks(items, [9])
    pg.kicker(a, "稳外贸政策持续发力")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.emit(a, first)
    pg.gap()
    p = Article(
        "p", "港口作业繁忙", kind="brief",
        byline="中澜社记者　唐小舟　摄", authors=["唐小舟"],
        notes="Photo news (brief) read between the two pieces of the lead: headline, caption, credit line "
              "中澜社记者 X　摄 after it (the byline); the photographer is the author.",
        paras=[
            "4月8日，在东溟港集装箱码头，货轮在装卸货物。一季度，东溟港集装箱吞吐量同比增长9.3%。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    pg.emit(a, rest)
    pg.gap()
    b = Article(
        "b", "为外贸企业开拓市场搭好台", head=["为外贸企业", "开拓市场搭好台"], section="评论员观察",
        kind="commentary", byline="本报评论员",
        notes="Comment under the label 评论员观察 (section): headline on two lines, joined; 本报评论员 under it is the "
              "byline (no person: no authors). Commentary.",
        paras=[
            "一季度外贸稳中有进，成绩来之不易。当前，外贸企业最关心的是订单，最需要的是市场。为企业开拓市场搭好台、铺好路，是稳外贸的关键一招。",
            "搭好台，要用好展会平台，支持企业“组团出海”参加境外展会，办好各类进口博览会、投资贸易洽谈会；要用好数字平台，发展跨境电商和海外仓，让中小企业也能“买全球、卖全球”。铺好路，要加大出口信用保险支持力度，提升贸易便利化水平，帮助企业降成本、防风险。",
            "市场是闯出来的。只要政府和企业同向发力，我国外贸就一定能在风浪中稳住阵脚、开拓新局。",
        ])
    pg.furniture(["评论员观察"], "column label 评论员观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "一季度我国服务贸易保持较快增长",
        byline="中澜社北京4月9日电（记者　宁子期）", authors=["宁子期"],
        lead="中澜社北京4月9日电（记者　宁子期）", tail="（完）",
        notes="Wire item: run-in 中澜社北京4月9日电（记者 X） excluded from first, the end mark （完） run in at the end "
              "excluded from last.",
        paras=[
            "记者9日从商务部门获悉，一季度我国服务进出口总额2.06万亿元，同比增长8.4%。其中，知识密集型服务进出口8610亿元，增长9.7%；旅行服务进出口增长15.2%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：欧阳澈　季雨桐"], "footer")
    return pg


PAGES = [kr09, kr10, kr11, kr12]
