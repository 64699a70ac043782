"""Pages lk09-lk12 of handmade67 (development set; all papers, agencies, names, firms, places and figures invented).

OCR artifacts inside a body are written into the paragraph text; those of printed lines are made with the
helpers of pages_a (brk, into, cut), never at the start or the end of a body.
"""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import brk, cut, into


# ---------------------------------------------------------------------------
def lk09() -> Page:
    """County strip of a city daily in a very narrow column: label 县域经济 over four items whose headlines
    are spread over two lines with spaces; run-in datelines 本报X月X日讯 wrapped; stray marks."""
    pg = Page("lk09.txt", cols=16, indent=FW, blanks="para", seed=6709,
              style="city daily 县域经济 strip in a very narrow column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 第8版 县域 with a stray _); label 县域经济 over four items, their headlines letter-spaced with spaces and spread over two lines (two broken in mid-word), run-in datelines 本报临川5月20日讯(记者 X) with half-width parentheses and 本报讯(通讯员 X 记者 Y), one with byline line 记者 X 通讯员 Y under the headline, one signed (X) at the end; mixed punctuation, 己 for 已, 土 for 士, stray spaces, a line read in two, the page number read into a line; footer wider than the column")
    pg.furniture(["雩都日报",
                  cn_date(2038, 5, 21),
                  "第8版 县域 _"], "page header")
    pg.blank()
    pg.furniture(["县域经济"], "column label 县域经济")
    pg.blank()
    a = Article(
        "a", "临川县茶叶春季销售额破5亿元", section="县域经济",
        head=["临川县茶叶春季", "销售额破5亿元"],
        byline="本报临川5月20日讯(记者 龚南星)", authors=["龚南星"], lead="本报临川5月20日讯(记者 龚南星)",
        notes="Item of the 县域经济 strip (section). Headline letter-spaced with single spaces and spread over two "
              "lines (title joined unspaced). Run-in dateline 本报临川5月20日讯(记者 X) with half-width parentheses, "
              "filling the first body line, excluded from first. OCR artifacts: half-width comma; 己 misread for 已; a "
              "stray space inside a word (茶 农). The tea farmer quoted is not an author.",
        paras=[
            "今年春茶季，临川县茶叶销售额达5.2亿元,同比增长17%，其中线上销售占比己超过三成。",
            "“一场直播能卖出两千多单。”茶 农邬春山说，县里今年开设了6个直播基地，为茶农免费培训。",
        ])
    pg.headline(a, sep=" ")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "石溪镇光伏项目并网发电", section="县域经济",
        head=["石溪镇光伏项", "目并网发电"],
        byline="本报讯(通讯员 饶一鸣 记者 龚南星)", authors=["饶一鸣", "龚南星"],
        lead="本报讯(通讯员 饶一鸣 记者 龚南星)",
        notes="Item of the strip. Headline spread over two lines broken in MID-WORD (项 / 目; title joined). Run-in "
              "本报讯(通讯员 X 记者 Y) wrapped over lines, excluded from first: both authors. OCR artifacts: the page "
              "number '8' read into a body line; 土 misread as 士 (士地).",
        paras=[
            "5月18日，石溪镇20兆瓦农光互补光伏项目并网发电。项目利用荒坡士地建设，年发电量约2400万千瓦时，每年可为村集体增收96万元。",
        ])
    pg.headline(b, sep=" ")
    pg.gap()
    pg.emit(b, into(pg.render_body(b), 3, " 8"))
    pg.gap()
    c = Article(
        "c", "枫岭县农产品冷链仓投用", section="县域经济",
        head=["枫岭县农产品冷", "链仓投用"],
        byline="记者 龚南星 通讯员 柯晓梅", authors=["龚南星", "柯晓梅"],
        notes="Item of the strip with a byline line 记者 X 通讯员 Y under the headline (wider than the column): both "
              "authors. Headline spread over two lines broken in mid-word (冷 / 链). OCR artifacts: one printed line "
              "read in two; ASCII quotation marks.",
        paras=[
            "枫岭县首个县级农产品冷链仓近日投用，库容1.2万吨，可储存水果、蔬菜和肉类。冷链仓投用后，当地杨梅的\"保鲜期\"从3天延长到15天，销售半径扩大到800公里。",
        ])
    pg.headline(c, sep=" ")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.emit(c, brk(pg.render_body(c), 3, 6))
    pg.gap()
    d = Article(
        "d", "县域快递业务量增长三成", section="县域经济",
        head=["县域快递业务", "量增长三成"],
        byline="(辛禾)", authors=["辛禾"], tail="(辛禾)",
        notes="Item of the strip signed (X) at the end, half-width parentheses: the byline, excluded from last. "
              "Headline spread over two lines broken in mid-word (业务 / 量). OCR artifact: half-width full stop.",
        paras=[
            "1至4月，全市5个县快递业务量合计1.08亿件，同比增长31.6%.农村快递进村覆盖率达98%。",
        ])
    pg.headline(d, sep=" ")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑:姜一帆  校对:俞晓川  投稿:xydjj@ydrb.cn"], "footer wider than the column")
    return pg


# ---------------------------------------------------------------------------
def lk10() -> Page:
    """晨报 楼市 page, NO indent, blank lines sometimes plus column breaks: lead with a letter-spaced headline
    and the running header read as a line inside its body; 成交 table with | marks; article with byline 文/图 X
    and a caption after it; item with its headline on two lines; ad with a barcode read as garbage."""
    pg = Page("lk10.txt", cols=26, indent="", blanks="some", colbreak=9, seed=6710, p_para=0.5, p_gap=0.75,
              style="morning paper 楼市·家居 page, NO indent, blank lines sometimes plus column breaks (a blank line every 9 body lines): header on two lines (paper | B4 | 楼市·家居; date with weekday); lead with headline letter-spaced with spaces, byline line ■本报记者 X, the running header '晨报·楼市' read as a line of its own INSIDE the body, mixed punctuation, 己 for 已; 新房成交 table with | where the rules were; article with byline line 文/图 本报记者 X and a photo caption read after its body; item with run-in 本报讯（记者 X） whose headline is split over two lines; garbage where an ad's barcode was; footer")
    pg.furniture(["淞阳晨报 | B4 | 楼市·家居",
                  cn_date(2038, 10, 9)], "page header")
    pg.blank()
    a = Article(
        "a", "国庆假期新房成交环比增长35%",
        byline="■本报记者 丁青岚", authors=["丁青岚"],
        notes="Lead. Headline letter-spaced with ASCII spaces (title unspaced). Byline line ■本报记者 X. OCR "
              "artifacts: the running header '晨报·楼市' read as a line of its own between two body lines (not "
              "body; two pieces); 己 misread for 已; half-width comma and colon; ASCII quotation marks. No "
              "indent: paragraph starts show only after short lines. The agent quoted is not an author.",
        paras=[
            "据淞阳市房地产交易中心统计，国庆假期7天，全市新建商品住房网签成交1286套，环比9月同期增长35%,成交面积13.9万平方米。改善型住房成交占比达到46%，比上月提高8个百分点。",
            "多个楼盘推出\"以旧换新\"、首付分期等活动。城南一家楼盘的销售经理告诉记者:假期7天来访客户超过1600组，认购118套，己接近上月全月水平。",
            "业内人士认为，随着房贷利率下调和公积金政策优化，改善型需求正在逐步释放，但市场整体回稳仍需时间。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.byline, "byline")
    pg.gap()
    head, tail = cut(pg.render_body(a), 6)
    pg.emit(a, head)
    pg.furniture(["晨报·楼市"], "running header read as a line inside the lead's body")
    pg.emit(a, tail)
    pg.blank()
    pg.furniture(["国庆假期各区新房成交",
                  "| 区域 | 套数 | 环比 |",
                  "| 城南 | 412 | +41% |",
                  "| 高新 | 356 | +38% |",
                  "| 滨江 | 298 | +27% |",
                  "| 其他 | 220 | +29% |"], "新房成交 table (not an article)")
    pg.blank()
    b = Article(
        "b", "旧房改造“局改”订单增多",
        byline="文/图 本报记者 房知夏", authors=["房知夏"],
        notes="Byline line 文/图 本报记者 X (writer and photographer one person, the author). The photo caption "
              "read after the body is not body. OCR artifacts: stray spaces inside words (卫 生间); 未 misread as "
              "末 (末来); a line read in two; half-width parentheses. The designer and the owner quoted are not "
              "authors.",
        paras=[
            "换个厨房、翻新卫 生间、给老人装扶手……国庆假期，淞阳多家家装企业的局部改造(局改)订单明显增多。一家家装公司负责人说，假期签约的订单中，局改占到六成，客单价在3万元到8万元之间。",
            "“房子住了十几年，全拆重装太折腾，局改工期短、花钱少。”业主庞秀芝说。她家的厨房改造只用了12天。",
            "业内人士预计，随着以旧换新补贴政策落地，末来一年旧房局改市场还将保持较快增长。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, brk(pg.render_body(b), 4, 9))
    pg.furniture(wrap("▲设计师在为业主讲解厨房改造方案。", 26), "photo caption after the body (not body)")
    pg.blank()
    c = Article(
        "c", "公积金贷款最高额度提高到120万元",
        head=["公积金贷款最高额度", "提高到120万元"],
        byline="本报讯（记者　丁青岚）", authors=["丁青岚"], lead="本报讯（记者　丁青岚）",
        notes="Headline split over two lines (joined). Run-in 本报讯（记者 X） excluded from first. OCR artifact: "
              "half-width semicolon; stray space between characters (购 房).",
        paras=[
            "淞阳市住房公积金管理中心10月8日发布通知，自11月1日起，双缴存职工家庭购买首套住房的公积金贷款最高额度由100万元提高到120万元;多子女家庭购 房可再上浮20%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["广告 | 淞阳家博会 10月18日—20日 市会展中心",
                  "I|l1|lI||1l|I1I||l|1"], "advertisement with its barcode read as garbage")
    pg.furniture(["编辑:左丘晴  校对:巫一舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lk11() -> Page:
    """经济日报 评论 page: 本报评论员 article; label 经济时评 over a comment signed at its end by a right-aligned
    name; label 一线观察 over a comment with byline 文｜X; 更正 notice; stray marks and header in text."""
    pg = Page("lk11.txt", cols=34, indent=FW * 2, blanks="arts", seed=6711,
              style="economic daily 评论 page indented with two U+3000, blank lines only between articles and blocks: header on three lines (评 论 letter-spaced; paper; date with weekday + 第3版); 本报评论员 article with its headline on two lines and the line 本报评论员 under it, the page's header '评论 3' read into a body line, mixed punctuation; label 经济时评 over a comment signed at its END by a right-aligned name (the leading U+3000s read as ASCII spaces), 己 for 已, ASCII quotation marks; label 一线观察 over a comment with byline line 文｜X and a line read in two; a rule read as ─ and _; 更正 notice; footer")
    pg.furniture(["评 论",
                  "楚衡经济日报",
                  cn_date(2038, 3, 6) + "  第3版"], "page header")
    pg.blank()
    a = Article(
        "a", "以更大力度稳住外资基本盘",
        head=["以更大力度", "稳住外资基本盘"],
        byline="本报评论员", authors=[], kind="commentary",
        notes="Commentary (评论员文章): headline on two lines (joined), the line 本报评论员 under it is the byline "
              "but names no person: no authors. OCR artifacts: the page header '评论 3' read INTO a body line (kept "
              "in the body); half-width comma and semicolon; 末 misread for 未 once (末有).",
        paras=[
            "外资企业是经济发展的重要参与者。去年全省新设外商投资企业1862家，实际使用外资增长6.4%，外资企业以不到3%的企业数量，贡献了近五分之一的税收和四分之一的进出口。",
            "稳外资，关键在于稳预期。要持续放宽市场准入,落实好外资企业国民待遇;要畅通外资企业反映问题的渠道，对企业反映的问题做到件件有回音、事事有着落。前所末有的开放力度，才能换来外资长期扎根的信心。",
            "营商环境没有最好，只有更好。以更大力度稳住外资基本盘，就是为高质量发展积蓄更多动能。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, into(pg.render_body(a), 4, "  评论 3  ", at=10))
    pg.blank()
    pg.furniture(["经济时评"], "column label 经济时评")
    b = Article(
        "b", "“即时零售”需要补上服务短板", section="经济时评",
        byline="鲍清源", authors=["鲍清源"], kind="commentary",
        notes="Comment under the label 经济时评 (section), signed at its END by the writer's name right-aligned on a "
              "line of its own (its leading U+3000s read as ASCII spaces; the byline is written without them). OCR "
              "artifacts: 己 misread for 已; ASCII quotation marks; half-width full stop.",
        paras=[
            "下单后半小时送达，即时零售己成为不少城市居民的购物习惯。去年全省即时零售交易额增长超过三成，带动了一大批社区门店转型.",
            "但\"快\"之外，售后难、退换难、商品信息不透明等问题也时有发生。平台应当压实对入驻商家的管理责任，门店也要把服务做在前头，让\"快\"和\"好\"兼得。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, " " * 50 + b.byline, "byline")
    pg.blank()
    pg.furniture(["一线观察"], "column label 一线观察")
    c = Article(
        "c", "给小店经济多一些包容", section="一线观察",
        byline="文｜景若川", authors=["景若川"], kind="commentary",
        notes="Comment under the label 一线观察 (section) with byline line 文｜X. OCR artifacts: one printed line read "
              "in two; a stray space between characters (摊 点); 土 misread as 士 (本士).",
        paras=[
            "街角的早餐铺、巷口的修鞋摊，是城市烟火气的重要来源，也是不少家庭的收入来源。一些地方在城市管理中推行“柔性执法”，划定临时摊 点、错时经营区域，给小店经济留出了空间。",
            "管理要有温度，也要有尺度。在守住安全、卫生底线的前提下，多一些包容，本士小店才能活下来、活得好。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, brk(pg.render_body(c), 1, 13))
    pg.blank()
    pg.furniture(["─────────_____─────────"], "rule read as box-drawing dashes and underscores")
    pg.furniture(["更正",
                  "本报3月4日第2版《一季度项目集中开工》一文中，“总投资386亿元”应为“总投资368亿元”。特此更正。",
                  "本报编辑部"], "更正 notice (not an article)")
    pg.blank()
    pg.furniture(["本版编辑:祁远  校对:路小鸥"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lk12() -> Page:
    """都市报 综合 page: photo news (brief); economic lead with its headline split over three lines and a chart
    read as garbage; wire item with run-in dateline and (完) on a line of its own; label 简讯 over ● items; ad."""
    pg = Page("lk12.txt", cols=30, indent="  ", blanks="para", seed=6712,
              style="metropolitan daily 综合新闻 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (paper | A03, with | a rule; 综合新闻; date with weekday); photo news (brief): headline letter-spaced with spaces, caption text, credit line 本报记者 X 摄 after it; economic lead with headline split over THREE lines, byline line 本报记者 X 实习生 Y, a line read in two, 己 for 已, a line of garbage where a chart was read between two body lines; wire item with run-in 华川社北京11月2日电（记者 X、Y） and the end mark (完) on a line of its own; label 简讯 over two ● items, one signed (X) at the end; advertisement with garbage; footer")
    pg.furniture(["枫林都市报 | A03",
                  "综合新闻",
                  cn_date(2039, 11, 3)], "page header")
    pg.blank()
    p = Article(
        "p", "首班国际冷链专列抵达枫林",
        byline="本报记者 温书远 摄", authors=["温书远"], kind="brief",
        notes="Photo news (brief): headline letter-spaced with spaces, the caption text is the body, the credit line "
              "本报记者 X 摄 after it is the byline (the photographer is the author of a photo news). OCR artifact: "
              "half-width comma.",
        paras=[
            "11月2日,满载东南亚水果的首班国际冷链专列抵达枫林国际陆港，40个冷藏集装箱装载榴莲、山竹等水果约800吨。",
        ])
    pg.headline(p, sep=" ")
    pg.gap()
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    a = Article(
        "a", "前三季度全市社会消费品零售总额增长6.9%",
        head=["前三季度全市", "社会消费品零售总额", "增长6.9%"],
        byline="本报记者 韩映秋 实习生 沙小满", authors=["韩映秋", "沙小满"],
        notes="Economic lead. Headline split over THREE lines (joined). Byline line 本报记者 X 实习生 Y: both "
              "authors. OCR artifacts: a line of garbage where a chart was read between two body lines (not body; "
              "two pieces); one printed line read in two; 己 misread for 已; half-width comma and colon. The "
              "statistician quoted is not an author.",
        paras=[
            "市统计局11月2日发布数据，前三季度全市实现社会消费品零售总额3268.4亿元，同比增长6.9%,增速比上半年加快0.4个百分点。",
            "分类看，汽车类零售额增长8.2%，其中新能源汽车增长41.6%；家电和音像器材类增长12.3%，通讯器材类增长15.8%，以旧换新政策带动效应明显。",
            "服务消费增长更快。前三季度，全市住宿和餐饮收入增长9.4%，文旅、体育、演出等服务消费己成为新的增长点。市统计局贸易外经处副处长阮知行说:四季度有“双十一”和元旦等消费节点，全年消费有望保持平稳增长。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = brk(pg.render_body(a), 3, 10)
    head, tail = cut(items, 6)
    pg.emit(a, head)
    pg.furniture(["·-·-·~~ ㄇ 二 ||| =-=-. ,,"], "garbage where a chart was")
    pg.emit(a, tail)
    pg.gap()
    b = Article(
        "b", "全国快递业务量突破1500亿件",
        byline="华川社北京11月2日电（记者 乔知远、甄晚晴）", authors=["乔知远", "甄晚晴"],
        lead="华川社北京11月2日电（记者 乔知远、甄晚晴）",
        notes="Wire item of 华川通讯社: run-in dateline （记者 X、Y） excluded from first, both authors; the end mark "
              "(完) printed on a line of its own after the body (not body). OCR artifact: ASCII quotation marks.",
        paras=[
            "记者2日从国家邮政主管部门获悉，截至11月1日，今年全国快递业务量突破1500亿件，比去年提前18天。其中农村地区快递业务量增长两成以上，\"快递进村\"覆盖面持续扩大。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.furniture(["(完)"], "wire end mark on a line of its own")
    pg.gap()
    pg.furniture(["简讯"], "column label 简讯")
    pg.blank()
    c1 = Article("c1", "枫林陆港开通第10条国际货运线路", section="简讯",
                 notes="Item of the 简讯 strip; ● before the headline is a mark. No credit. OCR artifact: 末 "
                       "misread for 未 (末来).",
                 paras=["枫林陆港至南岬的国际货运线路11月1日开通，这是陆港开通的第10条国际线路，末来每周开行2列。"])
    c2 = Article("c2", "“枫林好物”展销会下周开幕", section="简讯",
                 byline="(韩映秋)", authors=["韩映秋"], tail="(韩映秋)",
                 notes="Item of the 简讯 strip signed (X) at the end with half-width parentheses: the byline, "
                       "excluded from last. OCR artifact: stray space between characters (展 销).",
                 paras=["第六届“枫林好物”展 销会将于11月10日至14日在市会展中心举行，预计参展企业380家。"])
    for art in (c1, c2):
        pg.headline(art, lines=["●" + art.title])
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["广告 枫林家电以旧换新 最高补贴2000元  咨询:0×××-6688××××",
                  "▇▆▅▆▇ ■□■□■ ##@%"], "advertisement with its QR code read as garbage")
    pg.furniture(["本版编辑:邵一苇  美编:甘小鹿  校对:纪晴"], "footer")
    return pg


PAGES = [lk09, lk10, lk11, lk12]
