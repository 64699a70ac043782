"""Pages ko05-ko08 of handmade45 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

import datetime

from layout import FW, Article, Page, cn_date, justify, wrap


def wk(y: int, m: int, d: int) -> str:
    """星期X of a date (computed, never typed)."""
    return "星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()]


# ---------------------------------------------------------------------------
def ko05() -> Page:
    """County paper 乡村振兴 page strip of a 12-character column, ONE U+3000 indent: letter-spaced headlines
    across the column; byline line 通讯员 X　记者 Y wider than the column; run-in 本报讯（记者 X　通讯员 Y）;
    photo news (brief) credited 图片由…提供 (an office, no person); label 简讯 over four ■ items WITHOUT
    headlines, two signed at the end."""
    pg = Page("ko05.txt", cols=12, indent=FW, blanks="para", seed=4505,
              style="county paper 乡村振兴 page strip of a 12-character column, blank lines between paragraphs and blocks: header on three lines (版名; page number; paper + date with weekday, wider than the column); headlines letter-spaced with U+3000 across the column, each on two lines; feature with byline line 通讯员 X　记者 Y wider than the column; run-in 本报讯（记者 X　通讯员 Y） wrapped over three lines; photo news (brief): letter-spaced headline, caption, credit 图片由…提供 (an office) wrapped over two lines; label 简讯 over four ■ items WITHOUT headlines, two signed at the end (（通讯员 X）, （融媒记者 X）), two unsigned; footer wider than the column")
    pg.furniture(["乡村振兴", "2", "芷川报　" + cn_date(2035, 4, 9)], "page header")
    pg.blank()
    a = Article(
        "a", "小香菇撑起致富大产业",
        byline="通讯员　严冬　记者　柯慕白", authors=["严冬", "柯慕白"],
        notes="Headline letter-spaced with U+3000 across the 12-character column, on two lines, joined unspaced. "
              "Byline line 通讯员 X　记者 Y (the 通讯员 first, wider than the column): both are authors. People "
              "quoted (邹明德, 黎春花) are not authors.",
        paras=[
            "走进芷川县白沙镇香菇产业园，一排排大棚整齐排列，棚内层层菌架上，一朵朵香菇长势喜人。工人们正忙着采摘、分拣、装箱，一派繁忙景象。",
            "“我们园区去年产鲜菇2800吨，产值超过3000万元，带动周边400多户农户就业。”产业园负责人邹明德介绍，园区采取“公司＋合作社＋农户”模式，统一供应菌棒、统一技术指导、统一收购销售，农户只管种植管理，每棚年收入可达2万元以上。",
            "白沙镇大坪村村民黎春花在园区承包了6个大棚，去年纯收入超过12万元。“以前在外打工，一年到头存不下几个钱，现在在家门口种香菇，既能挣钱又能照顾老人孩子。”",
            "目前，全县香菇种植规模达到3200万棒，形成了菌种繁育、种植、加工、销售的完整产业链。县里计划今年新建冷链仓储和烘干加工中心，进一步延长产业链条，提高产品附加值。",
        ])
    pg.headline(a, spread_cols=12)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "青溪乡稻虾共养亩产值破万元",
        byline="本报讯（记者　符晴川　通讯员　邵禾）", authors=["符晴川", "邵禾"],
        lead="本报讯（记者　符晴川　通讯员　邵禾）",
        notes="Letter-spaced headline on two lines, joined. Run-in 本报讯（记者 X　通讯员 Y）, wrapped over three "
              "lines, excluded from first; both are authors.",
        paras=[
            "连日来，青溪乡的稻虾共养基地迎来小龙虾上市高峰，每天出虾3000多斤，主要销往周边县市的餐饮市场。",
            "青溪乡去年流转低洼稻田1800亩发展稻虾共养，一田两用、一水两收，每亩综合产值达到1.1万元，比单种水稻增收近8000元。乡里今年计划再扩大种养面积1000亩。",
        ])
    pg.headline(b, spread_cols=12)
    pg.gap()
    pg.body(b)
    pg.gap()
    p = Article(
        "p", "油菜花海迎客来", kind="brief",
        byline="图片由芷川县文化和旅游局提供",
        notes="Photo news (brief): letter-spaced headline, caption, then the credit 图片由…提供 wrapped over two "
              "lines (the byline). **new:** the credit names an office, not a person: no authors.",
        paras=[
            "近日，桃源镇万亩油菜花竞相绽放，吸引大批游客前来观光。今年以来，该镇依托油菜花海举办乡村旅游节，带动农家乐、民宿增收。",
        ])
    pg.headline(p, spread_cols=12)
    pg.body(p)
    for ln in wrap(p.byline, 12):
        pg.line(p, ln, "byline")
    pg.gap()
    pg.furniture(["简讯"], "column label 简讯")
    pg.gap()
    items = [
        Article("c1", None, byline="（通讯员　卢小禾）", authors=["卢小禾"], tail="（通讯员　卢小禾）",
                paras=["4月7日，芷川县农技推广中心组织专家深入6个乡镇开展春耕生产技术指导，发放技术资料2000余份。"]),
        Article("c2", None,
                paras=["近日，县农业农村局启动2035年耕地地力保护补贴发放工作，预计惠及农户3.6万户。"]),
        Article("c3", None, byline="（融媒记者　柯慕白）", authors=["柯慕白"], tail="（融媒记者　柯慕白）",
                paras=["日前，白沙镇新建的农产品冷链仓储中心正式投入使用，库容达2000吨。"]),
        Article("c4", None,
                paras=["截至4月上旬，全县已完成早稻育秧面积4.3万亩，占计划的92%。"]),
    ]
    for i, art in enumerate(items):
        art.section = "简讯"
        art.lead = "■"
        art.notes = ("Item under the label 简讯 (section) printed WITHOUT a headline (title null), opened by the "
                     "mark ■ (not text: excluded from first). "
                     + ("Signed " + art.byline + " run in at the end (excluded from last)."
                        if art.byline else "Unsigned: no byline, no authors."))
        if i:
            pg.gap()
        pg.body(art)
    pg.blank()
    pg.furniture(["责任编辑：苗一禾　　校对：窦小鸥"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ko06() -> Page:
    """County paper 民生·便民服务 page: 停电通知 notice at the top; article with byline line 本报通讯员 X　本报记者 Y
    and a photo caption credited 摄影　X after it; item signed （记者 X） at the end; run-in 本报讯（通讯员 X）
    under a headline with a colon; lottery box; reader hotline ad; some letter-spaced (justified) lines."""
    pg = Page("ko06.txt", cols=34, indent=FW * 2, blanks="some", seed=4506, p_para=0.3, p_gap=0.75,
              style="county paper 民生·便民服务 page: header on two lines; 停电通知 notice at the top (label, text, two 停电时间 / 停电范围 pairs, hotline, right-aligned power company and date); article with byline line 本报通讯员 X　本报记者 Y, two body lines letter-spaced (justified), then a photo caption with credit 摄影　X; article signed （记者 X） run in at the end; run-in 本报讯（通讯员 X） under a headline with a colon (县医保局：…); lottery box (公益彩票开奖公告, two games); reader hotline ad; footer with editor, proof-reader and 组版")
    pg.furniture(["3　民生·便民服务", "芷川报　" + cn_date(2035, 4, 9)], "page header")
    pg.blank()
    pg.furniture(["停电通知"]
                 + wrap("为确保电网安全运行，我公司将对10千伏城南线、桃源线进行检修，届时以下区域将暂停供电，请相关用户提前做好准备：",
                        34, FW * 2)
                 + [f"停电时间：4月12日（{wk(2035, 4, 12)}）7:00—18:00",
                    "停电范围：城关镇南门社区、文昌路东段、芷川工业园A区",
                    f"停电时间：4月13日（{wk(2035, 4, 13)}）8:00—16:00",
                    "停电范围：桃源镇桃源村、柳塘村部分区域"]
                 + wrap("如遇雨雪天气，检修工作将顺延。供电服务热线：95××××", 34, FW * 2)
                 + [FW * 27 + "芷川县供电公司",
                    FW * 27 + "2035年4月9日"], "停电通知 notice (power cut; not an article)")
    pg.blank()
    a = Article(
        "a", "县政务服务中心推出“周末不打烊”服务",
        byline="本报通讯员　聂思远　本报记者　符晴川", authors=["聂思远", "符晴川"],
        notes="Byline line 本报通讯员 X　本报记者 Y: both are authors. Two body lines are letter-spaced (justified). "
              "The photo caption with credit 摄影　X after the body is not body, and the photographer of a caption "
              "is not an author. The resident quoted (龙小勇) is not an author.",
        paras=[
            "从4月起，芷川县政务服务中心推出“周末不打烊”服务，每周六上午9时至下午5时，社保、医保、不动产登记、公安户政、市场主体登记等高频事项窗口正常开放，方便上班族和外出务工返乡人员办事。",
            "“平时上班请不了假，周末能来办，真是太方便了。”4月7日，在县政务服务中心不动产登记窗口，刚办完过户手续的市民龙小勇说。据统计，“周末不打烊”服务推出首周，共办理各类业务386件。",
            "县政务服务中心负责人介绍，中心还同步推出了预约办、帮代办、延时办等服务。群众可通过电话或“芷川政务”微信公众号提前预约，工作人员将按约定时间提供服务。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [1, 6]))
    pg.furniture(["图为群众在县政务服务中心办理业务。　摄影　邰小野"], "photo caption with credit (not body)")
    pg.gap()
    b = Article(
        "b", "城关镇老旧供水管网改造完工",
        byline="（记者　柯慕白）", authors=["柯慕白"], tail="（记者　柯慕白）",
        notes="Signed （记者 X） run in at the end of the text (excluded from last).",
        paras=[
            "近日，城关镇老旧供水管网改造工程全面完工并通水。工程共更换老化供水管道23.6公里，改造入户管道4100户，解决了城区部分片区水压不足、管道漏损等问题。",
            "据县水务局介绍，改造后城区供水管网漏损率由18%下降到9%以下，每年可节约自来水约60万吨。下一步，县里将启动城乡供水一体化二期工程，推动城区优质水源向周边乡镇延伸。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "县医保局：门诊慢特病认定可“网上办”",
        byline="本报讯（通讯员　伍清）", authors=["伍清"], lead="本报讯（通讯员　伍清）",
        notes="Headline with a colon after the office (县医保局：), kept in the title. Run-in 本报讯（通讯员 X） excluded "
              "from first.",
        paras=[
            "日前，县医疗保障局推出门诊慢特病待遇认定“网上办”服务，参保群众通过“芷川医保”小程序上传病历资料，即可在线申请高血压、糖尿病、慢阻肺等32种门诊慢特病待遇认定，审核通过后待遇即时生效。",
            "此前，参保群众需携带纸质材料到定点医院或医保窗口办理，往返奔波。服务推出以来，已有620余名群众通过线上完成认定，平均办理时间由15个工作日缩短为5个工作日。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["公益彩票开奖公告",
                  "“天天乐”第2035096期",
                  "开奖号码：07　12　19　23　28",
                  "“好运3”第2035096期",
                  "开奖号码：4　0　7",
                  "（以彩票中心公布为准）"], "lottery box (not an article)")
    pg.blank()
    pg.furniture(["芷川报读者热线：8261××××",
                  "欢迎提供新闻线索　线索一经采用即付酬金"], "reader hotline ad (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：苗一禾　　校对：窦小鸥　　组版：伏青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ko07() -> Page:
    """Evening paper (晚报) A3 区县新闻, blank lines only between articles: lead with 引题 and byline line
    晚报记者 X　通讯员 Y, a letter-spaced line, photo caption and its credit line 摄影　X after the body; run-in
    晚报讯（通讯员 X　记者 Y）; label 晚报快评 over a comment signed □　X; label 区县动态 over three items (signed （通讯员 X）, unsigned, signed （X））."""
    pg = Page("ko07.txt", cols=24, indent=FW * 2, blanks="arts", seed=4507,
              style="evening paper (晚报) A3 区县新闻 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday + A3; 版名); lead with 引题 kicker (no 副题) and byline line 晚报记者 X　通讯员 Y, one body line letter-spaced (justified), then a photo caption and its credit line 摄影　X on a line of its own; run-in 晚报讯（通讯员 X　记者 Y） item; label 晚报快评 over a short comment with byline line □　X; label 区县动态 over three items with headlines, signed at the end （通讯员 X）, unsigned, and signed with a bare name （X）; footer with editor, designer, proof-reader")
    pg.furniture(["沅曦晚报", cn_date(2035, 5, 22) + "　A3", "区县新闻"], "page header")
    pg.blank()
    a = Article(
        "a", "槐荫区“一窗通办”覆盖286个事项",
        subtitle="破解“办事跑多趟”难题",
        byline="晚报记者　卓晚晴　通讯员　邓一帆", authors=["卓晚晴", "邓一帆"],
        notes="The 引题 above a headline that has no 副题 is the subtitle. **new:** byline line 晚报记者 X　通讯员 Y "
              "(an evening paper's 晚报记者): both are authors. One body line is letter-spaced. The photo caption "
              "and its credit line 摄影　X after the body are not body; the photographer (房小川) of a caption is "
              "not an author. The resident quoted (程立国) is not.",
        paras=[
            "5月20日上午，在槐荫区政务服务中心，市民程立国只在一个窗口递交了一次材料，就办好了餐饮店的营业执照、食品经营许可证和招牌设置审批。“以前要跑三个窗口，前后花一个多星期，这次两天就全部拿到了。”",
            "今年以来，槐荫区将原来按部门设置的43个窗口整合为综合受理、综合出件等12个窗口，推行“前台综合受理、后台分类审批、统一窗口出件”模式，目前已有286个事项实现“一窗通办”，占依申请政务服务事项的九成以上。",
            "“一窗通办”改的不只是窗口。区政务服务管理局负责人介绍，区里同步梳理了各事项的申报材料，取消重复提交的材料170余项，企业开办时间压缩至1个工作日以内。",
            "下一步，槐荫区还将推动更多事项向街道便民服务中心延伸，让群众在家门口就能办成事。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [9]))
    pg.furniture(wrap("市民在槐荫区政务服务中心综合窗口办理业务。", 24) + ["摄影　房小川"],
                 "photo caption and its credit line (not body)")
    pg.blank()
    b = Article(
        "b", "苇塘县油茶林面积突破10万亩",
        byline="晚报讯（通讯员　叶青禾　记者　庞一舟）", authors=["叶青禾", "庞一舟"],
        lead="晚报讯（通讯员　叶青禾　记者　庞一舟）",
        notes="**new:** run-in 晚报讯（通讯员 X　记者 Y） (an evening paper's 晚报讯) excluded from first; both are "
              "authors.",
        paras=[
            "记者日前从苇塘县林业局获悉，今年春季，该县新造和改造油茶林1.3万亩，全县油茶林面积达到10.2万亩，预计今年茶油产量可达2800吨。",
            "近年来，苇塘县推广油茶良种良法，建成油茶良种采穗圃和苗木基地，并引进3家茶油加工企业，形成“企业＋合作社＋基地＋农户”的发展模式。目前，全县有1.6万户农户参与油茶种植，户均年增收4000余元。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    k = Article(
        "k", "“一窗通办”贵在“通”", section="晚报快评", kind="commentary",
        byline="□　邬一言", authors=["邬一言"],
        notes="Short comment under the label 晚报快评 (section). **new:** byline line □　X (the □ is a mark): the "
              "writer is the author. Commentary.",
        paras=[
            "槐荫区把43个窗口整合为12个，看似只是窗口数量的变化，背后却是政务服务理念的转变：从“部门方便”转向“群众方便”。",
            "“一窗通办”贵在“通”。窗口合并容易，部门之间的数据打通、流程再造却需要真功夫。一些地方也搞过综合窗口，但后台仍是各管一段，群众在一个窗口递了材料，还要在几个部门之间等结果，“一窗”成了“一站式排队”。",
            "检验改革成效，最终要看群众办事是不是更快了、跑腿是不是更少了。希望更多区县在“通”字上下足功夫，让“一窗通办”真正成为“一次办好”。",
        ])
    pg.furniture(["晚报快评"], "column label 晚报快评")
    pg.headline(k)
    pg.line(k, k.byline, "byline")
    pg.body(k)
    pg.blank()
    pg.furniture(["区县动态"], "column label 区县动态")
    pg.blank()
    items = [
        Article("c1", "双溪区为老旧电梯“体检”",
                byline="（通讯员　俞景）", authors=["俞景"], tail="（通讯员　俞景）",
                notes="Item under the label 区县动态 (section), signed （通讯员 X） run in at the end (excluded from last).",
                paras=["5月以来，双溪区市场监管局对辖区使用15年以上的312台老旧电梯开展安全评估，对存在隐患的46台电梯下达整改通知，督促使用单位限期维修或更新。"]),
        Article("c2", "鹤鸣县新建乡村公路42公里",
                notes="Item under the label 区县动态 (section), unsigned: no byline, no authors.",
                paras=["今年以来，鹤鸣县投入资金1.2亿元，新建和改造乡村公路42公里，实施危桥改造6座，全县所有建制村实现通双车道公路。"]),
        Article("c3", "城东新区招募“小巷管家”",
                byline="（庞一舟）", authors=["庞一舟"], tail="（庞一舟）",
                notes="Item under the label 区县动态 (section), signed with a bare name in brackets （X） run in at the "
                      "end (excluded from last); the name is the author.",
                paras=["城东新区近日启动“小巷管家”招募活动，首批招募的260名居民志愿者将参与背街小巷环境卫生、停车秩序等方面的日常巡查，发现问题及时上报处理。"]),
    ]
    for i, art in enumerate(items):
        art.section = "区县动态"
        if i:
            pg.blank()
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["编辑：季白露　　美编：汤小圆　　校对：伍思齐"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ko08() -> Page:
    """Evening paper A4 社区 page of a 14-character column, NO indent: headlines on two lines; byline line
    文/晚报记者 X　图/通讯员 Y and a ▲ caption; 便民提示 box; run-in 晚报讯（记者 X）; signature （通讯员 X）
    right-aligned on a line of its own; photo news (brief) with credit 晚报记者 X　摄."""
    pg = Page("ko08.txt", cols=14, indent="", blanks="some", seed=4508, p_para=0.35, p_gap=0.8,
              style="evening paper A4 社区 page of a 14-character column, NO indent, blank lines sometimes: header on two lines (page + 版名; paper + date with weekday, wider than the column); headlines on two lines; article with byline line 文/晚报记者 X　图/通讯员 Y (wider than the column) and a ▲ photo caption after the body; 便民提示 box (label, wrapped text); run-in 晚报讯（记者 X） item; article whose signature （通讯员 X） is right-aligned on a line of its own after the text; photo news (brief): headline, caption, credit line 晚报记者 X　摄; footer")
    pg.furniture(["A4　社区", "沅曦晚报　" + cn_date(2035, 5, 22)], "page header")
    pg.blank()
    a = Article(
        "a", "楼道“微更新”邻里添温情", head=["楼道“微更新”", "邻里添温情"],
        byline="文/晚报记者　乔一苇　图/通讯员　戴小桥", authors=["乔一苇"],
        notes="Headline on two lines, joined. Byline line 文/X　图/Y: the writer is the author, the photographer "
              "(图/) is not (as handmade22 g11). The ▲ photo caption after the body is not body. The resident "
              "quoted (方秀英) is not an author.",
        paras=[
            "走进槐荫区桂香里小区3号楼，原本斑驳的墙面刷得雪白，楼梯扶手换了新的，拐角处还摆上了绿植和“邻里书架”。",
            "“楼道是大家共用的，以前堆满了杂物，走路都得侧着身。”楼栋长方秀英说，今年初社区发起楼道“微更新”，由居民共同商量改什么、怎么改，费用由社区微实事资金和居民自筹共同解决。",
            "两个多月来，小区已有14个楼道完成改造，清理堆放杂物60余车。不少居民把家里的闲置图书、花草拿到楼道里，“邻里书架”成了大家见面聊天的好地方。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(wrap("▲桂香里小区改造后的楼道。", 14), "photo caption (not body)")
    pg.blank()
    pg.furniture(["便民提示"]
                 + wrap(f"5月25日（{wk(2035, 5, 25)}）上午，槐荫区社区卫生服务中心将在桂香里小区广场开展免费测血压、"
                        "血糖活动，请有需要的居民携带医保卡参加。", 14),
                 "便民提示 box (notice; not an article)")
    pg.blank()
    b = Article(
        "b", "社区食堂推出“老年餐”", head=["社区食堂推出", "“老年餐”"],
        byline="晚报讯（记者　乔一苇）", authors=["乔一苇"], lead="晚报讯（记者　乔一苇）",
        notes="Headline on two lines, joined. Run-in 晚报讯（记者 X） excluded from first.",
        paras=[
            "5月21日，双溪区梧桐社区食堂推出“老年餐”，60岁以上老人凭社区发放的就餐卡用餐，每餐可享受3至5元的补贴，80岁以上老人还可申请送餐上门。",
            "社区工作人员介绍，“老年餐”菜品以软烂、少油、少盐为主，每天提供两荤两素，菜单提前一周在社区公示栏和居民微信群里公布。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "“银发志愿队”守护小区平安", head=["“银发志愿队”", "守护小区平安"],
        byline="（通讯员　卜云舒）", authors=["卜云舒"],
        notes="Headline on two lines, joined. **new:** the signature （通讯员 X） printed right-aligned on a line of "
              "its own after the text is the byline (not body); the 通讯员 is the author. The volunteer quoted "
              "(贺兰芝) is not.",
        paras=[
            "每天早上7点，城东新区翠湖社区的“银发志愿队”准时出现在小区各个角落，巡查消防通道、劝导文明养犬、帮助独居老人代买生活用品。",
            "这支志愿队成立于去年9月，现有队员36名，平均年龄65岁，大多是退休的教师、工人和老党员。“身体还硬朗，能为邻居做点事，心里踏实。”队长贺兰芝说。一年多来，志愿队共排查安全隐患80余处，调解邻里纠纷30多起。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, FW * 5 + c.byline, "byline")
    pg.gap()
    p = Article(
        "p", "家门口的“科普课”", kind="brief",
        byline="晚报记者　乔一苇　摄", authors=["乔一苇"],
        notes="Photo news (brief): headline, caption, credit line 晚报记者 X　摄 after it (the byline); the "
              "photographer is the author.",
        paras=[
            "5月20日，梧桐社区邀请市科技馆志愿者为辖区儿童开展科普实验活动，孩子们在动手操作中感受科学的乐趣。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["编辑：季白露　　校对：伍思齐"], "footer")
    return pg


PAGES = [ko05, ko06, ko07, ko08]
