"""Pages lf01-lf04 of handmade62 (development set; all papers, agencies, names, firms, places and figures invented).

Articles printed side by side in columns are written as the extractor read them: a column (or a few lines) of
one, then the headline and first column of the other, then the second column of the first, and so on. The
kit's render_body renders a body, Page.chunks cuts it into the printed columns, Page.emit writes each column
where the extractor put it; the gold follows from the records (bodies in pieces, first/last in reading order).
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from woven import WOVEN, columns, lines_before


# ---------------------------------------------------------------------------
def lf01() -> Page:
    """City daily 经济 page: trade lead (byline line) woven with a port item (run-in 本报讯（记者 X　通讯员 Y）):
    A col 1, B headline + col 1, A col 2, B col 2, A col 3; then an ordinary item and an item that jumps to
    page 3 (（下转第3版） line)."""
    pg = Page("lf01.txt", cols=22, indent=FW * 2, blanks="arts", seed=6201,
              style="city daily 经济 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday; 第2版 + 版名 + 责任编辑); trade lead with byline line 本报记者 X WOVEN with a port item (run-in 本报讯（记者 X　通讯员 Y）): A's first column (7 lines), B's headline and first column, A's second column, B's second column, A's third column, columns breaking mid-sentence; ordinary item with byline line; run-in item ending in a jump line （下转第3版）; footer with proof-reader and designer")
    pg.furniture(["檀州日报",
                  cn_date(2034, 3, 14),
                  "第2版　经济　　责任编辑：凌子墨"], "page header")
    pg.blank()
    a = Article(
        "a", "前两月全市外贸进出口增长8.2%",
        byline="本报记者　覃晓岚", authors=["覃晓岚"],
        notes=WOVEN.format(other="檀州港集装箱航线增至46条", order="its first column, then the other's headline "
                           "and first column, then its second column, the other's second column, its third column")
              + " Byline line 本报记者 X. The customs official quoted (晏启明) is not an author.",
        paras=[
            "记者从檀州海关获悉，今年前两个月，全市货物贸易进出口总值412.6亿元，同比增长8.2%，增速比全省平均水平高出2.4个百分点。其中，出口276.3亿元，增长10.5%；进口136.3亿元，增长3.8%。",
            "从贸易方式看，一般贸易进出口298.4亿元，增长9.7%，占全市外贸总值的72.3%，比重较去年同期提升1.0个百分点。跨境电商进出口势头强劲，前两月完成31.2亿元，增长26.4%。",
            "机电产品仍是出口主力。前两月全市出口机电产品183.5亿元，增长12.1%，其中电动自行车、锂电池、光伏组件“新三样”合计出口47.8亿元，增长31.6%。劳动密集型产品出口58.2亿元，与去年同期基本持平。",
            "“企业手上的订单普遍排到了二季度。”檀州海关综合业务处处长晏启明表示，下一步将推广“提前申报”“两段准入”等便利化措施，帮助企业压缩通关时间、降低物流成本。",
        ])
    b = Article(
        "b", "檀州港集装箱航线增至46条",
        byline="本报讯（记者　鄢明舟　通讯员　柯一帆）", authors=["鄢明舟", "柯一帆"],
        lead="本报讯（记者　鄢明舟　通讯员　柯一帆）",
        notes=WOVEN.format(other="前两月全市外贸进出口增长8.2%", order="the other's first column, then its headline "
                           "and first column, the other's second column, its second column")
              + " Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "3月12日，随着“远帆檀州”轮满载2400标箱驶离檀州港东渡作业区，檀州港至东南亚的第六条直航航线正式开通。至此，檀州港集装箱航线增至46条，其中外贸航线29条。",
            "今年以来，檀州港加快建设区域性集装箱枢纽港，新增3台远程操控岸桥，码头作业效率提升约15%。1至2月，港口完成集装箱吞吐量38.7万标箱，同比增长11.9%。",
            "港口集团负责人介绍，今年还将争取开通至中东、南美的远洋航线，并与内陆城市合作开行海铁联运班列，力争全年集装箱吞吐量突破250万标箱。",
        ])
    a1, a2, a3 = columns(pg, a, [7, 7])
    b1, b2 = columns(pg, b, [6])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, a1)
    pg.headline(b)
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.emit(a, a3)
    pg.blank()
    c = Article(
        "c", "老旧小区加装电梯补助最高提至20万元",
        byline="本报记者　祁雨桐", authors=["祁雨桐"],
        notes="Ordinary item read in the normal order. Byline line 本报记者 X.",
        paras=[
            "记者从市住房和城乡建设局获悉，《檀州市既有住宅加装电梯补助办法》日前修订出台，每台电梯的财政补助标准由15万元提高至最高20万元，4月1日起施行。",
            "新办法简化了审批流程，将规划、施工许可等环节并联办理，审批时限由45个工作日压缩至20个工作日。去年全市老旧小区累计加装电梯312台，今年计划再完成400台。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "全市民营经济高质量发展大会召开",
        byline="本报讯（记者　覃晓岚）", authors=["覃晓岚"], lead="本报讯（记者　覃晓岚）",
        notes="Run-in 本报讯（记者 X） excluded from first. The text continues on page 3: the jump line （下转第3版） "
              "after it is not body, and last is the last text printed on this page.",
        paras=[
            "3月13日，全市民营经济高质量发展大会在檀州国际会议中心召开。会议总结去年全市民营经济发展情况，表彰一批优秀民营企业和民营企业家，部署今年重点工作。",
            "去年，全市民营经济实现增加值2860亿元，占地区生产总值的比重达到58.4%；民营企业数量突破21万户，贡献了全市七成以上的税收和八成以上的城镇就业。会议指出，要持续优化营商环境，",
        ])
    pg.headline(d)
    pg.body(d)
    pg.line(d, "（下转第3版）", "jump")
    pg.blank()
    pg.furniture(["本版校对：尤念　　版式设计：庞一川"], "footer with proof-reader and designer")
    return pg


# ---------------------------------------------------------------------------
def lf02() -> Page:
    """Evening paper 民生·消费 page: 夜市 lead (kicker, headline, ——副题, byline line with 实习生) of which only the
    first FOUR lines were read before a 粽子 item (headline, byline line ■本报记者 X, first column); then the lead's
    second column opening with its crosshead, the other's second column, the lead's third column; an ordinary
    run-in item; price table."""
    pg = Page("lf02.txt", cols=18, indent=FW, blanks="para", seed=6202,
              style="evening paper 民生·消费 page indented with ONE U+3000, blank lines between paragraphs and blocks: header on two lines (paper + date with weekday; A07 + 版名); lead with 引题 kicker, headline, ——副题 and byline line 本报记者 X　实习生 Y, of which only the first four lines were read before a second item's headline, byline line ■本报记者 X and first column; then the lead's second column with a crosshead at its top, the second item's second column and the lead's third column; ordinary item with run-in 本报讯（记者 X）; 菜价 table (title, header row, five rows, source line); footer")
    pg.furniture(["鹭门晚报　" + cn_date(2035, 6, 9),
                  "A07　民生·消费"], "page header")
    pg.blank()
    a = Article(
        "a", "鹭门夜市客流同比增长三成",
        subtitle="——夜间消费带动餐饮文旅双升温",
        byline="本报记者　滕晚秋　实习生　郁可", authors=["滕晚秋", "郁可"],
        notes=WOVEN.format(other="粽子礼盒线上销量增长42%", order="only its first four lines, then the other's "
                           "headline, byline and first column, its second column, the other's second column, its "
                           "third column")
              + " The 引题 kicker 端午假期消费观察 is neither title nor subtitle; ——副题 is the subtitle. The "
                "crosshead 夜经济“上新” at the top of its second column is body. Byline line 本报记者 X　实习生 Y "
                "(both authors); vendors and officials quoted are not.",
        paras=[
            "端午假期，鹭门市各大夜市人气火爆。据市商务局监测，假期三天全市12个重点夜市累计接待客流186万人次，同比增长31.2%；实现营业额2.4亿元，增长26.7%。",
            "在江滨夜市，小龙虾、烤生蚝、糖水铺前排起长队。“晚上八点以后基本没停过手。”摊主阮阿福一边翻动烤架一边说，三天卖出的生蚝比平时一周还多。",
            Cross("夜经济“上新”"),
            "今年，不少夜市在“吃”之外做起了文章。老码头夜市引入露天音乐会和非遗手作摊位，古城夜市推出灯光秀和沉浸式剧本游，带动周边民宿假期入住率达到九成以上。",
            "市商务局相关负责人表示，今年将再培育5个市级夜间消费集聚区，延长地铁末班车运营时间，为夜间消费提供更多便利。",
        ])
    b = Article(
        "b", "粽子礼盒线上销量增长42%",
        byline="■本报记者　戚澄", authors=["戚澄"],
        notes=WOVEN.format(other="鹭门夜市客流同比增长三成", order="the other's first four lines, then its "
                           "headline, byline and first column, the other's second column, its second column, the "
                           "other's third column")
              + " Byline line ■本报记者 X (the ■ is a mark).",
        paras=[
            "记者从鹭门市电子商务协会获悉，端午节前一周，全市粽子礼盒线上销量同比增长42%，其中单价在100元以内的礼盒占比超过七成。",
            "咸蛋黄肉粽、低糖杂粮粽、茶香粽成为“新宠”。本地老字号“陈记粽香”今年推出8款新口味，线上订单比去年多了一倍。",
            "业内人士表示，消费者更看重性价比和健康属性，“小而精”的礼盒更受欢迎。",
        ])
    cut = lines_before(pg, a, "夜经济“上新”")
    a1, a2, a3 = columns(pg, a, [4, cut - 4 + 6])
    b1, b2 = columns(pg, b, [6])
    pg.kicker(a, "端午假期消费观察")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, a1)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.emit(a, a3)
    pg.gap()
    c = Article(
        "c", "第二批消费券后天开抢",
        byline="本报讯（记者　滕晚秋）", authors=["滕晚秋"], lead="本报讯（记者　滕晚秋）",
        notes="Ordinary item read in the normal order. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者昨日从市商务局获悉，今年第二批“鹭门惠享”消费券将于6月11日上午10时发放，总额3000万元，分餐饮、零售、文旅三类，单笔最高可抵扣100元。",
            "市民可通过“i鹭门”平台领取，每人每类限领一次，领取后7日内有效。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["本周主要农副产品零售均价",
                  "品名　　单位　均价（元）　环比",
                  "猪肉　　斤　　15.80　　－1.2%",
                  "鸡蛋　　斤　　5.60　　　＋0.9%",
                  "大白菜　斤　　1.90　　　－5.0%",
                  "西红柿　斤　　4.20　　　－3.4%",
                  "带鱼　　斤　　22.50　　＋0.4%",
                  "数据来源：鹭门市发展改革委价格监测中心"], "菜价 table (not an article)")
    pg.blank()
    pg.furniture(["编辑：鲁星河　　校对：施小麦"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lf03() -> Page:
    """Economic daily 区域经济 page in a very narrow column with NO blank line anywhere: THREE items woven (A col 1,
    B headline + col 1, C headline + col 1, A col 2, B col 2, C col 2); then an ordinary item."""
    pg = Page("lf03.txt", cols=16, indent="  ", blanks="never", seed=6203,
              style="economic daily 区域经济 page, narrow column indented with two ASCII spaces, NO blank line anywhere: header on three lines (paper; date with weekday; 第6版 区域经济 + editor); THREE short items woven: A (run-in 本报石溪11月20日讯（记者 X）) first column, B headline and first column (run-in 本报讯（记者 X　通讯员 Y）), C headline and first column, A second column, B second column, C second column (credit （通讯员 X） run in at its end); ordinary item with byline line 本报记者 X; footer")
    pg.furniture(["沂澄经济报",
                  cn_date(2033, 11, 21),
                  "第6版　区域经济　责编：褚望川"], "page header")
    a = Article(
        "a", "石溪县竹产业产值突破50亿元",
        byline="本报石溪11月20日讯（记者　郦秋白）", authors=["郦秋白"], lead="本报石溪11月20日讯（记者　郦秋白）",
        notes=WOVEN.format(other="临川工业园 and 渠口镇 items (three items woven)", order="its first column, then B's "
                           "headline and first column, C's headline and first column, then its second column, B's, "
                           "C's")
              + " Run-in dateline 本报石溪11月20日讯（记者 X） excluded from first.",
        paras=[
            "今年1至10月，石溪县竹产业实现产值51.3亿元，同比增长13.6%，提前两个月完成全年目标。",
            "近年来，石溪县引进竹纤维、竹基复合材料等精深加工项目14个，竹材综合利用率由六成提高到九成以上。全县从事竹产业的农户达2.6万户，户均年增收1.1万元。",
        ])
    b = Article(
        "b", "临川工业园新签约项目17个",
        byline="本报讯（记者　宓远　通讯员　傅小禾）", authors=["宓远", "傅小禾"],
        lead="本报讯（记者　宓远　通讯员　傅小禾）",
        notes=WOVEN.format(other="石溪县 and 渠口镇 items (three items woven)", order="A's first column, its headline "
                           "and first column, C's headline and first column, A's second column, its second column, "
                           "C's")
              + " Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "11月19日，临川工业园区举行项目集中签约活动，17个项目现场签约，总投资86.4亿元，涵盖新材料、智能装备、食品加工等领域。",
            "其中，投资20亿元的高性能铝合金型材项目投产后，预计年产值可达35亿元，新增就业岗位1200个。",
        ])
    c = Article(
        "c", "渠口镇冬枣喜获丰收",
        byline="（通讯员　顾青苗）", authors=["顾青苗"], tail="（通讯员　顾青苗）",
        notes=WOVEN.format(other="石溪县 and 临川工业园 items (three items woven)", order="A's and B's first columns, "
                           "then its headline and first column, A's and B's second columns, its second column")
              + " The credit （通讯员 X） run in at the end is the byline, excluded from last.",
        paras=[
            "时下，渠口镇1.2万亩冬枣进入采收旺季。今年冬枣亩产约1500公斤，收购价每公斤12元至16元，全镇冬枣产值预计超过2.5亿元。",
            "镇里新建的冷链仓储中心投用后，冬枣保鲜期由15天延长到60天，错峰销售让枣农每公斤多卖两三元。",
        ])
    a1, a2 = columns(pg, a, [6])
    b1, b2 = columns(pg, b, [6])
    c1, c2 = columns(pg, c, [5])
    pg.headline(a)
    pg.emit(a, a1)
    pg.headline(b)
    pg.emit(b, b1)
    pg.headline(c)
    pg.emit(c, c1)
    pg.emit(a, a2)
    pg.emit(b, b2)
    pg.emit(c, c2)
    d = Article(
        "d", "全省县域经济发展论坛在沂澄举行",
        byline="本报记者　郦秋白", authors=["郦秋白"],
        notes="Ordinary item read in the normal order. Byline line 本报记者 X. The professor quoted (蒋牧之) is not "
              "an author.",
        paras=[
            "11月20日，2033全省县域经济发展论坛在沂澄市举行。来自省内外的120余名专家学者、县（市）负责人和企业家围绕“特色产业与县城建设”展开研讨。",
            "省社会科学院研究员蒋牧之认为，县域发展要立足资源禀赋，做强一两个主导产业，同时补齐县城公共服务短板，增强对人口和产业的吸引力。论坛期间发布了全省县域经济综合竞争力排行榜。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["本版校对：满月　　美编：邢一川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lf04() -> Page:
    """Metropolitan daily A05 page: continuation from A01 (repeated headline and （上接A01版） line) woven with a
    metro item whose second column opens with a photo caption; two ordinary items."""
    pg = Page("lf04.txt", cols=26, indent=FW * 2, blanks="some", seed=6204, p_para=0.3, p_gap=0.6,
              style="metropolitan daily A05 要闻 page, blank lines sometimes: header on two lines (A05 + 版名; paper + date with weekday); the continuation of a front-page story (its headline repeated, then the line （上接A01版）) WOVEN with a metro item (headline, byline line 本报记者 X　通讯员 Y): A col 1 (4 lines), B headline, byline and col 1, A col 2, a photo caption with credit at the top of B's second column, B col 2, A col 3; ordinary run-in item; ordinary item with byline line; footer")
    pg.furniture(["A05　要闻",
                  "崇溪都市报　" + cn_date(2036, 1, 8)], "page header")
    pg.blank()
    a = Article(
        "a", "城市更新三年行动圆满收官",
        notes=WOVEN.format(other="地铁4号线首段进入铺轨阶段", order="its first four lines, then the other's "
                           "headline, byline and first column, its second column, the other's second column (after a "
                           "photo caption), its third column")
              + " This is the continuation of a front-page story: the headline is repeated over it and the line "
                "（上接A01版） under the headline is not body; first is the first text printed on this page. "
                "Judgement call: the continuation prints no byline on this page (the reporter is named on A01 "
                "only), so byline null and no authors.",
        paras=[
            "改造后的老厂区成了年轻人打卡的新去处。原崇溪纺织厂的12栋厂房被改造成文创街区，入驻设计、餐饮、零售商户160余家，去年接待游客超过300万人次，带动周边商铺租金上涨约两成。",
            "三年来，全市累计改造老旧小区486个，惠及居民17.3万户；完成城中村改造项目23个，新建和改建口袋公园112个、社区养老服务站96个。市住建局负责人介绍，改造资金中社会资本占比达到41%，“政府引导、市场运作、居民参与”的模式逐步成熟。",
            "今年，崇溪将启动新一轮城市更新，重点推进老旧街区功能提升和地下管网改造，计划实施项目150个，总投资约380亿元。",
        ])
    b = Article(
        "b", "地铁4号线首段进入铺轨阶段",
        byline="本报记者　阚思远　通讯员　雷鸣", authors=["阚思远", "雷鸣"],
        notes=WOVEN.format(other="城市更新三年行动圆满收官 (continued from A01)", order="the other's first four "
                           "lines, then its headline, byline and first column, the other's second column, a photo "
                           "caption, its second column, the other's third column")
              + " The photo caption with credit at the top of its second column is not body. Byline line "
                "本报记者 X　通讯员 Y (both authors); the photographer credited in the caption is the reporter.",
        paras=[
            "1月7日，崇溪地铁4号线一期工程首段轨道在江湾停车场正式开铺，标志着该线由土建施工全面转入轨道和机电安装阶段。",
            "4号线一期全长29.6公里，设车站22座，连接高铁崇溪南站、城市中心区和临港新城。目前，全线22座车站主体结构已完成19座，盾构区间累计掘进完成92%。",
            "建设单位介绍，4号线将采用全自动运行系统，最高运行速度每小时100公里，计划2037年底开通初期运营。届时，从临港新城到市中心的通勤时间将由现在的70分钟缩短至35分钟左右。",
        ])
    a1, a2, a3 = columns(pg, a, [4, 4])
    b1, b2 = columns(pg, b, [6])
    pg.headline(a)
    pg.line(a, "（上接A01版）", "jump")
    pg.emit(a, a1)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.emit(a, a2)
    pg.furniture(wrap("▲施工人员在江湾停车场铺设轨排。　本报记者　阚思远　摄", 30),
                 "photo caption with credit at the top of a column (not body)")
    pg.emit(b, b2)
    pg.emit(a, a3)
    pg.gap()
    c = Article(
        "c", "首批“人才安居券”发放",
        byline="本报讯（记者　伍清扬）", authors=["伍清扬"], lead="本报讯（记者　伍清扬）",
        notes="Ordinary item read in the normal order. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "1月6日，崇溪市首批“人才安居券”发放仪式举行，1260名新引进的高校毕业生和技能人才领到安居券，可用于购买新建商品住房或租赁人才公寓，面额2万元至10万元不等。",
            "据介绍，今年全市将累计发放安居券总额2亿元，并新筹集人才公寓3000套。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "冬季用气高峰供应平稳",
        byline="本报记者　蔺书瑶", authors=["蔺书瑶"],
        notes="Ordinary item read in the normal order. Byline line 本报记者 X.",
        paras=[
            "入冬以来，崇溪日均天然气用量达到420万立方米，较去年同期增长6.8%。市燃气集团通过增加储气库采购、错峰调度工业用气等措施，保障了居民用气平稳。",
            "燃气集团提醒，使用燃气取暖时要保持室内通风，定期检查软管是否老化，发现异味及时拨打抢修电话。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：闻歌　　美术编辑：岑一苇　　校对：骆小满"], "footer")
    return pg


PAGES = [lf01, lf02, lf03, lf04]
