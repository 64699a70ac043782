"""Pages v09-v12 of handmade11 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, wrap


def hard(text: str, n: int, indent: str = "") -> list[str]:
    """Cut text every n characters whatever they are (CJK, ASCII, punctuation, U+3000 all count 1),
    as a text layer that breaks lines after a fixed number of glyphs leaves it; no kinsoku."""
    s = indent + text
    return [s[i:i + n] for i in range(0, len(s), n)]


# ---------------------------------------------------------------------------
def v09() -> Page:
    """基金周刊 page mixing English: ETF names and codes, QDII, Nasdaq-100, S&P 500, a data table."""
    pg = Page("v09.txt", cols=42, indent="", blanks="some", seed=1109, p_para=0.3, p_gap=0.7,
              style="基金周刊 page mixing Latin text: English words in the header (FUND WEEKLY), ETF names with six-digit codes in brackets, QDII / Nasdaq-100 / S&P 500 / T+0 / FOF in headlines and bodies, percentages and rates (0.15%/年); headline with an ASCII space inside; data table (title, header row, five rows, 数据来源 line) between the articles; no indent")
    pg.furniture(["澜江证券导报　FUND WEEKLY　基金周刊　B5", cn_date(2030, 3, 16)], "page header")
    pg.blank()
    a = Article(
        "a", "股票ETF周净流入213.6亿元科创类产品“吸金”居首",
        head=["股票ETF周净流入213.6亿元 科创类产品“吸金”居首"],
        byline="本报记者　温以安", authors=["温以安"],
        notes="Headline with an ASCII space between its two parts (title written without it); ETF names with codes "
              "in brackets in the body.",
        paras=[
            "本周（3月11日至15日），A股市场震荡上行，ETF成为资金入场的重要渠道。据统计，全市场股票型ETF本周合计净流入213.6亿元，总规模升至3.42万亿元，较上周末增长2.1%。",
            "从产品类型看，科创板相关ETF最受资金青睐。其中，星河科创50ETF（588360）本周净流入31.2亿元，份额增长4.86%，居全市场首位；华岳科创芯片ETF（588290）、启明科创100ETF（588170）分别净流入18.7亿元和11.4亿元。宽基ETF方面，沪深300和中证A500相关产品合计净流入约64亿元。",
            "与此同时，部分前期涨幅较大的行业主题ETF出现资金流出。红利低波类ETF本周净流出9.8亿元，煤炭、银行主题ETF也有不同程度的赎回。",
            "澜江证券基金研究员莫清扬表示，ETF具有费率低、透明度高、交易便捷等特点，正在成为机构和个人投资者进行资产配置的重要工具。“目前宽基ETF的管理费率普遍降到了0.15%/年，托管费0.05%/年，对长期投资者很有吸引力。”不过他也提醒，行业主题ETF波动较大，投资者应结合自身风险承受能力，避免追涨杀跌。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["本周净流入居前的股票ETF",
                  "代码　　名称　　　　　　净流入（亿元）　份额变化",
                  "588360　星河科创50ETF　　　31.2　　　+4.86%",
                  "510390　华岳沪深300ETF　　 22.5　　　+1.32%",
                  "588290　华岳科创芯片ETF　　18.7　　　+6.15%",
                  "563820　启明中证A500ETF　　14.9　　　+2.07%",
                  "588170　启明科创100ETF　　 11.4　　　+3.58%",
                  "数据来源：澜江基金研究中心，统计区间3月11日—3月15日"], "data table with 数据来源 line")
    pg.blank()
    b = Article(
        "b", "QDII额度再扩容纳斯达克100ETF溢价率回落", head=["QDII额度再扩容　纳斯达克100ETF溢价率回落"],
        byline="记者　程雪松", authors=["程雪松"],
        notes="Headline beginning with a Latin abbreviation; its full-width space is dropped in the title. Byline "
              "line 记者 X.",
        paras=[
            "国家外汇管理局近日向27家基金公司新增发放QDII额度合计38亿美元。受此影响，此前溢价率居高不下的跨境ETF本周明显“降温”。以Nasdaq-100指数为标的的启明纳指ETF（513160）溢价率从上周的6.8%回落至1.2%，跟踪S&P 500指数的星河标普500ETF（513590）溢价率也降至1%以内。",
            "多家基金公司表示，新增额度到位后，将陆续恢复跨境ETF的申购，并视情况放开大额申购限制。有基金经理提醒，跨境ETF实行T+0交易，价格波动较大，投资者应关注产品的溢价风险，避免在高溢价时买入。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "养老FOF“Y份额”规模突破900亿元", byline="本报讯（记者　温以安）", authors=["温以安"],
        lead="本报讯（记者　温以安）",
        notes="Headline with the Latin abbreviation FOF and a quoted Y份额; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "截至3月15日，个人养老金基金Y份额总规模突破900亿元，较年初增长约18%。目前市场上共有Y份额产品236只，其中目标日期型FOF产品规模占比约四成。业内人士预计，随着个人养老金制度全面推开，Y份额规模有望继续快速增长。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["投资有风险，入市需谨慎。本版内容不构成投资建议。　　责任编辑：庄一帆"], "footer disclaimer and editor")
    return pg


# ---------------------------------------------------------------------------
def v10() -> Page:
    """民生 page whose text layer broke every line after 15 glyphs, headlines and bylines included; no blank line."""
    N = 15
    pg = Page("v10.txt", cols=N, indent=FW * 2, blanks="never", seed=1110,
              style="晚报 民生 page whose text layer broke every line after exactly 15 glyphs (ASCII and punctuation count 1, no kinsoku: lines may start with ，。), headlines and bylines cut the same way (all four headlines on two lines, one byline cut inside a name), no blank line anywhere; one article signed （X） on a line after the body; page number alone at the foot")
    pg.furniture(["澜江晚报", "A4　民生", cn_date(2030, 6, 3)], "page header")
    arts = [
        Article("a", "市区首批智慧停车泊位上线覆盖12条道路", byline="本报记者　谭小葵", authors=["谭小葵"],
                notes="Headline wrapped to the 15-glyph line like the body, joined; byline line under it.",
                paras=[
                    "6月1日起，澜江市中心城区首批2360个智慧停车泊位正式上线运行，覆盖解放路、滨江路等12条道路。车主驶入泊位后，地磁感应设备和高位视频会自动识别车牌并开始计时，离开时可通过手机小程序或自动扣费完成缴费，无需再找收费员。",
                    "市城管局相关负责人介绍，智慧停车系统还能实时显示各路段空余泊位数量，车主出行前可在小程序上查询和导航，减少绕行找位的时间。首批泊位试运行期间，每次停车前30分钟免费。下半年，全市还将新增智慧泊位5000个。",
                ]),
        Article("b", "高温来袭户外劳动者有了“清凉驿站”", byline="本报记者　常晓乐", authors=["常晓乐"],
                notes="Headline wrapped to the 15-glyph line, joined; byline line under it.",
                paras=[
                    "连日来，澜江市最高气温突破35℃。记者走访发现，市区不少银行网点、商场和社区服务中心门口挂出了“清凉驿站”的标识，为环卫工人、快递员、外卖骑手等户外劳动者提供饮用水、防暑药品和休息座椅。",
                    "市总工会介绍，今年全市共设立“清凉驿站”416个，比去年增加了120个，均可通过“澜江工会”小程序查询位置。此外，市人社部门提醒用人单位，日最高气温达到40℃以上时应当停止当日室外露天作业，35℃以上要按规定发放高温津贴。",
                ]),
        Article("c", "全市老年助餐点扩至286个一餐十元左右", byline="本报记者　谭小葵　实习生　宁贝可",
                authors=["谭小葵", "宁贝可"],
                notes="Headline wrapped, joined; the byline line is cut after 15 glyphs inside the intern's name "
                      "(宁贝 / 可); the 实习生 is an author.",
                paras=[
                    "记者从澜江市民政局获悉，截至5月底，全市已建成老年助餐点286个，覆盖八成以上城市社区。60周岁以上老人在助餐点就餐，一荤两素一汤的套餐价格在10元左右，80周岁以上老人和困难老人还可享受每餐3元至5元的补贴。",
                    "在望海区青禾社区助餐点，78岁的郑大爷每天中午都来吃饭。“饭菜软烂、少油少盐，还能跟老伙计们聊聊天。”对行动不便的老人，不少助餐点还提供送餐上门服务。",
                ]),
        Article("d", "中心城区“15分钟健身圈”基本建成", byline="（卓一凡）", authors=["卓一凡"],
                notes="Headline wrapped, joined; no byline at the top, the signature （X） on a line after the body "
                      "(byline, not body).",
                paras=[
                    "记者从市体育局了解到，澜江市中心城区已新建和改造社区健身场地132处、健身步道86公里，“15分钟健身圈”基本建成。市民从家门口出发，步行15分钟左右就能到达一处健身场所。今年，全市还将利用桥下空间、城市边角地等建设20个口袋体育公园，并推动60所学校体育场地在课余时间向社会开放。",
                ]),
    ]
    for art in arts:
        art.paras = [Raw(hard(p, N, FW * 2)) for p in art.paras]
        pg.headline(art, lines=hard(art.title, N))
        if not art.byline.startswith("（"):
            for piece in hard(art.byline, N):
                pg.line(art, piece, "byline")
        # render_body wants a prose paragraph; the cut lines are emitted as they are (no gaps: blanks never)
        pg.emit(art, [("line", ln, set()) for raw in art.paras for ln in raw.lines])
        if art.byline.startswith("（"):
            pg.line(art, art.byline, "byline")
    pg.furniture(["4"], "page number")
    return pg


# ---------------------------------------------------------------------------
def v11() -> Page:
    """County paper page of a 13-character column with 通讯员 bylines in five forms."""
    pg = Page("v11.txt", cols=13, indent=FW * 2, blanks="para", seed=1111,
              style="县报 综合 page, 13-character column: five items with 通讯员 bylines in five forms: line 通讯员 X　记者 Y; line □本报记者 X　通讯员 Y; line ■ X　Y　文/图; run-in 本报讯（通讯员 X　Y）; （通讯员 X　Y） run in at the end; footer with the media centre and hotline")
    pg.furniture(["柘川报", cn_date(2030, 9, 12), "第3版·综合"], "page header")
    pg.blank()
    a = Article(
        "a", "白水镇油茶林迎来丰收季", byline="通讯员　童小满　记者　许一禾", authors=["童小满", "许一禾"],
        notes="Byline line 通讯员 X　记者 Y (wider than the column); both are authors.",
        paras=[
            "金秋时节，白水镇2.3万亩油茶林果实累累，茶农们忙着采摘、晾晒。在大坪村油茶基地，村民张秀英一边摘果一边算账：“今年雨水好，一亩能收鲜果八百多斤，比去年多了两成。”",
            "近年来，白水镇引导农户对低产油茶林进行改造，推广良种和测土配方施肥，并引进一家油茶加工企业，建成年加工能力5000吨的压榨生产线。目前，全镇油茶产业综合产值超过2亿元，带动3000多户农户增收。",
        ])
    b = Article(
        "b", "县人民医院开通“一站式”入院服务", byline="□本报记者　郁青　通讯员　杭帆", authors=["郁青", "杭帆"],
        notes="Byline line □本报记者 X　通讯员 Y; both are authors.",
        paras=[
            "9月10日，县人民医院“一站式”入院服务中心正式启用。患者办理住院时，不用再在各个窗口之间来回奔波，入院登记、医保审核、缴纳押金、床位预约等手续在一个窗口就能办完。",
            "医院相关负责人介绍，服务中心还为老年患者和行动不便的患者配备了陪同服务人员，并开通床旁结算服务，患者出院时可在病房直接结算。中心启用以来，患者平均入院办理时间由原来的40分钟缩短到10分钟左右。",
        ])
    c = Article(
        "c", "桐溪乡“村播”助农直播间开播", byline="■ 戴云舒　邹岩　文/图", authors=["戴云舒", "邹岩"],
        notes="Byline line ■ X　Y　文/图: both wrote the text and took the pictures; both are authors.",
        paras=[
            "“家人们，这是我们自己种的高山红薯，粉糯香甜……”9月8日晚，在柘川县桐溪乡电商服务中心，返乡青年邱晓燕正对着手机镜头介绍本地农产品。这是乡里新开设的“村播”助农直播间的第一场直播，两个小时卖出红薯、土蜂蜜等农产品1200多单。",
            "为帮助农产品拓宽销路，桐溪乡今年投入60万元建设电商服务中心，免费为村民提供直播场地、设备和培训，并与快递企业合作开通农产品寄递绿色通道。目前，已有35名村民报名参加直播带货培训。",
        ])
    for art in (a, b, c):
        pg.headline(art)
        pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
        pg.gap()
    d = Article(
        "d", "县农商银行发放首批“农机贷”", byline="本报讯（通讯员　柯小橙　方予宁）",
        authors=["柯小橙", "方予宁"], lead="本报讯（通讯员　柯小橙　方予宁）",
        notes="Run-in 本报讯（通讯员 X　Y） excluded from first; both 通讯员 are authors.",
        paras=[
            "近日，柘川农商银行向12户农机合作社和种粮大户发放首批“农机贷”共计680万元，用于购置收割机、烘干机等农业机械。该产品以农机具作为抵押，最高可贷300万元，贷款利率较普通经营贷款下浮约15%，还款方式可按农时灵活安排。",
        ])
    e = Article(
        "e", "全县秋季学生资助资金发放到位", byline="（通讯员　林杉　严晓露）", authors=["林杉", "严晓露"],
        tail="（通讯员　林杉　严晓露）",
        notes="Unsigned at the top; （通讯员 X　Y） run in at the end of the body, excluded from last.",
        paras=[
            "近日，县教育局完成秋季学期学生资助资金发放工作，共向全县1.2万余名家庭经济困难学生发放国家助学金、免学费补助等各类资助资金1360万元。",
            "今年起，资助资金全部通过学生资助卡直接发放到学生或监护人账户，并在学校进行公示，接受社会监督。",
        ])
    for art in (d, e):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["柘川县融媒体中心出品", "新闻热线：0735-6611××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v12() -> Page:
    """公告·启事 page: court notice, company notices, auction notice, lost-item statements, one short news item."""
    pg = Page("v12.txt", cols=45, indent="", blanks="arts", seed=1112,
              style="公告·启事 page: a court service notice (法院公告 with case number, court and date in Chinese numerals), one short 本报讯（记者 X） news article, 注销公告 and 减资公告 of companies (信用代码, 清算组, 联系人 and 电话), 拍卖公告 with numbered lots, 遗失声明 lines; none of the notices is an article; no indent except inside the notices")
    pg.furniture(["澜江日报　公告·启事　B8　" + cn_date(2030, 10, 10)], "page header")
    pg.blank()
    pg.furniture(["澜江市中级人民法院公告"] + wrap(
        "柏某某：本院受理原告澜江鼎信融资租赁有限公司诉你融资租赁合同纠纷一案，已审理终结。现依法向你公告送达（2030）澜01民初218号民事判决书。自公告之日起60日内来本院领取民事判决书，逾期则视为送达。如不服本判决，可在公告期满后15日内，向本院递交上诉状及副本，上诉于青屿省高级人民法院。逾期本判决即发生法律效力。",
        45, FW * 2) + ["澜江市中级人民法院", "二〇三〇年十月九日"], "court service notice (not an article)")
    pg.blank()
    a = Article(
        "a", "企业注销“一网通办”平均用时缩至5个工作日", byline="本报讯（记者　阮清）", authors=["阮清"],
        lead="本报讯（记者　阮清）",
        notes="The only article on the page, among legal and commercial notices; run-in 本报讯（记者 X） excluded "
              "from first.",
        paras=[
            "记者从澜江市市场监管局获悉，全市企业注销“一网通办”平台运行一年来，已有1.86万户企业通过平台办理注销，平均办理时间由过去的20多个工作日缩短至5个工作日。",
            "据介绍，企业通过平台可一次性提交市场监管、税务、社保、海关等部门的注销申请，清算组备案和债权人公告也可在网上完成。符合条件的企业还可以选择简易注销，公告期由45天缩短为20天。市场监管部门提醒，企业办理注销前应依法清理债权债务，不得利用注销逃避债务。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    pg.furniture(["注销公告"] + wrap(
        "澜江禾丰商贸有限公司（统一社会信用代码：91430100MA4L7×××××）经股东决定，拟向公司登记机关申请注销登记，清算组由刘建平、孙慧组成。请债权人自本公告见报之日起45日内向本公司清算组申报债权。",
        45, FW * 2) + ["联系人：刘建平　电话：139××××2856", "澜江禾丰商贸有限公司清算组", "2030年10月10日"],
        "company deregistration notice (not an article)")
    pg.blank()
    pg.furniture(["减资公告"] + wrap(
        "澜江启航物流有限公司（统一社会信用代码：91430103MA4Q2×××××）经股东会决议，注册资本由5000万元减少至1000万元。债权人自本公告见报之日起45日内，有权要求本公司清偿债务或者提供相应的担保。",
        45, FW * 2) + ["澜江启航物流有限公司", "2030年10月10日"], "capital reduction notice (not an article)")
    pg.blank()
    pg.furniture(["拍卖公告"] + wrap(
        "受委托，本公司定于2030年10月25日上午10时在澜江市产权交易中心拍卖大厅公开拍卖：1.澜江市望海区滨江路88号商业用房一套，建筑面积326.5平方米，参考价620万元；2.二手车辆12台（具体详见现场）。标的展示时间：10月21日至22日。有意竞买者请于10月24日17时前携有效证件到本公司办理竞买登记手续并交纳保证金。",
        45, FW * 2) + ["拍卖单位：澜江恒信拍卖有限公司　电话：0731-8457××××"], "auction notice (not an article)")
    pg.blank()
    pg.furniture(["遗失声明",
                  "澜江市望海区欣悦便利店遗失营业执照正本，统一社会信用代码92430103MA4P6×××××，声明作废。",
                  "周明远遗失澜江职业技术学院毕业证书，证书编号1283512030000×××××，声明作废。"],
                 "lost-item statements (not articles)")
    pg.blank()
    pg.furniture(["公告刊登热线：0731-8602××××　　本版公告内容由刊登者负责"], "footer")
    return pg


PAGES = [v09, v10, v11, v12]
