"""Pages u05-u08 of handmade10 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


# ---------------------------------------------------------------------------
def u05() -> Page:
    """文化/副刊 page: 散文 with □ author line, a poem in stanzas, a book review signed at the end."""
    pg = Page("u05.txt", cols=24, indent="  ", blanks="para", seed=1005,
              style="文化副刊 page: 散文 (headline, author line □ X, paragraphs without dateline), poem (headline, ◎ X, short lines in stanzas), book review with 《书名》 in the headline and the author's name + （作者系…） on a line after the body")
    pg.furniture(["东川晚报", "副刊·东湖　　" + cn_date(2029, 9, 14) + "　　第15版"], "page header")
    pg.blank()
    e = Article(
        "e", "外婆的腌菜坛", byline="□ 舒晴川", authors=["舒晴川"],
        notes="散文: author line □ X under the headline; no dateline.",
        paras=[
            "外婆家的灶屋角落里，一年四季蹲着三只腌菜坛。坛子是粗陶的，肚大口小，釉色早已被烟火熏得发黑，坛沿一圈水槽，扣着一只倒过来的碗。小时候我总以为那是外婆的宝贝，谁也不许碰。",
            "每年霜降一过，园子里的芥菜长得齐腰高，外婆便挑个好太阳的日子，把菜一棵棵砍下来，摊在竹竿上晒。晒到叶子发软、菜梗起皱，再收回来洗净、切碎，拌上粗盐，一层一层压进坛里。她压得极用力，瘦小的身子整个伏在坛口，仿佛要把整个秋天都摁进去。",
            "封坛以后，坛沿的水要天天添。外婆说，水干了，气就跑了，菜就坏了。我那时不懂什么是“气”，只记得夜里起来上茅房，常看见外婆举着煤油灯，弯腰往坛沿里续水，灯影在墙上晃成很大一团。",
            "腌菜要等到冬天最冷的时候才开坛。揭开碗的那一刻，一股酸香直冲鼻子，整个灶屋都亮了似的。外婆用筷子夹出一小撮，放在我手心，咸得我直缩脖子，她就在一旁笑。那一冬，腌菜炒肉末、腌菜煮豆腐、腌菜蒸鱼头，桌上几乎顿顿少不了它。",
            "后来我进城读书、工作，离外婆家越来越远。超市里的腌菜装在塑料袋里，整整齐齐，却总吃不出那股味道。前年外婆走了，舅舅收拾老屋，问我要不要带走点什么。我什么也没要，只抱回了一只腌菜坛。",
            "如今它就蹲在我家阳台的角落里。今年霜降，我学着外婆的样子晒菜、切菜、撒盐，一层一层压进去，往坛沿里添上清水。夜里起来，我也会去看一眼，看那一圈水还在不在。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.gap()
    pg.body(e)
    pg.gap()
    poem = Article(
        "poem", "秋分帖", byline="◎ 闻一苇", authors=["闻一苇"],
        notes="Poem (kind article): short lines printed as set, stanzas separated by blank lines; author line ◎ X.",
        paras=[
            Raw(["这一天，昼与夜", "各让出半步", "像两个老邻居", "隔着篱笆点头"]),
            Raw(["稻子低下头来", "数自己的籽粒", "父亲站在田埂上", "把一年的汗水", "重新掂量了一遍"]),
            Raw(["风从河面上走过", "没有惊动一片芦苇", "只把远处的炊烟", "轻轻扶正"]),
            Raw(["我在城里的窗前", "把这一页日历撕下", "忽然想起", "老家的灶膛，此刻", "正红"]),
        ])
    pg.headline(poem)
    pg.line(poem, poem.byline, "byline")
    pg.gap()
    items = []
    for k, st in enumerate(poem.paras):  # stanzas: lines as set, a paragraph gap between stanzas
        if k:
            items.append(("gap",))
        items += [("line", ln, set()) for ln in st.lines]
    pg.emit(poem, items)
    pg.gap()
    r = Article(
        "r", "在《运河人家》里读懂一座城", byline="杜衡之（作者系东川师范大学文学院教授）", authors=["杜衡之"],
        notes="Book review: the author's name with （作者系…） is printed on a line after the body (byline, not body).",
        paras=[
            "读罢作家葛临舟的长篇小说《运河人家》，掩卷良久，耳边仿佛还响着运河上的橹声和码头上的号子。这部近四十万字的作品，以一座运河古城为背景，讲述了沈、陆两个家族从清末到改革开放近百年的起落沉浮。",
            "小说最动人的地方，在于它没有把历史写成宏大的背景板，而是让历史落在一条街、一座桥、一家酱园的日常里。沈家三代人守着祖传的酱园，陆家则从船工起家，后来开了轮船公司。两家人的恩怨纠葛，与运河的兴衰紧紧缠绕在一起：运河繁忙时，两家各有风光；铁路通了、运河冷落，两家也各自凋零。",
            "作者对方言和风物的运用尤见功力。书中写腌酱菜、打年糕、做河灯，写茶馆里的评话和码头上的行话，细节丰赡而不堆砌，读来如同翻阅一部地方风俗志。更难得的是，这些风物始终服务于人物，成为人物性格和命运的一部分。",
            "当然，小说后半部分节奏稍显仓促，改革开放以后的几十年只用了不到五分之一的篇幅，一些人物的命运交代得略显匆忙。但瑕不掩瑜，《运河人家》仍是近年来地域书写中一部厚重的作品。它让我们看到，一座城的记忆，终究是由一个个普通人的悲欢写成的。",
        ])
    pg.headline(r)
    pg.gap()
    pg.body(r)
    pg.line(r, r.byline, "byline")
    pg.gap()
    pg.furniture(["责任编辑　米兰舟　　投稿邮箱：donghu@dcwb.example"], "footer")
    return pg


# ---------------------------------------------------------------------------
def u06() -> Page:
    """区县报 front page: masthead, 导读 box, lead with 引题 + two-line 主题 + ——副题, two 本报讯 items."""
    pg = Page("u06.txt", cols=16, indent=FW * 2, blanks="some", seed=1006, p_para=0.4, p_gap=0.5,
              style="区县报 front page: masthead lines (paper, pinyin name, 主办 line, date with weekday, 期号 and 版数), 导读 box of titles with page numbers, lead with 引题 + 主题 on two lines + ——副题 + byline line, two short 本报讯（记者 X） items, footer with address and hotline")
    pg.furniture(["今日临溪", "JINRI LINXI", "中共临溪县委主办　临溪县融媒体中心出版",
                  cn_date(2029, 4, 17), "第2418期　今日4版"], "masthead")
    pg.blank()
    pg.furniture(["导　读", "◎全县新增市场主体3127户　　2版", "◎“村晚”唱响乡村文化振兴　　3版",
                  "◎县城三条背街小巷改造完工　　4版"], "导读 box (titles and page numbers)")
    pg.blank()
    lead = Article(
        "lead", "县二季度重点项目集中开工总投资86亿元",
        head=["县二季度重点项目集中开工", "总投资86亿元"],
        subtitle="——涉及先进制造、文旅康养、城乡基础设施等23个项目",
        byline="本报记者　叶青禾　通讯员　毛一丁", authors=["叶青禾", "毛一丁"],
        notes="引题 '奋战二季度　确保双过半' above the 主题 is not part of the title (named here, as the subtitle holds "
              "the ——副题); 主题 printed on two lines, joined.",
        paras=[
            "4月16日上午，临溪县2029年二季度重点项目集中开工仪式在县经济开发区举行。此次集中开工的项目共23个，总投资86亿元，涵盖先进制造、文旅康养、城乡基础设施、社会民生等领域。",
            "其中，投资额最大的东川锂能新材料项目计划总投资21亿元，建成后可年产正极材料3万吨，预计年产值超过40亿元、新增就业岗位800余个。白鹭湖文旅康养综合体项目总投资12.5亿元，将建设康养社区、研学基地和湿地公园。",
            "县委书记在开工仪式上要求，各相关部门要强化要素保障，落实“一个项目、一名县领导、一个专班”工作机制，全力推动项目早建成、早投产、早见效，确保上半年经济指标“双过半”。",
            "今年以来，全县累计开工亿元以上项目41个，完成固定资产投资同比增长9.8%，增速位居全市前列。",
        ])
    pg.kicker(lead, "奋战二季度　确保双过半")
    pg.headline(lead)
    pg.line(lead, lead.subtitle, "subtitle")
    pg.line(lead, lead.byline, "byline")
    pg.gap()
    pg.body(lead)
    pg.blank()
    i1 = Article(
        "i1", "全县启动春季植树造林", byline="本报讯（记者　龙一帆）", authors=["龙一帆"],
        lead="本报讯（记者　龙一帆）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "连日来，各乡镇抢抓有利时节开展植树造林，今年全县计划完成人工造林1.2万亩、森林抚育3.5万亩。截至目前，已完成造林7800亩，栽植苗木62万株。",
            "县林业局组织技术人员深入造林现场，指导群众科学选苗、规范栽植，确保苗木成活率达到90%以上。",
        ])
    i2 = Article(
        "i2", "县医院远程会诊中心投入使用", byline="本报讯（记者　沙晓鸥）", authors=["沙晓鸥"],
        lead="本报讯（记者　沙晓鸥）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "4月15日，县人民医院远程会诊中心正式投入使用。中心与省城三家三甲医院实现实时连线，患者在县里就能接受省级专家的会诊，每年可减少转诊约1500人次。",
        ])
    for art in (i1, i2):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.blank()
    pg.furniture(["地址：临溪县人民路16号　邮编：417300", "新闻热线：0738-5223××××　本期责任编辑：卜晴"], "footer")
    return pg


# ---------------------------------------------------------------------------
def u07() -> Page:
    """国际新闻 page: 新华社 wire items with run-in datelines, a foreign name in a headline, a 图片新闻 caption."""
    pg = Page("u07.txt", cols=34, indent="", blanks="arts", seed=1007,
              style="国际新闻 page: three 新华社 wire items with run-in datelines 新华社X地X月X日电（记者 X）, one headline with a foreign name (卡琳·霍夫曼), 图片新闻 photo caption (brief) with a 新华社发（X摄） credit line")
    pg.furniture(["东川日报　国际新闻　第８版", cn_date(2029, 4, 12), "本版编辑　石可　鲍雨桐"], "page header")
    pg.blank()
    w1 = Article(
        "w1", "美国3月消费者价格指数同比上涨2.6%", byline="新华社华盛顿4月10日电（记者　邓亦凡）",
        authors=["邓亦凡"], lead="新华社华盛顿4月10日电（记者　邓亦凡）",
        notes="Wire item: run-in dateline 新华社华盛顿…电（记者 X） excluded from first.",
        paras=[
            "美国劳工部10日公布的数据显示，今年3月美国消费者价格指数（CPI）同比上涨2.6%，涨幅较2月收窄0.2个百分点；剔除波动较大的食品和能源价格后，核心CPI同比上涨2.9%。",
            "数据显示，3月美国住房成本环比上涨0.3%，仍是推高通胀的主要因素；汽油价格环比下降2.1%，二手车价格环比下降0.8%。",
            "分析人士指出，通胀数据略好于市场预期，但服务业价格仍具有一定黏性。美国联邦储备委员会下一次货币政策会议将于5月初举行，市场普遍预计美联储将维持联邦基金利率目标区间不变。",
        ])
    w2 = Article(
        "w2", "欧洲央行行长卡琳·霍夫曼称降息节奏将取决于数据",
        byline="新华社法兰克福4月11日电（记者　孔维舟　白若溪）", authors=["孔维舟", "白若溪"],
        lead="新华社法兰克福4月11日电（记者　孔维舟　白若溪）",
        notes="Headline contains a foreign name with the middle dot (卡琳·霍夫曼), kept; she is the newsmaker, not an "
              "author. Run-in dateline with two reporters excluded from first.",
        paras=[
            "欧洲中央银行行长卡琳·霍夫曼11日在法兰克福出席一场金融论坛时表示，欧元区通胀正朝着2%的目标回落，但欧洲央行不会预先承诺任何特定的利率路径，未来的降息节奏将取决于经济和通胀数据。",
            "霍夫曼说，欧元区劳动力市场依然稳健，工资增长有所放缓，但服务业通胀仍处于较高水平。她同时指出，全球贸易环境的不确定性可能对欧元区出口和投资造成拖累。",
            "欧盟统计局此前公布的初步数据显示，3月欧元区调和消费者物价指数同比上涨2.3%，低于2月的2.5%。",
        ])
    w3 = Article(
        "w3", "日本一季度出口同比增长4.1%", byline="新华社东京4月11日电（记者　郝知秋）",
        authors=["郝知秋"], lead="新华社东京4月11日电（记者　郝知秋）",
        notes="Wire item: run-in dateline excluded from first.",
        paras=[
            "日本财务省11日公布的初步统计显示，今年一季度日本出口额同比增长4.1%，进口额同比下降1.7%，贸易收支实现顺差约3800亿日元。其中，对亚洲出口增长6.3%，半导体制造设备和汽车零部件出口增幅较大。",
        ])
    for art in (w1, w2, w3):
        pg.headline(art)
        pg.body(art)
        pg.blank()
    ph = Article(
        "ph", "巴西港口货运繁忙", kind="brief", section="图片新闻",
        byline="新华社发（路易斯·罗沙摄）", authors=["路易斯·罗沙"],
        notes="Photo caption (brief) under the label 图片新闻; the credit line 新华社发（X摄） after the caption is the "
              "byline, not body; the photographer is the author.",
        paras=[
            "4月10日，货轮在巴西桑托斯港的集装箱码头装卸货物。巴西外贸部门公布的数据显示，今年一季度巴西农产品出口额同比增长11%，大豆、咖啡和牛肉出口量均创同期新高。",
        ])
    pg.furniture(["图片新闻"], "column label 图片新闻")
    pg.headline(ph)
    pg.body(ph)
    pg.line(ph, ph.byline, "byline")
    pg.blank()
    pg.furniture(["（本版稿件均据新华社电）"], "credit line")
    return pg


# ---------------------------------------------------------------------------
def u08() -> Page:
    """城事 page of a narrow column whose headlines the extraction gives AFTER their articles."""
    pg = Page("u08.txt", cols=10, indent=FW * 2, blanks="arts", seed=1008,
              style="都市报 城事 page, 10-char column: every headline printed AFTER its article's body (extraction order), run-in 本报讯（记者 X） datelines, one byline line 本报记者 X before its body, blank lines between articles only")
    pg.furniture(["东川都市报", "A05　城事", cn_date(2029, 7, 8), "编辑　葛雨　校对　庞冬"], "page header")
    pg.blank()
    arts = [
        Article("a", "地铁5号线南延段开通试运营", head=["地铁5号线南延段", "开通试运营"],
                byline="本报讯（记者　宁舒）", authors=["宁舒"],
                lead="本报讯（记者　宁舒）",
                notes="Headline printed after the body (title_line after body_end), on two lines, joined; run-in 本报讯（记者 X） excluded from first.",
                paras=[
                    "7月7日上午，地铁5号线南延段开通试运营。南延段全长11.6公里，新增车站7座，从南湖站一路向南延伸至高铁南站，市民从市中心乘地铁到高铁南站的时间缩短至25分钟。",
                    "运营方介绍，试运营初期行车间隔为6分钟，早晚高峰将加开临时列车。",
                ]),
        Article("b", "老旧小区加装电梯今年已开工126台", head=["老旧小区加装电梯", "今年已开工126台"],
                byline="本报记者　卓冉", authors=["卓冉"],
                notes="Byline line 本报记者 X printed before the body; the headline printed after the body, on two lines, joined.",
                paras=[
                    "“以前爬六楼要歇三回，现在按个按钮就到家了。”家住东湖区桂苑小区的退休教师刘阿姨说。上个月，她所在的单元装上了电梯，成为全市今年第100台竣工的加装电梯。",
                    "记者从市住建局了解到，今年全市计划在老旧小区加装电梯200台，截至6月底已开工126台、竣工103台。为了减少邻里矛盾，各街道推行“一梯一协调员”机制，由社区干部全程协调低层住户和高层住户的意见。",
                    "市住建局相关负责人表示，对符合条件的加装电梯项目，市、区两级财政每台补贴最高20万元，居民还可以提取住房公积金用于支付个人承担部分。",
                ]),
        Article("c", "夜间集市带火城南老街", byline="本报讯（记者　宁舒　实习生　包子衿）",
                authors=["宁舒", "包子衿"], lead="本报讯（记者　宁舒　实习生　包子衿）",
                notes="Headline printed after the body; run-in 本报讯（记者 X　实习生 Y） excluded from first; the 实习生 is an author.",
                paras=[
                    "入夏以来，城南老街每周五至周日晚上举办的夜间集市吸引了大批市民和游客。集市设有小吃、文创、非遗手作等摊位80余个，单晚客流最高超过3万人次。",
                    "老街管委会表示，集市摊位全部免收租金，优先提供给本地小微商户和返乡创业青年。",
                ]),
        Article("d", "市区新增两处口袋公园", byline="本报讯（记者　卓冉）", authors=["卓冉"],
                lead="本报讯（记者　卓冉）",
                notes="Headline printed after the body; run-in 本报讯（记者 X） excluded from first.",
                paras=[
                    "利用拆违腾退的边角地块，市园林部门近日在解放路和滨河东路新建两处口袋公园，总面积约4500平方米，设有健身步道、儿童游乐区和休憩座椅，周边居民步行5分钟即可到达。",
                ]),
    ]
    for art in arts:
        if art.byline and not art.lead:
            pg.line(art, art.byline, "byline")
        pg.body(art)
        pg.headline(art)
        pg.blank()
    pg.furniture(["新闻热线：96008", "东川都市报社出品"], "footer")
    return pg


PAGES = [u05, u06, u07, u08]
