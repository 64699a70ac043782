"""Pages me09-me12 of handmade87 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, Raw, cn_date, justify, wrap
from pages_a import box, render_chars, split_cols, top, whole


def para_groups(items: list) -> list[list]:
    """Rendered body items cut at the paragraph gaps: one list of line items per paragraph."""
    groups, cur = [], []
    for it in items:
        if it[0] == "gap":
            if cur:
                groups.append(cur)
            cur = []
        else:
            cur.append(it)
    if cur:
        groups.append(cur)
    return groups


# ---------------------------------------------------------------------------
def me09() -> Page:
    """Science weekly 科技创新 page in a wide column, two U+3000 of indent, blank lines only between articles and
    blocks, STRAY SPACES between CJK characters on many lines (justification): 院士 interview with kicker,
    ——副题 访…, byline 本报首席记者 X　记者 Y, whose questions are set apart by blank lines with NO label (they
    only end in ？); 院士简介 box; label 科创简讯 over two ▶ items; item with dateline 本报北京7月2日电（记者 X）."""
    pg = Page("me09.txt", cols=34, indent=FW * 2, blanks="arts", seed=8709,
              style="science weekly 科技创新 page in a wide column, indent two U+3000, blank lines only between "
                    "articles and blocks (and around the interview's questions), STRAY SPACES between CJK characters "
                    "on every third body line (justification): header lines (paper; date with weekday; 第3版　科技创新; "
                    "责任编辑 / 美编); 院士 interview (about 740 characters) with 引题 kicker 院士访谈, headline, ——副题 "
                    "访…院士, byline line 本报首席记者 X　记者 Y, an intro, then five questions with NO label (bold in "
                    "print, set apart by blank lines, ending in ？) each followed by the answer; 院士简介 box; label "
                    "科创简讯 over two ▶ items (no credit; （通讯员 X） run in); item with the out-of-town run-in "
                    "dateline 本报北京7月2日电（记者 X）; footer with 投稿邮箱")
    box(pg, ["芷川科技报", cn_date(2039, 7, 3), "第3版　科技创新", "责任编辑：樊星野　美编：帅一苗"], "page header")
    pg.blank()
    a = Article(
        "a", "原始创新要甘坐“冷板凳”", kind="interview",
        subtitle="——访中国工程院院士、芷川大学材料学院教授岑望舒",
        byline="本报首席记者　席知微　记者　雷小柯", authors=["席知微", "雷小柯"],
        notes="院士 interview. The 引题 kicker 院士访谈 is not part of the title; the ——副题 访… is the subtitle. "
              "Byline line 本报首席记者 X　记者 Y (both authors; the academician interviewed, 岑望舒, is not). "
              "The body is the intro and the five questions (printed in bold with no label, set apart by blank "
              "lines, each ending in ？) with their answers: blank lines inside the body do not end it. Stray "
              "spaces between characters on every third line (justification). Kind interview.",
        paras=[
            "7月1日，芷川大学新材料研究院的实验室里，77岁的岑望舒院士正在和学生讨论一组实验数据。从事高温合金研究五十余年，他带领团队研制的多种新材料应用于航空发动机、燃气轮机等领域。围绕原始创新、成果转化和青年人才培养等话题，记者专访了岑望舒。",
            "这些年我国新材料产业发展很快，您怎么看当前面临的主要短板？",
            "产业规模上去了，但一些关键材料还是依赖进口，根子在原始创新不足。过去我们习惯跟踪模仿，别人做出来，我们再去追赶。跟踪可以缩小差距，但很难实现超越。材料研究周期长、投入大，一种新合金从实验室到装上发动机，往往要十年以上，必须耐得住寂寞。",
            "您说的“冷板凳”，对年轻科研人员意味着什么？",
            "意味着不能急功近利。我常跟学生讲，做材料要有“十年磨一剑”的准备。现在有些评价体系过于看重论文数量和短期成果，年轻人压力很大，不敢选那些周期长、风险高的方向。我认为应该给他们更长的评价周期，允许失败，让他们安心做真问题。",
            "科研成果转化难一直是个老问题，您的团队是怎么做的？",
            "关键是让科研人员和企业坐到一张桌子上。我们团队从2031年开始和芷川的三家企业共建联合实验室，企业提出需求，我们一起攻关，中试也放在企业的生产线上做。这样出来的成果，企业用得上、愿意用。这几年团队有17项专利实现转化，合同金额超过4亿元。",
            "芷川正在建设区域科技创新中心，您有什么建议？",
            "要在“专”字上下功夫。芷川有很好的材料产业基础，应当集中力量建设几个高水平的中试平台和检测认证平台，把上下游企业、高校院所串起来。同时，要舍得在基础研究上长期投入，基础研究稳定支持的比例应该再提高一些。",
            "您对青年学生有什么寄语？",
            "兴趣是最好的老师，坚持是最好的方法。科研路上没有捷径，只有一步一个脚印。希望年轻人既要仰望星空，也要脚踏实地，把研究做到生产一线去。",
        ])
    top(pg, a, kicker="院士访谈")
    items = pg.render_body(a)
    n = sum(it[0] == "line" for it in items)
    items = justify(items, list(range(1, n, 3)), sep=" ")
    groups = para_groups(items)
    for k, grp in enumerate(groups):
        question = a.paras[k].endswith("？")
        if question:
            pg.blank()
        pg.emit(a, grp)
        if question:
            pg.blank()
    pg.blank()
    box(pg, ["院士简介"] + wrap("岑望舒，1962年生，材料学家，中国工程院院士，芷川大学材料学院教授，长期从事高温合金与先进结构材料"
                              "研究。", 34), "院士简介 box (not an article)")
    pg.blank()
    box(pg, ["科创简讯"], "column label 科创简讯")
    b1 = Article(
        "b1", "芷川新型储能中试基地启用", section="科创简讯",
        notes="Item under the label 科创简讯 (section): ▶ headline line (the mark is not part of the title), no "
              "credit: no authors.",
        paras=["7月2日，芷川新型储能中试基地在芷川高新区启用。基地建有固态电池、钠离子电池等4条中试线，可为高校院所和中小企业提供从实验室样品到小批量试制的服务。"])
    b2 = Article(
        "b2", "首批“揭榜挂帅”科技项目发布", section="科创简讯",
        byline="（通讯员　郎一川）", authors=["郎一川"], tail="（通讯员　郎一川）",
        notes="Item under the label 科创简讯 (section): ▶ headline line; signed （通讯员 X） run in at the end "
              "(excluded from last; the 通讯员 is the author).",
        paras=["芷川市科技局日前发布首批“揭榜挂帅”科技攻关项目榜单，涉及高端装备、生物医药等领域的12个项目，单个项目最高支持1000万元，不论资历、不设门槛，“谁能干就让谁干”。"])
    for b in (b1, b2):
        pg.headline(b, lines=["▶" + b.title])
        its = pg.render_body(b)
        pg.emit(b, justify(its, [1], sep=" "))
    pg.blank()
    c = Article(
        "c", "芷川团队深海耐压材料通过验收",
        byline="本报北京7月2日电（记者　雷小柯）", authors=["雷小柯"], lead="本报北京7月2日电（记者　雷小柯）",
        notes="Out-of-town run-in dateline 本报北京7月2日电（记者 X） excluded from first.",
        paras=[
            "由芷川大学牵头承担的深海耐压结构材料研发项目2日在北京通过专家组验收。项目团队研制的新型钛合金材料，可在万米深海环境下长期服役，多项性能指标达到国际先进水平，已在两型深海装备上开展应用验证。",
        ])
    pg.headline(c)
    pg.emit(c, justify(pg.render_body(c), [0, 2], sep=" "))
    pg.blank()
    box(pg, ["本版投稿邮箱：kjcx@zckjb.cn"], "footer with 投稿邮箱", gap=False)
    return pg


# ---------------------------------------------------------------------------
def me10() -> Page:
    """Farmers' paper 农产品市场 page, NO indent, blank lines sometimes, lines cut inside numbers: market report
    with headline on two lines, byline 本报记者 X　通讯员 Y and 【…】 crossheads; a LONG price table (18 rows);
    label 行情点评 over a comment with ◎ X; run-in item; item signed at its END on a line of its own; footer."""
    pg = Page("me10.txt", cols=20, indent="", blanks="some", seed=8710, p_para=0.35, p_gap=0.75,
              style="farmers' paper 农产品市场 page, NO indent, blank lines sometimes, lines cut inside numbers: "
                    "header lines (paper; date with weekday; 第6版　农产品市场; 责任编辑); market report with headline on "
                    "two lines, byline line 本报记者 X　通讯员 Y and three crossheads 【蔬菜】… 【肉蛋】… 【水果】…; a LONG "
                    "price table (title, unit line, header row, 18 rows, source); label 行情点评 over a comment with "
                    "byline line ◎ X; item with run-in 本报讯（通讯员 X）; item signed （记者 X） on a line of its own at "
                    "the END; footer with a price disclaimer and 热线")
    box(pg, ["蓼洲农民报", cn_date(2040, 2, 26), "第6版　农产品市场", "责任编辑：闵晓禾"], "page header")
    a = Article(
        "a", "节后菜价逐周回落猪肉价格低位企稳",
        head=["节后菜价逐周回落", "猪肉价格低位企稳"],
        byline="本报记者　喻小棠　通讯员　费丰年", authors=["喻小棠", "费丰年"],
        notes="Market report: headline on two lines (joined). Byline line 本报记者 X　通讯员 Y (both authors). The "
              "crossheads 【蔬菜】供应充足价格回落, 【肉蛋】猪价低位震荡, 【水果】柑橘类走俏 are body lines. Lines are cut "
              "inside numbers. The price table printed after the report is not body. The market manager and the "
              "analysts quoted (unnamed) are not authors.",
        paras=[
            "春节过后，蓼洲市场农产品供应充足，价格总体回落。据蓼洲农产品批发市场的监测，2月25日，28种主要蔬菜批发均价为每公斤4.62元，比节前一周下降13.4%，连续三周回落。",
            Cross("【蔬菜】供应充足价格回落"),
            "随着气温回升，本地大棚蔬菜和南方产区蔬菜大量上市，叶菜类价格降幅明显。菠菜、油麦菜批发价分别为每公斤4.20元和3.60元，比节前下降两成左右；西红柿、黄瓜等果菜类价格降幅相对较小。“现在每天进场的蔬菜有2800吨左右，比节前多了三成。”市场蔬菜交易区负责人说。",
            Cross("【肉蛋】猪价低位震荡"),
            "猪肉价格在低位企稳。2月25日，白条猪批发均价每公斤19.80元，与上周基本持平；鸡蛋批发价每公斤8.40元，小幅下跌2.3%。业内人士分析，节后猪肉消费进入淡季，加上生猪出栏量较大，短期内猪价难有明显上涨。",
            Cross("【水果】柑橘类走俏"),
            "水果市场中，本地柑橘、沃柑等应季水果走俏，价格保持稳定；进口车厘子随着到货量减少，价格较节前上涨一成左右。",
        ])
    top(pg, a)
    pg.emit(a, render_chars(pg, a))
    pg.gap()
    rows = [("白菜", "1.60", "-8.6%"), ("菠菜", "4.20", "-21.5%"), ("油麦菜", "3.60", "-18.2%"),
            ("芹菜", "3.80", "-9.5%"), ("西红柿", "6.40", "-4.5%"), ("黄瓜", "5.20", "-7.1%"),
            ("土豆", "2.80", "-1.8%"), ("白萝卜", "1.40", "-6.7%"), ("青椒", "6.80", "-5.6%"),
            ("大葱", "4.60", "-2.1%"), ("白条猪", "19.80", "+0.5%"), ("牛肉", "62.00", "-0.8%"),
            ("鸡蛋", "8.40", "-2.3%"), ("草鱼", "14.60", "+1.4%"), ("沃柑", "7.20", "0.0%"),
            ("柑橘", "5.60", "+1.8%"), ("苹果", "8.80", "-1.1%"), ("香蕉", "5.40", "+3.8%")]
    table = ["蓼洲农产品批发市场", "主要品种批发价格", "（2月25日　单位：元/公斤）", "品名　　　均价　　周环比"]
    table += [name + FW * (5 - len(name)) + price.ljust(7) + change for name, price, change in rows]
    table += ["数据来源：蓼洲农产品", "批发市场信息中心"]
    box(pg, table, "price table (not an article)")
    box(pg, ["行情点评"], "column label 行情点评")
    b = Article(
        "b", "菜价回落时更要护好菜农“钱袋子”", section="行情点评", kind="commentary",
        byline="◎ 吉禾", authors=["吉禾"],
        notes="Comment under the label 行情点评 (section), byline line ◎ X (the ◎ is a mark; the writer is the "
              "author). Kind commentary.",
        paras=[
            "菜价回落，市民买菜更实惠，但对菜农来说，价格跌得太快也意味着增产不增收。",
            "稳定“菜篮子”，既要稳价格，也要稳收益。有关部门应加强产销信息发布，引导菜农错峰种植；支持冷链仓储建设，让菜价低时能“存得住”；发展订单农业，让菜农种得安心、卖得放心。",
        ])
    top(pg, b)
    pg.emit(b, render_chars(pg, b))
    pg.gap()
    c = Article(
        "c", "春耕农资价格总体平稳",
        byline="本报讯（通讯员　汤小麦）", authors=["汤小麦"], lead="本报讯（通讯员　汤小麦）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "据蓼洲市供销合作社统计，目前全市春耕化肥储备达到12.6万吨，农药、种子等农资储备充足。监测显示，尿素零售价每吨2380元，复合肥每吨2960元，与去年同期相比分别下降4.1%和2.6%。",
        ])
    top(pg, c)
    pg.emit(c, render_chars(pg, c))
    pg.gap()
    d = Article(
        "d", "蓼洲柑橘搭上中亚冷链专列",
        byline="（记者　喻小棠）", authors=["喻小棠"],
        notes="Signed at its END by （记者 X） on a line of its own after the last paragraph: that line is the "
              "byline, not body; the reporter is the author.",
        paras=[
            "2月24日，一列满载960吨蓼洲柑橘的冷链专列从蓼洲国际物流港驶出，将在12天后抵达中亚。这是蓼洲柑橘首次通过冷链专列出口中亚，比海运节省时间近一半。今年以来，蓼洲柑橘已出口1.8万吨，同比增长26%。",
        ])
    top(pg, d, byline=False)
    pg.emit(d, render_chars(pg, d))
    pg.line(d, d.byline, "byline")
    pg.gap()
    box(pg, ["本版价格信息仅供参考", "热线：0×××-8871××××"], "footer with disclaimer and 热线", gap=False)
    return pg


# ---------------------------------------------------------------------------
def me11() -> Page:
    """Monthly magazine 观察 long feature over two printed pages, in a WIDE column, two U+3000 of indent, blank
    lines between paragraphs and blocks: running header; headline on two lines; standfirst; byline 文｜本刊记者 X
    　实习记者 Y and an 编辑｜Z line; feature (about 1400 characters) with crossheads numbered 01 02 03 (number
    and title on two lines), a pull quote, and the page turn (folio of the first page, running header of the
    second) read between two paragraphs; label 延伸阅读 over a sidebar signed （本刊记者 X　整理） run in; folio."""
    pg = Page("me11.txt", cols=44, indent=FW * 2, blanks="para", seed=8711,
              style="monthly magazine 观察 long feature over two printed pages, in a WIDE column, indent two U+3000, "
                    "blank lines between paragraphs and blocks: running header 观察｜OBSERVATION with page number; "
                    "headline on two lines; standfirst (导语) block; byline line 文｜本刊记者 X　实习记者 Y and a line "
                    "编辑｜Z; feature (about 1400 characters) with crossheads numbered 01 02 03 (the number and the "
                    "title on two lines), a PULL QUOTE, and the PAGE TURN (folio line of the first page, running "
                    "header of the second) read between two paragraphs; label 延伸阅读 over a sidebar with its own "
                    "headline signed （本刊记者 X　整理） run in at the end; folio line")
    box(pg, ["观察｜OBSERVATION　　24"], "running header with page number")
    a = Article(
        "a", "县城商业的“第二曲线”", section="观察",
        head=["县城商业的", "“第二曲线”"],
        byline="文｜本刊记者　夏知秋　实习记者　裘一禾", authors=["夏知秋", "裘一禾"],
        notes="Magazine long feature (section 观察 from the running header, as the 封面故事 of handmade84 mb03). "
              "Headline on two lines (joined). The standfirst (导语) between headline and byline is a display block, "
              "neither subtitle nor body; the 编辑｜Z line is not body and the editor is not an author. Byline "
              "文｜本刊记者 X　实习记者 Y (both authors). The crossheads 01 … 03, each a number line and a title line, "
              "and the PULL QUOTE (a sentence repeated from the text) are body lines. The page turn (the folio line "
              "of page 24 and the running header of page 25) read between two paragraphs is not body (body in "
              "pieces). The people quoted (庞立言, 邬晓晴, an unnamed scholar, managers and a practitioner) are not "
              "authors.",
        paras=[
            "3月的一个周末，位于中部某省的汀阳县，新开业的汀阳万象里购物中心人头攒动。一家连锁咖啡品牌的县城首店门口排起了长队，隔壁的潮玩店里，几个中学生正围着盲盒挑选。“开业第一个周末，客流超过了12万人次，相当于全县四分之一的人口。”商场运营负责人庞立言对本刊记者说。",
            "汀阳并非个例。据一家商业地产研究机构统计，2039年全国县城新开业的购物中心超过180个，占全国新开业购物中心总数的近三成；连锁餐饮、茶饮和零售品牌在县城新开门店数量同比增长超过40%。",
            "“以前买件像样的衣服、看场新上映的电影，都得开车一个多小时去市里，现在在家门口就能解决。”在汀阳县城工作的年轻公务员邬晓晴说，周末和朋友逛商场、喝咖啡、看电影，已经成了她的生活常态。",
            Raw(["01", "“首店”开进县城"]),
            "品牌下沉，背后是县城消费能力的提升。过去十年，县城居民人均可支配收入年均增长超过7%，一批在外务工、求学的年轻人回流县城，带来了新的消费观念。“县城年轻人的消费需求和大城市没有本质区别，他们要的是品质、体验和社交。”一位长期研究县域经济的学者说。",
            "与大城市相比，县城的商业租金低、竞争少，人力成本也相对较低。一家茶饮品牌的拓展负责人算了一笔账：县城门店的投资回收期一般在12至18个月，比一线城市短半年左右。“过去是品牌挑县城，现在是县城挑品牌。”他说。",
            Raw(["02", "从“买得到”到“买得好”"]),
            "县城商业的变化，不仅在于“多”，更在于“新”。在东部沿海的栖湾县，一家由老粮库改造的商业街区，把本地小吃、非遗手作和露营市集装进了同一个空间，周末夜间客流占到全天的六成。县里还引入即时零售平台，居民下单后最快30分钟就能收到商品。",
            "在西南山区的岚坪县，县城商业的“新”体现在另一个方向。当地把农产品直播基地设在了商场里，白天是卖场，晚上是直播间，山里的腊肉、菌菇通过直播卖到全国各地。去年，这个县的农产品网络零售额突破12亿元，比三年前翻了一番。",
            Quote("县城年轻人的消费需求和大城市没有本质区别，他们要的是品质、体验和社交。"),
            "有关部门的数据显示，2039年县域社会消费品零售总额增速连续第三年高于城市。县域网络零售额同比增长18.6%，农村快递业务量占全国总量的比重提高到三分之一以上。",
            "消费升级也在倒逼县城商业补课。栖湾县商务部门负责人坦言，过去县城商业“重招商、轻运营”，商场建起来了，却缺少懂运营的人才和有特色的内容。如今，县里每年组织商户到大城市学习，还和高校合作开设零售管理培训班。",
            Raw(["03", "热闹之后的冷思考"]),
            "热闹背后，也有隐忧。一些县城在短时间内集中上马多个商业综合体，同质化竞争明显，部分项目开业不到两年就出现空置。“一个二三十万人口的县城，能养活几个购物中心，是要算清楚的。”一位商业地产从业者坦言。",
            "另一个问题是人才。不少县城商场的运营团队从大城市招来，却因为薪酬、生活配套等原因留不住人。“运营团队三年换了三拨，每换一次，招商思路就要变一次。”一家县城商场的招商经理说。",
            "也有县城开始探索差异化的路子。有的县城不再新建大型综合体，而是对老街、老厂房进行改造，发展小而美的特色商业；有的县城联合周边县市错位布局商业项目，避免“你有我也有”。",
            "业内人士认为，县城商业要走得远，关键在于找准定位，把本地特色和消费需求结合起来，而不是简单复制大城市的模式。同时，要补齐物流配送、停车、公共交通等短板，让县城商业的“第二曲线”真正成为拉动内需的新引擎。",
        ])
    pg.headline(a)
    pg.gap()
    box(pg, wrap("当一线城市的商场在为客流发愁时，不少县城的新商场、新品牌店却人头攒动。县域消费正在从“买得到”走向“买得好”，"
                 "一场围绕县城商业的新竞赛已经开场。", 44), "standfirst (导语) under the headline: not body")
    pg.line(a, a.byline, "byline")
    pg.line(a, "编辑｜班小芸", "editor")
    pg.gap()
    pg.body(a, end=10)
    pg.gap()
    box(pg, ["24　鉴远经济　2040年第6期"], "folio line of the first page (page turn, not body)")
    box(pg, ["观察｜OBSERVATION　　25"], "running header of the second page (page turn, not body)")
    pg.body(a, start=10)
    pg.gap()
    box(pg, ["延伸阅读"], "column label 延伸阅读")
    b = Article(
        "b", "县域商业体系建设迈入新阶段", section="延伸阅读",
        byline="（本刊记者　裘一禾　整理）", authors=["裘一禾"], tail="（本刊记者　裘一禾　整理）",
        notes="Sidebar under the label 延伸阅读 (section) with its own headline, signed （本刊记者 X　整理） run in at "
              "the end (excluded from last; the compiler is the author, as the 延伸阅读 of handmade85 mc04).",
        paras=[
            "2039年起，多部门联合推动县域商业体系建设，提出到2041年，在具备条件的地区基本实现县县有连锁商贸企业和物流配送中心、乡镇有商贸中心、村村通快递。",
            "截至2039年底，全国已建设改造县级物流配送中心1600余个、乡镇商贸中心近5000个，县域商业设施短板正在加快补齐。",
        ])
    whole(pg, b)
    box(pg, ["鉴远经济　2040年第6期　25"], "folio line", gap=False)
    return pg


# ---------------------------------------------------------------------------
def me12() -> Page:
    """Daily 县域经济 page in a very narrow column, two U+3000 of indent, blank lines only between text blocks,
    two stories read out of order: the lead's first column ends with the jump line （下转第三栏）, then the second
    story's headline, byline and first column, then （上接第一栏） and the lead's end, then the second story's end
    (no marker); label 县域短波 over two items in a 9-character column; item with byline ■ X; footer."""
    pg = Page("me12.txt", cols=13, indent=FW * 2, blanks="arts", seed=8712,
              style="daily 县域经济 page in a very narrow column, indent two U+3000, blank lines only between text "
                    "blocks, two stories read OUT OF ORDER: the lead (headline on two lines, byline 本报记者 X / "
                    "通讯员 Y on two lines) has its first column end mid-sentence with the jump line （下转第三栏）; "
                    "then the second story's headline, byline line 记者 X and first column; then the jump line "
                    "（上接第一栏） and the lead's END; then the second story's END with NO marker; label 县域短波 over two "
                    "items in a 9-character column (（通讯员 X） run in; no credit); item with byline line ■ X; footer "
                    "with 投稿邮箱")
    box(pg, ["桧山日报", cn_date(2039, 11, 27), "第5版　县域经济", "责任编辑：谭映秋"], "page header")
    pg.blank()
    a = Article(
        "a", "石门县竹产业年产值突破60亿元",
        head=["石门县竹产业年产值", "突破60亿元"],
        byline="本报记者　谭一苇　通讯员　钱晓禾", authors=["谭一苇", "钱晓禾"],
        notes="Lead: headline on two lines (joined); byline 本报记者 X　通讯员 Y printed on two lines (one byline, both "
              "authors). Its first column ends mid-sentence and is followed by the jump line （下转第三栏）; the "
              "青溪镇 story's beginning is read next; its end comes after the jump line （上接第一栏）. The jump "
              "lines are not body; the body is in pieces. The official quoted (unnamed) is not an author.",
        paras=[
            "走进石门县竹产业园，竹地板、竹家具、竹纤维餐具等产品正在装车发往各地。记者从石门县林业局获悉，今年前10个月，全县竹产业实现产值61.3亿元，同比增长16.2%，提前两个月突破60亿元。",
            "石门县有竹林面积42万亩，过去农民卖原竹，每根只能卖十几元。近年来，县里引进竹材精深加工企业28家，开发出竹纤维、竹炭、竹笋食品等200多种产品，每根竹子的综合产值提高到80元以上。",
            "竹产业也鼓起了竹农的钱袋子。全县3.6万户竹农通过出售竹材、入股合作社、进厂务工等方式增收，户均年增收8000元。县林业局负责人表示，明年将建设竹产业研究院，力争全县竹产业产值突破75亿元。",
        ])
    b = Article(
        "b", "青溪镇“共富工坊”开到家门口",
        head=["青溪镇“共富工坊”", "开到家门口"],
        byline="记者　邹晓渔", authors=["邹晓渔"],
        notes="Its headline, byline line 记者 X and first column are read between the lead's first column and the "
              "lead's end; its own end comes after the lead's end with NO jump line, only a blank line: the body is "
              "in pieces. Headline on two lines (joined). The villager quoted (舒秀英) is not an author.",
        paras=[
            "在青溪镇大塘村的“共富工坊”里，二十多名村民正在给竹编工艺品收边、打包。“在家门口就能上班，一个月能挣三千多元，还能照顾老人孩子。”村民舒秀英说。",
            "青溪镇引导企业把加工环节下沉到村，已建成“共富工坊”16家，吸纳1100余名留守妇女和老人就业，人均月增收2000元以上。",
        ])
    top(pg, a, byline_lines=["本报记者　谭一苇", "通讯员　钱晓禾"])
    a1, a2 = split_cols(pg.render_body(a), [16])
    b1, b2 = split_cols(pg.render_body(b), [9])
    pg.emit(a, a1)
    box(pg, ["（下转第三栏）"], "jump line 下转第三栏 (not body)", gap=False)
    pg.blank()
    top(pg, b)
    pg.emit(b, b1)
    pg.blank()
    box(pg, ["（上接第一栏）"], "jump line 上接第一栏 (not body)", gap=False)
    pg.emit(a, a2)
    pg.blank()
    pg.emit(b, b2)
    pg.blank()
    box(pg, ["县域短波"], "column label 县域短波")
    c1 = Article(
        "c1", "龙潭乡茶叶合作社向社员分红", section="县域短波",
        byline="（通讯员　麻小朵）", authors=["麻小朵"], tail="（通讯员　麻小朵）",
        notes="Item under the label 县域短波 (section) in a 9-character column: headline wrapped over two lines "
              "(joined); signed （通讯员 X） run in at the end (excluded from last; wrapped).",
        paras=["龙潭乡茶叶专业合作社日前向312户社员分红186万元，户均近6000元。"])
    c2 = Article(
        "c2", "县城新增公共停车位800个", section="县域短波",
        notes="Item under the label 县域短波 (section) in a 9-character column: headline wrapped (joined); no "
              "credit: no authors.",
        paras=["石门县今年在县城新建改建公共停车场12处，新增停车位800个，缓解了老城区停车难。"])
    for c in (c1, c2):
        pg.headline(c, lines=wrap(c.title, 9))
        pg.body(c, cols=9)
        pg.blank()
    d = Article(
        "d", "电商直播基地年销售额破5亿元",
        head=["电商直播基地年销", "售额破5亿元"],
        byline="■ 钱晓禾", authors=["钱晓禾"],
        notes="Headline broken mid-word over two lines (…年销 / 售额…; joined). Byline line ■ X (the ■ is a mark; "
              "the writer is the author).",
        paras=[
            "石门县电商直播基地今年已入驻主播团队46个，带动竹制品、茶叶、山货等农特产品线上销售，前10个月实现销售额5.2亿元。基地还免费开展直播培训，已培训农民主播1800余人次。",
        ])
    whole(pg, d)
    pg.blank()
    box(pg, ["本版投稿邮箱：", "xianyu@hsrb.cn"], "footer with 投稿邮箱", gap=False)
    return pg


PAGES = [me09, me10, me11, me12]
