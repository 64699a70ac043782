"""Pages kh01-kh04 of handmade38 (development set; all papers, agencies, names, firms, places and figures invented).

Pages whose extraction confused the reading order, mixed with clean ones.  Besides the kit (unchanged), two
small helpers are defined here and imported by pages_b / pages_c:

* `side_by_side`: an article set in two columns, extracted row by row, so that each printed line holds the
  left column's line and, after several spaces, the right column's line;
* `columns`: an article's body cut into column pieces (by printed lines, gaps kept), to print them out of
  order or interleaved with another article's pieces.
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, width, wrap


def columns(pg: Page, a: Article, sizes: list[int], cols: float | None = None) -> list[list]:
    """The body of `a` rendered and cut into pieces of sizes[k] printed lines (the rest last)."""
    return Page.chunks(pg.render_body(a, cols=cols), sizes)


def side_by_side(pg: Page, a: Article, cols: float, gap: int = 6, left_n: int | None = None,
                 indent: str | None = None) -> None:
    """Print the body of `a` as two columns read row by row: each printed line is the left column's line,
    padded with ASCII spaces to the column width, `gap` more spaces, then the right column's line."""
    lines = [it[1] for it in pg.render_body(a, cols=cols, indent=indent) if it[0] == "line"]
    k = len(lines) // 2 if left_n is None else left_n
    left, right = lines[:k], lines[k:]
    rows = []
    for i in range(max(len(left), len(right))):
        lt = left[i] if i < len(left) else ""
        rt = right[i] if i < len(right) else ""
        if not rt:
            rows.append(lt)
            continue
        pad = max(2, int(round((cols + 1 - width(lt)) * 2))) + gap  # right column at a fixed position
        rows.append(lt + " " * pad + rt)
    pg.emit(a, [("line", r, set()) for r in rows])


# ---------------------------------------------------------------------------
def kh01() -> Page:
    """National economic daily, FRONT page: masthead; lead with ——副题 and run-in 本报北京10月15日讯（记者 X　Y）
    that jumps to page 3 (（下转第3版） run in at the end of its last line); 评论员文章 (本报评论员 under the headline);
    a 本报讯 item and a wire item set side by side whose column pieces come out interleaved; a short clean item;
    今日导读 box; footer."""
    pg = Page("kh01.txt", cols=22, indent=FW * 2, blanks="para", seed=3801,
              style="national economic daily FRONT page: five-line masthead; lead with ——副题 and run-in 本报北京10月15日讯（记者 X　Y） that JUMPS to page 3: （下转第3版） run in at the end of its last line, cut mid-sentence; 评论员文章 with 本报评论员 under the headline (clean); a 本报讯（记者 X） item and a wire item 四海社北京…电（记者 X、Y） ending （完） set side by side, their column pieces INTERLEAVED (headline A, A1, headline B, B1, A2, B2); short clean 本报宛川…讯 item; 今日导读 box; footer")
    pg.furniture(["澜川经济日报",
                  "LANCHUAN ECONOMIC DAILY",
                  cn_date(2035, 10, 16),
                  "国内统一连续出版物号　CN 11-0627　邮发代号　1-35",
                  "今日12版　第15388号"], "masthead")
    pg.blank()
    a = Article(
        "a", "设备更新带动制造业投资加快增长",
        subtitle="——前三季度制造业投资同比增长9.6%",
        byline="本报北京10月15日讯（记者　阮清和　俞晚舟）", authors=["阮清和", "俞晚舟"],
        lead="本报北京10月15日讯（记者　阮清和　俞晚舟）", tail="（下转第3版）",
        notes="Lead that jumps to page 3 (its continuation is kh02's first article). ——副题 is the subtitle. Run-in "
              "本报北京10月15日讯（记者 X　Y） excluded from first; both reporters are authors. The jump line "
              "（下转第3版） run in at the end of the last line is not text: excluded from last, which is the end of the "
              "text printed on this page (cut mid-sentence). The official quoted is not an author.",
        paras=[
            "统计部门15日发布的数据显示，前三季度，全国固定资产投资（不含农户）38.62万亿元，同比增长4.8%，增速比上半年加快0.3个百分点。其中，制造业投资增长9.6%，拉动全部投资增长2.4个百分点，对投资增长的贡献率接近五成。",
            "从行业看，设备更新需求集中释放成为制造业投资的主要支撑。前三季度，设备工器具购置投资同比增长17.3%，比全部投资增速高12.5个百分点；电气机械和器材制造业、专用设备制造业、计算机通信和其他电子设备制造业投资分别增长14.1%、12.8%和11.6%。",
            "“今年以来，设备更新和技术改造相关支持政策陆续落地，企业投资意愿明显回升。”统计部门有关负责人分析，再贷款贴息、专项债券等政策工具协同发力，有效降低了企业融资成本。记者在多地走访中了解到，不少中小制造企业",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "以有效投资激活内生动力", kind="commentary", byline="本报评论员",
        notes="评论员文章: the line 本报评论员 under the headline is the byline (no person named: no authors). "
              "Commentary. Printed in order (clean).",
        paras=[
            "前三季度投资数据传递出积极信号：制造业投资保持较快增长，设备购置投资增势强劲，投资结构持续向新、向优。在外部环境复杂多变的背景下，这样的表现殊为不易。",
            "投资是连接当前与长远的关键变量。扩大有效投资，既能在短期内稳定需求、带动就业，又能为长期增长积累新的生产能力。关键在于“有效”二字——要投向补短板、强弱项的领域，投向能够形成新质生产力的领域，避免低水平重复建设。",
            "激发民间投资活力是重中之重。要持续优化营商环境，在项目审批、要素保障、融资支持等方面一视同仁，让民营企业愿投资、敢投资、能投资。同时，要用好政府投资的撬动作用，以公共投资带动社会投资。",
            "稳住投资，就是稳住经济的基本盘。只要坚持在扩大有效投资上持续用力，就一定能够为经济持续回升向好注入更强动力。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "澜州港集装箱航线增至186条",
        byline="本报讯（记者　邝听雨）", authors=["邝听雨"], lead="本报讯（记者　邝听雨）",
        notes="Set side by side with the next (wire) item; extraction interleaved their column pieces, printing this "
              "headline, its first 6 lines, the wire item's headline and first lines, then the rest of this text, "
              "then the rest of the wire item. Body in two pieces; first/last as a reader reassembles it. Run-in "
              "本报讯（记者 X） excluded from first. The port official is not an author.",
        paras=[
            "记者从澜州港务集团获悉，随着两条新开的东南亚直航航线本月投入运营，澜州港集装箱航线总数增至186条，其中外贸航线121条，通达全球62个国家和地区的230余个港口。",
            "今年前9个月，澜州港完成集装箱吞吐量1046万标准箱，同比增长8.7%，提前一个季度突破千万标准箱。港务集团负责人介绍，港口近两年投入运营的自动化码头作业效率提升了约三成，船舶平均在港时间缩短至21小时。",
            "据了解，澜州港正在推进海铁联运通道建设，计划年内新开通3条海铁联运班列，将港口服务范围进一步向内陆腹地延伸。",
        ])
    d = Article(
        "d", "9月新发放企业贷款利率保持低位",
        byline="四海社北京10月15日电（记者　齐方圆、贺以宁）", authors=["齐方圆", "贺以宁"],
        lead="四海社北京10月15日电（记者　齐方圆、贺以宁）", tail="（完）",
        notes="Wire item of the invented agency 四海社 (四海通讯社), set side by side with the previous item; its "
              "headline and first lines come out in the middle of that item, its rest after it (two pieces). "
              "Run-in 四海社北京10月15日电（记者 X、Y） excluded from first; （完） run in at the end excluded from last.",
        paras=[
            "金融管理部门15日公布的数据显示，9月新发放企业贷款加权平均利率为3.41%，比上月低3个基点，比上年同期低29个基点，继续处于历史低位。",
            "数据显示，9月末人民币贷款余额同比增长7.9%。其中，制造业中长期贷款余额同比增长13.2%，普惠小微贷款余额增长12.6%，均高于各项贷款平均增速。",
            "有关负责人表示，下一步将保持流动性合理充裕，引导金融机构加大对科技创新、先进制造和小微企业的支持力度，推动社会综合融资成本稳中有降。",
        ])
    c1, c2 = columns(pg, c, [6])
    d1, d2 = columns(pg, d, [5])
    pg.headline(c)
    pg.gap()
    pg.emit(c, c1)
    pg.gap()
    pg.headline(d)
    pg.gap()
    pg.emit(d, d1)
    pg.gap()
    pg.emit(c, c2)
    pg.gap()
    pg.emit(d, d2)
    pg.gap()
    e = Article(
        "e", "首届跨境数字贸易洽谈会在宛川开幕",
        byline="本报宛川10月15日讯（记者　程未晞）", authors=["程未晞"],
        lead="本报宛川10月15日讯（记者　程未晞）",
        notes="Short item, clean. Run-in 本报宛川10月15日讯（记者 X） excluded from first.",
        paras=[
            "首届跨境数字贸易洽谈会15日在宛川开幕，来自32个国家和地区的600余家企业参会。洽谈会设置数字服务、跨境电商、智慧物流等6个展区，首日签约项目47个，意向金额逾120亿元。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["今日导读",
                  "◆一批专精特新企业加速“出海”（第5版）",
                  "◆县域商业体系建设提速（第3版）",
                  "◆稳投资要在“有效”上下功夫（第9版）"], "今日导读 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["本版责任编辑：蓝若溪　辛望山　　校对：蒲一鸣　　美编：甘小栗"],
                 "footer with editors, proof-reader, designer")
    return pg


# ---------------------------------------------------------------------------
def kh02() -> Page:
    """National economic daily, page 3 要闻: the continuation of kh01's lead (headline repeated, （上接第1版） run in
    at the start); an article in two narrow columns whose second column's first two lines (set beside the
    headline) come out BEFORE the headline and the first column; a feature with a 记者手记 sidebar box dropped
    into the MIDDLE of one of its paragraphs; a 本报讯 item signed （记者 X） at the end."""
    pg = Page("kh02.txt", cols=26, indent=FW * 2, blanks="some", seed=3802, p_para=0.5, p_gap=0.85,
              style="national economic daily page 3 要闻: header on two lines; the CONTINUATION of kh01's lead (headline repeated, （上接第1版） run in at the start, no byline); an article in two 13-character columns whose second column's first two lines (beside the headline) come out BEFORE its headline, byline line 本报记者 X and first column; a feature (引题, headline, ——副题, byline line 本报记者 X　通讯员 Y) with a 记者手记 sidebar box (label, headline, two paragraphs, right-aligned signature) dropped into the MIDDLE of one of its paragraphs, mid-sentence; bare 本报讯 item signed （记者 X） at the end (clean)")
    pg.furniture(["3　要闻",
                  "澜川经济日报　" + cn_date(2035, 10, 16) + "　责任编辑：乔映雪　校对：柯晓帆"], "page header")
    pg.blank()
    a = Article(
        "a", "设备更新带动制造业投资加快增长",
        lead="（上接第1版）",
        notes="Continuation of the front-page lead (kh01): the headline is repeated over it and the jump line "
              "（上接第1版） is run in at the start of its first line: excluded from first, which is the first text "
              "printed here (the rest of a sentence begun on page 1). No byline is printed on this page: no authors "
              "(the reporters are named on page 1 only).",
        paras=[
            "正加快推进生产线智能化改造，一些企业的技改项目已从“单台设备换新”转向“整条产线升级”。在青崖市一家汽车零部件企业，新建的数字化冲压车间投用后，单位产品能耗下降约18%，产品不良率下降近一半。",
            "不过，也要看到，民间投资增长仍然偏弱，部分行业投资回报预期不稳。专家建议，下一步应在用好设备更新政策的同时，进一步破除市场准入壁垒，完善项目融资对接机制，推动更多社会资本参与重大项目建设，巩固投资回升势头。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "多地出台措施支持县域商业体系建设",
        byline="本报记者　葛书遥", authors=["葛书遥"],
        notes="Set in two 13-character columns with the headline over the first column only; extraction printed "
              "the second column's first two lines (which sit beside the headline) BEFORE the headline, the byline "
              "line and the first column, then the rest of the second column. Body in two pieces; first is the start "
              "of the first column, last the end of the second, as a reader reassembles it. Byline line 本报记者 X. "
              "The official quoted is not an author.",
        paras=[
            "今年以来，已有18个省份出台支持县域商业体系建设的具体措施，围绕县城综合商贸服务中心、乡镇商贸中心和村级便民商店，推动商业网点和物流配送向农村延伸。",
            "在宛川市北部的一个乡镇，改造后的商贸中心集超市、快递驿站、农资门店于一体，日均客流超过2000人次。“过去买台冰箱要跑县城，现在镇上就能选，还能送货上门。”一位村民说。",
            "商务部门有关负责人表示，将继续推动连锁企业、物流企业下沉县域市场，加快补齐农村冷链物流短板，让县域商业更好地连接城乡消费。",
        ])
    items = pg.render_body(b, cols=13)
    n = sum(it[0] == "line" for it in items)
    col1, col2 = Page.chunks(items, [(n + 1) // 2])
    top, rest = Page.chunks(col2, [2])
    pg.emit(b, top)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, col1)
    pg.emit(b, rest)
    pg.gap()
    c = Article(
        "c", "冷链物流向县域加速延伸",
        subtitle="——淇口县农产品冷链建设调查",
        byline="本报记者　温如故　通讯员　祁小满", authors=["温如故", "祁小满"],
        notes="The 引题 kicker 补短板　降损耗 above the headline is neither title nor subtitle (the ——副题 is the "
              "subtitle). Byline line 本报记者 X　通讯员 Y: both are authors. The 记者手记 sidebar box (its own "
              "article, next) is dropped into the MIDDLE of the third paragraph (the line before it ends "
              "mid-sentence, the line after it goes on with the same sentence): body in two pieces. People quoted "
              "are not authors.",
        paras=[
            "清晨6点，淇口县东岭镇的蔬菜分拣中心已是一片忙碌。刚采摘的西兰花经过预冷、分级、包装，4个小时后便装上冷藏车，第二天一早就能出现在澜州市的超市货架上。",
            "淇口是传统蔬菜产区，过去由于缺少产地冷库，蔬菜采摘后只能“地头卖”，损耗率一度高达25%。近两年，当地利用专项资金和社会投资，新建产地冷藏保鲜设施46座，库容达到8.6万立方米，蔬菜损耗率降至8%左右。",
            "“有了冷库，我们可以错峰销售，价格平均每斤能多卖两三毛钱。”东岭镇一家蔬菜合作社负责人算了一笔账，合作社去年种植西兰花1200亩，仅错峰销售一项就增收60多万元。县农业农村局负责人介绍，下一步将推动冷链设施从“有没有”向“好不好”转变，引导企业建设共享冷库和数字化管理平台，提高设施利用率。",
            "业内人士指出，县域冷链物流建设还面临运营成本高、专业人才缺乏等难题，需要在用地、用电等方面给予更多支持，探索“公共冷库＋市场化运营”的可持续模式。",
        ])
    d = Article(
        "d", "让“最先一公里”更顺畅", section="记者手记",
        byline="温如故", authors=["温如故"],
        notes="记者手记 sidebar box under its label (section), dropped into the middle of a paragraph of the host "
              "feature; printed whole. Own headline, two paragraphs, the reporter's name alone right-aligned at "
              "its end (the byline; she is the author). Kind article, as the 记者手记 of earlier sets.",
        paras=[
            "采访中，一位菜农的话让记者印象深刻：“菜种得好不难，难的是卖得出去、卖得上价。”产地冷链就是农产品进城的“最先一公里”。",
            "这一公里走顺了，农民多得实惠，市民吃得新鲜，浪费也少了。补上这块短板，需要政府搭台，更需要市场主体长久用心经营。",
        ])
    pg.kicker(c, "补短板　降损耗")
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    n12 = sum(it[0] == "line" for it in pg.render_body(c, end=2))  # printed lines of paragraphs 1-2
    c1, c2 = columns(pg, c, [n12 + 3])  # cut 3 lines into paragraph 3, mid-sentence
    pg.emit(c, c1)
    pg.furniture(["记者手记"], "label 记者手记 of the sidebar box")
    pg.headline(d)
    pg.body(d, cols=22)
    pg.line(d, FW * 18 + d.byline, "byline")
    pg.emit(c, c2)
    pg.gap()
    e = Article(
        "e", "宛川首批“零碳园区”试点启动",
        byline="（记者　鲁清扬）", authors=["鲁清扬"], lead="本报讯　", tail="（记者　鲁清扬）",
        notes="Clean item. The bare run-in 本报讯 (no reporter) is excluded from first; the credit （记者 X） run in at "
              "the end is the byline, excluded from last.",
        paras=[
            "宛川市近日公布首批“零碳园区”试点名单，宛川经济技术开发区、北湖科技园等5个园区入选。试点园区将通过建设分布式光伏、推广储能和绿电交易、实施能源梯级利用等方式，力争到2038年实现园区运营碳排放与碳吸收基本平衡。",
            "宛川市发展改革部门表示，将对试点园区的节能降碳改造项目给予资金补助，并在用能指标上予以倾斜。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["本版图片：本报记者　温如故　摄　　联系电话：(010)6539 2217"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kh03() -> Page:
    """Business paper 消费·市场 page: a clean lead set across the page; an article set in two columns and
    extracted ROW BY ROW (each line: left column's line, several spaces, right column's line); a clean
    本报讯 item; a second article extracted row by row (narrower columns, fewer spaces)."""
    pg = Page("kh03.txt", cols=34, indent="  ", blanks="arts", seed=3803,
              style="商报 消费·市场 page indented with two ASCII spaces, blank lines only between articles and blocks: header on two lines; clean lead across the page (——副题, byline line ◇本报记者 X); an article in two 15-character columns printed ROW BY ROW (each line the left column's line, spaces, the right column's line; byline line 本报记者 X　实习生 Y); clean run-in 本报讯（记者 X） item; an article in two 13-character columns printed ROW BY ROW with a shorter gap (byline line 文／本报记者 X); ad for a home-appliance sale; footer")
    pg.furniture(["恒川商报　" + cn_date(2035, 10, 17) + "　A6",
                  "消费·市场　　　本版主编：庄一禾"], "page header")
    pg.blank()
    a = Article(
        "a", "秋季家装消费迎来小高峰",
        subtitle="——绿色智能家电销售额同比增长23%",
        byline="◇本报记者　沈砚秋", authors=["沈砚秋"],
        notes="Clean lead set across the page. ——副题 is the subtitle; byline line ◇本报记者 X. Shop assistants and "
              "customers quoted are not authors.",
        paras=[
            "国庆假期过后，恒川市各大家居卖场迎来一波装修选购热潮。记者15日在城东一家家居建材市场看到，智能马桶、集成灶、新风系统等展区前挤满了咨询的顾客，不少商户的订单已经排到了11月。",
            "“今年换新的顾客特别多，很多是十几年前装修的老房子，一次性把厨卫家电全换了。”一家厨电品牌的店长告诉记者，9月以来门店销售额同比增长近三成，其中一级能效产品占比超过七成。",
            "恒川市商务部门的监测数据显示，9月，全市纳入监测的重点家居家电企业销售额同比增长17.6%，其中绿色智能家电销售额增长23.1%。业内人士认为，以旧换新补贴政策持续发力，叠加二手房交易回暖带来的装修需求，家装消费有望在四季度保持较快增长。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "社区团购从“次日达”走向“小时达”",
        byline="本报记者　骆星河　实习生　潘悦", authors=["骆星河", "潘悦"],
        notes="Set in two 15-character columns and extracted ROW BY ROW: each printed line holds a line of the left "
              "column, spaces, and the line beside it in the right column. A reader reads the whole left column, "
              "then the right: first is the start of the left column (on the first line), last the end of the "
              "right column (on the last line). Byline line 本报记者 X　实习生 Y: both are authors. People quoted "
              "are not authors.",
        paras=[
            "晚上8点下单，半小时后新鲜的蔬菜和水果就送到了家门口。在恒川市北湖区，越来越多的居民开始习惯这种“即时到家”的购物方式。",
            "记者调查发现，过去以“今日下单、次日自提”为主的社区团购，正在加快向“小时达”转型。多家平台在恒川增设前置仓和社区门店，目前全市前置仓数量已超过300个，覆盖主城区八成以上的社区。",
            "“消费者的时间越来越宝贵，谁送得快、品质稳，谁就能留住客户。”一家生鲜平台恒川区域负责人说，平台今年三季度订单量同比增长41%，客单价提高了约12元。",
            "不过，即时配送也带来了更高的履约成本。有业内人士指出，前置仓的租金、人工和损耗成本较高，平台需要在扩张速度和盈利能力之间找到平衡，避免重走补贴换规模的老路。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    side_by_side(pg, b, cols=15, gap=6)
    pg.blank()
    c = Article(
        "c", "恒川夜间消费节延续至月底",
        byline="本报讯（记者　米朝阳）", authors=["米朝阳"], lead="本报讯（记者　米朝阳）",
        notes="Clean item. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从恒川市商务部门获悉，原定10月中旬结束的2035恒川夜间消费节将延续至10月31日。消费节期间，全市12条特色商业街区延长营业时间至晚上11点，推出夜市美食、灯光秀、街头演艺等活动200余场。",
            "据统计，消费节开幕以来，重点商圈夜间客流同比增长26%，夜间消费额占全天消费额的比重达到38%。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "老旧商场改造“焕新”客流回升",
        byline="文／本报记者　任小禾", authors=["任小禾"],
        notes="Set in two 13-character columns and extracted ROW BY ROW with a shorter gap between them (each line: "
              "left column's line, spaces, right column's line). first is the start of the left column, last the "
              "end of the right column. Byline line 文／本报记者 X. The manager quoted is not an author.",
        paras=[
            "曾经冷清的恒川百货大楼，如今又热闹起来。经过近一年的改造，这座开业近30年的老商场引入了亲子乐园、书店、特色餐饮和运动品牌集合店，国庆假期日均客流突破3万人次，是改造前的两倍多。",
            "“传统百货靠卖货的模式走不通了，必须变成让人愿意来、待得住的生活空间。”商场总经理说。改造后，餐饮、娱乐等体验业态的面积占比从15%提高到45%。",
            "恒川市今年已启动7个老旧商场改造项目，计划三年内完成20个，推动存量商业设施提档升级。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    side_by_side(pg, d, cols=13, gap=3)
    pg.blank()
    pg.furniture(["广告",
                  "恒川家电城　金秋焕新季",
                  "以旧换新最高补贴2000元　一级能效冰箱洗衣机限时直降",
                  "活动时间：10月18日至10月27日",
                  "地址：恒川市北湖区湖滨路118号　热线：400-615-3388"], "advertisement")
    pg.blank()
    pg.furniture(["责任编辑：庄一禾　　美编：邹小野　　校对：房知秋"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kh04() -> Page:
    """Financial paper 银行·市场 page: two articles set side by side whose column pieces come out interleaved in
    three rounds (A1 B1 A2 B2 A3 B3); an article whose headline, ——副题 and byline come out AFTER the first
    column of its body; a clean wire item with （完） on a line of its own; a clean 本报讯 item."""
    pg = Page("kh04.txt", cols=30, indent=FW, blanks="para", seed=3804,
              style="金融报 银行·市场 page indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines; two articles side by side whose column pieces come out INTERLEAVED in three rounds (headline+byline A, A1, label 市场观察 + headline B, B1, A2, B2, A3, B3); an article whose headline, ——副题 and byline line come out AFTER the first column of its body; clean wire item 四海社澄江…电（记者 X） with （完） on a line of its own; clean run-in 本报讯（记者 X） item; footer")
    pg.furniture(["泓泰金融报",
                  cn_date(2035, 10, 18) + "　第6版",
                  "银行·市场"], "page header")
    pg.blank()
    a = Article(
        "a", "三季度末银行业总资产同比增长7.2%",
        byline="本报记者　封以沫", authors=["封以沫"],
        notes="Set side by side with the 市场观察 item; extraction interleaved their column pieces three times "
              "(A1, headline and B1, A2, B2, A3, B3). Body in three pieces; first/last as a reader reassembles it. "
              "Byline line 本报记者 X. The official quoted is not an author.",
        paras=[
            "金融监管部门近日发布的数据显示，三季度末，我国银行业金融机构本外币资产总额达到468.3万亿元，同比增长7.2%。其中，大型商业银行资产总额204.6万亿元，增长8.1%；股份制商业银行资产总额78.9万亿元，增长4.3%。",
            "从资产质量看，三季度末商业银行不良贷款余额3.39万亿元，不良贷款率1.53%，较上季末下降0.02个百分点；拨备覆盖率为209.4%，风险抵补能力保持充足。",
            "信贷结构持续优化。三季度末，银行业金融机构用于小微企业的贷款余额达到83.7万亿元，其中普惠型小微企业贷款余额34.2万亿元，同比增长12.9%；高技术制造业中长期贷款余额增长18.6%。",
            "监管部门有关负责人表示，将继续引导银行保险机构做好科技金融、绿色金融、普惠金融等重点领域的金融服务，同时督促中小银行加快处置存量风险，夯实稳健经营基础。",
        ])
    b = Article(
        "b", "理财产品收益率中枢小幅下行", section="市场观察",
        byline="本报讯（记者　喻朝歌）", authors=["喻朝歌"], lead="本报讯（记者　喻朝歌）",
        notes="Item under the label 市场观察 (section), set side by side with the preceding article; its label, "
              "headline and column pieces come out interleaved with that article's (three pieces). Run-in "
              "本报讯（记者 X） excluded from first. The analyst quoted is not an author.",
        paras=[
            "记者从第三方理财数据平台了解到，9月新发行的固定收益类理财产品平均业绩比较基准为2.46%，较8月下降6个基点，较年初下降约30个基点。",
            "分析人士认为，理财产品收益率下行，主要受债券市场收益率走低和存款利率下调影响。某券商固定收益首席分析师说：“在低利率环境下，理财产品收益中枢下移是大势所趋，投资者需要适当调整收益预期。”",
            "值得关注的是，含权益资产的“固收＋”产品发行量有所回升，9月新发行数量环比增加17%。业内人士建议，投资者应根据自身风险承受能力，合理配置不同类型的理财产品。",
        ])
    a1, a2, a3 = columns(pg, a, [5, 4])
    b1, b2, b3 = columns(pg, b, [4, 4])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, a1)
    pg.gap()
    pg.furniture(["市场观察"], "column label 市场观察")
    pg.headline(b)
    pg.gap()
    pg.emit(b, b1)
    pg.gap()
    pg.emit(a, a2)
    pg.gap()
    pg.emit(b, b2)
    pg.gap()
    pg.emit(a, a3)
    pg.gap()
    pg.emit(b, b3)
    pg.gap()
    c = Article(
        "c", "险资加大科技企业股权投资力度",
        subtitle="——前三季度新增投资超2100亿元",
        byline="本报记者　戚南星", authors=["戚南星"],
        notes="The headline, ——副题 and byline line come out AFTER the first column of the body (the first 8 "
              "printed lines of the text precede them): body in two pieces; first is the start of the text (the "
              "first line of the page's piece before the headline), last its end. ——副题 is the subtitle. The "
              "executive quoted is not an author.",
        paras=[
            "保险资金正在成为支持科技创新的一支重要力量。记者从保险资产管理行业协会获悉，前三季度，保险机构通过股权投资计划、私募股权基金等方式新增投资科技型企业2136亿元，同比增长35%，投向集成电路、生物医药、新材料等领域的占比超过六成。",
            "“保险资金期限长、规模大、来源稳定，与科技企业成长周期长的特点比较匹配。”一家大型保险资产管理公司的投资负责人表示，公司今年新设立了两只科技创新主题股权基金，总规模达到80亿元。",
            "业内人士指出，随着保险资金投资权益类资产的比例上限进一步放宽，险资“长钱长投”的空间将继续扩大。但也要看到，科技企业投资风险较高，保险机构需提升专业投研能力，完善风险管理体系，在安全性和收益性之间把握好平衡。",
        ])
    c1, c2 = columns(pg, c, [8])
    pg.emit(c, c1)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.emit(c, c2)
    pg.gap()
    d = Article(
        "d", "澄江自贸片区跨境融资便利化试点扩围",
        byline="四海社澄江10月17日电（记者　桑若愚）", authors=["桑若愚"],
        lead="四海社澄江10月17日电（记者　桑若愚）",
        notes="Clean wire item: run-in 四海社澄江10月17日电（记者 X） excluded from first; the end mark （完） on a line "
              "of its own is not body.",
        paras=[
            "澄江自由贸易试验片区17日宣布，跨境融资便利化试点范围由高新技术企业扩大至全部“专精特新”企业，符合条件的企业可在不超过等值1000万美元的额度内自主借用外债。",
            "据介绍，试点开展一年多来，已有214家企业办理便利化额度借款，累计金额约9.6亿美元，平均融资成本比境内同期限贷款低约0.8个百分点。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.line(d, "（完）", "endmark")
    pg.gap()
    e = Article(
        "e", "银行间市场本周发行地方债1800亿元",
        byline="本报讯（记者　喻朝歌）", authors=["喻朝歌"], lead="本报讯（记者　喻朝歌）",
        notes="Clean item. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "据统计，本周银行间债券市场计划发行地方政府债券1800亿元左右，其中再融资债券约620亿元，新增专项债券约1050亿元，发行规模较上周有所增加。",
            "分析人士表示，四季度是地方债发行的传统高峰期，市场资金面总体平稳，预计不会对流动性造成明显扰动。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["本版编辑：覃一舟　　校对：单若水　　版式：毛小荻"], "footer")
    return pg


PAGES = [kh01, kh02, kh03, kh04]
