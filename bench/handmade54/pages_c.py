"""Pages kx09-kx12 of handmade54 (development set; all papers, people, firms, authorities, places and figures invented).

kx09: a city evening paper's 企业专版 for a port group's 30th anniversary; kx10: a machinery trade magazine's
今昔对比 page; kx11: a development zone's own weekly, 寄语 page; kx12: the economic daily's retrospective page
with a 链接 timeline box inside a feature.
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kx09() -> Page:
    """Evening paper 企业专版, a blank line after EVERY line: banner; letter-spaced headline spread over two lines
    (broken in mid-word); byline line 文／本报记者 X　通讯员 Y; 致全体… letter of the group's chairman signed at the
    END on two right-aligned lines (post / name); congratulation ad of several firms (同贺)."""
    pg = Page("kx09.txt", cols=20, indent="  ", blanks="every", seed=5409,
              style="evening paper 企业专版 extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines; banner line of the special page; lead headline letter-spaced with U+3000 across the column on two lines, broken in mid-word; byline line 文／本报记者 X　通讯员 Y; the chairman's letter 致全体港务人 signed at the END on two right-aligned lines (post, then name); congratulation ad (热烈祝贺… / four firms / 同贺); footer with editor and 美编")
    pg.furniture(["澄屿晚报　" + cn_date(2026, 7, 8, weekday=False), "A12　企业专版"], "page header")
    pg.furniture(["澄屿港务集团成立30周年　1996-2026"], "banner of the special page")
    a = Article(
        "a", "从一个码头到一座港城",
        byline="文／本报记者　项语冰　通讯员　邰明川", authors=["项语冰", "邰明川"],
        notes="Headline letter-spaced with U+3000 across a narrow column, on two lines broken in mid-word, "
              "written unspaced. Byline line 文／本报记者 X　通讯员 Y: both are authors. The page is extracted with "
              "a blank line after every line. The dock worker quoted (伍长根) is not an author.",
        paras=[
            "1996年7月，澄屿港务集团挂牌成立时，全港只有4个千吨级泊位，年吞吐量不足300万吨。三十年后，澄屿港已拥有生产性泊位86个，去年货物吞吐量达到2.46亿吨，集装箱吞吐量突破680万标准箱。",
            "“以前装一船货要十几天，全靠人扛肩挑。”在港区干了三十年的装卸工伍长根说，如今自动化码头上，桥吊和无人集卡昼夜不停，一个班组只需要几个人在中控室操作。",
            "港兴则城兴。依托港口，澄屿临港产业区集聚了石化、粮油、汽车物流等企业200多家，港口直接和间接带动就业超过12万人。",
        ])
    pg.headline(a, lines=["从　一　个　码　头　到　一　座", "港　城"])
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "致全体港务人", kind="commentary",
        byline="澄屿港务集团党委书记、董事长　宓承远", authors=["宓承远"],
        notes="Letter of the group's chairman to its staff (a 寄语), signed at the END on two right-aligned lines, "
              "post then name (together the byline). **call:** the chairman signs the letter and is its author; "
              "kind commentary, as the 寄语 of kx01.",
        paras=[
            "三十年风雨兼程，三十年砥砺奋进。值此集团成立三十周年之际，谨向全体干部职工和离退休老同志致以崇高的敬意！",
            "三十年来，一代代港务人以港为家、以船为伴，把一个小码头建成了吞吐量超两亿吨的现代化港口。新征程上，让我们继续发扬“敢为人先、勇立潮头”的港务精神，加快建设智慧港口、绿色港口，为港城发展作出新的更大贡献！",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 5 + "澄屿港务集团党委书记、董事长", "byline")
    pg.line(b, FW * 15 + "宓承远", "byline")
    pg.furniture(["热烈祝贺澄屿港务集团成立三十周年",
                  "澄屿外轮代理有限公司",
                  "澄屿外轮理货有限公司",
                  "澄屿港引航站",
                  "澄屿临港物流园有限公司",
                  "同贺"], "congratulation advertisement of four firms (not an article)")
    pg.furniture(["编辑：霍晚晴　美编：殷陶"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kx10() -> Page:
    """Machinery trade magazine, 今昔对比 page: label and ONE compiler line over three pairs, each pair a headline
    of its own over an 昔 paragraph and a 今 paragraph (one article each); 编者按 in brackets; 贺 ad; footer."""
    pg = Page("kx10.txt", cols=36, indent=FW * 2, blanks="para", seed=5410,
              style="machinery trade magazine 今昔对比 page, a blank line between paragraphs and blocks: header on two lines (magazine + issue; 封面专题｜…); label 今昔对比 and ONE compiler line 本刊记者 X　整理 under it for the whole block; 【编者按】 paragraph (not an article); three pairs, each under a headline of its own, an 昔｜ paragraph and a 今｜ paragraph (one article each); 贺 advertisement of a machine-tool group; footer with page number")
    pg.furniture(["衡工机电　2026年第5期", "封面专题｜改革开放再出发·装备记忆"], "magazine header")
    pg.blank()
    pg.furniture(["今昔对比"], "column label 今昔对比")
    byline = "本刊记者　晏书禾　整理"
    pairs = [
        Article("p1", "车间里的机床", paras=[
            "昔｜1986年，衡工机床厂一车间里，清一色是皮带传动的普通车床，加工一根传动轴，老师傅要凭经验反复测量，一个班下来做不了十根。",
            "今｜2026年，同一块地上的数字化车间里，32台五轴联动加工中心由一套系统统一调度，加工精度达到0.002毫米，车间夜里也亮着灯，却几乎看不到人。"]),
        Article("p2", "厂门口的班车", paras=[
            "昔｜上世纪80年代，厂里职工大多骑自行车上班，每天早上七点，厂门口的自行车能排出半里地。",
            "今｜如今，厂区门口是一座有400个车位的立体停车楼，还开通了直达地铁站的通勤班车，年轻的工程师们开着新能源汽车上下班。"]),
        Article("p3", "一张图纸", paras=[
            "昔｜过去，一台机床的图纸有几百张，全靠技术员趴在绘图板上手工绘制，改一次设计要重画好几天。",
            "今｜现在，设计全部在三维软件中完成，数字孪生模型可以在投产前模拟机床运行，新产品研发周期从两年缩短到八个月。"]),
    ]
    for k, p in enumerate(pairs):
        p.section = "今昔对比"
        p.byline = byline
        p.authors = ["晏书禾"]
        p.notes = ("**call:** 今昔对比 pairs each under a headline of its own are read as one article each (a "
                   "昔｜ and a 今｜ paragraph); compare kx05, where the pairs share one headline and are one "
                   "article. The compiler line 本刊记者 X　整理 is printed ONCE under the label for the whole block: "
                   "it is the byline of every pair and the compiler is each pair's author.")
    pg.line(pairs[0], byline, "byline")
    pg.blank()
    pg.furniture(wrap("【编者按】改革开放以来，我省装备制造业从“仿制跟跑”走向“自主领跑”。本期我们选取几组老照片和老职工的回忆，对照今天的新场景，看看一座老厂的变迁。", 36, ""),
                 "编者按 over the block (not an article)")
    pg.blank()
    for p in pairs:
        pg.headline(p)
        pg.gap()
        pg.body(p)
        pg.gap()
    pg.furniture(["贺",
                  "衡工重型机床集团有限公司",
                  "热烈祝贺《衡工机电》创刊四十周年",
                  "与行业同行　与时代同频"], "贺 congratulation advertisement (not an article)")
    pg.blank()
    pg.furniture(["16　衡工机电　2026.05"], "footer with page number")
    return pg


# ---------------------------------------------------------------------------
def kx11() -> Page:
    """Development zone's own weekly, 寄语 page, NO blank line anywhere: 编者按; three 寄语, each a headline in
    quotation marks over a ■ line post　NAME and one or two paragraphs; 热烈祝贺 ad of a bank; footer."""
    pg = Page("kx11.txt", cols=26, indent=FW, blanks="never", seed=5411,
              style="development zone weekly, 寄语 page, NO blank line anywhere, indented with ONE U+3000: header on three lines (paper; date, issue number, 第2版; 版名 寄语三十年); 编者按 paragraph (label run in, not an article); three 寄语, each a headline in quotation marks with a U+3000 between its two phrases, a line ■post　NAME under it (an official, a university president, an entrepreneur), one or two paragraphs; congratulation ad of a bank (热烈祝贺… / slogan / bank　敬贺 / hotline); footer")
    pg.furniture(["澄屿高新报",
                  cn_date(2026, 5, 20, weekday=False) + "　第1215期　第2版",
                  "寄语三十年"], "page header")
    pg.furniture(wrap("编者按　值此澄屿高新区建区三十周年之际，本报邀请曾在高新区工作、与高新区共同成长的各界人士寄语高新区。现刊发部分寄语，以飨读者。", 26, FW),
                 "编者按 (not an article)")
    items = [
        Article("a", "“勇立潮头再创辉煌”", head=["“勇立潮头　再创辉煌”"],
                byline="■澄屿市人民政府市长　甘如海", authors=["甘如海"], paras=[
                    "三十年来，高新区始终是全市改革开放的“试验田”和创新发展的“排头兵”。希望高新区继续当好改革探路者，在科技体制、要素配置、开放合作等方面大胆闯、大胆试，努力建设成为具有全球影响力的科技园区。"]),
        Article("b", "“让科学城成为青年人的首选地”", head=["“让科学城　成为青年人的首选地”"],
                byline="■澄屿大学校长　柯望舒", authors=["柯望舒"], paras=[
                    "澄屿大学与高新区同城共生、相互成就。三十年间，学校有近4万名毕业生在高新区就业创业。",
                    "期待校区、园区、社区进一步融合，让更多青年人才在澄屿湾科学城扎下根来。"]),
        Article("c", "“守住初心做好一颗芯”", head=["“守住初心　做好一颗芯”"],
                byline="■澄屿芯源微电子股份有限公司董事长　庄穆清", authors=["庄穆清"], paras=[
                    "我们是第一批来到高新区的企业，亲历了这里从滩涂到新城的变化。企业的每一步成长，都离不开园区的真心服务。下一个三十年，我们将继续扎根高新区，把一颗芯片做到极致。"]),
    ]
    for art in items:
        art.kind = "commentary"
        art.notes = ("寄语 of a named person: headline in quotation marks (a U+3000 between its two phrases, written "
                     "unspaced with the quotation marks kept), the line ■post　NAME under it is the byline. **call:** "
                     "the signer wrote the 寄语 and is its author; kind commentary, as the 寄语 of kx01. The "
                     "编者按 above the three is not part of any of them.")
        pg.headline(art)
        pg.line(art, art.byline, "byline")
        pg.body(art)
    pg.furniture(["热烈祝贺澄屿高新区建区三十周年",
                  "金融活水润泽三十载",
                  "澄屿农村商业银行　敬贺",
                  "客服热线：96××8"], "congratulation advertisement of a bank (not an article)")
    pg.furniture(["本版编辑：邬小芹　　校对：冉东篱"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kx12() -> Page:
    """Economic daily retrospective page: feature with letter-spaced headline and ——副题, 链接 timeline box printed
    BETWEEN two of its paragraphs (not an article), credit （记者 X） run in at the end; 口述 piece with byline line
    ■ X　口述　本报记者 Y　整理 and two justified lines; run-in 本报讯（记者 X　通讯员 Y） item."""
    pg = Page("kx12.txt", cols=30, indent=FW * 2, blanks="some", seed=5412, p_para=0.35, p_gap=0.75,
              style="economic daily 改革开放 retrospective page, blank lines sometimes: header on two lines (版名 + page number; paper + date with weekday); feature with kicker, headline letter-spaced with single spaces, ——副题, a 链接 timeline box (label, four date-headed entries) printed BETWEEN two paragraphs, credit （记者 X） run in at the end; 口述 piece with byline line ■ X　口述　本报记者 Y　整理 and two justified body lines; run-in 本报讯（记者 X　通讯员 Y） item; footer")
    pg.furniture(["特别报道　7", "南衡经济报　" + cn_date(2026, 6, 3)], "page header")
    pg.blank()
    a = Article(
        "a", "敢为人先的“第一槌”", subtitle="——南衡土地使用制度改革回眸",
        byline="（记者　蓝溪）", authors=["蓝溪"], tail="（记者　蓝溪）",
        notes="Feature: kicker 改革开放再出发·改革印记 (neither title nor subtitle), headline letter-spaced with single "
              "spaces (written unspaced), ——副题 the subtitle, credit （记者 X） run in at the end (the byline, "
              "excluded from last). **call:** the 链接 box of dated entries printed BETWEEN two of its paragraphs "
              "is a sidebar of the feature, NOT an article and not body (no headline of its own, no author; "
              "compare the kx02 大事记, printed as a piece of its own, which is one article). The people quoted "
              "(卢守田) are not authors.",
        paras=[
            "1987年12月的一个下午，南衡特区会堂里座无虚席。随着拍卖师一槌落下，一块8588平方米的住宅用地以525万元成交。这是南衡第一次以公开拍卖的方式出让国有土地使用权。",
            "在此之前，土地一直是无偿、无限期、无流动地划拨使用。特区建设急需资金，可“土地能不能卖钱”，在当时还是一个敏感问题。",
            "“第一槌”敲开了土地有偿使用的大门。此后几年，特区通过土地出让筹集的资金，修通了第一条环城路，建起了第一座现代化港口码头。",
            "如今，当年拍出的那块地上早已建起住宅小区，当年的拍卖槌则被收藏在南衡改革开放博物馆里，成为特区“敢为人先”的见证。",
        ])
    pg.kicker(a, "改革开放再出发·改革印记")
    pg.headline(a, sep=" ")
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a, end=2)
    pg.furniture(["链接：南衡土地改革大事记",
                  "1987年9月　首次以协议方式有偿出让土地使用权",
                  "1987年12月　首次公开拍卖土地使用权",
                  "1992年　　出台土地使用权出让转让管理办法",
                  "2004年　　经营性用地全面实行招拍挂"], "链接 timeline box between two paragraphs (not an article)")
    pg.body(a, start=2)
    pg.gap()
    b = Article(
        "b", "落槌那一刻，手心全是汗",
        byline="■ 卢守田　口述　本报记者　蓝溪　整理", authors=["卢守田", "蓝溪"],
        notes="口述 piece: byline line ■ X　口述　本报记者 Y　整理 under the headline; narrator and compiler are both "
              "authors (as the 口述 pieces of kx03). Two of its lines are letter-spaced by justification.",
        paras=[
            "那场拍卖，我是工作人员之一。拍卖前一天晚上，我们几个人还在担心：万一没人举牌怎么办？",
            "第二天，44家企业报名，竞价一路从200万元叫到525万元。落槌那一刻，会场里掌声响了好久，我的手心全是汗。",
            "后来有人问我，当时怕不怕。说不怕是假的。可特区就是要“杀出一条血路”，总得有人先走一步。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, justify(pg.render_body(b), [0, 2]))
    pg.gap()
    c = Article(
        "c", "南衡启动改革开放口述史征集",
        byline="本报讯（记者　蓝溪　通讯员　戈一帆）", authors=["蓝溪", "戈一帆"],
        lead="本报讯（记者　蓝溪　通讯员　戈一帆）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "记者从南衡市档案馆获悉，该馆近日启动改革开放口述史征集工作，面向亲历特区建设的干部、企业家、建设者和普通市民，征集口述回忆、日记、书信及影像资料，计划用两年时间整理出版口述史丛书。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：卓一苇　　校对：庞念"], "footer")
    return pg


PAGES = [kx09, kx10, kx11, kx12]
