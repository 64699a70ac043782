"""Pages w05-w08 of handmade28 (development set; digest and reprint papers; all papers, agencies, names,
firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import credit, right


# ---------------------------------------------------------------------------
def w05() -> Page:
    """Provincial daily's 经济 page: lead with ——副题 and byline line; label 经济快讯 over four items whose
    headlines are RUN IN at the start of the paragraph in 【】, some followed by 本报讯（记者 X） or 本报讯,
    others signed at the end （通讯员　X） or （据X发布）."""
    pg = Page("w05.txt", cols=28, indent=FW * 2, blanks="para", seed=2805,
              style="provincial daily's 经济 page: header on three lines (paper; date with weekday + 第6版; letter-spaced 版名 + editor); lead with ——副题 and byline line 本报记者 X; label 经济快讯 over four items whose headlines are RUN IN at the start of their first paragraph in 【】 (【…】本报讯（记者 X）…, 【…】本报讯　…, 【…】text … （通讯员　X）, 【…】text … （据X发布））; footer with proof-reader and designer")
    pg.furniture(["南岭日报",
                  cn_date(2035, 5, 10) + "　第6版",
                  "经　济　　责任编辑：石映川"], "page header")
    pg.blank()
    a = Article(
        "a", "南岭出台制造业数字化转型三年行动方案",
        subtitle="——到2037年规上工业企业基本完成数字化改造",
        byline="本报记者　郁晚舟", authors=["郁晚舟"],
        notes="Lead: headline, ——副题 (subtitle), byline line 本报记者 X. The numbered points 一是…五是 are body. "
              "The official quoted is not an author.",
        paras=[
            "日前，省政府办公厅印发《南岭省制造业数字化转型三年行动方案（2035—2037年）》，提出到2037年，全省规模以上工业企业基本完成数字化改造，关键工序数控化率达到70%，培育200家以上省级智能工厂。",
            "方案明确了五项重点任务：一是实施“智改数转”普及行动，按照“一行一策”编制细分行业转型指南；二是建设工业互联网平台体系，推动中小企业“上云用平台”；三是加强工业软件和智能装备攻关；四是培育数字化转型服务商；五是强化数据安全保障。",
            "在支持政策上，方案提出，省级财政每年安排专项资金，对企业数字化改造项目按设备和软件投资额的15%给予补助，单个项目最高500万元；鼓励金融机构开发“数转贷”产品，对符合条件的贷款给予贴息。",
            "省工信厅有关负责人表示，全省将分行业、分区域组织开展诊断服务，今年计划为3000家中小企业提供免费数字化诊断，帮助企业找准转型路径、降低试错成本。据统计，去年全省规上工业企业数字化改造覆盖率为58%，比上年提高9个百分点。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["经济快讯"], "column label 经济快讯")
    pg.gap()
    runin = "**new:** headline RUN IN at the start of the first paragraph in 【】: the title (brackets dropped), " \
            "title_line = body_start; the bracketed headline is excluded from first."
    items = [
        Article("b1", "栖川港开通首条南洋直航航线", section="经济快讯",
                byline="本报讯（记者　尹澈）", authors=["尹澈"],
                lead="【栖川港开通首条南洋直航航线】本报讯（记者　尹澈）",
                notes=runin + " The run-in 本报讯（记者 X） after it is the byline, also excluded from first.",
                paras=["5月9日，栖川港首条至南洋群岛的集装箱直航航线开通，首航货轮满载1800标准箱的陶瓷、家电和机电产品驶离码头。该航线每周一班，全程约9天，比原来经中转港节省4天。"]),
        Article("b2", "枫渡春茶鲜叶收购价同比上涨一成", section="经济快讯",
                byline="（通讯员　黎春晓）", authors=["黎春晓"], lead="【枫渡春茶鲜叶收购价同比上涨一成】",
                tail="（通讯员　黎春晓）",
                notes=runin + " The credit （通讯员　X） run in at the end is the byline, excluded from last; the "
                      "通讯员 is the author.",
                paras=["今年春茶采摘进入尾声。据枫渡市农业农村局统计，全市春茶产量约1.6万吨，与上年基本持平；受品质提升和电商渠道拓展带动，鲜叶平均收购价同比上涨约10%，茶农户均增收4000余元。"]),
        Article("b3", "全省首单碳排放权质押贷款落地临溪", section="经济快讯",
                byline="本报讯", lead="【全省首单碳排放权质押贷款落地临溪】本报讯　",
                notes=runin + " The bare run-in 本报讯 after it names no reporter: byline 本报讯, no authors.",
                paras=["近日，临溪县一家造纸企业以其持有的2.8万吨碳排放配额作质押，获得南岭农商银行贷款1200万元，这是全省首单碳排放权质押贷款。该笔贷款将用于企业污水处理设施升级改造，预计每年可减少化学需氧量排放约300吨。"]),
        Article("b4", "南岭一季度进出口总值增长8.2%", section="经济快讯",
                byline="（据南岭发布）", lead="【南岭一季度进出口总值增长8.2%】", tail="（据南岭发布）",
                notes=runin + " The source credit （据X发布） run in at the end is the byline, excluded from last; "
                      "no authors.",
                paras=["据南岭海关统计，一季度全省进出口总值1462亿元，同比增长8.2%。其中出口987亿元，增长10.5%；进口475亿元，增长3.7%。电动自行车、陶瓷卫浴和家具出口增势明显。"]),
    ]
    for art in items:
        pg.body(art, head_role=True)
        pg.gap()
    pg.furniture(["校对：聂远岫　　版式：樊一苇"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w06() -> Page:
    """Evening paper's 综合新闻 page with NO blank line anywhere: 本报讯（记者 X　通讯员 Y） item with a photo
    caption printed in the middle of a sentence; two-line headline with byline line; photo news (brief) with a
    credit line; item signed （据X发布）; a 遗失声明 classified notice."""
    pg = Page("w06.txt", cols=22, indent=FW * 2, blanks="never", seed=2806,
              style="evening paper's 综合新闻 page with NO blank line anywhere: header on three lines (paper + A4; date with weekday; 版名 + 责编 + 美编); run-in 本报讯（记者 X　通讯员 Y） item whose photo caption (▲… and credit line 本报记者 X　摄) is printed in the MIDDLE of a sentence; headline on two lines with byline line 本报记者 X; photo news (brief): headline, caption, credit line 本报记者 X　摄; item signed （据X发布） run in at the end; 遗失声明 classified notice; footer with hotline and 值班主任")
    pg.furniture(["澄阳晚报　A4",
                  cn_date(2035, 5, 10),
                  "综合新闻　责编　沈星移　美编　葛一禾"], "page header")
    a = Article(
        "a", "澄阳首批“科技创新券”发放",
        byline="本报讯（记者　贺知舟　通讯员　陆青）", authors=["贺知舟", "陆青"],
        lead="本报讯（记者　贺知舟　通讯员　陆青）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; reporter and 通讯员 are authors. The photo "
              "caption ▲… and its credit line are printed in the MIDDLE of a sentence of the body (not body); the "
              "body is in two pieces. The entrepreneur quoted is not an author.",
        paras=[
            "昨日，澄阳市首批科技创新券正式发放，全市286家科技型中小企业共领到创新券4120万元。企业可凭券向高校、科研院所和检验检测机构购买研发设计、检验检测、技术转移等服务，每家企业年度最高可使用50万元。",
            "“以前做一次材料性能检测要花好几万元，现在创新券能抵扣一半。”澄阳一家新材料企业的负责人说，公司今年计划用创新券开展3项产品检测和1项联合研发。",
            "据介绍，创新券实行“企业先用、政府后补”，服务机构完成服务后凭券向科技部门申请兑付。市科技局表示，今年全年创新券发放规模将超过1亿元，重点向首次开展研发活动的企业倾斜。",
        ])
    pg.headline(a)
    first, rest = Page.chunks(pg.render_body(a), [9])
    pg.emit(a, first)
    pg.furniture(wrap("▲昨日，企业代表在发放现场领取科技创新券。", 22) + ["本报记者　贺知舟　摄"],
                 "photo caption with credit, in the middle of a sentence (not body)")
    pg.emit(a, rest)
    b = Article(
        "b", "老旧小区加装电梯今年再增300台", head=["老旧小区加装电梯", "今年再增300台"],
        byline="本报记者　方砚秋", authors=["方砚秋"],
        notes="Headline on two lines, joined. Byline line 本报记者 X.",
        paras=[
            "记者从市住建局获悉，今年澄阳计划为老旧小区新增加装电梯300台，重点覆盖60岁以上居民占比较高的多层住宅。对加装电梯项目，市、区两级财政按每台最高25万元给予补助，居民还可提取住房公积金用于分摊费用。",
            "截至目前，全市已累计完成加装电梯1460台，惠及居民近3万户。市住建局相关负责人表示，今年将推行“一站式”联合审批，审批时限压缩至15个工作日以内。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "夜市点亮老街区", kind="brief", byline="本报记者　邵子衿　摄", authors=["邵子衿"],
        notes="Photo news (brief): headline, caption text, credit line 本报记者 X　摄 after it (byline); the "
              "photographer of photo news is its author.",
        paras=[
            "5月9日晚，澄阳市河坊老街夜市人头攒动。今年以来，当地对老街进行业态升级，引入特色小吃、文创市集和非遗展演等120余个摊位，日均客流超过2万人次。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, right(c.byline, 22), "byline")
    d = Article(
        "d", "一季度澄阳居民人均可支配收入增长5.8%",
        byline="（据澄阳发布）", tail="（据澄阳发布）",
        notes="Source credit （据X发布） run in at the end: byline, excluded from last; no authors.",
        paras=[
            "澄阳市统计局日前发布数据，一季度全市居民人均可支配收入18426元，同比增长5.8%。其中，城镇居民人均可支配收入21937元，增长5.2%；农村居民人均可支配收入11384元，增长7.1%。城乡居民收入比由上年同期的1.97缩小至1.93。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["遗失声明"] + wrap("　　澄阳市禾丰商贸有限公司遗失公章一枚（编号3601020047215），声明作废。", 22),
                 "遗失声明 classified notice (not an article)")
    pg.furniture(["新闻热线：6688 1100", "值班主任：黄叶舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w07() -> Page:
    """Digest weekly's 经济·社会 page: reprint with credit line （摘自《X》　NAME） flush right; reprint printed
    BODY FIRST with its headline and credit line 文／X　原载《X》 AFTER it; subscription ad; two items signed
    at the end （据《X》）, （X社）."""
    pg = Page("w07.txt", cols=32, indent=FW, blanks="some", seed=2807, p_para=0.3, p_gap=0.75,
              style="digest weekly's 经济·社会 page, ONE U+3000 indent, blank lines sometimes: header on two lines (paper + date with weekday + 第5版; 版名 + editor); reprint with a credit line of its own （摘自《X日报》　NAME） flush right; reprint printed BODY FIRST, its headline (with a colon) and the credit line 文／X　原载《X》 printed AFTER it; subscription ADVERTISEMENT (欢迎订阅, 邮发代号, price); item signed （据《X晚报》） and item signed （华岳社）, both run in at the end; footer with proof-reader")
    pg.furniture(["九州文摘报　" + cn_date(2035, 5, 11) + "　第5版",
                  "经济·社会　　本版编辑：庞小渔"], "page header")
    pg.blank()
    a = Article(
        "a", "“共享工厂”让小微企业轻装上阵",
        byline="（摘自《临溪日报》　邝书言）", authors=["邝书言"],
        notes="Reprint with the credit （摘自《X日报》　NAME） on a line of its own, flush right, after the body: "
              "byline, not body; the writer named is the author. The entrepreneur quoted is not.",
        paras=[
            "在临溪县经济开发区，一座占地3万平方米的“共享工厂”里，十多家小微服装企业共用裁剪、缝制、整烫生产线。企业只需按工时支付费用，就能完成从打版到成衣的全部工序。",
            "“自己建一条生产线至少要投入200万元，在这里租用设备，一个月成本不到5万元。”一家童装企业的负责人算了一笔账。共享工厂运营方介绍，工厂目前的设备利用率达到85%，入驻企业平均订单交付周期缩短了三分之一。",
            "共享工厂的模式正在向更多行业延伸。当地已规划建设家具、五金两个共享工厂，预计年内投入使用。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    credit(pg, a, a.byline)
    pg.blank()
    b = Article(
        "b", "直播带岗：求职从“面对面”到“屏对屏”",
        byline="文／柯向晚　原载《南岭工人报》", authors=["柯向晚"],
        notes="Headline printed AFTER its body (mixed on the page with headlines printed before): the body comes "
              "right after the previous article's credit line; the headline and the credit line 文／X　原载《X》 "
              "follow it. The writer is the author; the presenter quoted is not.",
        paras=[
            "“这个岗位月薪6000元起，包住宿，每周单休，有意向的朋友可以直接点击屏幕下方的链接投递简历。”5月7日晚，在枫渡市人社局的直播间里，主播正在介绍一家汽车零部件企业的招聘需求。一场两个小时的直播，吸引了4.3万人次观看，收到简历860份。",
            "近年来，“直播带岗”成为不少地方公共就业服务的新方式。与传统招聘会相比，直播招聘打破了时间和空间的限制，求职者足不出户就能“云逛”企业车间、了解岗位详情，还能通过弹幕与企业人力资源负责人实时互动。",
            "不过，直播带岗也面临一些问题。有求职者反映，部分直播间岗位信息介绍不够详细，薪资待遇“说得好听、落实打折”。业内人士建议，相关部门应加强对直播招聘信息的审核，建立岗位信息核验和求职者权益保障机制，让直播带岗“带”得更准、更实。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.furniture(["欢迎订阅2035年下半年《九州文摘报》",
                  "邮发代号：37-15　　半年定价：60元",
                  "全国各地邮局均可订阅　订阅热线：400-618-3715"], "subscription advertisement")
    pg.blank()
    c = Article(
        "c", "银发族成为文旅消费新主力",
        byline="（据《望潮晚报》）", tail="（据《望潮晚报》）",
        notes="Source credit （据《X晚报》） run in at the end: byline, excluded from last; no authors.",
        paras=[
            "数据显示，今年一季度，60岁以上游客在国内跟团游客中的占比超过四成。与年轻人偏爱“特种兵式旅游”不同，老年游客更青睐慢节奏的康养游、旅居游。",
            "一些旅行社推出“候鸟式”旅居产品，在气候宜人的城市租下整栋公寓，配套餐饮、医疗和文娱服务，一住就是一两个月。业内人士认为，银发旅游市场规模大、淡季效应弱，但产品的适老化程度仍需提高。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "快递进村打通“最后一公里”", byline="（华岳社）", tail="（华岳社）",
        notes="Agency credit （华岳社） run in at the end: byline, excluded from last; no authors.",
        paras=[
            "今年以来，各地加快推进快递进村工程，通过“快递+商超”“快递+村级服务站”等模式整合末端网点。截至4月底，全国已有超过九成的建制村实现快递服务直接通达，农村地区快递业务量同比增长24%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["校对：祝青禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w08() -> Page:
    """City daily's 经济快讯 strip in a NARROW column (11): headlines on two lines (one letter-spaced with
    U+3000); run-in 本报讯（记者 X）, bare 本报讯　… （记者 X） at the end, （通讯员 X） at the end, byline line
    wider than the column; header and footer wider than the column."""
    pg = Page("w08.txt", cols=11, indent=FW, blanks="para", seed=2808,
              style="city daily's 经济快讯 strip in a NARROW column: page header on two lines wider than the column; label 经济快讯; four items with headlines on two lines (one letter-spaced with U+3000 across the column); run-in 本报讯（记者 X）; bare run-in 本报讯 with （记者 X） at the end; （通讯员　X） at the end; byline line 记者 X　通讯员 Y wider than the column; footer wider than the column")
    pg.furniture(["望潮日报　" + cn_date(2035, 5, 9) + "　第2版",
                  "要闻·经济　责任编辑：田野青"], "page header")
    pg.blank()
    pg.furniture(["经济快讯"], "column label 经济快讯")
    pg.blank()
    e1 = Article(
        "e1", "望潮港开通至圣马伦新航线", head=["望潮港开通至", "圣马伦新航线"], section="经济快讯",
        byline="本报讯（记者　甘霖）", authors=["甘霖"], lead="本报讯（记者　甘霖）",
        notes="Narrow column: headline on two lines, joined. Run-in 本报讯（记者 X） excluded from first.",
        paras=["5月8日，望潮港至圣马伦的集装箱班轮航线开通。该航线每周一班，主要运输汽车零部件、光伏组件和日用消费品，全程航行约28天。首航货轮装载了1200个标准箱的出口货物。"])
    e2 = Article(
        "e2", "数字人民币消费券发放", head=["数字人民币", "消费券发放"], section="经济快讯",
        byline="（记者　何晚）", authors=["何晚"], lead="本报讯　", tail="（记者　何晚）",
        notes="Headline letter-spaced with U+3000 across the narrow column on two lines, joined and unspaced. Bare "
              "run-in 本报讯 at the start (excluded from first); the credit （记者 X） run in at the end is the byline "
              "(excluded from last), the reporter the author.",
        paras=["今日起，望潮市发放第二批数字人民币消费券，总额2000万元，分餐饮、零售、文旅三类。市民可通过数字人民币App参与抽签，中签后7日内有效，单笔消费满100元可抵用20元。"])
    e3 = Article(
        "e3", "一季度规上工业增加值增长6.9%", head=["一季度规上工业", "增加值增长6.9%"], section="经济快讯",
        byline="（通讯员　潘一诺）", authors=["潘一诺"], tail="（通讯员　潘一诺）",
        notes="Headline on two lines, joined. Credit （通讯员 X） run in at the end: byline, excluded from last; the "
              "通讯员 is the author.",
        paras=["据市统计局消息，一季度全市规模以上工业增加值同比增长6.9%，其中装备制造业增长11.2%，对全市工业增长的贡献率超过五成。3月当月增速比1至2月加快0.8个百分点。"])
    e4 = Article(
        "e4", "望潮出台夜间经济十条", head=["望潮出台", "夜间经济十条"], section="经济快讯",
        byline="记者　郑半夏　通讯员　刘溪", authors=["郑半夏", "刘溪"],
        notes="Headline on two lines, joined. Byline line 记者 X　通讯员 Y, wider than the column: both authors.",
        paras=["为进一步激发夜间消费活力，望潮市日前出台促进夜间经济发展十条措施，提出在重点商圈延长公共交通运营时间、适当放宽夜间外摆经营限制。",
               "对新认定的市级夜间经济集聚区，给予最高100万元奖励。"])
    pg.headline(e1)
    pg.gap()
    pg.body(e1)
    pg.gap()
    pg.headline(e2, spread_cols=11)
    pg.gap()
    pg.body(e2)
    pg.gap()
    pg.headline(e3)
    pg.gap()
    pg.body(e3)
    pg.gap()
    pg.headline(e4)
    pg.line(e4, e4.byline, "byline")
    pg.gap()
    pg.body(e4)
    pg.blank()
    pg.furniture(["美术编辑：毕小宛　　校对：苗禾"], "footer")
    return pg


PAGES = [w05, w06, w07, w08]
