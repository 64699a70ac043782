"""Pages g09-g12 of handmade22 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap

RULE = "—" * 22


# ---------------------------------------------------------------------------
def g09() -> Page:
    """News agency's 经济信息专线 bulletin as analysts file it: five wire items, each headline + run-in dateline
    九通社X5月8日电（记者 X[、Y]）; （完） run in or on a line of its own; ［责任编辑：X］ lines; rule lines between
    items; header and footer of the bulletin (issue number, distribution notice, duty editors)."""
    pg = Page("g09.txt", cols=44, indent="", blanks="para", seed=2209,
              style="news agency 经济信息专线 bulletin (wire copy as analysts file it), NO indent, a blank line between paragraphs and blocks: header on four lines (agency and 专线 name, English name, date with weekday + 第1286期, rule line); five wire items, each a headline line over a run-in dateline 九通社北京5月8日电（记者 X、Y） / （记者 X） / 九通社维斯贝里…电（记者 X）; the end mark （完） run in at the end of three items and on a line of its own after one, one item with none; an editor line ［责任编辑：X］ after two items; rule lines of 22 dashes between items; footer (rule, distribution notice, 值班主任 / 值班编辑 / 签发 line)")
    pg.furniture(["九州通讯社　经济信息专线",
                  "JIUZHOU NEWS AGENCY · ECONOMIC WIRE",
                  cn_date(2034, 5, 8) + "　第1286期",
                  RULE], "bulletin header")
    pg.blank()
    a = Article(
        "a", "4月份全国CPI同比上涨0.6%",
        byline="九通社北京5月8日电（记者　柏川、林知秋）", authors=["柏川", "林知秋"],
        lead="九通社北京5月8日电（记者　柏川、林知秋）", tail="（完）",
        notes="Wire item: run-in dateline 九通社北京5月8日电（记者 X、Y） excluded from first, （完） run in at the end "
              "excluded from last. The editor line ［责任编辑：X］ after it is not body; the statistician quoted "
              "(莫惊春) is not an author.",
        paras=[
            "统计部门8日发布数据，4月份，全国居民消费价格指数（CPI）同比上涨0.6%，涨幅比上月扩大0.2个百分点；环比下降0.1%。1至4月平均，全国居民消费价格比上年同期上涨0.4%。",
            "从结构看，食品价格同比下降1.3%，其中猪肉价格下降6.8%，鲜菜价格上涨4.1%；非食品价格上涨1.0%，其中服务价格上涨1.2%。扣除食品和能源价格的核心CPI同比上涨0.9%，涨幅保持稳定。",
            "统计部门城市司首席统计师莫惊春解读说，4月份消费市场继续恢复，出行和文娱需求较旺，带动服务价格上涨；国际油价波动下行，国内汽油、柴油价格有所下降。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["［责任编辑：丁若水］"], "editor line (not body)")
    pg.gap()
    pg.furniture([RULE], "rule line")
    pg.gap()
    b = Article(
        "b", "4月份全国PPI同比下降1.2%",
        byline="九通社北京5月8日电（记者　林知秋）", authors=["林知秋"],
        lead="九通社北京5月8日电（记者　林知秋）",
        notes="Wire item: run-in dateline excluded from first. The end mark （完） on a line of its own and the editor "
              "line after it are not body.",
        paras=[
            "统计部门8日发布数据，4月份，全国工业生产者出厂价格指数（PPI）同比下降1.2%，降幅比上月收窄0.5个百分点；环比持平。工业生产者购进价格同比下降1.6%。",
            "分析人士认为，随着大宗商品价格企稳和部分行业“反内卷”措施推进，PPI同比降幅有望继续收窄。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.furniture(["（完）"], "end mark （完） on a line of its own (not body)")
    pg.gap()
    pg.furniture(["［责任编辑：丁若水］"], "editor line (not body)")
    pg.gap()
    pg.furniture([RULE], "rule line")
    pg.gap()
    c = Article(
        "c", "一季度全国网上零售额增长9.8%",
        byline="九通社北京5月8日电（记者　方伊人）", authors=["方伊人"],
        lead="九通社北京5月8日电（记者　方伊人）", tail="（完）",
        notes="Wire item: run-in dateline excluded from first, （完） excluded from last.",
        paras=[
            "商务部门8日发布数据，一季度全国网上零售额3.74万亿元，同比增长9.8%。其中，实物商品网上零售额3.12万亿元，增长8.6%，占社会消费品零售总额的比重为26.4%。",
            "从品类看，智能穿戴设备、户外用品、绿色家电网上零售额分别增长32.5%、27.1%和24.3%；在线旅游、在线餐饮等服务消费增长较快。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture([RULE], "rule line")
    pg.gap()
    d = Article(
        "d", "卡斯特兰4月出口同比增长4.6%",
        byline="九通社维斯贝里5月8日电（记者　白屿舟）", authors=["白屿舟"],
        lead="九通社维斯贝里5月8日电（记者　白屿舟）",
        notes="Wire item from an invented foreign capital: run-in dateline excluded from first. No end mark. The "
              "minister quoted (费尔南多·奥利维拉) is not an author.",
        paras=[
            "卡斯特兰国家统计局8日公布的数据显示，该国4月出口额同比增长4.6%，进口额同比下降1.9%，贸易顺差扩大至38亿美元。卡斯特兰经济部长费尔南多·奥利维拉表示，机械设备和农产品出口增长较快，对亚洲市场出口增长12.3%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture([RULE], "rule line")
    pg.gap()
    e = Article(
        "e", "国内成品油价格迎来年内第四次下调",
        byline="九通社北京5月8日电（记者　柏川）", authors=["柏川"],
        lead="九通社北京5月8日电（记者　柏川）", tail="（完）",
        notes="Wire item of one paragraph: run-in dateline excluded from first, （完） excluded from last.",
        paras=[
            "发展改革部门8日发布消息，根据近期国际市场油价变化情况，按照现行成品油价格形成机制，自5月8日24时起，国内汽油、柴油价格每吨分别降低165元和155元。这是今年以来国内成品油价格第四次下调。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture([RULE,
                  "本专线稿件仅供订户内部参考，未经九州通讯社授权不得转载、摘编",
                  "值班主任：聂怀瑾　　值班编辑：丁若水　　签发：唐问樵"], "bulletin footer")
    return pg


# ---------------------------------------------------------------------------
def g10() -> Page:
    """商报 消费·市场 page extracted with a blank line after every line: headlines letter-spaced (across the
    column in two halves with U+3000; single ASCII spaces; two given lines); ◇本报记者 X; run-in 本报讯（记者 X）;
    department-store advertisement; byline line 本报记者 X　实习生 Y."""
    pg = Page("g10.txt", cols=20, indent="  ", blanks="every", seed=2210,
              style="商报 消费·市场 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines; every headline letter-spaced: the lead's spread over two lines with U+3000 and broken in mid-word (五　一　假　期　重　点　商 / 圈　客　流　增　长　三　成), one with single ASCII spaces on one line (with quotation marks), one on two lines of its two clauses with single spaces; byline line ◇本报记者 X; run-in 本报讯（记者 X）; department-store ADVERTISEMENT (广告, store and sale name, offers, dates, address, hotline) between articles; byline line 本报记者 X　实习生 Y; footer with editor and 组版")
    pg.furniture(["鸿衢商报　" + cn_date(2034, 5, 15), "第6版　消费·市场"], "page header")
    a = Article(
        "a", "五一假期重点商圈客流增长三成",
        byline="◇本报记者　辛若谷", authors=["辛若谷"],
        notes="Headline letter-spaced with U+3000 across the column, in two halves broken in mid-word (商 / 圈), "
              "joined unspaced. Byline line ◇本报记者 X (the ◇ is a mark). The operator quoted is not an author.",
        paras=[
            "记者从鸿衢市商务部门获悉，“五一”假期，全市12个重点商圈累计接待客流1860万人次，同比增长31.2%；重点监测的零售和餐饮企业实现销售额42.7亿元，增长18.6%。",
            "夜间消费表现亮眼。假期期间，鸿衢老城步行街晚6时以后的客流占全天的六成以上，沿街餐饮门店普遍延长营业时间至凌晨。“今年推出的沉浸式夜游项目很受欢迎，不少外地游客专程来打卡。”步行街运营方负责人说。",
            "以旧换新继续带动家电、数码产品消费。全市参与以旧换新活动的门店假期内销售家电3.6万台，手机、平板电脑等数码产品销售额同比增长27%。",
        ])
    pg.headline(a, spread_cols=20)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "社区菜店试水“一刻钟”配送",
        byline="本报讯（记者　苗一禾）", authors=["苗一禾"], lead="本报讯（记者　苗一禾）",
        notes="Headline letter-spaced with single ASCII spaces on one line, written unspaced. Run-in "
              "本报讯（记者 X） excluded from first. The shop owner quoted (谷秋生) is not an author.",
        paras=[
            "今年以来，鸿衢市已有86家社区菜店接入“一刻钟便民生活圈”配送平台，居民线上下单后，最快15分钟即可收到蔬菜、肉蛋等生鲜商品。",
            "“老年人不太会用手机，我们就保留了电话订货，每天下午还会送两趟。”望江社区一家菜店的店主谷秋生说，开通配送后，店里的日均订单量增加了四成。市商务部门表示，今年将推动社区菜店配送服务覆盖全市80%以上的社区。",
        ])
    pg.headline(b, spread_cols=20)
    pg.body(b)
    pg.furniture(["广告",
                  "鸿衢百货　年中庆",
                  "全场满300减50",
                  "会员积分享双倍",
                  "活动时间：6月1日—6月18日",
                  "地址：鸿衢市北门大街188号",
                  "咨询热线：400-812-6××8"], "department-store advertisement (not an article)")
    d = Article(
        "d", "金价高位震荡金饰消费趋于理性",
        byline="本报记者　池晚　实习生　花满溪", authors=["池晚", "花满溪"],
        notes="Headline of two clauses printed on two lines, each letter-spaced with single ASCII spaces, joined "
              "unspaced. Byline line 本报记者 X　实习生 Y: both are authors. The shop manager quoted is not.",
        paras=[
            "受国际金价高位震荡影响，近期鸿衢市场金饰零售价格维持在每克720元以上。记者走访多家金店发现，消费者购买金饰更趋理性，小克重、轻工艺的产品更受青睐。",
            "“以前顾客动辄买几十克的手镯，现在更多是几克的小吊坠、转运珠。”一家老字号金店的店长说，4月以来，门店金饰销量同比下降约15%，但以旧换新业务量增长了一倍多。业内人士提醒，黄金价格波动较大，消费者不宜盲目跟风投资。",
        ])
    pg.headline(d, lines=["金 价 高 位 震 荡", "金 饰 消 费 趋 于 理 性"])
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["编辑：鲁小川　　组版：包一诺"], "footer")
    return pg


# ---------------------------------------------------------------------------
def g11() -> Page:
    """产经报 能源 page: lead with ——副题 and byline line 文／本报记者 X　图／本报记者 Y, a table printed BETWEEN two
    paragraphs, photo caption after the body; run-in 本报讯（通讯员 X　记者 Y）; label 能源观察 over a comment signed
    （X） at the end; 郑重声明 notice; footer."""
    pg = Page("g11.txt", cols=38, indent=FW * 2, blanks="arts", seed=2211,
              style="产经报 能源·绿色 page, blank lines only between articles and blocks: header on two lines (版名 + page number; paper + date with weekday); lead with ——副题 and byline line 文／本报记者 X　图／本报记者 Y (the photographer named beside the writer), a table (title, header row, five rows, 数据来源) printed BETWEEN two paragraphs, photo caption with credit X　摄 after the body; run-in 本报讯（通讯员 X　记者 Y） item; label 能源观察 over a comment signed （X） run in at the end; 郑重声明 notice of the paper (label, text, hotline, paper's name and date, right-aligned); footer with editor and proof-reader")
    pg.furniture(["能源·绿色　5", "中洲产经报　" + cn_date(2034, 5, 16)], "page header")
    pg.blank()
    a = Article(
        "a", "新型储能装机规模突破1.2亿千瓦", subtitle="——一季度新增装机同比增长近六成",
        byline="文／本报记者　訾远山　图／本报记者　卜晴", authors=["訾远山"],
        notes="——副题 is the subtitle. **new:** byline line 文／本报记者 X　图／本报记者 Y: the writer is the author, the "
              "photographer (图／) is not (as the 图｜ credits of handmade15). The table printed between two "
              "paragraphs and the photo caption after the body are not body. The researcher quoted (邝岳) is not an "
              "author.",
        paras=[
            "记者从能源主管部门获悉，截至今年3月底，全国已建成投运新型储能项目累计装机规模达到1.21亿千瓦，较上年底增长13.7%；一季度新增装机1460万千瓦，同比增长58.2%。",
            "从技术路线看，锂离子电池储能仍占主导地位，占比达93.6%；压缩空气储能、液流电池储能、飞轮储能等技术路线加快发展，合计占比提高到5.8%。从应用场景看，独立储能和共享储能装机占比超过一半，成为新型储能发展的主要模式。",
            "储能规模快速扩大的同时，利用效率问题也引起关注。一季度，全国新型储能等效利用小时数为286小时，同比提高41小时，但部分地区仍存在“建而不用”“调用不足”现象。中洲能源研究院储能研究室主任邝岳说，关键在于完善储能参与电力市场的价格机制，让储能“有活干、能赚钱”。",
            "据了解，目前已有14个省份出台了储能参与电力现货市场、辅助服务市场的交易规则。业内人士预计，随着电力市场化改革深入推进，新型储能将从“政策驱动”逐步转向“市场驱动”。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=2)
    pg.furniture(["一季度末新型储能装机分布（前五位省份）",
                  "省份　　　累计装机（万千瓦）　同比增长（%）",
                  "沧澜省　　1826　　　　　　　　41.2",
                  "雁北省　　1544　　　　　　　　36.7",
                  "青原省　　1210　　　　　　　　52.3",
                  "东屿省　　987　　　　　　　　 28.9",
                  "岚江省　　862　　　　　　　　 47.5",
                  "数据来源：能源主管部门"], "table between two paragraphs (not body)")
    pg.body(a, start=2)
    pg.furniture(["图为青原省一座共享储能电站。　卜晴　摄"], "photo caption with credit (not body)")
    pg.blank()
    b = Article(
        "b", "沧澜海上风电基地首批机组并网",
        byline="本报讯（通讯员　冯知意　记者　訾远山）", authors=["冯知意", "訾远山"],
        lead="本报讯（通讯员　冯知意　记者　訾远山）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） (通讯员 first) excluded from first; both are authors.",
        paras=[
            "5月15日，沧澜省东屿海上风电基地首批12台单机容量16兆瓦的风电机组实现并网发电。该基地规划总装机容量300万千瓦，全部建成后年发电量可达100亿千瓦时，每年可节约标准煤约300万吨。",
            "项目建设方负责人介绍，该基地首次在国内深远海区域批量应用漂浮式基础与固定式基础混合布置方案，离岸距离达65公里，为后续深远海风电开发积累了经验。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "储能发展要算好“经济账”", section="能源观察", kind="commentary",
        byline="（桑予安）", authors=["桑予安"], tail="（桑予安）",
        notes="Comment under the label 能源观察 (section), signed （X） run in at the end (excluded from last); "
              "commentary.",
        paras=[
            "新型储能是构建新型电力系统的重要支撑，近年来装机规模快速增长，成绩有目共睹。但一些地方把配储作为新能源项目上马的“门槛”，一配了之，储能电站建成后长期闲置，既浪费投资，也推高了新能源项目成本。",
            "储能发展不能只算“规模账”，更要算“经济账”。要加快建立容量补偿、峰谷价差等价格机制，让储能的调节价值得到合理回报；同时加强储能电站的安全管理和调度运行考核，推动储能真正发挥作用。",
        ])
    pg.furniture(["能源观察"], "column label 能源观察")
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["郑重声明"]
                 + wrap("近期，有不法分子冒用本报记者名义，以采访、评选等为由向企业索取费用。本报郑重声明：本报从未授权任何单位和个人以本报名义开展收费评选活动，本报记者在采访中不收取任何费用。如遇上述情况，请及时向本报举报或向公安机关报案。", 38, FW * 2)
                 + ["举报电话：400-600-××××",
                    FW * 32 + "中洲产经报社",
                    FW * 31 + "2034年5月16日"], "郑重声明 notice of the paper (not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：庞一鸣　　校对：冷秋水"], "footer")
    return pg


# ---------------------------------------------------------------------------
def g12() -> Page:
    """National economic daily 要闻 page 2: bare run-in 本报北京5月8日讯 (no reporter); wire item with （完） on a
    line of its own; photo news (brief) with credit line 九通社记者 X摄; 本报讯（记者 X） item; column breaks."""
    pg = Page("g12.txt", cols=25, indent=FW * 2, blanks="some", colbreak=12, seed=2212, p_para=0.55, p_gap=0.9,
              style="national economic daily 要闻 page 2, blank lines sometimes plus column breaks (a blank line every 12 body lines, inside paragraphs): header on two lines (page number + 版名; paper + date with weekday); meeting report with the bare run-in 本报北京5月8日讯 naming NO reporter; wire item with run-in 九通社北京5月8日电（记者 X、Y） and the end mark （完） on a line of its own; photo news (brief): headline, caption, credit line 九通社记者 X摄 after it; run-in 本报讯（记者 X） item with a headline on two lines; footer with editor and proof-reader")
    pg.furniture(["2　要闻", "华衡经济日报　" + cn_date(2034, 5, 9)], "page header")
    pg.blank()
    a = Article(
        "a", "全国县域商业体系建设推进会召开",
        byline="本报北京5月8日讯", lead="本报北京5月8日讯　",
        notes="Meeting report. **new:** the bare run-in dateline 本报北京5月8日讯 (no reporter named) is the byline, "
              "excluded from first; no authors.",
        paras=[
            "全国县域商业体系建设推进会8日召开。会议总结近年来县域商业体系建设成效，部署下一阶段重点任务。",
            "会议指出，截至2033年底，全国已累计建设改造县级物流配送中心1280个、乡镇商贸中心3900余个，农村快递服务通达率超过95%，县域商业网络不断完善，农村消费潜力持续释放。",
            "会议要求，要以完善县域商业设施为重点，推动连锁商贸流通企业向县域下沉，加快发展农村电商和即时零售，促进农产品上行和工业品下乡双向流通；要健全农村寄递物流体系，降低物流成本，更好满足农村居民消费升级需要。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "前4个月全国铁路发送货物增长4.1%",
        byline="九通社北京5月8日电（记者　谢雨眠、冯望）", authors=["谢雨眠", "冯望"],
        lead="九通社北京5月8日电（记者　谢雨眠、冯望）",
        notes="Wire item: run-in 九通社北京5月8日电（记者 X、Y） excluded from first; the end mark （完） on a line of its "
              "own is not body.",
        paras=[
            "记者8日从铁路部门获悉，今年前4个月，全国铁路累计发送货物17.2亿吨，同比增长4.1%；发送旅客15.3亿人次，增长7.8%，均创历史同期新高。",
            "其中，集装箱、商品汽车、冷链等高附加值货物运输增长较快，国际货运班列开行量同比增长9.6%。铁路部门表示，将进一步优化运输组织，加强与港口、物流园区的衔接，推动大宗货物和中长距离运输“公转铁”。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.furniture(["（完）"], "end mark （完） on a line of its own (not body)")
    pg.gap()
    p = Article(
        "p", "智能采茶机上岗", kind="brief",
        byline="九通社记者　吕湘摄", authors=["吕湘"],
        notes="Photo news (brief): headline, caption, credit line 九通社记者 X摄 after it (the byline); the "
              "photographer is the author.",
        paras=[
            "5月7日，在临溪县一处茶园，智能采茶机在茶垄间作业。今年，当地引进的20台智能采茶机投入使用，可替代约300名采茶工。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    d = Article(
        "d", "一季度规上服务业企业营业收入增长8.9%",
        head=["一季度规上服务业企业", "营业收入增长8.9%"],
        byline="本报讯（记者　常予安）", authors=["常予安"], lead="本报讯（记者　常予安）",
        notes="Headline on two lines, joined. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "统计部门最新数据显示，一季度，全国规模以上服务业企业实现营业收入31.6万亿元，同比增长8.9%，增速比上年全年加快1.3个百分点。",
            "其中，信息传输、软件和信息技术服务业营业收入增长12.4%，租赁和商务服务业增长10.1%，科学研究和技术服务业增长9.7%，现代服务业对经济增长的支撑作用持续增强。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版责任编辑：韩雪棠　　校对：罗晓鸥"], "footer")
    return pg


PAGES = [g09, g10, g11, g12]
