"""Pages lt05-lt08 of handmade76 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def lt05() -> Page:
    """National economic daily front page, NO indent, column breaks: letter-spaced paper name; lead headline on two
    lines; 今日导读 box printed BETWEEN two paragraphs of the lead (body in pieces); jump （下转第2版） glued; 短评
    signed right-aligned at the end; 本报讯 item; wire item; 要闻简报 of three ▲ items."""
    pg = Page("lt05.txt", cols=36, indent="", blanks="some", colbreak=9, seed=7605, p_para=0.3, p_gap=0.8,
              style="national economic daily FRONT page, NO indent, blank lines sometimes plus column breaks (a blank line every 9 body lines, also inside paragraphs): masthead on four lines (letter-spaced paper name, English name, date with weekday + 农历 + weather, CN number + 代号 + 今日8版); lead with headline on TWO lines, byline line ■本报记者 X, 今日导读 box of three titles printed BETWEEN its 2nd and 3rd paragraphs (body in pieces) and （下转第2版） glued to its last line; label 短评 over a comment signed with a right-aligned name after the body; run-in 本报讯（记者 X　实习生 Y） item; wire item with run-in 华辰社北京7月21日电（记者 X） and （完） run in; label 要闻简报 over three ▲ items with headlines (one credit （X） at the end); footer 本版责编 / 版式")
    pg.furniture(["北　衡　经　济　导　报",
                  "BEIHENG ECONOMIC HERALD",
                  cn_date(2033, 7, 22) + "　农历癸丑年六月廿六　雷阵雨　26℃～33℃",
                  "国内统一连续出版物号 CN 13-0152　代号 17-9　今日8版"], "masthead (letter-spaced paper name, English name, date, 农历, weather, CN number, 代号, 今日8版)")
    pg.blank()
    a = Article(
        "a", "上半年全国网上零售额同比增长11.2%", head=["上半年全国网上零售额", "同比增长11.2%"],
        byline="■本报记者　鲁嘉言", authors=["鲁嘉言"], tail="（下转第2版）",
        notes="Lead with the headline on two lines (joined). Byline line ■本报记者 X (■ is a mark). The 今日导读 box "
              "printed between the 2nd and 3rd paragraphs is not body, so the body is in pieces. The jump （下转第2版） "
              "glued to the last line is excluded from last. The official quoted (屈景明) is not an author.",
        paras=[
            "商务部21日发布数据，上半年全国网上零售额达到8.26万亿元，同比增长11.2%，其中实物商品网上零售额6.94万亿元，增长10.4%，占社会消费品零售总额的比重为27.8%。",
            "从品类看，智能家电、绿色家居和户外运动用品网上销售增长较快，增速分别为23.5%、19.8%和31.2%。即时零售快速发展，上半年重点平台即时零售订单量增长46%，县域市场订单占比提高到35%。",
            "“网络消费正在从‘买得到’向‘买得好’‘送得快’升级。”商务部电子商务司负责人屈景明表示，下一步将加快推进县域商业体系建设，完善农村寄递物流网络，推动更多优质农产品通过电商“出村进城”。",
            "数据还显示，上半年跨境电商进出口1.31万亿元，增长14.6%，海外仓数量超过2800个。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    ia = pg.render_body(a)
    cut = [i for i, it in enumerate(ia) if it[0] == "gap"][1]
    pg.emit(a, ia[:cut])
    pg.furniture(["今日导读",
                  "暑期消费市场持续升温　第3版",
                  "新能源汽车出口再创新高　第5版",
                  "多地出台稳就业新举措　第6版"], "今日导读 box printed inside the lead (not an article)")
    pg.emit(a, ia[cut + 1:])
    pg.gap()
    pg.furniture(["短评"], "column label 短评")
    b = Article(
        "b", "“送得快”背后是“建得好”", section="短评", byline="钱若谷", authors=["钱若谷"], kind="commentary",
        notes="Comment under the label 短评 (section), signed with the writer's name right-aligned on a line of its "
              "own after the body (the byline, written without its leading spaces; the signer is the author). Kind "
              "commentary.",
        paras=[
            "即时零售订单快速增长，消费者感受到的是下单后半小时送达的便利，背后却是仓储、配送、数字化调度等一整套基础设施的支撑。",
            "县域市场订单占比提高，更说明补齐农村物流短板大有可为。把“最后一公里”的路修通、网织密，消费潜力才能充分释放。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 14 + b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "北衡自贸区首单数据跨境流动评估获批",
        byline="本报讯（记者　沙文舟　实习生　祁小满）", authors=["沙文舟", "祁小满"],
        lead="本报讯（记者　沙文舟　实习生　祁小满）",
        notes="Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are authors.",
        paras=[
            "7月20日，北衡自贸试验区一家跨境电商企业的数据出境安全评估申请获得批准，成为该区首单获批的数据跨境流动评估项目。企业负责人表示，获批后企业可将境外订单数据与境内仓储系统实时对接，订单处理效率预计提高40%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "上半年全国铁路货物发送量增长5.3%",
        byline="华辰社北京7月21日电（记者　庞晓筠）", authors=["庞晓筠"],
        lead="华辰社北京7月21日电（记者　庞晓筠）", tail="（完）",
        notes="Wire item: run-in dateline excluded from first, （完） run in at the end excluded from last.",
        paras=[
            "记者21日从铁路部门获悉，上半年全国铁路完成货物发送量26.4亿吨，同比增长5.3%。其中，集装箱发送量增长12.7%，铁水联运量增长15.1%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    e1 = Article("e1", "北衡港启用全自动化码头", head=["▲北衡港启用全自动化码头"], section="要闻简报",
                 notes="要闻简报 item: ▲ is a bullet, not part of the title. No credit.",
                 paras=["北衡港南区全自动化集装箱码头7月18日正式投入运营，设计年通过能力260万标准箱，装卸效率比传统码头提高30%。"])
    e2 = Article("e2", "首批绿色工厂名单公布", head=["▲首批绿色工厂名单公布"], section="要闻简报",
                 byline="（诸葛岚）", authors=["诸葛岚"], tail="（诸葛岚）",
                 notes="要闻简报 item signed （X） run in at the end (byline, excluded from last; the signer is the "
                       "author).",
                 paras=["北衡省工信厅日前公布首批省级绿色工厂名单，共有136家企业入选，涉及建材、化工、纺织、电子等14个行业。"])
    e3 = Article("e3", "暑期文旅消费券发放", head=["▲暑期文旅消费券发放"], section="要闻简报",
                 notes="要闻简报 item with no credit.",
                 paras=["北衡市7月20日起分三轮发放暑期文旅消费券3000万元，可用于景区门票、酒店住宿和演出观看，预计带动消费3亿元以上。"])
    for e in (e1, e2, e3):
        pg.headline(e)
        pg.body(e)
        pg.gap()
    pg.furniture(["本版责编：闵一澄　　版式：霍小溪"], "footer 本版责编 / 版式")
    return pg


# ---------------------------------------------------------------------------
def lt06() -> Page:
    """Provincial daily 第一版 in a very narrow column: masthead; lead headline letter-spaced over two lines (broken in
    mid-word), ——副题, byline line wider than the column, （转2版） glued; label 图片新闻 over a photo news whose credit
    is run in at the end of the caption; 本报评论员 comment; label 简讯 over three ◎ items."""
    pg = Page("lt06.txt", cols=16, indent=FW * 2, blanks="para", seed=7606,
              style="provincial daily 第一版 in a very narrow column, blank lines between paragraphs and blocks: masthead on five lines (paper, CN number, 代号 + 今日8版, date with weekday, 农历 + weather); lead with its headline letter-spaced over two lines broken in mid-word (the first line spaced with ASCII spaces, the second with U+3000), ——副题, byline line 本报记者 X　通讯员 Y wider than the column and （转2版） glued to its last line; label 图片新闻 over a photo news (brief) whose credit （本报通讯员 X　摄） is run in at the end of the caption; 评论 with byline line 本报评论员 under its headline; label 简讯 over three ◎ items (run-in 本报讯, one credit); footer 责任编辑 / 校对")
    pg.furniture(["汀州日报",
                  "CN 35-0021",
                  "代号 33-5　今日8版",
                  cn_date(2031, 11, 4),
                  "农历辛亥年十月初三　晴"], "masthead (paper, CN number, 代号, 今日8版, date, 农历, weather)")
    pg.blank()
    a = Article(
        "a", "汀州自贸片区前三季度新设企业增四成",
        subtitle="——外资企业占比提高至18%",
        byline="本报记者　包青禾　通讯员　林默", authors=["包青禾", "林默"], tail="（转2版）",
        notes="Lead with the headline letter-spaced across the narrow column (ASCII spaces on the first line, U+3000 on "
              "the second), over two lines broken in mid-word; the title is written unspaced and joined. Byline line 本报记者 X　通讯员 Y (wider than the "
              "column): both authors. The jump （转2版） glued to the last line is excluded from last. The official "
              "quoted (聂向东) is not an author.",
        paras=[
            "记者从汀州自贸片区管委会获悉，今年前三季度，片区新设企业4126家，同比增长41%，其中外资企业743家，占比提高至18%。",
            "片区推行“一照多址”“证照联办”等改革，企业开办时间压缩至半个工作日。“从提交材料到领到执照，只用了三个小时。”片区企业服务局局长聂向东说。",
            "前三季度，片区实现进出口总额612亿元，增长19.6%。",
        ])
    pg.headline(a, spread_cols=16)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["图片新闻"], "column label 图片新闻")
    b = Article("b", "茶园秋采忙", kind="brief", section="图片新闻", byline="（本报通讯员　邱野　摄）",
                authors=["邱野"], tail="（本报通讯员　邱野　摄）",
                notes="Photo news (brief) under the label 图片新闻: headline, caption as body; the credit "
                      "（本报通讯员 X　摄） run in at the end of the caption is the byline (excluded from last); the "
                      "photographer is the author as for every photo news of this set.",
                paras=["11月2日，武溪县高山茶园，茶农抢抓晴好天气采摘秋茶，今年全县秋茶产量预计增长一成。"])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "让企业办事像网购一样方便", byline="本报评论员", kind="commentary",
        notes="评论: byline line 本报评论员 under the headline names no person, so no authors. Kind commentary.",
        paras=[
            "企业开办压缩到半个工作日，是改革的“加速度”，更是营商环境的“温度计”。",
            "优化营商环境没有终点。对标一流，持续在减环节、减材料、减时间上下功夫，才能让更多企业愿意来、留得住、发展好。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["简讯"], "column label 简讯")
    pg.blank()
    d1 = Article("d1", "汀江大桥合龙", head=["◎汀江大桥合龙"], section="简讯",
                 byline="本报讯", lead="本报讯　",
                 notes="简讯 item: ◎ bullet not in the title; the bare run-in 本报讯 is excluded from first and names "
                       "no one (no authors).",
                 paras=["11月3日，汀江特大桥主桥顺利合龙，大桥全长2.6公里，预计明年6月建成通车。"])
    d2 = Article("d2", "冬季农产品展销会开幕", head=["◎冬季农产品展销会开幕"], section="简讯",
                 byline="本报讯（记者　伍秋池）", authors=["伍秋池"], lead="本报讯（记者　伍秋池）",
                 notes="简讯 item; run-in 本报讯（记者 X） excluded from first.",
                 paras=["首届汀州冬季农产品展销会3日开幕，来自全省的260家企业参展，首日成交额1800万元。"])
    d3 = Article("d3", "全市新增充电桩2100个", head=["◎全市新增充电桩2100个"], section="简讯",
                 byline="本报讯", lead="本报讯　",
                 notes="简讯 item with the bare run-in 本报讯 (excluded from first, no authors).",
                 paras=["今年以来，汀州市新建公共充电桩2100个，城区充电服务半径缩小至1公里。"])
    for d in (d1, d2, d3):
        pg.headline(d)
        pg.body(d)
        pg.gap()
    pg.furniture(["责任编辑：房小竹　校对：司徒南"], "footer 责任编辑 / 校对")
    return pg


# ---------------------------------------------------------------------------
def lt07() -> Page:
    """Economic daily front page in a wide column: the whole masthead on one line; lead (kicker, headline, ——副题,
    run-in dateline) whose lines are read INTERLEAVED three at a time with a 评论员 comment's in the next column;
    jump （下转A2版） glued to the comment's end; wire item; 今日导读 box; 要闻简报 with ★ items."""
    pg = Page("lt07.txt", cols=40, indent=FW * 2, blanks="arts", seed=7607,
              style="economic daily FRONT page in a wide column, blank lines only between articles and blocks: the whole masthead on ONE line (paper, date with weekday, 农历, CN number, 代号, 今日8版) plus a weather line; lead with 引题 kicker, headline, ——副题 and run-in 本报讯（记者 X　通讯员 Y） whose lines are read INTERLEAVED with those of the 评论员 comment of the next column (3 lines of the lead, the comment's headline and 本报评论员 line, 2 of its lines, 3 of the lead, the rest of the comment, the rest of the lead); the jump （下转A2版） glued to the comment's last line; wire item with run-in 华辰社北京1月19日电（记者 X　Y） and （完） run in; 今日导读 box; label 要闻简报 over four items with ★ headlines; footer 本版责编 / 美编 / 校对")
    pg.furniture(["嵩川经济日报　" + cn_date(2038, 1, 20) + "　农历丁巳年十二月廿一　国内统一连续出版物号CN 41-0011　代号35-16　今日8版",
                  "天气：小雪转阴　-3℃～4℃"], "masthead on one line plus weather")
    pg.blank()
    a = Article(
        "a", "全省工业互联网平台连接设备突破千万台",
        subtitle="——中小企业“上云用数”比例达到58%",
        byline="本报讯（记者　谭映秋　通讯员　管晨）", authors=["谭映秋", "管晨"],
        lead="本报讯（记者　谭映秋　通讯员　管晨）",
        notes="Lead. The 引题 kicker 数字化转型提速 is neither title nor subtitle (the ——副题 is). Run-in "
              "本报讯（记者 X　通讯员 Y） excluded from first. Its lines are read interleaved with the comment of "
              "the next column, so its body is in pieces. The official quoted (鲍立群) is not an author.",
        paras=[
            "记者从省工业和信息化厅获悉，截至2037年底，全省重点工业互联网平台连接工业设备1036万台（套），服务企业21.4万家；规模以上工业企业关键工序数控化率达到63.5%，中小企业“上云用数”比例达到58%。",
            "“平台把设备、订单和供应链连在一起，企业按需购买服务，转型门槛大大降低。”省工信厅信息化推进处处长鲍立群说。目前全省已培育省级工业互联网平台48个，建成5G工厂126家。",
            "今年，全省将实施中小企业数字化转型城市试点，力争新增上云企业3万家以上。",
        ])
    b = Article(
        "b", "用数字化打开制造业新空间", byline="本报评论员", kind="commentary", tail="（下转A2版）",
        notes="评论员文章 printed in the column beside the lead and read interleaved with it (body in pieces). "
              "Byline line 本报评论员: no authors. The jump （下转A2版） glued to its last line is excluded from last. "
              "Kind commentary.",
        paras=[
            "千万台设备接入平台，意味着制造业的数字化转型已从“盆景”走向“风景”。数据在设备间流动，订单在平台上撮合，生产组织方式正在发生深刻变化。",
            "中小企业是数字化转型的难点，也是潜力所在。降低转型成本、提供可复制的方案、培养懂技术懂业务的人才，每一项都需要政府、平台和企业共同发力。",
        ])
    pg.kicker(a, "数字化转型提速")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    ca = Page.chunks(pg.render_body(a), [3, 3])
    cb = Page.chunks(pg.render_body(b), [2])
    pg.emit(a, ca[0])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, cb[0])
    pg.emit(a, ca[1])
    pg.emit(b, cb[1])
    pg.emit(a, ca[2])
    pg.blank()
    c = Article(
        "c", "春运首日全国预计发送旅客2.1亿人次",
        byline="华辰社北京1月19日电（记者　吕清扬　卓明）", authors=["吕清扬", "卓明"],
        lead="华辰社北京1月19日电（记者　吕清扬　卓明）", tail="（完）",
        notes="Wire item: run-in dateline with two reporters parted by U+3000 (both authors) excluded from first; "
              "（完） run in at the end excluded from last.",
        paras=[
            "2038年春运于1月19日开启。据交通运输部预测，春运首日全国跨区域人员流动量约2.1亿人次，其中铁路发送旅客1420万人次，民航运输旅客215万人次。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["今日导读",
                  "◇年货市场购销两旺　A3　◇县域经济“百强县”观察　A4",
                  "◇专家谈今年中小企业融资新趋势　A6"], "今日导读 box (two titles on a line; not articles)")
    pg.blank()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    items = [
        ("d1", "★嵩川机场三期扩建工程开工", "嵩川机场三期扩建工程开工",
         "1月18日，嵩川国际机场三期扩建工程开工，将新建T3航站楼和第三跑道，建成后可满足年旅客吞吐量6000万人次需求。", None, [], ""),
        ("d2", "★全省外资企业新增830家", "全省外资企业新增830家",
         "2037年全省新设外商投资企业830家，实际使用外资增长7.9%，制造业利用外资占比提高到46%。", "（记者　宫雪）", ["宫雪"], "（记者　宫雪）"),
        ("d3", "★百亿级智能装备产业园落户洛溪湾", "百亿级智能装备产业园落户洛溪湾",
         "总投资120亿元的智能装备产业园日前签约落户洛溪湾新区，主要生产工业机器人和精密减速器。", None, [], ""),
        ("d4", "★农村居民人均可支配收入增长7.1%", "农村居民人均可支配收入增长7.1%",
         "2037年全省农村居民人均可支配收入达到2.16万元，增长7.1%，增速快于城镇居民1.9个百分点。", None, [], ""),
    ]
    for key, head, title, text, byline, authors, tail in items:
        d = Article(key, title, [text], head=[head], section="要闻简报", byline=byline, authors=authors, tail=tail,
                    notes="要闻简报 item: the ★ before the headline is a bullet, not part of the title."
                          + (" The credit （记者 X） run in at the end is the byline, excluded from last." if byline
                             else " No credit."))
        pg.headline(d)
        pg.body(d)
    pg.blank()
    pg.furniture(["本版责编：郝望之　　美编：冼小舟　　校对：游青"], "footer 本版责编 / 美编 / 校对")
    return pg


# ---------------------------------------------------------------------------
def lt08() -> Page:
    """Commercial daily front page: the paper's name and the lead's kicker on ONE line; lead with byline line and
    （下转A3） glued; a short item whose headline is printed AFTER its body; label 快评 over a comment with byline
    line ◇ X; photo news whose credit is in brackets at the end; 要闻简报 ■ items; 本报导读 at the foot."""
    pg = Page("lt08.txt", cols=28, indent=FW, blanks="some", seed=7608, p_para=0.4, p_gap=0.75,
              style="commercial daily FRONT page, ONE U+3000 indent, blank lines sometimes: masthead whose first line carries the paper's name AND the lead's 引题 kicker, then a line with date + 农历 + 今日16版, CN number line and weather line; lead with headline, byline line 本报记者 X　Y and （下转A3） glued to its last line; item whose body comes FIRST (run-in 本报讯（记者 X）) and whose headline is printed AFTER it; label 快评 over a comment with byline line ◇ X; photo news (brief) with headline and the credit （本报记者 X　摄） run in at the end; label 要闻简报 over three ■ items; 本报导读 box at the foot; footer 值班编委 / 本版编辑")
    a = Article(
        "a", "首届跨境消费节三天成交额破12亿元",
        byline="本报记者　桑一禾　夏侯露", authors=["桑一禾", "夏侯露"], tail="（下转A3）",
        notes="Lead. Its 引题 kicker 进口好物走进寻常百姓家 is printed on the masthead's first line, after the paper's "
              "name: that line is neither title nor subtitle. Byline line 本报记者 X　Y: both authors. The jump "
              "（下转A3） glued to the last line is excluded from last. The shopper and the firm's manager quoted are "
              "not authors.",
        paras=[
            "10月7日，为期三天的首届滇澜跨境消费节落幕。据主办方统计，消费节期间线上线下成交额达到12.6亿元，参展的1800多个境外品牌中，有320个首次进入滇澜市场。",
            "在南亚商品馆，香料、手工地毯和宝石饰品前挤满了顾客。“以前只能在网上买，现在能亲眼看看、亲手摸摸。”市民甘佩兰买了两条手工围巾。",
            "跨境电商企业同样收获颇丰。澜沧优选跨境电商公司总经理冯启航介绍，公司三天接到线上订单4.7万单，比平时增长了近五倍。",
        ])
    pg.furniture(["滇澜商报　　　　　　　　进口好物走进寻常百姓家",
                  "2039年10月8日 星期六　农历己未年八月廿一　今日16版",
                  "国内统一连续出版物号 CN 53-0036",
                  "晴　17℃～25℃"], "masthead (its first line also carries the lead's kicker), date, 农历, 今日16版, CN number, weather")
    pg.blank()
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "滇澜口岸进口水果通关时间压缩至6小时", byline="本报讯（记者　冉星河）", authors=["冉星河"],
        lead="本报讯（记者　冉星河）",
        notes="Item whose body is printed FIRST and whose headline comes AFTER it (as g07 of handmade22). Run-in "
              "本报讯（记者 X） excluded from first.",
        paras=[
            "记者从滇澜海关获悉，通过推行“提前申报、抵港直装”和检疫查验前置，滇澜口岸进口水果平均通关时间由过去的20小时压缩至6小时以内。今年前三季度，口岸进口水果42万吨，增长27%。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.gap()
    pg.furniture(["快评"], "column label 快评")
    c = Article(
        "c", "消费节之后，热度如何延续", section="快评", byline="◇ 穆白", authors=["穆白"], kind="commentary",
        notes="Comment under the label 快评 (section), byline line ◇ X (the signer is the author). Kind commentary.",
        paras=[
            "三天成交额破12亿元，说明老百姓对优质进口商品的需求真实存在。关键在于，节会结束后，这份热度能否转化为常态化消费。",
            "推动跨境商品展示交易中心常态运营、完善保税展示和退税服务，让“买全球”成为日常，消费节的效应才能持续释放。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article("d", "金秋稻浪", kind="brief", byline="（本报记者　芮知夏　摄）", authors=["芮知夏"],
                tail="（本报记者　芮知夏　摄）",
                notes="Photo news (brief): headline, caption as body, credit （本报记者 X　摄） run in at the end is the "
                      "byline (excluded from last); the photographer is the author.",
                paras=["10月6日，弥澜坝区万亩稻田迎来收割季，农机在金色稻浪间作业。"])
    pg.headline(d)
    pg.body(d)
    pg.gap()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    e1 = Article("e1", "国庆假期全市接待游客518万人次", head=["■国庆假期全市接待游客518万人次"], section="要闻简报",
                 notes="要闻简报 item: ■ bullet not in the title. No credit.",
                 paras=["国庆假期，滇澜市共接待游客518万人次，实现旅游收入49.3亿元，分别增长12.4%和15.8%。"])
    e2 = Article("e2", "新一批老旧小区改造开工", head=["■新一批老旧小区改造开工"], section="要闻简报",
                 byline="（记者　简宁）", authors=["简宁"], tail="（记者　简宁）",
                 notes="要闻简报 item; credit （记者 X） run in at the end (byline, excluded from last).",
                 paras=["全市第四批86个老旧小区改造项目日前集中开工，涉及居民2.3万户，将同步加装电梯和充电设施。"])
    e3 = Article("e3", "滇澜至曼丹国际货运航线开通", head=["■滇澜至曼丹国际货运航线开通"], section="要闻简报",
                 notes="要闻简报 item with no credit.",
                 paras=["10月5日，滇澜至曼丹国际全货运航线首航，每周执飞四班，主要运输鲜花、生鲜和跨境电商货物。"])
    for e in (e1, e2, e3):
        pg.headline(e)
        pg.body(e)
        pg.gap()
    pg.furniture(["本报导读",
                  "A2　全市重点项目三季度“成绩单”出炉",
                  "A4　夜间经济点亮城市烟火气",
                  "A6　预制菜产业链条加速延伸"], "本报导读 box at the foot (page numbers first; not articles)")
    pg.furniture(["值班编委：单雨生　　本版编辑：连星　　校对：扈晓"], "footer 值班编委 / 本版编辑 / 校对")
    return pg


PAGES = [lt05, lt06, lt07, lt08]
