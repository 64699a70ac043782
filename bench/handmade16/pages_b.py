"""Pages a05-a08 of handmade16 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def a05() -> Page:
    """证券报 基金 page, no indent: 引题 + two-line headline, byline ◎记者 X　○编辑 Y (editor in the byline), fund
    table with 制表; 投资者教育 comment by a 特约撰稿; item signed （记者 X） at the end."""
    pg = Page("a05.txt", cols=29, indent="", blanks="some", seed=1605, p_para=0.4, p_gap=0.7,
              style="证券报 基金 page, no indent: lead with 引题 over a headline on two lines (two clauses), byline line ◎记者 X　○编辑 Y naming the EDITOR beside the reporter, followed by a table (title, header row, five rows with FOF / QDII, 数据来源 and 制表 line); label 投资者教育 over a comment with byline line 特约撰稿　X; item signed （记者 X） at the end; header 基金　B5 + paper and date, footer with editor, designer and risk warning")
    pg.furniture(["基金　B5", "澜江证券报　" + cn_date(2033, 7, 4)], "page header")
    pg.blank()
    a = Article(
        "a", "债券基金唱主角权益类产品发行回暖", head=["债券基金唱主角", "权益类产品发行回暖"],
        subtitle="上半年新发基金规模超过5800亿元", byline="◎记者　蒲晚晴　○编辑　辛慕白", authors=["蒲晚晴"],
        notes="Headline on two lines (two clauses), joined; the 引题 above it (no 副题) is the subtitle. **new:** the "
              "byline line ◎记者 X　○编辑 Y names the page editor beside the reporter: byline as printed, only the "
              "reporter is an author. The table after the body (its 制表 is the reporter) is not body. The fund "
              "manager quoted is not an author.",
        paras=[
            "记者根据澜信金融终端数据统计，今年上半年全市场共成立新基金534只，合计发行规模5814.5亿元，同比增长16.8%。其中，债券型基金发行规模3127.4亿元，占比超过五成，继续唱“主角”。",
            "“利率中枢下行背景下，银行理财、保险等机构资金对债券基金的配置需求较大。”一家大型基金公司固定收益部负责人表示，今年以来不少债券基金发行时获得机构资金大额认购，部分产品仅用一天就结束募集。",
            "权益类基金发行也出现回暖迹象。上半年新成立股票型基金168只，发行规模1204.5亿元，同比增长近四成，其中指数基金占比接近七成。业内人士认为，低费率、透明度高的指数产品越来越受到投资者青睐，主动权益基金则面临业绩和费率的双重压力。",
            "对于下半年基金发行市场，多位业内人士表示，随着资本市场改革持续推进、中长期资金入市渠道进一步畅通，权益类基金发行有望继续改善，但投资者仍需根据自身风险承受能力理性选择产品。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["上半年新成立基金发行情况（按类型）",
                  "类型　　　数量（只）　规模（亿元）",
                  "债券型　　186　　　　3127.4",
                  "股票型　　168　　　　1204.5",
                  "混合型　　142　　　　986.2",
                  "FOF　　　 27　　　　312.8",
                  "QDII　　　11　　　　183.6",
                  "数据来源：澜信金融终端　制表：蒲晚晴"], "fund table with 数据来源 and 制表 (not an article)")
    pg.blank()
    b = Article(
        "b", "基金定投，别只盯着短期涨跌", section="投资者教育", kind="commentary",
        byline="特约撰稿　辜允和", authors=["辜允和"],
        notes="Advice column under the label 投资者教育 (section), byline line 特约撰稿 X (a contributing writer, the "
              "author); commentary.",
        paras=[
            "不少投资者把基金定投当作“省心”的理财方式，每月固定扣款，不用择时。但在实际操作中，也有人一看到账户出现亏损就停止扣款，甚至赎回离场，结果错过了定投摊薄成本的时机。",
            "定投的原理，是在市场下跌时用同样的金额买入更多份额，在市场上涨时买入较少份额，从而摊低平均成本。因此，市场下跌阶段恰恰是定投积累份额的时期，过早“断供”等于放弃了定投最重要的优势。",
            "当然，定投也不是“一投了之”。投资者在开始定投前，应当选择长期业绩稳定、基金经理相对稳定的产品，并根据收入情况设定合理的扣款金额，确保能够长期坚持；在达到预设的收益目标后，也可以分批止盈，落袋为安。",
            "说到底，定投是一种纪律，考验的是耐心。与其每天盯着净值涨跌，不如把时间交给市场，用长期投资的心态分享经济增长的成果。",
        ])
    pg.furniture(["投资者教育"], "column label 投资者教育")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "澜信基金首只科创债ETF获批", byline="（记者　熊若溪）", authors=["熊若溪"], tail="（记者　熊若溪）",
        notes="Item signed （记者 X） run in at the end, excluded from last.",
        paras=[
            "记者7月3日从澜信基金获悉，该公司旗下首只科创债ETF已获注册批复，将于近期发行。该产品跟踪一只高等级科技创新公司债指数，主要投资于科技创新企业发行的AAA级信用债。",
            "业内人士表示，科创债ETF可以在二级市场交易，流动性较好，为投资者参与科技创新企业债券投资提供了便利工具，也有助于拓宽科技型企业的债券融资渠道。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：闻一禾　　美编：施可",
                  "基金有风险，投资需谨慎。本版文章不构成投资建议。"], "footer with editors and risk warning")
    return pg


# ---------------------------------------------------------------------------
def a06() -> Page:
    """证券报 市场 page of a 21-character column, no blank line: 收评 with a two-line headline and an index table;
    港股 item signed （记者 X）; 期货 item with 本报记者 X　实习生 Y; 据央视新闻报道 item."""
    pg = Page("a06.txt", cols=21, indent=FW * 2, blanks="never", seed=1606,
              style="证券报 市场 page of a 21-character column, no blank line anywhere: label 收评 over a market wrap with a headline on two lines (沪指收复3400点 / 两市成交额超1.2万亿元) and byline line 本报记者 X, then an index table (title, header row, four rows, 数据来源); 港股 item signed （记者 X） run in at the end; label 期市 over an item with byline line 本报记者 X　实习生 Y; label 市场动态 over an unsigned item opening 据央视新闻报道，; header A3 + 版名 + date, footer with editor, designer and proof-reader on two lines")
    pg.furniture(["A3　市场·行情", cn_date(2033, 9, 14), "澜江证券报"], "page header")
    pg.furniture(["收评"], "column label 收评")
    a = Article(
        "a", "沪指收复3400点两市成交额超1.2万亿元", head=["沪指收复3400点", "两市成交额超1.2万亿元"],
        section="收评", byline="本报记者　褚听风", authors=["褚听风"],
        notes="Market wrap under the label 收评 (section). Headline on two lines, joined. Byline line 本报记者 X. The "
              "index table after the body is not body. The strategist quoted is not an author.",
        paras=[
            "9月13日，A股市场震荡走高。截至收盘，上证指数报3412.58点，上涨0.62%；深证成指报11026.37点，上涨0.94%；创业板指报2287.15点，上涨1.21%。沪深两市合计成交12386亿元，较前一交易日放量1076亿元。",
            "盘面上，半导体、消费电子、软件开发等科技板块表现活跃，半导体板块全天上涨3.1%，板块内12只个股涨停；银行、煤炭等高股息板块小幅回调。全市场超过3400只个股上涨。",
            "对于后市，一位券商策略分析师表示，近期增量资金持续入场，市场风险偏好有所回升，短期指数有望维持震荡向上格局，但需关注部分热门板块短期涨幅过大带来的波动风险。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["9月13日主要指数收盘情况",
                  "指数　　收盘（点）　涨跌幅",
                  "上证指数　3412.58　+0.62%",
                  "深证成指　11026.37　+0.94%",
                  "创业板指　2287.15　+1.21%",
                  "科创50　1063.42　+1.87%",
                  "数据来源：澜信金融终端"], "index table (not an article)")
    b = Article(
        "b", "港股三大指数集体收涨", byline="（记者　车望舒）", authors=["车望舒"], tail="（记者　车望舒）",
        notes="Item signed （记者 X） run in at the end, excluded from last.",
        paras=[
            "9月13日，港股三大指数集体收涨。恒生指数收报19862.4点，上涨0.8%；恒生科技指数上涨1.5%。大市成交额1386亿港元。",
            "科技股多数走强，多只互联网平台股涨幅超过2%；内房股延续反弹。南向资金当日净买入港股42.6亿港元。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["期市"], "column label 期市")
    c = Article(
        "c", "碳酸锂期货主力合约大涨近5%", section="期市", byline="本报记者　邢可　实习生　滕晓禾",
        authors=["邢可", "滕晓禾"],
        notes="Under the label 期市 (section); byline line 本报记者 X　实习生 Y, both authors.",
        paras=[
            "9月13日，碳酸锂期货主力合约收涨4.86%，报每吨8.73万元，创近两个月新高，全天成交量明显放大。",
            "分析人士认为，近期部分锂矿企业检修减产，叠加储能电池需求旺盛，市场对碳酸锂供需格局改善的预期升温。但当前碳酸锂社会库存仍处高位，价格持续上涨的基础尚不牢固，投资者应注意控制仓位。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    d = Article(
        "d", "全国碳市场累计成交额突破千亿元", section="市场动态",
        notes="Under the label 市场动态 (section). Unsigned item opening 据央视新闻报道， (a clause of the first "
              "sentence, not a run-in dateline: it stays in the body and first starts with it, as the 据路透社 "
              "opening of w04). No byline, no authors.",
        paras=[
            "据央视新闻报道，截至9月12日，全国碳排放权交易市场碳排放配额累计成交量达到8.2亿吨，累计成交额突破1000亿元。今年以来，碳市场交易活跃度明显提升，碳价总体保持平稳上行。",
        ])
    pg.furniture(["市场动态"], "column label 市场动态")
    pg.headline(d)
    pg.body(d)
    pg.furniture(["责任编辑：蒋一帆　美编：骆子衿", "校对：仇小北"], "footer with editor, designer and proof-reader")
    return pg


# ---------------------------------------------------------------------------
def a07() -> Page:
    """人民日报海外版-like 中国经济 page: lead with ——副题, 本报记者 X line and a 核心阅读 box before the text;
    run-in 本报北京3月7日电　（记者 X）; photo news with 新华社记者 X 摄; item signed （本报记者 X） at the end."""
    pg = Page("a07.txt", cols=35, indent=FW * 2, blanks="para", seed=1607,
              style="人民日报海外版-like 中国经济 page: header (date with weekday, 版名 and page number, 责编 and 邮箱 line); lead with ——副题 and byline line 本报记者 X followed by a 核心阅读 box (label line and one paragraph) BEFORE the text, two plain crossheads; run-in 本报北京3月7日电　（记者 X） with a U+3000 before the bracket; photo news (brief) with headline, caption and credit line 新华社记者 X　摄; item quoting a foreign executive (马库斯·韦伯), signed （本报记者 X） run in at the end")
    pg.furniture([cn_date(2033, 3, 8) + "　　中国经济　3",
                  "同文日报海外版",
                  "责编：瞿海音　邮箱：zgjj@twrb.example"], "page header")
    pg.blank()
    a = Article(
        "a", "中国外贸开局平稳向好", subtitle="——前两月货物贸易进出口同比增长5.3%",
        byline="本报记者　熊知远", authors=["熊知远"],
        notes="——副题 is the subtitle, byline line 本报记者 X. **new:** the 核心阅读 box (label line and one paragraph "
              "summing the story up) printed between the byline and the text is neither subtitle nor body (as the "
              "内容提要 box of w03). Two plain crossheads are body. The professor and officials quoted are not "
              "authors.",
        paras=[
            "海关部门3月7日发布数据显示，今年前两个月，我国货物贸易进出口总值6.87万亿元，同比增长5.3%。其中，出口3.92万亿元，增长7.1%；进口2.95万亿元，增长3.0%。",
            "“开年外贸数据好于市场预期，显示出中国外贸较强的韧性。”同文大学国际经济研究院副院长方子衡接受本报记者采访时说，尽管外部环境依然复杂，但中国外贸企业积极开拓多元市场、加快产品升级，为全年外贸稳定增长打下了较好基础。",
            Cross("新兴市场贸易增长较快"),
            "从贸易伙伴看，前两个月，我国对东盟、拉美、非洲进出口分别增长6.9%、9.2%和11.4%，对新兴市场进出口占比进一步提高。",
            "在泊阳港集装箱码头，一批批电动自行车、光伏组件正在装船发往东南亚和南美洲。港口负责人介绍，今年以来，港口新开通外贸航线5条，前两个月外贸集装箱吞吐量同比增长12%。",
            Cross("高技术产品出口保持强劲"),
            "从出口产品看，机电产品出口2.31万亿元，增长8.6%，占出口总值的58.9%。电动汽车、锂电池、光伏产品合计出口增长15.2%，集成电路、船舶出口也保持较快增长。",
            "商务部门有关负责人表示，下一步将加大对外贸企业的金融、保险支持，推动跨境电商、海外仓等新业态健康发展，办好各类展会，帮助企业稳订单、拓市场。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(["核心阅读"] + wrap("今年前两个月，中国货物贸易进出口总值同比增长5.3%，出口增速快于进口。新兴市场贸易增长较快，电动汽车、锂电池等高技术含量产品出口保持强劲势头。专家认为，中国外贸展现较强韧性，全年有望保持稳定增长。", 35, FW * 2),
                 "核心阅读 box between byline and text (not body)")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "首届数字贸易博览会将在澜州举办", byline="本报北京3月7日电　（记者　葛书遥）", authors=["葛书遥"],
        lead="本报北京3月7日电　（记者　葛书遥）",
        notes="Run-in 本报北京3月7日电　（记者 X） (a U+3000 before the bracket) excluded from first; the reporter is "
              "the author.",
        paras=[
            "记者7日从有关方面获悉，首届数字贸易博览会将于4月18日至21日在澜州举办。博览会设数字技术、数字服务、跨境电商、数字文化等4个展区，展览面积6万平方米，目前已有来自32个国家和地区的680余家企业报名参展。",
            "据介绍，博览会期间还将举办数字贸易规则论坛、跨境数据流动研讨会等20余场配套活动，并发布数字贸易发展报告。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    p = Article(
        "p", "春耕时节农机忙", kind="brief", byline="新华社记者　邹一舟　摄", authors=["邹一舟"],
        notes="Photo news (brief): headline, caption, credit line 新华社记者 X　摄 after it (byline); the "
              "photographer is the author.",
        paras=[
            "3月6日，在柘岭县一处高标准农田里，农机手驾驶旋耕机进行春耕作业。时下，各地抢抓农时，开展春耕备耕生产。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, FW * 14 + p.byline, "byline")
    pg.gap()
    c = Article(
        "c", "外资企业持续加码中国市场", byline="（本报记者　尹若川）", authors=["尹若川"], tail="（本报记者　尹若川）",
        notes="Credit （本报记者 X） run in at the end, excluded from last. The foreign executive quoted "
              "(马库斯·韦伯) is not an author.",
        paras=[
            "“中国市场规模大、产业配套完善，是我们全球布局中不可替代的一环。”德国一家汽车零部件企业亚太区总裁马库斯·韦伯近日在苍屿市出席新工厂奠基仪式时说。该工厂总投资1.2亿欧元，主要生产新能源汽车热管理系统部件，预计2034年投产。",
            "据统计，今年前两个月，全国新设立外商投资企业同比增长10.6%。多位外资企业负责人表示，将继续扩大在华投资，深耕中国市场。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    return pg


# ---------------------------------------------------------------------------
def a08() -> Page:
    """21世纪经济报道-like 金融 page: long story (headline on two lines, byline with 实习生 and two cities) with a
    rate table printed between two paragraphs, text cut before （下转第10版）; 金融观察 comment by 文／X."""
    pg = Page("a08.txt", cols=41, indent="  ", blanks="arts", seed=1608,
              style="21世纪经济报道-like 金融 page, blank lines only between articles: long story (about 620 chars) with a headline on two lines (two clauses), byline line 本报记者 X　实习生 Y　上海、澜州报道, two plain crossheads, a rate table (title with 单位, header row, three rows, 数据来源／制表 line) printed BETWEEN two paragraphs, text stopping in mid-sentence before （下转第10版）; label 金融观察 over a comment with byline line 文／X; header with paper, date, page and 版名, editors' line")
    pg.furniture(["东方经济报道", cn_date(2033, 8, 19) + "　第8版　金融·银行", "本版编辑：邬清晏　美编：桂一鸣"],
                 "page header")
    pg.blank()
    a = Article(
        "a", "中小银行新一轮下调存款利率部分三年期定存利率跌破2%",
        head=["中小银行新一轮下调存款利率", "部分三年期定存利率跌破2%"],
        byline="本报记者　简一帆　实习生　祁晚舟　上海、澜州报道", authors=["简一帆", "祁晚舟"],
        notes="Headline on two lines (two clauses), joined. Byline line 本报记者 X　实习生 Y　上海、澜州报道: both "
              "authors. Plain crossheads are body. The table printed between two paragraphs (title, header, rows, "
              "数据来源／制表) is not body, so the body is printed in two pieces. The text stops in mid-sentence "
              "(…充分了解产品) before the jump line （下转第10版）, which is not body. Bankers quoted are not authors.",
        paras=[
            "8月中旬以来，又有多家中小银行宣布下调人民币存款挂牌利率。记者梳理发现，此轮调整主要涉及城商行、农商行和村镇银行，调整幅度在10至25个基点之间，其中三年期、五年期定期存款利率下调幅度较大。",
            "澜州一家农商行8月16日发布公告称，自8月18日起，该行一年期、二年期定期存款挂牌利率分别下调10个基点至1.65%和1.85%，三年期、五年期定期存款利率均下调20个基点至1.95%。这意味着该行三年期定存利率已跌破2%。",
            Cross("负债成本压力倒逼"),
            "中小银行为何密集下调存款利率？多位业内人士指出，在贷款利率持续下行的背景下，银行净息差收窄压力较大，降低负债成本成为稳定息差的重要手段。",
            "据统计，二季度末商业银行净息差为1.48%，其中城商行、农商行净息差分别为1.39%和1.61%，均较一季度末有所收窄。",
            "一位城商行资产负债部负责人告诉记者，过去中小银行主要依靠较高的存款利率吸引客户，如今大型银行存款利率已处于低位，中小银行如果继续维持高利率揽储，负债成本将难以承受。“存款利率下调是大势所趋，关键是如何在降成本的同时留住客户。”",
            Cross("存款“搬家”仍需关注"),
            "存款利率下调后，居民资金流向备受关注。记者走访发现，部分储户开始将到期存款转向银行理财、货币基金、储蓄国债等产品。澜州一家股份制银行理财经理表示，近期前来咨询理财产品的客户明显增多，“尤其是风险较低的现金管理类和固收类产品”。",
            "不过也有分析人士提醒，理财产品收益并不保本，净值存在波动的可能，投资者在选择时应充分了解产品",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=5)
    pg.furniture(["部分中小银行定期存款挂牌利率（单位：%）",
                  "银行　　　　　　一年期　　三年期　　五年期",
                  "澜州某农商行　　1.65　　　1.95　　　1.95",
                  "泊阳某城商行　　1.70　　　2.05　　　2.05",
                  "苍屿某村镇银行　1.80　　　2.15　　　2.10",
                  "数据来源：各银行官网　制表：简一帆"], "rate table between two paragraphs (not body)")
    pg.body(a, start=5)
    pg.furniture(["（下转第10版）"], "jump line （下转第10版） (not body)")
    pg.blank()
    b = Article(
        "b", "银行降息更要“降本增效”", section="金融观察", kind="commentary", byline="文／晁一默",
        authors=["晁一默"],
        notes="Comment under the label 金融观察 (section), byline line 文／X; commentary.",
        paras=[
            "存款利率下调，为银行缓解息差压力打开了一定空间，但这并非稳定经营的长久之计。从长远看，银行特别是中小银行，更需要在降低经营成本、提升服务效率上下功夫。",
            "当前，部分中小银行网点布局分散、人员冗余，科技投入不足，运营成本居高不下。与其依靠存款利率“价格战”，不如通过优化网点布局、推进数字化转型来压降成本；与其在同质化竞争中拼规模，不如深耕本地市场，在服务小微企业、县域经济等方面形成差异化优势。",
            "对于监管部门而言，也应加快推进中小银行改革化险，通过兼并重组等方式化解风险，推动形成与本地经济相适应的中小银行体系。",
        ])
    pg.furniture(["金融观察"], "column label 金融观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    return pg


PAGES = [a05, a06, a07, a08]
