"""Pages v05-v08 of handmade11 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def v05() -> Page:
    """一周要闻 digest: ■ run-in titles, then 快讯 items with headlines on their own line."""
    pg = Page("v05.txt", cols=20, indent="", blanks="para", seed=1105,
              style="一周经济要闻 digest page: label line with the week's dates, five items with ■ run-in titles followed by a U+3000 on the first body line (one credit （据X） run in at the end), label 快讯 over three items whose headlines stand on their own line (one signed （X） at the end); no indent")
    pg.furniture(["澜江商报　一周经济　A3", cn_date(2030, 5, 13)], "page header")
    pg.blank()
    pg.furniture(["一周要闻（5月6日—5月12日）"], "column label 一周要闻 with the week's dates")
    pg.blank()
    week = [
        Article("w1", "全省外贸进出口同比增长8.3%", lead="■全省外贸进出口同比增长8.3%　", paras=[
            "据青屿海关统计，今年前4个月，全省货物贸易进出口总值2416亿元，同比增长8.3%。其中出口1532亿元，增长10.1%；进口884亿元，增长5.4%。机电产品出口占出口总值的六成以上，对东盟进出口增长14.7%。"]),
        Article("w2", "澜江至柘川城际铁路开工", lead="■澜江至柘川城际铁路开工　", paras=[
            "5月8日，澜江至柘川城际铁路全线开工建设。线路全长96公里，设计时速200公里，设车站9座，总投资约185亿元，计划2034年建成通车。建成后，两地间最快通行时间将由目前的1个半小时缩短至35分钟。"]),
        Article("w3", "首批“免申即享”惠企政策上线", lead="■首批“免申即享”惠企政策上线　", paras=[
            "省政务服务平台5月7日上线首批“免申即享”惠企政策23项，涉及稳岗补贴、研发费用奖补、小微企业社保补贴等。符合条件的企业无需提交申请，系统通过数据比对自动识别并直接兑付资金。"]),
        Article("w4", "一季度全省新增经营主体12.6万户", lead="■一季度全省新增经营主体12.6万户　", paras=[
            "省市场监管局发布数据，一季度全省新设立各类经营主体12.6万户，同比增长9.7%，其中企业3.9万户、个体工商户8.6万户。截至3月底，全省实有经营主体总量突破620万户。"]),
        Article("w5", "澜江港开通至中东集装箱直航航线", lead="■澜江港开通至中东集装箱直航航线　",
                tail="（据澜江发布）", byline="（据澜江发布）",
                notes="Run-in ■ title on the first body line (title_line = body_start); source credit （据X） run in "
                      "at the end, excluded from last (byline, no person).",
                paras=[
                    "5月10日，澜江港首条至中东地区的集装箱直航航线开通，每周一班，投入4艘8000标箱级集装箱船舶，挂靠迪拜、达曼等港口，单程航行时间约18天，比中转运输缩短一周左右。"]),
    ]
    for art in week:
        art.section = "一周要闻"
        if not art.notes:
            art.notes = "Run-in ■ title followed by U+3000 on the first body line (title_line = body_start); unsigned."
        pg.body(art, head_role=True)
        pg.gap()
    pg.furniture(["快讯"], "column label 快讯")
    pg.blank()
    flash = [
        Article("f1", "全省农商银行涉农贷款余额破万亿元", paras=[
            "截至4月末，全省农商银行系统涉农贷款余额达到10126亿元，较年初增加683亿元，增速高于各项贷款平均增速2.1个百分点。其中，普惠型涉农贷款余额3280亿元，同比增长15.6%。"]),
        Article("f2", "全省首个零碳产业园通过评估", byline="（柳青）", authors=["柳青"], tail="（柳青）",
                notes="Headline on its own line under the label 快讯; signature （X） run in at the end, excluded from last.",
                paras=[
                    "位于白沙湾新区的零碳产业园日前通过第三方机构评估，成为全省首个获得零碳认证的产业园区。园区通过屋顶光伏、储能电站、绿电交易和碳汇抵消等方式，实现了年度运营碳排放净零。"]),
        Article("f3", "五一假期全省接待游客3860万人次", paras=[
            "据省文化和旅游厅测算，五一假期全省共接待国内游客3860万人次，同比增长7.6%；实现国内旅游收入312亿元，同比增长9.2%。乡村游、研学游和演艺类产品预订量增长明显。"]),
    ]
    for art in flash:
        art.section = "快讯"
        if not art.notes:
            art.notes = "Headline on its own line under the label 快讯; unsigned."
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["（本版据本报综合）　责编：汤可欣"], "credit and editor line")
    return pg


# ---------------------------------------------------------------------------
def v06() -> Page:
    """消费 page: headlines printed after their bodies for some articles, before for others; no datelines."""
    pg = Page("v06.txt", cols=34, indent="  ", blanks="some", seed=1106, p_para=0.25, p_gap=0.6,
              style="消费周刊 page of five articles, no run-in datelines: headlines before the body (1st, 3rd, 5th) and AFTER it (2nd, 4th) in extraction order; byline lines 本报记者 X before the body (also for an article whose headline follows its body), signatures （记者 X） and （记者 X　实习生 Y） run in at the end")
    pg.furniture(["澜江晨报　消费周刊　B2", cn_date(2030, 5, 20)], "page header")
    pg.blank()
    a = Article(
        "a", "以旧换新带火家电卖场", byline="本报记者　杭予安", authors=["杭予安"],
        notes="Headline before the body, byline line under it; no dateline.",
        paras=[
            "周末的澜江嘉和家电城人头攒动，不少市民拿着手机上的补贴资格码前来选购。市民周女士看中了一台一级能效的冰箱，标价5999元，叠加以旧换新补贴和商家优惠后，实际只花了4700多元。“旧冰箱还有人上门免费拉走，挺划算。”",
            "记者了解到，今年澜江市家电以旧换新补贴范围扩大到12类产品，一级能效产品最高可按售价的20%给予补贴，单件补贴上限2000元。活动开展两个月来，全市参与企业达到460家，累计带动家电销售额9.3亿元，同比增长37%。",
            "商家也在想办法“接住”这波需求。嘉和家电城总经理罗振宇说，商场专门开辟了以旧换新专区，和回收企业合作提供“送新拉旧”一站式服务，“4月份空调、洗衣机的销量都比去年同期翻了一番”。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "社区团购“次日达”变“小时达”", byline="本报记者　温若初", authors=["温若初"],
        notes="Byline line 本报记者 X printed before the body, the headline AFTER the body (title_line after body_end).",
        paras=[
            "早上八点在手机上下单，十点前蔬菜就送到家门口——在澜江市望海区，越来越多的社区居民习惯了这样的买菜方式。",
            "过去，社区团购大多采取“今日下单、次日自提”的模式。今年以来，多家平台在城区布局前置仓，把配送时效压缩到一小时以内。以本地平台“邻鲜到家”为例，该平台在中心城区设立了48个前置仓，每个仓覆盖周边3公里范围，目前日均订单超过6万单。",
            "业内人士表示，“小时达”提高了消费体验，但前置仓的租金和人工成本不低，平台需要在规模和成本之间找到平衡。部分平台已开始与社区便利店合作，利用门店空间作为“店仓”，降低运营成本。",
        ])
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.headline(b)
    pg.gap()
    c = Article(
        "c", "预付卡消费投诉同比下降28%", byline="（记者　苗一禾）", authors=["苗一禾"], tail="（记者　苗一禾）",
        notes="Headline before the body; signature （记者 X） run in at the end of the last paragraph, excluded from last.",
        paras=[
            "记者从澜江市消费者权益保护委员会获悉，今年一季度，全市受理预付卡消费投诉1362件，同比下降28%。投诉主要集中在美容美发、健身、教育培训等行业，涉及商家关门停业、拒不退款、擅自变更服务内容等问题。",
            "去年以来，澜江市推行预付卡资金存管制度，要求经营者将预收资金的一定比例存入监管账户，并在平台上公示经营状况。市消保委提醒，消费者办理预付卡时尽量选择纳入监管的商家，单次充值金额不宜过大，并保存好合同和付款凭证。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "夜经济带动餐饮消费回暖", byline="（记者　杭予安　实习生　万桐）", authors=["杭予安", "万桐"],
        tail="（记者　杭予安　实习生　万桐）",
        notes="Headline printed AFTER the body; signature （记者 X　实习生 Y） run in at the end, excluded from last; "
              "the 实习生 is an author.",
        paras=[
            "随着气温升高，澜江市各大夜市和餐饮街区的客流明显增加。在滨江美食街，不少餐馆把桌椅摆到了户外，晚上九点以后依然座无虚席。",
            "市商务局数据显示，4月全市餐饮收入同比增长11.4%，其中晚上6点至次日凌晨的消费额占全天的比重达到56%。为延续夜间消费热度，全市今年将新培育10个夜间消费集聚区，推动地铁和公交延长夜间运营时间。",
        ])
    pg.body(d)
    pg.headline(d)
    pg.gap()
    e = Article(
        "e", "二手车交易量连续三个月增长", byline="本报记者　温若初", authors=["温若初"],
        notes="Headline before the body, byline line under it.",
        paras=[
            "澜江市二手车交易市场数据显示，4月全市二手车交易量达到2.14万辆，同比增长12.8%，已连续三个月保持增长。其中，新能源二手车交易量占比提升至19%，较去年同期提高7个百分点。",
            "市场人士分析，二手车限迁政策全面取消和跨区域转籍手续简化，带动了二手车的流通。不过，新能源二手车的残值评估仍缺乏统一标准，电池健康状况成为买卖双方最关心的问题。有关部门正在组织制定新能源二手车电池检测规范。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.gap()
    pg.body(e)
    pg.gap()
    pg.furniture(["本版编辑：左岚　　校对：马一平"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v07() -> Page:
    """评论 page: unsigned 社论, signed 评论员文章, 来论 signed in brackets after the body, 快评, cartoon caption."""
    pg = Page("v07.txt", cols=26, indent=FW * 2, blanks="para", seed=1107,
              style="评论 page: 社论 (label, headline, unsigned), 评论员文章 (label, headline, 本报评论员 X line), 来论 (label, headline, body, then the author's name, post and 单位 in one bracket line （作者：X，系…副教授）), 快评 with □ X, 漫画 caption (title and 作 credit), footer with the page's e-mail and editor")
    pg.furniture(["澜江日报　评论　第4版", cn_date(2030, 6, 12)], "page header")
    pg.blank()
    a = Article(
        "a", "让营商环境成为最硬的“招牌”", section="社论", kind="commentary",
        notes="社论: the label is the section; unsigned, no author.",
        paras=[
            "今天，全省优化营商环境大会在澜江召开。会议释放出的信号十分明确：营商环境没有最好、只有更好，优化营商环境要从“有没有”转向“好不好”，从“政府端菜”转向“企业点菜”。",
            "过去几年，我省在简政放权、放管结合、优化服务方面下了不少功夫，企业开办时间压缩到1个工作日以内，工程建设项目审批时间大幅缩短。但也要看到，一些地方仍存在政策落实“最后一公里”不畅、涉企检查多头重复、政府承诺不兑现等问题，企业的获得感与期待还有差距。",
            "营商环境好不好，企业说了算。优化营商环境，关键在于把企业的“需求清单”变成政府的“任务清单”，把企业反映的每一个具体问题当作改进工作的切入点。要健全政企沟通机制，让企业家有地方说话、说了有人听、听了有回应；要规范涉企执法，杜绝随意检查、多头检查；要做到诚实守信，决不能“新官不理旧账”。",
            "营商环境是生产力，也是竞争力。只有持之以恒、久久为功，让各类经营主体放心投资、安心经营、专心创业，才能为高质量发展注入源源不断的活力。",
        ])
    pg.furniture(["社论"], "column label 社论")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "以“高效办成一件事”提升服务温度", section="评论员文章", kind="commentary",
        byline="本报评论员　郁知行", authors=["郁知行"],
        notes="评论员文章 signed 本报评论员 X: the named commentator is the author.",
        paras=[
            "企业开办、不动产登记、新生儿出生……一件件看似平常的小事，往往牵涉多个部门、多道手续。推进“高效办成一件事”，就是要站在群众和企业的角度，把多个相关联的“单项事”整合为“一件事”，实现一次告知、一表申请、一套材料、一次办结。",
            "今年以来，我省已推出首批13个“一件事”集成服务，平均减少申请材料六成、压缩办理时间七成。数字的背后，是部门之间数据共享、流程再造的艰苦工作。实践证明，只要打破部门壁垒、打通数据孤岛，群众办事就能少跑腿、少填表。",
            "当然，“高效办成一件事”不是简单地把窗口合并、把表格叠加，而是要从制度层面理顺权责、优化流程。对于群众反映集中的难点堵点，要逐项梳理、限时解决；对于线上线下服务，要统一标准、同步优化，照顾好老年人等群体的需求。让服务既有速度，更有温度，这是检验改革成效的重要标尺。",
        ])
    pg.furniture(["评论员文章"], "column label 评论员文章")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "警惕“低价内卷”透支企业未来", section="来论", kind="commentary",
        byline="（作者：裘文澜，系澜江财经大学经济学院副教授）", authors=["裘文澜"],
        notes="来论: unsigned at the top; the author's name, post and 单位 are printed in brackets on a line after the "
              "body (byline, not body).",
        paras=[
            "近来，一些行业的价格战愈演愈烈。从新能源汽车到光伏组件，从外卖平台到快递服务，“降价”“补贴”成了竞争的主要手段，有的产品甚至跌破成本价销售。",
            "适度的价格竞争有利于优胜劣汰、让利消费者，但一味比拼低价，就会走向“内卷式”竞争。企业利润被不断压缩，研发投入难以为继，产品质量和售后服务也可能随之打折扣。更值得警惕的是，一些企业为了压低成本，拖欠上游供应商账款、压缩员工待遇，把压力层层传导给产业链上的中小企业和劳动者。",
            "破解“低价内卷”，既要靠市场出清，也要靠规则约束。一方面，要加强反不正当竞争和价格监管，依法查处低于成本倾销、虚假宣传等行为；另一方面，要引导行业协会发挥自律作用，推动企业从拼价格转向拼技术、拼质量、拼服务。对企业自身而言，只有把资源投向创新和品牌，才能在激烈竞争中赢得长远未来。",
        ])
    pg.furniture(["来论"], "column label 来论")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    d = Article(
        "d", "“免费停车”要让市民停得方便", section="快评", kind="commentary",
        byline="□ 沈一苇", authors=["沈一苇"],
        notes="Short 快评 under its label, author line □ X.",
        paras=[
            "近日，澜江市多个商圈推出“消费满额免费停车”活动，受到市民欢迎。不过，也有市民反映，部分商场免费时长规则复杂，找停车位、排队缴费依然费时费力。",
            "免费停车是吸引客流的好办法，但好事要办好，关键在细节。商圈不妨统一规则、推广无感支付，并通过智能引导系统提高车位周转效率。让市民停得方便、走得顺畅，才是真正的“留客之道”。",
        ])
    pg.furniture(["快评"], "column label 快评")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["漫画", "《打折之前先涨价》", "程小舟　作"], "cartoon caption (title and cartoonist credit)")
    pg.gap()
    pg.furniture(["本版邮箱：pinglun@ljrb.example　　责任编辑：芦苇"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v08() -> Page:
    """专访 page extracted with a blank line after every line: 问：/答： Q&A, boxed 人物名片, a short 本报讯 item."""
    pg = Page("v08.txt", cols=24, indent="", blanks="every", seed=1108,
              style="专访 page extracted with a blank line after every line, no indent: label 高端访谈, headline, ——访… 副题, 本报记者 X line, boxed 【人物名片】 before the text, intro paragraph, 问：／答： turns; a related 本报讯（记者 X　实习生 Y） item")
    pg.furniture(["澜江商报 | 数字经济 | A8", cn_date(2030, 7, 3)], "page header")
    a = Article(
        "a", "让数据在“有序流动”中释放价值", subtitle="——访澜江数据交易所总经理何砚秋",
        section="高端访谈", byline="本报记者　柏溪", authors=["柏溪"], kind="interview",
        notes="Q&A interview: the intro paragraph and the 问：／答： turns are body; the interviewee 何砚秋 (named in the "
              "副题 and the 人物名片 box) is not an author. The 【人物名片】 box between byline and text is not body.",
        paras=[
            "数据被视为新型生产要素，如何让数据“供得出、流得动、用得好”，是各地探索数据要素市场化配置改革的关键。澜江数据交易所成立三年来，累计交易额突破60亿元。日前，本报记者专访了澜江数据交易所总经理何砚秋。",
            "问：数据交易所成立三年，您觉得最大的变化是什么？",
            "答：最大的变化是市场主体的观念。刚成立时，很多企业对数据交易有顾虑，担心数据泄露，也不知道自己的数据值多少钱。现在，主动来挂牌数据产品的企业越来越多，挂牌数据产品已经超过1500个，涉及金融、交通、医疗、气象等二十多个领域。",
            "问：数据交易面临的最大难点在哪里？",
            "答：一是确权难，数据的来源、加工、使用往往涉及多个主体，权属关系复杂；二是定价难，同样一份数据，对不同买方的价值差别很大；三是信任难，买卖双方都担心对方违规使用数据。我们的办法是“三权分置”，把数据资源持有权、加工使用权和产品经营权分开登记，同时引入第三方机构开展合规评估和质量评估。",
            "问：在数据安全方面，交易所采取了哪些措施？",
            "答：我们坚持“原始数据不出域、数据可用不可见”。大部分交易通过隐私计算平台完成，买方拿到的是计算结果或模型，而不是原始数据。所有交易全程留痕、可追溯，一旦发现违规使用，可以及时叫停并追责。",
            "问：对中小企业来说，参与数据交易有什么门槛？",
            "答：门槛正在降低。我们推出了“数据经纪人”服务，帮助中小企业梳理数据资源、设计数据产品，前期的合规评估费用由交易所和地方财政给予一定补贴。去年，有200多家中小企业第一次在交易所完成了数据交易。",
            "问：下一步有什么打算？",
            "答：我们希望推动数据资产入表和数据资产质押融资，让企业的数据真正变成“资产”。今年计划与5家银行合作，试点以数据资产为抵押的信贷产品。同时，加强与其他地区数据交易机构的互认互通，推动形成全国统一的数据市场。",
        ])
    pg.furniture(["高端访谈"], "column label 高端访谈")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.furniture(["【人物名片】"] + wrap(
        "何砚秋，经济学博士，高级经济师。曾任澜江市大数据管理局副局长，2027年起任澜江数据交易所总经理，长期从事数据要素市场研究与实践。", 24),
        "人物名片 box (not body)")
    pg.body(a)
    b = Article(
        "b", "全省首笔数据资产质押贷款落地", byline="本报讯（记者　柏溪　实习生　田小禾）",
        authors=["柏溪", "田小禾"], lead="本报讯（记者　柏溪　实习生　田小禾）",
        notes="Run-in 本报讯（记者 X　实习生 Y） excluded from first; the 实习生 is an author.",
        paras=[
            "近日，澜江银行向本地一家物流科技企业发放了1000万元贷款，质押物是该企业在澜江数据交易所登记的物流运输数据产品。这是全省首笔以数据资产作为质押的银行贷款。据了解，该数据产品经第三方机构评估，价值约2600万元，贷款期限为一年。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["本版编辑　骆冰　　美编　齐小满"], "footer")
    return pg


PAGES = [v05, v06, v07, v08]
