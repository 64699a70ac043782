"""Pages ke01-ke04 of handmade35 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def ke01() -> Page:
    """Overseas edition, FRONT page: masthead; lead with 引题 and run-in 本报北京12月9日电（记者 X）, cut off by the run-in
    jump line （下转第2版）; 观海台 column with byline line □　X; run-in 本报澜屿12月9日电（记者 X、Y） item; photo news
    with the credit run in at the end; 今日要目 box; footer."""
    pg = Page("ke01.txt", cols=22, indent=FW * 2, blanks="para", seed=3501,
              style="overseas edition FRONT page: masthead on five lines (paper, 海外版, English name, date with weekday, CN number + issue + 今日8版); lead with 引题 over a one-line headline, run-in 本报北京12月9日电（记者 X） (电, not 讯) and the jump line （下转第2版） run in at the end of an unfinished sentence; label 观海台 over a commentary whose byline line is □　X; run-in 本报澜屿12月9日电（记者 X、Y） item; photo news (brief) with the credit （本报记者　X摄） run in at the end of the caption; 今日要目 box of three ◇ titles with page numbers; footer with two editors and designer")
    pg.furniture(["澜华日报",
                  "海　外　版",
                  "LANHUA DAILY · OVERSEAS EDITION",
                  cn_date(2035, 12, 10),
                  "国内统一连续出版物号　CN 11-0188　第12043期　今日8版"], "masthead")
    pg.blank()
    a = Article(
        "a", "前11个月我国外贸进出口稳中提质",
        subtitle="民营企业进出口占比过半　跨境电商出口增长15.2%",
        byline="本报北京12月9日电（记者　岳临风）", authors=["岳临风"],
        lead="本报北京12月9日电（记者　岳临风）", tail="（下转第2版）",
        notes="Lead. The 引题 above the headline (no 副题) is the subtitle. Run-in 本报北京12月9日电（记者 X） (an own "
              "dateline with 电, as overseas editions print it) is the byline, excluded from first. **new:** the "
              "text breaks off mid-sentence with the jump line （下转第2版） run in at its end: the jump line is "
              "excluded from last like a run-in credit (the rest of the article is on ke02). The official quoted is "
              "not an author.",
        paras=[
            "海关部门9日发布的数据显示，今年前11个月，我国货物贸易进出口总值40.86万亿元，同比增长4.7%。其中，出口23.52万亿元，增长6.1%；进口17.34万亿元，增长2.9%。11月当月，进出口3.91万亿元，同比增长5.8%，已连续8个月保持正增长。",
            "从贸易方式看，一般贸易进出口26.19万亿元，增长5.3%，占外贸总值的64.1%，比去年同期提升0.4个百分点。以跨境电商为代表的新业态继续较快发展，前11个月跨境电商进出口2.71万亿元，增长13.6%，其中出口2.05万亿元，增长15.2%。",
            "从经营主体看，有进出口实绩的外贸企业达到68.3万家。民营企业进出口22.47万亿元，增长7.9%，占外贸总值的55%；外商投资企业进出口11.63万亿元，增长1.8%，扭转了连续两年下降的态势。",
            "海关部门有关负责人表示，今年以来，我国外贸顶住压力实现稳中提质，展现出较强韧性。但也要看到，当前外部需求",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "“买全球”“卖全球”的底气从何而来", section="观海台", kind="commentary",
        byline="□　苏望川", authors=["苏望川"],
        notes="Front-page column under the label 观海台 (section). **new:** byline line □　X under the headline (the □ "
              "is a mark, kept in the byline as printed); the writer is the author. Commentary.",
        paras=[
            "前11个月的外贸数据，再一次让外界看到了中国经济的韧性。在全球贸易增长乏力、不少经济体进出口下滑的背景下，我国外贸规模稳中有升，结构持续优化，殊为不易。",
            "底气首先来自完整的产业体系。从一颗螺丝钉到一艘远洋货轮，从一块光伏组件到一整条智能生产线，中国制造能够在较短时间内响应全球客户的多样化需求。这种综合配套能力，不是靠低成本就能复制的。",
            "底气也来自超大规模市场。今年以来，消费品、优质农产品和关键零部件进口需求稳步释放，各类进口博览会、消费品博览会成为海外企业进入中国市场的重要窗口。“卖全球”的同时“买全球”，中国市场正日益成为世界的市场、共享的市场。",
            "底气更来自坚定不移的开放。从缩减外资准入负面清单，到建设自由贸易试验区和自由贸易港，再到不断扩大面向全球的高标准自由贸易区网络，中国开放的大门只会越开越大。一个更加开放的中国，意味着更多的合作机遇和更稳定的增长预期。",
        ])
    pg.furniture(["观海台"], "column label 观海台")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "第六届澜屿国际消费品博览会开幕",
        byline="本报澜屿12月9日电（记者　蒲星河、阮知夏）", authors=["蒲星河", "阮知夏"],
        lead="本报澜屿12月9日电（记者　蒲星河、阮知夏）",
        notes="Run-in 本报澜屿12月9日电（记者 X、Y） (names parted by 、) excluded from first; both reporters are authors.",
        paras=[
            "第六届澜屿国际消费品博览会9日在澜屿自由贸易港开幕。本届博览会展览总面积13万平方米，设国际展区和国内展区，吸引来自68个国家和地区的2900余个品牌参展，其中首次参展的境外品牌超过600个。",
            "博览会期间将举办全球新品首发活动150余场，涉及美妆、珠宝、食品、智能家居等领域。主宾国塔维里亚组织了80余家企业参展，带来橄榄油、葡萄酒、手工皮具等特色产品。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    p = Article(
        "p", "霁港至圣卢卡港集装箱航线开通", kind="brief",
        byline="（本报记者　纪晓帆摄）", authors=["纪晓帆"], tail="（本报记者　纪晓帆摄）",
        notes="Photo news (brief): headline and caption; **new:** the photo credit （本报记者　X摄） run in at the end of "
              "the caption is the byline, excluded from last; the photographer is the author.",
        paras=[
            "12月8日，一艘满载汽车零部件、家用电器的集装箱货轮从霁港国际集装箱码头启航，驶往莫兰蒂斯圣卢卡港。这是霁港开通的第87条国际集装箱航线，单程航行时间约22天。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.blank()
    pg.furniture(["今日要目",
                  "◇前10个月服务进出口增长9.2%（2版）",
                  "◇单边保护主义终究走不通（6版）",
                  "◇我眼中的中国开放新机遇（8版）"], "今日要目 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["本版责编：骆青禾　范一舟　　版式设计：苗可"], "footer with editors and designer")
    return pg


# ---------------------------------------------------------------------------
def ke02() -> Page:
    """Overseas edition page 2, ONE U+3000 indent, NO blank line: the lead of ke01 continued (its headline repeated,
    （上接第1版） run in at the start of an unfinished sentence); two-line headline with byline line 本报记者 X and
    some justified (letter-spaced) lines; wire item opening 据四方社北京12月9日电 (no reporter); run-in 本报电（记者 X）."""
    pg = Page("ke02.txt", cols=30, indent=FW, blanks="never", seed=3502,
              style="overseas edition 要闻 page 2 indented with ONE U+3000 and NO blank line anywhere: header on three lines (2　要闻; paper + date with weekday; 责编 and e-mail); continuation of the ke01 lead: its headline repeated, then the text opening with the run-in （上接第1版） in the middle of a sentence, no byline; article with a headline on two lines and byline line 本报记者 X, three of its lines justified (letter-spaced with single spaces); wire item opening with the bare run-in 据四方社北京12月9日电 (no reporter); item with the run-in 本报电（记者 X） (no place, no date); subscription line at the foot")
    pg.furniture(["2　要闻",
                  "澜华日报海外版　" + cn_date(2035, 12, 10),
                  "责编：裘一帆　　邮箱：yaowen@lanhua-hwb.cn"], "page header")
    a = Article(
        "a", "前11个月我国外贸进出口稳中提质",
        lead="（上接第1版）",
        notes="**new:** continuation of the ke01 lead on another page: the headline is printed again above it (the "
              "title), the text opens with the run-in jump line （上接第1版） in the middle of a sentence (excluded from "
              "first, like a run-in dateline). No byline is printed here: no authors. Expert quoted is not an author.",
        paras=[
            "复苏动力不足，贸易保护主义措施增多，部分行业订单恢复仍不均衡，外贸企业在开拓市场、稳定订单等方面仍面临不少困难。",
            "这位负责人介绍，下一步，海关部门将持续深化通关便利化改革，扩大“提前申报”“两段准入”等措施适用范围，支持跨境电商、海外仓、市场采购贸易等新业态发展，推动加工贸易梯度转移，助力外贸企业稳订单、拓市场。",
            "业内专家认为，随着各项稳外贸政策效应持续释放，叠加年末传统消费旺季带动，12月外贸有望延续平稳增长态势，全年外贸规模有望再创历史新高。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "前10个月服务进出口增长9.2%知识密集型服务占比升至45.3%",
        head=["前10个月服务进出口增长9.2%", "知识密集型服务占比升至45.3%"],
        byline="本报记者　季闻溪", authors=["季闻溪"],
        notes="Headline on two lines (two facts), joined. Byline line 本报记者 X. Three body lines are justified "
              "(letter-spaced with single spaces) as PDF extraction leaves them; they are body.",
        paras=[
            "商务部门日前发布数据，今年前10个月，我国服务进出口总额6.58万亿元，同比增长9.2%。其中，服务出口2.91万亿元，增长13.4%；服务进口3.67万亿元，增长6.1%。服务贸易逆差6580亿元，同比减少1386亿元。",
            "知识密集型服务贸易表现突出。前10个月，知识密集型服务进出口2.98万亿元，增长10.7%，占服务进出口总额的比重达到45.3%。其中，知识密集型服务出口1.69万亿元，增长12.9%，电信、计算机和信息服务，个人、文化和娱乐服务出口增长较快。",
            "旅行服务继续回暖。随着入境免签政策持续优化、离境退税“即买即退”在更多城市推开，入境旅游人数明显增加。前10个月，旅行服务进出口1.72万亿元，增长15.8%，其中出口增长41.3%。",
            "受访专家表示，服务贸易是对外贸易的重要组成部分，也是扩大高水平开放的重要领域。下一步应加快推进服务业扩大开放综合试点，有序放宽电信、医疗、教育等领域外资准入限制，推动数字服务出口基地建设，培育服务贸易新的增长点。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, justify(pg.render_body(b), [1, 6, 11]))
    c = Article(
        "c", "多部门联合部署跨境贸易便利化专项行动",
        byline="据四方社北京12月9日电", lead="据四方社北京12月9日电　",
        notes="**new:** wire item reprinted by the paper, opening with the bare run-in 据四方社北京12月9日电 followed by a "
              "space (a dateline, not a clause of the sentence as 据《…》…报道， of handmade22 g04): the byline, "
              "excluded from first; no reporter is named, no authors.",
        paras=[
            "海关、商务、交通运输等部门9日联合部署开展2036年跨境贸易便利化专项行动，在北京、澜屿、霁港等20个城市推出5个方面23条措施，进一步优化口岸营商环境。",
            "此次专项行动聚焦企业反映集中的问题，将推广“船边直提”“抵港直装”等作业模式，推进口岸收费目录清单公开，压缩进出口环节合规成本；同时深化国际贸易“单一窗口”建设，新增跨境结算、出口信保等20项服务功能。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "澜屿数字贸易示范区首批项目签约",
        byline="本报电（记者　冉秋白）", authors=["冉秋白"], lead="本报电（记者　冉秋白）",
        notes="**new:** run-in 本报电（记者 X） (no place, no date) excluded from first; the reporter is the author.",
        paras=[
            "澜屿数字贸易示范区日前举行首批项目集中签约仪式，跨境数据服务、数字内容出海、国际软件外包等领域的31个项目落户，协议总投资86亿元。",
            "据介绍，示范区将探索建立数据跨境流动“白名单”制度，为企业提供数据出境安全评估、个人信息保护认证等一站式服务，力争到2038年集聚数字贸易企业500家以上。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["欢迎订阅澜华日报海外版　全年定价360元　邮发代号：1-68"], "subscription line")
    return pg


# ---------------------------------------------------------------------------
def ke03() -> Page:
    """国际商报-like FRONT page, two ASCII spaces: masthead; lead with ——副题 and byline line 本报记者 X　实习记者 Y,
    the jump line （下转第3版） on a line of its own; label 商务简讯 over a list of ● one-sentence items with no
    headline, ending （本报综合）; run-in 本报讯（记者 X） item; trade-fair ADVERTISEMENT; footer."""
    pg = Page("ke03.txt", cols=40, indent="  ", blanks="some", seed=3503, p_para=0.4, p_gap=0.8,
              style="国际商报-like FRONT page indented with two ASCII spaces, blank lines sometimes: masthead on four lines (paper, English name, date with weekday + 今日12版, CN number + issue); lead with ——副题 (two clauses parted by U+3000) and byline line 本报记者 X　实习记者 Y, breaking off mid-sentence over the jump line （下转第3版） on a line of its own; label 商务简讯 over a list of five ●-led one-sentence items (no headlines, no indent), the last ending with the run-in （本报综合）; run-in 本报讯（记者 X） item; trade-fair ADVERTISEMENT (广告, fair name, dates, venue, hotline, organiser); footer with duty editor, editor and designer")
    pg.furniture(["瀚海国际商报",
                  "HANHAI INTERNATIONAL BUSINESS DAILY",
                  cn_date(2035, 12, 11) + "　今日12版",
                  "国内统一连续出版物号　CN 11-0391　总第9821期"], "masthead")
    pg.blank()
    a = Article(
        "a", "外商投资准入负面清单再“瘦身”",
        subtitle="——限制措施由29条减至24条　制造业领域全面放开",
        byline="本报记者　庄以宁　实习记者　吕思澄", authors=["庄以宁", "吕思澄"],
        notes="Lead: ——副题 is the subtitle; byline line 本报记者 X　实习记者 Y: both are authors (as 实习生 in "
              "handmade22). **new:** the text breaks off mid-sentence and the jump line （下转第3版） follows on a "
              "line of its own: not body. Officials and the researcher quoted (莫青川) are not authors.",
        paras=[
            "记者从商务部门获悉，2035年版外商投资准入特别管理措施（负面清单）日前正式发布，将于明年1月1日起施行。新版全国负面清单限制措施由29条减至24条，自由贸易试验区负面清单由27条减至20条，压减幅度分别为17.2%和25.9%。",
            "“此次修订的最大亮点，是制造业领域外资准入限制措施实现‘清零’。”商务部门有关负责人介绍，新版清单删除了汽车整车制造、卫星电视广播地面接收设施及关键件生产等领域的外资股比和准入限制，同时在服务业领域进一步放宽增值电信、医疗机构等外资准入。",
            "瀚海国际经济研究院副院长莫青川认为，负面清单持续缩减，释放出扩大高水平开放的明确信号。今年前10个月，全国新设立外商投资企业5.12万家，同比增长8.6%，高技术产业实际使用外资占比提高到33.7%，外资企业对中国市场的信心总体稳定。",
            "不过，也有外资企业反映，部分领域仍存在“准入不准营”的问题，一些行业的资质许可、标准认定等环节还有隐性门槛。对此，商务部门表示，将会同有关部门",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转第3版）"], "jump line on a line of its own (not body)")
    pg.blank()
    b = Article(
        "b", None, section="商务简讯",
        byline="（本报综合）", tail="（本报综合）",
        notes="**new:** a list of five ●-led one-sentence items under the label 商务简讯, none with a headline: "
              "annotated as ONE untitled article (title null) with the label as section; the run-in （本报综合） at "
              "the end of the last item is the byline, excluded from last; no person: no authors. The body runs from "
              "the first ● item to the last; first starts with the ● as printed.",
        paras=[
            "●商务部门数据显示，前10个月全国网络零售额14.27万亿元，同比增长8.1%，其中实物商品网上零售额增长6.9%。",
            "●第二十四届霁港国际机械装备博览会12月10日闭幕，现场签约及意向成交金额达127亿元。",
            "●澜屿自由贸易港跨境服务贸易负面清单实施一周年，新增跨境服务贸易企业1860家。",
            "●首趟金汀至纳维卡冷链专列日前开行，运载冷冻水产品和热带水果约800吨。",
            "●全国已有46个城市开展离境退税“即买即退”服务，覆盖商店超过1.2万家。",
        ])
    pg.furniture(["商务简讯"], "column label 商务简讯")
    pg.gap()
    pg.body(b, indent="")
    pg.gap()
    c = Article(
        "c", "我国企业海外仓数量突破2700个",
        byline="本报讯（记者　喻清漪）", authors=["喻清漪"], lead="本报讯（记者　喻清漪）",
        notes="Run-in 本报讯（记者 X） excluded from first. The entrepreneur quoted is not an author.",
        paras=[
            "记者从有关行业协会获悉，截至11月底，我国企业在海外建设运营的海外仓已超过2700个，总面积超过3600万平方米，其中专注于跨境电商的海外仓超过1900个，面积约2500万平方米。",
            "海外仓的快速发展，有效缩短了跨境电商的物流时效。“以前从国内直邮到塔维里亚要12天左右，现在消费者下单后从当地海外仓发货，最快第二天就能送达。”霁港一家跨境电商企业负责人说。不少海外仓企业还拓展了退换货、售后维修、清关代理等增值服务，逐步从“仓储节点”转型为“综合服务平台”。",
            "业内人士建议，海外仓企业应加强数字化建设，提升与当地物流、金融服务的协同能力，同时注意防范所在国政策变化带来的合规风险。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["广告",
                  "2036第十八届澜屿国际食品博览会",
                  "展期：2036年4月16日—19日　　展馆：澜屿国际会展中心",
                  "展位火热预订中　国际展区面积3万平方米",
                  "招展热线：400-870-××××",
                  "主办单位：澜屿国际会展集团有限公司"], "trade-fair advertisement (not an article)")
    pg.blank()
    pg.furniture(["值班编委：滕一帆　　责任编辑：房秋言　　美编：华小蒙"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ke04() -> Page:
    """国际商报-like 环球市场 page, NO indent: correspondent's story opening 本报伊瑟堡12月10日电　记者X报道：; label
    环球财经 over three ■-led items (credits （据四方社电）, （据《…》）, none); commodity-price and exchange-rate
    tables; label 国际观察 over a commentary with byline line NAME and the line （作者系…） after it."""
    pg = Page("ke04.txt", cols=34, indent="", blanks="para", seed=3504,
              style="国际商报-like 环球市场 page, NO indent, blank lines between paragraphs and blocks: header on three lines (date with weekday + paper; 版名 + page number; editor and designer); correspondent's story opening with the run-in 本报伊瑟堡12月10日电　记者X报道： (name run into 记者, colon), translated names with ·; label 环球财经 over three items whose headlines open with ■, the first ending with the run-in （据四方社电）, the second with （据《纳维卡商报》）, the third with none; commodity-price table (title, header row, four rows, 数据来源) and exchange-rate table (title, five rows); label 国际观察 over a commentary with byline line NAME under the headline and the line （作者系…研究员） after the body; footer with e-mail")
    pg.furniture([cn_date(2035, 12, 11) + "　　瀚海国际商报",
                  "环球市场　7",
                  "责任编辑：车望川　　美编：冯小苒"], "page header")
    pg.blank()
    a = Article(
        "a", "北森兰央行连续第三次按兵不动",
        byline="本报伊瑟堡12月10日电　记者祁远帆报道", authors=["祁远帆"],
        lead="本报伊瑟堡12月10日电　记者祁远帆报道：",
        notes="**new:** correspondent's story opening with the run-in 本报伊瑟堡12月10日电　记者X报道： (the name run "
              "into 记者, a colon before the text): the byline (written without the colon), excluded from first; the "
              "correspondent is the author. The central-bank governor quoted (英格丽德·哈尔沃森) is not.",
        paras=[
            "北森兰中央银行10日宣布，维持基准利率4.25%不变。这是该行连续第三次在议息会议上暂停调整利率，符合市场普遍预期。",
            "北森兰中央银行行长英格丽德·哈尔沃森在随后举行的记者会上表示，11月北森兰消费价格指数同比上涨2.8%，核心通胀率仍高于3%，服务业价格上涨压力较大，“现在讨论降息还为时过早”。她同时指出，受出口疲软拖累，北森兰第三季度经济环比仅增长0.1%，央行将密切关注经济下行风险。",
            "北森兰是我国在北部欧洲的重要贸易伙伴。今年前10个月，中国与北森兰双边贸易额达到186亿美元，同比增长7.3%，其中我国对北森兰出口的电动汽车、光伏产品增长较快。当地分析人士认为，北森兰央行维持较高利率，或将继续抑制当地企业投资和居民耐用品消费需求。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["环球财经"], "column label 环球财经")
    pg.gap()
    items = [
        Article("d1", "塔维里亚三季度经济增长2.4%", byline="（据四方社电）", tail="（据四方社电）",
                notes="■-led item under the label 环球财经 (section). **new:** the ■ before the headline is a mark, not "
                      "part of the title. The run-in source credit （据四方社电） is the byline, excluded from last; no "
                      "person: no authors.",
                paras=["塔维里亚国家统计局9日公布的数据显示，该国第三季度国内生产总值同比增长2.4%，增速较第二季度加快0.6个百分点。旅游业和农产品出口是拉动经济增长的主要因素，当季入境游客人数同比增长18.1%。"]),
        Article("d2", "科尔瓦启动首个海上风电项目招标", byline="（据《纳维卡商报》）", tail="（据《纳维卡商报》）",
                notes="■-led item under the label 环球财经 (section), title without the ■. The run-in source credit "
                      "（据《纳维卡商报》） (a foreign paper) is the byline, excluded from last; no authors.",
                paras=["科尔瓦能源部日前宣布，启动该国首个海上风电项目国际招标，项目规划装机容量120万千瓦，预计总投资约35亿美元。科尔瓦政府计划到2040年将可再生能源发电占比提高到60%。"]),
        Article("d3", "东岸经济共同体下调明年增长预期",
                notes="■-led item under the label 环球财经 (section), title without the ■; no credit, no byline.",
                paras=["东岸经济共同体秘书处日前发布经济展望报告，将成员国明年整体经济增长预期由3.6%下调至3.2%，主要原因是全球需求放缓和部分成员国财政整顿。报告同时指出，区域内贸易和数字经济仍将保持较快增长。"]),
    ]
    for art in items:
        art.section = "环球财经"
        pg.headline(art, lines=["■" + art.title])
        pg.body(art)
        pg.gap()
    pg.furniture(["国际大宗商品价格（12月10日收盘）",
                  "品种　　　　　　单位　　　　　收盘价　　涨跌幅",
                  "原油（近月）　　美元／桶　　　71.36　　 -0.82%",
                  "黄金（现货）　　美元／盎司　　2684.5　　+0.37%",
                  "铜（三个月期）　美元／吨　　　9412　　　+1.05%",
                  "大豆（近月）　　美分／蒲式耳　1038.25　 -0.46%",
                  "数据来源：本报国际市场数据中心"], "commodity-price table (not an article)")
    pg.blank()
    pg.furniture(["人民币汇率中间价（12月10日）",
                  "1美元　　　7.0215元",
                  "1欧元　　　7.5834元",
                  "100日元　　4.7916元",
                  "1港元　　　0.90118元",
                  "1英镑　　　8.8627元"], "exchange-rate table (not an article)")
    pg.blank()
    c = Article(
        "c", "全球供应链重构中的“变”与“不变”", section="国际观察", kind="commentary",
        byline="郗望舒", authors=["郗望舒"],
        notes="Commentary under the label 国际观察 (section): byline line with the writer's name alone under the "
              "headline (the author). **new:** the line （作者系瀚海国际经济研究院研究员） printed after the body is not "
              "body.",
        paras=[
            "近年来，受地缘政治冲突、贸易保护主义抬头等因素影响，全球供应链正在经历深刻调整。“近岸外包”“友岸外包”等说法频繁见诸报端，一些跨国企业也在重新评估其全球生产布局。",
            "供应链之“变”显而易见。一方面，部分产业链呈现区域化、本土化趋势，跨国企业为降低风险，倾向于在主要市场附近建立备份产能；另一方面，数字技术和绿色转型正在重塑供应链的组织方式，供应链的透明度、可追溯性和低碳水平日益成为企业竞争的关键因素。",
            "但供应链之“不变”同样值得重视。全球分工合作的基本逻辑没有改变，任何一个国家都难以在所有环节实现自给自足。强行“脱钩断链”只会推高生产成本，最终由全球消费者买单。事实表明，开放合作依然是保障供应链稳定的最优解。",
            "对我国企业而言，既要看到调整带来的挑战，也要抓住其中的机遇：在巩固传统市场的同时积极拓展新兴市场，通过海外投资建厂融入当地产业链，并以更高水平的技术和标准提升在全球供应链中的地位。",
        ])
    pg.furniture(["国际观察"], "column label 国际观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者系瀚海国际经济研究院研究员）", "credit")
    pg.blank()
    pg.furniture(["本版邮箱：huanqiu@hhgjsb.cn"], "footer")
    return pg


PAGES = [ke01, ke02, ke03, ke04]
