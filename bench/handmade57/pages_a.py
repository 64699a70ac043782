"""Pages la01-la04 of handmade57 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


def bullets(pg: Page, a: Article, items: list[str], cols: float, first: str = "", rest: str = "") -> None:
    """Print a bullet list (划重点, numbered points) item by item, each wrapped at the column width with its own
    hanging indent: the kit's render_body would indent them as paragraphs, so the items are built here and written
    with Page.emit."""
    lines: list[str] = []
    for text in items:
        lines += wrap(text, cols, first, rest)
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def la01() -> Page:
    """City party daily 政策解读 page: 政策解读 lead (kicker, headline, ——副题, byline line 本报记者 X, ■ crossheads);
    名词解释 box without a headline; label 划重点 over a headline and a ①②③ bullet list; run-in 本报讯（记者 X） item;
    label 延伸阅读 over a short piece with its own headline."""
    pg = Page("la01.txt", cols=28, indent=FW * 2, blanks="para", seed=5701,
              style="city party daily 政策解读 page, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday + 第5版; 版名 + 责任编辑 + 美编); 政策解读 lead with a long 引题 kicker naming the document, headline, ——副题 (…负责人解读新政要点), byline line 本报记者 X, three ■ crossheads inside the body; 名词解释 box (label, 【term】, definition) WITHOUT a headline; label 划重点 over a headline and four ①②③④ bullets with hanging indent; run-in 本报讯（记者 X） item; label 延伸阅读 over a short piece with its own headline and no byline; footer with 投稿邮箱 and proof-reader")
    pg.furniture(["璟州日报",
                  cn_date(2034, 3, 14) + "　第5版",
                  "政策解读　　责任编辑：聂云帆　　美编：骆思"], "page header")
    pg.blank()
    a = Article(
        "a", "32条硬举措为民营企业减负赋能",
        subtitle="——市发展改革委有关负责人解读新政要点",
        byline="本报记者　庞晓岚", authors=["庞晓岚"],
        notes="政策解读 lead. The 引题 kicker 聚焦《璟州市促进民营经济高质量发展若干措施》 is neither title nor subtitle (the "
              "——副题 is the subtitle). Byline line 本报记者 X. The three ■ crossheads are body lines. The official "
              "quoted (戴恒之) explains the policy but is not an author.",
        paras=[
            "日前，《璟州市促进民营经济高质量发展若干措施》正式印发，从降低经营成本、放宽市场准入、强化要素保障等方面推出32条具体举措。新政有哪些亮点？企业如何享受政策红利？记者采访了市发展改革委副主任戴恒之。",
            Cross("■降成本：每年为企业减负超40亿元"),
            "“降成本是企业最直接的诉求。”戴恒之介绍，措施明确，2034年至2035年，对小微企业和个体工商户年应纳税所得额不超过300万元的部分继续减征所得税；工业用电、用气价格在上年基础上平均再降5%。测算显示，各项措施每年可为全市企业减负超过40亿元。",
            Cross("■扩准入：“非禁即入”清单再扩容"),
            "措施提出，在交通、能源、水利、市政等领域，每年向民间资本推介项目不少于100个，总投资不低于500亿元。除涉及国家安全等领域外，政府投资项目不得设置针对民营企业的附加条件。",
            Cross("■强保障：融资、用地、人才“三管齐下”"),
            "在融资方面，市财政安排10亿元设立民营企业转贷应急资金，单笔使用费率降至万分之一；在用地方面，推行“标准地”出让，拿地即开工；在人才方面，民营企业引进的高层次人才与国有单位同等享受安居补贴。戴恒之表示，市里将建立政策兑现“一口受理”机制，做到免申即享、直达快享。",
        ])
    pg.kicker(a, "聚焦《璟州市促进民营经济高质量发展若干措施》")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["名词解释",
                  "【民营企业转贷应急资金】"]
                 + wrap("由政府出资设立，为按期还贷、资金周转出现暂时困难的民营企业提供短期过桥资金的政策性资金，使用期限一般不超过15天。", 28, FW * 2),
                 "名词解释 box WITHOUT a headline (label, term, definition): not an article")
    pg.gap()
    pg.furniture(["划重点"], "column label 划重点")
    b = Article(
        "b", "个体工商户可享这些“真金白银”", section="划重点",
        notes="划重点 bullet list under the label 划重点 (section) and its own headline: the four ①②③④ bullets (with "
              "hanging indent) are the body. Nobody signs it: no byline, no authors. Kind article.",
        paras=[Raw([
            "①首次登记的个体工商户，可申领一次性开业补贴3000元。",
            "②月销售额10万元以下的，免征增值税。",
            "③吸纳登记失业人员就业并签订一年以上劳动合同的，每人每年定额扣减税费6000元。",
            "④申请创业担保贷款，额度最高30万元，财政全额贴息。",
        ])])
    pg.headline(b)
    pg.gap()
    bullets(pg, b, b.paras[0].lines, 28, "", FW)
    pg.gap()
    c = Article(
        "c", "市领导与民营企业家面对面座谈",
        byline="本报讯（记者　温可期）", authors=["温可期"], lead="本报讯（记者　温可期）",
        notes="Run-in 本报讯（记者 X） excluded from first. The city leader and the entrepreneurs named are not authors.",
        paras=[
            "3月13日，我市召开民营企业家座谈会，面对面听取企业意见建议。璟州星屿电子、禾泰食品等12家企业负责人围绕融资难、用工缺、订单不稳等问题发言。",
            "会议要求，各部门对企业提出的问题建立清单、限时办结，每月向企业反馈办理进展。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["延伸阅读"], "column label 延伸阅读")
    d = Article(
        "d", "周边城市如何支持民营经济", section="延伸阅读",
        notes="延伸阅读 box with its own headline and text (label 延伸阅读 is the section): an article, like the 小贴士 "
              "box with a headline of handmade55 ky04. No byline, no authors.",
        paras=[
            "近期，周边多个城市相继出台支持民营经济发展的政策。岚桥市设立规模50亿元的民营企业纾困基金；沣屿市推行涉企收费“一张清单”管理，清单之外一律不得收费；翎江市则把民营企业参与政府采购的预留份额提高到45%以上。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["投稿邮箱：zcjd@jzrb.cn　　本版校对：邝一禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def la02() -> Page:
    """Economic daily 政策·解读 page: 一图读懂 infographic text (fragments only: not an article); 政策解读 article with
    byline line of two reporters; label 权威发布 over two ◆ items; label 专家解读 over a piece signed post + NAME."""
    pg = Page("la02.txt", cols=34, indent="  ", blanks="some", seed=5702, p_para=0.4, p_gap=0.8,
              style="city economic daily 政策·解读 page indented with two ASCII spaces, blank lines sometimes: header on two lines (paper + date with weekday; 版名 + 第3版); the extracted text of an 一图读懂 infographic FIRST (label, title, short fragments, figures with ↑, arrows → and ↓, a ▶ pointer to another page, 制图 credit): no headline-and-text, so not an article; 政策解读 article with byline line 本报记者 X　Y; label 权威发布 over two items with ◆ headlines, the first signed （记者 X） run in at the end, the second with no credit; label 专家解读 over a piece signed by an expert, the byline line being the expert's post then name; footer with editor and proof-reader")
    pg.furniture(["溟阳经济报　" + cn_date(2035, 1, 23),
                  "政策·解读　　第3版"], "page header")
    pg.blank()
    pg.furniture(["一图读懂",
                  "2035年溟阳市政府工作报告",
                  "2034年成绩单",
                  "地区生产总值",
                  "5826亿元　↑5.8%",
                  "一般公共预算收入",
                  "412.6亿元　↑4.1%",
                  "城镇新增就业",
                  "9.2万人",
                  "↓",
                  "2035年主要目标",
                  "地区生产总值增长5.5%左右",
                  "→ 居民收入增长与经济增长同步",
                  "→ 城镇调查失业率控制在5.5%以内",
                  "→ 单位GDP能耗下降2.5%",
                  "十件民生实事　▶　详见第4版",
                  "制图：本报融媒体中心"],
                 "一图读懂 infographic text: label, title and fragments, no headline with text of its own (not an article)")
    pg.blank()
    a = Article(
        "a", "今年溟阳经济工作这样干",
        byline="本报记者　瞿念　巫晓白", authors=["瞿念", "巫晓白"],
        notes="政策解读 article following the infographic; byline line 本报记者 X　Y (two reporters, both authors). The "
              "deputies and officials quoted are not authors.",
        paras=[
            "1月22日开幕的溟阳市第十六届人民代表大会第五次会议上，《政府工作报告》提出今年全市地区生产总值增长5.5%左右的预期目标。这一目标怎么定的？靠什么实现？",
            "“5.5%左右的目标，既考虑了稳就业、惠民生的需要，也与潜在增长水平相适应。”市发展改革委主任单启航说。报告明确，今年将安排市级重大项目320个，年度计划投资1260亿元，其中制造业项目占比不低于四成。",
            "扩大消费是今年的另一条主线。报告提出，实施“溟阳消费提振年”行动，全年发放消费券2亿元，打造3条夜间消费示范街区，支持汽车、家电、家居以旧换新。市人大代表、溟阳百川商贸集团董事长殷澄说，政策“组合拳”对零售企业是实实在在的利好。",
            "报告还首次把“营商环境满意度”列入年度考核指标，要求涉企审批事项平均办理时限再压缩20%。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["权威发布"], "column label 权威发布")
    b1 = Article("b1", "溟阳出台新一轮住房消费支持政策", head=["◆溟阳出台新一轮住房消费支持政策"], section="权威发布",
                 byline="（记者　瞿念）", authors=["瞿念"], tail="（记者　瞿念）",
                 notes="Item under the label 权威发布 (section); the ◆ before the headline is a mark, not part of the title. "
                       "The credit （记者 X） run in at the end is the byline, excluded from last.",
                 paras=["1月22日，溟阳市住房和城乡建设局等五部门联合发布通知，购买首套新建商品住房的家庭，按房款的1%给予购房补贴，最高3万元；多孩家庭住房公积金贷款额度上浮20%。政策自发布之日起实施，有效期至2035年12月31日。"])
    b2 = Article("b2", "涉企行政检查推行“扫码入企”", head=["◆涉企行政检查推行“扫码入企”"], section="权威发布",
                 notes="Item under the label 权威发布 with a ◆ headline and no credit: no byline, no authors.",
                 paras=["从2月1日起，溟阳市行政执法人员进入企业开展检查，须先扫描企业“检查码”登记，未经登记的检查企业有权拒绝。同一部门对同一企业的检查，原则上每年不超过2次。"])
    for art in (b1, b2):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["专家解读"], "column label 专家解读")
    c = Article(
        "c", "以扩大内需对冲外部不确定性", section="专家解读", kind="commentary",
        byline="溟阳市社会科学院经济研究所所长　卓怀远", authors=["卓怀远"],
        notes="专家解读 signed by the expert himself: the byline line is his post then his name (the expert wrote "
              "it, so he is the author, unlike experts who are only quoted or who answer a reporter). A signed "
              "opinion piece: commentary.",
        paras=[
            "从今年的《政府工作报告》看，溟阳把扩大内需摆在了更加突出的位置。这是符合实际的选择。去年全市外贸出口增速比上年回落3.2个百分点，外部需求的不确定性仍在上升。",
            "扩大内需，关键是让居民“能消费、敢消费、愿消费”。一方面要通过稳就业、增收入夯实消费能力，另一方面要通过完善社保、优化供给改善消费预期。报告中养老托育、社区服务等领域的投入安排，正是着眼于此。",
            "同时也要看到，投资仍是稳增长的重要支撑。建议在项目谋划上更多向城市更新、新型基础设施倾斜，提高投资的综合效益。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：苗时雨　　校对：冼青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def la03() -> Page:
    """Government-affairs paper 政策·服务 page with NO blank line: label 政策问答 over a Q&A compiled by a reporter
    (intro, 问：／答：); label 权威发布 over an item with the bare run-in 本报讯; label 划重点 over a headline and ▶
    bullets; item credited （…供稿） at the end; 12345 热线 box."""
    pg = Page("la03.txt", cols=24, indent=FW, blanks="never", seed=5703,
              style="government-affairs paper 政策·服务 page indented with ONE U+3000, NO blank line anywhere: header on three lines (paper; date with weekday + 第2版; 版名); label 政策问答 over a Q&A: headline ending in a question, byline line 本报记者 X　整理, intro paragraph, then 问：／答： paragraphs (a department answers, unnamed); label 权威发布 over an item with the bare run-in 本报讯 naming no reporter; label 划重点 over a headline and four ▶ bullets (term：text) with no indent; item with the credit （市政务服务局供稿） run in at the end; 12345 热线 weekly box (title, five numbered lines); footer with editor and proof-reader")
    pg.furniture(["萦川政务报",
                  cn_date(2034, 11, 6) + "　第2版",
                  "政策·服务"], "page header")
    pg.furniture(["政策问答"], "column label 政策问答")
    a = Article(
        "a", "灵活就业人员参加职工医保，怎么办？", section="政策问答", kind="interview",
        byline="本报记者　骆怀瑾　整理", authors=["骆怀瑾"],
        notes="政策问答 under the label 政策问答 (section): questions answered by the city's 医保局 (no person named), "
              "compiled by a reporter (byline line 本报记者 X　整理; the compiler is the author, as the 科普问答 of "
              "handmade55 ky08). Body: intro paragraph and 问：／答： paragraphs. Kind interview.",
        paras=[
            "近日，萦川市医疗保障局发布通知，进一步放开灵活就业人员参加职工基本医疗保险的户籍限制。读者关心的问题，记者请市医保局相关负责人作了解答。",
            "问：哪些人可以以灵活就业人员身份参保？",
            "答：年满16周岁、在本市从事个体经营或灵活就业、未参加职工医保的人员，不论户籍是否在本市，均可按规定参保。",
            "问：缴费标准是多少？",
            "答：以上年度全市城镇非私营单位在岗职工平均工资的60%至300%为缴费基数，费率为8%，可按月或按年缴纳。",
            "问：参保后多久可以享受待遇？",
            "答：首次参保的，连续缴费满3个月后享受职工医保待遇；中断缴费3个月内补缴的，视同连续缴费。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["权威发布"], "column label 权威发布")
    b = Article(
        "b", "城乡居民基础养老金每人每月提高20元", section="权威发布",
        byline="本报讯", lead="本报讯　",
        notes="Item under the label 权威发布 (section). The bare run-in 本报讯 names no reporter: byline 本报讯, no "
              "authors; it is excluded from first.",
        paras=[
            "经市政府同意，自2034年7月1日起，萦川市城乡居民基本养老保险基础养老金最低标准由每人每月235元提高到255元，其中市级财政负担新增部分的60%。提标后，全市约41万名城乡居民养老保险待遇领取人员受益，所需资金于11月底前补发到位。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["划重点"], "column label 划重点")
    c = Article(
        "c", "2035年度居民医保缴费指南", section="划重点",
        notes="划重点 bullet list under the label 划重点 (section) and its own headline: four ▶ bullets printed without "
              "indent (the body). No byline, no authors. Kind article.",
        paras=[Raw([
            "▶缴费时间：2034年11月1日至2035年2月28日。",
            "▶缴费标准：成年居民每人每年380元，学生和儿童每人每年300元。",
            "▶缴费渠道：“萦川医保”小程序、合作银行网点和村（社区）代收点。",
            "▶温馨提示：困难群众个人缴费部分由医疗救助资金全额或定额资助，无需自行缴纳。",
        ])])
    pg.headline(c)
    bullets(pg, c, c.paras[0].lines, 24, "", "")
    d = Article(
        "d", "“一网通办”事项增至1862项",
        byline="（市政务服务局供稿）", tail="（市政务服务局供稿）",
        notes="Item with the credit （市政务服务局供稿） run in at the end: the byline as printed, excluded from last; it "
              "names a department, not a person, so no authors.",
        paras=[
            "据萦川市政务服务和数据管理局统计，截至10月底，全市依申请政务服务事项“一网通办”比例达到98.6%，可网上办理事项增至1862项，其中412项实现“秒批秒办”。下一步，我市将推动更多跨部门事项“一件事一次办”。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["12345热线·本周热点",
                  "1.居民医保缴费　　　326件",
                  "2.供暖收费　　　　　214件",
                  "3.老旧小区改造　　　187件",
                  "4.公积金提取　　　　152件",
                  "5.义务教育入学　　　96件"], "12345 热线 weekly box (not an article)")
    pg.furniture(["编辑：邓素问　　校对：庄一默"], "footer")
    return pg


# ---------------------------------------------------------------------------
def la04() -> Page:
    """City daily 新闻发布会 page: press-conference digest (——副题 …摘要, byline line 本报记者 X　整理, intro, then
    主持人：／发言人　NAME：／…记者： paragraphs); label 记者手记 over a piece signed at its end; wire item with
    嵩华社 run-in dateline and （完）; run-in 本报讯（记者 X　通讯员 Y） item."""
    pg = Page("la04.txt", cols=30, indent=FW * 2, blanks="arts", seed=5704,
              style="city daily 新闻发布会 page, blank lines only between articles: header on three lines (paper; date with weekday; 第4版 + 版名 新闻发布 + 责任编辑); press-conference digest: headline, ——副题 (新闻发布会摘要), byline line 本报记者 X　整理, intro paragraph, then 主持人： / 发言人　NAME： / 岚桥广播电视台记者： paragraphs; label 记者手记 over a piece whose writer signs at its END (name right-aligned on a line of its own); wire item with run-in 嵩华社北京4月17日电（记者 X、Y） and （完） run in at the end; run-in 本报讯（记者 X　通讯员 Y） item; footer with editor, designer and proof-reader")
    pg.furniture(["岚桥日报",
                  cn_date(2035, 4, 18),
                  "第4版　新闻发布　　责任编辑：褚望川"], "page header")
    pg.blank()
    a = Article(
        "a", "我市出台稳外贸稳外资十条措施", kind="interview",
        subtitle="——市政府新闻办新闻发布会摘要",
        byline="本报记者　邬晴川　整理", authors=["邬晴川"],
        notes="新闻发布会 transcript digest: intro paragraph then 主持人： / 发言人　NAME： / …记者： paragraphs, all body. "
              "The ——副题 is the subtitle. Compiled by a reporter (byline line 本报记者 X　整理, the author). The host "
              "and the speakers (邰明远, 简如松) are not authors. Kind interview (officials answer reporters' "
              "questions, as a 答记者问).",
        paras=[
            "4月17日上午，市政府新闻办举行新闻发布会，介绍《岚桥市稳外贸稳外资若干措施》有关情况。市商务局局长邰明远、市税务局副局长简如松出席发布会并回答记者提问。现将发布会内容摘要如下。",
            "主持人：各位记者朋友，上午好！首先请邰明远局长介绍有关情况。",
            "发言人　邰明远：十条措施聚焦企业最关心的订单、资金、物流三个方面。比如，对参加境外重点展会的企业，展位费补贴比例由50%提高到70%；对新设立的外资研发中心，按实际投资额给予最高500万元奖励。",
            "主持人：下面进入提问环节。",
            "岚桥广播电视台记者：出口退税办理速度是企业普遍关心的问题，今年有什么新举措？",
            "发言人　简如松：今年我们将正常出口退税的平均办理时间压缩到3个工作日以内，对一类、二类出口企业实行“即报即审”。一季度，全市已办理出口退税28.4亿元，同比增长12.7%。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["记者手记"], "column label 记者手记")
    b = Article(
        "b", "发布会散场后的“加时赛”", section="记者手记", byline="邬晴川", authors=["邬晴川"],
        notes="记者手记 under its label (section): the reporter signs at the END, her name right-aligned on a line of "
              "its own (the byline; written without the leading U+3000s). Kind article.",
        paras=[
            "发布会结束后，邰明远没有马上离开。几位外贸企业负责人围上来，有人问展会补贴什么时候兑现，有人说海运费又涨了。他一边听，一边让身边的工作人员记下企业的名字和电话。",
            "“政策发布只是开头，能不能落地，要看后面的‘加时赛’。”他说。十几分钟后，发布厅的灯关了，走廊里的讨论还在继续。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 27 + b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "全国正常出口退税平均办理时间压缩至3个工作日",
        byline="嵩华社北京4月17日电（记者　钮安、查若溪）", authors=["钮安", "查若溪"],
        lead="嵩华社北京4月17日电（记者　钮安、查若溪）", tail="（完）",
        notes="Wire item of the invented agency 嵩华通讯社 (嵩华社): run-in dateline 嵩华社北京4月17日电（记者 X、Y） "
              "excluded from first (both reporters are authors); （完） run in at the end excluded from last.",
        paras=[
            "记者17日从税务部门获悉，今年一季度，全国正常出口退税平均办理时间已压缩至3个工作日，较去年同期缩短1.5个工作日。税务部门还将进一步扩大出口退税“无纸化”申报范围，便利外贸企业资金周转。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "岚桥综合保税区一季度进出口增长18.6%",
        byline="本报讯（记者　戚月明　通讯员　柏小禾）", authors=["戚月明", "柏小禾"],
        lead="本报讯（记者　戚月明　通讯员　柏小禾）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "记者从岚桥海关获悉，一季度岚桥综合保税区实现进出口总值216.3亿元，同比增长18.6%。其中，保税维修、跨境电商等新业态进出口额占比提升至31%。",
            "目前，区内已集聚外向型企业147家，今年计划新引进项目30个以上。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["编辑：宁可　　美编：卞一　　校对：乐晓澄"], "footer")
    return pg


PAGES = [la01, la02, la03, la04]
