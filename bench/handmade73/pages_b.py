"""Pages lq05-lq08 of handmade73 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, justify, wrap


def points(items: list[str], cols: float, indent: str = "") -> Raw:
    """Numbered points of a 提醒 notice, each starting a line of its own and wrapped at the column."""
    out: list[str] = []
    for it in items:
        out += wrap(it, cols, indent, "")
    return Raw(out)


# ---------------------------------------------------------------------------
def lq05() -> Page:
    """Evening paper page in a very narrow column: question headline letter-spaced with single spaces, byline line
    wider than the column (■ 晚报记者 X　实习生 Y); label 热线速递 over two items whose headlines are run in at
    the start in 【】; QR-code promotion box; label 晚报快评 over a comment signed □ X; short item signed （X）."""
    pg = Page("lq05.txt", cols=16, indent=FW, blanks="para", seed=7305,
              style="evening paper 民生 page in a very narrow column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; A04　民生); question headline letter-spaced with single ASCII spaces, byline line ■ 晚报记者 X　实习生 Y wider than the column, two body lines letter-spaced by justification; label 热线速递 over two reader-complaint items whose headlines are run in at the start of the text in 【】 (one signed （记者 X） at the end, one with no credit); QR-code promotion box (扫码进群　每天推送菜价); label 晚报快评 over a comment with byline line □ X; short consumption item signed （X） at the end; footer wider than the column")
    pg.furniture(["青岚晚报",
                  cn_date(2036, 4, 9),
                  "A04　民生"], "page header")
    pg.blank()
    a = Article(
        "a", "早餐店为何扎堆涨价？",
        byline="■ 晚报记者　蒲小川　实习生　桂一枝", authors=["蒲小川", "桂一枝"],
        notes="Question headline letter-spaced with single ASCII spaces (written unspaced). Byline line ■ 晚报记者 X　"
              "实习生 Y, wider than the column (the ■ is a mark): both authors. Two body lines letter-spaced by "
              "justification. Shop owners and the official quoted are not authors.",
        paras=[
            "包子从1.5元涨到2元，豆浆从2元涨到2.5元……近期，不少市民发现，家门口的早餐店悄悄涨价了。",
            "记者走访城区12家早餐店发现，有9家在近一个月内上调了价格，涨幅在一成到三成之间。“面粉、猪肉都没怎么涨，主要是房租和人工贵了。”开了十年包子铺的尚老板说，店员工资一年涨了六百元。",
            "市市场监管局价格监督检查科负责人表示，早餐店属于自主定价，但必须明码标价，不得价外加价。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [4, 9], sep=" "))
    pg.gap()
    pg.furniture(["热线速递"], "column label 热线速递")
    pg.gap()
    b1 = Article(
        "b1", "小区门口占道经营何时休", section="热线速递",
        byline="（记者　蒲小川）", authors=["蒲小川"], lead="【小区门口占道经营何时休】", tail="（记者　蒲小川）",
        notes="Reader-complaint item whose headline is run in at the start of its text in 【】 (as ky07 of "
              "handmade55): title_line is the first body line, the bracketed headline is excluded from first. The "
              "credit （记者 X） run in at the end is the byline, excluded from last. The reader is not an author.",
        paras=["市民石女士反映，晨光小区南门每天傍晚都有十几个流动摊贩占道经营，车辆进出困难。城管部门回复，已将该路段列入重点巡查，并引导摊贩进入附近的便民疏导点。"])
    b2 = Article(
        "b2", "共享单车堆满人行道", section="热线速递", lead="【共享单车堆满人行道】",
        notes="Second 热线速递 item, headline run in in 【】 (excluded from first); no credit: no byline, no authors.",
        paras=["读者来电称，地铁青岚站C出口的人行道上堆满了共享单车。记者将情况反映给运营企业，对方表示将增派调度人员，每天早晚高峰各清理一次。"])
    for art in (b1, b2):
        pg.body(art, head_role=True)
        pg.gap()
    pg.furniture(["扫码进群",
                  "每天早上7点",
                  "推送全市菜价"], "QR-code promotion box")
    pg.gap()
    pg.furniture(["晚报快评"], "column label 晚报快评")
    pg.gap()
    c = Article(
        "c", "涨价也要涨得明明白白", section="晚报快评", kind="commentary",
        byline="□ 柯南舟", authors=["柯南舟"],
        notes="Comment under the label 晚报快评 (section): kind commentary; byline line □ X (the □ is a mark).",
        paras=[
            "早餐是城市的烟火气，也是最敏感的民生账。小店涨价，有成本的无奈，也有市场的规律，本无可厚非。",
            "但涨价不能“偷偷摸摸”。价目表一换了之，分量却悄悄变少，这样的做法最伤人心。明码标价、质价相符，才是小店留住老主顾的长久之道。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "春季茶叶上市价格平稳",
        byline="（桂一枝）", authors=["桂一枝"], tail="（桂一枝）",
        notes="Short item signed （X） run in at the end (the byline, excluded from last); the 实习生 of the lead is "
              "the author here.",
        paras=["4月8日，青岚茶叶市场迎来春茶交易高峰。本地明前绿茶每斤售价300元至800元，与去年基本持平。"])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["责任编辑：房小晚　　校对：迟一"], "footer (wider than the column)")
    return pg


# ---------------------------------------------------------------------------
def lq06() -> Page:
    """Metropolitan daily 消费·维权 page: label 维权课堂 over a Q&A (question headline, ——副题, byline line
    本报记者 X　整理, intro line naming the lawyer, 问：／答：); complaint-data report (question headline, ——副题,
    byline line 记者 X　通讯员 Y, photo caption with credit after it); advertisement between articles; 提醒 item
    with numbered points; short item signed （记者 X）."""
    pg = Page("lq06.txt", cols=28, indent="  ", blanks="arts", seed=7306,
              style="metropolitan daily 消费·维权 page indented with two ASCII spaces, blank lines only between articles and blocks: header on three lines (paper; date with weekday + A12; 消费·维权 + 编辑); label 维权课堂 over a Q&A: question headline containing a quotation, ——副题, byline line 本报记者 X　整理, intro line 解答嘉宾：…, 问：／答： paragraphs; complaint-data report with a question headline, ——副题, byline line 记者 X　通讯员 Y and a ▲ photo caption with credit X　摄 after the body; advertisement (电器城 以旧换新) between articles; 提醒 item with run-in 本报讯（记者 X） and five points 一、…五、; short item signed （记者 X） at the end; footer with 消费维权热线 and 扫码投诉")
    pg.furniture(["漳岭都市报",
                  cn_date(2036, 7, 8) + "　A12",
                  "消费·维权　　编辑：凌小舸"], "page header")
    pg.blank()
    pg.furniture(["维权课堂"], "column label 维权课堂")
    a = Article(
        "a", "网购生鲜坏了，商家说“不支持退货”合理吗？", section="维权课堂", kind="interview",
        subtitle="——律师解读生鲜电商售后纠纷",
        byline="本报记者　饶清　整理", authors=["饶清"],
        notes="Q&A under the label 维权课堂 (section): a named lawyer answers, compiled by a reporter: kind interview. "
              "Question headline (written with its quotation marks); ——副题 is the subtitle; byline line 本报记者 X　"
              "整理 (the compiler is the author, the lawyer 晏知秋 is not). The intro line 解答嘉宾：… is body.",
        paras=[
            "解答嘉宾：漳岭市律师协会消费者权益保护专业委员会委员　晏知秋",
            "问：我在网上买了两斤荔枝，收到时已经发黑变质，商家却说生鲜产品“不支持七天无理由退货”，拒绝处理。这样合理吗？",
            "答：“不支持七天无理由退货”不等于“不负责质量问题”。生鲜产品确实可以不适用七天无理由退货，但商品存在质量问题的，消费者仍有权要求退货、更换或者赔偿。建议收货时当着快递员的面开箱验货，拍照或录像留存证据。",
            "问：商家说是快递路上耽误了，让我找快递公司，对吗？",
            "答：不对。消费者与商家之间存在买卖合同关系，商品在交付前的损毁风险由商家承担。商家赔偿后，可以再向快递公司追偿，但不能把责任推给消费者。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "上半年消费投诉哪类最多？",
        subtitle="——市消保委发布上半年投诉分析报告",
        byline="记者　容小溪　通讯员　葛文", authors=["容小溪", "葛文"],
        notes="Complaint-data report with a question headline, ——副题 and byline line 记者 X　通讯员 Y (both authors). "
              "The ▲ photo caption with credit after the body is not body; its photographer is not an author of "
              "the report (she is its writer anyway).",
        paras=[
            "7月7日，漳岭市消费者权益保护委员会发布上半年消费投诉分析报告。上半年全市各级消保委共受理消费者投诉1.26万件，同比增长8.3%，为消费者挽回经济损失1480万元。",
            "从投诉类别看，预付式消费、网络购物和教育培训位列前三。其中，预付式消费投诉2310件，同比增长27%，集中在美容美发、健身和洗车行业，“办卡容易退卡难”问题突出。",
            "市消保委秘书长祝云帆表示，下半年将联合市场监管部门开展预付式消费专项整治，推动重点行业使用预付资金存管平台。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(wrap("▲市消保委工作人员正在接听消费者投诉电话。　容小溪　摄", 28), "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["广告",
                  "漳岭电器城　夏季以旧换新",
                  "旧机抵价　最高补贴2000元",
                  "地址：漳岭市解放路216号　电话：0×××-5566××××"], "advertisement")
    pg.blank()
    c = Article(
        "c", "暑期报班，这五类“坑”要当心",
        byline="本报讯（记者　饶清）", authors=["饶清"], lead="本报讯（记者　饶清）",
        notes="提醒 item with its own headline and run-in 本报讯（记者 X） (excluded from first): an article. The five "
              "points 一、…五、 are body.",
        paras=[
            "暑假来临，各类培训班招生火热。市教育局、市市场监管局联合发布消费提醒，家长为孩子报班时要警惕以下五类问题：",
            points(["一、无证无照机构，办学资质不全；",
                    "二、“一次缴清全年学费”，超期收费；",
                    "三、夸大宣传“保过”“提分包退”；",
                    "四、合同中暗藏“概不退费”条款；",
                    "五、以“体验课”为名诱导办卡。"], 28, "  "),
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "漳岭开出首家“共享厨房”",
        byline="（记者　容小溪）", authors=["容小溪"], tail="（记者　容小溪）",
        notes="Short item signed （记者 X） run in at the end (excluded from last).",
        paras=["7月6日，漳岭市首家“共享厨房”在东湖社区开门营业。居民可按小时租用厨房和厨具，每小时收费15元，食材可自带也可现场购买。开业当天，已有30多户居民预约。"])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["消费维权热线：12315　　本报维权热线：0×××-5678××××",
                  "扫码投诉　记者帮你追踪"], "footer with hotlines and 扫码投诉")
    return pg


# ---------------------------------------------------------------------------
def lq07() -> Page:
    """Evening paper A3 page of stories continued from the front page: one with （上接A1版） ABOVE its headline, one
    with （上接A1版） under its headline and （下转A4版） at its end; 菜价观察 box with a letter-spaced title;
    feature with byline line 记者 X　实习生 Y　文/图; QR-code line."""
    pg = Page("lq07.txt", cols=26, indent=FW * 2, blanks="some", seed=7307, p_para=0.35, p_gap=0.75,
              style="evening paper A3 page of front-page jumps, blank lines sometimes: header on two lines (A3　要闻·民生; paper + date with weekday); story continued from A1 with the line （上接A1版） printed ABOVE its headline, no byline; story continued from A1 with a question headline, （上接A1版） under it and （下转A4版） on a line of its own after the body; 菜价观察 box (title letter-spaced with U+3000, four rows, source); feature with byline line 记者 X　实习生 Y　文/图 and a photo caption; footer with QR-code line")
    pg.furniture(["A3　要闻·民生",
                  "西浔晚报　" + cn_date(2036, 9, 3)], "page header")
    pg.gap()
    a = Article(
        "a", "“菜篮子”直通车开进62个社区",
        notes="Story continued from the front page; the line （上接A1版） is printed ABOVE the headline here (not body, "
              "not title). No byline on this page: no authors. The resident and the official quoted are not authors.",
        paras=[
            "直通车每周二、四、六上午开进社区，蔬菜、鸡蛋、猪肉等20多个品种直接从基地和批发市场配送，价格比周边超市平均低一成左右。",
            "“以前买菜要走二十分钟，现在下楼就能买到。”家住云锦社区的退休工人卢大爷说。市商务局表示，年底前直通车将覆盖全市100个社区，优先安排在老年人口多、周边缺少菜市场的小区。",
        ])
    pg.line(a, "（上接A1版）", "jump")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "停车难，难在哪儿？",
        notes="Story continued from the front page (question headline, （上接A1版） under it) and continued again on "
              "A4: the line （下转A4版） after the body is not body. No byline on this page: no authors.",
        paras=[
            "记者在老城区随机走访的15个小区中，有11个建成于2000年以前，设计时几乎没有考虑停车位。以梧桐里小区为例，小区有住户860户，登记车辆520辆，而车位只有140个。",
            "一到晚上，小区内的消防通道、绿化带边都停满了车。“回来晚了只能在外面转圈，有时候要停到两条街以外。”住户邬女士说。",
            "对此，西浔市城管局表示，今年已在老城区挖潜增设夜间共享停车位2300个，机关单位、学校的停车场在夜间和节假日向周边居民开放，",
        ])
    pg.headline(b)
    pg.line(b, "（上接A1版）", "jump")
    pg.gap()
    pg.body(b)
    pg.line(b, "（下转A4版）", "jump")
    pg.gap()
    pg.furniture(["菜　价　观　察",
                  "白菜　1.2元/斤　↓",
                  "土豆　1.8元/斤　—",
                  "鲫鱼　9.0元/斤　↑",
                  "鸡蛋　5.2元/斤　↑",
                  "（西浔市价格监测中心9月2日）"], "菜价观察 box (not an article)")
    pg.gap()
    c = Article(
        "c", "老菜场变身“网红集市”",
        byline="记者　言小舟　实习生　郁可　文/图", authors=["言小舟", "郁可"],
        notes="Feature with byline line 记者 X　实习生 Y　文/图 (the 文/图 credit after the names covers both: both are "
              "authors). The ▲ photo caption after the body is not body. Stall holders quoted are not authors.",
        paras=[
            "走进改造后的西浔南门菜场，原来昏暗潮湿的大棚变成了明亮的玻璃顶，地面铺上了防滑砖，每个摊位上方都挂着统一的木质招牌和电子价签。",
            "菜场二楼开出了咖啡馆、花店和手工面馆，周末还有乐队驻唱。“年轻人来拍照打卡，顺手就买了菜。”卖了二十年豆腐的谈阿姨笑着说，现在她的摊位也开通了线上预订。",
            "据了解，南门菜场改造后日均客流从3000人次增至8000人次，摊位出租率达到100%。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture(["▲改造后的南门菜场吸引不少年轻人。"], "photo caption (not body)")
    pg.gap()
    pg.furniture(["编辑：池晓　　校对：阙明",
                  "扫一扫　下载“西浔晚报”客户端"], "footer with QR-code line")
    return pg


# ---------------------------------------------------------------------------
def lq08() -> Page:
    """Morning paper 民生新闻 page, wide, NO indent and NO blank line: lead with an exclamation headline and
    byline line ◇晨报首席记者 X; label 热线快递 over two items WITHOUT headlines (▲ 市民X反映…, credits at the end);
    label 记者追踪 over a follow-up with byline line 晨报记者 X; advertisement with QR code; 明日天气 box."""
    pg = Page("lq08.txt", cols=38, indent="", blanks="never", seed=7308,
              style="morning paper 民生新闻 page, wide column, NO indent and NO blank line anywhere: header on one line (paper, date with weekday, 第6版, 版名); lead with an exclamation headline containing a quotation and byline line ◇晨报首席记者 X; label 热线快递 over two reader-complaint items WITHOUT headlines, each opening with ▲ 市民X反映 and signed at the end (（记者 X）, （实习生 X）); label 记者追踪 over a follow-up with byline line 晨报记者 X; advertisement (体检套餐, 扫码预约); 明日天气 box; footer")
    pg.furniture(["南汀晨报　" + cn_date(2036, 11, 14) + "　第6版　民生新闻"], "page header")
    a = Article(
        "a", "公积金提取“秒到账”！",
        byline="◇晨报首席记者　汤若谷", authors=["汤若谷"],
        notes="Lead with an exclamation headline; byline line ◇晨报首席记者 X (the ◇ is a mark; a 首席记者 is an "
              "author). The resident and the official quoted are not authors.",
        paras=[
            "11月13日上午，市民韩先生在手机上提交了租房提取公积金的申请，不到一分钟，1500元就到了他的银行卡上。“以前要跑两趟窗口，现在动动手指就办好了。”",
            "记者从南汀市住房公积金管理中心获悉，11月起，租房提取、退休提取、偿还商业贷款提取等8类业务实现“秒批秒到”，全程无需人工审核。上线两周以来，已办理相关业务4.3万笔，金额2.1亿元。",
            "该中心有关负责人介绍，系统通过与不动产登记、民政、税务等部门的数据共享自动核验材料，大部分缴存职工无需再提交纸质证明。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["热线快递"], "column label 热线快递")
    b1 = Article(
        "b1", None, section="热线快递",
        byline="（记者　方未晞）", authors=["方未晞"], lead="▲", tail="（记者　方未晞）",
        notes="Reader-complaint item WITHOUT a headline under the label 热线快递: title null, title_line null. The ▲ "
              "is a mark of the item printed at the start of its first line, excluded from first (as a run-in lead). Credit （记者 X） run in at "
              "the end is the byline, excluded from last. The reader is not an author.",
        paras=["市民贺女士反映，锦屏路与长乐街交叉口的红绿灯绿灯时间太短，老人推着童车过马路常常走到一半就变灯。记者将情况反映给市交警支队，对方表示已派人现场测算，将把该路口行人绿灯时间由25秒延长至35秒。"])
    b2 = Article(
        "b2", None, section="热线快递",
        byline="（实习生　洪小苒）", authors=["洪小苒"], lead="▲", tail="（实习生　洪小苒）",
        notes="Second item without a headline (title null); ▲ mark at the start excluded from first; credit （实习生 X） at the end excluded "
              "from last.",
        paras=["市民俞先生来电称，他在一家超市购买的酸奶到家后发现已过期两天。记者陪同俞先生回到超市，超市当场按规定给予退款并赔偿1000元，并对货架商品进行了全面排查。"])
    for art in (b1, b2):
        pg.body(art)
    pg.furniture(["记者追踪"], "column label 记者追踪")
    c = Article(
        "c", "断水三天的小区恢复供水", section="记者追踪",
        byline="晨报记者　方未晞", authors=["方未晞"],
        notes="Follow-up under the label 记者追踪 (section), byline line 晨报记者 X. The residents and the water "
              "company staff quoted are not authors.",
        paras=[
            "11月11日本报报道了枫林苑小区因供水管道破裂连续三天停水一事。报道刊发后，市供水集团当晚组织抢修，12日下午4时，小区恢复正常供水。",
            "“终于不用拎着桶下楼接水了。”住户许阿姨说。供水集团工作人员介绍，该小区管网已使用二十多年，明年将纳入老旧管网改造计划。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["【广告】南汀康宁体检中心　冬季体检套餐298元起　扫码预约立减50元",
                  "地址：南汀市中山北路77号　预约电话：0×××-8877××××"], "advertisement with QR code")
    pg.furniture(["明日天气：多云转小雨　8℃～14℃　东北风3级"], "明日天气 box")
    pg.furniture(["责任编辑：聂照　　校对：葛晓帆　　组版：方园"], "footer")
    return pg


PAGES = [lq05, lq06, lq07, lq08]
