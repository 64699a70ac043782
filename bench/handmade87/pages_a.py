"""Pages me01-me04 of handmade87 (development set; all papers, names, firms, places and figures invented).

Each page is laid out with the shared kit (../handmade_kit/layout.py); the blank-line policy, the indentation
and the column width change from page to page. The helpers below are imported by pages_b.py and pages_c.py.
"""
from __future__ import annotations

from layout import FW, NO_END, NO_START, Article, Cross, Page, Quote, Raw, cn_date, spaced, squeeze, width, wrap


# ---- helpers -----------------------------------------------------------------
def box(pg: Page, lines: list[str], what: str, gap: bool = True) -> None:
    """A non-article block (header, footer, label, box, caption, table, notice, jump line); '' inside = blank line
    (printed unless the page prints no blank lines at all). Then the page's block gap."""
    pg.furniture(lines, what)
    if gap:
        pg.gap()


def top(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None,
        lines: list[str] | None = None, spread_cols: float | None = None, gaps: bool = True,
        byline: bool = True, byline_lines: list[str] | None = None) -> None:
    """Kicker, headline, ——副题 and byline lines in the usual order (the byline line only when the credit is
    neither run in nor signed at the end, and `byline`), each followed by the page's block gap when `gaps`."""
    def g() -> None:
        if gaps:
            pg.gap()
    if kicker:
        pg.kicker(a, kicker)
        g()
    pg.headline(a, sep=sep, lines=lines, spread_cols=spread_cols)
    g()
    if a.subtitle:
        for ln in wrap(a.subtitle, max(pg.cols, 24)):
            pg.line(a, ln, "subtitle")
        g()
    if byline and a.byline and not a.lead and not a.tail:
        for ln in (byline_lines or [a.byline]):
            pg.line(a, ln, "byline")
        g()


def whole(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None, gaps: bool = True,
          lines: list[str] | None = None, **kw) -> None:
    top(pg, a, kicker=kicker, sep=sep, lines=lines, gaps=gaps)
    pg.body(a, **kw)
    pg.gap()


def cwrap(text: str, cols: float, first: str = "") -> list[str]:
    """Like the kit's wrap, but character by character, so that a run of ASCII digits may be cut at the line
    end (…增长2 / 6.3%…), as a text tool leaves a justified line that breaks inside a number."""
    lines: list[str] = []
    cur, w = first, width(first)
    for ch in text:
        tw = width(ch)
        if w + tw > cols and squeeze(cur):
            if ch in NO_START:
                cur += ch
                w += tw
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = carry
            w = width(cur)
        cur += ch
        w += tw
    if squeeze(cur):
        lines.append(cur)
    return lines


def render_chars(pg: Page, a: Article, start: int = 0, end: int | None = None, cols: float | None = None) -> list:
    """The article body as Page.render_body renders it, but wrapped with cwrap (numbers may be cut)."""
    cols = cols or pg.cols
    items: list = []
    paras = list(a.paras)
    plain = [i for i, p in enumerate(paras) if isinstance(p, str)]
    end = len(paras) if end is None else end
    for i in range(start, end):
        p = paras[i]
        if i > start:
            items.append(("gap",))
        if isinstance(p, str):
            text = p
            if i == plain[0] and a.lead:
                text = a.lead + text
            if i == plain[-1] and a.tail:
                text = text + a.tail
            for ln in cwrap(text, cols, pg.indent):
                items.append(("line", ln, set()))
        elif isinstance(p, Cross):
            items.append(("line", spaced(p.text, p.sep) if p.sep is not None else p.text, set()))
        elif isinstance(p, Quote):
            for ln in cwrap(p.text, max(8, cols - 8)):
                items.append(("line", ln, set()))
        elif isinstance(p, Raw):
            for ln in p.lines:
                items.append(("line", ln, set()))
    return items


def split_cols(items: list, sizes: list[int]) -> list[list]:
    """Cut rendered body items into columns of sizes[k] printed lines (the rest last), as a text tool reads one
    column of a story, then something else. Gaps at a cut are dropped."""
    cols, cur, n, k = [], [], 0, 0
    for it in items:
        if it[0] == "line" and k < len(sizes) and n == sizes[k]:
            while cur and cur[-1][0] == "gap":
                cur.pop()
            cols.append(cur)
            cur, n, k = [], 0, k + 1
        if it[0] == "gap" and not cur:
            continue
        cur.append(it)
        n += it[0] == "line"
    while cur and cur[-1][0] == "gap":
        cur.pop()
    cols.append(cur)
    return cols


def right(text: str, cols: float) -> str:
    """A signature set flush right in a column of `cols` (leading U+3000s)."""
    return FW * max(0, int(cols - width(text))) + text


def n_lines(items: list) -> int:
    return sum(it[0] == "line" for it in items)


# ---------------------------------------------------------------------------
def me01() -> Page:
    """Municipal daily 区县新闻 page, two U+3000 of indent, NO blank line anywhere: county lead with a headline on
    two lines; label 区县快讯 over four items whose headline is RUN IN at the start of the paragraph with no mark
    (the bold is lost: 'headline　text'), three signed at the end; label 乡镇传真 over three items whose headline
    is run in inside 【】 (one followed by a run-in 本报讯（通讯员 X）, one signed （X））; footer."""
    pg = Page("me01.txt", cols=24, indent=FW * 2, blanks="never", seed=8701,
              style="municipal daily 区县新闻 page, indent two U+3000, NO blank line anywhere: header lines (paper; "
                    "date with weekday; 第6版　区县新闻; 责任编辑 / 美编); county lead with headline on two lines and "
                    "byline line 本报记者 X　通讯员 Y; label 区县快讯 over four items whose headline is RUN IN at the "
                    "start of the paragraph with NO mark (bold lost in extraction: headline, U+3000, text), three "
                    "signed （通讯员 X） / （记者 X） run in at the end; label 乡镇传真 over three items whose headline "
                    "is run in inside 【】 (one followed by a run-in 本报讯（通讯员 X）, one with no credit, one signed "
                    "（X） run in); footer with 投稿邮箱 and 校对")
    box(pg, ["苓州日报", cn_date(2039, 3, 18), "第6版　区县新闻", "责任编辑：韦晓棠　美编：樊一苇"], "page header")
    a = Article(
        "a", "苓北县“小个专”经营主体突破十万户",
        head=["苓北县“小个专”经营主体", "突破十万户"],
        byline="本报记者　郁南星　通讯员　卓小满", authors=["郁南星", "卓小满"],
        notes="Lead: headline on two lines (joined). Byline line 本报记者 X　通讯员 Y (both authors). No blank line "
              "anywhere on the page. The shop owner and the official quoted (许晓棠, unnamed) are not authors.",
        paras=[
            "记者从苓北县市场监管局获悉，截至2月底，全县个体工商户、小微企业和专业市场（简称“小个专”）经营主体达到10.2万户，比去年同期增长12.4%，其中个体工商户8.6万户，占全县经营主体总数的八成以上。",
            "今年以来，苓北县推出“个转企”奖补、首贷贴息、房租减免等12条措施，全县新增“个转企”企业386户。县里还在各乡镇便民服务中心设立“个体工商户服务站”，提供登记注册、政策咨询、融资对接等“一站式”服务，办理营业执照平均用时压缩到半个工作日。",
            "“证照办得快，贷款也方便，在家门口就能把店开起来。”在县城开设烘焙店的返乡青年许晓棠说，她去年通过“个体工商户服务站”申请到20万元创业担保贷款，目前店里已雇用了6名员工。",
            "苓北县市场监管局有关负责人表示，下一步将开展个体工商户分型分类精准帮扶，全年力争新增经营主体1.5万户。",
        ])
    top(pg, a)
    pg.body(a)
    box(pg, ["区县快讯"], "column label 区县快讯")
    quick = [
        ("b1", "溪口镇冷链物流园投用", "（通讯员　甘霖）", ["甘霖"],
         "3月15日，溪口镇农产品冷链物流园正式投用。物流园总投资1.2亿元，建有冷库库容3万吨，可满足周边5个乡镇果蔬、水产品的预冷、仓储和分拣需求，预计每年可减少农产品损耗4000余吨。"),
        ("b2", "云渡区发放首批“整村授信”贷款", "", [],
         "云渡区首批“整村授信”信用贷款日前发放，区农商银行向23个行政村的1480户农户发放无抵押信用贷款1.86亿元，户均12.6万元，主要用于发展特色种养和农村电商。"),
        ("b3", "白石县村级光伏电站去年增收1800万元", "（记者　郁南星）", ["郁南星"],
         "白石县102座村级光伏电站去年累计发电2460万千瓦时，为村集体经济增收1800余万元。县里今年将对其中的36座电站进行增容改造，预计年发电量可再增加15%。"),
        ("b4", "苓南新区春季招聘会提供岗位1.2万个", "（通讯员　庞晓筠）", ["庞晓筠"],
         "3月16日，苓南新区春季大型招聘会在新区人力资源市场举行，186家企业提供就业岗位1.2万个，其中技术类岗位占比超过四成，当天初步达成就业意向2300余人。"),
    ]
    for key, title, tail, authors, text in quick:
        credit = (f" Signed {tail} run in at the end (excluded from last); the writer is the author."
                  if tail else " No credit: no authors.")
        b = Article(key, title, section="区县快讯", lead=title + FW, tail=tail, byline=tail or None,
                    authors=authors,
                    notes="Item under the label 区县快讯 (section): its headline, printed in bold in the paper, is RUN "
                          "IN at the start of the paragraph with no mark left by the extraction (indent, headline, "
                          "U+3000, text), so title_line is the first body line and the headline is excluded from "
                          "first." + credit,
                    paras=[text])
        pg.body(b, head_role=True)
    box(pg, ["乡镇传真"], "column label 乡镇传真")
    towns = [
        ("c1", "桃坪乡：茶旅融合带火民宿", "本报讯（通讯员　覃一帆）", "", ["覃一帆"],
         "桃坪乡依托万亩生态茶园，打造采茶体验、茶艺研学等旅游线路，带动全乡新开民宿42家。今年春节以来，全乡接待游客8.6万人次，民宿平均入住率超过七成。",
         " A run-in 本报讯（通讯员 X） follows the 【】 headline; both are excluded from first; the 通讯员 is the "
         "author."),
        ("c2", "河湾镇：小龙虾养殖面积扩至3万亩", "", "", [],
         "河湾镇今年推广“稻虾共作”模式，小龙虾养殖面积扩大到3万亩，镇里配套建设了交易中心和加工厂，预计全年小龙虾产值可达4.5亿元。",
         " No credit: no authors."),
        ("c3", "梅岭街道：老厂房变身创客空间", "", "（陶然）", ["陶然"],
         "梅岭街道将闲置多年的原纺织机械厂厂房改造成创客空间，目前已入驻文创设计、软件开发等小微企业57家，吸纳就业600余人。",
         " Signed （X） run in at the end (excluded from last); the writer is the author."),
    ]
    for key, title, dateline, tail, authors, text, credit in towns:
        c = Article(key, title, section="乡镇传真", lead="【" + title + "】" + dateline, tail=tail,
                    byline=(dateline or tail) or None, authors=authors,
                    notes="Item under the label 乡镇传真 (section): its headline is run in inside 【】 at the start of "
                          "the paragraph (title without the brackets, colon kept as printed), so title_line is the "
                          "first body line and the bracketed headline is excluded from first." + credit,
                    paras=[text])
        pg.body(c, head_role=True)
    box(pg, ["本版投稿邮箱：quxian@lzrb.cn　校对：卜一禾"], "footer with 投稿邮箱", gap=False)
    return pg


# ---------------------------------------------------------------------------
def me02() -> Page:
    """City daily 专版 page sponsored by a district, ONE U+3000 of indent, blank lines between paragraphs and
    blocks: a banner headline letter-spaced with U+3000 over two lines with kicker, ——副题, byline and a short
    lead text; photo caption; four sub-stories each with its own smaller headline and its own credit (文/X; （X）
    run in; none; □ 通讯员 X); footer with the 协办 credit."""
    pg = Page("me02.txt", cols=20, indent=FW, blanks="para", seed=8702,
              style="city daily 专版 page sponsored by a district, indent one U+3000, blank lines between paragraphs "
                    "and blocks: header lines (paper; date with weekday; 第7版　专版; the special page's name); "
                    "banner with 引题 kicker, headline LETTER-SPACED with U+3000 over two lines, ——副题, byline line "
                    "本报记者 X　通讯员 Y and a two-paragraph lead text; photo caption with credit 供图; four "
                    "sub-stories each with its own smaller headline: byline line 文/X; signed （X） run in at the end; "
                    "no credit; byline line □ 通讯员　X; footer with the 协办 credit line, 责任编辑 and 校对")
    box(pg, ["蔚川日报", cn_date(2039, 5, 22), "第7版　专版", "", "滨澄区·高质量发展专版"], "page header")
    a = Article(
        "a", "向“新”而行滨澄区跑出转型加速度",
        head=["向“新”而行", "滨澄区跑出转型加速度"],
        subtitle="——滨澄区加快建设现代化产业体系纪实",
        byline="本报记者　祁砚秋　通讯员　蔺晓岑", authors=["祁砚秋", "蔺晓岑"],
        notes="The banner of the special page: kicker 奋进新征程·区域巡礼 (not part of the title), headline "
              "letter-spaced with U+3000 over two lines (two phrases; title joined unspaced), ——副题, byline line and "
              "its own two-paragraph lead text: an article of its own, not a label over the sub-stories (the "
              "sub-stories below each have their own headline and credit, so they are articles of their own, not "
              "crossheads of the banner story). Byline line 本报记者 X　通讯员 Y (both authors). The district leader "
              "quoted is not an author. The page name 滨澄区·高质量发展专版 is furniture (no section).",
        paras=[
            "五月的滨澄，处处涌动着发展的热潮。在滨澄高新区，总投资56亿元的新型显示材料项目主体厂房封顶；在临江老工业区，一座座旧厂房变身数字产业园；在区政务服务中心，企业开办“一网通办”最快半天办结……",
            "今年一季度，滨澄区实现地区生产总值286.4亿元，同比增长7.2%；规上工业增加值增长9.8%，高新技术产业投资增长31.5%，主要经济指标增速均居全市前列。“我们坚持把发展的着力点放在实体经济上，以新质生产力引领产业转型升级。”滨澄区委主要负责同志说。",
        ])
    top(pg, a, kicker="奋进新征程·区域巡礼", sep=FW)
    pg.body(a)
    pg.gap()
    box(pg, wrap("▲滨澄高新区新型显示材料项目建设现场。", 20) + ["滨澄区融媒体中心供图"],
        "photo caption with credit (not body)")
    b = Article(
        "b", "链主企业带动“一条链”",
        byline="文/祁砚秋", authors=["祁砚秋"],
        notes="Sub-story of the special page with its own smaller headline and byline line 文/X: an article. The "
              "page name is furniture (no section).",
        paras=[
            "在蔚川晶显科技有限公司的生产车间，一块块超薄玻璃基板正在下线。作为滨澄新型显示产业的“链主”企业，晶显科技去年实现产值82亿元，带动上下游配套企业37家落户。",
            "围绕“链主”企业，滨澄区绘制了新型显示产业链图谱，实行“链长+链主+专班”工作机制，今年已新招引配套项目11个，协议投资额达到96亿元。到2041年，全区新型显示产业规模有望突破300亿元。",
        ])
    whole(pg, b)
    c = Article(
        "c", "老厂房里长出数字产业园",
        byline="（蔺晓岑）", authors=["蔺晓岑"], tail="（蔺晓岑）",
        notes="Sub-story with its own headline, signed （X） run in at the end (excluded from last; the writer is "
              "the author). The park manager quoted is not an author.",
        paras=[
            "曾经的滨澄第二纺织厂，如今挂上了“滨澄数字港”的牌子。园区运营方负责人介绍，老厂房经过改造后，保留了红砖墙、锯齿形屋顶等工业遗存，已吸引软件开发、数据标注、直播电商等企业126家入驻，去年园区营业收入突破20亿元。",
            "近三年，滨澄区共盘活老旧厂房和闲置楼宇48万平方米，建成特色产业园区9个。",
        ])
    whole(pg, c)
    d = Article(
        "d", "“一网通办”跑出服务加速度",
        notes="Sub-story with its own headline and no credit: an article with no authors.",
        paras=[
            "企业开办、工程建设项目审批、不动产登记……在滨澄区政务服务中心，过去要跑多个窗口的事项，如今在一个窗口、一个平台就能办结。目前，全区1368个政务服务事项实现“一网通办”，其中426个事项实现“全程网办”，企业开办平均用时压缩到0.5个工作日。",
        ])
    whole(pg, d)
    e = Article(
        "e", "小微企业贷款余额增长18%",
        byline="□ 通讯员　邬小川", authors=["邬小川"],
        notes="Sub-story with its own headline, byline line □ 通讯员 X (the □ is a mark; the 通讯员 is the author).",
        paras=[
            "滨澄区推出“滨澄e贷”金融服务平台，汇集23家银行的86款信贷产品，企业在线提交需求后，银行最快2小时响应。截至4月底，平台累计为1260家小微企业授信38.6亿元，全区小微企业贷款余额同比增长18.2%。",
        ])
    whole(pg, e)
    box(pg, ["中共蔚川市滨澄区委宣传部", "滨澄区融媒体中心　协办", "", "责任编辑：卢映雪　校对：段一禾"],
        "footer with the 协办 credit and 责任编辑", gap=False)
    return pg


# ---------------------------------------------------------------------------
def me03() -> Page:
    """Commercial daily 人物 page (entrepreneur profile), two U+3000 of indent, blank lines sometimes, column
    breaks every 13 body lines: label 创业者说 over a profile with ——副题, byline 文/图　本报融媒体记者 X, plain
    crossheads, two PULL QUOTES and a 人物档案 box BETWEEN two paragraphs, a caption with no credit; label 记者手记
    over a note signed （X） on a line of its own at the END; run-in item 本报讯（特约记者 X）."""
    pg = Page("me03.txt", cols=18, indent=FW * 2, blanks="some", colbreak=13, seed=8703, p_para=0.5, p_gap=0.7,
              style="commercial daily 人物 page (entrepreneur profile), indent two U+3000, blank lines sometimes, "
                    "plus a column break (blank line) every 13 body lines: header lines (paper; B3　人物; date with "
                    "weekday; 责任编辑 / 美编); label 创业者说 over a profile (about 760 characters) with headline "
                    "NAME：quote, ——副题 记…, byline line 文/图　本报融媒体记者 X, three plain crossheads, two PULL "
                    "QUOTES (sentences repeated from the text, set narrower) and a 人物档案 box BETWEEN two "
                    "paragraphs, photo caption with no credit after it; label 记者手记 over a note signed （X） on a "
                    "line of its own at the END; item with run-in 本报讯（特约记者 X）; footer")
    box(pg, ["琅溪商报", "B3　人物", cn_date(2039, 8, 9), "责任编辑：阮青禾　美编：林小岫"], "page header")
    box(pg, ["创业者说"], "column label 创业者说")
    a = Article(
        "a", "孟知远：把一颗螺丝做到极致", section="创业者说",
        subtitle="——记琅溪精固紧固件有限公司董事长孟知远",
        byline="文/图　本报融媒体记者　柏小渝", authors=["柏小渝"],
        notes="Entrepreneur profile under the label 创业者说 (section). Headline NAME：quote (colon kept); the ——副题 "
              "is the subtitle. Byline line 文/图　本报融媒体记者 X (writer and photographer: the author). The plain "
              "crossheads (两间平房起家, 啃下“硬骨头”, 把工厂交给年轻人) and the two PULL QUOTES (sentences repeated "
              "from the text, set narrower) are body lines. The 人物档案 box printed between two paragraphs is not "
              "body (body in pieces); nor is the photo caption (no credit, under a 文/图 story) after it. The "
              "subject of the profile (孟知远) and the people quoted are not authors. Column breaks fall inside "
              "paragraphs.",
        paras=[
            "早上七点半，孟知远已经站在了精固公司的检测室里。他拿起一颗刚下线的高强度螺栓，对着灯光看了又看，又放到检测仪上测了一遍扭矩。“螺丝虽小，装在高铁上、风机上，就是人命关天的事。”这个习惯，他坚持了二十六年。",
            Quote("“螺丝虽小，装在高铁上、风机上，就是人命关天的事。”"),
            Cross("两间平房起家"),
            "今年52岁的孟知远，是琅溪土生土长的“创一代”。1997年，他从县机械厂下岗，借了3000元，在城郊租下两间平房，和妻子一起做起了五金零件加工。",
            "“那时候什么活都接，一颗螺丝赚几厘钱。”孟知远回忆说。转机出现在2006年，一家汽车零部件企业急需一批特殊规格的螺栓，别人嫌量小不肯接，他带着工人连续加班半个月，把货按时交了出去。从那以后，精固的订单越来越多。",
            Cross("啃下“硬骨头”"),
            "真正让精固站稳脚跟的，是高强度紧固件。2015年，国内一家风电整机企业在寻找能替代进口产品的风电塔筒螺栓，开出的技术指标让不少企业望而却步。孟知远拍板投入1200万元，组建了一支12人的研发团队。",
            "整整两年，团队做了上千次试验，光报废的样品就装满了两个仓库。2017年，精固的风电螺栓通过整机企业认证，价格只有进口产品的六成。如今，精固的产品已进入国内七成以上风电整机企业的供应链，并出口到18个国家和地区，去年销售收入达到9.6亿元。",
            Quote("做企业就像拧螺丝，一圈一圈都要拧到位。"),
            Cross("把工厂交给年轻人"),
            "在精固的车间里，一条条智能生产线正在运转，工人不多，大多是二三十岁的年轻人。“做企业就像拧螺丝，一圈一圈都要拧到位。”孟知远说，这几年公司每年拿出销售收入的5%投入研发，还和琅溪职业技术学院合办了“精固班”，已培养技术工人400多名。",
            "去年，孟知远把总经理的担子交给了35岁的技术骨干方一舟，自己则把更多精力放在新产品上。“下一步，我们要做航空航天用的紧固件，那是更难啃的骨头。”说这话时，他的眼里有光。",
        ])
    top(pg, a)
    pg.body(a, end=7)
    pg.gap()
    box(pg, ["人物档案"] + wrap("孟知远，1967年生，琅溪县人。1997年创办精固五金加工厂，现任琅溪精固紧固件有限公司董事长、"
                              "琅溪市紧固件行业协会会长。", 18),
        "人物档案 box between two paragraphs (not body)")
    pg.body(a, start=7)
    pg.gap()
    box(pg, wrap("▲孟知远（左）在车间与技术人员讨论产品工艺。", 18), "photo caption with no credit (not body)")
    box(pg, ["记者手记"], "column label 记者手记")
    b = Article(
        "b", "“慢功夫”里有真经", section="记者手记", kind="commentary",
        byline="（柏小渝）", authors=["柏小渝"],
        notes="Reporter's note under the label 记者手记 (section), signed （X） on a line of its own at the END: that "
              "line is the byline, not body; the reporter is the author. Kind commentary (a reporter's signed "
              "reflection, as the 记者手记 of handmade85).",
        paras=[
            "采访孟知远，最深的感受是一个“慢”字。一颗螺栓的试验做上千次，一个产品磨上两年，在追求“短平快”的今天，这样的“慢功夫”显得有些不合时宜。",
            "但正是这份慢，让一家小作坊成长为行业的“隐形冠军”。民营企业要走得远，靠的不是一时的风口，而是沉下心来把一件事做到极致的定力。",
        ])
    top(pg, b, byline=False)
    pg.body(b)
    pg.line(b, right(b.byline, 18), "byline")
    pg.gap()
    c = Article(
        "c", "琅溪民营经济人士座谈会召开",
        byline="本报讯（特约记者　洪晓堤）", authors=["洪晓堤"], lead="本报讯（特约记者　洪晓堤）",
        notes="Run-in 本报讯（特约记者 X） excluded from first; the 特约记者 (special correspondent) is the author.",
        paras=[
            "8月8日，琅溪市召开民营经济人士座谈会，32位民营企业家围绕融资、用地、人才引进等问题建言献策。会上，市里发布了支持民营经济发展的15条措施，包括设立5亿元民营企业纾困基金、新增“专精特新”企业奖励等。",
        ])
    whole(pg, c)
    box(pg, ["本版热线：0×××-5236××××"], "footer with 热线", gap=False)
    return pg


# ---------------------------------------------------------------------------
def me04() -> Page:
    """Evening paper 物流·交通 page in a wide column, FOUR ASCII spaces of indent, blank lines only between
    articles and blocks, lines cut inside numbers: lead with kicker, ——副题, byline 晚报首席记者 X and two
    crossheads letter-spaced with ASCII spaces; freight table; run-in item; item signed at its END on a line of
    its own; 交通时评 comment with □ X; item with byline 实习生 X　记者 Y; 出行提示 box."""
    pg = Page("me04.txt", cols=30, indent="    ", blanks="arts", seed=8704,
              style="evening paper 物流·交通 page, indent FOUR ASCII spaces, blank lines only between articles and "
                    "blocks, lines cut inside numbers: header lines (paper; date with weekday; A12　物流·交通; 责任编辑 "
                    "/ 美编); logistics lead with 引题 kicker, ——副题, byline line 晚报首席记者 X and two crossheads "
                    "LETTER-SPACED with ASCII spaces; freight table (title, four rows, source); item with run-in "
                    "本报讯（记者 X　通讯员 Y）; item signed （记者 X） on a line of its own at the END; label 交通时评 over "
                    "a comment with byline line □ X; item with byline line 实习生 X　记者 Y; 出行提示 box; footer")
    box(pg, ["沄江晚报", cn_date(2039, 10, 15), "A12　物流·交通", "责任编辑：饶一鸣　美编：司晓朴"], "page header")
    pg.blank()
    a = Article(
        "a", "前三季度沄江多式联运货运量增长26%",
        subtitle="——“一单制”让货物“一次委托、全程负责”",
        byline="晚报首席记者　骆晴川", authors=["骆晴川"],
        notes="Lead. The 引题 kicker 物流降本增效进行时 is not part of the title; the ——副题 is the subtitle. Byline line "
              "晚报首席记者 X (chief reporter: the author). The two crossheads letter-spaced with ASCII spaces (铁水联运 "
              "无缝衔接, 一单到底省时省钱) are body lines. Lines are cut inside numbers. The dispatcher and the "
              "logistics manager quoted (尹晓帆, unnamed) are not authors.",
        paras=[
            "记者从沄江市交通运输局获悉，今年前三季度，全市完成多式联运货运量1862万吨，同比增长26.3%；其中铁水联运集装箱量41.7万标箱，增长33.8%。全社会物流总费用与地区生产总值的比率降至13.6%，比去年同期下降0.5个百分点。",
            Cross("铁水联运无缝衔接", sep=" "),
            "在沄江港铁路专用线上，一列满载集装箱的货运列车缓缓驶入港区，龙门吊随即开始作业。“以前集装箱从铁路站场到码头要用卡车倒运，现在铁路直接通到船边，每个标箱能省下300元左右的短驳费。”港务集团调度员尹晓帆说。",
            "去年底，沄江港铁路专用线二期工程投用，铁路装卸线从4条增加到10条，港区铁路年到发能力提高到120万标箱。今年以来，沄江港新开通至西部内陆城市的海铁联运班列5条，班列总数达到21条。",
            Cross("一单到底省时省钱", sep=" "),
            "在多式联运“一单制”改革试点中，货主只需签订一份合同、办理一次委托，就能完成公路、铁路、水路全程运输。沄江一家家电企业的物流主管算了一笔账：从工厂发往东南亚的货物，过去要分别与三家承运人对接，现在“一单到底”，单票货物的办理时间缩短了2天，物流成本下降了12%。",
            "市交通运输局有关负责人表示，年底前全市将再建成2个多式联运枢纽，力争全年多式联运货运量突破2500万吨。",
        ])
    top(pg, a, kicker="物流降本增效进行时")
    pg.emit(a, render_chars(pg, a))
    pg.blank()
    box(pg, ["前三季度沄江货运量", "公路　　2.16亿吨　　+4.2%", "铁路　　3860万吨　　+11.5%",
             "水路　　1.08亿吨　　+8.7%", "航空　　12.4万吨　　+19.3%", "数据来源：沄江市交通运输局"],
        "freight table (not an article)")
    pg.blank()
    b = Article(
        "b", "快递进村“最后一公里”打通",
        byline="本报讯（记者　蒋晚晴　通讯员　伍一舟）", authors=["蒋晚晴", "伍一舟"],
        lead="本报讯（记者　蒋晚晴　通讯员　伍一舟）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. The villager quoted (包秋生) is "
              "not an author.",
        paras=[
            "记者昨日从沄江市邮政管理局获悉，全市1126个行政村已全部实现快递服务进村，村级寄递物流综合服务站达到986个。前三季度，全市农村地区快递业务量1.38亿件，同比增长29.6%，其中农产品上行快件占比提高到37%。",
            "“以前取快递要跑十几里路到镇上，现在村里小超市就能收发。”沄南县杨柳村村民包秋生说。",
        ])
    top(pg, b)
    pg.emit(b, render_chars(pg, b))
    pg.blank()
    c = Article(
        "c", "沄江机场新开两条国际全货机航线",
        byline="（记者　蒋晚晴）", authors=["蒋晚晴"],
        notes="Signed at its END by （记者 X） on a line of its own after the last paragraph: that line is the "
              "byline, not body; the reporter is the author.",
        paras=[
            "10月13日，沄江机场新开通至中亚和东欧的两条国际全货机航线，每周各执飞2班，主要运输跨境电商包裹、电子产品和机械零部件。至此，沄江机场国际全货机航线增至7条，前三季度机场货邮吞吐量达到12.4万吨。",
        ])
    top(pg, c, byline=False)
    pg.emit(c, render_chars(pg, c))
    pg.line(c, c.byline, "byline")
    pg.blank()
    box(pg, ["交通时评"], "column label 交通时评")
    d = Article(
        "d", "治理货车超限超载要疏堵结合", section="交通时评", kind="commentary",
        byline="□ 聂小川", authors=["聂小川"],
        notes="Comment under the label 交通时评 (section), byline line □ X (the □ is a mark; the writer is the "
              "author). Kind commentary.",
        paras=[
            "近期，沄江开展货车超限超载专项治理，查处违法车辆1200余辆。严查重罚很有必要，超限超载不仅损毁道路桥梁，更是交通安全的“定时炸弹”。",
            "但也要看到，一些货车司机超载，背后是运价低、货源不稳定的无奈。治理超限超载，既要堵住违法的口子，也要在规范运价、发展网络货运、推广标准化车型上下功夫，让守法运输的司机也能挣到钱。",
        ])
    top(pg, d)
    pg.emit(d, render_chars(pg, d))
    pg.blank()
    e = Article(
        "e", "国庆假期全市高速公路车流量创新高",
        byline="实习生　褚小苒　记者　骆晴川", authors=["褚小苒", "骆晴川"],
        notes="Byline line 实习生 X　记者 Y (the intern named first): both are authors.",
        paras=[
            "国庆假期，沄江境内高速公路累计通行车辆486万辆次，日均60.8万辆次，同比增长9.4%，创历史同期新高。其中，新能源汽车通行量占比达到21%，比去年同期提高7个百分点。假期全市高速公路服务区充电桩累计充电4.2万次。",
        ])
    top(pg, e)
    pg.emit(e, render_chars(pg, e))
    pg.blank()
    box(pg, ["出行提示", "10月16日至20日，G3沄城至南溪段夜间", "（22时至次日6时）封闭施工，请过往车辆",
             "提前绕行。（沄江高速交警支队）"], "出行提示 box with no headline of its own (not an article)")
    pg.blank()
    box(pg, ["晚报物流热线：0×××-6512××××"], "footer with 热线", gap=False)
    return pg


PAGES = [me01, me02, me03, me04]
