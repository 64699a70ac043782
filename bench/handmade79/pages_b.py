"""Pages lw05-lw08 of handmade79 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import INTERLEAVED, Cols, weave


# ---------------------------------------------------------------------------
def lw05() -> Page:
    """Business daily 消费·市场 page in 15-char columns extracted with a blank line after EVERY line: THREE articles
    side by side read column by column (A1 B1 C1 A2 B2 C2 A3), each headline above its first column; an item."""
    pg = Page("lw05.txt", cols=15, indent=FW * 2, blanks="every", seed=7905,
              style="business daily 消费·市场 page extracted with a blank line after EVERY line: header on two lines; THREE articles side by side read column by column (A1, B1, C1, A2, B2, C2, A3), each headline (one of them with a byline line, one with run-in 本报讯（记者 X）, one with byline line 记者 X) above its first column, columns of 5 lines broken mid-sentence; an item with byline line 本报记者 X; footer")
    pg.furniture(["榕岭商报　" + cn_date(2034, 5, 7),
                  "B2　消费·市场　　编辑：符雪棠"], "page header")
    a = Article(
        "a", "“五一”假期重点商圈销售额增长16%",
        byline="本报记者　蒲听雨", authors=["蒲听雨"],
        notes="Byline line 本报记者 X under the headline. The shopper and the mall manager quoted are not authors. "
              + INTERLEAVED.format(other="the two articles beside it (二手房成交量环比回升 and 菜价回落油价微涨)"),
        paras=[
            "据市商务局监测，“五一”假期5天，榕岭市12个重点商圈累计销售额达到28.6亿元，同比增长16.2%，客流量增长21%。",
            "夜间消费成为亮点。晚上6点以后的销售额占全天的43%，湖畔夜市、老码头美食街日均客流超过8万人次。“吃完饭再逛一圈，十点多还很热闹。”市民伍晓岚说。",
            "以旧换新带动大件消费。假期全市家电、汽车以旧换新订单分别增长58%和34%。一家大型商场负责人表示，绿色智能家电销售额占比已超过六成。",
        ])
    b = Article(
        "b", "二手房成交量环比回升",
        byline="本报讯（记者　姚叙白）", authors=["姚叙白"], lead="本报讯（记者　姚叙白）",
        notes="Run-in 本报讯（记者 X） excluded from first. "
              + INTERLEAVED.format(other="the two articles beside it"),
        paras=[
            "市房地产交易中心数据显示，4月份榕岭市二手住房网签4862套，环比增长12.7%，同比增长9.3%。成交以90平方米以下的中小户型为主，占比达到61%。",
            "业内人士分析，公积金贷款额度提高、“带押过户”全面推行，降低了购房者的交易成本。",
        ])
    c = Article(
        "c", "菜价回落油价微涨", head=["菜价回落　油价微涨"],
        byline="记者　阮清溪", authors=["阮清溪"],
        notes="Headline of two phrases parted by U+3000, written unspaced. Byline line 记者 X. "
              + INTERLEAVED.format(other="the two articles beside it"),
        paras=[
            "市发展改革委价格监测显示，本周榕岭市场22种蔬菜平均零售价格每500克3.12元，环比下降4.6%，其中番茄、黄瓜降幅超过一成。",
            "受国际油价影响，本周起92号汽油每升上调0.08元。猪肉、鸡蛋价格基本平稳。",
        ])
    ca, cb, cc = Cols(pg, a), Cols(pg, b), Cols(pg, c)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    ca.take(5)
    pg.headline(b)
    cb.take(5)
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    cc.take(5)
    weave(pg, [(ca, 5), (cb, 5), (cc, 5)])
    for x in (ca, cb, cc):
        x.done()
    d = Article(
        "d", "社区便民菜店年内新增80家",
        byline="本报记者　蒲听雨", authors=["蒲听雨"],
        notes="Byline line 本报记者 X.",
        paras=["榕岭市今年将在老旧小区和新建住宅区新增便民菜店80家，对符合条件的店铺给予每家最高5万元的装修和设备补贴，并减免一年摊位费。"])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["校对：庄一禾　　组版：虞夕"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lw06() -> Page:
    """Provincial daily 经济 front page, 17-char columns: a lead over four columns (headline and ——副题 printed once
    above) whose second and third columns have a column of stacked ■ briefs (label 经济简讯) read between them; a
    second article below."""
    pg = Page("lw06.txt", cols=17, indent=FW, blanks="arts", seed=7906,
              style="provincial daily 经济 page indented with ONE U+3000, blank lines only between articles and at column breaks: header on three lines; lead over four columns with headline and ——副题 printed once above and byline line 本报记者 X　Y; a column of four stacked briefs (label 经济简讯, ■ headlines, credits run in at the end, one with none) read BETWEEN the lead's second and third columns; article with byline line 本报记者 X; footer with editors")
    pg.furniture(["嵘城日报",
                  cn_date(2035, 7, 16) + "　第2版",
                  "经　济"], "page header")
    pg.blank()
    a = Article(
        "a", "上半年全省地区生产总值同比增长5.6%",
        subtitle="——规上工业增加值增长7.1%，社会消费品零售总额增长5.2%",
        byline="本报记者　谭望川　邢书晚", authors=["谭望川", "邢书晚"],
        notes="Lead with ——副题 (subtitle) and byline line 本报记者 X　Y (two reporters, both authors). Its body runs over "
              "four columns; the column of 经济简讯 briefs is read between its second and third columns (mid-sentence), "
              "so the body is in two pieces. The statistics official quoted is not an author.",
        paras=[
            "省统计局15日发布数据，上半年全省实现地区生产总值2.86万亿元，按不变价格计算，同比增长5.6%，比一季度加快0.3个百分点。分产业看，第一产业增加值增长3.4%，第二产业增长6.3%，第三产业增长5.2%。",
            "工业生产较快增长。上半年，全省规模以上工业增加值同比增长7.1%，其中高技术制造业增长13.8%，占规上工业的比重提高到24.6%。工业机器人、集成电路、新能源汽车产量分别增长31%、26%和44%。",
            "消费市场持续恢复。全省社会消费品零售总额增长5.2%，其中升级类商品零售额增长明显，智能手机、可穿戴设备零售额分别增长22%和37%。服务零售额增长8.4%，快于商品零售。",
            "投资结构继续优化。全省固定资产投资增长4.1%，其中制造业投资增长10.6%，基础设施投资增长5.8%；民间投资增长2.3%，增速由负转正。",
            "“上半年经济运行总体平稳、稳中有进，但有效需求仍显不足，部分企业经营压力较大。”省统计局新闻发言人龚予安说，下半年要持续推动政策落地见效，巩固经济回升向好态势。",
        ])
    ca = Cols(pg, a)
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.blank()
    ca.take(7)
    pg.blank()
    ca.take(7)
    pg.blank()
    pg.furniture(["经济简讯"], "column label 经济简讯")
    briefs = [
        Article("b1", "嵘城港开通首条冷链班列", section="经济简讯",
                byline="（记者　邢书晚）", authors=["邢书晚"], tail="（记者　邢书晚）",
                notes="Brief of the 经济简讯 column read between the lead's columns; ■ before the headline is a mark, not "
                      "title. Credit run in at the end excluded from last.",
                paras=["7月14日，嵘城港至西部陆港的首条冷链班列发车，满载水产品和水果，全程运行约50小时。"]),
        Article("b2", "省内首单碳汇保险落地", section="经济简讯",
                byline="（通讯员　言小蕖）", authors=["言小蕖"], tail="（通讯员　言小蕖）",
                notes="Brief of the 经济简讯 column; ■ mark; credit （通讯员 X） excluded from last.",
                paras=["一家财产保险公司日前为嵘西林场1.2万亩林地出具碳汇保险保单，保额360万元。"]),
        Article("b3", "夏粮收购进度过半", section="经济简讯",
                notes="Brief of the 经济简讯 column with no credit: no byline, no authors.",
                paras=["截至7月15日，全省累计收购小麦186万吨，收购进度过半，平均收购价每斤1.21元。"]),
        Article("b4", "跨境电商进口额增两成", section="经济简讯",
                byline="（记者　谭望川）", authors=["谭望川"], tail="（记者　谭望川）",
                notes="Last brief of the column; credit run in at the end excluded from last.",
                paras=["上半年，全省跨境电商进口额62亿元，同比增长21%，母婴、美妆和保健品位居前三。"]),
    ]
    for art in briefs:
        pg.headline(art, lines=["■" + art.title])
        pg.body(art)
    pg.blank()
    ca.take(7)
    pg.blank()
    ca.take()
    ca.done()
    pg.blank()
    c = Article(
        "c", "“专精特新”企业研发投入强度达6.1%",
        byline="本报记者　邢书晚", authors=["邢书晚"],
        notes="Byline line 本报记者 X. The executive quoted is not an author.",
        paras=[
            "记者从省工信厅获悉，全省1286家省级“专精特新”中小企业去年研发投入强度达到6.1%，平均拥有有效发明专利17件，其中近四成企业的主导产品国内市场占有率居前三位。",
            "“我们每年拿出营收的8%搞研发，去年新开发的密封件已替代进口。”嵘城一家密封科技企业董事长葛舒扬说。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：裘望秋　　版面编辑：时小渠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lw07() -> Page:
    """Financial weekly 金融 page in 13-char columns: a news article and an interview read in turn in UNEVEN pieces
    (half columns of 5, 7, 4 … lines), a photo caption cutting the article's column; an item."""
    pg = Page("lw07.txt", cols=13, indent="  ", blanks="para", seed=7907,
              style="financial paper 金融 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on two lines; news article (headline, byline line 本报记者 X) and, beside it, label 对话 over an interview (headline, ——副题 访…, byline line 本报记者 X, 问：／答： paragraphs) read in turn in UNEVEN pieces (A 5, B 5, A 4 + caption + 4, B 4, A 3, B 3 lines), a ▲ photo caption with credit cutting the article's column; run-in item; footer")
    pg.furniture(["翎湾财经报　　第8版　金融",
                  cn_date(2036, 9, 3) + "　　责任编辑：卜照影"], "page header")
    pg.blank()
    a = Article(
        "a", "县域小微企业贷款利率降至4.2%",
        byline="本报记者　闻溪亭", authors=["闻溪亭"],
        notes="Byline line 本报记者 X. The ▲ photo caption with credit printed inside its column is not body. The "
              "bank manager quoted is not an author. " + INTERLEAVED.format(other="the interview 让科技企业“轻资产”也能贷到款"),
        paras=[
            "翎湾金融监管局近日发布数据，8月份全省县域新发放小微企业贷款加权平均利率为4.21%，比年初下降0.38个百分点，创有统计以来新低。",
            "利率下行的背后，是银行获客方式的改变。“以前坐等客户上门，现在客户经理每周都要下乡镇走企业。”一家农商银行支行行长钱慕川说。今年以来，全省银行业金融机构走访县域小微企业3.4万户，新增授信420亿元。",
            "监管部门表示，将继续引导银行下沉服务重心，扩大信用贷款和中长期贷款投放。",
        ])
    b = Article(
        "b", "让科技企业“轻资产”也能贷到款", section="对话", kind="interview",
        subtitle="——访翎湾科技金融研究院院长穆清和",
        byline="本报记者　阙一舟", authors=["阙一舟"],
        notes="Interview under the label 对话 (section): ——副题 访… is the subtitle, byline line 本报记者 X; the "
              "问：／答： paragraphs are the body; the expert who answers is not an author. Kind interview. "
              + INTERLEAVED.format(other="the article 县域小微企业贷款利率降至4.2%"),
        paras=[
            "问：科技型中小企业融资难，难在哪里？",
            "答：主要难在“轻资产”。这类企业没有厂房土地可押，核心价值在专利和团队，传统的抵押思路很难给它们授信。",
            "问：有什么破解办法？",
            "答：一是发展知识产权质押融资，二是用研发投入、人才结构等数据建立科创评价模型，三是投贷联动，让银行和创投机构共担风险。",
        ])
    ca, cb = Cols(pg, a), Cols(pg, b)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    ca.take(5)
    pg.gap()
    pg.furniture(["对话"], "column label 对话")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    cb.take(5)
    pg.gap()
    ca.take(4)
    pg.furniture(wrap("▲客户经理在一家农机合作社了解用款需求。　闻溪亭　摄", 13), "photo caption with credit cutting the article's column (not body)")
    ca.take(4)
    pg.gap()
    cb.take(4)
    pg.gap()
    ca.take()
    pg.gap()
    cb.take()
    ca.done(), cb.done()
    pg.gap()
    c = Article(
        "c", "上半年保费收入增长8.7%",
        byline="本报讯（记者　阙一舟）", authors=["阙一舟"], lead="本报讯（记者　阙一舟）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=["上半年，翎湾省保险业实现原保险保费收入1128亿元，同比增长8.7%，其中健康险增长15.2%。"])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["校对：甄小舫"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lw08() -> Page:
    """City daily 区域经济 page in 16-char columns, NO indent, NO blank line: lead with a two-line headline printed
    once above, interleaved whole column by whole column with a wire item; a 数读 box; a stack of 【】 briefs."""
    pg = Page("lw08.txt", cols=16, indent="", blanks="never", seed=7908,
              style="city daily 区域经济 page, NO indent, NO blank line anywhere: header on two lines; lead with a headline on TWO lines printed once above its columns, run-in 本报讯（记者 X　通讯员 Y）, interleaved column by column (6 lines) with a wire item whose headline sits at the top of its first column (run-in 东岱社…电（记者 X、Y）, （完） run in); 数读 figures box; label 区域快讯 over three briefs with headlines run in at the start in 【】; footer")
    pg.furniture(["芷阳日报　区域经济　07",
                  cn_date(2033, 11, 25)], "page header")
    a = Article(
        "a", "芷阳都市圈通勤一小时覆盖率达九成", head=["芷阳都市圈通勤一小时", "覆盖率达九成"],
        byline="本报讯（记者　简照林　通讯员　黎半夏）", authors=["简照林", "黎半夏"],
        lead="本报讯（记者　简照林　通讯员　黎半夏）",
        notes="Headline printed on two lines, joined. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both "
              "authors. " + INTERLEAVED.format(other="the wire item 跨省“飞地园区”税收分成落地"),
        paras=[
            "市发展改革委日前发布都市圈建设年度报告，随着芷阳至槿城、芷阳至白沙两条市域铁路开通，都市圈内主要城镇到芷阳主城区一小时通勤覆盖率已达到91%，比三年前提高18个百分点。",
            "交通一体化带动了产业分工。芷阳主城区集中研发、设计和总部功能，周边县市承接零部件制造和物流仓储，今年前十个月，都市圈内企业跨市设立分支机构1360家，增长27%。",
            "报告显示，都市圈去年经济总量达到1.12万亿元，占全省的38%。",
        ])
    b = Article(
        "b", "跨省“飞地园区”税收分成落地",
        byline="东岱社槿城11月24日电（记者　桂知行、骆小弦）", authors=["桂知行", "骆小弦"],
        lead="东岱社槿城11月24日电（记者　桂知行、骆小弦）", tail="（完）",
        notes="Wire item: run-in dateline with two reporters parted by 、 (both authors) excluded from first; （完） "
              "excluded from last. " + INTERLEAVED.format(other="the lead 芷阳都市圈通勤一小时覆盖率达九成"),
        paras=[
            "槿城与邻省澜东市共建的“飞地园区”24日完成首笔税收分成，园区企业上缴的2.3亿元税收按约定比例在两地之间划分。",
            "这种“你出地、我出项目”的合作模式，破解了跨区域合作中利益分配的难题。",
        ])
    ca, cb = Cols(pg, a), Cols(pg, b)
    pg.headline(a)
    ca.take(6)
    pg.headline(b)
    cb.take(6)
    ca.take(6)
    cb.take()
    ca.take()
    ca.done(), cb.done()
    pg.furniture(["数读",
                  "1360家",
                  "都市圈内企业跨市设立分支机构",
                  "91%",
                  "一小时通勤覆盖率"], "数读 figures box (not an article)")
    pg.furniture(["区域快讯"], "column label 区域快讯")
    briefs = [
        Article("c1", "白沙县农产品交易中心开业", section="区域快讯", lead="【白沙县农产品交易中心开业】",
                notes="Brief whose headline is run in at the start in 【】: title_line is its first line, the bracketed "
                      "headline excluded from first. No credit: no byline, no authors.",
                paras=["11月22日，白沙县农产品交易中心开业，首日交易额180万元。"]),
        Article("c2", "槿城新增两家上市公司", section="区域快讯", lead="【槿城新增两家上市公司】",
                byline="（记者　桂知行）", authors=["桂知行"], tail="（记者　桂知行）",
                notes="Brief with 【】 headline run in; credit （记者 X） run in at the end excluded from last.",
                paras=["本月，槿城两家制造企业在澜东证券交易所上市，全市上市公司增至21家。"]),
        Article("c3", "芷阳开通至西陲国际货运航线", section="区域快讯", lead="【芷阳开通至西陲国际货运航线】",
                notes="Brief with 【】 headline run in (the line wraps inside the bracket); no credit.",
                paras=["该航线每周执飞两班，主要运输跨境电商货物和机电产品。"]),
    ]
    for art in briefs:
        pg.body(art, head_role=True)
    pg.furniture(["责任编辑：滕晚照　校对：苗一川"], "footer")
    return pg


PAGES = [lw05, lw06, lw07, lw08]
