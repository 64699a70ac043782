"""Pages w09-w12 of handmade12 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, spaced, wrap


class TrailingSpacePage(Page):
    """A page whose text layer ends every printed line with one ASCII space (blank lines stay empty)."""

    def _put(self, text: str, tags=()) -> int:
        return super()._put(text + " " if text else text, tags)


# ---------------------------------------------------------------------------
def w09() -> Page:
    """图片新闻 page: four photo news items (briefs) with short headlines, captions and 摄 credits in four places,
    and one short 本报讯 article."""
    pg = Page("w09.txt", cols=14, indent="", blanks="arts", seed=1209,
              style="图片新闻 page of a 14-character column, no indent: four photo news items (briefs), each a short headline over caption text: credit line 本报记者　X　摄 after the caption; credit （通讯员　X　摄） run in at the end of a two-paragraph caption; a 组图 caption with 图①／图②／图③ lines and a credit line with two photographers; a credit line X　摄 printed between headline and caption; one 本报讯（记者 X） article")
    pg.furniture(["萧原日报", "图片新闻　第5版", cn_date(2031, 4, 8)], "page header")
    pg.blank()
    p1 = Article(
        "p1", "春耕正当时", kind="brief", section="图片新闻", byline="本报记者　石砚　摄", authors=["石砚"],
        notes="Photo news (brief): headline, caption, credit line X 摄 after it (byline); the photographer is the author.",
        paras=[
            "4月7日，屏溪县禾坪镇的种粮大户驾驶插秧机在水田里作业。眼下正值春耕时节，当地农民抢抓农时，育秧、插秧、施肥，田间地头一派繁忙景象。",
        ])
    pg.headline(p1)
    pg.body(p1)
    pg.line(p1, p1.byline, "byline")
    pg.blank()
    p2 = Article(
        "p2", "“空中课堂”进山村", kind="brief", section="图片新闻", byline="（通讯员　黎安　摄）", authors=["黎安"],
        tail="（通讯员　黎安　摄）",
        notes="Photo news (brief) with a two-paragraph caption; credit （通讯员 X 摄） run in at the end, excluded from "
              "last; the photographer is the author.",
        paras=[
            "4月3日，萧原市东岭乡中心小学的学生通过“空中课堂”和城区学校的学生一起上音乐课。",
            "今年以来，萧原市推动城区优质学校与乡村学校结对，通过直播课堂共享教学资源，已覆盖全市86所乡村学校。",
        ])
    pg.headline(p2)
    pg.body(p2)
    pg.blank()
    c = Article(
        "c", "一季度全市新增城市绿地136公顷", byline="本报讯（记者　戚若水）", authors=["戚若水"],
        lead="本报讯（记者　戚若水）",
        notes="The page's one text article (among the photo briefs); run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从萧原市城市管理局获悉，一季度，全市新建和改造城市公园、口袋公园、街头绿地等共46处，新增城市绿地136公顷。",
            "今年，萧原市计划新增城市绿地500公顷，建设口袋公园60个、城市绿道80公里，让市民出门“见绿”、推窗“见景”。目前，全市建成区绿化覆盖率达到43.2%，人均公园绿地面积达到15.6平方米。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    p3 = Article(
        "p3", "老港区变身文创街区", kind="brief", section="图片新闻", byline="本报记者　钟岳　杭宁　摄",
        authors=["钟岳", "杭宁"],
        notes="组图 (brief): caption lines 图①／图②／图③ and a closing paragraph are body; credit line with two "
              "photographers after it (byline, both authors).",
        paras=[
            "图①：改造后的老港区仓库变身文创展厅。",
            "图②：游客在老港区文创市集选购手工艺品。",
            "图③：夜幕下的老港区步行街。",
            "近年来，萧原市对老港区闲置仓库和厂房进行改造提升，引入文创、餐饮、演艺等业态，打造城市文化休闲新地标。",
        ])
    pg.headline(p3)
    pg.body(p3)
    pg.line(p3, p3.byline, "byline")
    pg.blank()
    p4 = Article(
        "p4", "夜间施工保通车", kind="brief", section="图片新闻", byline="屈晓帆　摄", authors=["屈晓帆"],
        notes="Photo news (brief): the credit line X 摄 is printed between headline and caption (byline); the "
              "photographer is the author.",
        paras=[
            "4月6日夜，工人在萧原市滨河大道快速化改造工程现场施工。为减少对白天交通的影响，项目采取夜间施工方式，计划于今年10月底全线通车。",
        ])
    pg.headline(p4)
    pg.line(p4, p4.byline, "byline")
    pg.body(p4)
    pg.blank()
    pg.furniture(["本版编辑：岳晴", "图片编辑：商小禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w10() -> Page:
    """县报 经济 page of a 10-character column: a bank advertisement block between two articles, a 招租启事 box."""
    pg = Page("w10.txt", cols=10, indent=FW * 2, blanks="para", seed=1210,
              style="县报 经济 page of a 10-character column: article with 本报记者 X line; advertisement block (广告 label, bank name, product slogan, 最高额度, 服务电话, 地址; lines wider than the column) between it and the next; 本报讯（通讯员 X　Y） item; 招租启事 box (面积, 联系电话, 地址); item signed （记者 X） at the end; footer with hotline and editor")
    pg.furniture(["屏溪报", cn_date(2031, 11, 20), "第2版　经济"], "page header")
    pg.blank()
    a = Article(
        "a", "县城新添智慧农贸市场", byline="本报记者　舒蔓", authors=["舒蔓"],
        notes="Headline exactly as wide as the column; byline line 本报记者 X.",
        paras=[
            "11月18日，屏溪县城东智慧农贸市场正式开业。市场总面积6800平方米，设有摊位210个，是全县首个实现电子结算和食品安全追溯的农贸市场。",
            "走进市场，每个摊位上方都挂着一块电子显示屏，实时显示商品名称、价格和产地信息。市民买菜后可以扫码支付，小票上的二维码还能查到蔬菜的检测结果。“菜价一目了然，买着放心。”正在买菜的市民杨阿姨说。",
            "县市场监管局有关负责人介绍，明年全县还将完成4个乡镇农贸市场的提质改造。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["广告",
                  "屏溪农商银行",
                  "“兴农快贷”　线上申请　随借随还",
                  "最高额度：30万元",
                  "服务电话：0739-5212××××",
                  "地址：屏溪县城关镇解放路66号"], "bank advertisement (not an article)")
    pg.blank()
    b = Article(
        "b", "全县冬季农产品展销会开幕", byline="本报讯（通讯员　龙晓溪　韦晴）", authors=["龙晓溪", "韦晴"],
        lead="本报讯（通讯员　龙晓溪　韦晴）",
        notes="Run-in 本报讯（通讯员 X　Y） (wrapped over two lines of the narrow column) excluded from first; both "
              "通讯员 are authors.",
        paras=[
            "11月19日，屏溪县冬季农产品展销会在县体育馆开幕。展销会为期五天，来自全县12个乡镇的160余家企业、合作社和家庭农场参展，展出腊肉、茶油、柑橘、冬笋等特色农产品300多个品种。",
            "开幕当天，展销会现场签订农产品购销协议23份，签约金额4600万元。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["招租启事"] + wrap("屏溪县城南商贸城一楼临街门面6间对外招租，面积30至80平方米不等。", 16)
                 + ["联系电话：0739-5236××××", "地址：屏溪县城南大道128号"], "招租启事 box (not an article)")
    pg.blank()
    c = Article(
        "c", "农村客运“公交化”覆盖八成行政村", byline="（记者　舒蔓）", authors=["舒蔓"], tail="（记者　舒蔓）",
        notes="Headline wider than the column; signature （记者 X） run in at the end, excluded from last.",
        paras=[
            "记者从屏溪县交通运输局获悉，截至10月底，全县已开通农村公交线路38条，覆盖行政村182个，占全县行政村总数的81%。",
            "农村公交实行统一票价，乘客刷卡或扫码乘车，票价最低1元、最高5元。县里还在乡镇设立客货邮综合服务站，利用农村公交捎带快递包裹，打通农村物流“最后一公里”。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["新闻热线：0739-5210××××", "责任编辑：龙岩"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w11() -> Page:
    """产业创新 page whose text layer ends every line with a space; blank lines only between articles."""
    pg = TrailingSpacePage("w11.txt", cols=30, indent="    ", blanks="arts", seed=1211,
                           style="科技报 产业创新 page whose text layer ends every printed line with a trailing ASCII space, blank lines only between articles, body indented with four ASCII spaces: headline with a Latin abbreviation (AI质检…), byline line 本报记者 X　发自Y; run-in 本报讯（记者 X　见习记者 Y）; item signed （X） at the end followed by a 【链接】 box; byline line 通讯员 X　记者 Y")
    pg.furniture(["岑江科技报", cn_date(2031, 8, 19) + "　第3版　产业创新"], "page header")
    a = Article(
        "a", "AI质检让纺织厂有了“火眼金睛”", byline="本报记者　骆闻溪　发自屏溪", authors=["骆闻溪"],
        notes="Every printed line ends with a space (not part of anything). Headline beginning with a Latin "
              "abbreviation; byline line 本报记者 X　发自Y.",
        paras=[
            "在屏溪县锦程纺织有限公司的织布车间，一排排织机高速运转，每台织机上方都安装了一个高清摄像头。布匹从织机上下来，经过一台质检设备时，屏幕上会实时标出断纱、跳花、油污等瑕疵的位置。",
            "“以前靠人工验布，一个熟练工一天最多检查3000米，还容易漏检。现在用AI质检，一台设备一天能检查2万米，瑕疵识别准确率超过97%。”公司生产部经理汤可为说。",
            "这套AI质检系统由岑州一家科技企业研发，通过深度学习训练，能够识别40多种常见布面瑕疵。系统还会把瑕疵数据反馈给织机，自动调整工艺参数，从源头上减少次品。公司去年引入这套系统后，产品一等品率提高了6个百分点，每年节省质检人工成本约300万元。",
            "屏溪县是全省纺织产业重点县，拥有规模以上纺织企业140多家。今年，县里出台支持企业数字化改造的专项政策，对企业购买工业软件和智能设备给予最高30%的补贴，目前已有60多家纺织企业完成数字化改造。",
        ])
    pg.blank()
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "全省首个氢能重卡加氢走廊建成", byline="本报讯（记者　韩子墨　见习记者　冉冉）",
        authors=["韩子墨", "冉冉"], lead="本报讯（记者　韩子墨　见习记者　冉冉）",
        notes="Run-in 本报讯（记者 X　见习记者 Y） excluded from first; the 见习记者 is an author.",
        paras=[
            "8月18日，连接岑州、萧原两市的氢能重卡加氢走廊正式建成投用。走廊全长约230公里，沿线布局加氢站5座，单站日加氢能力1000公斤，可满足约200辆氢能重卡的日常运营需求。",
            "据了解，目前已有120辆氢能重卡在该走廊上开展煤炭、钢材等大宗货物运输。与柴油重卡相比，每辆氢能重卡每年可减少二氧化碳排放约80吨。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "专精特新企业研发投入强度达6.8%", byline="（严心悦）", authors=["严心悦"], tail="（严心悦）",
        notes="Signature （X） run in at the end, excluded from last; the 【链接】 box after it is not body.",
        paras=[
            "省工业和信息化厅近日发布的数据显示，全省1860家专精特新中小企业去年研发投入总额达到286亿元，平均研发投入强度6.8%，高出全省规模以上工业企业平均水平4.2个百分点。",
            "这些企业平均拥有有效发明专利16件，超过七成企业的主导产品在细分市场占有率位居全省前三。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["【链接】"] + wrap(
        "专精特新中小企业是指具有专业化、精细化、特色化、新颖化特征的中小企业，一般深耕细分市场，创新能力强，市场占有率高。",
        30), "链接 box (not body)")
    pg.blank()
    d = Article(
        "d", "高新区知识产权质押融资突破20亿元", byline="通讯员　聂思源　记者　韩子墨", authors=["聂思源", "韩子墨"],
        notes="Byline line 通讯员 X　记者 Y; both are authors.",
        paras=[
            "记者从岑州高新区获悉，今年以来，园区企业通过专利、商标等知识产权质押获得银行贷款21.6亿元，同比增长58%，惠及科技型中小企业170余家。",
            "高新区设立了1亿元知识产权质押融资风险补偿资金池，对合作银行发生的不良贷款给予最高50%的风险补偿，并为企业提供专利价值评估补贴，降低企业融资成本。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：祁远　　电话：0731-8560××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w12() -> Page:
    """交通·物流 page, no blank line anywhere: every headline letter-spaced with U+3000, also the 短讯 label
    and the three 短讯 headlines."""
    pg = Page("w12.txt", cols=40, indent=FW * 2, blanks="never", seed=1212,
              style="交通·物流 page, no blank line anywhere: every headline letter-spaced with U+3000 (岑　州　港　集　装　箱…), the lead's on two lines (second shorter) with ——副题 and 本报记者 X line, one with a Latin word kept whole (LNG); item signed （记者 X） at the end; letter-spaced label 短　讯 over three unsigned items with letter-spaced headlines")
    pg.furniture(["岑江日报", "交通·物流　" + cn_date(2031, 12, 2) + "　第9版"], "page header")
    a = Article(
        "a", "岑州港集装箱吞吐量首破五百万标箱", head=["岑州港集装箱吞吐量", "首破五百万标箱"],
        subtitle="——前11个月完成503.6万标箱，同比增长12.7%", byline="本报记者　常乐言", authors=["常乐言"],
        notes="Headline letter-spaced with U+3000 and printed on two lines (the second shorter), written unspaced and "
              "joined; ——副题 and byline line 本报记者 X under it.",
        paras=[
            "12月1日，随着一艘满载集装箱的货轮从岑州港龙湾港区驶离，岑州港今年集装箱吞吐量突破500万标箱，提前一个月完成全年目标。这是岑州港集装箱吞吐量首次突破500万标箱大关。",
            "港口发展离不开航线支撑。今年以来，岑州港新开通外贸航线9条，航线总数达到68条，通达全球40多个国家和地区的120多个港口。其中，至东南亚、中东的航线数量明显增加，全年东南亚航线集装箱量同比增长21%。",
            "海铁联运是岑州港今年的另一大亮点。港口与铁路部门合作，开通至西部省份的海铁联运班列14条，前11个月完成海铁联运量38.2万标箱，同比增长35%。“货物从内陆工厂出发，通过铁路直接运到码头装船，比公路运输每标箱节省运费约600元。”岑州港集团市场部负责人单思远说。",
            "据介绍，岑州港龙湾港区三期工程正在加紧建设，建成后将新增4个10万吨级集装箱泊位，港口年通过能力将提高到700万标箱以上。",
        ])
    pg.headline(a, sep=FW)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "全省首艘LNG加注船投入运营", byline="本报讯（记者　邹予安）", authors=["邹予安"],
        lead="本报讯（记者　邹予安）",
        notes="Headline letter-spaced with U+3000, the Latin word LNG kept whole (title unspaced); run-in 本报讯（记者 X） "
              "excluded from first.",
        paras=[
            "11月30日，全省首艘液化天然气（LNG）加注船“岑港绿能1”号在龙湾港区完成首次加注作业，为一艘国际航行集装箱船加注LNG燃料1800立方米。",
            "该船总长99米，装载容量8000立方米，可为各类LNG动力船舶提供“船对船”加注服务。业内人士表示，随着国际海事组织航运减排要求日益严格，LNG动力船舶数量快速增长，港口加注服务能力已成为吸引国际航线的重要因素。",
        ])
    pg.headline(b, sep=FW)
    pg.body(b)
    c = Article(
        "c", "萧原国际冷链物流园一期投用", byline="（记者　卢望）", authors=["卢望"], tail="（记者　卢望）",
        notes="Letter-spaced headline; signature （记者 X） run in at the end, excluded from last.",
        paras=[
            "12月1日，萧原国际冷链物流园一期项目投入使用。项目建有冷库容量12万吨，配备自动化立体冷库和智能分拣系统，可满足肉类、水产品、果蔬等多种生鲜产品的储存和分拨需求。",
            "物流园负责人介绍，园区将重点发展进口冷链商品分拨和农产品冷链集配业务，预计年货物吞吐量可达80万吨。",
        ])
    pg.headline(c, sep=FW)
    pg.body(c)
    pg.furniture([spaced("短讯", FW)], "column label 短讯 (letter-spaced)")
    shorts = [
        Article("s1", "城际公交新增三条线路", paras=[
            "12月1日起，岑州至萧原城际公交新增3条线路，分别连接两市的高铁站、机场和主要商圈，票价10元至18元，发车间隔最短15分钟。"]),
        Article("s2", "快递业务量同比增两成", paras=[
            "据省邮政管理局统计，1月至11月，全省快递业务量累计完成31.4亿件，同比增长20.6%；快递业务收入完成286亿元，同比增长14.3%。"]),
        Article("s3", "网约车合规化率提升", paras=[
            "记者从省交通运输厅获悉，截至11月底，全省网约车驾驶员和车辆双合规率达到86%，比年初提高11个百分点。"]),
    ]
    for art in shorts:
        art.section = "短讯"
        art.notes = "Under the letter-spaced label 短　讯 (section); headline letter-spaced with U+3000; unsigned."
        pg.headline(art, sep=FW)
        pg.body(art)
    pg.furniture(["责任编辑：苗晓舟　　版式：吕一"], "footer")
    return pg


PAGES = [w09, w10, w11, w12]
