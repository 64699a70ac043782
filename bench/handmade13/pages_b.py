"""Pages x05-x08 of handmade13 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def x05() -> Page:
    """汽车 page: launch story, the model's spec table, a 本报讯 item, 新车速递 list of items headed 【车型名】."""
    pg = Page("x05.txt", cols=22, indent=FW * 2, blanks="para", seed=1305,
              style="晚报 汽车周刊 page: launch story (headline, byline line 本报记者 X) followed by the model's spec table (title, parameter rows 车身尺寸（mm）　5020×1980×1765 …, 制表 line); run-in 本报讯（记者 X） item; label 新车速递 over three unsigned items, each headed by a line 【车型名】 (【2033款岱风E5】, 【星越S3】, 【骁途T9混动版】); footer with hotline and editor")
    pg.furniture(["岱州晚报", cn_date(2032, 10, 22) + "　B6　汽车周刊"], "page header")
    pg.blank()
    a = Article(
        "a", "岱风首款增程SUV上市", byline="本报记者　甄一帆", authors=["甄一帆"],
        notes="Launch story with byline line 本报记者 X; the spec table printed after it (title, rows, 制表 line) is not "
              "body. The executive quoted (晁明川) is not an author.",
        paras=[
            "10月20日，岱风汽车在岱州发布旗下首款中大型增程式SUV岱风V7，新车共推出3个版本，限时售价21.98万元至26.98万元。这是岱风汽车继纯电轿车岱风E5之后推出的第二款新能源车型。",
            "岱风V7采用1.5T增程器加后驱电机的动力组合，电池容量43.6千瓦时，CLTC工况纯电续航220公里，综合续航超过1300公里。“很多用户平时在城里上下班用电，周末长途出行不用担心补能，这是增程车型的最大优势。”岱风汽车销售公司总经理晁明川说。",
            "智能化配置方面，新车搭载自研的岱风智驾系统，支持城市道路和高速公路的导航辅助驾驶，并配备15.6英寸中控屏和AR-HUD抬头显示。",
            "今年以来，国内中大型SUV市场竞争日趋激烈，增程式车型销量增长明显。业内人士认为，岱风V7定价相对亲民，有望在20万元级市场获得一定份额，但品牌力和渠道建设仍是其面临的考验。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["岱风V7主要参数",
                  "车身尺寸（mm）　5020×1980×1765",
                  "轴距（mm）　3010",
                  "电池容量（kWh）　43.6",
                  "CLTC纯电续航（km）　220",
                  "综合续航（km）　1310",
                  "0—100km/h加速（s）　5.9",
                  "售价（万元）　21.98—26.98",
                  "制表：甄一帆"], "spec table with 制表 line (not an article)")
    pg.blank()
    b = Article(
        "b", "9月全省新能源乘用车零售渗透率达58%", byline="本报讯（记者　雷晓舟）", authors=["雷晓舟"],
        lead="本报讯（记者　雷晓舟）",
        notes="Headline beginning with a figure (9月…58%); run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从省汽车流通协会获悉，9月份，全省乘用车零售销量达到12.6万辆，同比增长8.2%。其中，新能源乘用车零售7.3万辆，同比增长31.5%，零售渗透率达到58%，比去年同期提高10个百分点。",
            "协会有关负责人表示，汽车以旧换新补贴政策持续发力，叠加各地车展和促销活动集中举办，“金九”车市成色较足。预计四季度全省车市将保持平稳增长态势。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["新车速递"], "column label 新车速递")
    items = [
        Article("i1", "2033款岱风E5", head=["【2033款岱风E5】"], paras=[
            "10月18日，2033款岱风E5上市，售价14.58万元至18.28万元。新款车型升级了800V高压平台，支持5C超充，充电10分钟可补充续航约400公里，CLTC续航最高达到650公里。"]),
        Article("i2", "星越S3", head=["【星越S3】"], paras=[
            "星越汽车旗下紧凑型纯电SUV星越S3日前开启预售，预售价11.99万元起。新车提供430公里和520公里两种续航版本，标配L2级辅助驾驶系统。"]),
        Article("i3", "骁途T9混动版", head=["【骁途T9混动版】"], paras=[
            "骁途T9混动版将于本月底正式上市。该车搭载2.0T插电混动系统，纯电续航150公里，亏电状态下百公里油耗5.8升，可满足7座家庭用户的出行需求。"]),
    ]
    for art in items:
        art.section = "新车速递"
        art.notes = ("新车速递 item headed by a line 【车型名】: title is the model name without the 【】, title_line "
                     "that line; unsigned.")
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["汽车热线：0797-8862××××　　本版编辑：杭一舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def x06() -> Page:
    """教育 page of a 9-character column, no indent: Q&A explainer (问：／答：) with the credit （记者 X 整理）
    after it, a 本报讯 item, an item with byline line 记者 X　实习生 Y, a 温馨提示 box."""
    pg = Page("x06.txt", cols=9, indent="", blanks="para", seed=1306,
              style="晚报 教育 page of a 9-character column, no indent: Q&A explainer (headline on two lines, intro paragraph, 问：／答： turns) with the credit （记者 X　整理） wrapped over two lines after the last answer; run-in 本报讯（记者 X） item; item with byline line 记者 X　实习生 Y (wider than the column); 温馨提示 box with a hotline; footer")
    pg.furniture(["岱州晚报", cn_date(2032, 7, 2), "A9　教育"], "page header")
    pg.blank()
    a = Article(
        "a", "生源地助学贷款怎么申请？", head=["生源地助学贷款", "怎么申请？"],
        byline="（记者　单知微　整理）", authors=["单知微"],
        notes="Q&A explainer compiled by a reporter (article, not interview: no one is interviewed, the answers "
              "give the rules). Headline on two lines, joined, the closing ？ kept. Intro paragraph and the 问：／答： "
              "turns are body; the credit （记者 X　整理） on two lines after the last answer is the byline, the "
              "reporter the author.",
        paras=[
            "7月1日起，今年的生源地信用助学贷款开始受理。哪些学生可以申请？能贷多少？怎么还款？记者梳理了相关政策。",
            "问：哪些学生可以申请？",
            "答：家庭经济困难、户籍在本市的全日制普通本专科生、研究生和第二学士学位学生，均可向户籍所在县（市、区）学生资助管理部门申请。新生凭录取通知书即可申请。",
            "问：每年最多能贷多少？",
            "答：全日制普通本专科学生每人每年申请贷款额度不超过2万元，研究生不超过2.5万元，贷款主要用于缴纳学费和住宿费。",
            "问：贷款利息怎么算？",
            "答：贷款利率按同期同档次贷款市场报价利率减60个基点执行。学生在校期间的利息由财政全额贴息，毕业后的利息由学生本人承担。",
            "问：毕业后怎么还款？",
            "答：贷款期限为学制加15年，最长不超过22年。学生毕业后享有5年还本宽限期，宽限期内只需支付利息，不需偿还本金。",
            "问：需要准备哪些材料？",
            "答：首次申请的学生，需携带本人和共同借款人的身份证、户口簿、录取通知书或学生证，到户籍所在地县级学生资助管理中心办理。续贷学生可通过网上系统提交申请。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    for ln in ["（记者　单知微", "　　整理）"]:
        pg.line(a, ln, "byline")
    pg.gap()
    b = Article(
        "b", "全市新增公办学位1.8万个", head=["全市新增公办学位", "1.8万个"],
        byline="本报讯（记者　阚书言）", authors=["阚书言"], lead="本报讯（记者　阚书言）",
        notes="Headline on two lines, joined; run-in 本报讯（记者 X） (wrapped) excluded from first.",
        paras=[
            "记者从市教育局获悉，今年全市计划新建、改扩建中小学和幼儿园42所，秋季学期新增公办学位1.8万个，重点缓解城区学校大班额问题。",
            "其中，城东新区第二小学、滨江初级中学等12所学校已完成主体工程建设，正在进行室内装修和设备安装，确保9月1日前投入使用。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "订单班毕业生供不应求", head=["订单班毕业生", "供不应求"],
        byline="记者　阚书言　实习生　丰悦", authors=["阚书言", "丰悦"],
        notes="Headline on two lines, joined. Byline line 记者 X　实习生 Y, wider than the column, printed on one line; "
              "both are authors.",
        paras=[
            "7月1日，岱州职业技术学院新能源汽车技术专业订单班的46名毕业生，全部被合作企业岱风汽车录用，起薪每月6500元左右。",
            "近年来，该学院与本地120多家企业开展订单培养，企业参与制定人才培养方案、派出技术骨干授课，学生毕业即可上岗。今年，学院毕业生初次就业率达到96.8%，其中在本市就业的超过七成。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["温馨提示"] + wrap("市学生资助管理中心咨询电话：0797-8830××××", 9), "温馨提示 box (not an article)")
    pg.blank()
    pg.furniture(["责编：鄢晴", "美编：蒙小川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def x07() -> Page:
    """财经 page on which EVERY headline is printed after its body; bylines are lines before the body."""
    pg = Page("x07.txt", cols=28, indent=FW * 2, blanks="arts", seed=1307,
              style="财经 page on which every headline is printed AFTER its body (whole page), each byline a line BEFORE the body (本报记者 X; 记者 X　实习生 Y; 本报记者 X　岚阳报道; 本报记者 X), so a byline follows the previous article's headline; one headline on two lines (the second shorter); blank lines only between articles; footer with editor")
    pg.furniture(["岱川日报　财经", cn_date(2032, 8, 22) + "　第5版"], "page header")
    pg.blank()
    arts = [
        Article(
            "a", "上半年全省直接融资同比增长21%", head=["上半年全省直接融资", "同比增长21%"],
            byline="本报记者　仇望川", authors=["仇望川"],
            notes="Byline line before the body, headline printed AFTER the body on two lines (joined); title_line is "
                  "the headline's first line.",
            paras=[
                "记者从省地方金融管理局获悉，上半年全省企业通过股票、债券等方式实现直接融资2860亿元，同比增长21.3%，直接融资占社会融资规模增量的比重达到31%，比去年同期提高4.2个百分点。",
                "股权融资方面，上半年全省新增境内上市公司7家，首发募集资金68亿元；已上市公司通过定向增发、可转债等方式再融资145亿元。截至6月末，全省境内上市公司达到186家，总市值2.43万亿元。",
                "债券融资方面，全省企业发行各类债券2647亿元，其中科技创新债券、绿色债券发行规模分别为126亿元和208亿元，同比分别增长62%和35%。",
                "省地方金融管理局有关负责人表示，下半年将深入实施企业上市“岱川行动”，建立分层次的上市后备企业资源库，引导更多优质企业利用多层次资本市场做大做强。",
            ]),
        Article(
            "b", "岱州农商银行推出“订单贷”", byline="记者　季晓棠　实习生　严苗苗", authors=["季晓棠", "严苗苗"],
            notes="Byline line 记者 X　实习生 Y before the body (right after the previous article's headline), "
                  "headline after the body; both are authors. The business owner quoted (顾明远) is not.",
            paras=[
                "“从接到订单到拿到贷款，前后不到一周。”8月20日，岱州一家服装外贸企业负责人顾明远告诉记者，凭借一笔40万美元的出口订单，企业从岱州农商银行获得了200万元贷款，解了备货的燃眉之急。",
                "据介绍，“订单贷”是岱州农商银行针对外贸中小企业推出的信贷产品，企业以真实有效的订单作为还款来源，无需抵押即可获得最高500万元的贷款。银行通过与海关、税务数据对接，对订单真实性进行核验。",
                "今年以来，该行已累计发放“订单贷”3.2亿元，支持外贸企业160多家。",
            ]),
        Article(
            "c", "岚阳设立百亿元产业转型基金", byline="本报记者　喻梧桐　岚阳报道", authors=["喻梧桐"],
            notes="Byline line 本报记者 X　岚阳报道 before the body, headline after the body.",
            paras=[
                "8月21日，岚阳市产业转型升级基金正式设立。基金总规模100亿元，首期规模30亿元，由岚阳市产业投资集团联合多家金融机构和社会资本共同出资，重点投向新材料、高端装备、生物医药等战略性新兴产业。",
                "岚阳是传统工业城市，钢铁、化工等产业占工业比重较高。“设立产业基金，就是要用市场化方式撬动更多社会资本，推动老工业基地加快转型。”岚阳市财政局局长戴书衡说。按照计划，基金将通过“母基金+子基金”的方式运作，预计可撬动社会资本300亿元以上。",
            ]),
        Article(
            "d", "7月全省规上工业增加值增长6.4%", byline="本报记者　房一苇", authors=["房一苇"],
            notes="Byline line before the body, headline after the body (the page's last printed article line).",
            paras=[
                "省统计局8月21日发布数据，7月份，全省规模以上工业增加值同比增长6.4%，增速比上月加快0.5个百分点。1月至7月，全省规模以上工业增加值同比增长6.1%。",
                "分行业看，7月份全省41个工业大类行业中有30个行业增加值实现增长，增长面达到73.2%。其中，电气机械和器材制造业、计算机通信和其他电子设备制造业增加值分别增长15.8%和12.3%。",
                "分析人士认为，随着稳增长政策效应持续释放，企业生产经营预期改善，全省工业经济有望保持平稳增长。",
            ]),
    ]
    for art in arts:
        pg.line(art, art.byline, "byline")
        pg.body(art)
        pg.headline(art)
        pg.blank()
    pg.furniture(["本版编辑：贝一川　　校对：缪晴"], "footer")
    return pg


# ---------------------------------------------------------------------------
def x08() -> Page:
    """A page whose text layer lost every line break inside paragraphs: each paragraph is one long line,
    headlines, 副题, kicker and bylines stand on lines of their own; no blank line anywhere."""
    pg = Page("x08.txt", cols=100000, indent=FW * 2, blanks="never", seed=1308,
              style="市报 经济 page whose text layer lost every line break inside paragraphs: each paragraph is ONE line (up to 112 characters), headlines, ——副题, 引题 and byline lines on lines of their own, no blank line anywhere: lead with ——副题 and 本报记者 X line; run-in 本报讯（记者 X）; item signed （X） at the end; 引题 over a headline with byline line 通讯员 X　记者 Y; footer")
    pg.furniture(["禾阳日报", cn_date(2032, 5, 9) + "　第3版　经济"], "page header")
    a = Article(
        "a", "禾阳一季度外贸进出口增长14.2%", subtitle="——跨境电商、新能源产品出口成为新增长点",
        byline="本报记者　阎知秋", authors=["阎知秋"],
        notes="Each paragraph is a single line (the text layer lost the line breaks inside paragraphs). ——副题 is the "
              "subtitle; byline line 本报记者 X.",
        paras=[
            "记者从禾阳海关获悉，一季度禾阳市外贸进出口总值达到486.3亿元，同比增长14.2%，增速居全省第二位。其中，出口319.7亿元，增长17.6%；进口166.6亿元，增长8.1%。",
            "从出口产品看，新能源汽车、锂电池、光伏产品“新三样”合计出口78.4亿元，同比增长41.5%，占全市出口总值的24.5%。禾阳经开区一家锂电池企业负责人介绍，企业今年一季度海外订单同比增长六成，产品主要销往欧洲和东南亚。",
            "跨境电商保持快速增长势头。一季度，全市跨境电商进出口额达到52.6亿元，增长33%。位于禾阳综合保税区的跨境电商产业园已入驻企业230多家，不少传统外贸企业通过跨境电商平台直接对接海外消费者，拓展了销售渠道。",
            "禾阳海关有关负责人表示，下一步将持续优化通关流程，推广“提前申报”“两步申报”等便利化措施，帮助企业降低通关成本、稳订单拓市场。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "“五一”假期全市消费市场活跃", byline="本报讯（记者　闵清嘉）", authors=["闵清嘉"],
        lead="本报讯（记者　闵清嘉）",
        notes="Paragraphs one line each; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从市商务局获悉，“五一”假期，全市重点监测的120家商贸企业实现销售额9.6亿元，同比增长11.8%。其中，餐饮企业营业额增长16.4%，家电、汽车等大宗商品销售增长明显。",
            "假期期间，全市各地举办各类促消费活动200多场，发放消费券2000万元，带动消费超过2.3亿元。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "禾阳港多式联运中心开工", byline="（石晓渡）", authors=["石晓渡"], tail="（石晓渡）",
        notes="Paragraphs one line each; signature （X） run in at the end, excluded from last.",
        paras=[
            "5月8日，禾阳港多式联运中心项目开工建设。项目总投资32亿元，规划建设铁路专用线、集装箱堆场和物流仓储设施，建成后可实现水运、铁路、公路“无缝衔接”，年集装箱吞吐能力达到60万标箱。",
            "项目计划于2034年建成投用，将进一步降低禾阳及周边地区企业的物流成本。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "企业开办实现“一日办结”", subtitle="优化营商环境进行时", byline="通讯员　汪小荷　记者　阎知秋",
        authors=["汪小荷", "阎知秋"],
        notes="引题 优化营商环境进行时 above the headline (no 副题): recorded as the subtitle. Byline line 通讯员 X　记者 Y, "
              "both authors; the entrepreneur quoted (许星言) is not.",
        paras=[
            "“上午提交材料，下午就拿到了营业执照和公章，效率太高了。”5月6日，在禾阳市政务服务中心，刚办完企业开办手续的创业者许星言高兴地说。",
            "今年以来，禾阳市将企业设立登记、公章刻制、申领发票、社保登记、银行开户等事项整合为“一件事”，实行“一表填报、一窗受理、一日办结”。一季度，全市新设经营主体1.86万户，同比增长12.4%。",
        ])
    pg.kicker(d, d.subtitle)
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["责任编辑：伍晴川　　版式：孔一禾"], "footer")
    return pg


PAGES = [x05, x06, x07, x08]
