"""Pages t01-t04 of handmade9 (held out; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, Raw, cn_date, wrap

HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def half(text: str) -> str:
    """Half-width commas, colons, semicolons, brackets, ! and ? (full stops stay full-width)."""
    return text.translate(HALF)


# ---------------------------------------------------------------------------
def t01() -> Page:
    """County daily, 县域经济 page: short 本报讯 items, headline right over the body, no blank line anywhere."""
    pg = Page("t01.txt", cols=16, indent=FW * 2, blanks="never", seed=901,
              style="county daily 县域经济 page: five short 本报讯 items, each headline directly over its body, no blank line anywhere")
    pg.furniture(["澄河报", cn_date(2029, 4, 17) + "　第2版", "县域经济"], "page header")
    a = Article(
        "a", "澄河县一季度规上工业增加值增长9.4%", head=["澄河县一季度规上工业", "增加值增长9.4%"], byline="本报讯（记者　滕小满）", authors=["滕小满"],
        lead="本报讯（记者　滕小满）",
        notes="Headline on two lines, joined; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从县统计局获悉，一季度全县规模以上工业增加值同比增长9.4%，增速比去年同期加快2.1个百分点，高于全市平均水平1.6个百分点。",
            "分行业看，新材料、食品加工和装备制造三大主导产业合计增长12.7%，拉动全县规上工业增长6.8个百分点。其中，县经济开发区内的瑞禾新材料公司一季度产值突破3亿元，同比增长近四成。",
            "县工信局有关负责人表示，二季度将继续开展“企业服务月”活动，帮助企业解决用工、用电和融资等问题，推动一批技改项目尽快投产。",
        ])
    b = Article(
        "b", "城南产业园新签约项目11个", byline="本报讯（通讯员　柏青　记者　郁知秋）",
        authors=["柏青", "郁知秋"], lead="本报讯（通讯员　柏青　记者　郁知秋）",
        notes="Run-in 本报讯（通讯员 X 记者 Y） wraps onto the second line; excluded from first; both are authors.",
        paras=[
            "4月15日，城南产业园举行二季度项目集中签约活动，11个项目现场签约，总投资约26亿元，涉及电子元器件、预制菜和智能仓储等领域。",
            "据介绍，城南产业园今年以来已完成标准厂房建设8万平方米，水、电、气和污水管网全部配套到位，签约项目最快可在两个月内入驻投产。",
        ])
    c = Article(
        "c", "县农商行发放首笔“茶园贷”", byline="（甘露）", authors=["甘露"], tail="（甘露）",
        lead="本报讯　",
        notes="Run-in 本报讯 without names excluded from first; signature （甘露） run in at the end, excluded from last.",
        paras=[
            "日前，澄河农商银行向石门乡茶农邹德旺发放了首笔“茶园贷”30万元，用于茶园改造和购置揉捻设备。",
            "“茶园贷”以茶园经营权和预期收益作为增信，单户最高可贷50万元，利率比普通经营贷款低0.8个百分点。截至目前，该行已对全县400余户茶农完成授信，授信金额1.1亿元。",
        ])
    d = Article(
        "d", "全县春茶开采预计产量增一成", head=["全县春茶开采　预计产量增一成"],
        byline="本报讯（记者　滕小满　实习生　骆一鸣）", authors=["滕小满", "骆一鸣"],
        lead="本报讯（记者　滕小满　实习生　骆一鸣）",
        notes="Headline printed with a U+3000 gap between its two halves; title written without it.",
        paras=[
            "清明前后，澄河县14万亩茶园陆续开采。记者在石门乡云雾村看到，茶农们背着竹篓穿行在茶垄间，加工厂里炒茶机昼夜不停。",
            "县农业农村局预计，今年全县春茶产量约2100吨，比去年增长一成左右，名优茶比重进一步提高。今年县里首次组织茶企参加线上茶博会，预订量已超过600吨。",
            "县茶叶协会负责人说，今年开春气温偏高，茶叶萌发早、芽头壮，但也要防范倒春寒，协会已组织技术人员下乡指导茶农做好防冻措施。",
        ])
    e = Article(
        "e", "澄临高速澄河段路基工程完工", lead="本报讯　",
        notes="Unsigned item; run-in 本报讯 excluded from first.",
        paras=[
            "4月16日，澄河至临湾高速公路澄河段最后一处路基完成填筑，标志着该段路基工程全部完工，转入路面施工阶段。项目计划于明年6月建成通车，届时澄河到临湾的车程将由现在的一个半小时缩短至50分钟左右。",
        ])
    for art in (a, b, c, d, e):
        pg.headline(art)
        pg.body(art)
    pg.furniture(["责任编辑：沈一禾　版式：钱朵　校对：冉小舟"], "footer editor line")
    return pg


# ---------------------------------------------------------------------------
def t02() -> Page:
    """Monthly business magazine long-form piece: 文｜X　图｜Y credits, crossheads, pull quote with attribution, 作者系… bio."""
    pg = Page("t02.txt", cols=36, indent="  ", blanks="para", seed=902,
              style="business magazine long-form (about 1300 chars of body): 文｜X　图｜Y on one line, crossheads of 5-7 chars, pull quote with ——attribution between paragraphs, photo caption, 作者系… bio paragraph after the body")
    pg.furniture(["特别报道　SPECIAL REPORT", "港湾财经　2029年第9期"], "magazine page header")
    pg.blank()
    a = Article(
        "a", "一座老港的二次出发", byline="文｜简若溪　图｜包一鸣", authors=["简若溪", "包一鸣"],
        notes="Credits line names the writer (文) and the photographer (图); both taken as authors (persons named in the byline). "
              "Crossheads are body; the pull quote and its ——attribution line repeat the text and are not body, so the body is in pieces; "
              "the photo caption and the 作者系… bio paragraph after the body are not body.",
        paras=[
            "凌晨四点，滨湾港七号泊位的灯还亮着。一艘来自东南亚的冷藏集装箱船刚刚靠港，岸桥把一只只白色冷柜吊上码头，地面上的集卡司机已经排好了队。四个小时后，这些装着榴莲和山竹的冷柜会出现在三百公里外的批发市场。",
            "十年前，这里还是一座以煤炭和矿石为主的散货码头。风一吹，黑色的煤尘落满周边村庄的屋顶。如今，煤堆不见了，取而代之的是一排排冷库和整齐码放的集装箱。",
            Cross("煤堆消失之后"),
            "转变始于一次不得不做的选择。2019年前后，随着沿海电厂陆续改用清洁能源，滨湾港的煤炭吞吐量连续三年下滑，最低时只有高峰期的一半。港口的收入跟着缩水，一千多名装卸工人面临转岗。",
            "“那几年，码头上最常听到的一句话是‘下个月还有活吗’。”在港口干了二十多年的老工人冼大勇回忆。",
            "港务集团最终决定，把两个散货泊位改造为集装箱泊位，同时在后方陆域建设冷链物流园。这在当时引起不小争议：改造要投入近20亿元，而冷链业务在滨湾几乎是一张白纸。",
            Cross("冷链的账本"),
            "真正让冷链业务跑起来的，是东南亚水果。滨湾港距离主要产地的航程只有三到四天，比北方港口少一天半。对于保鲜期只有两三周的热带水果来说，这一天半就是利润。",
            "2024年，滨湾港开通第一条东南亚冷链直航航线，当年冷柜吞吐量不到2万标箱；到去年，这个数字增长到18.6万标箱，冷链物流园的冷库容量扩大到32万吨。港务集团的财报显示，冷链相关业务已贡献集团近四成的利润。",
            "账本背后也有风险。冷链设施投资大、回收期长，一旦航线货量下滑，冷库就可能闲置。去年夏天，一家大型进口商转去邻近港口，园区的冷库出租率一度降到七成以下。",
            "为了稳住货源，港口开始主动“下南洋”：在产地设立办事处，帮果农和出口商对接船期，还推出了“船边直提”“抵港直装”等通关便利措施。一只冷柜从靠港到提离码头的平均时间，从过去的36小时压缩到了9小时。",
            Cross("码头上的新工种"),
            "改造也改变了码头上的人。冼大勇如今是冷链园区的一名冷柜检测员，每天的工作是检查冷机运转和箱内温度。他说，过去干活靠力气，现在要看屏幕、读数据。",
            "港务集团人力资源部的数据显示，近五年集团共组织转岗培训1.3万人次，原散货作业的工人中有六成转入集装箱和冷链岗位，另有一部分人进入港口新成立的检测和维修公司。",
            "年轻人也来了。园区里的温控工程师、报关员和数据分析员，平均年龄不到30岁。港口与本地职业学院合办的冷链物流专业，今年招生人数比三年前翻了一番。",
            Cross("下一个十年"),
            "在港务集团的规划里，滨湾港下一步要从“运水果”走向“做产业”：在港区周边引进水果分拣、鲜切加工和冷链装备制造企业，让货物在港口完成更多的增值环节。",
            "这条路并不好走。加工企业需要稳定的货源，也需要土地和人才，周边港口的竞争也越来越激烈。一位港口研究者提醒，冷链枢纽的优势在于时效，一旦陆路运输和航空物流的成本继续下降，海运冷链的窗口期可能会缩短。",
            "港务集团的回答是把“快”做到极致，同时把“链”拉得更长。今年，港口与两家航运公司签下了长期舱位协议，又在内陆三个城市布局了前置冷库，试图把腹地的消费市场牢牢连在自己身上。",
            "凌晨的七号泊位上，最后一只冷柜被吊离船舷。冼大勇在检测单上签下名字，抬头看了看天色。“港口就像人一样，”他说，“总得学会换一种活法。”",
        ])
    pg.headline(a)
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    p1, p2 = Page.chunks(items, [len([i for i in pg.render_body(a, end=9) if i[0] == "line"])])
    pg.emit(a, p1)
    pg.gap()
    pg.furniture(["“以前我们比的是吨数，", "现在比的是温度和时间。”", "——滨湾港务集团总经理　欧阳砺"], "pull quote with attribution")
    pg.gap()
    pg.emit(a, p2)
    pg.gap()
    pg.furniture(["▲凌晨，滨湾港七号泊位的岸桥正在吊装冷藏集装箱。"], "photo caption")
    pg.gap()
    pg.line(a, "作者系本刊资深记者，长期关注港口与物流行业。", "note")
    pg.gap()
    pg.furniture(["责任编辑：蒲晓岚　美术编辑：祁安　　43"], "footer with editors and page number")
    return pg


# ---------------------------------------------------------------------------
def t03() -> Page:
    """Financial daily, 银行·理财 page: article, data table, article with half-width punctuation and byline after the body."""
    pg = Page("t03.txt", cols=30, indent="", blanks="some", seed=903, p_para=0.3, p_gap=0.8,
              style="financial daily 银行·理财 page: byline line 本报记者 X 杭州报道; data table (title, 单位 line, rows of figures, 数据来源) between the articles; second article in half-width punctuation with ——副题 and its byline line (本报记者 X) AFTER the body")
    pg.furniture(["金融观察报", "银行·理财　B3", cn_date(2029, 5, 16), "主编：鲁青禾　责编：詹小帆"], "page header")
    pg.blank()
    a = Article(
        "a", "江南省4月新增贷款2160亿元", byline="本报记者　窦雨桐　杭州报道", authors=["窦雨桐"],
        notes="Byline line 本报记者 X 杭州报道 under the headline; the data table after the body is not body.",
        paras=[
            "人民银行江南省分行日前发布的数据显示，4月末，全省本外币各项贷款余额23.64万亿元，同比增长9.2%；4月当月新增贷款2160亿元，同比多增310亿元。",
            "从投向看，信贷资源继续向重点领域倾斜。4月末，全省制造业中长期贷款余额同比增长21.4%，普惠小微贷款余额同比增长18.7%，均明显高于各项贷款平均增速。科技型中小企业贷款户数比年初增加4100户。",
            "住户贷款出现恢复迹象。4月全省住户贷款增加286亿元，其中经营性贷款增加194亿元，个人住房贷款在连续两个月减少后转为小幅增加。",
            "存款方面，4月末全省本外币存款余额25.87万亿元，同比增长8.1%。受季初税款缴纳和理财产品到期回流等因素影响，当月住户存款减少约420亿元，非银行业金融机构存款则明显增加。",
            "人民银行江南省分行有关负责人表示，下一步将继续保持信贷合理增长，用好科技创新和技术改造再贷款等结构性工具，推动企业融资和个人消费信贷成本稳中有降。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture([
        "4月江南省金融运行主要指标",
        "单位：亿元　%",
        "指标　　　　　　　余额　　　同比增速",
        "本外币各项贷款　　236400　　9.2",
        "　其中：制造业中长期　18650　　21.4",
        "　　　　普惠小微　　　21380　　18.7",
        "本外币各项存款　　258700　　8.1",
        "　其中：住户存款　　142900　　10.6",
        "数据来源：人民银行江南省分行",
    ], "data table")
    pg.blank()
    b = Article(
        "b", "理财产品收益率连续三个月回落", subtitle="——现金管理类产品7日年化收益率跌破1.6%",
        byline="(本报记者　房一诺)", authors=["房一诺"],
        notes="Text in half-width commas, colons, semicolons and brackets; ——副题 under the headline; "
              "the byline line (本报记者 X) in half-width brackets is printed after the body and is not body.",
        paras=[half(x) for x in [
            "理财产品收益率仍在下行通道中。据某第三方机构统计，4月全市场存续的理财产品平均年化收益率为2.41%，较3月下降6个基点，已连续三个月回落；其中，现金管理类产品7日年化收益率均值为1.58%，首次跌破1.6%。",
            "业内人士分析，收益率回落主要有三方面原因：一是债券市场收益率整体下行，固收类资产的票息收入减少；二是存款利率下调后，理财产品配置的协议存款收益随之走低；三是部分理财公司主动降低产品业绩比较基准，以减少“破基准”的情况。",
            "在此背景下，不少投资者开始调整配置。某股份制银行理财经理告诉记者，近期前来咨询“固收+”和养老理财产品的客户明显增多，“客户最关心的还是回撤，能接受的最大跌幅一般不超过2%”。",
            "某理财公司研究部负责人表示，预计未来一段时间理财收益率仍将保持低位，投资者应理性看待收益率变化，根据自身风险承受能力选择产品，不宜盲目追求高收益。",
        ]])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.gap()
    pg.body(b)
    pg.line(b, half(b.byline), "byline")
    pg.blank()
    pg.furniture(["本版数据仅供参考，不构成投资建议"], "footer disclaimer")
    return pg


# ---------------------------------------------------------------------------
def t04() -> Page:
    """Evening paper 城事 page, 12-char column; two headlines printed after their bodies."""
    pg = Page("t04.txt", cols=12, indent=FW * 2, blanks="arts", seed=904,
              style="晚报 城事 page: 12-char column, blank lines only between articles; two headlines (one of two lines) printed AFTER their bodies, two before; run-in 本报讯（记者 X）, byline line 首席记者 X, （实习生 X） at the end")
    pg.furniture(["临江晚报", cn_date(2029, 6, 8), "A07　城事"], "page header")
    pg.blank()
    a = Article(
        "a", "夜市摊位费减半", byline="本报讯（记者　韦一丹）", authors=["韦一丹"], lead="本报讯（记者　韦一丹）",
        notes="Headline before the body; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者昨天从市商务局了解到，即日起至9月底，全市12个重点夜市的摊位管理费减半收取，预计为3000余户摊主减负约400万元。",
            "今年夏季，西河码头、锦绣巷等夜市还将延长营业时间至凌晨一点，并增设临时停车位和公共厕所。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "老旧电梯更新有了补贴", byline="本报讯（记者　苗青　通讯员　石小岩）",
        authors=["苗青", "石小岩"], lead="本报讯（记者　苗青　通讯员　石小岩）",
        notes="Headline printed AFTER the body (title_line after body_end); run-in 本报讯（记者 X 通讯员 Y） wraps onto the second line, excluded from first.",
        paras=[
            "使用超过15年的住宅老旧电梯，更新时可申请每台最高15万元的补贴。市住建局昨天发布通知，今年计划完成老旧电梯更新改造500台。",
            "补贴资金由市、区两级财政共同承担，业主可使用住宅专项维修资金支付其余费用。申请流程可在“临江住建”微信公众号查询。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.blank()
    c = Article(
        "c", "菜价回落叶菜每斤降五毛", head=["菜价回落", "叶菜每斤降五毛"], byline="（实习生　罗依）",
        authors=["罗依"], tail="（实习生　罗依）",
        notes="Two-line headline printed AFTER the body, joined; signature （实习生 X） run in at the end, excluded from last.",
        paras=[
            "连日晴好天气让本地蔬菜大量上市，菜价明显回落。昨天上午，记者在城北农贸市场看到，小白菜、菠菜、空心菜等叶菜每斤普遍比上周便宜五毛左右。",
            "市场管理方介绍，近一周本地蔬菜日均上市量约320吨，比上月增加近三成。摊主老陈说，天热以后叶菜不耐放，价格还会再降一些。",
            "市发改委价格监测显示，本周全市18种主要蔬菜平均零售价每斤3.46元，环比下降6.2%。",
        ])
    pg.body(c)
    pg.headline(c)
    pg.blank()
    d = Article(
        "d", "地铁5号线南延段下月试运行", head=["地铁5号线南延段", "下月试运行"], byline="首席记者　庞嘉禾",
        authors=["庞嘉禾"],
        notes="Two-line headline before the body, joined; byline line 首席记者 X between headline and body.",
        paras=[
            "记者从市轨道交通集团获悉，地铁5号线南延段已完成全部设备安装调试和消防验收，计划7月中旬开始试运行。",
            "南延段全长9.8公里，设车站6座，连接主城区与南湖新区。开通后，从南湖新区到火车站的时间将由现在的一小时缩短至35分钟左右。",
            "试运行期间，列车暂按每10分钟一班运行，正式开通时间将另行公布。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.blank()
    pg.furniture(["新闻热线：96118", "编辑　蔡小桐　校对　吕安"], "footer hotline and editors")
    return pg


PAGES = [t01, t02, t03, t04]
