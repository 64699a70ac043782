"""Pages k05-k08 of handmade21 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from h21util import nongli, right
from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def k05() -> Page:
    """市报 评论 page indented with ONE U+3000: 本报评论员 piece; label 短评 over a piece signed with the writer's
    name alone on a right-aligned line after it; label 江畔时评 over a 文／X piece with （作者系…） after it."""
    pg = Page("k05.txt", cols=24, indent=FW, blanks="para", seed=2105,
              style="市报 评论 page indented with ONE U+3000, blank lines between paragraphs and blocks: header on two lines (paper + 版名; date with weekday, 农历 and 版次); 本报评论员 piece (headline, byline line 本报评论员); label 短评 over a short piece (headline with quotation marks) signed with the writer's name alone on a right-aligned line AFTER the body; label 江畔时评 over a piece with byline line 文／X and the note （作者系…） after the body; footer with 投稿邮箱 and on a second line 责任编辑 and 版式设计")
    pg.furniture(["芦湾日报　评论", cn_date(2025, 7, 3) + "　" + nongli(2025, 7, 3) + "　第4版"], "page header")
    pg.blank()
    a = Article(
        "a", "让“拿地即开工”成为常态", kind="commentary", byline="本报评论员",
        notes="本报评论员 piece (commentary): byline line 本报评论员 names no person, no authors.",
        paras=[
            "日前，芦湾经开区一家智能装备企业上午拿到不动产权证书，下午就领到施工许可证，当天开工建设。从拿地到开工，过去少则三四个月，多则半年，如今压缩到了一天。",
            "“拿地即开工”，看似只是审批时间的缩短，背后却是政府服务理念和方式的深刻变革。把规划许可、施工图审查、工程招标等环节由“串联”改为“并联”，由“事后审批”变为“事前辅导”，让企业在拿地前就把各项准备做在前头，靠的是部门间的协同，考验的是干部的担当。",
            "对企业而言，时间就是成本，效率就是效益。一个投资10亿元的项目，提前3个月开工，仅财务成本就能节省数百万元，更能抢占市场先机。营商环境好不好，企业最有发言权；项目落地快不快，企业感受最直接。",
            "当然，“拿地即开工”不能只做“盆景”，而要成为“风景”。目前，全市实现“拿地即开工”的项目还主要集中在重点工业项目，一些中小项目的审批效率仍有提升空间。要及时总结经验，把好做法固化为制度，推动更多项目享受改革红利，让“芦湾速度”成为全市营商环境的亮丽名片。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "“开工即投产”还需再加把劲", kind="commentary", section="短评", byline="钱听雨", authors=["钱听雨"],
        notes="Piece under the label 短评 (section): headline, body, then the writer's name alone on a right-aligned "
              "line AFTER the body (byline; the name is the author).",
        paras=[
            "项目开工只是第一步，早日投产达效才是硬道理。调研中发现，一些项目建成后，却在水电气接入、环评验收、设备调试等环节“卡了壳”，厂房建好了，生产线迟迟转不起来。",
            "从“拿地即开工”到“开工即投产”，考验的是全周期服务能力。相关部门不妨把服务关口再往后延一延，提前介入、全程跟进，让企业少跑腿、快投产。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.gap()
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, right(b.byline, 24), "byline")
    pg.blank()
    c = Article(
        "c", "别让“网红经济”只红一阵子", kind="commentary", section="江畔时评", byline="文／解方舟",
        authors=["解方舟"],
        notes="Piece under the label 江畔时评 (section): byline line 文／X under the headline; the note "
              "（作者系…） after the body is not body. The people quoted are not authors.",
        paras=[
            "今年夏天，芦湾老街的一家糖水铺凭借短视频走红，每天排队的游客从街头排到巷尾，带火了整条街的餐饮和文创生意。据统计，6月份老街客流量同比增长近两倍，沿街商户营业额普遍增长五成以上。",
            "“网红效应”来得快，去得也快。不少地方都经历过这样的起落：一夜爆红，游客蜂拥而至；几个月后热度消退，门可罗雀。究其原因，在于过度依赖流量，忽视了产品和服务本身的打磨。",
            "让“网红”变“长红”，关键在于把流量转化为“留量”。商户要守住品质，不能趁着人多就降标准、涨价格；街区要丰富业态，让游客来了有得吃、有得看、有得玩；管理部门要做好交通疏导、环境卫生等配套服务，避免“人气”变“怨气”。",
            "说到底，网红只是敲门砖，真正留住人的还是实实在在的好产品、好服务和好体验。",
        ])
    pg.furniture(["江畔时评"], "column label 江畔时评")
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.line(c, FW + "（作者系芦湾市社会科学院副研究员）", "note")
    pg.blank()
    pg.furniture(["投稿邮箱：pinglun@luwan-daily.example",
                  "责任编辑：闻述白　版式设计：储晓涵"], "footer")
    return pg


# ---------------------------------------------------------------------------
def k06() -> Page:
    """市报 乡村振兴 page indented with two ASCII spaces: continuation from page 1 (（上接第1版） over the repeated
    headline); lead with ——副题 whose text stops in mid-sentence before （转第8版）; 本报讯（通讯员 X） item;
    label 振兴一线 over an item signed （X　Y） at the end."""
    pg = Page("k06.txt", cols=20, indent="  ", blanks="some", seed=2106, p_para=0.4, p_gap=0.7,
              style="市报 乡村振兴 page indented with two ASCII spaces, blank lines sometimes: header on three lines (paper; date with weekday and 农历; 版次 and 版名); at the top the rest of a page-1 article: jump line （上接第1版） on a line of its own ABOVE its repeated headline, text starting in mid-sentence, no byline; lead with ——副题 and byline line 本报记者 X　通讯员 Y whose text stops in mid-sentence before the jump line （转第8版）; run-in 本报讯（通讯员 X） item; label 振兴一线 over an item signed with two bare names （X　Y） run in at the end; footer with 责任编辑, 版式设计 and 新闻热线")
    pg.furniture(["沙坪日报", cn_date(2025, 9, 23) + "　" + nongli(2025, 9, 23), "第5版　乡村振兴"], "page header")
    pg.blank()
    pg.furniture(["（上接第1版）"], "jump line （上接第1版） (not body)")
    a = Article(
        "a", "稻渔共生鼓起农民“钱袋子”",
        notes="Continuation of a page-1 article: the jump line （上接第1版） on a line of its own above the repeated "
              "headline (title); the text starts in mid-sentence (first starts where the printed text starts). The "
              "byline was printed on page 1: none here, no authors. Farmers quoted are not authors.",
        paras=[
            "亩产值比单种水稻高出2000多元。",
            "在黎塘镇新港村，村党支部书记邹春生带着记者走进田埂，只见稻穗低垂，田沟里不时有小龙虾爬过。“一亩田收1000斤稻谷，再出200斤小龙虾，稻子不打农药、少施化肥，卖价也比普通稻谷高三成。”邹春生说，村里成立了稻渔合作社，统一供苗、统一技术、统一收购，今年带动126户农户户均增收1.8万元。",
            "沙坪市农业农村局有关负责人介绍，目前全市稻渔综合种养面积已发展到28.6万亩，年产值超过30亿元。下一步，将推进稻渔产品精深加工和品牌建设，打响“沙坪稻虾”区域公用品牌，让更多农民吃上“生态饭”。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "全县村级集体经济收入全部超过20万元",
        subtitle="——禾丰县发展壮大新型农村集体经济调查",
        byline="本报记者　阎晓峰　通讯员　满婷", authors=["阎晓峰", "满婷"],
        notes="——副题 is the subtitle; byline line 本报记者 X　通讯员 Y, both authors. The "
              "text stops in mid-sentence (…关键是要) and goes on on page 8: the jump line （转第8版） after it is "
              "not body, last is the end of what is printed here. Village cadres quoted are not authors.",
        paras=[
            "金秋时节，禾丰县大塘村的村集体光伏电站里，一排排光伏板在阳光下熠熠生辉。“电站去年发电收益46万元，加上村里的烘干中心和物业出租，村集体收入达到了78万元。”村党支部书记郦红梅说，十年前，这个村的集体收入还是“空壳”。",
            "大塘村的变化，是禾丰县发展新型农村集体经济的一个缩影。2024年，全县186个行政村集体经济收入全部超过20万元，其中超过50万元的村有43个，超过100万元的村有9个。",
            Cross("盘活资源　找准路子"),
            "“发展集体经济，不能坐等靠要，要把村里的资源、资产、资金盘活用好。”禾丰县委农办负责人说。县里组织对各村集体资产进行全面清查，摸清闲置校舍、厂房、山林等资源底数，因村施策制定发展方案：资源丰富的村发展乡村旅游、林下经济，区位较好的村建设标准厂房、农贸市场，产业基础好的村领办合作社、发展农产品加工。",
            "在联村抱团发展上，禾丰县探索“强村带弱村、多村联合发展”模式，由乡镇统筹组建强村公司，跨村整合资源、联合投资项目，收益按股分红。目前全县已组建强村公司14家，带动126个村增收。",
            Cross("规范管理　防范风险"),
            "集体经济“钱袋子”鼓起来了，如何管好用好？县里推行村级财务“委托代理+线上监管”制度，村集体每一笔收支都在平台上公开，接受村民监督。“集体经济越发展，越要把规矩立在前面。”县农业农村局负责人表示，关键是要",
        ])
    pg.headline(b)
    for ln in wrap(b.subtitle, 20):
        pg.line(b, ln, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.furniture([right("（转第8版）", 20)], "jump line （转第8版） (not body)")
    pg.blank()
    c = Article(
        "c", "沙坪农民丰收节农产品展销会开幕", byline="本报讯（通讯员　戚南星）", authors=["戚南星"],
        lead="本报讯（通讯员　戚南星）",
        notes="Run-in 本报讯（通讯员 X） excluded from first.",
        paras=[
            "9月22日，2025年沙坪市中国农民丰收节暨农产品展销会在沙坪国际会展中心开幕。展会设置名优农产品、预制菜、农机装备等6个展区，320余家企业和合作社参展，首日现场交易额和意向签约额达1.26亿元。",
            "展销会期间，还将举办农产品直播带货大赛、丰收市集等活动，持续至9月28日。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "“共享农机”解了秋收急", section="振兴一线", byline="（宁舒　祝遥）", authors=["宁舒", "祝遥"],
        tail="（宁舒　祝遥）",
        notes="Item under the label 振兴一线 (section); signed with two bare names in brackets run in at the end "
              "(byline, excluded from last); both are authors. The farmer quoted is not an author.",
        paras=[
            "“在手机上点一点，收割机第二天就开到田头，一亩地收费80元，比过去请人割便宜了一半。”9月20日，柘塘县长岗村种粮大户贺田新说。今年，柘塘县依托农机合作社搭建“共享农机”服务平台，整合收割机、烘干机等农机具1360台套，农户可线上预约作业，秋收进度比往年提前了一周。",
        ])
    pg.furniture(["振兴一线"], "column label 振兴一线")
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：练书鸿　版式设计：乔一叶　新闻热线：（0715）3316××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def k07() -> Page:
    """市报 专题 page of a local firm, no indent: advertorial feature (kicker, headline, ——副题, byline 文／X　图／
    企业提供) with plain crossheads and a （企业供图） caption between paragraphs; interview with the chairman;
    the firm's contact block and the 本专题由…联合推出 line."""
    pg = Page("k07.txt", cols=33, indent="", blanks="some", seed=2107, p_para=0.3, p_gap=0.8,
              style="市报 专题 page of a local firm (advertorial), NO indent, blank lines sometimes: header on two lines (paper, date with weekday and 农历; page number and 专题·企业风采); advertorial feature (about 770 chars) with a kicker line, a headline with quotation marks, ——副题 naming the firm, byline line 文／本报记者 X　图／企业提供 (no person after 图／), three plain crossheads, a photo caption ending （企业供图） printed BETWEEN two paragraphs; interview with the chairman (headline in quotation marks, ——访… 副题, byline line 本报记者 X, intro paragraph, 记者：／NAME： turns); the firm's block (name, slogan, address, telephone) and the line （本专题由…联合推出） at the foot; footer with editor and designer")
    pg.furniture(["梧溪日报　" + cn_date(2025, 10, 29) + "　" + nongli(2025, 10, 29),
                  "8　专题·企业风采"], "page header")
    pg.blank()
    a = Article(
        "a", "从五金小作坊到“隐形冠军”", subtitle="——梧溪鸿川机械股份有限公司四十年发展纪实",
        byline="文／本报记者　喻青　图／企业提供", authors=["喻青"],
        notes="Advertorial feature of a local firm (an article in form). Kicker line above the headline (the "
              "——副题 is the subtitle); byline line 文／本报记者 X　图／企业提供: the reporter is the author (图／ "
              "names no person). Plain crossheads are body. The photo caption ending （企业供图） printed between "
              "two paragraphs is not body. The chairman and engineers quoted are not authors.",
        paras=[
            "在梧溪高新区鸿川路8号，一座现代化的智能工厂里，数十台五轴加工中心昼夜运转，一件件精度达到微米级的精密减速器从这里发往全国各地，装进工业机器人、数控机床和风力发电机组。",
            "很难想象，这家年营业收入超过18亿元的国家级专精特新“小巨人”企业，40年前只是一个只有7名工人、靠手工打磨五金件的镇办小作坊。",
            Cross("专注主业　四十年只做一件事"),
            "1985年，鸿川机械的前身——梧溪县城关五金厂成立。创业之初，工厂什么订单都接，门锁、铰链、农机配件都做过。1998年，时任厂长伍承嵩作出一个大胆决定：砍掉所有低端产品，集中力量研发齿轮减速器。",
            "“那几年很难，很多人不理解，但我们认准了一条：不在一个领域做到最好，就永远只能跟在别人后面。”伍承嵩回忆说。此后二十多年，鸿川机械始终专注传动部件这一个领域，产品从普通齿轮减速器发展到精密行星减速器、RV减速器，目前精密减速器国内市场占有率位居行业前三。",
            Cross("创新驱动　啃下“卡脖子”硬骨头"),
            "工业机器人用RV减速器曾长期依赖进口。2016年，鸿川机械组建60多人的研发团队，联合栖川大学等高校攻关，历时4年突破高精度摆线齿轮加工、整机装配等关键技术，产品的传动精度、寿命等指标达到国际同类产品水平，价格却只有进口产品的六成。",
            "目前，公司拥有有效专利286项，其中发明专利57项，主持和参与制定国家及行业标准9项，每年研发投入占营业收入的比重保持在6%以上。",
            Cross("智能制造　向价值链高端攀升"),
            "2023年，鸿川机械投资5.2亿元建成智能工厂，实现从原材料入库到成品出库的全流程数字化管理，产品一次交检合格率提升到99.6%，人均产值提高了近一倍。今年前三季度，公司实现营业收入14.3亿元，同比增长21.7%，海外销售收入占比提高到18%。",
            "站在四十年的新起点上，鸿川机械提出了新的目标：到2030年，营业收入突破50亿元，成为全球精密传动领域的知名企业。",
        ])
    pg.kicker(a, "梧溪鸿川机械股份有限公司成立四十周年")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=7)
    pg.furniture(["图为鸿川机械智能工厂的精密减速器装配线。（企业供图）"],
                 "photo caption (not body)")
    pg.body(a, start=7)
    pg.blank()
    b = Article(
        "b", "“把每一个零件都做到极致”", kind="interview",
        subtitle="——访梧溪鸿川机械股份有限公司董事长伍承嵩", byline="本报记者　庹晓岚", authors=["庹晓岚"],
        notes="Interview: ——访… 副题 (subtitle), byline line 本报记者 X; intro paragraph, then 记者：／伍承嵩： "
              "turns. The chairman interviewed is not an author.",
        paras=[
            "今年是鸿川机械成立四十周年。日前，记者专访了公司董事长伍承嵩。",
            "记者：四十年来，鸿川机械最重要的经验是什么？",
            "伍承嵩：最重要的是专注。我们这个行业，技术积累需要时间，一个零件的精度从10微米提高到3微米，可能要花好几年。只有耐得住寂寞，才能把产品做精做透。",
            "记者：面对国际竞争，企业如何应对？",
            "伍承嵩：关键还是靠创新和质量。我们每年拿出营业收入的6%以上投入研发，同时建立了覆盖全流程的质量追溯体系，每一台产品都有自己的“身份证”。这两年我们的产品进入了欧洲和东南亚市场，靠的就是稳定的质量。",
            "记者：下一步有什么打算？",
            "伍承嵩：我们将加大在人形机器人关节、航空航天精密传动等新领域的研发投入，同时继续扎根梧溪，带动更多本地配套企业一起成长。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["梧溪鸿川机械股份有限公司",
                  "精密传动　智造未来",
                  "地址：梧溪市高新区鸿川路8号　电话：（0716）5523××××",
                  "（本专题由梧溪日报社经营中心与梧溪鸿川机械股份有限公司联合推出）"], "the firm's block (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：戴知秋　版式设计：武晓棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def k08() -> Page:
    """都市报 城市经济 page of a 9-character column indented with two ASCII spaces: two-line headline over a
    run-in 本报讯（记者 X）; article printed BODY FIRST, then its kicker and two-line headline; item signed （X）."""
    pg = Page("k08.txt", cols=9, indent="  ", blanks="arts", seed=2108,
              style="都市报 城市经济 page of a 9-character column indented with two ASCII spaces, blank lines only between articles: header on three lines (paper; 版次 and 版名; date with weekday) wider than the column; headline on two lines over a run-in 本报讯（记者 X） wrapped inside the name (芮 / 星河); article printed BODY FIRST (run-in 本报讯（记者 X　实习生 Y） wrapped over three lines, inside both names), its kicker and its two-line headline AFTER the body; headline on two lines over an item signed （X） at the end; footer on two lines (新闻热线, editor and designer)")
    pg.furniture(["芦湾日报", "第6版　城市经济", cn_date(2025, 7, 3)], "page header")
    pg.blank()
    a = Article(
        "a", "老城夜市激活夏日消费", head=["老城夜市", "激活夏日消费"], byline="本报讯（记者　芮星河）",
        authors=["芮星河"], lead="本报讯（记者　芮星河）",
        notes="Headline on two lines, joined; run-in 本报讯（记者 X） (wrapped inside the name, 芮 / 星河) excluded from first. "
              "The stall keeper quoted is not an author.",
        paras=[
            "7月1日晚，芦湾老城区青石街夜市开市，200多个摊位沿街排开，小吃、文创、非遗手作吸引大批市民游客。",
            "据介绍，今年夜市延长营业时间至凌晨1点，新增停车位600个，开通夜间公交专线3条。开市首周，夜市日均客流量超过3万人次。",
            "“一晚上能卖出四五百份凉粉，比白天开店还忙。”摊主葛小燕说。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "二手车交易量增长18.6%", head=["二手车交易量", "增长18.6%"], subtitle="上半年全市",
        byline="本报讯（记者　聂语冰　实习生　柯一诺）", authors=["聂语冰", "柯一诺"],
        lead="本报讯（记者　聂语冰　实习生　柯一诺）",
        notes="Printed BODY FIRST: the run-in 本报讯（记者 X　实习生 Y） opens the text (excluded from first), the "
              "kicker 上半年全市 and the headline on two lines (joined) come AFTER the body; title_line is that of the "
              "headline after the body. The kicker, an 引题 with no 副题 beside it, is the subtitle.",
        paras=[
            "记者从市商务局获悉，上半年全市二手车交易量达到6.82万辆，同比增长18.6%，交易额41.3亿元，增长12.9%。",
            "其中，新能源二手车交易量1.17万辆，增长65.4%，占比提高到17.2%。业内人士分析，以旧换新补贴政策带动了置换需求，二手车跨区域流通也更加便利。",
        ])
    pg.body(b)
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.blank()
    c = Article(
        "c", "社区菜市场装上“智慧秤”", head=["社区菜市场", "装上“智慧秤”"], byline="（尤嘉）", authors=["尤嘉"],
        tail="（尤嘉）",
        notes="Headline on two lines, joined; signed with a bare name in brackets run in at the end (excluded "
              "from last).",
        paras=[
            "近日，芦湾市首批12家社区菜市场完成智慧化改造。市民买菜后，智慧秤自动打印带有商品名称、重量、产地的小票，扫码即可查询溯源信息。市场监管部门表示，年内将改造菜市场40家。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["新闻热线：96××58", "编辑：郝听松　美编：黎一禾"], "footer on two lines")
    return pg


PAGES = [k05, k06, k07, k08]
