"""Pages d01-d04 of handmade26 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, cn_date, wrap


# ---------------------------------------------------------------------------
def d01() -> Page:
    """经济观察报-like weekly, FRONT page (A1): masthead; 导读 box of three teasers (title, summary, page);
    label 封面故事 over a lead with a two-line headline, ——副题, byline line 本报记者 X　北京报道, a crosshead,
    the text stopping mid-sentence at the jump line （下转A4版）; label 社评 over an unsigned editorial; news
    item with byline line 本报记者 X　上海报道; footer."""
    pg = Page("d01.txt", cols=24, indent=FW * 2, blanks="para", seed=2601,
              style="经济观察报-like weekly FRONT page (A1): five-line masthead (paper, English name, date with weekday, 总第N期 / 本期40版 / 定价, CN number); 导读 box of three teasers (◇ title, a summary sentence of one or two lines, page in brackets; the last a title only); label 封面故事 over the lead: headline on two lines broken at a phrase, ——副题, byline line 本报记者 X　北京报道, one crosshead, the text stopping MID-SENTENCE at a jump line （下转A4版） on a line of its own; label 社评 over an unsigned editorial; news item with byline line 本报记者 X　上海报道; footer with editor, designer and news hotline")
    pg.furniture(["经纬观察报",
                  "THE JINGWEI ECONOMIC OBSERVER",
                  cn_date(2035, 3, 19),
                  "总第1268期　本期40版　每份5元",
                  "国内统一连续出版物号　CN 37-0155"], "masthead")
    pg.blank()
    pg.furniture(["导读"]
                 + ["◇县城综合体的“第二次开业”"]
                 + wrap("过去三年，中西部县城新开商业综合体超过600家，招商难、空置率高随之而来，一些项目开始向社区服务和文旅消费转身。（A6）", 24)
                 + ["◇一家老牌车企的电动化账本"]
                 + wrap("临沣重工旗下乘用车业务连续亏损五年后首次实现单季盈利。（B3）", 24)
                 + ["◇专访长泰人寿首席投资官梁秉文（A4）"],
                 "导读 box: three teasers pointing to articles on other pages (not articles)")
    pg.blank()
    a = Article(
        "a", "万亿险资加速驶入权益市场", head=["万亿险资", "加速驶入权益市场"], section="封面故事",
        subtitle="——保险资金长期投资试点扩容调查",
        byline="本报记者　沈砚秋　北京报道", authors=["沈砚秋"],
        notes="Lead under the label 封面故事 (section). Headline on two lines broken at a phrase, joined; ——副题 is "
              "the subtitle; byline line 本报记者 X　北京报道 (the place is part of the byline, the reporter the "
              "author). The crosshead 考核“松绑” is body. **new:** the text stops in mid-sentence (…考核周期拉长之后，) "
              "and the jump line （下转A4版） on the next line is not body (listed with the furniture); last is taken "
              "where the text stops. The continuation on page A4 is d11's first article. People quoted are not "
              "authors.",
        paras=[
            "3月中旬，一家总部位于澜州的大型寿险公司完成了年内第三笔上市公司股权投资。与往年不同，这一次它没有选择高股息的银行股，而是以战略投资者身份认购了一家工业软件企业的定向增发股份，锁定期为五年。",
            "“以前我们的权益投资更看重当期分红，现在考核周期拉长了，可以陪企业走得更远一些。”该公司投资管理部门一位负责人对本报记者说。",
            "这一变化的背后，是保险资金长期投资试点的再度扩容。今年2月，监管部门批复第三批试点，规模合计1200亿元，参与机构由此前的5家增至11家。按照试点要求，相关资金以长期持有为目的，主要投向上市公司股票，并单独核算、单独考核。",
            Cross("考核“松绑”"),
            "长期以来，保险资金对权益资产“不敢投、不愿投”，一个重要原因是会计准则和考核机制带来的短期压力。新金融工具准则实施后，大量股票投资需以公允价值计量，股价波动直接反映在当期利润表上，“一个季度的市场调整，就可能让全年的利润目标落空”。",
            "记者了解到，目前已有多家保险公司将权益投资的考核周期由一年延长至三年甚至五年，并相应调整了投资团队的薪酬递延安排。一位中型寿险公司的首席投资官表示，考核周期拉长之后，",
        ])
    pg.furniture(["封面故事"], "column label 封面故事")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转A4版）"], "jump line of the lead (not body)")
    pg.gap()
    b = Article(
        "b", "让耐心资本真正“耐心”起来", section="社评", kind="commentary",
        notes="Unsigned editorial under the label 社评 (section): no byline, no authors. Commentary.",
        paras=[
            "发展壮大耐心资本，是近年来资本市场改革的一条主线。保险资金、养老金、企业年金等中长期资金负债久期长、来源稳定，天然适合做“耐心资本”。但在现实中，这些资金长期存在“长钱短用”的倾向，权益投资比例远低于监管上限。",
            "问题的症结不在资金本身，而在于约束资金的那套规则。一年一考核、一季一排名，使长期资金不得不用短期眼光看市场；会计处理带来的利润波动，又放大了对市场回撤的敏感。要让长钱真正长投，就要从考核、会计、风险资本计量等方面系统调整，给长期投资留出容错空间。",
            "同样重要的是，资本市场要提供值得长期持有的资产。提高上市公司质量、强化分红约束、严惩财务造假，耐心资本才能得到应有的回报。耐心是相互的：市场给资金以回报，资金才会还市场以耐心。",
        ])
    pg.furniture(["社评"], "column label 社评")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "前两个月新设外资企业同比增长12.6%",
        byline="本报记者　顾澄　上海报道", authors=["顾澄"],
        notes="Byline line 本报记者 X　上海报道. The consultant quoted is not an author.",
        paras=[
            "商务部门近日公布的数据显示，今年1至2月，全国新设立外商投资企业8312家，同比增长12.6%；实际使用外资金额1986亿元，同比下降3.1%，降幅较上年全年收窄8.4个百分点。",
            "从行业看，高技术产业实际使用外资占比提升至36.8%，医疗仪器设备制造、专业技术服务业引资增长较快。澜州一家外资咨询机构的合伙人对本报记者表示，今年以来客户咨询在华新设研发中心的明显增多，“不少企业选择以增资、并购等方式扩大在华业务”。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：贺子衿　　美编：邵一禾　　新闻热线：010-8596××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def d02() -> Page:
    """21世纪经济报道-like 深度 page: label 深度, 引题 kicker, headline, ——副题, byline line 本报记者 X　Y　上海、澜州报道;
    a long investigation with three crossheads, a 图表 data box printed between two paragraphs and a pull
    quote set in the body; label 相关链接 over a sidebar."""
    pg = Page("d02.txt", cols=30, indent=FW * 2, blanks="arts", seed=2602,
              style="21世纪经济报道-like 深度 page, blank lines only between articles and blocks: header on two lines (paper + date with weekday + 第7版; 版名 深度 + 责任编辑); label 深度 over an investigation (about 900 chars): 引题 kicker, headline, ——副题, byline line 本报记者 X　Y　上海、澜州报道 (two reporters, two places), three crossheads, a 图表 data box (title with unit, four rows, 数据来源) printed BETWEEN two paragraphs, and a PULL QUOTE (a sentence of the text repeated, set narrower) between two paragraphs; label 相关链接 over an unsigned sidebar; footer with proof-reader and hotline")
    pg.furniture(["新纪元经济报道　" + cn_date(2035, 3, 27) + "　第7版",
                  "深度　　责任编辑：俞晚舟"], "page header")
    pg.blank()
    a = Article(
        "a", "一块电芯跌去六成之后", section="深度",
        subtitle="——储能产业链的出清与突围",
        byline="本报记者　叶闻笙　林屿　上海、澜州报道", authors=["叶闻笙", "林屿"],
        notes="Investigation under the label 深度 (section). The 引题 kicker 储能价格战调查 is neither title nor "
              "subtitle (the ——副题 is the subtitle). Byline line with two reporters and two places: both reporters "
              "are authors. Crossheads are body. The 图表 data box printed between two paragraphs is not body. "
              "**new:** the pull quote (a sentence of the text repeated, set narrower, between two paragraphs) is "
              "inside the body run and kept in the body, as the kit's Quote. People quoted (苏慕白, 韩寻) are not "
              "authors.",
        paras=[
            "三年前，一块280安时的储能电芯报价接近每瓦时0.9元，如今这个数字已经跌到0.32元左右。澜州一家储能电池企业的销售总监苏慕白给记者算账：“按现在的价格，二线厂商每卖一块电芯基本都在亏钱，只是亏多亏少的区别。”",
            "价格的急速下行，让这个一度被视为“黄金赛道”的行业迎来残酷的洗牌。记者近日在上海、澜州等地走访十余家储能产业链企业了解到，部分新进入者已经停产或转让产线，头部企业则一边开拓海外市场，一边押注长时储能等新技术路线。",
            Cross("产能过剩的“后遗症”"),
            "电芯价格下跌，首先源于产能的集中释放。据行业机构统计，2034年底国内储能电芯规划产能已超过1500吉瓦时，而全年全球储能电池出货量不到400吉瓦时。“很多企业是在价格最高的时候立项的，产线建成了，市场却变了。”一位券商电新行业分析师说。",
            "上游原材料价格回落也加剧了降价。碳酸锂价格从高点回落超过八成，电芯成本随之下降，但由于竞争激烈，成本下降的红利几乎全部让给了下游业主和系统集成商。",
            Cross("出海与“换道”"),
            "国内竞争白热化，出海成为不少企业的选择。澜源储能今年前两个月海外订单占比已提升至45%，主要来自中东、澳大利亚和拉美地区的大型储能电站项目。“海外客户更看重产品认证、项目经验和全生命周期服务。”公司副总裁韩寻说。",
            Quote("“行业真正的分水岭，不在价格，而在安全和寿命。”"),
            "一些企业则在技术路线上寻找差异化，液流电池、压缩空气储能、钠离子电池等长时储能示范项目明显增多。“行业真正的分水岭，不在价格，而在安全和寿命。”韩寻认为，未来三到五年，循环寿命和安全性能将成为招标中的核心指标。",
            Cross("出清仍需时间"),
            "多位受访人士判断，产能出清仍需一到两年。近期，有关部门就储能电池行业规范条件公开征求意见，拟对新建产能的能量密度、循环寿命等提出更高要求，业内普遍认为这将加快落后产能退出。",
            "“价格战不可能一直打下去。”苏慕白说，“等潮水退去，留下来的应该是真正有技术积累和成本控制能力的企业。”",
        ])
    pg.furniture(["深度"], "column label 深度")
    pg.kicker(a, "储能价格战调查")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=4)
    pg.furniture(["图表：储能电芯平均报价走势（元／瓦时）",
                  "2032年　　　0.88",
                  "2033年　　　0.64",
                  "2034年　　　0.43",
                  "2035年3月　 0.32",
                  "数据来源：行业机构调研，本报记者整理"], "图表 data box between two paragraphs (not body)")
    pg.body(a, start=4)
    pg.blank()
    b = Article(
        "b", "新型储能装机规模已超1.3亿千瓦", section="相关链接",
        notes="Sidebar under the label 相关链接 (section): headline and one paragraph, unsigned (no byline, no "
              "authors). Kind article (background facts, as a 背景 box).",
        paras=[
            "截至2034年底，全国已建成投运新型储能项目累计装机规模达1.34亿千瓦，同比增长约八成。其中，锂离子电池储能占比超过九成，压缩空气储能、液流电池储能、飞轮储能等技术路线装机占比有所提升。从地区分布看，西北、华北地区装机规模较大，主要服务于新能源消纳和电网调峰。",
        ])
    pg.furniture(["相关链接"], "column label 相关链接")
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["校对：郦凡　　新闻热线：021-6211××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def d03() -> Page:
    """第一财经日报-like 公司 page indented with two ASCII spaces: lead whose headline is printed on two lines
    broken in mid-word, byline line 本报记者 X　发自澜州, one crosshead; label 公司速递 over four company items each
    signed （X） run in at the end; 今日公告速览 box; footer."""
    pg = Page("d03.txt", cols=34, indent="  ", blanks="some", seed=2603, p_para=0.4, p_gap=0.8,
              style="第一财经日报-like 公司 page indented with two ASCII spaces, blank lines sometimes: header on three lines (A9　公司; paper + date with weekday; 编辑 and 美编); lead whose headline is printed on two lines broken in MID-WORD (…同比增 / 长41%　海外市场…), byline line 本报记者 X　发自澜州, one crosshead; label 公司速递 over four company items, each signed （X） run in at the end (two reporters share them); 今日公告速览 box of 【company】 lines; footer with hotline and e-mail")
    pg.furniture(["A9　公司",
                  "澄川财经日报　" + cn_date(2035, 4, 2),
                  "编辑：程一苇　　美编：冯小楷"], "page header")
    pg.blank()
    a = Article(
        "a", "衡屿汽车一季度交付量同比增长41%海外市场贡献近三成",
        head=["衡屿汽车一季度交付量同比增", "长41%　海外市场贡献近三成"],
        byline="本报记者　许照临　发自澜州", authors=["许照临"],
        notes="Headline printed on two lines broken in mid-word (增 / 长), its two clauses parted by U+3000: joined "
              "unspaced. Byline line 本报记者 X　发自澜州. The crosshead is body. The executive quoted (戴闻远) is not "
              "an author.",
        paras=[
            "衡屿汽车4月1日晚间披露的产销快报显示，今年一季度公司累计交付新车18.6万辆，同比增长41%；其中海外市场交付5.3万辆，占比提升至28.5%，创历史新高。",
            "“欧洲和东南亚是今年增长最快的两个市场。”衡屿汽车国际业务负责人戴闻远接受本报记者采访时表示，公司在东南亚的组装工厂已于去年四季度投产，本地化生产使当地的交付周期缩短了一半以上。",
            Cross("价格战下的利润考验"),
            "销量高增长的同时，利润率承压的问题依然突出。财报显示，衡屿汽车2034年汽车业务毛利率为14.2%，较上年下降2.7个百分点。有券商分析师测算，今年一季度公司单车净利润可能进一步下滑至4000元左右。",
            "对此，戴闻远表示，公司正通过平台化开发和电池自供降低成本，新一代纯电平台车型的物料成本比上一代下降约15%。“国内市场的价格竞争短期内不会结束，我们的策略是用海外的利润和规模，反哺国内的技术投入。”",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["公司速递"], "column label 公司速递")
    pg.gap()
    items = [
        Article("b", "嘉霖医药子公司获批开展三期临床", byline="（韦若）", authors=["韦若"], tail="（韦若）", paras=[
            "嘉霖医药4月1日公告，全资子公司研发的一款口服GLP-1受体激动剂获得国家药品监管部门批准，开展针对2型糖尿病的三期临床试验。公司表示，该药物在二期临床中显示出良好的降糖和减重效果，三期试验预计入组约1200名患者。"]),
        Article("c", "鹭门港务拟收购两座散货码头", byline="（邝一舟）", authors=["邝一舟"], tail="（邝一舟）", paras=[
            "鹭门港务公告称，拟以现金14.7亿元收购控股股东旗下两座散货码头100%股权，交易完成后公司散货年通过能力将增加2800万吨。公司称，此次收购有助于解决同业竞争问题，提升港口资源整合效率。"]),
        Article("d", "翊达半导体12英寸产线通线", byline="（韦若）", authors=["韦若"], tail="（韦若）", paras=[
            "翊达半导体宣布，其位于汀溪的12英寸特色工艺晶圆产线日前实现通线，首批产品为功率器件和电源管理芯片。该产线规划月产能3万片，总投资约85亿元，预计明年上半年满产。"]),
        Article("e", "沛川食品董事长辞职", byline="（邝一舟）", authors=["邝一舟"], tail="（邝一舟）", paras=[
            "沛川食品晚间公告，公司董事长宋怀瑾因个人原因申请辞去董事长及董事职务，辞职后不再担任公司任何职务。董事会已推选总经理陶景行代行董事长职责。截至公告日，宋怀瑾未持有公司股份。"]),
    ]
    for art in items:
        art.section = "公司速递"
        art.notes = ("Item under the label 公司速递 (section), signed （X） run in at the end: the byline, excluded "
                     "from last; X is the author. Executives named are not.")
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["今日公告速览",
                  "【蓝曜光伏】2034年净利润亏损12.3亿元",
                  "【鼎峦地产】境外债重组方案生效",
                  "【泊江银行】拟每10股派发现金红利2.1元",
                  "【汀溪生物】控股股东拟减持不超过2%股份"], "今日公告速览 box (not an article)")
    pg.blank()
    pg.furniture(["新闻热线：0571-8866××××　　邮箱：gongsi@ccfinance.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def d04() -> Page:
    """中国经营报-like 商业 page of a 20-character column: a feature (byline line 本报记者 X　北京报道) and a
    dialogue (《华商经营报》：／NAME： paragraphs) read column by column: feature piece 1, dialogue head and
    piece 1, feature piece 2, dialogue piece 2; then a short item; footer."""
    pg = Page("d04.txt", cols=20, indent=FW * 2, blanks="some", seed=2604, p_para=0.3, p_gap=0.9,
              style="中国经营报-like 商业·消费 page of a 20-character column, blank lines sometimes: header on three lines (paper + date with weekday; B3　商业·消费; 编辑 and 校对); a feature (headline on two lines broken after a colon, byline line 本报记者 X　北京报道) and a dialogue (headline, ——副题 对话…, byline line 本报记者 X, intro then 《华商经营报》：／NAME： paragraphs) extracted column by column: feature piece 1, dialogue headline and piece 1, feature piece 2, dialogue piece 2, each piece cut mid-paragraph; then a short item with byline line 本报记者 X (the dialogue's reporter); editor and proof-reader in the header, hotline at the foot")
    pg.furniture(["华商经营报　" + cn_date(2035, 3, 26),
                  "B3　商业·消费",
                  "编辑：柴一鸣　校对：伍蘅"], "page header")
    pg.blank()
    a = Article(
        "a", "咖啡连锁“下沉”县城：万店之后拼什么", head=["咖啡连锁“下沉”县城：", "万店之后拼什么"],
        byline="本报记者　孟槐　北京报道", authors=["孟槐"],
        notes="Headline on two lines broken after the colon, joined. Byline line 本报记者 X　北京报道. **new:** the "
              "body is printed in two pieces (column pieces of a page read column by column), the dialogue's "
              "headline and first piece between them; the dialogue's second piece follows. The franchisee and the "
              "shop manager quoted are not authors.",
        paras=[
            "晚上八点，在临沣县城最热闹的步行街上，三家连锁咖啡店隔街相望。其中一家门店的店长告诉记者，工作日每天能卖出300多杯，周末能到500杯，“比我们一开始预计的要好”。",
            "近两年，连锁咖啡品牌加速向三四线城市和县城扩张。据第三方机构统计，截至今年2月，国内连锁咖啡门店总数已超过6.8万家，其中位于三线及以下城市的门店占比由两年前的21%提升至34%，头部品牌的门店数量纷纷突破万家。",
            "下沉市场的吸引力显而易见：租金和人力成本低，竞争相对缓和，年轻消费者对现制咖啡的接受度快速提升。但也有业内人士提醒，县城市场的客群规模有限，一旦多个品牌密集布点，单店销量很快就会被摊薄。",
            "“九块九已经成为行业标配，再往下降的空间不大了。”一位区域加盟商说，他在周边三个县开了7家门店，去年有两家门店的月营业额低于盈亏平衡线。在他看来，下一阶段的竞争将更多比拼供应链效率和产品创新，而不是单纯的开店速度。",
            "记者注意到，已有品牌开始调整策略，放缓加盟审批，转而对存量门店进行改造升级，增加轻食和茶饮产品，以提升客单价和复购率。",
        ])
    b = Article(
        "b", "县城门店的回本周期在14个月左右", kind="interview",
        subtitle="——对话沛川咖啡联合创始人周语堂",
        byline="本报记者　程雁回", authors=["程雁回"],
        notes="Dialogue: headline, ——副题 (subtitle), byline line 本报记者 X (the interviewer, the author). Intro "
              "paragraph, then 《华商经营报》：／周语堂： paragraphs; the founder who answers is not an author. Kind "
              "interview. **new:** printed in two pieces, the feature's second piece between them.",
        paras=[
            "作为较早布局县域市场的咖啡品牌之一，沛川咖啡目前在全国有门店4600余家，其中近一半位于县城。围绕下沉市场的盈利模型和竞争格局，本报记者专访了沛川咖啡联合创始人周语堂。",
            "《华商经营报》：县城门店的盈利情况怎么样？",
            "周语堂：整体是健康的。县城门店的单店投资一般在35万元左右，比一二线城市低四成，日均销量稳定在250杯以上就能盈利。按目前的数据，县城门店的平均回本周期在14个月左右。",
            "《华商经营报》：很多品牌都在往下沉市场挤，您担心竞争过度吗？",
            "周语堂：竞争肯定会越来越激烈，但县城的咖啡消费远没有饱和。我们测算，县城人均年咖啡消费量只有一线城市的十分之一左右。关键不是抢别人的客人，而是把不喝咖啡的人变成咖啡消费者。",
            "《华商经营报》：接下来的开店计划是什么？",
            "周语堂：今年我们会放慢速度，计划净增门店600家左右，把更多精力放在存量门店的运营提升上，包括数字化点单、供应链直配和新品研发。",
        ])
    a1, a2 = pg.chunks(pg.render_body(a), [17])
    b1, b2 = pg.chunks(pg.render_body(b), [15])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, a1)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, b1)
    pg.gap()
    pg.emit(a, a2)
    pg.gap()
    pg.emit(b, b2)
    pg.blank()
    c = Article(
        "c", "茶饮品牌密集赴港上市",
        byline="本报记者　程雁回", authors=["程雁回"],
        notes="Short item with byline line 本报记者 X, printed after the second piece of the dialogue.",
        paras=[
            "今年以来，已有4家新式茶饮品牌向港交所递交上市申请。招股书显示，这些品牌的门店数量均在3000家以上，加盟门店占比普遍超过九成。业内人士表示，新式茶饮行业增速放缓，企业希望借助资本市场补充资金、提升品牌影响力，但加盟模式下的门店盈利能力和食品安全管理，仍是投资者关注的重点。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版热线：010-5862××××"], "footer")
    return pg


PAGES = [d01, d02, d03, d04]
