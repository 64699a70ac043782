"""Pages kr01-kr04 of handmade48 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


# ---------------------------------------------------------------------------
def kr01() -> Page:
    """Provincial party daily, FRONT page: letter-spaced masthead; lead meeting report with 引题 kicker, headline and
    a 副题 of leaders' names (no dash), run-in 本报青崖3月13日讯（记者 X　Y）, cut mid-sentence by the jump line
    （下转第二版） on a line of its own; 评论员文章 with ——副题 and 本报评论员; photo news (brief) with credit line;
    wire item 中澜社北京…电（记者 X、Y）; 本报讯（记者 X　通讯员 Y） item; 今日导读 box of 见第X版 teasers."""
    pg = Page("kr01.txt", cols=22, indent=FW * 2, blanks="para", seed=4801,
              style="provincial party daily FRONT page: six-line masthead (letter-spaced paper name 沧　岭　日　报, English name, 中共沧岭省委机关报, date with weekday and lunar date, CN / 邮发代号 line, 今日8版 and issue number); lead meeting report with an 引题 kicker over the headline and a 副题 of leaders' names WITHOUT a dash (厉承远讲话　贺镜川主持…), run-in 本报青崖3月13日讯（记者 X　Y）, its text CUT MID-SENTENCE by the jump line （下转第二版） on a line of its own; 评论员文章 with ——副题 (——一论…) and the line 本报评论员; photo news (brief) with a headline of two phrases parted by U+3000, long caption and credit line 本报记者　X　摄; wire item with run-in 中澜社北京3月13日电（记者 X、Y）; run-in 本报讯（记者 X　通讯员 Y） item; 今日导读 box of three teasers ending 见第X版; footer with editors, proof-reader and the paper's address")
    pg.furniture(["沧　岭　日　报",
                  "CANGLING DAILY",
                  "中共沧岭省委机关报",
                  cn_date(2034, 3, 14) + "　农历甲寅年正月廿四",
                  "国内统一连续出版物号　CN 61-0007　邮发代号　51-1",
                  "今日8版　第25813号"], "masthead")
    pg.blank()
    a = Article(
        "a", "全省优化营商环境大会在青崖召开",
        subtitle="厉承远讲话　贺镜川主持　庞望舒　岑怀德出席",
        byline="本报青崖3月13日讯（记者　桑若溪　韦天舒）", authors=["桑若溪", "韦天舒"],
        lead="本报青崖3月13日讯（记者　桑若溪　韦天舒）",
        notes="Lead meeting report. The 副题 printed under the headline without a dash (the leaders' names) is the "
              "subtitle; the 引题 kicker above the headline is then neither title nor subtitle (as g02 of handmade22). "
              "Run-in 本报青崖3月13日讯（记者 X　Y） excluded from first; both reporters are authors, the officials named "
              "are not. **new:** the text stops mid-sentence (last ends with a comma) and the jump line （下转第二版） "
              "on a line of its own after it is not body (furniture).",
        paras=[
            "3月13日，全省优化营商环境大会在青崖召开。会议深入贯彻中央关于优化营商环境的决策部署，总结近年来全省营商环境建设成效，部署今年重点任务。省委书记厉承远出席会议并讲话。省长贺镜川主持会议。省人大常委会主任庞望舒，省政协主席岑怀德出席会议。",
            "厉承远指出，近年来，全省上下持续深化“放管服”改革，营商环境建设取得明显成效。全省经营主体总量突破680万户，其中民营经济主体占比超过96%；企业开办时间压缩至1个工作日以内，政务服务事项“一网通办”覆盖率达到98.6%。青崖、澄湖两市营商环境评价进入全国前列。",
            "厉承远强调，营商环境没有最好、只有更好。当前，区域之间的竞争越来越体现为营商环境的竞争。全省各级各部门要坚持以企业需求为导向，聚焦企业反映强烈的堵点难点，",
        ])
    pg.kicker(a, "以一流营商环境激发经营主体活力")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转第二版）"], "jump line （下转第二版） on a line of its own (not body)")
    pg.gap()
    b = Article(
        "b", "让企业安心发展放心投资", head=["让企业安心发展", "放心投资"], kind="commentary",
        subtitle="——一论贯彻落实全省优化营商环境大会精神", byline="本报评论员",
        notes="评论员文章 of a series: headline on two lines, joined; ——副题 (——一论…) is the subtitle; the line "
              "本报评论员 under it is the byline (no person: no authors). Commentary.",
        paras=[
            "环境就是民心，环境就是生产力。昨天召开的全省优化营商环境大会，释放出沧岭以更大力度打造一流营商环境的鲜明信号，为广大经营主体吃下了“定心丸”。",
            "企业是经济活动的主体，企业家的感受是检验营商环境的“试金石”。近年来，我省营商环境持续改善，但对照企业期盼，仍有不少短板：有的审批环节“明减暗增”，有的惠企政策“看得见、摸不着”，有的部门对企业诉求“踢皮球”，有的地方对政府承诺“新官不理旧账”。这些问题看似不大，却直接影响企业的投资信心和发展预期。",
            "优化营商环境，关键在于把企业的“需求清单”变成政府的“履职清单”。要坚持问题导向，从企业最盼、最急、最忧的事情做起，在减环节、降成本、优服务上持续用力；要坚持法治思维，依法平等保护各类经营主体产权和合法权益，让企业家专心创业、放心投资、安心经营。",
            "营商环境只有进行时，没有完成时。只要全省上下拿出“跳起摸高”的劲头，以钉钉子精神抓好每一项改革举措落地，就一定能让沧岭成为企业投资兴业的热土。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    p = Article(
        "p", "春耕备耕农机先行", head=["春耕备耕　农机先行"], kind="brief",
        byline="本报记者　殷知微　摄", authors=["殷知微"],
        notes="Photo news (brief): headline of two phrases parted by U+3000, written unspaced; long caption (the "
              "body); credit line 本报记者 X　摄 after it is the byline, the photographer is the author (as g12 of "
              "handmade22).",
        paras=[
            "3月12日，在苇塘县河湾镇万亩高标准农田示范区，农机手驾驶装有卫星导航系统的拖拉机进行旋耕作业。连日来，苇塘县抢抓农时，组织农机合作社和种粮大户开展春耕备耕，全县已检修各类农机具1.2万台（套），落实春播面积86万亩。",
        ])
    pg.headline(p)
    pg.gap()
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    c = Article(
        "c", "全国春播粮食意向种植面积稳中有增",
        byline="中澜社北京3月13日电（记者　严以宁、梅若华）", authors=["严以宁", "梅若华"],
        lead="中澜社北京3月13日电（记者　严以宁、梅若华）",
        notes="Wire item of the invented agency 中澜社 (中澜通讯社): run-in 中澜社北京3月13日电（记者 X、Y） excluded "
              "from first; both reporters are authors. No end mark.",
        paras=[
            "记者13日从农业农村部门获悉，据对全国2.6万个农户的调查，今年春播粮食意向种植面积稳中有增，其中玉米、大豆意向面积分别增加约300万亩和150万亩。目前，南方早稻育秧已全面展开，华北地区冬小麦陆续返青。",
            "农业农村部门有关负责人表示，当前春耕所需种子、化肥、农药等农资供应总体充足，价格基本稳定。各地将加强田间管理技术指导，抓好病虫害监测防控，为夺取夏粮丰收打好基础。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "澄湖港前2个月集装箱吞吐量增长14.8%",
        byline="本报讯（记者　詹宁远　通讯员　樊可）", authors=["詹宁远", "樊可"],
        lead="本报讯（记者　詹宁远　通讯员　樊可）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "记者从澄湖港务集团获悉，今年前2个月，澄湖港完成集装箱吞吐量68.4万标准箱，同比增长14.8%；完成货物吞吐量3260万吨，增长6.9%。其中，外贸集装箱吞吐量增长19.2%，新开通至东南亚、中东的外贸航线3条。",
            "港务集团负责人介绍，今年澄湖港将加快推进智慧码头二期工程建设，力争全年集装箱吞吐量突破450万标准箱。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["今日导读",
                  "沧岭出台中小企业融资促进办法",
                  "　　　　　　　　　　　见第3版",
                  "以一流营商环境支撑高质量发展",
                  "　　　　　　　　　　　见第2版",
                  "春耕时节看苇塘",
                  "　　　　　　　　　　　见第5版"], "今日导读 box (teasers of inner pages, 见第X版)")
    pg.blank()
    pg.furniture(["本版责任编辑：贝知远　何小满",
                  "版式：乔雨　　校对：沈一鸣",
                  "社址：青崖市文昌路88号　邮编：710019"], "footer with editors, designer, proof-reader, address")
    return pg


# ---------------------------------------------------------------------------
def kr02() -> Page:
    """Party daily 要闻 page 2, ONE U+3000 indent, NO blank line: continuation of the kr01 lead under its headline
    repeated, opening （上接第一版）, with the long list 出席会议的有：…; the speech (讲话（摘要）) with ——副题, date
    line and the speaker's name; label 要闻简报 over four items whose headlines are run in 【…】 at the start of the
    text and whose credits are run in at the end."""
    pg = Page("kr02.txt", cols=30, indent=FW, blanks="never", seed=4802,
              style="provincial party daily 要闻 page 2 indented with ONE U+3000 and NO blank line anywhere: header on three lines (2　要闻; paper + date with weekday; 责任编辑 and 版式); continuation of the front-page lead under its headline printed again, the text opening with the run-in （上接第一版） in the middle of a sentence and ending with the long paragraph 出席会议的有：省领导…（twelve names parted by 、）…; speech 以一流营商环境支撑高质量发展 with ——副题 …上的讲话（摘要）, a date line （2034年3月13日） and the speaker's name on a line of its own, three crossheads 一、二、三、; label 要闻简报 over four items, each with its headline run in as 【…】 at the start of the first line and a credit （记者 X） / （通讯员 X　记者 Y） run in at the end; footer with an e-mail")
    pg.furniture(["2　要闻",
                  "沧岭日报　" + cn_date(2034, 3, 14),
                  "责任编辑：贝知远　　版式：乔雨"], "page header")
    a = Article(
        "a", "全省优化营商环境大会在青崖召开", lead="（上接第一版）",
        notes="**new:** continuation of the front-page lead (kr01) under its headline printed again (the title). The "
              "run-in jump line （上接第一版） at the start is excluded from first; the text begins in mid-sentence. "
              "No byline is printed on this page: byline null, no authors. The officials in the list 出席会议的有：… "
              "are body and not authors.",
        paras=[
            "在政务服务、要素保障、市场监管、法治保障等方面持续用力，推动营商环境从“跟跑”向“领跑”转变。要深化“高效办成一件事”改革，今年再推出20个以上“一件事”集成服务，让企业和群众办事更加便捷。要强化要素保障，推动土地、资金、人才、数据等要素向优质企业和重点项目集聚。要坚持公正监管，全面推行“综合查一次”，坚决杜绝随意检查、多头检查。要依法平等保护各类经营主体产权和合法权益，坚决纠正涉企违规收费和“新官不理旧账”等问题。",
            "厉承远要求，各级党委和政府要把优化营商环境作为“一把手”工程，主要负责同志亲自抓、负总责，建立健全问题发现、督办、反馈闭环机制。各级领导干部要当好服务企业的“店小二”，做到有求必应、无事不扰，真正让企业感受到“沧岭温度”。",
            "贺镜川在主持会议时指出，各地各部门要迅速传达学习会议精神，对照今年优化营商环境重点任务清单，逐项明确责任单位和完成时限，每季度通报一次进展，确保各项任务落地见效。",
            "会上，青崖市、澄湖市、苇塘县和省市场监管局、省政务服务中心作交流发言，6家企业代表发言。会议对2033年度全省优化营商环境先进集体和先进个人进行了通报表扬。",
            "出席会议的有：省领导孟清岚、谭允中、闵正杰、项怀谷、苏怀瑾、邵衡、柳知远、冯启和、钱秉直、卢安邦、景行之、晁丽华；省法院院长郜文澜，省检察院检察长韦长庚；省直各部门、中央驻沧有关单位主要负责同志；各市（州）、县（市、区）党委和政府主要负责同志，以及企业家代表、商协会代表等。会议以电视电话会议形式开到县（市、区）。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "以一流营商环境支撑高质量发展",
        subtitle="——在全省优化营商环境大会上的讲话（摘要）",
        byline="厉承远", authors=["厉承远"],
        notes="Speech printed as 讲话（摘要）: ——副题 is the subtitle; the date line （2034年3月13日） under it is neither "
              "subtitle nor body; the speaker's name on a line of its own is the byline. **new:** the speaker of a "
              "speech printed under his name is its author (the text is his), unlike officials quoted in news. "
              "Crossheads 一、二、三、 are body. Kind article.",
        paras=[
            Cross("一、清醒认识优化营商环境的重大意义"),
            "营商环境是企业生存发展的土壤。土壤肥沃，企业才能枝繁叶茂。我们沧岭地处内陆，不沿边、不靠海，在区位、资源等方面没有突出优势，要在区域竞争中赢得主动，最根本的是靠环境、靠服务。全省上下一定要从战略和全局的高度，充分认识优化营商环境的重要性和紧迫性，把它作为推动高质量发展的先手棋来抓。",
            Cross("二、聚焦重点领域持续攻坚突破"),
            "一要在政务服务上再提速。推动更多事项“免申即享”“直达快享”，凡是能网上办的一律网上办，凡是能合并办的一律合并办。二要在要素保障上再加力。今年全省新增建设用地指标优先保障制造业项目，普惠小微贷款增速不低于各项贷款平均增速。三要在市场监管上再规范。全面推行包容审慎监管，对轻微违法行为依法不予处罚。四要在法治保障上再强化。加快涉企案件审判执行，严厉打击侵犯企业合法权益的违法犯罪行为。",
            Cross("三、以作风建设保障各项任务落地"),
            "优化营商环境，说到底是干部的作风问题。各级领导干部要经常深入企业，面对面听取意见，实打实解决问题。要建立营商环境“体验官”制度，请企业家当“考官”，让群众当“阅卷人”。对损害营商环境的典型案例，发现一起、查处一起、通报一起，以严明的纪律保障优化营商环境各项部署落到实处。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, "（2034年3月13日）", "dateline")
    pg.line(b, FW * 13 + b.byline, "byline")
    pg.body(b)
    pg.furniture(["要闻简报"], "column label 要闻简报")
    items = [
        Article("c1", "全省首批“零碳园区”试点名单公布",
                byline="（记者　裴望秋）", authors=["裴望秋"], tail="（记者　裴望秋）",
                paras=["日前，省发展改革委公布全省首批“零碳园区”试点名单，青崖高新区、澄湖临港经济区等8个园区入选。试点园区将通过建设分布式光伏、推广储能和绿电直供、实施节能改造等方式，力争到2037年基本实现园区运营碳排放净零。"]),
        Article("c2", "沧岭至东溟高铁控制性工程开工",
                byline="（记者　葛书宁）", authors=["葛书宁"], tail="（记者　葛书宁）",
                paras=["3月12日，沧岭至东溟高速铁路控制性工程——岚口特大桥开工建设。该线路全长312公里，设计时速350公里，建成后青崖至东溟的旅行时间将由目前的4小时缩短至1.5小时左右。"]),
        Article("c3", "青崖综合保税区前2个月进出口增长21.4%",
                byline="（通讯员　程安　记者　骆青禾）", authors=["程安", "骆青禾"], tail="（通讯员　程安　记者　骆青禾）",
                paras=["据青崖海关统计，今年前2个月，青崖综合保税区实现进出口总值186.3亿元，同比增长21.4%，其中集成电路、笔记本电脑等电子信息产品进出口占比超过七成。"]),
        Article("c4", "全省首届“沧岭工匠”评选启动",
                byline="（记者　符晓岚）", authors=["符晓岚"], tail="（记者　符晓岚）",
                paras=["记者从省总工会获悉，全省首届“沧岭工匠”评选活动日前启动，将在先进制造、现代农业、交通建设等领域评选出100名“沧岭工匠”，每人给予一次性奖励5万元。"]),
    ]
    for art in items:
        art.section = "要闻简报"
        art.lead = "【" + art.title + "】"
        art.notes = ("Item under the label 要闻简报 (section). **new:** the headline is run in as 【…】 at the start "
                     "of the first text line: that line is the title_line and the first body line; the bracketed "
                     "headline is excluded from first. The credit run in at the end is the byline, excluded from "
                     "last; the reporters (and the 通讯员) are authors.")
        pg.body(art, head_role=True)
    pg.furniture(["本版邮箱：cl_yaowen@cangling-daily.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kr03() -> Page:
    """National daily, FRONT page indented with two ASCII spaces: masthead; 今日导读 box at the TOP (teasers ending
    （见第X版）); lead wire item with 引题 kicker, headline and ——副题, run-in 中澜社北京4月2日电（记者 X、Y）, cut
    mid-sentence by the run-in jump line （转第四版）; label 社论 over an unsigned editorial; item with the bracketless
    dateline 本报北京4月2日电　记者　X; photo news (brief) with the credit （中澜社记者 X　摄） run in at the end."""
    pg = Page("kr03.txt", cols=40, indent="  ", blanks="some", seed=4803, p_para=0.4, p_gap=0.75,
              style="national daily FRONT page indented with two ASCII spaces, blank lines sometimes: masthead on five lines (paper, English name, date with weekday, issue number and 今日20版, CN line); 今日导读 box at the TOP, under the masthead (three teasers each ending （见第X版）); lead wire story with 引题 kicker, headline and ——副题, run-in 中澜社北京4月2日电（记者 X、Y）, its text CUT MID-SENTENCE by the jump line （转第四版） run in at the end of its last line; label 社论 over an unsigned editorial; item with the bracketless run-in dateline 本报北京4月2日电　记者　X; photo news (brief) with the credit （中澜社记者　X　摄） run in at the end of the caption; footer with editors and the paper's address")
    pg.furniture(["华岳日报",
                  "HUAYUE DAILY",
                  cn_date(2034, 4, 3),
                  "第27315期　今日20版",
                  "国内统一连续出版物号：CN 11-0265"], "masthead")
    pg.blank()
    pg.furniture(["今日导读",
                  "一季度全国新设经营主体同比增长8.6%（见第二版）",
                  "“数实融合”催生就业新空间（见第五版）",
                  "春季农业生产有序推进（见第六版）"], "今日导读 box (teasers of inner pages, （见第X版）)")
    pg.blank()
    a = Article(
        "a", "一季度国民经济开局良好",
        subtitle="——国内生产总值同比增长5.2%　高技术制造业增加值增长9.4%",
        byline="中澜社北京4月2日电（记者　窦明远、宁子期）", authors=["窦明远", "宁子期"],
        lead="中澜社北京4月2日电（记者　窦明远、宁子期）", tail="（转第四版）",
        notes="Lead wire story: ——副题 is the subtitle, the 引题 kicker above the headline is neither. Run-in "
              "中澜社北京4月2日电（记者 X、Y） excluded from first; both are authors. **new:** the jump line （转第四版） "
              "run in at the end of the last line is excluded from last like a credit; the text stops "
              "mid-sentence before it. The spokesman quoted (袁启航) is not an author.",
        paras=[
            "国家统计部门2日发布数据，初步核算，一季度国内生产总值32.86万亿元，按不变价格计算，同比增长5.2%，比上年四季度加快0.3个百分点；环比增长1.4%。分产业看，第一产业增加值增长3.8%，第二产业增加值增长5.6%，第三产业增加值增长5.1%。",
            "工业生产较快增长，新动能持续壮大。一季度，全国规模以上工业增加值同比增长6.3%，其中高技术制造业增加值增长9.4%，占规模以上工业增加值的比重为16.8%。服务机器人、集成电路、工业控制计算机及系统产品产量分别增长28.6%、17.2%和24.1%。",
            "市场销售稳步恢复，服务消费增势较好。一季度，社会消费品零售总额12.37万亿元，同比增长5.7%；服务零售额增长7.2%。全国固定资产投资（不含农户）增长4.6%，其中设备工器具购置投资增长15.9%。国家统计部门新闻发言人袁启航表示，一季度最终消费支出对经济增长的贡献率为",
        ])
    pg.kicker(a, "扩大内需政策效应持续显现")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "以更大力度激发内需潜能", section="社论", kind="commentary",
        notes="Editorial under the label 社论 (section); unsigned: byline null, no authors. Commentary.",
        paras=[
            "一季度国民经济开局良好，主要指标好于预期，为实现全年目标任务打下了坚实基础。成绩来之不易，既是宏观政策靠前发力、精准发力的结果，也凝聚着亿万人民的辛勤汗水。",
            "也要清醒看到，当前外部环境复杂严峻，国内需求不足的问题依然存在，部分企业生产经营困难，经济持续回升向好的基础还需巩固。越是这样，越要把扩大内需作为战略基点，坚定不移办好自己的事。",
            "扩大内需，关键是让居民“能消费、敢消费、愿消费”。要多渠道促进居民增收，完善社会保障体系，稳定居民消费预期；要加力扩围实施消费品以旧换新，培育壮大文旅、养老、育幼等服务消费新增长点；要发挥好政府投资带动放大效应，推动民间投资持续回暖。",
            "春争日，夏争时。全年经济工作任务能否顺利完成，二季度至关重要。各地区各部门要以时不我待的紧迫感抓好政策落实，确保已出台政策早落地、早见效，推动经济实现质的有效提升和量的合理增长。",
        ])
    pg.furniture(["社论"], "column label 社论")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "一季度全国城镇新增就业318万人",
        byline="本报北京4月2日电　记者　聂晴川", authors=["聂晴川"],
        lead="本报北京4月2日电　记者　聂晴川　",
        notes="**new:** bracketless run-in dateline 本报北京4月2日电　记者　X (the reporter parted from the dateline by "
              "U+3000, no brackets): the byline, excluded from first; the reporter is the author.",
        paras=[
            "记者从人力资源社会保障部门获悉，一季度全国城镇新增就业318万人，同比增加6万人；3月份全国城镇调查失业率为5.1%，比2月份下降0.2个百分点。",
            "据介绍，今年以来，各地持续开展“春季招聘月”等公共就业服务专项活动，累计举办招聘会4.2万场，发布岗位信息3100余万个。下一步，有关部门将聚焦高校毕业生、农民工等重点群体，加大稳岗扩岗政策支持力度，推动就业形势保持总体稳定。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    p = Article(
        "p", "春到田间农事忙", kind="brief",
        byline="（中澜社记者　焦叶　摄）", authors=["焦叶"], tail="（中澜社记者　焦叶　摄）",
        notes="Photo news (brief): headline and long caption; **new:** the credit （中澜社记者 X　摄） run in at the end "
              "of the caption is the byline, excluded from last; the photographer is the author.",
        paras=[
            "4月2日，在东溟省栾原市一处现代农业产业园，农民操作植保无人机为小麦喷施叶面肥。清明将至，各地农民抢抓农时开展春季田间管理，一派繁忙景象。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.blank()
    pg.furniture(["本版责任编辑：欧阳澈　季雨桐　　美术编辑：宫小岚",
                  "华岳日报社出版　地址：北京市朝晖路16号　邮政编码：100733"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kr04() -> Page:
    """Party daily 要闻 page 3 (blank lines only between articles): a 通知 printed in full with its document number,
    addressee, text, signature and date, followed by the attached 办法 (its title, chapter heads 第一章…, articles
    第一条…第十二条); a 解读 article with ——副题 and byline line 本报记者 X; run-in 本报讯（记者 X　通讯员 Y）."""
    pg = Page("kr04.txt", cols=36, indent=FW * 2, blanks="arts", seed=4804,
              style="provincial party daily 要闻 page 3, blank lines only between articles and blocks: header on three lines (paper; date with weekday; 3　要闻); 通知 printed IN FULL: headline on two lines (…关于印发…的通知), document number line 沧政办发〔2034〕7号, addressee line, text, right-aligned issuing office and date, （此件公开发布）, then the attached 办法 with its centred title, chapter heads 第一章　总则 … and twelve numbered articles 第一条 … 第十二条; 解读 article with ——副题 and byline line 本报记者 X; run-in 本报讯（记者 X　通讯员 Y） item; footer with editor, proof-reader and hotline")
    pg.furniture(["沧岭日报",
                  cn_date(2034, 3, 14),
                  "3　要闻"], "page header")
    pg.blank()
    a = Article(
        "a", "沧岭省人民政府办公厅关于印发沧岭省中小企业融资促进办法的通知",
        head=["沧岭省人民政府办公厅关于印发", "沧岭省中小企业融资促进办法的通知"],
        byline="沧岭省人民政府办公厅",
        notes="**new:** 通知 printed in full. Headline on two lines, joined. The document number line "
              "沧政办发〔2034〕7号 under it is not body (and not a subtitle). Body: from the addressee line "
              "(各市（州）人民政府…：) to the last article 第十二条 of the attached 办法, including the office's "
              "signature and date, （此件公开发布）, the 办法's own title and its chapter heads, all printed inside "
              "the document. Byline: the issuing office as printed (its signature); no person: no authors. Kind "
              "article.",
        paras=[
            Raw(["各市（州）人民政府，省人民政府各部门、各直属机构："]),
            "《沧岭省中小企业融资促进办法》已经省人民政府同意，现印发给你们，请结合实际认真贯彻执行。",
            Raw([FW * 24 + "沧岭省人民政府办公厅",
                 FW * 25 + "2034年3月10日",
                 FW * 2 + "（此件公开发布）",
                 FW * 10 + "沧岭省中小企业融资促进办法",
                 FW * 14 + "第一章　总则"]),
            "第一条　为拓宽中小企业融资渠道，降低融资成本，促进中小企业健康发展，根据国家有关规定，结合本省实际，制定本办法。",
            "第二条　本办法所称中小企业，是指在本省行政区域内依法设立、符合国家中小企业划型标准的企业。",
            "第三条　县级以上人民政府应当将中小企业融资促进工作纳入国民经济和社会发展规划，建立由地方金融管理、发展改革、财政、工业和信息化等部门参加的协调机制。",
            Raw([FW * 12 + "第二章　融资支持"]),
            "第四条　鼓励银行业金融机构单列中小企业信贷计划，对首次贷款、信用贷款和中长期贷款给予内部资金转移定价优惠。",
            "第五条　省级财政每年安排资金，对政府性融资担保机构为中小企业提供的担保业务给予担保费补贴和风险补偿，单户担保金额1000万元以下的平均担保费率不超过1%。",
            "第六条　支持符合条件的中小企业通过发行债券、挂牌上市、股权融资等方式直接融资。对在区域性股权市场挂牌并完成股权融资的企业，按照融资额的1%给予奖励，最高不超过50万元。",
            "第七条　推动政府部门和公用事业单位涉企数据依法向金融机构开放，完善全省中小企业融资综合信用服务平台，支持金融机构开发以信用信息为依据的线上信贷产品。",
            "第八条　鼓励金融机构开展知识产权、应收账款、存货、仓单等动产和权利质押融资业务。",
            "第九条　金融机构不得在发放贷款时附加以贷转存、强制搭售等不合理条件，不得向中小企业收取无实质服务内容的费用。",
            Raw([FW * 13 + "第三章　附则"]),
            "第十条　县级以上人民政府应当定期对本地区中小企业融资促进工作进行评估，评估结果向社会公开。",
            "第十一条　违反本办法规定，有关部门及其工作人员在中小企业融资促进工作中滥用职权、玩忽职守的，依法给予处分。",
            "第十二条　本办法自2034年4月1日起施行，有效期5年。",
        ])
    pg.headline(a)
    pg.line(a, FW * 11 + "沧政办发〔2034〕7号", "docno")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "真金白银为中小企业融资“解渴”",
        subtitle="——省地方金融管理局负责人解读《沧岭省中小企业融资促进办法》",
        byline="本报记者　管明澈", authors=["管明澈"],
        notes="——副题 is the subtitle; byline line 本报记者 X. The official explaining the rules (the bureau head, "
              "not named) is not an author. Kind article (a report, not question-and-answer).",
        paras=[
            "近日，省政府办公厅印发《沧岭省中小企业融资促进办法》（以下简称《办法》），自4月1日起施行。《办法》有哪些亮点？将给中小企业带来哪些实惠？记者就此采访了省地方金融管理局负责人。",
            "这位负责人介绍，我省中小企业数量占全省企业总数的99%以上，但“融资难、融资贵”问题仍较为突出。调查显示，去年全省中小企业贷款平均利率为4.86%，比大型企业高出约1个百分点；首贷户占比不足一成。《办法》坚持问题导向，从信贷投放、担保增信、直接融资、信用信息共享、规范收费等方面提出了12条具体措施。",
            "“最大的亮点是把‘真金白银’的支持写进了制度。”这位负责人说，《办法》明确省级财政每年安排资金对政府性融资担保业务给予补贴和风险补偿，并将单户1000万元以下担保业务的平均担保费率控制在1%以内，预计每年可为中小企业节约担保费用3亿元以上。",
            "这位负责人表示，下一步将会同有关部门制定配套细则，开展“金融服务进园区”专项行动，推动《办法》各项措施尽快落地见效。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "政府性融资担保体系实现县域全覆盖",
        byline="本报讯（记者　管明澈　通讯员　乔一帆）", authors=["管明澈", "乔一帆"],
        lead="本报讯（记者　管明澈　通讯员　乔一帆）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "记者从省融资担保集团获悉，随着苇塘、丹枫等6个县级担保机构日前完成注册，全省政府性融资担保机构已覆盖全部108个县（市、区）。截至2月末，全省政府性融资担保在保余额826亿元，服务中小微企业和“三农”主体12.7万户，平均担保费率降至0.83%。",
            "省融资担保集团负责人表示，今年将推广“见贷即保”“批量担保”等业务模式，力争全年新增担保金额突破600亿元。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：温屿　　校对：苗青　　新闻热线：0290-8516××××"], "footer")
    return pg


PAGES = [kr01, kr02, kr03, kr04]
