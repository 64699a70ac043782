"""Pages mb09-mb12 of handmade84 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from pages_a import box, top, whole


# ---------------------------------------------------------------------------
def mb09() -> Page:
    """City daily 城市 page, no indent, blank lines sometimes: works report with ——副题; a traffic-police 通告
    printed IN FULL (title, preamble, 一、二、三、四, 特此通告, issuer, date) among the news; 城市简讯 items (run-in
    本报讯（通讯员 X）, end credit （记者 X））; report with byline 本报记者 X　通讯员 Y."""
    pg = Page("mb09.txt", cols=30, indent="", blanks="some", seed=8409, p_para=0.3, p_gap=0.75,
              style="city daily 城市 page, NO indent, blank lines sometimes: header (paper; date with weekday; "
                    "第4版　城市; 责任编辑); works report with ——副题 and byline line 本报记者 X that points to the "
                    "notice; a traffic-police 通告 printed IN FULL among the news (issuer line, title 关于…的通告, "
                    "preamble, numbered clauses 一、 二、 三、 四、, 特此通告。, issuer and date at the end); label 城市简讯 "
                    "over two items (run-in 本报讯（通讯员 X）; credit （记者 X） run in at the end); renovation report "
                    "with byline line 本报记者 X　通讯员 Y; footer with 投稿邮箱")
    box(pg, ["栖梧日报", cn_date(2036, 5, 26), "第4版　城市", "责任编辑：卓一帆"], "page header with 责任编辑")
    a = Article(
        "a", "城北快速路工程全面开工", subtitle="——全长14.6公里，计划2038年建成通车",
        byline="本报记者　褚怀谷", authors=["褚怀谷"],
        notes="Works report: ——副题 is the subtitle; byline line 本报记者 X. Its last sentence points to the 通告 "
              "printed below, which is not part of it. The official quoted is not an author.",
        paras=[
            "5月25日，栖梧城北快速路工程全面开工。项目西起栖霞大道，东至高铁新城枢纽，全长14.6公里，采用“高架+地面”的建设方式，总投资约68亿元，计划2038年建成通车。",
            "城北快速路是我市“三环十射”快速路网的重要组成部分。建成后，城北片区到高铁新城的车程将由目前的40分钟缩短至15分钟左右，对缓解北环路交通压力、带动沿线产业园区发展具有重要意义。",
            "市交通运输局相关负责人介绍，项目采用装配式桥梁技术，预制构件比例超过八成，可减少现场作业时间和施工扬尘。为减少施工对市民出行的影响，工程将分段实施交通管制，具体安排见本版通告。",
        ])
    whole(pg, a)
    notice = ["栖梧市公安局交通警察支队", "关于城北快速路施工期间实施交通管制的通告"]
    for para in [
        "为保障城北快速路工程顺利实施，确保施工期间道路交通安全畅通，根据《中华人民共和国道路交通安全法》等有关规定，现就有关事项通告如下：",
        "一、管制时间：2036年6月1日0时至2037年12月31日24时。",
        "二、管制路段：北环路（栖霞大道至凤鸣路段）双向各封闭一条车道，其余车道正常通行；凤鸣路与北环路交叉口禁止左转。",
        "三、过境货车请提前绕行南环路、东外环等道路。途经管制路段的公交线路调整情况，由市公交集团另行公告。",
        "四、过往车辆和行人应服从现场交通民警及施工人员指挥。违反本通告规定的，由公安机关交通管理部门依法处理。",
        "特此通告。",
    ]:
        notice += wrap(para, 30)
    notice += ["栖梧市公安局交通警察支队", "2036年5月25日"]
    box(pg, notice, "通告 printed in full (an official notice, not an article)")
    box(pg, ["城市简讯"], "column label 城市简讯")
    b = Article(
        "b", "栖梧新增口袋公园16个", section="城市简讯",
        byline="本报讯（通讯员　何清）", authors=["何清"], lead="本报讯（通讯员　何清）",
        notes="Item under the label 城市简讯 (section); run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the "
              "author.",
        paras=["今年以来，市园林部门利用边角地、闲置地新建口袋公园16个，新增绿地面积4.3万平方米。年内还将再建设20个，实现城区居民出门300米见绿。新建的口袋公园均配备了健身器材、儿童游乐设施和休憩座椅，部分公园还设置了宠物活动区。"])
    c = Article(
        "c", "城东农贸市场完成提升改造", section="城市简讯",
        byline="（记者　褚怀谷）", authors=["褚怀谷"], tail="（记者　褚怀谷）",
        notes="Item under the label 城市简讯; signed （记者 X） run in at the end (excluded from last).",
        paras=["城东农贸市场提升改造工程近日完工。市场新增停车位120个，全部摊位实行明码标价和电子支付，并设立食品快检室，每天对上市蔬菜进行农药残留抽检。"])
    whole(pg, b)
    whole(pg, c)
    d = Article(
        "d", "老旧小区改造今年再启动68个",
        byline="本报记者　汪一苇　通讯员　宋栗", authors=["汪一苇", "宋栗"],
        notes="Byline line 本报记者 X　通讯员 Y (both authors). The official quoted is not an author.",
        paras=[
            "记者从市住建局获悉，今年我市计划改造2000年以前建成的老旧小区68个，涉及居民2.1万户，总投资约9.6亿元，目前已有41个小区开工。",
            "今年的改造更加注重“里子”工程，重点对供水、排水、燃气等地下管网进行更新，同步加装电梯、建设充电设施和养老托育服务设施。市住建局城建处负责人表示，改造方案均经过小区居民议事会讨论，居民同意率均超过90%。",
        ])
    whole(pg, d)
    box(pg, ["城市新闻部主办　投稿邮箱：csxw@qwrb.cn"], "footer", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mb10() -> Page:
    """Science-and-industry weekly 产业·数据 page, two U+3000 of indent, blank lines sometimes, column breaks:
    industry lead with kicker, crossheads and a TABLE between two paragraphs; robot-density story with byline
    文/本报记者 X　图/受访单位提供 and a FIGURE (title and data rows) after it; 行业动态 items with ▶ headlines."""
    pg = Page("mb10.txt", cols=28, indent=FW * 2, blanks="some", colbreak=12, seed=8410, p_para=0.5, p_gap=0.6,
              style="science-and-industry weekly 产业·数据 page, indent two U+3000, blank lines sometimes, plus a "
                    "column break (blank line) every 12 body lines: header (paper; date with weekday; 产业·数据　第6版; "
                    "责任编辑); industry lead with 引题 kicker, byline line 本报记者 X, two crossheads and a TABLE "
                    "(表：title, header row, five rows, 数据来源…　制表：X) BETWEEN two paragraphs; story with byline "
                    "line 文/本报记者 X　图/受访单位提供 and a FIGURE after it (图：title and four year/value rows); label "
                    "行业动态 over two items with ▶ headline lines (one signed （X） run in at the end, one with no "
                    "credit); footer with 投稿邮箱")
    box(pg, ["芸川科技报", cn_date(2036, 8, 22), "产业·数据　第6版", "责任编辑：欧阳絮"], "page header with 责任编辑")
    a = Article(
        "a", "芸川集成电路产业营收首破千亿",
        byline="本报记者　石青璃", authors=["石青璃"],
        notes="Industry lead. The 引题 kicker 产业跟踪 is not part of the title. Byline line 本报记者 X. Crossheads "
              "(设计业增速领跑, 制造环节扩产提速) are body lines. The table (表：…, header row, rows, 数据来源…　制表：X) "
              "printed between two paragraphs is not body (body in pieces); the reporter named as 制表 is already the "
              "author. The association official quoted (栾启明) is not an author. The page's column break (a "
              "blank line every 12 body lines) falls here at a paragraph end.",
        paras=[
            "芸川市半导体行业协会近日发布的统计数据显示，2035年全市集成电路产业实现营业收入1036.8亿元，同比增长21.7%，首次突破千亿元大关，产业规模在全国城市中的排名上升至第九位。",
            Cross("设计业增速领跑"),
            "从产业结构看，设计、制造、封装测试三大环节营收分别为312.6亿元、428.3亿元和241.5亿元，设备与材料环节营收54.4亿元。其中，设计业增速最快，同比增长31.2%，车规级芯片和工业控制芯片设计企业营收普遍实现翻番。",
            Cross("制造环节扩产提速"),
            "制造环节仍是产业营收的“压舱石”。去年，芸川两条12英寸晶圆生产线相继实现满产，月产能合计达到9万片；一条新的特色工艺生产线已完成主体厂房封顶，预计明年投产。",
            "“产业链上下游企业集聚效应正在显现。”协会秘书长栾启明说，全市集成电路企业已超过420家，其中营收超过10亿元的企业有23家，从业人员达到8.6万人。他同时提醒，高端设备和部分关键材料仍依赖外部供应，产业链自主可控能力还需提升。",
        ])
    top(pg, a, kicker="产业跟踪")
    pg.body(a, end=3)
    pg.gap()
    box(pg, ["表：2035年芸川集成电路产业主要指标",
             "环节　　　营收（亿元）　同比增长",
             "设计　　　312.6　　　　 31.2%",
             "制造　　　428.3　　　　 18.9%",
             "封装测试　241.5　　　　 16.4%",
             "设备材料　54.4　　　　　22.8%",
             "合计　　　1036.8　　　　21.7%",
             "数据来源：芸川市半导体行业协会　制表：石青璃"], "table between two paragraphs (not body)")
    pg.body(a, start=3)
    pg.gap()
    b = Article(
        "b", "工业机器人密度三年翻番",
        byline="文/本报记者　郭以宁　图/受访单位提供", authors=["郭以宁"],
        notes="Byline line 文/本报记者 X　图/受访单位提供: the writer is the author (图/ names no person). The figure "
              "printed after the body (图：title and four year/value rows) is not body. A column break (blank line) "
              "falls inside its last paragraph.",
        paras=[
            "芸川市工业和信息化局日前发布的数据显示，2035年全市制造业每万名工人拥有工业机器人421台，是2032年的2.1倍，高于全国平均水平。",
            "从应用领域看，汽车及零部件、电子信息和金属制品三个行业的机器人装机量合计占全市的72%。去年全市新增工业机器人1.36万台，其中本地品牌占比提高到38%。",
            "调查显示，机器人应用较多的企业，人均产值平均提高了26%，产品不良率下降了近四成。市工信局表示，今年将再支持200家中小企业实施“机器换人”改造。",
        ])
    whole(pg, b)
    box(pg, ["图：2032—2035年芸川制造业机器人密度", "（台/万名工人）", "2032年　198", "2033年　256", "2034年　337", "2035年　421"],
        "figure with its data (not body)")
    box(pg, ["行业动态"], "column label 行业动态")
    c1 = Article(
        "c1", "芸川首条8英寸碳化硅产线通线", section="行业动态",
        byline="（郭以宁）", authors=["郭以宁"], tail="（郭以宁）",
        notes="Item under the label 行业动态 (section); headline line with a ▶ mark (not part of the title); signed "
              "（X） run in at the end (excluded from last).",
        paras=["8月18日，芸川芯源半导体8英寸碳化硅功率器件生产线实现通线，设计月产能1万片，主要面向新能源汽车和光伏逆变器市场。该项目总投资46亿元，全面达产后年产值预计超过30亿元。"])
    c2 = Article(
        "c2", "市级人工智能算力中心一期投用", section="行业动态",
        notes="Item under the label 行业动态 with a ▶ headline line and no credit: no authors.",
        paras=["芸川市级人工智能算力中心一期工程日前投入使用，算力规模达到2000PFlops，已与本地46家企业签订算力服务协议，主要用于工业质检、药物研发和城市治理等场景。二期工程计划明年年底建成，届时总算力规模将提升至5000PFlops。"])
    for c in (c1, c2):
        pg.headline(c, lines=["▶" + c.title])
        pg.gap()
        pg.body(c)
        pg.gap()
    box(pg, ["本版投稿：cyxx@ycstb.cn"], "footer", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mb11() -> Page:
    """Metropolitan daily 经济 page read in the WRONG order: the page opens with a body, each headline (and
    byline, kicker, subtitle) comes AFTER its text, one story is in the normal order, and the page header and
    责任编辑 come LAST; a letter-spaced headline; very narrow column."""
    pg = Page("mb11.txt", cols=14, indent=FW * 2, blanks="arts", seed=8411,
              style="metropolitan daily 经济 page in a very narrow column, indent two U+3000, blank lines only "
                    "between stories, extraction order scrambled: the page opens with a story's text; three stories "
                    "have their headline printed AFTER their text with nothing between (the first letter-spaced over "
                    "two lines, then its byline line 本报记者 X; the second followed by its 引题 kicker, headline, "
                    "——副题 and byline line 记者 X　通讯员 Y; the third signed （记者 X） run in at the end, its headline "
                    "after it); one story in the normal order with run-in 本报讯（记者 X）; the page header (paper; date "
                    "with weekday; A08　经济; 责任编辑) read LAST")
    a = Article(
        "a", "沣源消费季撬动消费超30亿元",
        byline="本报记者　蒋一帆", authors=["蒋一帆"],
        notes="The page opens with this story's text; its headline (letter-spaced over two lines, joined unspaced in "
              "the title) and its byline line 本报记者 X come AFTER the body with no blank line between; title_line "
              "is after the body.",
        paras=[
            "为期两个月的沣源“惠享消费季”日前落下帷幕。据市商务局统计，活动期间全市发放各类消费券1.2亿元，直接带动消费31.6亿元，撬动比例达到1∶26。",
            "汽车、家电和餐饮是拉动消费的主力。活动期间，全市新能源汽车销量同比增长38%，绿色智能家电销售额增长27%，重点监测餐饮企业营业额增长16%。",
            "市商务局有关负责人表示，下半年将围绕暑期、国庆等节点继续组织促消费活动。",
        ])
    pg.body(a)
    pg.headline(a, spread_cols=14)
    pg.line(a, a.byline, "byline")
    pg.blank()
    b = Article(
        "b", "沣源外贸“新三样”出口增长四成",
        subtitle="——一季度沣源外贸运行观察",
        byline="记者　龙一鸣　通讯员　许诺", authors=["龙一鸣", "许诺"],
        notes="Text first, then (no blank line) the 引题 kicker 稳外贸, the headline (on two lines, joined), the "
              "——副题 and the byline line 记者 X　通讯员 Y, in that order, all AFTER the body. The kicker is not part "
              "of the title; the ——副题 is the subtitle; both are authors. The exporter quoted is not.",
        paras=[
            "海关数据显示，一季度沣源市外贸进出口总值386.2亿元，同比增长7.4%。其中，电动汽车、锂电池、光伏产品“新三样”合计出口52.8亿元，增长41.6%，拉动全市出口增长5.1个百分点。",
            "“今年一季度的订单已经排到了6月。”沣源一家光伏组件企业负责人说，企业去年在东南亚新设了两个销售中心，海外客户数量增加了三成。",
            "市商务局表示，将继续支持企业参加境外展会、布局海外仓，帮助企业稳订单、拓市场。",
        ])
    pg.body(b)
    pg.kicker(b, "稳外贸")
    pg.headline(b, lines=wrap(b.title, 14))
    for ln in wrap(b.subtitle, 14):
        pg.line(b, ln, "subtitle")
    for ln in wrap(b.byline, 14):
        pg.line(b, ln, "byline")
    pg.blank()
    c = Article(
        "c", "沣源港开通首条中欧班列",
        byline="本报讯（记者　戴雨）", authors=["戴雨"], lead="本报讯（记者　戴雨）",
        notes="The one story of the page in the normal order (headline, then text with run-in 本报讯（记者 X）, "
              "excluded from first); it follows right after the previous story's byline.",
        paras=[
            "4月15日，满载电子产品、汽车配件和日用百货的中欧班列从沣源港铁路物流中心驶出，将经西部口岸出境，预计18天后抵达欧洲。这是沣源开通的首条中欧班列线路。",
            "据介绍，该线路初期每周开行1列，下半年将加密至每周3列。与海运相比，中欧班列运输时间可缩短20天左右。",
        ])
    pg.headline(c, lines=wrap(c.title, 14))
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "小微企业首贷户增长23%",
        byline="（记者　纪小楼）", authors=["纪小楼"], tail="（记者　纪小楼）",
        notes="Text first, signed （记者 X） run in at its end (excluded from last), then its headline AFTER it; no "
              "byline line.",
        paras=[
            "记者从人民银行沣源市分行获悉，一季度全市新增小微企业首贷户2860户，同比增长23%，首贷金额31.4亿元。今年以来，辖内银行持续开展“首贷攻坚”行动，深入园区、商圈走访企业1.8万家。",
        ])
    pg.body(d)
    pg.headline(d)
    pg.blank()
    box(pg, ["沣源都市报", cn_date(2036, 4, 16), "A08　经济", "责任编辑：庞小溪"], "page header read LAST", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mb12() -> Page:
    """Monthly business magazine: contents page (目录, sections, page numbers, titles and writers), then the
    editor's letter 卷首语 signed by a right-aligned 本刊主编 X after the body, a reader's letter signed in
    brackets at its end, masthead box."""
    pg = Page("mb12.txt", cols=24, indent=FW * 2, blanks="some", seed=8412, p_para=0.4, p_gap=0.8,
              style="business magazine, contents page then editor's letter, indent two U+3000, blank lines sometimes: "
                    "contents (magazine name, English name, issue, 目录　CONTENTS, section names, lines 'page　title　"
                    "writer' with titles and writers of other pages); label 卷首语 over the editor's letter, its "
                    "signature 本刊主编 X right-aligned on a line of its own AFTER the body; label 编读往来 over a "
                    "reader's letter signed （place读者 X） run in at its end; masthead box (主管, 主办, 社长, 主编, "
                    "地址, 邮发代号, 定价); folio")
    box(pg, ["新商道", "NEW BUSINESS", "2037年1月上　总第412期", "", "目录　CONTENTS", "",
             "卷首语", "04　在不确定中寻找确定",
             "封面故事", "10　县域经济：下一个增长极在哪里", "18　“扩权强县”的三年答卷　本刊记者　江以沫",
             "24　一座县城的品牌突围　本刊记者　邹远",
             "商业观察", "32　预制菜：从风口到深水区　叶知秋", "38　即时零售改写社区商业　本刊记者　蔡菱",
             "人物", "46　陶远舟：把小五金做成大产业",
             "专栏", "54　利率下行时代的家庭资产配置　谢观澜", ""],
            "contents page (目录): not articles")
    box(pg, ["卷首语"], "column label 卷首语")
    a = Article(
        "a", "在不确定中寻找确定", section="卷首语", kind="commentary",
        byline="本刊主编　闻一舟", authors=["闻一舟"],
        notes="Editor's letter under the label 卷首语 (section; its title also appears in the contents above, which "
              "is not its headline: title_line is the headline over the text). Signed by 本刊主编 X right-aligned on "
              "a line of its own after the body: that line is the byline (written without its leading U+3000s), the "
              "editor is the author. Kind commentary.",
        paras=[
            "新年伊始，照例要说几句展望的话。但坦白讲，站在2037年的门口，我们和许多读者一样，心里既有期待，也有不少疑问：外部需求会不会继续走弱？房地产何时真正企稳？消费复苏的势头能否延续？",
            "这些问题，没有人能给出确定的答案。但在过去一年的采访中，我们还是看到了一些确定的东西。",
            "我们看到，在蘅州的县城里，越来越多的工厂老板开始琢磨品牌和标准，而不只是压价抢单；我们看到，年轻人回到家乡，把直播间搭在果园和车间里；我们也看到，地方政府把更多精力放在改善营商环境上，少了一些“拍脑袋”的项目，多了一些“绣花”的功夫。",
            "本期封面故事，我们把目光投向县域。县域经济在全国经济总量中占有重要分量，却常常被宏大叙事所忽略。我们希望通过三个县城的样本，呈现中国经济最具韧性的那一部分。",
            "不确定是常态。在不确定中寻找确定，或许正是商业最迷人的地方。新的一年，愿与读者诸君共勉。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 12 + a.byline, "byline")
    pg.gap()
    box(pg, ["编读往来"], "column label 编读往来")
    b = Article(
        "b", "期待更多中小企业的故事", section="编读往来",
        byline="（泱城读者　乔一禾）", authors=["乔一禾"], tail="（泱城读者　乔一禾）",
        notes="Reader's letter under the label 编读往来 (section), signed （place读者 X） run in at its end (excluded "
              "from last): the reader who wrote it is the author.",
        paras=[
            "贵刊去年第19期关于“专精特新”企业的报道让我印象深刻。我在一家做精密模具的小企业工作了十年，文章里写到的融资难、招人难，我们都经历过。",
            "希望新的一年，贵刊能多关注一些不起眼的中小企业，讲讲它们是怎么在夹缝里活下来、长起来的。",
        ])
    whole(pg, b)
    box(pg, ["新商道", "主管：蘅州出版集团", "主办：新商道杂志社", "社长：贝怀远　主编：闻一舟", "地址：泱城市文华路18号",
             "邮发代号：28-176　定价：15.00元"], "masthead box (not an article)")
    box(pg, ["03"], "folio", gap=False)
    return pg


PAGES = [mb09, mb10, mb11, mb12]
