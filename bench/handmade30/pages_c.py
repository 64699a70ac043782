"""Pages i09-i12 of handmade30 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


def after_text(items: list, text: str) -> int:
    """Index in rendered body items just after the first printed line ending with `text` (to cut a body
    inside a paragraph)."""
    for i, it in enumerate(items):
        if it[0] == "line" and it[1].endswith(text):
            return i + 1
    raise ValueError(text)


# ---------------------------------------------------------------------------
def i09() -> Page:
    """City daily's 县区·乡村 page of county stories, extracted with a blank line after EVERY line, 18-character
    column, ONE U+3000 indent: two stories each followed by a line 来源：X县融媒体中心 (one adding 记者 X); the
    paper's own item with run-in 本报讯（记者 X　通讯员 Y）."""
    pg = Page("i09.txt", cols=18, indent=FW, blanks="every", seed=3009,
              style="city daily 县区·乡村 page of county stories, extracted with a blank line after EVERY line, ONE U+3000 indent: header on three lines; two stories from county 融媒体 centres, each with a headline on two lines (县名：… before a colon) and a line 来源：X县融媒体中心 printed AFTER the body (the second adding 记者 X); the paper's own item with a headline on two lines and the run-in 本报讯（记者 X　通讯员 Y）; footer with editor and proof-reader")
    pg.furniture(["澄江日报",
                  cn_date(2035, 6, 15),
                  "A6　县区·乡村"], "page header")
    a = Article(
        "a", "枫溪县：夏收夏种进度过七成", head=["枫溪县：夏收夏种", "进度过七成"],
        byline="来源：枫溪县融媒体中心",
        notes="County story reprinted by the city daily: headline on two lines, joined. **new:** the line "
              "来源：X县融媒体中心 printed after the body is the byline (not body); it names an organisation and no "
              "person: no authors.",
        paras=[
            "连日来，枫溪县抢抓晴好天气，组织农机手、种粮大户和社会化服务组织开展夏收夏种。截至6月14日，全县已收获小麦24.6万亩，占应收面积的76%；夏播玉米、大豆等作物15.8万亩。",
            "为保障夏收夏种顺利进行，枫溪县设立农机跨区作业接待服务站8个，为外来机手提供加油、维修、食宿等服务，并组织农技人员分片包村，指导农户科学播种。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, a.byline, "byline")
    b = Article(
        "b", "石岭县：小木耳撑起大产业", head=["石岭县：小木耳", "撑起大产业"],
        byline="来源：石岭县融媒体中心　记者　卢晓岚", authors=["卢晓岚"],
        notes="County story: headline on two lines, joined. **new:** the line 来源：X县融媒体中心　记者 Y after the "
              "body is the byline; the reporter named in it is the author.",
        paras=[
            "在石岭县云台乡的黑木耳种植基地，一排排菌棒整齐排列，工人们正忙着采收。今年，云台乡黑木耳种植规模达到1200万棒，预计产值9000万元。",
            "云台乡地处山区，林木资源丰富、昼夜温差大，适宜发展食用菌产业。近年来，当地通过“龙头企业＋合作社＋农户”模式，由企业统一提供菌棒和技术，合作社组织农户种植，企业保底收购，带动1800多户农户户均年增收2.5万元。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    c = Article(
        "c", "澄江农村电商前5个月销售额增三成", head=["澄江农村电商", "前5个月销售额增三成"],
        byline="本报讯（记者　梅若禾　通讯员　潘一川）", authors=["梅若禾", "潘一川"],
        lead="本报讯（记者　梅若禾　通讯员　潘一川）",
        notes="The paper's own item: headline on two lines, joined. Run-in 本报讯（记者 X　通讯员 Y） excluded from "
              "first; both are authors.",
        paras=[
            "记者从市商务局获悉，今年前5个月，全市农村网络零售额达到38.6亿元，同比增长31.4%，其中农产品网络零售额14.2亿元，增长27.8%。",
            "目前，全市已建成县级电商公共服务中心6个、村级电商服务站点920个，培育农村电商带头人1100余名。枫溪茶叶、石岭木耳等一批特色农产品通过直播带货走向全国。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["编辑：裘晓夏　　校对：甘棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def i10() -> Page:
    """Provincial 农村报 合作社·新农人 page, two ASCII spaces and NO blank line anywhere: profile with ——副题 and
    byline 本报记者 X　通讯员 Y; an article whose body comes FIRST, headline and byline line 本报通讯员 X　见习记者 Y
    AFTER it; item with （通讯员 X　记者 Y） run in at the end; drone advertisement; run-in 本报讯（记者 X）."""
    pg = Page("i10.txt", cols=28, indent="  ", blanks="never", seed=3010,
              style="provincial 农村报 合作社·新农人 page indented with two ASCII spaces, NO blank line anywhere: header on three lines (paper + date with weekday; 第5版 + 版名; editor and proof-reader); profile with ——副题 and byline line 本报记者 X　通讯员 Y; then an article whose body comes FIRST and whose headline and byline line 本报通讯员 X　见习记者 Y are printed AFTER it; item with credit （通讯员 X　记者 Y） run in at the end; farm-drone ADVERTISEMENT; run-in 本报讯（记者 X） item; footer line 本版邮箱")
    pg.furniture(["渠阳农村报　" + cn_date(2035, 6, 16),
                  "第5版　合作社·新农人",
                  "责任编辑：甄小禾　　校对：祁晴"], "page header")
    a = Article(
        "a", "小合作社闯出大市场", subtitle="——记青岗县丰源果蔬专业合作社",
        byline="本报记者　聂穗　通讯员　冷一川", authors=["聂穗", "冷一川"],
        notes="Profile: ——副题 is the subtitle; byline line 本报记者 X　通讯员 Y: both are authors. The chairman "
              "quoted (邓满仓) is not.",
        paras=[
            "清晨6点，青岗县丰源果蔬专业合作社的分拣车间里灯火通明，刚从大棚里采摘的西红柿、黄瓜经过清洗、分级、包装，装上冷链车，当天下午就能摆上省城超市的货架。",
            "合作社理事长邓满仓是土生土长的青岗人。2027年，他牵头成立合作社时，只有11户社员、80亩大棚。“那时候种出来的菜只能拉到集上卖，价格被压得很低，有时候还烂在地里。”邓满仓回忆说。",
            "转机出现在合作社与省城一家连锁超市签订“农超对接”协议之后。超市对蔬菜的品质、规格、农残都有严格要求，合作社便统一种苗、统一农资、统一技术、统一标准、统一销售，建立了从田间到货架的全程质量追溯体系。产品品质上去了，价格也比市场价高出15%左右。",
            "如今，丰源合作社的社员已发展到326户，种植基地扩大到2100亩，去年销售收入达到4600万元，社员户均增收3.8万元。邓满仓说，下一步打算建一个净菜加工厂，把产业链再往前延伸一步。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "返乡青年种出“网红”番茄",
        byline="本报通讯员　岑晓露　见习记者　柏小舟", authors=["岑晓露", "柏小舟"],
        notes="Headline and byline line printed AFTER the body, on a page without blank lines (the body starts "
              "right after the previous article's last line). Byline line 本报通讯员 X　见习记者 Y: both are "
              "authors. The young farmer quoted (贺小禾) is not.",
        paras=[
            "“我们的番茄不打催熟剂，自然成熟后再采摘，酸甜比正好，不少顾客回购了十几次。”在白沙县莲荡村的智能温室里，返乡青年贺小禾一边直播，一边向网友展示刚摘下的番茄。",
            "贺小禾大学学的是电子商务，毕业后在省城一家电商公司工作了5年。2032年，她回到家乡，流转了30亩土地建起智能温室，种植口感型番茄，并通过短视频和直播打开销路。去年，她的温室番茄线上销售额达到260万元，还带动周边12户村民一起种植。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    c = Article(
        "c", "全省农民合作社数量突破8万家",
        byline="（通讯员　滕禾　记者　聂穗）", authors=["滕禾", "聂穗"], tail="（通讯员　滕禾　记者　聂穗）",
        notes="Credit （通讯员 X　记者 Y） run in at the end: the byline, excluded from last; both are authors.",
        paras=[
            "渠阳省农业农村厅日前发布数据，截至5月底，全省依法登记的农民合作社达到8.12万家，其中县级以上示范社1.46万家，辐射带动农户超过420万户。",
            "近年来，渠阳省持续开展农民合作社规范提升行动，推动合作社由数量增长向质量提升转变。全省已组建农民合作社联合社620家，合作社开展农产品加工、电商销售、休闲农业等多种经营的比例超过四成。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["广告",
                  "禾力植保无人机",
                  "载重30升　每小时作业120亩",
                  "购机可享农机购置补贴",
                  "咨询电话：400-635-××××"], "farm-drone advertisement (not an article)")
    d = Article(
        "d", "渠阳评选出首批“金牌新农人”",
        byline="本报讯（记者　窦青）", authors=["窦青"], lead="本报讯（记者　窦青）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "日前，渠阳省农业农村厅公布首批100名“金牌新农人”名单。入选者平均年龄35岁，大专以上学历占比超过七成，涵盖粮食种植、设施园艺、畜禽养殖、农村电商等多个领域。",
            "根据安排，入选的“金牌新农人”将优先获得创业贷款贴息、技能培训等支持，并组建导师团，通过“以老带新”帮助更多返乡青年在农村创业。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版邮箱：hzs@qynongcun.cn"], "footer e-mail")
    return pg


# ---------------------------------------------------------------------------
def i11() -> Page:
    """National 农业 daily 市场·价格 page, NO indent, 46-character lines: market story with a price table printed
    BETWEEN two paragraphs; label 市场观察 over a comment with byline 本报特约评论员 X; run-in
    本报讯（记者 X　通讯员 Y） item; 价格速递 box."""
    pg = Page("i11.txt", cols=46, indent="", blanks="para", seed=3011,
              style="national 农业 daily 市场·价格 page, NO indent, blank lines between paragraphs and blocks (the only paragraph marks): header on two lines (版名; paper + date with weekday + 第7版); market story with byline line 本报记者 X and a grain-price table (title with unit, header row, four rows, 数据来源) printed BETWEEN two paragraphs; label 市场观察 over a comment with byline line 本报特约评论员 X; run-in 本报讯（记者 X　通讯员 Y） item; 价格速递 box (title, three lines of prices, 监测单位); footer with editor and proof-reader")
    pg.furniture(["市场·价格",
                  "华穗农民日报　" + cn_date(2035, 6, 17) + "　第7版"], "page header")
    pg.blank()
    a = Article(
        "a", "新麦收购价格高开稳走",
        byline="本报记者　沙穗宁", authors=["沙穗宁"],
        notes="Byline line 本报记者 X. The price table printed between the second and third paragraphs is not "
              "body. The researcher and the buyer quoted (蓝秋实) are not authors.",
        paras=[
            "随着麦收进度过半，主产区新麦收购陆续展开。记者近日在多个主产省份采访了解到，今年新麦上市价格开局较好，多数地区三等小麦收购价格在每斤1.20元至1.26元之间，比去年同期略高，农户售粮积极性较高。",
            "从各地情况看，今年小麦品质整体较好，容重高、不完善粒少，优质麦占比提高，制粉企业和贸易商入市收购较为积极。渠阳省一家大型面粉企业采购负责人说：“今年的新麦出粉率高，我们计划比去年多收两成。”",
            "不过，也有业内人士提醒，当前玉米等替代品价格偏弱，下游面粉和麸皮需求一般，新麦价格继续大幅上涨的动力不足。随着收购进入高峰，市场供应量集中增加，部分地区价格可能出现小幅回调。",
            "华穗农业经济研究所研究员蓝秋实建议，农户要密切关注市场行情，根据自身储粮条件合理安排售粮节奏，不要盲目惜售或集中抛售；同时，要做好新粮晾晒和储存，防止霉变损失。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.blank()
    pg.furniture(["6月中旬部分主产区新麦收购价格（三等，元／斤）",
                  "地区　　　　本周　　　上周　　　去年同期",
                  "渠阳省　　　1.24　　　1.23　　　1.21",
                  "河阴省　　　1.25　　　1.24　　　1.22",
                  "淮原省　　　1.22　　　1.22　　　1.20",
                  "泽南省　　　1.21　　　1.20　　　1.19",
                  "数据来源：本报价格监测点"], "grain-price table between two paragraphs (not body)")
    pg.blank()
    pg.body(a, start=2)
    pg.gap()
    b = Article(
        "b", "理性看待蔬菜价格季节性波动", section="市场观察", kind="commentary",
        byline="本报特约评论员　易禾川", authors=["易禾川"],
        notes="Comment under the label 市场观察 (section). **new:** byline line 本报特约评论员 X: a named "
              "commentator, the author (unlike the unnamed 本报评论员). Commentary.",
        paras=[
            "每年夏季，随着露地蔬菜集中上市，菜价往往出现一轮季节性下跌，“菜贱伤农”的话题也随之升温。今年6月以来，全国重点监测的28种蔬菜平均批发价格连续四周下降，部分品种产地价格跌幅较大，引发社会关注。",
            "对于菜价的季节性波动，既要理性看待，也要积极应对。一方面，蔬菜生产周期短、供给弹性大，价格随供求关系和季节变化而涨跌，是市场规律的正常体现，不必过度解读。另一方面，也要看到，小农户信息不对称、抗风险能力弱，价格大起大落最终受损的往往是种植户。",
            "平抑菜价波动，关键在于完善产销衔接机制。要加强蔬菜生产和市场监测预警，及时发布价格和供需信息，引导农户合理安排种植品种和茬口；要大力发展订单农业，鼓励批发市场、超市、电商平台与产地建立稳定的合作关系；要加快产地冷藏保鲜设施建设，让蔬菜“错峰上市”，把季节性的价格差转化为农民的增收空间。",
        ])
    pg.furniture(["市场观察"], "column label 市场观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "全国农产品批发价格总指数小幅回落",
        byline="本报讯（记者　沙穗宁　通讯员　鞠晓川）", authors=["沙穗宁", "鞠晓川"],
        lead="本报讯（记者　沙穗宁　通讯员　鞠晓川）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "据华穗农业信息中心监测，6月16日，全国农产品批发价格总指数为112.36，比上周下降0.84个点，比去年同期下降1.52个点。其中，蔬菜价格指数下降1.9%，水果价格指数下降0.6%，畜产品价格指数上涨0.3%，水产品价格指数基本持平。",
            "分品种看，重点监测的6种水果平均批发价格为每公斤7.48元，环比下降1.1%；猪肉平均批发价格为每公斤21.62元，环比上涨0.7%；鲫鱼、鲤鱼等大宗淡水鱼价格略有上涨。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["价格速递",
                  "6月16日部分农产品批发价格（元／公斤）",
                  "大白菜　1.52　　黄瓜　2.58　　西红柿　3.74　　土豆　2.90",
                  "猪肉　21.62　　牛肉　68.40　　羊肉　66.20　　鸡蛋　8.64",
                  "鲤鱼　13.86　　鲫鱼　18.20　　富士苹果　8.96　　香蕉　5.80",
                  "监测单位：华穗农业信息中心"], "价格速递 price box (not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：祝穗　　校对：顾小麦"], "footer")
    return pg


# ---------------------------------------------------------------------------
def i12() -> Page:
    """National 农业 daily FRONT page: masthead; lead with 引题 and run-in 本报北京6月14日讯（记者 X　通讯员 Y　Z）
    whose body is printed in two pieces with a short item from the next column read in between, ending with
    （下转第2版）; 本报评论员 commentary; 今日导读 box; column breaks."""
    pg = Page("i12.txt", cols=36, indent=FW * 2, blanks="some", colbreak=15, seed=3012, p_para=0.4, p_gap=0.85,
              style="national 农业 daily FRONT page, blank lines sometimes plus column breaks (a blank line every 15 body lines, also inside paragraphs): five-line masthead (paper, English name, date with weekday, CN / 邮发代号 line, 今日8版 and issue number); lead with 引题 (no 副题) and the run-in 本报北京6月14日讯（记者 X　通讯员 Y　Z）, its body printed in TWO PIECES with a short item of the next column (headline + run-in 本报讯（记者 X）) read IN BETWEEN, in mid-sentence, and the jump line （下转第2版） run in at its end; 评论员文章 with 本报评论员 under its headline; 今日导读 box of three ◆ titles with page numbers; footer with editor, proof-reader and designer")
    pg.furniture(["华穗农民日报",
                  "HUASUI FARMERS DAILY",
                  cn_date(2035, 6, 15),
                  "国内统一连续出版物号　CN 19-0147　邮发代号　1-96",
                  "今日8版　第15521号"], "masthead")
    pg.blank()
    a = Article(
        "a", "全国夏粮收购全面展开", subtitle="各地多措并举防止“卖粮难”",
        byline="本报北京6月14日讯（记者　韦穗青　通讯员　冯小满　褚禾）", authors=["韦穗青", "冯小满", "褚禾"],
        lead="本报北京6月14日讯（记者　韦穗青　通讯员　冯小满　褚禾）", tail="（下转第2版）",
        notes="Lead. The 引题 above a headline with no 副题 is the subtitle. Run-in "
              "本报北京6月14日讯（记者 X　通讯员 Y　Z） excluded from first; all three are authors. **new:** the body is "
              "printed in two pieces, with the next column's short item (首届全国乡村工匠技艺大赛举行) read in "
              "between, in mid-sentence. **new:** the jump line （下转第2版） run in at the end (wrapped: （下转 / 第2版）) "
              "is excluded from last like a credit.",
        paras=[
            "记者从国家粮食和物资储备部门获悉，随着主产区小麦大面积收获，全国夏粮收购全面展开。截至6月13日，主产区各类粮食企业累计收购新产小麦1860万吨，同比增加210万吨，收购进度快于上年同期。",
            "今年夏粮收购，各地坚持市场化收购和政策性收购“两条腿走路”。一方面，积极引导中储粮、地方国有粮食企业和大型加工企业等多元主体入市收购，活跃市场；另一方面，提前做好最低收购价执行预案，一旦市场价格低于最低收购价，将及时启动预案，守住农民种粮收益底线。",
            "为方便农民售粮，各地普遍推行“惠农售粮”服务，在收购库点设立咨询台、休息区，开通手机预约售粮功能，让农民少跑腿、少排队。渠阳、河阴等省份还组织粮食企业到田间地头收购，实行“随收随售、地头结算”。",
            "有关负责人表示，将加强收购市场监督检查，严厉打击压级压价、“打白条”等坑农害农行为，切实保护种粮农民利益，确保农民种粮卖得出、卖得好。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    items = pg.render_body(a)
    cut = after_text(items, "低于最低收购价，将")
    pg.emit(a, items[:cut])
    pg.gap()
    c = Article(
        "c", "首届全国乡村工匠技艺大赛举行",
        byline="本报讯（记者　蒋秋穗）", authors=["蒋秋穗"], lead="本报讯（记者　蒋秋穗）",
        notes="Short item of the next column, read by extraction in the middle of the lead's body. Run-in "
              "本报讯（记者 X） excluded from first.",
        paras=[
            "6月14日，首届全国乡村工匠技艺大赛在渠阳省青岗县举行。来自全国各地的326名乡村工匠同场竞技，比赛设置竹编、木作、刺绣、乡村建筑营造等8个项目，展示了乡村传统技艺的独特魅力。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.gap()
    pg.emit(a, items[cut:])
    pg.gap()
    b = Article(
        "b", "让农民种粮更有奔头", kind="commentary",
        byline="本报评论员",
        notes="评论员文章: the line 本报评论员 printed UNDER the headline is the byline (no person named: no "
              "authors). Commentary.",
        paras=[
            "眼下，夏粮收获和收购工作全面展开。从田间到粮库，每一个环节都关系着亿万农民一年的辛劳能否变成实实在在的收入。让农民种粮卖得出、卖得好，是保护种粮积极性最直接的举措。",
            "种粮效益是农民种粮的“风向标”。近年来，国家持续提高小麦最低收购价，扩大完全成本保险和种植收入保险覆盖面，加大耕地地力保护补贴力度，农民种粮的收益保障不断增强。但也要看到，农资价格、土地流转费用上涨，种粮比较效益偏低的问题仍然存在。",
            "让农民种粮更有奔头，要在“稳价”“降本”“增效”上持续用力。既要守住最低收购价这条底线，又要通过发展社会化服务、推广节本增效技术，帮助农民降低生产成本；既要鼓励优粮优价，又要延长粮食产业链，让农民更多分享加工增值收益。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["今日导读",
                  "◆盐碱地上的千斤麦（第6版）",
                  "◆夏季蔬菜价格为何走低（第7版）",
                  "◆返乡青年的“云上菜园”（第5版）"], "今日导读 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["本版责任编辑：史穗禾　　校对：钮小川　　版式设计：庞一夏"], "footer")
    return pg


PAGES = [i09, i10, i11, i12]
