"""Pages w01-w04 of handmade28 (development set; digest and reprint papers; all papers, agencies, names,
firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, width, wrap


def right(text: str, cols: float) -> str:
    """A line set flush right in a column of `cols` (leading U+3000s, as extraction leaves it)."""
    return FW * max(0, int(cols - width(text))) + text


def credit(pg: Page, a: Article, text: str, flush: bool = True) -> None:
    """A source / author credit printed on a line of its own (not body)."""
    pg.line(a, right(text, pg.cols) if flush else text, "byline")


# ---------------------------------------------------------------------------
def w01() -> Page:
    """Digest weekly (文摘报), front page: masthead; lead with 引题 continued on page 4 (jump line （下转第4版））;
    three reprinted items each signed with its source run in at the end (（据《X报》）, （来源：X网）, （X社））;
    本期导读 box; footer with editor, proof-reader, subscription hotline."""
    pg = Page("w01.txt", cols=24, indent=FW * 2, blanks="para", seed=2801,
              style="digest weekly (文摘报) FRONT page: five-line masthead (paper, English name, date with weekday, CN / 邮发代号, 每周二、五出版 + issue + 今日8版); lead with an 引题 over a one-line headline, no byline, its part on this page ending MID-SENTENCE before the jump line （下转第4版）; three reprinted items each signed with its source run in at the end: （据《X日报》）, （来源：X网）, agency credit （X社）; 本期导读 box of three ◆ titles with page numbers; footer with editor, proof-reader and subscription hotline")
    pg.furniture(["九州文摘报",
                  "JIUZHOU DIGEST",
                  cn_date(2035, 5, 11),
                  "国内统一连续出版物号　CN 36-0127　邮发代号　37-15",
                  "每周二、五出版　第2217期　今日8版"], "masthead")
    pg.blank()
    a = Article(
        "a", "家装厨卫“焕新”纳入以旧换新支持范围", subtitle="六部门联合发文",
        notes="Lead of the front page, continued on page 4: the part printed here ends MID-SENTENCE (…可带动约) "
              "just before the jump line （下转第4版）, which is furniture, not body; last is the last 12 characters "
              "printed here. The 引题 above the headline (no 副题) is the subtitle. No byline or source credit on "
              "this page (a digest prints the source with the continuation). 业内人士 quoted are not authors.",
        paras=[
            "记者从有关部门获悉，六部门日前联合印发通知，将旧房装修、厨卫改造以及适老化、智能化家居产品纳入以旧换新支持范围。通知明确，个人消费者购买符合条件的智能门锁、智能马桶、节水龙头、适老化扶手等12类产品，可按成交价格的15%享受补贴，单件最高补贴2000元；对开展旧房局部改造的家庭，各地可结合实际给予一定补助。",
            "通知要求，各地要依托本地家装企业、家居卖场和电商平台，打造一批“一站式”焕新服务网点，推行“线上申领、线下核销”，让补贴流程更简便、更透明。同时，要加强对参与企业的资质审核和价格监测，坚决防止先涨价后打折、以次充好等行为。",
            "业内人士认为，我国城镇存量住房规模庞大，房龄超过20年的住房占比接近四成，家装厨卫改造需求潜力可观。将其纳入以旧换新范围，有望带动建材、家具、家电等上下游行业联动增长。据测算，每1元家装消费可带动约",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture([right("（下转第4版）", 24)], "jump line （下转第4版） (not body)")
    pg.gap()
    b = Article(
        "b", "临溪县级物流配送中心实现“一单到村”",
        byline="（据《临溪日报》）", tail="（据《临溪日报》）",
        notes="**new:** reprinted item signed with its source run in at the end, （据《X日报》）: the source credit is "
              "the byline and is excluded from last; it names no person: no authors.",
        paras=[
            "临溪县首个县级共同配送中心日前投入运营。中心整合了县内7家快递企业和3家商贸流通企业的末端配送资源，通过统一分拣、统一线路、统一配送，将快递进村的时间由原来的3天缩短至1天，单件配送成本下降约四成。",
            "截至目前，全县132个行政村已全部实现“一单到村”，村级服务站日均收发包裹超过1.8万件。下一步，当地还将依托配送中心发展农产品上行，帮助村民把土特产“卖出去”。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "一季度全国新设外商投资企业增长一成",
        byline="（来源：华岳网）", tail="（来源：华岳网）",
        notes="Reprinted item signed （来源：X网） run in at the end: byline, excluded from last; no authors.",
        paras=[
            "有关部门最新发布的数据显示，今年一季度，全国新设立外商投资企业1.46万家，同比增长10.3%；实际使用外资金额2876亿元。从行业看，高技术产业实际使用外资占比达36.8%，其中电子及通信设备制造业、医疗仪器设备制造业引资分别增长21.5%和17.2%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "多地推出“先诊疗后付费”信用就医服务",
        byline="（华岳社）", tail="（华岳社）",
        notes="Item signed with the agency's name （华岳社） run in at the end: byline, excluded from last; an agency is "
              "not a person: no authors.",
        paras=[
            "记者从多地医保部门了解到，信用就医服务正加快推广。参保人开通信用就医后，在定点医疗机构门诊就诊时无需预先缴费，诊疗结束后可通过手机一次性结算；住院时也可免交或少交押金。",
            "目前，望潮、澄阳、栖川等地已有超过400家医疗机构接入该服务，累计惠及患者逾120万人次。有关负责人表示，将同步完善信用评价和失信约束机制，保障医保基金安全。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本期导读",
                  "◆“共享工厂”让小微企业轻装上阵　5版",
                  "◆银发族成为文旅消费新主力　5版",
                  "◆家装厨卫“焕新”怎么补　4版"], "本期导读 contents box")
    pg.blank()
    pg.furniture(["本版编辑：韦安澜　　校对：祝青禾", "订阅热线：400-618-3715"],
                 "footer with editor, proof-reader, hotline")
    return pg


# ---------------------------------------------------------------------------
def w02() -> Page:
    """International reprint daily (参考消息-like), 国际经济 page: lead wire story with 引题 and run-in
    【西陆通讯社圣马伦5月8日电】, its body printed in TWO pieces around a short item; translated item opening
    据北岬《X日报》网站…报道， signed （编译／X）; translated article with 【…文章】题：…　作者　X header lines;
    label 外媒速览 over two items."""
    pg = Page("w02.txt", cols=30, indent=FW, blanks="arts", seed=2802,
              style="international reprint daily (参考消息-like) 国际经济 page, ONE U+3000 indent, blank lines only between articles and blocks: header on two lines (paper + date with weekday + 第6版; 版名 + editor + proof-reader); lead with 引题 over the headline and the run-in dateline 【西陆通讯社圣马伦5月8日电】 (no reporter), its body printed in TWO pieces (cut mid-sentence) with a short item between them; translated item opening 据北岬《X日报》网站5月7日报道， signed （编译／X） run in at the end; translated article with 引题 外媒关注, headline, then the header 【北岬《X》周刊5月6日一期文章】题：…　作者　X wrapped over two lines before the body; label 外媒速览 over two items (one opening 据西陆通讯社…报道，, one signed （据塞拉诺《晨报》））; footer with editors")
    pg.furniture(["寰宇参考报　" + cn_date(2035, 5, 10) + "　第6版",
                  "国际经济　　责任编辑：尹青萝　　校对：应晚晴"], "page header")
    pg.blank()
    a = Article(
        "a", "奥伦西亚央行连续第三次按兵不动", subtitle="通胀黏性超出预期",
        byline="【西陆通讯社圣马伦5月8日电】", lead="【西陆通讯社圣马伦5月8日电】",
        notes="Foreign news retold from an invented agency. **new:** the run-in dateline 【X社Y地5月8日电】 in square "
              "brackets (参考消息 style) is the byline, excluded from first; it names no reporter: no authors. The "
              "引题 is the subtitle. The body is printed in TWO pieces (cut mid-sentence) with the item 北岬联邦上调"
              "全年经济增长预期 between them. The governor (卢卡斯·费雷拉) is quoted, not an author.",
        paras=[
            "奥伦西亚中央银行8日宣布，将基准利率维持在4.25%不变。这是该行连续第三次议息会议维持利率不变，与此前多数经济学家预计的降息25个基点相悖。",
            "央行在随后发布的声明中说，尽管整体通胀率已从去年高点回落，但服务业价格和工资增速仍处于高位，4月核心通胀率为3.4%，回落速度慢于预期。声明说，货币政策委员会9名委员中有6人支持维持利率不变，3人主张降息。",
            "央行行长卢卡斯·费雷拉在新闻发布会上表示，过早降息可能导致通胀反弹，“我们需要看到更多证据，确认物价涨幅会持续回到目标区间”。他同时承认，高利率对住房市场和中小企业融资造成了压力，央行将密切关注信贷状况的变化。",
            "消息公布后，奥伦西亚货币兑美元汇率一度上涨0.8%，两年期国债收益率升至年内高点。圣马伦一家投资银行的首席经济学家认为，央行最早可能在7月开启降息，但前提是二季度通胀数据明显改善。",
        ])
    b = Article(
        "b", "北岬联邦上调全年经济增长预期",
        byline="（编译／孟栖）", authors=["孟栖"], tail="（编译／孟栖）",
        notes="Translated item printed between the two pieces of the lead. Its opening 据北岬《霍尔姆港日报》网站5月7日"
              "报道， is a clause of the first sentence and stays in the body. **new:** the credit （编译／X） run in at "
              "the end is the byline, excluded from last; the translator is the author.",
        paras=[
            "据北岬《霍尔姆港日报》网站5月7日报道，北岬联邦财政部7日将今年经济增长预期由1.6%上调至2.1%，理由是能源出口收入好于预期、私人消费稳步恢复。财政部同时预计，今年财政赤字占国内生产总值的比重将降至2.4%，低于年初预算水平。不过，报道援引分析人士的话说，全球需求放缓仍是该国经济面临的主要风险。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    first, rest = Page.chunks(pg.render_body(a), [8])
    pg.emit(a, first)
    pg.blank()
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.emit(a, rest)
    pg.blank()
    c = Article(
        "c", "跨国“绿电走廊”重塑环北湾能源版图", subtitle="外媒关注",
        byline="【北岬《北方经济评论》周刊5月6日一期文章】题：跨国电网的新时代　作者　汉娜·维克伦德",
        authors=["汉娜·维克伦德"],
        notes="Translated article (参考消息 style). **new:** the header 【北岬《X》周刊5月6日一期文章】题：…　作者　X, "
              "wrapped over two lines between the headline and the body, is the byline (not body); the original "
              "title after 题： is part of it, not a subtitle; the foreign writer named after 作者 is the author. The "
              "引题 外媒关注 (no 副题) is the subtitle.",
        paras=[
            "过去十年，环北湾地区各国的电力系统正在发生深刻变化。风电和光伏在多国电力结构中的占比已超过三成，但其间歇性、波动性也给电网安全带来了挑战。解决之道，越来越多地指向跨越国界的电网互联。",
            "去年底投入运营的“北湾一号”海底直流输电工程，将北岬西海岸的海上风电场与塔维拉南部的负荷中心连接起来，输电容量达到200万千瓦。在风力强劲的夜晚，北岬多余的风电可以输往塔维拉；而在无风的日子里，塔维拉的水电又能反向输送。运营方的数据显示，工程投运半年来，两国电网的弃风率分别下降了4个百分点和2个百分点。",
            "这样的合作正在扩展。目前，环北湾地区已建成和在建的跨国输电线路有11条，总容量超过1500万千瓦。各国电网运营商还在探索建立统一的日前电力市场，让电力像商品一样在更大范围内自由流动、按价格信号配置。",
            "当然，挑战同样存在。跨国工程投资巨大、建设周期长，涉及多国审批，利益分配也常常引发争议。一些沿线社区则担心输电设施对渔业和海洋生态的影响。专家认为，要让“绿电走廊”真正发挥作用，各国需要在规划、监管和市场规则上形成更紧密的协调机制。",
        ])
    pg.kicker(c, c.subtitle)
    pg.headline(c)
    for ln in wrap(c.byline, 30):
        pg.line(c, ln, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["外媒速览"], "column label 外媒速览")
    d1 = Article(
        "d1", "塔维拉拟对进口电动汽车实施新认证", section="外媒速览",
        notes="Item under the label 外媒速览 (section). The opening 据西陆通讯社5月7日报道， is a clause of the first "
              "sentence and stays in the body; no byline, no authors.",
        paras=[
            "据西陆通讯社5月7日报道，塔维拉交通部7日公布草案，拟从明年1月起对进口电动汽车实施新的电池安全和碳足迹认证，未通过认证的车型将不能享受购置补贴。草案将征求意见60天。业内人士认为，新规将增加部分进口车企的合规成本。",
        ])
    d2 = Article(
        "d2", "塞拉诺股市主要指数创年内新高", section="外媒速览",
        byline="（据塞拉诺《晨报》）", tail="（据塞拉诺《晨报》）",
        notes="Item under the label 外媒速览 (section), signed with its foreign source run in at the end: byline, "
              "excluded from last; no authors.",
        paras=[
            "塞拉诺证券交易所主要股指8日收于12846点，较前一交易日上涨1.3%，创今年以来新高。银行和能源板块涨幅居前。分析人士认为，市场对该国央行下月降息的预期升温，提振了投资者情绪。",
        ])
    for art in (d1, d2):
        pg.headline(art)
        pg.body(art)
        pg.blank()
    pg.furniture(["美术编辑：费南枝　　本版邮箱：gjjj@hyckb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w03() -> Page:
    """报刊文摘-like 观点·数字 page: label 观点 over three opinion excerpts, each with a credit line of its own
    （摘自《X》　NAME） flush right or ——摘自《X》，作者：NAME; 数字 column (heading letter-spaced, figure lines over
    captions opening 据X报道，); long reprint with □ NAME under its headline and ——摘自 line after it."""
    pg = Page("w03.txt", cols=26, indent="  ", blanks="some", seed=2803, p_para=0.4, p_gap=0.85,
              style="报刊文摘-like 观点·数字 page indented with two ASCII spaces: header on three lines (paper + 第3版; date with weekday; 版名 + 主编); label 观点 over three opinion excerpts, each with a short headline and a credit line of its own after the body (（摘自《X日报》　NAME） and （摘自《X报》5月6日　NAME） flush right, ——摘自《X》，作者：NAME flush left); 数字 column: letter-spaced heading 数　字 over four figure lines (3.2亿人次, 68.4%…) each followed by its caption paragraph opening 据X报道，; long reprint with □　NAME on the line under its headline and ——摘自《X》2035年第9期 on a line after it; footer with editor and e-mail")
    pg.furniture(["星垣报刊文摘　第3版",
                  cn_date(2035, 5, 14),
                  "观点·数字　　主编：喻知秋"], "page header")
    pg.blank()
    pg.furniture(["观点"], "column label 观点")
    pg.blank()
    ops = [
        Article("a1", "“小切口”也能做出“大文章”", section="观点", kind="commentary",
                byline="（摘自《澄阳日报》　宋知白）", authors=["宋知白"],
                paras=["一些地方在推动高质量发展时，习惯于铺摊子、上项目，动辄“大而全”。其实，从群众身边的“小切口”入手，同样能做出“大文章”。一条背街小巷的改造，能带活一片商圈；一个社区食堂的开办，能解决老人的“吃饭难”。发展的成色，往往就藏在这些看得见、摸得着的细节里。"]),
        Article("a2", "稳就业要多看“新岗位”", section="观点", kind="commentary",
                byline="（摘自《北港商报》5月6日　温叙）", authors=["温叙"],
                paras=["当前，外卖骑手、网约车司机、网络主播、健康照护师等新就业形态吸纳了大量劳动者，成为稳就业的重要渠道。但也要看到，这些岗位普遍存在社保覆盖不足、职业发展通道不畅等问题。",
                       "稳就业，既要稳住传统岗位，也要把新岗位“扶上马、送一程”，让劳动者干得安心、干得长久。"]),
        Article("a3", "别让“低价内卷”透支行业未来", section="观点", kind="commentary",
                byline="——摘自《中洲产业评论》，作者：薛晴川", authors=["薛晴川"],
                paras=["部分行业陷入“价格战”，企业竞相压价，利润越摊越薄，最终只能在原材料和研发上“省钱”。这样的竞争看似让消费者得了实惠，实则透支了整个行业的创新能力。治理“内卷式”竞争，既要加强价格监管，更要引导企业在技术和服务上比拼。"]),
    ]
    for art in ops:
        art.notes = ("Opinion excerpt under the label 观点 (section). **new:** a digest's credit printed on a line of "
                     "its own after the body, naming the source paper and the writer of the excerpted comment "
                     "(（摘自《X》　NAME） flush right, or ——摘自《X》，作者：NAME): the byline, not body; the writer is "
                     "the author. Commentary.")
        pg.headline(art)
        pg.gap()
        pg.body(art)
        credit(pg, art, art.byline, flush=not art.byline.startswith("——"))
        pg.blank()
    b = Article(
        "b", "数字",
        notes="**new:** the 数字 column of a digest: its letter-spaced heading 数　字 is the only heading of the block, "
              "so it is the title (not a section). The body is the four figure lines (own lines, no indent) and their "
              "caption paragraphs, which open with their sources (据华岳社报道， …) and stay in the body. Not a "
              "figures box of an article (compare the 数说 box of handmade22 g03): a column of its own with text. "
              "No byline, no authors.",
        paras=[
            Cross("3.2亿人次"),
            "据华岳社报道，今年“五一”假期，全国国内旅游出游3.2亿人次，按可比口径同比增长7.6%；国内游客出游总花费1920亿元，增长8.4%。",
            Cross("68.4%"),
            "据《中洲汽车报》报道，截至4月末，全国新能源汽车保有量中，私人乘用车占比达68.4%，较去年同期提高4.1个百分点。",
            Cross("1.17万家"),
            "据星垣网消息，一季度全国新增专精特新中小企业1.17万家，其中制造业企业占比超过八成。",
            Cross("26小时"),
            "据《澄阳日报》报道，澄阳港口岸一季度进口货物整体通关时间压缩至26小时，比去年同期减少5.3小时。",
        ])
    pg.headline(b, sep=FW)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "县城消费正在悄悄“升级”", byline="□　庄明远", authors=["庄明远"],
        notes="Long reprint: the line □　NAME under the headline is the byline (the writer, author). The source line "
              "——摘自《北港经济观察》2035年第9期 printed after the body is not body (a credit naming no person).",
        paras=[
            "五一假期，在南岭省临溪县城新开的一家商业综合体里，连锁咖啡店门口排起了长队，影院的热门场次早早售罄，一家主打露营装备的门店，三天卖出了200多顶帐篷。店长告诉笔者，这样的热闹，在两三年前的县城还很难见到。",
            "县城消费的变化，首先体现在“品牌下沉”。过去，知名连锁品牌大多扎堆一二线城市；如今，不少品牌把新店开到了县城。一家连锁茶饮企业的数据显示，其去年新开门店中，超过六成位于三线及以下城市。对于品牌来说，县城租金低、竞争相对缓和，消费潜力却不容小觑。",
            "其次是“体验升级”。县城居民不再满足于“买得到”，而是追求“买得好”“玩得好”。剧本娱乐、宠物医院、健身工作室等新业态在县城快速生长，周末带孩子去商场的亲子乐园、晚上和朋友去小酒馆聚会，成为不少县城年轻人的生活日常。",
            "县城消费升级的背后，是收入增长、交通改善和返乡人口增加等多重因素共同作用的结果。不过也要看到，一些县城的商业设施存在同质化问题，商场“开一家火一家、开两家亏一家”的情况并不少见。如何立足本地人口规模和消费习惯，科学规划商业布局，是摆在地方面前的一道现实考题。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture(["——摘自《北港经济观察》2035年第9期"], "source line after the body (not body)")
    pg.blank()
    pg.furniture(["本版编辑：喻知秋　　电子邮箱：szbkwz@xyszb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w04() -> Page:
    """A daily's 一周要闻 page, WIDE (42) and without indent: weekly roundup of dated paragraphs (5月5日　…) with a
    byline line 本报记者 X　整理; 一句话新闻 list of ● items; longer item signed （来源：X发布）; 下周看点 box."""
    pg = Page("w04.txt", cols=42, indent="", blanks="arts", seed=2804,
              style="city daily's 一周要闻 page, WIDE column, NO indent, blank lines only between articles and blocks (paragraph ends show only as short lines): header on one line (paper, date with weekday, 第8版, 版名); weekly roundup: headline, byline line 本报记者 X　整理, seven dated paragraphs each opening 5月5日　…; 一句话新闻 column: its heading over six ● one-line items (some wrapping); longer item (about 370 characters) signed （来源：X发布） run in at the end; 下周看点 box of four dated lines; footer with editor, proof-reader and hotline")
    pg.furniture(["北港日报　" + cn_date(2035, 5, 12) + "　第8版　一周要闻"], "page header")
    pg.blank()
    a = Article(
        "a", "一周经济要闻回顾", byline="本报记者　陶亦然　整理", authors=["陶亦然"],
        notes="Weekly roundup of dated items: one article; each paragraph opens with its date (5月5日　…), which is "
              "body text (first starts with 5月5日). Byline line 本报记者 X　整理: the compiler is the author.",
        paras=[
            "5月5日　北港市政府常务会议审议通过《北港市促进首发经济发展若干措施》，对在北港开设首店、举办新品首发活动的品牌给予最高300万元奖励。",
            "5月6日　北港港一季度货物吞吐量达1.92亿吨，同比增长6.3%；集装箱吞吐量586万标准箱，增长9.1%，两项指标均创同期新高。",
            "5月7日　北港市首批12家“数字化转型标杆工厂”名单公布，入选企业平均生产效率提升28%，产品不良率下降31%。",
            "5月8日　北港自贸片区与塔维拉南港签署友好港口合作备忘录，双方将在航线开辟、港口数字化和绿色燃料加注等领域开展合作。",
            "5月9日　北港市发布住房公积金新政，多子女家庭首套房公积金贷款最高额度上浮20%，政策自6月1日起实施。",
            "5月10日　2035北港国际消费电子博览会开幕，来自23个国家和地区的1100余家企业参展，首发新品超过300款。",
            "5月11日　北港市统计局发布数据，4月全市规模以上工业增加值同比增长7.4%，其中高技术制造业增长15.8%。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "一句话新闻",
        notes="**new:** 一句话新闻 column: its heading is the only heading of the block of one-line ● items (no "
              "headlines of their own), so it is the title, and the six items are one article (each too short to "
              "stand alone); the ● marks are body text (first starts with ●). No byline, no authors.",
        paras=[
            "●北港市首条低空物流航线开通，无人机从港区配送站到海岛渔村仅需18分钟。",
            "●北港农商银行推出“渔船贷”，今年以来已向320户渔民发放贷款1.1亿元。",
            "●北港高新区新增国家级科技企业孵化器2家，总数达到9家。",
            "●北港地铁4号线二期工程全线贯通，预计明年上半年开通运营，届时将串联起港区、高铁站和国际会展中心。",
            "●北港市一季度新登记经营主体3.6万户，同比增长8.7%，其中企业1.2万户。",
            "●北港海关：前4个月全市出口船舶68艘，同比增长41.7%。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "北港一季度地区生产总值同比增长5.6%",
        byline="（来源：北港发布）", tail="（来源：北港发布）",
        notes="Item signed with its source run in at the end （来源：X发布）: byline, excluded from last; no authors. "
              "The 市统计局有关负责人 quoted is not an author.",
        paras=[
            "北港市统计局日前发布数据，初步核算，今年一季度全市实现地区生产总值3186.4亿元，按不变价格计算，同比增长5.6%，增速比全国平均水平高0.3个百分点。",
            "分产业看，第一产业增加值71.2亿元，增长3.1%；第二产业增加值1204.8亿元，增长6.2%；第三产业增加值1910.4亿元，增长5.3%。工业生产较快增长，规模以上工业增加值增长7.1%，其中船舶及海洋工程装备制造业增长19.6%，电子信息制造业增长12.4%。",
            "消费市场稳中有升，社会消费品零售总额1012.6亿元，增长5.9%，其中新能源汽车、智能家电零售额分别增长36.5%和18.2%。固定资产投资增长4.8%，工业投资增长12.7%。",
            "市统计局有关负责人表示，一季度全市经济开局平稳，但有效需求不足、部分企业经营困难等问题依然存在，巩固经济回升向好态势仍需加力。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["下周看点",
                  "5月13日　北港市4月居民消费价格数据发布",
                  "5月14日　第九届北港海洋经济论坛开幕",
                  "5月15日　北港—圣马伦直航货运航线首航",
                  "5月16日　北港市夏季促消费活动启动"], "下周看点 box (calendar, not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：郝思屿　　校对：晏清和　　新闻热线：8866 2035"], "footer")
    return pg


PAGES = [w01, w02, w03, w04]
