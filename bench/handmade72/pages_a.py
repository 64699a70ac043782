"""Pages lp01-lp04 of handmade72 (development set; all magazines, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, Raw, wrap


def lines_as(pg: Page, a: Article, text: str, role: str, cols: float, first: str = "", rest: str = "") -> None:
    """A display block of an article that is not body (导语 standfirst, bio line), wrapped at cols."""
    for ln in wrap(text, cols, first, rest):
        pg.line(a, ln, role)


# ---------------------------------------------------------------------------
def lp01() -> Page:
    """澄观 biweekly, contents page: masthead, 目录 with page numbers (titles of the issue's articles, not
    articles), 卷首语 signed by the editor at its end, label 半月速览 over three ■ items."""
    pg = Page("lp01.txt", cols=30, indent=FW * 2, blanks="arts", seed=7201,
              style="business biweekly CONTENTS page, blank lines only between blocks: masthead on three lines (name, English name, date + 第14期（总第386期）); 目录 CONTENTS with sections, page numbers in front of the titles and a wrapped description line under the cover story (not articles); label 卷首语 over an editor's letter signed at its END by the right-aligned line 本刊主编　X; label 半月速览 over three ■ items (one signed （本刊记者 X） run in at the end); running foot with issue and page number")
    pg.furniture(["澄　观",
                  "CHENGGUAN BIWEEKLY",
                  "2034年7月25日出版　第14期（总第386期）"], "masthead")
    pg.blank()
    pg.furniture(["目录 CONTENTS",
                  "",
                  "封面故事 COVER STORY",
                  "13　县域消费的新账本",
                  "　　大城市商场客流见顶之后，县城的超市、影",
                  "　　院和奶茶店正在改写中国消费的版图",
                  "16　评论｜县域商业要补的不只是货架",
                  "17　延伸｜冷链下乡：最贵的一公里",
                  "",
                  "对话 DIALOGUE",
                  "28　冼沐阳：冷链不是成本，是入场券",
                  "",
                  "专栏 COLUMNS",
                  "34　岑望舒｜利率下行周期的资产负债表",
                  "36　卜怀远｜被低估的二手经济",
                  "",
                  "书评 BOOKS",
                  "40　在一本账里读懂一座城",
                  "",
                  "数据 DATA",
                  "44　上半年居民消费支出结构"], "目录 contents (titles with page numbers; not articles)")
    pg.blank()
    pg.furniture(["卷首语"], "column label 卷首语")
    a = Article(
        "a", "在慢变量里寻找确定性", section="卷首语", kind="commentary",
        byline="本刊主编　郦晚亭", authors=["郦晚亭"],
        notes="**new** 卷首语 (editor's letter) under its label (section): kind commentary. Signed at its END by the "
              "right-aligned line 本刊主编 X (written without its leading U+3000s), the byline; the editor who signs it "
              "is its author (unlike 本刊评论员, which names no one).",
        paras=[
            "做这一期封面故事时，编辑部争论了很久：县城消费到底是一个被夸大的热点，还是一个被低估的趋势？",
            "记者们在三个省份的七个县城待了近一个月。他们看到的，不是某一个爆款门店，而是一些更慢、更不起眼的变化：冷链车开进了乡镇，快递网点从“能到”变成“准时到”，年轻人返乡后把城市里的消费习惯也一起带了回来。",
            "这些变化单看都不惊人，合在一起，却可能决定未来十年消费增长的底色。在增长放缓、预期波动的年份，与其追逐热闹的快变量，不如多花些力气，去理解那些慢变量。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, FW * 20 + a.byline, "byline")
    pg.blank()
    pg.furniture(["半月速览"], "column label 半月速览")
    b1 = Article("b1", "澄江港上半年集装箱吞吐量增长11%", section="半月速览",
                 notes="Item of the 半月速览 strip: the ■ before the headline is a mark, not part of the title. No credit: "
                       "no authors.",
                 paras=["澄江港务集团日前披露，上半年澄江港完成集装箱吞吐量1286万标准箱，同比增长11.2%，其中外贸航线增长14.6%。新开通的两条近洋航线贡献了约三成增量。"])
    b2 = Article("b2", "两部门发文支持县域商业体系建设", section="半月速览",
                 byline="（本刊记者　闻溪）", authors=["闻溪"], tail="（本刊记者　闻溪）",
                 notes="Item of the 半月速览 strip: the credit （本刊记者 X） run in at the end is the byline, excluded "
                       "from last.",
                 paras=["两部门近日联合印发通知，提出到2036年底前，支持建设县级物流配送中心600个、乡镇商贸中心3000个，并对冷链设施建设给予贷款贴息。"])
    b3 = Article("b3", "北岚乳业拟赴港上市", section="半月速览",
                 notes="Item of the 半月速览 strip, no credit: no authors.",
                 paras=["北岚乳业7月18日向港交所递交上市申请。招股书显示，公司2033年营收86.4亿元，净利润5.1亿元，低温奶业务收入占比升至41%。"])
    for art in (b1, b2, b3):
        pg.headline(art, lines=["■" + art.title])
        pg.body(art)
    pg.blank()
    pg.furniture(["澄观　2034年第14期　1"], "running foot")
    return pg


# ---------------------------------------------------------------------------
def lp02() -> Page:
    """澄观, spread pp.12-13: left page the last two 商业速览 items; running foot and the right page's running head
    between them and the cover story opener (label, headline on two lines, 导语 standfirst, byline 撰文：…　编辑：…,
    crossheads, a pull quote); the cover story runs on (its text breaks off mid-sentence)."""
    pg = Page("lp02.txt", cols=22, indent=FW * 2, blanks="para", seed=7202,
              style="business biweekly, a SPREAD (pp.12-13) in a narrow column, blank lines between paragraphs and blocks: running head of p.12; label 商业速览 over two ◆ items signed （本刊记者 X） run in at the end; running foot 12 and running head 封面故事 COVER STORY of p.13 in the middle; cover story opener: label 封面故事, headline on two lines, 导语 standfirst without indent, byline line 撰文：本刊记者 X　实习记者 Y　编辑：Z, crossheads, a pull quote repeated from the text; the text breaks off mid-sentence at the foot (continued on the next page); running foot 13")
    pg.furniture(["CHENGGUAN　澄观　2034年第14期"], "running head of p.12")
    pg.blank()
    pg.furniture(["商业速览"], "column label 商业速览")
    pg.blank()
    a1 = Article("a1", "汀州数字人民币试点扩至全市公交", section="商业速览",
                 byline="（本刊记者　杭慕之）", authors=["杭慕之"], tail="（本刊记者　杭慕之）",
                 notes="Item of the 商业速览 strip on the left page of the spread: the ◆ is a mark; the credit run in at "
                       "the end is the byline, excluded from last.",
                 paras=["自8月1日起，汀州市1260条公交线路全部支持数字人民币“碰一碰”支付。试点两年来，当地数字人民币钱包开立数已超过410万个，覆盖超市、菜场、停车等9类场景。"])
    a2 = Article("a2", "望川银行上半年不良率降至1.21%", section="商业速览",
                 byline="（本刊记者　杭慕之）", authors=["杭慕之"], tail="（本刊记者　杭慕之）",
                 notes="Item of the 商业速览 strip, credit run in at the end (byline, excluded from last).",
                 paras=["望川银行半年报显示，截至6月末该行不良贷款率为1.21%，较年初下降0.06个百分点；个人经营贷余额增长18%，其中县域客户占比首次超过一半。"])
    for art in (a1, a2):
        pg.headline(art, lines=["◆" + art.title])
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["12　澄观", "", "封面故事　COVER STORY"], "running foot of p.12 and running head of p.13")
    pg.blank()
    pg.furniture(["封面故事"], "column label 封面故事")
    b = Article(
        "b", "县域消费的新账本", head=["县域消费的", "新账本"], section="封面故事",
        byline="撰文：本刊记者　甘露白　实习记者　柯一苇　编辑：韦青禾", authors=["甘露白", "柯一苇"],
        notes="**new** Cover story opener (封面故事, section). Headline on two lines, joined. The 导语 standfirst "
              "printed between headline and byline (unindented) is display text, not body (neither title nor "
              "subtitle). Byline 撰文：本刊记者 X　实习记者 Y　编辑：Z: the two writers are authors, the editor is not. "
              "The crossheads and the pull quote (a sentence of the text repeated, set narrower) are body lines. The "
              "story runs on to the next page: the body ends mid-sentence at the foot of p.13. The shop owners and "
              "the analyst quoted are not authors.",
        paras=[
            "早上七点半，南屿县城东的鲜丰超市还没开门，门口已经排起了二十多人的队。这天是每周二的“会员日”，鸡蛋、牛奶和冷冻水饺打八五折。",
            "“以前这种队只在过年前才见得到。”店长鄢小棠说。这家面积不到两千平方米的超市，去年销售额做到了4600万元，比三年前翻了一番。",
            Cross("县城的周末"),
            "类似的场景，正在越来越多的县城出现。据本刊对三个省份七个县的走访，县城超市的客单价普遍在80元到120元之间，与省会城市社区超市相差已不到两成。",
            Quote("县城消费者并不是“便宜就行”，他们对品质的要求提高得比我们想象的快。"),
            "“县城消费者并不是‘便宜就行’，他们对品质的要求提高得比我们想象的快。”长期跟踪县域零售的分析师蓝知远说。他的团队测算，2033年全国县域社会消费品零售总额中，有超过四成来自“品质型”商品，而这一比例在五年前还不",
        ])
    pg.headline(b)
    lines_as(pg, b, "大城市的商场客流见顶之后，县城的超市、影院和奶茶店正在悄悄改写中国消费的版图。这是一本更细碎、也更有韧性的新账本。", "standfirst", 22)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["澄观　2034.14　13"], "running foot of p.13")
    return pg


# ---------------------------------------------------------------------------
def lp03() -> Page:
    """澄观 p.14: the cover story's text runs on (no headline on this page; the running head repeats its title), cut
    in two by a sidebar box with its own title (label 【链接】); a pull quote; a second box (label 样本) with its own byline at
    the foot; the story breaks off mid-sentence again."""
    pg = Page("lp03.txt", cols=24, indent=FW, blanks="some", colbreak=14, seed=7203, p_para=0.4, p_gap=0.8,
              style="business biweekly, cover story p.14 indented with ONE U+3000, blank lines sometimes plus column breaks (every 14 body lines, also inside paragraphs): running head 封面故事｜+ the story's title (furniture); the cover story's text runs on from the previous page (starts mid-sentence, flush, no headline) with a crosshead and a pull quote, cut in two by a sidebar box (label 【链接】, its own title, text and its source line （资料来源：…） (an article); a second box (label 样本, title, byline line 文｜X; an article); the story breaks off mid-sentence; running foot 14 with the magazine's web address")
    pg.furniture(["封面故事｜县域消费的新账本"], "running head (repeats the cover story's title)")
    pg.blank()
    a = Article(
        "a", None, section="封面故事",
        notes="**new** Continuation of the cover story begun on the previous page (lp02): no headline printed on this "
              "page (the running head 封面故事｜县域消费的新账本 is furniture), so title null, no byline on this page, no "
              "authors. The body starts mid-sentence and breaks off mid-sentence at the foot. The 链接 box printed "
              "between two of its paragraphs is another article (body in pieces); the crosshead and the pull quote "
              "are body lines.",
        paras=[
            Raw(["到两成。"]),
            "支撑这种变化的，首先是物流。过去三年，南屿县所在的地级市新建了4个县级冷链配送中心，生鲜从产地到货架的时间由两天缩短到12小时以内，损耗率从15%降到6%左右。",
            Cross("“小而美”的生意"),
            "供应链的改善，让一批“小而美”的业态有了生存空间。在东岙县，一家只有12张桌子的精酿酒馆，开业一年就收回了投资；县城唯一的独立书店，靠咖啡和亲子活动实现了盈利。",
            Quote("县城的消费不是大城市的缩小版，它有自己的节奏。"),
            "“县城的消费不是大城市的缩小版，它有自己的节奏。”东岙县商务局局长范青岩说，县城居民时间更宽裕、通勤更短，晚上八点以后的消费占比明显高于城市。",
            "但并不是所有人都赚到了钱。记者走访发现，过去两年，仅东岙县城就关掉了30多家奶茶和烘焙门店，多为加盟品牌。一位不愿具名的加盟商算了一笔账：房租虽只有省城的三分之一，可客流也只有",
        ])
    pg.gap()
    pg.body(a, end=4)
    pg.gap()
    s = Article(
        "s", "县域商业三年行动", section="链接",
        notes="**new** Sidebar box of the cover story with its own title, printed inside the story's text: an "
              "article. The box label 【链接】 on the line above its title is the section. The source line （资料来源：…本刊整理） after it is neither "
              "body nor byline: no authors.",
        paras=["2034年起实施的县域商业建设三年行动提出，到2036年，全国90%以上的县要建成县级物流配送中心，乡镇商贸中心覆盖率达到80%，农村快递“村村通”基本实现。中央财政每年安排专项资金支持县域商业网点改造，重点补齐冷链、仓储等短板。"])
    pg.furniture(["【链接】"], "box label 链接")
    pg.headline(s)
    pg.body(s)
    pg.line(s, "（资料来源：公开信息，本刊整理）", "source")
    pg.gap()
    pg.body(a, start=4)
    pg.gap()
    t = Article(
        "t", "返乡开超市的“90后”", section="样本",
        byline="文｜柯一苇", authors=["柯一苇"],
        notes="**new** Second box of the cover story, with its own title (the label 样本 on the line above is the section) and its "
              "own byline line 文｜X: an article; the writer is the author. The owner profiled (岑晓芒) is not.",
        paras=[
            "2031年，在省城做了五年电商运营的岑晓芒回到老家西泖镇，把父母经营了二十年的小卖部改成了一家三百平方米的社区超市。",
            "她做的第一件事，是把进货渠道从批发市场换成了区域配送中心，又在店里装了电子价签和自助收银。如今超市日均客流七百多人，线上订单占到三成。“镇上的人也想买到和城里一样的东西，只是以前没人送过来。”她说。",
        ])
    pg.furniture(["样本"], "box label 样本")
    pg.headline(t)
    pg.line(t, t.byline, "byline")
    pg.gap()
    pg.body(t)
    pg.gap()
    pg.furniture(["14　CHENGGUAN　www.chengguan-mag.cn"], "running foot of p.14")
    return pg


# ---------------------------------------------------------------------------
def lp04() -> Page:
    """澄观 pp.16-17, NO blank line anywhere: the cover story's last part (no headline, ends with the end mark ■ and
    a contribution line), a 数读 chart box, label 封面故事·评论 over a comment by 本刊评论员, label 延伸阅读 over an article."""
    pg = Page("lp04.txt", cols=26, indent="  ", blanks="never", seed=7204,
              style="business biweekly, cover story pp.16-17, indented with two ASCII spaces, NO blank line anywhere: running head; the cover story's last part (starts mid-sentence, no headline, a crosshead, ends with the end mark ■ run in, then a line （实习记者 X 对本文亦有贡献）); a 数读 chart box (title, bars flattened to figures, 注 and 数据来源 lines); running foot 16 and running head of p.17; label 封面故事·评论 over a comment with byline line 本刊评论员; label 延伸阅读 over an article with byline line 文｜本刊记者 X; running foot 17")
    pg.furniture(["澄观 CHENGGUAN｜封面故事"], "running head of p.16")
    a = Article(
        "a", None, section="封面故事", tail="■",
        notes="**new** Last part of the cover story begun on lp02: no headline on this page, title null, no byline "
              "here, no authors. Starts mid-sentence. The end mark ■ run in at the end is excluded from last; the "
              "line （实习记者 X 对本文亦有贡献） after it is neither body nor byline (the contributor is an author on "
              "the opener's byline, not of this page's piece).",
        paras=[
            Raw(["一半，“算下来，一杯奶茶的毛利还不够付加盟费”。"]),
            Cross("下一站在哪里"),
            "多位受访者认为，县域消费的下一步，取决于能否把“流量”变成“留量”。在人口持续外流的县，单纯复制城市业态难以为继；而在产业基础较好、人口回流的县，服务消费的空间仍然很大。",
            "南屿县今年已把养老、托育和家政纳入县域商业规划。鄢小棠也在盘算，明年在超市二楼开一家社区食堂。“县城的生意，说到底是熟人生意，”她说，“你得先让大家愿意天天来。”",
        ])
    pg.body(a)
    pg.line(a, "（实习记者柯一苇对本文亦有贡献）", "credit")
    pg.furniture(["数读｜县城消费者把钱花在哪里",
                  "（2033年县域居民人均消费支出构成，%）",
                  "食品烟酒　　　　　29.6",
                  "居住　　　　　　　21.3",
                  "交通通信　　　　　13.8",
                  "教育文化娱乐　　　11.2",
                  "医疗保健　　　　　9.7",
                  "其他　　　　　　　14.4",
                  "注：按可比口径计算，合计可能不等于100。",
                  "数据来源：本刊根据公开统计资料整理"], "数读 chart box (not an article)")
    pg.furniture(["16　澄观　2034年第14期", "封面故事 COVER STORY　17"], "running foot of p.16 and running head of p.17")
    pg.furniture(["封面故事·评论"], "column label 封面故事·评论")
    b = Article(
        "b", "县域商业要补的不只是货架", section="封面故事·评论", kind="commentary",
        byline="本刊评论员",
        notes="Comment of the cover story package under the label 封面故事·评论 (section); byline line 本刊评论员 "
              "names no one: no authors. Kind commentary.",
        paras=[
            "县域商业的短板，常被归结为“货不够好、店不够多”。但本期封面故事的采访表明，真正稀缺的，往往是那些看不见的基础设施：一条稳定的冷链，一个准时的配送网络，一套让小商户也用得起的数字工具。",
            "补货架容易，补体系难。地方政府在招引商业项目时，与其比拼综合体的面积，不如多算一算配送半径和运营成本。县城商业的可持续，最终要靠本地居民的收入和就业来支撑。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "冷链下乡：最贵的一公里", section="延伸阅读",
        byline="文｜本刊记者　甘露白", authors=["甘露白"],
        notes="Related article of the cover story package under the label 延伸阅读 (section; the contents page lists it "
              "as 延伸｜…), byline line 文｜本刊记者 X (the reporter is the author). The logistics manager quoted is not.",
        paras=[
            "在西泖镇，一辆冷藏车每天早上六点从县配送中心出发，沿途停靠11个村级网点，全程不到90公里，却要开上将近五个小时。",
            "“最贵的不是车，是最后这一公里。”负责这条线路的物流公司经理廖北辰说，村里订单分散、单量小，一车货的配送成本是县城的三倍。为了摊薄成本，公司开始与邮政、供销社共用车辆和网点，今年以来单票成本下降了近两成。",
        ])
    pg.furniture(["延伸阅读"], "column label 延伸阅读")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["CHENGGUAN　17"], "running foot of p.17")
    return pg


PAGES = [lp01, lp02, lp03, lp04]
