"""Pages y05-y08 of handmade14 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def y05() -> Page:
    """食品报 监管·抽检 page indented with ONE U+3000: an article followed by a 相关链接 box that has its own
    headline; a 食安时评 piece with byline line 本报评论员 X; a run-in 本报讯（通讯员 X　记者 Y） item."""
    pg = Page("y05.txt", cols=34, indent=FW, blanks="para", seed=1405,
              style="食品报 监管·抽检 page indented with ONE U+3000: report with byline line 本报记者 X; article with byline line 本报记者 X　实习生 Y followed by a 相关链接 box with its own headline (预制菜是什么？) and two paragraphs; label 食安时评 over a comment with byline line 本报评论员 X; run-in 本报讯（通讯员 X　记者 Y） item; footer with editor and submission e-mail")
    pg.furniture(["澜川食品安全报", cn_date(2033, 8, 19) + "　第4版　监管·抽检"], "page header")
    pg.blank()
    a = Article(
        "a", "上半年全省食品抽检合格率达98.6%", byline="本报记者　郁晓檀", authors=["郁晓檀"],
        notes="Byline line 本报记者 X.",
        paras=[
            "记者从省市场监督管理局获悉，上半年，全省各级市场监管部门共完成食品安全监督抽检18.7万批次，总体合格率为98.6%，与去年同期基本持平。其中，粮食加工品、食用油、乳制品、饮料等大宗日常消费食品合格率均保持在99%以上。",
            "从发现的问题看，农兽药残留超标、微生物污染、超范围超限量使用食品添加剂仍是主要问题，分别占不合格样品总数的34.2%、22.8%和17.5%。问题主要集中在蔬菜、水产品、餐饮食品和糕点等品类。",
            "“抽检不是目的，关键是要把发现的问题处置到位。”省市场监管局食品抽检监测处负责人表示，对抽检发现的不合格食品，监管部门已全部启动核查处置程序，依法查处违法案件1260件，罚没款2380万元，并督促企业查找原因、召回产品、整改到位。",
            "下半年，省市场监管局将聚焦中秋、国庆等节日市场和校园周边、农村集市等重点区域，加大对月饼、食用农产品、网红食品等的抽检力度，抽检信息将通过省市场监管局官网及时向社会公布。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "预制菜地方标准11月起实施", byline="本报记者　邰一禾　实习生　姜沐", authors=["邰一禾", "姜沐"],
        notes="Byline line 本报记者 X　实习生 Y, both authors; the association's secretary-general quoted (詹秋平) is "
              "not. The 相关链接 box printed right after it (label, own headline, two paragraphs) is a separate "
              "article, not part of this body.",
        paras=[
            "8月17日，省市场监督管理局发布《预制菜生产许可审查细则》和《预制菜冷链配送规范》两项地方标准，将于11月1日起正式实施。这是我省首次针对预制菜产业出台地方标准。",
            "根据标准，预制菜生产企业须具备与产品相适应的原料处理、加工、包装和冷藏冷冻设施，生产车间清洁作业区与一般作业区应当有效分隔；冷链配送全程温度应实时监控并留存记录，冷冻预制菜在运输过程中中心温度不得高于零下12摄氏度。",
            "近年来，我省预制菜产业发展迅速，规模以上预制菜生产企业达到320家，去年产值突破480亿元。省食品工业协会秘书长詹秋平认为，标准的出台有利于规范企业生产经营行为，推动产业由“拼价格”向“拼品质”转变。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    link = Article(
        "link", "预制菜是什么？", section="相关链接",
        notes="相关链接 box after the 预制菜 article: it has its own headline (ending with ？) and two paragraphs that "
              "read on their own, so it is a separate, unsigned article (as the 延伸阅读 sidebar r05 of handmade7), "
              "with the label as section; not part of the previous body.",
        paras=[
            "按照我省新标准的界定，预制菜是指以农产品为主要原料，经洗切、调味、预熟等工业化预加工制成，需要冷藏或冷冻贮存，食用前经加热或熟制即可食用的预包装菜肴。主食类产品以及净菜、鲜切水果等不属于预制菜。",
            "按加工程度，预制菜一般可分为即配、即烹和即热三类。消费者购买时应查看标签上的贮存条件和保质期，冷冻产品买回后应尽快放入冰箱冷冻保存。",
        ])
    pg.furniture(["相关链接"], "label 相关链接 (the box's section)")
    pg.headline(link)
    pg.gap()
    pg.body(link)
    pg.gap()
    c = Article(
        "c", "抽检结果要“晒”得更及时", section="食安时评", kind="commentary", byline="本报评论员　苗可欣",
        authors=["苗可欣"],
        notes="Comment under the label 食安时评 (commentary) with byline line 本报评论员 X: the named 评论员 is the "
              "author.",
        paras=[
            "抽检是发现食品安全风险的“探头”。上半年全省抽检合格率保持在98%以上，成绩来之不易，但那1.4%的不合格样品，落到具体消费者身上，就是实实在在的风险。",
            "让抽检发挥更大作用，信息公开要更及时、更透明。抽检结果不仅要公布，还要公布得快、看得懂，让消费者第一时间知道哪些产品不合格、问题出在哪里、企业如何整改，才能让不合格产品无处藏身。",
            "对企业而言，抽检结果也是一面镜子。与其心存侥幸，不如把功夫下在原料把关和过程控制上。只有每一个环节都守住底线，消费者才能吃得放心。",
        ])
    pg.furniture(["食安时评"], "column label 食安时评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "璞阳“阳光厨房”覆盖全部中小学食堂", byline="本报讯（通讯员　管小禾　记者　邰一禾）",
        authors=["管小禾", "邰一禾"], lead="本报讯（通讯员　管小禾　记者　邰一禾）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） excluded from first; both authors.",
        paras=[
            "日前，璞阳市市场监管局宣布，全市486所中小学校食堂已全部完成“阳光厨房”改造，后厨加工操作过程通过视频实时公开，家长可通过手机小程序随时查看。",
            "同时，璞阳市在校园食堂推行食品安全“日管控、周排查、月调度”工作机制，今年以来共开展校园食品安全检查2100余次，督促整改问题340个。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["本版编辑：甘棠　　投稿邮箱：jianguan@lcsp.example"], "footer")
    return pg


# ---------------------------------------------------------------------------
def _merge_head(pg: Page, a: Article, head: str, sep: str = "    ") -> None:
    """Write a's body with `head` (a headline, or its second line) merged into the first printed body line,
    as extraction does when a large headline shares the baseline of the text's first line."""
    items = pg.render_body(a)
    k = next(i for i, it in enumerate(items) if it[0] == "line")
    _, text, extra = items[k]
    items[k] = ("line", head + sep + text.lstrip(FW + " "), extra | {(a.key, "title")})
    pg.emit(a, items)


def y06() -> Page:
    """建设报 建筑业 page: a headline whose second line is merged into the first body line; a headline whose
    two lines are both merged into the first body line; a headline printed after its body."""
    pg = Page("y06.txt", cols=20, indent=FW * 2, blanks="arts", seed=1406,
              style="建设报 建筑业 page, blank lines only between articles: headline on two lines of which the SECOND is merged by extraction into the first body line (建筑比例达41%    本报讯（记者 X　通讯员 Y）…); headline on two lines BOTH merged into the first body line (塔吊装上“智慧眼”　司机告别“盲吊”    4月8日，…), credit （通讯员 X　Y） run in at the end; run-in 本报讯（通讯员 X） item whose headline is printed AFTER its body; footer")
    pg.furniture(["澜川建设报", cn_date(2033, 4, 11) + "　03版　建筑业"], "page header")
    pg.blank()
    a = Article(
        "a", "全省装配式建筑占新建建筑比例达41%", byline="本报讯（记者　卜青野　通讯员　雷子衡）",
        authors=["卜青野", "雷子衡"], lead="本报讯（记者　卜青野　通讯员　雷子衡）",
        notes="Headline on two lines; extraction merged the second (建筑比例达41%) into the first body line, which "
              "also holds the run-in 本报讯（记者 X　通讯员 Y）: title_line is the first headline line, the body starts "
              "on the merged line; headline part and dateline are excluded from first. Both are authors.",
        paras=[
            "记者从省住房和城乡建设厅获悉，去年全省新开工装配式建筑面积3860万平方米，占新建建筑面积的比例达到41.2%，比上年提高5.6个百分点，提前两年完成规划目标。",
            "全省现有装配式建筑生产基地128个，预制混凝土构件年设计产能达到1200万立方米，钢结构年产能320万吨。璞阳、澄屿两市被列为省级装配式建筑示范城市，新建保障性住房全部采用装配式建造。",
            "省住房和城乡建设厅有关负责人表示，今年将推广“装配式+智能建造”模式，在50个以上项目开展智能建造试点，推动建筑业工业化、数字化、绿色化转型。",
        ])
    pg.headline(a, lines=["全省装配式建筑占新建"])
    _merge_head(pg, a, "建筑比例达41%")
    pg.blank()
    b = Article(
        "b", "塔吊装上“智慧眼”司机告别“盲吊”", byline="（通讯员　龙小屿　孟秋）", authors=["龙小屿", "孟秋"],
        tail="（通讯员　龙小屿　孟秋）",
        notes="Headline of two lines (塔吊装上“智慧眼” / 司机告别“盲吊”) BOTH merged by extraction into the first "
              "body line: title_line is that line, the body starts on it, the headline part is excluded from first. "
              "Credit （通讯员 X　Y） run in at the end, excluded from last; both authors. The crane driver quoted "
              "(邵红梅) is not.",
        paras=[
            "4月8日，在璞阳市滨江新城安置房项目工地，一台60米高的塔吊正在吊运钢筋。驾驶室里，塔吊司机邵红梅盯着眼前的显示屏，吊钩下方的画面清晰可见。“以前吊物被楼挡住，全靠地面信号工用对讲机喊，现在屏幕上看得清清楚楚。”",
            "这台塔吊加装了吊钩可视化、防碰撞和力矩监测系统。吊钩摄像头可随吊物高度自动变焦，系统实时计算吊物与周边塔吊、建筑物的距离，一旦存在碰撞风险，就会自动报警并限制相关动作。",
            "目前，璞阳市在建房屋建筑工地的1100多台塔吊已全部安装安全监控系统，数据接入全市智慧工地监管平台，今年一季度全市未发生塔吊安全事故。",
        ])
    _merge_head(pg, b, "塔吊装上“智慧眼”　司机告别“盲吊”")
    pg.blank()
    c = Article(
        "c", "澄屿建筑工人工资专用账户全覆盖", head=["澄屿建筑工人工资", "专用账户全覆盖"],
        byline="本报讯（通讯员　曲晓帆）", authors=["曲晓帆"], lead="本报讯（通讯员　曲晓帆）",
        notes="Headline printed AFTER the body, on two lines (joined); title_line is its first line. Run-in "
              "本报讯（通讯员 X） excluded from first.",
        paras=[
            "近日，澄屿市住房和城乡建设局通报，全市在建房屋市政工程项目已全部开设农民工工资专用账户，实行工资由总承包单位代发，今年一季度通过专用账户发放工资14.3亿元，惠及建筑工人6.8万人次。",
            "澄屿市同步建立建筑工人实名制管理平台，工人进场时登记身份信息、签订劳动合同，考勤和工资发放数据实时上传，实现“工资按月足额到卡、欠薪早发现早处置”。",
        ])
    pg.body(c)
    pg.headline(c)
    pg.blank()
    pg.furniture(["责任编辑：包青崖　　美编：蒋一帆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y07() -> Page:
    """港澳 daily 財經 page in traditional characters: 維港日報訊（記者 X）, byline line 維港日報記者 X,
    據新華社電 item, 維港觀察 comment with the writer's name under the headline and （作者為…） after it."""
    pg = Page("y07.txt", cols=22, indent="", blanks="para", seed=1407,
              style="Hong Kong daily 財經 page in TRADITIONAL characters with Hong Kong usage (首兩月, 按年, 港元, 「」 quotation marks), no indent: run-in 維港日報訊（記者 X）; byline line 維港日報記者 X; run-in 據新華社電 item (no reporter); label 維港觀察 over a comment with the writer's name alone under the headline and （作者為…） after the body; footer 責任編輯／美術編輯")
    pg.furniture(["維港日報", cn_date(2033, 3, 9) + "　A12　財經"], "page header")
    pg.blank()
    a = Article(
        "a", "首兩月本港新股集資額按年升逾一倍", byline="維港日報訊（記者　鄺卓謙）", authors=["鄺卓謙"],
        lead="維港日報訊（記者　鄺卓謙）",
        notes="Traditional characters. Run-in 維港日報訊（記者 X） (the paper's own dateline form) excluded from first. "
              "The accountant quoted (尹家朗) is not an author.",
        paras=[
            "本地新股市場回暖勢頭持續。會計師行鼎信昨日發表報告指出，今年首兩個月本港共有14隻新股上市，集資總額約286億港元，按年上升逾一倍，集資額暫居全球交易所第三位。",
            "報告指出，新股集資額大幅回升，主要受惠於多隻大型科技及新消費股上市。其中，內地新能源車零部件企業瀚動科技上月招股，集資約62億港元，為今年迄今最大規模的新股。鼎信資本市場服務合夥人尹家朗表示，目前仍有逾百家企業排隊申請上市，預計全年新股集資額有望達到1500億港元。",
            "不過，尹家朗亦提醒，環球利率走勢及地緣政治等因素仍會影響投資者情緒，新股上市後的表現亦出現分化，投資者應審慎評估企業的基本面，切忌盲目「抽新股」。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "中小企融資擔保計劃延長一年", byline="維港日報記者　龐詠琳", authors=["龐詠琳"],
        notes="Byline line 維港日報記者 X under the headline. The association chairman quoted (高志恒) is not an "
              "author.",
        paras=[
            "特區政府昨日宣布，將中小企業融資擔保計劃下的「營運資金擔保產品」申請期延長一年至明年3月底，並把每家企業可申請的貸款額上限由1800萬港元提高至2000萬港元，還款期最長可達8年。",
            "政府發言人表示，本港不少中小企業仍面對融資成本偏高、訂單恢復不穩等挑戰，延長計劃有助企業維持現金流、保住就業。計劃推出以來已批出逾5.2萬宗申請，涉及貸款總額約1280億港元。",
            "港九中小企協進會主席高志恒歡迎有關安排。他指出，從事零售、餐飲及物流的中小企仍處於復甦階段，希望政府同時推出更多支援企業數碼轉型的措施，例如資助企業引入電子支付和網上銷售系統。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "首兩月內地社會消費品零售總額增5.2%", byline="據新華社電", lead="據新華社電　",
        notes="Run-in 據新華社電 (no reporter) excluded from first: byline, no authors.",
        paras=[
            "國家統計局昨日公布，今年首兩個月，內地社會消費品零售總額按年增長5.2%，增速較去年全年加快0.6個百分點。其中，服務零售額增長6.8%，升幅繼續快於商品零售額。",
            "按商品類別劃分，通訊器材、家用電器及體育娛樂用品零售額分別增長14.2%、9.7%及11.3%。網上實物商品零售額增長8.4%，佔社會消費品零售總額的比重為26.9%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "把握離岸人民幣業務新機遇", section="維港觀察", kind="commentary", byline="梁子謙",
        authors=["梁子謙"],
        notes="Comment under the label 維港觀察 (commentary): the writer's name alone on the line under the headline "
              "is the byline; the （作者為…） note after the body is not body.",
        paras=[
            "近年，本港離岸人民幣業務穩步發展。截至去年底，本港人民幣存款餘額約9800億元，人民幣即時支付結算系統日均交易額超過2萬億元，本港繼續是全球最大的離岸人民幣業務樞紐。",
            "隨着內地與本港金融市場互聯互通機制不斷擴容，海外投資者配置人民幣資產的需求持續上升。本港應把握機遇，豐富以人民幣計價的債券、股票及衍生產品，並推動更多企業在跨境貿易和投資中使用人民幣結算。",
            "與此同時，金融機構亦要加強人才培養和風險管理，提升服務實體經濟的能力，讓人民幣業務成為本港金融業發展的新增長點。",
        ])
    pg.furniture(["維港觀察"], "column label 維港觀察")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.furniture(["（作者為港九金融學會副會長）"], "（作者為…） note after the comment (not body)")
    pg.gap()
    pg.furniture(["責任編輯：沈卓賢　　美術編輯：麥嘉儀"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y08() -> Page:
    """健康报 医改·基层 page: a 记者手记 box extracted in the middle of the lead's text (mid-sentence); byline
    line 本报通讯员 X　特约记者 Y; run-in 本报讯（记者 X　通讯员 Y）; item signed （X） at the end."""
    pg = Page("y08.txt", cols=26, indent="  ", blanks="some", seed=1408, p_para=0.3, p_gap=0.7,
              style="健康报 医改·基层 page: lead with ——副题 and byline line 本报通讯员 X　特约记者 Y, into whose text (cut in mid-sentence) extraction put a whole 记者手记 box (label, headline, two paragraphs, signature line 特约记者 X after them), the lead's text going on after the box; run-in 本报讯（记者 X　通讯员 Y）; item signed （X） at the end; footer")
    pg.furniture(["澜川健康报", cn_date(2033, 5, 23) + "　第3版　医改·基层"], "page header")
    pg.blank()
    a = Article(
        "a", "县域医共体让群众看病少跑路", subtitle="——桐溪县紧密型县域医共体建设三年观察",
        byline="本报通讯员　栾晓溪　特约记者　贺一鸣", authors=["栾晓溪", "贺一鸣"],
        notes="——副题 is the subtitle; byline line 本报通讯员 X　特约记者 Y, both authors. Extraction put the 记者手记 "
              "box (a separate article) in the middle of a sentence of this text, which goes on after the box's "
              "signature line: the body is in two pieces. The patient and staff quoted (吕桂香) are not authors.",
        paras=[
            "5月20日一早，桐溪县芦塘镇卫生院的影像室里，村民吕桂香刚做完胸部CT。不到半个小时，远在县人民医院的影像科医生就出具了诊断报告。“以前拍个片子要坐一个多小时车到县城，现在在镇上就能做，结果还是县医院专家看的。”吕桂香说。",
            "这得益于桐溪县推进的紧密型县域医共体建设。2030年起，桐溪县以县人民医院、县中医院为龙头，整合全县18家乡镇卫生院和216个村卫生室，组建两个医共体，实行人员、财务、药品、信息等统一管理。",
            "医共体建立了远程影像、远程心电、远程会诊等五大共享中心，乡镇卫生院检查、县级医院诊断，检查结果在医共体内互认。县人民医院每年下派120多名医生到乡镇卫生院坐诊带教，乡镇卫生院的手术量三年增长了2.4倍。",
            "“强基层”的效果正在显现。去年，桐溪县县域内就诊率达到91.3%，基层医疗卫生机构门急诊人次占比提高到62%，群众外出就医的费用负担明显减轻。",
            "下一步，桐溪县将推进医共体信息系统与省级平台互联互通，探索医保基金“总额付费、结余留用”机制，引导医疗资源进一步向基层下沉。",
        ])
    side = Article(
        "side", "让“好医生”留在乡镇", section="记者手记", byline="特约记者　贺一鸣", authors=["贺一鸣"],
        notes="记者手记 box (label, headline, text, signature line 特约记者 X after the text) that extraction put in "
              "the middle of a sentence of the lead: a separate article (as the 手记 of s07 and v03), section "
              "记者手记; its author also co-wrote the lead.",
        paras=[
            "采访中，不少乡镇卫生院院长都提到一个词：留人。医共体让县里的专家“下得去”，但要让基层长期有好医生，还得让年轻医生“留得住”。",
            "桐溪县的做法是，医共体内统一招聘、统一培养，乡镇医生晋升职称可以在县医院进修积累业绩，绩效工资向基层倾斜，这些举措让基层岗位有了吸引力。看病难，说到底还是人才难，这个经验值得借鉴。",
        ])
    A = Page.chunks(pg.render_body(a), [14])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, A[0])
    pg.furniture(["记者手记"], "label 记者手记 (the box's section)")
    pg.headline(side)
    pg.body(side)
    pg.line(side, " " * 30 + side.byline, "byline")
    pg.emit(a, A[1])
    pg.gap()
    b = Article(
        "b", "全省二级以上公立医院检查结果互认", byline="本报讯（记者　贺一鸣　通讯员　苏晴）",
        authors=["贺一鸣", "苏晴"], lead="本报讯（记者　贺一鸣　通讯员　苏晴）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both authors.",
        paras=[
            "记者5月22日从省卫生健康委获悉，全省二级以上公立医院已全部接入省级检查检验结果互认共享平台，首批纳入互认的项目共186项，涵盖血常规、肝功能、CT、磁共振等常用检查检验项目。",
            "据统计，平台运行半年来，全省累计互认检查检验结果420万项次，为群众节省费用约2.1亿元。省卫生健康委有关负责人表示，年底前将把互认范围扩大到全部一级医疗机构。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "澄屿家庭医生上门服务超12万人次", byline="（窦晓川）", authors=["窦晓川"], tail="（窦晓川）",
        notes="Signature （X） run in at the end, excluded from last.",
        paras=[
            "今年以来，澄屿市组建家庭医生团队860个，为失能、半失能老人和行动不便的慢性病患者提供上门诊疗、康复指导、健康评估等服务，累计上门服务超过12万人次。",
            "澄屿市还将家庭医生签约服务费纳入医保支付，签约居民在基层就诊可享受优先预约、慢病长处方等便利，重点人群家庭医生签约率达到83%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：祝晓禾　　校对：尤远"], "footer")
    return pg


PAGES = [y05, y06, y07, y08]
