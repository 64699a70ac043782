"""Pages ki09-ki12 of handmade39 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


def jitems(pg: Page, a: Article, every: int = 3, offset: int = 1, **kw) -> list:
    """The rendered body with some inner lines letter-spaced (justified), never a paragraph's last
    line and never a line holding a run-in dateline."""
    items = pg.render_body(a, **kw)
    cand, k = [], -1
    for n, it in enumerate(items):
        if it[0] != "line":
            continue
        k += 1
        nxt = items[n + 1] if n + 1 < len(items) else None
        if nxt is not None and nxt[0] == "line" and "讯（" not in it[1] and "（记" not in it[1]:
            cand.append(k)
    return justify(items, cand[offset::every])


# ---------------------------------------------------------------------------
def ki09() -> Page:
    """City evening paper 城事·服务 page extracted with a blank line after EVERY line: headlines letter-spaced
    with single ASCII spaces; weather article (run-in 本报讯（记者 X）) and a three-day forecast box; travel
    article with 【】 crossheads and byline line 本报记者 X; traffic-control 通告 signed by the police; run-in
    本报讯（通讯员 X　记者 Y） item; footer."""
    pg = Page("ki09.txt", cols=24, indent="  ", blanks="every", seed=3909,
              style="city evening paper 城事·服务 page extracted with a blank line after EVERY line: header on three lines; every headline letter-spaced with single ASCII spaces (two of them on two lines); weather article with run-in 本报讯（记者 X） and a 未来三天天气 forecast box (rows, 气象台 issuing line); holiday-traffic article with byline line 本报记者 X and three 【】 crossheads; traffic-control 通告 (title, text, right-aligned police unit and date); run-in 本报讯（通讯员 X　记者 Y） item; footer")
    pg.furniture(["鹭汀晚报　A05",
                  "城事·服务",
                  cn_date(2035, 9, 22)], "page header")
    a = Article(
        "a", "秋雨携冷空气到访周日最低气温19℃", head=["秋雨携冷空气到访", "周日最低气温19℃"],
        byline="本报讯（记者　龚雨桐）", authors=["龚雨桐"], lead="本报讯（记者　龚雨桐）",
        notes="Headline letter-spaced with single ASCII spaces, on two lines, joined unspaced. Run-in "
              "本报讯（记者 X） excluded from first. The forecast box after the body is not body.",
        paras=[
            "记者从鹭汀市气象台获悉，受弱冷空气和偏东气流共同影响，今天起我市将迎来一次明显降雨过程，气温也将随之下降。预计今天白天阴有中雨，局部大雨，最高气温26℃；明天雨势减弱，最低气温将降至19℃，为入秋以来最低。",
            "气象专家提醒，降雨期间道路湿滑，市民驾车出行要减速慢行；早晚温差加大，老人和儿童要注意及时添衣。下周一起天气转好，气温逐步回升，中秋节当天以多云天气为主，有利于赏月。",
        ])
    pg.headline(a, sep=" ")
    pg.body(a)
    pg.furniture(["未来三天天气",
                  "22日　中雨　20～26℃",
                  "23日　小雨转阴　19～23℃",
                  "24日　多云　20～27℃",
                  "鹭汀市气象台9月21日17时发布"], "three-day forecast box (not an article)")
    b = Article(
        "b", "中秋假期高速免费通行这些时段最易拥堵", head=["中秋假期高速免费通行", "这些时段最易拥堵"],
        byline="本报记者　邬启明", authors=["邬启明"],
        notes="Headline letter-spaced with single ASCII spaces, on two lines, joined unspaced. Byline line "
              "本报记者 X. The 【】 crossheads are body.",
        paras=[
            "今年中秋国庆假期，7座以下小型客车免费通行时间为9月27日0时至10月7日24时。记者从市交通运输局和交警部门获悉，假期全市高速公路车流量预计达到620万辆次，日均车流量比平日增长约四成。",
            Cross("【拥堵时段】"),
            "根据往年数据分析，9月27日上午、10月1日上午为出城高峰，10月6日、7日下午为返程高峰。鹭苍高速鹭汀收费站、绕城高速棠溪互通、鹭汀大桥等路段易出现拥堵。",
            Cross("【绕行建议】"),
            "前往苍屿方向的车辆，可选择国道梧苍线绕行；前往霁川方向的车辆，可提前从柘湾互通驶离，经省道鹭霁线通行。出行前可通过“鹭汀交通”公众号查询实时路况。",
            Cross("【服务保障】"),
            "假期期间，全市高速公路服务区将增设临时厕所和充电设施，新能源汽车充电桩数量比平日增加60%，交警部门将在易堵路段加派警力，开展“点对点”疏导。",
        ])
    pg.headline(b, sep=" ")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["关于鹭汀大桥夜间封闭施工的通告"]
                 + wrap("因鹭汀大桥桥面维修需要，9月24日至9月26日每日23时至次日5时，大桥双向封闭施工，禁止所有车辆通行。施工期间，过江车辆请绕行柘湾隧道或江滨大桥。特此通告。", 24, "  ")
                 + [FW * 12 + "鹭汀市公安局交通警察支队",
                    FW * 18 + "2035年9月21日"], "traffic-control 通告 (notice; not an article)")
    c = Article(
        "c", "社区便民服务站中秋照常开放",
        byline="本报讯（通讯员　司马青　记者　龚雨桐）", authors=["司马青", "龚雨桐"],
        lead="本报讯（通讯员　司马青　记者　龚雨桐）",
        notes="Headline letter-spaced with single ASCII spaces on one line, written unspaced. Run-in "
              "本报讯（通讯员 X　记者 Y） (a compound surname, 司马青) excluded from first; both are authors.",
        paras=[
            "记者从市民政局获悉，中秋国庆假期期间，全市186个社区便民服务站将照常开放，提供代购代缴、家电维修、理发等服务，部分服务站还将为独居老人送上月饼和节日慰问。",
        ])
    pg.headline(c, sep=" ")
    pg.body(c)
    pg.furniture(["本版编辑：郁小川　校对：岳明"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ki10() -> Page:
    """Provincial daily 经济·消费 page with an honour roll: lead with 引题 (no ——副题) and run-in 本报讯（记者 X）;
    光荣榜 box of twenty winners; contest report whose body ends with the list of winners (金奖：…, 银奖：…);
    大事记 compiled by a reporter, signed （本报记者 X　整理） at the end; footer."""
    pg = Page("ki10.txt", cols=32, indent=FW * 2, blanks="para", seed=3910,
              style="provincial daily 经济·消费 page: header on three lines; lead with 引题 (no ——副题) and run-in 本报讯（记者 X）; 光荣榜 honour-roll box (label, title, seven rows city（n个）：names, not an article); contest report with byline line 本报记者 X　通讯员 Y whose body ENDS with the list of winners (获奖名单如下： then 金奖：…, 银奖：… lines and a line on the bronze prizes); standalone 大事记 of dated entries (date　event sentence, each a paragraph) compiled by a reporter and signed （本报记者 X　整理） run in at the end; footer")
    pg.furniture(["青梧日报　" + cn_date(2035, 9, 22),
                  "6　经济·消费",
                  "责任编辑：戴晚舟　　版式：钱可"], "page header")
    pg.blank()
    a = Article(
        "a", "全省首批20个放心消费示范街区揭晓", subtitle="打造放心消费环境",
        byline="本报讯（记者　韦知行）", authors=["韦知行"], lead="本报讯（记者　韦知行）",
        notes="Lead. The 引题 above the headline (no ——副题 printed) is the subtitle (as g01 of handmade22). Run-in "
              "本报讯（记者 X） excluded from first. The 光荣榜 box after it (the list of the twenty districts) is "
              "not body: a list under its own label, no text of its own.",
        paras=[
            "9月21日，省放心消费创建工作领导小组办公室公布首批“放心消费示范街区”名单，鹭汀市棠溪老街、霁川市江滨夜市街区等20个街区入选。",
            "据介绍，此次评选从今年4月启动，经过各地推荐、实地核查、消费者满意度测评和社会公示等环节产生。入选街区须满足商户诚信经营承诺签约率100%、消费投诉按期办结率98%以上、近一年未发生重大食品安全事件等条件，并推行“线下无理由退货”制度。",
            "省市场监管局有关负责人表示，示范街区实行动态管理，每两年复核一次，对投诉集中、整改不力的将取消称号。下一步，全省将在商圈、景区、夜市等消费集中区域扩大创建范围，力争到2037年建成省级示范街区100个。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.blank()
    roll = ["光荣榜", "青梧省首批放心消费示范街区"]
    for row in ["鹭汀市（5个）：棠溪老街、柘湾万汇商圈、滨江美食街、白沙门夜市、鹭汀大学城商业街",
                "霁川市（4个）：江滨夜市街区、古城文化街区、南屏商业步行街、霁西花鸟市场",
                "苍屿县（2个）：荻浦稻乡集市、石门老粮仓文旅街",
                "梧冈县（2个）：梧桐巷美食街、东门商业街",
                "芷阳县（2个）：芷阳老码头街区、兰渚夜市",
                "岫山市（3个）：岫山温泉小镇、北关步行街、岫山陶瓷街",
                "临屿市（2个）：临屿渔港美食街、海韵广场"]:
        roll += wrap(row, 32)
    pg.furniture(roll, "光荣榜 honour-roll box (list of winners; not an article)")
    pg.blank()
    b = Article(
        "b", "第五届青梧“老字号”美食大赛决出金奖",
        byline="本报记者　卢晓川　通讯员　孟茵", authors=["卢晓川", "孟茵"],
        notes="**new:** the list of winners that ENDS the text (announced by 获奖名单如下：, then 金奖：…, 银奖：… "
              "and a line on the bronze prizes, each a paragraph) is part of the body: last is the end of its last "
              "line. Byline line 本报记者 X　通讯员 Y: both are authors. The jury chairman quoted (蒋守拙) is not.",
        paras=[
            "9月20日，第五届青梧“老字号”美食大赛决赛在霁川国际会展中心落幕。经过三个月的海选、复赛和决赛，来自全省11个市县的46家老字号餐饮企业的126道参赛菜品同台竞技，最终评出金奖3名、银奖6名、铜奖10名。",
            "本届大赛首次引入大众评审，邀请100名市民代表与专业评委共同打分，大众评审得分占总分的30%。评委会主任、省烹饪协会副会长蒋守拙介绍，今年参赛菜品更注重传统技艺的传承与创新，不少老字号推出了低油低盐的改良版经典菜。",
            "赛事期间，主办方还组织了老字号美食市集，现场销售额超过260万元。获奖名单如下：",
            "金奖：林记米线（鹭汀）、吴家酥饼（苍屿）、老周鱼丸（霁川）",
            "银奖：阿梅米线（鹭汀）、梧桐巷卤味（梧冈）、陈记糍粑（芷阳）、北关羊肉汤（岫山）、渔港海鲜面（临屿）、江滨豆花（霁川）",
            "铜奖名单详见青梧日报客户端。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "全省放心消费创建十年大事记",
        byline="（本报记者　韦知行　整理）", authors=["韦知行"], tail="（本报记者　韦知行　整理）",
        notes="**new:** standalone 大事记 with its own headline, its dated entries written as sentences (each a "
              "paragraph: date　event), compiled by a reporter and signed （本报记者 X　整理） run in at the end "
              "(excluded from last; the compiler is the author): an article (unlike the ki05 timeline box of "
              "short phrases beside a feature).",
        paras=[
            "2026年3月　省政府办公厅印发放心消费创建行动方案，确定鹭汀、霁川、临屿3市为首批试点城市。",
            "2027年9月　全省推行“线下无理由退货”承诺制度，首批1200家商户参与。",
            "2029年5月　省消费者权益保护委员会上线“青梧消费维权”在线平台，投诉处理平均时长缩短至9个工作日。",
            "2031年3月　放心消费创建在全省所有市县全面推开。",
            "2033年12月　全省放心消费单位数量突破10万家。",
            "2035年9月　首批20个放心消费示范街区名单公布。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版邮箱：jjxf@qwrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ki11() -> Page:
    """Consumer weekly 维权·警示 page, NO indent and NO blank line: label 消费警示 over a warning signed by the
    consumer council on a right-aligned line; case report with ——副题 and byline line 本报记者 X, justified
    lines; run-in 本报讯（记者 X） report with a table between paragraphs; label 律师说法 over a lawyer's column
    (byline line post　NAME); housekeeping ad; footer."""
    pg = Page("ki11.txt", cols=36, indent="", blanks="never", seed=3911,
              style="consumer weekly 维权·警示 page, NO indent and NO blank line anywhere: header on four lines; label 消费警示 over a warning (headline, intro, 一是／二是／三是 paragraphs) signed by the consumer council on a right-aligned line at its end; case report with a headline of two phrases parted by U+3000, ——副题 and byline line 本报记者 X, JUSTIFIED lines; run-in 本报讯（记者 X） report with a TABLE (title, header row, five rows) between two paragraphs; label 律师说法 over a lawyer's column with byline line firm + 律师　NAME; housekeeping ADVERTISEMENT; footer with hotline and e-mail")
    pg.furniture(["青梧消费导报",
                  cn_date(2035, 9, 27),
                  "第7版 维权·警示",
                  "主编：庞若虚　本版编辑：詹小禾"], "page header")
    a = Article(
        "a", "办理预付卡前请先想清这几件事", section="消费警示",
        byline="青梧省消费者权益保护委员会", authors=[],
        notes="Warning under the label 消费警示 (section), with its own headline; the 一是／二是／三是 paragraphs "
              "are body. The issuing council printed right-aligned on a line after the text is the byline (written "
              "without its leading U+3000s); no person named: no authors.",
        paras=[
            "近期，省消保委陆续接到多起美容美发、健身、教育培训等行业经营者关门停业、消费者预付款难以退还的投诉。为此，省消保委发布消费警示，提醒消费者理性办理预付卡。",
            "一是查资质。办卡前要查看经营者的营业执照和经营年限，优先选择已纳入预付式消费资金监管平台的商家。",
            "二是控金额。不要被“充得多、送得多”诱惑，单次充值金额不宜过大，充值周期不宜过长。",
            "三是留凭证。要与商家签订书面合同，明确服务内容、退款条件和违约责任，妥善保存合同、发票和付款记录。发现商家有异常迹象时，应及时向市场监管部门或消保委反映。",
        ])
    pg.furniture(["消费警示"], "column label 消费警示")
    pg.headline(a)
    pg.body(a)
    pg.line(a, FW * 23 + a.byline, "byline")
    b = Article(
        "b", "美容店突然闭店200余名会员维权", head=["美容店突然闭店　200余名会员维权"],
        subtitle="——律师建议保留证据、集体协商",
        byline="本报记者　秦沐阳", authors=["秦沐阳"],
        notes="Headline of two phrases parted by U+3000, written unspaced. ——副题 is the subtitle; byline line "
              "本报记者 X. Justified lines are letter-spaced. The member and the lawyer quoted (孙女士, 葛一澄) are "
              "not authors of this report.",
        paras=[
            "“卡里还有8000多元没消费，店说关就关了。”9月中旬，霁川市南屏区一家连锁美容店的多家门店突然停业，不少会员找上门时发现店门紧锁，门口只贴了一张“内部装修，暂停营业”的告示。",
            "记者了解到，这家美容店在霁川共开设5家门店，经营已有6年。据会员们自发建立的维权群统计，目前已有230余名会员登记，涉及预付金额约186万元，单人金额从数千元到五万余元不等。",
            "会员孙女士告诉记者，闭店前一个月，店员还在以“周年庆充值送护理”为由频繁推销，“我8月份刚充了1万元，只做过两次护理”。",
            "南屏区市场监管局表示，已对该企业立案调查，并联系上企业负责人，督促其制定退款方案。目前，该企业的部分门店已被其他经营者接手，主管部门正在协调新经营者为会员继续提供服务或折价退款。",
            "青梧衡平律师事务所律师葛一澄建议，会员应保存好办卡合同、付款记录和消费记录，通过集体协商、投诉或诉讼等途径依法维权。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.emit(b, jitems(pg, b, every=2, offset=0))
    c = Article(
        "c", "三季度消费投诉同比下降6.3%",
        byline="本报讯（记者　钟离雪）", authors=["钟离雪"], lead="本报讯（记者　钟离雪）",
        notes="Run-in 本报讯（记者 X） (a compound surname, 钟离雪) excluded from first. The table printed between "
              "the first and second paragraphs is not body.",
        paras=[
            "省消保委日前发布三季度消费投诉分析，全省各级消保委共受理消费投诉2.84万件，同比下降6.3%，为消费者挽回经济损失3260万元。",
            "从投诉类别看，预付式消费投诉量居首位，同比增长18.2%，主要集中在美容美发、健身和教育培训领域；网络购物投诉同比下降9.6%，直播带货中的虚假宣传、售后难等问题仍较突出。",
            "省消保委建议，各地加快推广预付式消费资金存管制度，强化对单用途预付卡发卡经营者的事中事后监管。",
        ])
    pg.headline(c)
    pg.body(c, end=1)
    pg.furniture(["三季度投诉量居前五位的服务类别",
                  "类别　　　　投诉量（件）　同比",
                  "预付式消费　4126　　　　　+18.2%",
                  "网络购物　　3870　　　　　-9.6%",
                  "教育培训　　2215　　　　　+4.1%",
                  "餐饮住宿　　1932　　　　　-12.5%",
                  "汽车销售　　1508　　　　　-3.3%"], "table between two paragraphs (not body)")
    pg.body(c, start=1)
    d = Article(
        "d", "商家闭店跑路，预付款能要回来吗", section="律师说法", kind="commentary",
        byline="青梧衡平律师事务所律师　葛一澄", authors=["葛一澄"],
        notes="Lawyer's column under the label 律师说法 (section): byline line firm + 律师 + NAME at the top; the "
              "lawyer who writes is the author (quoted, not an author, in the case report above). Commentary.",
        paras=[
            "经营者以预收款方式提供商品或者服务的，应当按照约定提供。未按照约定提供的，应当按照消费者的要求履行约定或者退回预付款，并承担预付款的利息、消费者必须支付的合理费用。这是消费者权益保护法的明确规定。",
            "现实中，商家闭店后往往难觅踪影，消费者维权成本较高。如果经营者只是暂停营业、主体仍然存在，消费者可以要求其继续履行或退款；如果经营者以转让、更名等方式逃避责任，接手方明知存在预付款债务的，也可能需要承担相应责任。",
            "对于经营者收取预付款后卷款跑路、数额较大的，可能涉嫌诈骗等犯罪，消费者可以向公安机关报案。建议消费者维权时尽量集体行动，统一整理证据，降低维权成本。",
        ])
    pg.furniture(["律师说法"], "column label 律师说法")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["广告",
                  "安居家政　金秋服务季",
                  "日常保洁　4小时168元",
                  "家电清洗　满200减30",
                  "服务热线：400-661-××××"], "housekeeping advertisement (not an article)")
    pg.furniture(["维权热线：12315　　投稿邮箱：weiquan@qwxfdb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ki12() -> Page:
    """Metro paper 周末速览 strip in an 8-character column, ONE U+3000 indent: headlines letter-spaced across
    the column over several lines; run-in 本报讯（记者 X）; credit （记者 X） at the end; byline line
    记者 X　通讯员 Y wider than the column; 消费日历 box; footer."""
    pg = Page("ki12.txt", cols=8, indent=FW, blanks="arts", seed=3912,
              style="metro paper 周末速览 strip in a very narrow column, blank lines only between articles and blocks: header on three lines (paper, letter-spaced 版名, date with weekday); three items whose headlines are letter-spaced with U+3000 across the column, each on two lines broken in mid-phrase; run-in 本报讯（记者 X） wrapped over three lines; credit （记者 X） run in at the end, wrapped; byline line 记者 X　通讯员 Y wider than the column; 本周末消费日历 box (dates over events); footer")
    pg.furniture(["霁川都市报",
                  "周　末　速　览",
                  cn_date(2035, 9, 21)], "page header")
    pg.blank()
    a = Article(
        "a", "秋季车展周六开幕",
        byline="本报讯（记者　倪照）", authors=["倪照"], lead="本报讯（记者　倪照）",
        notes="Item of the 周末速览 strip. Headline letter-spaced with U+3000 across the column on two lines, "
              "joined unspaced. Run-in 本报讯（记者 X） wrapped over three lines, excluded from first.",
        paras=[
            "2035霁川秋季车展将于9月22日至25日在霁川国际会展中心举办，展出面积6万平方米，参展品牌62个，其中新能源车型占比超过七成。车展期间，部分品牌将推出置换补贴和低息贷款。",
        ])
    b = Article(
        "b", "图书市集本周末开集",
        byline="（记者　沐晴）", authors=["沐晴"], tail="（记者　沐晴）",
        notes="Item of the 周末速览 strip. Letter-spaced headline on two lines, joined unspaced. Credit （记者 X） "
              "run in at the end (wrapped), excluded from last.",
        paras=[
            "第三届霁川秋季图书市集将于9月22日、23日在古城文化街区举办，40余家书店和出版机构参展，现场设旧书交换区，市民可带两本旧书换一本。",
        ])
    c = Article(
        "c", "社区食堂推出敬老餐",
        byline="记者　庄一楠　通讯员　何苗", authors=["庄一楠", "何苗"],
        notes="Item of the 周末速览 strip. Letter-spaced headline on two lines, joined unspaced. Byline line "
              "记者 X　通讯员 Y (wider than the column) under the headline: both are authors.",
        paras=[
            "从本周起，南屏区12家社区食堂推出“敬老餐”，每份两荤一素一汤，售价12元，70岁以上老人凭身份证可享受八折优惠。",
        ])
    for art in (a, b, c):
        pg.headline(art, spread_cols=8)
        if not art.lead and not art.tail:
            pg.line(art, art.byline, "byline")
        pg.body(art)
        pg.blank()
    pg.furniture(["本周末消费日历",
                  "9.22—9.25",
                  "霁川秋季车展",
                  "9.22—9.23",
                  "古城图书市集",
                  "9.23",
                  "江滨跳蚤市场",
                  "9.28起",
                  "中秋灯会"], "消费日历 box (dates and events; not an article)")
    pg.blank()
    pg.furniture(["编辑：乔一川"], "footer")
    return pg


PAGES = [ki09, ki10, ki11, ki12]
