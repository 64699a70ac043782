"""Pages ku01-ku04 of handmade51 (development set; all papers, authorities, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, width, wrap


def right(text: str, cols: float) -> str:
    """A line set flush right in a column `cols` wide (signatures, dates), padded with U+3000."""
    return FW * max(0, int(cols - width(text))) + text


# ---------------------------------------------------------------------------
def ku01() -> Page:
    """Provincial party daily 专版 page 4: a document printed in full inside a news item: headline on two lines
    (issuers parted by U+3000 / 《title》), bare run-in 本报讯, 《…》全文如下, the document's title and date repeated
    inside the text, 一、二、 sections and （一）（二） paragraphs; the text stops mid-sentence at the foot of the page
    and the jump line （下转第5版） follows on a line of its own."""
    pg = Page("ku01.txt", cols=46, indent=FW * 2, blanks="para", seed=5101,
              style="provincial party daily 专版 page 4: header on two lines (版名 letter-spaced + page number; paper + date with weekday); the issuers' news item printing a 实施意见 in full: headline on two lines (中共X省委　X省人民政府印发 / 《关于…的实施意见》), bare run-in 本报讯, 《…》全文如下, the document's title and date (（2035年3月26日）) repeated inside the text, 一、二、三、 section heads and （一）…（五） paragraphs; the text stops MID-SENTENCE at the foot of the page and the jump line （下转第5版） is on a line of its own; QR box and footer")
    pg.furniture(["专　版　　4",
                  "澄川日报　" + cn_date(2035, 4, 3)], "page header")
    pg.blank()
    a = Article(
        "a", "中共澄川省委澄川省人民政府印发《关于加快建设现代化产业体系的实施意见》",
        head=["中共澄川省委　澄川省人民政府印发", "《关于加快建设现代化产业体系的实施意见》"],
        byline="本报讯", lead="本报讯　",
        notes="**new:** a document printed in full inside the issuers' news item is ONE article: the headline of the "
              "news item (two lines, the U+3000 between the issuers dropped) is the title; the body runs from the "
              "news item's first sentence through 《…》全文如下 and the whole text, the document's own title and "
              "date line repeated inside it and the 一、二、 section heads included (as crossheads). The bare "
              "run-in 本报讯 names no reporter: byline, excluded from first, no authors. The text continues on "
              "page 5 (ku02); it stops here mid-sentence and the jump line （下转第5版） on a line of its own is "
              "not body.",
        paras=[
            "近日，中共澄川省委、澄川省人民政府印发了《关于加快建设现代化产业体系的实施意见》，并发出通知，要求各地各部门结合实际认真贯彻落实。",
            "《关于加快建设现代化产业体系的实施意见》全文如下。",
            Cross("关于加快建设现代化产业体系的实施意见"),
            Cross("（2035年3月26日）"),
            "为深入贯彻党中央关于加快建设现代化产业体系的决策部署，推动全省产业结构优化升级，加快形成以先进制造业为骨干、现代服务业和现代农业协同发展的产业格局，结合我省实际，现提出如下实施意见。",
            Cross("一、总体要求"),
            "坚持把发展经济的着力点放在实体经济上，坚持传统产业改造提升和新兴产业培育壮大并重，坚持科技创新和产业创新深度融合，坚持市场主导和政府引导相结合。到2027年，全省制造业增加值占地区生产总值比重稳定在30%以上，战略性新兴产业增加值占比达到20%，数字经济核心产业增加值占比达到12%，培育形成5个产值超千亿元的先进制造业集群；到2030年，现代化产业体系基本建成，产业综合竞争力进入全国前列。",
            Cross("二、推动传统产业改造提升"),
            "（一）实施制造业技术改造升级工程。聚焦冶金、化工、建材、纺织、食品等传统优势产业，每年滚动实施省级重点技术改造项目500个以上。对设备购置额达到一定规模的技术改造项目，按设备投资额的一定比例给予奖补，单个项目最高不超过1000万元。",
            "（二）加快数字化转型。推进规模以上工业企业数字化改造全覆盖，分行业制定数字化转型路线图，建设一批智能工厂、数字化车间和工业互联网平台。到2027年，全省规模以上工业企业关键工序数控化率达到68%，数字化研发设计工具普及率达到85%。",
            "（三）推动绿色低碳转型。严格落实能耗、环保、质量、安全等标准，依法依规淘汰落后产能。支持企业实施节能降碳改造，创建一批绿色工厂、绿色工业园区，推动钢铁、水泥、石化等重点行业能效全面达到基准水平。",
            Cross("三、培育壮大战略性新兴产业"),
            "（四）打造先进制造业集群。围绕新能源汽车、新型储能、集成电路、生物医药、高端装备、新材料等领域，实施集群培育工程，按照“一个集群、一套专班、一支基金、一批项目”的方式推进，支持鹭洲、云梧、泊阳等市建设具有全国影响力的产业集群。",
            "（五）前瞻布局未来产业。建立未来产业培育机制，在低空经济、人形机器人、",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转第5版）"], "jump line （下转第5版） on a line of its own (not body)")
    pg.blank()
    pg.furniture(["扫描二维码", "阅读《实施意见》图解"], "QR-code box")
    pg.blank()
    pg.furniture(["本版责任编辑：祁映雪　　美术编辑：隋小凡　　校对：汤若愚"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ku02() -> Page:
    """Party daily 专版 page 5: the rest of ku01's document under the jump line （上接第4版） with NO headline on this
    page (title null), starting mid-sentence; label 政策解读 over a 答记者问 (——deck, byline line 本报记者 X, 问：／答：);
    a 短评 with byline line ■　X under its headline."""
    pg = Page("ku02.txt", cols=23, indent=FW * 2, blanks="some", seed=5102, p_para=0.4, p_gap=0.8,
              style="provincial party daily 专版 page 5, narrow columns, blank lines sometimes: header on three lines (paper; date with weekday + page number; 版名 专　版); the jump line （上接第4版） over the rest of ku01's document with NO headline on this page (title null), the text starting MID-SENTENCE, four more section heads and （六）…（十） paragraphs; label 政策解读 over a 答记者问 (headline, ——deck …有关负责人解读《实施意见》, byline line 本报记者 X, 问：／答： paragraphs, the official not named); label 短评 over a comment with byline line ■　X under its headline; footer")
    pg.furniture(["澄川日报",
                  cn_date(2035, 4, 3) + "　5",
                  "专　版"], "page header")
    pg.blank()
    pg.furniture(["（上接第4版）"], "jump line （上接第4版） (not body)")
    a = Article(
        "a", None,
        notes="**new:** the continuation of ku01's document (jump line （上接第4版） above it, not body). No headline "
              "is printed on this page: title null, no byline, no authors. The text starts mid-sentence (the "
              "sentence began on page 4) and the section heads 四、五、 are body (crossheads). Kind article.",
        paras=[
            "量子信息、氢能和储能、合成生物等领域布局一批未来产业先导区，设立未来产业发展专项资金，支持开展关键技术攻关和应用场景示范。",
            Cross("四、加快发展现代服务业"),
            "（六）推动生产性服务业向专业化和价值链高端延伸。大力发展研发设计、检验检测、现代物流、供应链金融、知识产权服务等生产性服务业，培育一批服务型制造示范企业和平台。",
            "（七）推动生活性服务业向高品质和多样化升级。发展壮大文化旅游、健康养老、托育家政、体育休闲等产业，推动商贸流通业数字化改造，建设一批高品质步行街和智慧商圈。",
            Cross("五、强化要素保障"),
            "（八）加大财政金融支持。统筹用好省级产业发展专项资金，设立总规模300亿元的省现代化产业发展基金。引导金融机构加大制造业中长期贷款和信用贷款投放，支持符合条件的企业上市挂牌和发行债券融资。",
            "（九）强化用地和人才保障。优先保障重大产业项目用地，推行“标准地”出让和工业用地弹性年期供应。实施产业人才集聚计划，对引进的高层次人才和急需紧缺人才，在落户、住房、子女入学等方面给予支持。",
            "（十）加强组织领导。建立省现代化产业体系建设工作推进机制，定期研究解决重大问题。各市县要结合实际制定具体落实措施，省有关部门要加强协调配合，确保各项任务落到实处。",
        ])
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "五方面发力构建现代化产业体系", section="政策解读", kind="interview",
        subtitle="——省发展改革委有关负责人解读《实施意见》",
        byline="本报记者　葛青岚", authors=["葛青岚"],
        notes="答记者问 under the label 政策解读 (section): ——deck is the subtitle (wrapped over two lines), byline "
              "line 本报记者 X (the interviewer, the author). The body is 问：／答： paragraphs; the official who "
              "answers is not named. Kind interview (as the 答记者问 of earlier sets).",
        paras=[
            "问：《实施意见》出台的背景是什么？",
            "答：产业体系是经济发展的根基。近年来，我省工业经济保持平稳增长，但也存在传统产业比重偏高、新兴产业规模偏小、产业链关键环节受制于人等问题。出台《实施意见》，就是要系统谋划我省产业发展的方向和路径，以产业升级带动经济高质量发展。",
            "问：与以往的产业政策相比，《实施意见》有哪些新特点？",
            "答：一是更加注重系统性，把传统产业、新兴产业、未来产业和现代服务业作为一个整体统筹谋划；二是更加注重精准性，明确了集群培育、技术改造、数字化转型等方面的量化目标；三是更加注重可操作性，在资金、用地、人才等方面提出了具体支持措施。",
            "问：企业最关心的是政策能不能真正落地。下一步有什么安排？",
            "答：我们将会同有关部门抓紧制定技术改造奖补、产业基金管理等配套细则，建立重点任务清单和工作台账，实行月调度、季通报，对工作成效明显的市县给予激励。同时，组织政策宣讲进园区、进企业，让企业了解政策、用好政策。",
        ])
    pg.furniture(["政策解读"], "column label 政策解读")
    pg.headline(b)
    for ln in wrap(b.subtitle, 23):
        pg.line(b, ln, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "让好政策尽快转化为发展实效", section="短评", kind="commentary",
        byline="■　史望舒", authors=["史望舒"],
        notes="Comment under the label 短评 (section); byline line ■　X under the headline (the ■ is a mark), the "
              "writer is the author. Commentary.",
        paras=[
            "一份好的政策文件，价值在于落实。《实施意见》为我省加快建设现代化产业体系画出了“路线图”，接下来要把“路线图”变成“施工图”，把“时间表”变成“成绩单”。",
            "政策落地，关键在于打通“最后一公里”。各地各部门要以企业感受为标尺，能简化的流程尽量简化，能提前兑现的奖补尽快兑现，让企业少跑腿、早受益。只有政策红利真正转化为企业的发展动力，现代化产业体系建设才能蹄疾步稳。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：祁映雪", "校对：汤若愚"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ku03() -> Page:
    """Economic daily 政策·文件 通版, two ASCII spaces, NO blank line: a 通知 printed in full with its attached 办法
    (第一章…, 第一条…): headline broken mid-word over two lines, 文号 line, addressee, the issuer's signature, date
    and （此件公开发布） BETWEEN the 通知 and the 办法 (body in pieces), and a 名词解释 box printed inside the 办法
    (body in three pieces); run-in 本报讯（记者 X） item."""
    pg = Page("ku03.txt", cols=40, indent="  ", blanks="never", seed=5103,
              style="economic daily 政策·文件 通版 indented with two ASCII spaces, NO blank line anywhere: header on two lines; a 通知 printed in full with the 办法 it issues: headline broken MID-WORD over two lines (…《鹭洲市民营 / 企业创新发展促进办法》的通知), 文号 line, addressee line flush left, one-sentence 通知, the issuer's signature and date right-aligned and （此件公开发布） BETWEEN the 通知 and the 办法, then the 办法's title, 第一章…第四章 heads and 第一条…第十四条 articles; a 名词解释 box (label, term, definition) printed INSIDE the 办法 between two articles; run-in 本报讯（记者 X） item; footer")
    pg.furniture(["汇通经济报　" + cn_date(2035, 4, 10) + "　第6版",
                  "政策·文件　　主编：闵照临　　责编：向晚晴"], "page header")
    a = Article(
        "a", "鹭洲市人民政府关于印发《鹭洲市民营企业创新发展促进办法》的通知",
        head=["鹭洲市人民政府关于印发《鹭洲市民营", "企业创新发展促进办法》的通知"],
        byline="鹭洲市人民政府",
        notes="**new:** a 通知 printed in full with the 办法 it issues (现将《…》印发给你们) is ONE article: the 办法 is "
              "its attachment, printed straight after the signature block with its title set as a text line, not "
              "as a separate item with a headline of its own. "
              "Title is the 通知's headline (broken mid-word over two lines, joined). The 文号 line under the "
              "headline is not body. Body: the addressee line, the 通知 text, then the 办法 (its title, chapter "
              "heads and 第X条 articles all body). **new:** the issuer's signature, date and （此件公开发布） printed "
              "between the 通知 and the 办法 are not body (a signature: byline = the issuer as printed, no "
              "authors), and the 名词解释 box printed inside the 办法 is not body (nor an article: a term and its "
              "definition, no headline): the body is in three pieces.",
        paras=[
            Raw(["各区人民政府，市政府各部门，各直属机构："]),
            "现将《鹭洲市民营企业创新发展促进办法》印发给你们，请认真贯彻执行。",
            Cross("鹭洲市民营企业创新发展促进办法"),
            Cross("第一章　总则"),
            "第一条　为激发民营企业创新活力，推动民营经济高质量发展，根据有关法律法规和政策规定，结合本市实际，制定本办法。",
            "第二条　本办法适用于在本市依法登记注册、具有独立法人资格的民营企业。",
            "第三条　市发展改革、科技、工业和信息化、财政、市场监管等部门按照职责分工，做好民营企业创新发展的支持和服务工作。",
            Cross("第二章　创新支持"),
            "第四条　鼓励民营企业加大研发投入。对上年度研发费用达到500万元以上且增幅超过20%的企业，按研发费用增量部分的10%给予奖励，单个企业每年最高200万元。",
            "第五条　支持民营企业建设研发机构。对新认定的国家级、省级企业技术中心，分别给予300万元、100万元的一次性奖励。",
            "第六条　实施创新券制度。每年安排创新券资金5000万元，民营中小企业可使用创新券购买检验检测、技术开发、知识产权等科技服务，单个企业每年使用额度最高30万元。",
            "第七条　支持民营企业参与重大科技专项和首台（套）装备、首批次材料、首版次软件的研发与应用，对取得市场应用的，按合同金额的一定比例给予支持。",
            Cross("第三章　要素保障"),
            "第八条　市级政府投资基金按照市场化原则，优先投向科技型民营企业。鼓励银行机构开发知识产权质押贷款、研发贷等金融产品，对符合条件的贷款给予贴息。",
            "第九条　优先保障民营企业重点创新项目用地需求。支持民营企业利用存量工业用地建设研发中心，在不改变用途的前提下提高容积率的，不再增收土地价款。",
            "第十条　民营企业引进的高层次人才，享受本市人才政策规定的住房、子女入学、医疗等服务保障。",
            "第十一条　建立民营企业创新服务专员制度，为企业提供政策咨询、项目申报、成果转化等“一对一”服务。",
            Cross("第四章　附则"),
            "第十二条　同一项目符合本市多项支持政策的，按照就高不重复的原则执行。",
            "第十三条　本办法由市发展改革委负责解释。",
            "第十四条　本办法自2035年5月1日起施行，有效期5年。",
        ])
    pg.headline(a)
    pg.line(a, "鹭政规〔2035〕4号", "docno")
    # the 通知 (addressee + one paragraph) / signature block / the 办法 up to 第五条 / 名词解释 box / the rest
    pg.body(a, end=2)
    pg.line(a, right("鹭洲市人民政府", 40), "signature")
    pg.line(a, right("2035年4月1日", 40), "signature")
    pg.line(a, "（此件公开发布）", "signature")
    pg.body(a, start=2, end=10)
    pg.furniture(["名词解释",
                  "【创新券】"] + wrap("政府向中小企业免费发放的一种权益凭证，企业用它向服务机构购买科技服务，服务机构凭券向政府兑付资金。", 40, "  "),
                 "名词解释 box inside the 办法 (not body, not an article)")
    pg.body(a, start=10)
    b = Article(
        "b", "鹭洲首批创新券下月开放申领",
        byline="本报讯（记者　蔺采薇）", authors=["蔺采薇"], lead="本报讯（记者　蔺采薇）",
        notes="Run-in 本报讯（记者 X） excluded from first. The official quoted is not named.",
        paras=[
            "记者从鹭洲市科技局获悉，《鹭洲市民营企业创新发展促进办法》施行后，首批创新券将于5月中旬开放申领，额度共计2000万元。企业可通过市政务服务平台在线申请，审核通过后创新券直接发放至企业账户。",
            "市科技局有关负责人介绍，目前已有186家检验检测、技术开发和知识产权服务机构入驻创新券服务平台，企业可在平台上比价选择服务机构，服务完成后由服务机构凭券向财政部门申请兑付。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["本版校对：柴一洲　　版式：邵北辰"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ku04() -> Page:
    """Economic daily 公示·公告 page indented with ONE U+3000: a 公示 with its list of firms printed inside the text
    and the issuer's signature after it; run-in 本报讯（记者 X） item; a 通知 with its 附件 (名单) printed after the
    signature (the 附件 belongs to it: body in pieces); a 名单 printed apart with its own headline (its own
    article)."""
    pg = Page("ku04.txt", cols=34, indent=FW, blanks="arts", seed=5104,
              style="economic daily 公示·公告 page indented with ONE U+3000, blank lines only between articles and blocks: header on two lines; a 公示 (headline, text, a list of 14 firms with a header row printed inside the text, 公示期 and 联系电话 paragraphs, the issuer's signature and date right-aligned after it); run-in 本报讯（记者 X） item; a 通知 with headline on two lines, 文号 line, addressee, text ending 附件：…名单, the issuer's signature and date, then 附件 and the list's title and ten numbered rows (the 附件 belongs to the 通知: body in pieces); a 名单 printed APART with its own headline, an intro sentence and numbered rows, and a source line （来源：…） after it; footer")
    pg.furniture(["公示·公告　　7",
                  "汇通经济报　" + cn_date(2035, 4, 10)], "page header")
    pg.blank()
    firms = [
        ("鹭洲恒拓精密机械有限公司", "鹭洲市"), ("鹭洲澜芯微电子有限公司", "鹭洲市"),
        ("云梧科宇智能装备股份有限公司", "云梧市"), ("云梧瑞禾生物科技有限公司", "云梧市"),
        ("泊阳青石新材料科技有限公司", "泊阳市"), ("泊阳远帆汽车零部件有限公司", "泊阳市"),
        ("栾溪华嘉纺织科技有限公司", "栾溪市"), ("栾溪明川液压件有限公司", "栾溪市"),
        ("鹭洲数衡软件技术有限公司", "鹭洲市"), ("云梧启航光电科技有限公司", "云梧市"),
        ("泊阳德润食品机械有限公司", "泊阳市"), ("石埭县金穗农业装备有限公司", "栾溪市"),
        ("青禾县绿源环保材料有限公司", "鹭洲市"), ("鹭洲安途传感技术有限公司", "鹭洲市"),
    ]
    table = ["序号　企业名称　　　　　　　　　所在市"] + [
        f"{i:<2d}　{name}{FW * (15 - len(name))}{city}" for i, (name, city) in enumerate(firms, 1)]
    a = Article(
        "a", "关于2035年度澄川省专精特新中小企业拟认定名单的公示",
        byline="澄川省工业和信息化厅",
        notes="**new:** a 公示 printed in full is an article (an official document, not the paper's own notice): "
              "its list of firms (header row and 14 rows, printed inside the text) and the 公示期 and 联系电话 "
              "paragraphs are body. The issuer's signature and date after the text are not body (byline = the "
              "issuer as printed, no authors).",
        paras=[
            "根据《澄川省专精特新中小企业认定管理办法》，经企业自愿申报、各市工业和信息化主管部门推荐、专家评审和实地核查，拟认定鹭洲恒拓精密机械有限公司等14家企业为2035年度澄川省专精特新中小企业，现将名单公示如下：",
            Raw(table),
            "公示期为2035年4月10日至4月16日。公示期间，任何单位和个人对拟认定企业有异议的，可以书面形式向省工业和信息化厅反映。以单位名义反映的，须加盖单位公章；以个人名义反映的，须署真实姓名并提供联系方式。",
            "联系电话：0733-8609××××",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, right("澄川省工业和信息化厅", 33), "signature")
    pg.line(a, right("2035年4月9日", 33), "signature")
    pg.blank()
    b = Article(
        "b", "全省专精特新中小企业突破1800家",
        byline="本报讯（记者　阎书棋）", authors=["阎书棋"], lead="本报讯（记者　阎书棋）",
        notes="Run-in 本报讯（记者 X） excluded from first. The official quoted is not named.",
        paras=[
            "记者从省工业和信息化厅获悉，截至今年3月底，全省累计培育省级专精特新中小企业1836家、国家级专精特新“小巨人”企业212家。这些企业平均研发投入强度达到6.1%，拥有有效发明专利2.3万件，八成以上深耕细分市场10年以上。",
            "省工业和信息化厅有关负责人表示，今年将建立专精特新企业“一企一策”服务机制，在融资对接、人才引进、市场开拓等方面加大支持力度，力争全年新增省级专精特新中小企业300家以上。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    shops = [
        ("鹭洲恒拓精密机械有限公司", "精密轴承加工数字化车间"),
        ("云梧科宇智能装备股份有限公司", "数控机床总装数字化车间"),
        ("泊阳远帆汽车零部件有限公司", "制动盘铸造数字化车间"),
        ("栾溪华嘉纺织科技有限公司", "功能面料织造数字化车间"),
        ("鹭洲澜芯微电子有限公司", "芯片封装测试数字化车间"),
        ("云梧瑞禾生物科技有限公司", "酶制剂发酵数字化车间"),
        ("泊阳德润食品机械有限公司", "食品包装机械装配数字化车间"),
        ("栾溪明川液压件有限公司", "液压阀体加工数字化车间"),
        ("鹭洲安途传感技术有限公司", "压力传感器生产数字化车间"),
        ("云梧启航光电科技有限公司", "光学镜片镀膜数字化车间"),
    ]
    annex = []
    for i, (firm, shop) in enumerate(shops, 1):
        annex += wrap(f"{i}．{firm}　{shop}", 34)
    c = Article(
        "c", "澄川省工业和信息化厅关于公布2035年第一批省级数字化车间名单的通知",
        head=["澄川省工业和信息化厅关于公布2035年", "第一批省级数字化车间名单的通知"],
        byline="澄川省工业和信息化厅",
        notes="**new:** a 通知 with its 附件: the 附件 printed after the signature (the word 附件, the list's title "
              "and its ten rows, no headline of its own) belongs to the 通知 and is body; the signature and date "
              "between the text and the 附件 are not body (body in pieces; byline = the issuer, no authors). The "
              "文号 line under the two-line headline is not body.",
        paras=[
            Raw(["各市工业和信息化局："]),
            "为加快推进制造业数字化转型，根据《澄川省数字化车间和智能工厂认定办法》，经企业申报、各市推荐、专家评审和公示，认定鹭洲恒拓精密机械有限公司精密轴承加工数字化车间等10个车间为2035年第一批省级数字化车间，现将名单予以公布。",
            "各市要加强对数字化车间的跟踪服务和示范推广，引导更多企业对标提升。被认定的企业要持续加大投入，不断提高数字化、网络化、智能化水平。",
            "附件：2035年第一批省级数字化车间名单",
            Cross("附件"),
            Cross("2035年第一批省级数字化车间名单"),
            Raw(annex),
        ])
    pg.headline(c)
    pg.line(c, "澄工信数〔2035〕18号", "docno")
    pg.body(c, end=4)
    pg.line(c, right("澄川省工业和信息化厅", 33), "signature")
    pg.line(c, right("2035年4月3日", 33), "signature")
    pg.body(c, start=4)
    pg.blank()
    plants = ["泊阳青石新材料科技有限公司", "栾溪华嘉纺织科技有限公司", "云梧瑞禾生物科技有限公司",
              "石埭县金穗农业装备有限公司", "鹭洲恒拓精密机械有限公司", "青禾县绿源环保材料有限公司",
              "泊阳德润食品机械有限公司", "云梧科宇智能装备股份有限公司"]
    d = Article(
        "d", "2035年度澄川省绿色工厂名单",
        byline="（来源：省工业和信息化厅）",
        notes="**new:** a 名单 printed APART with its own headline (not introduced as anyone's 附件) is an article of "
              "its own: intro sentence and numbered rows are body. The source line （来源：…） after it is the "
              "byline, not body; no authors.",
        paras=[
            "经企业自评、第三方评价、各市推荐和专家论证，以下8家企业入选2035年度澄川省绿色工厂。",
            Raw([f"{i}．{p}" for i, p in enumerate(plants, 1)]),
        ])
    pg.headline(d)
    pg.body(d)
    pg.line(d, d.byline, "byline")
    pg.blank()
    pg.furniture(["本版编辑：甘棠　　校对：黎照水"], "footer")
    return pg


PAGES = [ku01, ku02, ku03, ku04]
