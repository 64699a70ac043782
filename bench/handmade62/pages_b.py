"""Pages lf05-lf08 of handmade62 (development set; all papers, agencies, names, firms, places and figures invented).

Articles printed side by side in columns are written as the extractor read them: a column (or a few lines) of
one, then the headline and first column of the other, then the second column of the first, and so on. The
kit's render_body renders a body, Page.chunks cuts it into the printed columns, Page.emit writes each column
where the extractor put it; the gold follows from the records (bodies in pieces, first/last in reading order).
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from woven import WOVEN, columns, lines_before


# ---------------------------------------------------------------------------
def lf05() -> Page:
    """Industry paper page extracted with a blank line after EVERY line, NO indent: EV lead (——副题, byline line)
    woven with a chip-plant item (byline line 记者 X　通讯员 Y); table; ordinary run-in item; item signed at the end."""
    pg = Page("lf05.txt", cols=30, indent="", blanks="every", seed=6205,
              style="industry paper 产业·制造 page extracted with a blank line after EVERY line, NO indent: header on three lines (paper; date with weekday + 第3版; 版名); lead with ——副题 and byline line 本报记者 X WOVEN with a second item (headline, byline line 记者 X　通讯员 Y): A col 1 (3 lines), B headline, byline and col 1, A col 2, B col 2, A col 3; table (title, header row, four rows, source line); ordinary item with run-in 本报讯（记者 X）; item with the credit （记者 X） run in at its end; footer")
    pg.furniture(["南岷产经报",
                  cn_date(2037, 4, 17) + "　第3版",
                  "产业·制造"], "page header")
    a = Article(
        "a", "南岷新能源汽车产量首季翻番",
        subtitle="——整车企业订单排至三季度",
        byline="本报记者　宗若谷", authors=["宗若谷"],
        notes=WOVEN.format(other="芯片封测项目落户高新区", order="its first three lines, then the other's headline, "
                           "byline and first column, its second column, the other's second column, its third column")
              + " ——副题 is the subtitle. Byline line 本报记者 X. The plant manager quoted (严立新) is not an author.",
        paras=[
            "今年一季度，南岷市新能源汽车产量达到8.62万辆，同比增长104.3%，占全市汽车总产量的比重由去年同期的31%提高到52%。新能源汽车产业实现产值436亿元，拉动全市规上工业增长2.7个百分点。",
            "整车企业订单饱满。位于经开区的岷江汽车第二工厂自2月起实行三班倒，日产量由400辆提高到720辆。“现在手上的订单已经排到三季度，海外订单占了三成。”工厂负责人严立新说。",
            "配套体系加快完善。一季度，全市新引进动力电池、电驱系统、汽车芯片等配套项目11个，本地配套率提高到58%。市工信局表示，将加快建设新能源汽车零部件产业园，力争年内本地配套率突破65%。",
        ])
    b = Article(
        "b", "芯片封测项目落户高新区",
        byline="记者　万里舟　通讯员　甘棠", authors=["万里舟", "甘棠"],
        notes=WOVEN.format(other="南岷新能源汽车产量首季翻番", order="the other's first three lines, then its headline, "
                           "byline and first column, the other's second column, its second column, the other's third "
                           "column")
              + " Byline line 记者 X　通讯员 Y (both authors).",
        paras=[
            "4月15日，总投资42亿元的先进芯片封装测试项目在南岷高新区开工建设。项目由晟芯微电子投资建设，主要从事系统级封装和晶圆级封装业务，分两期建设。",
            "项目一期预计2038年底投产，达产后可形成年封测芯片18亿颗的能力，年产值约30亿元。高新区管委会负责人介绍，目前园区已集聚集成电路设计、制造、封测及材料企业47家，初步形成较为完整的产业链。",
        ])
    a1, a2, a3 = columns(pg, a, [3, 3])
    b1, b2 = columns(pg, b, [4])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.emit(a, a1)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.emit(a, a3)
    pg.furniture(["一季度重点产业增加值增速",
                  "产业　　　　　　增速",
                  "新能源汽车　　　＋41.2%",
                  "电子信息　　　　＋15.6%",
                  "高端装备　　　　＋9.8%",
                  "生物医药　　　　＋7.3%",
                  "数据来源：南岷市统计局"], "table (not an article)")
    c = Article(
        "c", "工业企业技改投资增长17.3%",
        byline="本报讯（记者　宗若谷）", authors=["宗若谷"], lead="本报讯（记者　宗若谷）",
        notes="Ordinary item read in the normal order. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从市工信局获悉，一季度全市工业企业技术改造投资同比增长17.3%，高于工业投资增速5.1个百分点。其中，智能化改造项目占比超过六成。",
            "今年，市财政安排技改专项资金5亿元，对设备投资额500万元以上的项目按一定比例给予补助。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "产业链供需对接会签约38亿元",
        byline="（记者　万里舟）", authors=["万里舟"], tail="（记者　万里舟）",
        notes="Ordinary item read in the normal order. The credit （记者 X） run in at its end is the byline, excluded "
              "from last.",
        paras=[
            "4月16日，南岷市重点产业链供需对接会举行，汽车、电子信息、新材料等产业链上下游的230余家企业参会，现场签订采购和合作协议56项，金额38.4亿元。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版编辑：骆凌霄　　校对：安若"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lf06() -> Page:
    """Daily 财经 page with TWO woven pairs (bank-loan item with a run-in 科创债 item; insurance item with a run-in
    养老金 item), each read a few lines of one, then the other, then the rests; an ordinary item signed at its
    end."""
    pg = Page("lf06.txt", cols=34, indent="  ", blanks="para", seed=6206,
              style="daily 财经 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on two lines (paper + date with weekday; 版名 + 第5版 + 责任编辑); TWO woven pairs: bank-loan item (byline line 本报记者 X) col 1 (4 lines), 科创债 item (run-in 本报讯（记者 X）) headline and col 1 (3 lines), the rests of both; insurance item (byline line) col 1 (3 lines), 养老金 item (run-in 本报讯（记者 X　实习生 Y）) headline and col 1, the rests of both; ordinary item with the credit （记者 X） run in at its end; footer")
    pg.furniture(["衡渚日报　" + cn_date(2035, 9, 26),
                  "财经　第5版　责任编辑：苏棠"], "page header")
    pg.blank()
    a = Article(
        "a", "衡渚银行业贷款余额突破万亿元",
        byline="本报记者　漆文渊", authors=["漆文渊"],
        notes=WOVEN.format(other="首批科创债在衡渚成功发行", order="its first four lines, then the other's headline "
                           "and first three lines, then its rest, then the other's rest")
              + " Byline line 本报记者 X.",
        paras=[
            "记者从金融监管部门获悉，截至8月末，衡渚市银行业金融机构本外币各项贷款余额达到10086亿元，首次突破万亿元大关，同比增长9.4%，高于全国平均水平1.6个百分点。",
            "贷款投向更加精准。8月末，全市制造业中长期贷款余额1128亿元，增长23.5%；普惠小微贷款余额1476亿元，增长18.2%；绿色贷款余额1390亿元，增长27.8%。",
            "与此同时，企业融资成本稳中有降。8月份，全市新发放企业贷款加权平均利率为3.62%，比年初下降0.21个百分点，为有统计以来的较低水平。",
        ])
    b = Article(
        "b", "首批科创债在衡渚成功发行",
        byline="本报讯（记者　聂晚晴）", authors=["聂晚晴"], lead="本报讯（记者　聂晚晴）",
        notes=WOVEN.format(other="衡渚银行业贷款余额突破万亿元", order="the other's first four lines, then its headline "
                           "and first three lines, the other's rest, its rest")
              + " Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "9月24日，衡渚市首批科技创新债券成功发行。3家本地科技企业共发行债券15亿元，期限3年至5年，票面利率在2.35%至2.78%之间，认购倍数最高达到4.2倍。",
            "募集资金将主要用于研发投入和产能扩建。市地方金融管理局表示，将建立科创债项目储备库，力争年内发行规模突破50亿元。",
        ])
    a1, a2 = columns(pg, a, [4])
    b1, b2 = columns(pg, b, [3])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, a1)
    pg.headline(b)
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.gap()
    c = Article(
        "c", "保险理赔“秒到账”覆盖九成车险案件",
        byline="本报记者　卓一鸣", authors=["卓一鸣"],
        notes=WOVEN.format(other="个人养老金开户人数超80万", order="its first three lines, then the other's headline "
                           "and first three lines, its rest, the other's rest")
              + " Byline line 本报记者 X. The policy-holder quoted (邵先生) is not an author.",
        paras=[
            "“车刚被刮了一下，拍照上传不到十分钟，理赔款就到账了。”市民邵先生前不久体验了一把车险“秒赔”。记者从衡渚市保险行业协会了解到，今年以来，全市车险小额案件线上理赔覆盖率已达到91%，平均结案时间由3天缩短至4.6小时。",
            "在健康险领域，多家保险公司与医院打通数据接口，住院患者出院时即可“一站式”结算商业保险。1至8月，全市保险业累计赔付支出48.3亿元，同比增长12.6%。",
        ])
    d = Article(
        "d", "个人养老金开户人数超80万",
        byline="本报讯（记者　漆文渊　实习生　苗芊）", authors=["漆文渊", "苗芊"],
        lead="本报讯（记者　漆文渊　实习生　苗芊）",
        notes=WOVEN.format(other="保险理赔“秒到账”覆盖九成车险案件", order="the other's first three lines, then its "
                           "headline and first three lines, the other's rest, its rest")
              + " Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are authors.",
        paras=[
            "记者日前从人社部门获悉，截至8月末，衡渚市个人养老金开户人数达到81.6万人，缴存金额累计23.7亿元。其中，30岁至45岁群体占开户总人数的56%。",
            "业内人士提醒，个人养老金账户资金可购买储蓄存款、理财产品、商业养老保险和公募基金，参加人应根据自身风险承受能力合理选择。",
        ])
    c1, c2 = columns(pg, c, [3])
    d1, d2 = columns(pg, d, [3])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.emit(c, c1)
    pg.headline(d)
    pg.emit(d, d1)
    pg.emit(c, c2)
    pg.emit(d, d2)
    pg.gap()
    e = Article(
        "e", "衡渚股权交易中心挂牌企业达1200家",
        byline="（记者　聂晚晴）", authors=["聂晚晴"], tail="（记者　聂晚晴）",
        notes="Ordinary item read in the normal order. The credit （记者 X） run in at its end is the byline, excluded "
              "from last.",
        paras=[
            "截至9月25日，衡渚股权交易中心累计挂牌企业达到1203家，其中“专精特新”企业186家，累计帮助企业实现各类融资92亿元。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["校对：莫小禾　　版式：卢川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lf07() -> Page:
    """City paper 城建·交通 page: hub-construction item (byline line) woven with a 城建观察 comment (label, headline,
    □ byline) whose label sits between the item's first column and the comment's headline; ordinary run-in item;
    item that jumps to page 6."""
    pg = Page("lf07.txt", cols=24, indent=FW * 2, blanks="some", seed=6207, p_para=0.4, p_gap=0.7,
              style="city paper 城建·交通 page, blank lines sometimes: header on two lines (paper; date with weekday + 第4版 + 版名); construction item (byline line 本报记者 X) WOVEN with a comment: A col 1 (5 lines), the column label 城建观察, the comment's headline, byline line □ X and col 1, A col 2, the comment's col 2, A col 3; ordinary item with run-in 本报讯（记者 X　通讯员 Y）; item with byline line whose text breaks off mid-sentence before the jump line （转第6版）; footer with editor, designer, proof-reader")
    pg.furniture(["桐湾城市报",
                  cn_date(2034, 7, 2) + "　第4版　城建·交通"], "page header")
    pg.blank()
    a = Article(
        "a", "北站枢纽改造工程过半",
        byline="本报记者　简遥", authors=["简遥"],
        notes=WOVEN.format(other="the comment 老街改造别丢了烟火气", order="its first five lines, then the column "
                           "label, the comment's headline, byline and first column, its second column, the comment's "
                           "second column, its third column")
              + " Byline line 本报记者 X.",
        paras=[
            "6月30日，记者在桐湾北站综合交通枢纽改造工程现场看到，新建的南广场高架落客平台已完成主体结构施工，工人们正在进行钢结构雨棚吊装。据了解，该工程已完成总工程量的53%。",
            "改造工程总投资38.6亿元，新建南站房、南广场及地下换乘大厅，实现高铁、地铁、公交、出租车和网约车“零距离”换乘。改造完成后，北站高峰小时旅客集散能力将由1.2万人次提高到2.5万人次。",
            "施工方负责人介绍，工程采用“边运营边施工”方式，施工期间北站正常运营，旅客可按指示标识通行。工程计划于2035年6月底全面完工。",
        ])
    b = Article(
        "b", "老街改造别丢了烟火气", section="城建观察", kind="commentary",
        byline="□ 司徒砚", authors=["司徒砚"],
        notes=WOVEN.format(other="北站枢纽改造工程过半", order="the other's first five lines, then the label, its "
                           "headline, byline and first column, the other's second column, its second column, the "
                           "other's third column")
              + " Comment under the column label 城建观察 (section; the label sits between the other's first column "
                "and this headline); byline line □ X (compound surname 司徒); kind commentary.",
        paras=[
            "最近，桐湾几条老街陆续完成改造，青石板换了新，沿街立面刷得整整齐齐，可不少老街坊却说，“看着是漂亮了，就是少了点味道”。",
            "老街的味道，在修鞋的小摊、卖豆腐脑的老店，在巷口下棋的老人和穿街而过的自行车铃声。改造如果只顾“颜值”，把这些日常生活都清走了，老街就成了一条布景。",
            "城市更新不是推倒重来，更不是千街一面。多听听居民的意见，给老手艺、老字号留出位置，老街才能既有新面貌，又留住烟火气。",
        ])
    a1, a2, a3 = columns(pg, a, [5, 4])
    b1, b2 = columns(pg, b, [6])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, a1)
    pg.furniture(["城建观察"], "column label 城建观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.emit(a, a3)
    pg.gap()
    c = Article(
        "c", "滨江绿道二期7月底贯通",
        byline="本报讯（记者　简遥　通讯员　韦一）", authors=["简遥", "韦一"], lead="本报讯（记者　简遥　通讯员　韦一）",
        notes="Ordinary item read in the normal order. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are "
              "authors.",
        paras=[
            "记者从市园林局获悉，滨江绿道二期工程已进入收尾阶段，预计7月底全线贯通。二期全长11.4公里，串联起江湾公园、渔港码头等8个节点，沿线新增驿站6座、停车泊位420个。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "公交线网优化方案公开征求意见",
        byline="本报记者　濮阳真", authors=["濮阳真"],
        notes="Ordinary item read in the normal order; byline line 本报记者 X (compound surname 濮阳). Its text breaks "
              "off mid-sentence and continues on page 6: the jump line （转第6版） is not body; last is the last text "
              "printed on this page.",
        paras=[
            "7月1日起，《桐湾市中心城区公交线网优化方案（征求意见稿）》面向社会公开征求意见，为期15天。方案拟调整线路46条，新开线路9条，撤销与地铁高度重复的线路7条。",
            "市交通运输局相关负责人介绍，此次优化重点解决地铁站点“最后一公里”接驳和新建小区出行难问题，调整后公交站点500米覆盖率将由",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.line(d, "（转第6版）", "jump")
    pg.blank()
    pg.furniture(["责编：冉冉　　美编：司马青　　校对：纪柯"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lf08() -> Page:
    """Evening paper 财经·民生 page with NO blank line: wire item (run-in 东衡社…电, （完）) woven with a port item
    whose second column opens with a photo caption and its credit line; two ordinary items."""
    pg = Page("lf08.txt", cols=20, indent=FW * 2, blanks="never", seed=6208,
              style="evening paper 财经·民生 page with NO blank line anywhere: header on three lines (paper; date with weekday; A10 + 版名); wire item (run-in 东衡社临涛5月17日电（记者 X）, （完） run in at the end) WOVEN with a port item (headline, byline line 本报记者 X): A col 1 (5 lines), B headline, byline and col 1 (7 lines), A col 2, a photo caption and its credit line at the top of B's col 2, B col 2; ordinary item with byline line; ordinary run-in item; footer")
    pg.furniture(["榕岸晚报",
                  cn_date(2033, 5, 18),
                  "A10　财经·民生"], "page header")
    a = Article(
        "a", "全国首条跨海氢能输送管道开建",
        byline="东衡社临涛5月17日电（记者　甄海潮）", authors=["甄海潮"],
        lead="东衡社临涛5月17日电（记者　甄海潮）", tail="（完）",
        notes=WOVEN.format(other="榕岸港口岸通关时间压缩至28小时", order="its first five lines, then the other's "
                           "headline, byline and first column, then its rest")
              + " Wire item of the invented agency 东衡社: run-in dateline excluded from first, （完） run in at the "
                "end excluded from last.",
        paras=[
            "全国首条跨海氢能输送管道工程17日在临涛市开工建设。管道全长96公里，其中海底段长42公里，设计年输氢能力10万吨，建成后将连接临涛海上风电制氢基地与沿岸化工园区。",
            "项目总投资约57亿元，计划2035年建成投运。据测算，管道投运后每年可替代化石能源制氢约9万吨，减排二氧化碳约100万吨。",
        ])
    b = Article(
        "b", "榕岸港口岸通关时间压缩至28小时",
        byline="本报记者　蒲一舟", authors=["蒲一舟"],
        notes=WOVEN.format(other="全国首条跨海氢能输送管道开建", order="the other's first five lines, then its "
                           "headline, byline and first column, the other's rest, then a photo caption with its credit "
                           "line, then its second column")
              + " The caption and its credit line at the top of its second column are not body. Byline line "
                "本报记者 X. The firm manager quoted is not an author.",
        paras=[
            "记者从榕岸海关获悉，今年以来榕岸港口岸进口整体通关时间压缩至28.3小时，出口整体通关时间压缩至0.9小时，分别比去年同期减少6.2小时和0.3小时。",
            "通关提速得益于“智慧口岸”建设。目前，榕岸港已实现集装箱智能卡口全覆盖，进出口企业可通过“单一窗口”一次申报、一次查验、一次放行。",
            "“过去一个柜子从靠港到提货要两天多，现在一天多就能拉走。”一家外贸企业负责人说。",
        ])
    a1, a2 = columns(pg, a, [5])
    b1, b2 = columns(pg, b, [7])
    pg.headline(a)
    pg.emit(a, a1)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.furniture(["图为榕岸港集装箱码头一角。", "本报记者　蒲一舟　摄"],
                 "photo caption and credit line at the top of a column (not body)")
    pg.emit(b, b2)
    c = Article(
        "c", "家电以旧换新补贴再加码",
        byline="本报记者　闵湘", authors=["闵湘"],
        notes="Ordinary item read in the normal order. Byline line 本报记者 X.",
        paras=[
            "5月20日起，榕岸市将对购买一级能效空调、冰箱、洗衣机等8类家电的消费者给予补贴，补贴比例由10%提高至15%，单件最高补贴2000元。据统计，今年以来全市家电以旧换新已带动销售额6.8亿元。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    d = Article(
        "d", "新增市场主体1.6万户",
        byline="本报讯（记者　闵湘）", authors=["闵湘"], lead="本报讯（记者　闵湘）",
        notes="Ordinary item read in the normal order. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "今年1至4月，榕岸市新登记各类市场主体1.62万户，同比增长9.3%。其中，新设企业5870户，个体工商户1.03万户。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["值班编辑：井然　　校对：邹微"], "footer")
    return pg


PAGES = [lf05, lf06, lf07, lf08]
