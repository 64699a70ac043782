"""Pages ko09-ko12 of handmade45 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def ko09() -> Page:
    """Evening paper A6 民生, two ASCII spaces indent: weather box; THREE of four articles printed body first
    and headline after (one with run-in 晚报讯（记者 X）, one with ——副题 and byline line 晚报记者 X　实习生 Y
    after the headline, one signed （通讯员 X） at the end); one in the usual order; lottery box; hotline ad."""
    pg = Page("ko09.txt", cols=28, indent="  ", blanks="para", seed=4509,
              style="evening paper A6 民生 page, blank lines between paragraphs and blocks: header on three lines (版名; page; paper + date with weekday); weather box (沅曦天气, three days); HEADLINES AFTER BODIES: the first article's body (run-in 晚报讯（记者 X）) comes right after the weather box and its headline after it; the second's body, then its headline, ——副题 and byline line 晚报记者 X　实习生 Y; a third in the usual order (headline, run-in 晚报讯（通讯员 X　记者 Y）); the fourth's body (signed （通讯员 X） at the end) right after the third's, then its headline; lottery box (开奖公告, two games); reader hotline ad (晚报热线); footer")
    pg.furniture(["民生", "A6", "沅曦晚报　" + cn_date(2035, 5, 22)], "page header")
    pg.blank()
    pg.furniture(["沅曦天气",
                  "今天　阴转中雨　20℃～26℃",
                  "明天　中雨转阵雨　19℃～24℃",
                  "后天　多云　21℃～29℃"], "weather box")
    pg.blank()
    a = Article(
        "a", "老旧小区居民夜间可借停机关单位车位",
        byline="晚报讯（记者　司马晴）", authors=["司马晴"], lead="晚报讯（记者　司马晴）",
        notes="Headline printed AFTER the body (the body follows the weather box). Run-in 晚报讯（记者 X） excluded "
              "from first; 司马晴 (a two-character surname) is the author.",
        paras=[
            "从5月20日起，槐荫区28家机关和企事业单位的内部停车场在夜间向周边居民开放，共提供共享停车位1160个。居民通过“沅曦停车”小程序预约，每晚19时至次日7时停放，每月收费不超过100元。",
            "槐荫区老旧小区多，停车位缺口大，“停车难”是居民反映最集中的问题之一。区城管局负责人介绍，共享停车实施首周，已有430余名居民办理了预约，周边道路夜间违停现象明显减少。",
        ])
    pg.body(a)
    pg.gap()
    pg.headline(a)
    pg.gap()
    b = Article(
        "b", "菜篮子价格总体平稳", subtitle="——5月中旬城区农贸市场走访见闻",
        byline="晚报记者　季川　实习生　沈小棉", authors=["季川", "沈小棉"],
        notes="Headline, ——副题 and byline line all printed AFTER the body (which follows the previous article's "
              "headline). Byline line 晚报记者 X　实习生 Y: both are authors. The shopper quoted is not.",
        paras=[
            "“黄瓜两块五一斤，西红柿三块，比上个月便宜了不少。”5月21日上午，在双溪区梧桐农贸市场，市民邵阿姨挑了满满一袋蔬菜。随着本地蔬菜大量上市，近期城区蔬菜价格持续回落。",
            "据市发展改革委价格监测，5月中旬，城区农贸市场25种主要蔬菜平均零售价格为每斤3.42元，比上月同期下降11.6%；猪肉价格每斤13.8元，基本持平；鸡蛋每斤4.6元，小幅上涨2.2%。",
            "市场商户告诉记者，今年本地蔬菜基地扩大了种植面积，加上天气条件较好，蔬菜供应充足。市发展改革委表示，将继续加强重要民生商品价格监测，做好市场保供稳价工作。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "市区开通6条“夜班公交”",
        byline="晚报讯（通讯员　林岫　记者　司马晴）", authors=["林岫", "司马晴"],
        lead="晚报讯（通讯员　林岫　记者　司马晴）",
        notes="Printed in the usual order (headline, then the body with the run-in 晚报讯（通讯员 X　记者 Y）, excluded "
              "from first); both are authors.",
        paras=[
            "为方便市民夜间出行，市公交集团5月20日起开通6条夜班公交线路，运营时间为22时至次日1时，覆盖火车站、市中心医院、城东新区等客流集中区域。",
            "夜班公交实行单一票价2元，发车间隔20分钟。市公交集团表示，将根据客流情况适时调整线路和班次。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "市中心医院开设“一站式”出入院服务中心",
        byline="（通讯员　林岫）", authors=["林岫"], tail="（通讯员　林岫）",
        notes="Body printed right after the previous article's body (only a blank line between), headline AFTER "
              "it. Signed （通讯员 X） run in at the end (excluded from last).",
        paras=[
            "5月以来，市中心医院将原来分散在不同楼层的入院登记、出院结算、医保审核、病历复印等业务整合到一站式服务中心，患者办理出入院手续的平均用时由40分钟缩短至15分钟。",
            "服务中心还设置了老年人和残疾人专窗，配备导医人员全程帮办。",
        ])
    pg.body(d)
    pg.gap()
    pg.headline(d)
    pg.blank()
    pg.furniture(["开奖公告",
                  "“天天乐”第2035139期：03　11　16　24　30",
                  "“好运3”第2035139期：8　2　5",
                  "（以彩票中心公布为准）"], "lottery box (not an article)")
    pg.blank()
    pg.furniture(["沅曦晚报新闻热线　8866××××",
                  "24小时接听　有事您说话"], "reader hotline ad (not an article)")
    pg.blank()
    pg.furniture(["编辑：柏舟　　美编：汤小圆　　校对：伍思齐"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ko10() -> Page:
    """County paper front page of an 18-character column, ONE U+3000 indent, NO blank line anywhere: lead with
    a two-line headline, ——副题 and byline line 本报记者 X　本报通讯员 Y, cut off mid-sentence by the run-in jump
    mark （下转第2版）; run-in 本报讯（融媒记者 X）; photo news (brief) credited 摄影　X; run-in
    本报讯（通讯员 X　记者 Y）; reader hotline ad."""
    pg = Page("ko10.txt", cols=18, indent=FW, blanks="never", seed=4510,
              style="county paper FRONT page of an 18-character column, NO blank line anywhere: masthead on five lines (paper, English name, 主管主办 line, date with weekday, issue number + 本期4版); lead with a headline on two lines, ——副题 and byline line 本报记者 X　本报通讯员 Y, its text cut off MID-SENTENCE by the jump mark （下转第2版） run in at the end of the last line; run-in 本报讯（融媒记者 X） item; photo news (brief): headline, caption, credit line 摄影　X; run-in 本报讯（通讯员 X　记者 Y） item; reader hotline ad (news hotline, e-mail); footer")
    pg.furniture(["青篁时报",
                  "QINGHUANG TIMES",
                  "中共青篁县委主管　青篁县融媒体中心主办",
                  cn_date(2035, 6, 6),
                  "第2216期　本期4版"], "masthead")
    a = Article(
        "a", "二季度重点项目集中开工", head=["二季度重点项目", "集中开工"],
        subtitle="——32个项目总投资86.4亿元",
        byline="本报记者　温如玉　本报通讯员　管小川", authors=["温如玉", "管小川"],
        tail="（下转第2版）",
        notes="Lead: headline on two lines, joined; ——副题 is the subtitle. Byline line 本报记者 X　本报通讯员 Y: both "
              "are authors. The text breaks off in mid-sentence (…优化服务环境，) and **new:** the jump mark "
              "（下转第2版） run in at the end of the last line is excluded from last like a credit; the rest is "
              "printed on page 2 (ko11). The official named (贺允中) is not an author.",
        paras=[
            "6月5日，青篁县2035年二季度重点项目集中开工仪式在县经济开发区新材料产业园举行。此次集中开工的项目共32个，总投资86.4亿元，涵盖先进制造、农产品加工、基础设施、社会民生等领域。",
            "在开工现场，挖掘机、装载机等机械设备整齐列队，建设者们干劲十足。作为此次开工的重点项目之一，年产5万吨高性能铝基新材料项目总投资12.6亿元，建成后预计年产值可达30亿元，新增就业岗位600个。",
            "县委书记贺允中宣布项目开工。他指出，项目建设是推动县域经济高质量发展的“压舱石”，全县上下要牢固树立“项目为王”理念，强化要素保障，优化服务环境，",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "全县夏粮收购工作启动",
        byline="本报讯（融媒记者　聂川）", authors=["聂川"], lead="本报讯（融媒记者　聂川）",
        notes="**new:** run-in 本报讯（融媒记者 X） excluded from first; the 融媒 reporter is the author.",
        paras=[
            "6月4日，青篁县2035年夏粮收购工作全面启动。全县设立收购网点23个，预计收购小麦8万吨以上。",
            "为确保农民“种好粮、卖好价”，县里组织粮食收储企业提前做好仓容准备、设备检修和人员培训，并在各收购网点公布收购价格、质量标准和咨询电话，严禁压级压价、打白条。",
        ])
    pg.headline(b)
    pg.body(b)
    p = Article(
        "p", "麦浪金黄收割忙", kind="brief",
        byline="摄影　沈砚秋", authors=["沈砚秋"],
        notes="Photo news (brief): headline, caption, credit line 摄影　X after it (the byline); the photographer "
              "is the author.",
        paras=[
            "6月4日，在青篁县柳河镇的麦田里，联合收割机来回穿梭，抢收成熟小麦。目前，全县42万亩小麦已收获过半。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    c = Article(
        "c", "县城至泊湾镇公交实现“一元通达”",
        byline="本报讯（通讯员　吕小禾　记者　温如玉）", authors=["吕小禾", "温如玉"],
        lead="本报讯（通讯员　吕小禾　记者　温如玉）",
        notes="Headline longer than the column (printed on one line). Run-in 本报讯（通讯员 X　记者 Y） excluded from "
              "first; both are authors.",
        paras=[
            "6月1日起，青篁县城至泊湾镇、柳河镇、石桥乡的3条城乡公交线路统一实行1元票价，沿线10万余名群众出行更加便捷实惠。",
            "近年来，青篁县持续推进城乡交通运输一体化，全县14个乡镇已全部开通城乡公交，建制村通客车率达到100%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["青篁时报新闻热线：6213××××",
                  "投稿邮箱：qhsb@qhxrm.cn"], "reader hotline ad (not an article)")
    pg.furniture(["本版责任编辑：樊小路　　校对：宋衣　　组版：麦可欣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ko11() -> Page:
    """County paper page 2 (乡镇) of a 9-character column, two ASCII spaces indent: the front-page lead
    continued (headline repeated, jump line （上接第1版）); label 乡镇动态; an article (byline line
    记者 X　通讯员 Y) whose column is cut in two with another item printed between the pieces; two items with
    headlines letter-spaced across the column."""
    pg = Page("ko11.txt", cols=9, indent="  ", blanks="some", seed=4511, p_para=0.4, p_gap=0.8,
              style="county paper page 2 (乡镇) of a 9-character column, indented with two ASCII spaces, blank lines sometimes: header on three lines; the front-page lead CONTINUED: its headline repeated on two lines, the jump line （上接第1版） under it, text starting in mid-sentence, no byline; label 乡镇动态; article with a headline on three lines and byline line 记者 X　通讯员 Y (wider than the column) whose column is CUT in two with another item (headline on two lines, signed （通讯员 X）) printed between its pieces; two items with headlines letter-spaced across the column, one unsigned, one signed （X）; footer wider than the column")
    pg.furniture(["2　乡镇", "青篁时报", cn_date(2035, 6, 6)], "page header")
    pg.blank()
    a = Article(
        "a", "二季度重点项目集中开工", head=["二季度重点", "项目集中开工"],
        notes="Continuation of the page-1 lead (ko10): the headline is printed again on two lines (joined), the "
              "jump line （上接第1版） under it is not body, and the text starts in mid-sentence (全力以赴…). The "
              "byline is printed on page 1 only: no byline and no authors on this page.",
        paras=[
            "全力以赴抓项目、扩投资、稳增长，确保项目早开工、早投产、早见效。",
            "今年以来，青篁县实行重点项目“县领导包联、专班推进”机制，一季度全县固定资产投资同比增长9.7%。此次集中开工后，全县今年已累计开工重点项目71个。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第1版）"], "jump line (not body)")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["乡镇动态"], "column label 乡镇动态")
    pg.blank()
    e = Article(
        "e", "柳河镇：“共享农机”助力三夏", head=["柳河镇：", "“共享农机”", "助力三夏"], section="乡镇动态",
        byline="记者　聂川　通讯员　冉秋", authors=["聂川", "冉秋"],
        notes="Under the label 乡镇动态 (section). Headline on three lines, joined. Byline line 记者 X　通讯员 Y "
              "(wider than the column): both are authors. Its column is cut in two and the next item (headline, "
              "text, signature) is printed between its two parts, so the body is in pieces. The farmer quoted (阎大伟) "
              "is not an author.",
        paras=[
            "眼下正值“三夏”大忙，柳河镇的“共享农机”服务中心里，农机手们正忙着检修收割机、播种机。",
            "去年以来，柳河镇整合农机合作社和种粮大户的闲置农机具120余台，建起“共享农机”服务平台。农户通过手机下单，就能预约收割、播种、植保等服务，费用比市场价低一成左右。",
            "“以前到了收麦的时候，找台收割机要排好几天队，现在手机上一约，第二天就来了。”柳河镇新庄村种粮户阎大伟说。今年夏收以来，平台已完成作业订单1800余单，服务面积3.2万亩。",
        ])
    f = Article(
        "f", "石桥乡建起“就业车间”", head=["石桥乡建起", "“就业车间”"], section="乡镇动态",
        byline="（通讯员　陶一诺）", authors=["陶一诺"], tail="（通讯员　陶一诺）",
        notes="Item under the label 乡镇动态 (section), printed between the two pieces of the previous article; "
              "headline on two lines, joined; signed （通讯员 X） run in at the end (excluded from last).",
        paras=[
            "近日，石桥乡利用闲置村小校舍建起2个乡村振兴车间，引进箱包加工企业入驻，吸纳当地留守妇女和脱贫劳动力就业110余人，人均月收入2800元以上。",
        ])
    ep = Page.chunks(pg.render_body(e), [9])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.gap()
    pg.emit(e, ep[0])
    pg.gap()
    pg.headline(f)
    pg.body(f)
    pg.gap()
    pg.emit(e, ep[1])
    pg.gap()
    items = [
        Article("g", "青竹乡清河行动",
                notes="Item under the label 乡镇动态 (section), headline letter-spaced across the column on two "
                      "lines, joined; unsigned: no byline, no authors.",
                paras=["6月以来，青竹乡组织党员干部和群众志愿者开展河道清洁行动，清理河道垃圾和漂浮物40余吨，拆除河道违建6处。"]),
        Article("h", "泊湾镇办电商培训班",
                byline="（聂川）", authors=["聂川"], tail="（聂川）",
                notes="Item under the label 乡镇动态 (section), letter-spaced headline on two lines, joined; signed "
                      "with a bare name （X） run in at the end (excluded from last).",
                paras=["6月3日，泊湾镇举办农村电商培训班，邀请县电商服务中心讲师为60余名返乡青年、合作社负责人讲解网店运营、直播带货等知识。"]),
    ]
    for i, art in enumerate(items):
        art.section = "乡镇动态"
        if i:
            pg.gap()
        pg.headline(art, spread_cols=9)
        pg.body(art)
    pg.blank()
    pg.furniture(["责任编辑：樊小路　　校对：宋衣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ko12() -> Page:
    """County paper 便民服务 page, 42 characters, two U+3000 indent, column breaks: one-line header; article with
    byline line 融媒记者 X and two ◆ crossheads; price table; run-in 本报讯（通讯员 X） under a headline with a
    U+3000 between two phrases; 便民服务电话 box; byline line 记者 X　实习生 Y; classified ads (遗失声明)."""
    pg = Page("ko12.txt", cols=42, indent=FW * 2, blanks="some", colbreak=10, seed=4512, p_para=0.5, p_gap=0.85,
              style="county paper 便民服务 page, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on ONE line (page, 版名, paper, date with weekday); article with byline line 融媒记者 X and two ◆ crossheads, one body line letter-spaced; price table (title, header row, five rows, 数据来源); run-in 本报讯（通讯员 X） item under a headline of two phrases parted by U+3000; 便民服务电话 box; article with byline line 记者 X　实习生 Y; 分类广告 block of two 遗失声明 and an ad hotline; footer")
    pg.furniture(["第4版　便民服务　　青篁时报　" + cn_date(2035, 6, 6)], "page header")
    pg.blank()
    a = Article(
        "a", "县城区今年将新增公共停车泊位1200个",
        byline="融媒记者　聂川", authors=["聂川"],
        notes="Byline line 融媒记者 X. The ◆ crossheads are body. One body line is letter-spaced.",
        paras=[
            "记者从县住建局获悉，今年青篁县将在城区新建和改造公共停车场11处，新增公共停车泊位1200个，其中新能源汽车充电泊位300个，预计年底前全部建成投用。",
            Cross("◆盘活边角地“挤”出停车位"),
            "城区土地资源紧张，新增停车位从哪里来？县住建局负责人介绍，今年将重点利用城区边角地、闲置地和待建地块建设临时停车场，同时推动机关事业单位停车场错时向社会开放。此外，还将在县人民医院、县实验小学周边规划建设两座立体停车楼，缓解就医、接送孩子高峰时段的停车压力。",
            Cross("◆智慧停车“一网通”"),
            "今年下半年，县城区还将上线智慧停车管理平台，将城区公共停车场、道路临时泊位统一接入，市民通过手机即可查询空余车位、导航停车和无感支付。平台上线后，城区道路临时泊位将实行“首30分钟免费、超时按时段计费”的收费方式。",
            "县住建局表示，停车场建设期间将合理设置施工围挡和交通导行标志，尽量减少对市民出行的影响。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [4]))
    pg.gap()
    pg.furniture(["本周县城农贸市场部分商品价格",
                  "品名　　　　单位　　均价（元）　　涨跌",
                  "大白菜　　　斤　　　1.20　　　　　↓",
                  "西红柿　　　斤　　　3.10　　　　　↓",
                  "猪肉（后腿）斤　　　14.50　　　　 —",
                  "鸡蛋　　　　斤　　　4.80　　　　　↑",
                  "大米　　　　斤　　　2.95　　　　　—",
                  "数据来源：县发展和改革局价格监测中心"], "price table (not an article)")
    pg.gap()
    b = Article(
        "b", "迎峰度夏县供电公司完成线路检修78条", head=["迎峰度夏　县供电公司完成线路检修78条"],
        byline="本报讯（通讯员　童一川）", authors=["童一川"], lead="本报讯（通讯员　童一川）",
        notes="Headline of two phrases parted by U+3000, written unspaced. Run-in 本报讯（通讯员 X） excluded from "
              "first.",
        paras=[
            "为保障夏季用电高峰期间电力可靠供应，县供电公司5月以来组织开展迎峰度夏专项检修，累计完成10千伏线路检修78条，更换老旧配电变压器46台，新增和改造低压线路52公里。",
            "县供电公司提醒广大用户，夏季用电负荷较大，请合理安排用电时间，不要私拉乱接电线，发现电力设施故障请及时拨打供电服务热线报修。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["便民服务电话",
                  "县政务服务便民热线　6213××××　　供电故障报修　95××××",
                  "自来水报修　6218××××　　　　　燃气抢修　6225××××",
                  "县人民医院急诊　6231××××　　　城区公交服务　6240××××"], "便民服务电话 box (not an article)")
    pg.gap()
    c = Article(
        "c", "县图书馆“城市书房”增至8家",
        byline="记者　温如玉　实习生　程子衿", authors=["温如玉", "程子衿"],
        notes="Byline line 记者 X　实习生 Y: both are authors.",
        paras=[
            "6月3日，青篁县图书馆第8家“城市书房”在泊湾镇文化广场旁开放。书房面积约180平方米，藏书6000余册，设有阅览区、少儿区和自助借还区，实行24小时开放、刷身份证入室。",
            "据介绍，青篁县自前年起推进“城市书房”建设，采取“图书馆＋社会力量”的方式，由县图书馆负责图书配送和业务指导，合作单位提供场地和日常管理。目前，8家“城市书房”累计接待读者21万人次，外借图书4.6万册。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["分类广告",
                  "遗失声明",
                  "　　青篁县泊湾镇晨光百货店遗失营业执照正本一份，声明作废。",
                  "　　柳河镇新庄村村民阎小满遗失残疾人证一本，声明作废。",
                  "广告热线：6213××××"], "分类广告 block (遗失声明; not articles)")
    pg.blank()
    pg.furniture(["本版责任编辑：麦可欣　　校对：宋衣"], "footer")
    return pg


PAGES = [ko09, ko10, ko11, ko12]
