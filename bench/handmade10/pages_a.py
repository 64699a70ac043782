"""Pages u01-u04 of handmade10 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


# ---------------------------------------------------------------------------
def u01() -> Page:
    """法治 daily, 政法·案件 page: case report, 以案说法 box with a lawyer's line, 普法 notice."""
    pg = Page("u01.txt", cols=30, indent=FW * 2, blanks="para", seed=1001,
              style="法治 daily case page: case report with byline line 本报通讯员 X 本报记者 Y, 以案说法 box (label, own headline, lawyer's name + title line under it), 本报讯（记者 X） item, 普法小贴士 notice")
    pg.furniture(["法治东川报", cn_date(2029, 4, 10) + "　　第３版", "政法·案件　　责任编辑　窦明川　　美编　尹小菲"],
                 "page header")
    pg.blank()
    case = Article(
        "case", "“高息理财”骗局背后的资金链",
        subtitle="——东川中院二审维持一起集资诈骗案原判",
        byline="本报通讯员　卢晓岚　本报记者　姜成涛", authors=["卢晓岚", "姜成涛"],
        notes="Byline line names a 通讯员 and a 记者; both are authors.",
        paras=[
            "年化收益18%、每月按时返息、“保本保息”……凭借这些诱人的承诺，一家名为“鑫盛泰”的投资咨询公司在三年时间里吸收了六百余名群众的资金。近日，东川市中级人民法院对这起集资诈骗案作出二审裁定，驳回上诉，维持原判。",
            "法院审理查明，2024年起，被告人邢某某先后注册成立两家投资咨询公司，在未取得任何金融业务许可的情况下，组织业务员通过发放传单、举办“理财讲座”、赠送鸡蛋和食用油等方式，向社会不特定公众推销所谓的“供应链理财产品”，承诺年化收益12%至18%不等。",
            "为了让投资人相信产品“有底”，邢某某虚构了为大型商超提供货款垫资的业务，还伪造了多份采购合同和银行流水。实际上，公司并无任何实体经营，后期投资人的本金被用于支付前期投资人的利息和业务员提成，其余大部分被邢某某用于购买房产、豪车和个人挥霍。",
            "2027年初，公司资金链断裂，无法兑付到期本息，投资人纷纷报案。经审计，邢某某等人共计吸收资金1.36亿元，案发时尚有8900余万元无法归还，涉及投资人612名，其中六十岁以上老年人占比超过七成。",
            "一审法院以集资诈骗罪判处邢某某无期徒刑，剥夺政治权利终身，并处没收个人全部财产；其余五名被告人分别被以非法吸收公众存款罪判处有期徒刑二年至六年不等。邢某某以“主观上没有非法占有目的”为由提出上诉。",
            "二审法院认为，邢某某在明知公司没有实际经营收益、无力兑付的情况下，仍继续以高息为诱饵吸收资金，并将大量资金用于个人挥霍，足以认定其具有非法占有目的，上诉理由不能成立。目前，涉案房产、车辆等财产已被依法查封，将按比例发还投资人。",
        ])
    pg.headline(case)
    pg.line(case, case.subtitle, "subtitle")
    pg.line(case, case.byline, "byline")
    pg.gap()
    pg.body(case)
    pg.gap()
    law = Article(
        "law", "高额回报往往是陷阱的“诱饵”", kind="commentary", section="以案说法",
        byline="郑敏芝　东川省律师协会刑事专业委员会委员", authors=["郑敏芝"],
        notes="以案说法 box: label line is the section; the line under the headline gives the lawyer's name and "
              "title (byline, the lawyer is the author). Filed as commentary (a legal comment on the case above).",
        paras=[
            "集资诈骗罪与非法吸收公众存款罪都表现为向社会公众募集资金，二者最大的区别在于行为人是否具有非法占有的目的。司法实践中，通常会结合资金用途、有无实际经营、是否隐匿转移资金等情况综合判断。",
            "本案中，被告人将集资款大量用于个人购房购车和挥霍，公司又没有真实业务支撑，其非法占有目的是明显的。这也提醒公众，凡是承诺“保本高息”、以发放礼品吸引老年人参加讲座的理财项目，都要格外警惕。",
            "投资理财应当通过正规金融机构，查看对方是否具有相应的金融业务资质。一旦发现被骗，要及时保存合同、转账记录等证据并向公安机关报案，切勿因为“还能拿到利息”而继续投入。",
        ])
    pg.furniture(["以案说法"], "column label 以案说法")
    pg.headline(law)
    pg.line(law, law.byline, "byline")
    pg.gap()
    pg.body(law)
    pg.gap()
    item = Article(
        "item", "城关法庭开设“夜间调解室”", byline="本报讯（记者　姜成涛　通讯员　柏宁）",
        authors=["姜成涛", "柏宁"], lead="本报讯（记者　姜成涛　通讯员　柏宁）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first.",
        paras=[
            "为方便上班族解决矛盾纠纷，东川市城关人民法庭近日开设“夜间调解室”，每周二、周四晚上7时至9时接待群众。开设一个月来，已成功调解邻里纠纷、物业纠纷等案件23件。",
            "法庭负责人介绍，夜间调解由法官、人民调解员和社区网格员共同参与，当事人可提前通过电话或小程序预约。",
        ])
    pg.article(item, order=("headline", "body"))
    pg.gap()
    pg.furniture(["普法小贴士"] + wrap(
                  "《中华人民共和国刑法》第一百九十二条规定，以非法占有为目的，使用诈骗方法非法集资，数额较大的，处三年以上七年以下有期徒刑，并处罚金；数额巨大或者有其他严重情节的，处七年以上有期徒刑或者无期徒刑，并处罚金或者没收财产。", 30, FW * 2) + [
                  "反诈咨询热线：96110"], "普法小贴士 notice")
    return pg


# ---------------------------------------------------------------------------
def u02() -> Page:
    """农业/乡村 page: headlines directly over bodies, bylines run in at the end in brackets."""
    pg = Page("u02.txt", cols=18, indent="  ", blanks="never", seed=1002,
              style="农业/乡村振兴 page: three articles, each headline directly followed by its body, no blank line anywhere, bylines run in at the END of the last paragraph in brackets （本报记者 X）")
    pg.furniture(["田野周报", "乡村振兴·第５版", cn_date(2029, 5, 16)], "page header")
    a = Article(
        "a", "青禾村的“稻虾共作”账本", byline="（本报记者　龚小满）", authors=["龚小满"],
        tail="（本报记者　龚小满）",
        notes="Byline run in at the end of the last paragraph in brackets, excluded from last.",
        paras=[
            "五月的青禾村，稻田里已经灌满了水，小龙虾在秧苗间穿梭。村民罗德旺蹲在田埂上，翻开一本磨得起毛的笔记本：“去年这28亩田，虾卖了5.6万元，稻谷卖了3.1万元，比单种水稻多挣了将近两倍。”",
            "青禾村地势低洼，过去种一季稻，遇上涝年常常减产。三年前，村集体联合县农科所推广“稻虾共作”模式，在稻田四周挖出环沟，冬春养虾、夏秋种稻，虾粪肥田、稻秆养虾，化肥和农药用量都减少了三成以上。",
            "起初，不少村民心里没底。村党支部书记钟海英带着几名党员先干，第一年每亩纯收入就超过了2000元。看到实实在在的效益，第二年参与的农户从7户增加到46户，面积扩大到1300亩。",
            "如今，村里成立了稻虾专业合作社，统一购买虾苗、统一技术指导、统一品牌销售，注册的“青禾虾稻”商标已经进入省城多家超市。合作社还和电商平台签订了订单，旺季每天发货超过两吨。",
            "“下一步，我们想建一个小型加工厂，把虾尾、稻米做成礼盒，把利润更多留在村里。”钟海英说。",
        ])
    b = Article(
        "b", "全县高标准农田建设提速", byline="（记者　龚小满　通讯员　芮田）", authors=["龚小满", "芮田"],
        tail="（记者　龚小满　通讯员　芮田）",
        notes="Byline （记者 X　通讯员 Y） run in at the end, excluded from last; both named persons are authors.",
        paras=[
            "记者从临溪县农业农村局获悉，今年全县计划新建和改造提升高标准农田4.2万亩，目前已完成土地平整2.6万亩，新建灌排渠道180公里、机耕道95公里，项目总体进度达到62%。",
            "为保证工程质量，县里推行“农民监督员”制度，从项目区村民中选聘了120名监督员，全程参与施工监督和竣工验收。建成后的农田将统一流转给种粮大户和合作社经营，预计亩均增产粮食80公斤以上。",
        ])
    c = Article(
        "c", "山里的茶叶搭上“直播快车”", byline="（本报记者　柴望舒）", authors=["柴望舒"],
        tail="（本报记者　柴望舒）",
        notes="Byline run in at the end of the last paragraph, excluded from last.",
        paras=[
            "清晨六点，云岭乡的茶园里雾气还没散去，“90后”返乡青年滕悦已经架好了手机支架。镜头前，她一边采茶，一边给网友讲解明前茶和雨前茶的区别。",
            "云岭乡种茶历史有三百多年，但因为交通不便，茶叶长期只能卖给上门收购的茶贩，价格被压得很低。前年，乡里建起了电商服务站，免费培训村民做直播，滕悦是第一批学员。",
            "“第一次直播只有十几个人看，现在一场下来能卖出三四百单。”滕悦说。去年，她帮乡亲们卖出茶叶1.8万斤，销售额超过300万元。在她的带动下，全乡已有40多名村民开起了直播间，茶叶收购价比过去提高了三成。",
            "乡党委书记龙学文表示，乡里正在申请茶叶地理标志认证，同时修建冷链仓储中心，让山里的好茶走得更远。",
        ])
    for art in (a, b, c):
        pg.headline(art)
        pg.body(art)
    pg.furniture(["本版编辑：温若水　　新闻热线：0731-8896××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def u03() -> Page:
    """科技周刊: one long feature extracted in three column pieces, the running header printed again between them."""
    pg = Page("u03.txt", cols=20, indent=FW * 2, blanks="some", seed=1003, p_para=0.3, p_gap=0.6,
              style="科技周刊 page: one long feature (about 1400 chars) read as three column pieces, the page's running header (周刊名 + 版次) printed again between the pieces; ◆ crossheads; a short 新知 item")
    run = ["科技周刊·前沿", cn_date(2029, 6, 3) + "　第７版"]
    pg.furniture(run + ["编辑　简一鸣"], "running header")
    pg.blank()
    a = Article(
        "a", "给电池装上“AI医生”", subtitle="——新能源储能电站安全预警技术观察",
        byline="本报记者　沈可鉴", authors=["沈可鉴"],
        notes="One feature read as three column pieces; the running header (科技周刊·前沿 / date and page) is printed "
              "again between the pieces and is not body. ◆ crossheads are body.",
        paras=[
            "在东川湾畔的一座百兆瓦级储能电站里，上万个电池模组整齐排列在集装箱式的舱体中。值班员宁晓舟打开监控大屏，每一个电芯的电压、温度、内阻曲线都在实时跳动。“过去我们只能看到数据，现在系统能告诉我们哪块电池‘生病’了，还能提前一周预警。”",
            "让系统学会“看病”的，是一套基于人工智能的电池健康管理平台。它由东川大学储能研究院与本地一家科技企业联合研发，去年起在省内6座储能电站试点应用。",
            Cross("◆从“事后处置”到“提前预警”"),
            "储能电站是新型电力系统的重要组成部分，能在用电低谷时储存电能、用电高峰时释放电能。但锂电池在长时间充放电过程中会逐渐老化，个别电芯一旦出现内短路，就可能引发热失控，甚至导致起火。",
            "“传统的电池管理系统主要依靠设定阈值报警，温度超过多少度、电压低于多少伏才报警，这时候往往已经比较危险了。”储能研究院副院长顾南星说。研究团队的思路是，让算法从海量运行数据里找出电池劣化的早期“征兆”。",
            "为此，团队积累了超过200万个电芯、累计30亿条的充放电数据，训练出一个电池健康状态评估模型。模型不只看单一参数，而是综合分析电压一致性、温升速率、自放电率等十几项指标的细微变化。在试点电站，它已经成功预警了17起电芯异常，平均比传统报警方式提前5天以上。",
            "“这就像体检，血压高一点、心率快一点，单独看都不算病，放在一起看就能发现问题。”顾南星打了个比方。模型每15分钟对全站电芯做一次“体检”，发现异常后会自动生成工单，推送到运维人员的手机上。",
            Cross("◆让每一块电池都有“健康档案”"),
            "平台的另一项功能，是为每一个电芯建立全生命周期的“健康档案”。电池从出厂、安装、运行到退役，每一次充放电都会被记录下来，系统据此计算出电池的剩余寿命。",
            "这对电站运营方来说意义不小。“以前电池什么时候该换，主要凭经验，要么换早了浪费，要么换晚了有风险。”电站运维负责人邝立说，有了寿命预测，电站可以按需更换模组，一年能节省运维成本约300万元。",
            "平台还能根据电网调度指令和电池健康状态，动态分配每个电池簇的充放电功率，让“身体好”的电池多干一点，“身体弱”的电池少干一点。试点数据显示，这种均衡策略使电站整体可用容量提高了约4%，电池组的一致性也明显改善。",
            "退役电池的去向也因此更加清晰。系统会根据健康档案给出建议：容量还剩八成以上的，可以转到通信基站、低速电动车等场景梯次利用；状态较差的，则直接送去拆解回收。",
            Cross("◆数据和标准仍是难题"),
            "尽管试点效果不错，但要大规模推广，还面临不少挑战。顾南星坦言，不同厂家的电池在化学体系、结构设计上差异很大，模型在一种电池上训练得好，换到另一种电池上准确率就会下降。",
            "数据共享也是一道坎。电池数据涉及企业的核心技术，不少厂家不愿意公开。研究团队正在探索“联邦学习”的办法，让各家数据不出本地也能共同训练模型。",
            "此外，储能电站分布分散，不少站点位于偏远地区，网络条件有限。为此，团队把部分算法“瘦身”后部署在电站本地的边缘计算设备上，即便与云端断开连接，也能完成基本的异常识别。宁晓舟说，去年夏天一次台风导致通信中断，本地系统照样发出了两次温升预警，值班人员及时处置，避免了一场事故。",
            "业内人士建议，尽快出台储能电池运行数据的接口和安全评估标准，推动电池厂、电站和研究机构之间的数据互通。随着储能装机规模快速增长，给电池装上“AI医生”，或许将成为储能电站的标配。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    p1, p2, p3 = Page.chunks(pg.render_body(a), [27, 29])
    pg.emit(a, p1)
    pg.furniture(run, "running header printed again (column top)")
    pg.emit(a, p2)
    pg.furniture(run, "running header printed again (column top)")
    pg.emit(a, p3)
    pg.blank()
    b = Article(
        "b", "新型钠电池低温性能获突破", section="新知",
        notes="Short item under the column label 新知; unsigned.",
        paras=[
            "记者从东川理工大学获悉，该校材料学院团队研制出一种新型钠离子电池电解液，使电池在零下40摄氏度时仍能保持常温容量的82%。相关成果近日发表于国际学术期刊，有望推动钠电池在高寒地区储能和电动车领域的应用。",
        ])
    pg.furniture(["新知"], "column label 新知")
    pg.article(b, order=("headline", "body"))
    return pg


# ---------------------------------------------------------------------------
def u04() -> Page:
    """证券 page: 市场综述 with a 本报记者 line, an index table, a 公司公告摘要 digest."""
    pg = Page("u04.txt", cols=26, indent="", blanks="arts", seed=1004,
              style="证券 page: 市场综述 (label, headline, 本报记者 X line), index data table (not an article), 公司公告摘要 digest of five items, each a line 代码　简称 then one paragraph, no byline")
    pg.furniture(["东川证券报　　A7　　市场·公司", cn_date(2029, 3, 20), "本版编辑　祁远帆　校对　孟桐"], "page header")
    pg.blank()
    m = Article(
        "m", "三大指数震荡收涨成交额回升至万亿元上方", head=["三大指数震荡收涨　成交额回升至万亿元上方"],
        section="市场综述",
        byline="本报记者　欧阳慕青", authors=["欧阳慕青"],
        notes="Column label 市场综述 is the section; the headline's full-width space is dropped in the title.",
        paras=[
            "周二，A股三大指数早盘窄幅震荡，午后在券商、半导体板块带动下集体走高。截至收盘，上证指数涨0.84%，深证成指涨1.21%，创业板指涨1.57%。两市合计成交额10326亿元，较上一交易日增加约1200亿元，重回万亿元上方。",
            "盘面上，行业板块涨多跌少。半导体设备、证券、软件开发板块涨幅居前，其中半导体设备板块指数上涨4.3%，多只个股涨停；煤炭、银行、公用事业板块小幅调整。全天两市上涨个股超过3500只，市场赚钱效应明显回暖。",
            "资金面上，北向资金全天净买入46.8亿元，连续三个交易日净流入；融资余额较前一交易日增加约37亿元。",
            "东川证券首席策略分析师潘易恒表示，近期稳增长政策密集出台，上市公司年报陆续披露，市场风险偏好有所修复。短期看，指数仍将以震荡为主，投资者可关注业绩确定性较强的科技成长和高股息板块。",
        ])
    pg.furniture(["市场综述"], "column label 市场综述")
    pg.headline(m)
    pg.line(m, m.byline, "byline")
    pg.body(m)
    pg.blank()
    pg.furniture(["主要指数收盘一览（3月19日）", "指数名称　　收盘　　涨跌幅",
                  "上证指数　　3386.52　　+0.84%", "深证成指　　10947.13　　+1.21%",
                  "创业板指　　2215.60　　+1.57%", "科创50　　1043.27　　+2.06%",
                  "沪深300　　3952.84　　+0.97%", "数据来源：东川证券研究所"], "index data table")
    pg.blank()
    pg.furniture(["公司公告摘要"], "column label 公司公告摘要")
    items = [
        ("002871　华锦股份", "华锦股份公告，公司2028年实现营业收入58.6亿元，同比增长14.2%；归属于上市公司股东的净利润4.17亿元，同比增长21.5%。公司拟每10股派发现金红利2.5元（含税），现金分红总额约1.6亿元。"),
        ("600938　岭南水务", "岭南水务公告，公司全资子公司中标梧溪市城区供水管网改造工程，中标金额约6.3亿元，约占公司上年营业收入的27%。项目建设工期为24个月，预计将对公司未来两个会计年度的经营业绩产生积极影响。"),
        ("300716　星衡电子", "星衡电子公告，公司持股5%以上股东东川创投计划自公告之日起15个交易日后的3个月内，通过集中竞价和大宗交易方式减持不超过公司总股本2%的股份。减持原因为股东自身资金安排，本次减持不会导致公司控制权发生变化。"),
        ("688305　安澜医疗", "安澜医疗公告，公司研发的一次性使用血管内成像导管获得国家药品监督管理局颁发的医疗器械注册证，有效期5年。该产品可用于冠状动脉介入诊疗过程中的血管内成像，是公司在心血管介入领域获批的第三款产品。"),
        ("000659　北港物流", "北港物流公告，因筹划重大资产重组，公司股票自3月20日开市起停牌，预计停牌时间不超过10个交易日。公司拟以发行股份方式收购东川冷链运输有限公司100%股权，并同步募集配套资金。"),
    ]
    for k, (head, para) in enumerate(items):
        art = Article(f"g{k}", head.replace("　", ""), head=[head], section="公司公告摘要", paras=[para],
                      notes="Digest item: the line 代码　简称 is its headline (title written without the space); no byline.")
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["本版所载信息仅供参考，不构成投资建议。据此入市，风险自担。"], "footer disclaimer")
    return pg


PAGES = [u01, u02, u03, u04]
