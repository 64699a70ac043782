"""Pages kb05-kb08 of handmade32 (development set; all papers, groups, firms, names, places and figures invented).

kb05 is the 安全生产 page of 昭岚交投报 (企业报 of an invented state-owned group); kb06-kb09 are pages of 禾丰人,
the 内刊 of an invented private firm (鹭汀禾丰智能家居股份有限公司).
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap

PAPER = "昭岚交投报"
MAG = "禾丰人"


# ---------------------------------------------------------------------------
def kb05() -> Page:
    """企业报 安全生产 page, blank lines only between articles and blocks: letter-spaced lead headline with run-in
    本报讯（记者 X　通讯员 Y）; label 案例警示 over an accident case with 【】 crossheads and a line 供稿：X部 after
    it; 安全生产“十不准” box of numbered rules; label 安全知识 over a piece with byline line 文/X; item signed
    （X　Y） run in at the end."""
    pg = Page("kb05.txt", cols=34, indent=FW * 2, blanks="arts", seed=3205,
              style="企业报 安全生产 page, blank lines only between articles and blocks: header on three lines (4　安全生产; paper + date with weekday; editor and proof-reader); lead whose headline is letter-spaced with single spaces (2035 kept whole), run-in 本报讯（记者 X　通讯员 Y）; label 案例警示 over an accident case whose body has three 【事故经过】-style crossheads and a line 供稿：集团安全环保部 printed after it (no person); box 安全生产“十不准” of ten numbered rules 一、…十、; label 安全知识 over a piece with byline line 文/X and six paragraphs opening 一要…六要; item signed （X　Y） (two names) run in at the end; footer with hotline and e-mail")
    pg.furniture(["4　安全生产",
                  PAPER + "　" + cn_date(2035, 6, 8),
                  "责任编辑：申屠月　　校对：甘棠"], "page header")
    pg.blank()
    a = Article(
        "a", "集团启动2035年“安全生产月”活动",
        byline="本报讯（记者　单若岩　通讯员　蒲星野）", authors=["单若岩", "蒲星野"],
        lead="本报讯（记者　单若岩　通讯员　蒲星野）",
        notes="Lead. Headline letter-spaced with single spaces (the year 2035 kept whole), written unspaced. Run-in "
              "本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "6月3日，集团召开2035年“安全生产月”活动启动会，围绕“人人讲安全、个个会应急——查找身边安全隐患”主题，部署开展安全宣传咨询、隐患排查整治、应急演练等8项重点活动。",
            "会议要求，各单位要以“安全生产月”为契机，深入开展重大事故隐患专项排查整治，重点盯紧高边坡、深基坑、隧道、高大模板和起重吊装等危险性较大的分部分项工程，对排查出的隐患建立台账、限期整改、闭环销号。",
            "活动期间，集团将组织安全管理人员开展“四不两直”暗查暗访，对隐患整改不力、事故多发的单位实行约谈和通报。各二级单位还将结合汛期特点，组织开展防汛、防坍塌、防触电等专项应急演练不少于2次。",
        ])
    pg.headline(a, sep=" ")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "一起违规动火作业引发的火灾事故", section="案例警示",
        byline="供稿：集团安全环保部",
        notes="Accident case under the label 案例警示 (section). The 【事故经过】【原因分析】【警示教育】 crossheads are "
              "body; the body opens with the first of them (first starts with 【事故经过】). **new:** the line 供稿：集团安全环保部 printed after the body is the byline (not body); it names "
              "a department, no person: no authors.",
        paras=[
            Cross("【事故经过】"),
            "2034年11月，外省某在建桥梁项目施工人员在未办理动火作业审批、未清理周边可燃物的情况下，使用气割设备切割钢护筒，飞溅的熔渣引燃下方堆放的防水卷材和木模板，引发火灾，烧毁施工材料和设备一批，直接经济损失约46万元，所幸未造成人员伤亡。",
            Cross("【原因分析】"),
            "直接原因是作业人员违规动火，作业前未清理下方可燃物，现场未配备灭火器材，也未安排专人监护；间接原因是项目安全管理制度执行不到位，现场材料堆放混乱，动火作业审批流于形式，作业前安全技术交底缺失。",
            Cross("【警示教育】"),
            "动火作业是施工现场火灾事故的主要诱因之一。各单位要严格执行动火作业分级审批制度，作业前必须清理周边可燃物、配备灭火器材并安排专人监护，作业后要确认无遗留火种方可离开。对违规动火行为，发现一起、处理一起。",
        ])
    pg.furniture(["案例警示"], "column label 案例警示")
    pg.headline(b)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.furniture(["安全生产“十不准”",
                  "一、不准无证上岗作业；",
                  "二、不准未经安全交底进行作业；",
                  "三、不准高处作业不系安全带；",
                  "四、不准未经审批动火作业；",
                  "五、不准擅自拆除安全防护设施；",
                  "六、不准酒后进入施工现场；",
                  "七、不准在吊物下方停留或通行；",
                  "八、不准私拉乱接临时用电线路；",
                  "九、不准有限空间作业不检测、不通风；",
                  "十、不准违章指挥、强令冒险作业。"], "安全生产“十不准” box of numbered rules (not an article)")
    pg.blank()
    c = Article(
        "c", "高温季节施工防暑“六要点”", section="安全知识",
        byline="文/芮清和", authors=["芮清和"],
        notes="Piece under the label 安全知识 (section), byline line 文/X: the writer is the author. The six "
              "paragraphs opening 一要…六要 are ordinary body paragraphs. Kind article.",
        paras=[
            "进入6月，全省大部分地区将陆续迎来高温天气。露天作业人员长时间处于高温环境中，容易发生中暑，严重时可危及生命。施工单位和作业人员要重点做好以下六个方面：",
            "一要合理调整作息。日最高气温达到35℃以上时，应缩短连续作业时间，中午12时至15时尽量停止露天高强度作业。",
            "二要做好防护。为作业人员配备遮阳帽、透气工作服，在作业点附近设置遮阳棚和休息点。",
            "三要及时补水。作业期间应少量多次饮用淡盐水或含电解质的饮料，不要等口渴了再喝水。",
            "四要保障饮食睡眠。饮食宜清淡，保证充足睡眠，避免空腹或疲劳作业。",
            "五要备好防暑药品。现场应配备藿香正气水、清凉油等常用药品。",
            "六要学会急救。发现有人出现头晕、恶心、大量出汗等症状，应立即将其转移到阴凉通风处，松解衣物、补充水分，症状严重的要及时送医。",
        ])
    pg.furniture(["安全知识"], "column label 安全知识")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "养护公司开展隧道火灾应急演练",
        byline="（蔺小川　伍嘉禾）", authors=["蔺小川", "伍嘉禾"], tail="（蔺小川　伍嘉禾）",
        notes="**new:** item signed with two names （X　Y） run in at the end: the byline, excluded from last; both "
              "are authors.",
        paras=[
            "6月5日，养护公司联合岱宁市消防救援支队，在岱雁高速青檀山隧道开展火灾事故应急演练。演练模拟一辆货车在隧道内起火，现场设置报警处置、交通管制、人员疏散、灭火救援等6个环节。",
            "从接警到明火扑灭，用时18分钟，隧道内被困的20名“群众”全部安全疏散。演练结束后，公司还组织参演人员对照预案逐项复盘，查找出联动通信不畅等3个问题，并明确了整改措施。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["安全生产举报电话：8826××××　　举报邮箱：anquan@zljtb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kb06() -> Page:
    """内刊 opening page, ONE U+3000 indent: masthead (内部刊物　注意保存, 主办, 主编); 本期目录 box (column names
    and page-numbered titles of other pages); label 卷首语 over an essay signed 本刊编辑部 right-aligned at the end;
    label 公司简讯 over three items whose headlines are run in at the start of their paragraph after ■."""
    pg = Page("kb06.txt", cols=28, indent=FW, blanks="para", seed=3206,
              style="private firm's 内刊 opening page indented with ONE U+3000, blank lines between paragraphs and blocks: masthead on six lines (magazine name, pinyin name, 2035年第2期（总第58期）, 内部刊物　注意保存, 主办 firm, 主编 and 责任编辑); 本期目录 box (four column names each over page-numbered titles of articles on other pages); label 卷首语 over an essay signed 本刊编辑部 alone, right-aligned, on a line at its end; label 公司简讯 over three items each run in after ■ as a headline at the start of its only paragraph (■title　text…), one signed （unit　NAME） at the end; footer")
    pg.furniture([MAG,
                  "HEFENG REN",
                  "2035年第2期（总第58期）",
                  "内部刊物　注意保存",
                  "主办：鹭汀禾丰智能家居股份有限公司",
                  "主编：霍语冰　　责任编辑：陶小蔓"], "masthead of the 内刊")
    pg.blank()
    pg.furniture(["本期目录",
                  "卷首语",
                  "01　把每一件小事做到极致",
                  "董事长讲话",
                  "02　坚定信心　守正创新　在变局中开辟增长新空间",
                  "市场一线",
                  "10　华东大区：一个季度啃下三个“硬骨头”",
                  "12　从“卖产品”到“卖方案”",
                  "员工心声",
                  "18　我和禾丰的第十个春天",
                  "19　在车间里读懂“匠心”"], "本期目录 box (table of contents; not articles)")
    pg.blank()
    a = Article(
        "a", "把每一件小事做到极致", section="卷首语", kind="commentary",
        byline="本刊编辑部",
        notes="**new:** 卷首语 (the magazine's opening essay) under its label (section), signed 本刊编辑部 alone, "
              "right-aligned, on a line at its end (the byline, written without its leading U+3000s; not body); "
              "no person: no authors. Commentary.",
        paras=[
            "一颗螺丝拧没拧紧，一条焊缝平不平整，一句回复及不及时，这些看似微不足道的小事，决定着一把智能锁能不能用上十年，也决定着一位客户会不会再次选择我们。",
            "去年，公司客服中心收到的用户反馈中，有六成与产品本身无关，而是与安装不规范、说明不清楚、回访不及时有关。这提醒我们，用户的体验是由每一个环节共同决定的，任何一个环节掉了链子，前面的努力都可能付诸东流。",
            "把小事做到极致，需要专注，更需要坚持。生产线上的员工把每道工序做到零缺陷，研发人员把每一行代码反复验证，销售和服务人员把每一次承诺落到实处，禾丰的品牌才能立得住、走得远。",
            "新的一年，愿我们每个人都从手边的小事做起，用一件件小事的极致，成就禾丰的大事业。",
        ])
    pg.furniture(["卷首语"], "column label 卷首语")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 23 + a.byline, "byline")
    pg.blank()
    pg.furniture(["公司简讯"], "column label 公司简讯")
    pg.blank()
    RUNIN = ("Item under the label 公司简讯 (section). **new:** its headline is run in after ■ at the start of its "
             "only paragraph (■title　text): title_line is that line, the title is written without the ■, and "
             "the run-in headline is excluded from first (as a bracketed run-in headline).")
    items = [
        Article("b", "公司获评省级专精特新中小企业", lead="■公司获评省级专精特新中小企业　", notes=RUNIN,
                paras=["3月21日，昭岚省工业和信息化厅公布2035年度省级专精特新中小企业名单，公司凭借在智能门锁和全屋智能控制系统领域的技术积累名列其中。目前，公司拥有有效专利286项，其中发明专利41项。"]),
        Article("c", "鹭汀二期智能工厂主体结构封顶", lead="■鹭汀二期智能工厂主体结构封顶　",
                byline="（总裁办　蒋若梅）", authors=["蒋若梅"], tail="（总裁办　蒋若梅）",
                notes=RUNIN + " Signed （unit　NAME） run in at the end: the byline, excluded from last; the name is "
                              "the author.",
                paras=["3月28日，公司鹭汀二期智能工厂主体结构顺利封顶。二期工厂总建筑面积6.8万平方米，规划建设智能门锁、智能窗帘电机等5条自动化生产线，预计明年一季度投产，达产后可新增年产值约9亿元。"]),
        Article("d", "公司与三所高校共建联合实验室", lead="■公司与三所高校共建联合实验室　", notes=RUNIN,
                paras=["近日，公司分别与闻川理工大学、鹭汀大学、昭岚职业技术学院签署合作协议，共建“智能家居人机交互”联合实验室，并设立每年200万元的产学研合作专项资金，重点开展语音交互、低功耗无线通信等方向的联合攻关。"]),
    ]
    for i, art in enumerate(items):
        art.section = "公司简讯"
        if i:
            pg.gap()
        pg.body(art, head_role=True)
    pg.blank()
    pg.furniture(["禾丰人　01"], "footer (magazine name and page number)")
    return pg


# ---------------------------------------------------------------------------
def kb07() -> Page:
    """内刊 董事长讲话 printed in full: headline on two lines, ——副题 …讲话, byline line 董事长　X, an 编者按 paragraph
    between the byline and the speech; speech with 一、…四、 crossheads; a note after it; column breaks."""
    pg = Page("kb07.txt", cols=40, indent=FW * 2, blanks="some", colbreak=16, seed=3207, p_para=0.35, p_gap=0.8,
              style="内刊 董事长讲话 page, blank lines sometimes plus column breaks (a blank line every 16 body lines, also inside paragraphs): header on two lines (magazine + issue; 版名 董事长讲话); speech printed in full: headline on two lines (the first two phrases parted by U+3000), ——副题 ——在公司2035年度经营工作会议上的讲话, byline line 董事长　X, an 编者按 paragraph (quoting the headline in 《》) between the byline and the speech; the speech opens with the salutation 各位同事： on a line of its own, has four crossheads 一、…四、 and ends with 谢谢大家！; a note （根据会议录音整理，有删节） after it; footer with page number")
    pg.furniture([MAG + "　2035年第2期", "董事长讲话"], "page header")
    pg.blank()
    a = Article(
        "a", "坚定信心守正创新在变局中开辟增长新空间",
        head=["坚定信心　守正创新", "在变局中开辟增长新空间"],
        subtitle="——在公司2035年度经营工作会议上的讲话",
        byline="董事长　骆成蹊", authors=["骆成蹊"],
        notes="**new:** a chairman's speech printed in full. Headline on two lines, joined, U+3000 dropped; ——副题 is "
              "the subtitle; the byline line 董事长　X names the speaker, whose text it is: he is the author. **new:** "
              "the 编者按 paragraph between the byline and the speech is the editors' note, not body (like a "
              "deck); the body runs from the salutation 各位同事： to 谢谢大家！, the 一、…四、 crossheads included. "
              "The note （根据会议录音整理，有删节） after the body is not body. The president named (甘望舒) is not "
              "an author. Kind article.",
        paras=[
            "各位同事：",
            "今天，我们召开2035年度经营工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。刚才，甘望舒总裁代表经营班子作了工作报告，我完全同意。下面，我讲四点意见。",
            Cross("一、正视困难，看清大势"),
            "过去的一年，是公司发展历程中极不平凡的一年。面对房地产市场深度调整、行业价格战愈演愈烈的严峻形势，全体禾丰人迎难而上，全年实现营业收入38.6亿元，同比增长6.2%；实现净利润2.14亿元，与上年基本持平。智能门锁线上销量连续三年位居行业前五，海外业务收入首次突破5亿元。这些成绩的取得，凝聚着每一位同事的心血和汗水。在这里，我代表董事会，向大家表示衷心的感谢！",
            "同时，我们也要清醒地看到，公司发展面临的困难和挑战前所未有。一方面，精装修房配套市场持续萎缩，工程渠道收入下降了17%；另一方面，行业新进入者不断增加，主流产品价格一年内下降了两成，毛利率被进一步压缩。对这些问题，我们不回避、不悲观，关键是要在变局中找准方向。",
            Cross("二、聚焦主业，打造增长新引擎"),
            "今年，公司经营工作的总体要求是：稳住基本盘，做强新增量，全年营业收入力争增长8%以上。",
            "一要稳住零售基本盘。坚持线上线下一体化，加快门店数字化改造，提升单店产出。二要做强整装和存量房改造市场。这是今后三到五年行业最大的增量，要加快与头部整装公司、家装平台的合作，推出适合老房改造的全屋智能套餐。三要加快出海步伐。以东南亚、中东为重点，建立本地化的销售和服务团队，今年海外收入力争突破7亿元。",
            Cross("三、守正创新，向技术和管理要效益"),
            "创新是禾丰的立身之本。今年，公司研发投入不低于营业收入的5%，重点突破低功耗通信模组、人脸识别算法等关键技术，全年推出新品不少于20款。",
            "管理出效益。要全面推行精益生产，鹭汀二期工厂要按照“灯塔工厂”标准建设；要严控费用，管理费用率要下降0.5个百分点；要加强应收账款管理，坚决防范经营风险。",
            Cross("四、以人为本，凝聚奋斗合力"),
            "事业因人而兴。今年，公司将实施“青禾计划”，三年内选拔培养100名青年骨干；完善绩效考核和股权激励机制，让奋斗者得到实实在在的回报；持续改善员工食堂、宿舍等生活条件，让大家工作得更舒心。",
            "各位同事，困难只是暂时的。只要我们坚定信心、守正创新、团结奋斗，就一定能够在变局中开辟增长新空间，推动公司实现高质量发展！",
            "谢谢大家！",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(wrap("编者按：2月26日，公司召开2035年度经营工作会议，全面总结2034年工作，部署2035年目标任务。董事长骆成蹊在会上作了题为《坚定信心　守正创新　在变局中开辟增长新空间》的讲话，深刻分析了公司面临的形势，明确了今年工作的总体思路和重点举措。现将讲话全文刊发，请各部门、各子公司认真组织学习，抓好贯彻落实。", 40, FW * 2),
                 "编者按 (editors' note before the speech; not body)")
    pg.gap()
    pg.body(a, indent=FW * 2)
    pg.furniture(["（根据会议录音整理，有删节）"], "note after the speech (not body)")
    pg.blank()
    pg.furniture(["02　" + MAG], "footer (page number and magazine name)")
    return pg


# ---------------------------------------------------------------------------
def kb08() -> Page:
    """内刊 市场一线 page extracted with a blank line after EVERY line, two ASCII spaces: label 市场一线 over a
    report with byline line 文/X　图/Y, a table and a photo caption after its body; an article with byline line
    □ unit　NAME; an item with run-in 本刊讯 and signed （unit　NAME） at the end."""
    pg = Page("kb08.txt", cols=24, indent="  ", blanks="every", seed=3208,
              style="内刊 市场一线 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines (magazine; issue + page); label 市场一线 over a report whose headline has a colon (华东大区：…), byline line 文/X　图/Y, then after its body a table (title, header row 大区 / 签约额（万元） / 同比（%） / 排名, four rows, 数据来源) and a photo caption with credit on two lines; an article with byline line □ unit　NAME (□ 营销中心　X); an item with the run-in 本刊讯 and signed （unit　NAME） run in at the end; footer")
    pg.furniture([MAG, "2035年第2期　第10页"], "page header")
    pg.furniture(["市场一线"], "column label 市场一线")
    a = Article(
        "a", "华东大区：一个季度啃下三个“硬骨头”", section="市场一线",
        byline="文/曲映雪　图/包小寒", authors=["曲映雪"],
        notes="Report under the label 市场一线 (section); byline line 文/X　图/Y: the writer is the author, the "
              "photographer is not. The table and the photo caption printed after the body are not body. The "
              "regional manager quoted (褚一鸣) is not an author.",
        paras=[
            "一季度，华东大区完成签约额1.86亿元，同比增长23%，在全国七个大区中排名第一。更让大区总经理褚一鸣感到欣慰的是，团队拿下了三个多年没能突破的“硬骨头”客户。",
            "第一个是一家头部整装公司。过去两年，大区销售团队先后上门拜访了17次，始终没能进入对方的供应商名单。今年初，团队针对其老房改造业务需求，联合研发中心定制开发了免布线智能照明方案，最终拿下了全年3万套的框架协议。",
            "另外两个分别是一家连锁酒店集团和一所高校的宿舍改造项目。“这两个项目都是‘啃’出来的。”褚一鸣说，为了赶在开学前完成4800间宿舍的门锁更换，安装团队连续20天吃住在校园里。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["一季度各大区签约情况",
                  "大区　签约额（万元）　同比（%）　排名",
                  "华东　18600　　　　　 23.0　　　 1",
                  "华南　15420　　　　　 11.6　　　 2",
                  "西南　9870　　　　　　31.2　　　 3",
                  "华北　9130　　　　　　-4.5　　　 4",
                  "数据来源：营销中心"], "table after the body (not body)")
    pg.furniture(["图为华东大区安装团队在高校宿舍更换智能门锁。", "包小寒　摄"], "photo caption with credit (not body)")
    b = Article(
        "b", "从“卖产品”到“卖方案”", section="市场一线",
        byline="□ 营销中心　樊若溪", authors=["樊若溪"],
        notes="Article under the label 市场一线 (section); byline line □ unit　NAME: the unit is not a person, the "
              "name is the author.",
        paras=[
            "过去，我们的销售人员见到客户，开口就是产品参数和价格。现在，越来越多的客户关心的是：你能不能帮我解决问题？",
            "去年下半年开始，营销中心组建了12人的方案工程师团队，专门为酒店、公寓、养老机构等客户提供从需求调研、方案设计到安装调试的全流程服务。今年一季度，方案类订单占工程渠道签约额的比重由去年同期的18%提高到37%，平均毛利率比单品销售高出约6个百分点。",
            "从“卖产品”到“卖方案”，变的不只是销售方式，更是我们对客户的理解。只有真正站在客户的角度思考，才能在激烈的市场竞争中赢得主动。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "西南大区签下首个智慧公寓大单", section="市场一线",
        byline="（西南大区　戚远帆）", authors=["戚远帆"], lead="本刊讯　", tail="（西南大区　戚远帆）",
        notes="**new:** item with the bare run-in 本刊讯 (the magazine's own-report mark, excluded from first) and "
              "signed （unit　NAME） run in at the end: the signature is the byline, excluded from last; the name "
              "is the author.",
        paras=[
            "3月下旬，西南大区与蓼城一家长租公寓运营商签订合作协议，为其旗下11个项目共计3600套公寓提供智能门锁、智能电表及集中管理平台，合同金额1460万元。这是公司在长租公寓领域签下的首个千万元级订单。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["责任编辑：陶小蔓"], "footer")
    return pg


PAGES = [kb05, kb06, kb07, kb08]
