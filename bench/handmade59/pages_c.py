"""Pages lc09-lc12 of handmade59 (development set; all papers, agencies, names, firms, offices, places and figures
invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, width, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (see pages_a)."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


def right(text: str, cols: float) -> str:
    """A line set flush right in a column of `cols`."""
    return FW * max(0, int(cols - width(text))) + text


# ---------------------------------------------------------------------------
def lc09() -> Page:
    """Provincial daily 问政 page: label 网络问政 over a Q&A (——副题, byline line 本报记者 X　整理, intro, then
    网友“nickname”问： / 答： paragraphs); 问政回访 with a kicker and byline line 本报记者 X; a table of the week's
    handling figures; economic item with run-in 本报讯（记者 X　通讯员 Y）."""
    cols = 30
    pg = Page("lc09.txt", cols=cols, indent=FW * 2, blanks="arts", seed=5909,
              style="provincial daily 问政 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday + 第7版; 版名 问政·民生 + 责任编辑); label 网络问政 over a Q&A: headline, ——副题 (…负责人回应网友关切), byline line 本报记者 X　整理, an intro paragraph, then paragraphs 网友“nickname”问： and 答：; 问政回访 with 引题 kicker and byline line 本报记者 X; table 本周问政平台办理情况 (title, header row, four rows, note); economic item (涉企诉求) with run-in 本报讯（记者 X　通讯员 Y）; footer")
    pg.furniture(["岚山日报",
                  cn_date(2035, 11, 6) + "　第7版",
                  "问政·民生　　责任编辑：于晚舟"], "page header")
    pg.blank()
    pg.furniture(["网络问政"], "column label 网络问政")
    a = Article(
        "a", "供暖费能否按实际使用面积收取", section="网络问政", kind="interview",
        subtitle="——市住建局负责人回应网友关切",
        byline="本报记者　司马蘅　整理", authors=["司马蘅"],
        notes="**new** 网络问政 Q&A under the label 网络问政 (section): ——副题 is the subtitle; byline line 本报记者 X　"
              "整理 (the compiler is the author). The body is the intro paragraph and the 网友“nickname”问： / 答： "
              "paragraphs. Kind interview (an official answers questions, compiled by a reporter, as the 招考热点 "
              "Q&A of handmade55). The net users (by nickname) and the official who answers are not authors.",
        paras=[
            "供暖季来临，岚山市网络问政平台近期收到不少关于供暖收费的留言。记者就网友集中关注的问题，采访了市住房和城乡建设局供热管理处负责人。",
            "网友“北窗听雪”问：我家房子产权面积98平方米，其中阳台和公摊就有20多平方米，供暖费为什么要按产权面积收？",
            "答：根据我市供热管理办法，居民供暖费目前按建筑面积计收，这是全省通行的做法。安装了分户计量装置并经验收的住户，可以申请按热计量收费，实行“基本热价＋计量热价”的两部制，用多少交多少。",
            "网友“岚河渔夫”问：房子常年没人住，可以申请停暖吗？",
            "答：可以。用户应在每年10月15日前向供热企业提出申请，经现场确认关闭阀门后，只需缴纳基本热费，即全额供暖费的30%。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "小区“飞线充电”隐患整改到位",
        byline="本报记者　卓映秋", authors=["卓映秋"],
        notes="Follow-up on an earlier 问政 message. The 引题 kicker 问政回访 (no ——副题 printed) is neither title nor "
              "subtitle. Byline line 本报记者 X. The resident and officials quoted are not authors.",
        paras=[
            "10月中旬，网友在问政平台留言，反映岚山市青松苑小区居民从楼上拉电线给电动车充电，存在火灾隐患。近日，记者回访看到，小区内新建的两处集中充电车棚已投入使用，共设充电口160个，楼道内的“飞线”已全部拆除。",
            "“充一次电一块钱左右，比以前方便多了。”居民佘大姐说。青松街道相关负责人介绍，充电车棚由街道、物业和充电运营企业三方共建，运营企业投资38万元，通过充电服务费收回成本。",
        ])
    pg.kicker(b, "问政回访")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    pg.furniture(["本周问政平台办理情况",
                  "部门　　　　受理（件）　办结（件）　满意率",
                  "市住建局　　　412　　　　398　　　92.6%",
                  "市市场监管局　287　　　　281　　　95.1%",
                  "市人社局　　　236　　　　230　　　94.3%",
                  "市交通运输局　174　　　　169　　　90.8%",
                  "注：统计时间为10月30日至11月5日"], "table 本周问政平台办理情况 (not an article)")
    pg.blank()
    c = Article(
        "c", "前三季度问政平台涉企诉求办结率97%",
        byline="本报讯（记者　卓映秋　通讯员　冼一鸣）", authors=["卓映秋", "冼一鸣"],
        lead="本报讯（记者　卓映秋　通讯员　冼一鸣）",
        notes="The page's economic item (business complaints through the 问政 platform). Run-in 本报讯（记者 X　通讯员 "
              "Y） excluded from first; both are authors.",
        paras=[
            "记者从岚山市政务服务管理局获悉，今年前三季度，市网络问政平台共受理企业诉求5126件，办结4972件，办结率97.0%。诉求主要集中在政策咨询、账款拖欠、用工招聘和涉企收费等方面，其中帮助企业追回被拖欠账款2.3亿元，清理不合理涉企收费项目17项。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["问政平台：wz.lsrb.cn　　本版校对：郝青禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lc10() -> Page:
    """Evening paper 读者之声 page in a very narrow column: economic report with its headline letter-spaced with U+3000
    over two lines broken in mid-word and byline line 本报记者 X; label 读者留言 over three UNTITLED short items
    signed by net users (a name on a line of its own; a nickname on a line of its own; a name run in at the end);
    热线回音 item with run-in credit."""
    cols = 18
    pg = Page("lc10.txt", cols=cols, indent=FW, blanks="para", seed=5910,
              style="evening paper 读者之声 page in a very narrow column, indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 第12版 读者之声); economic report with its headline letter-spaced with U+3000 over two lines broken in mid-word (城　区　夜　市　摊　位 / 费　下　调　五　成) and byline line 本报记者 X; label 读者留言 over three UNTITLED short items: one signed ——网友 NAME on a line of its own, one signed ——网友“nickname” on a line of its own, one signed （网友 NAME） run in at the end; label 热线回音 over an item with headline and run-in credit （记者 X）; footer wider than the column")
    pg.furniture(["泠水晚报",
                  cn_date(2036, 7, 24),
                  "第12版　读者之声"], "page header")
    pg.blank()
    a = Article(
        "a", "城区夜市摊位费下调五成",
        byline="本报记者　薛晚晴", authors=["薛晚晴"],
        notes="The page's economic lead. Headline letter-spaced with U+3000 over two lines and broken in mid-word "
              "(摊位 / 费), joined unspaced. Byline line 本报记者 X. The stall-holder and the official quoted are "
              "not authors.",
        paras=[
            "7月起，泠水市城区5个夜市的摊位管理费由每月600元下调至300元，新增摊位优先向退役军人、就业困难人员开放。",
            "“一个月省下300元，够进两天的货。”在南门夜市卖凉粉的摊主葛大成说。市商务局介绍，调整后夜市摊位数由286个增至413个，6月夜市消费额达到1860万元，环比增长34%。",
        ])
    pg.headline(a, spread_cols=14)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["读者留言"], "column label 读者留言")
    pg.blank()
    b1 = Article("b1", None, section="读者留言", byline="——网友　邵小满", authors=["邵小满"],
                 notes="**new** Untitled short message of the 读者留言 strip (section): no headline, title null. Signed "
                       "——网友 NAME on a line of its own after the text: the byline; a person's name, so an author.",
                 paras=["小区门口新开的平价菜店，青菜比超市便宜一半，希望这样的店多开几家。"])
    b2 = Article("b2", None, section="读者留言", byline="——网友“江畔听风”",
                 notes="**new** Untitled short message of the 读者留言 strip, signed ——网友“nickname” on a line of its "
                       "own: the byline; a screen name is not a person's name, so no authors.",
                 paras=["夜市热闹了是好事，但收摊后的垃圾要及时清运，别让夜市变成“夜脏”。"])
    b3 = Article("b3", None, section="读者留言", byline="（网友　甄小禾）", authors=["甄小禾"], tail="（网友　甄小禾）",
                 notes="**new** Untitled short message of the 读者留言 strip, signed （网友 NAME） run in at the end: the "
                       "byline, excluded from last; the name is a person's, so an author.",
                 paras=["建议公园的收费停车场对前来晨练的老人给予半小时免费。"])
    pg.body(b1)
    pg.line(b1, b1.byline, "byline")
    pg.gap()
    pg.body(b2)
    pg.line(b2, b2.byline, "byline")
    pg.gap()
    pg.body(b3)
    pg.gap()
    pg.furniture(["热线回音"], "column label 热线回音")
    c = Article(
        "c", "桂园小区门口路灯亮了", section="热线回音",
        byline="（记者　薛晚晴）", authors=["薛晚晴"], tail="（记者　薛晚晴）",
        notes="Item under the label 热线回音 (section). The credit （记者 X） run in at the end is the byline, excluded "
              "from last.",
        paras=["上周有读者反映桂园小区门口6盏路灯不亮。市路灯管理处接报后更换了老化线路，7月22日晚路灯恢复照明。"])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["读者热线：0×××-3300××××　编辑：顾念秋　校对：莫一川"], "footer wider than the column")
    return pg


# ---------------------------------------------------------------------------
def lc11() -> Page:
    """Daily 读者来信 page, NO indent: letter signed at its end and followed by an 编者按 (body in two pieces around the
    signature); label 来信摘登 over three short letters signed （读者 X） run in at the end; a department's reply
    letter (salutation, office and date lines at its end); economic report with byline line 本报记者 X."""
    cols = 36
    pg = Page("lc11.txt", cols=cols, indent="", blanks="arts", seed=5911,
              style="daily 读者来信 page, NO indent and no blank line between paragraphs, blank lines only between articles and blocks: header on two lines (paper + date with weekday; 第4版 读者来信 + 责任编辑); letter signed at its end (place + 读者 X, right-aligned) and followed by an 编者按 paragraph (body in two pieces around the signature); label 来信摘登 over three short letters with headlines, each signed （读者 X） run in at the end; a department's reply letter (headline 关于…的回复, salutation 柘溪日报社：, reply, the office's name and the date right-aligned at its end); economic report (涉企收费 letters) with byline line 本报记者 X; footer with address")
    pg.furniture(["柘溪日报　" + cn_date(2037, 3, 19),
                  "第4版　读者来信　　责任编辑：程暮云"], "page header")
    pg.blank()
    a = Article(
        "a", "社保卡换卡为何要跑三趟",
        byline="柘溪市双桥区读者　晏秋实", authors=["晏秋实"],
        notes="**new** Reader's letter followed by an 编者按: the signature (place + 读者 X, right-aligned) after the "
              "letter is the byline, the reader the author; the 编者按 printed AFTER the signature belongs to the "
              "same item (the paper's note on this letter, no headline of its own) and is body, so the body is in "
              "two pieces around the signature line, and last is the end of the 编者按.",
        paras=[
            "我今年退休，按要求要把旧社保卡换成第三代社保卡。第一次去银行网点，工作人员说要先在手机上预约；预约后第二次去，又说照片不符合要求，要去指定照相馆重拍；第三次去才办成，前后花了半个多月。",
            "换一张卡，为什么不能一次告知所需材料？能不能在网点现场拍照？希望有关部门简化流程，少让群众跑腿。",
            "编者按：“只跑一次”“一次告知”早已写进政务服务的要求，落到窗口却仍有“最后一米”没有打通。本报已将来信转交柘溪市人力资源和社会保障局，欢迎相关部门回复。",
        ])
    pg.headline(a)
    pg.body(a, end=2)
    pg.line(a, right(a.byline, cols), "byline")
    pg.body(a, start=2)
    pg.blank()
    pg.furniture(["来信摘登"], "column label 来信摘登")
    d = []
    for key, title, name, text in (
            ("b1", "网约车“一口价”不该临时加价", "葛沐阳",
             "上周在柘溪北站打网约车，下单时显示一口价46元，到达后司机却以“高速费”为由又收了15元。平台客服说一口价不含路桥费，可下单页面并没有提示。"),
            ("b2", "药店会员价应明码标示", "林素心",
             "有的药店只在系统里设会员价，货架标签只写原价，非会员结账时才发现价差。建议药店把会员价和非会员价同时标明。"),
            ("b3", "老旧小区维修基金使用要透明", "霍南山",
             "我们小区今年动用维修基金更换了水泵，花了多少钱、哪家施工，业主都不清楚。希望维修基金使用情况定期公示。")):
        art = Article(key, title, section="来信摘登", byline=f"（读者　{name}）", authors=[name], tail=f"（读者　{name}）",
                      notes="Short letter of the 来信摘登 strip (section) with its own headline, signed （读者 X） run in "
                            "at the end: the byline, excluded from last; the reader is the author.",
                      paras=[text])
        d.append(art)
        pg.headline(art)
        pg.body(art)
    pg.blank()
    c = Article(
        "c", "关于“出租车拒载短途乘客”来信的回复",
        notes="**new** A department's reply letter printed as its own item: the salutation 柘溪日报社： is a body line; "
              "the office's name and the date right-aligned at its end are body lines too (the office signs the "
              "reply and names no person, as the office lines of the 回音壁 items): no byline, no authors.",
        paras=[
            "柘溪日报社：",
            "贵报3月5日刊登的读者来信《出租车拒载短途乘客谁来管》收悉。我局高度重视，立即对来信反映的火车站、中心医院两处出租车候客点开展专项检查，查处拒载、议价等违规行为11起，对涉事驾驶员处以罚款并记分。下一步，我局将在两处候客点设置短途优先通道，并公布投诉电话0×××-12328。感谢读者的监督。",
            Raw([right("柘溪市交通运输局", cols), right("2037年3月15日", cols)]),
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    e = Article(
        "e", "群众来信中涉企收费问题占比上升",
        byline="本报记者　戚南枝", authors=["戚南枝"],
        notes="The page's economic report (business-fee letters). Byline line 本报记者 X. The official and the "
              "business owner quoted are not authors.",
        paras=[
            "记者从柘溪市信访局获悉，今年1月至2月，全市受理的群众来信中，反映涉企收费问题的有213件，占比8.7%，比去年同期提高2.9个百分点，主要涉及行业协会收费、中介服务收费和园区物业收费。",
            "“入会费、评比费、培训费，一年下来要交好几万元。”一家小型五金企业负责人翁立诚告诉记者。市发展改革委价格科负责人表示，将对来信反映的问题逐一核查，年内开展涉企收费专项清理。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.body(e)
    pg.blank()
    pg.furniture(["地址：柘溪市学府路3号柘溪日报读者来信部　邮编：5×××××　电话：0×××-2266××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lc12() -> Page:
    """Metropolitan daily 民生 page with column breaks: 记者调查 (kicker, headline, ——副题, byline line 文／本报记者 X
    图／本报记者 Y) whose body ends with （下转A08版） on a line of its own; photo news (brief) with credit line; label
    网友留言 over two items with headlines, each signed on a line of its own (网友 NAME / 网友“nickname”); 12345
    热点诉求 table; economic item with run-in 本报讯（记者 X）."""
    cols = 26
    pg = Page("lc12.txt", cols=cols, indent=FW * 2, blanks="some", colbreak=10, seed=5912, p_para=0.5, p_gap=0.85,
              style="metropolitan daily 民生 page, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on three lines (民生; paper + date with weekday; A03); 记者调查 with 引题 kicker, headline, ——副题, byline line 文／本报记者 X　图／本报记者 Y, ending with the jump line （下转A08版） on a line of its own; photo news (brief): headline, caption, credit line 本报记者 X　摄; label 网友留言 over two items with headlines, signed 网友 NAME and 网友“nickname” on a line of their own; table 本周12345热线热点诉求 (five ranked rows); economic item (保健品 complaints) with run-in 本报讯（记者 X）; footer")
    pg.furniture(["民生",
                  "洛霞都市报　" + cn_date(2039, 5, 27),
                  "A03"], "page header")
    pg.blank()
    a = Article(
        "a", "“免费体检”为何成了推销会",
        subtitle="——读者反映老人参加社区义诊后被推销高价保健品",
        byline="文／本报记者　岑暮雨　图／本报记者　卢一帆", authors=["岑暮雨"],
        notes="**new** 记者调查 prompted by readers' calls. The 引题 kicker 读者来电追踪 is neither title nor subtitle "
              "(the ——副题 is). Byline line 文／X　图／Y: only the writer is an author (as handmade22 and handmade55). "
              "The jump line （下转A08版） on a line of its own after the text is not body. The readers and staff quoted "
              "are not authors.",
        paras=[
            "“说是免费体检，量完血压就被拉去听讲座，最后花了3980元买了几盒‘护心胶囊’。”5月下旬，家住洛霞市南湖区的读者汤大爷致电本报，反映自己在小区门口参加“义诊”后被推销保健品。",
            "记者随后接到类似来电9个，涉及4个小区，金额从1280元到1.6万元不等。5月24日，记者以陪同老人体检的名义来到南湖区一处“健康驿站”。量血压、测血糖后，工作人员热情地邀请记者和老人上楼听“专家讲座”。",
            "讲座持续了近两个小时。自称“某研究院教授”的主讲人反复强调“心脑血管疾病高发”，随后推出一款“特价”胶囊，原价每盒1680元，“今天下单三盒送两盒”。现场有十几位老人当场付款。记者注意到，这款产品标注的是保健食品，批准文号却查询不到。",
        ])
    pg.kicker(a, "读者来电追踪")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转A08版）"], "jump line (not body)")
    pg.gap()
    p = Article(
        "p", "以旧换新补贴窗口前排起长队", kind="brief",
        byline="本报记者　卢一帆　摄", authors=["卢一帆"],
        notes="Photo news (brief, not counted in recall): headline, caption (the body), credit line 本报记者 X　摄 "
              "after it (byline; the photographer of a photo news is its author, as ky10 of handmade55).",
        paras=["5月26日，洛霞市民在南湖区家电卖场的以旧换新补贴服务窗口前排队办理业务。当天该窗口受理补贴申请600余份。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    pg.furniture(["网友留言"], "column label 网友留言")
    b1 = Article("b1", "充电桩“占位费”该有个上限", section="网友留言",
                 byline="网友　祁小川", authors=["祁小川"],
                 notes="**new** Item of the 网友留言 strip (section) with a headline, signed 网友 NAME on a line of its "
                       "own after the text (not right-aligned): the byline; a person's name, so an author.",
                 paras=["有的公共充电站充满电后超时占位每分钟收费1元，晚上去挪车稍晚一点就多出几十元。占位费有必要，但建议设置上限，夜间时段适当放宽。"])
    b2 = Article("b2", "希望菜场恢复早市", section="网友留言",
                 byline="网友“洛河晚风”",
                 notes="**new** Item of the 网友留言 strip with a headline, signed 网友“nickname” on a line of its own: "
                       "the byline; a screen name, so no authors.",
                 paras=["南湖菜场改造后早上7点才开门，上班族买不上新鲜菜，希望恢复6点的早市。"])
    for art in (b1, b2):
        pg.headline(art)
        pg.body(art)
        pg.line(art, art.byline, "byline")
        pg.gap()
    pg.furniture(["本周12345热线热点诉求",
                  "1.物业服务　　　　1862件",
                  "2.房屋交易与租赁　1217件",
                  "3.消费维权　　　　 986件",
                  "4.劳动工资　　　　 743件",
                  "5.公共交通　　　　 608件"], "table 本周12345热线热点诉求 (not an article)")
    pg.blank()
    c = Article(
        "c", "保健品消费投诉同比增长四成",
        byline="本报讯（记者　岑暮雨）", authors=["岑暮雨"], lead="本报讯（记者　岑暮雨）",
        notes="The page's economic item. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从洛霞市消费者协会获悉，今年1月至4月，全市消协系统受理保健食品类投诉328件，同比增长41.4%，涉案金额217万元，投诉人中60岁以上老年人占78%。市消协提醒，保健食品不能代替药物治疗，老年人参加“免费体检”“健康讲座”时要警惕高价推销，购买前可通过官方平台查询产品批准文号。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：詹书宁　　美编：叶小苒　　校对：柴一凡"], "footer")
    return pg


PAGES = [lc09, lc10, lc11, lc12]
