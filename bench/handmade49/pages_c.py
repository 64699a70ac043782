"""Pages ks09-ks12 of handmade49 (development set; all papers, names, firms, books, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, Raw, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def ks09() -> Page:
    """Weekend 副刊 strip of a 13-character column with NO blank line anywhere, indented with ONE U+3000: an essay
    signed at the end by ◎X on a right-aligned line; a poem (headline, byline line □X, two stanzas run together);
    an essay with byline line □X under its headline and the writer's unit （作者单位：…） wrapped over two lines
    after the body; several justified lines letter-spaced with ASCII spaces."""
    pg = Page("ks09.txt", cols=13, indent=FW, blanks="never", seed=4909,
              style="weekend 副刊 strip of a 13-character column indented with ONE U+3000 and NO blank line anywhere: header on three lines (副刊 name 澜水·周末, 第8版, date without weekday); essay with no byline under its headline, signed at the end by ◎X right-aligned, three justified lines letter-spaced with ASCII spaces; poem: headline, byline line □X, two stanzas run together with no blank line; essay with byline line □X under its headline, two justified lines, and the writer's unit （作者单位：…） wrapped over two lines after the body; footer wider than the column")
    pg.furniture(["澜水·周末",
                  "第8版",
                  cn_date(2035, 6, 22, weekday=False)], "page header")
    a = Article(
        "a", "梅雨季的菜市场", byline="◎季小荷", authors=["季小荷"],
        notes="Essay in a 13-character column; three justified body lines are letter-spaced. No byline under the "
              "headline: signed at the end by ◎X on a right-aligned line (the byline, written without its leading "
              "U+3000s); the writer is the author. Kind article.",
        paras=[
            "梅雨一来，菜市场就换了一副模样。青石板的过道总是湿漉漉的，摊主们在头顶撑起五颜六色的塑料棚，雨水顺着棚檐滴下来，在地上溅起细小的水花。",
            "这个季节的菜市场最热闹的是水产摊。刚上市的河虾在塑料盆里蹦跳，卖鱼的老周一边刮鳞一边跟熟客聊天，说今年的梅鱼比去年肥。隔壁卖菱角的阿婆，把剥好的嫩菱装在荷叶里，一包五块钱，常常不到中午就卖完了。",
            "我喜欢在雨天逛菜市场。人不多，摊主们也不急，有时间跟你说说哪样菜今天最新鲜，哪样东西过几天会便宜。买完菜，撑着伞慢慢走回家，篮子里是一整个季节的味道。",
        ])
    pg.headline(a)
    pg.emit(a, justify(pg.render_body(a), [3, 12, 21], " "))
    pg.line(a, FW * 9 + a.byline, "byline")
    stanzas = [["六月的稻田", "是一块摊开的绿绸", "风从东边来", "把它抖成了波浪"],
               ["父亲站在田埂上", "算着今年的收成", "他不说话", "只是把烟袋", "在鞋底上磕了又磕"]]
    b = Article(
        "b", "稻田", byline="□岑夏", authors=["岑夏"], paras=[Raw(s) for s in stanzas],
        notes="Poem: headline, byline line □X (the poet is the author); the two stanzas are run together (no blank "
              "line on this page); all verse lines are the body. Kind article.")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    for stanza in stanzas:
        for verse in stanza:
            pg.line(b, verse, "body")
    c = Article(
        "c", "街角的修鞋摊", byline="□邬明川", authors=["邬明川"],
        notes="Essay with byline line □X under its headline; two justified body lines are letter-spaced. The "
              "writer's unit （作者单位：…） wrapped over two lines after the body is not body. The cobbler (老杨) is "
              "not an author. Kind article.",
        paras=[
            "我家楼下的街角，有一个修鞋摊，摊主是个五十来岁的男人，大家都叫他老杨。一把遮阳伞，一台手摇补鞋机，一个装满鞋钉和胶水的木箱，就是他的全部家当。",
            "老杨的手艺好，收费也公道，换个鞋跟十块钱，补个鞋底十五块。小区里的人都愿意找他，有时候鞋子没坏，路过也会停下来跟他聊几句。",
            "前些天，老杨说他儿子在城东开了一家洗护鞋的连锁店，让他过去帮忙。可他没去，还是守着这个小摊。“这里的老主顾，离不开我嘛。”他笑着说。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, justify(pg.render_body(c), [5, 14], " "))
    for ln in wrap("（作者单位：澜州市岚桥区文化馆）", 13):
        pg.line(c, ln, "note")
    pg.furniture(["编辑：苇白　　投稿：lanshui@lzjjb.cn"], "footer (wider than the column)")
    return pg


# ---------------------------------------------------------------------------
def ks10() -> Page:
    """Finance paper's 财富 page B1 in a 46-character column, NO indent: lead with 引题 kicker, headline, ——副题 and
    byline line 本报记者 X　Y, jump line （下转B4版） on a line of its own; 理财提示 box; a continued article (its
    headline, then （上接A1版） on a line, no byline); run-in 本报讯（记者 X）; 市场一周 table; fund ad."""
    pg = Page("ks10.txt", cols=46, indent="", blanks="para", seed=4910,
              style="finance daily's 财富 page B1 in a 46-character column, NO indent, blank lines between paragraphs and blocks: header on three lines (B1　财富; paper + date with weekday; 本版主编 and 责任编辑); lead with 引题 kicker, headline, ——副题 and byline line 本报记者 X　Y, analysts quoted, then the jump line （下转B4版） on a line of its own; 理财提示 box (label and one line); an article continued from the front page: its headline, then （上接A1版） on a line of its own, no byline; run-in 本报讯（记者 X） item; 市场一周 table (title, header row, four rows); fund ADVERTISEMENT (广告, fund name, sale date and code, channels, hotline, risk warning); footer with proof-reader and designer")
    pg.furniture(["B1　财富",
                  "鼎昌财经日报　" + cn_date(2035, 6, 17),
                  "本版主编：纪小北　　责任编辑：鲁书怀"], "page header")
    pg.blank()
    a = Article(
        "a", "银行理财产品收益率还能撑多久", subtitle="——多家机构下调业绩比较基准",
        byline="本报记者　缪知乐　桂晴川", authors=["缪知乐", "桂晴川"],
        notes="Lead with an 引题 kicker (neither title nor subtitle: the ——副题 is the subtitle, as g02 of "
              "handmade22). Byline line 本报记者 X　Y: both are authors. **new:** the jump line （下转B4版） on a line "
              "of its own after the body is not body. The analyst and the manager quoted (郑观澜) are not authors.",
        paras=[
            "6月以来，多家银行理财子公司陆续下调旗下产品的业绩比较基准。记者梳理发现，截至6月14日，今年新发行的固定收益类理财产品平均业绩比较基准为2.46%，较去年同期下降约0.5个百分点，部分现金管理类产品的七日年化收益率已跌破1.3%。",
            "“存款利率下调之后，理财产品的收益率也很难独善其身。”鼎昌证券固定收益首席分析师郑观澜表示，银行理财产品的底层资产以债券和存款为主，在市场利率整体下行的背景下，收益率随之走低是必然趋势。",
            "尽管收益率下降，理财市场规模却保持增长。数据显示，5月末全市场理财产品存续规模达到31.8万亿元，比年初增加1.6万亿元。“对于风险偏好较低的投资者来说，理财产品的收益虽然降了，但仍然高于同期限定期存款，吸引力依然存在。”一家股份制银行理财子公司相关负责人说。",
            "业内人士提醒，投资者应理性看待业绩比较基准，它并不是对收益的承诺。在选择产品时，要关注产品的投资范围、风险等级和历史业绩，不要单纯追求高收益。",
        ])
    pg.kicker(a, "存款利率下调后")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转B4版）"], "jump line on a line of its own (not body)")
    pg.blank()
    pg.furniture(["理财提示",
                  "业绩比较基准不是预期收益率，理财产品不保本，过往业绩不代表未来表现。"],
                 "理财提示 box (not an article)")
    pg.blank()
    b = Article(
        "b", "个人养老金账户开户数突破9000万",
        notes="**new:** the part of an article continued from the front page: its headline is printed again, then "
              "the jump line （上接A1版） on a line of its own (not body); no byline on this page: no authors. The "
              "manager quoted is not an author.",
        paras=[
            "从产品选择看，储蓄类产品仍是个人养老金参加人的首选，占缴费资金的四成以上；其次是理财产品和公募基金，商业养老保险占比相对较低。",
            "“年轻参加人更愿意配置基金，临近退休的参加人则更偏好储蓄和保险。”鼎昌银行养老金融部负责人表示，银行将根据不同年龄段客户的需求，提供差异化的产品组合和投资建议。",
            "业内人士建议，进一步提高个人养老金制度的吸引力，还需要在提高税收优惠力度、丰富产品供给、优化领取条件等方面持续发力。",
        ])
    pg.headline(b)
    pg.furniture(["（上接A1版）"], "jump line of the continued article (not body)")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "楠州试点生猪“保险＋期货”",
        byline="本报讯（记者　阎晓枫）", authors=["阎晓枫"], lead="本报讯（记者　阎晓枫）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从楠州市金融工作部门获悉，楠州今年在栎坪、苇塘两县试点开展生猪“保险＋期货”项目，首批为186户养殖户的4.2万头生猪提供价格保障，保障金额1.3亿元。当生猪价格跌破约定价格时，养殖户可获得相应赔付，有效降低了价格波动风险。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["市场一周（6月10日—6月14日）",
                  "指标　　　　　　　收盘　　　周涨跌",
                  "九州综合指数　　　3286.45　　+1.24%",
                  "九州成长指数　　　2014.37　　+2.06%",
                  "十年期国债收益率　1.62%　　　-3个基点",
                  "人民币汇率中间价　7.0412　　 -86个基点"], "市场一周 table (not an article)")
    pg.blank()
    pg.furniture(["广告",
                  "鼎昌稳盈纯债债券型证券投资基金",
                  "6月18日起正式发售　　认购代码：0186××",
                  "各大银行、券商及鼎昌基金官方渠道均可认购",
                  "客服热线：400-868-××××",
                  "基金有风险，投资需谨慎。"], "fund advertisement with risk warning (not an article)")
    pg.blank()
    pg.furniture(["校对：甘以宁　　版式：季青禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ks11() -> Page:
    """Business weekly's 封面故事 page: cover profile (kicker, headline NAME：…, byline line 本刊记者 X｜曲港报道,
    crossheads, a pull quote) whose body is read in two pieces with a sidebar Q&A (三问…, no byline) between
    them, as extraction reads one column, then the box beside it; 人物简介 box; label 企业速览 over an item whose
    headline is printed AFTER its body."""
    pg = Page("ks11.txt", cols=24, indent="  ", blanks="some", seed=4911, p_para=0.3, p_gap=0.75,
              style="business weekly's 封面故事 page indented with two ASCII spaces, blank lines sometimes: header on three lines (版名 封面故事　COVER STORY; weekly + date; page number 16); cover profile (about 820 chars) with an 引题 kicker, headline NAME：…, byline line 本刊记者 X｜曲港报道, three crossheads and a pull quote, its body read in TWO pieces with a sidebar Q&A (headline 三问X, no byline, 问：／答： paragraphs) printed between them (columns read out of order); 人物简介 box after the profile; label 企业速览 over an item whose body comes first and whose headline is printed AFTER it; footer with editor and designer")
    pg.furniture(["封面故事　COVER STORY",
                  "云帆商业周刊　" + cn_date(2035, 6, 18, weekday=False),
                  "16"], "page header")
    pg.blank()
    a = Article(
        "a", "黎望秋：让老丝厂重新“织”起来",
        subtitle="曲港一家老丝绸厂的数字化突围",
        byline="本刊记者　卓书遥｜曲港报道", authors=["卓书遥"],
        notes="Cover profile. The 引题 above the headline (no 副题) is the subtitle. **new:** byline line 本刊记者 X｜曲港报道 "
              "(reporter and place of reporting parted by ｜): the reporter is the author. Crossheads and the pull "
              "quote are body. The body is printed in two pieces with the sidebar Q&A 三问黎望秋 between them (the "
              "extractor read the column beside the profile before its last column). The entrepreneur (黎望秋) is "
              "not an author; the 人物简介 box after the body is not body and not an article.",
        paras=[
            "走进曲港市南郊的望秋丝绸工厂，最先听到的不是织机的轰鸣，而是一阵轻柔的音乐。车间里，三十多台数码提花织机整齐排列，屏幕上跳动着花型数据，几名工人在机台间来回巡视。",
            "“以前一个车间要八十多个人，现在十几个人就够了。”总经理黎望秋一边走一边介绍。她今年46岁，说话干脆利落。十年前，她从父亲手中接过这家濒临停产的老丝厂时，工厂账上只剩下不到三十万元。",
            Cross("接手一个“烂摊子”"),
            "望秋丝绸的前身是曲港第二丝织厂，始建于上世纪五十年代末，鼎盛时期有职工一千多人，产品远销海外。上世纪九十年代，工厂改制，黎望秋的父亲带着几十名老职工把厂子承包下来，勉强维持经营。",
            "2025年，父亲病重，黎望秋辞去在外地外贸公司的工作，回到曲港。“那时候厂里的设备都是三四十年前的老家伙，订单一年比一年少，工人平均年龄超过五十岁。”她回忆说，最难的时候，连续三个月发不出全额工资。",
            Quote("“老手艺不是包袱，关键是要找到它在今天的用处。”"),
            Cross("把老花样变成数据"),
            "转机出现在一次偶然的整理中。黎望秋在厂里的老仓库里发现了两千多张手绘的丝绸花样稿，最早的可以追溯到上世纪五十年代。“这些都是老师傅们一笔一笔画出来的，是厂里最宝贵的家底。”",
            "她找来高校的设计团队，花了两年时间，把这些花样稿全部扫描、修复，建成了一个数字花型库。老花样经过重新配色和设计，做成了围巾、服饰面料和家居用品，在网上一经推出就受到年轻消费者的欢迎。",
            "“老手艺不是包袱，关键是要找到它在今天的用处。”黎望秋说。去年，望秋丝绸的销售收入达到2.3亿元，其中自主品牌产品占比超过六成，线上销售占比接近一半。",
            Cross("小批量也能赚钱"),
            "数码提花织机的引入，让工厂实现了小批量、多品种的柔性生产。过去一个花型至少要织几千米才划算，现在几十米也能接单。不少独立设计师和小众品牌找上门来，成了工厂稳定的客户。",
            "如今，黎望秋又在筹划一件新事：在厂区里建一座丝绸博物馆，把老织机、老花样和老职工的故事都留下来。“这家工厂走过了快八十年，我希望它还能再走下去。”",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    first_part, second_part = pg.chunks(items, [26])  # the column ends in mid-sentence
    pg.emit(a, first_part)
    pg.gap()
    s = Article(
        "s", "三问黎望秋", kind="interview",
        notes="Sidebar Q&A printed between the two pieces of the profile's body: own headline, 问：／答： paragraphs, "
              "no byline: no authors. The entrepreneur who answers is not an author. Kind interview.",
        paras=[
            "问：接手工厂时，有没有想过放弃？",
            "答：想过很多次。但每次看到那些跟着父亲干了几十年的老职工，就觉得不能让厂子在我手里关门。",
            "问：数字化改造投入大吗？",
            "答：前后投了四千多万元，大部分是贷款。压力很大，但不改就只有死路一条。",
            "问：对年轻人进入丝绸行业有什么建议？",
            "答：这个行业需要懂设计、懂数据的新人。老手艺要传下去，得靠年轻人用新办法去做。",
        ])
    pg.headline(s)
    pg.body(s)
    pg.gap()
    pg.emit(a, second_part)
    pg.gap()
    pg.furniture(["人物简介"]
                 + wrap("黎望秋，1989年生，曲港人，望秋丝绸有限公司总经理。曾在外贸企业工作十余年，2025年回乡接手家族丝绸厂，主导完成工厂数字化改造和自主品牌建设。", 24, "  "),
                 "人物简介 box (not body, not an article)")
    pg.gap()
    pg.furniture(["企业速览"], "column label 企业速览")
    c = Article(
        "c", "曲港丝绸产业联盟成立", section="企业速览",
        notes="Item under the label 企业速览 (section) whose headline is printed AFTER its body (the body follows the "
              "label); no byline: no authors.",
        paras=[
            "6月12日，曲港丝绸产业联盟在曲港成立，首批成员包括丝绸生产、设计、电商和文旅企业52家。联盟将搭建共享花型库和检测平台，推动曲港丝绸产业抱团发展。",
        ])
    pg.body(c)
    pg.headline(c)
    pg.blank()
    pg.furniture(["责任编辑：芮知远　　美术编辑：贝小禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ks12() -> Page:
    """Economic daily's 周末版 front page: five-line masthead; label 周末卷首 over the editor's note signed （X） run in
    at the end; cover story with 引题 kicker, byline line 本报记者 X　Y and the jump （转第3版） run in at the end;
    run-in 本报讯（记者 X） item with a two-line headline; 本期导读 box; subscription strip; column breaks."""
    pg = Page("ks12.txt", cols=20, indent=FW * 2, blanks="some", colbreak=10, seed=4912, p_para=0.5, p_gap=0.85,
              style="economic daily's 周末版 FRONT page, two U+3000 indent, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs): five-line masthead (paper, 周末版, date with weekday, CN line, issue number + 今日8版); label 周末卷首 over the editor's note signed （X） run in at the end; cover story with an 引题 kicker of two phrases parted by U+3000, byline line 本报记者 X　Y and the jump （转第3版） run in at the end of its last paragraph; run-in 本报讯（记者 X） item with a headline on two lines; 本期导读 box of three ◆ titles with page numbers; subscription strip (price, 邮发代号, hotline)")
    pg.furniture(["澜州经济报",
                  "周末版",
                  cn_date(2035, 6, 15),
                  "国内统一连续出版物号　CN 77-0615",
                  "第3126期　今日8版"], "masthead")
    pg.blank()
    a = Article(
        "a", "在烟火气里读懂经济", section="周末卷首", kind="commentary",
        byline="（石砚农）", authors=["石砚农"], tail="（石砚农）",
        notes="Editor's note under the label 周末卷首 (section), signed （X） run in at the end (excluded from last); "
              "the writer is the author. Commentary.",
        paras=[
            "经济是什么？在统计报表里，它是一串串数字；在街头巷尾，它是菜价的涨落、店铺的开关、年轻人找工作时的一次次投递。",
            "本期周末版，我们把目光投向几处寻常的地方：一条卖了几十年糕点的老街，一间给人修鞋的街角小摊，一家重新织起丝绸的老厂。这些故事里没有宏大的叙事，却藏着经济最真实的温度。",
            "读懂经济，不妨从身边开始。愿你在这个周末，泡一杯茶，慢慢读完这些故事。",
        ])
    pg.furniture(["周末卷首"], "column label 周末卷首")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "老城夜市“火”了之后", subtitle="游客多了　投诉也多了",
        byline="本报记者　林晚舟　蒋听澜", authors=["林晚舟", "蒋听澜"], tail="（转第3版）",
        notes="Cover story. The 引题 of two phrases above the headline (no 副题) is the subtitle. Byline line 本报记者 "
              "X　Y: both are authors. **new:** the jump （转第3版） run in at the end of the last paragraph is "
              "excluded from last (like a run-in credit). The noodle-shop owner quoted is not an author.",
        paras=[
            "晚上八点，澜州老城区的青石街上人头攒动。烤串的烟火、糖画的香甜、手作摊位前的吆喝声交织在一起，构成了这个夏天澜州最热闹的一幅画面。",
            "今年5月，老城区夜市重新开放，短短一个多月，累计接待游客超过120万人次，带动周边餐饮、零售销售额增长近四成。“以前晚上七点街上就没什么人了，现在一直热闹到十一二点。”在青石街经营了二十多年面馆的店主说。",
            "然而，夜市“火”了之后，新的问题也接踵而至：噪声扰民、垃圾清运、停车困难，周边居民的投诉明显增多；部分摊位出现价格虚高、产品同质化的现象，一些游客直呼“网红夜市不过如此”。",
        ])
    pg.kicker(b, b.subtitle)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "澜州至曲港城际铁路开通", head=["澜州至曲港", "城际铁路开通"],
        byline="本报讯（记者　温书遥）", authors=["温书遥"], lead="本报讯（记者　温书遥）",
        notes="Headline on two lines, joined. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "6月14日，澜州至曲港城际铁路正式开通运营。该线路全长128公里，设站9座，最高运行时速200公里，两地间最快通行时间由原来的1小时50分钟缩短至40分钟。",
            "铁路部门表示，开通初期每日开行列车32对，周末及节假日将视客流情况加开列车。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本期导读",
                  "◆入夏空调清洗服务价格差异大（第6版）",
                  "◆一条运河里的商业史（第7版）",
                  "◆百年商埠：曲港往事之三（第8版）"], "本期导读 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["全年订价360元　　邮发代号　77-18",
                  "订阅热线：400-811-××××"], "subscription strip (not an article)")
    return pg


PAGES = [ks09, ks10, ks11, ks12]
