"""Pages z05-z08 of handmade15 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap

WEEKLY = "岱川财经周刊 2035年第12期"


def lines_before(pg: Page, a: Article, para: int) -> int:
    """How many printed lines paragraphs 0..para-1 of `a` take (to cut a body inside a given paragraph)."""
    return sum(1 for it in pg.render_body(a, end=para) if it[0] == "line")


# ---------------------------------------------------------------------------
def z05() -> Page:
    """Magazine INTERVIEW page: turns marked 《岱川财经周刊》： / 邵明远：, a pull quote with an attribution line
    ——邵明远 printed between two lines of an answer; an 采访手记 signed ——X on a line after it."""
    pg = Page("z05.txt", cols=26, indent=FW * 2, blanks="arts", seed=1505,
              style="magazine 对话 INTERVIEW page, blank lines only between blocks: headline with a colon on two lines; credits line 采访、撰文｜本刊记者 X　编辑｜Y　摄影｜Z; interviewee photo caption (name and post) before the text; intro paragraph; turns marked with the MAGAZINE'S NAME 《岱川财经周刊》： and the interviewee's name 邵明远：; a pull quote on two lines with an attribution line ——邵明远 printed between two lines of an answer (mid-sentence); label 采访手记 over a short piece signed ——X on a line after its text; footer `34 | 岱川财经周刊 2035年第12期`")
    pg.furniture(["对话 INTERVIEW"], "magazine running head (section name in Chinese and English)")
    pg.blank()
    q = "《岱川财经周刊》："
    who = "邵明远："
    a = Article(
        "a", "邵明远：出海建厂，最难的是“入乡随俗”", head=["邵明远：出海建厂，", "最难的是“入乡随俗”"],
        kind="interview", byline="采访、撰文｜本刊记者　宣一苇　　编辑｜乔梓　　摄影｜伍平川", authors=["宣一苇"],
        notes="Interview (Q&A turns): headline on two lines, joined. Credits line: only the interviewer-writer "
              "(采访、撰文｜) is an author, not the editor or the photographer; the interviewee (邵明远) is not. The "
              "photo caption (name and post) before the text is not body. The body is the intro paragraph and the "
              "turns; questions are marked with the magazine's name 《岱川财经周刊》：, answers with 邵明远：. The pull "
              "quote (two lines and the attribution line ——邵明远) was printed between two lines of the second answer, "
              "in mid-sentence: not body, so the body is in pieces.",
        paras=[
            "衡锐机械集团是国内较早到海外建厂的工程机械企业之一。十年间，这家从岚阳起步的民营企业先后在东南亚、东欧和南美建成4座工厂，海外员工超过3000人，海外收入占比达到58%。近日，《岱川财经周刊》专访了衡锐机械集团董事长邵明远，请他谈谈制造业企业出海的经验与教训。",
            q + "十年前为什么决定到海外建厂？当时企业内部有没有不同的声音？",
            who + "反对的声音很大。那时候我们的产品主要靠出口，海外订单增长很快，不少人觉得在国内生产、往外卖就够了，何必冒险去海外投资。但我们发现，有些市场对整机进口的关税越来越高，交货周期又长，客户等不起。不到当地去，这些订单早晚会被别人拿走。",
            q + "第一座海外工厂建得顺利吗？",
            who + "一点也不顺利。我们按照国内的经验，8个月就把厂房建起来了，设备也都到位了，结果开工第一年良品率只有六成多。问题出在人身上。当地工人习惯按小时计酬，对我们的计件制度很抵触，加班也很难安排；我们派去的管理人员不懂当地语言和风俗，沟通全靠翻译，很多矛盾就是这样积累起来的。后来我们花了两年时间调整，把一半管理岗位交给本地人，工资制度也改成当地通行的做法，工厂才慢慢走上正轨。",
            q + "现在回头看，本地化最关键的是什么？",
            who + "我的体会是三个“本地”：本地的人、本地的供应链、本地的规则。海外工厂最难的不是建厂，而是留住当地人的心。现在我们每座海外工厂都办了员工培训学校，优秀的本地工程师可以到国内总部轮岗。供应链方面，东南亚工厂的本地采购率已经从最初的15%提高到52%，既降低了成本，也更容易获得当地政府和客户的认可。",
            q + "贸易摩擦增加了不确定性，企业应该怎么应对？",
            who + "不确定性是常态，关键是不把鸡蛋放在一个篮子里。我们的4座海外工厂分布在三个大洲，一个市场出现波动，其他市场可以起到缓冲作用。另外，企业一定要把合规放在前面，环保、劳工、数据安全这些方面，宁可多花钱，也不能留隐患。",
            q + "对正在考虑出海的中小企业，你有什么建议？",
            who + "先想清楚为什么出海，不要跟风。出海之前要做足功课，最好先通过贸易把市场摸熟，再考虑投资建厂。另外，可以和同行或者上下游企业抱团出去，共享服务资源，能少走很多弯路。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    pg.furniture(["邵明远　衡锐机械集团董事长"], "interviewee photo caption (not body)")
    pg.blank()
    items = pg.render_body(a)
    cut = lines_before(pg, a, 4) + 4   # four lines into the answer 一点也不顺利…
    top, rest = Page.chunks(items, [cut])
    pg.emit(a, top)
    pg.furniture(["“海外工厂最难的不是建厂，", "而是留住当地人的心。”", "——邵明远"],
                 "pull quote with its attribution line, printed inside an answer (not body)")
    pg.emit(a, rest)
    pg.blank()
    b = Article(
        "b", "“慢”下来的出海", section="采访手记", kind="commentary", byline="——宣一苇", authors=["宣一苇"],
        notes="Label 采访手记 (section) over the interviewer's own note: commentary. Signed ——X on a line after the "
              "text (the same dash form as the pull quote's attribution above, which is not a byline); the writer is "
              "the author.",
        paras=[
            "采访邵明远那天，他刚从南美工厂回来，时差还没倒过来。谈起十年出海路，他说得最多的一个字是“慢”：慢慢摸清市场，慢慢培养本地团队，慢慢建立信任。",
            "这与许多人对出海的想象并不一样。在一些企业眼里，出海是一场抢时间的竞赛，谁先建厂、谁先拿单，谁就占得先机。但衡锐的经历说明，海外投资没有捷径可走，那些在国内行之有效的“快打法”，到了海外可能水土不服。慢一点，反而走得更稳。",
        ])
    pg.furniture(["采访手记"], "column label 采访手记")
    pg.headline(b)
    pg.blank()
    pg.body(b)
    pg.line(b, FW * 16 + b.byline, "byline")
    pg.blank()
    pg.furniture(["34 | " + WEEKLY], "footer: page number, magazine and issue")
    return pg


# ---------------------------------------------------------------------------
def z06() -> Page:
    """Magazine COLUMN page of a 14-character column, no blank line anywhere: three 专栏 pieces, each with the
    columnist's photo caption (name) and bio placed BEFORE the text, in three different orders."""
    pg = Page("z06.txt", cols=14, indent=FW, blanks="never", seed=1506,
              style="monthly magazine 专栏 COLUMN page of a 14-character column indented with ONE U+3000, no blank line anywhere: three columns, each with its column label and the columnist's photo caption and bio BEFORE the text: (1) label, name line, bio 作者为…研究员 (wrapped), headline, text; (2) label, headline, name line, bio 作者系…教授、…主任 (wrapped), text; (3) label, name and bio on one line NAME｜post (wrapped), headline, text; header COLUMN　专栏, footer with month, magazine name and page number")
    pg.furniture(["COLUMN　专栏"], "magazine running head (English and Chinese section name)")
    a = Article(
        "a", "利率下行时，存款去哪儿了", section="宏观札记", kind="commentary", byline="欧阳知白",
        authors=["欧阳知白"],
        notes="Column 宏观札记 (section): label, the columnist's photo caption (the name alone, the byline), the bio "
              "作者为…研究员 (not body, not byline), then the headline and the text: commentary; the columnist is the "
              "author (a two-character surname 欧阳).",
        paras=[
            "今年以来，多家银行再次下调存款挂牌利率，一年期定期存款利率已降至1.2%左右。与此同时，银行理财、债券基金和储蓄型保险的规模明显增长，“存款搬家”成了市场热议的话题。",
            "存款搬家并不可怕。利率下行时，居民调整资产配置、追求更高收益，是再正常不过的市场行为。值得关注的是，搬出去的钱去了哪里，能否更多地流向实体经济。",
            "从目前的数据看，相当一部分资金流入了以债券为主要投向的理财和基金产品，居民的风险偏好整体仍然较低。要让居民财富更好地支持实体经济，一方面需要资本市场提供更多稳健、透明的长期投资产品，另一方面也需要加强投资者教育，让居民对风险和收益有更清醒的认识。",
        ])
    pg.furniture(["宏观札记"], "column label 宏观札记")
    pg.line(a, a.byline, "byline")
    pg.furniture(wrap("作者为岱川社会科学院经济研究所研究员", 14), "columnist's bio under the photo (not body)")
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "县城商业的“最后一公里”", section="产业观澜", kind="commentary", byline="谷雨桐", authors=["谷雨桐"],
        notes="Column 产业观澜 (section): label, headline, then the columnist's photo caption (name alone, the "
              "byline) and bio 作者系…主任 wrapped over lines (not body) between headline and text: commentary.",
        paras=[
            "这几年走访了不少县城，一个明显的感受是：县城的商业综合体越建越多，但真正热闹的并不多。有的商场开业时人头攒动，不到两年就只剩下一楼的超市和餐饮还在营业。",
            "问题出在哪里？很多县城商业项目照搬大城市的模式，业态同质化严重，没有真正研究本地居民需要什么。县城居民的消费半径小、熟人社会特征明显，更看重便利、实惠和社交属性。",
            "县城商业要打通“最后一公里”，关键在于精细化运营。可以把社区菜市场、家政维修、老年食堂、儿童托管等民生服务引入商业空间，用高频的日常需要带动客流，再逐步培育餐饮、娱乐等消费业态。",
        ])
    pg.furniture(["产业观澜"], "column label 产业观澜")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.furniture(wrap("作者系岚阳大学商学院教授、县域经济研究中心主任", 14), "columnist's bio under the photo (not body)")
    pg.body(b)
    c = Article(
        "c", "别让数字化变成“数字形式主义”", section="管理笔记", kind="commentary",
        byline="钱望之｜岱川明策管理咨询公司合伙人", authors=["钱望之"],
        notes="Column 管理笔记 (section): the photo caption gives name and post on one line NAME｜post (wrapped over "
              "lines), before the headline: that line is the byline; only the name is the author: commentary.",
        paras=[
            "最近和几家制造企业的负责人交流，他们都在推进数字化转型，系统上了不少，但效果并不理想。一位老板说，车间里装了几十块大屏，数据天天在跳，可真正用来做决策的没有几个。",
            "这种现象可以称为“数字形式主义”：把数字化当成展示工程，重建设、轻应用，重硬件、轻管理。企业的流程没有变，考核方式没有变，只是把纸质报表搬到了屏幕上。",
            "数字化转型首先是管理变革。企业应从最痛的业务问题入手，比如交期不准、库存偏高、质量波动，先把一个场景做透，算清投入产出，再逐步推广。",
        ])
    pg.furniture(["管理笔记"], "column label 管理笔记")
    for ln in wrap(c.byline, 14):
        pg.line(c, ln, "byline")
    pg.headline(c)
    pg.body(c)
    pg.furniture(["2035年6月号　岱川商业评论　41"], "footer: month, magazine and page number")
    return pg


# ---------------------------------------------------------------------------
def z07() -> Page:
    """Magazine DATA 数读 page of an 18-character column extracted with a blank line after every line: a short
    数读 article (文｜X　制图｜Y) followed by the infographic's numeric call-outs; a 读数 comment."""
    pg = Page("z07.txt", cols=18, indent="", blanks="every", seed=1507,
              style="monthly magazine 数读 DATA page of an 18-character column, no indent, a blank line after every line: headline with quotation marks, credits line 文｜X　制图｜Y, three-paragraph text; the infographic's five numeric call-outs (a figure alone on a line, then a wrapped caption) and 数据来源 line; label 读数 over a □ X comment; header DATA｜数读, footer with page, magazine and month")
    pg.furniture(["DATA｜数读"], "magazine running head")
    a = Article(
        "a", "一季度县域消费“成绩单”", byline="文｜柯望舒　制图｜杜小禾", authors=["柯望舒"],
        notes="数读 text: credits line 文｜X　制图｜Y; only the writer is an author, not the chart maker (制图). The "
              "infographic's numeric call-outs after the text (a figure on a line, then its caption) are not briefs "
              "(the gold README's brief is short photo news; these are the labels of one chart, none a news item of its "
              "own) and not body: they are non-articles, with the 数据来源 line.",
        paras=[
            "一季度，全省县域消费市场延续回升态势。县城商圈客流增长、乡镇快递网点加密、以旧换新政策下沉，共同推动县域消费品零售额增速连续五个季度高于全省平均水平。",
            "从结构看，服务消费增长更快。县域餐饮收入、文化旅游消费增速均超过两位数，“家门口”的电影院、健身房和亲子乐园成为新的消费热点。",
            "不过，县域消费仍面临收入增长放缓、消费场景不足等制约。如何让县城既“留得住人”，又“花得出钱”，仍是下一阶段的重要课题。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    callouts = [("4826亿元", "一季度全省县域社会消费品零售总额，同比增长7.4%"),
                ("1.6个百分点", "县域消费增速高于全省平均水平"),
                ("12.8%", "县域餐饮收入同比增速"),
                ("3.1亿件", "农村地区快递业务量，同比增长21%"),
                ("57万台", "县域以旧换新销售家电数量")]
    for k, (fig, cap) in enumerate(callouts, 1):
        pg.furniture([fig] + wrap(cap, 18), f"infographic call-out {k}: figure and caption (not an article)")
    pg.furniture(["数据来源：岱川省统计局、", "省商务厅"], "source line of the infographic")
    b = Article(
        "b", "县域消费要靠“稳收入”托底", section="读数", kind="commentary", byline="□ 庞知秋", authors=["庞知秋"],
        notes="Label 读数 (section) over a signed comment (byline line □ X): commentary.",
        paras=[
            "县域消费的回暖来之不易，但基础还不牢固。数据显示，一季度县域居民人均可支配收入增速比上年同期回落0.8个百分点，部分外出务工人员返乡后就业不稳定，直接影响了消费能力和消费意愿。",
            "扩大县域消费，归根到底要靠稳就业、稳收入。应当发挥县城产业园区吸纳就业的作用，支持返乡人员创业，同时补齐县域养老、托育、医疗等公共服务短板，让居民敢花钱、愿花钱。",
        ])
    pg.furniture(["读数"], "column label 读数")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["48　岚阳经济观察　2035.04"], "footer: page number, magazine and month")
    return pg


# ---------------------------------------------------------------------------
def z08() -> Page:
    """Weekly business paper 产业 page: English section name in the header, week-range date; 副题 line without
    dash and byline 本报记者 X　发自Y; a contributor line （实习生 X 对本文亦有贡献） after the body; a 记者观察
    box; a run-in 本报讯; 相关阅读 see-also lines with page numbers; disclaimer footer."""
    pg = Page("z08.txt", cols=34, indent=FW * 2, blanks="arts", seed=1508,
              style="weekly business paper 产业 page, blank lines only between articles and blocks: header with the paper's name, English section name INDUSTRY｜产业, the week's date range, issue and page B3; lead with a 副题 line without dash and byline line 本报记者 X　发自Y, then a contributor line （实习生 X　对本文亦有贡献） after the body; label 记者观察 over a □ X comment by the same reporter; run-in 本报讯（记者 X） item; article with byline line 本报记者 X followed by 相关阅读 see-also lines (▶ title　page); disclaimer and editor footer")
    pg.furniture(["岱川经济周报　　INDUSTRY｜产业",
                  "2035年3月18日—3月24日　第11期　B3"], "page header: paper, English section name, week range, issue, page")
    pg.blank()
    a = Article(
        "a", "光伏玻璃行业主动“踩刹车”", subtitle="多家企业冷修窑炉，行业库存天数明显回落",
        byline="本报记者　鲍青禾　发自云屏", authors=["鲍青禾"],
        notes="副题 line printed without a dash (subtitle); byline line 本报记者 X　发自Y. The line "
              "（实习生　X　对本文亦有贡献） after the body credits a contributor: it is not body, and the contributor is "
              "not counted among the authors (the byline names the writer). The manager and analyst quoted (温建岳, "
              "裴晓川) are not authors.",
        paras=[
            "3月中旬，位于云屏市高新区的一家光伏玻璃企业将一座日熔量1200吨的窑炉停火冷修。这是今年以来全省第五座主动冷修的光伏玻璃窑炉。“行业价格已经跌破不少企业的现金成本，与其亏着生产，不如趁这个时间做技改。”该企业生产部经理温建岳说。",
            "去年下半年以来，随着新增产能集中释放，光伏玻璃供过于求的局面加剧。2毫米镀膜玻璃的主流成交价一度跌至每平方米11元左右，较前年高点下降近四成，行业库存天数一度超过40天。",
            "面对困境，龙头企业率先“踩刹车”。据业内统计，今年一季度全国光伏玻璃在产日熔量较去年末减少约8%，行业库存天数回落至26天左右，部分产品价格小幅回升。",
            "“冷修减产只能缓解一时的压力，行业走出低谷还要靠技术升级和需求增长。”一家券商的建材行业分析师裴晓川认为，超薄化、大尺寸、高透光率将是光伏玻璃的发展方向，缺少技术积累的中小产能将逐步退出市场。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.blank()
    pg.body(a)
    pg.furniture(["（实习生　蒋一诺　对本文亦有贡献）"], "contributor line after the body (not body)")
    pg.blank()
    b = Article(
        "b", "“反内卷”不能只靠限产", section="记者观察", kind="commentary", byline="□ 鲍青禾", authors=["鲍青禾"],
        notes="Label 记者观察 (section) over the reporter's own comment, byline line □ X: commentary.",
        paras=[
            "光伏玻璃企业主动冷修，是行业自我调节的积极信号。但也要看到，单纯依靠限产保价，难以从根本上解决产能过剩问题，价格一旦回升，停下的窑炉又可能重新点火。",
            "治理“内卷式”竞争，既要发挥市场机制作用，加快落后产能出清，也要规范地方招商引资行为，防止以优惠政策吸引低水平重复建设。对企业而言，把资金和精力更多投向技术创新，才是穿越周期的根本之道。",
        ])
    pg.furniture(["记者观察"], "column label 记者观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "岚阳出台新型储能项目管理细则", byline="本报讯（记者　韦知行）", authors=["韦知行"],
        lead="本报讯（记者　韦知行）",
        notes="Run-in 本报讯（记者 X） excluded from first; the reporter is the author.",
        paras=[
            "近日，岚阳市发展改革委印发《新型储能项目管理实施细则》，对新型储能项目的备案、建设、并网、运行和退役全过程作出规定。细则明确，新建储能项目须配备电池管理系统和消防预警装置，储能电站的安全评估每两年开展一次。",
            "细则还提出，鼓励储能项目参与电力市场交易，支持工业园区建设共享储能电站，探索容量租赁等商业模式。据统计，岚阳市已投运新型储能装机规模达到86万千瓦。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "电池回收企业扎堆“抢废料”", byline="本报记者　邹望潮", authors=["邹望潮"],
        notes="Byline line 本报记者 X. The 相关阅读 lines after the body (▶ title　page) point to other pages' "
              "articles: not body, not articles. The company manager quoted (于清泉) is not an author.",
        paras=[
            "随着首批新能源汽车动力电池进入集中退役期，电池回收赛道持续升温。记者从岱川省工业和信息化厅获悉，全省已有动力电池回收利用企业46家，比两年前增加了一倍多，但其中进入行业规范条件名单的只有9家。",
            "“现在最大的问题是抢不到废料。”澄湾一家电池回收企业总经理于清泉说，大量退役电池流入了不具备资质的小作坊，它们不承担环保成本，收购报价反而更高。",
            "业内人士建议，加快建立动力电池全生命周期溯源管理体系，落实生产者责任延伸制度，推动退役电池向规范企业集中，防止“劣币驱逐良币”。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["相关阅读", "▶ 储能电芯价格两年跌去四成　B5", "▶ 动力电池“退役潮”来了，你准备好了吗　B6"],
                 "相关阅读 see-also lines (titles of other pages' articles, not articles)")
    pg.blank()
    pg.furniture(["本版文章仅供参考，不构成投资建议", "编辑：蒋月明　美编：何田田　校对：孔令仪"],
                 "footer: disclaimer and editors")
    return pg


PAGES = [z05, z06, z07, z08]
