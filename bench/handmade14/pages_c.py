"""Pages y09-y12 of handmade14 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def y09() -> Page:
    """税务报 要闻 page indented with ONE U+3000: run-in 本报北京12月3日讯　记者X报道 (name glued to 报道),
    a 延伸阅读 box of see-also titles after it; □本报记者 X　通讯员 Y byline line; 本报讯（记者 X） item."""
    pg = Page("y09.txt", cols=36, indent=FW, blanks="arts", seed=1409,
              style="税务报 要闻 page indented with ONE U+3000, blank lines only between articles: lead with run-in 本报北京12月3日讯　记者X报道 (name glued to 报道, no brackets, no colon) followed by a 延伸阅读 box (label and two ◎ see-also titles with the issue and page they were printed in); headline with quotation marks and a figure over a byline line □本报记者 X　通讯员 Y; run-in 本报讯（记者 X） item; footer with editor and 投稿 e-mail")
    pg.furniture(["澜川税务报", cn_date(2033, 12, 4) + "　第2版　要闻"], "page header")
    pg.blank()
    a = Article(
        "a", "前11个月支持科技创新税费优惠超3100亿元", byline="本报北京12月3日讯　记者姚见川报道",
        authors=["姚见川"], lead="本报北京12月3日讯　记者姚见川报道　",
        notes="Run-in dateline 本报北京12月3日讯　记者X报道 (the name glued to 报道, no brackets) excluded from first; "
              "the reporter is the author. The 延伸阅读 box after the body (two see-also titles of earlier issues) "
              "is not body and not an article.",
        paras=[
            "记者12月3日从国家税务总局获悉，今年前11个月，支持科技创新和制造业发展的主要政策新增减税降费及退税3126亿元，同比增长9.4%。其中，研发费用加计扣除政策惠及企业53.2万户，减免税额1680亿元。",
            "从受益主体看，制造业及与之相关的批发零售业新增减税降费及退税1864亿元，占比近六成。高技术产业企业享受优惠增长较快，其中计算机、通信和其他电子设备制造业受益金额增长15.6%。",
            "国家税务总局有关负责人表示，税务部门将持续推进政策精准推送、智能申报，确保各项税费优惠政策直达快享，为高质量发展提供有力支持。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.furniture(["延伸阅读",
                  "◎研发费用加计扣除政策问答（本报11月27日第3版）",
                  "◎先进制造业企业增值税加计抵减怎么享受（本报11月20日第4版）"],
                 "延伸阅读 box: see-also titles of earlier issues (not body, not an article)")
    pg.blank()
    b = Article(
        "b", "澄屿“非接触式”办税占比达98%", byline="□本报记者　严知秋　通讯员　巩一苗",
        authors=["严知秋", "巩一苗"],
        notes="Headline with quotation marks and a figure. Byline line □本报记者 X　通讯员 Y, both authors; the "
              "company accountant quoted (韦佳琪) is not.",
        paras=[
            "“以前月底申报要跑办税服务厅，现在打开电子税务局，系统自动预填数据，核对一下就能一键申报。”12月1日，澄屿市一家电子元器件公司的财务负责人韦佳琪说。",
            "今年以来，澄屿市税务局推行“非接触式”办税缴费，全面推广数字化电子发票，企业开票、受票、入账全流程线上完成。目前，全市98.2%的涉税业务实现网上办理，纳税人平均办税时间比去年缩短了40%。",
            "针对老年人等群体，澄屿市税务局在各办税服务厅保留了人工窗口，并设立“税费服务驿站”38个，提供帮办代办服务，让不同群体都能享受到便利。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "个税汇算“预填服务”将扩围", byline="本报讯（记者　符小远）", authors=["符小远"],
        lead="本报讯（记者　符小远）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从省税务局获悉，明年3月1日起将启动2033年度个人所得税综合所得汇算清缴。今年将进一步扩大预填服务范围，纳税人通过个人所得税App申报时，收入、专项附加扣除等信息将自动预填。",
            "省税务局提醒，纳税人可提前登录App确认专项附加扣除信息，需要办理汇算的，可通过预约功能选择合适的办理时间，避开申报高峰。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：於秋白　　投稿邮箱：yaowen@lcsw.example"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y10() -> Page:
    """地市日报 要闻 page of a 12-character column, no blank line: a slogan 引题 on two lines, a 主题 on two
    lines, a ——副题 on three lines; a headline opening with a quotation, broken after it."""
    pg = Page("y10.txt", cols=12, indent=FW * 2, blanks="never", seed=1410,
              style="地市日报 要闻 page of a 12-character column, no blank line anywhere: lead with a slogan 引题 on two lines (奋力打造内陆开放新高地 / 加快建设现代化产业强市), 主题 on two lines (上半年全市实际使用外资 / 增长26.8%), ——副题 wrapped over three lines and byline line 本报记者 X, so seven display lines precede the text; headline on two lines opening with a quotation (“夜经济”点亮 / 消费新场景) over a wrapped run-in 本报讯（记者 X）; item signed （通讯员 X） at the end (wrapped); header on three lines, footer on two")
    pg.furniture(["璞阳日报", cn_date(2033, 7, 2), "第2版　要闻"], "page header")
    a = Article(
        "a", "上半年全市实际使用外资增长26.8%", head=["上半年全市实际使用外资", "增长26.8%"],
        subtitle="——新设外商投资企业132家，制造业利用外资占比过半", byline="本报记者　文若溪",
        authors=["文若溪"],
        notes="Slogan 引题 '奋力打造内陆开放新高地　加快建设现代化产业强市' on two lines above the headline (kicker, named "
              "here, in neither title nor subtitle); 主题 on two lines (joined); ——副题 wrapped over three lines "
              "(subtitle); byline line 本报记者 X. The manager quoted (韩立诚) is not an author.",
        paras=[
            "记者从市商务局获悉，上半年，全市实际使用外资5.6亿美元，同比增长26.8%，增速居全省第二位；新设外商投资企业132家，增长18.9%。",
            "从投资结构看，制造业实际使用外资2.9亿美元，占全市总额的51.8%，主要投向新能源汽车零部件、电子信息、生物医药等领域。",
            "“璞阳的配套能力和营商环境，是我们追加投资的重要原因。”外资企业璞阳凯勒精密部件有限公司总经理韩立诚说，公司今年增资8000万美元建设二期项目，达产后年产值将超过20亿元。",
            "市商务局有关负责人表示，下半年将组织赴欧洲、东南亚开展专题招商活动，持续完善外资企业服务专员制度，推动一批外资项目早签约、早落地。",
        ])
    for ln in ["奋力打造内陆开放新高地", "加快建设现代化产业强市"]:
        pg.kicker(a, ln)
    pg.headline(a)
    for ln in wrap(a.subtitle, 12):
        pg.line(a, ln, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "“夜经济”点亮消费新场景", head=["“夜经济”点亮", "消费新场景"], byline="本报讯（记者　尹书瑶）",
        authors=["尹书瑶"], lead="本报讯（记者　尹书瑶）",
        notes="Headline on two lines opening with a quotation (joined). Run-in 本报讯（记者 X）, wrapped, excluded "
              "from first.",
        paras=[
            "入夏以来，璞阳市各大商圈、特色街区的夜间消费持续升温。6月份，全市重点监测的12个夜间消费集聚区客流量达到860万人次，同比增长21.6%。",
            "今年，璞阳市出台促进夜间经济发展若干措施，推出夜市、夜游、夜演等特色活动，延长部分公交线路的运营时间。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "全市首批“零碳工厂”授牌", byline="（通讯员　冉小舟）", authors=["冉小舟"], tail="（通讯员　冉小舟）",
        notes="Credit （通讯员 X） run in at the end (wrapped), excluded from last.",
        paras=[
            "7月1日，璞阳市首批10家“零碳工厂”正式授牌。这些企业通过建设屋顶光伏、购买绿电、实施节能改造等方式，实现生产过程二氧化碳排放与抵消量平衡。",
            "据介绍，首批“零碳工厂”年使用绿电3.2亿千瓦时，相当于减少二氧化碳排放约18万吨。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["责任编辑：", "甘露白　武晴"], "footer on two lines")
    return pg


# ---------------------------------------------------------------------------
def y11() -> Page:
    """商报 产业·纺织服装 page extracted with a blank line after every line: an event advertisement, two
    articles whose headlines are printed after their bodies, a 分类广告 block."""
    pg = Page("y11.txt", cols=38, indent="  ", blanks="every", seed=1411,
              style="商报 产业·纺织服装 page extracted with a blank line after every line: lead (headline, byline line 本报记者 X); trade-fair advertisement (广告 label, fair name, dates and venue, slogan, 展位预订 line, 主办 line) between articles; then two articles whose headlines are printed AFTER their bodies: run-in 本报讯（记者 X） item, and a piece with byline line 通讯员 X BEFORE its body (so it follows the previous headline); 分类广告 block (招聘, 转让) and footer")
    pg.furniture(["澜川商报", cn_date(2033, 9, 27) + "　B4　产业·纺织服装"], "page header")
    a = Article(
        "a", "前8个月全省纺织服装出口增长7.9%", byline="本报记者　蔺晓棉", authors=["蔺晓棉"],
        notes="Byline line 本报记者 X. The general manager quoted (钱慕白) is not an author.",
        paras=[
            "记者从澄屿海关获悉，今年前8个月，全省纺织服装出口额达到862亿元，同比增长7.9%，增速比上半年加快1.3个百分点。其中，纺织纱线、织物及制品出口增长11.2%，服装及衣着附件出口增长5.6%。",
            "从市场看，对东盟、中东和非洲出口增长较快，分别增长15.4%、12.8%和18.1%；对欧盟出口由降转升，增长3.2%。通过跨境电商渠道出口的服装占比提高到18%。",
            "在桐溪县纺织产业园，多家企业的织机正开足马力赶制秋冬订单。“8月份以来订单明显回暖，现在已经排到了明年1月。”澜川锦程纺织有限公司总经理钱慕白说，公司今年新上了两条功能性面料生产线，抗菌、防水面料订单同比增长了四成。",
            "业内人士表示，纺织行业出口仍面临国际需求不确定、原材料价格波动等挑战，企业需要加快向功能性、绿色化、品牌化方向转型。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["广告",
                  "第十二届澜川国际纺织面料博览会",
                  "10月18日—20日　澄屿国际会展中心",
                  "600余家企业参展　2万余款新面料集中首发",
                  "展位预订：0000-8736××××　参观登记请扫描二维码",
                  "主办：澜川省纺织服装行业协会"], "trade-fair advertisement (not an article)")
    b = Article(
        "b", "桐溪“云上纺织城”入驻商户突破3000家", byline="本报讯（记者　邬采薇）", authors=["邬采薇"],
        lead="本报讯（记者　邬采薇）",
        notes="Headline printed AFTER the body (title_line is that line); run-in 本报讯（记者 X） excluded from first. "
              "The body follows the advertisement directly.",
        paras=[
            "记者9月25日从桐溪县获悉，桐溪“云上纺织城”线上平台入驻商户突破3000家，上线面料、辅料、成衣等产品6.8万款，今年以来平台交易额达到46亿元。",
            "平台为中小纺织企业提供在线展示、样品寄送、订单撮合等服务，并引入供应链金融产品，商户凭平台交易记录可申请信用贷款。",
        ])
    pg.body(b)
    pg.headline(b)
    c = Article(
        "c", "再生纤维面料订单增三成", byline="通讯员　柯小蕾", authors=["柯小蕾"],
        notes="Byline line 通讯员 X BEFORE the body, right after the previous article's headline; this article's "
              "headline is printed AFTER its body.",
        paras=[
            "9月中旬，璞阳一家再生纤维企业的生产车间里，一台台纺丝机正把回收的废旧塑料瓶加工成涤纶长丝。企业负责人介绍，每6个矿泉水瓶可以做成一件T恤的面料，今年以来企业再生纤维面料订单同比增长了三成，产品主要销往欧洲。",
            "近年来，全省纺织企业加快绿色转型，已有46家企业获得国际再生标准认证，再生纤维年产能达到38万吨。",
        ])
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.headline(c)
    pg.furniture(["分类广告",
                  "招聘　桐溪某制衣公司诚聘熟练平车工30名、质检员5名，包吃住，月薪6000元以上。电话：0000-8712××××",
                  "转让　璞阳纺织园标准厂房一处，面积3200平方米，手续齐全。电话：139××××6521"],
                 "分类广告 block (not articles)")
    pg.furniture(["本版编辑：聂书棠　　美编：包小禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y12() -> Page:
    """企业报 (oil field paper) 基层一线 page, no indent: the page footer extracted in the middle of the page,
    after the left column; a photo brief with a credit line X/摄; end credits with two bare names."""
    pg = Page("y12.txt", cols=18, indent="", blanks="some", seed=1412, p_para=0.25, p_gap=0.8,
              style="企业报 (油田报) 基层一线 page, no indent: article with byline line 通讯员 X　Y; photo news (brief) with headline, caption and credit line X/摄; the page FOOTER (editor, designer, proof-reader and page number, two lines) extracted in the MIDDLE of the page, after the left column; run-in 本报讯（通讯员 X） item; label 班组风采 over a piece signed （X　Y） (two bare names) run in at the end; header with the company that publishes the paper")
    pg.furniture(["澜江油田报", "澜江石油化工集团公司主办", cn_date(2033, 8, 8) + "　第3版　基层一线"],
                 "page header")
    pg.blank()
    a = Article(
        "a", "采油三厂“智慧井场”全面上线", byline="通讯员　戈晓峰　郑洋", authors=["戈晓峰", "郑洋"],
        notes="Byline line 通讯员 X　Y (two 通讯员, no 本报), both authors; the area manager quoted (苗振邦) is not.",
        paras=[
            "8月5日，在采油三厂北区作业区的生产指挥中心，大屏幕上实时跳动着1260口油井的产液量、电流、温度等数据。“哪口井出现异常，系统会自动报警，我们在指挥中心就能远程调参、启停。”作业区经理苗振邦说。",
            "今年以来，采油三厂投入1.8亿元推进“智慧井场”建设，在全部油水井安装物联网采集终端，建成覆盖全厂的无线传输网络。巡井方式由过去的人工“日巡”变为系统“秒巡”加人工重点巡检，一线员工巡井工作量减少了60%。",
            "数据多跑路，员工少跑腿。智慧井场上线后，采油三厂油井平均检泵周期由620天延长到810天，单井日均产油量提高0.4吨，上半年累计增油1.9万吨。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    p = Article(
        "p", "高温下的坚守", kind="brief", byline="戈晓峰/摄", authors=["戈晓峰"],
        notes="Photo news (brief): headline, caption, credit line X/摄 after it (byline); the photographer is the "
              "author.",
        paras=[
            "8月6日，钻井二公司40512钻井队员工在井场更换钻具。入夏以来，该公司合理调整作业时间，为一线员工配发防暑降温物资，确保高温天气安全生产。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["责任编辑：汤若溪　版式：米兰", "校对：纪远　　第3版"],
                 "page footer extracted in the middle of the page, after the left column")
    pg.blank()
    c = Article(
        "c", "炼化公司催化裂化装置检修提前12天完工", byline="本报讯（通讯员　齐小麦）", authors=["齐小麦"],
        lead="本报讯（通讯员　齐小麦）",
        notes="First article after the footer that extraction put in the middle of the page. Headline exactly as "
              "wide as the column. Run-in 本报讯（通讯员 X） excluded from first.",
        paras=[
            "8月3日，炼化公司180万吨/年催化裂化装置一次开车成功，产出合格产品。这次大检修历时38天，比计划工期提前12天完成，共完成检修项目1860项，更换设备42台。",
            "检修期间，公司推行“日计划、周总结”管理，每天召开协调会解决交叉作业难题，并对高风险作业实行全过程视频监控，实现了检修期间安全零事故。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "“老师傅”带出“新尖兵”", section="班组风采", byline="（姜宁　许航）", authors=["姜宁", "许航"],
        tail="（姜宁　许航）",
        notes="Under the label 班组风采 (section). Signed with two bare names in brackets run in at the end, "
              "excluded from last; both are authors. The team leader (彭海生) is not.",
        paras=[
            "在输油管理处澄屿输油站，提起电工班，大家都会竖起大拇指。这个只有9名员工的班组，近三年有4人在集团公司技能竞赛中获奖，班长彭海生被评为集团公司技能大师。",
            "“技术要靠传，更要靠练。”彭海生把自己30多年积累的故障处理经验整理成56个典型案例，每周组织一次“案例复盘会”，让年轻员工轮流讲解。班组还建起了实训角，把报废的配电柜改造成教具，员工随时可以上手练习。",
            "去年以来，电工班自主完成技术革新项目7项，其中“输油泵电机在线绝缘监测装置”获得国家实用新型专利，每年可节约维修费用20多万元。",
        ])
    pg.furniture(["班组风采"], "column label 班组风采")
    pg.headline(d)
    pg.gap()
    pg.body(d)
    return pg


PAGES = [y09, y10, y11, y12]
