"""Pages kw05-kw08 of handmade53 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kw05() -> Page:
    """都市报 经济 page of a narrow 18-character column, blank lines only between blocks: the lead's body cut in two
    by the 今日菜价 price table that the extraction read between its column pieces; item signed （记者 X） at the
    end; wire item with （完） on a line of its own; 分类广告 block whose small ads open with 【】 heads."""
    pg = Page("kw05.txt", cols=18, indent=FW * 2, blanks="arts", seed=5305,
              style="都市报 经济 page of a narrow 18-character column indented with two U+3000, blank lines only between blocks: header on two lines (A6　经济; paper + date with weekday); lead with byline line 本报记者 X　通讯员 Y whose body is cut in two by a 今日菜价 price table (title, six rows, 数据来源) read between its column pieces; item with the credit （记者 X） run in at the end; wire item with run-in 中鸿社北京6月1日电（记者 X） and the end mark （完） on a line of its own; 分类广告 block whose small ads open with 【房屋出租】 【家政服务】 【二手设备】 【转让】 heads, with phone numbers")
    pg.furniture(["A6　经济",
                  "澜江都市报　" + cn_date(2033, 6, 2)], "page header")
    pg.blank()
    a = Article(
        "a", "澜江自贸片区前5月新增外资企业47家",
        byline="本报记者　池穆　通讯员　贺兰舟", authors=["池穆", "贺兰舟"],
        notes="Lead: byline line 本报记者 X　通讯员 Y, both authors. Its body is printed in two parts; the 今日菜价 "
              "price table (a box of the next column) sits between them in the extraction and is not body. Officials "
              "and the manager quoted (韦一鸣) are not authors.",
        paras=[
            "记者从澜江自贸片区管委会获悉，今年1至5月，片区新设外商投资企业47家，同比增长34.3%；实际使用外资2.86亿美元，增长19.7%。",
            "从行业分布看，新设外资企业主要集中在跨境电商、生物医药、高端装备维修和供应链管理等领域，其中投资额超过1000万美元的项目有9个。",
            "“从递交材料到拿到营业执照，只用了两个工作日。”一家外资医疗器械企业的中国区经理韦一鸣说，片区推行的“一照多址”“证照联办”等改革，让企业落地比预想中快得多。",
            "管委会有关负责人表示，下半年片区将重点推进保税研发、跨境数据流动等制度创新试点，进一步提升外资企业的获得感。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    items = pg.render_body(a)
    part1, part2 = Page.chunks(items, [13])
    pg.emit(a, part1)
    pg.blank()
    pg.furniture(["今日菜价（元/斤）",
                  "青菜　　2.50",
                  "土豆　　1.80",
                  "西红柿　4.20",
                  "猪肉（后腿）　14.60",
                  "鸡蛋　　5.30",
                  "草鱼　　9.80",
                  "数据来源：澜江市价格监测中心"], "今日菜价 price table (not an article), between two pieces of the lead")
    pg.blank()
    pg.emit(a, part2)
    pg.blank()
    b = Article(
        "b", "端午临近粽叶价格小幅上涨",
        byline="（记者　聂小禾）", authors=["聂小禾"], tail="（记者　聂小禾）",
        notes="Item signed （记者 X） run in at the end: the byline, excluded from last. The trader quoted is not an author.",
        paras=[
            "端午节临近，澜江市各大农贸市场的粽叶、糯米等应节商品销量明显上升。记者在城南农产品批发市场看到，新鲜箬叶批发价每斤9元至12元，比上月上涨约一成。",
            "“今年春天雨水多，粽叶采摘推迟了半个月。”一位经营粽叶二十多年的商户说，预计节前几天价格还会略有上涨。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "5月制造业采购经理指数为50.6%",
        byline="中鸿社北京6月1日电（记者　梁鹤鸣）", authors=["梁鹤鸣"],
        lead="中鸿社北京6月1日电（记者　梁鹤鸣）",
        notes="Wire item: run-in 中鸿社北京6月1日电（记者 X） excluded from first; the end mark （完） on a line of its own "
              "is not body.",
        paras=[
            "统计部门1日发布数据显示，5月份，制造业采购经理指数为50.6%，比上月上升0.3个百分点，连续三个月处于扩张区间。",
            "从企业规模看，大型企业PMI为51.4%，中型企业为50.2%，小型企业为49.5%。从分类指数看，生产指数和新订单指数分别为52.1%和51.0%，均高于临界点。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["（完）"], "end mark （完） on a line of its own (not body)")
    pg.blank()
    pg.furniture(["分类广告"]
                 + wrap("【房屋出租】滨湖区望江花园两室一厅，精装，拎包入住，月租2600元。电话：139 0735 2216", 18)
                 + wrap("【家政服务】专业保洁、月嫂、育儿嫂，持证上岗。电话：（0735）8840 1133", 18)
                 + wrap("【二手设备】转让九成新冷柜两台、烤箱一台，价格面议。电话：158 0735 6609", 18)
                 + wrap("【转让】城南临街旺铺整体转让，证照齐全。电话：137 0735 4482", 18),
                 "分类广告 block (small ads with 【】 heads, not articles)")
    return pg


# ---------------------------------------------------------------------------
def kw06() -> Page:
    """晚报 房产·调查 page with NO indent: label 记者调查 over an investigation (headline, byline 本报记者 X　实习生 Y,
    three crossheads letter-spaced, two body lines letter-spaced by justification) whose body ends in mid-sentence
    before the line （下转B3版）; run-in 本报讯（记者 X） item; QR box; 房屋租售 classified block."""
    pg = Page("kw06.txt", cols=32, indent="", blanks="para", seed=5306,
              style="晚报 房产·调查 page with NO indent, blank lines between paragraphs and blocks: header on one line (paper, date with weekday, B2, 版名); label 记者调查 over an investigation with headline, byline line 本报记者 X　实习生 Y, three crossheads letter-spaced with single ASCII spaces, two body lines letter-spaced by justification, the body ending in MID-SENTENCE before the continued-to line （下转B3版）; run-in 本报讯（记者 X） item; QR box (扫码 line and caption); 房屋租售 classified block; footer")
    pg.furniture(["栖州晚报　" + cn_date(2033, 9, 23) + "　B2　房产·调查"], "page header")
    pg.blank()
    pg.furniture(["记者调查"], "column label 记者调查")
    pg.blank()
    a = Article(
        "a", "加装电梯，为何“一楼”总难点头", section="记者调查",
        byline="本报记者　钟离岚　实习生　费悦", authors=["钟离岚", "费悦"],
        notes="Investigation under the label 记者调查 (section): byline line 本报记者 X　实习生 Y, both authors (实习生 "
              "included). The crossheads, letter-spaced with single spaces, are body. Two body lines are letter-spaced "
              "by justification (spaces dropped in first/last). The text continues on B3: the body on this page ends "
              "in mid-sentence, and the line （下转B3版） after it is not body. Residents and officials quoted are not "
              "authors.",
        paras=[
            "上午九点，家住栖州市老城区府前街道一处老小区的82岁老人常秀英，扶着楼梯扶手一步一歇，爬上五楼用了将近二十分钟。“要是能装上电梯就好了。”她说，这句话自己已经念叨了三年。",
            "记者近日走访老城区多个老旧小区发现，居民加装电梯意愿普遍较高，但真正落地的比例并不高。市住建部门数据显示，截至8月底，全市符合条件的老旧住宅楼约1.1万栋，已完成加装电梯的仅1360台。",
            Cross("“一户反对”卡住全楼", sep=" "),
            "按照现行规定，加装电梯须经本单元三分之二以上业主同意，并公示无异议。但在实际操作中，只要低楼层住户明确反对，项目往往难以推进。",
            "“装了电梯，我家的采光和通风都受影响，出门还多了噪音，可我一分钱好处都没有。”一楼住户邱大伟的顾虑很有代表性。在他所在的单元，楼上七户已经签字，唯独他家没有松口，项目搁置了一年多。",
            Cross("补偿标准各说各话", sep=" "),
            "记者了解到，为了争取低楼层住户同意，一些小区采取了楼上住户出资补偿的办法，但补偿多少并无统一标准。有的单元一楼住户获得两三万元补偿，有的只有几千元，还有的因为价码谈不拢不欢而散。",
            "“补偿款按楼层分摊，谁多谁少都有意见。”一位参与协调的社区干部坦言，资金分摊是加装电梯过程中最耗时的环节。",
            Cross("基层协调能否更进一步", sep=" "),
            "在府前街道，一种“先协商、后表决、再调解”的做法正在试行。街道联合社区、物业和律师组成协调小组，在方案设计阶段就邀请低楼层住户参与，尽量减少对采光和通行的影响。据街道社区工作人员介绍，下一步将",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [1, 14]))
    pg.furniture(["（下转B3版）"], "continued-to line (not body)")
    pg.blank()
    b = Article(
        "b", "栖州公积金贷款额度上限提高至80万元",
        byline="本报讯（记者　朴新雨）", authors=["朴新雨"], lead="本报讯（记者　朴新雨）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "栖州市住房公积金管理中心22日发布通知，自10月1日起，双缴存职工家庭购买首套自住住房的公积金贷款最高额度由60万元提高至80万元，单缴存职工由40万元提高至50万元。多子女家庭在此基础上可再上浮10万元。",
            "通知明确，购买二手房申请公积金贷款的，最长贷款期限与房龄之和不再受限，只需借款人年龄与贷款期限之和不超过法定退休年龄后5年。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["扫码关注", "栖州晚报房产频道", "看更多楼盘资讯"], "QR box (not an article)")
    pg.blank()
    pg.furniture(["房屋租售"]
                 + wrap("▲湖滨片区学府苑三室两厅，128平方米，满五唯一，售价236万元。电话：136 0742 1189", 32)
                 + wrap("▲老城区府前街两室一厅出租，月租1800元，近地铁。电话：（0742）6627 3340", 32)
                 + wrap("▲高新区写字楼整层出租，面积约600平方米，可分割。电话：189 0742 5563", 32),
                 "房屋租售 classified block (not articles)")
    pg.blank()
    pg.furniture(["编辑　甄小禾　　组版　麦穗　　校对　严冬"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kw07() -> Page:
    """晚报 财经 page, blank lines sometimes plus column breaks: continuation of a front-page story (headline repeated,
    （上接A1版） line, body opening in mid-sentence, no byline on this page); label 理财课堂 over a comment signed
    文/X with an 作者单位 line after it; label 财经简讯 over three items with 【】 run-in heads; 企业形象 advertorial;
    减资公告 and 注销公告."""
    pg = Page("kw07.txt", cols=27, indent=FW * 2, blanks="some", colbreak=11, seed=5307, p_para=0.45, p_gap=0.85,
              style="晚报 财经 page, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on three lines (A11　财经; paper + date with weekday; 首席编辑 / 美编); continuation of a front-page story: headline repeated, the line （上接A1版）, body opening in MID-SENTENCE, no byline on this page; label 理财课堂 over a comment with byline line 文/X and the line （作者单位：…） after its body; label 财经简讯 over three items with 【】 run-in heads and （记者 X） credits; 企业形象 advertorial of a bank; 减资公告 and 注销公告 of two firms")
    pg.furniture(["A11　财经",
                  "锦屏晚报　" + cn_date(2033, 7, 6),
                  "首席编辑　单于墨　美编　柯小川"], "page header")
    pg.blank()
    a = Article(
        "a", "上半年锦屏普惠小微贷款增长15.2%",
        notes="Continuation of a front-page story: the headline is repeated over the line （上接A1版） (not body), and "
              "the body opens in mid-sentence where A1 broke off. The byline was printed on A1, not on this page: no "
              "byline and no authors here. Bankers quoted are not authors.",
        paras=[
            "款余额较年初增长15.2%，高于各项贷款平均增速6.8个百分点。其中，信用贷款占比提高到31.4%，首贷户数量达到1.27万户。",
            "记者采访发现，不少银行正在把“数据”变成小微企业的“信用”。锦屏农商银行依托税务、电力、社保等数据搭建的线上信贷平台，今年以来已为3600多家小微企业发放无抵押贷款18.6亿元，平均审批时间缩短至两天。",
            "“以前贷款要跑好几趟，现在手机上填几项信息，第二天钱就到账了。”在锦屏经营一家五金加工厂的殷立军说，他通过线上平台获得了80万元信用贷款，用于购买新设备。",
            "业内人士也提醒，普惠贷款快速增长的同时，要警惕部分领域资产质量下行的风险。银行需要在“敢贷”和“会贷”之间找到平衡，把好风险关口。",
        ])
    pg.headline(a)
    pg.furniture(["（上接A1版）"], "continued-from line (not body)")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["理财课堂"], "column label 理财课堂")
    b = Article(
        "b", "存款利率再下调，闲钱该往哪儿放", section="理财课堂", kind="commentary",
        byline="文/司空蔓", authors=["司空蔓"],
        notes="Signed column under the label 理财课堂 (section): byline line 文/X under the headline; the line "
              "（作者单位：…） printed after the body is not body (it says where the writer works; she is the author). "
              "Commentary.",
        paras=[
            "近期，多家银行再次下调存款挂牌利率，三年期定期存款利率普遍跌破2%。不少储户发愁：存银行越来越不划算，闲钱该往哪儿放？",
            "首先要明确自己的资金用途。三个月内可能要用的钱，适合放在活期存款或货币基金中，保证随用随取；一到三年内不用的钱，可以考虑大额存单、国债或稳健型银行理财；五年以上的长期资金，才适合适当配置权益类资产。",
            "其次要对收益有合理预期。利率下行是长期趋势，年化收益率明显高于市场平均水平的产品，往往伴随更高的风险。对承诺“保本高收益”的所谓理财产品，更要提高警惕。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "（作者单位：锦屏理工大学金融学院）", "credit")
    pg.blank()
    pg.furniture(["财经简讯"], "column label 财经简讯")
    briefs = [
        Article("c1", "锦屏首家数字人民币主题网点开业", byline="（记者　鞠晴）", authors=["鞠晴"],
                tail="（记者　鞠晴）",
                paras=["7月5日，锦屏首家数字人民币主题银行网点在和平路开业，市民可现场体验数字人民币钱包开立、硬钱包充值等业务。"]),
        Article("c2", "上半年全市保费收入增长7.9%", byline="（记者　鞠晴）", authors=["鞠晴"],
                tail="（记者　鞠晴）",
                paras=["据金融监管部门统计，上半年锦屏市保险业实现原保险保费收入96.3亿元，同比增长7.9%，其中健康险保费收入增长14.5%。"]),
        Article("c3", "“锦惠保”2034年度开始投保", byline="（通讯员　冉秋）", authors=["冉秋"],
                tail="（通讯员　冉秋）",
                paras=["锦屏市城市定制型商业医疗保险“锦惠保”2034年度投保通道已开启，保费每人每年79元，不限年龄、不限职业，既往症人群也可投保。"]),
    ]
    for art in briefs:
        art.section = "财经简讯"
        art.lead = "【" + art.title + "】"
        art.notes = ("Item under the label 财经简讯 (section): its head, set in 【】, is run in at the start of the first "
                     "line and is the title; excluded from first. The credit run in at the end is the byline, "
                     "excluded from last; the name is the author.")
        pg.gap()
        pg.body(art, head_role=True)
    pg.blank()
    pg.furniture(["企业形象",
                  "锦屏农商银行　与城市共成长"]
                 + wrap("锦屏农商银行始终坚持“服务三农、服务小微、服务社区”的市场定位，截至6月末，各项存款余额突破900亿元，涉农和小微企业贷款占比超过七成。", 27, FW * 2)
                 + ["客服热线：（0766）96568"],
                 "企业形象 advertorial of a bank (not an article)")
    pg.blank()
    pg.furniture(["减资公告"]
                 + wrap("锦屏市瑞丰物流有限公司（统一社会信用代码：91430700MA4P7K2X1R）经股东会决议，注册资本由1000万元减少至200万元。请债权人自本公告发布之日起四十五日内向本公司申报债权。", 27, FW * 2)
                 + ["联系人：龚先生　电话：138 0766 2910",
                    "锦屏市瑞丰物流有限公司",
                    "2033年7月6日",
                    "注销公告"]
                 + wrap("锦屏禾家餐饮管理有限公司经股东决定拟向登记机关申请注销登记，请债权人自本公告发布之日起四十五日内向清算组申报债权。", 27, FW * 2)
                 + ["清算组联系电话：（0766）3390 4471"],
                 "减资公告 and 注销公告 (company notices, not articles)")
    return pg


# ---------------------------------------------------------------------------
def kw08() -> Page:
    """都市报 车世界 page: photo news (brief) with credit line 本报记者 X　摄; article whose headline and byline
    ■ 本报记者 X are printed AFTER its body; QR box; label 汽车简讯 over three items with ● run-in heads; 二手车信息
    classified block whose ads also open with ●."""
    pg = Page("kw08.txt", cols=24, indent=FW * 2, blanks="para", seed=5308,
              style="都市报 车世界 page, blank lines between paragraphs and blocks: header on three lines (paper; C4　车世界; date with weekday); photo news (brief): headline, caption, credit line 本报记者 X　摄; article whose headline and byline line ■ 本报记者 X are printed AFTER its body; QR box (two lines); label 汽车简讯 over three items with ● run-in heads (parted from the text by a space), credits （记者 X） / （通讯员 X） run in at the end, one with none; 二手车信息 classified block whose ads also open with ●; footer")
    pg.furniture(["东淮都市报", "C4　车世界", cn_date(2033, 10, 13)], "page header")
    pg.blank()
    p = Article(
        "p", "秋季车展昨日开幕", kind="brief",
        byline="本报记者　巫马青　摄", authors=["巫马青"],
        notes="Photo news (brief): headline, caption, credit line 本报记者 X　摄 after it (the byline); the "
              "photographer is the author.",
        paras=[
            "10月12日，2033东淮秋季国际车展在市会展中心开幕，46个品牌的近400台车辆参展，其中新能源车型占比超过七成。车展将持续至10月16日。",
        ])
    pg.headline(p)
    pg.gap()
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    a = Article(
        "a", "前三季度东淮二手车交易量增长16%",
        byline="■ 本报记者　芮晓峰", authors=["芮晓峰"],
        notes="Headline and byline line ■ 本报记者 X printed AFTER the body (the title box sat under the text in the "
              "column). The dealer and the association official quoted are not authors.",
        paras=[
            "记者从市汽车流通协会获悉，今年前三季度，东淮市二手车累计交易14.8万辆，同比增长16.3%；交易金额97.2亿元，增长11.6%。",
            "新能源二手车成为增长最快的品类。前三季度，全市新能源二手车交易2.1万辆，同比增长68%，占比提升至14.2%。“以前新能源车残值低、不好卖，现在有了第三方电池检测报告，买家心里更有底。”开发区一家二手车商户说。",
            "协会有关负责人表示，二手车跨区域流通限制全面取消后，东淮作为区域集散地的作用进一步增强，前三季度外地车源和外地买家占比均超过三成。",
        ])
    pg.body(a)
    pg.gap()
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(["扫一扫", "车展直播抢先看"], "QR box (not an article)")
    pg.gap()
    pg.furniture(["汽车简讯"], "column label 汽车简讯")
    pg.gap()
    briefs = [
        Article("c1", "东淮首座超充站投用", byline="（记者　芮晓峰）", authors=["芮晓峰"],
                tail="（记者　芮晓峰）",
                paras=["位于开发区车城大道的东淮首座液冷超充站日前投入使用，单枪最大功率600千瓦，充电10分钟可补能约400公里。"]),
        Article("c2", "车险“报案即理赔”试点扩围", byline="（通讯员　殷蓓）", authors=["殷蓓"],
                tail="（通讯员　殷蓓）",
                paras=["东淮保险行业协会消息，车险小额案件“报案即理赔”服务已扩大至全市11家财险公司，损失金额5000元以下的案件最快30分钟到账。"]),
        Article("c3", "星河S5上市",
                paras=["星河汽车旗下紧凑型纯电SUV星河S5日前在东淮上市，官方指导价12.69万元至15.99万元。"]),
    ]
    for art in briefs:
        art.section = "汽车简讯"
        art.lead = "●" + art.title + " "
        art.notes = ("Item under the label 汽车简讯 (section): its head after the ● mark is run in at the start of the "
                     "first line (bold lost) and is the title; excluded from first. "
                     + ("The credit run in at the end is the byline, excluded from last; the name is the author."
                        if art.tail else "No credit: no authors."))
        pg.body(art, head_role=True)
        pg.gap()
    pg.furniture(["二手车信息"]
                 + wrap("●2029年远驰T7，行驶4.2万公里，无事故，一手车，售9.8万元。电话：135 0551 7720", 24)
                 + wrap("●2031年云豹E3，电池健康度95%，售4.3万元。电话：（0551）7718 3302", 24)
                 + wrap("●高价收购各类二手车，上门评估，当天过户。电话：182 0551 9096", 24),
                 "二手车信息 classified block (small ads with ● marks, not articles)")
    pg.blank()
    pg.furniture(["本版编辑：黎晓舟　　美编：卢川　　校对：蒋禾"], "footer")
    return pg


PAGES = [kw05, kw06, kw07, kw08]
