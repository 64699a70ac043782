"""Pages kt09-kt12 of handmade50 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kt09() -> Page:
    """City daily 要闻 page 2 in a 44-character column, two U+3000, NO blank line anywhere: lead with run-in
    本报讯（全媒体记者 X） and justified lines; an article whose headline and byline line are printed AFTER its
    body; label 简讯 over three ▲ items; an article signed （本报记者 X） at the end."""
    pg = Page("kt09.txt", cols=44, indent=FW * 2, blanks="never", seed=5009,
              style="city daily 要闻 page in a 44-character column indented with two U+3000, NO blank line anywhere: header on three lines (paper; date with weekday + 第2版 + 版名; editors); lead with the run-in 本报讯（全媒体记者 X）, three of its lines letter-spaced (justified) with ASCII spaces; an article whose body comes FIRST (right after the lead's last line) and whose headline and byline line 全媒体记者 X　通讯员 Y are printed AFTER it, two lines letter-spaced; label 简讯 over three items whose headlines open with ▲ (credit （X） of a bare name, no credit, （通讯员 X）); article with the credit （本报记者 X） run in at the end; footer with address and news hotline")
    pg.furniture(["槿山日报",
                  cn_date(2035, 7, 16) + "　第2版　要闻",
                  "责任编辑：蔡远　　美术编辑：孟小棠"], "page header")
    a = Article(
        "a", "全市启动防汛Ⅳ级应急响应",
        byline="本报讯（全媒体记者　黎向晚）", authors=["黎向晚"], lead="本报讯（全媒体记者　黎向晚）",
        notes="Lead. Run-in 本报讯（全媒体记者 X） excluded from first. Three lines letter-spaced (justified); "
              "spaces are ignored.",
        paras=[
            "受强降雨影响，7月15日12时，槿山市防汛抗旱指挥部启动防汛Ⅳ级应急响应。据气象部门预测，7月15日至17日，我市将出现一次强降雨过程，累计雨量100至150毫米，局地可达200毫米以上。",
            "市防指要求，各县（区）、各部门要立即进入应急状态，严格落实24小时值班和领导带班制度。水利部门要加强对病险水库、山塘和在建水利工程的巡查，落实“一库一策”；自然资源部门要对地质灾害隐患点开展拉网式排查，及时转移受威胁群众；城管部门要提前清理排水管网，做好城区内涝防范。",
            "截至15日18时，全市已预置抢险队伍86支、2600余人，转移山洪地质灾害危险区群众1320人，关闭涉水景区4个。",
        ])
    pg.headline(a)
    pg.emit(a, justify(pg.render_body(a), [1, 4, 5], " "))
    b = Article(
        "b", "槿山至芷阳旅游公路全线贯通",
        byline="全媒体记者　顾南星　通讯员　雷一舟", authors=["顾南星", "雷一舟"],
        notes="Headline and byline line (全媒体记者 X　通讯员 Y) printed AFTER the body, which follows the lead's "
              "last line directly (no blank lines on this page). Both are authors. Two lines letter-spaced. The "
              "villager quoted (叶春桥) is not an author.",
        paras=[
            "7月14日，随着最后一段沥青路面摊铺完成，槿山至芷阳旅游公路全线贯通。这条公路全长68公里，串联起沿线白沙湾湿地、云栖古村、芷水峡谷等11个景区景点，被当地群众称为“最美风景道”。",
            "公路按照二级公路标准建设，全线设置观景平台9处、驿站5处、自行车道32公里。“以前去芷水峡谷要绕一个多小时山路，现在40分钟就到了。”在云栖古村经营民宿的村民叶春桥说，公路还没正式通车，已经有不少游客打电话预订暑期的房间了。",
            "市交通运输局有关负责人介绍，下一步将加快完善沿线交通标志、安全设施和旅游服务设施，力争8月上旬正式通车。",
        ])
    pg.emit(b, justify(pg.render_body(b), [2, 5], " "))
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.furniture(["简讯"], "column label 简讯")
    items = [
        Article("c1", "槿山高新区新签约项目12个",
                byline="（黎向晚）", authors=["黎向晚"], tail="（黎向晚）",
                notes="Item of the 简讯 column (section), ▲ not in the title. Credit of a bare name （X） run in "
                      "at the end: the byline, excluded from last.",
                paras=["7月13日，槿山高新区举行项目集中签约活动，新签约新材料、智能装备等项目12个，总投资86亿元。"]),
        Article("c2", "市区新增3条定制公交线路",
                notes="Item of the 简讯 column (section), ▲ not in the title. No credit: no byline, no authors.",
                paras=["为方便市民通勤，市公交公司7月15日起新开通3条定制公交线路，连接高新区与城北、城西大型居住小区，乘客可通过手机预约座位。"]),
        Article("c3", "全市首批“暖心驿站”投入使用",
                byline="（通讯员　邵晓棠）", authors=["邵晓棠"], tail="（通讯员　邵晓棠）",
                notes="Item of the 简讯 column (section), ▲ not in the title. Credit （通讯员 X） run in at the end, "
                      "excluded from last; the 通讯员 is the author.",
                paras=["近日，由市总工会建设的首批20个“暖心驿站”投入使用，为环卫工人、快递员、外卖骑手等户外劳动者提供饮水、休息、充电、热饭等服务。"]),
    ]
    for art in items:
        art.section = "简讯"
        art.head = ["▲" + art.title]
        pg.headline(art)
        pg.body(art)
    d = Article(
        "d", "市中心医院开设夜间门诊",
        byline="（本报记者　顾南星）", authors=["顾南星"], tail="（本报记者　顾南星）",
        notes="Credit （本报记者 X） run in at the end: the byline, excluded from last.",
        paras=[
            "为方便上班族和学生就医，槿山市中心医院从7月15日起开设夜间门诊，开诊时间为每周一至周五18时至21时，开设内科、外科、儿科、眼科、口腔科等8个科室，由主治医师以上职称医生坐诊。",
            "患者可通过医院公众号预约挂号，也可现场挂号。医院同时开放夜间检验、影像检查和药房服务，实现“一站式”就诊。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本报地址：槿山市和平路88号　　新闻热线：88××××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kt10() -> Page:
    """City daily 社会 page in an 18-character column, two ASCII spaces, blank lines between paragraphs: an
    article continued from page 1 (headline, （上接第1版） line, no byline); two articles whose column pieces are
    INTERLEAVED (B1, C1, B2, C2); an article cut off by （下转第6版）; an item signed at the end."""
    pg = Page("kt10.txt", cols=18, indent="  ", blanks="para", seed=5010,
              style="city daily 社会 page in an 18-character column indented with two ASCII spaces, blank lines between paragraphs and blocks: header on four short lines; article continued from page 1 (headline, the jump line （上接第1版） on its own line, body, no byline); two articles read in INTERLEAVED column pieces: headline and byline line of the first, its first piece, the headline of the second and its first piece (run-in 本报讯（记者 X）), then the rest of the first, then the rest of the second; article with byline line 本报记者 X　实习生 Y cut off by the jump line （下转第6版）; item with the credit （记者 X　通讯员 Y） run in at the end; footer")
    pg.furniture(["5", "社会", "榕岫日报", cn_date(2035, 7, 23)], "page header")
    pg.blank()
    a = Article(
        "a", "全市城中村改造首批项目开工",
        notes="**new:** the second part of a front-page article continued here: its headline is printed again, "
              "then the jump line （上接第1版） (not body), then the text. The byline was printed on page 1 and is "
              "not on this page: no byline, no authors. first/last are those of the part printed here. The "
              "villager quoted (黄伯) is not an author.",
        paras=[
            "据介绍，首批开工的5个项目共涉及居民3100余户，将同步建设保障性住房4200套，配套建设幼儿园2所、社区卫生服务站3个和农贸市场1个。",
            "在城北区石榴村项目现场，记者看到，挖掘机、渣土车来回穿梭，工人们正在进行场地平整。65岁的村民黄伯站在围挡外看了好一阵子：“住了几十年的老房子，终于要换新楼了。”",
            "市住建局有关负责人表示，城中村改造将坚持“先安置、后拆除”，优先建设安置房，确保群众早日回迁。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第1版）"], "jump line 上接第1版 (not body)")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "小区电动车充电难题有了“解法”",
        byline="本报记者　凌素", authors=["凌素"],
        notes="Byline line 本报记者 X. Its body is read in two pieces INTERLEAVED with the next article's: "
              "first piece, then that article's headline and first piece, then this one's second piece. The "
              "resident quoted (周大姐) is not an author.",
        paras=[
            "晚上9点，城南区枫林苑小区的集中充电棚里，20个充电口几乎全部占满。“以前充电只能从楼上拉电线下来，物业天天劝，大家也提心吊胆。”居民周大姐说，今年4月，小区在闲置车棚里建起了智能充电桩，刷卡或扫码就能充，充满一次只要一块多钱。",
            "电动自行车是不少市民日常出行的主要工具，但“充电难”问题长期困扰着老旧小区居民。飞线充电、入户充电不仅容易引发火灾，也给邻里关系带来矛盾。",
            "记者从市消防救援支队了解到，今年以来，我市将电动自行车充电设施建设纳入民生实事项目，已在312个小区新建集中充电点，新增充电口1.8万个。对于场地受限的老旧小区，街道社区通过协调周边闲置用地、改造地下室等方式解决。",
            "消防部门提醒，居民切勿将电动自行车停放在楼道、疏散通道和安全出口处，更不要将电池带回家中充电。",
        ])
    c = Article(
        "c", "暑期“小候鸟”服务站开班",
        byline="本报讯（记者　潘晓）", authors=["潘晓"], lead="本报讯（记者　潘晓）",
        notes="Run-in 本报讯（记者 X） excluded from first. Its body is read in two pieces INTERLEAVED with the "
              "previous article's (its headline and first piece come between that article's two pieces, its "
              "second piece after them).",
        paras=[
            "7月22日，城北区石榴社区“小候鸟”暑期服务站开班，30多名从老家来到榕岫与务工父母团聚的孩子，参加了当天的手工课和防溺水安全课。",
            "社区负责人介绍，服务站由社区联合高校志愿者开设，暑期每周一至周五开放，提供作业辅导、兴趣课程和安全教育，免费向辖区务工人员子女开放。今年全市共设立这样的服务站46个。",
        ])
    b1, b2 = Page.chunks(pg.render_body(b), [16])
    c1, c2 = Page.chunks(pg.render_body(c), [8])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, b1)
    pg.gap()
    pg.headline(c)
    pg.gap()
    pg.emit(c, c1)
    pg.gap()
    pg.emit(b, b2)
    pg.gap()
    pg.emit(c, c2)
    pg.gap()
    d = Article(
        "d", "“银发课堂”里的新鲜事",
        byline="本报记者　凌素　实习生　卢悦", authors=["凌素", "卢悦"],
        notes="Byline line 本报记者 X　实习生 Y: both are authors. The text breaks off on this page: the jump line "
              "（下转第6版） on its own line after it is not body; last is the end of the part printed here. The "
              "learner quoted (罗桂芬) is not an author.",
        paras=[
            "每周二上午，城南区老年大学的智能手机课都座无虚席。68岁的学员罗桂芬戴着老花镜，一笔一画地在笔记本上记下操作步骤：打开软件、点击挂号、选择科室……“学会了在手机上挂号，以后看病就不用天不亮去排队了。”",
            "今年春季学期，城南区老年大学新开设了智能手机应用、短视频制作、中医养生等12门课程，报名人数比去年增加了近一倍。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.furniture(["（下转第6版）"], "jump line 下转第6版 (not body)")
    pg.gap()
    e = Article(
        "e", "男子醉驾被查驾驶证被吊销", head=["男子醉驾被查", "驾驶证被吊销"],
        byline="（记者　潘晓　通讯员　钟警）", authors=["潘晓", "钟警"], tail="（记者　潘晓　通讯员　钟警）",
        notes="Headline on two lines (two clauses), joined. Credit （记者 X　通讯员 Y） run in at the end: the "
              "byline, excluded from last; both are authors. The driver (许某) is not.",
        paras=[
            "7月20日晚，城西交警大队民警在金桂路开展夜查时，拦下一辆行驶不稳的小轿车。经检测，驾驶人许某血液酒精含量达到每百毫升92毫克，属醉酒驾驶。目前，许某已被依法吊销驾驶证，案件正在进一步办理中。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["本版编辑：骆川　　校对：符晓"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kt11() -> Page:
    """City daily 新闻速览 page in a 14-character column, two ASCII spaces, a blank line after EVERY line:
    letter-spaced headlines (U+3000 across the column, broken mid-word; single ASCII spaces); five items
    (run-in 本报讯（记者 X）, credits at the end, none); one photo news."""
    pg = Page("kt11.txt", cols=14, indent="  ", blanks="every", seed=5011,
              style="city daily 新闻速览 page in a 14-character column indented with two ASCII spaces, extracted with a blank line after EVERY line: header on three lines (paper; date with weekday; page number + 版名 综合新闻); label 新闻速览 letter-spaced; five items: two headlines letter-spaced with U+3000 across the column on two lines, broken in MID-WORD, one letter-spaced with U+3000 on two lines of its two phrases, two letter-spaced with single ASCII spaces on one line (quotation marks and digits spaced too); run-in 本报讯（记者 X） and 本报讯（记者 X　通讯员 Y）, credit （记者 X） and the bare name （X） run in at the end, one item with no credit; photo news (brief) with headline, caption and credit line 通讯员 X　摄; footer")
    pg.furniture(["蓼湾日报", cn_date(2035, 7, 30), "第3版　综合新闻"], "page header")
    pg.furniture(["新　闻　速　览"], "column label 新闻速览 (letter-spaced)")
    items = [
        Article("i1", "蓼湾港新开两条外贸航线",
                byline="本报讯（记者　蒋澄）", authors=["蒋澄"], lead="本报讯（记者　蒋澄）",
                notes="Item of the 新闻速览 page (section). Headline letter-spaced with U+3000 across the column on "
                      "two lines, broken in mid-word, joined unspaced. Run-in 本报讯（记者 X） excluded from first.",
                paras=["7月28日，蓼湾港新开通至东南亚的两条外贸集装箱航线，每周各一班。至此，蓼湾港外贸航线增至19条。"]),
        Article("i2", "市区21条道路完成“白改黑”",
                byline="（记者　单小鹿）", authors=["单小鹿"], tail="（记者　单小鹿）",
                notes="Item of the 新闻速览 page (section). Headline letter-spaced with single ASCII spaces "
                      "(quotation marks spaced too), written unspaced. Credit （记者 X） run in at the end, "
                      "excluded from last.",
                paras=["今年以来，我市完成了滨江路、工农路等21条道路“白改黑”改造，改造总里程36公里。改造后的路面平整度和通行舒适度明显提升，行车噪声降低约三成。"]),
        Article("i3", "暑期文化惠民演出启幕",
                notes="Item of the 新闻速览 page (section). Letter-spaced headline on two lines, joined. No dateline "
                      "and no credit: no byline, no authors.",
                paras=["7月29日晚，蓼湾市2035年暑期文化惠民演出在滨江广场启幕。今年暑期将在全市各县（区）巡演80场，演出涵盖戏曲、歌舞、曲艺等多种形式。"]),
        Article("i4", "全市新增托育机构18家",
                byline="本报讯（记者　单小鹿　通讯员　林微）", authors=["单小鹿", "林微"],
                lead="本报讯（记者　单小鹿　通讯员　林微）",
                notes="Item of the 新闻速览 page (section). Letter-spaced headline (single ASCII spaces, digits kept "
                      "whole), written unspaced. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are "
                      "authors.",
                paras=["记者从市卫生健康委获悉，今年上半年我市新增备案托育机构18家，新增托位1260个，全市每千人口拥有3岁以下婴幼儿托位数达到4.1个。"]),
        Article("i5", "一批“公园驿站”向市民开放",
                byline="（蒋澄）", authors=["蒋澄"], tail="（蒋澄）",
                notes="Item of the 新闻速览 page (section). Headline letter-spaced with U+3000 on two lines (its two "
                      "phrases), joined unspaced. Credit of a bare name （X） run in at the end, excluded from last.",
                paras=["近日，我市在滨江公园、植物园等8处公园新建的“公园驿站”向市民开放，提供饮水、休憩、应急医疗等服务，部分驿站还设置了自助图书角。"]),
    ]
    for art in items:
        art.section = "新闻速览"
        if art.key in ("i2", "i4"):
            pg.headline(art, sep=" ")
        elif art.key == "i5":
            pg.headline(art, lines=["一批“公园驿站”", "向市民开放"], sep=FW)
        else:
            pg.headline(art, spread_cols=14)
        pg.body(art)
    p = Article(
        "p", "抢收早稻", kind="brief",
        byline="通讯员　岳小川　摄", authors=["岳小川"],
        notes="Photo news (brief): headline (letter-spaced with U+3000), caption, credit line 通讯员 X　摄 (the "
              "byline); the photographer is the author. Printed after the five items and set apart from them (a headline letter-spaced differently, a caption and a credit): not one of the 新闻速览 items, no section.",
        paras=["7月29日，蓼湾市洄水镇农民在稻田里抢收早稻。当地今年早稻种植面积5.6万亩，预计平均亩产比去年增加20公斤。"])
    pg.headline(p, sep=FW)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.furniture(["编辑　晏秋池　校对　温蘅"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kt12() -> Page:
    """Provincial daily 民生 page, ONE U+3000 indent, blank lines sometimes plus column breaks: lead with kicker,
    headline, ——副题 and byline line 本报记者 X　Y, ■ crossheads; label 相关新闻 over an item; label 简讯 over
    three items WITHOUT headlines (■ marks; run-in 本报讯（记者 X）, credit （通讯员 X）, bare 本报讯); photo
    news; label 民生短评 over a comment signed （X）."""
    pg = Page("kt12.txt", cols=32, indent=FW, blanks="some", colbreak=15, seed=5012, p_para=0.45, p_gap=0.85,
              style="provincial daily 民生 page indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 15 body lines, also inside paragraphs): header on three lines (paper; date with weekday + page number; 版名 + hotline); lead with an 引题 kicker, headline, ——副题 and byline line 本报记者 X　Y, two ■ crossheads; label 相关新闻 over a run-in 本报讯（记者 X） item; label 简讯 over three items printed WITHOUT headlines, each opening with ■ (run-in 本报讯（记者 X）; nothing, with the credit （通讯员 X） at the end; the bare 本报讯); photo news (brief) with a long caption and credit line 本报记者 X　摄; label 民生短评 over a comment signed （X） run in at the end; footer")
    pg.furniture(["苓江日报",
                  cn_date(2035, 8, 6) + "　6",
                  "民生　　民生热线：96××××"], "page header")
    pg.blank()
    a = Article(
        "a", "新生儿出生“一件事”掌上办",
        subtitle="——出生医学证明、户口登记、医保参保等7个事项一次办结",
        byline="本报记者　尹知白　桑柔", authors=["尹知白", "桑柔"],
        notes="Lead. The 引题 kicker 全省推进“一件事一次办”改革 is neither title nor subtitle (the ——副题 is the "
              "subtitle, as g02 of handmade22). Byline line 本报记者 X　Y: both are authors. The ■ crossheads are "
              "body. The father and the official quoted (许朗) are not authors.",
        paras=[
            "“孩子出生第三天，出生医学证明、户口、医保卡就全办好了，一趟都没跑。”8月上旬，家住霁川市苇滨区的新手爸爸许朗向记者展示手机上的办理记录。他通过“苓江办事”App提交一次申请，就完成了出生医学证明、预防接种证、户口登记、医保参保、社保卡申领等7个事项的办理。",
            "今年以来，我省将新生儿出生、入学、就业、退休等与群众生活密切相关的13个事项纳入“一件事一次办”改革，推动跨部门、跨层级数据共享，实现“一次告知、一表申请、一网通办”。",
            Cross("■数据多跑路　群众少跑腿"),
            "过去，办理新生儿相关手续，家长需要分别到医院、派出所、医保经办机构等多个部门，提交材料20余份。如今，申请材料压减到3份，办理时间由原来的一个月左右缩短到5个工作日以内。",
            "“关键是打通了卫生健康、公安、医保、人社等部门的数据壁垒。”省政务服务数据管理局有关负责人介绍，医院出具的出生信息会实时推送至相关部门，家长在线确认后即可同步办理，办理结果通过邮寄或电子证照方式送达。",
            Cross("■线上线下同步推进"),
            "针对部分群众不习惯网上办理的情况，全省各级政务服务中心均设立了“一件事”综合窗口，提供帮办代办服务。截至7月底，全省已办理新生儿出生“一件事”12.6万件，群众满意率达99.2%。",
        ])
    pg.kicker(a, "全省推进“一件事一次办”改革")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "退休“一件事”9月起上线", section="相关新闻",
        byline="本报讯（记者　桑柔）", authors=["桑柔"], lead="本报讯（记者　桑柔）",
        notes="Item under the label 相关新闻 (section). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从省人力资源社会保障厅获悉，从9月1日起，我省将上线职工退休“一件事”服务，将养老保险待遇核定、医保退休登记、住房公积金提取等5个事项整合办理。符合条件的职工可在退休前3个月通过手机提交申请，到龄后待遇按时足额发放。",
        ])
    pg.furniture(["相关新闻"], "column label 相关新闻")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["简讯"], "column label 简讯")
    items = [
        Article("c1", None, byline="本报讯（记者　柯望舒）", authors=["柯望舒"], lead="■本报讯（记者　柯望舒）",
                notes="**new:** item of the 简讯 column (section) printed WITHOUT a headline: title null. The ■ item "
                      "mark and the run-in 本报讯（记者 X） are excluded from first; the ■ is not part of the byline.",
                paras=["8月5日，霁川市首家“无障碍服务示范站”在市政务服务中心启用，为残疾人、老年人提供手语翻译、轮椅借用、陪同办理等服务。"]),
        Article("c2", None, byline="（通讯员　陶小宁）", authors=["陶小宁"], lead="■", tail="（通讯员　陶小宁）",
                notes="Item of the 简讯 column (section) WITHOUT a headline: title null. The ■ mark is excluded from "
                      "first; the credit （通讯员 X） run in at the end is the byline, excluded from last.",
                paras=["近日，省红十字会向全省12个山区县捐赠AED（自动体外除颤器）240台，将安装在乡镇卫生院、中小学校和交通枢纽等人员密集场所。"]),
        Article("c3", None, byline="本报讯", lead="■本报讯　",
                notes="Item of the 简讯 column (section) WITHOUT a headline: title null. The ■ mark and the bare "
                      "本报讯 (no reporter named: byline without authors) are excluded from first.",
                paras=["记者从省住房公积金管理中心获悉，8月1日起，我省缴存职工租房提取住房公积金的额度由每月1500元提高到每月1800元，多子女家庭可再上浮20%。"]),
    ]
    for i, art in enumerate(items):
        art.section = "简讯"
        if i:
            pg.gap()
        pg.body(art)
    pg.blank()
    p = Article(
        "p", "“清凉包”送到一线", kind="brief",
        byline="本报记者　蓝萧　摄", authors=["蓝萧"],
        notes="Photo news (brief): headline, long caption, credit line 本报记者 X　摄 (the byline); the "
              "photographer is the author.",
        paras=[
            "8月5日，霁川市总工会工作人员在城东一处在建工地为建筑工人送上防暑降温“清凉包”。入伏以来，全省各级工会组织开展“夏送清凉”活动，累计走访慰问高温作业职工21万人次，发放防暑降温物资价值3600万元。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    e = Article(
        "e", "让“一次办”成为常态", section="民生短评", kind="commentary",
        byline="（叶清和）", authors=["叶清和"], tail="（叶清和）",
        notes="Comment under the label 民生短评 (section), signed （X） run in at the end (excluded from last). "
              "Commentary.",
        paras=[
            "从“跑多个部门”到“一次不用跑”，新生儿出生“一件事”的改革，改的是流程，暖的是民心。",
            "“一件事一次办”看似简单，背后是部门职能的重新梳理、数据壁垒的真正打通。过去一些地方推进政务服务改革，往往停留在“物理整合”，窗口集中了，但系统不通、数据不共享，群众仍要重复提交材料。只有从群众办成“一件事”的视角出发，倒逼部门协同，改革才能落到实处。",
            "当然，也要看到，数字化不能“一刀切”。在推进网上办、掌上办的同时，保留线下窗口、提供帮办代办，让不会用、不便用智能手机的群众也能办得成、办得好，这样的改革才更有温度。",
        ])
    pg.furniture(["民生短评"], "column label 民生短评")
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["本版责任编辑：郁南枝　　校对：钟离夏"], "footer")
    return pg


PAGES = [kt09, kt10, kt11, kt12]
