"""Pages kz09-kz12 of handmade56 (development set; all papers, journals, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, width, wrap


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
def kz09() -> Page:
    """Economics journal page: the END of the previous paper (no headline on this page: title null) with its
    参考文献 and editor line; label 学术动态 over a conference item signed （本刊记者 X）; the START of a paper: title,
    ——副题, authors with superscript digits, affiliations, 摘　要／关键词, 中图分类号 line, English title, authors,
    affiliations, Abstract／Key words, 一、引言 and text cut off at the page foot; footnote block (收稿日期,
    基金项目, 作者简介)."""
    C = 38
    pg = Page("kz09.txt", cols=C, indent=FW * 2, blanks="some", seed=5609, p_para=0.2, p_gap=0.6,
              style="economics journal page (华衡经济评论), indented with two U+3000, blank lines sometimes: running header on three lines (卷期 + journal + Vol. No.; month + English journal name; page number ·46·); the END of the previous paper (no headline: title null) opening in mid-sentence, with a crosshead 五、结论与政策启示, then 参考文献 (four entries, one in English) and ［责任编辑：X］; label 学术动态 over a conference item signed （本刊记者 X） at the end; the START of a paper: title, ——副题, author line with superscript digits (郁清和1，谭思远2), affiliation line, 摘　要： and 关键词： paragraphs without indent, 中图分类号／文献标识码／文章编号 line, English title on two lines, English author line, English affiliation line, Abstract: and Key words: paragraphs, crosshead 一、引言, two paragraphs, the second cut off in mid-sentence at the foot of the page; footnote block (收稿日期, 基金项目, 作者简介 naming the authors)")
    pg.furniture(["第38卷第4期　　　　　　　华衡经济评论　　　　　　　Vol.38 No.4",
                  "2036年7月　　　　　　HUAHENG ECONOMIC REVIEW　　　　　　Jul. 2036",
                  "·46·"], "running header of the journal page")
    pg.blank()
    a = Article(
        "a", None, byline=None, authors=[],
        notes="**new:** the END of a paper begun on an earlier page: no headline is printed on this page, so title "
              "is null and there are no authors (the paper's byline is on another page). The body opens in "
              "mid-sentence (the first line is not indented) and includes the crosshead 五、结论与政策启示. The "
              "参考文献 list and the editor line ［责任编辑：X］ after it are not body.",
        paras=[
            Raw(["果表明，在控制地区经济规模和产业结构后，服务业开放对全要素生产率（TFP）的",
                 "促进作用依然显著，且在东部地区更为明显。"]),
            Cross("五、结论与政策启示"),
            "本文基于2021—2034年省级面板数据，考察了服务业开放对地区全要素生产率的影响。研究发现：第一，服务业开放每提高1个单位，地区TFP平均提高0.127个百分点；第二，生产性服务业开放的效应大于生活性服务业；第三，人力资本和数字基础设施在其中发挥了重要的调节作用。",
            "据此，本文提出以下建议：一是有序扩大金融、电信、专业服务等领域开放，二是加强与国际高标准经贸规则对接，三是加大人力资本投入，提高开放红利的吸收能力。",
        ])
    pg.body(a, end=2, indent="")
    pg.body(a, start=2)
    pg.blank()
    pg.furniture(["参考文献：",
                  "［1］钱慕白，顾晚晴．服务业开放与制造业升级［J］．华衡经济评论，2031（6）：21-35．",
                  "［2］闻叔平．全要素生产率的测算方法与中国经验［M］．澄州：澄州财经出版社，2029．",
                  "［3］KELLER M, SORENSEN P. Services trade liberalization and productivity growth［J］.",
                  "Journal of Open Economies, 2032, 18(3): 245-271.",
                  "［4］单若水．数字基础设施、人力资本与区域创新［J］．澄州财经学院学报，2034（2）：58-70．"],
                 "参考文献 of the previous paper (not body)")
    pg.furniture(["［责任编辑：戴西桥］"], "editor line of the previous paper")
    pg.blank()
    pg.furniture(["学术动态"], "column label 学术动态")
    b = Article(
        "b", "“全球价值链重构与开放型经济”学术研讨会在澄州举行", section="学术动态",
        byline="（本刊记者　闻竹）", authors=["闻竹"], tail="（本刊记者　闻竹）",
        notes="Conference item under the label 学术动态 (section). The credit （本刊记者 X） run in at the end is the "
              "byline (the journal's own reporter is the author), excluded from last. The scholars named are not "
              "authors.",
        paras=[
            "2036年6月18日至19日，由本刊编辑部与华衡大学经济学院联合主办的“全球价值链重构与开放型经济”学术研讨会在澄州举行。来自国内外40余所高校和研究机构的120余名学者参会，围绕数字贸易规则、产业链韧性、绿色贸易壁垒等议题展开研讨。与会学者认为，应在扩大制度型开放中不断提升产业链供应链的韧性和安全水平。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "数字贸易壁垒对制造业出口技术复杂度的影响",
        subtitle="——基于42个经济体的跨国面板证据",
        byline="郁清和1，谭思远2", authors=["郁清和", "谭思远"],
        notes="**new:** the START of a journal paper. Title and ——副题 (the subtitle); the author line 郁清和1，谭思远2 "
              "keeps the superscript affiliation digits as extraction leaves them (the byline as printed; the "
              "authors are the two names). The affiliation line is not body. Body: the 摘　要： and 关键词： "
              "paragraphs, then (after the 中图分类号 line and the English title, author and affiliation lines, "
              "which are not body) the English Abstract: and Key words: paragraphs, the crosshead 一、引言 and the "
              "text, which is cut off in mid-sentence at the foot of the page (last is where the page stops). "
              "The English title is a parallel title, not recorded (the Chinese ——副题 is the subtitle); the "
              "English author line (pinyin) names the same two authors. The footnote block (收稿日期, 基金项目, "
              "作者简介) after the text is not body.",
        paras=[
            "摘　要：本文利用2021—2034年42个经济体的跨国面板数据，基于数字贸易限制指数（DTRI）考察数字贸易壁垒对制造业出口技术复杂度的影响。研究发现，数字贸易壁垒显著抑制了制造业出口技术复杂度的提升，DTRI每上升0.1，出口技术复杂度平均下降2.3%；机制检验表明，数字服务投入和跨境数据流动是主要的传导渠道；异质性分析显示，这一抑制效应在高技术行业和发展中经济体中更为突出。",
            "关键词：数字贸易壁垒；出口技术复杂度；DTRI；数字服务投入",
            Raw(en("Abstract: Using panel data of 42 economies from 2021 to 2034, this paper examines the impact "
                   "of digital trade barriers, measured by the Digital Trade Restrictiveness Index (DTRI), on the "
                   "export sophistication of manufacturing. The results show that digital trade barriers "
                   "significantly inhibit export sophistication: a 0.1 increase in the DTRI lowers export "
                   "sophistication by 2.3% on average. Digital service inputs and cross-border data flows are "
                   "the main channels, and the effect is stronger in high-tech industries and developing "
                   "economies.", C)),
            Raw(en("Key words: digital trade barriers; export sophistication; DTRI; digital service inputs", C)),
            Cross("一、引言"),
            "近年来，各经济体围绕数据本地化、跨境数据流动和数字服务税等议题出台的限制性措施明显增多。制造业出口技术复杂度是衡量一国出口结构和产业竞争力的重要指标。已有研究表明，服务投入特别是数字服务投入，是推动制造业出口技术复杂度提升的关键力量。然而，现有文献多从关税和传统非关税壁垒的角度展开分析，对数字贸易壁垒如何通过服务投入渠道影响制造",
        ])
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.line(c, "（1.华衡大学　经济学院，澄州　310027；2.澄州财经学院　国际贸易学院，澄州　310018）", "affiliation")
    pg.gap()
    pg.body(c, end=2, indent="")
    pg.line(c, "中图分类号：F752.62　　文献标识码：A　　文章编号：1672-9301（2036）04-0046-14", "classification")
    pg.gap()
    for ln in en("The Impact of Digital Trade Barriers on the Export Sophistication of Manufacturing: "
                 "Cross-country Panel Evidence from 42 Economies", C):
        pg.line(c, ln, "entitle")
    pg.line(c, "YU Qinghe1, TAN Siyuan2", "enbyline")
    for ln in en("(1. School of Economics, Huaheng University, Chengzhou 310027; 2. School of International "
                 "Trade, Chengzhou University of Finance and Economics, Chengzhou 310018)", C):
        pg.line(c, ln, "enaffiliation")
    pg.gap()
    pg.body(c, start=2)
    pg.blank()
    pg.furniture(["收稿日期：2036-02-18；修回日期：2036-05-06"]
                 + wrap("基金项目：国家社会科学基金青年项目“数字贸易规则对全球价值链分工的影响研究”（36CJY047）", C)
                 + wrap("作者简介：郁清和（1989—），男，澄州人，华衡大学经济学院副教授，博士，研究方向为国际贸易与数字经济；"
                        "谭思远（1995—），女，澄州财经学院国际贸易学院讲师，博士，研究方向为数字贸易。", C),
                 "footnote block of the paper (收稿日期, 基金项目, 作者简介; not body)")
    return pg


# ---------------------------------------------------------------------------
def kz10() -> Page:
    """外媒看中国 digest page: 编者按 box; five items, each a headline and text with its foreign source in
    brackets: on a line of its own after the text (【…】, one naming a foreign writer, one naming the compiler),
    run in at the start ［…报道］, or run in at the end （《…》）; one item with a 原题 line in English."""
    pg = Page("kz10.txt", cols=26, indent="", blanks="para", seed=5610,
              style="外媒看中国 foreign-press digest page, NO indent, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday + 第3版; 版名 外媒看中国 + 本版编译 X　Y); 编者按 box; five items, each a headline over text: the first with its source 【科尔维亚《晨星商报》8月5日】 on a line of its own after the text, the second with a line （原题：…） in English under the headline and a source line of two lines naming the foreign writer (作者玛丽娜·考夫曼), the third with the source run in at the start ［萨林堡《金融观察家》8月3日报道］, the fourth with the source run in at the end （《东岸时报》）, the fifth with a source line naming the compiler （…，编译：X）; footer with editor")
    pg.furniture(["寰瀛参考报",
                  cn_date(2036, 8, 7) + "　第3版",
                  "外媒看中国　　本版编译：鲍听溪　左一鸥"], "page header (with the page's compilers)")
    pg.blank()
    pg.furniture(wrap("编者按：近期，多家外国媒体关注中国经济在制造业升级、消费复苏和绿色转型等方面的新变化。本版摘编部分报道，"
                      "供读者参考。文中观点不代表本报立场。", 26), "编者按 box (not an article)")
    pg.blank()
    a = Article(
        "a", "中国制造业“智能化”步伐加快",
        byline="【科尔维亚《晨星商报》8月5日】", authors=[],
        notes="**new:** digest item whose source (a foreign paper and date) is printed in 【】 on a line of its own "
              "after the text: the source line is the byline, not body; it names no person, so no authors. The "
              "page's compilers in the header (本版编译) are furniture, not authors of the items. The analyst quoted "
              "(汉斯·默勒) is not an author.",
        paras=[
            "走进中国东部沿海的一些工厂，人们会发现，机器人和AI系统正在替代大量重复性劳动。数据显示，中国工业机器人安装量已连续多年居全球首位，每万名制造业工人拥有的机器人数量超过480台。",
            "科尔维亚工业咨询公司分析师汉斯·默勒认为，中国制造业的竞争力正从“成本优势”转向“效率优势”和“技术优势”。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    b_src = "【埃斯特兰《北岸经济评论》网站8月4日文章，作者玛丽娜·考夫曼】"
    b = Article(
        "b", "中国消费市场“韧性”超出预期",
        byline=b_src, authors=["玛丽娜·考夫曼"],
        notes="**new:** digest item with a line （原题：…） giving the original English title under the headline: it "
              "is neither subtitle nor body. The source line after the text, wrapped over two lines, names the "
              "foreign writer (transliterated name with ·): it is the byline and she is the author (the item is "
              "her text in translation).",
        paras=[
            "尽管外部环境复杂多变，中国消费者的钱包并没有明显收紧。今年上半年，中国社会消费品零售总额同比增长5.6%，服务零售额增速快于商品零售额。",
            "文章说，旅游、文娱和体育消费成为新的增长点，“悦己消费”和“体验消费”在年轻人中流行。国货品牌凭借设计和性价比赢得了越来越多的本土消费者。",
        ])
    pg.headline(b)
    pg.line(b, "（原题：Why China's Consumers Keep Spending）", "original title")
    pg.gap()
    pg.body(b)
    for ln in wrap(b_src, 26):
        pg.line(b, ln, "byline")
    pg.gap()
    c = Article(
        "c", "中国绿色技术出口助力全球减排",
        byline="［萨林堡《金融观察家》8月3日报道］", authors=[], lead="［萨林堡《金融观察家》8月3日报道］",
        notes="Digest item whose source is run in at the start of the text in ［］ (like a dateline): it is the "
              "byline and is excluded from first; no person is named, no authors.",
        paras=[
            "中国生产的太阳能组件、风电设备和锂电池正源源不断地运往世界各地。报道援引国际机构数据称，中国光伏组件产量占全球的八成以上，过去十年间全球光伏发电成本下降约85%，中国企业功不可没。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "外资持续看好中国服务业开放",
        byline="（《东岸时报》）", authors=[], tail="（《东岸时报》）",
        notes="Digest item whose source is run in at the end in brackets: the byline, excluded from last; no "
              "person, no authors. The executive quoted (理查德·贝克) is not an author.",
        paras=[
            "今年前6个月，中国服务业实际使用外资同比增长8.3%，金融、医疗和研发设计等领域成为外资布局热点。一家跨国咨询公司亚太区总裁理查德·贝克表示，中国持续放宽服务业市场准入，为外国企业带来了新的机遇。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    e = Article(
        "e", "中国资本市场对外开放步伐稳健",
        byline="（马林多《环球金融》周刊8月号，编译：左一鸥）", authors=["左一鸥"],
        notes="Digest item whose source line after the text names the compiler (编译：X): the byline, and the "
              "compiler is the author (as the 编译 credits of handmade22), although the same person is also named "
              "among the page's compilers in the header.",
        paras=[
            "文章称，截至7月末，境外投资者持有中国境内债券和股票的规模合计约9.6万亿元人民币。随着互联互通机制不断优化、ESG投资产品逐步丰富，国际投资者配置人民币资产的意愿稳步上升。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    for ln in wrap(e.byline, 26):
        pg.line(e, ln, "byline")
    pg.blank()
    pg.furniture(["责任编辑：鲍听溪　　校对：闵若冰"], "footer with editor and proof-reader")
    return pg


# ---------------------------------------------------------------------------
def kz11() -> Page:
    """Financial paper 市场·汇率 page, narrow column, plus column breaks: central-parity item with run-in
    本报讯（记者 X）; exchange-rate table; label 汇市观察 over a comment; oil item (US$ figures) with byline line
    本报记者 X; label 市场速递 over two items (one signed （X））."""
    pg = Page("kz11.txt", cols=22, indent=FW * 2, blanks="some", colbreak=10, seed=5611, p_para=0.35, p_gap=0.7,
              style="financial paper 市场·汇率 page, indented with two U+3000, blank lines sometimes, plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on three lines (paper; date with weekday; 7　市场·汇率); central-parity item (headline with 7.0856, CFETS, bp) with run-in 本报讯（记者 X）; table of the day's central parities (title, header row, six rows with currency pairs USD/CNY …, 注 line); label 汇市观察 over a comment with byline line □ X; oil-price item with byline line 本报记者 X and figures US$82.4 / 3.2%; label 市场速递 over two items, the first signed （X） at the end, the second with none (ETF, QDII); footer with editor and proof-reader")
    pg.furniture(["澄江金融导报",
                  cn_date(2037, 1, 15),
                  "7　市场·汇率"], "page header")
    pg.blank()
    a = Article(
        "a", "人民币对美元中间价报7.0856",
        byline="本报讯（记者　侯映川）", authors=["侯映川"], lead="本报讯（记者　侯映川）",
        notes="Headline ending with a figure. Run-in 本报讯（记者 X） excluded from first. Latin (CFETS, bp) in the "
              "text. The exchange-rate table printed after it is not body.",
        paras=[
            "1月14日，人民币对美元汇率中间价报7.0856，较前一交易日上调62个基点（bp），创近三个月新高。当日，在岸人民币对美元汇率16:30收盘报7.0791，较上一交易日上涨115个基点。",
            "同日，CFETS人民币汇率指数报101.36，较上周上涨0.42%。分析人士认为，近期美元指数回落、国内经济数据好于预期以及季节性结汇需求增加，共同推动人民币汇率走强。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["银行间外汇市场人民币汇率中间价",
                  "（1月14日）",
                  "货币对　　　　　中间价　　涨跌（bp）",
                  "USD/CNY　　　　7.0856　　-62",
                  "EUR/CNY　　　　7.7412　　+35",
                  "100JPY/CNY　　 4.8265　　+18",
                  "HKD/CNY　　　　0.90714　 -9",
                  "GBP/CNY　　　　8.9931　　+57",
                  "CNY/KRW　　　　187.42　　-21",
                  "注：“-”表示人民币升值"], "exchange-rate central-parity table (not an article)")
    pg.blank()
    pg.furniture(["汇市观察"], "column label 汇市观察")
    b = Article(
        "b", "双向波动将成为常态", section="汇市观察", kind="commentary",
        byline="□ 温远岑", authors=["温远岑"],
        notes="Comment under the label 汇市观察 (section), byline line □ X; commentary.",
        paras=[
            "人民币汇率近期走强，一些企业开始押注“单边升值”。事实上，在市场化汇率形成机制下，汇率受内外部多重因素影响，双向波动是常态，任何单边预期都可能落空。",
            "对外贸企业而言，与其猜测汇率走势，不如坚持“风险中性”理念，合理运用远期、期权等工具管理敞口，把精力放在提升产品竞争力上。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "国际油价一周上涨3.2%",
        byline="本报记者　路星河", authors=["路星河"],
        notes="Byline line 本报记者 X. Dollar figures with half-width units (US$82.4, 3.2%) are part of the text.",
        paras=[
            "受主要产油国延长减产协议和北半球寒潮影响，国际油价上周累计上涨3.2%。截至1月13日收盘，北海基准原油期货主力合约报每桶US$82.4，创两个月新高；西岸轻质原油期货报每桶US$78.1。",
            "机构预计，一季度全球原油市场将维持紧平衡，油价或在每桶75美元至88美元区间波动。国内成品油价格将于1月17日迎来新一轮调价窗口，有望上调。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["市场速递"], "column label 市场速递")
    d1 = Article(
        "d1", "黄金ETF持仓连续三周增加", section="市场速递",
        byline="（侯映川）", authors=["侯映川"], tail="（侯映川）",
        notes="Item of the 市场速递 strip, headline with Latin ETF. The credit （X） run in at the end is the byline, "
              "excluded from last.",
        paras=["数据显示，截至1月13日，境内黄金ETF总持仓量达到86.4吨，连续三周增加，较年初增长4.1%。"])
    d2 = Article(
        "d2", "QDII基金额度使用率升至78%", section="市场速递",
        notes="Item of the 市场速递 strip, headline opening with Latin QDII; no credit, no authors.",
        paras=["年初以来，投资海外市场的QDII基金受到追捧，多只产品暂停大额申购。业内统计，全市场QDII额度使用率已升至78%。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["本版编辑：尚听雪　　校对：莫小禾"], "footer with editor and proof-reader")
    return pg


# ---------------------------------------------------------------------------
def kz12() -> Page:
    """Student English weekly's 双语财经 page: each item an English headline over a Chinese headline, English
    paragraphs then their Chinese translation; credits （译／X） run in at the end, a byline line
    卡尔•温特斯　文　　褚南星　译 (with U+2022 in the name), one item with none; Vocabulary box and a 思考题 box."""
    C = 34
    pg = Page("kz12.txt", cols=C, indent=FW, blanks="arts", seed=5612,
              style="student English weekly 双语财经 page, indented with ONE U+3000, blank lines only between articles and blocks: header on three lines (paper + English name; 第1426期 + date with weekday; 版名 双语财经　BILINGUAL FINANCE); three items, each an English headline line OVER a Chinese headline, English paragraphs first, then the Chinese translation: the first signed （译／X） run in at the end, the second with byline line 卡尔•温特斯　文　　褚南星　译 (transliterated name with U+2022), the third with no credit; Vocabulary 词汇 box (English term, part of speech, Chinese); 思考题 Think and Discuss box; footer with editor")
    pg.furniture(["明湖学生英语报　MINGHU STUDENT ENGLISH WEEKLY",
                  "第1426期　" + cn_date(2037, 3, 3),
                  "双语财经　BILINGUAL FINANCE"], "page header")
    pg.blank()
    a = Article(
        "a", "茶叶出口持续升温", subtitle="Tea exports brew strong growth",
        byline="（译／褚南星）", authors=["褚南星"], tail="（译／褚南星）",
        notes="**new:** bilingual learner's item: the English headline line printed OVER the Chinese headline is "
              "the subtitle; the Chinese headline is the title (a title cannot hold the English headline's "
              "spaces). Body: the English paragraphs and their Chinese translation, in print order. The credit "
              "（译／X） run in at the end is the byline, excluded from last; the translator is the author.",
        paras=[
            Raw(en("China's tea exports rose 12.6 percent year-on-year to 412,000 tonnes in 2036, with green tea "
                   "making up more than 80 percent of the total.", C, FW)),
            Raw(en("Tea growers in Xiuling county say online sales and new flavored products have helped them "
                   "reach young buyers overseas.", C, FW)),
            "2036年，中国茶叶出口量同比增长12.6%，达到41.2万吨，其中绿茶占比超过八成。",
            "岫岭县的茶农表示，线上销售和新口味产品帮助他们赢得了海外年轻消费者。",
        ])
    pg.line(a, a.subtitle, "subtitle")
    pg.headline(a)
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "人民币升值与你的钱包", subtitle="What a stronger yuan means for your wallet",
        byline="卡尔•温特斯　文　　褚南星　译", authors=["卡尔•温特斯", "褚南星"],
        notes="English headline over the Chinese (subtitle); byline line X　文　　Y　译 under the headlines: the "
              "foreign writer (transliterated name printed with U+2022 •, written as printed) and the translator "
              "are both authors. English paragraphs then the Chinese translation, all body.",
        paras=[
            Raw(en("When the yuan gets stronger, imported goods such as coffee, cosmetics and foreign textbooks "
                   "may become a little cheaper, and studying or traveling abroad costs less.", C, FW)),
            Raw(en("But a stronger currency can also make it harder for exporters to sell their products, so "
                   "economists say a stable exchange rate matters more than a strong one.", C, FW)),
            "人民币升值时，咖啡、化妆品和外文教材等进口商品可能会便宜一些，出国留学和旅游的花费也会减少。",
            "但货币升值也可能让出口企业的产品更难卖出去。因此，经济学家认为，汇率稳定比汇率强势更重要。",
        ])
    pg.line(b, b.subtitle, "subtitle")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    pg.furniture(["Vocabulary　词汇",
                  "brew　v.　酝酿；冲泡",
                  "year-on-year　adj.　同比的",
                  "exchange rate　n.　汇率",
                  "exporter　n.　出口商"], "Vocabulary 词汇 box (not an article)")
    pg.blank()
    c = Article(
        "c", "新能源车企加快“出海”", subtitle="EV makers speed up overseas push",
        notes="English headline over the Chinese (subtitle); no credit: no byline, no authors. The model name "
              "(Lanyue S7) is part of the text.",
        paras=[
            Raw(en("Chinese electric vehicle makers shipped 2.1 million cars abroad last year. Lanyue's S7 "
                   "sedan, priced at about US$28,000, has become a best seller in Estland and Marindo.", C, FW)),
            "去年，中国新能源车企出口汽车210万辆。澜岳汽车的S7轿车售价约2.8万美元，已成为埃斯特兰、马林多等海外市场的畅销车型。",
        ])
    pg.line(c, c.subtitle, "subtitle")
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["思考题　Think and Discuss",
                  "1. Why might a stronger yuan make studying abroad cheaper?",
                  "2. 你认为国货品牌“出海”需要做好哪些准备？"], "思考题 Think and Discuss box (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：殷若兰　　英文审校：Laura Finch"], "footer with editor and English reviser")
    return pg


PAGES = [kz09, kz10, kz11, kz12]
