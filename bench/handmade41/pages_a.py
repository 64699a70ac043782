"""Pages kk01-kk04 of handmade41 (development set; all papers, names, firms, places and figures invented).

Interview, dialogue and profile pages of economic papers and business magazines."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, width, wrap


def justify_full(items: list, cols: float, every: int = 3, offset: int = 0, sep: str = " ") -> list:
    """Letter-space every `every`-th full-width printed line of rendered body items (as PDF extraction
    leaves a justified line with wide tracking); short paragraph-final lines and the last line are never spaced."""
    which, k, n = [], -1, 0
    last = sum(it[0] == "line" for it in items) - 1
    for it in items:
        if it[0] != "line":
            continue
        k += 1
        if k < last and width(it[1]) >= cols - 1:
            if n % every == offset:
                which.append(k)
            n += 1
    return justify(items, which, sep)


# ---------------------------------------------------------------------------
def kk01() -> Page:
    """Economic daily 专访 page: label 高端访谈 over an interview (引题 kicker, headline, ——副题 访…, byline line
    本报记者 X　见习记者 Y, intro paragraph, run-in 记者：／NAME： paragraphs); 人物简介 box after it; label 记者手记
    over a sidebar signed by the junior reporter right-aligned; run-in 本报讯（记者 X） item."""
    pg = Page("kk01.txt", cols=30, indent=FW * 2, blanks="para", seed=4101,
              style="economic daily 专访 page: header on two lines (page number + 版名 专访; paper + date with weekday); label 高端访谈 over an interview with 引题 kicker, headline with quotation marks, ——副题 ——访 + the interviewee's post and name, byline line 本报记者 X　见习记者 Y, an intro paragraph, then run-in 记者：／NAME： paragraphs; 人物简介 box (label + bio paragraph) after the interview; label 记者手记 over a sidebar with its own headline and the junior reporter's name alone, right-aligned, at its end; run-in 本报讯（记者 X） item; footer with editor, designer and proof-reader")
    pg.furniture(["3　专访", "澜川经济报　" + cn_date(2036, 3, 18)], "page header")
    pg.blank()
    a = Article(
        "a", "让“链主”带起一条链", section="高端访谈", kind="interview",
        subtitle="——访澜川市工业和信息化局局长方慕禹",
        byline="本报记者　车晓岚　见习记者　温如许", authors=["车晓岚", "温如许"],
        notes="Interview under the label 高端访谈 (section). The 引题 kicker 打造千亿级智能装备产业集群 is neither title "
              "nor subtitle (the ——副题 is the subtitle, as g02 of handmade22). Byline line 本报记者 X　见习记者 Y: "
              "both reporters are authors. The intro paragraph and the run-in 记者：／方慕禹： paragraphs are the "
              "body (first starts with the intro). The interviewee (方慕禹) is not an author. The 人物简介 box after "
              "the body is not body. Kind interview.",
        paras=[
            "今年澜川市政府工作报告提出，力争到2038年智能装备产业规模突破1000亿元。目前澜川智能装备产业发展到了什么程度？“链主”企业如何带动中小企业协同发展？围绕这些问题，本报记者专访了澜川市工业和信息化局局长方慕禹。",
            "记者：澜川提出打造千亿级智能装备产业集群，底气从哪里来？",
            "方慕禹：底气首先来自产业基础。去年全市智能装备产业实现营业收入612亿元，同比增长14.8%，规模以上企业达到286家，其中产值超过50亿元的“链主”企业有4家。从工业机器人、数控系统到智能物流装备，澜川已经形成了相对完整的产业链条，本地配套率接近六成。其次来自创新能力。全市智能装备领域拥有国家级企业技术中心9家、省级以上专精特新企业73家，去年新增发明专利授权1400多件。有了这两条，千亿目标是跳一跳够得着的。",
            "记者：“链主”企业在集群发展中扮演什么角色？",
            "方慕禹：“链主”是产业链的组织者。我们推行“链主＋配套”模式，由龙头企业发布配套需求清单，政府帮着对接本地中小企业。去年，4家“链主”企业向本地企业新增采购订单38亿元，带动127家配套企业进入供应链体系。以澜重机器人为例，它把减速器、伺服电机等核心部件的验证机会优先给本地企业，两年时间培育出6家年产值过亿元的配套企业。",
            "记者：不少中小企业反映，进入大企业供应链门槛高、周期长，如何破解？",
            "方慕禹：这个问题确实存在。大企业对供应商的质量、交付能力要求很高，认证周期动辄一两年。我们的办法是“搭台子、补短板”：一方面建设公共检测认证平台，让中小企业的产品在本地就能完成可靠性测试，认证周期平均缩短了4个月；另一方面设立规模5亿元的产业链协同基金，对进入“链主”供应链的中小企业给予技术改造贴息。",
            "记者：当前外部环境复杂多变，产业发展面临哪些挑战？",
            "方慕禹：挑战主要有三个方面：一是高端人才不足，特别是既懂工艺又懂软件的复合型工程师缺口较大；二是部分核心零部件仍依赖外地甚至进口；三是土地、能耗等要素约束趋紧。针对这些问题，我们今年将实施“智造英才”计划，新建两个产业技术研究院，并通过“工业上楼”、低效用地再开发等方式为项目腾挪空间。",
            "记者：下一步，澜川将在哪些方面重点发力？",
            "方慕禹：今年我们将重点抓好三件事。第一，推动“链主”企业牵头组建3个创新联合体，攻关高精度减速器、工业软件等关键环节；第二，开展智能化改造“百企示范”行动，用本地装备改造本地工厂，让供需两端在家门口对接；第三，办好智能装备博览会，吸引更多上下游企业来澜川落户。我们的目标是，让更多中小企业在“链”上成长，让产业集群的整体竞争力再上一个台阶。",
        ])
    pg.furniture(["高端访谈"], "column label 高端访谈")
    pg.kicker(a, "打造千亿级智能装备产业集群")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["人物简介"] + wrap("方慕禹，1974年生，工学博士，高级工程师。曾任澜川高新区管委会副主任、澜川市科技局局长，2033年起任澜川市工业和信息化局局长。", 30, FW * 2),
                 "人物简介 box with the interviewee's bio (not body, not an article)")
    pg.gap()
    b = Article(
        "b", "跑出来的“需求清单”", section="记者手记",
        byline="温如许", authors=["温如许"],
        notes="记者手记 after the interview, under its label (section): own headline, two paragraphs, the junior "
              "reporter's name alone right-aligned on a line at its end (the byline, written without its leading "
              "U+3000s; she is the author). Kind article, as the 记者手记 of handmade22 g02. 方慕禹 is not an author.",
        paras=[
            "采访约在早上8点。方慕禹刚从一家配套企业回来，随手翻开的笔记本上，密密麻麻记着企业反映的问题：检测排队时间长、贷款抵押物不足、招不到调试工程师……",
            "他说，这些问题一半是在办公室里听不到的。据了解，澜川市工信局去年建立“局长走企业”制度，班子成员每月至少走访4家企业，收集的问题清单按周销号。产业集群的成长，离不开这样一家一家跑出来的服务。",
        ])
    pg.furniture(["记者手记"], "column label 记者手记")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 26 + b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "澜川首台套保险补偿资金增至2亿元",
        byline="本报讯（记者　车晓岚）", authors=["车晓岚"], lead="本报讯（记者　车晓岚）",
        notes="Ordinary news item on the interview page. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从澜川市工业和信息化局获悉，今年澜川将首台（套）重大技术装备保险补偿资金规模由1.2亿元提高至2亿元，补偿范围从整机扩展到关键零部件和工业软件。",
            "按照新规，企业投保首台（套）装备综合险，可获得最高80%的保费补贴，单个项目年度补贴上限由300万元提高到500万元。去年，全市共有41个首台（套）项目获得保险补偿，带动装备销售额19.6亿元。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：郝知微　　美编：桑落　　校对：石青衫"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kk02() -> Page:
    """Business magazine 人物 page: profile (headline NAME：…, byline 文｜本刊记者 X, photo caption with credit
    before the body, three crossheads, a pull quote in large type repeated from the text BETWEEN two
    paragraphs, justified letter-spaced lines); label 一问一答 over a Q&A sidebar with no byline; 档案 box."""
    pg = Page("kk02.txt", cols=22, indent=FW * 2, blanks="some", seed=4102, p_para=0.4, p_gap=0.85,
              style="business magazine 人物 page, some justified lines letter-spaced with single spaces: header on three lines (magazine, date + 总第N期, PEOPLE　人物); profile with headline NAME：…, byline line 文｜本刊记者 X, a photo caption with credit 本刊记者 X／摄 before the body, three crossheads, a PULL QUOTE in large type (a sentence repeated from the text, wrapped narrower) printed BETWEEN two paragraphs; label 一问一答 over a Q&A sidebar (headline 三问NAME, 问：／答： paragraphs, no byline); 档案 box (name + facts); footer with editors and page number")
    pg.furniture(["鼎新商业周刊", "2036年4月7日　总第618期", "PEOPLE　人物"], "magazine page header")
    pg.blank()
    a = Article(
        "a", "宗望舒：给冷链装上“大脑”",
        byline="文｜本刊记者　莫晚照", authors=["莫晚照"],
        notes="Magazine profile (人物). Headline NAME：… kept whole. Byline line 文｜本刊记者 X. The photo caption with "
              "credit (the writer's own photo) printed before the body is not body. Crossheads are body. The pull "
              "quote in large type printed between two paragraphs repeats a sentence of the text and is not body "
              "(the body is in pieces around it); it is not an article. Some justified lines are letter-spaced "
              "with single spaces. The subject (宗望舒) is not an author. Kind article.",
        paras=[
            "清晨五点，青屿市郊的鲜途冷链调度中心已经灯火通明。大屏幕上，1200多个光点在地图上缓缓移动，每一个光点代表一辆正在路上的冷藏车，旁边跳动着车厢温度、剩余电量和预计到达时间。",
            "“冷链最怕的不是冷，是断。”宗望舒指着屏幕说。这位37岁的创业者，8年前只有3辆二手冷藏车，如今她创办的青屿鲜途冷链科技有限公司已服务生鲜电商、连锁商超和医药企业客户400余家，去年营业收入9.6亿元。",
            Cross("三辆冷藏车起家"),
            "宗望舒是栖梧县人，大学学的是物流管理。毕业后，她在一家大型物流企业干了5年调度员，经常接到客户投诉：一车荔枝从南方运到青屿，路上制冷机坏了，司机却浑然不觉，到站时已经烂了一半。",
            "“那时候我就想，如果能实时看到每节车厢的温度，很多损失是可以避免的。”2028年，她拿出全部积蓄，又向亲戚借了40万元，买下3辆二手冷藏车，在城郊租了一间不到50平方米的办公室，公司就这样起步了。",
            "创业头两年，她白天跑客户，晚上跟车押货。最困难的时候，账上只剩下够发一个月工资的钱。转机出现在2030年，一家连锁商超因为对温控要求严苛，试用了她们的“全程温度可视”服务，一个季度下来损耗率下降了三分之一，随即签下了三年的合同。",
            Cross("把温度变成数据"),
            "尝到甜头后，宗望舒把大部分利润投进了技术。公司自主研发的温控终端每30秒回传一次温度、湿度和车门开关数据，一旦出现异常，调度中心会自动提醒司机并推送给客户。目前，公司已申请相关专利47项，研发人员占员工总数的近三成。",
            "“有人说我们是一家物流公司，我更愿意说我们是一家数据公司。”在她看来，冷链数据的价值远不止于监控。通过分析历史数据，公司能够为客户优化线路、预测损耗，甚至帮助上游果农确定最佳采摘时间。",
            Cross("下一站：县城"),
            "今年，宗望舒把目光投向了县域市场。她发现，许多县城的生鲜供应链还停留在“一辆货车拉到底”的阶段，冷库利用率低、损耗高。公司计划未来三年在周边省份的60个县布局共享冷库和前置仓，与当地农产品合作社合作，打通农产品进城的“最初一公里”。",
            "“冷链的终点是老百姓的餐桌，起点在田间地头。”宗望舒说，这条路很长，但值得走下去。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(wrap("宗望舒在青屿鲜途冷链调度中心查看车辆运行数据。　本刊记者　莫晚照／摄", 22),
                 "photo caption with credit before the body (not body)")
    pg.gap()
    pg.emit(a, justify_full(pg.render_body(a, end=9), 22, every=4, offset=1))
    pg.gap()
    pg.furniture(["“有人说我们是一家物流", "公司，我更愿意说我们", "是一家数据公司。”"],
                 "pull quote in large type repeated from the text, between two paragraphs (not body, not an article)")
    pg.gap()
    pg.emit(a, justify_full(pg.render_body(a, start=9), 22, every=3, offset=0))
    pg.gap()
    b = Article(
        "b", "三问宗望舒", section="一问一答", kind="interview",
        notes="Short Q&A sidebar on the same page as the profile, under the label 一问一答 (section), headline 三问NAME. "
              "No byline printed: byline null, no authors (the sidebar's writer is not named on it). Body of "
              "问：／答： paragraphs. Kind interview (a named person answers questions).",
        paras=[
            "问：冷链行业竞争激烈，鲜途的护城河是什么？",
            "答：是数据和服务的积累。8年来我们的车跑了上亿公里，沉淀下来的温控数据和线路经验，是新进入者短期内难以复制的。",
            "问：会考虑上市吗？",
            "答：目前没有时间表。我们更关心的是把县域网络铺好，把每一单货送好。",
            "问：给想创业的年轻人一句建议？",
            "答：先把一个小问题解决到极致。机会往往就藏在别人嫌麻烦的地方。",
        ])
    pg.furniture(["一问一答"], "column label 一问一答")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["宗望舒档案",
                  "1999年生于栖梧县",
                  "2021年毕业于青屿交通学院",
                  "2028年创办鲜途冷链",
                  "现任青屿鲜途冷链科技",
                  "有限公司董事长"], "档案 box (facts about the subject; not an article)")
    pg.blank()
    pg.furniture(["责任编辑：向晚　　美术编辑：蓝田", "36"], "footer with editors and page number")
    return pg


# ---------------------------------------------------------------------------
def kk03() -> Page:
    """经营报-like 对话 page, NO blank line anywhere, indent two ASCII spaces: label 对话 over a dialogue (headline,
    ——副题 ——对话…, byline line 本报记者 X　实习生 Y, 【人物简介】 box before the body, intro paragraph, run-in
    《X报》：／NAME： paragraphs); run-in 本报讯（记者 X） item; article with byline line 本报记者 X."""
    pg = Page("kk03.txt", cols=40, indent="  ", blanks="never", seed=4103,
              style="经营报-like 对话 page, NO blank line anywhere, indented with two ASCII spaces: header on three lines (paper + English name; date with weekday + B3; 版名 汽车·对话); label 对话 over a dialogue with headline, ——副题 ——对话 + post and name, byline line 本报记者 X　实习生 Y, a 【人物简介】 paragraph printed BEFORE the body, an intro paragraph, then run-in 《沧澜经营报》：／NAME： paragraphs; run-in 本报讯（记者 X） item; article with byline line 本报记者 X; footer with editor and proof-reader")
    pg.furniture(["沧澜经营报　CANGLAN BUSINESS JOURNAL",
                  cn_date(2036, 4, 13) + "　B3",
                  "汽车·对话"], "page header")
    a = Article(
        "a", "新能源重卡的拐点还要等多久", section="对话", kind="interview",
        subtitle="——对话岚峰汽车集团总裁靳云帆",
        byline="本报记者　苏叶舟　实习生　杭小满", authors=["苏叶舟", "杭小满"],
        notes="Dialogue under the label 对话 (section). ——副题 is the subtitle. Byline line 本报记者 X　实习生 Y: both "
              "are authors. **new:** the 【人物简介】 paragraph printed between the byline and the intro is not body "
              "(as a 人物简介 box); the body runs from the intro paragraph to the last answer. Speaker labels "
              "《沧澜经营报》： (the paper asks) and 靳云帆： run in at the start of paragraphs are body. The "
              "interviewee is not an author. Kind interview.",
        paras=[
            "今年一季度，国内新能源重卡销量同比增长超过五成，渗透率首次突破20%。然而，续航焦虑、补能设施不足、购置成本偏高等问题依然困扰着行业。新能源重卡离真正的市场化拐点还有多远？日前，《沧澜经营报》记者对话岚峰汽车集团总裁靳云帆。",
            "《沧澜经营报》：一季度新能源重卡销量增长很快，您怎么看这一轮增长？",
            "靳云帆：增长有政策推动，也有市场自身的力量。过去买新能源重卡的主要是港口、钢厂、矿山这类封闭场景的客户，现在越来越多的个体司机和中小车队开始算经济账了。按照一年跑12万公里计算，一辆换电重卡比柴油车每年能省下燃料费用8万元左右，三到四年就能把多花的购车钱赚回来。这笔账算得过来，市场就会自己动起来。",
            "《沧澜经营报》：但不少司机仍然担心续航和补能问题。",
            "靳云帆：这是事实。目前在干线物流场景，新能源重卡的渗透率还不到5%，核心制约就是补能网络。一条800公里的干线，如果沿途没有足够的换电站，司机是不敢跑的。我们的判断是，补能设施要先于车辆一步。岚峰去年联合能源企业在沧澜至北溟的高速沿线建了14座换电站，这条线上我们的重卡销量增长了两倍多。",
            "《沧澜经营报》：有观点认为，氢燃料重卡才是长途运输的最终答案，岚峰怎么布局？",
            "靳云帆：技术路线上我们不押单一赌注。短途和中途运输，纯电和换电已经具备经济性；长途重载，氢燃料有它的优势，但目前氢气价格和加氢站数量还不足以支撑大规模商业运营。岚峰的做法是纯电、换电、氢燃料三条路线并行，研发投入按照6∶3∶1分配，根据市场变化动态调整。",
            "《沧澜经营报》：价格战已经从乘用车蔓延到商用车，岚峰会跟进吗？",
            "靳云帆：商用车是生产资料，客户最看重的是全生命周期成本，而不是单纯的购车价。单纯降价只会压缩研发和服务投入，最终伤害的是客户。我们更愿意在金融方案、电池租赁、残值保障上下功夫，帮助客户降低初始投入。今年我们推出了“车电分离”方案，客户购车时不买电池，首付可以降低40%左右。",
            "《沧澜经营报》：您认为行业的拐点会在什么时候到来？",
            "靳云帆：我个人判断，干线物流的渗透率达到15%的时候，就是真正的拐点。按照现在补能网络的建设速度，这个时间点大概在2038年前后。到那时，新能源重卡将不再需要补贴，完全依靠市场竞争力就能实现替代。",
        ])
    pg.furniture(["对话"], "column label 对话")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.furniture(wrap("【人物简介】靳云帆，1971年生，高级工程师。1994年进入岚峰汽车，历任技术中心主任、商用车事业部总经理，2031年起任岚峰汽车集团总裁，主导了集团商用车电动化转型。", 40),
                 "【人物简介】 paragraph before the body (not body)")
    pg.body(a)
    b = Article(
        "b", "岚峰汽车一季度新能源重卡销量增长63%",
        byline="本报讯（记者　苏叶舟）", authors=["苏叶舟"], lead="本报讯（记者　苏叶舟）",
        notes="News item on the dialogue page. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "岚峰汽车集团日前发布的产销快报显示，今年一季度，集团共销售新能源重卡6820辆，同比增长63%，占集团重卡总销量的比重提升至27.4%。其中，换电重卡销量4150辆，占新能源重卡销量的六成以上。",
            "据介绍，岚峰汽车今年计划新增合作换电站30座，并在北溟港启动氢燃料重卡示范运营项目，首批投放车辆100辆。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "多地加快布局重卡换电站",
        byline="本报记者　龙槐序", authors=["龙槐序"],
        notes="Article with byline line 本报记者 X under the headline. The energy-company manager quoted is not "
              "an author.",
        paras=[
            "记者梳理发现，今年以来，已有沧澜、北溟、鹤汀等7个省份出台支持重卡换电站建设的政策措施，对新建换电站给予每座最高200万元的建设补贴，部分地区还对换电站用电执行优惠电价。",
            "“换电站投资大、回报周期长，早期主要靠车企和能源企业投入，现在地方政府的支持力度明显加大。”北溟一家能源企业的负责人说。据行业机构统计，截至3月底，全国重卡换电站保有量已超过2100座，比上年同期增加近千座。",
            "业内人士指出，目前各车企换电标准尚未统一，不同品牌车辆难以共享换电站，一定程度上降低了设施利用率。加快推进换电接口和电池包标准统一，是下一阶段行业发展的关键。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["本版编辑：梁上燕　　校对：司马晴"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kk04() -> Page:
    """Local daily 经济 page strip of a 16-character column indented with ONE U+3000: news item whose headline is
    letter-spaced across the column on two lines (run-in 本报讯（记者 X　通讯员 Y）); label 政策问答 over a Q&A
    sidebar compiled by a reporter (本报记者 X　整理); item signed （记者 X） at the end."""
    pg = Page("kk04.txt", cols=16, indent=FW, blanks="para", seed=4104,
              style="local daily 经济 page strip, blank lines between paragraphs and blocks: header on three lines; news item whose headline is letter-spaced with U+3000 across the column and broken over two lines in mid-word (灵　活　…　医 / 保　可　…　费), run-in 本报讯（记者 X　通讯员 Y） wrapped over two lines; label 政策问答 over a Q&A sidebar on the same policy (headline, byline line 本报记者 X　整理, 问：／答： paragraphs, no named answerer); item with the credit （记者 X） run in at the end; footer wider than the column")
    pg.furniture(["青禾日报", cn_date(2036, 4, 2), "5　经济"], "page header")
    pg.blank()
    a = Article(
        "a", "灵活就业人员医保可按月缴费",
        byline="本报讯（记者　简一禾　通讯员　宋晴川）", authors=["简一禾", "宋晴川"],
        lead="本报讯（记者　简一禾　通讯员　宋晴川）",
        notes="Headline letter-spaced across the 16-character column and broken over two lines in mid-word, joined "
              "unspaced. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. The official quoted "
              "is not.",
        paras=[
            "记者从青禾市医疗保障局获悉，自4月1日起，全市灵活就业人员参加职工基本医疗保险，缴费方式由按年缴纳调整为可按月、按季或按年自主选择，缴费基数可在全市上年度职工月平均工资的60%至300%之间自行确定。",
            "据统计，青禾市目前有灵活就业人员约23万人，其中参加职工医保的仅8.6万人。“过去一次要交五六千元，对于收入不稳定的外卖骑手、网约车司机来说压力不小。”市医保局相关负责人表示，调整缴费方式后，参保人每月最低只需缴纳约380元，有望吸引更多灵活就业人员参保。",
            "按照规定，灵活就业人员按月缴费连续满6个月后，即可享受与在职职工相同的住院报销待遇。",
        ])
    pg.headline(a, spread_cols=16)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "中断缴费有何影响", section="政策问答",
        byline="本报记者　简一禾　整理", authors=["简一禾"],
        notes="**new:** Q&A sidebar under the label 政策问答 (section) on the same page as the news item it explains: "
              "headline, byline line 本报记者 X　整理 (the compiler is the author, as the 整理 roundup of "
              "handmade22 g05). The 问：／答： paragraphs are the body. No interviewee is named (the answers explain "
              "the rules): kind article, not interview.",
        paras=[
            "问：选择按月缴费的灵活就业人员，在哪里办理？",
            "答：可通过“青禾医保”小程序、各区医保经办窗口或合作银行网点办理。选择按月缴费后，系统将每月自动从绑定的银行账户扣款。",
            "问：如果某个月忘记缴费，会影响报销吗？",
            "答：当月未缴费的，可在次月底前补缴；超过3个月未缴费的，视为中断参保，重新参保后需再连续缴费满6个月才能享受住院报销待遇。",
            "问：已经按年缴费的，能否改为按月？",
            "答：可以。已按年缴纳2036年度费用的参保人，可在年度结束后变更缴费方式，也可申请退还尚未到期月份的费用后重新选择。",
        ])
    pg.furniture(["政策问答"], "column label 政策问答")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "青禾新增3家跨境电商产业园",
        byline="（记者　韦知秋）", authors=["韦知秋"], tail="（记者　韦知秋）",
        notes="Item with the credit （记者 X） run in at the end, excluded from last.",
        paras=[
            "今年一季度，青禾市新认定3家市级跨境电商产业园，全市跨境电商产业园增至11家，入驻企业超过900家。一季度全市跨境电商进出口额达到46.3亿元，同比增长24.1%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["编辑：葛一鸣　　校对：林下"], "footer")
    return pg


PAGES = [kk01, kk02, kk03, kk04]
