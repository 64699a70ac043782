"""Pages g01-g04 of handmade22 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def g01() -> Page:
    """National economic daily, front page: masthead; lead with 引题 and run-in 本报北京5月8日讯（记者 X　Y）;
    评论员文章 with 本报评论员 under its two-line headline; wire item 九通社北京…电（记者 X、Y） ending （完）;
    本报讯（记者 X） item; 今日导读 box; footer with editors, proof-reader and designer."""
    pg = Page("g01.txt", cols=24, indent=FW * 2, blanks="para", seed=2201,
              style="national economic daily FRONT page: five-line masthead (paper, English name, date with weekday, CN / 邮发代号 line, 今日16版 and issue number); lead with 引题 (two phrases parted by U+3000) over a one-line headline and the run-in 本报北京5月8日讯（记者 X　Y）; 评论员文章 with a headline on two lines and the line 本报评论员 UNDER it; wire item with run-in 九通社北京5月8日电（记者 X、Y） (names parted by 、) and （完） run in at the end; run-in 本报讯（记者 X） item; 今日导读 box of three ◆ titles with page numbers; footer with two editors, proof-reader and designer")
    pg.furniture(["华衡经济日报",
                  "HUAHENG ECONOMIC DAILY",
                  cn_date(2034, 5, 9),
                  "国内统一连续出版物号　CN 10-0418　邮发代号　1-72",
                  "今日16版　第14207号"], "masthead")
    pg.blank()
    a = Article(
        "a", "前4个月货物贸易进出口同比增长5.3%",
        subtitle="新动能加快成长　贸易结构持续优化",
        byline="本报北京5月8日讯（记者　闻笛　常予安）", authors=["闻笛", "常予安"],
        lead="本报北京5月8日讯（记者　闻笛　常予安）",
        notes="Lead. The 引题 above the headline (no 副题) is the subtitle. Run-in 本报北京5月8日讯（记者 X　Y） is the "
              "byline and is excluded from first; both reporters are authors. The 业内人士 quoted is not.",
        paras=[
            "海关统计数据显示，今年前4个月，我国货物贸易进出口总值14.62万亿元，同比增长5.3%。其中，出口8.41万亿元，增长6.8%；进口6.21万亿元，增长3.4%。4月当月进出口3.87万亿元，同比增长7.1%，增速比一季度加快2.4个百分点。",
            "从商品结构看，机电产品出口5.02万亿元，增长8.9%，占出口总值的59.7%。其中，工业机器人、集成电路、船舶出口分别增长36.2%、19.4%和28.7%，新能源汽车、锂电池、光伏产品合计出口增长11.3%。劳动密集型产品出口增长1.6%，增速由负转正。",
            "从经营主体看，前4个月有进出口实绩的外贸企业达到61.8万家，同比增加3.2万家。民营企业进出口7.93万亿元，增长7.6%，占进出口总值的54.2%，比重继续提升。对新兴市场进出口增长6.9%，占比提高到47.3%。",
            "业内人士分析，外需边际回暖、稳外贸政策持续显效以及企业加快开拓多元市场，共同推动了进出口增速回升。但也要看到，外部环境不确定性仍然较多，部分行业订单恢复不均衡，稳外贸仍需持续加力。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "稳外贸既要稳规模更要优结构", head=["稳外贸既要稳规模", "更要优结构"], kind="commentary",
        byline="本报评论员",
        notes="评论员文章: headline on two lines, joined; the line 本报评论员 printed UNDER the headline is the byline "
              "(no person named: no authors). Commentary.",
        paras=[
            "前4个月外贸数据好于预期，进出口增速逐月回升，高端装备等产品出口保持较快增长，外贸结构持续优化。这份成绩单来之不易，既反映出我国产业体系完整、配套能力强的综合优势，也体现了广大外贸企业迎难而上、积极开拓的韧劲。",
            "稳外贸，稳规模是基础。当前全球需求复苏仍然乏力，贸易保护主义抬头，外贸企业面临订单不稳、成本上升、汇率波动等多重压力。要把已出台的出口退税、出口信用保险、跨境贸易便利化等政策落实到位，帮助企业稳订单、拓市场，特别是要加大对中小微外贸企业的支持力度。",
            "稳外贸，优结构是关键。规模的稳定最终要靠质量的提升来支撑。要推动加工贸易向产业链中高端延伸，培育一批具有国际竞争力的自主品牌，加快发展跨境电商、海外仓、保税维修等新业态新模式，以服务贸易和数字贸易拓展外贸增长空间。",
            "外贸是观察经济运行的窗口。只要坚持稳中求进，既在稳规模上持续用力，又在优结构上久久为功，我国外贸就一定能够在复杂环境中行稳致远，为经济回升向好提供有力支撑。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "前4个月新增减税降费及退税缓费超4200亿元",
        byline="九通社北京5月8日电（记者　柏川、林知秋）", authors=["柏川", "林知秋"],
        lead="九通社北京5月8日电（记者　柏川、林知秋）", tail="（完）",
        notes="Wire item of the invented agency 九通社 (九州通讯社). **new:** run-in dateline 九通社北京5月8日电（记者 X、Y） "
              "with the two names parted by 、: the byline, excluded from first; both reporters are authors. The end "
              "mark （完） run in at the end is excluded from last.",
        paras=[
            "记者8日从税务部门获悉，今年前4个月，全国新增减税降费及退税缓费4236亿元。其中，支持科技创新和制造业发展的政策新增减税降费及退税2318亿元，占比达54.7%。",
            "税务部门有关负责人表示，今年以来，各地税务部门依托税收大数据精准推送政策，推动符合条件的纳税人“应享尽享”。从受益主体看，小微企业和个体工商户新增减税降费及退税缓费1409亿元，占总额的三成以上。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "全国首批数据资产登记试点城市名单公布",
        byline="本报讯（记者　苏禾）", authors=["苏禾"], lead="本报讯（记者　苏禾）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从有关部门获悉，全国首批数据资产登记试点城市名单日前公布，雁宁、望潮、栖川等12个城市入选。试点期间，各地将探索建立数据资产登记、评估、流通和收益分配等制度规则，推动公共数据和企业数据依法合规开发利用。按照计划，试点工作为期两年，将于2036年上半年完成评估。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["今日导读",
                  "◆一季度居民消费支出增长7.4%（第3版）",
                  "◆“买了就退”的成本账谁来算（第5版）",
                  "◆消费回暖势头能否延续（第9版）"], "今日导读 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["本版责任编辑：韩雪棠　甄一苇　　校对：罗晓鸥　　版式设计：崔小满"],
                 "footer with editors, proof-reader, designer")
    return pg


# ---------------------------------------------------------------------------
def g02() -> Page:
    """调查 page: 引题 kicker, headline, ——deck, byline line 本报记者 X　Y, ▶ crossheads, a ▲ photo caption with
    credit between two paragraphs; 记者手记 box (label, short headline, two paragraphs, the reporter's name
    right-aligned at its end); 本报讯（记者 X） item."""
    pg = Page("g02.txt", cols=28, indent=FW * 2, blanks="arts", seed=2202,
              style="national economic daily 调查 page, blank lines only between articles and blocks: header on three lines (版名 letter-spaced 调　查, paper + date with weekday, 第5版); investigation with 引题 kicker, headline opening with a quotation mark, ——deck (对…的调查), byline line 本报记者 X　Y, three ▶-marked crossheads and a ▲ photo caption with credit 本报记者 X摄 printed BETWEEN two paragraphs; label 记者手记 over a sidebar box with its own short headline, two paragraphs and the reporter's name alone, right-aligned, on a line at its end; run-in 本报讯（记者 X） item; footer with editor, proof-reader and e-mail")
    pg.furniture(["调　查",
                  "华衡经济日报　" + cn_date(2034, 5, 9),
                  "第5版"], "page header")
    pg.blank()
    a = Article(
        "a", "“买了就退”的成本账谁来算",
        subtitle="——对三地直播电商产业带的调查",
        byline="本报记者　庞晓岚　钟予川", authors=["庞晓岚", "钟予川"],
        notes="Investigation (调查). The 引题 kicker 直播电商退货率居高不下 above the headline is neither title nor "
              "subtitle (the ——deck is the subtitle, as q01 of handmade6). Byline line 本报记者 X　Y: both are "
              "authors. The ▶ crossheads are body. The ▲ photo caption with its credit (本报记者 钟予川摄, one of the "
              "writers) printed between two paragraphs is not body. People quoted (何春眠, 孟觉非) are not authors.",
        paras=[
            "“一场直播卖出去3000单，过了7天，退回来1800单。”说起今年春季的一场服装专场直播，栖川市一家女装企业的负责人何春眠至今心有余悸。扣除退货后，这场直播非但没有赚钱，还倒贴了近4万元的运费和人工。",
            "近年来，直播电商快速发展，成为拉动消费的重要渠道。与此同时，居高不下的退货率也让不少商家苦不堪言。记者近日走访栖川、枫渡、临溪三地直播电商产业带发现，部分服装类目直播退货率超过50%，“买了就退”“试穿再退”等现象较为普遍，由此产生的成本正沿着产业链层层传导。",
            Cross("▶退货率最高达七成"),
            "在栖川市的一处直播基地，记者看到，仓库一角堆放着数百个等待质检的退货包裹。基地运营负责人介绍，女装、鞋靴等品类的平均退货率在40%至60%之间，个别“爆款”甚至达到70%。“有的消费者一次下单三个尺码，留一件退两件；也有人穿了一次就申请退货，吊牌都剪了。”",
            "枫渡市电子商务协会的抽样调查显示，当地服装直播商家的平均退货率比传统货架电商高出约20个百分点。退货带来的不只是销售额的缩水，还有逆向物流、二次质检、重新包装等一系列成本。据测算，一件退货商品的综合处理成本约占商品售价的15%至25%。",
            Cross("▶成本最终由谁承担"),
            "“退货成本不会凭空消失。”九州财经大学电子商务研究中心主任孟觉非分析，商家为覆盖高退货率带来的损失，往往会在定价时预留空间，或压低面料、做工标准，最终损害的是守规矩的消费者和整个行业的声誉。",
            "记者了解到，部分平台推出的“退货包运费”服务，在提升消费体验的同时，也在一定程度上助长了冲动下单。临溪县一家鞋企负责人给记者算了一笔账：企业每月为退货支付的运费险保费超过8万元，占到净利润的三分之一。",
            Cross("▶多方协同破解难题"),
            "受访专家和企业建议，破解高退货率难题需要多方协同。平台应优化规则，对恶意退货行为建立信用约束机制；商家应提升商品描述的准确性，通过真人试穿、尺码推荐等方式减少“货不对板”；消费者也应理性下单，珍惜“七天无理由退货”这一权利。",
            "令人欣慰的是，一些地方已开始探索。枫渡市今年3月上线了直播电商共享质检仓，退货商品可就近集中处理、快速返售，商家的单件退货处理成本下降了约三成。",
        ])
    pg.kicker(a, "直播电商退货率居高不下")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=7)
    pg.furniture(wrap("▲4月27日，栖川市一处直播基地的工作人员在分拣退货包裹。　本报记者　钟予川摄", 28),
                 "photo caption with credit, between two paragraphs (not body)")
    pg.body(a, start=7)
    pg.blank()
    b = Article(
        "b", "别让“无理由”变成“无底线”", section="记者手记",
        byline="庞晓岚", authors=["庞晓岚"],
        notes="记者手记 sidebar box under its label (section): own short headline, two paragraphs, the reporter's "
              "name alone right-aligned on a line at its end (the byline; she is the author). Kind article, as the "
              "记者手记 of earlier sets.",
        paras=[
            "采访中，不少商家向记者吐苦水，但几乎没有人主张取消“七天无理由退货”。一位从业十多年的服装店主说得实在：“这项规定让消费者敢下单，我们是受益者。”",
            "问题不在规则本身，而在于规则被滥用。个别消费者把“无理由退货”当成“免费试穿”，个别商家以次充好、夸大宣传，都在消耗整个行业的信任。守住诚信这条底线，直播电商才能走得更远。",
        ])
    pg.furniture(["记者手记"], "label 记者手记 of the sidebar box")
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 22 + b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "多家电商平台试行退货信用分级管理",
        byline="本报讯（记者　钟予川）", authors=["钟予川"], lead="本报讯（记者　钟予川）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从多家电商平台获悉，自今年6月起，相关平台将试行消费者退货信用分级管理，对短期内高频退货、退回商品与原商品不符等行为进行识别，信用等级较低的用户将无法享受“极速退款”等服务。",
            "平台方面表示，这一措施针对的是极少数恶意退货行为，不影响绝大多数消费者正常行使退货权利。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：戚望川　　校对：俞知行", "联系邮箱：diaocha@hhjjrb.cn"],
                 "footer with editor, proof-reader, e-mail")
    return pg


# ---------------------------------------------------------------------------
def g03() -> Page:
    """金融时报-like 政策 page: label 权威解读 over a Q&A (two-line headline, ——deck naming the expert, byline line
    本报记者 X, body of 问：／答： paragraphs only); 数说 figures box with 数据来源; 本报讯（记者 X） item; wire item
    with an editor line （责任编辑：X） after it."""
    pg = Page("g03.txt", cols=40, indent="  ", blanks="some", seed=2203, p_para=0.45, p_gap=0.8,
              style="金融时报-like 政策·解读 page indented with two ASCII spaces: header on two lines (paper + date with weekday + 第4版; 版名 + 责任编辑); label 权威解读 over a Q&A: headline on two lines (the second a short clause), ——deck …答本报记者问, byline line 本报记者 X, then ONLY 问：／答： paragraphs (no intro); 数说 figures box (box title, four figures each on its own line over an indented caption line, 数据来源 line); run-in 本报讯（记者 X） item; wire item with run-in 九通社北京5月9日电（记者 X）, no （完）, an editor line （责任编辑：X） after it; footer with proof-reader and designer")
    pg.furniture(["启明金融时报　" + cn_date(2034, 5, 10) + "　第4版",
                  "政策·解读　　责任编辑：施一帆"], "page header")
    pg.blank()
    a = Article(
        "a", "个人养老金缴费上限提高这些变化与你有关",
        head=["个人养老金缴费上限提高", "这些变化与你有关"], section="权威解读", kind="interview",
        subtitle="——九州社会保障研究院院长谭慕远答本报记者问",
        byline="本报记者　岑一苇", authors=["岑一苇"],
        notes="Q&A under the label 权威解读 (section): headline on two lines, joined; ——deck is the subtitle; byline "
              "line 本报记者 X (the interviewer, the author). The body is only 问：／答： paragraphs; the expert who "
              "answers (谭慕远) is not an author. Kind interview (a question-and-answer exchange with a named "
              "expert, as the 答记者问 of s05).",
        paras=[
            "问：此次将个人养老金年度缴费上限由1.2万元提高到1.5万元，主要有哪些考虑？",
            "答：个人养老金制度全面推开以来，参加人数稳步增长，但也有不少参加人反映，1.2万元的缴费上限偏低，难以满足部分群体增加养老储备的需要。同时，随着居民收入水平提高，原有上限的激励作用有所减弱。此次适度提高缴费上限，既是回应群众关切，也是为了更好发挥税收优惠政策的引导作用，鼓励更多人提前规划养老。",
            "问：提高上限后，参加人能享受多少税收优惠？",
            "答：按照现行政策，参加人缴费可在综合所得或经营所得中据实扣除，投资收益暂不征税，领取时单独按照3%的税率计算缴纳个人所得税。以适用20%税率的参加人为例，每年足额缴纳1.5万元，当年可少缴个人所得税3000元，比调整前多节税600元。需要提醒的是，税收优惠的力度与个人适用税率相关，收入较低、原本无需缴纳个人所得税的参加人，主要获益在于长期投资收益。",
            "问：不少人担心个人养老金产品收益不稳定，对此怎么看？",
            "答：个人养老金是长期投资，评价其收益不能只看一时一地。目前纳入产品目录的有储蓄存款、理财、商业养老保险和公募基金四类，风险和收益特征各不相同。参加人可以根据自身年龄、风险承受能力，选择适合的产品组合。临近退休的参加人可多配置稳健型产品，年轻人可适当提高权益类产品的比例，以时间换取收益。",
            "问：下一步还将在哪些方面完善制度？",
            "答：一方面，将进一步丰富产品供给，研究将更多符合条件的指数基金、特定养老储蓄等纳入产品目录；另一方面，将优化开户、缴费、领取等环节的服务流程，推动更多银行实现线上“一站式”办理。同时，还将加强投资者教育，帮助参加人树立长期投资理念。",
        ])
    pg.furniture(["权威解读"], "column label 权威解读")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["数说个人养老金",
                  "7260万人",
                  "　个人养老金开户人数",
                  "1.5万元",
                  "　年度缴费上限（原为1.2万元）",
                  "3%",
                  "　领取时适用的个人所得税税率",
                  "986只",
                  "　纳入产品目录的公募基金",
                  "数据来源：人社部门、金融监管部门（截至2034年3月末）"],
                 "数说 figures box (box title, figures, captions, 数据来源; not an article)")
    pg.blank()
    b = Article(
        "b", "多家银行推出个人养老金专属存款产品",
        byline="本报讯（记者　荀望）", authors=["荀望"], lead="本报讯（记者　荀望）",
        notes="Run-in 本报讯（记者 X） excluded from first. The bank's 理财经理 and 业内人士 quoted are not authors.",
        paras=[
            "记者近日走访望潮市多家银行网点了解到，为迎接个人养老金缴费上限调整，不少银行推出了个人养老金专属存款产品，5年期利率普遍在2.35%至2.6%之间，比同期限普通定期存款高出10至30个基点。",
            "“客户咨询量明显增加，尤其是临近退休的中老年客户，更偏好保本保息的储蓄产品。”望潮一家股份制银行的理财经理说。业内人士提醒，个人养老金资金原则上要到退休时才能领取，参加人在缴费前应合理规划现金流。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "个人养老金产品目录再扩容",
        byline="九通社北京5月9日电（记者　车雨桐）", authors=["车雨桐"],
        lead="九通社北京5月9日电（记者　车雨桐）",
        notes="Wire item: run-in 九通社北京5月9日电（记者 X） excluded from first. **new:** the editor line "
              "（责任编辑：X） printed on a line after the body is not body and the editor is not an author.",
        paras=[
            "金融监管部门9日公布第十二批个人养老金产品名单，新增储蓄存款产品34只、理财产品9只、商业养老保险产品17只和公募基金产品46只。至此，个人养老金产品总数达到1247只。",
            "有关负责人表示，将持续优化产品准入标准，引导金融机构开发更多期限长、费率低、适合长期持有的养老金融产品。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.furniture(["（责任编辑：苗书亭）"], "editor line after the wire item (not body)")
    pg.blank()
    pg.furniture(["校对：贝思源　　版式：郎小禾"], "footer with proof-reader and designer")
    return pg


# ---------------------------------------------------------------------------
def g04() -> Page:
    """国际 page indented with ONE U+3000: wire 九通社维斯贝里…电（记者 X） with translated names (·) ending （完）;
    translated story with byline line 本报记者 X　编译; 驻外记者 story; label 环球速览 over two items, each signed
    （X　编译） at the end."""
    pg = Page("g04.txt", cols=30, indent=FW, blanks="para", seed=2204,
              style="经贸导报 国际 page indented with ONE U+3000: header on three lines (paper; date with weekday + 第7版; 版名 国际·经贸); wire item with run-in 九通社维斯贝里5月7日电（记者 X） from an invented foreign capital, translated names with · (埃琳娜·萨尔托里) and （完） at the end; translated story opening 据《北港商业评论》5月6日报道， with byline line 本报记者 X　编译 UNDER the headline; story by a foreign correspondent (byline line 本报驻罗维纳记者 X); label 环球速览 over two items, each signed （X　编译） run in at the end; footer with editor, designer, proof-reader")
    pg.furniture(["寰球经贸导报",
                  cn_date(2034, 5, 8) + "　第7版",
                  "国际·经贸"], "page header")
    pg.blank()
    a = Article(
        "a", "卡斯特兰央行年内首次降息",
        byline="九通社维斯贝里5月7日电（记者　白屿舟）", authors=["白屿舟"],
        lead="九通社维斯贝里5月7日电（记者　白屿舟）", tail="（完）",
        notes="Wire item from an invented foreign capital: run-in 九通社维斯贝里5月7日电（记者 X） excluded from first, "
              "（完） run in at the end excluded from last. The central bank governor quoted (埃琳娜·萨尔托里, a "
              "translated name with ·) is not an author.",
        paras=[
            "卡斯特兰中央银行7日宣布，将基准利率下调25个基点至3.75%，这是该行今年以来首次降息。",
            "卡斯特兰中央银行行长埃琳娜·萨尔托里在当天举行的新闻发布会上表示，近几个月国内通胀压力明显缓解，4月消费价格指数同比上涨2.3%，已接近2%的政策目标，而制造业和建筑业活动持续疲软，“适度放松货币政策有助于支持经济复苏”。",
            "萨尔托里同时强调，未来利率走向将取决于经济数据，央行不会预先承诺降息路径。市场分析人士普遍预计，该行年内还可能再降息一到两次。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "全球航运业下调今年运力增长预期",
        byline="本报记者　祁思远　编译", authors=["祁思远"],
        notes="**new:** translated story: byline line 本报记者 X　编译 under the headline; the compiler-translator is "
              "the author. The opening 据《北港商业评论》5月6日报道， is the first clause of the text and stays in "
              "the body (first starts with it). Executives and analysts quoted (马蒂亚斯·科尔贝, 安德烈亚·罗西尼) are "
              "not authors.",
        paras=[
            "据《北港商业评论》5月6日报道，由于主要航线需求增长放缓、新船交付集中，多家全球航运企业近期下调了今年的运力增长预期。",
            "总部位于罗维纳的海联航运公司首席执行官马蒂亚斯·科尔贝在一季度业绩说明会上表示，今年全球集装箱船队运力预计增长5%左右，而货运需求增速可能只有3%，“供过于求的局面短期内难以扭转”。该公司一季度营业收入同比下降11%，净利润下降近四成。",
            "航运咨询机构海事视野的分析师安德烈亚·罗西尼认为，部分航线绕行带来的运力消耗正在减少，叠加新造船舶陆续交付，运价或将继续承压。不过，她也指出，新兴市场之间的贸易增长较快，区域航线有望成为航运企业新的增长点。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "罗维纳港自贸区成新能源企业出海新落点",
        byline="本报驻罗维纳记者　左念真", authors=["左念真"],
        notes="Story by a foreign correspondent: byline line 本报驻罗维纳记者 X. People quoted (卡洛斯·门德罗, 邵立言) "
              "are not authors.",
        paras=[
            "走进罗维纳港自由贸易区，一座座新建厂房整齐排列，印有中文和当地文字的招牌随处可见。自贸区管理局局长卡洛斯·门德罗告诉记者，过去两年，已有23家中国新能源企业在这里投资设厂，涉及动力电池、储能系统、电动两轮车等领域，协议投资额超过18亿美元。",
            "“这里靠近欧洲和北非市场，物流成本低，当地政府对绿色产业还有税收减免。”在自贸区投资建设电池包组装厂的澄源能源公司海外业务负责人邵立言说，工厂去年11月投产，目前产品已销往周边9个国家。",
            "门德罗表示，自贸区正在规划建设第二期产业园，希望吸引更多中国企业参与，同时带动当地就业和技术人才培养。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["环球速览"], "column label 环球速览")
    items = [
        Article("d1", "埃斯塔尼亚4月通胀率回落至2.1%", paras=[
            "埃斯塔尼亚国家统计局6日公布的数据显示，该国4月消费者价格指数同比上涨2.1%，涨幅较3月回落0.4个百分点，为近三年来最低水平。其中，能源价格同比下降3.2%，食品价格上涨2.8%。"]),
        Article("d2", "北海经济联盟设立绿色产业基金", paras=[
            "北海经济联盟理事会日前批准设立规模为200亿美元的绿色产业发展基金，重点支持成员国的可再生能源、电网改造和低碳交通项目。联盟轮值主席国财政部长奥拉夫·林德奎斯特说，基金将采取股权投资和优惠贷款相结合的方式运作。"]),
    ]
    for art in items:
        art.section = "环球速览"
        art.byline = "（晏秋　编译）"
        art.authors = ["晏秋"]
        art.tail = "（晏秋　编译）"
        art.notes = ("Item under the label 环球速览 (section). **new:** the credit （X　编译） run in at the end is the "
                     "byline, excluded from last; the compiler is the author. Officials named are not.")
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["责任编辑：尤思齐　　版式设计：卫青苗　　校对：闵知夏"], "footer")
    return pg


PAGES = [g01, g02, g03, g04]
