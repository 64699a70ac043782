"""Pages ko01-ko04 of handmade45 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

import datetime

from layout import FW, Article, Cross, Page, cn_date, wrap


def wk(y: int, m: int, d: int) -> str:
    """星期X of a date (computed, never typed)."""
    return "星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()]


# ---------------------------------------------------------------------------
def ko01() -> Page:
    """City paper (都市报) FRONT page A1: masthead, weather box; lead with 引题, headline, ——副题, byline line
    本报记者 X　通讯员 Y, cut off mid-sentence by the jump line （下转A2版）; photo news (brief) with credit
    line 摄影　X; run-in 本报讯（通讯员 X　记者 Y） and 本报讯（记者 X） items; 今日导读 box; reader hotline ad."""
    pg = Page("ko01.txt", cols=22, indent=FW * 2, blanks="para", seed=4501,
              style="city paper (都市报) FRONT page A1: five-line masthead (paper, English name, date with weekday, CN number, 今日12版 + issue number); weather box (今日天气, two lines); lead with 引题 kicker, headline, ——副题 and byline line 本报记者 X　通讯员 Y, its text cut off MID-SENTENCE by the jump line （下转A2版） on a line of its own; photo news (brief): headline, caption, credit line 摄影　X; run-in 本报讯（通讯员 X　记者 Y） item; run-in 本报讯（记者 X） item; 今日导读 box of three ▶ titles with page numbers; reader hotline ad (读者热线, slogan); footer with editor, designer, proof-reader")
    pg.furniture(["鹭汀都市报",
                  "LUTING METROPOLIS DAILY",
                  cn_date(2035, 3, 14),
                  "国内统一连续出版物号　CN 47-0093",
                  "今日12版　第6128期"], "masthead")
    pg.blank()
    pg.furniture(["今日天气",
                  "多云转小雨　12℃～19℃",
                  "东南风2～3级　空气质量：良"], "weather box")
    pg.blank()
    a = Article(
        "a", "今年我市将改造老旧小区186个",
        subtitle="——惠及居民4.2万户，6月底前全部开工",
        byline="本报记者　彭以宁　通讯员　汪启帆", authors=["彭以宁", "汪启帆"],
        notes="Lead of the front page. The 引题 kicker 老旧小区改造提速扩面 is neither title nor subtitle (the ——副题 "
              "is the subtitle). Byline line 本报记者 X　通讯员 Y: both are authors. The text breaks off in "
              "mid-sentence (…配套设施的建设和) and the jump line （下转A2版） on a line of its own after it is not "
              "body; the rest is printed on A2 (ko02). The resident quoted (韦桂芬) is not an author.",
        paras=[
            "记者13日从市住房和城乡建设局获悉，今年我市计划改造2000年底前建成的老旧小区186个，涉及楼栋1420栋、居民4.2万户，总投资约23.6亿元。目前，首批61个小区已完成设计方案公示，6月底前所有项目将全部开工。",
            "与往年相比，今年的改造更加注重“里子”。市住建局城市更新科负责人介绍，改造内容分为基础类、完善类和提升类三类，将优先实施供水、排水、供气、供电等管网更新，同步推进楼道照明、屋面防水、外墙保温等项目。对具备条件的小区，还将加装电梯、增设充电桩、改造无障碍设施。",
            "“改什么、怎么改，先听居民的。”在汀南区柳荫街道，不少小区在改造前开展了入户调查，共收集意见建议3100余条。纺机宿舍小区居民代表韦桂芬说，小区建成快30年了，大家最盼望的是把雨污管网改一改，“以前一下大雨，单元门口就积水，这次终于列进了改造清单。”",
            "为破解改造资金难题，我市今年将探索“政府补一点、企业投一点、居民出一点”的多元筹资模式，鼓励水电气等专营单位出资参与管线改造，引导社会资本参与小区停车、养老、托育等配套设施的建设和",
        ])
    pg.kicker(a, "老旧小区改造提速扩面")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转A2版）"], "jump line (not body)")
    pg.gap()
    p = Article(
        "p", "江滩樱花次第开", kind="brief",
        byline="摄影　段一鸣", authors=["段一鸣"],
        notes="Photo news (brief): headline, caption, credit line 摄影　X after it (the byline); the photographer "
              "is the author.",
        paras=[
            "3月13日，市民在望鹭区沿江公园赏花拍照。眼下，公园内2000余株樱花进入盛花期，吸引众多市民前来踏青。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    b = Article(
        "b", "城区至白芷湾城际公交今日开通",
        byline="本报讯（通讯员　严晓棠　记者　孔知秋）", authors=["严晓棠", "孔知秋"],
        lead="本报讯（通讯员　严晓棠　记者　孔知秋）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） (the 通讯员 named first) excluded from first; both are authors.",
        paras=[
            "3月14日起，由市公交集团开行的城区至白芷湾镇城际公交K18路正式投入运营。该线路起于市火车站，止于白芷湾镇客运站，全长38.6公里，沿途设站21个，首末班时间分别为6:30和19:30，发车间隔20分钟。",
            "白芷湾镇是我市重要的农产品集散地和乡村旅游目的地。以往，沿线村民进城主要依靠班线客车，票价12元，单程耗时1个多小时。城际公交开通后，全程票价调整为6元，可使用“鹭汀通”交通卡和手机扫码乘车，60岁以上老年人凭卡半价。",
            "市交通运输局相关负责人表示，今年我市还将开通城区至松坪、石门两条城际公交线路，进一步推进城乡客运一体化。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "前2个月全市新增城镇就业6800人",
        byline="本报讯（记者　蒲小雨）", authors=["蒲小雨"], lead="本报讯（记者　蒲小雨）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从市人力资源和社会保障局获悉，今年1至2月，全市城镇新增就业6800人，完成全年目标任务的17%；失业人员再就业1920人，就业困难人员实现就业610人。春节后，全市共举办各类线上线下招聘活动42场，提供就业岗位2.3万个。",
            "市人社局有关负责人介绍，下一步将围绕高校毕业生、农民工、退役军人等重点群体，开展“春风行动”“就业援助月”等专项活动，并在各街道（乡镇）建设“家门口”就业服务站60个。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["今日导读",
                  "▶老旧小区改造　先听居民的　A2",
                  "▶社区“小食堂”烧出“好滋味”　A5",
                  "▶3月上旬新房成交回暖　A7"], "今日导读 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["鹭汀都市报读者热线",
                  "新闻热线：96××××　　发行热线：8612××××",
                  "您身边的事　就是我们关注的事"], "reader hotline ad (not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：邝如晦　　美编：司徒雁　　校对：应小棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ko02() -> Page:
    """City paper A2 要闻·城事, ONE U+3000 indent: the A1 lead continued (headline repeated, jump line
    （上接A1版）, text starting mid-sentence); article with byline line 本报通讯员 X; label 简讯 over four items
    with headlines, two signed at the end, two unsigned; 停水通知 notice."""
    pg = Page("ko02.txt", cols=30, indent=FW, blanks="some", seed=4502, p_para=0.4, p_gap=0.85,
              style="city paper A2 要闻·城事 page: header on two lines (page number + 版名; paper + date with weekday); the A1 lead CONTINUED: its headline repeated, the jump line （上接A1版） under it, text starting in mid-sentence, no byline; article with byline line 本报通讯员 X; label 简讯 over four items with one-line headlines, two signed at the end (（通讯员 X）, （记者 X）), two unsigned; 停水通知 notice (label, text, times, hotline, right-aligned water company and date); footer with editor, designer, proof-reader")
    pg.furniture(["A2　要闻·城事",
                  "鹭汀都市报　" + cn_date(2035, 3, 14)], "page header")
    pg.blank()
    a = Article(
        "a", "今年我市将改造老旧小区186个",
        notes="Continuation of the A1 lead (ko01): the headline is printed again, the jump line （上接A1版） under it "
              "is not body, and the text starts in mid-sentence (运营。…). The byline is printed on A1 only: no "
              "byline and no authors on this page.",
        paras=[
            "运营。对于加装电梯的，市级财政将给予每台最高15万元的补贴，各区可在此基础上再给予适当补助。",
            "施工期间如何减少扰民？市住建局要求，各项目须在小区显著位置公示施工内容、工期和投诉电话，同一小区的各类管线原则上“一次开挖、统一回填”，避免“马路拉链”。同时，每个小区将组建由居民代表、社区工作人员、施工方组成的质量监督小组，全程参与改造监督和竣工验收。",
            "市住建局负责人表示，到2036年底，全市将基本完成2000年底前建成的需改造老旧小区的改造任务，并推动有条件的小区逐步建成“完整社区”。",
        ])
    pg.headline(a)
    pg.furniture(["（上接A1版）"], "jump line (not body)")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "鹭汀南站综合交通枢纽主体完工",
        byline="本报通讯员　鲍清源", authors=["鲍清源"],
        notes="**new:** byline line 本报通讯员 X: the correspondent is the author.",
        paras=[
            "3月12日，随着最后一方混凝土浇筑完成，鹭汀南站综合交通枢纽工程主体结构顺利完工，项目转入机电安装和装饰装修阶段。",
            "鹭汀南站综合交通枢纽总建筑面积约9.8万平方米，集高铁、城际公交、长途客运、出租车和社会车辆停放等功能于一体，设计旅客最高聚集人数5000人。枢纽建成后，旅客在站内即可实现高铁与公交、长途客运“零距离”换乘，平均换乘时间可由目前的15分钟缩短至5分钟以内。",
            "项目建设方市城投集团负责人介绍，施工中采用了装配式钢结构和智慧工地管理系统，比计划工期提前了40天。按计划，枢纽将于今年9月底前具备投用条件。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["简讯"], "column label 简讯")
    items = [
        Article("c1", "望鹭区新增4处口袋公园",
                byline="（通讯员　梁小满）", authors=["梁小满"], tail="（通讯员　梁小满）",
                notes="Item under the label 简讯 (section), signed （通讯员 X） run in at the end (excluded from last).",
                paras=["近日，望鹭区在江湾路、锦屏街等处利用闲置边角地块建成4处口袋公园，总面积约6200平方米，配建了座椅、健身器材和儿童游乐设施，方便周边居民就近休闲。"]),
        Article("c2", "市图书馆周末延时开放",
                notes="Item under the label 简讯 (section), unsigned: no byline, no authors.",
                paras=["自3月17日起，市图书馆周六、周日开放时间延长至晚上9时，自修室、少儿阅览室同步延时开放。读者可通过图书馆微信公众号预约座位。"]),
        Article("c3", "汀南区开展春季消防安全检查",
                byline="（记者　蒲小雨）", authors=["蒲小雨"], tail="（记者　蒲小雨）",
                notes="Item under the label 简讯 (section), signed （记者 X） run in at the end (excluded from last).",
                paras=["3月以来，汀南区组织消防、应急、市场监管等部门，对辖区商场、宾馆、学校、养老机构等人员密集场所开展春季消防安全检查，已排查单位312家，督促整改隐患146处。"]),
        Article("c4", "城区新增公共自行车站点30个",
                notes="Item under the label 简讯 (section), unsigned: no byline, no authors.",
                paras=["市城管局近日在城区新建公共自行车站点30个，新投放自行车900辆。目前，城区公共自行车站点总数达到486个，市民使用“鹭汀通”App即可扫码租车，1小时内免费。"]),
    ]
    for art in items:
        art.section = "简讯"
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["停水通知"]
                 + wrap(f"因城区供水管网改造施工需要，我公司定于3月16日（{wk(2035, 3, 16)}）8:00至20:00对下列区域暂停供水："
                        "汀南区柳荫路、纺机路沿线，望鹭区江湾小区、锦绣花园小区。请相关区域用户提前做好储水准备。恢复供水初期水质"
                        "可能出现浑浊，请放水片刻后再使用。由此带来的不便，敬请谅解。", 30, FW, "")
                 + ["服务热线：96××××",
                    FW * 20 + "鹭汀水务集团有限公司",
                    FW * 22 + "2035年3月14日"], "停水通知 notice (water cut; not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：苗晓岑　　美编：司徒雁　　校对：应小棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ko03() -> Page:
    """City paper A5 民生·社区, NO indent, blank lines only between articles: feature with ——副题, byline line
    X　Y　文/图, two crossheads, a ▲ caption after the body; 便民提示 box; two articles whose columns are cut
    into pieces and interleaved (A1 B1 A2 B2, no blank line between the pieces); run-in 本报讯（记者 X） item."""
    pg = Page("ko03.txt", cols=36, indent="", blanks="arts", seed=4503,
              style="city paper A5 民生·社区 page, NO indent, blank lines only between articles (paragraph ends show only as short lines): header on three lines (版名; page; paper + date with weekday); feature with headline, ——副题, byline line X　Y　文/图 (two names, no 记者), two crossheads and a ▲ photo caption (no credit) after the body; 便民提示 box (label, three ◎ tips, 供稿 line); two articles (byline line 记者 X　通讯员 Y; run-in 本报讯（通讯员 X）) whose columns are cut and INTERLEAVED: head A, A piece 1, head B, B piece 1, A piece 2, B piece 2, with no blank line between the pieces; run-in 本报讯（记者 X） item; footer")
    pg.furniture(["民生·社区", "A5", "鹭汀都市报　" + cn_date(2035, 3, 14)], "page header")
    pg.blank()
    a = Article(
        "a", "社区“小食堂”烧出居民“好滋味”",
        subtitle="——汀南区柳荫街道探索社区助餐服务见闻",
        byline="龚岚　许嘉木　文/图", authors=["龚岚", "许嘉木"],
        notes="Feature: ——副题 is the subtitle. **new:** byline line X　Y　文/图 (two names, text and pictures by "
              "both): both are authors. The crossheads 一份饭菜的温度 and “众筹”来的可持续 are body. The ▲ photo "
              "caption after the body is not body. People quoted (焦德顺, 卢晓红) are not authors.",
        paras=[
            "上午11点，汀南区柳荫街道长者食堂里已经坐满了人。红烧鱼块、清炒时蔬、冬瓜排骨汤……两荤两素一汤，老年人凭卡只需12元。“饭菜软烂，口味清淡，比自己在家做省心多了。”78岁的居民焦德顺一边吃一边说。",
            Cross("一份饭菜的温度"),
            "柳荫街道60岁以上老年人占常住人口的27%，其中独居和空巢老人1100余人，“吃饭难”是不少老人的烦心事。去年以来，街道依托社区党群服务中心，建成长者食堂3个、助餐点5个，每天为老年人提供午餐和晚餐。对行动不便的高龄老人，社区还组织志愿者送餐上门。",
            "为了让饭菜更合老人的胃口，食堂每周根据老人的意见调整菜单，并开设了低盐、低糖的“健康窗口”。截至目前，各助餐点累计服务老年人12.6万人次。",
            Cross("“众筹”来的可持续"),
            "社区食堂如何长久办下去？柳荫街道的做法是引入专业餐饮企业运营，街道提供场地并减免水电费用，按照服务人次给予补贴；同时向周边上班族和居民开放，以“餐”养“餐”。街道负责人介绍，目前各食堂基本实现收支平衡。",
            "不少爱心商户也加入进来。附近一家超市每周免费提供新鲜蔬菜，辖区企业认领了送餐电动车的维护费用。“大家一起出把力，老人们的饭碗就能端得更稳。”柳荫社区党委书记卢晓红说。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["▲柳荫街道长者食堂的工作人员为老人打菜。"], "photo caption (not body)")
    pg.blank()
    tips = ["◎春季是流感、诺如病毒感染等传染病高发季节，外出时请注意个人防护，勤洗手、常通风。",
            "◎全市二级以上医院均已开设发热门诊，市民可通过“健康鹭汀”小程序查询就诊信息。",
            "◎市疾控中心健康咨询电话：8523××××（工作日8:30—17:30）"]
    pg.furniture(["便民提示"] + [ln for t in tips for ln in wrap(t, 36)]
                 + ["（市疾病预防控制中心供稿）"], "便民提示 box (notice; not an article)")
    pg.blank()
    c = Article(
        "c", "老人手机“玩不转”社区课堂来帮忙",
        byline="记者　蒲小雨　通讯员　杭紫苏", authors=["蒲小雨", "杭紫苏"],
        notes="Byline line 记者 X　通讯员 Y: both are authors. Its column is cut into two pieces with the next "
              "article's headline and first piece printed between them (no blank line): the body is in pieces. "
              "The learner quoted (马素琴) is not an author.",
        paras=[
            "“点这个绿色的图标，再点‘扫一扫’，对准二维码就行了。”3月12日下午，在望鹭区江湾社区的“银龄数字课堂”上，大学生志愿者正手把手教老人用手机挂号。",
            "今年初，江湾社区联合辖区高校开设“银龄数字课堂”，每周三、周五下午各开课一次，内容涵盖手机支付、网上挂号、视频通话、防范电信诈骗等。课堂采取“一对一”辅导，老人遇到什么问题就现场解决什么问题。",
            "“以前孩子不在身边，想跟外孙视频都不会弄。现在学会了，每天晚上都能见着。”72岁的学员马素琴高兴地说。截至目前，课堂已开课26期，参加培训的老年人达430人次。社区计划下一步编印图文并茂的操作手册，让老人回家也能“照着学”。",
        ])
    d = Article(
        "d", "江湾社区试点垃圾分类积分兑换",
        byline="本报讯（通讯员　甘棠）", authors=["甘棠"], lead="本报讯（通讯员　甘棠）",
        notes="Run-in 本报讯（通讯员 X） excluded from first. Its headline and first piece are printed between the "
              "two pieces of the previous article, its second piece after that article's second piece (columns "
              "interleaved): the body is in pieces.",
        paras=[
            "居民将分好类的可回收物投放到智能回收箱，就能获得相应积分，积分可在社区“绿色超市”兑换洗衣液、纸巾等生活用品。近日，望鹭区江湾社区启动垃圾分类积分兑换试点，首批覆盖5个小区、2300余户居民。",
            "据介绍，试点启动一周以来，社区可回收物回收量比以往增加了近四成，参与投放的居民达到1100余户。区城管局表示，将在总结试点经验的基础上，年内在全区推广这一做法。",
        ])
    cp = Page.chunks(pg.render_body(c), [4])
    dp = Page.chunks(pg.render_body(d), [2])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, cp[0])
    pg.headline(d)
    pg.emit(d, dp[0])
    pg.emit(c, cp[1])
    pg.emit(d, dp[1])
    pg.blank()
    e = Article(
        "e", "我市街道养老服务综合体实现全覆盖",
        byline="本报讯（记者　宁远舟）", authors=["宁远舟"], lead="本报讯（记者　宁远舟）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从市民政局获悉，随着望鹭区锦屏街道养老服务综合体日前投入运营，我市38个街道均已建成集日间照料、助餐助浴、康复护理、短期托养等功能于一体的养老服务综合体，累计设置养老床位2860张。",
            "市民政局相关负责人表示，今年将重点推进养老服务向社区、家庭延伸，新增家庭养老床位1000张，为3000户特殊困难老年人家庭实施适老化改造。",
        ])
    pg.headline(e)
    pg.body(e)
    pg.blank()
    pg.furniture(["本版责任编辑：柯如许　　美编：司徒雁　　校对：单书言"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ko04() -> Page:
    """County paper (县报) front page, two ASCII spaces indent, NO blank line anywhere: masthead, weather box;
    lead with 引题 and a headline on two lines, byline line 融媒记者 X　通讯员 Y; run-in 本报讯（通讯员 X）;
    byline line 记者 X; label 动态 over three items with run-in 【headline】."""
    pg = Page("ko04.txt", cols=26, indent="  ", blanks="never", seed=4504,
              style="county paper (县报) FRONT page, NO blank line anywhere: masthead on five lines (paper, 中共…县委机关报, date with weekday, issue number + 今日4版, publisher + 内部资料); weather box (three lines); lead with 引题 kicker over a headline on two lines (no 副题), byline line 融媒记者 X　通讯员 Y; run-in 本报讯（通讯员 X） item; article with byline line 记者 X; label 动态 over three items whose headlines are run in 【in brackets】 at the start of the first body line (one with 本报讯（通讯员 X） after it, one unsigned, one signed （记者 X） at the end); footer with editor, proof-reader, 组版, and an address / hotline line")
    pg.furniture(["芷川报",
                  "中共芷川县委机关报",
                  cn_date(2035, 4, 9),
                  "第1729期　今日4版",
                  "芷川县融媒体中心出版　内部资料　免费交流"], "masthead")
    pg.furniture(["芷川天气",
                  "今天：晴转多云　11℃～23℃",
                  "明天：多云　13℃～25℃"], "weather box")
    a = Article(
        "a", "我县召开乡村振兴工作推进会", head=["我县召开乡村振兴", "工作推进会"],
        subtitle="聚力建设宜居宜业和美乡村",
        byline="融媒记者　柯慕白　通讯员　叶知舟", authors=["柯慕白", "叶知舟"],
        notes="Lead: the 引题 above a headline that has no 副题 is the subtitle; headline on two lines, joined. "
              "**new:** byline line 融媒记者 X　通讯员 Y (a county 融媒体中心 reporter): both are authors. Officials "
              "named (欧阳正清, 戚明远) are not authors.",
        paras=[
            "4月8日，我县召开2035年乡村振兴工作推进会，总结去年工作，部署今年任务。县委书记欧阳正清出席会议并讲话，县委副书记、县长戚明远主持会议。",
            "会议指出，过去一年，全县上下坚持农业农村优先发展，粮食总产量达到31.2万吨，农村居民人均可支配收入增长7.4%，新建高标准农田3.5万亩，创建省级美丽乡村示范村9个，乡村振兴各项工作取得明显成效。",
            "会议强调，今年是推进乡村全面振兴的关键之年，要扛稳粮食安全责任，确保粮食播种面积稳定在52万亩以上；要做大做强茶叶、香菇、稻虾等特色产业，培育农业产业化龙头企业，促进一二三产业融合发展；要扎实推进农村人居环境整治，补齐农村供水、道路、寄递物流等基础设施短板；要深化农村改革，发展壮大村级集体经济，力争年底前所有村集体经营性收入达到15万元以上。",
            "会议要求，各乡镇、各部门要压实责任，强化要素保障，坚持问题导向，以钉钉子精神抓好各项任务落实，确保乡村振兴工作取得新成效。",
            "会上，桃源镇、青溪乡和县农业农村局作了交流发言，县委、县政府与各乡镇签订了2035年乡村振兴目标责任书。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "春茶开采首日交易额突破300万元",
        byline="本报讯（通讯员　郎秀禾）", authors=["郎秀禾"], lead="本报讯（通讯员　郎秀禾）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "4月6日，芷川县2035年春茶开采暨茶叶交易市场开市活动在云雾山茶叶交易市场举行。当天，市场共交易鲜叶4.8万斤、干茶6200斤，交易额达到312万元。",
            "芷川是全省重点产茶县，全县茶园面积达到18.6万亩，去年茶叶综合产值突破21亿元。今年，县里引导茶企和合作社推行标准化采摘、清洁化加工，并通过直播电商拓展销售渠道，“芷川云雾”茶叶区域公用品牌的影响力不断提升。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "县人民医院远程会诊中心投入使用",
        byline="记者　符晴川", authors=["符晴川"],
        notes="Byline line 记者 X under the headline.",
        paras=[
            "4月7日，芷川县人民医院远程会诊中心正式投入使用。该中心与省内3家三甲医院建立了远程会诊合作关系，可开展远程会诊、远程影像诊断、远程心电诊断和远程教学查房等服务。",
            "“以前遇到疑难病例，患者往往要跑到省城去看，现在在县里就能请省城专家‘会诊’。”县人民医院医务科负责人说。中心运行后，县医院还将通过医共体平台，把远程诊疗服务延伸到全县18个乡镇卫生院。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["动态"], "column label 动态")
    items = [
        Article("d1", "桃源镇新建高标准农田1.2万亩",
                byline="本报讯（通讯员　詹小溪）", authors=["詹小溪"],
                lead="【桃源镇新建高标准农田1.2万亩】本报讯（通讯员　詹小溪）",
                notes="Item under the label 动态 (section). **new:** headline run in 【in brackets】 at the start of the "
                      "first body line (title_line is that line), followed by the run-in 本报讯（通讯员 X）; both are "
                      "excluded from first.",
                paras=["今年以来，桃源镇投入资金1800万元，实施高标准农田建设项目，新建和改造灌溉渠道26公里、机耕道19公里，项目区1.2万亩农田实现“旱能灌、涝能排”。"]),
        Article("d2", "县城新增3处便民停车场", lead="【县城新增3处便民停车场】",
                notes="Item under the label 动态 (section), headline run in 【in brackets】 (excluded from first); "
                      "unsigned: no byline, no authors.",
                paras=["近日，县城新建的文昌路、河西街、体育馆3处便民停车场投入使用，共新增停车泊位420个，前30分钟免费停放。"]),
        Article("d3", "青溪乡开展义诊进村活动",
                byline="（记者　符晴川）", authors=["符晴川"],
                lead="【青溪乡开展义诊进村活动】", tail="（记者　符晴川）",
                notes="Item under the label 动态 (section), headline run in 【in brackets】 (excluded from first), "
                      "signed （记者 X） run in at the end (excluded from last).",
                paras=["4月7日，县中医院医疗队走进青溪乡6个村开展义诊，为群众免费测量血压、血糖，开展健康咨询，发放常用药品和健康手册，服务群众500余人次。"]),
    ]
    for art in items:
        art.section = "动态"
        pg.body(art, head_role=True)
    pg.furniture(["责任编辑：滕一苇　　校对：窦小鸥　　组版：伏青",
                  "社址：芷川县城关镇文昌路16号　新闻热线：82××××"], "footer with editors and address / hotline")
    return pg


PAGES = [ko01, ko02, ko03, ko04]
