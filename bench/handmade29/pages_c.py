"""Pages y09-y12 of handmade29 (development set: special issues and supplements of business papers; all papers,
names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, cn_date, wrap


# ---------------------------------------------------------------------------
def y09() -> Page:
    """年度人物 special, 对话 page: interview of 记者：／NAME： paragraphs whose body is cut in TWO pieces by a
    个人简介 box set into it, with a pull quote; photo caption credited 受访者供图; photo news (brief) with the
    credit line 本报记者 X／摄 after it; label 企业形象 over an unsigned advertorial."""
    pg = Page("y09.txt", cols=28, indent=FW, blanks="arts", seed=2909,
              style="年度人物 special of a financial daily, 对话 page, ONE U+3000 indent, blank lines only between articles and blocks: header on three lines; label 对话年度人物 over an interview (headline NAME：…, byline line 本报记者 X, intro, 记者：／NAME： paragraphs, a pull quote) whose body is cut in TWO pieces by a 个人简介 box set into it between two answers; photo caption credited 受访者供图 after it; photo news (brief): headline, caption text, credit line 本报记者 X／摄 after it; label 企业形象 over an UNSIGNED advertorial; footer")
    pg.furniture(["启衡财经报　年度人物特刊",
                  "第3版　对话",
                  cn_date(2035, 12, 20)], "page header")
    pg.blank()
    a = Article(
        "a", "林叙白：大模型落地要肯下“笨功夫”", section="对话年度人物", kind="interview",
        byline="本报记者　严启明", authors=["严启明"],
        notes="Interview under the label 对话年度人物 (section), byline line 本报记者 X, intro then 记者：／林叙白： "
              "paragraphs; the pull quote inside is body. **new:** the 个人简介 box of the interviewee set into the "
              "interview between two answers is not body and cuts the body in two pieces. The photo caption "
              "(受访者供图) is not body. The interviewee is not an author.",
        paras=[
            "今年，云岫科技的工业大模型在全国400多家工厂落地，覆盖质检、排产和设备运维等场景。这家成立仅六年的企业，凭什么让一向保守的制造业客户买单？记者专访了云岫科技创始人、首席执行官林叙白。",
            "记者：很多AI公司都在做大模型，云岫为什么选择工业这块“难啃的骨头”？",
            "林叙白：恰恰因为难，才有价值。消费互联网的数据唾手可得，竞争也最激烈；工业场景的数据分散在一台台设备里，需要一家家工厂去谈、去采。这个门槛挡住了很多人，也成了我们的护城河。",
            "记者：落地过程中最难的是什么？",
            "林叙白：是让一线工人愿意用。我们的第一个客户是一家汽车零部件厂，模型的识别准确率在实验室里有99%，到了车间只有八十几。后来我们的工程师在车间里住了两个月，一个工位一个工位地调，才把准确率提上来。",
            "记者：这就是你说的“笨功夫”？",
            "林叙白：对。大模型落地没有捷径，算法只占三成，剩下七成是对行业的理解和一点一点的工程打磨。",
            Quote("“算法只占三成，剩下七成是对行业的理解。”"),
            "记者：明年云岫有什么计划？",
            "林叙白：我们会推出面向中小工厂的轻量化版本，把部署成本降到原来的五分之一，让一家几十人的小厂也能用得起AI。",
        ])
    pg.furniture(["对话年度人物"], "column label 对话年度人物")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=5)
    pg.furniture(["个人简介"] + wrap("林叙白　1987年生，泷水人，毕业于九州大学计算机系，曾任一家互联网公司人工智能实验室负责人。2029年创办云岫科技，现任公司董事长兼首席执行官。", 28),
                 "个人简介 box set into the interview (not body)")
    pg.body(a, start=5)
    pg.furniture(["林叙白在云岫科技展厅介绍工业质检系统。　受访者供图"], "photo caption with credit (not body)")
    pg.blank()
    p = Article(
        "p", "“数字工匠”进车间", kind="brief",
        byline="本报记者　严启明／摄", authors=["严启明"],
        notes="Photo news (brief): headline, caption text, credit line 本报记者 X／摄 after it (the byline); the "
              "photographer is the author of the photo news (as g12 of handmade22).",
        paras=[
            "12月10日，在泷水经开区一家精密制造企业，技术人员调试视觉质检设备。目前，该区已有63家企业应用工业大模型开展质量检测，检测效率比人工提高约4倍。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    c = Article(
        "c", "金域数链：让每一笔交易都可信", section="企业形象",
        notes="**new:** UNSIGNED advertorial under the label 企业形象 (section): an article with no byline and no "
              "authors.",
        paras=[
            "金域数链是国内领先的供应链数字化服务商，总部位于泷水。公司依托区块链和隐私计算技术，为制造、物流、金融等行业客户提供供应链协同、数字票据和可信数据流通服务。",
            "目前，金域数链平台已连接核心企业1100余家、上下游中小企业8.6万家，累计帮助中小企业获得融资超过2400亿元。未来，金域数链将继续以技术创新为驱动，助力产业链供应链数字化转型。",
        ])
    pg.furniture(["企业形象"], "column label 企业形象")
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：贺清扬　　美编：夏一苇　　校对：温禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y10() -> Page:
    """年度人物 page extracted with a blank line after EVERY line: letter-spaced label; three profiles (headline
    spread over two lines with U+3000 and broken in mid-phrase; headline on two given lines; one-line headline),
    none with its own byline: a credit line at the foot says 本版文章均由本报记者 X 采写; photo caption."""
    pg = Page("y10.txt", cols=18, indent=FW * 2, blanks="every", seed=2910,
              style="年度人物 page of a financial daily's special extracted with a blank line after EVERY line, 18 characters, two U+3000 indent: header on two lines; label letter-spaced (年　度　人　物); three profiles without bylines of their own: headline spread over two lines letter-spaced with U+3000 and broken in mid-phrase (…把冷链 / 铺到田间地头), headline on two lines broken after the colon, one-line headline; photo caption credited 受访者供图 after the first; a credit line at the foot 本版文章均由本报记者 X　采写 (the byline of all three); footer")
    pg.furniture(["第4版　年度人物", "启衡财经报　" + cn_date(2035, 12, 20)], "page header")
    pg.furniture(["年　度　人　物"], "column label 年度人物 (letter-spaced)")
    credit = "本版文章均由本报记者　宁采薇　采写"
    note = ("**new:** no byline under the headline; the credit line at the foot of the page (本版文章均由本报记者 X　采写) "
            "names the writer of every article on the page: it is the byline of each, and the reporter is the "
            "author of each. Label 年度人物 is the section. The person profiled is not an author.")
    a = Article(
        "a", "许知澜：把冷链铺到田间地头", section="年度人物", byline=credit, authors=["宁采薇"],
        notes="Headline letter-spaced with U+3000 across the column, on two lines broken in mid-phrase, joined "
              "unspaced. The photo caption after the body is not body. " + note,
        paras=[
            "许知澜是青禾食品的创始人。十五年前，她在老家青岚县收购水果时发现，因为缺少冷库，每年有近三成的桃子烂在地里。",
            "从那以后，她把大部分利润投向了冷链。如今，青禾食品在全国建成产地冷库186座，带动23万户农户增收，旗下生鲜品牌年销售额突破40亿元。",
            "“农产品卖不上价，很多时候不是产品不好，是路没修通。”许知澜说，明年她要把冷库再往村里延伸一步。",
        ])
    pg.headline(a, spread_cols=18)
    pg.body(a)
    pg.furniture(wrap("许知澜在青岚县产地冷库查看桃子品质。　受访者供图", 18), "photo caption with credit (not body)")
    b = Article(
        "b", "郑砚：给老厂装上“数字大脑”", head=["郑砚：给老厂装上", "“数字大脑”"], section="年度人物",
        byline=credit, authors=["宁采薇"],
        notes="Headline on two lines broken after a phrase, joined. " + note,
        paras=[
            "接手父亲创办的北辰重工时，郑砚只有32岁。这家生产矿山机械的老厂，当时设备老化、订单下滑，连续两年亏损。",
            "郑砚没有急着扩产，而是先花三年时间给工厂做数字化改造。如今，北辰重工的产品交付周期从90天缩短到45天，设备远程运维服务收入占比提高到25%，企业重新回到了行业第一梯队。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "何穗：让县域小店接上大市场", section="年度人物", byline=credit, authors=["宁采薇"],
        notes="One-line headline. " + note,
        paras=[
            "何穗创办的“穗来供”平台，连接着全国2100多个县城的9万多家夫妻店。店主在手机上下单，第二天就能收到货，进货价比过去平均低了8%。",
            "“县城小店是中国商业的毛细血管。”何穗说，平台的目标是帮这些小店活下去、活得好。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(a, credit, "byline")  # the byline of a, b and c alike (gold: each article's byline)
    pg.furniture(["编辑：贺清扬　　美编：夏一苇"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y11() -> Page:
    """金融 special section page of advertorials and news: label 企业形象 over an advertorial with a two-line headline
    signed （X供稿） at the end; news with byline line 本报记者 X; run-in 本报讯 item; label 企业形象 over an unsigned
    advertorial; a display ADVERTISEMENT; column breaks."""
    pg = Page("y11.txt", cols=32, indent=FW * 2, blanks="para", colbreak=16, seed=2911,
              style="金融服务实体经济 special section of a financial daily, two U+3000 indent, blank lines between paragraphs plus column breaks (a blank line every 16 body lines, also inside paragraphs): header on two lines; label 企业形象 over an advertorial whose headline is on two lines (broken at a phrase) and which is signed （鹭洲银行供稿） run in at the end; news with byline line 本报记者 X; run-in 本报讯（记者 X） item; label 企业形象 over an UNSIGNED advertorial; bank's display ADVERTISEMENT (广告 mark, bank, product, terms, hotline); footer")
    pg.furniture(["启衡财经报　金融服务实体经济专刊",
                  "第7版　" + cn_date(2035, 12, 20)], "page header")
    pg.blank()
    a = Article(
        "a", "鹭洲银行：“链”上赋能让小微企业融资更“快”",
        head=["鹭洲银行：“链”上赋能", "让小微企业融资更“快”"], section="企业形象",
        byline="（鹭洲银行供稿）", tail="（鹭洲银行供稿）",
        notes="Advertorial under the label 企业形象 (section): headline on two lines, joined; the firm's credit "
              "（鹭洲银行供稿） run in at the end is the byline, excluded from last; no authors (a firm). The "
              "customer quoted is not an author. Column breaks inside paragraphs.",
        paras=[
            "“以前贷款要跑好几趟银行，现在在手机上点一点，30万元当天就到账了。”鹤汀一家汽车零部件企业的负责人说。这家企业是鹭洲银行“链e贷”产品的受益者之一。",
            "近年来，鹭洲银行深入推进供应链金融数字化转型，依托核心企业的订单、发票和物流数据，为链上小微企业提供线上化、纯信用的融资服务。截至11月末，“链e贷”已服务核心企业320家，覆盖上下游小微企业1.9万户，累计投放贷款680亿元，户均贷款不足40万元。",
            "与此同时，鹭洲银行持续加大对科技型企业、专精特新企业的支持力度，推出“科创积分贷”“知识产权质押贷”等特色产品。截至11月末，该行科技型企业贷款余额达到856亿元，较年初增长27%。",
            "鹭洲银行相关负责人表示，将始终坚守服务实体经济的初心，以数字化手段破解小微企业融资难题，做有温度的金融。",
        ])
    pg.furniture(["企业形象"], "column label 企业形象")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "前11个月普惠小微贷款余额同比增长19%",
        byline="本报记者　龚越", authors=["龚越"],
        notes="News between the advertorials; byline line 本报记者 X.",
        paras=[
            "记者从金融监管部门获悉，截至11月末，全国普惠型小微企业贷款余额达到41.6万亿元，同比增长19.2%，比各项贷款增速高10.4个百分点；前11个月新发放普惠型小微企业贷款平均利率为3.62%，比上年下降0.31个百分点。",
            "业内人士表示，随着银行业数字化风控能力提升，信用贷款、首贷在普惠小微贷款中的占比持续提高。今年前11个月，全国新增首贷户超过210万户。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    d = Article(
        "d", "澄州首单知识产权证券化产品发行",
        byline="本报讯（记者　龚越）", authors=["龚越"], lead="本报讯（记者　龚越）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "日前，澄州首单知识产权证券化产品在证券交易所成功发行，发行规模5.2亿元，期限3年，票面利率2.68%。该产品以澄州28家科技型中小企业的156件发明专利许可费为基础资产，平均每家企业获得融资约1850万元。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    c = Article(
        "c", "澄州保险：为“专精特新”企业撑起保护伞", section="企业形象",
        notes="UNSIGNED advertorial under the label 企业形象 (section): no byline, no authors.",
        paras=[
            "作为扎根澄州的地方法人保险机构，澄州保险近年来聚焦科技型中小企业的风险保障需求，创新推出研发费用损失保险、首台（套）重大技术装备保险和关键研发设备保险等产品。",
            "今年以来，澄州保险已为全省1100余家“专精特新”企业提供风险保障超过420亿元，累计赔付1.3亿元，帮助企业放心投入研发、大胆开拓市场。",
        ])
    pg.furniture(["企业形象"], "column label 企业形象")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["广告",
                  "鹤汀农商银行",
                  "“春耕贷”上线啦",
                  "随借随还　按日计息",
                  "年化利率低至3.2%",
                  "服务热线：96288"], "display advertisement of a bank (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：顾望舒　　美编：秦小雨"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y12() -> Page:
    """城市 special, continuation page: the A9 report's headline repeated over a jump line （上接A9版）, its body
    starting in mid-sentence, a crosshead; interview of 记者：／NAME：; label 城市名片 over a piece signed （X） with
    a photo caption; run-in 本报讯（记者 X　实习生 Y） item."""
    pg = Page("y12.txt", cols=20, indent=FW, blanks="para", seed=2912,
              style="城市 special section, continuation page (城市专刊·泷水篇 A10), ONE U+3000 indent, blank lines between paragraphs and blocks: header on three lines; the A9 report's headline repeated over a jump line （上接A9版）, its body starting in mid-sentence, a ■ crosshead, no byline; interview of 记者：／NAME： paragraphs (headline NAME：…, byline line 本报记者 X); label 城市名片 over a piece signed （X） run in at the end, photo caption with credit 本报记者 X／摄 after it; run-in 本报讯（记者 X　实习生 Y） item; footer")
    pg.furniture(["东岳商报　城市专刊",
                  "泷水篇　A10",
                  cn_date(2035, 11, 20)], "page header")
    pg.blank()
    a = Article(
        "a", "泷水：老工业城市的“新”答卷",
        notes="**new:** continuation of the A9 report (page y04): the headline is repeated over the jump line "
              "（上接A9版）, which is not body; the body starts in mid-sentence. The byline is not repeated on this "
              "page: no byline, no authors (as printed). The ■ crosshead is body. The shop owner quoted (安小满) is "
              "not an author.",
        paras=[
            "加快培育低空经济、工业软件等新兴产业，力争到2038年全市高技术制造业增加值占比达到30%。",
            Cross("■一座城的“双向奔赴”"),
            "转型不只发生在工厂里。在泷水老城，昔日的纺织厂仓库被改造成文创街区，年轻人在这里开起了咖啡馆、独立书店和手作工坊。今年以来，街区接待游客超过260万人次。",
            "“以前大家都想离开泷水，现在回来的年轻人越来越多了。”在街区经营咖啡馆的店主安小满说。数据显示，泷水常住人口已连续两年保持增长，35岁以下的返乡创业者超过4000人。",
            "一座老工业城市的新答卷，写在厂房里，也写在街巷间。",
        ])
    pg.headline(a)
    pg.furniture(["（上接A9版）"], "jump line (not body)")
    # the continued sentence starts flush left, the later paragraphs are indented
    pg.emit(a, pg.render_body(a, indent="", end=1) + [("gap",)] + pg.render_body(a, start=1))
    pg.gap()
    b = Article(
        "b", "柳青禾：让企业“拎包入驻”", kind="interview",
        byline="本报记者　温可岚", authors=["温可岚"],
        notes="Short interview of 记者：／NAME： paragraphs only (no intro); byline line 本报记者 X. The official "
              "interviewed (柳青禾, head of the development zone) is not an author.",
        paras=[
            "记者：泷水经开区这几年招商引资的“秘诀”是什么？",
            "柳青禾：没有什么秘诀，就是把企业的事当成自己的事。我们建了120万平方米的标准厂房，企业签约后最快一个月就能投产，真正做到“拎包入驻”。",
            "记者：下一步园区的发展重点是什么？",
            "柳青禾：一是延链，围绕特钢新材料再引进一批高端零部件项目；二是强链，支持龙头企业建设研发中心；三是优环境，把服务做到企业的生产线旁边。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "泷水老街：烟火气里的新消费", section="城市名片",
        byline="（温可岚）", authors=["温可岚"], tail="（温可岚）",
        notes="Piece under the label 城市名片 (section), signed （X） run in at the end (excluded from last). The photo "
              "caption after it (本报记者 蒲望／摄) is not body and the photographer is not an author.",
        paras=[
            "入夜的泷水老街灯火通明。青石板路两侧，老字号小吃店和新开的潮流店铺比邻而居，不少游客举着手机边走边拍。",
            "老街运营方介绍，今年老街引入首店和特色品牌56家，夜间客流占全天的一半以上。国庆假期，老街日均客流突破8万人次，带动周边餐饮、住宿收入同比增长近三成。",
        ])
    pg.furniture(["城市名片"], "column label 城市名片")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.furniture(wrap("泷水老街夜景。　本报记者　蒲望／摄", 20), "photo caption with credit (not body)")
    pg.gap()
    d = Article(
        "d", "泷水发布低空经济三年行动方案",
        byline="本报讯（记者　温可岚　实习生　安屿）", authors=["温可岚", "安屿"],
        lead="本报讯（记者　温可岚　实习生　安屿）",
        notes="Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are authors.",
        paras=[
            "泷水市日前发布低空经济发展三年行动方案，提出到2038年建成通用机场2个、无人机起降点300个，培育低空经济企业100家以上，低空经济产业规模突破200亿元。方案还明确，将率先开放低空物流、应急救援等应用场景。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：冯晚舟　　美编：殷小叶"], "footer")
    return pg


PAGES = [y09, y10, y11, y12]
