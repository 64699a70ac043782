"""Pages ly05-ly08 of handmade81 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import Article, Cross, Page, cn_date, wrap
from pages_a import STYLE, box, column, para_ends, split_cols, top, whole


# ---------------------------------------------------------------------------
def ly05() -> Page:
    """Provincial daily 金融 page in a wide column: credit lead with kicker, ——副题, byline and three crossheads,
    photo caption; label 金融问答 over a Q&A (——副题 访…, 问：／答：); run-in item; bank notice."""
    pg = Page("ly05.txt", cols=36, indent="", blanks="para", seed=8105,
              style="provincial daily 金融 page in a WIDE column, " + STYLE + ": header blocks (paper; 金融 + 第6版; "
                    "date with weekday); credit lead with 引题 kicker, headline, ——副题, byline line 本报记者 X and three "
                    "crossheads (short unpunctuated blocks like headlines), then a photo caption with credit 摄; label "
                    "金融问答 over a Q&A (headline, ——副题 访…, byline line 本报记者 X, intro, 问：／答： paragraphs); "
                    "item with run-in 本报讯（记者 X　通讯员 Y）; a bank's 公告 notice; footer with 责任编辑 and 校对")
    box(pg, ["西陵日报", "", "金融　第6版", "", cn_date(2036, 4, 22)], "page header")
    a = Article(
        "a", "一季度全省新增人民币贷款3860亿元",
        subtitle="——制造业中长期贷款同比增长31.2%",
        byline="本报记者　柏舟", authors=["柏舟"],
        notes="Credit lead. The 引题 kicker 金融活水润实体 is neither title nor subtitle (the ——副题 is the subtitle). "
              "Three crossheads (信贷结构持续优化, 小微融资成本再降, 绿色金融提速扩面) are blocks of their own that look like "
              "headlines but sit inside the body (body lines). Byline line 本报记者 X. The official quoted (冉知远) "
              "is not an author. The photo caption after the body is not body.",
        paras=[
            "人民银行西陵省分行日前发布数据，一季度全省新增人民币贷款3860亿元，同比多增412亿元，创历史同期新高。3月末，全省本外币贷款余额10.26万亿元，同比增长9.4%。",
            Cross("信贷结构持续优化"),
            "从投向看，信贷资金更多流向实体经济重点领域。3月末，全省制造业中长期贷款余额同比增长31.2%，高技术制造业贷款增长27.6%，科技型中小企业贷款增长22.8%，增速均明显高于各项贷款平均水平。",
            "“一季度信贷投放节奏前移，重点项目和先进制造业的资金需求得到了较好满足。”人民银行西陵省分行调查统计处处长冉知远说。",
            Cross("小微融资成本再降"),
            "普惠金融服务继续扩面降本。3月末，全省普惠小微贷款余额1.38万亿元，同比增长19.5%，有贷款余额的小微经营主体达到186万户；3月新发放普惠小微贷款加权平均利率为3.92%，比上年同期下降0.31个百分点。",
            Cross("绿色金融提速扩面"),
            "绿色贷款保持较快增长。3月末，全省绿色贷款余额1.64万亿元，同比增长33.1%，其中投向清洁能源产业的贷款余额4120亿元。全省已有14家法人银行机构开展碳减排支持工具相关业务。",
        ])
    top(pg, a, kicker="金融活水润实体")
    pg.body(a)
    pg.gap()
    box(pg, ["▲西陵银行客户经理在一家电子元件企业了解融资需求。", "本报记者　柏舟　摄"],
        "photo caption with credit (not body)")
    box(pg, ["金融问答"], "column label 金融问答")
    b = Article(
        "b", "个人养老金怎么存更划算", section="金融问答", kind="interview",
        subtitle="——访西陵银行个人金融部总经理严若兰",
        byline="本报记者　秋实", authors=["秋实"],
        notes="Q&A under the label 金融问答 (section): ——副题 访… is the subtitle; byline line 本报记者 X (the "
              "author). The body is an intro paragraph and 问：／答： paragraphs; the bank manager who answers (严若兰) "
              "is not an author. Kind interview.",
        paras=[
            "个人养老金制度实施以来，越来越多的市民开立了个人养老金账户，但“开户不缴存”的现象也较为普遍。个人养老金该怎么存、怎么选？记者采访了西陵银行个人金融部总经理严若兰。",
            "问：个人养老金账户开了以后，每年必须存钱吗？",
            "答：不是必须的。参加人每年缴纳个人养老金的上限为12000元，可以按月、分次或者按年度缴纳，缴纳额度按照规定享受税前扣除。建议根据自己的收入情况和税率水平合理安排。",
            "问：账户里的钱可以买哪些产品？",
            "答：目前可以购买储蓄存款、理财产品、商业养老保险和公募基金四类产品。风险承受能力较低的客户可以多配置储蓄存款和保险，年轻客户可以适当配置一些权益类基金，拉长投资期限。",
            "问：钱存进去以后什么时候能取出来？",
            "答：一般要达到领取基本养老金年龄，或者出国（境）定居、完全丧失劳动能力等情形才能领取。所以存之前要想清楚，这是一笔长期的养老钱。",
        ])
    whole(pg, b)
    c = Article(
        "c", "西陵“信易贷”平台撮合融资突破500亿元",
        byline="本报讯（记者　柏舟　通讯员　简一川）", authors=["柏舟", "简一川"],
        lead="本报讯（记者　柏舟　通讯员　简一川）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "记者从省发展改革委获悉，截至4月中旬，西陵省“信易贷”平台累计撮合融资突破500亿元，服务中小微企业4.7万家，其中信用贷款占比达到46%。平台已归集税务、社保、水电等涉企信用信息2.3亿条，入驻金融机构128家。",
        ])
    whole(pg, c)
    box(pg, ["公告", ""] + wrap("因系统升级，本行将于2036年4月27日0:00至6:00暂停网上银行、手机银行及自助设备服务，由此带来的不便敬请谅解。", 36)
        + ["", "西陵银行股份有限公司", "2036年4月22日"], "bank's 公告 notice (not an article)")
    pg.furniture(["责任编辑：岳秋声　校对：符小满"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ly06() -> Page:
    """City daily 消费 page: two stories side by side read column by column, A's column break EXACTLY at a
    paragraph end (nothing but the usual blank line), B's mid-sentence; photo caption; label 消费提示 over an
    item; run-in item; advert."""
    pg = Page("ly06.txt", cols=15, indent="", blanks="para", seed=8106,
              style="city daily 消费 page, " + STYLE + ": header blocks (消费; paper; date with weekday + B3); two "
                    "stories set SIDE BY SIDE read column by column (A's headline, byline line 记者 X　通讯员 Y and "
                    "first column, B's headline, byline line 本报记者 X and first column, A's second column, B's second "
                    "column); A's column break falls EXACTLY at a paragraph end, B's mid-sentence; photo caption with "
                    "credit 摄; label 消费提示 over an item with no byline; item with run-in 本报讯（记者 X）; advert "
                    "(家装节); footer with 责任编辑")
    box(pg, ["消费", "", "南岙日报", "", cn_date(2036, 5, 8) + "　B3"], "page header")
    a = Article(
        "a", "“夜南岙”点亮城市烟火气",
        byline="记者　甘露　通讯员　霍星", authors=["甘露", "霍星"],
        notes="Set side by side with the 二手家电 story and read column by column with it (bodies in pieces). A's "
              "first column ends EXACTLY at a paragraph end, so the column break looks like any paragraph break. "
              "Byline line 记者 X　通讯员 Y (both authors). The stall keeper quoted is not an author.",
        paras=[
            "晚上8点，南岙老码头步行街人头攒动。烧烤摊前排起长队，街头乐队的歌声此起彼伏，几家文创小店门口挤满了拍照的年轻人。",
            "“周末一晚能卖三四千元，比白天强多了。”摆了两年摊的小吃店主说。",
            "今年“五一”以来，南岙市已打造夜间消费集聚区12个，延长营业时间的商户超过3000家。商务部门监测显示，4月全市夜间消费额占全天消费额的比重达到38.5%，同比提高4个百分点。",
            "市商务局表示，下一步将在夜间公交、停车和照明上继续发力，让市民游客“夜游”更方便。",
        ])
    b = Article(
        "b", "二手家电回收站开到小区门口",
        byline="本报记者　焦远", authors=["焦远"],
        notes="The story set beside the 夜南岙 lead, read column by column with it; its first column ends "
              "mid-sentence (body in pieces). Byline line 本报记者 X. The resident quoted is not an author.",
        paras=[
            "家里的旧冰箱、旧洗衣机怎么处理？在南岙，越来越多的居民选择“一键预约、上门回收”。",
            "记者了解到，南岙已在86个小区设立家电回收服务点，居民通过小程序下单后，回收人员48小时内上门评估、搬运，旧家电还可以抵扣购买新家电的部分费用。今年以来，全市累计回收旧家电2.1万台，带动新家电销售1.6亿元。",
            "“以前卖旧家电要跟收废品的讨价还价，现在扫个码就办好了。”家住翠屏小区的居民说。",
        ])
    ia, ib = pg.render_body(a), pg.render_body(b)
    cut = para_ends(ia)[1]   # after the second paragraph: the column ends exactly at a paragraph end
    a1, a2 = split_cols(ia, [cut])
    b1, b2 = split_cols(ib, [cut + 2])
    top(pg, a)
    column(pg, a, a1)
    top(pg, b)
    column(pg, b, b1)
    column(pg, a, a2)
    column(pg, b, b2)
    box(pg, wrap("▲5月6日晚，市民游客在南岙老码头步行街游玩。", 15) + ["本报记者　甘露　摄"],
        "photo caption with credit (not body)")
    box(pg, ["消费提示"], "column label 消费提示")
    c = Article(
        "c", "预付卡消费要留好凭证", section="消费提示",
        notes="Item under the label 消费提示 (section) with its own headline and no byline: no authors.",
        paras=[
            "市消费者协会提醒，办理美容美发、健身、教育培训等预付卡时，应选择信誉良好的经营者，一次性充值金额不宜过大，并与商家签订书面合同，留好付款凭证，遇到纠纷可拨打12315投诉。",
        ])
    whole(pg, c)
    d = Article(
        "d", "南岙首家“即时零售”前置仓开业",
        byline="本报讯（记者　焦远）", authors=["焦远"], lead="本报讯（记者　焦远）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "5月6日，南岙首家即时零售前置仓在城东开业，仓内备有生鲜、日用品等4000余种商品，周边3公里内下单最快30分钟送达。",
        ])
    whole(pg, d)
    box(pg, ["南岙家居广场", "", "春季家装节", "", "5月10日—5月18日", "全场满5000元减500元", "", "地址：南岙市滨江路88号"],
        "advert (not an article)")
    pg.furniture(["责任编辑：葛小禾　版式：吕一丁"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ly07() -> Page:
    """Morning paper 要闻 page: wire lead with run-in 华兴社 dateline; a story whose headline and byline 文/X are
    printed AFTER its text; commentary 本报评论员; run-in 本报讯（记者 X　通讯员 Y） item; 更正 notice."""
    pg = Page("ly07.txt", cols=20, indent="", blanks="para", seed=8107,
              style="morning paper 要闻 page, " + STYLE + ": header blocks (paper; date with weekday; 第3版 要闻; "
                    "责任编辑 + 美编); wire lead with run-in 华兴社北京6月2日电（记者 X、Y） and （完） as a block of its own; "
                    "a story whose body comes FIRST and whose headline and byline line 文/X are printed AFTER it; label "
                    "晨报时评 over a comment signed 本报评论员 under its headline; item with run-in "
                    "本报讯（记者 X　通讯员 Y） and a photo caption with credit 摄; 更正 notice; footer")
    box(pg, ["霞浦晨报", "", cn_date(2036, 6, 3), "", "第3版　要闻", "", "责任编辑：蓝一舸　美编：戚小沫"], "page header")
    a = Article(
        "a", "前5个月全国新开工重大项目投资增长12%",
        byline="华兴社北京6月2日电（记者　鲍远、丰盈）", authors=["鲍远", "丰盈"],
        lead="华兴社北京6月2日电（记者　鲍远、丰盈）",
        notes="Wire lead of the invented agency 华兴社: run-in 华兴社北京6月2日电（记者 X、Y） excluded from first "
              "(names parted by 、, both authors). The end mark （完） printed as a block of its own is not body. The "
              "official quoted (晏立新) is not an author.",
        paras=[
            "记者2日从国家发展改革委获悉，前5个月，全国新开工计划总投资亿元以上重大项目4620个，同比增加318个；完成投资同比增长12.0%，高于全部固定资产投资增速5.4个百分点。",
            "从领域看，交通、能源、水利等基础设施项目完成投资增长14.6%，先进制造业项目增长17.2%，城市更新项目增长9.8%。",
            "国家发展改革委投资司副司长晏立新表示，下一步将加快超长期特别国债资金下达使用，推动更多重大项目尽早开工、形成实物工作量。",
        ])
    whole(pg, a)
    box(pg, ["（完）"], "wire end mark on a line of its own (not body)")
    b = Article(
        "b", "霞浦跨境电商园一季度出口额翻番",
        byline="文/卢青", authors=["卢青"],
        notes="Its body is printed FIRST and its headline and byline line 文/X come AFTER it; title_line after the "
              "body. Byline 文/X: the writer is the author. The company head quoted is not an author.",
        paras=[
            "清晨6点，霞浦跨境电商产业园的分拣中心已经忙碌起来。一件件打包好的服装、小家电、户外用品，经过扫码、分拣，装上开往机场和港口的货车。",
            "今年一季度，园区实现跨境电商出口额28.6亿元，同比增长104%。园区已入驻跨境电商企业236家，配套建设了海外仓41个。",
            "“以前一个订单发到欧洲要二十多天，现在走海外仓，最快三天就能送到客户手里。”一家户外用品企业负责人说。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.gap()
    pg.line(b, b.byline, "byline")
    pg.gap()
    box(pg, ["晨报时评"], "column label 晨报时评")
    c = Article(
        "c", "让重大项目早见实效", section="晨报时评", kind="commentary",
        byline="本报评论员", authors=[],
        notes="Comment under the label 晨报时评 (section) with the line 本报评论员 under its headline (byline). "
              "本报评论员 names no person: no authors. Kind commentary.",
        paras=[
            "项目是经济发展的“压舱石”。前5个月重大项目投资保持两位数增长，说明扩大有效投资的政策正在落地见效。",
            "开工只是第一步。各地还要在要素保障、审批服务上下功夫，防止“开工即停工”，让项目真正早建成、早投产、早见效。",
        ])
    whole(pg, c)
    d = Article(
        "d", "霞浦新增3条城际公交线路",
        byline="本报讯（记者　祁野　通讯员　孔若）", authors=["祁野", "孔若"],
        lead="本报讯（记者　祁野　通讯员　孔若）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. The photo caption after the "
              "body is not body.",
        paras=[
            "6月1日起，霞浦开通至白沙、临潭、望江3条城际公交线路，首末班时间为6:30至20:30，票价8元至15元，可使用交通联合卡和手机扫码乘车。",
        ])
    whole(pg, d)
    box(pg, wrap("▲市民在霞浦客运中心乘坐城际公交。", 20) + ["孔若　摄"], "photo caption with credit (not body)")
    box(pg, ["更正"] + [""] + wrap("本报6月1日第3版《霞浦港上月吞吐量创新高》一文中，“1.2亿吨”应为“1200万吨”，特此更正。", 20),
        "更正 notice (not an article)")
    pg.furniture(["本版校对：游一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ly08() -> Page:
    """Economic weekly-style 区域 page: regional lead (kicker, headline, ——副题, byline 记者 X　通讯员 Y, two
    crossheads) in columns, the 区域简讯 brief column read between its first and second column; item with
    headline on two lines and run-in 本报讯（记者 X　实习生 Y）."""
    pg = Page("ly08.txt", cols=17, indent="", blanks="para", seed=8108,
              style="economic daily 区域 page, " + STYLE + ": header blocks (区域·县域; paper + date with weekday; "
                    "第7版); regional lead (about 400 characters) with 引题 kicker, headline, ——副题, byline line "
                    "记者 X　通讯员 Y and two crossheads, in columns: the 区域简讯 brief column (label and three items "
                    "whose headlines begin with ●) is read BETWEEN its first and second column; the first column "
                    "ends EXACTLY at a paragraph end and a crosshead opens the second column; item with headline on two lines and run-in "
                    "本报讯（记者 X　实习生 Y）; 招聘 advert; footer with 责任编辑")
    box(pg, ["区域·县域", "", "岚州经济报　" + cn_date(2036, 7, 15), "", "第7版"], "page header")
    a = Article(
        "a", "一颗杨梅撬动30亿元产业链",
        subtitle="——青溪县推进特色农业全链条发展见闻",
        byline="记者　尤小川　通讯员　林雾", authors=["尤小川", "林雾"],
        notes="Regional lead in columns: between its first and second column pdfminer reads the 区域简讯 brief column "
              "(body in pieces); the first column ends exactly at a paragraph end. The 引题 kicker 县域经济新观察 is neither title nor "
              "subtitle; the ——副题 is the subtitle. Two crossheads (从卖鲜果到卖产品, 冷链物流补上短板) are body "
              "lines, one of them the first line of the second column, right after the brief column, where it looks "
              "like another headline. Byline line 记者 X　通讯员 Y (both authors). The grower and the official "
              "quoted (祝长青, 万书瑶) are not authors.",
        paras=[
            "盛夏时节，青溪县5.6万亩杨梅进入采收尾声。在高岭村的杨梅山上，果农祝长青和家人正忙着采摘最后一批晚熟杨梅。“今年亩产1500斤左右，收购价每斤12元，一亩地能收入一万八。”他说。",
            "杨梅是青溪的传统产业，但过去“丰产不丰收”的情况时有发生。鲜果不耐储运，集中上市时价格一跌再跌，果农常常眼看着杨梅烂在树上。",
            Cross("从卖鲜果到卖产品"),
            "转机来自精深加工。近年来，青溪引进和培育杨梅加工企业17家，开发出杨梅酒、杨梅干、杨梅原汁、冻干果粉等40多种产品。今年，加工环节消化鲜果占总产量的35%，比五年前提高了20个百分点。",
            Cross("冷链物流补上短板"),
            "在县城东郊的农产品冷链物流中心，一辆辆冷藏车正装车发往各地。中心建有预冷库和冷藏库3.2万立方米，杨梅采摘后4小时内即可完成预冷，最远可以发往1500公里外的城市。",
            "县农业农村局局长万书瑶介绍，去年青溪杨梅全产业链产值达到31.4亿元，带动2.6万户果农增收，电商销售额首次突破8亿元。",
        ])
    top(pg, a, kicker="县域经济新观察")
    ia = pg.render_body(a)
    a1, a2 = split_cols(ia, [para_ends(ia)[1]])   # the column ends with the second paragraph
    column(pg, a, a1)
    box(pg, ["区域简讯"], "column label 区域简讯")
    items = [
        Article("b1", "白水港至滨海高速通车", section="区域简讯", head=["●白水港至滨海高速通车"],
                notes="Item of the 区域简讯 brief column (section) read between two columns of the lead; the ● "
                      "before its headline is a mark, not part of the title. No credit, no authors.",
                paras=["全长68公里的白水港至滨海高速公路7月12日正式通车，两地车程由2小时缩短至50分钟。"]),
        Article("b2", "石门镇获评省级特色小镇", section="区域简讯", head=["●石门镇获评省级特色小镇"],
                notes="Item of the 区域简讯 brief column; ● is a mark. No credit, no authors.",
                paras=["日前，岚州市石门镇以紫砂文化产业入选第五批省级特色小镇名单，全镇紫砂产业年产值超过20亿元。"]),
        Article("b3", "云渡县光伏项目并网", section="区域简讯", head=["●云渡县光伏项目并网"],
                byline="（记者　季秋）", authors=["季秋"], tail="（记者　季秋）",
                notes="Item of the 区域简讯 brief column; ● is a mark. The credit （记者 X） run in at the end is the "
                      "byline, excluded from last.",
                paras=["云渡县20万千瓦农光互补光伏项目近日全容量并网，年均发电量约2.4亿千瓦时。"]),
    ]
    for it in items:
        whole(pg, it)
    column(pg, a, a2)
    c = Article(
        "c", "岚州保税物流中心上半年进出口值增长26%",
        head=["岚州保税物流中心", "上半年进出口值增长26%"],
        byline="本报讯（记者　尤小川　实习生　苗苗）", authors=["尤小川", "苗苗"],
        lead="本报讯（记者　尤小川　实习生　苗苗）",
        notes="Headline on two lines, joined. Run-in 本报讯（记者 X　实习生 Y） excluded from first; reporter and 实习生 "
              "are both authors.",
        paras=[
            "记者从岚州海关获悉，上半年岚州保税物流中心实现进出口值46.8亿元，同比增长26.1%。其中，跨境电商业务进出口值12.3亿元，增长58%。",
            "目前，中心已有入驻企业93家，开通至周边港口的“陆海联运”班列每周8列。",
        ])
    whole(pg, c)
    box(pg, ["招聘"] + [""] + wrap("青溪绿源食品有限公司招聘食品检验员5名、电商运营3名，待遇面议。电话：0×××-5827××××", 17),
        "招聘 advert (not an article)")
    pg.furniture(["责任编辑：房一鸣　校对：卫小茶"], "footer with 责任编辑")
    return pg


PAGES = [ly05, ly06, ly07, ly08]
