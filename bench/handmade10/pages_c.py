"""Pages u09-u12 of handmade10 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


# ---------------------------------------------------------------------------
def u09() -> Page:
    """Magazine 对话 page: ——对话X subtitle, 记者：／name： turns, 人物简介 box at the end."""
    pg = Page("u09.txt", cols=38, indent=FW * 2, blanks="para", seed=1009,
              style="magazine 对话 interview: headline, ——对话X subtitle, 文｜本刊记者 X, intro paragraph, 记者：／受访者： turns, 人物简介 bio box after the interview (not an article), footer with editor and page")
    pg.furniture(["东川经济周刊　｜　对话", "2029.10.22　第41期"], "magazine page header")
    pg.blank()
    a = Article(
        "a", "“小而专”的企业也能走得远", subtitle="——对话精密轴承企业创始人严立峰",
        byline="文｜本刊记者　鲁清扬", authors=["鲁清扬"], kind="interview",
        notes="Q&A interview: the interviewee 严立峰 is named in the ——对话X subtitle and the turns but is not an author; "
              "the intro paragraph and all 记者：／严立峰： turns are body; the 人物简介 box after it is not body.",
        paras=[
            "在梧溪市一片不起眼的厂区里，立峰精工已经专注做了二十多年的精密轴承。这家员工不到500人的企业，产品却进入了全球多家工业机器人和数控机床厂商的供应链，在细分领域的国内市场占有率超过三成。日前，本刊记者与公司创始人严立峰进行了一次对话。",
            "记者：很多企业做大以后会选择多元化，立峰精工为什么二十多年只做轴承？",
            "严立峰：我们也动过心思。2010年前后，有人拉我们去做房地产，也有人建议我们做汽车零部件的整体总成。我算了一笔账，我们的优势就是把一个小零件做到极致，别的事情别人比我们做得好。所以我们给自己定了个规矩：不熟不做，不专不做。",
            "记者：专注意味着市场天花板有限，企业怎么保持增长？",
            "严立峰：天花板是相对的。普通轴承的市场竞争很激烈，价格战打得厉害，但高精度轴承，尤其是机器人关节用的薄壁轴承，国内能稳定供货的企业并不多。我们把产品从中低端往高端走，单件价格提高了好几倍，利润率也上来了。这几年公司营收每年增长20%左右，主要就靠高端产品。",
            "记者：向高端走，最难的是什么？",
            "严立峰：是时间和耐心。一款机器人轴承，从研发到客户认证通过，通常要三到五年。客户要做几千小时的寿命测试，中间任何一个指标不达标，就得从头再来。我们有一款产品前后改了七版，研发投入上千万元，才拿到第一张订单。那几年，每年研发投入都占营收的8%以上，压力很大，但不投就永远追不上。",
            "记者：人才问题怎么解决？县城、小城市的企业往往很难留住高端人才。",
            "严立峰：我们的办法是“自己培养”。公司和本地一所职业技术学院合办了订单班，学生在校期间就到车间实习，毕业直接上岗；技术骨干我们给股权激励，现在有60多名核心员工持股。另外，我们在上海设了一个研发中心，把一部分需要高端人才的工作放在那里，两地协同。",
            "记者：外部环境变化很快，您怎么看未来几年的发展？",
            "严立峰：机器人、新能源装备这些行业还在快速发展，对精密轴承的需求只会越来越多。我们的目标很简单，再用五到十年，把机器人轴承做到全球前三。小企业也能走得远，关键是要找准方向，一直走下去。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["人物简介"] + wrap(
        "严立峰，1968年生，东川省梧溪市人，高级工程师。1990年毕业于东川工业大学机械制造专业，曾在国有轴承厂任技术员、车间主任。2003年创办立峰精工，现任公司董事长。", 38),
        "人物简介 bio box")
    pg.gap()
    pg.furniture(["编辑　邵可　　美编　蒋一　　48"], "footer with editor and page number")
    return pg


# ---------------------------------------------------------------------------
def u10() -> Page:
    """读者来信 / 民生热线 page: two letters signed after the body, a 记者调查 reply, a hotline box."""
    pg = Page("u10.txt", cols=28, indent="  ", blanks="some", seed=1010, p_para=0.3, p_gap=0.6,
              style="读者来信/民生热线 page: two letters under the label 读者来信, each signed after the body on its own line 读者 X（地址） (the second right-aligned with leading spaces), a 记者调查 reply with a headline containing a question mark and a 本报记者 X line, a 民生热线 box")
    pg.furniture(["东川晚报　　民生热线　　A11", cn_date(2029, 11, 6), "责任编辑　冉小禾"], "page header")
    pg.blank()
    l1 = Article(
        "l1", "小区门口的斑马线何时能补画", section="读者来信",
        byline="读者　邬春华（东湖区梅园小区）", authors=["邬春华"],
        notes="Reader's letter: the salutation 编辑同志： is the first body line; signature 读者 X（地址） on a line after the "
              "body (byline, not body); the letter writer is the author.",
        paras=[
            "编辑同志：",
            "我家住在东湖区梅园小区，小区南门正对着梅园路。门口原来有一条斑马线，但今年春天道路维修以后，斑马线就没有再画上。现在路面上只剩几道模糊的白印子，晚上根本看不清。",
            "小区里老人和孩子多，早上送孩子上学、傍晚去菜市场，都要从这里过马路。梅园路车流量大，不少车辆开得很快，看到有人过马路也不减速。上个月，邻居家的老人过马路时差点被电动车撞到。",
            "我们向社区反映过两次，社区说已经上报，但半年过去了还没有动静。希望有关部门尽快把斑马线补画上，最好再装一个减速带或者信号灯。",
        ])
    l2 = Article(
        "l2", "快递驿站能否延长取件时间", section="读者来信",
        byline="读者　蔡立新（临溪县白鹭镇）", authors=["蔡立新"],
        notes="Reader's letter signed after the body on a right-aligned line (leading U+3000 spaces); signature is the byline, not body.",
        paras=[
            "我在县城上班，每天晚上七点多才能回到镇上。镇上的快递驿站晚上六点就关门，周末也只开半天，我的快递经常要放好几天才能取到，有时候还被退回。",
            "听说城里不少驿站都有24小时自助取件柜，希望镇上的驿站也能延长营业时间，或者安装几台自助柜，方便我们这些上班族。",
        ])
    pg.furniture(["读者来信"], "column label 读者来信")
    pg.headline(l1)
    pg.gap()
    pg.body(l1)
    pg.line(l1, l1.byline, "byline")
    pg.blank()
    pg.headline(l2)
    pg.gap()
    pg.body(l2)
    pg.line(l2, FW * 6 + l2.byline, "byline")
    pg.blank()
    r = Article(
        "r", "斑马线为何半年没补画？", subtitle="相关部门：本月底前完成梅园路交通标线施划",
        section="记者调查", byline="本报记者　詹一鸣", authors=["詹一鸣"],
        notes="Reply to the first letter under the label 记者调查; headline ends with a question mark (kept in the title, "
              "ignored by the comparison); the line under it without a dash is the subtitle.",
        paras=[
            "接到读者来信后，记者11月4日来到梅园小区南门。正值傍晚下班高峰，梅园路上车流不断，原来的斑马线位置只能看到断断续续的白色痕迹。十分钟内，记者看到有二十多位居民在此过马路，不少人需要在车流间穿行。",
            "记者了解到，梅园路今年4月进行了路面“白改黑”改造，施工结束后部分路段的交通标线没有及时恢复。施工单位称，标线施划需要交警部门审核设计方案，而方案在上报过程中出现了遗漏。",
            "对此，市公安局交警支队东湖大队相关负责人表示，已经到现场进行了勘察，将于本月底前完成梅园路全线交通标线的施划，同时在梅园小区南门增设人行横道预告标识和减速标线，并评估设置信号灯的可行性。",
            "东湖区住建局表示，将举一反三，对今年以来完成改造的道路开展排查，发现标线缺失的及时督促恢复。",
        ])
    pg.furniture(["记者调查"], "column label 记者调查")
    pg.headline(r)
    pg.line(r, r.subtitle, "subtitle")
    pg.line(r, r.byline, "byline")
    pg.gap()
    pg.body(r)
    pg.blank()
    pg.furniture(["民生热线", "您身边有烦心事、揪心事，请告诉我们", "热线电话：96008（每天8:00—22:00）",
                  "微信公众号：东川晚报民生"], "民生热线 box")
    return pg


# ---------------------------------------------------------------------------
def u11() -> Page:
    """房产 consumer page: two articles with advertising blocks between and after them; one 引题 kicker."""
    pg = Page("u11.txt", cols=40, indent="", blanks="every", seed=1011,
              style="房产消费 page extracted with a blank line after every line: market article with an 引题 kicker above the headline and a 本报记者 X line; a property advertisement block (project name, 均价 price line, VIP热线, 地址, 预售证号) between the two articles; consumer-tips article with ①②③ points; a 家装 advertisement with 热线 and 地址 at the foot")
    pg.furniture(["东川商报　　房产·家居　　B3", cn_date(2029, 10, 11)], "page header")
    a = Article(
        "a", "9月全市新房成交环比增长18%", subtitle="“金九”成色几何",
        byline="本报记者　任可", authors=["任可"],
        notes="引题 (kicker) “金九”成色几何 printed above the headline is not part of the title; recorded as the subtitle "
              "(there is no 副题).",
        paras=[
            "记者从市住房和城乡建设局获悉，9月全市新建商品住房网签成交8426套，环比增长18.2%，同比增长6.7%；成交面积约93.5万平方米，成交均价每平方米14260元，环比基本持平。",
            "从区域看，滨江新区和高铁新城成交量位居前两位，合计占全市成交总量的四成以上。改善型需求释放明显，120平方米以上户型成交占比达到37%，较上月提高5个百分点。",
            "业内人士分析，9月成交回升，一方面得益于首套住房商业贷款利率下调和公积金贷款额度提高等政策，另一方面，不少开发企业在传统销售旺季集中推盘，并推出购房优惠。",
            "不过，二手房市场仍然偏弱。9月全市二手住房成交5210套，环比下降3.4%，挂牌量持续处于高位。有中介门店负责人表示，目前买方议价空间较大，部分房源成交价比挂牌价低一成左右。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["广告", "滨江·云璟　　臻藏滨江一线　　建面约98—143㎡三至四房",
                  "均价约18800元/㎡起　　首付低至15%", "VIP热线：0731-8815××××",
                  "项目地址：东川市滨江大道与望月路交会处",
                  "开发商：东川云璟置业有限公司　预售证号：东房预字（2029）第0187号"], "property advertisement")
    b = Article(
        "b", "买新房前先查清这几件事", byline="本报记者　任可　实习生　黎小雨", authors=["任可", "黎小雨"],
        notes="Consumer-tips article; the numbered points ①②③ are body; the 实习生 is an author.",
        paras=[
            "眼下正值楼市销售旺季，不少市民计划入手新房。市住建局和市消费者协会提醒，购房前要做好功课，避免踩坑。",
            "①查证件。购买期房要查看开发商是否取得商品房预售许可证，并核实所购房屋是否在预售范围内。可登录市住建局网站或到售楼处查询。",
            "②查资金监管。购房款应直接存入预售资金监管账户，不要把钱转到开发商或销售人员的个人账户。",
            "③看合同。签订购房合同要使用示范文本，对交房时间、面积误差处理、配套设施等条款逐一核对，销售人员的口头承诺要写进补充协议。",
            "市消费者协会有关负责人表示，今年以来协会共受理商品房类投诉312件，主要集中在虚假宣传、延期交房和质量问题等方面。消费者遇到纠纷，可拨打12315投诉。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["广告", "家装节　整装套餐每平方米999元起　　签约送全屋智能门锁",
                  "热线：400-600-88××", "地址：东川市建设北路88号家居博览中心3楼"], "home-decoration advertisement")
    return pg


# ---------------------------------------------------------------------------
def u12() -> Page:
    """理论 page: long article with 一、二、三、 crossheads and an 作者：X（单位） line; a short 学思践悟 piece."""
    pg = Page("u12.txt", cols=44, indent=FW * 2, blanks="never", seed=1012,
              style="理论 page: long article (about 1500 chars) with an author line 作者：X（单位） under the headline and 一、二、三、 crossheads, no blank line anywhere; a short 学思践悟 column piece with □ X author line")
    pg.furniture(["东川日报　　理　论　　第11版", cn_date(2029, 8, 21),
                  "主编　祝远洲　责任编辑　秦望　电子邮箱：lilun@dcrb.example"], "page header")
    a = Article(
        "a", "以新质生产力激活县域经济发展动能", byline="作者：韦知远（东川省委党校经济学教研部教授）",
        authors=["韦知远"], kind="commentary",
        notes="Theory article: the line 作者：X（单位） under the headline is the byline; 一、二、三、 crossheads are body. "
              "Filed as commentary (signed argumentative essay); an editor could also call it an article.",
        paras=[
            "县域是我国经济发展和社会治理的基本单元，也是推动城乡融合发展的重要切入点。当前，我省县域经济总量占全省的比重超过一半，但不少县域仍面临产业层次不高、创新能力不足、要素集聚能力偏弱等问题。因地制宜发展新质生产力，是县域经济突破瓶颈、实现高质量发展的必然选择。",
            Cross("一、深刻把握县域发展新质生产力的内在要求"),
            "新质生产力以科技创新为核心要素，以劳动者、劳动资料、劳动对象及其优化组合的跃升为基本内涵。对县域而言，发展新质生产力不是一味追求“高大上”的新兴产业，更不是简单复制大城市的发展模式，而是要立足本地资源禀赋和产业基础，用新技术改造提升传统产业，有选择地培育新兴产业和未来产业。",
            "从实践看，一些县域依托特色农产品发展精深加工，依托传统制造业推进智能化改造，依托生态资源发展文旅康养，都取得了明显成效。这些经验表明，新质生产力在县域同样大有可为，关键是找准切入点和发力点。",
            "同时也要看到，县域发展新质生产力面临一些现实约束：财政实力有限，难以承担大规模的研发投入；产业配套不完善，新项目落地后“引得来、留不住”；部分干部对新技术、新业态了解不够，存在“不会抓、不敢抓”的问题。正视这些约束，才能找到符合实际的路径。",
            Cross("二、着力推动传统产业转型升级"),
            "传统产业是县域经济的“基本盘”。推动传统产业向高端化、智能化、绿色化转型，是县域发展新质生产力的重要路径。一方面，要加快数字技术在生产制造各环节的应用，支持企业开展设备更新和技术改造，推广工业互联网平台和“数字化车间”，提高全要素生产率。另一方面，要推动产业链条向两端延伸，向上游的研发设计、下游的品牌营销拓展，提高产品附加值。以我省梧溪市的纺织产业为例，当地企业通过引入智能排产系统和在线质量检测设备，生产效率平均提高了三成，一些企业还建立了自有品牌，产品售价较代工时提高了一倍以上。",
            "在这一过程中，要特别重视中小企业的作用。县域企业以中小企业为主，普遍存在“不会转、不敢转、不能转”的问题。地方政府可以通过建设公共服务平台、推行“链主企业带动”模式、提供技改贴息等方式，降低中小企业转型的门槛和成本。",
            Cross("三、加快构建县域创新生态"),
            "创新资源不足是县域发展的短板。补齐这一短板，不能只靠县域自身，而要善于“借力”。要深化与高校、科研院所的合作，推广“研发在城市、转化在县域”的飞地模式，让县域企业共享大城市的创新资源。要完善科技成果转化激励机制，鼓励科技人员到县域企业兼职、创业，打通成果转化的“最后一公里”。",
            "人才是创新的第一资源。县域要在引才、育才、留才上多下功夫，既要通过住房保障、子女教育等政策吸引高层次人才，更要加强职业教育和技能培训，培养一大批留得住、用得上的产业工人和乡村工匠。",
            "此外，还应注重发挥企业的创新主体作用。县域龙头企业往往是当地最有条件开展研发的主体，可支持其牵头建设企业技术中心、中试基地和产业创新联合体，带动上下游中小企业协同攻关，形成“大企业出题、中小企业答题”的创新格局。",
            Cross("四、持续优化要素配置和营商环境"),
            "发展新质生产力，需要与之相适应的生产关系。县域要深化土地、资本、数据等要素市场化配置改革，盘活闲置低效用地，拓宽企业融资渠道，探索数据要素赋能产业发展的有效路径。同时，要持续优化营商环境，推进政务服务标准化、便利化，依法保护企业合法权益，稳定企业发展预期。还要注重发挥县域比较优势，在区域协同中找准自身定位，主动承接中心城市的产业转移和功能疏解，避免同质化竞争。",
            "总之，县域发展新质生产力是一项系统工程，需要久久为功。只要坚持从实际出发，把握规律、因地制宜，县域经济就一定能在高质量发展的道路上迈出更加坚实的步伐。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "“慢功夫”里见真功", section="学思践悟", byline="□ 卢向晚", authors=["卢向晚"], kind="commentary",
        notes="Short column piece under the label 学思践悟, author line □ X.",
        paras=[
            "做工作有“快功夫”，也有“慢功夫”。招商引资、项目开工，看得见、出成绩快；培育人才、涵养生态、完善制度，往往要几年甚至十几年才能见效。",
            "一些地方热衷于“快功夫”，对“慢功夫”却不愿下、不敢下，原因在于后者短期内难出政绩。殊不知，没有“慢功夫”打底，“快功夫”也难以持久。党员干部要树立正确的政绩观，既做显功，也做潜功，多干打基础、利长远的事。",
        ])
    pg.furniture(["学思践悟"], "column label 学思践悟")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    return pg


PAGES = [u09, u10, u11, u12]
