"""Pages kz01-kz04 of handmade56 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, width, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given: the kit's render_body needs a prose paragraph, so the items are
    built here and written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


def en(text: str, cols: float, indent: str = "") -> list[str]:
    """An English paragraph broken between words at the column width (ASCII counts half a full-width
    character), as a Latin paragraph in a Chinese column is set: no word is cut."""
    out, cur = [], indent
    for w in text.split():
        trial = cur + (" " if cur.strip() else "") + w
        if width(trial) > cols and cur.strip():
            out.append(cur)
            cur = w
        else:
            cur = trial
    if cur.strip():
        out.append(cur)
    return out


# ---------------------------------------------------------------------------
def kz01() -> Page:
    """China-Daily-style bilingual business page: each Chinese headline with an English headline line under it
    (once OVER it), Chinese paragraphs followed by an English summary paragraph; bilingual byline; 双语词汇
    glossary box; label 商业速览 BUSINESS BRIEFS over two bilingual items."""
    C = 30
    pg = Page("kz01.txt", cols=C, indent=FW * 2, blanks="para", seed=5601,
              style="China-Daily-style bilingual business page, blank lines between paragraphs and blocks: header on three lines (paper + English name; date with weekday + B2; bilingual 版名 商业·BUSINESS + editors); lead with the Chinese headline and an English headline line UNDER it, byline line 本报记者 X, two Chinese paragraphs then an English summary paragraph; second article with the English headline line printed OVER the Chinese headline and a bilingual byline line 本报记者 X　By X (pinyin in capitals), two English paragraphs after the Chinese; 双语词汇 Glossary box (Chinese term + English term per line); label 商业速览 BUSINESS BRIEFS over two items, each a Chinese headline over an English one, the first with run-in 本报讯（记者 X）, the second with none; footer with e-mail, proof-reader and designer")
    pg.furniture(["澄海双语商报　CHENGHAI BILINGUAL BUSINESS",
                  cn_date(2036, 3, 14) + "　B2",
                  "商业·BUSINESS　　责任编辑：戚望舒　　英文编辑：屈安澜"], "page header")
    pg.blank()
    a = Article(
        "a", "海港集团一季度集装箱吞吐量增长8.2%",
        subtitle="Haigang Group's container throughput up 8.2% in Q1",
        byline="本报记者　孟霁川", authors=["孟霁川"],
        notes="Bilingual lead: the English headline line printed under the Chinese headline is recorded as the "
              "subtitle (a parallel headline); the Chinese headline is the title. The English summary paragraph "
              "after the Chinese text is the article's own and is body. The executive quoted (庞启越) is not an "
              "author.",
        paras=[
            "澄海海港集团3月13日发布数据，今年一季度集团完成集装箱吞吐量612.4万标准箱（TEU），同比增长8.2%；其中外贸航线箱量占比达到64%，新开辟至科尔维亚、埃斯特兰等地的国际航线5条。",
            "集团总经理庞启越表示，自动化码头二期投产后，单机作业效率提高约15%，船舶平均在港时间缩短至21.6小时。“我们正在推进岸电和LNG加注设施建设，力争年内港口作业碳排放强度下降6%。”",
            Raw(en("Haigang Group handled 6.12 million TEUs of containers in the first quarter, up 8.2 percent "
                   "year-on-year, with foreign-trade routes accounting for 64 percent of the total, the port "
                   "operator said on Thursday.", C, FW * 2)),
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "绿色债券受境外投资者青睐",
        subtitle="Green bonds draw overseas investors",
        byline="本报记者　林晓雨　By LIN XIAOYU", authors=["林晓雨"],
        notes="**new:** the English headline line is printed OVER the Chinese headline; it is still the subtitle "
              "and the Chinese headline is the title (title_line is the Chinese line). The bilingual byline line "
              "names one reporter twice (Chinese and pinyin in capitals): one author, written in Chinese. The "
              "two English paragraphs after the Chinese text are body. The banker quoted (尤书言) is not an author.",
        paras=[
            "今年以来，澄海市企业在境内外市场累计发行绿色债券86.5亿元，同比增长41%，境外投资者认购比例升至23%。从募集资金投向看，清洁能源和绿色交通项目占七成以上。",
            "“境外机构对ESG表现透明、项目信息披露完整的债券兴趣明显。”澄海银行金融市场部负责人尤书言说。据了解，澄海市正筹建绿色项目库，首批入库项目127个，总投资约310亿元。",
            Raw(en("Companies in Chenghai have issued 8.65 billion yuan (US$1.2bn) of green bonds so far this "
                   "year, up 41 percent, with overseas investors taking up 23 percent of the issuance.", C, FW * 2)),
            Raw(en("About 70 percent of the proceeds went to clean energy and green transport projects.", C, FW * 2)),
        ])
    pg.line(b, b.subtitle, "subtitle")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["双语词汇　Glossary",
                  "吞吐量　throughput",
                  "标准箱　twenty-foot equivalent unit (TEU)",
                  "绿色债券　green bond",
                  "信息披露　information disclosure"], "双语词汇 glossary box (not an article)")
    pg.blank()
    pg.furniture(["商业速览　BUSINESS BRIEFS"], "column label 商业速览 BUSINESS BRIEFS")
    pg.blank()
    c1 = Article(
        "c1", "首届跨境电商选品会签约3.6亿元", section="商业速览　BUSINESS BRIEFS",
        subtitle="Cross-border e-commerce fair inks 360m yuan deals",
        byline="本报讯（记者　葛远舟）", authors=["葛远舟"], lead="本报讯（记者　葛远舟）",
        notes="Item of the bilingual strip 商业速览 BUSINESS BRIEFS (section, written as printed with both languages). "
              "Chinese headline over an English headline line (subtitle). Run-in 本报讯（记者 X） excluded from "
              "first; the English sentence after the Chinese is body.",
        paras=[
            "3月12日至13日，首届澄海跨境电商选品会在会展中心举办，吸引境内外采购商1200余家，现场签约金额3.6亿元。小家电、户外用品和新能源汽车配件最受关注。",
            Raw(en("A cross-border e-commerce sourcing fair in Chenghai closed on Thursday with deals worth "
                   "360 million yuan signed on site.", C, FW * 2)),
        ])
    c2 = Article(
        "c2", "数字人民币跨境支付试点扩围", section="商业速览　BUSINESS BRIEFS",
        subtitle="Digital yuan cross-border pilot expands",
        notes="Item of the 商业速览 BUSINESS BRIEFS strip with no credit: no byline, no authors. English headline "
              "line under the Chinese is the subtitle; the English sentence is body.",
        paras=[
            "记者从人民银行澄海市分行获悉，数字人民币跨境支付试点已扩大至全市28家外贸企业，累计结算金额折合人民币4.7亿元，平均到账时间由原来的两天缩短至数秒。",
            Raw(en("The digital yuan cross-border payment pilot now covers 28 foreign-trade companies in "
                   "Chenghai, with settlements totaling 470 million yuan.", C, FW * 2)),
        ])
    for art in (c1, c2):
        pg.headline(art)
        pg.line(art, art.subtitle, "subtitle")
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["本版邮箱：business@chbb.cn　　校对：祁一鸣　　美编：邓小舟"],
                 "footer with e-mail, proof-reader and designer")
    return pg


# ---------------------------------------------------------------------------
def kz02() -> Page:
    """Economic daily 产业·科技 page whose headlines and bodies mix Latin: lead with 引题 kicker AI赋能制造业 and
    a headline of two phrases parted by U+3000; chip item (X-200, 688316.SH) with run-in 本报讯（记者 X）; label
    ESG观察 over a comment; 数读 box; digital-economy item with ——副题 (GDP)."""
    pg = Page("kz02.txt", cols=24, indent=FW, blanks="some", seed=5602, p_para=0.4, p_gap=0.75,
              style="economic daily 产业·科技 page indented with ONE U+3000, blank lines sometimes; Latin inside headlines and bodies (AI, 5G, MES, GPU, X-200, 688316.SH, ESG, GDP, TOPS): header on three lines (paper; date with weekday + 第6版; 版名 + editor); lead with 引题 kicker AI赋能制造业, a headline of two phrases parted by U+3000 with AI inside, byline line 本报记者 X　通讯员 Y; chip item with headline 星衡科技X-200芯片实现量产 and run-in 本报讯（记者 X）, stock code in the text; label ESG观察 over a comment with byline line □ X; 数读 figures box; digital-economy item with ——副题 (GDP) and byline line 本报记者 X; footer with proof-reader")
    pg.furniture(["曜川经济日报",
                  cn_date(2036, 5, 22) + "　第6版",
                  "产业·科技　　责任编辑：卫停云"], "page header")
    pg.blank()
    a = Article(
        "a", "“灯塔工厂”用AI质检良品率升至99.6%",
        head=["“灯塔工厂”用AI质检　良品率升至99.6%"],
        byline="本报记者　许钧言　通讯员　卜星", authors=["许钧言", "卜星"],
        notes="The 引题 kicker AI赋能制造业 (with no ——副题) is neither title nor subtitle (it names the series). The "
              "headline of two phrases parted by U+3000 is joined. Latin terms (AI, 5G, MES, GPU, VQ-3) are part of "
              "the text. Reporter and 通讯员 are authors; the plant manager quoted (詹以宁) is not.",
        paras=[
            "走进曜川澜锋电机有限公司的总装车间，12条产线上方架设着200余台工业相机。电机外壳每经过一个工位，视觉检测模型VQ-3就会在0.3秒内完成一次“体检”，划痕、毛刺、漏装等27类缺陷无所遁形。",
            "“过去靠老师傅拿放大镜看，一个人一天最多检800件，漏检率在2%左右。”工厂负责人詹以宁告诉记者，AI质检系统上线一年来，产品良品率由97.8%提升至99.6%，质检人员从46人减少到9人，腾出来的人手转岗做设备运维和数据标注。",
            "这套系统依托厂区5G专网和自建的GPU算力集群运行，与MES制造执行系统打通后，一旦某台设备的缺陷率出现异常，系统会自动推送预警并追溯到具体批次。目前，该公司已累计沉淀缺陷样本图片380万张，模型迭代周期缩短至两周。",
        ])
    pg.kicker(a, "AI赋能制造业")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "星衡科技X-200芯片实现量产",
        byline="本报讯（记者　黎照）", authors=["黎照"], lead="本报讯（记者　黎照）",
        notes="Headline with a product name in Latin and digits (X-200) written as printed. Run-in 本报讯（记者 X） "
              "excluded from first. The stock code 688316.SH in brackets is part of the text.",
        paras=[
            "5月21日，星衡科技（688316.SH）宣布，其自主研发的车规级AI芯片X-200在曜川新区工厂实现量产，首批5万片已交付3家新能源汽车企业。",
            "据介绍，X-200算力达到256TOPS，功耗较上一代产品降低30%，可支持L3级辅助驾驶。公司预计，该芯片年内出货量将突破60万片。受此消息影响，星衡科技当日股价上涨6.4%。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["ESG观察"], "column label ESG观察")
    c = Article(
        "c", "ESG报告不能只做“表面文章”", section="ESG观察", kind="commentary",
        byline="□ 韩知远", authors=["韩知远"],
        notes="Comment under the Latin-lettered label ESG观察 (section), byline line □ X; commentary. The headline "
              "opens with Latin letters.",
        paras=[
            "今年以来，曜川辖区已有132家上市公司披露ESG报告，数量比上年增加近四成。报告多了是好事，但细读之下，不少报告仍停留在“晒公益、列荣誉”的层面，碳排放数据缺少口径说明，供应链责任一笔带过。",
            "ESG信息披露的价值在于可比、可验证。企业与其在版式设计上下功夫，不如把温室气体排放、员工安全、治理结构等关键指标讲清楚、算明白，经得起投资者和社会的检验。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["数读",
                  "1.26万家",
                  "全市上云工业企业数量",
                  "38.6%",
                  "规上工业企业数字化研发设计工具普及率",
                  "214个",
                  "已建成5G行业虚拟专网"], "数读 figures box (not an article)")
    pg.gap()
    d = Article(
        "d", "一季度全市数字经济核心产业增加值增长12.4%",
        subtitle="——占GDP比重达到11.8%",
        byline="本报记者　黎照", authors=["黎照"],
        notes="——副题 with Latin GDP is the subtitle. Byline line 本报记者 X.",
        paras=[
            "记者从曜川市统计局获悉，一季度全市数字经济核心产业实现增加值486.3亿元，同比增长12.4%，占地区生产总值（GDP）的比重达到11.8%，比上年同期提高0.9个百分点。",
            "其中，集成电路、工业软件和智能终端三个行业增速均超过15%，软件业务收入增长13.7%。",
        ])
    pg.headline(d)
    pg.line(d, d.subtitle, "subtitle")
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版校对：鄢小棠　　版式：柴一鸣"], "footer with proof-reader and designer")
    return pg


# ---------------------------------------------------------------------------
def kz03() -> Page:
    """Securities daily 公司·市场 page, NO blank line anywhere: IPO story with stock codes; headline with a stock
    code in brackets and run-in 本报讯（记者 X）; label 公告速递 over three ◆ items whose headlines carry codes;
    新股申购 table; strategy story with byline line 本报记者 X　见习记者 Y."""
    pg = Page("kz03.txt", cols=32, indent="  ", blanks="never", seed=5603,
              style="securities daily 公司·市场 page indented with two ASCII spaces, NO blank line anywhere: header on three lines (paper + English name; date with weekday; A7 + 版名); IPO story (688600.SH, 发行市盈率) with byline line 本报记者 X; headline with a stock code in brackets 澄源股份（600123.SH）… and run-in 本报讯（记者 X）; label 公告速递 over three items whose headlines begin with ◆ and carry stock codes (002417.SZ, 300915.SZ, 601877.SH), no credits; 今日新股申购 table (title, header row, three rows); strategy story with byline line 本报记者 X　见习记者 Y (ROE, PPI); footer with editor and 制作")
    pg.furniture(["金穗证券报　JINSUI SECURITIES NEWS",
                  cn_date(2036, 7, 9),
                  "A7　公司·市场"], "page header")
    a = Article(
        "a", "科创板第600家上市公司今日挂牌",
        byline="本报记者　闫舒", authors=["闫舒"],
        notes="IPO story; stock code 688600.SH and Latin (IPO) inside the text. Byline line 本报记者 X. The "
              "chairman quoted (管若川) is not an author.",
        paras=[
            "7月9日，朗维医疗（688600.SH）在上交所科创板挂牌上市，成为科创板第600家上市公司。公司本次公开发行股票4200万股，发行价23.35元/股，发行市盈率28.6倍，募集资金9.81亿元，主要用于高端影像设备研发及产业化项目。",
            "朗维医疗董事长管若川表示，IPO募集资金到位后，公司将把研发投入占营收的比重保持在15%以上，并加快海外注册认证。截至目前，科创板上市公司总市值约7.2万亿元，其中新一代信息技术、生物医药和高端装备三类企业占比超过七成。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "澄源股份（600123.SH）拟定增募资12.6亿元",
        byline="本报讯（记者　邬明澈）", authors=["邬明澈"], lead="本报讯（记者　邬明澈）",
        notes="Headline carrying a stock code in brackets, written as printed. Run-in 本报讯（记者 X） excluded from "
              "first.",
        paras=[
            "澄源股份7月8日晚间公告，公司拟向不超过35名特定对象发行股票，募集资金不超过12.6亿元，其中9.2亿元用于年产5GWh储能电池项目，其余用于补充流动资金。公告显示，公司上半年储能产品出货量同比增长74%，海外收入占比升至31%。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["公告速递"], "column label 公告速递")
    items = [
        ("c1", "华澜电气（002417.SZ）：中标3.2亿元海外订单",
         "华澜电气公告，公司近日中标埃斯特兰国家电网变电站改造项目，中标金额约3.2亿元，占公司上年营业收入的8.7%。"),
        ("c2", "易拓软件（300915.SZ）：控股股东拟减持不超过2%",
         "易拓软件公告，控股股东澄江易拓投资拟自公告披露之日起15个交易日后的3个月内，以集中竞价或大宗交易方式减持不超过2%的公司股份。"),
        ("c3", "北岭港务（601877.SH）：上半年净利润预增45%至60%",
         "北岭港务发布业绩预告，预计上半年实现归母净利润4.1亿元至4.5亿元，同比增长45%至60%，主要受集装箱业务量增长带动。"),
    ]
    for key, title, text in items:
        art = Article(key, title, head=["◆" + title], section="公告速递", paras=[text],
                      notes="Item of the 公告速递 strip: the headline begins with ◆ (a mark, not part of the title) and "
                            "carries the company's stock code in brackets and a colon; no credit, no authors.")
        pg.headline(art)
        pg.body(art)
    pg.furniture(["今日新股申购",
                  "申购代码　　简称　　　申购价（元）　申购上限（万股）",
                  "301589　　　晶穗材料　23.16　　　　　0.95",
                  "732688　　　岚芯微　　41.08　　　　　0.55",
                  "001376　　　泓港物流　9.72　　　　　 1.80"], "今日新股申购 table (not an article)")
    e = Article(
        "e", "多家机构：三季度A股盈利有望边际改善",
        byline="本报记者　邬明澈　见习记者　鲁晴", authors=["邬明澈", "鲁晴"],
        notes="Headline with a colon (source: conclusion), written as printed. Byline line 本报记者 X　见习记者 Y: "
              "both are authors. The strategist quoted (聂闻笛) is not.",
        paras=[
            "随着中报披露窗口临近，多家券商发布三季度A股策略报告。综合来看，机构普遍认为，在PPI降幅收窄、库存周期见底的背景下，上市公司盈利有望边际改善，全部A股ROE或在三季度企稳回升。",
            "“从已披露的业绩预告看，电力设备、汽车零部件和消费电子板块预喜比例较高。”金穗证券首席策略分析师聂闻笛说。不过也有机构提示，海外需求走弱和部分行业价格竞争，仍可能对企业利润形成拖累。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.body(e)
    pg.furniture(["本版编辑：鄂清远　　制作：汤小涟"], "footer with editor and 制作")
    return pg


# ---------------------------------------------------------------------------
def kz04() -> Page:
    """International business page: wire-style item with run-in 本报维斯港6月11日电　（记者　X）; report by a
    correspondent (byline line 本报驻萨林堡记者 X, ——副题, a foreign firm's English name in brackets); a
    translated comment with byline line 文／［国］transliterated name　　译／X and the writer's post after it;
    label 环球财经速览 over two items signed （X） at the end, one with none."""
    C = 28
    pg = Page("kz04.txt", cols=C, indent=FW * 2, blanks="arts", seed=5604,
              style="international business page, blank lines only between articles and blocks: header on three lines (paper; date with weekday; 国际·财经 + page number); central-bank item with the run-in dateline 本报维斯港6月11日电　（记者　X） (a foreign city); correspondent's report with ——副题 and byline line 本报驻萨林堡记者 X, a foreign firm named with its English name in brackets; translated comment with byline line 文／［科尔维亚］埃德蒙·卡斯韦尔　　译／沈青禾 and the line （作者为…教授） after the body; label 环球财经速览 over two items, the first signed （X） run in at the end, the second with none; footer with editor and proof-reader")
    pg.furniture(["寰球商务报",
                  cn_date(2036, 6, 12),
                  "国际·财经　第4版"], "page header")
    pg.blank()
    a = Article(
        "a", "科尔维亚央行维持基准利率3.5%不变",
        byline="本报维斯港6月11日电　（记者　贝晓岚）", authors=["贝晓岚"],
        lead="本报维斯港6月11日电　（记者　贝晓岚）",
        notes="**new:** dateline from a foreign city, the paper's own copy: 本报维斯港6月11日电　（记者 X） run in at "
              "the start, excluded from first (as 本报北京5月8日讯 of handmade22). The governor quoted (奥斯卡·林德) "
              "is not an author.",
        paras=[
            "科尔维亚中央银行11日宣布，将基准利率维持在3.5%不变，这是该行连续第四次按兵不动。央行声明说，5月份全国CPI同比上涨2.9%，仍高于2%的政策目标，但服务业通胀已连续三个月回落。",
            "央行行长奥斯卡·林德在新闻发布会上表示，一季度国内生产总值（GDP）环比增长0.3%，经济“软着陆”的可能性正在上升，若通胀如期回落，年内存在降息空间。市场普遍预计，该行最早将于9月启动降息。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "东岸自贸区为何吸引亚洲制造商", subtitle="——来自萨林堡港的观察",
        byline="本报驻萨林堡记者　柯念远", authors=["柯念远"],
        notes="Correspondent's report: byline line 本报驻萨林堡记者 X under the ——副题 (the correspondent is the "
              "author). The foreign firm's English name in brackets (Norsvil Logistics) and the manager's "
              "transliterated name (卡琳娜·韦斯特) are part of the text; she is not an author.",
        paras=[
            "清晨的萨林堡港，岸桥吊臂起落不停。港区以东4公里处的东岸自由贸易区里，一座座新厂房拔地而起。自贸区管理局提供的数据显示，过去两年区内新增外资制造企业63家，其中来自亚洲的企业占到四成，投资总额超过28亿欧元。",
            "诺斯维尔物流公司（Norsvil Logistics）区域经理卡琳娜·韦斯特告诉记者，自贸区对区内加工增值部分免征关税，企业从亚洲进口零部件、在当地组装后销往周边市场，物流时间可比远洋直运缩短约20天。",
            "也有企业坦言，当地熟练技工短缺、用工成本偏高，是落地后遇到的最大难题。对此，自贸区管理局正联合职业院校开设定向培训班，今年计划培训技术工人1500名。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "供应链重构的三个认识误区", kind="commentary",
        byline="文／［科尔维亚］埃德蒙·卡斯韦尔　　译／沈青禾", authors=["埃德蒙·卡斯韦尔", "沈青禾"],
        notes="**new:** translated signed comment by a foreign writer: byline line 文／［科尔维亚］X　　译／Y under the "
              "headline; the writer (transliterated name with ·, written without the bracketed country) and the "
              "translator are both authors (the translator as the compiler-translator of an 编译 credit in "
              "handmade22). The line （作者为…教授） after the body is neither body nor byline. Kind commentary.",
        paras=[
            "近年来，“供应链重构”成为国际经济讨论中的高频词。但在我看来，围绕这一话题至少存在三个常见的认识误区。",
            "第一，把重构等同于“撤离”。事实上，多数跨国企业采取的是“中国+1”或“区域+1”策略，在保留原有产能的同时增加备份，而非整体搬迁。第二，认为重构必然带来效率损失。数字化管理工具的普及，正在使多节点供应网络的协同成本明显下降。第三，忽视了市场本身的引力。一个拥有庞大中等收入群体的市场，始终是企业布局时最重要的考量之一。",
            "供应链的演变从来不是零和游戏。各国与其筑墙设垒，不如在规则、标准和基础设施上加强对接。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.line(c, "（作者为科尔维亚萨林堡大学国际经济学教授）", "affiliation")
    pg.blank()
    pg.furniture(["环球财经速览"], "column label 环球财经速览")
    d1 = Article(
        "d1", "埃斯特兰一季度出口增长6.1%", section="环球财经速览",
        byline="（柯念远）", authors=["柯念远"], tail="（柯念远）",
        notes="Item of the 环球财经速览 strip. It opens with the clause 据埃斯特兰国家统计局数据， which stays in the "
              "body (as 据…报道 in handmade22). The credit （X） run in at the end is the byline, excluded from last.",
        paras=["据埃斯特兰国家统计局数据，该国一季度货物出口额同比增长6.1%，其中机电产品出口增长9.4%，对亚洲市场出口占比首次超过三成。"])
    d2 = Article(
        "d2", "马林多航空订购30架中型客机", section="环球财经速览",
        notes="Item of the 环球财经速览 strip with no credit: no byline, no authors. The aircraft model (C-919X "
              "is not printed; the model name M-320 is) is part of the text.",
        paras=["马林多航空公司10日宣布，将订购30架M-320型中型客机，订单总价值约42亿美元，首架飞机计划于2038年交付。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["责任编辑：骆听潮　　校对：滕一苇"], "footer with editor and proof-reader")
    return pg


PAGES = [kz01, kz02, kz03, kz04]
