"""Pages lj01-lj04 of handmade66 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

import datetime

from layout import FW, Article, Page, wrap


def zd(y: int, m: int, d: int) -> str:
    """2033年4月5日（星期二）, the weekday computed, never typed."""
    return f"{y}年{m}月{d}日（星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()] + "）"


# ---------------------------------------------------------------------------
def lj01() -> Page:
    """Malaysian-style daily 财经 page: lead with a two-line headline and byline line 报道：X, photo caption after
    it; run-in （岚坡4日讯） item; label 财经简讯 over three ● items with run-in （X讯）, the last ending （综合报道）;
    market table; 读者服务 box."""
    pg = Page("lj01.txt", cols=24, indent=FW * 2, blanks="para", seed=6601,
              style="Malaysian-style daily 财经 page, blank lines between paragraphs and blocks: header on two lines (paper with English name; date with weekday in brackets + 财经 + B4); lead with a headline on two lines, byline line 报道：X, romanized names beside Chinese ones (陈志明 Tan Chee Meng), stock code in the firm's bracket (GOLDBAY，7123), photo caption with credit （摄影：X） after the body; item with run-in （岚坡4日讯） and no reporter; label 财经简讯 over three ● items with run-in （岚坡讯） / （峇都湾讯）, the last ending with （综合报道）; 岚坡股市行情 table; 读者服务 box; footer with editor and designer")
    pg.furniture(["南屿日报　NANYU DAILY",
                  zd(2033, 4, 5) + "　财经　B4"], "page header")
    pg.blank()
    a = Article(
        "a", "金湾控股首季净利劲扬18%至4120万令吉",
        head=["金湾控股首季净利", "劲扬18%至4120万令吉"],
        byline="报道：林明辉", authors=["林明辉"],
        notes="Lead with the headline printed on two lines (joined). Byline line 报道：X under the headline (the "
              "reporter is the author). The romanized names beside Chinese names (Tan Chee Meng, Wong Lai Kuan) "
              "are body text; the managing director and CFO quoted are not authors. The photo caption with "
              "（摄影：X） after the body is not body and its photographer is not an author.",
        paras=[
            "金湾控股（GOLDBAY，7123，主板工业产品股）截至3月杪首季，净利按年劲扬18.2%，至4120万令吉，每股盈利5.31仙；营业额按年增长11.6%，达5亿8640万令吉，主要受惠于物流及冷链业务订单增加。",
            "董事经理拿督陈志明（Tan Chee Meng）在业绩汇报会上说，集团在巴拉港新建的冷链仓库已于2月投入运作，使用率已达七成，预计全年可为集团贡献约6000万令吉营收。",
            "他指出，令吉近期走强，有助减轻集团进口设备的成本压力，但海运费用仍处于高位，集团会继续审慎控制开销。首席财务员黄丽娟（Wong Lai Kuan）透露，董事部建议派发每股2仙中期股息，除权日为4月28日。",
            "金湾控股股价昨日收高6仙，报1令吉86仙，成交量达1230万股。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(wrap("陈志明（右）与黄丽娟在汇报会上讲解首季业绩。（摄影：韦振邦）", 24),
                  "photo caption with credit (not body)")
    pg.blank()
    b = Article(
        "b", "令吉兑美元连三日走强",
        byline="（岚坡4日讯）", authors=[], lead="（岚坡4日讯）",
        notes="Item with the run-in dateline （岚坡4日讯） (place and day, no reporter): it is the byline, excluded from "
              "first; no authors. The dealer quoted is not an author.",
        paras=[
            "令吉兑美元今日连续第三个交易日走强，收盘报4.3125/3160，比上个交易日的4.3310/3345进一步上扬。令吉兑新元也小幅走高，报3.2140/2178。",
            "一名外汇交易员表示，原油价格回升以及外资重返本地债市，是令吉近期走强的主因，预料令吉短期内将在4.30至4.35水平之间徘徊。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["财经简讯"], "column label 财经简讯")
    pg.blank()
    c1 = Article("c1", "丰源产业获1.2亿令吉合约", head=["●丰源产业获1.2亿令吉合约"], section="财经简讯",
                 byline="（岚坡讯）", authors=[], lead="（岚坡讯）",
                 notes="Item of the 财经简讯 digest (section); the ● before the headline is a mark, not part of the "
                       "title. Run-in （岚坡讯） is the byline, excluded from first; no authors.",
                 paras=["丰源产业（FYUAN，5098）宣布，旗下子公司获颁一项价值1亿2000万令吉的高速公路扩建工程合约，工程为期30个月，预料将从本财政年起为集团盈利作出贡献。"])
    c2 = Article("c2", "峇都湾港口首季吞吐量增7%", head=["●峇都湾港口首季吞吐量增7%"], section="财经简讯",
                 byline="（峇都湾讯）", authors=[], lead="（峇都湾讯）",
                 notes="Item of the 财经简讯 digest; run-in （峇都湾讯） is the byline, excluded from first; no authors.",
                 paras=["峇都湾港务局公布，今年首季港口集装箱吞吐量达到186万个标准箱，按年增长7.1%，其中转运货物占六成。"])
    c3 = Article("c3", "两家公司下周挂牌上市", head=["●两家公司下周挂牌上市"], section="财经简讯",
                 byline="（综合报道）", authors=[], tail="（综合报道）",
                 notes="Item of the 财经简讯 digest ending with the credit （综合报道） run in at the end: it is the "
                       "byline, excluded from last; it names no person, so no authors.",
                 paras=["创嘉科技（TECHKA）及绿田农业（GREENFD）将分别于4月11日及13日在岚坡交易所创业板挂牌，两家公司首次公开售股共筹得约9800万令吉。"])
    for art in (c1, c2, c3):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["岚坡股市行情（4日收盘）",
                  "综合指数　1,612.35　+8.21",
                  "全股项　　11,846.50　+52.17",
                  "成交量　　31亿2400万股",
                  "成交额　　24亿6800万令吉",
                  "上涨　512　下跌　398　平盘　401"], "market table (not an article)")
    pg.blank()
    pg.furniture(["读者服务",
                  "订报热线：03-7788 1234",
                  "新闻爆料：WhatsApp 012-345 6789",
                  "电邮：biz@nanyudaily.my"], "读者服务 box (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：邝素芬　　版面设计：欧阳俊"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lj02() -> Page:
    """Singapore-style daily 金融 page, NO indent, blank lines only between articles: lead with ——副题 and byline
    line 文／X; run-in （新兰综合讯） item; column 钱途漫谈 with the columnist's photo caption above the headline
    and a disclaimer after the body; wire item with run-in （海联社伦巴港7日电）; exchange-rate table; ad."""
    pg = Page("lj02.txt", cols=30, indent="", blanks="arts", seed=6602,
              style="Singapore-style daily 金融 page, NO indent, blank lines only between articles and blocks (paragraph ends show only as short lines): header on two lines (paper + 金融 + 第14版; date 8/4/2033 with weekday); lead with ——副题 and byline line 文／X; item with run-in （新兰综合讯）; column label 钱途漫谈 over the columnist's photo caption (name, English name and post) ABOVE the headline, and a disclaimer line （作者为…本文观点不代表本报立场。） after the body; wire item with run-in （海联社伦巴港7日电） of the invented agency 海联社; 今日汇率 table; bank advertisement; footer")
    pg.furniture(["海峡晨报　金融　第14版",
                  "8/4/2033　星期五"], "page header")
    pg.blank()
    a = Article(
        "a", "新兰银行业首季放贷增3.2%",
        subtitle="——房贷需求回暖　中小企贷款仍疲",
        byline="文／陈秀玲", authors=["陈秀玲"],
        notes="Lead with ——副题 (the subtitle) and byline line 文／X (the writer is the author). No indent and no "
              "blank line between paragraphs. The economist quoted (Kelvin Sim 沈家乐) is not an author.",
        paras=[
            "新兰金融管理局昨天公布的数据显示，本地银行今年首季的国内贷款总额按季增长3.2%，至8642亿新元，是过去六个季度以来最大的季度增幅。",
            "其中，房屋贷款按季增长4.1%，反映利率回落后，买家重新入市。不过，商业贷款仅增长1.3%，中小型企业贷款更按季下滑0.6%。",
            "华岸银行首席经济师沈家乐（Kelvin Sim）说，不少中小企仍在观望，担心外部需求放缓，短期内不会大举扩充。他预计，全年贷款增长将介于4%至5%之间。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "本地首季破产申请减少12%",
        byline="（新兰综合讯）", authors=[], lead="（新兰综合讯）",
        notes="Run-in （新兰综合讯） (a compiled report, no reporter) is the byline, excluded from first; no authors.",
        paras=[
            "律政部最新数据显示，今年首季个人及公司破产申请共1386宗，比去年同期减少12%。其中公司清盘申请为214宗，多数来自餐饮及零售业。",
            "业界人士认为，利率回稳及消费回升，令部分企业的资金压力有所缓解。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["钱途漫谈"], "column label 钱途漫谈")
    c = Article(
        "c", "退休金别只放在定期存款",
        section="钱途漫谈", kind="commentary",
        byline="郑嘉慧 Jessica Cheng　持牌财务策划师", authors=["郑嘉慧"],
        notes="Column 钱途漫谈 (section): the columnist's photo caption (Chinese name, English name, post) is printed "
              "ABOVE the headline; it is the only signature, so it is the byline and she is the author (the "
              "Chinese name only). The disclaimer line after the body is neither body nor byline. Kind commentary.",
        paras=[
            "不少读者来信问我，手上有一笔退休金，放在银行做定期存款最安全，为什么还要考虑其他投资？",
            "定期存款的本金固然稳当，但若利息追不上通货膨胀，钱其实是在慢慢变薄。以每年2.5%的通胀率计算，今天的10万新元，20年后的购买力只剩约6万新元。",
            "我的建议是把退休金分成三份：两年内要用的生活费放在存款或短期国债；中期资金可考虑派息稳定的产业信托或债券基金；剩下的一小部分才投入股票，追求长期增长。",
            "更重要的是，不要因为邻居或亲友推介就把全部积蓄押在一项产品上。退休理财，稳字当头。",
        ])
    pg.line(c, c.byline, "byline")
    pg.headline(c)
    pg.body(c)
    pg.furniture(["（作者为持牌财务策划师。本文观点不代表本报立场。）"], "columnist's disclaimer line (not body)")
    pg.blank()
    d = Article(
        "d", "伦巴港央行维持利率不变",
        byline="（海联社伦巴港7日电）", authors=[], lead="（海联社伦巴港7日电）",
        notes="Wire item of the invented agency 海联社: run-in （海联社伦巴港7日电） is the byline, excluded from "
              "first; it names no reporter, so no authors. The governor quoted is not an author.",
        paras=[
            "伦巴港中央银行7日宣布，将基准利率维持在3.75%不变，符合市场预期。这是该行连续第四次按兵不动。",
            "央行总裁阿兰·德维尔在记者会上说，通胀已连续三个月回落，但服务业价格仍然偏高，现在讨论减息“言之过早”。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["今日汇率（1新元兑）",
                  "美元　　0.7452",
                  "令吉　　3.2168",
                  "人民币　5.3820",
                  "港元　　5.8231"], "exchange-rate table (not an article)")
    pg.blank()
    pg.furniture(["广告",
                  "华岸银行　定期存款特优",
                  "12个月　年利率2.95%",
                  "最低存款额S$20,000　即日起至4月30日",
                  "详情请浏览www.huaanbank.sl"], "advertisement (not an article)")
    pg.blank()
    pg.furniture(["编辑：冯佩琪　　美术：梁子健"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lj03() -> Page:
    """North American Chinese weekly 地产·商业 page, indent two ASCII spaces, blank lines sometimes plus column
    breaks: housing report with byline line 本报记者 X 报道; item with byline line 综合报道; label 华商故事 over a
    profile with byline line 文／图：X and a caption after it; realtor ad; label 商界动态 over two ◆ items."""
    pg = Page("lj03.txt", cols=34, indent="  ", blanks="some", colbreak=11, seed=6603, p_para=0.4, p_gap=0.7,
              style="North American Chinese weekly 地产·商业 page indented with two ASCII spaces, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on three lines (paper with English name; issue number + week's dates; 地产·商业 + A6); housing-market report with byline line 本报记者 X 报道 (加元, English names of agents); item with byline line 综合报道 (no person); label 华商故事 over a family-business profile with byline line 文／图：X and a photo caption （X摄） after the body; realtor advertisement; label 商界动态 over two ◆ items, one signed （记者 X） run in at the end; footer")
    pg.furniture(["枫港侨报　MAPLE HARBOUR CHINESE WEEKLY",
                  "第1528期　2033年4月7日—4月13日",
                  "地产·商业　A6"], "page header")
    pg.blank()
    a = Article(
        "a", "枫港3月独立屋成交量按年升21%",
        byline="本报记者 黄志强 报道", authors=["黄志强"],
        notes="Housing report with the byline line 本报记者 X 报道 (the reporter is the author; the words 本报记者 and "
              "报道 around the name are not). The agent quoted with her English name (刘美华 Mandy Lau) and the "
              "board's economist are not authors.",
        paras=[
            "枫港地产局最新公布的数据显示，大枫港地区3月份独立屋成交1862宗，按年上升21%，基准价格为148万9000加元，按月微升1.2%，按年则下跌2.4%。",
            "共管柏文（condo）市场依然冷淡，3月成交量按年下跌8%，新盘库存升至近五年高位。地产局首席经济师Daniel Morrow表示，利率回落吸引了部分自住买家入市，但投资者仍持观望态度。",
            "在北岭区执业十多年的华裔地产经纪刘美华（Mandy Lau）说，近期到访开放日的买家明显增多，“不少是等了两三年的首次置业者，看准价格回调便出手”。她提醒买家，春季旺市容易出现抢价，出价前应先取得贷款预批，并预留验屋时间。",
            "地产局预计，今年全年独立屋成交量可望回升一成半，但价格升幅有限。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "省府拟加征空置房屋税",
        byline="综合报道", authors=[],
        notes="Item with the byline line 综合报道 (compiled report) under the headline: the byline, naming no person, "
              "so no authors.",
        paras=[
            "省财政厅日前公布预算案，建议自明年1月起，将大枫港地区空置住宅的年度空置税由物业评估价值的1%提高至2%，并扩大至湾景、北岭等五个城市。",
            "省府估计，新措施每年可带来约3亿加元税收，全数用于兴建可负担住房。地产业界则担心，措施可能进一步打击海外买家的入市意欲。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["华商故事"], "column label 华商故事")
    c = Article(
        "c", "三代人守住一家面包店", section="华商故事",
        byline="文／图：周颖琪", authors=["周颖琪"],
        notes="Profile under the label 华商故事 (section); byline line 文／图：X (one person wrote and photographed): "
              "she is the author. The family members quoted are not. The caption with （周颖琪摄） after the body "
              "is not body.",
        paras=[
            "清晨六点，位于枫港唐人街的“金麦面包”已经飘出菠萝包的香气。店主邓家明（Kenny Tang）一边把刚出炉的蛋挞摆上货架，一边招呼熟客。",
            "这家面包店由邓家明的祖父在1979年创办，至今已经营超过半个世纪。疫情那几年，店铺营业额一度腰斩，邓家明和妹妹邓家欣决定开设网店，并与外卖平台合作，把生意从唐人街做到了全城。",
            "“祖父那代人靠的是手艺，我们这代要靠手艺加上网络。”邓家明说。如今网上订单占营业额约三成，店里也推出了低糖的新款面包，吸引不少年轻顾客。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture(wrap("▲邓家明（右）与妹妹邓家欣在店内合照。（周颖琪摄）", 34), "photo caption with credit (not body)")
    pg.gap()
    pg.furniture(["广告",
                  "李嘉慧 Grace Li　地产经纪 Realtor",
                  "买卖独立屋·共管柏文·商业物业",
                  "国粤英语服务　电话：604-555-0188"], "realtor advertisement (not an article)")
    pg.blank()
    pg.furniture(["商界动态"], "column label 商界动态")
    d1 = Article("d1", "华人商会举办出口讲座", head=["◆华人商会举办出口讲座"], section="商界动态",
                 byline="（记者 黄志强）", authors=["黄志强"], tail="（记者 黄志强）",
                 notes="Item of the 商界动态 strip (section); ◆ is a mark. The credit （记者 X） run in at the end is the "
                       "byline, excluded from last.",
                 paras=["枫港华人商会将于4月16日下午在会所举办出口贸易讲座，邀请海关及物流业专家讲解最新关税规定，费用全免，名额80人。"])
    d2 = Article("d2", "唐人街商户获翻新补助", head=["◆唐人街商户获翻新补助"], section="商界动态",
                 notes="Item of the 商界动态 strip with no credit: no byline, no authors.",
                 paras=["市议会通过拨款150万加元，资助唐人街商户翻新店面及改善无障碍设施，每家商户最高可获2万加元，申请截止日期为6月30日。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["本版编辑：区伟明　　广告查询：604-555-0100"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lj04() -> Page:
    """SEA daily 商业新闻 page in a narrow column, a blank line after EVERY line: 【本报讯】 item; item with run-in
    （峇都湾8日讯） and the credit （报道：X） run in at the end; plantation report with byline line 报道：X and a
    share-price box after it."""
    pg = Page("lj04.txt", cols=20, indent=FW, blanks="every", seed=6604,
              style="SEA daily 商业新闻 page in a narrow column extracted with a blank line after EVERY line, indented with ONE U+3000: header on three lines (paper; 商业新闻; date with weekday in brackets); item with run-in 【本报讯】; item with a headline on two lines, run-in （峇都湾8日讯） and the credit （报道：X） run in at the end; plantation report with byline line 报道：X (stock code with English short name, 令吉 prices); share-price box after it; footer")
    pg.furniture(["赤道时报",
                  "商业新闻",
                  zd(2033, 4, 9)], "page header")
    a = Article(
        "a", "中小企数码化补助增至5000令吉",
        byline="【本报讯】", authors=[], lead="【本报讯】",
        notes="Run-in 【本报讯】 (the paper's own report, no reporter) is the byline, excluded from first; no authors. "
              "The official quoted is not an author.",
        paras=[
            "政府宣布把中小型企业数码化配套的补助上限，由每家3000令吉提高至5000令吉，涵盖电子发票、网上销售及会计系统等项目。",
            "贸工部副部长拿汀林佩仪（Lim Pei Yee）说，配套今年拨款2亿令吉，预计可惠及4万家中小企。申请者须为本地注册公司，且年营业额不超过2000万令吉。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "峇都湾工业区获外资4亿令吉", head=["峇都湾工业区", "获外资4亿令吉"],
        byline="（报道：叶家伟）", authors=["叶家伟"],
        lead="（峇都湾8日讯）", tail="（报道：叶家伟）",
        notes="Headline printed on two lines (joined). The run-in dateline （峇都湾8日讯） at the start is excluded from "
              "first; the credit （报道：X） run in at the end names the reporter, so it is the byline (the "
              "dateline, naming no one, is not written in it), excluded from last; the reporter is the author. The investor's "
              "executive quoted is not.",
        paras=[
            "峇都湾州投资局今日宣布，一家电子元件制造商将在州内丹绒美兰工业区投资4亿令吉，兴建半导体封装厂，预计创造1200个就业机会。",
            "州投资局总经理再努丁·哈林说，新厂将于明年第三季投产，当局会协助厂方培训本地技术人员。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "金丰种植看好棕油价格走高",
        byline="报道：苏慧敏", authors=["苏慧敏"],
        notes="Byline line 报道：X under the headline (the reporter is the author). The stock code with English "
              "short name (KIMFONG，5281) is body text. The executive quoted (黄伟杰 Wong Wai Kit) is not an author. "
              "The share-price box after the body is not body.",
        paras=[
            "金丰种植（KIMFONG，5281）执行董事黄伟杰（Wong Wai Kit）说，随着产量进入季节性低潮，加上生物柴油需求增加，原棕油价格今年可望维持在每公吨4200令吉以上。",
            "该公司首季鲜果串产量按年下跌4%，但受惠于棕油售价走高，净利仍按年增长9%。黄伟杰透露，集团今年将重新种植2500公顷老油棕，并斥资3000万令吉提升榨油厂设备。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["金丰种植（5281）",
                  "收市：3.42令吉",
                  "起落：+0.08",
                  "成交量：286万股"], "share-price box (not an article)")
    pg.furniture(["编辑：罗玉珍"], "footer")
    return pg


PAGES = [lj01, lj02, lj03, lj04]
