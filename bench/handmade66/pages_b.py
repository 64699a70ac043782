"""Pages lj05-lj08 of handmade66 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

import datetime

from layout import FW, Article, Page


def zd(y: int, m: int, d: int) -> str:
    """2033年4月5日（星期二）, the weekday computed, never typed."""
    return f"{y}年{m}月{d}日（星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()] + "）"


def wd(y: int, m: int, d: int) -> str:
    """星期二 (computed)."""
    return "星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()]


# ---------------------------------------------------------------------------
def lj05() -> Page:
    """Business weekly, NO blank line anywhere, no indent: label 封面故事 over a cover story with ——副题 and
    byline line 文／X　摄影／Y; label 企业家访谈 over a Q&A (byline line 采访整理：X, intro, 问：／答：); most-active
    table; a short item whose headline and byline are printed AFTER its body."""
    pg = Page("lj05.txt", cols=38, indent="", blanks="never", seed=6605,
              style="Malaysian-style business weekly, NO indent and NO blank line anywhere: header on three lines (weekly + issue number; the week's dates; page number); label 封面故事 over a cover story with ——副题 and byline line 文／X　摄影／Y (ringgit figures, English firm names); label 企业家访谈 over a Q&A with byline line 采访整理：X, an intro paragraph, then 问：／答： paragraphs; 本周十大活跃股 table with stock codes; a short item whose body comes FIRST and whose headline and byline line 报道：X are printed AFTER it; footer")
    pg.furniture(["岚坡财富周刊　第212期",
                  "2033年4月10日至16日",
                  "第3页"], "page header")
    pg.furniture(["封面故事"], "column label 封面故事")
    a = Article(
        "a", "家族企业接班潮来了", section="封面故事",
        subtitle="——第二代掌舵人如何守业又创新",
        byline="文／梁诗韵　摄影／何俊杰", authors=["梁诗韵"],
        notes="Cover story under the label 封面故事 (section). ——副题 is the subtitle. Byline line 文／X　摄影／Y: only the writer is an author, not the "
              "photographer. No indent and no blank line: paragraph ends show only as short lines. The heirs and "
              "the consultant quoted are not authors.",
        paras=[
            "在岚坡交易所挂牌的900多家公司中，超过六成属于家族企业，而未来十年内，其中近半数将面对交棒。第二代甚至第三代接班人如何在守住家业的同时推动转型，成了不少上市公司股东最关心的问题。",
            "今年38岁的叶俊贤（Yap Chun Hian）三年前从父亲手中接下纸品包装企业宏叶工业（HYIND，7244）。他上任后的第一件事，就是把工厂的排产系统全面数码化，“过去靠老师傅的经验，现在靠数据”。两年来，工厂的交货期缩短了三成，客户也从本地延伸到邻近国家。",
            "不过，并非每一次交棒都一帆风顺。家族企业顾问公司传承智库的创办人卢慧琳指出，最常见的问题是老一辈“交权不交心”，第二代有职无权，改革无从推动。她建议企业及早制定接班计划，并引入独立董事及专业经理人，让家族与公司治理分开。",
            "宏叶工业去年营业额达3亿2600万令吉，按年增长14%。叶俊贤说，父亲至今仍每周到工厂走一趟，“他不插手决策，但会提醒我，别忘了那些跟了公司三十年的老员工”。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["企业家访谈"], "column label 企业家访谈")
    b = Article(
        "b", "林宏发：小家电也能打进国际市场", section="企业家访谈", kind="interview",
        byline="采访整理：邱家豪", authors=["邱家豪"],
        notes="Q&A under the label 企业家访谈 (section): byline line 采访整理：X (the reporter who interviewed and "
              "compiled is the author); an intro paragraph, then 问：／答： paragraphs. The entrepreneur who answers "
              "(林宏发 Lim Hong Huat), although named in the headline, is not an author. Kind interview.",
        paras=[
            "宏发电器（HFELEC，0188）创办人林宏发（Lim Hong Huat）从一间小维修店起家，如今公司产品销往20多个国家。本刊日前专访了他。",
            "问：宏发电器去年出口增长了多少？",
            "答：去年出口额约1亿8000万令吉，增长22%，占总营业额的55%。增长最快的是中东和非洲市场。",
            "问：面对国际大品牌，你们的优势在哪里？",
            "答：我们做的是“小而精”，比如专为小户型设计的电饭锅和空气炸锅，价格只有大品牌的一半，售后也做得更快。",
            "问：未来有什么计划？",
            "答：明年会在实里班设第二间工厂，产能提高四成，同时投入研发节能产品。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["本周十大活跃股（4月4日至8日）",
                  "股项　　　　代号　　成交量（万股）　收市（令吉）",
                  "宏叶工业　　7244　　8,652　　　　　1.23",
                  "创嘉科技　　0291　　7,418　　　　　0.45",
                  "金湾控股　　7123　　6,905　　　　　1.86",
                  "丰源产业　　5098　　5,337　　　　　0.92",
                  "宏发电器　　0188　　4,860　　　　　2.15",
                  "（其余五项从略）"], "most-active stocks table (not an article)")
    c = Article(
        "c", "数码银行首年亏损收窄",
        byline="报道：谭美凤", authors=["谭美凤"],
        notes="Short item whose body comes FIRST (right after the table) and whose headline and byline line 报道：X "
              "are printed AFTER it (title_line after the body). The reporter is the author.",
        paras=[
            "获发执照的两家数码银行公布首个完整营运年度业绩，亏损均较预期收窄。其中，星链数码银行净亏损为8600万令吉，存款户口突破120万个；另一家则亏损1亿1000万令吉。分析员认为，数码银行要到第三或第四年才可能达到收支平衡。",
        ])
    pg.body(c)
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.furniture(["执行编辑：杜丽萍　　美术设计：孙志远　　本刊网址：www.lanpowealth.my"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lj06() -> Page:
    """Daily 国际财经 page of wire copy: run-in （海联社…电） item; item with the end credit ——西岸社 on a line of its
    own; translated item with byline line 编译：X; item with run-in （综合外电）; world-markets table."""
    pg = Page("lj06.txt", cols=26, indent=FW * 2, blanks="para", seed=6606,
              style="SEA daily 国际财经 page of wire copy, blank lines between paragraphs and blocks: header on two lines (paper; date with weekday in brackets + 国际财经 + A12); wire item with run-in （海联社伦巴港10日电）; wire item with the agency credit ——西岸社 printed on a line of its own after the body; translated item with byline line 编译：X under the headline, opening 据《…》报道，; item with run-in （综合外电）; 环球股市 table; footer")
    pg.furniture(["星岬日报",
                  zd(2033, 4, 11) + "　国际财经　A12"], "page header")
    pg.blank()
    a = Article(
        "a", "伦巴港通胀率降至两年低点",
        byline="（海联社伦巴港10日电）", authors=[], lead="（海联社伦巴港10日电）",
        notes="Wire item of the invented agency 海联社: run-in （海联社伦巴港10日电） is the byline, excluded from "
              "first; no reporter named, so no authors. The statistician quoted is not an author.",
        paras=[
            "伦巴港统计局10日公布，3月份消费者物价指数按年上涨2.1%，低于2月份的2.6%，是两年来最低水平。核心通胀率也从3.0%放缓至2.7%。",
            "统计局首席统计师玛丽娜·奥斯特说，能源价格下跌是通胀放缓的主因，但租金及保险费用仍在上升。",
            "市场人士认为，数据为央行下半年减息创造了空间。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "全球航空客运量首季增9%",
        byline="——西岸社", authors=[],
        notes="Wire item whose agency credit ——西岸社 is printed on a line of its own AFTER the body: it is the "
              "byline (not body); an agency, not a person, so no authors.",
        paras=[
            "国际航空运输协会最新报告显示，今年首季全球航空客运量按年增长9.2%，其中亚太区增长14.6%，增幅居各区之首。",
            "报告指出，航空公司平均载客率达到83.5%，创同期新高，但燃油及飞机维修成本上升，令不少航空公司的利润率受压。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, "——西岸社", "byline")
    pg.gap()
    c = Article(
        "c", "维拉斯科技巨头裁员3000人",
        byline="编译：杨淑贞", authors=["杨淑贞"],
        notes="Translated item with byline line 编译：X under the headline: the translator-compiler is the author "
              "(as the 编译 credits of handmade22). The opening 据《…》报道， is a clause of the first sentence and "
              "stays in the body. The company's spokesman is not an author.",
        paras=[
            "据《维拉斯商业日报》报道，当地最大的软件公司北辰系统（Northstar Systems）宣布，将在全球裁减约3000名员工，占员工总数的6%，主要涉及销售及行政部门。",
            "公司发言人表示，裁员是为了把更多资源投入人工智能业务，预计每年可节省4亿美元开支。消息公布后，北辰系统股价在盘后交易中上涨3.4%。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "国际金价再创新高",
        byline="（综合外电）", authors=[], lead="（综合外电）",
        notes="Item with the run-in （综合外电） (compiled from foreign wires) as its byline, excluded from first; no "
              "authors.",
        paras=[
            "国际现货金价10日一度升至每盎司2986美元，再创历史新高，今年以来累计上涨约12%。分析员指出，多国央行持续增持黄金储备，加上地缘局势紧张，推动避险需求上升。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["环球股市（10日收市）",
                  "伦巴港综合指数　　8,425.16　　+0.82%",
                  "维拉斯工业指数　　36,918.40　　-0.35%",
                  "新兰海峡指数　　　3,712.58　　+0.41%",
                  "岚坡综合指数　　　1,618.90　　+0.27%"], "world-markets table (not an article)")
    pg.blank()
    pg.furniture(["编辑：曾慧玲　　校对：刘志成"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lj07() -> Page:
    """Stock-market page: market report with byline line 报道：X and a closing table printed between its paragraphs;
    label 股海导航 over a column signed by the columnist's photo caption at its end; label 个股焦点 over three items
    with stock codes in the headline and run-in （岚坡11日讯）; 免责声明 box."""
    pg = Page("lj07.txt", cols=28, indent=FW * 2, blanks="some", seed=6607, p_para=0.45, p_gap=0.75,
              style="Malaysian-style daily 股市 page, blank lines sometimes: header on three lines (paper; 股市; date with weekday in brackets); market report with byline line 报道：X and the day's closing table printed BETWEEN two of its paragraphs; label 股海导航 over an analyst's column whose only signature is the columnist's photo caption ■X（post） printed AFTER the body; label 个股焦点 over three items whose headlines carry the stock code in brackets, each with run-in （岚坡11日讯）; 免责声明 box; footer")
    pg.furniture(["柔湾商报",
                  "股市",
                  zd(2033, 4, 12)], "page header")
    pg.blank()
    a = Article(
        "a", "外资回流综指涨逾6点",
        head=["外资回流　综指涨逾6点"],
        byline="报道：王嘉欣", authors=["王嘉欣"],
        notes="Market report: headline of two phrases parted by U+3000, written as printed with the U+3000 removed "
              "(外资回流综指涨逾6点). Byline line 报道：X. The closing table printed between its paragraphs is not "
              "body (body in pieces). The fund manager quoted is not an author.",
        paras=[
            "岚坡股市周一在外资回流下走高，综合指数收盘涨6.55点或0.41%，报1,625.45点。全场上涨股项412只，下跌股项365只。",
            "科技股及银行股是推高大市的主力，其中创嘉科技大涨4仙或8.9%，成交量居全场之冠。",
            "一名基金经理说，外资已连续五周净买入本地股，累计金额约18亿令吉，预料综指短期内将挑战1,640点阻力水平，但须留意下周公布的工业生产数据。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.blank()
    pg.furniture(["11日收市",
                  "综合指数　1,625.45　+6.55",
                  "成交量　　29亿8600万股",
                  "成交额　　23亿1200万令吉"], "closing table printed between two paragraphs of the report (not body)")
    pg.blank()
    pg.body(a, start=2)
    pg.gap()
    pg.furniture(["股海导航"], "column label 股海导航")
    b = Article(
        "b", "别在高位追逐题材股", section="股海导航", kind="commentary",
        byline="■许志强（资深证券分析员）", authors=["许志强"],
        notes="Analyst's column under the label 股海导航 (section). Its only signature is the columnist's photo "
              "caption ■X（post） printed AFTER the body: the byline; the analyst is the author. Kind commentary.",
        paras=[
            "最近几个星期，与数据中心沾上边的股项几乎全线起飞，有些公司的本益比已经超过80倍，远高于大市平均的15倍。",
            "题材股并非不能碰，但投资者要问自己：这家公司的业务真的会因为题材而赚钱吗？还是只是发了一份合作备忘录？",
            "我的做法是只买已有实际订单、而且现金流为正的公司，宁可错过，也不要在高位接最后一棒。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.furniture(["个股焦点"], "column label 个股焦点")
    pg.blank()
    items = [
        ("c1", "黄梨工业（HLIND，7035）获新加工合约",
         "黄梨工业宣布获一家饮料商颁发为期三年的果汁浓缩液加工合约，总值约4500万令吉，股价闻讯上涨5仙。"),
        ("c2", "绿田农业（GREENFD，0302）首日挂牌溢价20%",
         "绿田农业今日在创业板挂牌，开盘报0.36令吉，较发售价0.30令吉溢价20%，全日成交量达1亿1000万股。"),
        ("c3", "峇都湾电力（BTPOWER，6012）宣布派息",
         "峇都湾电力宣布派发每股5仙终期股息，全年股息合计9仙，以现价计算，周息率约为4.8%。"),
    ]
    for key, title, text in items:
        art = Article(key, title, section="个股焦点", byline="（岚坡11日讯）", authors=[], lead="（岚坡11日讯）",
                      notes="Item of the 个股焦点 strip (section): the headline carries the stock's English short "
                            "name and code in brackets, written as printed. Run-in （岚坡11日讯） is the byline, "
                            "excluded from first; no authors.",
                      paras=[text])
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["免责声明：本版所载资料及评论仅供参考，",
                  "不构成任何买卖建议，读者据此投资，风险自负。"], "免责声明 box (not an article)")
    pg.blank()
    pg.furniture(["编辑：赖国伟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lj08() -> Page:
    """North American Chinese daily 华人商圈 page: item with run-in 【本报记者X雪松湾报道】; item with byline line
    记者X／北岭报道; label 税务信箱 over a reader's Q&A answered by an accountant; tax-service ad; 【本报讯】 item."""
    pg = Page("lj08.txt", cols=22, indent=FW, blanks="arts", seed=6608,
              style="North American Chinese daily 华人商圈 page indented with ONE U+3000, blank lines only between articles and blocks: header on three lines (paper; date with weekday, no brackets; B3 + 华人商圈); item with run-in 【本报记者X雪松湾报道】; item with byline line 记者X／北岭报道; label 税务信箱 over a reader's Q&A (headline, byline line 解答：X（post）, 问：／答： paragraphs); tax-service advertisement; item with run-in 【本报讯】; footer")
    pg.furniture(["北美华声报",
                  f"2033年4月12日　{wd(2033, 4, 12)}",
                  "B3　华人商圈"], "page header")
    pg.blank()
    a = Article(
        "a", "雪松湾华埠夜市5月重开",
        byline="【本报记者谢家伦雪松湾报道】", authors=["谢家伦"], lead="【本报记者谢家伦雪松湾报道】",
        notes="Run-in 【本报记者X雪松湾报道】 (reporter and place in one bracket) is the byline, excluded from first; "
              "the reporter is the author. The organizer quoted (Vincent Ho 何文彬) is not.",
        paras=[
            "停办两年的雪松湾华埠夜市将于5月16日重开，逢周五、周六晚上营业至10月。主办单位华埠商业改进区执行总监何文彬（Vincent Ho）表示，今年将设立120个摊位，比上届增加三成，并首次引入电子支付。",
            "何文彬说，上一届夜市吸引逾30万人次，为华埠商户带来约800万美元生意额，希望今年能再创佳绩。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "北岭华裔创业者获小商贷款",
        byline="记者林晓雯／北岭报道", authors=["林晓雯"],
        notes="Byline line 记者X／北岭报道 under the headline (North American form: reporter, slash, place, 报道): "
              "the reporter is the author. The loan recipient and the officer quoted are not.",
        paras=[
            "北岭市小型企业发展中心日前公布，今年首季共有42名华裔创业者获得低息小商贷款，总额约310万美元，占全部贷款的两成。",
            "在北岭开设奶茶店的吴嘉伟说，凭这笔贷款添置了新设备，店面营业额半年内增长了一倍。中心负责人表示，会增设中文咨询服务，方便新移民申请。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    pg.furniture(["税务信箱"], "column label 税务信箱")
    c = Article(
        "c", "在家办公可否扣除开支？", section="税务信箱", kind="interview",
        byline="解答：何国栋（注册会计师）", authors=["何国栋"],
        notes="Reader's Q&A under the label 税务信箱 (section): headline, byline line 解答：X（post）, then 问：／答： "
              "paragraphs. The accountant who answers is the one who signs the column, so he is the author; the "
              "reader who asks (陈女士) is not. Kind interview (a named expert answers questions), as the Q&A pages "
              "of handmade55.",
        paras=[
            "问：我去年大部分时间在家工作，公司没有发放任何补贴。请问可以在报税时扣除家中的水电和网络费吗？（读者陈女士）",
            "答：可以，但须符合条件。首先，雇主须签署证明表格，确认你因工作需要在家办公；其次，只能按工作空间占住宅面积的比例扣除水电及网络费用，房贷本金不能扣除。",
            "建议保留所有单据至少六年，以备税局抽查。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["报税季特惠",
                  "何国栋会计师事务所",
                  "个人报税　$79起",
                  "电话：(415) 555-0136"], "tax-service advertisement (not an article)")
    pg.blank()
    d = Article(
        "d", "华人银行推中文手机应用",
        byline="【本报讯】", authors=[], lead="【本报讯】",
        notes="Run-in 【本报讯】 is the byline, excluded from first; no authors.",
        paras=[
            "太平洋华人银行日前推出全中文界面的手机银行应用，支持简体及繁体中文，客户可用普通话或粤语进行语音查询，首月下载量已突破2万次。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["本版主编：邓嘉敏　　广告部：(415) 555-0100"], "footer")
    return pg


PAGES = [lj05, lj06, lj07, lj08]
