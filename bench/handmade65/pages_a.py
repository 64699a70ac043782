"""Pages li01-li04 of handmade65 (development set; all papers, agencies, names, firms, places and figures invented).

Jumped articles: li01 (澄川日报 第1版) -> li12 (第2版) and li02 (第3版); li03 (岚港晚报 A1) -> li04 (A4)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


def rest_body(pg: Page, a: Article, first_indent: str = "") -> None:
    """The rest of a jumped article: its first paragraph goes on from the other page in mid-sentence, so its first
    line is printed without indent; the other paragraphs as usual."""
    items = pg.render_body(a, indent=first_indent, end=1)
    if len(a.paras) > 1:
        items += [("gap",)] + pg.render_body(a, start=1)
    pg.emit(a, items)


JUMP_OUT = ("Start of a jumped article: the rest is printed on another page (its own entry in that page's gold when the "
            "page is in this set). ")
JUMP_IN = ("Rest of a jumped article, recorded as its own entry of this page (the gold is per page): ")


# ---------------------------------------------------------------------------
def li01() -> Page:
    """City party daily FRONT page (第1版): lead with 引题 and run-in dateline whose text breaks off in mid-sentence
    with （下转第3版） run in; 评论员文章 with jump line on its own line; whole wire-like item; article with ——副题
    broken off in MID-WORD and （下转第2版） on its own line; 今日导读 box."""
    pg = Page("li01.txt", cols=28, indent=FW * 2, blanks="arts", seed=6501,
              style="city party daily FRONT page (第1版), blank lines only between articles and blocks: five-line masthead (paper, English name, date with weekday, 机关报 + 今日8版 + issue number, CN / 邮发代号); lead with 引题 (two phrases parted by U+3000, no 副题), headline, run-in 本报讯（记者 X　通讯员 Y）, its text breaking off in MID-SENTENCE with （下转第3版） run in at the end of the last line; 评论员文章 with 本报评论员 under its headline, broken off after a paragraph with （下转第3版） on a line of its own; whole item with run-in 本报讯（记者 X）; article with ——副题 and byline line 本报记者 X broken off in MID-WORD (新增停车泊 / 位) with （下转第2版） on a line of its own; 今日导读 box of ▶ titles with page numbers; footer with editors")
    pg.furniture(["澄川日报",
                  "CHENGCHUAN DAILY",
                  cn_date(2034, 3, 14),
                  "中共澄川市委机关报　　今日8版　　第12587期",
                  "国内统一连续出版物号　CN 68-0021　　邮发代号　51-7"], "masthead")
    pg.blank()
    a = Article(
        "a", "前两月全市规上工业增加值增长7.8%",
        subtitle="开局起步稳　动能持续增",
        byline="本报讯（记者　闻溪亭　通讯员　卜晓岚）", authors=["闻溪亭", "卜晓岚"],
        lead="本报讯（记者　闻溪亭　通讯员　卜晓岚）", tail="（下转第3版）",
        notes=JUMP_OUT + "The text breaks off in mid-sentence (…总投资) and the jump line （下转第3版） is run in at the end of "
              "the last line: excluded from last, as a run-in credit; the rest is li02's entry 前两月规上工业增加值增长7.8%. "
              "The 引题 above a headline with no 副题 is the subtitle (as g01 of handmade22). Run-in 本报讯（记者 X　通讯员 Y） "
              "excluded from first; both are authors.",
        paras=[
            "记者昨日从市统计局获悉，1—2月，全市规模以上工业增加值同比增长7.8%，增速比上年全年提高1.3个百分点，高于全省平均水平1.1个百分点。35个工业大类行业中，有27个行业增加值保持增长，增长面达77.1%。",
            "新动能引领作用明显。高技术制造业增加值增长14.6%，占规上工业的比重提高到28.3%；新能源汽车、工业机器人、锂离子电池产量分别增长41.2%、26.8%和19.5%。装备制造业对全市工业增长的贡献率达到52.4%。",
            "项目投资为工业增长积蓄后劲。前两月，全市工业投资增长11.9%，其中技术改造投资增长16.3%。按照年度计划，今年全市将实施500万元以上技术改造项目412个，总投资",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "以实干托起“开门红”", byline="本报评论员", kind="commentary",
        notes=JUMP_OUT + "评论员文章 with 本报评论员 under its headline (never an author: no authors). It breaks off after a "
              "whole paragraph; the jump line （下转第3版） on a line of its own after it is not body. The rest is li02's "
              "entry 以实干托起“开门红” (same headline repeated there).",
        paras=[
            "一季度是全年的基础，开局是否有力，关系全年目标能否顺利实现。前两月全市工业经济交出的成绩单，来之不易，更催人奋进。",
            "成绩来自实干。春节刚过，全市就启动了“企业服务月”行动，1200多名干部下沉一线，帮企业解决用工、用地、融资等难题；重点项目集中开工，一批技改项目提前投产。事实证明，只要把功夫下在前头，把服务做到企业心坎上，发展的主动权就握在自己手中。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["（下转第3版）"], "continued-to line (not body)")
    pg.blank()
    c = Article(
        "c", "澄川港国际班轮航线增至46条",
        byline="本报讯（记者　龚一舟）", authors=["龚一舟"], lead="本报讯（记者　龚一舟）",
        notes="Whole article on this page (not jumped). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "3月12日，一艘满载机电产品的集装箱货轮从澄川港鹭岛作业区启航，驶往东南亚。随着这条新航线开通，澄川港国际集装箱班轮航线增至46条，通达全球32个国家和地区的80余个港口。",
            "今年前两月，澄川港完成集装箱吞吐量18.4万标箱，同比增长12.1%。港口集团负责人表示，今年将再开通国际航线5条以上。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "城西片区老旧小区改造今年全面开工",
        subtitle="——涉及居民1.8万户，年内完工七成",
        byline="本报记者　霍青禾", authors=["霍青禾"],
        notes=JUMP_OUT + "The text breaks off in MID-WORD (新增停车泊 | 位 on page 2): last is taken as printed here. The jump "
              "line （下转第2版） on a line of its own is not body. The rest is li12's entry 老旧小区改造今年全面开工.",
        paras=[
            "记者从市住房和城乡建设局了解到，今年城西片区将对建成于2000年以前的63个老旧小区实施改造，涉及居民1.8万户、建筑面积152万平方米，目前已有41个小区完成设计方案公示，3月底前全部开工。",
            "与以往“刷墙面、换管道”不同，今年的改造更注重补齐功能短板。按照计划，片区将加装电梯120部，改造雨污管网37公里，新增停车泊",
        ])
    pg.headline(d)
    pg.line(d, d.subtitle, "subtitle")
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["（下转第2版）"], "continued-to line (not body)")
    pg.blank()
    pg.furniture(["今日导读",
                  "▶全市春季招聘会提供岗位3.6万个　　2版",
                  "▶东岳社：全国铁路春运发送旅客超5亿人次　　2版",
                  "▶市政府常务会议部署春季植树工作　　3版",
                  "▶澄川老街灯会吸引游客逾百万　　6版"], "今日导读 box (not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：鄢卓然　　值班编辑：麦小川　　校对：钭文"], "footer with editors")
    return pg


# ---------------------------------------------------------------------------
def li02() -> Page:
    """Same paper, 第3版 要闻, NO blank line anywhere, indent two ASCII spaces: whole article; rest of the li01 lead
    under a shortened headline and （上接第1版） on a line of its own; whole article; rest of the li01 评论员文章 under
    its repeated headline with （上接第1版） run in; rest of the li12 jobs article headed by （上接第2版） alone."""
    pg = Page("li02.txt", cols=34, indent="  ", blanks="never", seed=6502,
              style="city party daily 第3版 要闻 (same issue as li01 and li12), NO blank line anywhere, indent two ASCII spaces: header on three lines (3 + 要闻; paper + date with weekday; editors); whole article with run-in 本报讯（记者 X）; REST of the li01 lead under a SHORTENED repeat of its headline and （上接第1版） on a line of its own, opening in mid-sentence (386亿元，…) on an unindented line; REST of the li01 评论员文章 under its repeated headline with （上接第1版） run in at the start of its first line; whole article with byline line 本报记者 X; REST of the li12 jobs article headed by the line （上接第2版） ALONE (no headline), opening in mid-sentence; footer")
    pg.furniture(["3　要闻",
                  "澄川日报　" + cn_date(2034, 3, 14),
                  "责任编辑：鄢卓然　　美术编辑：巫晴　　校对：钭文"], "page header")
    a = Article(
        "a", "市政府常务会议研究部署春季植树造林工作",
        byline="本报讯（记者　邬海澄）", authors=["邬海澄"], lead="本报讯（记者　邬海澄）",
        notes="Whole article on this page (not jumped). Run-in 本报讯（记者 X） excluded from first. The mayor named is not "
              "an author.",
        paras=[
            "3月13日，市长姜怀远主持召开市政府常务会议，研究部署今年春季植树造林和国土绿化工作。",
            "会议指出，今年全市计划完成造林2.6万亩、森林抚育8万亩，新建城市口袋公园30个。要科学选择树种，多栽乡土树种，坚持宜林则林、宜草则草，严禁违规占用耕地绿化造林。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "前两月规上工业增加值增长7.8%",
        notes=JUMP_IN + "the rest of li01's lead 前两月全市规上工业增加值增长7.8%. The title is the SHORTENED repeat of the "
              "headline printed over the rest on this page. The line （上接第1版） under it is not body. The body opens in "
              "mid-sentence (386亿元，…) on an unindented line. No byline is printed with the rest: no authors (the "
              "reporters are named on page 1 only).",
        paras=[
            "386亿元，重点支持企业开展智能化改造和数字化转型，力争全年工业投资增长10%以上。",
            "从重点企业看，全市产值前100位的工业企业前两月合计实现产值1268亿元，增长9.4%，拉动全市工业增长5.2个百分点。其中，澄川汽车、鹭岛电子等龙头企业订单饱满，部分生产线实行“三班倒”。",
            "市统计局有关负责人表示，当前工业经济延续回升向好态势，但也要看到，部分传统行业需求偏弱，中小企业经营压力仍然较大。下一步，要继续抓好惠企政策落实，推动工业经济持续稳定增长。",
        ])
    pg.headline(b)
    pg.furniture(["（上接第1版）"], "continued-from line (not body)")
    rest_body(pg, b)
    c = Article(
        "c", "以实干托起“开门红”", byline=None, kind="commentary", lead="（上接第1版）",
        notes=JUMP_IN + "the rest of li01's 评论员文章 以实干托起“开门红”, under its headline repeated in full. The jump line "
              "（上接第1版） is run in at the start of the first body line: excluded from first, as a run-in dateline. "
              "本报评论员 is not printed here: no byline, no authors. Kind commentary, as the start.",
        paras=[
            "实干更要巧干。面对复杂多变的外部环境，既要稳住存量，帮助传统产业加快技术改造，又要做大增量，在新能源、智能装备、生物医药等赛道上抢占先机。",
            "“开门红”不是终点，而是起点。各级各部门要以只争朝夕的精神抓落实，以钉钉子的劲头抓推进，确保一季度经济运行实现良好开局，为完成全年目标任务打下坚实基础。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "澄川启动“十五分钟便民生活圈”试点",
        byline="本报记者　司马砚", authors=["司马砚"],
        notes="Whole article on this page (not jumped), byline line 本报记者 X. The resident quoted is not an author.",
        paras=[
            "买菜、修鞋、配钥匙，步行十五分钟都能办成。记者从市商务局获悉，澄川首批“十五分钟便民生活圈”试点已在12个社区启动，每个社区将至少配齐菜店、早餐店、便利店等8类基本业态。",
            "“以前修个拉链要跑两条街，现在楼下就有。”住在望江社区的居民甘秀兰说。按照计划，到年底全市将建成便民生活圈40个。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    e = Article(
        "e", None,
        notes=JUMP_IN + "the rest of li12's 春季招聘会提供岗位3.6万个. No headline is repeated over it: the line "
              "（上接第2版） alone heads it (not body), so the title is null. The body opens in mid-sentence "
              "(120余场，…) on an unindented line. No byline printed here: no authors.",
        paras=[
            "120余场，其中线上招聘会40场，重点面向高校毕业生、返乡农民工和就业困难人员。",
            "市人社局还将组织“就业服务进园区”活动，在全市15个工业园区设立就业服务站，为企业提供招聘对接、岗前培训、社保咨询等一站式服务。对吸纳高校毕业生就业的中小微企业，按每人1500元的标准发放一次性扩岗补助。",
        ])
    pg.furniture(["（上接第2版）"], "continued-from line (not body)")
    rest_body(pg, e)
    pg.furniture(["地址：澄川市鹭岛大道88号　　邮编：680021　　广告热线：0668-2316688"], "footer")
    return pg


# ---------------------------------------------------------------------------
def li03() -> Page:
    """Evening paper FRONT page (A1) in a narrow column: lead with kicker, headline on two lines, ——副题, byline
    line 首席记者 X　见习记者 Y, jump line （转第A4版） on its own line then a photo caption; item broken off in
    mid-sentence with （转第A4版） run in; two whole items; 今日关注 box."""
    pg = Page("li03.txt", cols=18, indent=FW * 2, blanks="some", seed=6503, p_para=0.3, p_gap=0.6,
              style="evening paper FRONT page (A1) in a narrow column, blank lines sometimes: masthead on four lines (paper, English name, date with weekday + 今日32版, 主管主办 + CN); lead with 引题 kicker, headline on TWO lines, ——副题 and byline line 首席记者 X　见习记者 Y, broken off after a paragraph with （转第A4版） on a line of its own, then a photo caption with credit 记者 X　摄; item with run-in 本报讯（记者 X） broken off in MID-SENTENCE with （转第A4版） run in; whole item with run-in 本报讯（记者 X）; whole item signed （记者 X　通讯员 Y） at the end; 今日关注 box of ◆ titles with page numbers; footer")
    pg.furniture(["岚港晚报",
                  "LANGANG EVENING NEWS",
                  cn_date(2035, 6, 18) + "　今日32版",
                  "岚港日报社主管主办　CN 69-0113"], "masthead")
    pg.blank()
    a = Article(
        "a", "海湾隧道今日零时正式通车", head=["海湾隧道今日零时", "正式通车"],
        subtitle="——过海时间由40分钟缩短至6分钟",
        byline="首席记者　戚望舒　见习记者　庞小野", authors=["戚望舒", "庞小野"],
        notes=JUMP_OUT + "Headline on two lines, joined. The 引题 kicker is neither title nor subtitle (the ——副题 is the "
              "subtitle). Byline line 首席记者 X　见习记者 Y: both are authors. The jump line （转第A4版） on a line of its "
              "own is not body, nor is the photo caption after it (its photographer is not an author). The rest is "
              "li04's entry 海湾隧道正式通车.",
        paras=[
            "历经五年建设，岚港海湾隧道将于今日零时正式通车。届时，从港东新城驾车前往老城区，过海时间将由绕行跨海大桥的40分钟缩短至6分钟左右。",
            "海湾隧道全长6.8公里，其中海底段3.9公里，采用双向六车道标准建设，设计时速80公里，总投资约142亿元，是岚港历史上单体投资最大的市政工程。",
        ])
    pg.kicker(a, "五年建设穿越深水航道")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（转第A4版）"], "continued-to line (not body)")
    pg.furniture(wrap("▲昨日，工作人员在海湾隧道内进行通车前的最后一次巡检。　记者　钟离岸　摄", 18),
                 "photo caption with credit (not body)")
    pg.blank()
    b = Article(
        "b", "夜市“烟火气”带旺夏季消费",
        byline="本报讯（记者　蔺夏）", authors=["蔺夏"], lead="本报讯（记者　蔺夏）", tail="（转第A4版）",
        notes=JUMP_OUT + "Run-in 本报讯（记者 X） excluded from first. The text breaks off in mid-sentence (…周边商户营业额) "
              "and （转第A4版） is run in at the end: excluded from last. The rest is li04's entry 夜市带旺夏季消费.",
        paras=[
            "入夏以来，岚港各大夜市人气持续走高。记者从市商务局获悉，6月以来全市12个重点夜市日均客流达到21万人次，比5月增长35%，带动周边商户营业额",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "今年首个高温橙色预警发布",
        byline="本报讯（记者　管一川）", authors=["管一川"], lead="本报讯（记者　管一川）",
        notes="Whole item on this page (not jumped). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "市气象台昨日15时发布今年首个高温橙色预警：今明两天，全市大部分地区最高气温将达37℃以上。气象部门提醒，户外作业人员要避开午后高温时段，注意防暑降温。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "岚港至汀洲城际列车加密班次",
        byline="（记者　凤栖梧　通讯员　甘露）", authors=["凤栖梧", "甘露"], tail="（记者　凤栖梧　通讯员　甘露）",
        notes="Whole item on this page (not jumped). The credit （记者 X　通讯员 Y） run in at the end is the byline, "
              "excluded from last; both are authors.",
        paras=[
            "自6月20日起，岚港至汀洲城际列车每日开行对数由18对增至26对，早晚高峰平均发车间隔缩短至20分钟。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["今日关注",
                  "◆中考成绩6月25日公布　A5",
                  "◆老旧电梯更新今年再添300部　A4",
                  "◆城市书房夏季开放延至22时　A7"], "今日关注 box (not an article)")
    pg.blank()
    pg.furniture(["新闻热线：96688　　本版编辑：闻人秋"], "footer")
    return pg


# ---------------------------------------------------------------------------
def li04() -> Page:
    """Same evening paper, A4 要闻: rest of the li03 lead under a shortened headline and （上接第A1版）; whole article
    with kicker; rest of the li03 夜市 item whose shortened headline carries （上接A1版） on the SAME line; article that
    starts here and is broken off with （转第A6版） (its rest not in the set)."""
    pg = Page("li04.txt", cols=30, indent=FW, blanks="para", seed=6504,
              style="evening paper A4 要闻 page (same issue as li03), indent ONE U+3000, blank lines between paragraphs and blocks: header on three lines (A4 + 要闻; date with weekday + paper; editor, designer, proof-reader); REST of the li03 lead under a SHORTENED headline with （上接第A1版） on a line of its own; whole article with 引题 kicker and byline line 本报记者 X; REST of the li03 夜市 item under a shortened headline that carries （上接A1版） on the SAME line, opening in mid-sentence; article with run-in 本报讯（记者 X　实习生 Y） that starts here and breaks off with （转第A6版） on a line of its own (rest not in the set); footer")
    pg.furniture(["A4　要闻",
                  cn_date(2035, 6, 18) + "　岚港晚报",
                  "编辑：闻人秋　　美编：简若　　校对：禹晓"], "page header")
    pg.blank()
    a = Article(
        "a", "海湾隧道正式通车",
        notes=JUMP_IN + "the rest of li03's lead 海湾隧道今日零时正式通车, under a SHORTENED repeat of the headline; the line "
              "（上接第A1版） under it is not body. It opens with a whole paragraph. No byline printed here: no authors. "
              "The official and the driver quoted are not authors.",
        paras=[
            "记者昨日在隧道内看到，洞内照明、通风、消防、监控等设施已全部调试完毕。隧道管理中心负责人介绍，隧道内每隔100米设置一处紧急电话和消防箱，每隔250米设置一处人行横通道，海底段最深处距海平面约52米。",
            "为保障通车初期交通秩序，交警部门将在隧道两端设置8处临时岗点，通车首周实行“全天候”巡逻。隧道暂不收取通行费，货车每日7时至9时、17时至19时禁行。",
            "“以后去老城接孩子放学，再也不用在大桥上堵半个小时了。”家住港东新城的出租车司机尤建国说。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第A1版）"], "continued-from line (not body)")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "老旧电梯更新今年再添300部",
        byline="本报记者　郗云", authors=["郗云"],
        notes="Whole article on this page (not jumped). The 引题 kicker 既要“更新”也要“更安心” is, with no 副题, the "
              "subtitle (as li01). Byline line 本报记者 X.",
        subtitle="既要“更新”也要“更安心”",
        paras=[
            "记者从市市场监管局获悉，今年全市将对使用年限超过15年、存在安全隐患的300部老旧住宅电梯实施更新改造，资金由财政补贴、住宅专项维修资金和业主自筹共同承担，其中财政补贴每部最高15万元。",
            "去年，全市已完成老旧电梯更新268部，更新后电梯故障率下降八成以上。今年起，更新后的电梯将统一接入“智慧电梯”监测平台，困人故障实现自动报警。",
        ])
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "夜市带旺夏季消费",
        notes=JUMP_IN + "the rest of li03's 夜市“烟火气”带旺夏季消费. Its shortened headline carries the jump line "
              "（上接A1版） on the SAME line: the title is the headline only. The body opens in mid-sentence (同比增长近三成…) "
              "on an unindented line. No byline printed here: no authors. The stall owner quoted is not an author.",
        paras=[
            "同比增长近三成。其中，海滨夜市推出“深夜食堂”“后备箱集市”等新玩法，周末单日客流突破4万人次。",
            "“晚上七点出摊，忙到十二点，一晚上能卖出三百多份炒冰。”摊主贺小满说。市商务局表示，将在7月至8月举办“岚港夏夜消费季”，发放餐饮消费券500万元，并适当延长公交地铁夜间运营时间。",
        ])
    pg.line(c, "夜市带旺夏季消费（上接A1版）", "title")
    pg.gap()
    rest_body(pg, c)
    pg.gap()
    d = Article(
        "d", "防汛：全市排查积水点128处",
        byline="本报讯（记者　蓟北辰　实习生　万可）", authors=["蓟北辰", "万可"],
        lead="本报讯（记者　蓟北辰　实习生　万可）",
        notes=JUMP_OUT + "its rest is on A6, a page not in this set. Run-in 本报讯（记者 X　实习生 Y） excluded from first; "
              "the jump line （转第A6版） on a line of its own after a whole paragraph is not body.",
        paras=[
            "主汛期将至，记者从市城管局获悉，全市已排查易涝积水点128处，其中下穿隧道、地下车库入口等重点部位37处，目前已完成整改91处，其余将在6月底前整改到位。",
            "今年，全市新增移动泵车12台、应急排水设备200余套，组建专业抢险队伍46支。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.furniture(["（转第A6版）"], "continued-to line (not body)")
    pg.blank()
    pg.furniture(["岚港晚报社出版　　地址：岚港市港东新城海湾路1号　　发行热线：96688转3"], "footer")
    return pg


PAGES = [li01, li02, li03, li04]
