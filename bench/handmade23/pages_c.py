"""Pages j09-j12 of handmade23 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def j09() -> Page:
    """Construction and real-estate paper 房地产·市场 page: continuation of a page-1 story at the top (headline
    reprinted, （上接第1版） line, no byline); item with a headline letter-spaced with ASCII spaces and run-in
    本报讯（记者 X）, price-index table after it; report with letter-spaced headline, ——副题, byline line of two
    reporters; item signed （X）; 遗失声明 notice."""
    pg = Page("j09.txt", cols=28, indent=FW * 2, blanks="some", seed=2309, p_para=0.3, p_gap=0.9,
              style="construction and real-estate paper 房地产·市场 page, blank lines sometimes: header on three lines (paper; date with weekday; 4　房地产·市场); at the top the continuation of a page-1 story: headline reprinted, a line （上接第1版）, body, no byline; item whose headline is letter-spaced with single ASCII spaces, run-in 本报讯（记者 X）, then a price-index table (title, header row, four rows, base note); report whose headline is letter-spaced with single ASCII spaces (32% kept whole), ——副题 (…调查) and byline line of two reporters 本报记者 X　Y; item signed （X） run in at the end; 遗失声明 notice; footer")
    pg.furniture(["筑境建设报",
                  cn_date(2035, 6, 15),
                  "4　房地产·市场"], "page header")
    pg.blank()
    a = Article(
        "a", "城市更新如何“更”出新空间",
        notes="**new:** continuation of a story begun on page 1: the headline is reprinted over a line （上接第1版） "
              "(furniture, not body); no byline is printed on this page, so byline null and no authors. The body is "
              "the part printed here. The project head is not named.",
        paras=[
            "在溯阳市老城区的纺织厂旧址，斑驳的红砖厂房被改造成创意办公空间，老锅炉房变身咖啡馆，闲置多年的仓库成了社区图书馆。项目负责人介绍，改造过程中保留了原有建筑的主体结构和工业元素，以“微改造”代替“大拆大建”，改造成本比新建降低约四成。",
            "专家认为，城市更新要坚持“留改拆”并举，以保留利用提升为主。要建立政府引导、市场运作、公众参与的可持续模式，通过存量资产盘活、功能混合利用等方式吸引社会资本参与，让老城区在更新中焕发新活力。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第1版）"], "jump line （上接第1版） (not body)")
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "5月新建商品住宅价格环比降幅收窄",
        byline="本报讯（记者　晏书澜）", authors=["晏书澜"], lead="本报讯（记者　晏书澜）",
        notes="Headline letter-spaced with single ASCII spaces on one line (5月 kept whole), written unspaced. Run-in "
              "本报讯（记者 X） excluded from first. The price-index table after the body is not body.",
        paras=[
            "统计部门日前发布的数据显示，5月份，70个大中城市中，新建商品住宅销售价格环比下降的城市有38个，比上月减少9个；一线城市新建商品住宅销售价格环比持平，二线城市下降0.1%，三线城市下降0.2%，降幅均比上月收窄。",
            "二手住宅方面，一线城市二手住宅销售价格环比上涨0.2%，已连续两个月上涨；二三线城市环比分别下降0.2%和0.3%。",
            "业内人士分析，随着各地因城施策优化调整房地产政策，叠加住房贷款利率处于低位，购房需求逐步释放，部分城市市场出现企稳迹象。但也要看到，不同城市之间分化明显，三四线城市库存去化压力依然较大。",
        ])
    pg.headline(b, sep=" ")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["5月部分城市新建商品住宅价格指数",
                  "城市　　环比　　同比",
                  "溯阳　　100.2　　98.7",
                  "嵘州　　99.9　　97.4",
                  "汀澜　　99.8　　96.9",
                  "青岘　　99.6　　95.8",
                  "（上月＝100，上年同月＝100）"], "price-index table (not body)")
    pg.gap()
    c = Article(
        "c", "装配式建筑占比提升至32%", subtitle="——岚川省推进建筑工业化调查",
        byline="本报记者　卜思远　司徒砚", authors=["卜思远", "司徒砚"],
        notes="Headline letter-spaced with single ASCII spaces (32% kept whole), written unspaced. ——副题 is the "
              "subtitle; byline line of two reporters (one with the two-character surname 司徒): both authors. The "
              "project manager quoted (郎永福) is not an author.",
        paras=[
            "在岚川省嵘州市一处保障性住房项目工地，塔吊将一块块预制好的楼板、墙板精准吊装到位，工人们像“搭积木”一样拼装楼体。“一层楼5天就能完成，比传统现浇方式快了近一半，现场几乎看不到扬尘。”项目经理郎永福说。",
            "记者从岚川省住房和城乡建设厅了解到，去年全省新开工装配式建筑面积达到3860万平方米，占新建建筑面积的比例提升至32%，比三年前提高了14个百分点。全省已建成国家级装配式建筑产业基地9个、构件生产企业130多家，年产能可满足约5000万平方米建筑需求。",
            "不过，推广过程中也面临一些难题。部分构件企业反映，订单不稳定导致产能利用率不高，标准化程度低使得构件难以规模化生产；一些施工企业缺乏熟练的装配式施工工人，影响工程质量和进度。",
            "岚川省住房和城乡建设厅有关负责人表示，下一步将加快制定统一的构件标准图集，推动设计、生产、施工一体化；同时加强产业工人培训，力争到2037年装配式建筑占新建建筑面积比例达到40%以上。",
        ])
    pg.headline(c, sep=" ")
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "岭东推出“带押过户”全域通办",
        byline="（温如）", authors=["温如"], tail="（温如）",
        notes="Item signed （X） run in at the end: byline, excluded from last.",
        paras=[
            "岭东省不动产登记部门近日宣布，二手房“带押过户”业务在全省所有市县实现通办。买卖双方无需提前还清原有贷款，即可办理转移登记和抵押登记，交易时间由平均15个工作日缩短至3个工作日，每笔交易可为当事人节省过桥资金成本约1.5万元。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["遗失声明"] + wrap("溯阳市宏筑建设工程有限公司不慎遗失建筑业企业资质证书副本一份，证书编号：D3363××××，特此声明作废。", 28),
                 "遗失声明 notice (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：祁牧　　校对：桑榆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def j10() -> Page:
    """Pharmaceutical industry paper 要闻·产业 page (column 20): every headline letter-spaced with U+3000 and spread
    over TWO lines; a ▲ photo caption with credit printed in the MIDDLE of a sentence of the lead; run-in
    本报讯（记者 X）; run-in 本报沣原6月9日讯（通讯员 X　记者 Y）."""
    pg = Page("j10.txt", cols=20, indent=FW * 2, blanks="para", seed=2310,
              style="pharmaceutical industry paper 要闻·产业 page, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday + 第2版; 版名); every headline letter-spaced with U+3000 and spread over TWO lines (46 kept whole), the first broken after 上 (首发上 / 市); lead with byline line 本报记者 X and a ▲ photo caption with credit 本报记者 X　摄 (the writer) printed in the MIDDLE of a sentence; run-in 本报讯（记者 X）; run-in 本报沣原6月9日讯（通讯员 X　记者 Y）; footer")
    pg.furniture(["康衢医药报",
                  cn_date(2035, 6, 13) + "　第2版",
                  "要闻·产业"], "page header")
    pg.blank()
    a = Article(
        "a", "创新药首发上市审评提速",
        byline="本报记者　聂书禾", authors=["聂书禾"],
        notes="Headline letter-spaced with U+3000 and spread over two lines, joined unspaced. Byline line 本报记者 X. "
              "**new:** the ▲ photo caption with its credit is printed in the middle of a sentence of the second "
              "paragraph (a column break falls inside the sentence): not body; the body runs on after it. The "
              "photographer is the writer (author anyway). The company head quoted is not named.",
        paras=[
            "记者从药品审评部门获悉，今年1至5月，我国共批准创新药28个，其中17个为全球首发上市，数量均创历史同期新高。创新药上市申请的平均审评时限已压缩至约180个工作日，比三年前缩短近四成。",
            "审评提速得益于一系列制度创新。近年来，药品审评部门对临床急需的创新药实行优先审评，建立“早期介入、全程指导”的沟通机制，在研发关键阶段为企业提供技术指导；同时推行电子化申报和滚动提交，企业可在完成部分研究后分阶段提交资料，大大缩短了整体研发周期。",
            "“过去一个新药从申报到获批，往往要等两三年；现在我们的一款抗肿瘤新药，从提交上市申请到获批只用了9个月。”岭东一家创新药企业负责人说。",
            "业内专家表示，审评提速不等于降低标准。在加快审评的同时，药品监管部门持续加强上市后监管，要求企业开展上市后研究，确保创新药安全有效。",
        ])
    pg.headline(a, spread_cols=15)
    pg.line(a, a.byline, "byline")
    pg.gap()
    first, rest = Page.chunks(pg.render_body(a), [10])
    pg.emit(a, first)
    pg.blank()
    pg.furniture(wrap("▲岭东一家创新药企业的无菌制剂生产线。本报记者　聂书禾　摄", 20),
                 "photo caption with credit, in the middle of a sentence (not body)")
    pg.blank()
    pg.emit(a, rest)
    pg.gap()
    b = Article(
        "b", "中药配方颗粒国家标准再增46个",
        byline="本报讯（记者　闵南星）", authors=["闵南星"], lead="本报讯（记者　闵南星）",
        notes="Letter-spaced headline (U+3000) spread over two lines (46 kept whole), joined unspaced. Run-in "
              "本报讯（记者 X） excluded from first.",
        paras=[
            "药品标准管理部门日前发布第五批中药配方颗粒国家药品标准，共涉及46个品种，自发布之日起6个月后施行。至此，已颁布的中药配方颗粒国家标准累计达到312个。",
            "据介绍，新发布的标准进一步完善了特征图谱和含量测定等质量控制要求，有助于解决不同企业产品质量参差不齐的问题，推动中药配方颗粒行业规范发展。",
        ])
    pg.headline(b, spread_cols=15)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "县域医共体药品实现统一配送",
        byline="本报沣原6月9日讯（通讯员　邓小茜　记者　杭青）", authors=["邓小茜", "杭青"],
        lead="本报沣原6月9日讯（通讯员　邓小茜　记者　杭青）",
        notes="Letter-spaced headline spread over two lines, joined unspaced. Run-in 本报沣原6月9日讯（通讯员 X　记者 Y） "
              "(wrapped over two lines of the narrow column) excluded from first; both authors.",
        paras=[
            "沣原县日前完成县域医共体药品统一采购和配送平台建设，县人民医院、中医院与19家乡镇卫生院、186个村卫生室实现药品目录统一、采购统一、配送统一。村民在村卫生室就能买到过去只有县医院才有的慢性病用药，药品配送时间由原来的一周左右缩短至48小时以内。",
            "县卫生健康局负责人介绍，统一配送平台运行以来，全县基层医疗机构常用药品品种由平均120种增加到260种，药品采购成本下降约12%。",
        ])
    pg.headline(c, spread_cols=15)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：莫语　　校对：白小芹"], "footer")
    return pg


# ---------------------------------------------------------------------------
def j11() -> Page:
    """Quality / market-regulation paper 政策·服务 page with a blank line after EVERY line, ONE U+3000 indent: label
    政策问答 over a reader Q&A (headline, byline line 本报记者 X, intro, 读者…问：／答：) and a run-in
    本报讯（记者 X　通讯员 Y） item, BOTH printed in two pieces interleaved (Q&A, item, Q&A, item); label 消费提示
    over an item whose credit line （…供稿） names no person."""
    pg = Page("j11.txt", cols=30, indent=FW, blanks="every", seed=2311,
              style="quality / market-regulation paper 政策·服务 page, ONE U+3000 indent, a blank line after EVERY line: header on two lines; label 政策问答 over a reader Q&A (headline with a comma, byline line 本报记者 X, intro paragraph, then 沣原读者卢先生问：／答： paragraphs) and a news item (headline + run-in 本报讯（记者 X　通讯员 Y）), BOTH bodies printed in TWO pieces interleaved: Q&A part 1, item headline + part 1, Q&A part 2, item part 2; label 消费提示 over an item followed by a credit line （…供稿） naming no person; footer with editor, proof-reader and the 12315 hotline")
    pg.furniture(["衡准质量报　" + cn_date(2035, 6, 15),
                  "3　政策·服务"], "page header")
    a = Article(
        "a", "电动自行车以旧换新，这些问题要弄清", section="政策问答", kind="interview",
        byline="本报记者　郁可心", authors=["郁可心"],
        notes="**new:** reader Q&A under the label 政策问答 (section): a reporter's intro, then questions sent in by "
              "named readers (沣原读者卢先生问：…) answered by an official named in the intro (谢韵). Kind interview (as "
              "the 权威解读 of g03 of handmade22); the reporter (byline line) is the author, not the official or the "
              "readers. Its body is printed in two pieces with the first piece of the 抽检 item between them.",
        paras=[
            "近期，多地启动电动自行车以旧换新活动，不少读者来信来电咨询相关问题。本报记者就此采访了岚川省市场监管局产品质量安全监督处处长谢韵。",
            "沣原读者卢先生问：家里的旧电动自行车是几年前买的，不符合新国标，能参加以旧换新吗？",
            "答：可以。此次以旧换新主要就是鼓励消费者淘汰不符合现行强制性国家标准的旧车和使用铅酸电池、存在安全隐患的车辆。消费者将旧车交售给指定回收企业，取得回收凭证后，购买符合新标准的电动自行车即可享受补贴。",
            "嵘州读者蒋女士问：买新车时怎样判断是否符合国家标准？",
            "答：一看强制性产品认证标志，合格产品应在车身显著位置粘贴CCC标志，并附有产品合格证；二看整车编码，可通过认证机构的官方平台查询车辆认证信息是否真实；三看技术参数，新国标要求最高设计车速不超过每小时25公里，整车质量（含电池）不超过55公斤。",
            "汀澜读者贺先生问：有的商家提出可以帮忙“解码提速”，这样做有什么风险？",
            "答：私自“解码提速”、加装大容量电池等非法改装行为，会破坏车辆原有的安全设计，大大增加交通事故和火灾风险，也不能享受以旧换新补贴。市场监管部门将持续开展专项整治，对销售非法改装车辆、提供改装服务的经营者依法严肃查处，消费者发现相关线索可通过12315热线举报。",
        ])
    b = Article(
        "b", "5月全省抽检食用农产品合格率98.7%",
        byline="本报讯（记者　鲁宁　通讯员　向晚）", authors=["鲁宁", "向晚"],
        lead="本报讯（记者　鲁宁　通讯员　向晚）",
        notes="News item whose body is printed in two pieces, interleaved with the Q&A's (its headline and first "
              "piece between the Q&A's two pieces, its second piece after the Q&A). Run-in 本报讯（记者 X　通讯员 Y） "
              "excluded from first; both authors.",
        paras=[
            "岚川省市场监管局日前通报5月份食品安全监督抽检情况，全省共抽检食用农产品样品6820批次，合格6731批次，合格率98.7%，比上月提高0.3个百分点。",
            "不合格样品主要涉及农药残留超标、兽药残留超标等问题，集中在韭菜、芹菜、鸡蛋等品种。对抽检发现的不合格产品，相关市县市场监管部门已依法开展核查处置，及时采取下架、召回等措施，并将涉及种植养殖环节的问题线索通报农业农村部门。",
        ])
    pg.furniture(["政策问答"], "column label 政策问答")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    a1, a2 = Page.chunks(pg.render_body(a), [12])
    b1, b2 = Page.chunks(pg.render_body(b), [4])
    pg.emit(a, a1)
    pg.headline(b)
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    c = Article(
        "c", "选购防晒用品认准“妆字号”", section="消费提示",
        byline="（岚川省消费者权益保护委员会供稿）",
        notes="Item under the label 消费提示 (section). **new:** the credit line （…供稿） printed after the body names an "
              "organisation, no person: it is the byline (not body), and there are no authors.",
        paras=[
            "夏季是防晒用品消费旺季。省消保委提醒，防晒霜、防晒喷雾等属于特殊用途化妆品，消费者购买时应查看产品包装上是否标注“国妆特字”批准文号，可通过药品监管部门网站查询核实。",
            "同时，要根据使用场景选择合适的防晒指数，日常通勤选择SPF15至SPF30即可，户外长时间活动可选择SPF50以上的产品，并注意及时补涂。",
        ])
    pg.furniture(["消费提示"], "column label 消费提示")
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.furniture(["本版责任编辑：石青　　校对：秋白　　投诉举报热线：12315"], "footer")
    return pg


# ---------------------------------------------------------------------------
def j12() -> Page:
    """Pharmaceutical industry paper 企业形象 page indented with two ASCII spaces, blank lines only between blocks:
    an advertorial marked 广告 (headline of two phrases, ——副题, no byline); a company news item with run-in
    本报讯（记者 X　通讯员 Y）; an unmarked advertorial with byline line 文／X; a display advertisement for a drug."""
    pg = Page("j12.txt", cols=38, indent="  ", blanks="arts", seed=2312,
              style="pharmaceutical industry paper 企业形象 page indented with two ASCII spaces, blank lines only between blocks: header on two lines; advertorial MARKED 广告 (the mark on a line above the headline; headline of two phrases parted by U+3000, ——副题 …纪实, no byline); company news item with run-in 本报讯（记者 X　通讯员 Y）; UNMARKED advertorial with byline line 文／X; display advertisement for a drug (广告 mark, slogan, product, approval number, warning, company and hotline); footer with editor and telephone")
    pg.furniture(["7　企业形象",
                  "康衢医药报　" + cn_date(2035, 6, 13)], "page header")
    pg.blank()
    a = Article(
        "a", "深耕中药现代化守护百姓健康", head=["深耕中药现代化　守护百姓健康"],
        subtitle="——济和堂药业股份有限公司创新发展纪实",
        notes="**new:** advertorial (企业形象 copy) marked 广告 on a line above the headline: written as a feature "
              "(headline, ——副题, prose body), it is recorded as an article; the 广告 mark is furniture. Headline of "
              "two phrases parted by U+3000, written without the space. No byline, no authors.",
        paras=[
            "在岚川省汀澜市高新区，济和堂药业的现代化中药提取车间里，一条条不锈钢管道连接着提取罐、浓缩罐和干燥设备，中控室的大屏幕上实时显示着温度、压力、流量等200多项工艺参数。“从药材投料到成品包装，全过程实现自动化控制和在线质量监测。”公司生产总监介绍。",
            "济和堂始创于清代道光年间，至今已有近两百年历史。近年来，公司坚持“传承不泥古、创新不离宗”，每年将销售收入的6%以上投入研发，建成省级企业技术中心和中药现代化工程研究中心，拥有发明专利86项，主导和参与制定国家及行业标准14项。",
            "在源头质量管控上，济和堂在岚川、岭东等地建设道地药材规范化种植基地5.2万亩，推行“统一种苗、统一农资、统一技术、统一采收”，实现药材从种植到生产的全程可追溯。目前，公司拥有药品批准文号210个，清肺止咳颗粒、益气养心丸等独家品种畅销全国。",
            "面向未来，济和堂将继续以科技创新为引领，加快经典名方开发和中药大品种二次开发，努力让古老的中医药焕发新的生机，为守护人民健康贡献力量。",
        ])
    pg.furniture(["广告"], "广告 mark of the advertorial (not part of it)")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "华康生物mRNA疫苗生产基地在溯阳奠基",
        byline="本报讯（记者　詹若水　通讯员　洪小帆）", authors=["詹若水", "洪小帆"],
        lead="本报讯（记者　詹若水　通讯员　洪小帆）",
        notes="Company news on the 企业形象 page (the paper's own copy, not an advertorial). Headline with a Latin word "
              "(mRNA). Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both authors. The chairman quoted (滕远航) "
              "is not an author.",
        paras=[
            "6月10日，华康生物mRNA疫苗产业化基地在溯阳生物医药产业园奠基。项目总投资约35亿元，规划建设原液生产、制剂灌装和质量检测等设施，达产后年产能可达2亿剂。",
            "华康生物董事长滕远航表示，基地将采用连续化、模块化生产工艺，除传染病疫苗外，还将布局肿瘤治疗性疫苗等创新产品的产业化，预计2037年建成投产。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "一粒胶囊里的“匠心”",
        byline="文／林晓岚", authors=["林晓岚"],
        notes="**new:** unmarked advertorial (a company profile with no 广告 mark), byline line 文／X: an article like "
              "the marked one; the writer is the author. People quoted (柏春华, 宁致远) are not authors.",
        paras=[
            "走进岭东安和制药的胶囊生产车间，一台台全自动胶囊填充机正在高速运转，每分钟可生产胶囊3000粒。质检员柏春华拿起一粒胶囊，放在灯下仔细查看：“每一粒胶囊的装量误差都要控制在正负3%以内，外观不能有一点瑕疵。”",
            "在安和制药，像柏春华这样扎根一线十年以上的员工有400多名。公司推行“首席技师”制度，设立技能大师工作室，鼓励一线员工参与工艺改进。近三年，员工提出的合理化建议被采纳1300多条，累计创造经济效益超过5000万元。",
            "“药品质量是生产出来的，更是一代代制药人用心守出来的。”安和制药总经理宁致远说，公司将继续以匠心制好药，让患者用上放心药。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["广告",
                  "百年济和　国药精品",
                  "济和堂牌清肺止咳颗粒",
                  "国药准字Z2035××××",
                  "请按药品说明书或者在药师指导下购买和使用",
                  "岚川济和堂药业股份有限公司　全国服务热线：400-8××-××××"], "display advertisement (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：谷雨　　电话：010-6728××××"], "footer")
    return pg


PAGES = [j09, j10, j11, j12]
