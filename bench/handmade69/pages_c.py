"""Pages lm09-lm12 of handmade69 (development set; all papers, exchanges, agencies, names, firms, codes, places
and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap
from pages_a import cbody, verse


# ---------------------------------------------------------------------------
def lm09() -> Page:
    """Securities daily 期货·商品 page: wire commodity wrap with run-in 鼎华社…电（记者 X） and （完） on a line of its
    own; 主力合约 table; analyst comment with the columnist's title line (post　NAME) under its headline; label 期市速览
    over two ● items."""
    pg = Page("lm09.txt", cols=28, indent=FW * 2, blanks="para", seed=6909,
              style="securities daily 期货·商品 page, numbers broken across lines, blank lines between paragraphs and blocks: header on two lines (paper + date with weekday; A11　期货·商品); wire commodity wrap of the invented agency 鼎华社 with run-in 鼎华社岚港6月5日电（记者 X） and the end mark （完） on a line of its own; 主力合约收盘 table; analyst comment whose headline is followed by the columnist's title line firm+post　NAME; label 期市速览 over two items with ● headlines (one signed （记者 X） at the end); footer with editor, proof-reader")
    pg.furniture(["云泽证券时报　　" + cn_date(2037, 6, 6),
                  "A11　期货·商品"], "page header")
    pg.blank()
    a = Article(
        "a", "澄海铜期货主力合约涨逾2%",
        byline="鼎华社岚港6月5日电（记者　贺南星）", authors=["贺南星"], lead="鼎华社岚港6月5日电（记者　贺南星）",
        notes="Wire item of the invented agency 鼎华社: run-in 鼎华社岚港6月5日电（记者 X） excluded from first. The end "
              "mark （完） on a line of its own after the body is not body. The analyst quoted is not an author.",
        paras=[
            "澄海期货交易所铜期货主力合约5日收报81460元/吨，上涨2.18%，创近三个月新高。当日铝、锌主力合约分别上涨0.86%和1.24%，镍主力合约下跌0.57%。",
            "兴澜期货有色金属研究员邝一帆表示，海外主要铜矿供应扰动持续，国内电网投资加快带动铜需求回升，铜价短期仍有上行动力，但需警惕高价对下游采购的抑制。",
        ])
    pg.headline(a)
    pg.gap()
    cbody(pg, a)
    pg.line(a, "（完）", "endmark")
    pg.gap()
    pg.furniture(["主力合约收盘（6月5日）",
                  "品种　　收盘价　　　涨跌幅",
                  "铜　　　81460　　　+2.18%",
                  "铝　　　20875　　　+0.86%",
                  "螺纹钢　3562　　　 -0.42%",
                  "豆粕　　3318　　　 +1.07%"], "主力合约收盘 table (not an article)")
    pg.gap()
    b = Article(
        "b", "铜价上行逻辑尚未改变", kind="commentary",
        byline="兴澜期货研究院院长　晏青岚", authors=["晏青岚"],
        notes="Analyst comment with no column label: the columnist's title line (firm + post　NAME) under the headline "
              "is the byline; the analyst is the author. Kind commentary.",
        paras=[
            "今年以来，全球铜精矿加工费持续走低，反映出矿端供应偏紧的格局并未缓解。截至5月末，澄海期货交易所铜库存降至6.82万吨，处于近五年同期低位。",
            "需求端，新能源汽车、光伏和电网建设对铜的拉动仍在增强。我们预计三季度铜价中枢有望上移至82000元/吨至85000元/吨区间，但宏观情绪波动可能带来阶段性回调。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    cbody(pg, b)
    pg.gap()
    pg.furniture(["期市速览"], "column label 期市速览")
    pg.blank()
    c1 = Article("c1", "生猪期货持仓量创新高", head=["●生猪期货持仓量创新高"], section="期市速览",
                 byline="（记者　贺南星）", authors=["贺南星"], tail="（记者　贺南星）",
                 notes="Item of the 期市速览 strip (section), headline after the mark ●; credit （记者 X） run in at the "
                       "end excluded from last.",
                 paras=["截至6月5日，生猪期货全市场持仓量达到21.6万手，创上市以来新高。"])
    c2 = Article("c2", "两个期权新品种获批", head=["●两个期权新品种获批"], section="期市速览",
                 notes="Item of the 期市速览 strip with no credit: no authors.",
                 paras=["经批准，澄海期货交易所将于6月20日上市氧化铝期权和丁二烯橡胶期权，进一步丰富产业企业的风险管理工具。"])
    for art in (c1, c2):
        pg.headline(art)
        cbody(pg, art)
        pg.gap()
    pg.furniture(["责任编辑：任秋池　　校对：邰一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lm10() -> Page:
    """Securities daily 新股 page in a very narrow column: IPO report with a letter-spaced headline over two lines
    broken in mid-word and run-in 本报讯; photo news (brief) with credit line; 新股申购 table; regulatory item with
    headline on two lines; exchange notice (公告, not an article); footer wider than the column."""
    pg = Page("lm10.txt", cols=18, indent=FW, blanks="para", seed=6910,
              style="securities daily 新股·发行 page in a very narrow column: header on three lines wider than the column; IPO report with its headline letter-spaced with U+3000 over two lines broken in mid-word and run-in 本报讯（记者 X） filling the first body line; photo news (brief) with headline, caption and credit line 本报记者 X　摄; 新股申购一览 table; regulatory item with headline on two lines and byline line 本报记者 X; label 新股速递 over one ◆ item signed （X） at the end; exchange notice (澄海证券交易所公告 with number, text, date) that is not an article; footer")
    pg.furniture(["澄海证券报",
                  cn_date(2038, 1, 19) + "　A5版",
                  "新股·发行　　责任编辑：梁予安"], "page header")
    pg.blank()
    a = Article(
        "a", "三只新股今日登陆创新板",
        byline="本报讯（记者　骆未央）", authors=["骆未央"], lead="本报讯（记者　骆未央）",
        notes="IPO report: headline letter-spaced with U+3000 over two lines, broken in mid-word (三　只　新　股　今 / "
              "日　登　陆　创　新　板), written joined and unspaced. Run-in 本报讯（记者 X） excluded from first. "
              "Stock codes in parentheses are body text.",
        paras=[
            "1月19日，鹭汀晶圆（688302）、云帆智控（688415）、澄源生物（688627）三只新股在澄海证券交易所创新板上市。",
            "三只新股发行价分别为32.18元、19.60元和45.30元，合计募资48.6亿元。网上发行中签率均低于0.04%。",
        ])
    pg.headline(a, sep=FW, lines=["三只新股今", "日登陆创新板"])
    pg.gap()
    pg.body(a)
    pg.gap()
    p = Article(
        "p", "钟声响起", kind="brief", byline="本报记者　骆未央　摄", authors=["骆未央"],
        notes="Photo news (brief, not counted in recall): headline, caption as body, credit line 本报记者 X　摄 after "
              "it (not body); the photographer is the author of the photo news.",
        paras=["1月19日，鹭汀晶圆董事长祁远舟（左三）在上市仪式上敲响开市宝钟。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    pg.furniture(["新股申购一览",
                  "名称　代码　发行价",
                  "岚川材料",
                  "　　787136　26.40元",
                  "澄东电气",
                  "　　001386　14.12元"], "新股申购一览 table (not an article)")
    pg.gap()
    b = Article(
        "b", "两家拟上市企业终止IPO审核", head=["两家拟上市企业", "终止IPO审核"],
        byline="本报记者　闵知白", authors=["闵知白"],
        notes="Regulatory item: headline on two lines, joined. Byline line 本报记者 X.",
        paras=[
            "澄海证券交易所网站显示，因发行人撤回发行上市申请，交易所于1月18日终止对岚北半导体、鹭汀食品两家企业首次公开发行股票并上市的审核。",
            "今年以来，已有7家企业终止IPO审核。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["新股速递"], "column label 新股速递")
    d = Article("d", "澄东电气今日申购", head=["◆澄东电气今日申购"], section="新股速递",
                byline="（闵知白）", authors=["闵知白"], tail="（闵知白）",
                notes="Item of the 新股速递 strip (section), headline after the mark ◆ (not part of the title); the "
                      "name in （X） run in at the end is the byline, excluded from last.",
                paras=["澄东电气今日开启申购，申购代码001386，发行价14.12元/股，发行市盈率21.6倍，单一账户申购上限1.15万股。"])
    pg.headline(d)
    pg.body(d)
    pg.gap()
    pg.furniture(["澄海证券交易所公告",
                  "（澄证公告〔2038〕6号）",
                  "　经本所审核同意，鹭汀晶圆",
                  "科技股份有限公司人民币普通",
                  "股股票将于2038年1月19日在",
                  "本所创新板上市交易。",
                  "　特此公告。",
                  "澄海证券交易所",
                  "2038年1月17日"], "exchange notice (公告, not an article)")
    pg.blank()
    pg.furniture(["美编：阚一石　　校对：鲍晓晴　　本版投稿邮箱：xingu@chzqb.cn"], "footer wider than the column")
    return pg


# ---------------------------------------------------------------------------
def lm11() -> Page:
    """Financial daily 银行·保险 page in a wide column: bank report with ——副题 and byline 本报记者 X　见习记者 Y;
    label 金融观察 over a comment with 作者系 line; label 监管动态 over three ◇ items with run-in lead-in headlines;
    理财产品 box."""
    pg = Page("lm11.txt", cols=40, indent=FW * 2, blanks="arts", seed=6911,
              style="financial daily 银行·保险 page in a wide column, blank lines only between articles and blocks: header on two lines (paper + date with weekday; 第7版　银行·保险　责任编辑 + 校对); bank report with headline, ——副题 and byline line 本报记者 X　见习记者 Y; label 金融观察 over a comment with byline line □ X and （作者系…） after it; label 监管动态 over three items whose headlines are run in after the mark ◇ and parted from the text by U+3000 (one signed （X） at the end); 理财产品收益 box; footer")
    pg.furniture(["衡川金融日报　　" + cn_date(2039, 3, 24),
                  "第7版　银行·保险　　责任编辑：尹若鸿　　校对：闻小棠"], "page header")
    pg.blank()
    a = Article(
        "a", "上市银行年报季拉开帷幕",
        subtitle="——已披露年报的9家银行净息差平均收窄11个基点",
        byline="本报记者　单云起　见习记者　庞一诺", authors=["单云起", "庞一诺"],
        notes="Bank report: ——副题 is the subtitle; byline line 本报记者 X　见习记者 Y (both authors). The bank "
              "executive and analyst quoted are not authors.",
        paras=[
            "截至3月23日，已有9家A股上市银行披露2038年年报。数据显示，9家银行合计实现归母净利润6824.3亿元，同比增长2.1%；平均净息差为1.58%，较上年收窄11个基点。",
            "“息差收窄仍是行业面临的共同压力。”澄海银行副行长管树声在业绩说明会上表示，该行将通过优化负债结构、压降高成本存款来稳定息差，预计今年负债成本率将下降8至10个基点。",
            "资产质量方面，9家银行平均不良贷款率为1.24%，较上年末下降0.03个百分点；平均拨备覆盖率为238.6%，风险抵补能力保持充足。北辰证券银行业首席分析师蓝若溪认为，银行板块高股息特征突出，仍具配置价值。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["金融观察"], "column label 金融观察")
    b = Article(
        "b", "存款利率下调之后钱该往哪里去", section="金融观察", kind="commentary",
        byline="□ 黎望舒", authors=["黎望舒"],
        notes="Comment under the label 金融观察 (section), byline line □ X; the line （作者系…副教授） after it is not "
              "body. Kind commentary.",
        paras=[
            "新一轮存款利率下调后，部分银行三年期定期存款利率已降至1.85%以下。储户的焦虑可以理解，但“搬家”之前，更需要想清楚自己的风险承受能力和资金使用期限。",
            "对于大多数普通家庭而言，存款、国债和稳健型理财仍应是资产配置的“压舱石”。追求更高收益可以适度配置权益类产品，但比例应与自身风险偏好相匹配，切忌盲目追逐所谓“高息”产品。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "（作者系衡川大学金融学院副教授）", "affiliation")
    pg.blank()
    pg.furniture(["监管动态"], "column label 监管动态")
    items = [
        ("c1", "澄海金融监管局开出千万元罚单", "",
         "因贷款资金被挪用于购房、员工行为管理不到位等违法违规行为，澄海金融监管局近日对澄海农商银行罚款1260万元，并对4名责任人员给予警告及罚款。"),
        ("c2", "两家保险公司被暂停新增互联网业务", "（单云起）",
         "因互联网保险销售行为可回溯管理不规范，岚港金融监管局责令鹭汀人寿、北辰财险自3月25日起暂停新增互联网保险业务三个月。"),
        ("c3", "一季度银行业不良贷款处置提速", "",
         "记者从衡川金融监管局获悉，一季度辖内银行业共处置不良贷款286.4亿元，同比多处置41.7亿元，其中通过批量转让处置占比达到27%。"),
    ]
    for key, title, tail, text in items:
        art = Article(key, title, section="监管动态", lead="◇" + title + FW, tail=tail,
                      byline=tail or None, authors=[tail[1:-1]] if tail else [],
                      notes="**new:** item of the 监管动态 strip (section) whose bold headline is run in after the mark ◇ "
                            "and parted from the text by U+3000: the run-in headline (without the mark) is the title, "
                            "its title_line the first body line, excluded from first."
                            + (" The name in （X） run in at the end is the byline." if tail else " No credit."),
                      paras=[text])
        pg.body(art, head_role=True)
    pg.blank()
    pg.furniture(["本周新发银行理财产品收益（3月17日—23日）",
                  "类型　　　　　数量（只）　平均业绩比较基准",
                  "固定收益类　　412　　　　2.86%",
                  "混合类　　　　37　　　　 3.42%",
                  "现金管理类　　18　　　　 1.71%",
                  "数据来源：衡川理财研究所"], "理财产品收益 box (not an article)")
    pg.blank()
    pg.furniture(["版式设计：蒲一帆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lm12() -> Page:
    """Financial daily 要闻 page 2 with column breaks: market lead (kicker, headline on two lines, run-in 本报讯);
    label 券商观点 over a roundup compiled by a reporter (firm crossheads); 北向资金 box; wire item with （完） run in;
    更正 notice."""
    pg = Page("lm12.txt", cols=26, indent=FW * 2, blanks="some", colbreak=10, seed=6912, p_para=0.5, p_gap=0.85,
              style="financial daily 要闻 page 2, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs), numbers broken across lines: header on two lines (2　要闻; paper + date with weekday); market lead with 引题 kicker, headline on two lines and run-in 本报讯（记者 X）; label 券商观点 over a roundup compiled by a reporter (byline line 本报记者 X　整理, intro, three ◎ firm crossheads each over a paragraph); 外资流向 box; wire item with run-in 鼎华社北京12月1日电（记者 X、Y） and （完） run in at the end; 更正 notice; footer")
    pg.furniture(["2　要闻",
                  "金桥财经日报　" + cn_date(2039, 12, 2)], "page header")
    pg.blank()
    a = Article(
        "a", "11月A股新开户数环比增长28%", head=["11月A股新开户数", "环比增长28%"],
        byline="本报讯（记者　洪半夏）", authors=["洪半夏"], lead="本报讯（记者　洪半夏）",
        notes="Market lead: 引题 kicker 投资者入市热情回升 is neither title nor subtitle; headline of figures on two lines, "
              "joined. Run-in 本报讯（记者 X） excluded from first. A column break (blank line) may fall inside a "
              "paragraph; the body runs across it.",
        paras=[
            "澄海证券登记结算公司12月1日发布数据显示，11月A股新开户数为286.42万户，环比增长28.3%，同比增长41.6%。截至11月末，投资者总数达到2.41亿。",
            "业内人士分析，11月市场成交活跃，日均成交额达到1.26万亿元，赚钱效应带动新投资者入市。从年龄结构看，“00后”新投资者占比升至19%。",
        ])
    pg.kicker(a, "投资者入市热情回升")
    pg.headline(a)
    pg.gap()
    cbody(pg, a)
    pg.gap()
    pg.furniture(["券商观点"], "column label 券商观点")
    b = Article(
        "b", "12月市场将如何演绎", section="券商观点",
        byline="本报记者　桂长宁　整理", authors=["桂长宁"],
        notes="Roundup of brokers' views under the label 券商观点 (section), compiled by a reporter (byline line 本报记者 "
              "X　整理: the compiler is the author). Body: intro paragraph, then three ◎ firm crossheads each over a "
              "paragraph (the crossheads are body lines, as the expert lines of g05 of handmade22). The firms are not "
              "authors. Kind article.",
        paras=[
            "岁末年初，市场将迎来政策窗口期。对于12月的行情走势，多家券商给出研判。",
            Cross("◎北辰证券"),
            "年末机构调仓或带来风格切换，低估值蓝筹有望占优，建议关注银行、公用事业和家电。",
            Cross("◎澄信证券"),
            "中央经济工作会议有望释放积极信号，科技成长仍是跨年行情主线，重点关注算力和机器人。",
            Cross("◎汇川证券"),
            "短期市场涨幅较大，需警惕获利盘兑现压力，建议均衡配置、控制仓位。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["外资流向",
                  "11月外资净买入A股",
                  "　　　386.5亿元",
                  "年内累计净买入",
                  "　　　2874.3亿元"], "外资流向 figures box (not an article)")
    pg.gap()
    c = Article(
        "c", "公募REITs总市值突破2000亿元",
        byline="鼎华社北京12月1日电（记者　苗知远、钟晚）", authors=["苗知远", "钟晚"],
        lead="鼎华社北京12月1日电（记者　苗知远、钟晚）", tail="（完）",
        notes="Wire item: run-in 鼎华社北京12月1日电（记者 X、Y） (names parted by 、) excluded from first; （完） run in "
              "at the end excluded from last.",
        paras=[
            "记者1日从澄海证券交易所获悉，截至11月末，境内上市公募REITs已达86只，总市值2036.8亿元，覆盖交通、能源、仓储物流、保障性租赁住房、消费基础设施等九大类资产。",
        ])
    pg.headline(c)
    pg.gap()
    cbody(pg, c)
    pg.gap()
    pg.furniture(["更正",
                  "　　本报12月1日第3版《岚港银行拟发行",
                  "永续债》一文中，“80亿元”应为“60亿",
                  "元”。特此更正，并向读者致歉。",
                  "　　　　　　　　　　本报编辑部"], "更正 notice (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：柴远　　校对：顾小舟"], "footer")
    return pg


PAGES = [lm09, lm10, lm11, lm12]
