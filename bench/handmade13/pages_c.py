"""Pages x09-x12 of handmade13 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def x09() -> Page:
    """要闻 inside page: at the top the rest of a page-1 article (（上接第1版）, no headline, text starting in
    mid-sentence); below it an article cut in mid-sentence with a （下转第6版） jump line."""
    pg = Page("x09.txt", cols=32, indent="  ", blanks="some", seed=1309, p_para=0.3, p_gap=0.8,
              style="要闻 inside page with two articles: at the top the rest of an article from page 1: jump line （上接第1版） on a line of its own, then its text starting in mid-sentence, no headline, no byline; then an article with headline, ——副题 and byline line 本报记者 X　Y whose text stops in mid-sentence, followed by the jump line （下转第6版）; footer with editor and designer")
    pg.furniture(["岱川日报", cn_date(2032, 11, 3) + "　第2版　要闻"], "page header")
    pg.blank()
    pg.furniture(["（上接第1版）"], "jump line （上接第1版） (not body)")
    a = Article(
        "a", None,
        notes="Continuation of a page-1 article: no headline is printed here (title null), the byline was printed on "
              "page 1 (none here); the text starts in mid-sentence after the jump line （上接第1版）, which is not body. "
              "It is counted as an article of this page.",
        paras=[
            "新开工亿元以上项目326个，完成投资1280亿元，同比增长12.6%，拉动全省固定资产投资增长3.1个百分点。",
            "项目建设离不开要素保障。今年以来，省里建立重大项目用地、用能、资金等要素统筹调度机制，对纳入省重点建设计划的项目实行用地计划指标应保尽保。截至9月底，全省已为重点项目保障新增建设用地9.6万亩，争取地方政府专项债券额度1460亿元。",
            "在岚阳经开区，总投资85亿元的高性能铝合金材料项目从签约到开工只用了46天。“审批部门提前介入，帮我们把环评、能评等手续并联办理，节省了两个多月时间。”项目负责人说。",
            "省发展改革委有关负责人表示，四季度是项目建设的黄金期，各地要抢抓有利时机，加快在建项目建设进度，推动新开工项目尽快形成实物工作量，为完成全年目标任务提供有力支撑。",
        ])
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "民营经济贡献度持续提升", subtitle="——前三季度全省民营经济增加值占GDP比重达56.2%",
        byline="本报记者　伏晓岚　桑知夏", authors=["伏晓岚", "桑知夏"],
        notes="——副题 is the subtitle; byline line with two reporters, both authors. The text stops in mid-sentence "
              "(…企业产值有望) and goes on on page 6: the jump line （下转第6版） after it is not body; `last` is the "
              "end of what is printed here. The company chairman quoted (包立行) is not an author.",
        paras=[
            "记者从省工商业联合会获悉，前三季度，全省民营经济实现增加值1.96万亿元，同比增长6.3%，占全省地区生产总值的比重达到56.2%，比去年同期提高0.6个百分点。民营企业贡献了全省六成以上的税收、七成以上的技术创新成果和八成以上的城镇劳动就业。",
            "经营主体数量稳步增长。截至9月底，全省实有民营经营主体682万户，比年初增长6.9%；其中民营企业198万户，增长8.4%。前三季度，全省新设民营企业24.6万户，平均每天新设约900户。",
            "政策红利持续释放。今年以来，全省出台支持民营经济发展的政策措施40余项，前三季度为民营企业新增减税降费及退税缓费286亿元；全省民营企业贷款余额达到2.87万亿元，同比增长11.2%，高于各项贷款平均增速2.5个百分点。",
            "“这两年营商环境确实越来越好了。”禾阳一家机械制造企业董事长包立行告诉记者，去年企业申报的技改项目获得了省级专项资金支持，今年又通过“银税互动”拿到了800万元信用贷款，企业产值有望",
        ])
    pg.headline(b)
    for ln in wrap(b.subtitle, 32):
        pg.line(b, ln, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.furniture(["（下转第6版）"], "jump line （下转第6版） (not body)")
    pg.blank()
    pg.furniture(["本版责编：褚一鸣　　版式：钮晴"], "footer")
    return pg


# ---------------------------------------------------------------------------
def x10() -> Page:
    """副刊 page: prose essay signed with the name alone at the end, 【作者简介】 note after it; a 文化视点 item."""
    pg = Page("x10.txt", cols=36, indent=FW * 2, blanks="para", seed=1310,
              style="副刊 page (supplement named 岱山): prose essay (about 540 chars) with no byline under the headline, signed with the writer's name alone, right-aligned, on a line after the body, then a 【作者简介】 note run into its first line; label 文化视点 over a run-in 本报讯（记者 X） item; footer with the supplement's e-mail and editor")
    pg.furniture(["岱川日报　副刊", cn_date(2032, 4, 26) + "　第8版　岱山"], "page header")
    pg.blank()
    a = Article(
        "a", "老街的秤", byline="柴素心", authors=["柴素心"],
        notes="Prose essay (article, as the essays of earlier sets): no byline under the headline; the writer's name "
              "alone, right-aligned, on a line after the body is the byline; the 【作者简介】 note after it is not body.",
        paras=[
            "小时候，镇上老街的尽头有一家杂货铺，铺子里最显眼的，是柜台上那杆带着黄铜秤盘的老秤。秤杆是乌木的，磨得油亮，秤星一颗颗嵌在上面，像夜里的星星。",
            "铺子的主人是外公的老朋友，我们都叫他三爷。三爷称东西从不含糊，称好了，总要把秤杆翘得高高的，让买主看个清楚。“秤平斗满，做生意靠的是这个。”他用指节敲敲秤杆，又敲敲自己的胸口。那时我还小，不明白他敲胸口是什么意思，只觉得那一下很郑重。",
            "镇上的人买盐、买糖、买灯油，都爱到三爷的铺子里去。赶集的日子，山里的人背着茶叶、笋干来卖，也要借三爷的秤过一过，说是“三爷的秤，准”。一杆秤，称的是货物，也称出了一条街的信任。",
            "后来我到城里读书、工作，回老街的次数越来越少。再回去时，老街已经翻修，青石板换成了透水砖，杂货铺变成了一家便利店，收银台上摆着电子秤，扫码付款“嘀”的一声，干脆利落。三爷早已不在了，那杆老秤被他的孙子收在店里的玻璃柜中，旁边贴着一张手写的卡片：老秤，1962年。",
            "三爷的孙子在店里做起了直播，把镇上的茶叶、笋干卖到了全国各地。他说，网上卖货，最怕的就是缺斤短两，“差评一来，生意就完了”。我看着他把每一袋茶叶放在电子秤上，称好了，再往袋里添上一小撮，像极了当年的三爷。",
            "秤变了，老街变了，做生意的方式也变了。可有些东西，一直都在。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 30 + a.byline, "byline")
    pg.gap()
    pg.furniture(wrap("【作者简介】柴素心，岱川省作家协会会员，现供职于棠溪县文化馆，著有散文集《河埠头》《炊烟里的村庄》。", 36),
                 "作者简介 note after the essay (not body)")
    pg.gap()
    b = Article(
        "b", "首届非遗购物节销售额超1.2亿元", section="文化视点", byline="本报讯（记者　苗清和）",
        authors=["苗清和"], lead="本报讯（记者　苗清和）",
        notes="Under the label 文化视点 (section); run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "4月25日，为期十天的首届岱川非遗购物节落下帷幕。记者从省文化和旅游厅获悉，购物节期间，全省460多家非遗工坊、老字号企业通过线上线下渠道销售非遗产品，实现销售额1.26亿元，同比增长38%。",
            "购物节期间，各地组织非遗市集、直播带货等活动300多场，棠溪竹编、岚阳蓝印花布、枫岭红茶等非遗产品受到消费者欢迎。",
        ])
    pg.furniture(["文化视点"], "column label 文化视点")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["副刊邮箱：fukan@dcrb.example　　责任编辑：黎素问"], "footer")
    return pg


# ---------------------------------------------------------------------------
def x11() -> Page:
    """走基层 page: 编者按 over a series of three short signed pieces under one umbrella headline."""
    pg = Page("x11.txt", cols=24, indent=FW * 2, blanks="some", seed=1311, p_para=0.3, p_gap=0.75,
              style="要闻·走基层 page: series label 新春走基层, umbrella headline over the whole page (开工第一天，我们在现场), a 【编者按】 paragraph, then three short pieces, each with its own headline and byline line 本报记者 X; footer with editor")
    pg.furniture(["岱川日报", cn_date(2032, 2, 8) + "　第3版　要闻·走基层"], "page header")
    pg.blank()
    umbrella = "开工第一天，我们在现场"
    pg.furniture(["新春走基层", umbrella], "series label and umbrella headline (the three pieces' section)")
    pg.furniture(wrap("【编者按】春节假期刚过，全省各地企业陆续复工复产，重点项目加快推进。本报记者兵分多路，走进车间、工地和港口，记录开工第一天的火热场景。今起推出系列报道，敬请关注。",
                      24, FW * 2), "编者按 (not an article)")
    pg.gap()
    pieces = [
        Article(
            "s1", "生产线上订单排到了五月", byline="本报记者　颜知行", authors=["颜知行"],
            paras=[
                "2月7日早上8点，岱州经开区岱芯电子有限公司的SMT贴片车间里，12条生产线同时开动，贴片机发出有节奏的“嗒嗒”声。",
                "“节前就接了不少订单，现在已经排到了五月份。”公司生产总监傅一帆告诉记者，为了保证节后顺利开工，公司提前组织包车接回外省员工，开工第一天员工到岗率达到96%。今年一季度，公司计划实现产值5.2亿元，同比增长20%以上。",
                "在经开区，像岱芯电子这样节后第一天就满负荷生产的企业还有很多。经开区管委会提供的数据显示，当天园区规上工业企业开工率达到93%。",
            ]),
        Article(
            "s2", "隧道里响起“开工号”", byline="本报记者　尤青禾", authors=["尤青禾"],
            paras=[
                "2月7日，在岱州至禾阳城际铁路岚山隧道施工现场，随着一声汽笛长鸣，盾构机缓缓启动，新年第一环管片顺利拼装完成。",
                "“春节期间有120多名工人留守工地，节后又陆续返岗了300多人，现在各个作业面已经全部恢复施工。”项目经理桑立夏说，今年项目计划完成投资18亿元，力争年底实现隧道全线贯通。",
            ]),
        Article(
            "s3", "新年首班外贸货轮鸣笛启航", byline="本报记者　符远帆", authors=["符远帆"],
            paras=[
                "2月7日上午，在禾阳港集装箱码头，满载电子产品和机械配件的“禾港顺”轮鸣笛启航，驶向东南亚。这是禾阳港新年开出的第一艘外贸班轮。",
                "码头上，岸桥起落，集卡往来穿梭。禾阳港集团生产业务部负责人介绍，春节期间港口生产不停歇，节后第一天集装箱作业量达到1.1万标箱，同比增长15%。",
            ]),
    ]
    for art in pieces:
        art.section = umbrella
        art.notes = ("One of three pieces printed under the series label 新春走基层, the umbrella headline "
                     "开工第一天，我们在现场 and a 编者按: each has its own headline, byline line 本报记者 X and text, so "
                     "each is an article; the umbrella headline is their section, the 编者按 is not an article. "
                     "People quoted are not authors.")
        pg.headline(art)
        pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["本版编辑：左书禾　　美编：喻航"], "footer")
    return pg


# ---------------------------------------------------------------------------
def x12() -> Page:
    """区报 综合 page of a 13-character column, no blank line: 通讯员 bylines in bracket form at the end."""
    pg = Page("x12.txt", cols=13, indent="  ", blanks="never", seed=1312,
              style="区报 综合 page of a 13-character column, indent two ASCII spaces, no blank line anywhere, every byline in brackets at the END: line （通讯员 X　Y） after the body; （通讯员 X） run in at the end; （记者 X　通讯员 Y） run in and wrapped over two lines; line （区融媒体中心 X） after the body; headlines of 13 characters or on two lines; footer with hotline and editor")
    pg.furniture(["棠溪区报", cn_date(2032, 9, 12), "第2版　综合"], "page header")
    a = Article(
        "a", "竹产业链产值突破30亿元", byline="（通讯员　毛晓竹　龚亦）", authors=["毛晓竹", "龚亦"],
        notes="Byline in brackets on a line of its own after the body (two 通讯员, both authors).",
        paras=[
            "据区农业农村局统计，今年前8个月，棠溪区竹产业全产业链产值达到30.6亿元，同比增长13.5%。",
            "近年来，棠溪区依托42万亩竹林资源，引进竹纤维餐具、竹结构建材等精深加工企业18家，竹材就地加工转化率从不足四成提高到七成以上。区里还建设了竹产业数字化交易平台，竹农在手机上就能了解收购价格、预约上门收购。",
            "下一步，棠溪区将重点发展“以竹代塑”产品，力争到2034年全区竹产业产值突破50亿元。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, a.byline, "byline")
    b = Article(
        "b", "城关街道老旧小区改造惠及3200户", head=["城关街道老旧小区", "改造惠及3200户"],
        byline="（通讯员　宁小渡）", authors=["宁小渡"], tail="（通讯员　宁小渡）",
        notes="Headline on two lines, joined; byline （通讯员 X） run in at the end, excluded from last.",
        paras=[
            "9月10日，城关街道桂花苑小区改造工程完工。改造后的小区新增停车位160个，加装电梯6部，雨污管网全部分流，楼道照明全部更换为感应灯。",
            "今年，城关街道共实施老旧小区改造项目9个，惠及居民3200余户。改造前，街道通过入户走访、召开居民议事会等方式征求意见，把居民最关心的停车、加装电梯等问题列为改造重点。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "枫林乡高山茶卖出好价钱", byline="（记者　柯雨　通讯员　秦可）", authors=["柯雨", "秦可"],
        tail="（记者　柯雨　通讯员　秦可）",
        notes="Byline （记者 X　通讯员 Y） run in at the end of the last paragraph and wrapped over two lines, excluded "
              "from last; both are authors.",
        paras=[
            "眼下，枫林乡的秋茶采摘进入尾声。今年，全乡高山茶平均收购价每斤达到86元，比去年提高12元。",
            "枫林乡平均海拔800多米，种植茶叶1.6万亩。乡里引导茶农成立合作社，统一技术标准、统一加工、统一品牌销售，注册的“枫林云雾”商标已在全区20多家商超设立专柜，茶农人均增收2300元。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "秋季招聘会提供岗位2600个", byline="（区融媒体中心　沐晴）", authors=["沐晴"],
        notes="Byline in brackets on a line of its own after the body: the district media centre and the writer's "
              "name; the name is the author.",
        paras=[
            "9月11日，区人力资源和社会保障局举办秋季招聘会，86家企业提供岗位2600个，涵盖机械制造、电子商务、家政服务等行业。",
            "招聘会现场设置了政策咨询、职业指导、技能培训报名等服务台，当天有1100多人进场求职，680人与企业达成初步就业意向。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.line(d, d.byline, "byline")
    pg.furniture(["新闻热线：0797-6212××××", "责任编辑：邝一"], "footer")
    return pg


PAGES = [x09, x10, x11, x12]
