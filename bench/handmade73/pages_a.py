"""Pages lq01-lq04 of handmade73 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, wrap


def points(items: list[str], cols: float, indent: str = "") -> Raw:
    """Numbered points of a 提醒 notice, each starting a line of its own and wrapped at the column."""
    out: list[str] = []
    for it in items:
        out += wrap(it, cols, indent, "")
    return Raw(out)


# ---------------------------------------------------------------------------
def lq01() -> Page:
    """City evening paper 民生·消费 page: price report under a kicker in quotation form with byline line
    记者 X　实习生 Y; 菜价 table; label 民生热线 over a reader-complaint item with a question headline and credit
    run in at the end; 提醒 with an exclamation headline, run-in dateline and numbered points; short item with
    byline line 见习记者 X; advertisement with a QR-code line; footer."""
    pg = Page("lq01.txt", cols=24, indent=FW * 2, blanks="para", seed=7301,
              style="city evening paper 民生·消费 page, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday + A07; 版名 + 责任编辑 + 美编); price report with a kicker in quotation form, headline and byline line 记者 X　实习生 Y; 今日菜价 table (title with date and unit, header row, six rows, 数据来源); label 民生热线 over a reader-complaint item (市民X反映…) with a question headline and the credit （记者 X） run in at the end, then the hotline line; 提醒 item with an exclamation headline, run-in 本报讯（记者 X）, an intro and three numbered points; short item with byline line 见习记者 X; advertisement of a department store with a QR-code line; footer")
    pg.furniture(["桐溪晚报",
                  cn_date(2036, 6, 18) + "　A07",
                  "民生·消费　　责任编辑：骆小棠　　美编：甘一"], "page header")
    pg.blank()
    a = Article(
        "a", "叶菜价格一周回落近两成",
        byline="记者　鲁晓岚　实习生　邝一诺", authors=["鲁晓岚", "邝一诺"],
        notes="Price report. The kicker in quotation form (a shopper's words) is neither title nor subtitle (as the "
              "kickers of handmade55). Byline line 记者 X　实习生 Y (no 本报): both are authors. The vendor and the "
              "market manager quoted are not.",
        paras=[
            "“上周一把菠菜还要三块五，今天两块钱就能拿下。”6月17日一早，在桐溪市东门农贸市场，退休教师殷阿姨拎着满满一袋青菜，心情不错。",
            "记者走访发现，随着本地露地蔬菜集中上市，近一周来叶菜价格明显回落。菠菜、生菜、小白菜的零售均价分别比一周前下降21%、18%和16%，黄瓜、西红柿等果菜价格也有小幅下调。",
            "“本地菜一多，外地菜就压不住价了。”菜贩阮大姐说，现在每天能卖出两百多斤青菜，比上个月多了三成。东门农贸市场负责人介绍，预计未来两周蔬菜供应充足，价格将保持平稳，但如遇连续降雨，叶菜价格可能出现短暂反弹。",
        ])
    pg.kicker(a, "“菜价跌了，你感觉到了吗？”")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["今日菜价（6月17日　单位：元/500克）",
                  "品种　　零售价　　比上周",
                  "菠菜　　2.00　　↓0.50",
                  "生菜　　2.50　　↓0.60",
                  "小白菜　1.80　　↓0.40",
                  "黄瓜　　2.80　　↓0.20",
                  "西红柿　3.50　　持平",
                  "猪肉（精）　13.00　　↑0.30",
                  "数据来源：桐溪市东门农贸市场"], "今日菜价 price table (not an article)")
    pg.blank()
    pg.furniture(["民生热线"], "column label 民生热线")
    pg.blank()
    b = Article(
        "b", "小区电梯停了半个月，谁来管？", section="民生热线",
        byline="（记者　鲁晓岚）", authors=["鲁晓岚"], tail="（记者　鲁晓岚）",
        notes="Reader-complaint item under the label 民生热线 (section), headline a question; the body opens with "
              "市民X反映 (the reader is not an author). The credit （记者 X） run in at the end is the byline, "
              "excluded from last. The hotline line printed after it is furniture.",
        paras=[
            "市民郑先生反映，他家住在桐溪市柳岸小区9栋18楼，楼里唯一的一部电梯从6月初停运至今，家中80多岁的老母亲已经半个月没有下过楼。",
            "记者联系了小区物业。物业经理解释，电梯主板损坏，配件需要从厂家调货，预计本周五到货。柳岸社区表示，将督促物业尽快修复，修复前安排志愿者为行动不便的老人代购生活用品。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.furniture(["民生热线：96××××　　微信：桐溪晚报民生帮"], "hotline line (furniture)")
    pg.blank()
    c = Article(
        "c", "高温来袭，这份防暑提醒请收好！",
        byline="本报讯（记者　甘小雨）", authors=["甘小雨"], lead="本报讯（记者　甘小雨）",
        notes="提醒 item with its own exclamation headline and a reporter: an article (a 提醒 box with a label only "
              "would not be). Run-in 本报讯（记者 X） excluded from first. The three numbered points are body; the "
              "body ends with the third point.",
        paras=[
            "记者从市气象台获悉，受副热带高压影响，本周我市将迎来今年首轮高温天气，最高气温可达37℃。市疾控中心提醒市民：",
            points(["1.避免在上午11时至下午3时在户外长时间活动，外出做好遮阳防晒。",
                    "2.少量多次饮水，不要等口渴了才喝水，少喝含糖饮料。",
                    "3.出现头晕、恶心、大量出汗等中暑先兆时，应立即到阴凉处休息，症状严重的及时就医。"], 24),
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "城南夜市新增摊位120个",
        byline="见习记者　卞一鸣", authors=["卞一鸣"],
        notes="Short consumption item with byline line 见习记者 X (a probationary reporter is an author).",
        paras=[
            "6月16日起，城南夜市扩容后重新开放，新增摊位120个，其中小吃摊位占一半。夜市营业时间为每晚18时至23时，周末延长至24时。据统计，扩容首晚客流超过1.5万人次。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["广告",
                  "桐溪百货年中庆",
                  "6月18日—6月20日　全场满300减50",
                  "地址：桐溪市人民路88号",
                  "扫描二维码　领取电子优惠券"], "advertisement with QR-code line")
    pg.blank()
    pg.furniture(["新闻热线：96××××　　校对：岑一舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lq02() -> Page:
    """Metropolitan daily 消费 page with NO blank line: story continued from the front page (headline, then the
    line （上接A1版）, no byline); label 消费维权 over a Q&A (intro line naming the expert, 问：／答：, byline line
    首席记者 X　整理); item with byline line 见习记者 X; label 图说 over a photo news (brief) with credit line;
    advertisement with QR-code line between items; item with run-in 本报讯（融媒体记者 X）."""
    pg = Page("lq02.txt", cols=30, indent=FW, blanks="never", seed=7302,
              style="metropolitan daily 消费 page with NO blank line anywhere, indented with ONE U+3000: header on two lines (A05　消费; paper + date with weekday); story continued from the front page: headline, the line （上接A1版） under it, no byline on this page; label 消费维权 over a Q&A with a question headline, byline line 首席记者 X　整理, an intro line 本期嘉宾：… and 问：／答： paragraphs; item with byline line 见习记者 X; advertisement (家居博览会, 扫码领券) between items; label 图说 over a photo news (brief): headline, caption, credit line 融媒体记者 X　摄; item with run-in 本报讯（融媒体记者 X）; footer")
    pg.furniture(["A05　消费",
                  "澄陂都市报　" + cn_date(2036, 6, 12)], "page header")
    a = Article(
        "a", "夜间消费占比升至三成",
        notes="Story continued from the front page: the headline printed on this page, then the line （上接A1版） "
              "(not body, not a byline). The byline was printed on A1, so on this page there is no byline and no "
              "authors. The official and the shop owner quoted are not authors.",
        paras=[
            "从消费结构看，餐饮、休闲娱乐和文化演出是夜间消费的三大主力。市商务局监测的42个重点商圈中，18时至次日2时的消费额已占全天的31.6%，比去年同期提高4.2个百分点。",
            "“以前晚上九点街上就没什么人了，现在十一点还要排队。”在老码头美食街经营烧烤店的贺老板说，今年他把营业时间延长了两个小时，营业额增加了近四成。",
            "市商务局有关负责人表示，下一步将新增5个夜间消费集聚区，完善夜间公交和停车配套，并鼓励博物馆、图书馆在周末延时开放。",
        ])
    pg.headline(a)
    pg.line(a, "（上接A1版）", "jump")
    pg.body(a)
    pg.furniture(["消费维权"], "column label 消费维权")
    b = Article(
        "b", "预付卡商家突然关门，钱还能要回来吗？", section="消费维权", kind="interview",
        byline="首席记者　林澈　整理", authors=["林澈"],
        notes="Q&A under the label 消费维权 (section): a named expert answers readers' questions, compiled by a "
              "reporter: kind interview (as the ky08 科普问答 of handmade55). Byline line 首席记者 X　整理: the "
              "compiler is the author; the expert (单书瑶) is not. The intro line 本期嘉宾：… is body.",
        paras=[
            "本期嘉宾：澄陂市消费者协会投诉部主任　单书瑶",
            "问：我在小区门口的健身房办了一张3000元的年卡，才去了十几次，健身房就贴出通知说“停业整顿”，老板电话也打不通了。我该怎么办？",
            "答：首先要保存好证据，包括会员卡、合同、付款记录、停业通知的照片等。可以先向消协或市场监管部门投诉，如果商家涉嫌卷款跑路，涉及人数较多的，可以联合其他会员向公安机关报案。",
            "问：办卡时商家说“余额不退”，这个约定有效吗？",
            "答：这类条款属于格式条款，排除了消费者的主要权利，依法应当认定无效。商家不能继续提供服务的，消费者有权要求退还剩余款项。提醒大家，办理预付卡时尽量选择信誉好、经营时间长的商家，单次充值不宜过多。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "“以旧换新”带动家电销量增长四成",
        byline="见习记者　苗一禾", authors=["苗一禾"],
        notes="Economic item with byline line 见习记者 X. The salesperson quoted is not an author.",
        paras=[
            "记者从澄陂市商务局获悉，今年以来全市家电“以旧换新”活动累计带动销售家电8.6万台，销售额4.7亿元，同比增长41%。其中，一级能效空调、冰箱和洗衣机最受欢迎。",
            "“补贴加上商家优惠，换一台空调能省一千多元。”一家家电卖场的销售员说，最近每天都有不少市民专门带着旧机铭牌来咨询。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["广告　澄陂家居博览会　6月20日—22日　市会展中心",
                  "品牌直降　家装补贴　扫码领券　咨询热线：0×××-8765××××"],
                 "advertisement with QR-code line")
    pg.furniture(["图说"], "column label 图说")
    p = Article(
        "p", "老街糖画摊前排长队", kind="brief", section="图说",
        byline="融媒体记者　柏舟　摄", authors=["柏舟"],
        notes="Photo news (brief) under the label 图说: headline, caption, credit line 融媒体记者 X　摄 after it (the "
              "byline); the photographer is the author of a photo news (as in handmade55).",
        paras=["6月11日，澄陂老街，一位手艺人正在制作糖画，吸引不少孩子驻足。端午假期临近，老街推出非遗市集，20多个传统手艺摊位集中亮相。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, FW * 8 + p.byline, "byline")
    d = Article(
        "d", "社区食堂开到家门口",
        byline="本报讯（融媒体记者　戚晓）", authors=["戚晓"], lead="本报讯（融媒体记者　戚晓）",
        notes="Run-in 本报讯（融媒体记者 X） excluded from first; a 融媒体记者 is an author.",
        paras=["6月10日，澄陂市第十家社区食堂在槐荫街道开业。食堂提供早、中、晚三餐，一荤两素套餐14元，60岁以上老人凭卡每餐优惠2元，开业当天就餐人数超过600人次。"])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版编辑：顾长亭　　校对：施雨　　版式：杭小北"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lq03() -> Page:
    """Evening paper page extracted with a blank line after EVERY line, very narrow: exclamation headline with byline
    line 文/图　记者 X and a photo caption after the body; label 热线 over two ◆ complaint items; 菜价播报 box;
    提醒 item with a headline of two phrases parted by U+3000 and numbered points."""
    pg = Page("lq03.txt", cols=20, indent="  ", blanks="every", seed=7303,
              style="evening paper 城事·民生 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines (paper + date with weekday; A06 + 版名); report with an exclamation headline, byline line 文/图　记者 X and a ▲ photo caption after the body; label 热线 over two reader-complaint items with ◆ headlines (市民X反映…, a department's reply, credits run in at the end: （记者 X）, （实习生 X）); 菜价播报 box; 提醒 item whose headline is two phrases parted by U+3000, run-in 本报讯（记者 X）, numbered points 一、二、三、; footer with 扫码报料 line")
    pg.furniture(["雁浦晚报　" + cn_date(2036, 5, 29),
                  "A06　城事·民生"], "page header")
    a = Article(
        "a", "江滩夜市开张啦！",
        byline="文/图　记者　卓小帆", authors=["卓小帆"],
        notes="Report with an exclamation headline; byline line 文/图　记者 X (one person wrote and photographed: the "
              "author). The ▲ photo caption after the body is not body. Stall holders quoted are not authors.",
        paras=[
            "5月28日傍晚，雁浦江滩公园南广场华灯初上，首批68个夜市摊位同时开张。烤肠、炸串、冰粉、手打柠檬茶……香气飘出半里地，不到晚上8点，广场上已是人头攒动。",
            "“白天上班，晚上出来摆摊，一晚上能挣两三百。”卖手作发饰的小魏是个95后，她说夜市摊位费每月只要300元，水电都是统一接好的。",
            "据了解，江滩夜市由街道统一管理，每晚18时至23时开放，周一闭市。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(wrap("▲5月28日晚，江滩夜市人气很旺。", 20), "photo caption (not body)")
    pg.furniture(["热线"], "column label 热线")
    b1 = Article(
        "b1", "路边垃圾桶满了没人清？", head=["◆路边垃圾桶满了没人清？"], section="热线",
        byline="（记者　韦一）", authors=["韦一"], tail="（记者　韦一）",
        notes="Reader-complaint item under the label 热线; the ◆ is a mark, not part of the title. Body opens with "
              "市民X反映 (the reader is not an author). Credit （记者 X） run in at the end excluded from last.",
        paras=["市民范女士反映，湖滨路公交站旁的两个垃圾桶连续几天满溢，气味难闻。记者随后联系了区环卫所，工作人员表示已安排人员清运，并将该点位的清运频次由每天一次增加到两次。"])
    b2 = Article(
        "b2", "公交站牌字太小看不清", head=["◆公交站牌字太小看不清"], section="热线",
        byline="（实习生　冉小然）", authors=["冉小然"], tail="（实习生　冉小然）",
        notes="Second item of the 热线 strip; ◆ mark not part of the title. Credit （实习生 X） run in at the end: the "
              "实习生 is the author.",
        paras=["市民马大爷来电说，不少公交站牌上的字太小，老年人看不清线路。市公交集团回复，今年将对城区300块站牌进行适老化改造，放大字号并增设语音播报。"])
    for art in (b1, b2):
        pg.headline(art)
        pg.body(art)
    pg.furniture(["菜价播报（元/斤）",
                  "青菜　1.5　冬瓜　1.2",
                  "豇豆　4.0　茄子　3.0",
                  "鸡蛋　4.6　草鱼　8.5",
                  "（雁浦城北农贸市场5月28日）"], "菜价播报 box (not an article)")
    c = Article(
        "c", "端午买粽子这几点要注意", head=["端午买粽子　这几点要注意"],
        byline="本报讯（记者　韦一）", authors=["韦一"], lead="本报讯（记者　韦一）",
        notes="提醒 item with its own headline (two phrases parted by U+3000, joined) and run-in 本报讯（记者 X） "
              "(excluded from first): an article. The numbered points 一、二、三、 are body.",
        paras=[
            "端午节临近，粽子进入销售旺季。市市场监管局提醒：",
            points(["一、到正规商超、门店购买，查看生产日期和保质期。",
                    "二、散装粽子要看是否有防尘防蝇措施。",
                    "三、警惕“天价”礼盒，理性消费。"], 20, "  "),
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["编辑：尤小满　校对：郎清",
                  "扫码报料　有奖征集新闻线索"], "footer with 扫码报料 line")
    return pg


# ---------------------------------------------------------------------------
def lq04() -> Page:
    """Daily 民生周刊 page, NO indent, with column breaks: price investigation (quotation kicker, question headline,
    ——副题, byline line 融媒体记者 X　通讯员 Y) with a price table BETWEEN two paragraphs; 温馨提示 box with a label
    and numbered points but no headline; item with run-in 本报讯（融媒体记者 X）; item whose body comes FIRST and
    whose headline and byline are printed after it."""
    pg = Page("lq04.txt", cols=34, indent="", blanks="some", colbreak=11, seed=7304, p_para=0.3, p_gap=0.8,
              style="daily 民生周刊 page, NO indent, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on three lines (民生周刊; paper + date with weekday; 第7版 + editors); price investigation with a kicker in quotation form, a question headline, ——副题 and byline line 融媒体记者 X　通讯员 Y, a price table (title, header row, five rows) printed BETWEEN two paragraphs; 温馨提示 box (label and three numbered points, no headline); item with run-in 本报讯（融媒体记者 X）; item whose body comes FIRST and whose headline and byline line 见习记者 X are printed AFTER it; footer with 新闻热线 and 扫码报料")
    pg.furniture(["民生周刊",
                  "枫川日报　" + cn_date(2036, 3, 20),
                  "第7版　　责任编辑：井若水　　校对：蔺可"], "page header")
    pg.blank()
    a = Article(
        "a", "猪价下行，餐桌上的账怎么算？",
        subtitle="——枫川市“菜篮子”价格调查",
        byline="融媒体记者　付清越　通讯员　程蔓", authors=["付清越", "程蔓"],
        notes="Investigation with a kicker in quotation form (neither title nor subtitle: the ——副题 is the subtitle), "
              "a question headline, byline line 融媒体记者 X　通讯员 Y (both authors). The price table printed "
              "between the second and third paragraphs is not body (body in pieces). Vendors, shoppers and the "
              "official quoted are not authors.",
        paras=[
            "“一斤前腿肉比春节前便宜了三块钱，这个月家里多吃了好几顿红烧肉。”3月18日，在枫川市北关菜市场，市民秦大姐一边挑肉一边对记者说。",
            "记者连续一周走访全市8家农贸市场和4家大型超市发现，猪肉价格持续走低，精瘦肉零售均价已降至每斤12.6元，比春节前下降约19%；牛羊肉价格基本稳定，鸡蛋价格略有上涨。",
            "价格下行，养殖户的日子却不好过。在枫川市西岭镇经营一家中型养猪场的钟师傅算了一笔账：现在出栏一头猪要亏两百元左右，饲料钱占了成本的六成多。“只能先少补栏，熬过这一阵。”",
            "市发展改革委价格监测中心有关负责人表示，当前生猪供应总体偏多，预计二季度猪价仍将低位运行。市里已启动冻猪肉收储，并将加强对养殖场户的监测预警，防止价格“大起大落”。",
        ])
    pg.kicker(a, "“一斤猪肉便宜了三块钱”")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.gap()
    pg.furniture(["枫川市部分副食品零售均价（元/500克）",
                  "品种　　　　3月18日　　春节前　　涨跌",
                  "猪肉（精瘦）　12.6　　　15.5　　　↓",
                  "牛肉　　　　　38.0　　　38.5　　　↓",
                  "羊肉　　　　　41.0　　　41.0　　　—",
                  "鸡蛋　　　　　4.8　　　 4.5　　　 ↑"], "price table inside the report (not body)")
    pg.gap()
    pg.body(a, start=2)
    pg.gap()
    pg.furniture(["温馨提示",
                  "1.选购冷鲜肉认准检疫合格证明和肉品品质检验合格证。",
                  "2.冻肉解冻后不宜反复冷冻。",
                  "3.发现哄抬价格等行为，可拨打12315举报。"], "温馨提示 box without a headline (not an article)")
    pg.gap()
    b = Article(
        "b", "老旧小区加装电梯今年再添38部",
        byline="本报讯（融媒体记者　付清越）", authors=["付清越"], lead="本报讯（融媒体记者　付清越）",
        notes="Run-in 本报讯（融媒体记者 X） excluded from first.",
        paras=[
            "记者从枫川市住建局获悉，今年全市计划为老旧小区加装电梯38部，目前已有21部完成审批。加装电梯实行“一梯一补”，每部补贴最高25万元。",
            "市住建局提醒，加装电梯须经本单元三分之二以上业主同意，居民可向所在街道申请免费设计咨询。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "家门口的修鞋铺回来了",
        byline="见习记者　桑榆", authors=["桑榆"],
        notes="Item printed in extraction order with its body FIRST and its headline and byline line 见习记者 X "
              "AFTER it (as ky06 of handmade55). The cobbler and the official quoted are not authors.",
        paras=[
            "修鞋、配钥匙、改裤脚……这些曾经随处可见的小生意，一度在城市更新中难觅踪影。今年起，枫川市在32个社区设置“便民服务点”，以每月象征性的租金引进修鞋、家电维修、缝补等便民摊点。",
            "在桃源社区服务点修鞋的老刘已经干了三十年。“以前怕被撵，现在有了固定位置，老主顾都找回来了。”社区工作人员说，服务点开张一个月，已为居民提供服务两千多次。",
        ])
    pg.body(c)
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.furniture(["新闻热线：0×××-2345××××　　扫码报料　线索一经采用即付酬金"], "footer with 新闻热线 and 扫码报料")
    return pg


PAGES = [lq01, lq02, lq03, lq04]
