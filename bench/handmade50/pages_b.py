"""Pages kt05-kt08 of handmade50 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, spaced, wrap


# ---------------------------------------------------------------------------
def kt05() -> Page:
    """Evening paper 城事 page: lead in a 30-character column (——副题, byline line 记者 X　通讯员 Y); then a
    10-character 简讯 column (label letter-spaced 简　讯) of five items whose headlines are printed run in,
    in 【】, at the start of their first line (run-in 本报讯（记者 X）, bare 本报讯, credits at the end)."""
    pg = Page("kt05.txt", cols=30, indent=FW * 2, blanks="para", seed=5005,
              style="evening paper 城事 page, blank lines between paragraphs and blocks: header on two lines (page number + 版名; paper + date with weekday); lead in a 30-character column indented with two U+3000: headline, ——副题, byline line 记者 X　通讯员 Y (no 本报); then a 10-character 简讯 column indented with ONE U+3000 under the letter-spaced label 简　讯: five items whose headlines are printed RUN IN, in 【】, at the start of the first body line, followed by the run-in 本报讯（记者 X）, the bare 本报讯, or nothing, two with credits （记者 X） / （记者 X　通讯员 Y） run in at the end; footer")
    pg.furniture(["A06　城事",
                  "霁川晚报　" + cn_date(2035, 6, 20)], "page header")
    pg.blank()
    a = Article(
        "a", "公交夜间线路增至28条", subtitle="——我市优化调整公交线网，夜间出行更便利",
        byline="记者　卫朗　通讯员　许知夏", authors=["卫朗", "许知夏"],
        notes="Lead: ——副题 is the subtitle; byline line 记者 X　通讯员 Y (no 本报): both are authors. The commuter "
              "and officials quoted are not.",
        paras=[
            "6月19日起，霁川公交集团新开通N21、N22、N23三条夜间公交线路，全市夜间公交线路增至28条，覆盖主城区主要商圈、医院、火车站和大型居住区。",
            "“以前加班到11点多，只能打车回家，一趟四五十块钱。”在会展新城一家科技公司上班的小林说，新开通的N22路正好经过他住的小区，2元就能到家。",
            "据霁川公交集团运营部负责人介绍，此次线网调整是在对公交卡刷卡数据、手机导航出行数据进行分析的基础上确定的。夜间线路发车间隔为20至30分钟，末班车时间延长至次日凌晨1时。与此同时，集团还对12条客流较少、与地铁重复度较高的线路进行了撤并或截短，将运力调配到新建小区和产业园区。",
            "市交通运输局表示，今年将新增和优化公交线路30条以上，推进公交与地铁“两网融合”，实现地铁站点周边300米范围内公交接驳全覆盖。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture([spaced("简讯", FW)], "column label 简讯 (letter-spaced)")
    pg.blank()
    items = [
        Article("b1", "霁川新增12处公共游泳场所",
                byline="本报讯（记者　魏清）", authors=["魏清"],
                lead="【霁川新增12处公共游泳场所】本报讯（记者　魏清）",
                notes="Item of the 简讯 column (section). **new:** the headline is printed run in, in 【】, at the start "
                      "of the first body line: title_line is that line, and the headline and the run-in "
                      "本报讯（记者 X） after it are excluded from first.",
                paras=[
                    "暑期临近，我市今年新增12处公共游泳场所，其中学校游泳池向社会开放8处，全市公共游泳场所达到76处。各场所将配备持证救生员，实行限流管理。",
                ]),
        Article("b2", "东站地下通道完成改造",
                byline="（记者　卫朗）", authors=["卫朗"],
                lead="【东站地下通道完成改造】", tail="（记者　卫朗）",
                notes="Item of the 简讯 column (section): run-in 【headline】 excluded from first; no dateline; the "
                      "credit （记者 X） run in at the end is the byline, excluded from last.",
                paras=[
                    "霁川东站东西广场地下通道改造工程日前完工。改造后的通道新增了无障碍电梯、母婴室和导向标识，通道照明全部更换为节能灯具。",
                ]),
        Article("b3", "市图书馆延长开放时间",
                byline="本报讯",
                lead="【市图书馆延长开放时间】本报讯　",
                notes="Item of the 简讯 column (section): run-in 【headline】 and the bare 本报讯 (no reporter named: "
                      "byline without authors) excluded from first.",
                paras=[
                    "从6月22日起，霁川市图书馆周五、周六开放时间延长至晚上10时，自习区座位由300个增至520个，读者可通过图书馆微信公众号提前预约座位。",
                ]),
        Article("b4", "荷溪公园夜间灯光秀上演",
                byline="（记者　魏清　通讯员　甘雨）", authors=["魏清", "甘雨"],
                lead="【荷溪公园夜间灯光秀上演】", tail="（记者　魏清　通讯员　甘雨）",
                notes="Item of the 简讯 column (section): run-in 【headline】 excluded from first; credit "
                      "（记者 X　通讯员 Y） run in at the end (wrapped over lines), excluded from last; both are "
                      "authors.",
                paras=[
                    "6月18日晚，苇滨区荷溪公园夜间灯光秀正式上演。灯光秀以“荷塘月色”为主题，每晚8时至10时每半小时上演一场，每场约12分钟。",
                ]),
        Article("b5", "两部门联合发布防诈骗提示",
                byline="本报讯（记者　冼晴）", authors=["冼晴"],
                lead="【两部门联合发布防诈骗提示】本报讯（记者　冼晴）",
                notes="Item of the 简讯 column (section): a warning (提示) written as a news item. Run-in 【headline】 "
                      "and 本报讯（记者 X） excluded from first.",
                paras=[
                    "近期，冒充电商客服以“退款理赔”为由实施诈骗的案件有所增多。市公安局反诈中心、市市场监管局联合提醒，凡是要求下载陌生软件、开启屏幕共享、转账到“安全账户”的，都是诈骗。",
                ]),
    ]
    for i, art in enumerate(items):
        art.section = "简讯"
        if i:
            pg.gap()
        pg.body(art, cols=10, indent=FW, head_role=True)
    pg.blank()
    pg.furniture(["本版编辑：尚小禾　美编：左宁　校对：贺青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kt06() -> Page:
    """City daily 综合新闻 page, 22 characters, two U+3000: lead whose body is printed in TWO pieces with a 链接 box
    (label, headline, text) BETWEEN them; an article whose headline is printed AFTER its body; an article with
    a photo caption after it; 招领启事 notice; blank lines sometimes."""
    pg = Page("kt06.txt", cols=22, indent=FW * 2, blanks="some", seed=5006, p_para=0.3, p_gap=0.8,
              style="city daily 综合新闻 page indented with two U+3000, blank lines sometimes: header on three lines (paper; date with weekday; page number + 版名); lead with ——副题 and byline line 本报记者 X　通讯员 Y whose body is printed in TWO pieces with a 链接 box (label, its own headline, one paragraph) read BETWEEN them (column pieces out of order); an article (run-in 本报讯（记者 X）) whose headline is printed AFTER its body; article with byline line 本报记者 X and a photo caption with credit after the body; 招领启事 notice (label, text, phone); footer")
    pg.furniture(["榕岫日报",
                  cn_date(2035, 6, 26),
                  "第4版　综合新闻"], "page header")
    pg.blank()
    a = Article(
        "a", "城区新增口袋公园23个", subtitle="——“转角遇见绿”让城市更宜居",
        byline="本报记者　麦青　通讯员　杜若", authors=["麦青", "杜若"],
        notes="Lead: ——副题 is the subtitle; byline line 本报记者 X　通讯员 Y: both are authors. Its body is printed "
              "in two pieces: the 链接 box (label, headline, text) is read between them. The resident and the "
              "official quoted (杨阿姨) are not authors.",
        paras=[
            "清晨6点，家住榕岫市城南区梧桐巷的杨阿姨就来到巷口新建的口袋公园晨练。这里原本是一块堆满杂物的闲置空地，如今铺上了透水步道，种上了桂花、紫薇，还安装了健身器材和休闲座椅。“出门走两步就有个歇脚的地方，比以前强多了。”杨阿姨说。",
            "记者从榕岫市城市管理局获悉，今年以来，全市利用边角地、闲置地、拆违腾退地等“金角银边”，新建口袋公园23个，新增绿地面积约8.6万平方米。目前，城区口袋公园总数已达97个，基本实现“300米见绿、500米见园”。",
            "口袋公园虽小，建设却颇费心思。城管部门在选址前会先走访周边居民，征求大家对功能设置的意见。城南区一处口袋公园紧邻小学，设计时就专门增加了儿童游乐设施和家长等候区；城北区一处口袋公园周边老年人多，便加装了扶手和无障碍坡道。",
            "“建好只是第一步，管好用好才是关键。”市城市管理局有关负责人表示，全市口袋公园实行“园长制”，由所在街道社区负责日常管护，并引导周边居民、商户参与认养。下一步，还将结合城市更新，计划年内再建口袋公园15个。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    first, rest = Page.chunks(pg.render_body(a), [14])
    pg.emit(a, first)
    pg.gap()
    b = Article(
        "b", "什么是口袋公园", section="链接",
        notes="链接 box under its label (section), read BETWEEN the two pieces of the lead's body: its own headline "
              "and a paragraph of its own, so an article. No byline, no authors.",
        paras=[
            "口袋公园也称袖珍公园，一般指面积在400平方米至1万平方米之间、规模较小的城市开放空间，常呈斑块状散落或隐藏在城市结构中，具有选址灵活、面积小、分布离散等特点，能够方便居民就近休闲游憩。",
        ])
    pg.furniture(["链接"], "column label 链接")
    pg.headline(b)
    pg.body(b)
    pg.gap()
    pg.emit(a, rest)
    pg.gap()
    c = Article(
        "c", "二手电动自行车交易将实行“一车一码”",
        byline="本报讯（记者　沈湛）", authors=["沈湛"], lead="本报讯（记者　沈湛）",
        notes="Headline printed AFTER the body (the body follows the lead's last paragraph). Run-in "
              "本报讯（记者 X） excluded from first.",
        paras=[
            "记者从榕岫市公安局交警支队获悉，从7月1日起，我市将对二手电动自行车交易实行“一车一码”管理。车辆过户时，买卖双方需携带车辆及身份证件到指定网点办理登记，交警部门将核验车辆是否为被盗抢车辆、是否符合国家标准。",
            "据介绍，此举旨在遏制盗抢车辆销赃和非标车辆流入市场。目前，全市已设立二手电动自行车交易登记网点42个，市民也可通过“榕岫交警”小程序预约办理。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.gap()
    d = Article(
        "d", "136所中小学开办暑期托管班",
        byline="本报记者　程小溪", authors=["程小溪"],
        notes="Byline line 本报记者 X under the headline (its headline follows the previous article's headline). "
              "The photo caption with credit after the body is not body.",
        paras=[
            "记者从市教育局获悉，今年我市共有136所中小学开办暑期托管服务，可提供学位约2.4万个，7月8日起开班，为期4周。托管服务以看护为主，学校将提供阅读、体育、艺术、科普等活动，不进行集体补课。收费标准为每生每周100元，低保家庭学生免费。",
            "家长可于6月28日前通过学校发放的报名链接自愿报名。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.furniture(wrap("图为城南小学去年暑期托管班的学生在上体育课。　本报记者　程小溪　摄", 22),
                 "photo caption with credit (not body)")
    pg.gap()
    pg.furniture(["招领启事"]
                 + wrap("6月24日，本报读者服务部收到市民拾得的黑色双肩包一个，内有笔记本电脑一台及部分学习资料。请失主携带有效证件前来认领。", 22, FW * 2)
                 + ["联系电话：6233××××"], "招领启事 notice (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：丘明远　　校对：方以宁"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kt07() -> Page:
    """Evening paper 视觉 (photo) page, NO indent, blank lines between paragraphs: photo news with long captions
    (credit line 本报记者 X　摄; credit （通讯员 X　摄） run in; a ▲ photo WITHOUT headline credited to a unit,
    供图); a photo story with byline line 文/本报记者 X　图/本报记者 Y and numbered captions ①②③ after its
    text; two short reports (run-in 本报讯（记者 X）; byline line 见习记者 X)."""
    pg = Page("kt07.txt", cols=30, indent="", blanks="para", seed=5007,
              style="evening paper 视觉 (photo news) page, NO indent, blank lines between paragraphs and blocks: header on three lines; photo news with a long caption and credit line 本报记者 X　摄; photo news with the credit （通讯员 X　摄） run in at the end of the caption; photo news WITHOUT headline (▲ caption) credited 霁川市消防救援支队供图 (a unit, no person); photo story (组图) with headline, byline line 文/本报记者 X　图/本报记者 Y, three paragraphs of text and three numbered captions ①②③ after it; run-in 本报讯（记者 X） report; report with byline line 见习记者 X; footer with picture editor and designer")
    pg.furniture(["霁川晚报　A10", "视觉", cn_date(2035, 7, 2)], "page header")
    pg.blank()
    p1 = Article(
        "p1", "千亩荷塘迎盛夏", kind="brief",
        byline="本报记者　庄予白　摄", authors=["庄予白"],
        notes="Photo news (brief): headline, long caption (the body), credit line 本报记者 X　摄 (the byline); the "
              "photographer is the author.",
        paras=[
            "7月1日，霁川市苇滨区荷溪湿地公园内，千亩荷花竞相绽放，游客在荷塘栈道上赏花拍照。",
            "近年来，苇滨区持续推进荷溪流域生态修复，湿地公园内已记录鸟类126种，成为市民休闲游憩的“城市绿肺”。据了解，公园荷花观赏期将持续到8月中旬，其间还将举办荷花摄影展、夜游荷塘等活动。",
        ])
    pg.headline(p1)
    pg.body(p1)
    pg.line(p1, p1.byline, "byline")
    pg.gap()
    p2 = Article(
        "p2", "高温下的“电力蓝”", kind="brief",
        byline="（通讯员　陆青禾　摄）", authors=["陆青禾"], tail="（通讯员　陆青禾　摄）",
        notes="Photo news (brief): headline and caption; the credit （通讯员 X　摄） run in at the end is the byline, "
              "excluded from last; the photographer is the author.",
        paras=[
            "7月1日，霁川供电公司电力抢修人员在城东一处配电台区进行设备检修。当天霁川最高气温达38℃，作业现场地表温度超过50℃。入夏以来，该公司组织120支抢修队伍24小时待命，确保迎峰度夏期间电网安全稳定运行。",
        ])
    pg.headline(p2)
    pg.body(p2)
    pg.gap()
    p3 = Article(
        "p3", None, kind="brief",
        byline="霁川市消防救援支队供图", lead="▲",
        notes="Photo news (brief) printed WITHOUT a headline: title null. The ▲ mark is excluded from first. "
              "**new:** the credit line 霁川市消防救援支队供图 (a unit supplied the picture) is the byline; it "
              "names no person: no authors.",
        paras=[
            "6月30日，消防救援人员在苇滨区一处积水路段转移被困群众。当日凌晨，霁川遭遇强降雨，部分低洼路段积水严重，消防、城管等部门出动救援力量400余人次，转移群众120余人。",
        ])
    pg.body(p3)
    pg.line(p3, p3.byline, "byline")
    pg.gap()
    a = Article(
        "a", "跟着巡河员走一趟",
        byline="文/本报记者　庄予白　图/本报记者　鲍小岩", authors=["庄予白"],
        notes="Photo story (组图) with three paragraphs of text: an article. Byline line 文/本报记者 X　图/本报记者 Y: "
              "the writer is the author, the photographer (图/) is not (as 文／…　图／… in handmade22 g11). The "
              "numbered captions ①②③ after the text are not body. The river warden quoted (祁大勇) is not an "
              "author.",
        paras=[
            "早上7点，荻湾镇河长办巡河员祁大勇已经撑着小船出发了。他负责的荻湾河段长约8公里，每天要来回巡查两趟，打捞水面漂浮物、查看排污口、劝阻违规垂钓，一趟下来要三个多小时。",
            "“这条河我从小看到大，以前岸边都是垃圾，夏天臭得很。”祁大勇说，这几年，镇里拆除了沿河违建，新建了污水管网，河水一年比一年清，“白鹭又回来了”。",
            "据了解，霁川市目前共有专兼职巡河员2300余名，全市主要河流水质优良比例达到96.8%。今年，市里还将为巡河员配发无人机、水质快检设备，推动巡河由“人巡”向“人巡＋技巡”转变。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["①祁大勇在荻湾河上打捞漂浮物。",
                  "②祁大勇用水质快检设备检测河水。",
                  "③荻湾河畔，白鹭在浅滩觅食。"], "numbered photo captions of the photo story (not body)")
    pg.gap()
    b = Article(
        "b", "霁川发布今夏首个高温橙色预警",
        byline="本报讯（记者　冼晴）", authors=["冼晴"], lead="本报讯（记者　冼晴）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "7月1日16时，霁川市气象台发布今年首个高温橙色预警信号，预计未来三天我市最高气温将升至37℃至39℃。市人社部门提醒，用人单位应合理安排户外作业时间，日最高气温达到40℃以上时应当停止当日室外露天作业，并按规定发放高温津贴。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "这个夏天，“城市书房”里满是读书人",
        byline="见习记者　温予", authors=["温予"],
        notes="Byline line 见习记者 X (a probationary reporter): the author. Headline with a comma kept as printed.",
        paras=[
            "放暑假第一周，位于桂香路的“城市书房”每天从早到晚座无虚席。这间面积约200平方米的书房由一处闲置门面改造而成，藏书8000余册，24小时免费开放，读者刷身份证即可进入。",
            "记者了解到，霁川目前已建成“城市书房”62家，今年上半年累计接待读者130万人次。市文化广电旅游局表示，年内将再建10家，并在部分书房增设儿童阅读区。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["图片编辑：姚青崖　　版式：梅小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kt08() -> Page:
    """都市报 民生·服务 page, ONE U+3000 indent, blank lines only between blocks: label 民生热线 over a follow-up
    with byline line 本报全媒体记者 X; label 消费提示 over an item; 停电公告 notice; a report with 链接 box;
    hotline box; item signed （本报全媒体记者 X） at the end."""
    pg = Page("kt08.txt", cols=28, indent=FW, blanks="arts", seed=5008,
              style="都市报 民生·服务 page indented with ONE U+3000, blank lines only between articles and blocks: header on three lines (page number; paper + date with weekday; 版名 + 主编 + 编辑); label 民生热线 over a follow-up story with byline line 本报全媒体记者 X; label 消费提示 over an item with run-in 本报讯（记者 X）; 停电公告 notice of the power company (title, indented text, right-aligned company and date); report with run-in 本报讯（记者 X　通讯员 Y） followed by a 链接 box (label, own headline, text); 便民服务热线 box (title and four rows); item with the credit （本报全媒体记者 X） run in at the end; footer")
    pg.furniture(["A07",
                  "蕖州都市报　" + cn_date(2035, 7, 9),
                  "民生·服务　　主编：詹云开　　编辑：吕晓"], "page header")
    pg.blank()
    a = Article(
        "a", "断了半年的路灯终于亮了", section="民生热线",
        byline="本报全媒体记者　贺知秋", authors=["贺知秋"],
        notes="Follow-up story under the label 民生热线 (section). Byline line 本报全媒体记者 X: the author. The "
              "caller quoted (王先生) is not.",
        paras=[
            "“这段路晚上黑灯瞎火的，下晚自习的孩子走着都害怕。”6月下旬，家住东湖区桂湾新村的居民王先生拨打本报民生热线反映，小区东侧的桂湾支路有8盏路灯已经坏了半年，多次向有关方面反映都没有解决。",
            "记者随后来到现场，发现这段约300米长的道路两侧确实有多盏路灯不亮，路边还有两处施工围挡。经了解，今年初附近一处燃气管道施工时挖断了路灯电缆，由于施工单位与路灯管理部门对修复责任存在分歧，修复工作一拖再拖。",
            "在记者协调下，东湖区城管局、施工单位和路灯管理所到现场会商，明确由施工单位承担修复费用、路灯管理所负责施工。7月6日晚，8盏路灯全部恢复照明。王先生说：“没想到这么快就解决了，谢谢你们！”",
        ])
    pg.furniture(["民生热线"], "column label 民生热线")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "暑期游学产品选购需谨慎", section="消费提示",
        byline="本报讯（记者　甘棠）", authors=["甘棠"], lead="本报讯（记者　甘棠）",
        notes="Item under the label 消费提示 (section): a consumer warning written as a news item, so an article. "
              "Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "暑期临近，各类游学、研学产品广告增多。市消费者权益保护委员会近日发布消费提示，提醒家长选购游学产品时要查验主办方资质，仔细阅读合同条款，明确行程、住宿、餐饮、安全保障等内容，警惕“名校游”“海外游学”等夸大宣传。",
            "市消保委提醒，如遇消费纠纷，可拨打12315投诉热线维权。",
        ])
    pg.furniture(["消费提示"], "column label 消费提示")
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["停电公告"]
                 + wrap("因电网设备检修，7月11日（星期三）7:00至15:00，东湖区柳巷路、桂湾路部分区段及周边小区将暂停供电，届时请用户做好准备。如遇天气等原因，检修工作将顺延。特此公告。", 28, FW)
                 + [FW * 21 + "蕖州供电公司", FW * 20 + "2035年7月8日"],
                 "停电公告 notice of the power company (not an article)")
    pg.blank()
    e = Article(
        "e", "异地就医直接结算再扩围",
        byline="本报讯（记者　甘棠　通讯员　施颖）", authors=["甘棠", "施颖"],
        lead="本报讯（记者　甘棠　通讯员　施颖）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. The 链接 box after it is a "
              "separate article.",
        paras=[
            "记者从蕖州市医疗保障局获悉，从7月1日起，我市参保人员跨省异地就医住院费用直接结算的定点医疗机构增加到全国4.2万家，门诊慢特病跨省直接结算病种由5种增加到10种，新增了类风湿关节炎、慢性阻塞性肺疾病等病种。",
            "同时，异地就医备案手续进一步简化。参保人员可通过“蕖州医保”小程序在线备案，备案后即时生效，备案有效期内可在就医地多次结算。临时外出就医人员的报销比例，较本地就医降低的幅度由10个百分点调整为5个百分点。",
            "市医保局提醒，参保人员备案前应确认就医地医院是否已开通直接结算，以免出现无法结算的情况。",
        ])
    pg.headline(e)
    pg.body(e)
    pg.blank()
    f = Article(
        "f", "异地就医备案怎么办", section="链接",
        notes="链接 box under its label (section) after the report: its own headline and a paragraph of its own "
              "(how-to text), so an article. No byline, no authors.",
        paras=[
            "参保人员可通过国家医保服务平台、“蕖州医保”小程序或到各县（区）医保经办窗口办理备案。长期异地居住人员需提供异地居住证明或个人承诺书，临时外出就医人员可直接申请备案。备案成功后，到就医地定点医疗机构就医时出示医保电子凭证或社会保障卡即可直接结算。",
        ])
    pg.furniture(["链接"], "column label 链接")
    pg.headline(f)
    pg.body(f)
    pg.blank()
    pg.furniture(["便民服务热线",
                  "政务服务热线　　　　8812××××",
                  "供水服务　　　　　　8800××××",
                  "燃气抢修　　　　　　8866××××",
                  "供电服务　　　　　　8855××××"], "便民服务热线 box (not an article)")
    pg.blank()
    g = Article(
        "g", "全市公共充电桩突破3万个",
        byline="（本报全媒体记者　贺知秋）", authors=["贺知秋"], tail="（本报全媒体记者　贺知秋）",
        notes="Credit （本报全媒体记者 X） run in at the end: the byline, excluded from last.",
        paras=[
            "记者从市发展改革委了解到，截至6月底，全市已建成公共充电桩3.06万个，比去年底新增5100个，城区平均服务半径缩小到0.9公里。今年下半年，我市将重点在老旧小区、乡镇和旅游景区补齐充电设施短板。",
        ])
    pg.headline(g)
    pg.body(g)
    pg.blank()
    pg.furniture(["本版校对：邢远　　美编：陶桃"], "footer")
    return pg


PAGES = [kt05, kt06, kt07, kt08]
