"""Pages e01-e04 of handmade19 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


def lines_before(pg: Page, a: Article, para: int) -> int:
    """How many printed lines paragraphs 0..para-1 of `a` take (to cut a body after a given paragraph)."""
    return sum(1 for it in pg.render_body(a, end=para) if it[0] == "line")


# ---------------------------------------------------------------------------
def e01() -> Page:
    """经济观察报-like weekly 宏观·政策 page: lead with a 副题 line without dash and a byline naming the paper and the
    city (…周报记者 X　北京报道); 引题 over a headline with 文／本报记者 X; label 政策观察 over a □ X comment with the
    author's identity in a bracket line after it."""
    pg = Page("e01.txt", cols=30, indent=FW * 2, blanks="para", seed=1901,
              style="经济观察报-like weekly 宏观·政策 page, blank lines between paragraphs and blocks: header on two lines (版次 + 版名, paper + date with weekday + 责编／美编); lead with a 副题 line WITHOUT dash holding two phrases separated by U+3000, byline line naming the paper and the city (澄观经济周报记者 X　北京报道), three plain crossheads; 引题 over a headline with quotation marks and byline line 文／本报记者 X; label 政策观察 over a comment with byline line □　X and the author's identity in a bracket line （作者系…） after the text; footer with the page's e-mail")
    pg.furniture(["A3　宏观·政策",
                  "澄观经济周报　" + cn_date(2034, 6, 12) + "　责编：倪照川　美编：宋一苒"], "page header")
    pg.blank()
    a = Article(
        "a", "前五月地方专项债发行超1.9万亿元",
        subtitle="资金投向从“铺摊子”转向“补短板”　项目储备成地方新考题",
        byline="澄观经济周报记者　柯予安　北京报道", authors=["柯予安"],
        notes="副题 printed without dash under the headline (two phrases separated by U+3000): the subtitle. Byline "
              "line naming the paper, the reporter and the city: the reporter is the author. Three plain crossheads "
              "are body. The scholar quoted (宁远川) and the officials are not authors.",
        paras=[
            "今年以来，地方政府专项债券发行明显提速。据澄原财经数据统计，今年1至5月，全国共发行新增专项债券1.93万亿元，占全年已下达额度的47.6%，发行进度比去年同期快了约9个百分点。其中，5月单月发行4860亿元，创下年内新高。",
            "多位受访的地方财政人员告诉记者，今年专项债额度下达早、发行快，“一季度基本就把上半年的发行计划排满了”。与此同时，专项债的投向也在发生变化：过去集中在土地储备、棚户区改造等领域的资金，正更多投向城市地下管网、保障性住房、冷链物流等“补短板”项目。",
            Cross("发行节奏明显前移"),
            "“今年的额度2月初就下达到了市里，比往年早了一个多月。”中部某地级市财政局一位负责人说，为了让资金尽快形成实物工作量，市里建立了专项债项目周调度机制，对发行后3个月仍未开工的项目进行约谈。",
            "澄州大学财政研究中心副主任宁远川分析，专项债发行前置有利于稳定年中投资增速，但也对项目质量提出了更高要求。“钱到了，项目接不住，就会形成资金沉淀。”据他测算，目前部分地区专项债资金支出进度仍滞后于发行进度，有的项目资金拨付率不足五成。",
            Cross("项目储备成“必答题”"),
            "记者了解到，今年多地明确要求，专项债项目必须具备开工条件方可申报发行，并建立“负面清单”，禁止将专项债资金用于楼堂馆所、形象工程和一般性竞争领域。",
            "项目储备的压力随之传导到基层。西部某县发改局一位工作人员坦言，符合条件的项目越来越难找，“收益能覆盖融资成本的项目本来就不多，现在要求更细，前期工作也更重”。为此，一些地方开始探索把多个小项目“打包”申报，提高项目整体的收益平衡能力。",
            Cross("化债与发展如何兼顾"),
            "在发行提速的同时，专项债“借、用、管、还”全链条管理也在加强。今年起，部分省份试点将专项债项目纳入穿透式监测，资金流向、建设进度和收益情况实行按月更新。",
            "受访专家认为，下一步既要用好专项债稳投资的作用，也要防止新增隐性债务。宁远川建议，可适当扩大专项债用作项目资本金的范围，同时加快建立项目收益与偿债责任挂钩的机制，“让每一笔钱都花在明处、用出效益”。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "一个乡镇商贸中心的“翻新账”", subtitle="县域商业体系建设观察",
        byline="文／本报记者　邵云栖", authors=["邵云栖"],
        notes="引题 (kicker) above the headline, no 副题: the kicker is the subtitle. Byline line 文／本报记者 X. The "
              "operator quoted (龚秀芝) is not an author.",
        paras=[
            "6月上旬的一个赶集日，汀阳县石埠镇商贸中心里人头攒动。超市、快递驿站、农资店、小吃档口沿着一层的通道依次排开，二楼的直播间里，两名年轻主播正在向网友推介当地的竹笋干。",
            "两年前，这里还是一座半闲置的老供销社大楼。“一楼租不出去，二楼堆杂物，一年的租金收入不到20万元。”石埠镇商贸中心运营方负责人龚秀芝说。2032年，汀阳县将该项目列入县域商业体系建设项目，中央和省级财政补助资金、县级配套资金和社会资本共同投入1200多万元，对大楼进行改造。",
            "改造后，商贸中心引入连锁超市、物流分拨点和电商服务站，县里的快递企业将分拣、配送环节集中到这里，实现“一个站点、多家快递”。据测算，快递进村的单件成本从1.8元降到0.9元左右。去年，商贸中心租金和服务收入达到156万元。",
            "不过，龚秀芝也坦言，商贸中心的客流仍有明显的“赶集效应”，平日里客流不足赶集日的三分之一。“下一步要把餐饮、休闲和便民服务做起来，让人平时也愿意来。”",
        ])
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "稳投资要算好“长远账”", section="政策观察", kind="commentary",
        byline="□　戚嘉禾", authors=["戚嘉禾"],
        notes="Comment under the label 政策观察 (section); byline line □　X; commentary. The bracket line "
              "（作者系…副院长） after the text is the author's identity, not body.",
        paras=[
            "今年以来，专项债发行前置、政策性金融工具加力，对稳定投资增速起到了积极作用。但也要看到，投资的效益比规模更重要。一些地方为了完成进度考核，把不成熟的项目仓促上马，结果项目建成后运营收入远低于预期，反而给地方财政留下了新的包袱。",
            "稳投资，要算好“长远账”。一方面，要把项目前期论证做实做细，对项目的收益来源、运营主体和偿债安排提前谋划，不能只算建设账、不算运营账；另一方面，要优化考核方式，不宜简单以发行和支出进度论英雄，而应更多关注项目建成后的实际效益。",
            "更重要的是，政府投资要发挥好“四两拨千斤”的带动作用。在交通、能源、水利等领域，可以通过特许经营等方式吸引民间资本参与，让有效投资真正成为扩大内需的持久动力。",
        ])
    pg.furniture(["政策观察"], "column label 政策观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture(["（作者系澄州财经大学公共政策研究院副院长）"], "author's identity line after the comment (not body)")
    pg.blank()
    pg.furniture(["本版邮箱：macro@cgweekly.cn"], "footer with the page's e-mail")
    return pg


# ---------------------------------------------------------------------------
def e02() -> Page:
    """中国经营报-like 商业案例 page: case study with ▍ crossheads and a photo caption 受访者供图 between paragraphs;
    cold-chain advertisement; headline with a U+3000 between its clauses; label 经营快讯 over two ◇ items."""
    pg = Page("e02.txt", cols=21, indent="  ", blanks="some", seed=1902, p_para=0.3, p_gap=0.8,
              style="中国经营报-like weekly 商业案例 page indented with two ASCII spaces: header with a dotted date (2034.06.19); case study whose headline is on two lines (the second a short quoted phrase: 一家县城茶饮品牌的 / “万店”野心), byline line 本报记者 X　实习记者 Y　汀阳报道 (wider than the column), three crossheads marked ▍, a photo caption ending with 受访者供图 between two paragraphs; cold-chain ADVERTISEMENT (广告, slogan, network, 加盟热线, company) between articles; headline with a U+3000 between its two clauses over byline line 本报记者 X; label 经营快讯 over two unsigned items headed ◇title; footer with editor, proof-reader and designer")
    pg.furniture(["C3　商业案例", "汀商经营报　2034.06.19"], "page header (版次, 版名, paper, dotted date)")
    pg.blank()
    a = Article(
        "a", "一家县城茶饮品牌的“万店”野心", head=["一家县城茶饮品牌的", "“万店”野心"],
        byline="本报记者　苏映禾　实习记者　宁可　汀阳报道", authors=["苏映禾", "宁可"],
        notes="Headline on two lines (the second a short quoted phrase), joined. Byline line 本报记者 X　实习记者 Y　"
              "汀阳报道 wider than the column: both are authors (宁可 is a two-character name). The ▍ crossheads are "
              "body. The photo caption ending with 受访者供图 printed between two paragraphs is not body, so the "
              "body is in pieces. The founder and the franchisee quoted (甘一鸣, 彭晓棠) are not authors.",
        paras=[
            "在汀阳县城最热闹的人民路上，不到500米的距离内开着4家“茶小町”门店。一杯柠檬水卖4元，一杯果茶不超过10元，下午放学时段，门店前常常排起长队。",
            "这家2029年诞生于汀阳县城的茶饮品牌，如今门店数量已超过6200家，其中七成以上开在县城和乡镇。今年4月，公司对外宣布，计划在三年内将门店数量扩张至1万家。",
            Cross("▍低价背后的供应链"),
            "“我们的客单价只有8元左右，不把成本压下来，根本活不下去。”茶小町创始人兼总经理甘一鸣告诉记者。在他看来，县城茶饮的竞争，本质上是供应链的竞争。",
            "记者了解到，茶小町在汀阳和沅桥分别建设了两个中央仓，柠檬、百香果等主要水果直接与产地合作社签订采购协议，茶叶、糖浆等原料由自有工厂生产。公司称，自建供应链使原料成本比行业平均水平低15%左右。",
            Cross("▍加盟商的账本"),
            "对加盟商而言，低投入是最大的吸引力。按照茶小町公布的标准，开一家30平方米左右的门店，包括加盟费、设备和装修在内的总投入约为25万元。",
            "在沅桥县开店两年的加盟商彭晓棠给记者算了一笔账：门店日均出杯量约600杯，月营业额14万元左右，扣除原料、房租、人工和水电，每月净利润在2万元上下，“大概一年半能回本”。不过她也坦言，周边同类品牌门店越开越多，今年的营业额比去年下降了一成左右。",
            Cross("▍“万店”之后"),
            "业内人士指出，县城市场的消费容量有限，门店密度过高容易引发“自我蚕食”。多位茶饮行业从业者认为，门店规模扩张到一定程度后，品牌需要在产品创新、会员运营和单店效率上找到新的增长点。",
            "对此，甘一鸣表示，公司将放缓在已饱和区域的开店速度，同时加大对西北、西南县域市场的开拓力度，“万店不是目标，让每家店都赚钱才是”。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=5)
    pg.gap()
    pg.furniture(wrap("图为“茶小町”在汀阳县城的一家门店，下午放学时段顾客排起长队。受访者供图", 21),
                 "photo caption with 受访者供图 between two paragraphs (not body)")
    pg.gap()
    pg.body(a, start=5)
    pg.blank()
    pg.furniture(["广告",
                  "澄运冷链　县域配送次日达",
                  "全国2800个县域网点",
                  "生鲜食品全程温控　门到门服务",
                  "加盟热线：400-860-77××",
                  "澄运冷链物流有限公司"], "advertisement (not an article)")
    pg.blank()
    b = Article(
        "b", "预制菜进校园争议未平企业转攻社区团餐", head=["预制菜进校园争议未平　企业转攻社区团餐"],
        byline="本报记者　窦一禾", authors=["窦一禾"],
        notes="Headline printed on one line with a U+3000 between its two clauses, written without it. Byline line "
              "本报记者 X.",
        paras=[
            "近日，多家预制菜企业在财报和投资者交流活动中表示，将加大对社区团餐、企业食堂等渠道的投入。记者注意到，在校园渠道推进受阻的背景下，社区老年食堂、产业园区员工餐厅正成为预制菜企业争夺的新市场。",
            "以华东地区一家预制菜上市公司为例，该公司一季度团餐业务收入同比增长37%，其中社区团餐收入占比由去年同期的8%提升至19%。公司相关负责人表示，社区团餐对价格敏感度高，但订单稳定、回款周期短。",
            "一位餐饮供应链分析人士认为，团餐市场规模大，但对食品安全和营养搭配的要求同样严格，“企业如果只把团餐当成消化产能的渠道，很难走远”。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["经营快讯"], "column label 经营快讯")
    items = [
        Article("c1", "溯川老字号酱园开出首家社区店", paras=[
            "创立于1911年的溯川老字号“万和酱园”近日在溯川市青垣区开出首家社区店。门店面积约60平方米，除传统酱菜外，还销售小包装调味品和即食产品。企业方面表示，今年计划在社区开设10家门店。"]),
        Article("c2", "沅桥县域快递共配中心投用", paras=[
            "沅桥县快递共同配送中心日前投入使用，5家快递企业的进村包裹在此统一分拣、统一配送。据介绍，共配中心投用后，全县行政村快递服务覆盖率达到100%，乡村快递平均配送时效缩短约半天。"]),
    ]
    for art in items:
        art.section = "经营快讯"
        art.notes = ("**new:** item of the 经营快讯 column (section), headed by a line ◇title; the ◇ bullet is not part "
                     "of the title. Unsigned: no byline, no authors.")
        pg.line(art, "◇" + art.title, "title")
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["编辑：甘棠　校对：吕青青　美编：石闻远"], "footer: editor, proof-reader, designer")
    return pg


# ---------------------------------------------------------------------------
def e03() -> Page:
    """21世纪经济报道-like WEEKEND edition 特稿 page, no indent, blank lines only between articles: question headline
    with ——副题, byline …记者 X　发自Y, ▲ photo caption X／摄 between paragraphs, text cut before （转W5）; label
    一周人物 over a profile signed （本报记者 X） at the end."""
    pg = Page("e03.txt", cols=42, indent="", blanks="arts", seed=1903,
              style="21世纪经济报道-like WEEKEND edition 特稿 page, NO indent, blank lines only between articles (paragraph ends show only as short lines): header on two lines (周末·特稿　W4, paper 周末版 + date with weekday); feature with a headline ending with ？, ——副题 and byline line 南屿经济报道记者 X　发自Y, a ▲ photo caption with the credit X／摄 between two paragraphs, the text cut in mid-sentence before the jump line （转W5）; label 一周人物 over a profile whose headline has a colon, signed （本报记者 X） run in at the end; footer with editor and phone")
    pg.furniture(["周末·特稿　W4", "南屿经济报道 周末版　" + cn_date(2034, 6, 17)], "page header")
    pg.blank()
    a = Article(
        "a", "谁在买县城的写字楼？", subtitle="——中部一座地级市的“去库存”实验",
        byline="南屿经济报道记者　温知夏　发自汀阳", authors=["温知夏"],
        notes="Headline ending with a question mark; ——副题 is the subtitle; byline line …记者 X　发自Y. The ▲ photo "
              "caption with the credit 温知夏／摄 printed between two paragraphs is not body (body in pieces). The "
              "text stops in mid-sentence (…公寓也会空) before the jump line （转W5）, which is not body; last is the "
              "end of what is printed here. People quoted (黎子墨) are not authors.",
        paras=[
            "下午三点，汀阳市城东新区的金融中心大厦里依旧安静。这座28层的写字楼2028年竣工，至今入驻率不到四成，电梯间里贴着一张褪色的招租海报：“精装修写字楼，首年租金五折”。",
            "在城东新区，像这样的写字楼还有十几栋。据当地一家房地产咨询机构统计，汀阳市区商务写字楼存量约240万平方米，空置率超过35%，远高于一线城市20%左右的水平。",
            "过去一年，这座中部地级市开始尝试给写字楼“找买家”。去年8月，汀阳市出台盘活存量商办用房的若干措施，允许符合条件的写字楼改建为保障性租赁住房、人才公寓和养老服务设施，并在规划调整、消防验收等方面开辟绿色通道。",
            "“以前写字楼只能当写字楼用，手续上卡得很死。”汀阳市住建局一位工作人员告诉记者，政策出台后，已有9个项目提出改建申请，涉及面积约31万平方米。",
            "城东新区的创智大厦是第一批完成改造的项目。大楼业主方、汀阳城投旗下的资产运营公司将其中12层改建为人才公寓，共计386套，面向新引进的高校毕业生和企业技术人员出租。公寓月租金在900元到1500元之间，今年3月开放申请后，入住率已经达到85%。",
            "资产运营公司总经理黎子墨给记者算了一笔账：改造费用约每平方米1800元，按目前的租金水平，十年左右可以收回成本，“虽然回报不高，但比空着强”。",
            "不过，并不是所有写字楼都适合改造。多位业内人士指出，写字楼改住宿面临采光、通风、给排水等技术难题，部分老旧楼宇的改造成本甚至高于新建。对于产权分散、小业主众多的写字楼，协调难度更大。",
            "更大的问题在于需求。汀阳市常住人口约310万，近五年人口增长基本停滞，新增的办公需求主要来自本地中小企业和政府平台公司。一位在当地从事商业地产代理十余年的经纪人直言，写字楼“去库存”最终要靠产业和人口，“改成公寓能解一时之急，但如果没有足够的年轻人来这里工作，公寓也会空",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=4)
    pg.furniture(wrap("▲汀阳市城东新区，部分写字楼已改造为人才公寓和共享办公空间。温知夏／摄", 42),
                 "▲ photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=4)
    pg.furniture(["（转W5）"], "jump line （转W5） (not body)")
    pg.blank()
    b = Article(
        "b", "韩栖梧：把老机床“搬上云”", section="一周人物", byline="（本报记者　梁穗）", authors=["梁穗"],
        tail="（本报记者　梁穗）",
        notes="Profile under the label 一周人物 (section); headline with a colon. No byline above the text: signed "
              "（本报记者 X） run in at the end, excluded from last; the reporter is the author. The person profiled "
              "(韩栖梧) is not an author.",
        paras=[
            "在沅桥经济开发区，提起韩栖梧，不少机械厂老板都会叫他一声“韩师傅”。这位54岁的机床维修工程师，干了三十多年机床修理，如今却当起了一家工业互联网公司的创始人。",
            "2031年，韩栖梧和两名年轻工程师合伙创业，给老旧机床加装传感器和数据采集模块，把设备运行数据实时传到云平台上。“一台新机床动辄几十万元，很多小厂舍不得换，但给老机床装个‘体检仪’，花几千元就够了。”",
            "三年来，他的公司已为周边400多家中小企业的6000多台机床完成改造。韩栖梧说，他最想做的，是让小厂的老师傅也能用手机看懂机床的“脸色”。",
        ])
    pg.furniture(["一周人物"], "column label 一周人物")
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["本版编辑：范小蒲　电话：0759-8836××××"], "footer: editor and phone")
    return pg


# ---------------------------------------------------------------------------
def e04() -> Page:
    """财新周刊-like magazine 经济 page indented with ONE U+3000: headline, standfirst, 文｜本刊记者 X　Y, crossheads,
    责任编辑｜X　｜　版面编辑｜Y after the text; short piece with 文｜X followed by a chart (values, source)."""
    pg = Page("e04.txt", cols=27, indent=FW, blanks="some", seed=1904, p_para=0.4, p_gap=0.75,
              style="财新周刊-like magazine 经济 page indented with ONE U+3000: header (section 经济·地方, magazine + date); analysis with a one-line headline with quotation marks, a STANDFIRST of two sentences (the second a question) between headline and byline, byline line 文｜本刊记者 X　Y, two crossheads (one in quotation marks), the editors' line 责任编辑　X　｜　版面编辑　Y after the text; short data story with byline line 文｜X followed by a line chart extracted as title, a row of months and a row of values, and a 数据来源／制图 line; footer date + magazine + page number")
    pg.furniture(["经济·地方", "沅溪财经周刊　2034年6月19日"], "page header")
    pg.blank()
    a = Article(
        "a", "地方国资“接盘”光伏项目", byline="文｜本刊记者　郁晚晴　蒲一苇", authors=["郁晚晴", "蒲一苇"],
        notes="Magazine analysis. The standfirst (two sentences, the second a question) between headline and byline "
              "is neither subtitle nor body. Byline line 文｜本刊记者 X　Y: both are authors. Crossheads are body. "
              "The editors' line after the text (责任编辑…｜版面编辑…) is not body and names no author. Officials "
              "and analysts quoted are not authors.",
        paras=[
            "6月初，位于溯川省青垣市的一座年产5吉瓦的光伏电池片工厂重新亮起了灯。这座工厂去年9月因投资方资金链断裂而停工，今年4月，青垣市国资委旗下的青垣产业投资集团以4.2亿元的价格承接了项目全部资产。",
            "本刊梳理公开信息发现，过去半年，全国至少有6个停工或半停工的光伏制造项目由地方国资平台接手，涉及硅片、电池片、组件等环节，合计产能超过30吉瓦。接盘方式包括直接收购资产、以债转股方式入股，以及成立合资公司共同运营等。",
            Cross("“不救，损失更大”"),
            "“项目停在那里，土地、厂房、设备都在贬值，几千名工人没有着落，银行贷款也成了不良。”一位参与青垣项目谈判的地方官员对本刊表示，国资接手是“两害相权取其轻”。",
            "据了解，上述项目大多是在2030年至2032年光伏行业扩张期引进的招商项目。当时，多地开出土地、税收、代建厂房等优惠条件争抢光伏产能。随着行业进入调整期，产品价格大幅下跌，一批二三线企业陷入亏损，部分新建项目在建成前后即告停摆。",
            "一位长期研究光伏产业的券商分析师认为，地方国资接盘在短期内有助于稳定就业和金融秩序，但如果接手后缺乏有竞争力的技术和市场渠道，项目仍难以扭亏，“最后很可能是把企业的风险转成了地方的风险”。",
            Cross("谁来运营"),
            "接手之后如何运营，是摆在地方国资面前的难题。本刊了解到，青垣产业投资集团并不直接参与工厂管理，而是引入一家头部光伏企业负责代工运营，产品由后者包销，国资方按约定获得固定收益。",
            "这种模式被不少地方效仿，但也存在隐忧。上述分析师指出，代工模式下，运营方在行业低谷时有动力压低代工费用，甚至减少订单，国资方的收益并无保障。此外，部分地方平台公司本身负债率较高，大规模接盘产业项目可能加重其债务负担。",
            "财政部门人士提醒，地方国资参与产业项目纾困，应当严格按照市场化原则开展尽职调查和资产评估，不得新增地方政府隐性债务。",
        ])
    pg.headline(a)
    pg.gap()
    pg.furniture(wrap("半年内，至少6个停工或半停工的光伏制造项目由地方国资平台接手。接盘能否救活项目，还是把风险转到了地方财政身上？", 27),
                 "standfirst (neither subtitle nor body)")
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["责任编辑　颜秋白　｜　版面编辑　邝芷"], "editors' line after the article (not body)")
    pg.blank()
    b = Article(
        "b", "5月制造业PMI回落至49.6%", byline="文｜柴晚秋", authors=["柴晚秋"],
        notes="Short data story with byline line 文｜X. The line chart printed after the text (title, months, "
              "values, 数据来源／制图 line) is not body; the chart maker (邝芷, also the page's designer) is not an author.",
        paras=[
            "统计部门6月初公布的数据显示，5月制造业采购经理指数（PMI）为49.6%，比上月下降0.5个百分点，在连续三个月位于扩张区间后重回收缩区间。",
            "分项指数中，新订单指数为49.1%，比上月下降0.8个百分点；新出口订单指数为47.3%，降幅较大。原材料购进价格指数回落至48.5%，显示上游价格压力有所缓解。",
            "受访经济学家认为，5月PMI回落既有季节性因素，也反映出外需放缓的影响。从企业规模看，大型企业PMI保持在50%以上，中小企业景气度偏弱，稳定中小企业订单和预期仍是下一阶段政策的着力点。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["近12个月制造业PMI（%）",
                  "6月　7月　8月　9月　10月　11月　12月　1月　2月　3月　4月　5月",
                  "49.5　49.7　49.9　50.2　49.8　49.6　49.9　49.7　50.3　50.4　50.1　49.6",
                  "数据来源：统计部门　制图：邝芷"], "line chart after the story (not body)")
    pg.blank()
    pg.furniture(["2034.6.19　沅溪财经周刊　42"], "footer: date, magazine, page number")
    return pg


PAGES = [e01, e02, e03, e04]
