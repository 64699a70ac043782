"""Pages ma01-ma04 of handmade83 (development set; all papers, names, firms, places and figures invented).

Theme of the set: pages of papers whose layout differs from each other. Each page has its own column width
(10 to 40 full-width characters), its own indentation (two U+3000, four ASCII spaces, two ASCII spaces, none), its
own blank-line habit (between all paragraphs and blocks, only between articles, sometimes, never), its own page
header and footer, and its own ways of printing headline groups and bylines.

This file also holds the small helpers that pages_b.py and pages_c.py import.
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


def group(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None, gaps: bool = True,
          byline: bool | None = None) -> None:
    """The headline group: kicker, headline (as a.head or a.title, letter-spaced with sep), subtitle and byline
    lines; with gaps=True each is followed by Page.gap() (what that prints depends on the page's policy), with
    gaps=False the group is printed solid. The byline line is printed unless it is run in (a.lead / a.tail)."""
    if byline is None:
        byline = bool(a.byline) and a.byline not in (a.lead + a.tail)
    if kicker:
        pg.kicker(a, kicker)
        if gaps:
            pg.gap()
    pg.headline(a, sep=sep)
    if gaps:
        pg.gap()
    if a.subtitle:
        pg.line(a, a.subtitle, "subtitle")
        if gaps:
            pg.gap()
    if byline:
        pg.line(a, a.byline, "byline")
        if gaps:
            pg.gap()


def whole(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None, gaps: bool = True,
          after: str = "gap") -> None:
    """Headline group and body; after: 'gap' (Page.gap), 'blank' (Page.blank, printed on 'arts' pages) or ''."""
    group(pg, a, kicker=kicker, sep=sep, gaps=gaps)
    pg.body(a)
    sep_after(pg, after)


def sep_after(pg: Page, after: str) -> None:
    if after == "gap":
        pg.gap()
    elif after == "blank":
        pg.blank()


def box(pg: Page, lines: list[str], what: str, after: str = "gap") -> None:
    """A non-article block (furniture, label, caption, table, advert, notice), then its separator."""
    pg.furniture(lines, what)
    sep_after(pg, after)


def items(pg: Page, arts: list[Article], after: str = "gap") -> None:
    """The items of a strip of one-line news printed with no headline: each its own article."""
    for a in arts:
        pg.body(a)
        sep_after(pg, after)


# ---------------------------------------------------------------------------
def ma01() -> Page:
    """Economic daily, 经济观察 page in a WIDE column, indented with two U+3000, blank lines only between articles:
    one-line header (date, weekday, 第5版, page name); lead with kicker, ——副题, byline of two reporters, two
    crossheads and a photo caption with credit between two paragraphs; wire item 新华社北京…电（记者 X）; report with
    a table between two paragraphs; run-in item; bank advert; footer with 责任编辑."""
    pg = Page("ma01.txt", cols=40, indent=FW * 2, blanks="arts", seed=8301,
              style="economic daily 经济观察 page in a WIDE column, indent two U+3000, blank lines only between articles "
                    "and blocks: one-line header (date with weekday, 第5版, 经济观察); lead with 引题 kicker, headline, "
                    "——副题, byline line 本报记者 X　Y (two reporters), two crossheads and a photo caption with credit "
                    "本报记者 X　摄 BETWEEN two paragraphs, nothing setting them off; wire item with run-in "
                    "新华社北京3月10日电（记者 X）; report with byline line 本报记者 X and a table (title, header row, four "
                    "rows, 数据来源) BETWEEN two paragraphs; item with run-in 本报讯（记者 X）; bank advert; footer with "
                    "责任编辑, 美术编辑, 校对")
    box(pg, [cn_date(2038, 3, 11) + "  第5版  经济观察"], "page header", after="blank")
    a = Article(
        "a", "一季度全省重大项目开工提速",
        subtitle="——来自岚江省重点项目建设现场的观察",
        byline="本报记者　罗秋禾　程远", authors=["罗秋禾", "程远"],
        notes="Lead. The 引题 kicker 扩大有效投资·项目一线行 is neither title nor subtitle (the ——副题 is the subtitle). "
              "Byline line 本报记者 X　Y names two reporters, both authors. Two crossheads (审批提速…, 资金跟进…) are body "
              "lines. The photo caption with credit 本报记者 程远 摄 printed between two paragraphs, with no blank line "
              "and no indent, is not body (body in pieces); the photographer is one of the reporters anyway. The "
              "project manager and the official quoted (邵明川) are not authors.",
        paras=[
            "3月上旬的岚江大地，春寒尚未褪尽，各地重点项目工地上却早已是一派繁忙景象。在岚江港三期集装箱码头工程现场，"
            "12台打桩船一字排开，施工人员正抓紧进行码头桩基施工。“今年我们比原计划提前20天复工，一季度要完成投资4.2亿元。”"
            "项目常务副经理邵明川说。",
            "记者从岚江省发展改革委获悉，截至3月8日，全省今年计划实施的1260个省重点项目已开工1038个，开工率82.4%，"
            "比去年同期提高6.7个百分点；1—2月完成投资1587亿元，同比增长11.3%。",
            Cross("审批提速：从“串联”到“并联”"),
            "项目早开工，离不开审批环节的“加速度”。去年以来，岚江在全省推行重大项目“并联审批、容缺受理”，用地预审、"
            "环评、能评等事项同步办理，一般工业项目从拿地到开工的时间由平均126天压缩到62天。",
            "在沅州经济开发区，总投资36亿元的动力电池隔膜项目实现了“拿地即开工”。企业负责人介绍，项目从签约到开工仅用了"
            "47天，“如果按过去的流程，至少要半年”。",
            Cross("资金跟进：专项债发行前移"),
            "资金保障同样跑在前面。今年岚江首批新增专项债券412亿元已于1月下旬发行，比去年提前近一个月，重点投向交通、"
            "水利、产业园区和城市更新等领域。省财政厅有关负责人表示，将加快后续批次发行节奏，力争上半年发行比例达到七成以上。",
            "受访专家认为，一季度项目集中开工，为全年稳投资打下了基础。下一步，关键是抓好在建项目的要素保障，推动项目"
            "尽快形成实物工作量。",
        ])
    group(pg, a, kicker="扩大有效投资·项目一线行")
    pg.body(a, end=5)
    box(pg, ["▲岚江港三期集装箱码头工程施工现场，打桩船正在作业。　　本报记者　程远　摄"],
        "photo caption with credit between two paragraphs (not body)", after="")
    pg.body(a, start=5)
    pg.blank()
    b = Article(
        "b", "四部门联合开展中小企业数字化赋能专项行动",
        byline="新华社北京3月10日电（记者　郁宁）", authors=["郁宁"], lead="新华社北京3月10日电（记者　郁宁）",
        notes="Wire item: the run-in dateline 新华社北京3月10日电（记者 X） is excluded from first; the wire reporter is "
              "the author. Headline printed directly above the text.",
        paras=[
            "记者10日从工业和信息化部获悉，工业和信息化部、财政部等四部门近日联合印发通知，在全国开展中小企业数字化赋能"
            "专项行动，计划用三年时间，推动10万家以上中小企业实施数字化改造。",
            "通知提出，将围绕装备制造、电子信息、纺织服装等重点行业，遴选一批数字化服务商，为中小企业提供“小快轻准”的"
            "数字化产品和服务；对改造成效明显的企业，地方可给予适当奖补。",
        ])
    whole(pg, b, after="blank")
    c = Article(
        "c", "1—2月全省规上工业增加值增长7.2%",
        byline="本报记者　施雯", authors=["施雯"],
        notes="Report with byline line 本报记者 X. The table (title, header row, four rows, 数据来源) printed between "
              "the first and second paragraph is not body (body in pieces). The statistics spokesman quoted (杜晓岚) "
              "is not an author.",
        paras=[
            "岚江省统计局10日发布数据，1—2月，全省规模以上工业增加值同比增长7.2%，增速比去年全年加快0.9个百分点。"
            "全省40个工业大类行业中，有31个行业增加值实现增长。",
            "从产品看，新能源汽车、工业机器人、集成电路产量分别增长38.6%、24.1%和19.7%。消费市场平稳回升，春节假期全省"
            "重点商贸企业销售额增长9.3%，餐饮收入增长12.6%。",
            "省统计局新闻发言人杜晓岚表示，开年以来全省经济运行延续恢复向好态势，但外需不确定因素仍然较多，部分中小企业"
            "经营压力较大，巩固回升基础仍需持续用力。",
        ])
    group(pg, c)
    pg.body(c, end=1)
    box(pg, ["1—2月岚江省主要经济指标",
             "指标　　　　　　　　　　绝对值　　　　同比增长（%）",
             "规上工业增加值　　　　　—　　　　　　7.2",
             "固定资产投资　　　　　　2986亿元　　　9.8",
             "社会消费品零售总额　　　3412亿元　　　6.1",
             "进出口总额　　　　　　　1275亿元　　　8.4",
             "数据来源：岚江省统计局"], "table between two paragraphs (not body)", after="")
    pg.body(c, start=1)
    pg.blank()
    d = Article(
        "d", "岚江设立50亿元产业链协同发展基金",
        byline="本报讯（记者　罗秋禾）", authors=["罗秋禾"], lead="本报讯（记者　罗秋禾）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "岚江省产业链协同发展基金日前完成设立，基金总规模50亿元，首期到位20亿元，由省级财政出资引导，联合6家金融机构"
            "和12家“链主”企业共同发起，重点投向新能源汽车、新材料和高端装备等产业链上的配套中小企业。",
        ])
    whole(pg, d, after="blank")
    box(pg, ["岚江农商银行　　普惠小微“快易贷”　最快当天放款", "线上申请　随借随还　　全省服务热线：96××8"],
        "bank advert (not an article)", after="blank")
    pg.furniture(["责任编辑：苏映　　美术编辑：韦一鸣　　校对：龙小舟"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ma02() -> Page:
    """Evening paper, 区域 page in a narrow column, indented with two ASCII spaces, a blank line after every paragraph
    and block: header 'A6 | 区域 | date'; lead with a headline on two lines and byline □ 记者 X; item whose headline
    sits directly on its run-in text; the 一句话新闻 strip of four ● items with no headlines; advert; footer 责编."""
    pg = Page("ma02.txt", cols=14, indent="  ", blanks="para", seed=8302,
              style="evening paper 区域 page in a narrow column, indent two ASCII spaces, a blank line after every "
                    "paragraph and block: header A6 | 区域 | 2038.3.12; lead with headline on two lines, byline line "
                    "□ 记者 X printed right under it, then a blank line; item whose headline sits directly on its text "
                    "(no blank line), run-in 本报讯（记者 X　通讯员 Y） wrapped over three lines; label 一句话新闻 over four "
                    "● items with no headline and no credit; advert (家博会); footer 责编 / 美编")
    box(pg, ["A6 | 区域 | 2038.3.12"], "page header")
    a = Article(
        "a", "城南片区旧改签约率达98%", head=["城南片区旧改", "签约率达98%"],
        byline="□ 记者　贺嘉", authors=["贺嘉"],
        notes="Headline on two lines (joined), the byline line □ 记者 X right under it (the □ is a mark; the reporter "
              "is the author). The resident quoted (邱桂芳) is not an author.",
        paras=[
            "3月11日，沅州市城南片区旧城改造项目签约期满，片区内1426户居民中已有1398户签订征收补偿协议，签约率达98%。",
            "城南片区是沅州现存面积最大的老旧城区，房屋多建于上世纪八九十年代，基础设施老化严重。此次改造采取货币补偿与"
            "产权调换相结合的方式，居民可自主选择。",
            "“新房选在了离老街不到一公里的安置小区，孩子上学也方便。”居民邱桂芳说。据介绍，片区改造后将建设住宅、商业"
            "街区和口袋公园，总投资约58亿元，预计2041年全部完工。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "沅州高新区新签约项目11个",
        byline="本报讯（记者　柯小楠　通讯员　董启明）", authors=["柯小楠", "董启明"],
        lead="本报讯（记者　柯小楠　通讯员　董启明）",
        notes="Headline printed directly on the first text line, no blank line between (on a page where every other "
              "block is followed by one). Run-in 本报讯（记者 X　通讯员 Y） (wrapped over three lines) excluded from "
              "first; both are authors.",
        paras=[
            "3月10日，沅州高新区举行一季度项目集中签约活动，现场签约智能装备、新材料、生物医药等领域项目11个，总投资86.5亿元。",
            "其中，投资20亿元的高端轴承项目投产后，预计年产值可达30亿元。",
        ])
    whole(pg, b, gaps=False)
    box(pg, ["一句话新闻"], "column label 一句话新闻")
    note = ("One-sentence item of the 一句话新闻 strip (section), each its own article as the items of a brief column "
            "in handmade81; printed with no headline (title null) and no credit (no authors). The ● mark is run in "
            "and excluded from first.")
    strip = [
        Article("c1", None, section="一句话新闻", lead="●", notes=note,
                paras=["沅州市区新增公共停车泊位2300个，均已接入全市智慧停车平台。"]),
        Article("c2", None, section="一句话新闻", lead="●", notes=note,
                paras=["沅江区首个“共享菜园”开园，120块菜地由社区居民认领种植。"]),
        Article("c3", None, section="一句话新闻", lead="●", notes=note,
                paras=["沅州至岚江城际公交开通，单程票价12元，每30分钟一班。"]),
        Article("c4", None, section="一句话新闻", lead="●", notes=note,
                paras=["城北农贸市场完成提升改造，286个摊位全部实行明码标价。"]),
    ]
    items(pg, strip)
    box(pg, ["沅州春季家博会", "3月15日—17日", "沅州国际会展中心", "凭本报免费入场"], "advert (not an article)")
    pg.furniture(["责编　何小满　　美编　乔一"], "footer with 责编")
    return pg


# ---------------------------------------------------------------------------
def ma03() -> Page:
    """City daily, FRONT page (第1版), indented with four ASCII spaces, blank lines sometimes: masthead lines;
    lead with kicker and a LETTER-SPACED headline, its text ending mid-sentence with the jump （下转第3版） run in;
    feature with byline 文/X; 今日导读 box; item whose headline sits directly on its run-in text; photo news with
    no headline (brief); footer."""
    pg = Page("ma03.txt", cols=24, indent="    ", blanks="some", seed=8303, p_para=0.4, p_gap=0.6,
              style="city daily FRONT page (第1版), indent four ASCII spaces, blank lines sometimes: masthead lines "
                    "(paper, romanised name, sponsor + issue number, date with weekday + 今日8版); lead with 引题 kicker "
                    "(a figure line) over a LETTER-SPACED headline (one ASCII space between characters), byline line "
                    "本报记者 X, its text ending mid-sentence with the jump （下转第3版） run in; feature with byline line "
                    "文/X; 今日导读 box of three ▶ lines; item whose headline sits directly on its text (run-in "
                    "本报讯（记者 X）); photo news with no headline, its caption unindented, credit line 本报记者 X　摄 after it (brief); footer "
                    "with 责任编辑 and 版式")
    box(pg, ["溧城日报", "LICHENG DAILY", "中共溧城市委主管主办　　第11832号",
             cn_date(2038, 4, 8) + "　　今日8版"], "masthead", after="blank")
    a = Article(
        "a", "外贸开局稳中有进",
        byline="本报记者　孔令舟", authors=["孔令舟"], tail="（下转第3版）",
        notes="Front-page lead: the headline is letter-spaced (one ASCII space between characters); the 引题 kicker "
              "above it (一季度进出口总值412.3亿元　同比增长12.6%) is neither title nor subtitle. Byline line 本报记者 X. "
              "The text breaks off mid-sentence with the jump （下转第3版） run in at the end, excluded from last. The "
              "exporter quoted (任嘉) is not an author.",
        paras=[
            "记者从溧城海关获悉，今年一季度，溧城市外贸进出口总值412.3亿元，同比增长12.6%，增速高于全省平均水平4.1个"
            "百分点。其中，出口286.7亿元，增长14.2%；进口125.6亿元，增长9.1%。",
            "机电产品仍是出口主力。一季度，全市出口机电产品191.4亿元，增长16.8%，占出口总值的66.8%。电动汽车、锂离子"
            "蓄电池和光伏产品“新三样”合计出口48.2亿元，增长31.5%。",
            "市场多元化步伐加快。一季度，溧城对东盟、中东、拉美地区进出口分别增长21.3%、26.7%和18.9%，民营企业进出口"
            "318.5亿元，增长15.4%，占全市外贸总值的77.2%。",
            "“订单排到了7月份，二季度还要再招100多名工人。”溧城恒力电机有限公司外贸部经理任嘉说。记者走访多家外贸企业"
            "了解到，当前企业普遍反映订单充足，但海运价格波动、汇率变化等因素仍给企业经营带来不确定性。为此，全市将在",
        ])
    whole(pg, a, kicker="一季度进出口总值412.3亿元　同比增长12.6%", sep=" ")
    b = Article(
        "b", "溧南万亩良田用上“无人农机”",
        byline="文/戚小禾", authors=["戚小禾"],
        notes="Feature with byline line 文/X (the writer is the author). The co-operative head quoted (汪德顺) is not "
              "an author.",
        paras=[
            "清晨六点，溧南镇高标准农田示范区里，三台无人驾驶插秧机沿着北斗导航设定的路线来回穿梭，田埂上的农机手只需"
            "通过平板电脑监控作业进度。",
            "“一台无人插秧机一天能插80亩，比人工快了十几倍，插得还更匀。”溧南丰禾农机专业合作社理事长汪德顺说。今年"
            "合作社新添置无人农机设备14台，承接了周边5个村1.2万亩水稻的机插秧作业。",
            "据了解，溧城今年计划完成早稻种植面积18.6万亩，目前全市已投入各类农机具2.3万台（套），主要农作物耕种收"
            "综合机械化率达到87%。",
        ])
    whole(pg, b)
    box(pg, ["今日导读", "▶3版　外贸企业“出海”记", "▶5版　一季度溧城消费市场观察", "▶7版　春耕备耕进行时"],
        "今日导读 box (not an article)")
    c = Article(
        "c", "溧城发放首批“科技贷”2.8亿元",
        byline="本报讯（记者　郑一帆）", authors=["郑一帆"], lead="本报讯（记者　郑一帆）",
        notes="Headline printed directly on its text (no blank line). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "4月7日，溧城市首批“科技贷”集中放款仪式举行，8家合作银行向63家科技型中小企业发放贷款2.8亿元，平均贷款"
            "利率3.35%。今年，全市“科技贷”授信额度将达到20亿元。",
        ])
    whole(pg, c, gaps=False)
    d = Article(
        "d", None, kind="brief", byline="本报记者　温雨　摄", authors=["温雨"],
        notes="Photo news with no headline (title null): the caption text (printed without indent) is the body, the credit line 本报记者 X　摄 "
              "after it is the byline; the photographer is the author of a photo news. Kind brief (not counted in "
              "recall).",
        paras=["4月7日，溧城经济开发区一家新能源汽车零部件企业的生产车间内，工人在赶制出口订单。"])
    pg.blank()
    pg.body(d, indent="")
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.furniture(["本版责任编辑：甘霖　　版式：石小岩"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ma04() -> Page:
    """Commercial daily, 产业 page, indented with two U+3000, NO blank line anywhere: header '第 07 版：产业';
    investigation with kicker, ——副题, byline 记者 X　通讯员 Y and three crossheads; label 产业简讯 over three items with
    headlines (two signed at the end); run-in item; 招商启事; footer."""
    pg = Page("ma04.txt", cols=32, indent=FW * 2, blanks="never", seed=8304,
              style="commercial daily 产业 page, indent two U+3000, NO blank line anywhere: header 第 07 版：产业 and "
                    "paper + date with weekday; investigation (about 540 characters) with 引题 kicker, headline, "
                    "——副题, byline line 记者 X　通讯员 Y and three crossheads (one in quotation marks); label 产业简讯 "
                    "over three items with headlines, signed （记者 X） and （通讯员 X） run in at the end, one unsigned; "
                    "item with run-in 本报讯（记者 X　实习生 Y）; 招商启事; footer 本版责任编辑 / 版式")
    box(pg, ["第 07 版：产业", "桐川商报　" + cn_date(2038, 5, 19)], "page header")
    a = Article(
        "a", "一个零部件产业集群的“换道”之路",
        subtitle="——桐川汽车零部件产业转型调查",
        byline="记者　景川　通讯员　邬晓燕", authors=["景川", "邬晓燕"],
        notes="Investigation. The 引题 kicker 制造业转型升级调研行 is neither title nor subtitle. Byline line 记者 X　通讯员 Y "
              "(both authors). Three crossheads (“不转就没有活路”, 政策跟着企业转, 短板仍需补齐) are body lines, printed "
              "with no indent on a page with no blank lines. The executives and the official quoted (尹国栋, 蒋德华) are "
              "not authors.",
        paras=[
            "在桐川经济技术开发区，汽车零部件企业鑫鼎精工的生产车间里，一条新改造的电驱壳体生产线正在调试。三年前，"
            "这里生产的还是燃油车的变速箱壳体。",
            Cross("“不转就没有活路”"),
            "“燃油车零部件订单一年比一年少，最难的时候产能利用率不到一半。”鑫鼎精工总经理尹国栋回忆说。2035年，企业"
            "咬牙投入1.6亿元改造产线，转向新能源汽车电驱系统和电池托盘等产品。如今，新能源产品已占到企业销售收入的72%。",
            "鑫鼎精工的经历，是桐川汽车零部件产业的一个缩影。桐川现有汽车零部件规上企业186家，过去以传统发动机、变速箱"
            "配套为主。近三年，已有94家企业开发出新能源汽车配套产品，产业集群去年实现产值612亿元，同比增长13.8%。",
            Cross("政策跟着企业转"),
            "转型需要真金白银。桐川市设立了20亿元的汽车产业转型基金，对企业技改投入按设备投资额的10%给予补助；开发区"
            "还建起了检测认证公共服务平台，企业送检新产品的周期从原来的两个月缩短到两周。",
            "“过去我们跑外地做检测，现在在家门口就能办。”一家电机企业的技术负责人说。",
            Cross("短板仍需补齐"),
            "受访企业也坦言，芯片、高端传感器等关键部件仍依赖外部采购，专业人才缺口较大。桐川市工信局局长蒋德华表示，"
            "下一步将围绕整车企业需求，引进一批电控、软件类配套项目，力争到2040年新能源汽车零部件产值占比超过六成。",
        ])
    whole(pg, a, kicker="制造业转型升级调研行")
    box(pg, ["产业简讯"], "column label 产业简讯")
    b1 = Article("b1", "桐川光伏玻璃项目二期投产", section="产业简讯",
                 byline="（记者　景川）", authors=["景川"], tail="（记者　景川）",
                 notes="Item of the 产业简讯 strip (section); credit （记者 X） run in at the end, excluded from last.",
                 paras=["5月16日，桐川光伏玻璃项目二期工程正式投产，新增日熔化量1200吨的生产线两条，项目全部达产后年产值"
                        "可达45亿元。"])
    b2 = Article("b2", "全市工业互联网平台接入企业超3000家", section="产业简讯",
                 notes="Item of the 产业简讯 strip (section); printed with no credit, no authors.",
                 paras=["记者从桐川市工信局获悉，全市已建成工业互联网平台23个，接入企业3086家，连接工业设备12.4万台（套）。"])
    b3 = Article("b3", "纺织服装跨境电商出口增长四成", section="产业简讯",
                 byline="（通讯员　邰佳）", authors=["邰佳"], tail="（通讯员　邰佳）",
                 notes="Item of the 产业简讯 strip (section); credit （通讯员 X） run in at the end, excluded from last; the "
                       "通讯员 is the author.",
                 paras=["今年1—4月，桐川纺织服装企业通过跨境电商平台实现出口额7.8亿元，同比增长41.2%，产品主要销往"
                        "东南亚和中东地区。"])
    for b in (b1, b2, b3):
        whole(pg, b)
    c = Article(
        "c", "桐川出台制造业人才“十条”",
        byline="本报讯（记者　莫晓宁　实习生　丁一涵）", authors=["莫晓宁", "丁一涵"],
        lead="本报讯（记者　莫晓宁　实习生　丁一涵）",
        notes="Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are authors.",
        paras=[
            "5月18日，桐川市出台《支持制造业人才队伍建设的十条措施》，从引进、培养、激励、服务等方面加大对制造业人才的"
            "支持力度。",
            "根据措施，对新引进到规上制造业企业工作的博士、硕士，分别给予每月3000元、2000元的生活补贴，最长发放3年；"
            "企业新建技能大师工作室的，最高给予50万元补助。",
        ])
    whole(pg, c)
    box(pg, ["招商启事", "桐川智能制造产业园标准厂房招租　面积：1500—10000平方米",
             "水电气配套齐全，租金前两年减半　　联系电话：0×××-8866××××"], "招商启事 advert (not an article)")
    pg.furniture(["本版责任编辑　姚青　　版式　温可"], "footer with 责任编辑")
    return pg


PAGES = [ma01, ma02, ma03, ma04]
