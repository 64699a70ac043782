"""Pages le01-le04 of handmade61 (development set): the cover, the contents, the 卷首语 and the cover story's opening
spread of ONE invented monthly economic magazine issue, 澄衡财经 2034年第9期 (all names, firms, places and figures
invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, wrap

MAG = "澄衡财经"
MAG_EN = "CHENGHENG FINANCE MONTHLY"
ISSUE = "2034年第9期"


def right(text: str, cols: int) -> str:
    """A line set flush right in a column of `cols` full-width characters."""
    return FW * max(0, cols - len(text)) + text


# ---------------------------------------------------------------------------
def le01() -> Page:
    """Cover: 刊名, English name, 期号 line, cover story lines and four more cover lines with page numbers,
    publisher, ISSN / CN, price, barcode digits. No article."""
    pg = Page("le01.txt", cols=24, indent="", blanks="arts", seed=6101,
              style="COVER of the monthly, blank lines only between blocks: 刊名 + English name + 期号 line (年/期/总期) + 出版 date; the cover story's cover lines (label 封面故事, big line, a question line); four more ◆ cover lines each with its page number P30…; publisher, ISSN and CN, price, barcode digits; no article at all")
    pg.furniture([MAG, MAG_EN, ISSUE + "　总第213期", "2034年9月5日出版"], "masthead: 刊名, English name, 期号, date")
    pg.blank()
    pg.furniture(["封面故事", "储能下半场", "谁在为电网的“充电宝”买单？"],
                 "cover lines of the cover story (not an article: it is on page 18)")
    pg.blank()
    pg.furniture(["◆ 温和复苏的成色　P30",
                  "◆ 青樾重工：挖掘机之外的第二条曲线　P38",
                  "◆ 八月制造业景气连升三月　P46",
                  "◆ 在账本里读懂一座城　P58"], "cover lines with page numbers (not articles)")
    pg.blank()
    pg.furniture(["澄衡财经杂志社　出版",
                  "ISSN 2958-0417　CN 47-1186/F",
                  "定价：20.00元",
                  "9 772958 041342 09"], "publisher, ISSN/CN, price, barcode")
    return pg


# ---------------------------------------------------------------------------
def le02() -> Page:
    """Contents page (目录): department names with English names, entries with page numbers, titles, summary lines and
    writers; the imprint (主管, 主办, 社长, 总编辑, editors, address, phone). No article."""
    pg = Page("le02.txt", cols=40, indent="", blanks="arts", seed=6102,
              style="CONTENTS page (目录) in a wide column, NO indent, blank lines only between blocks: running head 目录 CONTENTS + magazine and issue; six department names with English names (卷首语, 封面故事 COVER STORY, 观点 OPINION, 公司 COMPANY, 数据 DATA, 书评 BOOKS, 编读往来 LETTERS), each over entries 'page number　title　writer', the cover story entry with a two-line summary and a 文｜ credit; imprint block (主管, 主办, 社长, 总编辑, 副总编辑, 编辑, 美术编辑, address, phone, 邮发代号); folio; no article")
    pg.furniture(["目录　CONTENTS", MAG + "　" + ISSUE + "　总第213期"], "running head")
    pg.blank()
    pg.furniture(["卷首语", "5　储能的账，终究要算清楚　沈砚舟"], "contents: 卷首语")
    pg.blank()
    pg.furniture(["封面故事　COVER STORY", "18　储能下半场"]
                 + wrap("新型储能装机三年翻了两番，“建而不用”与收益难测的老问题却仍未解开。当补贴退坡、电价放开，谁在为电网的“充电宝”买单？", 40)
                 + ["文｜陆沉舟"], "contents: 封面故事 with summary")
    pg.blank()
    pg.furniture(["观点　OPINION",
                  "30　温和复苏的成色　卢衡之",
                  "30　利率下行周期里的家庭账本　邵明远",
                  "30　出海不是退路　岑若谷"], "contents: 观点")
    pg.blank()
    pg.furniture(["公司　COMPANY",
                  "38　青樾重工：挖掘机之外的第二条曲线　霍青禾",
                  "38　曜湾食品的“慢”生意　祁晚晴"], "contents: 公司")
    pg.blank()
    pg.furniture(["数据　DATA", "46　八月制造业景气连升三月", "46　居民消费价格温和回升"], "contents: 数据")
    pg.blank()
    pg.furniture(["书评　BOOKS", "58　在账本里读懂一座城　闻静川", "58　新书架"], "contents: 书评")
    pg.blank()
    pg.furniture(["编读往来　LETTERS", "64　读者来信"], "contents: 编读往来")
    pg.blank()
    pg.furniture(["主管：岚江省出版传媒集团　主办：澄衡财经杂志社",
                  "社长：鲁望川　总编辑：沈砚舟　副总编辑：韩素秋",
                  "编辑：陆沉舟　霍青禾　祁晚晴　俞知白　美术编辑：梁一苇",
                  "地址：澄州市湾南区临江路188号　邮编：471020",
                  "编辑部电话：0471-8620××××　邮发代号：46-218"], "imprint (版权页)")
    pg.blank()
    pg.furniture(["2　" + MAG_EN], "folio")
    return pg


# ---------------------------------------------------------------------------
def le03() -> Page:
    """卷首语: the editor's essay signed at its end (right-aligned 本刊总编辑 X, then a date-and-place line)."""
    pg = Page("le03.txt", cols=22, indent=FW * 2, blanks="never", seed=6103,
              style="卷首语 page in a narrow column, NO blank line anywhere: running head 卷首语 EDITOR'S NOTE; headline; the editor's essay signed at its END by a right-aligned line 本刊总编辑　X, then a right-aligned line with date and place; folio line with page number, magazine and issue")
    pg.furniture(["卷首语　EDITOR'S NOTE"], "running head (department name 卷首语)")
    a = Article(
        "a", "储能的账，终究要算清楚", kind="commentary", section="卷首语",
        byline="本刊总编辑　沈砚舟", authors=["沈砚舟"],
        notes="The editor's essay (卷首语): kind commentary (an opinion essay signed by the editor-in-chief). Section "
              "卷首语 from the running head (department name). Signed at its END by the right-aligned line "
              "本刊总编辑　X (the byline, written without its leading U+3000s; the editor who signs his own essay is "
              "its author). The right-aligned date-and-place line after it is neither body nor byline.",
        paras=[
            "每一轮产业热潮，都会留下两样东西：一样是装机量、产能、融资额这些漂亮的数字，另一样是迟早要算清楚的账。",
            "新型储能正走到这样一个关口。三年间，全国装机规模翻了两番，许多地方把它写进了政府工作报告，也写进了新能源项目的并网条件。可当我们的记者走进一座座电站，看到的却是另一幅图景：有的电池舱一年只充放几十次，有的项目收益全靠一纸租赁协议，还有的业主至今说不清自己的电站到底是资产还是负担。",
            "这并不意味着储能是一场泡沫。电网需要灵活性，新能源需要调节能力，这个方向没有错。错的是把“建起来”当成了终点。本期封面故事试图回答的，正是终点之后的问题：谁来用、怎么用、用了以后钱从哪里来。",
            "账算清楚了，行业才能走得远。这句话对储能适用，对很多正在热起来的行业也适用。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, right(a.byline, 22), "byline")
    pg.furniture([right("2034年8月20日于澄州", 22)], "date and place under the signature")
    pg.furniture(["5　" + MAG + "　" + ISSUE], "folio")
    return pg


# ---------------------------------------------------------------------------
def le04() -> Page:
    """Cover story opening spread (pages 18-19): left page with running head, letter-spaced headline, deck
    (standfirst), 文｜X　编辑｜Y credit line and a photo caption, folio 18; right page with running head, the body
    opening with a drop cap, a crosshead, and the text breaking off in mid-sentence; folio 19."""
    pg = Page("le04.txt", cols=30, indent=FW * 2, blanks="para", seed=6104,
              style="cover story OPENING SPREAD (pages 18-19), blank lines between paragraphs and blocks: left page: running head 封面故事｜COVER STORY, headline letter-spaced with U+3000 (储　能　下　半　场), a two-line deck (standfirst), the credit line 文｜本刊记者 X　　编辑｜Y, a photo caption with 摄影｜ credit, folio 18 + magazine; right page: running head, the body opening with a DROP CAP (its first character alone on a line), a crosshead, the text breaking off in MID-SENTENCE at the foot of the page (continued on le05); folio")
    pg.furniture(["封面故事｜COVER STORY"], "running head (department name 封面故事)")
    pg.blank()
    a = Article(
        "a", "储能下半场", section="封面故事",
        subtitle="新型储能装机三年翻了两番，“建而不用”与收益难测的老问题却仍未解开。当补贴退坡、电价放开，谁在为电网的“充电宝”买单？",
        byline="文｜本刊记者　陆沉舟　　编辑｜韩素秋", authors=["陆沉舟"],
        notes="Cover story, opening spread. Headline letter-spaced with U+3000, written unspaced. **new:** the deck "
              "(standfirst) under the headline, two lines, is the subtitle, not body. The credit line 文｜X　编辑｜Y is "
              "the byline as printed; only the writer (文｜) is an author, never the editor (编辑｜韩素秋). The photo "
              "caption with its 摄影｜ credit and the folio 18 between the left and the right page are not body. "
              "**new:** the body opens with a DROP CAP: its first character 夏 stands alone on a line and is body "
              "(first starts with it). The body breaks off in mid-sentence at the foot of page 19 and goes on on "
              "page 20 (le05); on this page it is an article of its own ending with the broken sentence.",
        paras=[
            "夏末的澄州湾，傍晚六点，电网负荷曲线开始陡峭地爬升。湾畔一座占地四十亩的储能电站里，两百多个白色电池舱同时切换到放电模式，十分钟内向电网送出十万千瓦电力，相当于这座城市晚高峰用电的一成。",
            "这是澄川储能运营的第三座独立储能电站。三年前，它所在的位置还是一片闲置的滩涂。“那时候大家抢着建，考核的就是装机量，”澄川储能副总经理郜启明说，“现在没人再问你装了多少，只问你一年能跑多少个循环、挣回多少钱。”",
            Cross("装机狂飙之后"),
            "数据显示，截至2034年6月底，全国新型储能累计装机规模达到2.86亿千瓦，是2031年底的4.1倍。岚江、曜湾等省份一度要求新能源项目按不低于20%的比例配建储能，大批项目在短时间内集中并网。",
            "然而，装机的狂飙并没有自动变成收益。一份针对140座电站的行业调研显示，2033年新能源配建储能的平均等效利用小时数仅为",
        ])
    pg.headline(a, sep=FW)
    pg.gap()
    for ln in wrap(a.subtitle, 30):
        pg.line(a, ln, "subtitle")
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.blank()
    pg.furniture(wrap("图｜傍晚时分，澄州湾畔一座独立储能电站的电池舱进入放电状态。摄影｜滕远", 30),
                 "photo caption with 摄影｜ credit (not body)")
    pg.blank()
    pg.furniture(["18　" + MAG + "　" + MAG_EN], "folio of the left page")
    pg.blank()
    pg.furniture(["COVER STORY　封面故事"], "running head of the right page")
    pg.blank()
    first = a.paras[0]
    items = [("line", first[0], set())] + [("line", ln, set()) for ln in wrap(first[1:], 30)]
    items += [("gap",)] + pg.render_body(a, start=1)
    pg.emit(a, items)
    pg.blank()
    pg.furniture([ISSUE + "　19"], "folio of the right page")
    return pg


PAGES = [le01, le02, le03, le04]
