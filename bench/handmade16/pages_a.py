"""Pages a01-a04 of handmade16 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def a01() -> Page:
    """证券报 公司新闻 page: lead whose headline is broken right after the stock code, ■本报记者 byline; 见习记者 +
    记者 byline; 公告速递 of three ◆ items headed 简称：claim."""
    pg = Page("a01.txt", cols=25, indent=FW * 2, blanks="arts", seed=1601,
              style="证券报 公司新闻 page, blank lines only between articles: lead whose headline is broken right after the stock code in brackets (泊源新材（688032） / 一季度净利润增长31.6%), ——副题, byline line ■本报记者 X; headline with an ASCII space between its two clauses over byline line 本报见习记者 X　本报记者 Y; label 公告速递 over three unsigned items, each headed ◆简称：claim; header with 版次 and 版名, footer with editor, proof-reader and 风险自担 line")
    pg.furniture(["澜江证券报", cn_date(2033, 4, 22) + "　A7　公司新闻"], "page header")
    pg.blank()
    a = Article(
        "a", "泊源新材（688032）一季度净利润增长31.6%", head=["泊源新材（688032）", "一季度净利润增长31.6%"],
        subtitle="——储能隔膜出货量创新高，海外订单占比升至四成", byline="■本报记者　季听澜", authors=["季听澜"],
        notes="Headline on two lines broken right after the stock code in brackets, joined (the code kept as printed). "
              "——副题 is the subtitle. Byline line ■本报记者 X: the ■ is a mark, the reporter is the author. The "
              "analyst and the company's 证券部 staff quoted are not authors.",
        paras=[
            "4月21日晚间，泊源新材（688032）披露2033年一季度报告。公司一季度实现营业收入18.74亿元，同比增长24.3%；实现归属于上市公司股东的净利润2.96亿元，同比增长31.6%；扣除非经常性损益后的净利润2.81亿元，同比增长29.8%。",
            "泊源新材主营锂电池湿法隔膜及涂覆隔膜的研发、生产和销售，产品主要用于动力电池和储能电池。公司在一季报中表示，业绩增长主要得益于储能电池客户需求旺盛，隔膜出货量同比增长近四成，同时涂覆隔膜等高附加值产品占比提升，带动综合毛利率较上年同期提高1.7个百分点。",
            "海外市场成为公司新的增长点。一季度，公司海外销售收入达到7.52亿元，占营业收入的比重由去年同期的28%提升至40.1%。公司位于东南亚的年产6亿平方米隔膜基地已于今年2月进入试生产阶段，预计三季度实现满产。",
            "记者注意到，一季度末公司应收账款余额为15.3亿元，较年初增加2.1亿元。对此，公司证券部相关人士在接受记者采访时表示，应收账款增加主要与海外客户结算周期较长有关，相关客户信用状况良好，公司已为海外业务投保出口信用保险。",
            "一位长期跟踪锂电产业链的分析师告诉记者，今年以来储能电池排产持续处于高位，隔膜行业龙头企业产能利用率维持在九成左右，“但新增产能仍在释放，二季度以后产品价格能否企稳，还需观察”。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "三家上市券商一季报出炉自营业务成业绩“胜负手”",
        head=["三家上市券商一季报出炉 自营业务成业绩“胜负手”"],
        byline="本报见习记者　庄雨眠　本报记者　简墨", authors=["庄雨眠", "简墨"],
        notes="Headline with an ASCII space between its two clauses (one printed line wider than the column); the "
              "title is written without the space. Byline line 本报见习记者 X　本报记者 Y: both are authors.",
        paras=[
            "截至4月21日，已有3家上市券商披露2033年一季度报告。从已披露的数据看，3家券商一季度合计实现营业收入112.6亿元，同比增长9.4%；合计实现净利润38.1亿元，同比增长14.2%，业绩表现出现分化。",
            "其中，澜信证券一季度实现净利润19.7亿元，同比增长22.5%，增幅居3家券商之首。从收入结构看，该公司自营业务收入同比增长41.3%，成为拉动业绩增长的主要因素；经纪业务收入同比下降3.6%，投行业务收入与上年同期基本持平。",
            "另一家中型券商则因权益类投资出现浮亏，一季度净利润同比下降11.8%。业内人士表示，在经纪、投行等传统业务增长承压的背景下，自营业务对券商业绩的影响越来越大，“投资收益的波动直接决定了不少券商季度业绩的好坏”。",
            "多家券商在一季报中提到，将继续压降方向性投资规模，加大做市、场外衍生品等客需型业务的投入，降低业绩对市场行情的依赖。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    pg.furniture(["公告速递"], "column label 公告速递")
    items = [
        Article("c1", "澄泓电气：拟回购不超过1.5亿元股份", paras=[
            "澄泓电气（002976）4月21日晚间公告，公司拟以集中竞价交易方式回购部分股份，回购资金总额不低于7500万元、不超过1.5亿元，回购价格不超过每股28元，回购股份将用于员工持股计划或股权激励。"]),
        Article("c2", "鹭汀药业：创新药获批开展临床试验", paras=[
            "鹭汀药业（300815）公告，公司自主研发的1类创新药LT-2217片近日获得药品监管部门核准签发的《药物临床试验批准通知书》，同意开展用于治疗晚期实体瘤的临床试验。公司提示，药品研发周期长、投入大，后续进展存在不确定性。"]),
        Article("c3", "梧川路桥：中标8.62亿元高速公路项目", paras=[
            "梧川路桥（601892）公告，公司近日收到中标通知书，确定为某高速公路改扩建工程第三标段的中标单位，中标金额8.62亿元，约占公司上一年度经审计营业收入的7.4%。"]),
    ]
    for art in items:
        art.section = "公告速递"
        art.notes = ("Item of the 公告速递 digest (section), headed by a line ◆简称：claim; the ◆ bullet is not part of "
                     "the title. Unsigned: no byline, no authors.")
        pg.line(art, "◆" + art.title, "title")
        pg.body(art)
        pg.blank()
    pg.furniture(["本版责任编辑：祁望川　　校对：蓝一舟",
                  "本版信息仅供参考，投资者据此操作，风险自担"], "footer with editor, proof-reader and disclaimer")
    return pg


# ---------------------------------------------------------------------------
def a02() -> Page:
    """省报 一版: letter-spaced meeting-report headline with a two-line subtitle, bare 本报讯 run-in (no reporter);
    新华社 wire; photo news; 本报讯（记者 X　通讯员 Y） item cut by （下转第二版）; weather box."""
    pg = Page("a02.txt", cols=17, indent=FW * 2, blanks="para", seed=1602,
              style="省报 一版 (party daily front page): masthead (name, 机关报 line, date with weekday, 今日8版 and number); meeting report with a headline letter-spaced with single ASCII spaces (省 委 常 委 会 召 开 会 议), a 副题 without dash wrapped over two lines ending with …主持, and a bare run-in 本报讯 with NO reporter; run-in 新华社北京3月2日电（记者 X　Y） wrapped inside a name; photo news (brief): headline, caption, right-aligned credit line 本报记者 X　摄; run-in 本报讯（记者 X　通讯员 Y） item whose two-line headline has quotation marks, text cut in mid-sentence before （下转第二版）; weather box and address line at the foot")
    pg.furniture(["澜江日报",
                  "中共澜江省委机关报",
                  cn_date(2033, 3, 3),
                  "今日8版　第27815号"], "masthead")
    pg.blank()
    a = Article(
        "a", "省委常委会召开会议",
        subtitle="传达学习全国两会精神　研究部署一季度经济运行等工作　岳承川主持",
        byline="本报讯", lead="本报讯　",
        notes="Meeting report. Headline printed letter-spaced with single ASCII spaces, written unspaced. The 副题 "
              "printed without dash on two lines under it (ending with the chair's name, 岳承川主持) is the subtitle. "
              "The bare run-in 本报讯 (no reporter named) is the byline and is excluded from first; no authors. The "
              "officials named in the text are not authors.",
        paras=[
            "3月2日，省委书记岳承川主持召开省委常委会会议，传达学习全国两会精神，研究部署一季度经济运行、安全生产等工作。",
            "会议指出，全省上下要把学习贯彻全国两会精神作为当前和今后一个时期的重要任务，结合澜江实际，把会议确定的目标任务转化为推动全省高质量发展的具体行动，确保各项部署落地见效。",
            "会议分析了1至2月全省经济运行情况。会议认为，开年以来全省经济运行总体平稳、稳中有进，规模以上工业增加值、固定资产投资、社会消费品零售总额等主要指标增速均高于全国平均水平。会议强调，一季度开局事关全年，要紧盯全年目标任务，加快推进重大项目建设，抓好稳外贸稳外资各项政策落实，着力扩大有效需求，确保实现“开门红”。",
            "会议要求，要深入开展安全生产隐患排查整治，突出抓好矿山、危险化学品、道路交通、建筑施工等重点行业领域安全监管，压紧压实各方责任，坚决防范遏制重特大事故发生。",
            "会议还研究了其他事项。",
        ])
    pg.headline(a, sep=" ")
    for ln in wrap(a.subtitle, 17):
        pg.line(a, ln, "subtitle")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "春耕化肥供应总体充足", head=["春耕化肥供应", "总体充足"],
        byline="新华社北京3月2日电（记者　单一鸣　邵晴川）", authors=["单一鸣", "邵晴川"],
        lead="新华社北京3月2日电（记者　单一鸣　邵晴川）",
        notes="Wire item: headline on two lines, joined; the run-in 新华社北京3月2日电（记者 X　Y） wraps over two lines "
              "(the break inside the name 单一 / 鸣) and is excluded from first; both reporters are authors.",
        paras=[
            "记者2日从农业农村部门获悉，截至2月底，全国春耕所需化肥已到位超过六成，主要品种供应总体充足、价格基本稳定。",
            "有关负责人介绍，今年以来，各地加强农资市场监管和供需调度，组织开展农资打假专项行动，严厉查处假冒伪劣农资，确保农民用上放心肥、放心种、放心药。下一步，将指导各地抓好春播作物种植和田间管理，为全年粮食丰收打好基础。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    p = Article(
        "p", "开足马力赶订单", kind="brief", byline="本报记者　柏映雪　摄", authors=["柏映雪"],
        notes="Photo news (brief): headline, caption, right-aligned credit line 本报记者 X　摄 after it (byline); the "
              "photographer is the author.",
        paras=[
            "3月2日，泊阳经济技术开发区一家电子元器件企业的工人在生产线上忙碌。开年以来，该企业订单饱满，生产线满负荷运转。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, FW * 5 + p.byline, "byline")
    pg.gap()
    d = Article(
        "d", "全省首批“零碳园区”建设名单公布", head=["全省首批“零碳园区”", "建设名单公布"],
        byline="本报讯（记者　葛晓岚　通讯员　祁远）", authors=["葛晓岚", "祁远"],
        lead="本报讯（记者　葛晓岚　通讯员　祁远）",
        notes="Headline on two lines (the first ending with a closing quotation mark), joined; run-in "
              "本报讯（记者 X　通讯员 Y） excluded from first. The text stops in mid-sentence (…率先实现) and goes on "
              "on page 2: the jump line （下转第二版） after it is not body; last is the end of what is printed here.",
        paras=[
            "3月2日，省发展改革委、省工业和信息化厅联合公布全省首批“零碳园区”建设名单，泊阳经济技术开发区、苍屿高新技术产业开发区等12个园区入选。",
            "根据建设方案，入选园区将围绕能源结构绿色化、产业结构低碳化、基础设施智能化等方面开展建设，到2035年，园区单位工业增加值能耗比2032年下降18%以上，可再生能源消费占比达到50%以上，具备条件的园区率先实现",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.furniture(["（下转第二版）"], "jump line （下转第二版） (not body)")
    pg.blank()
    pg.furniture(["今日天气",
                  "澜州　多云　6℃～15℃",
                  "泊阳　小雨　5℃～11℃",
                  "苍屿　阴转晴　8℃～17℃"], "weather box")
    pg.blank()
    pg.furniture(["本报地址：澜州市江滨路66号　邮编：330061　广告热线：0790-6625××××"], "footer with address")
    return pg


# ---------------------------------------------------------------------------
def a03() -> Page:
    """经济日报-like 产经 page: 引题 over a headline broken right after its colon, byline line X　Y　报道 (names
    only), plain crossheads, photo caption with X 摄; ——副题 article followed by a table; 产经观察 comment 文／X."""
    pg = Page("a03.txt", cols=37, indent="  ", blanks="some", seed=1603, p_para=0.3, p_gap=0.75,
              style="经济日报-like 产经 page: header on three lines (letter-spaced 版名 产　经, paper + date + page number, 责任编辑 and 美术编辑 line); lead with 引题 over a headline broken right after its colon (泊阳： / 从“造零件”到“造整车”), byline line of two bare names followed by 报道 (X　Y　报道), two plain crossheads, photo caption with the credit X　摄 run in after the body; article with ——副题 and 本报记者 X line followed by a table (title, header row, four rows, 数据来源); label 产经观察 over a comment with byline line 文／本报记者 X")
    pg.furniture(["产　经",
                  "澜江经济日报　" + cn_date(2033, 5, 16) + "　5",
                  "责任编辑　穆清河　美术编辑　祝晓萌"], "page header")
    pg.blank()
    a = Article(
        "a", "泊阳：从“造零件”到“造整车”", head=["泊阳：", "从“造零件”到“造整车”"],
        subtitle="新能源汽车产业链加速集聚", byline="方晚禾　鲁砚　报道", authors=["方晚禾", "鲁砚"],
        notes="Headline on two lines broken right after the colon (泊阳： / …), joined. The 引题 above it (no 副题) is "
              "the subtitle. Byline line of two bare names followed by 报道: both are authors. The two plain "
              "crossheads are body; the photo caption after the body (its credit 鲁砚 摄 is one of the writers) is "
              "not body. People quoted (彭远舟, 严知秋) are not authors.",
        paras=[
            "五月的泊阳经济技术开发区，一辆辆刚下线的新能源轻型商用车整齐停放在澜驰汽车总装车间外，等待发往全国各地和东南亚市场。“今年前4个月，我们已经下线整车1.86万辆，同比增长62%。”澜驰汽车泊阳基地总经理彭远舟说。",
            "几年前，泊阳的汽车产业还以生产座椅、线束、冲压件等零部件为主，整车企业一家都没有。如今，这里已集聚整车企业3家、核心零部件企业86家，2032年新能源汽车产业链产值突破620亿元。",
            Cross("链主企业引来“朋友圈”"),
            "“整车项目落地后，配套企业跟着就来了。”泊阳经开区管委会主任严知秋介绍，围绕澜驰汽车等链主企业，开发区梳理出电池、电机、电控、热管理等12条细分产业链的缺失环节，绘制招商图谱，实行“一链一专班”精准招商。两年来，共引进配套项目41个，协议投资额超过300亿元。",
            "在距澜驰汽车总装车间不到3公里的地方，一家电驱动系统企业去年建成投产。企业负责人告诉记者，选择泊阳主要看中了就近配套的优势，“产品下线当天就能送到主机厂，物流成本降低了近一半”。",
            Cross("配套半径缩短到50公里"),
            "产业集聚带来了效率提升。据测算，泊阳新能源汽车整车企业的本地配套率已从2030年的不足20%提高到目前的53%，主要零部件的平均配套半径缩短到50公里以内。",
            "泊阳市还设立了总规模50亿元的新能源汽车产业基金，建设动力电池检测、汽车软件测试等公共服务平台，帮助中小配套企业降低研发成本。泊阳市有关负责人表示，下一步将聚焦智能网联、换电模式等新方向，推动产业链向价值链高端攀升，力争到2035年新能源汽车产业链产值突破1000亿元。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(wrap("图为澜驰汽车泊阳基地总装车间内，工人正在进行整车装配。　鲁砚　摄", 37),
                 "photo caption with credit (not body)")
    pg.gap()
    b = Article(
        "b", "一季度全省工业投资同比增长12.4%", subtitle="——技术改造投资占比提高至四成以上",
        byline="本报记者　覃雨川", authors=["覃雨川"],
        notes="——副题 is the subtitle; byline line 本报记者 X. The table printed after the body (title, header row, "
              "rows, 数据来源) is not body.",
        paras=[
            "记者从澜江省统计局获悉，一季度，全省工业投资同比增长12.4%，增速比全部投资高5.6个百分点，对全部投资增长的贡献率达到58.3%。其中，制造业投资增长13.8%，高技术制造业投资增长21.7%。",
            "技术改造成为拉动工业投资的重要力量。一季度，全省工业技术改造投资同比增长18.2%，占工业投资的比重达到41.5%，比上年同期提高2.2个百分点。从行业看，电子信息、装备制造、石化化工等行业技改投资增长较快，企业“智改数转”需求持续释放。",
            "省统计局有关负责人分析，设备更新政策效应持续显现，叠加技改贴息、专项贷款等支持措施落地，企业投资意愿有所增强。但也要看到，部分传统行业盈利承压，民间工业投资增速仍低于整体水平，需要进一步稳定市场预期、激发民间投资活力。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["一季度全省工业投资主要指标",
                  "指标　　　　　　　　增速（%）　占比（%）",
                  "工业投资　　　　　　12.4　　　100.0",
                  "　制造业投资　　　　13.8　　　78.6",
                  "　技术改造投资　　　18.2　　　41.5",
                  "　高技术制造业投资　21.7　　　23.9",
                  "数据来源：澜江省统计局"], "table after the article (not body)")
    pg.gap()
    c = Article(
        "c", "“以旧换新”要在“新”字上多下功夫", section="产经观察", kind="commentary",
        byline="文／本报记者　晏知白", authors=["晏知白"],
        notes="Comment under the label 产经观察 (section); byline line 文／本报记者 X; commentary.",
        paras=[
            "今年以来，新一轮消费品以旧换新政策在各地落地，家电、汽车、家装等领域销售明显回暖。数据显示，一季度全省限额以上单位家用电器零售额同比增长23.6%，新能源汽车零售量增长41%。政策效果初步显现，值得肯定。",
            "也要看到，以旧换新不能简单理解为“以补促销”。一些地方补贴资金集中在少数品类，部分商家“先涨价后补贴”，消费者获得感打了折扣；旧家电回收渠道不畅、回收价格不透明，也让不少居民对“换新”心存顾虑。",
            "以旧换新，关键在“新”。一方面，要引导企业在产品创新上多下功夫，以更节能、更智能、更适老的产品满足消费者的升级需求，避免补贴变成清库存的手段；另一方面，要把回收体系建设摆在更加突出的位置，打通“收、运、拆、用”各环节，让“旧”有去处、“新”有动力。只有这样，政策才能真正从短期刺激转化为消费升级的长效动力。",
        ])
    pg.furniture(["产经观察"], "column label 产经观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    return pg


# ---------------------------------------------------------------------------
def a04() -> Page:
    """省报 理论 page extracted with a blank line after every line: essay with an author line 单位　NAME and
    一、二、三、 crossheads; 观点摘编 of two excerpts, each followed by a （摘自…，作者：X） line."""
    pg = Page("a04.txt", cols=43, indent=FW, blanks="every", seed=1604,
              style="省报 理论 page extracted with a blank line after every line, indented with ONE U+3000: essay (about 870 chars) with an author line giving the institution FIRST and then the name (澜江省社会科学院经济研究所　X), crossheads 一、二、三、; label 观点摘编 over two excerpts, each a headline, one paragraph and a source line after it naming journal, issue and author （摘自《…》2033年第5期，作者：X）; header on three lines, footer of three lines 责任编辑 / 美　　编 / 校　　对")
    pg.furniture(["澜江日报", cn_date(2033, 6, 12), "第11版　理论"], "page header")
    a = Article(
        "a", "以新质生产力引领县域经济高质量发展", kind="commentary",
        byline="澜江省社会科学院经济研究所　骆清源", authors=["骆清源"],
        notes="Theory essay (commentary, as the 理论 essays of earlier sets). The author line gives the institution "
              "first and then the name: the whole line is the byline, the name the author. Crossheads 一、二、三、 "
              "are body.",
        paras=[
            "县域是国民经济的基本单元，是推动城乡融合发展、促进共同富裕的重要载体。澜江省县域面积占全省的九成以上，常住人口占全省的六成左右。推动县域经济高质量发展，既是全省经济增长的重要支撑，也是缩小城乡区域差距的关键所在。在新的发展阶段，县域经济要实现从“量的扩张”向“质的提升”转变，必须因地制宜发展新质生产力，以科技创新引领产业创新。",
            Cross("一、深刻把握县域经济发展面临的新形势"),
            "从外部环境看，新一轮科技革命和产业变革深入发展，数字技术、绿色技术加速向传统产业渗透，产业分工和区域布局正在重塑，县域承接产业转移的逻辑发生深刻变化：过去主要比拼土地、劳动力等要素成本，现在越来越看重产业配套、创新生态和营商环境。",
            "从内部条件看，县域经济发展不平衡问题依然突出。一些县域产业层次偏低，主导产业不强、链条不长，科技创新能力薄弱，高层次人才引不来、留不住。破解这些难题，不能走“铺摊子、上项目”的老路，而要在提升全要素生产率上下功夫。",
            Cross("二、因地制宜培育县域特色优势产业"),
            "发展新质生产力不是忽视、放弃传统产业。对大多数县域而言，传统产业仍是经济的“基本盘”。要运用新技术改造提升纺织、食品、建材等传统产业，推动生产设备数字化改造和生产过程智能化管理，让传统产业焕发新活力。",
            "同时，要立足资源禀赋和产业基础，找准新兴产业的切入点。有条件的县域可以主动融入中心城市的产业链、创新链，承接配套环节；农业大县可以发展农产品精深加工和农业科技服务；生态资源丰富的县域可以探索生态产品价值实现机制。切忌一哄而上、盲目跟风，搞同质化竞争。",
            Cross("三、构建开放协同的县域创新生态"),
            "县域创新资源相对匮乏，更需要借力借智。要健全“研发在城市、转化在县域”的协同机制，支持县域企业与高校、科研院所共建研发中心、中试基地，推广“科技特派员”“飞地研发”等做法。要完善科技金融服务，发挥政府投资基金的引导作用，破解科技型中小企业融资难题。",
            "人才是创新的第一资源。县域要在用好本土人才的同时，以柔性引才方式吸引城市人才“周末来县、假期下乡”，并在子女教育、医疗、住房等方面做好服务保障，让各类人才愿意来、留得住、干得好。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["观点摘编"], "column label 观点摘编")
    excerpts = [
        (Article("b1", "数字普惠金融助力小农户对接大市场", paras=[
            "数字技术降低了金融机构获取农户信息的成本，使原本缺乏抵押物和信用记录的小农户能够获得信贷支持。研究发现，县域数字普惠金融发展水平每提高1个单位，农户经营性收入平均提高约3.2%，且对低收入农户的促进作用更为明显。下一步应加快涉农信用信息共享平台建设，防止数据壁垒造成新的“数字鸿沟”。"]),
         "（摘自《澜江社会科学》2033年第5期，作者：甘慕云）", "甘慕云"),
        (Article("b2", "以制度型开放提升营商环境国际化水平", paras=[
            "与商品和要素流动型开放相比，制度型开放更加注重规则、规制、管理、标准等方面与国际通行做法相衔接。地方推进制度型开放，应在知识产权保护、政府采购、数据跨境流动等领域先行先试，及时总结可复制可推广的经验，以高水平开放倒逼深层次改革。"]),
         "（摘自《澜江经济评论》2033年第3期，作者：龙景行）", "龙景行"),
    ]
    for art, source, name in excerpts:
        art.section = "观点摘编"
        art.kind = "commentary"
        art.byline = source
        art.authors = [name]
        art.notes = ("**new:** excerpt under the label 观点摘编 (section): headline and one paragraph, then a line "
                     "（摘自《journal》issue，作者：X） after it. That line is the byline (not body); the excerpt's "
                     "writer named in it is the author. Commentary (a scholar's view, as the theory essays).")
        pg.headline(art)
        pg.body(art)
        pg.line(art, source, "byline")
    pg.furniture(["责任编辑：单思远", "美　　编：柴一禾", "校　　对：翁晓晴"], "footer: editor, designer, proof-reader")
    return pg


PAGES = [a01, a02, a03, a04]
