"""Pages lw01-lw04 of handmade79 (development set; all papers, agencies, names, firms, places and figures invented).

Broadsheet economy pages set in narrow columns, as PDF extraction reads them column by column: two or three
articles printed side by side come out interleaved (a column, or part of one, of each in turn)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, wrap


class Cols:
    """An article's rendered body, written out a number of printed lines at a time: the pieces of the columns
    extraction reads in turn (whole columns, half columns, a column cut by a box)."""

    def __init__(self, pg: Page, a: Article, **kw):
        self.pg, self.a = pg, a
        self.items = pg.render_body(a, **kw)
        self.i = 0
        self.n = sum(it[0] == "line" for it in self.items)

    def left(self) -> int:
        return sum(it[0] == "line" for it in self.items[self.i:])

    def take(self, n: int | None = None) -> None:
        """Write the next n printed lines (all that are left when n is None); paragraph gaps at the start of a
        piece are dropped (the column break stands for them)."""
        out, got = [], 0
        while self.i < len(self.items) and self.items[self.i][0] == "gap":
            self.i += 1
        while self.i < len(self.items) and (n is None or got < n):
            it = self.items[self.i]
            out.append(it)
            got += it[0] == "line"
            self.i += 1
        assert got, f"{self.pg.name}: {self.a.key} has no lines left"
        self.pg.emit(self.a, out)

    def done(self) -> None:
        assert self.left() == 0, f"{self.pg.name}: {self.a.key} has {self.left()} lines not written"


def weave(pg: Page, specs: list, brk: bool = False) -> None:
    """Round-robin over (Cols, lines per piece) until all are written; brk: a blank line (column break) after
    each piece (printed only on pages whose policy prints blank lines)."""
    while any(c.left() for c, _ in specs):
        for c, per in specs:
            if c.left():
                c.take(per)
                if brk:
                    pg.blank()


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Lines of a body printed exactly as given."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


INTERLEAVED = ("Body printed in column pieces interleaved with those of {other} (extraction reads the columns in "
               "turn); the pieces are this article's lines in reading order, the other article's lines between "
               "them are not body.")


# ---------------------------------------------------------------------------
def lw01() -> Page:
    """Economic daily 经济·要闻 page, 16-char columns: lead (kicker, wide headline printed once above its columns,
    byline line) and a run-in 本报讯 item set side by side, read whole column by whole column (A1 B1 A2 B2 A3), column
    breaks as blank lines; a 财经时评 comment; a short item."""
    pg = Page("lw01.txt", cols=16, indent=FW * 2, blanks="arts", seed=7901,
              style="economic daily 经济·要闻 page, blank lines only between articles and at column breaks: header on three lines; lead with 引题 kicker, a headline wider than the column printed once above its three columns, byline line 本报记者 X; a run-in 本报讯（记者 X） item set beside it; the two read WHOLE COLUMN by whole column (A1, B headline + B1, A2, B2, A3), columns broken mid-sentence and mid-word; label 财经时评 over a comment with byline line □ X; run-in item; footer")
    pg.furniture(["澄州经济日报",
                  cn_date(2034, 3, 14) + "　第3版",
                  "经济·要闻　　责任编辑：郁晚棠"], "page header")
    pg.blank()
    a = Article(
        "a", "澄州港集装箱吞吐量前两月增长11.8%",
        byline="本报记者　柯望舒", authors=["柯望舒"],
        notes="Lead: the 引题 kicker 一季度外贸开局观察 is neither title nor subtitle; the headline is wider than the "
              "column (printed once above the article's columns). Byline line 本报记者 X. The port official and the "
              "forwarder quoted are not authors. " + INTERLEAVED.format(other="the 本报讯 item 中小微企业首贷户数创新高"),
        paras=[
            "记者从澄州港务集团获悉，今年1至2月，澄州港完成集装箱吞吐量186.4万标准箱，同比增长11.8%，增速比去年同期提高4.3个百分点。其中外贸集装箱吞吐量122.7万标准箱，增长14.6%。",
            "航线加密是吞吐量增长的主要原因。今年以来，澄州港新开通至南屿、西澜方向的外贸航线5条，每周航班达到214班。“新航线开通后，货物在港停留时间平均缩短了半天。”港务集团市场部负责人焦砚秋说。",
            "跨境电商和新能源产品出口增势明显。前两月，经澄州港出口的锂电池、光伏组件和电动汽车货值合计增长37%，跨境电商包裹量增长52%。一家货代企业负责人告诉记者，三月份的舱位已基本订满。",
            "港务集团表示，年内将完成二期自动化码头改造，新增泊位2个，全年力争集装箱吞吐量突破1200万标准箱。",
        ])
    b = Article(
        "b", "中小微企业首贷户数创新高",
        byline="本报讯（记者　聂远航）", authors=["聂远航"], lead="本报讯（记者　聂远航）",
        notes="Run-in 本报讯（记者 X） excluded from first. " + INTERLEAVED.format(other="the lead 澄州港集装箱吞吐量前两月增长11.8%"),
        paras=[
            "人民银行澄州市分行日前发布数据，截至2月末，全市普惠小微贷款余额2186亿元，同比增长19.4%；前两月新增首贷户4130户，创历史同期新高。",
            "首贷户增加得益于“信易贷”平台的推广。平台归集了税务、社保、水电等12个部门的涉企信息，银行可据此为没有抵押物的小微企业授信。今年以来，平台撮合贷款83亿元，其中信用贷款占比超过六成。",
        ])
    ca, cb = Cols(pg, a), Cols(pg, b)
    pg.kicker(a, "一季度外贸开局观察")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    ca.take(8)
    pg.blank()
    pg.headline(b)
    cb.take(8)
    pg.blank()
    ca.take(8)
    pg.blank()
    cb.take()
    pg.blank()
    ca.take()
    ca.done(), cb.done()
    pg.blank()
    pg.furniture(["财经时评"], "column label 财经时评")
    c = Article(
        "c", "“稳预期”要落在细处", section="财经时评", kind="commentary",
        byline="□ 晏清如", authors=["晏清如"],
        notes="Comment under the label 财经时评 (section), byline line □ X; commentary.",
        paras=[
            "稳预期，说到底是让经营主体心里有底。政策出台前多听企业意见，执行中少搞“一刀切”，调整时留足过渡期，这些看似细小的功夫，比一句口号更能稳住人心。",
            "预期是一点一滴攒出来的。一笔按时兑现的补贴、一次当场办结的审批，都会被企业记在心里。把这些细处做好了，信心自然就回来了。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "全市新增“个转企”620户",
        byline="本报讯（通讯员　沙一苇）", authors=["沙一苇"], lead="本报讯（通讯员　沙一苇）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=["今年前两个月，澄州市新增个体工商户转型升级为企业620户，同比增长24%，其中批发零售和住宿餐饮业占七成。"])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["本版校对：蔺小满　　版式：鲁一帆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lw02() -> Page:
    """Business daily 财经新闻 page in 12-char columns, NO blank line: two headlines side by side read one after
    the other, then the two bodies in HALF columns in turn; label 商讯速递 over three briefs stacked in one column."""
    pg = Page("lw02.txt", cols=12, indent=FW, blanks="never", seed=7902,
              style="business daily 财经新闻 page in very narrow columns, NO blank line anywhere: header on two lines; two articles set side by side whose HEADLINES come out as two consecutive lines (read across), then A's byline line, then the bodies in HALF columns of 7 lines in turn (A B A B …); label 商讯速递 over three briefs stacked in one column, credits run in at the end; footer")
    pg.furniture(["岚江商报　　财经新闻　　A6",
                  cn_date(2035, 4, 9)], "page header")
    a = Article(
        "a", "春茶开采首周鲜叶收购价走高",
        byline="本报记者　郦晚舟", authors=["郦晚舟"],
        notes="Headline printed on the line right before that of the article set beside it (two headlines read "
              "across the page); its byline line 本报记者 X comes after both headlines. The tea farmer and the "
              "co-operative head quoted are not authors. " + INTERLEAVED.format(other="县域快递业务量同比增三成"),
        paras=[
            "4月1日起，岚江市南山茶区春茶陆续开采。记者在茶青交易市场看到，一芽一叶的鲜叶收购价每公斤在160元至220元之间，比去年同期高出一成多。",
            "“今年开春气温回升快，茶芽长得齐，品相也好。”茶农邬秀兰一早采了4公斤鲜叶，卖了800多元。南山茶叶专业合作社理事长季远山说，合作社今年与电商平台签了订单，预计春茶销售额能突破3000万元。",
            "据统计，全市今年投产茶园面积18.6万亩，预计春茶产量4100吨、产值12亿元。",
        ])
    b = Article(
        "b", "县域快递业务量同比增三成",
        byline="本报讯（记者　戚南枝　实习生　卞小禾）", authors=["戚南枝", "卞小禾"],
        lead="本报讯（记者　戚南枝　实习生　卞小禾）",
        notes="Headline printed on the line right after that of the article beside it. Run-in 本报讯（记者 X　实习生 Y） "
              "wrapped over several lines, excluded from first; both are authors. " + INTERLEAVED.format(other="春茶开采首周鲜叶收购价走高"),
        paras=[
            "岚江市邮政管理局日前通报，一季度全市县域快递业务量达到1.37亿件，同比增长31.5%，增速高于城区12个百分点。",
            "农产品上行是主要推动力。一季度，全市通过快递寄出的茶叶、笋干、柑橘等农特产品超过2100万件。目前全市已建成村级寄递服务站点986个，行政村覆盖率达到96%。",
        ])
    ca, cb = Cols(pg, a), Cols(pg, b)
    pg.headline(a)
    pg.headline(b)
    pg.line(a, a.byline, "byline")
    weave(pg, [(ca, 7), (cb, 7)])
    ca.done(), cb.done()
    pg.furniture(["商讯速递"], "column label 商讯速递")
    briefs = [
        Article("c1", "岚江农商银行发放春耕贷款", section="商讯速递",
                byline="（记者　戚南枝）", authors=["戚南枝"], tail="（记者　戚南枝）",
                notes="Brief of the 商讯速递 column (kind article); credit run in at the end excluded from last.",
                paras=["截至3月末，岚江农商银行已发放春耕备耕贷款9.2亿元，惠及农户和农业企业5300余户。"]),
        Article("c2", "家居卖场推出以旧换新补贴", section="商讯速递",
                byline="（通讯员　温叶）", authors=["温叶"], tail="（通讯员　温叶）",
                notes="Brief of the 商讯速递 column; credit （通讯员 X） run in at the end excluded from last.",
                paras=["即日起至5月底，全市11家家居卖场联合推出旧家具回收补贴，每单最高补贴2000元。"]),
        Article("c3", "二手车交易量回升", section="商讯速递",
                notes="Brief with no credit: no byline, no authors.",
                paras=["一季度，岚江市二手车交易量4.6万辆，同比增长8.9%，新能源二手车交易量增长近一倍。"]),
    ]
    for art in briefs:
        pg.headline(art)
        pg.body(art)
    pg.furniture(["责任编辑：秦简　　校对：魏小棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lw03() -> Page:
    """Provincial daily 经济 page, 18-char columns: lead (headline, ——副题, byline) whose second column is CUT BY A
    TABLE BOX, set beside a wire item; a short item; footer."""
    pg = Page("lw03.txt", cols=18, indent="  ", blanks="para", seed=7903,
              style="provincial daily 经济 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on two lines; lead with headline, ——副题 and byline line 本报记者 X　通讯员 Y, its body in columns of 6 lines interleaved with a wire item (run-in 东岱社溱川4月2日电（记者 X）) — the lead's second column CUT IN TWO by a table box (产业链产值构成) so that it comes out as 3 lines, the box, 3 lines; run-in 本报讯 item; footer with editor and proof-reader")
    pg.furniture(["溱川日报　" + cn_date(2035, 4, 3),
                  "5　经济"], "page header")
    pg.blank()
    a = Article(
        "a", "溱川新能源汽车产业链产值突破千亿元",
        subtitle="——整车、电池、电驱三大环节本地配套率超六成",
        byline="本报记者　闵照川　通讯员　戚映", authors=["闵照川", "戚映"],
        notes="Lead with ——副题 (subtitle) and byline line 本报记者 X　通讯员 Y (both authors). The table box printed "
              "inside its second column is not body. The official and the executive quoted are not authors. "
              + INTERLEAVED.format(other="the wire item 稻谷最低收购价预案启动"),
        paras=[
            "记者从溱川市工业和信息化局获悉，2034年全市新能源汽车产业链实现产值1046亿元，同比增长28.7%，成为全市第二个产值超千亿元的产业链。",
            "整车产能持续释放。去年全市生产新能源汽车31.2万辆，增长41%，其中出口5.6万辆。位于溱川经开区的启岸汽车二期工厂投产后，单线节拍提升至每58秒下线一台整车。",
            "本地配套能力明显增强。全市集聚产业链企业326家，电池、电驱、电控三大核心部件本地配套率达到63%，比三年前提高了22个百分点。“原来电驱总成要从外省运来，现在半小时车程内就能配齐。”启岸汽车采购总监任思远说。",
            "市工信局副局长盛知白表示，今年将重点引进车规级芯片、固态电池等项目，力争全产业链产值达到1300亿元。",
        ])
    b = Article(
        "b", "稻谷最低收购价预案启动",
        byline="东岱社溱川4月2日电（记者　卓然）", authors=["卓然"], lead="东岱社溱川4月2日电（记者　卓然）",
        tail="（完）",
        notes="Wire item of the invented agency 东岱社 (东岱通讯社): run-in dateline excluded from first, （完） run in "
              "at the end excluded from last. " + INTERLEAVED.format(other="the lead 溱川新能源汽车产业链产值突破千亿元"),
        paras=[
            "溱川省粮食和物资储备局2日宣布，即日起在省内早籼稻主产区启动最低收购价执行预案，预案执行时间至7月底。",
            "今年早籼稻最低收购价为每50公斤129元，比上年提高2元。全省共设收购库点214个，安排收购资金授信额度86亿元，确保农民“有处卖粮、卖得上价”。",
        ])
    ca, cb = Cols(pg, a), Cols(pg, b)
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    ca.take(6)
    pg.gap()
    pg.headline(b)
    pg.gap()
    cb.take(6)
    pg.gap()
    ca.take(3)
    pg.furniture(["┌产业链产值构成（亿元）",
                  "│整车制造　　　512",
                  "│动力电池　　　287",
                  "│电驱电控　　　146",
                  "│其他零部件　　101",
                  "└数据来源：市工信局"], "table box 产业链产值构成 cutting the lead's second column (not body)")
    ca.take(3)
    pg.gap()
    cb.take()
    pg.gap()
    ca.take()
    ca.done(), cb.done()
    pg.gap()
    c = Article(
        "c", "一季度住户存款增加412亿元",
        byline="本报讯（记者　甘露白）", authors=["甘露白"], lead="本报讯（记者　甘露白）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=["一季度，溱川省本外币住户存款增加412亿元，同比少增37亿元；企业贷款增加1286亿元，其中中长期贷款占比71%。"])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["本版编辑：费映川　　校对：兰舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lw04() -> Page:
    """Economic daily 产经 page in 14-char columns, NO indent, column breaks: a feature interleaved with a comment
    whose HEADLINE and byline are printed AFTER its text (set at the foot of its columns); two items."""
    pg = Page("lw04.txt", cols=14, indent="", blanks="some", seed=7904, p_para=0.3, p_gap=0.8, colbreak=9,
              style="economic daily 产经 page, NO indent, blank lines sometimes plus column breaks (a blank line every 9 body lines, also inside paragraphs): header on three lines; feature (headline, byline line ■本报记者 X) read column by column with a comment set beside it whose body comes FIRST and whose headline and byline line 文／X are printed AFTER its last column; run-in 本报讯 item; item with byline line 记者 X; footer")
    pg.furniture(["沅渚经济导报",
                  cn_date(2036, 5, 21),
                  "第6版　产经"], "page header")
    pg.blank()
    a = Article(
        "a", "旧厂房里长出“智造”车间",
        byline="■本报记者　房栖梧", authors=["房栖梧"],
        notes="Feature, byline line ■本报记者 X (■ is a mark). The managers quoted are not authors. "
              + INTERLEAVED.format(other="the comment 别让“上云”停在签约上"),
        paras=[
            "走进沅渚市北郊的原纺机厂老厂区，锯齿形的屋顶还是老样子，厂房里却已换了天地：一排排机械臂在灯光下挥舞，自动导引车沿着地面的色带来回穿梭。",
            "这里如今是沅渚精密零部件产业园。三年来，园区利用12万平方米旧厂房引进企业47家，去年实现产值38亿元。“改造一栋旧厂房比新建省一半时间，租金也便宜三成。”园区运营公司总经理鲍听澜说。",
            "入驻的恒钧传动是一家生产减速器的企业，车间里86台数控机床联网运行。企业负责人告诉记者，生产线改造后，产品不良率从千分之三降到千分之零点八，订单排到了今年9月。",
        ])
    b = Article(
        "b", "别让“上云”停在签约上", kind="commentary",
        byline="文／沈栖迟", authors=["沈栖迟"],
        notes="Comment whose body comes FIRST (interleaved with the feature) and whose headline and byline line 文／X "
              "are printed AFTER its last column; title_line is that headline line. Commentary. "
              + INTERLEAVED.format(other="the feature 旧厂房里长出“智造”车间"),
        paras=[
            "不少地方统计企业“上云”数量，一年动辄新增几千家。可细问下去，有的企业签了协议、开了账号，系统却从没真正用起来。",
            "数字化转型不是买一套软件那么简单。服务商要蹲下身子摸清生产流程，地方考核也应从“签了多少”转向“用得怎样”。",
        ])
    ca, cb = Cols(pg, a), Cols(pg, b)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    ca.take(5)
    cb.take(5)
    ca.take(5)
    cb.take()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    ca.take()
    ca.done(), cb.done()
    pg.gap()
    c = Article(
        "c", "沅渚数据交易所挂牌产品过千",
        byline="本报讯（记者　宁书砚）", authors=["宁书砚"], lead="本报讯（记者　宁书砚）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=["截至5月20日，沅渚数据交易所挂牌数据产品达到1036个，累计交易额19.7亿元。今年以来，交通、气象、电力等公共数据产品交易额增长近两倍。"])
    pg.headline(c)
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "首批“链主”企业名单公布",
        byline="记者　宁书砚　通讯员　管小溪", authors=["宁书砚", "管小溪"],
        notes="Byline line 记者 X　通讯员 Y (both authors).",
        paras=["沅渚市日前公布首批产业链“链主”企业名单，恒钧传动等18家企业入选。每家“链主”企业将牵头组建一个配套联盟，带动中小企业进入其供应链。"])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.gap()
    pg.furniture(["责任编辑：庞映秋　　美术编辑：元小一"], "footer")
    return pg


PAGES = [lw01, lw02, lw03, lw04]
