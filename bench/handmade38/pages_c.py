"""Pages kh09-kh12 of handmade38 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import columns, side_by_side


# ---------------------------------------------------------------------------
def kh09() -> Page:
    """National economic daily 观点 page: two comments set side by side (labels 经济时评 and 来论) whose column
    pieces come out interleaved; a clean 微言 comment; a clean 财经漫谈 column."""
    pg = Page("kh09.txt", cols=36, indent=FW * 2, blanks="some", seed=3809, p_para=0.55, p_gap=0.85,
              style="national economic daily 观点 page, blank lines sometimes: header on three lines; two comments side by side whose column pieces come out INTERLEAVED (label 经济时评, headline, byline line 本报特约评论员 X, A1, label 来论, headline, byline line NAME（post）, B1, A2, B2); label 微言 over a clean comment with byline line ◎X; label 财经漫谈 over a clean column with byline line 文／本报记者 X; footer")
    pg.furniture(["观点",
                  "澜川经济日报　" + cn_date(2035, 10, 16),
                  "第9版"], "page header")
    pg.blank()
    a = Article(
        "a", "稳投资要在“有效”上下功夫", section="经济时评", kind="commentary",
        byline="本报特约评论员　卓一衡", authors=["卓一衡"],
        notes="Comment under the label 经济时评 (section), set side by side with the 来论 comment; extraction "
              "interleaved their column pieces (A1, the other comment's label, headline, byline and B1, A2, B2). "
              "Body in two pieces; first/last as a reader reassembles it. Byline line 本报特约评论员 X: the named "
              "commentator is the author (unlike the unnamed 本报评论员). Commentary.",
        paras=[
            "前三季度，全国固定资产投资增速比上半年有所加快，制造业投资和设备购置投资表现亮眼。在肯定成绩的同时，也要清醒看到，一些地方仍存在项目储备不足、投资效益不高等问题，稳投资必须在“有效”二字上下更大功夫。",
            "有效投资，首先要投得准。要紧扣产业升级和民生改善的需要，把资金更多投向科技创新、先进制造、城市更新、农业农村等领域，避免“撒胡椒面”和盲目铺摊子。对那些论证不充分、收益难以覆盖成本的项目，宁可慢一点，也不能一哄而上。",
            "有效投资，还要管得好。项目建成只是第一步，运营好、发挥效益才是目的。要完善投资项目全生命周期管理，加强事中事后监管和绩效评价，让每一笔投资都经得起时间检验。",
        ])
    b = Article(
        "b", "让数据要素“活”起来", section="来论", kind="commentary",
        byline="骆千山（九州数字经济研究院研究员）", authors=["骆千山"],
        notes="Comment under the label 来论 (section), set side by side with the 经济时评 comment; its label, "
              "headline, byline line and first lines come out in the middle of that comment, its rest after it "
              "(two pieces). Byline line NAME（post）: the writer is the author. Commentary.",
        paras=[
            "数据是数字经济时代的关键生产要素。近年来，各地积极探索数据要素市场化配置，数据交易机构相继设立，公共数据授权运营试点稳步推进。但总体看，数据“供不出、流不动、用不好”的问题仍较突出。",
            "让数据要素“活”起来，关键是处理好安全与发展的关系。一方面，要加快完善数据产权、流通交易、收益分配、安全治理等基础制度，让数据持有者敢于开放、愿意流通；另一方面，要培育一批数据服务商和应用场景，让数据真正在生产经营中创造价值。",
            "数据要素的价值在于流动和使用。只有打通堵点、建好规则，才能让沉睡的数据资源转化为推动高质量发展的新动能。",
        ])
    a1, a2 = columns(pg, a, [6])
    b1, b2 = columns(pg, b, [5])
    pg.furniture(["经济时评"], "column label 经济时评")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, a1)
    pg.gap()
    pg.furniture(["来论"], "column label 来论")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, b1)
    pg.gap()
    pg.emit(a, a2)
    pg.gap()
    pg.emit(b, b2)
    pg.blank()
    c = Article(
        "c", "以旧换新不能止于“换”", section="微言", kind="commentary",
        byline="◎蒲星野", authors=["蒲星野"],
        notes="Clean comment under the label 微言 (section); byline line ◎X (the writer is the author). Commentary.",
        paras=[
            "以旧换新政策实施以来，家电、汽车等大宗消费明显回暖。但“换”只是手段，更重要的是借此推动消费升级和产业升级。",
            "一方面，要畅通废旧产品回收利用渠道，让换下来的旧家电、旧汽车“有处去”，避免造成资源浪费和环境污染；另一方面，要引导企业在产品品质、售后服务上下功夫，让消费者换得放心、用得舒心。唯有如此，以旧换新才能从短期刺激变为长期动力。",
        ])
    pg.furniture(["微言"], "column label 微言")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "小店经济里的“大民生”", section="财经漫谈", kind="commentary",
        byline="文／本报记者　乔未央", authors=["乔未央"],
        notes="Clean column under the label 财经漫谈 (section); byline line 文／本报记者 X (the writer is the author). "
              "A personal column: commentary.",
        paras=[
            "家门口的早餐铺、修鞋摊、社区便利店，看似不起眼，却连着千家万户的日常生活，也撑起了无数家庭的生计。",
            "这些年，不少城市在街区改造中给小店留出空间，推出“一照多址”、简化审批等便利措施，小店数量稳步增加。也有一些地方一味追求街面整齐划一，把烟火气十足的小店“清理”出去，居民生活反倒不方便了。",
            "城市治理既要有“面子”，更要有“里子”。为小店经济留足空间，就是为就业和民生托底。",
        ])
    pg.furniture(["财经漫谈"], "column label 财经漫谈")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版责任编辑：方若愚　　校对：祝晓川", "投稿邮箱：guandian@lcjjrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kh10() -> Page:
    """Financial paper 保险·理财 page: clean lead across the page; an article in two 17-character columns extracted
    ROW BY ROW; an article that jumps to page 6 (right-aligned （转第6版） on a line of its own); two clean items
    (run-in 本报讯　记者X报道, credit run in at the end)."""
    pg = Page("kh10.txt", cols=38, indent=FW * 2, blanks="arts", seed=3810,
              style="金融报 保险·理财 page, blank lines only between articles and blocks: header on two lines; clean lead across the page (byline line 本报记者 X); an article (byline line 本报记者 X　实习记者 Y) in two 17-character columns printed ROW BY ROW (left line, spaces, right line); an article that JUMPS to page 6 (text cut mid-sentence, right-aligned （转第6版） on a line of its own; run-in 本报讯（记者 X）); clean item with run-in 本报讯　记者X报道; clean item with the credit （X） run in at the end; footer")
    pg.furniture(["泓泰金融报　" + cn_date(2035, 10, 18) + "　第5版",
                  "保险·理财　　　责任编辑：甄望舒"], "page header")
    pg.blank()
    a = Article(
        "a", "商业健康险保费收入前三季度增长11%",
        byline="本报记者　沃知秋", authors=["沃知秋"],
        notes="Clean lead across the page; byline line 本报记者 X. The executive quoted is not an author.",
        paras=[
            "金融监管部门近日公布的数据显示，前三季度，商业健康险保费收入7682亿元，同比增长11.2%，增速比人身险整体高出约4个百分点。其中，百万医疗险、惠民保等普惠型产品保费收入增长较快。",
            "业内人士认为，居民健康保障意识提升、医保个人账户资金可用于购买商业健康险等政策，共同推动了健康险市场扩容。一家大型寿险公司健康险事业部负责人表示，今年公司新推出的带病体可投保产品，投保人数已超过120万人。",
            "不过，健康险市场也存在产品同质化、理赔体验不佳等问题。监管部门表示，将推动保险公司加强与医疗机构的数据对接，提高理赔效率，开发更多适合老年人和带病人群的保险产品。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "养老理财产品规模突破5000亿元",
        byline="本报记者　邵星澜　实习记者　管一诺", authors=["邵星澜", "管一诺"],
        notes="Set in two 17-character columns and extracted ROW BY ROW (each line: the left column's line, spaces, "
              "the right column's line). first is the start of the left column, last the end of the right column. "
              "Byline line 本报记者 X　实习记者 Y: both are authors. The manager quoted is not.",
        paras=[
            "记者从多家理财公司了解到，截至9月末，养老理财产品存续规模达到5120亿元，较年初增长近六成，投资者数量超过480万人。",
            "与普通理财产品相比，养老理财产品期限普遍在5年以上，采用“固收打底、权益增强”的投资策略，并设置了收益平滑基金等风险保障机制。今年以来到期的养老理财产品年化收益率大多在3.5%至5%之间。",
            "“养老理财产品适合有长期养老储备需求、风险偏好较低的投资者。”一位理财公司产品经理提醒，投资者在购买前应详细了解产品的期限、风险等级和赎回规则，避免因临时用钱造成损失。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    side_by_side(pg, b, cols=17, gap=5)
    pg.blank()
    c = Article(
        "c", "巨灾保险试点扩至12个省份",
        byline="本报讯（记者　汤若水）", authors=["汤若水"], lead="本报讯（记者　汤若水）",
        notes="Jumps to page 6 (not in this set): the text on this page ends mid-sentence and the right-aligned jump "
              "line （转第6版） on a line of its own is not body; last is the end of the text printed here. Run-in "
              "本报讯（记者 X） excluded from first.",
        paras=[
            "记者近日从金融监管部门获悉，巨灾保险试点范围已由最初的5个省份扩大至12个省份，覆盖地震、台风、洪水、山体滑坡等主要自然灾害，累计为1.3亿户次城乡居民住房提供风险保障超过2.1万亿元。",
            "巨灾保险是利用保险机制分散重大自然灾害风险的制度安排。试点地区普遍采取“政府统保＋商业补充”的模式，由地方财政为辖区居民统一投保基本保障，居民可自愿购买更高保额的商业保险。今年夏季，南方多省遭遇强降雨，试点地区累计支付巨灾保险赔款",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, FW * 30 + "（转第6版）", "jump")
    pg.blank()
    d = Article(
        "d", "多家险企上线“一键理赔”服务",
        byline="本报讯　记者汤若水报道", authors=["汤若水"], lead="本报讯　记者汤若水报道　",
        notes="Clean item. Run-in 本报讯　记者X报道 (the byline) excluded from first.",
        paras=[
            "近日，多家保险公司在手机应用中上线“一键理赔”服务，消费者在合作医院就诊结算后，系统可自动推送理赔申请，无需再上传发票等材料，小额医疗险案件最快几分钟即可到账。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    e = Article(
        "e", "银行理财公司加大科创债配置",
        byline="（蒙以安）", authors=["蒙以安"], tail="（蒙以安）",
        notes="Clean item; the credit （X） run in at the end is the byline, excluded from last; the writer is the "
              "author.",
        paras=[
            "据不完全统计，今年以来已有17家银行理财公司发行以科技创新债券为主要投资标的的理财产品，合计募集资金约360亿元。业内人士表示，科创债期限较长、票面利率适中，契合理财资金稳健配置的需求。",
        ])
    pg.headline(e)
    pg.body(e)
    pg.blank()
    pg.furniture(["校对：柏小汀　　版式：涂一川　　广告热线：400-618-0909"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kh11() -> Page:
    """Financial daily 公司 page extracted with a blank line after EVERY line: a clean lead; two company stories
    set side by side whose headline blocks come out first, one after the other, and whose column pieces then
    come out interleaved (B1 C1 B2 C2); a clean wire item; a clean brief item."""
    pg = Page("kh11.txt", cols=40, indent="  ", blanks="every", seed=3811,
              style="财经日报 公司 page indented with two ASCII spaces, extracted with a blank line after EVERY line: header on two lines; clean lead (byline line 本报记者 X); two company stories side by side whose headline blocks (headline + byline line 本报记者 X each) come out FIRST, one after the other, and whose column pieces then come out INTERLEAVED (B1, C1, B2, C2); clean wire item 四海社北京…电（记者 X） ending （完）; clean run-in 本报讯（记者 X） item; footer")
    pg.furniture(["九原财经日报　公司·产业　" + cn_date(2035, 10, 23),
                  "A7　本版编辑：蒯若晨　　美编：祁小野"], "page header")
    a = Article(
        "a", "青崖重工三季度净利润同比增长26%",
        byline="本报记者　屈望舒", authors=["屈望舒"],
        notes="Clean lead; byline line 本报记者 X. The company secretary quoted is not an author.",
        paras=[
            "青崖重工10月22日晚间发布三季度报告，前三季度公司实现营业收入412.6亿元，同比增长14.3%；归属于上市公司股东的净利润38.9亿元，同比增长26.1%。其中，第三季度单季净利润14.2亿元，创上市以来同期新高。",
            "报告显示，公司海外业务收入占比提升至41%，挖掘机、起重机等主要产品在东南亚、中东和非洲市场的销量均实现两位数增长。电动化产品收入同比增长78%，占营业收入的比重接近15%。",
            "公司董事会秘书在接受记者采访时表示，国内工程机械市场已走出低谷，设备更新需求持续释放，叠加海外市场的较快增长，公司对全年业绩保持乐观。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "岚港航运拟定增募资40亿元扩充船队",
        byline="本报记者　蔺秋水", authors=["蔺秋水"],
        notes="Set side by side with the next story: the two headline blocks come out first, one after the other "
              "(this headline and byline line, then the other's), then the column pieces interleaved (B1, C1, B2, "
              "C2). Body in two pieces; first/last as a reader reassembles it. Byline line 本报记者 X.",
        paras=[
            "岚港航运10月22日晚间公告，公司拟向特定对象发行股票募集资金不超过40亿元，扣除发行费用后将用于建造8艘甲醇双燃料集装箱船和补充流动资金。",
            "公告显示，本次拟建造的集装箱船单船运力为7000标准箱，采用甲醇和燃油双燃料动力，预计2038年起陆续交付。项目建成后，公司自有船队运力将增加约5.6万标准箱，增幅接近三成。",
            "分析人士指出，国际海运业碳减排要求日趋严格，航运企业加快船队绿色更新已是大势所趋。但当前集装箱运力供给偏多，新船集中交付可能加剧运价波动，企业扩张仍需审慎。",
        ])
    c = Article(
        "c", "芯澜科技车规级芯片出货量翻番",
        byline="本报记者　伍听澜", authors=["伍听澜"],
        notes="Set side by side with the previous story: its headline block comes out right after that story's, its "
              "column pieces interleaved with that story's (two pieces). Byline line 本报记者 X. The executive "
              "quoted is not an author.",
        paras=[
            "芯澜科技10月22日在投资者关系活动中透露，前三季度公司车规级芯片出货量超过1.6亿颗，同比增长一倍以上，产品已进入国内20余家整车企业的供应链。",
            "“从车身控制到智能座舱，国产芯片上车的速度明显加快。”公司副总经理介绍，公司新一代域控制器芯片已完成多家客户的车规认证，预计明年实现量产。",
            "不过，公司也坦言，车规级芯片验证周期长、研发投入大，前三季度公司研发费用同比增长42%，占营业收入的比重达到24%，短期内盈利仍承压。",
        ])
    b1, b2 = columns(pg, b, [4])
    c1, c2 = columns(pg, c, [3])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(b, b1)
    pg.emit(c, c1)
    pg.emit(b, b2)
    pg.emit(c, c2)
    d = Article(
        "d", "前三季度规模以上工业企业利润增长5.1%",
        byline="四海社北京10月22日电（记者　宗雨禾）", authors=["宗雨禾"],
        lead="四海社北京10月22日电（记者　宗雨禾）", tail="（完）",
        notes="Clean wire item: run-in 四海社北京10月22日电（记者 X） excluded from first; （完） run in at the end "
              "excluded from last.",
        paras=[
            "统计部门22日发布数据，前三季度，全国规模以上工业企业实现利润总额5.63万亿元，同比增长5.1%，增速比上半年加快0.8个百分点。分行业看，高技术制造业利润增长14.6%，装备制造业利润增长9.3%。",
        ])
    pg.headline(d)
    pg.body(d)
    e = Article(
        "e", "九原两家企业入选国家级智能工厂",
        byline="本报讯（记者　屈望舒）", authors=["屈望舒"], lead="本报讯（记者　屈望舒）",
        notes="Clean item. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "近日公布的年度智能工厂名单中，九原市一家轨道交通装备企业和一家乳制品企业入选。两家企业通过建设数字孪生车间、应用工业机器人和智能物流系统，生产效率分别提高了32%和27%。",
        ])
    pg.headline(e)
    pg.body(e)
    pg.furniture(["校对：裴知远　　印刷：九原日报印务中心"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kh12() -> Page:
    """City business paper 要闻 page with column breaks: the continuation of a front-page article (headline
    repeated, （上接第1版） on a line of its own); an article in four 12-character columns whose third column
    comes out BEFORE its second; an article with a photo caption dropped into the MIDDLE of a paragraph; two
    clean items."""
    pg = Page("kh12.txt", cols=24, indent=FW * 2, blanks="para", colbreak=14, seed=3812,
              style="商报 要闻 page, blank lines between paragraphs and blocks plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on two lines; CONTINUATION of a front-page article (headline repeated, （上接第1版） on a line of its own under it, no byline); an article (kicker, headline, byline line 本报记者 X) in four 12-character columns printed in the order 1, 3, 2, 4 (its THIRD column BEFORE its second); an article (byline line 本报记者 X) with a photo caption and credit dropped into the MIDDLE of a paragraph; clean run-in 本报讯（记者 X　实习生 Y） item; clean item with byline line 记者 X; footer")
    pg.furniture(["岚港商报　" + cn_date(2035, 10, 24) + "　A2",
                  "要闻　　责任编辑：荀一帆　　校对：龚晓书"], "page header")
    pg.blank()
    a = Article(
        "a", "岚港自贸片区新增市场主体超2万户",
        notes="Continuation of a front-page article (page 1 is not in this set): the headline is repeated and the "
              "jump line （上接第1版） is printed on a line of its own under it (not body). first is the first text "
              "printed here (the rest of a sentence begun on page 1). No byline on this page: no authors.",
        paras=[
            "平均办理时间压缩到1.5个工作日以内，企业开办实现“一网通办、一日办结”。片区还在全省率先试点商事主体登记确认制，申请人自主申报、登记机关形式审查，大幅减少了审批环节。",
            "制度创新带来了产业集聚。挂牌以来，片区累计引进跨境电商、航运物流、融资租赁等领域重点项目162个，总投资超过900亿元。前三季度，片区实现进出口总额1360亿元，同比增长17.4%，占全市的比重提高到37%。",
            "片区管委会负责人表示，下一步将围绕航运服务、数字贸易、离岸金融等领域开展更大力度的先行先试，力争形成更多可复制推广的制度创新成果。",
        ])
    pg.headline(a)
    pg.line(a, "（上接第1版）", "jump")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "老码头变身文创街区",
        subtitle="岚港滨水空间更新观察",
        byline="本报记者　褚听泉", authors=["褚听泉"],
        notes="The 引题 above the headline (no ——副题) is the subtitle. Set in four 12-character columns; extraction "
              "printed them in the order 1, 3, 2, 4 (the third column BEFORE the second, each breaking off "
              "mid-sentence). The body is one run of lines, scrambled inside; first is the start of the first "
              "column, last the end of the fourth. Byline line 本报记者 X. People quoted are not authors.",
        paras=[
            "沿着岚港老港区的滨江步道一路走去，斑驳的吊机、铁轨和仓库依然保留着当年的模样，仓库里却已是另一番景象：咖啡馆、书店、设计工作室和小剧场错落分布，周末的游客摩肩接踵。",
            "这里曾是岚港最繁忙的货运码头之一。十多年前，随着港口功能外迁，老码头一度闲置。2031年起，岚港启动滨水空间更新，对12座老仓库进行保护性改造，引入文创、餐饮、演艺等业态，打造了一条长约2.3公里的文创街区。",
            "“我们尽量不拆不建，保留工业遗存的原汁原味。”项目运营方负责人介绍，街区目前已入驻商户186家，今年以来接待游客超过560万人次，带动周边商业营业额增长四成以上。",
            "在一座由老冷库改造的艺术空间里，年轻的策展人正在布置新展。“老码头的空间很特别，高挑、开阔，特别适合做展览。”她说，这里每月都会举办两到三场展览和市集，吸引了不少年轻人。",
            "岚港市有关负责人表示，将继续推进滨江岸线贯通和老旧厂房更新，让更多工业遗存融入城市生活，成为市民共享的公共空间。",
        ])
    items = pg.render_body(b, cols=12)
    n = sum(it[0] == "line" for it in items)
    q = (n + 3) // 4
    k1, k2, k3, k4 = Page.chunks(items, [q, q, q])
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, k1)
    pg.emit(b, k3)
    pg.emit(b, k2)
    pg.emit(b, k4)
    pg.gap()
    c = Article(
        "c", "岚港跨境电商进出口前三季度增长24%",
        byline="本报记者　禹清和", authors=["禹清和"],
        notes="A photo caption with its credit (卞一鸣　摄) is dropped into the MIDDLE of the second paragraph (the "
              "line before it breaks off mid-sentence, the line after it goes on): the caption is not body; body "
              "in two pieces. Byline line 本报记者 X; the photographer of the caption is not an author. People "
              "quoted are not authors.",
        paras=[
            "记者从岚港海关获悉，前三季度，岚港跨境电商进出口额达到286亿元，同比增长24.3%。其中，出口217亿元，增长29.6%；进口69亿元，增长10.2%。",
            "在岚港跨境电商产业园，一批批包裹经过自动分拣线后装车，将通过海运和中欧班列发往海外。园区负责人介绍，园区今年新引进跨境电商企业63家，海外仓备货出口模式的货值占比已超过一半。",
            "岚港市商务部门表示，将加快建设跨境电商公共服务平台，支持企业拓展新兴市场，推动更多本地特色产品“卖全球”。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    n1 = sum(it[0] == "line" for it in pg.render_body(c, end=1))
    c1, c2 = columns(pg, c, [n1 + 2])
    pg.emit(c, c1)
    pg.furniture(wrap("图为岚港跨境电商产业园的自动分拣线。　卞一鸣　摄", 24),
                 "photo caption with credit dropped into a paragraph (not body)")
    pg.emit(c, c2)
    pg.gap()
    d = Article(
        "d", "岚港入冬前完成160公里燃气管网改造",
        byline="本报讯（记者　甘棠　实习生　柳絮飞）", authors=["甘棠", "柳絮飞"],
        lead="本报讯（记者　甘棠　实习生　柳絮飞）",
        notes="Clean item. Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are authors.",
        paras=[
            "记者从岚港市城市管理部门获悉，今年全市计划改造老化燃气管网160公里，目前已完成138公里，剩余工程将在11月中旬供暖季前全部完工。",
            "改造完成后，全市使用年限超过20年的燃气管道将基本清零。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    e = Article(
        "e", "岚港开通首条低空物流航线",
        byline="记者　幸南乔", authors=["幸南乔"],
        notes="Clean item; byline line 记者 X under the headline.",
        paras=[
            "10月23日，岚港首条低空物流航线开通，无人机可将海岛居民网购的生活物资从港区配送中心直接送达对岸的渔村，单程约12分钟，比轮渡运输节省近1小时。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["新闻热线：96288　　本报地址：岚港市滨江大道208号"], "footer")
    return pg


PAGES = [kh09, kh10, kh11, kh12]
