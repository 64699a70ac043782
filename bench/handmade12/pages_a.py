"""Pages w01-w04 of handmade12 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def w01() -> Page:
    """财经 page: the left column's article stops in mid-sentence, the right column's article follows whole,
    then the left article goes on with no marker at all."""
    pg = Page("w01.txt", cols=24, indent=FW * 2, blanks="some", seed=1201, p_para=0.3, p_gap=0.7,
              style="财经 page read column by column: the lead (headline, 本报记者 X line) stops in mid-sentence at the foot of the left column, the right column's article (headline broken over two lines, the second shorter: …REITs扩募 / 获批复; run-in 本报讯（记者 X）) follows whole, then the lead goes on with no 接上 marker; a third item signed （记者 X） at the end; footer with editor and proof-reader")
    pg.furniture(["澄湾财经日报", cn_date(2031, 4, 22) + "　A3　财经新闻"], "page header")
    pg.blank()
    a = Article(
        "a", "中小银行加快不良资产处置", byline="本报记者　柯望舒", authors=["柯望舒"],
        notes="Left-column lead: its text stops in mid-sentence at the foot of the column, the right column's article "
              "(headline, run-in dateline, body) is printed next, then this text resumes with no 接上 marker; "
              "so the body is in two pieces. Byline line 本报记者 X under the headline.",
        paras=[
            "今年以来，澄湾省中小银行加快不良资产处置步伐，资产质量持续改善。记者从澄湾金融监管局获悉，一季度，全省农村商业银行和城市商业银行共处置不良贷款186亿元，同比增长31.4%；截至3月末，两类机构不良贷款率分别为2.86%和1.73%，较年初分别下降0.21个和0.09个百分点。",
            "“处置渠道比过去多了，手段也更灵活。”澄湾金融监管局有关负责人介绍，除传统的清收、核销外，不少银行开始通过批量转让、不良资产收益权转让、债转股等市场化方式盘活存量。一季度，全省中小银行通过批量转让方式处置不良贷款43亿元，占比接近四分之一。",
            "在南湾农商银行，一笔涉及12户小微企业、本金合计1.2亿元的不良贷款包，上个月以公开竞价方式转让给省内一家地方资产管理公司。“以前一户一户去清收，周期长、成本高，批量转让后，我们可以把精力更多放到新增贷款的风险管控上。”该行风险管理部总经理邱晨阳说。",
            "处置提速的同时，各家银行也在“治未病”上下功夫。多家中小银行引入大数据风控模型，对贷款企业的用电、纳税、社保缴纳等数据进行动态监测，一旦发现异常，系统会自动预警，客户经理第一时间上门核实。澄江城商银行去年上线的预警系统，已累计发出风险提示1900多条，帮助提前化解潜在风险贷款约9亿元。",
            "业内人士指出，中小银行资本实力相对较弱，不良资产处置仍面临资本补充压力大、专业人才不足等难题。下一步，应继续拓宽资本补充渠道，支持符合条件的中小银行发行永续债和二级资本债，同时加快推进省内农村信用社改革，增强中小银行抵御风险的能力。",
        ])
    b = Article(
        "b", "省内首只公募REITs扩募获批复", head=["省内首只公募REITs扩募", "获批复"],
        byline="本报讯（记者　岑小鸥）", authors=["岑小鸥"], lead="本报讯（记者　岑小鸥）",
        notes="Right-column article printed between the two pieces of the lead. Headline broken over two lines, the "
              "second shorter (获批复), joined; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "4月21日，澄湾港口物流基础设施公募REITs扩募申请获得批复，拟新购入位于临港物流园的两座高标准仓库，扩募规模约14.6亿元。这是澄湾省首只实施扩募的公募REITs，也是港口物流类REITs的首单扩募项目。",
            "据介绍，该REITs于前年上市，底层资产为临港物流园一期的5座仓库，上市以来出租率始终保持在95%以上，累计向投资者分配收益逾2.3亿元。此次新购入的资产总建筑面积约18万平方米，目前已全部出租。",
            "业内人士认为，扩募机制打通了“投资—建设—运营—退出—再投资”的良性循环，有利于盘活存量基础设施资产，吸引更多社会资本参与基础设施建设。",
        ])
    c = Article(
        "c", "保险资金权益投资占比升至13.8%", byline="（记者　麦秋池）", authors=["麦秋池"],
        tail="（记者　麦秋池）",
        notes="Headline directly over the text; signature （记者 X） run in at the end, excluded from last.",
        paras=[
            "澄湾金融监管局最新统计显示，截至3月末，辖内保险公司资金运用余额达到4380亿元，较年初增长4.6%。其中，股票和证券投资基金投资余额604亿元，占资金运用余额的比重升至13.8%，比去年末提高1.2个百分点。",
            "多家保险机构投资负责人表示，当前权益资产估值处于相对合理区间，长期配置价值显现。随着长期股票投资试点扩围，预计保险资金入市规模还将稳步增加。",
        ])
    A = Page.chunks(pg.render_body(a), [22])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, A[0])
    pg.gap()
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.emit(a, A[1])
    pg.blank()
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：韦小川　校对：祁安"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w02() -> Page:
    """要闻 page: 引题 + 主题 + ——副题 (the 副题 wrapped over two lines), unnamed 本报评论员 signed after the body,
    本报讯 item, 今日谈 column signed with the name alone after the body."""
    pg = Page("w02.txt", cols=18, indent=FW * 2, blanks="para", seed=1202,
              style="要闻 page: lead with 引题 (kicker), one-line 主题 and a ——副题 wrapped over two lines, byline line 本报记者 X　通讯员 Y, run-in 本报岑州3月5日讯; 本报评论员 piece with the unnamed signature 本报评论员 on a line AFTER the body; 本报讯（记者 X　通讯员 Y） item; 今日谈 column (label, headline, body, the writer's name alone on a line after it)")
    pg.furniture(["岑江日报", cn_date(2031, 3, 6), "第2版　要闻"], "page header")
    pg.blank()
    a = Article(
        "a", "全省制造业技改投资增长18.4%", subtitle="——首批120个智能工厂项目集中开工，总投资逾860亿元",
        byline="本报记者　闻笛　通讯员　詹子恒", authors=["闻笛", "詹子恒"], lead="本报岑州3月5日讯　",
        notes="All three headline parts: 引题 '锚定高质量发展　打好产业升级主动仗' (kicker, named here, not in the title "
              "or subtitle), 主题 (title), ——副题 printed over two lines (subtitle). Byline line with a 记者 and a 通讯员, "
              "both authors; run-in 本报岑州3月5日讯 excluded from first.",
        paras=[
            "3月5日，全省首批120个智能工厂建设项目在14个市州集中开工，总投资862亿元。记者从省工业和信息化厅获悉，去年全省制造业技术改造投资同比增长18.4%，高于全部工业投资增速6.1个百分点，技改投资占工业投资的比重达到46.7%，创近十年新高。",
            "此次开工的项目覆盖汽车零部件、工程机械、电子信息、食品加工等重点产业，其中投资10亿元以上的项目有23个。位于岑州经开区的恒屹重工智能工厂项目计划投资38亿元，建成后将实现挖掘机结构件从下料、焊接到涂装的全流程自动化，生产效率可提高40%以上。",
            "“企业技改的积极性明显提高了。”省工业和信息化厅技术改造处处长彭若谷介绍，去年全省共有3200多家规模以上工业企业实施技术改造，中小企业占比超过七成。省里通过设立技改专项资金、推行技改项目“承诺制”审批、开展设备更新贴息等措施，降低企业技改门槛。",
            "按照计划，今年全省将滚动实施亿元以上技改项目1000个以上，新培育省级智能工厂50家、数字化车间300个，推动规模以上工业企业数字化改造基本实现全覆盖。",
        ])
    pg.kicker(a, "锚定高质量发展　打好产业升级主动仗")
    pg.headline(a)
    for ln in wrap(a.subtitle, 18):
        pg.line(a, ln, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "让技术改造成为企业的“必修课”", kind="commentary", byline="本报评论员",
        notes="本报评论员 piece without a name; the signature 本报评论员 is printed on a line after the body (byline, not "
              "body); no author.",
        paras=[
            "在制造业竞争日趋激烈的今天，不改造就会落后，慢改造也会落后。全省首批120个智能工厂项目集中开工，释放出以技术改造推动产业升级的鲜明信号。",
            "技术改造投入大、见效慢，一些企业特别是中小企业往往“不敢改”“不会改”。破解这一难题，既要靠政策“扶上马”，也要靠服务“送一程”。要把专项资金、贴息贷款等政策精准投向企业最急需的环节，也要组织服务机构深入车间，为企业量身定制改造方案，让企业算得清账、看得见效益。",
            "技术改造不是一劳永逸的“一次性工程”，而是企业持续提升竞争力的“必修课”。只有把创新融入生产的每一个环节，才能在新一轮产业变革中赢得主动。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "全省春季农资储备充足价格平稳", byline="本报讯（记者　柴一诺　通讯员　郑思远）",
        authors=["柴一诺", "郑思远"], lead="本报讯（记者　柴一诺　通讯员　郑思远）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） (wrapped over two lines) excluded from first; both are authors.",
        paras=[
            "记者从省供销合作社获悉，目前全省春耕备耕所需化肥、农药、农膜等农资储备充足，已储备化肥186万吨，较去年同期增加5.2%。",
            "监测显示，近期全省尿素、复合肥等主要化肥零售价格总体平稳，部分品种价格较去年同期略有下降。省供销合作社已组织2600多个基层网点开展农资下乡服务，并开通农资质量投诉热线，严厉打击假冒伪劣农资。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "“拼单”式服务值得点赞", section="今日谈", kind="commentary", byline="辛立言", authors=["辛立言"],
        notes="今日谈 column: the label is the section; the writer's name alone on a line after the body is the byline.",
        paras=[
            "岑州一些园区推出“拼单检测”服务：几家中小企业把需要检测的产品凑在一起，共同委托检测机构上门，检测费用平均下降了三成多。",
            "小小的“拼单”，解决的是中小企业的大难题。单个企业需求零散、议价能力弱，政府和园区搭个平台、牵个线，就能把零散需求集中起来，让企业享受到更低的价格和更好的服务。这样的办法，值得在更多领域推广。",
        ])
    pg.furniture(["今日谈"], "column label 今日谈")
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.line(d, FW * 12 + d.byline, "byline")
    pg.gap()
    pg.furniture(["责任编辑：温柏　版式：郁青禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w03() -> Page:
    """理论 page: long essay with 一、二、三、 crossheads and nested （一）（二）（三）, 【内容提要】 box, project note;
    second essay with □ X and an 作者系 note; 学术动态 item."""
    pg = Page("w03.txt", cols=44, indent=FW * 2, blanks="arts", seed=1203,
              style="理论周刊 page: long essay (about 1200 chars) with name and post on one byline line, a 【内容提要】 box before the text, crossheads 一、二、三、 with nested （一）（二）（三） crossheads, a （本文系…阶段性成果） note after the body; second essay with □ X byline and 首先／其次／再次 paragraphs, （作者系…） note after it; 学术动态 item with run-in 本报讯（记者 X）")
    pg.furniture(["理论周刊", "岑江日报　" + cn_date(2031, 5, 12) + "　第11版"], "page header")
    pg.blank()
    a = Article(
        "a", "推动县域经济在转型中提质增效", kind="commentary",
        byline="庞云笙　岑江省社会科学院经济研究所研究员", authors=["庞云笙"],
        notes="Theory essay (commentary). Byline line: name and post on one line. The 【内容提要】 box between byline and "
              "text is neither subtitle nor body; crossheads 一、… and nested （一）… are body; the （本文系…阶段性成果） "
              "note after the body is not body.",
        paras=[
            "县域是城乡融合发展的重要切入点，也是构建新发展格局的重要支点。当前，我国县域经济总量约占全国经济总量的四成左右，县域常住人口占全国人口的一半以上。在外部环境复杂多变、传统增长动能减弱的背景下，如何推动县域经济在转型中提质增效，是摆在各地面前的一道必答题。",
            Cross("一、准确把握县域经济转型的阶段特征"),
            "经过多年发展，县域经济已经从“铺摊子、上项目”的规模扩张阶段，逐步转向“调结构、提质量”的内涵发展阶段。这一转变主要表现在三个方面。",
            Cross("（一）增长动力由要素投入向创新驱动转变"),
            "过去，县域经济增长主要依靠土地、劳动力等要素的大量投入。随着土地指标趋紧、人口红利减弱，单纯依靠要素投入的路子越走越窄。近年来，一些县域主动对接大城市的科研资源，建设“飞地孵化器”和中试基地，推动科技成果在县域转化落地，创新对县域经济增长的贡献率稳步提高。",
            Cross("（二）产业结构由分散布局向集群发展转变"),
            "不少县域曾经“村村点火、户户冒烟”，产业布局散、规模小、配套弱。如今，越来越多的县域立足资源禀赋和产业基础，集中力量培育一到两个主导产业，推动上下游企业向园区集聚，形成了一批特色鲜明、竞争力较强的产业集群。",
            Cross("（三）发展方式由粗放外延向绿色集约转变"),
            "在“双碳”目标约束下，高耗能、高排放的发展模式难以为继。县域通过推进工业园区循环化改造、发展分布式光伏和生物质能源、盘活低效用地等方式，单位地区生产总值能耗和单位工业增加值用地面积持续下降。",
            Cross("二、着力破解县域经济转型的突出难题"),
            "也要看到，县域经济转型仍面临不少制约因素，突出表现为“三缺”。",
            Cross("（一）缺人才"),
            "县域对高层次人才的吸引力普遍不足，企业研发人员和高技能人才短缺，“招不来、留不住”的问题比较突出。一项针对中部地区50个县的调查显示，超过六成的县域企业将“人才短缺”列为制约发展的首要因素。",
            Cross("（二）缺资金"),
            "县级财政普遍偏紧，地方债务压力较大，对产业发展的投入能力有限。同时，县域金融机构数量少、产品单一，中小企业融资难、融资贵的问题依然存在。",
            Cross("（三）缺平台"),
            "部分县域产业园区功能不完善，研发设计、检验检测、现代物流等生产性服务业发展滞后，难以满足产业升级的需要。",
            Cross("三、探索县域经济高质量发展的实践路径"),
            "推动县域经济转型升级，要坚持因地制宜、分类指导，不搞“一刀切”。",
            "一是做强特色主导产业。每个县要找准自身定位，把有限的资源集中投向最具比较优势的产业，推动产业链延链补链强链，避免同质化竞争。",
            "二是深化县域综合改革。深化扩权强县改革，赋予县级更多经济社会管理权限；稳妥推进农村集体经营性建设用地入市，盘活存量建设用地；创新县域投融资机制，引导社会资本参与县域基础设施和产业项目建设。",
            "三是推进城乡融合发展。以县城为重要载体推进新型城镇化，提升县城公共服务水平，吸引农业转移人口就近就地城镇化，让县域成为人口和产业的“蓄水池”。",
            "县域强则省域强，县域兴则全局兴。只要坚持改革创新、久久为功，县域经济一定能在高质量发展中展现新的更大作为。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.furniture(["【内容提要】"] + wrap(
        "县域经济正处在由规模扩张向质量提升转变的关键阶段。本文分析了县域经济转型的阶段特征和突出难题，提出做强特色主导产业、深化县域综合改革、推进城乡融合发展的实践路径。",
        44), "内容提要 box (neither subtitle nor body)")
    pg.body(a)
    pg.furniture(["（本文系岑江省社科规划重大项目“县域产业转型路径研究”的阶段性成果）"],
                 "project note after the essay (not body)")
    pg.blank()
    b = Article(
        "b", "推动数据要素更好赋能实体经济", kind="commentary", byline="□ 甘宁远", authors=["甘宁远"],
        notes="Second essay (commentary), byline line □ X; the 首先／其次／再次 paragraphs are body; the （作者系…） note "
              "after the body is not body.",
        paras=[
            "数据作为新型生产要素，正在深刻改变生产方式、生活方式和治理方式。推动数据要素与实体经济深度融合，是做强做优做大数字经济的关键所在。",
            "首先，要夯实数据基础制度。加快完善数据产权、流通交易、收益分配、安全治理等制度规则，明确数据资源持有权、数据加工使用权和数据产品经营权的边界，让企业“敢用数据”“愿用数据”。",
            "其次，要培育数据应用场景。制造业是数据要素应用的主战场。应鼓励龙头企业开放供应链数据，带动上下游中小企业协同开展数字化改造；支持行业协会牵头建设行业数据空间，推动研发设计、生产制造、经营管理等环节数据的汇聚共享。",
            "再次，要健全数据流通市场。规范发展数据交易机构，培育数据经纪、合规评估、资产评估等第三方专业服务机构，降低数据交易成本。同时，守住数据安全底线，防止数据滥用和隐私泄露。",
            "数据要素的价值在于应用。只有让数据在实体经济中“流动起来”“用起来”，才能真正转化为推动高质量发展的强大动能。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["（作者系岑江大学经济学院教授）"], "author note after the essay (not body)")
    pg.blank()
    c = Article(
        "c", "县域经济高质量发展研讨会在岑州举行", section="学术动态", byline="本报讯（记者　祝晚晴）",
        authors=["祝晚晴"], lead="本报讯（记者　祝晚晴）",
        notes="Under the label 学术动态 (section); run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "5月10日，由岑江省社会科学院、岑江大学联合主办的县域经济高质量发展研讨会在岑州举行。来自省内外高校、科研机构和部分县市的80余名专家学者和实际工作者参加会议。",
            "与会专家围绕县域产业集群培育、县城城镇化建设、县域金融服务创新等议题进行了深入研讨。会议发布了《岑江省县域经济发展报告（2031）》，报告显示，去年全省地区生产总值超过500亿元的县（市）达到9个，比上年增加2个。",
        ])
    pg.furniture(["学术动态"], "column label 学术动态")
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版邮箱：lilun@cjrb.example　　责任编辑：覃书言"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w04() -> Page:
    """国际 page: 新华社 dispatches with run-in datelines, a 据路透社报道 item, 国际观察 with 新华社记者 X Y line."""
    pg = Page("w04.txt", cols=28, indent="  ", blanks="para", seed=1204,
              style="国际新闻 page: 新华社华盛顿…电（记者 X　Y） run-in under a headline on two lines (second shorter); an item opening 据路透社5月2日报道， (no byline); 国际观察 label over a dispatch with byline line 新华社记者 X　Y and run-in 新华社曼谷…电 without reporter; label 环球快讯 over two short wire items (新华社东京…电 without reporter, 新华社内罗毕…电（记者 X）)")
    pg.furniture(["岑江日报　国际新闻　第7版", cn_date(2031, 5, 4)], "page header")
    pg.blank()
    a = Article(
        "a", "美联储宣布维持利率不变称通胀仍需观察", head=["美联储宣布维持利率不变", "称通胀仍需观察"],
        byline="新华社华盛顿5月3日电（记者　樊星野　柯乔）", authors=["樊星野", "柯乔"],
        lead="新华社华盛顿5月3日电（记者　樊星野　柯乔）",
        notes="Headline on two lines, the second shorter, joined. Run-in 新华社华盛顿…电（记者 X　Y） excluded from first; "
              "both reporters are authors.",
        paras=[
            "美国联邦储备委员会3日结束为期两天的货币政策会议，宣布将联邦基金利率目标区间维持在3.25%至3.5%之间，这是美联储连续第三次会议按兵不动。",
            "美联储在会后发表的声明中说，近几个月美国经济活动保持稳健扩张，就业增长有所放缓，失业率小幅上升至4.4%，通胀率虽较前期回落，但仍高于2%的长期目标。美联储将继续评估经济前景面临的风险，在决定未来利率调整的幅度和时机时，将综合考虑劳动力市场、通胀预期以及金融市场状况等因素。",
            "美国商务部此前公布的数据显示，今年3月美国个人消费支出价格指数同比上涨2.7%，剔除食品和能源价格后的核心指数同比上涨2.9%。",
            "分析人士认为，美联储官员对于年内是否降息仍存在分歧。利率期货市场的数据显示，投资者目前预计美联储年内降息一次的概率约为55%。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "欧盟拟延长钢铁进口保障措施",
        notes="Opens 据路透社5月2日报道，… : a clause of the first sentence, kept in the body (first starts with it); "
              "no byline, no author.",
        paras=[
            "据路透社5月2日报道，欧盟委员会当天提议，将于今年6月底到期的钢铁进口保障措施延长三年，并将部分钢材品种的免税配额削减15%。",
            "报道说，欧盟委员会认为，全球钢铁产能过剩问题仍然突出，进口钢材大量涌入对欧盟钢铁企业造成冲击。该提议还需获得欧盟成员国批准。",
            "欧洲钢铁行业组织对这一提议表示欢迎。但一些钢材进口商和下游汽车、机械制造企业担心，配额收紧将推高原材料成本。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "东南亚制造业吸引外资“热度不减”", section="国际观察", byline="新华社记者　宁远舟　陶语",
        authors=["宁远舟", "陶语"], lead="新华社曼谷5月3日电　",
        notes="Under the label 国际观察 (section); byline line 新华社记者 X　Y, both authors; run-in 新华社曼谷5月3日电 "
              "(no reporter in it) excluded from first.",
        paras=[
            "在泰国东部经济走廊的一处工业园区，一座新建的汽车零部件工厂正在进行设备调试。园区负责人说，今年一季度园区新签约外资项目17个，比去年同期多了6个，其中不少来自电子、汽车和新能源领域。",
            "近年来，东南亚国家凭借劳动力成本、区位和市场潜力等优势，成为全球制造业投资的热门目的地。东盟秘书处发布的报告显示，去年东盟吸引外国直接投资约2400亿美元，其中制造业投资占比接近四成。",
            "不过，一些业内人士也指出，东南亚部分国家基础设施相对薄弱，熟练技术工人短缺，电力供应不够稳定，产业链配套能力仍有待提升。泰国一家投资咨询机构的负责人认为，各国需要在改善营商环境、加强职业教育和推进区域互联互通等方面持续发力，才能把投资热度转化为长期发展动力。",
        ])
    pg.furniture(["国际观察"], "column label 国际观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d1 = Article(
        "d1", "日本4月制造业采购经理人指数回升", section="环球快讯", byline="新华社东京5月2日电",
        lead="新华社东京5月2日电　",
        notes="Under the label 环球快讯; run-in 新华社东京5月2日电 (no reporter) excluded from first; no author.",
        paras=[
            "日本一家金融机构2日公布的数据显示，日本4月制造业采购经理人指数为50.6，较3月上升1.1，自去年11月以来首次回到荣枯线以上。数据显示，新订单和出口订单均有所改善，但企业投入价格指数仍处于高位。",
        ])
    d2 = Article(
        "d2", "肯尼亚启动蒙巴萨港扩建工程", section="环球快讯", byline="新华社内罗毕5月2日电（记者　沙立川）",
        authors=["沙立川"], lead="新华社内罗毕5月2日电（记者　沙立川）",
        notes="Under the label 环球快讯; run-in 新华社内罗毕…电（记者 X） excluded from first.",
        paras=[
            "肯尼亚政府2日在东部港口城市蒙巴萨举行仪式，启动蒙巴萨港新集装箱码头扩建工程。工程计划投资约4.5亿美元，建成后将新增3个深水泊位，港口年集装箱处理能力将提高约80万标准箱。",
        ])
    pg.furniture(["环球快讯"], "column label 环球快讯")
    for art in (d1, d2):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["本版编辑：闵一鸥　美编：卢晓"], "footer")
    return pg


PAGES = [w01, w02, w03, w04]
