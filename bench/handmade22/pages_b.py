"""Pages g05-g08 of handmade22 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def g05() -> Page:
    """观点 page, NO indent: label 专家观点 over a roundup (headline, byline line 本报记者 X　整理, intro paragraph,
    four experts each introduced by a line post　NAME); label 经济时评 over a comment with byline line
    NAME（post）; label 微观察 over a comment with 文／X; 更正 notice."""
    pg = Page("g05.txt", cols=36, indent="", blanks="some", seed=2205, p_para=0.5, p_gap=0.85,
              style="national economic daily 观点 page, NO indent: header on three lines (版名 观点, paper, date with weekday + page number); label 专家观点 over a roundup: headline ending with a question-like phrase, byline line 本报记者 X　整理, an intro paragraph by the reporter, then four experts, each introduced by a line of its own post　NAME (九州大学经济学院教授　X) over one paragraph; label 经济时评 over a comment whose byline line is NAME（post） in brackets; label 微观察 over a comment with byline line 文／X; 更正 notice (label, text naming an earlier issue, page and headline, right-aligned 本报编辑部); footer with editor and proof-reader")
    pg.furniture(["观点",
                  "华衡经济日报",
                  cn_date(2034, 5, 9) + "　9"], "page header")
    pg.blank()
    a = Article(
        "a", "消费回暖势头能否延续", section="专家观点",
        byline="本报记者　梁雪樵　整理", authors=["梁雪樵"],
        notes="Expert roundup under the label 专家观点 (section), byline line 本报记者 X　整理 (the compiler is the "
              "author). The intro paragraph is body; each expert is introduced by a line of its own post　NAME: "
              "these four lines are part of the body (as the speaker lines of z02 of handmade15). The experts "
              "(贺闻舟, 顾月笙, 路遥岑, 宋知白) are not authors. Kind article (compiled by a reporter).",
        paras=[
            "一季度，全国社会消费品零售总额同比增长5.9%，最终消费支出对经济增长的贡献率达到68.2%。消费回暖的动力来自哪里？势头能否延续？下一步扩大消费应从哪些方面发力？本报记者就此采访了多位专家。",
            Cross("九州大学经济学院教授　贺闻舟"),
            "消费回暖首先得益于就业和收入的稳定。一季度全国居民人均可支配收入实际增长5.4%，与经济增长基本同步，为消费恢复提供了基础。从结构看，服务消费的拉动作用更加突出，旅游、文娱、体育等领域消费增速明显快于商品消费。只要收入预期保持稳定，消费回暖的势头就有望延续。",
            Cross("华衡宏观经济研究院副院长　顾月笙"),
            "以旧换新政策对耐用品消费的带动效应比较明显，但要注意政策“透支”效应。汽车、家电等耐用品的更新周期较长，政策集中释放的需求可能会在下半年有所回落。建议政策从“补购买”向“补使用”延伸，比如完善充电设施、降低使用成本，让消费者愿意买、用得起。",
            Cross("启明证券首席经济学家　路遥岑"),
            "居民消费倾向仍有提升空间。当前居民储蓄意愿依然较强，一个重要原因是对养老、医疗、教育等方面的支出存在顾虑。扩大消费不能只靠短期刺激，更要通过完善社会保障、稳定房地产市场，减少居民的后顾之忧，把“能消费”转化为“愿消费”。",
            Cross("中洲发展研究中心研究员　宋知白"),
            "县域和农村是扩大消费的潜力所在。随着县域商业体系不断完善、快递进村加快推进，农村居民消费增速已连续多个季度快于城镇居民。下一步要补齐县域商业设施和物流配送短板，同时丰富适合农村市场的商品和服务供给。",
        ])
    pg.furniture(["专家观点"], "column label 专家观点")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "让“首发经济”更有烟火气", section="经济时评", kind="commentary",
        byline="郁清和（九州财经大学教授）", authors=["郁清和"],
        notes="Comment under the label 经济时评 (section). **new:** byline line NAME（post） with the writer's post in "
              "brackets after the name: byline as printed, the name is the author. Commentary.",
        paras=[
            "今年以来，多地出台支持“首发经济”的政策措施，品牌首店、新品首发、首秀首展接连落地，成为商圈引流、消费升级的新亮点。据不完全统计，一季度全国重点城市新开品牌首店超过1100家，同比增长约两成。",
            "首发经济的热度值得肯定，但也要防止一窝蜂。一些城市把首店数量当作考核指标，竞相比拼补贴力度，导致部分首店“开业即巅峰”，热闹一阵便门可罗雀。首店的价值不在于“首”，而在于能否持续带来新产品、新服务和新体验。",
            "发展首发经济，既要有“高大上”的国际品牌，也要有接地气的本土新品。要鼓励本土企业把新品发布放在家门口，支持老字号推出联名款、创新款，让首发经济更有烟火气，真正成为满足群众多样化需求的有效途径。",
        ])
    pg.furniture(["经济时评"], "column label 经济时评")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "数据要素市场需要“好规则”", section="微观察", kind="commentary",
        byline="文／郑望舒", authors=["郑望舒"],
        notes="Short comment under the label 微观察 (section), byline line 文／X. Commentary.",
        paras=[
            "数据被视为新型生产要素，但数据交易市场的活跃度仍然不高。不少企业反映，数据“不敢卖、不会买、不好定价”，根源在于确权、定价、收益分配等基础规则还不健全。",
            "培育数据要素市场，规则先行。要加快明确数据资源持有权、数据加工使用权、数据产品经营权的边界，建立公允的数据资产评估方法，同时压实数据安全责任。规则清楚了，市场主体才能放心参与，数据的价值才能充分释放。",
        ])
    pg.furniture(["微观察"], "column label 微观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["更正"] + wrap("本报5月8日第6版《一季度全国快递业务量同比增长18.3%》一文中，“业务收入3162亿元”应为“业务收入3126亿元”。特此更正，并向读者致歉。", 36)
                 + [FW * 31 + "本报编辑部"], "更正 notice (correction; not an article)")
    pg.blank()
    pg.furniture(["本版编辑：景如晦　　校对：邱白"], "footer")
    return pg


# ---------------------------------------------------------------------------
def g06() -> Page:
    """金融 daily 要闻 page indented with ONE U+3000 and NO blank line anywhere: lead with a two-line headline and
    run-in 本报北京5月10日讯（记者 X）; wire 九通社望潮…电（记者 X、Y）…（完）; article with byline line 本报记者 X;
    item signed （记者 X） at the end; exchange-rate box at the foot."""
    pg = Page("g06.txt", cols=27, indent=FW, blanks="never", seed=2206,
              style="金融时报-like 要闻 page indented with ONE U+3000 and NO blank line anywhere: header on three lines (2　要闻; paper + date with weekday; 责任编辑 and 校对); lead with a headline on two lines (M2 in the first) and the run-in 本报北京5月10日讯（记者 X）, an economist quoted; wire item with run-in 九通社望潮5月10日电（记者 X、Y） and （完） at the end; article with byline line 本报记者 X; item signed （记者 X） run in at the end; box of the day's exchange-rate central parities (title and four rows) and an advertising hotline at the foot")
    pg.furniture(["2　要闻",
                  "启明金融时报　" + cn_date(2034, 5, 11),
                  "责任编辑：江问渠　　校对：俞寒"], "page header")
    a = Article(
        "a", "4月末M2余额同比增长8.1%社融存量增速保持平稳",
        head=["4月末M2余额同比增长8.1%", "社融存量增速保持平稳"],
        byline="本报北京5月10日讯（记者　易沉舟）", authors=["易沉舟"],
        lead="本报北京5月10日讯（记者　易沉舟）",
        notes="Headline on two lines (two clauses), joined. Run-in 本报北京5月10日讯（记者 X） excluded from first. The "
              "economist quoted (姚慎行) is not an author.",
        paras=[
            "央行10日发布的金融统计数据显示，4月末，广义货币（M2）余额312.46万亿元，同比增长8.1%；狭义货币（M1）余额70.23万亿元，同比增长2.6%。前4个月人民币贷款增加9.86万亿元。",
            "社会融资规模方面，4月末社会融资规模存量为412.8万亿元，同比增长8.7%。前4个月社会融资规模增量累计为14.31万亿元，比上年同期多1.02万亿元，其中政府债券净融资4.26万亿元，是主要的拉动因素。",
            "望潮财经大学金融研究院副院长姚慎行分析，4月份信贷增长呈现季节性回落，但结构持续优化，制造业中长期贷款、普惠小微贷款增速均高于各项贷款平均增速。随着专项债发行提速、政策性金融工具落地，后续信贷投放有望保持合理增长。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "望潮证券交易所优化创新企业上市标准",
        byline="九通社望潮5月10日电（记者　冉知遥、董一凡）", authors=["冉知遥", "董一凡"],
        lead="九通社望潮5月10日电（记者　冉知遥、董一凡）", tail="（完）",
        notes="Wire item: run-in 九通社望潮5月10日电（记者 X、Y） excluded from first, "
              "（完） at the end excluded from last.",
        paras=[
            "望潮证券交易所10日发布修订后的创新企业上市审核规则，对尚未盈利的硬科技企业设置更加精细的市值和研发投入标准，同时强化对发行人核心技术真实性的核查。",
            "据介绍，修订后的规则将于6月1日起施行。交易所有关负责人表示，此次修订坚持“支持与规范并重”，既为处于关键核心技术攻关阶段的企业打开融资通道，也通过压实中介机构责任，防止“带病闯关”。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "一季度末商业银行不良贷款率稳中有降",
        byline="本报记者　阮青禾", authors=["阮青禾"],
        notes="Byline line 本报记者 X under the headline.",
        paras=[
            "金融监管部门最新数据显示，一季度末，商业银行不良贷款余额3.38万亿元，不良贷款率1.57%，较上年末下降0.02个百分点；拨备覆盖率为206.4%，资本充足率为15.41%，整体风险抵补能力较强。",
            "分机构看，大型商业银行和股份制银行不良贷款率保持平稳，农村商业银行不良贷款率较上年末下降0.11个百分点，但仍处于相对较高水平。业内人士表示，中小银行要继续加快不良资产处置，同时拓宽资本补充渠道。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    d = Article(
        "d", "全国首单水电公募REITs扩募获批",
        byline="（记者　方小渔）", authors=["方小渔"], tail="（记者　方小渔）",
        notes="Item signed （记者 X） run in at the end, excluded from last. Headline with a Latin word (REITs).",
        paras=[
            "记者10日获悉，全国首单水电基础设施公募REITs扩募申请日前获得批复。此次扩募拟购入两座装机容量合计42万千瓦的水电站，募集资金约18.6亿元。业内人士表示，扩募有利于盘活存量清洁能源资产，为新项目建设筹集资金。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["5月10日人民币汇率中间价",
                  "1美元　　7.0846元",
                  "1欧元　　7.6512元",
                  "100日元　4.6235元",
                  "1英镑　　8.9147元",
                  "广告热线：010-6388××××"], "exchange-rate box and advertising hotline (not articles)")
    return pg


# ---------------------------------------------------------------------------
def g07() -> Page:
    """产经 daily 产业 page: lead with ——副题 and byline line 本报记者 X　通讯员 Y, photo caption after it; an
    article whose headline, ——副题 and byline line are all printed AFTER its body; run-in 本报讯（记者 X　通讯员 Y）;
    wire item with （完） on a line of its own."""
    pg = Page("g07.txt", cols=32, indent="  ", blanks="some", seed=2207, p_para=0.3, p_gap=0.8,
              style="产经报 产业·制造 page indented with two ASCII spaces: header on three lines (paper; date with weekday + page number; 版名); lead with ——副题 and byline line 本报记者 X　通讯员 Y, then a photo caption with credit X　摄; then an article whose body comes FIRST and whose headline, ——副题 and byline line 本报记者 X are printed AFTER it (its body follows the lead's photo caption); run-in 本报讯（记者 X　通讯员 Y） item; wire item with run-in 九通社澄阳5月11日电（记者 X） and the end mark （完） on a line of its own; footer with editor, designer and proof-reader")
    pg.furniture(["中洲产经报",
                  cn_date(2034, 5, 12) + "　3",
                  "产业·制造"], "page header")
    pg.blank()
    a = Article(
        "a", "工业母机企业订单排到三季度", subtitle="——澄阳数控机床产业集群走访记",
        byline="本报记者　纪云深　通讯员　闵悦", authors=["纪云深", "闵悦"],
        notes="——副题 is the subtitle; byline line 本报记者 X　通讯员 Y: both are authors. The photo caption with credit "
              "after the body is not body. People quoted (冼一航) are not authors.",
        paras=[
            "“五轴联动加工中心现在是最紧俏的产品，订单已经排到了三季度。”5月上旬，在澄阳市一家数控机床企业的装配车间，生产部经理冼一航一边查看排产表一边告诉记者。今年前4个月，该企业销售收入同比增长34%，其中高端五轴机床占比首次超过四成。",
            "澄阳是国内重要的数控机床生产基地，聚集了整机及功能部件企业170余家。去年以来，随着新能源汽车、航空航天、模具等下游行业设备更新需求释放，当地机床企业订单明显回暖。数据显示，一季度澄阳数控机床产量同比增长21.6%，出口交货值增长29.3%。",
            "订单回暖的背后，是企业多年来在核心部件上的持续投入。过去，国产高端机床的数控系统、电主轴等关键部件主要依赖进口，交货周期长、成本高。近年来，澄阳依托本地龙头企业组建创新联合体，攻克了高速电主轴、高精度光栅尺等一批关键技术，功能部件本地配套率由30%提高到55%。",
            "不过，多位企业负责人也坦言，在超精密加工、可靠性等方面，国产机床与国际先进水平仍有差距。澄阳市工信局负责人表示，下一步将设立机床产业专项基金，支持企业开展首台（套）应用验证，推动更多国产高端机床进入主流用户的生产线。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["图为澄阳一家机床企业的装配车间。　纪云深　摄"], "photo caption with credit (not body)")
    pg.gap()
    b = Article(
        "b", "一季度全国工业机器人产量增长27.4%", subtitle="——服务机器人产量增速更快",
        byline="本报记者　舒晚晴", authors=["舒晚晴"],
        notes="Headline, ——副题 and byline line all printed AFTER the body (the body starts right after the lead's "
              "photo caption). The alliance official quoted (简叔同) is not an author.",
        paras=[
            "统计部门数据显示，一季度全国工业机器人产量为14.2万套，同比增长27.4%；服务机器人产量为312万套，增长35.8%。从应用领域看，汽车、电子、锂电池等行业仍是工业机器人的主要用户，金属加工、食品、医药等行业的应用增长较快。",
            "“过去企业买机器人主要是为了‘换人’，现在越来越多企业是为了提升质量和柔性生产能力。”九州机器人产业联盟秘书长简叔同说，随着国产机器人在精度、稳定性上的提升，国产品牌的市场占有率已超过55%。",
            "业内人士同时提醒，部分中低端机器人领域已出现同质化竞争和价格战苗头，企业应在核心零部件、行业应用方案等方面加强创新，避免低水平重复建设。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "栖川首个氢能重卡加氢走廊建成",
        byline="本报讯（记者　伍思源　通讯员　唐砚）", authors=["伍思源", "唐砚"],
        lead="本报讯（记者　伍思源　通讯员　唐砚）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. Its headline follows the "
              "previous article's byline line.",
        paras=[
            "5月11日，栖川市首个氢能重卡加氢走廊正式建成投运。该走廊全长186公里，沿线布局加氢站5座，日加氢能力合计达到6吨，可满足约300辆氢能重卡的运营需求。",
            "据介绍，走廊沿线串联了栖川港、两个大型物流园区和三家钢铁企业，主要服务于矿石、钢材等大宗货物的短途运输。按照规划，到2036年栖川将推广氢能重卡1500辆，每年可减少二氧化碳排放约12万吨。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "全国首个工业软件开源社区上线",
        byline="九通社澄阳5月11日电（记者　孔令真）", authors=["孔令真"],
        lead="九通社澄阳5月11日电（记者　孔令真）",
        notes="Wire item: run-in 九通社澄阳5月11日电（记者 X） excluded from first. **new:** the end mark （完） on a line "
              "of its own after the text is not body. The institute head quoted (贝怀远) is not an author.",
        paras=[
            "由多家软件企业、高校和科研院所联合发起的工业软件开源社区11日在澄阳上线。社区首批发布了计算机辅助设计内核、工业数据采集协议等12个开源项目，吸引注册开发者1.2万名。",
            "社区发起方之一、澄阳工业软件研究院院长贝怀远表示，开源模式有助于降低中小企业使用工业软件的门槛，加快国产工业软件迭代升级。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.furniture(["（完）"], "end mark （完） on a line of its own (not body)")
    pg.blank()
    pg.furniture(["责任编辑：洪一川　　美术编辑：单小雨　　校对：蔺知书"], "footer")
    return pg


# ---------------------------------------------------------------------------
def g08() -> Page:
    """区域 page strip of a 12-character column indented with ONE U+3000: label 区域快报 over four items whose
    headlines are letter-spaced across the column (U+3000) on two lines, three of them broken in mid-word;
    run-in datelines 本报雁宁5月12日讯（记者 X）, 本报临溪…讯（通讯员 X　记者 Y）, 本报讯（记者 X）; byline line wider
    than the column."""
    pg = Page("g08.txt", cols=12, indent=FW, blanks="para", seed=2208,
              style="national economic daily 区域 page strip of a 12-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines; label 区域快报 over four items whose headlines are letter-spaced with U+3000 across the column, each on two lines, three of them broken in MID-WORD (雁　宁　国　际　货 / 运　班　列　首　发); run-in datelines 本报雁宁5月12日讯（记者 X） and 本报临溪5月12日讯（通讯员 X　记者 Y） wrapped over several lines, run-in 本报讯（记者 X）; byline line 记者 X　通讯员 Y wider than the column; footer wider than the column")
    pg.furniture(["华衡经济日报", cn_date(2034, 5, 13), "11　区域"], "page header")
    pg.blank()
    pg.furniture(["区域快报"], "column label 区域快报")
    pg.blank()
    items = [
        Article("a", "雁宁国际货运班列首发",
                byline="本报雁宁5月12日讯（记者　钱照影）", authors=["钱照影"],
                lead="本报雁宁5月12日讯（记者　钱照影）",
                notes="Item of the 区域快报 strip (section). Headline letter-spaced with U+3000 across the column and "
                      "broken over two lines in mid-word, joined unspaced. Run-in dateline 本报雁宁5月12日讯（记者 X）, "
                      "wrapped over three lines, excluded from first.",
                paras=[
                    "12日上午，满载电子产品、光伏组件和家居用品的X9017次国际货运班列从雁宁国际陆港驶出，将经由西部口岸出境，约16天后抵达维斯贝里。",
                    "这是雁宁开行的首条直达欧洲的货运班列线路，全程运输时间比海运缩短近一半。",
                ]),
        Article("b", "临溪县茶叶出口同比翻番",
                byline="本报临溪5月12日讯（通讯员　甘露　记者　卓思齐）", authors=["甘露", "卓思齐"],
                lead="本报临溪5月12日讯（通讯员　甘露　记者　卓思齐）",
                notes="Item of the 区域快报 strip (section). Letter-spaced headline on two lines, joined. Run-in "
                      "本报临溪5月12日讯（通讯员 X　记者 Y） (通讯员 first) excluded from first; both are authors.",
                paras=[
                    "临溪县海关部门统计显示，今年前4个月，该县出口茶叶1860吨，货值4120万元，同比分别增长112%和96%，产品销往中亚、中东等18个国家和地区。",
                    "近年来，临溪引导茶企开展国际认证，推广绿色防控技术，全县已有37家茶企获得出口备案资质。",
                ]),
        Article("c", "枫渡设立10亿元科创基金",
                byline="本报讯（记者　陶望远）", authors=["陶望远"], lead="本报讯（记者　陶望远）",
                notes="Item of the 区域快报 strip (section). Letter-spaced headline (digits kept whole), joined. Run-in "
                      "本报讯（记者 X） excluded from first.",
                paras=[
                    "枫渡市近日设立总规模10亿元的科技创新母基金，重点投向集成电路、生物医药、低空经济等领域的初创期和成长期企业。基金采取“母基金＋子基金”模式运作，预计可撬动社会资本40亿元以上。",
                ]),
        Article("d", "白鹭港吞吐量增长9.2%",
                byline="记者　晏清　通讯员　邬小北", authors=["晏清", "邬小北"],
                notes="Item of the 区域快报 strip (section). Letter-spaced headline, joined. Byline line 记者 X　通讯员 Y "
                      "(wider than the column) under the headline; both are authors.",
                paras=[
                    "白鹭港务集团发布数据，一季度白鹭港完成货物吞吐量1.36亿吨，同比增长9.2%；集装箱吞吐量412万标准箱，增长11.7%。",
                    "其中，外贸集装箱航线新增5条，通达国家和地区增至46个。",
                ]),
    ]
    for i, art in enumerate(items):
        art.section = "区域快报"
        if i:
            pg.gap()
        pg.headline(art, spread_cols=12)
        if not art.lead:
            pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
    pg.blank()
    pg.furniture(["本版编辑：牧之远　　校对：凌夏"], "footer")
    return pg


PAGES = [g05, g06, g07, g08]
