"""Pages i01-i04 of handmade30 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


def after_text(items: list, text: str) -> int:
    """Index in rendered body items just after the first printed line ending with `text` (to cut a body
    inside a paragraph, between the two halves of a sentence)."""
    for i, it in enumerate(items):
        if it[0] == "line" and it[1].endswith(text):
            return i + 1
    raise ValueError(text)


# ---------------------------------------------------------------------------
def i01() -> Page:
    """National 农业 daily, 乡村振兴 page: feature with 引题, headline, ——副题, byline line 本报记者 X　通讯员 Y　Z,
    ■ crossheads and a ▲ photo caption printed between the two halves of a sentence; label 政策解读 over an
    unsigned box with its own headline; run-in 本报讯（记者 X　通讯员 Y　Z） item; footer."""
    pg = Page("i01.txt", cols=26, indent=FW * 2, blanks="para", seed=3001,
              style="national 农业 daily 乡村振兴 page: header on three lines (版名 乡村振兴, paper + date with weekday, 第5版); feature with 引题 kicker, headline, ——副题 and byline line 本报记者 X　通讯员 Y　Z (two 通讯员), two ■ crossheads and a ▲ photo caption with credit 本报记者 X　摄 printed BETWEEN THE TWO HALVES OF A SENTENCE (the body resumes mid-sentence after it); label 政策解读 over an unsigned box with its own headline and two paragraphs; run-in 本报讯（记者 X　通讯员 Y　Z） item; footer with editor, proof-reader and e-mail")
    pg.furniture(["乡村振兴",
                  "华穗农民日报　" + cn_date(2035, 6, 10),
                  "第5版"], "page header")
    pg.blank()
    a = Article(
        "a", "一栋老屋“唤醒”一个村",
        subtitle="——渠阳省青岗县柳塘村闲置农房盘活见闻",
        byline="本报记者　钱穗安　通讯员　柯映山　郁晚禾", authors=["钱穗安", "柯映山", "郁晚禾"],
        notes="Feature. The 引题 kicker 盘活闲置农房　激活乡村资源 is neither title nor subtitle (the ——副题 is the "
              "subtitle, as g02 of handmade22). Byline line 本报记者 X　通讯员 Y　Z: the reporter and both 通讯员 are "
              "authors. The ■ crossheads are body. The ▲ photo caption with its credit (本报记者 钱穗安 摄) is printed "
              "between the two halves of a sentence of the fourth paragraph; it is not body and the body goes on "
              "after it. People quoted (范春和, 黎正远, 舒晴川) are not authors.",
        paras=[
            "六月的柳塘村，青瓦白墙掩映在竹林间，村口的停车场上停满了外地牌照的车辆。“周末的房间一个月前就订满了，暑假的预订也排到了8月中旬。”村民范春和一边给客人端上新炒的野茶，一边笑着说。三年前，他家那栋空置了十多年的老屋，还是村里出了名的“危房”。",
            "柳塘村地处青岗县东南部山区，全村412户中有近一半的青壮年常年在外务工，闲置农房一度超过130栋。如何让沉睡的农房“活”起来？2032年起，村里在县里的支持下探索“村集体＋合作社＋农户”的盘活模式：农户以闲置农房使用权入股，村集体统一规划、统一招商，合作社负责日常运营，收益按比例分配。",
            Cross("■从“空心房”到“致富房”"),
            "改造老屋，最难的是说服村民。村党支部书记黎正远回忆，起初不少人担心房子交出去“收不回来”，也有人觉得“穷山沟没人来住”。村里便先拿村集体的两栋旧仓库改造试点，第一年就接待游客6000多人次，收入38万元。看到实实在在的效益，村民们陆续找上门来要求入股。",
            "目前，柳塘村已盘活闲置农房67栋，建成精品民宿23家、农家餐馆9家，带动120余名村民在家门口就业。去年，村集体经营性收入达到86万元，入股农户户均分红4200元，不少在外务工的年轻人也回到村里，当起了民宿管家和乡村导游。",
            Cross("■守住底线　用好资源"),
            "盘活闲置农房，必须守住宅基地管理的底线。青岗县农业农村局副局长舒晴川介绍，县里出台了闲置农房盘活利用管理办法，明确农房使用权流转期限最长不超过20年，严禁借机违规建设别墅大院和私人会馆，并统一制定了流转合同示范文本，保障农户的资格权和收益权。",
            "在此基础上，青岗县还建立了县级农村产权交易平台，目前已有11个乡镇的214栋闲置农房挂牌流转，成交金额超过5600万元。县里计划到2036年底，全县闲置农房盘活率提高到40%以上。",
        ])
    pg.kicker(a, "盘活闲置农房　激活乡村资源")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    cut = after_text(items, "去年，村集")  # inside the paragraph 目前，柳塘村已盘活…, mid-sentence
    pg.emit(a, items[:cut])
    pg.blank()
    pg.furniture(wrap("▲柳塘村村民范春和（右）在自家改造的民宿前接待游客。　本报记者　钱穗安　摄", 26),
                 "photo caption with credit between the two halves of a sentence (not body)")
    pg.blank()
    pg.emit(a, items[cut:])
    pg.gap()
    b = Article(
        "b", "农村闲置农房盘活有哪些“红线”", section="政策解读",
        notes="**new:** box under the label 政策解读 (section) with its own headline and two paragraphs of prose, "
              "unsigned: an article with no byline and no authors (a text of its own, unlike the 数说 figures box "
              "of handmade22 g03).",
        paras=[
            "根据有关规定，盘活利用闲置农房，必须坚持农村土地集体所有制不动摇，不得违法违规买卖宅基地，严禁城镇居民到农村购买宅基地和农房，严禁利用农村宅基地建设别墅大院和私人会馆。",
            "各地可在依法自愿有偿的前提下，探索通过出租、入股、合作等方式盘活闲置农房，发展乡村民宿、农家乐、农村电商等新产业新业态。流转期限不得超过二十年，合同到期后农房使用权依法回归农户。",
        ])
    pg.furniture(["政策解读"], "column label 政策解读")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "渠阳启动乡村工匠培育三年行动",
        byline="本报讯（记者　洪禾生　通讯员　鄢秋实　宁小麦）", authors=["洪禾生", "鄢秋实", "宁小麦"],
        lead="本报讯（记者　洪禾生　通讯员　鄢秋实　宁小麦）",
        notes="Run-in 本报讯（记者 X　通讯员 Y　Z） excluded from first; the reporter and both 通讯员 are authors.",
        paras=[
            "日前，渠阳省农业农村厅、人力资源社会保障厅联合印发《乡村工匠培育三年行动方案》，提出到2037年，全省培育认定省级乡村工匠名师100名、乡村工匠3000名，建设乡村工匠工作站200个。",
            "方案明确，将围绕传统建筑营造、竹编草编、农产品加工、乡村厨艺等领域，遴选一批技艺精湛、带动能力强的能工巧匠，通过开展技能培训、组织技艺比赛、支持创办企业等方式，培养乡村产业发展的“带头人”。对认定的乡村工匠，各地可在创业贷款贴息、用地保障等方面给予支持。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：管望舒　　校对：樊一叶", "电子邮箱：xczx@hsnmrb.cn"],
                 "footer with editor, proof-reader, e-mail")
    return pg


# ---------------------------------------------------------------------------
def i02() -> Page:
    """National 农业 daily 三农·要闻 page 2, ONE U+3000 indent and NO blank line anywhere: lead with a two-line
    headline and run-in 本报北京6月10日讯（记者 X）; article with byline line 通讯员 X　本报记者 Y; 数说 box;
    item signed （X　Y　Z） run in at the end; run-in 本报讯（记者 X） item; hotlines at the foot."""
    pg = Page("i02.txt", cols=30, indent=FW, blanks="never", seed=3002,
              style="national 农业 daily 三农·要闻 page 2, ONE U+3000 indent, NO blank line anywhere: header on four lines (page number, 版名 三农·要闻, paper + date with weekday, editor and proof-reader); lead with a headline on two lines (98% in the second) and the run-in 本报北京6月10日讯（记者 X）; article with byline line 通讯员 X　本报记者 Y (通讯员 FIRST, no 本报 before it); 数说 box (box title, four ■ figure lines); item signed （X　Y　Z） (three bare names, no labels) run in at the end; run-in 本报讯（记者 X） item; advertising and circulation hotlines at the foot")
    pg.furniture(["2",
                  "三农·要闻",
                  "华穗农民日报　" + cn_date(2035, 6, 11),
                  "责任编辑：凌穗　　校对：甘一禾"], "page header")
    a = Article(
        "a", "全国已收获冬小麦面积过半机收率保持在98%以上",
        head=["全国已收获冬小麦面积过半", "机收率保持在98%以上"],
        byline="本报北京6月10日讯（记者　庞禾田）", authors=["庞禾田"],
        lead="本报北京6月10日讯（记者　庞禾田）",
        notes="Lead. Headline on two lines (two clauses), joined. Run-in 本报北京6月10日讯（记者 X） excluded from first.",
        paras=[
            "记者从农业农村部门获悉，截至6月10日，全国已收获冬小麦1.86亿亩，进度过半，比上年同期快1.2个百分点。其中，黄淮海主产区麦收进度超过六成，日机收面积连续5天稳定在1500万亩以上，小麦机收率保持在98%以上。",
            "今年“三夏”期间，各地共投入联合收割机65万台，跨区作业机具21万台。农业农村部门联合气象部门，加强天气预报预警和作业调度服务，提前发布“烂场雨”风险提示，引导农户抢晴收获、及时晾晒。从各地反映的情况看，今年小麦病虫害发生总体偏轻，籽粒饱满，品质较好。",
            "有关负责人表示，当前麦收已进入高峰期，要继续做好农机跨区作业保障和收储工作，引导多元主体积极入市收购，防止出现“卖粮难”。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "渠阳夏粮收购首日开秤",
        byline="通讯员　符晓禾　本报记者　韦青林", authors=["符晓禾", "韦青林"],
        notes="**new:** byline line 通讯员 X　本报记者 Y with the 通讯员 named FIRST: both are authors. The farmer "
              "quoted (邵有田) is not.",
        paras=[
            "6月10日，渠阳省夏粮收购正式开秤。在青岗县国家粮食储备库门前，前来售粮的车辆排起了长队。“今年的麦子成色好，容重都在790克以上，一斤能卖到1.24元。”家庭农场主邵有田卖完12吨小麦后说。",
            "据了解，今年渠阳省共确定夏粮收购库点680个，落实收购资金120亿元。为方便农民售粮，各收购库点推行“预约收购”“上门服务”，并延长每日收购时间。省粮食和物资储备部门提醒，农户应将小麦晾晒干净后再出售，避免因水分、杂质超标影响售粮价格。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["数说“三夏”",
                  "■1.86亿亩　全国已收获冬小麦面积",
                  "■65万台　　投入联合收割机",
                  "■98%以上　 小麦机收率",
                  "■680个　　 渠阳省夏粮收购库点"], "数说 figures box (not an article)")
    c = Article(
        "c", "农业保险为麦收加上“安全锁”",
        byline="（卓穗　戴丰年　闵晴）", authors=["卓穗", "戴丰年", "闵晴"], tail="（卓穗　戴丰年　闵晴）",
        notes="**new:** signed with three bare names in brackets run in at the end （X　Y　Z） (a reporter and two "
              "通讯员, no labels): the byline, excluded from last; all three are authors.",
        paras=[
            "入夏以来，多地遭遇阶段性降雨和大风天气，部分麦田出现倒伏。针对这一情况，各地保险机构开辟理赔绿色通道，简化理赔流程，做到应赔尽赔、快赔早赔。",
            "在渠阳省白沙县，保险公司查勘人员借助无人机航拍和卫星遥感技术，对受灾地块进行快速定损，一天就能完成上万亩麦田的查勘工作。截至目前，全县已为1.3万户受灾农户预付赔款2860万元。今年，小麦完全成本保险和种植收入保险已覆盖主产省份全部产粮大县。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "多部门部署夏季农村防汛减灾工作",
        byline="本报讯（记者　晏穗）", authors=["晏穗"], lead="本报讯（记者　晏穗）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "近日，农业农村、应急管理、水利、气象等部门联合部署夏季农村防汛减灾工作，要求各地密切关注强降雨过程，提前转移低洼地区群众和畜禽，加固养殖圈舍和设施大棚，及时清沟排渍，最大限度减轻灾害对农业生产的影响。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本报广告部：010-6421××××　　发行部：010-6421××××"], "hotlines at the foot")
    return pg


# ---------------------------------------------------------------------------
def i03() -> Page:
    """Provincial 农村报 县域·经济 page, two ASCII spaces: 引题 + headline (no 副题) with byline ■本报记者 X　通讯员 Y;
    label 记者手记 over a box signed by the reporter right-aligned; an article whose body comes FIRST and whose
    headline and byline line 本报通讯员 X are printed AFTER it; run-in 本报讯（通讯员 X　Y）."""
    pg = Page("i03.txt", cols=34, indent="  ", blanks="some", seed=3003, p_para=0.35, p_gap=0.75,
              style="provincial 农村报 县域·经济 page indented with two ASCII spaces, blank lines sometimes: header on three lines (paper; 版名 + 第3版; date with weekday); lead with 引题 (no 副题) and byline line ■本报记者 X　通讯员 Y; label 记者手记 over a box (short headline, two paragraphs, the reporter's name alone right-aligned at its end); then an article whose body comes FIRST and whose headline and byline line 本报通讯员 X are printed AFTER it; run-in 本报讯（通讯员 X　Y） (two 通讯员, no reporter); footer with editor, proof-reader and 美编")
    pg.furniture(["渠阳农村报",
                  "县域·经济　第3版",
                  cn_date(2035, 6, 12)], "page header")
    pg.blank()
    a = Article(
        "a", "一只小龙虾带富一方乡亲", subtitle="特色产业“串珠成链”",
        byline="■本报记者　乔穗禾　通讯员　任小川", authors=["乔穗禾", "任小川"],
        notes="The 引题 above a headline that has no 副题 is the subtitle (as g01 of handmade22). Byline line "
              "■本报记者 X　通讯员 Y (the ■ is a mark): both are authors. People quoted (陶满仓, 卞如山) are not.",
        paras=[
            "入夏以来，渠阳省白沙县的稻田里一派繁忙景象。清晨5点，莲荡村的稻虾种养大户陶满仓就驾着小船下田收虾笼，一个早上能收400多斤。“今年虾价稳，一亩稻田光小龙虾就能收入3000元左右，秋后再收一季稻谷，比单纯种稻多赚一倍多。”",
            "白沙县地处平原湖区，低洼稻田多。过去，这些田块“种稻怕涝、养鱼怕旱”，效益一直不高。2029年起，县里推广“稻虾共作”模式，统一开挖环形沟、统一供应虾苗、统一技术指导，目前全县稻虾共作面积已发展到28万亩，年产小龙虾4.2万吨。",
            "养得好，还要卖得好、加工得好。近年来，白沙县引进和培育小龙虾加工企业14家，开发出调味虾、虾仁、虾尾等20多个品种，并利用虾壳提取甲壳素，把“下脚料”变成了高附加值产品。县里建成的小龙虾交易中心，日均交易量超过150吨，产品通过冷链物流销往全国20多个省份。",
            "“从种苗繁育、生态养殖到精深加工、餐饮物流，一条产业链带动了5万多人就业。”白沙县农业农村局局长卞如山说，去年全县小龙虾产业综合产值达到96亿元，下一步将重点推进品牌建设和标准化生产，力争三年内突破120亿元。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "让“土专家”有用武之地", section="记者手记",
        byline="乔穗禾", authors=["乔穗禾"],
        notes="记者手记 box under its label (section): own short headline, two paragraphs, the reporter's name alone "
              "right-aligned on the last line (the byline, written without its leading spaces; she is the author). "
              "Kind article, as the 记者手记 of handmade22 g02.",
        paras=[
            "采访中，记者发现，白沙县的稻虾种养能发展起来，离不开一批“土专家”。他们大多是最早试水稻虾共作的农民，在一次次失败中摸索出了适合本地的养殖经验，如今成了乡亲们有事就找的“明白人”。",
            "乡村产业发展，既需要科研院所的专家教授，也需要扎根田间的“土专家”“田秀才”。给他们搭平台、给待遇、给荣誉，让他们的经验变成可推广的技术，乡村产业才能越走越宽。",
        ])
    pg.furniture(["记者手记"], "column label 记者手记 of the box")
    pg.headline(b)
    pg.body(b)
    pg.line(b, " " * 56 + b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "石岭县村级集体经济收入五年翻番",
        byline="本报通讯员　沈碧田", authors=["沈碧田"],
        notes="Headline and byline line 本报通讯员 X printed AFTER the body (the body follows the 记者手记 box). The "
              "通讯员 is the author.",
        paras=[
            "石岭县农业农村局近日发布的数据显示，2034年全县216个行政村集体经济总收入达到2.38亿元，是2029年的2.1倍，村均收入突破110万元，集体经营性收入50万元以上的村占比达到68%。",
            "五年来，石岭县坚持因村施策，引导各村通过资源发包、物业出租、入股经营、居间服务等方式发展壮大集体经济。该县还组建了县级强村公司，统筹使用各级扶持资金，在城郊和工业园区建设标准厂房、仓储设施，收益按比例分配给入股村。",
            "为管好用好集体资产，石岭县建成村级集体“三资”管理信息平台，村级财务收支全部实行网上审批、线上公开，村民通过手机就能查看村里的每一笔账目。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.blank()
    d = Article(
        "d", "枫溪县首批“共富工坊”挂牌",
        byline="本报讯（通讯员　樊露　郑一禾）", authors=["樊露", "郑一禾"],
        lead="本报讯（通讯员　樊露　郑一禾）",
        notes="**new:** run-in 本报讯（通讯员 X　Y） naming two 通讯员 and no reporter: excluded from first; both are "
              "authors.",
        paras=[
            "6月8日，枫溪县首批18家“共富工坊”集中挂牌。这些工坊由企业提供订单、技术和设备，村集体提供场地，农户利用农闲时间就近务工，主要从事服装辅料加工、竹制品编织、农产品分拣包装等。",
            "据测算，首批共富工坊可吸纳1200余名农村留守劳动力就业，人均月增收2000元左右。枫溪县计划年内建成共富工坊50家以上。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：蒲晓风　　校对：时雨　　美编：宁远"], "footer")
    return pg


# ---------------------------------------------------------------------------
def i04() -> Page:
    """Provincial 农村报 市场·农事 page: market story with byline 本报记者 X　实习生 Y and letter-spaced justified
    lines; price table of farm produce; 农事 story with justified lines; 小贴士 box; run-in 本报讯（记者 X）;
    seed advertisement."""
    pg = Page("i04.txt", cols=40, indent=FW * 2, blanks="arts", seed=3004,
              style="provincial 农村报 市场·农事 page, blank lines only between articles and blocks: header on two lines (版名; paper + date with weekday + 第6版); market story with ——副题 and byline line 本报记者 X　实习生 Y, two body lines letter-spaced (justified) with single spaces; price table of farm produce after it (title with unit, header row, six rows, 数据来源); 农事 story with byline line 本报记者 X and two justified lines; label 小贴士 over a box of four numbered tips (its own title; not an article); run-in 本报讯（记者 X） item; seed ADVERTISEMENT; footer with editor, proof-reader, 美编")
    pg.furniture(["市场·农事",
                  "渠阳农村报　" + cn_date(2035, 6, 12) + "　第6版"], "page header")
    pg.blank()
    a = Article(
        "a", "夏季蔬菜价格进入季节性下行通道", subtitle="——省城农产品批发市场走访",
        byline="本报记者　鲁芃　实习生　程小满", authors=["鲁芃", "程小满"],
        notes="——副题 is the subtitle. Byline line 本报记者 X　实习生 Y: both are authors. Two body lines are "
              "letter-spaced (justified) with single spaces; the spaces are dropped in first/last. The price table "
              "after the body is not body. People quoted (丁二柱) are not authors.",
        paras=[
            "进入6月，随着本地露地蔬菜大量上市，全省蔬菜价格进入季节性下行通道。记者近日走访省城金谷农产品批发市场看到，黄瓜、西红柿、豆角等时令蔬菜货源充足，交易活跃，批发价格较5月下旬普遍回落一到两成。",
            "“本地菜上来了，运费省了，价格自然就降下来了。”在批发市场经营蔬菜生意十多年的商户丁二柱告诉记者，目前黄瓜批发价每公斤2.6元左右，比上个月便宜了将近1元。据省农业农村厅监测，上周全省28种重点监测蔬菜平均批发价格为每公斤4.12元，环比下降5.8%，同比下降3.1%。",
            "肉蛋价格总体平稳。上周全省白条猪肉批发均价每公斤21.46元，环比微涨0.9%；鸡蛋批发均价每公斤8.72元，环比下降1.6%。业内人士分析，随着气温升高，猪肉消费进入传统淡季，短期内价格大幅上涨的可能性不大。",
            "省农业农村厅市场信息处有关负责人提醒，夏季高温多雨，部分地区可能出现强降雨天气，对蔬菜生产和运输造成影响，菜价可能出现短期波动。各地要加强产销衔接，引导种植户合理安排茬口，防止出现“菜贱伤农”。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [3, 8]))
    pg.furniture(["本周全省主要农产品批发均价（单位：元／公斤）",
                  "品　种　　　本周　　　上周　　　环比",
                  "黄　瓜　　　2.62　　　2.98　　　-12.1%",
                  "西红柿　　　3.86　　　4.20　　　-8.1%",
                  "土　豆　　　2.94　　　3.02　　　-2.6%",
                  "大白菜　　　1.58　　　1.71　　　-7.6%",
                  "白条猪肉　　21.46　　 21.27　　 +0.9%",
                  "鸡　蛋　　　8.72　　　8.86　　　-1.6%",
                  "数据来源：渠阳省农业农村厅市场信息中心"], "price table of farm produce (not body)")
    pg.blank()
    b = Article(
        "b", "抓住晴好天气抢种夏玉米",
        byline="本报记者　郝田丰", authors=["郝田丰"],
        notes="Byline line 本报记者 X. Two body lines letter-spaced (justified). The 小贴士 box after it is not body. "
              "People quoted (汪德胜, 庞立秋) are not authors.",
        paras=[
            "“麦子刚收完，就得赶紧把玉米种下去，早种一天，秋后就多一分收成。”6月10日，在青岗县柏树乡的一块麦茬地里，种粮大户汪德胜正指挥两台免耕播种机来回作业。他流转的860亩土地，计划5天内全部播完。",
            "夏玉米播种正值“三夏”关键时期，抢时早播是夺取秋粮丰收的重要措施。省农业技术推广总站研究员庞立秋介绍，今年全省计划种植夏玉米1650万亩，各地正在推广麦收后免耕贴茬直播、种肥同播等技术，力争6月20日前基本完成播种。",
            "针对部分地区墒情不足的情况，庞立秋建议，有灌溉条件的地块要及时浇好“蒙头水”，确保一播全苗；墒情适宜的地块要抢墒播种，不误农时。同时，要选用经过审定的耐密、抗倒、宜机收品种，合理增加种植密度。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, justify(pg.render_body(b), [1, 6]))
    pg.blank()
    tips = ["1.选好种子。选用通过审定、适合本地种植的耐密抗倒品种，不要购买来历不明的种子。",
            "2.合理密植。一般地块亩留苗4500株至5000株，高产田可适当增加。",
            "3.种肥同播。种子与肥料要隔开5厘米以上，防止烧种烧苗。",
            "4.及时除草。播后苗前可喷施封闭除草剂，注意避开中午高温时段。"]
    box = ["小贴士", "夏玉米播种注意啥"]
    for t in tips:
        box += wrap(t, 40)
    pg.furniture(box, "小贴士 box of numbered tips (label, title, tips; not an article)")
    pg.blank()
    c = Article(
        "c", "渠阳启动夏季农产品质量安全专项整治",
        byline="本报讯（记者　柯穗）", authors=["柯穗"], lead="本报讯（记者　柯穗）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "日前，渠阳省农业农村厅启动为期3个月的夏季农产品质量安全专项整治行动，重点针对豇豆、韭菜、芹菜等蔬菜和畜禽水产品，开展农药兽药残留抽检，严厉打击违法使用禁限用药物等行为。",
            "行动期间，全省将抽检农产品样品1.2万批次以上，对抽检不合格的产品依法追溯源头、严肃查处，并向社会公开查处结果。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["广告",
                  "丰垦种业　渠玉688",
                  "耐密抗倒　宜机收获　亩产可达800公斤以上",
                  "全省各县农资门店均有销售",
                  "服务热线：400-728-××××"], "seed advertisement (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：窦小麦　　校对：柴一禾　　美编：罗青"], "footer")
    return pg


PAGES = [i01, i02, i03, i04]
