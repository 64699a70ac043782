"""Pages kq05-kq08 of handmade47 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kq05() -> Page:
    """农民日报-like FRONT page, blank lines only between articles and blocks: masthead; lead with 引题 (no 副题),
    byline line 本报记者 X　通讯员 Y, body cut mid-sentence and ending with the run-in jump （转第2版）; 农资价格
    table; label 三农快讯 over three items (本报讯（记者 X）, 本报讯　记者 X　通讯员 Y报道：, credit （通讯员 X） at
    the end); photo news (brief) with credit 本报记者 X　摄; seed advertisement."""
    pg = Page("kq05.txt", cols=22, indent=FW * 2, blanks="arts", seed=4705,
              style="农民日报-like FRONT page, blank lines only between articles and blocks: five-line masthead (paper, English name, date with weekday, CN / 邮发代号, 今日12版 and issue number); lead with an 引题 of two phrases parted by U+3000 (no 副题) and byline line 本报记者 X　通讯员 Y, a farmer quoted, the body cut in MID-SENTENCE by the run-in jump （转第2版）; 农资价格 table (title with dates, header row, four rows with ↑↓, 数据来源); label 三农快讯 over three items: run-in 本报讯（记者 X）, run-in 本报讯　记者 X　通讯员 Y报道：, credit （通讯员 X） run in at the end; photo news (brief) with a two-character headline, caption and credit line 本报记者 X　摄; seed ADVERTISEMENT (variety, 审定编号, hotline); footer")
    pg.furniture(["禾原农民日报",
                  "HEYUAN FARMERS' DAILY",
                  cn_date(2035, 10, 8),
                  "国内统一连续出版物号　CN 18-0264　邮发代号　7-35",
                  "今日12版　第7812号"], "masthead")
    pg.blank()
    a = Article(
        "a", "沅川秋粮再获丰收", subtitle="秋收进度过七成　单产稳中有增",
        byline="本报记者　祝穗安　通讯员　房桐", authors=["祝穗安", "房桐"], tail="（转第2版）",
        notes="Lead. The 引题 above the headline (no 副题) is the subtitle. Byline line 本报记者 X　通讯员 Y: both are "
              "authors. **new:** the body is cut in mid-sentence by the jump line （转第2版） run in at the end of the "
              "last line: the jump is not body (excluded from last, like a run-in credit). The farmer quoted "
              "(苏满仓) is not an author.",
        paras=[
            "金秋十月，沅川大地处处涌动着丰收的喜悦。记者从沅川省农业农村厅获悉，截至10月7日，全省秋粮已收获2860万亩，占秋粮播种面积的71.4%，进度比去年同期快3.2个百分点。从已收获地块测产情况看，玉米、水稻、大豆单产均稳中有增，全省秋粮丰收已成定局。",
            "在柘原县栾坪镇的千亩玉米示范田里，几台大型联合收割机往来穿梭，摘穗、剥皮、脱粒一气呵成。“今年推广了密植精准调控技术，亩产预计能达到850公斤，比去年多收近50公斤。”种粮大户苏满仓一边查看刚脱下的玉米粒，一边给记者算账，“按现在的收购价，每亩能多挣100多元。”",
            "今年以来，沅川深入实施粮食单产提升工程，在36个产粮大县整建制推进玉米、大豆、水稻高产创建，落实高产示范片1200万亩。各地组织农技人员分片包干、蹲点指导，推广增密度、水肥一体化、“一喷多促”等关键技术，为秋粮丰收打下了坚实基础。",
            "机械化水平的提升为抢收抢种赢得了时间。秋收期间，全省投入各类农机具42万台（套），其中联合收割机3.8万台，主要农作物耕种收综合机械化率达到87.6%。各地还组建农机应急作业服务队460支，对因灾倒伏地块",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["本周农资价格行情（10月1日—10月7日）",
                  "品种　　　规格　　均价（元/吨）　环比",
                  "尿素　　　46%　　 2180　　　　　↓1.8%",
                  "磷酸二铵　64%　　 3620　　　　　持平",
                  "氯化钾　　60%　　 2950　　　　　↑0.7%",
                  "复合肥　　45%　　 2760　　　　　↓0.4%",
                  "数据来源：沅川省农资价格监测中心"], "农资价格 table (not an article)")
    pg.blank()
    pg.furniture(["三农快讯"], "column label 三农快讯")
    c1 = Article(
        "c1", "梧溪柑橘首批出口订单发运",
        byline="本报讯（记者　邬晚禾）", authors=["邬晚禾"], lead="本报讯（记者　邬晚禾）",
        notes="Item under the label 三农快讯 (section). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "10月6日，满载26吨“梧溪蜜橘”的冷链集装箱从梧溪县柑橘产业园发车，经芷陵港出口东南亚市场。这是该县柑橘首次获得大批量出口订单。据了解，今年梧溪县柑橘种植面积达到18万亩，预计总产量32万吨，已有5家企业获得出口果园备案资质。",
        ])
    c2 = Article(
        "c2", "栾坪镇建成稻谷烘干中心",
        byline="本报讯　记者　祝穗安　通讯员　程砚报道", authors=["祝穗安", "程砚"],
        lead="本报讯　记者　祝穗安　通讯员　程砚报道：",
        notes="Item under the label 三农快讯 (section). **new:** run-in 本报讯　记者 X　通讯员 Y报道： (the 报道： form) "
              "is the byline (written without its colon), excluded from first; both are authors.",
        paras=[
            "日前，柘原县栾坪镇粮食烘干中心正式投用，日烘干能力达到600吨，可满足周边3万亩稻谷的烘干需求。过去，当地农民收割后主要靠晾晒，遇上连阴雨天气，稻谷容易霉变。烘干中心投用后，稻谷从田间收割到烘干入仓最快只需一天，烘干费用为每吨80元。",
        ])
    c3 = Article(
        "c3", "全省新型农业经营主体突破38万家",
        byline="（通讯员　秦麦）", authors=["秦麦"], tail="（通讯员　秦麦）",
        notes="Item under the label 三农快讯 (section). Credit （通讯员 X） run in at the end is the byline, excluded "
              "from last.",
        paras=[
            "省农业农村厅最新统计显示，截至9月底，全省家庭农场、农民合作社等新型农业经营主体达到38.4万家，其中县级以上示范家庭农场1.2万家、示范合作社8600家。新型农业经营主体带动小农户180余万户，经营土地面积占全省耕地面积的43%。",
        ])
    for art in (c1, c2, c3):
        art.section = "三农快讯"
        pg.headline(art)
        pg.body(art)
    pg.blank()
    p = Article(
        "p", "晒秋", kind="brief",
        byline="本报记者　闻稷　摄", authors=["闻稷"],
        notes="Photo news (brief) with a two-character headline: caption and credit line 本报记者 X　摄 (the "
              "byline; the photographer is the author).",
        paras=[
            "10月5日，澜州市芷水县石桥村村民在晾晒辣椒、玉米等农作物，色彩斑斓的“晒秋”景观吸引不少游客驻足。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["广告",
                  "沃丰种业　玉米新品种　沃玉816",
                  "审定编号：沅审玉20350012",
                  "高产稳产　抗倒耐密　宜机收",
                  "服务热线：400-68×-2211"], "seed advertisement (not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：米秋实　　美编：薛林　　校对：司南"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kq06() -> Page:
    """农民日报-like 农业科技 page extracted with a blank line after EVERY line, 16 columns, indented with two ASCII
    spaces: label 农技课堂 over a technical piece (headline letter-spaced with single spaces, byline line ◎ X　Y,
    crossheads 一、…, author-unit line after the body, wrapped); 本报讯（通讯员 X　Y） item with a headline spread
    over two lines in mid-word; drone advertisement."""
    pg = Page("kq06.txt", cols=16, indent="  ", blanks="every", seed=4706,
              style="农民日报-like 农业科技 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines; label 农技课堂 over an agronomists' technical piece: headline letter-spaced with single ASCII spaces (quotation marks spaced too), byline line ◎ X　Y, crossheads 一、选种关 …, units (千克, 毫升, 厘米, ℃, 万株), an author-unit line （作者单位：…） after the body wrapped over three lines; run-in 本报讯（通讯员 X　Y） item whose headline is letter-spaced with U+3000 across the column on two lines, broken in MID-WORD (… 综 / 合 …); item with byline line 文／图　本报记者 X and a photo caption (no credit) after its body; plant-protection drone ADVERTISEMENT (model, figures, hotline); footer")
    pg.furniture(["农业科技　7", "禾原农民日报　" + cn_date(2035, 10, 8)], "page header")
    pg.furniture(["农技课堂"], "column label 农技课堂")
    a = Article(
        "a", "小麦播种要过好“三关”", section="农技课堂",
        byline="◎ 翟秋穗　景苗", authors=["翟秋穗", "景苗"],
        notes="Agronomists' technical piece under the label 农技课堂 (section). Headline letter-spaced with single "
              "ASCII spaces, written unspaced. Byline line ◎ X　Y (◎ is a mark): both are authors. Crossheads "
              "一、… are body. The author-unit line （作者单位：…）, wrapped over three lines after the body, is not "
              "body.",
        paras=[
            "寒露前后是沅川冬小麦适期播种的关键时段。今年秋季部分地区降雨偏多，土壤墒情差异较大，广大农户要抓住有利时机，重点过好选种、整地、播种“三关”，为明年夏粮丰收打好基础。",
            Cross("一、选种关"),
            "要根据当地生产条件选用通过审定、适宜本区域种植的高产稳产、抗病抗倒品种。播种前做好种子处理，每100千克种子可用25%戊唑醇悬浮种衣剂100毫升包衣，预防纹枯病、全蚀病等土传病害；地下害虫发生较重的地块，可同时加入吡虫啉种衣剂。",
            Cross("二、整地关"),
            "前茬为玉米的地块，要将秸秆粉碎至5厘米以下，均匀抛撒后深翻或旋耕两遍，耕深达到25厘米以上，做到上虚下实、无明暗坷垃。整地时每亩施入腐熟有机肥2000千克、复合肥40千克左右作底肥。土壤过湿的地块不宜强行整地，以免造成土壤板结。",
            Cross("三、播种关"),
            "日平均气温稳定在16℃至18℃时为适宜播期，沅川北部麦区一般在10月5日至15日，南部麦区在10月10日至20日。适期播种的地块每亩基本苗控制在18万至22万株，每推迟3天播种，每亩增加基本苗1.5万株。播种深度以3至5厘米为宜，播后及时镇压，确保出苗整齐。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    for ln in wrap("（作者单位：沅川省农业科学院作物研究所）", 16):
        pg.line(a, ln, "author unit")
    b = Article(
        "b", "梧溪推广稻渔综合种养12万亩",
        byline="本报讯（通讯员　龚山　何田）", authors=["龚山", "何田"], lead="本报讯（通讯员　龚山　何田）",
        notes="Headline letter-spaced with U+3000 across the column on two lines, broken in mid-word (综 / 合), "
              "joined unspaced. Run-in 本报讯（通讯员 X　Y） excluded from first; both are authors.",
        paras=[
            "今年，梧溪县稻渔综合种养面积达到12万亩，比上年增加2.6万亩，带动1.3万户农户增收。该县推广“稻虾共作”“稻鱼共生”等模式，稻田亩均综合收益达到4200元，是单种水稻的3倍以上。",
            "为保障稻米品质，县农业农村部门制定了稻渔综合种养技术规程，要求种养区域不施用化学除草剂，化肥用量比常规种植减少30%以上。目前，“梧溪虾稻米”已注册为区域公用品牌，售价每千克达到16元。",
        ])
    pg.headline(b, spread_cols=16)
    pg.body(b)
    d = Article(
        "d", "柘原秋播油菜机播率超九成",
        byline="文／图　本报记者　祝穗安", authors=["祝穗安"],
        notes="**new:** byline line 文／图　本报记者 X (the reporter wrote the text and took the photo): the "
              "reporter is the author. The photo caption after the body (no credit of its own) is not body.",
        paras=[
            "眼下，柘原县42万亩秋播油菜进入播种尾声。记者在栾坪镇看到，农机手驾驶油菜直播机在田间往返作业，旋耕、施肥、播种、开沟一次完成，每台机器每天可播种80亩左右。",
            "今年，柘原县整合农机购置补贴和油菜种植补贴资金2600万元，推广油菜机械化直播和“稻—油”轮作模式，全县油菜机播率达到91%，比上年提高7个百分点。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(wrap("图为农机手在栾坪镇驾驶油菜直播机作业。", 16), "photo caption (not body)")
    pg.furniture(["广告",
                  "翼丰植保无人机",
                  "载重40升",
                  "每小时作业180亩",
                  "以旧换新享补贴",
                  "订购热线：400-6××-8891"], "plant-protection drone advertisement (not an article)")
    pg.furniture(["本版编辑：米秋实", "校对：司南"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kq07() -> Page:
    """建材报 市场·价格 page indented with ONE U+3000 and NO blank line: market analysis with ——副题 and byline line
    本报记者 X; price table; an article whose body comes FIRST, then its headline and byline line 本报通讯员 X;
    label 企业风采 over a paid feature signed （通讯员 X　Y） at the end; machinery advertisement."""
    pg = Page("kq07.txt", cols=30, indent=FW, blanks="never", seed=4707,
              style="建材报 市场·价格 page indented with ONE U+3000 and NO blank line anywhere: header on three lines (paper; date with weekday + 第5版; 版名); market analysis with ——副题 and byline line 本报记者 X, units (元/吨, HRB400E Φ20, P.O42.5), a trader quoted, two letter-spaced (justified) body lines; building-materials PRICE TABLE (title with dates, header row, five rows with 规格, 单位, price and change, 数据来源); then an article whose body comes FIRST (right after the table) and whose headline and byline line 本报通讯员 X are printed AFTER it; label 企业风采 over a paid company feature with ——副题 (——走进…公司) signed （通讯员 X　Y） run in at the end; machinery ADVERTISEMENT (products, phone and fax); footer")
    pg.furniture(["鼎筑建材报", cn_date(2035, 10, 12) + "　第5版", "市场·价格"], "page header")
    a = Article(
        "a", "钢材水泥价格小幅回升", subtitle="——9月下旬以来沅川建材市场走势分析",
        byline="本报记者　骆晴川", authors=["骆晴川"],
        notes="Market analysis: ——副题 is the subtitle, byline line 本报记者 X. Two letter-spaced (justified) lines "
              "stay body. The trader and 业内人士 quoted are not authors. The price table after it is not body.",
        paras=[
            "进入10月，随着“金九银十”传统施工旺季到来，沅川建材市场需求有所回暖。鼎筑建材价格监测中心数据显示，10月第2周，全省建材价格综合指数为108.6点，环比上涨0.9%，连续三周上涨，但同比仍下降4.2%。",
            "钢材价格震荡上行。本周澜州市场HRB400E Φ20螺纹钢均价为3560元/吨，较9月中旬上涨90元/吨。“近期基建项目集中开工，下游采购明显增加，贸易商出货节奏加快。”澜州一家钢贸企业负责人说。但他同时表示，房地产新开工面积仍在下降，钢材需求回暖的持续性有待观察。",
            "水泥价格稳中有升。受错峰生产和煤炭价格上涨影响，本周P.O42.5散装水泥均价为418元/吨，环比上涨6元/吨，部分企业发布了每吨上调20元至30元的涨价通知。业内人士分析，四季度是水泥行业传统旺季，叠加错峰生产政策执行，水泥价格有望保持稳中偏强走势。",
            "商品混凝土和砂石价格基本平稳。由于上游水泥价格上涨，部分搅拌站有提价意愿，但受市场竞争激烈影响，实际成交价格变化不大。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [1, 9]))
    pg.furniture(["本周沅川主要建材市场价格（10月8日—10月12日）",
                  "品名　　　　规格　　　　单位　　　均价　涨跌",
                  "螺纹钢　　　HRB400E Φ20　元/吨　　3560　↑30",
                  "水泥　　　　P.O42.5散装　元/吨　　418　 ↑6",
                  "商品混凝土　C30　　　　　元/立方米　465　 ↓5",
                  "平板玻璃　　5mm　　　　　元/重量箱　82　　↑2",
                  "中粗砂　　　机制砂　　　元/吨　　96　　持平",
                  "数据来源：鼎筑建材价格监测中心"], "building-materials price table (not an article)")
    b = Article(
        "b", "青渚市发布绿色建材产品采信清单",
        byline="本报通讯员　冉秋", authors=["冉秋"],
        notes="Headline and byline line 本报通讯员 X printed AFTER the body (the body starts right after the price "
              "table, with no blank line).",
        paras=[
            "近日，青渚市住房和城乡建设局发布首批绿色建材产品采信应用数据库清单，涉及预拌混凝土、蒸压加气混凝土砌块、节能门窗、保温材料等8大类126个产品。",
            "根据相关规定，青渚市政府投资的学校、医院、保障性住房等项目应优先选用清单内的绿色建材产品，并在招标文件中明确绿色建材应用比例要求。清单实行动态管理，每半年更新一次，对抽检不合格或存在失信行为的企业及时移出清单。",
            "据了解，今年以来，青渚市新开工绿色建筑面积达到420万平方米，绿色建材在新建建筑中的应用比例提高到45%。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    c = Article(
        "c", "以“绿”为底色打造新型建材标杆", section="企业风采",
        subtitle="——走进沅川青石新型建材有限公司",
        byline="（通讯员　柯岩　姚澄）", authors=["柯岩", "姚澄"], tail="（通讯员　柯岩　姚澄）",
        notes="**new:** paid company feature under the label 企业风采 (section): ——副题 is the subtitle; signed "
              "（通讯员 X　Y） run in at the end (the byline, excluded from last); both are authors. Kind article. "
              "The chairman quoted (葛守诚) is not an author.",
        paras=[
            "走进位于芷陵经济开发区的沅川青石新型建材有限公司，宽敞明亮的生产车间里，一条条自动化生产线高效运转，机械臂将切割成型的加气混凝土砌块码放整齐，整个车间几乎看不到粉尘。",
            "青石建材成立于2009年，是一家专业从事蒸压加气混凝土砌块、ALC轻质墙板研发生产的企业，年产能达到120万立方米。公司充分利用周边电厂的粉煤灰和脱硫石膏作为原料，每年消纳工业固废80余万吨，产品先后获得绿色建材产品三星级认证和省名牌产品称号。",
            "“过去是‘傍着电厂吃固废’，现在我们要靠技术吃饭。”公司董事长葛守诚介绍，公司每年将销售收入的4%以上投入研发，与省建筑科学研究院共建了新型墙体材料工程技术中心，开发的高强度薄型ALC墙板已在全省40多个装配式建筑项目中应用。",
            "今年，公司投资3.2亿元建设的智能化生产基地二期工程即将投产，届时年产值将突破10亿元。葛守诚表示，公司将坚持绿色发展道路，努力为建筑行业节能降碳贡献力量。",
        ])
    pg.furniture(["企业风采"], "column label 企业风采")
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.body(c)
    pg.furniture(["广告　澜州恒固建材机械有限公司",
                  "蒸压釜　砌块成型机　切割机组",
                  "承接加气砌块生产线整线工程",
                  "电话：0874-5812××66　传真：0874-5812××67"], "machinery advertisement (not an article)")
    pg.furniture(["责任编辑：涂远　　校对：查悦"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kq08() -> Page:
    """建设报 安全生产 page, NO indent, 38 columns, blank lines between paragraphs: label 监管动态 over a run-in
    本报讯（记者 X） article; 会议综述 with ——副题, byline line 本报记者 X　Y, ■ crossheads and many officials; 冬季施工
    安全提示 notice of a department (numbered items, issuer and date right-aligned); the continuation of a page-1
    story: headline reprinted, jump line （上接第1版） on a line of its own, body starting in mid-sentence."""
    pg = Page("kq08.txt", cols=38, indent="", blanks="para", seed=4708,
              style="建设报 安全生产 page, NO indent, blank lines between paragraphs and blocks: header on two lines (版名 + page number; paper + date with weekday); label 监管动态 over an article with run-in 本报讯（记者 X）; conference report (会议综述) with ——副题 (——…现场推进会综述), byline line 本报记者 X　Y, three ■ crossheads and five named officials and executives; 冬季施工安全提示 notice of a provincial department (title, three numbered items, issuer and date right-aligned); the CONTINUATION of a page-1 story: headline reprinted, jump line （上接第1版） on a line of its own, body starting in MID-SENTENCE, no byline; footer with editor, proof-reader and e-mail")
    pg.furniture(["安全生产　3", "坤筑建设报　" + cn_date(2035, 10, 16)], "page header")
    pg.blank()
    pg.furniture(["监管动态"], "column label 监管动态")
    a = Article(
        "a", "全省开展建筑施工高处坠落事故专项整治", section="监管动态",
        byline="本报讯（记者　柴望）", authors=["柴望"], lead="本报讯（记者　柴望）",
        notes="Article under the column label 监管动态 (section; the page name 安全生产 in the header is furniture). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "为有效遏制建筑施工高处坠落事故多发势头，沅川省住房和城乡建设厅近日部署在全省开展为期三个月的建筑施工高处坠落事故专项整治行动。",
            "专项整治聚焦脚手架、临边洞口、吊篮、操作平台等高处作业重点部位，重点检查安全防护设施设置是否到位、作业人员是否正确佩戴安全带、特种作业人员是否持证上岗等内容。对检查中发现的重大事故隐患，一律责令停工整改；对整改不到位的，依法从严处罚并纳入信用记录。",
            "据统计，今年以来，全省房屋市政工程领域高处坠落事故占事故总起数的52%，是造成施工人员伤亡的首要原因。省住建厅有关负责人表示，各地要将专项整治与日常监管结合起来，推动施工企业落实安全生产主体责任，切实把安全防护措施落实到每一个作业面。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "压实责任筑牢建筑施工安全防线",
        subtitle="——全省建筑施工安全生产现场推进会综述",
        byline="本报记者　柴望　解语桐", authors=["柴望", "解语桐"],
        notes="Conference report (会议综述): ——副题 is the subtitle, byline line 本报记者 X　Y (both authors). The ■ "
              "crossheads are body. **new:** the many officials and executives named (欧阳闻, 龚致远, 骆时雨, 华秋实, "
              "甘守拙) are not authors. Not under the 监管动态 label (a block of its own): no section.",
        paras=[
            "10月14日至15日，全省建筑施工安全生产现场推进会在澜州市召开。与会代表实地观摩了澜州市轨道交通4号线车辆段、青渚国际会展中心二期等5个在建项目，交流各地安全生产工作经验，部署四季度及今冬明春建筑施工安全生产工作。副省长欧阳闻出席会议并讲话，省住房和城乡建设厅厅长龚致远作工作报告，省应急管理厅副厅长骆时雨，各市（州）住建部门、重点建筑企业负责人等参加会议。",
            Cross("■聚焦关键环节　压实各方责任"),
            "“安全生产责任重于泰山，任何时候都不能有丝毫松懈。”欧阳闻在讲话中强调，要牢固树立安全发展理念，紧盯深基坑、高支模、起重机械、脚手架等危险性较大的分部分项工程，严格落实建设单位首要责任、施工单位主体责任和监理单位监理责任，坚决防范遏制重特大事故发生。",
            "龚致远在工作报告中介绍，今年以来，全省共检查在建项目1.86万个次，排查整改隐患4.3万余项，对312家企业实施了暂扣安全生产许可证、停业整顿等处罚。全省房屋市政工程事故起数和死亡人数同比分别下降18%和21%，安全生产形势总体平稳。",
            Cross("■科技赋能　让监管“长出眼睛”"),
            "在澜州市轨道交通4号线车辆段项目现场，塔吊上安装的智能监控系统可实时监测吊重、力矩、风速等数据，一旦超限立即自动报警并切断危险动作。澜州市副市长华秋实在会上介绍，澜州已在全市1260个在建项目推广应用智慧工地平台，实现对起重机械、深基坑、高支模的实时在线监测，今年以来通过平台发出预警2.7万余次，隐患整改率达到98.6%。",
            Cross("■抓实培训　筑牢安全“第一道防线”"),
            "鹤汀建工集团董事长甘守拙在交流发言中说，集团建立了“线上＋线下”的安全培训体系，每名新进场工人都要经过VR安全体验和实操考核才能上岗。会议要求，各地要加强一线作业人员安全教育培训，今年底前实现建筑施工特种作业人员持证上岗率100%。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["冬季施工安全提示"]
                 + wrap("一、做好防冻防滑。及时清除脚手架、作业平台、通道上的积雪和冰霜，采取防滑措施。", 38)
                 + wrap("二、严防火灾和煤气中毒。施工现场和生活区严禁使用明火取暖，宿舍内严禁私拉乱接电线、使用大功率电器。", 38)
                 + wrap("三、加强大风天气防范。遇六级及以上大风天气，应停止塔吊作业和高处作业，做好起重机械的防风加固。", 38)
                 + [FW * 27 + "沅川省住房和城乡建设厅",
                    FW * 30 + "2035年10月15日"], "冬季施工安全提示 notice of a provincial department (not an article)")
    pg.blank()
    c = Article(
        "c", "全省装配式建筑发展提速",
        notes="**new:** the continuation of a page-1 story: its headline reprinted over the jump line （上接第1版） "
              "printed on a line of its own (not body); the body starts in mid-sentence. No byline is printed on "
              "this page: byline null, no authors. The official quoted is not named.",
        paras=[
            "带动了部品部件生产企业加快布局。目前，全省已建成国家级装配式建筑产业基地11个、省级基地46个，预制混凝土构件年设计产能达到560万立方米，基本形成了覆盖主要市（州）的供应网络。",
            "省住房和城乡建设厅有关负责人表示，下一步，将完善装配式建筑标准体系和计价依据，推行工程总承包模式，培育一批设计、生产、施工一体化的龙头企业，力争到2037年全省装配式建筑占新建建筑面积的比例达到40%以上。",
        ])
    pg.headline(c)
    pg.furniture(["（上接第1版）"], "jump line on a line of its own (not body)")
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：尚澄　　校对：邢一川　　投稿邮箱：aqsc@kzjsb.cn"], "footer")
    return pg


PAGES = [kq05, kq06, kq07, kq08]
