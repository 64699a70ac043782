"""Pages j05-j08 of handmade23 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def j05() -> Page:
    """Science and technology daily 专家视点 page, NO indent: label 专家视点 over a comment (headline, byline line
    □　X, body, bio line （作者系…）); a comment whose body comes FIRST and whose headline, byline line (two
    names) and 作者单位 line are printed AFTER it; label 一家之言 over a short comment with 文／X; 征稿启事."""
    pg = Page("j05.txt", cols=36, indent="", blanks="some", seed=2305, p_para=0.5, p_gap=0.85,
              style="science and technology daily 专家视点 page, NO indent, blank lines sometimes: header on two lines (paper + date with weekday; page number + 版名); label 专家视点 over a comment with byline line □　X and a bio line （作者系…） after the body; then a comment whose body comes FIRST (right after that bio line) and whose headline, byline line of two names and （作者单位：…） line are printed AFTER it; label 一家之言 over a short comment with byline line 文／X; 征稿启事 notice with e-mail; footer with editor and proof-reader")
    pg.furniture(["衡新科技日报　" + cn_date(2035, 6, 13),
                  "8　专家视点"], "page header")
    pg.blank()
    a = Article(
        "a", "人工智能赋能科研要守住“可信”底线", section="专家视点", kind="commentary",
        byline="□　裴行之", authors=["裴行之"],
        notes="Comment under the label 专家视点 (section), byline line □　X. The bio line （作者系…） after the body is "
              "not body. Commentary.",
        paras=[
            "近年来，人工智能在蛋白质结构预测、新材料筛选、气象预报等领域不断取得突破，“人工智能驱动的科学研究”正在成为新的科研范式。越来越多的科研人员开始借助大模型检索文献、设计实验、分析数据，科研效率显著提升。",
            "但在热潮之下，也要看到隐忧。大模型存在“幻觉”问题，可能生成看似合理却并不存在的文献和数据；部分模型训练数据来源不清、处理过程不透明，研究结论难以复现；个别研究人员过度依赖工具，甚至出现用人工智能代写论文、伪造图片等学术不端行为。这些问题如果不加以重视，将动摇科学研究的根基。",
            "守住“可信”底线，首先要建立规范。科研管理部门和学术共同体应尽快制定人工智能在科研中使用的指引，明确哪些环节可以使用、使用情况如何披露、责任如何界定。其次要夯实数据基础，推动高质量科学数据集的开放共享，建立数据来源可追溯、处理过程可审计的机制。再次要强化评价约束，把研究的可复现性纳入成果评价，对利用人工智能造假的行为“零容忍”。",
            "人工智能是科研的“好帮手”，但不能代替科学家的独立思考和严谨求证。只有把工具用在正道上，才能让技术真正服务于科学发现。",
        ])
    pg.furniture(["专家视点"], "column label 专家视点")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.line(a, "（作者系九章大学人工智能研究院教授）", "bio")
    pg.gap()
    b = Article(
        "b", "让中试平台成为成果转化“加速器”", kind="commentary",
        byline="许青岚　庞思源", authors=["许青岚", "庞思源"],
        notes="Headline, byline line (two names) and （作者单位：…） line all printed AFTER the body, which starts right "
              "after the previous comment's bio line. Both writers are authors; the 作者单位 line is not body. Not "
              "under the 专家视点 label (the label belongs to the first comment's block): section null. Commentary.",
        paras=[
            "科技成果从实验室走向生产线，中试是绕不开的关键环节。业内常说，“中试做好了，成果转化就成功了一大半”。然而长期以来，中试环节投入大、风险高、周期长，高校院所不愿做、企业不敢做，成为制约成果转化的“堵点”。",
            "近年来，多地加快布局建设中试平台。以岚川省为例，全省已建成概念验证中心和中试基地47个，覆盖新材料、生物医药、高端装备等领域，去年累计服务中试项目900余项，推动230多项成果实现产业化。实践表明，专业化的中试平台能够有效降低企业试错成本，缩短产品研发周期。",
            "进一步发挥中试平台作用，还需在三个方面发力。一是完善运营机制，鼓励平台采取市场化方式运作，在保障公益属性的同时提升服务能力；二是加大金融支持，引导天使投资、科技信贷等向中试阶段前移；三是加强人才培养，壮大既懂技术又懂工程、懂市场的中试工程师队伍。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.line(b, "（作者单位：岚川省科技发展战略研究院）", "unit")
    pg.blank()
    c = Article(
        "c", "别让“唯论文”换个马甲", section="一家之言", kind="commentary",
        byline="文／韦叶", authors=["韦叶"],
        notes="Short comment under the label 一家之言 (section), byline line 文／X. Commentary.",
        paras=[
            "破除“唯论文”倾向以来，科研评价改革取得了积极进展。但也有一些单位出现了新的苗头：不再直接数论文，却开始数专利、数项目、数奖项，换了一套指标，依然是“以数量论英雄”。",
            "评价改革的要义在于回归科研本身。对基础研究，要看原创价值和学术贡献；对应用研究，要看解决实际问题的成效。少一些简单化的“数数”，多一些专业化的同行评议，科研人员才能心无旁骛地坐住“冷板凳”。",
        ])
    pg.furniture(["一家之言"], "column label 一家之言")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["征稿启事"] + wrap("本版“专家视点”栏目长期面向科技界征集评论文章，字数1500字以内，来稿请注明作者单位及联系方式。", 36)
                 + ["投稿邮箱：zjsd@hxkjrb.cn"], "征稿启事 notice (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：储明远　　校对：温晴"], "footer")
    return pg


# ---------------------------------------------------------------------------
def j06() -> Page:
    """Science and technology daily 科创·一线 page, blank lines only between blocks: a feature (kicker, headline,
    byline line 本报记者 X　文／图) whose body is printed in TWO pieces, cut mid-paragraph, around a whole short
    item (headline + run-in 本报讯（记者 X））; a ▲ caption without credit; label 环球科技 over an item signed
    （X　编译）."""
    pg = Page("j06.txt", cols=22, indent=FW * 2, blanks="arts", seed=2306,
              style="science and technology daily 科创·一线 page, blank lines only between blocks: header on two lines; feature with 引题, headline and byline line 本报记者 X　文／图 whose body is printed in TWO pieces (cut in the middle of a paragraph) with a whole short item (headline + run-in 本报讯（记者 X）) between them, as column pieces come out of extraction; ▲ photo caption without credit after the feature; label 环球科技 over an item signed （X　编译） run in at the end; footer with editor and designer")
    pg.furniture(["5　科创·一线",
                  "衡新科技日报　" + cn_date(2035, 6, 13)], "page header")
    pg.blank()
    a = Article(
        "a", "给动力电池做“极寒体检”", subtitle="走进嵘州新能源汽车动力电池低温实验室",
        byline="本报记者　邬星河　文／图", authors=["邬星河"],
        notes="Feature with 引题 (no ——副题): the 引题 is the subtitle. Byline line 本报记者 X　文／图: the reporter is "
              "the author; the ▲ caption after the body has no credit and is not body. Its body is printed in two "
              "pieces, cut in the middle of a paragraph, with the whole 嵘州 item (headline and text) between them. "
              "The laboratory head quoted (骆长青) is not an author.",
        paras=[
            "推开厚重的保温门，一股寒气扑面而来。在位于岭东省嵘州市的新能源汽车动力电池低温实验室里，实验舱内温度显示为零下30摄氏度，几名穿着厚棉服的工程师正在记录一组电池包的充放电数据。",
            "“电动汽车冬季续航缩水，是消费者最关心的问题之一。”实验室主任骆长青告诉记者，低温下电池内部的化学反应变慢，可用容量和充电速度都会明显下降。实验室的任务，就是在各种极端环境中“折腾”电池，找出性能短板，为改进设计提供依据。",
            "据介绍，这个实验室建有12个可在零下40摄氏度至零上85摄氏度之间精确控温的实验舱，每年可完成各类电池测试2000多项。去年，实验室与多家车企联合攻关，开发出电池包自加热和热泵余热回收技术，使整车在零下20摄氏度环境下的续航保持率由55%提高到72%。",
            "在实验室的数据中心，大屏幕上滚动显示着数百个电池样品的实时数据。骆长青说，他们正在建设电池全生命周期数据库，利用人工智能模型预测电池在不同气候条件下的衰减规律，“未来，车企在设计阶段就能知道一款电池在北方冬天能跑多远”。",
            "目前，实验室已向社会开放共享，累计为80余家企业提供测试服务。嵘州市也正依托实验室，打造集检测认证、技术研发、人才培养于一体的新能源汽车寒区试验产业园。",
        ])
    b = Article(
        "b", "嵘州发布新能源汽车产业“十条”",
        byline="本报讯（记者　秦暮雪）", authors=["秦暮雪"], lead="本报讯（记者　秦暮雪）",
        notes="Short item printed whole between the two pieces of the feature's body. Run-in 本报讯（记者 X） excluded "
              "from first.",
        paras=[
            "嵘州市日前出台支持新能源汽车产业高质量发展的十条措施，明确对新建整车和关键零部件项目按设备投资额给予最高10%的补助，对首次通过国家级检测认证的新产品给予一次性奖励，并设立规模20亿元的产业投资基金。到2037年，嵘州力争新能源汽车产量突破50万辆。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    first, rest = Page.chunks(pg.render_body(a), [19])
    pg.emit(a, first)
    pg.blank()
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.emit(a, rest)
    pg.furniture(["▲工程师在低温实验舱内检查电池包状态。"], "photo caption without credit (not body)")
    pg.blank()
    c = Article(
        "c", "维兰迪亚研制出室温钠硫电池样品", section="环球科技",
        byline="（瞿小麦　编译）", authors=["瞿小麦"], tail="（瞿小麦　编译）",
        notes="Item under the label 环球科技 (section), signed （X　编译） run in at the end: byline, excluded from last; "
              "the compiler is the author (as g04 of handmade22).",
        paras=[
            "据维兰迪亚国家科学院网站消息，该院材料研究所团队近日研制出一种可在室温下工作的钠硫电池样品，能量密度达到每公斤320瓦时，循环1000次后容量保持率超过85%。",
            "传统钠硫电池需在300摄氏度左右的高温下运行，安全性和成本问题制约了其推广应用。研究团队表示，新型电池采用改性固态电解质，有望用于电网储能领域。",
        ])
    pg.furniture(["环球科技"], "column label 环球科技")
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：尹晓峰　　美编：江舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def j07() -> Page:
    """Transport daily 要闻 page with NO blank line anywhere, ONE U+3000 indent: lead with a headline on two lines
    broken in MID-WORD and run-in 本报讯（记者 X　实习生 Y）; article with 引题 and byline line 本报记者 X　通讯员 Y;
    item signed （X）; item with run-in 本报北京6月12日讯（记者 X）; data box; footer with hotline."""
    pg = Page("j07.txt", cols=25, indent=FW, blanks="never", seed=2307,
              style="transport daily 要闻 page, ONE U+3000 indent and NO blank line anywhere: header on three lines (2　要闻; paper + date with weekday; 本版编辑 and 校对); lead with a headline on two lines broken in MID-WORD (…货物吞 / 吐量72.4亿吨) and run-in 本报讯（记者 X　实习生 Y）; article with 引题 and byline line 本报记者 X　通讯员 Y; item signed （X） run in at the end; item with run-in 本报北京6月12日讯（记者 X）; 数据速览 box (title, four rows); footer with news hotline and e-mail")
    pg.furniture(["2　要闻",
                  "通衢交通运输报　" + cn_date(2035, 6, 13),
                  "本版编辑：鞠远帆　　校对：应小蔓"], "page header")
    a = Article(
        "a", "前5个月全国港口完成货物吞吐量72.4亿吨",
        head=["前5个月全国港口完成货物吞", "吐量72.4亿吨"],
        byline="本报讯（记者　舒朗　实习生　何遥）", authors=["舒朗", "何遥"],
        lead="本报讯（记者　舒朗　实习生　何遥）",
        notes="Headline on two lines broken in the middle of a word (吞 / 吐量), joined. Run-in 本报讯（记者 X　实习生 Y） "
              "excluded from first; reporter and 实习生 are authors.",
        paras=[
            "交通运输部门最新数据显示，今年前5个月，全国港口完成货物吞吐量72.4亿吨，同比增长4.6%；完成集装箱吞吐量1.31亿标准箱，同比增长7.2%。其中，外贸货物吞吐量22.8亿吨，增长6.1%。",
            "从月度看，5月全国港口完成货物吞吐量15.2亿吨，同比增长5.3%，增速比4月加快0.9个百分点。沿海港口集装箱吞吐量增长较快，溯阳港、碧渚港、嵘州港等枢纽港口集装箱吞吐量增速均超过9%。业内人士表示，外贸形势回暖、新开航线增多以及海铁联运快速发展，共同支撑了港口生产稳中有进。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "岚川农村公路“路长制”实现全覆盖", subtitle="交通强国建设试点",
        byline="本报记者　鄢平川　通讯员　柴琳", authors=["鄢平川", "柴琳"],
        notes="引题 交通强国建设试点 (a series label printed as a kicker line above the headline, no ——副题): the "
              "subtitle, as in g01 of handmade22. Byline line 本报记者 X　通讯员 Y: both authors.",
        paras=[
            "记者从岚川省交通运输厅获悉，全省已建立县、乡、村三级农村公路路长体系，设立各级路长2.1万名，覆盖全部8.6万公里农村公路，“有路必养、养必到位”的管护格局基本形成。",
            "岚川是山区省份，农村公路点多线长，过去不少路段存在“重建轻养”问题。推行路长制后，每条农村公路都明确了责任人和管护标准，乡村两级落实专职或兼职养护人员1.4万名，并吸纳农村群众参与日常养护。全省农村公路优良中等路率由2031年的78%提高到去年的88.5%。",
            "下一步，岚川将推进农村公路数字化管理，利用无人机巡查、路况自动检测等手段提升养护效率，同时探索“农村公路＋旅游”“农村公路＋产业”融合发展模式。",
        ])
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "多式联运“一单制”试点扩至20条线路",
        byline="（庞舟）", authors=["庞舟"], tail="（庞舟）",
        notes="Item signed （X） run in at the end: byline, excluded from last.",
        paras=[
            "记者从有关部门获悉，多式联运“一单制”试点近日再扩容，新增8条试点线路，总数达到20条，覆盖铁海联运、公铁联运、江海联运等主要方式。试点线路实行“一次委托、一单到底、一次结算”，货主凭一张单证即可完成全程运输。据测算，试点线路平均每标箱物流成本下降约180元，全程运输时间缩短约15%。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "暑运民航预计运送旅客1.9亿人次",
        byline="本报北京6月12日讯（记者　阚云帆）", authors=["阚云帆"],
        lead="本报北京6月12日讯（记者　阚云帆）",
        notes="Run-in 本报北京6月12日讯（记者 X） excluded from first. It is followed directly (no blank line) by the "
              "数据速览 box, which is not body.",
        paras=[
            "记者12日从民航部门获悉，今年暑运将从7月1日开始，至8月31日结束，预计全国民航运送旅客1.9亿人次，日均约306万人次，同比增长6.5%。",
            "为应对客流高峰，各航空公司计划在暑运期间执行国内航班约98万班次，同比增长5%；国际航班每周计划超过7600班。民航部门提醒，暑期雷雨天气多发，旅客出行前应及时关注航班动态。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["5月交通运输数据速览",
                  "营业性货运量　48.6亿吨　↑3.8%",
                  "快递业务量　172.4亿件　↑16.9%",
                  "城轨客运量　28.3亿人次　↑5.1%",
                  "港口集装箱吞吐量　2740万标箱　↑7.6%"], "数据速览 box (not an article)")
    pg.furniture(["新闻热线：010-6529××××　　邮箱：yaowen@tqjtb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def j08() -> Page:
    """Transport daily 物流·地方 page indented with two ASCII spaces, blank lines between paragraphs and column
    breaks every 13 body lines (also inside paragraphs): lead with a headline of two phrases parted by U+3000,
    ——副题, byline line 本报记者 X　通讯员 Y; label 地方传真 over three items (run-in 本报嵘州6月10日讯（通讯员 X　记者
    Y）, 本报讯（记者 X）, closing （X　Y）); logistics-park advertisement."""
    pg = Page("j08.txt", cols=32, indent="  ", blanks="para", colbreak=13, seed=2308,
              style="transport daily 物流·地方 page indented with two ASCII spaces, blank lines between paragraphs and blocks plus column breaks (a blank line every 13 body lines, also inside paragraphs): header on two lines; lead whose headline has two phrases parted by U+3000, ——副题 (…见闻) and byline line 本报记者 X　通讯员 Y; label 地方传真 over three items: run-in 本报嵘州6月10日讯（通讯员 X　记者 Y）, run-in 本报讯（记者 X）, closing （X　Y） of two names run in at the end; logistics-park advertisement (广告 mark, offer, hotline); footer with editor, proof-reader")
    pg.furniture(["6　物流·地方",
                  "通衢交通运输报　" + cn_date(2035, 6, 13)], "page header")
    pg.blank()
    a = Article(
        "a", "冷链干线“织网”生鲜出村更快了", head=["冷链干线“织网”　生鲜出村更快了"],
        subtitle="——沣原县农产品冷链物流体系建设见闻",
        byline="本报记者　冼若溪　通讯员　赖晓晴", authors=["冼若溪", "赖晓晴"],
        notes="Headline of two phrases parted by U+3000, written without the space. ——副题 is the subtitle; byline "
              "line 本报记者 X　通讯员 Y: both authors. Blank lines every 13 body lines are column breaks (also inside "
              "paragraphs), not article ends. People quoted (卓小溪) are not authors.",
        paras=[
            "清晨5点，沣原县白沙镇的蓝莓基地里，刚采摘的蓝莓经过预冷、分拣、包装，被装进一辆冷藏车。“从田间到溯阳的商超货架，全程不超过10个小时。”基地负责人卓小溪说，过去蓝莓只能在本地低价出售，损耗率高达三成，现在依托冷链物流，产品卖到了全国20多个城市，损耗率降到5%以内。",
            "沣原是岚川省重要的水果和蔬菜产区，但冷链设施不足曾长期制约农产品外销。近三年，当地统筹各类资金4.6亿元，建成县级冷链物流中心1个、乡镇冷链集配中心14个、产地预冷库210座，新增冷库库容12万吨，冷藏车保有量从不足50辆增加到260辆。",
            "“冷链干线搭起来了，‘最初一公里’也要打通。”县商务局负责人介绍，沣原推行“共享冷库”模式，村集体建设的小型冷库向周边农户和合作社开放，按使用量收费，解决了小农户“用不起、用不上”的难题。同时，县里与多家物流企业合作开通冷链专线，实现县城到主要销地城市的“次日达”。",
            "冷链网络的完善，带动了产业升级。去年，沣原县农产品网络零售额达到18.7亿元，同比增长31%；蓝莓、甜樱桃等高附加值水果种植面积扩大到6.5万亩。下一步，当地将推进冷链设施数字化改造，建设冷链物流公共信息平台，进一步降低物流成本。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["地方传真"], "column label 地方传真")
    pg.gap()
    items = [
        Article("b", "嵘州至汀澜高速公路全线贯通",
                byline="本报嵘州6月10日讯（通讯员　涂明　记者　穆沙）", authors=["涂明", "穆沙"],
                lead="本报嵘州6月10日讯（通讯员　涂明　记者　穆沙）",
                notes="Item under the label 地方传真 (section). Run-in 本报嵘州6月10日讯（通讯员 X　记者 Y） excluded from "
                      "first; both authors.",
                paras=[
                    "10日，嵘州至汀澜高速公路最后一座特大桥顺利合龙，标志着这条全长142公里的高速公路全线贯通。项目设计速度每小时100公里，计划9月底建成通车。通车后，两地间车程将由3个多小时缩短至1个半小时。",
                ]),
        Article("c", "溯阳港开通首条至东盟集装箱航线",
                byline="本报讯（记者　芮宁）", authors=["芮宁"], lead="本报讯（记者　芮宁）",
                notes="Item under the label 地方传真 (section). Run-in 本报讯（记者 X） excluded from first.",
                paras=[
                    "6月9日，一艘载有1800标准箱货物的集装箱船从溯阳港起航，驶往东盟多个港口，标志着溯阳港首条东盟集装箱直航航线正式开通。该航线每周一班，单程航行时间约8天，主要运输机电产品、建材和农产品。",
                ]),
        Article("d", "青岘快递进村覆盖率达98%",
                byline="（韩溪　甘棠）", authors=["韩溪", "甘棠"], tail="（韩溪　甘棠）",
                notes="Item under the label 地方传真 (section), signed with two names （X　Y） run in at the end: byline, "
                      "excluded from last; both authors.",
                paras=[
                    "青岘县近日完成全县村级寄递物流综合服务站建设，快递进村覆盖率达到98%。县里整合邮政、快递和供销网点资源，推行“一点多能”，村民在家门口就能收寄快递、代购农资、网销农产品。",
                ]),
    ]
    for art in items:
        art.section = "地方传真"
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["广告",
                  "溯阳国际物流园　优质仓储招租",
                  "高标仓库20万平方米　冷库3万吨　铁路专用线直通库区",
                  "招商热线：0597-8826××××"], "advertisement (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：蒲云　　校对：冷知秋"], "footer")
    return pg


PAGES = [j05, j06, j07, j08]
