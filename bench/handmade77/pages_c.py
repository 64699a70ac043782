"""Pages lu09-lu12 of handmade77 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def lu09() -> Page:
    """全球市场 page: label 全球市场 over three market wraps (wire dateline with reporter; byline line with two
    reporters; run-in 本报讯 naming no one); 汇率 table; 大宗商品 wrap with a justified line; footer."""
    pg = Page("lu09.txt", cols=36, indent=FW * 2, blanks="arts", seed=7709,
              style="securities daily 全球市场 page, blank lines only between articles and blocks: header on three lines (全球市场 + 第B6版; paper; date with weekday); label 全球市场 over a wire wrap of foreign exchanges (run-in 东衡社纽埃尔3月15日电（记者　X）, index figures, （完）); European wrap with a headline naming an index level (维城综合指数重返13000点) and byline line 本报记者　X　Y, two body lines letter-spaced by justification; 主要货币汇率 table (title, header row, six rows); 外汇市场 wrap with run-in 本报讯 naming no reporter; 大宗商品 wrap with byline line 本报记者　X　综合外电报道; footer")
    pg.furniture(["全球市场　第B6版",
                  "溪桥证券时报",
                  cn_date(2036, 3, 16)], "page header")
    pg.blank()
    pg.furniture(["全球市场"], "column label 全球市场")
    pg.blank()
    a = Article(
        "a", "纽埃尔股市三大股指周五集体收跌", section="全球市场",
        byline="东衡社纽埃尔3月15日电（记者　管若川）", authors=["管若川"],
        lead="东衡社纽埃尔3月15日电（记者　管若川）", tail="（完）",
        notes="Wire market wrap under the label 全球市场 (section): run-in dateline excluded from first, （完） from "
              "last. Index figures in ASCII digits stay in the body.",
        paras=[
            "纽埃尔股市三大股指15日集体收跌。截至收盘，纽埃尔工业平均指数下跌218.36点，收于41263.08点，跌幅为0.53%；标普环洋500指数下跌0.71%，收于5612.44点；科创综合指数下跌1.24%，收于17836.91点。",
            "板块方面，科技股和半导体股跌幅居前，能源股逆势上涨。当周，三大股指分别累计下跌0.9%、1.3%和2.1%。市场人士表示，投资者担心通胀回落速度放缓，可能推迟央行降息时点。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "维城综合指数重返13000点", section="全球市场",
        byline="本报记者　仇星野　柳闻笛", authors=["仇星野", "柳闻笛"],
        notes="European market wrap (section 全球市场): byline line 本报记者 X　Y (both authors). Two body lines are "
              "letter-spaced by justification.",
        paras=[
            "欧洲股市15日全线上涨，北岬联邦维城综合指数上涨1.37%，收于13042.65点，时隔八个月重返13000点关口。卡伦港50指数上涨0.94%，收于7528.13点；瑟兰蓝筹指数上涨0.62%，收于3998.40点。",
            "汽车和化工板块表现强势。北岬联邦议会通过工业电价补贴法案，被市场视为利好高耗能制造企业。光岚汽车在欧洲上市的股票当日大涨6.8%。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, justify(pg.render_body(b), [1, 4], sep=" "))
    pg.blank()
    pg.furniture(["主要货币汇率（3月15日纽埃尔尾盘）",
                  "货币对　　　　　收盘　　　涨跌",
                  "欧元/美元　　　1.0896　　+0.21%",
                  "美元/新元　　　149.62　　-0.35%",
                  "英镑/美元　　　1.2714　　+0.08%",
                  "美元/瑟元　　　10.486　　+0.44%",
                  "美元/北岬元　　0.9127　　-0.12%",
                  "美元指数　　　　103.58　　-0.17%"], "主要货币汇率 table (not an article)")
    pg.blank()
    c = Article(
        "c", "美元指数连续三日走低", section="全球市场", byline="本报讯", lead="本报讯　",
        notes="Forex wrap (section 全球市场) with the bare run-in 本报讯 naming no reporter: byline as printed, no "
              "authors; excluded from first.",
        paras=[
            "衡量美元对六种主要货币的美元指数15日下跌0.17%，收于103.58，连续三个交易日走低。瑟兰货币对美元则延续跌势，当周累计贬值1.2%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "铜价创近两年新高", section="全球市场", byline="本报记者　柳闻笛　综合外电报道", authors=["柳闻笛"],
        notes="Commodities wrap (section 全球市场): byline line 本报记者 X　综合外电报道 (the reporter is the author).",
        paras=[
            "伦敦金属交易所三个月期铜价格15日上涨2.1%，收于每吨9856美元，创近两年新高。南溟铜矿罢工导致供应担忧加剧，叠加全球电网投资增长带动需求，铜价今年以来已累计上涨14%。",
            "贵金属方面，纽埃尔商品交易所4月交割的黄金期货价格收于每盎司2194.6美元，微涨0.2%。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：苏晚亭　　数据支持：溪桥金融数据中心"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lu10() -> Page:
    """国际 page with NO blank line and no indent: 综合报道 lead (byline line 本报综合报道); joint report of a
    correspondent and a home reporter; label 国际经济要闻 over three items with 【】 headlines run in; item
    signed （本报驻X记者 Y） at the end."""
    pg = Page("lu10.txt", cols=32, indent="", blanks="never", seed=7710,
              style="economic daily 国际 page, NO indent and NO blank line anywhere: header on two lines (paper + date with weekday; 国际 + 第3版 + 责任编辑); 综合报道 lead with headline on two lines and byline line 本报综合报道 naming no reporter; joint report with byline line 本报驻瑟兰记者　X　本报记者　Y; label 国际经济要闻 over three items whose headlines are run in at the start of their text in 【】, one signed （东衡社） at the end, one with run-in 东衡社南溟3月16日电 inside the brackets' text; item with the credit （驻马尔萨记者　X） run in at the end; footer")
    pg.furniture(["北衡日报　" + cn_date(2036, 3, 17),
                  "国际　第3版　　责任编辑：柯远岑"], "page header")
    a = Article(
        "a", "多国央行密集调整货币政策", head=["多国央行", "密集调整货币政策"], byline="本报综合报道",
        notes="综合报道 lead: headline on two lines, joined; byline line 本报综合报道 names no reporter: no authors. "
              "Officials quoted are not authors.",
        paras=[
            "上周，全球多家央行密集调整货币政策。瑟兰央行年内第三次降息，南溟央行则意外加息25个基点至6.5%，以应对本币贬值和输入性通胀压力。",
            "南溟央行行长苏卡诺·维贾亚表示，本币对美元汇率今年以来已贬值7%，加息是为了稳定市场预期。分析人士指出，主要经济体货币政策走向分化，新兴市场面临的资本流动压力可能进一步加大。",
            "新埃尔多央行则维持政策利率不变，但表示将视工资增长情况决定是否在年中加息。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "瑟兰家电企业加快“向东看”",
        byline="本报驻瑟兰记者　邬晴川　本报记者　黎照", authors=["邬晴川", "黎照"],
        notes="Joint report: byline line 本报驻瑟兰记者 X　本报记者 Y; both are authors. The manager quoted is not.",
        paras=[
            "在瑟兰南部城市霍尔姆，家电制造商北极星电器的工厂里，一批出口亚洲的洗碗机正在装箱。公司总经理拉尔斯·伊萨克松告诉记者，去年公司对亚洲出口增长32%，亚洲市场在公司营收中的占比升至18%。",
            "瑟兰出口协会数据显示，去年瑟兰对亚洲出口额增长9.7%，远高于对北海地区出口1.2%的增幅。为了更好地服务亚洲客户，北极星电器正在筹建亚洲研发中心。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["国际经济要闻"], "column label 国际经济要闻")
    c1 = Article(
        "c1", "南溟将建第二个深水港", section="国际经济要闻", lead="【南溟将建第二个深水港】",
        notes="Digest item whose headline is run in at the start of its text in 【】 (as ky07 of handmade55): "
              "title_line is the first body line, the bracketed headline excluded from first. No credit: no authors.",
        paras=["南溟交通部16日宣布，将在该国东部沿海建设第二个深水港，总投资约35亿美元，一期工程计划2039年完工。"])
    c2 = Article(
        "c2", "马尔萨2月通胀率回落至2.3%", section="国际经济要闻", lead="【马尔萨2月通胀率回落至2.3%】",
        byline="（东衡社）", tail="（东衡社）",
        notes="Digest item with 【】 headline run in; the agency credit （东衡社） run in at the end is the byline, "
              "excluded from last; no authors.",
        paras=["马尔萨统计局16日公布，该国2月份消费者价格指数同比上涨2.3%，涨幅比上月回落0.4个百分点。"])
    c3 = Article(
        "c3", "环洋航空订购80架客机", section="国际经济要闻", lead="【环洋航空订购80架客机】东衡社南溟3月16日电　",
        byline="东衡社南溟3月16日电",
        notes="Digest item with 【】 headline run in, followed by the wire dateline naming no reporter (both "
              "excluded from first); byline as printed; no authors.",
        paras=["环洋航空公司16日与飞机制造商签署协议，订购80架窄体客机，用于扩充亚洲航线运力。"])
    for art in (c1, c2, c3):
        pg.body(art, head_role=True)
    d = Article(
        "d", "马尔萨港口物流园吸引跨境电商", byline="（驻马尔萨记者　祁远舟）", authors=["祁远舟"],
        tail="（驻马尔萨记者　祁远舟）",
        notes="Item whose correspondent credit （驻马尔萨记者 X） is run in at the END of the text (byline; excluded "
              "from last; the correspondent is the author).",
        paras=["马尔萨港口物流园去年新入驻跨境电商企业26家，园区跨境包裹处理量增长逾一倍。园区负责人表示，今年将新建两座智能分拣中心。"])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版校对：唐初　　版式：卓一鸣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lu11() -> Page:
    """Wide 国际 page with column breaks: interview with a foreign economist (——副题 访…, byline line 本报驻X记者 Y,
    记者：／NAME： paragraphs); wire item with （完） on its own line and an editor line; 外媒看中国 excerpt with the
    outlet in a label-like line 【外媒看中国·北岸《环洋经济周刊》】 above the headline."""
    pg = Page("lu11.txt", cols=40, indent="  ", blanks="some", colbreak=10, seed=7711, p_para=0.5, p_gap=0.85,
              style="economic daily 国际 page indented with two ASCII spaces, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on two lines; label 环球访谈 over an interview with a foreign economist (headline, ——副题 访…, byline line 本报驻奥斯特维克记者　X, intro, then 记者：／NAME： paragraphs, the name transliterated with ·); wire item with run-in 东衡社维拉斯堡3月17日电（记者　X、Y） (names parted by 、), （完） on a line of its own and （责任编辑：X） after it; label line 外媒看中国 over an excerpt whose outlet is named in a kicker-like line 北岸《环洋经济周刊》3月15日文章 above the headline, and a second excerpt naming the outlet in its first sentence; footer")
    pg.furniture(["澄渊经济时报　" + cn_date(2036, 3, 18) + "　第9版",
                  "国际　　　　　　　　　　　　编辑：苏晚亭"], "page header")
    pg.blank()
    pg.furniture(["环球访谈"], "column label 环球访谈")
    a = Article(
        "a", "“开放合作是应对不确定性的最好答案”", section="环球访谈", kind="interview",
        subtitle="——访奥斯特维克经济研究所所长斯文·约尔根森",
        byline="本报驻奥斯特维克记者　尤思涵", authors=["尤思涵"],
        notes="Interview under the label 环球访谈 (section): ——副题 访… is the subtitle; byline line 本报驻X记者 Y (the "
              "correspondent is the author). Intro then 记者：／约尔根森： paragraphs; the economist who answers "
              "(斯文·约尔根森) is not an author. Kind interview.",
        paras=[
            "今年全球经济增长前景如何？中欧经贸合作有哪些新机遇？日前，本报记者专访了奥斯特维克经济研究所所长斯文·约尔根森（Sven Jørgensen）。",
            "记者：多家国际机构近期上调了今年全球经济增长预期，您怎么看？",
            "约尔根森：通胀回落快于预期，各国央行有了更多政策空间，这是上调预期的主要原因。但我们也要看到，全球增长的动力仍然不足，投资和贸易的恢复并不均衡，一些经济体的债务问题可能在利率高位运行的背景下暴露出来。",
            "记者：您如何看待亚洲在全球经济中的作用？",
            "约尔根森：亚洲是全球经济增长最重要的引擎之一。中国在新能源、数字经济等领域的快速发展，为全球供应链提供了稳定性，也为欧洲企业带来了大量合作机会。奥斯特维克的风电、航运企业和亚洲伙伴的合作正在不断深化。",
            "记者：面对贸易保护主义抬头，您有什么建议？",
            "约尔根森：开放合作是应对不确定性的最好答案。小国尤其需要一个以规则为基础的多边贸易体制。我希望各方多一些对话，少一些壁垒。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "北岬联邦2月工业产出意外增长",
        byline="东衡社维拉斯堡3月17日电（记者　宁远、祝听澜）", authors=["宁远", "祝听澜"],
        lead="东衡社维拉斯堡3月17日电（记者　宁远、祝听澜）",
        notes="Wire item with run-in dateline naming two reporters parted by 、 (both authors), excluded from first. "
              "The end mark （完） on a line of its own and the editor line （责任编辑：X） after it are not body.",
        paras=[
            "北岬联邦统计局17日公布的数据显示，2月份该国工业产出环比增长1.4%，大大好于市场此前预期的下降0.2%。其中，汽车制造业产出增长4.6%，化工行业产出增长2.1%。",
            "北岬联邦经济研究院经济学家托比亚斯·凯勒说，工业产出反弹主要得益于海外订单回升和能源价格回落，但企业投资意愿依然偏弱，制造业复苏的可持续性有待观察。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.furniture(["（完）", "（责任编辑：汤溪）"], "wire end mark on a line of its own and editor line (not body)")
    pg.gap()
    pg.furniture(["外媒看中国"], "column label 外媒看中国")
    c = Article(
        "c", "中国企业加大海外研发投入", section="外媒看中国",
        notes="Excerpt of the 外媒看中国 column (section). The kicker-like line 北岸《环洋经济周刊》3月15日文章 above "
              "the headline names the foreign outlet: neither title, subtitle nor byline; no authors (no compiler "
              "is named).",
        paras=[
            "文章说，越来越多的中国企业在欧洲设立研发中心，领域从通信设备扩展到新能源汽车、生物医药和工业软件。这些研发中心雇用了大量当地工程师，并与当地高校开展联合研究，成为中欧创新合作的新纽带。",
        ])
    pg.kicker(c, "北岸《环洋经济周刊》3月15日文章")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "跨境电商让小商品“卖全球”", section="外媒看中国",
        notes="Second excerpt of the column: the outlet is named in the first sentence (瑟兰《商业信使报》网站3月16日"
              "报道说，): a clause, body. No authors.",
        paras=[
            "瑟兰《商业信使报》网站3月16日报道说，在中国东部的一座小商品城，商户们通过跨境电商平台把文具、饰品和家居用品卖到一百多个国家和地区。报道称，数字化工具大大降低了小企业参与国际贸易的门槛。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版校对：骆小可　　美编：言小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lu12() -> Page:
    """Narrow 环球财经 page: letter-spaced headline; 编译 story signed （本报记者 X　编译） at the end; label
    国际经济要闻 over three ◆ items (one headline on two lines); agency photo caption; 大宗商品 box."""
    pg = Page("lu12.txt", cols=22, indent=FW * 2, blanks="para", seed=7712,
              style="evening business paper 环球财经 page in a narrow column, blank lines between paragraphs and blocks: header on three lines (paper; 环球财经 + A11; date with weekday); lead with headline letter-spaced with single ASCII spaces on one line, byline line 本报驻卡伦港记者　X, photo caption credited 东衡社发（X　摄） after it; 编译 story signed （本报记者　X　编译） run in at the end; label 国际经济要闻 over three items with ◆ headlines (one on two lines), one opening 据外媒报道， with a credit （X） at the end; 大宗商品 box; footer")
    pg.furniture(["临澈晚报",
                  "环球财经　A11",
                  cn_date(2036, 3, 19)], "page header")
    pg.blank()
    a = Article(
        "a", "卡伦港咖啡馆里的“中国茶”",
        byline="本报驻卡伦港记者　薛望川", authors=["薛望川"],
        notes="Headline letter-spaced with single ASCII spaces (quotation marks spaced too), written unspaced. "
              "Byline line 本报驻X记者 Y. The photo caption credited 东衡社发（X　摄） after the body is not body; its "
              "photographer is not an author.",
        paras=[
            "走进卡伦港老城区的一家咖啡馆，菜单上除了各式咖啡，还多了一页“东方茶饮”：绿茶、乌龙茶、普洱茶，价格从4欧元到9欧元不等。",
            "店主扬·德弗里斯说，三年前他第一次从亚洲进口茶叶时只是想试试，没想到茶饮如今已占到店里饮品销售的两成。卡伦港茶叶进口商协会的数据显示，去年该港茶叶进口量增长17%，其中来自中国的茶叶占六成。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(wrap("卡伦港一家咖啡馆内，顾客在品尝中国茶。东衡社发（蒲一川　摄）", 22),
                 "photo caption credited to an agency (not body)")
    pg.gap()
    b = Article(
        "b", "全球奢侈品市场增速放缓", byline="（本报记者　柯远岑　编译）", authors=["柯远岑"],
        tail="（本报记者　柯远岑　编译）",
        notes="编译 story signed （本报记者 X　编译） run in at the end: byline, excluded from last; the "
              "compiler-translator is the author. The consultant quoted is not.",
        paras=[
            "据《北岸金融报》报道，咨询机构晨星顾问公司发布报告称，去年全球个人奢侈品市场规模为3620亿欧元，同比增长4%，增速比前年放缓约一半。",
            "报告作者卡洛琳·杜邦认为，年轻消费者更看重体验和可持续性，品牌需要调整策略。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["国际经济要闻"], "column label 国际经济要闻")
    pg.blank()
    c1 = Article(
        "c1", "南溟棕榈油出口关税下调", head=["◆南溟棕榈油出口关税下调"], section="国际经济要闻",
        notes="Digest item with ◆ headline (mark not part of the title), no credit: no authors.",
        paras=["南溟贸易部宣布，自4月1日起将毛棕榈油出口关税由7.5%下调至6%，以提振出口。"])
    c2 = Article(
        "c2", "瑟兰最大零售商宣布关闭60家门店", head=["◆瑟兰最大零售商宣布", "关闭60家门店"], section="国际经济要闻",
        byline="（苗晚晴）", authors=["苗晚晴"], tail="（苗晚晴）",
        notes="Digest item with ◆ headline on two lines, joined. The opening 据外媒报道， is a clause of the first "
              "sentence and stays in the body (as everywhere in this set); the credit （X） run in at the end is the "
              "byline, excluded from last.",
        paras=["据外媒报道，瑟兰最大连锁零售商霍尔姆百货计划年内关闭60家实体门店，同时加大线上业务投入。"])
    c3 = Article(
        "c3", "马尔萨发行首支绿色主权债券", head=["◆马尔萨发行首支绿色主权债券"], section="国际经济要闻",
        notes="Digest item with ◆ headline, no credit: no authors.",
        paras=["马尔萨财政部日前成功发行5亿欧元10年期绿色主权债券，票面利率3.125%，认购倍数达4.6倍。"])
    for art in (c1, c2, c3):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["大宗商品",
                  "黄金　2201.3美元/盎司　↑",
                  "原油　84.55美元/桶　↑",
                  "铜　　9812美元/吨　↓",
                  "小麦　612美分/蒲式耳　↑"], "大宗商品 box (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：班若溪　　校对：季平"], "footer")
    return pg


PAGES = [lu09, lu10, lu11, lu12]
