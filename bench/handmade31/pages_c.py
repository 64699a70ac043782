"""Pages ka09-ka12 of handmade31 (development set; all papers, courts, agencies, names, firms, places and figures
invented; the wire datelines use the form 新华社X地N月N日电 with invented places and reporters)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify


# ---------------------------------------------------------------------------
def ka09() -> Page:
    """金融时报-like 普惠金融 page: 调查 with 引题, headline, ——副题, byline line 本报记者 X　通讯员 Y and some
    letter-spaced (justified) lines; a continued article (headline, then （上接第1版）, no byline on this page);
    article with byline line 记者 X　实习生 Y; label 金融知识 over an unsigned tip; column breaks."""
    pg = Page("ka09.txt", cols=28, indent=FW * 2, blanks="some", colbreak=11, seed=3109, p_para=0.35, p_gap=0.8,
              style="金融时报-like 普惠金融 page, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on three lines (paper; date with weekday; 第6版 + 版名 + editor and proof-reader); 调查 with 引题 (two phrases parted by U+3000), headline opening with a quotation mark, ——副题 and byline line 本报记者 X　通讯员 Y, three body lines letter-spaced with single spaces (justified lines); a continued article: headline, then the jump line （上接第1版） on a line of its own, then the text, no byline on this page; article with byline line 记者 X　实习生 Y; label 金融知识 over an unsigned tip; footer with publisher and advertising hotline")
    pg.furniture(["汇通金融时报",
                  cn_date(2035, 6, 9),
                  "第6版　普惠金融　　责任编辑：韩栖梧　　校对：舒予"], "page header")
    pg.blank()
    a = Article(
        "a", "“信易贷”平台累计放款突破千亿元",
        subtitle="——岚川省中小微企业融资信用服务调查",
        byline="本报记者　杭秋水　通讯员　温以宁", authors=["杭秋水", "温以宁"],
        notes="调查: the 引题 above the headline is neither title nor subtitle (the ——副题 is the subtitle, as g02 of "
              "handmade22). Byline line 本报记者 X　通讯员 Y: both are authors. Three body lines are letter-spaced "
              "(justified) and written unspaced in first/last. People quoted (芮青山) are not authors.",
        paras=[
            "“以前贷款要抵押、要担保，跑好几趟银行。这次在手机上授权了纳税和用电数据，第二天就批下来300万元。”说起最近的一笔贷款，霁江市一家精密零部件企业的负责人芮青山很是感慨。",
            "芮青山使用的，是岚川省中小微企业融资信用服务平台，也就是企业常说的“信易贷”平台。截至5月末，该平台已归集税务、社保、水电、市场监管等38个部门的涉企信用信息，入驻银行机构79家，注册企业42.6万户，累计放款突破1000亿元，其中信用贷款占比达到56%。",
            "“小微企业融资难，难在信息不对称。”岚川省发展改革委信用建设处负责人介绍，平台通过“数据不出域、可用不可见”的方式向银行开放企业信用数据，银行可据此建立风控模型，为缺少抵押物的小微企业提供信用贷款。",
            "在泊州市农商银行，客户经理给记者演示了平台的使用流程：企业在平台提出融资需求后，系统自动匹配合适的信贷产品，银行调取企业授权的信用数据进行审批，最快当天即可放款。“借助平台数据，我们的首贷户数量比去年同期增长了四成，不良率也控制在1%以内。”该行普惠金融部负责人说。",
            "业内人士也指出，目前部分中小银行的数据分析能力还比较薄弱，平台数据的应用深度有待提升。下一步，岚川将推动更多公共数据依法依规向平台归集，并探索建立信用贷款风险补偿机制，进一步调动银行放贷积极性。",
        ])
    pg.kicker(a, "信用数据“变现”　小微融资提速")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [6, 11, 19]))
    pg.gap()
    b = Article(
        "b", "县域普惠金融服务站覆盖率达96%",
        notes="**new:** continued article: its headline is reprinted, then the jump line （上接第1版） on a line of "
              "its own (not body), then the text. The byline was printed with the first part on page 1 and is "
              "not on this page: no byline, no authors. The villager and official quoted are not authors.",
        paras=[
            "在榆宁县芦湾镇，记者看到，普惠金融服务站设在村里的便民超市内，村民可以在这里办理小额取款、转账、社保缴费等业务。服务站还配备了金融知识宣传员，定期开展防范电信诈骗、非法集资等宣传活动。",
            "“过去取个钱要坐半小时车去镇上，现在在家门口就能办。”正在服务站取养老金的村民贺阿婆说。",
            "据统计，全省已建成县域普惠金融服务站1.86万个，行政村覆盖率达96%，今年以来累计办理各类业务420万笔。人民银行岚川省分行有关负责人表示，下一步将推动服务站从“基础金融服务”向“综合金融服务”升级，引入农业保险、信用贷款等服务。",
        ])
    pg.headline(b)
    pg.furniture(["（上接第1版）"], "jump line （上接第1版） (not body)")
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "农户贷款“秒批”背后的数据账",
        byline="记者　杭秋水　实习生　龚小满", authors=["杭秋水", "龚小满"],
        notes="Byline line 记者 X　实习生 Y under the headline: both are authors. The farmer and the bank's head "
              "quoted (梁谷雨, 聂思齐) are not.",
        paras=[
            "打开手机银行，填写身份证号、授权查询信息，不到一分钟，柘阳县茶农梁谷雨就获得了一笔20万元的授信额度。“春茶采摘要雇人、要买肥料，这笔钱来得正是时候。”",
            "“秒批”的背后，是银行对农户数据的积累。柘阳农商银行近三年组织员工走村入户，为全县6.3万户农户建立信用档案，采集种养规模、家庭收入、邻里评价等信息，并与农业保险、土地确权等数据相互印证，形成农户信用评级。",
            "目前，该行已为4.1万户农户发放信用贷款38.6亿元，户均约9.4万元。该行行长聂思齐说，数据越全，授信越准，“农户守信用，信用就能变成真金白银”。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "警惕“以贷养贷”陷阱", section="金融知识",
        notes="Unsigned tip under the label 金融知识 (section): no byline, no authors. Kind article.",
        paras=[
            "一些借款人同时在多个平台借款，用新贷还旧贷，看似暂时缓解了还款压力，实则债务越滚越多。金融监管部门提醒，消费者应当根据自身还款能力理性借贷，不要轻信“低息”“秒到账”等宣传，更不要通过非正规渠道借款。",
            "如遇还款困难，应主动与贷款机构协商，避免逾期影响个人信用记录。",
        ])
    pg.furniture(["金融知识"], "column label 金融知识")
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["汇通金融时报社出版　　广告热线：400-681-××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ka10() -> Page:
    """法治 daily 法院·审判 page whose headlines all come AFTER their bodies: case report (body, then headline
    and the two byline lines □本报记者 X / □本报通讯员 Y); bankruptcy report (body, then headline, ——副题 and
    byline line); run-in 本报讯（通讯员 X） item (body, then headline)."""
    pg = Page("ka10.txt", cols=32, indent=FW, blanks="arts", seed=3110,
              style="法治 daily 法院·审判 page whose headlines all come AFTER their bodies, blank lines only between articles: header on two lines (paper + date with weekday + 第8版; 版名); case report: body first, then its headline (two phrases parted by U+3000) and two byline lines □本报记者 X / □本报通讯员 Y; bankruptcy report: body, then headline, ——副题 and byline line 本报记者 X　通讯员 Y; run-in 本报讯（通讯员 X） item: body, then headline; footer with editor and designer")
    pg.furniture(["守正法治报　" + cn_date(2035, 6, 11) + "　第8版",
                  "法院·审判"], "page header")
    pg.blank()
    a = Article(
        "a", "健身房“闭店跑路”法院判退预付费21.8万元",
        byline="□本报记者　蔺秋池　□本报通讯员　柯予凡", authors=["蔺秋池", "柯予凡"],
        notes="Body printed FIRST (right after the page header); the headline (two phrases parted by U+3000, written "
              "unspaced) and the two byline lines □本报记者 X / □本报通讯员 Y come after it. **new:** the two □ "
              "byline lines are one byline; both are authors. The judge quoted is not.",
        paras=[
            "办了8000元的年卡，只去了6次，健身房就关门了。近日，泊州市南汀区人民法院审结一批预付式消费纠纷案件，判令涉案健身公司退还43名会员预付费用共计21.8万元，该公司的股东在未出资范围内承担补充赔偿责任。",
            "2033年底，位于南汀区的一家健身房以“开业特惠”为名，大量发售年卡、次卡和私教课程。2034年8月，健身房以“装修升级”为由暂停营业，此后再未开门，经营者也失去联系。会员们多次讨要无果，陆续将健身公司及其股东诉至法院。",
            "法院审理认为，健身公司收取会员预付款后停止提供服务，构成根本违约，会员有权解除合同并要求退还剩余费用。经查，该公司股东认缴出资500万元，实缴仅20万元，且在公司无力清偿债务时未履行出资义务，应当在未出资本息范围内对公司债务承担补充赔偿责任。",
            "承办法官表示，预付式消费中，经营者“闭店跑路”损害消费者权益，也扰乱了市场秩序。消费者在办理预付卡时，应选择信誉良好的经营者，尽量避免一次性大额充值，并妥善保管合同和付款凭证。",
        ])
    pg.body(a)
    pg.headline(a, lines=["健身房“闭店跑路”　法院判退预付费21.8万元"])
    pg.line(a, "□本报记者　蔺秋池", "byline")
    pg.line(a, "□本报通讯员　柯予凡", "byline")
    pg.blank()
    b = Article(
        "b", "破产重整让百年酱园重获新生",
        subtitle="——霁江中院审结一起老字号企业重整案",
        byline="本报记者　蔺秋池　通讯员　庞知节", authors=["蔺秋池", "庞知节"],
        notes="Body first, then headline, ——副题 (the subtitle) and byline line 本报记者 X　通讯员 Y (both authors). "
              "The judge quoted is not an author.",
        paras=[
            "停产两年的老酱园，机器重新转了起来。6月上旬，霁江市中级人民法院裁定确认岚川鼎丰酱园股份有限公司重整计划执行完毕，这家有着百余年历史的老字号企业正式摆脱债务困境。",
            "鼎丰酱园曾是霁江知名的调味品企业，后因盲目扩张、跨界投资失利，负债总额达到6.8亿元，2033年被债权人申请破产。法院受理后，考虑到企业的品牌价值、传统工艺和200余名职工的就业问题，决定引导企业进行重整而非直接清算。",
            "重整过程中，法院指导管理人通过公开招募引入战略投资人，投资人出资3.2亿元，用于清偿债务和恢复生产。按照重整计划，职工债权和税款债权全额清偿，普通债权清偿率由模拟清算状态下的4.6%提高到21.3%。",
            "“破产不等于倒闭，对仍有价值的企业，重整可以实现债权人、债务人和职工的多方共赢。”承办法官说。目前，鼎丰酱园已恢复三条生产线，召回老职工160余人。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "霁江法院上线涉企案件“一码查”",
        byline="本报讯（通讯员　柯予凡）", authors=["柯予凡"], lead="本报讯（通讯员　柯予凡）",
        notes="Body first (run-in 本报讯（通讯员 X） excluded from first), headline after it.",
        paras=[
            "近日，霁江市两级法院上线涉企案件“一码查”服务，企业扫描二维码即可查询本企业涉诉案件的立案、审理、执行等进度，并可在线预约法官、提交材料。",
            "据介绍，该服务还设置了执行款到账提醒功能，执行款到账后系统自动发送短信通知企业，有效缩短了企业的等待时间。",
        ])
    pg.body(c)
    pg.headline(c)
    pg.blank()
    pg.furniture(["本版编辑：殷照青　　美编：戚一叶"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ka11() -> Page:
    """税务 paper 基层 strip of a 10-character column, two U+3000: label 基层动态 over four items whose headlines
    are printed over two or three short lines; run-in 本报讯（通讯员 X）, 本报讯（记者 X）, a credit （X　Y） run in at
    the end, a byline line 通讯员 X under a headline."""
    pg = Page("ka11.txt", cols=10, indent=FW * 2, blanks="some", seed=3111, p_para=0.3, p_gap=0.75,
              style="税务 paper 基层动态 strip of a 10-character column indented with two U+3000, blank lines sometimes: header on three lines (paper; date with weekday; 第3版); label 基层动态 over four items whose headlines are printed over two or three short lines (broken at phrase ends); run-in 本报讯（通讯员 X） and 本报讯（记者 X） wrapped over three lines; credit （X　Y） run in at the end; byline line 通讯员 X under a headline; footer wider than the column")
    pg.furniture(["泰和税务报",
                  cn_date(2035, 6, 12),
                  "第3版"], "page header")
    pg.blank()
    pg.furniture(["基层动态"], "column label 基层动态")
    pg.blank()
    items = [
        Article("a", "榆宁税务“一企一策”助企出海", head=["榆宁税务", "“一企一策”", "助企出海"],
                byline="本报讯（通讯员　甘一禾）", authors=["甘一禾"], lead="本报讯（通讯员　甘一禾）",
                notes="Item of the 基层动态 strip (section). Headline over three short lines, joined. Run-in "
                      "本报讯（通讯员 X） excluded from first.",
                paras=[
                    "今年以来，榆宁县税务局针对辖区外贸企业建立“一企一策”服务台账，组织专人辅导企业办理出口退税。",
                    "前5个月，该局共为62户企业办理出口退税1.36亿元，平均办理时间压缩至3个工作日。",
                ]),
        Article("b", "泊州推出“税费体检”服务", head=["泊州推出", "“税费体检”", "服务"],
                byline="（宁小溪　卫长风）", authors=["宁小溪", "卫长风"], tail="（宁小溪　卫长风）",
                notes="Item of the 基层动态 strip (section). Headline over three lines, joined. Credit （X　Y） run in at "
                      "the end: the byline, excluded from last; both are authors.",
                paras=[
                    "泊州市税务局近日面向中小企业推出“税费体检”服务，依托税收大数据为企业生成风险提示报告，帮助企业及时发现申报差错和潜在涉税风险。目前已有1200余户企业完成“体检”。",
                ]),
        Article("c", "柘阳设立新办企业辅导专窗", head=["柘阳设立", "新办企业", "辅导专窗"],
                byline="本报讯（记者　桑语迟）", authors=["桑语迟"], lead="本报讯（记者　桑语迟）",
                notes="Item of the 基层动态 strip (section). Headline over three lines, joined. Run-in 本报讯（记者 X） "
                      "excluded from first.",
                paras=[
                    "柘阳县税务局在政务服务中心设立新办企业辅导专窗，为新开办企业提供发票申领、税种认定、申报辅导等“套餐式”服务，新办企业首次办税时间平均缩短了一半。",
                ]),
        Article("d", "霁江开展个税汇算“回头看”", head=["霁江开展个税", "汇算“回头看”"],
                byline="通讯员　庄明月", authors=["庄明月"],
                notes="Item of the 基层动态 strip (section). Headline over two lines, joined. Byline line 通讯员 X "
                      "under the headline.",
                paras=[
                    "霁江市税务局近日开展个人所得税综合所得汇算清缴“回头看”，对汇算期间纳税人反映较多的问题逐一梳理，优化专项附加扣除填报提示，并通过短信提醒尚未办理汇算的纳税人及时补办。",
                ]),
    ]
    for i, art in enumerate(items):
        art.section = "基层动态"
        if i:
            pg.gap()
        pg.headline(art)
        if art.byline and not art.lead and not art.tail:
            pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
    pg.blank()
    pg.furniture(["本版编辑：武见秋　　校对：裴一苇"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ka12() -> Page:
    """Party paper FRONT page, NO indent: masthead; wire item 新华社北京…电（记者 X、Y） and a 本报讯（记者 X） meeting
    report printed in column pieces in the wrong order (A1, B headline + B1, A2, B2), the report ending with the
    jump （下转第2版） run in; wire item 新华社霁江…电（记者 X）; label 短评 over a comment signed （X）."""
    pg = Page("ka12.txt", cols=44, indent="", blanks="para", seed=3112,
              style="party paper FRONT page, NO indent, blank lines between paragraphs and blocks: five-line masthead (paper, pinyin name, date with weekday, CN number, 今日8版 + issue number); wire item with run-in 新华社北京6月11日电（记者 X、Y） and a 本报讯（记者 X） meeting report printed in column pieces in the WRONG ORDER (first lines of the wire item, then the report's headline and first lines, then the rest of the wire item, then the rest of the report), the report ending with the jump （下转第2版） run in at its end; wire item with run-in 新华社霁江6月11日电（记者 X） from a province; label 短评 over a comment signed （X） run in at the end; footer with address, postcode, advertising hotline and printer")
    pg.furniture(["岚川日报",
                  "LANCHUAN RIBAO",
                  cn_date(2035, 6, 12),
                  "国内统一连续出版物号　CN 77-0021",
                  "今日8版　第23817号"], "masthead")
    pg.blank()
    a = Article(
        "a", "前5个月全国新设经营主体同比增长9.6%",
        byline="新华社北京6月11日电（记者　卢映川、隋小棠）", authors=["卢映川", "隋小棠"],
        lead="新华社北京6月11日电（记者　卢映川、隋小棠）",
        notes="Wire item: run-in dateline 新华社北京6月11日电（记者 X、Y） excluded from first; both reporters are "
              "authors. **new:** its text is printed in two column pieces with the next article's headline and "
              "first lines between them (extraction read the columns in the wrong order).",
        paras=[
            "记者11日从市场监管部门获悉，今年前5个月，全国新设经营主体1127万户，同比增长9.6%。其中，新设企业392万户，增长11.3%；新设个体工商户731万户，增长8.7%。截至5月底，全国登记在册经营主体达到1.93亿户。",
            "从产业分布看，第三产业新设企业占比超过八成，信息传输、软件和信息技术服务业，科学研究和技术服务业新设企业分别增长18.4%和15.2%。从区域看，中西部地区新设企业增速快于东部地区2.6个百分点。",
            "市场监管部门有关负责人表示，将持续深化登记注册便利化改革，推进经营主体准入准营退出全链条便利，进一步激发经营主体活力。",
        ])
    b = Article(
        "b", "省政府常务会议研究部署稳外贸稳外资工作",
        byline="本报讯（记者　闻一舟）", authors=["闻一舟"], lead="本报讯（记者　闻一舟）", tail="（下转第2版）",
        notes="Meeting report: run-in 本报讯（记者 X） excluded from first. **new:** the jump （下转第2版） run in at the "
              "end of its text is excluded from last (like a run-in credit). Its text is printed in two column "
              "pieces, the second after the rest of the wire item above.",
        paras=[
            "6月11日，省政府召开常务会议，研究部署稳外贸稳外资工作，审议通过《岚川省支持跨境电商高质量发展若干措施》。",
            "会议指出，今年以来，全省外贸进出口保持增长，前5个月实现进出口总值2816亿元，同比增长6.4%，但部分行业订单不足、企业经营压力加大等问题仍然存在。要加大出口信用保险、外贸信贷等支持力度，帮助企业稳订单、拓市场；要加快建设海外仓和跨境电商综合试验区，培育外贸新增长点。",
            "会议强调，要把稳外资摆在更加突出的位置，落实外资企业国民待遇，及时回应外资企业诉求，推动一批重大外资项目尽快落地投产。",
        ])
    a1, a2 = Page.chunks(pg.render_body(a), [4])
    b1, b2 = Page.chunks(pg.render_body(b), [3])
    pg.headline(a)
    pg.gap()
    pg.emit(a, a1)
    pg.gap()
    pg.headline(b)
    pg.gap()
    pg.emit(b, b1)
    pg.gap()
    pg.emit(a, a2)
    pg.gap()
    pg.emit(b, b2)
    pg.gap()
    c = Article(
        "c", "岚川：“数字赋能”激活乡村特色产业",
        byline="新华社霁江6月11日电（记者　隋小棠）", authors=["隋小棠"],
        lead="新华社霁江6月11日电（记者　隋小棠）",
        notes="Wire item from a provincial capital: run-in 新华社霁江6月11日电（记者 X） excluded from first. Headline "
              "with a place name and a colon. The cooperative head quoted is not an author.",
        paras=[
            "初夏时节，岚川省柘阳县的茶山上，采茶工人正忙着采摘夏茶。与往年不同的是，茶园里安装了土壤墒情监测仪和病虫害监测灯，茶农通过手机就能查看茶园的温度、湿度和虫情数据。",
            "近年来，岚川把数字技术应用作为乡村产业振兴的重要抓手，推动物联网、大数据、电子商务等技术与茶叶、食用菌、中药材等特色产业深度融合。目前，全省已建成数字农业示范基地216个，农产品网络零售额连续三年保持两位数增长。",
            "“以前卖茶靠收购商上门，现在通过直播一天能卖出去几百单。”柘阳县一家茶叶合作社负责人说，合作社今年上半年线上销售额已超过去年全年。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "让外贸企业“接单有底气”", section="短评", kind="commentary",
        byline="（欧阳望）", authors=["欧阳望"], tail="（欧阳望）",
        notes="Short comment under the label 短评 (section), signed （X） run in at the end (excluded from last); the "
              "writer (a compound surname) is the author. Commentary.",
        paras=[
            "稳外贸，关键是稳住企业。当前外部需求不确定性仍然较大，不少外贸企业面临“有单不敢接”“接单不赚钱”的难题。",
            "政策发力，就要在企业最需要的地方精准发力：出口信用保险要扩面降费，让企业敢接单；外贸信贷要提额增量，让企业有钱接单；海外仓和跨境物流要补链强链，让企业能把货顺利送出去。政策实打实，企业才能接单有底气、发展有信心。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本报地址：霁江市望霁区青岚大道1号　　邮政编码：××××××　　广告热线：××××××××",
                  "印刷：岚川日报印务中心"], "footer")
    return pg


PAGES = [ka09, ka10, ka11, ka12]
