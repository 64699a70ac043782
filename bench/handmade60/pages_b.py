"""Pages ld05-ld08 of handmade60 (development set; all papers, agencies, names, firms, places and figures invented).

The artifact helpers (fw, sp, bold2, hwrap, render, glue, broken, trail, verse) are those of pages_a.py.
"""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date
from pages_a import bold2, broken, fw, glue, render, sp, trail, verse


# ---------------------------------------------------------------------------
def ld05() -> Page:
    """Financial daily page, wide column, blank lines sometimes plus column breaks: credit report with spaced
    numbers; label 金融观察 over a signed comment; wire report from London with a Latin firm name split by a line-end
    hyphen; insurance item with a private-use character in a line; rate table with spaced numbers."""
    pg = Page("ld05.txt", cols=40, indent=FW * 2, blanks="some", colbreak=9, seed=6005, p_para=0.5, p_gap=0.8,
              style="financial daily 金融 page in a wide column, blank lines sometimes plus column breaks (a blank line every 9 body lines, also inside paragraphs): header on three lines; credit report with numbers letter-spaced in the body and byline line 本报记者 X; label 金融观察 over a comment with byline line □ X; wire report of the invented agency 东陆社 with run-in dateline, a Latin firm name split by a line-end hyphen; insurance item with run-in 本报讯 and a private-use character (U+E015) left in a line; 贷款市场报价利率 table with spaced numbers; footer")
    pg.furniture(["临澜金融时报",
                  cn_date(2038, 6, 14) + "　第3版",
                  "金融·市场　　责任编辑：钭语冰"], "page header")
    pg.blank()
    a = Article(
        "a", "5月末全市本外币贷款余额同比增长8.7%",
        byline="本报记者　钱牧之", authors=["钱牧之"],
        notes="Economic report (credit). **new:** numbers letter-spaced by the extractor in the body (2 . 3 1, "
              "8 . 7 %), kept as printed; first/last ignore spaces. A blank line of a column break falls inside a "
              "paragraph (not a paragraph break). The official quoted is not an author.",
        paras=[
            "记者从人民银行临澜市分行获悉，5月末，全市本外币各项贷款余额 " + sp("2.31") + " 万亿元，同比增长 " +
            sp("8.7%") + "，比全省平均水平高 " + sp("1.2") + " 个百分点；前5个月新增贷款 " + sp("1386") +
            " 亿元，同比多增 " + sp("214") + " 亿元。",
            "从投向看，信贷资金继续向实体经济重点领域倾斜。5月末，全市制造业中长期贷款余额增长 " + sp("21.4%") +
            "，科技型中小企业贷款余额增长 " + sp("26.9%") + "，普惠小微贷款余额 " + sp("3127") +
            " 亿元，增长 " + sp("17.3%") + "，均明显高于各项贷款增速。",
            "融资成本稳中有降。5月份全市新发放企业贷款加权平均利率为 " + sp("3.41%") +
            "，比上年同期下降 " + sp("0.23") + " 个百分点。“下一步将引导金融机构加大对设备更新、技术改造的信贷支持，推动融资成本继续下行。”人民银行临澜市分行货币信贷处处长晏知秋说。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, render(pg, a))
    pg.gap()
    pg.furniture(["金融观察"], "column label 金融观察")
    b = Article(
        "b", "普惠贷款既要“放得下”更要“用得好”", section="金融观察", kind="commentary",
        byline="□ 韦照川", authors=["韦照川"],
        notes="Comment under the label 金融观察 (section), byline line □ X (the □ is a mark); commentary.",
        paras=[
            "普惠小微贷款连续多年保持较快增长，“贷款难”的问题有了明显缓解。但也要看到，一些地方重投放规模、轻资金用途，个别企业把低成本贷款挪作他用，甚至转手“套利”。",
            "普惠金融的初心，是让资金真正流向需要它的经营主体。金融机构既要敢贷、愿贷，也要会贷、管好，把贷前调查做实，把贷后管理做细；监管部门则要加强穿透式监测，让每一笔普惠贷款都用在刀刃上。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, render(pg, b))
    pg.gap()
    c = Article(
        "c", "欧洲资管机构加码亚洲绿色债券",
        byline="东陆社伦敦6月13日电（记者　聂云帆）", authors=["聂云帆"], lead="东陆社伦敦6月13日电（记者　聂云帆）",
        notes="Wire report of the invented agency 东陆社 (东陆通讯社): run-in dateline excluded from first. **new:** "
              "the Latin firm name Halvergate is split at a line end (Halverga- / te) with a hyphen inside the body; kept as printed. "
              "The executive and analyst quoted are not authors.",
        paras=[
            "总部位于英国伦敦市的资产管理公司Halvergate资本13日宣布，将在未来三年内把亚洲绿色债券在其固定收益组合中的配置比例从 7% 提高至 15%，新增投资规模约 40 亿欧元。",
            "该公司首席投资官玛格丽特·埃尔斯沃思在发布会上说，亚洲绿色债券市场发行规模扩大、评级和信息披露日趋规范，为长期投资者提供了稳定的回报来源。分析人士认为，随着欧洲多家养老基金提高可持续投资比例，今年流入亚洲绿色债券市场的欧洲资金有望创下新高。",
        ])
    pg.headline(c)
    pg.gap()
    pg.emit(c, render(pg, c))
    pg.gap()
    d = Article(
        "d", "首款新能源车“按里程计费”车险落地",
        byline="本报讯（记者　钱牧之　通讯员　俞小满）", authors=["钱牧之", "俞小满"],
        lead="本报讯（记者　钱牧之　通讯员　俞小满）",
        notes="Economic item (insurance). Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. "
              "**new:** a private-use character (U+E015, an unmapped glyph of the font) left inside a body line is "
              "kept in the body.",
        paras=[
            "6月12日，临澜首款新能源汽车“按里程计费”商业车险产品正式落地。车主投保后按实际行驶里程缴纳保费，年行驶里程低于5000公里的车主\ue015保费最多可节省三成左右。首日已有1260余名车主投保。",
        ])
    pg.headline(d)
    pg.gap()
    pg.emit(d, render(pg, d))
    pg.blank()
    pg.furniture(["本月贷款市场报价利率（LPR）",
                  "1年期　　" + sp("3.05%") + "　　较上月持平",
                  "5年期以上　" + sp("3.55%") + "　　较上月持平"], "贷款市场报价利率 table (not an article)")
    pg.blank()
    pg.furniture(["美术编辑：詹小禾　　校对：甘一鸣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ld06() -> Page:
    """Daily 产业 page, narrow column, blank lines between paragraphs: a column label printed as a vertical banner
    (one character a line) over a feature with ASCII quotes; battery-plant item; a 记者手记 whose body comes first
    and whose headline and byline are printed AFTER it; label doubled by bold type over two park items."""
    pg = Page("ld06.txt", cols=22, indent=FW * 2, blanks="para", seed=6006,
              style="daily 产业 page in a narrow column, blank lines between paragraphs and blocks: header on three lines; the column label 产业观察 printed as a vertical banner (one character a line) over a feature with ASCII \"\" quotes and byline line 本报记者 X　通讯员 Y; energy-storage plant item with run-in 本报讯（记者 X）; label 记者手记 over a piece whose body comes FIRST and whose headline and byline (X/文) are printed after it; label 园区快讯 doubled by bold type (园园区区快快讯讯) over two items; footer")
    pg.furniture(["栖梧日报",
                  cn_date(2033, 8, 27),
                  "产业　第6版"], "page header")
    pg.blank()
    pg.furniture(list("产业观察"), "column label 产业观察 printed as a vertical banner, one character a line")
    pg.blank()
    a = Article(
        "a", "一块光伏板的“出海”账", section="产业观察",
        byline="本报记者　宁汐　通讯员　邢朗", authors=["宁汐", "邢朗"],
        notes="Economic feature under the column label 产业观察 (section), which is printed as a vertical banner, "
              "one character a line (furniture). **new:** ASCII \"\" quotes printed for “” in the body, kept as "
              "printed. The manager quoted is not an author.",
        paras=[
            "在栖梧高新区的一家光伏组件工厂里，一块块刚下线的组件被装进集装箱，两周后将出现在中东的沙漠电站。",
            "\"今年上半年，我们的海外订单占到了六成。\"公司副总经理盛启明说，企业去年投入1.2亿元改造生产线，组件转换效率提高到23.6%，在海外招标中更有底气。",
            "不只是这一家。今年前7个月，栖梧市光伏组件出口额达48.3亿元，同比增长27%，出口目的地从过去的10多个国家扩大到40多个。与此同时，运费上涨、贸易壁垒增多等\"成本账\"也摆在企业面前，不少企业开始在海外设立仓储和服务网点。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, render(pg, a))
    pg.gap()
    b = Article(
        "b", "年产20GWh储能电池项目开工",
        byline="本报讯（记者　宁汐）", authors=["宁汐"], lead="本报讯（记者　宁汐）",
        notes="Economic item. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "8月26日，栖梧经开区年产20GWh储能电池项目开工。项目总投资86亿元，分两期建设，全部达产后预计年产值超过150亿元，可带动上下游配套企业30余家。",
        ])
    pg.headline(b)
    pg.gap()
    pg.emit(b, render(pg, b))
    pg.gap()
    pg.furniture(["记者手记"], "column label 记者手记")
    pg.gap()
    c = Article(
        "c", "车间里的“老师傅”", section="记者手记",
        byline="樊青禾/文", authors=["樊青禾"],
        notes="记者手记 (section) printed with its body FIRST and its headline and byline line (X/文) AFTER it; "
              "title_line is the headline after the body. Kind article. The worker named is not an author.",
        paras=[
            "采访中，记者遇到一位在光伏车间干了十几年的“老师傅”许长庚。生产线换成了机械臂，他没有被“换掉”，而是学会了编程和设备维护，带出了20多个徒弟。",
            "产业升级，升级的不只是设备，更是人。让更多产业工人跟上技术进步的步伐，企业的转型才能走得稳、走得远。",
        ])
    pg.emit(c, render(pg, c))
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.furniture([bold2("园区快讯")], "column label 园区快讯, every character doubled by bold type")
    pg.gap()
    d1 = Article("d1", "栖梧物流园新增冷链仓储4万平方米", section="园区快讯",
                 notes="Item of the 园区快讯 strip (section; the label is printed with every character doubled by "
                       "bold type, written clean). No credit: no authors.",
                 paras=["栖梧物流园二期冷链仓储项目日前投用，新增冷库面积4万平方米，可满足生鲜农产品、医药等企业的仓储需求。"])
    d2 = Article("d2", "高新区上半年技术合同成交额增长31%", section="园区快讯",
                 byline="（邢朗）", authors=["邢朗"], tail="（邢朗）",
                 notes="Item of the 园区快讯 strip; the credit （X） run in at the end is the byline, excluded from last.",
                 paras=["今年上半年，栖梧高新区登记技术合同1860项，成交额达到42.7亿元，同比增长31.2%。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.emit(art, render(pg, art))
        pg.gap()
    pg.furniture(["本版编辑：柴南星　　校对：余晚"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ld07() -> Page:
    """City daily 区县 page in a very narrow column, blank lines only between articles: county-economy lead with
    full-width digits, tab byline and a caption glued to a body line; label 区县传真 over four 【】 items; tea
    report; market item."""
    pg = Page("ld07.txt", cols=16, indent=FW, blanks="arts", seed=6007,
              style="city daily 区县新闻 page in a very narrow column, ONE U+3000 indent, blank lines only between articles and blocks: header on three lines; county-economy lead with full-width digits in headline and body, byline line with TABS (记者 X 通讯员 Y) and a photo caption glued to the end of a body line; label 区县传真 over four items with their headlines run in in 【】, two signed at the end; tea-industry report with byline line; footer")
    pg.furniture(["云钊日报",
                  cn_date(2036, 12, 3),
                  "区县新闻　07"], "page header")
    pg.blank()
    a = Article(
        "a", "棠溪县前三季度工业产值突破300亿元", head=[fw("棠溪县前三季度工业"), fw("产值突破300亿元")],
        byline="记者\t冷秋池\t通讯员\t班若", authors=["冷秋池", "班若"],
        notes="Economic lead. Headline printed on two lines with full-width digits; title joined and half-width. "
              "**new:** byline line with TABS (as printed). **new:** a photo caption with its credit glued to "
              "the end of a body line (kept in the body: the line cannot be cut). Body figures full-width as "
              "printed. Officials quoted are not authors.",
        paras=[
            "前三季度，棠溪县规模以上工业总产值达到" + fw("312.6") + "亿元，同比增长" + fw("11.4%") +
            "，总量首次突破" + fw("300") + "亿元。",
            "新材料和装备制造两大主导产业贡献突出，合计产值占全县的" + fw("58%") + "。县经信局负责人说，今年全县有" +
            fw("14") + "个技改项目投产，新增产值约" + fw("26") + "亿元。",
            "四季度，棠溪县将继续开展“企业服务日”活动，协调解决企业用工、用电等问题。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, glue(render(pg, a), 3, "　▲棠溪县一家新材料企业的生产车间。　通讯员　班若　摄"))
    pg.blank()
    pg.furniture(["区县传真"], "column label 区县传真")
    pg.blank()
    items = [
        Article("b1", "枫岭区开通跨省定制客运线", section="区县传真", lead="【枫岭区开通跨省定制客运线】",
                byline="（冷秋池）", authors=["冷秋池"], tail="（冷秋池）",
                notes="Item of the 区县传真 strip with its headline run in in 【】: title_line is the first body line; "
                      "the bracketed headline is excluded from first; the credit （X） at the end is the byline, "
                      "excluded from last.",
                paras=["12月1日，枫岭区至邻省苇川市的定制客运线开通，每日往返6班，乘客可通过手机预约上门接送。"]),
        Article("b2", "石渠乡冬季大棚增至1200个", section="区县传真", lead="【石渠乡冬季大棚增至1200个】",
                notes="Item of the 区县传真 strip with the headline run in in 【】 and no credit: no authors.",
                paras=["今年石渠乡新建冬季蔬菜大棚300个，总数达到1200个，预计冬春两季可产蔬菜1.5万吨。"]),
        Article("b3", "云钊经开区签约项目27个", section="区县传真", lead="【云钊经开区签约项目27个】",
                byline="（通讯员　阮青）", authors=["阮青"], tail="（通讯员　阮青）",
                notes="Item of the 区县传真 strip with the headline run in in 【】; the credit （通讯员 X） at the end "
                      "is the byline, excluded from last.",
                paras=["11月30日，云钊经开区举行项目集中签约活动，共签约项目27个，总投资达到164亿元。"]),
        Article("b4", "沙湾镇农村电商销售额破亿元", section="区县传真", lead="【沙湾镇农村电商销售额破亿元】",
                notes="Item of the 区县传真 strip with the headline run in in 【】 and no credit: no authors.",
                paras=["今年以来，沙湾镇通过直播带货销售土特产品，农村电商销售额突破1亿元，带动1300余户农户增收。"]),
    ]
    for art in items:
        pg.emit(art, pg.render_body(art, head_role=True))
        pg.blank()
    c = Article(
        "c", "秋茶收购价同比上涨一成",
        byline="本报记者　卓听松", authors=["卓听松"],
        notes="Economic report (tea prices). Byline line 本报记者 X. The tea grower quoted is not an author.",
        paras=[
            "眼下，云钊市各产茶区的秋茶收购接近尾声。据市农业农村局统计，今年全市秋茶收购量3800吨，平均收购价每公斤64元，同比上涨10.3%。",
            "“今年雨水调匀，茶叶品质好，收购价也涨了。”种茶二十多年的茶农段小川说。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, render(pg, c))
    pg.blank()
    pg.furniture(["本版编辑：乐知微", "校对：阙一帆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ld08() -> Page:
    """Evening paper 楼市 page indented with two ASCII spaces, blank lines sometimes, trailing spaces on every line:
    second-hand housing report with a kicker doubled by bold type and a running head at a column break; 公积金 Q&A
    cut by a running head; home-furnishing report with spaced numbers; rental item."""
    pg = Page("ld08.txt", cols=28, indent="  ", blanks="some", seed=6008, p_para=0.45, p_gap=0.75,
              style="evening paper 楼市 page indented with two ASCII spaces, blank lines sometimes, every line with a trailing space: header on two lines; second-hand housing report with a kicker doubled by bold type (数数据据看看楼楼市市) and byline line, cut by a running head + page number at a column break; 公积金 Q&A (——副题, byline line 本报记者 X　整理, 问：／答：) cut by a running head; home-furnishing report with numbers letter-spaced; rental item with run-in 本报讯; footer")
    pg.furniture(["鹤汀晚报　楼市·家居", cn_date(2039, 5, 22) + "　A11"], "page header")
    pg.blank()
    a = Article(
        "a", "4月二手房网签量环比增长16%",
        byline="本报记者　杭一苇", authors=["杭一苇"],
        notes="Economic report (housing). The kicker 数据看楼市, printed with every character doubled by bold type, "
              "is neither title nor subtitle. **new:** the running head and page number repeated at a column "
              "break inside the body are not body (body in pieces). The agent quoted is not an author.",
        paras=[
            "记者从鹤汀市住房保障和房产管理局获悉，4月全市二手住房网签4862套，环比增长16.2%，同比增长9.7%，连续三个月保持增长。",
            "从成交结构看，90平方米以下的中小户型占比达到61%，总价150万元以下的房源最受欢迎。中介门店负责人说，近期看房客户明显增多，其中不少是“卖旧买新”的改善型客户。",
            "业内人士分析，房贷利率下调、公积金政策优化等因素叠加，释放了部分购房需求。但各区域分化明显，核心城区成交活跃，远郊板块仍以去库存为主。",
        ])
    pg.kicker(a, bold2("数据看楼市"))
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    broken(pg, a, render(pg, a), [6], [["鹤汀晚报　楼市·家居", "A11"]])
    pg.gap()
    b = Article(
        "b", "公积金贷款新政热点问答", kind="interview",
        subtitle="——市住房公积金管理中心有关负责人答记者问",
        byline="本报记者　杭一苇　整理", authors=["杭一苇"],
        notes="Q&A (答记者问) compiled by a reporter: ——副题 is the subtitle; byline line 本报记者 X　整理 (the "
              "compiler is the author; the official who answers is not). Body of 问：／答： paragraphs, cut by a "
              "running head at a column break (body in pieces). Kind interview.",
        paras=[
            "问：新政主要调整了哪些内容？",
            "答：一是首套住房公积金贷款最高额度由60万元提高到80万元；二是多子女家庭购买首套住房，贷款额度可再上浮20%；三是支持提取公积金支付购房首付款。",
            "问：新政从什么时候开始执行？",
            "答：5月20日起受理的贷款申请即按新政执行，此前已受理但尚未发放的，也可按新政重新核定额度。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    broken(pg, b, render(pg, b), [4], [["楼市·家居　" + cn_date(2039, 5, 22, weekday=False)]])
    pg.gap()
    c = Article(
        "c", "家装“以旧换新”带动消费超5亿元",
        byline="本报记者　鲁知遥", authors=["鲁知遥"],
        notes="Economic report (home furnishing). **new:** numbers letter-spaced in the body, kept as printed.",
        paras=[
            "今年以来，鹤汀市开展家装厨卫“以旧换新”活动，累计发放补贴 " + sp("6800") + " 余万元，带动家装家居消费 " +
            sp("5.26") + " 亿元。其中，智能马桶、集成灶等产品销量同比增长均超过 " + sp("40%") + "。",
            "参与活动的家居卖场负责人说，补贴叠加商家让利，一套厨卫改造能省下 " + sp("15%") + " 左右的费用。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.emit(c, render(pg, c))
    pg.gap()
    d = Article(
        "d", "保障性租赁住房新增房源3200套",
        byline="本报讯（记者　鲁知遥）", authors=["鲁知遥"], lead="本报讯（记者　鲁知遥）",
        notes="Economic item. Run-in 本报讯（记者 X） excluded from first.",
        paras=["5月下旬，鹤汀市将集中推出保障性租赁住房3200套，租金不高于同地段市场租金的九折，新市民、青年人可通过线上平台申请。"])
    pg.headline(d)
    pg.gap()
    pg.emit(d, render(pg, d))
    pg.blank()
    pg.furniture(["本版主编：房念之　　责任编辑：景小渔　　校对：祁可"], "footer")
    trail(pg)
    return pg


PAGES = [ld05, ld06, ld07, ld08]
