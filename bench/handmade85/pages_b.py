"""Pages mc05-mc08 of handmade85 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap
from pages_a import box, render_chars, right, top, whole


# ---------------------------------------------------------------------------
def mc05() -> Page:
    """Science weekly 科技 page, two U+3000 of indent and NO blank line anywhere: lead with a headline on two
    lines and two crossheads letter-spaced by justification; 新闻链接 sidebar with its own headline; 名词解释 box
    with no headline; two items (run-in 本报讯（记者 X）; （通讯员 X） run in at the end)."""
    pg = Page("mc05.txt", cols=20, indent=FW * 2, blanks="never", seed=8505,
              style="science weekly 科技 page, indent two U+3000, NO blank line anywhere: header lines (paper; date "
                    "with weekday + 第3版; 科技·前沿; 责任编辑 and 美编); lead (about 450 characters) with its headline "
                    "on two lines, byline line 本报记者 X, two crossheads LETTER-SPACED with ASCII spaces and one body "
                    "line letter-spaced by justification; label 新闻链接 over a sidebar with its own headline and no "
                    "credit; 名词解释 box with no headline (label, two 【term】 entries); item with run-in "
                    "本报讯（记者 X）; item signed （通讯员 X） run in at the end; footer with 投稿邮箱")
    box(pg, ["岳华科技报", cn_date(2037, 4, 9) + "　第3版", "科技·前沿", "责任编辑：郁南枝　美编：褚小满"],
        "page header with 责任编辑")
    a = Article(
        "a", "公里级高温超导电缆在岳华并网运行",
        head=["公里级高温超导电缆", "在岳华并网运行"],
        byline="本报记者　蒲秋言", authors=["蒲秋言"],
        notes="Lead: headline on two lines (joined). Byline line 本报记者 X. The two crossheads are letter-spaced with "
              "ASCII spaces (body lines), one body line letter-spaced by justification. No blank line anywhere on "
              "the page. The engineer and the professor quoted (骆星澜, 韦知远) are not authors.",
        paras=[
            "4月7日，一条长1.2公里、电压等级35千伏的高温超导电缆在岳华市高新区并网运行，为区内两座数据中心和一家芯片封装厂供电。这是目前国内投运距离最长的城市中压超导输电线路。",
            Cross("输电损耗降低七成", sep=" "),
            "与常规电缆相比，超导电缆在零下196摄氏度的液氮环境中工作，电阻几乎为零。项目技术负责人、岳华电网公司高级工程师骆星澜介绍，这条线路的输送容量相当于6条同等截面的常规电缆，输电损耗降低约七成，每年可节约电量约260万千瓦时。",
            "“城市中心区地下空间寸土寸金，新建电缆通道越来越难。超导电缆截面小、容量大，可以利用现有管廊扩容。”骆星澜说。",
            Cross("国产化率超过九成", sep=" "),
            "项目使用的第二代高温超导带材、低温制冷机和电缆终端均由岳华本地企业研制，设备国产化率超过九成。其中，岳华超材科技公司自主开发的带材生产线，单根带材长度突破1000米，生产成本比五年前下降六成。",
            "岳华大学电气工程学院教授韦知远认为，超导电缆的规模化应用仍面临制冷系统能耗和运维成本偏高等问题，但随着带材价格继续下降，未来五年有望在大城市核心区和大型园区率先推广。",
        ])
    top(pg, a, gaps=False)
    pg.emit(a, justify(pg.render_body(a), [14], sep=" "))
    box(pg, ["新闻链接"], "column label 新闻链接")
    b = Article(
        "b", "超导电缆为何能“省电”", section="新闻链接",
        notes="Sidebar under the label 新闻链接 (section) with its own headline and no credit: an article with no "
              "authors.",
        paras=[
            "电流通过普通导线时，导线电阻会把一部分电能变成热量白白消耗掉。某些材料在温度降到一定程度后，电阻会突然消失，这种现象叫作超导。利用超导材料制成的电缆，输电时几乎没有电阻损耗，只需要消耗少量电能维持低温环境。",
        ])
    whole(pg, b)
    box(pg, ["名词解释"] + wrap("【高温超导】指在液氮温度（零下196摄氏度）以上即可进入超导状态的材料。", 20)
        + wrap("【千伏】电压单位，1千伏等于1000伏。", 20),
        "名词解释 box with no headline of its own (not an article)")
    c = Article(
        "c", "岳华设立20亿元科技成果转化基金",
        byline="本报讯（记者　柯一笛）", authors=["柯一笛"], lead="本报讯（记者　柯一笛）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "岳华市科技成果转化引导基金日前设立，总规模20亿元，其中市财政出资5亿元，重点投向新材料、智能装备和生物医药领域处于中试阶段的项目，单个项目投资额最高5000万元。",
        ])
    whole(pg, c, lines=wrap(c.title, 20))
    d = Article(
        "d", "首批数据知识产权登记证书发放",
        byline="（通讯员　闵若溪）", authors=["闵若溪"], tail="（通讯员　闵若溪）",
        notes="Signed （通讯员 X） run in at the end (excluded from last); the 通讯员 is the author.",
        paras=[
            "4月8日，岳华市为12家企业颁发首批数据知识产权登记证书，涉及工业设备运行数据、城市交通流量数据等。企业可凭证书开展数据交易、质押融资，当天即有2家企业获得银行授信共计3000万元。",
        ])
    whole(pg, d, lines=wrap(d.title, 20))
    box(pg, ["本版投稿邮箱：kjqy@yhkjb.cn"], "footer with 投稿邮箱", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mc06() -> Page:
    """Farmers' paper 乡村振兴 page, two U+3000 of indent, blank lines sometimes, lines cut inside numbers: grain
    lead with kicker, headline of two phrases and a price table between two paragraphs, photo caption; label
    记者手记 over a reporter's note signed （X） on a line of its own; vegetable price box; two items."""
    pg = Page("mc06.txt", cols=15, indent=FW * 2, blanks="some", seed=8506, p_para=0.45, p_gap=0.7,
              style="farmers' paper 乡村振兴 page in a narrow column, indent two U+3000, blank lines sometimes, lines "
                    "broken INSIDE numbers (…1.3 / 6元…): header (paper; date with weekday; 乡村振兴　第2版; 责任编辑); "
                    "grain-purchase lead with 引题 kicker, headline of two phrases parted by U+3000 (wrapped), byline "
                    "line 本报记者 X　通讯员 Y, a price TABLE (表：…, header row, three rows, 数据来源) BETWEEN two "
                    "paragraphs and a photo caption with credit X　摄 after it; label 记者手记 over a reporter's note "
                    "signed （X） on a line of its own at the END; 本周蔬菜批发价格 box; item with run-in "
                    "本报讯（记者 X）; label 惠农快讯 over an item with no credit; footer with 热线")
    box(pg, ["丰岭农村报", cn_date(2037, 10, 12), "乡村振兴　第2版", "责任编辑：谷雨晴"], "page header with 责任编辑")
    a = Article(
        "a", "秋粮收购开秤优质稻每斤高出5分",
        head=["秋粮收购开秤　优质稻每斤高出5分"],
        byline="本报记者　田秋禾　通讯员　邱满仓", authors=["田秋禾", "邱满仓"],
        notes="Lead. The 引题 kicker 三农观察 is not part of the title; the headline of two phrases parted by U+3000 "
              "is wrapped over two lines (…高出5 / 分) and joined without the space. Byline line 本报记者 X　通讯员 Y (both "
              "authors). The price table printed between two paragraphs is not body (body in pieces); the photo "
              "caption with credit after the body is not body. Lines are cut inside numbers. The grain-depot "
              "manager and the farmer quoted (金守田, 彭大栓) are not authors.",
        paras=[
            "10月以来，丰岭市中晚稻陆续进入收获期，全市63个国有粮食收购点同步开秤。记者在石门粮库看到，前来交售新稻的农用车排起了长队，化验、过磅、结算一气呵成。",
            "今年全市中晚稻普通品种收购价在每斤1.35元至1.37元之间，与去年基本持平；优质稻收购价每斤1.40元至1.42元，比普通稻高出5分钱左右。",
            "“今年我们实行优质优价，水分、杂质达标的优质稻当场加价收购。”石门粮库主任金守田说，截至10月11日，该库已收购新稻1.86万吨，其中优质稻占比达到46%。",
            "河口镇种粮大户彭大栓今年种了420亩优质稻，亩产1150斤左右。“按现在的价格算，扣除成本，一亩地能挣300多元，再加上各项补贴，比去年多收入两万多元。”",
            "丰岭市粮食和物资储备局负责人表示，今年秋粮收购预计总量可达52万吨，全市已落实收购资金14.6亿元，仓容全部准备到位，确保农民“有地方卖粮、卖得上好价”。",
        ])
    top(pg, a, kicker="三农观察", lines=wrap(a.head[0], 15))
    pg.emit(a, render_chars(pg, a, end=2))
    pg.gap()
    box(pg, ["表：部分收购点中晚稻收购价", "（元/斤）", "收购点　普通稻　优质稻", "石门粮库　1.36　1.41",
             "河口粮站　1.35　1.40", "桐坪粮库　1.37　1.42", "数据来源：市粮食和物资储备局"],
        "price table between two paragraphs (not body)")
    pg.emit(a, render_chars(pg, a, start=2))
    pg.gap()
    box(pg, wrap("▲10月10日，农户在石门粮库排队交售新稻。邱满仓　摄", 15), "photo caption with credit (not body)")
    box(pg, ["记者手记"], "column label 记者手记")
    b = Article(
        "b", "算好种粮的“收益账”", section="记者手记", kind="commentary",
        byline="（田秋禾）", authors=["田秋禾"],
        notes="Reporter's note under the label 记者手记 (section), signed at its END by the reporter's name in "
              "brackets on a line of its own (the byline, not body; the reporter is the author). Kind commentary "
              "(a signed reflection, not a report).",
        paras=[
            "采访中，不少种粮大户都算了一笔账：种子、化肥、农药、机耕、人工，一亩稻子的成本接近900元。粮价稳住了，农资价格却在上涨，收益空间并不宽裕。",
            "让农民种粮有钱赚，光靠收购价“托底”还不够。推广良种良法提高单产，发展社会化服务降低成本，把优质稻变成有品牌的好大米，才能让种粮的“收益账”越算越宽。",
        ])
    pg.headline(b)
    pg.gap()
    pg.emit(b, render_chars(pg, b))
    pg.line(b, b.byline, "byline")
    pg.gap()
    box(pg, ["本周蔬菜批发价格", "（元/公斤）", "大白菜　1.60　↓", "白萝卜　1.20　→", "青椒　　4.80　↑",
             "番茄　　5.20　↓", "丰岭农产品批发市场提供"], "price box (not an article)")
    c = Article(
        "c", "丰岭今年新建高标准农田12万亩",
        byline="本报讯（记者　龚麦香）", authors=["龚麦香"], lead="本报讯（记者　龚麦香）",
        notes="Run-in 本报讯（记者 X） excluded from first (the dateline wrapped over two lines).",
        paras=[
            "记者从丰岭市农业农村局获悉，今年全市新建和改造提升高标准农田12.3万亩，项目区平均亩产提高8%以上。新建农田全部配套智能灌溉和墒情监测设施，项目区农户每亩节约灌溉成本约40元。",
        ])
    pg.headline(c, lines=wrap(c.title, 15))
    pg.emit(c, render_chars(pg, c))
    pg.gap()
    box(pg, ["惠农快讯"], "column label 惠农快讯")
    d = Article(
        "d", "家庭农场贷款贴息申报启动", section="惠农快讯",
        notes="Item under the label 惠农快讯 (section) with its own headline and no credit: no authors.",
        paras=[
            "2037年度家庭农场贷款贴息申报工作日前启动。经营规模在50亩以上的家庭农场，用于购买农机、建设烘干仓储设施的贷款，可按实际支付利息的50%申请贴息，单户最高3万元。申报截止时间为11月30日。",
        ])
    pg.headline(d, lines=wrap(d.title, 15))
    pg.emit(d, render_chars(pg, d))
    pg.gap()
    box(pg, ["新闻热线：0×××-5212××××"], "footer with 热线", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mc07() -> Page:
    """Evening paper 副刊 page with a blank line after EVERY line: economic essay with byline line 文/X under its
    headline, long paragraphs and a vendors' rhyme quoted as verse lines inside the text; essay signed at its
    END by a name set flush right; label 书讯 over an item with run-in 本报讯（记者 X）."""
    pg = Page("mc07.txt", cols=28, indent=FW * 2, blanks="every", seed=8507,
              style="evening paper 副刊 page (经济随笔), indent two U+3000, a blank line after EVERY line: header "
                    "(paper; date with weekday + 第14版; 副刊 name + 主编 + 责任编辑); economic essay (about 730 "
                    "characters) with byline line 文/X under its headline, long paragraphs and a four-line vendors' "
                    "rhyme quoted as VERSE lines (no indent) between two paragraphs; essay signed at its END by the "
                    "writer's name set flush right on a line of its own; label 书讯 over an item with run-in "
                    "本报讯（记者 X）; footer with 投稿邮箱 and 校对")
    box(pg, ["汐城晚报", cn_date(2038, 1, 16) + "　第14版", "副刊·市井　主编：乔木深　责任编辑：蓝晓汐"],
        "page header with 主编 and 责任编辑")
    a = Article(
        "a", "菜市场里的经济学",
        byline="文/尹默之", authors=["尹默之"],
        notes="Economic essay (经济随笔) of the 副刊: byline line 文/X under the headline (the writer is the author). "
              "The vendors' rhyme quoted between two paragraphs (four verse lines, no indent) is part of the body. "
              "A blank line follows every printed line on this page. Kind article (an essay, as the literary "
              "pieces of handmade55).",
        paras=[
            "我住的小区门口有个菜市场，不大，七八十个摊位，从清晨五点一直热闹到晚上八点。住得久了，我渐渐觉得，这里藏着一部活的经济学教科书，比我大学里读过的那几本还要生动。",
            "先说定价。卖青菜的王嫂从不看报纸上的行情，可她的价格总是和行情差不了几分钱。每天凌晨三点，她到城郊的批发市场进货，一路上和几十个同行交换消息，哪个产地来了大车、哪样菜今天紧俏，心里一清二楚。到了摊上，她还要看看左右邻居怎么标价，再根据自己菜的成色上下浮动一两毛。所谓“市场出清”，在她那里不过是一句“卖完收摊”。",
            "再说信用。菜市场里的交易大多是现钱现货，可也有不少赊账的。卖豆腐的老周有一个小本子，上面记着十几户老主顾的欠款，少的三五块，多的几十块，月底一起结。他说这么多年，从没有人赖过账。“天天见面的，谁好意思？”重复博弈带来的信任，在这里用不着任何合同。",
            "小时候跟着外婆去赶集，听摊贩们唱过一段顺口溜，至今还记得：",
            Raw(["一斤青菜两毛五，", "半斤豆腐换把葱。", "秤杆翘翘人心平，", "买卖不欺老和童。"]),
            "那时候不懂，只觉得好听。现在想来，“秤杆翘翘”四个字，说的正是交易中最要紧的东西——公平。一杆秤，称的是菜，也是人心。菜市场的摊主们之所以愿意多给一点，是因为他们明白，今天多给的那一两，换来的是明天的回头客。",
            "这几年，菜市场也在变。扫码支付取代了零钱，电子秤取代了杆秤，不少摊主开了网店，接起了附近小区的线上订单。王嫂的女儿帮她做了一个小程序，每天晚上发一条“明日菜单”，老主顾可以提前下单，第二天早上来取。她说，这样既不会压货，也不用起那么早去批发市场抢货了。",
            "经济学家们常说，市场是一只“看不见的手”。在我看来，菜市场里的这只手，其实看得见、摸得着：它是王嫂凌晨三点的手电筒，是老周那本卷了边的赊账本，也是摊主们多抓的那一把葱。",
        ])
    whole(pg, a)
    b = Article(
        "b", "母亲的记账本",
        byline="林渡", authors=["林渡"],
        notes="Essay signed at its END by the writer's name set flush right on a line of its own (the byline, "
              "written without its leading U+3000s; the writer is the author). Kind article.",
        paras=[
            "母亲有一个记账本，硬壳的，封面早已磨得看不出颜色。从我记事起，她每天晚上都要在灯下记上几笔：买米多少钱，交电费多少钱，我的学费多少钱。",
            "那些年家里不宽裕，一分钱都要掰成两半花。可翻开账本，每年年底总有一笔“存款”，有时几十元，有时几百元。母亲说，钱不在多少，日子要过得有数。",
            "如今母亲用上了手机支付，手机里的账单会自动分类、自动汇总，她却还是习惯每晚把当天的开销抄到本子上。我问她何必多此一举，她笑着说：“手机记的是钱，本子记的是日子。”",
        ])
    top(pg, b)
    pg.body(b)
    pg.line(b, right(b.byline, 28), "byline")
    box(pg, ["书讯"], "column label 书讯")
    c = Article(
        "c", "经济随笔集《街角的账本》出版", section="书讯",
        byline="本报讯（记者　沈拾遗）", authors=["沈拾遗"], lead="本报讯（记者　沈拾遗）",
        notes="Item under the label 书讯 (section); title with its book-title marks as printed; run-in 本报讯（记者 X） "
              "excluded from first. The book's writer (named in the text) is not an author of the item.",
        paras=[
            "本报专栏作者尹默之的经济随笔集《街角的账本》日前由汐城出版社出版。全书收录作者近五年发表的随笔46篇，从菜市场、夜市、修车铺等日常场景入手，讲述普通人身边的经济现象，定价48元。",
        ])
    whole(pg, c)
    box(pg, ["投稿邮箱：shijing@xcwb.cn　本版校对：严小鹭"], "footer with 投稿邮箱 and 校对", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mc08() -> Page:
    """Provincial daily 两会 special page, NO indent, blank lines only between articles: meeting report with
    kicker and run-in 本报北京3月5日电（记者 X　Y）; label 代表委员说 over a block whose headline heads quotes
    of three speakers (name and post lines as crossheads), compiled and signed （本报记者 X　Y　整理） at the
    end; 数说 box; label 两会快评 over a comment with ■ X; item signed （记者 X） run in."""
    pg = Page("mc08.txt", cols=26, indent="", blanks="arts", seed=8508,
              style="provincial daily 全国两会 special page, NO indent, blank lines only between articles and blocks: "
                    "header (paper; date with weekday; 全国两会特别报道　第4版; 责任编辑 and 美术编辑); meeting report "
                    "(about 720 characters) with 引题 kicker and run-in 本报北京3月5日电（记者 X　Y）, two body lines "
                    "letter-spaced by justification; label 代表委员说 over a block with its own headline and the words "
                    "of three speakers, each headed by a line 'post　NAME' (crossheads), compiled and signed "
                    "（本报记者 X　Y　整理） on a line of its own at the END; 数说 box (figures with one-line "
                    "explanations); label 两会快评 over a comment with byline line ■ X; item signed （记者 X） run in at "
                    "the end; footer")
    box(pg, ["嵩江日报", cn_date(2038, 3, 6), "全国两会特别报道　第4版", "责任编辑：陆清和　美术编辑：艾小棠", ""],
        "page header")
    a = Article(
        "a", "我省代表团审议政府工作报告",
        byline="本报北京3月5日电（记者　闫知秋　翟远帆）", authors=["闫知秋", "翟远帆"],
        lead="本报北京3月5日电（记者　闫知秋　翟远帆）",
        notes="Meeting report. The 引题 kicker (凝心聚力谋发展　实干笃行开新局) is not part of the title. Run-in "
              "dateline 本报北京3月5日电（记者 X　Y） excluded from first; both reporters are authors. Two body lines "
              "are letter-spaced by justification. The deputies quoted (钟启衡, 韩晓棠, 段成岭, 祁海潮, 黎晓芸) are not authors.",
        paras=[
            "3月5日下午，出席全国人大会议的嵩江代表团在驻地举行全体会议，审议政府工作报告。代表们一致认为，报告实事求是、催人奋进，对今年经济社会发展的目标任务部署精准，为做好各项工作指明了方向。",
            "代表们结合嵩江实际踊跃发言。全国人大代表、嵩江精密机床集团董事长钟启衡说，报告提出推动传统产业高端化、智能化、绿色化，让制造业企业吃了“定心丸”。去年集团研发投入占营业收入的比重达到6.8%，五轴联动数控机床国内市场占有率提高到12%，今年将再投入8亿元建设智能工厂。",
            "全国人大代表、嵩江县委书记韩晓棠表示，县域是扩大内需的重要空间。去年嵩江县城新增就业岗位1.2万个，返乡创业人数增长三成，下一步将聚焦县城补短板、强弱项，推动更多农业转移人口在县城安居乐业。",
            "全国人大代表、嵩江农业科学院研究员段成岭建议，加大对种业基础研究的长期稳定支持，完善种业知识产权保护制度，让科研人员能够“十年磨一剑”。",
            "全国人大代表、嵩江港务集团总经理祁海潮说，报告提出推动高水平对外开放，为港口发展带来新机遇。去年嵩江港集装箱吞吐量突破600万标箱，今年将新开航线8条，加快建设江海联运枢纽。",
            "全国人大代表、嵩江市东湖社区党委书记黎晓芸关注“一老一小”问题。她说，去年社区新建嵌入式养老服务站2个、托育点3个，下一步希望在场地、人员等方面得到更多政策支持，让居民在家门口就能享受到便利服务。",
            "代表们表示，今年是全面落实规划目标任务的关键一年，嵩江将牢牢把握高质量发展这个首要任务，在扩大有效投资、培育新质生产力、保障和改善民生上下更大功夫，确保全年地区生产总值增长5.5%左右、居民收入增长与经济增长基本同步。会议期间，代表们还围绕科技创新、乡村振兴、生态保护等议题提出了意见建议。",
        ])
    top(pg, a, kicker="凝心聚力谋发展　实干笃行开新局", gaps=False)
    pg.emit(a, justify(pg.render_body(a), [2, 19], sep=" "))
    pg.blank()
    box(pg, ["代表委员说"], "column label 代表委员说")
    b = Article(
        "b", "让实体经济发展底气更足", section="代表委员说",
        byline="（本报记者　闫知秋　翟远帆　整理）", authors=["闫知秋", "翟远帆"],
        notes="Block under the label 代表委员说 (section) with its own headline: the words of three speakers, each "
              "headed by a line 'post　NAME' (crossheads, body lines), compiled by two reporters who sign "
              "（本报记者 X　Y　整理） on a line of its own at the END (the byline, not body; the compilers are the "
              "authors). The speakers (邵明漪, 蒋一澄, 甘霖生) are not authors; the body starts at the first "
              "speaker's line. One article, as a compiled Q&A is one.",
        paras=[
            Cross("全国人大代表、嵩江农商银行董事长　邵明漪"),
            "小微企业是稳就业的“主力军”。建议进一步完善小微企业贷款风险分担机制，扩大政府性融资担保覆盖面，让银行敢贷、愿贷、能贷。去年我们小微企业贷款余额增长18%，首贷户超过4000户。",
            Cross("全国政协委员、嵩江大学经济学院院长　蒋一澄"),
            "提振消费要从增加收入入手。建议提高城乡居民基础养老金水平，扩大育儿补贴范围，让居民敢消费、愿消费，把超大规模市场的优势充分发挥出来。",
            Cross("全国人大代表、嵩江汽车零部件公司车间主任　甘霖生"),
            "企业转型升级离不开高技能人才。建议把更多技能人才纳入城市人才政策支持范围，在住房、子女入学等方面给予倾斜，让一线工人也有“出彩”的机会。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    box(pg, ["数说", "5.5%左右", "今年我省地区生产总值预期增长目标", "316件", "我省代表团在会前提交建议316件",
             "12项", "我省代表团拟提出议案12项", ""], "数说 box: figures with explanations (not an article)")
    box(pg, ["两会快评"], "column label 两会快评")
    c = Article(
        "c", "把“稳”的基础筑得更牢", section="两会快评", kind="commentary",
        byline="■ 庄一言", authors=["庄一言"],
        notes="Comment under the label 两会快评 (section), byline line ■ X (the ■ is a mark). Kind commentary.",
        paras=[
            "稳是大局，是基础。从代表们的发言中，能真切感受到大家对稳增长、稳就业、稳预期的共同关切。",
            "稳不是不动，而是在稳中求进、以进促稳。对企业来说，稳的是政策预期；对群众来说，稳的是就业和收入。把这些“稳”的基础筑牢了，发展才能行稳致远。",
        ])
    whole(pg, c, gaps=False)
    pg.blank()
    d = Article(
        "d", "省代表建议加快县域商业体系建设",
        byline="（记者　翟远帆）", authors=["翟远帆"], tail="（记者　翟远帆）",
        notes="Item signed （记者 X） run in at the end (excluded from last). The deputies named are not authors.",
        paras=[
            "记者从嵩江代表团获悉，部分代表联名提出建议，加快完善县乡村三级物流配送体系，支持县域商业网点改造提升和农村电商发展。代表们认为，畅通农村消费“最后一公里”，是扩大内需的重要发力点。",
        ])
    whole(pg, d, gaps=False)
    pg.blank()
    box(pg, ["嵩江日报全国两会报道组"], "footer", gap=False)
    return pg


PAGES = [mc05, mc06, mc07, mc08]
