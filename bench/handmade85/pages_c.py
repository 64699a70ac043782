"""Pages mc09-mc12 of handmade85 (development set; all papers, magazines, names, firms, places and figures
invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from pages_a import box, top, whole


# ---------------------------------------------------------------------------
def mc09() -> Page:
    """Commercial daily 金融 page in a narrow column, ONE U+3000 of indent, blank lines sometimes and a column
    break every 12 body lines: deposit lead; label 记者观察 over an analysis with byline ■ 本报记者 X, two
    crossheads and a 数据 box read BETWEEN two paragraphs; label 金融快讯 over two items; 风险提示 footer."""
    pg = Page("mc09.txt", cols=14, indent=FW, blanks="some", colbreak=12, seed=8509, p_para=0.5, p_gap=0.75,
              style="commercial daily 金融·理财 page in a narrow column, indent ONE U+3000, blank lines sometimes, plus "
                    "a column break (blank line) every 12 body lines: header (paper; 金融·理财　B3; date with weekday; "
                    "责任编辑 and 校对); deposit lead with headline on two lines and byline line 本报记者 X; label "
                    "记者观察 over an analysis (about 360 characters) with byline line ■ 本报记者 X, two crossheads "
                    "and a 数据 box (label, five lines, 来源) read BETWEEN two of its paragraphs; label 金融快讯 over "
                    "two items (run-in 本报讯（记者 X）; （通讯员 X） run in at the end); 风险提示 footer (disclaimer)")
    box(pg, ["汇泽商报", "金融·理财　B3", cn_date(2037, 10, 28), "责任编辑：黎小川　校对：申一禾"], "page header")
    a = Article(
        "a", "三季度末全市本外币存款余额突破3万亿元",
        head=["三季度末全市本外币", "存款余额突破3万亿元"],
        byline="本报记者　包晓岚", authors=["包晓岚"],
        notes="Lead: headline on two lines (joined). Byline line 本报记者 X. The page's column breaks (a blank line "
              "every 12 body lines) fall inside its paragraphs. The official quoted (柯望岳) is not an author.",
        paras=[
            "人民银行汇泽市分行10月27日发布数据，9月末，全市本外币存款余额3.02万亿元，同比增长8.6%；本外币贷款余额2.74万亿元，同比增长9.1%。",
            "从存款结构看，住户存款余额1.31万亿元，前三季度增加1168亿元，比上年同期少增214亿元。“居民存款增速放缓，部分资金流向了理财和基金。”人民银行汇泽市分行调查统计处负责人柯望岳说。",
            "贷款投向继续优化。9月末，全市制造业中长期贷款增长24.3%，普惠小微贷款增长17.8%，均明显高于各项贷款平均增速。",
        ])
    whole(pg, a, lines=a.head)
    box(pg, ["记者观察"], "column label 记者观察")
    b = Article(
        "b", "理财“降费潮”下如何选产品", section="记者观察",
        byline="■ 本报记者　邬清源", authors=["邬清源"],
        notes="Analysis under the label 记者观察 (section), byline line ■ 本报记者 X (the ■ is a mark). Two crossheads "
              "(费率下调成趋势, 别只盯着费率看) are body lines. The 数据 box read between two of its paragraphs is "
              "not body (body in pieces). The bank staff and the analyst quoted (温书禾) are not authors.",
        paras=[
            "今年以来，汇泽多家银行理财子公司和中小银行相继下调旗下理财产品的销售费、管理费和托管费，部分产品费率降至“零费率”。",
            Cross("费率下调成趋势"),
            "记者梳理发现，近三个月汇泽地区有超过200只理财产品发布费率优惠公告，固定收益类产品管理费率普遍从0.3%左右降至0.1%至0.2%，部分现金管理类产品销售费率降为零。",
            "“存款利率一降再降，理财收益也在走低，降费是为了把更多收益让给投资者，稳住客户。”一家城商行理财经理说。",
            Cross("别只盯着费率看"),
            "汇泽财经大学金融学院副教授温书禾提醒，费率只是影响收益的因素之一，投资者更应关注产品的投资方向、历史业绩波动和自身的风险承受能力，“零费率产品也可能出现净值回撤”。",
            "她建议，普通投资者可以把资金分为日常开销、稳健增值和长期投资三部分，分别配置现金管理类、固收类和含权益类产品，不宜把“低费率”当作唯一的选择标准。",
        ])
    top(pg, b)
    pg.body(b, end=4)
    pg.gap()
    box(pg, ["数据", "9月末全市银行理财", "存续规模4862亿元", "较年初增长6.8%", "平均业绩基准2.31%",
             "来源：市银行业协会"], "数据 box read between two paragraphs (not body)")
    pg.body(b, start=4)
    pg.gap()
    box(pg, ["金融快讯"], "column label 金融快讯")
    c1 = Article(
        "c1", "首笔“碳账户”贷款发放", section="金融快讯",
        byline="本报讯（记者　包晓岚）", authors=["包晓岚"], lead="本报讯（记者　包晓岚）",
        notes="Item under the label 金融快讯 (section); run-in 本报讯（记者 X） excluded from first.",
        paras=["汇泽农商银行日前向一家纺织企业发放全市首笔“碳账户”挂钩贷款500万元，企业碳排放强度每下降一个等级，贷款利率相应下调0.1个百分点。"])
    c2 = Article(
        "c2", "个人养老金开户数超60万户", section="金融快讯",
        byline="（通讯员　单雨桐）", authors=["单雨桐"], tail="（通讯员　单雨桐）",
        notes="Item under the label 金融快讯; signed （通讯员 X） run in at the end (excluded from last); the 通讯员 is "
              "the author.",
        paras=["截至9月末，汇泽全市个人养老金账户开户数达到61.3万户，比年初增加14.2万户，其中35岁以下开户者占比超过四成。"])
    for c in (c1, c2):
        whole(pg, c, lines=wrap(c.title, 14))
    box(pg, ["风险提示：本版内容仅供", "参考，不构成投资建议。", "市场有风险，投资需谨慎。"],
        "风险提示 footer (disclaimer, not an article)", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mc10() -> Page:
    """City daily 区域·开发区 page in a WIDE column, two ASCII spaces of indent, blank lines only between
    articles: zone lead with kicker, ——副题 and byline 本报记者 X　见习记者 Y, a running header read in the
    MIDDLE of a paragraph; an advertorial marked 企业形象 … （广告） set among the news; run-in item; item with
    byline 文/图　本报记者 X and a photo caption; 区域简讯 item."""
    pg = Page("mc10.txt", cols=34, indent="  ", blanks="arts", seed=8510,
              style="city daily 区域·开发区 page in a WIDE column, indent two ASCII spaces, blank lines only between "
                    "articles and blocks: header (paper; date with weekday; 区域·开发区　第6版; 责任编辑 and 版式); "
                    "zone lead (about 500 characters) with 引题 kicker, ——副题, byline line 本报记者 X　见习记者 Y, and "
                    "a RUNNING HEADER line (paper·区域　date) read in the MIDDLE of a paragraph; an ADVERTORIAL among "
                    "the news (marker 企业形象, headline of two phrases, ——副题 记…, three paragraphs, hotline, "
                    "（广告）); item with run-in 本报讯（通讯员 X　记者 Y）; item with byline line 文/图　本报记者 X and a "
                    "photo caption after it; label 区域简讯 over an item with no credit; footer")
    box(pg, ["岑港日报", cn_date(2037, 6, 18), "区域·开发区　第6版", "责任编辑：邵子衿　版式：梅一朵", ""],
        "page header")
    a = Article(
        "a", "岑港经开区前5个月实际使用外资增长21%",
        subtitle="——新设外资企业47家，先进制造业占比近六成",
        byline="本报记者　蔺秋白　见习记者　洪小渔", authors=["蔺秋白", "洪小渔"],
        notes="Zone lead. The 引题 kicker 园区观察 is not part of the title; the ——副题 is the subtitle. Byline line "
              "本报记者 X　见习记者 Y (both authors). A running header line (岑港日报·区域 and the date) is read in the "
              "MIDDLE of a paragraph, between two of its lines: not body (body in pieces). The officials and the "
              "manager quoted (阮叙白, 施洛安) are not authors.",
        paras=[
            "记者从岑港经济技术开发区获悉，今年1至5月，经开区实际使用外资3.86亿美元，同比增长21.4%，占全市的比重提高到38%；新设外资企业47家，其中先进制造业项目27个，占比近六成。",
            "外资为何持续看好岑港？经开区投资促进局局长阮叙白给出了三个关键词：产业链、港口和服务。经开区已形成汽车零部件、精密仪器和新型显示三大产业集群，规上工业企业达到412家；距岑港集装箱码头仅12公里，货物从工厂到装船最快4小时；去年起，经开区为外资企业配备“一对一”服务专员，项目从签约到开工平均用时缩短至75天。",
            "5月中旬，德资企业博森传感器岑港工厂二期项目开工，新增投资1.2亿美元。“一期项目投产三年，订单一直排得很满。”工厂总经理施洛安说，二期建成后，这里将成为集团在亚洲最大的传感器生产基地。",
            "除了新项目落地，存量外资企业增资扩产也成为外资增长的重要来源。前5个月，经开区有19家外资企业增资，合计增资额1.47亿美元，占实际使用外资的38%。",
            "经开区相关负责人表示，下一步将围绕三大产业集群开展产业链精准招商，年内计划再引进外资项目30个以上，并加快建设国际人才社区，为外籍员工提供子女教育、医疗等配套服务。",
        ])
    top(pg, a, kicker="园区观察", gaps=False)
    items = pg.render_body(a)
    first, rest = Page.chunks(items, [7])
    pg.emit(a, first)
    box(pg, ["岑港日报·区域　" + cn_date(2037, 6, 18)], "running header read in the middle of a paragraph (not body)",
        gap=False)
    pg.emit(a, rest)
    pg.blank()
    box(pg, ["企业形象", "匠心智造　筑梦岑港", "——记岑港宏晟精密机械有限公司"]
        + wrap("  岑港宏晟精密机械有限公司成立于2012年，专注于汽车发动机精密零部件的研发和制造，现有员工860余人，"
               "拥有省级企业技术中心和博士后工作站，产品配套国内外二十余家知名整车企业。", 34)
        + wrap("  公司始终坚持“质量第一、客户至上”的经营理念，先后通过多项国际质量管理体系认证，"
               "年产各类精密零部件1200万件。", 34)
        + wrap("  宏晟精密诚邀各界朋友莅临指导、洽谈合作。", 34)
        + ["合作热线：0×××-6633××××", "（广告）", ""], "advertorial marked 企业形象 … （广告） (an advert, not an article)")
    b = Article(
        "b", "岑港综保区首单保税维修业务落地",
        byline="本报讯（通讯员　柯一鸣　记者　蔺秋白）", authors=["柯一鸣", "蔺秋白"],
        lead="本报讯（通讯员　柯一鸣　记者　蔺秋白）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） excluded from first; both are authors.",
        paras=[
            "6月15日，一批价值860万元的境外工业机器人控制模块运抵岑港综合保税区，在区内企业完成检测维修后将复运出境。这是岑港综保区开展的首单保税维修业务。",
            "保税维修是指对来自境外的待维修货物在综保区内进行检测、维修后复运出境，维修期间货物处于保税状态，无需缴纳进口关税和增值税。据测算，该业务可为企业节约资金占用成本约120万元。",
        ])
    whole(pg, b, gaps=False)
    pg.blank()
    c = Article(
        "c", "园区企业用工服务站挂牌运行",
        byline="文/图　本报记者　洪小渔", authors=["洪小渔"],
        notes="Byline line 文/图　本报记者 X (one person wrote and photographed: the author). The photo caption "
              "after the body (no credit line of its own) is not body.",
        paras=[
            "6月16日，岑港经开区企业用工服务站挂牌运行。服务站设在经开区人才大厦一楼，集中发布园区企业岗位信息，提供求职登记、技能培训报名和劳动政策咨询等服务。",
            "挂牌当天，32家企业现场发布岗位1260个，涵盖数控操作、质量检测、仓储物流等工种，当天有186人达成初步就业意向。",
        ])
    whole(pg, c, gaps=False)
    box(pg, ["▲求职者在用工服务站了解岗位信息。", ""], "photo caption (not body)")
    box(pg, ["区域简讯"], "column label 区域简讯")
    d = Article(
        "d", "岑港高新区新增3家省级企业研发中心", section="区域简讯",
        notes="Item under the label 区域简讯 (section) with its own headline and no credit: no authors.",
        paras=["日前公布的第二批省级企业研发中心名单中，岑港高新区有3家企业入选，分别从事新能源汽车电控、医用传感器和工业软件研发。目前高新区省级以上企业研发中心已达41家。"])
    whole(pg, d, gaps=False)
    pg.blank()
    box(pg, ["本版图片除署名外均由本报记者拍摄"], "footer", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mc11() -> Page:
    """Morning paper 文旅·会展 page in a very narrow column, NO indent, blank lines between paragraphs and
    blocks: expo lead with a photo caption read between two paragraphs; a story whose headline and byline
    文/晨报记者 X are printed AFTER its text; 会展日历 box; label 文旅快讯 over two ◆ items in a 10-character
    column."""
    pg = Page("mc11.txt", cols=12, indent="", blanks="para", seed=8511,
              style="morning paper 文旅·会展 page in a very narrow column, NO indent, blank lines between paragraphs "
                    "and blocks: header (paper; 文旅·会展; date with weekday + A12); expo lead with its headline on two "
                    "lines (wider than the column), byline line 晨报记者 X　通讯员 Y and a photo caption with credit "
                    "X　摄 read BETWEEN two paragraphs; a story whose body comes FIRST and whose headline and byline "
                    "line 文/晨报记者 X are printed AFTER it; 会展日历 box (dates, shows, venues); label 文旅快讯 over two "
                    "◆ items in a 10-character column (run-in 本报讯（记者 X）; one with no credit); footer with "
                    "责任编辑 and 美编")
    box(pg, ["鹭州晨报", "", "文旅·会展", "", cn_date(2037, 5, 21) + "　A12"], "page header")
    a = Article(
        "a", "第五届鹭州文旅博览会签约项目金额218亿元",
        head=["第五届鹭州文旅博览会", "签约项目金额218亿元"],
        byline="晨报记者　汤小暖　通讯员　许知微", authors=["汤小暖", "许知微"],
        notes="Expo lead: headline on two lines (joined). Byline line 晨报记者 X　通讯员 Y (both authors). The photo "
              "caption with credit read between two paragraphs is not body (body in pieces). The organiser quoted "
              "is not an author.",
        paras=[
            "5月20日，为期三天的第五届鹭州国际文化旅游博览会闭幕。本届文博会共吸引参展企业1360家，接待观众32.6万人次，现场签约文旅项目58个，签约金额218亿元，比上届增长27%。",
            "智慧文旅展区成为最热门的展区之一。VR游古城、AI导游、数字藏品等新产品吸引不少年轻观众排队体验。",
            "组委会有关负责人介绍，签约项目中，文旅综合体、度假区和演艺项目占比超过六成，另有一批民宿集群、露营基地和研学基地项目落地乡村。",
        ])
    top(pg, a)
    pg.body(a, end=2)
    pg.gap()
    box(pg, wrap("▲5月20日，观众在博览会智慧文旅展区体验VR游览。汤小暖　摄", 12),
        "photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=2)
    pg.gap()
    b = Article(
        "b", "“村晚”带火乡村“夜经济”",
        byline="文/晨报记者　庞竹溪", authors=["庞竹溪"],
        notes="Its body is printed FIRST (after the expo lead) and its headline and byline line 文/晨报记者 X come "
              "AFTER it; title_line is after the body. The village official quoted is not an author.",
        paras=[
            "每到周六晚上，鹭州市溪头村的文化广场就热闹起来：村民自编自演的“村晚”轮番登场，广场四周的小吃摊、农产品摊位前挤满了游客。",
            "“一场‘村晚’能吸引三四千人，村里的民宿周末基本满房。”溪头村党支部书记说。今年以来，溪头村已举办“村晚”16场，带动村集体和村民增收180余万元。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b, lines=wrap(b.title, 12))
    pg.gap()
    pg.line(b, b.byline, "byline")
    pg.gap()
    box(pg, ["会展日历", "", "5月23日—25日", "鹭州国际茶业博览会", "鹭州国际会展中心", "", "5月28日—30日",
             "鹭州智能家居展", "海湾会议中心"], "会展日历 box (listings, not an article)")
    box(pg, ["文旅快讯"], "column label 文旅快讯")
    c1 = Article(
        "c1", "鹭州古城夜游线路上新", section="文旅快讯",
        byline="本报讯（记者　汤小暖）", authors=["汤小暖"], lead="本报讯（记者　汤小暖）",
        notes="Item under the label 文旅快讯 (section) in a 10-character column: ◆ headline line (wrapped; the mark is "
              "not part of the title); run-in 本报讯（记者 X） excluded from first.",
        paras=["鹭州古城新推出3条夜游线路，串联古城墙灯光秀、非遗街区和沿河夜市，每晚19时至22时开放。"])
    c2 = Article(
        "c2", "“五一”假期民宿入住率达86%", section="文旅快讯",
        notes="Item under the label 文旅快讯 with a ◆ headline line (wrapped) and no credit: no authors.",
        paras=["据市文旅部门统计，“五一”假期全市乡村民宿平均入住率达到86%，比去年同期提高9个百分点，人均消费增长12%。"])
    for c in (c1, c2):
        pg.headline(c, lines=wrap("◆" + c.title, 10))
        pg.gap()
        pg.body(c, cols=10)
        pg.gap()
    box(pg, ["责任编辑：姚若川", "美编：费小橙"], "footer with 责任编辑", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mc12() -> Page:
    """Monthly magazine 专栏 page in a WIDE column, NO indent, blank lines sometimes: running header; a column
    logo line over a long column (byline line with the name alone, 第一笔账：… crossheads) and the line
    （作者为…） after it; a second column logo over a shorter column with byline 文｜X and its （作者为…） line;
    folio."""
    pg = Page("mc12.txt", cols=40, indent="", blanks="some", seed=8512, p_para=0.35, p_gap=0.8,
              style="monthly business magazine 专栏 page in a WIDE column, NO indent, blank lines sometimes: running "
                    "header (专栏　COLUMNS); column logo line 宏观札记｜MACRO NOTES over a long column (about 730 "
                    "characters) with byline line (the name alone) and three crossheads 第一笔账：… 第二笔账：… 第三笔账：…, "
                    "the line （作者为…） after it; column logo line 产业手记｜INDUSTRY NOTES over a shorter column with "
                    "byline line 文｜X and its （作者为…） line; folio footer")
    box(pg, ["专栏　COLUMNS"], "running header")
    box(pg, ["宏观札记｜MACRO NOTES"], "column logo line 宏观札记")
    a = Article(
        "a", "利率下行周期里的三笔账", section="宏观札记", kind="commentary",
        byline="陆知行", authors=["陆知行"],
        notes="Magazine column under its logo line 宏观札记｜MACRO NOTES (section 宏观札记; the English words are part "
              "of the logo). Byline line with the columnist's name alone; the three crossheads 第一笔账：… are body "
              "lines; the line （作者为衡石经济研究院首席经济学家） after the body is neither body nor byline. Kind "
              "commentary (a signed column).",
        paras=[
            "过去两年，存款利率经历了多轮下调，一年期定期存款挂牌利率已降至1%附近。对家庭、企业和银行来说，利率下行都意味着要重新算账。不妨从三笔账说起。",
            Cross("第一笔账：存款搬家"),
            "利率下行最直接的影响，是家庭存款的收益在缩水。以一笔50万元的三年期定期存款为例，五年前到期可得利息约4.1万元，如今只有2.3万元左右。于是，“存款搬家”成为近两年的热词：一部分资金流向银行理财和债券基金，一部分流向保险产品，还有一部分提前偿还了房贷。",
            "但也要看到，存款搬家的规模并没有想象中那么大。居民存款总额仍在增长，只是增速放缓。原因并不复杂：在收入预期偏弱的情况下，很多家庭更看重本金安全，宁愿少赚一点，也不愿承担波动。",
            Cross("第二笔账：企业融资"),
            "对企业来说，利率下行降低了融资成本。去年新发放企业贷款的加权平均利率比五年前下降了一个多百分点，一家贷款余额1亿元的中型企业，每年可以少付100多万元利息。",
            "然而，融资成本下降并不必然带来投资扩张。企业是否愿意借钱扩产，最终取决于订单和盈利前景。在需求不足的行业里，再低的利率也难以让企业“敢贷”。这也是为什么货币政策需要财政政策、产业政策协同发力。",
            Cross("第三笔账：银行息差"),
            "最难算的，或许是银行的账。贷款利率下降快于存款利率，银行净息差持续收窄，部分中小银行已接近盈亏平衡线。银行盈利能力下降，又会影响其补充资本和支持实体经济的能力。",
            "因此，利率下行的空间并非无限。在稳增长和防风险之间找到平衡，需要更多结构性的办法：推动存款利率市场化调整，拓宽银行中间业务收入，同时鼓励长期资金进入资本市场，为居民提供更多稳健的投资渠道。",
            "三笔账放在一起看，利率下行并不是简单的“利好”或“利空”，而是一场财富和收益的重新分配。看清这场再分配的逻辑，才能在新的利率环境中做出更理性的选择。",
        ])
    top(pg, a)
    pg.body(a)
    pg.gap()
    pg.line(a, "（作者为衡石经济研究院首席经济学家）", "affiliation")
    pg.gap()
    box(pg, ["产业手记｜INDUSTRY NOTES"], "column logo line 产业手记")
    b = Article(
        "b", "小家电的“出海”与“回流”", section="产业手记", kind="commentary",
        byline="文｜程一苇", authors=["程一苇"],
        notes="Second magazine column under its logo line 产业手记｜INDUSTRY NOTES (section 产业手记); byline line "
              "文｜X (the writer is the author); the line （作者为…） after the body is neither body nor byline. Kind "
              "commentary.",
        paras=[
            "走访衡石几家小家电企业时，我听到两个看似矛盾的说法：一边是“海外订单比国内还多”，一边是“海外工厂的部分产能正在回流”。",
            "仔细了解才明白，这两件事其实是一回事。过去几年，为了应对贸易壁垒，一些企业把组装环节搬到了东南亚；但核心零部件、模具和研发始终留在国内。如今，随着国内自动化产线成本下降，部分中高端产品的组装又被放回了国内工厂，海外工厂则专注于贴近当地市场的中低端产品。",
            "产能在全球范围内重新布局，并不等于产业外流。对企业而言，真正要守住的，是供应链的组织能力和持续的研发投入。",
        ])
    top(pg, b)
    pg.body(b)
    pg.gap()
    pg.line(b, "（作者为衡石产业研究中心研究员）", "affiliation")
    pg.gap()
    box(pg, ["58　衡石月刊　2038年2月号"], "folio footer", gap=False)
    return pg


PAGES = [mc09, mc10, mc11, mc12]
