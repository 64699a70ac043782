"""Pages ly01-ly04 of handmade81 (development set; all papers, agencies, names, firms, places and figures invented).

The pages imitate the block-by-block output of a PDF text tool such as pdfminer: NO indentation at all, every
text block (paragraph, headline, byline, caption, box) followed by one blank line, lines broken at the column
edge. Columns set side by side come out column by column; a column break is nothing but a blank line.
"""
from __future__ import annotations

from layout import Article, Cross, Page, cn_date, wrap


def split_cols(items: list, sizes: list[int]) -> list[list]:
    """Cut rendered body items into columns of sizes[k] printed lines (the rest last), as pdfminer reads one
    column of a story, then something else. Gaps at a cut are dropped (the caller prints the one blank line
    that separates the blocks)."""
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


def para_ends(items: list) -> list[int]:
    """Numbers of printed lines after which a paragraph (or crosshead) ends: a column cut there falls exactly at
    a paragraph end."""
    out, n = [], 0
    for it in items:
        if it[0] == "line":
            n += 1
        elif it[0] == "gap":
            out.append(n)
    return out


def top(pg: Page, a: Article, kicker: str | None = None, lines: list[str] | None = None) -> None:
    """Kicker, headline, subtitle and byline blocks, each followed by one blank line (pdfminer blocks)."""
    if kicker:
        pg.kicker(a, kicker)
        pg.gap()
    pg.headline(a, lines=lines)
    pg.gap()
    if a.subtitle:
        pg.line(a, a.subtitle, "subtitle")
        pg.gap()
    if a.byline and not a.lead and not a.tail:
        pg.line(a, a.byline, "byline")
        pg.gap()


def column(pg: Page, a: Article, items: list) -> None:
    """One column of a story, then the blank line that ends its block."""
    pg.emit(a, items)
    pg.gap()


def whole(pg: Page, a: Article, kicker: str | None = None, lines: list[str] | None = None) -> None:
    top(pg, a, kicker, lines)
    pg.body(a)
    pg.gap()


def box(pg: Page, lines: list[str], what: str) -> None:
    """A non-article block (furniture, caption, advert, notice) and its blank line; '' inside = block break."""
    pg.furniture(lines, what)
    pg.gap()


STYLE = "NO indent, one blank line after every block (pdfminer-like)"


# ---------------------------------------------------------------------------
def ly01() -> Page:
    """City daily 要闻 page: industry lead in three columns with the 要闻简报 brief column read between its first
    and second column; a short comment with byline ■ X; port item with run-in 本报讯（记者 X） and a photo caption;
    遗失声明 notice; footer with 责任编辑."""
    pg = Page("ly01.txt", cols=16, indent="", blanks="para", seed=8101,
              style="city daily 要闻 page, " + STYLE + ": header blocks (paper; date with weekday; A2 要闻); "
                    "lead (industry figures) with byline line 本报记者 X in three columns, the 要闻简报 brief column "
                    "(label and two items with headlines) read BETWEEN its first and second column, the column break "
                    "mid-sentence; label 澄川短评 over a comment with byline line ■X; port item with run-in "
                    "本报讯（记者 X） and a photo caption with credit 摄 after it; 遗失声明 notice; footer with "
                    "责任编辑, 版式 and 校对")
    box(pg, ["澄川日报", "", cn_date(2035, 3, 14), "", "A2　要闻"], "page header")
    a = Article(
        "a", "前两月全市规上工业增加值增长8.7%",
        byline="本报记者　温砚池", authors=["温砚池"],
        notes="Lead of the page in three columns; between its first and second column pdfminer reads the 要闻简报 "
              "brief column, so the body is in pieces; the column break falls mid-sentence and is only a blank line. "
              "Byline line 本报记者 X. The official quoted (聂东桥) is not an author.",
        paras=[
            "市统计局昨日发布数据，1至2月，全市规模以上工业增加值同比增长8.7%，增速比去年全年加快1.9个百分点，高于全省平均水平2.3个百分点。",
            "从行业看，全市35个工业大类行业中有27个实现增长，增长面达77.1%。其中，电气机械和器材制造业增长21.4%，汽车制造业增长16.8%，计算机、通信和其他电子设备制造业增长13.2%，三大行业合计拉动全市工业增长5.6个百分点。",
            "新动能加快成长。前两月，全市高技术制造业增加值增长18.3%，占规上工业的比重提高到24.6%；新能源汽车、锂电池、工业机器人产量分别增长42.5%、37.1%和29.8%。",
            "“开局两个月的数据好于预期，订单充足是主要原因。”市统计局工业处处长聂东桥说，从企业调查看，超过六成的规上工业企业一季度订单同比增加，重点企业产能利用率保持在80%以上。",
            "下一步，全市将继续实施重点企业“一企一策”服务，加快推进总投资420亿元的31个工业项目建设，力争一季度工业投资增长15%以上。",
        ])
    top(pg, a)
    items = pg.render_body(a)
    c1, rest = split_cols(items, [9])
    column(pg, a, c1)
    box(pg, ["要闻简报"], "column label 要闻简报")
    b1 = Article("b1", "市区新增公共充电桩1200个", section="要闻简报",
                 notes="Item of the 要闻简报 brief column (section), read between two columns of the lead; no "
                       "credit, no authors.",
                 paras=["今年以来，澄川市区新建公共充电桩1200个，其中快充桩占比超过六成。年底前，主城区将实现公共充电设施“1公里服务圈”全覆盖。"])
    b2 = Article("b2", "首批“科创贷”投放3.6亿元", section="要闻简报",
                 notes="Item of the 要闻简报 brief column (section); no credit, no authors.",
                 paras=["澄川市首批“科创贷”近日投放，12家合作银行向87家科技型中小企业发放贷款3.6亿元，平均利率3.45%，市财政给予贴息支持。"])
    for b in (b1, b2):
        whole(pg, b)
    column(pg, a, rest)
    box(pg, ["澄川短评"], "column label 澄川短评")
    c = Article(
        "c", "订单多了更要稳住用工", section="澄川短评", kind="commentary",
        byline="■闻笛", authors=["闻笛"],
        notes="Short comment under the label 澄川短评 (section), byline line ■X (the ■ is a mark; the writer is the "
              "author). Kind commentary.",
        paras=[
            "订单饱满是好事，但不少企业反映，节后返岗的一线工人还没有完全到位，熟练技工更是“一人难求”。",
            "稳工业，说到底要稳住人。相关部门不妨把岗位对接会开进园区、开进县城，把技能培训补贴落到企业和工人手中，让订单转化为实实在在的产量。",
        ])
    whole(pg, c)
    d = Article(
        "d", "澄川港集装箱吞吐量同比增长14%",
        byline="本报讯（记者　屈铮）", authors=["屈铮"], lead="本报讯（记者　屈铮）",
        notes="Run-in 本报讯（记者 X） excluded from first. The photo caption with credit X　摄 after the body is not "
              "body; its photographer is the same reporter.",
        paras=[
            "记者从澄川港务集团获悉，1至2月，澄川港完成集装箱吞吐量41.2万标箱，同比增长14.0%；完成货物吞吐量2860万吨，增长6.3%。",
            "今年以来，澄川港新开通至东南亚、中东的外贸航线4条，外贸集装箱航线总数达到38条。",
        ])
    whole(pg, d)
    box(pg, wrap("▲3月12日，澄川港集装箱码头上，桥吊正在装卸货物。", 16) + ["本报记者　屈铮　摄"],
        "photo caption with credit (not body)")
    box(pg, ["遗失声明", ""] + wrap("澄川市恒远五金有限公司遗失公章一枚，声明作废。", 16), "遗失声明 notice (not an article)")
    pg.furniture(["责任编辑：殷素秋　版式：卜小林　校对：容宁"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ly02() -> Page:
    """Evening paper 财经 page: two stories set side by side come out column by column (A1, B1, A2, B2), the
    breaks mid-sentence; label 财经快讯 over two items with run-in datelines; a bank's advert."""
    pg = Page("ly02.txt", cols=14, indent="", blanks="para", seed=8102,
              style="evening paper 财经 page, " + STYLE + ": header blocks (财经; paper + date with weekday; A07); "
                    "two stories set SIDE BY SIDE read column by column (A's headline and byline line 记者 X　通讯员 Y, "
                    "A's first column, B's headline and byline line 文/X, B's first column, A's second column, B's "
                    "second column), both breaks mid-sentence; label 财经快讯 over two items with run-in "
                    "本报讯（记者 X） and 本报讯（通讯员 X）; a bank's advert (大额存单); footer with 责任编辑 and 美编")
    box(pg, ["财经", "", "枫浦晚报　" + cn_date(2035, 4, 17), "", "A07"], "page header")
    a = Article(
        "a", "一季度枫浦车市回暖新能源车占比过半",
        head=["一季度枫浦车市回暖", "新能源车占比过半"],
        byline="记者　石岸　通讯员　米粒", authors=["石岸", "米粒"],
        notes="Set side by side with the gold-price story: pdfminer reads A's first column, then B's headline, byline "
              "and first column, then A's second column, then B's; both bodies are in pieces and the column breaks "
              "fall mid-sentence. Headline on two lines, joined. Byline line 记者 X　通讯员 Y (both authors). The "
              "dealer quoted (鲁定邦) is not an author.",
        paras=[
            "记者从枫浦市汽车流通协会获悉，一季度全市新车销量4.26万辆，同比增长9.8%，其中新能源汽车2.19万辆，渗透率首次超过50%。",
            "3月车市回暖尤为明显。当月全市销量1.72万辆，环比增长41%。各大4S店的周末客流比春节前增加了三四成，十万元至二十万元价位的新能源车型最受欢迎。",
            "“以旧换新补贴到位快，很多客户当天就能拿到车。”枫浦一家汽车经销集团总经理鲁定邦说。据介绍，今年全市已有6800余名车主申领了报废更新和置换更新补贴。",
        ])
    b = Article(
        "b", "金价高位震荡，买金还是再等等",
        byline="文/甄小满", authors=["甄小满"],
        notes="The story set beside the car-market lead, read column by column with it (body in pieces). Byline "
              "line 文/X: the writer is the author. The analyst and the shop assistant quoted are not.",
        paras=[
            "清明假期过后，国际金价在高位反复震荡。记者昨日走访枫浦城区多家金店发现，足金饰品价格普遍在每克760元上下，比年初上涨近一成。",
            "“来买金条、金豆的年轻人比买首饰的多。”一家金店店员说。银行积存金业务也迎来开户潮，枫浦多家银行网点工作人员表示，3月以来积存金新开户数比去年同期增加一倍以上，起购门槛为1克。",
            "业内分析人士邵恒认为，金价短期内波动可能加大，普通消费者购买黄金应量力而行，以佩戴和长期配置为主，不宜追涨杀跌。",
        ])
    ia, ib = pg.render_body(a), pg.render_body(b)
    a1, a2 = split_cols(ia, [13])
    b1, b2 = split_cols(ib, [13])
    top(pg, a)
    column(pg, a, a1)
    top(pg, b)
    column(pg, b, b1)
    column(pg, a, a2)
    column(pg, b, b2)
    box(pg, ["财经快讯"], "column label 财经快讯")
    c = Article("c", "枫浦农商银行普惠贷款余额破百亿", section="财经快讯",
                byline="本报讯（记者　石岸）", authors=["石岸"], lead="本报讯（记者　石岸）",
                notes="Item of the 财经快讯 strip (section); run-in 本报讯（记者 X） excluded from first.",
                paras=["截至3月末，枫浦农商银行普惠小微贷款余额达到101.3亿元，比年初增加9.6亿元，服务小微企业和个体工商户2.4万户。"])
    d = Article("d", "城西菜市场启用智慧秤", section="财经快讯",
                byline="本报讯（通讯员　庞一禾）", authors=["庞一禾"], lead="本报讯（通讯员　庞一禾）",
                notes="Item of the 财经快讯 strip; run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
                paras=["城西农贸市场日前完成改造，236个摊位全部启用智慧电子秤，市民扫码即可查看商品来源和价格，缺斤短两投诉同比下降七成。"])
    whole(pg, c)
    whole(pg, d)
    box(pg, ["广告", "", "枫浦农商银行", "", "大额存单　3年期", "年利率2.35%", "", "起存金额20万元", "详询各营业网点"],
        "bank advert (not an article)")
    pg.furniture(["责任编辑：邝晓川　美编：牟一"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ly03() -> Page:
    """Commercial daily 产经 page: long feature with three crossheads that look like headlines and a photo
    caption between two of its paragraphs; an article whose headline and byline ■ X are printed AFTER its text;
    wire item with run-in 华兴社 dateline and （完）; 招商 notice."""
    pg = Page("ly03.txt", cols=18, indent="", blanks="para", seed=8103,
              style="commercial daily 产经 page, " + STYLE + ": header blocks (paper; 产经 + page number; date with "
                    "weekday; 责任编辑); feature (about 480 characters) with 引题 kicker, headline, byline line "
                    "本报记者 X　实习生 Y and three crossheads (short, no punctuation, each a block of its own like a "
                    "headline), a photo caption with credit 摄 BETWEEN two paragraphs; an article whose body comes "
                    "FIRST and whose headline and byline line ■ X are printed AFTER it; wire item with run-in "
                    "华兴社X月X日电（记者 X） and （完） run in at the end; 招商 notice; footer with 校对")
    box(pg, ["江屿商报", "", "产经　A5", "", cn_date(2035, 3, 21), "", "责任编辑：杭一舟"], "page header")
    a = Article(
        "a", "“链主”带动下的江屿新能源装备群",
        byline="本报记者　向晚晴　实习生　禾苗", authors=["向晚晴", "禾苗"],
        notes="Feature with three crossheads (链主企业当“领头雁”, 本地配套率提到六成, 人才和资金跟着项目走): each is "
              "a block of its own, short and unpunctuated like a headline, but inside the body (body lines, as the "
              "crossheads of handmade22). The 引题 kicker 产业链调查 is not part of the title. The photo caption with "
              "credit between two paragraphs is not body (body in pieces). Byline line 本报记者 X　实习生 Y (both "
              "authors). The executives and officials quoted (贾岳川, 段青禾) are not authors.",
        paras=[
            "走进江屿高新区的屿能重工总装车间，一台台风电机组机舱正在下线。车间外，十多家配套企业的货车排队等候卸货。“五年前，我们的零部件七成要从外地采购，现在一半以上在50公里范围内就能配齐。”屿能重工副总经理贾岳川说。",
            Cross("链主企业当“领头雁”"),
            "2031年落户以来，屿能重工累计投资68亿元，去年产值突破150亿元。围绕这家“链主”企业，江屿先后引进叶片、齿轮箱、变流器等配套项目42个，形成了从原材料到整机的完整链条。",
            "园区为“链主”企业设立了专门的配套对接平台，每季度发布一次本地采购清单。去年，平台促成本地配套订单23.6亿元。",
            Cross("本地配套率提到六成"),
            "配套企业也在跟着升级。专做风电法兰的江屿恒锻公司，三年里把产品精度提高了一个等级，今年还拿到了两家外地整机厂的订单。",
            "统计显示，江屿新能源装备产业去年实现产值386亿元，同比增长24.5%，本地配套率从2031年的31%提高到62%。",
            Cross("人才和资金跟着项目走"),
            "产业集聚也带来了人才和资本。高新区管委会副主任段青禾介绍，目前园区新能源装备领域从业人员超过1.8万人，今年将再引进专业技术人才2000名，并设立规模10亿元的产业基金。",
        ])
    top(pg, a, kicker="产业链调查")
    pg.body(a, end=4)
    pg.gap()
    box(pg, wrap("▲屿能重工总装车间内，工人正在装配风电机组机舱。本报记者　向晚晴　摄", 18),
        "photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=4)
    pg.gap()
    b = Article(
        "b", "老字号食品厂搬进智能车间",
        byline="■ 钟鸣", authors=["钟鸣"],
        notes="Its body is printed FIRST (right after the feature) and its headline and byline line ■ X come AFTER "
              "it, as pdfminer reads a story whose headline sits at the foot of its column block; the title_line is "
              "after the body. The ■ is a mark. The factory manager quoted is not an author.",
        paras=[
            "有着七十年历史的江屿“福瑞斋”食品厂，上月正式搬进城东食品产业园的新厂区。新车间里，和面、成型、烘烤、包装全部实现自动化，一条生产线每小时可产糕点1.2万块。",
            "“老师傅的配方一点没变，变的是效率。”厂长介绍，新厂投产后年产能将从3000吨提高到8000吨，今年线上销售额有望突破1亿元。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.gap()
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "全国首个海上风电运维标准发布",
        byline="华兴社北京3月20日电（记者　柯望）", authors=["柯望"],
        lead="华兴社北京3月20日电（记者　柯望）", tail="（完）",
        notes="Wire item of the invented agency 华兴社: run-in dateline 华兴社北京3月20日电（记者 X） excluded from "
              "first; （完） run in at the end excluded from last.",
        paras=[
            "记者20日从国家能源标准化委员会获悉，我国首个海上风电场运行维护行业标准正式发布，将于7月1日起实施。",
            "标准对海上风电机组的巡检周期、故障处置、运维船舶和人员安全等作出规定，有助于降低运维成本、提高发电效率。",
        ])
    whole(pg, c)
    box(pg, ["招商", "", "江屿城东食品产业园", "标准厂房招租", "面积2000—8000平方米", "招商热线：0×××-6611××××"],
        "招商 notice (not an article)")
    pg.furniture(["本版校对：蒲晓"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ly04() -> Page:
    """Metropolitan daily 区域 page in a very narrow column: two items side by side whose headlines are read
    FIRST, one after the other, then A1, B1, A2, B2; item with byline ■X; item with headline on two lines
    and run-in dateline 本报X月X日讯; notice; footer with 责任编辑."""
    pg = Page("ly04.txt", cols=12, indent="", blanks="para", seed=8104,
              style="metropolitan daily 区域 page in a very narrow column, " + STYLE + ": header blocks (区域; "
                    "paper; date with weekday + A10); two items set SIDE BY SIDE whose headlines (each on two lines) "
                    "are read first one after the other, then A's first column (run-in 本报讯（记者 X　通讯员 Y）), "
                    "B's first column (run-in 本报讯（记者 X）), A's second column, B's second column, breaks "
                    "mid-sentence; label 区县速递 over an item with byline line ■X and an item with run-in "
                    "本报海滨4月2日讯（见习记者 X） whose headline is on two lines; 停水通知 notice; footer with 责任编辑")
    box(pg, ["区域", "", "临港都市报", "", cn_date(2035, 4, 3) + "　A10"], "page header")
    a = Article(
        "a", "港北新城首批人才公寓交付",
        head=["港北新城首批", "人才公寓交付"],
        byline="本报讯（记者　乔岩　通讯员　叶青）", authors=["乔岩", "叶青"],
        lead="本报讯（记者　乔岩　通讯员　叶青）",
        notes="Set side by side with the 临港渔港 item: pdfminer reads BOTH headlines first (they sit on the same "
              "row), then A's first column, B's first column, A's second column, B's second column; bodies in "
              "pieces, breaks mid-sentence. Headline on two lines, joined. Run-in 本报讯（记者 X　通讯员 Y） (wrapped "
              "over two lines) excluded from first; both are authors.",
        paras=[
            "4月1日，港北新城首批人才公寓正式交付，首期560套房源面向新城重点企业引进的各类人才配租，租金为市场价的七成。",
            "公寓配套建设了食堂、健身房和共享会议室。首批入住的312名人才中，硕士以上学历占比四成。",
        ])
    b = Article(
        "b", "临港渔港开渔首日交易超千吨",
        head=["临港渔港开渔", "首日交易超千吨"],
        byline="本报讯（记者　卓然）", authors=["卓然"], lead="本报讯（记者　卓然）",
        notes="The item set beside the 人才公寓 item: its headline is read right after A's (before any body line), "
              "its body in pieces alternating with A's. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "4月2日是临港海域春季开渔首日，临港中心渔港共有186艘渔船返港卸货，当日水产品交易量1120吨，交易额3800余万元。",
            "从价格看，带鱼、鲳鱼批发价比去年同期略有下降，梭子蟹每斤上涨5元左右。渔港冷链仓储中心当天接收冷冻水产品400余吨。",
        ])
    pg.headline(a)
    pg.gap()
    pg.headline(b)
    pg.gap()
    a1, a2 = split_cols(pg.render_body(a), [7])
    b1, b2 = split_cols(pg.render_body(b), [7])
    column(pg, a, a1)
    column(pg, b, b1)
    column(pg, a, a2)
    column(pg, b, b2)
    box(pg, ["区县速递"], "column label 区县速递")
    c = Article(
        "c", "云台镇茶园开采春茶", section="区县速递",
        byline="■赖晓川", authors=["赖晓川"],
        notes="Item under the label 区县速递 (section), byline line ■X (the ■ is a mark). The farmer quoted is not an "
              "author.",
        paras=[
            "云台镇1.2万亩茶园近日开采明前茶，鲜叶收购价每斤80元至120元。今年镇里新建了3条清洁化生产线，预计春茶产值可达9000万元。",
        ])
    whole(pg, c)
    d = Article(
        "d", "海滨街道老旧小区加装电梯37部",
        head=["海滨街道老旧小区", "加装电梯37部"], section="区县速递",
        byline="本报海滨4月2日讯（见习记者　沈禾）", authors=["沈禾"], lead="本报海滨4月2日讯（见习记者　沈禾）",
        notes="Item under the label 区县速递; headline on two lines, joined. Run-in dateline 本报海滨4月2日讯（见习记者 X） "
              "(a place and date, wrapped over two lines, the line break falling inside 见习记者) excluded from first; "
              "the 见习记者 (trainee reporter) is the author.",
        paras=[
            "今年以来，海滨街道已为19个老旧小区加装电梯37部，另有22部正在施工。街道还引入第三方公司统一维保，住户每月每户缴纳维保费20元。",
        ])
    whole(pg, d)
    box(pg, ["停水通知", ""] + wrap("因管网改造，4月5日8时至20时港北路沿线停水，请用户做好储水准备。", 12) + ["", "临港水务集团"],
        "停水通知 notice (not an article)")
    pg.furniture(["责任编辑：滕秋　美编：舒可"], "footer with 责任编辑")
    return pg


PAGES = [ly01, ly02, ly03, ly04]
