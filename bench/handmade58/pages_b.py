"""Pages lb05-lb08 of handmade58 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify, wrap


def caption(pg: Page, text: str, what: str, cols: float | None = None, pad: str = "") -> None:
    """A photo caption with its credit that belongs to an article (not body): wrapped at the column width."""
    pg.furniture([pad + ln for ln in wrap(text, cols or pg.cols)], what)


# ---------------------------------------------------------------------------
def lb05() -> Page:
    """City daily 城事 page extracted with a blank line after EVERY line: lead with byline line ◇本报记者 X; label
    一线镜头 over three photo news items (short headline, caption, credit run in: briefs); economic article with a
    headline of two phrases and a caption 图/X after it; item with run-in 本报讯（记者 X）."""
    pg = Page("lb05.txt", cols=22, indent=FW * 2, blanks="every", seed=5805,
              style="city daily 城事 page extracted with a blank line after EVERY line, indented with two U+3000: header on two lines (paper + date with weekday; A05 城事 + editor); lead with byline line ◇本报记者 X; label 一线镜头 over three photo news items, each a short headline over a caption with the credit run in at the end (（X　摄）, 本报记者 X　摄, 通讯员 X　摄): briefs; economic article with headline of two phrases parted by U+3000, byline line 本报记者 X　实习生 Y, and a caption with credit 图/X after it; item with run-in 本报讯（记者 X）; footer")
    pg.furniture(["雁汀都市报　" + cn_date(2036, 6, 4),
                  "A05　城事　　编辑：蒲晓岚"], "page header")
    a = Article(
        "a", "老旧小区加装电梯今年再开工300部",
        byline="◇本报记者　荀一舟", authors=["荀一舟"],
        notes="Lead with byline line ◇本报记者 X (the ◇ is a mark). The resident and the official quoted are not "
              "authors.",
        paras=[
            "记者从雁汀市住建局获悉，今年全市计划在老旧小区新开工加装电梯300部，截至5月底已开工126部，投入使用58部。",
            "“以前下趟楼要歇三回，现在按个键就到了。”家住枫林小区的79岁居民邵德顺说。为减轻居民负担，市里对每部电梯给予最高20万元补贴，并推出“电梯保险＋维保”打包服务。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["一线镜头"], "column label 一线镜头")
    items = [
        Article("p1", "龙舟下水", kind="brief", section="一线镜头",
                byline="（解小禾　摄）", authors=["解小禾"], tail="（解小禾　摄）",
                notes="Photo news item of the 一线镜头 column: short headline, a caption describing the photo and a "
                      "credit run in at the end (the byline, excluded from last): kind brief (not counted in recall), as "
                      "the photo news of handmade22/55. **new:** the 一线镜头 items are briefs because their text is "
                      "the caption of one photo; the photographer is the author.",
                paras=["6月3日，雁汀河畔，村民将修缮一新的龙舟抬入水中试划，迎接端午龙舟赛。"]),
        Article("p2", "凉面摊前排长队", kind="brief", section="一线镜头",
                byline="本报记者　荀一舟　摄", authors=["荀一舟"], tail="　本报记者　荀一舟　摄",
                notes="Photo news item of the 一线镜头 column (headline, caption, credit run in): kind brief; the "
                      "photographer is the author.",
                paras=["气温升至33℃，南门夜市的凉面摊前排起长队，摊主一晚能卖出400多碗。"]),
        Article("p3", "社区食堂开张", kind="brief", section="一线镜头",
                byline="通讯员　甘露　摄", authors=["甘露"], tail="　通讯员　甘露　摄",
                notes="Photo news item of the 一线镜头 column: kind brief; the 通讯员 credited as photographer is the "
                      "author.",
                paras=["6月2日，河西街道第三家社区食堂开张，老人就餐可享受八折优惠。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.body(art)
    b = Article(
        "b", "早餐车进社区日销万份", head=["早餐车进社区　日销万份"],
        byline="本报记者　詹南星　实习生　冼可", authors=["詹南星", "冼可"],
        notes="Economic article; headline of two phrases parted by U+3000, joined. Byline line 本报记者 X　实习生 Y "
              "(both authors). The caption with credit 图/X after the body illustrates it: not body, not a brief.",
        paras=[
            "每天清晨6时，32辆统一标识的早餐车准时停到雁汀各个社区门口，包子、豆浆、杂粮煎饼两三元一份，扫码就能买。",
            "运营企业负责人介绍，早餐车由中央厨房统一配送，目前日均销售1.1万份，年内将增至60辆，覆盖全部老城区社区。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    caption(pg, "居民在早餐车前购买早点。图/詹南星", "photo caption with credit of the article above (not body)")
    c = Article(
        "c", "城区新增充电桩1200个",
        byline="本报讯（记者　荀一舟）", authors=["荀一舟"], lead="本报讯（记者　荀一舟）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=["今年以来，雁汀城区新增公共充电桩1200个，其中快充桩占比达到55%，主要分布在商圈、医院和老旧小区周边。"])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["本版校对：阮清"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lb06() -> Page:
    """Daily 民生 page with column breaks: economic lead (kicker, headline, ——副题, byline line) with a caption after
    it; label 身边的变化 over three short stories with photos (headline, byline line of photo-and-text credits,
    two paragraphs: articles); a caption standing alone at the foot (brief)."""
    pg = Page("lb06.txt", cols=28, indent=FW * 2, blanks="para", colbreak=12, seed=5806,
              style="daily 民生 page indented with two U+3000, blank lines between paragraphs and blocks plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on three lines (paper; date with weekday; 第6版 民生·消费); economic lead with 引题 kicker, headline, ——副题, byline line 本报记者 X and a caption with credit 本报记者 X　摄 after the body; label 身边的变化 over three short stories with photos, each with a headline and a byline line (文／X　图／Y; 文并摄　X; 本报记者　X　文／图); a caption standing alone at the foot (brief) with credit 通讯员 X　摄 on a line of its own; footer")
    pg.furniture(["檀州日报",
                  cn_date(2036, 7, 15),
                  "第6版　民生·消费"], "page header")
    pg.blank()
    a = Article(
        "a", "一刻钟便民生活圈覆盖八成社区",
        subtitle="——檀州县域商业体系建设观察",
        byline="本报记者　尉迟岚", authors=["尉迟岚"],
        notes="Economic lead. The 引题 kicker 家门口的烟火气 is neither title nor subtitle (the ——副题 is the "
              "subtitle). The caption with credit 本报记者 X　摄 after the body illustrates it (same reporter): not "
              "body, not a brief. People quoted are not authors.",
        paras=[
            "买菜、修鞋、配钥匙、取快递，出门走上十几分钟都能办妥。记者从檀州市商务局了解到，全市已建成一刻钟便民生活圈186个，覆盖81%的城市社区，今年上半年生活圈内商户营业额同比增长12.6%。",
            "在城北的梧桐社区，一栋闲置的老粮站被改造成社区商业中心，引入生鲜超市、药店、家政和维修等业态27家。“下楼就能买到新鲜菜，价格也不比批发市场贵。”居民曹秀英说。",
            "县域商业同样在补短板。今年檀州新建改造乡镇商贸中心14个、村级便民店320个，农村快递进村覆盖率达到96%。市商务局有关负责人表示，下一步将推动连锁品牌下沉，让县乡居民也能享受到便利的消费服务。",
        ])
    pg.kicker(a, "家门口的烟火气")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    caption(pg, "梧桐社区商业中心的生鲜超市里，居民在选购蔬菜。　本报记者　尉迟岚　摄",
            "photo caption with credit of the lead (not body)")
    pg.blank()
    pg.furniture(["身边的变化"], "column label 身边的变化")
    pg.blank()
    items = [
        Article("b1", "废弃矿坑变成了“网红”公园", section="身边的变化",
                byline="文／柏思源　图／宫晓", authors=["柏思源"],
                notes="Story of the 身边的变化 column with its own headline and a news text of two paragraphs: kind "
                      "article (**new:** a column item whose text tells a story, not the caption of one photo, is an "
                      "article although it runs with a photo). Byline line 文／X　图／Y: only the writer is an author.",
                paras=[
                    "西山脚下的采石场停采十多年，留下一个深坑和满山碎石。前年，当地对矿坑进行生态修复，覆土复绿、引水成湖，建成了占地260亩的矿坑公园。",
                    "如今，公园周末日均游客超过5000人次，周边村民开起了农家乐和民宿，去年人均增收8000多元。",
                ]),
        Article("b2", "村里的快递驿站", section="身边的变化",
                byline="文并摄　邰小川", authors=["邰小川"],
                notes="Story of the 身边的变化 column: kind article. Byline line 文并摄 X (text and photo by one person): "
                      "the writer is the author.",
                paras=[
                    "过去，石门村的村民取快递要跑十几公里到镇上。去年村里建起快递驿站，五家快递公司的包裹统一配送到村，村民在家门口就能收寄。",
                    "驿站还帮村民把土鸡蛋、笋干寄往城里，每月发出的农产品包裹有2000多件。",
                ]),
        Article("b3", "老街夜市亮起来", section="身边的变化",
                byline="本报记者　尉迟岚　文／图", authors=["尉迟岚"],
                notes="Story of the 身边的变化 column: kind article. Byline line 本报记者 X　文／图: the reporter is the "
                      "author.",
                paras=[
                    "入夜，鼓楼老街华灯初上，120多个摊位依次排开，糖画、竹编、烤肠、冰粉引得游人驻足。",
                    "老街夜市开市两个月来，日均客流1.8万人次，带动周边商铺营业额增长四成。",
                ]),
    ]
    for art in items:
        pg.headline(art)
        pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
        pg.gap()
    p = Article(
        "p", None, kind="brief", byline="通讯员　詹一苇　摄", authors=["詹一苇"],
        notes="Caption standing alone at the foot of the page (no headline, no article of its own): kind brief, title "
              "null. The credit on the line after it is the byline (written without its leading U+3000s); the "
              "通讯员 who took the photo is the author.",
        paras=["7月13日，檀州高新区一家食品企业的生产线上，工人在包装即将出口的速冻水饺。"])
    pg.body(p)
    pg.line(p, FW * 16 + p.byline, "byline")
    pg.blank()
    pg.furniture(["责任编辑：左丘　　美术编辑：岑曦"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lb07() -> Page:
    """City evening paper FRONT page, wide column: big photo news with a headline and a caption-story, credit line
    after it (brief with title); lead with kicker and byline line 本报记者 X　Y; 今日导读 box; a second photo caption
    standing alone (brief, no headline, 东陆社记者 X　摄); wire-based item; economic article with a caption 图/X
    between two paragraphs."""
    pg = Page("lb07.txt", cols=38, indent=FW, blanks="some", seed=5807, p_para=0.45, p_gap=0.8,
              style="city evening paper FRONT page in a wide column indented with ONE U+3000, blank lines sometimes: masthead on three lines (paper + 国内统一连续出版物号; date with weekday + 农历-free issue line; 今日24版); big photo news (brief) with headline, a caption long enough to read as a brief and the credit 本报记者 X　摄 on a line of its own; lead with 引题 kicker and byline line 本报记者 X　Y; 今日导读 box; a second caption standing alone (brief, no headline) with credit 东陆社记者 X　摄 run in; item with run-in 本报讯（记者 X）; economic article with byline line 本报记者 X and a caption with credit 图/X printed BETWEEN two paragraphs; footer")
    pg.furniture(["楮城晚报　　CN 58-0217",
                  cn_date(2036, 3, 30) + "　　第9836期",
                  "今日24版"], "masthead")
    pg.gap()
    p = Article(
        "p", "樱花开了客流来了", head=["樱花开了　客流来了"], kind="brief", byline="本报记者　乐正晴　摄", authors=["乐正晴"],
        notes="Front-page photo news with a headline and a caption long enough to read as a brief (the photo's "
              "caption-story): kind brief (not counted in recall). The headline (two phrases parted by U+3000) is "
              "the title, written unspaced. The credit line 本报记者 X　摄 after it is the byline; the photographer "
              "is the author.",
        paras=["3月29日，楮城东湖樱花园内游人如织。进入3月下旬，园内3000余株樱花进入盛花期，单日最高接待游客6.2万人次。东湖周边的餐饮、民宿预订量比平日增长两倍，景区推出的夜赏樱花专场门票提前一周售罄。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, FW * 26 + p.byline, "byline")
    pg.gap()
    a = Article(
        "a", "城市更新项目首季完成投资86亿元",
        byline="本报记者　檀言　万俟秋", authors=["檀言", "万俟秋"],
        notes="Lead; the 引题 kicker 更新一座城　温暖一群人 is neither title nor subtitle. Byline line 本报记者 X　Y "
              "(two reporters, both authors).",
        paras=[
            "记者从楮城市住建局获悉，今年一季度全市城市更新项目完成投资86.3亿元，同比增长21%，新开工老旧小区改造项目47个，惠及居民3.2万户。",
            "在城南片区，18条背街小巷完成雨污分流和立面整治，沿街新开出咖啡馆、书店和手作工坊60多家。市住建局有关负责人表示，城市更新既要“面子”更要“里子”，今年将重点推进地下管网改造和社区养老、托育设施建设。",
        ])
    pg.kicker(a, "更新一座城　温暖一群人")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["今日导读",
                  "■周末去哪儿？城郊赏花地图请收好　　A06",
                  "■中考体育考试下月开考　　　　　　　A09",
                  "■镜头丨春日田野上的“新农人”　　　　A12"], "今日导读 box")
    pg.gap()
    q = Article(
        "q", None, kind="brief", byline="东陆社记者　庄一帆　摄", authors=["庄一帆"], tail="　东陆社记者　庄一帆　摄",
        notes="Caption standing alone between articles (no headline): kind brief, title null; credit 东陆社记者 X　摄 "
              "run in at the end is the byline (excluded from last); the photographer is the author.",
        paras=["3月29日，楮城至临峤城际铁路控制性工程——楮江特大桥主桥合龙，全线预计明年年底建成通车。"])
    pg.body(q)
    pg.gap()
    b = Article(
        "b", "清明假期公交地铁加开班次",
        byline="本报讯（记者　伏星河）", authors=["伏星河"], lead="本报讯（记者　伏星河）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=["清明假期期间，楮城公交集团将加密通往各公墓、景区的23条公交线路，地铁1号线、3号线每日延长运营1小时。市民可通过“楮城出行”小程序查询实时到站信息。"])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "一季度社会消费品零售总额增长6.8%",
        byline="本报记者　阚小楼", authors=["阚小楼"],
        notes="Economic article with byline line 本报记者 X; the caption with credit 图/X printed between its two "
              "paragraphs illustrates it: not body, not a brief (body in two pieces). The statistician quoted is "
              "not an author.",
        paras=[
            "楮城市统计局昨日发布数据，一季度全市实现社会消费品零售总额742.6亿元，同比增长6.8%。其中，升级类商品消费表现亮眼，新能源汽车、智能家电、可穿戴设备零售额分别增长38.2%、17.5%和26.1%。",
            "“服务消费增长快于商品消费，文旅、体育、演出等消费成为新亮点。”市统计局贸易外经处处长公孙岳说，一季度全市住宿和餐饮业营业额增长11.4%，限额以上单位通过网络实现的零售额增长15.2%。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c, end=1)
    caption(pg, "市民在一家家电卖场选购智能家电。图/沙鸥", "photo caption inside the article (not body)")
    pg.body(c, start=1)
    pg.gap()
    pg.furniture(["新闻热线：9××××　　广告热线：0×××-8235××××　　本报地址：楮城市文昌路88号"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lb08() -> Page:
    """商报 财经 page in a very narrow column: economic article with headline on two lines and a caption 图为…
    本报记者 X　摄 printed BETWEEN paragraphs; article with byline line 文/X　图/Y and a ▲ caption after it; caption
    standing alone (brief, 资料图片); item with run-in 本报讯（记者 X　通讯员 Y）."""
    pg = Page("lb08.txt", cols=16, indent=FW * 2, blanks="para", seed=5808,
              style="商报 财经 page in a very narrow column indented with two U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; B2 财经); economic article with headline on two lines, byline line 本报记者 X and a caption 图为… with credit 本报记者 X　摄 (wrapped, credit on a line of its own) printed BETWEEN two paragraphs; article with byline line 文/X　图/Y and a ▲ caption with credit Y　摄 after its body; a caption standing alone (brief, no headline) with credit （资料图片） run in; item with run-in 本报讯（记者 X　通讯员 Y）; footer wider than the column")
    pg.furniture(["鹭屿商报",
                  cn_date(2036, 4, 23),
                  "B2　财经"], "page header")
    pg.blank()
    a = Article(
        "a", "跨境电商园一季度出口额增长三成", head=["跨境电商园一季度", "出口额增长三成"],
        byline="本报记者　禹小溪", authors=["禹小溪"],
        notes="Economic article; headline on two lines, joined. Byline line 本报记者 X. The caption 图为… with credit "
              "本报记者 X　摄 (another reporter) printed between the first and second paragraphs illustrates it: not "
              "body, not a brief (body in pieces). The photographer is not an author of the article.",
        paras=[
            "记者从鹭屿跨境电商产业园获悉，今年一季度园区企业实现出口额48.7亿元，同比增长31%，其中服装、小家电和户外用品出口增长最快。",
            "园区负责人介绍，园区今年新增海外仓9个，总数达到36个，覆盖北美、欧洲和东南亚主要市场，“海外仓备货＋本地配送”让商品送达时间缩短到3天以内。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=1)
    pg.gap()
    pg.furniture(wrap("图为园区分拣中心工作人员打包出口包裹。", 16) + [FW * 4 + "本报记者　芮青　摄"],
                 "photo caption with credit inside the article (not body)")
    pg.gap()
    pg.body(a, start=1)
    pg.gap()
    b = Article(
        "b", "老字号上新“国潮”礼盒",
        byline="文/公冶舒　图/司马星", authors=["公冶舒"],
        notes="Article with byline line 文/X　图/Y (ASCII slashes): only the writer is an author. The ▲ caption "
              "with credit Y　摄 after the body illustrates it: not body; the photographer is not an author.",
        paras=[
            "有着百年历史的鹭屿糕饼老字号“福源斋”，今年推出6款联名礼盒，把传统绿豆糕、凤梨酥装进国潮插画包装里。",
            "上市一个月，礼盒线上销量突破8万盒，购买者中35岁以下消费者占六成。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    caption(pg, "▲“福源斋”门店里的国潮礼盒。　司马星　摄", "photo caption with credit of the article above (not body)")
    pg.gap()
    p = Article(
        "p", None, kind="brief", byline="（资料图片）", tail="（资料图片）",
        notes="Caption standing alone between articles (no headline): kind brief, title null. The credit （资料图片） "
              "run in at the end is the byline as printed and names no person: no authors.",
        paras=["鹭屿港远洋渔业码头，渔船卸运金枪鱼。"])
    pg.body(p)
    pg.gap()
    c = Article(
        "c", "首批数字人民币消费红包发放",
        byline="本报讯（记者　禹小溪　通讯员　林樾）", authors=["禹小溪", "林樾"],
        lead="本报讯（记者　禹小溪　通讯员　林樾）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） (it fills the first lines of the narrow column) excluded from first; both "
              "are authors.",
        paras=["4月22日，鹭屿首批1000万元数字人民币消费红包开始发放，市民可在全市2600多家商户使用，单笔消费满100元可抵扣20元。"])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["责任编辑：阳一诺　校对：钮可　版式：乌兰"], "footer (wider than the column)")
    return pg


PAGES = [lb05, lb06, lb07, lb08]
