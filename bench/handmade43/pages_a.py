"""Pages km01-km04 of handmade43 (development set; all magazines, names, firms, places and figures invented).

Also the small helpers the three page files share (they only call the kit's Page methods):
`starts` (first printed body line of each paragraph), `mid` (a line inside a paragraph, where a
page turn cuts a sentence), `flow` (write a body, calling page furniture, boxes or captions
before given body lines), `block` and `box`.
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, justify, spaced, width, wrap


# ---- shared helpers ---------------------------------------------------------

def starts(pg: Page, a: Article, **kw) -> list[int]:
    """0-based index (among printed body lines) of the first line of each paragraph, plus the total."""
    out, n = [], 0
    for i in range(len(a.paras)):
        out.append(n)
        n += sum(it[0] == "line" for it in pg.render_body(a, start=i, end=i + 1, **kw))
    out.append(n)
    return out


def mid(st: list[int], p: int, frac: float = 0.5) -> int:
    """A printed line inside paragraph p (never its first), where a page turn cuts a sentence."""
    n = st[p + 1] - st[p]
    assert n >= 2, f"paragraph {p} has {n} line(s)"
    return st[p] + max(1, min(n - 1, round(n * frac)))


def full_lines(items: list, cols: float, every: int, offset: int = 0) -> list[int]:
    """Indices of some full-width body lines that are not paragraph ends (for justified tracking)."""
    cand, k = [], -1
    for i, it in enumerate(items):
        if it[0] != "line":
            continue
        k += 1
        nxt = items[i + 1] if i + 1 < len(items) else ("gap",)
        if nxt[0] == "line" and width(it[1]) >= cols - 1:
            cand.append(k)
    return cand[offset::every]


def flow(pg: Page, a: Article, inserts=(), justify_every: int = 0, justify_offset: int = 0,
         sep: str = " ", **kw) -> None:
    """Write a's body; inserts are (k, fn) pairs: fn() runs before the k-th printed body line."""
    items = pg.render_body(a, **kw)
    if justify_every:
        items = justify(items, full_lines(items, kw.get("cols") or pg.cols, justify_every, justify_offset), sep)
    table: dict[int, list] = {}
    for k, fn in inserts:
        table.setdefault(k, []).append(fn)
    n = 0
    for it in items:
        if it[0] == "line":
            for fn in table.pop(n, []):
                fn()
            n += 1
        pg.emit(a, [it])
    assert not table, f"{pg.name}: unused inserts {sorted(table)}"


def block(pg: Page, lines: list[str], what: str, pre: bool = True, post: bool = True):
    """Furniture printed inside a body (running head at a page turn, caption, pull quote, data box)."""
    def go():
        if pre:
            pg.gap()
        pg.furniture(lines, what)
        if post:
            pg.gap()
    return go


def box(pg: Page, label: str, art: Article, cols: float, indent: str, pre: bool = False,
        byline_line: bool = False):
    """A sidebar box with its own label, headline and text, printed between two paragraphs."""
    def go():
        if pre:
            pg.gap()
        pg.furniture([label], f"box label {label}")
        pg.headline(art)
        if byline_line:
            pg.line(art, art.byline, "byline")
        pg.body(art, cols=cols, indent=indent)
        pg.gap()
    return go


def standfirst(pg: Page, a: Article, text: str, cols: float) -> None:
    """The 导语 in large type: lines of the article, but neither body nor subtitle."""
    for ln in wrap(text, cols):
        pg.line(a, ln, "standfirst")


# ---------------------------------------------------------------------------
def km01() -> Page:
    """Business weekly, contents page (p.3) then 卷首语 page (p.4): the 卷首语 under a letter-spaced label, its
    headline, four paragraphs and the signature 本刊执行主编 X right-aligned at its end."""
    pg = Page("km01.txt", cols=30, indent=FW * 2, blanks="para", seed=4301,
              style="business weekly, TWO printed pages: contents page 本期目录 (masthead, issue line, sections with page numbers, titles and one-line blurbs, cover-photo credit, folio 3) then the 卷首语 page: label letter-spaced 卷　首　语 over EDITOR'S NOTE, headline, four paragraphs, signature 本刊执行主编 X right-aligned on a line of its own, folio")
    pg.furniture(["衡川商业周刊",
                  "HENGCHUAN BUSINESS WEEKLY",
                  "2034年第18期　总第862期　2034年5月15日出版",
                  "",
                  "本期目录　CONTENTS",
                  "",
                  "封面故事　COVER STORY",
                  "16　二手挖掘机的远航",
                  "　　一台退役设备的“第二次生命”，牵出一条正在成形的出海产业链",
                  "",
                  "特别报道　SPECIAL REPORT",
                  "28　小家电“卷”向哪里",
                  "　　芜塘产业带调查：价格战之下，谁在出清，谁在升级",
                  "",
                  "公司　COMPANY",
                  "34　县城超市的突围",
                  "40　松阙一家电缆厂的“慢生意”",
                  "",
                  "观察　INSIGHT",
                  "46　储能电站开始“算细账”",
                  "48　二手房挂牌量为何居高不下",
                  "",
                  "专栏　COLUMNS",
                  "52　聂知远｜利率下行期的家庭资产配置",
                  "54　柯望｜供应链的“短”与“长”",
                  "56　方慕远｜城市更新不是“推倒重来”",
                  "",
                  "数据　DATA",
                  "58　4月宏观经济数据一览",
                  "",
                  "封面摄影：鲁迟",
                  "3　衡川商业周刊"], "contents page 本期目录 (masthead, sections, titles with page numbers, blurbs, cover credit, folio)")
    pg.blank()
    pg.furniture([spaced("卷首语", FW), "EDITOR'S NOTE"], "column label 卷首语 (letter-spaced) and its English line")
    a = Article(
        "a", "把账算到车间里", section="卷首语", kind="commentary",
        byline="本刊执行主编　岑望舒", authors=["岑望舒"],
        notes="The editor's letter of the issue (卷首语, the section: its label is printed letter-spaced 卷　首　语 "
              "over an English line). Signed by a named editor on a line of its own, right-aligned, after the body: "
              "the byline (written without its leading U+3000s); a named editor who signs a piece is its author. "
              "Commentary. The reporters it names (霍听澜, 司空璃) are not its authors. The contents page before it "
              "is not an article.",
        paras=[
            "这一期的封面故事，记者霍听澜在鹭川和柘原跑了整整两周。她去的地方不是展会，也不是写字楼，而是再制造工厂的车间、港口的堆场和二手设备经销商的院子。回来以后，她交给编辑部的第一份材料不是稿子，而是一张手写的成本表：一台服役八年的中型挖掘机，从收购、拆检、更换液压件，到喷涂、试车、报关、海运，每一个环节花多少钱、用多少天，都记得清清楚楚。",
            "我们之所以把这张表看得比任何宏大判断都重要，是因为商业报道最容易犯的毛病，就是只看趋势不算账。说“二手设备出海是一片蓝海”很容易，说清楚一台旧设备凭什么在海外卖出好价钱、利润又留在了产业链的哪一环，却要下笨功夫。",
            "同样的道理也适用于本期的特别报道。芜塘的小家电企业正在经历一轮残酷的价格战，有人说这是“内卷”，有人说这是出清。记者司空璃没有急于下结论，而是把几家工厂的出厂价、物料成本和平台扣点逐项摊开，读者可以自己判断：降价的空间究竟从哪里来，又还能持续多久。",
            "把账算到车间里，是我们对自己的要求，也是对读者的承诺。宏观数字会告诉我们经济往哪个方向走，而车间里的一笔笔小账，决定了企业能不能走到那里。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.line(a, FW * 21 + a.byline, "byline")
    pg.blank()
    pg.furniture(["衡川商业周刊　2034.05.15　4"], "folio of p.4")
    return pg


# ---------------------------------------------------------------------------
def km02() -> Page:
    """Business weekly cover story over FOUR printed pages (16-19): label, headline, 导语, byline; a caption with
    credit between paragraphs; running heads at three page turns, each cutting a sentence; a 链接 box with
    its own headline and text; a pull quote; a 数据 box; author bio; then a 记者手记."""
    pg = Page("km02.txt", cols=26, indent=FW * 2, blanks="some", seed=4302, p_para=0.3, p_gap=0.8,
              style="business weekly COVER STORY over FOUR printed pages (pp.16-19) in one file: page header, label 封面故事, headline, 导语 standfirst in large type (wrapped at 20), byline line 本刊记者 X　实习记者 Y　发自A、B; ▲ photo caption with credit 摄影／X between paragraphs; running head at each of three page turns, printed in MID-SENTENCE (17　封面故事｜COVER STORY); 链接 box (label, headline, two paragraphs, narrower) between paragraphs; pull quote; 数据 box of four figures; crossheads; author bio line after the body; label 记者手记 over a related piece with byline line 文／X; folio")
    pg.furniture(["16　衡川商业周刊　2034年第18期"], "page header of p.16")
    pg.gap()
    pg.furniture(["封面故事"], "column label 封面故事")
    a = Article(
        "a", "二手挖掘机的远航", section="封面故事",
        byline="本刊记者　霍听澜　实习记者　秦末初　发自鹭川、柘原", authors=["霍听澜", "秦末初"],
        notes="Cover story over four printed pages. Label 封面故事 above the headline is the section (the running "
              "heads that repeat it are furniture). The 导语 in large type between headline and byline is neither "
              "body nor subtitle (no ——副题 printed). Byline line 本刊记者 X　实习记者 Y　发自…: both are authors "
              "(the place after 发自 is not a name). Body runs across the page turns; running heads, the ▲ caption "
              "(photographer 鲁迟, not an author), the 链接 box (an article of its own), the pull quote and the "
              "数据 box are not body. Crossheads are body. The author-bio line after the body is not body. People "
              "quoted (许迟, 梅中庭, 邵霁, 庞鹤鸣) are not authors.",
        paras=[
            "5月6日清晨，鹭川港三号堆场。一台漆面崭新的黄色挖掘机被缓缓吊上滚装船，它的目的地是约1.2万公里外的塔兰蒂斯共和国。如果不看铭牌上的出厂日期，很难相信这台机器已经在国内的工地上干了八年、累计工作超过1.4万小时。",
            "“三个月前它刚从柘原一个高速公路项目上退下来，液压泵漏油，履带也磨得差不多了。”鹭川砺新再制造公司总经理许迟一边拍着机器的斗杆一边说，“现在你看，动力、油耗和新机相差不到一成，价格只有新机的一半左右。”",
            "像这样的“二手出海”设备，砺新公司去年卖出了630台，今年前4个月已经卖出310台。许迟告诉记者，公司的订单主要来自东南亚、中亚和非洲，客户以中小矿山、农场和地方建筑商为主，“他们买不起新机，又不放心来路不明的旧机，我们做的就是中间这块生意。”",
            Cross("翻新不是“刷一遍漆”"),
            "在砺新公司的再制造车间，记者看到，每一台收购来的旧设备都要先进入拆检工位，由技术员按照近200项检测清单逐项打分。发动机、液压泵、主控阀、回转支承等核心部件一旦低于标准，就要整体更换或送去专业厂家修复；能继续使用的部件也要清洗、探伤、重新装配。",
            "“以前行业里流行的做法是‘刷一遍漆、换几个油封’，外观看着新，用不了几个月就出问题。”许迟说，这种做法坑了不少海外客户，也让“中国二手设备”一度成了低质的代名词。砺新公司现在给每台出口设备配一份检测报告和一年或2000小时的质保，“多花的成本大约占售价的8%，但退货和索赔少了一大半。”",
            "鹭川市工程机械行业协会秘书长梅中庭介绍，全市从事二手工程机械收购、翻修和出口的企业目前有140多家，其中具备规范再制造能力的不到三成。去年，鹭川口岸出口二手工程机械1.86万台，货值约42亿元，分别增长37%和45%。“量上得很快，但质量参差不齐，是这个行业最大的隐患。”",
            Cross("从“卖设备”到“卖服务”"),
            "在距离鹭川约300公里的柘原，二手设备出口走出了另一条路。柘原是国内重要的工程机械产业基地，几家整机企业近年来纷纷设立官方二手设备平台，把回收、翻新和出口纳入自己的渠道体系。",
            "柘原重工旗下二手设备业务负责人邵霁向记者展示了一套数字化系统：每一台经过官方认证的二手设备都装有远程监控终端，海外客户购买后，工作小时、油耗、故障代码等数据实时回传，当地服务站可以提前安排保养和配件。“海外客户最怕的不是机器旧，而是坏了没人修。”邵霁说，“我们卖出去的不是一台旧机器，而是一套能让它继续干活的体系。”",
            "这种模式的利润结构也与传统贸易商不同。邵霁算了一笔账：一台认证二手挖掘机的销售毛利率约为12%，但此后五年的配件和服务收入，往往能再贡献相当于售价15%至20%的收入。更重要的是，二手设备替品牌打开了一批原本买不起新机的客户，“等他们的生意做大了，下一台很可能就买新机。”",
            "数据显示，去年柘原重工二手设备出口量同比增长52%，带动同区域新机销售增长约18%。目前，公司在海外设立的二手设备展示和服务中心已有11个。",
            Cross("出海的隐忧"),
            "热闹背后，隐忧同样存在。多位受访企业负责人提到，二手工程机械在出口环节仍面临标准不统一的问题。由于缺少公认的成色分级和检测标准，同一台设备在不同检测机构可能得出不同结论，海外买家难以判断，只能靠“眼看手摸”和对卖家的信任。",
            "部分进口国的政策变化也带来不确定性。塔兰蒂斯今年起对进口二手工程机械的使用年限作出新限制，超过十年的设备不再允许入境；另有几个国家提高了排放要求，一些老旧型号因此失去市场。“政策窗口在收窄，靠‘低价旧货’跑量的日子不会太长了。”梅中庭说。",
            "在汀南大学国际贸易研究院副院长庞鹤鸣看来，二手设备出海的下半场，比拼的是标准和服务能力。他建议，行业协会与检测机构尽快制定二手工程机械成色评定和再制造出口标准，推动检测结果互认；企业则要在重点市场布局配件仓和服务网点，“把一次性买卖变成长期的客户关系”。",
            "5月中旬，许迟又要出发去塔兰蒂斯。这一次，他要在当地一座矿业城市考察一处仓库，打算建公司在海外的第一个配件中心。“以前我们把机器卖出去就算完事了，”他说，“现在才明白，机器上了船，生意才刚刚开始。”",
        ])
    link = Article(
        "b", "什么是工程机械再制造", section="链接",
        notes="Sidebar box printed between two paragraphs of the cover story, under the label 链接 (section), with "
              "its own headline and two paragraphs set narrower: an article of its own. No byline.",
        paras=[
            "工程机械再制造，是指以旧的工程机械整机或零部件为对象，通过专业化修复或升级改造，使其质量特性和安全环保性能不低于原型新品的过程。与简单维修、翻新不同，再制造强调采用标准化的工艺流程和检测手段，产品通常可获得与新品相当的质保。",
            "业内测算，与制造新品相比，再制造产品可节约成本约50%、节能约60%、节材约70%。目前，国内已发布多项工程机械再制造相关行业标准，但针对二手整机出口的成色分级和检测评价标准仍在制定之中。",
        ])
    pg.headline(a)
    standfirst(pg, a, "一台在国内工地服役八年的挖掘机，经过拆检、翻修和认证，三个月后出现在万里之外的矿山上。二手工程机械出口正从“倒卖旧货”走向“再制造＋服务”，一条新的出海产业链正在成形，但标准、渠道和售后的短板同样明显。", 20)
    pg.line(a, a.byline, "byline")
    pg.gap()
    st = starts(pg, a)
    flow(pg, a, inserts=[
        (st[2], block(pg, wrap("▲5月6日，鹭川港堆场内，一台完成再制造的挖掘机等待装船。　摄影／鲁迟", 26),
                      "photo caption with credit between two paragraphs (not body)", pre=False)),
        (mid(st, 4), block(pg, ["17　封面故事｜COVER STORY"], "running head of p.17 at the page turn, mid-sentence (not body)")),
        (st[7], box(pg, "链接", link, cols=22, indent=FW * 2)),
        (mid(st, 10, 0.4), block(pg, ["封面故事｜COVER STORY　18"], "running head of p.18 at the page turn, mid-sentence (not body)")),
        (st[11], block(pg, ["“海外客户最怕的不是机器旧，", "而是坏了没人修。”"], "pull quote (repeats a sentence of the text; not body)", pre=False)),
        (st[12], block(pg, ["数据",
                            "1.86万台　去年鹭川口岸出口二手工程机械",
                            "42亿元　出口货值，同比增长45%",
                            "不到三成　当地具备规范再制造能力的企业占比",
                            "11个　柘原重工海外二手设备展示和服务中心"], "数据 box of figures (not an article)", pre=False)),
        (mid(st, 14), block(pg, ["19　封面故事｜COVER STORY"], "running head of p.19 at the page turn, mid-sentence (not body)")),
    ])
    pg.gap()
    pg.furniture(["（作者简介：霍听澜，本刊资深记者，长期关注装备制造业与对外贸易。）"], "author bio after the body (not body)")
    pg.blank()
    pg.furniture(["记者手记"], "column label 记者手记")
    c = Article(
        "c", "机器会老，信用不能旧", section="记者手记",
        byline="文／霍听澜", authors=["霍听澜"],
        notes="Related piece after the cover story under the label 记者手记 (section), byline line 文／X under its "
              "headline: the reporter is the author. Kind article, as the 记者手记 of earlier sets.",
        paras=[
            "在鹭川采访时，一位做了十几年二手设备生意的老板跟我说，他最早那几年赚的钱，后来都赔在了售后上。设备卖到海外出了问题，客户找不到人，只能把账记在“中国货”头上，他再想做那个市场，就难了。",
            "二手设备天然带着信息不对称，买家看不见机器内部的磨损，只能看卖家的信用。对于正在出海的中国二手工程机械来说，检测报告、质保承诺和海外服务网点，都是在为这份信用“上保险”。机器会老，信用不能旧。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["衡川商业周刊　2034.05.15"], "folio")
    return pg


# ---------------------------------------------------------------------------
def km03() -> Page:
    """News weekly 特别报道 over THREE printed pages (38-40), NO blank line anywhere: label, headline, ——副题,
    导语, byline 《X》记者 Y　发自Z; caption with 图／ credit; footers of pp.38 and 39 printed mid-sentence; 背景
    box; then a 评论 with byline line 文／X and a bio line （作者系…） after it."""
    pg = Page("km03.txt", cols=34, indent=FW, blanks="never", seed=4303,
              style="news weekly SPECIAL REPORT over THREE printed pages (pp.38-40), NO blank line anywhere: label 特别报道, headline, ——副题, 导语 (wrapped at 26), byline line 《刊名》记者 X　发自Y; caption with credit 图／本刊记者 X between paragraphs; ｜-marked crossheads; the FOOTERS of pp.38 and 39 (folio, magazine, date) printed in MID-SENTENCE; 背景 box (label, headline, two paragraphs) between paragraphs; then label 评论 over a comment with byline line 文／X and a bio line （作者系…） after its body; footer of p.40")
    pg.furniture(["特别报道"], "column label 特别报道")
    a = Article(
        "a", "一座资源城市的“转身”时间", section="特别报道", subtitle="——榆阜煤炭退出十年调查",
        byline="《九域新闻周刊》记者　闻璟　发自榆阜", authors=["闻璟"],
        notes="Special report over three printed pages with NO blank lines. Label 特别报道 is the section; the "
              "——副题 is the subtitle; the 导语 between subtitle and byline is neither body nor subtitle. Byline line "
              "《刊名》记者 X　发自Y: the reporter is the author. The caption (photographer 苏栖, not an author), the "
              "two page footers printed in mid-sentence and the 背景 box (an article of its own) are not body; the "
              "｜crossheads are body. Officials, workers and planners quoted (贺长庚, 葛晓帆, 任怀川, 尹川) are not "
              "authors.",
        paras=[
            "早上七点，五十二岁的贺长庚准时出现在榆阜东郊一座光伏电站的运维室。他换上工装，打开监控屏幕，逐一查看上万块光伏板的发电数据。十年前，他每天这个时候正乘着罐笼下到四百多米深的井底。",
            "“那时候觉得，一辈子就是挖煤了。”贺长庚所在的东岭煤矿2025年关停，他和一千多名工友一起面临转岗。经过半年培训，他考取了电工证，成为这座建在采煤塌陷区上的光伏电站的第一批运维工人。如今他每月收入七千元左右，比在井下时少了一些，“但不用下井了，家里人放心。”",
            "贺长庚的经历，是榆阜这座老煤城十年转型的一个缩影。统计显示，2024年以来，榆阜累计关停煤矿41座，退出煤炭产能3860万吨，安置分流职工5.2万人。与此同时，全市煤炭产业增加值占工业增加值的比重，从十年前的62%下降到去年的29%。",
            Cross("｜人：从井下到井上"),
            "转型最难的，是人。榆阜市人社局副局长葛晓帆告诉记者，关停煤矿的职工平均年龄超过45岁，多数只有初中文化，“让他们从头学一门手艺，难度可想而知。”",
            "榆阜的办法是“培训跟着岗位走”。市里与新进驻的新能源、装备制造和物流企业签订用工协议，企业提出岗位需求，职业院校据此开设订单班，培训合格后直接上岗。十年间，全市累计开展转岗培训11.6万人次，通过订单班实现再就业的矿工超过2.1万人。",
            "但并非所有人都走得这么顺。在老矿区的棚户区改造小区里，记者遇到几位五十多岁的老矿工，他们领着内退生活费，偶尔打些零工。“年纪大了，学不进去，也没人要。”其中一位说。葛晓帆坦言，大龄矿工的就业仍是难题，市里正在通过公益性岗位和社区服务岗位兜底，目前已安置约4300人。",
            Cross("｜钱：财政的“断奶期”"),
            "煤炭退出，最先感受到寒意的是地方财政。2026年，榆阜一般公共预算收入一度比峰值下降近四成，“那两年最难，工资要保、欠账要还，新项目还要投。”一位当时在市财政局工作的干部回忆。",
            "榆阜没有选择大规模举债上项目，而是把有限的钱集中投向两件事：一是采煤塌陷区治理和土地复垦，为新产业腾出空间；二是职业教育和园区配套，为招商打基础。到去年，全市一般公共预算收入恢复到峰值的92%，其中非煤税收占比超过六成。",
            "“财政结构变了，抗风险能力反而强了。”榆阜市财政局局长任怀川说，过去煤价一跌，全市财政就跟着“过山车”，现在收入来源更加分散，预算也更好编了。",
            Cross("｜地：塌陷区上长出新产业"),
            "榆阜有采煤塌陷区约210平方公里，一度是城市的“伤疤”。从2027年起，当地引入社会资本，在塌陷区上建设光伏电站和储能项目，采用“板上发电、板下种植”的方式，在光伏板下种植中药材和牧草。目前，塌陷区光伏装机已达280万千瓦，年发电量约35亿千瓦时。",
            "紧挨着光伏基地，一座储能装备产业园正在扩建。园区负责人介绍，园内已入驻企业37家，去年产值突破180亿元。当年的矿工子弟、三十岁的车间主任尹川就在这里上班，“小时候觉得长大了也得下井，现在同学聚会，聊的都是电池和逆变器。”",
            "当然，新产业还撑不起一座城市的全部。榆阜市发展改革委的测算显示，新能源和装备制造吸纳的就业人数，只相当于煤炭鼎盛时期的一半左右；城区常住人口十年间减少了约6万人，年轻人外流的趋势尚未扭转。",
            "采访结束那天傍晚，记者又来到贺长庚工作的光伏电站。夕阳下，成片的光伏板一直铺到远处的山脚，几只羊在板下悠闲地吃草。贺长庚说，他的儿子去年从省城的大学毕业，回到榆阜的储能产业园当了技术员。“他说这里有活干，我就知道，这个地方还有盼头。”",
        ])
    bg = Article(
        "b", "榆阜的“煤炭年代”", section="背景",
        notes="Box printed between two paragraphs of the special report, under the label 背景 (section), with its "
              "own headline and two paragraphs: an article of its own. No byline.",
        paras=[
            "榆阜地处岚北省西部，煤炭开采历史超过百年。上世纪八九十年代，榆阜原煤产量一度占全省的五分之一，被称为“岚北煤仓”。鼎盛时期，全市有大小煤矿180余座，直接从事煤炭开采的职工超过12万人。",
            "2024年起，随着资源逐渐枯竭和产业政策调整，榆阜进入煤炭产能集中退出期。当地被列为全国资源型城市转型示范区之一，先后获得中央和省级转型专项资金支持。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    standfirst(pg, a, "十年间，岚北省榆阜市关停煤矿41座，退出产能近4000万吨。矿井关了，人往哪里去？地方财政靠什么？塌陷区又如何重生？本刊记者在榆阜蹲点一周，记录一座资源城市的转身。", 26)
    pg.line(a, a.byline, "byline")
    st = starts(pg, a)
    flow(pg, a, inserts=[
        (st[2], block(pg, ["榆阜东郊采煤塌陷区上建起的光伏电站。", "图／本刊记者　苏栖"], "photo caption with credit between two paragraphs (not body)")),
        (mid(st, 5), block(pg, ["38　九域新闻周刊　2034年5月20日"], "footer of p.38 at the page turn, mid-sentence (not body)")),
        (st[11], box(pg, "背景", bg, cols=30, indent=FW)),
        (mid(st, 13, 0.6), block(pg, ["九域新闻周刊　2034年5月20日　39"], "footer of p.39 at the page turn, mid-sentence (not body)")),
    ])
    pg.furniture(["评论"], "column label 评论")
    c = Article(
        "c", "资源城市转型没有“标准答案”", section="评论", kind="commentary",
        byline="文／卢鹤年", authors=["卢鹤年"],
        notes="Comment after the special report under the label 评论 (section), byline line 文／X: the writer is the "
              "author. The bio line （作者系…） printed on a line of its own after the body is not body (as the "
              "（作者系…） note of the shared gold). Commentary.",
        paras=[
            "过去十年，像榆阜这样的资源型城市，几乎都经历了一场“去依赖”的阵痛。有的城市转得快，新产业接续顺利；有的城市则陷入人口流失、财政紧张的循环。差别从何而来？",
            "一个重要的经验是，转型不能照搬别人的“剧本”。有的地方看到新能源热，就一窝蜂上光伏、上储能，结果项目建起来了，本地既没有配套也没有人才，产值留不下，就业也带不动。榆阜的做法之所以相对成功，在于它把塌陷区、老矿工、电网通道这些“旧家底”重新盘活，让新产业长在原有的基础上。",
            "另一个经验是，转型需要时间，也需要兜底。产业结构的调整可以规划，人的转身却往往要一代人才能完成。对那些学不了新手艺的大龄职工，地方政府要舍得在社保和公益岗位上投入，让转型的代价不至于落在最弱势的人身上。资源城市转型没有标准答案，但有一条底线：不能让任何一个群体被时代甩下。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["（作者系汀南大学区域经济研究所所长）"], "author bio line after the comment (not body)")
    pg.furniture(["40　九域新闻周刊　2034年5月20日"], "footer of p.40")
    return pg


# ---------------------------------------------------------------------------
def km04() -> Page:
    """News weekly 卷首语 page (p.3) whose headline and signature are printed AFTER its body, then the contents
    spread (pp.4-5) with a 本刊声明; no indent, blank lines only between blocks."""
    pg = Page("km04.txt", cols=40, indent="", blanks="arts", seed=4304,
              style="news weekly, 卷首语 page then contents spread, NO indent, blank lines only between blocks: label 卷首语, the letter's four paragraphs (paragraph ends show only as short lines), then its HEADLINE printed AFTER the body and the byline line 本刊主编 X under it; folio of p.3; contents pages (masthead, English name, issue line, 目录 CONTENTS, sections with page numbers, titles, blurbs), 本刊声明 notice, publisher line, folio")
    pg.furniture(["卷首语"], "column label 卷首语")
    a = Article(
        "a", "回流的人，和留下的理由", section="卷首语", kind="commentary",
        byline="本刊主编　纪沉舟", authors=["纪沉舟"],
        notes="Editor's letter under the label 卷首语 (section). Its headline and the byline line 本刊主编 X are "
              "printed AFTER the body (the display type extracted last). The named editor who signs it is the "
              "author. Commentary. Contents pages and the 本刊声明 after it are not articles.",
        paras=[
            "这一期的封面，我们给了一群“回流”的年轻人。他们在大城市读书、工作了十来年，又陆续回到老家的县城，有人开了咖啡馆，有人进了新建的工厂，也有人做起了农产品电商。几年前，“逃离大城市”还是一个带着无奈的话题；今天，越来越多的年轻人把回到县城当成一种主动的选择。",
            "回流的原因各不相同。房价和生活成本是最直接的考量，县城产业的发展带来了过去没有的岗位，便捷的物流和网络让小地方也能连接大市场。但我们在采访中也听到了另一种声音：县城的机会依然有限，公共服务与大城市的差距仍然明显，一些人回来了，又走了。",
            "回流的人需要的，不只是一份工作，还有留下来的理由——一所好学校、一家好医院、一个愿意倾听年轻人想法的地方。这些理由，要靠县城自己一点点攒起来。",
            "本期的特别报道，记者走进岚北省榆阜市，记录一座资源城市的十年转型。在那里，我们同样看到，留住人，是一座城市转身的起点，也是它的归宿。",
        ])
    pg.body(a)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    pg.furniture(["3　九域新闻周刊　2034年5月20日"], "folio of p.3")
    pg.blank()
    pg.furniture(["九域新闻周刊",
                  "JIUYU NEWSWEEK",
                  "2034年第19期　总第1127期　2034年5月20日出版",
                  "目录　CONTENTS",
                  "封面故事",
                  "20　“县城青年”回流记",
                  "一群在大城市打拼多年的年轻人回到县城，他们找到了什么",
                  "特别报道",
                  "38　一座资源城市的“转身”时间",
                  "榆阜煤炭退出十年调查",
                  "国内",
                  "10　新一轮消费券发放有何不同",
                  "14　多地试点企业开办“一码通办”",
                  "经济",
                  "44　二手房挂牌量高位运行",
                  "48　民营企业贷款利率创新低",
                  "人物",
                  "56　酱园第五代传人的直播间",
                  "文化",
                  "62　博物馆文创的“冷”与“热”",
                  "4　九域新闻周刊"], "contents spread 目录 (masthead, issue line, sections, titles with page numbers, blurbs, folio)")
    pg.blank()
    pg.furniture(["本刊声明"] + wrap("本刊所载文章，未经书面授权，不得转载、摘编或以其他方式使用，违者将依法追究法律责任。本刊已许可有关数据库以数字化方式传播本刊全文，作者稿酬已在本刊稿酬中一并支付。", 40),
                 "本刊声明 notice (not an article)")
    pg.blank()
    pg.furniture(["主管：九域传媒集团　　主编：纪沉舟　　出版：九域新闻周刊社",
                  "国内统一连续出版物号　CN 31-7702/C　　定价：15.00元",
                  "5　九域新闻周刊"], "publisher line and folio")
    return pg


PAGES = [km01, km02, km03, km04]
