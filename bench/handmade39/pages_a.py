"""Pages ki01-ki04 of handmade39 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


def jitems(pg: Page, a: Article, every: int = 3, offset: int = 1, **kw) -> list:
    """The rendered body with some inner lines letter-spaced (justified), never a paragraph's last
    line and never a line holding a run-in dateline."""
    items = pg.render_body(a, **kw)
    cand, k = [], -1
    for n, it in enumerate(items):
        if it[0] != "line":
            continue
        k += 1
        nxt = items[n + 1] if n + 1 < len(items) else None
        if nxt is not None and nxt[0] == "line" and "讯（" not in it[1] and "（记" not in it[1]:
            cand.append(k)
    return justify(items, cand[offset::every])


# ---------------------------------------------------------------------------
def ki01() -> Page:
    """City evening paper, weekend edition front page: masthead; lead with 引题, ——副题 and byline line
    本报记者 X　实习生 Y at the top, ending in mid-sentence over the jump line （下转A4版）; label 晚报快评 over
    a comment with byline line □X; run-in 本报讯（记者 X） item; 本期导读 box; 周末天气 box; footer."""
    pg = Page("ki01.txt", cols=26, indent=FW * 2, blanks="para", seed=3901,
              style="city evening paper's WEEKEND edition front page: masthead on five lines (paper, English name, 周末版, date with weekday, 今日16版 and issue number); lead with 引题, one-line headline, ——副题 and byline line 本报记者 X　实习生 Y at the top, its text ending in MID-SENTENCE over the jump line （下转A4版） on a line of its own; label 晚报快评 over a comment with byline line □X; run-in 本报讯（记者 X） item; 本期导读 box (page, page name, title); 周末天气 box; footer with editor, designer and proof-reader")
    pg.furniture(["鹭汀晚报",
                  "LUTING EVENING NEWS",
                  "周末版",
                  cn_date(2035, 9, 8),
                  "今日16版　第9368期"], "masthead")
    pg.blank()
    a = Article(
        "a", "鹭汀商圈提前开启“节日模式”",
        subtitle="——月饼礼盒价格回落　平价“小盒装”走俏",
        byline="本报记者　程小禾　实习生　陆一鸣", authors=["程小禾", "陆一鸣"],
        notes="Lead. The 引题 中秋国庆“双节”临近 above the headline is neither title nor subtitle (the ——副题 is the "
              "subtitle, as g02 of handmade22). Byline line 本报记者 X　实习生 Y at the top: both are authors. The "
              "text breaks off in mid-sentence (…散装和简装); the jump line （下转A4版） on a line of its own is not "
              "body. Its continuation is a record of ki02.",
        paras=[
            "距离中秋节还有十来天，鹭汀各大商圈已提前换上节日装扮。昨天，记者走访棠溪路步行街、柘湾万汇广场等商圈发现，月饼、大闸蟹、茶叶礼盒等节令商品已集中上架，不少商家推出“早鸟价”和满减活动，抢先吸引客流。",
            "在棠溪路一家老字号糕点店，门口排起了十多米的长队。店员告诉记者，今年店里主推的是4枚装、6枚装的“小盒装”月饼，价格在48元到98元之间，“上市一周卖出去两千多盒，比去年同期多了三成”。",
            "与“小盒装”走俏形成对比的是，动辄数百元的豪华礼盒明显少了。记者在万汇广场一家大型超市看到，月饼专区陈列的礼盒中，200元以下的产品占到八成以上，售价最高的一款为368元，比去年下降了一百多元。超市负责人表示，今年礼盒普遍“瘦身”，包装更简洁，散装和简装",
        ])
    pg.kicker(a, "中秋国庆“双节”临近")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转A4版）"], "jump line (not body)")
    pg.blank()
    b = Article(
        "b", "“小盒装”里的消费新气象", section="晚报快评", kind="commentary",
        byline="□霍清远", authors=["霍清远"],
        notes="Comment under the label 晚报快评 (section), byline line □X at the top (the □ is a mark): the writer "
              "is the author. Commentary.",
        paras=[
            "月饼“瘦身”、礼盒降价、小盒装走俏，今年中秋市场的这些变化，透着一股实在劲儿。",
            "过去一些年，月饼一度被层层包装成“奢侈品”，盒子比饼贵、送礼比吃重要，既浪费资源，也背离了节日本味。如今，消费者用脚投票，更愿意为口味和品质买单，商家也顺势而为，把心思花在馅料和工艺上。",
            "这种变化值得点赞，也需要呵护。市场监管部门要继续盯紧过度包装、虚标价格等问题，商家要守住诚信经营的底线。让月饼回归月饼，让节日回归团圆，这样的消费新气象，多多益善。",
        ])
    pg.furniture(["晚报快评"], "column label 晚报快评")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "地铁两条线路周末延长运营至23时",
        byline="本报讯（记者　沈知秋）", authors=["沈知秋"], lead="本报讯（记者　沈知秋）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者昨日从鹭汀地铁运营公司获悉，自9月8日起，每逢周五、周六及法定节假日前一天，地铁1号线、3号线末班车发车时间由22时延后至23时，延时运营期间行车间隔为8分钟。",
            "据介绍，今年以来，两条线路晚上9时以后的客流量同比增长约26%，延时运营主要是为了方便市民夜间消费、观影和观赛后返程。运营公司表示，将根据客流变化，适时评估是否在其他线路推行。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本期导读",
                  "A4　周末·消费　一碗米线里的老鹭汀",
                  "A6　周末·出行　中秋自驾避堵攻略",
                  "A11　读者之声　来信选登"], "本期导读 box (not an article)")
    pg.blank()
    pg.furniture(["周末天气",
                  "今天　多云　22℃～30℃　东南风3级",
                  "明天　阵雨转多云　21℃～28℃"], "周末天气 weather box (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：方若愚　　美编：齐小棠　　校对：包明远"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ki02() -> Page:
    """Same paper, A4 周末·消费: the ki01 lead CONTINUED (headline repeated, （上接A1版） line, text starting
    in mid-sentence with no indent); label 寻味 over a food feature (——副题, byline line 文·图／本报记者 X,
    ■ crossheads, a ▲ photo caption between paragraphs, justified lines); 寻味贴士 box; run-in item."""
    pg = Page("ki02.txt", cols=34, indent="  ", blanks="some", seed=3902, p_para=0.4, p_gap=0.85,
              style="city evening paper, weekend A4 周末·消费 page: header on three lines (page + 版名, paper + date with weekday, editors); the ki01 lead CONTINUED: headline repeated, jump line （上接A1版） on a line of its own, text starting in MID-SENTENCE with no indent, no byline; label 寻味 over a food feature with ——副题, byline line 文·图／本报记者 X, three ■ crossheads, a ▲ photo caption (no credit) printed BETWEEN two paragraphs and JUSTIFIED (letter-spaced) lines; 寻味贴士 box of addresses, hours and prices; run-in 本报讯（通讯员 X　记者 Y） item; footer with hotline and e-mail")
    pg.furniture(["A4　周末·消费",
                  "鹭汀晚报　" + cn_date(2035, 9, 8),
                  "编辑：甄晚晴　　美编：齐小棠"], "page header")
    pg.blank()
    a = Article(
        "a", "鹭汀商圈提前开启“节日模式”",
        notes="CONTINUATION of the ki01 lead: headline repeated, then the jump line （上接A1版） on a line of its own "
              "(not body); the text starts in mid-sentence with no indent. No byline is printed on this page: "
              "byline null, no authors. The stall-keeper (刘大勇) and the official quoted are not authors.",
        paras=[
            "月饼的比例明显上升。“消费者更看重口味和性价比，买回家自己吃的人越来越多。”",
            "除了月饼，大闸蟹也迎来上市季。在柘湾水产市场，3两左右的公蟹每只售价在25元至35元之间，母蟹价格略高。摊主刘大勇说，今年湖蟹产量稳定，个头比去年大一些，节前价格预计还会小幅上涨。",
            "市商务局有关负责人介绍，为迎接“双节”消费高峰，全市将于9月中旬至10月上旬开展“金秋惠购”系列促销活动，联动300余家商贸企业发放消费券，涵盖餐饮、零售、文旅等领域，预计带动消费超过5亿元。",
            "业内人士提醒，节日期间消费者选购礼盒时要留意生产日期、保质期和配料表，谨慎购买“预售券”“提货卡”，避免商家关店跑路带来损失。",
        ])
    pg.headline(a)
    pg.furniture(["（上接A1版）"], "jump line (not body)")
    items = pg.render_body(a, end=1, indent="") + [("gap",)] + pg.render_body(a, start=1)
    pg.emit(a, items)
    pg.blank()
    b = Article(
        "b", "一碗米线里的老鹭汀", section="寻味", subtitle="——棠溪老街三家小店的三十年",
        byline="文·图／本报记者　岑晓棠", authors=["岑晓棠"],
        notes="Food feature under the label 寻味 (section). ——副题 is the subtitle. Byline line 文·图／本报记者 X (text "
              "and photos by the same reporter): she is the author. The ■ crossheads are body; the ▲ photo caption "
              "printed between two paragraphs is not body. Justified lines are letter-spaced. Shop owners and "
              "customers quoted (林阿荣, 吴秀梅, 吴小川, 郭伯) are not authors.",
        paras=[
            "清晨六点，棠溪老街还没完全醒来，林记米线的炉火已经烧了两个小时。大铁锅里，猪骨和鸡架熬出的汤头翻滚着，香气顺着石板路飘出去老远。",
            "在鹭汀，米线是许多人早餐的头号选择。据市餐饮行业协会不完全统计，全市有米线店2100余家，仅棠溪老街一条不足800米的街巷，就集中了大大小小17家。记者用一个周末，走进了其中开得最久的三家。",
            Cross("■清早六点的骨汤"),
            "林记米线开张于1995年，店主林阿荣今年62岁。“汤是米线的魂，骨头要头天晚上焯水，凌晨三点下锅，一点都省不得。”他一边说，一边把烫好的米线捞进粗瓷碗，浇上汤，撒一把葱花和酸菜。一碗招牌肉末米线，从开店时的1块5，涨到如今的14元，“涨得不算快，老街坊吃得起”。",
            "店里的老主顾大多住在附近。退休工人郭伯每天七点准时坐到靠窗的位置，“吃了快三十年，换了别家总觉得少点味道”。",
            Cross("■一家人守一口锅"),
            "往巷子深处走，是开了26年的阿梅米线。店面只有二十来平方米，摆着六张小桌。老板娘吴秀梅和丈夫、儿子一家三口轮班，每天卖出四五百碗。儿子吴小川大学毕业后回到店里，给小店开通了外卖，还设计了卤蛋、炸酥肉等小份加料。“年轻人喜欢自己搭配，外卖单量占到了三成。”",
            "第三家是只在下午营业的陈家凉米线。夏秋两季，酸辣口味的凉米线最受欢迎，一份售价12元，配一碗冰镇酸梅汤只要再加3元。",
            Cross("■老街改造后的新客"),
            "前年，棠溪老街完成了微改造，铺上了新石板，沿街立面统一修缮，但保留了原有的店铺格局。老街人气越来越旺，节假日日均客流超过3万人次，不少外地游客专程来“打卡”。",
            "客人多了，老店也在变。林记米线装上了扫码点单，阿梅米线推出了半份装，方便游客“一条街吃几家”。林阿荣说，他最大的心愿是把这口汤传下去，“店可以变新，味道不能变”。",
        ])
    pg.furniture(["寻味"], "column label 寻味")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, jitems(pg, b, every=3, offset=0, end=4))
    pg.gap()
    pg.furniture(["▲林记米线的店主在给客人浇汤。"], "photo caption between two paragraphs (not body)")
    pg.gap()
    pg.emit(b, jitems(pg, b, every=4, offset=2, start=4))
    pg.blank()
    pg.furniture(["寻味贴士"]
                 + wrap("林记米线：棠溪老街42号　6:00—13:00　人均15元", 34)
                 + wrap("阿梅米线：棠溪老街巷内7号　6:30—20:00　人均18元", 34)
                 + wrap("陈家凉米线：棠溪老街88号　13:00—21:00　人均15元", 34)
                 + wrap("提示：老街周末客流较大，建议错峰前往；附近停车位紧张，可乘地铁3号线至棠溪站。", 34),
                 "寻味贴士 box (addresses, hours, prices; not an article)")
    pg.blank()
    c = Article(
        "c", "棠溪老街中秋夜市9月15日开市",
        byline="本报讯（通讯员　贺晚晴　记者　岑晓棠）", authors=["贺晚晴", "岑晓棠"],
        lead="本报讯（通讯员　贺晚晴　记者　岑晓棠）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） (通讯员 first) excluded from first; both are authors.",
        paras=[
            "记者从棠溪区获悉，棠溪老街中秋夜市将于9月15日至10月7日开市，每天17时至23时营业。夜市设置特色小吃、文创手作、非遗展示等摊位160个，其中本地老字号和特色小吃摊位占六成。",
            "为保障夜市秩序，主办方将在老街两端设置临时停车点和共享单车停放区，并增派志愿者引导客流。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["新闻热线：8816××××　　投稿邮箱：zhoumo@lutingwb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ki03() -> Page:
    """Consumer weekly 价格·导购 page in a 16-character column, ONE U+3000 indent, NO blank line: price article
    with byline line 记者 X and a price box after it; shopping guide with ◎ crossheads signed （记者 X） at the
    end; label 消费提示 over an UNTITLED box signed by the market regulator on a right-aligned line; supermarket
    ad; footer."""
    pg = Page("ki03.txt", cols=16, indent=FW, blanks="never", seed=3903,
              style="consumer weekly 价格·导购 page in a narrow column, NO blank line: header on three lines; price article with byline line 记者 X, followed by a price box (title, unit line, six item　price rows, 数据来源); shopping guide with three ◎ crossheads, signed （记者 X） run in at the end; label 消费提示 over a box with NO headline, its text signed by the market regulator on a right-aligned line at the end; supermarket ADVERTISEMENT; footer with editor and proof-reader")
    pg.furniture(["青梧消费导报",
                  cn_date(2035, 9, 13),
                  "03　价格·导购"], "page header")
    a = Article(
        "a", "本周菜价稳中有降",
        byline="记者　杜映雪", authors=["杜映雪"],
        notes="Byline line 记者 X under the headline. The price box printed after the body (title, unit line, "
              "rows, 数据来源) is not body. The stall-keeper quoted (周红梅) is not an author.",
        paras=[
            "本周，鹭汀各主要农贸市场蔬菜价格稳中有降。据市价格监测中心对全市12个农贸市场的监测，本周蔬菜平均零售价为每斤3.16元，环比下降4.2%，其中叶菜类价格降幅较大。",
            "“天气转凉，本地菜大量上市，青菜、菠菜一斤便宜了五六毛。”在柘湾农贸市场经营蔬菜摊的周红梅说。记者看到，市场里的大白菜每斤1.2元，土豆每斤1.8元，西红柿每斤3.5元。",
            "肉蛋价格则小幅上涨。猪肉（前腿）每斤13.5元，比上周上涨0.5元；鸡蛋每斤5.2元，上涨0.2元。市价格监测中心分析，临近中秋，肉蛋需求增加，预计节前价格仍将小幅波动，但总体供应充足。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["本周主要农副产品参考价",
                  "（单位：元／斤）",
                  "大白菜　1.2",
                  "青菜　　2.6",
                  "土豆　　1.8",
                  "西红柿　3.5",
                  "猪前腿　13.5",
                  "鸡蛋　　5.2",
                  "数据来源：鹭汀市价格监测中心"], "price box (not an article)")
    b = Article(
        "b", "中秋月饼怎么选？记住“三看”",
        byline="（记者　姚青蔓）", authors=["姚青蔓"], tail="（记者　姚青蔓）",
        notes="Shopping guide: the ◎ crossheads are body; credit （记者 X） run in at the end of the last paragraph is "
              "the byline, excluded from last.",
        paras=[
            "中秋节临近，月饼进入销售旺季。面对琳琅满目的月饼产品，如何选到称心又放心的？市场监管部门和业内人士给出了“三看”建议。",
            Cross("◎看标签"),
            "正规月饼包装上应标明产品名称、配料表、净含量、生产日期、保质期、生产许可证编号等信息。馅料名称要与实际相符，如标注“蛋黄莲蓉”，莲蓉含量不得低于规定比例。",
            Cross("◎看包装"),
            "按照相关规定，月饼包装层数不得超过三层，包装成本不应超过产品销售价格的15%。过度包装的礼盒，消费者可以不买账。",
            Cross("◎看价格"),
            "目前市场上单枚月饼价格多在8元至25元之间，售价明显偏高的产品，消费者应多加比较。购买预售提货券时，要留意兑换期限和兑换门店，尽量选择信誉良好的商家。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", None, section="消费提示",
        byline="鹭汀市市场监管局", authors=[],
        notes="**new:** box under the label 消费提示 (section) with NO headline: title null. Its text is advice of its "
              "own, so it is an article (unlike a box of figures). The issuing authority printed right-aligned on "
              "a line after the text is the byline; no person named: no authors.",
        paras=[
            "中秋国庆期间，各类商家促销活动集中。市市场监管局提醒广大消费者：参加“满减”“打折”活动时，要看清活动规则，留存购物小票和付款凭证；对“先涨后降”“虚构原价”等价格违法行为，可拨打12315热线投诉举报。",
            "网购节令商品时，要选择正规平台，不轻信低价链接，不点击陌生短信中的链接，谨防以“退款”“理赔”为名的电信网络诈骗。",
        ])
    pg.furniture(["消费提示"], "column label 消费提示")
    pg.body(c)
    pg.line(c, FW * 8 + c.byline, "byline")
    pg.furniture(["广告",
                  "鲜惠超市",
                  "中秋大促",
                  "月饼满100减20",
                  "9月13日—9月17日",
                  "全市32家门店同步",
                  "客服：400-876-××××"], "supermarket advertisement (not an article)")
    pg.furniture(["编辑：甘若溪　校对：霍明"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ki04() -> Page:
    """Metro paper 民生·热线 page, NO indent: label 12345问政 over a 读者问：／部门答： column compiled by a
    reporter (——副题, byline line 本报记者 X　整理); label 热线追踪 over two items (run-in 本报讯（记者 X）;
    credit （记者 X） at the end); article with byline line 本报记者 X　通讯员 Y; hotline footer."""
    pg = Page("ki04.txt", cols=40, indent="", blanks="some", seed=3904, p_para=0.3, p_gap=0.85,
              style="metro paper 民生·热线 page, NO indent: header on three lines (paper + page + 版名, date with weekday, 主编 / 责编 / 美编); label 12345问政 over a service Q&A column: headline ending with a question, ——副题, byline line 本报记者 X　整理, an intro paragraph, then four 读者问：…（district　surname） / 部门答（department）： pairs; label 热线追踪 over two follow-up items (run-in 本报讯（记者 X）; credit （记者 X） run in at the end); article with byline line 本报记者 X　通讯员 Y; footer with news hotline and e-mail")
    pg.furniture(["霁川都市报　A07　民生·热线",
                  cn_date(2035, 9, 14),
                  "主编：栾知远　　责编：解晴川　　美编：任小雨"], "page header")
    pg.blank()
    a = Article(
        "a", "小区装充电桩难在哪？部门来回应", section="12345问政",
        subtitle="——本期回应市民关心的四个问题",
        byline="本报记者　邵一帆　整理", authors=["邵一帆"],
        notes="**new:** service Q&A column under the label 12345问政 (section): readers' questions (读者问：…, the "
              "reader named only by district and surname) and departments' answers (部门答（department）：…), "
              "compiled by a reporter (byline line 本报记者 X　整理: the compiler is the author). The intro paragraph "
              "and all the 读者问／部门答 paragraphs are body. Kind article (a compiled service column, no "
              "interview with a named person; the g03 答记者问 of handmade22 is an interview). The readers are not "
              "authors.",
        paras=[
            "近期，12345市民服务热线和本报“民生热线”陆续接到不少市民来电，反映小区充电桩安装、老旧小区停车、垃圾清运等问题。本期，记者将其中较为集中的四个问题转给相关部门，请他们一一作答。",
            "读者问：我住在澄浦区翠湖苑小区，买了电动汽车想在自己的车位上装充电桩，物业一直以“电容量不够”为由不同意，该怎么办？（澄浦区　陈女士）",
            "部门答（霁川市住房和城乡建设局）：根据我市今年出台的居民小区充电设施建设管理办法，业主在自有或长期租赁的固定车位安装充电设施，物业服务企业应当配合，不得以任何理由阻挠。如小区确实存在电力容量不足的问题，物业应及时向供电企业报装增容，供电企业将免费上门勘察。陈女士可持车位产权证明、购车证明等材料，直接向供电营业厅申请。",
            "读者问：老旧小区改造时能不能顺带规划一些停车位？现在晚上回家经常找不到地方停车。（南屏区　赵先生）",
            "部门答（霁川市城市更新中心）：今年全市纳入改造计划的老旧小区共148个，改造方案均要求统筹考虑停车设施。对于空间有限的小区，将通过挖潜边角空地、施划路内夜间停车泊位、与周边单位错时共享车位等方式缓解停车难。具体方案会在小区公示，欢迎居民提出意见。",
            "读者问：我们小区的生活垃圾有时一整天都没人清运，天气热了气味很大，找谁反映？（霁西区　刘先生）",
            "部门答（霁川市城市管理局）：全市生活垃圾实行“日产日清”。市民发现垃圾清运不及时，可拨打12345热线或通过“霁川城管”小程序上传照片反映，相关街道和环卫作业单位须在2小时内响应、24小时内处理到位。我们已将刘先生反映的情况转交霁西区核查。",
            "读者问：家门口的公交站去年被撤了，现在坐车要多走十分钟，能不能恢复？（高新区　孙女士）",
            "部门答（霁川公交集团）：该站点因道路改造于去年临时撤除，目前道路施工已基本完成。经现场勘察，公司计划于10月上旬恢复设置该站点，届时将通过公交站牌和“霁川公交”公众号发布公告。",
        ])
    pg.furniture(["12345问政"], "column label 12345问政")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["热线追踪"], "column label 热线追踪")
    b = Article(
        "b", "翠微路“僵尸车”已全部清走", section="热线追踪",
        byline="本报讯（记者　程远舟）", authors=["程远舟"], lead="本报讯（记者　程远舟）",
        notes="Follow-up item under the label 热线追踪 (section). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "本报9月7日报道了翠微路路边长期停放十余辆“僵尸车”的问题后，南屏区城管、交警部门迅速联合处置。记者昨日回访看到，路边的14辆“僵尸车”已全部拖离，原先被占用的停车位重新施划了标线。",
            "南屏区城管局相关负责人表示，将建立“僵尸车”定期排查机制，发现一辆、处置一辆。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "老年食堂饭菜“变咸”问题已整改", section="热线追踪",
        byline="（记者　蒲晓晨）", authors=["蒲晓晨"], tail="（记者　蒲晓晨）",
        notes="Follow-up item under the label 热线追踪 (section), one paragraph signed （记者 X） run in at the end "
              "(excluded from last). The diner quoted is not an author.",
        paras=[
            "针对市民反映的南湖街道老年食堂饭菜偏咸、菜品单一等问题，街道已更换配餐企业，并邀请社区营养师参与制定每周菜谱。记者13日中午在食堂看到，当天供应三荤四素，一份套餐10元，80岁以上老人享受半价。就餐的王阿姨说：“现在口味淡了，菜也多了，比以前好多了。”",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "老旧小区加装电梯审批压缩至15个工作日",
        byline="本报记者　蒲晓晨　通讯员　项文", authors=["蒲晓晨", "项文"],
        notes="Byline line 本报记者 X　通讯员 Y under the headline: both are authors.",
        paras=[
            "记者从霁川市住建局获悉，我市近日出台既有住宅加装电梯“一站式”审批办法，将规划许可、施工许可、竣工验收等环节合并办理，审批时限由原来的45个工作日压缩至15个工作日。",
            "根据办法，加装电梯项目经本单元房屋专有部分面积占比三分之二以上的业主参与表决，并经参与表决业主中专有部分面积占比四分之三以上的业主同意后，即可申请办理。财政对每部电梯给予最高20万元补贴，业主还可提取住房公积金用于加装费用。",
            "截至8月底，全市已累计加装电梯1260部，惠及居民3.8万余户。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["新闻热线：96××××（24小时）　　问政邮箱：wenzheng@jcdsb.cn"], "footer")
    return pg


PAGES = [ki01, ki02, ki03, ki04]
