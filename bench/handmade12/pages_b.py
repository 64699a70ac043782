"""Pages w05-w08 of handmade12 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def w05() -> Page:
    """证券 page: market report, a stock table, 个股点评 items headed by stock name and code, analyst lines."""
    pg = Page("w05.txt", cols=32, indent="", blanks="some", seed=1205, p_para=0.3, p_gap=0.7,
              style="证券报 个股·研究 page: market report (headline with a U+3000 between its parts, 本报记者 X line); table of the day's top gainers (title, header row, five rows, 数据来源／制表 line); label 个股点评 over three items, each headed 简称（代码）：claim, with 事件：／点评：／风险提示： paragraphs and an analyst line after the body 分析师：X（执业证书编号：S…）; disclaimer footer")
    pg.furniture(["澄湾证券报　" + cn_date(2031, 6, 10) + "　B2", "个股·研究"], "page header")
    pg.blank()
    a = Article(
        "a", "三大指数集体收涨北向资金净买入56亿元", head=["三大指数集体收涨　北向资金净买入56亿元"],
        byline="本报记者　蒲晓岚", authors=["蒲晓岚"],
        notes="Headline with a U+3000 between its two parts (title written without it); byline line 本报记者 X.",
        paras=[
            "6月9日，A股市场三大指数集体收涨。截至收盘，上证指数报3526.41点，上涨0.86%；深证成指报11287.35点，上涨1.24%；创业板指报2316.08点，上涨1.57%。沪深两市合计成交1.32万亿元，较前一交易日放量约1100亿元。",
            "盘面上，储能、工业母机、创新药板块涨幅居前，银行、煤炭板块小幅调整。个股方面，两市超过3600只股票上涨，62只股票涨停。北向资金全天净买入56.3亿元，连续四个交易日净流入。",
            "澄湾证券首席策略分析师滕一鸣认为，近期稳增长政策持续发力，上市公司业绩预期改善，市场风险偏好有所回升。短期来看，指数仍可能以震荡上行为主，投资者可关注业绩确定性较高的高端制造和消费板块。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["昨日涨幅居前个股",
                  "代码　　简称　　　收盘价（元）　涨跌幅　　成交额（亿元）",
                  "688315　澜海科技　　46.82　　　+20.00%　　18.63",
                  "301276　禾川精机　　33.15　　　+20.00%　　 9.42",
                  "300564　瑞岚新材　　58.30　　　+15.36%　　 6.18",
                  "600871　晟通电气　　12.64　　　+10.02%　　11.27",
                  "002938　屏山药业　　21.07　　　+10.01%　　 7.85",
                  "数据来源：澄湾证券研究所　制表：蒲晓岚"], "stock table with 数据来源／制表 line")
    pg.blank()
    pg.furniture(["个股点评"], "column label 个股点评")
    items = [
        Article(
            "e1", "澜海科技（688315）：储能订单放量业绩拐点显现",
            head=["澜海科技（688315）：储能订单放量　业绩拐点显现"],
            byline="分析师：邵凯文（执业证书编号：S0830521070002）", authors=["邵凯文"],
            paras=[
                "事件：公司6月8日晚间公告，与海外某能源企业签订储能系统供货合同，合同金额约12.6亿元，占公司去年营业收入的31%。",
                "点评：此次订单是公司迄今为止金额最大的单笔海外储能订单，标志着公司大型储能产品正式打开欧洲市场。公司一季度储能业务收入同比增长86%，在手订单充足，叠加原材料价格回落带来的毛利率修复，全年业绩有望明显改善。预计公司2031年至2032年归母净利润分别为5.8亿元和7.9亿元，维持“买入”评级。",
                "风险提示：海外市场需求不及预期；原材料价格大幅波动；汇率波动风险。",
            ]),
        Article(
            "e2", "屏山药业（002938）：创新药获批上市打开成长空间",
            byline="分析师：阮书棠（执业证书编号：S1120519080004）", authors=["阮书棠"],
            paras=[
                "事件：公司公告，其自主研发的一类创新药PS-207片获得国家药品监督管理部门批准上市，用于治疗成人中重度斑块状银屑病。",
                "点评：PS-207是国内首个获批的同类口服小分子药物，竞争格局良好。公司已组建200余人的专业销售团队，预计产品年内完成主要省份挂网。我们认为，该产品有望成为公司新的业绩增长点，上调公司目标价至26元，给予“增持”评级。",
                "风险提示：产品销售放量不及预期；医保谈判降价幅度超预期。",
            ]),
        Article(
            "e3", "晟通电气（600871）：特高压招标提速订单有望持续增长",
            head=["晟通电气（600871）：特高压招标提速", "订单有望持续增长"],
            byline="分析师：葛时雨（执业证书编号：S0830523010011）", authors=["葛时雨"],
            paras=[
                "事件：电网企业近日公布今年第二批特高压设备招标结果，公司中标金额合计约8.4亿元，位居同类企业前列。",
                "点评：今年以来特高压项目核准和招标节奏明显加快，公司作为变压器和组合电器的主要供应商，将充分受益于电网投资增长。公司一季度末合同负债较年初增长42%，订单储备充足。维持“买入”评级。",
                "风险提示：电网投资进度不及预期；行业竞争加剧。",
            ]),
    ]
    notes = {
        "e1": "个股点评 item headed 简称（代码）：claim, with a U+3000 inside the headline (dropped in the title). "
              "事件／点评／风险提示 paragraphs are body; the analyst line after the body is the byline and the analyst "
              "who wrote the comment is the author.",
        "e2": "个股点评 item: headline on one line; analyst line after the body is the byline, the analyst the author.",
        "e3": "个股点评 item: headline on two lines (cut at the column, the second shorter), joined; analyst line "
              "after the body is the byline, the analyst the author.",
    }
    for art in items:
        art.section = "个股点评"
        art.notes = notes[art.key]
        pg.headline(art)
        pg.body(art)
        pg.line(art, art.byline, "byline")
        pg.gap()
    pg.furniture(["本版数据仅供参考，不构成投资建议。据此操作，风险自担。　　责任编辑：翁可"],
                 "disclaimer and editor footer")
    return pg


# ---------------------------------------------------------------------------
def w06() -> Page:
    """读者来信 page extracted with a blank line after every line: letters signed after the body
    (城市 读者 X), one signed run in at the end, a department's reply signed with its name."""
    pg = Page("w06.txt", cols=20, indent=FW * 2, blanks="every", seed=1206,
              style="晚报 读者之声 page extracted with a blank line after every line: label 读者来信 over three letters: two signed on a line after the body (萧原市望湖区　读者　X; 屏溪县　读者　X　Y, two writers), one signed run in at the end （萧原　读者　X）; label 来信回音 over a department's reply signed with the department's name after the body; footer with address and e-mail")
    pg.furniture(["萧原晚报　读者之声　A12", cn_date(2031, 9, 16)], "page header")
    pg.furniture(["读者来信"], "column label 读者来信")
    l1 = Article(
        "l1", "小区充电桩为何迟迟装不上？", section="读者来信", byline="萧原市望湖区　读者　贺明川",
        authors=["贺明川"],
        notes="Reader's letter; signature line 城市 读者 X after the body is the byline, the writer the author.",
        paras=[
            "我家住在萧原市望湖区锦绣花园小区，去年买了一辆新能源汽车。小区地下车库有固定车位，可申请安装充电桩时，物业公司一直以“电力容量不够”“存在安全隐患”为由不予配合。",
            "据我了解，小区里有类似需求的业主有三十多户，大家只能到附近的公共充电站充电，排队时间长，费用也比家用电价高不少。希望有关部门能协调解决，让业主在自家车位上就能充上电。",
        ])
    l2 = Article(
        "l2", "建议公交站台增设电子站牌", section="读者来信", byline="屏溪县　读者　杜春燕　潘立",
        authors=["杜春燕", "潘立"],
        notes="Letter signed by two readers on a line after the body; both are authors.",
        paras=[
            "我们是住在县城东片区的两名退休职工，平时出门主要坐公交车。县城的一些公交站台还没有电子站牌，等车时不知道车辆到了哪里，有时一等就是二三十分钟。",
            "现在不少地方都在公交站台安装了电子站牌，能实时显示车辆到站时间。年轻人可以用手机查询，但很多老年人不会用智能手机。建议在客流量大的站台优先安装电子站牌，方便老年乘客出行。",
        ])
    l3 = Article(
        "l3", "农贸市场的“公平秤”要常校准", section="读者来信", byline="（萧原　读者　庞秋）",
        authors=["庞秋"], tail="（萧原　读者　庞秋）",
        notes="Letter signed （城市 读者 X） run in at the end of the body, excluded from last.",
        paras=[
            "前几天我在城南农贸市场买菜，回家一称发现少了二两。后来我到市场的“公平秤”复秤，结果“公平秤”显示的重量也和摊主的一样。原来，这台“公平秤”已经很久没有校准了。希望市场管理方和监管部门定期校验“公平秤”，让它真正发挥作用。",
        ])
    for art in (l1, l2):
        pg.headline(art)
        pg.body(art)
        pg.line(art, FW * 2 + art.byline, "byline")
    pg.headline(l3)
    pg.body(l3)
    r = Article(
        "r", "桂园小区加装电梯项目已开工", section="来信回音", byline="萧原市住房和城乡建设局",
        notes="Reply of a city department to an earlier letter; signed with the department's name on a line after the "
              "body (byline, no person, no author).",
        paras=[
            "本报8月26日刊登读者来信《老旧小区加装电梯为何卡在“一楼”》后，我局高度重视，会同望湖区住房和城乡建设局、桂园社区居委会到现场了解情况。",
            "经调查，桂园小区3栋加装电梯项目因一楼住户担心采光和噪声影响，未能达成一致意见。社区多次组织楼栋协商会，由设计单位对电梯井位置进行了调整，并由其他住户协商给予一楼住户适当补偿。目前，该单元全体业主已签订加装电梯协议，项目于9月10日正式开工，预计12月底前投入使用。",
            "下一步，我局将进一步完善加装电梯协商机制，简化审批流程，推动更多老旧小区加装电梯项目落地。感谢读者对我市城市建设工作的关心和监督。",
        ])
    pg.furniture(["来信回音"], "column label 来信回音")
    pg.headline(r)
    pg.body(r)
    pg.line(r, FW * 2 + r.byline, "byline")
    pg.furniture(["来信请寄：萧原市文化路18号萧原晚报读者部　邮编：417000",
                  "电子邮箱：duzhe@xywb.example"], "footer with address and e-mail")
    return pg


# ---------------------------------------------------------------------------
def w07() -> Page:
    """人物 page: long feature with ——记… 副题, plain crossheads, a pull quote and a photo caption with 摄 credit
    between paragraphs, 人物小传 box after it; a short 本报讯 item."""
    pg = Page("w07.txt", cols=36, indent=FW * 2, blanks="para", seed=1207,
              style="人物 page: label 时代新人 over a long feature (about 950 chars) with ——记… 副题 and 本报记者 X line, three plain crossheads, a pull quote (a sentence of the text repeated) and a photo caption with its credit line 本报记者 X摄 set between paragraphs, 【人物小传】 box after the body; a short 本报讯（记者 X） item")
    pg.furniture(["岑江日报　" + cn_date(2031, 10, 14) + "　第6版", "人物"], "page header")
    pg.blank()
    a = Article(
        "a", "三十年磨一“环”", subtitle="——记岑江精工轴承有限公司首席技师聂长林", section="时代新人",
        byline="本报记者　卜青禾", authors=["卜青禾"],
        notes="Label 时代新人 is the section; ——记… 副题 is the subtitle; the man portrayed (聂长林) is not an author. "
              "Plain crossheads are body. The pull quote (repeating his words) and the photo caption with its credit "
              "line, both set between paragraphs, are not body (the caption illustrates this feature: not a brief); "
              "so the body is in three pieces. The 【人物小传】 box after the body is not body.",
        paras=[
            "清晨七点，岑江精工轴承有限公司的磨加工车间里，机器已经开始轰鸣。穿着深蓝色工装的聂长林绕着一台数控磨床转了两圈，俯下身，把耳朵贴近主轴听了一会儿，又伸手摸了摸刚下线的轴承套圈。“声音正常，温度也正常，可以开干了。”",
            "这是聂长林三十年来雷打不动的习惯。从一名技校毕业的普通磨工，到公司首席技师、全国技术能手，他和轴承打了大半辈子交道。工友们说，聂师傅的手就是一把“尺子”，套圈的尺寸差了一两个微米，他一摸就能感觉出来。",
            Cross("“差一丝一毫都不行”"),
            "1993年，19岁的聂长林进厂当学徒。那时候，厂里生产的多是中低端轴承，精度和寿命都比不上进口产品。“人家的轴承能转上万小时，我们的几千小时就不行了。”聂长林说，这让他憋着一股劲。",
            "为了练好基本功，他每天下班后留在车间练习修砂轮、调机床，一练就是两三个小时。师傅告诉他，轴承转一圈，差一丝一毫都不行。这句话，他记了三十年。",
            "2009年，公司承接了一批风电主轴轴承的试制任务。这种轴承直径超过两米，对滚道的圆度和表面粗糙度要求极高，当时国内能做的企业屈指可数。聂长林带着团队连续攻关四个多月，先后试验了几十种磨削参数，最终把滚道圆度误差控制在3微米以内，达到了国外同类产品水平。",
            Cross("把“绝活”变成“标准”"),
            "在聂长林的工具柜里，整整齐齐码着二十多本工作笔记。每一次设备故障的原因、每一个工艺参数的调整，他都详细记录下来。这些笔记后来被整理成《精密轴承磨削操作规范》，成为公司新员工培训的必修教材。",
            "2018年，公司成立了以聂长林名字命名的技能大师工作室。几年来，工作室完成技术革新项目56项，其中“套圈磨削在线检测”项目使产品一次合格率从92%提高到99.3%，每年为企业节约成本1200多万元。",
            "“一个人的手艺再好，也只是一个人的。把手艺传下去，才能让更多人把轴承做好。”聂长林先后带出徒弟40多人，其中8人成长为高级技师，3人在全国职业技能大赛中获奖。",
            Cross("“中国轴承一定能转得更久”"),
            "如今，岑江精工的产品已经进入风电、高铁、工业机器人等高端领域，部分型号实现了进口替代。但聂长林并不满足。他告诉记者，在一些超高精度轴承领域，国内企业与国际先进水平还有差距。",
            "今年，已经57岁的聂长林又给自己定下新目标：带领团队攻克机器人关节用精密轴承的磨削难题。“我相信，中国轴承一定能转得更久、转得更稳。”",
        ])
    pg.furniture(["时代新人"], "column label 时代新人")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, pg.render_body(a, start=0, end=6))
    pg.gap()
    pg.furniture(wrap("“一个人的手艺再好，也只是一个人的。把手艺传下去，才能让更多人把轴承做好。”", 20),
                 "pull quote (repeats the text; not body)")
    pg.gap()
    pg.emit(a, pg.render_body(a, start=6, end=9))
    pg.gap()
    pg.furniture(["聂长林（右）在技能大师工作室指导徒弟调试数控磨床。", FW * 10 + "本报记者　卜青禾摄"],
                 "photo caption with its credit line (illustrates the feature; not body, not a brief)")
    pg.gap()
    pg.emit(a, pg.render_body(a, start=9))
    pg.gap()
    pg.furniture(["【人物小传】"] + wrap(
        "聂长林，1974年生，岑江精工轴承有限公司首席技师、高级技师。曾获全国技术能手、岑江省劳动模范等称号，享受国务院政府特殊津贴。",
        36), "人物小传 box (not body)")
    pg.gap()
    b = Article(
        "b", "全省第三批“岑江工匠”名单公布", byline="本报讯（记者　晏知秋）", authors=["晏知秋"],
        lead="本报讯（记者　晏知秋）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "10月13日，省总工会、省人力资源和社会保障厅联合公布第三批“岑江工匠”名单，来自装备制造、电子信息、建筑、交通运输等行业的100名技术技能人才入选。",
            "入选者平均年龄41岁，其中一线技术工人占比超过八成。按照规定，每名“岑江工匠”将获得一次性奖励5万元，并享受健康体检、休养疗养等待遇。省总工会还将依托“岑江工匠”建设一批技能大师工作室，发挥其传帮带作用。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["责任编辑：易寒　　美术编辑：祁川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w08() -> Page:
    """Magazine 目录 page followed by the 卷首语, signed at the end by the issue's executive editor."""
    pg = Page("w08.txt", cols=26, indent="  ", blanks="some", seed=1208, p_para=0.3, p_gap=0.7,
              style="monthly magazine: masthead with English name and issue (总第388期); 目录 CONTENTS with section labels (one with an English name), titles with dotted leaders and page numbers, two author lines 文／X; then label 卷首语, headline (also listed in the 目录), body, signature line 本期执行主编　X after the body; 征稿启事 box; footer with issue, magazine and page number")
    pg.furniture(["岑江经济　CENJIANG ECONOMY", "2031年第7期　总第388期"], "magazine masthead")
    pg.blank()
    pg.furniture(["目录　CONTENTS",
                  "",
                  "卷首语",
                  "读懂县域这本“新账本”……………01",
                  "封面故事　COVER STORY",
                  "县域商业：从“赶集”到“上链”……06",
                  "　文／本刊记者　严可嘉",
                  "一座县城的“产业突围”……………14",
                  "政策解读",
                  "专项债新规下的项目怎么谋划……22",
                  "产业观察",
                  "预制菜：热潮之后的冷思考………28",
                  "　文／黎书远",
                  "县域调查",
                  "小县城里的“咖啡经济”…………34",
                  "对话",
                  "梁予川：让农产品卖得出卖得好…40",
                  "数据",
                  "上半年全省县域经济运行简况……46"], "table of contents (not articles)")
    pg.blank()
    a = Article(
        "a", "读懂县域这本“新账本”", section="卷首语", kind="commentary", byline="本期执行主编　龚一帆",
        authors=["龚一帆"],
        notes="卷首语 (editor's letter, commentary): label is the section; the same title is listed in the 目录 above "
              "(that line is not the title_line); signature line 本期执行主编 X after the body is the byline, the "
              "editor who wrote the letter the author.",
        paras=[
            "翻开本期杂志，扑面而来的是一个个县城的新变化：有的县城把农产品卖进了大城市的商超，有的县城引来了新能源汽车零部件企业，还有的县城开起了几十家精品咖啡馆，吸引年轻人回流创业。",
            "这些变化，都记在县域经济的“新账本”上。过去，人们谈起县域，想到的往往是“小”“散”“弱”；如今，越来越多的县域正在找准自己的位置，把特色做成优势，把优势做成产业。上半年，全省县域经济增速高于全省平均水平，县域对全省经济增长的贡献率超过一半。",
            "当然，县域发展的账本上，也有不少难题：产业同质化、人才外流、财政吃紧……这些问题不会自动消失，需要在改革和创新中逐步破解。本期封面故事，我们的记者走访了省内六个县，试图从一个个具体的故事里，寻找县域突围的路径。",
            "县域是观察中国经济的一扇窗。读懂县域这本“新账本”，也就读懂了中国经济的韧性与活力。",
        ])
    pg.furniture(["卷首语"], "column label 卷首语")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 6 + a.byline, "byline")
    pg.blank()
    pg.furniture(["征稿启事"] + wrap(
        "本刊常年征集县域经济、乡村振兴、民营经济等领域的调研报告和评论文章，来稿请注明作者姓名、单位和联系方式。投稿邮箱：tougao@cjjj.example",
        26, FW * 2), "征稿启事 (not an article)")
    pg.blank()
    pg.furniture(["2031.07　岑江经济　·1·"], "footer with issue, magazine and page number")
    return pg


PAGES = [w05, w06, w07, w08]
