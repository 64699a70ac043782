"""Pages lg01-lg04 of handmade63 (development set; all papers, firms, names, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, spaced, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print body lines exactly as given (the kit's render_body needs a prose paragraph), via Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def lg01() -> Page:
    """Economic daily 专题报道 page under a big display slogan: 巡礼 lead (kicker, headline, ——副题, byline line,
    ■ crossheads); label 企业风采 over a company profile (company name as headline, slogan line, contact box);
    run-in 本报讯 news item; award list; 本版由…协办 footer."""
    pg = Page("lg01.txt", cols=26, indent=FW * 2, blanks="arts", seed=6301,
              style="economic daily 专题报道 page, blank lines only between blocks: header on two lines (paper + date with weekday; 6　专题报道 + editors); a big display slogan letter-spaced with U+3000 over the page and its own ——line (furniture); 巡礼 lead with 引题 kicker, headline, ——副题, byline line 本报记者 X　通讯员 Y and two ■ crossheads; label 企业风采 over a company profile whose headline is the company name, with a slogan line under it and a contact box (地址、电话、网址) after the body, no byline; ordinary news item with run-in 本报讯（记者 X）; award list (名单) box; footer 本版由…协办")
    pg.furniture(["澄湖经济日报　" + cn_date(2036, 3, 18),
                  "6　专题报道　　责任编辑：祁望舒　　美编：练小苔"], "page header")
    pg.blank()
    pg.furniture([spaced("聚力创新　智造未来", FW),
                  "——写在澄湖高新区设立二十周年之际"], "display slogan over the page (not an article)")
    pg.blank()
    a = Article(
        "a", "从一片滩涂到千亿园区",
        subtitle="——澄湖高新区二十年创新发展纪实",
        byline="本报记者　范清越　通讯员　郁小棠", authors=["范清越", "郁小棠"],
        notes="Sponsored 专题 lead (the page is 本版由…协办) written by the paper's reporter: an article. The 引题 "
              "kicker 高新区设立二十周年 is neither title nor subtitle; the ——副题 is the subtitle. Byline line "
              "本报记者 X　通讯员 Y: both authors. The ■ crossheads are body. The display slogan above is furniture. "
              "Officials and executives quoted are not authors.",
        paras=[
            "二十年前，澄湖高新区所在的东滩还是一片芦苇丛生的滩涂。如今，这里集聚了高新技术企业612家，去年实现规上工业总产值1086亿元，成为全省首个跨过千亿门槛的县域高新区。",
            Cross("■ 产业链越拉越长"),
            "走进位于高新区核心区的新材料产业园，一期厂房里的生产线正满负荷运转。“从上游的高纯原料到下游的终端器件，园区已经能配齐八成以上的配套。”高新区管委会副主任蒋怀谷说。",
            "去年以来，高新区围绕新材料、智能装备两大主导产业，新引进链上项目37个，其中投资超10亿元的项目9个。",
            Cross("■ 创新平台越建越实"),
            "在澄湖科创中心，23家企业研发中心和5家新型研发机构比邻而居。去年，区内企业研发投入强度达到4.1%，新增发明专利授权1260件。高新区还设立了规模20亿元的科创基金，已投资早期项目48个。",
        ])
    pg.article(a, kicker="高新区设立二十周年")
    pg.blank()
    pg.furniture(["企业风采"], "column label 企业风采")
    b = Article(
        "b", "澄湖晶华新材料股份有限公司", section="企业风采",
        notes="Company profile (企业风采) on a sponsored page: the company name printed as the headline is the title; "
              "the slogan line 以材料之新　成产业之强 under it is neither subtitle nor body; no byline, no authors. "
              "Judgement call: a profile with a headline and running prose is an article (kind article), the "
              "contact box (地址、电话、网址) after it is not body.",
        paras=[
            "澄湖晶华新材料股份有限公司成立于2019年，是一家专注于高纯电子材料研发和生产的国家级专精特新“小巨人”企业。公司现有员工860人，其中研发人员占比超过三成。",
            "公司自主研发的高纯氧化铝粉体打破国外垄断，产品进入多家头部面板企业的供应链。去年，公司实现营业收入18.6亿元，同比增长27%。",
        ])
    pg.headline(b)
    pg.line(b, "以材料之新　成产业之强", "slogan")
    pg.body(b)
    pg.furniture(["地址：澄湖市高新区滨湖大道88号",
                  "电话：0×××-8812××××",
                  "网址：www.jinghua-nm.cn"], "contact box of the profile (not body)")
    pg.blank()
    c = Article(
        "c", "高新区一季度新签约项目41个",
        byline="本报讯（记者　范清越）", authors=["范清越"], lead="本报讯（记者　范清越）",
        notes="Ordinary news item on the sponsored page. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从澄湖高新区获悉，今年一季度，高新区新签约项目41个，计划总投资286亿元，同比增长19%。其中，新材料和智能装备项目占签约总额的七成以上。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["2035年度澄湖高新区“创新之星”企业名单",
                  "澄湖晶华新材料股份有限公司",
                  "澄湖锐驰智能装备有限公司",
                  "澄湖汇川微电子科技有限公司",
                  "澄湖青禾生物医药有限公司",
                  "（排名不分先后）"], "award list box (not an article)")
    pg.blank()
    pg.furniture(["本版由澄湖高新区管委会协办"], "footer: sponsor line")
    return pg


# ---------------------------------------------------------------------------
def lg02() -> Page:
    """City daily 城市推介 page for a county: display slogan spread over two lines; a county leader's speech
    excerpt (——subtitle 在…上的致辞（摘要）, speaker line); 推介会 report with run-in dateline; 好物 box of ◎
    products; ordinary city news; QR-code caption."""
    pg = Page("lg02.txt", cols=30, indent="  ", blanks="para", seed=6302,
              style="city daily 城市推介 page, blank lines between paragraphs and blocks: header on two lines; display slogan 山水枫渡　康养福地 letter-spaced over two lines (furniture); a county leader's speech excerpt (headline, ——副题 在…上的致辞（摘要）, speaker line with post + name); 推介会 report whose headline is two phrases parted by U+3000, run-in 本报讯（记者 X　通讯员 Y）; 枫渡好物 box of four ◎ products with prices (not an article); ordinary city news (metro line) with byline line 本报记者 X; QR-code caption; footer")
    pg.furniture(["鹭汀都市报　" + cn_date(2037, 10, 22) + "　A12",
                  "城市推介·走进枫渡"], "page header")
    pg.blank()
    pg.furniture(["山　水　枫　渡", "康　养　福　地"], "display slogan letter-spaced over two lines (not an article)")
    pg.blank()
    a = Article(
        "a", "诚邀八方宾朋共享枫渡机遇",
        subtitle="——在2037鹭汀·枫渡文旅康养产业推介会上的致辞（摘要）",
        byline="中共枫渡县委书记　贺青岚", authors=["贺青岚"],
        notes="**new** A leader's speech excerpt printed as a text under the speaker's name: an article (kind "
              "article), the speaker 贺青岚 is its author (the text is hers, as a signed piece), the post printed "
              "before the name is part of the byline. The ——line 在…上的致辞（摘要） is the subtitle.",
        paras=[
            "尊敬的各位来宾，女士们、先生们：金秋十月，枫叶正红。在这个收获的季节，我们相聚鹭汀，共话枫渡发展。我谨代表中共枫渡县委、县人民政府，向各位嘉宾表示热烈的欢迎！",
            "枫渡山清水秀，森林覆盖率达到78.6%，负氧离子浓度常年保持在每立方厘米5000个以上，是名副其实的“天然氧吧”。近年来，我们坚持生态立县、康养兴县，文旅康养产业年均增长15%以上。",
            "我们真诚期待与各位企业家携手合作，把枫渡的好山好水转化为发展的好产业。枫渡将以最优的服务、最好的环境，让每一位投资者放心、安心、舒心！",
        ])
    pg.article(a)
    pg.blank()
    b = Article(
        "b", "枫渡推介会现场签约项目23个总金额186亿元",
        head=["枫渡推介会现场签约项目23个　总金额186亿元"],
        byline="本报讯（记者　庞一帆　通讯员　冉可）", authors=["庞一帆", "冉可"],
        lead="本报讯（记者　庞一帆　通讯员　冉可）",
        notes="推介会 report; its headline of two phrases parted by U+3000 is joined. Run-in 本报讯（记者 X　通讯员 Y） "
              "excluded from first; both are authors.",
        paras=[
            "10月21日，2037鹭汀·枫渡文旅康养产业推介会在鹭汀国际会展中心举行。会上，枫渡县与21家企业现场签约项目23个，总金额186亿元，涵盖森林康养、温泉度假、中医药种植等领域。",
            "推介会现场还设置了枫渡特色农产品展区，高山茶、野生菌、山茶油等特产吸引了不少市民驻足品尝选购。",
        ])
    pg.article(b, order=("kicker", "headline", "subtitle", "body"))  # run-in byline: no byline line
    pg.blank()
    pg.furniture(["枫渡好物",
                  "◎枫渡高山云雾茶　　每盒168元",
                  "◎枫渡野生山茶油　　每瓶98元",
                  "◎枫渡干制松茸　　　每袋128元",
                  "◎枫渡土蜂蜜　　　　每瓶68元"], "枫渡好物 product box (not an article)")
    pg.blank()
    c = Article(
        "c", "地铁5号线二期工程开工建设",
        byline="本报记者　凌霄羽", authors=["凌霄羽"],
        notes="Ordinary city news on the sponsored page; byline line 本报记者 X.",
        paras=[
            "昨日上午，鹭汀地铁5号线二期工程在南湖站开工。二期工程全长14.2公里，设车站10座，总投资约112亿元，计划2041年建成通车。",
            "建成后，5号线将串联南湖新城与城东高铁站，沿线市民到高铁站的时间将缩短至25分钟以内。",
        ])
    pg.article(c)
    pg.blank()
    pg.furniture(["（二维码）",
                  "扫描二维码　了解更多枫渡文旅资讯"], "QR-code caption (not an article)")
    pg.blank()
    pg.furniture(["本版策划：简一舟　　责任编辑：桑小叶　　校对：池川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lg03() -> Page:
    """Business weekly 品牌故事 page: a 软文 marked 广告 (brand story, byline 撰文｜X, crossheads); label 对话创始人
    over a Q&A with the founder; ordinary market news signed at the end; join hotline + QR box."""
    pg = Page("lg03.txt", cols=36, indent="", blanks="some", seed=6303, p_para=0.5, p_gap=0.8,
              style="business weekly 品牌故事 page, NO indent, blank lines sometimes: header on two lines (版名 + English; weekly + date + 期号); the mark 广告 on a line of its own over a brand story (软文) with byline line 撰文｜X and two 【】 crossheads; label 对话创始人 over a Q&A with the brand's founder (headline in quotation marks, byline line 本刊记者 X, intro, 问：／答：); ordinary market news with the credit （本刊记者 X） run in at the end; 加盟热线 + QR-code box; footer")
    pg.furniture(["品牌故事　BRAND STORY",
                  "衡川商业周刊　2037年5月11日　第19期　总第862期"], "page header")
    pg.blank()
    pg.furniture(["广告"], "the mark 广告 over the advertorial (not part of it)")
    a = Article(
        "a", "一碗米线的三十年坚守",
        byline="撰文｜柏一诺", authors=["柏一诺"],
        notes="**new** An advertorial (软文) marked 广告 on a line above its headline: it has a headline, a byline and "
              "running prose, so it is an article (kind article); the 广告 mark is not part of it. Byline 撰文｜X: the "
              "writer is the author. The 【】 crossheads are body. The founder and cooks named are not authors.",
        paras=[
            "清晨五点，衡川老城区的云岫记米线总店已经飘出骨汤的香味。大锅里的汤要熬足八个小时，这是创始人岳青山三十年来定下的规矩。",
            Cross("【一口汤的讲究】"),
            "云岫记的汤底选用本地土猪筒骨和散养土鸡，米线则由自建工厂用当季早籼米发酵制作。“米线好不好，一口汤就知道。”岳青山说。三十年来，配方只改过一次，那一次是为了减少盐的用量。",
            Cross("【一座城的味道】"),
            "从2007年老城区的一间小铺，到如今遍布全省的186家门店，云岫记每年卖出米线超过1200万碗。去年，品牌入选“衡川老字号”，成为许多衡川人乡愁里的味道。",
        ])
    pg.article(a)
    pg.blank()
    pg.furniture(["对话创始人"], "column label 对话创始人")
    b = Article(
        "b", "“慢一点，才能走得远”", section="对话创始人", kind="interview",
        byline="本刊记者　霍知秋", authors=["霍知秋"],
        notes="Q&A with the brand's founder under the label 对话创始人 (section), on the same sponsored page: kind "
              "interview; the reporter 霍知秋 is the author, the founder 岳青山 who answers is not. Title with its "
              "quotation marks as printed. The intro paragraph is body.",
        paras=[
            "在门店数量快速扩张的餐饮行业，云岫记的开店速度显得有些“慢”。本刊记者近日专访了品牌创始人岳青山。",
            "问：这几年不少品牌一年开几百家店，云岫记为什么不快一点？",
            "答：米线是手艺活，汤底和米线质量跟不上，开得越多，砸招牌越快。我们每开一家店，店长都要在总店学满半年。",
            "问：接下来有什么打算？",
            "答：今年我们会在省外开出第一家店，同时把中央厨房的产能提高一倍，让远方的顾客也能吃上同一碗米线。",
        ])
    pg.article(b)
    pg.blank()
    c = Article(
        "c", "一季度餐饮连锁化率升至24.6%",
        byline="（本刊记者　霍知秋）", authors=["霍知秋"], tail="（本刊记者　霍知秋）",
        notes="Ordinary market news on the page; the credit （本刊记者 X） run in at the end is the byline, excluded "
              "from last.",
        paras=[
            "衡川市商务局日前发布的数据显示，今年一季度，全市餐饮业收入达到286亿元，同比增长8.3%；餐饮连锁化率升至24.6%，比去年同期提高2.1个百分点。其中，小吃快餐类品牌门店数增长最快，米粉米线、面馆类门店同比增长均超过15%。",
        ])
    pg.article(c, order=("kicker", "headline", "subtitle", "body"))  # run-in byline: no byline line
    pg.blank()
    pg.furniture(["云岫记全国加盟热线：400-××××-×××",
                  "（二维码）扫码关注云岫记官方公众号"], "join hotline and QR-code caption of the advertiser (not an article)")
    pg.blank()
    pg.furniture(["责编：卓晓晨　美编：葛青　电话：0×××-8767××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lg04() -> Page:
    """Economic paper 企业风采 page, NO blank line anywhere: three company profiles (company name headlines, slogan
    lines, contact lines), one with a reporter's byline; an ordinary statistics news item with run-in dateline."""
    pg = Page("lg04.txt", cols=32, indent=FW, blanks="never", seed=6304,
              style="economic paper 企业风采 page, NO blank line anywhere: header on three lines (paper; date with weekday + 第7版; 企业风采 + 本版策划); profile whose headline is a company name with a slogan line of two phrases under it and three contact lines after the body; a profile feature with 引题 kicker (the company name), headline with a quoted word and byline line 本报记者 X　通讯员 Y; ordinary statistics news with run-in 本报讯（记者 X）; second company-name profile with slogan and one contact line (电话 + 网址); footer")
    pg.furniture(["岚江经济报",
                  cn_date(2036, 9, 2) + "　第7版",
                  "企业风采　　本版策划：石望川"], "page header")
    a = Article(
        "a", "岚江恒远重工集团有限公司",
        notes="Company profile on a 企业风采 page: the company name printed as the headline is the title; the slogan "
              "line under it is not a subtitle and not body; no byline, no authors. The contact lines after the "
              "body (地址、电话、网址) are not body. Page printed with no blank line at all.",
        paras=[
            "岚江恒远重工集团有限公司始建于1998年，是国内重要的港口起重装备制造企业，产品远销42个国家和地区。集团现有职工3200余人，拥有国家级企业技术中心和博士后科研工作站。",
            "近年来，集团加快智能化改造，建成全省首条起重机结构件智能焊接生产线，生产效率提高40%。去年，集团实现营业收入96亿元，出口额增长21%。",
        ])
    pg.headline(a)
    pg.line(a, "铸大国重器　创百年恒远", "slogan")
    pg.body(a)
    pg.furniture(["地址：岚江市临港工业区恒远路1号",
                  "电话：0×××-5233××××",
                  "网址：www.hengyuan-hi.com"], "contact lines of the profile (not body)")
    b = Article(
        "b", "车间里的“灯塔”",
        byline="本报记者　聂晚晴　通讯员　顾一帆", authors=["聂晚晴", "顾一帆"],
        notes="Profile feature on the 企业风采 page, written by the paper's reporter: article. The 引题 kicker (the "
              "company name 岚江精研智能科技有限公司) is neither title nor subtitle. Byline line 本报记者 X　通讯员 Y: "
              "both authors. The plant manager quoted is not.",
        paras=[
            "在岚江精研智能科技有限公司的数字化车间里，56台数控机床24小时运转，却只有6名工人巡检。中控大屏上，每台设备的运行状态、加工进度一目了然。",
            "“过去一条线要30个人，现在6个人就够了，产品不良率还从千分之八降到千分之一。”车间主任梁若谷说。去年，这个车间入选全省首批“灯塔工厂”培育名单。",
        ])
    pg.article(b, kicker="岚江精研智能科技有限公司")
    c = Article(
        "c", "前7个月全市规上工业增加值增长7.2%",
        byline="本报讯（记者　聂晚晴）", authors=["聂晚晴"], lead="本报讯（记者　聂晚晴）",
        notes="Ordinary statistics news on the 企业风采 page. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从岚江市统计局获悉，今年1月至7月，全市规模以上工业增加值同比增长7.2%，高于全省平均水平1.1个百分点。装备制造业增加值增长11.6%，对全市工业增长的贡献率超过四成。",
        ])
    pg.article(c, order=("kicker", "headline", "subtitle", "body"))  # run-in byline: no byline line
    d = Article(
        "d", "岚江溪谷茶业有限公司",
        notes="Second company-name profile: the slogan line under the headline is neither subtitle nor body; no "
              "byline; the contact line (电话 + 网址) after the body is not body.",
        paras=[
            "岚江溪谷茶业有限公司扎根岚江西部山区，拥有生态茶园1.2万亩，带动周边4个乡镇2600余户茶农增收。公司生产的“溪谷红”红茶连续五年获得省级名茶评比金奖，今年上半年线上销售额同比增长63%。",
        ])
    pg.headline(d)
    pg.line(d, "一片好茶叶　富了一方人", "slogan")
    pg.body(d)
    pg.furniture(["电话：0×××-5390××××　网址：www.xiguchaye.cn"], "contact line of the profile (not body)")
    pg.furniture(["责任编辑：石望川　　校对：詹小予　　版式：乐青"], "footer")
    return pg


PAGES = [lg01, lg02, lg03, lg04]
