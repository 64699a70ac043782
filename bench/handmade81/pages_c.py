"""Pages ly09-ly12 of handmade81 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import Article, Cross, Page, cn_date, wrap
from pages_a import STYLE, box, column, split_cols, top, whole


# ---------------------------------------------------------------------------
def ly09() -> Page:
    """Provincial daily 财经 page in a wide column: listed-company report with crossheads and a table between two
    paragraphs; label 财经观察 over a comment 文/X; wire item with 华兴社 dateline and （完）; run-in item; 风险提示."""
    pg = Page("ly09.txt", cols=32, indent="", blanks="para", seed=8109,
              style="provincial daily 财经 page in a WIDE column, " + STYLE + ": header blocks (财经; paper; date "
                    "with weekday + 第5版); report (listed companies' results) with byline line 本报记者 X, two "
                    "crossheads and a table (title, header row, five rows, 数据来源) printed BETWEEN two paragraphs; "
                    "label 财经观察 over a comment with byline line 文/X; wire item with run-in "
                    "华兴社澄海5月2日电（记者 X） and （完） run in at the end; item with run-in 本报讯（记者 X）; "
                    "风险提示 notice; footer with 责任编辑 and 校对")
    box(pg, ["财经", "", "青屿日报", "", cn_date(2037, 5, 3) + "　第5版"], "page header")
    a = Article(
        "a", "青屿上市公司一季度净利润增长15.3%",
        byline="本报记者　祁远帆", authors=["祁远帆"],
        notes="Report with two crossheads (制造业公司表现亮眼, 研发投入持续加大), body lines. The table printed between "
              "two paragraphs is not body (body in pieces). Byline line 本报记者 X. The association official quoted "
              "(龚平川) is not an author.",
        paras=[
            "截至4月30日，青屿辖区86家A股上市公司全部披露了2037年一季度报告。数据显示，一季度辖区上市公司合计实现营业收入2148亿元，同比增长9.7%；实现净利润196亿元，同比增长15.3%，增速比去年同期提高6.2个百分点。",
            Cross("制造业公司表现亮眼"),
            "从行业看，制造业上市公司业绩增长最为明显。52家制造业公司合计实现净利润118亿元，同比增长22.4%，其中电力设备、汽车零部件和电子行业公司净利润增速均超过30%。",
            "青屿上市公司协会秘书长龚平川表示，一季度出口订单回暖、原材料价格回落，带动制造业企业毛利率普遍回升。",
            Cross("研发投入持续加大"),
            "辖区上市公司研发投入保持增长。一季度合计研发投入98.6亿元，同比增长13.1%，研发投入强度为4.6%。有71家公司实现盈利，盈利面达到82.6%。",
        ])
    top(pg, a)
    pg.body(a, end=3)
    pg.gap()
    box(pg, ["一季度辖区上市公司净利润前五名（亿元）",
             "公司　　　　　　净利润　　同比增长",
             "屿海电气　　　　18.4　　　36.2%",
             "青屿港股份　　　15.9　　　11.8%",
             "东澜汽车部件　　11.2　　　41.5%",
             "华屿电子　　　　9.7　　　 28.3%",
             "屿光能源　　　　8.6　　　 19.0%",
             "数据来源：各公司一季度报告"], "table between two paragraphs (not body)")
    pg.body(a, start=3)
    pg.gap()
    box(pg, ["财经观察"], "column label 财经观察")
    b = Article(
        "b", "让现金分红成为上市公司“必修课”", section="财经观察", kind="commentary",
        byline="文/夏澄", authors=["夏澄"],
        notes="Comment under the label 财经观察 (section), byline line 文/X (the writer is the author). Kind "
              "commentary.",
        paras=[
            "业绩增长之后，投资者最关心的是能不能分到“真金白银”。今年以来，辖区已有58家公司推出分红方案，比去年同期增加9家，但仍有一些盈利多年的公司长期“一毛不拔”。",
            "稳定、可预期的分红，是上市公司回报投资者最直接的方式，也是吸引长期资金的重要基础。有条件的公司不妨探索一年多次分红，让投资者更好地分享企业成长的红利。",
        ])
    whole(pg, b)
    c = Article(
        "c", "4月全国期货市场成交额同比增长18%",
        byline="华兴社澄海5月2日电（记者　戴远）", authors=["戴远"],
        lead="华兴社澄海5月2日电（记者　戴远）", tail="（完）",
        notes="Wire item of the invented agency 华兴社: run-in dateline excluded from first; （完） run in at the end "
              "excluded from last.",
        paras=[
            "记者2日从全国期货业协会获悉，4月全国期货市场成交量为8.26亿手，成交额为62.4万亿元，同比分别增长11.5%和18.2%。其中，商品期货成交额增长21.3%，金融期货成交额增长12.6%。",
        ])
    whole(pg, c)
    d = Article(
        "d", "青屿首单知识产权证券化产品发行",
        byline="本报讯（记者　祁远帆）", authors=["祁远帆"], lead="本报讯（记者　祁远帆）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "日前，青屿首单知识产权证券化产品在澜海证券交易所成功发行，发行规模3.2亿元，期限3年，票面利率2.68%，底层资产涉及23家科技型中小企业的186件专利。",
        ])
    whole(pg, d)
    box(pg, ["风险提示：本版内容仅供参考，不构成投资建议。市场有风险，投资需谨慎。"], "风险提示 notice (not an article)")
    pg.furniture(["责任编辑：闵晓舟　校对：单一"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ly10() -> Page:
    """Evening paper 产经 page in a narrow column: two stories side by side read column by column over three
    columns (A1, B1, A2, B2, A3); photo caption; a run-in item whose headline is printed AFTER its text; advert."""
    pg = Page("ly10.txt", cols=13, indent="", blanks="para", seed=8110,
              style="evening paper 产经 page in a narrow column, " + STYLE + ": header blocks (东湄晚报; date with "
                    "weekday; 产经 A12; 责任编辑); two stories set SIDE BY SIDE over three columns read column by "
                    "column (A's headline and byline line 本报记者 X, A's first column, B's headline and byline line "
                    "记者 X, B's first column, A's second, B's second, A's third), every break mid-sentence; photo "
                    "caption with credit 摄; item with run-in 本报讯（记者 X） whose headline (on two lines) is printed "
                    "AFTER its text; advert (旺铺招租); footer")
    box(pg, ["东湄晚报", "", cn_date(2037, 8, 26), "", "产经　A12", "", "责任编辑：詹一帆"], "page header")
    a = Article(
        "a", "东湄生物医药产业园年产值破200亿",
        byline="本报记者　鞠安", authors=["鞠安"],
        notes="Set side by side with the 预制菜 story over three columns and read column by column with it: A1, B1, "
              "A2, B2, A3 (bodies in pieces, every break mid-sentence). Byline line 本报记者 X. The park director "
              "quoted (危立) is not an author.",
        paras=[
            "走进东湄生物医药产业园，一栋栋研发大楼和标准厂房错落有致。园区负责人危立介绍，去年园区实现产值206亿元，同比增长19.7%，首次突破200亿元大关。",
            "园区目前集聚生物医药企业163家，其中上市公司7家、高新技术企业58家。去年新增获批上市的创新药和医疗器械产品14个，一批抗体药物、基因检测试剂盒实现量产。",
            "为留住创新企业，园区建设了公共实验平台和中试基地，企业可以按小时租用设备，大大降低了研发成本。今年园区计划新引进项目30个，力争产值达到240亿元。",
        ])
    b = Article(
        "b", "预制菜企业抢抓中秋订单",
        byline="记者　聂小桐", authors=["聂小桐"],
        notes="The story set beside the 生物医药 lead, read column by column with it (body in pieces). Byline line "
              "记者 X. The sales manager quoted is not an author.",
        paras=[
            "距离中秋节还有半个多月，东湄多家预制菜企业已进入生产旺季。在东湄食品产业园的一家企业，佛跳墙、梅菜扣肉等礼盒装产品的生产线正满负荷运转。",
            "“今年中秋礼盒订单比去年增加了四成，企业团购客户占了一半。”企业销售经理说。据统计，东湄现有预制菜规上企业41家，去年产值68亿元。",
        ])
    ia, ib = pg.render_body(a), pg.render_body(b)
    a1, a2, a3 = split_cols(ia, [7, 7])
    b1, b2 = split_cols(ib, [7])
    top(pg, a)
    column(pg, a, a1)
    top(pg, b)
    column(pg, b, b1)
    column(pg, a, a2)
    column(pg, b, b2)
    column(pg, a, a3)
    box(pg, wrap("▲东湄生物医药产业园公共实验平台。", 13) + ["本报记者　鞠安　摄"], "photo caption with credit (not body)")
    c = Article(
        "c", "东湄新增两条跨境电商货运航线",
        head=["东湄新增两条", "跨境电商货运航线"],
        byline="本报讯（记者　聂小桐）", authors=["聂小桐"], lead="本报讯（记者　聂小桐）",
        notes="Its text (with the run-in 本报讯（记者 X）, excluded from first) is printed FIRST and its headline, on "
              "two lines (joined), AFTER it; title_line after the body.",
        paras=[
            "8月25日，东湄机场开通至南洋港、暹湾两条跨境电商全货机航线，每周各执飞3班，主要运输服装、电子产品和小商品，预计年货运量可达1.2万吨。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.gap()
    box(pg, ["旺铺招租", ""] + wrap("东湄老街临街商铺3间，面积60至120平方米，适合餐饮零售。电话：139××××6621", 13),
        "advert (not an article)")
    pg.furniture(["本版校对：隋小麦"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ly11() -> Page:
    """Provincial daily 金融 page: Q&A interview (记者：／NAME：) with byline ■ 本报记者 X and a crosshead; two
    items side by side read column by column, the second's headline wide; photo news (brief) with credit; ad."""
    pg = Page("ly11.txt", cols=19, indent="", blanks="para", seed=8111,
              style="provincial daily 金融 page, " + STYLE + ": header blocks (溪山日报; 金融 + 第8版; date with "
                    "weekday); label 对话 over an interview with headline on two lines, ——副题 and byline line "
                    "■ 本报记者 X (intro, 记者：／NAME： paragraphs, one crosshead); two items set SIDE BY SIDE read "
                    "column by column (A's headline, A's first column, B's headline, B's first column, A's second, "
                    "B's second), the first item with byline line 本报记者 X　实习生 Y, its first column ending "
                    "mid-word, the second with run-in 本报讯（通讯员 X　记者 Y）, its first column ending exactly at a "
                    "paragraph end; photo news (brief) with credit line 本报记者 X　摄 "
                    "after the caption; advert; footer with 责任编辑 and 校对")
    box(pg, ["溪山日报", "", "金融　第8版", "", cn_date(2037, 10, 14)], "page header")
    box(pg, ["对话"], "column label 对话")
    a = Article(
        "a", "农村金融如何做好“土特产”文章",
        head=["农村金融如何做好", "“土特产”文章"], section="对话", kind="interview",
        subtitle="——访溪山农商银行董事长阮知秋",
        byline="■ 本报记者　侯静", authors=["侯静"],
        notes="Interview under the label 对话 (section): headline on two lines (joined), ——副题 访… is the subtitle, "
              "byline line ■ 本报记者 X (the ■ is a mark; the reporter is the author). Body: intro, then 记者：／阮知秋： "
              "paragraphs and a crosshead (数字化让服务下沉); the banker who answers (阮知秋) is not an author. Kind "
              "interview.",
        paras=[
            "溪山是全省重要的茶叶、柑橘和竹产业产区。金融如何更好支持乡村特色产业？记者近日专访了溪山农商银行董事长阮知秋。",
            "记者：特色产业贷款有什么不同？",
            "阮知秋：特色产业季节性强、抵押物少，传统信贷产品不太适应。我们针对茶叶、柑橘、竹木三大产业分别设计了“茶农贷”“橘香贷”“竹林贷”，按生产周期设定还款时间，茶农可以在春茶上市后再集中还款。",
            Cross("数字化让服务下沉"),
            "记者：山区农户居住分散，服务怎么跟上？",
            "阮知秋：我们在全市设立了326个助农服务点，客户经理带着移动终端进村入户，现场采集信息、现场审批。截至9月末，特色产业贷款余额达到86亿元，比年初增长21%，户均贷款12万元。",
        ])
    top(pg, a)
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "溪山首批林业碳汇贷款落地",
        byline="本报记者　侯静　实习生　唐果", authors=["侯静", "唐果"],
        notes="Set side by side with the 保险 item and read column by column with it (bodies in pieces; its first "
              "column ends mid-word). Byline line 本报记者 X　实习生 Y (both authors).",
        paras=[
            "10月12日，溪山首批林业碳汇预期收益权质押贷款在龙潭县落地，3家林业合作社以4.2万亩林地未来的碳汇收益作质押，获得贷款2600万元。",
            "这一模式让“沉睡”的林业资源变成了可融资的资产，贷款主要用于林地抚育和林下经济发展。",
        ])
    c = Article(
        "c", "柑橘“价格保险”为果农兜底",
        byline="本报讯（通讯员　骆一　记者　侯静）", authors=["骆一", "侯静"],
        lead="本报讯（通讯员　骆一　记者　侯静）",
        notes="The item beside the 碳汇贷款 item, read column by column with it (body in pieces; its first column "
              "ends exactly at a paragraph end). Run-in "
              "本报讯（通讯员 X　记者 Y） excluded from first; both are authors.",
        paras=[
            "今年，溪山在柑橘主产区推广目标价格保险，当市场收购价低于每斤2.2元时，保险公司按差价赔付。目前已有1.8万户果农投保，保险面积12.6万亩，财政补贴保费的70%。",
            "据测算，若今年收购价低于目标价格，全市投保果农可获得赔付约3000万元，户均1600余元。",
        ])
    b1, b2 = split_cols(pg.render_body(b), [5])
    c1, c2 = split_cols(pg.render_body(c), [5])
    top(pg, b)
    column(pg, b, b1)
    top(pg, c)
    column(pg, c, c1)
    column(pg, b, b2)
    column(pg, c, c2)
    d = Article(
        "d", "银行网点开进茶山", kind="brief",
        byline="本报记者　侯静　摄", authors=["侯静"],
        notes="Photo news (brief): headline, caption text as the body, the credit line 本报记者 X　摄 after it (the "
              "byline; the photographer is the author of a photo news). Kind brief (not counted in recall).",
        paras=["10月13日，溪山农商银行流动服务车开进龙潭县云雾茶山，工作人员为茶农办理社保卡激活和小额贷款业务。"])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.line(d, d.byline, "byline")
    pg.gap()
    box(pg, ["广告"] + [""] + wrap("溪山农商银行“金秋理财季”，多款理财产品火热发售。理财非存款，投资须谨慎。", 19),
        "bank advert (not an article)")
    pg.furniture(["责任编辑：欧阳晓　校对：尹可"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def ly12() -> Page:
    """Commercial daily 消费 page: consumption lead with kicker, byline 本报记者 X　实习生 Y, crossheads and a
    caption between two paragraphs; label 消费维权 over two items signed at the end; wire item with （完）; ad."""
    pg = Page("ly12.txt", cols=16, indent="", blanks="para", seed=8112,
              style="commercial daily 消费 page, " + STYLE + ": header blocks (消费周刊; paper + date with weekday; "
                    "B2); lead (about 330 characters) with 引题 kicker, headline, byline line 本报记者 X　实习生 Y, two "
                    "crossheads and a photo caption with credit 摄 BETWEEN two paragraphs; label 消费维权 over two "
                    "items signed （记者 X） and （X） run in at the end; wire item with run-in 华兴社杭城11月12日电 "
                    "(no reporter) and （完） as a block of its own; advert; footer with 责任编辑")
    box(pg, ["消费周刊", "", "潞江商报　" + cn_date(2037, 11, 13), "", "B2"], "page header")
    a = Article(
        "a", "“双11”潞江线上零售额增长13.6%",
        byline="本报记者　晏秋　实习生　方圆", authors=["晏秋", "方圆"],
        notes="Lead with two crossheads (以旧换新拉动大件消费, 直播带货带火本地特产), body lines. The 引题 kicker "
              "消费市场观察 is not part of the title. The photo caption with credit between two paragraphs is not "
              "body (body in pieces). Byline line 本报记者 X　实习生 Y (both authors). The official and the seller "
              "quoted are not authors.",
        paras=[
            "记者从潞江市商务局获悉，今年“双11”期间（11月1日至11日），全市网络零售额达到48.7亿元，同比增长13.6%，其中实物商品网络零售额41.2亿元，增长12.9%。",
            Cross("以旧换新拉动大件消费"),
            "家电、数码产品依然是销售主力。受以旧换新补贴带动，全市线上家电销售额同比增长31.4%，一级能效空调、冰箱和洗碗机销量均翻番；手机、平板电脑销售额增长18.2%。",
            Cross("直播带货带火本地特产"),
            "本地特产借助直播走出潞江。潞江板鸭、桂花糕、青梅酒等特产网络销售额增长46%，全市开展直播带货的商家超过4200家。",
            "“一场直播卖出了两万多盒桂花糕，相当于门店半年的销量。”一位老字号糕点店负责人说。",
            "市商务局相关负责人表示，将继续组织“潞江好物”线上促销活动，推动线上线下消费融合。",
        ])
    top(pg, a, kicker="消费市场观察")
    pg.body(a, end=5)
    pg.gap()
    box(pg, wrap("▲主播在潞江一家直播基地推介本地特产。", 16) + ["本报记者　晏秋　摄"],
        "photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=5)
    pg.gap()
    box(pg, ["消费维权"], "column label 消费维权")
    b = Article("b", "网购退货运费纠纷增多", section="消费维权",
                byline="（记者　晏秋）", authors=["晏秋"], tail="（记者　晏秋）",
                notes="Item under the label 消费维权 (section); the credit （记者 X） run in at the end is the byline, "
                      "excluded from last.",
                paras=["市消保委数据显示，“双11”以来收到网购投诉1360件，其中退货运费纠纷占两成。消保委提醒，下单前应看清商家退换货规则，保留聊天记录和订单截图。"])
    c = Article("c", "购买预售商品要看清定金规则", section="消费维权",
                byline="（闻小雨）", authors=["闻小雨"], tail="（闻小雨）",
                notes="Item under the label 消费维权; the credit （X） run in at the end is the byline, excluded from "
                      "last.",
                paras=["预售商品的“定金”一般不退，“订金”可以退还。消费者在参加预售活动时，应仔细阅读规则，理性下单，避免冲动消费。"])
    whole(pg, b)
    whole(pg, c)
    d = Article(
        "d", "全国快递业务量单日突破8亿件",
        byline="华兴社杭城11月12日电", authors=[], lead="华兴社杭城11月12日电　",
        notes="Wire item with the bare run-in dateline 华兴社杭城11月12日电 naming no reporter (byline, no authors), "
              "excluded from first. The end mark （完） printed as a block of its own is not body.",
        paras=[
            "国家邮政局监测数据显示，11月11日当天，全国邮政快递企业共揽收快递包裹8.13亿件，同比增长9.4%，创单日业务量历史新高。",
        ])
    whole(pg, d)
    box(pg, ["（完）"], "wire end mark on a line of its own (not body)")
    box(pg, ["潞江老凤楼", "", "黄金饰品", "工费全场五折", "", "活动时间：11月15日—20日"], "advert (not an article)")
    pg.furniture(["责任编辑：祖小舟　美编：原一"], "footer with 责任编辑")
    return pg


PAGES = [ly09, ly10, ly11, ly12]
