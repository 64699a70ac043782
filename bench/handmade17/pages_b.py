"""Pages b05-b08 of handmade17 (held-out set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, cn_date, wrap
from pages_a import tracked


# ---------------------------------------------------------------------------
def b05() -> Page:
    """Business magazine cover-story interview running over a page turn, with a deck, a pull quote, a
    人物简介 box and a 延伸阅读 sidebar."""
    pg = Page("b05.txt", cols=46, indent="", blanks="para", seed=1705,
              style="财经杂志 封面故事 interview, 46-character lines, no indent: running head; headline on two lines "
                    "(name：…，/ …); a deck of two lines; byline line 文｜本刊记者 X　　编辑｜Y; intro paragraph, "
                    "Q&A turns 《刊名》：／Name：, a pull quote; the magazine's page turn (folio, running head) in "
                    "mid-sentence; 人物简介 box; sidebar under 延伸阅读 with byline line 文｜实习记者 X; folio")
    pg.furniture(["封面故事 | COVER STORY"], "running head")
    pg.blank()
    a = Article(
        "a", "戚远航：储能下半场，拼安全也拼成本", head=["戚远航：储能下半场，", "拼安全也拼成本"],
        kind="interview", byline="文｜本刊记者　莫听澜", authors=["莫听澜"],
        notes="Magazine interview (Q&A), headline on two lines joined. The two-line deck under the headline is "
              "neither subtitle nor body. Byline line 文｜本刊记者 X　　编辑｜Y: the reporter is the author, the "
              "editor is not, nor the chairman interviewed (戚远航). The pull quote inside the text is left in the "
              "body. The magazine's page turn (folio 36 and running head) cuts a sentence: body in two pieces.",
        paras=[
            "在澜州高新区澜电新能源的展厅里，一套集装箱式储能系统的剖面模型吸引了不少参观者。这套系统能装下5兆瓦时的电量，足够一个三口之家用上十几年。戚远航说，五年前同样大小的集装箱，只能装下不到2兆瓦时。",
            "《华川财经》：过去两年储能电芯价格大幅下跌，行业陷入价格战。你怎么看当前的竞争态势？",
            "戚远航：价格下降有技术进步和规模效应的因素，这是好事，储能越便宜，应用场景就越多。但也要看到，现在一些企业的报价已经低于成本线，靠亏损抢订单，这是不可持续的。储能电站设计寿命是15年到20年，如果为了压价在电芯、消防、温控上偷工减料，埋下的是安全隐患，最终伤害的是整个行业。",
            "《华川财经》：澜电新能源的策略是什么？",
            "戚远航：我们不打价格战，打价值战。一方面靠技术降本，比如我们新一代储能系统把电芯容量从280安时提升到587安时，系统零部件数量减少了40%，单位成本下降了两成多；另一方面，我们把安全作为产品的第一指标，从电芯、模组到整站做了三级热失控防护，过去三年投运的项目没有发生过一起安全事故。安全是储能行业的生命线，这个底线任何时候都不能破。",
            Quote("“安全是储能行业的生命线，这个底线任何时候都不能破。”"),
            "《华川财经》：海外市场是不少储能企业的增长点，你们的布局如何？",
            "戚远航：去年我们海外收入占比达到38%，主要在欧洲、中东和澳大利亚。海外客户对产品认证、本地化服务要求很高，我们在当地建了服务团队，承诺48小时内到场。下一步，我们考虑在中东建设本地化工厂，更好地应对贸易壁垒和物流成本上升。",
            "《华川财经》：你对储能行业未来三到五年有什么判断？",
            "戚远航：储能正在从“政策驱动”转向“市场驱动”。随着电力现货市场在各地推开，储能可以通过峰谷套利、辅助服务获得合理收益，商业模式会越来越清晰。我判断，行业会经历一轮洗牌，最后留下来的是真正有技术、重安全、能服务的企业。储能的下半场，拼的不是谁更便宜，而是谁更可靠。",
        ])
    pg.headline(a)
    pg.gap()
    for ln in wrap("储能行业正在经历一轮残酷的价格战，电芯价格两年下跌超过六成。作为国内储能系统集成的头部企业之一，澜电新能源如何应对？本刊专访了公司董事长戚远航。", 46):
        pg.line(a, ln, "deck")
    pg.gap()
    pg.line(a, "文｜本刊记者　莫听澜　　编辑｜章若水", "byline")
    pg.gap()
    parts = Page.chunks(pg.render_body(a), [9])
    pg.emit(a, parts[0])
    pg.blank()
    pg.furniture(["36　华川财经　2031年第11期", "", "COVER STORY　封面故事"], "folio and running head (page turn)")
    pg.blank()
    pg.emit(a, parts[1])
    pg.blank()
    pg.furniture(["人物简介"] + wrap("戚远航　1968年生于岑阳，工学博士，高级工程师。2009年创办澜电新能源，现任公司董事长，曾获评“澜川省优秀民营企业家”。", 46),
                 "人物简介 box (not an article)")
    pg.blank()
    pg.furniture(["延伸阅读"], "sidebar label 延伸阅读")
    b = Article(
        "b", "储能电站安全新规明年施行", section="延伸阅读", byline="文｜实习记者　汤小溪", authors=["汤小溪"],
        notes="Sidebar news under the label 延伸阅读, with its own headline and byline line: an article.",
        paras=[
            "记者从有关部门获悉，新修订的《电化学储能电站安全规程》将于2032年1月1日起施行。新规对储能电站的电池选型、消防设计、运行监测和应急处置等提出了更严格的要求，明确新建储能电站应配置电池簇级的可燃气体探测和自动灭火装置。",
            "业内人士认为，新规的实施将抬高行业准入门槛，倒逼企业在安全设计上加大投入，低价低质产品的生存空间将进一步压缩。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["华川财经　2031年第11期　37"], "folio")
    return pg


# ---------------------------------------------------------------------------
def b06() -> Page:
    """City daily business page: a main story in a 24-character column, then a 9-character 财经快讯 strip
    with letter-spaced headlines and end credits."""
    pg = Page("b06.txt", cols=9, indent="", blanks="never", seed=1706,
              style="都市报 财经 page, no blank line: main story in a 24-character column indented with two ASCII "
                    "spaces (headline on two lines, byline line 首席记者 X, justified lines); then a 9-character strip "
                    "under the label 财经快讯: four items with letter-spaced headlines (one on two lines), credits "
                    "（记者 X） run in at the end, two unsigned; footer")
    pg.furniture(["岑阳都市报　" + cn_date(2031, 8, 12) + "　B03　财经"], "page header")
    a = Article(
        "a", "家电以旧换新补贴第二批资金下达", head=["家电以旧换新补贴", "第二批资金下达"],
        byline="首席记者　鲁闻溪", authors=["鲁闻溪"],
        notes="Headline on two lines (joined); byline line 首席记者 X. The store manager quoted is not an author.",
        paras=[
            "8月11日，记者从市商务局获悉，我市家电以旧换新第二批补贴资金1.2亿元已经下达，市民购买冰箱、洗衣机、空调等12类家电产品，最高可享受售价20%的补贴，单件补贴不超过2000元。",
            "据介绍，第一批补贴资金自5月下发以来，全市累计发放补贴8600万元，带动家电销售额9.3亿元，其中一级能效产品销售占比超过七成。“不少市民趁着补贴把用了十几年的老冰箱、老空调换掉了。”岑阳一家大型家电卖场负责人说，今年以来卖场销售额同比增长了30%以上。",
            "市商务局提醒，市民可通过“岑阳消费”小程序领取补贴资格，在参与活动的门店购买产品时直接抵扣。旧家电可预约上门回收，回收企业将按规定进行拆解和资源化利用。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, tracked(pg.render_body(a, cols=24, indent="  "), [2, 9], 24))
    pg.furniture(["财经快讯"], "strip label 财经快讯")
    items = [
        Article("d1", "金价再创新高", notes="Unsigned item in the 财经快讯 strip; headline letter-spaced.", paras=[
            "8月11日，国际金价再创历史新高。受此影响，我市多家金店足金饰品价格突破每克1000元，部分门店出现以旧换新热潮。"]),
        Article("d2", "岑阳银行推出新市民专属贷", head=["岑阳银行推出", "新市民专属贷"], byline="（记者　庄禾）",
                authors=["庄禾"], tail="（记者　庄禾）",
                notes="Item in the 财经快讯 strip: headline letter-spaced on two lines (joined); credit （记者 X） run in "
                      "at the end, excluded from last.",
                paras=["岑阳银行近日推出“新市民安居贷”，面向在我市稳定就业的新市民发放购房贷款，首付比例最低15%，贷款期限最长30年。"]),
        Article("d3", "车险综改满五周年", byline="（记者　鲁闻溪）", authors=["鲁闻溪"], tail="（记者　鲁闻溪）",
                notes="Item in the 财经快讯 strip; credit run in at the end, excluded from last.",
                paras=["记者从市保险行业协会获悉，车险综合改革实施五年来，我市车均保费由3512元降至2780元，87%的车主保费支出下降。"]),
        Article("d4", "夜间消费持续升温", notes="Unsigned item in the 财经快讯 strip.", paras=[
            "7月以来，我市夜间消费持续升温，重点夜市商圈日均客流量超过12万人次，同比增长21%。"]),
    ]
    for d in items:
        d.section = "财经快讯"
        pg.headline(d, spread_cols=9)
        pg.body(d)
    pg.furniture(["编辑：单凌　校对：伍竹"], "footer")
    return pg


# ---------------------------------------------------------------------------
def b07() -> Page:
    """Party daily theory page, no blank lines: long signed article with numbered crossheads and an author
    note, a 学习札记, a book review with ——副题."""
    pg = Page("b07.txt", cols=34, indent=FW * 2, blanks="never", seed=1707,
              style="党报 理论 page without any blank line: signed theory article (letter-spaced headline, byline "
                    "line □X, crossheads 一、二、三、, justified lines, （作者系…） line after it); label 学习札记 over "
                    "a short piece with byline line ■　X and （作者单位：…） line; label 理论书架 over a book review "
                    "with ——副题 and the reviewer's name right-aligned after the text; footer with editors and e-mail")
    pg.furniture(["澜川日报　" + cn_date(2031, 6, 23) + "　理论周刊　11"], "page header")
    a = Article(
        "a", "以新质生产力引领县域经济高质量发展", kind="commentary", byline="□霍文渊", authors=["霍文渊"],
        notes="Signed theory article (commentary): headline letter-spaced with U+3000, byline line □X, numbered "
              "crossheads inside the body; the （作者系…） line after the body is not body.",
        paras=[
            "县域是国民经济的基本单元，也是推动城乡融合发展的关键支撑。发展新质生产力，不只是大城市、大企业的事，县域同样大有可为。立足资源禀赋和产业基础，因地制宜发展新质生产力，是县域经济实现高质量发展的必由之路。",
            Cross("一、准确把握县域发展新质生产力的现实基础"),
            "经过多年发展，县域经济总量持续扩大，产业基础日益坚实。以澜川为例，全省县域地区生产总值占全省比重超过四成，培育形成了装备制造、食品加工、纺织服装等一批特色产业集群，其中产值超百亿元的县域产业集群达到28个。这些产业集群是县域发展新质生产力的重要载体。",
            "同时也要看到，县域发展新质生产力还面临不少制约：创新资源相对匮乏，高端人才引不来、留不住；产业多处于价值链中低端，数字化、智能化水平不高；要素保障能力偏弱，金融、数据等新型要素供给不足。破解这些难题，需要找准着力点，走出一条符合县域实际的路子。",
            Cross("二、以科技创新推动县域产业转型升级"),
            "县域发展新质生产力，关键在于用新技术改造提升传统产业。要推动特色产业集群开展智能化改造、数字化转型，支持龙头企业建设工业互联网平台，带动上下游中小企业“上云用数赋智”。要积极对接高校和科研院所，建设一批“科创飞地”和中试基地，让大城市的创新成果在县域转化落地。",
            "也要看到，县域不能盲目追逐热门赛道。发展新兴产业要坚持有所为、有所不为，立足本地产业链条延链补链，避免一哄而上、同质化竞争。",
            Cross("三、以改革创新激发县域发展活力"),
            "新质生产力需要与之相适应的新型生产关系。要深化县域营商环境改革，推进“高效办成一件事”，降低企业制度性交易成本；要创新人才引育机制，通过“周末工程师”“候鸟专家”等柔性方式引才聚智；要完善县域科技金融服务体系，引导金融机构加大对科技型中小企业的信贷支持。",
            "县域兴则国家兴。只要坚持因地制宜、分类施策，把创新的种子播撒在县域大地上，新质生产力就一定能在县域生根开花，为高质量发展注入强劲动力。",
        ])
    pg.headline(a, sep=FW)
    pg.line(a, a.byline, "byline")
    pg.emit(a, tracked(pg.render_body(a), [2, 7, 13], 34))
    pg.furniture(["（作者系澜川省社会科学院经济研究所研究员）"], "author note (not body)")
    pg.furniture(["学习札记"], "column label 学习札记")
    b = Article(
        "b", "算好“长远账”", section="学习札记", kind="commentary", byline="■　屠照", authors=["屠照"],
        notes="Short signed piece under 学习札记 (commentary): byline line ■　X; the （作者单位：…） line after it is "
              "not body.",
        paras=[
            "有的地方抓发展，热衷于“短平快”项目，看重当年能出多少产值、多少税收，对需要长期投入的基础研究、人才培养、生态保护则兴趣不大。这种只算眼前账、不算长远账的做法，看似见效快，实则透支未来。",
            "算长远账，就要树立正确政绩观，既要做让群众看得见、摸得着的实事，也要做打基础、利长远的好事，不求一时之功，但求久久为功。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["（作者单位：中共梧江市委党校）"], "author's unit (not body)")
    pg.furniture(["理论书架"], "column label 理论书架")
    c = Article(
        "c", "读懂县域，读懂中国", subtitle="——评《县域经济十二讲》", section="理论书架", kind="commentary",
        byline="晏秋", authors=["晏秋"],
        notes="Book review under 理论书架 (commentary), ——副题; the reviewer's name alone, right-aligned on a line "
              "after the text, is the byline. The book's author (邵望之) is not an author of the review.",
        paras=[
            "由澜川大学教授邵望之撰写的《县域经济十二讲》近日出版。全书从县域的历史沿革讲起，围绕产业发展、城乡融合、县域财政、公共服务等十二个专题，系统梳理了改革开放以来我国县域经济发展的实践经验。",
            "与一般的学术著作不同，这本书用了大量调研案例和一手数据，语言平实，深入浅出。作者走访了17个省份的60多个县，书中既有对成功经验的总结，也有对“县域债务”“产业空心化”等问题的冷静反思，对于基层干部和关心县域发展的读者都有参考价值。",
        ])
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.body(c)
    pg.line(c, FW * 30 + c.byline, "byline")
    pg.furniture(["本版主编：向晚晴　责任编辑：祁山　电子邮箱：lilun@lcrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def b08() -> Page:
    """Commercial paper consumer page where two headlines are printed after their bodies, a photo caption
    cuts a sentence, a photo brief and a store advert."""
    pg = Page("b08.txt", cols=26, indent="", blanks="some", seed=1708, p_para=0.3, p_gap=0.8,
              style="商报 消费·市场 page, no indent: first story's text (run-in 本报讯（记者 X）) printed BEFORE its "
                    "引题 and headline; second story in order (headline with “…”, byline line 本报记者 X　文/图, a "
                    "▲ caption between two halves of a sentence); third story's text printed before its headline and "
                    "its byline line 记者　X; photo with headline and credit line (brief); store advert; footer")
    pg.furniture(["汐口商报　" + cn_date(2031, 8, 13), "A7　消费·市场"], "page header")
    pg.blank()
    a = Article(
        "a", "夜间文旅消费“热力”持续攀升", subtitle="暑期消费观察", byline="本报讯（记者　闵小鹿）",
        authors=["闵小鹿"], lead="本报讯（记者　闵小鹿）",
        notes="Text printed BEFORE its 引题 and headline (title_line after the body); the 引题 暑期消费观察 is the "
              "subtitle. Run-in 本报讯（记者 X） excluded from first. The tourist quoted is not an author.",
        paras=[
            "7月以来，我市夜间文旅消费持续升温。记者从市文化和旅游局获悉，7月全市重点夜间消费集聚区累计接待游客486万人次，同比增长18.5%；实现消费额23.7亿元，增长16.2%。",
            "在汐口老街，傍晚时分游人如织，非遗手作、特色小吃、街头演艺吸引不少年轻人驻足。“白天太热，晚上出来逛逛正合适。”来自邻市的游客童欣然说，她和朋友专门在老街附近订了民宿，打算连玩三个晚上。",
            "为激发夜间消费活力，我市今年推出“夜汐口”系列活动，延长景区、博物馆开放时间，开通夜游公交专线，并发放文旅消费券1500万元。",
        ])
    pg.body(a)
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    b = Article(
        "b", "社区团购从“拼低价”转向“拼品质”", byline="本报记者　邓半夏　文/图", authors=["邓半夏"],
        notes="Byline line 本报记者 X　文/图 (the reporter also took the photo). The ▲ caption of the photo, "
              "printed between two halves of a sentence, is not body.",
        paras=[
            "早上8点，家住汐口区滨江花园的吴女士打开手机，下单了当天的蔬菜和水果，下午下班回家路过小区门口的自提点，顺手就把菜拎回了家。“价格跟菜市场差不多，品质还更稳定。”吴女士说。",
            "社区团购曾经以“一分钱买菜”的补贴大战吸引眼球，如今，这一业态正在回归理性。记者走访发现，我市多家社区团购平台已不再比拼低价，而是在产地直采、冷链配送和售后服务上下功夫。某平台汐口区负责人介绍，平台与周边32个蔬菜基地签订了直采协议，蔬菜从采摘到送达自提点不超过12小时，损耗率从过去的15%降到5%以下。",
            "业内人士表示，社区团购要实现可持续发展，关键在于提升供应链效率，为消费者提供真正物美价廉的商品和服务。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    parts = Page.chunks(pg.render_body(b), [6])
    pg.emit(b, parts[0])
    pg.furniture(["▲市民在汐口区一家社区团购自提点取货。"], "photo caption inside the story (not body)")
    pg.emit(b, parts[1])
    pg.gap()
    c = Article(
        "c", "上半年二手车交易量增长两成", byline="记者　冯知秋", authors=["冯知秋"],
        notes="Text printed BEFORE its headline, and the byline line 记者 X after the headline (headline block "
              "read after the text).",
        paras=[
            "记者从市二手车交易市场了解到，今年上半年，我市二手车交易量达到4.3万辆，同比增长21.6%，交易额约31亿元。其中，新能源二手车交易量增长超过一倍，占比提高到14%。",
            "二手车交易活跃，得益于限迁政策全面取消和交易登记便利化改革。目前，我市二手车交易实现“一站式”办理，过户手续最快半小时即可完成。",
        ])
    pg.body(c)
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    p = Article(
        "p", "本地葡萄集中上市", kind="brief", byline="本报记者　龙一舟　摄", authors=["龙一舟"],
        notes="Photo news (brief): headline, caption, credit line X 摄 (the photographer is the author).",
        paras=["8月10日，市民在汐口区一家水果超市选购葡萄。近期，本地葡萄集中上市，价格比上月下降约三成。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["汐口百货　夏日狂欢季",
                  "8月15日—8月25日　全场满300元减60元",
                  "会员积分翻倍　指定品牌低至五折",
                  "地址：汐口区中山路128号　电话：0×××-6××××××"], "store advert")
    pg.blank()
    pg.furniture(["责编：殷小满　美编：霍然"], "footer")
    return pg


PAGES = [b05, b06, b07, b08]
