"""Pages kc09-kc12 of handmade33 (development set; all journals, think tanks, names, institutions, places and
figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, justify, wrap


# ---------------------------------------------------------------------------
def kc09() -> Page:
    """Journal page, NO indent: label ·会议综述· over a conference 综述 (headline opening with a quotation mark,
    crossheads 一、二、三、, experts' views, credit （整理：X　Y） right-aligned on a line of its own, ［责任编辑：X］);
    a 会讯 item with the bare run-in 本刊讯 (no reporter); 征稿启事 notice; column breaks inside paragraphs."""
    pg = Page("kc09.txt", cols=36, indent="", blanks="para", colbreak=22, seed=3309,
              style="economics journal page, NO indent, blank lines between paragraphs and blocks plus column breaks (a blank line every 22 body lines, also inside paragraphs; with no indent, paragraph starts show only as blank lines): running head (journal + 2035年第4期 + page number); label ·会议综述· over a conference summary: headline opening with a quotation mark, intro, crossheads 一、二、三、, experts named in the text, credit （整理：X　Y） right-aligned on a line of its own after the body, then ［责任编辑：X］; 会讯 item with a headline and the bare run-in 本刊讯 (no reporter); 征稿启事 notice (title, text, 投稿邮箱) at the foot")
    pg.furniture(["衡岳经济学刊　2035年第4期　　　　　　　　　　　· 143 ·"], "running head with page number")
    pg.blank()
    a = Article(
        "a", "“统一大市场建设与区域协调发展”学术研讨会综述", section="会议综述",
        byline="（整理：邬静言　柏小舟）", authors=["邬静言", "柏小舟"],
        notes="**new:** conference summary (会议综述) under the label ·会议综述· (section, dots dropped). Title opens "
              "with a quotation mark, kept. The credit （整理：X　Y） right-aligned on a line of its own after the body "
              "is the byline (written without its leading U+3000s); the two compilers are the authors (as the 整理 "
              "of the g05 roundup of handmade22). The ［责任编辑：X］ line is not body. The scholars whose views are "
              "summarised (韩立群, 温叙白, 邝闻溪, 苏晚亭) are not authors. Kind article.",
        paras=[
            "2035年3月15日至16日，由本刊编辑部、霁川大学经济学院和东衡财经大学区域经济研究院联合主办的“统一大市场建设与区域协调发展”学术研讨会在汀阳举行。来自40余所高校、科研机构和政府部门的120余位专家学者参加了会议。与会学者围绕统一大市场建设的理论内涵、区域市场分割的成因与影响、区域协调发展的政策路径等议题展开了深入研讨。现将会议主要观点综述如下。",
            Cross("一、统一大市场建设的理论内涵与时代要求"),
            "霁川大学经济学院教授韩立群认为，建设全国统一大市场，关键在于实现基础制度规则统一、市场设施高标准联通、要素和资源市场统一、商品和服务市场高水平统一以及市场监管公平统一。他指出，统一大市场并不意味着各地区经济发展模式的整齐划一，而是要在统一规则的基础上，充分发挥各地比较优势，形成分工合理、优势互补的区域经济格局。",
            "东衡财经大学区域经济研究院院长温叙白从历史比较的角度指出，大国经济的优势很大程度上来自统一市场带来的规模经济和分工深化。他认为，我国超大规模市场的潜力尚未完全释放，地方保护和市场分割造成的效率损失仍不容忽视。据其团队测算，省际市场分割使制造业全要素生产率降低约5%至8%。",
            Cross("二、区域市场分割的成因与表现"),
            "与会学者普遍认为，地方保护和市场分割的根源在于地方政府的激励结构。南屿大学经济学院副教授邝闻溪通过对各地招商引资政策文本的分析发现，部分地区仍存在以税收返还、土地出让价格优惠等方式进行“政策竞争”的现象，导致企业跨区域迁移和投资决策扭曲。霁川省社会科学院研究员苏晚亭指出，在政府采购和招投标领域，设置地域性门槛、限定本地品牌等隐性壁垒仍时有发生，需要通过完善公平竞争审查制度加以规范。",
            Cross("三、推进区域协调发展的政策路径"),
            "关于如何在统一大市场建设中促进区域协调发展，与会学者提出了多方面的建议。有学者建议，应加快建立区域间利益补偿机制，通过横向转移支付、产业园区合作共建、税收分享等方式，平衡产业转出地和承接地的利益关系。也有学者强调，应进一步完善财税体制，合理划分各级政府的事权和支出责任，从根本上弱化地方政府实施市场分割的动机。还有学者提出，应加快推进数字基础设施互联互通，以数字化手段降低跨区域交易成本、破除区域市场壁垒。",
            "会议认为，建设全国统一大市场是一项长期任务，需要理论界和实务界持续深入研究。与会学者表示，将继续围绕这一重大问题开展跟踪研究，为相关决策提供学理支撑。",
        ])
    pg.furniture(["·会议综述·"], "column label")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.line(a, FW * 24 + a.byline, "byline")
    pg.furniture(["［责任编辑：蒋白露］"], "editor line (not body)")
    pg.blank()
    b = Article(
        "b", "第十二届县域经济发展论坛将于9月在岚州举办",
        byline="本刊讯", lead="本刊讯　",
        notes="**new:** 会讯 item with the bare run-in 本刊讯 (the journal's own report, no reporter named): byline "
              "本刊讯, excluded from first; no authors (as the bare 本报北京5月8日讯 of handmade22).",
        paras=[
            "由霁川省县域经济学会、岚州市人民政府共同主办的第十二届县域经济发展论坛将于2035年9月下旬在岚州举办。本届论坛以“县域产业转型与城乡融合发展”为主题，设主论坛和“县域数字经济”“县域特色产业集群”“县域财政金融”三个分论坛，届时将发布《霁川省县域经济发展指数报告（2035）》。论坛即日起接受参会报名和论文投稿。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["《衡岳经济学刊》“数字经济与区域发展”专题征稿启事"]
                 + wrap("为推动数字经济与区域发展领域的学术研究，本刊拟于2035年第10期推出“数字经济与区域发展”专题，诚邀海内外学者惠赐佳作。来稿请注明“专题投稿”字样，截稿日期为2035年7月31日。", 36)
                 + ["投稿邮箱：hyjjxk@hyjx.org.cn"], "征稿启事 notice (not an article)")
    return pg


# ---------------------------------------------------------------------------
def kc10() -> Page:
    """学术动态 column of a journal in a very narrow column, NO blank line anywhere: label over five items: a
    headline on two lines; a run-in 【headline】 at the start of the text; a headline on two lines with an
    organisation credit; a headline letter-spaced across the column and broken mid-word; a second run-in
    【headline】 with no credit. Credits run in at the end (（X）, （本刊记者　X）, （学会秘书处））."""
    pg = Page("kc10.txt", cols=10, indent=FW, blanks="never", seed=3310,
              style="journal's 学术动态 column in a 10-character column indented with ONE U+3000, NO blank line anywhere: running head wider than the column; label 学术动态 over five items: a headline on two lines; a run-in 【headline】 at the start of the first text line (with 《》 inside); a headline on two lines and an organisation credit （学会秘书处）; a headline letter-spaced with U+3000 across the column and broken over two lines in MID-WORD (中　小　企　业　景 / 气　报　告　发　布); a second run-in 【headline】 with no credit; credits run in at the end (（X）, （本刊记者　X）, （学会秘书处）); footer wider than the column")
    pg.furniture(["南屿经济评论　2035年第2期　· 159 ·"], "running head with page number")
    pg.furniture(["学术动态"], "column label 学术动态")
    note_lab = "Item of the 学术动态 column (section). "
    a = Article(
        "a", "霁川大学举办数字经济青年学者论坛", head=["霁川大学举办数字", "经济青年学者论坛"],
        section="学术动态", byline="（林溪）", authors=["林溪"], tail="（林溪）",
        notes=note_lab + "Headline on two lines, joined. The credit （X） run in at the end is the byline, excluded "
                         "from last.",
        paras=["4月12日，首届数字经济青年学者论坛在霁川大学举行。来自全国30余所高校的80余名青年学者围绕数据要素、平台经济、人工智能与就业等议题进行了交流。论坛共收到投稿216篇，评选出优秀论文12篇。"])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "《南屿经济评论》创刊三十周年座谈会召开",
        section="学术动态", byline="（本刊记者　杭小舟）", authors=["杭小舟"],
        lead="【《南屿经济评论》创刊三十周年座谈会召开】", tail="（本刊记者　杭小舟）",
        notes=note_lab + "Run-in 【headline】 at the start of the text: the title (brackets dropped, 《》 kept); its "
                         "line is title_line and the first body line; the bracketed headline is excluded from "
                         "first. Credit （本刊记者　X） run in at the end, excluded from last.",
        paras=["5月8日，本刊创刊三十周年座谈会在南屿举行。与会专家学者回顾了本刊三十年来的办刊历程，并就新时期经济学期刊如何更好服务学术研究和经济社会发展建言献策。"])
    pg.body(b, head_role=True)
    c = Article(
        "c", "县域经济学会年会征文启动", head=["县域经济学会", "年会征文启动"],
        section="学术动态", byline="（学会秘书处）", tail="（学会秘书处）",
        notes=note_lab + "Headline on two lines, joined. **new:** the organisation credit （学会秘书处） run in at the "
                         "end is the byline, excluded from last; it names no person: no authors.",
        paras=["霁川省县域经济学会2035年学术年会将于10月在东衡举行，即日起面向社会公开征集论文。征文主题包括县域产业发展、城乡融合、县域财政与金融等，截稿日期为8月31日。"])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "中小企业景气报告发布",
        section="学术动态", byline="（章念）", authors=["章念"], tail="（章念）",
        notes=note_lab + "Headline letter-spaced with U+3000 across the column and broken over two lines in "
                         "mid-word (景 / 气), joined unspaced. Credit （X） at the end excluded from last.",
        paras=["东衡财经大学中小企业研究中心日前发布《东衡中小企业景气报告（2035）》。报告显示，一季度中小企业景气指数为52.6，连续三个季度位于景气区间，其中制造业和信息服务业中小企业景气度回升较快。"])
    pg.headline(d, spread_cols=10)
    pg.body(d)
    e = Article(
        "e", "澜海社科院成立数据要素研究中心",
        section="学术动态", lead="【澜海社科院成立数据要素研究中心】",
        notes=note_lab + "Run-in 【headline】 at the start of the text (the title, excluded from first); no credit: "
                         "no byline, no authors.",
        paras=["澜海社会科学院数据要素研究中心日前揭牌成立。该中心将围绕数据产权、数据定价、数据跨境流动等问题开展研究，并定期发布数据要素市场发展报告。"])
    pg.body(e, head_role=True)
    pg.furniture(["（本栏目编辑：苗若水）"], "column footer with editor")
    return pg


# ---------------------------------------------------------------------------
def kc11() -> Page:
    """University 学报 page of a 专题笔谈 (symposium): running head with 第38卷第2期 and Vol.; label 专题笔谈 and the
    symposium's topic; 编者按; two short essays, each with a title and an author line NAME（作者单位） in brackets;
    the odd-page running head naming the first author (蒙季川等：…（笔谈）) and a page number extracted in the
    MIDDLE of the first essay; ① ② notes; footnote block (收稿日期, 作者简介, ①②) at the foot."""
    pg = Page("kc11.txt", cols=30, indent="  ", blanks="arts", seed=3311,
              style="university 学报 (社会科学版) page of a 专题笔谈 symposium, indented with two ASCII spaces, blank lines only between blocks: running head on two lines (学报 + 第38卷第2期 + date; Vol.38 No.2); label 专题笔谈 over the symposium topic line; 编者按：… paragraph; two essays, each a title and an author line NAME（作者单位，city postcode） in brackets; the odd-page running head naming the first author (蒙季川等：新质生产力与区域协调发展（笔谈）) and the page number · 13 · extracted in the MIDDLE of the first essay's paragraph; footnote markers ① ②; the second essay cut off mid-sentence; footnote block under a rule (收稿日期, 作者简介, ① ② notes)")
    pg.furniture(["东衡财经大学学报（社会科学版）　第38卷第2期　2035年3月",
                  "Journal of Dongheng University of Finance　Vol.38 No.2"], "running head")
    pg.blank()
    pg.furniture(["专题笔谈", "新质生产力与区域协调发展"], "column label 专题笔谈 and the symposium topic")
    pg.blank()
    pg.furniture(wrap("编者按：发展新质生产力，既是推动高质量发展的内在要求，也为缩小区域发展差距提供了新的可能。如何因地制宜发展新质生产力，推动形成优势互补、高质量发展的区域经济布局，是当前理论界和实务界共同关注的重要课题。本刊特邀三位学者围绕这一主题展开笔谈，以飨读者。", 30),
                 "编者按 of the symposium (not body)")
    pg.blank()
    note = ("**new:** essay of a journal 笔谈 (symposium) under the label 专题笔谈 (section; the topic line under the "
            "label is furniture). Byline is the author line as printed, NAME（作者单位…） with the affiliation in "
            "brackets; the name is the author. Commentary (a short signed argued essay). ")
    a = Article(
        "a", "因地制宜发展新质生产力的区域逻辑", section="专题笔谈", kind="commentary",
        byline="蒙季川（霁川大学　中国县域经济研究中心，霁川　汀阳　410082）", authors=["蒙季川"],
        notes=note + "The odd-page running head naming the author (蒙季川等：…（笔谈）) and the page number "
                     "extracted in the middle of a paragraph are not body (pieces).",
        paras=[
            "新质生产力以科技创新为核心驱动力，但这并不意味着所有地区都要走同一条发展路子。我国幅员辽阔，各地资源禀赋、产业基础、科研条件差异很大，发展新质生产力必须坚持从实际出发，先立后破、因地制宜、分类指导①。",
            "从区域经济的视角看，因地制宜发展新质生产力至少包含三层含义。第一，创新资源富集的中心城市应当承担原始创新和关键核心技术攻关的重任，在前沿领域形成一批具有全球影响力的创新策源地；第二，制造业基础较好的地区应着力推动传统产业的高端化、智能化、绿色化改造，以新技术赋能传统产业，而不是简单地“腾笼换鸟”；第三，欠发达地区应立足生态、能源、文化等比较优势，在数字经济、绿色能源、特色农业等领域寻找新的增长点，避免盲目跟风布局与自身条件不相符的新兴产业。",
            "值得警惕的是，一些地方在发展新兴产业时仍存在“一哄而上”的倾向。据不完全统计，全国已有20余个省份将低空经济列为重点发展产业，10余个省份提出打造人形机器人产业集群②。如果缺乏统筹，新一轮重复建设和产能过剩的风险不容忽视。因此，既要鼓励各地积极探索，也要加强跨区域的规划协调和产业分工，形成各具特色、错位发展的新质生产力区域格局。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    parts = Page.chunks(pg.render_body(a), [16])
    pg.emit(a, parts[0])
    pg.furniture(["蒙季川等：新质生产力与区域协调发展（笔谈）", "· 13 ·"],
                 "odd-page running head and page number extracted in the middle of a paragraph (not body)")
    pg.emit(a, parts[1])
    pg.blank()
    b = Article(
        "b", "以数字化转型推动欠发达地区培育新质生产力", section="专题笔谈", kind="commentary",
        byline="温叙白（东衡财经大学　区域经济研究院，东衡　溧城　330013）", authors=["温叙白"],
        notes=note + "The essay is cut off mid-sentence at the foot (continued overleaf).",
        paras=[
            "欠发达地区发展新质生产力，面临创新资源匮乏、人才外流、产业基础薄弱等现实约束。但数字技术的扩散，为这些地区提供了“换道超车”的机会。一方面，数字基础设施的普及显著降低了欠发达地区获取信息、技术和市场的成本；另一方面，云计算、工业互联网平台等数字化服务的“按需使用”模式，使中小企业无需大规模前期投入就能用上先进的数字化工具。",
            "以霁川省西部山区为例，近年来当地依托电商平台和直播带货，推动特色农产品走向全国市场，部分县的农产品网络零售额年均增长超过30%。但调研也发现，多数企业的数字化仍停留在销售环节，生产和管理环节的数字化程度较低，",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.body(b)
    pg.blank()
    pg.furniture(["—" * 8, "收稿日期：2035-01-06"]
                 + wrap("作者简介：蒙季川，男，霁川大学中国县域经济研究中心主任、教授，博士生导师；温叙白，男，东衡财经大学区域经济研究院院长、教授。", 30)
                 + wrap("①参见霁川省发展和改革委员会《关于因地制宜发展新质生产力的指导意见》（2034年）。", 30)
                 + wrap("②根据各省（区、市）2034年政府工作报告整理。", 30),
                 "footnote block (收稿日期, 作者简介, ① ② notes; not body)")
    return pg


# ---------------------------------------------------------------------------
def kc12() -> Page:
    """Provincial think-tank 研究简报: header (brief name, 研究简报, issue, editor and date); 本期要目 listing the
    three pieces; report with crossheads and the credit （执笔人：X　Y） on a line of its own; report whose byline
    line names only a 课题组 (no person); label 观点摘编 over a roundup of experts' views signed （X　摘编）; footer
    with distribution, editor, proof-reader and 共印N份; column breaks inside paragraphs; one line letter-spaced."""
    pg = Page("kc12.txt", cols=32, indent=FW * 2, blanks="para", colbreak=16, seed=3312,
              style="provincial think-tank 研究简报, blank lines between paragraphs and blocks plus column breaks (a blank line every 16 body lines, also inside paragraphs): header on four lines (brief name 岑川发展研究, 研究简报, 2035年第9期, editor + date); 本期要目 box of three ◎ titles that are ALSO the headlines below; report with crossheads 一、二、三、 and paragraphs （一）…, one body line letter-spaced, credit （执笔人：X　Y） on a line of its own after the body; report with a byline line naming only a 课题组 (no person); label 观点摘编 over a roundup of three experts' views, signed （X　摘编） run in at the end; footer (rule, 报送 line, editor, proof-reader, 共印100份)")
    pg.furniture(["岑川发展研究",
                  "研究简报",
                  "2035年第9期",
                  "岑川省发展研究中心编　　　　2035年4月28日"], "brief header")
    pg.blank()
    pg.furniture(["本期要目",
                  "◎一季度全省经济运行分析与二季度走势研判",
                  "◎关于促进民营企业扩大有效投资的调研报告",
                  "◎稳投资要在“精准”上下功夫"], "本期要目 box (contents; not articles)")
    pg.blank()
    a = Article(
        "a", "一季度全省经济运行分析与二季度走势研判",
        byline="（执笔人：祁望舒　柯晚晴）", authors=["祁望舒", "柯晚晴"],
        notes="Think-tank report. Its headline is also listed in the 本期要目 box above (that line is contents, not "
              "a headline). Crossheads are body. **new:** the credit （执笔人：X　Y） on a line of its own after the "
              "body is the byline; both writers are authors.",
        paras=[
            "一季度，面对复杂多变的外部环境，全省经济运行总体平稳、稳中有进。初步核算，全省地区生产总值同比增长5.6%，比上年全年加快0.3个百分点，高于全国平均水平0.2个百分点。",
            Cross("一、一季度经济运行的主要特点"),
            "（一）工业生产较快增长。全省规模以上工业增加值同比增长7.1%，其中装备制造业增长10.8%，高技术制造业增长13.5%，对规上工业增长的贡献率超过五成。新能源汽车、工业机器人、锂离子电池产量分别增长41.2%、26.7%和18.9%。",
            "（二）消费市场持续恢复。全省社会消费品零售总额增长5.9%，其中限额以上单位通讯器材类、家用电器类零售额分别增长22.4%和17.6%，以旧换新政策效应持续显现。服务消费增势较好，全省接待游客人次和旅游收入分别增长12.3%和14.8%。",
            "（三）外贸结构继续优化。全省进出口总值增长4.2%，其中出口增长6.5%。对共建“一带一路”国家进出口增长9.1%，占全省进出口总值的比重提高到48.6%。",
            Cross("二、需要关注的几个问题"),
            "一是投资增长动力偏弱。全省固定资产投资增长2.1%，其中房地产开发投资下降8.3%，民间投资增长0.9%，均低于预期。二是企业经营压力较大。规上工业企业利润总额下降3.7%，营业收入利润率为4.9%，比上年同期下降0.4个百分点。三是部分市县财政收支矛盾突出，“三保”支出压力加大。",
            Cross("三、二季度走势研判与建议"),
            "综合判断，二季度全省经济有望延续回升态势，预计地区生产总值增长5.5%左右。建议：一是加快专项债券发行使用，推动重大项目早开工、早见效；二是落实落细惠企政策，帮助企业降本减负；三是持续扩大服务消费，培育文旅、养老、托育等消费新增长点。",
        ])
    pg.headline(a)
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [5], " "))
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    b = Article(
        "b", "关于促进民营企业扩大有效投资的调研报告",
        byline="岑川省发展研究中心企业研究所课题组",
        notes="Report whose byline line names only a research group (课题组): byline as printed, no person named: "
              "no authors. The entrepreneurs surveyed are not authors.",
        paras=[
            "为了解民营企业投资意愿和面临的困难，课题组近期对全省326家民营企业开展了问卷调查，并赴4个设区市进行了实地调研。调查显示，今年计划扩大投资的企业占41.7%，比去年同期下降5.2个百分点；计划维持现有投资规模的企业占46.3%；计划缩减投资的企业占12.0%。",
            "企业反映的主要困难集中在三个方面：市场需求不足、订单不稳定，占比58.4%；融资难融资贵，占比36.9%；用地、用能等要素保障不到位，占比24.2%。部分企业表示，一些领域仍存在隐性准入门槛，民营企业参与重大项目建设的渠道不够畅通。",
            "课题组建议：进一步拓宽民间投资领域，每年向民营企业推介一批交通、能源、水利、市政等领域的优质项目；完善民营企业融资增信机制，扩大政府性融资担保覆盖面；建立重点民间投资项目要素保障“绿色通道”，帮助企业解决项目推进中的实际困难。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "稳投资要在“精准”上下功夫", section="观点摘编",
        byline="（郑小棠　摘编）", authors=["郑小棠"], tail="（郑小棠　摘编）",
        notes="Roundup of three experts' views under the label 观点摘编 (section). **new:** the credit （X　摘编） run "
              "in at the end is the byline, excluded from last; the compiler is the author (as the 编译 credits of "
              "handmade22). The experts quoted (黎照川, 房一鸣, 贺兰舟) are not authors. Kind article (compiled, as "
              "the g05 roundup of handmade22).",
        paras=[
            "岑川大学经济学院教授黎照川认为，当前稳投资的关键不在于规模，而在于精准。要把有限的财政资金投向补短板、强弱项的领域，优先支持城市更新、地下管网改造、县域公共服务设施建设等项目，避免“撒胡椒面”。",
            "岑川省社会科学院研究员房一鸣指出，民间投资是稳投资的主力。要切实破除民营企业参与重大项目的隐性壁垒，探索政府和社会资本合作的新机制，让民营企业“愿意投、敢于投、投得进”。",
            "岑川省宏观经济学会副会长贺兰舟建议，要用好超长期特别国债等政策工具，加强项目前期储备和论证，提高项目的成熟度和收益水平，防止出现“钱等项目”或新增隐性债务等问题。",
        ])
    pg.furniture(["观点摘编"], "column label 观点摘编")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["─" * 16,
                  "报送：省委、省政府有关领导同志",
                  "编辑：梅映雪　　校对：杭一苇　　（共印100份）"], "brief footer (distribution, editor, proof-reader)")
    return pg


PAGES = [kc09, kc10, kc11, kc12]
