"""Pages kd09-kd12 of handmade34 (development set; all papers, agencies, institutes, names, firms, places and
figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, spaced


# ---------------------------------------------------------------------------
def kd09() -> Page:
    """Research academy's paper (院报) 科研进展 page, ONE U+3000 indent, blank lines sometimes plus column breaks:
    a research report whose headline and byline line (unit　NAME) are printed AFTER its body; label 所内动态
    over two items signed （通讯员 X）; label 专家视点 over a comment with byline line NAME　post; run-in
    本报讯（记者 X） item; footer."""
    pg = Page("kd09.txt", cols=28, indent=FW, blanks="some", colbreak=10, seed=3409, p_para=0.3, p_gap=0.8,
              style="research academy's paper (院报) 科研进展 page indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on four lines (paper; English name; date with weekday + issue number; 第2版　科研进展); a research report whose body comes FIRST, right under the header, with its headline and byline line unit　NAME (物理研究所　X) printed AFTER it; label 所内动态 over two items each signed （通讯员 X） run in at the end; label 专家视点 over a comment with byline line NAME　post (院士、研究员); run-in 本报讯（记者 X） item; footer with 主办, phone and editor")
    pg.furniture(["岫宁科学院报",
                  "XIUNING ACADEMY OF SCIENCES NEWS",
                  cn_date(2035, 6, 15) + "　第617期",
                  "第2版　科研进展"], "page header")
    pg.blank()
    a = Article(
        "a", "物理所固态量子存储寿命突破1小时",
        byline="物理研究所　谈语冰", authors=["谈语冰"],
        notes="Research report whose headline and byline line are printed AFTER its body (the body comes right under "
              "the page header). **new:** byline line unit　NAME (物理研究所　X), as an academy paper prints its "
              "correspondents: the name is the author. The researcher quoted (温以安) is not an author.",
        paras=[
            "近日，物理研究所量子光学研究团队在稀土掺杂晶体中实现了长达1.2小时的光量子存储，将固态量子存储寿命的世界纪录提高了约一倍。相关成果发表于《量子信息前沿》。",
            "量子存储器被视为构建远距离量子网络的核心器件，其作用类似于经典通信中的“中继站”。存储时间越长，量子信息能够传递的距离就越远。此前，固态量子存储的最长寿命约为半小时，难以满足未来跨区域量子网络的需求。",
            "研究团队通过优化晶体生长工艺、精确控制外加磁场，并结合动力学解耦技术，有效抑制了环境噪声对量子态的干扰。团队负责人、物理研究所研究员温以安介绍，在1.2小时的存储时间内，量子态保真度仍保持在90%以上。",
            "温以安表示，下一步团队将致力于提升存储效率，并开展与光纤网络的集成试验，为建设实用化的量子中继网络奠定基础。",
        ])
    pg.body(a)
    pg.gap()
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    pg.furniture(["所内动态"], "column label 所内动态")
    items = [
        Article("b1", "材料所新一代高温合金通过中试验证",
                byline="（通讯员　易小棠）", authors=["易小棠"], tail="（通讯员　易小棠）", paras=[
                    "材料研究所研制的新一代镍基单晶高温合金日前通过中试验证。该合金可在1150摄氏度下长期服役，承温能力比上一代产品提高约30摄氏度，有望应用于航空发动机和燃气轮机的涡轮叶片。"]),
        Article("b2", "生态所发布岫宁湿地生物多样性监测报告",
                byline="（通讯员　廖青梧）", authors=["廖青梧"], tail="（通讯员　廖青梧）", paras=[
                    "生态环境研究所6月12日发布《岫宁湿地生物多样性监测报告（2034）》。报告显示，湿地内记录到鸟类217种，较十年前增加31种，其中国家一级保护鸟类9种；湿地水质总体保持在Ⅲ类以上。"]),
    ]
    for art in items:
        art.section = "所内动态"
        art.notes = ("Item under the label 所内动态 (section), signed （通讯员 X） run in at the end: the byline, "
                     "excluded from last; the 通讯员 is the author.")
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.blank()
    c = Article(
        "c", "基础研究要敢于“十年不鸣”", section="专家视点", kind="commentary",
        byline="龚千里　岫宁科学院院士、数学研究所研究员", authors=["龚千里"],
        notes="Comment under the label 专家视点 (section). **new:** byline line NAME　post (the post after the name, "
              "no brackets): byline as printed, the name is the author. Commentary.",
        paras=[
            "近些年，我国科研投入持续增长，论文数量、专利数量都已位居世界前列。但也要清醒地看到，在一些重大原创性成果和关键核心技术上，我们与世界先进水平还有差距，根子在基础研究。",
            "基础研究的规律，是长周期、高风险、不确定性大。一个重要的数学猜想，可能要几代人接续努力才能攻克；一项颠覆性的物理发现，往往是长期积累后的厚积薄发。如果用短期考核的尺子去衡量基础研究，用论文数量来评价科学家，就容易催生急功近利、跟风追热点的倾向。",
            "鼓励“十年不鸣”，需要制度托底。要加大对基础研究的长期稳定支持，对从事原创性研究的科学家实行长周期评价，允许失败、宽容失败；也要营造宽松的学术氛围，让科研人员敢于挑战权威、提出新问题。",
            "青年科研人员是基础研究的生力军。要让他们在最富创造力的年纪，不为生计所困、不为考核所累，能够心无旁骛地坐得住“冷板凳”。唯其如此，才可能迎来“一鸣惊人”的那一天。",
        ])
    pg.furniture(["专家视点"], "column label 专家视点")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "院科技成果转化收入首破10亿元",
        byline="本报讯（记者　祁晚舟）", authors=["祁晚舟"], lead="本报讯（记者　祁晚舟）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从院科技成果转化处获悉，2034年全院科技成果转化合同金额达到10.7亿元，首次突破10亿元大关，同比增长34%。其中，以作价入股方式转化的成果23项，新创办科技型企业19家。",
            "据介绍，近年来我院深化科技成果“赋权”改革，赋予科研人员职务科技成果所有权或长期使用权，并建立专业化技术转移队伍。目前全院已有持证技术经理人86名，覆盖全部研究所。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["主办：岫宁科学院　　编辑部电话：0775-3360××××　　本版编辑：乔一帆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kd10() -> Page:
    """科技报 科普 page, NO indent and NO blank line anywhere: label 科普小课堂 over an explainer with byline line
    文／X（unit） and crossheads; label 科学辟谣 over a 谣言：／真相： piece signed （X　整理）; photo news with the
    credit X　摄 on a line of its own; 科普活动预告 box; run-in 本报讯（记者 X） item."""
    pg = Page("kd10.txt", cols=24, indent="", blanks="never", seed=3410,
              style="科技报 科普 page, NO indent and NO blank line anywhere (paragraph ends show only as short lines): header on three lines (科普　7; paper + date with weekday; 责任编辑 and 美编); label 科普小课堂 over an explainer with byline line 文／X（unit） and two crossheads; label 科学辟谣 over a piece of 谣言：／真相： paragraphs signed （X　整理） run in at the end; photo news (brief): headline, caption, credit line X　摄 after it; 科普活动预告 box (◎ lines and 报名方式); run-in 本报讯（记者 X） item")
    pg.furniture(["科普　7",
                  "星衡科技报　" + cn_date(2035, 6, 5),
                  "责任编辑：邬映雪　　美编：戚小雨"], "page header")
    a = Article(
        "a", "夏夜星空为何“银河”更亮", section="科普小课堂",
        byline="文／汪星河（玉衡天文馆科普部）", authors=["汪星河"],
        notes="科普 explainer under the label 科普小课堂 (section). **new:** byline line 文／NAME（unit） with the writer's "
              "unit in brackets after the name: byline as printed, the name is the author. The two crossheads are "
              "body. Kind article.",
        paras=[
            "每到夏季，只要远离城市灯光，抬头就能看到一条淡淡的光带横贯夜空，这就是银河。不少人发现，夏天的银河比冬天更亮、更壮观，这是为什么呢？",
            Cross("我们身处银河系之中"),
            "银河其实是我们从内部看到的银河系。银河系是一个由数千亿颗恒星组成的巨大盘状星系，太阳系位于距离银河系中心约2.6万光年的一条旋臂上。当我们沿着银盘的方向望去，视线中会叠加大量遥远的恒星，它们的光芒汇聚在一起，就形成了一条光带。",
            Cross("夏季看向银河系中心"),
            "地球绕太阳公转，不同季节夜晚面对的方向不同。夏季夜晚，我们正好面向银河系中心方向，那里恒星最密集，银河自然显得又宽又亮；冬季夜晚则背对银河系中心，看到的是银河系较为稀疏的外围部分，银河相对暗淡。",
            "想要欣赏银河，最好选择没有月光的晴朗夜晚，前往光污染较少的郊外或山区。让眼睛在黑暗中适应20分钟左右，你会发现，夜空中的星星比想象中多得多。",
        ])
    pg.furniture(["科普小课堂"], "column label 科普小课堂")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "“手机充电过夜会爆炸”？别被吓到", section="科学辟谣",
        byline="（许嘉禾　整理）", authors=["许嘉禾"], tail="（许嘉禾　整理）",
        notes="Piece under the label 科学辟谣 (section). **new:** its paragraphs open with 谣言： and 真相： (all body). "
              "Signed （X　整理） run in at the end: the byline, excluded from last; the compiler is the author. Kind "
              "article.",
        paras=[
            "谣言：手机整夜插着充电器，电池会过度充电，轻则缩短寿命，重则引发爆炸。",
            "真相：目前市面上的智能手机都配有电源管理芯片，电池充满后会自动停止充电或转入涓流状态，不会出现持续“过充”。正规厂家生产的充电器和电池，还设有过压、过流、过温等多重保护。",
            "不过，专家提醒，长期让电池处于满电和较高温度状态，确实会加快电池老化。充电时最好不要把手机放在枕头下或被子里，避免散热不良；应使用原装或符合国家标准的充电器，发现电池鼓包要及时更换。",
        ])
    pg.furniture(["科学辟谣"], "column label 科学辟谣")
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "萤火虫重返城市湿地", kind="brief",
        byline="郦小寒　摄", authors=["郦小寒"],
        notes="Photo news (brief): headline, caption, credit line X　摄 on a line of its own after it (the byline); the "
              "photographer is the author.",
        paras=[
            "6月2日晚，市民在汀澜市鹭湾湿地公园观赏萤火虫。近年来，该公园通过减少夜间照明、恢复水生植被等措施改善生态环境，消失多年的萤火虫重新出现。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.furniture(["科普活动预告",
                  "◎“星空下的夜晚”观星活动",
                  "6月14日19:30　玉衡天文馆",
                  "◎“走进量子世界”科普讲座",
                  "6月15日14:00　星衡科技馆报告厅",
                  "◎青少年机器人编程体验营",
                  "6月20日—22日　汀澜青少年活动中心",
                  "报名方式：关注“星衡科普”公众号"], "科普活动预告 box (events notice; not an article)")
    e = Article(
        "e", "全国科普日主场活动将在柘川举办",
        byline="本报讯（记者　许嘉禾）", authors=["许嘉禾"], lead="本报讯（记者　许嘉禾）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从全国科普日组委会获悉，今年全国科普日主场活动将于9月中旬在柘川举办，主题为“科学点亮生活”。活动期间，将设置前沿科技、健康生活、生态环境等6个展区，展出科普展品300余件。",
            "组委会相关负责人介绍，今年将首次推出“科学家进社区”系列活动，组织500名科技工作者走进社区、学校和乡村，开展科普讲座和互动体验。",
        ])
    pg.headline(e)
    pg.body(e)
    return pg


# ---------------------------------------------------------------------------
def kd11() -> Page:
    """创新周刊 创新快讯 side strip of an 8-character column, NO indent: headlines on two to three lines (one
    letter-spaced across the column), run-in 本刊讯（记者 X） / 本刊讯（通讯员 X）, byline line 记者 X, an item signed
    （X） at the end; header and footer wider than the column."""
    pg = Page("kd11.txt", cols=8, indent="", blanks="para", seed=3411,
              style="创新周刊 创新快讯 side strip of an 8-character column, NO indent, a blank line between paragraphs and blocks: header on two lines wider than the column (label 创新快讯; paper + date + 版次); four items with headlines on two or three lines, broken in mid-word (one letter-spaced across the column over three lines, with U+3000 and with single spaces), run-in 本刊讯（记者 X） and 本刊讯（通讯员 X） wrapped over several lines, a byline line 记者 X, an item signed （X） run in at the end; footer （本栏编辑：X） wider than the column")
    pg.furniture(["创新快讯",
                  "汀澜创新周刊　2035年6月8日　A2"], "strip header (column label and paper, date, page)")
    pg.blank()
    items = [
        Article("a", "汀澜建成首个概念验证中心", head=["汀澜建成首个", "概念验证中心"],
                byline="本刊讯（记者　简若溪）", authors=["简若溪"], lead="本刊讯（记者　简若溪）",
                notes="Item of the 创新快讯 strip (section). Headline on two lines, joined. Run-in 本刊讯（记者 X）, "
                      "wrapped over two lines, excluded from first.",
                paras=[
                    "6月5日，汀澜首个概念验证中心在汀澜理工大学揭牌。中心将为高校早期科技成果提供技术验证、样机制作和商业评估服务，首批入驻项目15个。",
                ]),
        Article("b", "低空物流无人机两项团体标准发布", head=["低空物流无", "人机两项团", "体标准发布"],
                byline="本刊讯（通讯员　岑越）", authors=["岑越"], lead="本刊讯（通讯员　岑越）",
                notes="Item of the 创新快讯 strip (section). Headline on three lines broken in mid-word (无 / 人机, "
                      "团 / 体), joined. Run-in 本刊讯（通讯员 X） excluded from first.",
                paras=[
                    "汀澜低空经济产业联盟日前发布物流无人机起降场建设、运行安全管理两项团体标准，填补了相关领域标准空白。",
                ]),
        Article("c", "鹤汀建成智慧农业示范园",
                byline="记者　司南星", authors=["司南星"],
                notes="Item of the 创新快讯 strip (section). Headline letter-spaced across the column over three lines "
                      "(U+3000 on the first two, single spaces on the third), broken in mid-word (建 / 成), joined "
                      "unspaced. Byline line 记者 X under it.",
                paras=[
                    "鹤汀县首个智慧农业示范园近日建成，园内部署土壤墒情、虫情监测设备200余台，实现灌溉、施肥全程自动化，亩均用水减少三成。",
                ]),
        Article("d", "孵化器年度评价结果公布", head=["孵化器年度", "评价结果公布"],
                byline="（芮知行）", authors=["芮知行"], tail="（芮知行）",
                notes="Item of the 创新快讯 strip (section). Headline on two lines, joined. Signed （X） run in at the "
                      "end: the byline, excluded from last.",
                paras=[
                    "汀澜市科技局日前公布2034年度科技企业孵化器评价结果，8家孵化器被评为优秀等次，将获得最高100万元奖励。",
                ]),
    ]
    for i, art in enumerate(items):
        art.section = "创新快讯"
        if i:
            pg.gap()
        if art.key == "c":
            pg.headline(art, spread_cols=8)
        else:
            pg.headline(art)
        if not art.lead and not art.tail:
            pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
    pg.blank()
    pg.furniture(["（本栏编辑：苗苒）"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kd12() -> Page:
    """创新周刊 政策解读 page indented with two ASCII spaces, blank lines only between articles and blocks: label
    政策解读 over an explainer (——副题 …解读, byline line 本刊记者 X, intro, four 亮点 crossheads); 一图读懂 box
    with a 制图 credit; label 专家解读 over a comment with byline line post　NAME; item whose headline is
    letter-spaced with single spaces, run-in 本刊讯（记者 X）; footer."""
    pg = Page("kd12.txt", cols=32, indent="  ", blanks="arts", seed=3412,
              style="创新周刊 政策解读 page indented with two ASCII spaces, blank lines only between articles and blocks: header on two lines (A7　政策解读; paper + date with weekday); label 政策解读 over a policy explainer (about 640 chars): headline, ——副题 《…》解读, byline line 本刊记者 X, intro paragraph, four crossheads 亮点一…亮点四 (label, U+3000, phrase); 一图读懂 box (title, five numbered points, ……, 制图 credit); label 专家解读 over a comment with byline line post　NAME (汀澜大学…教授　X); item whose headline is letter-spaced with single ASCII spaces, run-in 本刊讯（记者 X）; footer with editor, 美编, proof-reader")
    pg.furniture(["A7　政策解读",
                  "汀澜创新周刊　" + cn_date(2035, 6, 8)], "page header")
    pg.blank()
    a = Article(
        "a", "科技成果转化新政“十条”亮点在哪", section="政策解读",
        subtitle="——《汀澜市促进科技成果转化若干措施》解读",
        byline="本刊记者　米若岚", authors=["米若岚"],
        notes="政策解读 under the label 政策解读 (section): ——副题 is the subtitle; byline line 本刊记者 X. The intro "
              "paragraph and the four crossheads 亮点一…亮点四 are body. Written by the reporter, with officials and "
              "an expert quoted (not authors; the official is not named, 贺知秋 is quoted): kind article, not "
              "interview (no question-and-answer exchange).",
        paras=[
            "日前，汀澜市印发《促进科技成果转化若干措施》（以下简称《措施》），从赋权改革、收益分配、中试服务、金融支持等方面提出10条具体举措。《措施》有哪些亮点？将给科研人员和企业带来哪些实惠？记者采访了市科技局有关负责人和业内人士。",
            Cross("亮点一　职务成果可“先确权后转化”"),
            "《措施》明确，在市属高校、科研院所开展职务科技成果赋权改革，赋予科研人员职务科技成果所有权或不低于10年的长期使用权。“过去成果属于单位，转化时要层层审批，科研人员积极性不高。”市科技局有关负责人说，赋权之后，科研人员可以作为成果的共同所有人参与转化决策，转化周期有望大大缩短。",
            Cross("亮点二　转化收益七成以上归团队"),
            "在收益分配上，《措施》规定，科技成果转化净收入中用于奖励完成人和团队的比例不低于70%，且不受单位绩效工资总额限制。对担任领导职务的科研人员，在依法依规、公开透明的前提下，也可以获得转化奖励。",
            Cross("亮点三　建设一批中试验证平台"),
            "针对成果从实验室走向生产线“最后一公里”的中试难题，《措施》提出，到2037年全市建成20家以上中试验证平台，对平台建设给予最高2000万元补助，对企业使用中试平台服务给予费用50%的补贴。",
            Cross("亮点四　“投贷保”联动支持转化项目"),
            "《措施》提出设立规模10亿元的成果转化基金，重点投向早期转化项目；鼓励银行开发“成果转化贷”，由政府性融资担保机构提供担保，并对贷款给予贴息。",
            "汀澜理工大学技术转移中心主任贺知秋认为，《措施》打通了成果转化中的“确权难、定价难、中试难、融资难”等堵点，政策含金量高，关键在于抓好落实。",
        ])
    pg.furniture(["政策解读"], "column label 政策解读")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["一图读懂《措施》",
                  "1　赋予科研人员职务成果所有权或长期使用权",
                  "2　转化净收入七成以上奖励团队",
                  "3　建设20家以上中试验证平台",
                  "4　设立10亿元成果转化基金",
                  "5　技术经理人纳入职称评审体系",
                  "……",
                  "（制图：庄一禾）"], "一图读懂 box (numbered points and 制图 credit; not an article)")
    pg.blank()
    c = Article(
        "c", "让“书架”上的成果走上“货架”", section="专家解读", kind="commentary",
        byline="汀澜大学知识产权学院教授　祁闻笙", authors=["祁闻笙"],
        notes="Comment under the label 专家解读 (section). Byline line post　NAME (汀澜大学知识产权学院教授　X): byline "
              "as printed, the name is the author. Commentary.",
        paras=[
            "科技成果转化，一头连着科技创新，一头连着产业发展。长期以来，一些高校院所的科技成果“沉睡”在论文和专利证书里，成了“书架上的成果”。究其原因，既有成果本身离市场较远的问题，也有权属不清、激励不足、转化渠道不畅等制度障碍。",
            "汀澜此次出台的《措施》，在赋权改革和收益分配上迈出了实质性步伐，抓住了调动科研人员积极性这个“牛鼻子”。同时，《措施》把中试验证摆在突出位置，补上了成果转化链条中最薄弱的一环，体现了较强的问题导向。",
            "当然，政策落地还需要配套细则跟进。比如，赋权后国有资产如何管理、转化失败后如何免责，都需要进一步明确。只有让科研人员“敢转”“愿转”“能转”，更多成果才能从“书架”走上“货架”。",
        ])
    pg.furniture(["专家解读"], "column label 专家解读")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "新政实施细则将于7月出台",
        byline="本刊讯（记者　米若岚）", authors=["米若岚"], lead="本刊讯（记者　米若岚）",
        notes="Headline letter-spaced with single ASCII spaces (digits kept whole), written unspaced. Run-in "
              "本刊讯（记者 X） excluded from first.",
        paras=[
            "记者从汀澜市科技局获悉，《促进科技成果转化若干措施》配套的赋权改革、中试平台认定等4项实施细则正在征求意见，预计7月底前出台。市科技局将同步开展政策宣讲，组织专人走进高校院所和重点企业解读政策。",
        ])
    pg.headline(d, sep=" ")
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：苗苒　　美编：庄一禾　　校对：沈默"], "footer")
    return pg


PAGES = [kd09, kd10, kd11, kd12]
