"""Pages f01-f04 of handmade20 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def f01() -> Page:
    """证券时报-like 公司新闻 page: four company stories, every headline naming the firm and its stock code in
    brackets; byline line 本报记者 X, run-in 汀江时报e公司讯， (no reporter), 本报讯（记者 X）, 澄讯社…讯（记者 X）."""
    pg = Page("f01.txt", cols=22, indent=FW * 2, blanks="para", seed=2001,
              style="证券时报-like 公司新闻 page of four company stories, every headline naming the firm and its stock code in brackets: lead whose headline is broken in the middle of a phrase (澄岭科技（300917）拟定增募资 / 不超18亿元加码智算中心) over byline line 本报记者 X; headline one line wider than the column over a run-in 汀江时报e公司讯， (the paper's wire, no reporter); run-in 本报讯（记者 X）; run-in 澄讯社4月10日讯（记者 X） (财联社-like agency); header on two lines (版次 + 版名, date with weekday + paper), footer with editor, designer and proof-reader")
    pg.furniture(["A5　公司新闻", cn_date(2034, 4, 11) + "　　汀江证券时报"], "page header")
    pg.blank()
    a = Article(
        "a", "澄岭科技（300917）拟定增募资不超18亿元加码智算中心",
        head=["澄岭科技（300917）拟定增募资", "不超18亿元加码智算中心"],
        byline="本报记者　邝一苇", authors=["邝一苇"],
        notes="Headline on two lines broken in the middle of a phrase (…拟定增募资 / 不超18亿元…), joined; the stock "
              "code in brackets kept as printed. Byline line 本报记者 X. The 投行人士 quoted is not an author.",
        paras=[
            "4月10日晚间，澄岭科技（300917）披露2034年度向特定对象发行A股股票预案，公司拟向不超过35名特定对象发行股票，募集资金总额不超过18亿元，扣除发行费用后将用于澄州智算中心建设项目、行业大模型研发平台项目及补充流动资金。",
            "根据预案，澄州智算中心建设项目总投资13.6亿元，拟使用募集资金12.2亿元，建设期24个月，规划部署智能算力约3000PFLOPS；行业大模型研发平台项目拟使用募集资金3.3亿元；其余2.5亿元用于补充流动资金。",
            "澄岭科技主营政企数字化解决方案，近年来逐步向算力服务转型。公司2033年实现营业收入41.7亿元，同比增长16.2%；归母净利润3.08亿元，同比增长9.5%，其中算力租赁及云服务收入占比由上年的11%提升至19%。",
            "公司在预案中表示，当前智能算力供给仍存在结构性缺口，本次募投项目建成后，将进一步扩大公司算力服务规模，提升在金融、能源等行业客户中的综合服务能力。",
            "值得注意的是，截至2033年末，公司资产负债率为58.4%，较上年末上升6.1个百分点。有投行人士对记者表示，算力中心属于重资产投入，项目回报周期较长，“后续上架率和客户结构将是决定项目收益的关键”。本次发行尚需股东大会审议通过，并经交易所审核、监管部门注册后方可实施。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "岩川矿业（601736）一季度矿产铜产量同比增长23%",
        byline="汀江时报e公司讯", lead="汀江时报e公司讯，",
        notes="Headline on one line slightly wider than the column. Run-in 汀江时报e公司讯， (the paper's own wire "
              "service, as 证券时报e公司讯) is the byline, excluded from first; it names no reporter: no authors.",
        paras=[
            "岩川矿业4月10日晚间发布生产经营快报，公司一季度矿产铜产量6.82万吨，同比增长23.1%；矿产金产量4.37吨，同比增长8.6%；矿产锌产量7.15万吨，同比下降4.2%。",
            "公司表示，矿产铜产量增长主要得益于西部某铜矿二期扩建工程于去年四季度投产，目前已达到设计产能的85%左右。锌产量下降则主要受部分矿山检修影响，预计二季度将逐步恢复。",
            "今年以来，国际铜价震荡走高，一季度伦铜均价同比上涨约14%。岩川矿业此前披露的2034年生产计划显示，公司全年计划生产矿产铜27万吨、矿产金17.5吨。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "鸿汐生物（688452）1类新药获批上市",
        byline="本报讯（记者　葛听雨）", authors=["葛听雨"], lead="本报讯（记者　葛听雨）",
        notes="Run-in 本报讯（记者 X） excluded from first; the reporter is the author.",
        paras=[
            "鸿汐生物4月10日晚间公告，公司自主研发的1类创新药HX-106注射液已获得药品监管部门批准上市，用于治疗既往接受过至少两种系统治疗的复发或难治性多发性骨髓瘤成人患者。",
            "这是鸿汐生物首款获批上市的自研创新药。公告显示，截至目前，公司在该产品上累计投入研发费用约9.6亿元。公司同时提示，药品上市后的销售情况受市场竞争、医保准入等多种因素影响，存在不确定性。",
            "鸿汐生物2033年年报显示，公司全年营业收入4.12亿元，主要来自技术服务收入；归母净利润亏损5.37亿元。业内人士认为，国内多发性骨髓瘤治疗药物市场竞争日趋激烈，新药能否快速放量，关键在于商业化团队建设和进入医保目录的进度。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "沐霖股份（002683）控股股东拟协议转让5%股份",
        byline="澄讯社4月10日讯（记者　蓝若溪）", authors=["蓝若溪"], lead="澄讯社4月10日讯（记者　蓝若溪）",
        notes="Run-in dateline of an invented 财联社-like agency, 澄讯社4月10日讯（记者 X）, excluded from first; the "
              "reporter is the author.",
        paras=[
            "沐霖股份4月10日晚间公告，公司控股股东沐霖集团与澄州某国资背景产业投资基金签署股份转让协议，拟以每股11.26元的价格，协议转让其持有的公司5.01%股份，转让总价约4.87亿元。",
            "本次权益变动后，沐霖集团持股比例将由41.37%降至36.36%，仍为公司控股股东，公司实际控制人不会发生变化。受让方表示，看好公司在家居智能制造领域的发展前景，本次受让股份系基于战略投资需要，12个月内不减持。",
            "公告显示，沐霖集团本次转让股份所得资金主要用于偿还债务、降低股票质押比例。截至公告日，沐霖集团累计质押公司股份占其所持股份的比例为62.8%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版责任编辑：宋砚池　　美编：聂晓芃　　校对：管一诺"], "footer with editor, designer and proof-reader")
    return pg


# ---------------------------------------------------------------------------
def f02() -> Page:
    """快讯 page, no indent, no blank line: label 财经快讯 over three items each opening with a bold lead phrase
    (no bullet) followed by U+3000; label 公司简讯 over three ■ items; two items signed （记者 X） at the end."""
    pg = Page("f02.txt", cols=32, indent="", blanks="never", seed=2002,
              style="证券报 快讯 page, no indent and no blank line anywhere: label 财经快讯 over three items, each opening with a bold lead phrase run in before the text and followed by a U+3000 (no bullet, no headline line of its own: 5月MLF净投放500亿元　央行…); label 公司简讯 over three items opening ■phrase　(■苍梧电子获23亿元储能订单　苍梧电子（300628）…); one item of each group signed （记者 X） run in at the end; every item two to four lines; header on two lines (date with weekday; paper, 版次, 版名), footer with editor, proof-reader and disclaimer")
    pg.furniture([cn_date(2034, 5, 16), "岚川证券报　A2　快讯·数据"], "page header")
    pg.furniture(["财经快讯"], "column label 财经快讯")
    flash = [
        Article("k1", "5月MLF净投放500亿元", lead="5月MLF净投放500亿元　", paras=[
            "央行5月15日开展3000亿元中期借贷便利操作，期限1年，中标利率2.10%，与上月持平。鉴于当月有2500亿元MLF到期，本月实现净投放500亿元，为连续第三个月超额续作。业内人士认为，此举有助于保持银行体系流动性合理充裕。"]),
        Article("k2", "4月末M2同比增长7.6%", lead="4月末M2同比增长7.6%　", paras=[
            "央行公布的数据显示，4月末广义货币（M2）余额318.6万亿元，同比增长7.6%；狭义货币（M1）余额69.4万亿元，同比增长2.3%。前4个月人民币贷款增加9.18万亿元。"]),
        Article("k3", "两市融资余额回升至1.86万亿元", lead="两市融资余额回升至1.86万亿元　",
                byline="（记者　俞晚晴）", authors=["俞晚晴"], tail="（记者　俞晚晴）",
                notes="Bold lead phrase run in before the text (title, title_line = body_start, excluded from first); "
                      "signature （记者 X） run in at the end, excluded from last; the reporter is the author.",
                paras=[
                    "截至5月15日，沪深两市融资融券余额为1.87万亿元，其中融资余额1.86万亿元，较前一交易日增加96.4亿元，连续5个交易日回升。从行业看，电子、计算机、非银金融获融资净买入居前。"]),
    ]
    for art in flash:
        art.section = "财经快讯"
        if not art.notes:
            art.notes = ("Bold lead phrase run in before the text and followed by a U+3000 (no bullet, no headline line "
                         "of its own): it is the title, title_line = body_start, excluded from first. Unsigned.")
        pg.body(art, head_role=True)
    pg.furniture(["公司简讯"], "column label 公司简讯")
    firms = [
        Article("c1", "苍梧电子获23亿元储能订单", lead="■苍梧电子获23亿元储能订单　", paras=[
            "苍梧电子（300628）5月15日晚间公告，公司与海外某能源企业签订储能系统供货合同，合同金额约23.4亿元，占公司上一年度经审计营业收入的31.2%，预计将在2034年至2035年分批交付。"]),
        Article("c2", "溪谷航运拟分拆物流子公司上市", lead="■溪谷航运拟分拆物流子公司上市　", paras=[
            "溪谷航运（601872）公告，公司董事会审议通过拟分拆所属子公司溪谷供应链管理有限公司至创业板上市的议案。分拆完成后，公司仍将维持对溪谷供应链的控股权。该事项尚需提交股东大会审议。"]),
        Article("c3", "鹤川药业终止收购", lead="■鹤川药业终止收购　",
                byline="（记者　范知秋）", authors=["范知秋"], tail="（记者　范知秋）",
                notes="Run-in ■ title (without the ■) followed by U+3000, title_line = body_start, excluded from first; "
                      "signature （记者 X） run in at the end, excluded from last; the reporter is the author.",
                paras=[
                    "鹤川药业（002917）公告，因交易双方未能就业绩承诺及补偿方案达成一致，公司决定终止以现金方式收购澄州某医疗器械公司60%股权的事项。公司表示，终止本次收购不会对现有生产经营造成不利影响。"]),
    ]
    for art in firms:
        art.section = "公司简讯"
        if not art.notes:
            art.notes = ("Run-in ■ title (without the ■) followed by U+3000 on the first body line: title_line = "
                         "body_start, excluded from first. Unsigned.")
        pg.body(art, head_role=True)
    pg.furniture(["本版编辑：郁知远　　校对：甘霖", "本版信息仅供参考，不构成投资建议"],
                 "footer with editor, proof-reader and disclaimer")
    return pg


# ---------------------------------------------------------------------------
def f03() -> Page:
    """市场·行情 page: market wrap with a two-line headline, then an index table extracted COLUMN BY COLUMN (names,
    then closes, then changes, one figure a line); 澄讯社 run-in; 本报讯（记者 X　实习生 Y）; 机构观点 roundup."""
    pg = Page("f03.txt", cols=27, indent=FW * 2, blanks="some", seed=2003, p_para=0.3, p_gap=0.8,
              style="财经日报 市场·行情 page: market wrap with a headline on two lines (三大股指集体收涨 / 半导体板块领涨两市) over byline line 本报记者 X, then an index table extracted COLUMN BY COLUMN (title, header row, the five index names one a line, then the five closes one a line, then the five changes +0.86 … one a line, 数据来源／制表 line); run-in 澄讯社6月4日讯（记者 X）; run-in 本报讯（记者 X　实习生 Y）; label 机构观点 over a roundup with byline line 本报记者 X　整理; header on two lines, footer with editors and disclaimer")
    pg.furniture([cn_date(2034, 6, 5) + "　　市场·行情　　6", "溪石财经日报"], "page header")
    pg.blank()
    a = Article(
        "a", "三大股指集体收涨半导体板块领涨两市", head=["三大股指集体收涨", "半导体板块领涨两市"],
        byline="本报记者　石见青", authors=["石见青"],
        notes="Market wrap; headline on two lines (two clauses), joined. Byline line 本报记者 X. The index table "
              "after it (names, closes and changes each extracted as a column of lines) is not body. The strategist "
              "quoted (夏知远) is not an author.",
        paras=[
            "6月4日，A股三大股指集体收涨。截至收盘，上证指数报3286.41点，上涨0.86%；深证成指报10452.77点，上涨1.24%；创业板指报2133.09点，上涨1.57%。沪深两市合计成交额1.08万亿元，较前一交易日放量约1200亿元。",
            "盘面上，半导体板块全天走强，板块指数上涨4.12%，多只芯片设计、封装测试个股涨停；消费电子、通信设备板块跟涨。煤炭、银行板块小幅回调。全市场超过3600只个股上涨，近70只个股涨停。",
            "对于后市，溪石证券首席策略分析师夏知远认为，近期稳增长政策持续发力，叠加海外流动性边际改善，市场风险偏好有所修复，“科技成长方向仍是资金关注的重点，但短期涨幅较大的个股需警惕波动”。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["6月4日主要股指收盘情况",
                  "指数　　　收盘（点）　涨跌幅（%）",
                  "上证指数", "深证成指", "创业板指", "沪深300", "科创50",
                  "3286.41", "10452.77", "2133.09", "3891.62", "1012.35",
                  "+0.86", "+1.24", "+1.57", "+0.93", "+2.08",
                  "数据来源：沪深交易所　制表：石见青"], "index table extracted column by column (not body)")
    pg.blank()
    b = Article(
        "b", "北向资金单日净买入逾百亿元",
        byline="澄讯社6月4日讯（记者　莫听泉）", authors=["莫听泉"], lead="澄讯社6月4日讯（记者　莫听泉）",
        notes="Run-in 澄讯社6月4日讯（记者 X） (invented 财联社-like agency) excluded from first; the reporter is the "
              "author.",
        paras=[
            "6月4日，北向资金全天净买入112.6亿元，创近两个月以来单日最大净买入额。其中，沪股通净买入58.3亿元，深股通净买入54.3亿元。",
            "从个股看，北向资金当日净买入居前的多为半导体、消费电子龙头，其中一只存储芯片股获净买入超过9亿元。外资机构人士表示，近期海外主要经济体通胀数据回落，美元指数走弱，新兴市场资产吸引力回升。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "沪铜主力合约创三个月新高",
        byline="本报讯（记者　桑柔嘉　实习生　钱一诺）", authors=["桑柔嘉", "钱一诺"],
        lead="本报讯（记者　桑柔嘉　实习生　钱一诺）",
        notes="Run-in 本报讯（记者 X　实习生 Y） excluded from first; reporter and intern are authors.",
        paras=[
            "6月4日，国内期货市场有色金属板块走强，沪铜主力合约收报7.86万元/吨，上涨2.31%，盘中最高触及7.91万元/吨，创近三个月新高；沪铝、沪锌分别上涨1.12%和0.84%。",
            "分析人士认为，近期海外铜矿供应扰动频发，国内精炼铜社会库存连续三周下降，叠加电网、新能源汽车等领域需求回暖，对铜价形成支撑。不过，当前铜价已接近部分下游企业的承受上限，需关注高价对消费的抑制作用。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "多家券商：市场仍处于震荡上行通道", section="机构观点",
        byline="本报记者　温以宁　整理", authors=["温以宁"],
        notes="Roundup under the label 机构观点 (section); byline line 本报记者 X　整理: the compiler is the author. "
              "The brokers cited are not authors. A news roundup, kind article.",
        paras=[
            "对于6月行情，多家券商策略团队给出了相对乐观的判断。",
            "溪石证券认为，5月以来经济数据整体好于预期，上市公司盈利有望在二季度迎来拐点，市场仍处于震荡上行通道，建议关注业绩确定性较强的科技成长和高股息板块。",
            "澄海证券表示，当前A股估值仍处于历史中枢下方，增量资金入市节奏有望加快，可逢低布局半导体、创新药等景气度回升的行业。",
            "也有券商提示，市场短期成交额快速放大，部分题材板块交易拥挤度上升，投资者需注意控制仓位。",
        ])
    pg.furniture(["机构观点"], "column label 机构观点")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版责任编辑：岳星河　　美术编辑：柯一禾",
                  "本版数据仅供参考，据此入市，风险自担"], "footer with editors and disclaimer")
    return pg


# ---------------------------------------------------------------------------
def f04() -> Page:
    """公司·信息披露 page: three company articles, a fund-issue ADVERTISEMENT between the first two and a listed
    company's 公告 (证券代码…公告编号…) at the foot; none of the ad and notice is an article."""
    pg = Page("f04.txt", cols=36, indent="  ", blanks="arts", seed=2004,
              style="证券时报-like 公司·信息披露 page, blank lines only between articles and blocks: headline with the stock code in brackets over byline line 本报记者 X; a fund-issue ADVERTISEMENT (广告, fund name, 今日起发售, A类/C类 codes, manager, hotline, risk line) between the first and second articles; run-in 汀江时报e公司讯， item about two firms; run-in 本报讯（记者 X） item; a listed company's 信息披露 notice at the foot (证券代码：…　证券简称：…　公告编号：2034-041, company, title, 董事会保证 paragraph, 重要内容提示 with ● points, 一、二、 parts, 特此公告。, 董事会 and date) repeating the lead's news; header with paper, date, 版次 and 版名, footer with editor and designer")
    pg.furniture(["汀江证券时报　" + cn_date(2034, 7, 19) + "　B2", "公司·信息披露"], "page header")
    pg.blank()
    a = Article(
        "a", "枫华电气（603518）中标12.8亿元特高压项目",
        byline="本报记者　滕晚舟", authors=["滕晚舟"],
        notes="Headline with the stock code in brackets; byline line 本报记者 X. The company's own 公告 on the same "
              "news, printed at the foot of the page, is a notice (not an article, not body).",
        paras=[
            "枫华电气7月18日晚间公告，公司近日收到招标人发出的中标通知书，公司在某电网企业特高压工程第三批设备招标采购中中标组合电器、换流变压器等产品，合计中标金额约12.8亿元，约占公司2033年度经审计营业收入的14.6%。",
            "近年来，随着新能源大基地外送通道建设提速，特高压工程进入密集招标期。枫华电气主营输变电设备，2033年实现营业收入87.6亿元，同比增长18.9%，其中特高压相关产品收入占比约三成。",
            "公司表示，上述项目合同签订后，其履行将对公司未来两个年度的经营业绩产生积极影响，但合同的签订和履行存在一定不确定性。截至7月18日收盘，枫华电气报收26.41元，年内累计上涨37.2%。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["广告",
                  "汀江稳泓纯债债券型证券投资基金",
                  "7月19日起发售",
                  "A类：021736　　C类：021737",
                  "基金管理人：汀江基金管理有限公司　　基金托管人：枫屿银行股份有限公司",
                  "客服热线：400-818-××××",
                  "基金有风险，投资需谨慎。基金过往业绩不代表未来表现。"], "fund-issue advertisement (not an article)")
    pg.blank()
    b = Article(
        "b", "两家公司同日宣布终止重大资产重组",
        byline="汀江时报e公司讯", lead="汀江时报e公司讯，",
        notes="Run-in 汀江时报e公司讯， (the paper's wire, no reporter) is the byline, excluded from first; no authors.",
        paras=[
            "7月18日晚间，溪桥股份（300571）、鸣川科技（688219）先后公告，决定终止筹划中的重大资产重组事项。",
            "溪桥股份原计划以发行股份及支付现金的方式，收购一家汽车电子企业100%股权。公司称，因标的公司所处行业环境发生较大变化，交易各方未能就交易价格等核心条款达成一致。鸣川科技则表示，因重组方案涉及的审批事项存在较大不确定性，经审慎研究决定终止。",
            "两家公司均承诺，自公告之日起至少1个月内不再筹划重大资产重组事项。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "星澜科技（688316）回购金额超4亿元",
        byline="本报讯（记者　阮知夏）", authors=["阮知夏"], lead="本报讯（记者　阮知夏）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "星澜科技7月18日公告，截至7月17日，公司通过集中竞价交易方式累计回购股份1862万股，占总股本的2.04%，成交总金额约4.12亿元。公司此前披露的回购方案显示，回购资金总额不低于3亿元、不超过6亿元，回购股份将全部予以注销并减少注册资本。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    notice = ["证券代码：603518　　证券简称：枫华电气　　公告编号：2034-041",
              "枫华电气股份有限公司",
              "关于项目中标的公告"]
    notice += wrap("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。", 36, "  ")
    notice += ["重要内容提示："]
    for pt in ["●中标项目：特高压工程第三批设备招标采购",
               "●中标金额：约12.8亿元（含税）",
               "●风险提示：目前公司尚未与招标人签订正式合同，合同签订时间及最终金额存在不确定性。"]:
        notice += wrap(pt, 36, "  ")
    notice += ["  一、中标项目基本情况"]
    notice += wrap("公司于近日收到招标人发出的中标通知书，确认公司为特高压工程第三批设备招标采购项目组合电器、换流变压器包的中标人，合计中标金额约12.8亿元。", 36, "  ")
    notice += ["  二、中标项目对公司的影响"]
    notice += wrap("本次中标金额约占公司2033年度经审计营业收入的14.6%，项目的顺利实施预计将对公司未来经营业绩产生积极影响，不影响公司业务的独立性。", 36, "  ")
    notice += ["  特此公告。", "枫华电气股份有限公司董事会", "2034年7月19日"]
    pg.furniture(notice, "listed company's 信息披露 notice (证券代码 / 公告编号; not an article)")
    pg.blank()
    pg.furniture(["责任编辑：施望舒　　美编：欧阳晓"], "footer with editor and designer")
    return pg


PAGES = [f01, f02, f03, f04]
