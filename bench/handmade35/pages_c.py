"""Pages ke09-ke12 of handmade35 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def ke09() -> Page:
    """Overseas edition 国际 page, ONE U+3000: pen-name commentary (钟声-like) with the pen name letter-spaced on a
    line under the headline and some justified lines; label 环球热点 over a correspondent's story with run-in
    本报奥林托12月10日电（记者 X）; label 外商访谈 over an interview with a foreign executive (——副题 访…, byline line,
    intro paragraph, 记者：／NAME： paragraphs)."""
    pg = Page("ke09.txt", cols=36, indent=FW, blanks="some", seed=3509, p_para=0.35, p_gap=0.85,
              style="overseas edition 国际 page indented with ONE U+3000, blank lines sometimes: header on three lines (page number; paper + date with weekday; 版名 + 责编 + e-mail); pen-name commentary (钟声-like) with NO label: headline, the two-character pen name letter-spaced with U+3000 (岳　衡) alone on the line under it, four paragraphs, three lines justified with single spaces; label 环球热点 over a correspondent's story with run-in 本报奥林托12月10日电（记者 X） and a minister quoted (translated name with ·); label 外商访谈 over an interview: headline in quotation marks, ——副题 访…首席执行官 NAME, byline line 本报记者 X, an intro paragraph, then 记者：／埃克伦德： paragraphs; footer with proof-reader and designer")
    pg.furniture(["6",
                  "澜华日报海外版　" + cn_date(2035, 12, 11),
                  "国际　　责编：裘望　　邮箱：guoji@lanhua-hwb.cn"], "page header")
    pg.blank()
    a = Article(
        "a", "单边保护主义终究走不通", kind="commentary",
        byline="岳　衡", authors=["岳衡"],
        notes="Pen-name commentary in the manner of the 钟声 columns, printed without a label. **new:** the pen name, "
              "letter-spaced with U+3000 (岳　衡) alone on the line under the headline, is the byline; the pen name "
              "is written in authors unspaced (岳衡) as the person name printed (a careful editor cannot tell a "
              "pen name from a writer's name). Three body lines justified with single spaces are body. Commentary.",
        paras=[
            "近来，个别国家以所谓“公平贸易”为名，接连对进口电动汽车、光伏产品和钢铁制品加征高额关税，并不断扩大出口管制清单。这种以邻为壑的做法，不仅扰乱了全球产业链供应链的稳定，也损害了本国消费者和企业的切身利益。",
            "历史一再证明，保护主义保护不了落后，更保护不了繁荣。加征关税看似能为本国产业筑起“高墙”，实际上推高了进口商品价格，加重了通胀压力。据有关机构测算，仅今年新增的关税措施，就将使相关国家普通家庭每年多支出数百美元。被“保护”的产业缺少竞争压力，创新动力反而减弱。",
            "经济全球化是不可逆转的历史大势。世界各国经济你中有我、我中有你，任何国家都不可能关起门来搞建设。当前世界经济复苏乏力，更需要各国加强宏观政策协调，维护以规则为基础的多边贸易体制，而不是搞“小院高墙”“脱钩断链”。",
            "中国始终是开放合作的坚定维护者，将继续坚定不移扩大高水平对外开放，同各国分享市场机遇。那些执意挥舞关税大棒的人应当明白：开放带来进步，封闭必然落后，单边保护主义终究是一条走不通的死胡同。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [2, 7, 12]))
    pg.blank()
    b = Article(
        "b", "塔维里亚加快推进港口现代化", section="环球热点",
        byline="本报奥林托12月10日电（记者　褚立言）", authors=["褚立言"],
        lead="本报奥林托12月10日电（记者　褚立言）",
        notes="Correspondent's story under the label 环球热点 (section): run-in 本报奥林托12月10日电（记者 X） from an "
              "invented foreign capital excluded from first; the correspondent is the author. The minister quoted "
              "(马尔科·德拉韦加) is not.",
        paras=[
            "塔维里亚政府10日宣布，将在未来五年投资约48亿美元，对全国主要港口进行现代化改造，重点建设自动化集装箱码头、港口物流园区和疏港铁路，力争到2040年将港口集装箱吞吐能力提升一倍。",
            "塔维里亚交通部长马尔科·德拉韦加当天在奥林托港举行的项目启动仪式上表示，港口是塔维里亚对外贸易的生命线，全国九成以上的进出口货物经海运完成。但目前该国主要港口设施老化、作业效率偏低，集装箱船平均在港时间长达4天，“港口现代化已刻不容缓”。",
            "当地经济界人士普遍认为，港口现代化将带动塔维里亚物流、制造业和旅游业发展。据了解，已有多家中国企业参与了该国港口项目的前期规划和设计，奥林托港自动化码头一期工程预计明年上半年开工。",
        ])
    pg.furniture(["环球热点"], "column label 环球热点")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "“我们看好中国市场的长期潜力”", section="外商访谈", kind="interview",
        subtitle="——访北森兰维尔霍夫集团首席执行官托马斯·埃克伦德",
        byline="本报记者　柯雨眠", authors=["柯雨眠"],
        notes="Interview under the label 外商访谈 (section): headline in quotation marks, ——副题 访… is the subtitle, "
              "byline line 本报记者 X (the interviewer, the author). The body runs from the intro paragraph through "
              "the 记者：／埃克伦德： paragraphs. The foreign executive interviewed (托马斯·埃克伦德) is not an author. "
              "Kind interview.",
        paras=[
            "维尔霍夫集团是北森兰最大的工业自动化设备制造商之一，1998年进入中国市场，目前在华拥有3家工厂和1个研发中心，员工超过2600人。日前，在集团位于澜屿的亚太区总部，首席执行官托马斯·埃克伦德接受了本报记者专访。",
            "记者：今年维尔霍夫集团在中国的业务表现如何？",
            "埃克伦德：今年是我们在中国业务增长最快的一年之一。前三季度，集团在华销售额同比增长17%，其中新能源汽车、锂电池生产线相关设备的订单增长超过30%。中国已经成为我们全球第二大市场，在华工厂生产的产品还出口到30多个国家和地区。",
            "记者：不少外资企业关注中国营商环境的变化，您的感受如何？",
            "埃克伦德：我们明显感受到营商环境在持续改善。比如，我们的新工厂从拿地到投产只用了14个月，政府部门提供了很多“一站式”服务；外籍员工办理工作许可和居留证件也比过去便利得多。当然，我们也希望在数据跨境流动、政府采购等方面，外资企业能获得更加清晰、稳定的规则预期。",
            "记者：集团下一步在华有哪些投资计划？",
            "埃克伦德：我们明年将在澜屿启动第二期研发中心建设，投资约1.5亿欧元，重点开展工业软件和人工智能应用研发。中国拥有完整的产业体系、庞大的工程师队伍和活跃的应用场景，这是其他市场难以替代的。我们看好中国市场的长期潜力，会继续加大投入。",
        ])
    pg.furniture(["外商访谈"], "column label 外商访谈")
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["校对：丛一禾　　版式：冼小鹿"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ke10() -> Page:
    """国际商报-like 环球·投资 page, main column 28 with two ASCII spaces, a sidebar 8 wide: correspondent's story
    (byline line 本报驻莫兰蒂斯记者 X) whose body is cut in two by the sidebar (label 环球财经, four ■ items with
    headlines wrapped over two lines) read in the middle of it; wire item 四方社圣卢卡港…电（记者 X） ending （完）."""
    pg = Page("ke10.txt", cols=28, indent="  ", blanks="some", seed=3510, p_para=0.4, p_gap=0.8,
              style="国际商报-like 环球·投资 page: main column of 28 characters indented with two ASCII spaces, blank lines sometimes; a sidebar column only 8 characters wide, not indented; header on three lines (paper; date with weekday; page number + 版名); story by a foreign correspondent (byline line 本报驻莫兰蒂斯记者 X) whose body is cut in TWO, mid-paragraph, by the sidebar read in the middle of it (label 环球财经 over four items, each a ■ headline wrapped over two lines of 8 characters over a one-sentence text); wire item with run-in 四方社圣卢卡港12月11日电（记者 X） and （完） run in at the end; footer with editor and designer")
    pg.furniture(["瀚海国际商报", cn_date(2035, 12, 12), "8　环球·投资"], "page header")
    pg.blank()
    a = Article(
        "a", "中企助建莫兰蒂斯首座光伏产业园",
        byline="本报驻莫兰蒂斯记者　江照临", authors=["江照临"],
        notes="Story by a foreign correspondent, byline line 本报驻莫兰蒂斯记者 X. **new:** its body is printed in two "
              "pieces cut in the middle of a paragraph: the narrow 环球财经 sidebar was read between them (column "
              "pieces out of order). The official quoted (阿米娜·萨利赫) is not an author.",
        paras=[
            "在莫兰蒂斯首都圣卢卡港以东约60公里的沙丘地带，一排排光伏组件生产厂房已经拔地而起。这是由中国企业投资建设的莫兰蒂斯首座光伏产业园，一期项目将于明年3月投产，届时可年产光伏组件200万千瓦。",
            "“过去我们的光伏组件全部依赖进口，产业园建成后，不仅能满足国内电站建设需求，还能出口到周边国家。”莫兰蒂斯投资促进局局长阿米娜·萨利赫告诉记者，产业园预计将为当地创造3000多个就业岗位。",
            "记者在项目现场看到，数十名当地青年正在中方技术人员的指导下学习设备操作。项目方介绍，企业与莫兰蒂斯国立理工学院合作开设了光伏技术培训班，已培训当地技术工人460名。",
            "近年来，莫兰蒂斯大力发展可再生能源，计划到2040年将光伏发电装机容量提高到800万千瓦。今年前10个月，中国企业对莫兰蒂斯新增直接投资4.6亿美元，同比增长52%，主要集中在新能源、基础设施和农业加工领域。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    first, second = Page.chunks(pg.render_body(a), [9])
    pg.emit(a, first)
    pg.blank()
    pg.furniture(["环球财经"], "sidebar label 环球财经")
    items = [
        Article("s1", "科尔瓦央行降息25个基点", paras=["科尔瓦中央银行11日宣布将基准利率下调25个基点至5.5%。"]),
        Article("s2", "伊瑟堡港吞吐量创新高", paras=["北森兰伊瑟堡港前11个月集装箱吞吐量412万标箱，同比增长6.2%。"]),
        Article("s3", "埃洛尼亚上调最低工资", paras=["埃洛尼亚政府宣布，自明年1月起将全国月最低工资上调8%。"]),
        Article("s4", "塔维里亚橄榄油出口大增", paras=["塔维里亚前10个月橄榄油出口额同比增长23%，对华出口增长近一倍。"]),
    ]
    for art in items:
        art.section = "环球财经"
        art.notes = ("Item of the 8-character 环球财经 sidebar (section): ■ headline wrapped over two lines, joined, "
                     "without the ■; one sentence of text; no byline.")
        pg.headline(art, lines=wrap("■" + art.title, 8))
        pg.body(art, cols=8, indent="")
    pg.blank()
    pg.emit(a, second)
    pg.gap()
    b = Article(
        "b", "莫兰蒂斯与东岸经济共同体签署自贸协定",
        byline="四方社圣卢卡港12月11日电（记者　尹秋池）", authors=["尹秋池"],
        lead="四方社圣卢卡港12月11日电（记者　尹秋池）", tail="（完）",
        notes="Wire item of the invented agency 四方社: run-in 四方社圣卢卡港12月11日电（记者 X） excluded from first, "
              "（完） run in at the end excluded from last. The minister quoted (哈桑·奥马里) is not an author.",
        paras=[
            "莫兰蒂斯政府与东岸经济共同体11日在圣卢卡港签署自由贸易协定。根据协定，双方将在协定生效后10年内逐步取消约95%的商品关税，并在服务贸易、投资便利化和数字贸易等领域开展合作。",
            "莫兰蒂斯贸易部长哈桑·奥马里在签字仪式上表示，协定将为莫兰蒂斯农产品和纺织品进入东岸市场打开大门，预计每年可为该国增加出口约12亿美元。",
        ])
    pg.headline(b, lines=["莫兰蒂斯与东岸经济共同体", "签署自贸协定"])
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["责任编辑：温若水　　美编：舒小棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ke11() -> Page:
    """自贸港 city daily page A6, 42 characters, two U+3000, blank lines only between blocks: continuation of the ke05
    article (headline repeated, （上接A5版） on a line of its own); two articles whose columns are read interleaved
    (A, B, A, B); figures table; property ADVERTISEMENT; footer."""
    pg = Page("ke11.txt", cols=42, indent=FW * 2, blanks="arts", seed=3511,
              style="自贸港 city daily page A6, 42 characters wide, indented with two U+3000, blank lines only between blocks: header on two lines (page + 版名; paper + date with weekday); continuation of the ke05 article: its headline repeated, the jump line （上接A5版） on a line of its own under it, the text opening mid-sentence, no byline; two articles whose column pieces are read INTERLEAVED (A headline + byline line + 7 lines, B headline + run-in 本报讯（记者 X） + 3 lines, rest of A, rest of B); figures table (title, five rows, 数据来源); office-tower ADVERTISEMENT; footer with editor and proof-reader")
    pg.furniture(["A6　自贸港·观察", "澜屿日报　" + cn_date(2035, 12, 12)], "page header")
    pg.blank()
    a = Article(
        "a", "跨境电商综试区年内新增备案企业超3000家",
        notes="**new:** continuation of ke05's article on page A6: its headline printed again (the title), the jump "
              "line （上接A5版） on a line of its own under it (not body), the text opening in the middle of a "
              "sentence. No byline is printed here: no authors. The entrepreneur and official quoted are not.",
        paras=[
            "不少企业仍面临专业人才短缺、海外营销渠道不足、跨境支付结算成本较高等问题。一家从事家居用品出口的企业负责人坦言，企业最缺的是既懂外语、又熟悉海外平台规则和当地市场的复合型人才，“招一个成熟的海外运营，比招一个工程师还难”。",
            "针对企业反映的问题，澜屿跨境电商综试区今年出台了人才引进、海外仓建设、品牌出海等方面的专项扶持政策，联合本地高校开设跨境电商订单班，年内培养专业人才1800余名。综试区还与6家支付机构合作，推出跨境收款费率优惠，帮助企业降低结算成本。",
            "澜屿市商务局负责人表示，明年将重点培育一批跨境电商龙头企业和自主品牌，推动“跨境电商＋产业带”融合发展，力争全年跨境电商进出口额突破500亿元。",
        ])
    pg.headline(a)
    pg.furniture(["（上接A5版）"], "jump line on a line of its own (not body)")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "澜屿本外币一体化资金池试点扩围",
        byline="本报记者　韦澄", authors=["韦澄"],
        notes="Byline line 本报记者 X. **new:** its body is printed in two pieces with the headline and first lines of "
              "the next article between them (two columns read interleaved). The finance director quoted is not an "
              "author.",
        paras=[
            "记者从澜屿金融监管部门获悉，澜屿自由贸易港跨国公司本外币一体化资金池试点近日扩大范围，参与试点的企业由首批12家增加至35家，资金池业务规模超过420亿元。",
            "本外币一体化资金池，是指跨国公司可以在境内外成员企业之间，统一归集和调配人民币和外币资金。“以前境内外成员企业之间调拨资金，要分币种、分账户办理，手续繁琐、周期长。”一家参与试点的跨国企业财务总监说，试点后，企业可以根据经营需要在全球范围内灵活调度资金，每年节约财务成本约2000万元。",
            "据介绍，扩围后的试点进一步放宽了跨境资金集中收付的额度限制，允许符合条件的企业集中使用外债额度，并简化了业务办理流程，企业可通过银行线上办理资金划转。",
            "业内人士表示，资金池试点扩围有助于吸引更多跨国公司在澜屿设立区域总部和资金结算中心，推动自贸港跨境金融服务能力提升。下一步，澜屿还将探索开展跨境贸易投资高水平开放试点，进一步便利企业跨境资金流动。",
        ])
    c = Article(
        "c", "澜屿国际船舶登记突破百艘",
        byline="本报讯（记者　覃照）", authors=["覃照"], lead="本报讯（记者　覃照）",
        notes="Run-in 本报讯（记者 X） excluded from first. **new:** its body is printed in two parts; its headline and "
              "first lines sit between the two pieces of the previous article, the rest follows that article's end "
              "(two columns read interleaved).",
        paras=[
            "12月11日，一艘载重8.2万吨的散货船在澜屿国际船舶登记中心完成登记，成为在澜屿登记的第100艘国际船舶。",
            "自澜屿自由贸易港实施国际船舶登记制度以来，登记中心推出了“一站式”登记、船舶检验与登记同步办理等便利措施，登记时间由原来的5个工作日压缩至1个工作日。目前，在澜屿登记的国际船舶总吨位已超过620万吨，船型涵盖散货船、集装箱船、油轮和汽车运输船等。",
            "澜屿市交通运输部门有关负责人说，下一步将进一步落实国际运输船舶增值税退税、船员个人所得税优惠等政策，吸引更多航运企业落户自贸港。",
        ])
    b1, b2 = Page.chunks(pg.render_body(b), [7])
    c1, c2 = Page.chunks(pg.render_body(c), [3])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.headline(c)
    pg.emit(c, c1)
    pg.emit(b, b2)
    pg.emit(c, c2)
    pg.blank()
    pg.furniture(["1—11月澜屿自贸港主要经济指标",
                  "货物进出口总额　　　　1836亿元　　增长24.7%",
                  "服务进出口总额　　　　412亿元　　 增长19.3%",
                  "实际使用外资　　　　　21.6亿美元　增长11.8%",
                  "新增市场主体　　　　　18.2万户　　增长15.6%",
                  "离岛免税销售额　　　　386亿元　　 增长9.4%",
                  "数据来源：澜屿市统计局"], "figures table (not an article)")
    pg.blank()
    pg.furniture(["广告",
                  "澜屿国际航运大厦　甲级写字楼招租",
                  "面积100—2000平方米可分割　临港区位　配套齐全",
                  "招商热线：0×××-6618××××"], "office-tower advertisement (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：覃一苇　　校对：蒙小禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ke12() -> Page:
    """Overseas edition 合作·共赢 page, two ASCII spaces, 24 characters: a foreign scholar's article (byline line
    ［国名］NAME, the line （作者为…） after it); correspondent's story (byline line 本报驻埃洛尼亚记者 X) with a
    项目速览 box BETWEEN two paragraphs; photo news with the credit line after the caption."""
    pg = Page("ke12.txt", cols=24, indent="  ", blanks="some", seed=3512, p_para=0.5, p_gap=0.85,
              style="overseas edition 合作·共赢 page, 24 characters, indented with two ASCII spaces, blank lines sometimes: header on three lines (版名; paper; date with weekday + page number); a foreign scholar's signed article: headline, byline line ［塔维里亚］NAME (country in brackets, translated name with ·), the line （作者为…教授） after the body; story by a foreign correspondent (byline line 本报驻埃洛尼亚记者 X) with a 项目速览 box (title, four facts) printed BETWEEN two paragraphs; photo news (brief) with the credit line 本报记者 X摄 after the caption; footer with editor and designer")
    pg.furniture(["合作·共赢", "澜华日报海外版", cn_date(2035, 12, 11) + "　8"], "page header")
    pg.blank()
    a = Article(
        "a", "我眼中的中国开放新机遇", kind="commentary",
        byline="［塔维里亚］伊莎贝拉·蒙特罗", authors=["伊莎贝拉·蒙特罗"],
        notes="Signed article by a foreign scholar (an opinion piece, commentary). **new:** byline line "
              "［塔维里亚］NAME with the writer's country in brackets before a translated name: the byline as printed, "
              "the name alone is the author. The line （作者为塔维里亚国立大学经济学教授） after the body is not body.",
        paras=[
            "今年秋天，我第五次来到中国。从澜屿自由贸易港到霁港口岸，从繁忙的集装箱码头到安静的侨乡村落，我看到的是一个持续扩大开放、充满活力的中国。",
            "作为一名长期研究国际贸易的经济学者，我特别关注中国在制度型开放方面的进展。过去，外界谈论中国开放，更多关注关税水平和市场准入；如今，中国正在规则、规制、管理、标准等方面与国际高标准经贸规则对接。在澜屿，我看到跨境服务贸易负面清单、国际船舶登记等制度创新已经落地，这些都为外国企业提供了更加透明、可预期的营商环境。",
            "中国市场对塔维里亚企业的吸引力也在不断上升。过去五年，塔维里亚对华出口的橄榄油、葡萄酒、海产品增长了两倍多。许多塔维里亚中小企业通过跨境电商平台，第一次把产品直接卖给了中国消费者。这样的变化，在十年前是难以想象的。",
            "当然，任何开放进程都不会一帆风顺。面对复杂多变的国际环境，各国更需要以开放包容的心态加强沟通、扩大合作。我相信，一个更加开放的中国，将继续为包括塔维里亚在内的世界各国带来新的发展机遇。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.line(a, "（作者为塔维里亚国立大学经济学教授）", "credit")
    pg.blank()
    b = Article(
        "b", "埃洛尼亚首条电气化铁路开通运营",
        byline="本报驻埃洛尼亚记者　孟远汀", authors=["孟远汀"],
        notes="Story by a foreign correspondent, byline line 本报驻埃洛尼亚记者 X. The 项目速览 box (title and four "
              "facts, no text of its own) printed between two paragraphs is not body. The prime minister and the "
              "driver quoted (索菲娅·兰达佐, 卢西娅) are not authors.",
        paras=[
            "12月9日，随着一声汽笛长鸣，埃洛尼亚首条电气化铁路——卡里斯至北岸港铁路正式开通运营。这条铁路全长312公里，设计时速160公里，由中国企业承建，将卡里斯至北岸港的陆路运输时间由7小时缩短至2个多小时。",
            "开通仪式上，埃洛尼亚总理索菲娅·兰达佐表示，这条铁路是埃洛尼亚交通现代化的标志性工程，将有力带动沿线矿产开发、农业和旅游业发展。“它不仅是一条铁路，更是一条通往繁荣的道路。”",
            "项目建设期间，中方企业累计为当地创造就业岗位1.2万个，培训铁路运营、维护等专业人才2300多名。今年24岁的埃洛尼亚姑娘卢西娅是首批本地列车司机之一，她在中国接受了为期一年的培训。“能驾驶自己国家的第一列电力机车，我感到非常自豪。”",
            "据了解，铁路开通后，中方企业还将为埃洛尼亚提供为期五年的运营维护技术支持，帮助当地逐步建立起自主运营管理能力。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b, end=2)
    pg.furniture(["项目速览",
                  "全长：312公里",
                  "设计时速：160公里",
                  "沿线车站：14座",
                  "建设工期：46个月"], "项目速览 box between two paragraphs (not body)")
    pg.body(b, start=2)
    pg.blank()
    p = Article(
        "p", "科尔瓦咖啡亮相澜屿", kind="brief",
        byline="本报记者　严知秋摄", authors=["严知秋"],
        notes="Photo news (brief): headline, caption, credit line 本报记者 X摄 after the caption (the byline); the "
              "photographer is the author.",
        paras=[
            "12月9日，在第六届澜屿国际消费品博览会科尔瓦展台，工作人员向观众介绍当地咖啡产品。本届博览会上，科尔瓦有30多家企业参展。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["本版责编：汤若水　　版式：伍小棠"], "footer")
    return pg


PAGES = [ke09, ke10, ke11, ke12]
