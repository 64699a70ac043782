"""Pages x01-x04 of handmade13 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def x01() -> Page:
    """三农 page of a provincial daily: 本报记者 X　本报通讯员 Y　Z line, 本报通讯员 X　Y line, run-in
    本报讯（本报通讯员 X）; a 图片新闻 strip of three photo captions (briefs) at the foot."""
    pg = Page("x01.txt", cols=26, indent=FW * 2, blanks="some", seed=1301, p_para=0.35, p_gap=0.7,
              style="省报 三农 page with 本报通讯员 bylines: lead with ——副题 and byline line 本报记者 X　本报通讯员 Y　Z; feature with byline line 本报通讯员 X　Y (no reporter); run-in 本报讯（本报通讯员 X）; label 图片新闻 over a strip of three photo captions (briefs): headline + caption + credit line 本报通讯员 X　摄; ▲ caption without headline with （本报通讯员 X　摄） run in at the end; headline + caption + credit line with two photographers; footer with editor and designer")
    pg.furniture(["岱川日报", cn_date(2032, 6, 18) + "　第7版　三农"], "page header")
    pg.blank()
    a = Article(
        "a", "全省夏粮收购量突破百亿斤", subtitle="——优质优价成主流，农民售粮更省心",
        byline="本报记者　温禾生　本报通讯员　鲁青苗　葛以宁", authors=["温禾生", "鲁青苗", "葛以宁"],
        notes="Lead: ——副题 is the subtitle; byline line with one 本报记者 and two 本报通讯员, all three authors. "
              "The 种粮大户 quoted (戚满仓) is not an author.",
        paras=[
            "时下正值夏粮收购旺季。记者从省粮食和物资储备局获悉，截至6月16日，全省各类粮食企业累计收购小麦101.3亿斤，同比增加6.8亿斤，收购进度快于去年同期。其中，优质专用小麦收购量占比达到37%，比去年提高5个百分点。",
            "在禾阳市棠溪县的一家粮食收储企业门前，前来售粮的农用车排起了长队。“今年麦子籽粒饱满，容重高，一斤能卖到1.26元，比普通小麦多卖4分钱。”种粮大户戚满仓一边看着工作人员扦样检测，一边算起了收入账。他家流转的860亩地，今年小麦亩产超过1100斤。",
            "为方便农民售粮，各地粮食部门推行“预约收购”“上门收购”等服务，全省开通售粮预约线上平台，农民通过手机就能查询附近收购点的价格和排队情况。省粮食和物资储备局有关负责人介绍，今年全省共设立收购网点1460个，烘干能力比去年提高12%，有效缓解了雨季售粮难、晒粮难问题。",
            "与此同时，各地积极引导多元主体入市收购。省农业发展银行已投放夏粮收购贷款86亿元，支持企业按市场价格收购。目前，全省小麦市场价格总体平稳，优质麦价格明显高于普通麦，“优粮优价”的导向作用进一步显现。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "稻渔综合种养亩均增收两千元", byline="本报通讯员　蒲秋实　甘露", authors=["蒲秋实", "甘露"],
        notes="Byline line with two 本报通讯员 and no reporter; both are authors. The 农技站站长 quoted is not.",
        paras=[
            "6月中旬，岚阳市临河镇的稻田里，秧苗已经返青，田沟里的小龙虾正在觅食。镇农技站站长龚守田蹲在田埂上，伸手捞起一只龙虾：“个头有三四钱重，再过半个月就能上市了。”",
            "近年来，临河镇利用低洼田多、水源充足的条件，推广“稻虾共作”“稻鱼共生”等综合种养模式，全镇综合种养面积发展到3.2万亩。小龙虾吃田里的杂草和害虫，排泄物又成了水稻的肥料，水稻化肥农药用量减少三成以上，生产出的“虾田米”每斤售价比普通大米高出一倍多。",
            "据测算，稻渔综合种养亩均纯收入达到3100元，比单种水稻增收2000元左右。镇里还引进了两家小龙虾加工企业，发展虾尾、调味虾等深加工产品，带动周边1200多名群众就近务工。",
            "“下一步，我们将统一品牌、统一标准，打响‘临河虾田米’的牌子。”临河镇有关负责人表示。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "枫岭县农机托管服务覆盖12万亩", byline="本报讯（本报通讯员　纪秋野）", authors=["纪秋野"],
        lead="本报讯（本报通讯员　纪秋野）",
        notes="Run-in 本报讯（本报通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "6月15日，枫岭县石湾镇的2000多亩玉米地里，两架植保无人机正在进行病虫害统防统治作业。“以前打药要请人背着喷雾器下地，一天打不了几亩，现在交给合作社托管，一亩只要8元钱。”石湾镇村民汤满囤说。",
            "近年来，枫岭县培育农机专业合作社46家，推行“菜单式”“全托管”社会化服务，为小农户提供耕、种、防、收等环节的农机作业服务。目前，全县农业生产托管服务面积达到12.4万亩，服务小农户2.3万户，农户亩均节本增效约150元。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["图片新闻"], "label of the photo strip")
    p1 = Article(
        "p1", "麦收时节烘干忙", kind="brief", section="图片新闻", byline="本报通讯员　费小满　摄",
        authors=["费小满"],
        notes="Photo news in the 图片新闻 strip (brief): headline, caption, credit line X 摄 after it (byline); the "
              "photographer is the author.",
        paras=[
            "6月16日，棠溪县一家粮食烘干中心的工作人员在检查设备运行情况。该中心日烘干能力达到600吨，可为周边农户提供代烘干服务。",
        ])
    pg.headline(p1)
    pg.body(p1)
    pg.line(p1, FW * 6 + p1.byline, "byline")
    pg.gap()
    p2 = Article(
        "p2", None, kind="brief", section="图片新闻", byline="（本报通讯员　殷禾　摄）", authors=["殷禾"],
        lead="▲", tail="（本报通讯员　殷禾　摄）",
        notes="Photo caption without headline (brief, title null): the ▲ is excluded from first, the credit "
              "（本报通讯员 X 摄） run in at the end is excluded from last; the photographer is the author.",
        paras=[
            "6月14日，岚阳市临河镇的农民在田间移栽晚稻秧苗。",
        ])
    pg.body(p2)
    pg.gap()
    p3 = Article(
        "p3", "电商直播卖鲜桃", kind="brief", section="图片新闻", byline="本报记者　武青川　本报通讯员　霍苗　摄",
        authors=["武青川", "霍苗"],
        notes="Photo news (brief): credit line with two photographers after the caption (byline, both authors).",
        paras=[
            "6月13日，枫岭县桃源村的村民在果园里通过网络直播销售水蜜桃。今年，该村3000多亩水蜜桃喜获丰收，线上销售量占到总销量的四成。",
        ])
    pg.headline(p3)
    pg.body(p3)
    pg.line(p3, p3.byline, "byline")
    pg.blank()
    pg.furniture(["本版编辑：晏秋禾　　美编：侯一诺"], "footer")
    return pg


# ---------------------------------------------------------------------------
def x02() -> Page:
    """法治 page: case story with 【案情】／【说法】 labelled parts, 以案说法 column signed at the end by a judge
    with a （作者单位：…法院） line, a 本报讯 item."""
    pg = Page("x02.txt", cols=34, indent=FW, blanks="para", seed=1302,
              style="法治报 案件 page indented with ONE U+3000: case story (headline, byline line 本报记者 X　通讯员 Y, intro paragraph, labelled parts 【案情】 and 【说法】 on lines of their own); label 以案说法 over a judge's comment signed with the name alone, right-aligned, on a line after the body, then （作者单位：…人民法院）; run-in 本报讯（记者 X　通讯员 Y） item; footer with editor and legal hotline")
    pg.furniture(["岱川法治报", cn_date(2032, 3, 12), "第4版　法治·案件"], "page header")
    pg.blank()
    a = Article(
        "a", "带走老东家客户名单，离职员工与新东家被判连带赔偿", byline="本报记者　巩书澜　通讯员　卓青",
        authors=["巩书澜", "卓青"],
        notes="Case story: the labelled parts 【案情】 and 【说法】, each on a line of its own, are crossheads inside the "
              "body. Byline line 本报记者 X　通讯员 Y, both authors; the judge quoted (尹若衡) is not an author.",
        paras=[
            "因跳槽时带走原公司的客户名单并用于新东家的业务，一名销售经理和其新任职的公司被判共同赔偿原公司经济损失及合理开支共计86万元。近日，岱州市中级人民法院对这起侵害商业秘密纠纷案作出二审判决，驳回上诉，维持原判。",
            Cross("【案情】"),
            "岱州某精密机械公司主要生产数控机床配件。2029年，周某入职该公司任销售经理，负责华东地区客户的开发和维护。双方签订的劳动合同及保密协议约定，周某对公司客户信息、报价体系等负有保密义务，离职后两年内不得到同类企业任职。",
            "2030年5月，周某离职，随即加入同样生产机床配件的某科技公司。此后半年内，机械公司发现，其17家长期合作客户陆续转向科技公司采购，部分客户拿到的报价恰好比机械公司低5%左右。经调查，周某离职前曾将包含客户联系人、采购习惯、历史成交价格的客户名单拷贝到个人移动硬盘。机械公司遂将周某和科技公司诉至法院。",
            "一审法院审理认为，涉案客户名单包含客户的交易习惯、价格承受能力等深度信息，不为公众所知悉，具有商业价值，且机械公司采取了相应保密措施，构成商业秘密。周某违反保密义务披露、使用该商业秘密，科技公司明知或应知周某的行为仍使用该信息，二者构成共同侵权，判决二被告连带赔偿86万元。周某和科技公司不服，提起上诉。",
            Cross("【说法】"),
            "“并不是所有客户名单都属于商业秘密。”该案承办法官、岱州市中级人民法院知识产权审判庭庭长尹若衡介绍，仅有客户名称、地址、电话等公开信息的简单罗列，一般不构成商业秘密；只有区别于公知信息、包含客户交易习惯和意向等深度信息，并且权利人采取了合理保密措施的客户名单，才受法律保护。",
            "尹若衡提醒，企业招聘同行业人员时，应当审查其是否负有保密义务和竞业限制义务，不能抱着“挖人就是挖客户”的心态，否则可能被判承担连带责任。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "保护商业秘密，企业要先“上锁”", section="以案说法", kind="commentary", byline="翟明远",
        authors=["翟明远"],
        notes="以案说法 column (a judge's comment on the case: commentary). The writer's name alone, right-aligned, on a "
              "line after the body is the byline; the （作者单位：…人民法院） line after it is not body.",
        paras=[
            "近年来，随着人才流动日益频繁，因员工跳槽引发的商业秘密纠纷逐年增多。从审判实践看，不少企业在诉讼中败诉，并非对方没有侵权，而是自身未能证明所主张的信息构成商业秘密，尤其是未能证明采取了合理的保密措施。",
            "法律保护商业秘密，前提是权利人自己先“上锁”。企业应当明确商业秘密的范围，对技术资料、客户信息、经营策略等进行分级管理；与接触核心信息的员工签订保密协议，必要时约定竞业限制并依法支付补偿；对涉密文件设置访问权限，限制拷贝和外发，并保留相关记录。",
            "一旦发现商业秘密被侵犯，企业要及时固定证据，可以通过公证、申请证据保全等方式，防止证据灭失。对于劳动者而言，也要增强法律意识，离职时不带走、不泄露原单位的商业秘密，避免因小失大。",
        ])
    pg.furniture(["以案说法"], "column label 以案说法")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 28 + b.byline, "byline")
    pg.furniture(["（作者单位：岱州市中级人民法院）"], "author's unit after the signature (not body)")
    pg.gap()
    c = Article(
        "c", "省高院出台十条措施护航民营经济", byline="本报讯（记者　伍清扬　通讯员　樊一鸣）",
        authors=["伍清扬", "樊一鸣"], lead="本报讯（记者　伍清扬　通讯员　樊一鸣）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "3月11日，省高级人民法院召开新闻发布会，发布《关于依法平等保护民营企业产权和企业家权益的十条措施》，从严格区分经济纠纷与经济犯罪、依法慎用强制措施、加强知识产权司法保护、提升涉企案件审判执行效率等方面作出具体规定。",
            "措施明确，对涉案民营企业及其经营者，能采取非羁押性强制措施的不采取羁押措施；对查封、扣押、冻结的涉案财物，在保证诉讼顺利进行的前提下，允许企业继续合理使用，最大限度减少对企业正常生产经营的影响。",
            "据介绍，去年全省法院共审结涉民营企业案件12.6万件，同比增长9.3%，为企业挽回经济损失约47亿元。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["本版责编：柯望岳　　法律咨询：12348公共法律服务热线"], "footer")
    return pg


# ---------------------------------------------------------------------------
def x03() -> Page:
    """科技 page with English terms and model numbers; the lead's headline is broken right after an opening
    quotation mark."""
    pg = Page("x03.txt", cols=30, indent="  ", blanks="arts", seed=1303,
              style="科技报 数字科技 page with English terms and model numbers (HY-VLA 2.0, Transformer, RB-7, 200 TOPS, RISC-V, XC-R300, 1.8GHz, PFLOPS, PUE, 5G-A, eVTOL), blank lines only between articles: lead whose headline is broken right after an opening quotation mark (…用上“ / 具身智能大脑”), byline line 本报记者 X; run-in 本报讯（记者 X）; item signed （X） at the end; label 科技快讯 over two unsigned items")
    pg.furniture(["岱川科技报", cn_date(2032, 9, 7) + "　第2版　数字科技"], "page header")
    pg.blank()
    a = Article(
        "a", "国产工业机器人用上“具身智能大脑”", head=["国产工业机器人用上“", "具身智能大脑”"],
        byline="本报记者　钱砚秋", authors=["钱砚秋"],
        notes="Headline printed on two lines, the first ending with the opening quotation mark “, joined. Byline line "
              "本报记者 X. Model names and Latin terms kept as printed in the body.",
        paras=[
            "9月6日，在岱州高新区一家汽车零部件企业的装配车间，一台双臂工业机器人正在把形状各异的线束插头逐一插入插座。与传统机器人需要工程师逐点示教不同，这台机器人只“看”了几遍工人的操作演示，就学会了整个装配流程。",
            "为这台机器人提供“大脑”的，是岱州本地企业衡元智能自主研发的具身智能模型HY-VLA 2.0。该模型基于Transformer架构，将视觉、语言和动作统一建模，能够理解“把红色插头插到左边第二个口”这样的自然语言指令，并自动规划机械臂的运动轨迹。",
            "“过去给机器人换一个新工件，工程师要花两三天重新编程调试，现在只需要半天。”衡元智能首席技术官祁望舒介绍，公司同步推出的RB-7边缘计算控制器采用国产7nm芯片，AI算力达到200 TOPS，可以在不联网的情况下本地运行模型，满足工厂对数据安全的要求。",
            "据了解，HY-VLA 2.0已在汽车零部件、3C电子、家电等行业的30多家企业试点应用，复杂装配任务一次成功率达到92.6%。业内专家表示，具身智能正从实验室走向生产线，但在可靠性、成本和标准体系等方面仍需持续攻关。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "RISC-V产业联盟成员突破200家", byline="本报讯（记者　庞知远）", authors=["庞知远"],
        lead="本报讯（记者　庞知远）",
        notes="Headline beginning with a Latin name (RISC-V kept as printed); run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "9月5日，岱川省RISC-V产业联盟2032年度大会在禾阳举行。记者从会上获悉，联盟成员单位已突破200家，涵盖芯片设计、EDA工具、操作系统、整机制造等环节，成员企业去年RISC-V相关产品出货量超过3.6亿颗。",
            "会上，联盟发布了面向工业控制的RISC-V处理器参考设计XC-R300，支持Linux和RT-Thread等多种操作系统，主频最高1.8GHz。联盟秘书长钟以恒表示，开放指令集降低了芯片设计门槛，将推动更多中小企业参与芯片创新。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "岱州公共算力服务平台上线", byline="（邝小满）", authors=["邝小满"], tail="（邝小满）",
        notes="Signature （X） run in at the end, excluded from last.",
        paras=[
            "9月3日，岱州市公共算力服务平台正式上线，首期接入算力规模达到800 PFLOPS，可为中小企业和科研机构提供模型训练、推理等算力服务。",
            "平台所在的数据中心采用液冷技术，PUE值（电能利用效率）降至1.15以下。岱州市同步发布“算力券”政策，中小企业使用平台算力可按实际费用的30%申领补贴，每家企业每年最高50万元。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["科技快讯"], "column label 科技快讯")
    shorts = [
        Article("d1", "全省建成5G-A基站1.2万个", paras=[
            "记者从省通信管理局获悉，截至8月底，全省累计建成5G-A（5G-Advanced）基站1.2万个，重点覆盖城区、交通枢纽和工业园区，5G-A用户数突破260万户。"]),
        Article("d2", "岚阳发布低空经济三年行动方案", paras=[
            "岚阳市近日发布低空经济发展三年行动方案，提出到2034年建成eVTOL（电动垂直起降飞行器）起降点40个，开通低空物流航线100条，低空经济产业规模突破150亿元。"]),
    ]
    for art in shorts:
        art.section = "科技快讯"
        art.notes = "Under the label 科技快讯 (section); unsigned (记者从…获悉 is a clause of the text, not a byline)."
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["本版编辑：何未央　　新闻热线：0797-8821××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def x04() -> Page:
    """周刊 cover page: masthead, a 本期导读 table of contents with page numbers and blurbs, one short lead."""
    pg = Page("x04.txt", cols=46, indent="", blanks="some", seed=1304, p_para=0.4, p_gap=0.7,
              style="经济周刊 cover page that is mostly a table of contents: masthead (name, English name, 期号 and 版数 line); one short lead (headline, byline line 本刊记者 X, two paragraphs) with a （相关报道见第4—5版） line after it; 本期导读 box: section labels, titles followed by U+3000 and 第N版 / 第N—M版, blurbs of one or two sentences under two titles (they read like short paragraphs); footer with address, 邮发代号 and price")
    pg.furniture(["岱川经济周刊",
                  "DAICHUAN ECONOMIC WEEKLY",
                  cn_date(2032, 10, 18) + "　第41期（总第1168期）　今日24版"], "masthead")
    pg.blank()
    a = Article(
        "a", "前三季度全省社会消费品零售总额增长6.9%", byline="本刊记者　邬晚照", authors=["邬晚照"],
        notes="The cover's one article, short; byline line 本刊记者 X. The （相关报道见第4—5版） line after the body is "
              "not body. The 导读 box that follows lists other pages' articles (titles and blurbs), none of which is "
              "an article on this page.",
        paras=[
            "省统计局10月16日发布数据，前三季度，全省社会消费品零售总额达到1.62万亿元，同比增长6.9%，增速比上半年加快0.4个百分点。其中，县域消费品零售额增长8.3%，高于全省平均水平1.4个百分点，县域消费对全省消费增长的贡献率超过五成。",
            "从消费类型看，服务消费持续升温，全省文化娱乐、旅游、体育健身等服务零售额同比增长12.6%；以旧换新政策带动家电、汽车等大宗商品销售较快增长，限额以上单位家用电器和音像器材类零售额增长21.4%。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（相关报道见第4—5版）"], "see-also line after the lead (not body)")
    pg.blank()
    toc = ["本期导读",
           "",
           "封面故事",
           "县域消费的“新引擎”　第4—5版"]
    toc += wrap("夜市、露营、演唱会……县城消费正在告别“赶集时代”。记者走访省内六个县城，看新场景、新业态如何把年轻人留在家门口消费。", 46)
    toc += ["",
            "宏观",
            "三季度经济数据前瞻：回升向好态势有望延续　第6版",
            "",
            "金融",
            "科技贷款“投早投小”，银行如何把控风险　第8版"]
    toc += wrap("从“看报表”到“看专利”，多家银行调整科技企业授信模型，首贷户数量明显增加。", 46)
    toc += ["",
            "产业",
            "光伏组件价格企稳，行业洗牌进入下半场　第10版",
            "",
            "区域",
            "岚阳：老工业基地的“二次创业”　第14版",
            "",
            "对话",
            "邓以宁：县城是扩内需的重要战场　第18版",
            "",
            "数据",
            "前三季度全省主要经济指标一览　第22版"]
    pg.furniture(toc, "本期导读 box: section labels, titles with page numbers, blurbs (not articles)")
    pg.blank()
    pg.furniture(["本刊地址：岱州市文昌路88号　邮编：418000　邮发代号：43-216　定价：5.00元"],
                 "footer with address, 邮发代号 and price")
    return pg


PAGES = [x01, x02, x03, x04]
