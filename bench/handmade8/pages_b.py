"""Pages s05-s08 of handmade8 (held out; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date


# ---------------------------------------------------------------------------
def s05() -> Page:
    """Official Q&A (答记者问) page with a 要点 digest and a short news item."""
    pg = Page("s05.txt", cols=40, indent=FW * 2, blanks="some", seed=805, p_para=0.5, p_gap=0.8,
              style="policy page: headline + ——副题 naming an official who 答记者问, run-in 新华社…电（记者 X）, 问：/答： turns; 政策速览 box of numbered points; 本报讯（记者 X　通讯员 Y） item")
    pg.furniture(["法治经济报　　政策解读", cn_date(2028, 3, 10) + "　第3版", "责任编辑：闵行舟　校对：柯小满"], "page header")
    pg.blank()
    qa = Article(
        "qa", "推动数据产权登记规范有序开展", kind="interview",
        subtitle="——国家数据资源局有关负责人就《数据产权登记管理暂行办法》答记者问",
        byline="新华社北京3月9日电（记者　符雨桐）", authors=["符雨桐"],
        lead="新华社北京3月9日电（记者　符雨桐）",
        notes="Official Q&A: the ——副题 names who answers; run-in 新华社…电（记者 X） excluded from first; "
              "问：/答： turns are body. kind interview (a careful editor could also file it as article).",
        paras=[
            "近日，国家数据资源局印发《数据产权登记管理暂行办法》（以下简称《办法》），自2028年4月1日起施行。国家数据资源局有关负责人就《办法》的出台背景、主要内容等回答了记者提问。",
            "问：《办法》出台的背景是什么？",
            "答：数据产权登记是数据要素市场的基础性制度。近年来，一些地方先行开展了数据产权登记探索，积累了有益经验，但也存在登记规则不统一、证书互认难、登记信息难以共享等问题。出台《办法》，就是要统一登记规则，规范登记行为，为数据流通交易、收益分配和权益保护提供基础支撑。",
            "问：哪些数据可以申请登记？",
            "答：《办法》明确，依法依规取得、具有一定规模和价值、能够被持续使用的数据资源和数据产品，可以申请登记。涉及国家秘密、未经依法授权处理的个人信息，以及法律、行政法规禁止流通的数据，不予登记。",
            "问：登记的程序是怎样的？",
            "答：登记分为申请、受理、审核、公示和发证五个环节。登记机构应当自受理之日起15个工作日内完成审核，审核通过的在统一的登记平台上公示10个工作日。公示期内无异议或者异议不成立的，颁发登记证书。",
            "问：登记证书具有什么效力？",
            "答：登记证书是登记主体持有、使用和经营相关数据的证明，可以作为数据流通交易、融资抵押、会计核算和纠纷处理的依据。需要说明的是，登记本身不改变数据的权属关系，也不代替有关部门对数据安全和个人信息保护的监管。",
            "问：下一步将如何推动《办法》落地？",
            "答：我们将会同有关部门加快建设全国统一的数据产权登记平台，推动各地登记机构接入，实现登记信息互联互通、证书全国互认。同时，将加强对登记机构的监督管理，对弄虚作假、违规登记等行为依法严肃处理。",
        ])
    pg.headline(qa)
    pg.line(qa, qa.subtitle, "subtitle")
    pg.gap()
    pg.body(qa)
    pg.gap()
    pts = Article(
        "pts", "数据产权登记管理暂行办法五大要点", section="政策速览",
        notes="Label 政策速览 above the headline goes to section; numbered points (1．…) are the body; unsigned.",
        paras=[
            "1．统一登记规则，全国范围内实行统一的登记类型、登记内容和证书样式。",
            "2．明确登记对象，登记对象为数据资源和数据产品两类。",
            "3．规范登记程序，设置申请、受理、审核、公示、发证五个环节。",
            "4．建立异议处理和撤销登记制度，保护相关方合法权益。",
            "5．加强登记机构监管，实行年度报告和信息公开制度。",
        ])
    pg.kicker(pts, "政策速览")
    pg.headline(pts)
    pg.gap()
    pg.body(pts, indent="")
    pg.gap()
    nw = Article(
        "nw", "首批数据产权登记证书在东岭颁发", byline="本报讯（记者　阙晓鸥　通讯员　莫书言）",
        authors=["阙晓鸥", "莫书言"], lead="本报讯（记者　阙晓鸥　通讯员　莫书言）",
        paras=[
            "东岭省数据交易中心3月9日向8家企业颁发首批数据产权登记证书，涉及交通出行、电力能耗、医疗健康等领域的数据产品12个。",
            "东岭省数据资源局有关负责人表示，下一步将推动登记证书在数据交易、融资授信等场景中应用，首批已有两家银行表示将据此开展数据资产质押融资试点。",
        ])
    pg.article(nw, order=("headline", "body"))
    pg.gap()
    pg.furniture(["本版投稿邮箱：zhengce@fzjjb-example.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def s06() -> Page:
    """汽车消费 page with advertisement blocks and 扫码 / 热线 lines between and inside articles."""
    pg = Page("s06.txt", cols=22, indent="  ", blanks="some", seed=806, p_para=0.3, p_gap=0.8,
              style="汽车消费 page: a car advertisement (model names, figures, 扫码预约试驾, 热线) between articles, a 扫码关注 box inside a body (in the middle of a sentence), 文/图 byline, 招商热线 ad at the foot")
    pg.furniture(["都市消费报　汽车周刊　B3", cn_date(2028, 3, 11), "主编：宫一鸣　编辑：席晓菲"], "page header")
    pg.blank()
    a = Article(
        "a", "新能源汽车以旧换新补贴延续至年底", byline="本报记者　鄢子昂", authors=["鄢子昂"],
        subtitle="促消费政策持续加力",
        notes="引题 (kicker) above the headline, no end punctuation: not part of the title, recorded in subtitle.",
        paras=[
            "记者从市商务局获悉，我市汽车以旧换新补贴政策将延续至今年12月31日。个人消费者报废旧车并购买新能源乘用车的，最高可获补贴2万元；置换购买新能源车的，最高补贴1.5万元。",
            "与去年相比，今年的补贴申请流程进一步简化。消费者在4S店购车时即可由经销商代为提交申请，无需再到线下窗口递交材料，补贴资金一般在15个工作日内发放到位。",
            "市商务局有关负责人介绍，去年全市共有3.6万名消费者享受以旧换新补贴，带动汽车消费约58亿元。今年将联合金融机构推出购车贷款贴息，进一步降低消费者购车成本。",
        ])
    pg.article(a, order=("kicker", "headline", "byline", "body"), kicker=a.subtitle)
    pg.gap()
    pg.furniture(["广告", "全新启航EV7　长续航版", "CLTC续航720km　零百加速4.9s", "限时购车价15.98万元起",
                  "扫码预约试驾", "预约热线：400-6××-8899"], "car advertisement")
    pg.gap()
    b = Article(
        "b", "春季自驾出游前这几项检查别忽视", byline="本报记者　姜沐晨", authors=["姜沐晨"],
        notes="A 扫码关注 box is printed in the middle of a sentence of the body, so the body is in pieces.",
        paras=[
            "天气转暖，自驾出游的市民多了起来。汽修专家提醒，车辆经过一个冬天，出行前最好做一次全面检查。",
            "首先是轮胎。冬季气温低，轮胎气压容易偏低，出行前应按照车门边标注的标准气压补气，同时检查胎面有无鼓包、裂纹，花纹深度是否低于1.6毫米的磨损标记。",
            "其次是刹车和灯光。长途行驶前要检查刹车片厚度和刹车油液位，确认前后灯光、转向灯工作正常。电动车车主还要提前规划充电路线，避开节假日高速服务区的充电高峰。",
            "此外，雨刮片、冷却液和车载应急物品也不能忽视。专家建议，车上常备三角警示牌、反光背心、灭火器和应急电源，以备不时之需。",
        ])
    pg.article(b, order=("headline", "byline"))
    pg.gap()
    items = pg.render_body(b)
    b1, b2 = Page.chunks(items, [9])
    pg.emit(b, b1)
    pg.furniture(["扫码关注", "都市消费报汽车频道", "看更多用车攻略"], "扫码关注 box")
    pg.emit(b, b2)
    pg.gap()
    c = Article(
        "c", "二手车交易量同比增长两成", byline="本报讯（记者　鄢子昂）", authors=["鄢子昂"],
        lead="本报讯（记者　鄢子昂）",
        paras=[
            "市二手车交易市场数据显示，今年前两个月全市二手车交易量达2.8万辆，同比增长21.4%。其中，新能源二手车交易量增长近一倍，车龄3年以内的“准新车”最受欢迎。",
        ])
    pg.article(c, order=("headline", "body"))
    pg.gap()
    d = Article(
        "d", "老小区装充电桩有了“共享”方案", byline="文/图　本报记者　姜沐晨", authors=["姜沐晨"],
        notes="Byline 文/图 本报记者 X: the reporter wrote and photographed; one author.",
        paras=[
            "在城南的桂香苑小区，一排共享充电桩前停满了电动汽车。这个建成于上世纪九十年代的老小区，过去因为没有固定车位、电力容量不足，居民一直装不了私人充电桩。",
            "去年，社区联合物业和充电运营企业，利用小区边角空地建设了12个共享充电桩，居民通过手机扫码即可充电，夜间电价享受优惠。",
            "“以前要开到两公里外的充电站排队，现在下楼就能充。”居民邵建国说。",
        ])
    pg.article(d, order=("headline", "byline", "body"))
    pg.gap()
    pg.furniture(["本报汽车周刊　招商热线：0571-8××××666", "扫码加入读者车友群"], "advertising hotline box")
    return pg


# ---------------------------------------------------------------------------
def s07() -> Page:
    """Photo-news page: captioned photos (briefs), one vertical headline, and a 记者手记."""
    pg = Page("s07.txt", cols=26, indent="", blanks="arts", seed=807,
              style="photo-news page (图片新闻): four captioned photos, one with a vertical headline (one character per line), one without headline, credits on their own line or run in (X　摄), and a 记者手记 article")
    pg.furniture(["岭南日报", "图片新闻　第8版", cn_date(2028, 3, 12), "图片编辑：祝向晚　美编：牛小岚"], "page header")
    pg.blank()
    p1 = Article(
        "p1", "春耕正忙", head=list("春耕正忙"), kind="brief", byline="本报记者　詹远帆　摄", authors=["詹远帆"],
        notes="Headline set vertically, extracted one character per line (joined as the title); credit line "
              "after the caption; the photographer is the author.",
        paras=["3月8日，在岭南省清河县石湾镇，农民驾驶插秧机在田间作业。连日来，当地抢抓晴好天气，组织农机手开展早稻机插秧作业，机插率超过八成。"])
    pg.headline(p1)
    pg.body(p1)
    pg.line(p1, p1.byline, "byline")
    pg.blank()
    p2 = Article(
        "p2", "古镇灯会迎客来", kind="brief", byline="通讯员　孟书瑶　摄", authors=["孟书瑶"],
        tail="（通讯员　孟书瑶　摄）",
        notes="Credit （通讯员 X 摄） run in at the end of the caption, excluded from last.",
        paras=["3月10日晚，游客在南浦古镇观赏花灯。当地以“非遗闹元宵”为主题，推出灯会、舞龙、打铁花等民俗活动，吸引大批游客前来。"])
    pg.headline(p2)
    pg.body(p2)
    pg.blank()
    p3 = Article(
        "p3", None, kind="brief", byline="新华社记者　申屠明　摄", authors=["申屠明"],
        lead="▲",
        notes="Caption without headline, opened by ▲ (not part of the body text); the wire photographer's credit line follows; title null.",
        paras=["3月9日，在滨海自由贸易港集装箱码头，货轮正在装卸集装箱。今年前两个月，该港集装箱吞吐量同比增长11.2%。"])
    pg.body(p3)
    pg.line(p3, p3.byline, "byline")
    pg.blank()
    p4 = Article(
        "p4", "江上新桥合龙", kind="brief", byline="本报记者　詹远帆　摄（无人机照片）", authors=["詹远帆"],
        notes="Credit line with （无人机照片） after the caption.",
        paras=["3月11日，西江特大桥主桥顺利合龙。大桥全长2.3公里，建成后两岸通行时间将由40分钟缩短至8分钟。"])
    pg.headline(p4)
    pg.body(p4)
    pg.line(p4, p4.byline, "byline")
    pg.blank()
    n = Article(
        "n", "镜头里的春天", section="记者手记", byline="詹远帆", authors=["詹远帆"],
        notes="Label 记者手记 goes to section; signed with the name alone on a line after the body.",
        paras=[
            "拍春耕，最好的光线在清晨。天刚亮，我们就赶到了石湾镇的田头，插秧机已经下了田，机手老韦说，晴天要抢，一天能插一百多亩。",
            "二十年前第一次拍春耕，画面里是弯着腰的人群和一排排秧苗；如今，取景框里更多的是农机、无人机和手机上的农事App。变的是方式，不变的是人们对土地的那份用心。",
            "按下快门的那一刻，我想，镜头能记录的，不只是季节的更替，也是乡村一点一滴的变化。",
        ])
    pg.kicker(n, "记者手记")
    pg.headline(n)
    pg.body(n, indent=FW * 2)
    pg.line(n, n.byline, "byline")
    pg.blank()
    pg.furniture(["本版照片除署名外均为本报记者摄"], "footer")
    return pg


# ---------------------------------------------------------------------------
def s08() -> Page:
    """市县新闻 page: two articles of neighbouring columns extracted interleaved for a stretch."""
    pg = Page("s08.txt", cols=14, indent=FW * 2, blanks="never", seed=808,
              style="市县新闻 page: two articles in neighbouring narrow columns extracted interleaved for a stretch (A, B with its headline, A, B, A, B: three pieces each), a third normal item")
    pg.furniture(["西岭日报　市县新闻", cn_date(2028, 3, 13) + "　第6版", "责任编辑　米若尘"], "page header")
    a = Article(
        "a", "柳塘镇荒地变身“共享菜园”", byline="本报记者　庹一舟　通讯员　聂青荷", authors=["庹一舟", "聂青荷"],
        notes="Its body and that of the next article were extracted interleaved (a few lines of each column in turn), so the body is in pieces.",
        paras=[
            "柳塘镇集镇边上，一块闲置多年的荒地被平整成60块小菜园，每块约20平方米，镇上的居民可以认领种菜。",
            "“一年只要交200元管理费，种子和农家肥都是统一提供的。”退休教师罗桂芬认领了两块地，种上了青菜、蒜苗和豌豆。",
            "镇党委有关负责人介绍，菜园由村集体统一管理，收取的管理费用于支付灌溉和看护费用。菜园推出后很受欢迎，60块地一周内就被认领一空。",
            "下一步，镇里打算再整理两处闲置地块，并在菜园里开设农事体验课，让镇上的孩子也来学种菜。",
        ])
    b = Article(
        "b", "北川县巡回义诊实现行政村全覆盖", head=["北川县巡回义诊", "实现行政村全覆盖"],
        byline="通讯员　汪晓禾　本报记者　宁致远", authors=["汪晓禾", "宁致远"],
        notes="Headline on two lines; extracted interleaved with the previous article, so the body is in pieces.",
        paras=[
            "记者从北川县卫生健康局获悉，该县组织的“健康下乡”巡回义诊队已走遍全县218个行政村，累计为村民免费体检3.2万人次。",
            "义诊队由县医院、中医院和乡镇卫生院的医生组成，每周进村两次，为村民测血压、测血糖、做心电图，并建立健康档案。",
            "对于查出慢性病的村民，义诊队会把信息转给村医，由村医定期随访。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    a_items = pg.render_body(a)
    b_items = pg.render_body(b)
    a1, a2, a3 = Page.chunks(a_items, [6, 7])
    b1, b2, b3 = Page.chunks(b_items, [3, 4])
    pg.emit(a, a1)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.emit(a, a3)
    pg.emit(b, b3)
    c = Article(
        "c", "松林村光伏电站并网发电", byline="本报讯（记者　庹一舟）", authors=["庹一舟"],
        lead="本报讯（记者　庹一舟）",
        paras=[
            "松林村村集体投资建设的光伏电站日前并网发电，装机容量800千瓦，预计每年可为村集体增收约40万元。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["西岭日报社　新闻热线　0838-12345"], "footer")
    return pg


PAGES = [s05, s06, s07, s08]
