"""Pages lk01-lk04 of handmade67 (development set; all papers, agencies, names, firms, places and figures invented).

The pages imitate text that OCR leaves of scanned economic and city dailies. The OCR artifacts that sit inside
a body are written into the paragraph text (mixed half-width / full-width punctuation, stray spaces, misread
characters, ASCII quotation marks), so that `first` / `last` are still derived by the kit; artifacts of the
printed lines (a line read in two, a header or a stray mark read into a line) are made on the rendered items
with the helpers below, never at the start or the end of a body.
"""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


def n_lines(items: list) -> int:
    return sum(it[0] == "line" for it in items)


def brk(items: list, k: int, at: int) -> list:
    """OCR broken line: the k-th printed line of the rendered items read in two, cut at character index `at`."""
    out, n = [], -1
    for it in items:
        if it[0] == "line":
            n += 1
            if n == k:
                s = it[1]
                if not (s[:at].strip() and s[at:].strip()):
                    at = len(s) // 2  # a short line: read in two in its middle
                a, b = s[:at], s[at:]
                assert a.strip() and b.strip(), (it[1], at)
                out += [("line", a, it[2]), ("line", b, set())]
                continue
        out.append(it)
    return out


def into(items: list, k: int, text: str, at: int | None = None) -> list:
    """Text (a page number, a running header, a stray mark) read INTO the k-th printed line, at character
    index `at` (None: at its end). Use only on a line that is neither the first nor the last of a body."""
    assert 0 < k < n_lines(items) - 1
    out, n = [], -1
    for it in items:
        if it[0] == "line":
            n += 1
            if n == k:
                s = it[1]
                pos = len(s) if at is None else at
                it = ("line", s[:pos] + text + s[pos:], it[2])
        out.append(it)
    return out


def cut(items: list, k: int) -> tuple[list, list]:
    """Cut rendered items before their k-th printed line (something else is read in between)."""
    n = -1
    for i, it in enumerate(items):
        if it[0] == "line":
            n += 1
            if n == k:
                head, tail = items[:i], items[i:]
                while head and head[-1][0] == "gap":
                    head = head[:-1]
                return head, tail
    raise IndexError(k)


# ---------------------------------------------------------------------------
def lk01() -> Page:
    """City daily 经济 page, OCR'd: lead with kicker, letter-spaced headline, byline line with ASCII spaces;
    run-in 本报讯(记者 X) item with the running header read into a body line; article with a headline split over
    two lines and byline ■记者 X; short item signed (记者 X) at the end; a barcode read as garbage."""
    pg = Page("lk01.txt", cols=24, indent=FW * 2, blanks="arts", seed=6701,
              style="city daily 经济 page OCR'd from a scan, blank lines only between articles: header on three lines (paper letter-spaced with a stray |; date with weekday + 第A5版; a rule read as underscores); lead with 引题 kicker, headline letter-spaced with ASCII spaces, byline line 本报记者 X 通讯员 Y with ASCII spaces, mixed punctuation, 己 for 已, a line read in two, a stray | read into a line; item with half-width run-in 本报讯(记者 X) and the running header A5 经济新闻 read into a body line; article with its headline split over two lines and byline line ■记者 X, ASCII quotation marks; short item signed (记者 X) at the end with half-width parentheses; footer with editors; a line of garbage where the barcode was")
    pg.furniture(["泓 州 日 报 | 经济",
                  cn_date(2036, 3, 12) + "  第A5版",
                  "________________________"], "page header (rule read as underscores)")
    pg.blank()
    a = Article(
        "a", "前两月全市工业用电量增长11.2%",
        byline="本报记者 钟晓岚 通讯员 傅一鸣", authors=["钟晓岚", "傅一鸣"],
        notes="Lead. OCR artifacts: headline letter-spaced with ASCII spaces (title written unspaced); the 引题 "
              "kicker 电力数据看经济 is neither title nor subtitle; byline line with ASCII spaces (reporter and 通讯员 "
              "both authors); half-width commas and a colon beside full-width ones; 己 misread for 已 (己连续); one "
              "printed line read in two; a stray | (a column rule) read into a body line. The official quoted is "
              "not an author.",
        paras=[
            "国网泓州供电公司发布的数据显示，1至2月，全市全社会用电量68.4亿千瓦时，同比增长9.7%,其中工业用电量45.1亿千瓦时，增长11.2%，增速比去年同期加快3.6个百分点。",
            "分行业看，电子信息、新能源装备、生物医药三大产业用电量分别增长18.3%、21.6%和12.9%，对工业用电增长的贡献率超过六成。全市用电量排名前100位的企业中，有83家用电量实现正增长。",
            "“用电量是经济运行的‘晴雨表’。”泓州供电公司市场营销部主任葛鸣远说:工业用电己连续5个月保持两位数增长，说明企业开工率和订单量都在回升。",
        ])
    pg.kicker(a, "电力数据看经济")
    pg.headline(a, sep=" ")
    pg.line(a, a.byline, "byline")
    items = pg.render_body(a)
    items = brk(items, 3, 9)
    items = into(items, 6, " |")
    pg.emit(a, items)
    pg.blank()
    b = Article(
        "b", "泓州港集装箱吞吐量首季破百万标箱",
        byline="本报讯(记者 钟晓岚)", authors=["钟晓岚"], lead="本报讯(记者 钟晓岚)",
        notes="Run-in 本报讯(记者 X) read with half-width parentheses, excluded from first. OCR artifacts: the "
              "running header 'A5 经济新闻' read INTO a body line (kept in the body: it sits inside a printed line); "
              "末 misread for 未 (末来); half-width full stop once.",
        paras=[
            "记者从泓州港务集团获悉，截至3月10日，泓州港今年集装箱吞吐量达101.3万标准箱，同比增长15.8%，比去年提前16天突破百万标箱。其中外贸航线箱量占比达到62%.",
            "今年以来，泓州港新开通至东屿、南岬等地的外贸航线4条，航线总数达到58条。港务集团有关负责人表示，末来三个月还将有2条远洋航线陆续开通，全年箱量有望突破450万标箱。",
        ])
    pg.headline(b)
    items = pg.render_body(b)
    items = into(items, 3, "  A5 经济新闻  ", at=6)
    pg.emit(b, items)
    pg.blank()
    c = Article(
        "c", "小微企业首贷户同比增加三成",
        head=["小微企业首贷户", "同比增加三成"],
        byline="■记者 沈知秋", authors=["沈知秋"],
        notes="Headline printed on two lines (joined in the title). Byline line ■记者 X (■ a mark). OCR artifacts: "
              "ASCII quotation marks \"…\" for the printed “…”; a stray space inside a word (首 贷); half-width "
              "parentheses once; one printed line read in two. The bank official quoted is not an author.",
        paras=[
            "今年前两个月，泓州市银行机构新增小微企业\"首贷户\"2160户，同比增加31%，发放首次贷款金额38.6亿元。",
            "为解决小微企业\"不敢贷、不会贷\"的难题，泓州市在各区县设立了26个首 贷服务中心，由银行派驻客户经理现场办公。泓州农商银行普惠金融部负责人(简称普惠部)向记者介绍，该行对首贷客户实行\"限时办结\"，平均审批时间由过去的7天缩短到3天。",
            "截至2月末，全市普惠小微贷款余额达1286亿元，同比增长19.4%，贷款加权平均利率为3.96%。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    items = pg.render_body(c)
    items = brk(items, 5, 11)
    pg.emit(c, items)
    pg.blank()
    d = Article(
        "d", "社区菜场改造后客流回升",
        byline="(记者 沈知秋)", authors=["沈知秋"], tail="(记者 沈知秋)",
        notes="Short item signed (记者 X) at the end, read with half-width parentheses: the credit is the byline, "
              "excluded from last. OCR artifact: 土 misread as 士 (士特产).",
        paras=[
            "去年完成提升改造的13家社区菜场，今年前两月日均客流比改造前增加27%，摊位出租率达到96%。改造后的菜场增设了熟食、士特产和便民维修区，部分菜场还开通了线上下单、半小时送达服务。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑:邬清  版式:秦朗  校对:龚一帆"], "footer with editors")
    pg.furniture(["l|I1ll|I|1lI||l1|Il|I1|ll"], "garbage line where the barcode was")
    return pg


# ---------------------------------------------------------------------------
def lk02() -> Page:
    """Provincial economic daily 要闻 page: lead with ——副题 read with a stray space, a photo caption read into
    the text between two body lines; wire item with run-in dateline and (完); article with byline line 文/X;
    economic commentary under the label 财经短评; garbage line where a picture was."""
    pg = Page("lk02.txt", cols=30, indent=FW, blanks="para", seed=6702,
              style="provincial economic daily 要闻 page indented with ONE U+3000, blank lines between paragraphs and blocks: header on two lines (paper + English name; date with weekday + 第2版 要闻, the 版 misread 板); lead with ——副题 and byline line 本报记者 X  Y, a photo caption with credit read INTO the text between two body lines, mixed punctuation; a line of garbage where the photo was; wire item with run-in 华川社澄阳3月18日电(记者 X) and (完) at its end, headline read with a space in it; article with byline line 文/X, 己 for 已, a line read in two; label 财经短评 over a comment signed at the end with the writer's name in parentheses; footer")
    pg.furniture(["临江经济日报  LINJIANG ECONOMIC DAILY",
                  cn_date(2036, 3, 19) + "  第2板  要闻"], "page header (版 misread as 板)")
    pg.blank()
    a = Article(
        "a", "全省民营企业进出口占比首超六成",
        subtitle="——前两月民营企业进出口增长14.7%",
        byline="本报记者  贺澄  邝一鸥", authors=["贺澄", "邝一鸥"],
        notes="Lead. ——副题 is the subtitle (read as printed). Byline line 本报记者 X  Y with ASCII spaces: both "
              "authors. OCR artifacts: a photo caption with its credit (▲…  邝一鸥 摄) read into the text BETWEEN two "
              "body lines in mid-paragraph (not body; the body is in two pieces); the next line is a line of garbage "
              "where the photo was (not body); half-width comma, colon and parentheses beside full-width ones. The "
              "customs official quoted is not an author.",
        paras=[
            "临江海关3月18日发布数据，今年前两个月，全省货物贸易进出口总值1582.6亿元，同比增长9.3%。其中，民营企业进出口957.4亿元，增长14.7%，占全省进出口总值的60.5%,占比首次超过六成。",
            "从商品看，机电产品出口增长12.1%,其中电动载人汽车、锂离子蓄电池、太阳能电池(简称“新三样”)合计出口96.3亿元，增长38.2%；农产品进口增长6.8%。",
            "“民营企业经营灵活、对市场反应快，是稳外贸的重要力量。”临江海关统计分析处处长苗立川说:今年全省有进出口实绩的民营企业达到1.86万家，比去年同期增加1100多家。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    head, tail = cut(items, 7)
    pg.emit(a, head)
    pg.furniture(["▲临江港集装箱码头一派繁忙景象。  邝一鸥 摄",
                  "%$#@&*^~~;:.,|l1I!!"], "photo caption with credit read into the text, and garbage where the photo was")
    pg.emit(a, tail)
    pg.gap()
    b = Article(
        "b", "澄阳新能源重卡换电站投运",
        byline="华川社澄阳3月18日电(记者 莫青禾)", authors=["莫青禾"],
        lead="华川社澄阳3月18日电(记者 莫青禾)", tail="(完)",
        notes="Wire item of the invented agency 华川通讯社 (华川社): run-in dateline with half-width parentheses "
              "excluded from first; the end mark (完) run in at the end excluded from last. OCR artifact: a space "
              "read inside the headline (title written unspaced); 土 misread as 士 once (士地).",
        paras=[
            "全省首座新能源重卡智能换电站18日在澄阳物流园投入运营。换电站占用士地约3000平方米，可同时为2辆重卡换电，单车换电时间约5分钟，每天可服务重卡360车次。",
            "据介绍，按每辆重卡年行驶10万公里测算，使用换电重卡每年可节约燃料成本约12万元。澄阳市计划年内建成换电站8座，推广新能源重卡1200辆。",
        ])
    pg.headline(b, lines=["澄阳新能源重卡 换电站投运"])
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "“链主”企业带动配套企业落户",
        byline="文/岑望舒", authors=["岑望舒"],
        notes="Byline line 文/X read with a half-width slash. OCR artifacts: 己 misread for 已 (己有); one printed "
              "line read in two; ASCII quotation mark '' once beside the printed “ ” of the headline. The "
              "executive quoted is not an author.",
        paras=[
            "在石渠经济开发区，一家光伏组件“链主”企业投产不到一年，就吸引了边框、背板、接线盒等17家配套企业落户，形成了年产值超过80亿元的光伏产业集群。",
            "“配套企业就在隔壁，零部件半小时就能送到生产线上，物流成本下降了两成多。”企业采购总监汤向南说。目前，开发区己有11家''链主''企业，带动上下游企业230余家，配套率达到45%。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    items = brk(pg.render_body(c), 2, 14)
    pg.emit(c, items)
    pg.gap()
    pg.furniture(["财经短评"], "column label 财经短评")
    pg.blank()
    d = Article(
        "d", "稳外贸要在“稳”字上下功夫", section="财经短评",
        byline="(苏砚)", authors=["苏砚"], tail="(苏砚)", kind="commentary",
        notes="Commentary under the label 财经短评 (section), signed (X) run in at the end with half-width "
              "parentheses: the byline, excluded from last. OCR artifacts: stray spaces between characters (稳 订单); "
              "half-width full stop and comma once.",
        paras=[
            "外贸数据开局向好，来之不易。越是形势向好，越要看到外需不确定性仍然较多.稳外贸，既要帮助企业稳 订单、拓市场，也要在通关便利、出口信保、汇率避险等方面持续发力,让企业敢接单、能履约、有钱赚。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑:韦思远  校对:蒲晴  组版:阎小川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lk03() -> Page:
    """Evening paper 城事 page in a narrow column, blank lines sometimes: lead with headline split over lines
    and letter-spaced with U+3000, byline line 本报记者 X; a photo caption read into the middle of a body;
    item with run-in 本报讯; label 城事速递 over three · items; a stray ~~~ rule."""
    pg = Page("lk03.txt", cols=20, indent="  ", blanks="some", seed=6703, p_para=0.45, p_gap=0.75,
              style="evening paper 城事 page in a narrow column indented with two ASCII spaces, blank lines sometimes: header on three lines (A07 | 城事; paper; date with weekday); lead whose headline is letter-spaced with U+3000 and split over two lines, byline line ◆本报记者 X 见习记者 Y, the page number A07 read as a line of its own INSIDE the body, the 见习记者 and reporter both authors, mixed punctuation, a line read in two; a ~~~ rule; item with run-in 本报讯（记者 X） and a photo caption with credit read between two of its body lines; label 城事速递 over three items with · headlines, one signed （X） at the end, one with no credit; footer")
    pg.furniture(["A07 | 城事",
                  "鹭城晚报",
                  cn_date(2036, 4, 22)], "page header")
    pg.blank()
    a = Article(
        "a", "老旧小区加装电梯今年再添300部",
        head=["老旧小区加装电梯", "今年再添300部"],
        byline="◆本报记者 程远舟 见习记者 柏小禾", authors=["程远舟", "柏小禾"],
        notes="Lead. Headline letter-spaced with U+3000 and printed on two lines (title joined, unspaced). Byline "
              "line ◆本报记者 X 见习记者 Y (◆ a mark; reporter and 见习记者 both authors). OCR artifacts: the page "
              "number line 'A07' read as a line of its own between two body lines (not body; two pieces); half-width "
              "comma and colon; one printed line read in two; 末 for 未 (末完工). The resident and the official "
              "quoted are not authors.",
        paras=[
            "4月21日上午，鹭城市滨湖区桂香里小区5号楼的电梯正式启用。住在6楼、今年78岁的聂阿婆第一次坐电梯回家，连说“方便多了”。",
            "这部电梯总造价约62万元，除政府补贴20万元外，其余由12户居民按楼层分摊.住在一楼的住户不用出钱，住得越高出得越多。",
            "记者从市住建局了解到，今年全市计划加装电梯300部，目前已开工126部，其中41部已交付使用,其余末完工的将在年底前完成。",
            "“我们还推出了‘加梯贷’，居民分摊的费用可以申请低息分期。”市住建局物业科负责人谭一帆说。",
        ])
    pg.headline(a, sep=FW)
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    items = brk(items, 2, 8)
    head, tail = cut(items, 9)
    pg.emit(a, head)
    pg.furniture(["A07"], "page number read as a line inside the lead's body")
    pg.emit(a, tail)
    pg.furniture(["~~~~~~~~~~~~~~~~~~~~"], "rule read as tildes")
    b = Article(
        "b", "夜间集市带火湖畔消费",
        byline="本报讯（记者　程远舟）", authors=["程远舟"], lead="本报讯（记者　程远舟）",
        notes="Run-in 本报讯（记者 X） excluded from first; the page's economic item (night-market spending). OCR "
              "artifacts: a photo caption with credit (图为…  X 摄) read in between two body lines in mid-paragraph "
              "(not body; two pieces); a stray space inside a word (夜 间); 人 misread as 入 (入均).",
        paras=[
            "五一假期前，滨湖夜间集市开市。首周末3天，集市接待市民游客9.6万人次，120个摊位营业额合计218万元，入均消费约23元。",
            "集市由废弃的码头仓库改造而来，设有小吃、文创、手作和二手书等区域。市商务局介绍，今年将再布局4处夜 间消费集聚区。",
        ])
    pg.headline(b)
    pg.gap()
    items = pg.render_body(b)
    head, tail = cut(items, 3)
    pg.emit(b, head)
    pg.furniture(wrap("图为滨湖夜间集市人头攒动。  柏小禾 摄", 20), "photo caption with credit read into the text")
    pg.emit(b, tail)
    pg.gap()
    pg.furniture(["城事速递"], "column label 城事速递")
    c1 = Article("c1", "地铁4号线南延段开始试运行", section="城事速递",
                 byline="（李青禾）", authors=["李青禾"], tail="（李青禾）",
                 notes="Item of the 城事速递 strip, headline after a · mark read from a bullet (not part of the title). "
                       "Signed （X） at the end: the byline, excluded from last. OCR artifact: half-width comma.",
                 paras=["地铁4号线南延段4月20日起空载试运行，全长11.6公里,设车站8座，预计6月底开通初期运营。"])
    c2 = Article("c2", "城区新增共享充电桩1200个", section="城事速递",
                 notes="Item of the 城事速递 strip with no credit: no byline, no authors. OCR artifact: 己 for 已.",
                 paras=["今年以来，城区新增共享充电桩1200个，全市公共充电桩总数己达2.3万个，车桩比降至2.8∶1。"])
    c3 = Article("c3", "鹭城消费券第二批今晚发放", section="城事速递",
                 notes="Item of the 城事速递 strip with no credit. OCR artifact: ASCII quotation marks.",
                 paras=["第二批\"乐购鹭城\"消费券今晚8点通过城市服务平台发放，共计1500万元，用于餐饮、零售和文旅消费。"])
    for art in (c1, c2, c3):
        pg.headline(art, lines=["· " + art.title])
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["编辑 池小满  美编 卢一苇"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lk04() -> Page:
    """财经 page in a wide column, NO indent and NO blank line: lead with kicker and ——副题, table read with |
    marks inside the body; article with byline 文｜X; market-watch item under the label 市场观察; stray marks."""
    pg = Page("lk04.txt", cols=36, indent="", blanks="never", seed=6704,
              style="财经周报 page, NO indent and NO blank line anywhere (paragraph ends show only as short lines): header on two lines (paper + 第B3版 + 财经; date with weekday, ~ marks of a rule); lead with 引题 kicker, headline, ——副题 read with full-width and half-width dashes mixed, byline line 本报记者 X, a table (title, header row, four rows with | where the rules were) printed BETWEEN two paragraphs, 末 for 未; article with byline line 文｜X, ASCII quotation marks, a line read in two; label 市场观察 over an item with run-in 本报讯 (记者 X); a line of ___ and · where a rule was; footer")
    pg.furniture(["沅江财经周报  第B3版  财经",
                  cn_date(2036, 5, 8) + "  ~~~~~~~~"], "page header")
    a = Article(
        "a", "一季度全市规上工业增加值增长7.8%",
        subtitle="—-高技术制造业增加值增长16.5%",
        byline="本报记者 黎照川", authors=["黎照川"],
        notes="Lead. The 引题 kicker 工业经济开局稳 is neither title nor subtitle; the ——副题 is read with a full-width "
              "and a half-width dash (—-) and kept as printed. OCR artifacts: a table (title, header row, four rows, "
              "| where the rules were) printed BETWEEN two paragraphs (not body; two pieces); 末 misread for 未 "
              "(末来); mixed punctuation. The official quoted is not an author.",
        paras=[
            "市统计局5月7日发布，一季度全市规模以上工业增加值同比增长7.8%，比全省平均水平高1.4个百分点。35个工业行业大类中，有27个行业增加值实现增长，增长面为77.1%。",
            "高技术制造业增加值增长16.5%,占规上工业的比重提高到24.6%。主要产品中，工业机器人、集成电路、新能源汽车产量分别增长31.2%、22.7%和45.3%。",
            "市统计局工业统计处处长庞季川表示，从先行指标看，3月全市工业用电量和企业订单指数均有回升，末来几个月工业生产有望保持平稳增长。",
        ])
    pg.kicker(a, "工业经济开局稳")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=2)
    pg.furniture(["一季度主要工业产品产量",
                  "| 产品 | 产量 | 同比(%) |",
                  "| 工业机器人(套) | 4826 | 31.2 |",
                  "| 集成电路(亿块) | 12.6 | 22.7 |",
                  "| 新能源汽车(辆) | 38640 | 45.3 |",
                  "| 光伏电池(万千瓦) | 215.4 | 18.9 |"], "table printed between two paragraphs of the lead (not an article)")
    pg.body(a, start=2)
    b = Article(
        "b", "跨境电商产业园入驻企业超400家",
        byline="文｜骆清和", authors=["骆清和"],
        notes="Byline line 文｜X (the ｜ a separator). OCR artifacts: ASCII quotation marks; a stray space between "
              "characters (产 业园); one printed line read in two. The manager quoted is not an author.",
        paras=[
            "位于沅江综合保税区的跨境电商产 业园，入驻企业已超过400家，一季度实现跨境电商进出口额56.8亿元，同比增长28.4%。",
            "园区运营方负责人计南枝介绍，园区提供\"一站式\"报关、仓储、物流和收结汇服务，中小卖家\"拎包入驻\"即可开展业务。今年园区还将新建海外仓6个，帮助企业缩短配送时间。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, brk(pg.render_body(b), 1, 10))
    pg.furniture(["_ _ _ _ _ _ · · · _ _ _ _ _ _"], "rule read as underscores and dots")
    pg.furniture(["市场观察"], "column label 市场观察")
    c = Article(
        "c", "生猪价格连续三周回升", section="市场观察",
        byline="本报讯 (记者 黎照川)", authors=["黎照川"], lead="本报讯 (记者 黎照川)",
        notes="Item under the label 市场观察 (section). Run-in 本报讯 (记者 X) read with half-width parentheses and a "
              "space, excluded from first. OCR artifacts: 曰 misread for 日 (5月6曰); half-width semicolon.",
        paras=[
            "市发改委价格监测显示，5月6曰全市生猪出场价格为每公斤16.42元，连续三周回升，比4月中旬上涨8.6%;猪粮比价回升至6.3∶1，处于合理区间。业内人士预计，二季度猪价将以小幅波动为主。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "小家电出口订单排到三季度",
        byline="本报记者 骆清和 实习生 班小语", authors=["骆清和", "班小语"],
        notes="Byline line 本报记者 X 实习生 Y: both authors. OCR artifacts: 己 misread for 已 (己排到); half-width "
              "colon; a stray | read into a body line where a column rule was.",
        paras=[
            "在沅江市小家电产业集聚区，多家企业的出口订单己排到三季度。一家电热水壶生产企业负责人说:今年以来，企业接到来自中东、东南亚的订单同比增长四成，生产线实行两班倒。",
            "据统计，一季度全市小家电出口额21.3亿元，增长19.6%，空气炸锅、便携榨汁机等新品类增长较快。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.emit(d, into(pg.render_body(d), 2, " |"))
    pg.furniture(["本版编辑:冉秋  校对:鞠小川"], "footer")
    return pg


PAGES = [lk01, lk02, lk03, lk04]
