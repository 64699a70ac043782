"""Pages kl01-kl04 of handmade42 (development set; all papers, firms, stock codes, indices, exchanges,
people, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kl01() -> Page:
    """Securities daily FRONT page: masthead; lead market report with 引题 and run-in 本报讯（记者 X　Y）, ending in a
    jump line （下转A2版）; regulatory news with ——副题 and byline line 本报记者 X; label 瀚海观察 over a comment
    signed by a named 本报评论员; 昨日行情 index box; 今日导读 box; footer."""
    pg = Page("kl01.txt", cols=34, indent=FW * 2, blanks="para", seed=4201,
              style="securities daily FRONT page: five-line masthead (paper, English name, date with weekday, CN / 邮发代号 line, 今日48版 and issue number); lead market report with an 引题 over a headline of two phrases parted by U+3000 and the run-in 本报讯（记者 X　Y）, ending with a jump line （下转A2版） on a line of its own; regulatory news with ——副题 (two phrases parted by U+3000) and byline line 本报记者 X; label 瀚海观察 over a comment whose byline line is □本报评论员 X (a NAMED commentator); 昨日行情 index box (ragged rows); 今日导读 box of four ◆ titles with page numbers; footer with editors, designer, proof-reader and the paper's address")
    pg.furniture(["瀚海证券报",
                  "HANHAI SECURITIES NEWS",
                  cn_date(2035, 6, 13),
                  "国内统一连续出版物号　CN 11-0735　邮发代号　1-194",
                  "今日48版　A叠16版　B叠32版　第9126期"], "masthead")
    pg.blank()
    a = Article(
        "a", "三大指数放量收涨科技成长板块领涨", head=["三大指数放量收涨　科技成长板块领涨"],
        subtitle="两市成交额连续五个交易日超万亿元",
        byline="本报讯（记者　戚远帆　卢知微）", authors=["戚远帆", "卢知微"],
        lead="本报讯（记者　戚远帆　卢知微）",
        notes="Lead market report. Headline of two phrases parted by U+3000 on one line, written unspaced. The 引题 "
              "above it (no 副题 printed) is the subtitle, as g01 of handmade22. Run-in 本报讯（记者 X　Y） excluded "
              "from first; both reporters are authors. **new:** the jump line （下转A2版） on a line of its own after "
              "the text is not body (the body ends before it; its continuation on A2 is kl02's first record). The "
              "strategist quoted (鲁清远) is not an author.",
        paras=[
            "6月12日，两市主要股指全线收涨，成交明显放大。截至收盘，望潮综指报3318.46点，上涨1.27%；望潮成指报10562.31点，上涨1.86%；成长板指报2147.85点，上涨2.41%。两市合计成交1.26万亿元，较上一交易日增加1380亿元，连续第五个交易日超过万亿元。",
            "盘面上，科技成长板块全线走强。半导体板块指数全天上涨4.62%，板块内27只个股涨停；算力设备、工业软件、消费电子等板块涨幅均超过2.5%。银行、煤炭、公用事业等红利板块小幅回调。全市场上涨个股超过4100只，涨停92只，跌停仅6只。",
            "资金面上，主力资金全天净流入186.4亿元，为近两个月来单日最高水平；截至6月11日，两融余额升至1.62万亿元，连续三个交易日增加。",
            "衡泰证券首席策略分析师鲁清远认为，近期稳增长政策持续落地，叠加部分行业景气度改善，市场风险偏好明显回升。“量能持续放大说明增量资金入场意愿增强，科技成长方向有产业趋势支撑，但短期涨幅较大的个股也面临获利回吐压力。”",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture([FW * 26 + "（下转A2版）"], "jump line (not body)")
    pg.gap()
    b = Article(
        "b", "上市公司现金分红指引拟修订",
        subtitle="——鼓励一年多次分红　强化未分红公司信息披露",
        byline="本报记者　祝晴川", authors=["祝晴川"],
        notes="——副题 is the subtitle (two phrases parted by U+3000, kept as printed). Byline line 本报记者 X. The "
              "unnamed 有关负责人 and the professor quoted (温叙白) are not authors.",
        paras=[
            "记者6月12日从证券监管部门获悉，《上市公司现金分红指引（修订征求意见稿）》当日起向社会公开征求意见，征求意见期为30天。",
            "征求意见稿主要作了三方面修订：一是鼓励具备条件的上市公司在年度分红之外增加中期分红、季度分红，简化中期分红的审议程序；二是对连续三年未进行现金分红、但具备分红能力的公司，要求在年度报告中详细说明原因及未分配利润的使用计划；三是对主业经营亏损但仍通过举债大比例分红的行为加强约束，防止“借钱分红”。",
            "有关负责人表示，2034年度共有3870家上市公司实施或拟实施现金分红，分红总额达2.37万亿元，创历史新高。此次修订旨在推动上市公司形成稳定、可预期的分红机制，增强投资者获得感。",
            "望潮财经大学金融学院教授温叙白表示，提高分红的稳定性和可预期性，有助于引导长期资金入市，也有利于推动上市公司提高经营质量。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "让“长钱”真正长起来", section="瀚海观察", kind="commentary",
        byline="□本报评论员　岑牧之", authors=["岑牧之"],
        notes="Comment under the column label 瀚海观察 (section). **new:** byline line □本报评论员 X names the "
              "commentator: he is the author (the anonymous 本报评论员 of g01 of handmade22 had none). Commentary.",
        paras=[
            "近期，多家保险机构、养老金管理机构相继加大权益资产配置力度，各类中长期资金入市步伐加快。这是资本市场持续改革的成果，也是市场信心逐步修复的体现。",
            "但也要看到，部分中长期资金仍存在“长钱短投”的现象：考核周期偏短、排名压力偏大，使得一些机构追涨杀跌，与短线资金的操作方式并无二致。资金“长”不起来，市场的稳定器作用就难以发挥。",
            "让“长钱”真正长起来，关键在于完善考核机制和市场生态。一方面，要推动保险资金、年金基金等实行三年以上的长周期考核，弱化短期收益排名；另一方面，要持续提高上市公司质量，以稳定的分红回报和成长预期，让长期投资者“愿意来、留得住”。",
            "市场的成熟，离不开长期资金的成熟。“长钱”多一分，市场的“压舱石”就稳一分。",
        ])
    pg.furniture(["瀚海观察"], "column label 瀚海观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["昨日行情",
                  "望潮综指　3318.46　 +1.27%",
                  "望潮成指　10562.31 +1.86%",
                  "成长板指　2147.85　+2.41%",
                  "九州300　 3921.07　+1.53%",
                  "两市成交　12618亿元"], "昨日行情 index box (ragged rows; not an article)")
    pg.blank()
    pg.furniture(["今日导读",
                  "◆半导体板块掀涨停潮　A2",
                  "◆下周限售股解禁市值约420亿元　A4",
                  "◆两融余额连续三日增加　B8",
                  "◆上市公司公告　B5—B7"], "今日导读 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["本版责任编辑：边若虹　乔既明　　美编：阎小棠　　校对：龚望",
                  "社址：瀚海市滨江大道1088号　邮编：518026　广告热线：0755-8316××××"],
                 "footer with editors, designer, proof-reader, address and hotline")
    return pg


# ---------------------------------------------------------------------------
def kl02() -> Page:
    """Securities daily A2 市场·收评 page: continuation of kl01's lead (its headline repeated, shortened, over the
    jump line （上接A1版）); label 收评 over a report; ragged 板块涨幅榜 table; 资金流向 item with run-in
    本报讯（记者 X） and its ragged table; label 机构看市 over a roundup compiled by a reporter; 风险提示 box."""
    pg = Page("kl02.txt", cols=22, indent="  ", blanks="some", seed=4202, p_para=0.4, p_gap=0.8,
              style="securities daily A2 市场·收评 page indented with two ASCII spaces: header on three lines (A2　市场·收评; paper + date with weekday; 责任编辑 and 美编); CONTINUATION of the front-page lead: its headline repeated in short, the jump line （上接A1版） on a line of its own, two paragraphs and no byline; label 收评 over a report with byline line 本报记者 X; 板块涨幅榜 table (title, header, five ragged rows, one wrapped); 资金流向 item with run-in 本报讯（记者 X）; 主力资金净流入 table (ragged); label 机构看市 over a roundup with byline line 本报记者 X　整理 whose paragraphs each open with an institution's name; 风险提示 box; footer")
    pg.furniture(["A2　市场·收评",
                  "瀚海证券报　" + cn_date(2035, 6, 13),
                  "责任编辑：乔既明　美编：阎小棠"], "page header")
    pg.blank()
    a = Article(
        "a", "三大指数放量收涨",
        notes="**new:** continuation of the front-page lead (kl01): its headline is repeated in short above the jump "
              "line （上接A1版）, which is not body. The continuation is a record of its own on this page with the "
              "repeated headline as title; no byline is printed here, so no authors. The fund manager quoted "
              "(唐望舒) is not an author.",
        paras=[
            "鲁清远表示，从历史经验看，成交额持续站稳万亿元，通常意味着市场进入相对活跃的阶段。不过，当前部分宏观数据仍有波动，海外市场利率走势也存在不确定性，投资者宜关注业绩确定性较高的细分行业龙头，避免盲目追高。",
            "瑞屿基金权益投资总监唐望舒也提示，近期热点轮动明显加快，部分题材股短期涨幅较大、估值偏离基本面，需警惕相关风险。",
        ])
    pg.headline(a)
    pg.furniture(["（上接A1版）"], "jump line (not body)")
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "半导体板块掀涨停潮", section="收评",
        byline="本报记者　汤若岚", authors=["汤若岚"],
        notes="Market close report under the column label 收评 (section). Byline line 本报记者 X. The analyst quoted "
              "(卓映秋) is not an author.",
        paras=[
            "6月12日，半导体板块全天强势上涨，板块指数涨4.62%，创年内最大单日涨幅。个股方面，芯朗微、曜石信息、澄光精密等27只个股涨停，另有40余只个股涨幅超过5%。板块全天成交额达1368亿元，占两市成交总额的一成以上。",
            "消息面上，据行业机构统计，一季度全球半导体销售额同比增长18.6%，存储芯片价格已连续四个月上涨。此外，多地近期出台支持集成电路产业发展的政策措施，对设备、材料等环节给予资金支持。",
            "“板块上涨既有景气回升的支撑，也有资金博弈的成分。”衡泰证券电子行业分析师卓映秋表示，芯片设计、设备材料等环节的龙头公司业绩改善较为确定，可持续关注；而部分缺乏业绩支撑、仅靠概念炒作的个股，后续波动可能加大。",
        ])
    pg.furniture(["收评"], "column label 收评")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["行业板块涨幅榜（6月12日）",
                  "板块　涨幅　领涨股",
                  "半导体　4.62%　芯朗微",
                  "算力设备　3.95%　曜石",
                  "信息",
                  "工业软件 3.41% 衡川科技",
                  "消费电子　2.87%　澄光精密",
                  "通信设备　2.53%　北辰通联"], "板块涨幅榜 table (ragged rows; not an article)")
    pg.gap()
    c = Article(
        "c", "主力资金净流入逾180亿元",
        byline="本报讯（记者　甘棠）", authors=["甘棠"], lead="本报讯（记者　甘棠）",
        notes="Run-in 本报讯（记者 X） excluded from first. The table after it is not body.",
        paras=[
            "据瀚海证券报数据中心统计，6月12日，两市主力资金净流入186.4亿元。分行业看，电子、计算机、通信行业主力资金净流入居前，分别为63.2亿元、38.7亿元和21.5亿元；银行、煤炭、食品饮料行业主力资金净流出居前。",
            "个股方面，芯朗微获主力资金净流入12.86亿元，居两市首位；曜石信息、衡川科技分别获净流入9.42亿元和7.15亿元。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["主力资金净流入前五（亿元）",
                  "芯朗微　　12.86",
                  "曜石信息　9.42",
                  "衡川科技　 7.15",
                  "澄光精密　6.08",
                  "北辰通联　5.73"], "资金流向 table (ragged rows; not an article)")
    pg.gap()
    d = Article(
        "d", "市场风格或向均衡切换", section="机构看市",
        byline="本报记者　汤若岚　整理", authors=["汤若岚"],
        notes="Roundup under the column label 机构看市 (section), byline line 本报记者 X　整理: the compiler is the "
              "author (as g05 of handmade22). Each paragraph opens with an institution's name (衡泰证券认为，…): "
              "body, not crossheads. Kind article.",
        paras=[
            "两市连续放量上涨之后，后市将如何演绎？多家机构近日发表了看法。",
            "衡泰证券认为，本轮上涨由政策预期改善和产业趋势共同驱动，成交额持续放大显示市场情绪明显修复。短期看，前期涨幅较大的科技板块可能出现震荡，市场风格或从单一的成长风格向成长与价值均衡切换。",
            "澄溪基金表示，上市公司一季度盈利增速已经回正，二季度有望继续改善，这为市场提供了基本面支撑。配置上建议关注两条主线：一是业绩确定性较高的半导体设备、工业软件龙头；二是估值处于低位、股息率较高的公用事业和交通运输板块。",
            "北辰投资认为，当前市场整体估值仍处于历史中枢以下，中长期配置价值较为突出，但短期情绪指标已接近阶段性高位，投资者应控制仓位，避免追涨。",
        ])
    pg.furniture(["机构看市"], "column label 机构看市")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(wrap("风险提示：本版所载内容仅供参考，不构成投资建议。投资者据此操作，风险自担。", 22),
                 "风险提示 box (not an article)")
    pg.blank()
    pg.furniture(["校对：龚望　　组版：沙一鸥"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kl03() -> Page:
    """Futures daily 大宗商品 page indented with ONE U+3000 and NO blank line anywhere: label 早盘 over a report
    with run-in 本报讯（记者 X）; report with ——副题 and byline line 本报记者 X　实习记者 Y; label 分析师视点 over an
    analyst's comment (byline line ■…分析师　X); closing-price table; 风险提示 line; footer."""
    pg = Page("kl03.txt", cols=30, indent=FW, blanks="never", seed=4203,
              style="futures daily 大宗商品 page indented with ONE U+3000 and NO blank line anywhere: header on three lines (paper; date with weekday + 第3版; 版名 + 责任编辑 + 校对); label 早盘 over a morning report (headline of two phrases parted by U+3000) with run-in 本报讯（记者 X）; report with ——副题 and byline line 本报记者 X　实习记者 Y; label 分析师视点 over an analyst's comment with byline line ■澄江期货研究所分析师　X; 主力合约收盘行情 table (title, header, six ragged rows, 注 line); 风险提示 line; footer with address and subscription hotline")
    pg.furniture(["鼎衡期货日报",
                  cn_date(2035, 6, 13) + "　第3版",
                  "大宗商品　　责任编辑：林杳　　校对：祁小舟"], "page header")
    a = Article(
        "a", "黑色系早盘走强焦煤主力涨逾3%", head=["黑色系早盘走强　焦煤主力涨逾3%"], section="早盘",
        byline="本报讯（记者　韦知秋）", authors=["韦知秋"], lead="本报讯（记者　韦知秋）",
        notes="Morning report under the column label 早盘 (section). Headline of two phrases parted by U+3000, written "
              "unspaced. Run-in 本报讯（记者 X） excluded from first. No blank line on the page: the label line and "
              "the headline follow the header directly.",
        paras=[
            "6月12日早盘，黑色系期货品种集体走强。截至上午收盘，焦煤主力合约报1386元/吨，上涨3.28%；焦炭主力合约上涨2.41%；螺纹钢、热轧卷板主力合约分别上涨1.37%和1.22%；铁矿石主力合约上涨1.85%。",
            "业内人士分析，近期多地钢厂开工率回升，原料补库需求增加，叠加主产区煤矿安全检查趋严、部分煤矿减产，焦煤供应偏紧，带动价格反弹。",
        ])
    pg.furniture(["早盘"], "column label 早盘")
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "铜价站上每吨8万元关口", subtitle="——北港铜期货主力合约创近两年新高",
        byline="本报记者　蔺望舒　实习记者　宋禾", authors=["蔺望舒", "宋禾"],
        notes="——副题 is the subtitle. **new:** byline line 本报记者 X　实习记者 Y: both are authors (as 实习生 in "
              "handmade22). The trader and the researcher quoted (麦予安) are not authors.",
        paras=[
            "6月12日，北港期货交易所铜期货主力合约盘中最高触及80460元/吨，收盘报80120元/吨，上涨1.94%，为近两年来首次收于8万元/吨上方。今年以来，该合约累计上涨约14%。",
            "“供应端扰动是本轮上涨的主要推手。”澄江一家有色金属贸易企业负责人告诉记者，海外多座大型铜矿今年以来频繁出现减产或停产，铜精矿加工费持续走低，冶炼厂原料采购难度加大。与此同时，新能源汽车、电网投资对铜的需求保持增长，国内社会库存较年初下降近四成。",
            "不过，铜价快速上涨也抑制了部分下游企业的采购意愿。记者了解到，部分铜管、铜杆加工企业近期以按需采购为主，对高价原料的接受度有限。衡泰期货有色金属研究员麦予安认为，短期铜价仍有支撑，但需关注高价对需求的抑制以及海外宏观环境变化带来的波动风险，相关企业可合理利用期货工具管理价格风险。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "原油短期或维持区间震荡", section="分析师视点", kind="commentary",
        byline="■澄江期货研究所分析师　邵青崖", authors=["邵青崖"],
        notes="Analyst's column under the label 分析师视点 (section). **new:** byline line ■institution分析师　X: the "
              "analyst who writes the column is its author (analysts only quoted are not). Commentary.",
        paras=[
            "近期国际油价在每桶72美元至80美元区间内反复震荡。从供给端看，主要产油国延续自愿减产安排，但部分国家实际产量高于配额，市场对供应过剩的担忧并未消除。",
            "需求端方面，夏季出行高峰即将到来，汽油、航煤需求存在季节性回升预期；但全球制造业景气度偏弱，柴油需求增长乏力。整体看，油价上方受需求不足压制，下方受减产政策支撑，短期大概率延续区间震荡格局。",
            "操作上，建议投资者以区间思路对待，关注产油国会议和主要经济体库存数据的变化，控制仓位，谨慎追涨杀跌。",
        ])
    pg.furniture(["分析师视点"], "column label 分析师视点")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["主力合约收盘行情（6月12日）",
                  "品种　　合约　收盘价　涨跌幅",
                  "铜　　　2507　80120　+1.94%",
                  "铝　　　2507　20385 +0.62%",
                  "螺纹钢　2510　3426　 +1.15%",
                  "焦煤　　2509　1402　+4.31%",
                  "原油　　2507　561.3　-0.48%",
                  "豆粕　　2509 3218　+0.87%",
                  "注：价格单位为元/吨，原油为元/桶"], "closing-price table (ragged rows; not an article)")
    pg.furniture(["风险提示：期市有风险，入市需谨慎。本报所载信息仅供参考。"], "风险提示 line (not an article)")
    pg.furniture(["社址：澄江市临港路66号　订阅热线：0571-8820××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kl04() -> Page:
    """Fund weekly 基金·市场 page indented with two ASCII spaces, blank lines only between articles and blocks:
    kicker + headline + byline line; label 基金经理说 over an interview (——副题 访…, 记者：／NAME： paragraphs);
    基金净值 table; run-in 本报讯（记者 X） item; 风险提示; some body lines letter-spaced (justified)."""
    pg = Page("kl04.txt", cols=40, indent="  ", blanks="arts", seed=4204,
              style="fund weekly 基金·市场 page indented with two ASCII spaces, blank lines only between articles and blocks: header on three lines (paper; date with weekday + 第8版; 版名); report with 引题 kicker, headline and byline line 本报记者 X; label 基金经理说 over an interview (headline in quotation marks, ——副题 ——访…, byline line 本报记者 X, an intro paragraph, then 记者：／陆衡： paragraphs); 部分基金净值 table (title, header, six ragged rows); run-in 本报讯（记者 X） item; 风险提示 box wrapped over three lines; footer. Four body lines are LETTER-SPACED (justified with single spaces) in the report and the interview")
    pg.furniture(["九畴基金周报",
                  cn_date(2035, 6, 18) + "　第8版",
                  "基金·市场"], "page header")
    pg.blank()
    a = Article(
        "a", "5月新成立基金募资逾千亿元",
        byline="本报记者　柯望川", authors=["柯望川"],
        subtitle="新发市场明显回暖",
        paras=[
            "据九畴基金研究中心统计，今年5月全市场共成立新基金118只，合计募集规模1063.5亿元，环比增长42.7%，为年内单月募集规模首次突破千亿元。其中，股票型基金和混合型基金合计募集472.8亿元，占比44.5%，较4月提高近15个百分点。",
            "从产品结构看，指数基金仍是新发市场的主力。5月新成立的指数型基金达46只，募集规模超过300亿元，宽基指数产品和科技主题指数产品最受资金青睐。债券型基金募集规模则环比下降，占比由一季度的六成以上回落至四成左右。",
            "“权益市场赚钱效应回升，带动了投资者的申购热情。”澄溪基金市场部负责人表示，近期银行渠道对权益类产品的推介力度明显加大，部分新基金出现“一日售罄”，提前结束募集。",
            "业内人士提醒，新发基金热度回升的同时，投资者更应关注产品的投资策略、基金经理的长期业绩和自身风险承受能力，避免在市场情绪高涨时集中追高申购。",
        ])
    a.notes = ("Kicker (引题) 新发市场明显回暖 above the headline, no ——副题 printed: the kicker is the subtitle (as g01 "
               "of handmade22). Byline line 本报记者 X. Two body lines are letter-spaced (justified with single "
               "spaces); first/last are written unspaced. The fund company's head of marketing quoted is not an "
               "author.")
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [1, 4]))
    pg.blank()
    b = Article(
        "b", "“好公司的估值终会回归”", section="基金经理说", kind="interview",
        subtitle="——访澄溪基金权益投资部总监陆衡",
        byline="本报记者　裴清妍", authors=["裴清妍"],
        notes="Interview under the column label 基金经理说 (section): headline in quotation marks (kept), ——副题 "
              "——访… is the subtitle, byline line 本报记者 X (the interviewer, the author). The body is an intro "
              "paragraph and 记者：／陆衡： paragraphs; the fund manager who answers (陆衡) is not an author. Kind "
              "interview. Two body lines are letter-spaced (justified).",
        paras=[
            "今年以来，澄溪基金权益投资部总监陆衡管理的两只偏股混合型基金净值增长率均超过20%，在同类产品中排名靠前。日前，记者就市场走势、投资策略等话题专访了陆衡。",
            "记者：今年以来市场风格切换较快，您如何看待当前的市场？",
            "陆衡：市场短期波动难以预测，但中长期看，经济结构转型带来的机会非常多。当前不少优质公司的估值仍处于历史中低水平，业绩增长的确定性也在提高，这是我们比较乐观的基础。",
            "记者：您的组合中科技股占比较高，会担心估值过高吗？",
            "陆衡：我们不会因为一个行业热门就去买，也不会因为它冷门就回避。科技行业内部分化很大，我们更看重公司的核心竞争力和现金流。对于短期涨幅过大、估值透支未来几年增长的公司，我们会主动减仓。",
            "记者：对普通投资者有什么建议？",
            "陆衡：最重要的是用闲钱投资、拉长持有期。我们统计过，持有偏股基金三年以上的投资者，盈利概率明显高于频繁申赎的投资者。好公司的估值终会回归，关键是要有耐心等待。",
        ])
    pg.furniture(["基金经理说"], "column label 基金经理说")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.emit(b, justify(pg.render_body(b), [4, 8]))
    pg.blank()
    pg.furniture(["部分基金净值（6月15日）",
                  "基金简称　　　　代码　　单位净值　累计净值　日增长率",
                  "澄溪成长精选混合A　018264　1.4628　1.5928　1.21%",
                  "澄溪成长精选混合C　018265　1.4417　1.5717　 1.20%",
                  "瑞屿价值优选混合　016732　2.0815　2.3415　0.86%",
                  "北辰稳健增利债券A　007419　1.0932　1.2462　0.02%",
                  "九州300指数增强A　 012855　1.2276　1.2276　1.48%",
                  "瑞屿养老2040三年持有　017306 1.0518 1.0518 0.64%"], "基金净值 table (ragged rows; not an article)")
    pg.blank()
    c = Article(
        "c", "多只养老目标基金下调管理费率",
        byline="本报讯（记者　柯望川）", authors=["柯望川"], lead="本报讯（记者　柯望川）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "近日，瑞屿基金、北辰基金等多家基金管理公司发布公告，下调旗下养老目标基金的管理费率和托管费率。调整后，相关产品的管理费率普遍由1.2%降至0.8%左右，部分目标日期基金的管理费率降至0.6%。",
            "业内人士表示，降低费率有助于提升养老目标基金对长期投资者的吸引力。截至5月末，全市场养老目标基金共计286只，总规模约920亿元。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(wrap("风险提示：基金有风险，投资需谨慎。基金过往业绩不代表其未来表现，基金管理人管理的其他基金的业绩不构成本基金业绩表现的保证。", 40),
                 "风险提示 box (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：鹿闻溪　　美编：程一诺"], "footer")
    return pg


PAGES = [kl01, kl02, kl03, kl04]
