"""Pages lz05-lz08 of handmade82 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from pages_a import box, group, jbody, spread2


# ---------------------------------------------------------------------------
def lz05() -> Page:
    """Business daily 金融 page in a WIDE column, four-space indent, blank lines between paragraphs: capital-market
    lead with kicker, a headline on two lines with a short last line, ——副题, a justified and a plain
    crosshead; 链接 box; label 金融访谈 over an interview; a story whose headline group follows its text, then a
    责任编辑 line and the next story's headline; run-in item; bank advert."""
    pg = Page("lz05.txt", cols=36, indent="    ", blanks="para", seed=8205,
              style="business daily 金融 page in a WIDE column, indent four ASCII spaces, a blank line between "
                    "paragraphs and blocks: header on two lines; capital-market lead with 引题 kicker, headline on "
                    "two lines broken mid-phrase with a short last line (…推动资本市场 / 高质量发展), ——副题, byline "
                    "line 本报记者 X　通讯员 Y, a crosshead spread by justification and a plain one, two body lines "
                    "spread; 链接 box (a definition) after it; label 金融访谈 over an interview (headline, ——副题 "
                    "访…, byline line 本报记者 X, intro, 记者：／NAME： paragraphs); an insurance story whose text "
                    "comes first and whose kicker, headline and byline line 记者 X follow it, then a 责任编辑 line and "
                    "straight after it the next story's headline; item with run-in 本报讯（记者 X　通讯员 Y）; bank "
                    "advert; footer with 校对")
    box(pg, ["沣浦商报　" + cn_date(2038, 4, 15) + "　第6版", "金融"], "page header")
    a = Article(
        "a", "沣浦出台十条措施推动资本市场高质量发展",
        head=["沣浦出台十条措施推动资本市场", "高质量发展"],
        subtitle="——力争到2040年末境内外上市公司达到120家",
        byline="本报记者　甘霖　通讯员　覃晓", authors=["甘霖", "覃晓"],
        notes="Headline on two lines broken mid-phrase (…推动资本市场 / 高质量发展), joined. The 引题 kicker 服务实体经济 "
              "is not part of the title; the ——副题 is the subtitle. Crossheads 培育上市后备梯队 (spread by "
              "justification) and 拓宽直接融资渠道 (plain) are body lines. The 链接 box after the body is not body "
              "(not an article). The official quoted (宋砚秋) is not an author.",
        paras=[
            "近日，沣浦市政府办公厅印发《关于推动资本市场高质量发展的若干措施》，从培育上市后备资源、拓宽直接融资渠道、提升上市公司质量等方面提出10条具体措施，力争到2040年末全市境内外上市公司达到120家，直接融资规模年均超过800亿元。",
            Cross("培育上市后备梯队", sep=" "),
            "截至今年3月末，沣浦共有境内外上市公司83家，总市值约6800亿元，其中近三年新增上市公司21家，主要集中在高端装备、新材料、生物医药等领域。",
            "根据措施，沣浦将建立“后备库—辅导库—申报库”三级上市梯队，对进入省级上市后备库的企业，在股改、辅导、申报等环节分阶段给予最高600万元奖励。同时，设立总规模50亿元的上市培育基金，重点投向专精特新企业。",
            Cross("拓宽直接融资渠道"),
            "除股票融资外，措施还鼓励企业发行科技创新债券、绿色债券和资产支持证券。对首次发行公司信用类债券的民营企业，按发行额的1%给予补助，最高200万元。",
            "“沣浦的专精特新企业数量多、成长性好，但不少企业对资本市场还比较陌生。”沣浦市地方金融管理局局长宋砚秋说，今年将组织“资本市场服务进园区”活动40场以上，邀请证券交易所、券商、律所等机构为企业“一对一”问诊。",
            "业内人士认为，措施突出“投早、投小、投科技”，有利于引导更多社会资本流向创新型企业，为地方产业升级提供源头活水。",
        ])
    group(pg, a, kicker="服务实体经济")
    pg.gap()
    jbody(pg, a, [1, 5])
    pg.gap()
    box(pg, ["链接"] + wrap("专精特新企业：指具备专业化、精细化、特色化、新颖化特征的中小企业，通常深耕细分市场，拥有较强的创新能力和较高的市场占有率。", 36),
        "链接 box (a definition; not an article)")
    box(pg, ["金融访谈"], "column label 金融访谈")
    b = Article(
        "b", "让科技企业“轻资产”也能贷到款", section="金融访谈", kind="interview",
        subtitle="——访沣浦银行行长柴立言",
        byline="本报记者　屠语", authors=["屠语"],
        notes="Interview under the label 金融访谈 (section): ——副题 访… is the subtitle, byline line 本报记者 X. Body: "
              "intro, then 记者：／柴立言： paragraphs; the banker who answers (柴立言) is not an author. Kind "
              "interview.",
        paras=[
            "今年以来，沣浦银行推出“科创积分贷”，以企业研发投入、专利数量、人才团队等指标为依据发放信用贷款。产品效果如何？记者日前专访了沣浦银行行长柴立言。",
            "记者：科技型中小企业融资难，难在哪里？",
            "柴立言：科技企业大多是“轻资产”，没有厂房、土地可以抵押，传统的信贷模式看重抵押物和历史报表，很难给它们放款。但这些企业手里有专利、有订单、有团队，我们要学会看懂这些“软实力”。",
            "记者：“科创积分贷”是怎么评估企业的？",
            "柴立言：我们和市科技局合作，把企业的研发投入强度、有效发明专利、高层次人才等12项指标量化成积分，积分越高，信用额度越高，最高可贷1000万元，不需要抵押。截至3月末，已经为416家企业发放贷款19.8亿元，不良率控制在0.6%以内。",
            "记者：下一步还有什么打算？",
            "柴立言：我们准备把积分模型开放给更多合作银行，同时探索“贷款+外部直投”的联动模式，陪伴企业从初创走向上市。",
        ])
    group(pg, b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "一季度沣浦保险业原保险保费收入增长8.9%",
        byline="记者　房青岚", authors=["房青岚"],
        notes="Its text comes first (after the interview, one blank line between) and its kicker 数说金融 (not part "
              "of the title), headline and byline line 记者 X come AFTER it; title_line is after the body. A "
              "责任编辑 line follows the byline line, then the next story's headline straight after.",
        paras=[
            "记者从国家金融监督管理总局沣浦监管分局获悉，一季度沣浦保险业实现原保险保费收入236.4亿元，同比增长8.9%；赔款与给付支出71.2亿元，同比增长12.4%。",
            "分险种看，健康险、农业保险保费收入分别增长15.8%和21.3%，增速领跑各险种。今年，沣浦将政策性农业保险覆盖品种扩大到32个，新增茶叶、杨梅等地方特色品种保险。",
            "在服务科技创新方面，一季度全市科技保险为1200余家企业提供风险保障金额560亿元，首台（套）重大技术装备保险、新材料首批次应用保险保费同比分别增长36%和41%。一季度，全市保险业共处理理赔案件18.6万件，平均结案周期比去年同期缩短1.2天。",
        ])
    pg.body(c)
    pg.gap()
    group(pg, c, kicker="数说金融")
    pg.furniture(["责任编辑：邵小楼"], "责任编辑 line read between two stories")
    d = Article(
        "d", "沣浦首单知识产权证券化产品发行",
        byline="本报讯（记者　贝知行　通讯员　芦雪）", authors=["贝知行", "芦雪"],
        lead="本报讯（记者　贝知行　通讯员　芦雪）",
        notes="Its headline follows the 责任编辑 line straight away. Run-in 本报讯（记者 X　通讯员 Y） excluded from "
              "first; both are authors. The official quoted is not an author.",
        paras=[
            "沣浦首单知识产权证券化产品日前在证券交易所挂牌发行，发行规模3.2亿元，期限3年，票面利率2.45%。",
            "该产品以沣浦高新区14家科技型中小企业的126件发明专利为基础资产，企业通过专利许可的方式获得融资，平均每家融资2000余万元，综合融资成本比同期银行贷款低约0.8个百分点。首批入池的专利主要集中在智能装备、新材料和电子信息领域，一家参与企业的负责人表示，这笔资金将主要用于新产品研发。",
            "沣浦市市场监督管理局有关负责人表示，知识产权证券化让企业手中的专利“变现”，有效缓解了科技企业融资难题。下一步，沣浦将建立知识产权证券化项目储备库，力争每年发行规模不低于10亿元。",
        ])
    group(pg, d)
    pg.gap()
    pg.body(d)
    pg.gap()
    box(pg, ["沣浦银行　科创积分贷", "无需抵押　最高1000万元", "咨询热线：400-×××-××××"], "bank advert (not an article)")
    pg.furniture(["校对：韦小鹿　美编：顾盼"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lz06() -> Page:
    """City daily 消费 page, no blank line between paragraphs: the page opens with the text of a story (run-in
    本报讯（记者 X　通讯员 Y）) whose two-line headline follows it; lead with kicker, ——副题, crossheads and a
    caption between two paragraphs; label 消费提示 over an item with a two-part headline; a story whose headline
    and byline 文/X follow its text; advert."""
    pg = Page("lz06.txt", cols=18, indent=FW * 2, blanks="arts", seed=8206,
              style="city daily 消费 page, two U+3000 indent, blank lines only between articles and blocks: header "
                    "on three lines (with 责任编辑); the page OPENS with the text of a holiday-sales story with NO "
                    "headline above (run-in 本报讯（记者 X　通讯员 Y）), its two-line headline printed AFTER its text; "
                    "lead with 引题 kicker, two-line headline, ——副题, byline line 本报记者 X, two plain crossheads "
                    "and a photo caption with credit 摄 BETWEEN two paragraphs; label 消费提示 over an item with a "
                    "two-part headline (parted by U+3000) signed （记者 X） at the end; a 老字号 story whose text comes "
                    "first and whose headline and byline line 文/X follow it; 家电以旧换新 advert; footer")
    box(pg, ["云岘日报", "第7版　消费", cn_date(2037, 10, 9) + "　责任编辑：邬清扬"], "page header with 责任编辑")
    pg.blank()
    a = Article(
        "a", "国庆假期云岘重点商圈销售额增长13.5%",
        head=["国庆假期云岘重点商圈", "销售额增长13.5%"],
        byline="本报讯（记者　容安　通讯员　褚一禾）", authors=["容安", "褚一禾"],
        lead="本报讯（记者　容安　通讯员　褚一禾）",
        notes="The page opens with this story's text, no headline above; run-in 本报讯（记者 X　通讯员 Y） excluded "
              "from first (both authors). Its headline (two lines, joined) is printed AFTER the text, right after "
              "the last body line; title_line is after the body.",
        paras=[
            "记者从云岘市商务局获悉，国庆假期，全市12个重点商圈累计接待顾客820万人次，实现销售额31.6亿元，同比分别增长9.8%和13.5%。",
            "假期里，各大商圈推出了灯光秀、露天音乐会、非遗市集等活动，夜间消费尤其火爆。云岘老城的锦岘街晚上8点至11点的客流占到全天的四成以上，小吃、文创和剧本娱乐门店普遍需要排队。据测算，假期全市餐饮业营业额同比增长15.2%，住宿业增长11.7%。",
            "以旧换新政策也带动了大件消费。假期全市家电、数码产品销售额同比增长24.1%，新能源汽车销量增长31%。不少商家表示，节后仍将延续促销活动，迎接“双11”购物季。",
        ])
    pg.body(a)
    group(pg, a)
    pg.blank()
    b = Article(
        "b", "“一刻钟便民生活圈”越织越密",
        head=["“一刻钟便民生活圈”", "越织越密"],
        subtitle="——全市已建成便民生活圈186个",
        byline="本报记者　甄一苇", authors=["甄一苇"],
        notes="Headline on two lines, joined; the 引题 kicker 消费新场景 is not part of it; the ——副题 is the "
              "subtitle. Two plain crossheads (小店小铺补齐民生短板, 线上线下融合提升体验) are body lines. The "
              "photo caption with credit between two paragraphs is not body (body in pieces). The residents and "
              "official quoted are not authors.",
        paras=[
            "早上7点，家住云岘市城南区桂园社区的邬阿姨拎着菜篮子出门，步行五分钟到社区菜店买菜，顺路在隔壁的早餐铺吃一碗馄饨，回家时再到修鞋摊取回前两天送修的鞋子。",
            "“买菜、吃饭、修修补补，出门走几步就办好了。”邬阿姨说。这是云岘建设“一刻钟便民生活圈”带来的变化。",
            Cross("小店小铺补齐民生短板"),
            "去年以来，云岘市把便民生活圈建设列入民生实事，按照“缺什么补什么”的原则，在老旧小区周边布局菜店、早餐店、家政、维修、药店等业态。截至9月底，全市已建成便民生活圈186个，新增和改造便民网点2400余个，覆盖居民130万人。",
            Cross("线上线下融合提升体验"),
            "不少社区便民店还“触网”经营。居民在社区团购小程序上下单，半小时内就能送货上门。桂园社区一家生鲜店店主告诉记者，线上订单已占到店里营业额的三成。",
            "市商务局有关负责人介绍，今年将再建便民生活圈60个，并对符合条件的社区便民店给予最高5万元的改造补贴，让更多居民在家门口享受便利、实惠的消费服务。",
        ])
    group(pg, b, kicker="消费新场景")
    pg.body(b, end=4)
    box(pg, wrap("▲桂园社区居民在便民菜店选购蔬菜。", 18) + ["本报记者　甄一苇　摄"],
        "photo caption with credit between two paragraphs (not body)")
    pg.body(b, start=4)
    pg.blank()
    box(pg, ["消费提示"], "column label 消费提示")
    c = Article(
        "c", "购买预付卡这些“坑”要当心", head=["购买预付卡　这些“坑”要当心"], section="消费提示",
        byline="（记者　容安）", authors=["容安"], tail="（记者　容安）",
        notes="Item under the label 消费提示 (section); two-part headline parted by U+3000, joined without the "
              "space. Credit （记者 X） run in at the end (byline, excluded from last).",
        paras=[
            "近期，云岘市12315平台接到多起预付卡消费投诉，涉及健身、美容美发、教育培训等行业。有的商家收取预付款后关门停业，有的随意变更服务内容，消费者维权困难。",
            "市市场监管局提醒，消费者办理预付卡应选择证照齐全、信誉良好的商家，一次充值金额不宜过大；要签订书面合同，明确服务内容、有效期和退款方式，并保存好付款凭证。遇到商家跑路等情况，应及时向市场监管部门投诉。",
            "今年，云岘在全市推行预付式消费“资金监管”模式，消费者的预付款先存入监管账户，商家按服务进度分期领取，目前已有860家商户参与。消费者可在办卡前通过“云岘市场监管”公众号查询商家是否纳入监管。",
        ])
    group(pg, c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "老字号月饼卖出“新味道”",
        byline="文/杭晚晴", authors=["杭晚晴"],
        notes="Its text comes first and its headline and byline line 文/X follow it; title_line is after the "
              "body. The shop manager quoted is not an author.",
        paras=[
            "今年中秋国庆假期，云岘老字号糕点品牌“桂香村”的月饼销售额同比增长21%，其中杨梅芝士、岘山茶酥等新口味月饼占到销量的三成以上。",
            "“过去买月饼的主要是中老年顾客，这两年年轻人越来越多。”桂香村门店店长卞晓云说，为了吸引年轻消费者，企业组建了10多人的研发团队，每年推出新品20余款，还在老店里开设了手作体验区，周末一座难求。今年，“桂香村”还把月饼卖进了直播间，假期线上销售额占到了四成。",
            "记者了解到，云岘现有中华老字号和省级老字号企业37家。今年以来，云岘对老字号企业开展数字化改造、开设体验门店给予补贴，前三季度全市老字号企业营业收入同比增长12.6%。",
        ])
    jbody(pg, d, [2, 6])
    group(pg, d)
    pg.blank()
    box(pg, ["家电以旧换新", "云岘百货家电卖场", "旧机最高抵800元", "活动时间：10月1日—10月31日"], "家电 advert (not an article)")
    pg.blank()
    pg.furniture(["美编：阚夏　校对：桑宁"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lz07() -> Page:
    """Morning paper 科技 page, blank lines between paragraphs: wire item with （完）; feature with kicker, a
    two-line headline, byline 文/X, a crosshead spread over two lines, a spread one-line crosshead and
    justified body lines; caption; a story whose headline and byline follow its text with the next story's
    headline straight after (no blank line); run-in item; 更正 notice."""
    pg = Page("lz07.txt", cols=22, indent=FW * 2, blanks="para", seed=8207,
              style="morning paper 科技 page, two U+3000 indent, a blank line between paragraphs and blocks: header "
                    "blocks; wire item of the invented agency 瀚海社 with run-in 瀚海社北京11月3日电（记者 X） and （完） "
                    "run in; chip feature with 引题 kicker, two-line headline with a short first line, byline line "
                    "文/X, a crosshead spread by justification over two lines (啃下“从0到1”的 / 硬骨头) and a one-line "
                    "spread crosshead, four body lines spread by justification; photo caption with credit X　摄; an AI "
                    "park story whose text comes first and whose two-line headline and byline line 记者 X　通讯员 Y "
                    "follow it, the NEXT story's headline straight after with NO blank line; item with run-in "
                    "本报讯（通讯员 X）; 更正 notice; footer with 责任编辑")
    box(pg, ["汀澜晨报", "", "A6　科技", "", cn_date(2036, 11, 4)], "page header")
    a = Article(
        "a", "前三季度全国软件业务收入增长12.6%",
        byline="瀚海社北京11月3日电（记者　梅知远）", authors=["梅知远"],
        lead="瀚海社北京11月3日电（记者　梅知远）", tail="（完）",
        notes="Wire item of the invented agency 瀚海社: run-in dateline excluded from first; （完） run in at the "
              "end excluded from last.",
        paras=[
            "记者3日从工业和信息化主管部门获悉，今年前三季度，全国软件和信息技术服务业完成软件业务收入10.86万亿元，同比增长12.6%；实现利润总额1.32万亿元，同比增长10.9%。",
            "分领域看，云计算、大数据服务收入同比增长15.1%，占全行业收入的比重为43.2%；工业软件产品收入增长14.7%，嵌入式系统软件收入增长11.3%。",
            "从地区看，东部地区软件业务收入同比增长12.9%，中西部地区增速均超过13%，区域发展更趋协调。业内专家表示，人工智能大模型的加快应用，带动了算力服务、数据服务等新业态快速增长，软件产业对经济增长的支撑作用进一步增强。",
        ])
    group(pg, a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "十年磨一“芯”汀澜企业闯出自主创新路",
        head=["十年磨一“芯”", "汀澜企业闯出自主创新路"],
        byline="文/倪照川", authors=["倪照川"],
        notes="Headline on two lines, the first short (joined). The 引题 kicker 走进科技型企业 is not part of the "
              "title. Crossheads: 啃下“从0到1”的硬骨头, spread by justification over two lines, and 让创新链对接产业链, "
              "spread on one line; both body lines. Four body lines letter-spaced. Byline line 文/X. The founder "
              "quoted (陶景行) is not an author; the photo caption after the body is not body.",
        paras=[
            "在汀澜高新区的澜芯微电子公司，一间不足百平方米的测试实验室里，工程师们正对一批刚下线的功率芯片做高温老化测试。就在五年前，这里生产的芯片还只能用在小家电上；如今，它们已经装进了新能源汽车的电驱系统。",
            spread2("啃下“从0到1”的", "硬骨头"),
            "澜芯微电子成立于2026年，创始人陶景行是从海外回来的半导体工程师。“刚起步那几年，最难的不是没钱，而是没人敢用我们的产品。”陶景行说，车规级芯片对可靠性要求极高，一颗芯片要经过上千小时的测试，整车厂才肯“上车”。",
            "为了拿到第一张车企订单，团队用了整整三年时间，反复改进工艺，累计做了两万多次可靠性试验。2032年，公司自主研发的碳化硅功率模块通过车规认证，当年就拿下了两家整车企业的定点。",
            Cross("让创新链对接产业链", sep="  "),
            "企业的成长，离不开产业生态的支撑。近年来，汀澜围绕集成电路产业，建设了设计、封测、材料等公共服务平台，引进上下游企业70余家。澜芯的封装测试环节，就交给了相距不到3公里的一家本地企业。",
            "随着产业链不断完善，我国半导体产业的国产化率稳步提高。去年，澜芯微电子营业收入突破18亿元，研发投入占比保持在15%以上，累计获得发明专利126项。“接下来，我们要向更高电压、更大功率的产品攻关。”陶景行说。",
        ])
    group(pg, b, kicker="走进科技型企业")
    pg.gap()
    jbody(pg, b, [1, 5, 9, 13])
    pg.gap()
    box(pg, wrap("▲澜芯微电子公司的工程师在检测功率芯片。", 22) + ["倪照川　摄"], "photo caption with credit (not body)")
    c = Article(
        "c", "汀澜人工智能产业园入驻企业突破300家",
        head=["汀澜人工智能产业园", "入驻企业突破300家"],
        byline="记者　卜青　通讯员　郦小川", authors=["卜青", "郦小川"],
        notes="Its text comes first (after the photo caption) and its headline (two lines, joined) and byline "
              "line 记者 X　通讯员 Y come AFTER it; title_line is after the body. The next story's headline follows "
              "the byline line with no blank line. The founder quoted is not an author.",
        paras=[
            "记者日前从汀澜人工智能产业园获悉，园区入驻企业已达312家，其中高新技术企业96家，去年园区企业营业收入突破420亿元，同比增长28%。",
            "产业园开园三年来，先后建成算力调度中心、数据标注基地和模型测试评测平台，为入驻企业提供“算力+数据+场景”一站式服务。园区内企业使用公共算力的价格，比市场价低约三成。",
            "“我们做工业质检大模型，最缺的就是高质量的行业数据和应用场景。”园区一家企业的创始人说，入园后，企业通过园区牵线，与本地12家制造企业达成合作，产品迭代速度明显加快。按照规划，到2038年园区入驻企业将超过500家，营业收入突破800亿元。",
        ])
    pg.body(c)
    pg.gap()
    group(pg, c)
    d = Article(
        "d", "低空经济应用场景发布会举行",
        byline="本报讯（通讯员　聂远舟）", authors=["聂远舟"], lead="本报讯（通讯员　聂远舟）",
        notes="Its headline follows the previous story's byline line with no blank line. Run-in 本报讯（通讯员 X） "
              "excluded from first; the 通讯员 is the author.",
        paras=[
            "11月3日，汀澜市低空经济应用场景发布会举行，面向社会发布物流配送、应急救援、城市巡检、文旅观光等4类38个低空应用场景，吸引无人机、通用航空等领域60余家企业参加。",
            "据介绍，汀澜已建成无人机起降点120个，开通无人机物流航线26条，今年以来累计配送快递、外卖等物品超过15万单。到2038年，汀澜将建设低空飞行服务站5个，力争低空经济产业规模突破200亿元。",
            "会上，12个低空经济项目现场签约，总投资46亿元，涉及无人机整机制造、飞行控制系统和低空智联网建设等领域。汀澜还发布了支持低空经济发展的若干措施，对新开通的无人机物流航线给予最高50万元的运营补贴。",
        ])
    group(pg, d)
    pg.gap()
    pg.body(d)
    pg.gap()
    box(pg, ["更正"] + wrap("本报11月2日A6版《汀澜新能源汽车产量增长三成》一文中，“前三季度产量8.6万辆”应为“前三季度产量6.8万辆”，特此更正。", 22),
        "更正 notice (not an article)")
    pg.furniture(["责任编辑：姚夕照　版式：詹小溪"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def lz08() -> Page:
    """Provincial daily 楼市 page, NO indent, blank lines sometimes: the page opens with the text of a story
    (run-in 本报X月X日讯（记者 X）) whose headline follows it, the next story's kicker straight after; lead with a
    headline broken inside a quoted phrase, ——副题, byline 记者 X　实习生 Y; 编者按 over a series story; item
    signed （记者 X）; property advert."""
    pg = Page("lz08.txt", cols=15, indent="", blanks="some", seed=8208, p_para=0.4, p_gap=0.7,
              style="provincial daily 楼市 page, NO indent, blank lines sometimes: header on three lines; the page "
                    "OPENS with the text of a 公积金 story with NO headline above (run-in 本报3月26日讯（记者 X）), its "
                    "two-line headline printed AFTER its text and the NEXT story's 引题 kicker straight after it; "
                    "lead with headline on two lines broken inside a quoted phrase (…“带押 / 过户”…), ——副题, byline "
                    "line 记者 X　实习生 Y, one plain crosshead; 编者按 (editor's note) over a series story with kicker "
                    "住有所居①, two-line headline and byline line 本报记者 X; data item signed （记者 X） at the end; "
                    "property advert; footer with 责任编辑")
    box(pg, ["榕湄日报", cn_date(2038, 3, 27) + "　第12版", "楼市"], "page header", gap=False)
    pg.blank()
    a = Article(
        "a", "榕湄调整住房公积金贷款政策",
        head=["榕湄调整住房公积金", "贷款政策"],
        byline="本报3月26日讯（记者　卢川）", authors=["卢川"], lead="本报3月26日讯（记者　卢川）",
        notes="The page opens with this story's text, no headline above; run-in dateline 本报3月26日讯（记者 X） "
              "excluded from first. Its headline (two lines, joined) is printed AFTER the text; the next story's "
              "kicker follows it straight away. The official quoted is not an author.",
        paras=[
            "榕湄市住房公积金管理中心今天发布通知，自4月1日起调整住房公积金贷款政策：多子女家庭购买首套自住住房，公积金贷款最高额度由80万元提高到100万元；购买新建绿色建筑的，贷款额度可再上浮10%。",
            "通知还明确，职工可提取住房公积金用于支付购房首付款，在本市租房的职工每年提取额度由1.8万元提高到2.4万元。",
            "市住房公积金管理中心有关负责人表示，此次调整旨在更好支持刚性和改善性住房需求，预计每年可惠及缴存职工3万余人。今年1至2月，全市发放住房公积金个人贷款21.6亿元，同比增长14.2%。这是榕湄今年第二次优化住房公积金政策，1月份，榕湄已将公积金贷款首付比例下调至20%。",
        ])
    pg.body(a)
    pg.gap()
    group(pg, a)
    b = Article(
        "b", "榕湄二手房“带押过户”全面推开",
        head=["榕湄二手房“带押", "过户”全面推开"],
        subtitle="——平均办理时间缩短至1个工作日",
        byline="记者　温以宁　实习生　乔满", authors=["温以宁", "乔满"],
        notes="Its 引题 kicker 楼市观察 (not part of the title) follows the previous story's headline straight "
              "away. Headline on two lines broken inside the quoted phrase “带押过户” (joined). ——副题 is the "
              "subtitle. Byline line 记者 X　实习生 Y (both authors). The crosshead 省下一笔“过桥”费用 is a body "
              "line. The seller, broker and official quoted are not authors.",
        paras=[
            "“没想到房子还背着贷款，也能直接过户，前后只跑了一趟。”3月中旬，市民鲍先生在榕湄市不动产登记中心办完了一套二手房的交易手续。他卖出的这套房子还有40多万元贷款没还清，按照以往的做法，需要先筹钱还贷、解押，才能过户。",
            Cross("省下一笔“过桥”费用"),
            "“带押过户”是指在不提前还清原贷款的情况下，买卖双方在银行和不动产登记部门的协同下，一次完成过户、转移抵押和新设抵押登记。今年以来，榕湄将这一模式推广到全市所有银行和不动产登记窗口，截至3月25日，全市已办理“带押过户”业务1260笔，涉及贷款金额9.8亿元。",
            "一位房产经纪人算了一笔账：以往卖方如果自己凑不齐还贷资金，往往要借“过桥”资金，按一套房欠贷50万元计算，利息和手续费就要一万元左右，现在这笔钱可以省下来了。",
            "市住房和城乡建设局有关负责人表示，今年一季度全市二手房成交量同比增长18.7%，“带押过户”对盘活存量住房、促进二手房交易起到了积极作用。",
        ])
    group(pg, b, kicker="楼市观察")
    pg.gap()
    jbody(pg, b, [4, 12])
    pg.blank()
    box(pg, wrap("编者按：住房问题关系千家万户。即日起，本报推出“住有所居”系列报道，走进保障性住房建设一线，记录新市民、青年人“安居梦”的实现过程。敬请关注。", 15),
        "编者按 (editor's note) over a series story (not an article, not body)")
    c = Article(
        "c", "保障性租赁住房今年再筹集8000套",
        head=["保障性租赁住房", "今年再筹集8000套"],
        byline="本报记者　龚晓岚", authors=["龚晓岚"],
        notes="First story of a series introduced by the 编者按 printed above its kicker (the editor's note is "
              "neither title nor body). The 引题 kicker 住有所居① is not part of the title; headline on two lines, "
              "joined. The tenant and official quoted are not authors.",
        paras=[
            "走进榕湄市江北新区的青年公寓“栖湄里”，一套35平方米的一居室里，床、衣柜、书桌、洗衣机一应俱全，拎包即可入住，月租金只要1100元，比周边同类房源便宜近三成。",
            "去年7月，在新区一家电子企业上班的林雨桐搬了进来。“上班步行十分钟，下班楼下就有食堂和健身房，省下的房租还能存下来。”她说。",
            "记者从榕湄市住房和城乡建设局了解到，截至去年底，全市已累计筹集保障性租赁住房4.6万套（间），主要面向新市民、青年人和城市一线服务人员。今年，全市计划再筹集8000套，其中通过闲置厂房、商办用房改建的占四成，并优先布局在产业园区和轨道交通站点周边。",
        ])
    group(pg, c, kicker="住有所居①")
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "3月中旬新建商品住宅成交环比上升",
        head=["3月中旬新建商品住宅", "成交环比上升"],
        byline="（记者　温以宁）", authors=["温以宁"], tail="（记者　温以宁）",
        notes="Short data item; headline on two lines, joined. Credit （记者 X） run in at the end (byline, "
              "excluded from last).",
        paras=[
            "据榕湄市房地产交易中心统计，3月11日至20日，全市新建商品住宅成交2136套，成交面积23.4万平方米，环比分别上升16.2%和14.8%。其中，144平方米以下的中小户型成交占比为72%，刚需和首次改善仍是购房主力。",
        ])
    group(pg, d)
    pg.gap()
    pg.body(d)
    pg.blank()
    box(pg, ["榕湄·江悦府", "建面约98—143㎡", "现房发售　首付分期", "营销中心：榕湄市江滨大道88号"],
        "property advert (not an article)", gap=False)
    pg.blank()
    pg.furniture(["责任编辑：童晚　校对：沈小丁"], "footer with 责任编辑")
    return pg


PAGES = [lz05, lz06, lz07, lz08]
