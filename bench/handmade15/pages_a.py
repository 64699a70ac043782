"""Pages z01-z04 of handmade15 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, spaced, wrap

SPECIAL_NPC = ["2035全国两会特刊", "凝心聚力谋发展　实干笃行启新程"]   # printed at the top of every page of the issue
WEEKLY = "岱川财经周刊 2035年第12期"


def lines_before(pg: Page, a: Article, para: int) -> int:
    """How many printed lines paragraphs 0..para-1 of `a` take (to cut a body inside a given paragraph)."""
    return sum(1 for it in pg.render_body(a, end=para) if it[0] == "line")


# ---------------------------------------------------------------------------
def z01() -> Page:
    """两会特刊 page T03 (特刊·新质生产力): running header with the theme slogan and a big letter-spaced section
    label; the lead's 【链接】 box, printed beside it, read by the extraction in blocks between its lines."""
    pg = Page("z01.txt", cols=24, indent=FW * 2, blanks="some", seed=1501, p_para=0.35, p_gap=0.75,
              style="两会特刊 page T03: running header (特刊 name, theme slogan repeated on every page of the issue, big section label 特　刊　·　新　质　生　产　力 letter-spaced with U+3000); lead with headline on two lines, ——副题 and byline line 本报特派记者 X　Y, its 【链接】 box (label, box title, text at 11 chars) printed beside it and read in three blocks between pieces of its text, each switch in mid-sentence; run-in 本报北京3月5日电（特派记者 X） item; item with byline line 本报特派记者 X; footer with page number T03, date, editor and designer")
    pg.furniture(SPECIAL_NPC + [spaced("特刊·新质生产力", FW)],
                 "special-issue running header: issue name, theme slogan (on every page), big section label")
    pg.blank()
    a = Article(
        "a", "新质生产力“加速度”从哪里来", head=["新质生产力“加速度”", "从哪里来"],
        subtitle="——代表委员热议科技创新与产业创新深度融合",
        byline="本报特派记者　祁望川　苏念", authors=["祁望川", "苏念"],
        notes="Headline on two lines, joined; ——副题 is the subtitle; byline line with two 特派记者, both authors. "
              "The 【链接】 box (名词解释 未来产业, unsigned, no headline of its own) was printed beside the text and the "
              "extraction read it in three blocks between lines of the article, each switch in mid-sentence: the box "
              "is not an article and not body, so the body is in pieces. Deputies quoted (聂长川, 葛书臻, 阮青禾, "
              "卢铁生) are not authors.",
        paras=[
            "3月5日，政府工作报告提请大会审议。报告提出，因地制宜发展新质生产力，推动科技创新和产业创新深度融合，培育壮大未来产业。连日来，这一表述在代表委员中引发热烈讨论。",
            "“新质生产力不是空中楼阁，关键是让创新成果从实验室走上生产线。”全国人大代表、岱州精密仪器研究院院长聂长川说。去年，研究院与省内十余家企业共建中试平台，把一项高精度光栅尺技术的产业化周期从五年缩短到两年，相关产品已在数控机床领域批量应用。",
            "在代表委员看来，中试是科技成果转化中最容易“断档”的环节。全国政协委员、岚阳大学副校长葛书臻建议，统筹布局一批公共中试基地，向中小企业开放共享设备，并探索发放“中试券”，降低企业的试错成本。",
            "资本同样是不可或缺的“助推器”。截至去年底，岱川省政府引导基金累计撬动社会资本超过1200亿元，投向集成电路、生物制造、低空装备等领域项目400余个。“耐心资本要敢于投早、投小、投硬科技。”全国人大代表、岱川创投集团董事长阮青禾说，引导基金应适当提高风险容忍度，建立尽职免责机制，让基金管理人敢投、愿投。",
            "人才是另一块“基石”。多位代表提到，要深化科技评价制度改革，让更多工程师、技术工人在产业一线建功立业。全国人大代表、澄湾重工集团高级技师卢铁生介绍，企业推行“工程师+技师”联合攻关模式，去年解决生产难题63项，节约成本9000多万元。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    box = ["【链接】", "未来产业"] + wrap(
        "未来产业，一般指由前沿技术驱动、目前尚处于萌芽期或产业化初期、但可能深刻改变生产方式的新兴产业，"
        "如量子信息、生物制造、具身智能、氢能与新型储能等。与成熟产业相比，未来产业投入大、周期长、"
        "不确定性高，更需要耐心资本和包容审慎的监管环境。", 11)
    p1, p2, p3, p4 = Page.chunks(pg.render_body(a), [9, 8, 8])
    blocks = [box[:5], box[5:10], box[10:]]
    for k, (piece, blk) in enumerate(zip((p1, p2, p3), blocks), 1):
        pg.emit(a, piece)
        pg.furniture(blk, f"【链接】 box beside the lead, block {k} of 3 (not an article, not body)")
    pg.emit(a, p4)
    pg.gap()
    b = Article(
        "b", "岱川代表团审议政府工作报告", byline="本报北京3月5日电（特派记者　邝若谷）", authors=["邝若谷"],
        lead="本报北京3月5日电（特派记者　邝若谷）",
        notes="Run-in dateline 本报北京3月5日电（特派记者 X） excluded from first; the reporter is the author.",
        paras=[
            "3月5日下午，出席全国人大会议的岱川代表团举行全体会议，审议政府工作报告。代表们一致认为，报告通篇贯穿稳中求进、以进促稳，目标任务明确，政策举措务实，是一个凝心聚力、催人奋进的好报告。",
            "代表们结合本地实际，围绕建设现代化产业体系、扩大有效投资、推进县域城镇化等发言。大家表示，要把报告部署转化为具体行动，在培育新质生产力上走在前列，加快打造具有竞争力的先进制造业集群。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "“小巨人”企业代表建言融资难题", byline="本报特派记者　钟离雪", authors=["钟离雪"],
        notes="Byline line 本报特派记者 X (a two-character surname 钟离); the deputy quoted (庞立峰) is not an author.",
        paras=[
            "“专精特新企业普遍是‘轻资产’，缺少抵押物，贷款仍然不容易。”全国人大代表、云屏智感科技公司总经理庞立峰带来了关于完善科技型中小企业融资服务的建议。",
            "他建议，推广以知识产权、订单、数据资产为依据的授信模式，扩大科技创新再贷款覆盖面，并由政府性融资担保机构对首次贷款企业提供风险分担，让“小巨人”企业能够更加专注研发。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["T03　" + cn_date(2035, 3, 6) + "　责任编辑：何望舒　版式：蔺一帆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def z02() -> Page:
    """两会特刊 page T04 (特刊·代表委员说): a 观点 page: one headline, an 【编者按】, five deputies each given as a
    name-and-post line and one paragraph, the compilers' credit after it; a deputy's own signed 委员建言 piece."""
    pg = Page("z02.txt", cols=32, indent=FW, blanks="para", seed=1502,
              style="两会特刊 page T04 indented with ONE U+3000: the same running header and slogan as z01 with the label 特刊·代表委员说; 观点 collection: headline, 【编者按】 paragraph, five speakers, each a line post　NAME (全国人大代表、…董事长　X, one wider than the column) and one paragraph, then the compilers' credit （本报特派记者 X　Y　整理） on a line after the last paragraph; label 委员建言 over a deputy's own piece with byline line 文／全国政协委员、…院长　X; footer with date, page T04 and editors")
    pg.furniture([SPECIAL_NPC[0] + "　T04", SPECIAL_NPC[1], "特刊·代表委员说"],
                 "special-issue running header with page number, theme slogan (on every page), section label")
    pg.blank()
    a = Article(
        "a", "加快发展新质生产力，民营企业大有可为", byline="（本报特派记者　柏青岩　宁一舟　整理）",
        authors=["柏青岩", "宁一舟"],
        notes="观点 collection: one article. The 【编者按】 before it is not body. The body runs from the first speaker's "
              "line to the last speaker's paragraph: each speaker is a line post　NAME (like a Q&A turn marker, part "
              "of the body) and one paragraph. The compilers' credit （本报特派记者 X　Y　整理） on a line after the body "
              "is the byline and both compilers are the authors; the five deputies quoted are not.",
        paras=[
            Cross("全国人大代表、岱州恒锐智能装备有限公司董事长　廖振邦"),
            "这几年我们最大的体会是，创新要跟着市场需求走。我们每年拿出销售收入的6%投入研发，但研发立项前一定要先问客户痛点在哪里。去年推出的柔性焊接工作站，就是在汽车零部件厂商的车间里“泡”出来的，一上市订单就排到了下半年。",
            Cross("全国政协委员、岚阳大学经济学院教授　晏秋池"),
            "民营企业是科技创新的重要主体，但在参与重大科技项目时仍存在“门槛高、入口窄”的问题。建议在国家和省级科技计划中设立面向民营企业的专项，对企业牵头的项目简化申报程序，评审时更加看重技术实力和产业化前景，而不是企业规模。",
            Cross("全国人大代表、澄湾市云帆新材料股份有限公司总工程师　汤若溪"),
            "新材料从实验室走到生产线，往往要跨越“死亡之谷”。我们的一款高性能碳纤维，从小试到量产用了整整七年。希望有关部门完善首批次应用保险补偿机制，让下游用户敢用、愿用国产新材料，给企业更多在实际应用中迭代改进的机会。",
            Cross("全国政协委员、岱川省工商联副主席　季望平"),
            "稳定的预期比一时的优惠更重要。建议各地在出台涉企政策前充分听取企业意见，给政策调整留出合理的过渡期，同时加快清理拖欠民营企业账款，让企业把精力放在创新上，而不是花在跑手续、催账款上。",
            Cross("全国人大代表、岚阳芯联半导体公司研发总监　沈知微"),
            "芯片行业最缺的是既懂设计又懂工艺的复合型人才。我们和三所高校共建了现代产业学院，学生大三就进入企业参与真实项目。建议推广这种校企协同育人模式，并在职称评审中更多认可工程师在产业一线取得的成果。",
        ])
    pg.headline(a)
    pg.gap()
    pg.furniture(wrap("【编者按】今年政府工作报告提出，持续优化民营经济发展环境，支持民营企业参与重大科技攻关、牵头承担国家重大技术装备任务。民营企业如何在发展新质生产力中找准定位、发挥作用？本报特派记者采访了五位来自企业一线和研究机构的代表委员，听听他们的思考与建议。", 32, FW),
                 "【编者按】 paragraph (not an article, not body)")
    pg.gap()
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    b = Article(
        "b", "让“专精特新”企业专心创新", section="委员建言", kind="commentary",
        byline="文／全国政协委员、岱川大学经济学院院长　陶静姝", authors=["陶静姝"],
        notes="Label 委员建言 (section) over a piece written by a deputy herself: commentary. The byline line "
              "文／post　NAME (the post before the name) is the byline; she is the author.",
        paras=[
            "专精特新企业深耕细分领域，是产业链供应链的重要支撑。调研中我发现，不少企业反映，当前面临的最大困扰不是没有订单，而是各类评比、检查、填报事项太多，管理人员疲于应付，分散了创新精力。",
            "建议从三个方面为企业减负。一是整合涉企检查，推行“综合查一次”，能合并的合并，能线上的线上；二是统一各部门的数据报送口径，实现“一次填报、多方共享”；三是规范各类评选认定，避免重复申报、层层加码。",
            "同时，要把支持政策更多地落在研发环节。可以考虑提高专精特新企业研发费用加计扣除的便利度，对企业购买首台（套）装备、开展中试验证给予补助，让企业心无旁骛地把“专”和“精”做到极致。",
        ])
    pg.furniture(["委员建言"], "column label 委员建言")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture([cn_date(2035, 3, 6) + "　T04　编辑：柯望岳　尚小棠　美编：秦一诺"], "footer")
    return pg


# ---------------------------------------------------------------------------
def z03() -> Page:
    """Magazine 封面故事 opening page (page 27): English running head, headline with an English deck, standfirst,
    credits 编辑｜Y　文｜X　Z　图｜W, a reading-time line, a drop cap, a photo caption, a jump line at the foot."""
    pg = Page("z03.txt", cols=38, indent="", blanks="para", seed=1503,
              style="magazine 封面故事 opening page, no indent: English running head COVER STORY alone; headline with a colon and an English deck line under it; standfirst; credits line with the editor FIRST (编辑｜Y　文｜本刊记者 X　Z　图｜agency); reading-time line 全文约6800字，阅读约需17分钟; drop cap: the first character of the text alone on a line (凌 / 晨四点…); two plain crossheads; photo caption ending 图／agency between paragraphs; text stops in mid-sentence before （下转第30页）; footer `岱川财经周刊 2035年第12期 | 27` (odd page, number on the right)")
    pg.furniture(["COVER STORY"], "magazine running head (English section name)")
    pg.blank()
    a = Article(
        "a", "储能出海：没有退路的远征", byline="编辑｜温以宁　文｜本刊记者　乔知南　覃小雨　图｜视界图库",
        authors=["乔知南", "覃小雨"],
        notes="Cover story, opening page. The English deck under the headline, the standfirst and the reading-time "
              "line are neither subtitle nor body. Credits line with the editor first: only the two writers (文｜) are "
              "authors, not the editor (编辑｜) nor the picture agency (图｜). Drop cap: the first character 凌 is "
              "printed alone on the first body line. The photo caption (…图／视界图库) between paragraphs is not "
              "body. The text stops in mid-sentence (…参与新一轮投标的) and goes on on page 30 (z04 of this set, a "
              "separate page); the jump line （下转第30页） is not body. People quoted (邝远舟, 裘望北) are not authors.",
        paras=[
            Raw(["凌"] + wrap("晨四点，澄湾港集装箱码头的吊机还在作业。一排刷着白漆的储能集装箱被逐一吊上货轮，每个箱体里装着容量为5兆瓦时的电池系统，它们将在21天后抵达中东的一座光伏电站。", 38)),
            "“这是我们今年出口的第37船。”岱川衡储能源科技有限公司海外事业部总经理邝远舟站在码头上，盯着手机上的装船进度。两年前，这家公司的海外收入占比还不到一成；去年，这一数字已经超过45%。",
            "衡储能源的转身，是国内储能行业的一个缩影。海关数据显示，去年岱川省锂离子储能系统出口额同比增长62%，出口目的地从过去集中在少数发达经济体，扩展到中东、东南亚、拉美和非洲的40多个国家和地区。",
            Cross("被价格战“逼”出来的远行"),
            "出海，首先是被国内市场“逼”出来的。过去三年，储能电芯价格累计下跌超过四成，储能系统中标均价从每瓦时1.3元左右一路降至0.5元上下。一位行业人士向《岱川财经周刊》算了一笔账：按照目前的报价，不少企业在国内项目上“做一单亏一单”，只能靠规模摊薄成本。",
            "“国内市场的内卷，本质上是产能扩张太快、应用场景跟不上。”岚阳大学能源经济研究所所长裘望北说，海外不少市场电价高、峰谷价差大，储能项目的收益模型更清晰，利润率普遍比国内高出10到15个百分点，“这对企业来说是实实在在的吸引力”。",
            "不过，海外的钱并不好赚。与国内项目相比，海外项目认证周期长、技术标准多样，电网接入规则各不相同。邝远舟告诉记者，公司为进入欧洲市场准备了18个月，仅产品认证就做了11项，“光是消防测试，就烧掉了三个完整的集装箱”。",
            Cross("从卖产品到卖方案"),
            "在沙漠里建储能电站，是另一种考验。夏季地表温度超过60摄氏度，风沙会钻进设备的每一条缝隙。衡储能源的工程团队在现场驻扎了五个月，对温控系统做了三轮改造，最终把电池舱内的温差控制在3摄氏度以内。这套经验后来被写进公司的海外项目标准，成为其参与新一轮投标的",
        ])
    pg.headline(a)
    pg.furniture(["Energy Storage Makers Sail Out"], "English deck under the headline (neither title nor subtitle)")
    pg.gap()
    pg.furniture(wrap("国内市场价格战正酣，一批储能企业把目光投向中东、欧洲和拉美。它们带去的不只是电芯和集装箱，还有一整套工程、运维和融资方案。出海，能否成为行业走出内卷的出口？", 38),
                 "standfirst (neither subtitle nor body)")
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.furniture(["全文约6800字，阅读约需17分钟"], "reading-time line (not body)")
    pg.gap()
    items = pg.render_body(a)
    cut = lines_before(pg, a, 6)   # the caption stands between paragraphs 5 and 6 (0-based 5 | 6)
    top, rest = Page.chunks(items, [cut])
    while top[-1][0] == "gap":
        top.pop()
    pg.emit(a, top)
    pg.gap()
    pg.furniture(["澄湾港码头，待装船出口的储能集装箱。图／视界图库"], "photo caption (not body)")
    pg.gap()
    pg.emit(a, rest)
    pg.furniture(["（下转第30页）"], "jump line （下转第30页） (not body)")
    pg.blank()
    pg.furniture([WEEKLY + " | 27"], "footer: magazine, issue and page number (odd page)")
    return pg


# ---------------------------------------------------------------------------
def z04() -> Page:
    """Magazine page 30: the cover story goes on (（上接第27页）, no headline, mid-sentence start), with the
    page-edge tab 封面故事 printed vertically and read one character per line in the middle of the text; it ends
    with ■; a 相关阅读 sidebar article with its own headline and byline 记者／X."""
    pg = Page("z04.txt", cols=30, indent="  ", blanks="some", seed=1504, p_para=0.4, p_gap=0.8,
              style="magazine continuation page (page 30), body indented with two ASCII spaces: jump line （上接第27页） at the top, the cover story goes on with no headline and no byline, starting in mid-sentence (重要砝码。…), one plain crosshead; the vertical page-edge tab 封面故事 read one character per line in the middle of a paragraph; end mark ■ run in at the end; label 相关阅读 over a sidebar article with headline and byline line 记者／X; footer `30 | 岱川财经周刊 2035年第12期` (even page, number on the left)")
    pg.furniture(["封面故事"], "magazine running head")
    pg.blank()
    pg.furniture(["（上接第27页）"], "jump line （上接第27页） (not body)")
    a = Article(
        "a", None,
        notes="Continuation of the cover story from page 27 (z03 of this set): no headline and no byline here (title "
              "null, byline null, no authors on this page). The text starts in mid-sentence (重要砝码。…) after the "
              "jump line （上接第27页）, which is not body. The page-edge tab 封面故事, printed vertically, was read "
              "one character per line in the middle of a paragraph: not body, so the body is in pieces. The end mark "
              "■ run in at the end is excluded from last. People quoted (邝远舟, 裘望北) are not authors.",
        tail="■",
        paras=[
            Raw(wrap("重要砝码。在邝远舟看来，储能出海正在从“卖产品”走向“卖方案”：客户要的不只是一套设备，而是从设计、建设到运维、融资的全生命周期服务。", 30)),
            "为此，衡储能源在中东和南美设立了区域服务中心，招聘当地工程师200多人，建起7×24小时远程监控平台。公司还与一家国内银行合作，为海外业主提供项目融资方案，把单个项目的签约周期缩短了近三个月。",
            Cross("出海路上的新考题"),
            "走出去的企业越来越多，新的问题也随之而来。部分海外市场开始提高本地化生产要求，有的对进口储能产品加征关税，有的要求披露电池全生命周期碳足迹数据。“过去拼的是价格，现在拼的是合规和本地化能力。”一家头部储能企业的海外法务负责人说。",
            "同行之间的竞争也在向海外蔓延。据不完全统计，去年国内企业在中东一个大型储能项目招标中的最低报价与最高报价相差近一倍，“低价抢单”的苗头已经引起业内警惕。裘望北认为，行业协会应当加强自律，建立海外项目信息共享和风险预警机制，避免国内的价格战在海外重演。",
            "面对这些考题，一些企业开始尝试“抱团出海”。今年初，岱川省12家储能产业链企业联合成立出海服务联盟，在认证检测、物流仓储、法律咨询等方面共享资源，衡储能源是发起单位之一。",
            "“出海不是一锤子买卖。”邝远舟说，公司的目标是三年内让海外收入占比达到六成，并在海外建成第一座本地化组装工厂，“只有扎下根，才能走得远”。",
        ])
    items = pg.render_body(a)
    cut = lines_before(pg, a, 4) + 3   # three lines into the paragraph 同行之间的竞争…
    top, rest = Page.chunks(items, [cut])
    pg.emit(a, top)
    pg.furniture(["封", "面", "故", "事"], "vertical page-edge tab 封面故事, one character per line (not body)")
    pg.emit(a, rest)
    pg.blank()
    pg.furniture(["相关阅读"], "sidebar label 相关阅读")
    b = Article(
        "b", "储能电芯价格两年跌去四成", section="相关阅读", byline="记者／邹一川", authors=["邹一川"],
        notes="Sidebar under the label 相关阅读 (section) with its own headline and byline line 记者／X: an article "
              "(as the 延伸阅读 sidebar of r05). The analyst quoted (费文澜) is not an author.",
        paras=[
            "据行业机构统计，今年上半年，280安时储能电芯的平均成交价已降至每瓦时0.29元，较两年前的高点下跌约42%。价格下行一方面得益于碳酸锂等原材料价格回落，另一方面也与行业产能快速扩张、市场竞争加剧有关。",
            "业内人士预计，随着部分落后产能出清，电芯价格下跌空间已经有限。“接下来比拼的不是谁更便宜，而是谁的循环寿命更长、安全性更好。”一家券商的电力设备行业分析师费文澜说。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["30 | " + WEEKLY], "footer: page number, magazine and issue (even page)")
    return pg


PAGES = [z01, z02, z03, z04]
