"""Pages kg09-kg12 of handmade37 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date

from pages_a import Cont, emit_with, jline, render, side_by_side, starts


# ---------------------------------------------------------------------------
def kg09() -> Page:
    """Metro paper 民生·物价 page extracted with a blank line after every line and no indent: a headline whose
    second line is printed after the byline, a price table of ragged cells inside the lead; full-width digits
    mixed in; supermarket advertisement; label 民生热线 over an item signed at the end."""
    pg = Page("kg09.txt", cols=24, indent="", blanks="every", seed=3709,
              style="metro paper 民生·物价 page, NO indent, extracted with a blank line after EVERY line: header on three lines (paper + page number; 版名; date with weekday); lead whose headline is split over two lines with its SECOND LINE PRINTED AFTER THE BYLINE line 记者　X　实习生　Y, a price TABLE extracted as ragged cell lines between two paragraphs; run-in 都市报讯（记者 X） article with FULL-WIDTH digits mixed in (１００元, ６只装, ４８元); supermarket advertisement; label 民生热线 over an item signed （记者 X　通讯员 Y） run in at the end; numbers cut at line ends; footer")
    pg.furniture(["鹭川都市报　A07",
                  "民生·物价",
                  cn_date(2035, 6, 16)], "page header")
    a = Article(
        "a", "端午临近菜价总体平稳", subtitle="猪肉价格环比小幅回落",
        byline="记者　冼冬青　实习生　林沐", authors=["冼冬青", "林沐"],
        notes="Lead. **new:** headline split over two lines with the SECOND LINE PRINTED AFTER the byline line "
              "记者 X　实习生 Y: as in kg03, the first line is the title, the second the subtitle. Both the reporter "
              "and the intern are authors. The price table extracted as ragged cell lines between two "
              "paragraphs is not body (pieces). The stall keeper and the official quoted are not authors.",
        paras=[
            "端午假期临近，鹭川市“菜篮子”供应情况如何？6月15日，记者走访城区多个农贸市场和超市发现，蔬菜、肉蛋、水产品供应充足，价格总体平稳。",
            "在南湖农贸市场，青菜、空心菜、豇豆等本地时令蔬菜大量上市，每斤售价在2元至4元之间。“这阵子本地菜多，价格比上个月便宜了一两成。”菜摊摊主曾素梅一边给顾客称菜一边说。",
            "据市发展改革委价格监测中心数据，6月上旬，全市28种重点监测蔬菜平均零售价格为每斤3.46元，环比下降6.2%；猪肉平均零售价格为每斤14.8元，环比下降1.9%；鸡蛋价格基本持平。",
            "市发展改革委有关负责人表示，端午期间将加强重要民生商品价格监测，督促大型商超做好节日备货，对哄抬价格等违法行为依法严肃查处。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.line(a, a.subtitle, "subtitle")
    items = render(pg, a)
    emit_with(pg, a, items, {starts(items)[2]: (["鹭川市部分农贸市场零售均价（6月15日）",
                                                 "品名　单位　价格（元）",
                                                 "青菜　斤　2.5",
                                                 "空心菜",
                                                 "斤",
                                                 "3.0",
                                                 "猪肉（精瘦肉）　斤　15.8",
                                                 "鸡蛋　斤",
                                                 "5.2",
                                                 "草鱼　斤　9.5"], "price table extracted as ragged cell lines, between two paragraphs (not body)")})
    b = Article(
        "b", "粽子礼盒“瘦身”价格回归理性",
        byline="都市报讯（记者　樊星）", authors=["樊星"], lead="都市报讯（记者　樊星）",
        notes="Run-in 都市报讯（记者 X） excluded from first. Full-width digits mixed with half-width as printed. "
              "The shopper quoted is not an author.",
        paras=[
            "端午节前，粽子迎来销售旺季。记者在多家超市和糕点店看到，今年的粽子礼盒普遍“瘦身”，包装更简约，价格也更亲民，１００元以下的礼盒成为主流。",
            "“以前的礼盒里又是咸鸭蛋又是茶叶，盒子比粽子还重。现在简单包装，实惠多了。”在一家连锁超市，市民胡玉兰选了一盒６只装的鲜肉粽，售价４８元。超市负责人介绍，今年店内粽子销量同比增长15%，其中散装粽和小包装礼盒卖得最好。",
            "市市场监管局提醒，购买粽子时要查看生产日期、保质期和储存条件，不要购买包装破损、标签不全的产品。",
        ])
    pg.headline(b)
    pg.emit(b, render(pg, b))
    pg.furniture(["广告",
                  "好邻居生活超市",
                  "端午特惠　6月16日—6月19日",
                  "鲜肉粽6只装　39.9元　　咸鸭蛋20枚　29.8元",
                  "地址：鹭川市南湖路56号"], "supermarket advertisement (not an article)")
    pg.furniture(["民生热线"], "column label 民生热线")
    c = Article(
        "c", "小区快递柜超时收费应事先告知", section="民生热线",
        byline="（记者　樊星　通讯员　陆一苇）", authors=["樊星", "陆一苇"], tail="（记者　樊星　通讯员　陆一苇）",
        notes="Item under the label 民生热线 (section), signed （记者 X　通讯员 Y） run in at the end (excluded from "
              "last); both are authors.",
        paras=[
            "近日，有市民拨打本报民生热线反映，所住小区的快递柜包裹存放超过12小时即开始收费，且收费标准未在显著位置公示。记者就此咨询了市邮政管理局。",
            "市邮政管理局工作人员表示，智能快件箱运营企业应当合理确定并公示收费标准，在快件投递前告知收件人取件方式和免费保管期限。市民如遇未告知即收费等情况，可向邮政管理部门申诉。",
        ])
    pg.headline(c)
    pg.emit(c, render(pg, c))
    pg.furniture(["本版编辑：柳絮　　美编：秦小安"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kg10() -> Page:
    """Provincial daily 乡村振兴 page in a wide column: lead with ▍-marked crossheads, a page number alone on a
    line and a photo caption dropped in mid-paragraph, justified lines; comment under 三农论坛; photo news
    (brief); run-in 本报讯（全媒体记者 X） article."""
    pg = Page("kg10.txt", cols=46, indent=FW * 2, blanks="para", seed=3710,
              style="provincial daily 乡村振兴 page, a 46-char column with blank lines between paragraphs and blocks: header on four short lines; lead with ——副题, byline line 岚江日报全媒体记者 X　通讯员 Y, three crossheads marked with the graphic bar ▍ (body), JUSTIFIED lines, the PAGE NUMBER 9 alone on a line mid-paragraph and a ▲ photo caption with its credit dropped in MID-PARAGRAPH; label 三农论坛 over a comment with byline line □　X, justified lines; a stray ■ alone on a line; photo news (brief): headline, caption, credit line 本报通讯员 X　摄; run-in 本报讯（全媒体记者 X） article; numbers cut at line ends; footer")
    pg.furniture(["9",
                  "乡村振兴",
                  cn_date(2035, 6, 17) + "　岚江日报",
                  "责任编辑：柯望　　校对：凌晓"], "page header")
    pg.blank()
    a = Article(
        "a", "梧阳预制菜产业“链”起千家万户", subtitle="——全市预制菜产业年产值突破260亿元",
        byline="岚江日报全媒体记者　阎知秋　通讯员　章野", authors=["阎知秋", "章野"],
        notes="Lead. ——副题 is the subtitle; byline line 岚江日报全媒体记者 X　通讯员 Y, both authors. The three "
              "crossheads marked with ▍ are body (as the ▶ crossheads of handmade22). **new:** the page number 9 "
              "alone on a line mid-paragraph and the ▲ photo caption with its credit (本报通讯员 章野 摄, one of "
              "the writers) dropped in mid-paragraph are not body (pieces). Justified lines are body. The "
              "manager, the farmer and the official quoted are not authors.",
        paras=[
            "6月的梧阳乡间，田野里一片繁忙。在东湖区莲塘镇的一处蔬菜种植基地，工人们正在采收辣椒，采摘下来的辣椒经过分拣、清洗，当天就会送进十几公里外的预制菜工厂，变成一道道“辣椒炒肉”“擂辣椒皮蛋”料理包，销往全国各地。",
            "近年来，梧阳市把预制菜产业作为推动农业全产业链发展的重要抓手，全市预制菜及相关企业已发展到420余家，去年产值突破260亿元，带动种养殖基地86万亩，辐射农户12万户。",
            Cross("▍从“田间”到“车间”"),
            "“我们和周边6个乡镇的合作社签了订单，辣椒、莲藕、腊肉都是定向收购。”梧阳一家预制菜企业负责人邹建林说，企业去年采购本地农产品3.2万吨，“订单价格比市场价高5%左右，农户种得放心，我们原料也有保障。”",
            "莲塘镇种植户谭金秀算了一笔账：家里流转了40亩地种辣椒，和企业签订单后不用愁销路，每亩纯收入能有4000多元，“比以前种水稻强多了，农闲时还能到工厂上班，一个月又有3000多元工资。”",
            Cross("▍从“小作坊”到“大集群”"),
            "产业要壮大，离不开平台和标准。梧阳在高新区规划建设了占地1200亩的预制菜产业园，配套建设中央厨房、冷链仓储和检验检测中心，目前已入驻企业38家。市里还联合行业协会制定了辣椒炒肉、剁椒鱼头等12项预制菜团体标准，推动产品品质统一、口味稳定。",
            "与此同时，梧阳积极拓展销售渠道，组织企业参加各类展销会，支持企业进驻大型商超和电商平台。今年前5个月，全市预制菜线上销售额同比增长36.7%，出口额达到2.8亿元。",
            Cross("▍从“有没有”到“好不好”"),
            "业内人士指出，预制菜产业在快速发展的同时，也面临同质化竞争、冷链成本偏高、消费者认知有待提升等问题。梧阳市农业农村局有关负责人表示，下一步将加大食品安全监管力度，支持企业加强研发和品牌建设，推动预制菜产业从“有没有”向“好不好”转变，让更多农民分享产业链增值收益。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = jline(render(pg, a), [1, 7, 13, 19])
    st = starts(items)
    emit_with(pg, a, items, {
        st[3] + 2: (["▲莲塘镇种植户在采收辣椒。　本报通讯员　章野　摄"],
                    "photo caption and credit dropped in mid-paragraph (not body)"),
        st[6] + 2: (["9"], "page number alone on a line mid-paragraph (not body)"),
    })
    pg.gap()
    b = Article(
        "b", "让“土特产”走出“新路子”", section="三农论坛", kind="commentary",
        byline="□　陶晚舟", authors=["陶晚舟"],
        notes="Comment under the label 三农论坛 (section), byline line □ X; justified lines are body. Commentary.",
        paras=[
            "一盘辣椒炒肉，连着田间地头，也连着千家万户的餐桌。梧阳预制菜产业的发展说明，把“土特产”这篇文章做好，关键在于延长产业链、提升价值链，让农民更多分享产业增值收益。",
            "发展乡村产业，既要“接地气”，也要“有底气”。接地气，就是要立足本地资源禀赋，不盲目跟风、一哄而上；有底气，就是要在标准、品牌、技术上下功夫，让产品经得起市场检验。特别是像预制菜这样的新兴产业，食品安全是底线，任何时候都不能放松。",
            "让“土特产”走出“新路子”，还要把联农带农机制建好。订单收购、保底分红、就近务工，这些办法要用足用好，让产业发展的成果真正落到农民的口袋里。",
        ])
    pg.furniture(["三农论坛"], "column label 三农论坛")
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, jline(render(pg, b), [2]))
    pg.gap()
    pg.furniture(["■"], "stray glyph ■ alone on a line")
    pg.gap()
    p = Article(
        "p", "嵩源早稻开镰", kind="brief",
        byline="本报通讯员　邱穗　摄", authors=["邱穗"],
        notes="Photo news (brief): headline, caption text, credit line 本报通讯员 X　摄 after it (the byline); the "
              "photographer is the author (as g12 of handmade22).",
        paras=[
            "6月16日，嵩源县白沙渡镇早稻种植基地里，收割机在稻田里来回穿梭。今年该县早稻种植面积达到18.6万亩，预计平均亩产比上年增加15公斤。",
        ])
    pg.headline(p)
    pg.emit(p, render(pg, p))
    pg.line(p, p.byline, "byline")
    pg.gap()
    d = Article(
        "d", "全省高标准农田建设完成年度任务六成",
        byline="本报讯（全媒体记者　冉秋禾）", authors=["冉秋禾"], lead="本报讯（全媒体记者　冉秋禾）",
        notes="Run-in 本报讯（全媒体记者 X） excluded from first.",
        paras=[
            "记者从省农业农村厅获悉，截至5月底，全省今年已新建和改造提升高标准农田186万亩，完成年度任务的62%。其中，新建高标准农田112万亩，改造提升74万亩。",
            "今年，岚江省将高标准农田建设亩均投入标准提高到3000元，重点向粮食生产功能区和丘陵山区倾斜，同步推进灌溉渠系、机耕道路和农田防护林建设。省农业农村厅要求，各地要在9月底前完成全部建设任务，确保工程质量和建后管护责任落实到位。",
        ])
    pg.headline(d)
    pg.gap()
    pg.emit(d, render(pg, d))
    pg.blank()
    pg.furniture(["本版邮箱：xczx@ljrb.example.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kg11() -> Page:
    """City daily 文旅消费 page in an 18-char column: a headline whose second line is printed after the byline,
    full-width digits mixed in; an article cut by the repeated running header; scenic-area advertisement; label
    文旅速递 over two items signed at the end."""
    pg = Page("kg11.txt", cols=18, indent="  ", blanks="some", seed=3711, p_para=0.3, p_gap=0.75,
              style="city daily 文旅消费 page, an 18-char column indented with two ASCII spaces, blank lines sometimes: header on two lines (版名 + page number; paper + date with weekday); lead whose headline is split over two lines with its SECOND LINE PRINTED AFTER THE BYLINE line 本报记者 X, FULL-WIDTH digits and ％ mixed with half-width (１０２场, ６月１８日, ２８％, 41％); article with byline line 本报记者 X cut in mid-sentence by the page's RUNNING HEADER repeated on a line of its own, full-width times (２３：００); scenic-area advertisement; label 文旅速递 over two items each signed （记者 X） / （通讯员 X） run in at the end; numbers cut at line ends; footer")
    pg.furniture(["文旅消费　7",
                  "桐溪日报　" + cn_date(2035, 6, 15)], "page header")
    pg.blank()
    a = Article(
        "a", "端午文旅产品集中上新", subtitle="龙舟赛、非遗市集等活动超百场",
        byline="本报记者　尹照水", authors=["尹照水"],
        notes="Lead. **new:** headline split over two lines with the SECOND LINE PRINTED AFTER the byline line "
              "本报记者 X: as in kg03, the first line is the title, the second the subtitle. Full-width digits and "
              "％ mixed with half-width as printed.",
        paras=[
            "记者从桐溪市文化旅游广电局获悉，端午假期期间，全市将推出龙舟赛、非遗市集、古镇夜游等文旅活动１０２场，发放文旅消费券500万元，部分A级景区对当年中高考考生实行门票半价优惠。",
            "今年端午，传统民俗与新潮玩法结合成为一大亮点。在白鹭湾，第十二届龙舟邀请赛将于６月１８日开赛，来自省内外的24支队伍参赛；桐溪古镇则推出“端午非遗市集”，香囊制作、艾草拓印等体验项目吸引了不少年轻游客预约。",
            "从预订情况看，端午假期桐溪周边游、短途游热度较高。一家在线旅游平台的数据显示，截至6月14日，桐溪端午假期酒店预订量同比增长２８％，民宿预订量增长41％。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.emit(a, render(pg, a))
    pg.gap()
    b = Article(
        "b", "江滨夜市试点延时经营至凌晨1点",
        byline="本报记者　甘棠", authors=["甘棠"],
        notes="Byline line 本报记者 X. **new:** the page's running header (paper + date, 版名 + page number) "
              "repeated on a line of its own in mid-sentence is not body (pieces). Full-width times as printed. "
              "The stall keeper quoted is not an author.",
        paras=[
            "从6月15日起，桐溪江滨夜市试点延时经营，营业时间由原来的２３：００延长至次日凌晨1点，试点期为3个月。",
            "江滨夜市是桐溪人气最旺的夜市之一，现有摊位260个，夏季日均客流超过3万人次。“夜里12点以后还有不少年轻人来吃宵夜，以前到点就得收摊，挺可惜的。”经营烧烤摊的摊主林国栋说。",
            "为保障延时经营期间的秩序和安全，江滨街道增派了夜间巡查人员，公交公司新开通２条夜间专线，末班车延至凌晨1点30分。街道还设置了噪声监测点，对噪声超标的摊位及时提醒整改。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    items = render(pg, b)
    emit_with(pg, b, items, {starts(items)[1] + 3: (["桐溪日报　" + cn_date(2035, 6, 15) + "　　　文旅消费　7"],
                                                    "running header repeated mid-article (not body)")})
    pg.blank()
    pg.furniture(["广告",
                  "桐溪古镇景区",
                  "端午游古镇　着汉服入园免门票",
                  "6月18日—6月20日",
                  "咨询电话：400-176-××××"], "scenic-area advertisement (not an article)")
    pg.blank()
    pg.furniture(["文旅速递"], "column label 文旅速递")
    news = [
        Article("c1", "白鹭湾景区新增水上游线", byline="（记者　甘棠）", authors=["甘棠"], tail="（记者　甘棠）", paras=[
            "白鹭湾景区近日开通夜游水上线路，游客可乘画舫沿湾区游览灯光秀，全程约50分钟，每晚发船6班。"]),
        Article("c2", "市图书馆推出夏季夜读活动", byline="（通讯员　苏一）", authors=["苏一"], tail="（通讯员　苏一）", paras=[
            "6月20日至8月31日，桐溪市图书馆每周五、周六延长开放至晚上10点，并举办阅读分享会、非遗手作课等活动40余场。"]),
    ]
    for art in news:
        art.section = "文旅速递"
        art.notes = "Item under the label 文旅速递 (section), signed at the end (excluded from last)."
        pg.headline(art)
        pg.emit(art, render(pg, art))
        pg.gap()
    pg.furniture(["本版编辑：郝一帆　　校对：章小禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kg12() -> Page:
    """Weekly 财富周刊 page of a city daily: weekly masthead; lead whose justified two columns are extracted side
    by side; stray ▍ glyph; continuation from page 9 (headline repeated, run-in （上接第9版）) with a page number
    alone mid-text; article with byline line 本报记者 X　文／图 whose photo caption and credit fall in
    mid-paragraph; stray ● glyph; footer."""
    pg = Page("kg12.txt", cols=22, indent=FW * 2, blanks="some", seed=3712, p_para=0.4, p_gap=0.85,
              style="city daily weekly 财富周刊 page: weekly masthead on three lines (周刊 name, paper + issue number, date with weekday + page number) and an editors' line; lead with byline line 首席记者 X whose two 22-char columns are extracted SIDE BY SIDE with JUSTIFIED lines; a stray ▍ alone on a line; CONTINUATION from page 9 with its headline repeated and the JUMP （上接第9版） run in at the start of its first line, the PAGE NUMBER 10 alone on a line mid-text; article with byline line 本报记者 X　文／图 whose photo caption and credit line fall in MID-PARAGRAPH; a stray ● alone on a line; numbers cut at line ends; footer")
    pg.furniture(["财富周刊",
                  "棠州日报　第218期",
                  cn_date(2035, 6, 18) + "　10",
                  "主编：侯晓川　　责任编辑：伏青　　校对：汪小渔"], "weekly masthead and editors")
    pg.blank()
    a = Article(
        "a", "存款利率下行，家庭理财怎么配？",
        byline="首席记者　包惠然", authors=["包惠然"],
        notes="Lead, byline line 首席记者 X. **new:** its two columns are extracted SIDE BY SIDE (one body range), "
              "some lines justified. The adviser and the wealth manager quoted are not authors.",
        paras=[
            "今年以来，多家银行下调存款挂牌利率，棠州市不少银行网点的三年期定期存款利率已降至2%以下。存款利率下行，让不少习惯“存银行”的市民开始琢磨：手里的钱该怎么打理？",
            "“最近来咨询的客户明显多了，问得最多的就是有没有收益高一点又安全的产品。”棠州一家国有银行的理财经理钱雨诗告诉记者，不少客户把到期的定期存款转向了大额存单、国债和稳健型理财产品，今年以来该网点储蓄国债销售额同比增长了近一倍。",
            "在受访的理财专业人士看来，利率下行周期中，家庭资产配置更要讲究“分篮子”。棠州一家证券公司的投资顾问邹凯建议，可以参考“4321”的思路，即40%用于稳健投资，30%用于权益类投资，20%用于保险保障，10%作为日常备用金，并根据年龄、收入和风险承受能力灵活调整。",
            "专业人士同时提醒，理财要警惕“高收益”诱惑。对于宣称“保本高息”“稳赚不赔”的产品，市民要提高警惕，通过正规渠道购买理财产品，认真阅读产品说明书，了解产品风险等级，不要把“鸡蛋放在一个篮子里”。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    side_by_side(pg, a, jline(render(pg, a), [3, 12, 20]), cols=22, gap=4)
    pg.blank()
    pg.furniture(["▍"], "stray glyph ▍ alone on a line")
    pg.blank()
    b = Article(
        "b", "棠州个人养老金开户人数突破50万", lead="（上接第9版）",
        notes="**new:** continuation from page 9 (not in this set): its headline repeated here (the title as "
              "printed here), the jump （上接第9版） run in at the start of the first line (excluded from first like "
              "a dateline), the text starting in mid-sentence. The byline is printed on page 9: no byline, no "
              "authors here. **new:** the page number 10 alone on a line mid-text is not body (pieces). The "
              "official quoted is not an author.",
        paras=[
            Cont("其中，35岁以下开户人数占比达到38%，较去年同期提高6个百分点，年轻人参与个人养老金的积极性明显提高。"),
            "“开户人数增长很快，但实际缴费的比例还不够高。”棠州市人社局有关负责人坦言，目前全市个人养老金实际缴费人数约为开户人数的三成，人均缴费金额约4600元，与缴费上限还有不小差距。",
            "为提高参与率，棠州将联合各商业银行开展个人养老金“进社区、进企业、进园区”宣传活动，用通俗易懂的方式讲清政策，帮助市民算好“长期账”。",
        ])
    pg.headline(b)
    pg.gap()
    items = render(pg, b)
    emit_with(pg, b, items, {starts(items)[1] + 3: (["10"], "page number alone on a line mid-text (not body)")})
    pg.gap()
    c = Article(
        "c", "社区金融服务站开到“家门口”",
        byline="本报记者　葛晴川　文／图", authors=["葛晴川"],
        notes="**new:** byline line 本报记者 X　文／图 (writer and photographer, the author). The photo caption and "
              "its credit line (葛晴川　摄) falling in mid-paragraph are not body (pieces). The resident quoted is "
              "not an author.",
        paras=[
            "6月中旬的一个上午，棠州市南湖社区金融服务站里坐满了前来咨询的老人。工作人员一边演示手机银行操作，一边提醒大家：“陌生人打电话让你转账，一律不要理。”",
            "社区金融服务站是棠州市今年推出的一项便民举措，由各商业银行与街道社区合作共建，提供小额存取款、社保卡业务、理财咨询和反诈宣传等服务。截至目前，全市已建成社区金融服务站126个，覆盖城区八成以上社区。",
            "“以前办个社保卡要跑到银行网点排队，现在下楼就能办。”南湖社区居民钟桂兰说。据统计，服务站开办以来，累计为居民办理各类业务4.7万笔，开展金融知识宣传活动380余场。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    items = render(pg, c)
    emit_with(pg, c, items, {starts(items)[1] + 3: (["南湖社区金融服务站，工作人员为老人讲解", "防诈骗知识。", "葛晴川　摄"],
                                                    "photo caption and credit in mid-paragraph (not body)")})
    pg.blank()
    pg.furniture(["●"], "stray glyph ● alone on a line")
    pg.blank()
    pg.furniture(["本刊邮箱：cfzk@tzrb.example.cn　　理财有风险，投资需谨慎"], "footer")
    return pg


PAGES = [kg09, kg10, kg11, kg12]
