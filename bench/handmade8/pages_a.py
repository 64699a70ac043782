"""Pages s01-s04 of handmade8 (held out; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap

HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def half(text: str) -> str:
    """Half-width commas, colons, semicolons and brackets, as some PDF text layers give
    them (full stops, enumeration commas and quotation marks stay full-width)."""
    return text.translate(HALF)


# ---------------------------------------------------------------------------
def s01() -> Page:
    """Provincial party daily, front page (要闻)."""
    pg = Page("s01.txt", cols=18, indent=FW * 2, blanks="para", seed=801,
              style="party daily front page (要闻): masthead block, 引题 + 主题 + ——副题, run-in 本报…讯 dateline, jump line （下转第2版）, 本报评论员 commentary, 新华社…电（记者 X Y） wire item, 要闻导读 box")
    pg.furniture(["东江日报", "DONGJIANG DAILY", "中共东江省委机关报",
                  cn_date(2028, 3, 6) + "　农历戊申年二月初十",
                  "今日12版　第１版　要闻", "国内统一连续出版物号 CN46-00××"], "masthead")
    pg.blank()
    lead = Article(
        "lead", "全省一季度重点项目开工率超过七成",
        subtitle="——新开工项目计划总投资同比增长12.6%，民间投资占比提高",
        byline="本报记者　邵明远　实习生　简宁", authors=["邵明远", "简宁"],
        lead="本报东江3月5日讯　",
        notes="引题 '坚持稳中求进　推动高质量发展开好局' above the 主题 is not part of the title; "
              "subtitle holds the ——副题 under it (the kicker is not added there because the headline is printed between them); run-in dateline 本报东江3月5日讯 excluded from first; the jump line "
              "（下转第2版） after the body is not body.",
        paras=[
            "记者今天从省发展改革委获悉，截至3月4日，全省列入年度计划的1268个省重点项目已开工892个，开工率达70.3%，比去年同期提高8.1个百分点；新开工项目计划总投资4360亿元，同比增长12.6%。",
            "今年以来，各地把抓项目作为稳增长的“牛鼻子”，提前谋划、提前储备、提前办理前期手续。省里建立重点项目“红黄绿”调度机制，对进度滞后的项目逐一分析原因、逐项销号解决。",
            "从投资结构看，产业项目占比继续提高。已开工的省重点项目中，先进制造业项目412个，占开工项目总数的46.2%；新能源、新型储能和算力基础设施项目增长较快。",
            "民间投资活力增强。一季度开工项目中，民间投资项目528个，计划总投资1970亿元，占比达45.2%，较去年同期提高3.4个百分点。省发展改革委有关负责人表示，将继续向民间资本推介优质项目，",
        ])
    pg.kicker(lead, "坚持稳中求进　推动高质量发展开好局")
    pg.headline(lead)
    pg.line(lead, lead.subtitle, "subtitle")
    pg.line(lead, lead.byline, "byline")
    pg.gap()
    pg.body(lead)
    pg.furniture(["（下转第2版）"], "jump line")
    pg.gap()
    com = Article(
        "com", "把开局之势转化为全年之胜", head=["把开局之势", "转化为全年之胜"], kind="commentary",
        byline="本报评论员", authors=[],
        notes="Headline on two lines, joined; byline line 本报评论员 names no person, so no authors.",
        paras=[
            "一季度是全年的开局，开局决定全局。从重点项目开工率超过七成，到民间投资占比稳步提高，全省经济呈现出积极向好的态势。",
            "开局良好，来之不易。这背后，是各地各部门早谋划、早部署、早落实的结果，是广大市场主体敢闯敢干、埋头苦干的结果。",
            "也要清醒看到，外部环境复杂多变，部分企业经营仍有困难，一些项目存在资金、用地等要素制约。越是形势向好，越要保持定力，越要把困难估计得更充分一些。",
            "把开局之势转化为全年之胜，关键在落实。要坚持项目为王，盯紧开工、投产、达效每一个环节；要持续优化营商环境，让企业安心经营、放心投资；要守牢安全底线，统筹好发展和安全。",
            "实干成就未来。只要我们拿出只争朝夕的劲头，一季度的“好开局”，就一定能汇聚成全年的“满堂红”。",
        ])
    pg.headline(com)
    pg.line(com, com.byline, "byline")
    pg.gap()
    pg.body(com)
    pg.gap()
    wire = Article(
        "wire", "全国春耕备耕化肥供应总体充足", byline="新华社北京3月5日电（记者　庞思齐　葛蔚然）",
        authors=["庞思齐", "葛蔚然"], lead="新华社北京3月5日电（记者　庞思齐　葛蔚然）",
        notes="Wire item: run-in 新华社北京3月5日电（记者 X Y） excluded from first.",
        paras=[
            "记者从有关部门了解到，当前全国春耕备耕化肥库存充足，主要品种价格平稳。截至3月初，全国化肥商业库存约4200万吨，同比增加约5%。",
            "有关部门要求各地加强农资市场监管，严厉打击假冒伪劣农资，确保农民用上放心肥、放心种。",
        ])
    pg.article(wire, order=("headline", "body"))
    pg.gap()
    b1 = Article(
        "b1", "省政府与三家央企签署战略合作协议", byline="本报讯（记者　钮海琼）", authors=["钮海琼"],
        lead="本报讯（记者　钮海琼）",
        paras=[
            "3月5日，省政府在东江与三家中央企业签署战略合作协议，双方将在新能源、现代物流、先进材料等领域开展合作，涉及项目24个、计划总投资约830亿元。",
        ])
    pg.article(b1, order=("headline", "body"))
    pg.gap()
    pg.furniture(["要闻导读", "▶全省春季农业生产全面铺开　　2版", "▶东江港开通第五条中欧班列线路　　3版",
                  "▶“数字乡村”建设一线观察　　5版", "▶省城新增12条定制公交线路　　7版"], "要闻导读 box (index)")
    pg.blank()
    pg.furniture(["东江日报社出版　社址：东江市滨江大道99号　邮编：460100", "本报零售价1.00元"], "footer")
    return pg


# ---------------------------------------------------------------------------
def s02() -> Page:
    """Securities daily, company-news page; half-width commas, colons and brackets."""
    pg = Page("s02.txt", cols=24, indent="", blanks="never", seed=802,
              style="securities daily company page: 本报讯　记者 X on one line (dateline and byline together), stock codes, half-width punctuation, *ST name, a headline printed after its body, a (X) signature")
    pg.furniture(["证券导报", "公司新闻　A6", cn_date(2028, 3, 8), "编辑:田牧之　美编:聂可"], "page header")
    items = []
    a = Article(
        "a", "海岳科技拟定增募资不超过18亿元", byline="本报讯　记者　滕子墨", authors=["滕子墨"],
        notes="Dateline and byline share one line (本报讯　记者　X) between headline and body.",
        paras=[half(p) for p in [
            "海岳科技（688527）3月7日晚间公告，公司拟向特定对象发行A股股票，募集资金总额不超过18亿元，扣除发行费用后将用于高端传感器扩产项目、研发中心建设项目及补充流动资金。",
            "公告显示，高端传感器扩产项目总投资约11.2亿元，建成后将新增年产MEMS压力传感器1.5亿只的产能。公司表示，下游汽车电子和工业控制领域需求增长较快，现有产能利用率已超过95%。",
            "截至3月7日收盘，海岳科技股价报46.38元，总市值约213亿元。",
        ]])
    items.append(a)
    b = Article(
        "b", "北辰药业1类创新药获批开展临床试验", byline="本报讯　记者　滕子墨　见习记者　应小禾",
        authors=["滕子墨", "应小禾"],
        paras=[half(p) for p in [
            "北辰药业（300913）3月7日公告，公司自主研发的1类创新药BC-217片获得国家药监局核准签发的《药物临床试验批准通知书》，同意开展用于治疗晚期实体瘤的临床试验。",
            "据介绍，BC-217是一种口服小分子抑制剂，临床前研究显示其具有较好的抗肿瘤活性和安全性。公司提示，药品研发周期长、环节多，存在不确定性。",
        ]])
    items.append(b)
    c = Article(
        "c", "*ST金岭收到问询函", byline="本报讯　记者　冀云舒", authors=["冀云舒"],
        notes="Headline begins with *ST (risk-warning prefix), kept in the title.",
        paras=[half(p) for p in [
            "*ST金岭（000871）3月7日披露,公司收到深交所问询函,要求公司说明2027年度营业收入扣除项目的具体构成,以及是否存在通过突击销售规避退市的情形。",
            "问询函要求公司在3月14日前书面回复并披露。",
        ]])
    items.append(c)
    for art in items:
        pg.headline(art)
        pg.line(art, art.byline, "byline")
        pg.body(art)
    d = Article(
        "d", "三家上市银行年报拟每10股派现超3元", byline="本报讯(记者　冀云舒)", authors=["冀云舒"],
        lead="本报讯(记者　冀云舒)",
        notes="Headline printed AFTER the body; run-in 本报讯(记者 X) with half-width brackets excluded from first.",
        paras=[half(p) for p in [
            "截至3月7日,已有三家A股上市银行披露2027年年报。从分红方案看,三家银行均拟每10股派发现金红利3元以上,现金分红比例均超过30%。",
            "其中,江屿银行拟每10股派现3.62元,分红总额约21.4亿元;北岭银行和东湖农商行拟分别每10股派现3.15元和3.08元。",
            "分析人士认为,银行板块股息率处于较高水平,对长期资金具有较强吸引力。",
        ]])
    pg.body(d)
    pg.headline(d)
    e = Article(
        "e", "云帆物流控股股东增持计划实施完毕", byline="(杭晓川)", authors=["杭晓川"], tail="(杭晓川)",
        notes="Unsigned at the top; signature (杭晓川) with half-width brackets run in at the end, excluded from last.",
        paras=[half(p) for p in [
            "云帆物流（603588）3月7日公告，控股股东云帆集团于2027年9月8日至2028年3月7日期间，通过集中竞价方式累计增持公司股份1268万股，占总股本的1.02%，增持金额约1.5亿元，增持计划已实施完毕。",
        ]])
    pg.headline(e)
    pg.body(e)
    pg.furniture(["本版信息仅供参考,据此操作风险自担"], "footer disclaimer")
    return pg


# ---------------------------------------------------------------------------
def s03() -> Page:
    """Weekly magazine feature with pull quotes set inside the body, author note, boxed sidebar."""
    pg = Page("s03.txt", cols=42, indent=FW * 2, blanks="para", seed=803,
              style="weekly magazine feature (about 2000 chars): headline + subtitle without dash, 文｜X, letter-spaced crossheads, two pull quotes set inside the body (one inside a sentence), （作者单位：…） at the end, boxed sidebar with its own headline and a source line")
    pg.furniture(["南风周刊　｜　封面文章", "2028.03.13　第10期"], "magazine page header")
    pg.blank()
    a = Article(
        "a", "县城里的“新青年”", subtitle="返乡创业、远程办公、开一家小店，县城正在成为年轻人的另一种选择",
        byline="文｜葛思远", authors=["葛思远"],
        notes="Subtitle printed under the headline without a dash. Two pull quotes (大字引语) are set inside the body, "
              "each in the middle of a sentence: they repeat the text and are not body, so the body is in pieces. "
              "Letter-spaced crossheads (回　流, 小　店, 落　脚) are body. The （作者单位：…） line after the body is not body.",
        paras=[
            "早上九点，梁溪县城东的一家咖啡馆刚刚开门，28岁的林晓棠已经打开笔记本电脑，开始处理上海公司发来的设计需求。窗外是县城最热闹的十字路口，卖早点的三轮车和送孩子上学的电动车挤在一起。",
            "两年前，林晓棠还在上海一家广告公司上班，每天通勤两个小时，月租金占去工资的三分之一。“那时候觉得，只有在大城市才有机会。”她说。疫情之后，公司推行远程办公，她试着回老家待了一个月，发现工作并没有受影响，生活却轻松了许多。",
            "“在县城，我第一次觉得时间是自己的。”林晓棠说。如今她和公司签的是远程合同，收入比在上海时少了一成，但房租、通勤和餐饮的开支少了一大半。",
            ("cross", "回　流"),
            "林晓棠并不是个例。在梁溪县人社部门的统计里，近三年返乡的35岁以下青年超过6800人，其中约四成从事电商、设计、新媒体等与互联网相关的工作，另有不少人开办了咖啡馆、书店、民宿等小店。",
            "这种回流，与县城自身的变化分不开。过去十年，梁溪县通了高铁，到省城只要四十分钟；县城建起了综合体和影院，快递可以送到村口。“大城市有的，县城慢慢也有了，只是规模小一些。”县团委一位干部说。",
            "更重要的是，数字经济让工作不再必须绑定在某座城市。一份线上调查显示，在受访的返乡青年中，超过半数认为“远程办公或线上经营”是他们能够回到县城的前提条件。",
            "当然，回流并非一路顺风。县城的岗位仍以传统行业为主，专业对口的工作机会有限；收入水平与大城市相比有明显差距。一些年轻人回来一两年后，又选择了离开。",
            ("cross", "小　店"),
            "在县城老街，32岁的郑一帆开了一家只有六张桌子的独立书店。书店里卖书，也卖咖啡和本地的手工点心，每周末还会办读书会和手作课。",
            "开店的钱，一部分是他在深圳工作时的积蓄，一部分是县里的创业担保贷款。“第一年基本不赚钱，靠读书会慢慢攒起了一批熟客。”郑一帆说，现在书店每月营业额稳定在四五万元，勉强能维持运营。",
            "像这样的小店，正在改变县城的街景。梁溪县商务部门的数据显示，近两年县城新开的咖啡馆、茶饮店、书店和文创店超过120家，经营者中35岁以下的占到七成。不少小店成为年轻人的“社交据点”，也吸引了周边乡镇的游客。",
            "但小店的生命周期往往不长。县城人口规模有限，消费能力也不如大城市，同质化竞争来得很快。“去年一条街上开了五家咖啡馆，今年关了两家。”一位店主说。在她看来，小店要活下去，得找到自己的“差异化”，把熟客留住。",
            ("cross", "落　脚"),
            "年轻人能否在县城留下来，不仅取决于工作和收入，也取决于县城能否提供他们需要的公共服务和生活方式。",
            "在走访中，不少返乡青年提到了相似的顾虑：孩子的教育、父母的医疗、婚恋的圈子，以及县城里相对固化的人情社会。“在这里办事，有时候还是要找熟人。”一位返乡创业者说。",
            "一些县城已经开始回应这些需求。梁溪县去年建起了青年人才公寓，为返乡青年提供低租金住房；县里还与省城的两所中学合作办学，引进优质教育资源；团县委则组织了青年联谊会和创业沙龙，帮助年轻人建立新的社交网络。",
            "变化也发生在县城的公共空间里。过去，县城的年轻人下班后去处不多，如今图书馆延长了开放时间，体育公园里有了夜间篮球赛，老厂房改造的文创街区每个周末都有市集和露天音乐会。县文旅部门的一位工作人员说，这些活动大多是返乡青年自己张罗起来的，政府主要负责提供场地和安全保障。",
            "也有人在县城找到了新的职业身份。29岁的韦立川大学学的是农学，毕业后在省城一家农业企业做技术员。前年，他回到老家，和几个同学注册了一家农业服务公司，为周边农户提供无人机植保、测土配方和农产品线上销售服务。“在城里，我只是流水线上的一颗螺丝钉；回到县里，我能看到自己做的事情怎样改变一个村子。”",
            "韦立川的公司现在有11名员工，其中8人是返乡青年。去年公司服务的耕地面积超过3万亩，营业收入突破600万元。他说，县里的创业补贴和免费办公场地帮了大忙，但最难的还是招人，“懂技术又愿意下田的年轻人，还是太少了”。",
            "在县城待得越久，年轻人对县城的期待也越具体。一份由当地团组织开展的问卷调查显示，返乡青年最希望县城改善的三件事依次是：更多元的就业岗位、更优质的教育医疗资源，以及更开放透明的办事环境。",
            "社会学研究者把这种现象称为“县域青年的再地方化”：年轻人带着在大城市获得的技能、资本和观念回到县城，又在县城的土壤里重新扎根。这一过程既为县城带来了活力，也对县城的治理能力提出了新的要求。",
            "傍晚，林晓棠合上电脑，骑车去老街的书店参加读书会。这周读的是一本关于小城生活的散文集。“我不确定会在县城待多久，”她说，“但至少现在，我愿意在这里试一试。”",
        ])
    # crossheads as ("cross", text) are turned into layout Cross items below
    from layout import Cross
    a.paras = [Cross(p[1]) if isinstance(p, tuple) else p for p in a.paras]
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    # pull quote 1 after the 3rd paragraph (between paragraphs); pull quote 2 inside a sentence
    p1, p2, p3 = Page.chunks(items, [13, 24])
    pg.emit(a, p1)
    pg.gap()
    pg.furniture(["“在县城，我第一次觉得", "时间是自己的。”"], "pull quote 1")
    pg.gap()
    pg.emit(a, p2)
    pg.gap()
    pg.furniture(["小店要活下去，", "得找到自己的“差异化”，把熟客留住。"], "pull quote 2")
    pg.gap()
    pg.emit(a, p3)
    pg.line(a, "（作者单位：江南大学社会学院）", "note")
    pg.gap()
    pg.furniture(["图｜梁溪县老街上的一家独立书店。　受访者供图"], "photo caption")
    pg.gap()
    s = Article(
        "s", "返乡青年的“三本账”",
        notes="Boxed sidebar with its own headline, unsigned; its source line （资料来源：…） is not body.",
        paras=[
            "收入账：受访返乡青年中，约六成表示收入较在大城市时有所下降，但超过七成认为扣除房租和通勤后的“可支配收入”基本持平甚至有所增加。",
            "时间账：返乡青年平均每天通勤时间由大城市的约80分钟缩短至20分钟以内，陪伴家人的时间明显增加。",
            "发展账：最大的顾虑集中在职业发展空间、子女教育和社交圈子三个方面。",
        ])
    pg.headline(s)
    pg.gap()
    pg.body(s)
    pg.furniture(["（资料来源：梁溪县返乡青年问卷调查，样本量1200份）"], "sidebar source line")
    pg.gap()
    pg.furniture(["责任编辑：苏一苇　　26"], "footer with editor and page number")
    return pg


# ---------------------------------------------------------------------------
def s04() -> Page:
    """国内/国际 简讯 digest: ◆ run-in titles, ▲【…】 run-in titles."""
    pg = Page("s04.txt", cols=38, indent="  ", blanks="never", seed=804,
              style="简讯 digest: 国内 items with ◆ run-in bold titles, 国际 items with ▲【…】 run-in titles, （据新华社） credits, label lines 国内简讯 / 国际简讯")
    pg.furniture(["江淮商报　综合新闻　A4", cn_date(2028, 3, 9), "本版编辑　邝若禾"], "page header")
    home = [
        Article("h1", "长江干线港口货物吞吐量稳步增长", lead="◆长江干线港口货物吞吐量稳步增长　",
                paras=["今年前两个月，长江干线港口完成货物吞吐量5.7亿吨，同比增长4.8%，其中集装箱吞吐量增长8.2%。"]),
        Article("h2", "全国首个氢能重卡换电站投运", lead="◆全国首个氢能重卡换电站投运　",
                tail="（据新华社）", byline="（据新华社）",
                notes="Run-in ◆ title; source credit （据新华社） run in at the end, excluded from last (byline, no person).",
                paras=["位于西岭省临关市的氢能重卡综合能源站3月7日投入运营，可同时为氢能重卡加氢和为电动重卡换电，单车换电时间约5分钟。"]),
        Article("h3", "三部门部署春季农村道路安全整治", lead="◆三部门部署春季农村道路安全整治　",
                paras=["交通运输部等三部门近日联合部署开展春季农村道路交通安全专项整治，重点排查临水临崖、急弯陡坡等危险路段，年内完成隐患整改1.2万处。整治期间，各地将加大对农用车违法载人、面包车超员等行为的查处力度。"]),
    ]
    abroad = [
        Article("w1", "东南亚港口扩建加速", lead="▲【东南亚港口扩建加速】",
                notes="Run-in title in 【】 after ▲; the brackets are not part of the title.",
                paras=["据当地媒体报道，为应对航运需求增长，东南亚多国正加快港口扩建。其中，某国最大集装箱港的新码头将于年内投入使用，届时年吞吐能力将提高约30%。"]),
        Article("w2", "欧洲多国上调今年经济增长预期", lead="▲【欧洲多国上调今年经济增长预期】",
                tail="（据新华社）", byline="（据新华社）",
                notes="Run-in title in 【】 after ▲; source credit （据新华社） run in at the end, excluded from last (byline, no person).",
                paras=["欧洲多国统计和研究机构近日发布报告，小幅上调今年经济增长预期，认为通胀回落和能源价格趋稳有助于居民消费恢复。但报告也提醒，制造业复苏仍较疲弱。"]),
        Article("w3", "南美铜矿产量预计增长", lead="▲【南美铜矿产量预计增长】",
                paras=["行业机构预计，受新矿投产带动，南美地区今年铜矿产量将增长约4%，全球铜精矿供应紧张状况有望缓解。"]),
    ]
    pg.furniture(["国内简讯"], "column label 国内简讯")
    for art in home:
        art.section = "国内简讯"
        if not art.notes:
            art.notes = "Run-in ◆ title on the first body line (title_line = body_start)."
        pg.body(art, head_role=True)
    pg.furniture(["国际简讯"], "column label 国际简讯")
    for art in abroad:
        art.section = "国际简讯"
        pg.body(art, head_role=True)
    pg.furniture(["（本版稿件除署名外均据本报综合）"], "credit line")
    return pg


PAGES = [s01, s02, s03, s04]
