"""Pages le05-le08 of handmade61 (development set): the cover story's continuation pages, the 观点 page and the 公司
page of the invented monthly 澄衡财经 2034年第9期 (all names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, wrap
from pages_a import right

MAG = "澄衡财经"
MAG_EN = "CHENGHENG FINANCE MONTHLY"
ISSUE = "2034年第9期"


# ---------------------------------------------------------------------------
def le05() -> Page:
    """Cover story, page 20: running head; the body goes on from page 19 in mid-sentence (no headline on the page),
    a crosshead, a pull quote repeated from the text, a sidebar box with its own headline and an end credit, then
    the story again, breaking off in mid-sentence; folio."""
    pg = Page("le05.txt", cols=18, indent=FW, blanks="some", colbreak=14, seed=6105, p_para=0.4, p_gap=0.8,
              style="cover story CONTINUATION page 20 in a very narrow column, indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): running head with magazine name and department; the story's text goes on from page 19 in MID-SENTENCE with no headline (its first line not indented); crosshead; a PULL QUOTE repeated from the text (in quotation marks, three short lines); a SIDEBAR BOX inside the story with its own headline, three ● figure lines and an end credit （本刊记者 X　整理）; the story resumes and breaks off in mid-sentence again; folio 20")
    pg.furniture([MAG + "｜封面故事"], "running head with the magazine name")
    pg.blank()
    a = Article(
        "a", None, section="封面故事",
        notes="**new:** continuation of the cover story 储能下半场 (le04) on page 20: the page prints no headline "
              "(the running head 澄衡财经｜封面故事 is furniture), so title null, no byline and no authors (the "
              "writer is named only on the opening spread and in the bio on page 21). The first line goes on in "
              "mid-sentence (390小时左右) and is not indented. The crosshead is body. **new:** the pull quote "
              "(a sentence of the text repeated in large type) is not body; it and the sidebar box cut the body in "
              "pieces. The text breaks off in mid-sentence at the foot of the page.",
        paras=[
            "390小时左右，不到设计水平的一半。“很多电站建成之后基本处于‘晒太阳’状态，只在检查时充放一次电。”一位不愿具名的电网调度人员告诉本刊记者。",
            "问题的根子在于钱从哪里来。配建储能的成本被计入新能源项目总投资，却很难单独获得回报；独立储能虽然可以进入电力现货市场和辅助服务市场，但各地规则差异大、结算周期长，收益预期并不稳定。",
            Cross("峰谷价差还能撑多久"),
            "目前，独立储能最主要的收入来源仍是峰谷套利：电价低谷时充电，高峰时放电。以岚江省为例，今年夏季现货市场日内最大价差一度超过每千瓦时0.9元，一座十万千瓦、二十万千瓦时的电站，单日满充满放即可收入十余万元。",
            "但价差并非永远可靠。随着越来越多的储能和可调节负荷进入市场，高峰电价会被“削平”，低谷电价会被“抬高”。泓川证券电力行业首席分析师蔺知远测算，若岚江省储能装机再翻一番，日内价差可能收窄三成以上。",
            "“套利空间收窄是必然的，储能不能只靠一条腿走路。”蔺知远说。在他看来，容量补偿机制和辅助服务市场能否完善，将决定下一阶段",
        ])
    items = pg.render_body(a, indent="", end=1) + [("gap",)] + pg.render_body(a, start=1, end=4)
    pg.emit(a, items)
    pg.blank()
    pg.furniture(["“很多电站建成之后", "基本处于‘晒太阳’", "状态。”"],
                 "pull quote repeated from the text (not body)")
    pg.blank()
    b = Article(
        "b", "一座电站的收益账本", byline="（本刊记者　陆沉舟　整理）", authors=["陆沉舟"],
        tail="（本刊记者　陆沉舟　整理）",
        notes="**new:** sidebar box printed INSIDE the cover story, with its own headline: an article of its own "
              "(kind article). Its ● figure lines are body. The end credit （本刊记者 X　整理） run in at the end is "
              "the byline, excluded from last; the compiler is the author.",
        paras=[
            "以一座装机10万千瓦、容量20万千瓦时的独立储能电站为例，按今年岚江省的市场规则测算，年收入大致由三部分构成：",
            "●现货套利约6200万元，占58%；",
            "●容量租赁约2800万元，占26%；",
            "●调频等辅助服务约1700万元，占16%。",
            "扣除运维、折旧和财务费用后，项目全投资内部收益率约6.8%，静态回收期约9年。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b, indent="")
    pg.blank()
    pg.body(a, start=4)
    pg.blank()
    pg.furniture(["20　" + MAG_EN], "folio")
    return pg


# ---------------------------------------------------------------------------
def le06() -> Page:
    """Cover story, page 21 (its last): running head; the body goes on in mid-sentence, a crosshead, a pull quote,
    the end mark ■, the author bio; label 记者手记 over a sidebar piece signed at its end; folio."""
    pg = Page("le06.txt", cols=24, indent="  ", blanks="para", seed=6106,
              style="cover story LAST page 21, indented with two ASCII spaces, blank lines between paragraphs and blocks: running head (English + Chinese department name); the story's text goes on in MID-SENTENCE with no headline; crosshead in quotation marks; a PULL QUOTE repeated from a later paragraph, printed BEFORE the sentence it repeats; end mark ■ run in at the end of the last paragraph; AUTHOR BIO (label 作者简介 + name, post, e-mail); label 记者手记 over a sidebar piece with headline, signed at its end by a right-aligned name; folio with magazine, issue and page number")
    pg.furniture(["COVER STORY　封面故事"], "running head")
    pg.blank()
    a = Article(
        "a", None, section="封面故事", authors=["陆沉舟"], tail="■",
        notes="**new:** last page of the cover story 储能下半场 (le04, le05): no headline on the page, title null. "
              "The first line goes on in mid-sentence, not indented. The crosshead is body; the pull quote, printed "
              "before the paragraph it repeats, is not (body in pieces). The end mark ■ run in at the end is "
              "excluded from last. **new:** the author bio after the story (label 作者简介, then 'NAME　post…') is "
              "not body and not a byline, but it names the story's writer on this page, so 陆沉舟 is the author "
              "(byline null).",
        paras=[
            "储能电站的生死。今年4月，岚江省出台新型储能容量补偿办法，对纳入规划的独立储能按有效容量给予补偿，标准为每年每千瓦165元，首批覆盖项目约600万千瓦。",
            Cross("从“建起来”到“用起来”"),
            "政策之外，企业也在找新的活法。澄川储能今年与三家数据中心签约，为其提供备用电源和需量管理服务；储能集成商衡岳新能则把目光投向海外，上半年出口订单同比增长近七成。",
            "“过去三年，行业解决的是‘有没有’的问题，接下来要解决‘好不好用’‘值不值钱’。”郜启明说。他算了一笔账：如果电站年循环次数能从目前的180次提高到300次，回收期可以缩短三年左右。",
            "多位受访人士认为，储能的下半场拼的不再是规模，而是调度、交易和安全管理的能力。“储能终究要回到它本来的位置：为电网解决问题，而不是为报表制造装机量。”一位业内资深人士说。",
        ])
    items = pg.render_body(a, indent="", end=1) + [("gap",)] + pg.render_body(a, start=1, end=4)
    pg.emit(a, items)
    pg.blank()
    pg.furniture(["“储能终究要回到它本来的", "位置：为电网解决问题，而", "不是为报表制造装机量。”"],
                 "pull quote repeated from the text (not body)")
    pg.blank()
    pg.body(a, start=4)
    pg.blank()
    pg.furniture(["作者简介"] + wrap("陆沉舟　本刊资深记者，长期关注能源、电力与公用事业领域。邮箱：luchenzhou@chfm.cn", 24),
                 "author bio (not body; names the writer)")
    pg.blank()
    pg.furniture(["记者手记"], "column label 记者手记")
    pg.blank()
    b = Article(
        "b", "电池舱里的“凉意”", section="记者手记", byline="陆沉舟", authors=["陆沉舟"],
        notes="Sidebar piece under the label 记者手记 (section), kind article (as the 记者手记 of earlier sets). Signed "
              "at its END by the right-aligned name (the byline, written without its leading U+3000s).",
        paras=[
            "八月的澄州湾，室外温度接近四十摄氏度。走进电池舱，一股凉意扑面而来：空调和液冷系统全天运转，要把电芯温度控制在25摄氏度上下。",
            "运维班长告诉我，夏天最怕的不是停电，而是温度报警。一座电站的安全，靠的是成千上万个传感器，也靠每天夜里巡检的人。装机量写在报表上，这些功夫却写不进去。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, right(b.byline, 24), "byline")
    pg.blank()
    pg.furniture([MAG + "　" + ISSUE + "　21"], "folio")
    return pg


# ---------------------------------------------------------------------------
def le07() -> Page:
    """观点 page: three columns, each under its column label, each naming its columnist differently (name and post
    on two lines under the headline; a ▲ photo caption with name and post ABOVE the headline; the name alone as
    the photo caption and the post in a line after the body)."""
    pg = Page("le07.txt", cols=26, indent=FW * 2, blanks="arts", seed=6107,
              style="观点 page, blank lines only between articles and blocks: running head 观点 OPINION; three columns: (1) label 衡言, headline, the columnist's photo caption as two lines NAME / post under it; (2) label 财富观察, a ▲ photo caption 'NAME　post' ABOVE the headline; (3) label 全球视野, the columnist's name ALONE (the photo caption) between the label and the headline, the post in a line （作者系…） after the body; folio with page number and magazine")
    pg.furniture(["观点　OPINION"], "running head (department name 观点)")
    pg.blank()
    pg.furniture(["衡言"], "column label 衡言")
    a = Article(
        "a", "温和复苏的成色", kind="commentary", section="衡言",
        byline="卢衡之　澄衡大学经济学院教授、本刊专栏作者", authors=["卢衡之"],
        notes="Signed column under the label 衡言 (section), kind commentary. The columnist's photo caption under the "
              "headline, on two lines NAME / post, is the byline (both lines); the columnist is the author.",
        paras=[
            "三季度过半，各项数据给出的信号大体一致：经济在恢复，但恢复得并不均衡。工业生产和出口好于预期，消费和民间投资仍显乏力。",
            "判断复苏的成色，不能只看增速，更要看结构。一是看收入，居民可支配收入增速能否重新跑赢名义增长；二是看预期，企业愿不愿意扩产、居民敢不敢花钱；三是看价格，物价能否走出低位徘徊。",
            "从这三个维度看，当下的复苏仍属“温和”。政策的着力点，恐怕要从稳投资更多转向稳收入、稳预期。",
        ])
    pg.headline(a)
    pg.line(a, "卢衡之", "byline")
    pg.line(a, "澄衡大学经济学院教授、本刊专栏作者", "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["财富观察"], "column label 财富观察")
    b = Article(
        "b", "利率下行周期里的家庭账本", kind="commentary", section="财富观察",
        byline="▲邵明远　泓川证券首席经济学家", authors=["邵明远"],
        notes="Column under the label 财富观察 (section), kind commentary. **new:** the columnist's photo caption "
              "(▲NAME　post) is printed ABOVE the headline; it is the byline, the columnist the author.",
        paras=[
            "存款利率一降再降，不少家庭开始重新打量自己的资产负债表。过去习惯把钱存进银行的人，如今在理财、基金和保险之间犹豫不决。",
            "我的建议是先看负债，再看资产。利率下行时，提前偿还高息贷款往往是“无风险收益”最高的选择；而在资产端，与其追逐短期收益，不如按用途把钱分成几份：要花的钱、保命的钱、生钱的钱，各自匹配不同期限和风险的产品。",
            "低利率不是洪水猛兽，它考验的是一个家庭的耐心和纪律。",
        ])
    pg.line(b, b.byline, "byline")
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["全球视野"], "column label 全球视野")
    c = Article(
        "c", "出海不是退路", kind="commentary", section="全球视野",
        byline="岑若谷", authors=["岑若谷"],
        notes="Column under the label 全球视野 (section), kind commentary. **new:** the columnist's photo caption is "
              "his name ALONE, printed between the label and the headline: it is the byline. The line "
              "（作者系北溟资本创始合伙人） after the body gives his post: neither body nor byline.",
        paras=[
            "这两年，“出海”成了企业家聚会上出现频率最高的词。有人把它看作新的增长空间，也有人把它当成国内竞争太激烈之后的退路。",
            "在我接触的案例里，把出海当退路的企业，大多走得不顺。海外市场有自己的规则、渠道和消费习惯，照搬国内打法往往水土不服；合规、税务、用工，每一项都是需要真金白银投入的“必修课”。",
            "出海不是换个地方卖货，而是换一种方式做企业。想清楚这一点，再出发不迟。",
        ])
    pg.line(c, c.byline, "byline")
    pg.headline(c)
    pg.body(c)
    pg.furniture(["（作者系北溟资本创始合伙人）"], "columnist's post after the body (not body)")
    pg.blank()
    pg.furniture(["30　" + MAG + "　" + ISSUE], "folio")
    return pg


# ---------------------------------------------------------------------------
def le08() -> Page:
    """公司 page: two short pieces: (1) label 公司观察, headline with a colon, ——副题, byline line 本刊记者 X　发自Y, a
    photo caption with 图片来源 between two paragraphs; (2) headline, byline line 文｜X, a quoted reply; a 公司数据
    figures box; folio."""
    pg = Page("le08.txt", cols=32, indent=FW, blanks="some", seed=6108, p_para=0.5, p_gap=0.8,
              style="公司 department page indented with ONE U+3000, blank lines sometimes: running head 公司 COMPANY + magazine; label 公司观察 over a piece with a headline holding a colon, ——副题, byline line 本刊记者 X　发自青樾, a photo caption with 图片来源｜ credit printed BETWEEN two paragraphs; second piece with byline line 文｜X under its headline; a 公司数据 figures box (three figures, each over a caption, 数据来源); folio")
    pg.furniture(["公司　COMPANY　　" + MAG], "running head (department name 公司)")
    pg.gap()
    pg.furniture(["公司观察"], "column label 公司观察")
    a = Article(
        "a", "青樾重工：挖掘机之外的第二条曲线", section="公司观察",
        subtitle="——一家工程机械龙头的电动化转身",
        byline="本刊记者　霍青禾　发自青樾", authors=["霍青禾"],
        notes="Company piece under the label 公司观察 (section); ——副题 is the subtitle; byline line "
              "本刊记者 X　发自青樾 (the 发自 place is part of the byline as printed). The photo caption with its "
              "图片来源｜ credit between two paragraphs is not body (body in pieces). The chairman quoted is not an "
              "author.",
        paras=[
            "在青樾重工的电动装载机总装车间，一台台刷着橙色涂装的整机正缓缓驶下产线。两年前，这里还是柴油机装配区。",
            "今年上半年，青樾重工实现营业收入186.4亿元，同比增长7.2%；其中电动化产品收入38.9亿元，增长61%，占比首次突破20%。在国内挖掘机需求仍处低位的背景下，电动装载机、矿用宽体车和港口机械成为公司新的增长点。",
            "“挖掘机是我们的根，但不能只守着根。”青樾重工董事长班立衡说。公司计划到2036年将电动化产品收入占比提高到40%，并在东南亚新建一座组装工厂。",
            "不过，电动工程机械价格比同类燃油产品高出三到五成，客户接受度仍需时间。公司正与多家融资租赁机构合作推出“以租代购”方案，以降低客户的一次性投入。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.gap()
    pg.furniture(["图｜青樾重工电动装载机总装线。图片来源｜受访企业"], "photo caption with credit (not body)")
    pg.gap()
    pg.body(a, start=2)
    pg.blank()
    b = Article(
        "b", "曜湾食品的“慢”生意", byline="文｜祁晚晴", authors=["祁晚晴"],
        notes="Second company piece: byline line 文｜X under the headline. The company's founder quoted is not an "
              "author.",
        paras=[
            "在追求“爆品”的休闲食品行业，曜湾食品显得有些慢：一款新品从立项到上市平均要18个月，比同行长出一倍。",
            "慢有慢的道理。公司上半年净利润2.3亿元，同比增长14%，毛利率保持在38%以上；复购率最高的三款产品，都已上市超过五年。“我们宁可少做几款，也要把每一款做到别人不容易替代。”创始人闵素衣在回复本刊采访时说。",
            "这种打法的代价是增长不够快。上半年，曜湾食品营收仅增长4.6%，低于行业平均水平。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["公司数据",
                  "186.4亿元",
                  FW + "青樾重工上半年营业收入",
                  "61%",
                  FW + "青樾重工电动化产品收入增速",
                  "38%",
                  FW + "曜湾食品上半年毛利率",
                  "数据来源：公司半年度报告"], "公司数据 figures box (not an article)")
    pg.blank()
    pg.furniture(["38　" + MAG_EN], "folio")
    return pg


PAGES = [le05, le06, le07, le08]
