"""Pages c05-c08 of handmade18 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def c05() -> Page:
    """医药经济报 政策·市场 page, ONE U+3000 indent, blank lines only between articles: 引题 + headline + ——副题 +
    本报记者 X　见习记者 Y lead with a price table after it; 药事速递 of three ▍ items; drug 招商 ad; 专家视点 comment
    with byline line ◎ NAME（institution post）."""
    pg = Page("c05.txt", cols=27, indent=FW, blanks="arts", seed=1805,
              style="医药经济报 政策·市场 page indented with ONE U+3000, blank lines only between articles: header on four lines (paper, 版名 + 第3版, date, editors); lead with 引题, headline, ——副题 and byline line 本报记者 X　见习记者 Y, followed by a price table (title, header row, four rows, 数据来源); label 药事速递 over three unsigned items, each headed by a line ▍headline; a drug distributor-recruitment advertisement ((广告), 诚招…代理商, product, 【批准文号】国药准字…, 【规格】, 【功能主治】, company, 招商热线, reading warning); label 专家视点 over a comment with byline line ◎ NAME（university post）")
    pg.furniture(["琅溪医药经济报", "政策·市场　第3版", cn_date(2034, 6, 6), "本版编辑：司徒悦　美编：林小禾"], "page header")
    pg.blank()
    a = Article(
        "a", "九省联盟药品集采结果7月起执行", subtitle="——参保患者每年可减负约11亿元",
        byline="本报记者　晏秋实　见习记者　龚小溪", authors=["晏秋实", "龚小溪"],
        notes="引题 (62个品种平均降价53%) above the headline and ——副题 under it: the ——副题 is the subtitle (as r01 of "
              "handmade7). Byline line 本报记者 X　见习记者 Y: both authors. The price table printed after the body "
              "(title, header row, rows, 数据来源) is not body. The officials and the company head quoted are not "
              "authors.",
        paras=[
            "6月5日，琅溪省医疗保障局发布消息，由琅溪牵头、9个省份组成的省际联盟药品集中带量采购拟中选结果日前公示完毕，62个品种中选，平均降价53%，最高降幅达到92%。中选结果将于7月1日起在联盟各省份落地执行。",
            "本次集采覆盖降血压、降血糖、抗感染、抗肿瘤、消化系统等多个治疗领域，共有218家企业的406个产品参与申报，最终153家企业的247个产品获得拟中选资格。按约定采购量测算，联盟省份参保患者每年可减轻药费负担约11亿元。",
            "“这次集采有个明显的变化，就是更加注重质量和供应稳定。”省医保局医药价格和招标采购处负责人介绍，本次集采首次将企业近三年的药品抽检结果、供应履约情况纳入评审，对出现过断供、质量问题的企业予以扣分，同时允许一个品种有多家企业中选，避免“一家独大”带来的供应风险。",
            "记者注意到，此次中选企业中，琅溪本省企业有17家，中选产品29个。省内一家中选企业负责人表示，集采虽然压缩了单个产品的利润空间，但稳定的采购量有利于企业扩大生产规模、降低成本，“关键是要把质量做好，把成本管住”。",
            "按照安排，联盟各省份医疗机构将于6月底前完成中选药品采购协议签订，医保部门将对中选药品实行医保基金预付，并加强对医疗机构采购使用情况的监测，确保患者及时用上降价药。",
        ])
    pg.kicker(a, "62个品种平均降价53%")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["部分中选药品价格变化",
                  "品种　　　　　　　规格　　　　　集采前均价　中选均价",
                  "氨氯地平片　　　　5mg×28片　　 18.60元　　 2.35元",
                  "二甲双胍缓释片　　0.5g×30片　　22.40元　　 4.10元",
                  "头孢呋辛酯片　　　0.25g×12片　 26.80元　　 6.72元",
                  "奥美拉唑肠溶胶囊　20mg×14粒　　15.90元　　 1.98元",
                  "数据来源：琅溪省医疗保障局"], "price table after the lead (not body)")
    pg.blank()
    pg.furniture(["药事速递"], "column label 药事速递")
    items = [
        Article("b1", "桐阳生物医药产业园新增3个创新药临床批件", paras=[
            "近日，桐阳生物医药产业园内的3家企业先后获得国家药品监管部门的药物临床试验批准通知书，涉及肺癌、类风湿关节炎和糖尿病肾病等适应症。今年以来，园区累计获批创新药临床批件11个，同比增加5个。"]),
        Article("b2", "门诊慢特病跨省直接结算病种扩至10种", paras=[
            "琅溪省医保局日前发布通知，自7月1日起，全省门诊慢特病相关治疗费用跨省直接结算病种由5种扩大至10种，新增慢性阻塞性肺疾病、类风湿关节炎、帕金森病、精神分裂症、慢性心力衰竭等5个病种。"]),
        Article("b3", "汀柏制药冻干粉针车间通过GMP符合性检查", paras=[
            "汀柏制药（琅州）有限公司新建的冻干粉针剂车间近日通过省药品监督管理局的GMP符合性检查。该车间设计年产能3000万支，投产后将主要生产抗感染类和肿瘤辅助治疗类注射剂。"]),
    ]
    for art in items:
        art.section = "药事速递"
        art.notes = ("**new:** item of the 药事速递 digest (section), headed by a line ▍headline: the ▍ bar is not "
                     "part of the title. Unsigned: no byline, no authors.")
        pg.line(art, "▍" + art.title, "title")
        pg.body(art)
        pg.blank()
    pg.furniture(["（广告）",
                  "诚招全国各省市区域代理商",
                  "柘芪通络胶囊",
                  "【批准文号】国药准字Z2034××××",
                  "【规格】0.4g×36粒",
                  "【功能主治】益气活血，通络止痛。",
                  "琅溪杏和药业有限公司",
                  "招商热线：400-8××-××××",
                  "请仔细阅读说明书并在医师指导下使用"], "drug distributor-recruitment advertisement")
    pg.blank()
    c = Article(
        "c", "创新药“进院难”要打通最后一公里", section="专家视点", kind="commentary",
        byline="◎ 卢砚秋（琅溪医科大学药学院教授）", authors=["卢砚秋"],
        notes="**new:** comment under the label 专家视点 (section) with byline line ◎ NAME（university post）: the whole "
              "line is the byline, the professor the author; commentary.",
        paras=[
            "近年来，国家医保药品目录调整每年一次，越来越多的创新药通过谈判进入医保，价格大幅下降。但在一些地方，患者仍然面临“医保能报、医院没药”的尴尬，创新药“进院难”的问题值得重视。",
            "造成这一问题的原因是多方面的：部分医院受药占比、医保总额预算等考核指标约束，引进高价创新药的积极性不高；药事管理与药物治疗学委员会开会频次低，新药进院流程长；一些基层医疗机构缺乏相应的诊疗能力，即便进了药也用不起来。",
            "打通创新药落地的“最后一公里”，需要多方协同发力。一方面，要完善考核机制，对谈判药品单独核算，不纳入药占比考核，合理调整医保总额预算；另一方面，要大力推行“双通道”管理，让患者既能在医院拿药，也能在定点药店购药报销。医疗机构也应及时召开药事会，根据临床需求“应配尽配”。",
        ])
    pg.furniture(["专家视点"], "column label 专家视点")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    return pg


# ---------------------------------------------------------------------------
def c06() -> Page:
    """能源报 新能源 page: lead on two headline lines with byline 本报实习记者 X　记者 Y, ● crossheads, caption with
    （受访企业供图） between paragraphs; monthly 装机 box; run-in 本报讯; module ad; article whose headline AND
    byline line ■本报记者 X are printed AFTER its body; 能源观察 comment 文｜X."""
    pg = Page("c06.txt", cols=39, indent=FW * 2, blanks="some", seed=1806, p_para=0.4, p_gap=0.7,
              style="能源报 新能源 page: header on three lines (paper with English section name, date + 第7版, 主编 / 责任编辑 / 电话); lead with a headline on two lines (the second longer), byline line 本报实习记者 X　记者 Y (the 实习记者 first), three ●-marked crossheads, a photo caption ending with the credit （受访企业供图） (no person) between two paragraphs; 数据 box of monthly figures two to a line; run-in 本报讯（记者 X） item; solar-module advertisement; article whose two-line headline and then its byline line ■本报记者 X are printed AFTER its body; label 能源观察 over a comment with byline line 文｜X")
    pg.furniture(["琅溪能源报　NEW ENERGY　新能源",
                  cn_date(2034, 7, 8) + "　第7版",
                  "主编：单栩　责任编辑：宫晓禾　电话：0×××-6877××××"], "page header")
    pg.blank()
    a = Article(
        "a", "分布式光伏进入“精耕期”整县推进项目收益分化明显",
        head=["分布式光伏进入“精耕期”", "整县推进项目收益分化明显"],
        byline="本报实习记者　秦可　记者　闻笛", authors=["秦可", "闻笛"],
        notes="Headline on two lines (the second longer), joined. Byline line 本报实习记者 X　记者 Y: both authors. The "
              "●-marked crossheads are body. The photo caption between two paragraphs, ending with the credit "
              "（受访企业供图） that names no person, is not body. The operator, the villager (蔡德顺) and officials "
              "quoted are not authors.",
        paras=[
            "今年上半年，琅溪省分布式光伏新增装机312万千瓦，同比增长41%，占全省光伏新增装机的近七成。截至6月底，全省分布式光伏累计装机突破1500万千瓦，整县（市、区）屋顶分布式光伏开发试点县已全部完成阶段性建设目标。",
            "在装机规模快速扩张的同时，分布式光伏项目之间的收益差距正在拉大。记者近日在多个试点县调研发现，分布式光伏正从“跑马圈地”的规模扩张阶段，进入比拼精细化运营的“精耕期”。",
            Cross("●装机快增，消纳压力显现"),
            "“午间光伏大发的时候，我们台区的电压有时会超过上限，逆变器会自动脱网。”雁川县一家光伏运维公司负责人说，部分农村电网配变容量有限，光伏接入比例过高时，容易出现电压越限、反向重过载等问题。",
            "据国网琅溪省电力公司统计，全省已有130余个县域出现分布式光伏接网受限的情况，部分台区可开放容量已接近饱和。为此，多地开始开展分布式光伏接网承载力评估，按季度公布可开放容量，引导项目有序接入。",
            Cross("●收益分化，有人欢喜有人忧"),
            "在屋顶资源好、用电负荷稳定的工商业园区，分布式光伏项目自发自用比例高，投资回收期普遍在5年至6年。但在一些户用光伏项目集中的乡村，受上网电价下调、弃光限电等因素影响，项目收益率明显下降。",
            "“前几年装的项目，一年能卖电1万多元；今年上半年的发电收入比去年同期少了将近两成。”芦塘镇村民蔡德顺说。",
            Cross("●从“铺得开”到“用得好”"),
            "业内专家认为，分布式光伏下一步发展的关键在于提升就地消纳能力。琅溪省能源局有关负责人表示，全省将加快推进农村电网改造升级，鼓励分布式光伏配建储能，探索“光伏+储能+充电桩”“绿电直供”等应用模式，同时加强对户用光伏开发企业的监管，规范市场秩序，保护农户合法权益。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=5)
    pg.gap()
    pg.furniture(wrap("图为雁川县芦塘镇一处农户屋顶光伏项目。（受访企业供图）", 39),
                 "photo caption with （受访企业供图） between paragraphs (not body)")
    pg.gap()
    pg.body(a, start=5)
    pg.gap()
    pg.furniture(["数据",
                  "2034年上半年琅溪省分布式光伏新增装机（万千瓦）",
                  "1月　38.6　　2月　29.4",
                  "3月　52.7　　4月　55.1",
                  "5月　65.0　　6月　71.2",
                  "数据来源：琅溪省能源局"], "数据 box (not body)")
    pg.gap()
    b = Article(
        "b", "全省首个“源网荷储”一体化示范项目并网",
        byline="本报讯（记者　闻笛）", authors=["闻笛"], lead="本报讯（记者　闻笛）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "7月5日，琅溪省首个“源网荷储”一体化示范项目——桐阳经开区智慧能源项目正式并网运行。项目建设屋顶光伏18万千瓦、分散式风电5万千瓦，配套建设10万千瓦／20万千瓦时储能电站，通过智慧能源管理平台对园区内27家企业的用电负荷进行实时调控。",
            "据测算，项目投运后每年可提供绿电约2.6亿千瓦时，园区企业绿电使用比例将提高到45%以上，年减少二氧化碳排放约21万吨。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["广告",
                  "琅晶新能源",
                  "N型TOPCon双面双玻组件",
                  "组件功率最高635W　量产转换效率23.6%",
                  "30年线性功率质保",
                  "服务热线：400-9××-××××　www.langjing-solar.example"], "solar-module advertisement")
    pg.gap()
    c = Article(
        "c", "加氢站“吃不饱”，氢能重卡如何跑起来", head=["加氢站“吃不饱”，", "氢能重卡如何跑起来"],
        byline="■本报记者　景一帆", authors=["景一帆"],
        notes="**new:** the headline (two lines, the first ending with a comma, joined) AND then the byline line "
              "■本报记者 X are printed AFTER the body, which follows the advertisement directly. The ■ is a mark; the "
              "reporter is the author. The station manager and the logistics manager quoted are not authors.",
        paras=[
            "在琅州港疏港公路旁的一座加氢站，记者看到，站内两台加氢机前只有一辆氢能重卡在加注。站长介绍，这座日加注能力1000公斤的加氢站去年底建成投运，目前每天加注量只有300公斤左右，“设备利用率连三成都不到”。",
            "加氢站“吃不饱”，根源在于氢能车辆推广慢。截至6月底，琅溪全省推广氢燃料电池汽车约1200辆，与规划目标还有不小差距。一位物流企业负责人算了一笔账：一辆氢能重卡售价是同级别柴油重卡的两倍多，加上每公斤30多元的加氢成本，百公里燃料费用比柴油车高出约四成，“没有补贴，企业很难算得过账来”。",
            "降低用氢成本是破题关键。琅溪省今年出台的氢能产业发展行动方案提出，将支持在工业副产氢资源丰富的地区就近建设加氢站，探索在化工园区以外建设制氢加氢一体站，并对氢能车辆高速公路通行费给予减免，力争到2036年全省终端用氢价格降至每公斤25元以下。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    d = Article(
        "d", "绿电交易要“叫好”更要“叫座”", section="能源观察", kind="commentary",
        byline="文｜商弈", authors=["商弈"],
        notes="Comment under the label 能源观察 (section) with byline line 文｜X; commentary.",
        paras=[
            "今年以来，琅溪省绿电交易规模快速增长，上半年成交电量同比翻了一番多。越来越多的外向型企业主动购买绿电，以应对海外市场的碳足迹要求。",
            "但也要看到，当前绿电交易仍面临价格信号不够清晰、绿证与碳市场衔接不畅、中小企业参与门槛较高等问题。一些企业反映，买了绿电却拿不到被国际客户认可的证明，“花了钱却用不上”。",
            "让绿电交易既“叫好”又“叫座”，需要在机制上下更大功夫：要完善绿证核发和交易规则，推动绿证与国际标准互认；要探索聚合交易模式，降低中小企业参与门槛；还要加强绿电消费信息披露，让绿色电力的环境价值真正在市场中得到体现。",
        ])
    pg.furniture(["能源观察"], "column label 能源观察")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    return pg


# ---------------------------------------------------------------------------
def c07() -> Page:
    """农民报 农村经济 page (column breaks inside paragraphs): lead with ——副题 and a byline line naming the paper
    and its website (琅溪农民报·琅农网记者 X　通讯员 Y); price table; run-in 本报讯（记者 X　特约通讯员 Y）; photo
    news with （X　摄） run in; 新农论坛 comment 文／X with （作者单位：…） after it."""
    pg = Page("c07.txt", cols=25, indent="  ", blanks="para", seed=1807, colbreak=17,
              style="农民报 农村经济 page with column breaks (a blank line inside a paragraph every 17 text lines): header on three lines (paper, date, 版名 + 版次 + editor); lead with a headline with two quoted words, ——副题 and a byline line naming the paper AND its website (琅溪农民报·琅农网记者 X　通讯员 Y), three plain crossheads; wholesale price table (title, header row, five rows, 数据来源); run-in 本报讯（记者 X　特约通讯员 Y） item; photo news (brief) with headline, caption and credit （X　摄） run in at the end; label 新农论坛 over a comment with byline line 文／X and a note （作者单位：…） after it; footer with address and 邮发代号")
    pg.furniture(["琅溪农民报", cn_date(2034, 9, 23), "农村经济　第4版　责任编辑：柯青禾"], "page header")
    pg.blank()
    a = Article(
        "a", "订单农业让“种得好”也“卖得好”", subtitle="——雁川县发展优质稻产业见闻",
        byline="琅溪农民报·琅农网记者　甘雨田　通讯员　沈禾", authors=["甘雨田", "沈禾"],
        notes="——副题 is the subtitle. **new:** byline line naming the paper and its website before the reporter "
              "(琅溪农民报·琅农网记者 X　通讯员 Y): both persons are authors. Plain crossheads are body; blank lines "
              "inside paragraphs are column breaks. The farmer (邹满仓), the village secretary (龙秀英) and officials "
              "quoted are not authors.",
        paras=[
            "秋分时节，雁川县柘岭镇万亩优质稻基地里稻浪翻滚，几台收割机在田间来回穿梭。种粮大户邹满仓站在田埂上，掰着手指头算起了今年的收成账：“300亩‘琅香2号’，亩产能到550公斤，米厂按每公斤比市场价高0.4元收购，光这一项就能多收6万多元。”",
            "邹满仓口中的米厂，是雁川县农业产业化龙头企业琅溪禾丰米业有限公司。从2031年开始，公司与当地种粮大户、合作社签订优质稻订单，统一供种、统一技术指导、统一收购，今年订单面积扩大到8.6万亩，带动1.2万户农户增收。",
            Cross("订单在手，种粮心里有底"),
            "“以前种的是普通稻，收了谷子要自己找买家，价格高低全看行情。”柘岭镇梅坞村党支部书记龙秀英说，签了订单以后，农户种什么、怎么种、卖给谁都有了着落，村里的撂荒地也被重新种上了水稻。",
            Cross("烘干仓储，补上产后短板"),
            "过去，晾晒难是困扰当地稻农的一大难题，遇上连阴雨天，稻谷容易发芽霉变。近年来，雁川县整合各类涉农资金，在主产乡镇建设粮食烘干中心14个，日烘干能力达到4200吨，基本实现了订单基地烘干服务全覆盖。",
            Cross("品牌打响，米价翻了一番"),
            "有了稳定的优质原粮，禾丰米业打出了“雁川香米”区域公用品牌，产品进入长三角、珠三角多个城市的商超和社区团购平台。公司负责人介绍，品牌大米的售价是普通大米的两倍左右，今年前8个月线上销售额同比增长65%。",
            "雁川县农业农村局负责人表示，下一步将引导更多新型经营主体与农户建立订单生产、保底收购、利润返还等利益联结机制，让农民更多分享产业链增值收益。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["本周琅州农产品批发市场部分品种价格",
                  "品种　　　　均价（元/公斤）　环比（%）",
                  "大白菜　　　1.62　　　　　　-3.6",
                  "西红柿　　　5.48　　　　　　+2.1",
                  "白条猪肉　　24.80　　　　　 +0.8",
                  "鸡蛋　　　　9.40　　　　　　+1.3",
                  "鲜活草鱼　　17.20　　　　　 -0.6",
                  "数据来源：琅州农产品批发市场"], "wholesale price table (not body)")
    pg.gap()
    b = Article(
        "b", "全省秋收进度快于去年同期",
        byline="本报讯（记者　甘雨田　特约通讯员　覃晓岚）", authors=["甘雨田", "覃晓岚"],
        lead="本报讯（记者　甘雨田　特约通讯员　覃晓岚）",
        notes="Run-in 本报讯（记者 X　特约通讯员 Y） (wrapped over two lines) excluded from first; reporter and "
              "特约通讯员 are authors.",
        paras=[
            "记者从琅溪省农业农村厅获悉，截至9月22日，全省已收获秋粮1260万亩，占秋粮面积的23.5%，进度比去年同期快2.1个百分点。其中，中稻收获过半，玉米收获近三成。",
            "为确保颗粒归仓，全省共投入联合收割机4.3万台，组织跨区作业服务队860支；各地粮食收储企业已启动秋粮收购，目前全省中晚稻收购价格保持稳定。省农业农村厅提醒，近期全省多地有降雨过程，各地要抢抓晴好天气抢收抢晒，防止稻谷霉变。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    p = Article(
        "p", "丰收节里晒秋忙", kind="brief", byline="（陆远帆　摄）", authors=["陆远帆"], tail="（陆远帆　摄）",
        notes="Photo news (brief): headline and caption with the credit （X　摄） run in at the end (byline, excluded "
              "from last); the photographer is the author.",
        paras=[
            "9月22日，雁川县芦塘镇梅坞村村民在晾晒辣椒、玉米等农作物。中国农民丰收节临近，田间村头处处是丰收景象。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.gap()
    c = Article(
        "c", "让农民更多分享产业增值收益", section="新农论坛", kind="commentary",
        byline="文／温砚青", authors=["温砚青"],
        notes="Comment under the label 新农论坛 (section) with byline line 文／X; the note （作者单位：…） after the "
              "body is not body; commentary.",
        paras=[
            "发展乡村产业，根本目的是让农民增收致富。近年来，各地乡村产业发展势头良好，但也有一些地方出现了“企业赚了钱、农民只拿地租和工资”的现象，农民在产业链中的收益占比偏低。",
            "让农民更多分享产业增值收益，关键在于完善利益联结机制。要推广“订单收购+分红”“土地流转+优先雇用+社会保障”“农民入股+保底收益+按股分红”等模式，让农民从单纯的原料供应者变为产业链的参与者和受益者。",
            "同时，要加快培育农民合作社、家庭农场等新型经营主体，提高农民组织化程度，增强其在市场中的议价能力。对享受财政扶持的龙头企业，可将带动农户数量、联农带农成效作为重要考核指标，让政策红利更多惠及普通农户。",
        ])
    pg.furniture(["新农论坛"], "column label 新农论坛")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者单位：琅溪农业大学经济管理学院）", "note")
    pg.gap()
    pg.furniture(["本报地址：琅州市农科路18号　邮发代号：××-××　订阅热线：0×××-8651××××"], "footer with address")
    return pg


# ---------------------------------------------------------------------------
def c08() -> Page:
    """建设报 工程建设 page of a 19-character column, NO indent: 引题 over the lead, byline of three roles on two
    lines, ▲ caption with （项目部供图） cutting a sentence; run-in 本报讯（通讯员 X）; 招标公告; byline line
    特约通讯员 X."""
    pg = Page("c08.txt", cols=19, indent="", blanks="some", seed=1808, p_para=0.5, p_gap=0.8,
              style="建设报 工程建设 page of a 19-character column, NO indent (paragraph ends show as short lines or sometimes a blank line): header on three lines; lead with 引题, a short headline and a byline of three roles (本报记者 X　特约记者 Y / 通讯员 Z) broken over two lines between names, a ▲ photo caption ending with （项目部供图） wrapped over two lines and extracted in the MIDDLE of a sentence; run-in 本报讯（通讯员 X） under a two-line headline; a 招标公告 (title, 招标编号, text, dates, 招标人, 联系人) between articles; article with byline line 特约通讯员 X; footer with editor, proof-reader and hotline")
    pg.furniture(["琅溪建设报", cn_date(2034, 8, 19), "第3版　工程建设"], "page header")
    pg.blank()
    a = Article(
        "a", "琅江特大桥主塔封顶", subtitle="桐琅高速控制性工程取得突破",
        byline="本报记者　乔木森　特约记者　闵湘　通讯员　解小川", authors=["乔木森", "闵湘", "解小川"],
        notes="引题 above the headline (no 副题) is the subtitle. **new:** byline of three roles (本报记者, 特约记者, "
              "通讯员) broken over two lines between names: all three are authors. The ▲ photo caption ending with "
              "（项目部供图） is extracted in the MIDDLE of a sentence: not body (the body is printed in two pieces). "
              "The project manager quoted (贺长川) is not an author.",
        paras=[
            "8月16日上午10时，随着最后一方混凝土浇筑完成，桐阳至琅州高速公路控制性工程——琅江特大桥北主塔顺利封顶。至此，大桥两座主塔全部封顶，工程建设由下部结构施工全面转入上部结构施工阶段。",
            "琅江特大桥全长3.26公里，主桥为双塔双索面钢箱梁斜拉桥，主跨860米，主塔高268米，建成后将成为国内同类桥型中主跨最大的公路桥梁之一。",
            "“主塔施工最大的难点是高空作业和垂直度控制。”琅溪路桥集团项目经理贺长川介绍，项目团队采用智能液压爬模系统，每4天完成一个节段施工，并通过北斗定位系统实时监测塔身偏位，主塔垂直度偏差控制在1/10000以内，优于设计要求。",
            "今年夏季高温天气多，项目部调整作业时间，避开午间高温时段施工，并在塔顶作业平台设置遮阳棚、配备降温设备，保障一线工人安全。",
            "按照计划，大桥将于10月开始钢箱梁吊装，预计2035年6月具备通车条件。桐琅高速全线建成后，桐阳至琅州的行车时间将由目前的2个半小时缩短至1个半小时左右。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, "本报记者　乔木森　特约记者　闵湘", "byline")
    pg.line(a, "通讯员　解小川", "byline")
    pg.gap()
    first, rest = Page.chunks(pg.render_body(a), [17])
    pg.emit(a, first)
    pg.furniture(wrap("▲琅江特大桥北主塔施工现场。（项目部供图）", 19), "▲ photo caption in mid-sentence (not body)")
    pg.emit(a, rest)
    pg.gap()
    b = Article(
        "b", "全省首个装配式保障房项目交付", head=["全省首个装配式", "保障房项目交付"],
        byline="本报讯（通讯员　邬晓晨）", authors=["邬晓晨"], lead="本报讯（通讯员　邬晓晨）",
        notes="Headline on two lines, joined. Run-in 本报讯（通讯员 X） excluded from first.",
        paras=[
            "8月15日，琅州市青垣区安居苑保障性租赁住房项目正式交付。该项目是全省首个采用装配式混凝土结构建造的保障性住房项目，共建设住房1680套，装配率达到72%。",
            "项目采用“设计—生产—施工”一体化模式，预制楼梯、叠合板、内墙板等构件均在工厂生产后运至现场拼装，与传统现浇方式相比，工期缩短约4个月，建筑垃圾减少约六成。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["招标公告", "（招标编号：LXJT-2034-0817）"]
                 + wrap("琅溪交通投资集团有限公司拟对桐琅高速公路交通安全设施工程进行公开招标，欢迎符合资格条件的投标人参加投标。", 19)
                 + wrap("招标文件获取时间：2034年8月20日至8月26日", 19)
                 + wrap("招标人：琅溪交通投资集团有限公司", 19)
                 + ["联系人：丁先生", "电话：0×××-6888××××"], "招标公告 (not an article)")
    pg.gap()
    c = Article(
        "c", "智慧工地平台覆盖全省八成在建项目", byline="特约通讯员　葛青", authors=["葛青"],
        notes="Byline line 特约通讯员 X: the author.",
        paras=[
            "日前，琅溪省住房和城乡建设厅召开全省智慧工地建设推进会。会议通报，截至7月底，全省已有4870个在建房屋建筑和市政工程项目接入省级智慧工地监管平台，占在建项目总数的81%。",
            "通过在施工现场安装视频监控、塔吊防碰撞、扬尘监测、人员实名制等智能设备，监管部门可以远程实时掌握工地安全生产、文明施工情况。平台运行一年多来，累计发出预警信息9.6万条，督促整改安全隐患2.3万处。",
            "省住房和城乡建设厅要求，年底前全省所有规模以上在建项目全部接入平台，同时推动智慧工地数据与工程质量安全监管、建筑工人实名制管理等系统互联互通。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["编辑：盛夏　校对：司马青", "本报热线：0×××-6888××××"], "footer with editor, proof-reader, hotline")
    return pg


PAGES = [c05, c06, c07, c08]
