"""Pages kt01-kt04 of handmade50 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kt01() -> Page:
    """Provincial daily 综合新闻 page: lead with 引题 and run-in 本报讯（记者 X　通讯员 Y）; 链接 box beside it;
    label 新闻速览 over four ■ items (run-in 本报讯, credit （记者 X） at the end, no credit, （X　Y）); photo news
    with a long caption and a credit line; article with byline line 本报记者 X; footer."""
    pg = Page("kt01.txt", cols=26, indent=FW * 2, blanks="para", seed=5001,
              style="provincial daily 综合新闻 page: header on two lines (page number + 版名; paper + date with weekday); lead with an 引题 over a one-line headline and the run-in 本报讯（记者 X　通讯员 Y）; label 链接 over a box with its own headline and one paragraph (no byline) beside the lead; label 新闻速览 over four items whose headlines open with ■ (run-in 本报讯（记者 X）; credit （记者 X） run in at the end; no credit at all; credit （X　Y） of two names at the end); photo news (brief): headline, a long caption, credit line 本报记者 X　摄; article with byline line 本报记者 X; footer with editor, designer and proof-reader")
    pg.furniture(["3　综合新闻",
                  "苓江日报　" + cn_date(2035, 6, 5)], "page header")
    pg.blank()
    a = Article(
        "a", "家门口看病越来越方便",
        subtitle="全省87个县（市）实现紧密型医共体建设全覆盖",
        byline="本报讯（记者　闻溪岚　通讯员　赵一禾）", authors=["闻溪岚", "赵一禾"],
        lead="本报讯（记者　闻溪岚　通讯员　赵一禾）",
        notes="Lead. The 引题 above the headline (no 副题) is the subtitle. Run-in 本报讯（记者 X　通讯员 Y） is the "
              "byline, excluded from first; reporter and 通讯员 are both authors. The villager and the official "
              "quoted (何守田) are not.",
        paras=[
            "记者6月4日从省卫生健康委获悉，截至5月底，全省87个县（市）均已建成紧密型县域医疗卫生共同体，组建医共体112个，覆盖县级医院196家、乡镇卫生院1340家和村卫生室1.86万个。县域内就诊率达到91.3%，比三年前提高6.8个百分点，“小病不出村、常见病不出县”的格局基本形成。",
            "在芷阳县槿田镇卫生院，64岁的村民何守田刚做完一次远程心电检查。“以前查心电图要坐一个多小时车去县城，现在镇上就能做，县医院的专家在线出报告，半个钟头就拿到了。”何守田说。据介绍，芷阳县医共体建成了影像、心电、检验、病理等五大共享中心，乡镇卫生院检查、县级医院诊断，全县基层检查结果互认率达到98%。",
            "人员下沉是医共体建设的关键。省卫生健康委有关负责人介绍，各地推行“县管乡用”“乡聘村用”，去年以来累计选派县级医院骨干医生3200余名到乡镇卫生院坐诊带教，帮助基层新开展适宜技术460余项。与此同时，医保基金实行按医共体总额付费、结余留用，引导医共体从“以治病为中心”向“以健康为中心”转变。",
            "下一步，我省将重点提升县级医院胸痛、卒中、创伤等急危重症救治能力，力争到2036年底，每个县（市）至少有1家县级医院达到三级医院服务水平。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "什么是紧密型县域医共体", section="链接",
        notes="链接 box beside the lead, under its label (section): its own headline and a paragraph of its own "
              "(background, not figures), so an article, not part of the lead. No byline, no authors.",
        paras=[
            "紧密型县域医疗卫生共同体，是以县级医院为龙头、乡镇卫生院为枢纽、村卫生室为基础，在行政、人事、财务、业务、药品耗材、信息系统等方面实行统一管理的县乡村一体化服务体系。其目标是推动优质医疗资源下沉，提升基层服务能力，让群众在县域内就能看好病。",
        ])
    pg.furniture(["链接"], "column label 链接")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["新闻速览"], "column label 新闻速览")
    pg.gap()
    items = [
        Article("c1", "苓江启动夏季防溺水专项行动", head=["■苓江启动夏季防溺水专项行动"],
                byline="本报讯（记者　石小川）", authors=["石小川"], lead="本报讯（记者　石小川）",
                notes="Item of the 新闻速览 roundup (section); the ■ before the headline is a mark, not part of the "
                      "title. Run-in 本报讯（记者 X） excluded from first.",
                paras=[
                    "省教育厅、省应急管理厅等六部门近日联合部署开展夏季防溺水专项行动，持续至9月上旬。行动期间，各地将对辖区内水库、河塘、山塘等重点水域开展全面排查，设置警示标识、配备救生设施，在学生放假前集中开展一次防溺水专题教育，并组织志愿者在节假日开展巡河劝导。",
                ]),
        Article("c2", "霁川地铁3号线二期开通初期运营", head=["■霁川地铁3号线二期开通初期运营"],
                byline="（记者　韦一诺）", authors=["韦一诺"], tail="（记者　韦一诺）",
                notes="Item of the 新闻速览 roundup (section), ■ mark not in the title. Credit （记者 X） run in at "
                      "the end is the byline, excluded from last.",
                paras=[
                    "6月4日上午10时，霁川地铁3号线二期工程开通初期运营。二期工程全长14.6公里，设车站10座，全部为地下站，串联起霁川东站、会展新城等客流集散地。开通后，3号线全长达到38.2公里，从东站到机场最快只需52分钟。",
                ]),
        Article("c3", "全省新认定38个省级美丽乡村示范村", head=["■全省新认定38个省级美丽乡村示范村"],
                notes="Item of the 新闻速览 roundup (section), ■ mark not in the title. Printed with no dateline "
                      "and no credit: no byline, no authors.",
                paras=[
                    "省农业农村厅日前公布第六批省级美丽乡村示范村名单，霁川市苇滨区荷溪村、蕖州市杉渡县柳埠村等38个村入选。据统计，全省省级美丽乡村示范村累计已达416个，带动各地整治农村人居环境、发展特色产业和乡村旅游。",
                ]),
        Article("c4", "高考期间考点周边实行临时交通管制", head=["■高考期间考点周边实行临时交通管制"],
                byline="（石小川　洪莺）", authors=["石小川", "洪莺"], tail="（石小川　洪莺）",
                notes="Item of the 新闻速览 roundup (section), ■ mark not in the title. Credit of two bare names "
                      "（X　Y） run in at the end: the byline, excluded from last; both are authors.",
                paras=[
                    "记者从省公安厅交通管理局获悉，6月7日至9日高考期间，全省312个考点周边道路将实行临时交通管制，考试期间考点周边200米范围内禁止车辆鸣笛。交警部门提醒，送考车辆应按指定位置停放，考生遇到紧急情况可拨打122求助。",
                ]),
    ]
    for art in items:
        art.section = "新闻速览"
        pg.headline(art)
        pg.body(art)
        pg.gap()
    p = Article(
        "p", "夏粮开镰", kind="brief",
        byline="本报记者　蓝萧　摄", authors=["蓝萧"],
        notes="Photo news (brief): headline, a long caption (the body), credit line 本报记者 X　摄 after it (the "
              "byline); the photographer is the author.",
        paras=[
            "6月4日，芷阳县槿田镇麦田里，农机手驾驶联合收割机抢收小麦。今年我省小麦种植面积410万亩，目前已收获近三成，预计6月15日前基本完成收获。各地组织跨区作业收割机1.2万余台，并提前落实烘干、仓储设施，确保颗粒归仓。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    e = Article(
        "e", "霁榕高速苇滨服务区建成光储充一体化示范站",
        byline="本报记者　柯望舒", authors=["柯望舒"],
        notes="Byline line 本报记者 X under the headline. The driver and the official quoted are not authors.",
        paras=[
            "6月3日，霁榕高速苇滨服务区光储充一体化示范站正式投入使用。该站在服务区停车棚顶铺设光伏板1.2万平方米，配套建设储能系统和40个快充车位，日发电量约5000千瓦时，可满足服务区大部分用电需求，多余电量储存后用于夜间充电。",
            "“以前节假日排队充电要等一个多小时，现在车位多了，充电速度也快了。”从霁川驾车前往榕岫的车主马先生说。省交通投资集团有关负责人表示，今年将在全省高速公路服务区新建改建充电桩800个，实现服务区充电设施全覆盖。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["本版责任编辑：邵明溪　　美编：葛青　　校对：詹小檀"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kt02() -> Page:
    """Evening paper 社会新闻 page in a 12-character column, ONE U+3000 indent, NO blank line anywhere: a
    two-line headline and run-in 本报讯（记者 X）, some justified (letter-spaced) body lines; an article whose
    headline and byline line are printed AFTER its body; label 热线追踪 over an item; an item signed at the end."""
    pg = Page("kt02.txt", cols=12, indent=FW, blanks="never", seed=5002,
              style="evening paper 社会新闻 page in a 12-character column, ONE U+3000 indent, NO blank line anywhere: header on four short lines (paper, page number, 版名, date with weekday) and a hotline line; rescue story with a headline on two lines and the run-in 本报讯（记者 X）, three of its body lines letter-spaced (justified) with ASCII spaces; an article whose body comes FIRST and whose headline and byline line 记者 X　通讯员 Y are printed AFTER it; label 热线追踪 over an item with run-in 本报讯（记者 X）, two lines letter-spaced; item with a headline of two phrases parted by U+3000 and the credit （记者 X　通讯员 Y） run in at the end (wrapped); footer wider than the column")
    pg.furniture(["霁川晚报", "A08", "社会新闻", cn_date(2035, 6, 12),
                  "新闻热线：96××××"], "page header and news hotline")
    a = Article(
        "a", "外卖小哥跳河救起落水老人", head=["外卖小哥跳河", "救起落水老人"],
        byline="本报讯（记者　覃小岩）", authors=["覃小岩"], lead="本报讯（记者　覃小岩）",
        notes="Headline on two lines, joined. Run-in 本报讯（记者 X） excluded from first. Some body lines are "
              "letter-spaced (justified); spaces are ignored. The rescuer (邝小满) is not an author.",
        paras=[
            "6月11日傍晚，苇滨区荷溪公园附近河段，一名七旬老人不慎落水。正在附近送餐的外卖骑手邝小满听到呼救后，脱下头盔纵身跳入河中，将老人托上岸边。",
            "“当时没想那么多，看到有人在水里扑腾，就跳下去了。”邝小满告诉记者，他在老家水库边长大，水性不错。老人被救上岸后意识清醒，随后被赶来的120急救车送往医院，目前已无大碍。",
            "记者了解到，邝小满今年26岁，从事外卖配送工作两年多。事发当晚，老人家属专程找到他表达谢意。苇滨区有关部门表示，将为其申报见义勇为表彰。",
        ])
    pg.headline(a)
    pg.emit(a, justify(pg.render_body(a), [3, 9, 17], " "))
    b = Article(
        "b", "老旧小区加装电梯今年再开工120台",
        byline="记者　祝安宁　通讯员　罗青", authors=["祝安宁", "罗青"],
        notes="Headline and byline line (记者 X　通讯员 Y) printed AFTER the body, which follows the previous "
              "article's last line directly (no blank lines on this page). Both are authors. The resident quoted "
              "(顾阿婆) is not.",
        paras=[
            "记者从霁川市住建局获悉，今年全市计划新开工老旧小区既有住宅加装电梯120台，目前已有46台完成审批、31台开工建设。",
            "“家住六楼，以前下楼买个菜要歇好几回。”家住梧桐苑小区的顾阿婆说，小区单元楼上月装上了电梯，她终于可以天天下楼遛弯了。",
            "据介绍，今年加装电梯补助标准由每台20万元提高到25万元，并推行“一站式”联合审批，审批时间压缩到15个工作日以内。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    c = Article(
        "c", "小区门口积水问题有望解决", section="热线追踪",
        byline="本报讯（记者　冼晴）", authors=["冼晴"], lead="本报讯（记者　冼晴）",
        notes="Item under the label 热线追踪 (section). Run-in 本报讯（记者 X） excluded from first. Two body lines "
              "letter-spaced. The caller quoted (何先生) is not an author.",
        paras=[
            "“一下雨，小区门口就成了‘小池塘’，老人孩子进出只能蹚水。”近日，家住栾溪路的市民何先生拨打本报热线反映，他所在的锦绣里小区门口路段地势低洼，每逢大雨便严重积水。",
            "记者实地查看发现，该路段约50米长，路面比两侧人行道低了10多厘米，附近的雨水口被泥沙堵塞。随后，记者将情况反映给苇滨区城管部门。工作人员当天到现场清掏了雨水口，并表示将在本月底前对该路段进行抬升改造，同时新增两处雨水口。",
            "何先生说，看到工人来清理，心里踏实多了。",
        ])
    pg.furniture(["热线追踪"], "column label 热线追踪")
    pg.headline(c)
    pg.emit(c, justify(pg.render_body(c), [5, 14], " "))
    d = Article(
        "d", "市民遗失钱包民警半小时找回", head=["市民遗失钱包　民警半小时找回"],
        byline="（记者　覃小岩　通讯员　白芷）", authors=["覃小岩", "白芷"],
        tail="（记者　覃小岩　通讯员　白芷）",
        notes="Headline of two phrases parted by U+3000, written unspaced (it is wider than the column). Credit "
              "（记者 X　通讯员 Y） run in at the end and wrapped: the byline, excluded from last; both are authors.",
        paras=[
            "6月10日上午，市民陈女士在霁川东站附近乘坐出租车时，不慎将装有现金和证件的钱包遗落在车上。东站派出所民警接到求助后，通过调取监控锁定车辆信息，并联系上出租车司机，半小时后将钱包完璧归赵。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版编辑：韦雪　美编：苗禾　校对：方栀"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kt03() -> Page:
    """都市报 民生 page indented with two ASCII spaces, blank lines sometimes: lead with ——副题 and byline line
    □本报记者 X　实习生 Y, ■ crossheads; label 相关新闻 over a short item; 提示 item with a headline of two
    phrases; 便民信息 box (停水通知); article with byline line 文/图　本报记者 X and a photo caption after it."""
    pg = Page("kt03.txt", cols=34, indent="  ", blanks="some", seed=5003, p_para=0.4, p_gap=0.75,
              style="都市报 民生·关注 page indented with two ASCII spaces, blank lines sometimes: header on three lines (paper; date with weekday + page number; 版名); lead (about 590 chars) with ——副题, byline line □本报记者 X　实习生 Y and two ■ crossheads; label 相关新闻 over a run-in 本报讯（记者 X） item; 提示 item whose headline is two phrases parted by U+3000; 便民信息 box (label, 停水通知 title, text, phone and company); article with byline line 文/图　本报记者 X and a ▲ photo caption after its body; footer with editor, designer, proof-reader")
    pg.furniture(["蕖州都市报",
                  cn_date(2035, 6, 18) + "　A05",
                  "民生·关注"], "page header")
    pg.blank()
    a = Article(
        "a", "长者食堂开到家门口", subtitle="——蕖州社区助餐服务点一年增至216个",
        byline="□本报记者　宁致远　实习生　夏沫", authors=["宁致远", "夏沫"],
        notes="Lead: ——副题 is the subtitle. Byline line □本报记者 X　实习生 Y (□ is a mark, kept as printed): "
              "reporter and 实习生 are authors. The ■ crossheads are body. People quoted (吴阿公, officials, the "
              "operator) are not authors.",
        paras=[
            "中午11点，蕖州市东湖区柳巷社区长者食堂里飘出阵阵饭菜香。红烧鱼块、番茄炒蛋、清炒时蔬、紫菜汤，两荤一素一汤，70岁以上老人只需12元。82岁的吴阿公端着餐盘找了个靠窗的位子坐下：“一个人在家懒得做饭，来这儿吃得热乎，还能跟老伙计们聊聊天。”",
            "记者从蕖州市民政局了解到，去年以来，全市新建改建社区长者食堂和助餐点216个，覆盖城区80%以上的社区，日均服务老年人约1.4万人次。",
            Cross("■一餐饭里的民生温度"),
            "柳巷社区长者食堂由社区引入专业餐饮企业运营，每天提供两种套餐，菜品一周不重样。针对部分老人患有高血压、糖尿病的情况，食堂还推出了少盐少油的“健康餐”。对行动不便的老人，社区志愿者和外卖骑手提供送餐上门服务，每单只收1元配送费。",
            "“我们按照老人年龄和困难程度分档补贴，80岁以上、低保和特困老人补贴更多。”东湖区民政局有关负责人介绍，区财政每年安排助餐补贴资金约600万元。",
            Cross("■保本微利才能办得长久"),
            "不过，记者采访中也了解到，个别助餐点存在就餐人数少、运营成本高的问题。一家助餐点的负责人算了一笔账：房租、水电、人工加起来，每月成本4万多元，仅靠老人就餐收入难以覆盖。",
            "对此，蕖州市探索“长者食堂＋社会餐饮”模式，允许助餐点在服务好老年人的前提下，面向社区居民、周边上班族开放，以社会餐饮收入补贴老年助餐。市民政局表示，下一步将完善运营补贴和星级评定制度，推动社区助餐服务可持续发展。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "我市将新增一批家庭养老床位", section="相关新闻",
        byline="本报讯（记者　宁致远）", authors=["宁致远"], lead="本报讯（记者　宁致远）",
        notes="Short item under the label 相关新闻 (section), beside the lead but an article of its own. Run-in "
              "本报讯（记者 X） excluded from first.",
        paras=[
            "记者从市民政局获悉，今年我市计划新增家庭养老床位1500张，重点面向失能、半失能老年人。纳入家庭养老床位的老人，可享受适老化改造、远程监测、上门护理等服务，每张床位一次性建设补贴3000元，由专业养老机构提供24小时响应。目前，已有620户家庭提出申请。",
        ])
    pg.furniture(["相关新闻"], "column label 相关新闻")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "高温天气持续这些防暑提示请收好", head=["高温天气持续　这些防暑提示请收好"],
        byline="本报讯（记者　苏念）", authors=["苏念"], lead="本报讯（记者　苏念）",
        notes="Service item (提示) written as a news report, so an article. Headline of two phrases parted by "
              "U+3000, written unspaced. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "据蕖州市气象台预报，未来一周我市将持续晴热天气，最高气温可达37℃以上。市疾控中心提醒，高温天气要注意防暑降温，尽量避免在中午至下午3时外出，户外作业人员应合理安排作息时间，随身携带防暑药品。",
            "医生提示，中暑早期常表现为头晕、乏力、大量出汗、口渴等症状，一旦出现，应立即转移到阴凉通风处，补充含盐分的饮品。如出现高热、意识不清等症状，应立即拨打120急救电话。此外，老年人、儿童和慢性病患者是中暑高危人群，家人要多加关照。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["便民信息", "停水通知"]
                 + wrap("因管网改造施工，6月20日8:00至20:00，东湖区柳巷路、槐荫街沿线停止供水，请用户提前做好储水准备。", 34, "  ")
                 + ["咨询电话：8800××××　　蕖州水务集团"],
                 "便民信息 box: a water company's 停水通知 (notice, not an article)")
    pg.blank()
    e = Article(
        "e", "杉渡县百名“村医”集中培训急救技能",
        byline="文/图　本报记者　鲁青禾", authors=["鲁青禾"],
        notes="Byline line 文/图　本报记者 X (writer and photographer are the same person): the author. The ▲ "
              "photo caption after the body is not body. The village doctor quoted (温小禾) is not an author.",
        paras=[
            "6月16日，蕖州市杉渡县卫生健康局组织全县112名乡村医生开展急救技能集中培训。来自县人民医院急诊科的医生，围绕心肺复苏、气道异物梗阻急救、外伤止血包扎等内容，进行了理论讲解和实操演示。",
            "“村里老人多，遇到突发情况，村医往往是第一个赶到的。”参加培训的柳埠村乡村医生温小禾说，通过培训，自己对心肺复苏的操作要领掌握得更扎实了。据悉，培训结束后，杉渡县还将为每个村卫生室配备一套急救包。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.gap()
    pg.body(e)
    pg.furniture(["▲培训现场，医生向乡村医生演示心肺复苏操作。"], "photo caption (not body)")
    pg.blank()
    pg.furniture(["本版编辑：宋知微　美编：丁小宛　校对：严青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kt04() -> Page:
    """Provincial daily 一周要闻 page, NO indent, blank lines only between blocks: label 一周要闻 over six ◆
    items (credits （记者 X）, （记者 X　通讯员 Y）, （本报综合）, none); label 图片新闻 over two photo news, one
    with a headline and a credit line, one WITHOUT a headline with its credit run in; article with byline line."""
    pg = Page("kt04.txt", cols=40, indent="", blanks="arts", seed=5004,
              style="provincial daily 周末 一周要闻 page, NO indent, blank lines only between blocks (paragraph ends show only as short lines): header on two lines (paper + date with weekday + 第8版; 版名 + editor and proof-reader); label 一周要闻 with the week's dates on a line under it, over six items whose headlines open with ◆, run in one after another without blank lines (two with no credit, three with （记者 X） or （记者 X　通讯员 Y） at the end, one with （本报综合）); label 图片新闻 over two photo news: one with headline, caption and credit line 本报记者 X　摄, one with NO headline, a caption opening ▲ and the credit （通讯员 X　摄） run in at its end; article with byline line 本报记者 X; footer with the paper's address")
    pg.furniture(["苓江日报　" + cn_date(2035, 6, 9) + "　第8版",
                  "一周要闻　　本版编辑：柳如晦　　校对：卓一苇"], "page header")
    pg.blank()
    pg.furniture(["一周要闻", "（6月2日—6月8日）"], "column label 一周要闻 and the week's dates")
    pg.blank()
    roundup = [
        Article("i1", "全省城乡居民基础养老金最低标准提高到每月230元",
                notes="Item of the 一周要闻 roundup (section), ◆ not in the title. No dateline, no credit: no "
                      "byline, no authors.",
                paras=[
                    "经省政府同意，自今年7月1日起，全省城乡居民基本养老保险基础养老金最低标准由每人每月210元提高到230元，惠及全省约1260万名城乡老年居民。各地可在此基础上根据财力状况进一步提高标准。",
                ]),
        Article("i2", "苓江今年将改造老旧小区1860个",
                byline="（记者　韩清野）", authors=["韩清野"], tail="（记者　韩清野）",
                notes="Item of the 一周要闻 roundup (section). Credit （记者 X） run in at the end, excluded from last.",
                paras=[
                    "省住房和城乡建设厅日前召开全省城市更新工作推进会。今年全省计划新开工改造城镇老旧小区1860个、涉及居民24.3万户，重点改造水电气热等管网设施，同步推进加装电梯、增设停车位和充电桩、建设社区养老托育设施等。截至5月底，已开工改造小区690个。",
                ]),
        Article("i3", "霁川至蕖州城际铁路全线铺轨完成",
                byline="（记者　潘一川　通讯员　冯朗）", authors=["潘一川", "冯朗"],
                tail="（记者　潘一川　通讯员　冯朗）",
                notes="Item of the 一周要闻 roundup (section). Credit （记者 X　通讯员 Y） run in at the end, excluded "
                      "from last; both are authors.",
                paras=[
                    "6月5日，随着最后一组500米长钢轨在蕖州北站铺设到位，霁川至蕖州城际铁路全线铺轨贯通。该线路全长126公里，设计时速200公里，设站9座，预计年底开通运营，届时两市间最快通行时间将缩短至40分钟。",
                ]),
        Article("i4", "全省开展“三夏”农机安全生产检查",
                notes="Item of the 一周要闻 roundup (section), no credit: no byline, no authors.",
                paras=[
                    "省农业农村厅近日部署开展“三夏”农机安全生产大检查，重点检查联合收割机、拖拉机等农机具的牌证办理和驾驶操作人员持证情况，严查无牌行驶、违法载人等行为，检查将持续到6月底。",
                ]),
        Article("i5", "第十二届苓江文化旅游节在榕岫开幕",
                byline="（记者　韦青）", authors=["韦青"], tail="（记者　韦青）",
                notes="Item of the 一周要闻 roundup (section). Credit （记者 X） run in at the end, excluded from last.",
                paras=[
                    "6月6日晚，第十二届苓江文化旅游节在榕岫市开幕。本届文化旅游节以“山水苓江·诗意栖居”为主题，为期一个月，将陆续举办非遗展演、乡村音乐季、夜游古城等68项活动，并推出12条精品旅游线路和一批文旅消费惠民措施。",
                ]),
        Article("i6", "我省发布首批“苓江味道”老字号餐饮名录",
                byline="（本报综合）", tail="（本报综合）",
                notes="Item of the 一周要闻 roundup (section). **new:** the credit （本报综合） run in at the end is "
                      "the byline (excluded from last) but names no person: no authors.",
                paras=[
                    "省商务厅日前发布首批“苓江味道”老字号餐饮名录，霁川市翁记馄饨、槿山市同和楼等53家老字号餐饮企业入选。入选企业将在品牌推广、技艺传承、门店改造等方面获得支持。",
                ]),
    ]
    for art in roundup:
        art.section = "一周要闻"
        art.head = ["◆" + art.title]
        if "◆" not in art.notes:
            art.notes = art.notes.replace("(section).", "(section), ◆ not in the title.", 1)
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    p1 = Article(
        "p1", "救援演练进社区", kind="brief", section="图片新闻",
        byline="本报记者　韩清野　摄", authors=["韩清野"],
        notes="Photo news (brief) under the label 图片新闻 (section): headline, caption, credit line "
              "本报记者 X　摄 (the byline); the photographer is the author.",
        paras=[
            "6月6日，霁川市苇滨区消防救援大队在荷溪社区开展高层建筑火灾疏散演练，消防员指导居民用湿毛巾捂住口鼻、弯腰沿安全通道有序撤离。演练吸引了300余名居民参加。",
        ])
    pg.headline(p1)
    pg.body(p1)
    pg.line(p1, p1.byline, "byline")
    pg.blank()
    p2 = Article(
        "p2", None, kind="brief", section="图片新闻",
        byline="（通讯员　聂小舟　摄）", authors=["聂小舟"], lead="▲", tail="（通讯员　聂小舟　摄）",
        notes="Photo news (brief) under the label 图片新闻 (section) printed WITHOUT a headline: title null. The "
              "caption is the body (the ▲ mark is excluded from first); the credit （通讯员 X　摄） run in at the "
              "end is the byline, excluded from last; the photographer is the author.",
        paras=[
            "6月8日，游客在槿山市白沙湾湿地公园观赏盛开的荷花。入夏以来，公园内300余亩荷花陆续绽放，吸引众多市民游客前来休闲打卡。",
        ])
    pg.body(p2)
    pg.blank()
    e = Article(
        "e", "全省首批社区嵌入式服务设施试点启动",
        byline="本报记者　潘一川", authors=["潘一川"],
        notes="Byline line 本报记者 X under the headline.",
        paras=[
            "记者从省发展改革委获悉，我省首批城市社区嵌入式服务设施建设试点日前启动，霁川、蕖州、榕岫等6个城市的48个社区入选。试点社区将利用闲置用房、边角空地等，因地制宜嵌入托育、养老、助餐、家政、健身等服务设施，打造步行15分钟可达的社区服务圈。",
            "省发展改革委有关负责人表示，试点将坚持“小而精”“一站多用”，优先满足“一老一小”等重点群体需求，对试点项目给予中央和省级预算内投资支持。试点期两年，成熟经验将在全省推广。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.body(e)
    pg.blank()
    pg.furniture(["本报地址：霁川市文昌路16号　邮政编码：330××1　广告许可证：苓工商广字第0××号"], "footer")
    return pg


PAGES = [kt01, kt02, kt03, kt04]
