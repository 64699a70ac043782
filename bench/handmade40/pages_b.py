"""Pages kj05-kj08 of handmade40 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import justified


# ---------------------------------------------------------------------------
def kj05() -> Page:
    """City party paper FRONT page: masthead with 农历 date and a weather line; lead with 引题 over a two-line
    headline (no 副题), run-in 本报讯（记者 X　通讯员 Y）, jump （下转2版） run in at its end; 本报评论员 commentary
    with ——二论… deck; 图片新闻 label over a caption with NO headline, credit run in; label 简讯 over three items
    with run-in 【headline】; bare 新华社 dateline; footer with 本版邮箱."""
    pg = Page("kj05.txt", cols=30, indent=FW * 2, blanks="some", seed=4005, p_para=0.5, p_gap=0.85,
              style="city party paper FRONT page: masthead of eight lines (paper, English name, 中共…市委机关报 + publisher, CN number, date with weekday + 农历 date, 今日8版, issue number, weather forecast); lead with an 引题 over a headline on two lines (no 副题), run-in 本报讯（记者 X　通讯员 Y）, broken off in mid-sentence by the jump （下转2版） run in at its end; 本报评论员 commentary with a ——二论… deck and byline line 本报评论员; label 图片新闻 over a photo caption with NO headline, credit （本报记者 X　摄） run in at its end; label 简讯 over three items whose headlines are run in at the start of the text in 【】 (one followed by 本报讯（记者 X））; 新华社 wire with the bare dateline 新华社北京6月11日电 (no reporter); footer with editor, designer and 本版邮箱")
    pg.furniture(["栖梧日报",
                  "QIWU DAILY",
                  "中共栖梧市委机关报　栖梧日报社出版",
                  "国内统一连续出版物号：CN 61-0058",
                  cn_date(2035, 6, 12) + "　农历乙卯年五月初六",
                  "今日8版",
                  "第12043期",
                  "天气预报　今天：阵雨转多云　23℃～31℃　南风2～3级"], "masthead (paper, CN number, date, 农历, 版数, weather)")
    pg.blank()
    a = Article(
        "a", "企业开办全程网办平均1个工作日办结", head=["企业开办全程网办", "平均1个工作日办结"],
        subtitle="聚焦“营商环境提升年”",
        byline="本报讯（记者　黎望舒　通讯员　曹若）", authors=["黎望舒", "曹若"],
        lead="本报讯（记者　黎望舒　通讯员　曹若）", tail="（下转2版）",
        notes="Lead: the 引题 above a headline with no ——副题 is the subtitle (as g01 of handmade22); headline on two "
              "lines, joined. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. The "
              "entrepreneur quoted (颜述) is not. **new:** broken off in mid-sentence, the jump （下转2版） run in at "
              "its end is excluded from last; the rest is on page 2 (kj06).",
        paras=[
            "6月11日，记者从市政务服务中心获悉，我市企业开办“一网通办”平台完成升级，实现营业执照办理、公章刻制、发票申领、社保登记、住房公积金企业缴存登记等事项“一表填报、一次提交、全程网办”，企业开办平均用时由原来的3个工作日压缩至1个工作日以内。",
            "“早上在网上提交材料，下午就收到了营业执照和电子印章，比预想的快多了。”在梧桐湖新区创办科技公司的颜述说。今年以来，全市新设立经营主体2.86万户，同比增长12.4%，其中企业9430户，增长15.1%。",
            "企业开办提速，是我市开展“营商环境提升年”行动的一个缩影。今年初，市里出台优化营商环境三年行动方案，围绕政务服务、要素保障、法治环境等方面推出126项改革举措。截至今年5月底，全市已有",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "以更优环境赢得更多市场主体", subtitle="——二论全力打造一流营商环境", kind="commentary",
        byline="本报评论员",
        notes="本报评论员 commentary of a numbered series: the ——二论… deck is the subtitle; byline line 本报评论员 (no "
              "authors).",
        paras=[
            "营商环境就是生产力。企业开办从3个工作日压缩到1个工作日，看似只是节省了两天时间，折射的却是政府服务理念的深刻转变：从“企业围着政府转”到“政府围着企业转”。",
            "经营主体是经济的力量载体。今年前5个月我市新设经营主体同比增长12.4%，说明越来越多的创业者愿意来栖梧、留在栖梧。要留住这份信任，就要在“放”上更大胆、在“管”上更精准、在“服”上更用心，把企业的烦心事当作自己的分内事。",
            "优化营商环境没有最好，只有更好。各级各部门要拿出“刀刃向内”的勇气，坚决破除隐性壁垒，持续提升政务服务效能，以一流营商环境吸引更多项目、资金和人才汇聚栖梧，为全市高质量发展提供坚实支撑。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", None, kind="brief", section="图片新闻",
        byline="（本报记者　邢楚　摄）", authors=["邢楚"], tail="（本报记者　邢楚　摄）",
        notes="**new:** photo news printed with NO headline under the label 图片新闻 (section): title null; the credit "
              "（本报记者 X　摄） run in at the end of the caption is the byline, excluded from last; the photographer "
              "is the author. Kind brief.",
        paras=[
            "6月11日，在凤栖区一家智能家电企业的生产车间，工人正在检测即将出口的空调外机。今年前5个月，该企业出口订单同比增长近三成。",
        ])
    pg.furniture(["图片新闻"], "column label 图片新闻")
    pg.body(c)
    pg.gap()
    pg.furniture(["简讯"], "column label 简讯")
    items = [
        Article("d1", "全市新增3家省级智能工厂", lead="【全市新增3家省级智能工厂】", tail="（记者　滕远）",
                byline="（记者　滕远）", authors=["滕远"],
                notes="**new:** item of the 简讯 column (section) whose headline is run in at the start of the text "
                      "in 【】: title without the brackets, title_line the first body line; the bracketed headline is "
                      "excluded from first. Credit （记者 X） run in at the end, excluded from last.",
                paras=["近日，省工业和信息化厅公布年度省级智能工厂名单，我市梧桐湖新区两家汽车零部件企业和北岸区一家电子材料企业入选。至此，全市省级智能工厂达到17家。"]),
        Article("d2", "北岸区老旧小区改造开工", lead="【北岸区老旧小区改造开工】", tail="（通讯员　乔木）",
                byline="（通讯员　乔木）", authors=["乔木"],
                notes="Item of the 简讯 column (section) with run-in 【headline】 (excluded from first); credit "
                      "（通讯员 X） run in at the end (excluded from last); the 通讯员 is the author.",
                paras=["6月10日，北岸区今年第一批老旧小区改造项目集中开工，涉及小区28个、居民4100余户，将重点实施管网更新、加装电梯、停车位改造等工程，计划年底前完工。"]),
        Article("d3", "栖梧至云渡高铁日均开行增至42对", lead="【栖梧至云渡高铁日均开行增至42对】本报讯（记者　滕远）",
                byline="本报讯（记者　滕远）", authors=["滕远"],
                notes="Item of the 简讯 column (section): run-in 【headline】 followed by the run-in 本报讯（记者 X）, both "
                      "excluded from first.",
                paras=["记者从铁路部门获悉，自6月15日起，栖梧至云渡高铁日均开行动车组列车将由36对增至42对，两地间最快旅行时间缩短至48分钟。"]),
    ]
    for art in items:
        art.section = "简讯"
        pg.body(art, head_role=True)
    pg.gap()
    e = Article(
        "e", "首批城市更新典型案例发布",
        byline="新华社北京6月11日电", lead="新华社北京6月11日电　",
        notes="新华社 wire with the bare dateline 新华社北京6月11日电 (no reporter named): the byline, excluded from "
              "first; no authors.",
        paras=[
            "住房城乡建设部门11日发布首批城市更新典型案例，涵盖老旧街区改造、既有建筑更新、城市生命线安全工程、完整社区建设等6类共42个案例。",
            "有关负责人表示，发布典型案例旨在总结推广各地可复制、可推广的经验做法，引导各地坚持“留改拆”并举，以产城融合、功能完善、品质提升为导向，稳步推进城市更新行动。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["责任编辑：宁远　　版式设计：卓一", "本版邮箱：yaowen@qwrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kj06() -> Page:
    """The same paper's 要闻 page 2, a wide 46-character column with NO indent: continuation of the kj05 lead
    (headline reprinted, run-in （上接第一版）); an article whose text is cut in two by a 短评 box printed in the
    middle of its columns; run-in 本报讯（记者 X） article; footer."""
    pg = Page("kj06.txt", cols=46, indent="", blanks="para", seed=4006,
              style="city party paper 要闻 page 2, wide column with NO indent, a blank line between paragraphs and blocks (so paragraph starts show only after blank lines): header on two lines (paper + date with weekday; 2　要闻); continuation of the front-page lead with its headline reprinted and the run-in （上接第一版）; article with an 引题 (no 副题) and byline line 本报记者 X　通讯员 Y whose text is CUT IN TWO by a 短评 box (label, headline, two paragraphs, credit （X） run in at the end) printed between its second and third paragraphs; article with run-in 本报讯（记者 X）; footer with editor, designer, proof-reader and 本版邮箱")
    pg.furniture(["栖梧日报　" + cn_date(2035, 6, 12), "2　要闻"], "page header")
    pg.blank()
    a = Article(
        "a", "企业开办全程网办平均1个工作日办结", lead="（上接第一版）",
        notes="**new:** continuation of the kj05 lead: a record of its own titled with the reprinted headline; the "
              "run-in （上接第一版） is excluded from first. No byline printed: byline null, no authors. The official "
              "paraphrased is not an author.",
        paras=[
            "89项举措落地见效，企业办事“堵点”“痛点”明显减少。",
            "在工程建设项目审批方面，我市推行“拿地即开工”模式，社会投资小型低风险项目审批时间压缩至15个工作日以内；在要素保障方面，设立中小企业应急转贷资金池，今年已为312家企业提供转贷服务，金额达18.6亿元。",
            "市发展改革委负责人表示，下一步，我市将对标先进城市，持续开展营商环境“体验官”活动，畅通企业诉求反映渠道，推动更多涉企事项“免申即享”“一次办好”，让经营主体有更多获得感。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "梧桐湖新区首批低空物流航线开通", subtitle="无人机“飞”出配送新场景",
        byline="本报记者　苏映雪　通讯员　钱朵", authors=["苏映雪", "钱朵"],
        notes="引题 over a headline with no ——副题: the 引题 is the subtitle. Byline line 本报记者 X　通讯员 Y: both are "
              "authors. **new:** the text is cut in two by a 短评 box printed in the middle of its columns (a "
              "record of its own); the two pieces are listed below. The doctor quoted (温以宁) is not an author.",
        paras=[
            "6月11日上午9时，一架载着5公斤生鲜水果的无人机从梧桐湖新区低空物流运营中心起飞，沿着规划好的航线飞越湖面，12分钟后平稳降落在对岸的滨湖社区配送站。这标志着我市首批4条低空物流航线正式开通运营。",
            "据介绍，首批航线总长约38公里，连接新区物流园、2个大型社区和1家三甲医院，主要承担生鲜、快递和医疗样本的配送任务。与地面配送相比，无人机配送单程时间平均缩短60%以上，尤其适合跨湖、跨河等地面交通绕行距离较长的场景。",
            "“医院的检验样本过去用车送，遇到早晚高峰要四五十分钟，现在十几分钟就能送到检验中心。”市第二人民医院检验科负责人温以宁说，低空配送让急诊检验报告的出具时间明显缩短。",
            "低空经济是我市重点培育的新兴产业之一。目前，梧桐湖新区已集聚无人机研发制造、运营服务等相关企业46家，去年产业规模突破30亿元。新区管委会负责人表示，年内将再开通6条低空物流航线，并探索发展低空旅游、城市空中交通等新业态。",
        ])
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b, end=2)
    pg.gap()
    c = Article(
        "c", "让“低空”托起新产业", section="短评", kind="commentary",
        byline="（林溪）", authors=["林溪"], tail="（林溪）",
        notes="短评 box (section 短评) printed between two pieces of the article above; signed （X） run in at the end "
              "(excluded from last); the writer is the author. Commentary.",
        paras=[
            "从实验室走向城市上空，无人机配送的开通，让低空经济从概念变成了市民看得见、用得上的服务。",
            "低空经济是新质生产力的重要方向，但也面临空域管理、安全监管、基础设施等方面的挑战。要在确保安全的前提下大胆探索，完善起降点、通信导航等配套设施，建立健全运行规则，让“低空”真正托起一个有活力、可持续的新产业。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.body(b, start=2)
    pg.gap()
    d = Article(
        "d", "栖梧出台稳就业18条措施",
        byline="本报讯（记者　滕远）", authors=["滕远"], lead="本报讯（记者　滕远）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "为进一步稳定和扩大就业，市政府日前印发《关于进一步做好稳就业工作的若干措施》，从支持企业稳岗扩岗、促进高校毕业生等青年就业、强化重点群体就业帮扶等方面提出18条具体措施。",
            "措施明确，对吸纳登记失业人员和离校2年内未就业高校毕业生就业的中小微企业，按每人1500元给予一次性扩岗补助；对首次创业且正常经营1年以上的高校毕业生，给予1万元一次性创业补贴。全市还将开发见习岗位5000个以上，见习期间给予每人每月最高2000元补贴。",
            "市人力资源社会保障局负责人表示，今年我市高校毕业生预计达到5.2万人，创历史新高。全市将持续开展“百日千万”招聘专项行动，举办各类招聘活动200场以上，确保有就业意愿的高校毕业生年底前实现就业或参加就业准备活动。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：蔺舟　　版式设计：卓一　　校对：吕青　　本版邮箱：yaowen@qwrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kj07() -> Page:
    """National party paper FRONT page with NO blank line anywhere: masthead with 农历 date and solar term; lead
    of 新华社 wire copy with 引题, run-in dateline and jump （下转第2版）; label 评论员文章 over a 本报评论员 piece;
    label 一线见闻 over a feature with ——副题; run-in 本报北京3月5日讯（记者 X）; 导读 box whose items carry
    summary lines; footer."""
    pg = Page("kj07.txt", cols=24, indent=FW * 2, blanks="never", seed=4007,
              style="national party paper FRONT page with NO blank line anywhere: masthead of seven lines (paper, English name, date with weekday, 农历 date + solar term 惊蛰, CN number, 邮发代号 + 今日20版, issue number); lead of 新华社 wire copy with an 引题 of two phrases, run-in 新华社云渡3月5日电（记者 X　Y）, broken off in mid-sentence by the jump （下转第2版） run in at its end; label 评论员文章 over a 本报评论员 piece (byline line under the headline); label 一线见闻 over a feature with ——副题 and byline line 本报记者 X; item with run-in 本报北京3月5日讯（记者 X）; 导读 box whose two items each have a ▶ title, a wrapped summary and （详见第N版）; footer with two editors and designer")
    pg.furniture(["华原日报",
                  "HUAYUAN DAILY",
                  cn_date(2035, 3, 6),
                  "农历乙卯年正月廿八　惊蛰",
                  "国内统一连续出版物号　CN 11-0099",
                  "邮发代号1-12　今日20版",
                  "第27618号"], "masthead (paper, date, 农历, CN number, 版数)")
    a = Article(
        "a", "全国春耕备耕现场推进会在岚川召开",
        byline="新华社云渡3月5日电（记者　梁晚晴　宋远帆）", authors=["梁晚晴", "宋远帆"],
        lead="新华社云渡3月5日电（记者　梁晚晴　宋远帆）", tail="（下转第2版）",
        subtitle="不误农时抓春耕　稳粮扩油促增收",
        notes="Lead of 新华社 wire copy: the 引题 above a headline with no ——副题 is the subtitle. Run-in 新华社云渡3月5日电"
              "（记者 X　Y） excluded from first; both are authors. **new:** broken off in mid-sentence, the jump "
              "（下转第2版） run in at its end is excluded from last; the rest is on page 2 (kj12).",
        paras=[
            "全国春耕备耕现场推进会5日在岚川省云渡市召开。会议强调，要深入落实粮食安全责任，压紧压实各地抓粮责任，抓好春季农业生产各项工作，为全年粮食和重要农产品稳产保供打好基础。",
            "会议指出，今年我国粮食生产开局良好，冬小麦播种面积稳定在3.3亿亩以上，苗情长势总体好于上年，油菜面积继续扩大。当前正值春耕备耕关键时期，各地要抓好种子、化肥、农药等农资供应，加强价格监测和市场监管，确保农资供应充足、价格基本稳定。",
            "会议要求，要大力推进大面积单产提升行动，集成推广良种良法良机良田配套技术，加快推进高标准农田建设，今年新建和改造提升高标准农田",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "春耕时节不等人", section="评论员文章", kind="commentary", byline="本报评论员",
        notes="**new:** under the label 评论员文章 (section); byline line 本报评论员 under the headline (no authors). "
              "Commentary.",
        paras=[
            "“一年之计在于春。”惊蛰已至，春耕春播由南向北次第展开。抓好春季农业生产，是全年粮食丰收的基础，也是稳定经济社会大局的“压舱石”。",
            "抓春耕，关键是稳住面积、提高单产。粮食面积是产量的基础，要把粮食播种面积落实到县、乡、村和经营主体，坚决遏制耕地“非农化”、防止“非粮化”。单产提升是增产的主攻方向，要良种良法配套、农机农艺融合，让更多好技术走进田间地头。",
            "抓春耕，还要让种粮农民有钱挣、得实惠。要落实好耕地地力保护补贴、稻谷和小麦最低收购价等政策，健全种粮农民收益保障机制，发展农业社会化服务，降低种粮成本。农民种粮积极性高了，粮食安全的根基就更加牢固。",
        ])
    pg.furniture(["评论员文章"], "column label 评论员文章")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "青溪育秧中心的“智慧春耕”", section="一线见闻", subtitle="——来自岚川省水稻主产区的报道",
        byline="本报记者　冯晚樵", authors=["冯晚樵"],
        notes="Feature under the label 一线见闻 (section); ——副题 is the subtitle; byline line 本报记者 X. People quoted "
              "(沈禾生, 邵大有) are not authors.",
        paras=[
            "走进岚川省青溪县水稻集中育秧中心，一排排育秧盘整齐码放，嫩绿的秧苗已冒出芽尖。智能温控系统实时显示着棚内温度、湿度，一旦数据异常，手机上就会收到提醒。",
            "“过去育秧全靠经验，一场寒潮就可能烂秧。现在温度、水分都由系统控制，成秧率从80%左右提高到95%以上。”育秧中心负责人沈禾生说，中心今年育秧可供应3.2万亩大田插秧，服务周边8个乡镇的种粮大户和合作社。",
            "在青溪，像这样的集中育秧中心已建成26个，全县水稻机插秧率达到78%。县农业农村局负责人介绍，通过推广“工厂化育秧＋机械化插秧”模式，每亩可节约人工成本约120元，单产平均提高30公斤以上。",
            "春耕时节，青溪的田野上处处可见忙碌的身影。无人机在田间喷洒除草剂，旋耕机来回穿梭，农技人员蹲在田埂上为农户讲解施肥要点。“今年打算再流转200亩地，多种一季稻。”种粮大户邵大有信心满满。",
        ])
    pg.furniture(["一线见闻"], "column label 一线见闻")
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.body(c)
    d = Article(
        "d", "前2个月全国铁路完成固定资产投资1025亿元",
        byline="本报北京3月5日讯（记者　牛嘉禾）", authors=["牛嘉禾"], lead="本报北京3月5日讯（记者　牛嘉禾）",
        notes="Run-in 本报北京3月5日讯（记者 X） excluded from first.",
        paras=[
            "记者从铁路部门获悉，今年前2个月，全国铁路完成固定资产投资1025亿元，同比增长6.3%，投产新线126公里。岚川至东溟高铁、沿海通道部分区段等重点项目加快建设，春节后复工率超过98%。",
            "铁路部门表示，今年将推进一批事关全局、带动性强的重大铁路项目建设，计划投产新线3000公里以上，进一步完善中西部和边疆地区铁路网。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["导读",
                  "▶稳就业政策持续加力"]
                 + wrap("今年以来，各地各部门聚焦高校毕业生、农民工等重点群体，出台一系列稳就业政策，开发岗位、强化培训，就业形势总体稳定。", 24, FW * 2)
                 + ["（详见第4版）",
                    "▶冰雪经济“热”力不减"]
                 + wrap("刚刚过去的雪季，冰雪旅游、冰雪装备、冰雪赛事多点开花，冰雪消费正从“一季热”走向“四季火”。", 24, FW * 2)
                 + ["（详见第6版）"], "导读 box with summaries (contents, not articles)")
    pg.furniture(["责任编辑：钟离雪　任致远", "版式设计：屈晓"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kj08() -> Page:
    """Provincial economic daily FRONT page indented with ONE U+3000: letter-spaced 今日导读 strip at the top
    (page number first); lead with 引题, LETTER-SPACED headline, ——副题, run-in 本报讯（记者 X）, some full lines
    justified, jump （转2版） run in; 短评 with a letter-spaced headline signed （X）; 新华社 wire; label 简讯 over
    three items; footer with hotline."""
    pg = Page("kj08.txt", cols=40, indent=FW, blanks="some", seed=4008, p_para=0.35, p_gap=0.75,
              style="provincial economic daily FRONT page indented with ONE U+3000, blank lines sometimes: masthead of six lines (paper, English name, 主管/主办 line, CN number, date with weekday + 农历 date, 今日8版); 今日导读 strip at the top with its label letter-spaced (今　日　导　读) and page number first (3版　…); lead with an 引题 of three phrases, a headline LETTER-SPACED with single spaces (上 半 年 全 省 …), ——副题, run-in 本报讯（记者 X）, some FULL lines letter-spaced (justified), broken off in mid-sentence by the jump （转2版） run in at its end; label 短评 over a comment with a letter-spaced headline, signed （X） run in at the end; 新华社 wire with run-in 新华社北京7月9日电（记者　X　Y）; label 简讯 over three items (credit at the end, run-in 本报讯（通讯员 X　记者 Y）); footer with editors and hotline")
    pg.furniture(["东溟经济报",
                  "DONGMING ECONOMIC NEWS",
                  "东溟省人民政府主管　东溟日报社主办",
                  "国内统一连续出版物号 CN 35-0071",
                  cn_date(2035, 7, 10) + "　农历乙卯年六月初六",
                  "今日8版"], "masthead")
    pg.blank()
    pg.furniture(["今　日　导　读",
                  "3版　民营企业出海“抱团”记",
                  "5版　夏粮收购开局平稳",
                  "7版　海川湾：从渔村到“海洋牧场”"], "今日导读 strip (contents, not articles)")
    pg.blank()
    a = Article(
        "a", "上半年全省外贸进出口同比增长8.2%", subtitle="——民营企业进出口占比首次突破六成",
        byline="本报讯（记者　江映帆）", authors=["江映帆"],
        lead="本报讯（记者　江映帆）", tail="（转2版）",
        notes="Lead: 引题 (稳规模　优结构　拓市场) and ——副题 both printed: the ——副题 is the subtitle, the kicker neither. "
              "The headline is letter-spaced with single spaces (written unspaced; 8.2% kept whole). Some full body "
              "lines are letter-spaced (justified). Run-in 本报讯（记者 X） excluded from first. **new:** broken off "
              "in mid-sentence; the jump （转2版） run in at its end is excluded from last; the rest is on page 2 "
              "(kj10).",
        paras=[
            "记者从东溟海关获悉，今年上半年，全省货物贸易进出口总值5826.4亿元，同比增长8.2%，增速高于全国平均水平3.1个百分点。其中，出口3741.2亿元，增长9.6%；进口2085.2亿元，增长5.8%。6月当月，全省进出口1068.7亿元，创单月历史新高。",
            "经营主体活力持续增强。上半年，全省有进出口实绩的外贸企业1.86万家，同比增加1420家。民营企业进出口3529.8亿元，增长11.4%，占全省外贸总值的60.6%，占比首次突破六成。外商投资企业进出口增长2.7%，扭转了去年以来的下降态势。",
            "贸易结构进一步优化。机电产品出口2196.3亿元，增长12.8%，占出口总值的58.7%。“新三样”产品出口增长明显，电动载人汽车、锂离子蓄电池和太阳能电池合计出口412.6亿元，增长26.9%。跨境电商进出口增长34.2%，海外仓数量达到86个。",
            "市场多元化取得新进展。上半年，全省对共建“一带一路”国家进出口",
        ])
    pg.kicker(a, "稳规模　优结构　拓市场")
    pg.headline(a, sep=" ")
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.emit(a, justified(pg, a, slice(0, None, 2)))
    pg.gap()
    b = Article(
        "b", "外贸“稳”中更要“新”", section="短评", kind="commentary",
        byline="（秦砺）", authors=["秦砺"], tail="（秦砺）",
        notes="Comment under the label 短评 (section), headline letter-spaced with single spaces (written unspaced), "
              "signed （X） run in at the end (excluded from last); the writer is the author. Commentary.",
        paras=[
            "上半年全省外贸增速跑赢全国，民营企业占比首破六成，“新三样”出口快速增长，成绩来之不易。",
            "外贸要稳，更要新。当前外部环境复杂多变，传统产品、传统市场的增长空间收窄，必须在新产品、新市场、新业态上下功夫。要支持企业加大研发投入、打造自主品牌，用好跨境电商、海外仓等新渠道，帮助中小企业“借船出海”“抱团出海”，以外贸的新动能对冲外部的不确定性。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.headline(b, sep=" ")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "支持民营企业参与重大项目建设新举措出台",
        byline="新华社北京7月9日电（记者　施念　向晚）", authors=["施念", "向晚"],
        lead="新华社北京7月9日电（记者　施念　向晚）",
        notes="新华社 wire (reporters invented): run-in dateline excluded from first; both are authors.",
        paras=[
            "国家发展改革部门9日发布通知，推出支持民营企业参与重大项目建设的若干举措，明确在交通、能源、水利、新型基础设施等领域，遴选一批具有一定收益水平、条件相对成熟的项目，向民间资本公开推介。",
            "通知提出，对民营企业参与的重大项目，在用地、用能、环评等要素保障方面与其他所有制企业一视同仁；鼓励金融机构创新信贷产品，加大对民间投资项目的中长期贷款支持。各地要建立民间投资项目清单管理和调度机制，及时协调解决项目推进中的困难和问题。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["简讯"], "column label 简讯")
    items = [
        Article("d1", "全省首个零碳产业园通过评估", tail="（记者　闻溪）", byline="（记者　闻溪）",
                authors=["闻溪"],
                notes="Item under the label 简讯 (section); credit （记者 X） run in at the end, excluded from last.",
                paras=["近日，位于海川市的海川零碳产业园通过第三方机构评估，成为全省首个获得零碳认证的产业园区。园区通过屋顶光伏、储能电站和绿电交易等方式，实现生产用能100%清洁化。"]),
        Article("d2", "东溟港上半年集装箱吞吐量增长12.1%", lead="本报讯（通讯员　尹小满　记者　章清）",
                byline="本报讯（通讯员　尹小满　记者　章清）", authors=["尹小满", "章清"],
                notes="Item under the label 简讯 (section); run-in 本报讯（通讯员 X　记者 Y） excluded from first; both "
                      "are authors.",
                paras=["东溟港务集团发布数据，上半年东溟港完成集装箱吞吐量1126万标准箱，同比增长12.1%；新开辟外贸航线7条，外贸航线总数达到148条。"]),
        Article("d3", "省级中小企业发展基金二期设立", tail="（记者　江映帆）", byline="（记者　江映帆）",
                authors=["江映帆"],
                notes="Item under the label 简讯 (section); credit （记者 X） run in at the end, excluded from last.",
                paras=["省级中小企业发展基金二期日前设立，总规模50亿元，将主要投向初创期、成长期科技型中小企业，单个项目投资额原则上不超过5000万元。"]),
    ]
    for i, art in enumerate(items):
        art.section = "简讯"
        if i:
            pg.gap()
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["责任编辑：郑北辰　　美术编辑：邬桐　　校对：卫澜", "新闻热线：96××××"], "footer")
    return pg


PAGES = [kj05, kj06, kj07, kj08]
