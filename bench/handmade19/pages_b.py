"""Pages e05-e08 of handmade19 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, wrap


# ---------------------------------------------------------------------------
def e05() -> Page:
    """中国企业家-like magazine 口述 page of a 17-character column: first-person account with credits
    口述｜X（post） / 整理｜本刊记者 Y on two lines, quoted crossheads, photo caption 摄影／X between paragraphs,
    编辑 line after the text; label 观点 over a comment 文｜X with 作者系… (no brackets) after it."""
    pg = Page("e05.txt", cols=17, indent=FW * 2, blanks="para", seed=1905,
              style="中国企业家-like monthly magazine 人物 page of a 17-character column: header 人物｜口述; first-person 口述 piece: headline on two lines (我为什么把总部 / 搬回了县城), credits on TWO lines 口述｜X（company post, wrapped) and 整理｜本刊记者 Y, three crossheads in quotation marks, a photo caption with the credit 摄影／X between two paragraphs, a one-sentence paragraph, the line 编辑　X after the text; label 观点 over a comment with byline line 文｜X and the line 作者系… (no brackets) after it; footer with magazine, issue (2034年6月下) and page number")
    pg.furniture(["人物｜口述"], "page header (section)")
    pg.blank()
    a = Article(
        "a", "我为什么把总部搬回了县城", head=["我为什么把总部", "搬回了县城"],
        byline="口述｜韦青山（屿南竹业集团董事长）　整理｜本刊记者　戚若", authors=["戚若"],
        notes="**new:** first-person 口述 piece: the credits are printed on two lines, 口述｜X（post） (wrapped) and "
              "整理｜本刊记者 Y; the byline is both lines joined. Only the reporter who wrote it up (整理) is an "
              "author: the entrepreneur telling his story (韦青山) is the interviewee, not an author. Kind article "
              "(a monologue, no Q&A turns). Headline on two lines, joined. Crossheads in quotation marks are body. "
              "The photo caption with its credit 摄影／鹿鸣 between two paragraphs is not body (body in pieces); the "
              "photographer is not an author. The line 编辑　X after the text is not body.",
        paras=[
            "去年秋天，我们把集团总部从省城搬回了岚溪县。消息传出去，不少朋友打电话问我：别人都往大城市跑，你怎么反着走？",
            "说实话，这个决定我想了整整两年。",
            Cross("“我们的根在山里”"),
            "岚溪是竹乡，全县有80多万亩竹林。我父亲那一辈就在山里砍竹子、做竹席，1998年我接手家里的小作坊，从做竹地板起步，后来慢慢做到竹家居、竹纤维材料，现在集团一年营收40多亿元。",
            "2015年，为了方便跑市场、招人才，我们把总部搬到了省城。那几年确实发展得快，可我越来越觉得不对劲：总部离工厂、离竹林太远了。管理层一年到头去不了几次基地，研发人员对原料不熟悉，好多决策都是在会议室里拍脑袋拍出来的。",
            Cross("“人才问题没有想象中难”"),
            "搬回县城，大家最担心的是招不到人。一开始我也担心，后来发现情况比想象的好。这几年县城的交通、学校、医院都有很大改善，高铁通了以后，到省城只要50分钟。我们把研发中心留在省城，总部的管理、财务、供应链部门搬回来，愿意跟着回来的员工，公司给安家补贴。",
            "结果，总部280多人里，有将近九成跟着回来了，还有不少是岚溪本地出去的年轻人，听说公司回来了，主动回来应聘。",
            Cross("“企业离土地近一点”"),
            "搬回来一年，最大的变化是决策快了。以前一个新产品从提出到试产，要来回开好几次会，现在管理层走几步就到车间，问题当天就能解决。我们和县里的竹农合作社也走得更近了，今年集团收购竹材的价格比市场价高出5%，带动了4000多户竹农增收。",
            "我常跟年轻人讲，做实业的企业，离土地近一点，离工厂近一点，心里才踏实。",
        ])
    pg.headline(a)
    pg.gap()
    for ln in wrap("口述｜韦青山（屿南竹业集团董事长）", 17) + ["整理｜本刊记者　戚若"]:
        pg.line(a, ln, "byline")
    pg.gap()
    pg.body(a, end=5)
    pg.gap()
    pg.furniture(wrap("2033年，屿南竹业新总部在岚溪县落成。　摄影／鹿鸣", 17),
                 "photo caption with credit between two paragraphs (not body)")
    pg.gap()
    pg.body(a, start=5)
    pg.gap()
    pg.furniture(["编辑　齐小满"], "editor line after the piece (not body)")
    pg.blank()
    b = Article(
        "b", "总部回迁不是“逆城市化”", section="观点", kind="commentary",
        byline="文｜柏承宇", authors=["柏承宇"],
        notes="Comment under the label 观点 (section); byline line 文｜X. The line 作者系… after the text (no "
              "brackets) is the author's identity, not body.",
        paras=[
            "近年来，一些民营企业把总部从大城市迁回县城或产业基地，引发不少讨论。有人将其视为“逆城市化”的信号，我认为这种看法失之简单。",
            "从企业的角度看，总部选址本质上是一道成本与效率的算术题。对于资源型、制造型企业而言，原料、工厂和供应链都在县域，总部靠近一线，有利于缩短决策链条、降低管理成本。交通和数字基础设施的改善，又让县城与大城市之间的“时间距离”大大缩短。",
            "需要注意的是，总部回迁并非适合所有企业。对依赖高端人才、金融和信息资源的企业来说，大城市依然有不可替代的优势。地方政府在吸引企业总部回迁时，也应着力补齐教育、医疗等公共服务短板，而不是单纯依靠税收优惠。",
        ])
    pg.furniture(["观点"], "column label 观点")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(wrap("作者系澄州商学院家族企业研究中心主任", 17), "author's identity after the comment (not body)")
    pg.blank()
    pg.furniture(["青垣企业家　2034年6月下　57"], "footer: magazine, issue, page number")
    return pg


# ---------------------------------------------------------------------------
def e06() -> Page:
    """新财富-like monthly 资本市场 page, no indent: research piece with ——副题, 文／…研究员 X　Y, 一、二、三、
    crossheads and a table (表1, 注, 资料来源) between paragraphs; Q&A with Q：/A： turns; 投行手记 comment."""
    pg = Page("e06.txt", cols=45, indent="", blanks="some", seed=1906, p_para=0.45, p_gap=0.8,
              style="新财富-like monthly 资本市场 page of a 45-character column, NO indent: header (magazine + 月号, section + page number); research piece with ——副题, byline line 文／新溯财富研究员 X　Y, crossheads 一、二、三、, a table printed BETWEEN two paragraphs (表1 title, header row, five rows with signed percentages +12.6% / -3.4%, 注： line, 资料来源： line); interview with headline, ——访… 副题, byline line 新溯财富记者 X and turns marked Q：／A：; label 投行手记 over a comment with byline line 撰文　X; footer with editor")
    pg.furniture(["新溯财富　2034年7月号", "资本市场｜68"], "page header")
    pg.blank()
    a = Article(
        "a", "港股IPO回暖：谁在排队，谁在赚钱", subtitle="——2034年上半年港股新股市场复盘",
        byline="文／新溯财富研究员　乔砚　宗晚", authors=["乔砚", "宗晚"],
        notes="Research piece: ——副题 is the subtitle; byline line 文／…研究员 X　Y, both authors. Crossheads "
              "一、二、三、 are body. The table (表1 title, header row, rows, 注 and 资料来源 lines) printed between two "
              "paragraphs is not body, so the body is in pieces.",
        paras=[
            "经历了两年的低迷之后，港股新股市场在2034年上半年明显回暖。据新溯财富研究中心统计，今年1至6月，港交所共有41家公司完成首次公开发行，合计募资约612亿港元，同比分别增长46%和118%。",
            Cross("一、募资额重回六百亿港元"),
            "从节奏看，今年港股IPO呈现“前低后高”的特点。一季度上市公司仅13家，募资额不足150亿港元；进入二季度后，随着市场情绪好转，多家大型企业集中上市，仅5月单月募资额就超过220亿港元。",
            "大型项目对募资额的贡献突出。上半年募资额超过20亿港元的项目共7个，合计募资约322亿港元，占总募资额的一半以上。其中，半导体企业澜芯半导体募资86.4亿港元，为上半年最大IPO（见表1）。",
            Cross("二、硬科技与消费“双主线”"),
            "从行业分布看，硬科技与消费是今年港股IPO的两条主线。半导体、新能源汽车、医疗器械等硬科技企业共上市14家，募资额占比约48%；食品饮料、零售、餐饮等消费企业上市11家，募资额占比约27%。",
            "值得注意的是，新股首日表现分化明显。41家新股中，首日上涨的有23家，下跌的有15家，平盘3家。首日涨幅最大的为医疗器械企业青禾医疗，涨幅达28.9%。",
            Cross("三、基石投资者认购占比创新高"),
            "基石投资者在今年的港股IPO中扮演了更重要的角色。统计显示，上半年有33家新股引入了基石投资者，基石认购金额合计约265亿港元，占募资总额的43%，创近五年新高。在基石投资者中，产业资本和地方政府产业基金的身影明显增多。",
            "多位投行人士认为，基石投资者占比上升有助于稳定新股上市初期的股价，但也使得新股的实际流通盘变小，上市后的流动性可能受到影响。随着锁定期陆续到期，部分新股或面临较大的解禁压力。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=4)
    pg.gap()
    pg.furniture(["表1　2034年上半年港股IPO募资额前五名",
                  "公司简称　　　行业　　　　　募资额（亿港元）　首日涨跌幅",
                  "澜芯半导体　　半导体　　　　86.4　　　　　　　+12.6%",
                  "汀润乳业　　　食品饮料　　　52.1　　　　　　　-3.4%",
                  "岸远动力　　　新能源汽车　　47.8　　　　　　　+5.2%",
                  "青禾医疗　　　医疗器械　　　31.5　　　　　　　+28.9%",
                  "屿链科技　　　软件服务　　　26.3　　　　　　　0.0%",
                  "注：按上市日期统计，截至6月30日。",
                  "资料来源：公司招股书，新溯财富研究中心整理"], "table 表1 between two paragraphs (not body)")
    pg.gap()
    pg.body(a, start=4)
    pg.gap()
    b = Article(
        "b", "三问基石投资者扩容", subtitle="——访澄原资本合伙人单叶", kind="interview",
        byline="新溯财富记者　宗晚", authors=["宗晚"],
        notes="Short interview: ——访… 副题 is the subtitle; byline line 新溯财富记者 X (the reporter is the author, "
              "not the interviewee 单叶). **new:** turns marked Q：／A：, which are body.",
        paras=[
            "Q：今年港股IPO中基石投资者认购占比明显上升，原因是什么？",
            "A：一方面，市场回暖初期，发行人和承销商需要基石投资者来稳定发行；另一方面，不少产业资本希望通过基石投资与上市公司建立业务合作，这比在二级市场买股票更有战略意义。",
            "Q：基石投资者占比过高，会不会影响新股的流动性？",
            "A：会有影响。基石投资者通常有6个月的锁定期，流通盘变小后，股价容易大起大落。投资者需要关注解禁时间表，避免在解禁前后追高。",
            "Q：对下半年港股IPO市场怎么看？",
            "A：只要市场情绪不出现大的逆转，下半年的发行数量有望继续增加。不过，大型项目能否顺利发行，很大程度上取决于海外利率走势和资金面的变化。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "别让“破发”吓退好公司", section="投行手记", kind="commentary",
        byline="撰文　钟离思", authors=["钟离思"],
        notes="Comment under the label 投行手记 (section); byline line 撰文　X (two-character surname 钟离).",
        paras=[
            "每逢新股首日破发，市场上总少不了一片唏嘘。有人据此认为港股“抽血”太多，也有人担心破发会打击企业赴港上市的积极性。",
            "其实，破发本身并不可怕。成熟市场中，新股定价本就有高有低，上市后的价格波动是市场对公司价值重新评估的过程。真正值得警惕的，是定价环节的失真：一些项目为了追求高估值，在路演中过度包装，最终让投资者买单。",
            "对发行人和承销商而言，合理定价、充分披露，比首日涨幅更重要。只有让投资者在新股上赚到钱的市场，才能持续吸引好公司前来上市。",
        ])
    pg.furniture(["投行手记"], "column label 投行手记")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：简小暖"], "footer: editor")
    return pg


# ---------------------------------------------------------------------------
def e07() -> Page:
    """商业周刊中文版-like page extracted with a blank line after every line: translated feature (文｜foreign
    writer　翻译｜X), 副题 line without dash, photo caption 图片来源：… after the text; original short piece
    撰文｜X; private-bank advertisement; footer."""
    pg = Page("e07.txt", cols=34, indent=FW * 2, blanks="every", seed=1907,
              style="商业周刊中文版-like weekly magazine page extracted with a blank line after EVERY line: header (magazine 中文版 + issue, section 公司与产业); translated feature with a headline on two lines (一家瑞典机床商的 / 亚洲“后路”), a 副题 line without dash, credits line 文｜foreign writer (transliterated name with ·)　翻译｜X, foreign names with · (马茨·林德) and a Latin abbreviation (EBITDA) in the text, photo caption ending 图片来源：company after the text; short original piece with byline line 撰文｜X; private-bank ADVERTISEMENT (广告, bank, service, hotline, small print) at the foot; footer with page number and magazine")
    pg.furniture(["澜图商业周刊·中文版　2034年第24期", "公司与产业"], "page header")
    a = Article(
        "a", "一家瑞典机床商的亚洲“后路”", head=["一家瑞典机床商的", "亚洲“后路”"],
        subtitle="在成本与地缘之间，欧洲中型制造企业正在重新计算全球布局",
        byline="文｜艾琳·索恩达尔　翻译｜卢一川", authors=["艾琳·索恩达尔"],
        notes="Translated feature: headline on two lines, joined; the 副题 line without dash is the subtitle. "
              "**new:** credits line 文｜foreign writer　翻译｜translator: the writer (transliterated name with ·) is "
              "the author, the translator is not (like an editor). The photo caption ending with 图片来源：… after "
              "the text is not body. The CEO quoted (马茨·林德) is not an author.",
        paras=[
            "走进哈尔贝里位于瑞典西部小镇的总装车间，很难想象这家百年机床企业正在经历一场“大迁移”。车间里，工人们正在组装一台重达18吨的五轴加工中心，这台设备将被运往美国中西部的一家航空零部件工厂。",
            "但在这间车间之外，哈尔贝里的生产版图已经悄然改变。过去三年，公司先后在越南北部和墨西哥北部建成两座零部件工厂，并在马来西亚设立了亚太区维修中心。按照计划，到2036年，公司超过一半的零部件将在欧洲以外生产。",
            "“我们不是在离开欧洲，而是在为客户的变化做准备。”哈尔贝里首席执行官马茨·林德在接受采访时说。他承认，能源价格上涨和熟练工人短缺让欧洲工厂的成本持续攀升，“客户在哪里，我们的工厂就得离他们近一点”。",
            "哈尔贝里并不是个例。一项针对欧洲约600家中型制造企业的调查显示，超过四成的受访企业计划在未来五年内扩大在亚洲或北美的产能，其中机械、汽车零部件和电子设备企业的意愿最强。这些企业大多是家族控股、年营收在5亿至50亿欧元之间的“隐形冠军”。",
            "对它们而言，全球布局的逻辑正在发生变化。过去二十年，效率是首要考量：哪里成本最低、供应链最完整，工厂就建在哪里。如今，关税、出口管制和地缘政治风险被越来越多地写进投资决策的表格。一位为多家欧洲企业提供咨询的供应链顾问形容，这是一种“多备一条后路”的策略。",
            "这种策略并不便宜。哈尔贝里的财报显示，去年公司资本开支同比增长35%，EBITDA利润率则从14.2%下滑至11.8%。部分投资者担心，分散布局会削弱规模效应，让原本利润率就不高的机床业务雪上加霜。",
            "林德对此并不讳言。“短期内利润会受影响，但如果十年后回头看，这可能是我们做过的最重要的决定。”",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(wrap("哈尔贝里首席执行官马茨·林德（左）在公司位于瑞典西部的总装工厂。图片来源：哈尔贝里公司", 34),
                 "photo caption with 图片来源 after the feature (not body)")
    b = Article(
        "b", "无人机送外卖，在郊区先跑通了", byline="撰文｜孔令舟", authors=["孔令舟"],
        notes="Short original piece, headline with a comma; byline line 撰文｜X.",
        paras=[
            "在汀阳市郊的一个大型居住区，居民下单后最快15分钟就能收到无人机送来的咖啡和简餐。运营这项服务的屿航科技称，该区域日均无人机订单已超过2000单。",
            "与人口密集的市中心相比，郊区住宅区楼间距大、空域条件简单，更适合无人机起降。屿航科技在社区内设置了6个“空中取餐柜”，无人机从3公里外的配送站起飞，将餐品直接送进柜内。",
            "不过，无人机配送的单均成本仍高于骑手配送。屿航科技负责人表示，只有订单密度进一步提高，无人机配送才有可能实现盈利。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["广告",
                  "屿海银行私人银行",
                  "家族财富管理　跨境资产配置　家族办公室服务",
                  "私人银行专线：4008-95××-88",
                  "本广告不构成任何投资建议，理财非存款，投资须谨慎"], "advertisement (not an article)")
    pg.furniture(["56　澜图商业周刊·中文版"], "footer: page number and magazine")
    return pg


# ---------------------------------------------------------------------------
def e08() -> Page:
    """中国发展观察-like policy journal, 发展动态 news section: 本刊记者 X item; item credited （本刊综合） at the end;
    item credited （来源：X日报） whose headline is printed AFTER its body; researchers' summary 文／X　Y with
    （作者单位：…） after it."""
    pg = Page("e08.txt", cols=38, indent="", blanks="para", seed=1908,
              style="中国发展观察-like policy journal, news section 发展动态, NO indent, blank lines between paragraphs and blocks: header (section label, journal + issue 2034年第6期); report on a research institute's book launch with a headline holding 《…（2034）》 and byline line 本刊记者 X; forum report with the source credit （本刊综合） run in at the end; item credited （来源：澄州日报） at the end whose headline is printed AFTER its body, directly before the next headline; research summary with byline line 文／X　Y, 一是／二是／三是 points in one paragraph and （作者单位：…） after the text; footer: page number alone")
    pg.furniture(["发展动态", "澄原发展观察　2034年第6期"], "page header (section, journal, issue)")
    pg.blank()
    a = Article(
        "a", "澄原发展研究院发布《中国县域经济发展报告（2034）》", byline="本刊记者　计明溪", authors=["计明溪"],
        notes="Headline holding a report title in 《》 with a year in brackets; byline line 本刊记者 X.",
        paras=[
            "6月6日，澄原发展研究院发布《中国县域经济发展报告（2034）》。报告显示，2033年全国县域地区生产总值约占全国的38.5%，县域常住人口约占全国的52%，县域经济在畅通国内大循环中的作用更加突出。",
            "报告认为，当前县域经济发展呈现“分化加剧、特色凸显”的特点。东部沿海县域依托制造业集群保持较快增长，中西部部分县域在承接产业转移中加快崛起，但也有一些县域面临人口外流、产业空心化等问题。",
            "报告建议，应分类引导县域发展，支持具备条件的县域发展成为中小城市，推动农业县做强农产品加工和流通，引导人口流失县域适度集中布局公共服务设施，提高财政资金使用效率。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "第三届城乡融合发展论坛在溯川举行", byline="（本刊综合）", tail="（本刊综合）",
        notes="**new:** source credit （本刊综合） (compiled by the journal) run in at the end: the byline, excluded "
              "from last; it names no person, so no authors.",
        paras=[
            "6月12日至13日，第三届城乡融合发展论坛在溯川市举行。来自政府部门、研究机构和企业的300余名代表围绕“推进以人为本的新型城镇化”展开研讨。",
            "与会专家认为，推进城乡融合发展，关键在于破除妨碍城乡要素平等交换、双向流动的制度壁垒，重点推动农业转移人口市民化，健全城乡统一的建设用地市场，完善乡村人才激励机制。论坛期间还发布了10个城乡融合发展典型案例。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "多地出台措施支持银发经济发展", byline="（来源：澄州日报）", tail="（来源：澄州日报）",
        notes="Headline printed AFTER the body (title_line after body_end), directly followed by the next item's "
              "headline. **new:** source credit （来源：澄州日报） run in at the end: the byline, excluded from last; "
              "it names a newspaper, no person, so no authors.",
        paras=[
            "近期，溯川、汀阳等地相继出台支持银发经济发展的政策措施，在老年助餐、智慧养老、老年旅游等领域推出一批支持举措。溯川市提出，到2035年建成社区老年助餐点1500个，实现城市社区全覆盖；汀阳市对新建的普惠养老机构按每张床位给予一次性建设补贴。",
            "业内人士表示，老年人口规模持续扩大，养老服务需求日益多元，地方政策密集出台有助于激发银发消费潜力，但也要注意防范以“养老”为名的非法集资等风险。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.gap()
    d = Article(
        "d", "数据要素市场化配置改革的进展与建议", kind="commentary",
        byline="文／宣晓岚　田牧之", authors=["宣晓岚", "田牧之"],
        notes="Researchers' summary (commentary, a research view); byline line 文／X　Y, both authors; the "
              "一是／二是／三是 points are in one paragraph of the body. The line （作者单位：…） after the text is "
              "not body.",
        paras=[
            "近年来，各地围绕数据要素市场化配置改革开展了积极探索。截至2033年底，全国已设立数据交易机构50余家，公共数据授权运营试点扩大到20多个省份，数据资产入表的企业数量明显增加。",
            "调研发现，改革推进中仍存在一些突出问题：一是数据产权界定不清，企业“不敢用、不愿供”的顾虑依然存在；二是公共数据开放程度不高，部门间数据共享机制不健全；三是数据交易规则和定价机制尚不完善，场内交易规模偏小。",
            "为此建议：加快建立数据产权分置制度，明确数据持有权、加工使用权和产品经营权的边界；推动公共数据在安全可控前提下分级分类开放；培育数据经纪、数据评估等第三方专业服务机构，促进数据合规高效流通。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["（作者单位：澄原发展研究院创新发展研究部）"], "author's institution after the summary (not body)")
    pg.blank()
    pg.furniture(["63"], "footer: page number alone")
    return pg


PAGES = [e05, e06, e07, e08]
