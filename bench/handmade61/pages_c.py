"""Pages le09-le12 of handmade61 (development set): the 数据 page, the 书评 page, a full-page advertisement and the
编读往来 page of the invented monthly 澄衡财经 2034年第9期 (all names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, wrap
from pages_a import right

MAG = "澄衡财经"
MAG_EN = "CHENGHENG FINANCE MONTHLY"
ISSUE = "2034年第9期"


# ---------------------------------------------------------------------------
def le09() -> Page:
    """数据 page: a data story whose body is cut by a chart block (图1 title, month labels and values, 注, 数据来源);
    a second data item followed by its chart block (图2 title, values, 注 on two lines, 数据来源); an 指标速览
    table; folio."""
    pg = Page("le09.txt", cols=36, indent="", blanks="some", colbreak=12, seed=6109, p_para=0.5, p_gap=0.9,
              style="数据 department page, NO indent, blank lines sometimes plus column breaks (a blank line every 12 body lines, also inside paragraphs): running head 数据 DATA; data story with byline line 本刊数据部　X under its headline and a CHART block (图1 title with unit, a line of month labels, a line of values, 注：…, 数据来源：…) printed BETWEEN two paragraphs; a second data item with byline line 数据｜X and its chart block (图2 title, two rows of values, 注 on two lines, 数据来源) AFTER its body; a 本月指标速览 table; folio")
    pg.furniture(["数据　DATA"], "running head (department name 数据)")
    pg.blank()
    a = Article(
        "a", "八月制造业景气连升三月", section="数据",
        byline="本刊数据部　俞知白", authors=["俞知白"],
        notes="Data story of the 数据 department (section from the running head). Byline line 本刊数据部　X: the "
              "person is the author. **new:** the chart block printed between two paragraphs (图1 title, the month "
              "labels and values as extraction leaves them, 注：…, 数据来源：…) is not body (body in pieces).",
        paras=[
            "岚江统计研究院发布的数据显示，8月制造业采购经理指数（PMI）为50.6%，比上月上升0.3个百分点，连续三个月回升，并连续两个月位于荣枯线以上。",
            "分项看，生产指数和新订单指数分别为52.1%和51.3%，均为年内高点；新出口订单指数回升至49.8%，降幅明显收窄。原材料购进价格指数升至53.4%，企业成本压力有所加大。",
            "从企业规模看，大型企业PMI为51.7%，中型企业为50.2%，小型企业为48.9%，小企业景气仍偏弱。分行业看，装备制造、高技术制造和电气机械行业表现较好，纺织、家具等传统行业仍在收缩区间。",
            "综合来看，制造业回暖的趋势已经确立，但内需恢复的广度仍有待观察。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=1)
    pg.blank()
    pg.furniture(["图1　2034年3月—8月制造业PMI（%）",
                  "3月　4月　5月　6月　7月　8月",
                  "49.6　49.1　49.4　49.8　50.3　50.6",
                  "注：50%为荣枯线，高于50%表示制造业总体扩张。",
                  "数据来源：岚江统计研究院，本刊数据部整理"], "chart block 图1 (title, labels, values, 注, 数据来源; not body)")
    pg.blank()
    pg.body(a, start=1)
    pg.blank()
    b = Article(
        "b", "居民消费价格温和回升", section="数据",
        byline="数据｜俞知白", authors=["俞知白"],
        notes="Second data item, byline line 数据｜X (the data editor is the author). The chart block AFTER its body "
              "(图2 title, values, a 注 wrapped on two lines, 数据来源) is not body.",
        paras=[
            "8月居民消费价格指数（CPI）同比上涨0.9%，涨幅比上月扩大0.2个百分点，为年内最高。其中，食品价格由降转涨，服务价格上涨1.4%。扣除食品和能源价格的核心CPI同比上涨1.1%，保持平稳。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["图2　2034年CPI与核心CPI同比涨幅（%）",
                  "CPI　　　0.3　0.4　0.5　0.7　0.7　0.9",
                  "核心CPI　0.9　1.0　1.0　1.1　1.1　1.1"]
                 + wrap("注：横轴为3月至8月；核心CPI为扣除食品和能源价格后的居民消费价格指数。", 36)
                 + ["数据来源：岚江统计研究院"], "chart block 图2 (not body)")
    pg.blank()
    pg.furniture(["本月指标速览",
                  "指标　　　　　　　8月　　7月",
                  "制造业PMI（%）　　50.6　　50.3",
                  "CPI同比（%）　　　0.9　　 0.7",
                  "PPI同比（%）　　　-1.2　　-1.6",
                  "M2同比（%）　　　 8.4　　 8.2"], "本月指标速览 table (not an article)")
    pg.blank()
    pg.furniture([MAG + "　" + ISSUE + "　46"], "folio")
    return pg


# ---------------------------------------------------------------------------
def le10() -> Page:
    """书评 page: review with byline line 文｜X, the book's data block (title, 作者, 出版, 定价) between byline and body,
    the reviewer's post （作者为…） after it; label 新书架 over two new-book items, each headed by the book's title in
    《》, a data line under it, a short unsigned text; folio."""
    pg = Page("le10.txt", cols=28, indent=FW, blanks="para", seed=6110,
              style="书评 department page indented with ONE U+3000, blank lines between paragraphs and blocks: running head 书评 BOOKS; review with byline line 文｜X under its headline and the book's DATA BLOCK (《title》, 作者：, 出版：, 定价：, each on a line of its own) between byline and body, the reviewer's post （作者为…） on a line after the body; label 新书架 over two items each headed by the book's title in 《》 with a data line (author 著, publisher, month) under it and a short unsigned text; folio")
    pg.furniture(["书评　BOOKS"], "running head (department name 书评)")
    pg.gap()
    a = Article(
        "a", "在账本里读懂一座城", section="书评", byline="文｜闻静川", authors=["闻静川"],
        notes="Book review of the 书评 department (section): byline line 文｜X (the reviewer is the author). The "
              "book's data block (title, 作者, 出版, 定价, one per line) between the byline and the body is not body, "
              "and the book's author 包慕远 is not an author of the review. The line （作者为…） after the body "
              "(the reviewer's post) is neither body nor byline.",
        paras=[
            "一座城市的历史，可以从城墙、庙宇和名人故居里读，也可以从账本里读。包慕远的新书《一座港城的百年账本》选择了后者。",
            "作者在澄州档案馆和几家老字号的库房里泡了六年，整理出商号流水、海关报表、钱庄汇票等账册四百余种。书中最精彩的部分，是用一家百年南货店的账本，复原了澄州从开埠到战后近八十年的物价、工钱和商路变迁：一担米的价格、一个学徒的月薪、一船货从南洋运来要缴几道税，都写得清清楚楚。",
            "这样的书难免枯燥，包慕远的办法是“以人带账”。每一本账册背后，都有一个掌柜、一个伙计或一个船主的故事。数字因此有了温度，历史也不再只是年表。",
            "对今天的读者而言，这本书还有一层现实意义：它提醒我们，繁荣与萧条从来都写在最普通的账目里。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(["《一座港城的百年账本》",
                  "作者：包慕远",
                  "出版：岚江人民出版社　2034年6月",
                  "定价：78.00元"], "the book's data block (not body)")
    pg.gap()
    pg.body(a)
    pg.furniture(["（作者为澄衡大学历史学系副教授）"], "the reviewer's post (not body)")
    pg.blank()
    pg.furniture(["新书架"], "column label 新书架")
    pg.blank()
    b1 = Article(
        "b1", "《算法之后的工厂》", section="新书架",
        notes="New-book item under the label 新书架 (section): **new:** its headline is the book's title in 《》, "
              "written as printed with the brackets. The data line under it (author 著, publisher, month) is not "
              "body; the book's author is not an author of the item. Unsigned: no byline, no authors.",
        paras=["人工智能进入车间之后，工厂会变成什么样？作者走访了十一家“灯塔工厂”，记录算法、机器和工人之间正在形成的新分工，也写下了转型中的困惑与代价。"])
    b2 = Article(
        "b2", "《小账本，大家庭》", section="新书架",
        notes="New-book item under the label 新书架 (section), headline the book's title in 《》; data line not body; "
              "unsigned.",
        paras=["一本写给普通家庭的理财入门书。作者以三代人的家庭账本为例，讲预算、保险、养老和子女教育的安排，语言平实，案例可信。"])
    for it, data in ((b1, "［曜湾］班瑞禾　著　潮声出版社　2034年7月"), (b2, "池一诺　著　澄州财经出版社　2034年8月")):
        pg.headline(it)
        pg.furniture([data], "the book's data line (not body)")
        pg.gap()
        pg.body(it)
        pg.blank()
    pg.furniture(["58　" + MAG_EN], "folio")
    return pg


# ---------------------------------------------------------------------------
def le11() -> Page:
    """A full-page advertisement for an invented car, extracted with a blank line after every line. No article."""
    pg = Page("le11.txt", cols=16, indent="", blanks="every", seed=6111,
              style="FULL-PAGE ADVERTISEMENT (an invented electric car) extracted with a blank line after EVERY line: 广告 mark, brand and English brand, model, slogan, figures each over a caption, offers, a hotline, a fine-print disclaimer wrapped over lines, folio; no article")
    pg.furniture(["广告",
                  "岚舟汽车",
                  "LANZHOU MOTORS",
                  "全新岚舟E7",
                  "纯电智能旗舰轿车",
                  "懂路，更懂你",
                  "820km",
                  "CLTC综合续航",
                  "10分钟",
                  "补能400公里",
                  "全系标配",
                  "激光雷达＋城市领航辅助",
                  "限时购车礼遇",
                  "首任车主电池终身质保",
                  "5年0息金融方案",
                  "扫码预约试驾",
                  "全国服务热线：400-661-2034"]
                 + wrap("本广告所示续航及补能数据来源于厂家内部测试，实际表现因使用条件而异。", 16)
                 + ["63　" + MAG], "full-page advertisement with folio (not an article)")
    return pg


# ---------------------------------------------------------------------------
def le12() -> Page:
    """编读往来 page extracted with a blank line after every line: an intro line; three readers' letters, signed in
    three ways (right-aligned 'place　读者　NAME' after the body; run in at the end in （…）; a line under the
    headline), the third with the editors' reply 编者： as its last paragraph; a 更正 notice; contact lines; folio."""
    pg = Page("le12.txt", cols=20, indent="  ", blanks="every", seed=6112,
              style="编读往来 page in a narrow column, indented with two ASCII spaces, extracted with a blank line after EVERY line: running head 编读往来 LETTERS; an intro line inviting letters; three readers' letters under their own headlines: the first signed at its END by a right-aligned line '——place　读者　NAME', the second signed by a credit （place　读者　NAME） run in at the end, the third with the line 'place　读者　NAME' UNDER its headline and the editors' reply 编者：… as its last paragraph; a 更正 notice; address / e-mail lines; folio 64")
    pg.furniture(["编读往来　LETTERS"], "running head (department name 编读往来)")
    pg.furniture(wrap("欢迎读者就本刊文章来信交流，来信请注明所在城市。", 20), "intro line (not an article)")
    a = Article(
        "a", "光伏价格战一文说到了点子上", section="编读往来", byline="——澄州　读者　穆小川", authors=["穆小川"],
        notes="Reader's letter under the 编读往来 running head (section), kind article. Signed at its END by the "
              "right-aligned line ——place　读者　NAME (the byline, written without its leading U+3000s); the reader "
              "is the author.",
        paras=[
            "我在一家光伏组件企业做财务。读了贵刊第8期关于光伏价格战的报道，我把公司上半年的订单重新核算了一遍，结果和文中说的差不多：卖得越多，亏得越多。",
            "希望贵刊能继续跟踪这个行业，多讲讲企业到底该怎么办。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, right(a.byline, 20), "byline")
    b = Article(
        "b", "小企业的融资难还在", section="编读往来",
        byline="（曜湾　读者　袁一禾）", authors=["袁一禾"], tail="（曜湾　读者　袁一禾）",
        notes="Reader's letter, signed by a credit （place　读者　NAME） run in at the end: the byline, excluded from "
              "last; the reader is the author.",
        paras=[
            "贵刊第7期“普惠金融”专题说小微企业贷款利率降了不少，这是事实。但在我们县城，很多小厂拿不出抵押物，银行还是不敢贷。降价容易，扩面难，建议多听听基层的声音。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "数据页能否增加地区对比", section="编读往来",
        byline="青樾　读者　邰知秋", authors=["邰知秋"],
        notes="Reader's letter with the line 'place　读者　NAME' under its headline (the byline; the reader is the "
              "author). **new:** the editors' reply 编者：… printed as the letter's last paragraph is body (it "
              "answers the letter and has no headline of its own); the editors are not authors.",
        paras=[
            "我每期都看数据页，图表清楚，解读也到位。能否在全国数据之外，再加一些省份之间的对比？",
            "编者：感谢您的建议。自下期起，数据页将每季度推出一期“区域经济”专题。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["更正"] + wrap("本刊2034年第8期第27页《县域消费的新变量》一文中，“社会消费品零售总额增长5.2%”应为“增长4.8%”。特此更正，并向读者致歉。", 20, "  ")
                 + [right("本刊编辑部", 20)], "更正 notice (not an article)")
    pg.furniture(["来信地址：澄州市湾南区", "临江路188号　编读往来", "邮箱：duzhe@chfm.cn"], "contact lines")
    pg.furniture(["64　" + MAG + "　" + ISSUE], "folio")
    return pg


PAGES = [le09, le10, le11, le12]
