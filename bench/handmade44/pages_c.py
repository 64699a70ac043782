"""Pages kn09-kn12 of handmade44 (development set; all papers, magazines, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kn09() -> Page:
    """Policy magazine 理论研究 page, 46 characters wide, NO indent and NO blank line: a theory article by two
    authors (◎ X　Y) with crossheads 一、 and nested （一）, note marks ①–③, a 注释 block and a 【作者简介】 after it,
    two body lines and a crosshead letter-spaced; label 新书评介 over a book review (——评《…》, 文／X) whose text
    runs on to another page: jump line （下转第34页） after it; footer."""
    pg = Page("kn09.txt", cols=46, indent="", blanks="never", seed=4409,
              style="policy magazine 理论研究 page, 46 characters wide, NO indent and NO blank line anywhere: header on one line (page number, magazine, issue); label 理论研究 over a theory article: headline, byline line ◎ X　Y, crossheads 一、二、三、 with nested （一）（二）（三） under the first (two crossheads in a row), note marks ①②③ in the text, two body lines and one crosshead letter-spaced (justified with single spaces), a 注释 block (注释： ①… ②… ③…) and a 【作者简介】 of both authors (two lines) after the body; label 新书评介 over a book review with ——评《…》 and byline line 文／X whose text continues on another page (jump line （下转第34页） on a line of its own); footer with editor and proof-reader")
    pg.furniture(["28　治理与发展　2035年第9期（5月上）"], "running header")
    pg.furniture(["理论研究"], "column label 理论研究")
    a = Article(
        "a", "数据要素赋能新质生产力的作用机理与实现路径", kind="commentary", section="理论研究",
        byline="◎ 聂长庚　尹知秋", authors=["聂长庚", "尹知秋"],
        notes="Theory article under the label 理论研究 (section) by two authors (byline line ◎ X　Y). Crossheads "
              "一、 and nested （一） are body (two crosshead lines in a row); note marks ①–③ stay in the text; two "
              "body lines and the crosshead 二、 are letter-spaced (written unspaced). The 注释 block and the "
              "【作者简介】 lines after the body are not body. Commentary (signed theory article).",
        paras=[
            "数据作为新型生产要素，正在深刻改变生产方式、生活方式和治理方式。与土地、劳动、资本等传统生产要素相比，数据具有非竞争性、可复制性和规模报酬递增等特征①，能够与其他要素深度融合，提升全要素生产率。深入研究数据要素赋能新质生产力的作用机理，对于加快培育和发展新质生产力具有重要意义。",
            Cross("一、数据要素赋能新质生产力的作用机理"),
            Cross("（一）提升劳动者素质"),
            "数据要素的广泛应用，要求劳动者掌握数字技能，推动劳动力结构向知识型、技能型转变。同时，数字化学习平台降低了技能培训的成本，使劳动者能够更便捷地获取新知识、新技能。",
            Cross("（二）拓展劳动资料"),
            "以数据为核心的智能设备、工业软件、算力基础设施，构成了新型劳动资料。它们突破了传统劳动资料在时间和空间上的限制，使生产过程更加精准、高效和柔性。",
            Cross("（三）丰富劳动对象"),
            "数据本身成为重要的劳动对象，数据的采集、加工、分析和交易形成了新的产业形态。数据与实体经济结合，还催生了智能制造、智慧农业、数字金融等一批新业态②。",
            Cross("二、数据要素赋能新质生产力面临的制约"),
            "一是数据供给质量不高。公共数据开放程度有限，企业数据“孤岛”现象普遍，数据标准不统一，可用性较差。二是数据流通交易机制不健全。数据确权难、定价难、互信难的问题尚未有效破解，场内交易规模偏小。三是数据安全治理能力有待提升。数据跨境流动、个人信息保护等方面的规则仍需完善。",
            Cross("三、数据要素赋能新质生产力的实现路径"),
            "第一，加快构建数据基础制度体系。探索数据产权结构性分置制度，建立数据资源持有权、数据加工使用权、数据产品经营权分置的产权运行机制。第二，扩大高质量数据供给。推动公共数据授权运营，引导行业龙头企业开放数据资源，建设高质量行业数据集。",
            "第三，培育数据流通交易市场。完善数据交易所功能，发展数据经纪、数据资产评估等第三方专业服务机构③。第四，筑牢数据安全屏障。健全数据分类分级保护制度，提升数据安全监测预警和应急处置能力。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [1, 13, 15]))
    pg.furniture(["注释："]
                 + wrap("①陶望舒：《数据要素的经济学性质》，载《经济理论前沿》2033年第7期。", 46)
                 + wrap("②柴秋实：《数字经济新业态的形成机制》，岚湾大学出版社2034年版，第56页。", 46)
                 + wrap("③数据交易服务机构的发展情况，参见九州数据产业研究院编《2034年数据要素市场发展报告》。", 46),
                 "注释 block of the article (not body)")
    for ln in wrap("【作者简介】聂长庚，治理与发展研究院数字经济研究所所长、研究员；尹知秋，云岫财经大学经济学院副教授。", 46):
        pg.line(a, ln, "bio")
    pg.furniture(["新书评介"], "column label 新书评介")
    b = Article(
        "b", "在县域中读懂中国金融", kind="commentary", section="新书评介",
        subtitle="——评《县域金融的逻辑》", byline="文／郁晚舟", authors=["郁晚舟"],
        notes="Book review under the label 新书评介 (section): ——评《…》 is the subtitle, byline line 文／X (the "
              "reviewer is the author; the book's author 俞怀川 is not). **new:** the text continues on another page: "
              "the jump line （下转第34页） on a line of its own after it is not body, and last is the end of the "
              "text printed on this page. Commentary.",
        paras=[
            "县域金融是我国金融体系中最接近基层、最贴近百姓的部分，却长期缺乏系统深入的研究。岚湾大学金融学院俞怀川教授的新著《县域金融的逻辑》，以作者十余年间在全国40多个县的调研为基础，对县域金融的运行规律作了全景式的描述和分析，读来颇有启发。",
            "全书最大的特色，是把县域金融放到县域经济社会发展的整体中去观察。作者没有停留在存贷款数据的统计分析上，而是深入农村信用社的信贷员、小微企业主和种养大户之中，记录下他们在借贷过程中的真实经历。书中关于“熟人社会”中信用生成机制的一章，既有扎实的田野材料，又有清晰的理论提炼，揭示了县域信贷市场中非正式制度的重要作用。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture([FW * 39 + "（下转第34页）"], "jump line （下转第34页） (not body)")
    pg.furniture(["责任编辑：蓝思远　　校对：付一禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kn10() -> Page:
    """Economic daily 评论·观点 page extracted with a blank line after EVERY line: label 经济时评 over an essay
    (□ X, several body lines letter-spaced, bio line （作者单位：…）); label 记者观察 over a reporter's comment
    (——副题, 本报记者 X); label 短评 over a piece whose headline is printed AFTER its body (signed （X） at the
    end of the body)."""
    pg = Page("kn10.txt", cols=28, indent=FW * 2, blanks="every", seed=4410,
              style="national economic daily 评论·观点 page extracted with a blank line after EVERY line: header on two lines; label 经济时评 over an essay with byline line □ X, three body lines letter-spaced (justified with single spaces) and the bio line （作者单位：…） after the body; label 记者观察 over a reporter's comment with ——副题 and byline line 本报记者 X; label 短评 over a piece whose body comes first (signed （X） run in at its end) and whose headline is printed AFTER it; footer with editor, designer and proof-reader")
    pg.furniture(["澄川经济日报　" + cn_date(2035, 3, 25),
                  "第6版　评论·观点"], "page header")
    a = Article(
        "a", "稳就业要在“扩容”与“提质”上同时用力", kind="commentary", section="经济时评",
        byline="□ 韦予安", authors=["韦予安"],
        notes="Essay under the label 经济时评 (section), byline line □ X. Three body lines are letter-spaced "
              "(single spaces), written unspaced in first/last. The bio line （作者单位：…） after the body is not "
              "body. Commentary.",
        paras=[
            "就业是最基本的民生。今年高校毕业生规模预计达1280万人，再创历史新高，加上城镇新增劳动力和农村转移劳动力，稳就业任务依然繁重。与此同时，结构性就业矛盾更加突出，“有活没人干”与“有人没活干”并存。",
            "稳就业，首先要扩大就业容量。经济增长是就业之本，要更加注重发展吸纳就业能力强的产业，支持服务业、中小微企业和个体工商户发展，为劳动者创造更多岗位。对吸纳就业多的企业，要在税费、社保、信贷等方面给予更大力度支持。",
            "稳就业，还要提升就业质量。要大力开展职业技能培训，围绕先进制造、数字经济、养老托育等领域紧缺岗位，推行“订单式”“定向式”培训，提高劳动者与岗位的匹配度。要加强灵活就业和新就业形态劳动者权益保障，让他们的劳动更有尊严、更有保障。",
            "扩容与提质相辅相成。只有既做大就业“蛋糕”，又提高就业“含金量”，才能实现更加充分、更高质量的就业。",
        ])
    pg.furniture(["经济时评"], "column label 经济时评")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [1, 6, 11]))
    pg.line(a, "（作者单位：澄川社会科学院人口与劳动经济研究所）", "bio")
    b = Article(
        "b", "“反向旅游”火了，小城如何接住流量", kind="commentary", section="记者观察",
        subtitle="——来自三座小城的观察", byline="本报记者　樊晓星", authors=["樊晓星"],
        notes="Reporter's comment under the label 记者观察 (section): ——副题 is the subtitle, byline line 本报记者 X "
              "(the author). Commentary (an opinion piece by a reporter). People quoted are not authors.",
        paras=[
            "今年以来，避开热门景区、到人少的小城旅游的“反向旅游”持续走热。记者近期走访了南屏、雁栖、白石三座小城发现，游客量较往年明显增加，民宿、餐饮、文创等消费随之升温，但配套设施不足、服务水平参差不齐等短板也随之显现。",
            "在雁栖县，一条百年老街因短视频走红，周末游客一度超过3万人次。当地民宿经营者说，旺季房价上涨了一倍，仍然一房难求。但停车场不足、公共厕所排长队等问题，也让部分游客直呼“体验感打折”。",
            "“反向旅游”的兴起，反映了游客对个性化、深度化旅游体验的追求。对小城来说，这是一次难得的发展机遇，也是一次对治理能力的考验。接住流量，既要补齐交通、住宿、卫生等基础设施短板，也要挖掘本地文化特色，避免千城一面。",
            "流量终会退潮，留下来的是口碑。小城要算长远账，不搞短期炒作，把服务做实、把特色做足，才能让游客“来了还想来”。",
        ])
    pg.furniture(["记者观察"], "column label 记者观察")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "让“银发经济”更有温度", kind="commentary", section="短评",
        byline="（蒋若愚）", authors=["蒋若愚"], tail="（蒋若愚）",
        notes="Piece under the label 短评 (section) whose body comes first, right under the label, and whose "
              "headline is printed AFTER the body; signed （X） run in at the end of the body (excluded from last). "
              "Commentary.",
        paras=[
            "随着人口老龄化程度加深，“银发经济”市场规模不断扩大。适老化家电、康复辅具、老年旅游等产品和服务需求旺盛，但市场上也存在产品不够实用、服务不够贴心、诱导消费等问题。",
            "发展“银发经济”，不能只盯着老年人的钱包，更要读懂老年人的需求。企业要从老年人的实际使用场景出发设计产品，相关部门要加大对针对老年人的虚假宣传、保健品骗局的打击力度，让老年人消费得放心、安心。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.body(c)
    pg.headline(c)
    pg.furniture(["本版编辑：阮清和　　美编：童小米　　校对：覃一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kn11() -> Page:
    """Economic paper 观点·争鸣 page indented with ONE U+3000: series label and 【编者按】 run in at the start of
    the note; three essays of the series: byline ○ X（post）, byline NAME with the bio line （作者系…） after the
    body, byline 文／X."""
    pg = Page("kn11.txt", cols=36, indent=FW, blanks="some", seed=4411, p_para=0.3, p_gap=0.75,
              style="economic paper 观点·争鸣 page indented with ONE U+3000, blank lines sometimes: header on three lines; series label (“新质生产力怎么看”大家谈) over an 编者按 whose label 【编者按】 is run in at the start of its first line; three essays of the series: the first with byline line ○ X（post） (post in brackets after the name), the second with byline line NAME alone and the bio line （作者系…董事长） after the body, the third (a dissenting view) with byline line 文／X; footer with editor, designer and e-mail")
    pg.furniture(["九域经济导报",
                  cn_date(2035, 9, 4),
                  "第10版　观点·争鸣"], "page header")
    pg.blank()
    series = "“新质生产力怎么看”大家谈"
    pg.furniture([series], "series label")
    pg.furniture(wrap("【编者按】发展新质生产力是推动高质量发展的内在要求和重要着力点。新质生产力“新”在哪里？各地应如何因地制宜加以培育？本报今起开设“‘新质生产力怎么看’大家谈”栏目，邀请专家学者和企业界人士各抒己见，欢迎读者参与讨论。", 36, FW),
                 "编者按 over the series (not an article)")
    pg.blank()
    a = Article(
        "a", "因地制宜是发展新质生产力的方法论", kind="commentary", section=series,
        byline="○ 韩知远（九域大学经济学院副教授）", authors=["韩知远"],
        notes="First essay of the series (the series label is the section; the 编者按 under it is not part of the "
              "essay). Byline line ○ NAME（post）: the name is the author. Commentary.",
        paras=[
            "发展新质生产力，不是忽视、放弃传统产业，也不是一哄而上、搞一种模式。各地资源禀赋、产业基础、科研条件差异很大，如果不顾实际盲目追逐热门赛道，很可能造成产能过剩和资源浪费。",
            "因地制宜，首先要找准比较优势。科教资源丰富的地区，可以在前沿技术研发和未来产业培育上多下功夫；制造业基础雄厚的地区，应把重点放在传统产业的高端化、智能化、绿色化改造上；生态资源突出的地区，则可以探索生态产品价值实现的新路径。",
            "因地制宜，还要处理好“立”与“破”的关系。新产业的成长需要时间，在新动能尚未形成规模之前，要稳住传统产业的基本盘，做到先立后破、有序转换。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "企业是发展新质生产力的主力军", kind="commentary", section=series,
        byline="胡远征", authors=["胡远征"],
        notes="Second essay of the series (section), byline line NAME alone under the headline; the bio line "
              "（作者系…董事长） after the body is not body. The writer is a company chairman (the author). "
              "Commentary.",
        paras=[
            "作为一家从零部件加工起家的制造企业，我们对新质生产力有切身体会。十年前，公司主要靠低价接单，利润率不到5%；这些年，我们坚持把销售收入的6%以上投入研发，攻克了精密减速器等关键部件技术，产品毛利率提高到30%以上。",
            "我们的体会是，企业发展新质生产力，要舍得在创新上投入，更要善于把技术优势转化为市场优势。创新不是“一锤子买卖”，需要长期坚持，也需要政策环境的支持。希望政府在首台（套）应用、知识产权保护、科技金融等方面持续加力，帮助企业跨越创新的“死亡之谷”。",
            "新质生产力归根到底要靠人。企业要舍得在人才上花钱，建立与创新贡献相匹配的激励机制，让科研人员有奔头、有干劲。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "（作者系九域智能装备股份有限公司董事长）", "bio")
    pg.blank()
    c = Article(
        "c", "警惕新质生产力“概念化”倾向", kind="commentary", section=series,
        byline="文／柯听澜", authors=["柯听澜"],
        notes="Third essay of the series (section; a dissenting view), byline line 文／X. Commentary.",
        paras=[
            "在一些地方，“新质生产力”成了热门词，但也出现了“概念化”“标签化”的苗头：有的把传统项目简单换上“新质”的名头，有的在规划中堆砌时髦概念，却缺少实实在在的项目和举措。",
            "发展新质生产力是一项长期任务，必须尊重科技创新和产业发展的规律，不能搞运动式推进。评价一个地方新质生产力发展得好不好，要看研发投入、创新成果和全要素生产率提高的实绩，而不是看口号喊得多响、概念用得多新。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：岑小舟　　美编：宁一冉",
                  "欢迎来稿：guandian@jyjjdb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kn12() -> Page:
    """Party daily page 2 (要闻·评论) indented with two ASCII spaces, column breaks every 14 body lines: the end of
    the front page's editorial (its headline printed again, jump line （上接第一版）); 评论员文章 with a named
    本报评论员　X; label 岫山时评 over a piece signed （X） at the end."""
    pg = Page("kn12.txt", cols=25, indent="  ", blanks="some", colbreak=14, seed=4412, p_para=0.5, p_gap=0.9,
              style="provincial party daily page 2 (要闻·评论) indented with two ASCII spaces, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on three lines; the continuation of the front page's editorial: its headline printed again, then the jump line （上接第一版） on a line of its own, then the rest of its text (no label, no byline on this page); 评论员文章 with byline line 本报评论员　X naming the writer; label 岫山时评 over a piece signed （X） run in at the end; footer with 责任编辑, 版面编辑 and 美编")
    pg.furniture(["2",
                  "要闻·评论",
                  "云岫日报　" + cn_date(2035, 4, 16)], "page header")
    pg.blank()
    a = Article(
        "a", "奋力谱写县域振兴新篇章", kind="commentary",
        notes="**new:** continuation of the front page's editorial: its headline printed again over the jump line "
              "（上接第一版） (not body) and the rest of its text. Annotated as an article of this page: title the "
              "repeated headline, body the text printed here; no label or byline on this page (section and byline "
              "null, no authors). Commentary.",
        paras=[
            "推动县域振兴，产业是根基。各地要立足资源禀赋，做强做优主导产业，推动农产品加工业向县域集中、向园区集聚，让农民更多分享产业增值收益。要深化“强县扩权”改革，赋予县级更多经济社会管理权限，激发县域发展的内生动力。",
            "推动县域振兴，人才是关键。要完善人才引进、培养、使用、激励机制，鼓励高校毕业生、外出务工人员、退役军人返乡创业就业，让各类人才在县域大有可为。",
            "推动县域振兴，民生是底色。要加快补齐县域教育、医疗、养老等公共服务短板，推进城乡基本公共服务均等化，让县域群众的获得感成色更足、幸福感更可持续。全省上下要以时不我待的紧迫感，抓实抓细各项任务，奋力谱写县域振兴新篇章。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第一版）"], "jump line （上接第一版） (not body)")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "让“小切口”改革释放“大红利”", kind="commentary",
        byline="本报评论员　陆青禾", authors=["陆青禾"],
        notes="评论员文章 whose byline line 本报评论员　X names the writer: the named commentator is the author (as "
              "the 特约评论员 of kn03). Commentary.",
        paras=[
            "近日，我省公布第二批“微改革”优秀案例，岫阳市“一件事一次办”、松陵县“农村宅基地审批全程网办”等20个案例入选。这些改革切口不大，却直击群众和企业办事的痛点堵点，取得了实实在在的成效。",
            "改革不一定都是大刀阔斧，很多时候是从“小切口”入手。一张表单的简化、一个流程的优化、一项服务的下沉，看似微不足道，却能让群众少跑路、企业少花钱。据统计，第一批“微改革”案例推广以来，全省涉企审批事项平均办理时间缩短了42%。",
            "“小切口”改革要释放“大红利”，关键在于推广复制。各地各部门要加强学习借鉴，结合本地实际把好经验好做法用起来，避免“一地创新、多地观望”。同时，要建立改革成效评估机制，及时总结推广，对效果不好的及时调整。",
            "改革无止境。只要坚持问题导向，从群众最关心、最迫切的事情改起，积小胜为大胜，就一定能不断增强人民群众的获得感。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "农产品“出村进城”还需打通冷链", kind="commentary", section="岫山时评",
        byline="（雷知秋）", authors=["雷知秋"], tail="（雷知秋）",
        notes="Piece under the label 岫山时评 (section), signed （X） run in at the end, excluded from last. "
              "Commentary.",
        paras=[
            "眼下正是春茶上市时节，我省各地茶农忙着采摘、加工、销售。但记者了解到，一些偏远山区的茶叶、水果等生鲜农产品，因缺乏冷链物流，损耗率高达20%以上，农民增产不增收。",
            "打通农产品“出村进城”的通道，要加快建设产地冷藏保鲜设施，支持供销社、邮政、快递企业在乡镇布局冷链集配中心，完善县乡村三级物流体系。让好产品卖得出、卖上好价钱，乡村振兴才有坚实的产业支撑。",
        ])
    pg.furniture(["岫山时评"], "column label 岫山时评")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：晏书白　　版面编辑：于小棠　　美编：侯一禾"], "footer")
    return pg


PAGES = [kn09, kn10, kn11, kn12]
