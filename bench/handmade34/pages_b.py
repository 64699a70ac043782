"""Pages kd05-kd08 of handmade34 (development set; all papers, agencies, institutes, names, firms, places and
figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kd05() -> Page:
    """高新区报 FRONT page indented with ONE U+3000: masthead with 内部资料 / 准印证号 lines; lead with a two-line
    headline, run-in 本报讯（记者 X） and the jump （下转第3版） run in at the end; label 园区快讯 over three items
    signed （X） at the end; photo news (brief) with the credit （本报记者 X　摄） run in at the end of the caption;
    label 园区观察 over a comment with byline line 文／X; footer with editors and printer."""
    pg = Page("kd05.txt", cols=22, indent=FW, blanks="some", seed=3405, p_para=0.25, p_gap=0.75,
              style="高新区报 FRONT page indented with ONE U+3000, blank lines sometimes: masthead on five lines (paper, English name, 主办 line, 内部资料　免费交流 + 准印证号, date with weekday + issue number + 今日4版); lead with a headline on two lines and the run-in 本报讯（记者 X）, the jump （下转第3版） run in at the end of its last line; label 园区快讯 over three items each signed （X） run in at the end; photo news (brief): headline, caption with the credit （本报记者 X　摄） run in at its end; label 园区观察 over a comment with byline line 文／X; footer with 责任编辑, 美编, proof-reader and the printer's line")
    pg.furniture(["青樾高新区报",
                  "QINGYUE HI-TECH ZONE NEWS",
                  "青樾高新技术产业开发区管理委员会主办",
                  "内部资料　免费交流　准印证号：青樾（K）0317",
                  cn_date(2035, 6, 11) + "　第412期　今日4版"], "masthead")
    pg.blank()
    a = Article(
        "a", "高新区5个重大项目集中签约总投资86亿元",
        head=["高新区5个重大项目集中签约", "总投资86亿元"],
        byline="本报讯（记者　钟离雪）", authors=["钟离雪"], lead="本报讯（记者　钟离雪）", tail="（下转第3版）",
        notes="Lead. Headline on two lines (the second a figure clause), joined. Run-in 本报讯（记者 X） excluded from "
              "first. **new:** the jump （下转第3版） run in at the end of the last line is excluded from last like a "
              "run-in credit (the text continues on page 3, kd06). The official quoted (卓远帆) is not an author.",
        paras=[
            "6月8日，青樾高新区2035年第二批重大项目集中签约仪式举行。智能传感器产业园、第三代半导体外延材料、生物医药CDMO基地等5个项目现场签约，总投资86亿元，预计全部达产后年产值超过150亿元。",
            "此次签约的项目科技含量高、产业带动力强，其中4个项目属于战略性新兴产业，与高新区正在打造的集成电路、智能制造、生物医药三大主导产业高度契合。智能传感器产业园项目由青樾数智科技股份有限公司投资建设，总投资32亿元，建成后将形成年产5亿颗MEMS传感器的生产能力。",
            "高新区管委会主任卓远帆在签约仪式上表示，高新区将为签约项目提供全流程“帮办代办”服务，推动项目早开工、早投产、早见效。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["园区快讯"], "column label 园区快讯")
    items = [
        Article("b1", "园区企业研发投入强度达7.3%", byline="（邱一鸣）", authors=["邱一鸣"], tail="（邱一鸣）", paras=[
            "青樾高新区经济发展局最新统计显示，2034年园区规模以上工业企业研发经费支出68.4亿元，研发投入强度达到7.3%，比上年提高0.6个百分点。其中，研发投入超过1亿元的企业有17家。"]),
        Article("b2", "青樾人工智能计算中心二期投用", byline="（阮星河）", authors=["阮星河"], tail="（阮星河）", paras=[
            "6月6日，青樾人工智能计算中心二期项目正式投入使用。二期新增算力400PFlops，总算力达到700PFlops，可为园区企业提供大模型训练、智能制造仿真等算力服务。目前已有80余家企业签约使用。"]),
        Article("b3", "“科创贷”前5个月放款12亿元", byline="（邱一鸣）", authors=["邱一鸣"], tail="（邱一鸣）", paras=[
            "记者从高新区金融服务中心获悉，今年前5个月，园区“科创贷”累计为216家科技型中小企业发放贷款12.3亿元，平均贷款利率3.15%，其中首贷企业占比超过三成。"]),
    ]
    for art in items:
        art.section = "园区快讯"
        art.notes = ("Item under the label 园区快讯 (section), signed （X） run in at the end: the byline, excluded from "
                     "last; the name is the author.")
        pg.headline(art)
        pg.body(art)
        pg.gap()
    c = Article(
        "c", "机器人“上岗”当质检员", kind="brief",
        byline="（本报记者　宁远舟　摄）", authors=["宁远舟"], tail="（本报记者　宁远舟　摄）",
        notes="Photo news (brief): headline and caption; **new:** the credit （本报记者 X　摄） run in at the end of the "
              "caption is the byline and is excluded from last; the photographer is the author.",
        paras=[
            "6月7日，在青樾高新区一家汽车零部件企业，工业机器人正在对零件进行视觉检测。该企业引进的智能质检系统可在0.5秒内识别出0.02毫米的表面缺陷，检测准确率达到99.6%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "招商更要“选商”", section="园区观察", kind="commentary",
        byline="文／程远岫", authors=["程远岫"],
        notes="Comment under the label 园区观察 (section), byline line 文／X. Commentary.",
        paras=[
            "今年以来，高新区招商引资捷报频传，一批重大项目相继签约落地。成绩值得肯定，但也要看到，园区土地、能耗等要素资源日益紧张，招商不能“捡到篮子里都是菜”。",
            "从“招商”到“选商”，考验的是眼光和定力。要围绕主导产业链条，看项目的技术含量、亩均效益和带动作用，宁缺毋滥。对于那些只想享受优惠政策、科技含量不高的项目，该说“不”的时候要敢于说“不”。",
            "更重要的是，要把功夫下在营商环境上。好的产业生态本身就是最好的招商名片，企业愿意来、留得住、发展好，园区的高质量发展才有后劲。",
        ])
    pg.furniture(["园区观察"], "column label 园区观察")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本期责任编辑：陆采薇　　美编：葛小禾　　校对：尹澈",
                  "印刷：青樾日报社印务中心　地址：青樾市高新区创业路1号"], "footer with editors and printer")
    return pg


# ---------------------------------------------------------------------------
def kd06() -> Page:
    """高新区报 园区·企业 page 3, NO indent: the continuation of the front-page lead with NO headline (run-in
    （上接第1版）); two enterprise stories set side by side and extracted column by column (their pieces
    alternate); 数读 box; 招商 advertisement."""
    pg = Page("kd06.txt", cols=42, indent="", blanks="para", seed=3406,
              style="高新区报 园区·企业 page 3, NO indent, a blank line between paragraphs and blocks: header on three lines (3　园区·企业; paper + date with weekday; 责任编辑 and 美编); the CONTINUATION of the front-page lead printed with NO headline, its text opening with the run-in （上接第1版）; two enterprise stories set side by side and extracted column by column, so that their pieces ALTERNATE (headline and byline of the first, its first lines, headline and byline of the second, its first lines, the rest of the first, the rest of the second); byline lines 文／本报记者 X　图／企业供图 and 本报记者 X　通讯员 Y; 数读 box (title, four figures, 数据来源); 招商 advertisement; footer")
    pg.furniture(["3　园区·企业",
                  "青樾高新区报　" + cn_date(2035, 6, 11),
                  "责任编辑：陆采薇　　美编：葛小禾"], "page header")
    pg.blank()
    a = Article(
        "a", None, lead="（上接第1版）",
        notes="**new:** continuation of the kd05 lead printed with NO headline: title null; the run-in jump line "
              "（上接第1版） is excluded from first. The byline is printed only on page 1: no byline, no authors.",
        paras=[
            "据了解，今年以来，青樾高新区坚持以产业链招商为主线，聚焦主导产业的关键环节和薄弱环节精准招引，截至5月底已签约亿元以上项目23个，协议总投资达到214亿元，同比增长36%。",
            "为加快项目落地，高新区推行“拿地即开工”审批模式，将企业投资项目从拿地到开工的审批时间压缩至30个工作日以内。同时，设立总规模20亿元的产业引导基金，对重大项目给予设备补助、贷款贴息等支持。",
        ])
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "数智科技：让工业视觉“看得更清”",
        byline="文／本报记者　费思远　图／企业供图", authors=["费思远"],
        notes="Enterprise story. **new:** it is set side by side with the next story and extracted column by column: "
              "its body comes in two pieces with the other story's headline, byline and first lines between them. "
              "Byline line 文／本报记者 X　图／企业供图: the writer is the author (the photo is the firm's). The "
              "director quoted (蓝若川) is not an author.",
        paras=[
            "在青樾数智科技股份有限公司的实验室里，一台工业相机正对着传送带上飞速经过的锂电池极片“拍照”。屏幕上，每一处微小的褶皱、划痕都被自动标注出来。“这套系统每分钟能检测120米极片，漏检率低于百万分之一。”公司技术总监蓝若川说。",
            "数智科技成立于2029年，专注工业视觉检测。公司研发人员占比超过六成，自主开发了高分辨率线阵相机、缺陷检测算法等核心产品。去年，公司营业收入达到4.2亿元，产品应用于锂电、光伏、半导体等行业的300多家企业。",
            "“工业视觉的难点在于场景多、样本少。”蓝若川介绍，不同企业、不同产线的缺陷类型千差万别，很多缺陷样本极少。为此，公司开发了小样本学习平台，只需几十张缺陷图片就能训练出可用的检测模型，新产线的部署时间从一个月缩短到一周。",
            "随着此次智能传感器产业园项目签约，数智科技将向上游延伸，自主生产视觉传感器芯片。蓝若川说，公司计划三年内实现核心部件全部自主可控。",
        ])
    c = Article(
        "c", "孵化器里的“追光者”",
        byline="本报记者　舒映雪　通讯员　杭一帆", authors=["舒映雪", "杭一帆"],
        notes="Story set side by side with the previous one and extracted column by column: its body comes in two "
              "pieces, the second after the previous story's second piece. Byline line 本报记者 X　通讯员 Y: both are "
              "authors. The founder quoted (甘沐阳) is not an author.",
        paras=[
            "清晨7点半，青樾高新区创业大厦12楼的灯已经亮了。28岁的甘沐阳和他的团队正在调试一台巴掌大小的光谱仪。这是他们创业的第三年，也是产品即将量产的关键时刻。",
            "甘沐阳是柘川大学光学工程专业的博士毕业生。读博期间，他和同学研发出一种微型光谱芯片，能让手机大小的设备具备实验室光谱仪的检测能力。毕业后，他放弃了大厂的高薪职位，带着技术入驻高新区孵化器。",
            "“孵化器不光给了我们免费的场地，还帮我们对接了投资人和第一批客户。”甘沐阳说。去年，团队获得了2000万元天使轮融资，产品在农产品检测、珠宝鉴定等领域找到了市场。",
            "目前，青樾高新区共有各类孵化载体36家，在孵企业1400余家，其中由青年科技人才创办的企业占比超过一半。高新区还设立了青年创业专项资金，为初创团队提供最高50万元的启动支持。",
        ])
    b1, b2 = Page.chunks(pg.render_body(b), [8])
    c1, c2 = Page.chunks(pg.render_body(c), [6])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, b1)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.emit(c, c1)
    pg.gap()
    pg.emit(b, b2)
    pg.gap()
    pg.emit(c, c2)
    pg.blank()
    pg.furniture(["数读｜高新区1—5月经济运行",
                  "规上工业总产值　612.3亿元　同比增长11.6%",
                  "高新技术产品产值占比　72.4%",
                  "新增科技型中小企业　386家",
                  "技术合同成交额　47.8亿元",
                  "数据来源：高新区经济发展局"], "数读 data box (not an article)")
    pg.blank()
    pg.furniture(["青樾科创金融港",
                  "二期写字楼火热招商中",
                  "面积：200—3000平方米灵活分割",
                  "招商热线：0771-8686××××"], "招商 advertisement (not an article)")
    return pg


# ---------------------------------------------------------------------------
def kd07() -> Page:
    """大学报 综合新闻 page of a 16-character column extracted with a blank line after EVERY line: headlines over
    two lines; run-in 本报讯（通讯员 X　Y）; a credit line （文／学生记者 X　图／学生记者 Y） after a body; photo
    news with （学生记者 X　摄） run in; run-in 本报讯（记者 X）."""
    pg = Page("kd07.txt", cols=16, indent=FW * 2, blanks="every", seed=3407,
              style="大学报 综合新闻 page of a 16-character column extracted with a blank line after EVERY line, two U+3000 indent: header on three lines (paper; date + 第1186期; 2　综合新闻); headlines over two lines; run-in 本报讯（通讯员 X　Y） naming two 通讯员; a credit line （文／学生记者 X　图／学生记者 Y） on a line of its own after a body; photo news (brief) with a headline letter-spaced with ASCII spaces and the credit （学生记者 X　摄） run in at the end of the caption; run-in 本报讯（记者 X） item; footer with editor and proof-reader")
    pg.furniture(["柘川大学报", "2035年6月12日　第1186期", "2　综合新闻"], "page header")
    a = Article(
        "a", "我校新增两个省部共建重点实验室", head=["我校新增两个省部", "共建重点实验室"],
        byline="本报讯（通讯员　温禾　夏知远）", authors=["温禾", "夏知远"], lead="本报讯（通讯员　温禾　夏知远）",
        notes="University news. Headline on two lines, joined. Run-in 本报讯（通讯员 X　Y） naming two 通讯员 (both "
              "authors), excluded from first.",
        paras=[
            "近日，科技主管部门公布新一批省部共建重点实验室名单，我校牵头申报的“智能感知与类脑计算”“盐碱地作物育种”两个实验室获批建设。至此，我校省部级以上重点实验室达到19个。",
            "据悉，两个实验室将分别依托信息科学与工程学院和农学院建设，建设期为三年。学校将在人才引进、经费投入、用房保障等方面给予重点支持。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "第九届“星火杯”大学生科技创新大赛落幕", head=["第九届“星火杯”大学生", "科技创新大赛落幕"],
        byline="（文／学生记者　林鹿鸣　图／学生记者　贺一舟）", authors=["林鹿鸣"],
        notes="Headline on two lines, joined. **new:** the credit line （文／学生记者 X　图／学生记者 Y） on a line of "
              "its own after the body is the byline; the writer (a student reporter) is the author, the photographer "
              "is not.",
        paras=[
            "6月9日，我校第九届“星火杯”大学生科技创新大赛决赛在图书馆报告厅举行。经过初赛、复赛层层选拔，来自14个学院的32支队伍进入决赛，最终评出特等奖3项、一等奖8项。",
            "本届大赛作品涵盖智能硬件、生物医药、乡村振兴等领域，不少作品已申请专利。机械工程学院学生团队研发的“果园采摘机器人”获得特等奖，该机器人可自动识别成熟果实并完成采摘，已在柘川两家果园试用。",
            "据了解，“星火杯”大赛自2027年创办以来，累计吸引1.2万余名学生参赛，孵化学生创业项目40余个。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    c = Article(
        "c", "毕业季里的“学位服”", kind="brief",
        byline="（学生记者　贺一舟　摄）", authors=["贺一舟"], tail="（学生记者　贺一舟　摄）",
        notes="Photo news (brief): headline letter-spaced with single ASCII spaces (written unspaced), caption with "
              "the credit （学生记者 X　摄） run in at its end (the byline, excluded from last); the photographer is "
              "the author.",
        paras=[
            "6月10日，2035届毕业生身着学位服在校园内合影留念。今年我校共有本科、研究生毕业生9800余人。",
        ])
    pg.headline(c, sep=" ")
    pg.body(c)
    d = Article(
        "d", "校友捐资设立“青年科学家基金”", head=["校友捐资设立", "“青年科学家基金”"],
        byline="本报讯（记者　蒲晓岚）", authors=["蒲晓岚"], lead="本报讯（记者　蒲晓岚）",
        notes="Headline on two lines, joined. Run-in 本报讯（记者 X） excluded from first. The donor quoted (祝鸿远) "
              "is not an author.",
        paras=[
            "6月11日，我校1998届化学系校友祝鸿远向母校捐资3000万元，设立“鸿远青年科学家基金”，用于支持我校35岁以下青年教师开展基础研究和交叉学科探索。",
            "根据协议，基金每年遴选资助10名左右青年教师，每人资助期限三年，资助经费可由受资助人自主安排使用。祝鸿远在捐赠仪式上说，希望基金能帮助青年学者心无旁骛做研究，“敢于坐冷板凳，也敢于啃硬骨头”。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版编辑：唐小棠　　校对：乐知远"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kd08() -> Page:
    """大学报 学术·科研 page of a 46-character column, blank lines only between articles and blocks: research news
    with byline line 通讯员 X　记者 Y and some letter-spaced (justified) lines; label 学者访谈 over an interview of
    【问】／【答】 paragraphs; table of recent papers; run-in 本报讯（通讯员 X） item."""
    pg = Page("kd08.txt", cols=46, indent=FW * 2, blanks="arts", seed=3408,
              style="大学报 学术·科研 page of a 46-character column, two U+3000 indent, blank lines only between articles and blocks: header on two lines (版名 letter-spaced 学　术　·　科　研 + 3; paper + date); research news with byline line 通讯员 X　记者 Y and three body lines letter-spaced (justified) with single spaces; label 学者访谈 over an interview: headline in quotation marks, ——副题 访…, byline line 学生记者 X　Y, intro paragraph, then 【问】／【答】 paragraphs (three pairs); table of recent papers (title, header row, three rows, 来源 line); run-in 本报讯（通讯员 X） item; footer with editor and 美编")
    pg.furniture(["学　术　·　科　研　3",
                  "柘川大学报　2035年6月12日"], "page header")
    pg.blank()
    a = Article(
        "a", "我校团队揭示水稻耐盐碱新机制",
        byline="通讯员　陆远汀　记者　蒲晓岚", authors=["陆远汀", "蒲晓岚"],
        notes="Research news. Byline line 通讯员 X　记者 Y (通讯员 first): both are authors. Letter-spaced (justified) "
              "body lines stay body. The professor quoted (钱稻生) is not an author.",
        paras=[
            "近日，我校农学院盐碱地作物育种团队在国际学术期刊《植物学前沿》发表研究论文，首次发现水稻中一个调控根系钠离子外排的关键基因，并揭示了其在盐碱胁迫下的作用机制。这一成果为培育耐盐碱水稻新品种提供了新的基因资源。",
            "我国有大面积盐碱地，其中相当一部分具有开发利用潜力。培育耐盐碱作物品种，是盐碱地综合利用的重要途径。团队负责人、农学院教授钱稻生介绍，团队从收集的1200余份水稻种质资源中筛选出一份耐盐碱能力突出的地方品种，经过五年的遗传定位和功能验证，最终锁定了这一关键基因。",
            "研究发现，在盐碱胁迫条件下，该基因能够被快速激活，增强根系细胞将钠离子“泵”出体外的能力，从而减轻盐分对植株的伤害。将该基因导入常规水稻品种后，在盐度为千分之六的田间条件下，水稻产量比对照提高了26%。",
            "目前，团队已利用该基因培育出3个耐盐碱水稻新品系，正在柘川沿海盐碱地开展多点试种。钱稻生表示，争取三年内育成适合大面积推广的新品种。该研究得到了国家自然科学基金等项目的资助。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [1, 4, 7]))
    pg.blank()
    b = Article(
        "b", "“做科研要耐得住寂寞”", section="学者访谈", kind="interview",
        subtitle="——访物理与天文学院教授柯映雪",
        byline="学生记者　沈清禾　纪南", authors=["沈清禾", "纪南"],
        notes="Interview under the label 学者访谈 (section): headline in quotation marks, ——副题 is the subtitle, byline "
              "line 学生记者 X　Y (both student reporters are authors). **new:** an intro paragraph, then 【问】／【答】 "
              "paragraphs (all body). The professor who answers (柯映雪) is not an author. Kind interview.",
        paras=[
            "柯映雪教授长期从事凝聚态物理研究，她带领团队在新型超导材料领域取得多项原创成果，近日获评柘川市“杰出科技工作者”。日前，本报学生记者对她进行了专访。",
            "【问】您从事超导材料研究已经二十多年，是什么让您坚持下来？",
            "【答】是好奇心。超导现象本身就非常迷人，一种材料在低温下电阻突然消失，背后的物理机制至今还有很多未解之谜。做基础研究，很多时候是在黑暗中摸索，可能好几年都没有结果。如果没有发自内心的好奇，很难坚持下来。",
            "【问】您的团队去年发现了一种新的超导材料体系，能谈谈这个过程吗？",
            "【答】这个发现其实有一定偶然性。当时我们在研究另一种材料的磁性，一位博士生发现样品在某个温度下的电阻曲线有异常。我们没有放过这个“异常”，前后做了两百多次实验，最终确认是一种新的超导相。所以我常说，实验中的“意外”往往藏着新发现，关键是要有敏锐的眼光和严谨的态度。",
            "【问】对于有志于从事科研的同学，您有什么建议？",
            "【答】第一，打牢基础，数学和物理的基本功要扎实；第二，多动手，实验能力是在一次次失败中练出来的；第三，耐得住寂寞，不要急于求成。科研没有捷径，但只要方向对了，每一步都算数。",
        ])
    pg.furniture(["学者访谈"], "column label 学者访谈")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    pg.furniture(["近期我校部分高水平学术成果",
                  "成果（简称）　　　　　　　　第一单位　　　　　　　发表期刊",
                  "水稻根系钠离子外排调控机制　农学院　　　　　　　　《植物学前沿》",
                  "新型层状超导材料的发现　　　物理与天文学院　　　　《凝聚态前沿》",
                  "低功耗类脑芯片架构　　　　　信息科学与工程学院　　《智能计算学报》",
                  "来源：科学技术研究院"], "table of recent papers (not an article)")
    pg.blank()
    d = Article(
        "d", "我校与曦光半导体共建光电芯片联合实验室",
        byline="本报讯（通讯员　陆远汀）", authors=["陆远汀"], lead="本报讯（通讯员　陆远汀）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "6月10日，我校与汀澜曦光半导体有限公司共建的光电芯片联合实验室揭牌。双方将围绕单光子探测、硅基光电子集成等方向开展联合攻关，企业五年内投入研发经费5000万元。",
            "根据协议，联合实验室将实行“双负责人”制度，由学校教授和企业技术骨干共同牵头，研究生可在企业开展课题研究，优秀毕业生优先进入企业工作。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：唐小棠　　美编：何一苇"], "footer")
    return pg


PAGES = [kd05, kd06, kd07, kd08]
