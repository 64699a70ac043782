"""Pages z09-z12 of handmade15 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap

SPECIAL_YEAR = ["2034年度经济特刊", "回望2034　奋进2035"]   # printed at the top of every page of the issue
FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def fw(text: str) -> str:
    """Digits, decimal point and percent sign as full-width characters (as some magazine PDFs extract)."""
    return text.translate(FULLWIDTH)


# ---------------------------------------------------------------------------
def z09() -> Page:
    """年度经济特刊 cover: masthead and special-issue banner; 致读者 signed 本报编辑部 on a line after the text;
    a 特刊导读 box of two columns that the extraction read alternately, line by line; a 本报讯 item."""
    pg = Page("z09.txt", cols=44, indent=FW * 2, blanks="some", seed=1509, p_para=0.3, p_gap=0.8,
              style="daily's 年度经济特刊 cover page: masthead (paper, English name, date with weekday and 今日特刊32版) and special-issue banner (特刊 name, English name, slogan repeated on every page of the issue); label 致读者 over an editorial signed 本报编辑部 (no person) on a right-aligned line after the text; 特刊导读 box printed in two columns and read alternately line by line (left entry, right entry, left blurb, right blurb: T02—T03　年度综述 / T16—T17　对话企业家 / …); run-in 本报讯（记者 X） item; footer with address, hotline and price")
    pg.furniture(["岱川经济报", "DAICHUAN ECONOMIC DAILY", cn_date(2035, 1, 2) + "　今日特刊32版"], "masthead")
    pg.blank()
    pg.furniture([SPECIAL_YEAR[0], "ANNUAL ECONOMIC REVIEW 2034", SPECIAL_YEAR[1]],
                 "special-issue banner: name, English name, slogan (on every page of the issue)")
    pg.blank()
    a = Article(
        "a", "在不确定中锚定确定", section="致读者", kind="commentary", byline="本报编辑部", authors=[],
        notes="Label 致读者 (section) over the special issue's opening editorial: commentary. Signed 本报编辑部 on a "
              "right-aligned line after the text (byline); an editorial department is not a person, so no authors.",
        paras=[
            "亲爱的读者，当您翻开这份特刊时，2034年已经成为过去。这一年，外部环境复杂多变，国内结构调整持续深化，不少企业经历了订单波动、价格下行的考验。但回望全年，我们看到的更多是韧性与希望。",
            "这一年，全省经济总量迈上新台阶，外贸进出口首次突破万亿元，新能源汽车、储能、低空装备等新兴产业加快成长；县城的夜市重新热闹起来，老旧小区加装了电梯，更多农产品通过网络卖向全国。这些变化，是千千万万劳动者、创业者一点一滴干出来的。",
            "本期特刊共32版，我们用年度综述、十二个关键词、数十组数据和一场场对话，记录这一年的奋斗足迹，也尝试回答读者最关心的问题：新的一年，发展的确定性在哪里？",
            "我们的回答是：确定性在改革开放的坚定步伐里，在创新驱动的不竭动力里，也在每一个认真生活、努力工作的普通人身上。新的一年，我们将继续与您同行。",
        ])
    pg.furniture(["致读者"], "column label 致读者")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 36 + a.byline, "byline")
    pg.blank()
    pg.furniture(["特刊导读",
                  "T02—T03　年度综述",
                  "T16—T17　对话企业家",
                  "一年间，全省经济总量迈上新台阶",
                  "五位企业家谈新一年的信心与打算",
                  "T04—T07　年度数据",
                  "T18—T21　区域篇",
                  "十二组数据读懂2034",
                  "十四个市州的“高光时刻”",
                  "T08—T15　年度关键词",
                  "T22—T28　产业篇",
                  "以旧换新、低空经济、人工智能+……",
                  "从“链主”到“链群”，产业集群加速成势",
                  "T29—T32　展望2035",
                  "专家解读新一年经济走势"],
                 "特刊导读 box, two columns read alternately line by line (not articles)")
    pg.blank()
    b = Article(
        "b", "2034年全省外贸进出口首破万亿元", byline="本报讯（记者　龙望川）", authors=["龙望川"],
        lead="本报讯（记者　龙望川）",
        notes="Headline beginning with a year; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从岱州海关获悉，2034年岱川省货物贸易进出口总值首次突破万亿元，达到1.02万亿元，同比增长7.6%。其中，出口6480亿元，增长9.1%；进口3720亿元，增长5.1%。",
            "从产品看，电动载人汽车、锂离子蓄电池和太阳能电池“新三样”合计出口1260亿元，增长23.4%；从市场看，对共建“一带一路”国家进出口占比提高到51.3%。全省有进出口实绩的外贸企业达到2.1万家，其中民营企业进出口占比超过七成。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["本报地址：岱州市文昌路88号　广告热线：0797-8826××××　零售价：3.00元"], "footer")
    return pg


# ---------------------------------------------------------------------------
def z10() -> Page:
    """年度经济特刊 page T08 (特刊·年度关键词), no indent and no blank line anywhere: 编者按 run in after its label,
    then three keyword pieces, each under its own numbered keyword line (关键词⑦　以旧换新 …)."""
    pg = Page("z10.txt", cols=40, indent="", blanks="never", seed=1510,
              style="年度经济特刊 page T08 of a 40-character column, NO indent and NO blank line anywhere (paragraph ends visible only as short lines): running header (特刊 name with page number, the issue's slogan, label 特刊·年度关键词); 编者按 with the label run in and a U+3000; three pieces, each a keyword line 关键词⑦　以旧换新 / 关键词⑧　低空经济 / 关键词⑨　人工智能+ over its headline and byline line (本报记者 X; 本报记者 X　实习生 Y); footer with editors and date")
    pg.furniture([SPECIAL_YEAR[0] + "　T08", SPECIAL_YEAR[1], "特刊·年度关键词"],
                 "special-issue running header with page number, slogan (on every page), section label")
    pg.furniture(wrap("编者按　岁末年初，本报梳理了2034年全省经济发展中的十二个关键词。它们记录着一年来的奋斗足迹，也预示着新一年的发展方向。本版刊发其中三个。", 40),
                 "编者按 (not an article, not body)")
    arts = [
        Article(
            "a", "旧物换新机，消费添活力", section="关键词⑦　以旧换新", byline="本报记者　柴望舒",
            authors=["柴望舒"],
            paras=[
                "2034年，以旧换新政策从汽车、家电扩展到家装、电动自行车和手机等更多品类。全年全省共有186万人次参与以旧换新，带动相关商品销售额超过420亿元。",
                "政策也在重塑回收链条。全省新建和改造社区回收网点3200多个，“收旧”与“卖新”实现一站式办理。岚阳一家家电卖场的负责人说，过去顾客最头疼的是旧家电没处放，现在送新机时顺手就把旧机拉走了。",
                "业内人士认为，以旧换新不仅拉动了当期消费，也推动了绿色、智能产品的普及。新的一年，如何让政策更加便民、更可持续，值得进一步探索。",
            ]),
        Article(
            "b", "从“飞起来”到“用起来”", section="关键词⑧　低空经济", byline="本报记者　姚一帆　实习生　辛禾",
            authors=["姚一帆", "辛禾"],
            paras=[
                "这一年，低空经济在岱川加速“落地”。全省开通无人机物流航线86条，累计配送包裹120多万件，山区乡镇的快递时效从两天缩短到半天；云屏市开通了首条城市低空观光航线。",
                "产业链条也在加快集聚。岱州低空装备产业园入驻企业达到47家，涵盖整机制造、飞控系统、动力电池等环节。不过，空域管理、安全监管和起降设施建设等问题仍需破解，低空经济从“飞起来”到“用起来”，还有不少路要走。",
            ]),
        Article(
            "c", "“人工智能+”走进车间地头", section="关键词⑨　人工智能+", byline="本报记者　温叙白",
            authors=["温叙白"],
            paras=[
                "在澄湾一家纺织企业，AI验布系统每分钟可检测布匹60米，瑕疵识别准确率超过98%；在青岫县的蔬菜大棚里，农户用手机就能查看智能灌溉系统给出的浇水建议。",
                "2034年，全省推动“人工智能+”行动，遴选了120个典型应用场景，覆盖制造、农业、医疗、政务等领域。全省人工智能核心产业规模突破800亿元，同比增长超过30%。",
                "专家提醒，推进“人工智能+”要防止“一哄而上”，应当聚焦真实需求，重视数据安全和人才培养，让新技术真正转化为生产力。",
            ]),
    ]
    for art in arts:
        art.notes = ("Keyword piece: its keyword line (" + art.section + ") is printed above the headline like a "
                     "column label of its own and is recorded as the section; the page label 特刊·年度关键词 and the "
                     "编者按 are furniture. Byline line under the headline; no indent and no blank line anywhere.")
        pg.line(art, art.section, "kicker")
        pg.headline(art)
        pg.line(art, art.byline, "byline")
        pg.body(art)
    arts[1].notes += " Both the reporter and the 实习生 are authors."
    pg.furniture(["责任编辑：骆闻笛　版式：程小禾　" + cn_date(2035, 1, 2)], "footer")
    return pg


# ---------------------------------------------------------------------------
def z11() -> Page:
    """Weekly business magazine BUSINESS page: display headline broken over three short lines, standfirst,
    credits with spaced slashes (撰文 / X　摄影 / Y　编辑 / Z), a （文中…为化名） note after the text;
    a 商业笔记 column with 文 / 本刊主笔 X and a per-article 责编 line; a 商业速写 piece."""
    pg = Page("z11.txt", cols=28, indent=FW * 2, blanks="para", seed=1511,
              style="weekly business magazine 商业 BUSINESS page: feature with a display headline broken over three short lines (一碗粉， / 撑起 / 百亿产业), standfirst, credits line with spaced slashes 撰文 / X　摄影 / Y　编辑 / Z, two plain crossheads, the note （文中X为化名） after the text; label 商业笔记 over a column with byline 文 / 本刊主笔 X and a 责编：Y line after its text; label 商业速写 over a short piece with byline 文 / 实习记者 X; footer with page, magazine and date")
    pg.furniture(["BUSINESS　商业"], "magazine running head (English and Chinese section name)")
    pg.blank()
    a = Article(
        "a", "一碗粉，撑起百亿产业", head=["一碗粉，", "撑起", "百亿产业"],
        byline="撰文 / 蓝予安　　摄影 / 程一鸥　　编辑 / 路小满", authors=["蓝予安"],
        notes="Display headline broken over three short lines, joined. The standfirst is neither subtitle nor body. "
              "Credits line with spaced slashes: only the writer (撰文) is an author, not the photographer or the "
              "editor. The note （文中梁秋生为化名） after the text is not body. People in the story (梁秋生, 常海舟) are "
              "not authors.",
        paras=[
            "早上六点半，岚阳老城区的一家米粉店已经坐满了客人。老板梁秋生把一勺滚烫的骨头汤浇进碗里，撒上酸笋、花生和葱花，动作一气呵成。这家店开了二十多年，每天要卖出七八百碗粉。",
            "同样在这个早晨，二十公里外的岚阳米粉产业园里，一条全自动生产线正以每小时1.2万袋的速度包装预包装米粉。这些米粉将通过电商平台和连锁超市，送到全国各地消费者的餐桌上。",
            Cross("从街边小店到中央厨房"),
            "十年前，岚阳米粉还只是一种地方小吃，全市米粉相关产值不足10亿元。转折发生在预包装米粉走红之后。2027年前后，几家本地企业把汤料、米粉和配菜做成方便食品，借助直播电商迅速打开了市场。",
            "“最初那几年，订单多到做不过来，很多小作坊也跟着上马，质量参差不齐。”岚阳米粉产业联盟秘书长常海舟回忆，当地随后出台了生产许可、原料溯源和品牌使用等一系列规范，推动小作坊向园区集中。",
            "如今，岚阳已有米粉生产企业112家，配套的酸笋、腐竹、包装、物流企业300多家，米粉全产业链产值超过120亿元。",
            Cross("下一碗粉卖给谁"),
            "规模上去了，新的烦恼也来了。预包装米粉的市场竞争日趋激烈，各地“网红粉”层出不穷，价格战时有发生。部分企业开始向海外市场寻找增量，去年岚阳米粉出口额达到3.6亿元。",
            "梁秋生的店依然每天清晨开门。他说自己不打算做预包装，“一碗现煮的粉，汤是热的，人是熟的，这个味道搬不进袋子里”。",
        ])
    pg.headline(a)
    pg.gap()
    pg.furniture(wrap("从路边小店到中央厨房，从现煮到预包装，岚阳米粉用十年时间完成了从地方小吃到百亿产业的跨越。它的路径能否被复制？", 28),
                 "standfirst (neither subtitle nor body)")
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（文中梁秋生为化名）"], "note after the text (not body)")
    pg.gap()
    b = Article(
        "b", "地方小吃“出圈”靠什么", section="商业笔记", kind="commentary", byline="文 / 本刊主笔　钟离越",
        authors=["钟离越"],
        notes="Label 商业笔记 (section) over a column: byline line 文 / 本刊主笔 X (a two-character surname 钟离), "
              "commentary; the 责编：Y line after the text is not body and the editor is not an author.",
        paras=[
            "一碗地方小吃能否成长为一个产业，流量只是敲门砖。真正决定成败的，是标准化能力和供应链效率：口味能不能稳定复制，原料能不能稳定供应，产品能不能稳定送达。",
            "更重要的是守住品质底线。一些地方小吃火了一阵就销声匿迹，往往是因为一哄而上、以次充好，透支了消费者的信任。地方政府与其忙着造“网红”，不如下功夫立标准、强监管、护品牌。",
        ])
    pg.furniture(["商业笔记"], "column label 商业笔记")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.furniture(["责编：路小满"], "editor line after the column (not body)")
    pg.gap()
    c = Article(
        "c", "社区面包店的十年", section="商业速写", byline="文 / 实习记者　苏晓禾", authors=["苏晓禾"],
        notes="Label 商业速写 (section) over a short piece, byline line 文 / 实习记者 X; the 实习记者 is the author, "
              "the shop owner (霍小满) is not.",
        paras=[
            "在岱州市桂园社区，霍小满的面包店已经开了整整十年。店面不到30平方米，每天只做二十几种面包，卖完就关门。附近不少老顾客，是看着她从一个人揉面、一个人收银，做到现在有了五名店员。",
            "这两年，连锁烘焙品牌接连开进社区，霍小满也感受到了压力。她的办法是做“熟人生意”：记住老顾客的口味，推出低糖和杂粮面包，在社区群里接受预订。去年，小店营业额反而增长了15%。",
        ])
    pg.furniture(["商业速写"], "column label 商业速写")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["52　岱川商业周刊　2035/07/14"], "footer: page number, magazine and date")
    return pg


# ---------------------------------------------------------------------------
def z12() -> Page:
    """Weekly magazine BRIEFING page with full-width digits in headlines and text: five unsigned items under one
    column credit line 本栏撰稿｜X　Y　Z; a 本周语录 box of quotes with ——attribution lines."""
    pg = Page("z12.txt", cols=46, indent="  ", blanks="some", seed=1512, p_para=0.3, p_gap=0.85,
              style="weekly business magazine 商业速览 BRIEFING page, body indented with two ASCII spaces, FULL-WIDTH digits, decimal points and percent signs in headlines and text (增长１２．６％, 第１０万台, ２８亿元); header with page number and English section name; one column credit line 本栏撰稿｜X　Y　Z for all items (no item signed); five items, headline line + one paragraph; 本周语录 box: three quotes, each followed by a ——post　NAME attribution line; footer with magazine, date and page")
    pg.furniture(["08　BRIEFING｜商业速览"], "magazine running head with page number and English section name")
    pg.furniture(["本栏撰稿｜葛望秋　孙小禾　严知夏"], "column credit line for all items (not a byline of any one item)")
    pg.blank()
    items = [
        ("澄湾港上半年集装箱吞吐量增长12.6%",
         "澄湾港务集团7月10日公布，上半年澄湾港完成集装箱吞吐量436万标箱，同比增长12.6%，其中外贸航线箱量占比提高到68%。上半年港口新开通至东南亚和中东的集装箱航线7条，航线总数达到112条。"),
        ("衡锐机械南美工厂第10万台设备下线",
         "衡锐机械集团位于南美的工厂日前迎来第10万台设备下线。该工厂2029年投产，目前本地员工占比超过90%，本地采购率达到46%，产品销往周边11个国家和地区。"),
        ("云帆新材料拟募资28亿元扩产碳纤维",
         "云帆新材料7月11日晚间公告，拟向特定对象发行股票募集资金不超过28亿元，用于年产1.2万吨高性能碳纤维项目及补充流动资金。项目建成后，公司碳纤维年产能将提升至3万吨。"),
        ("岚阳米粉产业联盟发布团体标准",
         "岚阳米粉产业联盟日前发布《预包装岚阳米粉》团体标准，对原料大米、加工工艺、汤料包配比和保质期等作出规定。目前，岚阳米粉全产业链产值已超过120亿元，带动就业约8万人。"),
        ("岱川农商银行推出“碳账户”贷款",
         "岱川农商银行近日推出“碳账户”贷款产品，根据小微企业和农户的碳减排表现给予差异化利率，最高可优惠0.5个百分点。首批已为32户经营主体发放贷款1.1亿元。"),
    ]
    for k, (title, text) in enumerate(items):
        art = Article(
            f"i{k}", fw(title), section="商业速览",
            notes="BRIEFING item (section 商业速览): headline line and one paragraph, full-width digits kept as printed "
                  "in title, first and last. The column credit 本栏撰稿｜X　Y　Z at the top does not say who wrote "
                  "which item: no byline, no authors.",
            paras=[fw(text)])
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["本周语录",
                  "“储能行业比拼的不再是价格，而是谁能活得更久。”",
                  "——岱川衡储能源科技有限公司海外事业部总经理　邝远舟",
                  "“县城消费的潜力，藏在老百姓的日常需要里。”",
                  "——岚阳大学商学院教授　谷雨桐",
                  "“数据跑在屏幕上没有用，要跑进决策里。”",
                  "——岱川明策管理咨询公司合伙人　钱望之"],
                 "本周语录 box: quotes with attribution lines (not articles)")
    pg.blank()
    pg.furniture(["岱川商业周刊　2035/07/14　08"], "footer: magazine, date and page number")
    return pg


PAGES = [z09, z10, z11, z12]
