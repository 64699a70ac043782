"""Pages p09-p12 of handmade5 (all texts, names, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
# p09: magazine cover story crossing a page break
def p09() -> Page:
    pg = Page("p09.txt", cols=36, indent=FW * 2, blanks="some", seed=109, p_para=0.25, p_gap=0.9,
              style="business magazine cover story: 封面故事 COVER STORY header, 导语 box, 文 | X　编辑 | Y, crossheads, page break mid-sentence (footer + header inside the sentence); a signed column")
    pg.furniture(["封面故事 COVER STORY", ""], "page header")

    s1 = Article(
        "s1", "小县城里的消费新浪潮", head=["小县城里的", "消费新浪潮"],
        byline="文 | 邱晓雯", authors=["邱晓雯"],
        notes="Magazine cover story. Headline on two lines, joined. The 导语 box (two lines starting 【导语】) under the headline is a deck: neither subtitle nor body. Author line 文 | 邱晓雯　编辑 | 方亦舟: the editor is not an author. The text crosses a page break in the middle of a sentence: the footer (28　新经济周刊…) and the next page's header sit inside the body, which is therefore in two pieces.",
        paras=[
            "晚上9点，位于中部某县城新区的一家连锁茶饮店里依然排着长队。店员小周一边摇着饮品，一边招呼着取餐的顾客。“周末一天能卖1200多杯，比省城有些门店还多。”她说。",
            "在很多人印象中，县城是“慢生活”和“低消费”的代名词。但近两年，越来越多的品牌把目光投向县城：咖啡、茶饮、潮玩、电影院、连锁健身房……过去只在大城市才能见到的消费业态，正在一座座县城里落地生根。",
            Cross("品牌“下沉”提速"),
            "数据显示，截至今年三季度末，全国县域咖啡门店数量已超过3.6万家，两年间增长了约1.4倍；某头部茶饮品牌在三线及以下城市的门店占比已超过55%，其中县城门店贡献了新增门店的四成以上。",
            "“县城的租金和人工成本只有一线城市的三分之一左右，但消费频次并不低。”一家连锁咖啡品牌拓展负责人告诉《新经济周刊》，该品牌在县城的单店回本周期平均为11个月，明显短于一二线城市。",
            "品牌的下沉，源于县城消费能力的提升。近年来，随着县域产业发展和城镇化推进，县城居民收入稳步增长，返乡创业、就近就业的年轻人越来越多。他们见过大城市的生活方式，也愿意为品质和体验买单。",
            "“在县城，房贷压力小，通勤时间短，可支配收入和可支配时间都更多。”一位在东部某县城从事电商运营的年轻人说，他每月在咖啡、电影、健身上的花费有一千多元，“跟在大城市时差不多”。",
            Cross("从“有没有”到“好不好”"),
            "与品牌扩张同步的，是县城消费结构的变化。过去，县城居民的消费主要集中在吃穿用等基本需求，如今，体验型、服务型消费的比重明显上升。",
            "在西南某县，一家开业不到两年的城市综合体里，餐饮和娱乐业态占比超过六成。商场运营负责人介绍，商场每个周末都会举办市集、演出等活动，节假日日均客流可达5万人次，“很多周边乡镇的居民会专门开车过来逛一天”。",
            "县城的消费升级，也体现在对“好东西”的需求上。某电商平台数据显示，今年“双11”期间，县域用户购买扫地机器人、洗碗机、咖啡机等品质家电的订单量同比分别增长42%、37%和51%，增速均高于一二线城市。",
            "不过，县城消费的升级并不意味着简单复制大城市。多位受访者表示，县城消费者对价格仍然敏感，更看重性价比，同时熟人社会的特点也让口碑传播的作用格外突出。“在县城开店，一个差评可能一条街都知道。”一位连锁餐饮加盟商说。",
            Cross("隐忧与挑战"),
            "县城消费热的背后，也有值得关注的问题。",
            "记者在多个县城采访时发现，一些热门品牌在同一县城的门店数量已经趋于饱和，部分门店的日均销量较开业之初下降了三到四成。一位茶饮品牌区域经理坦言，县城市场的红利期可能比预想的更短，“前两年是抢位置，现在要比拼精细化运营了”。",
            "一是同质化竞争加剧。在一些县城，短短一条街上开了五六家茶饮店，部分加盟店开业不久便因客流不足而关门。有加盟商向记者坦言，自己投入的30多万元，一年下来只收回了不到一半。",
            "二是消费供给仍有短板。与大城市相比，县城在养老、托育、医疗等服务消费领域的供给明显不足，高品质的文化、体育设施也相对缺乏，很多需求只能到市区甚至省城去满足。",
            "三是消费环境有待改善。一些县城商业设施规划滞后，停车难、配套不足等问题比较突出；部分商家存在虚假宣传、售后服务不到位等情况，消费者维权渠道也不够畅通。",
            Cross("让消费热持续下去"),
            "如何让县城消费热持续下去？不少地方已经开始行动。",
            "在东部某县，当地政府把一处闲置的老厂房改造成创意街区，引入本地青年开办咖啡馆、手作工坊和小剧场，对入驻的青年创业者给予两年租金减免。街区开业一年多来，入驻商户已有70多家，带动就业600多人。",
            "在中部某县，县里牵头组建商圈联盟，统一规划业态布局，对新开茶饮、餐饮门店进行引导，避免同一区域内同类业态过度集中。联盟还定期组织商户培训，提升服务质量和经营管理能力。",
            "一些地方则把目光投向服务消费短板。西北某县利用城区闲置的学校校舍，改建了一家集托育、老年活动、社区食堂于一体的综合服务中心，开业后每天接待居民上千人次。“以前带孩子只能在家里，现在有了托育点，我也能出去上半天班了。”一位年轻妈妈说。",
            "也有地方在“留住人”上下功夫。南方某县今年出台政策，对返乡创业的大学生给予最高10万元的创业补贴和3年的贴息贷款，并在县城新区配建人才公寓。县人社部门负责人说，“人留下来了，消费自然就起来了。”今年以来，该县返乡创业人数同比增长了近四成。",
            "商务部门相关负责人表示，下一步将推进县域商业体系建设，支持连锁品牌和本地商贸企业在县城布局，完善县乡村三级物流配送体系，同时加强消费环境建设，让县城居民“花得放心、买得舒心”。",
            "“县城消费潜力很大，但要把潜力变成持续的增长动力，关键在于产业支撑和就业。”一位研究区域经济的学者认为，只有县城有了稳定的产业和就业岗位，居民收入才能持续增长，消费才能有长期的底气。",
            "在中部那座县城，茶饮店的队伍直到晚上10点才渐渐散去。小周说，她去年从沿海城市回到家乡，工资虽然比以前少了一些，但生活更轻松了。“在家门口就能喝到一样的奶茶，还能经常陪陪爸妈，挺好的。”",
        ])
    pg.headline(s1)
    for ln in wrap("【导语】咖啡馆、茶饮店、潮玩店纷纷开进县城，县域消费正在从“有没有”走向“好不好”。热闹背后，县城消费还需要跨过哪些坎？", 30):
        pg.line(s1, ln, "deck")
    pg.line(s1, "文 | 邱晓雯　编辑 | 方亦舟", "byline")
    pg.gap()
    items = pg.render_body(s1)
    parts = Page.chunks(items, [39])
    pg.emit(s1, parts[0])
    pg.furniture(["28　新经济周刊　" + cn_date(2026, 12, 14), "封面故事 COVER STORY"], "page footer and next page header inside s1's sentence")
    pg.emit(s1, parts[1])
    pg.gap()

    s2 = Article(
        "s2", "县域消费的三个新变量", kind="commentary", section="观点",
        byline="文 | 丁博", authors=["丁博"],
        notes="Signed column in a box on the same spread: label 观点 (section), headline, author line 文 | 丁博, author note （作者系…） after the body outside it.",
        paras=[
            "观察县域消费，至少有三个新变量值得关注。",
            "第一个变量是人口流动方向的变化。过去二十年，县城年轻人大量外流；而近几年，返乡就业、创业的人数明显增加。人回来了，消费也就跟着回来了。",
            "第二个变量是数字化带来的“距离消失”。直播电商、即时零售和快递进村，让县城居民和大城市居民几乎可以买到同样的商品，县域消费的天花板被大大抬高。",
            "第三个变量是公共服务的改善。县城学校、医院、养老设施的完善，决定了人们是否愿意留下来。从这个意义上说，提振县域消费，不只是商务部门的事，更需要在产业、就业和公共服务上协同发力。",
        ])
    pg.line(s2, "观点", "section")
    pg.headline(s2)
    pg.line(s2, s2.byline, "byline")
    pg.gap()
    pg.body(s2)
    pg.line(s2, "（作者系南湖大学县域经济研究中心主任）", "note")
    pg.gap()
    pg.furniture(["新经济周刊　" + cn_date(2026, 12, 14) + "　29"], "page footer")
    return pg


# ---------------------------------------------------------------------------
# p10: PDF artifacts, headlines after their bodies
def p10() -> Page:
    pg = Page("p10.txt", cols=15, indent="  ", blanks="some", colbreak=17, seed=110, p_para=0.3, p_gap=0.6,
              style="city daily narrow-column page with PDF artifacts: letter-spaced justified body lines, full-width spaces, repeated page header and a stray page number, column-break blanks; two headlines printed after their bodies, one byline at the end （本报记者 X）")
    header = "滨海日报　" + cn_date(2026, 12, 11) + "　A5 · 城事"
    pg.furniture([header, ""], "page header")

    e1 = Article(
        "e1", "海滨大道改造工程完工",
        lead="本报讯（记者 柯颖 通讯员 方达）", byline="本报讯（记者 柯颖 通讯员 方达）",
        authors=["柯颖", "方达"],
        notes="Run-in dateline excluded from first.",
        paras=[
            "历时10个月，海滨大道综合改造工程日前完工，全线恢复通车。改造后的海滨大道全长6.8公里，新增非机动车道和慢行步道，沿线设置了12处观景平台和4处公共卫生间。",
            "市建设部门介绍，工程同步实施了雨污分流、架空线入地和绿化提升，沿线排水能力提高一倍，困扰周边居民多年的积水问题得到解决。",
        ])
    pg.article(e1, order=("headline", "body"))
    pg.blank()

    e2 = Article(
        "e2", "老港区变身文创街区", byline="本报记者 童欣", authors=["童欣"],
        notes="Headline and byline printed AFTER the body. A few body lines are letter-spaced by justification (深 化 、 执 行 kind) and one paragraph has full-width spaces.",
        paras=[
            "斑驳的红砖仓库、锈迹未褪的吊车、改造一新的货运码头……周末的老港区人头攒动，不少市民和游客在这里打卡拍照。",
            "老港区曾是滨海最早的货运码头之一，随着港口功能外迁，这里一度闲置多年。两年前，区里引入社会资本，按照“修旧如旧”的原则对18栋老仓库进行改造，植入书店、咖啡馆、设计工作室和小型展馆。",
            "目前，街区已入驻文创企业和商户96家，今年以来累计接待游客超过150万人次。街区运营方负责人说，下一步将继续引入演艺、　非遗体验等项目，　让老港区“白天有看头、晚上有去处”。",
        ])
    items = justify(pg.render_body(e2), [2, 9])
    pg.emit(e2, items)
    pg.headline(e2)
    pg.line(e2, e2.byline, "byline")
    pg.gap()

    e3 = Article(
        "e3", "冬季供暖首周投诉量下降三成", byline="（本报记者 柯颖）", authors=["柯颖"],
        notes="Headline above the body; the byline （本报记者 柯颖） is printed on its own line AFTER the body, outside it.",
        paras=[
            "记者从市供热管理部门获悉，今年冬季供暖首周，全市供热投诉量为1260件，同比下降31%。",
            "据介绍，今年供暖季前，各供热企业共排查改造老旧管网42公里，对2.3万户居民开展了入户测温。对反映室温不达标的用户，供热企业承诺24小时内上门处理。",
        ])
    pg.headline(e3)
    pg.gap()
    pg.body(e3)
    pg.line(e3, e3.byline, "byline")
    pg.gap()
    pg.furniture([header], "page header repeated by the extraction")
    pg.furniture(["A5"], "stray page number")
    pg.gap()

    e4 = Article(
        "e4", "社区食堂开进写字楼", byline="（童欣）", authors=["童欣"], tail="（童欣）",
        notes="Headline printed AFTER the body. Run-in credit （童欣） at the end of the last line, excluded from last. One justified letter-spaced line.",
        paras=[
            "中午12点，位于滨海金融街一栋写字楼二层的“长者·白领共享食堂”里坐满了人。一荤两素加一份汤，价格18元。",
            "这是滨海市首家开进写字楼的社区食堂，既服务周边社区的老年人，也面向楼里的上班族。食堂负责人介绍，开业3个月来，日均就餐人数稳定在800人左右，其中老年人约占三成。",
            "市民政部门表示，明年将在商务楼宇集中区再布局10家类似食堂。",
        ])
    items = justify(pg.render_body(e4), [4])
    pg.emit(e4, items)
    pg.headline(e4)
    pg.blank()

    e5 = Article(
        "e5", "支持个体工商户发展十条措施出台",
        lead="本报讯（记者 吴海）", byline="本报讯（记者 吴海）", authors=["吴海"],
        notes="Run-in dateline excluded from first; the list paragraph has full-width spaces between items.",
        paras=[
            "滨海市日前出台支持个体工商户发展十条措施，从降低经营成本、加大金融支持、优化登记服务等方面为个体工商户纾困解难。",
            "措施提出，对新开办的个体工商户，第一年免收市场摊位费；　对吸纳就业困难人员的，给予每人每年2000元补贴；　鼓励银行机构推出“个体贷”产品，单户最高30万元。",
            "据统计，全市现有个体工商户41.6万户，占经营主体总数的六成以上。",
        ])
    pg.article(e5, order=("headline", "body"))
    pg.gap()
    pg.furniture(["责编：沙玲　美编：韦一"], "footer credits")
    return pg


# ---------------------------------------------------------------------------
# p11: letters and investigation, 时评, photo news, notices
def p11() -> Page:
    pg = Page("p11.txt", cols=22, indent=FW * 2, blanks="every", seed=111,
              style="city daily 民生 page, a blank line after every line: 读者来信 + 记者调查 pair, 时评 with □X and （作者系…）, 图片新闻 (photo brief), 招聘/遗失声明/上市公司公告 notices")
    pg.furniture(["江州晚报　" + cn_date(2026, 12, 12) + "　第6版　民生·监督"], "header")

    f1 = Article(
        "f1", "小区充电桩为何迟迟装不上", section="读者来信",
        byline="江州市读者 吕建新", authors=["吕建新"],
        notes="Column label 读者来信 above the headline (section). The reader's letter is signed at the end on its own line (江州市读者 吕建新), outside the body; the letter writer is the author. Paired with the 记者调查 that follows.",
        paras=[
            "编辑同志：",
            "我住在城北的锦绣花园小区，去年买了一辆电动汽车。小区有固定车位，我想自己装一个充电桩，可跑了大半年还是没装上。",
            "物业说要业委会同意，业委会说要电力部门出具意见，电力部门又说要物业先盖章。来回折腾了好几趟，到现在也没有结果。现在每天只能去两公里外的公共充电站排队充电，非常不方便。",
            "希望有关部门能帮忙协调一下，给我们这些车主一个明确的办理流程。",
        ])
    pg.line(f1, "读者来信", "section")
    pg.headline(f1)
    pg.body(f1)
    pg.line(f1, "江州市读者 吕建新", "byline")

    f2 = Article(
        "f2", "充电桩“进小区难”，难在哪儿", section="记者调查",
        byline="本报记者 祁蔓", authors=["祁蔓"],
        notes="Label 记者调查 above the headline (section).",
        paras=[
            "接到读者来信后，记者走访了城区多个小区和相关部门。",
            "记者了解到，像吕先生这样遇到充电桩安装难题的车主并不少见。一家物业公司负责人坦言，老旧小区电力容量有限，物业担心充电桩增加用电负荷，也担心发生安全事故后承担责任，因此“能不批就不批”。",
            "市供电公司相关负责人表示，居民报装充电桩，只需提供身份证明、车位产权或使用权证明以及物业出具的同意安装证明，供电公司将在受理后7个工作日内完成现场勘查和接电。“关键卡在物业同意这一环。”",
            "对此，市住建部门表示，已起草关于推进住宅小区充电设施建设的指导意见，明确物业服务企业应当配合业主安装充电设施，不得无故阻挠，并将推动有条件的老旧小区实施电力增容改造。",
            "记者从锦绣花园小区获悉，经街道协调，吕先生的充电桩已进入报装流程。",
        ])
    pg.line(f2, "记者调查", "section")
    pg.headline(f2)
    pg.line(f2, f2.byline, "byline")
    pg.body(f2)

    b2 = Article(
        "b2", None, kind="brief", byline="本报记者 甘霖 摄", authors=["甘霖"], section="图片新闻",
        notes="Photo news under the label 图片新闻 (section): caption only, no headline; the credit line 本报记者 甘霖 摄 under the caption is outside the body. Kind brief.",
        paras=[
            "12月11日，市民在江州城南新开放的口袋公园里晒太阳、下象棋。今年以来，全市新建改建口袋公园46个。",
        ])
    pg.line(b2, "图片新闻", "section")
    pg.body(b2)
    pg.line(b2, b2.byline, "byline")

    f3 = Article(
        "f3", "别让“最后一公里”卡住绿色出行", kind="commentary", section="时评",
        byline="□贝文清", authors=["贝文清"],
        notes="Label 时评 (section); author line □贝文清 under the headline; author note （作者系江州市社会科学院研究员） after the body, outside it.",
        paras=[
            "新能源汽车越来越多，“充电难”却成了不少车主的烦心事。公共充电站排长队，自家车位装桩难，问题的根子往往不在技术，而在协调。",
            "物业、业委会、供电部门各有各的顾虑，单看每一方都有道理，合在一起却成了车主绕不出去的“圈”。破解这道难题，需要把各方责任说清楚、把办理流程理顺。",
            "一方面，要明确规则，对物业无正当理由拒绝出具证明的，应有相应约束；另一方面，也要为老旧小区电力增容提供政策和资金支持，打消物业的安全顾虑。",
            "绿色出行是大方向，“最后一公里”的小堵点，值得用心去疏通。",
        ])
    pg.line(f3, "时评", "section")
    pg.headline(f3)
    pg.line(f3, f3.byline, "byline")
    pg.body(f3)
    pg.line(f3, "（作者系江州市社会科学院研究员）", "note")

    pg.furniture(["招聘启事"] + wrap("江州恒通物流有限公司因业务发展需要，现招聘仓储管理员10名、驾驶员5名，要求持相应证件，待遇面议。", 22) + ["联系电话：0571-8632xxxx", "联系人：石先生"], "notice: recruitment ad")
    pg.furniture(["遗失声明"] + wrap("江州市城北区禾丰便利店遗失营业执照副本一份，统一社会信用代码：92330100MA2XXXXX5K，声明作废。", 22), "notice: lost-document statement")
    pg.furniture(["证券代码：603987　证券简称：江州新材", "公告编号：2026-058",
                  "江州新材料股份有限公司关于召开",
                  "2026年第二次临时股东大会的通知",
                  ] + wrap("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。", 22) + [
                  "股东大会召开日期：2026年12月28日",
                  "特此公告。",
                  "江州新材料股份有限公司董事会",
                  "2026年12月12日"], "notice: listed company announcement")
    pg.furniture(["责任编辑：丁宁　美编：汤圆"], "footer credits")
    return pg


# ---------------------------------------------------------------------------
# p12: overseas edition page
def p12() -> Page:
    pg = Page("p12.txt", cols=18, indent="", blanks="some", seed=112, p_para=0.2, p_gap=0.8,
              trailing_newline=False,
              style="Hong Kong overseas-edition page in simplified characters: 【本报讯】 run-ins, 本报驻纽约/伦敦/东京记者 X bylines, a 短评; no trailing newline")
    pg.furniture(["香江时报·海外版", cn_date(2026, 12, 12) + "　A6　国际·两岸", ""], "masthead/header")

    g1 = Article(
        "g1", "内地与香港服务贸易协议修订版明年实施", lead="【本报讯】",
        notes="【本报讯】 run-in without a reporter's name: no byline, no authors. Excluded from first.",
        paras=[
            "内地与香港日前签署服务贸易协议修订协议，进一步扩大内地对香港服务业开放，新增开放措施涉及金融、法律、建筑、检测认证、电视电影等领域共23项，将于明年3月1日起实施。",
            "根据修订协议，香港律师事务所在大湾区内地城市设立的合伙联营机构，可以扩大业务范围；香港建筑及相关工程专业人士在内地执业的条件也将进一步放宽。",
            "香港特区政府商务部门负责人表示，修订协议将为香港专业服务业者进入内地市场提供更多便利，有助于香港更好融入国家发展大局。",
        ])
    pg.article(g1, order=("headline", "body"))
    pg.gap()

    g2 = Article(
        "g2", "美国华人餐馆业面临“用工荒”", byline="本报驻纽约记者 袁哲", authors=["袁哲"],
        notes="Byline 本报驻纽约记者 X on its own line under the headline.",
        paras=[
            "在纽约法拉盛经营一家川菜馆的陈先生最近很发愁：店里的厨师和服务员已经连续走了4个，新人却怎么也招不到。“时薪开到22美元，还是没人来。”",
            "据当地华人餐饮业协会统计，纽约地区约有六成华人餐馆存在人手不足的问题，部分餐馆被迫缩短营业时间或减少堂食座位。业内人士分析，移民政策收紧、年轻一代不愿从事餐饮工作，以及物价上涨带来的经营成本压力，是造成“用工荒”的主要原因。",
            "为应对挑战，一些餐馆开始引入扫码点餐、送餐机器人等设备，也有餐馆转型为以外卖为主的小型门店。",
        ])
    pg.article(g2, order=("headline", "byline", "body"))
    pg.gap()

    g3 = Article(
        "g3", "英国央行年内第三次降息", byline="本报驻伦敦记者 许嘉言", authors=["许嘉言"],
        notes="Byline 本报驻伦敦记者 X under the headline.",
        paras=[
            "英格兰银行11日宣布，将基准利率下调25个基点至3.75%，这是该行年内第三次降息。英格兰银行表示，英国通胀率已回落至2.4%，接近2%的目标水平，但经济增长依然乏力。",
            "市场人士预计，英格兰银行明年可能继续小幅降息，但降息节奏将取决于工资增长和服务业通胀的变化。",
        ])
    pg.article(g3, order=("headline", "byline", "body"))
    pg.gap()

    g4 = Article(
        "g4", "两岸青年创业论坛在厦门举行", lead="【本报讯】",
        notes="【本报讯】 run-in, no reporter named.",
        paras=[
            "第八届两岸青年创业论坛10日在厦门举行，来自两岸的300余名青年创业者、投资人和专家学者参加。论坛期间，两岸青年共同发布了12个合作项目，涉及数字文创、智慧农业和健康养老等领域。",
            "据介绍，厦门目前已建成两岸青年创业基地15个，累计吸引台湾青年创业团队460余个。",
        ])
    pg.article(g4, order=("headline", "body"))
    pg.gap()

    g5 = Article(
        "g5", "日本便利店加速布局无人门店", byline="本报驻东京记者 关若岚", authors=["关若岚"],
        notes="Byline 本报驻东京记者 X under the headline.",
        paras=[
            "受劳动力短缺影响，日本多家便利店运营商正在加速布局无人门店。某大型连锁便利店近日宣布，计划在2028年前将无人或少人化门店扩大到1000家。",
            "记者在东京港区一家试点门店看到，顾客进店后通过手机扫码开门，选好商品直接离开，系统自动识别并完成结算。门店负责人介绍，这种模式可以减少约七成的店员工时，但对商品识别准确率和防盗能力提出了更高要求。",
        ])
    pg.article(g5, order=("headline", "byline", "body"))
    pg.gap()

    g6 = Article(
        "g6", "开放合作才能行稳致远", kind="commentary", section="短评",
        byline="本报评论员 郑岚", authors=["郑岚"],
        notes="Label 短评 (section) above the headline; byline 本报评论员 X under it. Signed commentary.",
        paras=[
            "从内地与香港扩大服务贸易开放，到两岸青年携手创业，再到海外华人商家积极应对挑战，本版的几则消息有一个共同点：越是环境复杂，越需要以开放和合作寻找新的机会。",
            "开放不是一句口号，而是一项项具体的制度安排；合作也不是一时的热闹，而是长期的互信与共赢。唯有坚持开放合作，才能在变局中行稳致远。",
        ])
    pg.line(g6, "短评", "section")
    pg.article(g6, order=("headline", "byline", "body"))
    pg.gap()
    pg.furniture(["编辑：黎曼　　美术：卓一"], "footer credits")
    return pg


PAGES = [p09, p10, p11, p12]
