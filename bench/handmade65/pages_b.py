"""Pages li05-li08 of handmade65 (development set; all papers, agencies, names, firms, places and figures invented).

Jumped articles: li05 (汶江都市报 A2) -> li06 (A7); li07 (鹭洲商报 1版) -> li08 (5版)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import JUMP_IN, JUMP_OUT, rest_body


# ---------------------------------------------------------------------------
def li05() -> Page:
    """Metropolitan daily A2 要闻: article with ——副题 and byline line of two reporters, broken off after a paragraph
    with a bare 转第7版 (no brackets) right-aligned on a line of its own; whole article; article with NO byline
    broken off in mid-sentence with （下转第7版） run in (its credit is printed at the end of its rest); label 要闻速览
    over two ● items."""
    pg = Page("li05.txt", cols=26, indent="  ", blanks="para", seed=6505,
              style="metropolitan daily A2 要闻 page, indent two ASCII spaces, blank lines between paragraphs and blocks: header on four lines (paper; A2 + 要闻; date with weekday; 值班主任 + 责任编辑); article with ——副题 and byline line 本报记者 X　Y, broken off after a paragraph with a bare 转第7版 (no brackets) right-aligned by U+3000s on a line of its own; whole article with run-in 本报讯（记者 X）; article with NO byline (its credit is printed at the end of its rest on li06), broken off in MID-SENTENCE with （下转第7版） run in; label 要闻速览 over two ● items (one signed （记者 X） at the end, one unsigned); footer")
    pg.furniture(["汶江都市报",
                  "A2　要闻",
                  cn_date(2036, 9, 22),
                  "值班主任：乐正川　　责任编辑：缪青"], "page header")
    pg.blank()
    a = Article(
        "a", "汶江新区获批国家级跨境电商综试区",
        subtitle="——三年内新建海外仓20个，力争进出口额翻番",
        byline="本报记者　岑望川　龙雨桐", authors=["岑望川", "龙雨桐"],
        notes=JUMP_OUT + "Byline line 本报记者 X　Y: both are authors. It breaks off after a whole paragraph; the bare jump "
              "line 转第7版 (right-aligned, no brackets) is not body. The rest is li06's entry 汶江新区获批跨境电商综试区.",
        paras=[
            "日前，国务院批复同意在汶江新区设立国家级跨境电子商务综合试验区。这是继汶江保税港区之后，我市获批的又一个国家级开放平台。",
            "去年，汶江新区跨境电商进出口额达到186亿元，同比增长42%，集聚跨境电商企业1300余家，其中年交易额超亿元的企业有37家。新区负责人介绍，获批综试区后，新区将在通关监管、出口退税、外汇结算等方面先行先试，进一步降低企业“出海”成本。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture([FW * 20 + "转第7版"], "continued-to line (not body)")
    pg.blank()
    b = Article(
        "b", "秋季首批“菜篮子”平价店开门迎客",
        byline="本报讯（记者　阙晓晨）", authors=["阙晓晨"], lead="本报讯（记者　阙晓晨）",
        notes="Whole article on this page (not jumped). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "9月21日，全市秋季首批38家“菜篮子”平价店同时开门。记者在城南一家平价店看到，青菜、土豆、鸡蛋等20个基本品种的价格比周边农贸市场低10%至15%。",
            "据了解，平价店由政府给予租金补贴，经营者须承诺基本菜品按指导价销售。到年底，全市平价店将增至100家。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "中秋国庆假期铁路运输9月28日启动", tail="（下转第7版）",
        notes=JUMP_OUT + "No byline is printed with the start (the credit （记者 X　通讯员 Y） comes at the end of the rest, "
              "on li06): byline null, no authors on this page. The text breaks off in mid-sentence (…预计发送旅客) and "
              "（下转第7版） is run in at the end: excluded from last. The rest is li06's untitled entry.",
        paras=[
            "记者从汶江火车站获悉，今年中秋国庆假期铁路运输将从9月28日开始，至10月8日结束，为期11天。",
            "今年假期与中秋节相连，出行需求集中。铁路部门预计，假期运输期间汶江地区三个主要车站预计发送旅客",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["要闻速览"], "column label 要闻速览")
    pg.blank()
    d1 = Article(
        "d1", "汶江二桥主体结构合龙", head=["●汶江二桥主体结构合龙"], section="要闻速览",
        byline="（记者　聂晚舟）", authors=["聂晚舟"], tail="（记者　聂晚舟）",
        notes="Item of the 要闻速览 strip (section), not jumped. The ● before the headline is not part of the title. "
              "The credit （记者 X） run in at the end is the byline, excluded from last.",
        paras=["9月20日，汶江二桥主桥最后一段钢箱梁吊装到位，大桥主体结构实现合龙。汶江二桥全长2.4公里，计划明年6月建成通车。"])
    d2 = Article(
        "d2", "全市新增城市书房15家", head=["●全市新增城市书房15家"], section="要闻速览",
        notes="Item of the 要闻速览 strip with no credit: no byline, no authors. The ● is not part of the title.",
        paras=["今年以来，全市新增24小时城市书房15家，总数达到68家，全年累计接待读者逾120万人次。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.blank()
    pg.furniture(["本版图片除署名外均由本报记者拍摄　　新闻热线：028-96321"], "footer")
    return pg


# ---------------------------------------------------------------------------
def li06() -> Page:
    """Same paper, A7: whole article; rest of the li05 综试区 article: line 接第2版 ABOVE a shortened headline, then
    a photo caption; rest of the li05 railway article with （上接第2版） run in and NO headline, ending with the
    credit （记者 X　通讯员 Y）; whole article with byline; advertisement."""
    pg = Page("li06.txt", cols=36, indent=FW * 2, blanks="some", seed=6506, colbreak=14, p_para=0.3, p_gap=0.7,
              style="metropolitan daily A7 都市·新闻 page (same issue as li05), blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on two lines; whole article with run-in 本报讯（记者 X）; REST of the li05 综试区 article: a line 接第2版 ABOVE a shortened repeat of its headline, then a photo caption with credit after it; REST of the li05 railway article with NO headline and （上接第2版） run in at the start of its first line (mid-sentence), ending with the credit （记者 X　通讯员 Y） run in — the only byline of that article; whole article with byline line ■本报记者 X; a cinema ADVERTISEMENT; footer")
    pg.furniture(["A7　都市·新闻",
                  "汶江都市报　" + cn_date(2036, 9, 22) + "　　编辑：缪青　　校对：危小舟"], "page header")
    pg.blank()
    a = Article(
        "a", "老城区40条背街小巷完成“微改造”",
        byline="本报讯（记者　胥闻笛）", authors=["胥闻笛"], lead="本报讯（记者　胥闻笛）",
        notes="Whole article on this page (not jumped). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "路面平整了，墙面清爽了，杂乱的“蜘蛛网”线缆也不见了。记者从市城管局获悉，今年老城区40条背街小巷“微改造”已全部完工，共整治架空线缆5.6万米，新增休闲座椅和绿化小品320处。",
            "改造中，各街道通过“居民议事会”征集意见1800余条，一些小巷还保留了老水井、老门楼等历史元素。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "汶江新区获批跨境电商综试区",
        notes=JUMP_IN + "the rest of li05's 汶江新区获批国家级跨境电商综试区. The jump line 接第2版 is printed ABOVE the "
              "shortened repeat of the headline (not body, not title); the title is the shortened headline, its "
              "title_line the headline's line. It opens with a whole paragraph. No byline printed here: no authors. "
              "The photo caption after the body is not body; the company head quoted is not an author.",
        paras=[
            "根据实施方案，新区将重点建设“一园三中心”，即跨境电商产业园和线上综合服务中心、海外仓服务中心、人才培训中心，三年内支持企业在共建“一带一路”国家新建海外仓20个。",
            "“以前一个包裹从下单到送到欧洲客户手里要15天，用上海外仓以后，最快3天就能到。”汶江云帆贸易公司总经理柳思远说，公司今年已在中东欧租用两个海外仓，销售额增长了六成。",
            "新区还将设立5亿元跨境电商发展专项资金，对新开设海外仓、新开拓市场的企业给予奖励。",
        ])
    pg.furniture(["接第2版"], "continued-from line (not body)")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.furniture(["▲工人在汶江新区跨境电商产业园分拣出口包裹。　本报记者　龙雨桐　摄"],
                 "photo caption with credit (not body)")
    pg.blank()
    c = Article(
        "c", None, lead="（上接第2版）",
        byline="（记者　邹远　通讯员　柏青）", authors=["邹远", "柏青"], tail="（记者　邹远　通讯员　柏青）",
        notes=JUMP_IN + "the rest of li05's 中秋国庆假期铁路运输9月28日启动. No headline is printed over it: title null. "
              "The jump line （上接第2版） is run in at the start of its first line (excluded from first); the body goes on "
              "in mid-sentence. The credit （记者 X　通讯员 Y） run in at the end is the only byline the article has, and "
              "it is printed on THIS page: byline and authors here (excluded from last).",
        paras=[
            "126万人次，同比增长8.3%，其中10月1日为客流最高峰，预计发送旅客15.6万人次。",
            "为满足旅客出行需要，铁路部门将在假期加开汶江至省城、沿海城市方向旅客列车62列，并对部分热门线路的动车组实行重联运行。车站提醒，假期车票已全部实行候补购票，旅客可通过官方渠道提交候补订单，不要轻信所谓“加速抢票”服务。",
        ])
    pg.emit(c, pg.render_body(c, indent="", end=1) + [("gap",)] + pg.render_body(c, start=1))
    pg.blank()
    d = Article(
        "d", "社区长者食堂让老人吃上“暖心饭”",
        byline="■本报记者　冼一苇", authors=["冼一苇"],
        notes="Whole article on this page (not jumped). Byline line ■本报记者 X (the ■ is a mark). The residents quoted "
              "are not authors.",
        paras=[
            "中午11点，青石巷社区长者食堂里已经坐满了老人。两荤两素一汤，60岁以上老人只需花12元，80岁以上老人再减3元。",
            "“自己做饭费事，孩子们又不在身边，在这里吃饭既方便又热闹。”76岁的居民莫桂芳说。目前，全市已建成社区长者食堂156家，日均服务老人2.3万人次。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["广告",
                  "汶江星河影城　国庆档新片抢先看",
                  "9月30日—10月7日　会员购票立减15元",
                  "地址：汶江大道188号星河广场5楼　订票热线：028-86012345"], "advertisement (not an article)")
    pg.blank()
    pg.furniture(["汶江都市报社　地址：汶江市滨江路66号　零售价：1.50元"], "footer")
    return pg


# ---------------------------------------------------------------------------
def li07() -> Page:
    """Business daily FRONT page extracted with a blank line after EVERY line: lead with a headline on two lines
    and byline line, broken off after a paragraph with ▶下转5版 on its own line; item with run-in dateline broken off in
    mid-sentence with ▶下转5版 run in; two whole items; 导读 box."""
    pg = Page("li07.txt", cols=24, indent=FW * 2, blanks="every", seed=6507,
              style="business daily FRONT page (1版) extracted with a blank line after EVERY line: masthead on four lines (paper, English name, date with weekday, 今日12版 + issue number); lead with headline on TWO lines (a short first line “双十一”前夕) and byline line 本报记者 X, broken off after a paragraph with ▶下转5版 on a line of its own; item with run-in 本报讯（记者 X） broken off in MID-SENTENCE with ▶下转5版 run in; whole item with byline line 本报记者 X; whole item with run-in 本报讯（通讯员 X）; 导读 box; footer")
    pg.furniture(["鹭洲商报",
                  "LUZHOU BUSINESS NEWS",
                  cn_date(2037, 11, 5),
                  "今日12版　第3308期"], "masthead")
    a = Article(
        "a", "“双十一”前夕本地直播电商订单量同比增四成",
        head=["“双十一”前夕", "本地直播电商订单量同比增四成"],
        byline="本报记者　滕予安", authors=["滕予安"],
        notes=JUMP_OUT + "Headline on two lines, joined (the short first line is part of the headline, not a kicker: it "
              "is the start of one sentence). Byline line 本报记者 X. The jump line ▶下转5版 on a line of its own is "
              "not body. The rest is li08's entry 直播电商订单量同比增四成.",
        paras=[
            "距离“双十一”还有不到一周，鹭洲本地直播电商已经忙了起来。记者从市商务局获悉，10月以来，全市直播电商订单量同比增长41%，其中茶叶、海产干货、竹木家居三类本地特色产品的订单量占比超过六成。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["▶下转5版"], "continued-to line (not body)")
    b = Article(
        "b", "鹭洲自贸片区新增企业突破两千家",
        byline="本报讯（记者　聂清）", authors=["聂清"], lead="本报讯（记者　聂清）", tail="▶下转5版",
        notes=JUMP_OUT + "Run-in 本报讯（记者 X） excluded from first. The text breaks off in mid-sentence (…其中外资企业) and "
              "▶下转5版 is run in at the end: excluded from last. The rest is li08's entry 自贸片区新增企业突破两千家.",
        paras=[
            "记者昨日从鹭洲自贸片区管委会获悉，今年1至10月，片区新设立企业2036家，同比增长27.5%，注册资本合计312亿元。其中外资企业",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "新一批惠企政策11月起落地",
        byline="本报记者　柯远", authors=["柯远"],
        notes="Whole item on this page (not jumped). Byline line 本报记者 X.",
        paras=[
            "记者从市发改委获悉，我市新一批惠企政策11月1日起正式实施，涉及降低物流成本、支持企业技术改造、稳定外贸订单等4个方面22条措施，预计全年为企业减负约18亿元。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    d = Article(
        "d", "鹭洲机场冬春航季新开航线8条",
        byline="本报讯（通讯员　阮青梧）", authors=["阮青梧"], lead="本报讯（通讯员　阮青梧）",
        notes="Whole item on this page (not jumped). Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the "
              "author.",
        paras=[
            "鹭洲机场冬春航季航班计划日前公布，新开至西北、东北等方向航线8条，每周计划航班量比上一航季增长9%。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["导读",
                  "■冷链物流园二期投用　5版",
                  "■本周农产品批发价格　5版",
                  "■楼市：10月新房成交环比回升　7版"], "导读 box (not an article)")
    pg.furniture(["社长：裘明远　总编辑：宓文澜　　本报地址：鹭洲市商港路20号"], "footer")
    return pg


# ---------------------------------------------------------------------------
def li08() -> Page:
    """Same business daily, 5版 聚焦, NO indent: ▶上接1版 ABOVE the shortened headline of the li07 lead's rest;
    whole article; shortened headline of the li07 自贸片区 item with ▶上接1版 run in at the start of the rest;
    label 商讯 over two items; price table."""
    pg = Page("li08.txt", cols=32, indent="", blanks="para", seed=6508,
              style="business daily 5版 聚焦 page (same issue as li07), NO indent, blank lines between paragraphs and blocks: header on two lines; REST of the li07 lead with the line ▶上接1版 ABOVE a shortened repeat of its headline; whole article with byline line 本报记者 X　通讯员 Y; REST of the li07 自贸片区 item under a shortened headline with ▶上接1版 run in at the start of its first line, opening in mid-sentence; label 商讯 over two items with headlines; price table (title, header row, five rows, source); footer")
    pg.furniture(["5　聚焦",
                  "鹭洲商报　" + cn_date(2037, 11, 5) + "　　责任编辑：晏秋池　　美编：郦然"], "page header")
    pg.blank()
    a = Article(
        "a", "直播电商订单量同比增四成",
        notes=JUMP_IN + "the rest of li07's “双十一”前夕本地直播电商订单量同比增四成. The jump line ▶上接1版 is printed ABOVE "
              "the shortened repeat of the headline (not body, not title). No byline printed here: no authors. The "
              "people quoted are not authors.",
        paras=[
            "在鹭洲茶叶交易市场的一间直播间里，主播林小鱼一边冲泡白茶，一边向网友介绍茶叶的产地和工艺。“我们一场直播能卖出两千多单，是过去门店一个月的销量。”茶企负责人钟守拙说。",
            "直播电商的火热也带动了相关产业发展。今年以来，全市新增直播电商企业460余家，建成直播基地12个，培训带货主播3800余人次。快递企业的业务量随之攀升，10月全市快递业务量同比增长23%。",
            "市商务局有关负责人表示，将引导直播电商规范发展，加强对虚假宣传、以次充好等行为的监管，保护消费者合法权益。",
        ])
    pg.furniture(["▶上接1版"], "continued-from line (not body)")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "冷链物流园二期投用",
        byline="本报记者　颜小鹿　通讯员　詹宁", authors=["颜小鹿", "詹宁"],
        notes="Whole article on this page (not jumped). Byline line 本报记者 X　通讯员 Y: both are authors.",
        paras=[
            "11月3日，鹭洲冷链物流园二期正式投入使用。二期新增冷库库容12万吨，配备智能立体冷库和全程温控追溯系统，可满足海产品、果蔬、医药等多品类冷链仓储需求。",
            "至此，园区总库容达到20万吨，成为区域内规模最大的冷链物流枢纽。目前已有36家企业签约入驻，预计年周转量超过150万吨。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "自贸片区新增企业突破两千家", lead="▶上接1版",
        notes=JUMP_IN + "the rest of li07's 鹭洲自贸片区新增企业突破两千家, under a shortened repeat of the headline. The jump "
              "line ▶上接1版 is run in at the start of its first line: excluded from first. The body goes on in "
              "mid-sentence (…其中外资企业 | 218家). No byline printed here: no authors.",
        paras=[
            "218家，同比增长35%，主要集中在跨境贸易、融资租赁、数字服务等领域。",
            "片区今年推出的“一照多址”“证照联办”等改革举措，让企业开办时间压缩至半个工作日。片区管委会表示，下一步将围绕海洋经济和数字贸易，引进一批总部型、功能型项目。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["商讯"], "column label 商讯")
    pg.blank()
    d1 = Article(
        "d1", "鹭洲老字号集体入驻文创街区", section="商讯",
        notes="Item of the 商讯 strip (section), not jumped, unsigned: no authors.",
        paras=["日前，鹭洲16家老字号企业集体入驻商港路文创街区，开设体验店和展示馆，街区国庆以来客流增长两成。"])
    d2 = Article(
        "d2", "跨境电商人才专场招聘会举行", section="商讯",
        byline="（晏秋池）", authors=["晏秋池"], tail="（晏秋池）",
        notes="Item of the 商讯 strip, signed （X） run in at the end: the byline, excluded from last. The signer is "
              "also the page's editor, but here she signs the item, so she is its author.",
        paras=["11月4日，鹭洲跨境电商人才专场招聘会举行，58家企业提供运营、物流、外语客服等岗位900余个，现场达成就业意向320人。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["本周鹭洲农产品批发价格（元/公斤）",
                  "品种　　本周均价　　环比",
                  "大白菜　　2.40　　-4.0%",
                  "西红柿　　5.80　　+3.6%",
                  "猪肉　　　26.50　　+1.1%",
                  "带鱼　　　38.00　　 0.0%",
                  "鸡蛋　　　9.20　　-2.1%",
                  "数据来源：鹭洲市农产品批发市场"], "price table (not an article)")
    pg.blank()
    pg.furniture(["本报法律顾问：鹭洲明衡律师事务所　　广告许可证：鹭工商广字第068号"], "footer")
    return pg


PAGES = [li05, li06, li07, li08]
