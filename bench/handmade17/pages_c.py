"""Pages b09-b12 of handmade17 (held-out set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from pages_a import tracked


# ---------------------------------------------------------------------------
def b09() -> Page:
    """Auto weekly inside page: a page-1 story continued here under its repeated headline, a test drive with
    引题 and ——副题, a dealer advert, a 车市速览 strip."""
    pg = Page("b09.txt", cols=32, indent="  ", blanks="para", seed=1709,
              style="汽车周刊 市场 page indented with two ASCII spaces, blank line between paragraphs: continuation "
                    "of a page-1 story under its repeated headline (two parts separated by U+3000) and the jump line "
                    "（上接第1版）, text starting in mid-sentence, no byline; test drive with 引题 新车试驾, headline "
                    "with “…”, ——副题, byline line 文／图　本报记者　X, crossheads 空间：… / 续航：…; car-dealer "
                    "advert; label 车市速览 over an item signed （X） at the end and an unsigned item; footer")
    pg.furniture(["澜川汽车周刊　" + cn_date(2031, 10, 21) + "　第3版　市场"], "page header")
    pg.blank()
    a = Article(
        "a", "新能源汽车下乡县域市场加速释放", head=["新能源汽车下乡　县域市场加速释放"],
        notes="Continuation of a page-1 story under its headline repeated here (two parts separated by U+3000, "
              "joined); the jump line （上接第1版） is not body; the text starts in mid-sentence (first is where the "
              "printed text starts). No byline is printed on this page: no authors. The villager and the sales "
              "manager quoted are not authors.",
        paras=[
            "的充电桩数量也在快速增加。截至9月底，全省县域公共充电桩达到3.8万个，比去年底增长52%，乡镇充电站覆盖率提高到87%。",
            "“以前担心充电不方便，现在镇上就有快充站，半个小时就能充到八成。”棠浦县云坪镇村民包树根今年买了一辆纯电动微型车，他告诉记者，每天跑二三十公里，一个月电费不到一百元，比骑摩托车还省钱。",
            "车企也在加快下沉县域市场。记者在棠浦县城看到，多家新能源汽车品牌在这里开设了体验店和服务网点。岑阳汽车集团销售公司副总经理尤晓帆介绍，公司今年在县城新开网点120家，并推出“县域专享”金融方案，县域市场销量已占公司总销量的35%。",
            "业内人士指出，县域新能源汽车市场潜力巨大，但售后服务、二手车残值、冬季续航等问题仍制约着消费者的购买意愿，需要车企和地方政府共同发力补齐短板。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第1版）"], "jump line (continued from page 1)")
    pg.gap()
    items = pg.render_body(a)
    items[0] = ("line", items[0][1].lstrip(), items[0][2])  # text resumes in mid-sentence: no indent
    pg.emit(a, items)
    pg.gap()
    b = Article(
        "b", "城市通勤的“省心之选”", subtitle="——试驾岑阳风行E7纯电轿车", byline="文／图　本报记者　邰野",
        authors=["邰野"],
        notes="引题 新车试驾 above the headline and a ——副题 under it: the 副题 is the subtitle, the 引题 is left "
              "out. Byline line 文／图 本报记者 X. Crossheads 空间：后排不局促 and 续航：实测表现接近标称 inside "
              "the body.",
        paras=[
            "作为岑阳汽车今年推出的首款纯电紧凑型轿车，风行E7上市一个月订单已突破1.2万辆。日前，记者在岑阳市区及周边道路对这款车进行了为期两天的试驾。",
            Cross("空间：后排不局促"),
            "风行E7车长4720毫米，轴距2800毫米，纯电平台带来的平整地板让后排空间表现不错。记者身高1米78，坐在后排腿部仍有约两拳的余量。后备厢容积为465升，前舱还有一个约50升的储物空间，可以放下充电枪等随车物品。",
            Cross("续航：实测表现接近标称"),
            "该车搭载容量为62千瓦时的磷酸铁锂电池，官方标称续航里程520公里。试驾期间，记者以城市道路为主、高速为辅，共行驶186公里，开着空调的情况下电量消耗约37%，据此推算实际续航在500公里左右，与标称值接近。在快充桩上，电量从30%充到80%用时约22分钟。",
            "总体来看，风行E7在空间、续航和智能配置上表现均衡，12.98万元起的售价在同级别车型中具有一定竞争力，适合以城市通勤为主的家庭用户。不足之处在于，车辆在颠簸路面的滤震表现偏硬，后排乘客的舒适性有待提升。",
        ])
    pg.kicker(b, "新车试驾")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["岑阳汽车城　金秋购车节",
                  "10月25日—11月5日　百余款车型集中展销",
                  "到店即送价值888元保养礼包　置换补贴最高8000元",
                  "地址：岑阳市经开区汽贸大道1号　热线：0×××-5××××××"], "car-dealer advert")
    pg.gap()
    pg.furniture(["车市速览"], "strip label 车市速览")
    c1 = Article(
        "c1", "9月全省汽车出口同比增长31%", section="车市速览", byline="（栾清）", authors=["栾清"], tail="（栾清）",
        notes="Item under 车市速览 signed （X） at the end (excluded from last).",
        paras=["据省汽车行业协会统计，9月全省出口汽车5.6万辆，同比增长31.2%；前三季度累计出口43.8万辆，其中新能源汽车占比达到41%。中东、东南亚和拉美是主要出口市场。"])
    c2 = Article(
        "c2", "梧江首个换电站集群投运", section="车市速览",
        notes="Unsigned item under 车市速览.",
        paras=["10月18日，梧江市首个换电站集群在汐口区投运，3座换电站日均服务能力可达1200车次，单车换电时间约3分钟，主要服务出租车和网约车。"])
    for c in (c1, c2):
        pg.headline(c)
        pg.body(c)
        pg.gap()
    pg.furniture(["本版编辑：费澄　美编：翟一帆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def b10() -> Page:
    """Foreign-trade paper: 本报驻X记者 byline line, 据新华社电 and 本报综合报道 run-ins, 本报记者 X Y地报道
    line, a 相关链接 box and an exchange-rate table."""
    pg = Page("b10.txt", cols=30, indent="  ", blanks="some", seed=1710, p_para=0.25, p_gap=0.7,
              style="国际商报 开放型经济 page indented with two ASCII spaces: story with ——副题 and byline line "
                    "本报驻X记者 Y, followed by a 相关链接 box; run-in 据新华社电 item (no person); run-in 本报综合报道 "
                    "item (no person); story with byline line 本报记者 X　Y地报道; exchange-rate table; footer; some "
                    "justified lines")
    pg.furniture(["华川国际商报", cn_date(2031, 4, 17) + "　第4版　开放型经济"], "page header")
    pg.blank()
    a = Article(
        "a", "澜川一季度进出口增长7.8%", subtitle="——机电产品出口占比超六成", byline="本报驻澜州记者　左望川",
        authors=["左望川"],
        notes="——副题 and byline line 本报驻X记者 Y. The 相关链接 box after the body is not body.",
        paras=[
            "澜州海关4月15日发布数据显示，一季度，澜川省货物贸易进出口总值2186.4亿元，同比增长7.8%，增速高于全国平均水平3.1个百分点。其中，出口1392.7亿元，增长9.6%；进口793.7亿元，增长4.8%。",
            "从出口商品结构看，机电产品出口883.5亿元，增长11.2%，占全省出口总值的63.4%。其中，电动载人汽车、锂离子蓄电池和太阳能电池“新三样”合计出口217.6亿元，增长23.5%。劳动密集型产品出口增长2.1%，增速有所回升。",
            "从贸易伙伴看，澜川对共建“一带一路”国家进出口增长12.4%，占比提升至48.7%；对东盟、中东地区进出口分别增长15.1%和19.6%。澜州海关有关负责人表示，下一步将持续优化通关服务，推广“提前申报”“两段准入”等便利化措施，支持企业稳订单、拓市场。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, tracked(pg.render_body(a), [1, 6], 30))
    pg.gap()
    pg.furniture(["相关链接"] + wrap("“新三样”：指电动载人汽车、锂离子蓄电池和太阳能电池三类产品，近年来成为外贸出口的新增长点。", 30),
                 "相关链接 box (not an article)")
    pg.gap()
    b = Article(
        "b", "跨境电商综试区扩大至165个", byline="据新华社电", lead="据新华社电　",
        notes="Run-in 据新华社电 excluded from first; it names no person: no authors.",
        paras=[
            "记者近日从有关部门获悉，我国跨境电子商务综合试验区已扩大至165个，覆盖全国31个省（区、市）。今年一季度，跨境电商进出口额达到6720亿元，同比增长12.8%，占同期货物贸易进出口总值的比重提升至6.2%。",
            "有关负责人表示，将推动跨境电商与产业带深度融合，支持企业建设海外仓，完善跨境电商出口退运、退货等监管政策，进一步降低企业运营成本。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "青屿港开通至中东直航集装箱航线", byline="本报综合报道", lead="本报综合报道　",
        notes="Run-in 本报综合报道 excluded from first; no person named: no authors.",
        paras=[
            "4月12日，随着“远澜号”集装箱船缓缓驶离青屿港码头，青屿港至中东地区的首条直航集装箱航线正式开通。该航线每周一班，途经新加坡、科伦坡，最终抵达中东主要港口，单程航行时间约22天，比原来经其他港口中转缩短7天以上。",
            "青屿港务集团有关负责人介绍，航线开通后，澜川及周边地区的汽车零部件、光伏组件、工程机械等产品可以从家门口直达中东市场，企业物流成本平均降低约15%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.emit(c, tracked(pg.render_body(c), [2], 30))
    pg.gap()
    d = Article(
        "d", "外贸企业“出海”参展热情高", byline="本报记者　沈星遥　岑阳报道", authors=["沈星遥"],
        notes="Byline line 本报记者 X　Y地报道: the reporter is the author; the trade manager quoted (计安) is not.",
        paras=[
            "4月中旬，岑阳市一家机械企业的外贸经理计安刚从海外展会回来，就忙着跟进客户订单。“这次带了5款新产品过去，现场签了意向订单1200多万美元。”计安说。",
            "据了解，今年以来，岑阳市已组织企业参加境外展会46场，参展企业超过500家次，达成意向成交额约3.8亿美元。为帮助企业降低出海成本，岑阳市对企业参加重点境外展会的展位费给予最高80%的补贴，并为外贸企业人员出境提供签证办理、商旅服务等“一站式”支持。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["人民币汇率中间价（4月16日）",
                  "币种　　　　　中间价",
                  "1美元　　　　7.0826元",
                  "1欧元　　　　7.6613元",
                  "100日元　　　4.7105元",
                  "1港元　　　　0.9052元"], "exchange-rate table")
    pg.blank()
    pg.furniture(["责任编辑：郎青　　版式设计：邢晓"], "footer")
    return pg


# ---------------------------------------------------------------------------
def b11() -> Page:
    """Financial paper page: a roundtable (主持人 and three guests) with a guest list, a run-in 本报讯 item, a
    signed 金融观察 piece, a wealth-management advert."""
    pg = Page("b11.txt", cols=24, indent=FW * 2, blanks="some", seed=1711, p_para=0.4, p_gap=0.7,
              style="金融报 普惠金融 page: label 金融圆桌 over a roundtable (headline with “…”, byline line "
                    "主持人：本报记者 X, 本期嘉宾 list of three lines, turns 主持人：／Name：); run-in "
                    "本报讯（通讯员 X　记者 Y）; label 金融观察 over a piece signed （X） at the end; bank advert "
                    "with risk warning; footer")
    pg.furniture(["华川金融时报　" + cn_date(2031, 5, 28), "第6版　普惠金融"], "page header")
    pg.blank()
    pg.furniture(["金融圆桌"], "column label 金融圆桌")
    a = Article(
        "a", "小微企业融资如何更“解渴”", section="金融圆桌", kind="interview", byline="主持人：本报记者　殷若谷",
        authors=["殷若谷"],
        notes="Roundtable (interview) under the label 金融圆桌: the reporter who hosts it (主持人：本报记者 X) is the "
              "author; the three guests listed under 本期嘉宾 (list not body) are not. The body runs from the first "
              "主持人： turn to the closing thanks.",
        paras=[
            "主持人：今年以来，小微企业贷款增速保持较高水平，但不少企业仍反映融资难。问题出在哪里？",
            "麦一笑：从总量看，小微企业贷款增长确实很快，但结构性矛盾仍然突出。一些银行更愿意把钱贷给有抵押、有担保的“优质客户”，而真正缺钱的初创期、轻资产科技企业，往往因为缺少抵押物被挡在门外。此外，部分贷款存在“短贷长用”问题，企业要不断续贷、倒贷，增加了资金成本。",
            "郜明：银行也在想办法。我们去年上线了基于税务、电力、社保等数据的线上信用贷款产品，企业不用抵押，手机上申请，最快10分钟放款。目前这款产品已服务小微企业1.4万户，其中超过四成是首次在我行获得贷款。",
            "主持人：地方政府在缓解小微企业融资难方面可以做些什么？",
            "欧阳晴：关键是打通信息壁垒。我们搭建了中小企业融资服务平台，归集了28个部门的涉企数据，银行在企业授权后可以查询，解决了“看不清、不敢贷”的问题。同时，市里设立了2亿元风险补偿资金池，银行发放的首贷、信用贷出现损失，资金池按比例分担，提高了银行放贷的积极性。",
            "麦一笑：我补充一点，政府性融资担保要回归“准公共产品”定位，降费让利，把担保费率降到1%以下，真正发挥增信分险作用。",
            "主持人：谢谢三位嘉宾。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    for ln in ["本期嘉宾：", "郜明　霁川银行普惠金融部总经理", "麦一笑　澜川大学金融学院教授",
               "欧阳晴　岑阳市中小企业服务中心主任"]:
        pg.line(a, ln, "guests")
    pg.gap()
    pg.emit(a, tracked(pg.render_body(a, indent=""), [3, 12], 24))
    pg.gap()
    b = Article(
        "b", "霁川银行推出“科创积分贷”", byline="本报讯（通讯员　柏舟　记者　阎星）", authors=["柏舟", "阎星"],
        lead="本报讯（通讯员　柏舟　记者　阎星）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） excluded from first; both are authors.",
        paras=[
            "日前，霁川银行推出面向科技型中小企业的“科创积分贷”产品，根据企业研发投入、知识产权、人才团队等指标进行积分评价，积分越高可获得的信用贷款额度越高，单户最高可达1000万元。",
            "截至目前，该产品已为岑阳、梧江两地137家科技企业授信4.6亿元。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["金融观察"], "column label 金融观察")
    c = Article(
        "c", "警惕“套路贷”换上新马甲", section="金融观察", kind="commentary", byline="（芮一鸣）",
        authors=["芮一鸣"], tail="（芮一鸣）",
        notes="Signed comment under 金融观察: the signature （X） run in at the end is the byline (excluded from last).",
        paras=[
            "近期，一些不法分子打着“低息贷款”“快速提额”的幌子，以收取“会员费”“保证金”“解冻费”等名义诱骗借款人转账，有的还冒充金融机构工作人员，诱导消费者“注销校园贷账户”“修复征信”。这些“套路贷”换上了新马甲，迷惑性更强。",
            "消费者要牢记，正规金融机构在放款前不会收取任何费用，所谓“征信修复”更是无稽之谈。办理贷款要认准持牌机构，不点击陌生链接，不向陌生账户转账，一旦发现被骗，要第一时间报警。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["霁川银行　“安鑫”系列理财",
                  "业绩比较基准　2.60%—3.20%（年化）",
                  "理财非存款，产品有风险，投资须谨慎",
                  "客服热线：95×××"], "bank advert with risk warning")
    pg.blank()
    pg.furniture(["本版编辑：苗青　校对：丘一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def b12() -> Page:
    """County weekly whose extracted text has a blank line after EVERY line: four short stories in four
    byline forms, a ▲ photo, notices, weather, a subscription notice."""
    pg = Page("b12.txt", cols=20, indent="  ", blanks="every", seed=1712,
              style="县报 综合新闻 page whose text has a blank line after EVERY line, two ASCII spaces indent: run-in "
                    "本报讯（记者 X）; byline line 通讯员 X; item signed （X） at the end; byline line 本报记者 X; "
                    "▲ photo caption without headline with （通讯员 X　摄） run in at the end (brief); 遗失声明 box "
                    "with two notices; weather box; subscription notice (征订启事); footer")
    pg.furniture(["棠浦报", cn_date(2031, 11, 7) + "　第4版", "综合新闻"], "page header")
    a = Article(
        "a", "棠浦前三季度GDP增长6.8%", byline="本报讯（记者　谭一禾）", authors=["谭一禾"],
        lead="本报讯（记者　谭一禾）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "11月5日，记者从县统计局获悉，前三季度，全县实现地区生产总值286.4亿元，同比增长6.8%，增速高于全市平均水平0.9个百分点。其中，规模以上工业增加值增长9.2%，固定资产投资增长7.5%，社会消费品零售总额增长6.1%。",
            "分产业看，第一产业增加值增长3.6%，第二产业增长8.4%，第三产业增长6.2%。县统计局有关负责人表示，全县经济运行稳中有进，茶叶、竹木加工等特色产业贡献突出。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "云坪茶叶产业园开园", byline="通讯员　池小鱼", authors=["池小鱼"],
        notes="Byline line 通讯员 X.",
        paras=[
            "11月3日，云坪镇茶叶产业园正式开园。产业园总投资1.8亿元，建有茶叶精深加工车间、冷链仓储中心和茶文化展示馆，年加工茶叶能力达到3000吨。",
            "云坪镇是棠浦县的产茶大镇，茶园面积达4.2万亩。产业园建成后，将带动周边1.5万户茶农增收，预计每户年均增收3000元以上。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    p = Article(
        "p", None, kind="brief", byline="（通讯员　练晓　摄）", authors=["练晓"], lead="▲",
        tail="（通讯员　练晓　摄）",
        notes="Photo caption without headline (brief, title null): ▲ excluded from first, the credit run in at the "
              "end excluded from last; the photographer is the author.",
        paras=["11月4日，棠浦县柑橘种植基地的果农在采摘柑橘。今年全县柑橘种植面积达2.6万亩，预计产量5.2万吨。"])
    pg.body(p, indent="")
    c = Article(
        "c", "金融知识进乡村", byline="（郦青）", authors=["郦青"], tail="（郦青）",
        notes="Signature （X） run in at the end, excluded from last.",
        paras=[
            "近日，棠浦农商银行组织工作人员走进全县12个乡镇，开展“金融知识进万家”宣传活动，向村民讲解防范电信诈骗、非法集资等金融知识，现场发放宣传资料5000余份。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "县城新增两处口袋公园", byline="本报记者　甘棠", authors=["甘棠"],
        notes="Byline line 本报记者 X; the resident quoted is not an author.",
        paras=[
            "日前，位于县城新华路和滨河路的两处口袋公园建成开放。两处公园总面积约6000平方米，设置了健身步道、儿童游乐设施和休闲座椅，为周边居民提供了家门口的休闲好去处。",
            "“以前这里是一片荒地，现在变成了公园，晚饭后带孩子来转一转，很方便。”附近居民伍秀芳说。据了解，今年县里计划建成口袋公园8处，目前已完成6处。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    notices = ["遗失声明"]
    notices += wrap("棠浦县云坪镇兴茂茶叶专业合作社遗失公章一枚，声明作废。", 20, "  ")
    notices += wrap("棠浦县城关镇丰裕商店遗失营业执照副本，统一社会信用代码：92××××××××××××××3K，声明作废。", 20, "  ")
    pg.furniture(notices, "遗失声明 box (classified notices)")
    pg.furniture(["天气预报", "今天：多云　12℃～21℃", "明天：小雨转阴　11℃～17℃"], "weather box")
    pg.furniture(["征订启事"] + wrap("2032年度《棠浦报》征订工作已经开始，全年订价180元。欢迎广大读者到各邮政网点订阅。订阅热线：0××××-8×××××××", 20, "  "),
                 "subscription notice")
    pg.furniture(["责任编辑：颜小舟"], "footer")
    return pg


PAGES = [b09, b10, b11, b12]
