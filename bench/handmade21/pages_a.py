"""Pages k01-k04 of handmade21 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from h21util import nongli, right
from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def k01() -> Page:
    """省报 一版 要闻: masthead with 农历; lead with kicker, headline on two lines, ——deck on two lines, byline line
    本报记者 X　通讯员 Y, run-in dateline 本报4月17日讯; 本报讯（记者 X） policy item; run-in 本报沙坪4月17日讯
    （记者 X　通讯员 Y） item; footer with editor, designer and 新闻热线."""
    pg = Page("k01.txt", cols=18, indent=FW * 2, blanks="some", seed=2101, p_para=0.3, p_gap=0.8,
              style="省报 一版 要闻 (party daily front page): masthead of seven lines (name, English name, 机关报 line, date with weekday, 农历乙巳年… line, 今日12版 and number, CN number); long lead (about 870 chars) with a kicker line over a headline on two lines, a ——deck wrapped over two lines, byline line 本报记者 X　通讯员 Y and the run-in dateline 本报4月17日讯 (no reporter in it); run-in 本报讯（记者 X） policy item with 《措施》 quotations; run-in 本报沙坪4月17日讯（记者 X　通讯员 Y）; footer with 责任编辑, 版式设计 and 新闻热线")
    pg.furniture(["栖川日报",
                  "QICHUAN DAILY",
                  "中共栖川省委机关报",
                  cn_date(2025, 4, 18),
                  nongli(2025, 4, 18, year_name=True),
                  "今日12版　第26418号",
                  "国内统一连续出版物号　CN 61-0018"], "masthead")
    pg.blank()
    a = Article(
        "a", "全省一季度地区生产总值增长5.8%主要经济指标增速高于全国平均水平",
        head=["全省一季度地区生产总值增长5.8%", "主要经济指标增速高于全国平均水平"],
        subtitle="——规上工业增加值、固定资产投资、社会消费品零售总额增速均居中部地区前列",
        byline="本报记者　邝远帆　通讯员　栾书宁", authors=["邝远帆", "栾书宁"], lead="本报4月17日讯　",
        notes="Lead story. Kicker line 坚持稳中求进　狠抓项目建设 above a headline set on two lines (joined). The "
              "——deck wrapped over two lines is the subtitle (the kicker, an 引题 beside a 副题, is not kept). Byline "
              "line 本报记者 X　通讯员 Y: both authors. The run-in dateline 本报4月17日讯 (no reporter in it) is "
              "excluded from first. The statistics official quoted is not an author.",
        paras=[
            "记者从省政府新闻办当天召开的新闻发布会上获悉，经国家统计局统一核算，一季度全省实现地区生产总值13862.4亿元，按不变价格计算，同比增长5.8%，增速比上年同期加快0.4个百分点，高于全国平均水平0.4个百分点。",
            "分产业看，第一产业增加值826.1亿元，增长3.9%；第二产业增加值5487.3亿元，增长6.6%；第三产业增加值7549.0亿元，增长5.4%。",
            "工业生产较快增长。一季度，全省规模以上工业增加值同比增长7.3%。41个工业大类行业中有33个行业增加值保持增长，增长面达80.5%。其中，电子信息、装备制造、新材料三大支柱产业增加值分别增长14.6%、9.8%和11.2%；新能源汽车、工业机器人、集成电路等新产品产量分别增长46.3%、28.7%和19.4%。",
            "投资保持稳定增长。全省固定资产投资同比增长6.1%。其中，工业投资增长13.4%，占全部投资的比重为35.2%；基础设施投资增长5.7%。纳入省重点建设的386个项目完成投资1268亿元，完成年度计划的27.6%，超时序进度2.6个百分点。",
            "消费市场加快回暖。一季度，全省社会消费品零售总额4318.7亿元，同比增长6.4%。以旧换新政策效应持续释放，限额以上单位家用电器和音像器材类、通讯器材类商品零售额分别增长32.6%和27.1%，新能源汽车零售量增长38.9%。文旅消费持续升温，春节假期全省接待游客4126万人次，同比增长9.3%。",
            "外贸进出口稳中有升。全省货物贸易进出口总值1527.6亿元，增长7.4%。其中，出口1046.2亿元，增长9.1%；进口481.4亿元，增长3.9%。电动载人汽车、锂电池、光伏产品“新三样”出口增长22.8%，对共建“一带一路”国家进出口增长11.6%。",
            "省统计局有关负责人表示，一季度全省经济运行延续回升向好态势，实现了良好开局。但也要看到，外部环境复杂严峻，部分企业生产经营仍面临困难，经济持续回升向好的基础还需进一步巩固。下一步，要抓好已出台政策措施的落地见效，加力扩大有效需求，推动经济实现质的有效提升和量的合理增长。",
        ])
    pg.kicker(a, "坚持稳中求进　狠抓项目建设")
    pg.headline(a)
    for ln in wrap(a.subtitle, 18):
        pg.line(a, ln, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "我省出台支持民营经济发展二十条措施", byline="本报讯（记者　蔺秋实）", authors=["蔺秋实"],
        lead="本报讯（记者　蔺秋实）",
        notes="Headline on one line (17 characters in an 18-character column). Run-in 本报讯（记者 X） excluded from "
              "first.",
        paras=[
            "4月17日，省政府办公厅印发《关于进一步促进民营经济发展壮大的若干措施》，从市场准入、要素保障、融资支持、权益保护等方面提出20条具体措施。",
            "《措施》提出，全面落实市场准入负面清单制度，不得以备案、注册、年检、认定等形式设置隐性门槛；每年向民间资本推介不少于300个重点项目，鼓励民营企业参与交通、水利、新型基础设施等领域建设。在融资支持方面，将省级政府性融资担保机构对小微企业和“三农”主体的担保费率降至1%以下，推动银行机构单列民营企业信贷计划。",
            "《措施》还明确，建立涉企政策“免申即享”清单，年底前实现50%以上的惠企资金直达快享；健全拖欠企业账款清理长效机制，对政府部门和国有企业拖欠民营企业账款实行“清单式”管理、“销号式”推进。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "全省二季度重大项目集中开工", byline="本报沙坪4月17日讯（记者　苗一禾　通讯员　祁安然）",
        authors=["苗一禾", "祁安然"], lead="本报沙坪4月17日讯（记者　苗一禾　通讯员　祁安然）",
        notes="Run-in dateline with place and date and the reporters in brackets, 本报沙坪4月17日讯（记者 X　通讯员 Y） "
              "(wrapped over two lines), excluded from first; both authors. Officials named are not authors.",
        paras=[
            "4月17日上午，全省二季度重大项目集中开工活动在沙坪市主会场举行，各市州设分会场同步开工。此次集中开工项目共412个，总投资1860亿元，涵盖先进制造、新型基础设施、现代物流、社会民生等领域。",
            "沙坪主会场开工的栖能新材年产10万吨高端铝箔项目总投资42亿元，建成后可实现年产值80亿元。副省长闻嘉树出席主会场活动并宣布项目开工。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑　褚向东　版式设计　岑安",
                  "新闻热线：（0719）8866××××"], "footer with editor, designer and 新闻热线")
    return pg


# ---------------------------------------------------------------------------
def k02() -> Page:
    """省报 2版 要闻 indented with ONE U+3000: article with byline line; 图片新闻 group of four captions (briefs) with
    four credit forms; 本报讯（记者 X　实习生 Y） item; item signed （本报记者 X） at the end."""
    pg = Page("k02.txt", cols=26, indent=FW, blanks="arts", seed=2102,
              style="省报 2版 要闻 indented with ONE U+3000, blank lines only between articles and blocks: header on one line (paper, date with weekday, 版名, page number); article with byline line 本报记者 X; label 图片新闻 over a group of four photo captions (briefs): headline + two-line caption + right-aligned credit line 本报记者 X　摄; ▲ caption without headline with （通讯员 X　摄） run in at the end; headline + four-line caption with X　摄 run in after a U+3000 at its end; caption without headline whose run-in credit with two photographers wraps (X　/ Y　摄); run-in 本报讯（记者 X　实习生 Y） item; headline with a colon over an item signed （本报记者 X） at the end; footer with 责任编辑, 版式设计 and 新闻热线")
    pg.furniture(["栖川日报　" + cn_date(2025, 4, 18) + "　要闻　2"], "page header")
    pg.blank()
    a = Article(
        "a", "栖州都市圈“1小时通勤圈”加快成形", byline="本报记者　郜明川", authors=["郜明川"],
        notes="Headline with quotation marks over byline line 本报记者 X. Commuters and officials quoted are not "
              "authors.",
        paras=[
            "4月16日7时20分，家住黎渡市南湖新区的付晓蕾刷卡登上开往栖州的城际列车，35分钟后，她已走出栖州东站，步行10分钟到达单位。“以前开车上班要一个半小时，遇上堵车更久，现在坐城际比在市区打车还快。”",
            "付晓蕾的通勤变化，是栖州都市圈交通一体化提速的缩影。今年以来，栖州至黎渡、栖州至沙坪两条城际铁路实现公交化运营，工作日开行列车由每天48对增加到76对，高峰时段最小发车间隔缩短至8分钟，并实现与栖州地铁“一码通乘”。",
            "交通一张网，带动产业一条链。记者了解到，一季度，栖州都市圈内跨市设立的分支机构同比增长23%，黎渡、沙坪两市承接栖州产业转移项目67个，协议投资额312亿元。",
            "省发展改革委有关负责人介绍，今年将加快推进栖州至柘塘城际铁路和环都市圈高速公路建设，推动都市圈内政务服务“跨市通办”事项增加到260项，让“同城化”从交通延伸到公共服务、产业协作等更多领域。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    pg.blank()
    photos = [
        Article("p1", "春茶开采正当时", kind="brief", byline="本报记者　冼一鸣　摄", authors=["冼一鸣"],
                notes="Photo caption (brief) of the 图片新闻 group: headline, two-line caption, right-aligned credit "
                      "line 本报记者 X　摄 after it (byline); the photographer is the author.",
                paras=["4月16日，云岙县石门村茶农在高山茶园采摘春茶。今年全县茶园面积达12.6万亩，预计春茶产值突破9亿元。"]),
        Article("p2", None, kind="brief", byline="（通讯员　符晓　摄）", authors=["符晓"], tail="（通讯员　符晓　摄）",
                lead="▲",
                notes="Photo caption (brief) without headline, opening with ▲ (excluded from first); the credit "
                      "（通讯员 X　摄） is run in at the end, wrapped onto a line of its own (excluded from last); the photographer is the author.",
                paras=["4月15日，黎渡港综合码头，一批出口东南亚的工程机械正在装船。一季度黎渡港外贸货物吞吐量同比增长14.2%。"]),
        Article("p3", "订单排到三季度", kind="brief", byline="阙海云　摄", authors=["阙海云"], tail="　阙海云　摄",
                notes="Photo caption (brief): headline, caption of four lines with the credit X　摄 run in after a "
                      "U+3000 at the end (excluded from last); the photographer is the author.",
                paras=["在沙坪经济技术开发区一家新能源汽车零部件企业，工人在生产线上赶制电机控制器订单。开年以来，该企业新增海外订单2.3亿元，生产线实行“两班倒”满负荷运转，订单已排到三季度。"]),
        Article("p4", None, kind="brief", byline="韦清　丛岩　摄", authors=["韦清", "丛岩"], tail="　韦清　丛岩　摄",
                notes="Short photo caption (brief) without headline; credit with two photographers X　Y　摄 run in "
                      "at the end and wrapped onto a second line (韦清　/ 丛岩　摄), excluded from last; both are "
                      "authors.",
                paras=["柘塘县百亩光伏农业大棚里，村民移栽辣椒苗。"]),
    ]
    for k, p in enumerate(photos):
        p.section = "图片新闻"
        if p.title:
            pg.headline(p)
        pg.body(p)
        if p.key == "p1":
            pg.line(p, right(p.byline, 26), "byline")
        pg.blank()
    c = Article(
        "c", "全省首个数据交易专区上线运行", byline="本报讯（记者　詹若溪　实习生　麻小语）",
        authors=["詹若溪", "麻小语"], lead="本报讯（记者　詹若溪　实习生　麻小语）",
        notes="Run-in 本报讯（记者 X　实习生 Y） (wrapped) excluded from first; reporter and intern are authors.",
        paras=[
            "4月17日，栖川数据交易所“公共数据专区”上线运行。首批上架交通出行、气象、企业信用等领域数据产品46个，12家企业现场签订数据产品采购协议，成交金额3860万元。",
            "据介绍，专区按照“原始数据不出域、数据可用不可见”的原则，为企业提供数据产品登记、合规评估、交易撮合等一站式服务。下一步，将逐步扩大公共数据开放范围，探索数据资产入表、数据质押融资等业务，培育数据要素市场。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "省市场监管局：一季度新设经营主体增长9.2%", byline="（本报记者　寇溪）", authors=["寇溪"],
        tail="（本报记者　寇溪）",
        notes="Headline with a colon after the name of the department (one line). Signed （本报记者 X） run in at the "
              "end, excluded from last.",
        paras=[
            "记者从省市场监管局获悉，一季度全省新设经营主体28.6万户，同比增长9.2%。其中，新设企业8.1万户，增长12.7%；新设个体工商户20.3万户，增长7.9%。从行业看，信息传输、软件和信息技术服务业新设企业增长21.4%，住宿和餐饮业增长15.8%。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：石嘉禾　版式设计：冯小棠　新闻热线：（0719）8866××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def k03() -> Page:
    """市报 理论周刊 page: long essay with the author's name under the headline, 【】 crossheads, ①② markers,
    （作者单位：…） and the notes ①② after it; essay with 一、二、三、 crossheads and （作者系…）; 本报讯 item."""
    pg = Page("k03.txt", cols=42, indent="  ", blanks="para", seed=2103,
              style="市报 理论周刊 page, indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday and 农历; 理论周刊 and page); long essay (about 1240 chars) with the author's name alone on a line under the headline, four crossheads set in 【】, note markers ① ② inside the text, （作者单位：…） after the body and then the notes ① ② (a source line and a book reference); essay with the author's name under the headline, crossheads 一、二、三、 and （作者系…） after the body; run-in 本报讯（记者 X） item reporting a seminar; footer with 责任编辑, 版式设计 and 校对")
    pg.furniture(["梧溪日报",
                  cn_date(2025, 5, 26) + "　" + nongli(2025, 5, 26),
                  "理论周刊　第7版"], "page header")
    pg.blank()
    a = Article(
        "a", "推进以县城为重要载体的新型城镇化", kind="commentary", byline="柏望舒", authors=["柏望舒"],
        notes="Theory essay (commentary). The author's name alone on the line under the headline is the byline. "
              "Crossheads in 【】 are body; the note markers ① ② inside the text stay in the body. The line "
              "（作者单位：…） after the body and the notes ① ② under it are not body (last ends before them).",
        paras=[
            "县城是我国城镇体系的重要组成部分，是城乡融合发展的关键支撑。推进以县城为重要载体的新型城镇化建设，对于促进新型工业化、城镇化、信息化、农业现代化同步发展，畅通城乡经济循环具有重要意义。截至2024年末，栖川省常住人口城镇化率为61.3%，县城及县级市城区常住人口占全省城镇常住人口的比重接近四成①。这说明，县域已成为吸纳农业转移人口、扩大内需的重要空间。",
            Cross("【把握县域城镇化的阶段性特征】"),
            "从人口流动看，农业转移人口由过去“离乡进城、跨省打工”为主，逐步转向“就近就地、省内流动”为主。抽样调查显示，全省外出农民工中在省内务工的比重已由2015年的42%提高到2024年的58%，不少返乡人员选择在县城购房安家、创业就业。",
            "从产业基础看，县域产业正由被动承接转移向主动融入区域产业链转变。一批县域围绕中心城市主导产业发展配套，形成了电子元器件、汽车零部件、纺织服装、绿色食品等特色产业集群。但总体上，多数县域产业规模偏小、链条偏短，对人口的吸纳能力仍然有限。",
            "从公共服务看，县城教育、医疗、养老等资源与中心城市差距明显，“城里买房、乡下种地”“人进城了、户口没进”的现象较为普遍，农业转移人口市民化质量有待提升。",
            Cross("【以产业发展夯实县域城镇化根基】"),
            "产业是县域城镇化的根基。没有产业支撑，县城就会“空心化”，城镇化就难以持续。要立足县域比较优势，因地制宜培育主导产业，引导劳动密集型产业、县域特色经济和农村二三产业在县城集聚发展。有条件的县域要主动对接中心城市，推动“研发在城市、制造在县城”“总部在城市、基地在县城”的分工协作，在区域产业链上找准位置。",
            "要完善县域产业平台功能。县级开发区、产业园区是县域产业发展的主阵地，应推进“腾笼换鸟”和低效用地再开发，提高亩均效益；加强标准厂房、仓储物流、污水处理等配套设施建设，降低企业入驻成本。",
            Cross("【以制度创新推动农业转移人口市民化】"),
            "推进以人为核心的新型城镇化，关键是让进城农民“进得来、留得住、过得好”。要深化户籍制度改革，全面取消县城落户限制，推行以经常居住地登记户口制度，使有意愿的农业转移人口便捷落户。",
            "要推动基本公共服务由户籍人口向常住人口全覆盖。探索建立财政转移支付同农业转移人口市民化挂钩机制，按照常住人口规模配置教育、医疗、养老等资源，保障随迁子女在流入地平等接受义务教育。同时，要依法维护进城落户农民的土地承包权、宅基地使用权、集体收益分配权，不得以退出“三权”作为农民进城落户的条件②，解除农民进城的后顾之忧。",
            Cross("【以城乡融合增强县城综合承载能力】"),
            "县城是连接城市、服务乡村的天然载体。要统筹县城、中心镇、行政村三级设施布局，推动市政公用设施向城郊乡村和规模较大的中心镇延伸，推进城乡供水、污水垃圾处理一体化。要补齐县城短板弱项，加快老旧小区改造和城市更新，建设一刻钟便民生活圈，提高县城宜居水平。",
            "总之，推进以县城为重要载体的新型城镇化，要坚持因地制宜、分类施策，不搞齐步走、一刀切，既尽力而为又量力而行，走出一条符合县域实际的高质量城镇化路子。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.line(a, "  （作者单位：栖川省委党校经济学教研部）", "note")
    pg.gap()
    for ln in ("①数据来源：栖川省统计局《栖川省2024年国民经济和社会发展统计公报》及作者测算。",
               "②参见栖川省发展和改革委员会编：《新型城镇化政策文件汇编》，栖川人民出版社2024年版，第36页。"):
        for piece in wrap(ln, 42):
            pg.line(a, piece, "note")
    pg.blank()
    b = Article(
        "b", "发挥好政府投资基金的引导作用", kind="commentary", byline="麦知远", authors=["麦知远"],
        notes="Theory essay (commentary) with the author's name alone under the headline (byline) and the note "
              "（作者系…） after the body (not body). Crossheads 一、二、三、 are body.",
        paras=[
            "政府投资基金是财政资金与社会资本结合的重要方式。近年来，我省各级政府投资基金规模不断扩大，在支持科技创新、培育战略性新兴产业方面发挥了积极作用。但也存在投向分散、返投要求过严、退出渠道不畅等问题，需要在实践中不断完善。",
            Cross("一、明确功能定位"),
            "政府投资基金不同于一般的市场化基金，要坚持“政策性”与“市场化”相统一，聚焦市场失灵领域，重点投向种子期、初创期科技型企业和重大产业项目，避免与社会资本争利。",
            Cross("二、优化考核机制"),
            "要建立符合创业投资规律的考核评价体系，以基金整体绩效而非单个项目盈亏作为评价标准，合理设置容错率，落实尽职免责，让基金管理人敢投、愿投。",
            Cross("三、畅通退出渠道"),
            "要拓宽份额转让、并购重组、股权回购等多元退出路径，探索设立私募股权二级市场基金，推动基金“投资—退出—再投资”良性循环，提高财政资金使用效率。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.line(b, "  （作者系栖川大学经济学院教授）", "note")
    pg.blank()
    c = Article(
        "c", "全省县域经济高质量发展理论研讨会在梧溪召开", byline="本报讯（记者　綦嘉木）", authors=["綦嘉木"],
        lead="本报讯（记者　綦嘉木）",
        notes="Short report on the theory page; run-in 本报讯（记者 X） excluded from first. Scholars named are not "
              "authors.",
        paras=[
            "5月24日，全省县域经济高质量发展理论研讨会在梧溪召开。来自省内高校、党校和研究机构的60余名专家学者，围绕县域产业转型、新型城镇化、农村集体经济发展等议题开展研讨。会议收到论文83篇，评选出优秀论文15篇。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：岳晚晴　版式设计：商一禾　校对：鲍小川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def k04() -> Page:
    """省报 县域经济 page of a 15-character column, no blank line anywhere: lead with a byline on two lines
    (本报记者 X / 通讯员 Y　Z); run-in 本报讯（通讯员 X　Y）; headline on two lines over 通讯员 X; 县域简讯 label over
    three ■ items without headline, each signed （X） at the end."""
    pg = Page("k04.txt", cols=15, indent=FW * 2, blanks="never", seed=2104,
              style="省报 县域经济 page of a 15-character column, NO blank line anywhere: header on three lines (版次 + 版名, date with weekday, paper); lead with byline printed on two lines (本报记者 X / 通讯员 Y　Z) and two plain crossheads; run-in 本报讯（通讯员 X　Y） wrapped over two lines; headline on two lines (the second opening with a quotation mark) over byline line 通讯员 X; label 县域简讯 over three ■ items WITHOUT headline, each signed with a bare name （X） run in at the end; footer of three lines 责任编辑 / 版式设计 / 新闻热线")
    pg.furniture(["6　县域经济", cn_date(2025, 6, 12), "栖川日报"], "page header")
    a = Article(
        "a", "小竹子撑起百亿大产业", byline="本报记者　郁澄　通讯员　覃柯　闵露", authors=["郁澄", "覃柯", "闵露"],
        notes="Byline printed on two lines (本报记者 X / 通讯员 Y　Z), the three names authors. Plain crossheads are "
              "body. Company managers and officials quoted are not authors.",
        paras=[
            "走进石埠县竹产业园，一根根毛竹经过破竹、蒸煮、碳化、压制等工序，变成竹地板、竹家具、竹纤维餐具，再通过跨境电商卖到30多个国家和地区。",
            "石埠县是全省竹资源第一大县，有竹林面积86万亩。过去，当地毛竹大多以原竹形式低价外销，“一根竹子卖不到20元”。近年来，县里引进和培育竹加工企业142家，构建起从竹林经营、竹材加工到竹文旅的全产业链，2024年竹产业总产值达到103亿元。",
            Cross("“吃干榨尽”提附加值"),
            "“竹根做茶盘，竹梢做扫把，竹屑做生物质颗粒燃料，一根竹子身上没有废料。”在青岚竹业有限公司，总经理尤光亮给记者算了一笔账：通过精深加工，每吨毛竹的产值由原来的600元提高到4000多元。",
            Cross("“以竹代塑”拓市场"),
            "今年以来，石埠县抢抓“以竹代塑”市场机遇，推动企业开发竹制吸管、竹纤维包装等新产品，前5个月全县竹制品出口额同比增长31.4%。县林业局负责人表示，下一步将建设竹产业研究院，力争到2027年竹产业总产值突破150亿元。",
        ])
    pg.headline(a)
    pg.line(a, "本报记者　郁澄", "byline")
    pg.line(a, "通讯员　覃柯　闵露", "byline")
    pg.body(a)
    b = Article(
        "b", "柘塘“飞地园区”首批项目投产", byline="本报讯（通讯员　卞书涵　应浩）", authors=["卞书涵", "应浩"],
        lead="本报讯（通讯员　卞书涵　应浩）",
        notes="Run-in 本报讯（通讯员 X　Y） (wrapped over two lines) excluded from first; both 通讯员 are authors.",
        paras=[
            "6月10日，柘塘县在栖州高新区共建的“飞地园区”首批3个项目正式投产，涉及智能传感器、医疗器械等领域，总投资5.6亿元，达产后年产值可达12亿元。",
            "“飞地园区”采取“栖州研发、柘塘制造，税收按比例分成”的合作模式，由两地共同组建运营公司。目前园区已签约项目11个，其中6个项目的生产基地将落户柘塘县经济开发区。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "禾丰农商银行“整村授信”惠及2.3万户", head=["禾丰农商银行", "“整村授信”惠及2.3万户"],
        byline="通讯员　宓晨", authors=["宓晨"],
        notes="Headline on two lines (the second opening with a quotation mark), joined; byline line 通讯员 X.",
        paras=[
            "截至5月末，禾丰农商银行已对全县186个行政村开展“整村授信”，为2.3万户农户核定授信额度31.8亿元，已有9600余户农户用信12.4亿元。",
            "该行组织客户经理进村入户，联合村“两委”对农户开展信用评议，农户凭评议结果可在手机银行一键申请贷款，最快当天到账。今年以来，该行涉农贷款余额较年初增长11.6%。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["县域简讯"], "column label 县域简讯")
    items = [
        Article("d1", None, byline="（阮青禾）", authors=["阮青禾"], paras=[
            "日前，云岙县首批15家“共富工坊”挂牌，吸纳农村留守妇女、低收入农户等就近就业1200余人，人均月增收2000元左右。"]),
        Article("d2", None, byline="（符一帆）", authors=["符一帆"], paras=[
            "青枫县今年前5个月完成工业技改投资9.7亿元，同比增长28.6%，全县规上工业企业数字化改造覆盖率达到71%。"]),
        Article("d3", None, byline="（沈砚秋）", authors=["沈砚秋"], paras=[
            "6月8日，乌桕县农产品冷链物流中心建成投用，冷库总容量3.2万吨，可满足全县蔬菜、水果、水产品的错峰销售需求。"]),
    ]
    for art in items:
        art.section = "县域简讯"
        art.lead = "■"
        art.tail = art.byline
        art.notes = ("■ item of the 县域简讯 digest (section) printed WITHOUT a headline (title null); the ■ bullet "
                     "is excluded from first. Signed with a bare name in brackets run in at the end (byline, "
                     "excluded from last); that name is the author. The item is set without indent.")
        pg.body(art, indent="")
    pg.furniture(["责任编辑：谭若水", "版式设计：邱一帆", "新闻热线：（0719）8866××××"], "footer on three lines")
    return pg


PAGES = [k01, k02, k03, k04]
