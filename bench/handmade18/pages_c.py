"""Pages c09-c12 of handmade18 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, width, wrap


def ewrap(text: str, cols: float) -> list[str]:
    """Word-wrap an English paragraph at `cols` full-width columns (an ASCII character counts 0.5)."""
    lines, cur = [], ""
    for word in text.split(" "):
        cand = word if not cur else cur + " " + word
        if cur and width(cand) > cols:
            lines.append(cur)
            cur = word
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------
def c09() -> Page:
    """县级融媒 paper (county media centre) 综合 page of a 14-character column, ONE U+3000 indent: masthead with
    内部资料 licence line; lead with byline 融媒记者 X / 通讯员 Y on two lines; run-in 雁川融媒讯（记者 X）; item with
    a source line （县农业农村局供稿） after it; public-service ad; 基层动态 item signed （town　NAME） run in;
    footer 编辑／审核／终审."""
    pg = Page("c09.txt", cols=14, indent=FW, blanks="arts", seed=1809,
              style="县级融媒 paper (county media centre) 综合 page of a 14-character column, ONE U+3000 indent, blank lines only between articles: masthead on four lines (paper, 主办／出版 line, 内部资料 licence number line, date + 第2版 + 版名), three of them wider than the column; lead with a two-line headline and a byline 融媒记者 X / 通讯员 Y printed on two lines; run-in 雁川融媒讯（记者 X） under a two-line headline beginning with 我县; item whose only credit is a line （县农业农村局供稿） after the body (an office, no person); public-service advertisement (公益广告, two slogans, issuing offices); label 基层动态 over an item with a headline with a colon, signed （town　NAME） run in at the end; footer 编辑／审核／终审 (three-level review)")
    pg.furniture(["雁川报",
                  "中共雁川县委主办　雁川县融媒体中心出版",
                  "琅溪省连续性内部资料出版物准印证号：琅K（2034）047号",
                  cn_date(2034, 10, 17) + "　第2版　综合"], "masthead")
    pg.blank()
    a = Article(
        "a", "柘岭镇茶产业年产值突破3亿元", head=["柘岭镇茶产业", "年产值突破3亿元"],
        byline="融媒记者　汤问渠　通讯员　冉秋池", authors=["汤问渠", "冉秋池"],
        notes="Headline on two lines, joined. **new:** byline 融媒记者 X　通讯员 Y (the county media centre's reporter) "
              "printed on two lines, one role a line: both authors. The tea farmer (杨春生) quoted is not an author.",
        paras=[
            "金秋时节，走进柘岭镇云雾茶园，层层茶垄沿山势铺展。茶农们正忙着修剪茶树、施有机肥，为明年春茶打基础。",
            "柘岭镇是雁川县的产茶大镇，全镇茶园面积4.2万亩。近年来，该镇围绕“柘岭云雾”公用品牌，引进茶叶加工企业9家，建成标准化清洁化生产线23条，带动5600余户茶农增收。今年前三季度，全镇茶产业综合产值达到3.1亿元，同比增长14%。",
            "“以前卖鲜叶，一斤十几块钱；现在合作社统一加工成品茶，一斤能卖到好几百元。”茶农杨春生说，他家20亩茶园今年收入比去年多了3万多元。",
            "柘岭镇党委负责人表示，下一步将推进茶旅融合发展，建设茶文化体验园和精品民宿，把茶园变成“游园”，让茶农端稳“金饭碗”。",
        ])
    pg.headline(a)
    pg.line(a, "融媒记者　汤问渠", "byline")
    pg.line(a, "通讯员　冉秋池", "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "我县集中签约16个项目", head=["我县集中签约", "16个项目"],
        byline="雁川融媒讯（记者　苗一禾）", authors=["苗一禾"], lead="雁川融媒讯（记者　苗一禾）",
        notes="Headline on two lines beginning with 我县 (the county paper's own county), joined. **new:** run-in "
              "雁川融媒讯（记者 X） (the county media centre's 讯, filling the whole first line, the text starting on the next) excluded from first. The "
              "county leader is not named and not an author.",
        paras=[
            "10月15日，我县举行2034年第三季度重大项目集中签约活动，现场签约项目16个，总投资48.6亿元，涵盖新材料、农产品精深加工、文旅康养等领域。",
            "签约项目中，投资亿元以上项目11个，其中投资12亿元的高性能复合材料项目将落户县经济开发区，建成后预计年产值可达20亿元，新增就业岗位800个。",
            "县委主要负责同志在签约活动上表示，全县上下将以最优的服务、最快的速度推动签约项目早落地、早开工、早投产。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "秋冬种农资储备充足", byline="（县农业农村局供稿）",
        notes="**new:** the only credit is a line （县农业农村局供稿） after the body, naming an office: it is the "
              "byline (not body), and there are no authors.",
        paras=[
            "眼下正值秋冬种备耕关键时期。目前，全县已储备小麦、油菜良种186万公斤，各类化肥2.3万吨，能够满足全县秋冬种生产需要。",
            "为保障农资质量，县农业农村局联合县市场监管局开展农资打假专项行动，截至目前已检查农资经营门店138家次，抽检种子、化肥样品42个。县农业农村局还组织农技人员分片包干，深入田间地头指导农户科学播种、合理施肥。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.blank()
    pg.furniture(["公益广告", "讲文明　树新风", "争做文明雁川人", "雁川县委宣传部　雁川县文明办　宣"],
                 "public-service advertisement")
    pg.blank()
    d = Article(
        "d", "芦塘镇：“板凳会”解民忧", section="基层动态",
        byline="（芦塘镇　韦小溪）", authors=["韦小溪"], tail="（芦塘镇　韦小溪）",
        notes="Item under the label 基层动态 (section); headline with a colon (town：claim), kept. **new:** credit "
              "（town　NAME） run in at the end (a town's correspondent): the byline, excluded from last; the person "
              "is the author.",
        paras=[
            "“村口路灯坏了好几盏，晚上出门不方便。”“家门口的水渠该清淤了。”……10月14日晚，芦塘镇梅坞村文化广场上，村干部和村民围坐在一起，你一言我一语拉起了家常。",
            "今年以来，芦塘镇在各村推行“板凳会”议事机制，每月召开一次，村干部现场收集群众诉求，能当场解决的当场解决，不能当场解决的明确时限、跟踪办理。截至目前，全镇共召开“板凳会”96场，收集解决群众诉求213件，件件有回音。",
        ])
    pg.furniture(["基层动态"], "column label 基层动态")
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["编辑：祝小鹿　审核：程远　终审：邹明德"], "footer: editor, reviewer, final reviewer")
    return pg


# ---------------------------------------------------------------------------
def c10() -> Page:
    """地市日报 经济 page: lead (引题, headline, byline 桐阳日报全媒体记者 X, ◎ crossheads) at 29 characters, then a
    简讯 sidebar of three items set in an 8-character column, then a 经济时评 by a named 桐阳日报评论员."""
    pg = Page("c10.txt", cols=29, indent=FW * 2, blanks="arts", seed=1810,
              style="地市日报 经济 page, blank lines only between articles: header on three lines; lead at 29 characters with 引题, headline, byline line 桐阳日报全媒体记者 X (the paper's name before 全媒体记者), three ◎ crossheads; then a 简讯 SIDEBAR extracted after it, set in an 8-CHARACTER column: label letter-spaced 简　讯, three items each with a headline on two lines, the indent taking two of the eight characters, one item signed （X） run in at the end; label 经济时评 over a comment (29 characters) with byline line 桐阳日报评论员 X (named)")
    pg.furniture(["桐阳日报", cn_date(2034, 11, 12) + "　3", "经济　责任编辑：尚可　美术编辑：邬桐"], "page header")
    pg.blank()
    a = Article(
        "a", "桐阳外贸跑出“加速度”", subtitle="前10个月全市外贸进出口增长9.6%",
        byline="桐阳日报全媒体记者　季晚舟", authors=["季晚舟"],
        notes="引题 above the headline (no 副题) is the subtitle. **new:** byline line with the paper's name before "
              "全媒体记者 (桐阳日报全媒体记者 X): the reporter is the author. ◎ crossheads are body. The manager "
              "quoted (祁远航) is not an author.",
        paras=[
            "记者从桐阳海关获悉，今年前10个月，桐阳市外贸进出口总值达到1286.4亿元，同比增长9.6%，增速比全省平均水平高3.2个百分点。其中，出口892.7亿元，增长12.3%；进口393.7亿元，增长3.8%。",
            Cross("◎“新三样”挑大梁"),
            "电动汽车、锂电池、光伏产品这“新三样”是拉动全市出口增长的主力。前10个月，全市“新三样”产品出口额达到371.5亿元，增长28.9%，对全市出口增长的贡献率达到43.6%。",
            "在桐阳经开区一家锂电池企业的成品仓库，一批储能电池正在装箱，即将通过中欧班列发往德国。“今年海外订单排得很满，储能电池出口量比去年翻了一番。”企业国际业务部经理祁远航说。",
            Cross("◎新市场多点开花"),
            "在巩固欧美等传统市场的同时，桐阳企业加快开拓新兴市场。前10个月，全市对共建“一带一路”国家进出口增长14.2%，占全市外贸总值的比重提高到51.3%；对东盟、中东、拉美进出口分别增长16.8%、22.4%和19.5%。",
            Cross("◎新业态加速成长"),
            "跨境电商、海外仓等外贸新业态也在快速成长。今年以来，桐阳新增跨境电商企业260余家，企业在海外设立公共海外仓18个，跨境电商进出口额同比增长36%。",
            "市商务局负责人表示，年底前将组织企业参加境外展会20场以上，进一步扩大出口信用保险覆盖面，帮助外贸企业稳订单、拓市场。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["简　讯"], "sidebar label 简讯 (letter-spaced)")
    side = [
        Article("s1", "桐阳港集装箱吞吐量创新高", head=["桐阳港集装箱", "吞吐量创新高"], paras=[
            "记者从桐阳港务集团获悉，前10个月，桐阳港完成集装箱吞吐量108.6万标箱，同比增长11.2%，提前两个月突破百万标箱。"]),
        Article("s2", "首届预制菜博览会开幕", head=["首届预制菜", "博览会开幕"], byline="（卢汐）", authors=["卢汐"],
                tail="（卢汐）", paras=[
            "11月10日，首届桐阳预制菜产业博览会开幕，320家企业参展，现场签约金额达15.8亿元。"]),
        Article("s3", "全市经营主体突破60万户", head=["全市经营主体", "突破60万户"], paras=[
            "截至10月底，全市实有经营主体60.3万户，同比增长8.1%，其中民营企业15.7万户。"]),
    ]
    for art in side:
        art.section = "简讯"
        art.notes = ("**new:** item of a 简讯 sidebar set in an 8-character column (the two-character indent "
                     "leaves six on a first line), extracted after the lead; label 简　讯 printed letter-spaced "
                     "(section 简讯). Headline on two lines, joined. "
                     + ("Signed （X） run in at the end: the byline, excluded from last; the author."
                        if art.byline else "Unsigned: no byline, no authors."))
        pg.headline(art)
        pg.body(art, cols=8)
        pg.blank()
    c = Article(
        "c", "稳外贸要在“稳主体”上下功夫", section="经济时评", kind="commentary",
        byline="桐阳日报评论员　边晓舟", authors=["边晓舟"],
        notes="Comment under the label 经济时评 (section) with byline line 桐阳日报评论员 X: the named 评论员 is the "
              "author (as y05 of handmade14); commentary.",
        paras=[
            "前10个月，桐阳外贸保持较快增长，成绩来之不易。但也要看到，外部需求不确定性仍然较大，贸易摩擦时有发生，不少中小外贸企业面临订单碎片化、汇率波动、融资成本高等压力。",
            "外贸企业是稳外贸的主体。稳外贸，说到底要稳住成千上万家外贸经营主体。要在通关便利、出口退税、信用保险、汇率避险等方面持续优化服务，帮助企业降成本、防风险；要支持企业抱团出海，通过参加展会、建设海外仓等方式开拓市场；要引导企业加大研发投入、培育自主品牌，以产品竞争力赢得市场主动。",
            "外贸稳，则经济稳。只有把外贸企业的“底盘”稳住了，桐阳外贸才能跑得更稳、走得更远。",
        ])
    pg.furniture(["经济时评"], "column label 经济时评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    return pg


# ---------------------------------------------------------------------------
def c11() -> Page:
    """Bilingual 双语财经 page of an English-language paper's Chinese edition: English headline over Chinese
    headline, byline By NAME + Chinese name, English and Chinese paragraphs alternating; Vocabulary box; Chinese
    article with its English headline under it and byline 文／X　译／Y; NEWS IN BRIEF of two bilingual items."""
    pg = Page("c11.txt", cols=36, indent="", blanks="para", seed=1811,
              style="bilingual 双语财经 page of an English-language paper's Chinese edition, NO indent: header on two lines (English and Chinese paper name; BUSINESS　双语财经 + date + page); lead with its ENGLISH headline printed ABOVE the Chinese one, byline line By NAME IN CAPITALS　本报记者 中文名, text of English and Chinese paragraphs alternating (English word-wrapped, about 72 letters a line); Vocabulary box (English term　Chinese term lines); Chinese article with its English headline UNDER the Chinese one, byline line 文／X　译／Y (reporter and translator), a note after it naming the English edition's issue; label NEWS IN BRIEF　简讯 over two unsigned items, each a Chinese headline, an English headline, a Chinese paragraph and an English paragraph; footer with editor and e-mail")
    pg.furniture(["THE LANGXI HERALD　琅溪先驱报·中文版",
                  "BUSINESS　双语财经　" + cn_date(2034, 12, 5) + "　第6版"], "page header")
    pg.blank()
    pairs = [
        ("Small sellers in Langzhou are shipping more goods abroad in small parcels, as overseas buyers "
         "place smaller but more frequent orders through online platforms.",
         "越来越多的海外买家通过电商平台“少量多次”下单，琅州的中小卖家正以小包裹的形式把更多商品卖到海外。"),
        ("Exports shipped by cross-border e-commerce from the city rose 31 percent year-on-year to 18.2 "
         "billion yuan in the first 10 months, according to Langzhou Customs. Clothing, small home "
         "appliances and pet supplies were among the best sellers.",
         "琅州海关数据显示，今年前10个月，琅州跨境电商出口额同比增长31%，达到182亿元，服装、小家电和宠物用品位居畅销品类前列。"),
        ("\"Buyers no longer stock up for months. They want the goods within a week,\" said Ren Xiaowen, "
         "founder of a Langzhou-based company selling kitchenware online. Her firm now keeps about a third "
         "of its stock in two overseas warehouses in Europe.",
         "“海外买家不再一次囤几个月的货，而是希望一周内收到货。”琅州一家线上厨具企业的创始人任晓雯说。目前，她的公司约三分之一的库存放在欧洲的两个海外仓中。"),
        ("Analysts said rising logistics costs and tighter customs checks in some markets remain "
         "challenges for smaller sellers.",
         "分析人士指出，物流成本上升以及部分市场海关查验趋严，仍是中小卖家面临的挑战。"),
    ]
    paras = []
    for en, zh in pairs:
        paras += [Raw(ewrap(en, 36)), zh]
    a = Article(
        "a", "跨境电商卖家押注“小包裹”",
        subtitle="Cross-border e-commerce sellers bet big on small parcels",
        byline="By TANG YIFAN　本报记者　唐逸帆", authors=["唐逸帆"], paras=paras,
        notes="**new:** bilingual article: the ENGLISH headline is printed above the Chinese one; the title is the "
              "Chinese headline (this is the Chinese edition), the English headline the subtitle. Byline line By NAME "
              "IN CAPITALS　本报记者 NAME: one reporter, the author (written in Chinese). The body is the English and "
              "Chinese paragraphs alternating, from the first English paragraph (first = its first 12 letters) to "
              "the last Chinese one. The founder quoted (任晓雯 / Ren Xiaowen) is not an author.")
    pg.line(a, a.subtitle, "subtitle")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["词汇　Vocabulary",
                  "cross-border e-commerce　跨境电商",
                  "small parcel　小包裹",
                  "overseas warehouse　海外仓",
                  "year-on-year　同比",
                  "customs check　海关查验"], "Vocabulary box (not an article)")
    pg.gap()
    b = Article(
        "b", "中欧班列琅州站年内开行突破1000列",
        subtitle="Langzhou freight trains to Europe top 1,000 trips this year",
        byline="文／孟寒　译／蒋知夏", authors=["孟寒", "蒋知夏"],
        notes="**new:** Chinese article translated from the English edition: the English headline printed UNDER the "
              "Chinese one is the subtitle. Byline line 文／X　译／Y: the reporter and the translator (who wrote "
              "this Chinese text) are both authors. The note after the body naming the English edition's issue is "
              "not body. The logistics manager quoted is not named.",
        paras=[
            "12月3日，一列满载汽车零部件、光伏组件和小家电的中欧班列从琅州国际陆港驶出，开往波兰马拉舍维奇。这是今年琅州站开行的第1003列中欧班列，年开行量首次突破1000列。",
            "琅州国际陆港运营公司负责人介绍，今年以来，琅州站新开通至匈牙利布达佩斯、土耳其伊斯坦布尔等4条线路，目前已形成覆盖欧洲、中亚23个国家的线路网络。返程班列则带回了欧洲的汽车、红酒和中亚的农产品，回程班列占比提高到42%。",
            "“中欧班列运输时间大约是海运的三分之一，价格是空运的五分之一左右，对时效要求较高的货物很有吸引力。”一家外贸企业的物流主管说。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.furniture(["（本文英文版刊于本报12月4日第3版）"], "note naming the English edition (not body)")
    pg.gap()
    pg.furniture(["NEWS IN BRIEF　简讯"], "column label NEWS IN BRIEF　简讯")
    briefs = [
        Article("c1", "琅州发布首批跨境数据流动便利化清单",
                subtitle="Langzhou unveils list to ease cross-border data flows", paras=[
                    "琅州市网信办12月4日发布首批跨境数据流动便利化清单，涉及跨境电商、国际物流、跨国企业内部管理等6类场景，清单内数据出境无需另行申报安全评估。",
                    Raw(ewrap("The list covers six scenarios, including cross-border e-commerce and international "
                              "logistics. Data transfers within these scenarios no longer require separate security "
                              "assessments.", 36))]),
        Article("c2", "琅溪自贸片区新设外资企业增长两成",
                subtitle="Foreign firms in Langxi free trade zone up 21%", paras=[
                    "截至11月底，琅溪自贸试验区琅州片区今年新设外商投资企业186家，同比增长21%，实际使用外资5.9亿美元。",
                    Raw(ewrap("The Langzhou area of the Langxi pilot free trade zone attracted 186 new "
                              "foreign-invested companies by the end of November, up 21 percent from a year "
                              "earlier.", 36))]),
    ]
    for art in briefs:
        art.section = "NEWS IN BRIEF　简讯"
        art.notes = ("**new:** bilingual brief item under the label NEWS IN BRIEF　简讯 (section, as printed): Chinese "
                     "headline (the title), English headline under it (the subtitle), then a Chinese paragraph and "
                     "its English version, both body. Unsigned: no byline, no authors.")
        pg.headline(art)
        pg.line(art, art.subtitle, "subtitle")
        pg.body(art)
        pg.gap()
    pg.furniture(["Editor 编辑：纪安澜　Email：business@langxiherald.example"], "footer with editor and e-mail")
    return pg


# ---------------------------------------------------------------------------
def c12() -> Page:
    """晚报 财经·消费 page of a 45-character column indented with two ASCII spaces, no blank line anywhere: lead
    headline with a U+3000 between its clauses, ——副题, 晚报记者 X　实习生 Y, bracketed caption （图为…　摄）
    between paragraphs; 昨日行情 box; article whose headline is printed after its body (no byline); run-in
    晚报讯（记者 X）; 财经微评 with □晚报评论员 X."""
    pg = Page("c12.txt", cols=45, indent="  ", blanks="never", seed=1812,
              style="晚报 财经·消费 page of a 45-character column indented with two ASCII spaces, NO blank line anywhere: header on two lines (paper + date + A12, 版名 + three editors); lead with a headline of two clauses parted by a U+3000, ——副题 and byline line 晚报记者 X　实习生 Y, a photo caption in brackets with the credit inside （图为…。晚报记者 X　摄） on a line of its own between two paragraphs; 昨日行情 box (label and two lines of index figures); unsigned article whose headline is printed AFTER its body; run-in 晚报讯（记者 X） item with a date in the headline; label 财经微评 over a comment with byline line □晚报评论员 X")
    pg.furniture(["琅州晚报　" + cn_date(2034, 2, 8) + "　A12",
                  "财经·消费　编辑：聂小帆　美编：柯一丹　校对：严冬青"], "page header")
    a = Article(
        "a", "年货市场人气旺“国潮”礼盒成新宠", head=["年货市场人气旺　“国潮”礼盒成新宠"],
        subtitle="——记者走访琅州多家商超和批发市场",
        byline="晚报记者　莫听雨　实习生　卜一凡", authors=["莫听雨", "卜一凡"],
        notes="Headline of two clauses parted by a U+3000, written without it. ——副题 is the subtitle. Byline line "
              "晚报记者 X　实习生 Y: both authors. **new:** the photo caption printed in brackets with the credit "
              "inside （图为…。晚报记者 X　摄） on a line of its own between two paragraphs is not body (the body is "
              "printed in two pieces). The supermarket manager, the stall owner and the restaurant manager quoted "
              "are not authors.",
        paras=[
            "春节临近，琅州各大商超、批发市场迎来年货采购高峰。记者近日走访发现，今年的年货市场供应充足、价格平稳，“国潮”礼盒、地方特色农产品和预制年菜成为市民采购的热门商品。",
            "在琅州市区一家大型超市，入口处的年货专区挂满了红灯笼和中国结，坚果、糕点、茶叶等礼盒堆成了小山。超市负责人介绍，今年超市年货品类比去年增加了三成，其中印有非遗图案、生肖元素的“国潮”礼盒销量同比增长近50%，“很多年轻人买来送长辈，觉得有面子、有文化”。",
            "在琅州农产品批发市场，来自雁川的腊肉、柘岭的茶叶、桐阳的米粉等地方特产摊位前人头攒动。“今年腊肉卖得特别好，每天能卖出去两三百斤。”一位摊主说，不少顾客一买就是好几斤，有的还通过快递寄给外地亲友。",
            "预制年菜也越来越受欢迎。记者在多家超市和餐饮企业门店看到，佛跳墙、梅菜扣肉、八宝饭等预制年菜礼盒价格从一两百元到上千元不等。一家本地餐饮企业负责人说，今年企业预制年菜的预订量比去年增长了六成，“加热十几分钟就能上桌，省去了年轻人在厨房忙活的时间”。",
            "市商务局相关负责人表示，春节期间，全市将开展年货节、美食节等促消费活动200余场，并发放总额3000万元的消费券，进一步激发节日消费活力。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=2)
    pg.furniture(["（图为市民在超市年货专区选购商品。晚报记者　莫听雨　摄）"],
                 "bracketed photo caption with credit between paragraphs (not body)")
    pg.body(a, start=2)
    pg.furniture(["昨日行情",
                  "上证指数　3386.52　+0.62%　　深证成指　10872.15　+0.94%",
                  "创业板指　2198.40　+1.21%　　两市成交额　9862亿元"], "昨日行情 box (not body)")
    b = Article(
        "b", "春节假期机票预订量同比增长两成",
        notes="**new:** unsigned article (no byline, no authors) whose headline is printed AFTER its body, which "
              "follows the 昨日行情 box directly; the next article's headline follows this headline.",
        paras=[
            "记者从琅州国际机场获悉，截至2月7日，春节假期琅州机场出港机票预订量约23.6万张，同比增长约20%。其中，琅州飞往三亚、昆明、哈尔滨等旅游城市的航线预订最为火爆，部分日期经济舱已接近满座。",
            "出境游方面，琅州飞往曼谷、新加坡、大阪等地的国际航线机票预订量同比增长超过五成。业内人士提醒，春节出行高峰期机票价格波动较大，有出行计划的旅客应尽早预订，并通过官方渠道购票，谨防“退改签”诈骗。",
        ])
    pg.body(b)
    pg.headline(b)
    c = Article(
        "c", "第二轮数字消费券2月10日开抢", byline="晚报讯（记者　钟可）", authors=["钟可"],
        lead="晚报讯（记者　钟可）",
        notes="Headline with a date (2月10日). Run-in 晚报讯（记者 X） excluded from first.",
        paras=[
            "记者从琅州市商务局获悉，琅州第二轮数字消费券将于2月10日上午10点开始发放，总额1000万元，分为餐饮、零售、文旅三类，设满100元减30元、满300元减80元等多种面额，市民可通过“琅州惠生活”小程序领取。",
            "消费券有效期至2月25日，过期自动作废。市商务局提醒，每人每类限领一张，不得转赠、转卖。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "年货“国潮热”背后是文化自信", section="财经微评", kind="commentary",
        byline="□晚报评论员　柯望", authors=["柯望"],
        notes="Comment under the label 财经微评 (section) with byline line □晚报评论员 X: the □ is a mark, the "
              "named 评论员 the author; commentary.",
        paras=[
            "从生肖礼盒到非遗糕点，从老字号联名到博物馆文创，今年年货市场的“国潮”元素随处可见。年轻人愿意为有文化内涵的产品买单，反映的是消费观念的变化，更是文化自信的提升。",
            "不过，“国潮”不能只停留在印个图案、换个包装。一些商家简单贴上“国潮”标签就大幅涨价，产品本身却没有多少新意，难免让消费者失望。“国潮”要持续热下去，还得在产品品质和文化创意上下真功夫。",
        ])
    pg.furniture(["财经微评"], "column label 财经微评")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    return pg


PAGES = [c09, c10, c11, c12]
