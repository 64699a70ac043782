"""Pages r09-r12 of handmade7 (all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date


# ---------------------------------------------------------------------------
def r09() -> Page:
    """专访 page: 记者：/ X： turns, headline with a colon, photo caption of the interviewee."""
    pg = Page("r09.txt", cols=36, indent="  ", blanks="para", seed=709,
              style="专访 page: headline 'X：…', ——副题, 记者：/X： turns, interviewee photo caption, a short related news item")
    pg.furniture(["产经导报　　高端访谈", cn_date(2027, 3, 18) + "　第8版"], "page header")
    pg.blank()
    a = Article(
        "a", "钟立衡：让中小制造企业用得起工业软件", kind="interview",
        subtitle="——访云栈软件创始人、董事长钟立衡", byline="本报记者　翟若水", authors=["翟若水"],
        notes="Headline with a colon; Q&A turns 记者：/钟立衡：; interviewee photo caption printed between byline and body is not body.",
        paras=[
            "工业软件被称为制造业的“大脑”和“神经”。近年来，国产工业软件在研发设计、生产管控等领域加快突破，但中小制造企业“不会用、用不起、不敢用”的问题依然突出。日前，记者专访了云栈软件创始人、董事长钟立衡。",
            "记者：不少中小企业认为工业软件“贵”，您怎么看？",
            "钟立衡：贵，一方面是软件本身的授权费用高，另一方面是实施成本高。一套传统的生产管理系统，从调研、定制到上线，往往需要半年以上，还要配专门的信息化人员维护。这对一家几十人的工厂来说，负担确实很重。",
            "记者：云栈软件是怎么解决这个问题的？",
            "钟立衡：我们的思路是把软件“做轻”。一是采用云端订阅模式，企业按月付费，一个车间一年的费用控制在几万元；二是把行业经验做成标准化模板，比如五金加工、注塑、电子组装，企业选好模板，一两周就能上线。",
            "记者：“做轻”之后，能满足企业的实际需求吗？",
            "钟立衡：中小企业最迫切的需求其实很具体：订单排产、物料管理、质量追溯。我们先把这几件事做好。去年我们服务的一家注塑企业，上线三个月后，订单准时交付率从78%提高到95%，库存周转天数减少了11天。",
            "记者：数据安全是企业上云的一大顾虑。",
            "钟立衡：这个顾虑很正常。我们的做法是数据分级管理，核心工艺数据可以放在企业本地，只把排产、报工等数据放到云上；同时通过了国家相关安全等级认证。说到底，企业的信任要靠一个个案例慢慢积累。",
            "记者：对国产工业软件的发展，您有什么期待？",
            "钟立衡：国产工业软件最缺的不是技术，而是应用场景和迭代机会。希望更多制造企业愿意给国产软件“试用”的机会，也希望有关部门在中小企业数字化转型补贴方面，向软件服务倾斜。用的人多了，软件才能越用越好。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(["图为钟立衡。　　受访者供图"], "photo caption of the interviewee")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "中小企业数字化转型城市试点扩围", byline="本报讯（记者　翟若水）", authors=["翟若水"],
        lead="本报讯（记者　翟若水）", notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从工业和信息化部获悉，第三批中小企业数字化转型试点城市名单近日公布，30个城市入选。每个试点城市将获得中央财政资金支持，重点支持中小企业购买数字化改造服务和产品。",
            "据了解，前两批试点城市已累计推动超过2万家中小企业完成数字化改造，改造后企业生产效率平均提升约20%。",
        ])
    pg.article(b, order=("headline", "body"))
    pg.gap()
    pg.furniture(["本版责编：景思遥　　校对：田未央"], "footer")
    return pg


# ---------------------------------------------------------------------------
def r10() -> Page:
    """数据/图表-heavy page: one article with two tables."""
    pg = Page("r10.txt", cols=44, indent=FW * 2, blanks="some", seed=710, p_para=0.3, p_gap=0.9,
              style="数据 page: one article interrupted by two tables (number rows, 单位 lines, 数据来源 lines), 制图 credit")
    pg.furniture(["数据经济周报　　数说经济", cn_date(2027, 3, 19) + "　第4版"], "page header")
    pg.blank()
    a = Article(
        "a", "前两月消费市场开局平稳服务消费增势较好", byline="本报记者　卓一凡", authors=["卓一凡"],
        notes="Table 1 is printed between paragraphs, so the body is in pieces; table 2, the 数据来源 lines and the 制图 credit follow the body.",
        paras=[
            "国家统计局最新发布的数据显示，今年1月至2月，社会消费品零售总额达8.46万亿元，同比增长4.9%，增速比上年全年加快1.3个百分点。其中，除汽车以外的消费品零售额增长5.4%。",
            "分城乡看，乡村市场销售增速继续快于城镇。1月至2月，城镇消费品零售额7.33万亿元，增长4.7%；乡村消费品零售额1.13万亿元，增长6.1%。",
            "分消费类型看，餐饮收入增长较快。春节假期期间，各地餐饮、住宿、文旅消费需求集中释放，1月至2月餐饮收入同比增长7.8%，高于商品零售增速3.3个百分点。",
            "从商品类别看，以旧换新相关商品销售表现突出。家用电器和音像器材类零售额增长16.2%，通讯器材类增长11.7%，文化办公用品类增长9.6%。汽车类零售额同比下降1.5%，降幅比上年四季度收窄。",
            "服务消费增势较好。1月至2月，服务零售额同比增长6.3%，比商品零售额增速高1.7个百分点。交通出行、文化旅游、体育健身等服务消费较为活跃。",
            "国家统计局新闻发言人柏文忠表示，总的来看，前两个月消费市场开局平稳，消费品以旧换新政策效应持续释放，服务消费较快增长。但也要看到，居民增收基础仍需巩固，部分商品消费需求有待提振。",
            "受访专家认为，随着一系列促消费政策落地见效，消费市场有望延续平稳增长态势，服务消费将成为扩大内需的重要增长点。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    part1, part2 = Page.chunks(items, [10])
    pg.emit(a, part1)
    pg.gap()
    pg.furniture(["表1　1月至2月社会消费品零售总额主要数据", "单位：亿元，%",
                  "指标　　　　　　　　　　绝对量　　同比增长",
                  "社会消费品零售总额　　　84620　　　4.9",
                  "　城镇　　　　　　　　　73310　　　4.7",
                  "　乡村　　　　　　　　　11310　　　6.1",
                  "　餐饮收入　　　　　　　10290　　　7.8",
                  "　商品零售　　　　　　　74330　　　4.5",
                  "数据来源：国家统计局"], "table 1 with unit and source lines")
    pg.gap()
    pg.emit(a, part2)
    pg.gap()
    pg.furniture(["表2　1月至2月部分商品类零售额增速", "单位：%",
                  "类别　　　　　　　　　　1—2月　　上年全年",
                  "家用电器和音像器材类　　16.2　　　12.3",
                  "通讯器材类　　　　　　　11.7　　　9.9",
                  "文化办公用品类　　　　　9.6　　　 3.1",
                  "汽车类　　　　　　　　　-1.5　　　-0.6",
                  "数据来源：国家统计局　制图：毛思颖"], "table 2 with unit, source and 制图 credit")
    pg.blank()
    pg.furniture(["本版数据截至2027年3月18日"], "footer")
    return pg


# ---------------------------------------------------------------------------
def r11() -> Page:
    """县域/乡村振兴 page."""
    pg = Page("r11.txt", cols=24, indent="  ", blanks="some", seed=711, p_para=0.3, p_gap=0.7,
              style="县域/乡村振兴 page: three articles, one with its byline before and headline AFTER the body, page header repeated inside a body")
    header = ["乡村振兴　　第7版", "桂溪日报　" + cn_date(2027, 3, 22)]
    pg.furniture(header, "page header")
    pg.blank()
    a = Article(
        "a", "桂溪县小香菇撑起大产业", byline="本报记者　佘正阳　通讯员　蓝海棠", authors=["佘正阳", "蓝海棠"],
        notes="The page header is printed again inside the body (column top), so the body is in pieces.",
        paras=[
            "走进桂溪县石门镇的食用菌产业园，一排排大棚整齐排列，菇农们正忙着采摘、分拣香菇。",
            "“一个大棚一年能出两茬菇，刨去成本能挣三四万元。”菇农韦大勇种了8个大棚，去年纯收入超过25万元。",
            "桂溪县山多林密，种植香菇有着悠久传统。过去，农户分散种植，规模小、品质不稳定，价格常常被收购商压得很低。",
            "近年来，桂溪县引进食用菌龙头企业，建设标准化菌棒生产厂，统一向农户供应菌棒，并提供技术指导和保底收购服务。县里还建设了冷链仓储中心和香菇烘干厂，开发香菇酱、香菇脆等深加工产品。",
            "目前，全县香菇种植规模达到6800万棒，年产值约9亿元，带动1.2万户农户增收。桂溪香菇已获得国家农产品地理标志认证，产品销往全国20多个省份。",
            "县农业农村局负责人表示，下一步将推动香菇产业与乡村旅游融合发展，建设菌菇主题研学基地，进一步延伸产业链条。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    a1, a2 = Page.chunks(items, [14])
    pg.emit(a, a1)
    pg.furniture(header, "page header repeated at the top of the next column")
    pg.emit(a, a2)
    pg.gap()
    b = Article(
        "b", "“村BA”带火乡村夜经济", byline="本报记者　骆宛如", authors=["骆宛如"],
        notes="Byline printed BEFORE the body, headline printed AFTER the body.",
        paras=[
            "每逢周末夜晚，桂溪县平寨村的篮球场都人声鼎沸。来自周边十几个村的球队轮番上场，场边坐满了观众。",
            "比赛带来了人气，也带来了商机。球场周边自发形成了夜市，烤鱼、米粉、糯米饭等小吃摊位有60多个。村民韦秀兰的烧烤摊一个晚上能卖一千多元。",
            "平寨村党支部书记说，村里正规划建设停车场和民宿，让游客看完比赛能留下来住一晚。",
        ])
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.headline(b)
    pg.gap()
    c = Article(
        "c", "全县高标准农田建设完成年度任务", byline="（黎明安）", authors=["黎明安"], tail="（黎明安）",
        notes="Credit （黎明安） run in at the end, excluded from last.",
        paras=[
            "记者从县农业农村局获悉，桂溪县今年新建和改造提升高标准农田5.2万亩，已全部完成建设任务。项目区新修机耕道86公里、灌排渠道120公里，粮食亩产平均提高约100斤。",
        ])
    pg.article(c, order=("headline", "body"))
    pg.blank()
    pg.furniture(["桂溪日报社　新闻热线：0774-5××××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def r12() -> Page:
    """科技日报-like page."""
    pg = Page("r12.txt", cols=46, indent="", blanks="arts", seed=712,
              style="科技日报-like page: run-in 科技日报讯 （记者 X 通讯员 Y）, English abbreviations and numbers in headlines (AI大模型, 5G-A, 3.5亿元), 简讯 column with ■ bullets")
    pg.furniture(["科技日报", cn_date(2027, 3, 23) + "　第3版　综合新闻", "责任编辑　裴一鸣"], "masthead / page header")
    pg.blank()
    a = Article(
        "a", "国产AI大模型在工业质检场景实现规模化应用", byline="科技日报讯 （记者　苑星河　通讯员　简若琳）",
        authors=["苑星河", "简若琳"], lead="科技日报讯 （记者　苑星河　通讯员　简若琳）",
        notes="Run-in 科技日报讯 （记者 X 通讯员 Y） excluded from first.",
        paras=[
            "记者3月22日从江淮智能制造创新中心获悉，由该中心联合多家企业研发的工业视觉AI大模型“慧眼”已在汽车零部件、光伏组件、锂电池等行业的300余条产线上部署应用，缺陷检出率达到99.3%，误检率较传统算法降低约60%。",
            "传统的工业视觉检测需要针对每一种产品、每一类缺陷单独采集样本、训练模型，一条产线的部署周期往往长达数月。创新中心首席科学家季明澈介绍，“慧眼”大模型基于数亿张工业图像进行预训练，面对新产品时只需少量样本即可完成适配，部署周期缩短至一周左右。",
            "在合川市一家汽车零部件企业，“慧眼”大模型被用于检测铝合金压铸件表面的气孔、裂纹等缺陷。企业质量部负责人表示，过去一条产线需要12名质检员三班倒，现在只需2人复核，检测效率提高了4倍。",
            "据悉，创新中心下一步将推动大模型向更多细分行业拓展，并开放部分模型能力，降低中小企业的使用门槛。",
        ])
    pg.article(a, order=("headline", "body"))
    pg.blank()
    b = Article(
        "b", "5G-A网络覆盖全市主城区", byline="本报记者　苑星河", authors=["苑星河"],
        paras=[
            "记者从合川市通信管理局获悉，该市已建成5G-A基站4200余个，实现主城区连续覆盖，下行峰值速率可达10Gbps。",
            "5G-A即5G-Advanced，是5G网络的演进升级版本，在速率、时延、连接规模等方面能力大幅提升。目前，合川市已在智能网联汽车测试、低空无人机巡检、大型场馆直播等场景开展5G-A应用试点。",
            "市通信管理局相关负责人表示，今年将推动5G-A网络向重点园区和交通枢纽延伸，培育一批可复制推广的应用案例。",
        ])
    pg.article(b, order=("headline", "byline", "body"))
    pg.blank()
    briefs = [
        Article("k1", "合川设立3.5亿元种子基金", section="简讯",
                paras=["合川市科技局日前设立规模3.5亿元的天使种子基金，重点投向人工智能、生物制造、新材料等领域的早期科技项目，单个项目最高投资1000万元。"]),
        Article("k2", "首个低空物流航线开通", section="简讯",
                paras=["合川至青石镇无人机物流航线3月20日正式开通，单程飞行约25分钟，主要运送医疗物资和生鲜农产品。"]),
        Article("k3", "高校科研仪器开放共享平台上线", section="简讯",
                paras=["江淮地区12所高校联合建设的科研仪器开放共享平台近日上线，首批开放大型仪器设备2300余台（套），企业可在线预约使用。"]),
    ]
    pg.furniture(["简讯"], "column label 简讯")
    for k in briefs:
        k.kind = "article"
        k.notes = "Item of the 简讯 column: ■ headline line, unsigned body."
        pg.headline(k, lines=["■ " + k.title])
        pg.body(k)
    pg.blank()
    pg.furniture(["科技日报社出版　国内统一连续出版物号：CN11-00××"], "footer")
    return pg


PAGES = [r09, r10, r11, r12]
