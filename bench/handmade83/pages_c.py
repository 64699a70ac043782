"""Pages ma09-ma12 of handmade83 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from pages_a import box, group, items, whole


# ---------------------------------------------------------------------------
def ma09() -> Page:
    """City daily, 要闻 page (第3版), NO indent and NO blank line anywhere: the continuation of a front-page story
    (headline repeated, （上接第1版） line, text opening mid-word, no byline); wire item 新华社北京…电（记者 X、Y）;
    story with a two-line headline and byline 记者 X; run-in item with a two-character surname; 更正; footer."""
    pg = Page("ma09.txt", cols=20, indent="", blanks="never", seed=8309,
              style="city daily 要闻 page (第3版), NO indent, NO blank line anywhere: header of two lines (paper + 3 + "
                    "要闻; date with weekday); the continuation of a front-page story: its headline repeated, the line "
                    "（上接第1版） under it, the text opening mid-word, no byline; wire item with run-in "
                    "新华社北京10月12日电（记者 X、Y）; story with headline on two lines and byline line 记者 X; item "
                    "with run-in 本报讯（记者 X） (two-character surname); 更正 notice; footer 责任编辑 / 校对")
    box(pg, ["鹭洲日报　3　要闻", cn_date(2038, 10, 13)], "page header")
    a = Article(
        "a", "前三季度鹭洲经济运行稳中向好",
        notes="Continuation (转版) of a front-page story: its headline is repeated over the continuation and is the "
              "title; the line （上接第1版） under it is neither title nor body. The text opens mid-word (…工业投资 cut "
              "after 工) with no byline (it was printed on page 1): byline null, no authors. The statistics official "
              "quoted is not an author.",
        paras=[
            "业投资增长9.4%，其中高技术制造业投资增长21.6%，对全部投资增长的贡献率达到38%。",
            "消费市场持续回暖。前三季度，全市社会消费品零售总额1563亿元，增长6.8%。其中，新能源汽车零售额增长42.3%，"
            "智能家电零售额增长18.6%，限额以上单位通过网络实现的商品零售额增长15.2%。",
            "市统计局有关负责人表示，总的看，前三季度全市经济运行延续稳中向好态势，但部分行业和企业生产经营仍面临困难，"
            "四季度要继续抓好各项政策落地，确保完成全年目标任务。",
        ])
    pg.headline(a)
    pg.line(a, "（上接第1版）", "jump")
    pg.body(a)
    b = Article(
        "b", "前三季度我国服务贸易保持较快增长",
        byline="新华社北京10月12日电（记者　韦晴、卜远）", authors=["韦晴", "卜远"],
        lead="新华社北京10月12日电（记者　韦晴、卜远）",
        notes="Wire item: run-in dateline 新华社北京10月12日电（记者 X、Y） (wrapped over three lines) excluded from "
              "first; both wire reporters are authors.",
        paras=[
            "记者12日从商务部获悉，今年前三季度，我国服务进出口总额同比增长10.8%。其中，知识密集型服务进出口增长9.6%，"
            "旅行服务进出口增长17.3%。",
            "商务部有关负责人表示，下一步将进一步扩大服务业开放，推动服务贸易创新发展。",
        ])
    whole(pg, b)
    c = Article(
        "c", "鹭洲自贸片区新增企业超两千家", head=["鹭洲自贸片区", "新增企业超两千家"],
        byline="记者　潘嘉禾", authors=["潘嘉禾"],
        notes="Headline on two lines (joined); byline line 记者 X.",
        paras=[
            "记者从鹭洲自贸片区管委会获悉，今年前三季度，片区新设立企业2186家，同比增长23.5%，其中外资企业146家；实际"
            "使用外资3.2亿美元，增长18.7%。",
            "今年以来，片区推出跨境贸易便利化、融资租赁、数据跨境流动等方面制度创新成果12项，其中“保税维修＋再制造”"
            "监管模式在全省复制推广。",
        ])
    whole(pg, c)
    d = Article(
        "d", "鹭洲至东盟海铁联运班列开行",
        byline="本报讯（记者　欧阳晓）", authors=["欧阳晓"], lead="本报讯（记者　欧阳晓）",
        notes="Run-in 本报讯（记者 X） excluded from first; the reporter has a two-character surname (欧阳).",
        paras=[
            "10月11日，一列满载汽车配件、光伏组件和日用百货的海铁联运班列从鹭洲国际陆港发出，货物将在海港转运至东盟"
            "国家。这是今年以来开行的第300列海铁联运班列。",
        ])
    whole(pg, d)
    box(pg, ["更正"] + wrap("本报10月12日第2版《鹭洲新增5家省级工业互联网平台》一文中，“5家”应为“6家”，特此更正。", 20),
        "更正 notice (not an article)")
    pg.furniture(["责任编辑：杭小青　校对：任飞"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ma10() -> Page:
    """Evening paper, 科技 page, indented with four ASCII spaces, a blank line after every paragraph and block:
    one-line header with full-width bars; lead with a headline letter-spaced with U+3000 and two crossheads; label
    数字观察 over a columnist's piece signed ■ X at its END, with an affiliation line; run-in item; advert; footer."""
    pg = Page("ma10.txt", cols=34, indent="    ", blanks="para", seed=8310,
              style="evening paper 科技 page, indent four ASCII spaces, a blank line after every paragraph and block: "
                    "one-line header 柘城晚报｜A15｜科技｜date with weekday; lead with headline letter-spaced with "
                    "U+3000, byline line 本报记者 X, two crossheads; label 数字观察 over a columnist's piece signed at "
                    "its END (■ X on a line of its own) and a line （作者单位：…） after it; item with run-in "
                    "本报讯（记者 X　通讯员 Y）; advert (科普研学营); footer 责任编辑 / 美编")
    box(pg, ["柘城晚报｜A15｜科技｜" + cn_date(2038, 11, 3)], "page header")
    a = Article(
        "a", "算力进园区企业降成本",
        byline="本报记者　阚小舟", authors=["阚小舟"],
        notes="Headline letter-spaced with U+3000 between characters, written unspaced. Byline line 本报记者 X. Two "
              "crossheads (“用得起”算力, 应用场景加速落地) are body lines. The entrepreneur and the official quoted "
              "(薛凯, 符远) are not authors.",
        paras=[
            "11月1日，柘城高新区公共算力服务平台正式上线，首批接入智能算力500P。园区内的中小企业只需通过线上申请，就能"
            "按需租用算力，费用比市场价格低三成左右。",
            Cross("“用得起”算力"),
            "算力贵、算力难找，曾是不少中小科技企业的烦恼。柘城一家从事工业视觉检测的企业负责人薛凯告诉记者，过去训练一次"
            "模型需要到外地租用服务器，单次费用就要十几万元，“现在在园区里就能算，成本降下来一大截”。",
            "据介绍，平台由市国资企业投资建设，采用“政府引导、企业运营”模式。高新区对入驻企业使用算力给予最高50%的补贴，"
            "每家企业每年补贴上限为100万元。",
            Cross("应用场景加速落地"),
            "算力来了，应用也跟着来了。平台上线首周，已有47家企业提交算力申请，涉及智能制造、医疗影像、智慧物流等领域。"
            "市科技局副局长符远介绍，到明年底，全市将建成开放应用场景100个，培育人工智能企业200家以上。",
        ])
    whole(pg, a, sep=FW)
    box(pg, ["数字观察"], "column label 数字观察")
    b = Article(
        "b", "数据要素要“活”起来", section="数字观察", kind="commentary",
        byline="■ 鲁一鸣", authors=["鲁一鸣"],
        notes="Columnist's piece under the label 数字观察 (section), signed at its END: the line ■ X after the last "
              "paragraph is the byline (the ■ is a mark; the columnist is the author); the line （作者单位：…） after it "
              "is neither body nor byline. Kind commentary.",
        paras=[
            "数据被称为新的生产要素，但在不少企业里，数据还“躺”在各自的系统里，既不流通，也不产生价值。",
            "让数据“活”起来，首先要解决“不敢用”的问题。数据权属不清、安全责任不明，企业自然心存顾虑。加快建立数据产权"
            "登记、流通交易和收益分配制度，是释放数据价值的前提。",
            "其次要解决“不会用”的问题。对大多数中小企业来说，与其自建复杂的数据平台，不如借助行业平台和公共服务，先从一个"
            "具体场景入手，用数据降本增效，尝到甜头再逐步推开。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.line(b, b.byline, "byline")
    pg.line(b, "（作者单位：柘城学院数字经济研究中心）", "affiliation")
    pg.gap()
    c = Article(
        "c", "柘城新增9家国家级专精特新“小巨人”企业",
        byline="本报讯（记者　阚小舟　通讯员　鄢宁）", authors=["阚小舟", "鄢宁"],
        lead="本报讯（记者　阚小舟　通讯员　鄢宁）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "记者从柘城市工信局获悉，在近日公布的第十批国家级专精特新“小巨人”企业名单中，柘城共有9家企业入选，全市国家级"
            "“小巨人”企业总数达到41家。这些企业主要集中在新材料、智能装备和电子信息等领域，去年平均研发投入强度达到7.8%。",
        ])
    whole(pg, c)
    box(pg, ["柘城科技馆冬季科普研学营火热报名中", "面向8—14岁青少年　每期5天", "咨询电话：0×××-6190××××"],
        "advert (not an article)")
    pg.furniture(["责任编辑：莘一　　美编：季小岚"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ma11() -> Page:
    """Economic weekly, 县域 page in a narrow column, indented with two U+3000, blank lines only between articles:
    a story whose body comes FIRST and whose two-line headline and byline follow it; label 县域一句话 over four ◆
    items with no headlines; run-in item; footer."""
    pg = Page("ma11.txt", cols=16, indent=FW * 2, blanks="arts", seed=8311,
              style="economic weekly 县域 page in a narrow column, indent two U+3000, blank lines only between articles "
                    "and blocks: header of three lines (paper; 第8版·县域; date with weekday); a story whose body comes "
                    "FIRST, its headline (on two lines) and byline line 本报记者 X AFTER it; label 县域一句话 over four "
                    "◆ items with no headline and no credit, no blank line between them; item with run-in "
                    "本报讯（记者 X　通讯员 Y）; footer 本版编辑 / 校对")
    box(pg, ["海陵经济周刊", "第8版·县域", cn_date(2038, 11, 24)], "page header", after="blank")
    a = Article(
        "a", "石门茶油产业综合产值破30亿", head=["石门茶油产业", "综合产值破30亿"],
        byline="本报记者　谭一舟", authors=["谭一舟"],
        notes="Its body is printed FIRST, at the top of the page, and its headline (on two lines, joined) and byline "
              "line 本报记者 X come AFTER it, with no blank line between (title_line after the body). The grower "
              "quoted (向满堂) is not an author.",
        paras=[
            "初冬时节，石门县油茶林里果实累累，茶农们正忙着采摘油茶果。在蒲溪镇的油茶加工厂里，压榨车间机器轰鸣，一桶桶"
            "金黄的茶油正在灌装。",
            "石门种植油茶已有数百年历史。近年来，县里实施油茶低产林改造，推广良种壮苗和丰产栽培技术，全县油茶种植面积"
            "发展到42万亩，亩产茶油从过去的8公斤提高到18公斤。",
            "“一亩油茶一年能收入三四千元，比种别的划算多了。”蒲溪镇油茶种植户向满堂说。去年，全县油茶产业综合产值达到"
            "31.6亿元，带动5.8万户农户增收。",
        ])
    pg.body(a)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    box(pg, ["县域一句话"], "column label 县域一句话", after="")
    note = ("One-sentence item of the 县域一句话 strip (section), its own article; no headline (title null), no credit "
            "(no authors). The ◆ mark is run in and excluded from first. The items follow each other with no blank "
            "line.")
    strip = [
        Article("b1", None, section="县域一句话", lead="◆", notes=note,
                paras=["临川县首批12个村级光伏电站并网发电，每年可为村集体增收300余万元。"]),
        Article("b2", None, section="县域一句话", lead="◆", notes=note,
                paras=["安平县农产品冷链物流中心投入运营，库容达到5万吨。"]),
        Article("b3", None, section="县域一句话", lead="◆", notes=note,
                paras=["白沙县今年新增高标准农田8.6万亩，超额完成年度任务。"]),
        Article("b4", None, section="县域一句话", lead="◆", notes=note,
                paras=["石门县出台购房补贴政策，在县城购买首套新建商品房的，每平方米补贴200元。"]),
    ]
    items(pg, strip, after="")
    pg.blank()
    c = Article(
        "c", "安平引进年产10万吨饲料项目",
        byline="本报讯（记者　林晓岚　通讯员　童欣）", authors=["林晓岚", "童欣"],
        lead="本报讯（记者　林晓岚　通讯员　童欣）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） (wrapped over three lines) excluded from first; both are authors.",
        paras=[
            "11月20日，安平县与海陵正禾农牧集团签约，引进年产10万吨饲料加工项目，总投资3.2亿元。项目建成后，每年可就地"
            "转化玉米、豆粕等原料8万吨，新增就业岗位200个。",
        ])
    whole(pg, c, after="blank")
    pg.furniture(["本版编辑：沈小北　校对：柴鸣"], "footer with 本版编辑")
    return pg


# ---------------------------------------------------------------------------
def ma12() -> Page:
    """Commercial daily, 消费周刊 page, indented with two ASCII spaces, blank lines sometimes, plus column breaks (a
    blank line every 12 body lines, also inside paragraphs): lead with kicker, ——副题, byline of two reporters with
    ASCII spaces and a photo caption between two paragraphs; price report with a price list between two
    paragraphs; item whose headline sits directly on its run-in text; supermarket advert; footer."""
    pg = Page("ma12.txt", cols=26, indent="  ", blanks="some", colbreak=12, seed=8312, p_para=0.5, p_gap=0.6,
              style="commercial daily 消费周刊 page, indent two ASCII spaces, blank lines sometimes, plus column breaks "
                    "(a blank line every 12 body lines, also inside paragraphs): header of two lines (B2 消费周刊; "
                    "paper + date with weekday); lead with 引题 kicker, headline, ——副题, byline line 本报记者 X Y "
                    "(ASCII spaces, two reporters) and a photo caption with credit 摄 BETWEEN two paragraphs; price "
                    "report with byline line 记者 X and a price list (title, five rows) BETWEEN two paragraphs; item "
                    "whose headline sits directly on its text, run-in 本报讯（记者 X）; supermarket advert; footer "
                    "责任编辑 / 美编")
    box(pg, ["B2 消费周刊", "岱山商报 " + cn_date(2038, 12, 8)], "page header")
    a = Article(
        "a", "冬季消费“热”力足",
        subtitle="——岱山年末消费市场观察",
        byline="本报记者 柴瑜 孟南", authors=["柴瑜", "孟南"],
        notes="Lead. The 引题 kicker 年末消费季·探市场 is neither title nor subtitle (the ——副题 is). Byline line "
              "本报记者 X Y with ASCII spaces names two reporters (both authors). The photo caption with credit between "
              "two paragraphs is not body (body in pieces). The shop manager quoted (卫佳) is not an author.",
        paras=[
            "进入12月，岱山年末消费季活动全面启动。记者连日走访商圈、超市和农贸市场发现，冰雪装备、羽绒服、取暖电器等"
            "“冬季经济”相关商品销售火热，年货备货也已提前展开。",
            "在岱山万汇广场，一家户外用品店的滑雪服、滑雪镜销售额比去年同期增长了五成多。“今年本地新开了室内滑雪场，带动"
            "了一波消费。”店长卫佳说。",
            "取暖电器同样卖得好。岱山一家家电卖场负责人介绍，11月以来，电暖器、暖风机、电热毯销量同比增长38%，其中带有"
            "智能温控功能的产品最受欢迎。",
            "餐饮消费也在升温。据市商务局监测，11月全市重点餐饮企业营业额同比增长11.6%，火锅、羊肉汤等冬季特色餐饮门店"
            "晚间翻台率明显提高。市商务局有关负责人表示，年末消费季期间，全市将发放消费券3000万元，开展各类促销活动"
            "200余场。",
        ])
    group(pg, a, kicker="年末消费季·探市场")
    pg.body(a, end=3)
    pg.gap()
    box(pg, wrap("▲市民在岱山万汇广场一家户外用品店选购滑雪装备。", 26) + ["本报记者　孟南　摄"],
        "photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=3)
    pg.gap()
    b = Article(
        "b", "猪肉蔬菜价格平稳鸡蛋小幅上涨", head=["猪肉蔬菜价格平稳　鸡蛋小幅上涨"],
        byline="记者　万宁", authors=["万宁"],
        notes="Headline of two phrases parted by U+3000, written without the space. Byline line 记者 X. The price "
              "list printed between the two paragraphs is not body (body in pieces).",
        paras=[
            "据岱山市发展改革委价格监测，本周城区农副产品价格总体平稳，猪肉、蔬菜价格与上周基本持平，鸡蛋价格小幅上涨。",
            "监测人员分析，近期气温下降，部分蔬菜生长放缓，但本地储备蔬菜和外地调入量充足，预计年底前蔬菜价格不会出现"
            "大幅波动。",
        ])
    group(pg, b)
    pg.body(b, end=1)
    pg.gap()
    box(pg, ["本周城区农贸市场部分商品零售均价",
             "猪肉（精瘦肉）　29.5元/公斤",
             "鸡蛋　　　　　　10.8元/公斤",
             "大白菜　　　　　2.4元/公斤",
             "西红柿　　　　　7.6元/公斤",
             "草鱼　　　　　　17.0元/公斤"], "price list between two paragraphs (not body)")
    pg.body(b, start=1)
    pg.gap()
    c = Article(
        "c", "岱山发布预付式消费风险提示",
        byline="本报讯（记者　柴瑜）", authors=["柴瑜"], lead="本报讯（记者　柴瑜）",
        notes="Headline printed directly on its text (no blank line). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "年末商家促销活动增多，岱山市市场监管局日前发布消费提示，提醒消费者谨慎办理预付卡，不轻信“充值送大礼”等宣传，"
            "单次充值不宜过多，并保存好合同、发票等凭证。",
        ])
    whole(pg, c, gaps=False)
    box(pg, ["岱山百联超市　年货节", "12月10日起　满200元减30元", "会员再享9.5折"], "supermarket advert (not an article)")
    pg.furniture(["责任编辑：詹佳　　美编：龙晓"], "footer with 责任编辑")
    return pg


PAGES = [ma09, ma10, ma11, ma12]
