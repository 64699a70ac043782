"""Pages lh09-lh12 of handmade64 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap

KICK = "Kicker (引题) {k} is not part of the title; the contract has no kicker field, so it is recorded here only."


def kick(text: str) -> str:
    return KICK.format(k="「" + text + "」")


# ---------------------------------------------------------------------------
def lh09() -> Page:
    """农经周报 page, blank lines only between articles: long-clause kicker over two lines; an article whose
    headline and byline come AFTER its body; series-label kicker with an organisation's credit at the end; item with
    no byline; price table."""
    pg = Page("lh09.txt", cols=26, indent=FW * 2, blanks="arts", seed=6409,
              style="agricultural-economy weekly 农村·产业 page, blank lines only between articles and blocks (none between paragraphs): header on three lines; feature with a long-clause 引题 wrapped over TWO lines, headline, byline line 通讯员 X　本报记者 Y; report whose BODY comes first, its headline and byline line 本报记者 X printed AFTER it; feature with a series-label 引题 and NO byline under the headline, credited at the end to an organisation （…供稿）; item whose headline has NO byline under it; 农产品批发价格 table; footer")
    pg.furniture(["潞原农经周报",
                  cn_date(2037, 6, 24) + "　第4版",
                  "农村·产业　　本版主编：汪稻香"], "page header")
    pg.blank()
    k_a = "从“种得好”到“卖得好”，潞原县三年培育农产品区域公用品牌12个"
    a = Article(
        "a", "“潞原红”辣椒卖出好身价",
        byline="通讯员　朱禾苗　本报记者　应青原", authors=["朱禾苗", "应青原"],
        notes=kick(k_a) + " A long clause setting the scene, wrapped over two lines at the column edge. Byline line "
              "通讯员 X　本报记者 Y (the 通讯员 first): both are authors. The farmer and the official quoted (苏满仓, "
              "冉桂枝) are not.",
        paras=[
            "六月的潞原县，辣椒地里一片青翠。再过一个月，这里的“潞原红”线椒就要开摘了。种植户苏满仓告诉记者，去年他家8亩辣椒卖了6.4万元，比种玉米多挣了三倍多。",
            "“潞原红”的身价，是一点点涨起来的。三年前，县里的辣椒大多以散货卖给外地客商，每斤鲜椒不到两元。2034年，县里注册了“潞原红”区域公用品牌，统一种植标准、统一检测、统一包装，还在电商平台开了旗舰店。如今贴上品牌标识的干辣椒，每斤能卖到28元。",
            "“品牌不是一块牌子，而是一套标准。”潞原县农业农村局副局长冉桂枝说，全县已有辣椒、小米、核桃等12个农产品区域公用品牌，去年品牌农产品销售额达到19.6亿元。",
        ])
    for ln in wrap(k_a, pg.cols):
        pg.kicker(a, ln)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "高标准农田建设带动亩均增收380元", byline="本报记者　卢芊", authors=["卢芊"],
        notes="The BODY is printed first (after the previous article) and its headline and byline line 本报记者 X "
              "AFTER it; no kicker, no subtitle.",
        paras=[
            "记者从潞原市农业农村局了解到，2034年以来，全市累计建成高标准农田86万亩，项目区土地平整、灌排配套、田间道路和农田林网同步完善。",
            "据测算，建成后的项目区粮食亩产平均提高约80公斤，加上节水节肥和机械化作业节省的成本，亩均增收约380元。今年全市计划再建高标准农田15万亩，其中高效节水灌溉面积不少于5万亩。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    k_c = "乡村振兴·产业观察"
    c = Article(
        "c", "合作社“抱团”闯大市场",
        byline="（潞原县融媒体中心供稿）", tail="（潞原县融媒体中心供稿）",
        notes=kick(k_c) + " It is a series label. The headline has NO byline under it; the text is credited at the "
              "end, run in, to an organisation （…供稿）: that is the byline (excluded from last), and it names no "
              "person, so no authors.",
        paras=[
            "潞原市青禾镇的7家果蔬合作社去年联合成立了联合社，统一采购农资、统一对接商超。联合社成立一年，农资采购成本下降12%，与省城3家连锁超市签订了直供协议，社员户均增收4200元。",
        ])
    pg.kicker(c, k_c)
    pg.headline(c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "夏粮收购价格总体平稳",
        notes="The headline stands with NO byline and no dateline under it, and no credit at the end: no byline, no "
              "authors.",
        paras=[
            "夏粮收购陆续展开。据市粮食和物资储备局监测，目前全市小麦收购均价为每斤1.26元，与去年同期基本持平，优质专用小麦每斤高出普通小麦5分至8分。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["本周农产品批发价格（元／公斤）",
                  "品种　　本周　　上周　　涨跌",
                  "鲜辣椒　5.60　　5.20　　↑",
                  "小麦　　2.52　　2.52　　—",
                  "核桃　　28.00　 28.40　 ↓",
                  "（数据来源：潞原农产品批发市场）"], "price table (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：汪稻香　　校对：邰一粟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lh10() -> Page:
    """经济导报 区域 page in a narrow column: headline letter-spaced over two lines (mid-word) under a short-label
    kicker; two-line kicker of parallel phrases; headline + ——副题 wrapped; item with no byline."""
    pg = Page("lh10.txt", cols=20, indent=FW * 2, blanks="para", seed=6410,
              style="经济导报 区域 page in a narrow column indented with two U+3000, blank lines between paragraphs and blocks: header on three lines; lead with a short-label 引题 over a headline letter-spaced with U+3000 across the column on two lines broken in mid-word (…跨　境　电 / 商　综　试…), byline line 记者　X　报道; item with a TWO-line 引题 of parallel phrases (一头连着… / 一头连着…), headline, run-in 本报北岙5月20日讯（记者 X）; report with headline and a ——副题 wrapped at the column edge (no kicker), byline line 本报记者 X　通讯员 Y wider than the column; label 区域快讯 over an item whose headline has NO byline; footer")
    pg.furniture(["沧屿经济导报",
                  cn_date(2038, 5, 21),
                  "第7版　区域"], "page header")
    pg.blank()
    k_a = "区域联动"
    a = Article(
        "a", "沧屿湾区跨境电商综试区扩容", byline="记者　钟离朔　报道", authors=["钟离朔"],
        notes=kick(k_a) + " It is a short label. The headline is letter-spaced with U+3000 across the column on two "
              "lines broken in mid-word (电 / 商), joined unspaced. Byline line 记者 X　报道 (compound surname 钟离; "
              "报道 is not part of the name). The official quoted is not an author.",
        paras=[
            "经批准，沧屿湾区跨境电子商务综合试验区由原来的2个片区扩大到5个片区，新增北岙、南浦、石矶三个片区，总面积达到46平方公里。",
            "去年，沧屿湾区跨境电商进出口额达到612亿元，增长27%。湾区商务协作办公室负责人表示，扩容后各片区将共享海外仓、物流专线和退换货中心等资源，力争三年内跨境电商进出口额突破千亿元。",
        ])
    pg.kicker(a, k_a)
    pg.headline(a, lines=["沧　屿　湾　区　跨　境　电", "商　综　试　区　扩　容"])
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "北岙物流通道日均开行班列30列",
        byline="本报北岙5月20日讯（记者　简一鸥）", authors=["简一鸥"], lead="本报北岙5月20日讯（记者　简一鸥）",
        notes="Kicker (引题) on TWO lines of parallel phrases 「一头连着产业园」「一头连着出海港」: not part of the "
              "title; the contract has no kicker field, so it is recorded here only. The one-line headline under "
              "it states the news. Run-in 本报北岙5月20日讯（记者 X） excluded from first.",
        paras=[
            "连接北岙产业园和石矶港的铁路物流通道运行满一年，目前日均开行班列30列，累计运输集装箱41万标准箱，园区企业的货物从出厂到装船时间由两天缩短至6小时。",
        ])
    pg.kicker(b, "一头连着产业园")
    pg.kicker(b, "一头连着出海港")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "县域商业体系建设提速", subtitle="——沧屿今年将新建改造乡镇商贸中心38个",
        byline="本报记者　简一鸥　通讯员　彭树", authors=["简一鸥", "彭树"],
        notes="No kicker; the ——副题 wraps over two lines at the column edge and is the subtitle. Byline line 本报记者 "
              "X　通讯员 Y, wider than the column (both authors).",
        paras=[
            "记者从沧屿市商务局获悉，今年全市将新建改造乡镇商贸中心38个、村级便民商店260个，建设县级物流配送中心5个，推动快递、商贸、供销等物流资源共享。",
            "目前，全市已有82%的行政村实现快递直接进村，农村网络零售额一季度增长19.4%。",
        ])
    pg.headline(c)
    for ln in wrap(c.subtitle, pg.cols):
        pg.line(c, ln, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["区域快讯"], "column label 区域快讯")
    pg.gap()
    d = Article(
        "d", "沧屿开通首条冷链直达航线", section="区域快讯",
        notes="Item under the label 区域快讯 (section); the headline stands with NO byline and no dateline under it, "
              "and no credit at the end: no byline, no authors.",
        paras=[
            "5月18日，沧屿至南洋群岛的首条冷链集装箱直达航线开通，每周一班，航程9天，主要运输水产品和热带水果。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["本版编辑：时雨　　校对：郎晓溪　　美编：常乐"], "footer (wider than the column)")
    return pg


# ---------------------------------------------------------------------------
def lh11() -> Page:
    """财经周报 观点 page, no indent: comment with a headline of two parallel phrases on two lines, ——副题 and byline
    文｜X（post）; column signed at its end (right-aligned); comment with no byline at all; reader's letter signed
    run in at the end."""
    pg = Page("lh11.txt", cols=32, indent="", blanks="some", seed=6411, p_para=0.5, p_gap=0.85,
              style="财经周报 观点·评论 page, NO indent, blank lines sometimes (so some paragraph ends show only as short lines): header on two lines; comment whose headline is two parallel phrases on two lines (既要… / 也要…), ——副题, byline line 文｜X（post）; label 岚山笔记 over a column signed at its END (the name right-aligned on a line of its own, then （作者为…）); label 一周观察 over a comment with NO byline anywhere; label 读者来信 over a letter signed （读者 X） run in at the end; footer")
    pg.furniture(["启衡财经周报　" + cn_date(2039, 3, 14),
                  "第10版　观点·评论　　责任编辑：师若愚"], "page header")
    pg.blank()
    a = Article(
        "a", "既要“放得活”也要“管得住”", head=["既要“放得活”", "也要“管得住”"], kind="commentary",
        subtitle="——关于平台经济常态化监管的几点思考",
        byline="文｜葛砚农（启衡大学经济学院教授）", authors=["葛砚农"],
        notes="Comment whose headline is two parallel phrases (既要… / 也要…) set on two lines on purpose; joined "
              "without the line break. No kicker; the ——副题 is the subtitle. Byline line 文｜X（post）: the writer is "
              "the author, his post is not part of the name. Kind commentary.",
        paras=[
            "平台经济已经深度嵌入生产生活。对平台的监管，既不能一放了之，也不能一管就死，关键是从“运动式”整治转向常态化、规则化监管。",
            "“放得活”，就是要给平台企业稳定的预期。规则要提前公布、给足过渡期，不搞“一刀切”；对新业态新模式，要留出试错的空间。",
            "“管得住”，就是要守住公平竞争和消费者权益的底线。对“二选一”、大数据杀熟、算法歧视等行为，要有明确的认定标准和处罚尺度，让监管看得见、可预期。",
            "放与管不是此消彼长的关系。规则越清晰，企业越敢投入；监管越透明，市场越有活力。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["岚山笔记"], "column label 岚山笔记")
    b = Article(
        "b", "一碗面的成本账", section="岚山笔记", kind="commentary", byline="言九思", authors=["言九思"],
        notes="Column under its label 岚山笔记 (section), signed at its END: the name right-aligned on a line of its "
              "own after the body is the byline (written without its leading U+3000s); the line （作者为…） after it "
              "is neither body nor byline. Kind commentary.",
        paras=[
            "楼下面馆的牛肉面涨了两元。老板说，房租涨了，牛肉涨了，外卖平台的抽成也涨了，不涨价就只能关门。",
            "一碗面的成本账，折射的是小店的生存账。减租降费、规范平台抽成，这些政策落到一家家小店身上，就是一碗面能不能少涨一块钱。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 27 + b.byline, "byline")
    pg.line(b, "（作者为财经专栏作家）", "affiliation")
    pg.gap()
    pg.furniture(["一周观察"], "column label 一周观察")
    c = Article(
        "c", "消费券要发到“刀刃”上", section="一周观察", kind="commentary",
        notes="Comment under the label 一周观察 (section): the headline stands with NO byline, no dateline and no "
              "signature anywhere: no byline, no authors. Kind commentary.",
        paras=[
            "多地新一轮消费券陆续发放。消费券能不能真正拉动消费，要看发给谁、怎么用。与其“撒胡椒面”，不如向家电更新、餐饮住宿等乘数效应大的领域倾斜，向收入偏低的群体倾斜，让每一元财政资金撬动更多的新增消费。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["读者来信"], "column label 读者来信")
    d = Article(
        "d", "老小区加装电梯费用分摊应更透明", section="读者来信",
        byline="（读者　孟一川）", authors=["孟一川"], tail="（读者　孟一川）",
        notes="Reader's letter under the label 读者来信 (section), signed （读者 X） run in at the end: that is the "
              "byline (excluded from last); the reader who wrote it is the author.",
        paras=[
            "我所在的小区正在加装电梯，各楼层住户的分摊比例是施工方给出的，很多邻居看不懂怎么算出来的。建议相关部门出台统一的分摊参考标准，并要求公开工程预算明细，减少邻里之间的误会。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["来稿请寄：启衡市文昌路88号启衡财经周报评论部　　邮箱：pinglun@qhcjzb.cn"], "footer with address and e-mail")
    return pg


# ---------------------------------------------------------------------------
def lh12() -> Page:
    """Economic daily 综合新闻 page with column breaks: kicker + headline broken mid-phrase over two lines + ——副题;
    photo news; label 经济简讯 over headline-only items; letter-spaced headline with run-in."""
    pg = Page("lh12.txt", cols=25, indent="  ", blanks="some", colbreak=10, seed=6412, p_para=0.4, p_gap=0.8,
              style="economic daily 综合新闻 page indented with two ASCII spaces, blank lines sometimes, plus column breaks (a blank line every 10 body lines): header on two lines; lead with ALL three: 引题, headline broken in mid-phrase over two lines (…压缩至 / 一个工作日), ——副题, byline line 本报记者 X　实习生 Y; photo news (brief) with credit line 本报记者 X　摄 after the caption; label 经济简讯 over three items whose headlines have NO byline under them (one signed （记者 X） run in at the end); item whose headline is letter-spaced with U+3000, run-in 本报讯（通讯员 X　记者 Y）; footer")
    pg.furniture(["甬岑经济日报　" + cn_date(2039, 8, 6),
                  "3　综合新闻　　责任编辑：柏砚"], "page header")
    pg.blank()
    k_a = "从“跑多次”到“一次不用跑”"
    a = Article(
        "a", "企业开办全流程压缩至一个工作日", head=["企业开办全流程压缩至", "一个工作日"],
        subtitle="——甬岑深化营商环境改革观察",
        byline="本报记者　莫听澜　实习生　汤可", authors=["莫听澜", "汤可"],
        notes=kick(k_a) + " The page prints all three parts. The main headline is broken in mid-phrase over two "
              "lines (…压缩至 / 一个工作日), joined without the line break; the ——副题 is the subtitle. Byline line "
              "本报记者 X　实习生 Y (both authors). The business owner and the official quoted are not authors.",
        paras=[
            "8月4日上午9点，创业者龙小溪在手机上提交了开办一家设计公司的申请。下午4点，营业执照、公章、发票和社保登记全部办结，电子执照直接推送到了她的手机上。“没想到一天就办完了，一趟都没跑。”她说。",
            "这是甬岑市企业开办“一网通办”改革的一个缩影。今年以来，甬岑把企业开办涉及的市场监管、公安、税务、人社、银行等6个部门的8个环节整合为“一表申请、一网通办、一日办结”，全流程时间从原来的3个工作日压缩至1个工作日，费用全部由政府承担。",
            "市营商环境建设局局长韩守拙介绍，上半年全市新设经营主体4.27万户，同比增长16.8%，其中新设企业1.35万户，增长21.2%。下一步，甬岑将把“一件事一次办”扩展到企业注销、工程建设项目审批等更多领域。",
        ])
    pg.kicker(a, k_a)
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    p = Article(
        "p", "新港二期首批桥吊就位", kind="brief", byline="本报记者　贝安　摄", authors=["贝安"],
        notes="Photo news (brief): headline, caption, then the credit line 本报记者 X　摄 (the byline); the "
              "photographer is the author.",
        paras=[
            "8月5日，甬岑新港二期工程首批4台岸桥运抵码头并完成就位。新港二期建成后，将新增集装箱年吞吐能力300万标准箱。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, FW * 8 + p.byline, "byline")
    pg.gap()
    pg.furniture(["经济简讯"], "column label 经济简讯")
    items = [
        Article("c1", "上半年全市进出口增长7.3%", section="经济简讯",
                notes="Item of the 经济简讯 strip (section); the headline has NO byline under it and the text no "
                      "credit: no byline, no authors.",
                paras=["据甬岑海关统计，上半年全市进出口总值1836亿元，同比增长7.3%，其中出口增长9.1%。"]),
        Article("c2", "首批数字人民币产业园企业入驻", section="经济简讯",
                byline="（记者　莫听澜）", authors=["莫听澜"], tail="（记者　莫听澜）",
                notes="Item of the 经济简讯 strip; NO byline under the headline, the credit （记者 X） run in at the "
                      "end is the byline, excluded from last; a column break (blank line) falls inside the credit, "
                      "splitting the name 莫 / 听澜, and the line 听澜） is still this item's last body line.",
                paras=["8月5日，甬岑数字人民币产业园迎来首批23家企业入驻，涉及支付终端、跨境结算和智能合约等领域。"]),
        Article("c3", "甬岑发放首笔碳排放权质押贷款", section="经济简讯",
                notes="Item of the 经济简讯 strip; the headline has NO byline under it and the text no credit: no "
                      "byline, no authors.",
                paras=["甬岑农商银行近日向一家热电企业发放碳排放权质押贷款2000万元，这是全市首笔此类贷款。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.body(art)
        pg.gap()
    d = Article(
        "d", "甬岑首批链主企业名单发布",
        byline="本报讯（通讯员　赖一舟　记者　莫听澜）", authors=["赖一舟", "莫听澜"],
        lead="本报讯（通讯员　赖一舟　记者　莫听澜）",
        notes="Headline letter-spaced with U+3000 on one line, written unspaced. No kicker, no subtitle. Run-in "
              "本报讯（通讯员 X　记者 Y） excluded from first; both are authors.",
        paras=[
            "甬岑市日前发布首批产业链“链主”企业名单，汽车零部件、绿色石化、智能家电等9条重点产业链的18家企业入选。",
            "入选企业将牵头组建产业链协作联盟，带动上下游中小企业协同创新，市里将在用地、融资和人才引进等方面给予支持。",
        ])
    pg.headline(d, sep=FW)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["本版编辑：柏砚　　校对：晏小洲　　美编：凌波"], "footer")
    return pg


PAGES = [lh09, lh10, lh11, lh12]
