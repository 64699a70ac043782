"""Pages lp05-lp08 of handmade72 (development set; all magazines, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Quote, wrap


def lines_as(pg: Page, a: Article, text: str, role: str, cols: float, first: str = "", rest: str = "") -> None:
    """A display block of an article that is not body (导语 standfirst, bio line), wrapped at cols."""
    for ln in wrap(text, cols, first, rest):
        pg.line(a, ln, role)


# ---------------------------------------------------------------------------
def lp05() -> Page:
    """衡策 monthly, 对话 page: running head; label 对话 over an interview (headline, ——副题 对话…, a 人物简介 bio box,
    导语 standfirst, byline line 本刊记者 X, 《衡策》：／NAME： paragraphs, a line （本文经受访者审阅） after it);
    label 政策速递 over two ▶ items."""
    pg = Page("lp05.txt", cols=34, indent=FW * 2, blanks="para", seed=7205,
              style="policy monthly 对话 page, blank lines between paragraphs and blocks: running head (name, English name, issue); label 对话 over an interview: headline, ——副题 对话…, a 【人物简介】 bio box BETWEEN the 副题 and the 导语, 导语 standfirst without indent, byline line 本刊记者 X, then question paragraphs opening 《衡策》： (bold in print) and answers opening with the interviewee's name, the line （本文经受访者审阅） after it; label 政策速递 over two ▶ items (one signed （文｜X） run in at the end); running foot with page number")
    pg.furniture(["衡策 POLICY REVIEW　　　2035年第3期"], "running head")
    pg.blank()
    pg.furniture(["对话"], "column label 对话")
    a = Article(
        "a", "地方债务化解要算“长账”", section="对话", kind="interview",
        subtitle="——对话九州财经大学财政研究院院长鞠承岳",
        byline="本刊记者　祁望舒", authors=["祁望舒"],
        notes="**new** Magazine interview (对话, section): headline, ——副题 (the subtitle), a 【人物简介】 bio box and a "
              "导语 standfirst before the byline line 本刊记者 X; neither the bio box nor the standfirst is body. The "
              "body runs from the first question to the last answer: question paragraphs opening 《衡策》： (bold in "
              "print, the magazine asking) and answers opening 鞠承岳：. The reporter is the author; the interviewee "
              "is not. The line （本文经受访者审阅） after it is neither body nor byline.",
        paras=[
            "《衡策》：过去一年，各地化债工作取得了哪些进展？还面临哪些难点？",
            "鞠承岳：总体看，高风险地区的债务规模在下降，隐性债务的增量基本得到遏制，融资平台的数量也减少了三成左右。难点在于，一些地区的存量债务期限集中，而土地出让收入短期内难以恢复，偿债压力仍然不小。",
            "《衡策》：有观点认为，应当通过更大规模的置换债券“一次性”解决问题，您怎么看？",
            "鞠承岳：置换可以降低利息、拉长期限，为地方赢得时间，但它只是“以时间换空间”。如果地方的财政收支结构不改变，新的债务还会冒出来。所以我一直强调，化债要算“长账”，不能只算眼前这笔账。",
            "《衡策》：所谓“长账”，具体指什么？",
            "鞠承岳：一是算收入的长账，把产业培育和税源建设放在更重要的位置；二是算支出的长账，新上项目要有全生命周期的成本测算；三是算制度的长账，让预算、债务和国有资产管理真正贯通起来。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.furniture(["【人物简介】",
                  "鞠承岳，九州财经大学财政研究院院长、教授，长期从事",
                  "地方财政与政府债务研究，主持多项国家社科基金重大项目。"], "人物简介 bio box (not body)")
    pg.gap()
    lines_as(pg, a, "两年前启动的新一轮地方债务化解，已经进入“深水区”。钱从哪里来，账怎么还，地方的发展空间又在哪里？本刊专访了财政学者鞠承岳。", "standfirst", 34)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.line(a, "（本文经受访者审阅）", "note")
    pg.gap()
    pg.furniture(["政策速递"], "column label 政策速递")
    pg.gap()
    b1 = Article("b1", "小微企业融资担保降费政策延续至2037年", section="政策速递",
                 notes="Item of the 政策速递 strip: the ▶ is a mark, not part of the title. No credit: no authors.",
                 paras=["财政部门近日明确，政府性融资担保机构对单户担保金额500万元及以下的小微企业，年化担保费率继续控制在1%以下，政策执行期延续至2037年底。"])
    b2 = Article("b2", "九省试点“一件事”企业注销", section="政策速递",
                 byline="（文｜闻人砚）", authors=["闻人砚"], tail="（文｜闻人砚）",
                 notes="Item of the 政策速递 strip signed （文｜X） run in at the end: the byline, excluded from last.",
                 paras=["自4月起，九个省份试点企业注销“一件事”改革，税务、社保、海关等事项一次申请、并联办理，简易注销公示期由20天压缩至10天。"])
    for art in (b1, b2):
        pg.headline(art, lines=["▶" + art.title])
        pg.body(art)
        pg.gap()
    pg.furniture(["12　衡策"], "running foot")
    return pg


# ---------------------------------------------------------------------------
def lp06() -> Page:
    """衡策 monthly, 专栏 page, NO indent, blank lines only between articles: column with a bio box at the TOP;
    column ending with a one-line bio （作者系…）; short 微言 comment signed at its end."""
    pg = Page("lp06.txt", cols=36, indent="", blanks="arts", seed=7206,
              style="policy monthly 专栏 page, NO indent and no blank line between paragraphs (only short lines end them), blank lines only between articles: running head 专栏 COLUMNS｜name + issue; label 专栏·财政观察 over a bio box (作者简介 + one line) printed ABOVE the column's headline, byline line 文｜X; label 专栏·产业笔记 over a column with byline line 文｜X and the one-line bio （作者系…） after it; label 微言 over a short comment whose byline □ X is printed at its END; running foot with page number")
    pg.furniture(["专栏 COLUMNS｜衡策　2035.03"], "running head")
    pg.blank()
    pg.furniture(["专栏·财政观察", "作者简介", "岑望舒　九州大学公共政策研究院教授，研究方向为预算制度。"],
                 "column label and the bio box at the top (not body, not byline)")
    a = Article(
        "a", "预算绩效不能只看“花没花完”", section="专栏·财政观察", kind="commentary",
        byline="文｜岑望舒", authors=["岑望舒"],
        notes="**new** 专栏 column (kind commentary) with a bio box (作者简介 + one line) printed ABOVE its headline: "
              "the bio box is neither body nor byline; the label 专栏·财政观察 is the section. Byline line 文｜X: the "
              "columnist is the author. No indent and no blank line between paragraphs.",
        paras=[
            "每到年底，一些部门仍会出现“突击花钱”的现象。表面上看，这是预算执行进度考核带来的副作用；深层次看，则是绩效管理还停留在“花没花完”，而没有追问“花得值不值”。",
            "近年来，各地普遍建立了预算绩效目标管理制度，但不少绩效指标仍以产出数量为主，比如“培训多少人次”“建成多少公里”，对实际效果的衡量相对薄弱。指标好看，不等于钱花对了地方。",
            "改进的方向，一是让绩效评价结果与下一年度预算安排真正挂钩，二是引入第三方评估并公开评价报告，三是对跨年度项目实行滚动评价。只有当“花得好”比“花得快”更重要时，预算才能真正成为治理的工具。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["专栏·产业笔记"], "column label 专栏·产业笔记")
    b = Article(
        "b", "“隐形冠军”从哪里来", section="专栏·产业笔记", kind="commentary",
        byline="文｜聂寒舟", authors=["聂寒舟"],
        notes="**new** 专栏 column (commentary) with byline line 文｜X and a one-line bio （作者系…） printed after the "
              "body: the bio line is neither body nor byline. The firm's founder mentioned is not an author.",
        paras=[
            "在望海市的一个工业园里，有一家员工不到三百人的企业，生产的精密轴承占据了全球细分市场约18%的份额。它的名字，很多本地人都没有听说过。",
            "这类“隐形冠军”有几个共同点：专注一个细分领域十年以上，研发投入常年保持在营收的6%以上，客户集中在海外高端制造商。它们很少做广告，也不急于上市。",
            "培育更多这样的企业，靠的不是一次性的奖励和补贴，而是稳定的产业政策、可预期的营商环境，以及愿意陪企业慢慢成长的耐心资本。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "（作者系望海产业研究院首席研究员）", "bio")
    pg.blank()
    pg.furniture(["微言"], "column label 微言")
    c = Article(
        "c", "别把“试点”做成“盆景”", section="微言", kind="commentary",
        byline="□ 窦清野", authors=["窦清野"],
        notes="Short comment under the label 微言 (section); byline □ X printed at its END on a line of its own (the "
              "writer is the author). Commentary.",
        paras=[
            "试点的价值在于可复制、可推广。如果一个试点只能靠特殊政策和额外资金“养”着，看上去很美，却无法在别处生根，那它更像一盆精心修剪的盆景，而不是一片可以扩展的林子。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.blank()
    pg.furniture(["衡策　37"], "running foot")
    return pg


# ---------------------------------------------------------------------------
def lp07() -> Page:
    """商隅 biweekly, 书评 page extracted with a blank line after EVERY line: review with byline line 文｜X, the book's
    data block (five lines) under it and （作者系…） after it; review with ——副题 读《…》, byline □ X and the book's
    data line AFTER the body; 新书架 listing box; 读书札记 short column."""
    pg = Page("lp07.txt", cols=28, indent=FW * 2, blanks="every", seed=7207,
              style="business biweekly 书评 page extracted with a blank line after EVERY line: running head (name + English name + 书评 BOOKS); label 书评 over a review with byline line 文｜X, the book's data block (书名, 作者, 出版社, 出版时间, 定价, one a line) UNDER the byline and the one-line bio （作者系…） after the body; a second review with ——副题 读《…》, byline line □ X and the book's data line （《…》，author　著，translator　译，publisher，date） AFTER the body; 新书架 listing box of three books (not articles); label 读书札记 over a short column with byline line 文｜X; running foot with page number and issue")
    pg.furniture(["商隅 SHANGYU　书评 BOOKS"], "running head")
    pg.furniture(["书评"], "column label 书评")
    a = Article(
        "a", "一座港城的三百年账本", section="书评",
        byline="文｜宓晓帆", authors=["宓晓帆"],
        notes="Book review (书评, section), kind article. Byline line 文｜X (the reviewer is the author). **new** The "
              "book's data printed as a block of five lines (书名, 作者, 出版社, 出版时间, 定价) under the byline is "
              "neither body nor byline; the book's author 邬行舟 is not an author of the review. The bio line "
              "（作者系…） after the body is neither body nor byline.",
        paras=[
            "澄湾是一座因港而兴的城市。邬行舟的新著《潮汐与账簿》，没有从帝王将相写起，而是从港口的税单、商号的流水账和船行的契约写起，试图用一本本账簿，拼出这座港城三百年的商业史。",
            "书中最见功力的，是对十九世纪末“南北行”兴衰的梳理。作者比对了三家商号留存的四十余册账簿，复原出它们的资金周转、赊销网络和利润结构，并指出，这些商号的衰落，与其说是外资冲击的结果，不如说是内部信用体系失灵的结果。",
            "这种“从账本看历史”的写法，让宏大叙事落到了可以核对的数字上，也让今天的读者得以重新思考：一座城市的商业活力，究竟来自哪里？",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    for ln in ["《潮汐与账簿：澄湾港商业史》", "作者：邬行舟", "出版社：海澄人民出版社", "出版时间：2036年4月", "定价：78.00元"]:
        pg.line(a, ln, "bookdata")
    pg.body(a)
    pg.line(a, "（作者系澄湾大学历史学院副教授）", "bio")
    b = Article(
        "b", "算法之外，管理者还剩下什么", section="书评",
        subtitle="——读《看不见的经理人》", byline="□ 栾听松", authors=["栾听松"],
        notes="Second review on the page (section 书评 from the label above the first): headline, ——副题 读《…》 (the "
              "subtitle), byline line □ X. The book's data line AFTER the body is neither body nor byline; the book's "
              "author (罗兰德·费希特) and translator (梅照) are not authors of the review.",
        paras=[
            "当排班、定价、考核都可以交给算法，中层管理者的价值何在？这是《看不见的经理人》试图回答的问题。",
            "作者追踪了六家使用算法管理的企业，发现算法并没有让管理者消失，而是改变了他们的工作：从下达指令，转向解释规则、处理例外和修复信任。书中一位仓库主管的话令人印象深刻：“系统告诉我谁慢了，但只有我知道他为什么慢。”",
            "对于正在推进数字化转型的企业，这本书提供了一个冷静的提醒：技术能提高效率，却无法替代人与人之间的判断和担当。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    for ln in wrap("（《看不见的经理人》，［北岬］罗兰德·费希特　著，梅照　译，望川出版社，2036年3月）", 28):
        pg.line(b, ln, "bookdata")
    pg.furniture(["新书架",
                  "《小店经济学》",
                  "汤知微　著　澄湾商务出版社　2036年5月",
                  "从三百家社区小店的经营数据出发，讨论小",
                  "微商业的生存之道。",
                  "《利率的温度》",
                  "万听涛　著　望川出版社　2036年4月",
                  "一位前央行研究员写给普通人的货币政策入门。"], "新书架 listing box (not articles)")
    pg.furniture(["读书札记"], "column label 读书札记")
    c = Article(
        "c", "慢读的权利", section="读书札记", kind="commentary",
        byline="文｜司徒南汐", authors=["司徒南汐"],
        notes="Short column under the label 读书札记 (section), byline line 文｜X with a two-character surname (司徒); "
              "kind commentary.",
        paras=[
            "朋友说，他已经很久没有读完一本书了，更多时候是在听“十分钟读懂一本书”。我理解这种焦虑，却仍想为慢读辩护几句：有些道理，只有在一页一页的停顿里才会慢慢长出来。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["78　商隅　2036年第11期"], "running foot")
    return pg


# ---------------------------------------------------------------------------
def lp08() -> Page:
    """商隅 biweekly, 数据 page: data story cut in two by a chart (title, axis figures, 注, 数据来源); 数字 box;
    second data story with a table after it; label 数据观察 over a short comment."""
    pg = Page("lp08.txt", cols=40, indent=FW * 2, blanks="some", seed=7208, p_para=0.3, p_gap=0.75,
              style="business biweekly 数据 page in a wide column, blank lines sometimes: running head; label 数据 over a data story (headline, byline line 文｜本刊研究部 X) CUT IN TWO by a chart flattened by extraction (图1 title with unit, axis ticks, years and values on lines of their own, 注：… and 数据来源：… lines); 数字 box of three big figures each over a caption (not an article); a second story with byline line 本刊记者 X followed by a table (表 title, header row, three rows, 数据来源); label 数据观察 over a short comment with byline line 文｜X; running foot")
    pg.furniture(["数据 DATA｜商隅　2036年第11期"], "running head")
    pg.blank()
    pg.furniture(["数据"], "column label 数据")
    a = Article(
        "a", "上半年居民服务消费占比升至46.8%", section="数据",
        byline="文｜本刊研究部　鲍一川", authors=["鲍一川"],
        notes="**new** Data story of the 数据 page (section): byline line 文｜本刊研究部 X (the analyst named is the "
              "author). The chart printed between two paragraphs (图1 title, axis ticks, years, values, 注 and "
              "数据来源 lines) is not body (body in pieces).",
        paras=[
            "今年上半年，全国居民人均服务性消费支出占人均消费支出的比重达到46.8%，比上年同期提高1.1个百分点，延续了近五年来的上升势头。",
            "从结构看，旅游出行、文化娱乐和健康服务是拉动服务消费的主要力量。其中，人均旅馆住宿和交通出行服务支出增长12.4%，文化娱乐服务支出增长9.7%。与之相比，商品消费中的家电、家具支出增速放缓至2%左右。",
            "需要注意的是，服务消费的城乡差距仍然明显。农村居民服务性消费支出占比为38.5%，比城镇居民低约10个百分点，医疗和教育支出在其中占了较大比重。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=1)
    pg.gap()
    pg.furniture(["图1　2031—2036年上半年居民人均服务性消费支出占比（%）",
                  "50",
                  "45",
                  "40",
                  "2031　2032　2033　2034　2035　2036H1",
                  "41.2　42.5　43.9　44.6　45.7　46.8",
                  "注：2036年为上半年数据；服务性消费支出包括餐饮服务、教育文化娱乐服务、",
                  "医疗服务、交通通信服务等。",
                  "数据来源：国家统计部门，本刊研究部整理"], "chart 图1 with axis figures, 注 and 数据来源 (not body)")
    pg.gap()
    pg.body(a, start=1)
    pg.gap()
    pg.furniture(["数字",
                  "8.6%",
                  "上半年全国网上零售额同比增速",
                  "2.37亿人次",
                  "上半年国内航空旅客运输量",
                  "61.2%",
                  "上半年最终消费支出对经济增长的贡献率"], "数字 box of big figures (not an article)")
    pg.gap()
    b = Article(
        "b", "出境游恢复快于入境游", section="数据",
        byline="本刊记者　芮知秋", authors=["芮知秋"],
        notes="Second story of the 数据 page: byline line 本刊记者 X. The table printed after the body (表 title, "
              "header row, rows, 数据来源) is not body.",
        paras=[
            "上半年，出境旅游人次恢复至2029年同期的112%，而入境旅游人次仅恢复至同期的87%。业内人士认为，签证便利化措施和国际航班数量仍是制约入境游的主要因素。",
            "从消费看，入境游客人均花费为1460美元，比出境游客高出约三成，入境游的“含金量”依然较高。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["表　上半年出入境旅游主要指标",
                  "指标　　　　　　出境游　　　入境游",
                  "人次（万）　　　　7420　　　　3180",
                  "恢复率（%）　　　 112　　　　　87",
                  "人均花费（美元）　1120　　　　1460",
                  "数据来源：文旅部门，本刊整理"], "table (not body)")
    pg.gap()
    pg.furniture(["数据观察"], "column label 数据观察")
    c = Article(
        "c", "服务消费的“天花板”在哪里", section="数据观察", kind="commentary",
        byline="文｜鲍一川", authors=["鲍一川"],
        notes="Short comment under the label 数据观察 (section), byline line 文｜X; commentary.",
        paras=[
            "与发达经济体60%以上的服务消费占比相比，我国仍有不小的提升空间。但服务消费的增长，离不开居民收入的稳定增长和闲暇时间的增加，也离不开供给质量的提升。天花板不在需求，而在供给和收入。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["商隅　2036.11　44"], "running foot")
    return pg


PAGES = [lp05, lp06, lp07, lp08]
