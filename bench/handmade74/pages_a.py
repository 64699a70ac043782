"""Pages lr01-lr04 of handmade74 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (lists, numbered points): the kit's render_body needs a prose
    paragraph, so the items are built here and written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


def crosshead(text: str, cols: float) -> Raw:
    """A crosshead inside a body, wrapped at the column when it is longer than a line (no indent)."""
    return Raw(wrap(text, cols))


# ---------------------------------------------------------------------------
def lr01() -> Page:
    """Provincial party daily 理论周刊 page: series label + 编者按; long essay with numbered crossheads 一、二、三、
    (one wrapped over two lines) and the author line 作者：X　单位 under the headline; essay with □ X under the
    headline and （作者系…教授） after the body; label 观点 over two short excerpts signed ——X（post） at the end;
    footer 本版编辑."""
    cols = 26
    pg = Page("lr01.txt", cols=cols, indent=FW * 2, blanks="arts", seed=7401,
              style="provincial party daily 理论周刊 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday + 第7版; 理论周刊 + 主编); series label 学习贯彻省第十四次党代会精神 over an 编者按 paragraph; long essay whose crossheads 一、二、三、 look like sentences (one wrapped over two lines), author line 作者：X　单位 under the headline; essay with byline line □ X under the headline and （作者系…教授） after the body; label 观点 over two short excerpts, each a headline, one paragraph and a signature line ——X（post） after it; footer 本版编辑 + 校对")
    pg.furniture(["岚州日报",
                  cn_date(2034, 11, 14) + "　第7版",
                  "理论周刊　　主编：贺章远"], "page header")
    pg.blank()
    pg.furniture(["学习贯彻省第十四次党代会精神"], "series label (kicker of the series)")
    pg.furniture(wrap("编者按　省第十四次党代会擘画了岚州未来五年的发展蓝图。本版今起开设专栏，邀请省内专家学者围绕大会提出的新目标新任务撰写理论文章，敬请关注。", cols, FW * 2),
                 "编者按 (editor's note of the series, not an article)")
    pg.blank()
    a = Article(
        "a", "以县域经济高质量发展夯实共同富裕基础",
        byline="作者：温敬庭　岚州省委党校经济学教研部", authors=["温敬庭"],
        section="学习贯彻省第十四次党代会精神",
        notes="**new** Long theory essay under the series label (section). Author line 作者：X　单位 under the headline: "
              "the byline as printed, the person the author, the 单位 not. The crossheads 一、二、三、 are body lines "
              "(they read like headlines: full sentences); the third is wrapped over two lines. The 编者按 above the "
              "headline is not part of the article. Kind article (signed scholar's essay).",
        paras=[
            "县域是城乡融合发展的关键纽带，也是推进共同富裕的重要单元。省第十四次党代会提出，要把县域作为城乡融合发展的重要切入点，这为我们做好新时期县域工作指明了方向。",
            Cross("一、县域经济是推进共同富裕的重要支撑"),
            "全省62个县（市）常住人口占全省的六成以上，县域生产总值占全省的近一半。县域经济强，则全省发展的底盘就稳；县域居民收入增长快，则城乡收入差距缩小就有了可靠的依托。近年来，岚州县域居民人均可支配收入年均增长7.8%，快于全省平均水平，但县与县之间的差距依然明显。",
            Cross("二、产业兴旺是县域发展的根本出路"),
            "县域发展归根到底要靠产业。要立足资源禀赋，做强一县一业，推动特色农业向精深加工延伸，引导城市产业链向县域梯度转移，在县城和中心镇布局一批专业园区，让农民就近就业、就地增收。",
            crosshead("三、以体制机制创新激发县域发展内生动力，让改革红利更多惠及基层群众", cols),
            "要深化扩权强县改革，赋予县级更多经济社会管理权限；完善财政转移支付与县域发展绩效挂钩机制；推动优质教育、医疗资源向县域下沉，以公共服务均等化夯实共同富裕的民生底座。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "在守正创新中推动理论研究走深走实",
        byline="□ 闻一苇", authors=["闻一苇"],
        notes="Essay with byline line □ X under the headline; the line （作者系岚州大学马克思主义学院教授） after the "
              "body is neither body nor byline (an affiliation note that reads like a signature). Kind article.",
        paras=[
            "理论的生命力在于创新，理论的根基在于守正。离开守正谈创新，创新就会迷失方向；离开创新谈守正，守正就会陷入僵化。新时代的理论工作者，要在二者的辩证统一中把握研究的正确方向。",
            "推动理论研究走深走实，关键是坚持问题导向。要把论文写在大地上，深入企业车间、田间地头和社区街巷，从火热的实践中发现真问题、提炼新观点，让理论研究成果经得起实践检验、回应群众关切。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["（作者系岚州大学马克思主义学院教授）"], "作者系 affiliation note after the body (not body)")
    pg.blank()
    pg.furniture(["观点"], "column label 观点")
    c = Article(
        "c", "数字乡村建设要防止“重建轻用”", section="观点",
        byline="——晏清和（岚州农业大学经济管理学院院长）", authors=["晏清和"],
        notes="**new** Short 观点 excerpt under the label 观点 (section): headline, one paragraph, then a signature line "
              "——NAME（post） after the body, which is the byline (the excerpt's writer is its author). Kind commentary.",
        kind="commentary",
        paras=["一些地方数字乡村平台建起来后点击量寥寥，信息更新停留在一两年前。数字乡村建设不能只比投入多少、平台多少，更要看农民用不用、用得好不好，应把使用率和群众满意度纳入考核。"])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    d = Article(
        "d", "让“小切口”撬动基层治理“大变化”", section="观点",
        byline="——邬南星（岚州省社会科学院社会学研究所研究员）", authors=["邬南星"], kind="commentary",
        notes="Short 观点 excerpt under the label 观点 (section), signed ——NAME（post） on a line after the body, "
              "wrapped over two lines (the byline, written as one string). Kind commentary.",
        paras=["基层治理千头万绪，最忌大而化之。从一个停车位、一部加装电梯、一次邻里调解入手，把群众身边的小事办实办好，基层治理的大文章才能越写越精彩。"])
    pg.headline(d)
    pg.body(d)
    for ln in wrap(d.byline, cols):
        pg.line(d, ln, "byline")
    pg.blank()
    pg.furniture(["本版编辑：覃少游　　校对：单雨桐"], "footer 本版编辑 + 校对")
    return pg


# ---------------------------------------------------------------------------
def lr02() -> Page:
    """National economic daily 学术 page, NO indent, blank lines between paragraphs: label 学者笔谈 over a general
    headline and an 编者按, then three short pieces each with its own headline and a line post　NAME under it;
    学术动态 news item with run-in 本报讯（记者 X）; 图表 box; footer."""
    cols = 36
    pg = Page("lr02.txt", cols=cols, indent="", blanks="para", seed=7402,
              style="national economic daily 学术 page, NO indent, blank lines between paragraphs and blocks: header on three lines (paper; 学术 + 第15版; date with weekday); label 学者笔谈 over a general headline and an 编者按 paragraph, then three short pieces, each its own headline and a line 单位职务　NAME under it (the post first, the name last, so the line reads like a byline or a kicker); 学术动态 label over a conference news item with run-in 本报讯（记者 X）; 图表 box (title, five rows, 数据来源, 制图); footer with 本版编辑 and 版式")
    pg.furniture(["华澄经济日报",
                  "学术　第15版",
                  cn_date(2035, 3, 6)], "page header")
    pg.gap()
    pg.furniture(["学者笔谈",
                  "以数据要素市场化配置激活发展新动能"], "label 学者笔谈 and the general headline of the 笔谈 (a group headline over three pieces)")
    pg.gap()
    pg.furniture(wrap("编者按：数据已成为新型生产要素。如何推进数据要素市场化配置、释放数据要素价值？本期邀请三位学者笔谈，以飨读者。", cols),
                 "编者按 of the 笔谈 (not an article)")
    pg.gap()
    sec = "学者笔谈"
    a = Article(
        "a", "完善数据产权制度是前提", section=sec,
        byline="华澄大学法学院教授　段予衡", authors=["段予衡"],
        notes="**new** First of three pieces of a 学者笔谈: the label 学者笔谈 is the section; the general headline "
              "以数据要素市场化配置激活发展新动能 above the 编者按 belongs to the group, not to this piece (non-article). "
              "The piece's own headline is the title; the line 单位职务　NAME under it is the byline (post first), the "
              "scholar the author. Kind commentary (signed short opinion piece).", kind="commentary",
        paras=[
            "数据产权不清，交易就难以展开。与土地、资本等传统要素不同，数据具有可复制、非排他的特点，同一份数据往往涉及个人、企业和平台等多方主体。",
            "建议按照数据资源持有权、数据加工使用权、数据产品经营权“三权分置”的思路，分类分级确权授权，既保护个人信息权益，又让企业在合规前提下放心用数、大胆投入。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "培育数据交易市场是关键", section=sec,
        byline="华澄社会科学院数字经济研究中心主任　卓一鸣", authors=["卓一鸣"], kind="commentary",
        notes="Second piece of the 学者笔谈 (section 学者笔谈): own headline, byline line post　NAME (the post long, the "
              "name last). Kind commentary.",
        paras=[
            "截至2034年底，全国已设立数据交易机构40余家，但场内交易额占数据交易总规模的比重不足两成，大量交易仍在场外“点对点”进行，定价不透明、履约无保障等问题较为突出。",
            "应加快建立统一的数据产品登记、评估和定价规则，推动交易机构互联互通；同时培育数据经纪、合规认证、资产评估等第三方专业服务机构，降低交易成本。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "守住数据安全底线是保障", section=sec,
        byline="东渚理工大学网络空间安全学院副院长　骆听澜", authors=["骆听澜"], kind="commentary",
        notes="Third piece of the 学者笔谈 (section 学者笔谈), as the other two. Kind commentary.",
        paras=[
            "发展与安全是一体之两翼。数据流通越活跃，安全风险越需要前置防范。要健全数据分类分级保护制度，对核心数据实行更加严格的管理，推广隐私计算等“可用不可见”的技术方案，让数据在安全可控的前提下流动起来、使用起来。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["学术动态"], "column label 学术动态")
    d = Article(
        "d", "第三届数字经济理论创新论坛举行", section="学术动态",
        byline="本报讯（记者　岑雪松）", authors=["岑雪松"], lead="本报讯（记者　岑雪松）",
        notes="Conference news under the label 学术动态 (section). Run-in 本报讯（记者 X） excluded from first. "
              "Scholars named are not authors.",
        paras=["3月2日，第三届数字经济理论创新论坛在华澄大学举行。来自全国40余所高校和研究机构的200余名专家学者，围绕数据要素、平台经济治理、人工智能与就业等议题展开研讨。论坛发布了《中国数字经济发展指数报告（2035）》，报告显示，2034年数字经济核心产业增加值占GDP比重达到12.6%。"])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["图表：2030—2034年数字经济核心产业增加值占GDP比重",
                  "年份　　占比",
                  "2030　　9.8%",
                  "2031　　10.4%",
                  "2032　　11.0%",
                  "2033　　11.9%",
                  "2034　　12.6%",
                  "数据来源：《中国数字经济发展指数报告（2035）》　制图：郁小棠"], "图表 box (not an article)")
    pg.gap()
    pg.furniture(["本版编辑：宁静之　　版式设计：龚一然"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lr03() -> Page:
    """City party daily 评论 page, ONE U+3000 indent, blank lines sometimes: 评论员文章 with a headline on two lines
    and 本报评论员 under it; label 观点集萃 over three excerpts, each a ◇ headline, one paragraph and a line
    （作者为 post　NAME） after it; essay with byline NAME（post） under the headline and bold-phrase crossheads run
    in at paragraph starts; footer."""
    cols = 22
    pg = Page("lr03.txt", cols=cols, indent=FW, blanks="some", seed=7403, p_para=0.3, p_gap=0.7,
              style="city party daily 评论 page indented with ONE U+3000, blank lines sometimes: header on two lines (paper + date with weekday; 评论·观点 + A3); 评论员文章 with the headline on two lines and the line 本报评论员 under it; label 观点集萃 over three excerpts, each a ◇ headline, one paragraph and a line （作者为 post　NAME） after it (the last one wrapped); essay with byline line NAME（post） under the headline, whose paragraphs open with bold-phrase crossheads run in (提高站位是前提。…); footer with 本版编辑 and 投稿邮箱")
    pg.furniture(["汀川日报　" + cn_date(2033, 9, 19),
                  "评论·观点　A3"], "page header")
    pg.blank()
    a = Article(
        "a", "以“绣花功夫”答好城市更新这道必答题",
        head=["以“绣花功夫”答好", "城市更新这道必答题"],
        byline="本报评论员", authors=[], kind="commentary",
        notes="评论员文章: headline printed on two lines (joined), the line 本报评论员 under it is the byline; "
              "本报评论员 is not a person: no authors. Kind commentary.",
        paras=[
            "城市更新不是大拆大建，而是一场需要耐心和细心的“微手术”。日前召开的全市城市更新工作推进会提出，今年将完成126个老旧小区改造，惠及居民4.3万户。",
            "答好这道必答题，要把群众满意作为第一标准。改什么、怎么改、先改哪里，都应该问计于民，让居民从“旁观者”变成“参与者”。要坚持留改拆并举，保护好老街巷的烟火气和历史文脉，不搞“千城一面”。",
            "城市更新是一项长期工程，既要只争朝夕，也要久久为功。以“绣花功夫”精耕细作，汀川这座老城必将焕发新的活力。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["观点集萃"], "column label 观点集萃")
    items = [
        ("b", "◇", "“一老一小”是最大的民生", "作者为汀川师范学院社会工作系教授　甘棠", "甘棠",
         "养老托育服务连着千家万户。建议把社区嵌入式养老托育设施纳入城市更新规划同步建设，用好闲置校舍、厂房等存量资源，让老人在家门口养老、孩子在家门口入托。"),
        ("c", "◇", "文旅融合要讲好“本地故事”", "作者为汀川市社会科学院研究员　祁霜", "祁霜",
         "游客来汀川，不是为了看一条和别处一样的网红街。要深挖码头文化、老字号和非遗资源，让文旅产品带着本地的味道和温度。"),
        ("d", "◇", "夜间经济不能只靠“烟火气”", "作者为汀川大学商学院副教授、城市经济研究中心主任　葛青川", "葛青川",
         "夜间经济要从“吃吃喝喝”向文化、体育、购物多业态延伸，同时配套好夜间公交、停车和安全管理，让市民游客夜游得舒心、消费得放心。"),
    ]
    for key, mark, title, sig, name, text in items:
        art = Article(
            key, title, section="观点集萃", byline="（" + sig + "）", authors=[name], kind="commentary",
            notes="**new** Excerpt under the label 观点集萃 (section): ◇ headline (the ◇ a mark, not part of the "
                  "title), one paragraph, then the line （作者为 post　NAME） after the body, which is the byline (the "
                  "writer the author)" + (", wrapped over two lines" if key == "d" else "") + ". Kind commentary.",
            paras=[text])
        pg.headline(art, lines=[mark + title])
        pg.body(art)
        for ln in wrap(art.byline, cols):
            pg.line(art, ln, "byline")
        pg.gap()
    pg.blank()
    e = Article(
        "e", "提升基层干部“数字本领”正当其时",
        byline="邵望川（汀川市委党校副教授）", authors=["邵望川"],
        notes="Essay with the byline line NAME（post） under the headline. Its paragraphs open with bold-phrase "
              "crossheads run in (提高站位是前提。 / 学用结合是关键。 / 机制保障是支撑。), which stay in the body. "
              "Kind article.",
        paras=[
            "当前，“一网通办”“一网统管”已延伸到街道社区，基层干部能不能用好数字工具，直接关系群众办事的体验。",
            "提高站位是前提。要把数字素养纳入干部教育培训的必修内容，引导基层干部从“要我学”转向“我要学”。",
            "学用结合是关键。培训不能停留在讲概念、看演示，要围绕群众高频办理的事项开展实操演练，做到学一项、会一项、用一项。",
            "机制保障是支撑。要精简各类政务应用和填报系统，防止“指尖上的形式主义”，把干部从重复填表中解放出来，腾出更多时间走进群众。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["本版编辑：柯念慈　　投稿邮箱：pinglun@tcrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lr04() -> Page:
    """Provincial daily 理论 page with NO blank line: label 理论访谈 over an interview with a scholar (headline,
    ——副题 访…, byline 本报记者 X, 记者：/NAME：); essay with numbered crossheads （一）（二）（三） on lines of their
    own and the signature at the END (（作者：X，单位）); 理论热点 label over a short essay with byline line ■ X and
    作者单位：… line after it; footer."""
    cols = 30
    pg = Page("lr04.txt", cols=cols, indent=FW * 2, blanks="never", seed=7404,
              style="provincial daily 理论 page with NO blank line anywhere: header on three lines (paper; date with weekday + 第11版; 理论 + 责任编辑); label 理论访谈 over an interview with a scholar (headline, ——副题 访…, byline line 本报记者 X, an intro paragraph, then 记者：／NAME： paragraphs); essay with crossheads （一）（二）（三） on lines of their own and NO byline under the headline: it is signed at its END on a line （作者：NAME，单位职务） that wraps; label 理论热点 over a short essay with byline line ■ NAME and the line 作者单位：… right after it; footer with 本版编辑 and 校对")
    pg.furniture(["北溟日报",
                  cn_date(2036, 5, 22) + "　第11版",
                  "理论　　责任编辑：闵秋水"], "page header")
    pg.furniture(["理论访谈"], "column label 理论访谈")
    a = Article(
        "a", "新型工业化要在“新”字上下功夫", section="理论访谈", kind="interview",
        subtitle="——访北溟大学经济学院院长廖正则",
        byline="本报记者　汤若愚", authors=["汤若愚"],
        notes="Interview with a scholar under the label 理论访谈 (section): ——副题 访… is the subtitle, byline line "
              "本报记者 X (the reporter the author); the scholar who answers (廖正则) is not an author. Body: intro "
              "paragraph, then 记者：／廖正则： paragraphs. Kind interview.",
        paras=[
            "如何理解新型工业化的“新”？北溟作为老工业基地，推进新型工业化的着力点在哪里？记者就此专访了北溟大学经济学院院长廖正则。",
            "记者：与传统工业化相比，新型工业化“新”在哪里？",
            "廖正则：我理解主要新在三个方面。一是动力新，从主要依靠要素投入转向主要依靠科技创新；二是形态新，数字技术与制造业深度融合，智能制造成为主攻方向；三是路径新，绿色低碳成为工业发展的底色。",
            "记者：北溟工业基础雄厚，但也面临传统产业占比偏高的问题，应当如何破题？",
            "廖正则：传统产业不等于落后产业。北溟的装备制造、钢铁、化工体量大、配套全，关键是用新技术改造提升。建议实施“智改数转”三年行动，每年培育一批智能工厂和数字化车间，同时在新材料、高端装备等领域前瞻布局未来产业。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "把握推进乡村全面振兴的三个着力点",
        byline="（作者：尹鹤鸣，北溟省农村经济研究所研究员）", authors=["尹鹤鸣"],
        notes="**new** Essay with NO byline under its headline, signed at its END on a line of its own "
              "（作者：NAME，单位职务）, wrapped over two lines: that line is the byline (written as one string), the "
              "person the author. The crossheads （一）（二）（三） on lines of their own are body lines. Kind article.",
        paras=[
            "乡村全面振兴是一项系统工程。结合北溟实际，当前应重点把握好以下三个着力点。",
            Cross("（一）稳住粮食生产这个基本盘"),
            "北溟是全国重要的商品粮基地。要落实最严格的耕地保护制度，持续推进高标准农田建设，到2038年建成高标准农田3800万亩，让“藏粮于地、藏粮于技”落到实处。",
            Cross("（二）做好产业融合这篇大文章"),
            "要延长农业产业链，发展农产品精深加工和冷链物流，培育一批农业产业化龙头企业，推动农村一二三产业融合发展，把增值收益更多留给农民。",
            Cross("（三）激活农村改革这个动力源"),
            "要稳慎推进农村宅基地制度改革，盘活闲置农房和集体建设用地，发展新型农村集体经济，让沉睡的资源变成农民增收的活水。",
        ])
    pg.headline(b)
    pg.body(b)
    for ln in wrap(b.byline, cols):
        pg.line(b, ln, "byline")
    pg.furniture(["理论热点"], "column label 理论热点")
    c = Article(
        "c", "正确认识和把握人工智能对就业的影响", section="理论热点",
        byline="■ 贝晓岚", authors=["贝晓岚"],
        notes="Short essay under the label 理论热点 (section): byline line ■ NAME (the ■ a mark); the line "
              "作者单位：… right after the byline is neither byline nor body. Kind article.",
        paras=[
            "人工智能会不会抢走我们的饭碗？这是当下很多人关心的问题。从历史看，每一轮技术革命都会替代一部分岗位，同时创造出更多新的岗位。关键在于，劳动者的技能能否跟上技术变化的步伐。",
            "应对人工智能对就业的冲击，要加快构建覆盖全体劳动者、贯穿职业生涯的终身职业技能培训制度，完善失业保险和就业援助政策，帮助受影响的劳动者顺利实现转岗再就业。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.furniture(["作者单位：北溟师范大学人口与劳动经济研究所"], "作者单位 line under the byline (not body)")
    pg.body(c)
    pg.furniture(["本版编辑：倪少川　　校对：卫清扬"], "footer")
    return pg


PAGES = [lr01, lr02, lr03, lr04]
