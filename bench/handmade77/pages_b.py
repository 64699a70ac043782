"""Pages lu05-lu08 of handmade77 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def lu05() -> Page:
    """Wide 国际 page, NO indent, column breaks: special-correspondent report of two reporters (kicker, headline,
    byline line) with an agency photo caption; label 国际经济要闻 over four ● items (dateline without reporter,
    据《…》报道 opening, （东衡社） credit, 据外媒报道)."""
    pg = Page("lu05.txt", cols=38, indent="", blanks="some", colbreak=12, seed=7705, p_para=0.5, p_gap=0.85,
              style="economic daily 国际 page, NO indent, blank lines sometimes plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on three lines (版名 国　际 letter-spaced; paper + date with weekday; 第6版 + 责任编辑); report with 引题 kicker, headline and byline line 本报驻维拉斯堡特派记者　X　Y (two reporters), photo caption with credit 东衡社记者　X　摄 after it; label 国际经济要闻 over four items whose headlines begin with ●: run-in 东衡社瑟兰3月11日电 naming no reporter, an opening 据《瑟兰商业日报》报道，, an agency credit （东衡社） run in at the end, an opening 据外媒报道，; footer with designer")
    pg.furniture(["国　　际",
                  "启衡经济日报　" + cn_date(2036, 3, 12),
                  "第6版　　责任编辑：纪望舒"], "page header")
    pg.blank()
    a = Article(
        "a", "环洋经济合作组织部长级会议聚焦供应链韧性",
        byline="本报驻维拉斯堡特派记者　宁远　祝听澜", authors=["宁远", "祝听澜"],
        notes="Report by two special correspondents: byline line 本报驻维拉斯堡特派记者 X　Y; both are authors. The "
              "引题 kicker (the meeting's name) is neither title nor subtitle. Ministers and the secretary-general "
              "quoted are not authors. The photo caption with credit 东衡社记者 X　摄 after the body is not body; "
              "its photographer is not an author.",
        paras=[
            "为期两天的环洋经济合作组织第十七届部长级会议3月11日在维拉斯堡闭幕。来自31个成员的经贸部长和代表围绕供应链韧性、数字贸易规则和绿色转型等议题深入讨论，会议通过了《供应链合作维拉斯堡倡议》。",
            "该组织秘书长卡米拉·伯格伦德在闭幕式上表示，过去几年的经验表明，任何一个环节的中断都可能在全球范围内引发连锁反应，“单打独斗不是出路，成员之间需要建立更加透明、可预期的合作机制”。根据倡议，成员将建立关键物资供需信息共享平台，并在港口、铁路等物流基础设施领域加强协调。",
            "数字贸易是本次会议的另一焦点。与会代表就电子传输免征关税、跨境数据流动和数字身份互认等议题进行了磋商。北岬联邦经济部长弗兰克·霍夫纳说，数字贸易规则的碎片化正在抬高中小企业“出海”的成本，各方应尽快形成共识。",
            "多位与会代表在接受记者采访时表示，亚洲经济体在全球供应链中的地位不可替代。新埃尔多贸易大臣高野澄人说，加强区域合作、推动贸易投资便利化，有利于各方共同应对外部不确定性。",
            "据悉，第十八届部长级会议将于明年在卡伦港举行。",
        ])
    pg.kicker(a, "环洋经济合作组织第十七届部长级会议")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(wrap("图为3月11日，与会代表在维拉斯堡会议中心合影。　东衡社记者　蒲一川　摄", 38),
                 "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["国际经济要闻"], "column label 国际经济要闻")
    pg.blank()
    b1 = Article(
        "b1", "瑟兰2月失业率降至5.1%", head=["●瑟兰2月失业率降至5.1%"], section="国际经济要闻",
        byline="东衡社瑟兰3月11日电", lead="东衡社瑟兰3月11日电　",
        notes="Digest item under the label 国际经济要闻 (section), headline marked ● (not part of the title). The run-in "
              "dateline names no reporter: byline as printed, no authors; excluded from first.",
        paras=["瑟兰国家统计局11日公布，该国2月份失业率为5.1%，比上月下降0.2个百分点，为两年来最低。其中青年失业率降至11.6%。"])
    b2 = Article(
        "b2", "北岬联邦上调光伏组件进口配额", head=["●北岬联邦上调光伏组件进口配额"], section="国际经济要闻",
        notes="Digest item with no credit: no byline, no authors. The opening 据《瑟兰商业日报》报道， is a clause of the "
              "first sentence and stays in the body.",
        paras=["据《瑟兰商业日报》报道，北岬联邦能源部决定将今年光伏组件进口配额提高40%，以加快实现可再生能源装机目标。该国计划到2040年可再生能源发电占比达到75%。"])
    b3 = Article(
        "b3", "新埃尔多央行维持政策利率不变", head=["●新埃尔多央行维持政策利率不变"], section="国际经济要闻",
        byline="（东衡社）", tail="（东衡社）",
        notes="Digest item with the AGENCY credit （东衡社） run in at the end: byline as printed, excluded from last; "
              "an agency is not a person: no authors. The governor named is not an author.",
        paras=["新埃尔多中央银行11日结束为期两天的货币政策会议，决定将政策利率维持在0.75%不变。央行行长森川义辉表示，将密切关注工资和物价走势。"])
    b4 = Article(
        "b4", "全球半导体销售额同比增长18%", head=["●全球半导体销售额同比增长18%"], section="国际经济要闻",
        notes="Digest item opening 据外媒报道， (a clause of the first sentence, body), no credit: no authors.",
        paras=["据外媒报道，行业协会最新数据显示，今年1月全球半导体销售额为512亿美元，同比增长18.3%，人工智能相关芯片需求旺盛是主要推动力。"])
    for art in (b1, b2, b3, b4):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["本版美编：郁一帆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lu06() -> Page:
    """环球 page: 环球走笔 essay signed at its END (right-aligned correspondent line); wire item of two reporters;
    a story whose body comes FIRST and whose headline and byline line 据外媒报道 follow it; agency caption."""
    pg = Page("lu06.txt", cols=30, indent=FW * 2, blanks="para", seed=7706,
              style="business daily 环球 page, blank lines between paragraphs and blocks: header on three lines (paper; 环球 + 第A8版; date with weekday); label 环球走笔 over an essay signed at its END (right-aligned line 本报驻马尔萨记者　X); wire item with run-in 东衡社新埃尔多3月12日电（记者　X　Y） (two reporters parted by U+3000), English firm name in brackets, （完）; photo caption credited （北岬社发）; then a 编译 story whose body comes FIRST (right after the caption) and whose headline and source line 据外媒报道 are printed AFTER it; item with byline line 本报驻瑟兰记者　X; footer with editor and designer")
    pg.furniture(["汇川商报",
                  "环球　第A8版",
                  cn_date(2036, 3, 13)], "page header")
    pg.blank()
    pg.furniture(["环球走笔"], "column label 环球走笔")
    pg.blank()
    a = Article(
        "a", "马尔萨的早市", section="环球走笔", byline="本报驻马尔萨记者　祁远舟", authors=["祁远舟"],
        notes="Essay under the label 环球走笔 (section), signed at its END: the right-aligned line 本报驻马尔萨记者 X "
              "after the body is the byline (written without its leading U+3000s); the correspondent is the author. "
              "The vendor quoted is not.",
        paras=[
            "马尔萨老城的早市，天不亮就开张了。石板路两旁支起一溜摊位，橄榄、无花果、刚出炉的面包，还有渔船清晨运回来的沙丁鱼，在灯下闪着银光。",
            "卖橄榄油的老人法比奥告诉我，这几年来逛早市的外国游客越来越多，他干脆把价签改成了三种文字，还学会了用手机收款。“以前一上午卖十来瓶，现在能卖四五十瓶。”",
            "早市的热闹，是马尔萨经济的一个缩影。这个地中海小国近年来大力发展旅游和港口物流，去年接待外国游客超过600万人次，旅游收入约占国内生产总值的15%。太阳升起来的时候，摊主们开始收摊，老城又换上了另一副面孔。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 16 + a.byline, "byline")
    pg.gap()
    b = Article(
        "b", "新埃尔多汽车企业加快布局海外电池工厂",
        byline="东衡社新埃尔多3月12日电（记者　乔砚　俞知夏）", authors=["乔砚", "俞知夏"],
        lead="东衡社新埃尔多3月12日电（记者　乔砚　俞知夏）", tail="（完）",
        notes="Wire item with run-in dateline naming two reporters parted by U+3000 (both authors), excluded from "
              "first; （完） excluded from last. The firm's English name in brackets stays in the body.",
        paras=[
            "新埃尔多第二大汽车制造商光岚汽车（Kouran Motors）12日宣布，将在卡伦港和马尔萨各建一座动力电池工厂，总投资约48亿美元，预计2038年投产后年产能合计达到60吉瓦时。",
            "光岚汽车社长藤堂真也说，海外建厂有助于缩短供应链、降低物流成本。今年以来，已有三家新埃尔多车企宣布类似计划。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(wrap("3月12日，参观者在新埃尔多一家汽车展厅了解新车型。（北岬社发）", 30),
                 "photo caption credited to an agency (not body)")
    pg.gap()
    c = Article(
        "c", "卡伦港房价连续八个月下跌", byline="据外媒报道",
        notes="Body printed FIRST (right after the caption), its headline and the source line 据外媒报道 AFTER it "
              "(as g07 of handmade22). The source line is the byline as printed; it names no person: no authors.",
        paras=[
            "卡伦港房地产协会最新数据显示，2月份该市二手住宅平均成交价格环比下跌0.8%，已连续八个月下跌，同比跌幅扩大至6.4%。",
            "分析人士认为，按揭利率维持高位、新房供应增加是房价走低的主要原因。随着央行降息预期升温，部分购房者开始重新入市，成交量已连续两个月小幅回升。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    d = Article(
        "d", "瑟兰推出中小企业出口信贷担保计划", byline="本报驻瑟兰记者　邬晴川", authors=["邬晴川"],
        notes="Byline line 本报驻瑟兰记者 X under the headline (the correspondent is the author).",
        paras=[
            "瑟兰经济部3月11日宣布推出总额50亿瑟元的中小企业出口信贷担保计划，为年出口额低于1000万瑟元的企业提供最高80%的贷款担保，期限最长五年。经济部长安娜·利恩表示，这一计划将帮助约3000家中小企业开拓亚洲和非洲市场。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：汤溪　　版式设计：卓一鸣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lu07() -> Page:
    """国际财经 page: wire report CUT IN TWO by a 大宗商品 table, （完） on a line of its own; 国际观察 comment by a
    special commentator; story with run-in 本报维拉斯堡3月13日电　记者X报道：; 编译 story (byline 本报记者 X　据外电编译)."""
    pg = Page("lu07.txt", cols=26, indent="  ", blanks="some", seed=7707, p_para=0.45, p_gap=0.8,
              style="economic daily 国际财经 page indented with two ASCII spaces, blank lines sometimes: header on three lines (paper; date with weekday; 国际财经 + 第5版); wire report with run-in 东衡社卡伦港3月13日电（记者　X） whose body is CUT IN TWO by a 大宗商品期货 table, the end mark （完） on a line of its own; label 国际观察 over a comment with byline line □ 本报特约评论员　X; story with run-in 本报维拉斯堡3月13日电　记者X报道： (name joined to 记者, no brackets); 编译 story with byline line 本报记者　X　据外电编译; footer with editor, proof-reader and hotline")
    pg.furniture(["衡川财经日报",
                  cn_date(2036, 3, 14),
                  "国际财经　第5版"], "page header")
    pg.blank()
    a = Article(
        "a", "国际油价升至四个月高位",
        byline="东衡社卡伦港3月13日电（记者　薛望川）", authors=["薛望川"],
        lead="东衡社卡伦港3月13日电（记者　薛望川）",
        notes="Wire report: run-in dateline excluded from first. The 大宗商品期货 table printed between two of its "
              "paragraphs is not body (body in pieces); the end mark （完） on a line of its own after it is not body. "
              "The analyst quoted (with English name in brackets) is not an author.",
        paras=[
            "国际油价13日继续上涨。截至当天收盘，北海布伦特原油期货价格上涨1.46美元，收于每桶84.02美元，涨幅1.77%，升至四个月来最高水平。",
            "北海能源咨询公司分析师马库斯·林德（Markus Lind）说，主要产油国延长减产协议、北半球春季用油需求回升，共同推高了油价。",
            "不过，环洋能源署在当天发布的月度报告中下调了今年全球石油需求增长预期，称部分经济体工业活动放缓将抑制用油需求。报告预计，今年全球石油日均需求量将增加110万桶，比上月预测减少8万桶。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a, end=2)
    pg.blank()
    pg.furniture(["国际大宗商品期货（3月13日）",
                  "布伦特原油　84.02美元/桶　+1.77%",
                  "天然气　　　2.86美元/百万英热　-0.52%",
                  "伦敦镍　　　17640美元/吨　+0.41%",
                  "纽约白银　　24.37美元/盎司　+0.66%"], "大宗商品 table printed inside the wire report (not body)")
    pg.blank()
    pg.body(a, start=2)
    pg.furniture(["（完）"], "wire end mark on a line of its own (not body)")
    pg.gap()
    pg.furniture(["国际观察"], "column label 国际观察")
    b = Article(
        "b", "警惕汇率波动向实体经济传导", section="国际观察", kind="commentary",
        byline="□ 本报特约评论员　聂寒", authors=["聂寒"],
        notes="Comment under the label 国际观察 (section): byline line □ 本报特约评论员 X; a named special commentator "
              "is the author (unlike the unnamed 本报评论员). Kind commentary.",
        paras=[
            "今年以来，主要货币汇率波动明显加大。瑟兰货币年初至今已贬值近5%，新埃尔多新元则一度升至三年来高点。",
            "汇率大起大落，首当其冲的是从事进出口业务的中小企业。它们利润薄、抗风险能力弱，往往缺乏专业的汇率避险工具。金融机构应丰富外汇衍生产品，降低企业套期保值的门槛；企业自身也要树立“风险中性”理念，不赌汇率涨跌，把精力放在提升产品竞争力上。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "北岬联邦通过“工业电价补贴”法案",
        byline="本报维拉斯堡3月13日电　记者邬晴川报道", authors=["邬晴川"],
        lead="本报维拉斯堡3月13日电　记者邬晴川报道：",
        notes="Run-in 本报维拉斯堡3月13日电　记者X报道： (the name joined to 记者, no brackets) excluded from first; "
              "the reporter is the author. The minister quoted is not.",
        paras=[
            "北岬联邦议会13日通过法案，决定在未来三年内每年拨款80亿北岬元，为高耗能制造企业提供工业电价补贴。经济部长弗兰克·霍夫纳表示，这将帮助化工、钢铁等行业渡过能源转型期。",
            "反对党议员则批评补贴会加重财政负担，并可能延缓企业节能改造。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "全球航空客运量恢复至历史高位",
        byline="本报记者　蓝筱　据外电编译", authors=["蓝筱"],
        notes="编译 story with byline line 本报记者 X　据外电编译 (the compiler-translator is the author).",
        paras=[
            "国际航空运输协会日前公布，今年1月全球航空客运量同比增长11.2%，已超过历史同期最高水平。亚太地区航空公司客运量增长最快，达到21.6%。",
            "该协会预计，今年全球航空业净利润将达到310亿美元，但飞机交付延迟和航油价格上涨仍是行业面临的主要挑战。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["编辑：黎照　　校对：骆小可", "新闻热线：0×××-6688××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lu08() -> Page:
    """Very narrow 环球 strip: headlines spread over two lines (broken in mid-word); kicker + headline + ——副题;
    综合报道 item signed （本报综合报道） at the end; photo news (brief) credited （北岬社发）; short wire item."""
    pg = Page("lu08.txt", cols=18, indent=FW, blanks="some", seed=7708, p_para=0.4, p_gap=0.8,
              style="economic daily 环球 strip in a very narrow column, indented with ONE U+3000, blank lines sometimes: header on three lines; report with 引题 kicker, headline letter-spaced with U+3000 over two lines broken in mid-word, ——副题 and byline line 本报驻奥斯特维克记者　X; 综合报道 item with the credit （本报综合报道） run in at the end; photo news (brief): headline, caption, credit line （北岬社发） naming no person; wire item with run-in 东衡社马尔萨3月14日电（记者　X）, headline on two lines; footer wider than the column")
    pg.furniture(["琅溪经济报",
                  cn_date(2036, 3, 15),
                  "环球　第4版"], "page header")
    pg.blank()
    a = Article(
        "a", "奥斯特维克风电装机突破30吉瓦", subtitle="——海上风电占比过半",
        byline="本报驻奥斯特维克记者　尤思涵", authors=["尤思涵"],
        notes="Headline letter-spaced with U+3000 and spread over two lines, broken in mid-word; written unspaced. "
              "The 引题 kicker 能源转型提速 is neither title nor subtitle (the ——副题 is the subtitle). Byline line "
              "本报驻X记者 Y.",
        paras=[
            "奥斯特维克能源署3月14日公布，截至2月底，该国风电累计装机容量达到30.6吉瓦，其中海上风电16.2吉瓦，占比首次过半。",
            "能源署署长英格丽德·莫恩说，去年风电发电量占全国用电量的46%，预计到2040年这一比例将升至60%以上。",
        ])
    pg.kicker(a, "能源转型提速")
    pg.headline(a, spread_cols=18)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "多国出台措施稳定粮价", byline="（本报综合报道）", tail="（本报综合报道）",
        notes="综合报道 item: the credit （本报综合报道） run in at the end is the byline, excluded from last; it names "
              "no reporter: no authors.",
        paras=[
            "受主要产区减产影响，国际小麦价格近一个月上涨约9%。南溟、马尔萨等国近日相继出台措施，投放政府储备粮、暂停征收进口关税，以稳定国内粮价。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "卡伦港新码头启用", kind="brief", byline="（北岬社发）",
        notes="Photo news (brief): headline, caption (the body) and the credit line （北岬社发） after it; the "
              "credit names an agency, no person: no authors. Kind brief (not counted in recall).",
        paras=["3月13日，一艘货轮停靠在卡伦港新启用的第八集装箱码头。该码头设计年吞吐能力为300万标准箱。"])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    d = Article(
        "d", "马尔萨旅游收入创历史新高", head=["马尔萨旅游收入", "创历史新高"],
        byline="东衡社马尔萨3月14日电（记者　祁远舟）", authors=["祁远舟"],
        lead="东衡社马尔萨3月14日电（记者　祁远舟）",
        notes="Headline printed on two lines, joined. Run-in wire dateline (wrapped over two lines in the narrow "
              "column) excluded from first.",
        paras=[
            "马尔萨旅游局14日发布数据，去年该国旅游收入达到41亿欧元，同比增长13%，创历史新高。来自亚洲的游客人数增长近四成。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：班若溪　　美编：言小舟　　校对：季平"], "footer wider than the column")
    return pg


PAGES = [lu05, lu06, lu07, lu08]
