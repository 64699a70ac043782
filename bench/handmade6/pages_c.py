"""Pages q09-q12 of handmade6 (all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def _wrapped(lines: list[str], cols: float) -> list[str]:
    """Notice text as printed in a column: long lines wrapped, short ones kept."""
    return [ln for text in lines for ln in (wrap(text, cols) if text else [""])]


def q09() -> Page:
    """公告/广告-heavy page: one article among notices, ads and a listed-company announcement."""
    pg = Page("q09.txt", cols=34, indent=FW * 2, blanks="some", seed=609, p_para=0.4,
              style="公告/广告 page: one article plus 遗失声明, 招聘, listed-company 公告 (证券代码/公告编号), none of them articles")
    pg.furniture(["滨海商报", cn_date(2026, 12, 9) + "　B4　公告·服务", "广告热线：0532-8100xxxx"],
                 "page header")
    pg.blank()
    pg.furniture(_wrapped(["遗失声明", "滨海市嘉禾商贸有限公司不慎遗失公章一枚，编号3702030012345，声明作废。",
                  "特此声明。", "2026年12月8日"], 34), "lost-seal statement")
    pg.blank()
    a = Article(
        "a", "滨海自贸片区跨境电商出口同比增长近五成", byline="本报记者　钟雅琪", authors=["钟雅琪"],
        notes="The only article on the page.",
        paras=[
            "记者从滨海自贸片区管委会获悉，今年前11个月，片区跨境电商出口货值达186亿元，同比增长48.7%，跨境电商企业数量增至1260家。",
            "片区管委会相关负责人介绍，今年片区新建公共海外仓6个，海外仓总面积超过30万平方米，覆盖欧美、中东和东南亚主要市场。同时，片区推出“跨境电商一站式服务平台”，企业通关、结汇、退税等业务可以线上一次办结。",
            "在片区一家主营户外用品的跨境电商企业，负责人孙昊告诉记者，借助海外仓，企业商品从下单到送达的时间由原来的二十天左右缩短至三到五天，退货处理也更加便捷，“今年‘黑五’期间，我们的订单量比去年翻了一番”。",
            "据悉，明年片区将重点培育跨境电商品牌企业，支持企业开展海外商标注册和品牌推广，力争跨境电商出口突破250亿元。",
        ])
    pg.article(a)
    pg.blank()
    pg.furniture(_wrapped(["招　聘", "滨海恒昌物流有限公司因业务发展需要，诚聘：",
                  "1.仓储主管2名，大专以上学历，三年以上相关工作经验；",
                  "2.叉车司机5名，持有效证件；", "3.客服专员3名，普通话标准。",
                  "待遇面议，缴纳五险一金。联系人：许先生　电话：0532-8566xxxx"], 34),
                 "recruitment ad")
    pg.blank()
    pg.furniture(_wrapped(["证券代码：603871　证券简称：海澄股份　公告编号：2026-058",
                  "海澄科技股份有限公司", "关于召开2026年第二次临时股东大会的通知",
                  "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。",
                  "一、召开会议的基本情况", "（一）股东大会类型和届次：2026年第二次临时股东大会",
                  "（二）现场会议召开的日期、时间和地点：2026年12月25日14点00分，在公司三楼会议室召开。",
                  "二、会议审议事项", "1.关于变更部分募集资金投资项目的议案",
                  "特此公告。", "海澄科技股份有限公司董事会", "2026年12月9日"], 34),
                 "listed-company notice (证券代码 / 公告编号)")
    pg.blank()
    pg.furniture(["本版广告内容由广告主负责"], "footer")
    return pg


# ---------------------------------------------------------------------------
def q10() -> Page:
    """International page: 据路透社报道 openings, 本报驻X记者 bylines, 【环球视线】 label."""
    pg = Page("q10.txt", cols=24, indent="", blanks="some", seed=610, p_para=0.5,
              style="international page: 据路透社报道 openings, 本报驻X记者 X bylines, 【环球视线】 column label")
    pg.furniture(["国际经济　第11版", cn_date(2026, 12, 4), "本版编辑：卓文"], "page header")
    pg.blank()
    w = Article(
        "w", "全球航运运价年末走高", section="环球视线", byline="本报驻新加坡记者　钱思涵",
        authors=["钱思涵"],
        notes="Column label 【环球视线】 above the headline goes to section.",
        paras=[
            "据路透社报道，受年末补库存需求和部分航线运力调整影响，12月第一周亚洲至欧洲航线集装箱运价环比上涨12%，亚洲至美西航线运价上涨8%。",
            "新加坡一家航运咨询机构的分析师表示，今年全球集装箱船队运力增长较快，但部分航线绕行导致有效运力下降，运价出现阶段性反弹。",
            "分析人士预计，随着明年一季度新船集中交付，运价上涨的势头可能难以持续。不过，地缘政治因素仍给航运市场带来较大不确定性。",
            "新加坡港务部门数据显示，今年前10个月，新加坡港集装箱吞吐量同比增长5.1%，港口拥堵情况较年中有所缓解。",
        ])
    pg.kicker(w, "【环球视线】")
    pg.article(w)
    pg.gap()
    e = Article(
        "e", "欧洲央行维持利率不变", byline="本报驻法兰克福记者　葛晓帆", authors=["葛晓帆"],
        paras=[
            "据路透社报道，欧洲中央银行12月3日宣布，维持三大关键利率不变。这是欧洲央行连续第三次议息会议按兵不动。",
            "欧洲央行在声明中表示，欧元区通胀率已接近2%的目标水平，但服务业价格上涨仍较快，需要继续保持谨慎。",
            "欧元区统计局此前公布的数据显示，欧元区11月调和消费者物价指数同比上涨2.1%，三季度经济环比增长0.2%。",
        ])
    pg.article(e)
    pg.gap()
    j = Article(
        "j", "日本企业加大对东南亚投资", byline="本报驻东京记者　白景行", authors=["白景行"],
        paras=[
            "日本贸易振兴机构近日发布的调查显示，约四成受访日本企业计划在未来三年扩大在东南亚的业务，越南和印度尼西亚是最受关注的投资目的地。",
            "调查显示，日本企业看重东南亚市场的增长潜力和相对较低的人力成本。汽车零部件、电子元器件和食品加工是投资最集中的行业。",
        ])
    pg.article(j)
    pg.gap()
    s = Article(
        "s", "中东主权基金加码新能源项目",
        paras=[
            "据路透社报道，中东地区多家主权财富基金近期宣布加大对新能源项目的投资，重点投向光伏、氢能和储能领域。",
            "其中，一家海湾国家主权基金计划在未来五年内投资约300亿美元，用于国内外的可再生能源项目。分析人士认为，中东产油国正加快推动经济多元化转型。",
        ],
        notes="No byline.")
    pg.article(s)
    pg.gap()
    k = Article(
        "k", "肯尼亚与多国签署农产品贸易协议", byline="本报驻内罗毕记者　严书恒", authors=["严书恒"],
        paras=[
            "肯尼亚贸易部12月2日表示，该国已与5个国家签署农产品贸易便利化协议，涉及茶叶、咖啡、鲜花和牛油果等产品。",
            "肯尼亚贸易部长表示，协议将简化检验检疫程序，降低出口企业成本。去年，肯尼亚农产品出口额约为45亿美元，占出口总额的一半以上。",
        ])
    pg.article(k)
    pg.gap()
    pg.furniture(["本版图片均来自网络"], "footer")
    return pg


# ---------------------------------------------------------------------------
def q11() -> Page:
    """County paper with PDF artifacts."""
    pg = Page("q11.txt", cols=18, indent="  ", blanks="some", seed=611, p_para=0.25,
              style="县级报 with artifacts: repeated header inside a body, stray page number, justified letter-spaced body lines, photo caption with 摄 credit cutting a sentence")
    header = "清源报　2026年12月2日　综合新闻"
    pg.furniture([header, "第2版　编辑：温小满"], "page header")
    pg.blank()
    a = Article(
        "a", "我县深化“放管服”改革优化营商环境", byline="本报记者　施家宁", authors=["施家宁"],
        notes="The 3rd, 9th and 14th body lines are printed letter-spaced (justified line tracking: 深 化 、 执 行 体 …); the repeated page header is printed inside the body.",
        paras=[
            "今年以来，我县持续深化“放管服”改革，聚焦企业和群众办事的难点堵点，推出一系列便民利企举措，营商环境持续优化。",
            "在县政务服务中心，企业开办实现“一网通办、一窗受理、一日办结”。今年前11个月，全县新登记各类市场主体3260户，同比增长14.5%。",
            "县里还建立了重点项目“全程代办”机制，由专人负责项目审批全流程跟踪服务。全县42个重点项目平均审批时间比去年缩短了30个工作日。",
            "县营商环境办负责人表示，明年将继续深化、执行体制机制改革，推动更多政务服务事项实现“掌上办”“就近办”。",
        ])
    items = justify(pg.render_body(a), [2, 8, 13])
    a1, a2 = Page.chunks(items, [14])
    pg.article(a, order=("headline", "byline"))
    pg.gap()
    pg.emit(a, a1)
    pg.furniture([header], "repeated page header")
    pg.emit(a, a2)
    pg.gap()
    pg.furniture(["2"], "stray page number")
    pg.gap()
    b = Article(
        "b", "清河镇冬季农田水利建设全面铺开", byline="本报讯（通讯员　黎秋）", authors=["黎秋"],
        lead="本报讯（通讯员　黎秋）",
        notes="A photo caption with 摄 credit is printed in the middle of a sentence of the body.",
        paras=[
            "连日来，清河镇抢抓冬季有利时机，组织干部群众开展农田水利基本建设，清淤沟渠、加固塘坝、修建机耕道。",
            "今冬明春，全镇计划完成沟渠清淤38公里，新建和改造小型灌溉泵站12座，新增和改善灌溉面积1.2万亩，为明年农业丰收打下坚实基础。",
        ])
    items = pg.render_body(b)
    b1, b2 = Page.chunks(items, [2])
    pg.article(b, order=("headline",))
    pg.gap()
    pg.emit(b, b1)
    pg.furniture(["图为清河镇村民清淤沟渠。", "本报记者　施家宁　摄"], "photo caption with credit")
    pg.emit(b, b2)
    pg.gap()
    c = Article(
        "c", "县人民医院开通远程会诊平台", byline="本报记者　何以宁", authors=["何以宁"],
        paras=[
            "12月1日，县人民医院远程会诊平台正式开通，与省人民医院等3家三甲医院实现远程联网。",
            "患者在县里就能享受省级专家的诊疗服务，减少了往返奔波。",
        ])
    items = justify(pg.render_body(c), [1])
    pg.article(c, order=("headline", "byline"))
    pg.gap()
    pg.emit(c, items)
    pg.gap()
    d = Article(
        "d", "我县茶叶出口首次突破千吨", byline="（乔青）", authors=["乔青"], tail="（乔青）",
        notes="Credit （乔青） run in at the end of the body, excluded from last.",
        paras=["记者从县商务局获悉，今年我县茶叶出口量达1080吨，首次突破千吨大关，出口额同比增长21%，产品销往中亚和中东等地区。"])
    pg.article(d, order=("headline", "body"))
    pg.gap()
    pg.furniture(["本报地址：清源县人民路18号　邮编：335500"], "footer")
    return pg


# ---------------------------------------------------------------------------
def q12() -> Page:
    """评论 page: three signed opinion pieces and an 编者按."""
    pg = Page("q12.txt", cols=32, indent=FW * 2, blanks="para", seed=612,
              style="评论 page: □X, 作者：X, X（作者系…） signatures, one 编者按, 短评 by 本报评论员")
    pg.furniture(["财经评论周报　评论", cn_date(2026, 12, 10) + "　第2版", "主编：柏云舟"], "page header")
    pg.blank()
    pg.furniture(wrap("编者按：近期，关于平台经济常态化监管的讨论持续升温。本版今日刊发两篇文章，从不同角度探讨这一话题，欢迎读者参与讨论。", 32),
                 "编者按 (editor's note)")
    pg.blank()
    c1 = Article(
        "c1", "平台经济健康发展需要稳定预期", kind="commentary", byline="□ 韦之舟", authors=["韦之舟"],
        paras=[
            "平台经济在促进消费、扩大就业、推动创新等方面发挥着重要作用。推动平台经济健康发展，关键在于给市场主体稳定的政策预期。",
            "常态化监管的要义在于“常”，即规则公开透明、执法标准统一，既不搞运动式整治，也不放任无序扩张。企业知道边界在哪里，才敢于长期投入。",
            "同时，监管也要与时俱进。平台业态变化快，新问题层出不穷，监管部门应加强与企业的沟通，完善事前引导、事中监测、事后处置的全链条监管体系。",
        ])
    pg.article(c1)
    pg.gap()
    c2 = Article(
        "c2", "让平台规则更好保护中小商户", kind="commentary", byline="作者：诸葛兰", authors=["诸葛兰"],
        paras=[
            "对于入驻平台的中小商户来说，平台规则直接关系到经营成本和生存空间。近年来，一些平台频繁调整收费规则、强制参加促销活动，引发不少商户抱怨。",
            "保护中小商户的合法权益，一方面需要监管部门督促平台规范收费行为，公开规则修订程序；另一方面也需要畅通商户的申诉渠道，让商户的声音能够被听到。",
            "平台与商户是共生关系。平台只有让商户赚到钱，才能实现自身的可持续发展。",
        ])
    pg.article(c2)
    pg.gap()
    c3 = Article(
        "c3", "县域消费潜力有待深挖", kind="commentary",
        byline="邝明远（作者系南江财经大学消费经济研究中心主任）", authors=["邝明远"],
        notes="Signature line 邝明远（作者系…） under the headline.",
        paras=[
            "扩大内需，县域是一片广阔天地。我国县域常住人口超过7亿，县域消费市场规模占全国社会消费品零售总额的比重接近四成。",
            "但与城市相比，县域消费仍存在商业设施不足、商品和服务供给质量不高、物流配送成本偏高等问题。不少县城居民的中高端消费需求，只能通过到大城市或网上购物来满足。",
            "挖掘县域消费潜力，要补齐商业设施短板，推动连锁品牌下沉，完善县乡村三级物流配送体系。要提升服务消费供给，发展养老、托育、文化旅游等服务业态。",
            "更重要的是，要通过发展县域产业、增加就业岗位来提高居民收入。收入增长了，消费才有底气。",
        ])
    pg.article(c3)
    pg.gap()
    c4 = Article(
        "c4", "“以旧换新”要算好长远账", kind="commentary", section="短评", byline="本报评论员　柏云舟",
        authors=["柏云舟"],
        paras=[
            "消费品以旧换新政策带动了汽车、家电等大宗消费。政策在释放短期需求的同时，更要着眼长远，完善回收利用体系，推动形成消费升级和循环利用的良性循环。",
        ])
    pg.kicker(c4, "短评")
    pg.article(c4)
    pg.gap()
    pg.furniture(["来稿请寄：pinglun@jjgcb-example.cn"], "footer")
    return pg


PAGES = [q09, q10, q11, q12]
