"""Pages b01-b04 of handmade17 (held-out set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, width, wrap


def tracked(items: list, picks: list[int], cols: float, sep: str = " ") -> list:
    """Letter-space some justified lines of a rendered body, as extraction leaves them: `picks` index the
    FULL lines only (a paragraph's short last line is never stretched in print)."""
    lines = [it for it in items if it[0] == "line"]
    full = [k for k, it in enumerate(lines) if width(it[1]) >= cols - 1]
    return justify(items, [full[p] for p in picks], sep)


# ---------------------------------------------------------------------------
def b01() -> Page:
    """Front page of a national economic daily: masthead, lead with 引题 and a two-line headline that jumps
    to page 2, 本报评论员 commentary, 今日导读 box, a wire item, a 本报讯 item, a photo with headline."""
    pg = Page("b01.txt", cols=22, indent=FW * 2, blanks="some", seed=1701, p_para=0.3, p_gap=0.75,
              style="全国性经济日报 头版: masthead (name, English name, CN number, date, 期号); lead with 引题, headline "
                    "on two lines, byline line 本报记者 X, text stopping mid-sentence before （下转第二版）; 本报评论员 "
                    "commentary with a letter-spaced headline; 今日导读 box between articles; wire item with run-in "
                    "新华社…电（记者 X　Y） under a two-line headline; run-in 本报讯（记者 X） item; photo with headline "
                    "and run-in credit (brief); footer with address and price; some justified lines")
    pg.furniture(["华川经济日报",
                  "HUACHUAN ECONOMIC DAILY",
                  "国内统一连续出版物号　CN 47-0016　邮发代号　1-88",
                  cn_date(2031, 3, 6) + "　今日16版　第12873期"], "masthead")
    pg.blank()
    a = Article(
        "a", "前两月全国新增经营主体同比增长11.2%", head=["前两月全国新增经营主体", "同比增长11.2%"],
        subtitle="开局起步看活力", byline="本报记者　冼秋池", authors=["冼秋池"],
        notes="Front-page lead: 引题 (kicker) 开局起步看活力 above a headline on two lines (joined); byline line "
              "本报记者 X. The text jumps to page 2 in mid-sentence: last is where the printed text stops; the "
              "（下转第二版） line is not body. The professor quoted (聂清和) is not an author.",
        paras=[
            "记者从市场监管部门获悉，今年前两个月，全国新设立经营主体487.6万户，同比增长11.2%。其中，新设企业151.3万户，增长9.8%；新设个体工商户334.2万户，增长11.9%。截至2月底，全国登记在册经营主体达到1.93亿户，总量稳步增长，结构持续优化。",
            "从产业分布看，第三产业新设经营主体占比超过八成，信息传输、软件和信息技术服务业，科学研究和技术服务业新设企业分别增长17.4%和15.6%，明显高于平均水平。“新设企业向新兴产业集聚的趋势更加明显，这与各地持续优化营商环境、加快培育新动能密切相关。”华川大学经济学院副教授聂清和分析说。",
            "从区域看，中西部地区新设经营主体增长较快。前两月，中部地区、西部地区新设经营主体分别增长13.5%和12.7%，增速均高于东部地区。不少地方推出“一照多址”“证照联办”等改革举措，企业开办时间普遍压缩至1个工作日以内，部分地区实现“即申即办”。",
            "受访专家认为，经营主体数量持续增长，反映出市场预期总体向好、创业创新热情较高。下一步，还需在降低制度性交易成本、完善中小企业融资支持等方面持续发力，推动新设主体“活下来”“长得大”。聂清和建议，各地要加强对新设企业的跟踪服务，在用地、用工、融资等方面及时帮助企业解决",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, tracked(pg.render_body(a), [3, 14], 22))
    pg.furniture(["（下转第二版）"], "jump line (continued on page 2)")
    pg.gap()
    b = Article(
        "b", "让经营主体轻装上阵", byline="本报评论员", kind="commentary",
        notes="本报评论员 commentary: headline letter-spaced with spaces; byline line 本报评论员 names no person, "
              "so no authors.",
        paras=[
            "经营主体是经济的力量载体。前两个月新设经营主体保持两位数增长，折射出经济的韧性与活力，也为全年经济稳定运行打下了基础。",
            "数量增长只是第一步，更重要的是让经营主体活得好、发展得好。当前，一些企业仍面临市场需求不足、应收账款回款慢、融资成本偏高等困难，部分地方在市场准入、招投标等领域还存在隐性壁垒。破解这些难题，需要在政策落实上下更大功夫，把减税降费、稳岗扩岗、普惠金融等政策送到企业手中，让企业应享尽享、直达快享。",
            "营商环境没有最好，只有更好。各地各部门要依法平等保护各类经营主体产权和合法权益，清理妨碍统一市场和公平竞争的规定和做法，以稳定透明可预期的制度环境稳定预期、提振信心，让各类经营主体放开手脚、轻装上阵。",
        ])
    pg.headline(b, sep=" ")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, tracked(pg.render_body(b), [1, 8], 22))
    pg.gap()
    pg.furniture(["今日导读",
                  "▶一季度外贸“开门红”成色足　3版",
                  "▶县域商业体系建设提速　4版",
                  "▶多地出台措施促进汽车消费　6版",
                  "▶绿色债券市场扩容正当时　8版"], "今日导读 box (titles of other pages' articles)")
    pg.gap()
    c = Article(
        "c", "两部门部署开展中小企业数字化赋能专项行动", head=["两部门部署开展中小企业", "数字化赋能专项行动"],
        byline="新华社北京3月5日电（记者　岑望　隋一帆）", authors=["岑望", "隋一帆"],
        lead="新华社北京3月5日电（记者　岑望　隋一帆）",
        notes="Wire item: headline on two lines (joined); run-in dateline 新华社…电（记者 X　Y） excluded from first; "
              "both reporters are authors.",
        paras=[
            "记者5日从有关部门获悉，工业和信息化部、财政部近日联合印发通知，部署开展中小企业数字化赋能专项行动，计划用三年时间，在全国遴选100个左右城市开展试点，推动10万家以上中小企业实施数字化改造。",
            "通知提出，试点城市要聚焦细分行业，梳理中小企业数字化转型共性需求，开发推广一批“小快轻准”的数字化产品和解决方案，降低企业转型成本。中央财政对试点城市给予定额奖补，重点支持数字化服务商为中小企业提供咨询诊断、系统改造和运维服务。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "澜川首条跨省氢能重卡干线开通", byline="本报讯（记者　房晓岚）", authors=["房晓岚"],
        lead="本报讯（记者　房晓岚）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "3月4日，一支满载钢材的氢能重卡车队从澜川省岑阳市出发，驶向邻省港口，标志着澜川首条跨省氢能重卡运输干线正式开通。该干线全长约420公里，沿线布局加氢站6座，单车单程运输成本比柴油车降低约8%。据介绍，到今年底，这条干线上运营的氢能重卡将超过300辆。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    p = Article(
        "p", "港口运输忙", kind="brief", byline="（本报记者　龚一帆　摄）", authors=["龚一帆"],
        tail="（本报记者　龚一帆　摄）",
        notes="Front-page photo with a short headline (brief): the credit run in at the end of the caption is "
              "excluded from last; the photographer is the author.",
        paras=["3月5日，梧江港集装箱码头一派繁忙景象。今年前两个月，梧江港集装箱吞吐量同比增长9.6%。"])
    pg.headline(p)
    pg.body(p)
    pg.blank()
    pg.furniture(["社址：华川市新安路9号　邮编：100871　总机：（010）6××××××8",
                  "广告经营许可证：华工商广字第0021号　零售价：1.50元"], "footer")
    return pg


# ---------------------------------------------------------------------------
def b02() -> Page:
    """Securities paper company page, no blank line anywhere: main story with crossheads, a data box, a
    column signed □ X with an author note, a run-in 本报讯 记者X item, two ■ items, a disclosure notice."""
    pg = Page("b02.txt", cols=28, indent="  ", blanks="never", seed=1702,
              style="证券报 公司·产业 page without any blank line, two ASCII spaces indent: story with a headline in two "
                    "parts separated by U+3000, byline line 本报记者 X, crossheads, justified lines; 数据 box (table "
                    "with 制表 line); label 公司观察 over a column with byline line □ X and （作者系…） line after it; "
                    "run-in 本报讯 记者X (no brackets); label 公司速递 over two ■ items; a listed company's meeting "
                    "notice (公告) at the foot; footer")
    pg.furniture(["B2　公司·产业　　华川证券报　" + cn_date(2031, 4, 22)], "page header")
    a = Article(
        "a", "锂电材料企业扎堆扩产行业盈利分化加剧", head=["锂电材料企业扎堆扩产　行业盈利分化加剧"],
        byline="本报记者　毛一苇", authors=["毛一苇"],
        notes="Headline in two parts on one line separated by U+3000 (joined, space removed). Crossheads 产能仍在扩张 "
              "and 高端产品供不应求 are inside the body. The analyst and the company secretary quoted are not "
              "authors; the 数据 box after the body (制表 by the same reporter) is not body.",
        paras=[
            "随着上市公司年报和一季报陆续披露，锂电材料板块的业绩分化愈发明显。记者梳理发现，在已披露一季报的32家锂电材料上市公司中，13家净利润同比增长，19家同比下滑，其中9家出现亏损。与此同时，行业扩产的脚步并未停下，多家企业仍在推进新的产能项目。",
            Cross("产能仍在扩张"),
            "4月以来，已有5家锂电材料企业发布扩产公告，涉及正极材料、负极材料、电解液和隔膜等环节，计划总投资超过120亿元。其中，恒渡科技拟在棠浦县投资38亿元建设年产10万吨磷酸锰铁锂正极材料项目，项目分两期建设，一期预计2032年底投产。",
            "“现在扩产和前两年不一样，大家更看重技术路线和客户绑定。”一位不愿具名的锂电材料企业高管告诉记者，新建产能大多瞄准高压实密度磷酸铁锂、磷酸锰铁锂、硅碳负极等新产品，“普通产品已经严重过剩，再扩就是自找麻烦”。",
            Cross("高端产品供不应求"),
            "与低端产能过剩形成对比的是，部分高端产品仍然供不应求。记者了解到，用于快充电池的高压实磷酸铁锂，目前市场价格比普通产品每吨高出3000元至5000元，头部企业的相关产线基本处于满产状态。岑阳新材董事会秘书林思远在业绩说明会上表示，公司高压实产品一季度出货量环比增长40%以上，订单已排到三季度。",
            "霁川证券电力设备与新能源行业首席分析师蒋砚认为，锂电材料行业正处于出清阶段，成本控制能力强、技术迭代快、与头部电池企业深度绑定的公司有望率先走出低谷，而缺乏核心竞争力的中小产能将加速退出。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, tracked(pg.render_body(a), [3, 10, 17], 28))
    pg.furniture(["数据",
                  "部分锂电材料公司一季度业绩",
                  "公司简称　营业收入（亿元）　净利润同比",
                  "恒渡科技　　　28.64　　　　+12.3%",
                  "岑阳新材　　　19.07　　　　+35.8%",
                  "汐源化学　　　11.52　　　　-46.1%",
                  "澜泰股份　　　 6.38　　　　　亏损",
                  "数据来源：公司公告　制表：毛一苇"], "数据 box: table of results (not an article)")
    pg.furniture(["公司观察"], "column label 公司观察")
    b = Article(
        "b", "并购重组要回归产业逻辑", section="公司观察", kind="commentary", byline="□　鲍知行",
        authors=["鲍知行"],
        notes="Signed column under the label 公司观察: byline line □ X; the （作者系…） line after the body is not body.",
        paras=[
            "今年以来，上市公司并购重组明显活跃。据不完全统计，一季度上市公司披露的重大资产重组方案超过60单，同比增长近五成，其中产业链上下游整合类交易占比明显提高。",
            "并购重组是企业做优做强的重要途径，但并不是“一买就灵”。过去几年，一些上市公司跨界收购热门资产，结果因缺乏协同、估值过高而计提大额商誉减值，最终拖累业绩、损害中小投资者利益。教训表明，并购的出发点应当是补链强链、提升核心竞争力，而不是追逐概念、“炒壳”套利。",
            "对上市公司而言，开展并购前要算清产业账、协同账和风险账，审慎评估标的的持续经营能力；对监管部门而言，既要支持符合产业逻辑的并购重组，也要对“忽悠式”“跟风式”重组保持高压态势，让并购重组真正成为提升上市公司质量的助推器。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, tracked(pg.render_body(b), [5], 28))
    pg.furniture(["（作者系霁川证券研究所首席策略分析师）"], "author note after the column (not body)")
    c = Article(
        "c", "汐航物流拟定增募资不超过18亿元", byline="本报讯 记者蔺晴", authors=["蔺晴"],
        lead="本报讯 记者蔺晴 ",
        notes="Run-in 本报讯 记者X without brackets, excluded from first.",
        paras=[
            "4月21日晚，汐航物流发布公告称，公司拟向不超过35名特定对象发行股票，募集资金总额不超过18亿元，扣除发行费用后将用于智慧物流园区建设、冷链运输车辆购置及补充流动资金。",
            "公告显示，智慧物流园区项目选址于梧江港综合保税区，总投资约12.6亿元，建成后将新增仓储面积28万平方米。公司表示，本次募投项目的实施将进一步完善公司在长江中游地区的网络布局，提升供应链综合服务能力。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["公司速递"], "column label 公司速递")
    d1 = Article(
        "d1", "恒渡科技中标1.6亿元储能项目", head=["■恒渡科技中标1.6亿元储能项目"], section="公司速递",
        notes="Unsigned item under 公司速递; the ■ before the headline is a marker, not part of the title.",
        paras=["恒渡科技4月21日公告，公司近日收到中标通知书，确认中标岑阳某200MW/400MWh独立储能电站储能系统采购项目，中标金额约1.6亿元，占公司上年经审计营业收入的2.1%。"])
    d2 = Article(
        "d2", "云帆股份一季度净利润增长27%", head=["■云帆股份一季度净利润增长27%"], section="公司速递",
        notes="Unsigned item under 公司速递; ■ marker not part of the title.",
        paras=["云帆股份披露一季报，公司一季度实现营业收入9.84亿元，同比增长18.6%；归属于上市公司股东的净利润1.27亿元，同比增长27.3%。公司称，车规级功率芯片出货量增长带动业绩提升。"])
    for d in (d1, d2):
        pg.headline(d)
        pg.body(d)
    notice = ["证券代码：688×××　证券简称：云帆股份　公告编号：2031-021",
              "云帆半导体股份有限公司",
              "关于召开2030年年度股东大会的通知"]
    notice += wrap("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。", 28, "  ")
    notice += ["重要内容提示：",
               "●股东大会召开日期：2031年5月16日",
               "●本次股东大会采用的网络投票系统：证券交易所股东大会网络投票系统",
               "一、召开会议的基本情况",
               "（一）股东大会类型和届次：2030年年度股东大会"]
    notice += wrap("（二）现场会议召开的日期、时间和地点：2031年5月16日14点30分，澜州市高新区云帆大厦三楼会议室", 28)
    notice += ["特此公告。",
               "云帆半导体股份有限公司董事会",
               "2031年4月22日"]
    pg.furniture(notice, "listed company's meeting notice (paid disclosure, not an article)")
    pg.furniture(["责任编辑：秦朗　版式：吕一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def b03() -> Page:
    """Evening paper city page of a 13-character column: photo caption and credit cutting a sentence of the
    lead in two, two-line headlines, a photo brief."""
    pg = Page("b03.txt", cols=13, indent="", blanks="para", seed=1703,
              style="晚报 城事 page of a 13-character column, no indent: headline on two lines, byline on two lines "
                    "(记者 X / 通讯员 Y), a photo caption with credit line 记者 X 摄 printed between two halves of a "
                    "sentence; label 图片新闻 over a photo (headline, caption, credit line: brief); run-in "
                    "本报讯（记者 X） wrapped; run-in 本报讯（记者 X　实习生 Y); footer")
    pg.furniture(["梧江晚报", cn_date(2031, 7, 9), "A06　城事"], "page header")
    pg.blank()
    a = Article(
        "a", "老旧小区加装电梯今年再开工300台", head=["老旧小区加装电梯", "今年再开工300台"],
        byline="记者　郁小棠　通讯员　萧禾", authors=["郁小棠", "萧禾"],
        notes="Headline on two lines (joined). Byline printed on two lines (记者 X / 通讯员 Y), both authors. The photo "
              "caption and its credit line are printed between two halves of a sentence of the text: not body.",
        paras=[
            "7月8日上午，汐口区枫林小区3号楼前，施工人员正在吊装电梯导轨。再过一个多月，这栋建于上世纪90年代的7层住宅楼就将用上电梯。",
            "“我家住6楼，腿脚不好，每次下楼买菜都要歇好几回。”72岁的居民曹桂兰说，听说要装电梯，她第一个在同意书上签了字。",
            "记者从市住建局了解到，我市自2026年启动既有住宅加装电梯工作以来，已累计建成投用电梯1146台，惠及居民2.1万户。今年计划新开工加装电梯300台，市、区两级财政对每台电梯最高补贴25万元。",
            "针对以往加装电梯中存在的“协调难”“审批慢”等问题，今年我市推行“一窗受理、并联审批”，审批时限由原来的45个工作日压缩至20个工作日，并鼓励电梯企业推出“以租代购”“分期付款”等模式，减轻居民出资压力。",
        ])
    pg.headline(a)
    pg.line(a, "记者　郁小棠", "byline")
    pg.line(a, "通讯员　萧禾", "byline")
    pg.gap()
    parts = Page.chunks(pg.render_body(a), [14])
    pg.emit(a, parts[0])
    pg.blank()
    pg.furniture(wrap("7月8日，施工人员在枫林小区安装电梯导轨。", 13) + ["记者　郁小棠　摄"],
                 "photo caption and credit inside the article (not body)")
    pg.blank()
    pg.emit(a, parts[1])
    pg.gap()
    b = Article(
        "b", "高温天气持续这份用电安全提示请收好", head=["高温天气持续", "这份用电安全提示请收好"],
        byline="本报讯（记者　柯雨）", authors=["柯雨"], lead="本报讯（记者　柯雨）",
        notes="Headline on two lines (joined, no punctuation added); run-in 本报讯（记者 X） wrapped over two lines, "
              "excluded from first.",
        paras=[
            "连日来，我市持续高温，全市最高用电负荷已三次刷新历史纪录。7月8日，市供电公司发布夏季用电安全提示，提醒市民科学用电、安全用电。",
            "供电部门提示，空调温度设置在26℃以上为宜，每调高1℃可节电约7%；避免多台大功率电器同时使用，防止线路过载；电动自行车不要在楼道、室内充电，充电时间不宜过长。",
            "如遇停电，市民可拨打供电服务热线查询，或通过“梧江电力”微信公众号报修。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["图片新闻"], "label 图片新闻")
    p = Article(
        "p", "荷花盛开引客来", kind="brief", section="图片新闻", byline="通讯员　阮青　摄", authors=["阮青"],
        notes="Photo news (brief): headline, caption, credit line after it; the photographer is the author.",
        paras=["7月8日，游客在梧江湿地公园赏荷拍照。眼下，公园内200余亩荷花进入盛花期，吸引众多市民前来游玩。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    c = Article(
        "c", "我市新增3条公交夜班线路", byline="本报讯（记者　冉一舟　实习生　贝宁）", authors=["冉一舟", "贝宁"],
        lead="本报讯（记者　冉一舟　实习生　贝宁）",
        notes="Run-in 本报讯（记者 X　实习生 Y） wrapped over lines, excluded from first; reporter and intern are authors.",
        paras=[
            "记者7月8日从市公交集团获悉，为方便市民夜间出行，自7月10日起，我市新开通N7、N8、N9三条夜班公交线路，运营时间为每日22时至次日1时，票价2元。",
            "三条线路途经火车站、汐口商圈、大学城等客流集中区域，发车间隔约20分钟。市民可通过“梧江公交”App查询车辆实时位置。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["编辑　项小竹", "校对　牛一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def b04() -> Page:
    """Energy trade paper: two side-by-side stories read by extraction in alternating pieces, a 本报讯 item,
    a 名词解释 box."""
    pg = Page("b04.txt", cols=36, indent=FW * 2, blanks="arts", seed=1704,
              style="能源行业报 新能源 page, blank lines only around articles: feature with letter-spaced headline, "
                    "——副题, byline line 本报记者 X and crossheads, printed beside a second story (headline with “…”, "
                    "byline line 本报记者 X　通讯员 Y) so that extraction alternates pieces: A, B (headline, byline, "
                    "text), A, B, A; run-in 本报讯　通讯员X报道：; 【名词解释】 box; footer with e-mail")
    pg.furniture(["澜川能源报　" + cn_date(2031, 9, 15) + "　5　新能源"], "page header")
    pg.blank()
    a = Article(
        "a", "海上风电加速迈向深远海", subtitle="——澜川沿海海上风电项目建设见闻", byline="本报记者　阙海宁",
        authors=["阙海宁"],
        notes="Letter-spaced headline, ——副题, byline line. Crossheads 单机容量刷新纪录 and 产业链就近配套 inside "
              "the body. The body is printed in three pieces with the pieces of the story beside it (columns read "
              "across). The manager quoted (邬远帆) is not an author.",
        paras=[
            "9月中旬，距离岑阳市海岸线约65公里的海面上，一台台白色风机拔海而起，叶片在海风中缓缓转动。记者乘坐运维船，经过近3个小时航行，抵达正在建设中的岑阳深远海海上风电示范项目现场。",
            Cross("单机容量刷新纪录"),
            "“这台风机单机容量达到20兆瓦，叶轮直径超过260米，相当于把一座80层高楼‘种’在海上。”项目建设方澜电新能源海上工程部经理邬远帆指着一台刚完成吊装的风机介绍，项目规划装机容量100万千瓦，共安装50台风机，全部投产后年上网电量约38亿千瓦时，可满足约160万户家庭一年的用电需求。",
            "与近海项目相比，深远海风资源更好、年利用小时数更高，但建设难度也成倍增加。项目所在海域水深超过50米，施工窗口期短，海况复杂。为此，建设团队采用了导管架基础“浮运—下沉”一体化安装工艺，单台基础安装时间由原来的7天缩短至3天。",
            Cross("产业链就近配套"),
            "海上风电的加速发展，也带动了沿海地区装备制造业集聚。在岑阳港临港产业园，叶片、塔筒、海缆、升压站等配套企业已有23家，去年实现产值186亿元。园区负责人介绍，一台大型海上风机的零部件超过2万个，风机主机厂周边200公里范围内的本地配套率已超过六成。",
            "根据规划，到2035年，澜川海上风电累计装机将达到1800万千瓦，其中深远海项目占比超过一半。业内人士表示，深远海风电仍面临送出成本高、运维难度大等挑战，需要在漂浮式基础、柔性直流输电等关键技术上加快突破。",
        ])
    b = Article(
        "b", "分布式光伏并网遇“堵点”", byline="本报记者　戈晓棠　通讯员　甄一川", authors=["戈晓棠", "甄一川"],
        notes="Story printed beside the feature: its headline and byline line come after the feature's first piece, "
              "its text in two pieces between the feature's pieces. Reporter and 通讯员 are authors; the "
              "entrepreneur quoted (邹立) is not.",
        paras=[
            "“屋顶光伏装好快两个月了，一直等不到并网。”9月初，霁川市一家纺织企业负责人邹立向记者抱怨。去年以来，工商业分布式光伏在澜川快速发展，但部分地区配电网承载能力不足，并网排队的问题逐渐显现。",
            "记者了解到，今年上半年，全省新增分布式光伏装机312万千瓦，同比增长58%。在光伏项目集中的部分县区，配电网可开放容量已接近饱和，电网企业只能对新项目“限量”接入。省能源局发布的数据显示，全省已有17个县（市、区）被列为分布式光伏接网“红区”或“黄区”。",
            "“分布式光伏发展太快，配电网改造有个过程。”省电力公司一位负责人表示，今年公司计划投资46亿元用于配电网升级改造，同时推动分布式光伏配建储能、参与负荷调节，提升电网消纳能力。",
            "专家建议，在加快配电网建设的同时，应引导分布式光伏“自发自用为主”，完善分时电价机制，鼓励用户侧储能发展，让光伏发电与负荷更好匹配。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    a_parts = Page.chunks(tracked(pg.render_body(a), [3, 11], 36), [8, 7])
    b_parts = Page.chunks(pg.render_body(b), [6])
    pg.emit(a, a_parts[0])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b_parts[0])
    pg.emit(a, a_parts[1])
    pg.emit(b, b_parts[1])
    pg.emit(a, a_parts[2])
    pg.blank()
    c = Article(
        "c", "全省首个虚拟电厂调度平台投运", byline="本报讯　通讯员蔡岷报道：", authors=["蔡岷"],
        lead="本报讯　通讯员蔡岷报道：",
        notes="Run-in 本报讯　通讯员X报道： excluded from first.",
        paras=[
            "9月12日，澜州市虚拟电厂调度平台正式投入运行。平台已接入充电桩、储能电站、商业楼宇空调等可调节资源410个，最大可调节负荷达到32万千瓦，相当于一座中型燃煤电厂的调峰能力。",
            "今年迎峰度夏期间，该平台在试运行中累计参与电网削峰填谷调节17次，参与用户获得补贴收益约580万元。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(wrap("【名词解释】虚拟电厂：通过数字化技术，把分散的可调节负荷、储能、分布式电源等资源聚合起来，像一座电厂一样参与电力系统运行和电力市场交易的新型运营模式。", 36),
                 "【名词解释】 box (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：谌一　　邮箱：xinnengyuan@lcnyb.cn"], "footer")
    return pg


PAGES = [b01, b02, b03, b04]
