"""Pages lb01-lb04 of handmade58 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


def caption(pg: Page, text: str, what: str, cols: float | None = None, pad: str = "") -> None:
    """A photo caption with its credit that belongs to an article (not body): wrapped at the column width."""
    pg.furniture([pad + ln for ln in wrap(text, cols or pg.cols)], what)


# ---------------------------------------------------------------------------
def lb01() -> Page:
    """Economic daily FRONT page: masthead; big photo with a caption-story (brief, no headline) and its credit
    on a line of its own; lead (kicker, headline, run-in 本报澄川…讯（记者 X）); 本报评论员 comment; wire item
    with （完）; article with byline line and a photo caption after it; 今日导读 box."""
    pg = Page("lb01.txt", cols=26, indent=FW * 2, blanks="para", seed=5801,
              style="provincial economic daily FRONT page, blank lines between paragraphs and blocks: masthead on four lines (paper, English name, date with weekday, 今日8版 + issue number); big photo caption-story (brief, no headline) with the credit 本报记者 X　摄 right-aligned on a line of its own; lead with 引题 kicker of two phrases and run-in 本报澄川3月11日讯（记者 X）; comment with the line 本报评论员 under its headline; wire item with run-in 东陆社北京3月11日电（记者 X、Y） and （完） run in; article with byline line 本报记者 X and a ▲ photo caption with credit 东陆社记者 X　摄 after its body; 今日导读 box; footer")
    pg.furniture(["澄川经济日报",
                  "CHENGCHUAN ECONOMIC DAILY",
                  cn_date(2036, 3, 12),
                  "今日8版　第4127期"], "masthead")
    pg.blank()
    p = Article(
        "p", None, kind="brief", byline="本报记者　邬望川　摄", authors=["邬望川"],
        notes="Front-page photo caption-story standing alone (no headline): kind brief (not counted in recall), "
              "title null. The credit 本报记者 X　摄 right-aligned on the line after it is the byline (written without "
              "its leading U+3000s); the photographer is the author (as the photo news of handmade22/55).",
        paras=["3月11日，澄川港集装箱码头，一艘满载新能源汽车的滚装船缓缓驶离泊位。今年前两个月，澄川港新能源汽车出口量达4.6万辆，同比增长58%，新开辟外贸航线6条，外贸航线总数增至42条。"])
    pg.body(p)
    pg.line(p, FW * 14 + p.byline, "byline")
    pg.gap()
    a = Article(
        "a", "前两月全省外贸进出口增长7.3%",
        byline="本报澄川3月11日讯（记者　苏沐阳）", authors=["苏沐阳"], lead="本报澄川3月11日讯（记者　苏沐阳）",
        notes="Lead. The 引题 kicker 稳规模　优结构 (two phrases parted by U+3000, no 副题) is neither title nor subtitle "
              "(as the kickers of handmade55). Run-in dateline excluded from first. The official quoted is not an "
              "author.",
        paras=[
            "记者从澄川海关获悉，今年前两个月，全省货物贸易进出口总值1862.5亿元，同比增长7.3%。其中，出口1127.8亿元，增长9.1%；进口734.7亿元，增长4.6%。",
            "机电产品出口保持较快增长，前两个月出口机电产品708.3亿元，增长11.2%，占出口总值的62.8%。电动汽车、锂电池、光伏产品合计出口增长31.5%。民营企业进出口1203.6亿元，增长9.8%，占全省外贸总值的64.6%。",
            "“一季度是全年外贸的开局，企业订单总体平稳。”澄川海关综合业务处处长隋明远说，海关将持续推进通关便利化改革，帮助企业稳订单、拓市场。",
        ])
    pg.kicker(a, "稳规模　优结构")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "让“新三样”跑得更稳更远", kind="commentary", byline="本报评论员",
        notes="Comment signed 本报评论员 on the line under its headline (no label): kind commentary; 本报评论员 is not "
              "a person, so no authors.",
        paras=[
            "电动汽车、锂电池、光伏产品出口持续走高，既是全省制造业转型升级的成果，也对企业走出去提出了新的要求。",
            "跑得快，更要跑得稳。面对日趋复杂的外部环境，企业既要练好技术和品质的内功，也要加快布局海外仓、售后网络，提高应对贸易摩擦的能力。有关部门要在出口信用保险、跨境结算、物流通道上多下功夫，让企业出海少些后顾之忧。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "今年一季度全国重点项目集中开工",
        byline="东陆社北京3月11日电（记者　林知远、许青禾）", authors=["林知远", "许青禾"],
        lead="东陆社北京3月11日电（记者　林知远、许青禾）", tail="（完）",
        notes="Wire item of the invented agency 东陆通讯社 (东陆社): run-in dateline with two reporters parted by 、 "
              "excluded from first; （完） run in at the end excluded from last.",
        paras=[
            "记者11日从有关部门获悉，今年一季度全国已集中开工重点项目1.2万个，总投资约5.8万亿元，涉及交通、能源、水利、新型基础设施和城市更新等领域。",
            "其中，新型基础设施项目2360个，总投资7800亿元，同比增长16%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "“灯塔车间”里的新工种",
        byline="本报记者　温锦书", authors=["温锦书"],
        notes="Article with byline line 本报记者 X. The ▲ photo caption with credit 东陆社记者 X　摄 printed after the "
              "body illustrates this article: not body, not a brief (only a caption standing alone is a brief). The "
              "photographer and the workers named are not authors.",
        paras=[
            "在澄川高新区一家电池企业的智能工厂里，28岁的冉小棠每天的工作是盯着屏幕上的数据曲线。她的岗位叫“数字孪生运维工程师”，三年前还没有这个工种。",
            "企业负责人介绍，工厂去年完成智能化改造后，单线产能提升40%，一线操作工减少了一半，新增的数据运维、设备算法等岗位则吸纳了300多名年轻人。全省今年计划培训“数字工匠”5万人次。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    caption(pg, "▲3月9日，技术人员在澄川高新区一家电池企业的智能工厂巡检。　东陆社记者　龚一川　摄",
            "photo caption with credit of the article above (not body)")
    pg.blank()
    pg.furniture(["今日导读",
                  "◆县域商业体系建设提速　　　　　　2版",
                  "◆春耕农资供应总体充足　　　　　　3版",
                  "◆镜头里的“夜经济”　　　　　　　　8版"], "今日导读 box")
    pg.blank()
    pg.furniture(["本版责任编辑：阙慕言　　校对：晏清　　美编：柯小禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lb02() -> Page:
    """Evening paper 图片新闻 page: photo story 组图 (headline, byline line 本报记者 X　摄影报道, text, numbered
    captions ①②③); label 图片新闻 over three captioned photos without headlines (briefs) with credits run in;
    economic article with a caption after it; item with run-in 本报讯（记者 X）."""
    pg = Page("lb02.txt", cols=20, indent=FW, blanks="arts", seed=5802,
              style="evening paper 图片新闻 page indented with ONE U+3000, blank lines only between articles and blocks: header on three lines (paper; date with weekday + A08; 图片新闻 + editors); photo story (组图) with headline, byline line 本报记者 X　摄影报道, a text paragraph and captions ①②③ (not indented); label 图片新闻 over three captions without headlines (briefs), credits run in at the end (本报记者 X　摄, 图/X, 受访者供图); economic article with byline line 本报记者 X and a caption with credit 图/X after it; item with run-in 本报讯（记者 X）; footer")
    pg.furniture(["岚湾晚报",
                  cn_date(2036, 4, 18) + "　A08",
                  "图片新闻　责编：卜清扬　美编：焦一苇"], "page header")
    pg.blank()
    a = Article(
        "a", "凌晨四点的“早市”",
        byline="本报记者　葛晓岚　摄影报道", authors=["葛晓岚"],
        notes="Photo story (组图) with its own headline and text: kind article. Byline line 本报记者 X　摄影报道: the "
              "photographer who reports is the author. **new:** the numbered captions ①②③ are body (they are the "
              "story's text): the body runs from the text paragraph to the end of caption ③.",
        paras=[
            "凌晨4时，岚湾西郊农产品批发市场已是灯火通明。一辆辆货车从周边县区驶来，蔬菜、水果、鲜鱼在这里分拣、过秤、装车，天亮前送进城区的超市、菜场和饭店。市场负责人介绍，市场日均交易量超过3000吨，保障着全市六成以上的“菜篮子”。",
            "①凌晨4时20分，商户在卸运刚到的青菜。",
            "②水产区的商户给活鱼称重，扫码结算已成为常态。",
            "③天刚亮，满载蔬菜的配送车驶出市场。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=1)
    pg.body(a, start=1, indent="")
    pg.blank()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    pg.blank()
    briefs = [
        Article("p1", None, kind="brief", section="图片新闻", byline="本报记者　沈听涛　摄", authors=["沈听涛"],
                tail="　本报记者　沈听涛　摄",
                notes="Caption standing alone under the label 图片新闻, no headline: kind brief, title null. Credit "
                      "本报记者 X　摄 run in at the end (the byline, excluded from last); the photographer is the author.",
                paras=["4月17日，岚湾滨海步道上，市民在盛开的海桐花旁散步。今年全市新建改建口袋公园46个。"]),
        Article("p2", None, kind="brief", section="图片新闻", byline="图/宁可岩", authors=["宁可岩"],
                tail="　图/宁可岩",
                notes="Caption standing alone, no headline: kind brief. Credit 图/X run in at the end is the byline; "
                      "the photographer is the author.",
                paras=["4月16日，岚湾职业技术学院学生在无人机装调实训室上课。"]),
        Article("p3", None, kind="brief", section="图片新闻", byline="受访者供图",
                tail="　受访者供图",
                notes="Caption standing alone, no headline: kind brief. The credit 受访者供图 names no person: byline as "
                      "printed, no authors.",
                paras=["近日，岚湾一家新能源企业研发的海上光伏浮体完成台风模拟测试。"]),
    ]
    for art in briefs:
        pg.body(art)
        pg.blank()
    b = Article(
        "b", "春季花市销售额突破1.3亿元",
        byline="本报记者　霍春溪", authors=["霍春溪"],
        notes="Economic article with byline line 本报记者 X. The caption with credit 图/X after the body illustrates "
              "it: not body, not a brief. The grower quoted is not an author.",
        paras=[
            "为期一个月的岚湾春季花市日前落幕。据统计，花市共吸引市民游客86万人次，鲜切花、盆栽、园艺资材等销售额达1.32亿元，同比增长18%。",
            "“今年线上直播卖得比现场还多。”花农褚晚晴说，她家的多肉盆栽通过直播卖到了十几个省份。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    caption(pg, "花市上，市民挑选盆栽。图/卢一帆", "photo caption with credit of the article above (not body)")
    pg.blank()
    c = Article(
        "c", "夜间公交新增三条线路",
        byline="本报讯（记者　邢书远）", authors=["邢书远"], lead="本报讯（记者　邢书远）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=["4月20日起，岚湾公交集团新开通N11、N12、N13三条夜间公交线路，运营时间为22时至次日5时，串联火车站、滨海商圈、大学城等夜间客流集中区域。"])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版图片除署名外均为本报记者摄"], "footer note on the page's photos")
    return pg


# ---------------------------------------------------------------------------
def lb03() -> Page:
    """Daily 摄影专版 with NO blank line and no indent: photo story (headline, ——副题, byline line
    文／本报记者 X　图／本报记者 Y, text, captions ①–④); photo story whose credit line 本报记者 X　Y　摄 follows its
    captions; label 摄影手记 over an essay signed at its end; 影像征集 notice; economic item with run-in
    本报讯（记者 X　实习生 Y）."""
    pg = Page("lb03.txt", cols=34, indent="", blanks="never", seed=5803,
              style="daily 视觉·摄影专版 page, NO indent and NO blank line anywhere: header on two lines (paper + date with weekday + 第12版; 版名 + editor + 版式); photo story with headline, ——副题, byline line 文／本报记者 X　图／本报记者 Y, text and four numbered captions ①②③④; photo story with headline, text, three captions and the credit line 本报记者 X　Y　摄 right-aligned AFTER the captions; label 摄影手记 over an essay signed at its end (name right-aligned); 影像征集 notice; economic item (camera rental) with run-in 本报讯（记者 X　实习生 Y）; footer")
    pg.furniture(["桐冈日报　" + cn_date(2036, 5, 9) + "　第12版",
                  "视觉·摄影专版　　责任编辑：庹新月　　版式：郗南"], "page header")
    a = Article(
        "a", "三代人的盐田", subtitle="——东滩盐场晒盐人的四季",
        byline="文／本报记者　钟离雪　图／本报记者　苗晓川", authors=["钟离雪"],
        notes="Photo story (组图) with headline, ——副题 (the subtitle), text and numbered captions: kind article. "
              "Byline line 文／X　图／Y: only the writer is an author (as 文／…　图／… of handmade22). The captions "
              "①–④ are body (**new**, as lb02).",
        paras=[
            "东滩盐场有三百多年的晒盐史。每年春末，海水引入盐田，经过纳潮、制卤、结晶，二十多天后，白花花的盐粒便在池底铺开。",
            "58岁的莫长庚在盐场干了四十年，他的父亲是老盐工，儿子莫小舟大学毕业后回到盐场，在新建的盐田生态旅游区当讲解员。如今，盐场一边保留传统工艺，一边发展盐文化研学和滩涂观鸟，去年接待游客21万人次。",
            "①清晨，莫长庚在结晶池里推盐。",
            "②盐工们把新盐堆成盐坨。",
            "③研学的孩子们体验传统扒盐。",
            "④盐田上空飞过的黑嘴鸥。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "一座货运枢纽的24小时",
        byline="本报记者　伍思远　姬小满　摄", authors=["伍思远", "姬小满"],
        notes="Photo story with its own headline, text and captions ①②③: kind article. No writer is printed; the "
              "credit line 本报记者 X　Y　摄 right-aligned after the captions is the byline (written without its "
              "leading U+3000s) and the two photographers are the authors (**new**: a photo story made by "
              "photographers alone, as the photographer of a photo news brief). The credit line is not body.",
        paras=[
            "桐冈国际陆港是内陆地区重要的货运枢纽，今年前4个月开行中欧班列412列，同比增长23%。从凌晨到深夜，这里的吊机、货车和班列从不停歇。",
            "①凌晨3时，装卸工人给集装箱加固。",
            "②中午，调度中心的工作人员监控列车运行。",
            "③夜幕降临，一列满载汽车配件的班列整装待发。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 20 + b.byline, "byline")
    pg.furniture(["摄影手记"], "column label 摄影手记")
    c = Article(
        "c", "等一束光", section="摄影手记", byline="苗晓川", authors=["苗晓川"],
        notes="Essay under the label 摄影手记 (section), signed at its END: the name right-aligned on a line of its "
              "own is the byline (written without its leading U+3000s); the photographer who writes it is the "
              "author.",
        paras=[
            "拍盐田，最难的是等光。太阳刚出来的那十几分钟，光线斜斜地铺在盐池上，盐粒会泛出一层淡淡的金色，盐工的影子被拉得很长。",
            "为了这十几分钟，我在东滩住了七天。前五天不是起雾就是阴天，第六天终于等到了。莫师傅弯腰推盐的那一刻，我按下快门，也读懂了他说的那句话：“盐是晒出来的，也是等出来的。”",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, FW * 28 + c.byline, "byline")
    pg.furniture(["影像征集",
                  "本版长期征集反映桐冈经济社会发展的新闻图片和组照，来稿请注明拍摄时间、地点和作者联系方式。",
                  "投稿邮箱：shijue@tgrb.cn"], "影像征集 notice (not an article)")
    d = Article(
        "d", "摄影器材租赁订单一季度翻番",
        byline="本报讯（记者　郜心远　实习生　祁一诺）", authors=["郜心远", "祁一诺"],
        lead="本报讯（记者　郜心远　实习生　祁一诺）",
        notes="The page's economic item. Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are authors.",
        paras=[
            "记者从桐冈市几家摄影器材租赁平台了解到，今年一季度，相机、镜头、无人机等器材租赁订单量同比增长108%，其中20至35岁用户占比超过七成。",
            "“买一台全画幅相机要两三万元，租三天只要三四百元。”平台负责人介绍，旅游旺季前后，微单相机和运动相机常常需要提前一周预订。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版校对：滕一鸣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lb04() -> Page:
    """产经报 产业 page: lead (headline, ——副题, byline line 本报记者 X　通讯员 Y) with a ▲ caption 受访者供图 printed
    BETWEEN two paragraphs; a caption standing alone between articles (brief, 东陆社记者 X　摄); wire item with
    （完）; article with a caption （资料图片） between its byline and body; label 产经快讯 over two ● items."""
    pg = Page("lb04.txt", cols=30, indent="  ", blanks="some", seed=5804, p_para=0.3, p_gap=0.75,
              style="产经报 产业·制造 page indented with two ASCII spaces, blank lines sometimes: header on three lines (paper; date with weekday; 第3版 产业·制造); lead with ——副题 and byline line 本报记者 X　通讯员 Y, a ▲ photo caption with credit 受访者供图 printed BETWEEN two paragraphs (body in pieces); a photo caption standing alone between articles (brief) with credit 东陆社记者 X　摄 run in; wire item with run-in 东陆社柘川5月20日电（记者 X） and （完）; article whose photo caption 图为…（资料图片） sits between its byline line and its body; label 产经快讯 over two ● items with run-in credits at the end; footer")
    pg.furniture(["柘川产经报",
                  cn_date(2036, 5, 21),
                  "第3版　产业·制造"], "page header")
    pg.blank()
    a = Article(
        "a", "柘川机器人产业集群产值突破600亿元",
        subtitle="——协作机器人出货量连续三年居全国前列",
        byline="本报记者　桑若谷　通讯员　季小凡", authors=["桑若谷", "季小凡"],
        notes="Lead with ——副题 (subtitle) and byline line 本报记者 X　通讯员 Y (both authors). The ▲ photo caption "
              "with credit 受访者供图 printed between the second and third paragraphs belongs to this article: not "
              "body, not a brief; the body is in two pieces. The executive quoted is not an author.",
        paras=[
            "记者从柘川市工业和信息化局获悉，2035年柘川机器人产业集群实现产值612亿元，同比增长19.4%，集聚上下游企业420余家，其中规模以上企业136家。",
            "协作机器人是柘川的“拳头产品”。去年全市协作机器人出货量达3.8万台，约占全国的三成，产品出口到40多个国家和地区。减速器、伺服电机、控制器等核心零部件本地配套率提升到65%。",
            "“过去核心部件要从外地采购，现在半小时车程内就能配齐。”柘川一家机器人企业总经理聂书航说，本地配套让企业新品研发周期缩短了近三分之一。",
            "根据规划，到2038年，柘川机器人产业集群产值将突破1000亿元，培育营收超50亿元的龙头企业5家。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    caption(pg, "▲柘川一家机器人企业的装配车间内，技术人员在调试协作机器人。　受访者供图",
            "photo caption with credit inside the lead (not body)")
    pg.body(a, start=2)
    pg.gap()
    p = Article(
        "p", None, kind="brief", byline="东陆社记者　乔望舒　摄", authors=["乔望舒"], tail="　东陆社记者　乔望舒　摄",
        notes="Photo caption standing alone between two articles (it illustrates neither): kind brief, title null. "
              "Credit 东陆社记者 X　摄 run in at the end (byline, excluded from last); the photographer is the author.",
        paras=["5月19日，在柘川港，一批长达102米的风电叶片正在装船，将运往海外风电项目。"])
    pg.body(p)
    pg.gap()
    b = Article(
        "b", "柘川至欧洲全货机航线开通",
        byline="东陆社柘川5月20日电（记者　秦砚）", authors=["秦砚"], lead="东陆社柘川5月20日电（记者　秦砚）",
        tail="（完）",
        notes="Wire item: run-in dateline excluded from first, （完） run in at the end excluded from last.",
        paras=["20日凌晨，一架满载跨境电商包裹和精密仪器的全货机从柘川机场起飞，飞往欧洲枢纽机场，标志着柘川至欧洲全货机定期航线正式开通。该航线每周执飞4班，预计年货运量可达2.4万吨。"])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "老厂区里长出“数字工厂”",
        byline="本报记者　闻人筝", authors=["闻人筝"],
        notes="Article with byline line 本报记者 X; the photo caption 图为…（资料图片） printed between the byline line "
              "and the first paragraph belongs to it: not body (the body starts after it). No author but the "
              "reporter.",
        paras=[
            "柘川东郊的纺机厂老厂区，曾经是全市最大的纺织机械生产基地。如今，这里的12栋老厂房被改造成智能制造产业园，入驻工业软件、工业互联网企业58家。",
            "园区运营方介绍，改造保留了厂房的钢结构和红砖外墙，一层做展示和中试车间，楼上做研发办公，租金比新建写字楼低三成左右，去年园区企业营收达到27亿元。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    caption(pg, "图为改造后的纺机厂老厂区。（资料图片）", "photo caption between byline and body (not body)")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["产经快讯"], "column label 产经快讯")
    items = [
        Article("d1", "新能源重卡换电站投用", head=["●新能源重卡换电站投用"], section="产经快讯",
                byline="（记者　桑若谷）", authors=["桑若谷"], tail="（记者　桑若谷）",
                notes="Item of the 产经快讯 strip; the ● is a mark, not part of the title. Credit run in at the end "
                      "excluded from last.",
                paras=["5月18日，柘川首座新能源重卡换电站在物流园投用，单车换电仅需5分钟，每天可服务重卡200车次。"]),
        Article("d2", "工业设计周签约项目37个", head=["●工业设计周签约项目37个"], section="产经快讯",
                byline="（通讯员　蒯思齐）", authors=["蒯思齐"], tail="（通讯员　蒯思齐）",
                notes="Item of the 产经快讯 strip; ● not part of the title; the 通讯员 credited at the end is the author.",
                paras=["第三届柘川工业设计周日前闭幕，现场签约设计服务项目37个，合同金额4.6亿元。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["责任编辑：仉思源　　校对：顾小楼"], "footer")
    return pg


PAGES = [lb01, lb02, lb03, lb04]
