"""Pages lr05-lr08 of handmade74 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap


def crosshead(text: str, cols: float) -> Raw:
    """A crosshead inside a body, wrapped at the column when it is longer than a line (no indent)."""
    return Raw(wrap(text, cols))


# ---------------------------------------------------------------------------
def lr05() -> Page:
    """Provincial daily 理论·学习 page extracted with a blank line after EVERY line: 引题 kicker over an essay by
    two authors (line X　Y under the headline, （作者分别系…） after the body) whose crossheads are unnumbered
    sentences on lines of their own; 本报特约评论员 X comment; label 学习札记 over a short piece signed at its end
    by a right-aligned name; 理论信息 item with run-in 本报讯."""
    cols = 20
    pg = Page("lr05.txt", cols=cols, indent="  ", blanks="every", seed=7405,
              style="provincial daily 理论·学习 page extracted with a blank line after EVERY line, indent two ASCII spaces: header on two lines (paper + 第6版; 理论·学习 + date with weekday); 引题 kicker 学习贯彻省委十二届七次全会精神 over an essay by two authors (line NAME　NAME under the headline, the line （作者分别系…） after the body, wrapped), its crossheads unnumbered sentences on lines of their own that read like headlines; comment with byline line 本报特约评论员　NAME; label 学习札记 over a short piece signed at its END by a right-aligned name; 理论信息 item with run-in 本报讯（记者 X）; footer")
    pg.furniture(["嵩阳日报　第6版",
                  "理论·学习　" + cn_date(2032, 6, 30)], "page header")
    a = Article(
        "a", "用好红色资源赓续精神血脉",
        byline="尉迟清　房小蔓", authors=["尉迟清", "房小蔓"],
        notes="**new** The 引题 kicker 学习贯彻省委十二届七次全会精神 names the series, not the story: neither title nor "
              "subtitle (as the series kickers of handmade55). The line NAME　NAME under the headline is the byline "
              "(both authors); the line （作者分别系…） after the body is an affiliation note, not body. The crossheads "
              "are unnumbered sentences on lines of their own (body lines). Kind article.",
        paras=[
            "嵩阳是革命老区，红色资源星罗棋布。用好这些宝贵资源，是赓续精神血脉的必然要求。",
            Cross("让红色资源“活”起来"),
            "要加强革命文物保护利用，运用数字技术再现历史场景，让文物说话、让历史说话，使红色展馆从“静态陈列”走向“沉浸体验”。",
            Cross("让红色故事“传”下去"),
            "要把红色资源融入思政课堂，组织青少年走进旧址、聆听讲解，让红色基因代代相传。",
        ])
    pg.kicker(a, "学习贯彻省委十二届七次全会精神")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(wrap("（作者分别系嵩阳大学马克思主义学院教授、讲师）", cols), "作者分别系 affiliation note (not body)")
    b = Article(
        "b", "干部作风要经得起群众检验",
        byline="本报特约评论员　聂怀瑾", authors=["聂怀瑾"], kind="commentary",
        notes="**new** Comment with the byline line 本报特约评论员　NAME: unlike the bare 本报评论员, it names a person, "
              "who is the author. Kind commentary.",
        paras=[
            "作风好不好，群众最有发言权。少一些文山会海，多一些实地走访；少一些留痕填表，多一些解决问题。干部作风实不实，就看群众的急难愁盼解决了多少。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["学习札记"], "column label 学习札记")
    c = Article(
        "c", "读书当有“钉子精神”", section="学习札记", byline="郦子航", authors=["郦子航"],
        notes="Short piece under the label 学习札记 (section), signed at its END by the writer's name right-aligned on "
              "a line of its own (the byline, written without its leading U+3000s; the writer the author). Kind "
              "article.",
        paras=[
            "学习贵在持之以恒。挤时间读书，就要有一股“钉子”的挤劲和钻劲，每天读上几页，日积月累，自有所得。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, FW * 16 + c.byline, "byline")
    d = Article(
        "d", "省社科界举办青年学者论坛", section="理论信息",
        byline="本报讯（记者　巫山青）", authors=["巫山青"], lead="本报讯（记者　巫山青）",
        notes="Item under the label 理论信息 (section). Run-in 本报讯（记者 X） excluded from first.",
        paras=["6月27日，嵩阳省社科界第五届青年学者论坛举行，百余名青年学者围绕乡村振兴、城市治理等议题交流研究成果，评选出优秀论文30篇。"])
    pg.furniture(["理论信息"], "column label 理论信息")
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版编辑：司马岚　美编：缪一禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lr06() -> Page:
    """Economic daily 观点 page with column breaks: comment signed □ 本报评论员　X under the label 经济观察; long
    scholar essay with ——副题, byline line of two authors with their units, numbered crossheads run in at
    paragraph starts (一是…二是…) and a 图表 box printed BETWEEN two paragraphs; label 声音 over two excerpts whose
    signature □ post　NAME sits under the headline; footer."""
    cols = 34
    pg = Page("lr06.txt", cols=cols, indent=FW * 2, blanks="some", colbreak=12, seed=7406, p_para=0.25, p_gap=0.8,
              style="economic daily 观点 page, blank lines sometimes plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on three lines (paper; 观点 + 第3版; date with weekday); label 经济观察 over a comment with byline line □ 本报评论员　NAME; long scholar essay with ——副题, byline line of two authors each with unit (NAME（unit）　NAME（unit）), paragraphs opening with 一是／二是／三是, and a 图表 box (title, header row, four rows, 资料来源) printed BETWEEN two paragraphs; label 声音 over two excerpts, each a headline and the signature □ post　NAME on the line under it; footer with 本版编辑 and 电子信箱")
    pg.furniture(["陵江经济日报",
                  "观点　第3版",
                  cn_date(2037, 1, 9)], "page header")
    pg.gap()
    pg.furniture(["经济观察"], "column label 经济观察")
    a = Article(
        "a", "稳住外贸基本盘要在“稳”与“进”上双向发力", section="经济观察",
        byline="□ 本报评论员　蒲望舒", authors=["蒲望舒"], kind="commentary",
        notes="Comment under the label 经济观察 (section): byline line □ 本报评论员　NAME, which names a person (the "
              "author; the bare 本报评论员 would name none). Kind commentary.",
        paras=[
            "海关数据显示，2036年陵江省货物贸易进出口总值1.86万亿元，同比增长4.7%，其中机电产品出口增长8.2%，“新三样”产品出口增长21.5%。在外需偏弱的背景下取得这样的成绩，殊为不易。",
            "稳外贸，“稳”是基础。要用好出口信用保险、跨境人民币结算等政策工具，帮助中小外贸企业稳订单、拓市场。“进”是方向。要推动加工贸易向研发设计、品牌营销两端延伸，发展跨境电商、海外仓等新业态，培育外贸竞争新优势。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "以科技金融赋能新质生产力发展",
        subtitle="——兼论陵江省科技型中小企业融资难题的破解路径",
        byline="霍青崖（陵江财经大学金融学院）　应小楼（陵江省科技金融研究院）", authors=["霍青崖", "应小楼"],
        notes="Long scholar essay: ——副题 is the subtitle; the byline line names two authors, each with a unit in "
              "brackets (both authors, the units not). Paragraphs opening with 一是／二是／三是 "
              "are body. The 图表 box printed between the second and third paragraphs is not body (body in pieces). "
              "Kind article.",
        paras=[
            "科技型中小企业是培育新质生产力的生力军，但轻资产、高风险的特点，使其难以获得传统信贷支持。截至2036年末，陵江省科技型中小企业贷款余额2140亿元，仅占全部企业贷款的6.3%。",
            "破解融资难题，关键是构建与科技创新规律相适应的金融服务体系。从陵江的实践看，近年来科技信贷、创业投资和科创债券均保持较快增长，但结构性矛盾仍较突出。",
            "一是发展耐心资本。引导保险资金、社保基金等长期资金投早、投小、投硬科技，延长政府引导基金存续期，完善容错机制。二是创新信贷产品。推广知识产权质押、研发贷、人才贷等产品，探索以企业创新积分为依据的授信模式。三是畅通退出渠道。支持优质科创企业上市融资，发展私募股权二级市场基金，形成“投资—退出—再投资”的良性循环。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    for ln in wrap(b.byline, cols):
        pg.line(b, ln, "byline")
    pg.gap()
    pg.body(b, end=2)
    pg.furniture(["图表　陵江省科技金融主要指标（2036年）",
                  "指标　　　　　　　　余额／规模　　同比增长",
                  "科技型企业贷款　　　2140亿元　　　18.6%",
                  "知识产权质押融资　　186亿元　　　 32.1%",
                  "创业投资管理规模　　3520亿元　　　9.4%",
                  "科创债券发行　　　　412亿元　　　 27.8%",
                  "资料来源：陵江省地方金融管理局"], "图表 box printed between two paragraphs of the essay (not body)")
    pg.body(b, start=2)
    pg.gap()
    pg.furniture(["声音"], "column label 声音")
    c = Article(
        "c", "民营企业要敢闯敢投", section="声音",
        byline="□ 陵江大学经济学院教授　姬慕远", authors=["姬慕远"], kind="commentary",
        notes="**new** Excerpt under the label 声音 (section): headline, then the signature □ post　NAME on the line "
              "under it (the byline; the scholar the author), one paragraph. Kind commentary.",
        paras=["当前民营企业预期有所改善，但投资意愿仍偏谨慎。稳定政策预期、依法平等保护产权，才能让民营企业家安心谋发展、放心搞投资。"])
    d = Article(
        "d", "消费提振要从“增收”入手", section="声音",
        byline="□ 陵江省社会科学院经济研究所所长　舒半夏", authors=["舒半夏"], kind="commentary",
        notes="Excerpt under the label 声音 (section), signature □ post　NAME under the headline. Kind commentary.",
        paras=["居民敢不敢花钱，取决于收入预期和保障水平。应多渠道增加中低收入群体收入，完善养老、医疗等社会保障，解除居民消费的后顾之忧。"])
    for art in (c, d):
        pg.headline(art)
        pg.line(art, art.byline, "byline")
        pg.body(art)
        pg.gap()
    pg.furniture(["本版编辑：涂少卿　　电子信箱：guandian@ljjjrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lr07() -> Page:
    """Provincial party daily 理论 page, NO indent, blank lines only between articles: essay with 引题 kicker and
    ——副题, author line 作者：NAME（post） under it; label 学界观点 over three excerpts printed WITHOUT headlines,
    each opening with a line ■ NAME（post）：; 评论员文章 with 本报评论员 under its headline; footer."""
    cols = 28
    pg = Page("lr07.txt", cols=cols, indent="", blanks="arts", seed=7407,
              style="provincial party daily 理论 page, NO indent, blank lines only between articles and blocks: header on three lines (paper; date with weekday; 第9版　理论 + 本版主编); essay with 引题 kicker, headline, ——副题 and the author line 作者：NAME（post）, crossheads 一、二、 run in at paragraph starts; label 学界观点 over three excerpts printed WITHOUT headlines, each opening with a line ■ NAME（post）： that reads like a byline or a headline; 评论员文章 with the line 本报评论员 under the headline and a headline that is a full sentence with a comma; footer with 本版编辑 and 校对")
    pg.furniture(["泽南日报",
                  cn_date(2035, 7, 2),
                  "第9版　理论　　本版主编：花映溪"], "page header")
    pg.blank()
    a = Article(
        "a", "在推进城乡融合中促进农民农村共同富裕",
        subtitle="——关于泽南省城乡融合发展试验区建设的调查与思考",
        byline="作者：仇慕松（泽南省社会科学界联合会副主席）", authors=["仇慕松"],
        notes="Essay with an 引题 kicker 深化改革　探路先行 (neither title nor subtitle, as a kicker printed with a "
              "——副题) and the ——副题 as subtitle; author line 作者：NAME（post） (the byline; the person the author). "
              "The numbered crossheads 一、二、 are run in at the start of paragraphs and stay in the body. Kind article.",
        paras=[
            "2032年以来，泽南省在6个县（市、区）开展城乡融合发展试验，探索建立城乡要素平等交换、双向流动的政策体系。三年多来，试验区城乡居民收入比由2.21缩小到1.94，低于全省平均水平。",
            "一、试验区的主要做法。一是推动农业转移人口市民化，放开落户限制，让进城农民在教育、医疗、住房等方面享有与城镇居民同等待遇；二是深化农村集体经营性建设用地入市改革，三年累计入市土地3800余亩，农民集体获得收益9.6亿元；三是推进城乡基础设施一体化，实现城乡公交、供水、垃圾处理统一规划、统一建设、统一管护。",
            "二、几点思考。城乡融合的关键在于破除体制机制壁垒。下一步，应当把试验区行之有效的做法上升为制度性安排，在更大范围推广；同时要防止简单照搬城市模式，保留乡村特色风貌，让城乡各美其美、美美与共。",
        ])
    pg.kicker(a, "深化改革　探路先行")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["学界观点"], "column label 学界观点")
    items = [
        ("b", "桑若谷", "泽南大学公共管理学院院长",
         "基层减负不能“一减了之”。减的是形式主义的负担，增的是干事创业的动力。要建立基层事务准入制度，凡是没有法律法规依据的事项，一律不得转嫁给村（社区）。"),
        ("c", "庄叙白", "泽南省委党校公共管理教研部教授",
         "数字政府建设要坚持“以人为本”。在推进政务服务“掌上办”的同时，保留必要的线下窗口和人工服务，照顾好老年人等群体的办事需求。"),
        ("d", "翟问渠", "泽南师范大学法学院副教授",
         "营商环境好不好，关键看法治。要规范涉企行政检查，推行“综合查一次”，减少对企业正常经营的干扰。"),
    ]
    for key, name, post, text in items:
        art = Article(
            key, None, section="学界观点", byline="■ " + name + "（" + post + "）：", authors=[name],
            kind="commentary",
            notes="**new** Excerpt under the label 学界观点 (section) printed WITHOUT a headline: title null. It opens "
                  "with a line ■ NAME（post）： (the byline, the scholar the author; it is not a headline), followed "
                  "by one paragraph (the body). Kind commentary.",
            paras=[text])
        pg.line(art, art.byline, "byline")
        pg.body(art)
    pg.blank()
    e = Article(
        "e", "改革越往深处走，越要拿出攻坚克难的勇气",
        byline="本报评论员", authors=[], kind="commentary",
        notes="评论员文章: the headline, a full sentence with a comma, on one line; the line 本报评论员 under it is "
              "the byline (no person: no authors). Kind commentary.",
        paras=[
            "改革进入深水区，容易的、皆大欢喜的改革已经完成了，剩下的都是难啃的硬骨头。越是这样的时候，越需要拿出敢为人先的锐气、攻坚克难的勇气。",
            "要坚持问题导向，哪里有堵点就改哪里，哪里群众不满意就改哪里；要鼓励基层大胆探索，建立健全容错纠错机制，为担当者担当、为干事者撑腰。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.body(e)
    pg.blank()
    pg.furniture(["本版编辑：禹知秋　　校对：钮青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lr08() -> Page:
    """Provincial daily 学术 page with column breaks: long academic essay (byline ◆ NAME　NAME, numbered crossheads
    一、二、 on their own lines, 注释 block and 本文系…成果 note after the body, then （作者单位：…））; label 学术书评 over
    a review with the book's data line after the body; 学术随笔 label over a short essay with byline NAME/文;
    footer."""
    cols = 32
    pg = Page("lr08.txt", cols=cols, indent=FW * 2, blanks="para", colbreak=9, seed=7408,
              style="provincial daily 学术 page, blank lines between paragraphs and blocks plus column breaks (a blank line every 9 body lines, also inside paragraphs): header on three lines (学术; paper + date with weekday; 第14版); long academic essay with byline line ◆ NAME　NAME, crossheads 一、二、 on lines of their own, superscript note marks ①② left in the text, then a 注释 block, a line 本文系…阶段性成果 and （作者单位：…） after the body; label 学术书评 over a review with byline line □ NAME and the book's data line （《书名》，author著，publisher，year） after the body; label 学术随笔 over a short essay with byline NAME/文; footer")
    pg.furniture(["学术",
                  "云岫日报　" + cn_date(2031, 10, 16),
                  "第14版"], "page header")
    pg.gap()
    a = Article(
        "a", "明清云岫商帮的信用网络及其当代启示",
        byline="◆ 叶疏桐　乔望北", authors=["叶疏桐", "乔望北"],
        notes="**new** Academic essay: byline line ◆ NAME　NAME (both authors). Crossheads 一、二、 on their own lines "
              "are body; the note marks ①② stay in the text. After the body, the 注释 block, the line 本文系…阶段性成果 "
              "and the line （作者单位：…） are not body. Kind article.",
        paras=[
            "明清时期，云岫商帮以经营茶叶、桐油和布匹闻名于西南各地，其足迹北至汉口、南抵广州。在缺乏近代金融制度的条件下，商帮何以维持跨地域的长距离贸易？既有研究多从宗族和会馆角度加以解释①，本文则尝试从信用网络的视角作一考察。",
            Cross("一、以会馆为节点的信用网络"),
            "据现存的商号账簿和会馆碑刻，云岫商帮在各主要商埠共建有会馆37处。会馆不仅是同乡联谊的场所，更承担着登记商号、调解纠纷、公议行规等职能。商号之间的赊销和汇兑，往往以会馆的担保为前提②。",
            Cross("二、当代启示"),
            "传统商帮的信用网络建立在熟人社会的基础之上，其局限性不言而喻。但它所体现的重诺守信的商业伦理，以及行业自律与公共治理相结合的思路，对于今天建设社会信用体系仍有借鉴意义。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["注释：",
                  "①参见甄远山：《西南商帮与区域市场》，云岫人民出版社2024年版，第56页。",
                  "②《云岫会馆碑刻辑录》，云岫大学出版社2029年版，第112—118页。"], "注释 block (not body)")
    pg.furniture(["本文系国家社会科学基金项目“明清西南商帮文献整理与研究”（项目编号：29BZS071）阶段性成果"],
                 "funding note (not body)")
    pg.furniture(["（作者单位：云岫大学历史文化学院）"], "作者单位 note (not body)")
    pg.gap()
    pg.furniture(["学术书评"], "column label 学术书评")
    b = Article(
        "b", "为中国经济学自主知识体系添砖加瓦", section="学术书评",
        byline="□ 柴怀素", authors=["柴怀素"],
        notes="Review under the label 学术书评 (section), byline line □ NAME; the book's data line after the body "
              "is not body, and the book's author (钟離川) is not an author of the review. Kind article.",
        paras=[
            "钟離川教授新著《转型发展中的区域经济》，以云岫等西部省份四十年来的发展历程为样本，系统梳理了区域经济从要素驱动向创新驱动转变的内在逻辑。",
            "该书的特色在于扎实的田野调查。作者带领团队走访了120余个县和400多家企业，积累了大量一手资料，书中关于县域产业集群演化的分析尤见功力。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.furniture(["（《转型发展中的区域经济》，钟離川著，云岫大学出版社，2031年）"], "book data line after the review (not body)")
    pg.gap()
    pg.furniture(["学术随笔"], "column label 学术随笔")
    c = Article(
        "c", "做学问要坐得住“冷板凳”", section="学术随笔",
        byline="伍砚舟/文", authors=["伍砚舟"],
        notes="Short essay under the label 学术随笔 (section), byline line NAME/文. Kind article.",
        paras=["前辈学者常说，板凳要坐十年冷，文章不写一句空。如今考核周期越来越短，论文数量要求越来越多，年轻学者很难沉下心来做需要长期积累的研究。评价体系应当给“慢研究”留出空间，让真正有价值的成果不被数量淹没。"])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["本版编辑：诸葛晴　　版式：应南枝"], "footer")
    return pg


PAGES = [lr05, lr06, lr07, lr08]
