"""Pages f09-f12 of handmade20 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date


# ---------------------------------------------------------------------------
def f09() -> Page:
    """要闻 page of a 10-character column, no indent: label 要闻速递 over four ◆ items with run-in titles (wrapped, or
    filling a line); an article with a three-line headline and a run-in 本报讯（记者 X） filling a line of its own."""
    pg = Page("f09.txt", cols=10, indent="", blanks="some", seed=2009, p_para=0.5, p_gap=0.7,
              style="证券报 要闻 page of a 10-character column, no indent: label 要闻速递 over four items, each opening ◆title　 run in before the text: two titles wrapped onto the second line (◆假期日均消费增长 / 9.6%　商务…, ◆澄海跨境理财额度上 / 调　澄海…), one exactly filling the first line so that the U+3000 and the text begin the next (◆新增专项债额度下达 / 　财政部门…), one signed （记者 X） run in at the end; article with a headline on three lines (前三季度新备案 / 私募产品规模 / 同比增长27%) and a run-in 本报讯（记者 X） that fills a line of its own (closing bracket hanging past the margin) before the text; header on three lines (paper, 版次 + 版名, date with weekday), footer with editor and designer")
    pg.furniture(["岚川证券报", "A3　要闻", cn_date(2034, 10, 10)], "page header")
    pg.blank()
    pg.furniture(["要闻速递"], "column label 要闻速递")
    items = [
        Article("b1", "假期日均消费增长9.6%", lead="◆假期日均消费增长9.6%　", paras=[
            "商务部门监测数据显示，国庆假期全国重点零售和餐饮企业日均销售额同比增长9.6%，其中智能家电、新能源汽车销售额分别增长21.3%和18.7%。"]),
        Article("b2", "新增专项债额度下达", lead="◆新增专项债额度下达　", paras=[
            "财政部门近日向各地下达新增专项债券额度3800亿元，重点支持城市更新、保障性住房和新型基础设施项目，要求各地加快发行使用，尽早形成实物工作量。"]),
        Article("b3", "澄海跨境理财额度上调", lead="◆澄海跨境理财额度上调　", paras=[
            "澄海自贸片区跨境理财试点个人投资者额度由200万元上调至300万元，试点银行增至14家，新规自10月15日起施行。"]),
        Article("b4", "9月制造业PMI升至50.8%", lead="◆9月制造业PMI升至50.8%　",
                byline="（记者　房一禾）", authors=["房一禾"], tail="（记者　房一禾）",
                notes="Run-in ◆ title (without the ◆) wrapped onto the second line, title_line = body_start, excluded from "
                      "first; signature （记者 X） run in at the end, excluded from last; the reporter is the author.",
                paras=[
                    "统计部门数据显示，9月制造业采购经理指数为50.8%，比上月上升0.6个百分点，连续三个月位于扩张区间。其中，新订单指数升至51.9%，升幅较大。"]),
    ]
    for art in items:
        art.section = "要闻速递"
        if not art.notes:
            art.notes = ("Run-in ◆ title (without the ◆) followed by U+3000 on the first body line of the narrow "
                         "column (wrapped onto the second line, or filling the first so that the U+3000 begins the "
                         "next): title_line = body_start, excluded from first. Unsigned.")
        pg.body(art, head_role=True)
        pg.gap()
    a = Article(
        "a", "前三季度新备案私募产品规模同比增长27%", head=["前三季度新备案", "私募产品规模", "同比增长27%"],
        byline="本报讯（记者　晏清和）", authors=["晏清和"], lead="本报讯（记者　晏清和）",
        notes="Headline on three lines, joined; run-in 本报讯（记者 X） fills a line of its own (the closing bracket "
              "hanging past the margin) before the text; excluded from first.",
        paras=[
            "据行业协会10月9日公布的数据，今年前三季度，新备案私募证券投资基金6127只，备案规模2836亿元，同比增长27.3%。其中，9月单月新备案规模412亿元，创年内新高。",
            "从策略看，量化多头和指数增强类产品备案数量增长最快，占新备案产品的近四成；主观多头产品备案规模也较上半年明显回升。业内人士表示，随着市场活跃度提升，私募机构发行意愿增强，但行业分化仍在加剧，头部机构募资占比持续提高。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["责编：柏凌霄", "美编：林杳"], "footer with editor and designer")
    return pg


# ---------------------------------------------------------------------------
def f10() -> Page:
    """基金 page indented with ONE U+3000, no blank line anywhere: lead with byline line, then a fund table (rows of
    name　figure); headline letter-spaced with U+3000 over a run-in 澄讯社…讯（记者 X）; label 投教园地 over a column
    with byline line 文／X; footer with risk warning."""
    pg = Page("f10.txt", cols=19, indent=FW, blanks="never", seed=2010,
              style="财经日报 基金 page of a 19-character column indented with ONE U+3000, no blank line anywhere: lead with byline line 本报记者 X, followed by a table of funds (title, header row, five rows name　figure, 数据来源／制表 line); headline letter-spaced with U+3000 exactly as wide as the column (多　只　债　基　暂　停　大　额　申　购) over a run-in 澄讯社11月20日讯（记者 X）; label 投教园地 over a column with byline line 文／X; header on three lines, footer with editor, designer and risk warning")
    pg.furniture(["第7版　基金", "溪石财经日报", cn_date(2034, 11, 21)], "page header")
    a = Article(
        "a", "公募REITs二级市场持续回暖", byline="本报记者　岑暮雨", authors=["岑暮雨"],
        notes="Headline with a Latin word; byline line 本报记者 X. The fund table after the body is not body (its 制表 "
              "credit names the same reporter). The fund director quoted (屈望舒) is not an author.",
        paras=[
            "11月以来，公募REITs二级市场持续回暖。截至11月20日，REITs全收益指数本月累计上涨5.7%，年内涨幅扩大至18.4%，全市场62只REITs中有55只年内取得正收益。",
            "分资产类型看，消费基础设施和保障性租赁住房类REITs表现居前，年内平均涨幅均超过25%；产业园区类REITs则因部分项目出租率下滑，表现相对落后。",
            "溪石基金REITs投资部总监屈望舒认为，在利率中枢下行的背景下，REITs稳定分红的特征吸引了保险、银行理财等配置型资金持续流入。但她也提醒，部分REITs分派率已降至3%左右，估值吸引力有所下降，投资者需关注底层资产的经营变化。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["本周涨幅居前的主动权益基金",
                  "基金简称　　　　　周涨幅（%）",
                  "溪石科技先锋混合A　7.42",
                  "澄海半导体精选A　　6.95",
                  "岚信成长动力混合　6.31",
                  "汀江智造优选股票　5.88",
                  "枫屿数字经济混合C　5.64",
                  "数据来源：基金公司公告",
                  "制表：岑暮雨"], "fund table (not body)")
    b = Article(
        "b", "多只债基暂停大额申购",
        byline="澄讯社11月20日讯（记者　柏舒眉）", authors=["柏舒眉"], lead="澄讯社11月20日讯（记者　柏舒眉）",
        notes="Headline printed letter-spaced with U+3000 (exactly as wide as the column), written unspaced. Run-in "
              "澄讯社11月20日讯（记者 X） excluded from first.",
        paras=[
            "11月以来，已有超过20只债券型基金发布公告，暂停或限制大额申购，单日申购上限多在100万元至1000万元之间。",
            "基金公司表示，限购主要是为了保护基金份额持有人利益、保障基金平稳运作。业内人士分析，近期债券收益率快速下行，部分资金涌入中长期纯债基金，规模过快增长会摊薄收益，限购有助于控制规模。",
        ])
    pg.headline(b, sep=FW)
    pg.body(b)
    c = Article(
        "c", "定投止盈，不妨设好“两条线”", kind="commentary", section="投教园地",
        byline="文／蒲一苇", authors=["蒲一苇"],
        notes="Investor-education column under the label 投教园地 (section); byline line 文／X; commentary (as the "
              "投资者教育 pieces of earlier sets).",
        paras=[
            "不少基民都有过这样的经历：定投坚持了两三年，账户终于由亏转盈，却因为没有及时止盈，一轮回调又把收益“坐了回去”。",
            "定投止盈，不妨给自己设好“两条线”。第一条是目标收益线，比如年化收益达到10%或累计收益达到30%时，分批赎回一部分；第二条是回撤保护线，当收益从高点回落超过一定比例时，果断锁定剩余收益。",
            "需要提醒的是，止盈不等于清仓离场。对于长期看好的品种，止盈后可以重新开始新一轮定投，让“低位多买、高位少买”的纪律持续发挥作用。",
        ])
    pg.furniture(["投教园地"], "column label 投教园地")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["责任编辑：荀知夏　美编：冉冉", "基金有风险　投资须谨慎"], "footer with editor, designer and risk warning")
    return pg


# ---------------------------------------------------------------------------
def f11() -> Page:
    """银行·保险 page: lead with ——deck and byline line 本报记者 X　见习记者 Y; an insurance ADVERTISEMENT between
    articles; run-in 本报讯（记者 X）; run-in 本报讯（记者 X　通讯员 Y）."""
    pg = Page("f11.txt", cols=29, indent="  ", blanks="para", seed=2011,
              style="证券报 银行·保险 page indented with two ASCII spaces: lead with ——deck and byline line 本报记者 X　见习记者 Y; an insurance ADVERTISEMENT (广告, insurer + product, selling points, hotline, 仅供参考 line) between the first and second articles; run-in 本报讯（记者 X） item with figures; run-in 本报讯（记者 X　通讯员 Y） item; header on three lines (page, paper, date with weekday + 版名), footer with editor, designer and proof-reader")
    pg.furniture(["A6", "岚川证券报", cn_date(2034, 12, 5) + "　银行·保险"], "page header")
    pg.blank()
    a = Article(
        "a", "多家银行下调大额存单利率", subtitle="——3年期产品利率普遍跌破2%，部分银行暂停发售5年期",
        byline="本报记者　顾南枝　见习记者　白露晞", authors=["顾南枝", "白露晞"],
        notes="——deck (one printed line) is the subtitle; byline line 本报记者 X　见习记者 Y: "
              "both are authors. The analyst and the 理财经理 quoted are not authors.",
        paras=[
            "进入12月，又有多家银行下调大额存单利率。记者梳理发现，近一周以来，已有包括两家股份制银行在内的至少8家银行下调了大额存单挂牌利率，降幅在5至20个基点之间。",
            "以某股份制银行为例，其20万元起存的3年期大额存单年利率由2.05%下调至1.90%，1年期产品年利率降至1.65%。记者走访岚州多家银行网点发现，3年期大额存单利率普遍已跌破2%，部分中小银行也已暂停发售5年期大额存单。",
            "“银行净息差持续收窄，是主动压降负债成本的主要原因。”澄海证券银行业首席分析师邬晴川表示，今年三季度末，商业银行净息差已降至1.49%，处于历史低位，银行通过下调存款和大额存单利率稳定息差的诉求较强。",
            "不少储户开始将目光转向其他理财渠道。某国有大行岚州分行理财经理告诉记者，近期来咨询低波动理财产品和储蓄型保险的客户明显增多，“但我们会提醒客户，理财产品不保本，要根据自己的风险承受能力选择”。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["广告",
                  "岚安人寿　“岚享年年”养老年金保险",
                  "保证领取20年　可附加万能账户",
                  "60周岁起按年领取　领取至终身",
                  "咨询热线：4008-66-××××",
                  "本广告仅供参考，具体以保险合同条款为准"], "insurance advertisement (not an article)")
    pg.gap()
    b = Article(
        "b", "险资年内举牌上市公司达16次",
        byline="本报讯（记者　车晚棠）", authors=["车晚棠"], lead="本报讯（记者　车晚棠）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "今年以来，保险资金举牌上市公司的频率明显提高。据记者统计，截至12月4日，险资年内已举牌上市公司16次，涉及12家上市公司，举牌次数为近五年来最多。其中，银行股和公用事业股是险资举牌的主要标的，合计占比超过六成。",
            "业内人士认为，在长端利率下行、优质非标资产稀缺的背景下，高股息股票成为险资配置的重要方向。新会计准则实施后，险资通过举牌将股票投资计入长期股权投资，以权益法核算，可以平滑利润波动。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "溪川农商银行设立科技金融事业部",
        byline="本报讯（记者　柳望川　通讯员　汤一禾）", authors=["柳望川", "汤一禾"],
        lead="本报讯（记者　柳望川　通讯员　汤一禾）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "溪川农商银行日前正式设立科技金融事业部，并推出“科创积分贷”产品，根据企业研发投入、知识产权、人才结构等指标进行积分评价，最高可提供1000万元纯信用贷款。截至11月末，该行科技型企业贷款余额达到86.3亿元，较年初增长34.5%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：蔺秋白　　美编：邱予安　　校对：江小满"], "footer with editor, designer and proof-reader")
    return pg


# ---------------------------------------------------------------------------
def f12() -> Page:
    """周末版 观察 page, blank lines only between articles: the page opens with a body whose two-line headline and
    byline line follow it; label 周末随笔 over a piece signed with the name alone, right-aligned, after it;
    澄讯社 run-in item; 本周数据 box of figures."""
    pg = Page("f12.txt", cols=24, indent=FW * 2, blanks="arts", seed=2012,
              style="财经日报 周末版 观察 page, blank lines only between articles and blocks: the page opens with a body (about 460 chars) whose two-line headline (市值管理纳入考核之后 / 上市公司都在忙什么) and byline line with two reporters are printed AFTER it; label 周末随笔 over a first-person piece signed with the writer's name alone, right-aligned, on a line after the body; run-in 澄讯社11月24日讯（记者 X）; 本周数据 box (figures alone on a line, each followed by a caption line); header on three lines (weekend paper name, 版次 + 版名, date with weekday), footer with editor and designer")
    pg.furniture(["溪石财经日报·周末", "第12版　观察", cn_date(2034, 11, 25)], "page header")
    pg.blank()
    a = Article(
        "a", "市值管理纳入考核之后上市公司都在忙什么", head=["市值管理纳入考核之后", "上市公司都在忙什么"],
        byline="本报记者　韩栖梧　宋知恩", authors=["韩栖梧", "宋知恩"],
        notes="The page opens with the body; its headline (two lines, joined) and byline line 本报记者 X　Y (both "
              "authors) are printed AFTER it. The 董秘, researcher and professor (邹远帆) quoted are not authors.",
        paras=[
            "“以前开投资者交流会，主要是财务总监和董秘出面；今年开始，董事长几乎每次都亲自到场。”溪石市一家上市公司的董秘告诉记者，自从市值管理被纳入国有上市公司负责人考核体系，公司对投资者关系工作的重视程度明显提高。",
            "这并非个例。记者梳理发现，今年以来，已有超过400家上市公司发布市值管理制度或估值提升计划，其中国有控股上市公司占比超过七成。回购注销、提高分红频次、控股股东增持、加强信息披露，成为上市公司提升估值的“标准动作”。",
            "以回购为例，截至11月24日，今年A股上市公司已实施回购金额超过2100亿元，其中用于注销的回购金额占比由去年的不足三成提升至近五成。“注销式回购能直接提高每股收益，比单纯用于股权激励更能向市场传递信心。”一位券商研究人士说。",
            "不过，也有业内人士提醒，市值管理的根本在于提升公司的内在价值，而不是短期内拉抬股价。“个别公司把市值管理理解为‘做股价’，甚至与市场机构合谋炒作，这是监管明令禁止的。”溪石大学管理学院教授邹远帆说，上市公司应当把更多精力放在主业经营和公司治理上，让市值真实反映企业价值。",
        ])
    pg.body(a)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    b = Article(
        "b", "慢下来，才能看清楚", kind="commentary", section="周末随笔", byline="沈半夏", authors=["沈半夏"],
        notes="First-person piece under the label 周末随笔 (section), signed with the writer's name alone, "
              "right-aligned, on a line after the body (byline, the author).",
        paras=[
            "这一周，市场又走了一段“过山车”：周一大涨，周三回落，周五再度企稳。打开股票软件，涨跌的红绿交替，很容易让人心跳加速。",
            "入市十几年，我越来越觉得，投资最难的不是选股，而是管住自己。频繁操作带来的往往不是收益，而是手续费和情绪上的消耗。真正让账户长期增值的，是少数几次基于深入研究的重仓和长期持有。",
            "周末不开市，正好可以慢下来，把持仓的公司重新梳理一遍：它的生意是否依然好做，管理层是否值得信任，估值是否合理。想清楚了这些，下周一的涨跌，也就没那么重要了。",
        ])
    pg.furniture(["周末随笔"], "column label 周末随笔")
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 9 + b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "本周新开A股账户数环比增长12%",
        byline="澄讯社11月24日讯（记者　冷晴岚）", authors=["冷晴岚"], lead="澄讯社11月24日讯（记者　冷晴岚）",
        notes="Run-in 澄讯社11月24日讯（记者 X） excluded from first.",
        paras=[
            "记者11月24日从证券登记结算机构获悉，本周（11月17日至21日）沪深两市新开A股账户38.6万户，环比增长12.4%；截至本周末，A股投资者总数达到2.31亿。",
            "业内人士表示，近期市场成交活跃，叠加券商开户优惠活动增多，新开户数有所回升，但仍明显低于年内高点。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本周数据",
                  "2100亿元",
                  "年内A股上市公司已实施回购金额",
                  "38.6万户",
                  "本周沪深两市新开A股账户数",
                  "12.4%",
                  "新开户数环比增幅"], "本周数据 box (figures and captions; not an article)")
    pg.blank()
    pg.furniture(["本版编辑：龚星野　　美编：薛可"], "footer with editor and designer")
    return pg


PAGES = [f09, f10, f11, f12]
