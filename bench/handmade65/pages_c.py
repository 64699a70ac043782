"""Pages li09-li12 of handmade65 (development set; all papers, magazines, agencies, names, firms, places and figures
invented).

li09-li11: a weekly magazine's cover story over three pages (running heads, sidebars, pull quotes); li12: 澄川日报
第2版, carrying the rest of li01's 老旧小区 article and the start of a jobs article whose rest is on li02."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, cn_date
from pages_a import JUMP_IN, JUMP_OUT, rest_body

FEATURE = ("Cover story of the magazine 澄观周刊 printed over three pages (li09 start, li10 middle, li11 end); each page's "
           "piece is its own entry of that page's gold. ")


# ---------------------------------------------------------------------------
def li09() -> Page:
    """Magazine cover story, opening page: running head, section label, headline, deck, 文｜…　图｜… byline, body
    with a crosshead and a pull quote, breaking off at the foot of the page in mid-sentence with NO jump line; a
    【链接】 sidebar with its own headline; an 口述 sidebar with its speaker line and a 整理 credit after it."""
    pg = Page("li09.txt", cols=40, indent=FW * 2, blanks="para", seed=6509,
              style="weekly magazine cover story, OPENING page, wide column, blank lines between paragraphs and blocks: running head (封面故事｜COVER STORY + issue theme); section label 封面故事; headline with a colon; a deck sentence under it (the subtitle); byline line 文｜本刊记者 X　图｜本刊记者 Y; body with a crosshead and a PULL QUOTE (a sentence of the text repeated, set narrower) between paragraphs, breaking off at the foot of the page in MID-SENTENCE with NO jump line (the magazine goes on on the next page); label 【链接】 over an explainer sidebar with its own headline, unsigned; 口述 sidebar: headline in quotation marks, a speaker line 口述｜… under it, first-person text and the line 本刊记者 X　整理 after it; folio footer (page number, magazine, issue date)")
    pg.furniture(["封面故事｜COVER STORY　　　　城市更新的下半场"], "running head")
    pg.blank()
    pg.furniture(["封面故事"], "section label 封面故事")
    pg.blank()
    a = Article(
        "a", "老城更新：从“拆改建”到“留改活”", section="封面故事",
        subtitle="当大拆大建退场，城市更新正在转向更细腻的“绣花功夫”",
        byline="文｜本刊记者　商听澜　图｜本刊记者　裴牧", authors=["商听澜"],
        notes=FEATURE + "This is the start. The deck sentence under the headline is the subtitle (a deck, as the ——decks "
              "of handmade22, printed here without dashes). Byline 文｜X　图｜Y: only the writer is an author (as 文／…　图／… "
              "in handmade22). The crosshead and the pull quote (a sentence of the text repeated, set narrower, "
              "printed between paragraphs) are inside the body range. The text breaks off in mid-sentence at the foot "
              "of the page with no jump line; the rest is li10's untitled entry. The running head and the folio are "
              "furniture.",
        paras=[
            "清晨六点，澄川老城的青石巷还没完全醒来。巷口的早点铺已经支起了蒸笼，修缮一新的白墙下，几位老人提着鸟笼慢慢踱步。两年前，这条巷子还在拆迁名单上；如今，它成了全市“微更新”的样板。",
            "“当年规划是整片拆掉，建高层住宅。”澄川市城市更新中心主任卓远山回忆，方案公示后，居民意见很大，“很多人在这里住了一辈子，拆了，巷子的魂就没了。”",
            Cross("一条巷子的“二次生长”"),
            "最终，青石巷没有拆。改造团队用了八个月时间，逐户上门摸底，把386户居民的诉求写满了三大本笔记。外墙只做清洗和局部修补，屋顶统一翻修防漏，地下管网全部重新铺设，临街的闲置房屋被改造成社区食堂、理发店和老年活动室。",
            Quote("“很多人在这里住了一辈子，拆了，巷子的魂就没了。”"),
            "改造前后，巷子的样子没变多少，可住在里面的人感受完全不同。过去一下雨就积水的路面，如今再大的雨也看不到积水；过去要走十分钟去公共厕所的",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["【链接】"], "sidebar label 【链接】")
    b = Article(
        "b", "什么是“微更新”", section="链接",
        notes="Explainer sidebar of the cover story with its own headline under the label 【链接】 (section 链接): an "
              "article of this page, unsigned, no authors.",
        paras=[
            "“微更新”是指在不改变街区整体格局和建筑风貌的前提下，通过小规模、渐进式的改造，完善基础设施和公共服务，提升居住品质。与大拆大建相比，它投入少、周期短、对居民生活影响小，但对设计和组织的要求更高。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "“我在这条巷子住了六十年”",
        byline="本刊记者　商听澜　整理", authors=["商听澜"],
        notes="First-person 口述 sidebar of the cover story with its own headline. The speaker line 口述｜… under the "
              "headline is not body and not the byline (the speaker, 钟巧云, is not an author, as the experts who answer "
              "in handmade55). The line 本刊记者 X　整理 printed AFTER the body is the byline: the compiler is the "
              "author (as 整理 in handmade55 ky08).",
        paras=[
            "我是1978年嫁到青石巷来的，在巷口开了四十多年裁缝铺。听说要拆的时候，我好几个晚上睡不着觉，倒不是舍不得房子，是舍不得这些老邻居。",
            "现在好了，房子没拆，还修得漂漂亮亮的。铺子也还开着，隔壁开了个社区食堂，中午我就去那里吃饭，一荤两素才10块钱。",
        ])
    pg.headline(c)
    pg.line(c, "口述｜青石巷裁缝铺店主　钟巧云", "speaker")
    pg.gap()
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.blank()
    pg.furniture(["30　澄观周刊　2038.05.03"], "folio footer")
    return pg


# ---------------------------------------------------------------------------
def li10() -> Page:
    """Magazine cover story, middle page: running head, the story going on in mid-sentence with no heading at all,
    a crosshead, a pull quote, breaking off in mid-sentence again; a 账本 sidebar with headline and byline; a 数读
    box; an expert's signed comment box."""
    pg = Page("li10.txt", cols=36, indent=FW * 2, blanks="some", seed=6510, p_para=0.5, p_gap=0.8,
              style="weekly magazine cover story, MIDDLE page (same issue as li09), blank lines sometimes: running head (issue theme + 封面故事); the story going on in MID-SENTENCE with no headline, no jump line and no indent on its first line, with a crosshead and a pull quote, breaking off at the foot in MID-SENTENCE again; 账本 sidebar with its own headline and byline line 本刊实习记者 X; 数读 figures box (no text of its own); expert's comment box: label 观点, headline, byline line 文｜NAME（post）; folio footer")
    pg.furniture(["城市更新的下半场　　　　封面故事｜COVER STORY"], "running head")
    pg.blank()
    a = Article(
        "a", None, section=None,
        notes=FEATURE + "This is the middle: no headline is printed on this page (the running head 城市更新的下半场 names the "
              "issue's theme and is furniture), no jump line, no byline: title null, no authors. The body goes on in "
              "mid-sentence on an unindented line (…去公共厕所的 | 老人…) and breaks off in mid-sentence at the foot of "
              "the page; the rest is li11's untitled entry. The crosshead and the pull quote are inside the body range.",
        paras=[
            "老人，现在家家户户都通了下水道。巷子里还装上了适老化扶手、夜间感应灯，几处坡道也改成了缓坡。",
            Cross("钱从哪里来"),
            "微更新看似“小打小闹”，花钱却不少。青石巷改造总投资约4800万元，平均每户12万多元。钱从哪里来，是所有城市更新项目绕不开的难题。",
            "澄川的办法是“政府补一点、企业投一点、居民出一点”。市区两级财政承担基础设施改造费用约2600万元；一家国有文旅企业以租赁临街闲置房屋的方式投入1500万元，获得15年经营权；剩下的部分，由居民按照自愿原则，用住宅专项维修资金和自筹资金解决。",
            Quote("政府补一点、企业投一点、居民出一点"),
            "“关键是让每一方都算得过账来。”卓远山说。对企业来说，改造后的街区人气旺了，商铺租金和经营收入有保障；对居民来说，房子住得舒服了，房价也",
        ])
    rest_body(pg, a)
    pg.gap()
    b = Article(
        "b", "一部电梯的账本",
        byline="本刊实习记者　蒲晚", authors=["蒲晚"],
        notes="账本 sidebar of the cover story with its own headline and byline line 本刊实习记者 X: an article of this "
              "page; the 实习记者 is the author. The resident quoted is not.",
        paras=[
            "青石巷7号楼是一栋6层老楼，住着18户人家。加装一部电梯，总造价68万元。其中，财政补贴20万元，住宅专项维修资金提取12万元，剩下36万元由住户按楼层分摊：6楼每户约3.6万元，2楼每户约4000元，1楼不出钱。",
            "“为了这个分摊方案，我们开了十一次楼道会。”住在5楼的居民代表岳文华说。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["数读",
                  "4800万元　青石巷改造总投资",
                  "386户　受益居民",
                  "8个月　改造工期",
                  "23处　新增公共服务设施"], "数读 figures box (not an article)")
    pg.blank()
    pg.furniture(["观点"], "column label 观点")
    c = Article(
        "c", "更新不是“一次性工程”", section="观点", kind="commentary",
        byline="文｜叶知秋（澄川大学城市规划系教授）", authors=["叶知秋"],
        notes="Expert's comment box of the cover story under the label 观点 (section): headline and byline line "
              "文｜NAME（post）; the expert signs and writes it, so she is the author (as NAME（post） in handmade22 g05). "
              "Kind commentary.",
        paras=[
            "城市更新不能“一改了之”。改造完成只是开始，后续的管理和维护同样重要。不少老旧小区改造后几年又回到原样，原因就在于缺乏长效机制。",
            "我建议，每个更新项目都应同步建立居民自治组织和物业管理机制，明确公共设施的维护责任和资金来源，让更新成果真正留得住。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["澄观周刊　2038.05.03　31"], "folio footer")
    return pg


# ---------------------------------------------------------------------------
def li11() -> Page:
    """Magazine cover story, last page: running head, the story's end in mid-sentence with no heading, a crosshead,
    end mark ■ run in; label 新书速递 over two book notes (data line after, one signed); a 专栏 column that starts
    here and breaks off with （下转第78页）."""
    pg = Page("li11.txt", cols=34, indent=FW * 2, blanks="arts", seed=6511,
              style="weekly magazine cover story, LAST page (same issue as li09 and li10), blank lines only between articles and blocks: running head (封面故事｜COVER STORY + issue theme); the story's END going on in MID-SENTENCE with no headline and no indent on its first line, a crosshead inside, the end mark ■ run in at the end; label 新书速递 over two book notes, each headline a book title in 《》, the book's data line after the text, one signed （X） at the end; label 专栏 over a column with byline line □ X that breaks off with （下转第78页） on a line of its own (its rest is not in the set); folio footer")
    pg.furniture(["封面故事｜COVER STORY　　　　城市更新的下半场"], "running head")
    pg.blank()
    a = Article(
        "a", None, tail="■",
        notes=FEATURE + "This is the end: no headline, jump line or byline on this page (the running head is furniture): "
              "title null, no authors. The body goes on in mid-sentence on an unindented line (…房价也 | 跟着涨了…); the "
              "crosshead is inside the body range; the end mark ■ run in at the end is excluded from last, as （完）.",
        paras=[
            "跟着涨了一些。更重要的是，老街区的烟火气留住了。",
            Cross("让居民成为“合伙人”"),
            "在澄川，青石巷的经验正在被复制。截至今年3月，全市已有27个老旧街区启动微更新，涉及居民1.2万户。市城市更新中心总结出“居民提需求、专家出方案、政府搭平台、企业来运营”的工作方法，每个项目都要经过至少三轮居民意见征集。",
            "“过去是‘为居民改’，现在是‘和居民一起改’。”卓远山说，城市更新进入下半场，比的不是速度和规模，而是耐心和细致。",
            "傍晚时分，青石巷又热闹起来。社区食堂飘出饭菜的香味，巷口的裁缝铺里，钟巧云还在踩着缝纫机。她说，只要还踩得动，就一直开下去。",
        ])
    rest_body(pg, a)
    pg.blank()
    pg.furniture(["新书速递"], "column label 新书速递")
    pg.blank()
    b = Article(
        "b", "《街角的尺度》", section="新书速递",
        notes="Book note of the 新书速递 strip (section); the headline is the book's title in 《》, written as printed. "
              "The data line after the text is neither body nor byline; the book's author (隋远) is not an author of "
              "the note. Unsigned: no authors.",
        paras=["一位城市规划师用二十年时间走访国内外上百个街区，记录下街角、台阶、屋檐这些“小尺度”空间如何塑造人们的日常生活。"])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["（隋远著，澄川人民出版社，2038年3月）"], "book data line (not body)")
    pg.blank()
    c = Article(
        "c", "《老房子会说话》", section="新书速递",
        byline="（闵小禾）", authors=["闵小禾"], tail="（闵小禾）",
        notes="Book note of the 新书速递 strip, signed （X） run in at the end: the byline (excluded from last), the "
              "signer is the author. The book's data line after it is not body; the book's author (郁晚亭) is not an "
              "author of the note.",
        paras=["这本图文集收录了作者拍摄的300余幅老建筑照片，配以简短的文字，讲述了一座座老房子背后的家族往事和城市变迁。"])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["（郁晚亭著，汶江文艺出版社，2038年1月）"], "book data line (not body)")
    pg.blank()
    pg.furniture(["专栏"], "column label 专栏")
    d = Article(
        "d", "慢下来的城市", section="专栏", kind="commentary",
        byline="□ 沈半山", authors=["沈半山"],
        notes=JUMP_OUT + "(a magazine jump to a back page, 第78页, not in this set). Column under the label 专栏 with byline "
              "line □ X; commentary. The jump line （下转第78页） on a line of its own after the text is not body.",
        paras=[
            "有一年去南方一座小城，住在老街的一家客栈里。每天早上，我都被巷子里此起彼伏的叫卖声叫醒，推开窗，能看见对面阳台上晾着的衣服和一盆开得正好的三角梅。",
            "那几天，我什么景点也没去，就在老街上走来走去。后来我常想，一座城市让人留恋的，往往不是它有多高的楼、多宽的路，而是",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["（下转第78页）"], "continued-to line (not body)")
    pg.blank()
    pg.furniture(["32　澄观周刊　2038.05.03"], "folio footer")
    return pg


# ---------------------------------------------------------------------------
def li12() -> Page:
    """城西 article's rest under a shortened headline and （上接第1版）, opening in mid-word; whole item; jobs article
    with byline of reporter and 实习生, broken off in mid-sentence with （下转第3版） run in; wire item."""
    pg = Page("li12.txt", cols=22, indent=FW, blanks="para", seed=6512,
              style="city party daily 第2版 要闻 (same issue as li01 and li02) in a narrow column, indent ONE U+3000, blank lines between paragraphs and blocks: header on three lines (2 + 要闻; paper + date with weekday; editor + designer); REST of the li01 老旧小区 article under a SHORTENED headline and （上接第1版）, opening in MID-WORD (位1200个，…) on an unindented line; whole item with run-in 本报讯（记者 X）; article with byline line 本报记者 X　实习生 Y that breaks off in MID-SENTENCE with （下转第3版） run in (its rest is li02's untitled entry); wire item of the invented agency 东岳社 with run-in dateline and （完） on a line of its own; footer")
    pg.furniture(["2　要闻",
                  "澄川日报　" + cn_date(2034, 3, 14),
                  "责任编辑：麦小川　美编：巫晴"], "page header")
    pg.blank()
    a = Article(
        "a", "老旧小区改造今年全面开工",
        notes=JUMP_IN + "the rest of li01's 城西片区老旧小区改造今年全面开工, under a SHORTENED repeat of the headline; the "
              "line （上接第1版） under it is not body. The body opens in MID-WORD (新增停车泊 | 位1200个) on an unindented "
              "line. No byline printed here: no authors. The resident quoted is not an author.",
        paras=[
            "位1200个，建设社区养老、托育、助餐等服务设施26处。",
            "为减少施工对居民生活的影响，各小区将实行“一小区一方案”，分批分段施工。改造资金采取政府补助、居民出资、社会资本参与等多种方式筹措，其中中央和省级补助资金已到位2.3亿元。",
            "“小区里终于要装电梯了，我家住六楼，以后上下楼不用再发愁。”家住城西建新小区的居民葛淑珍说。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第1版）"], "continued-from line (not body)")
    pg.gap()
    rest_body(pg, a)
    pg.gap()
    b = Article(
        "b", "地铁4号线二期进入铺轨阶段",
        byline="本报讯（记者　乔砚）", authors=["乔砚"], lead="本报讯（记者　乔砚）",
        notes="Whole item on this page (not jumped). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "3月13日，地铁4号线二期工程首段轨道在鹭岛车辆段开始铺设，标志着工程由土建施工转入铺轨阶段。4号线二期全长14.2公里，设车站9座，计划明年底开通运营。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "春季招聘会提供岗位3.6万个",
        byline="本报记者　阎小棠　实习生　池一诺", authors=["阎小棠", "池一诺"], tail="（下转第3版）",
        notes=JUMP_OUT + "Byline line 本报记者 X　实习生 Y: both are authors. The text breaks off in mid-sentence (…各类招聘活动) "
              "and （下转第3版） is run in at the end: excluded from last. The rest is li02's untitled entry (headed by "
              "（上接第2版） alone).",
        paras=[
            "3月13日，2034年澄川市春季大型招聘会在市会展中心举行。680余家企业带来3.6万个岗位，吸引求职者2.1万人次入场，现场初步达成就业意向8600余人。",
            "记者在现场看到，智能制造、新能源、生物医药等领域企业的展位前排起了长队。市人社局介绍，今年一季度，全市还将举办各类招聘活动",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "全国铁路春运发送旅客超5亿人次",
        byline="东岳社北京3月13日电（记者　诸葛澜）", authors=["诸葛澜"], lead="东岳社北京3月13日电（记者　诸葛澜）",
        notes="Wire item of the invented agency 东岳通讯社 (东岳社), not jumped. Run-in dateline excluded from first; the "
              "end mark （完） on a line of its own is not body.",
        paras=[
            "记者13日从国家铁路部门获悉，为期40天的2034年春运已经结束，全国铁路累计发送旅客5.13亿人次，同比增长6.2%，日均发送旅客1283万人次，春运期间客流总量创历史新高。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.furniture(["（完）"], "wire end mark on a line of its own (not body)")
    pg.blank()
    pg.furniture(["本报地址：澄川市鹭岛大道88号　　新闻热线：0668-2316000"], "footer")
    return pg


PAGES = [li09, li10, li11, li12]
