"""Pages la05-la08 of handmade57 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


# ---------------------------------------------------------------------------
def la05() -> Page:
    """Economic daily 政策 page, NO indent: a document's full text (全文) under its headline, the 编者按 first, then
    第一条… articles with a chapter crosshead; label 政策解读 over an article with ——副题; label 延伸阅读 over a short
    piece with a headline; label 政务速递 over two items with 【】 headlines run in."""
    pg = Page("la05.txt", cols=40, indent="", blanks="para", seed=5705,
              style="economic daily 政策 page, NO indent, blank lines between paragraphs and blocks: header on two lines (paper + English name; date with weekday + 第6版 + 版名); label 全文 over a document printed in full: headline (the document's name), a 编者按 paragraph, then 第一条… articles (each a paragraph opening at the margin) with two chapter crossheads 第一章　总　则 / 第二章　奖励标准 (letter-spaced by U+3000); label 政策解读 over an article with ——副题 (——《…》解读) and byline line 本报记者 X; label 延伸阅读 over a short piece with its own headline; label 政务速递 over two items whose headlines are run in at the start in 【】, the first signed （记者 X） at the end; footer with editor, proof-reader and hotline")
    pg.furniture(["沣屿经济日报　FENGYU ECONOMIC DAILY",
                  cn_date(2035, 6, 12) + "　第6版　政策"], "page header")
    pg.blank()
    pg.furniture(["全文"], "column label 全文")
    a = Article(
        "a", "沣屿市首发经济奖励办法（试行）", section="全文",
        notes="A document's full text (全文) under its headline (the document's name, the title). The 编者按 paragraph "
              "printed between the headline and 第一条 belongs to this piece and is the start of the body; the "
              "chapter crossheads 第一章　总　则 / 第二章　奖励标准 and the 第一条… articles are body. The document "
              "is issued by a government office: no byline, no authors. Kind article.",
        paras=[
            "编者按：日前，沣屿市人民政府办公厅印发《沣屿市首发经济奖励办法（试行）》，自2035年7月1日起施行。为便于读者全面了解政策内容，本报今日全文刊发。",
            Cross("第一章　总　则"),
            "第一条　为加快发展首发经济，吸引国内外品牌在本市开设首店、发布首秀、推出首发新品，促进消费提质扩容，制定本办法。",
            "第二条　本办法所称首店，是指品牌在全球、全国、本省或者本市开设的第一家实体门店，以及传统品牌创新经营业态开设的新概念店。",
            "第三条　市商务局负责本办法的组织实施，市财政局负责奖励资金的预算安排和监督管理。",
            Cross("第二章　奖励标准"),
            "第四条　对品牌在本市开设全球首店或者亚洲首店的，给予最高300万元一次性奖励；开设全国首店的，给予最高100万元奖励；开设本省首店的，给予最高30万元奖励。",
            "第五条　对在本市举办新品首发、首秀活动，且单场活动投入不低于50万元的，按实际投入的30%给予补助，每个品牌每年最高50万元。",
            "第六条　同一事项符合本市其他政策奖励条件的，按照就高不重复的原则执行。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["政策解读"], "column label 政策解读")
    b = Article(
        "b", "首店首发最高奖励300万元", section="政策解读",
        subtitle="——《沣屿市首发经济奖励办法（试行）》解读",
        byline="本报记者　闵可", authors=["闵可"],
        notes="政策解读 of the document printed above it, under the label 政策解读 (section); ——副题 is the subtitle; "
              "byline line 本报记者 X. The official and the professor quoted (甘则明, 曾予安) are not authors.",
        paras=[
            "首店开在哪里，消费往往就流向哪里。市商务局副局长甘则明介绍，去年全市新引进各类首店136家，带动相关商圈客流增长两成以上。此次出台的办法，首次把首店、首秀、首发新品纳入统一奖励框架。",
            "与周边城市相比，沣屿的奖励标准有两个特点：一是分级奖励，全球首店、亚洲首店最高可获300万元；二是既奖“开店”也奖“办活动”，新品发布会等活动投入可按30%获得补助。",
            "“首发经济考验的是城市的消费吸引力。”沣屿大学商学院教授曾予安认为，奖励只是“敲门砖”，更重要的是持续优化商业环境，让品牌愿意来、留得住。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["延伸阅读"], "column label 延伸阅读")
    c = Article(
        "c", "什么是首发经济", section="延伸阅读",
        notes="延伸阅读 box with its own headline and text (section 延伸阅读): an article explaining a term. No byline, "
              "no authors.",
        paras=[
            "首发经济是指企业发布新产品、推出新业态、开设首店等经济活动的总称，涵盖从产品首次发布、首次展出到首次落地开设门店的全链条。首发经济能够带动消费升级，提升城市商业能级。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["政务速递"], "column label 政务速递")
    d1 = Article("d1", "沣屿启动夏季消费季", section="政务速递", lead="【沣屿启动夏季消费季】",
                 byline="（记者　闵可）", authors=["闵可"], tail="（记者　闵可）",
                 notes="Item under the label 政务速递 (section) whose headline is run in at the start in 【】: title_line "
                       "is the first body line, the bracketed headline excluded from first. The credit （记者 X） run in "
                       "at the end is the byline, excluded from last.",
                 paras=["6月11日，2035沣屿夏季消费季启动，活动持续至8月底，期间将举办各类促消费活动200余场，发放餐饮、住宿、文旅消费券3000万元。"])
    d2 = Article("d2", "企业开办最快0.5个工作日办结", section="政务速递", lead="【企业开办最快0.5个工作日办结】",
                 notes="Item under the label 政务速递 with the headline run in in 【】 and no credit: no authors.",
                 paras=["沣屿市将营业执照、公章刻制、发票申领、社保登记等事项整合为“企业开办一件事”，申请人一次提交材料，最快0.5个工作日即可办结。"])
    for art in (d1, d2):
        pg.body(art, head_role=True)
        pg.gap()
    pg.blank()
    pg.furniture(["本版编辑：滕若水　　校对：谢晚亭　　新闻热线：0×××-6128××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def la06() -> Page:
    """Party daily 要闻 page in a narrow column: lead with headline on two lines and run-in 本报讯（记者 X　通讯员 Y）,
    then a photo caption with credit; label 名词解释 over a box WITH its own headline; label 解读 over an article with
    byline line 文／本报记者 X; label 记者手记 over a piece signed （X） run in at the end."""
    pg = Page("la06.txt", cols=20, indent=FW * 2, blanks="para", seed=5706,
              style="city party daily 要闻 page in a narrow column, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 第3版·要闻 + 责任编辑); lead with headline on two lines (statement / figure) and run-in 本报讯（记者 X　通讯员 Y） wrapped over two lines, then a ▲ photo caption with credit 本报记者 X　摄 (wrapped); label 名词解释 over a box WITH its own headline and a text; label 解读 over an article with byline line 文／本报记者 X; label 记者手记 over a piece signed （X） run in at the end; footer wider than the column")
    pg.furniture(["翎江日报",
                  cn_date(2034, 8, 22),
                  "第3版·要闻　　责任编辑：喻小满"], "page header")
    pg.blank()
    a = Article(
        "a", "“一件事一次办”再扩容新增12个集成服务事项",
        head=["“一件事一次办”再扩容", "新增12个集成服务事项"],
        byline="本报讯（记者　余晚舟　通讯员　贝小溪）", authors=["余晚舟", "贝小溪"],
        lead="本报讯（记者　余晚舟　通讯员　贝小溪）",
        notes="Lead with a headline on two lines, joined. Run-in 本报讯（记者 X　通讯员 Y） (wrapped over two lines) "
              "excluded from first; both are authors. The ▲ photo caption with its credit after the body is not "
              "body, and its photographer is not an author.",
        paras=[
            "8月21日，翎江市政务服务中心新增“退休一件事”“新生儿出生一件事”“企业注销一件事”等12个集成服务事项，全市“一件事一次办”事项总数达到48个。",
            "据介绍，这些事项平均减少申请材料62%、减少跑动次数80%以上。群众既可以到综合窗口办理，也可以通过“翎江通”App在线申请。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture(wrap("▲市民在政务服务中心综合窗口办理业务。本报记者　阮秋　摄", 20),
                 "photo caption with credit (not body)")
    pg.gap()
    pg.furniture(["名词解释"], "column label 名词解释")
    b = Article(
        "b", "什么是“一件事一次办”", section="名词解释",
        notes="名词解释 box WITH its own headline and a text (label 名词解释 is the section): an article, as the 小贴士 "
              "box with a headline of handmade55 ky04; a 名词解释 box with only a term and its definition (la01, la10) "
              "is not. No byline, no authors.",
        paras=[
            "把群众和企业眼中需要跨部门、跨层级办理的多个关联事项，整合为一个办事场景，实行一次告知、一表申请、一套材料、一窗受理、一网办理。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["解读"], "column label 解读")
    c = Article(
        "c", "企业开办压缩到半天，怎么做到的", section="解读",
        byline="文／本报记者　车明远", authors=["车明远"],
        notes="政策解读 under the label 解读 (section); byline line 文／本报记者 X (the writer is the author). The "
              "official and the applicant quoted are not authors.",
        paras=[
            "过去在翎江开一家公司，跑工商、刻公章、领发票、办社保，至少要三四天。如今，这些事项被打包成“企业开办一件事”，最快半天就能拿到全部证照。",
            "“关键是数据多跑路。”市政务服务中心主任官敏说，申请人在网上填一张表，信息自动推送到各个部门，审批同步进行，结果统一反馈。",
            "今年以来，全市新设经营主体2.1万户，同比增长14%。刚刚拿到营业执照的餐饮店主晏小川说：“上午交材料，下午就能去银行开户了。”",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["记者手记"], "column label 记者手记")
    d = Article(
        "d", "窗口少了，服务多了", section="记者手记",
        byline="（余晚舟）", authors=["余晚舟"], tail="（余晚舟）",
        notes="记者手记 under its label (section), signed by the reporter with （X） run in at the end of the last "
              "paragraph: the byline, excluded from last. Kind article.",
        paras=[
            "走进翎江市政务服务中心，最直观的感受是窗口少了。过去按部门设置的68个窗口，如今合并成了22个综合窗口。",
            "窗口少了，服务却多了：帮办代办、延时服务、上门办理……一位老人办完退休手续后说，“比去菜市场还方便”。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版投稿邮箱：yaowen@ljrb.cn　　校对：房若溪"], "footer (wider than the column)")
    return pg


# ---------------------------------------------------------------------------
def la07() -> Page:
    """Law and government-affairs paper, extracted with a blank line after EVERY line: label 政策速递 over three
    items with 【】 headlines run in; label 政策问答 over a Q&A whose questions are numbered lines of their own (no
    问／答); 政策解读 with a kicker and byline line 本报记者 X."""
    pg = Page("la07.txt", cols=22, indent="  ", blanks="every", seed=5707,
              style="provincial law and government-affairs paper 政务 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines (paper + 第8版; date with weekday + 版名); label 政策速递 over three items whose headlines are run in at the start in 【】 (credits （记者 X）, （通讯员 X） at the end, one with none); label 政策问答 over a Q&A: headline, byline line 记者 X　整理 (no 本报), intro, then numbered questions each a line of its own (1.…？) over an answer paragraph, no 问：／答：; 政策解读 article with 引题 kicker and byline line 本报记者 X; footer with editor")
    pg.furniture(["沂澜法治与政务报　第8版",
                  cn_date(2035, 3, 16) + "　政务·民生"], "page header")
    pg.furniture(["政策速递"], "column label 政策速递")
    a1 = Article("a1", "全省推行涉企轻微违法首次不罚", section="政策速递", lead="【全省推行涉企轻微违法首次不罚】",
                 byline="（记者　仲夏）", authors=["仲夏"], tail="（记者　仲夏）",
                 notes="Item under the label 政策速递 (section) whose headline is run in in 【】 at the start: title_line "
                       "is the first body line; the bracketed headline excluded from first. Credit （记者 X） at the end "
                       "excluded from last.",
                 paras=["省司法厅日前公布第二批涉企轻微违法行为不予处罚清单，涉及市场监管、交通运输等领域的46项事项，企业首次违法且危害后果轻微并及时改正的，依法不予行政处罚。"])
    a2 = Article("a2", "住房公积金可提取支付物业费", section="政策速递", lead="【住房公积金可提取支付物业费】",
                 byline="（通讯员　郁可）", authors=["郁可"], tail="（通讯员　郁可）",
                 notes="Item under the label 政策速递 with a 【】 headline run in; credit （通讯员 X） at the end is the "
                       "byline, excluded from last; the 通讯员 is the author.",
                 paras=["自4月1日起，沂澜省直住房公积金缴存职工可按年提取住房公积金，用于支付本人及配偶名下自住住房的物业费。"])
    a3 = Article("a3", "省级医保目录新增药品39种", section="政策速递", lead="【省级医保目录新增药品39种】",
                 notes="Item under the label 政策速递 with a 【】 headline run in and no credit: no authors.",
                 paras=["新版省级医保药品目录3月起执行，新增39种药品，其中儿童用药11种、罕见病用药6种。"])
    for art in (a1, a2, a3):
        pg.body(art, head_role=True)
    pg.furniture(["政策问答"], "column label 政策问答")
    b = Article(
        "b", "新修订的消费者权益保护条例有哪些亮点", section="政策问答", kind="interview",
        byline="记者　仲夏　整理", authors=["仲夏"],
        notes="政策问答 under its label (section), compiled by a reporter (byline line 记者 X　整理, no 本报; the author). "
              "The questions are numbered lines of their own (1.…？) printed without indent, each over an answer "
              "paragraph; there is no 问：／答：. Questions and answers are body; the 法工委 official who answers is "
              "not named and not an author. Kind interview.",
        paras=[
            "《沂澜省消费者权益保护条例》修订后将于5月1日起施行。记者就读者关心的问题，请教了省人大常委会法工委相关负责人。",
            Cross("1.预付式消费有哪些新规定？"),
            "经营者收取预付款超过5000元的，应当与消费者签订书面合同；消费者要求退还未消费余额的，经营者应当在7日内退还。",
            Cross("2.“大数据杀熟”怎么管？"),
            "条例明确，经营者不得利用消费者的个人信息，对交易条件相同的消费者在价格上实行不合理的差别待遇。",
            Cross("3.自动续费要注意什么？"),
            "经营者应当在自动续费前5日以显著方式提醒消费者，并提供便捷的取消方式。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "告别“奔波路”基层法律服务送上门",
        byline="本报记者　乔慕云", authors=["乔慕云"],
        notes="政策解读 article with 引题 kicker 公共法律服务体系建设 (neither title nor subtitle); byline line 本报记者 X. "
              "The official quoted is not an author.",
        paras=[
            "今年起，沂澜省在全部村（社区）推行法律顾问“一村一律师”制度，律师每月至少到村服务一次，群众可以通过村级公共法律服务室视频连线律师。",
            "“过去打官司要跑县城，现在在家门口就能咨询。”省司法厅公共法律服务处处长林栖梧说，全省今年还将新建乡镇公共法律服务工作站260个。",
        ])
    pg.kicker(c, "公共法律服务体系建设")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["责任编辑：桑知白"], "footer")
    return pg


# ---------------------------------------------------------------------------
def la08() -> Page:
    """Economic 导报 要闻 page, blank lines sometimes plus column breaks: label 发布会直击 over a press-conference digest
    with literal 主持人：／发言人：／记者： lines and a table printed between two paragraphs; label 专家解读 over a
    roundup (post　NAME lines), compiled by a reporter; run-in 本报讯（记者 X） item."""
    pg = Page("la08.txt", cols=32, indent=FW * 2, blanks="some", colbreak=9, seed=5708, p_para=0.5, p_gap=0.85,
              style="provincial economic 导报 要闻 page, blank lines sometimes plus column breaks (a blank line every 9 body lines, also inside paragraphs): header on three lines (paper; date with weekday; A2 + 版名 + 责任编辑); label 发布会直击 over a press-conference digest: headline, byline line 本报记者 X, intro paragraph, a table of indicators (title, four rows, 数据来源) printed BETWEEN the intro and the transcript, then literal 主持人： / 发言人： / 记者： paragraphs; label 专家解读 over a roundup: headline, byline line 本报记者 X　整理, intro, three experts each introduced by a line post　NAME over one paragraph; economic item with run-in 本报讯（记者 X）; footer with proof-reader and designer")
    pg.furniture(["嵩原经济导报",
                  cn_date(2036, 4, 17),
                  "A2　要闻　　责任编辑：贺兰舟"], "page header")
    pg.blank()
    pg.furniture(["发布会直击"], "column label 发布会直击")
    a = Article(
        "a", "一季度嵩原经济运行开局良好", section="发布会直击", kind="interview",
        byline="本报记者　晏书白", authors=["晏书白"],
        notes="新闻发布会 digest under the label 发布会直击 (section): intro paragraph, then literal 主持人： / 发言人： / "
              "记者： paragraphs (all body). The indicators table printed between the intro and the transcript is "
              "not body (body in pieces). Byline line 本报记者 X (the author); the 统计局 spokesman named in the intro "
              "(邴文澜) is not. Kind interview, as la04.",
        paras=[
            "4月16日，嵩原省政府新闻办举行新闻发布会，省统计局新闻发言人邴文澜介绍一季度全省经济运行情况并回答记者提问。",
            "主持人：请发言人介绍一季度全省经济运行的总体情况。",
            "发言人：初步核算，一季度全省地区生产总值13268亿元，同比增长5.6%，增速比上年全年加快0.3个百分点。工业、投资、消费三大需求同步回升，就业和物价总体稳定。",
            "记者：一季度规上工业增速达到7.1%，主要是哪些行业在拉动？",
            "发言人：装备制造业贡献最大。一季度全省装备制造业增加值增长11.8%，拉动规上工业增长4.2个百分点，其中新能源汽车、工业机器人产量分别增长36.5%和28.7%。",
            "记者：下阶段消费能否保持回升势头？",
            "发言人：从先行指标看，3月份全省消费者信心指数比2月份提高2.4点。随着以旧换新政策加力扩围，我们预计二季度消费将继续稳中向好。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=1)
    pg.blank()
    pg.furniture(["一季度全省主要经济指标",
                  "地区生产总值　　　13268亿元　↑5.6%",
                  "规上工业增加值　　　　　　　↑7.1%",
                  "固定资产投资　　　　　　　　↑4.3%",
                  "社会消费品零售总额　5120亿元　↑5.9%",
                  "数据来源：嵩原省统计局"], "indicators table printed between two paragraphs of the digest (not body)")
    pg.blank()
    pg.body(a, start=1)
    pg.gap()
    pg.furniture(["专家解读"], "column label 专家解读")
    b = Article(
        "b", "如何看待一季度经济数据", section="专家解读",
        byline="本报记者　宓可欣　整理", authors=["宓可欣"],
        notes="专家解读 roundup under the label 专家解读 (section), compiled by a reporter (byline line 本报记者 X　整理, "
              "the author): intro, then each expert introduced by a line post　NAME (body lines, as the expert lines of "
              "g05 of handmade22) over one paragraph. The experts (宁致远, 庄以宁, 季沐阳) are not authors. Kind article.",
        paras=[
            "一季度全省经济数据发布后，本报邀请三位专家进行解读。",
            Cross("嵩原大学经济学院教授　宁致远"),
            "5.6%的增速好于市场预期，更值得关注的是结构的变化。装备制造业对工业增长的贡献率超过一半，说明新旧动能转换正在加快。",
            Cross("省社会科学院产业经济研究所研究员　庄以宁"),
            "投资增速仍然偏低，民间投资信心有待提振。建议进一步清理影响公平竞争的规定，让民间资本有更多参与重大项目的机会。",
            Cross("嵩原财经学院副院长　季沐阳"),
            "消费回升势头较好，但服务消费潜力还没有充分释放。要在养老、育幼、文旅等领域增加优质供给，把消费意愿转化为实际购买力。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "一季度全省新设民营企业5.8万户",
        byline="本报讯（记者　殷望舒）", authors=["殷望舒"], lead="本报讯（记者　殷望舒）",
        notes="Economic item with run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从省市场监管局获悉，一季度全省新设民营企业5.8万户，同比增长9.4%，占新设企业总数的93.2%。其中，科技服务、数字经济领域新设企业增速均超过20%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["校对：敖晓　　美编：钱一诺"], "footer")
    return pg


PAGES = [la05, la06, la07, la08]
