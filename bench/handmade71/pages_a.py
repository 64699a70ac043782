"""Pages lo01-lo04 of handmade71 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print body lines exactly as given (the kit's render_body would rewrap them)."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def lo01() -> Page:
    """Energy paper 一线 page: plant report (kicker, headline, byline line 记者 X　通讯员 Y before the text); label
    图片新闻 over a photo news WITHOUT headline, credit （本报通讯员 X　摄） run in at the end; run-in item
    本报讯（记者 X　通讯员 Y）; label 言论 over a short comment signed （X） run in at the end."""
    pg = Page("lo01.txt", cols=26, indent=FW * 2, blanks="arts", seed=7101,
              style="energy trade paper 一线 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday; 第3版　一线 + 责编 + 美编); plant report with 引题 kicker 一线见闻, headline, byline line 记者　X　通讯员　Y BEFORE the text; label 图片新闻 over a photo news with NO headline, the credit （本报通讯员　X　摄） run in at the end of the caption; item with run-in 本报讯（记者 X　通讯员 Y）; label 言论 over a short comment with headline, signed （X） run in at the end; footer with 校对 and 投稿邮箱")
    pg.furniture(["澄源能源报",
                  cn_date(2036, 3, 12),
                  "第3版　一线　　责编：柯望川　美编：宁小禾"], "page header")
    pg.blank()
    a = Article(
        "a", "零下二十八度的“抢修突击队”",
        byline="记者　闵启帆　通讯员　谭守岳", authors=["闵启帆", "谭守岳"],
        notes="Plant report. The 引题 kicker 一线见闻 (a column kicker, no ——副题) is neither title nor subtitle. "
              "Byline line 记者 X　通讯员 Y printed before the text: both are authors. The shift leader quoted (鲁铁成) "
              "is not an author.",
        paras=[
            "3月9日凌晨两点，北岭热电厂2号机组一台给水泵出口阀门突发渗漏。室外气温零下二十八度，检修班长鲁铁成带着6名队员赶到现场，关阀、泄压、拆卸，一气呵成。",
            "阀体被冻住，螺栓拧不动，队员们就用热毛巾一遍遍地敷。“供暖期一台泵都不能停，停一台，就有几万户人家的暖气要降温。”鲁铁成一边说，一边把冻僵的手伸进袖口里捂一捂。",
            "经过4个多小时连续作业，渗漏点在清晨6时40分处理完毕，机组负荷始终没有降低。今年供暖季以来，这支平均年龄31岁的突击队已完成各类抢修任务47次，保障了全市1860万平方米供热面积稳定运行。",
        ])
    pg.kicker(a, "一线见闻")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    p = Article(
        "p", None, kind="brief", section="图片新闻",
        byline="（本报通讯员　郝一鸣　摄）", authors=["郝一鸣"], tail="（本报通讯员　郝一鸣　摄）",
        notes="Photo news (brief) under the label 图片新闻 (section) with NO headline: the caption is the whole item; "
              "title null. The credit （本报通讯员 X　摄） run in at its end is the byline, excluded from last; the "
              "photographer is the author (as the photo news of handmade55).",
        paras=["3月10日，澄源电网公司带电作业人员在110千伏青槐线上更换绝缘子。当天，该公司完成春检首批23项带电作业任务，减少停电时户数1200余时户。"])
    pg.body(p)
    pg.blank()
    c = Article(
        "c", "西坪光伏基地二期并网发电",
        byline="本报讯（记者　闵启帆　通讯员　樊雨亭）", authors=["闵启帆", "樊雨亭"],
        lead="本报讯（记者　闵启帆　通讯员　樊雨亭）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "3月11日，西坪光伏基地二期工程40万千瓦项目全容量并网发电。项目采用“板上发电、板下种植”模式，配套建设储能电站8万千瓦，预计年发电量6.2亿千瓦时，每年可节约标准煤18.6万吨。",
            "至此，西坪光伏基地总装机容量达到90万千瓦，成为全省单体规模最大的光伏发电基地。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["言论"], "column label 言论")
    d = Article(
        "d", "把安全帽戴在心上", kind="commentary", section="言论",
        byline="（苏远航）", authors=["苏远航"], tail="（苏远航）",
        notes="Short comment under the label 言论 (section), kind commentary. Signed （X） run in at the end: the byline, "
              "excluded from last; the writer is the author.",
        paras=[
            "安全帽戴在头上容易，戴在心上难。有的同志进了现场帽子戴得端端正正，帽带却松松垮垮；有的检修完了觉得“就差一步”，顺手就把防护摘了。",
            "事故往往就出在这“差一步”上。安全生产没有旁观者，更没有“下不为例”。把每一次作业都当作第一次，把每一条规程都当作底线，安全帽才算真正戴好了。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["校对：甘一川　　投稿邮箱：yixian@cyny.cn"], "footer with 校对 and 投稿邮箱")
    return pg


# ---------------------------------------------------------------------------
def lo02() -> Page:
    """Transport paper 基层动态 page: lead whose byline is printed ON the headline line; label 基层动态 over four
    items with ■ heads on their own lines, credits run in at the end (one none); label 经验交流 over an article
    signed under its headline by an official with his post."""
    pg = Page("lo02.txt", cols=30, indent="  ", blanks="para", seed=7102,
              style="transport trade paper 基层动态 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on two lines (paper + date with weekday; 4　基层动态); lead whose byline ■本报通讯员　X is printed ON the headline line after two U+3000; label 基层动态 over four short items, each with its own ■ head on a line of its own (the bold heads of print), three signed run in at the end （X）, （通讯员　X　Y）, （特约记者　X）, one with none; label 经验交流 over a work-experience article, byline line POST　NAME (集团副总经理) under the headline and three crossheads 一是…; footer with 责编, 美编, 校对 and 投稿邮箱 on two lines")
    pg.furniture(["华衢交通报　　" + cn_date(2036, 5, 8),
                  "4　基层动态"], "page header")
    pg.blank()
    a = Article(
        "a", "青岚港集装箱吞吐量提前突破百万标箱",
        byline="■本报通讯员　邬晴川", authors=["邬晴川"],
        notes="Lead whose byline is printed ON the headline line (after two U+3000): title_line is that line, the "
              "title is the headline only, the byline ■本报通讯员 X (■ a mark); the 通讯员 is the author.",
        paras=[
            "5月6日上午9时18分，随着一只标有“QL-1000000”字样的集装箱被稳稳吊上“中远岫海”轮，青岚港今年集装箱吞吐量突破100万标准箱，比去年提前了37天。",
            "今年以来，青岚港新开通至东南亚、中东的外贸航线5条，“海铁联运”班列增至每周42列。港口自动化码头二期投入使用后，单机作业效率提高到每小时38自然箱。",
            "“货量上来了，我们就在效率上下功夫。”码头操作部经理纪长风介绍，港区推行“船边直提、抵港直装”模式，进口货物平均提离时间压缩到1.6天。",
        ])
    pg.line(a, a.title + FW * 2 + a.byline, "title")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["基层动态"], "column label 基层动态")
    pg.gap()
    items = [
        Article("b1", "鹤溪公路段完成汛前桥梁“体检”", section="基层动态",
                byline="（莫晓川）", authors=["莫晓川"], tail="（莫晓川）",
                notes="Item of the 基层动态 digest (section) with its own head on a line of its own (■ a mark, not part "
                      "of the title). The credit （X） run in at the end is the byline, excluded from last.",
                paras=["近日，鹤溪公路段组织技术人员对辖区内68座桥梁开展汛前专项检查，重点排查支座、伸缩缝和排水设施，发现并整改隐患12处。"]),
        Article("b2", "石门收费站推出“司机之家”暖心服务", section="基层动态",
                byline="（通讯员　卓亚楠　凌峰）", authors=["卓亚楠", "凌峰"], tail="（通讯员　卓亚楠　凌峰）",
                notes="Item of the 基层动态 digest. The credit （通讯员 X　Y） run in at the end names two 通讯员: both are "
                      "authors; excluded from last.",
                paras=["石门收费站在站区设立“司机之家”，为过往货车司机提供免费热水、淋浴、洗衣和休息服务，开放一个月来已接待司机2300余人次。"]),
        Article("b3", "渡口航道站新增两座智能航标", section="基层动态",
                notes="Item of the 基层动态 digest with no credit: no byline, no authors.",
                paras=["渡口航道站日前在蓝溪航道急弯段新设两座太阳能智能航标，可实时回传位置和灯光状态，夜间通航安全进一步提升。"]),
        Article("b4", "柳营客运站开通旅游直通车", section="基层动态",
                byline="（特约记者　任知远）", authors=["任知远"], tail="（特约记者　任知远）",
                notes="Item of the 基层动态 digest signed （特约记者 X） run in at the end; the 特约记者 is the author.",
                paras=["5月1日起，柳营客运站开通至翠屏山、白鹭湖两条旅游直通车线路，每天发车各6班，游客凭车票可享景区门票优惠。"]),
    ]
    for it in items:
        pg.headline(it, pad="■")
        pg.body(it)
        pg.gap()
    pg.furniture(["经验交流"], "column label 经验交流")
    pg.gap()
    e = Article(
        "e", "以“微改革”破解基层治理难题", section="经验交流",
        byline="青岚港务集团副总经理　沈砚农", authors=["沈砚农"],
        notes="Work-experience article under the label 经验交流 (section), signed under its headline by an official "
              "with his post (POST　NAME): the whole line is the byline, the official is the author (he writes it). "
              "The three 一是… paragraphs are body. Kind article.",
        paras=[
            "近年来，我们坚持问题导向，从一线职工反映最集中的“小事”入手，推进“微改革”，基层治理效能明显提升。",
            "一是建立问题“直通车”。在各作业区设立意见箱和线上反映渠道，实行问题登记、交办、反馈闭环管理，两年来共收集职工建议860余条，采纳落实612条。",
            "二是推行班组“积分制”。把安全生产、技术创新、团结互助等量化为积分，与评先评优、岗位晋升挂钩，调动了职工的积极性。",
            "三是下沉服务力量。机关部门每月到码头一线“坐班”两天，现场解决问题，推动机关作风转变。实践证明，基层治理没有捷径，只有把职工的小事当大事，才能凝聚起干事创业的合力。",
        ])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.gap()
    pg.body(e)
    pg.gap()
    pg.furniture(["责编：丛一叶　　美编：郁晚晴　　校对：冉小舟",
                  "投稿邮箱：jcdt@hqjtb.com.cn"], "footer with 责编, 美编, 校对 and 投稿邮箱")
    return pg


# ---------------------------------------------------------------------------
def lo03() -> Page:
    """Agriculture paper 三农一线 page with NO blank line: run-in 本报讯（特约记者 X　通讯员 Y）; 一线 report with
    kicker, headline, ——副题, byline line 本报记者 X; photo news with headline and credit line after the caption;
    label 基层动态 over three items whose bold heads are run in at the start of their text (no mark)."""
    pg = Page("lo03.txt", cols=22, indent=FW, blanks="never", seed=7103,
              style="agriculture trade paper 三农一线 page indented with ONE U+3000, NO blank line anywhere: header on three lines (paper; date with weekday; 第2版·三农一线 + 责任编辑); item with run-in 本报讯（特约记者 X　通讯员 Y）; 一线 report with 引题 kicker 一线调查, headline, ——副题, byline line 本报记者 X; label 图片新闻 over a photo news with headline and credit line 本报通讯员　X　摄 after the caption; label 基层动态 over three items whose bold heads are run in at the START of their text and followed by U+3000 (no mark, no line of their own), two signed （X） run in at the end; footer (美编, 校对; 投稿邮箱)")
    pg.furniture(["禾丰农民报",
                  cn_date(2037, 6, 3),
                  "第2版·三农一线　责任编辑：闻麦秋"], "page header")
    a = Article(
        "a", "全省夏粮收获进度过半",
        byline="本报讯（特约记者　戚丰年　通讯员　苗佳禾）", authors=["戚丰年", "苗佳禾"],
        lead="本报讯（特约记者　戚丰年　通讯员　苗佳禾）",
        notes="Run-in 本报讯（特约记者 X　通讯员 Y） excluded from first; the 特约记者 and the 通讯员 are authors.",
        paras=[
            "据省农业农村厅农情调度，截至6月2日，全省已收获小麦1260万亩，占种植面积的52.6%，进度比去年同期快3个百分点。各地投入联合收割机4.8万台，日均机收面积超过150万亩。",
            "从已收获地块测产情况看，今年小麦穗数、粒数总体好于上年，单产有望实现小幅增长。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "一台烘干机里的“丰收账”",
        subtitle="——麦岭镇粮食烘干中心见闻",
        byline="本报记者　晏青禾", authors=["晏青禾"],
        notes="一线 report. The 引题 kicker 一线调查 is neither title nor subtitle; the ——副题 is the subtitle. Byline "
              "line 本报记者 X. The grower and the manager quoted are not authors.",
        paras=[
            "6月1日傍晚，麦岭镇粮食烘干中心门口排起了长队。种粮大户解满仓把最后一车麦子卸进料斗，长出了一口气：“前两天下了场雨，要不是有烘干机，这几十万斤麦子就悬了。”",
            "烘干中心负责人程立冬算了一笔账：中心共有烘干塔8座，日处理能力600吨，烘干一吨收费80元。“以前靠晒场晾晒，遇到连阴雨，一亩地要损失上百斤。现在收下来就能烘，品质还好，每斤能多卖几分钱。”",
            "据了解，全省今年新增粮食烘干能力2.1万吨，产粮大县基本实现烘干服务全覆盖。",
        ])
    pg.kicker(b, "一线调查")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["图片新闻"], "column label 图片新闻")
    p = Article(
        "p", "麦浪翻滚收割忙", kind="brief", section="图片新闻",
        byline="本报通讯员　焦若麦　摄", authors=["焦若麦"],
        notes="Photo news (brief) under the label 图片新闻 (section): headline, caption, credit line 本报通讯员 X　摄 "
              "after it (right-aligned, written without its leading U+3000s); the photographer is the author.",
        paras=["6月2日，青禾县柴桥镇的农机手驾驶收割机在麦田里作业。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, FW * 6 + p.byline, "byline")
    pg.furniture(["基层动态"], "column label 基层动态")
    items = [
        Article("c1", "柴桥镇：“订单农业”带农增收", section="基层动态", lead="柴桥镇：“订单农业”带农增收" + FW,
                byline="（单小梁）", authors=["单小梁"], tail="（单小梁）",
                notes="Item of the 基层动态 digest whose bold head is run in at the START of its text, followed by "
                      "U+3000 (bold lost in extraction): the head is the title, title_line the first body line, the "
                      "head excluded from first. Credit （X） run in at the end excluded from last.",
                paras=["柴桥镇与3家面粉企业签订优质小麦收购订单4.2万亩，收购价每斤高出市场价0.1元，带动1800余户农户增收。"]),
        Article("c2", "石滩村：土地托管“托”起好收成", section="基层动态", lead="石滩村：土地托管“托”起好收成" + FW,
                notes="Item of the 基层动态 digest with the head run in at the start (see c1); no credit: no authors.",
                paras=["石滩村合作社推行“全程托管”服务，为外出务工农户代耕代种代收，今年托管面积达到3600亩，亩均节本增效120元。"]),
        Article("c3", "南渠乡：高标准农田建设开工", section="基层动态", lead="南渠乡：高标准农田建设开工" + FW,
                byline="（许穗）", authors=["许穗"], tail="（许穗）",
                notes="Item of the 基层动态 digest with the head run in at the start (see c1); credit （X） run in at the "
                      "end excluded from last.",
                paras=["南渠乡2037年度高标准农田建设项目近日开工，计划新建改造农田2.5万亩，配套建设灌溉渠道42公里。"]),
    ]
    for it in items:
        pg.body(it, head_role=True)
    pg.furniture(["美编：佟一苇　校对：鞠小满",
                  "投稿邮箱：snyx@hfnmb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lo04() -> Page:
    """Building-materials paper page in a very narrow column with NO indent, extracted with a blank line after
    every line: headline on two lines and byline line with ASCII spaces wider than the column; label 砾石短评 over
    a comment with □ byline; item with run-in 本报讯 and the credit （本报通讯员 X） on a line of its own at the end."""
    pg = Page("lo04.txt", cols=16, indent="", blanks="every", seed=7104,
              style="building-materials trade paper 企业·一线 page in a very narrow column, NO indent, extracted with a blank line after EVERY line: header on two lines (paper + 第5版; date with weekday + 版名); plant report with headline on two lines and byline line 记者 X 通讯员 Y with ASCII spaces, wider than the column; label 砾石短评 over a short comment with byline line □ X under its headline; item with run-in 本报讯 (no reporter in it) and the credit （本报通讯员　X） on a line of its own after the body; footer with 责编, 美编 and 校对, wider than the column")
    pg.furniture(["中砾建材报　第5版",
                  cn_date(2035, 11, 20) + "　企业·一线"], "page header")
    a = Article(
        "a", "峪口水泥窑头“吃”下城市固废", head=["峪口水泥窑头", "“吃”下城市固废"],
        byline="记者 滕立秋 通讯员 桑可", authors=["滕立秋", "桑可"],
        notes="Plant report. Headline on two lines, joined. Byline line 记者 X 通讯员 Y with ASCII spaces (wider than "
              "the column): both are authors. The engineer quoted (黎正平) is not.",
        paras=[
            "走进峪口建材公司二号熟料生产线，中控室大屏上跳动着一组数字：今日协同处置生活垃圾312吨、市政污泥85吨。",
            "“垃圾经过预处理后送进窑内，1450摄氏度的高温能把有害物质彻底分解，灰渣也成了水泥的原料。”技术部工程师黎正平说。",
            "这条生产线去年改造完成，每年可处置城市固废13万吨，替代燃煤约2.4万吨，减少二氧化碳排放6万余吨。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["砾石短评"], "column label 砾石短评")
    b = Article(
        "b", "“吃干榨尽”才是真本事", kind="commentary", section="砾石短评",
        byline="□ 顾长庚", authors=["顾长庚"],
        notes="Short comment under the label 砾石短评 (section), kind commentary; byline line □ X under its headline.",
        paras=[
            "水泥窑协同处置固废，是行业转型的一条好路子。但也要看到，预处理能力不足、原料成分波动等问题还不同程度存在。",
            "企业既要算环保账，也要算技术账，把每一吨固废“吃干榨尽”，才能走得稳、走得远。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "南岗石材园区光伏屋顶投运",
        byline="（本报通讯员　葛知行）", authors=["葛知行"], lead="本报讯　",
        notes="Item with the bare run-in 本报讯 (no name in it), excluded from first; the credit （本报通讯员 X） on a "
              "line of its own after the body is the byline (not body); the 通讯员 is the author.",
        paras=["11月18日，南岗石材产业园区屋顶分布式光伏项目投运，装机容量1.6万千瓦，年发电量约1700万千瓦时，可满足园区两成用电需求。"])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.furniture(["责编：尤晓川　美编：钟一禾　校对：房青"], "footer")
    return pg


PAGES = [lo01, lo02, lo03, lo04]
