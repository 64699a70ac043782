"""Pages y01-y04 of handmade14 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


def fw(text: str) -> str:
    """ASCII letters, digits and signs as full-width glyphs (２０３３年、５．２％、ＡＩ), as some dailies'
    text layers give them."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


# ---------------------------------------------------------------------------
def y01() -> Page:
    """交通报 公路·水运 page: lead with a headline broken after a comma and a bar chart extracted inside its
    text; run-in 本报讯　记者 X　通讯员 Y　报道： (no brackets); item signed （通讯员 X） at the end."""
    pg = Page("y01.txt", cols=30, indent=FW * 2, blanks="some", seed=1401, p_para=0.3, p_gap=0.8,
              style="交通报 公路·水运 page: lead whose headline is broken after a comma (运输结构持续优化， / 前三季度铁水联运量增长18.7%), byline line 本报记者 X　通讯员 Y, and a bar chart extracted in the middle of a sentence of its text (chart title, 单位 line, a line of bare values, a line of years, 数据来源／制图 line); run-in 本报讯　记者 X　通讯员 Y　报道： without brackets; item signed （通讯员 X） at the end; footer with editor, designer and hotline")
    pg.furniture(["澜川交通报", cn_date(2033, 11, 14) + "　第3版　公路·水运"], "page header")
    pg.blank()
    a = Article(
        "a", "运输结构持续优化，前三季度铁水联运量增长18.7%",
        head=["运输结构持续优化，", "前三季度铁水联运量增长18.7%"],
        byline="本报记者　罗一川　通讯员　陶晓峰", authors=["罗一川", "陶晓峰"],
        notes="Headline on two lines, the first ending with a comma, joined with the comma kept. Byline line "
              "本报记者 X　通讯员 Y, both authors. A bar chart (title, 单位 line, values, years, 数据来源／制图 line) "
              "is extracted in the middle of a sentence of the text: not body, the body is in two pieces; the chart "
              "maker (制图) is not an author, nor the logistics manager quoted (沈向东).",
        paras=[
            "记者从澜川省交通运输厅获悉，前三季度，全省港口完成铁水联运量286.4万标箱，同比增长18.7%，增速比上半年加快2.1个百分点；铁水联运量占港口集装箱吞吐量的比重达到14.2%，比去年同期提高1.9个百分点。",
            "“以前一个集装箱从璞阳出发，先走公路到港口，运费要两千多元；现在坐上铁水联运班列，‘门到港’费用降了三成。”璞阳一家陶瓷出口企业的物流主管沈向东算了一笔账。今年以来，全省新开通铁水联运班列线路9条，覆盖省内主要工业园区，班列开行频次由每周42列增加到每周61列。",
            "联运通道提速，关键在“最后一公里”。江屿港四期铁路专用线今年3月建成投用，铁路直接延伸至码头前沿，集装箱在港内实现“火车—轮船”直接换装，平均在港停留时间由原来的4.5天压缩至2.1天。澄屿港、桐溪港的铁路进港工程也在加快推进，预计明年上半年全部建成。",
            "省交通运输厅有关负责人表示，下一步将推动铁路、港口、航运企业实行“一单制”服务，推广集装箱多式联运电子运单，力争到2035年全省铁水联运量突破500万标箱。",
        ])
    A = Page.chunks(pg.render_body(a), [15])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, A[0])
    pg.furniture(["2029—2033年前三季度全省铁水联运量",
                  "单位：万标箱",
                  "142.6　171.3　208.9　241.2　286.4",
                  "2029　2030　2031　2032　2033（年）",
                  "数据来源：澜川省交通运输厅　制图：阮小棠"],
                 "bar chart extracted inside the lead's text, between two halves of a sentence (not body)")
    pg.emit(a, A[1])
    pg.gap()
    b = Article(
        "b", "芦川至翠岭高速公路全线通车", byline="本报讯　记者　祁明澜　通讯员　聂远航　报道：",
        authors=["祁明澜", "聂远航"], lead="本报讯　记者　祁明澜　通讯员　聂远航　报道：",
        notes="Run-in dateline of the 行业报 form 本报讯　记者 X　通讯员 Y　报道： (no brackets, ending with 报道：), "
              "excluded from first; both are authors.",
        paras=[
            "11月12日，芦川至翠岭高速公路全线建成通车。该项目全长86.3公里，总投资112亿元，采用双向四车道高速公路标准建设，设计速度每小时100公里，全线设桥梁54座、隧道11座，桥隧比达到47%。",
            "芦翠高速是澜川省高速公路网规划中的重要纵线，建成后芦川县城至翠岭镇的行车时间由原来的2个半小时缩短至1小时左右，结束了沿线3个乡镇不通高速公路的历史。项目建设中，建设单位推广应用装配式桥梁、隧道智能化施工等新技术，全线预制构件使用率超过80%。",
            "据了解，今年全省计划建成高速公路420公里，目前已建成通车362公里。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "澄屿港新开两条外贸集装箱航线", byline="（通讯员　伍小帆）", authors=["伍小帆"],
        tail="（通讯员　伍小帆）",
        notes="Credit （通讯员 X） run in at the end, excluded from last.",
        paras=[
            "11月10日，随着“澄航12”轮满载1260个标准箱驶离澄屿港集装箱码头，澄屿港至海防、林查班的两条外贸集装箱直航航线正式开通。两条航线均实行每周一班的固定班期，单程航行时间约6天。",
            "今年以来，澄屿港已新开外贸航线5条，外贸航线总数达到23条。前10个月，该港完成外贸集装箱吞吐量48.6万标箱，同比增长16.3%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：闻一舟　　版式：柏青　　新闻热线：0791-8555××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y02() -> Page:
    """都市报 城事 page of a 15-character column: a photo caption and a X/摄 credit extracted between two halves
    of a sentence; □全媒体记者 byline line; run-in with 全媒体记者 and 通讯员; end credit; a 快评 signed after."""
    pg = Page("y02.txt", cols=15, indent="  ", blanks="para", seed=1402,
              style="都市报 城事 page of a 15-character column: lead with a two-line headline and byline line □全媒体记者 X　实习生 Y (wider than the column), a photo caption （图：…） wrapped over two lines and its credit line X/摄 extracted between two halves of a sentence, cut in mid-word (叫 / 卖声); run-in 本报讯（全媒体记者 X　通讯员 Y）; credit （全媒体记者 X） run in at the end and wrapped; label 城事快评 over a short comment signed with the name, letter-spaced and right-aligned, on a line after the body; header on three lines, footer with editor and hotline")
    pg.furniture(["澄屿都市报", cn_date(2033, 1, 16), "A05　城事"], "page header")
    pg.blank()
    a = Article(
        "a", "年货市集开市首日客流超5万人次", head=["年货市集开市首日", "客流超5万人次"],
        byline="□全媒体记者　龚晓岚　实习生　段一诺", authors=["龚晓岚", "段一诺"],
        notes="Headline on two lines, joined. Byline line □全媒体记者 X　实习生 Y, both authors. The photo caption "
              "（图：…） and its credit line 彭远/摄 are extracted between two halves of a sentence of the text: "
              "not body (the caption illustrates this article, it is no brief), so the body is in two pieces; the "
              "photographer is not an author, nor the stall keeper quoted (顾阿坤).",
        paras=[
            "1月15日，为期半个月的澄屿2033年年货市集在老码头文化街区开市。记者从主办方获悉，开市首日，市集累计接待市民游客5.3万人次，销售额突破680万元。",
            "上午10点，老码头街区已是人头攒动。腊肠、鱼干、糍粑、手工米酒……近200个摊位一字排开，叫卖声此起彼伏。在一家腊味摊位前，摊主顾阿坤忙着给顾客称重打包：“今年准备了三千斤腊肠，照今天这个势头，十天就能卖完。”",
            "与往年不同，今年的市集专门设置了“非遗年货”和“老字号”两个展区，澄屿剪纸、桐溪竹编等非遗项目的传承人现场展示技艺。市民林女士带着孩子买了两幅剪纸窗花：“孩子第一次看剪纸，特别感兴趣。”",
            "市商务局相关负责人介绍，春节前后，全市将组织各类年货节、美食节活动120余场，联合电商平台和商超发放消费券1500万元，进一步激发节日消费活力。",
        ])
    A = Page.chunks(pg.render_body(a), [8])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, A[0])
    pg.furniture(wrap("（图：1月15日，市民在老码头年货市集挑选腊味。）", 15) + ["彭远/摄"],
                 "photo caption and credit line extracted between two halves of a sentence (not body)")
    pg.emit(a, A[1])
    pg.gap()
    b = Article(
        "b", "地铁3号线二期年底开通", byline="本报讯（全媒体记者　方可期　通讯员　韦晨）",
        authors=["方可期", "韦晨"], lead="本报讯（全媒体记者　方可期　通讯员　韦晨）",
        notes="Run-in 本报讯（全媒体记者 X　通讯员 Y）, wrapped over two lines, excluded from first; both authors.",
        paras=[
            "记者1月15日从市轨道交通集团获悉，地铁3号线二期工程已完成全部车站主体结构施工，正在进行轨道铺设和机电设备安装，计划今年12月底开通初期运营。",
            "3号线二期全长14.2公里，设车站10座，线路自滨海新区站向东延伸至空港新城。开通后，从市中心乘地铁到机场的时间将缩短至35分钟左右。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "“家门口”充电棚装进老小区", byline="（全媒体记者　唐小雨）", authors=["唐小雨"],
        tail="（全媒体记者　唐小雨）",
        notes="Headline opening with a quotation mark. Credit （全媒体记者 X） run in at the end (wrapped), excluded "
              "from last. The resident quoted (郭大伯) is not an author.",
        paras=[
            "“以前电动车只能停楼道里充电，看着就揪心。现在楼下就有充电棚，刷卡就能充，安全多了。”1月14日，家住海港区渔港新村的郭大伯说。",
            "去年以来，海港区把电动自行车充电设施建设列入民生实事项目，在62个老旧小区新建集中充电棚58处、充电端口2900余个，基本实现老旧小区全覆盖。充电棚配备烟感报警、自动断电和视频监控装置，一旦发生异常，系统会第一时间向物业和社区网格员发送预警。",
            "据统计，充电棚投用后，海港区电动自行车在室内充电引发的火情同比下降了七成以上。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "年味儿里的“新”与“旧”", section="城事快评", kind="commentary", byline="舒　北",
        authors=["舒北"],
        notes="Short comment under the label 城事快评 (commentary). The writer's name, letter-spaced with a U+3000 and "
              "right-aligned, on a line after the body is the byline.",
        paras=[
            "年货市集开市首日就迎来5万多人次，说明老百姓对“年味儿”的期待一直都在。",
            "有意思的是，今年市集上最受欢迎的，既有腊肠、糍粑这些“老味道”，也有非遗剪纸、文创礼盒这些“新玩意”。老手艺借着新场景焕发生机，年轻人也在逛市集中读懂了传统。",
            "办好年货市集，既要守住烟火气，也要做好客流疏导、食品安全、价格监管等服务保障，让市民逛得开心、买得放心。",
        ])
    pg.furniture(["城事快评"], "column label 城事快评")
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.line(d, " " * 20 + d.byline, "byline")
    pg.gap()
    pg.furniture(["编辑：霍小满　校对：孙一苇", "新闻热线：96××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y03() -> Page:
    """农民报 page, no indent, no blank line: 引题 slogan wrapped over two lines above the headline, ——副题
    wrapped; a fertiliser advertisement; run-in 本报讯（记者 X）; 据新华社电 item."""
    pg = Page("y03.txt", cols=24, indent="", blanks="never", seed=1403,
              style="农民报 农村经济 page, no indent and no blank line anywhere: lead with a long slogan 引题 wrapped over two lines (坚决扛稳…政治责任　以高标准农田建设 / 夯实夏粮丰收根基), a short 主题, a ——副题 wrapped over two lines and a byline line with one 本报记者 and two 通讯员; fertiliser advertisement (广告 label, brand, slogans, 400 hotline, company) between articles; run-in 本报讯（记者 X）; run-in 据新华社电 item without reporter; footer")
    pg.furniture(["澜川农民报", cn_date(2033, 6, 5) + "　第2版　农村经济"], "page header")
    a = Article(
        "a", "全省夏收进度过七成", subtitle="——农机手跨区作业忙，高标准农田项目区小麦亩均增产超百斤",
        byline="本报记者　岑禾　通讯员　米小粟　宫立秋", authors=["岑禾", "米小粟", "宫立秋"],
        notes="Long slogan 引题 '坚决扛稳粮食安全政治责任　以高标准农田建设夯实夏粮丰收根基' printed over two lines above a "
              "9-character 主题 (kicker: named here, in neither title nor subtitle); the ——副题 (subtitle) wraps over "
              "two lines. Byline line with one 本报记者 and two 通讯员, all three authors; the grower quoted (葛长顺) "
              "is not.",
        paras=[
            "芒种时节，澜川大地麦浪翻滚，一派繁忙景象。记者从省农业农村厅获悉，截至6月4日，全省已收获小麦1480万亩，占种植面积的72%，日投入联合收割机3.1万台，小麦机收率稳定在96%以上。",
            "在璞阳市桐溪县万亩高标准农田示范区，十多台大型联合收割机一字排开，收割、脱粒、装车一气呵成。“地平了，渠通了，路也修到了地头，收割机随到随收。”种粮大户葛长顺告诉记者，他流转的1200亩小麦经测产亩产达到1180斤，比项目建设前多了130多斤。",
            "高标准农田建设是今年夏粮增产的重要支撑。近三年，全省累计新建和改造提升高标准农田620万亩，配套建设灌排泵站、机耕道路和农田林网。据省农业农村厅测算，项目区小麦亩均增产超过100斤，节水节肥效果明显。",
            "为确保颗粒归仓，各地组织农机跨区作业服务队，开通农机转运“绿色通道”，并储备烘干设备应对可能出现的连阴雨天气。省气象部门提醒，6月上旬后期全省将有一次明显降雨过程，各地要抢抓晴好天气加快收获进度。",
        ])
    for ln in ["坚决扛稳粮食安全政治责任　以高标准农田建设", "夯实夏粮丰收根基"]:
        pg.kicker(a, ln)
    pg.headline(a)
    for ln in wrap(a.subtitle, 24):
        pg.line(a, ln, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["广告",
                  "丰穗牌缓释复合肥",
                  "一次施肥　全程营养",
                  "小麦玉米专用　亩增产看得见",
                  "全国服务热线：400-6××-××××",
                  "澜川丰穗农化有限公司"], "advertisement (not an article)")
    b = Article(
        "b", "省级农产品电商直播基地增至46个", byline="本报讯（记者　尚青禾）", authors=["尚青禾"],
        lead="本报讯（记者　尚青禾）",
        notes="Printed right after the advertisement, no blank line; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从省商务厅获悉，第三批省级农产品电商直播基地名单日前公布，全省省级农产品电商直播基地增至46个，覆盖粮油、茶叶、水果、水产等主要特色产业。",
            "今年1月至5月，全省农村网络零售额达到386亿元，同比增长14.6%，其中农产品网络零售额129亿元，增长19.2%。各基地累计培训农民主播1.2万人次，带动农户4.5万户增收。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "“保险+期货”试点扩至12个县", byline="据新华社电", lead="据新华社电　",
        notes="Headline with quotation marks and a + sign, kept as printed. Run-in 据新华社电 (no reporter) excluded "
              "from first: byline, no authors.",
        paras=[
            "记者日前从澜川省农业农村厅获悉，今年澜川省将玉米、生猪“保险+期货”试点范围由5个县扩大到12个县，预计为农户提供风险保障超过30亿元。",
            "“保险+期货”模式下，农户向保险公司购买价格保险，保险公司再通过期货公司在期货市场进行风险对冲。一旦市场价格低于约定价格，农户即可获得理赔。去年试点县参保农户户均获赔1860元。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["本版编辑：冀秋穗　　电话：0791-8636××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y04() -> Page:
    """电力报 page whose text layer gives digits, Latin letters and signs as full-width glyphs; the running
    head (three lines) is extracted again between two articles in the middle of the page."""
    pg = Page("y04.txt", cols=28, indent=FW * 2, blanks="some", seed=1404, p_para=0.35, p_gap=0.75,
              style="电力报 电网·电源 page whose text layer gives every digit, Latin letter and sign as a full-width glyph (２０３３年, ５．２％, ＡＩ, ±８００千伏, ２０万千瓦／８０万千瓦时), in headlines, bodies, header and footer; the running head (paper, date, page and section on three lines) extracted AGAIN between the second and third articles; headline with a figure (…增长５．２％), headline with quotation marks (“风光储”), byline line 本报记者 X, byline line 通讯员 X　记者 Y, run-in 本报讯（记者 X）, item signed （通讯员 X） at the end")
    head = ["澜川电力报", fw(cn_date(2033, 10, 25)), fw("第2版") + "　电网·电源"]
    pg.furniture(head, "page header")
    pg.blank()
    a = Article(
        "a", fw("前三季度全省全社会用电量增长5.2%"), byline="本报记者　欧阳青禾", authors=["欧阳青禾"],
        notes="Digits and signs full-width in the headline and the text (kept as printed in title, first and last). "
              "Byline line 本报记者 X (compound surname 欧阳).",
        paras=[fw(p) for p in [
            "省能源局10月23日发布数据，前三季度，全省全社会用电量累计达到2186亿千瓦时，同比增长5.2%。其中，第一产业用电量32亿千瓦时，增长9.8%；第二产业用电量1407亿千瓦时，增长4.1%；第三产业用电量423亿千瓦时，增长8.6%；城乡居民生活用电量324亿千瓦时，增长5.3%。",
            "从重点行业看，高技术及装备制造业用电量同比增长11.4%，高出全社会用电量增速6.2个百分点，其中新能源整车制造、光伏设备及元器件制造用电量分别增长38.5%和26.7%。充换电服务业用电量同比增长52.3%，继续保持高速增长。",
            "省能源局有关负责人分析，用电量保持平稳增长，反映出全省经济运行持续回升向好，产业结构优化升级态势明显。四季度，随着迎峰度冬到来，预计全省用电负荷将进一步攀升，电力部门将加强电煤储备和电网运行调度，确保电力安全可靠供应。",
        ]])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "芦川“风光储”一体化项目首批机组并网", byline="通讯员　鲍小溪　记者　施望",
        authors=["鲍小溪", "施望"],
        notes="Headline with quotation marks. Byline line 通讯员 X　记者 Y, both authors; the project manager quoted "
              "is unnamed. The running head printed again after this article is not part of it.",
        paras=[fw(p) for p in [
            "10月22日，芦川县“风光储”一体化示范项目首批机组成功并网发电。该项目规划建设风电40万千瓦、光伏60万千瓦，配套建设20万千瓦/80万千瓦时储能电站，是全省目前单体规模最大的新能源一体化项目。",
            "项目所在的芦川北部山区风资源丰富，年平均风速达到6.8米/秒。此次并网的首批机组包括风电15万千瓦、光伏20万千瓦和全部储能设施。“储能电站就像一个‘大充电宝’，白天把多余的光伏电量存起来，晚上用电高峰时再放出来。”项目负责人介绍，项目全部建成后，年发电量可达22亿千瓦时，每年可节约标准煤约67万吨。",
            "为保障项目电力送出，芦川供电公司同步建设220千伏汇集站和送出线路，比计划工期提前45天投运。",
        ]])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(head, "running head extracted again between two articles (column top of the right half)")
    pg.gap()
    c = Article(
        "c", fw("全省虚拟电厂可调节负荷突破100万千瓦"), byline="本报讯（记者　丁一苇）", authors=["丁一苇"],
        lead="本报讯（记者　丁一苇）",
        notes="First article after the repeated running head. Run-in 本报讯（记者 X） excluded from first.",
        paras=[fw(p) for p in [
            "记者从省电力公司获悉，截至10月20日，全省虚拟电厂聚合可调节负荷资源突破100万千瓦，接入充电桩、商业楼宇空调、工业可中断负荷、用户侧储能等各类资源4600余个。",
            "虚拟电厂通过数字化平台，把分散在用户侧的可调节资源“聚沙成塔”，在用电高峰时段统一调度削峰，在新能源大发时段引导用户多用电。今年夏季用电高峰期间，全省虚拟电厂累计参与需求响应14次，最大削减负荷62万千瓦，参与用户获得补贴收益2800余万元。",
        ]])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", fw("AI巡检机器人上岗换流站"), byline="（通讯员　晏小川）", authors=["晏小川"],
        tail="（通讯员　晏小川）",
        notes="Headline beginning with full-width Latin letters (ＡＩ). Credit （通讯员 X） run in at the end, "
              "excluded from last.",
        paras=[fw(p) for p in [
            "近日，一批搭载AI视觉识别算法的巡检机器人在澄屿±800千伏换流站正式上岗。机器人可自主完成设备红外测温、表计读数、异物识别等40余项巡检任务，单次巡检时间由人工的6小时缩短至2小时。",
            "据介绍，巡检机器人发现的设备缺陷会实时推送至运维人员手机，实现“机器巡、人工判”。投运以来，机器人已累计发现设备隐患17处。",
        ]])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：詹若水　　校对：石蔚"], "footer")
    return pg


PAGES = [y01, y02, y03, y04]
