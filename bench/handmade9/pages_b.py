"""Pages t05-t08 of handmade9 (held out; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, Raw, cn_date, wrap


# ---------------------------------------------------------------------------
def t05() -> Page:
    """Industry weekly: 引题 + 主题 + 副题 on several articles, one kicker only, one bare headline."""
    pg = Page("t05.txt", cols=26, indent="  ", blanks="never", seed=905,
              style="industry weekly (装备制造): 引题 + 主题 + ——副题; 引题 + 主题 only; 主题 + 副题 without dash; bare one-line headline with run-in 本报讯; byline lines 本报记者 X 通讯员 Y, 本报见习记者 X; no blank line anywhere")
    pg.furniture(["机电产业周报", cn_date(2029, 7, 12) + "　第27期", "第3版　产业·装备"], "page header")
    a = Article(
        "a", "工业母机产业集群年产值突破千亿",
        subtitle="——东川培育链主企业17家，关键功能部件本地配套率提至62%",
        byline="本报记者　祝维舟", authors=["祝维舟"],
        notes="引题 '锚定高端化　补齐关键环节' above the 主题 is not part of the title; subtitle holds the ——副题 "
              "(the kicker is not added there because the headline is printed between them).",
        paras=[
            "东川市工信局近日发布数据，2028年全市工业母机产业集群实现产值1036亿元，同比增长14.3%，成为该市第三个千亿级产业集群。",
            "东川是国内重要的机床生产基地之一，但长期以来，数控系统、精密主轴、滚珠丝杠等关键功能部件主要依赖外地甚至进口。近年来，当地以整机企业为“链主”，按照“一链一图一策”梳理配套缺口，先后引进和培育功能部件企业40余家。",
            "记者在东川高新区看到，东机集团的五轴联动加工中心装配线上，摆放着本地企业生产的电主轴和转台。东机集团副总经理彭远山介绍，三年前这些部件七成要从外地采购，如今本地配套率已经超过一半，“交货周期缩短了一个月，整机成本降了约8%”。",
            "东川市工信局负责人表示，今年将重点推进高档数控系统攻关和中小企业数字化改造，力争到2030年集群产值突破1300亿元。",
        ])
    b = Article(
        "b", "叉车出口连续五个月两位数增长", subtitle="订单饱满　产能吃紧",
        byline="本报记者　骆知行　通讯员　宁雪", authors=["骆知行", "宁雪"],
        notes="Only an 引题 (kicker) above the headline, no 副题: the kicker is recorded as subtitle.",
        paras=[
            "海关数据显示，今年1月至6月，我国叉车出口量同比增长18.6%，已连续五个月保持两位数增长，其中锂电池叉车出口占比超过六成。",
            "在临港开发区的一家叉车企业，总装车间实行两班倒生产，仍有不少订单排到了9月以后。企业负责人说，欧洲和东南亚市场对电动叉车需求旺盛，公司正在新建一条年产2万台的生产线。",
            "业内人士提醒，海外市场贸易政策变化较快，企业应加强本地化服务网络建设，防范汇率和物流成本波动带来的风险。",
        ])
    c = Article(
        "c", "减速器企业扎堆扩产", subtitle="价格战苗头初现，业内呼吁理性投资",
        byline="本报见习记者　晏清", authors=["晏清"],
        notes="副题 printed under the headline without a dash.",
        paras=[
            "受工业机器人和人形机器人概念带动，精密减速器成为今年装备制造领域最热门的投资方向之一。据不完全统计，上半年国内已有20余家企业宣布新建或扩建减速器产能，规划年产能合计超过300万台。",
            "产能快速扩张的同时，价格竞争已初露端倪。一家谐波减速器企业的销售负责人透露，部分中小厂商的报价比去年下降了两到三成，“有的已经接近成本线”。",
            "中国某机械行业协会专家认为，减速器行业的核心竞争力在于精度保持性和寿命，企业应把更多资源投入材料、工艺和检测，而不是简单地扩大规模。",
        ])
    d = Article(
        "d", "全国机床展9月在滨海举办", lead="本报讯　",
        notes="Bare one-line headline; unsigned, run-in 本报讯 excluded from first.",
        paras=[
            "第十九届全国机床与工具展览会将于9月18日至21日在滨海国际会展中心举办，展览面积12万平方米，预计参展企业1600余家，其中境外企业约占两成。展会期间还将举办数控系统、智能工厂等主题论坛20余场。",
        ])
    e = Article(
        "e", "一家泵企的转型账", subtitle="——三年服务收入占比从5%提高到27%",
        byline="本报记者　祝维舟", authors=["祝维舟"],
        notes="引题 '从“卖设备”到“卖服务”' above the 主题 is not part of the title; subtitle holds the ——副题.",
        paras=[
            "“过去我们卖出一台泵，就等着下一台订单。现在卖出一台泵，服务才刚刚开始。”江屿泵业董事长韩立松这样概括公司三年来的变化。",
            "2026年起，江屿泵业在出厂的每台工业泵上加装传感器，实时采集振动、温度和能耗数据，为客户提供远程监测、预测性维护和节能改造服务。目前，公司接入平台的设备已超过1.2万台。",
            "转型带来了新的收入来源。去年，江屿泵业服务收入达到3.1亿元，占营业收入的27%，而三年前这一比例只有5%左右。服务业务的毛利率也比设备销售高出十多个百分点。",
            "韩立松坦言，转型初期并不顺利，客户对数据安全心存顾虑，公司的服务团队也需要从头搭建。“最难的是改变观念，让销售人员明白，客户要的不是一台泵，而是稳定、省电的流体系统。”",
        ])
    pg.kicker(a, "锚定高端化　补齐关键环节")
    pg.article(a, order=("headline", "subtitle", "byline", "body"))
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.article(c, order=("headline", "subtitle", "byline", "body"))
    pg.article(d, order=("headline", "body"))
    pg.kicker(e, "从“卖设备”到“卖服务”")
    pg.article(e, order=("headline", "subtitle", "byline", "body"))
    pg.furniture(["本版责编：穆思齐　电话：010-64652718"], "footer editor line")
    return pg


# ---------------------------------------------------------------------------
def t06() -> Page:
    """理论 page: one long essay with 一、二、三、 crossheads and （一） run-in sub-points; author line with (作者单位：…); a 学术动态 item."""
    pg = Page("t06.txt", cols=44, indent=FW * 2, blanks="arts", seed=906,
              style="理论 page: essay (about 950 chars of body) with author line X（作者单位：…） under the headline, 一、二、三、 crossheads and （一）（二） run-in sub-points; 学术动态 label over an unsigned item with run-in 本报讯; blank lines only between articles")
    pg.furniture(["东川日报　理论周刊", cn_date(2029, 9, 3) + "　第11版", "本版主编：乔慕远"], "page header")
    pg.blank()
    a = Article(
        "a", "以县域经济高质量发展夯实共同富裕基础", byline="祁望舒（作者单位：东川大学经济学院）",
        authors=["祁望舒"], kind="commentary",
        notes="Author line under the headline: name with （作者单位：…） on one line, recorded as byline; the name is the author. "
              "一、二、三、 crossheads and the （一）（二） sub-point sentences run in at the start of paragraphs are body. "
              "Theory essay filed as commentary (signed opinion piece).",
        paras=[
            "县域是城乡融合发展的重要切入点，也是扎实推进共同富裕的关键一环。我国县域人口占全国总人口的一半以上，县域经济总量约占全国的四成。推动县域经济高质量发展，既是缩小城乡差距、地区差距和收入差距的现实需要，也是畅通国内大循环的重要支撑。",
            Cross("一、准确把握县域经济发展的新特征"),
            "（一）产业结构由“小而散”向“专而精”转变。过去，不少县域产业门类多而不强，企业规模小、配套能力弱。近年来，一批县域立足资源禀赋和产业基础，集中力量培育一两个主导产业，形成了一批特色鲜明的产业集群。",
            "（二）发展动力由要素投入向创新驱动转变。随着土地、劳动力等要素成本上升，依靠低成本扩张的路子越走越窄。数字技术的普及，使县域企业有条件以较低成本获取技术、人才和市场信息。",
            "（三）城乡关系由单向流动向双向互动转变。人口、资金、技术等要素开始在城乡之间双向流动，返乡创业、城市资本下乡、农产品上行的渠道日益畅通。",
            Cross("二、清醒认识当前面临的突出问题"),
            "一是产业同质化竞争仍然存在。一些县域盲目跟风发展热门产业，招商引资比拼优惠政策，造成资源浪费和低水平重复建设。",
            "二是公共服务短板比较明显。县域教育、医疗、养老等公共服务的质量与城市相比仍有差距，这是年轻人才“引不来、留不住”的重要原因。",
            "三是财政和金融支撑能力偏弱。部分县级财政收支矛盾突出，地方债务压力较大；县域金融机构服务能力有限，中小企业融资难、融资贵问题仍未根本解决。",
            Cross("三、多措并举推动县域经济高质量发展"),
            "（一）因地制宜发展特色产业。要立足本地资源、区位和产业基础，找准在区域分工中的定位，宜工则工、宜农则农、宜商则商、宜游则游，避免“一哄而上”。",
            "（二）提升县城综合承载能力。要把县城作为城乡融合发展的重要载体，补齐市政设施和公共服务短板，增强县城对人口和产业的吸引力，促进农业转移人口就近就地城镇化。",
            "（三）深化县域体制机制改革。要持续优化营商环境，稳妥推进扩权强县改革，完善财政转移支付和激励约束机制，引导金融机构加大对县域重点领域的信贷投放。",
            "（四）强化人才和科技支撑。要健全返乡入乡人才激励机制，推动高校、科研院所与县域企业开展合作，建设一批面向县域产业的公共技术服务平台。",
            "县域强则国家强，县域富则百姓富。只有坚持把县域作为一个整体来谋划，统筹产业、城镇、人口和公共服务协调发展，才能让县域经济真正成为推动共同富裕的坚实基础。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "县域经济与共同富裕研讨会在东川举行", section="学术动态", lead="本报讯　",
        notes="Column label 学术动态 above the headline is the section; unsigned item, run-in 本报讯 excluded from first.",
        paras=[
            "8月30日，由东川大学经济学院和省社科联联合主办的县域经济与共同富裕研讨会在东川举行。来自省内外高校和研究机构的60余位专家学者参加会议。",
            "与会专家围绕县域产业转型升级、县城公共服务供给、城乡要素双向流动等议题进行了深入交流，认为推动县域高质量发展，关键在于找准特色、激活改革、留住人才。",
        ])
    pg.furniture(["学术动态"], "column label")
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["投稿邮箱：llzk@dcrb-example.cn　　责任编辑：闻一舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def t07() -> Page:
    """市县 page of narrow columns; two neighbouring articles extracted interleaved, two lines at a time."""
    pg = Page("t07.txt", cols=13, indent=FW * 2, blanks="some", seed=907, p_para=0.25, p_gap=0.5,
              style="city daily 市县 page, 13-char columns: two neighbouring articles extracted interleaved for a stretch, mostly two lines at a time (A 6, B head+2, A 2, B 2, A 2, B 3, A rest, B rest), switches in mid-sentence; then a normal item signed （通讯员 X） at the end")
    pg.furniture(["云岭日报", cn_date(2029, 10, 23) + "　5", "市县新闻"], "page header")
    pg.blank()
    a = Article(
        "a", "鹤鸣镇竹编订单排到明年春天", byline="本报记者　蓝舒　通讯员　谷雨晴", authors=["蓝舒", "谷雨晴"],
        notes="Extracted interleaved with the neighbouring column (青塘县…), a few lines at a time, so the body is in pieces.",
        paras=[
            "走进鹤鸣镇竹艺产业园，几十名竹编艺人正围坐在工作台前，手中的竹丝上下翻飞，一只只竹篮、果盘和灯罩渐渐成形。",
            "“今年的订单已经排到明年春天了。”园区负责人毛家骏说，产品主要销往欧洲和日本，也通过电商平台卖到国内各大城市，今年前三季度销售额达到4600万元，比去年全年还多。",
            "鹤鸣镇有三百多年的竹编历史，但过去多是家庭作坊，产品样式老、卖不上价。近年来，镇里请来设计院校的老师开发新品，把竹编与灯具、家居软装结合起来，单件产品的价格提高了两三倍。",
            "目前，全镇从事竹编的群众有2800多人，人均年增收约1.5万元。",
        ])
    b = Article(
        "b", "青塘县首批农村“共富工坊”挂牌", head=["青塘县首批农村", "“共富工坊”挂牌"],
        byline="本报讯（记者　邬晴川）", authors=["邬晴川"], lead="本报讯（记者　邬晴川）",
        notes="Two-line headline, joined. Extracted interleaved with the neighbouring column (鹤鸣镇…), so the body is in pieces; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "10月20日，青塘县首批12家农村“共富工坊”集中挂牌。工坊由企业提供订单、设备和技术培训，村集体提供场地，村民在家门口就能就业。",
            "首批工坊涉及服装加工、电子元件组装、农产品初加工等项目，可吸纳就业800余人，预计带动村民人均月增收2000元以上。",
            "县人社局负责人介绍，年内还将新建工坊20家，并对吸纳脱贫人口就业的工坊给予补贴。",
        ])
    c = Article(
        "c", "临溪区开通首条“农货专线”公交", head=["临溪区开通首条", "“农货专线”公交"], byline="（通讯员　巫小蔓）", authors=["巫小蔓"], tail="（通讯员　巫小蔓）",
        lead="本报讯　",
        notes="Normal item after the interleaved stretch; two-line headline, joined; signature （通讯员 X） run in at the end, excluded from last.",
        paras=[
            "近日，临溪区开通首条“农货专线”公交，每天早晚各两班，把沿线8个村的蔬菜、禽蛋和水果运往城区农贸市场和社区生鲜店。",
            "专线实行“客货兼顾”，村民可随车携带农产品进城售卖，也可委托司机代运，每件收费2元。开通一周来，专线日均运送农产品约1.2吨。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    ai = pg.render_body(a)
    bi = pg.render_body(b)
    A = Page.chunks(ai, [6, 2, 2])
    B = Page.chunks(bi, [2, 2, 3])
    pg.emit(a, A[0])
    pg.headline(b)
    pg.emit(b, B[0])
    pg.emit(a, A[1])
    pg.emit(b, B[1])
    pg.emit(a, A[2])
    pg.emit(b, B[2])
    pg.emit(a, A[3])
    pg.gap()
    pg.emit(b, B[3])
    pg.gap()
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：钟离岚　校对：孔小溪"], "footer editors")
    return pg


# ---------------------------------------------------------------------------
def t08() -> Page:
    """Reader-service page: letter signed at the end, service article, consumer warning, 征集启事 notice, weather/traffic box."""
    pg = Page("t08.txt", cols=28, indent="", blanks="para", seed=908,
              style="晚报 读者服务 page: weather and traffic box at the top; 读者来信 (label, headline, letter signed on its own line after the body, then an editor's note in brackets; 编辑同志： salutation as the first body paragraph); 本报记者 X service article; 消费提示 from an authority (unsigned); 征集启事 notice with signature and date (not an article)")
    pg.furniture(["东川晚报　读者服务", cn_date(2029, 11, 6) + "　A10"], "page header")
    pg.blank()
    pg.furniture(["今日天气", "市区：多云转小雨　东北风3级　14℃～21℃", "明日：小雨转阴　12℃～17℃",
                  *wrap("交通提示：11月6日至20日，滨江路（长安桥至望潮路段）夜间22时至次日6时半幅封闭施工，请绕行。", 28)],
                 "weather and traffic box")
    pg.blank()
    a = Article(
        "a", "小区门口的快递柜何时能恢复使用", byline="江宁区　读者　柴文博", authors=["柴文博"],
        section="读者来信",
        notes="Column label 读者来信 is the section; the letter's signature line after the body is the byline; "
              "the salutation 编辑同志： is the first body paragraph; the bracketed editor's note after the signature (（本报已将来信转交…）) is not body.",
        paras=[
            "编辑同志：",
            "我家住在江宁区枫林苑小区。小区门口原来有两组智能快递柜，取件很方便。今年9月，物业说快递柜所属公司和物业的合同到期，快递柜被断电停用，到现在已经两个多月了。",
            "快递柜停用后，快递员只能把包裹堆在小区门卫室，门卫室空间小，包裹经常堆到门外，下雨天被淋湿，还发生过好几次拿错、丢件的情况。小区里老人多，有的老人要来回跑好几趟才能找到自己的包裹。",
            "我们向物业反映过多次，物业说在和快递柜公司谈，但一直没有结果。希望有关部门能协调一下，让快递柜早日恢复使用。",
        ])
    pg.furniture(["读者来信"], "column label")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.furniture(["（本报已将来信转交江宁区住建局，并将持续关注）"], "editor's note after the letter")
    pg.gap()
    b = Article(
        "b", "社保卡换新可在社区就近办理", byline="本报记者　尤思琪", authors=["尤思琪"],
        notes="Byline line 本报记者 X under the headline.",
        paras=[
            "记者从市人社局获悉，即日起，全市138个社区服务中心开通第三代社保卡“即时制卡”服务，市民携带身份证即可现场申领，最快10分钟拿卡。",
            "第三代社保卡除具备原有的医保结算、社保查询等功能外，还可用于乘坐公交地铁、借阅图书和进入公园景区。市人社局提醒，第二代社保卡目前仍可正常使用，市民无需集中换卡，以免排队等候。",
            "行动不便的老年人和残疾人，可拨打12333热线预约上门办卡服务。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "办理预付卡请警惕“跑路”风险", section="消费提示",
        notes="Column label 消费提示 is the section; unsigned warning issued by the market regulator (the authority is not a byline person): no byline, no authors.",
        paras=[
            "年底将至，健身、美容、洗车、教育培训等行业的预付卡促销活动增多。市市场监管局提醒消费者，办理预付卡要注意以下几点：",
            "一是选择证照齐全、经营时间较长、信誉良好的商家，不要被“充一万送五千”等高额优惠吸引；二是签订书面合同，明确服务内容、有效期和退卡条件，保存好付款凭证；三是坚持“小额、短期”原则，单次充值金额不宜过大。",
            "发现商家停业、转让或者拒不退款的，消费者可拨打12315热线投诉，或通过全国12315平台在线维权。",
        ])
    pg.furniture(["消费提示"], "column label")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["征集启事", *wrap("为庆祝东川晚报创刊四十周年，本报即日起面向广大读者征集与本报有关的老照片、老报纸和读报故事。来稿请注明姓名和联系方式，一经采用，将赠送纪念报一份。", 28, FW * 2), "征集邮箱：dcwb40@example.cn", "东川晚报社", "2029年11月6日"], "征集启事 notice (not an article)")
    pg.gap()
    pg.furniture(["读者服务热线：0898-66102212　编辑　汤雪　校对　邢晓"], "footer")
    return pg


PAGES = [t05, t06, t07, t08]
