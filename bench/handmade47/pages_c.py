"""Pages kq09-kq12 of handmade47 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kq09() -> Page:
    """医药报 FRONT page, blank lines sometimes plus column breaks: masthead; lead with 引题 (no 副题) and run-in
    本报澜州10月19日讯（记者 X）, body cut mid-sentence, jump line →转第3版 on a line of its own; drug price table;
    run-in 本报讯（通讯员 X　记者 Y） item; label 医药时评 over a comment with byline line □ X; photo news (brief)."""
    pg = Page("kq09.txt", cols=24, indent=FW * 2, blanks="some", colbreak=14, seed=4709, p_para=0.5, p_gap=0.85,
              style="医药报 FRONT page, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): five-line masthead (paper, English name, date with weekday, CN number, 今日8版 + issue number + publisher); lead with an 引题 (no 副题), run-in 本报澜州10月19日讯（记者 X）, body cut in MID-SENTENCE, jump line →转第3版 on a line of its own; drug PRICE TABLE (title with unit, header row, four rows of drug, 规格 (80mg/5mg×7片), 中选价, 原均价; 数据来源); run-in 本报讯（通讯员 X　记者 Y） item; label 医药时评 over a comment with byline line □ X; photo news (brief): headline, caption, credit line 本报记者 X　摄; footer with editor, designer, proof-reader")
    pg.furniture(["岐衡医药报",
                  "QIHENG PHARMACEUTICAL NEWS",
                  cn_date(2035, 10, 20),
                  "国内统一连续出版物号　CN 16-0587",
                  "今日8版　第2946期　澜州医药报业集团主办"], "masthead")
    pg.blank()
    a = Article(
        "a", "第九批省际联盟药品集采结果公布", subtitle="42个品种平均降价56%",
        byline="本报澜州10月19日讯（记者　甘若棠）", authors=["甘若棠"],
        lead="本报澜州10月19日讯（记者　甘若棠）",
        notes="Lead. The 引题 above the headline (no 副题) is the subtitle. Run-in 本报澜州10月19日讯（记者 X） excluded "
              "from first. **new:** the body is cut in mid-sentence and the jump line →转第3版 printed on a line of its "
              "own is not body. The drug price table after it is not body.",
        paras=[
            "10月19日，由沅川牵头、9省（区）参加的第九批省际联盟药品集中带量采购拟中选结果在澜州公布。本次集采共有42个品种采购成功，涉及高血压、糖尿病、抗感染、肿瘤等常见病和慢性病用药，拟中选产品平均降价56%，最高降幅达到92%，预计每年可节约药品费用约38亿元。",
            "本次集采共有186家企业的412个产品参与投标，273个产品拟中选，中选率为66.3%。从中选企业看，本省企业有31家，占比超过三成。沅川省医疗保障局有关负责人介绍，本次集采在规则设计上进一步优化，引入“锚点价”机制，防止企业报价过低导致质量风险，同时对中选企业的供应能力和质量保障体系提出更高要求。",
            "集采结果预计于明年1月在联盟各省（区）落地执行。届时，患者在公立医疗机构就可用上降价后的中选药品。以治疗高血压的缬沙坦氨氯地平片为例，中选价格由每片2.16元降至0.41元，一名患者每年可节省药费约640元。",
            "省医保局同时要求，各地要做好中选结果落地实施工作，将集采药品纳入医疗机构药品处方集，确保中选药品进医院、",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture(["→转第3版"], "jump line on a line of its own (not body)")
    pg.blank()
    pg.furniture(["部分拟中选药品价格（单位：元）",
                  "药品名称　　　　　规格　　　　　中选价　原均价",
                  "缬沙坦氨氯地平片　80mg/5mg×7片　2.87　　15.12",
                  "二甲双胍缓释片　　0.5g×30片　　 3.36　　18.40",
                  "头孢呋辛酯片　　　0.25g×12片　　4.05　　26.70",
                  "来曲唑片　　　　　2.5mg×10片　　6.90　　48.30",
                  "数据来源：沅川省医疗保障局"], "drug price table (not an article)")
    pg.blank()
    b = Article(
        "b", "澜州基层医疗机构集采药品实现“一站式”配送",
        byline="本报讯（通讯员　郁青　记者　甘若棠）", authors=["郁青", "甘若棠"],
        lead="本报讯（通讯员　郁青　记者　甘若棠）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） (通讯员 first) excluded from first; both are authors.",
        paras=[
            "近日，澜州市基层医疗卫生机构药品统一配送平台上线运行，全市162家乡镇卫生院和社区卫生服务中心的集采药品实现“一站式”配送，配送时间由原来的3至5天缩短至24小时以内。",
            "据介绍，该平台由市卫生健康委和市医保局联合建设，通过遴选4家配送企业分片负责，对偏远地区实行“每周两送”，并对短缺药品进行预警监测。平台运行以来，基层医疗机构集采药品配备率提高到95%以上。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "集采降价更要“降”出质量", section="医药时评", kind="commentary",
        byline="□ 米知白", authors=["米知白"],
        notes="Comment under the label 医药时评 (section), byline line □ X (□ is a mark); commentary.",
        paras=[
            "药品集采常态化推进以来，一大批常用药价格大幅下降，减轻了患者负担，挤出了药价虚高的“水分”。但也有一些患者担心：药价降了，质量会不会跟着“打折”？",
            "这种担心可以理解，也需要认真回应。集采的目标从来不是单纯追求低价，而是在保证质量的前提下让药品价格回归合理。本次集采引入“锚点价”机制，正是为了防止企业为中标而恶性压价。",
            "守住质量底线，监管要跟上。药品监管部门要加大对中选药品的抽检力度，实现中选企业生产现场检查全覆盖；医疗机构要加强用药监测，及时收集和反馈患者用药情况。只有让患者用得上、用得起、用得放心，集采这项惠民政策才能行稳致远。",
        ])
    pg.furniture(["医药时评"], "column label 医药时评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    p = Article(
        "p", "中药材秋采正当时", kind="brief",
        byline="本报记者　闻知雪　摄", authors=["闻知雪"],
        notes="Photo news (brief): headline, caption, credit line 本报记者 X　摄 (the byline; the photographer is "
              "the author).",
        paras=[
            "10月17日，鹤汀市岚山镇药农在采收黄精。近年来，当地发展林下中药材种植3.6万亩，带动2000余户农户增收。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["本版责任编辑：祁舒　　美编：冯小北　　校对：桑晚"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kq10() -> Page:
    """医药报 政策·合理用药 page indented with ONE U+3000, blank lines only between articles and blocks: label
    政策解读 over a Q&A with a named official (intro paragraph, 问：／答：, letter-spaced lines), byline line
    ■本报记者 X; label 药师园地 over a pharmacist's piece with byline line 文／X（UNIT）; 公告（摘要） notice;
    medical-device advertisement."""
    pg = Page("kq10.txt", cols=40, indent=FW, blanks="arts", seed=4710,
              style="医药报 政策·合理用药 page indented with ONE U+3000, blank lines only between articles and blocks: header on two lines (paper + date with weekday + 第5版; 版名 + 责任编辑 + 校对); label 政策解读 over a Q&A (no ——deck): headline, byline line ■本报记者 X, an intro paragraph naming the official who answers, 问：／答： paragraphs, three letter-spaced (justified) lines; label 药师园地 over a pharmacist's piece with byline line 文／X（hospital pharmacy department） and ■ crossheads; run-in 本报讯（实习记者 X） item; 公告（摘要） notice of a drug regulator (label, title, text, issuer and date right-aligned); medical-device ADVERTISEMENT (products, 注册证 number, phone and hotline); footer (address, postcode, ad hotline)")
    pg.furniture(["岐衡医药报　" + cn_date(2035, 10, 20) + "　第5版",
                  "政策·合理用药　　责任编辑：邝晴　　校对：桑晚"], "page header")
    pg.blank()
    a = Article(
        "a", "今年医保药品目录调整有哪些新变化", section="政策解读", kind="interview",
        byline="■本报记者　蔺知秋", authors=["蔺知秋"],
        notes="Q&A under the label 政策解读 (section), no ——deck. Byline line ■本报记者 X (■ is a mark; the "
              "interviewer is the author). Body: intro paragraph, then 问：／答： paragraphs; three lines are "
              "letter-spaced (justified). The official who answers (颜清远, named in the intro) is not an author. "
              "Kind interview.",
        paras=[
            "沅川省医疗保障局日前印发通知，明确2035年版医保药品目录将于11月1日起在全省执行。此次目录调整有哪些变化？参保群众如何享受待遇？记者采访了省医保局医药服务管理处处长颜清远。",
            "问：此次目录调整新增了哪些药品？",
            "答：此次调整共新增药品96种，其中抗肿瘤药物24种、罕见病用药11种、慢性病用药19种、精神类药物8种，还有一批儿童用药和中成药。调入的药品平均降价61.7%。调整后，目录内药品总数达到3286种，其中西药1742种、中成药1544种。",
            "问：新增的药品什么时候能在医院用上？",
            "答：新目录执行后，我们将推动定点医疗机构及时召开药事会，将新增谈判药品纳入本院用药目录。对暂时无法配备的，患者可以通过“双通道”定点药店购药并按规定报销。目前，全省已遴选“双通道”定点药店620家，基本实现县域全覆盖。",
            "问：被调出目录的药品，患者还能用吗？",
            "答：此次共调出临床价值不高、已被淘汰或长期未生产的药品17种。对这些药品，我们设置了6个月的过渡期，过渡期内仍可按原规定支付。临床上有替代药品可供选择，患者不必担心。",
            "问：对于谈判药品的报销，有什么特别规定？",
            "答：谈判药品实行统一的医保支付标准，在全省范围内执行。对于价格较高、使用周期较长的抗肿瘤药和罕见病用药，我们将其纳入门诊特殊疾病保障范围，报销比例与住院保持一致，进一步减轻患者门诊用药负担。",
        ])
    pg.furniture(["政策解读"], "column label 政策解读")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [1, 9, 17]))
    pg.blank()
    b = Article(
        "b", "老年人多重用药风险如何防范", section="药师园地",
        byline="文／宁可安（澜州市第一人民医院药学部）", authors=["宁可安"],
        notes="Pharmacist's piece under the label 药师园地 (section). **new:** byline line 文／X（UNIT） with the "
              "writer's hospital department in brackets after the name: byline as printed, the name is the author. "
              "The ■ crossheads are body. Drugs named are not people.",
        paras=[
            "随着年龄增长，老年人往往同时患有多种慢性疾病，需要长期服用多种药物。临床上通常将同时使用5种及以上药物称为多重用药。调查显示，65岁以上老年人多重用药的比例超过40%，由此引发的药物不良反应和药物相互作用问题不容忽视。",
            Cross("■常见风险"),
            "一是药物相互作用。例如，华法林与阿司匹林、部分抗生素合用时，可能增加出血风险；辛伐他汀与克拉霉素合用，可能导致肌病甚至横纹肌溶解。二是重复用药。不少老年人在多个科室就诊，不同医生开具的药品可能成分相同或作用相似，如同时服用两种含对乙酰氨基酚的感冒药，容易导致肝损伤。三是剂量不当。老年人肝肾功能减退，药物代谢和排泄减慢，按成人常规剂量用药容易发生蓄积中毒。",
            Cross("■防范建议"),
            "首先，建立个人用药清单，就诊时主动向医生出示，便于医生全面评估。其次，定期进行用药评估，可到医院药学门诊请药师对正在使用的药物进行梳理，停用不必要的药品。再次，不要自行加减药量或用保健品代替药物治疗。最后，家属要帮助老人按时按量服药，发现头晕、乏力、皮疹等异常情况及时就医。",
        ])
    pg.furniture(["药师园地"], "column label 药师园地")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "澜州23家医院开设药学门诊",
        byline="本报讯（实习记者　邢晓）", authors=["邢晓"], lead="本报讯（实习记者　邢晓）",
        notes="Run-in 本报讯（实习记者 X） excluded from first; the 实习记者 is the author. The pharmacist quoted "
              "(卓明心) is not an author.",
        paras=[
            "记者从澜州市卫生健康委获悉，截至10月中旬，全市已有23家二级以上医院开设药学门诊，由临床药师为慢性病患者、多重用药患者提供用药评估、用药教育和药物重整服务。今年以来，全市药学门诊累计接诊患者1.4万人次。",
            "“不少老年患者带着一大袋药来就诊，经过梳理，平均每人可以停用一到两种不必要的药物。”澜州市第一人民医院药学部主任药师卓明心说。市卫生健康委表示，下一步将把药学门诊服务纳入医联体建设，推动药学服务向基层延伸。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["公告",
                  "关于注销部分药品注册证书的公告（摘要）"]
                 + wrap("根据有关规定，经审查，现注销沅川康和制药有限公司等7家企业的12个药品注册证书（详见本局网站）。自公告发布之日起，上述药品不得生产、销售和使用。", 40, FW)
                 + [FW * 30 + "沅川省药品监督管理局",
                    FW * 32 + "2035年10月16日"], "公告 notice of a drug regulator (not an article)")
    pg.blank()
    pg.furniture(["广告",
                  "澜州精检医疗科技有限公司",
                  "全自动生化分析仪　化学发光免疫分析仪",
                  "医疗器械注册证：沅械注准2035222××××",
                  "咨询电话：0871-6725××××　客服热线：400-880-××××"], "medical-device advertisement (not an article)")
    pg.blank()
    pg.furniture(["本报地址：澜州市杏林路9号　　邮编：650××2　　广告热线：0871-6731××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kq11() -> Page:
    """能源报 油气·市场 page of a 16-character column indented with two U+3000, blank lines between paragraphs:
    two articles whose columns are cut into pieces and read interleaved (A1, B1, A2, B2); label 企业之窗 over the
    paid feature (byline line 通讯员 X); 行业数据 box; fuel price table; continuation of a page-1 story with the
    jump line （上接第1版） run in at the start of its body."""
    pg = Page("kq11.txt", cols=16, indent=FW * 2, blanks="para", seed=4711,
              style="能源报 油气·市场 page of a 16-character column indented with two U+3000, blank lines between paragraphs and blocks: header on three lines; two articles whose columns are CUT INTO PIECES and read interleaved (headline and byline line 本报记者 X of the first, its first 9 lines; label 企业之窗, headline and byline line 通讯员 X of a paid feature, its first 9 lines; the rest of the first; the rest of the feature); 行业数据 box (title, figures over indented captions, 数据来源); fuel PRICE TABLE (title, date line, three rows); the CONTINUATION of a page-1 story: headline reprinted, the jump line （上接第1版） run in at the start of its body, no byline; footer on two lines")
    pg.furniture(["恒川能源报", cn_date(2035, 9, 25), "5　油气·市场"], "page header")
    pg.blank()
    a = Article(
        "a", "沅川天然气管网实现“县县通”",
        byline="本报记者　萧定澜", authors=["萧定澜"],
        notes="Byline line 本报记者 X. **new:** its column is cut into two pieces and the first piece of the next "
              "article (企业之窗) is printed between them: the body is the two pieces (see pieces).",
        paras=[
            "9月23日，随着芷水支线天然气管道工程投产通气，沅川省天然气长输管道实现了县级行政区全覆盖，全省天然气管网“县县通”目标提前一年完成。",
            "芷水支线全长92公里，设计压力6.3兆帕，年输气能力5亿立方米。项目投产后，芷水县城及沿线5个乡镇的居民和工业用户将告别罐装液化气，用上管道天然气，每年可替代燃煤约40万吨。",
            "近年来，沅川加快构建“一张网、多气源、互联互通”的天然气供应格局，省内天然气管道总里程达到7860公里，年输气能力超过300亿立方米。省能源局有关负责人表示，下一步将推进储气设施建设，力争到2037年形成不低于年用气量10%的储气能力。",
        ])
    b = Article(
        "b", "加油站变身“综合能源服务站”", section="企业之窗",
        byline="通讯员　黎澈", authors=["黎澈"],
        notes="Paid company feature under the label 企业之窗 (section), byline line 通讯员 X (the author). Its first "
              "piece is printed between the two pieces of the previous article, its second piece after them (see "
              "pieces). The executive quoted (尹怀山) is not an author.",
        paras=[
            "在澜州市滨江大道，一座外观焕然一新的能源站格外显眼：加油机旁新建了快速充电桩，站房屋顶铺满了光伏板，便利店里除了日用品，还能办理车辆保养预约。这是沅川石化销售公司建成的第一批综合能源服务站之一。",
            "“过去加油站只卖油，现在油、气、电、氢、非油业务都要做。”沅川石化销售公司总经理尹怀山介绍，公司已建成综合能源服务站86座，其中配建充电设施的站点62座、加氢站4座，今年前8个月非油业务收入同比增长23%。",
            "公司还依托站点屋顶和车棚建设分布式光伏，累计装机容量达到4.6兆瓦，年发电量约480万千瓦时，可满足站点自身用电需求的三成以上。尹怀山表示，公司将力争到2037年底综合能源服务站数量突破200座。",
        ])
    pa = Page.chunks(pg.render_body(a), [9])
    pb = Page.chunks(pg.render_body(b), [9])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, pa[0])
    pg.gap()
    pg.furniture(["企业之窗"], "column label 企业之窗")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, pb[0])
    pg.gap()
    pg.emit(a, pa[1])
    pg.gap()
    pg.emit(b, pb[1])
    pg.blank()
    pg.furniture(["行业数据",
                  "9月第3周沅川能源市场",
                  "LNG出厂均价",
                  "　5120元/吨　环比＋2.4%",
                  "5500大卡动力煤港口平仓价",
                  "　812元/吨　环比－0.6%",
                  "电力现货日前均价",
                  "　0.386元/千瓦时",
                  "数据来源：恒川能源数据中心"], "行业数据 figures box (not an article)")
    pg.blank()
    pg.furniture(["沅川成品油最高零售价格",
                  "（9月24日24时起执行）",
                  "92号汽油　7.46元/升",
                  "95号汽油　7.94元/升",
                  "0号柴油　 7.12元/升"], "fuel price table (not an article)")
    pg.blank()
    c = Article(
        "c", "油气勘探开发投资持续增长", lead="（上接第1版）",
        notes="**new:** continuation of a page-1 story: headline reprinted; the jump line （上接第1版） run in at the "
              "start of the body is excluded from first (like a run-in dateline). No byline on this page: byline "
              "null, no authors.",
        paras=[
            "勘探开发投资的增长，带动了油气产量稳步提升。前8个月，沅川油田累计生产原油286万吨、天然气19.8亿立方米，同比分别增长2.1%和8.7%。",
            "其中，页岩气产量达到6.4亿立方米，增长31%，成为天然气增产的主力。油田公司负责人表示，将加快推进青渚页岩气示范区二期建设，确保全年天然气产量突破30亿立方米。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：黎苑", "校对：鲁晴川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kq12() -> Page:
    """交通运输报 要闻 page, 46 columns, indented with two ASCII spaces, blank lines sometimes: conference report with
    an 引题 (no 副题), run-in 本报芷陵9月27日讯（记者 X　Y　通讯员 Z） and many officials; label 图片新闻 over two photo
    briefs (credit line; credit run in at the end); an article whose headline and byline line 本报通讯员 X　Y come
    AFTER its body; bare run-in 本报讯　; crane advertisement."""
    pg = Page("kq12.txt", cols=46, indent="  ", blanks="some", seed=4712, p_para=0.45, p_gap=0.8,
              style="交通运输报 要闻 page, wide column indented with two ASCII spaces, blank lines sometimes: header on two lines (paper + date with weekday; page number + 版名 + 责任编辑); conference report with an 引题 (no 副题), the run-in 本报芷陵9月27日讯（记者 X　Y　通讯员 Z） (three authors) and eight named officials and executives; label 图片新闻 over two photo briefs: one with credit line 本报记者 X　摄, one with the credit （通讯员 X　摄） run in at the end of the caption; then an article whose body comes FIRST and whose headline and byline line 本报通讯员 X　Y are printed AFTER it; item with the bare run-in 本报讯　 (no reporter); port-crane ADVERTISEMENT (maker, products, hotline); footer")
    pg.furniture(["云衢交通运输报　" + cn_date(2035, 9, 28), "2　要闻　　责任编辑：姬望川"], "page header")
    pg.blank()
    a = Article(
        "a", "全省港航高质量发展大会在芷陵召开", subtitle="聚焦“港产城”融合　打造内河航运强省",
        byline="本报芷陵9月27日讯（记者　蒲望舒　鲍映川　通讯员　汪屿）", authors=["蒲望舒", "鲍映川", "汪屿"],
        lead="本报芷陵9月27日讯（记者　蒲望舒　鲍映川　通讯员　汪屿）",
        notes="Conference report. The 引题 above the headline (no 副题) is the subtitle. Run-in "
              "本报芷陵9月27日讯（记者 X　Y　通讯员 Z） excluded from first; the three are authors. The officials and "
              "executives named (司徒岚, 樊启明, 喻长庚, 殷海澄, 邱沐风) are not authors.",
        paras=[
            "9月27日，全省港航高质量发展大会在芷陵市召开。会议总结近年来全省港航事业发展成效，部署加快建设内河航运强省重点任务。副省长司徒岚出席会议并讲话，省交通运输厅厅长樊启明作工作报告，芷陵市委书记喻长庚致辞，省发展改革委、省自然资源厅、省生态环境厅等部门负责同志，各市（州）政府分管负责同志，重点港航企业负责人参加会议。",
            "司徒岚指出，港航是综合交通运输体系的重要组成部分。近年来，全省港口基础设施不断完善，澜水航道整治工程全面完成，千吨级航道里程达到1460公里，内河港口货物吞吐量突破3亿吨。要立足通江达海的区位优势，推动港口、产业、城市深度融合，把水运优势转化为发展优势。",
            "樊启明在工作报告中提出，到2037年，全省千吨级以上高等级航道里程达到1800公里，港口集装箱吞吐量突破800万标准箱，铁水联运量年均增长15%以上。当前要重点抓好澜水航道扩能提升、芷陵港区四期工程、漱玉港疏港铁路等一批重大项目建设，加快推进船舶LNG动力和电动化改造，建设绿色智慧港口。",
            "喻长庚在致辞中表示，芷陵将坚持“以港兴城、港城共融”，加快临港产业园区建设，推动港口物流与先进制造、商贸流通深度融合。会上，芷陵港务集团董事长殷海澄、澜州航运集团总经理邱沐风等作交流发言。省交通运输厅与4家金融机构签署了港航基础设施融资合作协议，协议金额合计420亿元。",
            "会前，与会人员实地观摩了芷陵港区三期自动化集装箱码头、澜水船闸智能调度中心等项目。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    p1 = Article(
        "p1", "新船闸试通航", kind="brief", section="图片新闻",
        byline="本报记者　蒲望舒　摄", authors=["蒲望舒"],
        notes="Photo news (brief) under the label 图片新闻 (section): headline, caption, credit line 本报记者 X　摄 "
              "(the byline; the photographer is the author).",
        paras=[
            "9月26日，一艘2000吨级货船驶出澜水梯级枢纽新建船闸。新船闸设计年通过能力6800万吨，是原船闸的3倍。",
        ])
    pg.headline(p1)
    pg.body(p1)
    pg.line(p1, p1.byline, "byline")
    pg.gap()
    p2 = Article(
        "p2", "“电动船”上线", kind="brief", section="图片新闻",
        byline="（通讯员　汪屿　摄）", authors=["汪屿"], tail="（通讯员　汪屿　摄）",
        notes="Photo news (brief) under the label 图片新闻 (section). **new:** the credit （通讯员 X　摄） run in at the "
              "end of the caption is the byline, excluded from last; the photographer is the author.",
        paras=[
            "9月25日，芷陵港一艘纯电动集装箱货船在进行装卸作业。该船可装载120标准箱，续航里程达到200公里。",
        ])
    pg.headline(p2)
    pg.body(p2)
    pg.blank()
    c = Article(
        "c", "漱玉港疏港铁路开工建设",
        byline="本报通讯员　岑望　戴舟", authors=["岑望", "戴舟"],
        notes="Headline and byline line 本报通讯员 X　Y printed AFTER the body (the body follows the photo news); "
              "both are authors. The project official quoted is not named.",
        paras=[
            "9月26日，漱玉港疏港铁路工程正式开工建设。该项目线路全长38.4公里，设计为国铁Ⅱ级单线电气化铁路，总投资约46亿元，建设工期3年。",
            "漱玉港是沅川沿海重要的大宗散货港区，目前铁矿石、煤炭等货物主要依靠公路集疏运，每年进出港货车超过120万辆次。疏港铁路建成后，港区铁路集疏运比例将由目前的不足10%提高到40%以上，每年可减少公路货车运输约80万辆次，减少二氧化碳排放约15万吨。",
            "项目建设单位负责人介绍，该工程将与漱玉港区五期码头同步建设、同步投运，铁路专用线直通码头前沿，打通港口集疏运“最后一公里”。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.blank()
    d = Article(
        "d", "全省高速公路服务区充电设施实现全覆盖",
        byline="本报讯", lead="本报讯　",
        notes="Bare run-in 本报讯　 (no reporter named): the byline, excluded from first; no authors.",
        paras=[
            "记者从省交通运输厅获悉，截至9月底，全省高速公路186对服务区已全部建成充电设施，累计建成充电桩1480个，其中大功率超充桩326个。国庆假期前，各服务区还将增设移动充电设备，保障新能源汽车出行充电需求。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["广告",
                  "芷陵重工　港口装备专家",
                  "岸边集装箱起重机　门座起重机　自动化轨道吊",
                  "产品服务全球120余个港口",
                  "销售热线：0876-3318××××"], "port-crane advertisement (not an article)")
    pg.blank()
    pg.furniture(["校对：温小舟　　美术编辑：蓝鹊　　本报地址：澜州市通衢路18号"], "footer")
    return pg


PAGES = [kq09, kq10, kq11, kq12]
