"""Pages lj09-lj12 of handmade66 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

import datetime

from layout import FW, Article, Page


def zd(y: int, m: int, d: int) -> str:
    """2033年4月5日（星期二）, the weekday computed, never typed."""
    return f"{y}年{m}月{d}日（星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()] + "）"


def wd(y: int, m: int, d: int) -> str:
    """星期二 (computed)."""
    return "星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()]


# ---------------------------------------------------------------------------
def lj09() -> Page:
    """Business weekly page in a very narrow column, NO indent, column breaks: SME story with a two-line headline
    and byline line 文／X; label 财经简讯 over two items with 【】 run-in headlines; label 创业札记 over a column
    with byline line ■专栏作者：X."""
    pg = Page("lj09.txt", cols=16, indent="", blanks="para", colbreak=10, seed=6609,
              style="SEA business weekly 中小企业 page in a very narrow column, NO indent, blank lines between paragraphs and blocks plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on three lines (paper; date with weekday in brackets; 第6版 + 中小企业); SME story with a headline on two lines and byline line 文／X (English names); label 财经简讯 over two items whose headlines are run in at the start of their text in 【】, the second signed （X） at the end; label 创业札记 over a column with byline line ■专栏作者：X; footer wider than the column")
    pg.furniture(["峇都湾商业周报",
                  zd(2033, 4, 13),
                  "第6版　中小企业"], "page header")
    pg.blank()
    a = Article(
        "a", "老字号酱园搭上电商快车", head=["老字号酱园", "搭上电商快车"],
        byline="文／吴佩珊", authors=["吴佩珊"],
        notes="Headline on two lines (joined). Byline line 文／X (the writer is the author). The owner quoted "
              "(Alvin Koh 许文达) is not. Column breaks put blank lines inside paragraphs.",
        paras=[
            "创立于1952年的“福源酱园”，过去只在峇都湾老街一间店面售卖酱油和腐乳。第三代传人许文达（Alvin Koh）接手后，把产品搬上网络平台，去年网上销售额突破80万令吉，占总营业额近一半。",
            "许文达说，老顾客多是住在附近的长辈，年轻人则喜欢在网上下单，“我们把传统的晒油工序拍成短视频，反而吸引了很多外地客”。",
            "今年，酱园计划推出小瓶装礼盒，并争取进入邻国的超市。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["财经简讯"], "column label 财经简讯")
    pg.blank()
    b1 = Article("b1", "中小企博览会下月举行", section="财经简讯", lead="【中小企博览会下月举行】",
                 notes="Item of the 财经简讯 strip whose headline is run in at the start of its text in 【】: "
                       "title_line is the first body line; the bracketed headline is excluded from first. No "
                       "credit: no authors.",
                 paras=["第八届峇都湾中小企博览会将于5月20日至22日在州会展中心举行，预计有350家企业参展。"])
    b2 = Article("b2", "州政府推出微型贷款", section="财经简讯", lead="【州政府推出微型贷款】",
                 byline="（黄秀凤）", authors=["黄秀凤"], tail="（黄秀凤）",
                 notes="Item of the 财经简讯 strip with the headline run in in 【】 (excluded from first) and the "
                       "credit （X） run in at the end (the byline, excluded from last; the writer is the author).",
                 paras=["州政府拨出1500万令吉设立微型贷款计划，小贩及家庭式业者可申请最高5万令吉、年利率3%的贷款。"])
    for art in (b1, b2):
        pg.body(art, head_role=True)
        pg.gap()
    pg.furniture(["创业札记"], "column label 创业札记")
    c = Article(
        "c", "第一家店要开在哪里", section="创业札记", kind="commentary",
        byline="■专栏作者：陈嘉豪", authors=["陈嘉豪"],
        notes="Column under the label 创业札记 (section), byline line ■专栏作者：X: the columnist is the author. "
              "Kind commentary.",
        paras=[
            "常有年轻人问我，开第一家咖啡店，是选租金便宜的老街，还是人流多的购物中心？",
            "我的答案是：先别看租金，先看你的客人在哪里。我的第一家店开在学院附近，租金不低，但学生和讲师天天光顾，三个月就回本。",
            "选址错了，再好的咖啡也救不回来。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：温丽华　　投稿：sme@btweekly.my"], "footer wider than the column")
    return pg


# ---------------------------------------------------------------------------
def lj10() -> Page:
    """Daily 财经 page: lead with a letter-spaced headline, ——副题 and byline line ●报道：X　●摄影：Y; palm-oil report
    with run-in （巴拉港14日讯） and a futures table printed between its paragraphs; photo news (brief) with a credit
    line after its caption; label 企业动态 over two ■ items."""
    pg = Page("lj10.txt", cols=32, indent=FW * 2, blanks="some", seed=6610, p_para=0.5, p_gap=0.8,
              style="Malaysian-style daily 财经 page, blank lines sometimes: header on two lines (paper with English name; date with weekday in brackets + 第B2版 + 财经); lead with its headline letter-spaced with single ASCII spaces, ——副题 and byline line ●报道：X　●摄影：Y; palm-oil market report with run-in （巴拉港14日讯） and a futures table printed BETWEEN two paragraphs; photo news (brief): headline, caption text, credit line （摄影：X） after it; label 企业动态 over two ■ items, one with run-in （本报讯）; 订阅热线 footer")
    pg.furniture(["光岸日报　KWANG NGAN DAILY",
                  zd(2033, 4, 15) + "　第B2版　财经"], "page header")
    pg.blank()
    a = Article(
        "a", "星光置业首季销售额创新高",
        subtitle="——新推项目认购率达八成",
        byline="●报道：郭伟强　●摄影：梁家辉", authors=["郭伟强"],
        notes="Lead whose headline is letter-spaced with single ASCII spaces (written unspaced). ——副题 is the "
              "subtitle. Byline line ●报道：X　●摄影：Y: only the reporter is an author, not the photographer. The "
              "CEO quoted (蔡永康 Chua Yong Kang) is not.",
        paras=[
            "星光置业（SKPROP，8206）今年首季录得新房产销售额6亿2400万令吉，按年增长31%，创下单季新高。集团首席执行员蔡永康（Chua Yong Kang）说，3月推出的“光岸湾畔”公寓项目认购率已达八成，买家多为首次购屋的年轻家庭。",
            "他表示，集团今年的销售目标维持在22亿令吉，手上未入账销售额约为31亿令吉，足以支撑未来两年的盈利。集团也计划在巴拉港推出一个总值约8亿令吉的工业园项目。",
            "星光置业股价昨日起2仙，收于1.07令吉。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "原棕油期货连跌三天",
        byline="（巴拉港14日讯）", authors=[], lead="（巴拉港14日讯）",
        notes="Run-in （巴拉港14日讯） is the byline, excluded from first; no authors. The futures table printed "
              "between its paragraphs is not body (body in pieces). The trader quoted is not an author.",
        paras=[
            "原棕油期货今日连续第三天下跌，指标6月合约收低42令吉，报每公吨4126令吉。交易员指出，出口数据疲弱以及豆油价格回落，拖累棕油期货走低。",
            "一名期货交易员说，市场预期4月份棕油库存将回升至180万公吨以上，短期内价格可能进一步下探4000令吉关口。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b, end=1)
    pg.furniture(["原棕油期货（令吉／公吨）",
                  "合约　　收市　　起落",
                  "5月　　4185　　-38",
                  "6月　　4126　　-42",
                  "7月　　4078　　-45"], "futures table printed between two paragraphs of the report (not body)")
    pg.body(b, start=1)
    pg.gap()
    c = Article(
        "c", "新兰商团访问光岸", kind="brief",
        byline="（摄影：梁家辉）", authors=["梁家辉"],
        notes="Photo news (brief): headline, caption text (the body), then the credit line （摄影：X） after it (the "
              "byline; the photographer of a photo news is its author, as in handmade55). Kind brief, not counted "
              "in recall.",
        paras=["由新兰中华总商会会长拿督卓俊杰率领的30人商团昨日抵达光岸，与本地商家洽谈食品加工及物流合作。"])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.furniture(["企业动态"], "column label 企业动态")
    d1 = Article("d1", "光岸水务获绿色债券评级", head=["■光岸水务获绿色债券评级"], section="企业动态",
                 byline="（本报讯）", authors=[], lead="（本报讯）",
                 notes="Item of the 企业动态 strip (section); ■ is a mark. Run-in （本报讯） is the byline, excluded from "
                       "first; no authors.",
                 paras=["光岸水务公司发行的5亿令吉绿色债券获评级机构给予AA级评级，所筹资金将用于提升滤水厂及更换老旧水管。"])
    d2 = Article("d2", "华联超市第50家分行开张", head=["■华联超市第50家分行开张"], section="企业动态",
                 notes="Item of the 企业动态 strip with no credit: no byline, no authors.",
                 paras=["华联超市在光岸新区开设第50家分行，面积约3万平方尺，开张首三天推出多项特价优惠。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["订阅热线：1-300-88-5566　　本版编辑：何秀娟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lj11() -> Page:
    """North American business weekly 华商论坛 page: label 华商论坛 over an opinion piece signed at its end
    （作者X为…）; report with byline line 特约记者 X 湾景报道; 活动预告 box; feature with ——副题 and byline line
    文／X（English name）; item with the source credit （来源：…） run in at the end."""
    pg = Page("lj11.txt", cols=36, indent=FW * 2, blanks="arts", seed=6611,
              style="North American Chinese business weekly 华商论坛 page, blank lines only between articles and blocks: header on three lines (paper; English name; date with weekday in brackets + 第B5版 + 华商论坛); label 华商论坛 over an opinion piece whose only signature is the line （作者X为…） AFTER its body; report with byline line 特约记者 X 湾景报道; 活动预告 box; feature with ——副题 and byline line 文／X（English name）; item with the source credit （来源：…） run in at the end; footer")
    pg.furniture(["太平洋华商周报",
                  "PACIFIC CHINESE BUSINESS WEEKLY",
                  zd(2033, 4, 15) + "　第B5版　华商论坛"], "page header")
    pg.blank()
    pg.furniture(["华商论坛"], "column label 华商论坛")
    a = Article(
        "a", "华商要学会讲新的故事", section="华商论坛", kind="commentary",
        byline="（作者罗振邦为湾景华商总会前会长）", authors=["罗振邦"],
        notes="Opinion piece under the label 华商论坛 (section; the same words also name the page in the header, "
              "furniture). Its only signature is the line （作者X为…） printed AFTER the body: the byline (not "
              "body); the writer is the author. Kind commentary.",
        paras=[
            "过去几十年，海外华商靠的是勤劳和节俭：餐馆、杂货店、洗衣店，一家人起早贪黑，把孩子送进大学。这个故事很动人，但已经不够用了。",
            "今天的年轻一代华裔，有的在科技公司当工程师，有的自己创办网店和设计工作室。他们需要的不是一间店面，而是资金、人脉和进入主流市场的渠道。",
            "商会若还停留在办春节晚宴、颁发奖学金，就会慢慢失去年轻人。我建议各地商会设立创业导师计划，让老一辈的经验和年轻人的创意结合起来，讲出华商的新故事。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    b = Article(
        "b", "湾景港口扩建带动物流投资",
        byline="特约记者 苏文华 湾景报道", authors=["苏文华"],
        notes="Byline line 特约记者 X 湾景报道 (special correspondent, place, 报道): the correspondent is the author. "
              "The port official and the firm owner quoted are not.",
        paras=[
            "湾景港务局日前宣布，第三期集装箱码头扩建工程已完成七成，预计明年中启用，届时港口年吞吐能力将提升至600万个标准箱。",
            "扩建计划吸引了不少物流企业到港区周边置地。华裔经营的顺达货运公司总裁冯国良透露，公司已斥资1200万美元购入仓储用地，计划兴建冷藏仓库。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    pg.furniture(["活动预告",
                  "华商青年创业分享会",
                  "日期：4月23日（星期六）下午2时",
                  "地点：湾景华商总会礼堂",
                  "报名：events@bayviewccc.org"], "活动预告 box (not an article)")
    pg.blank()
    c = Article(
        "c", "第二代移民接手家族餐馆",
        subtitle="——从外卖平台到中央厨房",
        byline="文／杜美玲（Melissa Do）", authors=["杜美玲"],
        notes="Feature with ——副题 (the subtitle) and byline line 文／X（English name）: the writer is the author "
              "(her Chinese name). The restaurant owner quoted is not.",
        paras=[
            "在湾景经营了25年的“金龙酒家”，两年前交给了在大学主修会计的女儿林嘉茵。她上任后的第一步，是把菜单上的120道菜精简到60道，并设立中央厨房，统一处理酱料和半成品。",
            "“以前一到周末厨房就乱成一团，现在出菜速度快了一倍。”林嘉茵说。餐馆去年营业额增长18%，外卖订单占四成，她正计划在北岭开设第二家分店。",
        ])
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "湾景市首季新增企业1.2万家",
        byline="（来源：湾景经发局）", authors=[], tail="（来源：湾景经发局）",
        notes="Item with the source credit （来源：X） run in at the end: it is the byline (an office, not a person; no "
              "authors), excluded from last.",
        paras=[
            "湾景市今年首季新登记企业1万2360家，按年增加9%，其中餐饮、电商和专业服务业占六成。少数族裔创办的企业约占三分之一。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["总编辑：潘志文　　本版编辑：容淑仪　　电话：(604) 555-0177"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lj12() -> Page:
    """Singapore-style evening paper 财经 page, indent two ASCII spaces, column breaks: lead with byline line
    本报记者　X (SGX-style stock code); REIT item with byline line 文／X; label 财经简讯 over two items with run-in
    （新兰讯）; wire item ending （西岸社）; ad."""
    pg = Page("lj12.txt", cols=24, indent="  ", blanks="para", colbreak=12, seed=6612,
              style="Singapore-style evening paper 财经 page indented with two ASCII spaces, blank lines between paragraphs and blocks plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on two lines (paper + 财经 + 18; date 15/4/2033 with weekday in brackets); lead with byline line 本报记者　X (listing with an alphanumeric stock code, 新元); REIT item whose headline carries an English name in brackets, byline line 文／X; label 财经简讯 over two items with run-in （新兰讯）; wire item with the agency credit （西岸社） run in at the end; advertisement; footer")
    pg.furniture(["新兰晚报　财经　18",
                  f"15/4/2033（{wd(2033, 4, 15)}）"], "page header")
    pg.blank()
    a = Article(
        "a", "海鹰物流下周主板上市",
        byline="本报记者　方伟伦", authors=["方伟伦"],
        notes="Lead with byline line 本报记者　X under the headline: the reporter is the author. The alphanumeric "
              "stock code （代码：K7Q） is body text. The CEO quoted (Ong Kah Wai 王家伟) is not an author.",
        paras=[
            "本地物流公司海鹰物流（Seahawk Logistics）将于4月22日在新兰交易所主板挂牌，股票代码为K7Q。公司以每股0.68新元发售1亿2000万股新股，集资约8160万新元。",
            "海鹰物流总裁王家伟（Ong Kah Wai）在招股说明会上说，所筹资金约六成将用于在新兰西部兴建自动化仓库，其余用于扩充车队和偿还部分银行贷款。",
            "公司截至去年12月底的财年营业额为2亿3400万新元，净利2180万新元。以发售价计算，本益比约为11倍。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "港湾产业信托（HLREIT）首季派息增5%",
        byline="文／卓慧玲", authors=["卓慧玲"],
        notes="Headline carrying the trust's English short name in brackets (HLREIT), written as printed. Byline line 文／X: the "
              "writer is the author.",
        paras=[
            "港湾产业信托（Harbourline REIT）首季每单位派息1.86新分，比去年同期增加5.1%。信托管理公司表示，旗下三座购物中心的出租率维持在98%以上，续租租金平均上调4%。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["财经简讯"], "column label 财经简讯")
    c1 = Article("c1", "3月非石油出口增4.6%", section="财经简讯", byline="（新兰讯）", authors=[], lead="（新兰讯）",
                 notes="Item of the 财经简讯 digest; run-in （新兰讯） is the byline, excluded from first; no authors.",
                 paras=["3月份非石油国内出口按年增长4.6%，主要由电子产品和药剂带动，扭转了2月份下跌1.8%的局面。"])
    c2 = Article("c2", "海峡银行委任新总裁", section="财经简讯", byline="（新兰讯）", authors=[], lead="（新兰讯）",
                 notes="Item of the 财经简讯 digest; run-in （新兰讯） is the byline; no authors. The banker named is "
                       "not an author.",
                 paras=["海峡银行宣布委任现任副总裁黄宝莲（Ng Poh Lian）为新总裁，7月1日起生效，她将成为该行首位女性总裁。"])
    for art in (c1, c2):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    d = Article(
        "d", "区域航运运费回落",
        byline="（西岸社）", authors=[], tail="（西岸社）",
        notes="Wire item with the agency credit （西岸社） run in at the end (the invented agency 西岸社): the "
              "byline, excluded from last; no authors.",
        paras=[
            "亚洲区内航线集装箱运费指数本周下跌3.2%，连续第四周回落。航运业者指出，新船陆续交付令运力过剩，预料运费在第二季将持续受压。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["广告",
                  "海鹰物流首次公开售股",
                  "招股书可于各大银行分行索取",
                  "截止日期：4月20日中午12时"], "IPO advertisement (not an article)")
    pg.blank()
    pg.furniture(["编辑：简丽萍　　校对：邓国华"], "footer")
    return pg


PAGES = [lj09, lj10, lj11, lj12]
