"""Pages kd01-kd04 of handmade34 (development set; all papers, agencies, institutes, names, firms, places and
figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kd01() -> Page:
    """科技报 FRONT page: masthead; lead with 引题 over the headline, run-in 本报讯（记者 X　通讯员 Y）, cut in
    mid-sentence and continued on page 2 (jump line （下转第2版） on a line of its own); photo news (brief) with the
    credit on a line of its own; label 科技时评 over a comment with byline line □　NAME and the line
    （作者系…） after it; run-in 本报讯（记者 X） item; 今日导读 box; subscription ad; footer."""
    pg = Page("kd01.txt", cols=26, indent=FW * 2, blanks="para", seed=3401,
              style="科技报 FRONT page: six-line masthead (paper, English name, date with weekday, CN / 邮发代号 line, 今日8版 + issue number, 主管主办 line); lead with an 引题 over a one-line headline and the run-in 本报讯（记者 X　通讯员 Y）, its text cut in MID-SENTENCE and the jump line （下转第2版） on a line of its own; photo news (brief): headline, caption, credit line 本报记者 X　摄 after it; label 科技时评 over a comment with byline line □　NAME under the headline and the line （作者系…） after its body; run-in 本报讯（记者 X） item; 今日导读 box (◆ titles with page numbers); subscription ad; footer with editor, 美编 and proof-reader")
    pg.furniture(["星衡科技报",
                  "XINGHENG SCIENCE AND TECHNOLOGY DAILY",
                  cn_date(2035, 6, 5),
                  "国内统一连续出版物号　CN 19-0257　邮发代号　3-41",
                  "今日8版　第9316期",
                  "星衡市科学技术协会主管主办"], "masthead")
    pg.blank()
    a = Article(
        "a", "岫宁团队破解固态电池界面难题",
        subtitle="有望将固态电池能量密度提升四成",
        byline="本报讯（记者　苏砚秋　通讯员　顾澄）", authors=["苏砚秋", "顾澄"],
        lead="本报讯（记者　苏砚秋　通讯员　顾澄）",
        notes="Lead. The 引题 above the headline (no 副题) is the subtitle. Run-in 本报讯（记者 X　通讯员 Y） is the "
              "byline, excluded from first; reporter and 通讯员 are authors. **new:** the text on this page stops in "
              "mid-sentence (ending with a comma) and is continued on page 2 (kd02); the jump line （下转第2版） on a "
              "line of its own after it is not body. The researcher quoted (闻清远) is not an author.",
        paras=[
            "记者6月4日从岫宁科学院获悉，该院材料研究所储能材料研究团队研制出一种新型硫化物固态电解质，并提出“原位梯度界面”构筑方法，有效解决了固态电池电极与电解质之间界面阻抗高、循环寿命短的难题。相关成果当日在线发表于国际学术期刊《前沿能源材料》。",
            "固态电池被认为是下一代动力电池的重要方向。与目前广泛使用的液态锂离子电池相比，固态电池用不可燃的固态电解质替代有机电解液，在安全性和能量密度上具有明显优势。但长期以来，固态电解质与正负极材料之间是“固—固”接触，界面接触不充分、副反应多，电池在反复充放电过程中容量衰减较快，成为制约其产业化的主要瓶颈。",
            "“打个比方，电极和电解质就像两块粗糙的砖头，硬贴在一起总会留下缝隙，锂离子‘过桥’就很困难。”团队负责人、岫宁科学院材料研究所研究员闻清远告诉记者，团队此次采取的思路是在电池首次充电时，让电解质表面原位生成一层成分逐渐过渡的薄层，",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转第2版）"], "jump line （下转第2版） on a line of its own (not body)")
    pg.gap()
    b = Article(
        "b", "岚星七号遥感卫星发射成功", kind="brief",
        byline="本报记者　裴映川　摄", authors=["裴映川"],
        notes="Photo news (brief): headline, caption, credit line 本报记者 X　摄 on a line of its own after the caption "
              "(the byline); the photographer is the author.",
        paras=[
            "6月4日10时21分，岚星七号遥感卫星在鹤汀卫星发射中心由长缨二号运载火箭成功发射，卫星顺利进入预定轨道。该卫星主要用于国土资源普查、农作物估产和防灾减灾等领域。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "让科研人员把精力用在“刀刃”上", section="科技时评", kind="commentary",
        byline="□　邵望舒", authors=["邵望舒"],
        notes="Comment under the label 科技时评 (section). **new:** byline line □　NAME under the headline (the □ is a "
              "mark): byline as printed, the name is the author; the line （作者系汀澜大学科技政策研究中心主任） "
              "printed after the body gives the writer's post and is neither body nor byline. Commentary.",
        paras=[
            "近日，星衡市出台减轻科研人员负担的十项措施，明确精简科研项目申报材料、减少过程检查、推行“里程碑”式考核。消息一出，不少科研人员在朋友圈转发点赞。这份热度背后，折射出科研人员对“松绑”的普遍期待。",
            "一段时间以来，表格多、报销繁、检查频，是不少科研人员的共同烦恼。有调查显示，一些青年科研人员用于填表、报账、迎检等事务性工作的时间，占到全部工作时间的三成以上。时间被切得七零八落，很难静下心来钻研真问题、啃硬骨头。",
            "为科研人员减负，关键在于转变管理理念，从“管过程”转向“看结果”，从“重数量”转向“重质量”。对基础研究，要给予长期稳定支持，容许探索中的失败；对应用研究，要让市场和用户参与评价。与此同时，科研财务助理、项目管理专员等支撑队伍也要配齐建强，让专业的人干专业的事。",
            "减负不是减责任。松绑之后，科研人员更要恪守科研诚信，把省下来的时间和精力真正用在“刀刃”上，多出经得起检验的原创成果。",
        ])
    pg.furniture(["科技时评"], "column label 科技时评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者系汀澜大学科技政策研究中心主任）", "affiliation")
    pg.gap()
    d = Article(
        "d", "星衡量子计算云平台注册用户突破十万",
        byline="本报讯（记者　龙景行）", authors=["龙景行"], lead="本报讯（记者　龙景行）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者6月4日从星衡量子信息实验室获悉，由该实验室牵头建设的量子计算云平台注册用户已突破10万，覆盖国内外40多个国家和地区，累计完成量子计算任务超过320万次。",
            "据介绍，该平台于2032年上线，目前可向公众开放两台超导量子计算机和一台光量子计算原型机，最大可用量子比特数达到176个。用户通过网页即可编写量子程序、提交计算任务。实验室相关负责人表示，平台已支持高校开设量子计算课程60余门，下一步将推出面向金融、化工等行业的专用算法库。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["今日导读",
                  "◆全国技术合同成交额前5个月增长17.8%　2版",
                  "◆科研仪器共享平台让“沉睡”设备转起来　2版",
                  "◆夏夜星空为何“银河”更亮　7版"], "今日导读 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["欢迎订阅2035年下半年《星衡科技报》",
                  "全国各地邮局均可订阅　邮发代号3-41"], "subscription advertisement")
    pg.blank()
    pg.furniture(["本版责任编辑：卢一帆　　美编：戚小雨　　校对：柏青"], "footer with editor, 美编, proof-reader")
    return pg


# ---------------------------------------------------------------------------
def kd02() -> Page:
    """科技报 要闻 page 2, ONE U+3000 indent, NO blank line anywhere: the continuation of the front-page lead
    (headline repeated, run-in （上接第1版）, no byline); run-in 本报北京6月4日讯（记者 X） item; wire item of an
    invented agency ending （完）; label 成果速递 over three items signed （记者 X） / （通讯员 X）; 数读 box;
    article with byline line 本报记者 X."""
    pg = Page("kd02.txt", cols=34, indent=FW, blanks="never", seed=3402,
              style="科技报 要闻 page 2 indented with ONE U+3000 and NO blank line anywhere: header on three lines (2　要闻; paper + date with weekday; 责任编辑 and 美编); the CONTINUATION of the front-page lead: its headline repeated and the run-in （上接第1版） opening a text that starts mid-sentence, no byline; run-in 本报北京6月4日讯（记者 X） item; wire item of an invented agency with run-in 曜华社汀澜6月4日电（记者 X、Y） and （完） at the end; label 成果速递 over three items signed （记者 X） / （通讯员 X） run in at the end; 数读 box (title, figures, 数据来源); article with byline line 本报记者 X; footer with proof-reader")
    pg.furniture(["2　要闻",
                  "星衡科技报　" + cn_date(2035, 6, 5),
                  "责任编辑：卢一帆　　美编：戚小雨"], "page header")
    a = Article(
        "a", "岫宁团队破解固态电池界面难题",
        lead="（上接第1版）",
        notes="**new:** continuation of the kd01 lead: its headline is repeated over the continued text (the title), the "
              "run-in jump line （上接第1版） is excluded from first, and the text starts in mid-sentence. The byline is "
              "printed only on page 1: no byline and no authors here. People quoted (闻清远, 葛知微) are not authors.",
        paras=[
            "这层厚度仅约20纳米的“缓冲带”既能快速传导锂离子，又能阻挡电解质与电极之间的副反应。",
            "实验数据显示，采用该方法制备的软包固态电池，能量密度达到每千克420瓦时，比目前主流动力电池提高约四成；在常温下循环1000次后，容量保持率仍在90%以上。在针刺、挤压、高温等安全测试中，电池均未发生起火和爆炸。",
            "闻清远介绍，目前团队已与汀澜一家动力电池企业开展合作，正在建设百兆瓦时级中试线，预计两年内完成车规级验证。“从实验室到生产线还有很长的路要走，材料成本、批量制备的一致性都是需要攻克的问题。”他说。",
            "汀澜理工大学新能源学院教授葛知微认为，这一成果为固态电池界面问题提供了一条工艺简单、易于放大的技术路线，对推动固态电池产业化具有重要意义。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "全国技术合同成交额前5个月增长17.8%",
        byline="本报北京6月4日讯（记者　龙景行）", authors=["龙景行"], lead="本报北京6月4日讯（记者　龙景行）",
        notes="Run-in 本报北京6月4日讯（记者 X） excluded from first.",
        paras=[
            "记者4日从科技主管部门获悉，今年1至5月，全国共登记技术合同31.6万项，同比增长12.4%；成交额2.37万亿元，增长17.8%。其中，技术开发合同成交额9760亿元，占比41.2%，企业作为技术买方和卖方的主体地位进一步巩固。",
            "从领域看，电子信息、先进制造、新能源与节能三大领域技术合同成交额合计占比超过六成。从区域看，东部地区技术输出活跃，中西部地区技术吸纳增长较快，技术要素跨区域流动更加顺畅。",
            "科技主管部门有关负责人表示，下一步将加快培育技术经理人队伍，完善技术交易服务体系，推动更多科技成果在企业落地转化。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "首届汀澜国际青年科学家论坛开幕",
        byline="曜华社汀澜6月4日电（记者　穆清欢、于汐）", authors=["穆清欢", "于汐"],
        lead="曜华社汀澜6月4日电（记者　穆清欢、于汐）", tail="（完）",
        notes="Wire item of an invented agency (曜华社): run-in dateline 曜华社汀澜6月4日电（记者 X、Y） excluded from "
              "first, both reporters are authors; （完） run in at the end excluded from last.",
        paras=[
            "首届汀澜国际青年科学家论坛4日在汀澜开幕。来自23个国家和地区的400余名青年科学家围绕人工智能、生命健康、清洁能源等前沿领域开展交流研讨。",
            "论坛期间将举办12场专题分论坛和一场青年科学家创新项目路演，发布《青年科学家国际合作倡议》。主办方介绍，论坛今后将每年举办一届，为各国青年科技人才搭建交流合作平台。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["成果速递"], "column label 成果速递")
    items = [
        Article("d1", "新型农用无人机实现厘米级精准施药",
                byline="（记者　成小满）", authors=["成小满"], tail="（记者　成小满）", paras=[
                    "鹤汀农机装备公司联合汀澜理工大学研发的新型植保无人机日前通过专家鉴定。该机搭载多光谱识别和变量喷洒系统，可根据作物长势实时调整施药量，定位精度达到厘米级，与传统作业方式相比节省农药约30%。"]),
        Article("d2", "高寒地区风电叶片除冰技术通过验收",
                byline="（通讯员　岑越）", authors=["岑越"], tail="（通讯员　岑越）", paras=[
                    "由岫宁科学院工程热物理研究所承担的高寒地区风电叶片防冰除冰技术项目近日通过验收。项目研发的电热与涂层复合除冰系统，可在零下30摄氏度环境下稳定工作，使风电机组冬季发电量提升约15%。"]),
        Article("d3", "国产高通量基因测序仪获批上市",
                byline="（记者　龙景行）", authors=["龙景行"], tail="（记者　龙景行）", paras=[
                    "柘川拓源生物医药公司自主研发的高通量基因测序仪日前获得医疗器械注册证。该设备单次运行可完成48个人全基因组测序，关键部件实现自主可控，检测成本较同类进口设备降低约四成。"]),
    ]
    for art in items:
        art.section = "成果速递"
        art.notes = ("科技成果 brief under the label 成果速递 (section). The credit （记者 X） / （通讯员 X） run in at the "
                     "end is the byline, excluded from last; the name is the author.")
        pg.headline(art)
        pg.body(art)
    pg.furniture(["数读｜1—5月全国技术市场",
                  "技术合同　31.6万项",
                  "　同比增长12.4%",
                  "成交额　2.37万亿元",
                  "　同比增长17.8%",
                  "技术开发合同占比　41.2%",
                  "数据来源：科技主管部门"], "数读 data box (title, figures, 数据来源; not an article)")
    f = Article(
        "f", "科研仪器共享平台让“沉睡”设备转起来",
        byline="本报记者　乔暮云", authors=["乔暮云"],
        notes="Byline line 本报记者 X under the headline. The people quoted (卜清源, a 科技局 official) are not authors.",
        paras=[
            "价值上千万元的电子显微镜，过去一年只用了几十个机时；隔壁单位的科研人员急需做检测，却只能排队送样到外地。这样的尴尬，在汀澜正在逐渐减少。",
            "去年以来，汀澜市整合全市高校、科研院所和企业的大型科研仪器，建成统一的共享服务平台。目前已有1860台（套）原值50万元以上的仪器设备入网，用户通过手机即可查询、预约和付费。平台数据显示，入网仪器的年均有效使用机时由原来的不足800小时提高到1400小时以上。",
            "“以前找设备靠熟人介绍，现在在平台上一搜就有，还能看到收费标准和排队情况。”汀澜一家新材料企业的研发主管卜清源说，公司今年通过平台完成了200多次检测，节省设备购置费用近600万元。",
            "汀澜市科技局相关负责人表示，将把仪器共享情况纳入科研单位绩效评价，对开放共享成效好的单位给予后补助，让更多“沉睡”的设备转起来、用起来。",
        ])
    pg.headline(f)
    pg.line(f, f.byline, "byline")
    pg.body(f)
    pg.furniture(["本版校对：柏青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kd03() -> Page:
    """创新周刊 企业·创新 page indented with two ASCII spaces: series label and 编者按 box; feature with 引题, headline,
    ——副题, byline line 本刊记者 X　文／图, crossheads, some letter-spaced (justified) lines and a ▲ photo caption
    between two paragraphs; an enterprise story whose headline and byline are printed AFTER its body; run-in
    本刊讯（记者 X） item."""
    pg = Page("kd03.txt", cols=30, indent="  ", blanks="some", seed=3403, p_para=0.4, p_gap=0.8,
              style="创新周刊 企业·创新 page indented with two ASCII spaces, blank lines sometimes: header on three lines (paper + date with weekday + 第23期; 版次 A3 + 版名; 责任编辑 and 美编); series label 专精特新·创新路 over an 编者按 box; feature (about 790 chars) with 引题 kicker, headline, ——副题 记…的创新之路, byline line 本刊记者 X　文／图, three crossheads, some body lines letter-spaced (justified) with single spaces, and a ▲ photo caption printed BETWEEN two paragraphs; enterprise story whose headline and byline line 本刊记者 X　通讯员 Y are printed AFTER its body; run-in 本刊讯（记者 X） item; footer with hotline and e-mail")
    pg.furniture(["汀澜创新周刊　" + cn_date(2035, 6, 8) + "　第23期",
                  "A3　企业·创新",
                  "责任编辑：米若岚　　美编：庄一禾"], "page header")
    pg.blank()
    pg.furniture(["专精特新·创新路"], "series label 专精特新·创新路")
    pg.furniture(wrap("编者按　专精特新中小企业是产业链供应链中不可或缺的“配角”，也是创新最活跃的群体之一。本刊今起推出“专精特新·创新路”栏目，走进汀澜一批深耕细分领域的企业，记录它们攻坚克难的创新故事。敬请关注。", 30, "  "),
                 "编者按 box introducing the series (not an article)")
    pg.blank()
    a = Article(
        "a", "把激光雷达“芯”做到指甲盖大小", section="专精特新·创新路",
        subtitle="——记汀澜曦光半导体有限公司的创新之路",
        byline="本刊记者　芮知行　文／图", authors=["芮知行"],
        notes="Feature under the series label 专精特新·创新路 (section); the 编者按 box under the label introduces the "
              "series and is not body. The 引题 kicker 十年深耕一颗芯 is neither title nor subtitle (the ——副题 is the "
              "subtitle). **new:** byline line 本刊记者 X　文／图 (writer and photographer in one): the author. The "
              "crossheads are body; letter-spaced (justified) body lines stay body. The ▲ photo caption printed "
              "between two paragraphs is not body. The founder quoted (俞晓川) is not an author.",
        paras=[
            "在汀澜曦光半导体有限公司的展厅里，一枚只有指甲盖大小的芯片静静躺在展台上。别看它个头小，却集成了上万个光电探测单元，是车载激光雷达的“眼睛”。“过去这样的芯片主要依赖进口，一颗要卖好几百美元。”公司创始人、董事长俞晓川说，“现在我们的产品已经装上了20多万辆汽车，成本降到了原来的五分之一。”",
            Cross("从零起步啃“硬骨头”"),
            "2025年，在海外从事光电器件研究多年的俞晓川回到汀澜创业。彼时，国内激光雷达产业刚刚起步，核心的单光子探测芯片几乎全部依赖进口。“芯片是激光雷达里最难的部分，也是最值钱的部分，我们就从最难的做起。”",
            "创业头三年，公司没有一分钱销售收入。研发团队30多人挤在孵化器一间不足300平方米的办公室里，反复流片、测试、改进设计。最困难的时候，账上的钱只够发两个月工资。关键时刻，汀澜市科创基金和两家产业投资机构注资，帮助公司渡过了难关。",
            Cross("在细分赛道上做到极致"),
            "2029年，曦光半导体第一代车规级芯片通过认证，打开了汽车前装市场。此后，公司每年将营业收入的25%以上投入研发，先后攻克了背照式结构、三维堆叠封装等关键工艺，芯片探测效率从12%提高到31%，达到国际先进水平。目前，公司已拥有发明专利86项，牵头制定行业标准2项。",
            "“我们不追求大而全，就在激光雷达芯片这一条赛道上做深做透。”俞晓川说。去年，公司实现营业收入7.6亿元，同比增长68%，产品出口到欧洲和东南亚多个国家。",
            Cross("创新生态托起“小巨人”"),
            "曦光半导体的成长，离不开汀澜持续优化的创新生态。当地围绕光电产业链引进了设计、制造、封测等上下游企业40余家，建成公共流片和测试服务平台，企业流片周期从三个月缩短到一个月。",
            "谈及未来，俞晓川信心满满：公司正在研发面向机器人和低空飞行器的新一代芯片，明年将建成自己的特色工艺产线。“我们的目标是，让中国‘芯’成为全球激光雷达的标配。”",
        ])
    pg.kicker(a, "十年深耕一颗芯")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a, end=7), [2, 11, 21]))
    pg.furniture(["▲曦光半导体研发人员在调试芯片测试设备。"], "▲ photo caption between two paragraphs (not body)")
    pg.emit(a, justify(pg.render_body(a, start=7), [2]))
    pg.gap()
    b = Article(
        "b", "老农机厂“长”出智能新装备",
        byline="本刊记者　司南星　通讯员　郁青", authors=["司南星", "郁青"],
        notes="Enterprise story printed with its headline and byline line AFTER its body (the body follows the "
              "previous feature's last paragraph). Byline line 本刊记者 X　通讯员 Y: both are authors. The manager "
              "quoted (彭远山) is not an author.",
        paras=[
            "走进鹤汀农机装备公司的总装车间，一台台涂装一新的智能插秧机正在下线。车间负责人介绍，这款插秧机装有北斗导航和自动驾驶系统，一名操作员可以同时照看两台机器，作业效率比传统插秧机提高40%以上。",
            "很难想象，这家企业十年前还是一家濒临停产的老农机厂。产品老旧、利润微薄，最困难时只剩下不到百名工人。转机出现在2027年，企业与汀澜理工大学组建联合研发中心，把智能控制、精准作业等技术引入传统农机，先后推出智能插秧机、丘陵山区小型收割机等12款新产品。",
            "如今，鹤汀农机的产品已销往全国20多个省份，去年销售收入突破5亿元，是十年前的20倍。公司总经理彭远山说，下一步将瞄准无人农场整体解决方案，“让种地变得更轻松、更精准”。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "汀澜发布首批“揭榜挂帅”技术需求榜单",
        byline="本刊讯（记者　简若溪）", authors=["简若溪"], lead="本刊讯（记者　简若溪）",
        notes="**new:** run-in 本刊讯（记者 X） of a weekly (本刊 for 本报) excluded from first. Its headline follows the "
              "previous story's byline line.",
        paras=[
            "6月6日，汀澜市发布首批中小企业“揭榜挂帅”技术需求榜单，共征集到高端装备、新材料、生物医药等领域的技术难题52项，榜单总金额达3.1亿元。",
            "与以往由政府出题不同，此次榜单题目全部来自企业的真实需求，由企业出资、政府给予最高30%的配套支持。高校、科研院所和企业均可揭榜，揭榜方不论资历、不设门槛，以解决问题的能力和方案说话。榜单发布后将开放揭榜两个月。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["新闻热线：0773-8812××××　　投稿邮箱：cxzk@tlcxzk.cn"], "footer with hotline and e-mail")
    return pg


# ---------------------------------------------------------------------------
def kd04() -> Page:
    """创新周刊 对话 page, blank lines only between articles and blocks: label 对话创新者 over an interview whose
    questions are marked ■ and answers □ (intro paragraph first); 人物简介 box; label 三问新型研发机构 over a
    shorter interview of 记者：／答： paragraphs; recruitment advertisement."""
    pg = Page("kd04.txt", cols=38, indent=FW * 2, blanks="arts", seed=3404,
              style="创新周刊 对话 page, blank lines only between articles and blocks: header on two lines (A5　对话 + English 版名; paper + date with weekday); label 对话创新者 over an interview: headline, ——副题 访…, byline line 本刊记者 X, an intro paragraph, then questions marked ■ and answers marked □ (four pairs); 人物简介 box (label, wrapped profile); label 三问新型研发机构 over a second interview: headline, byline line, intro paragraph and 记者：／答： paragraphs (three pairs); recruitment ADVERTISEMENT (广告, company, positions, requirements, e-mail, address); footer with editor, 美编, proof-reader")
    pg.furniture(["A5　对话　DIALOGUE",
                  "汀澜创新周刊　" + cn_date(2035, 6, 8)], "page header")
    pg.blank()
    a = Article(
        "a", "让新药研发从“十年十亿”走向更快更省", section="对话创新者", kind="interview",
        subtitle="——访柘川拓源生物医药公司创始人、首席科学家阚明哲",
        byline="本刊记者　晏知秋", authors=["晏知秋"],
        notes="Interview under the label 对话创新者 (section): ——副题 is the subtitle; byline line 本刊记者 X (the "
              "interviewer, the author). **new:** the body is an intro paragraph followed by questions marked ■ and "
              "answers marked □ (all body). The scientist who answers (阚明哲) is not an author. The 人物简介 box "
              "after it is not body. Kind interview.",
        paras=[
            "新药研发素有“十年十亿美元”之说，周期长、投入大、风险高。近年来，人工智能等新技术正在改变这一局面。柘川拓源生物医药公司是国内较早将人工智能用于药物发现的企业之一，其自主研发的一款抗纤维化新药日前进入三期临床试验。本刊记者就此专访了公司创始人、首席科学家阚明哲。",
            "■拓源的这款新药从立项到进入三期临床用了多长时间？和传统方式相比有什么不同？",
            "□大约四年半。按照传统方式，仅临床前的候选化合物发现和优化，通常就要三到五年。我们用人工智能模型对上亿个分子进行虚拟筛选和性质预测，把需要实际合成、测试的化合物数量减少了八成以上，大大缩短了早期研发的时间。当然，临床试验的环节一个都不能少，安全性和有效性最终要靠严格的临床数据来证明。",
            "■有人担心人工智能会被过度“神化”，您怎么看？",
            "□这种担心是有道理的。人工智能不是万能钥匙，它擅长在海量数据中发现规律、缩小范围，但药物研发的很多环节，比如疾病机理的理解、临床方案的设计，仍然离不开科学家的判断。我常跟团队说，模型给出的只是“建议”，最后拍板的必须是实验数据。",
            "■作为一家创新药企，拓源在发展中遇到的最大困难是什么？",
            "□最大的困难是资金和人才。创新药研发投入大、回报周期长，企业在不同阶段都面临融资压力。这几年，柘川设立了生物医药产业基金，还为企业提供临床试验、中试生产等公共服务平台，帮了我们很大的忙。人才方面，既懂生物又懂算法的复合型人才非常稀缺，我们正在和高校联合培养。",
            "■对于下一步发展，您有什么打算？",
            "□我们希望把这套研发平台开放出来，为更多中小药企和科研机构提供服务。同时，公司还有6个在研项目，覆盖肿瘤、代谢疾病等领域，争取未来五年有2到3个新药获批上市，让患者早日用上好药、用得起好药。",
        ])
    pg.furniture(["对话创新者"], "column label 对话创新者")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["人物简介"] + wrap("阚明哲　1978年生于柘川，药物化学博士。曾在海外多家制药企业从事新药研发工作，2028年回国创办柘川拓源生物医药公司，主持研发候选新药9个，获授权发明专利40余项。", 38),
                 "人物简介 box (profile of the interviewee; not an article)")
    pg.blank()
    b = Article(
        "b", "新型研发机构如何“新”在机制上", section="三问新型研发机构", kind="interview",
        byline="本刊记者　卫疏影", authors=["卫疏影"],
        notes="Short interview under the label 三问新型研发机构 (section), byline line 本刊记者 X (the author). **new:** "
              "an intro paragraph, then 记者：／答： paragraphs (all body). The institute head who answers (骆青崖) "
              "is not an author. Kind interview.",
        paras=[
            "新型研发机构是近年来科技体制改革的一项重要探索。它们新在哪里？如何避免“新瓶装旧酒”？本刊记者采访了青樾工业技术研究院院长骆青崖。",
            "记者：与传统科研院所相比，新型研发机构“新”在哪里？",
            "答：最大的不同在于体制机制。我们实行理事会领导下的院长负责制，不定行政级别、不设编制上限，人员能进能出，薪酬按市场化方式确定。研究方向主要来自产业需求，研发成果以能否转化、能否产生效益来评价。",
            "记者：如何避免新型研发机构“新瓶装旧酒”？",
            "答：关键是要建立以成果转化为导向的考核机制。我们研究院的项目经理，每年要对所负责项目的技术成熟度和市场前景进行评估，不达标的及时调整或退出。同时，我们允许科研人员以成果作价入股，和研究院一起孵化企业，目前已孵化科技型企业47家。",
            "记者：目前新型研发机构发展还面临哪些问题？",
            "答：一是部分机构对财政资金依赖较大，自我造血能力不强；二是一些机构与高校院所的关系还没完全理顺，人才“双向流动”存在障碍。建议进一步完善分类评价和稳定支持机制，既给“输血”，更要帮助“造血”。",
        ])
    pg.furniture(["三问新型研发机构"], "column label 三问新型研发机构")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    pg.furniture(["广告",
                  "汀澜云岫航天科技有限公司诚聘",
                  "卫星总体设计工程师　5名",
                  "星载软件工程师　8名",
                  "射频与天线工程师　6名",
                  "要求：相关专业硕士及以上学历",
                  "简历投递：hr@yunxiu-space.cn",
                  "地址：汀澜市高新区星河路16号"], "recruitment advertisement (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：苗苒　　美编：庄一禾　　校对：沈默"], "footer")
    return pg


PAGES = [kd01, kd02, kd03, kd04]
