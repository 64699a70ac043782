"""Pages lv01-lv04 of handmade78 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap

AD = ("Advertisement / advertorial call of this set: a block printed under a 广告 / 推广 / 企业专版 (or 企业专版·广告) mark (also "
      "when written like an article with a headline) is an ad, not an article (the contract's kind other).")


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (numbered points): built here and written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def lv01() -> Page:
    """Economic daily anniversary 特刊 page of a high-tech zone: header with 特刊 name and 本版由…协办 line; lead with
    kicker, headline, ——副题, byline line 本报记者 X　通讯员 Y; label 企业风采 over a company profile with byline
    line 本报记者 X (an article); 广告 block (slogan, hotline, address, 扫码了解更多); run-in 本报讯 item."""
    pg = Page("lv01.txt", cols=28, indent=FW * 2, blanks="para", seed=7801,
              style="economic daily anniversary 特刊 page of a high-tech zone, blank lines between paragraphs and blocks: header on four lines (paper + date with weekday; 特刊 name; T3 + 版名; 本版由…协办 line); lead with 引题 kicker, headline, ——副题, byline line 本报记者 X　通讯员 Y; label 企业风采 over a company profile written as an article with byline line 本报记者 X and the firm's slogan, address and hotline lines after it; 广告 block (firm, slogan, products, hotline, address, 扫码了解更多); economic item with run-in 本报讯（记者 X）; footer with editor and designer")
    pg.furniture(["璟州经济日报　" + cn_date(2036, 9, 18),
                  "璟州高新区建区二十周年特刊",
                  "T3　创新高地",
                  "本版由璟州高新技术产业开发区管委会协办"], "page header with 特刊 name and 协办 line")
    pg.blank()
    a = Article(
        "a", "二十年，从一片滩涂到千亿园区",
        subtitle="——璟州高新区高质量发展纪实",
        byline="本报记者　温叙白　通讯员　杭晓棠", authors=["温叙白", "杭晓棠"],
        notes="Lead of the 特刊: a normal signed article. The 引题 kicker 创新驱动　筑梦未来 is neither title nor "
              "subtitle (the ——副题 is the subtitle). Byline line 本报记者 X　通讯员 Y: both are authors. The 协办 "
              "line in the header (a sponsoring body) does not make the page's signed articles ads.",
        paras=[
            "2016年秋天，璟州东郊的澜沙滩上立起了第一块界碑。二十年后，这里已集聚高新技术企业1260家，去年实现营业总收入1083亿元，成为全省首个营收突破千亿元的县域高新区。",
            "园区的成长，靠的是一条条产业链。从最初引进的一家电子元件厂起步，璟州高新区先后培育起集成电路、智能传感、生物医药三大主导产业，规上工业企业研发投入强度达到4.2%，比全省平均水平高出1.6个百分点。",
            "“企业要什么，我们就补什么。”高新区管委会主任祁远峰说，园区累计建成孵化器和众创空间31家，设立规模50亿元的产业引导基金，去年新增“专精特新”企业47家。",
            "面向下一个十年，璟州高新区提出到2040年营收突破2000亿元的目标，并将拿出3.6平方公里土地，布局低空经济和新型储能等未来产业。",
        ])
    pg.kicker(a, "创新驱动　筑梦未来")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["企业风采"], "column label 企业风采")
    pg.blank()
    b = Article(
        "b", "芯岚微电子：一颗芯片的“璟州造”之路", section="企业风采",
        byline="本报记者　覃映秋", authors=["覃映秋"],
        notes="Company profile under the label 企业风采 of a 特刊, written as an article and signed by a reporter, with "
              "no 广告 / 推广 mark: an article (kind article) by this set's call. The firm's slogan, address and "
              "hotline lines printed after its body are not body (not articles). The chairman quoted (蔺子川) is "
              "not an author.",
        paras=[
            "走进璟州芯岚微电子有限公司的洁净车间，一片片晶圆在自动化产线上有序流转。这家2019年落户高新区的企业，如今已是国内车规级电源管理芯片的主要供应商之一，产品配套20余家整车企业。",
            "“刚来的时候只有12个人，租了半层楼。”公司董事长蔺子川回忆说，高新区为企业提供了三年免租的研发场地，还帮助对接了第一笔4000万元的风险投资。去年，芯岚微电子出货量突破3亿颗，营业收入达到9.7亿元。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["芯岚微电子　让每一颗芯都值得信赖",
                  "地址：璟州高新区澜沙大道88号　电话：0×××-6608××××"],
                 "the profiled firm's slogan, address and phone after the profile (not body)")
    pg.blank()
    pg.furniture(["广告",
                  "璟州智谷科创园",
                  "拎包入驻　政策兑现　一站服务",
                  "标准厂房　研发楼宇　人才公寓　火热招商中",
                  "招商热线：0×××-6612××××",
                  "园区地址：璟州高新区科创路6号",
                  "扫码了解更多"], "advertisement of a science park (广告 mark): " + AD)
    pg.blank()
    c = Article(
        "c", "高新区前8个月新签约项目投资额326亿元",
        byline="本报讯（记者　温叙白）", authors=["温叙白"], lead="本报讯（记者　温叙白）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从璟州高新区获悉，今年1月至8月，园区新签约产业项目58个，协议投资额326亿元，同比增长18.4%。其中，投资超过10亿元的项目11个，集成电路和生物医药项目占比超过六成。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：郁子衡　　版式设计：骆一鸣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lv02() -> Page:
    """商报 房产周刊 page: market report with run-in 本报讯（记者 X　实习生 Y）; label 楼市观察 over a comment signed
    （X） at the end; 推广 advertorial with its own headline and text (an ad); label 房产资讯 over two ● items;
    活动预告 box with 扫码报名."""
    pg = Page("lv02.txt", cols=22, indent="  ", blanks="some", seed=7802, p_para=0.45, p_gap=0.8,
              style="商报 房产周刊 page indented with two ASCII spaces, blank lines sometimes: header on three lines (版名 房产周刊 + page number; paper + date with weekday; 主编 and 责任编辑); market report with run-in 本报讯（记者 X　实习生 Y）; label 楼市观察 over a comment signed （X） run in at the end; 推广-marked advertorial of a housing project with its own headline, two paragraphs, 样板间 address, hotline and 扫码预约看房 (an ad); label 房产资讯 over two items with ● headlines, one signed （记者 X） at the end; 活动预告 box (购房节, dates, venue, 扫码报名); footer with 广告热线 and 免责 line")
    pg.furniture(["房产周刊　B6",
                  "汐城商报　" + cn_date(2036, 4, 9),
                  "主编：俞望舒　责任编辑：沈一禾"], "page header")
    pg.blank()
    a = Article(
        "a", "一季度新房成交面积同比增长7.3%",
        byline="本报讯（记者　冉初夏　实习生　柯小满）", authors=["冉初夏", "柯小满"],
        lead="本报讯（记者　冉初夏　实习生　柯小满）",
        notes="Run-in 本报讯（记者 X　实习生 Y） excluded from first; reporter and 实习生 are both authors. The agent "
              "quoted (施定邦) is not.",
        paras=[
            "汐城市住房和城乡建设局日前发布数据，一季度全市新建商品住宅成交面积86.2万平方米，同比增长7.3%；成交均价每平方米16840元，环比基本持平。",
            "改善型需求成为成交主力。一季度全市120平方米以上户型成交占比达到41%，比去年同期提高6个百分点。“三月以来到访量明显回升，带孩子来看学区的家庭最多。”一家中介门店负责人施定邦说。",
            "二手房方面，一季度全市二手住宅成交1.9万套，同比增长11.2%，挂牌均价连续三个月小幅回升。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["楼市观察"], "column label 楼市观察")
    b = Article(
        "b", "好房子要经得起住", section="楼市观察", kind="commentary",
        byline="（钟离晚）", authors=["钟离晚"], tail="（钟离晚）",
        notes="Comment under the label 楼市观察 (section), signed （X） run in at the end (the byline, excluded from "
              "last); commentary.",
        paras=[
            "走访几个新开盘的项目，售楼处里最常听到的词是“品质”。可品质不是样板间里的进口灯具，也不是宣传册上的效果图，而是交房之后十年、二十年住得安心。",
            "房企拼品质，就要在看不见的地方下功夫：防水做几道，管线用什么料，隔音能不能达标。买房人越来越精明，只有经得起住的房子，才经得起市场的检验。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    adv = wrap("  临江一线，四代住宅。汐城云栖湾二期以“低密度、大面宽、全装修”为特色，主力户型建筑面积约128至168平方米，南向四开间设计，得房率高达86%。", 22) + \
        wrap("  项目步行5分钟可达地铁3号线云栖站，周边规划有九年一贯制学校和社区商业中心。即日起认筹享总价98折优惠。", 22)
    pg.furniture(["推广",
                  "云栖湾二期：把江景搬进客厅"] + adv +
                 ["样板间地址：汐城市滨江路1288号",
                  "看房热线：400-×××-6688",
                  "扫码预约看房",
                  "（本项目预售许可证号：汐房预售字第2036018号）"],
                 "推广-marked advertorial of a housing project with its own headline and text: " + AD)
    pg.gap()
    pg.furniture(["房产资讯"], "column label 房产资讯")
    c1 = Article("c1", "城南片区旧改项目启动签约", section="房产资讯",
                 byline="（记者　冉初夏）", authors=["冉初夏"], tail="（记者　冉初夏）",
                 notes="Item of the 房产资讯 strip with a ● headline (the ● is not part of the title); credit "
                       "（记者 X） run in at the end, excluded from last.",
                 paras=["4月8日，城南片区城市更新项目正式启动签约，涉及居民1460户，首日签约率达到72%。项目将建设安置住房和社区配套设施，预计2038年底前完成安置。"])
    c2 = Article("c2", "公积金贷款额度上限调整", section="房产资讯",
                 notes="Item of the 房产资讯 strip with a ● headline and no credit: no authors.",
                 paras=["汐城住房公积金管理中心发布通知，自5月1日起，购买首套住房的双缴存职工家庭公积金贷款额度上限由80万元提高至100万元。"])
    for art in (c1, c2):
        pg.headline(art, lines=["●" + art.title])
        pg.body(art)
        pg.gap()
    pg.furniture(["活动预告",
                  "2036汐城春季购房节",
                  "时间：4月18日—20日",
                  "地点：汐城国际会展中心2号馆",
                  "40余家房企、120个楼盘集中参展",
                  "扫码报名　领取看房补贴"], "活动预告 box (not an article)")
    pg.blank()
    pg.furniture(["广告热线：0×××-8839××××",
                  "本版广告内容由广告主提供，购房者请以政府部门公示信息为准"], "footer with 广告热线 and 免责 line")
    return pg


# ---------------------------------------------------------------------------
def lv03() -> Page:
    """财经日报 理财专版: report with byline line ◎本报记者 X; 产品推荐 box (table of products) with 投资有风险 note;
    label 理财课堂 over an advice piece by a bank's planner (byline 文／X, post in brackets) - an article; item
    with run-in 本报讯; 免责声明 at the foot."""
    pg = Page("lv03.txt", cols=34, indent="", blanks="arts", seed=7803,
              style="财经日报 理财专版, NO indent, blank lines only between articles and blocks: header on three lines (paper; date with weekday + 第9版; 理财 + 责任编辑); report on bank wealth products with byline line ◎本报记者 X; 产品推荐 box (title, header row, four product rows, 投资有风险 note); label 理财课堂 over an advice piece by a named bank wealth planner (byline line 文／X（post）); economic item with run-in 本报讯（记者 X）; 银行 advertisement (广告, slogan, hotline, 扫码了解更多); 免责声明 box; footer")
    pg.furniture(["衡川财经日报",
                  cn_date(2036, 3, 12) + "　第9版",
                  "理财　　责任编辑：聂素衣"], "page header")
    pg.blank()
    a = Article(
        "a", "银行理财产品收益率连续三个月企稳",
        byline="◎本报记者　鲁凌霄", authors=["鲁凌霄"],
        notes="Byline line ◎本报记者 X (the ◎ is a mark). The analyst quoted (瞿文韬) is not an author.",
        paras=[
            "记者从多家理财公司了解到，今年以来银行理财产品收益率逐步企稳。第三方机构的统计显示，2月份全市场固定收益类理财产品平均年化收益率为2.86%，已连续三个月维持在2.8%以上。",
            "从产品结构看，期限在一年以内的短期产品最受投资者青睐，2月份新发产品中占比超过六成。“投资者风险偏好整体偏稳，对流动性的要求更高。”衡川一家理财公司的研究员瞿文韬说。",
            "业内人士提醒，理财产品不等于存款，过往业绩不代表未来表现，投资者应根据自身风险承受能力审慎选择。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["产品推荐",
                  "产品名称　　　　　期限　　业绩比较基准　风险等级",
                  "稳盈宝季享3号　　　91天　　2.40%—2.90%　R2",
                  "鑫安半年定开　　　182天　　2.60%—3.10%　R2",
                  "衡川现金添利　　　T+1　　　七日年化2.05%　R1",
                  "睿远平衡一年持有　365天　　3.00%—4.20%　R3",
                  "*业绩比较基准不代表产品未来表现和实际收益。理财非存款，产品有风险，投资须谨慎。"],
                 "产品推荐 box (table of products with 投资有风险 note; not an article)")
    pg.blank()
    pg.furniture(["理财课堂"], "column label 理财课堂")
    b = Article(
        "b", "年轻人理财不妨从“三个账户”开始", section="理财课堂",
        byline="文／尹思源（衡川农商银行财富管理中心理财经理）", authors=["尹思源"],
        notes="Advice piece under the label 理财课堂 (section) by a bank's wealth planner, byline line 文／X（post）: "
              "the writer is the author (the post in brackets is not a name). It carries no 广告 / 推广 mark and "
              "names no product, so it is an article by this set's call, even though the writer works for a bank.",
        paras=[
            "不少刚参加工作的年轻人问我：工资不高，要不要理财？我的建议是，理财不看钱多钱少，先把钱分好类。",
            "第一个是“零花账户”，放三到六个月的生活费，可以选择随存随取的现金管理类产品；第二个是“保障账户”，用每年收入的一成左右配置意外险和医疗险，防范大额支出；第三个是“增值账户”，在前两个账户安排妥当之后，再考虑定期定额投资基金，用时间换收益。",
            "需要提醒的是，任何投资都有风险。在购买产品前，一定要看清风险等级，不要被“高收益”三个字冲昏头脑。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "个人养老金开户人数突破180万",
        byline="本报讯（记者　鲁凌霄）", authors=["鲁凌霄"], lead="本报讯（记者　鲁凌霄）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从衡川市人力资源和社会保障局获悉，截至2月末，全市个人养老金开户人数突破180万，实际缴存金额42.6亿元。目前，全市可购买的个人养老金产品已达960余只，涵盖储蓄、理财、基金和保险四类。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["广告",
                  "衡川农商银行　您身边的财富管家",
                  "“春享季”大额存单限量发售",
                  "客服热线：9663×",
                  "扫码了解更多"], "bank advertisement (广告 mark): " + AD)
    pg.blank()
    pg.furniture(["免责声明：本版所载信息仅供参考，不构成投资建议。投资者据此操作，风险自担。",
                  "市场有风险，投资需谨慎。"], "免责声明 box")
    pg.blank()
    pg.furniture(["美编：庞子逸　　校对：甘若水"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lv04() -> Page:
    """导报 汽车周刊: market report with a sales table printed between two paragraphs; 试驾 piece with byline line
    文／图　本报记者 X and a photo caption after it; dealer 广告 (slogan, 限时优惠, hotline, 扫码预约试驾); label
    车市快讯 over two items with run-in 【】 headlines."""
    pg = Page("lv04.txt", cols=24, indent=FW, blanks="some", seed=7804, p_para=0.4, p_gap=0.85,
              style="经济导报 汽车周刊 page indented with ONE U+3000, blank lines sometimes: header on three lines (汽车周刊; paper + date with weekday; C2 + 责任编辑); market report with byline line 本报记者 X and a sales table (title, header row, five rows, 数据来源) printed BETWEEN two paragraphs; 试驾 piece with label 试驾体验, byline line 文／图　本报记者 X and a ▲ photo caption after the body; dealer advertisement (广告, brand, slogan, 限时优惠, hotline, address, 扫码预约试驾); label 车市快讯 over two items whose headlines are run in in 【】 (one signed （记者 X） at the end); footer")
    pg.furniture(["汽车周刊",
                  "宁屿经济导报　" + cn_date(2036, 5, 15),
                  "C2　　责任编辑：郦长风"], "page header")
    pg.blank()
    a = Article(
        "a", "4月新能源车本地零售渗透率首破六成",
        byline="本报记者　詹若川", authors=["詹若川"],
        notes="Market report. The sales table printed between two of its paragraphs is not body (body in pieces). "
              "The dealer quoted (卞承志) is not an author.",
        paras=[
            "宁屿市汽车流通协会发布数据，4月全市乘用车零售3.42万辆，同比增长9.1%，其中新能源乘用车零售2.08万辆，零售渗透率达到60.8%，首次突破六成。",
            "分品牌看，本地企业岚驰汽车继续领跑，多款增程式车型销量环比增长超过两成。",
            "“五一前后到店量比平时多了一倍，以旧换新补贴拉动很明显。”一家4S店总经理卞承志说。协会预计，5月全市乘用车零售有望保持同比增长，新能源车渗透率将在六成左右波动。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.blank()
    pg.furniture(["4月宁屿市乘用车零售前五品牌",
                  "品牌　　　销量（辆）　同比",
                  "岚驰　　　6120　　＋24.6%",
                  "屿风　　　4385　　＋11.2%",
                  "澄光　　　3970　　－3.8%",
                  "启越　　　2816　　＋35.1%",
                  "北辰　　　2204　　－6.5%",
                  "数据来源：宁屿市汽车流通协会"], "sales table printed between two paragraphs of the report (not body)")
    pg.blank()
    pg.body(a, start=2)
    pg.gap()
    pg.furniture(["试驾体验"], "column label 试驾体验")
    b = Article(
        "b", "岚驰C7：城市通勤的“省心搭子”", section="试驾体验",
        byline="文／图　本报记者　苗慕远", authors=["苗慕远"],
        notes="Test-drive piece under the label 试驾体验 (section) with byline line 文／图　本报记者 X (one person "
              "writes and shoots: the author). It names one model throughout but is signed by a reporter and has "
              "no 广告 / 推广 mark: an article by this set's call. The ▲ photo caption after it is not body.",
        paras=[
            "这次试驾的岚驰C7是一款紧凑型纯电轿车，官方续航520公里。记者在早晚高峰的市区路段开了两天，实际能耗约为每百公里12.8千瓦时，表现符合预期。",
            "车内空间是它的长处，后排腿部空间足够一名身高一米八的成年人舒适乘坐。智能辅助驾驶在拥堵路段跟车平顺，但遇到加塞车辆时刹车略显犹豫，还有优化空间。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.furniture(wrap("▲岚驰C7在宁屿滨海大道试驾途中。", 24), "photo caption (not body)")
    pg.blank()
    pg.furniture(["广告",
                  "岚驰汽车宁屿旗舰店",
                  "智享出行　驰骋未来",
                  "5月限时优惠：置换补贴最高1.5万元",
                  "销售热线：0×××-8762××××",
                  "地址：宁屿市会展路318号",
                  "扫码预约试驾"], "car dealer advertisement (广告 mark): " + AD)
    pg.blank()
    pg.furniture(["车市快讯"], "column label 车市快讯")
    c1 = Article("c1", "宁屿新增超充站42座", section="车市快讯", lead="【宁屿新增超充站42座】",
                 byline="（记者　詹若川）", authors=["詹若川"], tail="（记者　詹若川）",
                 notes="Item of the 车市快讯 strip with its headline run in in 【】: title_line is the first body line, "
                       "the bracketed headline excluded from first; credit （记者 X） run in at the end, excluded from "
                       "last.",
                 paras=["今年以来，宁屿市新建投用大功率超充站42座，全市公共充电桩总数达到3.1万个，中心城区平均服务半径缩短至1.2公里。"])
    c2 = Article("c2", "二手车交易量同比增长14%", section="车市快讯", lead="【二手车交易量同比增长14%】",
                 notes="Item of the 车市快讯 strip with its headline run in in 【】 and no credit: no authors.",
                 paras=["1月至4月，宁屿市二手车交易量达到5.6万辆，同比增长14%，新能源二手车交易占比提高至18%。"])
    for art in (c1, c2):
        pg.body(art, head_role=True)
        pg.gap()
    pg.blank()
    pg.furniture(["美编：钱小宛　　校对：季鸣"], "footer")
    return pg


PAGES = [lv01, lv02, lv03, lv04]
