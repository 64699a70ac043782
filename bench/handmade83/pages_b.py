"""Pages ma05-ma08 of handmade83 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from pages_a import box, group, items, whole


# ---------------------------------------------------------------------------
def ma05() -> Page:
    """Metropolitan daily, 金融 page in a narrow column, NO indent, a blank line after every paragraph and block:
    lead with byline ■本报记者 X　实习生 Y and a photo caption between two paragraphs; a story whose body comes FIRST
    and whose headline and byline ■ 本报记者 X follow it; run-in item 本报讯（通讯员 X　记者 Y）; bank advert."""
    pg = Page("ma05.txt", cols=18, indent="", blanks="para", seed=8305,
              style="metropolitan daily 金融 page in a narrow column, NO indent, a blank line after every paragraph "
                    "and block: header blocks (A10　金融; paper + date with weekday); lead with byline line "
                    "■本报记者 X　实习生 Y and a photo caption with credit 摄 BETWEEN two paragraphs; a story whose body "
                    "comes FIRST, its headline and byline line ■ 本报记者 X AFTER it; item with run-in "
                    "本报讯（通讯员 X　记者 Y）; bank advert with 风险提示; footer 责编 / 美编")
    box(pg, ["A10　金融"], "page header")
    box(pg, ["汀湾都市报　" + cn_date(2038, 6, 3)], "page header")
    a = Article(
        "a", "汀湾普惠小微贷款余额突破800亿元",
        byline="■本报记者　甘棠　实习生　尤一诺", authors=["甘棠", "尤一诺"],
        notes="Lead. Byline line ■本报记者 X　实习生 Y (the ■ is a mark; reporter and 实习生 are both authors). The "
              "photo caption with credit 本报记者 X　摄 between the second and third paragraph is not body (body in "
              "pieces). The trader and the official quoted (龚晓云) are not authors.",
        paras=[
            "记者从人民银行汀湾市分行获悉，截至5月末，全市普惠小微贷款余额达到812.6亿元，同比增长21.4%，比各项贷款增速"
            "高出10.2个百分点；今年新发放普惠小微贷款平均利率为3.86%，比去年同期下降0.31个百分点。",
            "贷款增长的背后，是银行服务方式的变化。在汀湾农商银行东港支行，客户经理带着移动终端走进个体商户集中的水产"
            "市场，现场采集信息、现场审批。“以前贷款要跑好几趟，现在手机上点一点，额度就批下来了。”经营冻品生意的商户"
            "龚晓云说。",
            "信用信息共享也在帮银行“敢贷”。汀湾市去年上线的中小企业融资信用服务平台，已归集纳税、社保、水电等涉企信用"
            "信息1.3亿条，银行通过平台累计发放贷款216亿元，其中信用贷款占比超过四成。",
            "人民银行汀湾市分行有关负责人表示，下一步将继续引导金融机构加大首贷、信用贷和中长期贷款投放，推动小微企业"
            "综合融资成本稳中有降。",
        ])
    group(pg, a)
    pg.body(a, end=2)
    pg.gap()
    box(pg, wrap("▲汀湾农商银行客户经理在水产市场为商户办理贷款业务。", 18) + ["本报记者　甘棠　摄"],
        "photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=2)
    pg.gap()
    b = Article(
        "b", "“保险+期货”为养殖户托底",
        byline="■ 本报记者　祝青", authors=["祝青"],
        notes="Its body is printed FIRST, right after the lead, and its headline and byline line ■ 本报记者 X come AFTER "
              "it (title_line after the body). The farmer quoted (郝满仓) is not an author.",
        paras=[
            "生猪价格波动大，养殖户最怕“猪贱伤农”。今年，汀湾在全市6个县区推广生猪“保险+期货”项目，为2.1万头生猪"
            "提供价格风险保障，保费由财政补贴七成。",
            "“买了保险，心里就踏实了。”汀西县养殖户郝满仓说，今年4月生猪价格下跌，他的300头猪拿到了4.2万元理赔款。"
            "据了解，项目开展以来已累计赔付680万元。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.gap()
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "汀湾首家科技支行挂牌",
        byline="本报讯（通讯员　兰若　记者　甘棠）", authors=["兰若", "甘棠"],
        lead="本报讯（通讯员　兰若　记者　甘棠）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） (通讯员 first) excluded from first; both are authors.",
        paras=[
            "6月2日，汀湾银行科技支行在汀湾高新区挂牌成立，这是全市首家专门服务科技型企业的银行支行。该支行将实行单独的"
            "授信审批和风险容忍机制，今年计划为科技企业提供信贷支持30亿元。",
        ])
    whole(pg, c)
    box(pg, ["汀湾银行", "“汀享”系列理财", "业绩比较基准2.60%—3.10%"], "bank advert (not an article)")
    box(pg, ["理财非存款　产品有风险", "投资须谨慎"], "风险提示 of the advert (not an article)")
    pg.furniture(["责编：罗一　美编：卞小禾"], "footer with 责编")
    return pg


# ---------------------------------------------------------------------------
def ma06() -> Page:
    """Provincial daily, 城市经济 page in a wide column, indented with two ASCII spaces, blank lines only between
    articles: header of three lines with the editor at the TOP; policy report with a headline on two lines, a
    PLAIN subtitle (no dash), three crossheads and a numbered list; port report with byline 记者 X　通讯员 Y; table
    between articles; two run-in items; 车展 advert; no footer."""
    pg = Page("ma06.txt", cols=36, indent="  ", blanks="arts", seed=8306,
              style="provincial daily 城市经济 page in a WIDE column, indent two ASCII spaces, blank lines only between "
                    "articles and blocks: header of three lines (paper + date with weekday; 城市经济　06; 责任编辑 and "
                    "版式设计 at the TOP), no footer; policy report with headline on two lines, a PLAIN subtitle (no "
                    "dash) under it, byline line 本报记者 X, three crossheads and a numbered list （一）（二）（三） as "
                    "paragraphs; port report with byline line 记者 X　通讯员 Y; a table (title, five rows, 注) between "
                    "two articles; two items with run-in 本报讯（记者 X） and 本报讯（通讯员 X）; 车展 advert")
    box(pg, ["嵘州日报　" + cn_date(2038, 7, 15), "城市经济　06", "责任编辑：邓晓岚　版式设计：侯雨"],
        "page header with 责任编辑", after="blank")
    a = Article(
        "a", "嵘州出台促进民营经济发展二十条措施", head=["嵘州出台促进民营经济发展", "二十条措施"],
        subtitle="设立百亿元民营企业发展基金",
        byline="本报记者　聂云舒", authors=["聂云舒"],
        notes="Headline on two lines (joined). The line under it (设立百亿元民营企业发展基金) is a PLAIN subtitle, printed "
              "without ——, and is the subtitle. Byline line 本报记者 X. Three crossheads (each two phrases parted by "
              "U+3000) and the numbered list （一）（二）（三） are body. The official quoted (潘立诚) is not an author.",
        paras=[
            "7月14日，嵘州市政府新闻办举行发布会，发布《关于进一步促进民营经济高质量发展的若干措施》（以下简称《措施》）。"
            "《措施》共二十条，从市场准入、要素保障、融资支持、权益保护等方面提出具体举措。",
            Cross("放宽准入　拓展发展空间"),
            "《措施》提出，除法律法规明确禁止的领域外，鼓励民间资本参与交通、能源、水利、市政等基础设施建设，每年向民间"
            "资本推介项目不少于100个，总投资不低于500亿元。",
            Cross("真金白银　缓解融资难题"),
            "在融资支持方面，嵘州将设立规模100亿元的民营企业发展基金，并扩大政府性融资担保覆盖面。《措施》明确了三项"
            "硬指标：",
            "（一）政府性融资担保机构对小微企业担保费率降至1%以下；",
            "（二）市级应急转贷资金规模扩大到20亿元，单笔额度最高5000万元；",
            "（三）银行新增民营企业贷款占比不低于上年水平。",
            Cross("清理欠款　保护合法权益"),
            "针对部分企业反映的账款拖欠问题，《措施》要求机关、事业单位和国有企业不得违约拖欠民营企业账款，建立拖欠账款"
            "定期披露和约束惩戒机制。市发展改革委副主任潘立诚在发布会上表示，各项措施将于8月1日起施行，有效期3年。",
        ])
    whole(pg, a, after="blank")
    b = Article(
        "b", "上半年嵘州港货物吞吐量1.36亿吨",
        byline="记者　尚可　通讯员　韩露", authors=["尚可", "韩露"],
        notes="Byline line 记者 X　通讯员 Y (both authors).",
        paras=[
            "记者从嵘州港口集团获悉，今年上半年，嵘州港完成货物吞吐量1.36亿吨，同比增长7.9%；完成集装箱吞吐量286万"
            "标箱，增长11.2%，两项指标均创历史同期新高。",
            "上半年，嵘州港新开辟外贸集装箱航线5条，航线总数达到67条，通达全球40多个国家和地区的120余个港口。海铁联运"
            "业务量增长24.6%，内陆腹地货源持续增加。",
        ])
    whole(pg, b, after="blank")
    box(pg, ["上半年嵘州市主要经济指标",
             "地区生产总值　　　　　　　　　　　4126亿元　　增长5.8%",
             "规模以上工业增加值　　　　　　　　　　　　　　增长7.1%",
             "固定资产投资　　　　　　　　　　　　　　　　　增长6.4%",
             "社会消费品零售总额　　　　　　　　1732亿元　　增长6.9%",
             "城镇居民人均可支配收入　　　　　　3.12万元　　增长5.2%",
             "注：增速按可比价格计算"], "table between two articles (not an article)", after="blank")
    c = Article(
        "c", "首批18个“一刻钟便民生活圈”通过验收",
        byline="本报讯（记者　聂云舒）", authors=["聂云舒"], lead="本报讯（记者　聂云舒）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "近日，嵘州市首批18个“一刻钟便民生活圈”通过省级验收。这些生活圈共配备便利店、菜市场、早餐店、家政服务等"
            "便民网点2100余个，覆盖居民56万人。",
        ])
    whole(pg, c, after="blank")
    d = Article(
        "d", "新能源汽车下乡活动在嵘北启动",
        byline="本报讯（通讯员　祁钰）", authors=["祁钰"], lead="本报讯（通讯员　祁钰）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "7月13日，2038年嵘州新能源汽车下乡活动在嵘北县启动，18家车企的46款车型参展。活动期间，在县域购买新能源"
            "汽车的消费者，除享受厂家优惠外，还可申领最高3000元的购车补贴。",
        ])
    whole(pg, d, after="blank")
    box(pg, ["2038嵘州国际车展", "7月23日—27日　嵘州国际会展中心", "购票热线：0×××-4008××××"],
        "车展 advert (not an article)", after="")
    return pg


# ---------------------------------------------------------------------------
def ma07() -> Page:
    """Morning paper, 财经 page in a VERY narrow column, NO indent, a blank line after every paragraph and block:
    label 晨报评论 over a comment with a two-line headline and 本报评论员 under it; item whose two-line headline sits
    directly on its run-in text; story with byline 见习记者 X; advert; footer."""
    pg = Page("ma07.txt", cols=11, indent="", blanks="para", seed=8307,
              style="morning paper 财经 page in a VERY narrow column, NO indent, a blank line after every paragraph "
                    "and block: header blocks (paper; 财经·A11; date with weekday); label 晨报评论 over a comment with "
                    "headline on two lines and the byline line 本报评论员 under it; item whose headline (on two lines) "
                    "sits directly on its text, run-in 本报讯（记者 X）; story with byline line 见习记者 X; advert "
                    "(二手车市场); footer 责任编辑")
    box(pg, ["曲岸晨报"], "page header")
    box(pg, ["财经·A11", cn_date(2038, 8, 4)], "page header")
    box(pg, ["晨报评论"], "column label 晨报评论")
    a = Article(
        "a", "稳岗位要舍得下“真功夫”", head=["稳岗位要舍得", "下“真功夫”"], section="晨报评论", kind="commentary",
        byline="本报评论员",
        notes="Comment under the label 晨报评论 (section); headline on two lines (joined), wider than the column; "
              "byline line 本报评论员 under it: no authors. Kind commentary.",
        paras=[
            "暑期是高校毕业生求职的关键期。连日来，曲岸各地密集举办招聘活动，但“企业招工难”与“毕业生求职难”并存的现象"
            "依然存在。",
            "稳就业，首先要稳住企业。对吸纳就业多的中小微企业，稳岗返还、社保补贴等政策应当应享尽享、直达快享，让企业"
            "少跑腿、早受益。",
            "稳就业，也要打通供需对接的“堵点”。职业院校和企业不妨更多开展订单式培养，让学生毕业就能上岗。每一个岗位背后"
            "都是一个家庭的希望，多下一分“真功夫”，就多一分稳稳的幸福。",
        ])
    whole(pg, a)
    b = Article(
        "b", "曲岸上半年新增城镇就业4.6万人", head=["曲岸上半年新增", "城镇就业4.6万人"],
        byline="本报讯（记者　蒲阳）", authors=["蒲阳"], lead="本报讯（记者　蒲阳）",
        notes="Headline on two lines (joined), printed directly on its text with no blank line. Run-in "
              "本报讯（记者 X） (wrapped over two lines) excluded from first.",
        paras=[
            "记者从曲岸市人社局获悉，今年上半年，全市城镇新增就业4.62万人，完成全年目标任务的57.8%；城镇调查失业率平均"
            "为4.9%。全市发放稳岗返还资金1.08亿元，惠及企业1.7万家。",
        ])
    whole(pg, b, gaps=False)
    c = Article(
        "c", "以旧换新带动家电销售6.3亿元",
        byline="见习记者　鲍小蕾", authors=["鲍小蕾"],
        notes="Byline line 见习记者 X (the trainee reporter is the author). The shopper quoted is not.",
        paras=[
            "今年以来，曲岸累计发放家电以旧换新补贴1.2亿元，带动家电销售额6.3亿元，涉及空调、冰箱、洗衣机等12类产品。",
            "记者在城区多家家电卖场看到，一级能效产品最受欢迎。“补贴加上商家优惠，一台空调能便宜八九百元。”正在选购的"
            "市民邓先生说。",
        ])
    whole(pg, c)
    box(pg, ["曲岸二手车", "交易市场", "收车　卖车", "过户一站办结", "电话：0×××-", "5510××××"],
        "advert (not an article)")
    pg.furniture(["责任编辑　林小禾"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ma08() -> Page:
    """Farmers' weekly, 农经 page, indented with two U+3000, blank lines sometimes: header 【农经】第3版 and paper +
    date; harvest report with kicker, ——副题, byline 本报记者 X　通讯员 Y, two crossheads and a photo caption between
    two paragraphs; price report with a price table between two paragraphs; run-in item 本报讯（通讯员 X）; footer."""
    pg = Page("ma08.txt", cols=28, indent=FW * 2, blanks="some", seed=8308, p_para=0.3, p_gap=0.5,
              style="farmers' weekly 农经 page, indent two U+3000, blank lines sometimes: header 【农经】第3版 and paper "
                    "+ date with weekday; harvest report with 引题 kicker, headline, ——副题, byline line "
                    "本报记者 X　通讯员 Y, two crossheads (one in quotation marks) and a photo caption with credit 摄 "
                    "BETWEEN two paragraphs; price report with byline line 本报记者 X and a price table (title, header "
                    "row, four rows) BETWEEN two paragraphs; item with run-in 本报讯（通讯员 X）; footer 本版编辑 with "
                    "a telephone number")
    box(pg, ["【农经】第3版", "澧南农民报　" + cn_date(2038, 9, 20)], "page header")
    a = Article(
        "a", "澧南水稻亩产再创新高",
        subtitle="——澧南县水稻产业发展见闻",
        byline="本报记者　易禾　通讯员　滕晓春", authors=["易禾", "滕晓春"],
        notes="Harvest report. The 引题 kicker 秋收时节看丰景 is neither title nor subtitle (the ——副题 is). Byline line "
              "本报记者 X　通讯员 Y (both authors). Two crossheads (良种良法配套, “稻米+”链条延伸) are body lines. The "
              "photo caption with credit between two paragraphs is not body (body in pieces). The officials and "
              "farmers quoted (邝德明, 庞永福) are not authors.",
        paras=[
            "金秋九月，澧南县万亩水稻示范片里稻浪翻滚。9月18日，由省农科院专家组成的测产组对示范片进行实割测产，平均"
            "亩产达到756.3公斤，比去年提高21.5公斤，再创全县水稻单产新高。",
            Cross("良种良法配套"),
            "“今年我们推广的是抗倒伏、耐高温的新品种，再加上侧深施肥、无人机飞防，亩产自然就上去了。”县农业农村局农技"
            "推广站站长邝德明说。全县今年水稻良种覆盖率达到98%，机插秧面积占比提高到76%。",
            Cross("“稻米+”链条延伸"),
            "丰收只是第一步，卖出好价钱才是关键。近年来，澧南培育大米加工企业32家，打造“澧南香米”区域公用品牌，品牌"
            "大米售价比普通大米每公斤高出2元以上。县里还发展稻虾共作、稻鸭共养等综合种养模式18.6万亩，亩均增收1500元以上。",
            "“一田两用，一水两收，种一季稻抵得上过去种两季。”九渡镇种粮大户庞永福说，他今年流转了420亩稻田发展稻虾共作，"
            "预计纯收入超过60万元。",
        ])
    group(pg, a, kicker="秋收时节看丰景")
    pg.body(a, end=3)
    pg.gap()
    box(pg, wrap("▲9月18日，澧南县九渡镇的稻田里，收割机正在抢收水稻。本报记者　易禾　摄", 28),
        "photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=3)
    pg.gap()
    b = Article(
        "b", "秋种农资供应充足价格总体平稳",
        byline="本报记者　言诺", authors=["言诺"],
        notes="Byline line 本报记者 X. The price table printed between the two paragraphs is not body (body in "
              "pieces).",
        paras=[
            "秋种在即，记者走访澧南多个农资市场了解到，目前化肥、种子、农药等农资货源充足，价格总体平稳，部分品种价格较"
            "去年同期略有回落。",
            "县市场监管局提醒，农民购买农资要到证照齐全的正规门店，索要并保存好购货凭证，发现假冒伪劣农资可拨打12315"
            "投诉举报。",
        ])
    group(pg, b)
    pg.body(b, end=1)
    pg.gap()
    box(pg, ["本周澧南主要农资零售价格",
             "品种　　　　　　单位　　价格（元）",
             "尿素　　　　　　吨　　　2180",
             "复合肥（45%）　 吨　　　2950",
             "小麦种子　　　　公斤　　6.8",
             "油菜种子　　　　公斤　　68"], "price table between two paragraphs (not body)")
    pg.body(b, start=1)
    pg.gap()
    c = Article(
        "c", "澧南农村电商助销农产品超5亿元",
        byline="本报讯（通讯员　覃晓光）", authors=["覃晓光"], lead="本报讯（通讯员　覃晓光）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "今年以来，澧南县依托县级电商公共服务中心和126个村级服务站点，通过直播带货、社区团购等方式销售柑橘、茶叶、"
            "腊制品等农产品5.3亿元，同比增长28%，带动2600余名农民就业增收。",
        ])
    whole(pg, c)
    pg.furniture(["本版编辑：符晓禾　　新闻热线：0×××-7123××××"], "footer with 本版编辑")
    return pg


PAGES = [ma05, ma06, ma07, ma08]
