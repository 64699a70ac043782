"""Pages v05-v08 of handmade27 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import in_pieces


# ---------------------------------------------------------------------------
def v05() -> Page:
    """Evening paper 民生 page, 18-character column indented with two ASCII spaces: a photo caption and its
    credit printed in the MIDDLE OF A SENTENCE of the lead; photo news made only of a caption and a credit
    line (no headline)."""
    pg = Page("v05.txt", cols=18, indent="  ", blanks="some", seed=2705, p_para=0.5, p_gap=0.8,
              style="city evening paper 民生·城事 page, 18-character column indented with two ASCII spaces: header on three lines; lead with byline line 记者 X　通讯员 Y and a ▲ photo caption with its credit 记者 X　摄 (wrapped over three lines) printed in the MIDDLE OF A SENTENCE; photo news made ONLY of a caption (not indented) and a credit line 记者 X　摄 under it (no headline: a brief); run-in 本报讯（记者 X） item; item with closing credit （记者 X） run in; footer with hotline")
    pg.furniture(["沧浦晚报",
                  cn_date(2035, 3, 17),
                  "A08　民生·城事"], "page header")
    pg.blank()
    a = Article(
        "a", "老旧小区加装电梯今年再推进400部",
        byline="记者　苏小棠　通讯员　蒋平", authors=["苏小棠", "蒋平"],
        notes="Byline line 记者 X　通讯员 Y: both authors. **new:** the ▲ photo caption and its credit (记者 苏小棠 摄, "
              "the writer) are printed in the MIDDLE OF A SENTENCE of the second paragraph: not body, the body is in "
              "two pieces. Residents and officials quoted (罗阿婆, 卢晓梅) are not authors.",
        paras=[
            "“以前爬六楼要歇三回，现在按个按钮就到家了。”3月16日，家住沧浦市黄桷巷小区的74岁居民罗阿婆乘着新装的电梯下楼买菜，脸上满是笑意。",
            "记者从沧浦市住建局获悉，去年全市老旧小区共加装电梯352部，惠及居民1.1万余户。今年，全市计划再加装电梯400部，并首次将加装电梯纳入城市更新项目统筹推进，对符合条件的项目给予每部最高20万元的财政补贴。",
            "加装电梯难，难在协调。黄桷巷小区3号楼的电梯从提出意向到开工，前后用了将近一年。“低楼层住户担心采光和噪声，我们就请设计单位调整井道位置，又组织大家到已装好的小区参观。”社区党委书记卢晓梅说，最终全楼12户全部签字同意。",
            "市住建局相关负责人表示，今年将推行加装电梯“一站式”审批，审批时限压缩至15个工作日，同时探索“以租代购”等模式，减轻居民一次性出资压力。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    in_pieces(pg, a, [13], [lambda: pg.furniture(wrap("▲黄桷巷小区3号楼新装的电梯已投入使用。　记者　苏小棠　摄", 18),
                                                 "photo caption with credit, in the middle of a sentence (not body)")])
    pg.blank()
    b = Article(
        "b", None, kind="brief",
        byline="记者　韦一苇　摄", authors=["韦一苇"],
        notes="**new:** photo news made ONLY of a caption and its credit line 记者 X　摄 printed under it, NO headline: "
              "title null, the caption is the body, the credit line is the byline (not body) and the photographer "
              "is the author (as for photo news). Kind brief.",
        paras=[
            "3月16日，市民在沧浦滨江公园的樱花林中拍照留念。近日，公园内3000余株樱花进入盛花期，吸引大批市民游客前来观赏。",
        ])
    pg.body(b, indent="")
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "菜篮子价格总体平稳",
        byline="本报讯（记者　邓可）", authors=["邓可"], lead="本报讯（记者　邓可）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者昨日从市发改委获悉，3月第二周，全市主要农副产品价格总体平稳。监测的25种蔬菜平均零售价格为每斤3.86元，环比下降2.3%；猪肉价格每斤13.2元，与上周基本持平；鸡蛋价格小幅上涨。",
            "市发改委价格监测中心分析，随着本地春季蔬菜大量上市，预计近期蔬菜价格将继续小幅回落。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "医保电子凭证可在药店“刷脸”结算",
        byline="（记者　简宁）", authors=["简宁"], tail="（记者　简宁）",
        notes="Closing credit （记者 X） run in at the end: the byline, excluded from last.",
        paras=[
            "即日起，沧浦市区186家定点零售药店开通医保“刷脸”结算服务。参保人在药店购药时，只需在终端设备上完成人脸识别，即可直接使用医保个人账户支付，无需出示社保卡或手机。",
            "市医保局提醒，“刷脸”结算仅限本人使用，市民应注意保护个人信息安全。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：钱多多　校对：易安", "新闻热线：8866××××"], "footer with hotline")
    return pg


# ---------------------------------------------------------------------------
def v06() -> Page:
    """National daily 经济 page indented with ONE U+3000: lead with 引题, headline and ——副题; its column text is
    continued AFTER the first piece of the next article (pieces out of reading order)."""
    pg = Page("v06.txt", cols=30, indent=FW, blanks="para", seed=2706,
              style="national daily 经济 page indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines; lead with 引题 kicker in quotation marks, headline, ——副题 and byline line 本报记者 X　Y; PIECES OUT OF READING ORDER: the lead's first column piece, then the next article's headline, byline line and first piece, then the rest of the lead, then the rest of the second article (both bodies cut inside a sentence); run-in 本报讯（记者 X） item; item with closing credit （记者 X） run in; footer")
    pg.furniture(["华允日报",
                  cn_date(2035, 3, 19),
                  "3　经济"], "page header")
    pg.blank()
    a = Article(
        "a", "沿海外贸企业加快数字化转型",
        subtitle="——来自青埠、鹤湾两地的调研",
        byline="本报记者　梅若溪　殷照", authors=["梅若溪", "殷照"],
        notes="The 引题 kicker 从“制造”到“智造” is not part of the title; the ——副题 is the subtitle. Byline line "
              "本报记者 X　Y: both authors. **new:** pieces out of reading order: the lead's first column piece ends "
              "inside a sentence, the next article (headline, byline line, first piece) follows, then the rest of "
              "the lead, then the rest of that article. Body in two pieces. Business people quoted are not authors.",
        paras=[
            "走进青埠市一家家电出口企业的“黑灯工厂”，机械臂有序抓取、焊接、组装，自动导引车穿梭往来，整个车间只有几名技术人员在巡检。“去年生产线完成智能化改造后，人均产值提高了近60%，订单交付周期从35天缩短到22天。”企业负责人说。",
            "记者近日在青埠、鹤湾两地调研发现，面对外需波动和成本上升的双重压力，越来越多外贸企业把数字化转型作为“必答题”。青埠市商务局数据显示，全市规模以上外贸企业中，已有六成以上完成或正在推进生产设备数字化改造。",
            "数字化不仅发生在车间里，也延伸到接单、报关、物流等各个环节。在鹤湾，一家主营户外家具的企业通过跨境电商平台直接对接海外零售商，借助数据分析预判流行款式，新品开发周期缩短了一半。企业还接入了“单一窗口”智能报关系统，一票货物的通关时间压缩到2小时以内。",
            "不过，也有中小外贸企业坦言，数字化改造投入大、见效慢，“不敢转、不会转”的问题依然存在。对此，两地正在探索由龙头企业和平台服务商搭建共享数字化平台，以“小快轻准”的解决方案降低中小企业的转型门槛。",
        ])
    b = Article(
        "b", "前2月全国快递业务量同比增长19.2%",
        byline="本报记者　褚怀瑾", authors=["褚怀瑾"],
        notes="Byline line 本报记者 X. **new:** printed in two pieces out of reading order: headline, byline line and "
              "first piece (ending inside a sentence) between the two pieces of the lead, its rest after the lead's "
              "end.",
        paras=[
            "国家邮政部门最新数据显示，今年前2个月，全国快递业务量累计完成298.6亿件，同比增长19.2%；快递业务收入累计完成2376亿元，同比增长12.8%。",
            "从区域看，中西部地区快递业务量增速明显快于东部地区，占全国的比重提升至24.1%。从结构看，农村地区快递业务量增长较快，“快递进村”覆盖面继续扩大。业内人士表示，电商平台“以旧换新”促销活动和春节期间年货寄递需求旺盛，是推动快递业务量较快增长的主要因素。",
        ])
    pg.kicker(a, "从“制造”到“智造”")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    a_parts = Page.chunks(pg.render_body(a), [11])
    b_parts = Page.chunks(pg.render_body(b), [6])
    pg.emit(a, a_parts[0])
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, b_parts[0])
    pg.gap()
    pg.emit(a, a_parts[1])
    pg.gap()
    pg.emit(b, b_parts[1])
    pg.gap()
    c = Article(
        "c", "二手车交易量连续8个月同比增长",
        byline="本报讯（记者　邢雨眠）", authors=["邢雨眠"], lead="本报讯（记者　邢雨眠）",
        notes="Run-in 本报讯（记者 X） excluded from first. The association official quoted is not an author.",
        paras=[
            "记者从中国汽车流通协会获悉，2月份全国二手车交易量153.7万辆，同比增长9.4%，已连续8个月实现同比增长。前2个月累计交易量达到320.5万辆，交易金额2046亿元。",
            "协会有关负责人表示，二手车跨区域流通限制全面取消、汽车以旧换新补贴政策持续实施，有力带动了二手车市场活跃度。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "第三批国家骨干冷链物流基地名单发布",
        byline="（记者　孟秋禾）", authors=["孟秋禾"], tail="（记者　孟秋禾）",
        notes="Closing credit （记者 X） run in at the end, excluded from last.",
        paras=[
            "国家发展改革委日前发布第三批国家骨干冷链物流基地建设名单，22个基地入选。至此，国家骨干冷链物流基地总数达到88个，基本覆盖全国农产品主产区和主要消费地，冷链物流骨干网络初步成形。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版责任编辑：韦知远　　校对：闻樱　　版式设计：阙小楼"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v07() -> Page:
    """City daily 要闻 spread (A02-A03) with blank lines only between articles: the running header of A03
    printed in the MIDDLE OF A SENTENCE of the lead, where the text layer crosses into the right-hand page;
    two items with no byline; a 短评 under its label."""
    pg = Page("v07.txt", cols=24, indent=FW * 2, blanks="arts", seed=2707,
              style="city daily 要闻 spread (A02-A03), blank lines only between articles and blocks: header of A02 on two lines; lead with byline line 岑川日报全媒体记者 X, the RUNNING HEADER of A03 (paper + date with weekday; page number + 版名) printed again in the MIDDLE OF A SENTENCE of the lead where the text layer crosses to the right-hand page; item with NO byline; label 岑川短评 over a comment with byline line ◎X; second item with NO byline; footer with editor, designer and proof-reader")
    pg.furniture(["A02　要闻",
                  "岑川日报　" + cn_date(2035, 3, 20)], "page header (A02)")
    pg.blank()
    a = Article(
        "a", "岑川发布优化营商环境3.0版方案",
        byline="岑川日报全媒体记者　冯惊鸿", authors=["冯惊鸿"],
        notes="Byline line 岑川日报全媒体记者 X. **new:** the running header of the right-hand page (paper + date, "
              "A03　要闻) is printed AGAIN in the middle of a sentence of the second paragraph, where the text layer "
              "crosses from A02 to A03 (a 跨版 lead): not body, the body is in two pieces. Officials quoted are not "
              "authors.",
        paras=[
            "3月19日，岑川市召开优化营商环境大会，发布《岑川市持续优化营商环境3.0版行动方案》。方案围绕政务服务、市场准入、要素保障、法治环境等8个方面，提出126项具体举措，力争到今年底企业开办、不动产登记等高频事项实现“一次办、就近办、掌上办”。",
            "与前两版方案相比，3.0版方案更加注重企业全生命周期服务。在企业开办环节，推行营业执照、印章、发票、社保登记“一表申请、半日办结”；在项目建设环节，推行社会投资低风险项目“拿地即开工”；在企业退出环节，探索简易注销“承诺制”，让企业“进得来、退得出”。",
            "方案还首次提出建立“无事不扰”清单制度，对信用良好的企业原则上不主动开展现场检查，确需检查的实行“综合查一次”。市发改委负责人表示，此举旨在减少对企业正常生产经营的干扰，让企业把更多精力放在发展上。",
            "去年，岑川新设经营主体5.8万户，同比增长12.6%，其中民营企业占比超过九成。会上，12家企业代表获颁“营商环境体验官”聘书，将定期对政策落实情况进行监督和评价。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    in_pieces(pg, a, [17], [lambda: pg.furniture(["岑川日报　" + cn_date(2035, 3, 20), "A03　要闻"],
                                                 "running header of A03 printed again inside the lead (not body)")])
    pg.blank()
    b = Article(
        "b", "市区今年新增公共充电桩1200个",
        notes="**new:** item with NO byline printed (no dateline, no credit) although its text says 记者从…了解到: "
              "byline null, no authors.",
        paras=[
            "记者从市城管局了解到，今年岑川将在中心城区新增公共充电桩1200个，重点布局老旧小区、商业综合体和交通枢纽周边，其中快充桩占比不低于六成。到年底，中心城区公共充电服务半径将缩小到1公里以内。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "把“好方案”变成“好体验”", section="岑川短评", kind="commentary",
        byline="◎秦观潮", authors=["秦观潮"],
        notes="Comment under the label 岑川短评 (section); byline line ◎X (mark kept); the writer is the author. "
              "Commentary.",
        paras=[
            "营商环境好不好，企业说了算。3.0版方案的126项举措，条条都指向企业的痛点难点，含金量不低。但方案写得再好，关键还在落实。",
            "过去一些政策之所以“叫好不叫座”，往往是因为卡在了“最后一公里”：窗口人员不熟悉、部门之间不衔接、线上系统不好用。落实3.0版方案，要多站在企业的角度想问题，让企业办事少跑腿、少等待、少花钱，真正把纸面上的“好方案”变成企业实实在在的“好体验”。",
        ])
    pg.furniture(["岑川短评"], "column label 岑川短评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "地铁5号线南延段开工",
        notes="Item with NO byline at all: byline null, no authors.",
        paras=[
            "3月19日，岑川地铁5号线南延段工程正式开工。南延段全长9.6公里，设车站6座，建成后将连接南部新城与中心城区，预计2039年建成通车。南延段沿线将同步建设2座换乘枢纽和3处公交接驳站，方便市民换乘。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：阎晓帆　　美编：乔木　　校对：苗禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v08() -> Page:
    """Provincial daily 财经 page indented with two ASCII spaces, blank lines sometimes and at column breaks:
    a headline (and byline line) printed AFTER its body, mixed with normal ones; full- and half-width digits
    mixed; a comment with an 作者单位 line after it."""
    pg = Page("v08.txt", cols=34, indent="  ", blanks="some", colbreak=12, seed=2708, p_para=0.3, p_gap=0.8,
              style="provincial daily 财经 page indented with two ASCII spaces, blank lines sometimes plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on three lines; lead whose headline MIXES full-width and half-width digits and % (前２月…6.8％), text mixed too; then an article whose body comes FIRST and whose headline and byline line 本报记者 X　通讯员 Y are printed AFTER it; label 财经观察 over a comment with byline line □X and an 作者单位 line after the text; footer")
    pg.furniture(["7",
                  "澜江日报　财经",
                  cn_date(2035, 3, 21)], "page header")
    pg.blank()
    a = Article(
        "a", "前２月全省规上工业增加值增长6.8％",
        byline="本报记者　方晴川", authors=["方晴川"],
        notes="**new:** headline mixing a full-width digit (２) with half-width ones (6.8) and a full-width ％: the "
              "title is written as printed (not normalised); digits in the text mixed too, first/last as printed.",
        paras=[
            "省统计局3月20日发布数据，今年１—２月，全省规模以上工业增加值同比增长6.8%，增速比全国平均水平高0.9个百分点，比去年全年加快0.4个百分点。",
            "从行业看，全省41个工业大类行业中有32个实现增长，增长面达78.0％。其中，电子信息制造业增加值增长15.3%，新能源汽车及零部件制造业增长21.6%，成为拉动工业增长的主要力量。从产品看，集成电路、工业机器人、光伏电池产量分别增长２２.４％、18.9％和16.2%。",
            "省统计局相关负责人表示，开年以来全省工业经济运行总体平稳、稳中有进，但部分传统行业仍面临需求不足、利润下滑等压力，下一步需在稳订单、降成本、促转型上持续发力。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "澜江农商银行系统涉农贷款余额突破8000亿元",
        byline="本报记者　温以宁　通讯员　陆瑶", authors=["温以宁", "陆瑶"],
        notes="Headline and byline line printed AFTER the body (the body follows the previous article directly), "
              "on a page where the other headlines stand above their bodies. Both reporter and 通讯员 are authors.",
        paras=[
            "记者从澜江省农村信用社联合社获悉，截至2月末，全省农商银行系统涉农贷款余额达8046亿元，比年初增加312亿元，占全省金融机构涉农贷款的四成以上。",
            "今年以来，全省农商银行系统围绕春耕备耕、乡村产业发展等重点领域，推出“春耕贷”“茶农贷”“民宿贷”等特色信贷产品60余款，并在全省1.3万个行政村设立普惠金融服务点，打通农村金融服务“最后一公里”。",
            "针对农户普遍缺乏抵押物的问题，农商银行系统加快推进农户信用评级全覆盖，已为286万户农户建立信用档案，授信总额超过2100亿元，农户凭信用即可获得贷款。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "“专精特新”企业需要耐心资本", section="财经观察", kind="commentary",
        byline="□任远舟", authors=["任远舟"],
        notes="Comment under the label 财经观察 (section), byline line □X. The 作者单位 line printed after the text "
              "is not body. Commentary.",
        paras=[
            "专精特新企业大多处于成长期，研发投入大、回报周期长，轻资产的特点又使其难以获得传统抵押贷款。这类企业最需要的，是愿意陪伴其成长的“耐心资本”。",
            "培育耐心资本，需要在考核机制上做文章。对国有创投基金，应适当延长考核周期，建立容错机制，不以单个项目的盈亏论成败；对银行信贷，可探索“贷款＋外部直投”等模式，分享企业成长收益。",
            "同时，要畅通资本退出渠道，发展私募股权二级市场，让长期投资“投得进、管得好、退得出”。只有资本有了耐心，企业才能心无旁骛地深耕主业，在细分领域做到极致。",
        ])
    pg.furniture(["财经观察"], "column label 财经观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者单位：澜江财经学院金融学院）", "unit")
    pg.blank()
    pg.furniture(["本版编辑：贺兰溪　　校对：殷素"], "footer")
    return pg


PAGES = [v05, v06, v07, v08]
