"""Pages lb09-lb12 of handmade58 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify, wrap


def caption(pg: Page, text: str, what: str, cols: float | None = None, pad: str = "") -> None:
    """A photo caption with its credit that belongs to an article (not body): wrapped at the column width."""
    pg.furniture([pad + ln for ln in wrap(text, cols or pg.cols)], what)


# ---------------------------------------------------------------------------
def lb09() -> Page:
    """Weekend 影像 page in a wide column, no indent: photo story whose headline and byline line are printed AFTER
    its text and captions; photo story with kicker, headline, ——副题, captions ①–④ and a credit line after them;
    label 影像故事 over an essay with byline □ X (lines letter-spaced); economic item with run-in 本报讯（记者 X）."""
    pg = Page("lb09.txt", cols=40, indent="", blanks="arts", seed=5809,
              style="daily 周末·影像 page in a wide column, NO indent, blank lines only between articles and blocks: header on two lines (paper + date with weekday; 第8版 周末·影像 + editor); photo story whose text and captions ①②③ come FIRST and whose headline and byline line 本报记者 X　摄影报道 are printed AFTER them; photo story with 引题 kicker, headline, ——副题, text, captions ①②③④ and the credit line 本报记者 X　Y　摄 after them; label 影像故事 over an essay with byline line □ X, two body lines letter-spaced; economic item (second-hand film cameras) with run-in 本报讯（记者 X）; footer")
    pg.furniture(["澹水日报　" + cn_date(2036, 9, 6),
                  "第8版　周末·影像　　责任编辑：鞠晓棠"], "page header")
    pg.blank()
    a = Article(
        "a", "云雾里的茶园“新农人”",
        byline="本报记者　黎望舒　摄影报道", authors=["黎望舒"],
        notes="Photo story (组图) whose text and captions ①②③ are printed FIRST and whose headline and byline line "
              "本报记者 X　摄影报道 come AFTER them (as the ky06 essay of handmade55): kind article; the photographer "
              "who reports is the author. The captions are body (**new**, as lb02).",
        paras=[
            "澹水县云岭村海拔1100多米，常年云雾缭绕。三年前，在外做电商的村民陶小满回到村里，带着十几个年轻人成立合作社，把散落在山间的800亩老茶园统一管理，注册品牌、开设直播间。去年，合作社卖出高山茶叶26吨，销售额达到1500万元，带动120户茶农户均增收2万多元。",
            "①清晨，茶农在云雾中的茶园采摘秋茶。",
            "②合作社的年轻人在直播间介绍新茶。",
            "③陶小满（右）和老茶农一起查看炒制好的茶叶。",
        ])
    pg.body(a, end=1)
    pg.body(a, start=1)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    b = Article(
        "b", "老码头的新生", subtitle="——澹水港旧仓库群改造纪实",
        byline="本报记者　莘雨　景一川　摄", authors=["莘雨", "景一川"],
        notes="Photo story with 引题 kicker 影像·城市记忆 (neither title nor subtitle), ——副题 (subtitle), text and "
              "captions ①–④ (body). No writer printed: the credit line 本报记者 X　Y　摄 after the captions is the byline "
              "(written without its leading U+3000s) and the two photographers are the authors (**new**, as lb03).",
        paras=[
            "澹水港老码头的23座旧仓库建于上世纪五六十年代，港区搬迁后闲置多年。2034年起，当地在保留红砖外墙、木桁架屋顶的基础上对仓库群进行改造，引入书店、剧场、展览和餐饮，去年吸引游客380万人次。",
            "①改造后的仓库群与江景相映。",
            "②游客在由仓库改建的书店里阅读。",
            "③保留下来的老吊机成了拍照打卡点。",
            "④夜幕下的码头市集。",
        ])
    pg.kicker(b, "影像·城市记忆")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.body(b)
    pg.line(b, FW * 26 + b.byline, "byline")
    pg.blank()
    pg.furniture(["影像故事"], "column label 影像故事")
    pg.blank()
    c = Article(
        "c", "父亲的老相机", section="影像故事", byline="□ 闻笛", authors=["闻笛"],
        notes="Essay under the label 影像故事 (section) with byline line □ X (the □ is a mark); two body lines are "
              "letter-spaced by justification. Kind article.",
        paras=[
            "家里有一台海鸥牌双镜头相机，是父亲1982年用三个月工资买的。那些年，邻居家娶媳妇、孩子满月、老人过寿，都请父亲去拍照。他从不收钱，只让人家管一顿饭。",
            "父亲拍了四十年，洗出来的照片装满了六个铁皮饼干盒。去年，我把它们一张张扫描，发到村里的微信群。老人们在群里认出了年轻时的自己，有人哭了，有人说要再请父亲拍一张全家福。那台老相机，又被擦得锃亮。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, justify(pg.render_body(c), [1, 3], sep=" "))
    pg.blank()
    d = Article(
        "d", "胶片相机二手交易升温",
        byline="本报讯（记者　莘雨）", authors=["莘雨"], lead="本报讯（记者　莘雨）",
        notes="The page's economic item. Run-in 本报讯（记者 X） excluded from first. The shop owner quoted is not an "
              "author.",
        paras=[
            "胶片相机正在年轻人中“翻红”。记者从澹水几家二手数码交易平台了解到，今年1至8月，平台胶片相机成交量同比增长76%，成交均价约1200元，胶卷冲洗扫描订单增长一倍多。",
            "“来店里的大多是大学生，有人一买就是三四台。”城西一家相机店店主翁一鸣说，品相好的老机型价格两年涨了近一半。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["本版校对：巫马骁　　版式设计：谷粱"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lb10() -> Page:
    """Economic paper 区域 page with NO blank line: article with a caption 图/X between paragraphs; article with
    run-in 本报浔北4月2日讯（记者 X　通讯员 Y） and a caption （资料图片） after it; label 区域传真 over two items; a
    caption standing alone (brief) with credit line 东陆社发　X　摄."""
    pg = Page("lb10.txt", cols=24, indent="  ", blanks="never", seed=5810,
              style="economic paper 区域经济 page indented with two ASCII spaces, NO blank line anywhere: header on three lines (paper; date with weekday + 第5版; 区域经济 + editor); article with byline line 本报记者 X and a caption with credit 图/X printed BETWEEN two paragraphs; article with run-in 本报浔北4月2日讯（记者 X　通讯员 Y） and a caption ending （资料图片） after its body; a caption standing alone (brief, no headline) whose credit 东陆社发　X　摄 is on a line of its own; label 区域传真 over two items with run-in 本报讯（通讯员 X） / （记者 X）; footer")
    pg.furniture(["浔北经济导报",
                  cn_date(2036, 4, 3) + "　第5版",
                  "区域经济　　责任编辑：臧一禾"], "page header")
    a = Article(
        "a", "浔北港铁水联运量增长四成",
        byline="本报记者　甄晓帆", authors=["甄晓帆"],
        notes="Economic article with byline line 本报记者 X; the caption with credit 图/X printed between its first "
              "and second paragraphs illustrates it (the reporter's own photo): not body, not a brief (body in "
              "pieces). The port official quoted is not an author.",
        paras=[
            "一季度，浔北港完成铁水联运集装箱12.6万标箱，同比增长41%。港口铁路专用线延伸到码头前沿后，集装箱从火车卸下到装船最快只需2小时。",
            "“过去要短驳两次，现在一次吊装就能完成，每个标箱物流成本降低了300元左右。”浔北港集团运营部经理汤砚说。今年，浔北港还将开通至西部内陆的铁水联运班列4条。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=1)
    caption(pg, "浔北港铁水联运码头，集装箱正在吊装。图/甄晓帆", "photo caption inside the article (not body)")
    pg.body(a, start=1)
    b = Article(
        "b", "经开区汽车零部件产业链签约19个项目",
        byline="本报浔北4月2日讯（记者　褚望　通讯员　雷小晚）", authors=["褚望", "雷小晚"],
        lead="本报浔北4月2日讯（记者　褚望　通讯员　雷小晚）",
        notes="Run-in dateline with reporter and 通讯员 (both authors) excluded from first. The caption ending "
              "（资料图片） after the body illustrates it: not body, not a brief.",
        paras=[
            "4月1日，浔北经济开发区汽车零部件产业链招商推介会举行，现场签约项目19个，总投资86亿元，涉及电驱系统、热管理、汽车电子等领域。",
            "目前，经开区已集聚汽车零部件企业140余家，去年产值达到420亿元。",
        ])
    pg.headline(b)
    pg.body(b)
    caption(pg, "浔北经开区一家汽车零部件企业的生产车间。（资料图片）", "photo caption with credit of the article above (not body)")
    p = Article(
        "p", None, kind="brief", byline="东陆社发　莫一凡　摄", authors=["莫一凡"],
        notes="Caption standing alone (no headline; it illustrates no article of the page): kind brief, title null. "
              "The credit line 东陆社发　X　摄 (a wire photo) after it is the byline (written without its leading "
              "spaces); the photographer is the author.",
        paras=["4月2日，浔北县万亩油菜花田进入盛花期，当地举办油菜花节，带动乡村旅游和农产品销售。"])
    pg.body(p)
    pg.line(p, FW * 10 + p.byline, "byline")
    pg.furniture(["区域传真"], "column label 区域传真")
    items = [
        Article("d1", "临峤县农产品冷链物流中心投用", section="区域传真",
                byline="本报讯（通讯员　邝一苇）", authors=["邝一苇"], lead="本报讯（通讯员　邝一苇）",
                notes="Item of the 区域传真 strip (section); run-in 本报讯（通讯员 X） excluded from first.",
                paras=["3月31日，临峤县农产品冷链物流中心投入使用，冷库库容3.2万吨，可满足全县果蔬、水产品的冷藏和分拨需求。"]),
        Article("d2", "白沙镇建成乡村电商直播基地", section="区域传真",
                byline="（记者　褚望）", authors=["褚望"], tail="（记者　褚望）",
                notes="Item of the 区域传真 strip; credit （记者 X） run in at the end excluded from last.",
                paras=["白沙镇乡村电商直播基地日前建成，设直播间24个，首月帮助农户销售土特产品310万元。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.body(art)
    pg.furniture(["校对：申屠晴　　美编：宓小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lb11() -> Page:
    """Evening paper 图片新闻 page with column breaks: label 图片新闻 over four photo news items with short headlines
    (briefs; credits run in or on a line of their own: 本报记者 X　摄, 图/X, 受访者供图, 资料图片); photo story with
    byline line 本报记者 X　文／图 and captions ①②; economic article; label 快评 over a comment signed □ X."""
    pg = Page("lb11.txt", cols=32, indent=FW * 2, blanks="some", colbreak=10, seed=5811, p_para=0.4, p_gap=0.7,
              style="evening paper 图片新闻 page indented with two U+3000, blank lines sometimes plus column breaks (a blank line every 10 body lines): header on three lines (paper; date with weekday; A10 图片新闻 + editor); label 图片新闻 over four photo news items, each a short headline over a caption, credits run in (本报记者 X　摄, 图/X, （受访者供图）) or on a line of their own (资料图片): briefs; photo story with byline line 本报记者 X　文／图, text and captions ①②; economic article (summer tourism spending) with byline line 本报记者 X; label 快评 over a comment with byline line □ X; footer")
    pg.furniture(["蘅州晚报",
                  cn_date(2036, 8, 14),
                  "A10　图片新闻　　编辑：凤鸣"], "page header")
    pg.gap()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    items = [
        Article("p1", "稻田画迎客", kind="brief", section="图片新闻",
                byline="本报记者　边小渔　摄", authors=["边小渔"], tail="　本报记者　边小渔　摄",
                notes="Photo news under the label 图片新闻: short headline, caption, credit run in at the end (byline, "
                      "excluded from last): kind brief; the photographer is the author.",
                paras=["8月13日，蘅州郊区南田村的彩色稻田画吸引游客前来观赏拍照。今年村里种植的稻田画面积达到120亩。"]),
        Article("p2", "无人机巡检高压线", kind="brief", section="图片新闻",
                byline="图/鲍一鸣", authors=["鲍一鸣"], tail="　图/鲍一鸣",
                notes="Photo news: headline, caption, credit 图/X run in: kind brief; the photographer is the author.",
                paras=["高温天气持续，电力部门出动无人机对城区高压线路开展巡检，保障迎峰度夏用电。"]),
        Article("p3", "机器人咖啡师上岗", kind="brief", section="图片新闻",
                byline="（受访者供图）", tail="（受访者供图）",
                notes="Photo news: headline, caption, credit （受访者供图） run in names no person: byline as printed, no "
                      "authors. Kind brief.",
                paras=["蘅州一家科技企业研发的机器人咖啡师在地铁站咖啡亭上岗，每小时可制作咖啡80杯。"]),
        Article("p4", "老城墙夜景", kind="brief", section="图片新闻", byline="资料图片",
                notes="Photo news: headline, caption, credit 资料图片 on a line of its own after the caption (the "
                      "byline, right-aligned, written without its leading U+3000s): no person, no authors. Kind brief.",
                paras=["蘅州老城墙夜景灯光提升工程完工，城墙沿线新增景观照明4.6公里。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.body(art)
        if art.key == "p4":
            pg.line(art, FW * 24 + art.byline, "byline")
        pg.gap()
    a = Article(
        "a", "老纺织厂变身文创园",
        byline="本报记者　鞠一帆　文／图", authors=["鞠一帆"],
        notes="Photo story with its own headline and text: kind article. Byline line 本报记者 X　文／图 (text and photos "
              "by the reporter, the author). The captions ①② are body (**new**, as lb02).",
        paras=[
            "位于蘅州老城东侧的第三纺织厂停产后闲置了十年。去年，厂区被改造为文创园，保留锯齿形屋顶厂房和老水塔，入驻设计、动漫、手作等企业67家，周末日均客流超过1万人次。",
            "①由老厂房改造的展览空间。",
            "②老水塔下的文创集市。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=1)
    pg.gap()
    pg.body(a, start=1, indent="")
    pg.gap()
    b = Article(
        "b", "暑期文旅消费同比增长15%",
        byline="本报记者　綦晚秋", authors=["綦晚秋"],
        notes="Economic article with byline line 本报记者 X. People quoted are not authors.",
        paras=[
            "记者从蘅州市文化和旅游局获悉，7月1日至8月10日，全市接待游客1860万人次，实现旅游收入213亿元，同比分别增长12%和15%。",
            "研学游、夜游和演艺游成为暑期热点。全市40余家研学基地接待学生团队超过3000批次，夜间文旅消费占比提高到38%。“一场演出带火一条街”，蘅州大剧院周边餐饮门店暑期营业额增长近三成。",
            "市文旅局有关负责人表示，8月下旬还将推出“晚风蘅州”夜间消费季，发放文旅消费券500万元。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["快评"], "column label 快评")
    c = Article(
        "c", "让老建筑“活”在当下", section="快评", kind="commentary", byline="□ 阮星野", authors=["阮星野"],
        notes="Comment under the label 快评 (section) with byline line □ X: kind commentary; the commentator who "
              "signs is the author.",
        paras=[
            "老厂房、老码头、老城墙，承载着一座城市的记忆。让老建筑重新焕发生机，关键不在于推倒重来，而在于找到它与今天生活的连接点。",
            "文创园、书店、市集之所以受欢迎，正是因为人们在这里既能触摸历史，又能享受当下。城市更新多一些“绣花功夫”，老建筑就能成为新消费的舞台。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["本版校对：卞之琳　　美编：司空月"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lb12() -> Page:
    """Economic daily FRONT page in a narrow column: masthead; front photo caption-story (brief, no headline) with
    its credit （本报记者 X　摄） run in; lead with headline on two lines and run-in 本报北京3月28日讯（记者 X　Y）;
    wire item with （完） on a line of its own; article whose photo caption (…　资料图片) is printed ABOVE its
    headline; 今日导读 box."""
    pg = Page("lb12.txt", cols=18, indent=FW, blanks="para", seed=5812,
              style="national economic daily FRONT page in a narrow column indented with ONE U+3000, blank lines between paragraphs and blocks: masthead on four lines (paper, English name, date with weekday, 今日12版 + CN); front photo caption-story (brief, no headline) with credit （本报记者 X　摄） run in at the end; lead with headline on two lines and run-in 本报北京3月28日讯（记者 X　Y）; wire item with run-in 东陆社雁宁3月28日电（记者 X） and （完） on a line of its own; article whose photo caption with credit 资料图片 is printed ABOVE its headline, byline line 本报记者 X; 今日导读 box; footer wider than the column")
    pg.furniture(["启衡经济日报",
                  "QIHENG ECONOMIC DAILY",
                  cn_date(2037, 3, 29),
                  "今日12版　CN 58-0031"], "masthead")
    pg.blank()
    p = Article(
        "p", None, kind="brief", byline="（本报记者　隗青禾　摄）", authors=["隗青禾"], tail="（本报记者　隗青禾　摄）",
        notes="Front-page photo caption-story standing alone (no headline): kind brief, title null. The credit "
              "（本报记者 X　摄） run in at the end is the byline (excluded from last); the photographer is the author.",
        paras=["3月27日，在雁宁市郊的智慧农场，农技人员操控无人驾驶播种机播种春玉米。今年全国春播粮食面积预计稳定在9.3亿亩以上，农机化率进一步提高。"])
    pg.body(p)
    pg.gap()
    a = Article(
        "a", "前两月规上工业增加值同比增长6.1%", head=["前两月规上工业增加值", "同比增长6.1%"],
        byline="本报北京3月28日讯（记者　司徒岚　伍青）", authors=["司徒岚", "伍青"],
        lead="本报北京3月28日讯（记者　司徒岚　伍青）",
        notes="Lead; headline on two lines, joined. Run-in dateline with two reporters parted by U+3000 (both "
              "authors) excluded from first.",
        paras=[
            "有关部门28日发布数据，今年1至2月，全国规模以上工业增加值同比增长6.1%，增速比上年全年加快0.4个百分点。",
            "分行业看，装备制造业增加值增长8.7%，高技术制造业增加值增长10.2%，其中集成电路、工业机器人、新能源汽车产量分别增长24.6%、19.8%和31.4%。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "西部陆海新通道班列开行破万列",
        byline="东陆社雁宁3月28日电（记者　阙舒）", authors=["阙舒"], lead="东陆社雁宁3月28日电（记者　阙舒）",
        notes="Wire item: run-in dateline excluded from first. The end mark （完） on a line of its own after the body "
              "is not body (as g07/g09/g12 of handmade22).",
        paras=["记者28日从铁路部门获悉，今年以来西部陆海新通道班列累计开行10236列，同比增长18%，货物通达全球120个国家和地区的520个港口。"])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, "（完）", "endmark")
    pg.gap()
    caption(pg, "雁宁国际陆港集装箱堆场。　资料图片", "photo caption printed ABOVE the headline of the article it illustrates (not body)")
    c = Article(
        "c", "陆港经济带动沿线产业升级",
        byline="本报记者　顾望舒", authors=["顾望舒"],
        notes="Article whose photo caption with credit 资料图片 is printed ABOVE its headline: the caption is not "
              "body and not a brief (it illustrates this article). Byline line 本报记者 X.",
        paras=[
            "依托国际陆港，雁宁已集聚物流、冷链、跨境电商等企业600余家。去年陆港片区进出口额达到860亿元，带动周边县区新建加工园区11个。",
            "“货物进得来、出得去，企业才愿意落地。”陆港管委会负责人说。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["今日导读",
                  "●春耕农资价格平稳　3版",
                  "●消费金融新规解读　5版",
                  "●图说：港口的春天　12版"], "今日导读 box")
    pg.blank()
    pg.furniture(["本版编辑：冉秋　校对：晁一　美编：濮阳舟"], "footer (wider than the column)")
    return pg


PAGES = [lb09, lb10, lb11, lb12]
