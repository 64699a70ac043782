"""Pages l05-l08 of handmade25 (development set; all papers, journals, names, institutions, places and figures
invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def l05() -> Page:
    """旬刊 policy magazine interview: label 高端访谈, headline, ——副题 访…, byline line 本刊记者 X, intro paragraph
    then 记者：／NAME： paragraphs; 人物简介 box; label 访谈手记 over a short piece signed （X） at the end."""
    pg = Page("l05.txt", cols=38, indent="  ", blanks="some", seed=2505, p_para=0.5, p_gap=0.9,
              style="旬刊 policy magazine 高端访谈 page indented with two ASCII spaces: header on one line (magazine, issue 2035年第14期（5月中旬刊）, page number); label 高端访谈 over an interview: headline, ——副题 访…, byline line 本刊记者 X, an intro paragraph, then 记者：／NAME： transcript paragraphs (the interviewee's surname-and-name run in); 人物简介 box (label and a wrapped bio paragraph) after it; label 访谈手记 over a short piece signed （X） run in at the end; footer with 责任编辑")
    pg.furniture(["政经参阅　2035年第14期（5月中旬刊）　14"], "page header")
    pg.blank()
    a = Article(
        "a", "数据要素市场化要跨过“三道坎”", section="高端访谈", kind="interview",
        subtitle="——访鸿渐发展研究院副院长邹明川",
        byline="本刊记者　伍清扬", authors=["伍清扬"],
        notes="Interview transcript under the label 高端访谈 (section): ——副题 (访…) is the subtitle; byline line "
              "本刊记者 X (the interviewer, the author). The intro paragraph and the 记者：／邹明川： paragraphs are "
              "body; the interviewee (邹明川) is not an author. Kind interview.",
        paras=[
            "数据是数字经济时代的关键生产要素。当前数据要素市场建设进展如何？还面临哪些障碍？本刊记者日前专访了鸿渐发展研究院副院长邹明川。",
            "记者：近两年各地数据交易机构纷纷成立，但不少机构交易并不活跃，原因何在？",
            "邹明川：数据交易“叫好不叫座”，我概括为要跨过“三道坎”。第一道是确权坎，数据来源复杂，谁拥有、谁能用、收益归谁，很多时候说不清楚；第二道是定价坎，数据的价值高度依赖使用场景，缺少公认的评估方法；第三道是信任坎，买方担心数据质量，卖方担心数据泄露和被转卖。",
            "记者：针对确权难题，有什么破解思路？",
            "邹明川：关键是不纠缠于“所有权”，而是推动数据资源持有权、数据加工使用权、数据产品经营权“三权分置”。比如公共数据，可以在保障安全的前提下授权运营，让专业机构加工成数据产品对外提供服务，收益按规则分配。一些地方的试点已经证明这条路走得通。",
            "记者：企业参与数据流通最担心安全问题，如何让企业放心？",
            "邹明川：技术上，隐私计算、可信数据空间等手段可以实现数据“可用不可见”，原始数据不出域，交易的是计算结果；制度上，要明确数据流通各环节的安全责任，对违法违规行为严格追责。技术和制度两手都要硬。",
            "记者：数据怎么定价，一直是市场关心的问题。",
            "邹明川：数据定价不宜“一刀切”。对公共数据产品，可以实行政府指导价，体现公益性；对企业数据，主要由市场协商定价，可以探索按次计费、按效果分成等多种方式。随着交易案例不断积累，评估方法也会逐步成熟。",
            "记者：对下一步数据要素市场建设，您有什么建议？",
            "邹明川：一是加快出台数据产权、流通交易、收益分配等基础制度的配套细则；二是培育数据经纪、数据评估、合规审计等第三方专业服务机构；三是从工业、交通、医疗等应用场景丰富的领域入手，以场景带动供给，形成可复制的数据流通模式。",
        ])
    pg.furniture(["高端访谈"], "column label 高端访谈")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["人物简介"] + wrap("邹明川，经济学博士，鸿渐发展研究院副院长、研究员，长期从事数字经济与产业政策研究，主持多项国家社会科学基金重大项目。", 38),
                 "人物简介 box (bio of the interviewee; not an article)")
    pg.blank()
    b = Article(
        "b", "规则的确定性就是生产力", section="访谈手记",
        byline="（伍清扬）", authors=["伍清扬"], tail="（伍清扬）",
        notes="Short piece under the label 访谈手记 (section), signed （X） run in at the end (byline, excluded from "
              "last; the interviewer is the author). Kind article (as the 记者手记 of earlier sets).",
        paras=[
            "采访中，邹明川反复提到一个词：确定性。在他看来，数据市场之所以“冷”，很大程度上是因为规则不清，企业不敢投入、不敢交易。",
            "这让人想到，任何一个新兴市场的成长，都离不开清晰、稳定、可预期的规则。数据要素市场建设既要鼓励探索，也要及时把成熟经验上升为制度，让市场主体吃下“定心丸”。规则的确定性，本身就是生产力。",
        ])
    pg.furniture(["访谈手记"], "column label 访谈手记")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["责任编辑：罗望秋"], "footer")
    return pg


# ---------------------------------------------------------------------------
def l06() -> Page:
    """Party daily 学习 page of a 专题 (label over the page): essay with byline line NAME（作者单位：…）, whose body
    is printed in two pieces around a 学习札记 box (●NAME, ［作者单位］ line); essay with 作者：NAME（post）;
    学习问答 explainer without byline."""
    pg = Page("l06.txt", cols=18, indent=FW * 2, blanks="arts", seed=2506,
              style="party daily 学习 page of a 专题, 18-character column, blank lines only between articles and blocks: header on three lines (学习, paper, date with weekday + 第10版); 专题 label 专题·推进乡村全面振兴 over the page; essay with byline line NAME（作者单位：…） (wider than the column) whose body is printed in TWO pieces around a boxed 学习札记 piece (label, headline, byline line ●NAME, body, line ［作者单位］… after it); essay with author line 作者：NAME（post）; label 学习问答 over an explainer with no byline; footer with editor")
    pg.furniture(["学习",
                  "青岚日报",
                  cn_date(2035, 5, 17) + "　第10版"], "page header")
    pg.blank()
    pg.furniture(["专题·推进乡村全面振兴"], "专题 label over the page's pieces")
    pg.blank()
    a = Article(
        "a", "发展新型农村集体经济的实践路径", kind="commentary",
        section="专题·推进乡村全面振兴",
        byline="黎晚舟（作者单位：青岚省社会科学院）", authors=["黎晚舟"],
        notes="Essay of the page's 专题 (section: the 专题 label printed over the page). **new:** byline line "
              "NAME（作者单位：…） as printed; the name is the author. Its body is printed in two pieces around the "
              "boxed 学习札记 piece (a column continued after the box). Points run in as 一是……二是…… "
              "(no crossheads). Kind commentary.",
        paras=[
            "新型农村集体经济是农村基本经营制度的重要组成部分，也是促进农民农村共同富裕的重要途径。经过农村集体产权制度改革，绝大多数村已完成清产核资和成员身份确认，集体经济组织的“家底”基本摸清。下一步的关键，是让集体资产“活”起来、集体收入“多”起来。",
            "一是盘活闲置资源。对闲置的农房、校舍、厂房等资产，可通过出租、入股、合作等方式引入经营主体，发展乡村旅游、康养、农产品加工等产业。",
            "二是发展服务经济。集体经济组织可以领办农机、植保、烘干等社会化服务组织，为小农户提供生产托管服务，既增加集体收入，又解决“谁来种地”的问题。",
            "三是推动抱团发展。对资源禀赋较差的村，可以由乡镇统筹，多个村联合投资建设标准厂房、冷链仓储等项目，按股分红，实现“强村带弱村”。",
            "同时要看到，发展集体经济必须守住底线，健全集体资产监管和收益分配制度，防止集体资产流失，确保农民共享发展成果。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    parts = Page.chunks(pg.render_body(a), [15])
    pg.emit(a, parts[0])
    pg.blank()
    b = Article(
        "b", "“小田”并“大田”的启示", section="学习札记", kind="commentary",
        byline="●范之恒", authors=["范之恒"],
        notes="Boxed piece under the label 学习札记 (section), printed between the two pieces of the essay "
              "发展新型农村集体经济的实践路径. Byline line ●NAME (the ● is a mark). **new:** the line "
              "［作者单位］汀阳市委党校 after the body is not body. Kind commentary.",
        paras=[
            "禾丰县不少村过去田块细碎，一户人家七八块地散落各处，机械下不了田。近年来，当地在农民自愿的前提下推行“小田并大田”，通过土地互换、统一整治，把零碎地块连成片。",
            "田块变大了，机械作业效率提高了一倍多，种粮成本明显下降。这说明，农村改革要尊重农民意愿，从群众最关心的具体问题入手，一件件抓出实效。",
        ])
    pg.furniture(["学习札记"], "label 学习札记 of the box")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "［作者单位］汀阳市委党校", "bio")
    pg.blank()
    pg.emit(a, parts[1])
    pg.blank()
    c = Article(
        "c", "用好土地增值收益反哺农业", kind="commentary",
        section="专题·推进乡村全面振兴",
        byline="作者：葛书澜（鹤鸣农业大学教授）", authors=["葛书澜"],
        notes="Essay of the page's 专题 (section). Author line 作者：NAME（post） as printed; the name is the author.",
        paras=[
            "土地出让收入是地方政府性基金收入的主要来源。长期以来，土地增值收益“取之于农、主要用之于城”，用于农业农村的比例偏低。",
            "提高土地出让收入用于农业农村的比例，是补齐农业农村投入短板的重要举措。各地要按照规定逐步提高这一比例，重点投向高标准农田建设、农田水利、农村人居环境整治等领域，同时建立健全资金使用绩效评价机制，确保每一分钱都用在刀刃上。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "新型农村集体经济“新”在哪里", section="学习问答",
        notes="Explainer under the label 学习问答 (section), printed without a byline: no authors. The question line "
              "is part of the body. Kind article.",
        paras=[
            "问：新型农村集体经济“新”在哪里？",
            "答：与传统集体经济相比，新型农村集体经济产权关系更加明晰，集体经济组织成员的权利得到明确保障；经营方式更加多样，可以通过资源发包、物业出租、居间服务、资产参股等多种途径实现发展；治理机制更加健全，实行民主管理，收益分配更加公开透明。",
        ])
    pg.furniture(["学习问答"], "column label 学习问答")
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：庄宜之　　校对：冉冬"], "footer")
    return pg


# ---------------------------------------------------------------------------
def l07() -> Page:
    """Economic daily 读书 page: a review whose headline, ——读《…》 副题, byline and book line are printed AFTER
    its body; a review with the book line under the byline; label 新书速递 over three items headed by a book
    title in 《》 with a publisher line."""
    pg = Page("l07.txt", cols=32, indent="  ", blanks="some", seed=2507, p_para=0.35, p_gap=0.85,
              style="economic daily 读书 page indented with two ASCII spaces: header on two lines (读书　B7; paper + date with weekday); a book review whose body comes FIRST and whose headline, ——读《…》 副题, byline line □ NAME and book line (《书名》　NAME　著　出版社　年月) are printed AFTER it; 书影 caption; a review with byline line ■ NAME and a book line 书名／著者／出版社 under it; label 新书速递 over three items, each headed by a book title in 《》 over a publisher line; footer with editor")
    pg.furniture(["读书　B7",
                  "东渚商报　" + cn_date(2035, 5, 18)], "page header")
    pg.blank()
    a = Article(
        "a", "在历史纵深中读懂中国制造", kind="commentary",
        subtitle="——读《制造的年轮》", byline="□ 宋予安", authors=["宋予安"],
        notes="Book review printed with its body FIRST: headline, ——读《…》 副题 (the subtitle), byline line □ NAME "
              "and the book line after the body. **new:** the book line (《书名》　author　著　publisher　date) is not "
              "body, and the book's author (蒋怀瑾) is not an author of the review. Kind commentary (a signed review).",
        paras=[
            "一台老式车床、一本泛黄的工作笔记、一张手绘的零件图纸……翻开《制造的年轮》，扑面而来的是几代制造业人的记忆。作者蒋怀瑾用近十年时间，走访了汀阳、泊州等地的40多家工厂，采访了200多位工程师、技术工人和企业管理者，以一座座工厂的兴衰沉浮为线索，勾勒出中国制造业从“学着造”到“自己造”再到“创新造”的发展历程。",
            "与许多宏观叙事不同，这本书把目光投向了具体的人。书中写到一位八级钳工，凭借一把锉刀把零件精度做到了0.002毫米；写到一家濒临倒闭的国营厂，在改制后转向精密铸件，最终成为国际车企的供应商；也写到年轻的工程师们如何在实验室里攻克“卡脖子”技术。这些故事告诉我们，制造业的竞争力，归根到底来自人的技能、经验和创造力。",
            "书的最后一章讨论了智能制造时代的新课题。作者提醒，数字化转型不是简单地“机器换人”，更要重视工匠精神的传承和高技能人才的培养。对于关心中国经济的读者而言，这是一本值得细读的书。",
        ])
    pg.body(a)
    pg.gap()
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.line(a, "《制造的年轮》　蒋怀瑾　著　汀阳人民出版社　2035年3月", "book")
    pg.gap()
    pg.furniture(["《制造的年轮》书影"], "book-cover caption (not body)")
    pg.gap()
    b = Article(
        "b", "一部写给普通人的金融通识课", kind="commentary",
        byline="■ 陆清越", authors=["陆清越"],
        notes="Book review: byline line ■ NAME under the headline, then the book line 书名：《…》　著者：X　出版社：… "
              "(not body; the book's author 许栖迟 is not an author of the review). Kind commentary.",
        paras=[
            "利率为什么会变？买理财产品要注意什么？养老钱该怎么规划？这些与每个人息息相关的问题，在《钱从哪里来》一书中都能找到通俗易懂的回答。",
            "作者许栖迟曾在商业银行工作多年，后转入高校从事金融教育。书中没有复杂的公式和术语，而是通过一个个生活化的案例，把货币、信用、利率、风险等金融基本概念讲得清清楚楚。尤其难得的是，作者专门用两章篇幅讲述如何识别非法集资、电信诈骗等金融骗局，提醒读者“高收益必然伴随高风险”。",
            "提升全民金融素养，是防范金融风险的重要基础。这样一本深入浅出的通识读物，值得推荐给更多读者。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.line(b, "书名：《钱从哪里来》　著者：许栖迟　出版社：东渚财经出版社", "book")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["新书速递"], "column label 新书速递")
    pg.gap()
    items = [
        ("c1", "《县域的力量》", "青岚人民出版社　2035年4月",
         "本书以10个县的发展实践为样本，分析了县域在产业培育、城乡融合、公共服务等方面的探索与经验，提出县域是推进新型城镇化和乡村全面振兴的重要结合点。全书案例翔实，兼具理论深度和实践价值。"),
        ("c2", "《碳中和的经济学》", "东渚财经出版社　2035年3月",
         "作者从成本、价格和激励的角度，系统阐释碳市场、碳税、绿色金融等政策工具的作用机理，并比较了不同国家推进低碳转型的路径选择与得失，对理解绿色发展背后的经济逻辑颇有助益。"),
        ("c3", "《平台之后》", "汀阳大学出版社　2035年2月",
         "平台经济进入常态化监管阶段后将走向何方？本书梳理了平台企业在技术创新、国际化经营和社会责任等方面的新变化，认为平台经济的下一程将更多依靠硬科技创新和实体经济融合。"),
    ]
    for key, title, press, text in items:
        art = Article(key, title, section="新书速递", paras=[text],
                      notes="Item under the label 新书速递 (section) headed by a book title in 《》 (the title, "
                            "printed with its brackets). **new:** the publisher line under it is not body. No "
                            "byline, no authors.")
        pg.headline(art)
        pg.line(art, press, "book")
        pg.body(art)
        pg.gap()
    pg.furniture(["本版编辑：骆闻笛　　版式：施小童"], "footer")
    return pg


# ---------------------------------------------------------------------------
def l08() -> Page:
    """Think-tank bulletin (要报): header with 第N期（总第N期）, editor and date, 内部资料 line; a report with 内容提要
    paragraph, crossheads 一、二、三、 and （一）（二）（三）, the line （执笔：X　Y） after the body and a 参考文献 list;
    label 专家建言 over a comment with byline NAME（post）; label 决策动态 over an item."""
    pg = Page("l08.txt", cols=44, indent="", blanks="para", seed=2508,
              style="think-tank bulletin (要报), 44-character lines, NO indent, a blank line between paragraphs and blocks: header on four lines (bulletin name, 第17期（总第326期）, 鸿渐发展研究院编 + date, 内部资料　注意保存); research report headed by a two-line headline broken MID-WORD, a 内容提要： paragraph, crossheads 一、二、三、 and （一）（二）（三）, the line （执笔：X　Y） after the body, a 参考文献 list of three entries [1]–[3]; label 专家建言 over a comment with byline line NAME（post）; label 决策动态 over a short item; footer (报送／抄送 lines, 共印 line)")
    pg.furniture(["鸿渐智库要报",
                  "第17期（总第326期）",
                  "鸿渐发展研究院编　　　　2035年5月20日",
                  "内部资料　注意保存"], "bulletin header")
    pg.blank()
    a = Article(
        "a", "关于提升中小企业融资可得性的调研与建议",
        head=["关于提升中小企业融资可得性的调", "研与建议"],
        byline="（执笔：邵怀瑾　蓝秋池）", authors=["邵怀瑾", "蓝秋池"],
        notes="Research report of the bulletin: headline on two lines broken in MID-WORD (调 / 研), joined. **new:** "
              "the 内容提要： paragraph is the first body paragraph (printed as text, not a headline or a box). "
              "Crossheads 一、二、三、 and （一）（二）（三） are body. **new:** the line （执笔：X　Y） after the body is the "
              "byline; the two writers are authors. The 参考文献 list after it is not body. Kind article.",
        paras=[
            "内容提要：课题组近期赴汀阳、泊州、云岫三市开展中小企业融资专题调研，走访企业62家、金融机构18家。调研发现，中小企业融资“难、贵、慢”问题有所缓解，但首贷难、信用贷款占比低、担保体系作用发挥不足等问题依然存在。建议从信息共享、风险分担和产品创新三方面综合施策。",
            Cross("一、主要进展"),
            "三市普惠小微贷款余额同比增长19.7%，平均利率较上年下降0.38个百分点。依托地方征信平台，银行可在线调取企业纳税、社保、水电等数据，线上信用贷款审批时间由原来的两周缩短到三天以内。",
            Cross("二、存在的突出问题"),
            Cross("（一）首贷难仍是主要堵点"),
            "受访的62家企业中，有19家从未获得过银行贷款，主要是成立时间短、缺乏抵押物的科技型小企业。银行普遍反映，这类企业财务制度不健全，风险难以评估。",
            Cross("（二）政府性融资担保作用有待加强"),
            "部分地区政府性融资担保机构资本金规模小、代偿能力弱，担保放大倍数不足3倍，且仍要求企业提供反担保，增加了企业负担。",
            Cross("（三）金融产品与企业需求匹配度不高"),
            "银行信贷产品仍以一年期流动资金贷款为主，与科技型企业研发周期长、回报慢的特点不相适应。部分企业反映，贷款到期后续贷手续繁琐，“过桥”资金成本高，一旦资金链紧张就可能引发连锁风险。",
            Cross("三、政策建议"),
            "一是扩大涉企数据归集共享范围，将知识产权、科技项目等信息纳入地方征信平台，为银行评估轻资产企业提供依据。二是充实政府性融资担保机构资本金，完善风险补偿和代偿补偿机制，逐步取消反担保要求。三是鼓励银行开发知识产权质押、订单融资、供应链融资等产品，对首贷户实行单列信贷计划和尽职免责。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    for ref in ["参考文献：",
                "[1]汀阳市地方金融管理局．汀阳市普惠金融发展报告（2034）［R］．2035．",
                "[2]卜一鸣．中小企业首贷难的成因与对策［J］．金融观察，2034（11）：23-29．",
                "[3]鸿渐发展研究院课题组．政府性融资担保体系建设研究［R］．2034．"]:
        pg.line(a, ref, "refs")
    pg.gap()
    b = Article(
        "b", "以科技金融破解“首贷难”", section="专家建言", kind="commentary",
        byline="章以宁（汀阳大学金融学院院长）", authors=["章以宁"],
        notes="Comment under the label 专家建言 (section): byline line NAME（post）, the name is the author.",
        paras=[
            "科技型中小企业普遍具有轻资产、高成长、高风险的特点，与银行传统的抵押担保信贷模式不相匹配，这是“首贷难”的症结所在。",
            "破解这一难题，需要构建与科技创新相适应的金融服务体系。银行要转变“看报表、看抵押”的传统思路，更多关注企业的技术水平、研发团队和成长潜力；要发挥政府引导基金的撬动作用，推动“贷款＋外部直投”“投贷联动”等模式规范发展；还要建立科技型企业风险分担机制，由政府、银行、担保机构按比例分担风险，让银行敢贷、愿贷。",
        ])
    pg.furniture(["专家建言"], "column label 专家建言")
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "泊州设立中小企业转贷应急资金", section="决策动态",
        notes="Item under the label 决策动态 (section), printed without a byline: no authors.",
        paras=[
            "泊州市近日设立规模5亿元的中小企业转贷应急资金，为贷款即将到期、续贷暂有困难的中小企业提供短期周转，日费率由万分之三降至万分之一点五。资金运行以来已累计为217家企业提供转贷服务，金额达19.6亿元。",
        ])
    pg.furniture(["决策动态"], "column label 决策动态")
    pg.gap()
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["报送：省委办公厅、省政府办公厅，省委政策研究室",
                  "抄送：省发展改革委、省财政厅、省地方金融管理局",
                  "（共印120份）"], "bulletin footer (distribution lines)")
    return pg


PAGES = [l05, l06, l07, l08]
