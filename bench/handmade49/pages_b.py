"""Pages ks05-ks08 of handmade49 (development set; all papers, names, firms, books, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def ks05() -> Page:
    """Economic daily's 生活·消费 page extracted with a blank line after EVERY line: letter-spaced headlines
    (spread over two lines with U+3000, broken mid-word; single ASCII spaces on one line; two given lines);
    消费提示 box right after an article's body; run-in 本报讯（记者 X）; appliance-mall advertisement; item signed
    （记者 X） run in at the end."""
    pg = Page("ks05.txt", cols=18, indent="  ", blanks="every", seed=4905,
              style="economic daily's 生活·消费 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines; headlines letter-spaced: the lead's spread across the column with U+3000 on two lines broken in MID-WORD (入　夏　空　调　清　洗　服 / 务　价　格　差　异　大), one with single ASCII spaces on one line, one on two given lines with single spaces (quotation marks spaced too); byline line 本报记者 X; 消费提示 box (label and three ● tips) right after the lead's body; run-in 本报讯（记者 X）; appliance-mall ADVERTISEMENT (广告, mall, sale, offers, dates, hotline) between articles; item signed （记者 X） run in at the end; footer with editor and 组版")
    pg.furniture(["生活·消费　第6版", "澜州经济报　" + cn_date(2035, 6, 15)], "page header")
    a = Article(
        "a", "入夏空调清洗服务价格差异大",
        byline="本报记者　聂清川", authors=["聂清川"],
        notes="Headline letter-spaced with U+3000 across the column, in two halves broken in mid-word (服 / 务), "
              "joined unspaced. Byline line 本报记者 X. **new:** the 消费提示 box (label and ● tips, no headline, no "
              "byline) printed right after the body is not body and not an article. The shopper quoted (杭女士) is "
              "not an author.",
        paras=[
            "入夏以来，澜州气温持续走高，家电清洗服务迎来旺季。记者近日走访发现，同样是清洗一台挂式空调，不同商家的报价从60元到200元不等，价格相差三倍多。",
            "在岚桥区一家家电服务门店，工作人员介绍，店里的挂机清洗分为“基础清洗”和“深度拆洗”两档，价格分别为80元和168元，深度拆洗需要拆下面板、蒸发器和风轮，用高温蒸汽消毒。“很多顾客只看价格，选了便宜的，结果洗完还是有异味。”",
            "记者在多个网络平台上看到，部分商家标价“空调清洗29.9元起”，但下单后上门师傅往往以“机器太脏”“需要加药剂”等理由加价。市民杭女士说，她预约了一次39元的清洗服务，最后实际支付了150元。",
            "澜州市消费者协会数据显示，今年5月以来，该会共受理家电清洗类投诉87件，同比增长近四成，主要集中在价格不透明、服务缩水和损坏家电等方面。",
        ])
    pg.headline(a, spread_cols=18)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["消费提示",
                  "●选择有资质的正规服务商",
                  "●上门前问清收费项目和标准",
                  "●清洗后当场试机并索要发票"], "消费提示 box of tips after the lead (not body, not an article)")
    b = Article(
        "b", "澜州发放第二批数字消费券",
        byline="本报讯（记者　宁远岫）", authors=["宁远岫"], lead="本报讯（记者　宁远岫）",
        notes="Headline letter-spaced with single ASCII spaces on one line, written unspaced. Run-in 本报讯（记者 X） "
              "excluded from first.",
        paras=[
            "记者从澜州市商务局获悉，澜州第二批数字消费券将于6月20日起分三轮发放，总额5000万元，涵盖餐饮、零售、文旅和家电四大类。",
            "此次消费券采取“满减”方式，其中家电类消费券单张最高可抵扣500元。市民可通过“澜州生活”应用程序参与抽签领取，领券后需在7日内使用，逾期自动作废。",
        ])
    pg.headline(b, sep=" ")
    pg.body(b)
    pg.furniture(["广告",
                  "岚桥家电城",
                  "夏日焕新节",
                  "空调整机8折起",
                  "以旧换新再补300元",
                  "6月15日—6月30日",
                  "热线：400-815-××××"], "appliance-mall advertisement (not an article)")
    d = Article(
        "d", "老字号推出“夜市限定”糕点",
        byline="（记者　洪若溪）", authors=["洪若溪"], tail="（记者　洪若溪）",
        notes="Headline of two given lines, each letter-spaced with single ASCII spaces (the quotation marks spaced "
              "too), joined unspaced. Signed （记者 X） run in at the end, excluded from last.",
        paras=[
            "走进澜州老城区的“陶记糕团”门店，橱窗里新添了几款造型别致的小点心：桂花糖藕糕、薄荷绿豆冻、荷叶米糕……店员告诉记者，这是专为夏季夜市推出的限定产品，每晚6点后在步行街的流动摊位上销售。",
            "据介绍，限定糕点推出半个多月来，日均销售超过2000份，不少年轻顾客专门从外区赶来购买。老城区管委会表示，今年夏季夜市将持续到9月底，已吸引58家老字号和特色小店入驻。",
        ])
    pg.headline(d, lines=["老 字 号 推 出", "“ 夜 市 限 定 ” 糕 点"])
    pg.body(d)
    pg.furniture(["编辑：凌小满　　组版：余一笛"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ks06() -> Page:
    """Finance paper's 数据说 chart page, NO indent: two charts whose figures and labels the extractor left one
    per line (axis values, years, percentages, 制图／数据来源); analysis with ——副题 and byline line 本报数据新闻部
    X; label 数字看点 over two short items (run-in 本报讯（记者 X）; no byline at all)."""
    pg = Page("ks06.txt", cols=40, indent="", blanks="some", seed=4906, p_para=0.5, p_gap=0.85,
              style="finance daily's 数据说 chart page, NO indent, blank lines sometimes: header on two lines (版名 数据说; paper + date with weekday + B6); chart 1 as extraction leaves it (title 图1…, unit line, four axis values each alone on a line, a row of five values, a row of years, a row of growth rates, 数据来源 + 制图 line) BEFORE the analysis; analysis with ——副题 and byline line 本报数据新闻部　X; chart 2 (title, four labels each over its percentage on a line of its own, 制图 line) after it; label 数字看点 over two short items, one with run-in 本报讯（记者 X）, one with no byline; footer with editor, chart maker, proof-reader")
    pg.furniture(["数据说",
                  "鼎昌财经日报　" + cn_date(2035, 6, 17) + "　B6"], "page header")
    pg.blank()
    pg.furniture(["图1　2030—2034年全国居民人均可支配收入",
                  "（单位：万元）",
                  "5.0",
                  "4.5",
                  "4.0",
                  "3.5",
                  "3.92　4.13　4.35　4.58　4.81",
                  "2030　2031　2032　2033　2034",
                  "名义增长（%）　5.6　5.4　5.3　5.3　5.0",
                  "数据来源：统计部门　　制图：杭雨歇"], "chart 1: title, axis values, figures and labels (not an article)")
    pg.blank()
    a = Article(
        "a", "居民钱包“鼓”在哪里", subtitle="——从五年收入数据看结构变化",
        byline="本报数据新闻部　覃一帆", authors=["覃一帆"],
        notes="Data analysis printed between two charts. ——副题 is the subtitle. **new:** byline line 本报数据新闻部　X "
              "(a desk before the name): the writer is the author; the chart maker credited in the charts (杭雨歇) is "
              "not. The charts (axis values, figures, labels, 制图, 数据来源) are not body and not articles.",
        paras=[
            "统计部门数据显示，2034年全国居民人均可支配收入达到4.81万元，比2030年增加8900元，年均名义增长5.2%。收入稳步增长的同时，收入来源结构也在悄然变化。",
            "工资性收入仍是“主力”。2034年，居民人均工资性收入2.71万元，占可支配收入的56.3%，比2030年下降0.9个百分点。经营净收入占比为16.4%，基本保持稳定。",
            "财产净收入增速放缓，转移净收入占比提高。受利率下行和房租收入减少影响，居民人均财产净收入年均增长3.1%，明显低于整体收入增速，占比降至8.2%。与之相对应，随着养老金水平提高和社会保障覆盖面扩大，转移净收入占比由2030年的18.1%提高到19.1%。",
            "城乡收入差距继续缩小。2034年，城镇居民人均可支配收入6.12万元，农村居民2.68万元，城乡居民收入比由2030年的2.50下降到2.28。农村居民收入增速已连续多年快于城镇居民。",
            "分析人士认为，今后要进一步提高居民收入在国民收入分配中的比重，拓宽居民财产性收入渠道，让更多居民分享经济发展的成果。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["图2　2034年居民人均可支配收入构成",
                  "工资性收入",
                  "56.3%",
                  "经营净收入",
                  "16.4%",
                  "财产净收入",
                  "8.2%",
                  "转移净收入",
                  "19.1%",
                  "制图：杭雨歇"], "chart 2: title, labels and percentages (not an article)")
    pg.blank()
    pg.furniture(["数字看点"], "column label 数字看点")
    b = Article(
        "b", "人均快递使用量达到132件", section="数字看点",
        byline="本报讯（记者　柯望）", authors=["柯望"], lead="本报讯（记者　柯望）",
        notes="Item under the label 数字看点 (section). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "邮政管理部门最新发布的数据显示，2034年全国快递业务量达到1860亿件，人均快递使用量约132件，比上年增加15件。其中，农村地区快递业务量增长21.4%，增速高于城市9.2个百分点，“快递进村”成效继续显现。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "居民服务性消费支出占比升至46.6%", section="数字看点",
        notes="Item under the label 数字看点 (section) with no byline and no dateline: no authors.",
        paras=[
            "2034年，全国居民人均消费支出3.26万元，其中服务性消费支出1.52万元，占比达到46.6%，比上年提高1.1个百分点。餐饮、旅游、教育文化娱乐和医疗保健支出增长较快。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：施听雨　　制图：杭雨歇　　校对：晁一舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ks07() -> Page:
    """Weekend 副刊 page: label 长篇纪实连载 over a serialized piece (series name as headline, installment line 之三
    …, byline line 文／X, 【前情提要】 box before the body, （未完待续） and 下期预告 lines after it); essay signed
    at the end by a right-aligned □X; 征稿启事 notice."""
    pg = Page("ks07.txt", cols=26, indent=FW * 2, blanks="arts", seed=4907,
              style="economic daily's weekend 副刊 page, two U+3000 indent, blank lines only between articles and blocks: header on three lines (副刊 name 澜水·副刊; paper + date with weekday; 第8版); label 长篇纪实连载 over a serialized piece (about 530 chars): the series name as headline, the installment line 之三　钱庄街的黄昏 under it, byline line 文／X, a 【前情提要】 summary paragraph between byline and body, （未完待续） on a line of its own and a 下期预告 line after the body; essay with no byline under its headline, signed at the end by □X right-aligned; 征稿启事 notice (label, indented text, e-mail, right-aligned editorial office); footer with editor and designer")
    pg.furniture(["澜水·副刊",
                  "澜州经济报　" + cn_date(2035, 6, 15),
                  "第8版"], "page header")
    pg.blank()
    a = Article(
        "a", "百年商埠：曲港往事", section="长篇纪实连载", subtitle="之三　钱庄街的黄昏",
        byline="文／程野渡", authors=["程野渡"],
        notes="**new:** installment of a serialized piece under the label 长篇纪实连载 (section): the series name "
              "printed as the headline is the title, the installment line under it (之三　钱庄街的黄昏) is the "
              "subtitle. Byline line 文／X. The 【前情提要】 summary between byline and body (the editor's recap of "
              "earlier installments), the line （未完待续） and the 下期预告 line after the body are not body. The "
              "characters (陈敬之, 陈敬斋) are not authors.",
        paras=[
            "那一年的秋天，曲港的钱庄街比往年冷清了许多。街口那家开了三十多年的“同和”钱庄，在中秋节前悄悄摘下了招牌，伙计们把桌椅搬上板车，一车一车拉到码头边的旧货行去。",
            "陈敬之站在“恒裕”的柜台后面，看着对门的空铺子，半天没有说话。他心里清楚，“同和”倒下，不是因为东家不会做生意，而是钱庄这门生意本身正在变。几年前，曲港开了第一家新式银行，大理石的柜台，玻璃的窗子，存款有息，汇兑便捷，洋行和大商号的账户一个接一个地转了过去。",
            "“二哥，咱们也得想想办法了。”弟弟陈敬斋从后堂出来，手里捏着一叠账单，“这个月又有三家老主顾来提了存款，说是要存到银行去。”",
            "陈敬之没有接话，转身从柜子里取出一本蓝布封面的账簿。那是父亲留下的，记着“恒裕”开张以来每一笔大额放款的去向：谁家的船，谁家的货栈，谁家的茶行。他一页一页地翻着，忽然停在了一行字上——“贷银五百两于林氏丝厂，三年本息俱清”。",
            "“银行做的是大商号的生意，”陈敬之合上账簿，慢慢地说，“可曲港的小作坊、小丝厂，银行未必看得上。这些人的底细，我们比谁都清楚。”",
            "那天晚上，兄弟俩在后堂谈到很晚。第二年开春，“恒裕”钱庄改组为“恒裕商业储蓄社”，专做曲港周边小工厂和手工作坊的放款。这在当时的曲港商界，是一个颇有争议的决定。",
        ])
    pg.furniture(["长篇纪实连载"], "column label 长篇纪实连载")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.furniture(wrap("【前情提要】曲港开埠后，洋行林立，本地商人陆续投身航运和南货生意。陈氏兄弟合伙开设的“恒裕”钱庄，在一场银根风潮中勉强渡过难关……", 26),
                 "【前情提要】 summary of earlier installments (not body)")
    pg.body(a)
    pg.furniture(["（未完待续）", "下期预告：之四　丝厂的烟囱"], "（未完待续） and 下期预告 lines (not body)")
    pg.blank()
    b = Article(
        "b", "外婆的算盘", byline="□蓝采薇", authors=["蓝采薇"],
        notes="Essay with no byline under its headline, signed at the end by □X on a right-aligned line of its own "
              "(the byline, written without its leading U+3000s); the writer is the author. Kind article.",
        paras=[
            "外婆家的五斗柜上，一直放着一把黑漆算盘。算盘不大，框子的四角包着铜皮，一百多颗算珠被摩挲得油光发亮。小时候我踮着脚去够它，外婆总是笑着拍开我的手：“这是吃饭的家什，不是玩具。”",
            "外婆年轻时在镇上的供销社当会计，一把算盘打了三十年。听母亲说，那时候每到月底盘账，外婆要在灯下坐到半夜，噼里啪啦的算盘声隔着两间屋子都听得见。她算得又快又准，供销社的账从来没有出过差错，年年被评为先进。",
            "后来供销社有了计算器，再后来有了电脑，外婆也退休了。算盘从办公桌挪到了五斗柜上，一放就是几十年。可外婆算账的习惯一直没改，菜钱、水电费、给孙辈的压岁钱，她都要拨一拨算珠，再一笔一笔记在小本子上。",
            "去年冬天外婆走了。整理遗物时，母亲把那把算盘交给了我。我不会打算盘，只是偶尔拿出来，轻轻拨动几颗算珠，听那清脆的声响。那声音里，有一个普通人认认真真过日子的样子。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 20 + b.byline, "byline")
    pg.blank()
    pg.furniture(["征稿启事"]
                 + wrap("“澜水”副刊常年征集散文、随笔、诗歌、书评等稿件，内容以反映城乡发展变化、记录经济生活中的人和事为主。散文随笔一般不超过2000字，诗歌不超过40行。来稿请注明真实姓名、通讯地址和联系电话，请勿一稿多投。稿件一经采用，即付稿酬。", 26, FW * 2)
                 + ["投稿邮箱：lanshui@lzjjb.cn", FW * 19 + "澜水副刊编辑部"],
                 "征稿启事 call for contributions (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：苇白　　美编：林间鹿"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ks08() -> Page:
    """Business weekly's 专栏 page: three named columns under their column labels: one with the columnist's photo
    caption (name　post) over the headline and a byline line 文／X; one whose only name is the photo caption
    (name, then post on the next line) printed over the headline; one whose headline and byline line 文／X are
    printed AFTER its body, with the columnist's caption after them."""
    pg = Page("ks08.txt", cols=34, indent=FW, blanks="para", seed=4908,
              style="business weekly's 专栏 page indented with ONE U+3000, blank lines between paragraphs and blocks: header on two lines (版名 专栏　COLUMNS; weekly + date); label 知秋札记 over a columnist's photo caption (NAME　post) over a headline with a comma and quoted words, byline line 文／X; label 南屏观察 over a photo caption of two lines (the name alone, then the post) that is the column's only byline, then the headline; label 乔言商语 over a column whose body comes FIRST, its headline and byline line 文／X printed AFTER it, then the columnist's caption; footer with the columns' e-mail and editor")
    pg.furniture(["专栏　COLUMNS",
                  "云帆商业周刊　" + cn_date(2035, 6, 18, weekday=False)], "page header")
    pg.blank()
    a = Article(
        "a", "利率下行时代，储户的“焦虑”与“从容”", section="知秋札记", kind="commentary",
        byline="文／韦知秋", authors=["韦知秋"],
        notes="Named column under the label 知秋札记 (section). **new:** the columnist's photo caption (NAME　post) "
              "printed between the label and the headline is not body; the byline line 文／X under the headline is "
              "the byline; the columnist is the author. Commentary.",
        paras=[
            "最近和几位老同学聚会，话题不知不觉就转到了存款利率上。有人抱怨三年期存款利率跌破了2%，存钱“越存越不值钱”；有人说把钱从银行取出来买了理财，结果净值波动，晚上睡不着觉。",
            "这种焦虑并不难理解。对许多家庭来说，存款是最熟悉、最安心的资产。利率下行，意味着同样一笔钱能够获得的利息变少了，原来的理财习惯被打破，人们自然会感到无所适从。",
            "但换个角度看，利率下行是经济发展到一定阶段的普遍现象，也是降低实体经济融资成本的需要。对储户而言，与其焦虑利率，不如重新审视自己的资产配置：短期要用的钱，放在存款和货币基金里，保证流动性；三五年内用不到的钱，可以适当配置一些债券基金；真正的长期资金，才考虑承担一定风险去追求更高收益。",
            "更重要的是，要对收益有合理的预期。在低利率环境下，承诺“高收益、零风险”的产品，十有八九有问题。从容，不是对利率变化无动于衷，而是在看清形势之后，做出适合自己的选择。",
        ])
    pg.furniture(["知秋札记"], "column label 知秋札记")
    pg.gap()
    pg.furniture(["韦知秋　澜州财经大学金融学院教授"], "photo caption of the columnist (not body)")
    pg.gap()
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "县域制造业的“第二曲线”", section="南屏观察", kind="commentary",
        byline="鄢南屏", authors=["鄢南屏"],
        notes="Named column under the label 南屏观察 (section). **new:** no byline line: the columnist's photo "
              "caption printed over the headline, the name alone on a line and the post on the next, is the only "
              "printed name; the name line is the byline and the columnist is the author. The post line is not "
              "body. Commentary.",
        paras=[
            "这几年跑了不少县城，一个明显的感受是：县域制造业正在寻找自己的“第二曲线”。",
            "过去，很多县城的工业靠的是成本优势，土地便宜、用工便宜，承接的多是大城市转移出来的加工环节。如今，这种模式的空间越来越小。一方面，劳动力成本逐年上升；另一方面，下游客户对质量、交期和研发配合的要求越来越高，单纯拼价格已经拿不到订单。",
            "值得欣喜的是，一些县城已经走出了新路子。栎坪县的紧固件产业，从给农机厂配套起步，如今打进了新能源汽车供应链；苇塘县的小家电产业，把研发中心设到了省城，生产基地留在本地，形成了“研发在城市、制造在县域”的分工格局。",
            "这些案例有一个共同点：都是从已有的产业基础出发，抓住下游行业升级的机会，向产业链上游和高附加值环节延伸，而不是凭空上马新项目。县域制造业的“第二曲线”，不在别处，就在脚下这片土地已经积累起来的产业能力之中。",
        ])
    pg.furniture(["南屏观察"], "column label 南屏观察")
    pg.gap()
    pg.line(b, b.byline, "byline")
    pg.line(b, "桐川产业研究院首席研究员", "post")
    pg.gap()
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "别让“会员费”成了“过路费”", section="乔言商语", kind="commentary",
        byline="文／乔慕言", authors=["乔慕言"],
        notes="Named column under the label 乔言商语 (section) whose body comes FIRST: headline and byline line 文／X "
              "printed AFTER the body, then the columnist's photo caption (not body). The columnist is the author. "
              "Commentary.",
        paras=[
            "打开手机，视频平台要会员，外卖平台要会员，网盘、音乐、打车软件也都要会员。一个月下来，各种会员费加起来，少则几十元，多则上百元。",
            "会员制本身无可厚非，用户多付一点钱，换取更好的服务，是正常的商业逻辑。问题在于，一些平台的会员越来越“不值钱”：开了会员还有广告，买了会员还要再买“超级会员”，会员专享价有时候比非会员还贵。会员费从服务的“入场券”，变成了层层设卡的“过路费”。",
            "平台要想留住用户，靠的应当是实实在在的服务，而不是巧立名目的收费。监管部门也应加强对自动续费、会员权益缩水等问题的规范，让消费者花得明白、用得放心。",
        ])
    pg.furniture(["乔言商语"], "column label 乔言商语")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.furniture(["乔慕言　财经专栏作家"], "photo caption of the columnist (not body)")
    pg.blank()
    pg.furniture(["专栏作者信箱：columns@yfsyzk.com　　本版责任编辑：麦远"], "footer")
    return pg


PAGES = [ks05, ks06, ks07, ks08]
