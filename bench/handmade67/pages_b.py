"""Pages lk05-lk08 of handmade67 (development set; all papers, agencies, names, firms, places and figures invented).

OCR artifacts inside a body are written into the paragraph text; those of printed lines are made with the
helpers of pages_a (brk, into, cut), never at the start or the end of a body.
"""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import brk, cut, into


# ---------------------------------------------------------------------------
def lk05() -> Page:
    """商报 消费 page with a blank line after EVERY line: lead with a letter-spaced headline over two lines
    broken in mid-word; advertisement with a QR code read as garbage; article with byline 实习生 X 本报记者 Y;
    item signed at the end."""
    pg = Page("lk05.txt", cols=22, indent=FW * 2, blanks="every", seed=6705,
              style="商报 消费·市场 page OCR'd with a blank line after EVERY line: header on two lines (paper | 版名, the | a rule; date with weekday + A06); lead whose headline is letter-spaced with single spaces over two lines broken in mid-word, byline line 本报记者 X, ASCII '' quotation marks, 己 for 已, a line read in two; department-store advertisement whose QR code is read as a line of garbage; article with byline line 实习生 X  本报记者 Y (order reversed), a stray · read into a line; item signed (记者 X) at the end with half-width parentheses; footer")
    pg.furniture(["鸿湾商报 | 消费·市场",
                  cn_date(2037, 4, 8) + "  A06"], "page header")
    a = Article(
        "a", "清明假期全市重点商圈客流增长两成",
        head=["清明假期全市重点商", "圈客流增长两成"],
        byline="本报记者 裴若溪", authors=["裴若溪"],
        notes="Lead. Headline letter-spaced with single ASCII spaces and printed over two lines broken in mid-word "
              "(重点商 / 圈客流; title joined unspaced). OCR artifacts: blank line after every line (extraction habit); ASCII quotation marks '' "
              "for the printed ‘ ’; 己 misread for 已 (己成为); one printed line read in two; half-width comma. The "
              "shopper quoted is not an author.",
        paras=[
            "记者从市商务局获悉，清明假期3天，全市12个重点商圈累计客流486万人次，同比增长21.3%；重点监测的商贸企业实现销售额9.7亿元，增长12.6%。",
            "踏青出游带动户外用品热销，冲锋衣、露营装备销售额分别增长46%和38%,青团、艾粿等时令食品也卖得红火。\"带孩子逛完春日市集，再买两盒''网红''青团回家。\"市民韩小溪说。",
            "夜间消费己成为商圈增长的新亮点。假期晚6点至10点，重点商圈客流占全天的43%。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.byline, "byline")
    pg.emit(a, brk(pg.render_body(a), 4, 7))
    pg.furniture(["广告",
                  "鸿湾百货 春装上新 满300减50",
                  "活动时间:4月8日—4月14日",
                  "地址:鸿湾市中山路188号",
                  "扫码关注 ▇▆▇▅▆ #■□▪■%□■#@□▪■",
                  "热线:0×××-8866××××"], "department-store advertisement, its QR code read as garbage (not an article)")
    b = Article(
        "b", "老字号门店试水“首店经济”",
        byline="实习生 詹小棠  本报记者 裴若溪", authors=["詹小棠", "裴若溪"],
        notes="Byline line 实习生 X  本报记者 Y (the 实习生 named first): both authors. OCR artifacts: a stray · (a "
              "dotted rule) read into a body line; 末 misread for 未 (末曾); half-width colon. The manager quoted is "
              "not an author.",
        paras=[
            "4月6日，创立于1921年的鸿湾老字号糕点品牌“稻香居”在城西新开了一家集烘焙体验、茶饮和文创于一体的旗舰店，开业首日接待顾客3200余人次。",
            "“这是我们百年来第一次开体验店，很多年轻顾客以前末曾进过我们的门店。”稻香居总经理罗叶青说:店里的“老字号新点心”，一半以上是近两年研发的新品。",
            "今年以来，全市已有24个品牌在本地开设首店，其中老字号品牌7个。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, into(pg.render_body(b), 5, " ·"))
    c = Article(
        "c", "二手车交易量同比增长18%",
        byline="(记者 裴若溪)", authors=["裴若溪"], tail="(记者 裴若溪)",
        notes="Item signed (记者 X) at the end with half-width parentheses: the byline, excluded from last. OCR "
              "artifact: stray space between characters (交 易).",
        paras=[
            "一季度，全市二手车交 易量4.36万辆，同比增长18.2%,交易额达26.8亿元。新能源二手车交易量占比提高到11.4%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["责任编辑:甘棠  组版:温一禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lk06() -> Page:
    """产经 page with column breaks: an article whose body comes first and whose headline and byline are read
    AFTER it; lead with kicker and ——副题 and a running header read into a line; article with caption read in;
    item with run-in 本报讯."""
    pg = Page("lk06.txt", cols=28, indent=FW * 2, blanks="para", colbreak=10, seed=6706,
              style="产经报 产业 page, blank lines between paragraphs and blocks plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on two lines (paper + 产业·园区; date with weekday + 第6版); an article whose body is read FIRST and whose headline and byline line 本报记者 X are read AFTER it; lead with 引题 kicker, headline, ——副题 and byline line 本报记者 X  通讯员 Y, the running header '产业·园区 6' read into a body line, 士 misread as 土 (博土), ASCII quotation marks; article with byline line 记者 X 摄影 Y, a photo caption read between two body lines; item with run-in 本报讯(记者 X  通讯员 Y); stray | and _ marks; footer")
    pg.furniture(["中衡产经报  产业·园区",
                  cn_date(2037, 6, 16) + "  第6版"], "page header")
    pg.blank()
    a = Article(
        "a", "氢能产业园首批企业投产",
        byline="本报记者 邢知远", authors=["邢知远"],
        notes="The body is read FIRST (right after the page header) and the headline and byline line 本报记者 X are "
              "read AFTER it (OCR read the text block before the headline block). OCR artifacts: half-width comma and "
              "colon; a stray | read into a line. The executive quoted is not an author.",
        paras=[
            "6月15日，位于滨江化工园区的氢能产业园首批3家企业投产，涉及燃料电池电堆、储氢瓶和加氢设备，一期年产值预计可达28亿元。",
            "产业园规划面积2.6平方公里,已签约项目19个，总投资156亿元。园区依托周边化工企业副产氢资源，可实现氢气就近供应，每公斤用氢成本比外购降低约30%。",
            "“从签约到投产只用了14个月。”入驻企业衡氢动力副总经理左文澜说:园区帮助企业办理了环评、安评等手续，还协调解决了人才公寓。",
        ])
    pg.emit(a, into(pg.render_body(a), 3, " |"))
    pg.gap()
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    b = Article(
        "b", "“数字车间”让老厂焕新",
        subtitle="——全市规上工业企业数字化改造覆盖率达76%",
        byline="本报记者 邢知远  通讯员 蓝若冰", authors=["邢知远", "蓝若冰"],
        notes="Lead. The 引题 kicker 智改数转进行时 is neither title nor subtitle; ——副题 the subtitle. Byline line "
              "本报记者 X  通讯员 Y: both authors. OCR artifacts: the running header '产业·园区 6' read INTO a body "
              "line (kept in the body); 士 misread as 土 (博土); ASCII quotation marks; one printed line read in two; "
              "a column break (blank line) inside a paragraph. The plant manager quoted is not an author.",
        paras=[
            "走进中衡机床厂的装配车间，18台数控加工中心正在自动运转，机械臂把毛坯件送上机床，加工完的零件再由AGV小车运往下一道工序。整个车间只有6名工人，主要负责巡检和调试。",
            "“三年前这里还是\"人海战术\"，一个班要40多人。”厂长侯一川说，改造后，车间生产效率提高了62%，产品不良率从3.1%降到0.8%，能耗下降17%。工厂还与本地高校合作，引进了4名博土组建工业软件团队。",
            "据市工信局统计，目前全市规上工业企业数字化改造覆盖率达76%,累计建成省级智能工厂和数字化车间132个。今年全市将安排专项资金3亿元，对中小企业数字化改造给予最高200万元补助。",
        ])
    pg.kicker(b, "智改数转进行时")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    items = pg.render_body(b)
    items = into(items, 4, "  产业·园区 6  ", at=8)
    items = brk(items, 7, 12)
    pg.emit(b, items)
    pg.gap()
    pg.furniture(["_____|_____|_____"], "rule read as underscores and bars")
    pg.blank()
    c = Article(
        "c", "滨江湾区跨境物流枢纽开工",
        byline="记者 殷晴川 摄影 罗映", authors=["殷晴川"],
        notes="Byline line 记者 X 摄影 Y: only the writer is an author (the photographer is not, as 文／X 图／Y). OCR "
              "artifacts: a photo caption with its credit read between two body lines (not body; two pieces); 己 "
              "misread for 已.",
        paras=[
            "6月12日，滨江湾区跨境物流枢纽项目开工。项目总投资42亿元，建设保税仓储、冷链分拨和跨境电商监管中心，建成后年货物吞吐能力可达180万吨。",
            "目前，项目己与6家物流企业和3家跨境电商平台签订入驻协议，预计2039年一期投用。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    head, tail = cut(pg.render_body(c), 2)
    pg.emit(c, head)
    pg.furniture(["▲项目开工现场。  罗映 摄"], "photo caption with credit read into the text")
    pg.emit(c, tail)
    pg.gap()
    d = Article(
        "d", "新材料中试基地服务企业超百家",
        byline="本报讯(记者 殷晴川  通讯员 蓝若冰)", authors=["殷晴川", "蓝若冰"],
        lead="本报讯(记者 殷晴川  通讯员 蓝若冰)",
        notes="Run-in 本报讯(记者 X  通讯员 Y) read with half-width parentheses, excluded from first: both authors. "
              "OCR artifact: half-width full stop.",
        paras=[
            "中衡新材料中试基地运行一年来，已为112家企业提供小批量试制和检测服务，帮助企业缩短研发周期约40%.基地今年将新增3条中试线。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑:魏澄  美编:秦一  校对:卞小河"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lk07() -> Page:
    """都市报 民生 page, blank lines only between articles: lead with an unevenly spaced headline; 记者帮办
    item; 便民提示 box; 招聘会 item; garbage lines where a QR code and a photo were."""
    pg = Page("lk07.txt", cols=32, indent=FW, blanks="arts", seed=6707,
              style="metropolitan daily 民生·消费 page indented with ONE U+3000, blank lines only between articles and blocks: header on three lines (A10 民生; paper; date with weekday, a row of · from a dotted rule); lead whose headline is read with uneven spaces (菜价 平稳 …), byline line 本报记者 X, mixed punctuation, ASCII quotation marks, 未 for 末 (月未); label 记者帮办 over a consumer-complaint item with byline line 本报记者 X and a line read in two; 便民提示 box (three numbered lines); job-fair item with run-in 本报讯（记者 X　实习生 Y） read with a space, a photo read as a line of garbage between two body lines; QR code read as garbage above the footer")
    pg.furniture(["A10  民生",
                  "汐城都市报",
                  cn_date(2037, 2, 25) + "  · · · · · · · · ·"], "page header")
    pg.blank()
    a = Article(
        "a", "菜价平稳供应足节后“菜篮子”拎得稳",
        head=["菜价 平稳 供应足  节后“菜篮子”拎得稳"],
        byline="本报记者 孔映川", authors=["孔映川"],
        notes="Lead. Headline read with uneven spaces (title written unspaced). OCR artifacts: 末 misread as 未 "
              "(月未 for 月末); ASCII quotation marks; half-width comma, colon and full stop beside full-width ones. "
              "The vendor and the official quoted are not authors.",
        paras=[
            "春节过后，汐城市场供应平稳。市商务局监测显示，2月24日全市36种蔬菜平均零售价为每公斤6.82元，比节前下降7.4%,猪肉、鸡蛋价格基本稳定。",
            "在北门农贸市场，菜摊老板申小满告诉记者:\"节后外地菜陆续运到，白菜、萝卜都比节前便宜了一块钱左右.\"",
            "据介绍，全市蔬菜储备和应急保供企业库存可满足市民12天消费需求。市商务局提醒，2月未前部分叶菜价格可能受天气影响小幅波动，市民可关注各区平价菜店每日公示的价格。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["记者帮办"], "column label 记者帮办")
    b = Article(
        "b", "预付卡健身房闭店会员退费有着落", section="记者帮办",
        byline="本报记者 尹晓棠", authors=["尹晓棠"],
        notes="Consumer-complaint item under the label 记者帮办 (section). Byline line 本报记者 X. OCR artifacts: one "
              "printed line read in two; 己 misread for 已 (己退); half-width parentheses. The reader and the "
              "market-regulation official are not authors.",
        paras=[
            "读者姚先生致电本报称，他在城东一家健身房办理的年卡还剩7个月，健身房却突然闭店。记者随后联系汐城市市场监管局东城分局，经协调，健身房经营者同意按剩余期限退费。",
            "截至2月24日，该健身房218名会员中己有176人(占80.7%)拿到退款，其余会员将于3月10日前办结。市场监管部门提醒，办理预付卡时应选择备案经营者，单张卡充值不宜过多。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, brk(pg.render_body(b), 3, 15))
    pg.blank()
    pg.furniture(["便民提示",
                  "1.本周六起,市民服务中心延长办公至晚8点;",
                  "2.2月27日0时至5时,城南部分区域计划停水;",
                  "3.公积金线上提取3月1日起免交纸质材料。"], "便民提示 box (not an article)")
    pg.blank()
    c = Article(
        "c", "春风行动招聘会提供岗位1.2万个",
        byline="本报讯 （记者 孔映川　实习生 苗一鸥）", authors=["孔映川", "苗一鸥"],
        lead="本报讯 （记者 孔映川　实习生 苗一鸥）",
        notes="Run-in 本报讯 （记者 X　实习生 Y） read with a space, excluded from first; reporter and 实习生 both "
              "authors. OCR artifacts: a line of garbage where a photo was read between two body lines (not body; "
              "two pieces); stray spaces between characters (岗 位).",
        paras=[
            "2月24日，2037年汐城市“春风行动”大型招聘会在市人才市场举行，326家企业提供岗 位1.2万个，其中制造业岗位占58%，平均月薪6200元。当天进场求职者4800余人，初步达成就业意向1960人。",
            "市人社局介绍，3月底前全市还将举办线上线下招聘活动45场。",
        ])
    pg.headline(c)
    head, tail = cut(pg.render_body(c), 3)
    pg.emit(c, head)
    pg.furniture(["#@.:;%&*ii!|l~^~~`,,.::"], "garbage where the photo was")
    pg.emit(c, tail)
    pg.blank()
    pg.furniture(["▆▇▅▇▆ ■□■■□■ ▪□▪ 扫码看更多民生资讯"], "QR code read as garbage")
    pg.furniture(["本版编辑:韦小舟  校对:万晴"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lk08() -> Page:
    """金融 page in a wide column, blank lines sometimes: Q&A interview (headline over two lines, ——副题 访…,
    byline, 问:/答: with half-width colons); label 金融快讯 over three items with run-in headlines in 【】 and
    [ ]; stray marks."""
    pg = Page("lk08.txt", cols=40, indent="  ", blanks="some", seed=6708, p_para=0.5, p_gap=0.8,
              style="金融 page in a wide column indented with two ASCII spaces, blank lines sometimes: header on two lines (paper + 金融·理财 + 第7版; date with weekday); Q&A interview with a headline over two lines, ——副题 访…, byline line 本报记者 X, then 问:／答: paragraphs (colons half-width in some, full-width in others), a line read in two, 己 for 已; a rule read as ~ and ·; label 金融快讯 over three items whose headlines are run in at the start of their text in 【】 (one read as [ ]), one signed （X） at the end; article with byline line 记者 X, 末 for 未; footer with editor")
    pg.furniture(["岚川金融报  金融·理财  第7版",
                  cn_date(2037, 9, 3)], "page header")
    pg.blank()
    a = Article(
        "a", "让养老理财产品更好守护“钱袋子”",
        head=["让养老理财产品", "更好守护“钱袋子”"],
        subtitle="——访岚川银行业协会秘书长范启明",
        byline="本报记者 冼书远", authors=["冼书远"], kind="interview",
        notes="Interview (问／答). Headline on two lines (joined). ——副题 访X is the subtitle; the interviewee 范启明 is "
              "not an author, the reporter is. Body: the intro and every 问:／答: paragraph. OCR artifacts: colons "
              "after 问 and 答 half-width in some paragraphs and full-width in others; 己 misread for 已; one printed "
              "line read in two.",
        paras=[
            "今年以来，岚川辖内银行理财公司陆续推出多款养老理财产品。这类产品有何特点？投资者应注意什么？记者采访了岚川银行业协会秘书长范启明。",
            "问:养老理财产品与普通理财产品有什么不同？",
            "答：养老理财产品期限一般在5年以上，采用稳健的投资策略，并设有收益平滑基金等机制，更适合有长期养老规划的投资者。目前辖内养老理财产品规模己达186亿元，投资者超过21万人。",
            "问：投资者在购买时需要注意哪些问题？",
            "答:要看清产品的期限和赎回规则，养老理财产品提前赎回可能需要满足特定条件；要关注业绩比较基准，它不等于实际收益；还要警惕打着“养老”旗号的非法集资。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, brk(pg.render_body(a), 6, 16))
    pg.gap()
    pg.furniture(["~ ~ ~ · · · ~ ~ ~ · · · ~ ~ ~"], "rule read as tildes and dots")
    pg.furniture(["金融快讯"], "column label 金融快讯")
    c1 = Article("c1", "8月末全市本外币存款余额增长9.1%", section="金融快讯", lead="【8月末全市本外币存款余额增长9.1%】",
                 notes="Item of the 金融快讯 strip whose headline is run in at the start of its text in 【】: the title; "
                       "title_line is the first body line and the bracketed headline is excluded from first. No "
                       "credit. OCR artifact: half-width comma.",
                 paras=["人民银行岚川市分行数据显示，8月末全市本外币各项存款余额1.86万亿元，同比增长9.1%,住户存款增加较多。"])
    c2 = Article("c2", "首单绿色科技债券落地", section="金融快讯", lead="[首单绿色科技债券落地]",
                 byline="（齐若川）", authors=["齐若川"], tail="（齐若川）",
                 notes="Item of the 金融快讯 strip whose run-in headline is read with half-width brackets [ ] (OCR): "
                       "the title; excluded from first. Signed （X） at the end: the byline, excluded from last.",
                 paras=["岚川一家新能源企业日前在银行间市场发行3亿元绿色科技债券，期限3年，票面利率2.35%，为全市首单。"])
    c3 = Article("c3", "数字人民币消费红包本周发放", section="金融快讯", lead="【数字人民币消费红包本周发放】",
                 notes="Item of the 金融快讯 strip with the headline run in in 【】; no credit. OCR artifact: stray "
                       "space between characters (红 包).",
                 paras=["本周六起，全市将分两批发放数字人民币消费红 包共500万元，可在指定商超和餐饮门店使用。"])
    for art in (c1, c2, c3):
        pg.body(art, head_role=True)
        pg.gap()
    d = Article(
        "d", "保险理赔线上化率超九成",
        byline="记者 冼书远", authors=["冼书远"],
        notes="Byline line 记者 X. OCR artifacts: 末 misread for 未 (末来); ASCII quotation marks; a stray | read "
              "into a body line.",
        paras=[
            "岚川银保监部门数据显示，上半年全市车险、健康险理赔线上化率达到92.6%，小额理赔平均到账时间缩短至1.2天。多家保险公司推出\"一键理赔\"服务，客户上传资料后最快几分钟就能到账。",
            "业内人士表示，末来理赔服务还将与医院、交管等数据进一步打通，让理赔更省心。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.emit(d, into(pg.render_body(d), 1, " |"))
    pg.blank()
    pg.furniture(["责任编辑:龙小枫  校对:项一川"], "footer")
    return pg


PAGES = [lk05, lk06, lk07, lk08]
