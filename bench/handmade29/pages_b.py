"""Pages y05-y08 of handmade29 (development set: special issues and supplements of business papers; all papers,
names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def y05() -> Page:
    """NARROW (10 chars) 峰会快讯 strip of a 峰会 supplement: label over three items (headline spread over two lines
    broken in mid-phrase with a run-in 本报讯（记者 X） wrapped over three lines; byline line 本报记者 X; run-in
    本报讯（实习生 X）); 老板说 quote box; label 嘉宾观点 over a signed comment with an 作者系 line after it."""
    pg = Page("y05.txt", cols=10, indent=FW, blanks="para", seed=2905,
              style="NARROW 10-character strip (峰会快讯) of a 峰会 supplement, ONE U+3000 indent: header on three lines wider than the column; label 峰会快讯 over three items: a headline on two lines broken in mid-phrase (峰会签约项目 / 总额超百亿) over a run-in 本报讯（记者 X） wrapped over three lines, a headline over a byline line 本报记者 X, a run-in 本报讯（实习生 X）; 老板说 box (two quotes, each with a ——post　NAME line); label 嘉宾观点 over a first-person comment with a two-line headline, the byline line NAME under it and an author line （作者系…） after the body; footer")
    pg.furniture(["瀚海经营报·第九届新消费峰会特刊",
                  cn_date(2035, 12, 16, weekday=False),
                  "T3　峰会快讯"], "page header (wider than the column)")
    pg.blank()
    pg.furniture(["峰会快讯"], "column label 峰会快讯")
    pg.blank()
    a = Article(
        "a", "峰会签约项目总额超百亿", head=["峰会签约项目", "总额超百亿"], section="峰会快讯",
        byline="本报讯（记者　邵一鸣）", authors=["邵一鸣"], lead="本报讯（记者　邵一鸣）",
        notes="Item under the label 峰会快讯 (section). Headline on two lines broken in mid-phrase, joined. Run-in "
              "本报讯（记者 X） wrapped over three narrow lines, excluded from first.",
        paras=[
            "第九届新消费峰会15日在澄州闭幕。峰会期间，共有38个新消费项目集中签约，签约总额达112亿元，涉及即时零售、智慧商圈、国货品牌和县域商业等领域。",
            "其中，青禾食品与12家县域商超达成供货协议，将在明年开设200个社区直营点。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "新消费指数发布", section="峰会快讯",
        byline="本报记者　邵一鸣", authors=["邵一鸣"],
        notes="Item under the label 峰会快讯 (section); byline line 本报记者 X under the headline.",
        paras=[
            "峰会发布的《2035新消费发展指数》显示，今年全国新消费发展指数为128.6，比上年提高6.2点。其中，服务消费、绿色消费和国货消费三项分指数增幅居前。",
            "报告认为，县域市场正在成为新消费增长的主要来源。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "直播电商分论坛举行", section="峰会快讯",
        byline="本报讯（实习生　宁采薇）", authors=["宁采薇"], lead="本报讯（实习生　宁采薇）",
        notes="Item under the label 峰会快讯 (section). Run-in 本报讯（实习生 X） (an intern alone) excluded from first; "
              "the intern is the author.",
        paras=[
            "15日下午，峰会直播电商分论坛举行。与会企业代表认为，直播电商应从拼低价转向拼品质、拼服务，主播要对所推荐商品的质量负责。论坛发布了《直播电商品质服务倡议》，首批42家企业签署。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["老板说"]
                 + wrap("“新消费不是新概念，是把老百姓的小需求做成大生意。”", 10)
                 + ["——青禾食品董事长", "许知澜"]
                 + wrap("“县城里的年轻人，比我们想象的更懂消费。”", 10)
                 + ["——远帆物流总裁", "邝明远"],
                 "老板说 box of quotes with attributions (not an article)")
    pg.gap()
    d = Article(
        "d", "消费升级的“新”在哪里", head=["消费升级的", "“新”在哪里"], section="嘉宾观点", kind="commentary",
        byline="蒋怀瑾", authors=["蒋怀瑾"],
        notes="First-person comment under the label 嘉宾观点 (section): headline on two lines, joined; byline line "
              "NAME under it (the writer, author). The author line （作者系九州商学院院长） after the body is not body. "
              "Commentary.",
        paras=[
            "我理解的消费升级，并不是简单地买更贵的东西，而是买更合适的东西。",
            "今天的消费者更看重体验、品质和情绪价值，一杯咖啡、一次露营、一场演出，背后都是对美好生活的具体追求。企业要做的，是读懂这些细小而真实的需求。",
            "新消费的机会不在远方，就在身边的社区和县城。",
        ])
    pg.furniture(["嘉宾观点"], "column label 嘉宾观点")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    for ln in wrap("（作者系九州商学院院长）", 10):
        pg.line(d, ln, "author-note")
    pg.blank()
    pg.furniture(["编辑：潘若溪"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y06() -> Page:
    """行业 special (新能源汽车产业专刊) 标杆企业 page: a company profile whose BODY comes first and whose headline,
    ——副题 and byline line are printed AFTER it; photo caption; label 案例 over a profile with byline line
    本报记者 X　实习生 Y; run-in 本报讯 item; label 企业形象 over an advertorial signed （X供稿） run in at the end."""
    pg = Page("y06.txt", cols=36, indent="  ", blanks="some", seed=2906, p_para=0.5, p_gap=0.85,
              style="行业 special (新能源汽车产业专刊·标杆企业) of a business weekly, indent two ASCII spaces: header on two lines; a company profile whose BODY comes first, right under the header, and whose headline, ——副题 and byline line 本报记者 X are printed AFTER it; photo caption with credit 本报记者 X／摄; label 案例 over a profile with byline line 本报记者 X　实习生 Y; run-in 本报讯（记者 X） item; label 企业形象 over an advertorial whose headline is two parts on one line parted by two ASCII spaces, signed （青鸾储能供稿） run in at the end; footer")
    pg.furniture(["中洲产经周报　" + cn_date(2035, 12, 12),
                  "新能源汽车产业专刊·标杆企业　第12版"], "page header")
    pg.blank()
    a = Article(
        "a", "长岚汽车：一个“后来者”的突围路",
        subtitle="——长岚汽车新能源转型观察",
        byline="本报记者　褚云帆", authors=["褚云帆"],
        notes="Company profile whose body is printed FIRST; headline, ——副题 (subtitle) and byline line 本报记者 X are "
              "printed AFTER the body (as in the seed 000). The photo caption after them is not body (the "
              "photographer is the writer anyway). The executive quoted (蔺知行) is not an author.",
        paras=[
            "2029年，当长岚汽车宣布进入新能源乘用车领域时，行业里并不看好这家做了二十年商用车的企业。“起步晚、品牌弱、没有电池”，这是当时外界对它的普遍评价。",
            "六年过去，长岚汽车今年1至11月新能源乘用车销量达到41.3万辆，同比增长62%，进入国内新能源乘用车销量前十。",
            "突围的第一步是“做减法”。长岚没有铺开全价位产品线，而是集中资源主攻15万元至20万元的家用车市场，两款主力车型贡献了超过八成的销量。第二步是“补短板”。公司与瀚川电池合资建设了两座电芯工厂，关键零部件自制率提高到55%，整车成本比三年前下降约18%。",
            "长岚汽车总裁蔺知行告诉记者，明年公司将把重心放在海外市场和智能驾驶上，“国内市场的价格战还会持续，我们必须在新的赛道上找到增长空间”。",
        ])
    pg.body(a)
    pg.gap()
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.furniture(["长岚汽车鹤汀基地总装车间。　本报记者　褚云帆／摄"], "photo caption with credit (not body)")
    pg.gap()
    b = Article(
        "b", "锐驰动力：电驱系统“瘦身”记", section="案例",
        byline="本报记者　阮小棠　实习生　龚越", authors=["阮小棠", "龚越"],
        notes="Profile under the label 案例 (section); byline line 本报记者 X　实习生 Y: both are authors. The technical "
              "director quoted (洪一帆) is not.",
        paras=[
            "把电机、电控和减速器“三合一”，再把车载充电机和配电单元集成进去——在榆关市锐驰动力的实验室里，工程师们正在测试公司最新一代八合一电驱系统。与上一代产品相比，它的体积缩小了23%，重量减轻了15公斤。",
            "“电驱系统每减重1公斤，整车续航就能多出一点，积少成多就是竞争力。”锐驰动力技术总监洪一帆说。为了给电驱“瘦身”，研发团队花了两年时间重新设计散热结构，仅样机就试制了60多台。",
            "今年前三季度，锐驰动力电驱系统出货量达到92万台，同比增长57%，配套车型从国内品牌延伸到了两家海外车企。",
        ])
    pg.furniture(["案例"], "column label 案例")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    d = Article(
        "d", "新能源汽车下乡活动累计销车超8万辆",
        byline="本报讯（记者　褚云帆）", authors=["褚云帆"], lead="本报讯（记者　褚云帆）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从行业协会获悉，今年新能源汽车下乡活动已在全国18个省份举办42场，累计销售新能源汽车8.3万辆，带动充电桩等配套设施进村入户。参与活动的车型中，售价在10万元以下的车型占比达到六成。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    c = Article(
        "c", "青鸾储能为绿色出行蓄能", head=["青鸾储能  为绿色出行蓄能"], section="企业形象",
        byline="（青鸾储能供稿）", tail="（青鸾储能供稿）",
        notes="**new:** advertorial (企业形象 piece) under the label 企业形象 (section): prose with a headline, so an "
              "article. Headline of two parts on one line parted by two ASCII spaces: title written unspaced. The "
              "firm's credit （青鸾储能供稿） run in at the end is the byline, excluded from last; a firm "
              "is not a person: no authors.",
        paras=[
            "青鸾储能成立于2024年，是一家专注于储能电池系统和充储一体化解决方案的高新技术企业。公司在望海、鹤汀建有两大生产基地，年产能达到30吉瓦时，产品覆盖电网侧储能、工商业储能和充电站储能等场景。",
            "安全是储能的生命线。青鸾储能建立了覆盖电芯、模组、系统的三级安全防护体系，产品通过国内外多项权威认证。截至目前，公司已为全国1200余座充电站提供储能配套，累计安全运行超过3000万小时。",
            "未来，青鸾储能将持续深耕储能技术创新，与合作伙伴携手，为新能源汽车产业和绿色出行贡献力量。",
        ])
    pg.furniture(["企业形象"], "column label 企业形象")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：邰远　　美编：乔小满　　校对：费清"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y07() -> Page:
    """行业 special 产业链 page with NO blank line at all: label 案例 over a long profile printed in TWO pieces with
    a whole 本报讯 item between them (as column pieces come out of extraction); ranking table; run-in
    本报讯（通讯员 X　记者 Y） item."""
    pg = Page("y07.txt", cols=24, indent=FW * 2, blanks="never", seed=2907,
              style="行业 special (新能源汽车产业专刊·产业链) page with NO blank line anywhere, two U+3000 indent: header on three lines; label 案例 over a long profile (byline line 本报记者 X) printed in TWO pieces, cut in mid-sentence, with a whole run-in 本报讯（记者 X） item (headline and body) between the pieces; ranking table of five firms (title, header row, rows, 数据来源); run-in 本报讯（通讯员 X　记者 Y） item; footer")
    pg.furniture(["13",
                  "新能源汽车产业专刊·产业链",
                  "中洲产经周报　" + cn_date(2035, 12, 12)], "page header")
    a = Article(
        "a", "鹤汀“电池谷”的链式生长", section="案例",
        byline="本报记者　庞书言", authors=["庞书言"],
        notes="Profile under the label 案例 (section), byline line 本报记者 X. Printed in TWO pieces (cut in mid-"
              "sentence) with the whole 本报讯 item 前11个月动力电池装车量同比增长31% between them, as column "
              "pieces come out of extraction; no blank lines on the page. People quoted (欧阳晴, the purchasing "
              "manager) are not authors.",
        paras=[
            "从鹤汀高新区东门进去，沿着一条名为“锂电大道”的马路往里走，正极材料、隔膜、电解液、电芯、电池包……一家家企业的厂牌依次排开。当地人把这里叫作“电池谷”。",
            "十年前，鹤汀只有一家电池组装厂。2026年瀚川电池落户后，当地围绕龙头企业开展“以商招商”，先后引进上下游配套企业63家，形成了从材料到回收利用的完整产业链。今年前三季度，鹤汀锂电产业产值达到1280亿元，同比增长24%。",
            "“原来从外省采购隔膜，路上要走三天；现在隔壁厂生产，一个小时就送到了。”瀚川电池采购负责人说，本地配套让企业的库存周转天数减少了近一半。",
            "链式生长的背后，是政府服务方式的转变。鹤汀高新区组建了产业链专班，每条细分链条都有一名“链长”，负责协调用地、用能和人才等问题。园区还投资建设了公共检测中心和中试平台，中小配套企业不必再自建实验室。",
            "鹤汀高新区管委会主任欧阳晴说，下一步将重点补齐电池回收和固态电池材料两个环节，力争到2038年锂电产业产值突破2000亿元。",
        ])
    b = Article(
        "b", "前11个月动力电池装车量同比增长31%",
        byline="本报讯（记者　柯一苇）", authors=["柯一苇"], lead="本报讯（记者　柯一苇）",
        notes="Whole item printed BETWEEN the two pieces of the 案例 profile. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从行业协会获悉，1至11月，我国动力电池累计装车量达到486.2吉瓦时，同比增长31.4%。其中，磷酸铁锂电池装车量占比为74.8%，三元电池占比为25.1%。",
        ])
    pg.furniture(["案例"], "column label 案例")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    one, two = Page.chunks(pg.render_body(a), [14])
    pg.emit(a, one)
    pg.headline(b)
    pg.body(b)
    pg.emit(a, two)
    pg.furniture(["1—11月动力电池装车量前五名企业",
                  "排名　企业　　　装车量（GWh）　占比（%）",
                  "1　　瀚川电池　　168.4　　　　　34.6",
                  "2　　岱山新能　　97.2　　　　　 20.0",
                  "3　　青鸾储能　　41.5　　　　　 8.5",
                  "4　　峻峰锂能　　30.8　　　　　 6.3",
                  "5　　启辰电源　　22.6　　　　　 4.6",
                  "数据来源：中洲动力电池产业联盟"], "ranking table (not an article)")
    c = Article(
        "c", "快充桩“下乡”提速",
        byline="本报讯（通讯员　韩知远　记者　庞书言）", authors=["韩知远", "庞书言"],
        lead="本报讯（通讯员　韩知远　记者　庞书言）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） excluded from first; both are authors.",
        paras=[
            "今年以来，鹤汀市在全市86个乡镇建成公共快充站214座，实现乡镇快充站全覆盖。下一步，当地将推动快充站向行政村延伸，计划明年新增村级充电桩1500个，方便农村居民购买和使用新能源汽车。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["本版编辑：邰远　　校对：费清"], "footer")
    return pg


# ---------------------------------------------------------------------------
def y08() -> Page:
    """WIDE (42 chars) 圆桌对话 page of the special, no indent: headline in TWO parts on one line parted by U+3000,
    byline line 本报记者 X　整理, a roundtable of 主持人：／NAME： paragraphs; 对话嘉宾 box; run-in 本报讯 item;
    label 编后 over an unsigned comment."""
    pg = Page("y08.txt", cols=42, indent="", blanks="para", seed=2908,
              style="WIDE 42-character 圆桌对话 page of the special, NO indent: header on two lines; label 圆桌对话 over a roundtable: headline in TWO parts on one line parted by U+3000 (链主带链　中小企业“抱团出海”), byline line 本报记者 X　整理, an intro paragraph, then 主持人：／NAME： paragraphs of three guests; 对话嘉宾 box (names and posts); run-in 本报讯（记者 X） item; label 编后 over an unsigned comment; footer")
    pg.furniture(["T9　圆桌对话",
                  "瀚海经营报　" + cn_date(2035, 12, 17) + "　2035民营经济年度盛典特刊"], "page header")
    pg.blank()
    a = Article(
        "a", "链主带链中小企业“抱团出海”", head=["链主带链　中小企业“抱团出海”"], section="圆桌对话",
        kind="interview", byline="本报记者　郁沐晨　整理", authors=["郁沐晨"],
        notes="Roundtable under the label 圆桌对话 (section). **new:** headline of two parts printed on ONE line parted "
              "by U+3000: the title is the whole line, spaces removed. Byline line 本报记者 X　整理: the compiler is "
              "the author. Body from the intro paragraph to the last 主持人：／NAME： paragraph; the guests (邝明远, "
              "苏晚晴, 陶一川) are not authors. Kind interview (questions of a moderator answered by named guests). "
              "The 对话嘉宾 box after it is not body.",
        paras=[
            "出海，是今年民营企业最热的话题之一。单个中小企业出海，往往面临信息不灵、渠道不通、融资不畅等难题。能否由龙头企业牵头，带着上下游中小企业“抱团出海”？在第九届民营经济年度盛典的圆桌对话环节，三位嘉宾分享了各自的实践与思考。",
            "主持人：先请各位谈谈，今年企业出海遇到的最大变化是什么？",
            "邝明远：最大的变化是，客户不再只问价格，而是问你能不能在当地交付、在当地服务。远帆今年在东南亚和中东新建了6个海外仓，就是为了把“最后一公里”握在自己手里。",
            "苏晚晴：对农业企业来说，最大的变化是标准。不同国家对农产品的检测要求差别很大，一个指标不合格，整柜货就得退回来。今年我们专门组建了一个20人的国际认证团队。",
            "陶一川：从银行的角度看，企业出海的金融需求明显从单一的结算转向了“结算＋融资＋避险”的综合需求，而且中小企业的占比在快速上升。",
            "主持人：“抱团出海”具体怎么抱？",
            "邝明远：我们把海外仓向中小客户开放，一个集装箱可以拼十几家企业的货，报关、仓储、配送都由我们来做，中小企业的物流成本平均能降两成。",
            "苏晚晴：嘉穗带着37家合作社和加工企业一起出海，统一品牌、统一标准、统一检测。小企业单打独斗进不了大商超，抱成团就有了议价能力。",
            "陶一川：银行可以依托链主企业的交易数据，给链上的中小企业发放订单融资，不用抵押也能贷到款。今年鹭洲银行通过这种方式服务了1400多家外贸小微企业。",
            "主持人：最后请每位用一句话给准备出海的企业提个醒。",
            "邝明远：先把合规做好，再谈规模。",
            "苏晚晴：尊重当地市场，别把国内的打法简单复制过去。",
            "陶一川：用好汇率避险工具，别让利润被汇率吃掉。",
        ])
    pg.furniture(["圆桌对话"], "column label 圆桌对话")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["对话嘉宾",
                  "邝明远　远帆智慧物流董事长",
                  "苏晚晴　嘉穗农业集团总经理",
                  "陶一川　鹭洲银行副行长",
                  "主持人　郁沐晨　本报记者"], "对话嘉宾 box (names and posts; not an article)")
    pg.blank()
    b = Article(
        "b", "民营企业出海服务联盟成立",
        byline="本报讯（记者　郁沐晨）", authors=["郁沐晨"], lead="本报讯（记者　郁沐晨）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "第九届民营经济年度盛典期间，由远帆智慧物流、鹭洲银行等26家企业和机构共同发起的民营企业出海服务联盟宣告成立。联盟将搭建涵盖物流、金融、法律、认证等服务的一站式平台，首批服务对象为年出口额5000万元以下的中小企业。",
            "联盟发起方表示，将力争在三年内帮助1000家中小企业开拓海外市场。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "抱团，是为了走得更远", section="编后", kind="commentary",
        notes="Unsigned comment under the label 编后 (section): no byline, no authors. Commentary.",
        paras=[
            "中小企业出海，难在一个“小”字：信息少、渠道窄、抗风险能力弱。链主企业带链出海，用自己的渠道、信用和经验为中小企业铺路，这是市场的选择，也是产业链竞争的必然。",
            "但抱团不是抱着取暖，更不是靠着大树乘凉。中小企业还得在产品、质量和服务上练好内功，才能在链条上站稳脚跟，走得更远。",
        ])
    pg.furniture(["编后"], "column label 编后")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：潘若溪　　美术编辑：柴一禾　　校对：余声"], "footer")
    return pg


PAGES = [y05, y06, y07, y08]
