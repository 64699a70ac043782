"""Pages md05-md08 of handmade86 (development set; all papers, names, firms, places, codes and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap
from pages_a import box, n_lines, render_chars, right, top, whole


# ---------------------------------------------------------------------------
def md05() -> Page:
    """Daily 能源·电力 page in a very narrow column, two U+3000 of indent, blank lines between paragraphs and
    blocks, column breaks every 10 body lines, reading order broken: lead with a headline letter-spaced with
    U+3000 over two lines broken mid-word, a photo caption between two paragraphs, a running header read in the
    MIDDLE of a paragraph, and its text ending mid-sentence before （下转第6版）; run-in item; 用电提示 box with no
    headline; item with byline □ 本报记者 X."""
    pg = Page("md05.txt", cols=13, indent=FW * 2, blanks="para", colbreak=10, seed=8605,
              style="city daily 能源·电力 page in a very narrow column, indent two U+3000, blank lines between "
                    "paragraphs and blocks, plus a column break (blank line) every 10 body lines, reading order "
                    "broken: header (paper; date with weekday; 第5版　能源·电力; 责任编辑); lead with headline "
                    "LETTER-SPACED with U+3000 over two lines broken mid-word, ——副题, byline 本报记者 X　见习记者 Y "
                    "wrapped over two lines, a photo caption with credit X　摄 BETWEEN two paragraphs, a RUNNING "
                    "HEADER (paper·能源　date) read in the MIDDLE of a paragraph, and the text ending mid-sentence "
                    "before the jump line （下转第6版）; item with run-in 本报讯（通讯员 X　记者 Y）; 用电提示 box with no "
                    "headline (label, numbered tips, （…提供）); item with byline line □ 本报记者 X; footer with 投稿邮箱")
    box(pg, ["沣溪日报", cn_date(2038, 7, 25), "第5版　能源·电力", "责任编辑：宁望舒"], "page header with 责任编辑")
    a = Article(
        "a", "迎峰度夏电力负荷创新高",
        subtitle="——最高用电负荷达1268万千瓦，电力供应平稳有序",
        byline="本报记者　车晓岚　见习记者　奚禾", authors=["车晓岚", "奚禾"],
        notes="Lead. Headline letter-spaced with U+3000 over two lines, broken mid-word (…度夏电力 / 负荷创…); the "
              "title is joined unspaced. The ——副题 is the subtitle. Byline line 本报记者 X　见习记者 Y wrapped over "
              "two lines (both authors). The photo caption with credit between two paragraphs and the running header "
              "read in the middle of a paragraph are not body (body in pieces). The story continues on page 6: the "
              "body here ends mid-sentence and the jump line （下转第6版） is neither body nor an article. Column "
              "breaks fall inside paragraphs. The dispatcher quoted (阎书朗) is not an author.",
        paras=[
            "7月24日14时25分，沣溪电网最高用电负荷达到1268万千瓦，比去年最高负荷增长9.3%，今年以来第三次创下历史新高。当日全网用电量2.61亿千瓦时，同样刷新纪录。",
            "持续高温是负荷攀升的主要原因。7月中旬以来，全市最高气温连续12天超过37摄氏度，空调负荷占到最高用电负荷的四成左右。与此同时，工业生产保持较快增长，全市规上工业企业用电量同比增长7.8%。",
            "面对用电高峰，沣溪多措并举保障电力供应。今年迎峰度夏前，全市新投运500千伏变电站1座、220千伏变电站3座，新增变电容量210万千伏安；外购电通道输送能力提升至420万千瓦，比去年增加60万千瓦。",
            "新型储能首次成规模参与顶峰。在沣溪储能电站集群，12座电化学储能电站在用电晚高峰同时放电，最大放电功率86万千瓦，相当于一座中型火电厂的出力。“白天光伏发电多时充电，晚上负荷高峰时放电，储能正在成为电网的‘超级充电宝’。”沣溪供电公司调度控制中心主任阎书朗说。",
            "需求侧也在发挥作用。今年全市已有1360家工商业用户签订需求响应协议，可调节负荷达到92万千瓦。7月24日晚高峰时段，市里启动了今年首次",
        ])
    top(pg, a, spread_cols=13, byline=False)
    for ln in ("本报记者　车晓岚", "见习记者　奚禾"):
        pg.line(a, ln, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.gap()
    box(pg, wrap("▲7月24日，供电公司员工在城东变电站巡视设备。", 13) + ["奚禾　摄"],
        "photo caption with credit between two paragraphs (not body)")
    rest = pg.render_body(a, start=2)
    p3 = n_lines(pg.render_body(a, start=2, end=3))
    first, second = Page.chunks(rest, [p3 + 5])
    pg.emit(a, first)
    box(pg, ["沣溪日报·能源　2038.7.25"], "running header read in the middle of a paragraph (not body)", gap=False)
    pg.emit(a, second)
    box(pg, ["（下转第6版）"], "jump line 下转第6版 (not body)")
    b = Article(
        "b", "分布式光伏装机突破300万千瓦",
        byline="本报讯（通讯员　匡一禾　记者　车晓岚）", authors=["匡一禾", "车晓岚"],
        lead="本报讯（通讯员　匡一禾　记者　车晓岚）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） (wrapped over three lines) excluded from first; both are authors.",
        paras=[
            "截至6月底，全市分布式光伏累计装机容量达到312万千瓦，比去年底增长21%，其中工商业屋顶光伏占六成以上。上半年分布式光伏发电量18.6亿千瓦时，相当于节约标准煤56万吨。",
        ])
    whole(pg, b, lines=wrap(b.title, 13))
    box(pg, ["用电提示"] + wrap("1.空调温度宜设置在26℃以上。", 13) + wrap("2.错峰使用大功率电器。", 13)
        + wrap("3.发现电力设施隐患请拨打供电服务热线。", 13) + ["（沣溪供电公司提供）"],
        "用电提示 box with no headline of its own (not an article)")
    d = Article(
        "d", "“绿电”交易量同比翻番",
        byline="□ 本报记者　庞晓渡", authors=["庞晓渡"],
        notes="Byline line □ 本报记者 X (the □ is a mark; the reporter is the author). The trader quoted is not an "
              "author.",
        paras=[
            "今年上半年，沣溪电力交易中心组织绿色电力交易电量24.8亿千瓦时，同比增长112%，参与交易的用电企业达到386家，其中外向型制造企业占七成。",
            "“海外客户越来越看重产品的碳足迹，用上绿电，出口订单更有底气。”一家光伏组件企业的电力交易负责人说。",
        ])
    whole(pg, d, lines=wrap(d.title, 13))
    box(pg, ["本版投稿：", "nengyuan@fxrb.cn"], "footer with 投稿邮箱", gap=False)
    return pg


# ---------------------------------------------------------------------------
def md06() -> Page:
    """City daily 税收·服务 special page in a wide column, FOUR ASCII spaces of indent, blank lines between
    paragraphs and blocks: label 政策问答 over a tax Q&A (kicker, headline, intro, six 问：／答： pairs) signed
    （本报记者 X　通讯员 Y　整理） on a line of its own at the END; 办税提示 box; run-in item; item with byline
    文/图 X and a photo caption with credit; label 税收评论 over a comment with byline ◎ X."""
    pg = Page("md06.txt", cols=30, indent="    ", blanks="para", seed=8606,
              style="city daily 税收·服务 special page, indent FOUR ASCII spaces, blank lines between paragraphs and "
                    "blocks: header (paper; date with weekday; 第8版　税收·服务; the two co-organisers); label 政策问答 "
                    "over a tax Q&A (about 710 characters) with 引题 kicker, headline, intro and six 问：／答： pairs, "
                    "signed （本报记者 X　通讯员 Y　整理） on a line of its own at the END; 办税提示 box with no headline "
                    "(label, four lines, （…提供）); item with run-in 本报讯（通讯员 X）; item with byline line 文/图　X "
                    "and a photo caption with credit X　摄 after it; label 税收评论 over a comment with byline line ◎ X; "
                    "footer with 咨询热线")
    box(pg, ["溪州日报", cn_date(2039, 2, 26), "第8版　税收·服务", "溪州市税务局　溪州日报社　合办"], "page header")
    box(pg, ["政策问答"], "column label 政策问答")
    a = Article(
        "a", "个税年度汇算，这些问题您需要知道", section="政策问答", kind="interview",
        byline="（本报记者　柯听雪　通讯员　庞立夏　整理）", authors=["柯听雪", "庞立夏"],
        notes="Tax Q&A under the label 政策问答 (section): one headline over an intro and six 问：／答： pairs answered "
              "by the city tax office (as the 政策问答 of handmade84 mb07: one article). The 引题 kicker "
              "(2038年度个税汇算3月1日开始) is not part of the title. Signed （本报记者 X　通讯员 Y　整理） on a line of "
              "its own at the END: the byline, not body; both compilers are authors; the office and the official who "
              "answer are not. Kind interview.",
        paras=[
            "2038年度个人所得税综合所得汇算清缴将于2039年3月1日开始，6月30日结束。哪些人需要办理汇算？如何办理更便捷？记者就纳税人关心的问题采访了溪州市税务局个人所得税处有关负责人。",
            "问：哪些人需要办理年度汇算？",
            "答：一般来说，2038年已预缴税额大于年度应纳税额且申请退税的，或者综合所得收入超过12万元且需要补税金额超过400元的，需要办理年度汇算。因适用所得项目错误或者扣缴义务人未依法履行扣缴义务，造成少申报或者未申报综合所得的，也应当依法办理。",
            "问：哪些情形可以免于办理？",
            "答：纳税人已依法预缴个人所得税且符合下列情形之一的，无需办理：年度汇算需补税但综合所得收入全年不超过12万元的；年度汇算需补税金额不超过400元的；已预缴税额与年度应纳税额一致或者不申请退税的。",
            "问：今年汇算有哪些新变化？",
            "答：一是婴幼儿照护、子女教育两项专项附加扣除标准继续执行每个子女每月2000元；二是个人养老金缴费可在规定限额内据实扣除；三是税务部门将根据纳税人以往申报情况，为更多人提供“预填服务”，纳税人确认后即可提交。",
            "问：可以通过哪些渠道办理？",
            "答：纳税人可以通过手机个人所得税APP、自然人电子税务局网页端办理，也可以委托任职受雇单位、涉税专业服务机构代为办理。确有困难的，可到办税服务厅办理。",
            "问：汇算期间会不会“排队”？",
            "答：为避免集中办理造成拥堵，3月1日至3月20日实行预约办理，纳税人可在APP上预约具体日期。3月21日以后，无需预约，随时可以办理。",
            "问：申请退税后多久能到账？",
            "答：税务部门审核通过后，退税款一般会在较短时间内退到纳税人指定的银行账户。需要提醒的是，纳税人应当如实填报，对于虚假申报、骗取退税的，税务部门将依法追究责任。",
        ])
    top(pg, a, kicker="2038年度个税汇算3月1日开始", byline=False)
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    box(pg, ["办税提示", "预约时间：3月1日—3月20日", "办理渠道：个人所得税APP、自然人电子税务局",
             "咨询热线：0×××-8123××××", "（溪州市税务局提供）"], "办税提示 box with no headline of its own (not an article)")
    c = Article(
        "c", "去年我市新增减税降费及退税缓费86亿元",
        byline="本报讯（通讯员　庞立夏）", authors=["庞立夏"], lead="本报讯（通讯员　庞立夏）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "记者从溪州市税务局获悉，2038年全市新增减税降费及退税缓费86.3亿元，其中支持科技创新和制造业发展的政策减税41.6亿元，小微企业和个体工商户享受减免24.8亿元。",
            "从行业看，制造业企业享受的优惠占总额的47%，研发费用加计扣除政策惠及企业2160户，比上年增加318户。",
        ])
    whole(pg, c)
    d = Article(
        "d", "“税务管家”上门送服务",
        byline="文/图　吕晓塘", authors=["吕晓塘"],
        notes="Byline line 文/图　X (one person wrote and photographed: the author). The photo caption with credit "
              "X　摄 after the body is not body. The finance manager quoted is not an author.",
        paras=[
            "2月24日，溪州高新区税务分局的“税务管家”团队走进一家新能源材料企业，现场为企业财务人员讲解研发费用加计扣除的归集口径和申报要点。",
            "“以前政策看不太懂，怕报错，现在有专人上门辅导，心里有底了。”企业财务负责人说。今年以来，该分局已为园区126家企业提供“一对一”上门服务，收集并解决涉税诉求58条。",
        ])
    whole(pg, d)
    box(pg, ["▲“税务管家”为企业财务人员讲解政策。吕晓塘　摄"], "photo caption with credit (not body)")
    box(pg, ["税收评论"], "column label 税收评论")
    e = Article(
        "e", "让依法纳税成为一种自觉", section="税收评论", kind="commentary",
        byline="◎ 龚南风", authors=["龚南风"],
        notes="Comment under the label 税收评论 (section), byline line ◎ X (the ◎ is a mark; the writer is the "
              "author). Kind commentary.",
        paras=[
            "个税汇算年年办，一年比一年方便。“预填服务”让纳税人动动手指就能完成申报，但方便不等于可以随意。少数人虚填专项附加扣除、隐匿收入骗取退税，最终不仅要补缴税款、缴纳滞纳金，还可能影响个人信用。",
            "依法纳税是每个公民的义务。把每一笔收入如实申报、把每一项扣除如实填写，既是对自己负责，也是对公平的税收环境负责。",
        ])
    whole(pg, e)
    box(pg, ["纳税服务热线：0×××-8123××××　本版校对：田小禾"], "footer with 热线", gap=False)
    return pg


# ---------------------------------------------------------------------------
def md07() -> Page:
    """Municipal daily 综合新闻 page with personnel notices, two U+3000 of indent, blank lines sometimes: SOE
    reform report with two lines letter-spaced by justification; 沅州快评 comment with □ X; run-in item
    on civil-service recruitment; a 干部任前公示 notice printed in full; item signed at the END on a line of its
    own; a 招标公告 printed in full; footer."""
    pg = Page("md07.txt", cols=26, indent=FW * 2, blanks="some", seed=8607, p_para=0.3, p_gap=0.75,
              style="municipal daily 综合新闻 page with personnel notices, indent two U+3000, blank lines sometimes: "
                    "header (paper; date with weekday; 第3版　综合新闻; 责任编辑 / 校对); SOE-reform report with byline "
                    "line 本报记者 X and two body lines letter-spaced by justification; label 沅州快评 over a comment "
                    "with byline line □ X; item with run-in 本报讯（记者 X　实习生 Y）; a 干部任前公示 notice PRINTED IN "
                    "FULL (issuer, title, preamble, three persons with birth dates and posts, 公示时间, 举报电话, "
                    "issuer, date); employment item signed （本报记者 X） on a line of its own at the END; a 招标公告 "
                    "PRINTED IN FULL (title, 招标编号, numbered sections, 招标人 and phone); footer")
    box(pg, ["沅州日报", cn_date(2039, 4, 8), "第3版　综合新闻", "责任编辑：殷梧桐　校对：卜晓晴"], "page header")
    a = Article(
        "a", "市属国企经理层任期制契约化管理全覆盖",
        byline="本报记者　邓怀素", authors=["邓怀素"],
        notes="Byline line 本报记者 X. Two body lines are letter-spaced by justification. The official and the "
              "company manager quoted (unnamed) are not authors.",
        paras=[
            "记者从市国资委获悉，截至3月底，全市38户市属国有企业及所属226户子企业已全部完成经理层成员任期制和契约化管理签约，签约人数达到912人，实现“应签尽签”。",
            "与以往不同，这次签订的年度和任期经营业绩责任书，把营业收入、利润总额、研发投入强度等指标层层分解到每一位经理层成员，考核结果与薪酬直接挂钩，“干得好多拿、干不好少拿，考核不合格的退出岗位”。",
            "去年，市属国企共有27名经理层成员因考核结果靠后被调整岗位或降薪，另有41名年轻干部通过竞争上岗进入经理层。市国资委有关负责人表示，今年将进一步扩大职业经理人选聘范围，力争在竞争类企业中实现职业经理人制度全覆盖。",
            "“压力确实大了，但干事的劲头也更足了。”一家市属交通企业的副总经理说，公司今年一季度营业收入同比增长14.6%，创同期新高。",
        ])
    top(pg, a)
    pg.emit(a, justify(pg.render_body(a), [3, 10], sep=" "))
    pg.gap()
    box(pg, ["沅州快评"], "column label 沅州快评")
    b = Article(
        "b", "“能上能下”要见真章", section="沅州快评", kind="commentary",
        byline="□ 茅一川", authors=["茅一川"],
        notes="Comment under the label 沅州快评 (section), byline line □ X (the □ is a mark). Kind commentary.",
        paras=[
            "任期制和契约化管理，关键在“契约”二字。签了字、定了目标，考核时就要动真格，不能年初轰轰烈烈、年底不了了之。",
            "去年27人被调整，说明制度开始长出“牙齿”。下一步，还要让考核指标更贴近企业实际，让真正干事创业的人有奔头，让“躺平”的人坐不住。",
        ])
    whole(pg, b)
    c = Article(
        "c", "全市公开招聘事业单位工作人员826名",
        byline="本报讯（记者　符小葵　实习生　温舒）", authors=["符小葵", "温舒"],
        lead="本报讯（记者　符小葵　实习生　温舒）",
        notes="Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are authors.",
        paras=[
            "记者从市人社局获悉，今年全市事业单位公开招聘工作人员826名，其中教育类岗位412名、卫生类岗位263名，报名时间为4月10日至4月16日。今年的招聘计划中，有三成岗位面向应届高校毕业生定向招聘，另有52个岗位面向基层服务项目人员。",
        ])
    whole(pg, c)
    notice = ["中共沅州市委组织部", "干部任前公示公告"]
    for para in [
        "根据干部选拔任用有关规定，经市委研究，拟提名或任命下列同志担任新职务，现予以公示：",
        "戚慕远，男，1984年10月生，研究生学历，经济学硕士，现任沅州市发展和改革委员会副主任，拟任市属国有企业正职。",
        "简雨汀，女，1987年3月生，大学学历，现任沅州高新区管委会副主任，拟提名为县（市、区）政府副职人选。",
        "鲁鸣岐，男，1983年7月生，研究生学历，工学博士，现任沅州市科学技术局副局长，拟任市直单位正职。",
        "公示时间：2039年4月8日至4月14日（5个工作日）。公示期间，对公示对象有情况反映的，请通过来信、来电、来访等方式向市委组织部反映。",
        "举报电话：0×××-6238××××",
    ]:
        notice += wrap(para, 26)
    notice += ["中共沅州市委组织部", "2039年4月7日"]
    box(pg, notice, "干部任前公示 notice printed in full (an official notice, not an article)")
    f = Article(
        "f", "一季度城镇新增就业1.86万人",
        byline="（本报记者　晏秋池）", authors=["晏秋池"],
        notes="Signed at its END by （本报记者 X） on a line of its own after the last paragraph: that line is the "
              "byline, not body; the reporter is the author.",
        paras=[
            "市人社局日前发布数据，一季度全市城镇新增就业1.86万人，完成全年目标的32%；城镇调查失业率为5.1%，比上年同期下降0.2个百分点。",
            "一季度，全市举办各类招聘活动146场，提供岗位6.3万个，发放一次性扩岗补助1260万元。",
        ])
    top(pg, f, byline=False)
    pg.body(f)
    pg.line(f, f.byline, "byline")
    pg.gap()
    tender = ["沅州高新区标准厂房三期项目施工招标公告", "招标编号：YZCT-2039-017"]
    for para in [
        "1.招标条件：本项目已由沅州高新区经济发展局批准建设，招标人为沅州市城市建设投资集团有限公司，项目资金来自企业自筹，现对该项目施工进行公开招标。",
        "2.项目概况：建设地点位于沅州高新区创业大道南侧，总建筑面积约12.6万平方米，计划工期540日历天。",
        "3.投标人资格要求：具备建筑工程施工总承包一级及以上资质，本次招标不接受联合体投标。",
        "4.招标文件获取：2039年4月8日至4月14日，在沅州市公共资源交易平台下载。",
    ]:
        tender += wrap(para, 26)
    tender += ["招标人：沅州市城市建设投资集团有限公司", "联系电话：0×××-8816××××"]
    box(pg, tender, "招标公告 printed in full (a tender notice, not an article)")
    box(pg, ["本版邮箱：zhxw@yzrb.cn"], "footer", gap=False)
    return pg


# ---------------------------------------------------------------------------
def md08() -> Page:
    """Securities weekly 年报聚焦 page in a wide column, ONE U+3000 of indent, blank lines only between articles:
    long results report with a headline letter-spaced with U+3000 and ○ crossheads; a company's 年度报告摘要
    printed in full (重要提示, tables, chairman, date) among the news; comment by a 本报特约评论员 X; item
    with byline ■本报见习记者 X; run-in item; footer with disclaimer."""
    pg = Page("md08.txt", cols=36, indent=FW, blanks="arts", seed=8608,
              style="securities weekly 年报聚焦 page in a WIDE column, indent ONE U+3000, blank lines only between "
                    "articles and blocks: header (paper; date with weekday; A05　年报聚焦; 责任编辑 / 美编); results "
                    "report (about 730 characters) with headline LETTER-SPACED with U+3000 on one line, byline line "
                    "本报记者 X and three ○ crossheads; a company's 2038年年度报告摘要 PRINTED IN FULL (证券代码 line, "
                    "title, 一、重要提示, 二、公司基本情况 table, 三、主要会计数据 table, 董事长, company, date); label "
                    "年报观察 over a comment with byline line 本报特约评论员　X; item with byline line ■本报见习记者　X; "
                    "item with run-in 本报讯（记者 X）; footer with data source and disclaimer")
    box(pg, ["鹤汀证券周刊", cn_date(2039, 5, 6), "A05　年报聚焦", "责任编辑：苗晚晴　美编：付小川"], "page header",
        gap=False)
    pg.blank()
    a = Article(
        "a", "年报收官：六成公司净利润增长",
        byline="本报记者　苏映川", authors=["苏映川"],
        notes="Results report. Headline letter-spaced with U+3000 on one line (title written unspaced, with its "
              "colon). Byline line 本报记者 X. The three ○ crossheads are body lines. The analyst quoted (邝若谷) is "
              "not an author.",
        paras=[
            "截至4月30日，A股5386家上市公司全部披露2038年年度报告。据本报统计，全部上市公司去年合计实现营业收入73.6万亿元，同比增长5.2%；实现归母净利润5.48万亿元，同比增长7.9%，增速较上年提高4.1个百分点。其中，3262家公司净利润同比增长，占比60.6%。",
            Cross("○ 盈利面扩大"),
            "分行业看，31个一级行业中有22个行业净利润实现增长。电力设备、汽车、电子三个行业净利润增速均超过20%，合计贡献了全部上市公司利润增量的一半以上；受产品价格下行影响，煤炭、钢铁、基础化工行业净利润有所下降。",
            "亏损公司数量也在减少。去年全年亏损的上市公司为812家，比上年减少96家；扭亏为盈的公司达到371家。“企业盈利修复的广度在扩大，这是年报季最值得关注的信号。”岱华证券首席策略分析师邝若谷说。",
            Cross("○ 分红金额创新高"),
            "年报季也是“分红季”。共有3716家公司推出2038年度现金分红方案，拟分红总额2.41万亿元，同比增长9.6%，创历史新高。其中，分红金额超过100亿元的公司有46家，连续五年分红的公司超过2600家。",
            "值得注意的是，一年多次分红的公司明显增多。去年实施中期分红的公司达到862家，比上年增加近一倍，投资者的“获得感”不断增强。",
            Cross("○ 研发投入持续加码"),
            "科技创新仍是年报中的关键词。去年上市公司研发投入合计1.92万亿元，同比增长10.8%，占营业收入的比重提高到2.6%；研发投入超过100亿元的公司有31家。创新板公司研发投入强度平均达到13.4%。",
            "分析人士认为，随着稳增长政策效果持续显现，今年一季度上市公司盈利延续改善势头，但不同行业之间的分化仍较明显，投资者应更多关注企业的现金流和分红能力；对于业绩持续下滑、现金流紧张的公司，则需警惕其经营风险。",
        ])
    top(pg, a, sep=FW, gaps=False)
    pg.body(a)
    pg.blank()
    digest = ["证券代码：773502　证券简称：鹤汀电力　公告编号：2039-018", "鹤汀电力股份有限公司2038年年度报告摘要",
              "一、重要提示"]
    for para in [
        "1.本年度报告摘要来自年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当到指定媒体仔细阅读年度报告全文。",
        "2.本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性，不存在虚假记载、误导性陈述或重大遗漏，并承担个别和连带的法律责任。",
        "3.董事会审议通过的利润分配预案：以总股本48.6亿股为基数，向全体股东每10股派发现金红利3.20元（含税）。",
    ]:
        digest += wrap(para, 36)
    digest += ["二、公司基本情况", "股票简称　鹤汀电力　股票代码　773502", "董事会秘书　邵明蘅　电话　0×××-6628××××",
               "三、主要会计数据和财务指标", "单位：亿元",
               "项目　　　　　　　2038年　　2037年　　增减",
               "营业收入　　　　　386.42　　352.17　　9.73%",
               "归母净利润　　　　 48.65　　 41.08　　18.43%",
               "经营活动现金流量　 92.31　　 80.56　　14.59%",
               "总资产　　　　　 1426.80　 1318.35　　8.23%",
               "董事长：晏承泽", "鹤汀电力股份有限公司", "2039年4月28日"]
    box(pg, digest, "年度报告摘要 printed in full (a company's statutory disclosure, not an article)", gap=False)
    pg.blank()
    box(pg, ["年报观察"], "column label 年报观察", gap=False)
    c = Article(
        "c", "看年报，更要看现金流", section="年报观察", kind="commentary",
        byline="本报特约评论员　蓝砚池", authors=["蓝砚池"],
        notes="Comment under the label 年报观察 (section), byline line 本报特约评论员 X: a named commentator, the "
              "author (unlike the unnamed 本报评论员). Kind commentary.",
        paras=[
            "每到年报季，净利润增速总是最受关注的指标。但利润可以通过会计处理“调节”，现金却很难作假。一些公司账面利润可观，经营活动现金流却常年为负，应收账款越堆越高，这样的“增长”需要打上一个问号。",
            "看年报，不妨多看一眼现金流量表。经营现金流与净利润是否匹配，应收账款和存货周转是否正常，分红是否有真金白银的支撑，这些往往比一个漂亮的增速更能说明企业的成色。",
        ])
    top(pg, c, gaps=False)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "17家公司年报被出具非标审计意见",
        byline="■本报见习记者　汤晓汀", authors=["汤晓汀"],
        notes="Byline line ■本报见习记者 X (the ■ is a mark; the trainee reporter is the author).",
        paras=[
            "记者统计发现，2038年年报中，共有17家公司的财务报告被会计师事务所出具非标准审计意见，其中无法表示意见4份、保留意见9份、带强调事项段的无保留意见4份，数量比上年减少11家。",
            "从原因看，持续经营能力存在重大不确定性、关联方资金占用和重大诉讼是会计师出具非标意见的主要原因。根据相关规定，其中3家公司股票将被实施退市风险警示。",
        ])
    top(pg, d, gaps=False)
    pg.body(d)
    pg.blank()
    e = Article(
        "e", "鹤汀电力拟每10股派现3.2元",
        byline="本报讯（记者　苏映川）", authors=["苏映川"], lead="本报讯（记者　苏映川）",
        notes="Run-in 本报讯（记者 X） excluded from first. The company's 年度报告摘要 printed on the same page is not "
              "part of this item.",
        paras=[
            "鹤汀电力日前披露年报，2038年公司实现营业收入386.42亿元，同比增长9.73%；归母净利润48.65亿元，同比增长18.43%。公司拟向全体股东每10股派发现金红利3.20元，合计派现15.55亿元，分红比例约32%。",
        ])
    top(pg, e, gaps=False)
    pg.body(e)
    pg.blank()
    box(pg, ["本版数据来源：各公司年报　制表：付小川", "本版内容不构成投资建议，投资者据此操作，风险自担。"],
        "footer with data source and disclaimer", gap=False)
    return pg


PAGES = [md05, md06, md07, md08]
