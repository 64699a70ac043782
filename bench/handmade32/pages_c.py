"""Pages kb09-kb12 of handmade32 (development set; all papers, firms, offices, names, places and figures invented).

kb09 is a page of 禾丰人 (内刊 of an invented private firm); kb10 and kb11 are a provincial department's 工作简报
and 信息专报 (invented province 昭岚省); kb12 is an invented industry association's 协会通讯.
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, wrap

MAG = "禾丰人"
RULE = "—" * 20


# ---------------------------------------------------------------------------
def kb09() -> Page:
    """内刊 员工心声 page in an 18-character column, two U+3000, NO blank line anywhere: essay with byline line
    文/X; essay whose body comes first and whose headline and byline line ◎unit　NAME follow it; letter signed
    （unit　NAME） on a line of its own at the end."""
    pg = Page("kb09.txt", cols=18, indent=FW * 2, blanks="never", seed=3209,
              style="内刊 员工心声 page in an 18-character column indented with two U+3000, NO blank line anywhere: header on two lines (page number; magazine + issue); label 员工心声 over an essay with byline line 文/X; an essay whose body comes FIRST (right after the previous essay's last line) and whose headline (with a quotation) and byline line ◎unit　NAME are printed AFTER it; a letter to new colleagues opening 亲爱的新同事： and signed （unit　NAME） on a line of its own, indented, at the end; contribution e-mail line at the foot")
    pg.furniture(["18", MAG + "　2035年第2期"], "page header")
    pg.furniture(["员工心声"], "column label 员工心声")
    a = Article(
        "a", "我和禾丰的第十个春天", section="员工心声",
        byline="文/邬晴川", authors=["邬晴川"],
        notes="Essay under the label 员工心声 (section), byline line 文/X. Kind article (a personal narrative, not "
              "an argued opinion).",
        paras=[
            "2025年3月，我拖着一只行李箱走进禾丰的大门。那时候公司还在鹭汀老厂区，一栋三层的小楼，几条半自动化的生产线，全部员工加起来不到400人。",
            "我的第一份工作是在装配线上拧螺丝。师傅告诉我，一把智能锁里有47颗螺丝，每一颗的扭力都有标准，拧松了会异响，拧紧了会滑丝。那一年，我每天要拧上万颗螺丝，手上的茧子磨了一层又一层。",
            "十年过去了，我从装配工成长为质量工程师，公司也从一家小工厂发展成拥有四个生产基地、产品销往30多个国家的企业。变的是厂房、设备和规模，不变的是那份对品质的较真。",
            "又是一年春天，鹭汀二期工厂封顶了。站在新厂房前，我仿佛又看到了十年前那个拖着行李箱的自己。下一个十年，我还想和禾丰一起走。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "在车间里读懂“匠心”", section="员工心声",
        byline="◎生产中心　蒋一鸥", authors=["蒋一鸥"],
        notes="Essay of the 员工心声 column (section) whose headline and byline line ◎unit　NAME are printed AFTER "
              "its body (the body follows the previous essay's last line with no blank line); the unit is not a "
              "person, the name is the author. The master quoted (邱师傅) is not. Kind article.",
        paras=[
            "刚进车间的时候，我以为“匠心”是一个很遥远的词，属于那些做了一辈子手艺的老匠人。直到我遇见了模具车间的邱师傅。",
            "邱师傅今年五十三岁，在模具车间干了二十多年。他有一个习惯，每副模具修好后，都要亲手试压三次，再用放大镜一件件检查产品边缘有没有毛刺。有人说他太较真，他总是笑笑：“模具差一丝，产品差一截。”",
            "跟着邱师傅学了两年，我慢慢明白，匠心不是什么高深的道理，而是把一件事情反复做好，并且始终不放过那一点点不完美。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    c = Article(
        "c", "写给即将入职的你", section="员工心声",
        byline="（人力资源部　柴露）", authors=["柴露"],
        notes="Letter of the 员工心声 column (section); the salutation 亲爱的新同事： opens the body. Signed "
              "（unit　NAME） on a line of its own after the body (the byline, written without its leading "
              "U+3000s; not body); the name is the author. Kind article.",
        paras=[
            "亲爱的新同事：再过一个月，你就要走出校园，成为禾丰的一员了。作为一名入职五年的“老员工”，我想和你说几句心里话。",
            "刚开始工作，难免会遇到挫折。方案被否定、报表出了错、被客户“挑刺”，这些我都经历过。别怕犯错，怕的是不敢问、不愿改。公司的“导师制”会为你配备一名导师，有什么困惑，尽管去找他。",
            "也请你保持好奇心。多去车间看看，多去门店转转，多听听用户怎么说。你会发现，书本之外的世界同样精彩。",
            "期待在禾丰与你相遇！",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, FW * 8 + c.byline, "byline")
    pg.furniture(["投稿邮箱：hfr@hefeng-home.cn"], "contribution e-mail line")
    return pg


# ---------------------------------------------------------------------------
def kb10() -> Page:
    """Provincial department's 工作简报, blank lines only between articles and blocks: header (letter-spaced
    title, 第12期, 编印单位 and date, rule); label 工作动态 over the department's own item ending （处室）; label
    各地动态 over three items headed 【X市】…, ending （X市商务局） or with a line 报送单位：X; label 问题建议 over
    an item ending （X市商务局报送）; distribution lines 报：／送：／发： and 印发 line at the foot."""
    pg = Page("kb10.txt", cols=36, indent=FW * 2, blanks="arts", seed=3210,
              style="provincial department's 工作简报, blank lines only between articles and blocks: header on four lines (title letter-spaced 工　作　简　报, 第12期, 编印单位 + date, rule of dashes); label 工作动态 over the department's own item ending with the run-in 报送单位 （对外贸易处）; label 各地动态 over three items whose headlines open with 【X市】, two ending with the run-in （X市商务局）, one with a line 报送单位：X市商务局 after its body; label 问题建议 over an item whose second paragraph opens 建议：一是…, ending （X市商务局报送）; foot: rule, distribution lines 报：／送：／发： (wrapped), rule, 印发 line, （共印85份）")
    pg.furniture(["工　作　简　报",
                  "第12期",
                  "昭岚省商务厅办公室　　　　　　　　2035年5月20日",
                  RULE], "bulletin header (title, issue, 编印单位, date, rule)")
    pg.blank()
    UNIT = ("**new:** the 报送单位 (reporting office) run in at the end in brackets is the byline, excluded from "
            "last; it is an office, not a person: no authors.")
    CITY = ("**new:** the headline opens with the reporting city in 【】; the title is the headline as printed, "
            "【X市】 included (the city is part of what the item is about).")
    a = Article(
        "a", "全省外贸企业“出海拓市”专项行动启动", section="工作动态",
        byline="（对外贸易处）", tail="（对外贸易处）",
        notes="The department's own item under the label 工作动态 (section). " + UNIT,
        paras=[
            "5月15日，省商务厅在闻川召开全省外贸企业“出海拓市”专项行动动员会，印发《2035年全省外贸企业“出海拓市”专项行动方案》。方案提出，全年组织外贸企业参加境外重点展会120场以上，支持企业新设海外仓20个，力争全省进出口总额增长5%以上。",
            "专项行动围绕“稳存量、拓增量、育主体”，明确了展会拓市、海外仓建设、跨境电商培育、外贸新业态发展等6个方面18项具体措施，并建立重点外贸企业联系服务机制，对全省进出口额前200名企业实行厅领导分片包干联系。",
            "截至目前，全省已组织企业参加境外展会37场，意向成交额4.6亿美元。",
        ])
    pg.furniture(["工作动态"], "column label 工作动态")
    pg.headline(a)
    pg.body(a)
    pg.blank()
    pg.furniture(["各地动态"], "column label 各地动态")
    b = Article(
        "b", "【闻川市】建立重点外贸企业“首席服务官”制度", section="各地动态",
        byline="（闻川市商务局）", tail="（闻川市商务局）",
        notes="Item under the label 各地动态 (section). " + CITY + " " + UNIT,
        paras=[
            "闻川市从市直部门和各区县选派86名业务骨干担任重点外贸企业“首席服务官”，每人联系2至3家企业，定期上门收集企业在通关、物流、融资等方面的困难诉求，建立问题台账，实行“收集—交办—办结—反馈”闭环管理。",
            "今年以来，“首席服务官”累计走访企业410家次，协调解决问题127个，办结率92%。一季度，闻川市进出口总额同比增长8.3%，高于全省平均水平3.1个百分点。",
        ])
    c = Article(
        "c", "【棠溪市】跨境电商产业园一季度交易额增长42%", section="各地动态",
        byline="报送单位：棠溪市商务局",
        notes="Item under the label 各地动态 (section). " + CITY + " **new:** the line 报送单位：X printed after the "
              "body is the byline (not body); an office: no authors.",
        paras=[
            "棠溪市跨境电商产业园一季度实现跨境电商交易额28.6亿元，同比增长42%。园区今年新引进跨境电商企业46家、服务商12家，建成公共海外仓3个，总面积4.2万平方米。",
            "为破解中小卖家“不会做、不敢做”难题，园区联合本地高校开设跨境电商实训班，一季度培训从业人员1300余人次，孵化新卖家85家。",
        ])
    d = Article(
        "d", "【雁浦市】“以旧换新”带动汽车家电消费回暖", section="各地动态",
        byline="（雁浦市商务局）", tail="（雁浦市商务局）",
        notes="Item under the label 各地动态 (section). " + CITY + " " + UNIT,
        paras=[
            "雁浦市统筹用好中央和省级以旧换新资金，叠加市级配套补贴1.2亿元，联合汽车经销商、家电卖场开展“焕新季”促消费活动。1至4月，全市汽车以旧换新补贴申请1.36万份，带动新车销售18.4亿元；家电以旧换新销售额7.9亿元，同比增长37%。",
        ])
    for art in (b, c, d):
        pg.headline(art)
        pg.body(art)
        if art is c:
            pg.line(c, c.byline, "byline")
        pg.blank()
    pg.furniture(["问题建议"], "column label 问题建议")
    e = Article(
        "e", "【岱宁市】部分外贸企业反映海运费上涨压力加大", section="问题建议",
        byline="（岱宁市商务局报送）", tail="（岱宁市商务局报送）",
        notes="Item under the label 问题建议 (section). " + CITY + " The paragraph opening 建议：一是… is body. "
              + UNIT,
        paras=[
            "近期，岱宁市商务局对32家重点外贸企业开展调研发现，受国际航线运力调整等因素影响，4月以来岱宁港至欧洲、美西航线集装箱运价较年初分别上涨38%和26%，部分中小企业利润空间被明显压缩，个别企业出现“不敢接单”现象。",
            "建议：一是协调港口、船公司稳定舱位供给，对重点企业实行舱位保障；二是扩大出口信用保险覆盖面，适当提高小微企业保费补贴比例；三是引导企业合理运用价格调整条款和汇率避险工具，增强抗风险能力。",
        ])
    pg.headline(e)
    pg.body(e)
    pg.blank()
    pg.furniture([RULE]
                 + wrap("报：商务部办公厅，省委办公厅，省政府办公厅。", 36)
                 + wrap("送：省委有关部门，省人大财经委，省政协经济委，省直有关单位。", 36)
                 + wrap("发：各市（州）商务主管部门，厅机关各处室、直属单位。", 36)
                 + [RULE,
                    "昭岚省商务厅办公室　　　　　　2035年5月20日印发",
                    "（共印85份）"], "bulletin foot (distribution lines 报／送／发, 印发 line, copies)")
    return pg


# ---------------------------------------------------------------------------
def kb11() -> Page:
    """Provincial department's 信息专报: one report (intro, 一、…四、 crossheads, paragraphs opening （一）…, a
    table between two paragraphs), ending （处室报送）; contact line; 报：／送：／发： at the foot."""
    pg = Page("kb11.txt", cols=44, indent="  ", blanks="some", seed=3211, p_para=0.3, p_gap=0.9,
              style="provincial department's 信息专报 (one report per issue) indented with two ASCII spaces, blank lines sometimes: header on five lines (letter-spaced 信　息　专　报, 第7期, 编印单位 + 签发 line, date, rule); one report: headline, intro paragraph ending 现将有关情况报告如下：, four crossheads 一、主要做法 … 四、下一步工作建议, paragraphs opening （一）… and 一是…, a table (title, header row 城市 / 完成改造企业（家） / 上云率（%） / 平均降本（%）, three rows) printed BETWEEN two paragraphs; the run-in 报送单位 （中小企业处报送） at the end; a contact line 联系人：X　电话 after it; foot: rule, 报：／送：／发： lines, （共印60份）")
    pg.furniture(["信　息　专　报",
                  "第7期",
                  "昭岚省工业和信息化厅办公室　　　　　　　　签发：闵启章",
                  "2035年6月3日",
                  RULE], "bulletin header (title, issue, 编印单位, 签发, date, rule)")
    pg.blank()
    a = Article(
        "a", "我省中小企业数字化转型城市试点取得阶段性成效",
        byline="（中小企业处报送）", tail="（中小企业处报送）",
        notes="**new:** a 信息专报 of one report: the 一、…四、 crossheads are body (they are parts of the one "
              "report, not separate items), as are the paragraphs opening （一）… and 一是…. The table printed "
              "between two paragraphs is not body (body in pieces). The 报送单位 run in at the end （X处报送） is "
              "the byline, excluded from last; an office: no authors. The contact person on the line after it "
              "(联系人：X) and the 签发 official in the header are not authors.",
        paras=[
            "2034年以来，闻川、棠溪、雁浦3市入选国家中小企业数字化转型城市试点。省工业和信息化厅会同有关部门，指导试点城市聚焦重点行业，推动中小企业“看样学样”加快数字化转型，试点工作取得阶段性成效。现将有关情况报告如下：",
            Cross("一、主要做法"),
            "（一）聚焦细分行业，推动“链式”转型。各试点城市围绕本地特色产业，遴选纺织服装、五金制品、汽车零部件等12个细分行业，编制行业数字化转型实施指南，推动“链主”企业带动上下游中小企业协同上云用数。",
            "（二）培育服务商队伍，降低转型门槛。全省遴选数字化转型服务商146家，开发“小快轻准”数字化产品和解决方案320余个，对中小企业采购相关服务给予最高50%、单个企业不超过30万元的补助。",
            "（三）打造标杆样板，发挥示范作用。评选省级数字化转型“小灯塔”企业58家，组织现场观摩会24场，参观企业1900余家次，形成了“看得见、学得会、用得起”的推广模式。",
            Cross("二、初步成效"),
            "截至2035年5月底，3个试点城市累计完成数字化改造的中小企业3860家，改造后企业平均生产效率提升21%，运营成本下降13%，产品不良率下降28%。",
            "从行业看，纺织服装、五金制品行业转型成效最为明显，订单准时交付率分别提高17个和15个百分点，部分企业通过数字化改造实现了从代工生产向自主品牌的转变。",
            Cross("三、存在的问题"),
            "一是部分中小企业转型意愿不强，存在“不敢转、不会转”的顾虑；二是服务商良莠不齐，部分解决方案与企业实际需求匹配度不高；三是数字化人才短缺，企业普遍缺乏既懂生产又懂信息技术的复合型人才。",
            Cross("四、下一步工作建议"),
            "一是加快将试点经验向全省推广，年内新增数字化改造中小企业3000家以上；二是建立服务商动态评价和退出机制，提高服务质量；三是联合高校、职业院校开展数字化人才定向培养，缓解企业人才短缺问题。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a, end=7)
    pg.furniture(["试点城市推进情况（截至2035年5月底）",
                  "城市　　完成改造企业（家）　上云率（%）　平均降本（%）",
                  "闻川　　1620　　　　　　　　86.4　　　　 14.2",
                  "棠溪　　1310　　　　　　　　81.7　　　　 12.8",
                  "雁浦　　930　　　　　　　　 78.9　　　　 11.6"], "table between two paragraphs (not body)")
    pg.body(a, start=7)
    pg.furniture(["联系人：邹望舒　　电话：8831××××"], "contact line (not body; not an author)")
    pg.blank()
    pg.furniture([RULE,
                  "报：省委、省政府领导同志。",
                  "送：工业和信息化部办公厅，省委办公厅，省政府办公厅。",
                  "发：各市（州）工业和信息化主管部门。",
                  RULE,
                  "（共印60份）"], "bulletin foot (distribution lines 报／送／发, copies)")
    return pg


# ---------------------------------------------------------------------------
def kb12() -> Page:
    """Industry association's 协会通讯, ONE U+3000: label 协会动态 over a report with run-in 本刊讯（unit　NAME）;
    label 会员动态 over three items, the first two printed in interleaved column pieces (A1, B-head, B1, A2, B2),
    signed （供稿：firm） / （firm　NAME） at the end; label 政策速递 over two items each followed by a line 来源：X."""
    pg = Page("kb12.txt", cols=32, indent=FW, blanks="para", seed=3212,
              style="industry association's 协会通讯 indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (title; 主办 association + 内部资料; issue + date); label 协会动态 over a report with run-in 本刊讯（unit　NAME）; label 会员动态 over three items, the first two printed in COLUMN PIECES IN THE WRONG ORDER (first item's headline and first lines, second item's headline and first lines, then the rest of the first, then the rest of the second), signed （供稿：firm） (no person) and （firm　NAME） run in at the end; label 政策速递 over two items each followed by a line 来源：X; footer with address, phone, e-mail")
    pg.furniture(["协会通讯",
                  "昭岚省智能制造装备行业协会主办　　内部资料　免费交流",
                  "2035年第3期（总第41期）　2035年6月15日"], "header of the association's 通讯")
    pg.blank()
    pg.furniture(["协会动态"], "column label 协会动态")
    pg.blank()
    a = Article(
        "a", "协会三届二次会员大会在闻川召开", section="协会动态",
        byline="本刊讯（秘书处　甄明远）", authors=["甄明远"], lead="本刊讯（秘书处　甄明远）",
        notes="Report under the label 协会动态 (section). **new:** run-in 本刊讯（unit　NAME） excluded from first; the "
              "unit (秘书处) is not a person, the name is the author.",
        paras=[
            "6月10日，昭岚省智能制造装备行业协会第三届会员大会第二次会议在闻川召开，来自全省的182家会员单位代表参加会议。",
            "会议审议通过了协会2034年度工作报告和财务报告，表决增补了5家理事单位，发布了《昭岚省智能制造装备行业发展报告（2035）》。报告显示，2034年全省智能制造装备产业实现营业收入1426亿元，同比增长11.8%，工业机器人、数控机床、智能检测装备产量分别增长24.6%、13.2%和19.5%。",
            "会议期间，协会还组织召开了首台（套）装备供需对接会，21家装备企业与46家用户企业现场对接，达成合作意向37项。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["会员动态"], "column label 会员动态")
    pg.blank()
    PIECES = ("**new:** printed in column pieces in the wrong order: the extraction reads the first lines of this "
              "item, then those of the item beside it, then the rest of each (body in pieces).")
    b1 = Article(
        "b1", "闻川精机发布新一代五轴联动加工中心", section="会员动态",
        byline="（供稿：闻川精机）", tail="（供稿：闻川精机）",
        notes="Item under the label 会员动态 (section). " + PIECES + " **new:** the credit （供稿：firm） run in at "
              "the end is the byline, excluded from last; a firm, no person: no authors.",
        paras=[
            "5月28日，闻川精机股份有限公司发布新一代VM-5X系列五轴联动加工中心。该系列产品采用自主研发的高速电主轴和数控系统，定位精度达到0.004毫米，主要面向航空结构件、新能源汽车一体化压铸模具等领域。",
            "公司负责人介绍，新产品国产化率超过90%，价格比同类进口产品低约35%，目前已获得意向订单60余台。",
        ])
    b2 = Article(
        "b2", "棠溪智控入选国家级智能制造示范工厂", section="会员动态",
        byline="（棠溪智控　郁家宁）", authors=["郁家宁"], tail="（棠溪智控　郁家宁）",
        notes="Item under the label 会员动态 (section). " + PIECES + " Signed （firm　NAME） run in at the end: the "
              "byline, excluded from last; the name is the author.",
        paras=[
            "近日，国家有关部门公布2035年度智能制造示范工厂揭榜单位名单，棠溪智控科技有限公司“智能检测装备数字化工厂”入选。",
            "该工厂建成以来，通过部署数字孪生、机器视觉检测等技术，产品研制周期缩短32%，生产效率提升41%，单位产值能耗下降18%。",
        ])
    p1 = Page.chunks(pg.render_body(b1), [2])
    p2 = Page.chunks(pg.render_body(b2), [3])
    pg.headline(b1)
    pg.gap()
    pg.emit(b1, p1[0])
    pg.gap()
    pg.headline(b2)
    pg.gap()
    pg.emit(b2, p2[0])
    pg.gap()
    pg.emit(b1, p1[1])
    pg.gap()
    pg.emit(b2, p2[1])
    pg.gap()
    b3 = Article(
        "b3", "雁浦机器人公司海外订单同比翻番", section="会员动态",
        byline="（雁浦机器人　司徒朗）", authors=["司徒朗"], tail="（雁浦机器人　司徒朗）",
        notes="Item under the label 会员动态 (section), signed （firm　NAME） run in at the end: the byline, "
              "excluded from last; the name is the author.",
        paras=[
            "今年1至5月，雁浦机器人有限公司海外订单金额达2.3亿元，同比增长112%。其中，焊接机器人和码垛机器人出口东南亚、中东市场的订单增长最快。公司今年在海外新设2个服务中心，可为客户提供48小时内上门维修服务。",
        ])
    pg.headline(b3)
    pg.gap()
    pg.body(b3)
    pg.blank()
    pg.furniture(["政策速递"], "column label 政策速递")
    pg.blank()
    SRC = ("Item under the label 政策速递 (section). **new:** the line 来源：X printed after the body names the "
           "source: the byline (not body); an office, no person: no authors.")
    c1 = Article(
        "c1", "省工信厅出台支持首台（套）装备推广应用若干措施", section="政策速递",
        byline="来源：昭岚省工业和信息化厅", notes=SRC,
        paras=[
            "近日，省工业和信息化厅印发《关于支持首台（套）重大技术装备推广应用的若干措施》，从研发、验证、应用、保险等环节提出12条支持措施。",
            "措施明确，对经认定的省级首台（套）装备，按照单台（套）销售价格的20%给予研制企业奖励，最高不超过500万元；对用户单位购买使用首台（套）装备投保的，按保费的80%给予补贴。措施自发布之日起施行，有效期3年。",
        ])
    c2 = Article(
        "c2", "工业设备更新贷款贴息政策延续至2036年底", section="政策速递",
        byline="来源：昭岚省财政厅", notes=SRC,
        paras=[
            "省财政厅、省工业和信息化厅日前联合发布通知，将工业领域设备更新和技术改造贷款财政贴息政策实施期限延续至2036年12月31日。",
            "通知明确，对符合条件的设备更新和技术改造项目贷款，省级财政按照贷款本金的1.5个百分点给予贴息，贴息期限不超过2年，单个项目贴息金额最高不超过300万元。",
        ])
    for art in (c1, c2):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.line(art, art.byline, "byline")
        pg.gap()
    pg.furniture(["协会地址：闻川市科创大道66号　电话：8857××××",
                  "投稿邮箱：xiehui@zlznzb.org.cn"], "footer with address, phone, e-mail")
    return pg


PAGES = [kb09, kb10, kb11, kb12]
