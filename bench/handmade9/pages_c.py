"""Pages t09-t12 of handmade9 (held out; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, Raw, cn_date, spaced, wrap


# ---------------------------------------------------------------------------
def t09() -> Page:
    """Provincial daily 消费 page: letter-spaced headlines and a two-line headline."""
    pg = Page("t09.txt", cols=20, indent="  ", blanks="para", seed=909,
              style="provincial daily 消费 page: headlines letter-spaced with one ASCII space, with two ASCII spaces (ASCII digits kept whole) and with U+3000; a two-line headline; byline lines 本报记者 X (ASCII space) and 文/本报记者 X; run-in 本报讯（记者 X）")
    pg.furniture(["南屿日报", cn_date(2029, 12, 14), "第6版　消费·市场", "责任编辑　祁夏"], "page header")
    pg.blank()
    a = Article(
        "a", "以旧换新带旺家电卖场", byline="本报记者 喻晓峰", authors=["喻晓峰"],
        notes="Headline letter-spaced with one ASCII space, written unspaced; byline with an ASCII space.",
        paras=[
            "周末的南屿国际广场家电城，人气比往常旺了不少。在一家空调专卖店，店员正忙着给顾客核算补贴金额：“旧机回收抵300元，政府补贴再减15%，这台一级能效空调到手价不到3000元。”",
            "今年以来，全省持续开展家电以旧换新活动，对购买一级能效家电的消费者给予最高2000元补贴。省商务厅数据显示，截至11月底，全省累计发放家电换新补贴11.6亿元，带动销售额86亿元。",
            "以旧换新也带动了回收行业发展。省内一家再生资源企业负责人说，今年公司回收的旧家电超过40万台，比去年增长一倍多，拆解后的铜、铝、塑料等材料都会进入再利用环节。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "老字号在商圈开出“新面孔”", head=["老字号在商圈", "开出“新面孔”"], byline="文/本报记者　殷若水",
        authors=["殷若水"],
        notes="Headline on two lines, joined; byline 文/本报记者 X.",
        paras=[
            "红漆木门、铜制招牌，走进去却是开放式烘焙间和咖啡吧台。上个月，有百年历史的“聚丰斋”在城东商圈开出首家新概念店，开业一个月客流超过5万人次。",
            "“年轻人愿意来打卡，老顾客也还认这块牌子。”聚丰斋总经理常慕白说，新店保留了桃酥、酥饼等传统点心，又推出了低糖版和小包装，线上订单占到三成。",
            "省内不少老字号正在尝试类似转型。据统计，今年全省老字号企业新开门店120多家，其中近一半进驻购物中心和旅游街区。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "年货节12月20日开幕", byline="本报讯（记者　丁一苇）", authors=["丁一苇"],
        lead="本报讯（记者　丁一苇）",
        notes="Headline letter-spaced with two ASCII spaces, the number 12 and 20 kept whole; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从省商务厅获悉，第五届南屿年货节将于12月20日开幕，持续至明年2月中旬。其间，全省将举办各类促消费活动300余场，并分批发放餐饮、零售消费券，总额1.5亿元。市民可通过“南屿消费”小程序领取，每人每次限领一张。",
        ])
    pg.headline(c, sep="  ")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "冰雪装备销售升温", lead="本报讯　",
        notes="Headline letter-spaced with U+3000, written unspaced; unsigned item, run-in 本报讯 excluded from first.",
        paras=[
            "入冬以来，全省滑雪服、滑雪板等冰雪装备销售明显升温。多家电商平台数据显示，11月全省冰雪装备线上销售额同比增长62%，其中儿童滑雪装备增长最快。",
            "业内人士预计，随着省内两座室内滑雪场年内开业，冰雪消费热度还将持续。",
        ])
    pg.headline(d, sep=FW)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["广告热线：0898-66239001"], "footer")
    return pg


# ---------------------------------------------------------------------------
def t10() -> Page:
    """Energy page: 专访 with ——副题, intro paragraph, 记者：/萧定远： turns; 人物简介 box; a short 本报讯 item."""
    pg = Page("t10.txt", cols=34, indent=FW * 2, blanks="some", seed=910, p_para=0.4, p_gap=0.9,
              style="energy page 专访: page label 高端访谈, quoted headline, ——访… 副题, byline line, intro paragraph, 记者：/萧定远： turns (answers over several paragraphs), 人物简介 box after the interview; then a short unsigned 本报讯 item")
    pg.furniture(["能源经济报　高端访谈", cn_date(2029, 3, 20) + "　第4版"], "page header")
    pg.blank()
    a = Article(
        "a", "“让每一度绿电都找到用户”", subtitle="——访东岚能源集团董事长萧定远",
        byline="本报记者　司马宁", authors=["司马宁"], kind="interview",
        notes="Interview: headline is a quotation, quotation marks kept; ——访… 副题 is the subtitle; the interviewee is not an author. "
              "Intro paragraph and 记者：/萧定远： turns are body; the 人物简介 box after it is not body.",
        paras=[
            "过去五年，东岚能源集团的新能源装机从不到300万千瓦增长到2100万千瓦，绿电占总发电量的比重超过六成。在新能源大规模并网、消纳压力增大的背景下，这家地方能源企业如何平衡规模与效益？近日，记者专访了东岚能源集团董事长萧定远。",
            "记者：这几年新能源装机增长很快，但不少地方出现了“弃风弃光”反弹的苗头。东岚能源是怎么看待这个问题的？",
            "萧定远：装机规模上去了，能不能发得出、送得走、用得掉，才是真正的考验。我们现在评估一个新能源项目，第一个问题不是“能建多大”，而是“电卖给谁”。",
            "去年，我们新开工的新能源项目，全部配套了储能或者签订了长期购电协议。集团的弃电率控制在3%以内，比行业平均水平低了一半左右。",
            "记者：储能的成本一直是个难题。配储会不会拖累项目收益？",
            "萧定远：这几年储能电池价格下降了一半多，账已经算得过来了。更重要的是，储能不只是“成本项”，在电力现货市场里，它可以低充高放、参与调峰调频，本身就能赚钱。",
            "我们在海岚风电场建的20万千瓦时共享储能电站，去年通过参与现货交易和辅助服务，收益覆盖了运维成本还有结余。",
            "记者：您刚才提到“电卖给谁”。在找用户方面，东岚能源有哪些做法？",
            "萧定远：我们的思路是“跟着产业走”。一方面，和数据中心、电解铝、化工等用电大户签绿电直供协议，帮助它们降低碳排放；另一方面，在工业园区建分布式光伏和微电网，让园区企业就近用上绿电。",
            "今年，集团的绿电交易量预计突破120亿千瓦时，其中出口型制造企业的需求增长最快。很多企业跟我们说，海外客户越来越看重产品的碳足迹，绿电已经成了拿订单的“通行证”。",
            "记者：对未来五年，您有什么期待？",
            "萧定远：我们希望到2034年，集团新能源装机达到4000万千瓦，同时把储能、氢能和综合能源服务做成新的增长点。能源转型是一场长跑，不能只看装机数字，要让每一度绿电都找到用户、产生价值。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["人物简介", *wrap("萧定远，1968年生，高级工程师。曾任东岚电力设计院院长、东岚能源集团总经理，2025年起任东岚能源集团董事长。", 34)],
                 "人物简介 box (profile of the interviewee)")
    pg.blank()
    b = Article(
        "b", "东岚海上风电二期全容量并网", lead="本报讯　",
        notes="Unsigned short item; run-in 本报讯 excluded from first.",
        paras=[
            "3月18日，东岚海上风电二期项目最后一台机组并网发电，标志着该项目50万千瓦全容量投产。项目共安装单机容量12兆瓦的风电机组42台，年上网电量约16亿千瓦时，可节约标准煤约48万吨。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["本版编辑：仇晓岚　版式：季蒙"], "footer editors")
    return pg


# ---------------------------------------------------------------------------
def t11() -> Page:
    """Photo page (图片新闻): captioned photos as briefs, one 组图 with two numbered captions, one news item."""
    pg = Page("t11.txt", cols=24, indent="", blanks="arts", seed=911,
              style="图片新闻 page: photo with headline and credit run in at the end （本报记者 X 摄）; ▲caption without headline with credit line 通讯员 X 摄 after it; 摄影 credit line before a caption; 组图 with one headline, two numbered captions ①② and one credit line; a 本报讯（记者 X） news item; blank lines only between items")
    pg.furniture(["江屿日报　图片新闻", cn_date(2029, 10, 9) + "　第8版"], "page header")
    pg.blank()
    p1 = Article(
        "p1", "稻田里的“无人农场”", kind="brief", byline="（本报记者　储云帆　摄）", authors=["储云帆"],
        tail="（本报记者　储云帆　摄）",
        notes="Photo caption with headline; photographer's credit run in at the end, excluded from last; the photographer is the author.",
        paras=[
            "10月8日，在梁塘镇万亩水稻示范区，无人驾驶收割机正在收割晚稻，运粮车在北斗导航引导下自动跟车卸粮。今年示范区水稻亩产预计达到680公斤。",
        ])
    pg.headline(p1)
    pg.body(p1)
    pg.blank()
    p2 = Article(
        "p2", None, kind="brief", byline="通讯员　鲍小川　摄", authors=["鲍小川"],
        notes="Caption beginning with ▲ and no headline: title null; the ▲ is excluded from first; credit line after the caption is the byline.",
        lead="▲",
        paras=[
            "10月7日，游客在江屿古港历史街区参观。国庆假期，古港街区接待游客42万人次，同比增长两成，街区内的非遗工坊和老字号店铺人气火爆。",
        ])
    pg.body(p2)
    pg.line(p2, p2.byline, "byline")
    pg.blank()
    p3 = Article(
        "p3", "新能源汽车“下乡”", kind="brief", byline="摄影　本报记者　汪墨", authors=["汪墨"],
        notes="Photo with headline; credit line 摄影 本报记者 X printed between headline and caption is the byline.",
        paras=[
            "10月6日，在白沙县城文化广场举办的新能源汽车下乡活动上，村民在展台前了解车型和补贴政策。活动共有16个品牌的60余款车型参展，现场达成购车意向400余台。",
        ])
    pg.headline(p3)
    pg.line(p3, p3.byline, "byline")
    pg.body(p3)
    pg.blank()
    p4 = Article(
        "p4", "港口秋忙", kind="brief", byline="本报记者　储云帆　摄", authors=["储云帆"],
        notes="组图: one headline over two numbered captions ①② of two photos and one credit line after them; filed as one brief whose body is both captions.",
        paras=[
            "①10月8日，江屿港集装箱码头，岸桥正在为外贸货轮装卸集装箱。",
            "②江屿港粮食码头，工人在装卸进口大豆。今年前三季度，江屿港货物吞吐量同比增长7.4%。",
        ])
    pg.headline(p4)
    pg.body(p4)
    pg.line(p4, p4.byline, "byline")
    pg.blank()
    a = Article(
        "a", "“镜头里的新农村”摄影展开展", byline="本报讯（记者　汪墨）", authors=["汪墨"], lead="本报讯（记者　汪墨）",
        notes="News item on the photo page; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "10月8日，“镜头里的新农村”主题摄影展在江屿市美术馆开展。展览从全市征集的3200余幅作品中精选出160幅，展现乡村产业发展、人居环境改善和农民生活变化。",
            "展览将持续至10月31日，市民可免费参观。主办方还将在展期内组织摄影家走进乡村开展创作和讲座活动。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    pg.furniture(["图片编辑：邝小野　版式：秦若"], "footer editors")
    return pg


# ---------------------------------------------------------------------------
def t12() -> Page:
    """经济简讯 digest: ■ and ● run-in titles on the first line of each item; no blank line, no trailing newline."""
    pg = Page("t12.txt", cols=40, indent="", blanks="never", seed=912, trailing_newline=False,
              style="经济简讯 digest: label lines 经济简讯 / 各地快讯; ■ and ● run-in titles followed by U+3000 on the first line of each item, some followed by 本报讯; （据…） and （X） credits run in at the end; no indent, no blank line, no trailing newline")
    pg.furniture(["江屿日报", cn_date(2029, 11, 28) + "　第3版　经济新闻"], "page header")
    items1 = [
        Article("e1", "江屿港集装箱吞吐量提前完成全年目标", lead="■江屿港集装箱吞吐量提前完成全年目标　本报讯　",
                notes="Run-in ■ title and 本报讯 on the first body line (title_line = body_start), excluded from first.",
                paras=["截至11月26日，江屿港今年集装箱吞吐量达到520万标箱，提前一个多月完成全年目标，同比增长9.3%。其中，外贸航线新增7条，东南亚航线箱量增长近两成。"]),
        Article("e2", "全市新增“专精特新”中小企业86家", lead="■全市新增“专精特新”中小企业86家　",
                byline="（钱小满）", authors=["钱小满"], tail="（钱小满）",
                notes="Run-in ■ title; signature （X） run in at the end, excluded from last.",
                paras=["市工信局日前公布第四批市级“专精特新”中小企业名单，86家企业入选，全市累计达到412家。入选企业平均研发投入强度为5.8%，拥有有效发明专利1900余件。"]),
        Article("e3", "首单海洋碳汇质押贷款落地", lead="■首单海洋碳汇质押贷款落地　本报讯　",
                notes="Run-in ■ title and 本报讯 excluded from first.",
                paras=["近日，江屿农商银行以一家水产企业的贝藻类养殖碳汇收益权作为质押，向其发放贷款500万元。这是全市首单海洋碳汇质押贷款，贷款利率比同期普通经营贷款低约0.5个百分点。",
                       "据测算，该企业3000亩贝藻类养殖区每年可产生碳汇约1.2万吨。"]),
    ]
    items2 = [
        Article("l1", "白沙县电商直播基地投用", lead="●白沙县电商直播基地投用　",
                byline="（据白沙县融媒体中心）", tail="（据白沙县融媒体中心）",
                notes="Run-in ● title; source credit （据…） run in at the end, excluded from last (byline, no person).",
                paras=["白沙县电商直播基地日前投入使用，设有直播间40个，可同时容纳200余名主播开展带货。基地将为本地农产品和手工艺品提供选品、培训和物流等一站式服务。"]),
        Article("l2", "梁塘镇乡村民宿入住率同比提高15个百分点", lead="●梁塘镇乡村民宿入住率同比提高15个百分点　",
                notes="Run-in ● title excluded from first.",
                paras=["今年以来，梁塘镇依托稻田景观和古村落资源发展乡村旅游，全镇民宿平均入住率达到58%，同比提高15个百分点，带动农民增收约1800万元。镇里还推出“稻田音乐节”“古村夜游”等活动，周末客房常常提前一周订满。"]),
        Article("l3", "临港片区首个零碳工厂通过认证", lead="●临港片区首个零碳工厂通过认证　",
                byline="（通讯员　章若水）", authors=["章若水"], tail="（通讯员　章若水）",
                notes="Run-in ● title; signature （通讯员 X） run in at the end, excluded from last.",
                paras=["位于临港片区的一家动力电池材料企业日前通过零碳工厂认证，成为片区首个零碳工厂。该企业通过屋顶光伏、绿电交易和余热回收等方式，去年实现碳排放量净零。"]),
    ]
    pg.furniture(["经济简讯"], "column label 经济简讯")
    for art in items1:
        art.section = "经济简讯"
        pg.body(art, head_role=True)
    pg.furniture(["各地快讯"], "column label 各地快讯")
    for art in items2:
        art.section = "各地快讯"
        pg.body(art, head_role=True)
    pg.furniture(["本版责任编辑：甘露白"], "footer editor line")
    return pg


PAGES = [t09, t10, t11, t12]
