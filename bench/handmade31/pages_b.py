"""Pages ka05-ka08 of handmade31 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, spaced, wrap


# ---------------------------------------------------------------------------
def ka05() -> Page:
    """Party paper 政务·文件 page, NO indent, blank lines sometimes plus column breaks: a 办法 printed in full
    (headline, bracketed 通过／公布／施行 note under it, 第一章 heads, 第一条 articles); label 政策解读 over the issuing
    department's 解读 with 一、二、三、 crossheads, signed by the department (no person)."""
    pg = Page("ka05.txt", cols=30, indent="", blanks="some", colbreak=14, seed=3105, p_para=0.3, p_gap=0.85,
              style="party paper 政务·文件 page, NO indent, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside articles of the document): header on two lines (paper + date with weekday; 第7版 + 版名); a 办法 printed in full: headline, the bracketed note （…常务会议通过　…省人民政府令第98号公布　自…起施行） wrapped over three lines under it, letter-spaced chapter heads 第一章　总　则 on lines of their own, thirteen articles 第一条　… each a paragraph starting flush left; label 政策解读 over the department's 解读 (headline with 《》, byline line naming only the department, intro paragraph and three 一、／二、／三、 crossheads); footer with editor and designer")
    pg.furniture(["岚川日报　" + cn_date(2035, 6, 13),
                  "第7版　政务·文件"], "page header")
    pg.blank()
    a = Article(
        "a", "岚川省公共数据授权运营管理办法",
        subtitle="（2035年5月30日省人民政府第47次常务会议通过　2035年6月10日岚川省人民政府令第98号公布　自2035年8月1日起施行）",
        notes="**new:** a government regulation (办法) printed in full. The bracketed note on its adoption, "
              "promulgation and entry into force, printed under the headline over three lines, is the subtitle. "
              "Body: from the first chapter head 第一章　总　则 (a crosshead, letter-spaced) to 第十三条; chapter heads "
              "and the 第X条 articles are body. No byline, no authors. Kind article.",
        paras=[
            Cross("第一章　总　则"),
            "第一条　为了规范公共数据授权运营活动，促进公共数据合规高效开发利用，保障数据安全，根据有关法律、行政法规，结合本省实际，制定本办法。",
            "第二条　本省行政区域内公共数据授权运营及其监督管理活动，适用本办法。本办法所称公共数据授权运营，是指县级以上人民政府按照规定程序，授权符合条件的法人或者其他组织，对公共数据进行加工处理，开发形成数据产品和服务，并向社会提供的活动。",
            "第三条　公共数据授权运营应当坚持统筹规划、安全可控、公平透明、普惠共享的原则，不得损害国家利益、社会公共利益和个人、组织的合法权益。",
            "第四条　省人民政府数据主管部门负责统筹协调、指导监督全省公共数据授权运营工作。设区的市、县（市、区）人民政府数据主管部门负责本行政区域内公共数据授权运营的具体管理工作。",
            Cross("第二章　授权与运营"),
            "第五条　公共数据授权运营实行清单管理。数据主管部门应当会同有关部门编制公共数据授权运营目录，明确可授权运营的数据范围、使用条件和安全要求，并向社会公布。",
            "第六条　申请公共数据授权运营的单位应当具备下列条件：（一）在本省依法设立，具有独立法人资格；（二）具备满足授权运营需要的技术能力和专业人员；（三）建立健全数据安全管理制度；（四）近三年未发生重大数据安全事件。",
            "第七条　数据主管部门应当通过公开征集、竞争性遴选等方式确定授权运营单位，签订授权运营协议，明确授权范围、期限、双方权利义务和退出机制。授权运营期限一般不超过三年。",
            "第八条　授权运营单位应当在数据主管部门确定的公共数据运营平台内开展数据加工处理活动，原始数据不得导出平台。",
            "第九条　授权运营单位开发的数据产品和服务，用于公共治理、公益事业的，应当免费或者低价提供；用于产业发展、行业发展的，可以按照有关规定收取合理费用。",
            Cross("第三章　安全与监督"),
            "第十条　授权运营单位是数据安全的第一责任人，应当落实数据分类分级保护要求，采取加密、脱敏、访问控制等技术措施，定期开展安全风险评估。",
            "第十一条　数据主管部门应当建立授权运营评估机制，对授权运营单位的运营情况、安全管理、收益分配等进行年度评估，评估结果作为续期或者终止授权的依据。",
            "第十二条　授权运营单位有下列情形之一的，数据主管部门应当终止授权：（一）违反授权运营协议导出原始数据的；（二）发生重大数据安全事件的；（三）利用公共数据从事违法活动的。",
            Cross("第四章　附　则"),
            "第十三条　本办法自2035年8月1日起施行。",
        ])
    pg.headline(a)
    for ln in wrap(a.subtitle, 30):
        pg.line(a, ln, "subtitle")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "《岚川省公共数据授权运营管理办法》解读", section="政策解读",
        byline="岚川省数据局",
        notes="解读 under the label 政策解读 (section), issued by the department: byline line naming only the "
              "department (no person: no authors). Intro paragraph and three 一、 crossheads (body). Kind article.",
        paras=[
            "近日，《岚川省公共数据授权运营管理办法》（以下简称《办法》）正式公布，将于8月1日起施行。《办法》共四章十三条，对公共数据授权运营的原则、条件、程序、安全要求和监督管理等作出规定。",
            Cross("一、为什么要制定《办法》"),
            "公共数据是政府部门和公共服务机构在依法履职过程中产生的数据，蕴含巨大的经济社会价值。近年来，我省公共数据归集共享工作取得积极进展，但在授权运营方面，仍存在授权程序不明确、收益机制不清晰、安全责任不落实等问题，一些地方“不敢授”“不会授”。制定《办法》，就是要为公共数据授权运营立规矩、明边界。",
            Cross("二、《办法》有哪些主要内容"),
            "一是明确了授权运营的范围和方式，实行目录清单管理，通过公开征集、竞争性遴选确定运营单位；二是规定了运营单位的准入条件和主要义务，明确原始数据不出平台；三是建立了分类定价机制，区分公益用途和产业用途；四是强化了安全监管和退出机制。",
            Cross("三、如何保障数据安全"),
            "《办法》坚持发展与安全并重，明确授权运营单位是数据安全第一责任人，要求在统一的运营平台内开展加工处理，做到“数据可用不可见”。同时建立年度评估和终止授权制度，对违规导出原始数据、发生重大安全事件的单位坚决予以清退。",
        ])
    pg.furniture(["政策解读"], "column label 政策解读")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["本版编辑：贺知岚　　美编：萧一禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ka06() -> Page:
    """人大 page (人大之窗) in an 18-character column: lead with 引题 and a headline on two lines, byline line
    本报记者 X　通讯员 Y; label 代表建议 over three items with letter-spaced headlines (single spaces or U+3000),
    each signed （记者 X） / （通讯员 X） run in at the end; run-in 本报讯（记者 X） meeting item."""
    pg = Page("ka06.txt", cols=18, indent=FW * 2, blanks="para", seed=3106,
              style="party paper 人大之窗 page in an 18-character column, blank lines between paragraphs and blocks: header on three lines (版名; paper; date with weekday + page number); lead with 引题 (no 副题) over a headline on two lines, byline line 本报记者 X　通讯员 Y; label 代表建议 over three items whose headlines are letter-spaced on one line (two with single ASCII spaces, one with U+3000), each in the third person (X代表建议…) and signed （记者 X） or （通讯员 X） run in at the end; run-in 本报讯（记者 X） item; footer")
    pg.furniture(["人大之窗",
                  "岚川日报",
                  cn_date(2035, 6, 14) + "　11"], "page header")
    pg.blank()
    a = Article(
        "a", "推动代表建议从“答复了”到“落实了”",
        head=["推动代表建议从", "“答复了”到“落实了”"],
        subtitle="省人大常委会开展代表建议重点督办",
        byline="本报记者　钟离雪　通讯员　费语桐", authors=["钟离雪", "费语桐"],
        notes="Lead: the 引题 above the headline (no 副题) is the subtitle; headline on two lines, joined. Byline "
              "line 本报记者 X　通讯员 Y: both are authors. The deputy and the official quoted (邹春生) are not.",
        paras=[
            "“去年提的建议，今年在家门口就看到了变化。”6月上旬，省人大代表、柘阳县芦湾镇芦湾村党支部书记邹春生在参加代表建议督办调研时感慨地说。去年省人代会上，他提出的关于加快农村公路提档升级的建议被列为重点督办建议，如今全县已有42公里农村公路完成拓宽改造。",
            "今年，省人大常委会从省十四届人大四次会议期间代表提出的812件建议中，确定了涉及民营经济发展、农村公路建设、基层医疗服务等方面的15件重点督办建议，由常委会领导同志牵头督办，相关专门委员会跟踪推进。",
            "“代表建议办理不能满足于‘答复了’，关键要看‘落实了’没有。”省人大常委会代表工作委员会负责人介绍，今年常委会首次对代表建议办理实行“双评价”，既评价承办单位的答复质量，也由代表对实际落实效果进行满意度测评，测评结果将纳入承办单位年度绩效考核。",
            "截至目前，812件代表建议已全部交办，其中已答复代表的有516件，代表表示满意和基本满意的占97.3%。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["代表建议"], "column label 代表建议")
    items = [
        Article("b1", "加大对小微企业首贷支持", byline="（记者　钟离雪）", authors=["钟离雪"],
                tail="（记者　钟离雪）", paras=[
                    "省人大代表、霁江一家科技企业负责人袁知行建议，鼓励银行机构设立小微企业首贷服务中心，对首次获得贷款的小微企业给予贴息支持，并将首贷户数量纳入银行机构普惠金融考核指标，破解小微企业“首贷难”问题。"]),
        Article("b2", "完善农产品冷链物流网络", byline="（记者　钟离雪）", authors=["钟离雪"],
                tail="（记者　钟离雪）", paras=[
                    "省人大代表、榆宁县一家农业合作社理事长简穗建议，统筹布局县乡两级冷链仓储设施，支持农产品主产区建设产地预冷和分级包装中心，对新建冷库给予用地和电价优惠，减少农产品产后损耗。"]),
        Article("b3", "规范涉企行政检查", byline="（通讯员　费语桐）", authors=["费语桐"],
                tail="（通讯员　费语桐）", paras=[
                    "省人大代表、泊州市律师协会副会长景星遥建议，制定涉企行政检查事项清单，推行“扫码入企”检查登记制度，对同一企业的检查实行年度频次上限管理，让企业安心经营、专心发展。"]),
    ]
    for art in items:
        art.section = "代表建议"
        art.notes = ("Item under the label 代表建议 (section). Headline letter-spaced across the column (single spaces "
                     "or U+3000), written unspaced. The credit run in at the end is the byline, "
                     "excluded from last; the reporter is the author, the deputy whose suggestion is reported is not.")
        pg.headline(art, spread_cols=18)
        pg.gap()
        pg.body(art)
        pg.gap()
    c = Article(
        "c", "省人大常委会调研民营经济促进条例实施情况",
        head=["省人大常委会调研民营经济", "促进条例实施情况"],
        byline="本报讯（记者　钟离雪）", authors=["钟离雪"], lead="本报讯（记者　钟离雪）",
        notes="Headline on two lines, joined. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "6月11日至13日，省人大常委会调研组赴泊州、柘阳等地，就《岚川省民营经济促进条例》贯彻实施情况开展专题调研。",
            "调研组深入企业车间、政务服务中心，召开座谈会听取企业家、基层干部意见建议。调研组指出，要聚焦公平竞争、融资支持、权益保护等关键条款，推动条例规定的各项制度措施落地见效。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：蔡望秋　　校对：倪小白"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ka07() -> Page:
    """政协 paper 委员声音 page extracted with a blank line after EVERY line: 侧记 of a 协商会 with ——副题 and
    byline line 本报记者 X; label 委员声音 over four short signed pieces (省政协委员　X under the headline, ■ before
    it, or ——省政协委员　X on a line after the text)."""
    pg = Page("ka07.txt", cols=24, indent=FW, blanks="every", seed=3107,
              style="政协 paper 委员声音 page extracted with a blank line after EVERY line, indented with ONE U+3000: header on three lines (paper; date with weekday; 第4版 + 版名); 侧记 of a 专题协商会 with ——副题 and byline line 本报记者 X; label 委员声音 over four short signed pieces by members: two with byline line 省政协委员　X under the headline, one with the signature ——省政协委员　X on a line of its own AFTER the text, one with byline line ■省政协委员　X; footer")
    pg.furniture(["同心政协报",
                  cn_date(2035, 6, 6),
                  "第4版　委员声音"], "page header")
    a = Article(
        "a", "为法治化营商环境“把脉开方”",
        subtitle="——省政协“优化法治化营商环境”专题协商会侧记",
        byline="本报记者　晏知秋", authors=["晏知秋"],
        notes="侧记 (report of a consultation meeting): ——副题 is the subtitle; byline line 本报记者 X. The member "
              "quoted (莫回舟) and the official are not authors.",
        paras=[
            "6月4日，省政协召开“优化法治化营商环境”专题协商会。来自法律、经济界别的政协委员和企业界代表围绕涉企执法、商事纠纷化解、企业合规建设等议题建言献策，省直有关部门负责人现场回应。",
            "“一些地方对企业的轻微违法行为‘一罚了之’，企业整改的机会都没有。”省政协委员莫回舟在发言中直言。他建议全面推行轻微违法行为首次不罚清单制度，并把柔性执法的范围从市场监管领域逐步扩大到生态环境、交通运输等领域。",
            "商事纠纷解决周期长，是不少委员关注的焦点。有委员提出，要加快建设商事调解组织，推动诉讼与调解、仲裁有机衔接，让企业以更低成本、更快速度化解纠纷。",
            "省司法厅负责人在回应时表示，今年将在全省推广涉企行政执法“四张清单”，同时开展行政执法突出问题专项整治，坚决纠正趋利性执法、选择性执法等问题。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["委员声音"], "column label 委员声音")
    b1 = Article(
        "b1", "让中小企业合规“有章可循”", section="委员声音", kind="commentary",
        byline="省政协委员　冷霁川", authors=["冷霁川"],
        notes="Short signed piece under the label 委员声音 (section): byline line 省政协委员　X under the headline; "
              "**new:** the member who writes it is the author (a signed opinion). Commentary.",
        paras=[
            "不少中小企业想做合规却不知从何做起，请专业机构又负担不起。建议由行业主管部门牵头，分行业编制中小企业合规指引，推出标准化的合规自查清单；同时发挥律师协会、工商联的作用，组织“合规体检”公益服务，降低企业合规成本。",
        ])
    pg.headline(b1)
    pg.line(b1, b1.byline, "byline")
    pg.body(b1)
    b2 = Article(
        "b2", "商事调解要“调得成”也要“履行好”", section="委员声音", kind="commentary",
        byline="省政协委员　虞清浅", authors=["虞清浅"],
        notes="Signed piece under 委员声音 (section), byline line 省政协委员　X; the member is the author. Commentary.",
        paras=[
            "商事调解灵活高效，但实践中存在调解协议履行率不高的问题。建议完善调解协议司法确认程序，对经确认的调解协议依法赋予强制执行效力；同时建立商事调解员专业资质和诚信评价制度，提升调解的公信力。",
        ])
    pg.headline(b2)
    pg.line(b2, b2.byline, "byline")
    pg.body(b2)
    b3 = Article(
        "b3", "涉企执法要有“温度”", section="委员声音", kind="commentary",
        byline="——省政协委员　尚知遥", authors=["尚知遥"],
        notes="Signed piece under 委员声音 (section). **new:** the signature ——省政协委员　X printed on a line of its "
              "own AFTER the text is the byline (not body); the member is the author. Commentary.",
        paras=[
            "执法既要有力度，也要有温度。对主观过错较小、危害后果轻微并及时改正的企业，应当依法适用不予处罚、减轻处罚；对确需处罚的，也要把释法说理贯穿执法全过程，让企业心服口服。",
        ])
    pg.headline(b3)
    pg.body(b3)
    pg.line(b3, b3.byline, "byline")
    b4 = Article(
        "b4", "破解知识产权维权“举证难”", section="委员声音", kind="commentary",
        byline="■省政协委员　邓望舒", authors=["邓望舒"],
        notes="Signed piece under 委员声音 (section), byline line ■省政协委员　X (the ■ is a mark); the member is the "
              "author. Commentary.",
        paras=[
            "知识产权侵权隐蔽性强，权利人取证难、周期长、成本高。建议推广电子存证、区块链存证等技术手段，完善技术调查官制度，对恶意侵权、重复侵权依法适用惩罚性赔偿，让侵权者付出应有代价。",
        ])
    pg.headline(b4)
    pg.line(b4, b4.byline, "byline")
    pg.body(b4)
    pg.furniture(["本版编辑：苏若溪　　校对：韦小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ka08() -> Page:
    """证券 paper 监管·合规 page, two ASCII spaces and NO blank line anywhere: lead with byline line 本报记者 X;
    label 行政处罚决定摘要 over three unsigned summaries; letter-spaced label 监 管 动 态 over three briefs, the last
    signed （记者 X） run in at the end."""
    pg = Page("ka08.txt", cols=38, indent="  ", blanks="never", seed=3108,
              style="证券 paper 监管·合规 page indented with two ASCII spaces and NO blank line anywhere: header on three lines (paper; date with weekday + 版次 A5; 版名 + 责任编辑); lead with byline line 本报记者 X, an academic quoted; label 行政处罚决定摘要 over three unsigned summaries of penalty decisions (headline naming the party and the fine); label 监管动态 letter-spaced with single spaces over three one-paragraph briefs, the last signed （记者 X） run in at the end; footer with proof-reader and designer")
    pg.furniture(["启衡证券报",
                  cn_date(2035, 6, 7) + "　A5",
                  "监管·合规　　责任编辑：莫知白"], "page header")
    a = Article(
        "a", "前5个月证券监管部门作出行政处罚决定146件",
        byline="本报记者　祝含章", authors=["祝含章"],
        notes="Lead with byline line 本报记者 X. The academic quoted (蒲远帆) is not an author. No blank line on the "
              "page.",
        paras=[
            "记者从证券监管部门获悉，今年前5个月，证券监管系统共作出行政处罚决定146件，罚没款金额合计38.7亿元，同比分别增长18.7%和26.4%；对63名责任人员采取市场禁入措施。",
            "从案件类型看，信息披露违法仍是查处重点，相关处罚决定占比达42%，其中财务造假案件19件，涉及虚增收入、虚构业务、隐瞒关联交易等多种手法。内幕交易、操纵市场案件分别为27件和11件。此外，监管部门对未勤勉尽责的中介机构及从业人员开出罚单21张，4家会计师事务所被暂停从事证券服务业务。",
            "岚川财经大学资本市场研究中心主任蒲远帆表示，今年以来的处罚案例体现出“追首恶”和“打帮凶”并重的特点，对组织策划财务造假的控股股东、实际控制人和配合造假的供应商、客户一并追责，有助于提高违法成本，形成有效震慑。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["行政处罚决定摘要"], "column label 行政处罚决定摘要")
    pen = [
        Article("b1", "蓝屿科技虚增营业收入被罚1200万元", paras=[
            "岚川证监局近日对岚川蓝屿科技股份有限公司作出行政处罚决定。经查，蓝屿科技通过虚构销售业务、提前确认收入等方式，在2031年至2033年年度报告中累计虚增营业收入8.62亿元、虚增利润总额2.17亿元。岚川证监局决定对蓝屿科技给予警告并处以1200万元罚款，对时任董事长郁某、财务总监冉某分别处以600万元和300万元罚款，并对郁某采取10年市场禁入措施。"]),
        Article("b2", "利用内幕信息交易“泓泰股份”被罚没386万元", paras=[
            "经查，2033年8月，时任霁江泓泰化工股份有限公司外部财务顾问的许某，在知悉泓泰股份筹划重大资产重组的内幕信息后，利用其亲属账户买入“泓泰股份”股票52万股，内幕信息公开后全部卖出，获利128.6万元。证券监管部门决定没收许某违法所得128.6万元，并处以257.2万元罚款。"]),
        Article("b3", "一会计师事务所审计未勤勉尽责被暂停业务", paras=[
            "泊州正衡会计师事务所在为蓝屿科技提供年报审计服务过程中，未对异常销售收入执行必要的函证和走访程序，出具的审计报告存在虚假记载。监管部门决定没收该所业务收入180万元，并处以360万元罚款，暂停其从事证券服务业务6个月；对两名签字注册会计师给予警告，并分别处以50万元罚款。"]),
    ]
    for art in pen:
        art.section = "行政处罚决定摘要"
        art.notes = ("**new:** summary of an administrative penalty decision under the label 行政处罚决定摘要 "
                     "(section): headline and one paragraph, unsigned (no byline, no authors). The parties named "
                     "(郁某, 冉某, 许某) are not authors. Kind article.")
        pg.headline(art)
        pg.body(art)
    pg.furniture([spaced("监管动态")], "column label 监 管 动 态 (letter-spaced)")
    briefs = [
        Article("c1", "交易所发布上市公司可持续发展报告编制指引", paras=[
            "启衡证券交易所6日发布上市公司可持续发展报告编制指引，对环境、社会和公司治理信息的披露框架、指标口径作出细化规定，鼓励上市公司自2036年起按照指引编制报告。"]),
        Article("c2", "中介机构执业质量专项检查启动", paras=[
            "证券监管部门近日启动今年首批中介机构执业质量专项检查，抽取保荐机构、会计师事务所和律师事务所共32家，重点检查首发上市项目尽职调查、财务核查等环节。"]),
        Article("c3", "岚川辖区上市公司集体接待日举行", byline="（记者　祝含章）", authors=["祝含章"],
                tail="（记者　祝含章）", paras=[
                    "6月6日，岚川辖区上市公司投资者网上集体接待日举行，辖区内86家上市公司参加，就经营业绩、分红计划等问题与投资者在线交流，累计回答投资者提问1900余条。"]),
    ]
    for art in briefs:
        art.section = "监管动态"
        art.notes = ("Brief item under the letter-spaced label 监 管 动 态 (section 监管动态): headline and one "
                     "paragraph. Kind article." + (" Signed （记者 X） run in at the end: the byline, excluded from "
                                                   "last." if art.tail else " Unsigned."))
        pg.headline(art)
        pg.body(art)
    pg.furniture(["本版校对：麻知予　　美编：桂小冬"], "footer")
    return pg


PAGES = [ka05, ka06, ka07, ka08]
