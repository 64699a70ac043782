"""Pages mc01-mc04 of handmade85 (development set; all papers, magazines, names, firms, places and figures
invented; the wire agency 新华社 appears with invented reporters and figures).

Each page is laid out with the shared kit (../handmade_kit/layout.py); the blank-line policy, the indentation
and the column width change from page to page. The helpers below are imported by pages_b.py and pages_c.py.
"""
from __future__ import annotations

from layout import FW, NO_END, NO_START, Article, Cross, Page, Raw, cn_date, justify, squeeze, width, wrap


# ---- helpers -----------------------------------------------------------------
def box(pg: Page, lines: list[str], what: str, gap: bool = True) -> None:
    """A non-article block (header, footer, label, box, caption, table, advert); '' inside = blank line
    (printed unless the page prints no blank lines at all). Then the page's block gap."""
    pg.furniture(lines, what)
    if gap:
        pg.gap()


def top(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None,
        lines: list[str] | None = None, spread_cols: float | None = None, gaps: bool = True) -> None:
    """Kicker, headline, ——副题 and byline lines in the usual order (the byline line only when the credit is
    neither run in nor signed at the end), each followed by the page's block gap when `gaps`."""
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
    if a.byline and not a.lead and not a.tail:
        pg.line(a, a.byline, "byline")
        g()


def whole(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None, gaps: bool = True,
          lines: list[str] | None = None, **kw) -> None:
    top(pg, a, kicker=kicker, sep=sep, lines=lines, gaps=gaps)
    pg.body(a, **kw)
    pg.gap()


def cwrap(text: str, cols: float, first: str = "") -> list[str]:
    """Like the kit's wrap, but character by character: runs of ASCII digits and letters may be cut too
    (…比上年增长1 / 2.6%…), as a text tool leaves a justified line that breaks inside a number."""
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


def render_chars(pg: Page, a: Article, start: int = 0, end: int | None = None) -> list:
    """The article body as Page.render_body renders it, but wrapped with cwrap (numbers may be cut)."""
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
            for ln in cwrap(text, pg.cols, pg.indent):
                items.append(("line", ln, set()))
        elif isinstance(p, Cross):
            items.append(("line", p.text, set()))
        elif isinstance(p, Raw):
            for ln in p.lines:
                items.append(("line", ln, set()))
    return items


def right(text: str, cols: float) -> str:
    """A signature set flush right in a column of `cols` (leading U+3000s)."""
    return FW * max(0, int(cols - width(text))) + text


# ---------------------------------------------------------------------------
def mc01() -> Page:
    """Provincial party daily 一版 (front page): masthead, a 导读 box of teasers each pointing to 第N版, lead
    with 引题 and a headline letter-spaced with U+3000 over two lines (broken mid-word), continued 下转第二版;
    本报评论员 article; 新华社 item; run-in item; weather box; footer with 社址 and price."""
    pg = Page("mc01.txt", cols=22, indent=FW * 2, blanks="arts", seed=8501,
              style="provincial party daily 一版 front page, indent two U+3000, blank lines only between articles "
                    "and blocks: masthead (paper, English name, 中共…省委机关报, date with weekday, 今日8版 + issue "
                    "number, 国内统一连续出版物号); 导读 box of three teasers (headline, one sentence, （详见第N版）); lead "
                    "(about 810 characters on this page) with 引题 kicker, headline LETTER-SPACED with U+3000 over two "
                    "lines broken mid-word, byline line 本报记者 X　Y, body ending mid-sentence followed by the jump "
                    "line （下转第二版）; 本报评论员 article with one line letter-spaced by justification; 新华社 item "
                    "with run-in 新华社北京9月13日电（记者 X　Y）; item with run-in 本报讯（记者 X　通讯员 Y）; weather "
                    "box; footer (责任编辑, 美术编辑, 社址, price)")
    box(pg, ["青澜日报", "QINGLAN DAILY", "中共青澜省委机关报", cn_date(2037, 9, 14), "今日8版　第12673期",
             "国内统一连续出版物号　CN 77-0001", ""], "masthead and date (page header)")
    box(pg, ["导读", "秋粮收购资金准备就绪"] + wrap("省农业发展银行安排秋粮收购贷款320亿元，比上年增加18亿元。", 22)
        + ["（详见第2版）", "“小巨人”企业增至186家"]
        + wrap("我省新增国家级专精特新“小巨人”企业27家，总数居中部省份前列。", 22)
        + ["（详见第3版）", "澜城港新开两条东盟航线"] + wrap("至此，澜城港外贸集装箱航线达到46条。", 22)
        + ["（详见第4版）", ""],
        "导读 box: teasers pointing to other pages (contents, not articles)")
    a = Article(
        "a", "制造业投资连续十个月保持两位数增长",
        byline="本报记者　方庭芝　常予安", authors=["方庭芝", "常予安"],
        notes="Front-page lead. The 引题 kicker (前8个月全省固定资产投资增长7.6%) is not part of the title. The "
              "headline is letter-spaced with U+3000 over two lines, broken mid-word (…连续十个 / 月保持…); the title "
              "is joined unspaced. Byline line 本报记者 X　Y (both authors). The story continues on page 2: the body "
              "on this page ends mid-sentence and the jump line （下转第二版） after it is neither body nor an "
              "article. The official quoted (计慕远) is not an author.",
        paras=[
            "记者从省统计局获悉，1至8月，全省固定资产投资同比增长7.6%，增速比上半年加快0.8个百分点，比全国平均水平高2.9个百分点。其中，制造业投资增长14.3%，已连续十个月保持两位数增长，对全部投资增长的贡献率达到52.1%。",
            "从结构看，投资“含新量”持续提升。前8个月，全省高技术制造业投资增长26.8%，占制造业投资的比重达到37.4%，比上年同期提高4.6个百分点；工业技术改造投资增长19.5%，全省累计实施“智改数转”项目4280个。新能源汽车、储能电池、光伏组件三条产业链新开工亿元以上项目136个，计划总投资1160亿元。",
            "重大项目支撑有力。今年全省安排省级重点建设项目620个，年度计划投资4850亿元。截至8月底，已开工项目571个，开工率92.1%，完成投资3526亿元，占年度计划的72.7%，超序时进度6个百分点。澜城至青湾高速公路、青澜新能源汽车零部件产业园、沿江储能电站集群等一批标志性项目加快推进。",
            "“投资增速回升，既得益于项目储备充足，也得益于要素保障有力。”省发展改革委投资处处长计慕远说。今年以来，全省新增建设用地计划优先保障重点项目，省级统筹安排能耗指标280万吨标准煤；政策性金融工具和地方政府专项债券带动社会资本投入超过900亿元。",
            "从区域看，澜城、青湾、白石三市投资增速均超过10%，沿江地区投资占全省的比重提高到58.6%。县域投资增势良好，前8个月全省县（市）固定资产投资增长8.4%，高于全省平均水平0.8个百分点，其中工业投资增长15.1%。",
            "项目审批提速也为投资增长“加了油”。今年起，全省对省级重点项目实行“拿地即开工”审批服务，平均审批时间压缩到30个工作日以内，比去年缩短近一半。",
            "民间投资信心也在恢复。前8个月，全省民间投资增长5.2%，比一季度加快3.1个百分点，其中民间制造业投资增长12.6%。在青湾县，由本地民营企业投资45亿元建设的锂电隔膜项目，从签约到开工仅用了",
        ])
    top(pg, a, kicker="前8个月全省固定资产投资增长7.6%", spread_cols=22, gaps=False)
    pg.body(a)
    box(pg, ["（下转第二版）"], "jump line 下转第二版 (not body)")
    pg.blank()
    b = Article(
        "b", "以项目建设的“进”夯实经济回升的“稳”", byline="本报评论员", kind="commentary",
        notes="本报评论员 article (the paper's editorial voice) with byline line 本报评论员 under the headline: no "
              "authors. One body line is letter-spaced by justification. Kind commentary.",
        paras=[
            "项目是经济发展的“压舱石”。前8个月全省制造业投资连续十个月保持两位数增长，高技术制造业投资占比不断提高，充分说明我省经济回升向好的基础正在巩固。",
            "抓项目就是抓发展。越是爬坡过坎的关键时期，越要牢固树立“项目为王”的理念，在谋划储备、要素保障、服务企业上持续用力，推动更多项目早开工、早投产、早见效。",
            "抓项目更要抓质量。要坚持把制造业投资摆在突出位置，紧盯产业链关键环节招引项目，既要“铺摊子”，更要“上台阶”，让每一个项目都成为培育新质生产力的支点。",
            "四季度是全年目标冲刺的关键阶段。各地各部门要以只争朝夕的劲头，把项目建设的每一步都走实走好，为全年经济社会发展目标的实现打下坚实基础。",
        ])
    top(pg, b, gaps=False)
    pg.emit(b, justify(pg.render_body(b), [5], sep=" "))
    pg.blank()
    c = Article(
        "c", "前8个月全国新设经营主体同比增长9.3%",
        byline="新华社北京9月13日电（记者　管若愚　齐晓帆）", authors=["管若愚", "齐晓帆"],
        lead="新华社北京9月13日电（记者　管若愚　齐晓帆）",
        notes="新华社 item: run-in dateline 新华社北京9月13日电（记者 X　Y） excluded from first (wrapped over two "
              "lines); both reporters are authors (reporters and figures invented).",
        paras=[
            "记者13日从国家市场监管部门获悉，今年前8个月，全国新设经营主体2186万户，同比增长9.3%。其中，新设企业692万户，增长11.6%；新设个体工商户1482万户，增长8.4%。",
            "从产业看，第三产业新设经营主体占比超过八成，信息传输、软件和信息技术服务业新设企业增长21.8%，增速居各行业前列。",
        ])
    top(pg, c, gaps=False)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "我省启动第二批重点产业链“链长制”培育",
        byline="本报讯（记者　常予安　通讯员　骆听风）", authors=["常予安", "骆听风"],
        lead="本报讯（记者　常予安　通讯员　骆听风）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "9月13日，我省启动第二批重点产业链“链长制”培育工作，新增集成电路、生物医药、智能农机等8条产业链，每条产业链由一位省领导担任链长，配套设立一支产业基金和一个专家咨询组。",
            "至此，全省实施“链长制”的重点产业链达到20条。第一批12条产业链去年实现营业收入2.38万亿元，同比增长11.7%。",
        ])
    top(pg, d, gaps=False)
    pg.body(d)
    pg.blank()
    box(pg, ["今日天气", "澜城　多云　19℃～28℃", "青湾　小雨转阴　18℃～25℃", ""], "weather box (not an article)")
    box(pg, ["本版责任编辑：巫一帆　美术编辑：辛禾", "社址：澜城市青澜大道106号", "邮政编码：770101　零售价：每份1.50元"],
        "footer with 责任编辑, 社址 and price", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mc02() -> Page:
    """City daily 评论 page, ONE U+3000 of indent, blank lines between paragraphs and blocks: 编者按 box and a
    series label over three signed commentaries (byline line □ X; byline line with the name alone and a
    （作者单位：…） line after the body; signature flush right at the end), a cartoon caption read between two
    paragraphs of the third; 来论 column (◎ X, （作者系…） line); 今日快评 signed （X） run in at the end."""
    pg = Page("mc02.txt", cols=24, indent=FW, blanks="para", seed=8502,
              style="city daily 评论 page, indent ONE U+3000, blank lines between paragraphs and blocks: header "
                    "(paper; date with weekday + 第5版; 评论·观点; 责任编辑 + phone); 编者按 box; series label "
                    "营商环境大家谈 over three signed commentaries: byline line □ X; headline LETTER-SPACED with ASCII "
                    "spaces, byline line with the name alone and a line （作者单位：…） after the body; signature "
                    "flush right on a line of its own at the END, with a cartoon caption (漫画 … X　作) read BETWEEN two "
                    "of its paragraphs; label 来论 over a reader's piece with byline line ◎ X and a line （作者系…） "
                    "after the body; label 今日快评 over a short comment signed （X） run in at the end; footer with "
                    "投稿邮箱 and 校对")
    box(pg, ["岱溪日报", cn_date(2037, 11, 5) + "　第5版", "评论·观点", "责任编辑：乔映雪　电话：0×××-8261××××"],
        "page header")
    box(pg, wrap("编者按：营商环境是发展的“软实力”，也是竞争的“硬支撑”。今年以来，我市持续推进营商环境优化提升行动，"
                 "企业办事更便捷了，但一些堵点难点仍待破解。本版今起开设“营商环境大家谈”专栏，刊发各方观点，欢迎读者踊跃来稿。",
                 24), "编者按 box (the editors' note over the series: not an article)")
    box(pg, ["营商环境大家谈"], "series label 营商环境大家谈")
    a = Article(
        "a", "“一件事一次办”还要再往前走一步", section="营商环境大家谈", kind="commentary",
        byline="□ 岑望舒", authors=["岑望舒"],
        notes="First commentary of the series 营商环境大家谈 (section, the label printed over the series under the "
              "编者按, which is not part of any article). Byline line □ X (the □ is a mark). Kind commentary.",
        paras=[
            "开办餐馆要跑几个部门？前几年，这个问题的答案是“至少五个”；如今在岱溪，通过“一件事一次办”平台，营业执照、食品经营许可、消防检查等事项可以一次申请、并联审批，最快3个工作日就能办结。",
            "改革带来的便利有目共睹，但也要看到，一些“一件事”仍然停留在“一个窗口收件”的层面，后台还是各部门分头审、逐个批，材料重复提交、标准互不统一的问题并未根除。",
            "让“一件事”真正一次办好，关键在于打通部门之间的数据壁垒，推动审批标准统一、结果互认。从“物理整合”走向“化学融合”，改革才能真正往前走一步。",
        ])
    whole(pg, a)
    b = Article(
        "b", "别让惠企政策“睡”在文件里", section="营商环境大家谈", kind="commentary",
        byline="祁慕白", authors=["祁慕白"],
        notes="Second commentary of the series (section). Headline letter-spaced with ASCII spaces (title written "
              "unspaced). Byline line with the writer's name alone; the line （作者单位：岱溪大学经济与管理学院） after "
              "the body is neither body nor byline. Kind commentary.",
        paras=[
            "近年来，各级出台的惠企政策不少，但不少中小企业反映，“政策知道一点，怎么申请不清楚”“材料准备了一大摞，最后没通过”。政策含金量再高，企业享受不到，也只能“睡”在文件里。",
            "让政策从纸面落到地面，一方面要在“找得到”上下功夫，把分散在各部门的政策集中梳理、精准推送；另一方面要在“办得快”上做文章，能免申即享的就不再让企业申请，能合并的材料就不再让企业重复提交。",
            "政策好不好，企业说了算。不妨定期请企业给政策落实情况“打分”，把评价结果作为改进工作的重要依据。",
        ])
    whole(pg, b, sep=" ")
    pg.line(b, "（作者单位：岱溪大学经济与管理学院）", "affiliation")
    pg.gap()
    c = Article(
        "c", "营商环境好不好，企业最有发言权", section="营商环境大家谈", kind="commentary",
        byline="苏一苇", authors=["苏一苇"],
        notes="Third commentary of the series (section), signed at its END by the writer's name set flush right on "
              "a line of its own (the byline, written without its leading U+3000s). A cartoon caption (漫画：《…》 and "
              "葛小川　作) is read between its second and third paragraph: not body (body in pieces); the cartoonist "
              "is not an author. Kind commentary.",
        paras=[
            "评价营商环境，不能只看出台了多少文件、压缩了多少时限，更要看企业的真实感受。一家企业办一次事顺不顺、心里踏不踏实，往往比一组统计数据更能说明问题。",
            "现实中，一些地方热衷于在评比排名上“做文章”，材料报得漂亮，企业却感受不深。有的窗口服务“一张笑脸”，后台审批依旧“层层加码”；有的承诺“有求必应”，企业真遇到难题却找不到人。",
            "营商环境没有最好，只有更好。把企业当作“考官”，多听企业说真话、道实情，把解决一个个具体问题作为优化营商环境的出发点和落脚点，才能让企业安心发展、放心投资。",
        ])
    top(pg, c)
    pg.body(c, end=2)
    pg.gap()
    box(pg, ["漫画：《层层加码》", "葛小川　作"], "cartoon caption (漫画 … X　作): not body, not an article")
    pg.body(c, start=2)
    pg.line(c, right(c.byline, 24), "byline")
    pg.gap()
    box(pg, ["来论"], "column label 来论")
    d = Article(
        "d", "小店经济既要“烟火气”也要“守规矩”", section="来论", kind="commentary",
        byline="◎ 柴星野", authors=["柴星野"],
        notes="Reader's piece under the label 来论 (section): byline line ◎ X (the ◎ is a mark; the writer is the "
              "author); the line （作者系岱溪市一家物流企业职员） after the body is neither body nor byline. Kind "
              "commentary.",
        paras=[
            "街角的早餐铺、巷子里的修鞋摊、社区门口的水果店，小店虽小，却连着就业、连着民生。近来我市放宽临时外摆限制，不少小店生意明显好了起来。",
            "放宽不等于放任。外摆占用盲道、油烟扰民、垃圾随手丢弃等问题，也需要有明确的规则来约束。管理部门可以划定外摆区域和时段，让商户心中有数、市民出行无忧。",
            "既有“烟火气”，又有“好秩序”，小店经济才能行稳致远。",
        ])
    whole(pg, d)
    pg.line(d, "（作者系岱溪市一家物流企业职员）", "affiliation")
    pg.gap()
    box(pg, ["今日快评"], "column label 今日快评")
    e = Article(
        "e", "“免申即享”要真免真享", section="今日快评", kind="commentary",
        byline="（木言）", authors=["木言"], tail="（木言）",
        notes="Short comment under the label 今日快评 (section), signed （X） run in at its end (excluded from last; "
              "the writer is the author). Kind commentary.",
        paras=[
            "我市日前宣布，稳岗返还、技能培训补贴等12项惠企资金实行“免申即享”。这是好事，但要防止“免申”变成“换个地方申”，让企业在另一个平台上重新填表、补材料。真免真享，靠的是部门间数据的真共享。",
        ])
    whole(pg, e)
    box(pg, ["投稿邮箱：pinglun@dxrb.cn　本版校对：宁小舟"], "footer with 投稿邮箱 and 校对", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mc03() -> Page:
    """Provincial daily 法治 page, NO indent, blank lines sometimes, column breaks every 15 body lines: court
    story with kicker, ——副题, byline 本报记者 X　本报通讯员 Y　Z and ◎ crossheads; 以案说法 column with a
    lawyer's comment under 【律师说法】; 法官提醒 box with no headline; 法治快讯 items with ● headlines."""
    pg = Page("mc03.txt", cols=18, indent="", blanks="some", colbreak=15, seed=8503, p_para=0.4, p_gap=0.7,
              style="provincial daily 法治 page, NO indent, blank lines sometimes, plus a column break (blank line) "
                    "every 15 body lines (also inside paragraphs): header (paper; 法治　第7版; date with weekday; "
                    "责任编辑); court-case story (about 690 characters) with 引题 kicker, ——副题, byline line "
                    "本报记者 X　本报通讯员 Y　Z and three ◎ crossheads; label 以案说法 over a case column with byline "
                    "line 记者 X and the crosshead 【律师说法】 over a lawyer's comment "
                    "quoted; 法官提醒 box with NO headline (label, three numbered tips, （…供稿）); label "
                    "法治快讯 over two items with ● headline lines (run-in 本报讯（通讯员 X）; （记者 X） run in at the "
                    "end); footer with 投稿邮箱")
    box(pg, ["雁汀日报", "法治　第7版", cn_date(2037, 7, 22), "责任编辑：樊知夏"], "page header with 责任编辑")
    a = Article(
        "a", "一笔拖欠三年的货款讨回来了",
        subtitle="——雁汀中院推行涉企执行“一案一策”见闻",
        byline="本报记者　韩思远　本报通讯员　戴琳　陶文舟", authors=["韩思远", "戴琳", "陶文舟"],
        notes="Court-case story. The 引题 kicker 优化法治化营商环境 is not part of the title; the ——副题 is the "
              "subtitle. Byline line 本报记者 X　本报通讯员 Y　Z: the reporter and both 本报通讯员 are authors. The "
              "three ◎ crossheads are body lines. The judge and the business owners quoted (卓明远, 童守业) are not "
              "authors.",
        paras=[
            "“三年了，这笔钱总算回来了！”7月18日，在雁汀市中级人民法院执行局，雁汀恒泰建材有限公司负责人童守业接过286万元执行款，连声道谢。他告诉记者，这笔钱将全部用于支付供应商货款和工人工资。",
            Cross("◎一批钢材引发的纠纷"),
            "2034年，恒泰公司向某建筑公司供应钢材一批，对方仅支付部分货款，余款286万元一直拖欠。恒泰公司起诉后，法院判决建筑公司支付货款及逾期付款损失，但判决生效后对方迟迟不履行。",
            "“对方账上没钱，名下的几套房产又都抵押给了银行，案子一度陷入僵局。”承办法官卓明远说。对一家年销售额不过两千万元的小企业来说，这笔钱几乎占了全年利润的一半。",
            Cross("◎“一案一策”找突破口"),
            "今年3月，雁汀中院推行涉企执行案件“一案一策”工作机制，对标的额较大、当事人为中小企业的案件逐案制定执行方案。执行法官通过网络查控系统发现，被执行人在外地一个在建项目上还有工程款未结算。",
            "法院随即依法冻结了该笔工程款，并多次约谈被执行人负责人，释明拒不履行的法律后果。与此同时，法院还将被执行人纳入限制高消费名单。“限高令发出后不到一周，对方负责人就主动联系我们，表示愿意协商还款。”卓明远说。",
            Cross("◎执行和解实现“双赢”"),
            "考虑到被执行人仍在正常经营，法院没有“一封了之”，而是组织双方协商，最终达成分期履行的和解协议，被执行人以工程款优先清偿。据统计，今年上半年，雁汀两级法院共执结涉企案件4126件，执行到位金额18.7亿元，同比分别增长16.2%和23.5%。",
            "雁汀中院执行局负责人表示，下一步将推广涉企执行案件“一案一策”机制，既依法维护胜诉企业合法权益，又最大限度减少对被执行企业正常经营的影响，努力实现“案结事了”。",
        ])
    top(pg, a, kicker="优化法治化营商环境")
    pg.body(a)
    pg.gap()
    box(pg, ["以案说法"], "column label 以案说法")
    b = Article(
        "b", "网店能否单方排除“七天无理由退货”？", section="以案说法",
        byline="记者　袁小鹿", authors=["袁小鹿"],
        notes="Case column under the label 以案说法 (section), byline line 记者 X (the reporter is the author). The "
              "crosshead 【律师说法】 is a body line; the lawyer whose comment is quoted after it (程慕言) is not an "
              "author. The 法官提醒 box printed after it (no headline of its own) is not part of it.",
        paras=[
            "市民林女士在一家网店购买了一件标价1280元的羊绒大衣，收货后发现颜色与图片不符，申请七天无理由退货时却遭到拒绝。商家称，商品详情页已注明“本店商品一经售出，不支持七天无理由退货”。",
            "协商未果，林女士诉至雁汀市临江区人民法院。法院审理认为，案涉商品不属于法律规定不适用无理由退货的情形，商家以格式条款排除消费者权利，该条款无效，判决商家退还货款。",
            Cross("【律师说法】"),
            "雁汀明衡律师事务所律师程慕言表示，除定制类、鲜活易腐类、在线下载的数字化商品以及交付的报纸期刊等法定情形外，网络购物的消费者有权自收到商品之日起七日内退货，且无需说明理由。商家在页面上单方声明“不退不换”，不能对抗法律规定。",
        ])
    whole(pg, b)
    box(pg, ["法官提醒"] + wrap("1.网购时注意保存商品页面截图、聊天记录和付款凭证。", 18)
        + wrap("2.收货后及时检查商品，发现问题尽快与商家沟通。", 18)
        + wrap("3.协商不成，可向平台投诉，也可依法提起诉讼。", 18) + ["（雁汀市临江区人民法院供稿）"],
        "法官提醒 box with no headline of its own: label and numbered tips (not an article)")
    box(pg, ["法治快讯"], "column label 法治快讯")
    c1 = Article(
        "c1", "全市法院涉企案件平均审理周期缩短12天", section="法治快讯",
        byline="本报讯（通讯员　万知秋）", authors=["万知秋"], lead="本报讯（通讯员　万知秋）",
        notes="Item under the label 法治快讯 (section): headline line with a ● mark (not part of the title), "
              "wrapped; run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=["今年上半年，雁汀全市法院审结涉企民商事案件1.26万件，平均审理周期68天，比去年同期缩短12天。全市法院还设立涉企案件“绿色通道”，对小额债权纠纷实行快立快审快执。"])
    c2 = Article(
        "c2", "首个知识产权纠纷调解工作站揭牌", section="法治快讯",
        byline="（记者　袁小鹿）", authors=["袁小鹿"], tail="（记者　袁小鹿）",
        notes="Item under the label 法治快讯: ● headline line; signed （记者 X） run in at the end (excluded from "
              "last).",
        paras=["7月20日，雁汀高新区知识产权纠纷调解工作站揭牌成立，由法院、市场监管部门和行业协会共同派驻调解员，为园区企业提供专利、商标纠纷诉前调解服务。"])
    for c in (c1, c2):
        pg.headline(c, lines=wrap("●" + c.title, 18))
        pg.gap()
        pg.body(c)
        pg.gap()
    box(pg, ["本版投稿邮箱：fazhi@ytrb.cn"], "footer with 投稿邮箱", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mc04() -> Page:
    """Weekly business magazine 对话 page: long interview whose headline is NAME：quote on two lines, standfirst,
    byline 文｜本刊记者 X and a 摄影｜ line, intro, 长川财经周刊：／NAME： paragraphs with three crossheads, a
    人物简介 box read BETWEEN two answers; 延伸阅读 sidebar signed （X　整理） run in; folio."""
    pg = Page("mc04.txt", cols=30, indent="  ", blanks="para", seed=8504,
              style="weekly business magazine 对话 page, indent two ASCII spaces, blank lines between paragraphs and "
                    "blocks: running header (magazine｜对话 DIALOGUE); long interview (about 800 characters) whose "
                    "headline NAME：quote is printed on two lines, a standfirst block under it, byline line "
                    "文｜本刊记者 X and a line 摄影｜本刊记者 Y, an intro paragraph, then questions and answers marked "
                    "长川财经周刊： and NAME：, three crossheads (谈…), and a 人物简介 box (label, three lines) read "
                    "BETWEEN two answers; label 延伸阅读 over a sidebar with its own headline signed （X　整理） run in "
                    "at the end; folio footer")
    box(pg, ["长川财经周刊｜对话 DIALOGUE"], "running header")
    a = Article(
        "a", "葛望川：储能的下半场拼的是系统能力", kind="interview",
        head=["葛望川：", "储能的下半场拼的是系统能力"],
        byline="文｜本刊记者　聂书晴", authors=["聂书晴"],
        notes="Magazine interview. Headline NAME：quote printed on two lines (joined, with its colon, as printed). The "
              "standfirst under the headline is a display block, neither subtitle nor body; the line 摄影｜本刊记者 "
              "冯野 is a photo credit (not body; the photographer is not an author). Byline line 文｜本刊记者 X: the "
              "interviewer is the author; the entrepreneur who answers (葛望川) is not. Body: the intro, the "
              "长川财经周刊：／葛望川： paragraphs and the crossheads 谈价格战, 谈出海, 谈安全. The 人物简介 box read "
              "between two answers is not body (body in pieces). Kind interview.",
        paras=[
            "9月初，长川高新区澄能科技总部的展厅里，一台集装箱大小的储能系统正在做满功率测试。过去三年，这家公司的储能系统出货量从1.2吉瓦时增长到9.6吉瓦时，海外收入占比超过四成。在行业价格战最激烈的时候，它却保持了盈利。本刊记者在长川与澄能科技董事长葛望川进行了对话。",
            Cross("谈价格战"),
            "长川财经周刊：过去两年储能电芯价格跌了一半多，很多企业在亏钱卖货，您怎么看这一轮价格战？",
            "葛望川：价格战是产能快速扩张之后的必然结果，但它不可持续。电芯价格已经接近很多企业的现金成本线，再往下降，受伤的是整个行业的研发投入和产品安全。我们判断，明年前后行业会完成一轮出清，活下来的企业会更加理性。",
            "长川财经周刊：澄能为什么能在价格战里保持盈利？",
            "葛望川：我们很早就不只卖电芯，而是卖系统、卖服务。一座储能电站，电芯成本只占一半左右，另一半是系统集成、温控、消防、能量管理和后期运维。谁能把这一半做好，谁就有议价能力。去年我们系统和服务收入的毛利率，比单卖电芯高出十个百分点以上。",
            Cross("谈出海"),
            "长川财经周刊：海外市场这两年是很多储能企业的“救命稻草”，但门槛也越来越高。",
            "葛望川：确实如此。欧洲和中东的客户对认证、本地化服务和碳足迹的要求越来越细，一个项目从投标到并网往往要一年半以上。我们现在在海外有4个服务中心、200多名本地员工，就是为了让客户相信我们能陪他们走完二十年的运营周期。",
            "长川财经周刊：会考虑在海外建厂吗？",
            "葛望川：正在评估。出海不只是把产品卖出去，更要把供应链、服务和人才体系建起来。我们不会为了建厂而建厂，前提是当地有稳定的市场和完整的配套。",
            Cross("谈安全"),
            "长川财经周刊：储能电站的安全事故时有发生，行业应该怎么应对？",
            "葛望川：安全是储能的生命线，也是下半场竞争的核心。我们每一套系统出厂前都要经过上千项测试，电站投运后还有远程监控平台全天候盯着每一个电芯的温度和电压。我建议行业尽快建立统一的安全标准和事故信息共享机制，让“劣币”没有生存空间。",
        ])
    pg.headline(a)
    pg.gap()
    box(pg, wrap("经历了两年价格战，储能行业正在进入新的阶段。在葛望川看来，比拼电芯价格的时代正在过去，谁能把系统集成、安全和运营做好，谁才能走得更远。", 30),
        "standfirst under the headline: not body")
    pg.line(a, a.byline, "byline")
    pg.line(a, "摄影｜本刊记者　冯野", "photo credit")
    pg.gap()
    pg.body(a, end=6)
    pg.gap()
    box(pg, ["人物简介", "葛望川　1978年生于长川，工学博士。",
             "2016年创办澄能科技，现任公司董事长。", "长川市新能源行业协会会长。"],
        "人物简介 box read between two answers (not body)")
    pg.body(a, start=6)
    pg.gap()
    box(pg, ["延伸阅读"], "column label 延伸阅读")
    b = Article(
        "b", "新型储能装机三年增长四倍", section="延伸阅读",
        byline="（聂书晴　整理）", authors=["聂书晴"], tail="（聂书晴　整理）",
        notes="Sidebar under the label 延伸阅读 (section) with its own headline, signed （X　整理） run in at the end "
              "(excluded from last): the compiler is the author.",
        paras=[
            "行业统计显示，截至今年6月底，全国已投运新型储能装机规模达到2.86亿千瓦，是三年前的5倍多；其中锂离子电池储能占比约九成。上半年新型储能项目平均等效利用小时数同比提高约两成，“建而不用”的情况有所改善。",
        ])
    whole(pg, b)
    box(pg, ["36　长川财经周刊　2037.09.21"], "folio footer", gap=False)
    return pg


PAGES = [mc01, mc02, mc03, mc04]
