"""Pages lf09-lf12 of handmade62 (development set; all papers, agencies, names, firms, places and figures invented).

Articles printed side by side in columns are written as the extractor read them: a column (or a few lines) of
one, then the headline and first column of the other, then the second column of the first, and so on. The
kit's render_body renders a body, Page.chunks cuts it into the printed columns, Page.emit writes each column
where the extractor put it; the gold follows from the records (bodies in pieces, first/last in reading order).
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from woven import WOVEN, columns, lines_before


# ---------------------------------------------------------------------------
def lf09() -> Page:
    """Commercial paper 商贸·市场 page: THREE items woven in an uneven order (A 3 lines, B headline + col 1, A col 2,
    C headline + col 1, B col 2, A col 3, C col 2); an item whose headline and byline are printed AFTER its body."""
    pg = Page("lf09.txt", cols=28, indent=FW, blanks="arts", seed=6209,
              style="commercial paper 商贸·市场 page indented with ONE U+3000, blank lines only between articles and blocks: header on three lines (paper; date with weekday; 版名 + 第7版); THREE items woven in an uneven order: A (byline line 本报记者 X) 3 lines, B headline, byline line 本报记者 X　实习生 Y and col 1, A col 2, C headline and col 1 (run-in 本报讯（记者 X）), B col 2, A col 3, C col 2; an item whose body comes FIRST and whose headline and byline line are printed AFTER it; footer")
    pg.furniture(["瓯澜商报",
                  cn_date(2036, 10, 10),
                  "商贸·市场　第7版"], "page header")
    pg.blank()
    a = Article(
        "a", "国庆黄金周全市重点商贸企业销售额增长11%",
        byline="本报记者　邬千帆", authors=["邬千帆"],
        notes=WOVEN.format(other="老字号“国潮”专柜进驻商场 and 二手车交易量连续六个月增长 (three items woven)",
                           order="its first three lines, B's headline, byline and first column, its second column, C's "
                                 "headline and first column, B's second column, its third column, C's second column")
              + " Byline line 本报记者 X. The shop manager quoted is not an author.",
        paras=[
            "记者从瓯澜市商务局获悉，国庆假期7天，全市重点监测的200家商贸企业实现销售额38.6亿元，同比增长11.2%。其中，餐饮企业营业额增长16.8%，百货和购物中心销售额增长9.4%。",
            "新型消费亮点纷呈。假期全市新能源汽车销售4270辆，同比增长37%；智能家居、可穿戴设备等数码产品销售额增长22.5%。瓯江路步行街、南门老街等5条特色街区日均客流超过15万人次。",
            "“今年假期的客流比我们预想的还要好。”南门老街一家茶饮店店长说，店里推出的桂花限定款饮品日均卖出1200多杯。",
        ])
    b = Article(
        "b", "老字号“国潮”专柜进驻商场",
        byline="本报记者　杭晴　实习生　蒯小满", authors=["杭晴", "蒯小满"],
        notes=WOVEN.format(other="国庆黄金周… and 二手车… (three items woven)",
                           order="A's first three lines, its headline, byline and first column, A's second column, "
                                 "C's headline and first column, its second column, A's third column, C's second "
                                 "column")
              + " Byline line 本报记者 X　实习生 Y (both authors). The student quoted (丁一禾) is not an author.",
        paras=[
            "10月1日，瓯澜百货一楼新开的“瓯澜老字号”专柜前人头攒动。专柜集中展示了17家本地老字号的300余种商品，既有传统糕点、黄酒、剪刀，也有老字号与设计师联名推出的文创新品。",
            "“以前总觉得老字号是爷爷奶奶辈的东西，现在包装这么好看，买来送朋友很有面子。”前来选购的大学生丁一禾说。据统计，专柜开业10天销售额达到126万元。",
        ])
    c = Article(
        "c", "二手车交易量连续六个月增长",
        byline="本报讯（记者　柴南星）", authors=["柴南星"], lead="本报讯（记者　柴南星）",
        notes=WOVEN.format(other="国庆黄金周… and 老字号“国潮”专柜… (three items woven)",
                           order="A's and B's first columns and A's second column, then its headline and first "
                                 "column, B's second column, A's third column, then its second column")
              + " Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从市二手车交易市场获悉，9月份全市二手车交易量达到1.86万辆，同比增长14.5%，已连续六个月保持增长。其中，新能源二手车交易量占比达到21%。",
            "业内人士分析，二手车跨区域流通限制取消和“以旧换新”政策带动了交易活跃度。",
        ])
    a1, a2, a3 = columns(pg, a, [3, 4])
    b1, b2 = columns(pg, b, [4])
    c1, c2 = columns(pg, c, [4])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, a1)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.headline(c)
    pg.emit(c, c1)
    pg.emit(b, b2)
    pg.emit(a, a3)
    pg.emit(c, c2)
    pg.blank()
    d = Article(
        "d", "社区团购纳入规范经营",
        byline="本报记者　杭晴", authors=["杭晴"],
        notes="Ordinary item read in the normal order, but its headline and byline line are printed AFTER its body "
              "(as the extractor read a headline set at the foot of a column): title_line is the headline's line, "
              "the body the lines before it.",
        paras=[
            "日前，瓯澜市出台《社区团购经营行为规范指引》，要求平台不得以低于成本的价格倾销，不得利用数据优势“大数据杀熟”，团长代收商品须提供符合食品安全要求的存放场所。",
            "据了解，全市现有社区团购团长1.2万余名，日均订单量约35万单。",
        ])
    pg.body(d)
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.blank()
    pg.furniture(["本版主编：葛晴川　　责任编辑：罗一苇"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lf10() -> Page:
    """Provincial daily 县域经济 page, NO indent: a headless continuation (（上接第1版） then text); a cluster item
    woven with a cold-chain feature (headline, ——副题, byline line), the item's text ending in （转第4版）; label
    县域快讯 over two items signed at the end."""
    pg = Page("lf10.txt", cols=36, indent="", blanks="para", seed=6210,
              style="provincial daily 县域经济 page, NO indent, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 版名 + 第3版); a continuation from page 1 printed WITHOUT a headline (the line （上接第1版）, then its text); cluster item (byline line 本报记者 X) WOVEN with a feature (headline, ——副题 and byline line 本报记者 X　通讯员 Y): A col 1 (3 lines), B headline, subtitle, byline and col 1, A col 2, B col 2, A col 3 ending mid-sentence, then A's jump line （转第4版）; label 县域快讯 over two items with credits （通讯员 X）, （记者 X） run in at the end; footer")
    pg.furniture(["霁北日报",
                  cn_date(2037, 2, 23),
                  "县域经济　第3版"], "page header")
    pg.blank()
    z = Article(
        "z", None,
        notes="Continuation of a front-page story printed WITHOUT a headline: the line （上接第1版） over it is not "
              "body; title null (the paper printed none on this page), no byline, no authors; first is the first "
              "text printed here. The park manager quoted is not an author. Judgement call: kept as an article of "
              "its own (the part of a story printed on this page), as the reader of this page meets it.",
        paras=[
            "在北岭县的冷链物流园，一辆辆满载香菇、木耳的冷藏车正整装待发。园区负责人介绍，今年春节前后，园区日均发货量达到260吨，比去年同期翻了一番。",
            "全市县域经济的“成绩单”同样亮眼。去年，10个县（市）地区生产总值合计增长6.3%，高于全市平均水平0.5个百分点；县域规上工业增加值增长8.1%，县域社会消费品零售总额增长7.4%。",
        ])
    pg.line(z, "（上接第1版）", "jump")
    pg.body(z)
    pg.gap()
    a = Article(
        "a", "县域特色产业集群产值增长12.4%",
        byline="本报记者　岳听松", authors=["岳听松"],
        notes=WOVEN.format(other="冷链物流打通山货出村“最初一公里”", order="its first three lines, then the other's "
                           "headline, subtitle, byline and first column, its second column, the other's second column, "
                           "its third column")
              + " Byline line 本报记者 X. Its text breaks off mid-sentence and continues on page 4: the jump line "
                "（转第4版） after its third column is not body; last is the last text printed on this page.",
        paras=[
            "记者从市发展改革委获悉，去年全市23个县域特色产业集群实现总产值1864亿元，同比增长12.4%，其中产值超百亿元的集群达到6个。",
            "从产业类型看，食品加工、纺织服装、五金机电三类传统集群产值占比仍接近六成，但新能源装备、生物基材料等新兴集群增长更快，去年产值增速分别达到28.6%和23.1%。",
            "集群发展离不开平台支撑。去年，全市县域新建标准厂房142万平方米，组建产业创新服务综合体9个，为中小企业提供检验检测、工业设计等服务超过1.2万次。市发展改革委相关负责人表示，今年将实施县域产业集群“提能升级”行动，",
        ])
    b = Article(
        "b", "冷链物流打通山货出村“最初一公里”",
        subtitle="——来自北岭县的调查",
        byline="本报记者　殷拂晓　通讯员　籍安", authors=["殷拂晓", "籍安"],
        notes=WOVEN.format(other="县域特色产业集群产值增长12.4%", order="the other's first three lines, then its "
                           "headline, subtitle, byline and first column, the other's second column, its second column, "
                           "the other's third column")
              + " ——副题 is the subtitle. Byline line 本报记者 X　通讯员 Y (both authors). The villager quoted (易秋生) "
                "is not an author.",
        paras=[
            "过去，北岭县的山货出村难、保鲜难，“好东西卖不上好价钱”。如今，全县建成村级冷链仓储点58个，冷藏车辆从8辆增加到46辆，山货从地头到冷库的时间由一天多缩短到4小时以内。",
            "冷链完善了，电商跟着活了。全县农产品网络零售额去年达到5.7亿元，增长31%。上坪村村民易秋生家的香菇，通过直播间卖到了20多个省份，一年多挣了四万多元。",
            "县商务局负责人介绍，今年将再建村级冷链仓储点30个，实现重点产业村全覆盖。",
        ])
    a1, a2, a3 = columns(pg, a, [3, 4])
    b1, b2 = columns(pg, b, [4])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, a1)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.emit(a, a3)
    pg.line(a, "（转第4版）", "jump")
    pg.gap()
    pg.furniture(["县域快讯"], "column label 县域快讯")
    e1 = Article("e1", "岚溪县首批“共富工坊”挂牌", section="县域快讯",
                 byline="（通讯员　戴小棠）", authors=["戴小棠"], tail="（通讯员　戴小棠）",
                 notes="Item of the 县域快讯 strip (section). The credit （通讯员 X） run in at the end is the byline, "
                       "excluded from last.",
                 paras=["2月20日，岚溪县首批36家“共富工坊”挂牌运营，预计可带动农村劳动力就近就业2000余人，人均月增收1500元左右。"])
    e2 = Article("e2", "北岭县茶园春管全面展开", section="县域快讯",
                 byline="（记者　殷拂晓）", authors=["殷拂晓"], tail="（记者　殷拂晓）",
                 notes="Item of the 县域快讯 strip (section). The credit （记者 X） run in at the end is the byline, "
                       "excluded from last.",
                 paras=["连日来，北岭县4.6万亩茶园进入春季管护期，县农业农村局组织技术人员分片包村，指导茶农开展修剪、施肥和病虫害绿色防控。"])
    for art in (e1, e2):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["责任编辑：牟青　　版式：钟鸣远"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lf11() -> Page:
    """Metropolitan daily 楼市·家居 page with column breaks (a blank line every 9 body lines): new-home sales item
    woven with a rental-policy item (——副题); ordinary run-in item; data box."""
    pg = Page("lf11.txt", cols=22, indent="  ", blanks="some", colbreak=9, seed=6211, p_para=0.3, p_gap=0.8,
              style="metropolitan daily 楼市·家居 page indented with two ASCII spaces, blank lines sometimes plus column breaks (a blank line every 9 body lines, also inside paragraphs): header on two lines (paper + date with weekday; B03 + 版名); new-home sales item (byline line 本报记者 X) WOVEN with a rental-policy item (headline, ——副题, byline line 本报记者 X): A col 1 (6 lines), B headline, subtitle, byline and col 1 (6 lines), A col 2, B col 2; ordinary item with run-in 本报讯（记者 X　通讯员 Y）; data box (title, header row, four rows, source); footer")
    pg.furniture(["蔺川都市报　" + cn_date(2035, 12, 5),
                  "B03　楼市·家居"], "page header")
    pg.blank()
    a = Article(
        "a", "11月新房成交面积环比增长14%",
        byline="本报记者　鞠晚亭", authors=["鞠晚亭"],
        notes=WOVEN.format(other="租赁住房新政落地首月", order="its first six lines, then the other's headline, "
                           "subtitle, byline and first six lines, then its rest, then the other's rest")
              + " Byline line 本报记者 X. The researcher quoted (温知远) is not an author.",
        paras=[
            "记者从蔺川市住房保障和房产管理局获悉，11月全市新建商品住房成交9863套，成交面积106.2万平方米，环比分别增长12.7%和14.1%，同比增长8.3%和9.6%。",
            "从区域看，高新区和滨湖新区成交量占全市的四成以上；从户型看，120平方米以上的改善型住房成交占比达到46%，较上月提高3个百分点。",
            "“年底房企推盘节奏加快，部分项目推出了购房优惠，带动了成交回升。”蔺川大学房地产研究所所长温知远分析，预计12月成交量仍将保持平稳。",
        ])
    b = Article(
        "b", "租赁住房新政落地首月",
        subtitle="——保障性租赁住房签约2300套",
        byline="本报记者　郗望", authors=["郗望"],
        notes=WOVEN.format(other="11月新房成交面积环比增长14%", order="the other's first six lines, then its headline, "
                           "subtitle, byline and first six lines, the other's rest, its rest")
              + " ——副题 is the subtitle. Byline line 本报记者 X.",
        paras=[
            "11月1日，《蔺川市保障性租赁住房管理办法》正式施行。一个月来，全市保障性租赁住房签约2316套，其中新市民和青年人签约占比达到87%。",
            "新办法将申请条件由“本市无房且缴纳社保满一年”放宽为“在本市无房”，租金按同地段市场租金的八五折确定。承租人还可按规定提取住房公积金支付房租。",
            "市住房保障和房产管理局表示，明年计划新筹集保障性租赁住房1.5万套，重点布局在产业园区和轨道交通站点周边。",
        ])
    a1, a2 = columns(pg, a, [6])
    b1, b2 = columns(pg, b, [6])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, a1)
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.gap()
    c = Article(
        "c", "家居卖场推出以旧换新",
        byline="本报讯（记者　郗望　通讯员　禹晴川）", authors=["郗望", "禹晴川"],
        lead="本报讯（记者　郗望　通讯员　禹晴川）",
        notes="Ordinary item read in the normal order. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are "
              "authors.",
        paras=[
            "记者从市商务局获悉，12月1日起，全市18家大型家居卖场联合推出家具、建材“以旧换新”活动，消费者交售旧家具可获得最高3000元的抵用券，并可叠加政府消费补贴。",
            "活动将持续至明年2月底，预计带动家居消费超过5亿元。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["11月各区新建商品住房成交情况",
                  "区域　　　成交套数　环比",
                  "高新区　　2216　　＋15.2%",
                  "滨湖新区　1897　　＋11.8%",
                  "老城区　　1342　　＋6.5%",
                  "临江区　　1108　　＋9.9%",
                  "数据来源：蔺川市住房保障和房产管理局"], "data box (not an article)")
    pg.blank()
    pg.furniture(["编辑：童小溪　　校对：方亦"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lf12() -> Page:
    """Daily 乡村振兴 page in a wide column: rice-purchase item woven with a tea-oil item in SMALL pieces (2, 3, 3,
    3 lines, then the rests), the tea-oil item signed at its end; label 乡村观察 over a comment; ordinary run-in
    item."""
    pg = Page("lf12.txt", cols=40, indent=FW * 2, blanks="para", seed=6212,
              style="daily 乡村振兴 page in a wide column, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 第6版 + 版名 + 责任编辑); rice item (byline line 本报记者 X　通讯员 Y) WOVEN in small pieces with a tea-oil item (headline only; credit （记者 X　通讯员 Y） run in at its end): A 2 lines, B headline and 3 lines, A 3 lines, B 3 lines, A rest, B rest; label 乡村观察 over a comment with byline line □ X; ordinary item with run-in 本报讯（记者 X）; footer")
    pg.furniture(["雁汀日报",
                  cn_date(2036, 8, 20),
                  "第6版　乡村振兴　　责任编辑：缪春山"], "page header")
    pg.blank()
    a = Article(
        "a", "早稻收购价每斤上浮3分",
        byline="本报记者　蔚禾　通讯员　晁一平", authors=["蔚禾", "晁一平"],
        notes=WOVEN.format(other="茶油品牌化带动万户增收", order="its first two lines, the other's headline and three "
                           "lines, its next three, the other's next three, its rest, the other's rest")
              + " Byline line 本报记者 X　通讯员 Y (both authors).",
        paras=[
            "眼下，雁汀市42万亩早稻收割进入尾声。记者从市粮食和物资储备局获悉，今年全市早稻收购价格为每斤1.38元，比去年上浮3分，全市已收购早稻5.6万吨。",
            "为方便农民售粮，全市开设收购网点86个，推行“预约收购”“上门收购”等服务，收购款通过银行卡直接发放到农户手中。部分粮食企业还开展了订单收购，对种植优质稻的农户每斤加价5分。",
            "市农业农村局介绍，今年早稻平均亩产达到412公斤，比去年增加9公斤，种粮收益总体稳定。",
        ])
    b = Article(
        "b", "茶油品牌化带动万户增收",
        byline="（记者　庾清　通讯员　季川）", authors=["庾清", "季川"], tail="（记者　庾清　通讯员　季川）",
        notes=WOVEN.format(other="早稻收购价每斤上浮3分", order="the other's first two lines, its headline and three "
                           "lines, the other's next three, its next three, the other's rest, its rest")
              + " The credit （记者 X　通讯员 Y） run in at its end is the byline (both authors), excluded from last.",
        paras=[
            "在雁汀市石门乡的油茶基地，新一轮油茶果采摘前的管护工作正在进行。近年来，雁汀市整合27家茶油加工企业，统一使用“雁汀茶油”区域公用品牌，统一质量标准和包装标识。",
            "品牌化让茶油卖出了好价钱。目前，“雁汀茶油”每斤售价较整合前提高了30%以上，产品进入全国40多个城市的商超。去年，全市油茶产业综合产值达到46亿元，带动1.2万户农户户均增收8600元。",
            "下一步，雁汀市将新建高产油茶林5万亩，并发展茶油护肤品、茶籽粕饲料等精深加工产品。",
        ])
    a1, a2, a3 = columns(pg, a, [2, 3])
    b1, b2, b3 = columns(pg, b, [3, 3])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, a1)
    pg.headline(b)
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.emit(a, a3)
    pg.emit(b, b3)
    pg.gap()
    pg.furniture(["乡村观察"], "column label 乡村观察")
    c = Article(
        "c", "让农产品既“卖得好”又“卖得久”", section="乡村观察", kind="commentary",
        byline="□ 荀望舒", authors=["荀望舒"],
        notes="Comment under the column label 乡村观察 (section), read in the normal order; byline line □ X; kind "
              "commentary.",
        paras=[
            "这几年，不少地方的农产品借助直播带货、电商平台一夜走红，订单像雪片一样飞来。可也有一些“网红”农产品，火了一阵便销声匿迹。",
            "究其原因，一是品质不稳定，消费者买了一次不再回购；二是供应跟不上，旺季断货、淡季积压。农产品要“卖得久”，功夫还在田间地头：标准化种植、分级分拣、冷链储运，一样都不能少。",
            "流量能带来一时的热闹，品质和信誉才是长久的饭碗。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "农村电商直播基地年内销售额破亿",
        byline="本报讯（记者　庾清）", authors=["庾清"], lead="本报讯（记者　庾清）",
        notes="Ordinary item read in the normal order. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "8月18日，记者从雁汀市商务局获悉，位于桃源镇的农村电商直播基地今年1至7月销售额达到1.06亿元，提前实现“破亿”目标。基地现有直播间32个，培育本土主播160余名，带动周边农户就业1100多人。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版校对：伏羽　　美编：卜一"], "footer")
    return pg


PAGES = [lf09, lf10, lf11, lf12]
