"""Pages v01-v04 of handmade11 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, spaced, wrap


# ---------------------------------------------------------------------------
def v01() -> Page:
    """财经周报 绿色金融 page: every headline and crosshead letter-spaced with ASCII spaces."""
    pg = Page("v01.txt", cols=36, indent=FW * 2, blanks="some", seed=1101, p_para=0.3, p_gap=0.75,
              style="财经周报 绿色金融 page: every headline letter-spaced with ASCII spaces (绿 色 债 券 扩 容 提 速, ESG 信 披 …), letter-spaced crossheads inside the lead, ——副题 and 本报记者 X line, run-in 本报讯（记者 X） item, letter-spaced column label 市 场 观 察 over a □ X commentary; header with date, editors and 第A6版 | 财经; page number alone at the foot")
    pg.furniture(["青屿财经周报",
                  cn_date(2030, 3, 18) + "　编辑：钟曼　美编：柳一帆　第A6版 | 财经"], "page header")
    pg.blank()
    a = Article(
        "a", "绿色债券扩容提速", subtitle="——一季度全省绿色债券发行规模同比增长四成",
        byline="本报记者　蒋一舟", authors=["蒋一舟"],
        notes="Headline letter-spaced with ASCII spaces (title written unspaced); the three letter-spaced crossheads "
              "(发 行 主 体 更 加 多 元 …) are body.",
        paras=[
            "一季度，青屿省绿色债券市场延续扩容态势。记者从人民银行青屿省分行获悉，1月至3月，全省企业和金融机构共发行绿色债券47只，发行规模386亿元，同比增长41.3%，发行只数和规模均创同期新高。其中，绿色公司债和绿色中期票据合计占比超过六成，绿色金融债发行规模较去年同期翻了一番。",
            "业内人士认为，绿色债券“量增”的背后，是融资需求与政策激励的共同作用。一方面，全省风电、光伏、储能和城市更新项目集中进入建设期，资金需求旺盛；另一方面，碳减排支持工具、绿色债券贴息等政策持续发力，降低了发行人的综合融资成本。",
            Cross("发行主体更加多元", sep=" "),
            "与往年以大型国有企业为主不同，今年一季度，民营企业和地方中小金融机构的身影明显增多。澜江农村商业银行3月发行了5亿元绿色金融债，募集资金全部投向农村分布式光伏和节水灌溉项目，这是该行首次进入绿色债券市场。",
            "“过去觉得绿色债券门槛高、手续繁，现在有了专门的辅导机制，从准备材料到完成发行只用了不到两个月。”澜江农商银行金融市场部负责人谢颂说。据了解，青屿省今年起建立绿色债券发行辅导库，已有32家企业入库。",
            Cross("募投项目披露趋严", sep=" "),
            "规模扩张的同时，市场对绿色债券“含绿量”的要求也在提高。按照新版绿色债券支持项目目录，募集资金须全部用于符合标准的绿色项目，发行人还要在存续期内定期披露资金使用情况和环境效益。",
            "记者注意到，一季度新发行的绿色债券中，超过八成在募集说明书中量化披露了预计的碳减排量，近三成聘请了第三方机构开展存续期跟踪评估。一家评估机构的分析师表示，信息披露越充分，越容易获得投资者认可，这也倒逼发行人把项目做实、把数据算准。",
            Cross("定价优势仍待放大", sep=" "),
            "不过，绿色债券的“绿色溢价”仍不明显。统计显示，一季度全省绿色债券平均发行利率为2.68%，仅比同评级、同期限的普通信用债低约6个基点。有市场人士指出，投资者对绿色资产的配置需求尚未充分释放，部分绿色债券二级市场流动性偏弱，制约了定价优势的显现。",
            "人民银行青屿省分行有关负责人表示，下一步将推动更多金融机构把绿色债券纳入投资范围，探索将绿色债券作为再贷款合格抵押品，同时加强对“洗绿”“漂绿”行为的监测，促进绿色债券市场规范健康发展。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "转型金融标准试点落地", byline="本报记者　韩芷若", authors=["韩芷若"],
        notes="Letter-spaced headline; byline line 本报记者 X under it.",
        paras=[
            "3月15日，青屿省首批转型金融支持项目清单正式发布，涉及钢铁、建材、化工、造纸四个高碳行业的19个项目入选，计划总投资约210亿元。这标志着该省转型金融标准试点进入实质落地阶段。",
            "与绿色金融主要支持“纯绿”项目不同，转型金融重点支持高碳企业的低碳化改造。入选清单的项目须制定明确的减排路径，例如某钢铁企业的电炉短流程改造项目，承诺到2033年吨钢碳排放较2025年下降35%。",
            "据悉，已有11家银行与入选企业签订授信意向协议，意向金额逾120亿元。银行将根据企业减排目标的完成情况对贷款利率进行动态调整，完成得好可以降息，完不成则要上浮。",
        ])
    pg.headline(b, sep=" ")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "ESG信披新规下月实施", byline="本报讯（记者　孟西辞）", authors=["孟西辞"],
        lead="本报讯（记者　孟西辞）",
        notes="Letter-spaced headline with a Latin word kept whole (ESG 信 披 …); run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "青屿证监局日前召开辖区上市公司座谈会，就可持续发展信息披露新规进行解读。按照新规，辖区内纳入相关指数样本的42家上市公司须自下月起按统一框架披露ESG信息，其中温室气体排放数据须经第三方鉴证。",
            "会上，多家上市公司表示，碳排放核算和供应链数据收集是目前面临的主要难点，希望监管部门和行业协会出台更细化的操作指引。",
        ])
    pg.headline(c, sep=" ")
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "理性看待绿色溢价", section="市场观察", kind="commentary",
        byline="□ 付承泽", authors=["付承泽"],
        notes="Letter-spaced column label 市 场 观 察 is the section; letter-spaced headline; author line □ X. "
              "Signed opinion piece, filed as commentary.",
        paras=[
            "绿色债券利率比普通债券低多少，常被当作衡量绿色金融成效的一把尺子。然而，“绿色溢价”不是越大越好，更不能靠行政手段硬压出来。",
            "从国际经验看，绿色溢价的形成需要一个过程：投资者认可绿色资产的长期价值，愿意为之支付一定成本；发行人披露真实可信，经得起核查。两者缺一不可。眼下，我国绿色债券市场规模已位居世界前列，但投资者结构仍较单一，环境效益的核算和披露也有待统一。",
            "与其追求短期的利差数字，不如在标准、披露和投资者培育上多下功夫。市场基础打牢了，绿色资产的价值自然会体现在价格里。",
        ])
    pg.furniture([spaced("市场观察")], "column label 市场观察 (letter-spaced)")
    pg.headline(d, sep=" ")
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["A6"], "page number")
    return pg


# ---------------------------------------------------------------------------
def v02() -> Page:
    """城乡 page: two articles whose columns the extraction read interleaved, a few lines at a time."""
    pg = Page("v02.txt", cols=22, indent="  ", blanks="arts", seed=1102,
              style="城乡 page: two neighbouring articles extracted interleaved in blocks (A with headline and byline line, B with headline and run-in 本报讯（记者 X）, A, B, A, B), every switch in mid-sentence; then a normal 本报讯（通讯员 X） item")
    pg.furniture(["澜江日报", "城乡·第7版", cn_date(2030, 4, 9)], "page header")
    pg.blank()
    a = Article(
        "a", "“共享农机”让小农户种地省心", byline="本报记者　卫小棠　通讯员　石岩",
        authors=["卫小棠", "石岩"],
        notes="Interleaved with the next article by the extraction: three pieces, each switch in mid-sentence. "
              "Byline line names a 记者 and a 通讯员; both are authors.",
        paras=[
            "清明前后，柘川县白水镇的田野里一派繁忙。一台插秧机在水田里来回穿梭，不到半天就插完了种粮户刘满仓家的12亩田。“以前请人插秧，一亩要两百多块钱，还常常请不到人。现在在手机上下个单，农机第二天就开到田头，一亩只要110元。”刘满仓说。",
            "刘满仓用的，是柘川县去年推出的“共享农机”服务平台。平台整合了全县86家农机合作社和1300多台套农机具，农户可以像叫网约车一样预约耕、种、防、收等作业服务，费用在作业完成后按亩结算。",
            "柘川县是丘陵地区，户均耕地不足6亩，小农户自己买农机不划算，大型农机又难以进入零散地块。县农业农村局局长俞方平介绍，平台根据地块位置和面积自动匹配附近的合作社和适合的机型，还能把相邻农户的订单“拼单”作业，提高农机利用率。",
            "平台运行一年来，累计完成作业订单4.6万单、服务面积38万亩，全县主要农作物耕种收综合机械化率提高到78%。合作社的收入也跟着涨了起来，“农机闲置的时间少了，一台收割机一年能多干一个月的活。”白水镇丰源农机合作社理事长贺长林说。",
            "今年，柘川县计划在平台上增加烘干、植保无人机等服务，并探索为种粮大户提供农机作业“先服务、后付费”的金融支持。",
        ])
    b = Article(
        "b", "宁湖镇老街改造留住“烟火气”", byline="本报讯（记者　骆青）", authors=["骆青"],
        lead="本报讯（记者　骆青）",
        notes="Interleaved with the previous article: three pieces, each switch in mid-sentence; run-in 本报讯（记者 X） "
              "excluded from first.",
        paras=[
            "青石板路、木格花窗、临街的竹编铺子……近日，经过一年多改造的宁湖镇老街重新开街，不少游客专程赶来打卡。",
            "宁湖镇老街始建于明代，全长约800米，两侧保留着120多栋传统民居。过去，老街房屋老化、管线杂乱，年轻人纷纷搬走，一度只剩下一些老人居住。改造中，镇里坚持“修旧如旧”，不搞大拆大建，对房屋进行结构加固和外立面修缮，把电线、网线全部埋入地下，同时保留了原有的街巷格局和老字号店铺。",
            "“改造前，镇里挨家挨户征求意见，能保留的老物件都保留了下来。”在老街经营了三十多年豆腐坊的居民蒋桂香说，现在街面干净了，来买豆腐花的游客多了，生意比以前好了一倍。",
            "据介绍，老街目前已引进非遗工坊、民宿、茶馆等业态42家，开街以来日均接待游客约6000人次。镇里还成立了老街商户自治委员会，共同制定经营公约，防止过度商业化。",
        ])
    A = Page.chunks(pg.render_body(a), [9, 12])
    B = Page.chunks(pg.render_body(b), [8, 9])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, A[0])
    pg.headline(b)
    pg.emit(b, B[0])
    pg.emit(a, A[1])
    pg.emit(b, B[1])
    pg.emit(a, A[2])
    pg.emit(b, B[2])
    pg.blank()
    c = Article(
        "c", "全市新建乡村快递服务站210个", byline="本报讯（通讯员　欧阳可）", authors=["欧阳可"],
        lead="本报讯（通讯员　欧阳可）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "记者从澜江市邮政管理局获悉，今年一季度，全市新建村级快递服务站210个，建制村快递服务覆盖率达到98.5%。这些服务站大多依托村邮站、农村超市和供销社网点建设，实行多家快递企业共同配送，村民在家门口就能收寄快递。一季度，全市农村地区快递业务量同比增长23%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责编：尚云帆　　电话：0731-8866××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v03() -> Page:
    """要闻 page: long 引题 over a short 主题, ——副题, 本报记者 X Y 北京报道, 记者手记 box, two short items."""
    pg = Page("v03.txt", cols=30, indent=FW * 2, blanks="never", seed=1103,
              style="要闻 page, no blank line anywhere: lead with a long 引题 (kicker, one line wider than the column) above a 7-character 主题, ——副题, byline line 本报记者 X Y 北京报道; 记者手记 box (label, headline, signed （X） at the end); 本报北京…讯（记者 X） item; 据新华社北京…电 item")
    pg.furniture(["九州经济日报", "要闻　" + cn_date(2030, 4, 17) + "　第2版"], "page header")
    a = Article(
        "a", "新动能加速成长", subtitle="——一季度规模以上高技术制造业增加值同比增长11.6%",
        byline="本报记者　严书航　顾晚晴　北京报道", authors=["严书航", "顾晚晴"],
        notes="引题 '坚持以科技创新引领产业创新　推动制造业向高端化智能化绿色化迈进' above the short 主题 is not part of the "
              "title (named here, as the subtitle holds the ——副题). Byline line with two reporters and 北京报道.",
        paras=[
            "国家统计局4月16日发布的数据显示，一季度，全国规模以上工业增加值同比增长6.2%，其中高技术制造业增加值增长11.6%，增速比全部规模以上工业快5.4个百分点，占规模以上工业增加值的比重提高到17.3%。新动能正以更快速度成长，成为支撑工业经济稳定增长的重要力量。",
            "从产品看，新能源汽车、工业机器人、集成电路等产品产量保持较快增长。一季度，新能源汽车产量同比增长24.5%，工业机器人产量增长19.8%，服务机器人产量增长31.2%。智能化、绿色化产品的市场需求持续释放，带动相关产业链上下游订单增加。",
            "从投资看，制造业技术改造投资增势良好。一季度，制造业技术改造投资同比增长10.4%，高于全部制造业投资增速2.7个百分点。设备更新政策效应持续显现，企业加大数控机床、工业软件等方面的投入，生产线数字化改造步伐加快。",
            "专家表示，高技术制造业保持较快增长，既有外部需求回暖的因素，更反映出我国产业转型升级的内生动力在增强。九州经济研究院研究员骆闻舟说：“新产业、新产品的快速成长，说明创新链和产业链的融合在加深。下阶段，要继续加大关键核心技术攻关力度，推动更多科技成果转化为现实生产力。”",
            "也要看到，部分传统行业仍面临需求不足、利润下滑等压力，中小企业生产经营困难依然较多。受访专家建议，进一步落实好结构性减税降费政策，畅通中小企业融资渠道，推动传统产业与新兴产业协同发展。",
        ])
    pg.kicker(a, "坚持以科技创新引领产业创新　推动制造业向高端化智能化绿色化迈进")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    n = Article(
        "n", "数字背后的“新”与“质”", section="记者手记", byline="（严书航）", authors=["严书航"],
        tail="（严书航）",
        notes="记者手记 box: the label is the section; signed （X） run in at the end of the last paragraph, excluded "
              "from last.",
        paras=[
            "采访中，一位企业负责人的话让记者印象深刻：“过去比的是谁的产能大，现在比的是谁的技术新、谁的产品好。”",
            "高技术制造业增速领跑，背后是千千万万家企业的主动求变。有的企业把研发投入提高到营收的一成以上，有的企业花三年时间啃下一个关键部件，也有的企业从代工转向自有品牌。这些选择未必能立刻换来漂亮的报表，却在悄悄改变一个行业的底色。",
            "新动能的成长不会一帆风顺，也需要耐心。对于政策而言，就是要给敢于创新的企业多一些支持和包容；对于企业而言，就是要沉下心来，把每一项技术做扎实。数字里的“新”，终究要落到产品和市场的“质”上。",
        ])
    pg.furniture(["记者手记"], "column label 记者手记")
    pg.headline(n)
    pg.body(n)
    i1 = Article(
        "i1", "首批国家级制造业中试平台名单公布", byline="本报北京4月16日讯（记者　霍知秋）",
        authors=["霍知秋"], lead="本报北京4月16日讯（记者　霍知秋）",
        notes="Run-in dateline 本报北京4月16日讯（记者 X） excluded from first.",
        paras=[
            "工业和信息化部16日公布首批国家级制造业中试平台名单，共有46家平台入选，覆盖新材料、高端装备、生物制造、电子信息等领域。入选平台将面向行业提供中试验证、工艺放大、检验检测等公共服务，帮助科技成果跨越从实验室到生产线的“死亡之谷”。",
            "工业和信息化部有关负责人表示，将加大对中试平台的资金和政策支持，力争到2032年建成覆盖主要制造业领域的中试服务网络。",
        ])
    i2 = Article(
        "i2", "3月份全社会用电量同比增长7.1%", byline="据新华社北京4月16日电",
        lead="据新华社北京4月16日电　",
        notes="Run-in 据新华社北京…电 excluded from first; no person named, no author.",
        paras=[
            "国家能源局16日发布数据，3月份全社会用电量同比增长7.1%。分产业看，第一产业用电量增长9.6%，第二产业用电量增长6.3%，第三产业用电量增长9.0%；城乡居民生活用电量增长6.2%。一季度，全社会用电量累计同比增长6.8%，其中充换电服务业用电量增长超过五成。",
        ])
    for art in (i1, i2):
        pg.headline(art)
        pg.body(art)
    pg.furniture(["责任编辑：宋嘉　　版式：冯小川　　校对：闻樱"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v04() -> Page:
    """Magazine 封面故事 opening page: standfirst, 文/X 编辑/Y, pull quotes and a photo caption inside the body."""
    pg = Page("v04.txt", cols=28, indent="  ", blanks="para", seed=1104,
              style="magazine 封面故事 opening page: headline, 导语 standfirst set without indent (body indented with ASCII spaces), credits line 文/X　编辑/Y, crossheads, two pull quotes printed again inside the text (both in mid-sentence), a photo caption ▲… 摄影/X cutting a sentence of the body (brief), header 封面故事｜COVER STORY, footer ·18· magazine name and issue")
    pg.furniture(["封面故事｜COVER STORY"], "magazine page header")
    pg.blank()
    a = Article(
        "a", "一座老港的“数字突围”", byline="文/裴知遥　编辑/柯雨", authors=["裴知遥"],
        notes="The 导语 standfirst (no indent, between headline and credits) is neither subtitle nor body. The credits "
              "line 文/X　编辑/Y is the byline; only the writer is an author, not the editor. Two pull quotes repeat "
              "the text and are not body; the photo caption (a brief of its own) cuts a sentence; so the body is in "
              "pieces. Crossheads are body.",
        paras=[
            "凌晨两点，澜江港三期码头灯火通明，却几乎看不到人影。十几台桥吊有条不紊地抓起集装箱，无人驾驶的集卡沿着地面上看不见的“轨道”来回穿梭，把箱子送到堆场指定位置。",
            "距离码头两公里外的生产调度中心里，35岁的远程操控员邵明远盯着面前的六块屏幕，手指轻点操纵杆。“以前在桥吊驾驶室里一坐就是十二个小时，低头看箱子，颈椎都落下了毛病。现在坐在办公室里，一个人能同时照看三台桥吊。”",
            Cross("老港的“中年危机”"),
            "澜江港的历史可以追溯到清末。上世纪九十年代，这里曾是全省最繁忙的港口之一。但进入新世纪后，随着周边几个深水大港相继建成，澜江港航道水深不足、码头设施陈旧的短板日益突出，货源不断流失。",
            "“最困难的时候，一年吞吐量还不到80万标箱，码头上一半的桥吊都在‘晒太阳’。”澜江港务集团副总经理韦思源回忆。2025年，集团决定拿出三期码头做自动化改造，“这是一场输不起的仗”。",
            "改造没有照搬新建自动化码头的做法。三期码头是在老码头上边生产边改造，既不能停工，也不能大规模拆除原有设施。技术团队为此研发了一套“混合作业”系统，让自动化设备和人工设备在同一片作业区里协同运转，用了两年时间分批完成改造。",
            Cross("数据成了新“吊钩”"),
            "自动化只是第一步。在韦思源看来，真正让老港脱胎换骨的，是数据。",
            "如今，每一个进出港的集装箱都有一个数字“身份证”，从船舶靠泊、装卸、堆存到提离，全流程数据实时上传到港口的智能管控平台。平台可以提前48小时根据船期预测作业量，自动排定桥吊和集卡的作业计划，船舶平均在港时间缩短了近三成。",
            "数据也在打通港口与腹地。澜江港与铁路部门、海关和周边二十多家物流企业实现了数据共享，货主在手机上就能查询集装箱的实时位置，报关、提箱等手续全部线上办理。2029年，澜江港集装箱吞吐量达到186万标箱，是改造前的两倍多。",
            Cross("转身之后的新考题"),
            "老港的转身并非没有代价。三期改造累计投入约32亿元，相当于集团过去十年利润的总和。自动化设备的运维对人才提出了更高要求，港口原有的一千多名码头工人，有的经过转岗培训成了远程操控员和设备维护员，也有一部分人选择了离开。",
            "更大的考验来自竞争。周边港口也在加快智慧化建设，单靠自动化已经难以形成明显优势。韦思源坦言，下一步澜江港要在多式联运和航运服务上找突破，“码头的效率提上来了，还要让货主觉得在澜江港走货更省钱、更省心”。",
            "天色渐亮，一艘满载集装箱的货轮缓缓驶离码头。调度中心的大屏上，下一艘船的作业计划已经自动生成。",
        ])
    cap = Article(
        "cap", None, kind="brief", byline="摄影/骆川", authors=["骆川"], lead="▲", tail="　摄影/骆川",
        notes="Photo caption printed inside the cover story, in the middle of one of its sentences; filed as a brief "
              "without headline. The ▲ mark is excluded from first; the credit 摄影/X run in at the end is the byline "
              "(excluded from last); the photographer is the brief's author.",
        paras=["澜江港三期自动化码头，无人驾驶集卡在堆场与岸桥之间往返作业。"])
    pg.headline(a)
    pg.gap()
    pg.furniture(wrap("百年老港澜江港，曾因航道淤浅、码头陈旧一度被认为“跟不上时代”。五年间，这里建成了全省首个全自动化集装箱码头，吞吐量逆势翻番。一座老港的转身，折射出传统基础设施数字化改造的路径与难题。", 28),
                 "导语 standfirst (neither subtitle nor body)")
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    p1, p2, p3, p4 = Page.chunks(items, [18, 7, 9])
    pg.emit(a, p1)
    pg.gap()
    pg.furniture(["“这是一场", "输不起的仗”"], "pull quote 1")
    pg.gap()
    pg.emit(a, p2)
    pg.gap()
    pg.body(cap, cols=22, indent="")
    pg.gap()
    pg.emit(a, p3)
    pg.gap()
    pg.furniture(["“码头的效率提上来了，", "还要让货主觉得", "在澜江港走货更省钱、更省心”"], "pull quote 2")
    pg.gap()
    pg.emit(a, p4)
    pg.gap()
    pg.furniture(["·18·　澜江经贸　2030.05"], "footer with page number, magazine name and issue")
    return pg


PAGES = [v01, v02, v03, v04]
