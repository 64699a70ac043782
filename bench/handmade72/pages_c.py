"""Pages lp09-lp12 of handmade72 (development set; all magazines, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, wrap


def lines_as(pg: Page, a: Article, text: str, role: str, cols: float, first: str = "", rest: str = "") -> None:
    """A display block of an article that is not body (导语 standfirst, bio line), wrapped at cols."""
    for ln in wrap(text, cols, first, rest):
        pg.line(a, ln, role)


def qa(pg: Page, a: Article, questions: set[int]) -> None:
    """An interview body whose question paragraphs (bold in print, no marker) are printed flush, the answers
    indented: the kit's render_body indents every paragraph, so the items are built here and written with
    Page.emit."""
    items: list = []
    for i, p in enumerate(a.paras):
        if i:
            items.append(("gap",))
        text = p + (a.tail if i == len(a.paras) - 1 else "")
        for ln in wrap(text, pg.cols, "" if i in questions else pg.indent, ""):
            items.append(("line", ln, set()))
    pg.emit(a, items)


# ---------------------------------------------------------------------------
def lp09() -> Page:
    """启衡财经 monthly, front page in a very narrow column: 卷首语 signed at its end ——执行主编 X (right-aligned);
    本期导读 box (titles with page numbers after them); label 编读往来 over two readers' letters (one signed on a
    line of its own, one with the signature run in); 更正 notice."""
    pg = Page("lp09.txt", cols=16, indent=FW, blanks="para", seed=7209,
              style="finance monthly front page in a very narrow column indented with ONE U+3000, blank lines between paragraphs and blocks: running head; label 卷首语 over an editor's letter signed at its END by the right-aligned line ——执行主编　X; 本期导读 box (titles with the page number AFTER them, P12, a wrapped title; not articles); label 编读往来 over two readers' letters with headlines, one signed by a right-aligned line 江屿读者　X, one with the signature （北岬　X） run in at the end; 更正 notice; running foot with the English name and page number")
    pg.furniture(["启衡财经｜2033年第9期"], "running head")
    pg.blank()
    pg.furniture(["卷首语"], "column label 卷首语")
    pg.blank()
    a = Article(
        "a", "做时间的朋友，也做变化的朋友", section="卷首语", kind="commentary",
        byline="——执行主编　楚映川", authors=["楚映川"],
        notes="**new** 卷首语 signed at its END by the right-aligned line ——执行主编 X (written without its leading "
              "U+3000s; the dash is part of the printed byline): the editor is the author; kind commentary.",
        paras=[
            "本期封面讲的是家族企业的交班。采访中，一位老企业家说，他这辈子最大的本事，是“熬”。",
            "熬过了原料涨价，熬过了订单断档，也熬过了几轮行业洗牌。可他的女儿告诉我们，今天的市场，光靠熬已经不够了，还得会变。",
            "长期主义与随机应变，并不矛盾。做时间的朋友，也要做变化的朋友。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 6 + a.byline, "byline")
    pg.blank()
    pg.furniture(["本期导读",
                  "家族企业的第二次",
                  "交班……………P12",
                  "县城里的“新商帮”",
                  "………………P24",
                  "对话谭亦舟……P28",
                  "利率的温度……P40"], "本期导读 box (titles with page numbers; not articles)")
    pg.blank()
    pg.furniture(["编读往来"], "column label 编读往来")
    pg.blank()
    b = Article(
        "b", "希望多关注中小外贸企业", section="编读往来",
        byline="江屿读者　郁小苒", authors=["郁小苒"],
        notes="**new** Reader's letter under the label 编读往来 (section), kind article: signed at its END by a "
              "right-aligned line 江屿读者 X (written without its leading U+3000s); the reader who writes is the "
              "author.",
        paras=[
            "我在江屿经营一家做小家电出口的工厂。贵刊上期关于汇率的报道很有帮助，希望今后能多介绍中小外贸企业如何用好避险工具。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 5 + b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "关于“零工保险”一文的补充", section="编读往来",
        byline="（北岬　匡一鸣）", authors=["匡一鸣"], tail="（北岬　匡一鸣）",
        notes="**new** Reader's letter with the signature （place　X） run in at the end: the byline, excluded from "
              "last; the reader is the author.",
        paras=[
            "上期《零工保险的账怎么算》一文提到的职业伤害保障试点，据我了解，北岬市已将外卖骑手之外的网约车司机也纳入了保障范围，建议补充。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["更正",
                  "本刊2033年第8期第",
                  "35页《零工保险的账",
                  "怎么算》一文中，“试",
                  "点城市7个”应为“试",
                  "点城市9个”。特此更",
                  "正。"], "更正 notice (not an article)")
    pg.blank()
    pg.furniture(["QIHENG FINANCE　5"], "running foot")
    return pg


# ---------------------------------------------------------------------------
def lp10() -> Page:
    """启衡财经 monthly, 对话 page: 嘉宾简介 bio box at the TOP; headline NAME：quote; 导语 standfirst; byline
    撰文：本刊记者 X　编辑：Y; questions printed flush with no marker (bold in print), answers indented; end mark ■;
    label 公司速览 over two items."""
    pg = Page("lp10.txt", cols=24, indent=FW * 2, blanks="some", colbreak=12, seed=7210, p_para=0.45, p_gap=0.85,
              style="finance monthly 对话 page, blank lines sometimes plus column breaks (every 12 body lines): running head 对话 DIALOGUE; a 嘉宾简介 bio box at the TOP, above the label 对话 and the headline NAME：quote; 导语 standfirst (indented like a paragraph); byline line 撰文：本刊记者 X　编辑：Y; questions printed FLUSH with no marker at all (bold in print, lost in extraction), answers indented; end mark ■ run in; label 公司速览 over two items (one with byline line 本刊记者 X, one with none); running foot")
    pg.furniture(["对话 DIALOGUE"], "running head")
    pg.gap()
    pg.furniture(["嘉宾简介",
                  "谭亦舟　望潮冷链物流公司创始人、",
                  "董事长。2029年创业，公司目前在全",
                  "国拥有48个冷链仓。"], "嘉宾简介 bio box at the top (not body)")
    pg.gap()
    pg.furniture(["对话"], "column label 对话")
    a = Article(
        "a", "谭亦舟：冷链不是成本，是入场券", section="对话", kind="interview", tail="■",
        byline="撰文：本刊记者　彭栖梧　编辑：霍念真", authors=["彭栖梧"],
        notes="**new** Interview whose questions are printed flush with NO marker (bold in print, lost in "
              "extraction) and answers indented; the 嘉宾简介 bio box above the label is not body; the 导语 "
              "standfirst (printed indented, like a paragraph, between headline and byline) is display text, not "
              "body. Byline 撰文：本刊记者 X　编辑：Y: only the writer is an author. The body runs from the first "
              "question to the last answer; the end mark ■ run in is excluded from last. The interviewee is not an "
              "author.",
        paras=[
            "很多人把冷链看作一笔额外的成本，您怎么看？",
            "这是最大的误解。对生鲜、医药这些行业来说，没有冷链就进不了市场，冷链不是成本，是入场券。过去企业自己建冷库，利用率往往不到一半，我们做的就是把这些分散的需求集中起来。",
            "县域市场的冷链生意好做吗？",
            "不好做，但必须做。县域订单小而散，一开始每单都是亏的。我们的办法是和当地的邮政、供销社合作，共用车辆和网点，把单票成本降下来。现在县域业务已经占到公司收入的三成。",
            "未来三年最大的挑战是什么？",
            "是人。冷链需要懂温控、懂系统的操作员，这样的人太少了。我们今年和三所职业院校合办了冷链班，明年第一批学生就能上岗。",
        ])
    pg.headline(a)
    lines_as(pg, a, "在生鲜电商和县域商业的带动下，冷链物流正从幕后走到台前。望潮冷链创始人谭亦舟认为，这门“慢生意”的门槛，恰恰在于看不见的地方。", "standfirst", 24, FW * 2)
    pg.line(a, a.byline, "byline")
    pg.gap()
    qa(pg, a, {0, 2, 4})
    pg.gap()
    pg.furniture(["公司速览"], "column label 公司速览")
    b1 = Article("b1", "鸣泉医药创新药获批上市", section="公司速览",
                 byline="本刊记者　左听澜", authors=["左听澜"],
                 notes="Item of the 公司速览 strip with byline line 本刊记者 X under its headline.",
                 paras=["鸣泉医药8月12日公告，其自主研发的一款降血脂创新药获批上市。公司预计该药将于明年纳入医保谈判，峰值年销售额有望超过15亿元。"])
    b2 = Article("b2", "岚桥汽车二季度扭亏", section="公司速览",
                 notes="Item of the 公司速览 strip with no credit: no authors.",
                 paras=["岚桥汽车二季度实现净利润2.3亿元，为连续六个季度亏损后首次盈利。海外销量同比增长87%，是扭亏的主要原因。"])
    pg.headline(b1)
    pg.line(b1, b1.byline, "byline")
    pg.body(b1)
    pg.gap()
    pg.headline(b2)
    pg.body(b2)
    pg.gap()
    pg.furniture(["28　启衡财经　2033.09"], "running foot")
    return pg


# ---------------------------------------------------------------------------
def lp11() -> Page:
    """鸿鹄商业评论 monthly, a spread of 专栏 with running FEET only: a column with an 【作者】 bio box at the TOP;
    the left page's running foot; a column whose body comes FIRST and whose headline and byline are printed
    AFTER it, then its （作者系…） line; label 案例 over a case with a pull quote and byline 撰文：X　编辑：Y."""
    pg = Page("lp11.txt", cols=32, indent="  ", blanks="arts", seed=7211,
              style="business-review monthly, a SPREAD (pp.62-63) of columns indented with two ASCII spaces, blank lines only between articles, running FEET only (no running head): label 专栏 over an 【作者】 bio box printed above the column's headline, byline line 文｜X; the left page's running foot in the middle; label 管理笔记 over a column whose body comes FIRST and whose headline and byline line 文｜X are printed AFTER it, then the line （作者系…）; label 案例 over a case with byline line 撰文：X　编辑：Y and a pull quote; running foot of the right page")
    pg.furniture(["专栏",
                  "【作者】孔慕言｜鸿鹄商学院战略学教授，",
                  "著有《收缩的艺术》。"], "column label and the 【作者】 bio box at the top (not body, not byline)")
    a = Article(
        "a", "增长放缓时，企业该砍掉什么", section="专栏", kind="commentary",
        byline="文｜孔慕言", authors=["孔慕言"],
        notes="**new** 专栏 column with the 【作者】 bio box (name｜post) printed above its headline: the box is "
              "neither body nor byline; byline line 文｜X, the columnist is the author. Commentary.",
        paras=[
            "增长放缓的年份，几乎每家企业都在谈降本增效。但我见过太多企业，砍掉的恰恰是不该砍的东西：研发预算、员工培训和客户服务。",
            "判断该砍什么，有一个简单的标准：这项投入是否直接关系到三年后的竞争力。办公室装修、过多的层级和重复的会议可以砍；能让客户多留一年的服务，不能砍。",
            "收缩不是后退，而是为下一次增长腾出资源。会做减法的企业，往往才有资格做加法。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["鸿鹄商业评论　2037/05　62"], "running foot of p.62")
    pg.blank()
    pg.furniture(["管理笔记"], "column label 管理笔记")
    b = Article(
        "b", "让会议回到决策本身", section="管理笔记", kind="commentary",
        byline="文｜钟离未", authors=["钟离未"],
        notes="**new** Column whose body comes FIRST (right after its label) and whose headline and byline line "
              "文｜X are printed AFTER it (extraction order of the spread), then the bio line （作者系…）, which is "
              "neither body nor byline. The writer (two-character surname 钟离) is the author. Commentary.",
        paras=[
            "一家中型制造企业做过统计：中层管理者每周平均开会11个小时，其中近一半的会议没有形成任何决定。",
            "会议多，往往是授权不清的表现。谁有权拍板、什么事情需要上会、会前材料由谁准备，这些规则不明确，会议就会变成汇报和表态的场合。",
            "不妨从一条小规定开始：没有明确议题和决策事项的会，不开。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.line(b, "（作者系岚湖咨询合伙人）", "bio")
    pg.blank()
    pg.furniture(["案例"], "column label 案例")
    c = Article(
        "c", "一家县城面馆的会员制实验", section="案例",
        byline="撰文：汪照野　编辑：沙鸣远", authors=["汪照野"],
        notes="Case story under the label 案例 (section): byline 撰文：X　编辑：Y, only the writer is an author. The "
              "pull quote (a sentence of the text repeated) is a body line. The owner quoted (邰春来) is not an "
              "author.",
        paras=[
            "在西泖县，邰春来的面馆开了十二年。两年前，他推出了一张年费199元的会员卡：每天一碗面打七折，生日送一份卤味。",
            Quote("会员卡卖的不是折扣，是“明天还来”的理由。"),
            "第一年，会员卡卖出了1300多张，面馆的回头客比例从四成升到七成，营业额增长了35%。“会员卡卖的不是折扣，是‘明天还来’的理由。”邰春来说。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["63　HONGHU BUSINESS REVIEW"], "running foot of p.63")
    return pg


# ---------------------------------------------------------------------------
def lp12() -> Page:
    """知本 biweekly, 公司 page, NO indent, NO blank line: lead with kicker, ——副题, byline 文｜本刊记者 X　实习记者 Y
    and a crosshead; a chart (title, axis figures, 注); second story with byline 本刊记者 X｜文; 人物 profile."""
    pg = Page("lp12.txt", cols=38, indent="", blanks="never", seed=7212,
              style="business biweekly 公司 page, NO indent and NO blank line anywhere: running head (公司 COMPANIES + name + issue); lead with 引题 kicker, headline, ——副题, byline line 文｜本刊记者 X　实习记者 Y and a crosshead; a chart flattened by extraction (图 title with unit, years and values on lines of their own, 注 line) after it; second story with byline line 本刊记者 X｜文 (name before ｜文); label 人物 over a profile with headline NAME：phrase and byline line 本刊记者 X; running foot with page number")
    pg.furniture(["公司 COMPANIES　知本　2032年第20期"], "running head")
    a = Article(
        "a", "储能电池价格战进入下半场",
        subtitle="——头部厂商开始比拼系统集成与海外渠道",
        byline="文｜本刊记者　樊若谷　实习记者　车晓禾", authors=["樊若谷", "车晓禾"],
        notes="Lead story: the 引题 kicker 新能源 is neither title nor subtitle (the ——副题 is the subtitle). Byline "
              "文｜本刊记者 X　实习记者 Y: both are authors. The crosshead is a body line. The chart after the body "
              "is not body. Executives and analysts quoted are not authors.",
        paras=[
            "过去两年，储能电芯的平均价格下降了近四成。价格战之下，二三线厂商的产能利用率普遍不足五成，行业开始出现整合。",
            "“单纯拼电芯价格的阶段已经结束了。”曜川储能副总裁井雪松说，下一阶段的竞争焦点，是系统集成能力和海外项目的交付能力。",
            Cross("海外订单成分水岭"),
            "今年前三季度，国内头部五家储能企业的海外订单合计超过62吉瓦时，占其新增订单的58%。与国内市场相比，海外项目对安全认证、本地化服务和融资方案的要求更高，利润率也高出约8个百分点。",
            "分析师卢青棠认为，未来两年行业集中度将进一步提高，缺乏海外渠道和技术积累的中小企业，可能面临被并购或退出的命运。",
        ])
    pg.kicker(a, "新能源")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["图：2028—2032年储能电芯均价（元/瓦时）",
                  "2028　　2029　　2030　　2031　　2032",
                  "0.92　　0.81　　0.66　　0.58　　0.55",
                  "注：2032年为前三季度均价。数据来源：行业协会，本刊整理"], "chart (not body)")
    b = Article(
        "b", "连锁药店一年关店逾两千家",
        byline="本刊记者　祝南星｜文", authors=["祝南星"],
        notes="**new** Byline printed as 本刊记者 X｜文 (the name before ｜文): the reporter is the author.",
        paras=[
            "据本刊统计，今年以来，四家上市连锁药店合计关闭门店2140家，而去年同期还在净增。医保支付方式改革和线上购药分流，是门店收缩的主要原因。",
            "多家药店企业表示，将把资源集中到慢病管理和专业药房，减少在同一商圈的重复布局。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["人物"], "column label 人物")
    c = Article(
        "c", "柏知秋：从券商分析师到咖啡店主", section="人物",
        byline="本刊记者　祝南星", authors=["祝南星"],
        notes="Profile under the label 人物 (section): headline NAME：phrase (the name is the subject, not an "
              "author); byline line 本刊记者 X.",
        paras=[
            "三年前，柏知秋辞去了券商消费行业首席分析师的职位，在澄湾老城开了一家只有八个座位的咖啡店。",
            "“以前我研究别人的生意，现在我自己算每一杯的成本。”她说，店里的豆子由她自己挑选烘焙，每月还会办一次面向年轻人的理财沙龙。如今，她的店已经开到了第三家。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["知本　2032.20　21"], "running foot")
    return pg


PAGES = [lp09, lp10, lp11, lp12]
