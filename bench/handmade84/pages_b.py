"""Pages mb05-mb08 of handmade84 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap
from pages_a import box, interleave, top, whole


# ---------------------------------------------------------------------------
def mb05() -> Page:
    """Municipal party daily 理论 page in a wide column, two U+3000 of indent, blank lines only between
    articles: theory essay with a U+3000-letter-spaced headline, byline □ X, 一、二、三 crossheads and an
    （作者系…） line after the body; 学习札记 piece signed at the end in brackets on a line of its own; 理论动态
    item with run-in 本报讯（记者 X）."""
    pg = Page("mb05.txt", cols=34, indent=FW * 2, blanks="arts", seed=8405,
              style="municipal party daily 理论·学习 page in a WIDE column, indent two U+3000, blank lines only "
                    "between articles and blocks: header (paper; 理论·学习; date with weekday + 第7版); theory essay "
                    "(about 1000 characters) with its headline LETTER-SPACED with U+3000, byline line □ X, three "
                    "crossheads 一、… 二、… 三、… and inside part 二 paragraphs opening 一是… 二是… 三是…, one body line and the "
                    "crossheads 二、 and 三、 letter-spaced with ASCII spaces, the line （作者系…教授） after the body; label 学习札记 over a short "
                    "piece signed at its END by a name in brackets on a line of its own （X）; label 理论动态 over an "
                    "item with run-in 本报讯（记者 X）; footer with 投稿邮箱 and 责任编辑")
    box(pg, ["汶江日报", "理论·学习", cn_date(2036, 10, 14) + "　第7版", ""], "page header")
    a = Article(
        "a", "以新质生产力推动县域产业转型升级", kind="commentary",
        byline="□ 姜怀瑾", authors=["姜怀瑾"],
        notes="Theory essay. Headline letter-spaced with U+3000 (title written unspaced). Byline line □ X (the □ is "
              "a mark). The crossheads 一、… 二、… 三、… are body lines (as in a long report); the paragraphs 一是… 二是… "
              "三是… are ordinary paragraphs. One body line (a justified line) and the crossheads 二、… and 三、… are letter-spaced "
              "with ASCII spaces (still body lines). The line "
              "（作者系汶江市委党校经济学教研部教授） after the body is neither body nor byline. Kind commentary (a signed "
              "opinion / analysis piece).",
        paras=[
            "发展新质生产力是推动高质量发展的内在要求和重要着力点。县域是我国经济发展和社会治理的基本单元，也是产业转型升级的重要战场。对于汶江这样以传统制造业为主的地区而言，如何立足实际培育新质生产力，是摆在面前的一道必答题。",
            Cross("一、深刻把握新质生产力的县域内涵"),
            "新质生产力以科技创新为核心要素，但这并不意味着县域只能“望新兴而兴叹”。从实践看，传统产业通过技术改造、数字赋能和绿色转型，同样可以焕发新的生机。汶江的纺织、五金、食品三大传统产业占全市工业产值的六成以上，这些产业不是需要甩掉的“包袱”，而是培育新质生产力的重要基础。",
            "因此，县域发展新质生产力，既要积极布局新兴产业和未来产业，更要把传统产业改造提升摆在突出位置，防止脱离实际、盲目跟风。",
            Cross("二、找准县域产业转型的着力点"),
            "一是推动传统产业数字化改造。去年全市规上工业企业数字化改造覆盖率达到68%，改造后企业生产效率平均提高23%。下一步，应从“点上示范”转向“链上推广”，以龙头企业带动上下游中小企业“链式”改造。",
            "二是培育壮大特色新兴产业。应围绕现有产业链延伸布局，例如依托五金产业基础发展智能家居和精密零部件，依托食品产业发展功能食品和预制菜，避免“另起炉灶”。",
            "三是加快发展生产性服务业。工业设计、检验检测、供应链金融等服务业是制造业升级的“加速器”，县域可以通过建设公共服务平台，弥补单个企业能力的不足。",
            Cross("三、营造有利于创新的制度环境"),
            "新质生产力的发展，离不开与之相适应的生产关系。县域要在要素配置上下功夫，深化“亩均论英雄”改革，推动土地、能耗等资源向高效益企业集中；要在人才引育上下功夫，用好“飞地”研发、柔性引才等方式，破解县域留人难的问题；要在营商环境上下功夫，让各类经营主体放心投资、安心经营。",
            "县域产业转型不可能一蹴而就。只要坚持从实际出发、久久为功，汶江完全有条件在新一轮区域竞争中赢得主动。",
        ])
    top(pg, a, sep=FW, gaps=False)
    pg.emit(a, justify(pg.render_body(a), [2, 11, 21], sep=" "))
    pg.line(a, "（作者系汶江市委党校经济学教研部教授）", "affiliation")
    pg.blank()
    box(pg, ["学习札记"], "column label 学习札记")
    b = Article(
        "b", "算好发展的“长远账”", section="学习札记", kind="commentary",
        byline="（吕青崖）", authors=["吕青崖"],
        notes="Short piece under the label 学习札记 (section), signed at its END by the writer's name in brackets on a "
              "line of its own, after the last paragraph: that line is the byline, not body. Kind commentary.",
        paras=[
            "在一些地方，招商引资喜欢算“短期账”：项目投资额有多大，当年能贡献多少产值和税收。这样算账本身没有错，但如果只盯着眼前，就容易忽略项目的能耗、环保和长期带动能力。",
            "算好“长远账”，就要把产业链的完整性、技术的先进性和对就业的带动作为重要考量。一个投资额不大但能补齐链条短板的项目，其价值可能远远超过一个体量庞大却“孤岛”式存在的项目。",
            "发展是一场马拉松。少一些急功近利，多一些战略定力，才能把一张蓝图绘到底。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    box(pg, ["理论动态"], "column label 理论动态")
    c = Article(
        "c", "省社科院发布《蘅州县域经济发展报告（2036）》", section="理论动态",
        byline="本报讯（记者　汤若水）", authors=["汤若水"], lead="本报讯（记者　汤若水）",
        notes="Item under the label 理论动态 (section); title written as printed, with its book-title marks and "
              "brackets; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "10月12日，省社会科学院在泱城发布《蘅州县域经济发展报告（2036）》。报告显示，2035年全省县域经济综合竞争力排名前十的县（市）中，有6个位于沿江地区，汶江市位列第七，比上年提升三位。",
            "报告建议，各县（市）应进一步厘清主导产业定位，加强跨县域产业协作，避免同质化竞争，同时把提升县城综合承载能力作为吸引人口和产业集聚的重要抓手。",
        ])
    whole(pg, c)
    pg.blank()
    box(pg, ["本版投稿邮箱：llxx@wjrb.cn　责任编辑：邱砚耕"], "footer with 投稿邮箱 and 责任编辑", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mb06() -> Page:
    """Farmers' paper 县域经济 page, NO indent and NO blank line: county lead with kicker, ◆ crossheads and a
    caption with credit X　摄 on the same line; two items set side by side in narrow columns whose lines come
    out INTERLEAVED line by line; price table; item signed at its end by 记者 X on a line of its own."""
    pg = Page("mb06.txt", cols=20, indent="", blanks="never", seed=8406,
              style="farmers' weekly 县域经济 page, NO indent, NO blank line anywhere: header lines (paper; 县域经济　第3版; "
                    "date with weekday); county lead with 引题 kicker, byline line 本报记者 X　通讯员 Y, two ◆ crossheads, "
                    "then a photo caption ending with the credit X　摄 on the same line; label 乡村振兴一线 over two "
                    "items set SIDE BY SIDE in 12-character columns whose headlines come one after the other and whose "
                    "text lines come out INTERLEAVED line by line (A, B, A, B …), each with a run-in 本报讯（…）; price "
                    "table (title, header row, four rows, 数据来源); item signed at its END by 记者 X on a line of its "
                    "own; footer with 责任编辑 and 热线")
    box(pg, ["蘅州农民报", "县域经济　第3版", cn_date(2036, 7, 9)], "page header")
    a = Article(
        "a", "栖梧县：一颗脐橙“串”起百亿产业链",
        byline="本报记者　冉秋池　通讯员　甘霖", authors=["冉秋池", "甘霖"],
        notes="County lead. The 引题 kicker 县域观察 is not part of the title. Byline line 本报记者 X　通讯员 Y (both "
              "authors). The two ◆ crossheads are body lines. The photo caption after the body (credit X　摄 run in "
              "at its end) is not body. No blank line anywhere on the page. The grower quoted (龚德旺) is not an "
              "author.",
        paras=[
            "盛夏时节，栖梧县2万多亩脐橙园里，青绿的果子已经挂满枝头。在县城东郊的脐橙产业园，分拣线、冷库和深加工车间依然忙碌——这里的果汁、果酒和果皮提取物生产线常年不停。",
            Cross("◆从“卖果子”到“卖品牌”"),
            "栖梧种植脐橙已有四十多年历史，但过去果农只能守着果园等客商上门，价格时高时低。2031年起，县里统一注册“栖梧脐橙”地理标志商标，制定种植、采摘、分级标准，并对达标果园授权使用公共品牌。",
            "“用上公共品牌以后，同样的果子每斤能多卖八毛钱。”种植大户龚德旺说。去年，栖梧脐橙平均收购价每斤3.6元，比五年前提高了四成多。",
            Cross("◆一条链上的增收账"),
            "品牌打响了，产业链也在延长。县里先后引进果汁、果酒、精油等加工企业11家，建成冷链仓储能力5万吨，鲜果“错峰销售”时间延长到次年5月。电商物流同步跟进，全县脐橙网销量占总销量的比重超过四成。",
            "据统计，去年栖梧脐橙全产业链产值达到102亿元，带动全县5.6万名果农人均增收6800元。县农业农村局负责人表示，今年将重点推进品种改良和数字果园建设，力争三年内精品果率提高到60%以上。",
        ])
    top(pg, a, kicker="县域观察", gaps=False)
    pg.body(a)
    box(pg, wrap("▲栖梧县脐橙产业园内，工人在分拣线上挑选鲜果。冉秋池　摄", 20), "photo caption with credit (not body)")
    box(pg, ["乡村振兴一线"], "column label 乡村振兴一线")
    b = Article(
        "b", "汶溪高标准农田增产一成", section="乡村振兴一线",
        byline="本报讯（通讯员　马骁）", authors=["马骁"], lead="本报讯（通讯员　马骁）",
        notes="Left of two items set side by side in 12-character columns: the two headlines come one after the "
              "other, then the text lines of the two items come out INTERLEAVED line by line, so the body is in "
              "one-line pieces. Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "今年夏粮收获期间，汶溪县新建成的3.2万亩高标准农田小麦平均亩产达到486公斤，比改造前提高10.6%。田块平整后，大型收割机作业效率提高三成，每亩节约灌溉用水约60立方米。",
        ])
    c = Article(
        "c", "棠梨镇直播带火山货", section="乡村振兴一线",
        byline="本报讯（记者　林晓禾）", authors=["林晓禾"], lead="本报讯（记者　林晓禾）",
        notes="Right of the two items set side by side: headline right after the left item's headline, text lines "
              "interleaved line by line with the left item's (one-line pieces; the last lines, after the left item "
              "ends, run on). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "棠梨镇今年开设“山货直播间”12个，培训本土主播86名，竹笋干、土蜂蜜、野生菌等山货通过直播卖向全国。上半年全镇农产品网络销售额达到4600万元，同比增长近一倍，带动600多户农户增收。",
        ])
    pg.headline(b)
    pg.headline(c)
    interleave(pg, b, c, pg.render_body(b, cols=12), pg.render_body(c, cols=12))
    box(pg, ["本周主要农产品批发价格（元/公斤）", "品名　　本周　　环比", "早籼稻　2.86　　持平", "生猪　　15.40　 涨2.1%",
             "脐橙　　7.20　　跌3.5%", "鲜鸡蛋　9.30　　涨1.2%", "数据来源：省农产品批发市场信息中心"],
        "price table (not an article)")
    d = Article(
        "d", "我省政策性农业保险覆盖38个品种",
        byline="记者　柏青禾", authors=["柏青禾"],
        notes="Signed at its END: the line 记者 X after the last paragraph is the byline, not body.",
        paras=[
            "记者从省财政厅获悉，今年我省将政策性农业保险品种扩大到38个，新增茶叶、中药材、小龙虾等8个地方特色品种，中央和省级财政保费补贴比例最高达到75%。",
            "上半年，全省农业保险为86万户次农户提供风险保障420亿元，已支付赔款9.7亿元。省财政厅有关负责人表示，将继续扩大完全成本保险和收入保险的实施范围。",
        ])
    pg.headline(d, lines=wrap(d.title, 20))
    pg.body(d)
    pg.line(d, d.byline, "byline")
    box(pg, ["责任编辑：向稻香　新闻热线：96318"], "footer with 责任编辑", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mb07() -> Page:
    """City party daily 政策解读 page in a WIDE column, NO indent, a blank line after EVERY line: a 答记者问
    (headline, long ——副题, byline, intro, 问：／答：); a readers' 政策问答 compiled by a reporter and
    signed （本报记者 X　整理） at the end; 政策速递 items with ◇ headlines."""
    pg = Page("mb07.txt", cols=36, indent="", blanks="every", seed=8407,
              style="city party daily 政策解读 page in a WIDE column, NO indent, a blank line after EVERY line: header "
                    "(paper; date with weekday; 05　政策解读); official's Q&A 答记者问 with headline, a long ——副题 "
                    "(…负责人就《…》答记者问), byline line 本报记者 X, intro paragraph and 问：／答： "
                    "paragraphs; label 政策问答 over readers' questions answered by an office, compiled by a reporter "
                    "and signed （本报记者 X　整理） on a line of its own at the END; label 政策速递 over three items "
                    "with ◇ headlines and no credit; footer with 责任编辑 and 校对")
    box(pg, ["泱城日报", cn_date(2036, 3, 11), "05　政策解读"], "page header")
    a = Article(
        "a", "真金白银为民营企业减负赋能", kind="interview",
        subtitle="——市发展改革委负责人就《泱城市支持民营经济高质量发展若干措施》答记者问",
        byline="本报记者　阮听松", authors=["阮听松"],
        notes="答记者问: the long ——副题 (…负责人就《…》答记者问) is the subtitle; byline line "
              "本报记者 X (the reporter is the author; the official who answers is not). Body: intro paragraph and "
              "问：／答： paragraphs. Kind interview. A blank line follows every printed line on this page.",
        paras=[
            "近日，泱城市政府印发《泱城市支持民营经济高质量发展若干措施》（以下简称《措施》），从市场准入、要素保障、融资支持、权益保护等方面提出20条具体举措。《措施》有哪些亮点？民营企业如何享受政策红利？记者采访了市发展改革委有关负责人。",
            "问：《措施》出台的背景是什么？",
            "答：民营经济是推动我市发展的重要力量，贡献了全市60%以上的税收、70%以上的地区生产总值和80%以上的城镇劳动就业。当前，部分民营企业仍面临融资难、订单不稳、用地用工成本高等困难。《措施》坚持问题导向，聚焦企业反映集中的堵点难点，推出了一批含金量高、操作性强的政策。",
            "问：在降低企业成本方面有哪些举措？",
            "答：《措施》明确，对年度新增设备投资超过5000万元的民营工业企业，按设备投资额的8%给予补助，单个企业最高500万元；工业用地可采取长期租赁、先租后让、弹性年期等方式供应，降低企业一次性用地成本；继续执行阶段性降低失业保险、工伤保险费率政策，预计全年为企业减负18亿元。",
            "问：融资难是民营企业普遍关心的问题，《措施》如何破解？",
            "答：我们将设立规模20亿元的民营企业纾困发展基金，扩大政府性融资担保覆盖面，将小微企业平均担保费率降至1%以下；对银行新增的民营企业首贷、信用贷按一定比例给予风险补偿。同时，推动“信易贷”平台与更多金融机构对接，让企业少跑腿、快拿钱。",
            "问：如何确保政策落地见效？",
            "答：《措施》所列事项都明确了责任单位和完成时限。我们将通过“企业服务直通车”平台推行政策“免申即享”，能够直接兑付的资金由系统自动比对、直接拨付。市里还将每半年开展一次第三方评估，评估结果向社会公开。",
        ])
    pg.headline(a)
    for ln in wrap(a.subtitle, 36):
        pg.line(a, ln, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    box(pg, ["政策问答"], "column label 政策问答")
    b = Article(
        "b", "灵活就业人员如何参加职工医保？", section="政策问答", kind="interview",
        byline="（本报记者　郁林　整理）", authors=["郁林"],
        notes="Readers' questions answered by the city's medical-insurance office under the label 政策问答 (section), "
              "compiled by a reporter who signs （本报记者 X　整理） on a line of its own at the END (the byline, not "
              "body; the compiler is the author). Body: 问：／答： paragraphs only. Kind interview.",
        paras=[
            "问：我是网约车司机，没有固定单位，可以参加职工医保吗？",
            "答：可以。根据市医保局规定，在本市从事个体经营和灵活就业、年满16周岁的人员，可以持身份证到户籍地或居住地的社区服务中心办理参保登记，也可以通过“泱城医保”小程序在线办理。",
            "问：缴费标准是多少？待遇和单位职工一样吗？",
            "答：灵活就业人员可在上年度全市职工月平均工资的60%至300%之间自主选择缴费基数，费率为8%。连续缴费满6个月后，住院报销比例和门诊待遇与在职职工基本一致。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    box(pg, ["政策速递"], "column label 政策速递")
    items = [
        ("c1", "个体工商户“个转企”可享三项扶持",
         "今年起，个体工商户转型为企业的，可继续使用原字号，变更登记实行“一网通办”、即时办结，并按规定享受小微企业税费优惠政策。转型后首次申请贷款的，可纳入政府性融资担保支持范围，担保费率减半收取。"),
        ("c2", "新能源汽车下乡活动3月20日启动",
         "我市2036年新能源汽车下乡活动将于3月20日启动，持续至12月底。活动期间，农村居民购买参与活动的新能源乘用车，每辆可领取2000元消费补贴。各县（区）还将在乡镇设立流动展销点，并增建农村公共充电桩300个。"),
        ("c3", "首套房契税补贴政策延续至年底",
         "在本市购买首套新建商品住房的家庭，可按所缴契税的50%申请补贴，政策有效期延续至2036年12月31日。符合条件的家庭可在办理不动产登记后6个月内，通过“泱城住房”平台在线提交申请，补贴资金直接发放至个人账户。"),
    ]
    for key, title, text in items:
        c = Article(key, title, section="政策速递",
                    notes="Item under the label 政策速递 (section): headline line with a ◇ mark (not part of the "
                          "title), one short paragraph, no credit: no authors.",
                    paras=[text])
        pg.headline(c, lines=["◇" + title])
        pg.body(c)
    box(pg, ["责任编辑：甄一茗　校对：桂晓园"], "footer with 责任编辑", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mb08() -> Page:
    """Commercial daily 国际 page of wire copy: lead with run-in 新华社…电（记者 X　Y） whose body is cut by a
    running header read in the middle; label 国际观察 over an analysis with byline line 新华社记者 X　Y and （完）
    run in; label 环球速览 over three items with 据新华社电 / bare 新华社…电 / 综合新华社电; photo caption."""
    pg = Page("mb08.txt", cols=23, indent=FW * 2, blanks="para", seed=8408,
              style="commercial daily 国际 page of wire copy, indent two U+3000, blank lines between paragraphs and "
                    "blocks: header (国际; paper + date with weekday; A11); lead with run-in "
                    "新华社维斯堡11月19日电（记者 X　Y） whose body is CUT by a running header line (东泠商报·国际　date) "
                    "read in the middle, between two paragraphs; label 国际观察 over an analysis with byline line "
                    "新华社记者 X　Y and （完） run in at the end; label 环球速览 over three items with the run-in "
                    "credits 据新华社电, the bare 新华社萨兰城11月18日电 and 综合新华社电; photo caption with credit "
                    "新华社发（X　摄）; footer with 责任编辑 and 版式")
    box(pg, ["国际", "", "东泠商报　" + cn_date(2036, 11, 20), "", "A11"], "page header")
    a = Article(
        "a", "卡兰央行年内第三次下调基准利率",
        byline="新华社维斯堡11月19日电（记者　罗启明　文静姝）", authors=["罗启明", "文静姝"],
        lead="新华社维斯堡11月19日电（记者　罗启明　文静姝）",
        notes="Wire lead (新华社, with invented places): run-in dateline 新华社维斯堡11月19日电（记者 X　Y） excluded from "
              "first; both reporters are authors. A running header line (东泠商报·国际　2036.11.20) is read in the "
              "middle of the body, between two paragraphs: not body (body in pieces). The analysts quoted are not "
              "authors.",
        paras=[
            "卡兰共和国中央银行19日宣布，将基准利率下调25个基点至3.5%，这是该行今年以来第三次降息。",
            "卡兰央行在声明中说，近几个月国内通胀率持续回落，10月消费者价格指数同比上涨2.1%，已接近2%的政策目标；与此同时，制造业和建筑业投资明显放缓，三季度经济环比仅增长0.2%。适度放松货币政策有助于稳定就业和投资。",
            "受降息消息影响，卡兰货币卡兰镑兑美元汇率当日下跌0.6%，维斯堡证券交易所主要股指收盘上涨1.3%。",
            "分析人士认为，在全球主要经济体普遍进入降息周期的背景下，卡兰央行明年仍有进一步放松的空间，但汇率贬值压力可能制约降息幅度。",
        ])
    top(pg, a)
    pg.body(a, end=2)
    pg.gap()
    box(pg, ["东泠商报·国际　2036.11.20"], "running header read in the middle of the lead (not body)")
    pg.body(a, start=2)
    pg.gap()
    box(pg, ["国际观察"], "column label 国际观察")
    b = Article(
        "b", "全球航运运价缘何持续走低", section="国际观察",
        byline="新华社记者　韩潮　苏曼青", authors=["韩潮", "苏曼青"], tail="（完）",
        notes="Wire analysis under the label 国际观察 (section), byline line 新华社记者 X　Y (both authors); （完） run "
              "in at the end (wrapped onto a line of its own) excluded from last. Kind article (a reported analysis, not an opinion column).",
        paras=[
            "进入11月以来，全球集装箱运价延续跌势。航运咨询机构数据显示，远东至北欧航线运价较年初高点下跌近六成，远东至北美西海岸航线运价跌至每标准箱1500美元以下，回到两年来的低位。",
            "业内人士分析，运价下行主要有三方面原因：一是过去两年新造集装箱船集中交付，全球运力增长明显快于货运需求；二是主要消费市场需求放缓，年末购物季备货不及预期；三是部分航道通行条件改善，船舶周转效率提高，进一步释放了有效运力。",
            "运价走低对出口企业是利好，却给航运公司带来经营压力。多家大型班轮公司已宣布在淡季临时停航部分航次，以稳定运价。专家预计，在运力过剩的格局下，明年全球航运市场仍将面临较大调整压力。",
        ])
    pg.headline(b)
    pg.gap()
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    box(pg, ["环球速览"], "column label 环球速览")
    c1 = Article(
        "c1", "北陆联邦10月出口同比增长4.2%", section="环球速览",
        byline="据新华社电", lead="据新华社电　",
        notes="Item under the label 环球速览 (section) with the run-in credit 据新华社电 (excluded from first): it "
              "names no reporter, so no authors.",
        paras=["北陆联邦统计局18日公布的数据显示，10月该国出口额同比增长4.2%，连续第三个月实现正增长，其中汽车和机械设备出口表现较好。当月贸易顺差为186亿美元。"])
    c2 = Article(
        "c2", "萨兰将发行首支绿色主权债券", section="环球速览",
        byline="新华社萨兰城11月18日电", lead="新华社萨兰城11月18日电　",
        notes="Item under the label 环球速览 with the bare run-in dateline 新华社萨兰城11月18日电 (no reporter named): "
              "excluded from first, no authors.",
        paras=["萨兰财政部18日宣布，将于下月发行总额20亿美元的10年期绿色主权债券，募集资金将用于海岸防护、可再生能源和公共交通项目。这是该国首次发行绿色债券。"])
    c3 = Article(
        "c3", "国际油价连续三周下跌", section="环球速览",
        byline="综合新华社电", lead="综合新华社电　",
        notes="Item under the label 环球速览 with the run-in credit 综合新华社电 (compiled from wire reports): excluded "
              "from first, no authors.",
        paras=["由于市场担忧明年全球原油供应过剩，国际油价连续第三周下跌。截至当地时间18日收盘，基准原油期货价格收于每桶61.47美元，三周累计下跌8.6%。"])
    for c in (c1, c2, c3):
        whole(pg, c)
    box(pg, wrap("11月18日，在萨兰城港口，工人在集装箱码头作业。新华社发（萨米·奥兰　摄）", 23),
        "photo caption with credit (not an article)")
    box(pg, ["责任编辑：孔令仪　版式：蓝岑"], "footer with 责任编辑", gap=False)
    return pg


PAGES = [mb05, mb06, mb07, mb08]
