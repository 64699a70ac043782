"""Pages ll05-ll08 of handmade68 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date
from pages_a import dig


# ---------------------------------------------------------------------------
def ll05() -> Page:
    """Metropolitan daily 财经·楼市 page extracted with a blank line after EVERY line: free-trade-zone report with
    byline line 记者 X　通讯员 Y; label 财经快讯 over seven items with ● headlines on their own lines (one on two
    lines)."""
    pg = Page("ll05.txt", cols=20, indent="  ", blanks="every", seed=6805,
              style="metropolitan daily 财经·楼市 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on three lines (paper; date with weekday + A07; 版名); free-trade-zone report with byline line 记者 X　通讯员 Y; label 财经快讯 over seven items, each a ●-marked headline on its own line (one on two lines) over one paragraph, credits （记者 X）, （实习生 X）, （通讯员 X）, （据东穹社） run in at the end or none; footer with editor, art editor and proof-reader")
    pg.furniture(["汐港都市报",
                  cn_date(2033, 9, 8) + "　A07",
                  "财经·楼市"], "page header")
    a = Article(
        "a", "汐港自贸片区三年新增企业1.2万家",
        byline="记者　戚晚晴　通讯员　聂远", authors=["戚晚晴", "聂远"],
        notes="The page's ordinary article beside the digest. Byline line 记者 X　通讯员 Y (no 本报): both are authors.",
        paras=[
            "记者从汐港自贸片区管委会获悉，片区挂牌三年来累计新增市场主体1.2万家，其中外资企业486家，实际使用外资18.7亿美元。今年1至8月，片区实现进出口额612亿元，同比增长16.4%。",
            "跨境电商、保税维修和融资租赁成为片区的三大特色产业。目前，片区已集聚跨境电商企业830余家，保税维修业务年产值突破40亿元。片区管委会相关负责人表示，将加快推出第二批制度创新清单，进一步降低企业制度性交易成本。",
        ])
    pg.article(a)
    pg.furniture(["财经快讯"], "column label 财经快讯")
    S = "财经快讯"
    dig(pg, "b1", "汐港前8月新增就业4.6万人",
        "今年1至8月，汐港市城镇新增就业4.6万人，完成全年目标任务的82%，城镇调查失业率保持在4.8%左右。",
        section=S, head=["●汐港前8月新增就业4.6万人"], credit="（记者　戚晚晴）", authors=["戚晚晴"])
    dig(pg, "b2", "首单“碳排放权质押贷款”落地",
        "汐港农商银行日前向一家热电企业发放以碳排放配额为质押的贷款3000万元，这是汐港市落地的首单碳排放权质押贷款业务。",
        section=S, head=["●首单“碳排放权质押贷款”落地"])
    dig(pg, "b3", "中秋月饼礼盒价格较去年略有回落",
        "记者走访市区多家商超发现，今年中秋月饼礼盒主流价格集中在98元至238元之间，较去年略有下降，百元以下的平价礼盒销量明显上升。",
        section=S, head=["●中秋月饼礼盒价格", "较去年略有回落"], credit="（实习生　蔡一苇）", authors=["蔡一苇"],
        extra="The body opens with 记者走访… although the credit names only the intern; the credit decides.")
    dig(pg, "b4", "汐港机场开通第三条货运航线",
        "9月6日，汐港机场至北沅的全货机航线首航，每周执飞4班，主要运输跨境电商货物、生鲜和电子元器件。",
        section=S, head=["●汐港机场开通第三条货运航线"], credit="（据东穹社）",
        extra="东穹社 is an invented news agency.")
    dig(pg, "b5", "新建商品住宅成交量环比上升",
        "8月，汐港市新建商品住宅网签成交3215套，环比上升9.4%。业内人士认为，近期出台的购房补贴政策对市场起到了一定的提振作用。",
        section=S, head=["●新建商品住宅成交量环比上升"])
    dig(pg, "b6", "港区冷链仓储项目封顶",
        "总投资9.6亿元的汐港港区冷链仓储项目主体结构日前封顶，建成后可提供冷库库容18万吨，年周转能力超过100万吨。",
        section=S, head=["●港区冷链仓储项目封顶"], credit="（通讯员　聂远）", authors=["聂远"])
    dig(pg, "b7", "“汐港制造”亮相国际工业博览会",
        "在日前闭幕的第十二届北沅国际工业博览会上，汐港市37家企业参展，现场签订意向订单金额达9.3亿元。",
        section=S, head=["●“汐港制造”亮相国际工业博览会"], credit="（记者　戚晚晴）", authors=["戚晚晴"])
    pg.furniture(["编辑：尤小棠　美编：郝川　校对：龚一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ll06() -> Page:
    """City daily 财经 page, blank lines sometimes plus column breaks: industry report with byline line 本报记者 X and
    a photo caption with credit after it; label 财经速览 over eight items whose bold headlines are run in before a
    full-width colon."""
    pg = Page("ll06.txt", cols=36, indent=FW * 2, blanks="some", colbreak=12, seed=6806, p_para=0.4, p_gap=0.7,
              style="city daily 财经 page, blank lines sometimes plus column breaks (a blank line every 12 body lines, also inside items): header on three lines (paper; date with weekday + 第4版; 版名 + 主编 + 责任编辑); industry report with byline line 本报记者 X, a ▲ photo caption with credit 本报记者 X　摄 after its body; label 财经速览 over eight items, each headline run in before a full-width colon (bold in print), credits （记者 X）, （实习生 X）, （据东穹社）, （据《溱阳晚报》） run in at the end or none; footer with proof-reader")
    pg.furniture(["溱阳日报",
                  cn_date(2035, 11, 20) + "　第4版",
                  "财经　　主编：晁景明　　责任编辑：鄂小棠"], "page header")
    pg.blank()
    a = Article(
        "a", "溱阳新能源汽车产业链产值突破千亿", byline="本报记者　俞望川", authors=["俞望川"],
        notes="The page's ordinary article beside the digest. Byline line 本报记者 X. The ▲ photo caption with its "
              "credit 本报记者 X　摄 after the body is not body. The director quoted (孔令泽) is not an author.",
        paras=[
            "记者从溱阳市工业和信息化局获悉，今年前10个月，溱阳市新能源汽车产业链实现产值1026亿元，同比增长23.8%，成为全市首个产值突破千亿元的产业链。",
            "整车方面，落户溱阳的两家整车企业前10个月累计生产新能源汽车21.4万辆，增长31%。零部件方面，全市动力电池、驱动电机、电控系统等核心零部件本地配套率已达到58%，比去年提高9个百分点。",
            "“配套企业就在几公里外，一个电话，零部件半天就能送到生产线。”溱阳骁驰汽车有限公司生产总监孔令泽说。据了解，溱阳市明年将重点引进智能座舱、车规级芯片等项目，力争产业链产值再上新台阶。",
        ])
    pg.article(a)
    pg.furniture(["▲11月18日，工人在骁驰汽车总装车间作业。　本报记者　俞望川　摄"],
                 "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["财经速览"], "column label 财经速览")
    pg.gap()
    S = "财经速览"
    items = [
        ("b1", "前10个月全市税收收入增长6.2%",
         "今年1至10月，全市税务部门累计组织税收收入386.5亿元，同比增长6.2%，其中制造业税收增长9.7%，对税收增长的贡献率超过五成。",
         "（记者　伍清和）", ["伍清和"], ""),
        ("b2", "溱阳港铁水联运量创新高",
         "前10个月，溱阳港完成铁水联运量52.6万标准箱，同比增长27%，已超过去年全年水平。", "", [], ""),
        ("b3", "市场监管部门检查预付卡经营企业",
         "近期，市市场监管局对全市136家发行预付卡的美容美发、健身和教育培训机构开展专项检查，责令18家存在问题的企业限期整改。",
         "（记者　伍清和）", ["伍清和"], ""),
        ("b4", "全省首个“零碳园区”标准发布",
         "《零碳园区建设与评价规范》省级地方标准日前发布，从能源利用、产业结构、建筑交通等6个方面设置了32项评价指标。溱阳高新区成为首批试点园区之一。",
         "（据东穹社）", [], "东穹社 is an invented news agency."),
        ("b5", "个人养老金开户数突破80万",
         "截至10月末，溱阳市个人养老金账户开户数达到81.3万户，累计缴存金额14.6亿元，参保人员中35岁以下人群占比接近四成。", "", [], ""),
        ("b6", "冬季蔬菜供应充足价格平稳",
         "市商务局监测显示，近期全市蔬菜日均上市量稳定在3200吨以上，主要品种批发价格同比下降3.5%，冬季“菜篮子”供应有保障。",
         "（据《溱阳晚报》）", [], "The source is another (invented) paper."),
        ("b7", "首届跨境电商选品大会举行",
         "11月18日至19日，首届溱阳跨境电商选品大会举行，400余家工厂和1200名跨境电商卖家参会，现场达成采购意向金额5.8亿元。",
         "（实习生　柳杉）", ["柳杉"], ""),
        ("b8", "两家企业获评国家级绿色工厂",
         "在日前公布的年度绿色制造名单中，溱阳的华冶新材料和碧川纸业获评国家级绿色工厂，全市国家级绿色工厂增至11家。", "", [], ""),
    ]
    for key, t, body, credit, who, extra in items:
        dig(pg, key, t, body, section=S, form="colon", credit=credit, authors=who, extra=extra)
        pg.gap()
    pg.blank()
    pg.furniture(["本版校对：单晓岑"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ll07() -> Page:
    """Evening paper 综合新闻 page, blank lines only between articles: label 本市简讯 over five items with headlines on
    their own lines (one on two lines); label 外埠简讯 over four wire items, each a headline over a run-in dateline
    岚江社…电（记者 X） (one naming no reporter)."""
    pg = Page("ll07.txt", cols=24, indent=FW * 2, blanks="arts", seed=6807,
              style="evening paper 综合新闻 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday; A08 + 版名 + editor); label 本市简讯 over five items with headlines on their own lines (one on two lines), credits （记者 X）, （通讯员 X） run in at the end or none; label 外埠简讯 over four wire items of the invented agency 岚江社, each a headline on its own line over a run-in dateline 岚江社澄湾5月20日电（记者 X）, one dateline naming no reporter; footer with editor and proof-reader")
    pg.furniture(["棠溪晚报",
                  cn_date(2034, 5, 21),
                  "A08　综合新闻　　编辑：裘远"], "page header")
    pg.blank()
    pg.furniture(["本市简讯"], "column label 本市简讯")
    pg.blank()
    S = "本市简讯"
    dig(pg, "a1", "棠溪老字号进驻新商圈",
        "棠溪5家老字号企业日前集体入驻城西新开业的云汀里商业街区，涵盖糕点、酱菜、茶叶等品类，开业首周销售额超过120万元。",
        section=S, credit="（记者　阙青禾）", authors=["阙青禾"])
    pg.blank()
    dig(pg, "a2", "市民卡新增图书借阅功能",
        "5月20日起，市民持棠溪市民卡可在市图书馆及全市46个分馆、城市书房免押金借阅图书，每张卡最多可借10册。",
        section=S, head=["市民卡新增", "图书借阅功能"])
    pg.blank()
    dig(pg, "a3", "城区新增停车泊位2100个",
        "今年以来，棠溪城区通过挖潜改造、错时共享等方式新增停车泊位2100个，其中夜间共享泊位860个，缓解了老旧小区停车难问题。",
        section=S, credit="（通讯员　洪一帆）", authors=["洪一帆"])
    pg.blank()
    dig(pg, "a4", "棠溪菜籽油获地理标志认证",
        "“棠溪菜籽油”日前通过国家地理标志证明商标审核，成为该市第四个获得地理标志认证的农产品。全市菜籽油年产值约3.6亿元。",
        section=S, credit="（记者　阙青禾）", authors=["阙青禾"])
    pg.blank()
    dig(pg, "a5", "端午龙舟赛开始报名",
        "2034年棠溪端午龙舟邀请赛定于6月18日在棠溪河举行，即日起接受各乡镇、企业和社会团体报名，报名截止时间为6月5日。",
        section=S)
    pg.blank()
    pg.furniture(["外埠简讯"], "column label 外埠简讯")
    pg.blank()
    S = "外埠简讯"
    wire = "岚江社 is an invented news agency (岚江通讯社)."
    dig(pg, "b1", "澄湾启动新一轮以旧换新",
        "澄湾市20日启动新一轮家电以旧换新活动，消费者购买一级能效家电可享受最高2000元补贴，活动将持续至8月底。",
        section=S, dateline="岚江社澄湾5月20日电（记者　濮远）", authors=["濮远"], extra=wire)
    pg.blank()
    dig(pg, "b2", "北沅港开通至西陆国际班列",
        "北沅港至西陆的国际货运班列20日首发，班列满载电子产品、机械设备等货物，全程约12天，比海运节省时间近一半。",
        section=S, dateline="岚江社北沅5月20日电", extra=wire)
    pg.blank()
    dig(pg, "b3", "汐港全面推行“一码通办”",
        "记者19日从汐港市政务服务管理局获悉，该市已有1680项政务服务事项实现“一码通办”，企业和群众办事平均跑动次数降至0.3次。",
        section=S, dateline="岚江社汐港5月19日电（记者　杭晓冬）", authors=["杭晓冬"], extra=wire)
    pg.blank()
    dig(pg, "b4", "溱阳茶园进入夏茶采摘期",
        "随着气温升高，溱阳市22万亩茶园陆续进入夏茶采摘期。当地茶企加大红茶和茶饮原料生产，预计夏茶产量将达到1.1万吨。",
        section=S, dateline="岚江社溱阳5月20日电（记者　濮远）", authors=["濮远"], extra=wire)
    pg.blank()
    pg.furniture(["本版校对：黎安"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ll08() -> Page:
    """Financial paper 公司·产业 page, NO indent, blank lines between paragraphs and blocks: label 公司速递 over eight
    items with ● run-in headlines followed by U+3000; a sector-gains table; label 记者观察 over a comment with byline
    line □ 本报记者 X."""
    pg = Page("ll08.txt", cols=32, indent="", blanks="para", seed=6808,
              style="financial paper 公司·产业 page, NO indent, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday + B2; 版名 + 责任编辑); label 公司速递 over eight company items, each headline run in after ● and followed by U+3000, credits （记者 X） run in at the end or none; table of the day's five best sectors (title, header row, five rows, 数据来源); label 记者观察 over a comment with byline line □ 本报记者 X; footer with art editor and proof-reader")
    pg.furniture(["北沅财经报",
                  cn_date(2038, 8, 30) + "　B2",
                  "公司·产业　　责任编辑：郗远舟"], "page header")
    pg.blank()
    pg.furniture(["公司速递"], "column label 公司速递")
    pg.blank()
    S = "公司速递"
    items = [
        ("a1", "星岚科技上半年净利增长35%",
         "星岚科技8月29日晚披露半年报，公司上半年实现营业收入48.6亿元，同比增长21.3%；归属于上市公司股东的净利润5.2亿元，增长35.1%。工业机器人业务收入占比提升至42%。",
         "（记者　鲍明远）", ["鲍明远"]),
        ("a2", "汐宁药业创新药获批上市",
         "汐宁药业公告，公司自主研发的一类创新药“汐宁替尼片”获批上市，用于治疗晚期非小细胞肺癌，这是该公司获批的第三款创新药。", "", []),
        ("a3", "澄川重工拟定增募资30亿元",
         "澄川重工公告称，公司拟向不超过35名特定对象发行股票，募集资金不超过30亿元，用于大型海上风电装备产业化等项目。",
         "（记者　鲍明远）", ["鲍明远"]),
        ("a4", "蓝陂食品中期分红每10股派5元",
         "蓝陂食品公布半年度利润分配预案，拟向全体股东每10股派发现金红利5元（含税），合计派发现金约4.1亿元，占上半年净利润的62%。", "", []),
        ("a5", "北沅银行不良率降至1.12%",
         "北沅银行半年报显示，截至6月末，该行资产总额1.86万亿元，较年初增长5.4%；不良贷款率1.12%，较年初下降0.05个百分点。",
         "（记者　闵秋池）", ["闵秋池"]),
        ("a6", "鸿屿物流与东弥港签署合作协议",
         "鸿屿物流8月28日与东弥港集团签署战略合作协议，双方将在港口仓储、多式联运和跨境物流等领域开展合作，共同建设区域物流枢纽。", "", []),
        ("a7", "岑山矿业上半年由盈转亏",
         "受产品价格下跌影响，岑山矿业上半年实现营业收入27.3亿元，同比下降18.6%；归母净利润亏损1.4亿元，上年同期为盈利2.2亿元。",
         "（记者　闵秋池）", ["闵秋池"]),
        ("a8", "云杉电子股份回购实施完毕",
         "云杉电子公告，公司回购股份计划已实施完毕，累计回购股份1286万股，占总股本的1.05%，成交总金额约2.3亿元，回购股份将用于员工持股计划。", "", []),
    ]
    for key, t, body, credit, who in items:
        dig(pg, key, t, body, section=S, form="dot", credit=credit, authors=who,
            extra="Each headline names a company; the company is the news, not a label: the whole run-in phrase "
                  "before U+3000 is the title.")
        pg.gap()
    pg.furniture(["昨日行业涨幅前五",
                  "行业　　　　收盘指数　　涨幅",
                  "半导体　　　4862.15　　3.42%",
                  "电力设备　　7315.60　　2.87%",
                  "医药生物　　9024.33　　2.15%",
                  "有色金属　　5187.42　　1.96%",
                  "食品饮料　　21563.08　 1.38%",
                  "数据来源：北沅证券信息中心"], "sector-gains table (not an article)")
    pg.gap()
    pg.furniture(["记者观察"], "column label 记者观察")
    pg.gap()
    b = Article(
        "b", "半年报季更要看现金流", section="记者观察", kind="commentary",
        byline="□ 本报记者　闵秋池", authors=["闵秋池"],
        notes="Comment under the label 记者观察 (section), byline line □ 本报记者 X (the □ is a mark); a reporter's "
              "comment, kind commentary.",
        paras=[
            "半年报披露进入尾声，不少公司交出了营收、利润“双增长”的成绩单。但细看报表会发现，一些公司利润增长的同时，经营活动产生的现金流量净额却是负数，应收账款和存货大幅攀升。",
            "利润可以靠会计处理“修饰”，现金流却很难作假。对投资者而言，与其只盯着净利润增速，不如多问一句：赚到的钱收回来了没有？对上市公司而言，只有把利润变成真金白银，增长才真正有含金量。",
        ])
    pg.article(b)
    pg.blank()
    pg.furniture(["美编：柏舟　　校对：牟小岚"], "footer")
    return pg


PAGES = [ll05, ll06, ll07, ll08]
