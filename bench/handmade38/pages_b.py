"""Pages kh05-kh08 of handmade38 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import columns, side_by_side


# ---------------------------------------------------------------------------
def kh05() -> Page:
    """产经报 page 5 产业·园区: lead with a figures table dropped into the MIDDLE of a paragraph; an article that
    jumps to page 8 (（下转第8版） on a line of its own); a clean 本报讯 item; photo news."""
    pg = Page("kh05.txt", cols=32, indent="  ", blanks="some", seed=3805, p_para=0.4, p_gap=0.8,
              style="产经报 page 5 产业·园区 indented with two ASCII spaces, blank lines sometimes: header on three lines; lead (byline line 本报记者 X　通讯员 Y) with a figures TABLE (title, header row, four rows, 数据来源) dropped into the MIDDLE of its second paragraph, mid-sentence; article that JUMPS to page 8 (（下转第8版） on a line of its own after the text, cut mid-sentence; byline line 本报记者 X); clean run-in 本报讯（记者 X　通讯员 Y） item; photo news (headline, caption, credit line 本报记者 X　摄); footer")
    pg.furniture(["中岳产经报",
                  cn_date(2035, 10, 19) + "　5",
                  "产业·园区"], "page header")
    pg.blank()
    a = Article(
        "a", "新能源装备产业园前三季度产值突破600亿元",
        byline="本报记者　冉秋池　通讯员　黎一诺", authors=["冉秋池", "黎一诺"],
        notes="Lead. A figures table (title, header row, four rows, 数据来源) is dropped into the MIDDLE of the second "
              "paragraph: the line before it breaks off mid-sentence and the line after it goes on with the same "
              "sentence. The table is not body (a non-article); the body is in two pieces. Byline line 本报记者 X　"
              "通讯员 Y: both are authors. The executive and official quoted are not.",
        paras=[
            "走进鹤汀新能源装备产业园，风电主机、光伏组件、储能电池等生产线正满负荷运转。园区管委会提供的数据显示，前三季度，园区规模以上工业企业实现产值612.4亿元，同比增长18.7%，首次在前三季度突破600亿元大关。",
            "产业园于2028年启动建设，目前已集聚新能源装备企业143家，其中产值超10亿元的企业21家，形成了从关键材料、核心部件到整机制造、运维服务的较为完整的产业链。今年以来，园区新签约项目37个，协议投资额达到286亿元，其中储能和氢能装备项目占比接近一半。",
            "“链主企业落地后，配套企业就跟着来了。”园区一家风电整机企业的负责人介绍，企业本地配套率已从三年前的35%提高到62%，物流成本下降了两成多。",
            "园区管委会负责人表示，下一步将加快建设公共检测认证平台和中试基地，支持企业开展大功率风机、长时储能等技术攻关，力争到2037年园区产值突破千亿元。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    n1 = sum(it[0] == "line" for it in pg.render_body(a, end=1))
    a1, a2 = columns(pg, a, [n1 + 2])
    pg.emit(a, a1)
    pg.furniture(["鹤汀新能源装备产业园主要产业前三季度产值",
                  "产业　　　　产值（亿元）　　同比增长",
                  "风电装备　　　218.6　　　　　12.4%",
                  "光伏组件　　　164.3　　　　　 9.8%",
                  "储能电池　　　152.7　　　　　41.2%",
                  "氢能装备　　　 76.8　　　　　35.6%",
                  "数据来源：鹤汀新能源装备产业园管委会"],
                 "figures table dropped into the middle of the lead's second paragraph (not body)")
    pg.emit(a, a2)
    pg.gap()
    b = Article(
        "b", "动力电池回收企业加快布局再生材料",
        byline="本报记者　段青禾", authors=["段青禾"],
        notes="Jumps to page 8 (its continuation is the first text of kh06): the jump line （下转第8版） printed on a "
              "line of its own after the text is not body. last is the end of the text printed on this page (cut "
              "mid-sentence). Byline line 本报记者 X. The executive quoted is not an author.",
        paras=[
            "随着首批大规模装车的动力电池陆续进入退役期，电池回收利用行业迎来快速发展。记者近日在鹤汀、柘原两地采访了解到，多家回收企业正加快从“拆解卖料”向“再生材料”延伸，布局正极材料前驱体、电池级碳酸锂等高附加值产品。",
            "在柘原市一家电池回收企业的生产车间，退役电池包经过自动拆解、破碎分选后，被加工成黑粉，再通过湿法冶金工艺提取出镍、钴、锂等金属。企业负责人介绍，目前镍、钴的回收率已达到98%以上，锂的回收率超过90%，再生材料已进入多家电池企业的供应链。",
            "据中岳电池产业联盟测算，今年全国退役动力电池将超过58万吨，到2038年有望突破百万吨。巨大的市场空间吸引了大量资本涌入，但行业内",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 12 + "（下转第8版）", "jump")
    pg.gap()
    c = Article(
        "c", "鹤汀首条氢能城际物流专线开通",
        byline="本报讯（记者　冉秋池　通讯员　钟离安）", authors=["冉秋池", "钟离安"],
        lead="本报讯（记者　冉秋池　通讯员　钟离安）",
        notes="Clean item. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "10月18日，鹤汀至柘原氢能城际物流专线正式开通，首批20辆49吨级氢燃料电池重卡投入运营。专线全长163公里，沿线配套建设加氢站3座，单车加氢时间约15分钟，满载续航里程超过400公里。",
            "据测算，专线全面运营后，每年可替代柴油约4800吨，减少二氧化碳排放约1.5万吨。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "智能巡检机器人“上岗”变电站", kind="brief",
        byline="本报记者　雷晓川　摄", authors=["雷晓川"],
        notes="Photo news (brief, not counted in recall): headline, caption (the body), credit line 本报记者 X　摄 "
              "after it; the photographer is the author of a photo news item.",
        paras=[
            "10月17日，在柘原市一座220千伏变电站，智能巡检机器人正在进行设备巡检。该变电站引入的4台巡检机器人可实现全天候自主巡视，巡检效率比人工提高3倍。",
        ])
    pg.headline(d)
    pg.body(d, indent="")
    pg.line(d, d.byline, "byline")
    pg.blank()
    pg.furniture(["责任编辑：邵清晖　　美术编辑：阚小棠　　校对：隋知远"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kh06() -> Page:
    """产经报 page 8 综合: the continuation of kh05's jumped article, with NO headline (only （上接第5版） on a line
    of its own); an article in two 14-character columns extracted ROW BY ROW; a clean feature with ——副题;
    a clean 本报讯 item."""
    pg = Page("kh06.txt", cols=30, indent=FW * 2, blanks="para", seed=3806,
              style="产经报 page 8 综合, blank lines between paragraphs and blocks: header on two lines; the CONTINUATION of kh05's jumped article with NO headline: （上接第5版） on a line of its own, then the rest of a sentence; an article (kicker, headline, byline line ■本报记者 X) in two 14-character columns printed ROW BY ROW (left line, spaces, right line); clean feature with ——副题 and byline line 本报记者 X　报道; clean run-in 本报讯（记者 X） item; footer")
    pg.furniture(["8　综合",
                  "中岳产经报　" + cn_date(2035, 10, 19)], "page header")
    pg.blank()
    a = Article(
        "a", None,
        notes="Continuation of kh05's 动力电池回收企业加快布局再生材料, printed with NO headline: the jump line "
              "（上接第5版） on a line of its own above it is not body, and the paper printed no headline here "
              "(title null). first is the first text printed here (the rest of a sentence begun on page 5). No "
              "byline on this page: no authors. The 业内人士 quoted is not an author.",
        paras=[
            "也存在“小散乱”现象。一些不具备资质的小作坊以高价抢收废旧电池，采用简单粗放的方式拆解，既存在安全隐患，又造成环境污染。",
            "“正规企业环保投入大、成本高，在回收价格上拼不过小作坊。”一位业内人士坦言，目前约有一半的退役电池流入了非正规渠道。专家建议，应加快建立动力电池全生命周期溯源管理体系，压实汽车生产企业的回收责任，同时加大对非法拆解行为的查处力度，引导退役电池流向规范企业。",
            "记者了解到，鹤汀市已试点推行退役电池“一码溯源”，电池从生产、使用到回收的全过程信息均可追溯。试点半年来，当地规范回收的退役电池数量增长了约70%。",
        ])
    pg.line(a, "（上接第5版）", "jump")
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "小微企业“首贷”难题如何破解",
        subtitle="银企对接　精准滴灌", byline="■本报记者　柯念北", authors=["柯念北"],
        notes="The 引题 above the headline (no ——副题) is the subtitle, not part of the title. Set in two 14-character columns and extracted "
              "ROW BY ROW (each line: left column's line, spaces, right column's line). first is the start of the "
              "left column, last the end of the right column. Byline line ■本报记者 X. People quoted are not "
              "authors.",
        paras=[
            "“企业成立三年，第一次从银行贷到了款，利率还不到4%。”柘原市一家精密零件加工企业的负责人说，这笔200万元的信用贷款帮助企业添置了两台数控设备。",
            "首贷难，是不少小微企业的共同困扰。由于缺少抵押物、财务信息不健全，银行往往难以判断其经营状况。今年以来，中岳省推动建设小微企业融资信用服务平台，归集纳税、社保、水电等涉企信用信息，帮助银行开展“画像”和线上授信。",
            "数据显示，前三季度全省新增首贷户4.7万户，同比增长22%。业内人士表示，还应进一步完善政府性融资担保体系，让更多小微企业迈过“首贷”这道门槛。",
        ])
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    side_by_side(pg, b, cols=14, gap=5)
    pg.gap()
    c = Article(
        "c", "工业互联网平台助中小企业“上云用数”",
        subtitle="——鹤汀市推进产业链数字化改造见闻",
        byline="本报记者　滕悠然　报道", authors=["滕悠然"],
        notes="Clean feature. ——副题 is the subtitle; byline line 本报记者 X　报道 (the reporter is the author). "
              "People quoted are not authors.",
        paras=[
            "在鹤汀市一家汽车线束企业的车间里，每台设备旁都装上了数据采集终端，订单进度、设备状态、能耗情况实时显示在大屏上。“以前排产靠经验，现在靠数据，交货周期缩短了四分之一。”企业生产主管说。",
            "这家企业的变化，得益于当地推行的产业链数字化改造。鹤汀市以汽车零部件、电子元器件等产业集群为重点，由链主企业牵头搭建工业互联网平台，带动上下游中小企业“上云用数”，企业只需承担三成左右的改造费用。",
            "截至9月底，鹤汀已有1260家中小企业完成数字化改造，改造后企业平均生产效率提高21%，运营成本降低13%。当地计划到明年底实现规模以上工业企业数字化改造全覆盖。",
        ])
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "柘原发布首批工业用地“标准地”清单",
        byline="本报讯（记者　俞知微）", authors=["俞知微"], lead="本报讯（记者　俞知微）",
        notes="Clean item. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "柘原市近日发布首批工业用地“标准地”清单，涉及地块12宗、面积约1560亩。每宗地块均事先明确投资强度、亩均税收、能耗标准等指标，企业拿地后即可开工建设，项目审批时间由原来的平均90天压缩至30天以内。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：邵清晖　　校对：隋知远　　热线：8826 5510"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kh07() -> Page:
    """区域 strip of a 12-character column: label 区域传真 over five items; the first two set side by side with
    their column pieces interleaved; the third's second column starting beside its headline, so that two of its
    lines come out BEFORE the headline; two clean items."""
    pg = Page("kh07.txt", cols=12, indent=FW, blanks="para", seed=3807,
              style="经济导报 区域 strip of a 12-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines; label 区域传真 over five items; two items side by side with their column pieces INTERLEAVED (headline A, A1, headline B, B1, A2, B2; run-in 本报渚阳10月21日讯（记者 X） and 本报讯（通讯员 X　记者 Y）); an item whose second column's first two lines come out BEFORE its headline and byline line 记者 X; two clean items (byline line 记者 X　通讯员 Y wider than the column; run-in 本报讯（记者 X）); footer")
    pg.furniture(["滨江经济导报", cn_date(2035, 10, 22), "10　区域"], "page header")
    pg.blank()
    pg.furniture(["区域传真"], "column label 区域传真")
    pg.blank()
    a = Article(
        "a", "渚阳港铁水联运量增三成", section="区域传真",
        byline="本报渚阳10月21日讯（记者　郜云帆）", authors=["郜云帆"],
        lead="本报渚阳10月21日讯（记者　郜云帆）",
        notes="Item of the 区域传真 strip (section), set side by side with the next item; their column pieces come out "
              "interleaved (this headline, 9 lines, the next item's headline and lines, the rest of this item, the "
              "rest of the next). Two pieces. Run-in 本报渚阳10月21日讯（记者 X） excluded from first.",
        paras=[
            "记者从渚阳港口集团获悉，前三季度，渚阳港完成铁水联运量86.4万标准箱，同比增长31.2%。",
            "今年以来，渚阳港新开通至内陆的铁水联运班列线路5条，“一单制”全程物流服务覆盖沿线14个站点，企业综合物流成本平均下降约12%。",
        ])
    b = Article(
        "b", "芦汀县建成数字乡村服务平台", section="区域传真",
        byline="本报讯（通讯员　尹知夏　记者　秦望舒）", authors=["尹知夏", "秦望舒"],
        lead="本报讯（通讯员　尹知夏　记者　秦望舒）",
        notes="Item of the 区域传真 strip (section), set side by side with the previous item; its headline and first "
              "lines come out in the middle of that item, its rest after it (two pieces). Run-in 本报讯（通讯员 X　"
              "记者 Y） excluded from first; both are authors.",
        paras=[
            "芦汀县数字乡村服务平台日前上线运行，整合了农技指导、农产品销售、村务公开、医疗预约等28项服务。",
            "平台上线一个月，注册用户已超过6.3万人，帮助农户线上销售农产品1900余万元。",
        ])
    a1, a2 = columns(pg, a, [9])
    b1, b2 = columns(pg, b, [7])
    pg.headline(a)
    pg.gap()
    pg.emit(a, a1)
    pg.gap()
    pg.headline(b)
    pg.gap()
    pg.emit(b, b1)
    pg.gap()
    pg.emit(a, a2)
    pg.gap()
    pg.emit(b, b2)
    pg.gap()
    c = Article(
        "c", "云岫茶旅融合带火乡村游", section="区域传真",
        byline="记者　葛晚晴", authors=["葛晚晴"],
        notes="Item of the 区域传真 strip (section) set in two columns, its headline over the first column only; "
              "extraction printed the second column's first two lines (beside the headline) BEFORE the headline and "
              "the byline line 记者 X, then the first column, then the rest of the second. Two pieces; first is the "
              "start of the first column, last the end of the second.",
        paras=[
            "国庆假期以来，云岫县的茶园民宿几乎天天满房。游客在这里可以采茶、制茶、品茶，还能住进由老茶厂改建的特色民宿。",
            "据统计，前三季度云岫县接待游客412万人次，同比增长27%，乡村旅游收入达到19.6亿元，带动当地茶农人均增收3200元。",
        ])
    items = pg.render_body(c)
    n = sum(it[0] == "line" for it in items)
    col1, col2 = Page.chunks(items, [(n + 1) // 2])
    top, rest = Page.chunks(col2, [2])
    pg.emit(c, top)
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.emit(c, col1)
    pg.emit(c, rest)
    pg.gap()
    d = Article(
        "d", "岚港新增两条国际航线", section="区域传真",
        byline="记者　苗疏影　通讯员　狄小航", authors=["苗疏影", "狄小航"],
        notes="Clean item of the 区域传真 strip (section). Byline line 记者 X　通讯员 Y (wider than the column); both are "
              "authors.",
        paras=[
            "岚港国际机场近日新开通至两座东南亚城市的定期客运航线，每周各执飞4班。至此，岚港国际机场国际及地区航线增至23条。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.gap()
    e = Article(
        "e", "溯川启动老旧小区加装电梯", section="区域传真",
        byline="本报讯（记者　郜云帆）", authors=["郜云帆"], lead="本报讯（记者　郜云帆）",
        notes="Clean item of the 区域传真 strip (section). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "溯川市今年计划为老旧小区加装电梯300部，目前已开工186部。每部电梯最高可获得财政补助20万元。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["本版编辑：樊小溪　　校对：殷若谷"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kh08() -> Page:
    """Business paper 财经新闻 page, NO indent and NO blank line anywhere: an article whose kicker, headline and
    byline come out AFTER the first column of its body; an article with an ADVERTISEMENT box dropped into the
    middle of a paragraph; a clean item signed （记者 X　Y） at the end; a clean 本报讯 item."""
    pg = Page("kh08.txt", cols=28, indent="", blanks="never", seed=3808,
              style="商报 财经新闻 page, NO indent, NO blank line anywhere: header on two lines; an article whose 引题, headline and byline line 本报记者 X　见习记者 Y come out AFTER the first column (7 lines) of its body; an article (byline line 本报记者 X) with a real-estate ADVERTISEMENT box (广告, project, offer, hotline) dropped into the MIDDLE of a paragraph; clean item with the credit （记者 X　Y） run in at the end; clean run-in 本报讯（记者 X） item; footer")
    pg.furniture(["恒川商报　" + cn_date(2035, 10, 17) + "　A3",
                  "财经新闻　　责任编辑：聂书白　　美编：戈小言"], "page header")
    a = Article(
        "a", "跨境电商出口增长近四成",
        byline="本报记者　郁千帆　见习记者　白露晞", authors=["郁千帆", "白露晞"],
        notes="The 引题 kicker 前三季度恒川外贸成绩单出炉, the headline and the byline line come out AFTER the first "
              "column of the body (7 lines): body in two pieces; first is the start of the text (the first line "
              "after the page header), last its end. The 引题 is not part of the title; with no ——副题 it is the "
              "subtitle. Byline line 本报记者 X　见习记者 Y: both are authors. People "
              "quoted are not.",
        subtitle="前三季度恒川外贸成绩单出炉",
        paras=[
            "恒川海关15日发布数据，前三季度，恒川市货物贸易进出口总值2846亿元，同比增长6.3%。其中，跨境电商出口312亿元，增长38.6%，增速比全市出口高出30个百分点，成为外贸增长的一大亮点。",
            "记者走访发现，一批传统外贸企业正借助跨境电商平台直接触达海外消费者。恒川一家家居用品企业过去主要给海外品牌代工，去年开始在多个跨境电商平台开设自有品牌店铺，今年前9个月自有品牌销售额突破1.2亿元，利润率比代工高出一倍。",
            "“海外仓是关键一环。”恒川跨境电商协会负责人介绍，全市企业已在海外布局公共海外仓37个，总面积超过40万平方米，大件商品的平均配送时间从过去的20多天缩短到3至5天。",
            "恒川市商务部门表示，下一步将继续支持企业建设海外仓、培育自主品牌，并举办跨境电商人才培训，力争全年跨境电商进出口额突破450亿元。",
        ])
    a1, a2 = columns(pg, a, [7])
    pg.emit(a, a1)
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, a2)
    b = Article(
        "b", "恒川二手房成交量连续三个月回升",
        byline="本报记者　薛定远", authors=["薛定远"],
        notes="An advertisement box (广告, project, offer, hotline) is dropped into the MIDDLE of the second "
              "paragraph (the line before it breaks off mid-sentence, the line after it goes on): the ad is not "
              "body (a non-article); body in two pieces. Byline line 本报记者 X. The agent and analyst quoted are "
              "not authors.",
        paras=[
            "恒川市房地产交易中心发布的数据显示，9月全市二手住宅网签成交8362套，环比增长9.4%，同比增长21.7%，成交量已连续三个月回升，创下近两年来的单月新高。",
            "从成交结构看，总价在200万元以下、面积90平方米以下的中小户型占比接近七成，改善型需求也在逐步释放。一家房产中介门店的经纪人告诉记者，国庆假期前后带看量明显增加，不少购房者是“卖旧买新”，先挂出自住房再看新房。",
            "业内分析人士认为，二手房市场回暖，与房贷利率下行、购房门槛降低等因素有关，但价格仍处于调整过程中，9月二手住宅成交均价环比下降0.6%。“以价换量”的特征仍较明显，市场全面企稳还需要时间。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    n1 = sum(it[0] == "line" for it in pg.render_body(b, end=1))
    b1, b2 = columns(pg, b, [n1 + 3])
    pg.emit(b, b1)
    pg.furniture(["广告",
                  "湖畔雅苑　二期现房　品质交付",
                  "89-126㎡南北通透三居　首付低至15%",
                  "营销中心：恒川市北湖区湖滨路66号",
                  "品鉴热线：400-880-6688"], "advertisement box dropped into a paragraph (not body)")
    pg.emit(b, b2)
    c = Article(
        "c", "恒川新增23家“专精特新”中小企业",
        byline="（记者　夏知遥　甄小鹿）", authors=["夏知遥", "甄小鹿"], tail="（记者　夏知遥　甄小鹿）",
        notes="Clean item with no dateline: the credit （记者 X　Y） run in at the end is the byline, excluded from last; "
              "both reporters are authors.",
        paras=[
            "恒川市经济和信息化部门日前公布今年第二批“专精特新”中小企业名单，23家企业入选，全市此类企业总数达到416家。",
            "入选企业主要集中在智能装备、新材料、生物医药等领域，平均研发投入强度达到6.8%。恒川对新认定企业给予一次性奖励30万元。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "恒川发放第二批文旅消费券",
        byline="本报讯（记者　邬晴川）", authors=["邬晴川"], lead="本报讯（记者　邬晴川）",
        notes="Clean item. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "恒川市第二批文旅消费券将于10月20日上午10点起发放，总额1500万元，涵盖景区门票、演出观影、文创购物等类别，市民和游客可通过恒川文旅小程序领取。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["值班编辑：聂书白　　校对：葛知行"], "footer")
    return pg


PAGES = [kh05, kh06, kh07, kh08]
